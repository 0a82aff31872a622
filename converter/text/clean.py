"""Stage 1 and 2 of the text pipeline: decode bytes, then split into lines with page furniture
(running heads, job numbers, page numbers) removed and footnote blocks lifted out of the flow.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from ..problems import Problem, UnresError

MAX_TEXT_CHARS = 20_000_000

SYMBOL_RE = re.compile(r"[AES](?:/[A-Z0-9][A-Za-z0-9.\-]*)*/RES/[0-9A-Za-z.\-/]+(?: \(\d{4}\))?")
_SYMBOL_LINE = re.compile(rf"^(?P<symbol>{SYMBOL_RE.pattern})$")
# Job numbers as printed at page feet: "GE.17-11923 3", "3 GE.17-11923", "23-21327 (E)", "17-11923 (C)".
_JOB_LINE = re.compile(
    r"^(?:\d{1,3}\s+)?(?P<job>(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6})(?:\s*\([A-Z]\))?(?:\s*\*\d{5,}\*)?(?:\s+\d{1,3})?$"
)
_PAGE_LINE = re.compile(r"^(?:\d{1,3}|\d{1,3}/\d{1,3}|-\s*\d{1,3}\s*-)$")
_FOOTNOTE_START = re.compile(r"^(?P<marker>\d{1,3}|\*{1,3})\s+(?P<text>\S.*)$")
# A mark glued to what precedes it: after a letter, closing punctuation or CJK, never after a
# digit, slash, hyphen or a decimal point.
GLUED_MARK = re.compile(
    r"(?<=[^\W\d_]|[,.;:!?)\]’”»。，；：、）」』])(?<!\d\.)"
    r"(\d{1,3}(?=[\s,.;:!?)\]，。；：、）]|$)|\*{1,3}(?![*\d]))"
)
_TERMINAL = tuple(".。!?！？)]）」;；")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass
class Line:
    text: str  # without leading and trailing whitespace
    number: int  # 1-based line number in the input
    indent: int = 0
    page_start: bool = False  # first text line after a page break
    gap_before: bool = False  # a blank line precedes it


@dataclass
class Cleaned:
    lines: list[Line]
    footnotes: list[tuple[str, str, int]] = field(default_factory=list)  # (marker, text, line)
    symbol: str | None = None
    job_number: str | None = None
    warnings: list[Problem] = field(default_factory=list)


def decode(data: bytes | str) -> tuple[str, list[Problem]]:
    """Text from bytes in UTF-8 or UTF-16 (BOM), falling back to Windows-1252 with a warning."""
    warnings: list[Problem] = []
    if isinstance(data, bytes):
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16", errors="replace")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                line = data.count(b"\n", 0, e.start) + 1
                warnings.append(Problem("text-encoding", "input is not UTF-8; read as Windows-1252",
                                        line=line, severity="warning"))
                text = data.decode("cp1252", errors="replace")
    else:
        text = data
    if len(text) > MAX_TEXT_CHARS:
        raise UnresError(Problem("text-too-large", f"{len(text)} characters is more than {MAX_TEXT_CHARS}"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        line = text.count("\n", 0, _CONTROL.search(text).start()) + 1
        warnings.append(Problem("text-control-characters", "control characters removed", line=line,
                                severity="warning"))
        text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text), warnings


def _indent(raw: str) -> int:
    n = 0
    for c in raw:
        if c == " " or c == "\u3000":
            n += 1
        elif c == "\t":
            n += 4
        else:
            break
    return n


def clean(text: str) -> Cleaned:
    """Lines of the running text, furniture removed, footnote blocks collected."""
    out = Cleaned(lines=[])
    raw_lines = text.split("\n")
    page_break = True
    seen_marks: set[str] = set()
    pending_note: list | None = None  # the footnote being read: [marker, text, line]
    gap = False

    for number, raw in enumerate(raw_lines, start=1):
        if "\f" in raw:
            page_break = True
            raw = raw.replace("\f", "")
        stripped = " ".join(raw.split())
        if not stripped:
            pending_note = _close_note(out, pending_note, keep_open=True)
            gap = True
            continue
        m = _SYMBOL_LINE.match(stripped)
        if m:
            out.symbol = out.symbol or m["symbol"]
            page_break = True
            pending_note = _close_note(out, pending_note)
            continue
        m = _JOB_LINE.match(stripped)
        if m:
            out.job_number = out.job_number or m["job"]
            page_break = True
            pending_note = _close_note(out, pending_note)
            continue
        if _PAGE_LINE.match(stripped):
            page_break = True
            pending_note = _close_note(out, pending_note)
            continue
        fm = _FOOTNOTE_START.match(stripped)
        if fm and fm["marker"] in seen_marks and fm["marker"] not in {f[0] for f in out.footnotes}:
            _close_note(out, pending_note)
            pending_note = [fm["marker"], fm["text"], number]
            continue
        if pending_note is not None and not pending_note[1].endswith(_TERMINAL):
            pending_note[1] += " " + stripped
            continue
        pending_note = _close_note(out, pending_note)
        for mark in GLUED_MARK.finditer(stripped):
            seen_marks.add(mark.group(1))
        out.lines.append(Line(stripped, number, _indent(raw), page_break, gap))
        page_break = False
        gap = False
    _close_note(out, pending_note)
    return out


def _close_note(out: Cleaned, note, keep_open: bool = False):
    if note is None:
        return None
    if keep_open and not note[1].endswith(_TERMINAL):
        return note
    if note not in out.footnotes:
        out.footnotes.append((note[0], note[1], note[2]))
    return None
