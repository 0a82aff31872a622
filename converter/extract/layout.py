"""Page geometry → text the reader reads: lines, page furniture, footnote areas, paragraphs.

Input: the runs of text on each page (a run: text in one font at one position, as a PDF shows it)
and the horizontal rules. Output: text laid out as `pdftotext -layout` would give it at its best —
pages separated by form feeds, one line per printed line, a blank line and an indent before each
paragraph, the two columns of a cover apart by a wide gap, the footnotes of a page at its foot
after a blank line, each as "mark text" — with the running heads and page numbers left out, and
the `Hints` (italic openings, bold headings, raised marks) beside it.

Each rule below says what class of layout it serves; all positions are in points, y upwards.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from .hints import Hints, Opening, italic_opening

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u0400-\u04ff]")


@dataclass(slots=True)
class Run:
    text: str
    x0: float
    x1: float
    base: float  # the baseline
    size: float  # the font size as printed (points)
    italic: bool = False
    bold: bool = False
    sup: bool = False  # a raised mark (set by the line builder)


@dataclass(slots=True)
class Rule:
    x0: float
    x1: float
    y: float


@dataclass
class Page:
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


@dataclass(slots=True)
class Line:
    runs: list[Run]
    base: float
    size: float  # the size of most of its text
    x0: float
    x1: float
    text: str = ""
    bold: bool = False


@dataclass
class _PageLines:
    head: list[Line]
    body: list[Line]
    notes: list[Line]
    foot: list[Line]


def direction(pages: list[Page]) -> str:
    """'rtl' when the text is mostly Arabic letters."""
    sample = "".join(r.text for p in pages[:3] for r in p.runs)
    arabic = len(_ARABIC.findall(sample))
    return "rtl" if arabic > len(_LATIN.findall(sample)) else "ltr"


def _dedupe(runs: list[Run]) -> list[Run]:
    # Some producers print a run twice at (almost) the same place to make it look bold: one is text.
    seen: set[tuple[str, int, int]] = set()
    out = []
    for r in runs:
        k = (r.text, round(r.x0 * 2), round(r.base * 2))
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def build_lines(runs: list[Run]) -> list[Line]:
    """Runs → lines, top to bottom. A run whose baseline lies within 0.3 of the line's size joins
    it; a smaller run raised above a line's baseline (a footnote mark) joins that line as raised."""
    ordered = sorted(runs, key=lambda r: (-r.base, r.x0))
    lines: list[Line] = []
    for r in ordered:
        if not r.text.strip():
            continue
        target = None
        for ln in reversed(lines[-3:]):
            if abs(ln.base - r.base) <= 0.3 * max(ln.size, r.size):
                target = ln
                break
        if target is None:
            lines.append(Line([r], r.base, r.size, r.x0, r.x1))
        else:
            target.runs.append(r)
            target.x0 = min(target.x0, r.x0)
            target.x1 = max(target.x1, r.x1)
            if r.size > target.size:
                target.size, target.base = r.size, r.base
    # Raised marks: a line of small runs just above a line of larger text, within 0.75 of its size.
    merged: list[Line] = []
    for ln in reversed(lines):
        below = merged[-1] if merged else None
        if (below is not None and ln.size < 0.85 * below.size and 0 < ln.base - below.base <= 0.9 * below.size
                and ln.x0 >= below.x0 - 2 * below.size and ln.x1 <= below.x1 + 2 * below.size
                and all(len(r.text.strip()) <= 4 for r in ln.runs)):
            for r in ln.runs:
                r.sup = True
            below.runs.extend(ln.runs)
            below.x0, below.x1 = min(below.x0, ln.x0), max(below.x1, ln.x1)
            continue
        merged.append(ln)
    merged.reverse()
    for ln in merged:
        _attach_marks(ln)
        for r in ln.runs:
            if r.size < 0.85 * ln.size and r.base - ln.base > 0.12 * ln.size:
                r.sup = True
        ln.runs.sort(key=lambda r: r.x0)
        ln.size = _main_size(ln)
        ln.bold = all(r.bold for r in ln.runs if not r.sup)
    return merged


