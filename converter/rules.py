"""The semantic rules of the spec: what a valid resolution must satisfy beyond its JSON Schema.

Each rule has a stable code (listed in RULES and documented in schema/SPEC.md). The checks read
the model only; they never mutate it and never raise on a well-typed model.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import fields, is_dataclass
from typing import Any

from .labels import continues, core, is_bullet, positions
from .langs import numbering, punctuation
from .members import key, members
from .model import AGENDA_NUMBER, Marked, OperativeParagraph, Resolution, SubParagraph, Table, refs_pointer
from .problems import Problem
from .symbols import Identifier, normalized_as_parsed, parse_number, parse_symbol

RULES = {
    "operative-number-sequence": "operative paragraphs are numbered 1..n without gaps or repeats, "
    "or none is numbered (older Security Council resolutions); the numbering may start again at 1 under "
    "a heading (sections numbered on their own), and unnumbered paragraphs may follow one whose text "
    "ends with a colon (the text it quotes), or lead in to paragraph 1 with such a text",
    "part-label-sequence": "the parts of a resolution are labelled in order: A, B, C…; I, II, III…; "
    "ألف، باء، جيم…; أولا، ثانيا…; 一, 二…",
    "opening-not-prefix": "a paragraph's opening phrase is the beginning of its text",
    "subparagraph-label-sequence": "sub-paragraph labels of one list run in order: (a), (b)…; (i), (ii)…",
    "wrap-up-without-list": "only a paragraph with sub-paragraphs has a wrap-up (the text that closes its list)",
    "footnote-ref-dangling": "every footnote reference has a footnote with its marker",
    "footnote-unreferenced": "every footnote is referenced at least once",
    "footnote-duplicate-marker": "footnote markers are unique",
    "footnote-order": "footnotes are listed in the order of their first references",
    "footnote-ref-offset": "a footnote reference offset lies within its text (0..len(text))",
    "vote-count-mismatch": "a recorded vote's count equals the length of its member list, when the list is given",
    "vote-member-duplicate": "no member appears twice in one vote",
    "vote-unknown-member": "every iso3 in a vote is a United Nations Member State",
    "vote-unresolved-member": "every voting member name resolves to an ISO code (warning)",
    "vote-exceeds-body": "a vote's counts fit the membership of the body (HRC 47, SC 15, ECOSOC 54, GA 193)",
    "symbol-body-mismatch": "the symbol's prefix agrees with the body (A/RES, A/HRC/RES, S/RES, E/RES)",
    "symbol-number-mismatch": "the symbol ends with the resolution number",
    "date-invalid": "every date is a real calendar date",
    "session-dates-order": "a session starts on or before the day it ends",
    "adoption-outside-session": "the adoption date lies within the session's dates (warning)",
    "symbol-session-mismatch": "the session's type and number agree with the symbol (ES-10/22: emergency special "
    "session 10; 181(II): session 2)",
    "symbol-normalized": "normalized_symbol is the symbol in its canonical spelling",
    "agenda-item-mismatch": "an agenda item's item and sub_item are what its printed number says",
    "vote-unanimous-dissent": "a unanimous vote has nobody against and nobody abstaining",
    "vote-member-period": "a former Member State is listed only for a date within its membership",
    "sponsor-unknown-state": "every sponsor's code is that of a Member State, a former one or an observer State",
    "link-range": "a link's run lies within its text (offset + length <= len(text))",
    "link-overlap": "the links of one text do not overlap and are listed in text order",
    "annex-table-position": "a table's position is at most the number of its annex's paragraphs, and tables are "
                            "listed in the order of their positions",
    "table-position": "a table's position among operative paragraphs is at most their number (the resolution's or "
                      "its part's), and tables are listed in the order of their positions",
    "xml-illegal-character": "no string holds a character XML 1.0 cannot carry (NUL and other C0 controls but tab, "
    "line feed and carriage return; U+FFFE, U+FFFF; lone surrogates)",
    "integer-type": "every integer field holds an integer, not a number with a fraction part (3, not 3.0)",
}

BODY_SIZE = {"HRC": 47, "SC": 15, "ECOSOC": 54, "GA": 193}
SYMBOL_PREFIX = {"GA": "A/RES/", "HRC": "A/HRC/RES/", "SC": "S/RES/", "ECOSOC": "E/RES/"}


def check(res: Resolution, *, scalars: bool = True) -> list[Problem]:
    """Every rule's problems. `scalars=False`: the caller has shown that no scalar of the model is a
    float or holds a character XML cannot carry (checks.model_problems, from the JSON data)."""
    problems: list[Problem] = []
    if scalars:
        problems += _values(res)
    # The nodes whose texts carry footnote marks and links, walked once for the footnotes' rules
    # (twice: references, their order) and the links'.
    marked = res.marked()
    problems += _operative_numbers(res)
    problems += _parts(res)
    problems += _openings(res)
    problems += _labels(res)
    problems += _footnotes(res, marked)
    problems += _vote(res)
    problems += _symbol(res)
    problems += _agenda(res)
    problems += _sponsors(res)
    problems += _links(res, marked)
    problems += _annexes(res)
    problems += _dates(res)
    return problems


# Characters XML 1.0 cannot carry. The JSON Schema refuses all but the lone surrogates, which no
# pattern portable across regex engines can name; this rule refuses them all.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _values(res: Resolution) -> list[Problem]:
    problems: list[Problem] = []
    _scan_values(res, "", problems)
    return problems


def _scan_values(node: Any, pointer: str, problems: list[Problem]) -> None:
    """Every scalar of the model in document order (fields in order, depth first), each pointer
    made only for a problem: strings XML cannot carry, and numbers with a fraction where the field
    is an integer (an item of a tuple is a string by the model)."""
    for name, integer in _annotated_fields(type(node)) or ():
        value = getattr(node, name)
        if _annotated_fields(type(value)) is not None:
            _scan_values(value, f"{pointer}/{name}", problems)
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if _annotated_fields(type(item)) is not None:
                    _scan_values(item, f"{pointer}/{name}/{i}", problems)
                elif isinstance(item, str) and (m := _XML_ILLEGAL.search(item)):
                    problems.append(_illegal(m, f"{pointer}/{name}/{i}"))
        elif isinstance(value, str):
            if m := _XML_ILLEGAL.search(value):
                problems.append(_illegal(m, f"{pointer}/{name}"))
        elif integer and value is not None and (type(value) is not int):
            # JSON Schema counts 3.0 as an integer; a count or an offset written so is still a slip.
            problems.append(Problem("integer-type", f"{value!r} is not an integer", pointer=f"{pointer}/{name}"))


def _illegal(m: re.Match[str], pointer: str) -> Problem:
    return Problem("xml-illegal-character", f"U+{ord(m.group()):04X} at index {m.start()} cannot be carried by "
                   "XML 1.0", pointer=pointer)


def _annotated_fields(cls: type) -> tuple[tuple[str, bool], ...] | None:
    """(name, whether the field is an integer) of each field of a model class; None for any other
    class. Once per class: dataclasses.fields() and is_dataclass() per node were most of the cost."""
    try:
        return _FIELDS[cls]
    except KeyError:
        found = _FIELDS[cls] = tuple((f.name, str(f.type).split(" | ")[0] == "int") for f in fields(cls)) \
            if is_dataclass(cls) else None
        return found


_FIELDS: dict[type, tuple[tuple[str, bool], ...] | None] = {}


def _operative_numbers(res: Resolution) -> list[Problem]:
    problems = []
    colons = tuple(punctuation("colon"))
    for pointer, paragraphs in res.operative_lists():
        if all(p.number is None for p in paragraphs):
            continue
        expected, quoting = 1, False
        for i, p in enumerate(paragraphs):
            if p.number is None and (quoting or (expected == 1 and _announces(p, colons))):
                # quoted matter: the unnumbered paragraphs after one that announces them ("decides to
                # amend article 10 to read as follows:") are the text it quotes (A/RES/77/256 A); and a
                # lead-in before paragraph 1 that announces them ("Resolves that, for 2023:" of the
                # budget resolutions, A/RES/77/264, 77/266).
                continue
            if p.number == "1" and p.headings and i:
                # sections numbered on their own: the numbering starts again under a heading (budget
                # and common-system resolutions, A/RES/77/256 B: "I …" 1–5, "II … A." 1–4, "B." 1–2).
                expected = 1
            if p.number != str(expected):
                problems.append(Problem("operative-number-sequence",
                                        f"operative paragraph {i + 1} is numbered {p.number!r}, expected '{expected}'",
                                        pointer=f"{pointer}/{i}/number"))
                break
            expected += 1
            quoting = _announces(p, colons)
    return problems


def _announces(p: OperativeParagraph, colons: tuple[str, ...]) -> bool:
    """A paragraph without sub-paragraphs whose text ends with a colon announces what follows."""
    return not p.subparagraphs and p.text.rstrip().endswith(colons)


def _parts(res: Resolution) -> list[Problem]:
    if not res.parts:
        return []
    labels = [p.label for p in res.parts]
    # A symbol for some of the parts (A/RES/75/254 B-C) makes its first part the first label.
    parsed = parse_symbol(res.metadata.symbol) if res.metadata.symbol else None
    first_part = parsed.part.split("-")[0] if parsed and parsed.part else None
    found: list[Problem] = []
    # "I" is a Latin capital and a roman numeral: the labels are in order if one sequence has them so.
    for sequence in numbering()["parts"].values():
        if labels[0] not in sequence:
            continue
        start = sequence.index(first_part) if first_part in sequence and labels[0] == first_part else 0
        problem = None
        for i, label in enumerate(labels):
            k = start + i
            if k >= len(sequence) or label != sequence[k]:
                problem = Problem("part-label-sequence", f"part {i + 1} is labelled {label!r}, expected "
                                  f"{sequence[k]!r}" if k < len(sequence) else f"too many parts ({len(labels)})",
                                  pointer=f"/parts/{i}/label")
                break
        if problem is None:
            return []
        found.append(problem)
    if found:
        # Report against the sequence the labels follow furthest.
        return [max(found, key=lambda p: int((p.pointer or "/parts/0").split("/")[2]))]
    return [Problem("part-label-sequence", f"part label {labels[0]!r} does not start a known sequence "
                    "(A, B, C…; I, II, III…; ألف، باء، جيم…; أولا، ثانيا…; 一, 二…)", pointer="/parts/0/label")]


def _openings(res: Resolution) -> list[Problem]:
    problems = []
    for lists in (res.preambular_lists(), res.operative_lists()):
        for where, items in lists:
            for i, p in enumerate(items):
                if p.opening is not None and not p.text.startswith(p.opening):
                    problems.append(Problem("opening-not-prefix", f"opening {p.opening!r} is not how the text "
                                            "begins", pointer=f"{where}/{i}/opening"))
    return problems


def _labels(res: Resolution) -> list[Problem]:
    problems = []

    def visit(pointer: str, subs: tuple[SubParagraph, ...], text: str = "", run_on: str = ""):
        labels = [s.label for s in subs]
        # list-without-intro: a paragraph printed as its number and a list ("58. (a) Requests … (b) …")
        # is read with the first point's words as its text: its list runs on from that label.
        # The items right after that label, up to the one that continues it, are its point's own
        # ("58. (a) Requests … on: – … – … (b) Also requests …": S/RES/2605 (2021); "11. (a) Expresses
        # concern … (i) … (iv) … (b) …": S/RES/2592 (2021)); the list runs on after them.
        lead = text.split(" ", 1)[0]
        own = next((k for k, lb in enumerate(labels) if continues(lead, lb)),
                   next((k for k, lb in enumerate(labels) if not is_bullet(lb)), len(labels))) if lead else 0
        rest = labels[own:]
        if (rest and lead and _decoration(lead) and _decoration(lead) == _decoration(rest[0])
                and (led := positions([lead, *rest])) is not None and led[1][0] == 1):
            labels, skip = [lead, *rest], 1 - own
        else:
            skip = 0
        if labels and run_on and continues(run_on, labels[0]):
            # run-on lettering: the lists under successive items of a list may letter on from the one
            # before ("(i) … (a)–(f)", "(ii) … (g)–(k)": S/RES/2666 (2022) in its six languages).
            for i, (a, b) in enumerate(zip(labels, labels[1:], strict=False), start=1):
                if not continues(a, b):
                    problems.append(Problem("subparagraph-label-sequence", f"label {b!r} does not follow {a!r}",
                                            pointer=f"{pointer}/subparagraphs/{i}/label"))
                    break
        elif labels and not all(is_bullet(lb) for lb in labels):
            found = positions(labels)
            if found is None:
                problems.append(Problem("subparagraph-label-sequence",
                                        f"label {labels[0]!r} is not the start of a known numbering sequence",
                                        pointer=f"{pointer}/subparagraphs/0/label"))
            else:
                for i, pos in enumerate(found[1]):
                    if pos != i + 1:
                        problems.append(Problem("subparagraph-label-sequence",
                                                f"label {labels[i]!r} is out of order (position {i + 1} "
                                                f"of a {found[0]} list)",
                                                pointer=f"{pointer}/subparagraphs/{i - skip}/label"))
                        break
        last = ""  # the last label of the list under the item before
        for i, s in enumerate(subs):
            if s.subparagraphs:
                visit(f"{pointer}/subparagraphs/{i}", s.subparagraphs, run_on=last)
                last = s.subparagraphs[-1].label

    # (A paragraph without sub-paragraphs has no label to check: not visited.)
    for i, annex in enumerate(res.annexes):
        for j, ap in enumerate(annex.paragraphs):
            if ap.subparagraphs:
                visit(f"/annexes/{i}/paragraphs/{j}", ap.subparagraphs)
    for where, paragraphs in res.operative_lists():
        for i, p in enumerate(paragraphs):
            if p.subparagraphs:
                visit(f"{where}/{i}", p.subparagraphs, p.text)
            if p.wrap_up is not None and not p.subparagraphs:
                problems.append(Problem("wrap-up-without-list", "a wrap-up closes a list, but this paragraph has "
                                        "no sub-paragraphs", pointer=f"{where}/{i}/wrap_up"))
    return problems


def _decoration(label: str) -> str:
    """A label's brackets and dots ("()" of "(a)", ")" of "b)"): its style, whatever its letter."""
    return label.replace(core(label), "", 1)


