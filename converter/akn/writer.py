"""Model → Akoma Ntoso 3.0, in the shape of the UN's AKN4UN files, with members linked to ISO codes.

eIds are made by rule from the structure (AKN naming convention: `para_3__list_1__point_b`),
so the same model always gives byte-identical XML.

The XML is written as text, not built as an lxml tree: the writer is on the hot path of every
conversion and a tree costs more than the whole document's text. The output is what lxml would
serialize (same escaping, `<x/>` for empty elements); the AKN XSD and the profile check it in tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from ..inline import runs
from ..langs import Lang, lang
from ..members import members
from ..model import (
    Annex,
    Footnote,
    FootnoteRef,
    Link,
    OperativeParagraph,
    PreambularParagraph,
    Resolution,
    Row,
    SubParagraph,
    Table,
    Vote,
    VoteSide,
    WrapUp,
)
from .vocabulary import (
    AKN4UN_NS,
    AKN_NS,
    AUTHORS,
    GENERATOR,
    LIST_IDS,
    MEMBER_PREFIX,
    MEMBER_STATE,
    NO_DATE,
    NO_VOCABULARY,
    NORMALIZED_SYMBOL,
    OTHER_IDS,
    OUTCOMES,
    SIDE_IDS,
    UN,
    Class,
    Concept,
    Name,
    Step,
    Un,
    annex_eid,
    body_ref,
    list_eid,
    member_ref,
    meta_note_eid,
    note_eid,
    para_eid,
    part_eid,
    point_eid,
    ref,
    table_eid,
)

_TEXT_SPECIAL = re.compile(r"[&<>\r]")
_ATTR_SPECIAL = re.compile(r"[&<>\r\"\n\t]")


def _text(s: str) -> str:
    if _TEXT_SPECIAL.search(s) is None:
        return s
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(s: str) -> str:
    if _ATTR_SPECIAL.search(s) is None:
        return s
    return (_text(s).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;"))


# Elements whose content is text (Akoma Ntoso's inline content model, as unres writes them): their
# content is written as it is, with no whitespace added inside them or their descendants, where
# a space would be read as part of the text. Every other element holds only elements, and is
# written one child to a line, indented, as the UN's files are (lines that mean something in a
# problem's location, diffs that read).
INLINE = frozenset({
    "p", "heading", "subheading", "num", "docTitle", "docNumber", "docDate", "docStatus", "docProponent",
    "docAuthority", "docketNumber", "inline", "location", "organization", "outcome", "quantity", "session",
    "span", "date", "i", "b", "sup", "sub", "ref", "a", "term", "eol", "authorialNote",
})
INDENT = "  "


class _Xml:
    """An append-only XML text: elements opened and closed in order; an element closed with
    nothing in it is written `<tag/>`. Elements outside INLINE ones start on their own line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.stack: list[tuple[str, int]] = []
        self.inline = 0  # open elements of INLINE, around the current position

    def _newline(self) -> bool:
        if self.inline:
            return False
        self.parts.append("\n" + INDENT * (len(self.stack) + 1))
        return True

    def open(self, tag: str, **attrs: str | None) -> None:
        self._newline()
        self.stack.append((tag, len(self.parts)))
        self.parts.append(f"<{tag}{_attrs(attrs)}>")
        self.inline += tag in INLINE

    def close(self, drop_if_empty: bool = False) -> None:
        tag, at = self.stack.pop()
        self.inline -= tag in INLINE
        if at == len(self.parts) - 1:
            if drop_if_empty:
                del self.parts[at]
                # and the line break written before it
                if not self.inline and at > 0 and self.parts[at - 1].startswith("\n"):
                    del self.parts[at - 1]
            else:
                self.parts[at] = self.parts[at][:-1] + "/>"
        else:
            if tag not in INLINE:
                self._newline()
            self.parts.append(f"</{tag}>")

    def leaf(self, tag: str, text: str | None = None, **attrs: str | None) -> None:
        self._newline()
        if text is None:
            self.parts.append(f"<{tag}{_attrs(attrs)}/>")
        else:
            self.parts.append(f"<{tag}{_attrs(attrs)}>{_text(text)}</{tag}>")

    def raw(self, element: str) -> None:
        """One element written already (a cached fragment), in its place among the others."""
        self._newline()
        self.parts.append(element)

    def text(self, s: str) -> None:
        # Text stands only in INLINE elements: whitespace written around it would be read as its own.
        assert self.inline, f"text in <{self.stack[-1][0] if self.stack else ''}>, not an inline element"
        self.parts.append(_text(s))

    def set_on_open(self, name: str, value: str) -> None:
        """Adds an attribute to the innermost open element."""
        _, at = self.stack[-1]
        self.parts[at] = f'{self.parts[at][:-1]} {name}="{_attr(value)}">'


