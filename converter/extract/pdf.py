"""PDF → page geometry, read with PDFium (pypdfium2).

PDFium was chosen by measurement (benchmarks/pdf_libraries.py; benchmarks/README.md): it reads a
10-page resolution in a few milliseconds where the pure-Python readers take ten to a hundred times
longer, it ships wheels for Linux, macOS and Windows on x86-64 and ARM, and it gives what the
layout needs per text object — text in logical order (Arabic too), position, size, font name and
flags, the text matrix (a slanted matrix is a synthetic italic) — and the page's drawn lines.

Reading works per text object (one show operator: one font, one baseline) rather than per
character: a page has tens of objects and thousands of characters, and every call into PDFium
costs the same.
"""

from __future__ import annotations

import ctypes
import math
import re
import unicodedata

from ..problems import Problem, UnresError
from .layout import Page, Rule, Run, Upright

_ITALIC_FLAG = 1 << 6  # PDF font descriptor flag "Italic"
_BOLD_FLAG = 1 << 18  # "ForceBold"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def pages(data: bytes, name: str | None = None) -> list[Page]:
    """Every page's text runs and horizontal rules. Raises UnresError when the bytes are no PDF, are
    encrypted, or hold no text (a scan)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise UnresError(Problem("pdf-unreadable", f"not a readable PDF ({e})", file=name)) from None
    fonts: dict[int, tuple[bool, bool]] = {}
    votes: dict[tuple[int, str], list[int]] = {}  # bracket-shapes: each font's votes so far
    out: list[Page] = []
    try:
        for index in range(len(doc)):
            # PDFium's own calls (pypdfium2's page helpers cost a tenth of a page's reading).
            page = raw.FPDF_LoadPage(doc.raw, index)
            if not page:
                raise UnresError(Problem("pdf-unreadable", f"page {index + 1} cannot be read", file=name))
            textpage = raw.FPDFText_LoadPage(page)
            try:
                p = Page(raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page))
                _objects(raw, page, textpage, p, fonts, None)
                if any(_ARABIC.search(r.text) for r in p.runs):
                    p.runs = _visual_runs(raw, textpage, fonts, votes)
                out.append(p)
            finally:
                raw.FPDFText_ClosePage(textpage)
                raw.FPDF_ClosePage(page)
    finally:
        doc.close()
    if not any(p.runs for p in out):
        raise UnresError(Problem(
            "pdf-no-text", f"the PDF has {len(out)} page(s) but no text layer (a scan?); unres reads text, "
            "not images: run it through OCR first (e.g. ocrmypdf) or use the Word or text version", file=name))
    return out


def _objects(raw, page, textpage, out: Page, fonts: dict[int, tuple[bool, bool]], form) -> None:
    count = raw.FPDFFormObj_CountObjects(form) if form is not None else raw.FPDFPage_CountObjects(page)
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    matrix = raw.FS_MATRIX()
    size = ctypes.c_float()
    room = 2048
    buf = (ctypes.c_ushort * room)()
    for i in range(count):
        obj = raw.FPDFFormObj_GetObject(form, i) if form is not None else raw.FPDFPage_GetObject(page, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            # One call with a buffer that is usually large enough (each call walks the page's characters).
            n = raw.FPDFTextObj_GetText(obj, textpage, buf, 2 * room)
            if n > 2 * room:
                room = n
                buf = (ctypes.c_ushort * room)()
                n = raw.FPDFTextObj_GetText(obj, textpage, buf, 2 * room)
            if n <= 2:
                continue
            # PDFium gives a hyphen that ends a line as U+0002: it is the printed hyphen (whether
            # it joins a word is the reader's decision: "non-" + "governmental", "troop-" + "and").
            text = ctypes.string_at(buf, n - 2).decode("utf-16-le", "replace").replace("\x02", "-")
            if not text.strip():
                continue
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            printed, _, italic, bold = _look(raw, obj, matrix, size, fonts)
            # The run starts at its origin (a glyph's ink may start later: "《", "("), ends at its ink;
            # spaces at its ends (PDFium adds some of its own) are left to the gaps between runs.
            x0 = left.value if text[0].isspace() or _ARABIC.search(text) else min(matrix.e, left.value)
            out.runs.append(Run(text.strip(), x0, right.value, matrix.f, printed, italic, bold,
                                lead=text[0].isspace(), trail=text[-1].isspace()))
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            # A rule: a drawn line or a thin filled bar, wider than tall; an upright, taller than wide
            # (a table's side or a column's edge: ruled-table).
            if top.value - bottom.value < 2.0 and right.value - left.value > 20.0:
                out.rules.append(Rule(left.value, right.value, (top.value + bottom.value) / 2))
            elif right.value - left.value < 2.0 and top.value - bottom.value > 5.0:
                out.uprights.append(Upright((left.value + right.value) / 2, bottom.value, top.value))
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            _objects(raw, page, textpage, out, fonts, obj)


def _visual_runs(raw, textpage, fonts: dict[int, tuple[bool, bool]],
                 votes: dict[tuple[int, str], list[int]] | None = None) -> list[Run]:
    """A right-to-left page's runs from its characters, each at its place: PDFium's text of an
    object follows its own analysis of the line, which scrambles what runs left to right inside
    Arabic ("S/PRST/1999/6" given "/PRST/S" + …, "4-10" as "10-4"). Here each object is cut into
    stretches by the characters' bidirectional classes: Arabic stretches read as PDFium gives each
    word (in reading order) with the words ordered right to left, and what is not Arabic —
    numbers, Latin words, the punctuation beside them — in the order it is shown, left to right,
    for the layout stage to put into reading order (`layout._logical`). Positions are the
    characters' advances ("loose" boxes), not their ink: between two runs with nothing between
    them the gap is nought, where a space stands it is the space's width."""
    n = raw.FPDFText_CountChars(textpage)
    rect = raw.FS_RECTF()
    chars: dict[int, list[tuple[int, str, float, float, float]]] = {}
    handles: dict[int, object] = {}
    for i in range(n):
        obj = raw.FPDFText_GetTextObject(textpage, i)
        address = ctypes.cast(obj, ctypes.c_void_p).value
        if not address:
            continue  # a space or line break PDFium added
        code = raw.FPDFText_GetUnicode(textpage, i)
        raw.FPDFText_GetLooseCharBox(textpage, i, rect)
        if address not in chars:
            chars[address] = []
            handles[address] = obj
        chars[address].append((i, "-" if code == 2 else chr(code), rect.left, rect.right, rect.top - rect.bottom))
    shapes = _bracket_shapes(raw, textpage, chars, handles, {} if votes is None else votes)
    runs: list[Run] = []
    matrix = raw.FS_MATRIX()
    size = ctypes.c_float()
    x, y = ctypes.c_double(), ctypes.c_double()
    for address, cs in chars.items():
        obj = handles[address]
        printed, slant, italic, bold = _look(raw, obj, matrix, size, fonts)
        boxes: list[tuple[int, str, float, float]] = []
        # Every bracket of the object known by its glyph (vacuously so for one without brackets).
        shown = all(i in shapes for i, c, _, _, _ in cs if c in _MIRROR)
        for i, c, x0, x1, height in cs:
            c = shapes.get(i, c)
            if slant > 0.1:
                # A slanted character's box is its slanted body's: wider by the slant over its
                # height, which would eat the space after an italic word. Its advance starts at
                # its origin on the baseline.
                raw.FPDFText_GetCharOrigin(textpage, i, x, y)
                x0, x1 = x.value, x.value + max(0.0, x1 - x0 - height * slant)
            boxes.append((i, c, x0, x1))
        for text, x0, x1, lead, trail in _stretches(sorted(boxes, key=lambda c: (c[2], c[0]))):
            runs.append(Run(text, x0, x1, matrix.f, printed, italic, bold, lead=lead, trail=trail, shapes=shown))
    return runs


