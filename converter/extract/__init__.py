"""PDF and Word files in: the text they hold, laid out for the text reader, and what their fonts
and positions tell beside it (`Hints`).

    read_pdf(data)  → (Resolution, warnings)       pdf_text(data)  → the text unres read
    read_docx(data) → (Resolution, warnings)       docx_text(data) → the text unres read

Each reads the file into text (`pdf.py` + `layout.py`, `docx.py`), parses that text with
`unres.text.parse.parse_text` as any text, then applies the hints to the model (`hints.py`).
"""

from __future__ import annotations

from ..model import Resolution
from ..problems import Problem, UnresError
from .hints import Hints, apply_hints

__all__ = ["Hints", "docx_text", "is_docx", "is_pdf", "read_docx", "read_pdf", "pdf_text", "sniff"]


def is_pdf(data: bytes) -> bool:
    # The header may follow a few bytes of junk (the PDF standard allows 1024).
    return b"%PDF-" in data[:1024]


def is_docx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04" and b"word/" in data[:65536]


def sniff(data: bytes, name: str | None = None) -> str | None:
    """'pdf', 'docx' or None (other input), by content first, then by name; a legacy Word file
    (.doc, OLE2 compound document) raises UnresError: it is not read."""
    if is_pdf(data):
        return "pdf"
    if is_docx(data):
        return "docx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" or (name or "").lower().endswith(".doc"):
        raise UnresError(Problem("input-doc-legacy", "a legacy Word file (.doc) is not read: save it as .docx "
                                 "(Word, LibreOffice: File › Save as) or as PDF", file=name))
    lowered = (name or "").lower()
    if lowered.endswith(".pdf"):
        raise UnresError(Problem("pdf-unreadable", "the file is named .pdf but is no PDF (no %PDF header)", file=name))
    if lowered.endswith(".docx"):
        raise UnresError(Problem("docx-unreadable", "the file is named .docx but is no Word package", file=name))
    return None


def pdf_text(data: bytes, name: str | None = None) -> str:
    """The text read from a PDF as a person would check it: the marks of the notes where they stand,
    the notes at the foot of their page (the reader gets them apart, as hints)."""
    return _pdf(data, name, shown=True)[0]


def docx_text(data: bytes, name: str | None = None) -> str:
    """The text read from a Word file, with the marks of the notes and the notes after the text."""
    return _docx(data, name, shown=True)[0]


def read_pdf(data: bytes, name: str | None = None, lang: str | None = None) -> tuple[Resolution, list[Problem]]:
    text, hints = _pdf(data, name)
    return _read(text, hints, lang)


def read_docx(data: bytes, name: str | None = None, lang: str | None = None) -> tuple[Resolution, list[Problem]]:
    text, hints = _docx(data, name)
    return _read(text, hints, lang)


def _pdf(data: bytes, name: str | None, shown: bool = False) -> tuple[str, Hints]:
    from .layout import lay_out
    from .pdf import pages

    return lay_out(pages(data, name), shown)


def _docx(data: bytes, name: str | None, shown: bool = False) -> tuple[str, Hints]:
    from .docx import read

    return read(data, name, shown)


def _read(text: str, hints: Hints, lang: str | None) -> tuple[Resolution, list[Problem]]:
    from ..text.parse import parse_text

    # notes-apart: the notes came from the page foot or the footnotes part, not from the text.
    # bold-heading: what the file set in bold is a heading, however long or wrapped.
    result = parse_text(text, lang, notes_apart=True, bold_headings=hints.headings)
    return apply_hints(result.resolution, hints), result.warnings
