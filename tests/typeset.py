"""Test helper: prints a resolution model as the UN prints it, as PDF (fpdf2) and as Word (python-docx).

The fixtures of the PDF and Word tests are made here from a model (a synthetic one, or the model of
a UN AKN file of the corpus), never copied. What is printed follows the UN's layout: a cover in two
columns ("United Nations" | symbol, body | distribution, then the date of issue and the original
language on the right; mirrored in Arabic), the session and agenda item, the resolution's number
and title in bold, the enacting formula and the opening phrases in italics (slanted in Arabic and
Chinese, whose fonts have no italic face, as Word prints them), paragraphs with a first-line
indent and space between them, headings in bold, footnote marks raised and the notes at the foot of the page
of their mark under a short rule, running heads (the symbol) alternating sides, page numbers and
job numbers at the foot. The Word file holds the same with Word's own means: a cover table,
italic runs, automatic numbering of the operative paragraphs (numbering.xml) and real footnotes
(footnotes.xml).

`printed(res)` is the one description of the document both writers follow.
"""

from __future__ import annotations

import copy
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from unres.langs import lang
from unres.model import FootnoteRef, OperativeParagraph, Resolution, SubParagraph, Table
from unres.text.render import vote_statement

NOTO = Path("/usr/share/fonts/truetype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
FONTS = {
    # family → (regular, italic, bold); None where the script has no such face in print
    "latin": (NOTO / "NotoSerif-Regular.ttf", NOTO / "NotoSerif-Italic.ttf", NOTO / "NotoSerif-Bold.ttf"),
    "ar": (NOTO / "NotoNaskhArabic-Regular.ttf", None, NOTO / "NotoNaskhArabic-Bold.ttf"),
    "zh": (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), None, None),
}
ORGANIZATION = {"ar": "الأمم المتحدة", "en": "United Nations", "es": "Naciones Unidas", "fr": "Nations Unies",
                "ru": "Организация Объединенных Наций", "zh": "联合国"}


def family(code: str) -> str:
    return code if code in ("ar", "zh") else "latin"


def missing_fonts(code: str) -> list[str]:
    """The font files a language's fixtures need that this machine lacks (tests skip, saying which)."""
    return [str(p) for p in FONTS[family(code)] if p is not None and not p.is_file()]


JOB_LETTER = {"ar": "A", "en": "E", "es": "S", "fr": "F", "ru": "R", "zh": "C"}  # as the UN marks them


# -- what is printed -------------------------------------------------------------------------------
@dataclass
class Seg:
    text: str
    style: str = ""  # "", "I" (italic), "B" (bold), "SUP" (a footnote mark)
    note: str | None = None  # the note's text, for a mark


@dataclass
class Block:
    segs: list[Seg]
    indent: int = 1  # first-line indent in steps (0: flush)
    kind: str = "para"  # "para", "heading", "line" (a line of the header or closing), "title"
    number: str | None = None  # an operative paragraph's number (Word numbers it automatically)
    depth: int = 0  # of a sub-paragraph
    # kind "table": its rows, each cell as (segments, columns, rows spanned, bold) — a header cell is
    # set in bold —, and how many header rows stand at the top (repeated as header rows in Word)
    rows: list[list[tuple[list[Seg], int, int, bool]]] = field(default_factory=list)
    header_rows: int = 0


@dataclass
class Printed:
    code: str
    symbol: str
    cover: list[tuple[str, str]]  # (left, right) rows, as read in the language's direction
    blocks: list[Block] = field(default_factory=list)
    job: str = "23-12345"


def _with_marks(text: str, refs: tuple[FootnoteRef, ...], notes: dict[str, str], style: str = "",
                opening: str | None = None) -> list[Seg]:
    segs: list[Seg] = []
    cuts = sorted({r.offset for r in refs} | ({len(opening)} if opening and text.startswith(opening) else set()))
    pos = 0
    by_offset: dict[int, list[str]] = {}
    for r in refs:
        by_offset.setdefault(r.offset, []).append(r.marker)
    for cut in sorted({*cuts, len(text)}):
        piece = text[pos:cut]
        if piece:
            italic = opening and text.startswith(opening) and pos < len(opening)
            segs.append(Seg(piece, "I" if italic else style))
        for marker in by_offset.get(cut, []):
            segs.append(Seg(marker, "SUP", notes.get(marker, "")))
        pos = cut
    return segs


