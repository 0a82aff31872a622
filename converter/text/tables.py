"""A table in plain text — an annex's, or one among operative paragraphs (model 1.3) —: the form
the text writer prints and the text reader reads back (rules `annex-table`, `operative-table`;
schema/SPEC.md "Tables in plain text").

One row to a line between bars, as a human types a table and as Markdown prints one:

    : Posts approved for 2023                 (the caption, when the table has one)
    | Category | Number of posts |            (header rows …)
    |---|---|                                 (… above the rule)
    | Professional and higher ||              (a bar right after a cell: it spans one more column)
    | P-5 | 924 |
    | ^^ | 1 598 |                            (the cell above spans this row too)
    | **Total** | 10 199 |                    (a header cell below the rule)

A cell's text stands between " | "; an empty cell is a space between two bars, so that two bars
together ("||") say the cell before spans the next column (as MultiMarkdown writes it), and "^^"
(its own cell, as wide as the cell it continues) says the cell above spans this row as well.
The rows before the rule are header rows (the UN's tables have their header cells there); a
header cell below it (a row's heading in the first column) is printed in bold, as Markdown writes
it: "**Total**". A bar or a backslash in a cell's text is written with a backslash before it, and a
cell whose text is "^^", or opens and closes with "**", with a backslash before it ("\\^^").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Cell, FootnoteRef, Row, Table
from .marked import Marked, from_view, slice_view, strip

if TYPE_CHECKING:
    from .state import Block, Doc, Line

SPANNED = "^^"  # in a cell's place: the cell above spans this row too
RULE_CELL = "---|"  # one to a column in the rule under the header rows
RULE = re.compile(r"^\|(?:-{3,}\|)+$")  # "|---|---|": the rows above it are header rows
CAPTION = ":"  # a line opening with it, right above the rows, is the caption
_BAR = re.compile(r"(?<!\\)(?:\\\\)*\|")  # a bar not escaped (an even number of backslashes before it)
_ESCAPED = re.compile(r"\\([\\|^*])")
BOLD = "**"  # around a header cell's text below the rule


# -- writing ------------------------------------------------------------------------------------------
def _escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return "\\" + text if text == SPANNED or _bold(text) else text


def _bold(text: str) -> bool:
    return len(text) >= 2 * len(BOLD) and text.startswith(BOLD) and text.endswith(BOLD)


def _row(tokens: list[tuple[str, int]]) -> str:
    return "|" + "".join(f" {text} |" + "|" * (span - 1) for text, span in tokens)


def row_line(cells: list[tuple[str, int, bool]]) -> str:
    """A row's line from its cells as another source gives them (text, columns spanned, whether a
    header cell below the rule, printed in bold); SPANNED for a cell the one above continues."""
    return _row([(text if text == SPANNED else f"{BOLD}{_escape(text)}{BOLD}" if bold else _escape(text), span)
                 for text, span, bold in cells])


def form_lines(rows: list[list[tuple[str, int, bool]]], header: int = 0) -> list[str]:
    """A table another source gives — rows of cells (text, columns spanned, set in bold), SPANNED for a
    cell the one above continues — as lines of the form above. header: how many header rows stand
    above the rule; 0: the first rows set wholly in bold (none when every row is), as a PDF or a Word
    file without header rows marks its header, and the empty rows right under them (a spacer the
    print cannot set in bold). Below them, a cell in bold is a row's heading."""
    def bold_row(cells: list[tuple[str, int, bool]]) -> bool | None:  # None: no text
        texts = [b for t, _, b in cells if t and t != SPANNED]
        return all(texts) if texts else None

    if not header:
        header = next((k for k, cells in enumerate(rows) if not bold_row(cells)), 0)
        while header and header < len(rows) and bold_row(rows[header]) is None:
            header += 1
        header = header if header < len(rows) else 0
    width = max((sum(w for _, w, _ in cells) for cells in rows), default=1)
    out: list[str] = []
    for k, cells in enumerate(rows):
        out.append(row_line([(t, w, b and k >= header) for t, w, b in cells]))
        if k + 1 == header:
            out.append("|" + RULE_CELL * width)
    return out


