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
from dataclasses import replace
from functools import partial

from lxml import etree

from ..langs import Lang, all_langs, lang, punctuation
from ..members import members, split_names
from ..model import (
    VOTE_SIDES,
    AgendaItem,
    Annex,
    FootnoteRef,
    Link,
    Meeting,
    Member,
    Metadata,
    OperativeParagraph,
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
from ..problems import Problem
from ..symbols import parse_number
from ..text.annexes import annex_number
from ..text.assemble import SESSION_MAX
from .paths import find, findall, iterfind
from .reading import (
    Element,
    Inline,
    Reading,
    annexes,
    body_author,
    body_from_symbol,
    conserve,
    container_ps,
    content,
    date,
    heading_text,
    inline,
    joined,
    language,
    meta_notes,
    normalized,
    note_at,
    number_format,
    numbered_after,
    operative_list,
    paragraphs_in,
    session_dates,
    table_container,
    text_of,
    title_inline,
    visible_length,
    vote_kind,
    without_notes,
)
from .vocabulary import (
    ADOPTED_BY,
    AGENDA_KEYWORD,
    BODY_OF_AUTHOR,
    OPENING_CLASSES,
    OPENING_CLASSES_DEFAULT,
    SIDE_OF_ID,
    SUBMITTED_BY,
    UN_OUTCOMES,
    A,
    Class,
    Concept,
    Name,
    Step,
    ref,
)


def read_un(st: Element, file: str | None) -> tuple[Resolution, list[Problem]]:
    """`st` is the resolution's statement, or the documentCollection of a resolution in parts, each
    part a component statement."""
    code = language(st, file)
    r = Reading(file, normalize=True, opening_classes=OPENING_CLASSES.get(code, OPENING_CLASSES_DEFAULT),
                number_in_text=lang(code).paragraph_number, annex_label=lang(code).patterns["annex"],
                annex_number=partial(annex_number, lang(code)),
                digit_labels=tuple((a, b) for a, seq, b in lang(code).label_styles if seq == "digits" and a))
    md = _metadata(r, st, code)
    agenda = _agenda(r, st)
    if st.tag == A + "documentCollection":
        preamble, operative, parts, vote, annex, md = _collection(r, st, lang(code), md)
        tables: tuple[Table, ...] = ()
    else:
        if md.meeting is None and (meeting := _body_meeting(st, lang(code))) is not None:
            md = replace(md, meeting=meeting)
        preamble, operative, tables = _preamble_and_body(r, st, lang(code))
        parts = _parts(r, st, lang(code))
        vote = _vote(r, st, lang(code))
        annex = annexes(r, st)
    if not operative and not parts:
        r.warn("akn-no-operative", "no operative paragraph in mainBody", st)
    meta_notes(r, st)
    res = Resolution(metadata=md, agenda_items=agenda, preamble=preamble, operative=operative, parts=parts,
                     footnotes=tuple(r.notes), vote=vote, annexes=annex, tables=tables)
    conserve(r, st, res)
    return res, r.warnings


def _collection(r: Reading, coll: Element, lg: Lang, md: Metadata):
    """A resolution in parts published as a document collection (A/RES/77/128 A-B): the collection
    has the cover page and the title; each component statement is a part (its preface gives the
    label and title), with its own preamble, paragraphs and conclusions. The model has one vote and
    one meeting: the first part's; another part's differing vote is reported."""
    parts: list[Part] = []
    annex: list[Annex] = []
    votes: list[tuple[Element, Vote]] = []
    root = coll.getparent()
    statements = [] if root is None else findall(root, "a:components/a:component/a:statement")
    for comp in statements:
        title, title_refs = title_inline(r, find(comp, "a:preface//a:docTitle"))  # its notes come first
        pre, ops, tables = _preamble_and_body(r, comp)
        preamble = list(pre.paragraphs)
        for section in _parts(r, comp):
            # A part's sections (I, II…): the model has one level of parts, so a section's label and
            # title head its first paragraph and its preambular paragraphs join the part's.
            head = " ".join(x for x in (section.label, section.title) if x)
            if section.operative and head:
                lead = section.operative[0]
                ops += (replace(lead, headings=(head, *lead.headings)), *section.operative[1:])
            elif section.operative:
                ops += section.operative
            elif head:
                r.warn("akn-heading-dropped", f"heading {head[:60]!r} of a section without paragraphs heads "
                       "nothing and was left out", comp)
                r.dropped += len("".join(head.split()))
            preamble += section.preamble
        label = _value(comp, "a:preface//a:docNumber") or ""
        parts.append(Part(label.rstrip(".").strip(), title, pre.formula, tuple(preamble), ops, title_refs, tables))
        votes.append((comp, _vote(r, comp, lg)))
        annex += annexes(r, comp)
    vote = votes[0][1] if votes else Vote()
    for comp, other in votes[1:]:
        if other != vote:
            conclusions = find(comp, "a:conclusions")
            if conclusions is not None:
                r.drop(conclusions, f"the vote of part {_value(comp, 'a:preface//a:docNumber')}")
    if statements:
        first = statements[0]
        md = replace(md, meeting=md.meeting or _meeting(first, lg),
                     adoption_date=md.adoption_date or date(r, find(first, "a:conclusions//a:docDate")))
    return Preamble(), (), tuple(parts), vote, tuple(annex), md


def _opener(r: Reading):
    """The opening phrase of a p: the span of the language's class (italic; bold in Chinese and Arabic)
    it starts with, when the text starts with its words; else `name` (a preambular container's
    @name), when the text starts with it."""
    def opening(p: Element, text: str, name: str = "") -> str | None:
        return _opening(p, text, name, r.opening_classes)
    return opening


def _opening(p: Element, text: str, name: str = "", classes: tuple[str, ...] = (Class.OPENING,)) -> str | None:
    span = next((c for c in p if c.tag == A + "span" and c.get("class") in classes), None)
    if span is not None and not (p.text or "").strip():
        phrase = normalized(text_of(span))
        if phrase and text.startswith(phrase):
            return phrase
    if name and text.startswith(name):
        return name
    return None


def _value(st: Element, path: str) -> str | None:
    el = find(st, path)
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
    adoption_date = date(r, find(st, "a:conclusions//a:docDate"))
    if adoption_date is None:
        adoption_date = date(r, find(st, "a:meta/a:identification/a:FRBRWork/a:FRBRdate"))
    issue = find(st, f"a:coverPage//a:docDate[@refersTo='{ref(Concept.ISSUE_DATE)}']")
    original = find(st, f"a:coverPage//a:inline[@name='{Name.ORIGINAL_LANGUAGE}']")
    origin = _value(st, "a:coverPage//a:docProponent")
    title, title_refs = title_inline(r, find(st, "a:preface//a:docTitle"))
    title_refs = _preface_notes(r, st, title, title_refs)
    return Metadata(
        symbol=symbol, language=code, body=body, body_name=_body_name(st), session=_session(r, st, code),
        resolution_number=_number(st, symbol), title=title, title_footnote_refs=title_refs,
        adoption_date=adoption_date, meeting=_meeting(st, lang(code)), job_number=_job_number(st),
        issue_date=date(r, issue),
        distribution=_distribution(_value(st, "a:coverPage//a:docStatus"), code),
        original_language=None if original is None else _original_language(text_of(original).strip()),
        origin=origin.strip().removeprefix("[").removesuffix("]").strip() or None if origin else None,
        draft_symbol=_step_as(r, st, Step.DRAFT), sponsors=_sponsors(st, Step.DRAFT),
        additional_sponsors=_sponsors(st, Step.ADDITIONAL_SPONSORS), subjects=_subjects(st),
        meeting_record=_step_as(r, st, Step.ADOPTED))


def _preface_notes(r: Reading, st: Element, title: str | None,
                   refs: tuple[FootnoteRef, ...]) -> tuple[FootnoteRef, ...]:
    """preface-note-on-title: a footnote the preface marks outside the title — on the letter of a
    resolution adopted in parts whose part B is published apart ("B¹": "Resolution 77/290 of 31 May
    2023 becomes resolution 77/290 A") — is a note on the document as its title names it, the nearest
    place the model has: read as a mark at the title's end (akn-note-moved), its note kept. Without a
    title it has no place (akn-dropped)."""
    notes = [n for n in iterfind(st, "a:preface//a:authorialNote")
             if not any(a.tag in (A + "docTitle", A + "authorialNote") for a in n.iterancestors())]
    if not notes:
        return refs
    if title is None:
        for note in notes:
            r.drop(note, "a footnote of the preface (\"… becomes resolution 77/290 A\")")
        return refs
    moved = list(refs)
    for note in notes:
        note_at(r, note, len(title), moved)
        r.warn("akn-note-moved", f"footnote {note.get('marker') or ''!r} of the preface, marked outside the title, "
               "is read as a note on the title (its mark moves to the title's end)", note)
    return tuple(moved)


# -- meta: the workflow and the classification ------------------------------------------------------
def _step(st: Element, outcome: str) -> Element | None:
    # The UN's files write the outcome without the "#" of a reference.
    return next((s for s in iterfind(st, "a:meta/a:workflow/a:step")
                 if (s.get("outcome") or "").lstrip("#") == outcome), None)


def _step_as(r: Reading, st: Element, outcome: str) -> str | None:
    """A step's @as when it is a document symbol ("A/C.3/77/L.14", "S/PV.9252"); the words some files
    give there instead ("informal paper", "Adopted without vote, 1st plenary meeting") are no symbol."""
    step = _step(st, outcome)
    value = None if step is None else (normalized(step.get("as") or "") or None)
    if value is not None and not _DOCUMENT_SYMBOL.fullmatch(value):
        if outcome == Step.DRAFT:
            r.warn("akn-dropped", f"the draft's symbol {value[:60]!r} is no document symbol and was left out", step)
        return None
    return value


# A document symbol as the schema has it: series, then steps ("A/C.3/77/L.14/Rev.1", "S/PV.9252").
_DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Za-z0-9.\-]{1,20}){1,5}(?: ?\([A-Za-z0-9 .]{1,30}\))?")


