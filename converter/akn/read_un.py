"""The UN's Akoma Ntoso (AKN4UN, as the UN's own files have it) → model, faithfully.

Where the UN's markup differs from unres' (see ../shared/reference/akn4un.md):
- texts are laid out with tabs and newlines: every text is whitespace-normalized;
- metadata sits where the UN puts it: the job number in meta, the adopting body as the
  docAuthority that refers to #issuingBody, counts and voters in meta's voting, the member lists
  of a recorded vote as nested outcomes in the conclusions;
- parts are `section`s with `subheading`s (label, title) and `crossHeading`s (their preamble);
- opening phrases are the italic span a p starts with, or a preambular container's @name;
- the text that closes a list is a paragraph of its own, without a number.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from ..langs import Lang, all_langs, lang
from ..members import members, split_names
from ..model import (
    VOTE_SIDES,
    AgendaItem,
    FootnoteRef,
    Meeting,
    Member,
    Metadata,
    Part,
    Preamble,
    PreambularParagraph,
    Resolution,
    Session,
    Vote,
    VoteSide,
)
from ..problems import Problem
from ..schema import resolution_schema
from .reading import (
    Element,
    Inline,
    Reading,
    annexes,
    body_author,
    body_from_symbol,
    body_paragraphs,
    container_ps,
    content,
    date,
    inline,
    joined,
    language,
    normalized,
    operative_list,
    session_dates,
    text_of,
    vote_kind,
)
from .vocabulary import BODY_OF_AUTHOR, NS, SIDE_OF_ID, A, Class, Concept, Name, ref


def read_un(st: Element, file: str | None) -> tuple[Resolution, list[Problem]]:
    r = Reading(file, normalize=True)
    code = language(st, file)
    md = _metadata(r, st, code)
    agenda = _agenda(r, st)
    preamble = _preamble(r, st)
    # Arabic files of the General Assembly type the number into the text ("1 -\tترحب …"), with no num.
    operative = operative_list(r, body_paragraphs(st), _opening, unnumbered_is_wrap_up=True,
                               number_in_text=lang(code).paragraph_number)
    parts = _parts(r, st, lang(code))
    vote = _vote(r, st, lang(code))
    annex = annexes(r, st)
    if not operative and not parts:
        r.warn("akn-no-operative", "no operative paragraph in mainBody", st)
    res = Resolution(metadata=md, agenda_items=agenda, preamble=preamble, operative=operative, parts=parts,
                     footnotes=tuple(r.notes), vote=vote, annexes=annex)
    return res, r.warnings


def _opening(p: Element, text: str, name: str = "") -> str | None:
    """The italic span a p starts with, when the text starts with its words; else `name` (a
    preambular container's @name), when the text starts with it."""
    span = p.find(f"a:span[@class='{Class.OPENING}']", NS)
    if span is not None and not (p.text or "").strip():
        phrase = normalized(text_of(span))
        if phrase and text.startswith(phrase):
            return phrase
    if name and text.startswith(name):
        return name
    return None


def _value(st: Element, path: str) -> str | None:
    el = st.find(path, NS)
    return None if el is None else (normalized(text_of(el)) or None)


# -- cover page, preface, conclusions -------------------------------------------------------------
def _metadata(r: Reading, st: Element, code: str) -> Metadata:
    author = body_author(st)
    body = BODY_OF_AUTHOR.get(author) if author else None
    symbol = _value(st, f"a:coverPage//a:docNumber[@refersTo='{ref(Concept.SYMBOL)}']")
    if symbol is None:
        symbol = _value(st, "a:coverPage//a:docNumber")
    if symbol:
        # The Security Council's symbol is S/RES/2567 (2021); some files drop the space.
        symbol = re.sub(r"(\d)\((\d{4})\)$", r"\1 (\2)", symbol)
    if body is None and symbol:
        body = body_from_symbol(symbol)
    adoption_date = date(r, st.find("a:conclusions//a:docDate", NS))
    if adoption_date is None:
        adoption_date = date(r, st.find("a:meta/a:identification/a:FRBRWork/a:FRBRdate", NS))
    issue = st.find(f"a:coverPage//a:docDate[@refersTo='{ref(Concept.ISSUE_DATE)}']", NS)
    original = st.find(f"a:coverPage//a:inline[@name='{Name.ORIGINAL_LANGUAGE}']", NS)
    origin = _value(st, "a:coverPage//a:docProponent")
    return Metadata(
        symbol=symbol, language=code, body=body, body_name=_body_name(st), session=_session(r, st),
        resolution_number=_number(st, symbol), title=_value(st, "a:preface//a:docTitle"),
        adoption_date=adoption_date, meeting=_meeting(st), job_number=_job_number(st),
        issue_date=date(r, issue),
        distribution=_distribution(_value(st, "a:coverPage//a:docStatus"), code),
        original_language=None if original is None else _original_language(text_of(original).strip()),
        origin=origin.strip().removeprefix("[").removesuffix("]").strip() or None if origin else None)


def _distribution(status: str | None, code: str) -> str | None:
    """The UN's docStatus holds the printed line, label included ("Distr.: General"; the Arabic and
    Chinese files print it in English): the model keeps the value the text reader keeps ("General"),
    which the writers print after the label of the language."""
    if status is None:
        return None
    for lg in (lang(code), *all_langs()):
        if m := lg.match("distribution", status):
            return str(m["value"])
    return status


def _body_name(st: Element) -> str | None:
    # The last docAuthority that names the adopting body (the first may name its parent).
    auth = [el for el in st.iterfind("a:coverPage//a:docAuthority", NS)
            if el.get("refersTo") in Concept.UN_BODY_AUTHORITIES]
    return normalized(text_of(auth[-1])) or None if auth else None


def _number(st: Element, symbol: str | None) -> str | None:
    """The preface's number ("54/1." → "54/1"), else the symbol's; always the symbol's for the
    Security Council, whose preface gives the number in words of the language."""
    number = _value(st, "a:preface//a:docNumber")
    if number is not None:
        number = number.rstrip(".-– ").strip() or None
    if symbol and (number is None or symbol.startswith("S/RES/")):
        number = _number_from_symbol(symbol)
    # A resolution adopted in parts on different days (A/RES/77/263 B): its preface prints the
    # number without the letter, which the symbol, and so the number, carries.
    if symbol and number and not symbol.endswith(f"/{number}") and re.search(
            rf"/{re.escape(number)} ?[A-Z]$", symbol):
        number = _number_from_symbol(symbol)
    # A preface that prints the number in the language's own letters (Arabic "دإط-10/21" for
    # ES-10/21): the symbol's, which the schema's pattern takes.
    if symbol and number and not _RESOLUTION_NUMBER.fullmatch(number):
        number = _number_from_symbol(symbol) or number
    return number


def _number_from_symbol(symbol: str) -> str | None:
    m = re.search(r"/RES/(.+)$", symbol)
    # The Security Council's year in brackets, with its space: "2567(2021)" → "2567 (2021)".
    return re.sub(r"(\d)\(", r"\1 (", m.group(1)) if m else None


_RESOLUTION_NUMBER = re.compile(resolution_schema()["$defs"]["metadata"]["properties"]["resolution_number"]["pattern"])


def _job_number(st: Element) -> str | None:
    # In meta/presentation, with the language's letter after it: "23-20043 (E)".
    dk = st.find("a:meta//a:docketNumber", NS)
    if dk is None or not text_of(dk).strip():
        return None
    return re.sub(r"\s*\([A-Z]\)$", "", normalized(text_of(dk))) or None


def _original_language(value: str) -> str | None:
    tail = value.split(":", 1)[-1].strip()
    for lg in all_langs():
        code = lg.language_code(tail)
        if code:
            return code
    return None


def _session(r: Reading, st: Element) -> Session | None:
    s = st.find("a:coverPage//a:session", NS)
    if s is None:
        return None
    try:
        number = int(s.get("value") or "")
    except ValueError:
        number = None
    label = None if s.get("class") == Class.UNLABELLED else normalized(text_of(s))
    start, end = session_dates(r, st)
    return Session(number, label or None, start, end)


def _meeting(st: Element) -> Meeting | None:
    loc = st.find("a:conclusions//a:location", NS)
    if loc is None:
        return None
    label = None if loc.get("class") == Class.UNLABELLED else normalized(text_of(loc))
    # The meeting's number is in @title, or else in its words ("46th meeting").
    m = re.search(r"\d+", loc.get("title") or "") or re.search(r"\d+", label or "")
    return Meeting(int(m.group()) if m else None, label or None)


# The schema's pattern of an agenda item's number: a sub-item's letter in any script, or doubled
# ("99 (mm)", "127 (ك)", "19 а)", "99 (ح ح)").
_AGENDA_NUMBER = re.compile(resolution_schema()["$defs"]["agenda_item"]["properties"]["number"]["pattern"])


def _agenda(r: Reading, st: Element) -> tuple[AgendaItem, ...]:
    items = []
    for el in st.iterfind(f"a:coverPage//a:inline[@name='{Name.UN_AGENDA_ITEM}']", NS):
        number = (el.get("title") or "").strip()
        if not number:
            m = re.search(r"\d+(?:\s*\(?[^\s()0-9]{1,2}(?: [^\s()0-9])?\)?)?", text_of(el))
            number = m.group() if m else ""
        if not _AGENDA_NUMBER.fullmatch(number):
            r.warn("akn-agenda", f"agenda item number {number!r} not understood", el)
            continue
        title = _value(st, f"a:coverPage//a:inline[@name='{Name.UN_AGENDA_ITEM_TITLE}']")
        items.append(AgendaItem(number, title))
    return tuple(items)


# -- preamble, parts ----------------------------------------------------------------------------------
def _preamble(r: Reading, st: Element) -> Preamble:
    pre = st.find("a:preamble", NS)
    if pre is None:
        return Preamble()
    f = pre.find("a:formula", NS)
    formula = None if f is None else (normalized(text_of(f)) or None)
    paras = []
    for c in pre.iterfind("a:container", NS):
        ps = container_ps(r, c)
        if not ps:
            continue
        text, refs = joined(r, ps)
        if not text:
            r.warn("akn-empty-container", "empty preambular paragraph skipped", c)
            continue
        paras.append(PreambularParagraph(text, _opening(ps[0], text, normalized(c.get("name") or "")), refs))
    return Preamble(formula, tuple(paras))


def _parts(r: Reading, st: Element, lg: Lang) -> tuple[Part, ...]:
    body = st.find("a:mainBody", NS)
    if body is None:
        return ()
    return tuple(_part(r, el, lg) for el in body if el.tag == A + "section")


def _part(r: Reading, el: Element, lg: Lang) -> Part:
    # section: its label, its title, crossHeadings (the preamble), paragraphs. The label is the
    # section's num when it has one (budget resolutions in parts: <num>I</num><subheading>title);
    # otherwise the subheadings are the label and the title (<subheading>A</subheading><subheading>…).
    heads = [normalized(text_of(h)) for h in el.findall("a:subheading", NS)]
    num = el.find("a:num", NS)
    if num is not None and (number := normalized(text_of(num))):
        heads.insert(0, number)
    children = [c for c in el if c.tag in (A + "crossHeading", A + "paragraph")]
    last_cross = max((i for i, c in enumerate(children) if c.tag == A + "crossHeading"), default=-1)
    preamble = []
    for c in children[:last_cross + 1]:
        if c.tag == A + "crossHeading":
            text, refs = joined(r, [c])
            preamble.append(PreambularParagraph(text, _opening(c, text), refs))
        else:
            preamble.append(_lettered_consideration(r, c))
    return Part(heads[0] if heads else "", heads[1] if len(heads) > 1 else None, None, tuple(preamble),
                operative_list(r, children[last_cross + 1:], _opening, unnumbered_is_wrap_up=True,
                               number_in_text=lg.paragraph_number))


def _lettered_consideration(r: Reading, c: Element) -> PreambularParagraph:
    # Lettered considerations between the part's preambular paragraphs ("(a) That …,").
    num = c.find("a:num", NS)
    label = normalized(text_of(num)) if num is not None else ""
    body = content(r, c)
    shift = len(label) + 1 if label else 0
    return PreambularParagraph(f"{label} {body.text}" if label else body.text, None,
                               tuple(FootnoteRef(x.marker, x.offset + shift) for x in body.refs))


# -- the vote: the sentence from the conclusions, counts from meta, members from the conclusions' lists --
def _vote(r: Reading, st: Element, lg: Lang) -> Vote:
    voting = st.find("a:meta/a:analysis/a:parliamentary/a:voting", NS)
    vote = st.find("a:conclusions//a:vote", NS)
    kind = vote_kind(voting, vote)
    text: str | None = None
    refs: tuple[FootnoteRef, ...] = ()
    lists: dict[str, list[Member]] = {}
    outer = vote.find("a:outcome", NS) if vote is not None else None
    if outer is not None:
        text, refs = _outcome_sentence(r, outer)
        lists = _side_lists(outer, lg)
    counts, meta_members = _meta_counts(r, voting) if voting is not None else ({}, {})
    if kind != "recorded":
        return Vote(kind, text or None, refs)
    sides = {}
    for side in VOTE_SIDES:
        listed = lists.get(side) or meta_members.get(side) or []
        count = counts.get(side, len(listed))
        if listed and len(listed) != count:
            r.warn("vote-count-mismatch", f"{side}: count {count} but {len(listed)} members listed", voting)
        sides[side] = VoteSide(count, tuple(listed))
    return Vote(kind, text or None, refs, sides["in_favour"], sides["against"], sides["abstaining"])


def _side_lists(outer: Element, lg: Lang) -> dict[str, list[Member]]:
    """The members each side lists in the conclusions: an outcome per side inside the vote's outcome."""
    lists = {}
    for sub in outer.iterfind("a:outcome", NS):
        side = SIDE_OF_ID.get((sub.get("refersTo") or "").lstrip("#"))
        if side:
            names = " ".join(" ".join(o.itertext()) for o in sub.iterfind("a:organization", NS))
            lists[side] = [Member(name, iso) for name, iso in split_names(names, lg.vote)]
    return lists


def _meta_counts(r: Reading, voting: Element) -> tuple[dict[str, int], dict[str, list[Member]]]:
    counts: dict[str, int] = {}
    voters: dict[str, list[Member]] = {}
    for c in voting.iterfind("a:count", NS):
        side = SIDE_OF_ID.get((c.get("refersTo") or "").lstrip("#"))
        if side is None:
            continue
        try:
            counts[side] = int(c.get("value") or "")
        except ValueError:
            r.warn("akn-vote-count", f"count {c.get('value')!r} is not a number", c)
            continue
        names = (normalized(text_of(o)) for o in c.iter(A + "organization"))
        voters[side] = [Member(n, members().lookup(n)) for n in names if n]
    return counts, voters


def _outcome_sentence(r: Reading, outer: Element) -> Inline:
    # Only the sentence before the first per-side list: copy the element without the lists.
    clone = etree.Element(outer.tag)
    clone.text = outer.text
    for child in outer:
        if child.tag == A + "outcome":
            break
        clone.append(copy.deepcopy(child))
    text, refs = inline(r, clone)
    text = text.strip()
    if text.startswith("["):
        text = text[1:].strip()
    text = re.sub(r"\]\s*\.?$", "", text).strip()
    return text, tuple(FootnoteRef(x.marker, min(x.offset, len(text))) for x in refs)