def _attach_marks(ln: Line) -> None:
    """Vowel signs and other combining marks that a program set as runs of their own (to place them
    over their letter) go back to the run of that letter: in a right-to-left run the letter under a
    mark that ends the run stands at its left end; in a left-to-right run at its right end."""
    marks = [r for r in ln.runs if _stray_marks(r.text)]
    if not marks:
        return
    bases = [r for r in ln.runs if r not in marks and any(c.isalpha() for c in r.text)]
    for m in marks:
        centre = (m.x0 + m.x1) / 2
        arabic = _ARABIC.search(m.text) is not None
        best = min(bases, key=lambda r: abs((r.x0 if arabic else r.x1) - centre), default=None)
        if best is None:
            continue
        stray = _stray_marks(m.text)
        rest = "".join(c for c in m.text if c not in stray)
        if rest.strip():
            # A run that holds the marks and punctuation ("." and a vowel sign drawn together).
            m.text = rest
            m = Run(stray, m.x0, m.x1, m.base, m.size)
        else:
            ln.runs.remove(m)
        # After the run's last letter: punctuation after it stays after the mark ("مستقبلاً.").
        head = best.text.rstrip()
        cut = len(head)
        while cut > 0 and not head[cut - 1].isalpha() and not unicodedata.combining(head[cut - 1]):
            cut -= 1
        best.text = head[:cut] + m.text.strip() + head[cut:] + (
            " " if m.text.endswith(" ") or best.text.endswith(" ") else "")


def _stray_marks(text: str) -> str:
    """The combining marks a run starts with, before any letter (those belong to another run)."""
    out = []
    for c in text:
        if c.isalpha():
            break
        if unicodedata.combining(c):
            out.append(c)
    return "".join(out)


def _main_size(ln: Line) -> float:
    sizes: dict[float, int] = {}
    for r in ln.runs:
        if not r.sup:
            sizes[round(r.size, 1)] = sizes.get(round(r.size, 1), 0) + len(r.text)
    return max(sizes, key=lambda s: sizes[s]) if sizes else ln.size


def _logical(runs: list[Run], rtl: bool) -> list[tuple[str, Run]]:
    """A line's text in reading order, as (text, run) pieces. Left to right: the runs. Right to left
    (Arabic), the bidirectional algorithm undone: a run of Arabic letters reads as PDFium gives it;
    the rest is cut into numbers ("46/15", "2024"), Latin words and the characters between, whose
    order on the line is reversed — but for Latin words with what joins them ("A/HRC/55/52 of the"),
    which read left to right as shown. So "55/12." shown ".55/12" and "1 -" shown "- 1" read back."""
    if not rtl:
        return [(r.text, r) for r in runs]
    items: list[list[tuple[str, Run, str]]] = []
    tokens: list[tuple[str, Run, str]] = []
    for r in _weak_stretches(runs):  # left to right as shown
        if r.sup or _ARABIC.search(r.text):
            tokens.append((r.text, r, "R"))
            continue
        pos = 0
        for m in _UNIT.finditer(r.text):
            tokens.extend((c, r, "O") for c in r.text[pos:m.start()])
            unit = m.group()
            tokens.append((unit, r, "L" if _LETTER.search(unit) else "N"))
            pos = m.end()
        tokens.extend((c, r, "O") for c in r.text[pos:])
    i = 0
    while i < len(tokens):
        end = i
        if tokens[i][2] == "L":
            # Latin words and what stands between them keep their order.
            j = i + 1
            while j < len(tokens):
                k = j
                while k < len(tokens) and tokens[k][2] == "O":
                    k += 1
                if k < len(tokens) and tokens[k][2] == "L":
                    end = k
                    j = k + 1
                else:
                    break
        items.append(tokens[i:end + 1])
        i = end + 1
    return [(t, r) for item in reversed(items) for t, r, _ in item]


def _weak_stretches(runs: list[Run]) -> list[Run]:
    """Neighbouring runs without Arabic letters as one run ("46", "/", "15" drawn in two fonts), and
    the pieces of a raised mark as one."""
    out: list[Run] = []
    for r in runs:
        prev = out[-1] if out else None
        if prev is not None and r.sup and prev.sup and r.x0 - prev.x1 < 0.4 * r.size:
            # A raised mark drawn in pieces ("(", "1", ")") is one mark.
            out[-1] = Run("".join((prev.text + r.text).split()), prev.x0, max(prev.x1, r.x1), prev.base, prev.size,
                          sup=True)
            continue
        weak = not r.sup and not _ARABIC.search(r.text)
        if prev is not None and weak and not prev.sup and not _ARABIC.search(prev.text):
            gap = r.x0 - prev.x1
            sep = " " if gap > 0.2 * max(r.size, prev.size) and not prev.text.endswith(" ") \
                and not r.text.startswith(" ") else ""
            out[-1] = Run(prev.text + sep + r.text, prev.x0, max(prev.x1, r.x1), prev.base, max(prev.size, r.size),
                          prev.italic and r.italic, prev.bold and r.bold)
        else:
            out.append(r)
    return out


