"""Page furniture — running heads, job numbers, page numbers — and the pages it delimits.

Stage `furniture`: every input line, whitespace collapsed, and whether it is furniture; the
first running head's symbol and the first job number. What the furniture says about where
pages end (a footnote block stands above it) is asked by the flow stage through `near_foot`.
"""

from __future__ import annotations

import re

from ..langs import symbol_pattern
from .state import Doc

Furniture = tuple[str, str | None]  # ("symbol", symbol), ("job", job number) or ("page", None)

_SYMBOL_LINE = re.compile(rf"^(?P<symbol>{symbol_pattern().pattern})$")
# Job numbers as printed at page feet: "GE.17-11923 3", "3 GE.17-11923", "23-21327 (E)", "17-11923 (C)".
_JOB_LINE = re.compile(
    r"^(?:\d{1,3}\s+)?(?P<job>(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6})(?:\s*\([A-Z]\))?(?:\s*\*\d{5,}\*)?(?:\s+\d{1,3})?$"
)
_PAGE_LINE = re.compile(r"^(?:\d{1,3}|\d{1,3}/\d{1,3}|-\s*\d{1,3}\s*-)$")
# Running heads, job numbers and page numbers are short lines: longer ones are not tried.
FURNITURE_MAX = 48
# How symbols, job and page numbers start: other lines are not tried either.
_FURNITURE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
# A footnote block is at most this many text lines above the page's furniture.
FOOTNOTE_BLOCK_LINES = 30
# The symbol stands among the cover's first lines like a running head: they do not make pages.
COVER_LINES = 10
BLANKS = frozenset(" \t\u3000")


def furniture(doc: Doc) -> None:
    """Stage: the input's lines and which of them are page furniture."""
    doc.raw = doc.text.split("\n")
    # (A form feed is whitespace too.) A line already so is kept, not copied.
    doc.stripped = [raw if (s := " ".join(raw.split())) == raw else s for raw in doc.raw]
    doc.furniture = {i: kind for i, t in enumerate(doc.stripped)
                     if t and t[0] in _FURNITURE_FIRST and (kind := furniture_kind(t)) is not None}
    for kind in doc.furniture.values():
        if kind[1]:
            if kind[0] == "symbol" and doc.symbol is None:
                doc.symbol = spaced_symbol(kind[1])
            elif kind[0] == "job" and doc.job_number is None:
                doc.job_number = kind[1]


def furniture_kind(stripped: str) -> Furniture | None:
    """("symbol", symbol), ("job", job number) or ("page", None) for page furniture, else None."""
    if not stripped or len(stripped) > FURNITURE_MAX or stripped[0] not in _FURNITURE_FIRST:
        return None
    if m := _SYMBOL_LINE.match(stripped):
        return "symbol", m["symbol"]
    if m := _JOB_LINE.match(stripped):
        return "job", m["job"]
    if _PAGE_LINE.match(stripped):
        return "page", None
    return None


def spaced_symbol(symbol: str) -> str:
    """"S/RES/2700(2023)", as Chinese running heads print it, written as the symbol is: with a space."""
    return re.sub(r"\s*\((\d{4})\)$", r" (\1)", symbol)


def indent(raw: str) -> int:
    """Leading blanks: a tab counts as four spaces, an ideographic space as one."""
    lead = len(raw) - len(raw.lstrip(" \t\u3000"))
    return lead + 3 * raw.count("\t", 0, lead) if lead else 0


def paged(doc: Doc) -> bool:
    """Whether the text has pages: a form feed, furniture past the cover, or a page or job number
    on it. (A Word or web page export has none; its notes stand at its end.)"""
    kinds = doc.furniture
    return ("\f" in doc.text or any(i >= COVER_LINES or k[0] != "symbol" for i, k in kinds.items()))


def near_foot(doc: Doc, index: int, paged: bool) -> bool:
    """Whether at most FOOTNOTE_BLOCK_LINES text lines (this one included) stand between a line and
    the next page furniture. The end of a paged text is no page foot (footnotes stand above
    furniture); the end of a text without pages is."""
    raw_lines, kinds = doc.raw, doc.furniture
    count = 0
    for j in range(index, len(raw_lines)):
        raw = raw_lines[j]
        if "\f" in raw or j in kinds:
            return True
        if raw and not raw.isspace():
            count += 1
            if count > FOOTNOTE_BLOCK_LINES:
                return False
    return not paged
