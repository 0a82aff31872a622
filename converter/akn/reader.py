"""Akoma Ntoso → model: reads unres' own output losslessly and the UN's AKN4UN files faithfully.

Files written by unres (identification/@source="#unres") keep every character of every text;
the UN's files are whitespace-normalized, as their layout tabs and newlines carry no meaning.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from ..langs import all_langs, lang
from ..members import members, split_names
from ..model import (
    AgendaItem,
    Annex,
    AnnexParagraph,
    Footnote,
    FootnoteRef,
    Meeting,
    Member,
    Metadata,
    OperativeParagraph,
    Part,
    Preamble,
    PreambularParagraph,
    Resolution,
    Session,
    SubParagraph,
    Vote,
    VoteSide,
    WrapUp,
)
from ..problems import Problem, UnresError
from ..safexml import parse_xml
from . import AKN4UN_NS, AKN_NS

A = f"{{{AKN_NS}}}"
_PART_TAGS = (A + "part", A + "section")
NS = {"a": AKN_NS, "u": AKN4UN_NS}
OUTCOME_TYPES = {"adoptedWithoutVote": "without_vote", "adoptedRecordedVote": "recorded",
                 "adoptedByConsensus": "consensus", "adoptionUnknown": "unknown"}
SIDES = {"inFavour": "in_favour", "against": "against", "abstaining": "abstaining"}
BODY_AUTHORS = {"unga": "GA", "unga-hrc": "HRC", "unsc": "SC", "unecosoc": "ECOSOC", "ecosoc": "ECOSOC"}
LANG_639_2 = {lg.iso639_2: lg.code for lg in all_langs()} | {"chi": "zh", "fre": "fr"}


class _Reader:
    def __init__(self, root, file: str | None):
        self.file = file
        self.warnings: list[Problem] = []
        st = root.find(A + "statement")
        if root.tag != A + "akomaNtoso" or st is None:
            raise UnresError(Problem("akn-not-resolution", "not an Akoma Ntoso statement (expected "
                                     "akomaNtoso/statement in the AKN 3.0 namespace)", line=root.sourceline, file=file))
        self.st = st
        self.ours = st.find("a:meta/a:identification[@source='#unres']", NS) is not None
        self.notes: list[Footnote] = []
        self._note_markers: set[str] = set()

    def warn(self, code: str, message: str, el=None):
        self.warnings.append(Problem(code, message, line=getattr(el, "sourceline", None), file=self.file,
                                     severity="warning"))

    def text(self, s: str) -> str:
        return s if self.ours else " ".join(s.split())

    # -- inline content with notes ---------------------------------------------------------
    def inline(self, el) -> tuple[str, tuple[FootnoteRef, ...]]:
        parts: list[str] = []
        refs: list[FootnoteRef] = []

        def walk(node):
            if node.text:
                parts.append(node.text)
            for child in node:
                if not isinstance(child.tag, str):
                    pass
                elif child.tag == A + "authorialNote":
                    marker = child.get("marker") or ""
                    if not marker:
                        self.warn("akn-note-marker", "authorialNote without a marker", child)
                    offset = len(self._joined(parts, partial=True))
                    refs.append(FootnoteRef(marker, offset))
                    if marker not in self._note_markers:
                        self._note_markers.add(marker)
                        note_text = self.text("".join(_text_of(p) for p in child))
                        self.notes.append(Footnote(marker, note_text))
                elif child.tag == A + "eol":
                    parts.append("\n" if self.ours else " ")
                else:
                    walk(child)
                if child.tail:
                    parts.append(child.tail)

        walk(el)
        if self.ours:
            return "".join(parts), tuple(refs)
        return self._normalize_with_refs(parts, refs)

    def _joined(self, parts, partial=False):
        return "".join(parts)

    def _normalize_with_refs(self, parts, refs):
        # Offsets were counted in the raw text; recount them after whitespace normalization.
        raw = "".join(parts)
        out = []
        mapping = {}
        last_space = True
        for i, c in enumerate(raw):
            mapping[i] = len(out)
            if c.isspace():
                if not last_space:
                    out.append(" ")
                last_space = True
            else:
                out.append(c)
                last_space = False
        mapping[len(raw)] = len(out)
        text = "".join(out)
        stripped = text.rstrip()
        lead = len(text) - len(text.lstrip())
        text = stripped.lstrip()
        new_refs = tuple(FootnoteRef(r.marker, max(0, min(len(text), mapping.get(r.offset, len(out)) - lead)))
                         for r in refs)
        return text, new_refs

    # -- document ------------------------------------------------------------------------------
    def read(self) -> Resolution:
        st = self.st
        meta_lang = st.find("a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage", NS)
        code = LANG_639_2.get(meta_lang.get("language") if meta_lang is not None else "", None)
        if code is None:
            raise UnresError(Problem("akn-language", "FRBRlanguage is missing or not one of the six UN languages",
                                     line=getattr(meta_lang, "sourceline", None), file=self.file))
        self.lg = lang(code)
        md = self._metadata(code)
        agenda = self._agenda()
        preamble = self._preamble()
        operative = self._operative()
        parts = self._parts()
        vote = self._vote()
        annexes = self._annexes()
        if not operative and not parts:
            self.warn("akn-no-operative", "no operative paragraph in mainBody", st)
        return Resolution(metadata=md, agenda_items=agenda, preamble=preamble, operative=operative, parts=parts,
                          footnotes=tuple(self.notes), vote=vote, annexes=annexes)

    def _first(self, path: str):
        return self.st.find(path, NS)

    def _val(self, path: str) -> str | None:
        el = self._first(path)
        if el is None:
            return None
        return self.text("".join(el.itertext())) if self.ours else (" ".join("".join(el.itertext()).split()) or None)

    def _metadata(self, code: str) -> Metadata:
        body = None
        work = self._first("a:meta/a:identification/a:FRBRWork/a:FRBRthis")
        if work is not None:
            parts = (work.get("value") or "").split("/")
            if len(parts) > 5:
                body = BODY_AUTHORS.get(parts[5])
        symbol = self._val("a:coverPage//a:docNumber[@refersTo='#symbol']")
        if symbol is None and not self.ours:
            symbol = self._val("a:coverPage//a:docNumber")
        if body is None and symbol:
            body = _body_from_symbol(symbol)
        body_name = None
        if self.ours:
            body_name = self._val("a:coverPage//a:docAuthority")
        else:
            auth = [el for el in self.st.iterfind("a:coverPage//a:docAuthority", NS)
                    if el.get("refersTo") in ("#issuingBody", "#subsidiaryBody")]
            if auth:
                body_name = " ".join("".join(auth[-1].itertext()).split()) or None
        number = None
        title = None
        pre_num = self._first("a:preface//a:docNumber")
        if pre_num is not None:
            number = self.text("".join(pre_num.itertext()))
            if not self.ours:
                number = number.strip().rstrip(".-– ").strip() or None
        if number is None and not self.ours and symbol:
            number = _number_from_symbol(symbol)
        if not self.ours and number and symbol and symbol.startswith("S/RES/"):
            number = _number_from_symbol(symbol)
        t = self._first("a:preface//a:docTitle")
        if t is not None:
            title = self.text("".join(t.itertext())) or None
        session = self._session()
        meeting = self._meeting()
        adoption = None
        d = self._first("a:conclusions//a:docDate")
        if d is not None:
            adoption = _date(d.get("date"))
        if adoption is None and not self.ours:
            f = self._first("a:meta/a:identification/a:FRBRWork/a:FRBRdate")
            adoption = _date(f.get("date")) if f is not None else None
        issue = None
        di = self._first("a:coverPage//a:docDate[@refersTo='#dateOfIssuance']")
        if di is not None:
            issue = _date(di.get("date"))
        job = self._val("a:coverPage//a:docketNumber") if self.ours else None
        if not self.ours:
            dk = self._first("a:meta//a:docketNumber")
            if dk is not None and "".join(dk.itertext()).strip():
                job = " ".join("".join(dk.itertext()).split())
                job = re.sub(r"\s*\([A-Z]\)$", "", job) or None
        distribution = self._val("a:coverPage//a:docStatus")
        original = None
        ol = self._first("a:coverPage//a:inline[@name='originalLanguage']")
        if ol is not None:
            value = "".join(ol.itertext()).strip()
            original = value if self.ours else _original_language(value)
        origin = None
        op = self._first("a:coverPage//a:docProponent")
        if op is not None:
            origin = self.text("".join(op.itertext()))
            if not self.ours:
                origin = origin.strip().removeprefix("[").removesuffix("]").strip() or None
        return Metadata(symbol=symbol, language=code, body=body, body_name=body_name, session=session,
                        resolution_number=number, title=title, adoption_date=adoption, meeting=meeting,
                        job_number=job, issue_date=issue, distribution=distribution, original_language=original,
                        origin=origin)

    def _session(self) -> Session | None:
        s = self._first("a:coverPage//a:session")
        inline = self._first("a:coverPage//a:inline[@name='session']") if self.ours else None
        if s is None and inline is None:
            return None
        number = label = None
        if s is not None:
            try:
                number = int(s.get("value") or "")
            except ValueError:
                number = None
            label = self.text("".join(s.itertext()))
            if s.get("class") == "unlabelled":
                label = None
        else:
            label = self.text("".join(inline.itertext()))
            if inline.get("class") == "unlabelled":
                label = None
        if not self.ours:
            label = label or None
        start = end = None
        for d in self.st.iterfind("a:coverPage//a:event/a:date", NS):
            ref = d.get("refersTo", "")
            if ref.endswith("startDate"):
                start = _date(d.get("date"))
            elif ref.endswith("endDate"):
                end = _date(d.get("date"))
        return Session(number, label, start, end)

    def _meeting(self) -> Meeting | None:
        loc = self._first("a:conclusions//a:location")
        if loc is None:
            return None
        label = self.text("".join(loc.itertext()))
        if loc.get("class") == "unlabelled":
            label = None
        number = None
        title = loc.get("title") or ""
        m = re.search(r"\d+", title if not self.ours else title) or (re.search(r"\d+", label or "") if not self.ours
                                                                    else None)
        if m:
            number = int(m.group())
        if not self.ours:
            label = label or None
        return Meeting(number, label)

    def _agenda(self) -> tuple[AgendaItem, ...]:
        items = []
        if self.ours:
            for p in self.st.iterfind("a:coverPage/a:p[@class='agendaItem']", NS):
                num = p.find("a:inline[@name='agendaItem']", NS)
                title = p.find("a:inline[@name='agendaItemTitle']", NS)
                items.append(AgendaItem(num.get("title") or "", None if title is None else "".join(title.itertext())))
            return tuple(items)
        for el in self.st.iterfind("a:coverPage//a:inline[@name='agenda item']", NS):
            number = (el.get("title") or "").strip()
            if not number:
                m = re.search(r"\d+(?:\s*\(?[a-z]\)?)?", "".join(el.itertext()))
                number = m.group() if m else ""
            if not re.fullmatch(r"[0-9]{1,3}( ?\(?[a-z]\)?)?", number):
                self.warn("akn-agenda", f"agenda item number {number!r} not understood", el)
                continue
            title_el = self.st.find("a:coverPage//a:inline[@name='agenda item name']", NS)
            title = " ".join("".join(title_el.itertext()).split()) if title_el is not None else None
            items.append(AgendaItem(number, title or None))
        return tuple(items)

    def _preamble(self) -> Preamble:
        pre = self._first("a:preamble")
        if pre is None:
            return Preamble()
        formula = None
        f = pre.find("a:formula", NS)
        if f is not None:
            formula = self.text("".join(_text_of(p) for p in f.iterfind("a:p", NS)) if self.ours
                                else "".join(f.itertext()))
            formula = formula or None
        paras = []
        for c in pre.iterfind("a:container", NS):
            ps = c.findall("a:p", NS)
            if not ps and c.find("a:blockList", NS) is not None:
                # The model's preambular paragraphs have no items: the list is read as one text.
                self.warn("akn-preamble-list-flattened", "a list in a preambular paragraph was read as "
                          "running text", c)
                ps = [_flatten_block_list(c.find("a:blockList", NS))]
            if not ps:
                self.warn("akn-empty-container", "preambular container without a paragraph", c)
                continue
            text, refs = self._paragraphs(ps)
            if not text:
                self.warn("akn-empty-container", "empty preambular paragraph skipped", c)
                continue
            paras.append(PreambularParagraph(text, self._opening(c, ps[0], text), refs))
        return Preamble(formula, tuple(paras))

    def _paragraphs(self, ps) -> tuple[str, tuple[FootnoteRef, ...]]:
        text, refs = "", []
        for p in ps:
            t, r = self.inline(p)
            if text and t:
                shift = len(text) + 1
                text = text + " " + t
            else:
                shift = len(text)
                text = text + t
            refs.extend(FootnoteRef(x.marker, x.offset + shift) for x in r)
        return text, tuple(refs)

    def _opening(self, container, p, text: str) -> str | None:
        span = p.find("a:span[@class='italic']", NS)
        if self.ours:
            return None if span is None else _without_notes(span)
        name = " ".join((container.get("name") or "").split()) if container is not None else ""
        if span is not None and not (p.text or "").strip():
            phrase = " ".join("".join(span.itertext()).split())
            if phrase and text.startswith(phrase):
                return phrase
        if name and text.startswith(name):
            return name
        return None

    def _operative(self) -> tuple[OperativeParagraph, ...]:
        body = self._first("a:mainBody")
        if body is None:
            return ()
        return self._operative_list(p for p in body.iter(A + "paragraph", A + "hcontainer")
                                    if not any(anc.tag in _PART_TAGS for anc in p.iterancestors()))

    def _parts(self) -> tuple[Part, ...]:
        body = self._first("a:mainBody")
        if body is None:
            return ()
        # Ours: part with num, heading, intro (formula), hcontainers (preamble), paragraphs. The
        # UN's: section with subheadings (label, title), crossHeadings (preamble), paragraphs.
        return tuple(self._part(el) for el in body if el.tag == (A + "part" if self.ours else A + "section"))

    def _part(self, el) -> Part:
        heads = [self.text("".join(h.itertext())) for h in el.findall("a:num" if self.ours else "a:subheading", NS)]
        if self.ours:
            heading = el.find("a:heading", NS)
            title = self.text("".join(heading.itertext())) if heading is not None else None
            f = el.find("a:intro/a:p[@class='formula']", NS)
            formula = self.text("".join(f.itertext())) if f is not None else None
            preamble = []
            for h in el.iterfind("a:hcontainer[@class='preambular']", NS):
                ps = h.findall("a:content/a:p", NS)
                text, refs = self._paragraphs(ps)
                preamble.append(PreambularParagraph(text, self._opening(None, ps[0], text) if ps else None, refs))
            return Part(heads[0] if heads else "", title, formula, tuple(preamble),
                        self._operative_list(c for c in el if c.tag in (A + "paragraph", A + "hcontainer")))
        children = [c for c in el if c.tag in (A + "crossHeading", A + "paragraph")]
        last_cross = max((i for i, c in enumerate(children) if c.tag == A + "crossHeading"), default=-1)
        preamble = []
        for c in children[:last_cross + 1]:
            if c.tag == A + "crossHeading":
                text, refs = self._paragraphs([c])
                preamble.append(PreambularParagraph(text, self._op_opening(c, text), refs))
            else:
                # Lettered considerations between the part's preambular paragraphs ("(a) That …,").
                num = c.find("a:num", NS)
                label = " ".join("".join(num.itertext()).split()) if num is not None else ""
                text, refs, _, _ = self._content(c)
                shift = len(label) + 1 if label else 0
                preamble.append(PreambularParagraph(f"{label} {text}" if label else text, None,
                                                    tuple(FootnoteRef(r.marker, r.offset + shift) for r in refs)))
        return Part(heads[0] if heads else "", heads[1] if len(heads) > 1 else None, None, tuple(preamble),
                    self._operative_list(children[last_cross + 1:]))

    def _operative_list(self, paragraphs) -> tuple[OperativeParagraph, ...]:
        out = []
        headings: list[str] = []  # read since the last paragraph: they head the next one
        for para in paragraphs:
            if any(anc.tag == A + "paragraph" for anc in para.iterancestors()):
                continue
            if para.tag == A + "hcontainer":
                # Ours: a heading-only hcontainer named crossHeading.
                heading = para.find("a:heading", NS)
                if para.get("name") == "crossHeading" and heading is not None and "".join(heading.itertext()).strip():
                    headings.append(self.text("".join(heading.itertext())))
                continue
            num_el = para.find("a:num", NS)
            number = None
            if num_el is not None:
                m = re.search(r"\d+", "".join(num_el.itertext()))
                number = m.group().lstrip("0") or "0" if m else None
            text, refs, subs, first_p = self._content(para)
            if not text and not subs:
                heading = para.find("a:subheading", NS)
                heading = para.find("a:heading", NS) if heading is None else heading
                if heading is not None:
                    # The UN's: a paragraph holding only a subheading ("MINUSCA's mandate"), its
                    # letter, if any, in num ("A.").
                    label = "".join(num_el.itertext()).strip() if num_el is not None else ""
                    if words := " ".join(f"{label} {''.join(heading.itertext())}".split()):
                        headings.append(words)
                else:
                    self.warn("akn-empty-paragraph", "empty operative paragraph skipped", para)
                continue
            opening = None
            if first_p is not None:
                opening = self._opening(None, first_p, text) if self.ours else self._op_opening(first_p, text)
            wrap_up = self._wrap_up(para)
            if (not self.ours and number is None and not subs and out and out[-1].number is not None
                    and out[-1].subparagraphs and out[-1].wrap_up is None and not headings):
                # The UN marks the text that closes a list as a paragraph of its own, without a
                # number ("(e) …;" / "and to consider how …"): it is the wrap-up of the paragraph before.
                out[-1] = replace(out[-1], wrap_up=WrapUp(text, refs))
                continue
            out.append(OperativeParagraph(number, text, opening, refs, subs, wrap_up, tuple(headings)))
            headings = []
        if headings:
            self.warn("akn-heading-dropped", f"heading {headings[-1][:60]!r} after the last operative paragraph "
                      "heads nothing and was left out")
        return tuple(out)

    def _wrap_up(self, para) -> WrapUp | None:
        el = para.find("a:list/a:wrapUp", NS)
        if el is None:
            return None
        text, refs = self._paragraphs(el.findall("a:p", NS))
        return WrapUp(text, refs) if text else None

    def _op_opening(self, p, text: str) -> str | None:
        span = p.find("a:span[@class='italic']", NS)
        if span is not None and not (p.text or "").strip():
            phrase = " ".join("".join(span.itertext()).split())
            if phrase and text.startswith(phrase):
                return phrase
        return None

    def _content(self, el):
        """(text, refs, subparagraphs, first p) of a paragraph or point: content, or list/intro/point."""
        content = el.find("a:content", NS)
        lst = el.find("a:list", NS)
        subs: list[SubParagraph] = []
        first_p = None
        text, refs = "", ()
        if lst is not None:
            intro = lst.find("a:intro", NS)
            if intro is not None:
                ps = intro.findall("a:p", NS)
                first_p = ps[0] if ps else None
                text, refs = self._paragraphs(ps)
            subs = self._points(lst)
        elif content is not None:
            ps = content.findall("a:p", NS)
            first_p = ps[0] if ps else None
            text, refs = self._paragraphs(ps)
        # The UN's files sometimes put a sublist beside the point instead of inside it.
        return text, refs, tuple(subs), first_p

    def _points(self, lst) -> list[SubParagraph]:
        subs: list[SubParagraph] = []
        for child in lst:
            if child.tag == A + "point":
                num = child.find("a:num", NS)
                label = self.text("".join(num.itertext())) if num is not None else ""
                text, refs, inner, _ = self._content(child)
                if not label.strip():
                    self.warn("akn-point-num", "point without a label", child)
                    label = "-"
                subs.append(SubParagraph(label, text or label, refs, inner))
            elif child.tag in (A + "list", A + "blockList") and subs:
                last = subs[-1]
                subs[-1] = SubParagraph(last.label, last.text, last.footnote_refs,
                                        last.subparagraphs + tuple(self._points(child)))
        return subs

    def _vote(self) -> Vote:
        voting = self._first("a:meta/a:analysis/a:parliamentary/a:voting")
        outcome_el = self._first("a:conclusions//a:vote")
        kind = "unknown"
        if voting is not None:
            kind = OUTCOME_TYPES.get(voting.get("outcome") or "", "unknown")
        elif outcome_el is not None:
            ref = (outcome_el.get("refersTo") or "").lstrip("#")
            kind = OUTCOME_TYPES.get(ref, "unknown")
        text: str | None = None
        refs: tuple[FootnoteRef, ...] = ()
        if self.ours:
            if outcome_el is not None and outcome_el.get("class") != "noText":
                out = outcome_el.find("a:outcome", NS)
                text, refs = self.inline(out) if out is not None else ("", ())
            sides = {}
            for p in self.st.iterfind("a:conclusions/a:p[@class='voteSide']", NS):
                side = SIDES[(p.find("a:inline", NS).get("refersTo") or "").lstrip("#")]
                count = int(p.find("a:quantity", NS).get("normalized"))
                names = tuple(Member("".join(o.itertext()), _iso(o.get("refersTo")))
                              for o in p.iterfind("a:organization", NS))
                sides[side] = VoteSide(count, names)
            return Vote(kind, text, refs, sides.get("in_favour"), sides.get("against"), sides.get("abstaining"))
        # UN file: sentence from conclusions, counts from meta, members from the conclusions lists.
        lists: dict[str, list[Member]] = {}
        if outcome_el is not None:
            outer = outcome_el.find("a:outcome", NS)
            if outer is not None:
                text, refs = self._outcome_sentence(outer)
                for sub in outer.iterfind("a:outcome", NS):
                    side = SIDES.get((sub.get("refersTo") or "").lstrip("#"))
                    if side:
                        names = " ".join(" ".join(o.itertext()) for o in sub.iterfind("a:organization", NS))
                        lists[side] = self._split_members(names)
        counts: dict[str, int] = {}
        meta_members: dict[str, list[Member]] = {}
        if voting is not None:
            for c in voting.iterfind("a:count", NS):
                side = SIDES.get((c.get("refersTo") or "").lstrip("#"))
                if side is None:
                    continue
                try:
                    counts[side] = int(c.get("value") or "")
                except ValueError:
                    self.warn("akn-vote-count", f"count {c.get('value')!r} is not a number", c)
                    continue
                names = (" ".join("".join(o.itertext()).split()) for o in c.iter(A + "organization"))
                meta_members[side] = [Member(n, members().lookup(n)) for n in names if n]
        if kind != "recorded":
            return Vote(kind, text or None, refs)
        sides = {}
        for side in ("in_favour", "against", "abstaining"):
            names = lists.get(side) or meta_members.get(side) or []
            count = counts.get(side, len(names))
            if names and len(names) != count:
                self.warn("vote-count-mismatch", f"{side}: count {count} but {len(names)} members listed", voting)
            sides[side] = VoteSide(count, tuple(names))
        return Vote(kind, text or None, refs, sides["in_favour"], sides["against"], sides["abstaining"])

    def _outcome_sentence(self, outer) -> tuple[str, tuple[FootnoteRef, ...]]:
        # Only the sentence before the first per-side list: copy the element without the lists.
        clone = etree.Element(outer.tag)
        clone.text = outer.text
        for child in outer:
            if child.tag == A + "outcome":
                break
            clone.append(_copy(child))
        text, refs = self.inline(clone)
        text = text.strip()
        if text.startswith("["):
            text = text[1:].strip()
        text = re.sub(r"\]\s*\.?$", "", text).strip()
        return text, tuple(FootnoteRef(r.marker, min(r.offset, len(text))) for r in refs)

    def _split_members(self, names: str) -> list[Member]:
        return [Member(name, iso) for name, iso in split_names(names, self.lg.vote)]

    def _annexes(self) -> tuple[Annex, ...]:
        out = []
        for doc in self.st.iterfind("a:attachments/a:attachment/a:doc", NS):
            t = doc.find("a:preface//a:docTitle", NS)
            title = self.text("".join(t.itertext())) if t is not None else None
            paras = []
            body = doc.find("a:mainBody", NS)
            if body is not None:
                for p in body.iterfind("a:p", NS):
                    if p.get("class") == "empty":
                        continue
                    text, refs = self.inline(p)
                    paras.append(AnnexParagraph(text, refs))
            out.append(Annex(title, tuple(paras)))
        return tuple(out)


def _flatten_block_list(bl):
    """One p holding a blockList's introduction and its items, each after its number."""
    p = etree.Element(A + "p")
    parts = []
    intro = bl.find("a:listIntroduction", NS)
    if intro is not None:
        parts.append(_copy(intro))
    for item in bl.iterfind("a:item", NS):
        parts.append(_copy(item))
    for part in parts:
        part.tail = " "
        p.append(part)
    return p