def printed(res: Resolution) -> Printed:
    md = res.metadata
    code = md.language
    lg = lang(code)
    notes = {f.marker: f.text for f in res.footnotes}
    italic = True  # opening phrases and formulas in italics (slanted where the script's font has no italic)
    fmt = lg.t["formats"]
    distribution = ""
    if md.distribution:
        # The model keeps what the cover says ("Distr.: General") or only the kind ("General").
        distribution = md.distribution if md.distribution.startswith("Distr") else \
            fmt["distribution"].format(v=md.distribution)
    cover = [(ORGANIZATION[code], md.symbol or ""), (md.body_name or "", distribution)]
    if md.issue_date:
        cover.append(("", lg.format_date(md.issue_date)))
    if md.original_language:
        cover.append(("", fmt["original"].format(v=lg.t["language_names"][md.original_language][0])))
    doc = Printed(code, md.symbol or "", cover)
    add = doc.blocks.append
    s = md.session
    if s is not None and s.label:
        add(Block([Seg(s.label)], 0, "line"))
        if s.start_date and s.end_date:
            sep = lg.t["range_separators"][0]
            add(Block([Seg(f"{lg.format_date(s.start_date)}{sep}{lg.format_date(s.end_date)}")], 0, "line"))
    for item in res.agenda_items:
        add(Block([Seg(fmt["agenda"].format(n=item.number))], 0, "line"))
        if item.title:
            add(Block([Seg(item.title, "B")], 0, "line"))
    if md.resolution_number and "(" in md.resolution_number:
        add(Block([Seg(fmt["sc_heading"].format(n=md.resolution_number), "B")], 0, "title"))
    if md.resolution_number and "/" in md.resolution_number:
        title = _with_marks(md.title, md.title_footnote_refs, notes, "B") if md.title else []
        add(Block([Seg(f"{md.resolution_number}." + (" " if title else ""), "B"), *title], 0, "title"))

    def formula(text: str) -> None:
        head = text.rstrip(",،，")
        add(Block([Seg(head, "I" if italic else ""), Seg(text[len(head):])] if head != text
                  else [Seg(text, "I" if italic else "")]))

    def preamble(paragraphs) -> None:
        for p in paragraphs:
            add(Block(_with_marks(p.text, p.footnote_refs, notes, opening=p.opening if italic else None)))

    if res.preamble.formula:
        formula(res.preamble.formula)
    preamble(res.preamble.paragraphs)
    _operative(doc, lg, res.operative, notes, italic, res.tables)
    for part in res.parts:
        add(Block([Seg(part.label, "B")], 0, "heading"))
        if part.title:
            add(Block(_with_marks(part.title, part.title_footnote_refs, notes, "B"), 0, "heading"))
        if part.formula:
            formula(part.formula)
        preamble(part.preamble)
        _operative(doc, lg, part.operative, notes, italic, part.tables)
    if md.adoption_date:
        add(Block([Seg(lg.format_date(md.adoption_date))], 0, "line"))
    if md.meeting is not None and md.meeting.label:
        add(Block([Seg(md.meeting.label)], 0, "line"))
    vote = res.vote
    if vote.text is None and vote.type != "unknown" and not any(side.members for _, side in vote.sides()):
        # A vote known from metadata only: the statement the text writer gives it (the type, the
        # counts, a vote in writing), as a reader of the print finds it.
        add(Block([Seg("[" + vote_statement(lg, res) + "]")], 0, "line"))
    elif vote.text is not None or vote.sides():
        sides = vote.sides()
        add(Block([Seg("["), *_with_marks(vote.text or "", vote.footnote_refs, notes)]
                  + ([] if sides else [Seg("]")]), 0, "line"))
        for k, (name, side) in enumerate(sides):
            add(Block([Seg(lg.vote["sides"][name][0])], 0, "line"))
            names = [m.name for m in side.members]
            if len(names) > 1 and lg.vote["last_separator"] != lg.vote["separator"]:
                listed = lg.vote["separator"].join(names[:-1]) + lg.vote["last_separator"] + names[-1]
            else:
                listed = lg.vote["separator"].join(names)
            listed = listed + (lg.vote.get("list_end") or "") if names else ""
            last = k == len(sides) - 1
            if listed or last:
                add(Block([Seg(listed + ("]" if last else ""))], 1, "line"))
    for annex in res.annexes:
        add(Block([Seg(fmt["annex"], "B")], 0, "heading"))
        if annex.title:
            add(Block(_with_marks(annex.title, annex.title_footnote_refs, notes, "B"), 0, "heading"))
        for ap in annex.paragraphs:
            add(Block(_with_marks(ap.text, ap.footnote_refs, notes)))
    return doc