def _attrs(attrs: dict[str, str | None]) -> str:
    out = ""
    for k, v in attrs.items():
        if v is not None:
            # Python keywords get a trailing underscore in the calls (class_).
            out += f' {"class" if k == "class_" else k}="{_attr(v)}"'
    return out


def work_iri(res: Resolution) -> str:
    md = res.metadata
    author = AUTHORS.get(md.body or "", (md.body or "un").lower())
    date = md.adoption_date or md.issue_date or NO_DATE
    number = (md.resolution_number or "unnumbered").replace("/", "-").replace(" ", "").replace("(", "-").rstrip(")")
    return f"/akn/un/statement/deliberation/{author}/{date}/{number}"


def frbr_iris(res: Resolution) -> dict[str, str]:
    work = work_iri(res)
    expr = f"{work}/{lang(res.metadata.language).iso639_2}@"
    return {"work": work, "work_this": f"{work}/!main", "expr": expr, "expr_this": f"{expr}/!main",
            "manif": f"{expr}.xml", "manif_this": f"{expr}/!main.xml"}


def to_akn(res: Resolution) -> bytes:
    x = _Xml()
    x.parts.append(f"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso xmlns=\"{AKN_NS}\" "
                   f"xmlns:akn4un=\"{AKN4UN_NS}\">")
    x.open("statement", name=Name.RESOLUTION)
    notes = _Notes(res)
    _meta(x, res, notes)
    _cover(x, res)
    _preface(x, res, notes)
    _preamble(x, res, notes)
    _body(x, res, notes)
    _conclusions(x, res, notes)
    if res.annexes:
        x.open("attachments")
        for i, annex in enumerate(res.annexes, start=1):
            _annex(x, annex, i, notes)
        x.close()
    x.close()
    x.parts[notes.meta_at] = notes.unprinted()
    x.parts.append("\n</akomaNtoso>\n")
    return "".join(x.parts).encode("utf-8")


class _Notes:
    """Numbers authorialNotes in document order and gives each its footnote text.

    A footnote no text refers to (the model allows it; rule footnote-unreferenced reports it) and a
    second footnote under a marker taken already have no authorialNote to print them: they are written
    as notes of the meta block (AKN `notes/note`, "the text of the footnote"), each placed after the
    printed footnote that precedes it in the model (placementBase), so that the reader puts them back in
    their place and no footnote is lost."""

    def __init__(self, res: Resolution):
        self.footnotes = res.footnotes
        self.notes: dict[str, Footnote] = {}
        for f in res.footnotes:
            self.notes.setdefault(f.marker, f)  # a reference prints the first footnote with its marker
        self.count = 0
        self.eids: dict[str, str] = {}  # marker -> eId of its first authorialNote
        self.meta_at = -1  # the place in the output of the meta notes (written once the body is)

    def add(self, x: _Xml, marker: str) -> None:
        self.count += 1
        eid = note_eid(self.count)
        self.eids.setdefault(marker, eid)
        x.parts.append(f'<authorialNote marker="{_attr(marker)}" placement="bottom" eId="{eid}"><p>')
        note = self.notes.get(marker)
        if note is not None:
            _inline_text(x, note.text, (), self, links=note.links)
        x.parts.append("</p></authorialNote>")

    def unprinted(self) -> str:
        """The meta block's notes: the footnotes no authorialNote printed, in the model's order."""
        x = _Xml()
        x.stack = [("statement", 0), ("meta", 0)]  # the depth of meta's children, for the indentation
        base: str | None = None
        count = 0
        for f in self.footnotes:
            if f.marker in self.eids and self.notes[f.marker] is f:
                base = self.eids[f.marker]
                continue
            if not count:
                x.open("notes", source=GENERATOR)
            count += 1
            x.open("note", eId=meta_note_eid(count), marker=f.marker, placement="bottom", placementBase=base)
            x.open("p")
            _inline_text(x, f.text, (), self, links=f.links)
            x.close()
            x.close()
        if count:
            x.close()
        return "".join(x.parts)


def _inline_text(x: _Xml, text: str, refs: tuple[FootnoteRef, ...], notes: _Notes,
                 opening: str | None = None, links: tuple[Link, ...] = ()) -> None:
    """The inside of a p: text, the opening phrase in a span, an authorialNote at each reference offset,
    a ref around each link's run. A note right after the whole phrase goes after the span; one
    inside it stays inside."""
    out = x.parts
    span_end = len(opening) if opening and text.startswith(opening) else 0
    if links:
        _linked_text(x, text, refs, notes, span_end, links)
        return
    if not refs:  # nothing to walk (most texts): the phrase, then the rest
        if span_end:
            out.append(f"{_OPEN_SPAN}{_text(opening or '')}</span>{_text(text[span_end:])}")
        else:
            out.append(_text(text))  # appended even when empty: <p></p>, as for any element whose text is set
        return
    if any(r.offset > len(text) for r in refs):  # a note past the end (which the rules refuse) ends the text
        refs = tuple(FootnoteRef(r.marker, min(r.offset, len(text))) for r in refs)
    in_span = False
    for piece, end, in_opening, marks in runs(text, refs, span_end):
        if piece:
            if in_opening != in_span:
                out.append(_OPEN_SPAN if in_opening else "</span>")
                in_span = in_opening
            out.append(_text(piece))
        if marks:
            if in_span and end == span_end:
                out.append("</span>")
                in_span = False
            for marker in marks:
                notes.add(x, marker)
    if in_span:
        out.append("</span>")