def _footnotes(res: Resolution, marked: Marked | None = None) -> list[Problem]:
    problems: list[Problem] = []
    markers: dict[str, int] = {}
    for i, f in enumerate(res.footnotes):
        if f.marker in markers:
            problems.append(Problem("footnote-duplicate-marker", f"footnote marker {f.marker!r} is used twice",
                                    pointer=f"/footnotes/{i}/marker"))
        markers.setdefault(f.marker, i)
    used = set()
    for where, text, refs in res.texts(marked):
        for j, r in enumerate(refs):
            used.add(r.marker)
            if r.marker not in markers:
                problems.append(Problem("footnote-ref-dangling", f"reference to footnote {r.marker!r}, "
                                        "which does not exist", pointer=f"{refs_pointer(where)}/{j}/marker"))
            if r.offset > len(text):
                problems.append(Problem("footnote-ref-offset", f"offset {r.offset} is beyond the end of the "
                                        f"text ({len(text)} characters)", pointer=f"{refs_pointer(where)}/{j}/offset"))
    for marker, i in markers.items():
        if marker not in used:
            problems.append(Problem("footnote-unreferenced", f"footnote {marker!r} is never referenced",
                                    pointer=f"/footnotes/{i}"))
    listed = [f.marker for f in res.footnotes if f.marker in used]
    order = [m for m in res.reference_order(marked) if m in markers]
    if not problems and listed != order:
        i = next(k for k, (a, b) in enumerate(zip(listed, order, strict=False)) if a != b)
        problems.append(Problem("footnote-order", f"footnote {listed[i]!r} is listed where {order[i]!r}, referenced "
                                "earlier, belongs", pointer=f"/footnotes/{i}/marker"))
    return problems