_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "["}
# How far (as a share of its advance) a bracket's ink must sit off its advance's centre for the side
# to tell "(" from ")": a font draws "(" nearer its right edge or its left, by a few hundredths of
# the advance (Noto Serif 0.036, Times 0.03); a centred bracket says nothing.
_INK_OFF_CENTRE = 0.01
# Votes a font needs (and the share of dissent it tolerates) before its convention is believed.
_SHAPE_VOTES = 3
_SHAPE_DISSENT = 1 / 3


def _bracket_shapes(raw, textpage, chars: dict[int, list[tuple[int, str, float, float, float]]],
                    handles: dict[int, object], votes: dict[tuple[int, str], list[int]]) -> dict[int, str]:
    """Rule `bracket-shapes`: the glyph each bracket of a right-to-left page shows, by its ink.

    A program draws "(" of Arabic text with the glyph of ")" (mirrored), and maps that glyph back
    to either character, even both ways in one font (fpdf2 does by context): the character says
    nothing sure. The glyph does, and it keeps what the text says even where the text's bracket
    is the wrong way round (a UN slip: "2568 (2021()والمشار"). A bracket's ink sits off the centre
    of its advance, to one side for "(" and the other for ")"; which side is which the page itself
    shows, font by font, by the brackets whose place is plain — one with a word right after it
    and none before has the shape "(", one with a word right before it and none after the shape
    ")" (what faces its content, whichever way the text runs). A font whose brackets disagree,
    or too few, is left to the place-based reading (`layout.unmirror`).

    `votes` holds each font's votes over the pages read so far, this page's added.
    Returns {character index: the bracket shown} for the brackets known."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    font_of: dict[int, int] = {}
    lines: dict[int, list[tuple[float, float, str, int, int, float]]] = {}
    x, y = ctypes.c_double(), ctypes.c_double()
    sides: dict[int, tuple[int, str]] = {}  # index: (the side its ink leans to, its pair)
    for address, cs in chars.items():
        if not any(c in _MIRROR for _, c, _, _, _ in cs):
            continue
        font = ctypes.cast(raw.FPDFTextObj_GetFont(handles[address]), ctypes.c_void_p).value or 0
        for i, c, x0, x1, _ in cs:
            font_of[i] = font
            if c in _MIRROR and x1 > x0 and raw.FPDFText_GetCharBox(textpage, i, left, right, bottom, top):
                off = ((left.value + right.value) / 2 - (x0 + x1) / 2) / (x1 - x0)
                if abs(off) >= _INK_OFF_CENTRE:
                    sides[i] = (1 if off > 0 else -1, "()" if c in "()" else "[]")
    if not sides:
        return {}
    # The characters of each printed line (by baseline), left to right, to see what stands beside
    # a bracket.
    for cs in chars.values():
        for i, c, x0, x1, height in cs:
            raw.FPDFText_GetCharOrigin(textpage, i, x, y)
            lines.setdefault(round(y.value), []).append((x0, x1, c, i, font_of.get(i, 0), height))
    # The votes add up over the document's pages so far (a font's convention is the document's; a
    # page of brackets between digits, "14(3)(د)", has few plain ones of its own).
    for line in lines.values():
        line.sort()
        for k, (x0, x1, _, i, font, height) in enumerate(line):
            if i not in sides:
                continue
            side, pair = sides[i]
            glued = 0.1 * height  # touching advances; a space shows as a gap or a character
            before = line[k - 1] if k and x0 - line[k - 1][1] < glued else None
            after = line[k + 1] if k + 1 < len(line) and line[k + 1][0] - x1 < glued else None
            word_before = before is not None and _wordlike(before[2])
            word_after = after is not None and _wordlike(after[2])
            if word_after == word_before:
                continue
            # Its place says it opens (a word after it, none before) or closes.
            # votes[(font, pair)] = [ink right of centre is the opening shape, … the closing one]
            tally = votes.setdefault((font, pair), [0, 0])
            tally[(side > 0) != word_after] += 1
    known: dict[tuple[int, str], int] = {}
    for key, (right_side, left_side) in votes.items():
        if right_side >= _SHAPE_VOTES and left_side <= _SHAPE_DISSENT * right_side:
            known[key] = 1
        elif left_side >= _SHAPE_VOTES and right_side <= _SHAPE_DISSENT * left_side:
            known[key] = -1
    out: dict[int, str] = {}
    for i, (side, pair) in sides.items():
        convention = known.get((font_of[i], pair))
        if convention:
            out[i] = pair[0] if side == convention else pair[1]
    return out


def _wordlike(c: str) -> bool:
    """A letter, digit or vowel sign: what a bracket encloses."""
    return c.isalnum() or unicodedata.combining(c) > 0


def _look(raw, obj, matrix, size, fonts: dict[int, tuple[bool, bool]]) -> tuple[float, float, bool, bool]:
    """A text object's printed size, slant (of its matrix, into `matrix`), italic and bold."""
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    raw.FPDFTextObj_GetFontSize(obj, size)
    scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
    font = raw.FPDFTextObj_GetFont(obj)
    address = ctypes.cast(font, ctypes.c_void_p).value or 0
    style = fonts.get(address)
    if style is None:
        style = fonts[address] = _style(raw, font)
    slant = abs(matrix.c / matrix.d) if matrix.d else 0.0
    # A slanted text matrix is the italic a program makes for a font without one.
    return size.value * scale, slant, style[0] or slant > 0.1, style[1]


