"""unres' own Akoma Ntoso → model, losslessly: the inverse of writer.py.

Every name comes from vocabulary.py, as in the writer; every text is taken as written (no
whitespace normalization), so that model → AKN → model is the identity.
"""

from __future__ import annotations

import re

from ..model import (
    LANGUAGES,
    AgendaItem,
    FootnoteRef,
    Link,
    Meeting,
    Member,
    Metadata,
    Part,
    Preamble,
    PreambularParagraph,
    Resolution,
    Session,
    Subject,
    Table,
    Vote,
    VoteSide,
)
from ..problems import Problem, UnresError
from .paths import find, findall, iterfind
from .reading import (
    DIGITS,
    Element,
    Inline,
    Reading,
    annexes,
    body_author,
    body_elements,
    body_from_symbol,
    container_ps,
    date,
    inline,
    joined,
    language,
    meta_notes,
    operative_list,
    session_dates,
    text_of,
    title_inline,
    vote_kind,
    without_notes,
)
from .vocabulary import (
    BODY_OF_AUTHOR,
    LIST_OF_ID,
    NO_VOCABULARY,
    NORMALIZED_SYMBOL,
    A,
    Class,
    Concept,
    Name,
    Step,
    Un,
    iso_of_ref,
    ref,
)


def read_unres(st: Element, file: str | None) -> tuple[Resolution, list[Problem]]:
    r = Reading(file, normalize=False)
    code = language(st, file)
    md = _metadata(r, st, code)
    agenda = _agenda(r, st)
    preamble = _preamble(r, st)
    tables: list[Table] = []
    operative = operative_list(r, body_elements(st), _opening, tables=tables)
    parts = _parts(r, st)
    vote = _vote(r, st)
    annex = annexes(r, st)
    if not operative and not parts:
        r.warn("akn-no-operative", "no operative paragraph in mainBody", st)
    meta_notes(r, st)
    res = Resolution(metadata=md, agenda_items=agenda, preamble=preamble, operative=operative, parts=parts,
                     footnotes=tuple(r.notes), vote=vote, annexes=annex, tables=tuple(tables))
    return res, r.warnings


_OPENING = f"a:span[@class='{Class.OPENING}']"  # (made once: a new string at every call is hashed again)


def _opening(p: Element, text: str = "") -> str | None:
    span = find(p, _OPENING)
    return None if span is None else without_notes(span)


def _value(st: Element, path: str) -> str | None:
    el = find(st, path)
    return None if el is None else text_of(el)


# -- cover page, preface, conclusions -------------------------------------------------------------
def _metadata(r: Reading, st: Element, code: str) -> Metadata:
    author = body_author(st)
    body = BODY_OF_AUTHOR.get(author) if author else None
    symbol = _value(st, f"a:coverPage//a:docNumber[@refersTo='{ref(Concept.SYMBOL)}']")
    if body is None and symbol:
        body = body_from_symbol(symbol)
    title, title_refs = title_inline(r, find(st, "a:preface//a:docTitle"))
    issue = find(st, f"a:coverPage//a:docDate[@refersTo='{ref(Concept.ISSUE_DATE)}']")
    original = find(st, f"a:coverPage//a:inline[@name='{Name.ORIGINAL_LANGUAGE}']")
    return Metadata(
        symbol=symbol, language=code, body=body, body_name=_value(st, "a:coverPage//a:docAuthority"),
        session=_session(r, st), resolution_number=_value(st, "a:preface//a:docNumber"), title=title,
        title_footnote_refs=title_refs,
        adoption_date=date(r, find(st, "a:conclusions//a:docDate")), meeting=_meeting(st),
        job_number=_value(st, "a:coverPage//a:docketNumber"),
        issue_date=date(r, issue),
        distribution=_value(st, "a:coverPage//a:docStatus"),
        original_language=None if original is None else _original_language(r, original),
        origin=_value(st, "a:coverPage//a:docProponent"),
        normalized_symbol=_attribute(st, f"a:meta/a:identification/a:FRBRWork/a:FRBRalias[@name='{NORMALIZED_SYMBOL}']",
                                     "value"),
        draft_symbol=_attribute(st, _step(Step.DRAFT), "as"),
        sponsors=_sponsors(st, Step.DRAFT), additional_sponsors=_sponsors(st, Step.ADDITIONAL_SPONSORS),
        subjects=tuple(_subject(k) for k in iterfind(st, "a:meta/a:classification/a:keyword")),
        meeting_record=_attribute(st, _step(Step.ADOPTED), "as"))