def _vote(res: Resolution) -> list[Problem]:
    problems = []
    vote = res.vote
    table = members()
    seen: dict[str, str] = {}
    total = 0
    # The day a former Member State's membership is judged on: a real calendar date, or none.
    date = res.metadata.adoption_date if _date(res.metadata.adoption_date) is not None else None
    for side_name, side in vote.member_lists():
        total += side.count
        if side.members and side.count != len(side.members):
            problems.append(Problem("vote-count-mismatch", f"{side_name} count is {side.count} but "
                                    f"{len(side.members)} members are listed", pointer=f"/vote/{side_name}/count"))
        for j, m in enumerate(side.members):  # (each pointer made for a problem only)
            iso3 = m.iso3
            ident = iso3 or key(m.name)
            if ident in seen:
                problems.append(Problem("vote-member-duplicate", f"{m.name!r} already listed ({seen[ident]})",
                                        pointer=f"/vote/{side_name}/members/{j}"))
            else:
                seen[ident] = side_name
            if iso3 is None:
                problems.append(Problem("vote-unresolved-member", f"{m.name!r} is not a known Member State name",
                                        pointer=f"/vote/{side_name}/members/{j}/name", severity="warning"))
            elif not (table.is_member(iso3) or table.is_former_member(iso3)):
                problems.append(Problem("vote-unknown-member", f"{iso3!r} is not the code of a Member State "
                                        "or of a former one", pointer=f"/vote/{side_name}/members/{j}/iso3"))
            elif date is not None and iso3 in table.periods and _out_of_period(iso3, date):
                # (only a dated code can be out of its period: a former Member State's, a few)
                problems += _period(iso3, date, f"/vote/{side_name}/members/{j}/iso3")
    size = BODY_SIZE.get(res.metadata.body or "")
    if size is not None and total > size:
        problems.append(Problem("vote-exceeds-body", f"{total} members listed in a body of {size} members",
                                pointer="/vote"))
    if vote.type == "unanimous":
        for side_name in ("against", "abstaining"):
            side = getattr(vote, side_name)
            if side is not None and side.count:
                problems.append(Problem("vote-unanimous-dissent", f"a unanimous vote with {side.count} "
                                        f"{side_name.replace('_', ' ')}", pointer=f"/vote/{side_name}/count"))
    return problems