def _kind(c: str) -> str:
    """'R' (Arabic letters and their marks), 'W' (what runs left to right: Latin letters, digits)
    or ' ' (neutral: spaces, punctuation, brackets), by the character's bidirectional class."""
    bidi = unicodedata.bidirectional(c)
    if bidi in ("R", "AL") or (bidi == "NSM" and _ARABIC.match(c)):
        return "R"
    if bidi in ("L", "EN", "AN") or bidi == "NSM":
        return "W"
    return " "


def _stretches(cs: list[tuple[int, str, float, float]]) -> list[tuple[str, float, float, bool, bool]]:
    """An object's characters, left to right, as (text, x0, x1, lead, trail) stretches: Arabic
    ones (from the first Arabic letter to the last with nothing that runs left to right between)
    in reading order, the rest as shown; lead/trail say whether a space stood at the start and
    end of the text (for an Arabic stretch in reading order, else left and right)."""
    kinds = [_kind(c[1]) for c in cs]
    out = []
    k = 0
    while k < len(cs):
        if kinds[k] == "R":
            end = k
            j = k + 1
            while j < len(cs) and kinds[j] != "W":
                if kinds[j] == "R":
                    end = j
                j += 1
            out.append(_arabic(cs[k:end + 1]))
            k = end + 1
            continue
        j = k
        while j < len(cs) and not (kinds[j] == "R"):
            j += 1
        # Neutrals before an Arabic letter with nothing left-to-right between belong to the weak
        # stretch only up to the last left-to-right character (the rest is read with the Arabic).
        piece = cs[k:j]
        text = "".join(c[1] for c in piece)
        if text.strip():
            out.append((text.strip(), piece[0][2], piece[-1][3], text[0].isspace(), text[-1].isspace()))
        k = j
    return out


