"""The semantic rules of the spec: what a valid resolution must satisfy beyond its JSON Schema.

Each rule has a stable code (listed in RULES and documented in schema/SPEC.md). The checks read
the model only; they never mutate it and never raise on a well-typed model.
"""

from __future__ import annotations

import datetime as dt
import re

from .labels import is_bullet, positions
from .langs import numbering
from .members import key, members
from .model import Resolution, SubParagraph
from .problems import Problem

RULES = {
    "operative-number-sequence": "operative paragraphs are numbered 1..n without gaps or repeats, "
    "or none is numbered (older Security Council resolutions)",
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
}

BODY_SIZE = {"HRC": 47, "SC": 15, "ECOSOC": 54, "GA": 193}
SYMBOL_PREFIX = {"GA": "A/RES/", "HRC": "A/HRC/RES/", "SC": "S/RES/", "ECOSOC": "E/RES/"}


def check(res: Resolution) -> list[Problem]:
    problems: list[Problem] = []
    problems += _operative_numbers(res)
    problems += _parts(res)
    problems += _openings(res)
    problems += _labels(res)
    problems += _footnotes(res)
    problems += _vote(res)
    problems += _symbol(res)
    problems += _dates(res)
    return problems


def _operative_numbers(res: Resolution) -> list[Problem]:
    problems = []
    for pointer, paragraphs in res.operative_lists():
        numbers = [p.number for p in paragraphs]
        if all(n is None for n in numbers):
            continue
        for i, n in enumerate(numbers):
            if n != str(i + 1):
                problems.append(Problem("operative-number-sequence",
                                        f"operative paragraph {i + 1} is numbered {n!r}, expected '{i + 1}'",
                                        pointer=f"{pointer}/{i}/number"))
                break
    return problems


def _parts(res: Resolution) -> list[Problem]:
    if not res.parts:
        return []
    labels = [p.label for p in res.parts]
    # "I" is the ninth letter and the first roman numeral: a sequence that starts with the first
    # label is tried before one that merely holds it.
    for sequence in sorted(numbering()["parts"].values(), key=lambda seq: seq[0] != labels[0]):
        if labels[0] in sequence:
            for i, label in enumerate(labels):
                if i >= len(sequence) or label != sequence[i]:
                    return [Problem("part-label-sequence", f"part {i + 1} is labelled {label!r}, expected "
                                    f"{sequence[i]!r}" if i < len(sequence) else f"too many parts ({len(labels)})",
                                    pointer=f"/parts/{i}/label")]
            return []
    return [Problem("part-label-sequence", f"part label {labels[0]!r} does not start a known sequence "
                    "(A, B, C…; I, II, III…; ألف، باء، جيم…; أولا، ثانيا…; 一, 二…)", pointer="/parts/0/label")]


def _openings(res: Resolution) -> list[Problem]:
    problems = []
    paragraphs = [(f"{where}/{i}", p) for where, items in res.preambular_lists() for i, p in enumerate(items)]
    paragraphs += [(f"{where}/{i}", p) for where, items in res.operative_lists() for i, p in enumerate(items)]
    for where, p in paragraphs:
        if p.opening is not None and not p.text.startswith(p.opening):
            problems.append(Problem("opening-not-prefix", f"opening {p.opening!r} is not how the text begins",
                                    pointer=f"{where}/opening"))
    return problems


def _labels(res: Resolution) -> list[Problem]:
    problems = []

    def visit(pointer: str, subs: tuple[SubParagraph, ...]):
        labels = [s.label for s in subs]
        if labels and not all(is_bullet(lb) for lb in labels):
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
                                                pointer=f"{pointer}/subparagraphs/{i}/label"))
                        break
        for i, s in enumerate(subs):
            visit(f"{pointer}/subparagraphs/{i}", s.subparagraphs)

    for where, paragraphs in res.operative_lists():
        for i, p in enumerate(paragraphs):
            visit(f"{where}/{i}", p.subparagraphs)
            if p.wrap_up is not None and not p.subparagraphs:
                problems.append(Problem("wrap-up-without-list", "a wrap-up closes a list, but this paragraph has "
                                        "no sub-paragraphs", pointer=f"{where}/{i}/wrap_up"))
    return problems


def _footnotes(res: Resolution) -> list[Problem]:
    problems = []
    markers = {}
    for i, f in enumerate(res.footnotes):
        if f.marker in markers:
            problems.append(Problem("footnote-duplicate-marker", f"footnote marker {f.marker!r} is used twice",
                                    pointer=f"/footnotes/{i}/marker"))
        markers.setdefault(f.marker, i)
    used = set()
    for where, text, refs in res.texts():
        for j, r in enumerate(refs):
            used.add(r.marker)
            if r.marker not in markers:
                problems.append(Problem("footnote-ref-dangling", f"reference to footnote {r.marker!r}, "
                                        "which does not exist", pointer=f"{where}/footnote_refs/{j}/marker"))
            if r.offset > len(text):
                problems.append(Problem("footnote-ref-offset", f"offset {r.offset} is beyond the end of the "
                                        f"text ({len(text)} characters)", pointer=f"{where}/footnote_refs/{j}/offset"))
    for marker, i in markers.items():
        if marker not in used:
            problems.append(Problem("footnote-unreferenced", f"footnote {marker!r} is never referenced",
                                    pointer=f"/footnotes/{i}"))
    listed = [f.marker for f in res.footnotes if f.marker in used]
    order = [m for m in res.reference_order() if m in markers]
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
    for side_name, side in vote.sides():
        total += side.count
        if side.members and side.count != len(side.members):
            problems.append(Problem("vote-count-mismatch", f"{side_name} count is {side.count} but "
                                    f"{len(side.members)} members are listed", pointer=f"/vote/{side_name}/count"))
        for j, m in enumerate(side.members):
            where = f"/vote/{side_name}/members/{j}"
            ident = m.iso3 or key(m.name)
            if ident in seen:
                problems.append(Problem("vote-member-duplicate", f"{m.name!r} already voted ({seen[ident]})",
                                        pointer=where))
            seen.setdefault(ident, side_name)
            if m.iso3 is None:
                problems.append(Problem("vote-unresolved-member", f"{m.name!r} is not a known Member State name",
                                        pointer=f"{where}/name", severity="warning"))
            elif not table.is_member(m.iso3):
                problems.append(Problem("vote-unknown-member", f"{m.iso3!r} is not the code of a Member State",
                                        pointer=f"{where}/iso3"))
    size = BODY_SIZE.get(res.metadata.body or "")
    if size is not None and total > size:
        problems.append(Problem("vote-exceeds-body", f"{total} votes cast in a body of {size} members",
                                pointer="/vote"))
    return problems


def _symbol(res: Resolution) -> list[Problem]:
    md = res.metadata
    problems = []
    if md.symbol is None:
        return problems
    prefix = SYMBOL_PREFIX.get(md.body or "")
    if prefix and not md.symbol.startswith(prefix):
        problems.append(Problem("symbol-body-mismatch", f"symbol {md.symbol!r} does not start with {prefix!r} "
                                f"as {md.body} symbols do", pointer="/metadata/symbol"))
    if md.resolution_number and not md.symbol.endswith("/" + md.resolution_number):
        problems.append(Problem("symbol-number-mismatch", f"symbol {md.symbol!r} does not end with the "
                                f"resolution number {md.resolution_number!r}", pointer="/metadata/resolution_number"))
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
