"""Rule `ruled-table`: a table a PDF draws as a grid of borders, found by the borders alone.

Word (and the UN's Word-made PDFs) draws a table's borders cell by cell: each cell's top border over
its own columns, none across the inside of a cell that spans rows, the table's bottom border (on
each page the table runs over), and its sides. So the rules of a page tell a table's rows (one
border level above each row, one below the last, the table's sides running between them: text
between two tables, outside any sides, is no row), its columns (the ends of the borders) and its
spans: a border over several columns is one cell spanning them (unless the row has text in more
than one of those columns: a row border drawn in one stroke), and columns a row's top border
leaves open continue the cell above.

A frame (rules all over the same full width, one column) is no grid: its lines are left to the
text, as before; so are tables ruled only above and below, or without sides (their columns and
rows would have to be guessed from the text). Positions in points, y upwards, as in layout.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Line, Rule, Run, Upright

_SAME_Y = 1.0  # rules this close in height are one border level
_SAME_X = 2.0  # border ends this close are one column edge
_MIN_WIDTH = 0.3  # of the page's width: a table's top border is at least this wide
_MAX_COLUMNS = 63  # Word's limit


@dataclass(frozen=True)
class Level:
    y: float
    segments: tuple[tuple[float, float], ...]  # (x0, x1), left to right


@dataclass(frozen=True)
class Grid:
    levels: tuple[Level, ...]  # top first
    edges: tuple[float, ...]  # column edges, left to right

    @property
    def top(self) -> float:
        return self.levels[0].y

    @property
    def bottom(self) -> float:
        return self.levels[-1].y

    def holds(self, y: float) -> bool:
        return self.bottom - _SAME_Y <= y <= self.top + _SAME_Y

    def inside(self, base: float) -> bool:
        return self.bottom < base < self.top


@dataclass(frozen=True)
class Cell:
    lines: tuple[tuple[Run, ...], ...]  # the cell's runs, line by line, top first
    columns: int
    continued: bool = False  # the cell above spans this row too


def _levels(rules: list[Rule]) -> list[Level]:
    """The rules as border levels, top first, each level's borders left to right, a border drawn
    twice (two cells' borders on one line) once. (Sorted once, then one pass: a page of many
    thousands of rules costs no more than its sort.)"""
    groups: list[tuple[float, list[tuple[float, float]]]] = []
    for r in sorted(rules, key=lambda r: -r.y):
        if groups and groups[-1][0] - r.y <= _SAME_Y:
            groups[-1][1].append((r.x0, r.x1))
        else:
            groups.append((r.y, [(r.x0, r.x1)]))
    out: list[Level] = []
    for y, segs in groups:
        kept: list[tuple[float, float]] = []
        for a, b in sorted(segs):
            if not (kept and abs(kept[-1][0] - a) <= _SAME_X and abs(kept[-1][1] - b) <= _SAME_X):
                kept.append((a, b))
        out.append(Level(y, tuple(kept)))
    return out


def _covers(level: Level, x0: float, x1: float) -> bool:
    """Whether a level's borders run from x0 to x1 without a gap."""
    at = x0
    for a, b in level.segments:
        if a > at + _SAME_X:
            return False
        at = max(at, b)
    return at >= x1 - _SAME_X


def _within(level: Level, x0: float, x1: float) -> bool:
    return all(a >= x0 - _SAME_X and b <= x1 + _SAME_X for a, b in level.segments)


def _edges(levels: tuple[Level, ...]) -> tuple[float, ...]:
    xs = sorted(x for lv in levels for seg in lv.segments for x in seg)
    edges: list[float] = []
    for x in xs:
        if not edges or x - edges[-1] > _SAME_X:
            edges.append(x)
    return tuple(edges)


class _Sides:
    """Where the page's uprights run, by x: the stretches (y0, y1) of those at x, merged, top first
    (each x worked out once: a page of many rules and uprights costs little more than their sort)."""

    def __init__(self, uprights: list[Upright]) -> None:
        self.by_x: dict[int, list[Upright]] = {}
        for u in uprights:
            self.by_x.setdefault(round(u.x), []).append(u)
        self.known: dict[int, list[tuple[float, float]]] = {}

    def at(self, x: float) -> list[tuple[float, float]]:
        key = round(x)
        if key not in self.known:
            near = [u for k in range(key - 3, key + 4) for u in self.by_x.get(k, ()) if abs(u.x - x) <= _SAME_X]
            merged: list[tuple[float, float]] = []
            for y0, y1 in sorted(((u.y0, u.y1) for u in near), key=lambda s: -s[1]):
                if merged and y1 >= merged[-1][0] - _SAME_Y:
                    merged[-1] = (min(merged[-1][0], y0), merged[-1][1])
                else:
                    merged.append((y0, y1))
            self.known[key] = merged
        return self.known[key]