def _period(code: str, date: str | None, where: str) -> list[Problem]:
    """`date`: a calendar date (checked once by the caller) or None."""
    if not _out_of_period(code, date):
        return []
    return [Problem("vote-member-period", f"{code} was not a Member State on {date}", pointer=where)]


def _out_of_period(code: str, date: str | None) -> bool:
    """Whether a former Member State was not a member on `date` (None: no date to judge on)."""
    return date is not None and members().member_on(code, date) is False


def _sponsors(res: Resolution) -> list[Problem]:
    problems = []
    table = members()
    for name in ("sponsors", "additional_sponsors"):
        for j, m in enumerate(getattr(res.metadata, name)):
            where = f"/metadata/{name}/{j}/iso3"
            if m.iso3 is None:
                continue
            if not table.is_state(m.iso3):
                problems.append(Problem("sponsor-unknown-state", f"{m.iso3!r} is not the code of a Member State, "
                                        "a former one or an observer State", pointer=where))
            else:
                problems += _period(m.iso3, res.metadata.adoption_date, where)
    return problems


def _links(res: Resolution, marked: Marked | None = None) -> list[Problem]:
    problems = []
    for where, text, links in res.linked_texts(marked):
        end = 0
        for j, link in enumerate(links):
            if link.offset + link.length > len(text):
                problems.append(Problem("link-range", f"link {link.offset}+{link.length} runs beyond the end of "
                                        f"the text ({len(text)} characters)", pointer=f"{where}/links/{j}/length"))
            elif link.offset < end:
                problems.append(Problem("link-overlap", f"link at {link.offset} starts before the one before it "
                                        f"ends ({end})", pointer=f"{where}/links/{j}/offset"))
            end = max(end, link.offset + link.length)
    return problems


