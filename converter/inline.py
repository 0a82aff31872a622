"""A text of the model with its footnote references and its opening phrase, cut into runs.

Every renderer (AKN, HTML, plain text) writes a paragraph the same way: the characters, an opening
phrase set apart, and each footnote mark where its reference's offset falls. `runs` is that walk,
once; each renderer only says how a run and a mark are written.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import FootnoteRef

# A run: (its characters, the offset right after it, whether it lies inside the opening phrase, the
# markers referenced right after it in the model's order). Plain tuples, unpacked by the renderers:
# the writers make several for every text of every document.
Run = tuple[str, int, bool, Sequence[str]]
_NO_MARKS: Sequence[str] = ()


def runs(text: str, refs: tuple[FootnoteRef, ...], opening_end: int = 0) -> list[Run]:
    """The runs of `text`: cut at every reference offset and at the end of the opening phrase (its
    first `opening_end` characters; 0 for none). The first run is empty and carries the marks that
    stand before the first character. A reference past the end of the text (which the rules
    refuse) gets an empty run of its own there, in the order of the offsets."""
    size = len(text)
    if not refs:  # most texts: cut at most once
        if not opening_end:
            return [("", 0, False, _NO_MARKS), (text, size, False, _NO_MARKS)]
        if opening_end < size:
            return [("", 0, False, _NO_MARKS), (text[:opening_end], opening_end, True, _NO_MARKS),
                    (text[opening_end:], size, False, _NO_MARKS)]
    marks: dict[int, list[str]] = {}
    for r in refs:
        marks.setdefault(max(r.offset, 0), []).append(r.marker)
    cuts = sorted(marks.keys() | {0, size, opening_end})
    out: list[Run] = [("", 0, False, marks.get(0, _NO_MARKS))]
    start = 0
    for end in cuts[1:]:  # cuts[0] is 0
        out.append((text[start:end], end, end <= opening_end, marks.get(end, _NO_MARKS)))
        start = end
    return out