def _linked_text(x: _Xml, text: str, refs: tuple[FootnoteRef, ...], notes: _Notes, span_end: int,
                 links: tuple[Link, ...]) -> None:
    """A text with links: cut at every note, link bound and the end of the opening phrase. At each
    cut what ends there closes (link, then span), the notes follow, then what starts there opens.
    A link the end of the opening phrase cuts goes on in a second ref marked `continued`."""
    out = x.parts
    marks, empty, spans = _cut_points(len(text), refs, links)
    cuts = sorted({0, len(text), span_end} | marks.keys() | empty.keys() | {b for s in spans for b in s[:2]})
    in_span = False
    open_link: tuple[int, int, str] | None = None
    opened: set[int] = set()
    for i, at in enumerate(cuts):
        if open_link is not None and (open_link[1] == at or (in_span and at == span_end)):
            out.append("</ref>")
            open_link = None
        if in_span and at == span_end:
            out.append("</span>")
            in_span = False
        _at_cut(x, notes, marks.get(at, ()), empty.get(at, ()))
        if i + 1 == len(cuts):
            break
        nxt = cuts[i + 1]
        if nxt <= span_end and not in_span:
            out.append(_OPEN_SPAN)
            in_span = True
        if open_link is None:
            open_link = _open_link(x, spans, at, nxt, opened)
        out.append(_text(text[at:nxt]))
    if open_link is not None:
        out.append("</ref>")
    if in_span:
        out.append("</span>")


def _open_link(x: _Xml, spans: list[tuple[int, int, str]], at: int, nxt: int, opened: set[int]
               ) -> tuple[int, int, str] | None:
    """Opens the link that holds the text between two cuts, if one does (a link cut before: marked
    `continued`); returns it."""
    link = next((s for s in spans if s[0] <= at and nxt <= s[1]), None)
    if link is not None:
        cont = f' class="{Class.CONTINUED}"' if link[0] in opened else ""
        x.parts.append(f'<ref href="{_attr(link[2])}"{cont}>')
        opened.add(link[0])
    return link


def _cut_points(size: int, refs: tuple[FootnoteRef, ...], links: tuple[Link, ...]
                ) -> tuple[dict[int, list[str]], dict[int, list[str]], list[tuple[int, int, str]]]:
    """Where a text of `size` characters is cut: its notes' markers by offset, its empty links' hrefs
    by offset (an empty ref at their offset), its other links as (start, end, href)."""
    marks: dict[int, list[str]] = {}
    for r in refs:
        marks.setdefault(min(max(r.offset, 0), size), []).append(r.marker)
    empty: dict[int, list[str]] = {}
    spans = []
    for k in links:
        start, end = min(k.offset, size), min(k.offset + k.length, size)
        if end > start:
            spans.append((start, end, k.href))
        else:
            empty.setdefault(start, []).append(k.href)
    return marks, empty, spans


def _at_cut(x: _Xml, notes: _Notes, markers: Iterable[str], empty_links: Iterable[str]) -> None:
    """What stands at a cut of a linked text, after what ends there closed: the notes, the empty links."""
    for marker in markers:
        notes.add(x, marker)
    for href in empty_links:
        x.parts.append(f'<ref href="{_attr(href)}"/>')


_OPEN_SPAN = f'<span class="{Class.OPENING}">'


def _meta(x: _Xml, res: Resolution, notes: _Notes) -> None:
    x.open("meta")
    _identification(x, res)
    _classification(x, res)
    _workflow(x, res)
    if res.vote.type != "unknown":
        _voting(x, res.vote)
    _references(x, res)
    notes.meta_at = len(x.parts)  # the unprinted footnotes' notes go here (AKN: after references)
    x.parts.append("")
    x.close()


def _identification(x: _Xml, res: Resolution) -> None:
    md = res.metadata
    iris = frbr_iris(res)
    date = md.adoption_date or md.issue_date or NO_DATE
    x.open("identification", source=GENERATOR)
    author = body_ref(md.body)
    for kind, this, uri, d, name in (
        ("FRBRWork", iris["work_this"], iris["work"], date, "adoption" if md.adoption_date else "unknown"),
        ("FRBRExpression", iris["expr_this"], iris["expr"], md.issue_date or date, "publication"),
        ("FRBRManifestation", iris["manif_this"], iris["manif"], md.issue_date or date, "markup"),
    ):
        x.open(kind)
        x.leaf("FRBRthis", value=this)
        x.leaf("FRBRuri", value=uri)
        if kind == "FRBRWork" and md.normalized_symbol is not None:
            x.leaf("FRBRalias", value=md.normalized_symbol, name=NORMALIZED_SYMBOL)
        x.leaf("FRBRdate", date=d, name=name)
        x.leaf("FRBRauthor", href=author if kind != "FRBRManifestation" else GENERATOR)
        if kind == "FRBRWork":
            x.leaf("FRBRcountry", value="un")
            if md.resolution_number:
                x.leaf("FRBRnumber", value=md.resolution_number)
        if kind == "FRBRExpression":
            x.leaf("FRBRlanguage", language=lang(md.language).iso639_2)
        x.close()
    x.close()


