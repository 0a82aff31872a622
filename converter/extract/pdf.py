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

from ..problems import Problem, UnresError
from .layout import Page, Rule, Run

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
    out: list[Page] = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            p = Page(width, height)
            _objects(raw, page.raw, textpage.raw, p, fonts, None)
            out.append(p)
            textpage.close()
            page.close()
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
            if " " in text.strip() and _ARABIC.search(text):
                text = _logical_words(raw, textpage, text, left.value, right.value, (bottom.value + top.value) / 2)
            raw.FPDFPageObj_GetMatrix(obj, matrix)
            raw.FPDFTextObj_GetFontSize(obj, size)
            scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c)) or 1.0
            font = raw.FPDFTextObj_GetFont(obj)
            address = ctypes.cast(font, ctypes.c_void_p).value or 0
            style = fonts.get(address)
            if style is None:
                style = fonts[address] = _style(raw, font)
            # A slanted text matrix is the italic a program makes for a font without one.
            slanted = abs(matrix.c) > 0.1 * abs(matrix.d) if matrix.d else False
            # The run starts at its origin (a glyph's ink may start later: "《", "("), ends at its ink;
            # spaces at its ends (PDFium adds some of its own) are left to the gaps between runs.
            x0 = left.value if text[0].isspace() or _ARABIC.search(text) else min(matrix.e, left.value)
            out.runs.append(Run(text.strip(), x0, right.value, matrix.f, size.value * scale,
                                style[0] or slanted, style[1], lead=text[0].isspace(), trail=text[-1].isspace()))
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            # A rule: a drawn line or a thin filled bar, wider than tall.
            if top.value - bottom.value < 2.0 and right.value - left.value > 20.0:
                out.rules.append(Rule(left.value, right.value, (top.value + bottom.value) / 2))
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            _objects(raw, page, textpage, out, fonts, obj)


def _logical_words(raw, textpage, text: str, x0: float, x1: float, y: float) -> str:
    """The words of an Arabic text object in reading order. PDFium gives an object's characters in
    the order of its analysis of the line: right to left where the line is mostly Arabic, left to
    right where it is mostly not (a cover row "A/RES/…  الأمم المتحدة"); then the character at the
    object's left edge comes first, and its words are in the order they are shown."""
    left = raw.FPDFText_GetCharIndexAtPos(textpage, x0 + 1.0, y, 2.0, 3.0)
    right = raw.FPDFText_GetCharIndexAtPos(textpage, x1 - 1.0, y, 2.0, 3.0)
    if 0 <= left < right:
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()):]
        return lead + " ".join(reversed(text.strip().split(" "))) + trail
    return text


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