def _table(doc: Printed, table: Table, notes: dict[str, str]) -> None:
    """A table among operative paragraphs: its caption a bold line of its own above it, as the UN
    prints one, then the table, its header cells in bold."""
    from unres.text.tables import header_rows

    if table.caption:
        doc.blocks.append(Block([Seg(table.caption, "B")], 0, "heading"))
    rows = [[(_with_marks(c.text, c.footnote_refs, notes, "B" if c.header else ""), c.colspan, c.rowspan, c.header)
             for c in row.cells] for row in table.rows]
    doc.blocks.append(Block([], 0, "table", rows=rows, header_rows=header_rows(table)))


def _operative(doc: Printed, lg, paragraphs: tuple[OperativeParagraph, ...], notes: dict[str, str],
               italic: bool, tables: tuple[Table, ...] = ()) -> None:
    for t in tables:
        if t.position == 0:
            _table(doc, t, notes)
    for k, p in enumerate(paragraphs):
        for h in p.headings:
            doc.blocks.append(Block([Seg(h, "B")], 0, "heading"))
        segs = _with_marks(p.text, p.footnote_refs, notes, opening=p.opening if italic else None)
        if p.number:
            # Printed before the text; Word numbers the paragraph itself (see to_docx).
            segs.insert(0, Seg(lg.format_paragraph_number(p.number) + " ", "NUM"))
        doc.blocks.append(Block(segs, 1, "para", p.number))
        _subs(doc, p.subparagraphs, notes, 1)
        if p.wrap_up is not None:
            doc.blocks.append(Block(_with_marks(p.wrap_up.text, p.wrap_up.footnote_refs, notes)))
        for t in tables:
            if t.position == k + 1:
                _table(doc, t, notes)


def _subs(doc: Printed, subs: tuple[SubParagraph, ...], notes: dict[str, str], depth: int) -> None:
    for s in subs:
        doc.blocks.append(Block([Seg(s.label + " "), *_with_marks(s.text, s.footnote_refs, notes)], depth + 1,
                                "para", depth=depth))
        _subs(doc, s.subparagraphs, notes, depth + 1)


# -- PDF -------------------------------------------------------------------------------------------
MM_INDENT = 12.5
BODY_PT = 10.5
NOTE_PT = 8.0
LINE_MM = 5.0
NOTE_LINE_MM = 3.6
_CJK_ATOMS = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\u2e80-\u9fff\uf900-\ufaff"
                        "\uff00-\uffef\u3000-\u303f]+")


@dataclass
class _Atom:
    text: str  # a word (or one CJK character); spaces are between atoms
    style: str
    space_before: bool
    width: float = 0.0
    # Right to left: each character's embedding level and that of the space before the atom, as
    # the Unicode bidirectional algorithm resolves them over the whole paragraph (see _levels).
    levels: tuple[int, ...] = ()
    space_level: int = 1


def _levels(atoms: list[_Atom]) -> None:
    """The bidirectional levels of a right-to-left paragraph's characters (fpdf2's implementation of
    the Unicode algorithm, run over the paragraph as Word runs it): numbers after Arabic words are
    Arabic numbers ("1-3" shows as "3-1"), punctuation between two Latin words runs with them
    ("United Nations, Treaty Series"), a bracket takes the direction of what it encloses and
    surrounds. Footnote marks are left out of the text (a mark is a field of its own)."""
    from fpdf.bidi import BidiParagraph

    text: list[str] = []
    starts: list[int] = []
    for a in atoms:
        if a.style == "SUP":
            starts.append(-1)
            continue
        if a.space_before and text:
            text.append(" ")
        starts.append(len(text))
        text.extend(a.text)
    if not text:
        return
    levels = [c.embedding_level for c in BidiParagraph("".join(text), "RTL").get_characters_with_embedding_level()]
    for a, start in zip(atoms, starts, strict=True):
        if start < 0:
            a.levels = (1,) * len(a.text)
            continue
        a.levels = tuple(levels[start:start + len(a.text)])
        a.space_level = levels[start - 1] if start and text[start - 1] == " " else 1


