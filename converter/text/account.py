"""Stages `tally` and `account`: every letter and digit of a resolution's body reaches the model, or a
warning says where it did not.

The reader's rules decide where each line of the running text goes — a paragraph, an item, a
heading, a note, a table's cell, the vote — and a rule that misjudges a line could leave it out of
every field without a word (a sign taken for markup with the letters beside it, a paragraph of a
part no part took, a mark on a line that keeps no mark). So the reader keeps an account: `tally`
counts the letters and digits of the running text it is to read into the model's fields — the
lines from the enacting formula (or the considerations before it, or the first part's label) to
the closing block, the annexes, the notes, the markers of the marks — and `account`, after the model
is made, counts those of the fields (texts, formulas, numbers, labels, headings, titles, captions
and cells of tables, the notes and the markers of the footnote references) and of what another
warning reported as left out (`text-heading-dropped`, and the marks of a note reported
`footnote-unreferenced`). What the text has and the model lacks is `text-unaccounted`, with the
lines whose letters the model lacks, or the marks that reached no reference.

What the account does not count: the page furniture the first stages take out (running heads, job
and page numbers, the footnote rule: furniture's rules decide what a page's furniture is, and a
line they take is not running text), the cover and the closing block (their lines become metadata
in the reader's words; a line not understood there is reported by the header and the vote stages).
Letters and digits only, each counted as many times as it occurs, wherever it is: spaces,
punctuation, a hyphen joined at a line's end are the model's to normalise, and a count cannot see a
letter moved from one paragraph to another (the benchmarks compare texts) nor a loss that letters
the reader adds make up for (a lost paragraph number it restores) — but it sees every run of text
that reached no field, in time linear in the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from itertools import chain, islice
from typing import Any

from ..model import FootnoteRef
from .marked import collapse
from .pages import furniture_kind
from .state import Doc

# Fields of the model that hold no text of the running text (metadata, the agenda and the vote come from the cover and
# the closing) or repeat one (an opening is its paragraph's first words; a link's address is no text). (Numbers —
# offsets, positions, counts — are never counted: only strings are.)
_NOT_BODY = frozenset({"metadata", "agenda_items", "vote", "schema_version", "opening", "href"})
SHOWN_LINES = 3  # the lines a message names
SHOWN_CHARACTERS = 24  # the characters it shows of each
LOST_LINES = 20  # the lines named at most
FROM_START = 2 * LOST_LINES  # the searches of the whole model at most (each costs the model's length)


@dataclass(frozen=True)
class Tally:
    """What the running text gives the model to hold: its letters and digits, counted, and where they stand."""

    counted: Counter[str]
    # The first and last input lines of the body and of the annexes (the notes are doc.notes). Neither the lines nor
    # their numbers are kept: the input is read again there only where the count finds letters missing (a copy of
    # every line's letters, or even of every line's number, costs as much as a text of short lines' own reading).
    spans: tuple[tuple[int, int], ...]
    marks: tuple[tuple[int, str], ...]  # (line, marker) of each reference mark in the counted lines
    # marker-dropped-counted: (line, number) of each lone number the page furniture took for a page's number over a
    # note's text refused for want of a mark (footnotes._unplaced_under_marker): the running text's digits, held
    # where text-note-unplaced names them (endnotes), else unaccounted
    dropped: tuple[tuple[int, str], ...] = ()


def _alnum(texts: Iterable[str]) -> Counter[str]:
    # (one join, filter and Counter: each runs in C over the whole text)
    return Counter(filter(str.isalnum, "".join(texts)))


def tally(doc: Doc) -> None:
    """Stage (after segment): doc.tally, the letters and digits of the body, the annexes and the notes."""
    seg, lines = doc.seg, doc.lines
    regions = ((min(seg.lead_from, seg.body_from), seg.closing_at), (max(seg.annex_at, seg.closing_at), len(lines)))
    letters: Counter[str] = Counter()
    marks: list[tuple[int, str]] = []
    for start, end in regions:
        for ln in islice(lines, start, end):
            letters.update(filter(str.isalnum, ln.text))
            marks.extend((ln.number, m.marker) for m in ln.marks)
    for note in doc.notes:
        letters.update(filter(str.isalnum, f"{note.marker}{note.text}"))
    letters.update(filter(str.isalnum, "".join(m for _, m in marks)))
    dropped = _dropped_numbers(doc)
    letters.update(filter(str.isalnum, "".join(m for _, m in dropped)))
    spans = tuple((lines[start].number, lines[end - 1].number) for start, end in regions if start < end)
    doc.tally = Tally(letters, spans, tuple(marks), dropped)


def _dropped_numbers(doc: Doc) -> tuple[tuple[int, str], ...]:
    """marker-dropped-counted: the lone numbers the page furniture dropped as pages' numbers where they stand over a
    note's text that the flow refused for want of a mark (by the number's line): the flow judged them a note's
    marker as likely as a page's number, so they are the running text's digits to the account — not furniture,
    which the account does not count. Counted, a digit dropped so that no warning names is text-unaccounted.
    Serves PDF text and block extractions whose notes give their markers on lines of their own."""
    return tuple(sorted((doc.unplaced_under[k], doc.unplaced[k]) for k in doc.unplaced_dropped
                        if k in doc.unplaced and k in doc.unplaced_under))


def _strings(obj: object, refs: Counter[str]) -> Iterator[str]:
    """The model's texts, one by one, in the order the text prints them (a list of them would hold a reference to
    each: more than a text of many short items); refs: counts the markers of its footnote references."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, tuple):
        for x in obj:
            yield from _strings(x, refs)
    elif isinstance(obj, FootnoteRef):
        refs[obj.marker] += 1
        yield obj.marker
    elif is_dataclass(obj):
        kind: Any = type(obj)  # (a dataclass: is_dataclass narrows obj to an instance or a class)
        for name in _printed_order(kind):
            yield from _strings(getattr(obj, name), refs)


