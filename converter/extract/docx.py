"""Word (.docx) → text for the reader, from the package's parts with lxml (no further dependency).

What Word knows is taken from where Word keeps it: the paragraphs and tables of the body in order
(word/document.xml), the numbers Word writes before numbered paragraphs (word/numbering.xml, the
paragraph's numPr or its style's, counters per list and level, "%1." level texts, restarts), the
italic and bold of runs and of their styles (word/styles.xml), and the notes (word/footnotes.xml:
a reference's mark is its number in order, or the text after it where Word was told the mark).

The text given to the reader: one paragraph to a line, a blank line between paragraphs, a table
row as its cells apart by a wide gap (the cover), the marks of the notes glued to their words and
the notes after the text as "mark text" — and the hints (italic openings) beside it.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..problems import Problem, UnresError
from ..text.tables import SPANNED, form_lines
from .hints import CONTEXT, Hints, Mark, Opening, italic_opening, squeeze

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
_MAX_COLUMNS = 63  # Word's limit: a table's columns, and so a cell's gridSpan
_MAX_PART = 64 * 1024 * 1024  # a part larger than this is refused (a zip bomb, not a resolution)


def _on(el) -> bool:
    """A toggle property (w:i, w:b) is on unless its value says off."""
    return el is not None and el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


@dataclass
class _Styles:
    italic: dict[str, bool] = field(default_factory=dict)
    bold: dict[str, bool] = field(default_factory=dict)
    numbering: dict[str, tuple[str, int]] = field(default_factory=dict)  # paragraph style → (numId, ilvl)
    based_on: dict[str, str] = field(default_factory=dict)
    paragraph_props: dict[str, Any] = field(default_factory=dict)  # style → its w:pPr (an lxml element)

    def prop(self, table: dict[str, bool], style: str | None) -> bool:
        seen = 0
        while style and seen < 20:
            if style in table:
                return table[style]
            style = self.based_on.get(style)
            seen += 1
        return False


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


class _Numbering:
    """Word's automatic numbers: one counter per (list, level); a level's count goes on across the
    paragraphs of its list and restarts when a shallower level of the list moves on."""

    def __init__(self, root) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        abstract: dict[str, dict[int, _Level]] = {}
        if root is None:
            return
        for a in root.iterfind(W + "abstractNum"):
            abstract[a.get(W + "abstractNumId", "")] = {
                int(lvl.get(W + "ilvl", "0")): _Level(
                    _val(lvl.find(W + "numFmt"), "decimal"), _val(lvl.find(W + "lvlText"), ""),
                    int(_val(lvl.find(W + "start"), "1") or 1))
                for lvl in a.iterfind(W + "lvl")}
        for n in root.iterfind(W + "num"):
            levels = dict(abstract.get(_val(n.find(W + "abstractNumId"), ""), {}))
            for o in n.iterfind(W + "lvlOverride"):
                ilvl = int(o.get(W + "ilvl", "0"))
                start = o.find(W + "startOverride")
                if ilvl in levels and start is not None:
                    lv = levels[ilvl]
                    levels[ilvl] = _Level(lv.fmt, lv.text, int(_val(start, "1") or 1))
            self.levels[n.get(W + "numId", "")] = levels
        self.counts: dict[str, dict[int, int]] = {}

    def next(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or levels[ilvl].fmt in ("none", "bullet"):
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        out = levels[ilvl].text
        for k, lv in levels.items():
            if f"%{k + 1}" in out:
                out = out.replace(f"%{k + 1}", _format(counts.get(k, lv.start), lv.fmt))
        return out


_WIDE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _wrap(text: str, indented: bool) -> list[str]:
    """A paragraph as lines of a printed page (about 88 characters), the first indented by a space
    when Word indents it: the shape of text the reader reads best (a Word
    paragraph on one long line looks like the "one paragraph to a line" exports, whose paragraph
    breaks the reader has to guess)."""
    lead = " " if indented else ""
    if _WIDE.search(text[:40]):
        # Chinese stays on one line: a line cut at any character may start with an opening word
        # ("又回顾") after a clause's comma, which reads as a new paragraph.
        return [lead + text]
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > 88:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    lines[0] = lead + lines[0]
    return lines


def _val(el, default: str) -> str:
    return default if el is None else el.get(W + "val", default)


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        # a … z, then aa, bb … (Word's letters repeat rather than count on).
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def _part(z: zipfile.ZipFile, name: str, file: str | None):
    try:
        info = z.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART:
        raise UnresError(Problem("docx-unreadable", f"{name} is {info.file_size} bytes: refused", file=file))
    try:
        return etree.fromstring(z.read(name), _PARSER)
    except etree.XMLSyntaxError as e:
        raise UnresError(Problem("docx-unreadable", f"{name} is not well-formed XML: {e}", file=file)) from None


def _styles(root) -> _Styles:
    st = _Styles()
    if root is None:
        return st
    for s in root.iterfind(W + "style"):
        sid = s.get(W + "styleId", "")
        rpr = s.find(W + "rPr")
        if rpr is not None:
            if rpr.find(W + "i") is not None:
                st.italic[sid] = _on(rpr.find(W + "i"))
            if rpr.find(W + "b") is not None:
                st.bold[sid] = _on(rpr.find(W + "b"))
        based = s.find(W + "basedOn")
        if based is not None:
            st.based_on[sid] = based.get(W + "val", "")
        ppr = s.find(W + "pPr")
        if ppr is not None:
            st.paragraph_props[sid] = ppr
        num = s.find(f"{W}pPr/{W}numPr")
        if num is not None:
            st.numbering[sid] = (_val(num.find(W + "numId"), ""), int(_val(num.find(W + "ilvl"), "0") or 0))
    return st


class _Reader:
    def __init__(self, z: zipfile.ZipFile, name: str | None) -> None:
        self.styles = _styles(_part(z, "word/styles.xml", name))
        self.numbering = _Numbering(_part(z, "word/numbering.xml", name))
        self.notes: dict[str, str] = {}
        notes = _part(z, "word/footnotes.xml", name)
        self.note_root = notes
        self.note_texts: dict[str, str] = {}
        self.note_order: list[tuple[str, str]] = []  # (mark, id) in the order of their references
        self.auto = 0
        self.lines: list[str] = []
        self.openings: list[Opening] = []
        self.headings: list[str] = []  # the paragraphs set in bold, whitespace normalised
        self.shown = False
        self.stream = 0  # characters of body text so far, whitespace removed
        self.body_text: list[str] = []
        self.placed: list[tuple[int, int]] = []  # (index into note_order, stream position)

    # -- the body --------------------------------------------------------------------------
    def body(self, body) -> None:
        for el in body:
            if el.tag == W + "p":
                self.paragraph(el)
            elif el.tag == W + "tbl":
                self.table(el)
            elif el.tag == W + "sdt":
                content = el.find(W + "sdtContent")
                if content is not None:
                    self.body(content)

    def table(self, tbl) -> None:
        if self.stream:
            self.body_table(tbl)
            return
        # docx-cover-table: a table before any paragraph of text is the cover (symbol, body,
        # distribution, date side by side): a row's cells apart by a wide gap, as a PDF's columns.
        for row in tbl.iterfind(W + "tr"):
            cells = []
            for cell in row.iterfind(W + "tc"):
                texts = [self.runs(p)[0] for p in cell.iterfind(W + "p")]
                cells.append(" ".join(t for t in texts if t.strip()))
            line = "          ".join(c for c in cells if c.strip())
            if line:
                self.lines += [line, ""]

    def body_table(self, tbl) -> None:
        """docx-body-table: a table after text (a budget resolution's staffing table) in plain
        text's table form (unres.text.tables), from what Word keeps: a cell's columns (gridSpan),
        a cell continued from the row above (vMerge), the header rows (repeated on each page:
        tblHeader; else the first rows set wholly in bold), a row's heading below them in bold;
        the notes' marks in cells placed as in paragraphs."""
        rows = []
        header = 0
        for k, row in enumerate(tbl.iterfind(W + "tr")):
            rows.append([self.cell(tc) for tc in row.iterfind(W + "tc")])
            if _on(row.find(f"{W}trPr/{W}tblHeader")):
                header = k + 1
        self.lines += [*form_lines(rows, header), ""]

    def cell(self, tc) -> tuple[str, int, bool]:
        """A cell: its text (SPANNED where it continues the cell above), its columns, whether bold."""
        pr = tc.find(W + "tcPr")
        given = _val(pr.find(W + "gridSpan"), "1") if pr is not None else "1"
        # (Word allows 63 columns; any other value, or none that is a number, is one column)
        number = len(given) <= 2 and given.isascii() and given.isdigit()
        span = int(given) if number and 0 < int(given) <= _MAX_COLUMNS else 1
        merge = pr.find(W + "vMerge") if pr is not None else None
        if merge is not None and merge.get(W + "val", "continue") != "restart":
            return SPANNED, span, False
        texts, bold = [], True
        for p in tc.iter(W + "p"):  # (with the paragraphs of a table inside the cell: no text is lost)
            ppr = p.find(W + "pPr")
            style = _val(ppr.find(W + "pStyle"), "") if ppr is not None else ""
            first_note = len(self.note_order)
            text = self.text_of(first_note, self.runs(p, style)[1])
            if text.strip():
                texts.append(" ".join(text.split()))
                bold = bold and self._bold(p, style)
        return " ".join(texts), span, bold and bool(texts)

    def paragraph(self, p) -> None:
        ppr = p.find(W + "pPr")
        style = _val(ppr.find(W + "pStyle"), "") if ppr is not None else ""
        num = ppr.find(W + "numPr") if ppr is not None else None
        label = ""
        if num is not None and num.find(W + "numId") is not None:
            label = self.numbering.next(_val(num.find(W + "numId"), ""), int(_val(num.find(W + "ilvl"), "0") or 0))
        elif style in self.styles.numbering:
            label = self.numbering.next(*self.styles.numbering[style])
        first_note = len(self.note_order)
        _, pieces = self.runs(p, style)
        if label:
            pieces.insert(0, (label + " ", False, False))
        text = self.text_of(first_note, pieces)
        if not text.strip():
            return
        opening = italic_opening(pieces)
        if opening is not None:
            self.openings.append(opening)
        if not label and self._bold(p, style):
            self.headings.append(" ".join(text.split()))
        indented = bool(label) or self._indented(ppr, style)
        self.lines += [*_wrap(" ".join(text.split()), indented), ""]

    def text_of(self, first_note: int, pieces: list[tuple[str, bool, bool]]) -> str:
        """A paragraph's text from its pieces, the notes' marks taken out (kept when shown) and
        placed in the stream of the body's text, where the hints find them."""
        text = "".join(t for t, _, up in pieces if self.shown or not up or not self._is_mark(up, first_note))
        marks = iter(range(first_note, len(self.note_order)))
        for t, _, up in pieces:
            if up and self._is_mark(up, first_note):
                self.placed.append((next(marks, -1), self.stream))
            else:
                bare = squeeze(t)
                self.body_text.append(bare)
                self.stream += len(bare)
        return text

    def _indented(self, ppr, style: str) -> bool:
        """Whether a paragraph starts indented: its own first-line indent, or its style's."""
        for props in (ppr, self.styles.paragraph_props.get(style)):
            ind = props.find(W + "ind") if props is not None else None
            if ind is not None:
                first = ind.get(W + "firstLine") or ind.get(W + "left") or ind.get(W + "start") or "0"
                return first.lstrip("-").isdigit() and int(first) > 0
        return False

    def _bold(self, p, style: str) -> bool:
        """Whether every run of text of a paragraph is bold: by its own properties, its character
        style or the paragraph's style (a heading style is bold) — a heading, for bold-heading."""
        para_bold = self.styles.prop(self.styles.bold, style)
        seen = False
        for r in p.iter(W + "r"):
            if not "".join(t.text or "" for t in r.iterfind(W + "t")).strip():
                continue
            seen = True
            rpr = r.find(W + "rPr")
            b = rpr.find(W + "b") if rpr is not None else None
            rstyle = _val(rpr.find(W + "rStyle"), "") if rpr is not None else ""
            if not (_on(b) if b is not None else (self.styles.prop(self.styles.bold, rstyle) or para_bold)):
                return False
        return seen

    def _is_mark(self, raised: bool, first_note: int) -> bool:
        # Raised text is a note's mark when the paragraph references notes; other raised text
        # ("1er", "m2") stays in the text.
        return raised and len(self.note_order) > first_note

    def runs(self, p, style: str = "") -> tuple[str, list[tuple[str, bool, bool]]]:
        """The text of a paragraph and its pieces (text, italic, raised) in order."""
        pieces: list[tuple[str, bool, bool]] = []
        style_italic = self.styles.prop(self.styles.italic, style)
        custom_next = False
        for r in p.iter(W + "r"):
            if any(a.tag in (W + "del", W + "moveFrom") for a in r.iterancestors()):
                continue  # tracked deletions are not the text
            rpr = r.find(W + "rPr")
            rstyle = _val(rpr.find(W + "rStyle"), "") if rpr is not None else ""
            italic_el = rpr.find(W + "i") if rpr is not None else None
            italic = _on(italic_el) if italic_el is not None else (
                self.styles.prop(self.styles.italic, rstyle) or style_italic)
            raised = rpr is not None and _val(rpr.find(W + "vertAlign"), "") == "superscript"
            for child in r:
                tag = child.tag
                if tag == W + "t":
                    t = child.text or ""
                    if custom_next and t.strip():
                        # The mark Word was told to print for the note referenced just before.
                        note_id = self.note_order.pop()[1]
                        self.note_order.append((t.strip(), note_id))
                        custom_next = False
                        pieces.append((t.strip(), False, True))
                        continue
                    pieces.append((t, italic, raised))
                elif tag in (W + "tab", W + "br", W + "cr"):
                    pieces.append((" ", italic, False))
                elif tag == W + "noBreakHyphen":
                    pieces.append(("-", italic, False))
                elif tag == W + "footnoteReference":
                    note_id = child.get(W + "id", "")
                    if _on(child.find(W + "customMarkFollows")) or child.get(W + "customMarkFollows") in ("1", "true"):
                        self.note_order.append(("", note_id))
                        custom_next = True
                        continue
                    self.auto += 1
                    self.note_order.append((str(self.auto), note_id))
                    pieces.append((str(self.auto), False, True))
        return "".join(t for t, _, _ in pieces), pieces

    # -- the notes -------------------------------------------------------------------------
    def note_lines(self) -> list[str]:
        if self.note_root is None or not self.note_order:
            return []
        by_id = {}
        for n in self.note_root.iterfind(W + "footnote"):
            if n.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            parts = []
            for p in n.iterfind(W + "p"):
                parts.append("".join(t.text or "" for t in p.iter(W + "t")
                                     if not _is_mark_run(t)))
            by_id[n.get(W + "id", "")] = " ".join(" ".join(parts).split())
        out = [""]
        for mark, note_id in self.note_order:
            if note_id in by_id:
                out.append(f"{mark} {by_id[note_id]}")
        self.note_texts = by_id
        return out


def _is_mark_run(t) -> bool:
    """The note's own mark at its start (a custom mark, raised) is not the note's text."""
    run = t.getparent()
    rpr = run.find(W + "rPr") if run is not None else None
    return rpr is not None and _val(rpr.find(W + "vertAlign"), "") == "superscript" and run.getprevious() is None


def read(data: bytes, name: str | None = None, shown: bool = False) -> tuple[str, Hints]:
    """The text for the reader and the hints; shown=True: with the marks and notes in the text."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as e:
        raise UnresError(Problem("docx-unreadable", f"not a Word file (not a zip package: {e})", file=name)) from None
    with z:
        doc = _part(z, "word/document.xml", name)
        if doc is None:
            raise UnresError(Problem("docx-unreadable", "the package has no word/document.xml: not a Word document",
                                     file=name))
        reader = _Reader(z, name)
        reader.shown = shown
        body = doc.find(W + "body")
        if body is not None:
            reader.body(body)
        note_lines = reader.note_lines()
        lines = reader.lines + (note_lines if shown else [])
    text = "\n".join(lines).strip("\n") + "\n"
    stream = "".join(reader.body_text)
    marks = tuple(Mark(reader.note_order[k][0], stream[max(0, at - CONTEXT):at], stream[at:at + CONTEXT])
                  for k, at in reader.placed if k >= 0)
    notes = tuple((mark, reader.note_texts.get(note_id, "")) for mark, note_id in reader.note_order)
    return text, Hints(tuple(reader.openings), bool(reader.openings), tuple(reader.headings), marks=marks,
                       notes=notes)