def _subject(k: Element) -> Subject:
    vocabulary = k.get("dictionary")
    return Subject(k.get("value") or "", None if vocabulary == NO_VOCABULARY else vocabulary, k.get("href"))


def _step(outcome: str) -> str:
    return f"a:meta/a:workflow/a:step[@outcome='{ref(outcome)}']"


def _attribute(st: Element, path: str, name: str) -> str | None:
    el = find(st, path)
    return None if el is None else el.get(name)


def _sponsors(st: Element, outcome: str) -> tuple[Member, ...]:
    step = find(st, _step(outcome))
    box = None if step is None else find(step, Un.clark(Un.SPONSORS))
    return () if box is None else _organizations(box)


def _original_language(r: Reading, el: Element) -> str | None:
    code = text_of(el).strip()
    if code not in LANGUAGES:
        r.warn("akn-original-language", f"original language {code[:40]!r} is not one of {', '.join(LANGUAGES)} "
               "and was left out", el)
        return None
    return code


def _whole_number(el: Element, attribute: str, what: str, file: str | None) -> int:
    """An integer attribute of unres' own markup (digits only: "3.0" is no count of votes)."""
    value = el.get(attribute) or ""
    if not re.fullmatch(r"[0-9]{1,18}", value):
        raise UnresError(Problem("akn-malformed", f"{what} {value[:40]!r} is not a whole number",
                                 line=el.sourceline, file=file))
    return int(value)


def _required(parent: Element, path: str, what: str, file: str | None) -> Element:
    el = find(parent, path)
    if el is None:
        raise UnresError(Problem("akn-malformed", f"{what} is missing", line=parent.sourceline, file=file))
    return el


def _session(r: Reading, st: Element) -> Session | None:
    # A session with a number is a `session` element; one without, an inline named session.
    el = find(st, "a:coverPage//a:session")
    if el is None:
        el = find(st, f"a:coverPage//a:inline[@name='{Name.SESSION}']")
    if el is None:
        return None
    number = None
    if el.tag == A + "session":
        number = _whole_number(el, "value", "the session's number", r.file)
    label = None if el.get("class") == Class.UNLABELLED else text_of(el)
    start, end = session_dates(r, st)
    return Session(number, label, start, end, el.get(Un.clark(Un.SESSION_TYPE)))


def _meeting(st: Element) -> Meeting | None:
    loc = find(st, "a:conclusions//a:location")
    if loc is None:
        return None
    label = None if loc.get("class") == Class.UNLABELLED else text_of(loc)
    m = DIGITS.search(loc.get("title") or "")
    return Meeting(int(m.group()) if m else None, label)


def _agenda(r: Reading, st: Element) -> tuple[AgendaItem, ...]:
    items = []
    for p in iterfind(st, f"a:coverPage/a:p[@class='{Class.AGENDA_ITEM}']"):
        num = _required(p, f"a:inline[@name='{Name.AGENDA_ITEM}']", "an agenda item's number", r.file)
        title = find(p, f"a:inline[@name='{Name.AGENDA_ITEM_TITLE}']")
        item = (None if num.get(Un.clark(Un.ITEM)) is None
                else _whole_number(num, Un.clark(Un.ITEM), "an agenda item's number", r.file))
        items.append(AgendaItem(num.get("title") or "", None if title is None else text_of(title), item,
                                num.get(Un.clark(Un.SUB_ITEM))))
    return tuple(items)