@cache
def _printed_order(cls: Any) -> tuple[str, ...]:
    """A model class's fields of the body in the order the text prints them: the headings, the label or number,
    then the rest as declared (a paragraph declares its headings after its text, an annex paragraph its number)."""
    names = [f.name for f in fields(cls) if f.name not in _NOT_BODY]
    return tuple(sorted(names, key=lambda name: _PRINTED_FIRST.get(name, len(_PRINTED_FIRST))))


_PRINTED_FIRST = {"headings": 0, "label": 1, "number": 2}


def account(doc: Doc) -> None:
    """Stage (last): text-unaccounted for the letters and digits doc.tally counted that no field of the model holds
    and no other warning reported as left out."""
    t = doc.tally
    if t is None or doc.result is None:
        return
    refs: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for text in chain(_strings(doc.result, refs), doc.left_out):  # (string by string: no copy of the model's text)
        held.update(filter(str.isalnum, text))
    # A mark printed raised ("2022¹") that the endnotes stage took after the tally counted it is held as its
    # reference's marker, "1": its raised digits are held so. (Only those: a raised digit left in a text is held there
    # as it was counted, and one a rule took wrongly — "km²" — is missing, as it should be said.)
    held.update(filter(str.isalnum, "".join(doc.raised_taken)))
    # A lone number dropped as a page's number that text-note-unplaced names is that warning's (marker-dropped-counted).
    held.update(filter(str.isalnum, "".join(doc.dropped_told)))
    # A mark of a note reported footnote-unreferenced (on a heading, a label: a line that keeps no mark) is that
    # warning's: its note is in the model, its reference is said to be missing.
    unreferenced = {n.marker for n in doc.notes if n.marker not in doc.used}
    lacking = Counter(m for _, m in t.marks) - refs
    held.update(filter(str.isalnum, "".join(m for m in lacking.elements() if m in unreferenced)))
    missing = t.counted - held
    if not missing:
        return
    where = _lost_where(doc, t, missing)
    marks = [(n, m) for n, m in t.marks if m in lacking and m not in unreferenced]
    count = missing.total()
    doc.warn("text-unaccounted", f"{count} {'letter or digit' if count == 1 else 'letters or digits'} of the text "
             f"{'is' if count == 1 else 'are'} in no field of the model: {_where(where, marks)}",
             where[0][0] if where else marks[0][0] if marks else None)