def _classification(x: _Xml, res: Resolution) -> None:
    """The subjects, as the UN's files have them: one keyword each, its vocabulary the dictionary."""
    if not res.metadata.subjects:
        return
    x.open("classification", source=GENERATOR)
    for k in res.metadata.subjects:
        x.leaf("keyword", value=k.term, showAs=k.term, href=k.uri,
               dictionary=NO_VOCABULARY if k.vocabulary is None else k.vocabulary)
    x.close()


def _workflow(x: _Xml, res: Resolution) -> None:
    """The draft (its symbol, its sponsors), the sponsors who joined later and the adoption meeting's
    record, as steps of the workflow in the places the UN's files give them."""
    md = res.metadata
    steps = []
    if md.draft_symbol is not None or md.sponsors:
        steps.append((Step.DRAFT, md.draft_symbol, md.sponsors))
    if md.additional_sponsors:
        steps.append((Step.ADDITIONAL_SPONSORS, None, md.additional_sponsors))
    if md.meeting_record is not None:
        steps.append((Step.ADOPTED, md.meeting_record, ()))
    if not steps:
        return
    x.open("workflow", source=GENERATOR)
    for outcome, as_, sponsors in steps:
        date = md.adoption_date if outcome == Step.ADOPTED and md.adoption_date else NO_DATE
        x.open("step", date=date, by=body_ref(md.body), outcome=ref(outcome), **{"as": as_})
        if sponsors:
            x.open(Un.prefixed(Un.SPONSORS))
            for m in sponsors:
                x.raw(_organization(m.iso3, m.name))
            x.close()
        x.close()
    x.close()


def _voting(x: _Xml, vote: Vote) -> None:
    outcome = OUTCOMES[vote.type]
    x.open("analysis", source=GENERATOR)
    x.open("parliamentary")
    x.open("voting", outcome=outcome, eId="voting_1")
    if not vote.member_lists():
        # The XSD wants a quorum or a count in every voting element.
        x.leaf("quorum", eId="voting_1__quorum", value="", refersTo=ref(outcome))
    for side_name, side in vote.member_lists():
        side_id = LIST_IDS[side_name]
        x.open("count", value=str(side.count), refersTo=ref(side_id), eId=f"voting_1__count_{side_id}")
        if side.members:
            x.open(Un.prefixed(Un.VOTERS))
            for m in side.members:
                x.raw(_organization(m.iso3, m.name))
            x.close()
        x.close()
    x.close()
    x.close()
    x.close()


def _references(x: _Xml, res: Resolution) -> None:
    md = res.metadata
    x.open("references", source=GENERATOR)
    x.leaf("TLCOrganization", eId="unres", href="/akn/ontology/organization/unres", showAs="unres")
    if md.body:
        name = md.body_name or (lang(md.language).bodies.get(md.body, {}).get("name") or md.body)
        x.leaf("TLCOrganization", eId=md.body.lower(), href=f"/akn/ontology/organization/un/{md.body}", showAs=name)
    for element in _fixed_references(res.vote.type):
        x.raw(element)
    for concept in _concepts_used(res):
        x.leaf("TLCConcept", eId=concept, href=f"/akn/ontology/concept/un/{concept}", showAs=concept)
    seen = set()
    table = members()
    listed = [m for _, side in res.vote.member_lists() for m in side.members]
    for m in (*listed, *md.sponsors, *md.additional_sponsors):
        if m.iso3 and m.iso3 not in seen:
            seen.add(m.iso3)
            show = table.name(m.iso3, "en") if table.is_member(m.iso3) else m.name
            x.raw(_member_tlc(m.iso3, show))
    x.close()


def _concepts_used(res: Resolution) -> list[str]:
    """The concepts only some documents refer to: the steps of their workflow, the lists of members
    that took no side."""
    md = res.metadata
    used = [Step.DRAFT] if md.draft_symbol is not None or md.sponsors else []
    used += [Step.ADDITIONAL_SPONSORS] if md.additional_sponsors else []
    used += [Step.ADOPTED] if md.meeting_record is not None else []
    return used + [OTHER_IDS[name] for name, _ in res.vote.member_lists() if name in OTHER_IDS]


