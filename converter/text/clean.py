"""Stage 1 and 2 of the text pipeline: decode bytes, then split into lines with page furniture
(running heads, job numbers, page numbers) removed and footnote blocks lifted out of the flow.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from ..problems import Problem, UnresError

MAX_TEXT_CHARS = 20_000_000

SYMBOL_RE = re.compile(r"[AES](?:/[A-Z0-9][A-Za-z0-9.\-]*)*/RES/[0-9A-Za-z.\-/]+(?: ?\(\d{4}\))?")
_SYMBOL_LINE = re.compile(rf"^(?P<symbol>{SYMBOL_RE.pattern})$")
# Job numbers as printed at page feet: "GE.17-11923 3", "3 GE.17-11923", "23-21327 (E)", "17-11923 (C)".
_JOB_LINE = re.compile(
    r"^(?:\d{1,3}\s+)?(?P<job>(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6})(?:\s*\([A-Z]\))?(?:\s*\*\d{5,}\*)?(?:\s+\d{1,3})?$"
)
# Running heads, job numbers and page numbers are short lines: longer ones are not tried.
_FURNITURE_MAX = 48
_FURNITURE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")  # how symbols, job and page numbers start
_PAGE_LINE = re.compile(r"^(?:\d{1,3}|\d{1,3}/\d{1,3}|-\s*\d{1,3}\s*-)$")
_NOTE_FIRST = frozenset("0123456789*(")  # how a footnote's first line starts
_FOOTNOTE_START = re.compile(r"^(?P<marker>\d{1,3}(?=\s)|\*{1,3}|\(\d{1,3}\))\s*(?P<text>[^\s.．\-–].*)$")
# A mark glued to what precedes it: after a letter, closing punctuation or CJK, never inside a
# number (1,5 or 3.9) and never after a slash or hyphen. The patterns below start with the marker
# and look back over it ("{m}" in a lookbehind): a pattern that starts with literal text is
# searched for that text first, one that starts with a lookbehind tries it at every character.
_BEFORE = r"(?<=(?:[^\W\d_]|[,.;:!?()\]’”»\"%。，；：、）」』》،؛]){m})(?<!\d[.,]{m})"
# (A full stop and a digit after the digits make a decimal: "有6.7%" holds no mark.)
_AFTER_DIGITS = r"(?=[\s,.;:!?)\]，。；：、）“”\"'»(（،؛\u3001-\u303f\u3400-\u9fff]|$)(?!\.\d)"
# Mark sentinels: the cleaning stage replaces each reference mark it has matched with its
# footnote by MARK_OPEN + marker + MARK_CLOSE, which later stages turn into footnote_refs.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
MARK_RE = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")


@cache
def _mark_patterns(marker: str, unit_chars: str = "") -> list[re.Pattern[str] | None]:
    m = re.escape(marker)
    # Digits followed by a counter or unit ("4月", "3次") are numbers, not marks.
    units = f"(?![{re.escape(unit_chars)}])" if unit_chars else ""
    after = _AFTER_DIGITS if marker.isdigit() else r"(?![*\d])"
    strict = re.compile(f"({m})" + _BEFORE.replace("{m}", m) + units + after)
    if not marker.isdigit():
        return [strict]
    # A superscript after a year comes out as more digits ("2030" + "6" → "20306"): accepted
    # only when nothing stricter matched on the page. (After other numbers it cannot be told
    # from the number itself: "67/221" is a resolution.)
    relaxed = re.compile(rf"({m})(?<=(?<![\d/])(?:19|20)\d\d{m})" + _AFTER_DIGITS)
    # After a number and its punctuation ("of 1998,1 by", "resolution 60/214,1"): easily a
    # decimal ("1,5 million"), so tried last.
    # After a full stop, a lower-case word next means a decimal or a target ("target 12.4 related").
    after_number = re.compile(rf"({m})(?<=\d[,;:]{m})(?=[\s)]|$)(?!\s?%)|({m})(?<=\d\.{m})(?=\)|$|\s(?![a-zà-ÿа-я]))")
    # After a resolution number and before punctuation ("résolution 77/38" + "2" + ","): the
    # weakest evidence, tried last.
    after_symbol = re.compile(rf"({m})(?<=/\d{m})(?=\s?[,;.:])|({m})(?<=/\d\d{m})(?=\s?[,;.:])"
                              rf"|({m})(?<=/\d\d\d{m})(?=\s?[,;.:])"
                              # a decision number: "EC-94/DEC.2" + "15" + ";"
                              rf"|({m})(?<=/[A-Z]{{3}}\.\d{m})(?=\s?[,;.:])|({m})(?<=/[A-Z]{{3}}\.\d\d{m})(?=\s?[,;.:])")
    # After a name that ends in a number ("COVID-19" + "13").
    after_name = re.compile(rf"({m})(?<=[^\W\d_][-‑]\d\d{m})" + _AFTER_DIGITS)
    # After a resolution number or a two-digit name and before a word ("résolution 77/47" + "2" +
    # " et", "Agenda 21" + "4" + " by"): only when nothing else on the page can be the mark,
    # since "77/472" may well be a resolution.
    before_word = re.compile(rf"({m})(?:(?<=\d/\d\d{m})|(?<=[^\W\d_] \d\d{m}))(?= [^\W\d_]|$)")
    return [strict, after_number, relaxed, after_symbol, after_name, before_word]


def spaced_symbol(symbol: str) -> str:
    """"S/RES/2700(2023)", as Chinese running heads print it, written as the symbol is: with a space."""
    return re.sub(r"\s*\((\d{4})\)$", r" (\1)", symbol)


def strip_marks(text: str) -> str:
    return MARK_RE.sub("", text) if MARK_OPEN in text else text


# Presentation forms: Latin ligatures ("ﬁ", U+FB00–FB06) and shaped Arabic letters (U+FB50–FDFF,
# U+FE70–FEFE), which PDF fonts map some glyphs to. They are compatibility characters for the
# letters: folded to them (NFKC) run by run, never the whole text — NFKC would also rewrite the
# full-width punctuation of Chinese, superscripts and fractions.
_PRESENTATION_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+")
_TERMINAL = tuple(".。!?！？")  # how a footnote ends: UN footnotes end with a full stop
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Either of the two, in one scan of the text (which most texts pass without a find).
_UNUSUAL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb00-\ufeff]")


@dataclass(slots=True)
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
    """Text from bytes in UTF-8 or UTF-16 (BOM), else in the legacy encoding of a UN language the
    bytes fit (legacy_decode), with a warning."""
    warnings: list[Problem] = []
    if isinstance(data, bytes):
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16", errors="replace")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                line = data.count(b"\n", 0, e.start) + 1
                text, encoding = legacy_decode(data, line)
                warnings.append(Problem("text-encoding", f"input is not UTF-8 (byte 0x{data[e.start]:02X} on this "
                                        f"line); read as {encoding}, the legacy encoding its bytes fit",
                                        line=line, severity="warning"))
    else:
        text = data
    if len(text) > MAX_TEXT_CHARS:
        raise UnresError(Problem("text-too-large", f"{len(text)} characters is more than {MAX_TEXT_CHARS}"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    unusual = _UNUSUAL.search(text) is not None
    if unusual and (control := _CONTROL.search(text)):
        line = text.count("\n", 0, control.start()) + 1
        warnings.append(Problem("text-control-characters", "control characters removed", line=line,
                                severity="warning"))
        text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if unusual and (forms := _PRESENTATION_FORMS.search(text)):
        line = text.count("\n", 0, forms.start()) + 1
        warnings.append(Problem("text-presentation-forms", "ligatures or shaped Arabic letters (presentation "
                                "forms, as some PDF fonts give them) read as the letters they stand for",
                                line=line, severity="warning"))
        text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text, warnings


def legacy_decode(data: bytes, line: int) -> tuple[str, str]:
    """Text in one of the legacy encodings the six languages were written in (each language's
    table lists its own: GB18030 and Big5, Windows-1251 and KOI8-R, Windows-1256 and ISO-8859-6,
    Windows-1252), told apart by charset-normalizer; UnresError when none reads it well."""
    from charset_normalizer import from_bytes

    from ..langs import all_langs

    candidates = list(dict.fromkeys(e for lg in all_langs() for e in lg.t["legacy_encodings"]))
    best = from_bytes(data, cp_isolation=candidates).best()
    if best is None:
        names = ", ".join(_ENCODING_NAMES.get(c, c) for c in candidates)
        raise UnresError(Problem("text-encoding-unknown", "the input is not UTF-8, and none of the legacy encodings of "
                                 f"the six languages ({names}) reads it: save it as UTF-8", line=line))
    return str(best), _ENCODING_NAMES.get(best.encoding, best.encoding)


# The names users know the encodings by (charset-normalizer gives Python's codec names).
_ENCODING_NAMES = {"gb18030": "GB18030", "big5": "Big5", "cp1251": "Windows-1251", "koi8_r": "KOI8-R",
                   "cp1256": "Windows-1256", "iso8859_6": "ISO-8859-6", "cp1252": "Windows-1252"}


_BLANKS = frozenset(" \t\u3000")


def _indent(raw: str) -> int:
    """Leading blanks: a tab counts as four spaces, an ideographic space as one."""
    lead = len(raw) - len(raw.lstrip(" \t\u3000"))
    return lead + 3 * raw.count("\t", 0, lead) if lead else 0


def clean(text: str, unit_chars: str = "", not_a_note=None, is_formula=None) -> Cleaned:
    """Lines of the running text, furniture removed, footnote blocks collected, reference marks
    replaced by sentinels (see MARK_OPEN). not_a_note(line) tells lines that only look like a
    footnote ("1 December 2023") from one; numbered marks are looked for only after the line for
    which is_formula(line) holds (the header's numbers are not marks)."""
    out = Cleaned(lines=[])
    page_break = True
    pages: list[list[int]] = [[]]  # indices into out.lines, one list per page
    pending_note: list | None = None  # the footnote being read: [marker, text, line]
    gap = False
    defined: set[str] = set()
    last_mark = [(-1, -1)]  # marks come in document order: search after the previous one
    raw_lines = text.split("\n")
    stripped_lines = [" ".join(raw.split()) for raw in raw_lines]  # (a form feed is whitespace too)
    furniture = [_furniture(t) if t and t[0] in _FURNITURE_FIRST else None for t in stripped_lines]
    body_from: int | None = None if is_formula is not None else 0
    glued = False  # a note's mark was found glued to its word
    # A text without pages (a Word or web page export) has its notes at its end. (The symbol
    # on the cover looks like a running head, but it stands among the first lines.) Asked
    # only when a footnote is.
    paged = None
    in_notes = False  # the last text line read was part of a footnote block

    def new_page():
        nonlocal page_break
        if pages[-1]:
            pages.append([])
        page_break = True

    lines_out = out.lines
    for number, (raw, stripped, kind) in enumerate(zip(raw_lines, stripped_lines, furniture, strict=True), start=1):
        if "\f" in raw:
            new_page()
            raw = raw.replace("\f", "")
        if not stripped:
            if pending_note is not None:
                pending_note = _close_note(out, pending_note, keep_open=True)
            gap = True
            continue
        if kind is not None:
            if kind[0] == "symbol" and kind[1]:
                out.symbol = out.symbol or spaced_symbol(kind[1])
            elif kind[0] == "job" and kind[1]:
                out.job_number = out.job_number or kind[1]
            new_page()
            pending_note = _close_note(out, pending_note)
            in_notes = False
            continue
        fm = _FOOTNOTE_START.match(stripped) if stripped[0] in _NOTE_FIRST else None
        if (fm and pending_note is not None and not pending_note[1].endswith(_TERMINAL)
                and _indent(raw) > _indent(raw_lines[pending_note[2] - 1])):
            # Indented under an unfinished note, a number goes on with it ("… 26 August –" /
            # "4 September 2002 …"), even the next note's number.
            fm = None
        if (fm and fm["marker"] not in defined and _next_in_sequence(fm["marker"], defined)
                and not (not_a_note and not_a_note(stripped))):
            first = -1 if body_from is None or not fm["marker"][0].isdigit() else body_from
            if paged is None:
                paged = _paged(text, furniture)
            near_foot = _near_foot(raw_lines, furniture, number - 1, paged)
            # At the end of a text without pages, where the whole text is one page, neither the
            # weakest patterns nor marks standing apart are tried until a note's mark was found
            # glued to its word: notes there with marks apart are the endnotes of old yearly
            # volumes, placed by their own rule (parse.py), and resolution numbers abound.
            rank = _mark_reference(out.lines, pages, fm["marker"], unit_chars, last_mark, first,
                                   relaxed=near_foot, weak=paged or glued)
            glued = glued or (rank is not None and rank < _WEAK_FROM)
            found = rank is not None
            if not found and (in_notes or (near_foot and paged)):
                # A mark may stand apart from its word ("sesiones 7,"). And the next note of a
                # footnote block is a note even when its mark cannot be found at all: it is then
                # reported unreferenced, never left in the running text.
                found = _mark_reference(out.lines, pages, fm["marker"], unit_chars, last_mark, first,
                                        spaced=True) is not None or in_notes
            if found:
                _close_note(out, pending_note)
                defined.add(fm["marker"])
                pending_note = [fm["marker"], fm["text"], number]
                in_notes = True
                continue
        # An open footnote goes on over lines that do not end it — but not over a line that opens
        # a paragraph, a meeting or a date: a footnote taken for one would swallow the text.
        indent = _indent(raw) if raw[:1] in _BLANKS else 0
        if pending_note is not None:
            if (not pending_note[1].endswith(_TERMINAL) or indent >= 3) \
                    and not (indent < 3 and not_a_note and not_a_note(stripped)):
                pending_note[1] += " " + stripped
                continue
            pending_note = _close_note(out, pending_note)
        in_notes = False
        if body_from is None and is_formula is not None and is_formula(stripped):
            body_from = len(lines_out)
        pages[-1].append(len(lines_out))
        # A blank line that belongs to a page break says nothing about paragraphs.
        lines_out.append(Line(stripped, number, indent, page_break, gap and not page_break))
        page_break = False
        gap = False
    _close_note(out, pending_note)
    return out


_FOOTNOTE_BLOCK_LINES = 30
_COVER_LINES = 10


def _furniture(stripped: str) -> tuple[str, str | None] | None:
    """("symbol", symbol), ("job", job number) or ("page", None) for page furniture, else None."""
    # Running heads, job numbers and page numbers are short and start with a capital, digit or dash.
    if not stripped or len(stripped) > _FURNITURE_MAX or stripped[0] not in _FURNITURE_FIRST:
        return None
    if m := _SYMBOL_LINE.match(stripped):
        return "symbol", m["symbol"]
    if m := _JOB_LINE.match(stripped):
        return "job", m["job"]
    if _PAGE_LINE.match(stripped):
        return "page", None
    return None


def _plausible_mark(text: str, start: int, next_line: str = "") -> bool:
    """Rejects digits that end a document symbol ("E/2023/15/Add.1", "A/78/L.9") or that begin a
    number the line break cut ("…、1" + "998年")."""
    if text[start:].isdigit() and re.match(r"\d+[^\d.\s]", next_line):
        return False
    token_start = max(text.rfind(" ", 0, start), text.rfind("(", 0, start)) + 1
    token = text[token_start:start]
    return not ("/" in token and token.endswith(".") and len(token) > 1 and token[-2].isalnum())


def _paged(text: str, furniture: list) -> bool:
    cover = furniture[:_COVER_LINES]
    return ("\f" in text or furniture.count(None) < len(furniture) - len(cover) + cover.count(None)
            or any(k is not None and k[0] != "symbol" for k in cover))


def _near_foot(raw_lines: list[str], furniture: list, index: int, paged: bool = True) -> bool:
    """Whether at most _FOOTNOTE_BLOCK_LINES text lines (this one included) stand between a line and
    the next page furniture. The end of a paged text is no page foot (footnotes stand above
    furniture); the end of a text without pages is."""
    count = 0
    for j in range(index, len(raw_lines)):
        raw = raw_lines[j]
        if "\f" in raw or furniture[j] is not None:
            return True
        if raw and not raw.isspace():
            count += 1
            if count > _FOOTNOTE_BLOCK_LINES:
                return False
    return not paged


def _next_in_sequence(marker: str, defined: set[str]) -> bool:
    """Numbered footnotes run 1, 2, 3… (or (1), (2), (3)…) through a document; stars are not checked."""
    bare = marker.strip("()")
    if not bare.isdigit():
        return True
    # A wrapped "(67)/RES/10" must not start footnote (67) when no (66) came before.
    numbers = [int(m.strip("()")) for m in defined if m.strip("()").isdigit() and (m[0] == "(") == (marker[0] == "(")]
    marker = bare
    expected = max(numbers) + 1 if numbers else 1
    # One footnote may have been missed (its mark unrecognisable): the next one is still taken.
    return int(marker) in (expected, expected + 1) or (not numbers and int(marker) < 10)


def _mark_reference(lines: list[Line], pages: list[list[int]], marker: str, unit_chars: str,
                    last_mark: list[tuple[int, int]], first_line: int = -1, relaxed: bool = False,
                    spaced: bool = False, weak: bool = True) -> int | None:
    """Finds the reference mark of a footnote on its page (or the page before) and marks it;
    returns the rank of the pattern that found it (0: glued to a word), None when none did.

    Looser patterns (a mark glued to a number) are tried only for a line near the page's foot,
    where footnote blocks stand, so that a wrapped line starting with a number is not taken
    for a footnote."""
    after_line, after_col = last_mark[0]
    patterns: list[re.Pattern[str] | None]
    if spaced:
        # Only for a line known to be a footnote: a mark after a space, before punctuation.
        # (or after another mark: "Humanos" + "1" + " 2" + ";")
        m = re.escape(marker)
        patterns = [None] * _WEAK_FROM + [re.compile(rf"({m})(?:(?<=[^\W\d_] {m})|(?<={MARK_CLOSE} {m}))(?=\s?[,;.:])")]
    else:
        patterns = _mark_patterns(marker, unit_chars)
    if not (relaxed or spaced):
        patterns = patterns[:1]
    elif not weak:
        patterns = patterns[:_WEAK_FROM]
    for rank, pattern in enumerate(patterns):
        if pattern is None:
            continue
        for page in (pages[-1], pages[-2] if len(pages) > 1 else []):
            found = None
            for i in page:
                if i < after_line or i < first_line:
                    continue
                line = lines[i]
                if marker not in line.text:  # every pattern holds the marker itself: a cheap test first
                    continue
                m = pattern.search(line.text, after_col + 1 if i == after_line else 0)
                nxt = lines[i + 1].text if i + 1 < len(lines) else ""
                while m and not _plausible_mark(line.text, m.start(m.lastindex or 1), nxt):
                    m = pattern.search(line.text, m.start(m.lastindex or 1) + 1)
                if m:
                    found = (i, m)
                    # A mark glued to a document number is weak evidence, and lists of resolution
                    # numbers are full of look-alikes: there the last candidate before the foot wins.
                    if rank < _WEAK_FROM:
                        break
            if found:
                i, m = found
                line = lines[i]
                g = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k) is not None)
                line.text = line.text[:m.start(g)] + MARK_OPEN + marker + MARK_CLOSE + line.text[m.end(g):]
                last_mark[0] = (i, m.start(g))
                return rank
    return None


_WEAK_FROM = 3  # patterns from after_symbol on


def _close_note(out: Cleaned, note, keep_open: bool = False):
    if note is None:
        return None
    if keep_open and not note[1].endswith(_TERMINAL):
        return note
    if note not in out.footnotes:
        out.footnotes.append((note[0], note[1], note[2]))
    return None
