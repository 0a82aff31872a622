"""Stages `tally` and `account`: every letter and digit of a resolution's text reaches the model, or a
warning says where it did not.

The reader's rules decide where each line goes — a paragraph, an item, a heading, a note, a table's
cell — and a rule that misjudges a line can leave it out of every field without a word (a line
taken for a page's furniture in the middle of the body, a sign taken for markup with the letters
beside it). So the reader keeps an account: `tally` counts the letters and digits of the text it
is to read into the model's fields — the lines from the enacting formula (or the considerations
before it, or the first part's label) to the closing block, the annexes, the notes — and `account`,
after the model is made, counts those of the fields (texts, numbers, labels, headings, the notes'
markers and the footnote references' ones, tables' cells) and of what a warning already reported
as left out. What the text has and the model lacks is `text-unaccounted`, with the lines it stands
on. The cover and the closing block are not counted: their lines become metadata in the reader's
own words, and a line of them not understood is reported by the header and the vote stages.

Letters and digits only, each counted as many times as it occurs, whatever its place: spaces,
punctuation, a hyphen joined at a line's end, the order of the words are the model's to normalise.
A count cannot see a letter moved from one paragraph to another (the benchmarks compare texts), but
it sees every one that reached no field — in linear time, whatever the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields, is_dataclass
from functools import cache
from itertools import chain
from typing import Any

from ..model import FootnoteRef
from .state import Doc

# Fields of the model that hold no text of the body (metadata, the agenda and the vote come from the
# cover and the closing) or repeat one (an opening is its paragraph's first words; offsets, lengths and
# links' addresses are numbers and addresses, not the text's letters).
_NOT_BODY = frozenset({"metadata", "agenda_items", "vote", "schema_version", "opening", "offset", "length",
                       "href", "position"})
SHOWN_LINES = 3  # the lines a message names
SHOWN_CHARACTERS = 24  # the characters it shows of each
LOST_LINES = 20  # the lines sought at most (each sought in the whole model)


@dataclass(frozen=True)
class Tally:
    """What the text gives the model to hold: its letters and digits, counted, and where they stand."""

    counted: Counter[str]
    # (the input's line number and the text counted on it, without marks: a line's text, a note's marker and text;
    # the lines' own strings, not copies — the flow lets go of the input's lines, and a count that found letters
    # missing names the lines it lost them from)
    pieces: tuple[tuple[int, str], ...]
    marks: Counter[str]  # the markers of the reference marks in the text


def _alnum(texts: Iterable[str]) -> Counter[str]:
    # (one join, filter and Counter: each runs in C over the whole text)
    return Counter(filter(str.isalnum, "".join(texts)))


def tally(doc: Doc) -> None:
    """Stage (after segment): doc.tally, the letters and digits of the body, the annexes and the notes."""
    seg, lines = doc.seg, doc.lines
    counted = lines[min(seg.lead_from, seg.body_from):seg.closing_at] + lines[max(seg.annex_at, seg.closing_at):]
    notes = ((n.line, f"{n.marker} {n.text}") for n in doc.notes)
    pieces = tuple(chain(((ln.number, ln.text) for ln in counted), notes))
    marks = Counter(m.marker for ln in counted for m in ln.marks)
    doc.tally = Tally(_alnum(text for _, text in pieces) + _alnum(marks.elements()), pieces, marks)


def _strings(obj: object, out: list[str], refs: Counter[str]) -> list[str]:
    """The model's texts, in the order of its fields; refs: the markers of its footnote references."""
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, tuple):
        for x in obj:
            _strings(x, out, refs)
    elif isinstance(obj, FootnoteRef):
        out.append(obj.marker)
        refs[obj.marker] += 1
    elif is_dataclass(obj):
        kind: Any = type(obj)  # (a dataclass: is_dataclass narrows obj to an instance or a class)
        for name in _printed_order(kind):
            _strings(getattr(obj, name), out, refs)
    return out


@cache
def _printed_order(cls: Any) -> tuple[str, ...]:
    """A model class's fields of the body in the order the text prints them: the headings, the label or number,
    then the rest as declared (a paragraph declares its headings after its text, an annex paragraph its number)."""
    names = [f.name for f in fields(cls) if f.name not in _NOT_BODY]
    return tuple(sorted(names, key=lambda name: _PRINTED_FIRST.get(name, len(_PRINTED_FIRST))))


_PRINTED_FIRST = {"headings": 0, "label": 1, "number": 2}


def account(doc: Doc) -> None:
    """Stage (last): text-unaccounted for the letters and digits doc.tally counted that no field of the model holds
    and no warning reported as left out."""
    if doc.tally is None or doc.result is None:
        return
    refs: Counter[str] = Counter()
    strings = _strings(doc.result, [], refs) + doc.left_out
    missing = doc.tally.counted - _alnum(strings)
    if not missing:
        return
    where = _lines_lost(doc.tally.pieces, "".join(filter(str.isalnum, "".join(strings))))
    said = [f"line {n} ({text[:SHOWN_CHARACTERS]!r})" for n, text in where[:SHOWN_LINES]]
    if len(where) > SHOWN_LINES:
        said.append(f"{len(where) - SHOWN_LINES} more lines")
    if marks := doc.tally.marks - refs:
        said.append(f"marks {', '.join(map(repr, sorted(marks)))} with no footnote reference in the model")
    doc.warn("text-unaccounted", f"{missing.total()} letters or digits of the text are in no field of the model: "
             f"{'; '.join(said) or 'the lines that lost them cannot be told'}", where[0][0] if where else None)


def _lines_lost(pieces: tuple[tuple[int, str], ...], held: str) -> list[tuple[int, str]]:
    """The pieces whose letters and digits, as one run, are nowhere in the model's (its texts' letters and digits
    joined in the order of its fields): a line the model lost, or one it holds broken up (a line of two paragraphs
    with a note's marker between them), at most LOST_LINES of them. The model keeps the text's order but for a few
    jumps (notes, tables, annexes after the paragraphs): each piece is sought from where the one before was found,
    then from the start — linear in the text but for the jumps and the pieces not found."""
    out: list[tuple[int, str]] = []
    at = 0
    for n, text in pieces:
        run = "".join(filter(str.isalnum, text))
        if not run:
            continue
        found = held.find(run, at)
        if found < 0:
            found = held.find(run)
        if found < 0:
            out.append((n, run))
            if len(out) >= LOST_LINES:
                break
        else:
            at = found + len(run)
    return out