@cache
def _fixed_references(vote_type: str) -> tuple[str, ...]:
    """The references every document carries (United Nations, concepts, vote terms): written once,
    one element a string (the document's writer puts each on its line)."""
    x = _Xml()
    x.inline = 1  # no line breaks: the elements alone
    x.leaf("TLCOrganization", eId=UN, href=f"/akn/ontology/organization/{UN}", showAs="United Nations")
    for concept in (*Concept.ALL, OUTCOMES[vote_type]):
        x.leaf("TLCConcept", eId=concept, href=f"/akn/ontology/concept/un/{concept}", showAs=concept)
    for side_id in SIDE_IDS.values():
        x.leaf("TLCTerm", eId=side_id, href=f"/akn/ontology/concept/un/voting/{side_id}", showAs=side_id)
    x.leaf("TLCTerm", eId=MEMBER_STATE, href=f"/akn/ontology/organization/un/{MEMBER_STATE}", showAs="Member State")
    return tuple(x.parts)


@lru_cache(maxsize=1024)
def _member_tlc(iso3: str, show: str) -> str:
    return (f'<TLCOrganization eId="{MEMBER_PREFIX}{_attr(iso3)}" href="/akn/ontology/organization/iso3166-1/'
            f'{_attr(iso3)}" showAs="{_attr(show)}"/>')


@lru_cache(maxsize=4096)
def _organization(iso3: str | None, name: str) -> str:
    return f'<organization refersTo="{_attr(member_ref(iso3))}">{_text(name)}</organization>'


def _p_with(x: _Xml, tag: str, text: str, **attrs: str | None) -> None:
    x.open("p")
    x.leaf(tag, text, **attrs)
    x.close()


def _cover(x: _Xml, res: Resolution) -> None:
    md = res.metadata
    lg = lang(md.language)
    x.open("coverPage", eId="coverPage")
    if md.symbol:
        _p_with(x, "docNumber", md.symbol, refersTo=ref(Concept.SYMBOL))
    if md.body_name:
        _p_with(x, "docAuthority", md.body_name, refersTo=body_ref(md.body))
    elif md.body:
        _p_with(x, "inline", "", name=Name.BODY, refersTo=body_ref(md.body))
    if md.distribution:
        _p_with(x, "docStatus", md.distribution, refersTo=ref(UN))
    if md.issue_date:
        _p_with(x, "docDate", lg.format_date(md.issue_date), date=md.issue_date, refersTo=ref(Concept.ISSUE_DATE))
    if md.original_language:
        _p_with(x, "inline", md.original_language, name=Name.ORIGINAL_LANGUAGE,
                refersTo=ref(Concept.ORIGINAL_LANGUAGE))
    if md.job_number:
        _p_with(x, "docketNumber", md.job_number, refersTo=ref(Concept.JOB_NUMBER))
    _session(x, res, lg)
    for i, item in enumerate(res.agenda_items, start=1):
        x.open("p", class_=Class.AGENDA_ITEM)
        x.leaf("inline", item.number, name=Name.AGENDA_ITEM, title=item.number, refersTo=ref(Concept.AGENDA_ITEM),
               eId=f"coverPage__agendaItem_{i}", **{Un.prefixed(Un.ITEM): None if item.item is None else str(item.item),
                                                    Un.prefixed(Un.SUB_ITEM): item.sub_item})
        if item.title is not None:
            x.leaf("inline", item.title, name=Name.AGENDA_ITEM_TITLE)
        x.close()
    if md.origin:
        _p_with(x, "docProponent", md.origin, refersTo=ref(Concept.ORIGIN))
    x.close(drop_if_empty=True)  # the XSD wants a coverPage to hold something; it is optional


def _session(x: _Xml, res: Resolution, lg: Lang) -> None:
    s = res.metadata.session
    if s is None:
        return
    unlabelled = None if s.label is not None else Class.UNLABELLED
    x.open("p", class_=Class.SESSION)
    kind = {Un.prefixed(Un.SESSION_TYPE): s.type}
    if s.number is not None:
        x.leaf("session", s.label or "", value=str(s.number), refersTo=ref(Concept.SESSION), class_=unlabelled,
               **kind)
    else:
        x.leaf("inline", s.label or "", name=Name.SESSION, refersTo=ref(Concept.SESSION), class_=unlabelled,
               **kind)
    x.close()
    if s.start_date or s.end_date:
        x.open("p", class_=Class.SESSION_DATES)
        x.open("event", refersTo=ref(Concept.SESSION))
        if s.start_date:
            x.leaf("date", lg.format_date(s.start_date), date=s.start_date, refersTo=ref(Concept.START_DATE))
        if s.end_date:
            if s.start_date:
                x.leaf("eol")
            x.leaf("date", lg.format_date(s.end_date), date=s.end_date, refersTo=ref(Concept.END_DATE))
        x.close()
        x.close()