_BRACKETED = re.compile(r"^\s*[(\[)\]]\s*(\w{1,4})\s*[)\](\[]\s*$")
_UNIT = re.compile(r"[^\W_]+(?:[./:,\-–][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")


_MIRROR = str.maketrans("()[]{}", ")(][}{")


def unmirror(text: str) -> str:
    """Brackets of right-to-left text as written: a program that draws the mirrored glyph for "("
    in Arabic text may map it back to ")". When the brackets close before they open, all are swapped."""
    depth = 0
    for c in text:
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return text.translate(_MIRROR)
    return text


def _join(runs: list[Run], rtl: bool, pieces: list[tuple[str, Run]] | None = None) -> str:
    """The text of a line: runs in reading order, a space where the gap between two runs is wider
    than a fifth of the type size, a wide gap (a second column) as a run of spaces, marks glued to
    the word they follow, combining marks (Arabic vowel signs set apart) to their letter."""
    out: list[str] = []
    prev: Run | None = None
    for t, r in _logical(runs, rtl):
        if r.sup:
            # Arabic prints a note's mark in brackets, raised: "(1)" is the mark 1.
            t = _BRACKETED.sub(r"\1", t)
        if prev is not None and r is not prev:
            gap = (prev.x0 - r.x1) if rtl else (r.x0 - prev.x1)
            size = max(prev.size, r.size)
            if unicodedata.combining(t.lstrip()[:1] or " "):
                if out:
                    out[-1] = out[-1].rstrip()
                t = t.lstrip()
            elif gap > 3.0 * size and not r.sup and not prev.sup:
                out.append(" " * max(4, int(gap / (0.5 * size))))
                t = t.lstrip()
            elif r.sup and gap < 0.3 * size:
                if out:
                    out[-1] = out[-1].rstrip()
                t = t.strip()
            elif gap > 0.2 * size and not (out and out[-1].endswith(" ")) and not t.startswith(" "):
                if not (_CJK.match(t.lstrip()[:1]) and _CJK.match(out[-1].rstrip()[-1:] if out else "")):
                    out.append(" ")
        if pieces is not None:
            pieces.append((t, r))
        out.append(t)
        prev = r
    text = "".join(out).rstrip()
    return unmirror(text) if rtl else text


def _split_page(lines: list[Line], page: Page, body_size: float, first: bool) -> _PageLines:
    """Running heads above the text, the footnote area under its rule, page numbers and job numbers
    under everything: by position on the page, never by what they say."""
    head: list[Line] = []
    foot: list[Line] = []
    rest = list(lines)
    # A running head: the first line of a page after the first, in the top eighth of the page, in
    # smaller type, or short and set apart (a paragraph's last line at the top of a page is set
    # apart from the next paragraph too, but by less than three lines).
    while rest and not first and rest[0].base > page.height * 0.875 and (
            rest[0].size < 0.95 * body_size or len(rest) < 2
            or (rest[0].base - rest[1].base > 3.0 * body_size and rest[0].x1 - rest[0].x0 < page.width * 0.4)):
        head.append(rest.pop(0))
    # The footnote area: under the lowest short rule in the lower half of the page.
    notes: list[Line] = []
    rules = [r.y for r in page.rules if r.y < page.height * 0.6 and (r.x1 - r.x0) < page.width * 0.6
             and any(ln.base < r.y for ln in rest)]
    top = rest[-1].base + 2 * body_size if rest else page.height
    if rules:
        top = max(rules)
        notes = [ln for ln in rest if ln.base < top]
        rest = [ln for ln in rest if ln.base >= top]
    # Page foot: the last lines, in the bottom eighth, small and set apart from what is above them
    # (the rule counts as what is above the first note).
    below = notes or rest
    while below and below[-1].base < page.height * 0.125 and below[-1].size < 0.95 * body_size and (
            (below[-2].base if len(below) > 1 else top) - below[-1].base > 2.0 * below[-1].size):
        foot.insert(0, below.pop())
    return _PageLines(head, rest, notes, foot)


