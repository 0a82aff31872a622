"""Stage `annexes`: each annex after the closing block — its title and its paragraphs."""

from __future__ import annotations

from .blocks import build_blocks
from .state import Doc, Line


def annexes(doc: Doc) -> None:
    """Stage: doc.annexes."""
    groups: list[list[Line]] = []
    for ln in doc.annex_lines:
        if doc.lang.match("annex", ln.view):
            groups.append([])
            continue
        if groups:
            groups[-1].append(ln)
    for g in groups:
        # (Opening phrases say nothing in an annex: its paragraphs are no resolution's.)
        blocks = build_blocks(doc.lang, g, phrases=False, doc=doc) if g else []
        doc.annexes.append((blocks[0].text if blocks else None, blocks[1:]))