class _Typesetter:
    """Lines of the page laid out here, not by fpdf2's own paragraph layout: the line breaks, the
    first-line indents, the notes at the foot of the page of their mark and the right-to-left order
    of Arabic are then exactly as planned (and a 10-page document takes a fraction of a second)."""

    def __init__(self, doc: Printed, job: str):
        from fpdf import FPDF

        # fontTools notes that it drops WenQuanYi's bitmap table when it subsets the font: not news.
        logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

        self.doc = doc
        self.code = doc.code
        self.rtl = doc.code == "ar"
        self.cjk = doc.code == "zh"
        self.font = family(doc.code)
        self.job = job
        pdf = FPDF(format="A4", unit="mm")
        pdf.set_creator("unres tests")
        pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=UTC))  # reproducible bytes
        regular, italic_face, bold = FONTS[self.font]
        # Only the faces a script has (loading a font file costs fpdf2 a second for a CJK one).
        self.styles = {"": "", "I": "I" if italic_face else "", "B": "B" if bold else ""}
        pdf.add_font(self.font, "", str(regular))
        if italic_face:
            pdf.add_font(self.font, "I", str(italic_face))
        if bold:
            pdf.add_font(self.font, "B", str(bold))
        fallbacks = []
        if self.font != "latin":
            pdf.add_font("latin", "", str(FONTS["latin"][0]))
            pdf.add_font("latin", "B", str(FONTS["latin"][2]))
            fallbacks.append("latin")
        if DEJAVU.is_file():
            # Signs Noto Serif lacks ("−" U+2212 and others): printed, not dropped.
            pdf.add_font("dejavu", "", str(DEJAVU))
            fallbacks.append("dejavu")
        if fallbacks:
            pdf.set_fallback_fonts(fallbacks)
        if self.rtl:
            pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ara")
        pdf.set_auto_page_break(False)
        pdf.set_margins(25, 22, 25)
        self.pdf = pdf
        self.left, self.right = 25.0, pdf.w - 25.0
        self.top, self.bottom = 24.0, pdf.h - 24.0
        self.notes: list[tuple[str, str]] = []
        self.noted: set[str] = set()
        self.y = self.top
        self.widths: dict[tuple[str, str, float, bool], float] = {}
        self.shaping_rtl = True

    # measuring and placing ------------------------------------------------------------------
    def width(self, text: str, style: str, size: float, rtl: bool = True) -> float:
        key = (text, style, size, rtl)
        w = self.widths.get(key)
        if w is None:
            self._direction(rtl)
            self._font(style, size)
            w = self.widths[key] = self.pdf.get_string_width(text)
        return w

    def _direction(self, rtl: bool) -> None:
        """Arabic: the shaping direction of the next piece (a piece the bidirectional algorithm puts
        at an even level is shaped left to right, as it is shown)."""
        if self.rtl and rtl != self.shaping_rtl:
            self.shaping_rtl = rtl
            if rtl:
                self.pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ara")
            else:
                self.pdf.set_text_shaping(use_shaping_engine=True, direction="ltr")

    def _font(self, style: str, size: float) -> None:
        pdf = self.pdf
        pdf.set_font(self.font, self.styles.get(style, ""), size)
        if not pdf.current_font_is_set_on_page and pdf.page > 0:
            # Set on the page now, outside any text object: fpdf2 (2.8) sets the font of a cell whose
            # first piece is in a fallback font ("(", a Latin word in Arabic) only inside that cell's
            # q…Q, yet counts it as set for the page; the next cells in that font were then drawn
            # in the font before it (the running head's), their glyphs unreadable.
            pdf._out(pdf._set_font_for_page(pdf.current_font, pdf.font_size_pt))

    def atoms(self, segs: list[Seg], size: float) -> list[_Atom]:
        out: list[_Atom] = []
        space = False
        for s in segs:
            if s.style == "SUP":
                mark = f"({s.text})" if self.rtl and not s.text.startswith("(") else s.text
                out.append(_Atom(mark, "SUP", False, self.width(mark, "", size * 0.65)))
                continue
            for piece in re.split(r"( +)", s.text):
                if not piece:
                    continue
                if piece.isspace():
                    space = True
                    continue
                # Chinese breaks between any two characters; a run of Latin letters or digits stays.
                parts = _CJK_ATOMS.findall(piece) if self.cjk else [piece]
                for k, part in enumerate(parts):
                    out.append(_Atom(part, s.style, space if k == 0 else False, self.width(part, s.style, size)))
                space = False
        if self.rtl:
            _levels(out)
        return out

    def lines(self, atoms: list[_Atom], first_width: float, width: float, size: float) -> list[list[_Atom]]:
        space_w = self.width(" ", "", size)
        lines: list[list[_Atom]] = []
        cur: list[_Atom] = []
        used = 0.0
        limit = first_width
        for a in atoms:
            gap = space_w if (a.space_before and cur) else 0.0
            # A line breaks at a space (or between two Chinese characters), never before a mark
            # or before what is glued to the word before it ("…autochtones¹," keeps its comma).
            glued = (not a.space_before and not (self.cjk and _CJK_ATOMS.fullmatch(a.text) and len(a.text) == 1)) \
                or a.text[:1] in ";:!?»)]"  # French sets these after a no-break space
            if cur and used + gap + a.width > limit and a.style != "SUP" and not glued:
                lines.append(cur)
                cur, used, limit = [], 0.0, width
                gap = 0.0
            cur.append(a)
            used += gap + a.width
        if cur:
            lines.append(cur)
        return lines

    def place(self, line: list[_Atom], x_start: float, y: float, size: float, line_h: float) -> None:
        """One line at the baseline row y: atoms left to right from x_start, or in Arabic ending at
        x_start, in the order the bidirectional algorithm shows them (see _visual)."""
        space_w = self.width(" ", "", size)
        if not self.rtl:
            x = x_start
            for a in self._merge(line, space_w):
                if a.space_before and x > x_start:
                    x += space_w
                self._put(a, x, y, size, line_h)
                x += a.width
            return
        pieces = self._visual(line, size)
        x = x_start - sum(a.width for a, _ in pieces)
        for a, level in pieces:
            self._put(a, x, y, size, line_h, level % 2 == 1)
            x += a.width

    def _visual(self, line: list[_Atom], size: float) -> list[tuple[_Atom, int]]:
        """A right-to-left line as pieces left to right, each with its level: the atoms cut where
        the level changes, reordered by rule L2 of the Unicode bidirectional algorithm (from the
        highest level down to 1, every run at that level or above reversed), and neighbours of one
        style and level joined into one piece — one text operator, as a word processor writes a
        line: Arabic words together, a number or a Latin phrase apart."""
        pieces: list[tuple[str, str, int]] = []
        for a in line:
            if a.style == "SUP":
                pieces.append((a.text, "SUP", 1))
                continue
            if a.space_before and pieces:
                pieces.append((" ", "", a.space_level))
            start = 0
            for k in range(1, len(a.text) + 1):
                if k == len(a.text) or a.levels[k] != a.levels[start]:
                    pieces.append((a.text[start:k], a.style, a.levels[start]))
                    start = k
        order = list(range(len(pieces)))
        for level in range(max((p[2] for p in pieces), default=1), 0, -1):
            i = 0
            while i < len(order):
                if pieces[order[i]][2] < level:
                    i += 1
                    continue
                j = i
                while j < len(order) and pieces[order[j]][2] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
        shown = [pieces[k] for k in order]
        merged: list[tuple[str, str, int]] = []
        k = 0
        while k < len(shown):
            text, style, level = shown[k]
            prev = merged[-1] if merged else None
            # Left to right as shown: in a right-to-left piece the later text comes first.
            if prev is not None and style != "SUP" and prev[1:] == (style, level) and text.strip():
                merged[-1] = (text + prev[0] if level % 2 else prev[0] + text, style, level)
                k += 1
                continue
            # One space between two words of a style and level joins them; a space at a piece's
            # edge stays a gap (fpdf2 drops it from a right-to-left piece).
            if (prev is not None and prev[1] != "SUP" and not text.strip() and k + 1 < len(shown)
                    and shown[k + 1][1:] == prev[1:] and prev[2] == level and shown[k + 1][0].strip()):
                after = shown[k + 1][0]
                merged[-1] = (after + text + prev[0] if level % 2 else prev[0] + text + after, prev[1], level)
                k += 2
                continue
            merged.append((text, style, level))
            k += 1
        out = []
        for text, style, level in merged:
            if not text.strip():
                out.append((_Atom(text, "", False, self.width(text, "", size)), level))
                continue
            rtl = level % 2 == 1
            width = self.width(text, "", size * 0.65, rtl) if style == "SUP" else self.width(text, style, size, rtl)
            out.append((_Atom(text, style, False, width), level))
        return out

    def _merge(self, line: list[_Atom], space_w: float) -> list[_Atom]:
        """Words of one style shown by one text operator, as a word processor writes a line."""
        out: list[_Atom] = []
        for a in line:
            prev = out[-1] if out else None
            if prev is not None and a.style != "SUP" and prev.style == a.style:
                sep = " " if a.space_before else ""
                out[-1] = _Atom(prev.text + sep + a.text, prev.style, prev.space_before,
                                prev.width + (space_w if sep else 0.0) + a.width)
            else:
                out.append(a)
        return out

    def _put(self, a: _Atom, x: float, y: float, size: float, line_h: float, rtl: bool = True) -> None:
        pdf = self.pdf
        self._direction(rtl)
        if not a.text.strip():
            return  # a space: the gap is the space
        # Curly quotes are written as they are, as a word processor writes them (PDFium gives some
        # of those in Arabic text mirrored: the reader's rule `quote-by-place` sees to it).
        if a.style == "SUP":
            # Raised by a third of the type size above the line's baseline.
            self._font("", size * 0.65)
            pdf.set_xy(x, y - 0.225 * size * 0.3528)
            pdf.cell(a.width, line_h, a.text)
            return
        self._font(a.style, size)
        pdf.set_xy(x, y)
        if a.style == "I" and not self.styles["I"]:
            # No italic face (Arabic, Chinese): slanted, as Word prints italics for such a font.
            with pdf.skew(ax=-12, x=x, y=y + line_h * 0.7):
                pdf.cell(a.width, line_h, a.text)
            return
        pdf.cell(a.width, line_h, a.text)

    # pages ----------------------------------------------------------------------------------
    def note_lines(self) -> list[tuple[list[_Atom], bool]]:
        out = []
        width = self.right - self.left - 6
        for marker, text in self.notes:
            atoms = [_Atom(marker if not self.rtl else f"({marker})", "SUP", False,
                           self.width(marker, "", NOTE_PT * 0.65))] + self.atoms([Seg(" " + text)], NOTE_PT)
            for k, ln in enumerate(self.lines(atoms, width, width, NOTE_PT)):
                out.append((ln, k == 0))
        return out

    def notes_height(self, extra: list[tuple[str, str]] = ()) -> float:
        if not self.notes and not extra:
            return 0.0
        keep = self.notes
        self.notes = keep + list(extra)
        n = len(self.note_lines())
        self.notes = keep
        return 4.0 + n * NOTE_LINE_MM

    def new_page(self) -> None:
        pdf = self.pdf
        if pdf.page > 0:
            self.finish_page()
        self._direction(True)
        pdf.add_page()
        self.y = self.top
        page = pdf.page
        if page > 1:
            # The running head: the symbol at the outer edge, right on odd pages, left on even ones.
            pdf.set_font("latin", "", 9)
            pdf.set_xy(self.left, 12)
            pdf.cell(self.right - self.left, 5, self.doc.symbol, align="R" if page % 2 else "L")

    def finish_page(self) -> None:
        pdf = self.pdf
        if self.notes:
            lines = self.note_lines()
            y = self.bottom - len(lines) * NOTE_LINE_MM
            x0 = self.right - 45 if self.rtl else self.left
            pdf.set_line_width(0.25)
            pdf.line(x0, y - 2.0, x0 + 45, y - 2.0)
            for ln, first in lines:
                indent = 4.0 if first else 0.0
                start = (self.right - indent) if self.rtl else (self.left + indent)
                self.place(ln, start, y, NOTE_PT, NOTE_LINE_MM)
                y += NOTE_LINE_MM
            self.notes = []
        self._direction(True)
        page = pdf.page
        pdf.set_font("latin", "", 8)
        pdf.set_xy(self.left, pdf.h - 14)
        job = f"{self.job} ({JOB_LETTER[self.code]})"
        if page == 1:
            pdf.cell(self.right - self.left, 4, job, align="L")
        elif page % 2:
            pdf.cell(self.right - self.left, 4, f"{job}      {page}", align="R")
        else:
            pdf.cell(self.right - self.left, 4, f"{page}      {job}", align="L")

    def block(self, block: Block) -> None:
        size = BODY_PT + (0.5 if block.kind == "title" else 0)
        line_h = LINE_MM + (1.2 if self.rtl else 0)
        if block.kind in ("title", "heading"):
            self.y += 2.0
        atoms = self.atoms(block.segs, size)
        indent = MM_INDENT * block.indent
        full = self.right - self.left
        for k, line in enumerate(self.lines(atoms, full - indent, full, size)):
            marks = [(a.text.strip("()"), next((s.note or "" for s in block.segs if s.style == "SUP"
                                                and s.text.strip("()") == a.text.strip("()")), ""))
                     for a in line if a.style == "SUP"]
            # A note is printed once, at the foot of the page of its first mark.
            marks = [m for m in marks if m[0] not in self.noted]
            self.noted.update(m[0] for m in marks)
            if self.y + line_h > self.bottom - self.notes_height(marks):
                self.new_page()
            x = indent if k == 0 else 0.0
            self.place(line, (self.right - x) if self.rtl else (self.left + x), self.y, size, line_h)
            self.notes += marks
            self.y += line_h
        self.y += 2.4 if block.kind == "para" else 1.0

    def table(self, block: Block) -> None:
        """A table across the text's width, in columns of one width, each cell's text set in from
        its edges, and its borders drawn as Word draws a grid: each cell's top border over its own
        columns (none inside a cell spanning rows), the table's bottom border, the columns' edges;
        the notes of marks in cells at the foot of the page. A row that does not fit starts a page."""
        size, line_h, pad = BODY_PT - 1.0, LINE_MM - 0.6, 1.6
        width = max(sum(span for _, span, _, _ in row) for row in block.rows)
        col_w = (self.right - self.left) / width
        self.y += 1.0
        taken: dict[int, int] = {}  # column → rows still covered by a cell above
        for row in block.rows:
            placed, col = [], 0
            for segs, span, down, _ in row:
                while taken.get(col, 0) > 0:
                    col += 1
                lines = self.lines(self.atoms(segs, size), span * col_w - 2 * pad, span * col_w - 2 * pad, size)
                placed.append((col, span, down, lines, segs))
                col += span
            height = max([len(ln) for _, _, down, ln, _ in placed if down == 1] or [1]) * line_h + 2 * pad
            marks = [(s.text.strip("()"), s.note or "") for *_, segs in placed for s in segs
                     if s.style == "SUP" and s.text.strip("()") not in self.noted]
            if self.y + height > self.bottom - self.notes_height(marks):
                # The table goes on over the page: its bottom border here, each cell's top border there.
                self.pdf.line(self.left, self.y, self.right, self.y)
                self.new_page()
            self.noted.update(m[0] for m in marks)
            self.notes += marks
            self.pdf.set_line_width(0.2)
            for col, span, down, lines, _ in placed:
                x0 = self.left + col * col_w
                if self.rtl:  # (the first column at the right)
                    x0 = self.right - (col + span) * col_w
                self.pdf.line(x0, self.y, x0 + span * col_w, self.y)
                for k, ln in enumerate(lines):
                    start = x0 + span * col_w - pad if self.rtl else x0 + pad
                    self.place(ln, start, self.y + pad + k * line_h, size, line_h)
                for c in range(col, col + span):
                    taken[c] = down
            # The columns' edges: the table's sides and each cell's sides (none inside a spanning cell).
            edges = {0, width} | {c for col, span, *_ in placed for c in (col, col + span)}
            for x in (self.left + c * col_w for c in edges):
                self.pdf.line(x, self.y, x, self.y + height)
            for c in list(taken):
                taken[c] -= 1
            self.y += height
        self.pdf.line(self.left, self.y, self.right, self.y)
        self.y += 3.4

    def cover(self) -> None:
        pdf = self.pdf
        self._direction(True)
        for k, (left, right) in enumerate(self.doc.cover):
            a, b = (right, left) if self.rtl else (left, right)
            size = 13.0 if k == 0 else 10.0
            if a:
                self._font("B" if k < 2 else "", size)
                pdf.set_xy(self.left, self.y)
                pdf.cell(85, 7, a, align="L")
            if b:
                self._font("", 10.0)
                pdf.set_xy(self.left + 85, self.y)
                pdf.cell(self.right - self.left - 85, 7, b, align="R")
            self.y += 7.0
        self.y += 8.0

    def output(self) -> bytes:
        self.new_page()
        self.cover()
        for b in self.doc.blocks:
            if b.kind == "table":
                self.table(b)
            else:
                self.block(b)
        self.finish_page()
        out = io.BytesIO()
        self.pdf.output(out)
        return out.getvalue()


