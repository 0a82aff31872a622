"""Test helper: SHORT resolutions, cut from the corpus's — a resolution of a few paragraphs (the Security Council's
renewals, a decision-like General Assembly text, a user's sample) is read by the same layout rules as a long one,
though the shares those rules count (lines set in, lines that run to the width, marks glued or apart) have little
to count, and its whole text stands on the cover's page, next to the cover's lines and the page's foot.

`cut` keeps a file's first K preambular and first M operative paragraphs (with their items, headings and notes),
its vote and closing, K and M drawn per resolution (the same for its six language versions, so that their shapes
still agree); the layouts of tests/pdfvariants.py and tests/blocktext.py then lay the short text out as they lay
out the whole one. Independent of unres (akndoc.py reads the XML)."""

from __future__ import annotations

from dataclasses import replace

from akndoc import Doc, Expected
from pages import rng_for

PREAMBLES = ((1, 2), (2, 2), (3, 1), (0, 1))  # (K, weight): a preamble of 0 to 3 paragraphs
OPERATIVES = ((1, 1), (2, 2), (3, 2), (4, 1))  # (M, weight)


def _drawn(rng, weighted: tuple[tuple[int, int], ...]) -> int:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def cut(doc: Doc, exp: Expected, key: str) -> tuple[Doc, Expected] | None:
    """The short version of a resolution (key: the resolution's, shared by its language versions), or None where
    it cannot be cut so that its text and its expectations still agree: parts, fewer than two operative paragraphs,
    numbers the markup left in the text, paragraphs the markup split into more blocks than it counts, notes that
    would no longer be numbered from 1."""
    blocks = doc.blocks
    preambular = sum(b.role == "preamble" for b in blocks)
    operative = sum(b.role == "operative" for b in blocks)
    if (exp.parts or len(exp.operative) < 2 or any(num is None for num, _ in exp.operative)
            or preambular != len(exp.preamble) or operative != len(exp.operative)):
        return None
    rng = rng_for("short", key)
    k, m = min(_drawn(rng, PREAMBLES), preambular), min(_drawn(rng, OPERATIVES), operative)
    if k == 0 and any(b.role == "heading" for b in blocks):
        k = min(1, preambular)  # (a title over the first operative paragraph, right under the formula, is no text's)
    kept, seen_pre, seen_op = [], 0, 0
    for b in blocks:
        seen_pre += b.role == "preamble"
        seen_op += b.role == "operative"
        if (b.role == "preamble" and seen_pre > k) or (b.role in ("operative", "point") and seen_op > m) or (
                b.role == "heading" and seen_op >= m):
            continue
        kept.append(b)
    numbered = [int(marker) for b in kept for marker, _ in b.notes if marker.isdigit()]
    if numbered != list(range(1, len(numbered) + 1)):
        return None
    return (replace(doc, blocks=kept),
            replace(exp, preamble=exp.preamble[:k], operative=exp.operative[:m], headings=exp.headings[:m]))