def _arabic(cs: list[tuple[int, str, float, float]]) -> tuple[str, float, float, bool, bool]:
    """An Arabic stretch in reading order: its words (split where a space is shown) right to left,
    each word's characters in PDFium's order (reading order inside a word, ligatures and vowel
    signs as the font maps them)."""
    words: list[list[tuple[int, str, float, float]]] = [[]]
    for c in cs:
        if c[1].isspace():
            if words[-1]:
                words.append([])
        else:
            words[-1].append(c)
    text = " ".join(_word(w) for w in reversed(words) if w)
    return text, cs[0][2], cs[-1][3], False, False


def _word(cs: list[tuple[int, str, float, float]]) -> str:
    """An Arabic word's characters (left to right as shown) in reading order: its letters in
    PDFium's order, and the punctuation at its edges by where it is shown — PDFium may give a comma
    shown after a word (at its left) before the word's letters ("،للبيئة" for "للبيئة،", rule
    `edge-punctuation`)."""
    lo, hi = 0, len(cs)
    while lo < hi and _kind(cs[lo][1]) == " ":
        lo += 1
    while hi > lo and _kind(cs[hi - 1][1]) == " ":
        hi -= 1
    # Right to left: what is shown at the right edge, the letters, what is shown at the left edge.
    return "".join(c[1] for c in (*reversed(cs[hi:]), *_ligatures(sorted(cs[lo:hi])), *reversed(cs[:lo])))


def _ligatures(cs: list[tuple[int, str, float, float]]) -> list[tuple[int, str, float, float]]:
    """Rule `ligature-order`: the letters of one glyph — a ligature such as "ﷲ", which a file maps to
    "لله" — come from PDFium with one advance box each and in the order shown, right to left
    reversed ("عبد اهلل" for "عبد الله"): put back in reading order. (Vowel signs stacked on one
    letter share a box too; their order is no letter order.)"""
    out: list[tuple[int, str, float, float]] = []
    k = 0
    while k < len(cs):
        j = k + 1
        while j < len(cs) and cs[j][2:] == cs[k][2:] and cs[k][3] > cs[k][2]:
            j += 1
        group = cs[k:j]
        letters = sum(1 for c in group if c[1].isalpha() and not unicodedata.combining(c[1]))
        out.extend(reversed(group) if letters > 1 else group)
        k = j
    return out


def _style(raw, font) -> tuple[bool, bool]:
    """(italic, bold) of a font: its descriptor's flags and angle, its weight, its name."""
    n = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buf = ctypes.create_string_buffer(n)
    raw.FPDFFont_GetBaseFontName(font, buf, n)
    name = buf.value.decode("latin-1").lower()
    flags = raw.FPDFFont_GetFlags(font)
    angle = ctypes.c_int()
    has_angle = raw.FPDFFont_GetItalicAngle(font, angle)
    weight = raw.FPDFFont_GetWeight(font)
    italic = bool(flags & _ITALIC_FLAG) or (has_angle and angle.value != 0) or "italic" in name or "oblique" in name
    bold = bool(flags & _BOLD_FLAG) or weight >= 600 or "bold" in name or "black" in name or "heavy" in name
    return italic, bold
