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
from itertools import chain

from .state import Doc

# Fields of the model that hold no text of the body (metadata, the agenda and the vote come from the
# cover and the closing) or repeat one (an opening is its paragraph's first words; offsets, lengths and
# links' addresses are numbers and addresses, not the text's letters).
_NOT_BODY = frozenset({"metadata", "agenda_items", "vote", "schema_version", "opening", "offset", "length",
                       "href", "position"})
SHOWN_LINES = 3  # the lines a message names
SHOWN_CHARACTERS = 24  # the characters it shows of each


@dataclass(frozen=True)
class Tally:
    """What the text gives the model to hold: its letters and digits, counted, and the lines they stand on."""

    counted: Counter[str]
    lines: tuple[int, ...]  # (1-based input line numbers, in order; their text is doc.text's)


def _alnum(texts: Iterable[str]) -> Counter[str]:
    # (one join, filter and Counter: each runs in C over the whole text)
    return Counter(filter(str.isalnum, "".join(texts)))


def tally(doc: Doc) -> None:
    """Stage (after segment): doc.tally, the letters and digits of the body, the annexes and the notes."""
    seg, lines = doc.seg, doc.lines
    counted = lines[min(seg.lead_from, seg.body_from):seg.closing_at] + lines[max(seg.annex_at, seg.closing_at):]
    texts = chain((ln.text for ln in counted), (m.marker for ln in counted for m in ln.marks),
                  (f"{n.marker}{n.text}" for n in doc.notes))
    doc.tally = Tally(_alnum(texts), tuple(ln.number for ln in counted) + tuple(n.line for n in doc.notes))


def _strings(obj: object, out: list[str]) -> list[str]:
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, tuple):
        for x in obj:
            _strings(x, out)
    elif is_dataclass(obj):
        for f in fields(obj):
            if f.name not in _NOT_BODY:
                _strings(getattr(obj, f.name), out)
    return out


def account(doc: Doc) -> None:
    """Stage (last): text-unaccounted for the letters and digits doc.tally counted that no field of the model holds
    and no warning reported as left out."""
    if doc.tally is None or doc.result is None:
        return
    held = _alnum(chain(_strings(doc.result, []), doc.left_out))
    missing = doc.tally.counted - held
    if not missing:
        return
    where = _lines_short(doc, held)
    shown = ", ".join(f"line {n} ({chars[:SHOWN_CHARACTERS]!r})" for n, chars in where[:SHOWN_LINES])
    more = f" and {len(where) - SHOWN_LINES} more lines" if len(where) > SHOWN_LINES else ""
    doc.warn("text-unaccounted", f"{missing.total()} letters or digits of the text are in no field of the model: "
             f"{shown}{more}", where[0][0] if where else None)


def _lines_short(doc: Doc, held: Counter[str]) -> list[tuple[int, str]]:
    """The lines whose letters the model lacks, each with the letters it lacks. A count does not say which of two
    lines sharing a letter lost it: the lines are taken in order, then in reverse order, each taking from what the
    model holds, and a line short both ways is named (a line short one way only, where none is both ways)."""
    lines = sorted(set(doc.tally.lines)) if doc.tally else []
    # (the input's lines as the stages after markdown read them; the flow let go of doc.raw, and a text read whole
    # never comes here)
    raw = doc.text.split("\n")
    forward, backward = _short(raw, lines, held), _short(raw, lines[::-1], held)
    both = [(n, chars) for n, chars in forward if n in dict(backward)]
    return both or forward


def _short(raw: list[str], lines: list[int], held: Counter[str]) -> list[tuple[int, str]]:
    left, out = held.copy(), []
    for n in lines:
        have = _alnum([raw[n - 1]]) if 0 < n <= len(raw) else Counter()
        if lacking := have - left:
            out.append((n, "".join(c for c in raw[n - 1] if lacking[c] > 0)))
        left -= have
    return sorted(out)