def _sponsors(st: Element, outcome: str) -> tuple[Member, ...]:
    """The States of a step's @by ("Albania, Australia … and Ukraine"), in English whatever the
    document's language; a body that submitted the draft ("submitted by the Special Committee …")
    is one sponsor under its own words."""
    step = _step(st, outcome)
    text = "" if step is None else normalized(step.get("by") or "")
    if not text:
        return ()
    if text.lower().startswith(SUBMITTED_BY):
        return (Member(text),)
    return tuple(Member(name, iso) for name, iso in split_names(text, lang("en").vote))


def _subjects(st: Element) -> tuple[Subject, ...]:
    """The classification keywords, each once (the UN repeats a term under each goal it serves),
    but the agenda item's."""
    out: dict[Subject, None] = {}
    for k in iterfind(st, "a:meta/a:classification/a:keyword"):
        if (k.get("refersTo") or "").lstrip("#") == AGENDA_KEYWORD:
            continue
        term = normalized(k.get("showAs") or k.get("value") or "")
        if term:
            out[Subject(term, normalized(k.get("dictionary") or "") or None, k.get("href") or None)] = None
    return tuple(out)


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
    auth = [el for el in iterfind(st, "a:coverPage//a:docAuthority")
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
    elif symbol and number and (body := body_from_symbol(symbol)) and parse_number(number, body) is None:
        # A preface number the body's grammar cannot read ("54/." in one file): a slip of the
        # printing; the symbol's number, when it reads, is the resolution's.
        from_symbol = _number_from_symbol(symbol)
        if from_symbol and parse_number(from_symbol, body) is not None:
            number = from_symbol
    # A resolution adopted in parts on different days (A/RES/77/263 B): its preface prints the
    # number without the letter, which the symbol, and so the number, carries.
    if symbol and number and not symbol.endswith(f"/{number}") and re.search(
            rf"/{re.escape(number)} ?[A-Z]$", symbol):
        number = _number_from_symbol(symbol)
    return number


def _number_from_symbol(symbol: str) -> str | None:
    m = re.search(r"/RES/(.+)$", symbol)
    return m.group(1) if m else None


def _job_number(st: Element) -> str | None:
    # In meta/presentation, with the language's letter after it: "23-20043 (E)".
    dk = find(st, "a:meta//a:docketNumber")
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


def _session(r: Reading, st: Element, code: str) -> Session | None:
    s = find(st, "a:coverPage//a:session")
    if s is None:
        return None
    try:
        number = int(s.get("value") or "")
    except ValueError:
        number = None
    label = None if s.get("class") == Class.UNLABELLED else normalized(text_of(s))
    printed = lang(code).ordinal(label) if label else None
    if number is not None and printed is not None and printed != number and printed <= SESSION_MAX:
        # session-value-against-label: the UN's files now and then give a value the printed label
        # contradicts (value "50" on "الدورة الخامسة والخمسون", the fifty-fifth: the Human Rights
        # Council's Arabic files of its 55th session): the printed resolution states the label.
        r.warn("akn-session-number", f"the session's value {number} contradicts its label {label!r}, which says "
               f"{printed}: read as {printed}", s)
        number = printed
    start, end = session_dates(r, st)
    if number is None and not label and start is None and end is None:
        return None  # an empty session element states no session (as a text without one)
    return Session(number, label or None, start, end)


def _meeting(st: Element, lg: Lang) -> Meeting | None:
    """The conclusions' location ("46th plenary meeting") or adoption meeting (the General Assembly's
    and ECOSOC's files: "<inline name="adoptionMeeting" title="46th">46th plenary meeting</inline>"),
    else the Security Council's cover ("at its <inline name="adoptionMeeting" title="9252nd">9252nd
    meeting</inline>")."""
    loc = find(st, "a:conclusions//a:location")
    for where in ("a:conclusions", "a:coverPage"):
        if loc is None or not (text_of(loc).strip() or loc.get("title")):
            loc = find(st, f"{where}//a:inline[@name='{Name.UN_ADOPTION_MEETING}']")
    if loc is None or not (text_of(loc).strip() or loc.get("title")):
        return None
    label = None if loc.get("class") == Class.UNLABELLED else normalized(text_of(loc))
    # The meeting's number is in @title, or else in its words ("46th meeting"), which may be all
    # words (meeting-in-words: "Primera sesión plenaria", title="Primera": the 1st).
    m = re.search(r"\d+", loc.get("title") or "") or re.search(r"\d+", label or "")
    number = int(m.group()) if m else lg.ordinal(loc.get("title") or label or "")
    return Meeting(number, label or None)


def _agenda(r: Reading, st: Element) -> tuple[AgendaItem, ...]:
    """The cover's agenda items: the number from @title, else from the words ("Point 111 de l'ordre du
    jour": a sub-item is letters in brackets or before a closing one — "111 d" is no reading of
    "111 de"); the item and sub-item read from it. The number is spaced as every text of the model
    is, whitespace normalised: @title's "19\u00a0(b)" is "19 (b)", as the cover prints it and as
    plain text gives it back."""
    items = []
    for el in iterfind(st, f"a:coverPage//a:inline[@name='{Name.UN_AGENDA_ITEM}']"):
        number = " ".join((el.get("title") or "").split())
        m = _AGENDA_NUMBER.fullmatch(number)
        if m is None:
            m = _AGENDA_NUMBER.search(" ".join(text_of(el).split()))
            number = m.group() if m else number
        if m is None:
            r.warn("akn-agenda", f"agenda item number {number!r} not understood", el)
            continue
        title = _value(st, f"a:coverPage//a:inline[@name='{Name.UN_AGENDA_ITEM_TITLE}']")
        items.append(AgendaItem(number, title, int(m.group(1)), m.group(2) or m.group(3)))
    return tuple(items)


# An item's number and its sub-item in any of the UN's scripts: Latin, Cyrillic or Arabic letters in
# brackets ("71 (b)", "71 (ب)", "125 (ز ز)") or before a closing bracket ("19 с)", "99 gg)"), after a
# space, a no-break space or nothing.
_LETTERS = r"[a-z]{1,2}|[\u0430-\u044f\u0451]{1,2}|[\u0621-\u064a]{1,3}(?:[ \u00a0][\u0621-\u064a]{1,3})?"
_AGENDA_NUMBER = re.compile(rf"(?<!\d)([0-9]{{1,4}})(?:[ \u00a0]?(?:\(({_LETTERS})\)|({_LETTERS})\)))?(?!\d)")


# -- preamble, parts ----------------------------------------------------------------------------------
def _preamble_and_body(r: Reading, st: Element, lg: Lang | None = None
                       ) -> tuple[Preamble, tuple[OperativeParagraph, ...], tuple[Table, ...]]:
    """The preamble, the operative paragraphs and the tables among them. Some files hold several
    preamble/mainBody pairs (a preambular paragraph marked up as a body of its own, then the preamble
    goes on): the preambles are read in order, and a mainBody that a preamble follows gives its
    unnumbered paragraphs to the preamble; the operative paragraphs are those of every mainBody.
    operative-table: a table between operative paragraphs (a budget resolution's staffing changes,
    `container[@name='table']`) stands after the paragraphs before it (model 1.3)."""
    formula, paras, operative = _blocks(r, st)
    if operative and lg is not None and _meeting_line(lg, operative[-1]) is not None:
        _meeting_paragraph_dropped(r, operative.pop())
    if lg is not None and not lg.openings.lower_case:
        paras = _lower_case_goes_on(paras)
    tables: list[Table] = []
    ops = operative_list(r, operative, _opener(r), unnumbered_is_wrap_up=True, tables=tables)
    read = len(ops)
    if lg is not None:
        paras, ops = _numbered_in_preamble(r, lg, paras, ops)
    paras, ops = _unnumbered_in_preamble(paras, ops)
    ops = _numbers_lost(r, ops)
    # (the rules above move paragraphs across the preamble's end only, at the operative part's head:
    # a table after the first n paragraphs read stands after n plus what they added)
    shift = len(ops) - read
    return Preamble(formula, tuple(paras)), ops, tuple(replace(t, position=max(0, t.position + shift)) for t in tables)


def _blocks(r: Reading, st: Element) -> tuple[str | None, list[PreambularParagraph], list[Element]]:
    """The formula and the preambular paragraphs of the preamble blocks, the operative paragraphs
    (and table containers) of the mainBody blocks, in order."""
    blocks = [c for c in st if c.tag in (A + "preamble", A + "mainBody")]
    formula = None
    paras: list[PreambularParagraph] = []
    operative: list[Element] = []
    for i, block in enumerate(blocks):
        if block.tag == A + "preamble":
            f = find(block, "a:formula")
            if formula is None and f is not None:
                formula = normalized(text_of(f)) or None
            paras += _preamble_containers(r, block)
            continue
        preamble_follows = any(b.tag == A + "preamble" for b in blocks[i + 1:])
        _body_block(r, block, preamble_follows, paras, operative)
    return formula, paras, operative


def _body_block(r: Reading, block: Element, preamble_follows: bool, paras: list[PreambularParagraph],
                operative: list[Element]) -> None:
    """A mainBody's paragraphs: the preamble's (its unnumbered ones when a preamble follows it, those
    before paragraph 1 that end as a preambular paragraph does) added to paras, the others to
    operative, its tables in place."""
    inside = paragraphs_in(block)
    leading = 0 if operative else _preambular_lead(r, inside)
    for k, para in enumerate(inside):
        if k < leading or (preamble_follows and _unnumbered(para) and find(para, "a:content") is not None):
            c = content(r, para)
            if c.text:
                paras.append(PreambularParagraph(c.text, _opener(r)(c.first_p, c.text) if c.first_p is not None
                                                 else None, c.refs, c.links))
            if k < leading:
                r.warn("akn-preamble-in-body", "an unnumbered paragraph before paragraph 1 ends as a preambular "
                       "paragraph does (with a comma): read as the preamble's last paragraph", para)
            continue
        operative.append(para)
    _tables_in_place(block, operative)
    _drop_unread(r, block)


def _meeting_paragraph_dropped(r: Reading, para: Element) -> None:
    """The last paragraph of mainBody that states the adoption meeting: its words are the model's
    meeting, which the body's count does not hold (reported, counted dropped)."""
    count = visible_length(para)
    r.dropped += count
    r.warn("akn-meeting-in-body", f"the last paragraph of mainBody, {normalized(text_of(para))!r}, is the "
           "adoption meeting, read as the meeting (or left out where the conclusions state it)", para)


def _tables_in_place(body: Element, operative: list[Element]) -> None:
    """The table containers of a mainBody put among its operative paragraphs, in document order."""
    containers = [c for c in body if table_container(c)]
    if not containers:
        return
    order = {el: k for k, el in enumerate(body.iter(A + "paragraph", A + "hcontainer", A + "container"))}
    operative += containers
    operative.sort(key=lambda el: order.get(el, -1))


def _numbers_lost(r: Reading, ops: tuple[OperativeParagraph, ...]) -> tuple[OperativeParagraph, ...]:
    """numbers-lost: the first n-1 operative paragraphs unnumbered, each ending as an operative
    paragraph ends (a semicolon or a full stop, never a preambular comma), before paragraph n: the
    file lost their numbers (1 … n-1), which the printed resolution and plain text give them."""
    j = next((i for i, o in enumerate(ops) if o.number is not None), None)
    if not j or not (ops[j].number or "").isdigit() or int(ops[j].number or 0) != j + 1:
        return ops
    if any(o.headings or o.text.rstrip()[-1:] not in _OPERATIVE_ENDS for o in ops[:j]):
        return ops
    r.invented += sum(len(str(k + 1)) for k in range(j))  # (numbers the file does not print)
    r.warn("akn-number-lost", f"the {j} operative paragraph{'s' if j > 1 else ''} before paragraph {j + 1} "
           f"{'have' if j > 1 else 'has'} no number: numbered 1{f' … {j}' if j > 1 else ''}")
    return (*(replace(o, number=str(k + 1)) for k, o in enumerate(ops[:j])), *ops[j:])


_OPERATIVE_ENDS = frozenset(punctuation("semicolon", "full_stop"))


def _unnumbered_in_preamble(paras: list[PreambularParagraph], ops: tuple[OperativeParagraph, ...]) -> tuple[
        list[PreambularParagraph], tuple[OperativeParagraph, ...]]:
    """unnumbered-in-preamble: in a resolution whose operative paragraphs are unnumbered, the
    preambular containers from the first that does not end with a comma on ("… urges all countries …
    to ensure …:", marked up as a container of the preamble in some language versions of a
    collection) are its first operative paragraphs, as unnumbered-operative reads plain text."""
    if not ops or any(o.number is not None for o in ops):
        return paras, ops
    k = next((i for i, p in enumerate(paras) if p.text.rstrip()[-1:] not in _COMMAS), len(paras))
    if any(p.text.rstrip()[-1:] in _COMMAS for p in paras[k:]):
        return paras, ops  # (a slip of punctuation in the preamble: unnumbered-boundary's case)
    moved = tuple(OperativeParagraph(None, p.text, p.opening, p.footnote_refs, links=p.links) for p in paras[k:])
    return paras[:k], (*moved, *ops)


def _numbered_in_preamble(r: Reading, lg: Lang, paras: list[PreambularParagraph],
                          ops: tuple[OperativeParagraph, ...]) -> tuple[list[PreambularParagraph],
                                                                        tuple[OperativeParagraph, ...]]:
    """numbered-in-preamble: the last preambular containers of some files (the General Assembly's
    Chinese) hold the first operative paragraphs, their numbers typed into the text ("1. 表示赞赏…",
    "2. 请秘书长…"), the body going on with paragraph 3: they are operative paragraphs 1 and 2, as
    printed and as plain text reads them."""
    first = ops[0].number if ops else None
    if not (first and first.isdigit() and int(first) > 1):
        return paras, ops
    k, want = len(paras), int(first) - 1
    while k and want and (m := lg.paragraph_number.match(paras[k - 1].text)) and int(m["num"]) == want:
        k, want = k - 1, want - 1
    if want:  # (only a run down to paragraph 1)
        return paras, ops
    moved = []
    for p in paras[k:]:
        m = lg.paragraph_number.match(p.text)
        assert m is not None
        cut, number = m.end(), m["num"]
        r.typed_number_format += len("".join(m.group().split())) - len(number)
        moved.append(OperativeParagraph(number, p.text[cut:], p.opening,
                                        tuple(FootnoteRef(x.marker, max(0, x.offset - cut)) for x in p.footnote_refs),
                                        links=tuple(Link(max(0, x.offset - cut), x.length, x.href) for x in p.links)))
    return paras[:k], (*moved, *ops)


def _lower_case_goes_on(paras: list[PreambularParagraph]) -> list[PreambularParagraph]:
    """preamble-lower-case-goes-on: in a language whose preambular paragraphs open with a capital, a
    container whose text starts in lower case after a paragraph ending with a comma is that
    paragraph's last clause, which the UN's files of some languages mark up apart ("…," / "et
    soulignant la nécessité …," after a list of items, the French and Spanish Security Council
    files): read into its text one space apart, as plain text reads it (lowercase-after-comma)."""
    out: list[PreambularParagraph] = []
    for p in paras:
        if out and p.text[:1].islower() and out[-1].text.rstrip()[-1:] in _COMMAS:
            before = out[-1]
            shift = len(before.text) + 1
            out[-1] = replace(before, text=f"{before.text} {p.text}",
                              footnote_refs=(*before.footnote_refs,
                                             *(FootnoteRef(x.marker, x.offset + shift) for x in p.footnote_refs)),
                              links=(*before.links, *(Link(k.offset + shift, k.length, k.href) for k in p.links)))
            continue
        out.append(p)
    return out


def _meeting_line(lg: Lang, para: Element) -> Meeting | None:
    """meeting-in-body: the UN's files (the General Assembly's Arabic ones) now and then put the
    adoption meeting at the end of mainBody, as an unnumbered paragraph ("الجلسة العامة (المستأنفة)
    56"), beside the conclusions or in their place: a paragraph the language's meeting pattern reads
    whole is no operative paragraph. The meeting it states, or None."""
    if not _unnumbered(para) or find(para, ".//a:authorialNote") is not None:
        return None
    m = lg.match("meeting", normalized(text_of(para)))
    return None if m is None else Meeting(int(m["number"]), m["label"])


def _body_meeting(st: Element, lg: Lang) -> Meeting | None:
    """The meeting a paragraph at the end of mainBody states (meeting-in-body), or None."""
    body = find(st, "a:mainBody")
    paras = [] if body is None else paragraphs_in(body)
    return _meeting_line(lg, paras[-1]) if paras else None


def _unnumbered(para: Element) -> bool:
    return para.tag == A + "paragraph" and find(para, "a:num") is None and find(para, "a:list") is None


def _preambular_lead(r: Reading, paragraphs: list[Element]) -> int:
    """preamble-in-body: how many paragraphs at the head of the operative part are the preamble's
    last ones. The UN's files now and then put the last preambular paragraph ("Acting under Chapter
    VII of the Charter of the United Nations,", "وإذ يشدد …،") in mainBody, unnumbered, before
    paragraph 1: a text ending in a comma, as preambular paragraphs end and operative ones and
    headings never do, followed by a numbered paragraph (its num, or its number typed in the text),
    headings between them aside ("根据《联合国宪章》第七章采取行动，" / "政治局势" / "1. …")."""
    lead = 0
    for para in paragraphs:
        if not _unnumbered(para):
            break
        # (its words without its footnotes' text: "… thereon,¹" ends with the comma)
        text = normalized(without_notes(para))
        if not text or text[-1] not in _COMMA or (r.number_in_text is not None and r.number_in_text.match(text)):
            break
        lead += 1
    return lead if lead and numbered_after(r, paragraphs, lead - 1) else 0


_COMMA = frozenset(punctuation("comma"))
_COLONS = tuple(punctuation("colon"))  # a consideration that ends with one announces items
_COMMAS = frozenset(punctuation("comma"))


def _drop_unread(r: Reading, body: Element) -> None:
    """What a mainBody holds besides paragraphs, headings and parts: tables and loose p (the model's
    operative part has no place for them)."""
    for el in body:
        if isinstance(el.tag, str) and el.tag not in (A + "paragraph", A + "hcontainer", A + "section") and (
                not table_container(el)):
            what = "a table" if find(el, ".//a:table") is not None or el.tag == A + "table" else (
                f"a {etree.QName(el).localname}")
            r.drop(el, f"{what} in the operative part")


def _preamble_containers(r: Reading, pre: Element) -> list[PreambularParagraph]:
    paras = []
    for c in pre:
        if c.tag == A + "p":  # a preambular paragraph without its container
            ps = [c]
        elif c.tag == A + "container":
            ps = container_ps(r, c)
            for t in iterfind(c, "a:table"):
                r.drop(t, "a table in a preambular paragraph")
        else:
            continue
        if not ps:
            continue
        text, refs, links = joined(r, ps)
        if not text:
            r.warn("akn-empty-container", "empty preambular paragraph skipped", c)
            continue
        paras.append(PreambularParagraph(text, _opener(r)(ps[0], text, normalized(c.get("name") or "")), refs, links))
    return paras


def _parts(r: Reading, st: Element, lg: Lang | None = None) -> tuple[Part, ...]:
    """The sections of mainBody as parts; with `lg`, a part without a label gets one (_labelled)."""
    sections = [el for body in iterfind(st, "a:mainBody") for el in body if el.tag == A + "section"]
    parts = tuple(_part(r, el, lg) for el in sections)
    return parts if lg is None else _labelled(r, parts, sections, lg)


def _labelled(r: Reading, parts: tuple[Part, ...], sections: list[Element], lg: Lang) -> tuple[Part, ...]:
    """part-label-by-position: a section printed without a label (no num, no subheading: the UN's
    files of resolutions in parts, now and then) — the model's parts always have one — is given the
    label of its position in the language's sequence (A, B…; ألف، باء…), with a warning that says
    the file does not print it; a part beyond the sequence's end gets its position in digits."""
    sequence = lg.part_labels
    out = []
    for i, (part, section) in enumerate(zip(parts, sections, strict=True)):
        if part.label:
            out.append(part)
            continue
        # (a section headed by its title alone is numbered as the UN numbers such sections: I, II…)
        seq = (lg.section_labels or sequence) if part.title else sequence
        label = seq[i] if i < len(seq) else str(i + 1)
        r.warn("akn-part-label", f"part {i + 1} has no label in the file: labelled {label!r}, its position in "
               "the language's sequence", section)
        r.invented += len("".join(label.split()))
        out.append(replace(part, label=label))
    return tuple(out)


def _part(r: Reading, el: Element, lg: Lang | None = None) -> Part:
    # section: subheadings (label, title), crossHeadings (the preamble), paragraphs.
    children = [c for c in el if c.tag in (A + "crossHeading", A + "paragraph")]
    heads = _part_heads(r, el, children)
    if lg is not None and find(el, "a:num") is None and heads and _no_label(lg, heads[0]):
        heads.insert(0, "")  # (labelled by its position: _labelled)
    last_cross = max((i for i, c in enumerate(children) if c.tag == A + "crossHeading"), default=-1)
    preamble = _items_joined([(_part_preambular(r, c), c.tag == A + "paragraph" and find(c, "a:num") is not None)
                              for c in children[:last_cross + 1]])
    operative = operative_list(r, children[last_cross + 1:], _opener(r), unnumbered_is_wrap_up=True)
    if len(heads) > 2 and operative:
        # More subheadings than a label and a title ("A. Base/floor salary scale"): they head the
        # first paragraph.
        operative = (replace(operative[0], headings=(*heads[2:], *operative[0].headings)), *operative[1:])
    elif len(heads) > 2:
        r.warn("akn-heading-dropped", f"heading {heads[2][:60]!r} of a part without paragraphs heads nothing and "
               "was left out", el)
        r.dropped += sum(len("".join(h.split())) for h in heads[2:])
    return Part(heads[0] if heads else "", heads[1] if len(heads) > 1 else None, None, preamble, operative)


def _part_heads(r: Reading, el: Element, children: list[Element]) -> list[str]:
    """A part's label, title and further subheadings. The label is the num, else the first subheading;
    the title the heading, else the next subheading. (Paragraphs read as its label and title are
    taken out of children.)"""
    heads = [heading_text(r, h) for h in findall(el, "a:subheading")]
    for tag in ("a:heading", "a:num"):
        found = find(el, tag)
        if found is not None:
            heads.insert(0 if tag == "a:num" else min(1, len(heads)), normalized(text_of(found)))
    # A section whose label and title are marked up as its first paragraphs, unnumbered, in bold
    # ("أولا" / "Activities of …" in the Arabic files): they are its label and title.
    while not heads[1:] and children and _is_heading_text(children[0]) and (heads or len(children) > 1):
        heads.append(normalized(text_of(children.pop(0))))
    return heads


# The longest label a part has in the schema (resolution.schema.json, Part.label's maxLength).
PART_LABEL_MAX = 12


def _no_label(lg: Lang, head: str) -> bool:
    """section-titled-alone: a section without a num whose first subheading is longer than any label
    and none of the language's part or section labels ("Pension Administration") is headed by its title
    alone — the title, not the label it was once read as (the schema refused it, and the document with
    it); _labelled gives it the label of its position, as the text reader does (parts-headed-by-title)."""
    return len(head) > PART_LABEL_MAX and head not in lg.part_labels and head not in lg.section_labels


def _part_preambular(r: Reading, c: Element) -> PreambularParagraph:
    if c.tag == A + "crossHeading":
        text, refs, links = joined(r, [c])
        return PreambularParagraph(text, _opener(r)(c, text), refs, links)
    return _lettered_consideration(r, c)


def _is_heading_text(el: Element) -> bool:
    """An unnumbered paragraph whose text is all in bold spans: a heading marked up as a paragraph."""
    if el.tag != A + "paragraph" or find(el, "a:num") is not None:
        return False
    ps = findall(el, "a:content/a:p")
    return (len(ps) == 1 and not (ps[0].text or "").strip() and len(ps[0]) > 0
            and all(c.tag == A + "span" and "bold" in (c.get("class") or "") and not (c.tail or "").strip()
                    for c in ps[0]))


def _items_joined(paras: list[tuple[PreambularParagraph, bool]]) -> tuple[PreambularParagraph, ...]:
    """preamble-items: lettered considerations ("(a) That …,", marked up as numbered paragraphs) after
    a preambular paragraph that ends with a colon ("Noting with satisfaction:") are its items, read
    into its text as the text reader reads them and as a list inside a container is read."""
    out: list[PreambularParagraph] = []
    in_items = False
    for para, lettered in paras:
        if out and lettered and (in_items or out[-1].text.rstrip().endswith(_COLONS)):
            before = out[-1]
            shift = len(before.text) + 1
            out[-1] = replace(before, text=f"{before.text} {para.text}",
                              footnote_refs=(*before.footnote_refs,
                                             *(FootnoteRef(x.marker, x.offset + shift) for x in para.footnote_refs)),
                              links=(*before.links, *(Link(k.offset + shift, k.length, k.href) for k in para.links)))
            in_items = True
            continue
        out.append(para)
        in_items = False
    return tuple(out)


def _lettered_consideration(r: Reading, c: Element) -> PreambularParagraph:
    # Lettered considerations between the part's preambular paragraphs ("(a) That …,"); a heading
    # among them ("B. Evolution of the margin") is read as its words.
    num = find(c, "a:num")
    label = normalized(text_of(num)) if num is not None else ""
    if num is not None:
        r.kept_format += number_format(c, num)  # the model keeps the label, which the count takes for a format
    body = content(r, c)
    if not body.text and not body.subs:
        words = " ".join(heading_text(r, h) for h in c if h.tag in (A + "heading", A + "subheading"))
        return PreambularParagraph(normalized(f"{label} {words}") or label)
    shift = len(label) + 1 if label else 0
    return PreambularParagraph(f"{label} {body.text}" if label else body.text, None,
                               tuple(FootnoteRef(x.marker, x.offset + shift) for x in body.refs))


# -- the vote: the sentence from the conclusions, counts from meta, members from the conclusions' lists --
def _vote(r: Reading, st: Element, lg: Lang) -> Vote:
    voting = find(st, "a:meta/a:analysis/a:parliamentary/a:voting")
    vote = find(st, "a:conclusions//a:vote")
    kind, procedure = _vote_type(st, voting, vote)
    text: str | None = None
    refs: tuple[FootnoteRef, ...] = ()
    links: tuple[Link, ...] = ()
    lists: dict[str, list[Member]] = {}
    outer = find(vote, "a:outcome") if vote is not None else None
    if outer is not None:
        text, refs, links = _outcome_sentence(r, outer)
        lists = _side_lists(outer, lg)
    counts, meta_members = _meta_counts(r, voting) if voting is not None else ({}, {})
    # printed-count: the count the resolution prints (the sentence's quantity) is the count; the
    # meta's is a copy, which now and then lost a voter (a side of three printed "3", counted 2).
    counts.update(_printed_counts(outer) if outer is not None else {})
    if kind == "unknown" and counts:
        kind = _kind_of_counts(st, counts)
    if kind not in ("recorded", "unanimous"):
        return Vote(kind, text or None, refs, procedure=procedure, links=links if text else ())
    sides: dict[str, VoteSide | None] = {}
    for side in VOTE_SIDES:
        listed = lists.get(side) or meta_members.get(side) or []
        if kind == "unanimous" and side not in counts and not listed:
            sides[side] = None  # all in favour: nothing else is counted
            continue
        count = counts.get(side, len(listed))
        if listed and len(listed) != count:
            r.warn("vote-count-mismatch", f"{side}: count {count} but {len(listed)} members listed", voting)
        sides[side] = VoteSide(count, tuple(listed))
    return Vote(kind, text or None, refs, sides["in_favour"], sides["against"], sides["abstaining"],
                procedure=procedure, links=links if text else ())


def _kind_of_counts(st: Element, counts: dict[str, int]) -> str:
    """The vote type of counts in meta with no word of how (the Security Council's files): in favour
    alone, none counted against or abstaining, and an adoption step that says nothing ("Adopted
    14-0-1" would), is a unanimous vote, as the versions that print "Adopted unanimously" say of the
    same counts (S/RES/2663 (2022): the Chinese file has the counts, not the words); else recorded."""
    step = _step(st, Step.ADOPTED)
    said = normalized(step.get("by") or "") if step is not None else ""
    return "unanimous" if set(counts) == {"in_favour"} and not said else "recorded"


def _vote_type(st: Element, voting: Element | None, vote: Element | None) -> tuple[str, str | None]:
    """The vote type and how the votes were cast: meta's voting/@outcome (a concept name, or the
    UN's words: "VOTING BY MAIL", "Adopted by consensus"), else the conclusions' vote, else the words
    of the adoption step ("Adopted unanimously; voting by mail", "Adopted without vote, 8808th meeting")."""
    outcome = "" if voting is None else (voting.get("outcome") or "")
    kind = vote_kind(voting, None) if voting is not None else "unknown"
    if kind == "unknown" and vote is not None:
        kind = vote_kind(None, vote)
    words_kind, procedure = UN_OUTCOMES.get(outcome, (None, None))
    kind = words_kind or kind
    step = _step(st, Step.ADOPTED)
    said = normalized(step.get("by") or "") if step is not None else ""
    if kind == "unknown":
        kind = next((k for words, k in ADOPTED_BY.items() if said.startswith(words)), kind)
    return kind, procedure


def _side_lists(outer: Element, lg: Lang) -> dict[str, list[Member]]:
    """The members each side lists in the conclusions: an outcome per side inside the vote's outcome."""
    lists = {}
    for sub in iterfind(outer, "a:outcome"):
        side = SIDE_OF_ID.get((sub.get("refersTo") or "").lstrip("#"))
        if side:
            names = " ".join(" ".join(o.itertext()) for o in iterfind(sub, "a:organization"))
            lists[side] = [Member(name, iso) for name, iso in split_names(names, lg.vote)]
    return lists


def _printed_counts(outer: Element) -> dict[str, int]:
    """The count of each side the vote's sentence prints: quantity/@normalized, by its refersTo."""
    counts = {}
    for q in outer.iter(A + "quantity"):
        side = SIDE_OF_ID.get((q.get("refersTo") or "").lstrip("#"))
        value = (q.get("normalized") or "").strip()
        if side is not None and value.isascii() and value.isdigit():
            counts[side] = int(value)
    return counts


def _meta_counts(r: Reading, voting: Element) -> tuple[dict[str, int], dict[str, list[Member]]]:
    counts: dict[str, int] = {}
    voters: dict[str, list[Member]] = {}
    for c in iterfind(voting, "a:count"):
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
    text, refs, links = inline(r, clone)
    # The printed brackets are the layout's, not the sentence's: offsets move with the opening one.
    shift = 0
    if text.startswith("["):
        shift = len(text) - len(text[1:].lstrip())
        text = text[shift:]
    text = re.sub(r"\]\s*\.?$", "", text).strip()
    return Inline(text, tuple(FootnoteRef(x.marker, max(0, min(x.offset - shift, len(text)))) for x in refs),
                  tuple(Link(max(0, k.offset - shift), k.length, k.href) for k in links
                        if k.offset - shift + k.length <= len(text)))