# -- preamble, parts ----------------------------------------------------------------------------------
def _preamble(r: Reading, st: Element) -> Preamble:
    pre = find(st, "a:preamble")
    if pre is None:
        return Preamble()
    formula = None
    f = find(pre, "a:formula")
    if f is not None:
        formula = "".join(text_of(p) for p in iterfind(f, "a:p")) or None
    paras = []
    for c in iterfind(pre, "a:container"):
        ps = container_ps(r, c)
        if not ps:
            continue
        text, refs, links = joined(r, ps)
        if not text:
            r.warn("akn-empty-container", "empty preambular paragraph skipped", c)
            continue
        paras.append(PreambularParagraph(text, _opening(ps[0]), refs, links))
    return Preamble(formula, tuple(paras))


def _parts(r: Reading, st: Element) -> tuple[Part, ...]:
    body = find(st, "a:mainBody")
    if body is None:
        return ()
    return tuple(_part(r, el) for el in body if el.tag == A + "part")


def _part(r: Reading, el: Element) -> Part:
    # num, heading, intro (the formula), hcontainers (the preamble), paragraphs.
    num = find(el, "a:num")
    title, title_refs = title_inline(r, find(el, "a:heading"))  # its notes before the preamble's
    f = find(el, f"a:intro/a:p[@class='{Class.FORMULA}']")
    preamble = []
    for h in iterfind(el, f"a:hcontainer[@class='{Class.PREAMBULAR}']"):
        ps = findall(h, "a:content/a:p")
        text, refs, links = joined(r, ps)
        preamble.append(PreambularParagraph(text, _opening(ps[0]) if ps else None, refs, links))
    tables: list[Table] = []
    operative = operative_list(r, (c for c in el if c.tag in (A + "paragraph", A + "hcontainer", A + "container")),
                               _opening, tables=tables)
    return Part("" if num is None else text_of(num), title, None if f is None else text_of(f), tuple(preamble),
                operative, title_refs, tuple(tables))


# -- the vote ---------------------------------------------------------------------------------------
def _vote(r: Reading, st: Element) -> Vote:
    voting = find(st, "a:meta/a:analysis/a:parliamentary/a:voting")
    vote = find(st, "a:conclusions//a:vote")
    kind = vote_kind(voting, vote)
    text: str | None = None
    refs: tuple[FootnoteRef, ...] = ()
    links: tuple[Link, ...] = ()
    if vote is not None and vote.get("class") != Class.NO_TEXT:
        outcome = find(vote, "a:outcome")
        text, refs, links = inline(r, outcome) if outcome is not None else Inline("")
    sides = {}
    for p in iterfind(st, f"a:conclusions/a:p[@class='{Class.VOTE_SIDE}']"):
        said = (_required(p, "a:inline", "the name of a side of the vote", r.file).get("refersTo") or "").lstrip("#")
        side = LIST_OF_ID.get(said)
        if side is None:
            raise UnresError(Problem("akn-malformed", f"{said[:40]!r} is no side of a vote (one of "
                                     f"{', '.join(LIST_OF_ID)})", line=p.sourceline, file=r.file))
        count = _whole_number(_required(p, "a:quantity", "the count of a side of the vote", r.file), "normalized",
                              "the count of a side of the vote", r.file)
        sides[side] = VoteSide(count, _organizations(p))
    if not sides and voting is not None:
        # A vote the document does not print: its lists are in meta only.
        for c in iterfind(voting, "a:count"):
            side = LIST_OF_ID.get((c.get("refersTo") or "").lstrip("#"))
            if side is None:
                raise UnresError(Problem("akn-malformed", f"{c.get('refersTo', '')[:40]!r} is no side of a vote",
                                         line=c.sourceline, file=r.file))
            voters = find(c, Un.clark(Un.VOTERS))
            sides[side] = VoteSide(_whole_number(c, "value", "the count of a side of the vote", r.file),
                                   () if voters is None else _organizations(voters))
    procedure = None if vote is None else vote.get(Un.clark(Un.PROCEDURE))
    return Vote(kind, text, refs, sides.get("in_favour"), sides.get("against"), sides.get("abstaining"),
                sides.get("non_voting"), sides.get("absent"), procedure, links)


def _organizations(el: Element) -> tuple[Member, ...]:
    return tuple(Member(text_of(o), iso_of_ref(o.get("refersTo"))) for o in iterfind(el, "a:organization"))

