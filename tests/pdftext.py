"""Test helper: lays out a UN AKN4UN file as text the way a PDF-to-text tool gives it.

Independent of unres' own renderer and reader: it reads the XML with lxml directly, wraps lines
at a width fit for the script, indents paragraph starts (or separates them by blank lines, or
double-spaces everything, or neither — as pypdf gives it —, by a layout picked from the file
name), glues footnote marks to the text, and at every page break puts the page's footnotes, a
running head (a General Assembly's with its title beside or under the symbol, drawn as pages.py
draws it), the job number and the page number into the flow — in the middle of a paragraph when
the break falls there. Two files in five are also laid out as another extraction gives
them: "flat" (wrapped, neither indents nor blank lines, as pypdf gives it) or "lines" (one
paragraph to a line, no pages, footnotes at the end, as a Word or web page export gives it).
"""

from __future__ import annotations

import hashlib
import re

from akndoc import Block, Doc, Expected, Part, _norm, read_akn, wrap
from pages import draw_head_title, head_lines, running_title

__all__ = ["Expected", "Part", "_norm", "cover_in_columns", "extraction_for", "layout_for", "pdf_text"]

LAYOUTS = ("indent", "blank", "double")
EXTRACTIONS = ("flat", "lines")  # one file in five is also laid out as each (extraction_for)


class Layout:
    """The fixed layouts: a width per script, 46 lines to a page, furniture at every break."""

    def __init__(self, name: str, cjk: bool, layout: str, symbol: str, job: str, title: str = ""):
        self.width = 40 if cjk else 88
        self.cjk = cjk
        self.layout = layout
        self.symbol = symbol
        self.job = job
        # General Assembly heads print the title beside or under the symbol, as pages.py draws them.
        self.title = title
        self.head_title = draw_head_title(name, title)
        self.lines: list[str] = []
        self.page_notes: list[tuple[str, str]] = []
        self.page = 1
        self.on_page = 0
        self.page_len = 46

        if layout == "lines":
            self.width = 10**9
            self.page_len = 10**9

    def _emit(self, line: str) -> None:
        self.lines.append(line)
        if self.layout == "double":
            self.lines.append("")
        self.on_page += 1
        if self.on_page >= self.page_len:
            self._page_break()

    def _page_break(self) -> None:
        if self.layout == "lines":
            # No pages: the notes follow the text.
            self.lines.append("")
            self.lines += [f"{marker} {text}" for marker, text in self.page_notes]
            self.page_notes = []
            return
        if self.page_notes:
            self.lines.append("  ")
            for marker, text in self.page_notes:
                for k, part in enumerate(self._wrap(text, self.width)):
                    self.lines.append((f" {marker} " if k == 0 else "   ") + part)
            self.page_notes = []
        self.lines.append("")
        self.page += 1
        head = [f"{line} " for line in head_lines(self.symbol, self.title, self.head_title, self.width, self.cjk,
                                                  self.page)]
        if self.page % 2:
            self.lines += [*head, "", f"{self.job} {self.page - 1} ", ""]
        else:
            self.lines += [f"{self.page - 1} {self.job} ", "", *head, ""]
        self.on_page = 0

    def _wrap(self, text: str, width: int) -> list[str]:
        return wrap(text, width, self.cjk)

    def single(self, line: str) -> None:
        """A header or closing line: printed alone."""
        if self.layout == "blank":
            self.lines.append("")
        for part in self._wrap(line, self.width):
            self._emit(part)

    def paragraph(self, text: str, notes: list[tuple[str, str]]) -> None:
        if self.layout == "blank" and self.lines:
            self.lines.append("")
        for k, part in enumerate(self._wrap(text, self.width)):
            indent = " " if (k == 0 and self.layout in ("indent", "double")) else ""
            self._emit(indent + self._place_notes(part, notes))

    def _place_notes(self, line: str, notes: list[tuple[str, str]]) -> str:
        def put(m):
            marker, text = notes[int(m.group(1))]
            self.page_notes.append((marker, text))
            return marker
        return re.sub(r"\x00(\d+)\x00", put, line)

    def text(self) -> str:
        if self.page_notes:
            self._page_break()
        return "\n".join(self.lines) + "\n"


def layout_for(name: str) -> str:
    return LAYOUTS[int(hashlib.sha1(name.encode()).hexdigest(), 16) % len(LAYOUTS)]


def extraction_for(name: str) -> str | None:
    """The other extraction a file is also laid out as, for two files in five."""
    extraction = int(hashlib.sha1(("extraction" + name).encode()).hexdigest(), 16) % 5
    return EXTRACTIONS[extraction] if extraction < len(EXTRACTIONS) else None


def cover_in_columns(name: str) -> bool:
    """Half the files get the cover page laid out in columns."""
    return int(hashlib.sha1(("cover" + name).encode()).hexdigest(), 16) % 2 == 0


def pdf_text(xml: bytes, name: str, layout: str | None = None) -> tuple[str, Expected]:
    doc, exp = read_akn(xml)
    return _lay_out(doc, name, layout or layout_for(name)), exp


def _lay_out(doc: Doc, name: str, layout: str) -> str:
    job = "GE.23-" + str(10000 + int(hashlib.sha1(name.encode()).hexdigest(), 16) % 89999)
    lay = Layout(name, doc.cjk, layout, doc.symbol, job, running_title(doc))
    cover = [c.text for c in doc.cover]
    if doc.standard_cover and cover_in_columns(name) and lay.layout != "lines":
        # As pdftotext -layout gives the first page: two columns to a line, the right-hand
        # column first in a right-to-left text.
        rtl = doc.lang == "ar"
        pad = " " * 24
        first = [(cover[0], cover[1]), (cover[2], cover[3])]
        cover = [f"{b}{pad}{a}" if rtl else f"{a}{pad}{b}" for a, b in first] + [pad + cover[4]] + cover[5:]
    for line in cover:
        lay.single(line)
    for block in doc.blocks:
        _print(lay, block)
    return lay.text()


def _print(lay: Layout, block: Block) -> None:
    if block.kind == "line":
        lay.single(block.text)
    elif block.kind == "para":
        lay.paragraph(block.text, list(block.notes))
    elif block.kind == "vote":
        for part in lay._wrap(block.text, lay.width):
            lay._emit(lay._place_notes(part, list(block.notes)))
    else:
        for line in block.old:
            lay.single(line)