def _titled(x: _Xml, tag: str, text: str, refs: tuple[FootnoteRef, ...], notes: _Notes, **attrs: str | None) -> None:
    """A title's element (docTitle, heading) with an authorialNote at each of its marks."""
    if not refs:
        x.leaf(tag, text, **attrs)
        return
    x.open(tag, **attrs)
    _inline_text(x, text, refs, notes)
    x.close()


def _preface(x: _Xml, res: Resolution, notes: _Notes) -> None:
    md = res.metadata
    if md.resolution_number is None and md.title is None:
        return
    x.open("preface", eId="preface")
    x.open("p")
    if md.resolution_number:
        x.leaf("docNumber", md.resolution_number)
    if md.title:
        _titled(x, "docTitle", md.title, md.title_footnote_refs, notes)
    x.close()
    x.close()


def _preamble(x: _Xml, res: Resolution, notes: _Notes) -> None:
    pre = res.preamble
    if pre.formula is None and not pre.paragraphs:
        return
    x.open("preamble", eId="preamble")
    if pre.formula is not None:
        x.open("formula", name=Name.ENACTING_FORMULA, eId="preamble__formula_1")
        x.leaf("p", pre.formula)
        x.close()
    out = x.parts
    d = len(x.stack) + 1
    for i, para in enumerate(pre.paragraphs, start=1):
        name = _attr(para.opening or Name.PREAMBULAR_PARAGRAPH)
        out.append(f'{_nl(d)}<container name="{name}" eId="preamble__container_{i}">{_nl(d + 1)}<p>')
        _inline_text(x, para.text, para.footnote_refs, notes, para.opening, para.links)
        out.append(f"</p>{_nl(d)}</container>")
    x.close()


def _body(x: _Xml, res: Resolution, notes: _Notes) -> None:
    x.open("mainBody", eId="mainBody")
    lg = lang(res.metadata.language)
    _paragraphs(x, lg, res.operative, "", notes, res.tables)
    for k, part in enumerate(res.parts, start=1):
        pid = part_eid(k)
        x.open("part", eId=pid)
        x.leaf("num", part.label)
        if part.title is not None:
            _titled(x, "heading", part.title, part.title_footnote_refs, notes)
        if part.formula is not None:
            x.open("intro", eId=f"{pid}__intro")
            x.leaf("p", part.formula, class_=Class.FORMULA)
            x.close()
        for i, para in enumerate(part.preamble, start=1):
            _part_preambular(x, f"{pid}__hcontainer_{i}", para, notes)
        _paragraphs(x, lg, part.operative, f"{pid}__", notes, part.tables)
        x.close()
    x.close()


def _part_preambular(x: _Xml, hid: str, para: PreambularParagraph, notes: _Notes) -> None:
    x.open("hcontainer", name=para.opening or Name.PREAMBULAR_PARAGRAPH, eId=hid, class_=Class.PREAMBULAR)
    x.open("content", eId=f"{hid}__content")
    x.open("p")
    _inline_text(x, para.text, para.footnote_refs, notes, para.opening, para.links)
    x.close()
    x.close()
    x.close()


def _paragraphs(x: _Xml, lg: Lang, paragraphs: tuple[OperativeParagraph, ...], prefix: str, notes: _Notes,
                tables: tuple[Table, ...] = ()) -> None:
    used: set[str] = set()
    out = x.parts
    headings = 0
    d = len(x.stack) + 1  # the depth of the paragraphs (children of mainBody or of a part)
    waiting = sorted(enumerate(tables, start=1), key=lambda t: t[1].position)  # stable: ties keep their order
    for i, para in enumerate(paragraphs, start=1):
        while waiting and waiting[0][1].position < i:
            _table_container(x, prefix, *waiting.pop(0), notes)
        # A heading is not part of the paragraph it precedes (it may head several): AKN allows no
        # crossHeading directly in mainBody, so each is a heading-only hcontainer before it.
        for heading in para.headings:
            headings += 1
            out.append(f'{_nl(d)}<hcontainer name="{Name.CROSS_HEADING}" eId="{prefix}crossHeading_{headings}">'
                       f'{_nl(d + 1)}<heading>{_text(heading)}</heading>{_nl(d)}</hcontainer>')
        eid = _attr(para_eid(prefix, para.number, i, used))
        if para.number is not None:
            out.append(f'{_nl(d)}<paragraph eId="{eid}">'
                       f'{_nl(d + 1)}<num>{_text(lg.format_paragraph_number(para.number))}</num>')
        else:
            out.append(f'{_nl(d)}<paragraph eId="{eid}">')
        _content_or_list(x, d + 1, eid, para.text, para.footnote_refs, para.subparagraphs, notes, para.opening,
                         para.wrap_up, para.links)
        out.append(f"{_nl(d)}</paragraph>")
    for t in waiting:  # (after the last paragraph; and past it, which rule table-position forbids)
        _table_container(x, prefix, *t, notes)