def header_rows(table: Table) -> int:
    """How many rows the rule stands below: the first rows whose cells are all header cells (up to
    the last of them that has a cell)."""
    h = 0
    for k, row in enumerate(table.rows):
        if not all(c.header for c in row.cells):
            break
        if row.cells:
            h = k + 1
    return h


def table_lines(table: Table, marked: Callable[[Cell], str]) -> list[str]:
    """The table's lines; marked: a cell's text with its footnote marks, as the writer prints them."""
    out = [f"{CAPTION} {table.caption}".rstrip()] if table.caption is not None else []
    spans: dict[int, list[int]] = {}  # column → [colspan, rows left] of a cell above that spans down
    width, heads = 0, header_rows(table)
    rows: list[str] = []
    for r, row in enumerate(table.rows):
        tokens: list[tuple[str, int]] = []
        col, cells = 0, list(row.cells)
        placed: dict[int, list[int]] = {}
        while cells or any(c >= col for c in spans):
            if col in spans:  # (a cell of a row above covers this column)
                tokens.append((SPANNED, spans[col][0]))
                col += spans[col][0]
            elif cells:
                cell = cells.pop(0)
                text = _escape(marked(cell))
                tokens.append((f"{BOLD}{text}{BOLD}" if cell.header and r >= heads else text, cell.colspan))
                if cell.rowspan > 1:
                    placed[col] = [cell.colspan, cell.rowspan - 1]
                col += cell.colspan
            else:
                break  # (a gap no cell fills before a span: the form cannot say it)
        width = max(width, col)
        for c in list(spans):
            spans[c][1] -= 1
            if not spans[c][1]:
                del spans[c]
        spans.update(placed)
        rows.append(_row(tokens))
    if heads:
        rows.insert(heads, "|" + RULE_CELL * max(width, 1))
    return out + rows


# -- reading ------------------------------------------------------------------------------------------
def is_row(view: str) -> bool:
    """A line of a table: between bars."""
    return len(view) > 0 and view[0] == "|" and view[-1] == "|"


def is_caption(view: str) -> bool:
    return view[:1] == CAPTION and (len(view) == 1 or view[1] == " ")


@dataclass(slots=True)
class _Cell:
    text: Marked
    colspan: int
    rowspan: int = 1
    header: bool = False  # printed in bold below the rule


@dataclass(slots=True)
class TableDraft:
    """A table as read: its caption and rows; `header` rows stand above the rule. The rows are the model's, made as
    each table is read (the cells as read, each with its marked text, held for every table until the model was made,
    took more memory than the model's cells: a text of many small tables held both)."""

    caption: str | None = None
    rows: tuple[Row, ...] = ()
    header: int = 0


def read_table(lines: list[Marked], used: set[str]) -> TableDraft:
    """annex-table: the lines of a table (its caption line first, if any) read back in the form
    above (a caption, rows between bars, a rule below the header rows); used: gets the markers of the
    cells' marks (doc.used: they reach the model)."""
    t = TableDraft()
    rows: list[list[_Cell]] = []
    below: dict[int, tuple[_Cell, int]] = {}  # column → (a cell starting there, the last row it covers)
    for m in lines:
        view = m.view
        if t.caption is None and not rows and is_caption(view):
            t.caption = view[1:].strip()
            continue
        if RULE.match(view):
            t.header = t.header or len(rows)  # (the first rule: a second one says nothing more)
            continue
        r = len(rows)
        row: list[_Cell] = []
        col = 0
        for text, span in _tokens(m):
            above = below.get(col)
            if text.text == SPANNED and not text.marks and above is not None and above[1] == r - 1:
                above[0].rowspan += 1
                below[col] = (above[0], r)
            else:
                bold = _bold(text.view)
                if bold:
                    text = slice_view(text, len(BOLD), len(text.view) - len(BOLD))
                if "\\" in text.text:
                    text = from_view(_ESCAPED.sub(r"\1", text.view), text.markers)
                cell = _Cell(text, span, header=bold)
                row.append(cell)
                below[col] = (cell, r)
            col += span
        rows.append(row)
    t.rows = _model_rows(rows, t.header, used)
    return t