def _annexes(res: Resolution) -> list[Problem]:
    problems = []
    for i, annex in enumerate(res.annexes):
        problems += [Problem("annex-table-position", f"{why} (an annex of {len(annex.paragraphs)} paragraphs)",
                             pointer=f"/annexes/{i}/tables/{t}/position")
                     for t, why in _misplaced(annex.tables, len(annex.paragraphs))]
    for where, ops, tables in [("", res.operative, res.tables),
                               *((f"/parts/{k}", part.operative, part.tables) for k, part in enumerate(res.parts))]:
        problems += [Problem("table-position", f"{why} ({len(ops)} operative paragraphs)",
                             pointer=f"{where}/tables/{t}/position")
                     for t, why in _misplaced(tables, len(ops))]
    return problems


def _misplaced(tables: tuple[Table, ...], paragraphs: int) -> list[tuple[int, str]]:
    """(index, why) of each table that stands past all the paragraphs it is among, or is listed
    after a table it precedes."""
    out = []
    for t, table in enumerate(tables):
        if table.position > paragraphs:
            out.append((t, f"table after paragraph {table.position}"))
        elif t and table.position < tables[t - 1].position:
            # The model has one order, the document's: a table listed after one it precedes
            # would come back from any writer in the other order.
            out.append((t, f"table after paragraph {table.position} listed after a table after paragraph "
                           f"{tables[t - 1].position}: tables are listed in document order"))
    return out


def _agenda(res: Resolution) -> list[Problem]:
    problems = []
    for i, item in enumerate(res.agenda_items):
        m = AGENDA_NUMBER.fullmatch(item.number.strip())
        if m is None:
            continue
        if item.item is not None and item.item != int(m.group(1)):
            problems.append(Problem("agenda-item-mismatch", f"item {item.item} but {item.number!r} is printed",
                                    pointer=f"/agenda_items/{i}/item"))
        if item.sub_item is not None and item.sub_item != (m.group(2) or "").strip():
            problems.append(Problem("agenda-item-mismatch", f"sub-item {item.sub_item!r} but {item.number!r} is "
                                    "printed", pointer=f"/agenda_items/{i}/sub_item"))
    return problems