def to_pdf(res: Resolution, *, job: str | None = None) -> bytes:
    """The resolution typeset as a PDF (fpdf2; Arabic shaped by HarfBuzz through uharfbuzz)."""
    doc = printed(res)
    return _Typesetter(doc, job or doc.job).output()


# -- Word ------------------------------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NUMBERING_XML = f"""<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="4242"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="LEVEL_TEXT"/>
<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl></w:abstractNum>
</w:numbering>"""


def to_docx(res: Resolution) -> bytes:
    """The resolution as a Word file (python-docx): cover table, italic openings, operative paragraphs
    numbered by Word (one list per run of numbers from 1), footnotes in the footnotes part."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.shared import Mm, Pt

    doc = printed(res)
    rtl = doc.code == "ar"
    d = Document()
    d.core_properties.author = "unres tests"
    table = d.add_table(rows=len(doc.cover), cols=2)
    for row, (left, right) in zip(table.rows, doc.cover, strict=True):
        row.cells[0].text = left
        row.cells[1].text = right
        row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if rtl:
        table._tbl.tblPr.append(parse_xml(f'<w:bidiVisual xmlns:w="{W}"/>'))

    # Numbering: one abstract list, one w:num per run of operative paragraphs numbered from 1.
    numbering = d.part.numbering_part.element
    # The level text as the language numbers paragraphs ("%1." in English, "%1 -" in Arabic).
    template = parse_xml(NUMBERING_XML.replace("LEVEL_TEXT", lang(doc.code).format_paragraph_number("%1")))
    numbering.insert(0, copy.deepcopy(template[0]))
    num_ids: list[int] = []

    def new_list() -> int:
        num_id = 900 + len(num_ids)
        numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="{num_id}"><w:abstractNumId w:val="4242"/>'
                                   f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        num_ids.append(num_id)
        return num_id

    notes_xml = [f'<w:footnotes xmlns:w="{W}">',
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 '</w:r></w:p></w:footnote>']
    note_id = auto = 0

    def put(p, segs: list[Seg]) -> None:
        nonlocal note_id, auto
        for s in segs:
            if s.style == "NUM":
                continue
            if s.style == "SUP":
                note_id += 1
                run = p.add_run()
                # Word numbers the notes without a mark of their own 1, 2, 3…
                custom = s.text != str(auto + 1)
                auto += 0 if custom else 1
                run._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W}" w:id="{note_id}"'
                                        + (' w:customMarkFollows="1"/>' if custom else "/>")))
                rpr = run._r.get_or_add_rPr()
                rpr.append(parse_xml(f'<w:vertAlign xmlns:w="{W}" w:val="superscript"/>'))
                if custom:
                    mark = p.add_run(s.text)
                    mark.font.superscript = True
                body = _xml_text(s.note or "")
                notes_xml.append(
                    f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    + ('<w:t>' + _xml_text(s.text) + '</w:t>' if custom else '<w:footnoteRef/>')
                    + f'</w:r><w:r><w:t xml:space="preserve"> {body}</w:t></w:r></w:p></w:footnote>')
                continue
            run = p.add_run(s.text)
            run.italic = s.style == "I" or None
            run.bold = s.style == "B" or None

    def table(block: Block) -> None:
        """A table with Word's own means: merged cells (gridSpan, vMerge), header rows repeated on
        each page (tblHeader), bold header cells, borders (Table Grid)."""
        width = max(sum(span for _, span, _, _ in row) for row in block.rows)
        t = d.add_table(rows=len(block.rows), cols=width)
        t.style = d.styles["Table Grid"]
        taken: set[tuple[int, int]] = set()  # (row, column) covered by a cell above or before
        for r, row in enumerate(block.rows):
            col = 0
            for segs, span, down, _ in row:
                while (r, col) in taken:
                    col += 1
                cell = t.cell(r, col)
                if span > 1 or down > 1:
                    cell = cell.merge(t.cell(r + down - 1, col + span - 1))
                taken.update((r + i, col + j) for i in range(down) for j in range(span))
                put(cell.paragraphs[0], segs)
                col += span
            if r < block.header_rows:
                t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader xmlns:w="{W}"/>'))
        if rtl:
            t._tbl.tblPr.append(parse_xml(f'<w:bidiVisual xmlns:w="{W}"/>'))

    current_list = None
    expected_next = None
    for block in doc.blocks:
        if block.kind == "table":
            table(block)
            continue
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(6)
        if rtl:
            p._p.get_or_add_pPr().append(parse_xml(f'<w:bidi xmlns:w="{W}"/>'))
        numbered = block.number is not None and block.number.isdigit()
        if numbered:
            n = int(block.number)
            if current_list is None or n != expected_next:
                current_list = new_list() if n == 1 else None
            expected_next = n + 1
        if numbered and current_list is not None:
            pPr = p._p.get_or_add_pPr()
            pPr.append(parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{current_list}"/>'
                                 '</w:numPr>'))
        elif block.number is not None:
            p.add_run(lang(doc.code).format_paragraph_number(block.number) + " ")
        if block.indent and not numbered:
            pf.first_line_indent = Mm(MM_INDENT * block.indent)
        if block.kind in ("title", "heading"):
            p.style = d.styles["Heading 2" if block.kind == "title" else "Heading 3"]
        put(p, block.segs)
    notes_xml.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(notes_xml).encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _xml_text(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(argv: list[str] | None = None) -> None:
    """python tests/typeset.py MODEL.json…: writes MODEL.pdf and MODEL.docx beside each model (how
    samples/A-HRC-RES-35-8.zh.pdf and .docx were made)."""
    import sys

    from unres.jsonio import from_json

    for name in argv if argv is not None else sys.argv[1:]:
        path = Path(name)
        res = from_json(path.read_bytes())
        stem = path.name.removesuffix(".json")
        (path.parent / f"{stem}.pdf").write_bytes(to_pdf(res))
        (path.parent / f"{stem}.docx").write_bytes(to_docx(res))


if __name__ == "__main__":
    main()


def not_ready(modules: dict[str, str], corpus: Path) -> str | None:
    """Why a benchmark on printed fixtures cannot run here (packages by module → package name, the
    fonts, the corpus), or None."""
    import importlib.util

    missing = [package for module, package in modules.items() if importlib.util.find_spec(module) is None]
    fonts = sorted({f for code in ("ar", "en", "zh") for f in missing_fonts(code)})
    if not missing and not fonts and corpus.is_dir():
        return None
    return (f"not run: needs {', '.join(modules.values())} (missing: {', '.join(missing) or 'none'}), the fonts "
            f"(missing: {', '.join(fonts) or 'none'}) and the corpus at {corpus}")