def _copy(el):
    import copy

    c = copy.deepcopy(el)
    return c


def _without_notes(el) -> str:
    parts = [el.text or ""]
    for child in el:
        if child.tag != A + "authorialNote":
            parts.append(_without_notes(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text_of(el) -> str:
    return "".join(el.itertext())


def _iso(ref: str | None) -> str | None:
    if ref and ref.startswith("#member_"):
        return ref[len("#member_"):]
    return None


def _date(value: str | None) -> str | None:
    if not value or value.startswith("0001-"):
        return None
    return value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def _body_from_symbol(symbol: str) -> str | None:
    for prefix, body in (("A/HRC/RES/", "HRC"), ("A/RES/", "GA"), ("S/RES/", "SC"), ("E/RES/", "ECOSOC")):
        if symbol.startswith(prefix):
            return body
    return None


def _number_from_symbol(symbol: str) -> str | None:
    m = re.search(r"/RES/(.+)$", symbol)
    if not m:
        return None
    number = m.group(1)
    if symbol.startswith("A/HRC/RES/") or symbol.startswith("A/RES/") or symbol.startswith("E/RES/"):
        return number
    return number


def _original_language(value: str) -> str | None:
    tail = value.split(":", 1)[-1].strip()
    for lg in all_langs():
        code = lg.language_code(tail)
        if code:
            return code
    return None


def from_akn(data: bytes, file: str | None = None) -> tuple[Resolution, list[Problem]]:
    tree = parse_xml(data, file)
    reader = _Reader(tree.getroot(), file)
    return reader.read(), reader.warnings


def from_akn_tree(tree, file: str | None = None) -> tuple[Resolution, list[Problem]]:
    reader = _Reader(tree.getroot(), file)
    return reader.read(), reader.warnings