def _lost_where(doc: Doc, t: Tally, missing: Counter[str]) -> list[tuple[int, str]]:
    """The lines that lost letters or digits, and the lone numbers dropped untold (marker-dropped-counted): a dropped
    digit is found anywhere in the model, so no line lost names it — named apart, and the lines sought only for what
    the dropped numbers do not explain."""
    told = Counter(doc.dropped_told)
    dropped = [(n, m) for n, m in t.dropped if not _told(told, m)]
    where: list[tuple[int, str]] = []
    if missing - _alnum(m for _, m in dropped):
        model = "".join(filter(str.isalnum, "".join(chain(_strings(doc.result, Counter()), doc.left_out))))
        where = _lines_lost(_runs(doc, t), model)
    return where + dropped


def _told(told: Counter[str], marker: str) -> bool:
    """marker-dropped-counted: whether a warning named this dropped number (each naming counted once)."""
    if told[marker] <= 0:
        return False
    told[marker] -= 1
    return True


def _where(lines: list[tuple[int, str]], marks: list[tuple[int, str]]) -> str:
    """The message's account of where: the first lines lost, with their letters, and the marks that reached no
    reference."""
    said = [f"line {n} ({run[:SHOWN_CHARACTERS]!r})" for n, run in lines[:SHOWN_LINES]]
    if len(lines) > SHOWN_LINES:
        said.append(f"{len(lines) - SHOWN_LINES} more lines")
    if marks:
        said.append(f"marks {', '.join(sorted({repr(m) for _, m in marks}))} with no footnote reference in the "
                    f"model (line {marks[0][0]})")
    return "; ".join(said) or "the lines that lost them cannot be told"


def _runs(doc: Doc, t: Tally) -> Iterator[tuple[int, str]]:
    """Each line's run of letters and digits in the body and the annexes as the input has it — blank lines and page
    furniture passed over, the marks' markers taken out (the last occurrence of each on its line: a mark stands after
    the word it marks) —, then each note's."""
    raw = doc.text.split("\n")
    markers: dict[int, list[str]] = {}
    for n, m in t.marks:
        markers.setdefault(n, []).append(m)
    noted = {note.line for note in doc.notes}
    for first, last in t.spans:
        for n in range(first, min(last, len(raw)) + 1):
            text = raw[n - 1]
            if n in noted or not text.strip() or furniture_kind(collapse(text)) is not None:
                continue
            run = "".join(filter(str.isalnum, text))
            for m in markers.get(n, ()):
                if (k := run.rfind(m)) >= 0:
                    run = run[:k] + run[k + len(m):]
            yield n, run
    for note in doc.notes:
        yield note.line, "".join(filter(str.isalnum, f"{note.marker}{note.text}"))


def _lines_lost(runs: Iterable[tuple[int, str]], held: str) -> list[tuple[int, str]]:
    """The lines whose run of letters and digits is nowhere in the model's (its texts' letters and digits joined in
    the order the text prints them): a line the model lost, or one it holds broken up (a line of two paragraphs with
    a note's marker between them), LOST_LINES at most. The model keeps the text's order but for a few jumps (notes,
    tables, annexes): each run is sought from where the one before was found, then — FROM_START times at most, each
    costing the model's length — from the start."""
    out: list[tuple[int, str]] = []
    at, searches = 0, FROM_START
    for n, run in runs:
        if not run:
            continue
        found = held.find(run, at)
        if found < 0:
            if searches == 0:
                continue  # (the whole model sought FROM_START times: this line's place cannot be told)
            searches -= 1
            found = held.find(run)
            if found < 0:
                out.append((n, run))
                if len(out) >= LOST_LINES:
                    break
                continue
        at = found + len(run)
    return out