def _symbol(res: Resolution) -> list[Problem]:
    md = res.metadata
    if md.symbol is None:
        return []
    parsed = parse_symbol(md.symbol)
    return (_symbol_body_or_number(res, md.symbol, parsed) + _symbol_normalized(res, md.symbol, parsed)
            + _symbol_session(res, md.symbol, parsed))


def _symbol_body_or_number(res: Resolution, symbol: str, parsed: Identifier | None) -> list[Problem]:
    """The symbol starts as the body's symbols do, and ends with the resolution number."""
    md = res.metadata
    prefix = SYMBOL_PREFIX.get(md.body or "")
    if prefix and (not symbol.startswith(prefix) or (parsed is not None and parsed.body != md.body)):
        return [Problem("symbol-body-mismatch", f"symbol {symbol!r} does not start with {prefix!r} "
                        f"as {md.body} symbols do", pointer="/metadata/symbol")]
    if md.resolution_number and not _symbol_ends_with_number(symbol, parsed, md.resolution_number):
        return [Problem("symbol-number-mismatch", f"symbol {symbol!r} does not end with the "
                        f"resolution number {md.resolution_number!r}", pointer="/metadata/resolution_number")]
    return []


def _symbol_ends_with_number(symbol: str, parsed: Identifier | None, resolution_number: str) -> bool:
    number = parse_number(resolution_number, parsed.body) if parsed and parsed.body else None
    if parsed is not None and number is not None:
        same = (number.session_type, number.session, number.number, number.year) == \
            (parsed.session_type, parsed.session, parsed.number, parsed.year)
        # The number may leave the part out ("77/253" on A/RES/77/253 B, its "B" printed apart).
        return same and number.part in (None, parsed.part)
    # A body without a grammar: the symbol ends with the number, or with its last part
    # ("UNEP/EA.5/Res.1" for 5/1).
    last = resolution_number.rsplit("/", 1)[-1]
    return symbol.endswith("/" + resolution_number) or bool(re.search(r"(?<![0-9])" + re.escape(last) + "$", symbol))


def _symbol_normalized(res: Resolution, symbol: str, parsed: Identifier | None) -> list[Problem]:
    normalized = res.metadata.normalized_symbol
    if normalized is not None and normalized != (canonical := normalized_as_parsed(symbol, parsed)):
        return [Problem("symbol-normalized", f"{normalized!r} is not the canonical spelling of "
                        f"{symbol!r} ({canonical!r})", pointer="/metadata/normalized_symbol")]
    return []


def _symbol_session(res: Resolution, symbol: str, parsed: Identifier | None) -> list[Problem]:
    """The session the metadata states is the one the symbol names."""
    session = res.metadata.session
    problems: list[Problem] = []
    if parsed is None or session is None:
        return problems
    if session.type is not None and parsed.session_type is not None and session.type != parsed.session_type:
        problems.append(Problem("symbol-session-mismatch", f"a {session.type} session, but symbol "
                                f"{symbol!r} names a {parsed.session_type} one", pointer="/metadata/session/type"))
    if session.number is not None and parsed.session is not None and session.number != parsed.session:
        problems.append(Problem("symbol-session-mismatch", f"session {session.number}, but symbol {symbol!r} "
                                f"names session {parsed.session}", pointer="/metadata/session/number"))
    return problems


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _date(value: str | None) -> dt.date | None:
    if value is None or not _DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _dates(res: Resolution) -> list[Problem]:
    md = res.metadata
    problems = []
    fields = {"/metadata/adoption_date": md.adoption_date, "/metadata/issue_date": md.issue_date}
    if md.session is not None:
        fields["/metadata/session/start_date"] = md.session.start_date
        fields["/metadata/session/end_date"] = md.session.end_date
    for where, value in fields.items():
        if value is not None and _DATE.fullmatch(value) and _date(value) is None:
            problems.append(Problem("date-invalid", f"{value!r} is not a calendar date", pointer=where))
    if md.session is not None:
        start, end = _date(md.session.start_date), _date(md.session.end_date)
        if start and end and start > end:
            problems.append(Problem("session-dates-order", f"session starts {start} after it ends {end}",
                                    pointer="/metadata/session/start_date"))
        adopted = _date(md.adoption_date)
        if start and end and adopted and not start <= adopted <= end:
            problems.append(Problem("adoption-outside-session", f"adopted {adopted}, outside the session "
                                    f"{start}..{end}", pointer="/metadata/adoption_date", severity="warning"))
    return problems