def _model_rows(rows: list[list[_Cell]], header: int, used: set[str]) -> tuple[Row, ...]:
    """The model's rows of a table's cells as read (the first `header` rows all header cells); used: gets the
    markers of their marks."""
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c in row:
            if c.text.marks:
                used.update(c.text.markers)
            cells.append(Cell(c.text.text, r < header or c.header, c.colspan, c.rowspan,
                              tuple(FootnoteRef(k.marker, k.at) for k in c.text.marks)))
        out.append(Row(tuple(cells)))
    return tuple(out)


def _tokens(m: Marked) -> list[tuple[Marked, int]]:
    """A row's cells: (text, columns spanned)."""
    view = m.view
    bars = [b.end() - 1 for b in _BAR.finditer(view)]
    out: list[tuple[Marked, int]] = []
    for a, b in zip(bars, bars[1:], strict=False):
        if b == a + 1 and out:  # "||": the cell before spans one more column
            text, span = out[-1]
            out[-1] = (text, span + 1)
            continue
        out.append((strip(slice_view(m, a + 1, b)), 1))
    return out


def as_table(position: int, t: TableDraft) -> Table:
    """The model's table, standing after the first `position` paragraphs."""
    return Table(position, t.rows, t.caption)


def tables_apart(doc: Doc, lines: list[Line], rule: str = "annex-table"
                 ) -> tuple[list[Line], list[tuple[int, TableDraft]]]:
    """annex-table, operative-table: the tables of an annex or among operative paragraphs, printed in
    plain text's table form (rows between bars, a rule under the header rows, the caption on the line
    above after a colon), taken apart from the other lines: those lines, and each table with the number
    of its first line. lines: the caller's to give up, emptied (each table's lines are let go once it is read: a text
    of many small tables held their lines beside the model's cells)."""
    rest: list[Line] = []
    tables: list[tuple[int, TableDraft]] = []
    lines.reverse()  # (read from the end of the list, each line taken off it)
    while lines:
        j = len(lines) - 1 - (is_caption(lines[-1].view) and len(lines) > 1 and not lines[-2].gap_before)
        if not is_row(lines[j].view):
            rest.append(lines.pop())
            continue
        table = [lines.pop() for _ in range(len(lines) - j)]  # (its caption line and first row, or the row)
        while lines and is_row(lines[-1].view) and not lines[-1].gap_before:
            table.append(lines.pop())
        doc.fired(rule, table[0].number)
        tables.append((table[0].number, read_table([ln.content for ln in table], doc.used)))
    return rest, tables


def captions_above(doc: Doc, blocks: list[Block], tables: list[tuple[int, TableDraft]]) -> list[Block]:
    """table-caption-line: a table without a caption line (": …") takes as its caption the heading
    right above it — the block just before its first line, a heading without marks (the model's
    caption carries none). A PDF or a Word file prints a caption so, as a line of its own over the
    table; there it can head no paragraph, the table standing between it and the next one."""
    if not tables:
        return blocks
    # (The block right above a table found by bisection over the blocks' lines, in reading order, a caption taken
    # marked and left out at the end: sought again through all blocks for each table, many tables among many
    # paragraphs cost the square of their number.)
    lines = [b.line for b in blocks]
    taken: set[int] = set()
    for at, t in tables:
        if t.caption is not None:
            continue
        k = bisect_left(lines, at) - 1
        while k in taken:  # (a caption already taken by the table before, with no block between the two)
            k -= 1
        if k >= 0 and blocks[k].heading and not blocks[k].marks:
            t.caption = blocks[k].text
            doc.fired("table-caption-line", blocks[k].line)
            taken.add(k)
    return [b for k, b in enumerate(blocks) if k not in taken] if taken else list(blocks)