def _runs_through(side: list[tuple[float, float]], top: float, below: float) -> bool:
    return any(y0 <= below + _SAME_Y and y1 >= top - _SAME_Y for y0, y1 in side)


def grids(rules: list[Rule], uprights: list[Upright], page_width: float) -> list[Grid]:
    """The page's ruled tables: from a border level at least a third of the page wide, down through
    the levels inside its width the table's sides reach, to the last of them that runs across it
    again (the bottom border); with at least two columns."""
    levels = _levels(rules)
    sides = _Sides(uprights)
    out: list[Grid] = []
    i = 0
    while i < len(levels):
        first = levels[i]
        x0, x1 = first.segments[0][0], max(b for _, b in first.segments)
        last = None
        if x1 - x0 >= _MIN_WIDTH * page_width and _covers(first, x0, x1):
            left, right = sides.at(x0), sides.at(x1)  # (the table's sides)
            j = i + 1
            while (j < len(levels) and _within(levels[j], x0, x1)
                   and _runs_through(left, levels[j - 1].y, levels[j].y)
                   and _runs_through(right, levels[j - 1].y, levels[j].y)):
                if _covers(levels[j], x0, x1):
                    last = j
                j += 1
        if last is None:
            i += 1
            continue
        group = tuple(levels[i:last + 1])
        edges = _edges(group)
        if 3 <= len(edges) <= _MAX_COLUMNS + 1:  # (more columns than Word allows: no table to read)
            out.append(Grid(group, edges))
        i = last + 1
    return out


def _column(edges: tuple[float, ...], x: float) -> int:
    """The column of an x position (the nearest edge at or before it)."""
    k = 0
    while k + 1 < len(edges) - 1 and x >= edges[k + 1]:
        k += 1
    return k


def _edge(edges: tuple[float, ...], x: float) -> int:
    return min(range(len(edges)), key=lambda k: abs(edges[k] - x))


def _spans(grid: Grid, top: Level, has_text: list[bool]) -> list[tuple[int, int, bool]]:
    """A row's cells as (first column, columns, continued) from the border over it: each border a
    cell over its columns (a cell to a column where more than one of them holds text: a border
    drawn in one stroke), each stretch of columns it leaves open a cell the one above continues."""
    n = len(grid.edges) - 1
    spans: list[tuple[int, int, bool]] = []
    covered = [False] * n
    for a_x, b_x in top.segments:
        a, b = _edge(grid.edges, a_x), _edge(grid.edges, b_x)
        if b <= a:
            continue
        if sum(has_text[a:b]) > 1:
            spans += [(c, 1, False) for c in range(a, b)]
        else:
            spans.append((a, b - a, False))
        covered[a:b] = [True] * (b - a)
    c = 0
    while c < n:
        start = c
        while c < n and not covered[c]:
            c += 1
        if c > start:
            spans.append((start, c - start, True))
        c += 1
    return spans


def rows(grid: Grid, lines: list[Line], rtl: bool) -> list[list[Cell]]:
    """The table's rows, each its cells in reading order (right to left in a right-to-left text):
    the runs of the lines between two border levels, each in the column its middle stands in."""
    n = len(grid.edges) - 1
    out: list[list[Cell]] = []
    for top, below in zip(grid.levels, grid.levels[1:], strict=False):
        band = [ln for ln in lines if below.y < ln.base < top.y]
        by_col: list[list[list[Run]]] = [[[] for _ in band] for _ in range(n)]  # column → line → runs
        for k, ln in enumerate(band):
            for r in ln.runs:
                by_col[_column(grid.edges, (r.x0 + r.x1) / 2)][k].append(r)
        spans = sorted(_spans(grid, top, [any(col) for col in by_col]), reverse=rtl)
        row = []
        for a, w, continued in spans:
            cell_lines = (tuple(r for col in by_col[a:a + w] for r in col[k]) for k in range(len(band)))
            row.append(Cell(tuple(ln for ln in cell_lines if ln), w, continued))
        out.append(row)
    return out