def _table_container(x: _Xml, prefix: str, number: int, table: Table, notes: _Notes) -> None:
    """A table among operative paragraphs (model 1.3): an hcontainer named "table" holding it in its
    content — mainBody and a part hold hierarchical elements, not bare tables (the UN's files use a
    container, which a part may not hold)."""
    cid = f"{prefix}hcontainer_table_{number}"
    x.open("hcontainer", name=Name.TABLE, eId=cid)
    x.open("content", eId=f"{cid}__content")
    _table(x, cid, 1, table, notes)
    x.close()
    x.close()


# The writers below append elements that always have content as literal text: the stack of
# _Xml (which writes an empty element as <x/>) is only needed where an element may stay empty.
def _content_or_list(x: _Xml, d: int, eid: str, text: str, refs: tuple[FootnoteRef, ...],
                     subs: tuple[SubParagraph, ...], notes: _Notes, opening: str | None = None,
                     wrap_up: WrapUp | None = None, links: tuple[Link, ...] = ()) -> None:
    """The content (or the list) of a paragraph or point, written at depth `d`."""
    out = x.parts
    if not subs:
        out.append(f'{_nl(d)}<content eId="{eid}__content">{_nl(d + 1)}<p>')
        _inline_text(x, text, refs, notes, opening, links)
        out.append(f"</p>{_nl(d)}</content>")
        return
    lid = list_eid(eid)
    out.append(f'{_nl(d)}<list eId="{lid}">{_nl(d + 1)}<intro eId="{lid}__intro">{_nl(d + 2)}<p>')
    _inline_text(x, text, refs, notes, opening, links)
    out.append(f"</p>{_nl(d + 1)}</intro>")
    for j, sub in enumerate(subs, start=1):
        sid = point_eid(eid, j)
        out.append(f'{_nl(d + 1)}<point eId="{sid}">{_nl(d + 2)}<num>{_text(sub.label)}</num>')
        # Its headings (model 1.2: at most two): a point holds a heading and a subheading.
        out.extend(f"{_nl(d + 2)}<{tag}>{_text(h)}</{tag}>" for tag, h in zip(("heading", "subheading"), sub.headings,
                                                                                 strict=False))
        _content_or_list(x, d + 2, sid, sub.text, sub.footnote_refs, sub.subparagraphs, notes, links=sub.links)
        out.append(f"{_nl(d + 1)}</point>")
    if wrap_up is not None:
        out.append(f'{_nl(d + 1)}<wrapUp eId="{lid}__wrapup">{_nl(d + 2)}<p>')
        _inline_text(x, wrap_up.text, wrap_up.footnote_refs, notes, links=wrap_up.links)
        out.append(f"</p>{_nl(d + 1)}</wrapUp>")
    out.append(f"{_nl(d)}</list>")


@cache
def _nl(depth: int) -> str:
    """A line break and the indentation of an element at `depth` (akomaNtoso's children: 1)."""
    return "\n" + INDENT * depth


def _conclusions(x: _Xml, res: Resolution, notes: _Notes) -> None:
    md, vote = res.metadata, res.vote
    lg = lang(md.language)
    if (md.meeting is None and md.adoption_date is None and vote.text is None and vote.type == "unknown"
            and vote.procedure is None):
        return
    x.open("conclusions", eId="conclusions")
    if md.meeting is not None or md.adoption_date:
        _adoption(x, res, lg)
    if vote.text is not None or vote.type != "unknown" or vote.procedure is not None:
        _vote_statement(x, res, notes)
    # The lists are printed after the vote's sentence; a vote the document does not print (the Security
    # Council's) has its counts and voters in meta only.
    for side_name, side in vote.member_lists() if vote.text is not None else ():
        _vote_side(x, side_name, side, lg)
    x.close()


def _adoption(x: _Xml, res: Resolution, lg: Lang) -> None:
    """The meeting and the adoption date, as one event."""
    md = res.metadata
    x.open("p")
    x.open("event", refersTo=ref(Concept.ADOPTION))
    if md.meeting is not None:
        x.leaf("location", md.meeting.label or "", refersTo=ref(Concept.MEETING),
               title=None if md.meeting.number is None else str(md.meeting.number),
               class_=None if md.meeting.label is not None else Class.UNLABELLED)
        if md.adoption_date:
            x.leaf("eol")
    if md.adoption_date:
        x.leaf("docDate", lg.format_date(md.adoption_date), date=md.adoption_date,
               refersTo=ref(Concept.ADOPTION_DATE))
    x.close()
    x.close()


def _vote_statement(x: _Xml, res: Resolution, notes: _Notes) -> None:
    """The vote: its sentence as printed (class no-text when the document prints none)."""
    vote = res.vote
    outcome = ref(OUTCOMES[vote.type])
    x.open("p", class_=Class.VOTE)
    x.open("vote", by=body_ref(res.metadata.body), refersTo=outcome, eId="conclusions__vote_1",
           **{Un.prefixed(Un.PROCEDURE): vote.procedure})
    if vote.text is not None:
        x.open("outcome", refersTo=outcome)
        _inline_text(x, vote.text, vote.footnote_refs, notes, links=vote.links)
        x.close()
    else:
        x.set_on_open("class", Class.NO_TEXT)
    x.close()
    x.close()