def _pitch(pages: list[_PageLines], body_size: float) -> float:
    gaps = []
    for p in pages:
        for a, b in zip(p.body, p.body[1:], strict=False):
            if abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5:
                gaps.append(round(a.base - b.base, 1))
    if not gaps:
        return body_size * 1.2
    return min(statistics.multimode(gaps)) if gaps else body_size * 1.2


def lay_out(pages: list[Page]) -> tuple[str, Hints]:
    rtl = direction(pages) == "rtl"
    sizes: dict[float, int] = {}
    for p in pages:
        p.runs = _dedupe(p.runs)
        for r in p.runs:
            sizes[round(r.size, 1)] = sizes.get(round(r.size, 1), 0) + len(r.text)
    if not sizes:
        return "", Hints()
    body_size = max(sizes, key=lambda s: sizes[s])
    split = [_split_page(build_lines(p.runs), p, body_size, k == 0) for k, p in enumerate(pages)]
    pitch = _pitch(split, body_size)
    openings: list[Opening] = []
    headings: list[str] = []
    out_pages: list[str] = []
    italic_seen = False
    # The body's start edge: the left margin (right in Arabic), the most common line start.
    starts = [round(-ln.x1 if rtl else ln.x0) for p in split for ln in p.body]
    margin = float(statistics.mode(starts)) if starts else 0.0
    prev_short = False
    para: list[tuple[str, Run]] = []

    def close_paragraph() -> None:
        nonlocal italic_seen
        opening = italic_opening([(t, r.italic, r.sup) for t, r in para])
        if opening is not None:
            italic_seen = True
            openings.append(opening)
        para.clear()

    for p in split:
        lines_out: list[str] = []
        prev: Line | None = None
        for ln in p.body:
            pieces: list[tuple[str, Run]] = []
            text = _join(ln.runs, rtl, pieces)
            edge = -ln.x1 if rtl else ln.x0
            inset = edge - margin
            if prev is None:
                start = inset > 0.5 * body_size or prev_short
            else:
                prev_edge = -prev.x1 if rtl else prev.x0
                start = (prev.base - ln.base > 1.25 * pitch or edge > prev_edge + 0.5 * body_size)
            if start or not para:
                close_paragraph()
                if lines_out or out_pages:
                    lines_out.append("")
            para.extend(pieces)
            if ln.bold and text.strip():
                headings.append(" ".join(text.split()))
            lines_out.append(_indent(inset, body_size, start) + text)
            width = (ln.x1 - ln.x0)
            prev_short = width < 0.8 * _text_width(split, rtl) and text.rstrip()[-1:] in ".:;。：；"
            prev = ln
        if p.notes:
            lines_out.append("")
            lines_out.extend(_note_lines(p.notes, rtl))
        if p.foot and not out_pages:
            # The first page's foot holds the job number (and on the UN's pages a bar code).
            lines_out.append("")
            lines_out.extend(_join(ln.runs, rtl) for ln in p.foot)
        out_pages.append("\n".join(lines_out))
    close_paragraph()
    text = "\n\f".join(out_pages) + "\n"
    return text, Hints(tuple(openings), italic_seen, tuple(headings))


def _indent(inset: float, size: float, start: bool) -> str:
    """A paragraph's first-line indent as one space; a line set far in (the right-hand column of a
    cover, a centred line) as the run of spaces `pdftotext -layout` would give it."""
    if inset > 4 * size:
        return " " * int(inset / (0.5 * size))
    return " " if start and inset > 0.5 * size else ""


def _text_width(split: list[_PageLines], rtl: bool) -> float:
    widths = [ln.x1 - ln.x0 for p in split for ln in p.body]
    return max(widths) if widths else 1.0


def _note_lines(notes: list[Line], rtl: bool) -> list[str]:
    """The footnotes of a page, each starting "mark text" (its mark raised in print)."""
    out = []
    for ln in notes:
        first = _logical(ln.runs, rtl)[0][1]
        text = _join(ln.runs, rtl)
        if first.sup or (first.size < ln.size * 0.85):
            mark = _BRACKETED.sub(r"\1", first.text.strip())
            body = text[text.find(mark) + len(mark):].strip() if mark in text else text
            out.append(f" {mark} {body}")
        else:
            out.append(f"   {text}")
    return out