def _vote_side(x: _Xml, side_name: str, side: VoteSide, lg: Lang) -> None:
    """One side's list of members, as printed after the vote's sentence."""
    side_ref = ref(LIST_IDS[side_name])
    x.open("p", class_=Class.VOTE_SIDE, eId=f"conclusions__{LIST_IDS[side_name]}")
    # The language tables name the sides only; the lists of members without a side go unnamed.
    words = lg.vote["sides"].get(side_name, [""])[0]
    x.leaf("inline", words, name=Name.VOTE_SIDE, refersTo=side_ref)
    x.leaf("quantity", str(side.count), normalized=str(side.count), refersTo=side_ref)
    if side.members:
        x.parts.append(_text(lg.vote["separator"]).join(_organization(m.iso3, m.name) for m in side.members))
    x.close()


def _annex(x: _Xml, annex: Annex, i: int, notes: _Notes) -> None:
    aid = annex_eid(i)
    x.open("attachment", eId=aid)
    x.open("doc", name=Name.ANNEX)
    x.open("meta")
    x.open("identification", source=GENERATOR)
    for kind in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
        x.open(kind)
        x.leaf("FRBRthis", value=f"/akn/un/doc/annex/{i}/!main")
        x.leaf("FRBRuri", value=f"/akn/un/doc/annex/{i}")
        x.leaf("FRBRdate", date=NO_DATE, name="unknown")
        x.leaf("FRBRauthor", href=GENERATOR)
        if kind == "FRBRWork":
            x.leaf("FRBRcountry", value="un")
        if kind == "FRBRExpression":
            x.leaf("FRBRlanguage", language="und")
        x.close()
    x.close()
    x.close()
    if annex.title is not None or annex.label is not None:
        x.open("preface")
        if annex.label is not None:
            _p_with(x, "docNumber", annex.label, class_=Name.ANNEX_LABEL)
        if annex.title is not None:
            x.open("p")
            _titled(x, "docTitle", annex.title, annex.title_footnote_refs, notes)
            x.close()
        x.close()
    x.open("mainBody")
    if not annex.paragraphs and not annex.tables:
        x.leaf("p", class_=Class.EMPTY)
    tables = sorted(enumerate(annex.tables, start=1), key=lambda t: t[1].position)  # stable: ties keep their order
    headings = 0
    for j, para in enumerate(annex.paragraphs, start=1):
        while tables and tables[0][1].position < j:
            _table(x, aid, *tables.pop(0), notes)
        for heading in para.headings:
            headings += 1
            x.open("hcontainer", name=Name.ANNEX_HEADING, eId=f"{aid}__hcontainer_h{headings}")
            x.leaf("heading", heading)
            x.close()
        pid = f"{aid}__p_{j}"
        if para.number is None and not para.headings and not para.subparagraphs:
            x.open("p", eId=pid)
            _inline_text(x, para.text, para.footnote_refs, notes, links=para.links)
            x.close()
            continue
        # A paragraph with a number or a list is a container of its own (not `paragraph`: the
        # profile numbers a mainBody's paragraphs 1..n, which an annex's need not be).
        x.open("hcontainer", name=Name.ANNEX_PARAGRAPH, eId=pid)
        if para.number is not None:
            x.leaf("num", para.number)
        _content_or_list(x, len(x.stack) + 1, pid, para.text, para.footnote_refs, para.subparagraphs, notes,
                         links=para.links)
        x.close()
    for t in tables:
        _table(x, aid, *t, notes)
    x.close()
    x.close()
    x.close()


def _table(x: _Xml, aid: str, number: int, table: Table, notes: _Notes) -> None:
    """A table with its caption, th for header cells, td for the others, each cell's text in a p.
    The XSD wants a row in every table and a cell in every row: a table or row without any gets an
    empty one marked `empty`."""
    tid = table_eid(aid, number)
    x.open("table", eId=tid, class_=Class.EMPTY if not table.rows else None)
    if table.caption is not None:
        x.leaf("caption", table.caption)
    for row in table.rows or (Row(),):
        x.open("tr", class_=Class.EMPTY if not row.cells else None)
        if not row.cells:
            x.open("td", class_=Class.EMPTY)
            x.leaf("p")
            x.close()
        for cell in row.cells:
            x.open("th" if cell.header else "td", colspan=_span(cell.colspan), rowspan=_span(cell.rowspan))
            x.parts.append(f"{_nl(len(x.stack) + 1)}<p>")
            _inline_text(x, cell.text, cell.footnote_refs, notes)
            x.parts.append("</p>")
            x.close()
        x.close()
    x.close()


def _span(n: int) -> str | None:
    return None if n == 1 else str(n)
