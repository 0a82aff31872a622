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

import collections
import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from ..text.tables import SPANNED, form_lines
from .grid import Cell as GridCell
from .grid import Grid, grids
from .grid import rows as grid_rows
from .hints import CONTEXT, Hints, Mark, Opening, italic_opening, squeeze

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# Letters of the Arabic script (not its comma, digits or vowel signs): what makes a run read right
# to left.
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc\u06ff\u0750-\u077f"
                            "\u08a0-\u08c9\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc]")
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
    # Whether the file's text had a space at the run's start or end (in reading order; in a
    # right-to-left line, a run of numbers or Latin letters is given in the order shown).
    lead: bool = False
    trail: bool = False
    # Whether the run's brackets are the glyphs the page shows, each known by its ink (rule
    # `bracket-shapes` in pdf.py), rather than whatever character the file maps a glyph to.
    shapes: bool = False


@dataclass(slots=True)
class Rule:
    x0: float
    x1: float
    y: float


@dataclass(slots=True)
class Upright:
    """A vertical rule: x, from y0 up to y1."""

    x: float
    y0: float
    y1: float


@dataclass
class Page:
    width: float
    height: float
    runs: list[Run] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    uprights: list[Upright] = field(default_factory=list)


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
    # ruled-table: each table of the page's body, with the index in `body` of the line it stands
    # before, and its own lines (taken out of `body`)
    tables: list[tuple[int, Grid, list[Line]]] = field(default_factory=list)


def direction(pages: list[Page]) -> str:
    """'rtl' when the text is mostly Arabic letters."""
    sample = "".join(r.text for p in pages[:3] for r in p.runs)
    arabic = len(_ARABIC.findall(sample))
    return "rtl" if arabic > len(_LATIN.findall(sample)) else "ltr"


def unspaced(pages: list[Page]) -> bool:
    """Whether the text is mostly Chinese characters: a script written without spaces."""
    sample = "".join(r.text for p in pages[:3] for r in p.runs)
    return len(_CJK.findall(sample)) > len(_LATIN.findall(sample)) + len(_ARABIC.findall(sample))


# What a line may end with where the typesetter breaks a word without a space (Word breaks after a
# hyphen or dash: "COVID-" / "19").
_BREAKS_AFTER = frozenset("-‐‑‒–—/")


def broke_at_space(before: str, after: str) -> bool:
    """cjk-break-at-space: in text without spaces between words (Chinese), a line that ends with
    a letter, digit or bracket of a spaced script before one that starts so broke at the space
    between them — a run of Latin letters or digits is never broken, any two Chinese characters
    may be ("…通过了I" / "(70)号决定", "第2175" / "(2014)号", "1 033" / "900美元"). The reader joins
    Chinese lines without a space; the layout keeps this one."""
    end, start = before.rstrip()[-1:], after.lstrip()[:1]
    return bool(end and start and end not in _BREAKS_AFTER and not _CJK.match(end) and not _CJK.match(start))


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
    lines = _raised_lines_joined(_by_baseline(runs))
    for ln in lines:
        _attach_marks(ln)
        for r in ln.runs:
            if r.size < 0.85 * ln.size and r.base - ln.base > 0.12 * ln.size:
                r.sup = True
        ln.runs.sort(key=lambda r: r.x0)
        ln.size = _main_size(ln)
        ln.bold = all(r.bold for r in ln.runs if not r.sup)
    return lines


def _by_baseline(runs: list[Run]) -> list[Line]:
    """The runs gathered into lines by their baselines, top to bottom."""
    lines: list[Line] = []
    for r in sorted(runs, key=lambda r: (-r.base, r.x0)):
        if not r.text.strip():
            continue
        target = next((ln for ln in reversed(lines[-3:]) if abs(ln.base - r.base) <= 0.3 * max(ln.size, r.size)),
                      None)
        if target is None:
            lines.append(Line([r], r.base, r.size, r.x0, r.x1))
        else:
            target.runs.append(r)
            target.x0 = min(target.x0, r.x0)
            target.x1 = max(target.x1, r.x1)
            if r.size > target.size:
                target.size, target.base = r.size, r.base
    return lines


def _raised_lines_joined(lines: list[Line]) -> list[Line]:
    """Raised marks: a line of small runs just above a line of larger text, within 0.75 of its
    size, joins that line, its runs raised."""
    merged: list[Line] = []
    for ln in reversed(lines):
        below = merged[-1] if merged else None
        if below is not None and _raised_over(ln, below):
            for r in ln.runs:
                r.sup = True
            below.runs.extend(ln.runs)
            below.x0, below.x1 = min(below.x0, ln.x0), max(below.x1, ln.x1)
            continue
        merged.append(ln)
    merged.reverse()
    return merged


def _raised_over(ln: Line, below: Line) -> bool:
    return (ln.size < 0.85 * below.size and 0 < ln.base - below.base <= 0.9 * below.size
            and ln.x0 >= below.x0 - 2 * below.size and ln.x1 <= below.x1 + 2 * below.size
            and all(len(r.text.strip()) <= 4 for r in ln.runs))


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
        # Rule `mark-on-space`: a mark drawn wholly beside the word, over none of its letters, was
        # typed after a space (a slip the page shows as typed: "المبيع ِA"); it stays after that
        # space, and the run now reaches over it (so no second space comes between it and the next).
        if arabic and m.x1 < best.x0 - _MARK_APART * m.size:
            best.text = best.text.rstrip() + " " + m.text.strip()
            best.x0 = m.x0
            continue
        # After the run's last letter: punctuation after it stays after the mark ("مستقبلاً.").
        head = best.text.rstrip()
        cut = len(head)
        while cut > 0 and not head[cut - 1].isalpha() and not unicodedata.combining(head[cut - 1]):
            cut -= 1
        best.text = head[:cut] + m.text.strip() + head[cut:] + (
            " " if m.text.endswith(" ") or best.text.endswith(" ") else "")
        # A space after the mark is the space after the word.
        best.trail = best.trail or m.trail


# How far (in type sizes) a mark's ink must end before its word's first letter to stand apart from
# it: marks placed over a letter overlap it (measured on the fixtures: every one reaches into its
# letter; the one set on a space ends 0.05 of the size before its word).
_MARK_APART = 0.02


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


def _logical(runs: list[Run], rtl: bool, after_arabic: bool = False) -> list[tuple[str, Run]]:
    """A line's text in reading order, as (text, run) pieces. Left to right: the runs. Right to left
    (Arabic), the bidirectional algorithm undone: a run with Arabic letters reads as PDFium gives it;
    the rest is cut into numbers ("46/15", "2024"), Latin words and the characters between, whose
    order on the line is reversed — but for a stretch that starts with a Latin word, which reads
    left to right as shown up to its last Latin word or number ("A/HRC/55/52 of the", "United
    Nations, Treaty Series, vol. 1577": numbers after a Latin word run with it, and the
    punctuation between), with a bracket it opened and closes. So "55/12." shown ".55/12" and
    "1 -" shown "- 1" read back."""
    if not rtl:
        return [(r.text, r) for r in runs]
    tokens = _tokens(runs, after_arabic)
    items: list[list[_Token]] = []
    i = 0
    while i < len(tokens):
        end = _stretch_end(tokens, i) if tokens[i][2] == "L" else i
        items.append(tokens[i:end + 1])
        i = end + 1
    if _shapes_known(runs):
        # Brackets as shown (rule `bracket-shapes`): drawn mirrored in the right-to-left text, as
        # they are in a left-to-right stretch.
        return [(t if item[0][2] == "L" else t.translate(_MIRRORED), r)
                for item in reversed(items) for t, r, _ in item]
    return [(t, r) for item in reversed(items) for t, r, _ in item]


def _shapes_known(runs: list[Run]) -> bool:
    """Whether every bracket of a line is known by the glyph it shows (see Run.shapes)."""
    return all(r.shapes for r in runs if not r.sup and any(c in _ANY_BRACKET for c in r.text))


_MIRRORED = str.maketrans("()[]", ")(][")


# A piece of a right-to-left line as shown: its text, its run, and its kind: "R" right to left
# (Arabic), "L" a Latin word, "N" a number, "O" a character between.
_Token = tuple[str, Run, str]


def _tokens(runs: list[Run], after_arabic: bool = False) -> list[_Token]:
    """The pieces of a right-to-left line, left to right as shown."""
    tokens: list[_Token] = []
    # Numbers in a line of Arabic text are Arabic numbers to the bidirectional algorithm: a hyphen
    # or dash between two does not join them as a slash, point, comma or colon does ("6-12" is
    # shown "12-6", "18/11" as it is); in a line without Arabic ("23-12345 (A)") it does — unless
    # the line goes on with a paragraph whose text before it ends in Arabic (rule
    # `numbers-after-arabic`: the algorithm looks back over the whole paragraph, so "2011–2020"
    # alone on the last line of an Arabic sentence is shown "2020–2011").
    arabic = after_arabic or any(_ARABIC_LETTER.search(r.text) for r in runs if not r.sup)
    for r in _weak_stretches(runs):  # left to right as shown
        if r.sup or _ARABIC_LETTER.search(r.text):
            tokens.append((r.text, r, "R"))
            continue
        pos = 0
        for m in _UNIT.finditer(r.text):
            tokens.extend((c, r, "O") for c in r.text[pos:m.start()])
            unit = m.group()
            if _LETTER.search(unit) or not arabic:
                tokens.append((unit, r, "L" if _LETTER.search(unit) else "N"))
            else:
                for k, part in enumerate(_NUMBER_SPLIT.split(unit)):
                    tokens.append((part, r, "O" if k % 2 else "N"))
            pos = m.end()
        tokens.extend((c, r, "O") for c in r.text[pos:])
    return tokens


def _stretch_end(tokens: list[_Token], i: int) -> int:
    """The last token of the left-to-right stretch that starts with the Latin word tokens[i]: up to
    its last Latin word or number, with a bracket it opened and closes (see _logical)."""
    end, depth, j = i, 0, i + 1
    while j < len(tokens):
        k = j
        while k < len(tokens) and tokens[k][2] == "O":
            k += 1
        inner = _bracketed("".join(t for t, _, _ in tokens[j:k]), depth)
        if inner is None or k >= len(tokens) or tokens[k][2] not in "LN":
            break
        end, depth, j = k, inner, k + 1
    if depth and end + 1 < len(tokens) and tokens[end + 1][0] in _ANY_BRACKET:
        # "(UNESCO)": the bracket it opened closes right after its last word, whichever character
        # the file maps its glyph to (a font's map may say "(" for a ")" it drew — see unmirror).
        end += 1
    k = end + 1
    while k < len(tokens) and tokens[k][2] == "O" and tokens[k][0] in _LATIN_PUNCTUATION:
        k += 1
    if k > end + 1 and all(t[1].sup for t in tokens[k:]):  # (a note's raised mark may end the line)
        # Rule `latin-punctuation-trails`: Latin punctuation glued to the stretch's end at the
        # line's end is the stretch's own ("… (as of 7 October 2022)," / "Assembly resolution …" on
        # the next line): between two Latin words it runs with them, shown at their right; what
        # follows a Latin stretch in the Arabic text is shown at its left.
        end = k - 1
    return end


_LATIN_PUNCTUATION = frozenset(",.;:")


def _bracketed(between: str, depth: int) -> int | None:
    """The depth of brackets after the characters between two words of a left-to-right stretch, or
    None when a bracket there cannot belong to it: inside such a stretch a bracket opens right
    before a word or closes right after one ("Nations (UNESCO) and"); one beside a space at the
    stretch's edge stands in the right-to-left text around it, and its character, drawn mirrored,
    may say either."""
    last = len(between) - 1
    for p, c in enumerate(between):
        if c in "([":
            if p != last:
                return None
            depth += 1
        elif c in ")]":
            if p != 0 or depth == 0:
                return None
            depth -= 1
    return depth


def _weak_stretches(runs: list[Run]) -> list[Run]:
    """Neighbouring runs without Arabic letters as one run ("46", "/", "15" drawn in two fonts), and
    the pieces of a raised mark as one."""
    out: list[Run] = []
    for r in runs:
        prev = out[-1] if out else None
        if not r.sup and not _ARABIC_LETTER.search(r.text):
            # Shown left to right: the space at its left end comes after it in reading order.
            r = Run(r.text, r.x0, r.x1, r.base, r.size, r.italic, r.bold, r.sup, lead=r.trail, trail=r.lead,
                    shapes=r.shapes)
        if prev is not None and r.sup and prev.sup and r.x0 - prev.x1 < 0.4 * r.size:
            # A raised mark drawn in pieces ("(", "1", ")") is one mark.
            out[-1] = Run("".join((prev.text + r.text).split()), prev.x0, max(prev.x1, r.x1), prev.base, prev.size,
                          sup=True)
            continue
        weak = not r.sup and not _ARABIC_LETTER.search(r.text)
        if prev is not None and weak and not prev.sup and not _ARABIC_LETTER.search(prev.text):
            # The runs' ends are where the characters' advances end (pdf._visual_runs): touching
            # runs are one word ("S/" + "2021/5" in two fonts), a space shows as its width.
            gap = r.x0 - prev.x1
            sep = _GAP if gap > 0.1 * max(r.size, prev.size) or prev.lead or r.trail else ""
            out[-1] = Run(prev.text + sep + r.text, prev.x0, max(prev.x1, r.x1), prev.base, max(prev.size, r.size),
                          prev.italic and r.italic, prev.bold and r.bold, lead=r.lead, trail=prev.trail,
                          shapes=prev.shapes and r.shapes)
        else:
            out.append(r)
    return out


_GAP = "\x00"
_MARKER = re.compile(r"[\w*†‡§]")
_GAP_IN_BRACKETS = re.compile("(?<=[(\\[])\x00|\x00(?=[)\\]])")
_BRACKETED = re.compile(r"^\s*[(\[)\]]\s*([\w*†‡§]{1,4})\s*[)\](\[]\s*$")
_UNIT = re.compile(r"[^\W_]+(?:[./:,\-–][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_NUMBER_SPLIT = re.compile("([-–])")


_OPENS = {")": "(", "]": "[", "}": "{"}
_CLOSES = {"(": ")", "[": "]", "{": "}"}
_ANY_BRACKET = frozenset("()[]")
# What may follow a closing bracket; "\x00" is the layout's mark of a space seen as a gap (_GAP).
_AFTER_CLOSE = set(" \t\x00.,;:!?،؛؟»”’\"'")


def unmirror(text: str) -> str:
    """Brackets of right-to-left text as written. A program draws "(" of Arabic text with the glyph
    of ")" (mirrored), and its file maps that glyph back to either character — to the one it shows,
    or the one it stands for, even both ways in one file (fpdf2 does by context): neither a line's
    brackets nor their balance can be trusted. Each bracket is therefore read by where it stands:
    after a space (or at the line's start) and before a word it opens; after a word and before a
    space, punctuation or the line's end it closes; between two words (“2051(2012)”) it closes an
    open bracket, else opens one."""
    if not any(c in _OPENS or c in _CLOSES for c in text):
        return text
    out = list(text)
    depth = 0
    for i, c in enumerate(out):
        if c not in _OPENS and c not in _CLOSES:
            continue
        opens = _bracket_opens(out[i - 1] if i else " ", out[i + 1] if i + 1 < len(out) else " ", depth)
        if opens is None:
            continue
        if opens:
            out[i] = c if c in _CLOSES else _OPENS[c]
            depth += 1
        else:
            out[i] = c if c in _OPENS else _CLOSES[c]
            depth = max(0, depth - 1)
    return "".join(out)


# Arabic's quotes as the UN writes them: ” opens and “ closes, ’ opens and ‘ closes (every quoted
# passage of the corpus's Arabic files).
_ARABIC_QUOTES = {"“": ("”", "“"), "”": ("”", "“"), "‘": ("’", "‘"), "’": ("’", "‘")}


def quotes_by_place(text: str) -> str:
    """Rule `quote-by-place`: the curly quotes of Arabic text by where they stand. PDFium gives a
    quote of right-to-left text mirrored or not, by its own reading of the line ("هو “تعزيز" for
    "هو ”تعزيز"): a quote after a space (or at the line's start) and before a word opens, one after
    a word or a sign and before a space, punctuation or the line's end closes, each written as the
    UN writes Arabic — around Latin words too ("”Partner2Connect“": of the corpus's Arabic quotes
    beside a Latin letter or digit, 140 follow the rule and 2 do not). One between two words (an
    apostrophe) is left as read."""
    if not any(c in _ARABIC_QUOTES for c in text):
        return text
    out = list(text)
    for i, c in enumerate(out):
        pair = _ARABIC_QUOTES.get(c)
        if pair is None:
            continue
        before = out[i - 1] if i else " "
        after = out[i + 1] if i + 1 < len(out) else " "
        # Brackets either way round count on both sides ("للتنفيذ“(،", "(2013()”فريق": the UN's
        # brackets typed the wrong way, kept as typed by `bracket-shapes`).
        # (What opens: a word, a tatweel.)
        if (before.isspace() or before == _GAP or before in "()[]«") and (after.isalnum() or after == "\u0640"):
            out[i] = pair[0]
        elif not before.isspace() and before != _GAP and (after in _AFTER_CLOSE or after.isspace() or after in "()[]»"):
            out[i] = pair[1]
    return "".join(out)


def _bracket_opens(before: str, after: str, depth: int) -> bool | None:
    """Whether a bracket between these characters opens (see unmirror); None for one alone between
    spaces, left as it is."""
    spaced = before.isspace() or before == _GAP
    opens = after not in _AFTER_CLOSE and (spaced or before in _CLOSES)
    closes = not spaced and (after in _AFTER_CLOSE or after in _OPENS)
    if opens == closes:
        # Both or neither: inside a word, or alone between spaces.
        if spaced and (after.isspace() or after == _GAP):
            return None
        return depth == 0
    return opens


def _join(runs: list[Run], rtl: bool, pieces: list[tuple[str, Run]] | None = None, keep_marks: bool = True,
          after_arabic: bool = False) -> str:
    """The text of a line: runs in reading order, a space between two runs where _spaced() says, a
    wide gap (a second column) as a run of spaces, marks glued to
    the word they follow, combining marks (Arabic vowel signs set apart) to their letter."""
    out: list[str] = []
    prev: Run | None = None
    for t, r in _logical(runs, rtl, after_arabic):
        if r.sup:
            # Arabic prints a note's mark in brackets, raised: "(1)" is the mark 1.
            t = _BRACKETED.sub(r"\1", t)
            if not keep_marks:
                # The reader gets the marks as hints, not in the text; the gap after the mark tells
                # whether a space follows it.
                if pieces is not None:
                    pieces.append((t.replace(_GAP, " "), r))
                prev = r
                continue
        if prev is not None and r is not prev:
            t = _between(out, prev, r, t, rtl, pieces)
        if pieces is not None:
            pieces.append((t.replace(_GAP, " "), r))
        out.append(t)
        prev = r
    text = "".join(out).rstrip()
    shown = rtl and _shapes_known(runs)
    if rtl and not shown:
        text = unmirror(text)
    if rtl:
        text = quotes_by_place(text)
    if _GAP not in text:
        return text
    # A space that only the gap between two runs gave is no space inside brackets: a bracket's
    # glyph may sit well inside its width ("(أ )"). Not where the brackets are as shown: one the
    # wrong way round (a slip) may have a space on its inner side.
    return (text if shown else _GAP_IN_BRACKETS.sub("", text)).replace(_GAP, " ")


def _between(out: list[str], prev: Run, r: Run, t: str, rtl: bool, pieces: list[tuple[str, Run]] | None) -> str:
    """What stands between two runs of a line (a space, a wide gap, nothing), added to out (and
    pieces); returns the next run's text, trimmed as that asks."""
    gap = (prev.x0 - r.x1) if rtl else (r.x0 - prev.x1)
    size = max(prev.size, r.size)
    if unicodedata.combining(t.lstrip()[:1] or " "):
        if out:
            out[-1] = out[-1].rstrip()
        return t.lstrip()
    if gap > 3.0 * size and not r.sup and not prev.sup:
        out.append(" " * max(4, int(gap / (0.5 * size))))
        return t.lstrip()
    if r.sup and gap < 0.3 * size:
        if out:
            out[-1] = out[-1].rstrip()
        return t.strip()
    if (_spaced(prev, r, gap, size, rtl) and not (out and out[-1].endswith(" ")) and not t.startswith(" ")
            and not (_CJK.match(t.lstrip()[:1]) and _CJK.match(out[-1].rstrip()[-1:] if out else ""))):
        out.append(_GAP)
        if pieces is not None:
            pieces.append((" ", prev))
    return t


def _spaced(prev: Run, r: Run, gap: float, size: float, rtl: bool) -> bool:
    """Whether a space stands between two runs. Left to right: a gap wider than a fifth of the type
    size, or a space in the file's text with some gap. Right to left the runs' ends are where the
    characters' advances end (`pdf._visual_runs`), so two runs that touch are one word ("و18/11",
    "داعش)") and a space shows as its width, however narrow the font's space: a tenth of the type
    size tells them apart, or a space in the file's text."""
    if prev.sup:
        # After a raised mark PDFium's spaces do not tell ("autochtones¹," / "ней¹ ,"): the gap does.
        return gap > 0.2 * size
    if rtl:
        return gap > 0.1 * size or prev.trail or r.lead
    return gap > 0.2 * size or ((prev.trail or r.lead) and gap > 0.03 * size)


def _split_page(lines: list[Line], page: Page, body_size: float, first: bool) -> _PageLines:
    """Running heads above the text, the footnote area under its rule, page numbers and job numbers
    under everything: by position on the page, never by what they say."""
    tables = grids(page.rules, page.uprights, page.width)
    # ruled-table: a table's lines are taken apart first (its rows in small type at the top of a
    # page are no running head, its borders no footnote rule).
    rest, placed = _tables_apart(list(lines), tables)
    head = [] if first else _running_heads(rest, page, body_size)
    # The footnote area: under the lowest short rule in the lower half of the page (a table's
    # borders are no footnote rule).
    notes: list[Line] = []
    rules = [r.y for r in page.rules if r.y < page.height * 0.6 and (r.x1 - r.x0) < page.width * 0.6
             and any(ln.base < r.y for ln in rest) and not _in_table(r, tables)]
    top = rest[-1].base + 2 * body_size if rest else page.height
    if rules:
        top = max(rules)
        notes = [ln for ln in rest if ln.base < top]
        rest = [ln for ln in rest if ln.base >= top]
    placed = [(min(max(at - len(head), 0), len(rest)), g, band) for at, g, band in placed]
    return _PageLines(head, rest, notes, _page_foot(notes or rest, page, body_size, top), placed)


def _in_table(rule: Rule, tables: list[Grid]) -> bool:
    return any(g.holds(rule.y) for g in tables)


def _tables_apart(rest: list[Line], tables: list[Grid]) -> tuple[list[Line], list[tuple[int, Grid, list[Line]]]]:
    """ruled-table: the lines inside each table's borders taken out of the body's lines, each table
    kept with the index of the line it stands before."""
    placed: list[tuple[int, Grid, list[Line]]] = []
    for g in tables:
        inside = [ln for ln in rest if g.inside(ln.base)]
        if inside:
            placed.append((rest.index(inside[0]), g, inside))
            rest = [ln for ln in rest if not g.inside(ln.base)]
    return rest, placed


def _running_heads(rest: list[Line], page: Page, body_size: float) -> list[Line]:
    """The running heads taken off the top of a page after the first: its first lines in the top
    eighth of the page, in smaller type, or short and set apart (a paragraph's last line at the top
    of a page is set apart from the next paragraph too, but by less than three lines). The last
    line of a text alone at the top of its page (a vote) is not a second head. (The page's foot
    does not count as text under the head.)"""
    head: list[Line] = []

    def text_below() -> list[Line]:
        return [ln for ln in rest[1:] if ln.base > page.height * 0.125]

    while rest and rest[0].base > page.height * 0.875 and (
            rest[0].size < 0.95 * body_size or (not text_below() and not head)
            or (text_below() and rest[0].base - text_below()[0].base > 3.0 * body_size
                and rest[0].x1 - rest[0].x0 < page.width * 0.4)):
        head.append(rest.pop(0))
    return head


def _page_foot(below: list[Line], page: Page, body_size: float, top: float) -> list[Line]:
    """Page foot: the last lines, taken off `below`, in the bottom eighth, small and set apart from
    what is above them (the rule, at `top`, counts as what is above the first note)."""
    foot: list[Line] = []
    while below and below[-1].base < page.height * 0.125 and below[-1].size < 0.95 * body_size and (
            (below[-2].base if len(below) > 1 else top) - below[-1].base > 2.0 * below[-1].size):
        foot.insert(0, below.pop())
    return foot


def _pitch(pages: list[_PageLines], body_size: float) -> float:
    gaps = []
    for p in pages:
        for a, b in zip(p.body, p.body[1:], strict=False):
            if abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5:
                gaps.append(round(a.base - b.base, 1))
    # The line pitch: a low percentile of the gaps between lines of body text (most gaps are
    # between the lines of a paragraph; in a text of one-line paragraphs the lowest are).
    gaps = sorted(g for g in gaps if g >= 0.9 * body_size)
    if not gaps:
        return body_size * 1.2
    pitch = gaps[len(gaps) // 10]
    if pitch > 1.45 * body_size:
        # Wide gaps everywhere: double spacing, or a text of one-line paragraphs (a short
        # resolution). In the second, few lines run to the right margin.
        lines = [ln for p in pages for ln in p.body if abs(ln.size - body_size) < 0.5]
        widest = max(ln.x1 - ln.x0 for ln in lines)
        if len(lines) < 5 or sum(ln.x1 - ln.x0 > 0.9 * widest for ln in lines) < 0.3 * len(lines):
            return body_size * 1.2
    return pitch


def lay_out(pages: list[Page], shown: bool = False) -> tuple[str, Hints]:
    """The text for the reader and the hints; with shown=True, the text as a person would want to
    see what was read (marks raised in the text, the notes at the foot of their page) instead."""
    rtl = direction(pages) == "rtl"
    body_size = _body_size(pages)
    if body_size is None:
        return "", Hints()
    split = [_split_page(build_lines(p.runs), p, body_size, k == 0) for k, p in enumerate(pages)]
    r = _Reading(rtl, shown, body_size, _pitch(split, body_size), _text_width(split, rtl), _margin(split, rtl),
                 unspaced(pages))
    out_pages: list[str] = []
    for pl in split:
        lines_out = r.page(pl, first=not out_pages)
        page_notes = _notes(pl.notes, rtl)
        r.notes.extend(page_notes)
        if page_notes and shown:
            lines_out.append("")
            lines_out.extend(f" {mark} {body}" for mark, body in page_notes)
        if pl.foot and not out_pages:
            # The first page's foot holds the job number (and on the UN's pages a bar code).
            lines_out.append("")
            lines_out.extend(_join(ln.runs, rtl) for ln in pl.foot)
        out_pages.append("\n".join(lines_out))
    return "\n\f".join(out_pages) + "\n", r.hints()


def _body_size(pages: list[Page]) -> float | None:
    """The size most of the text is set in (None: no text); the pages' runs deduplicated.

    body-size-by-room: measured by the room the text takes on the line, not by its characters — a
    Chinese resolution's few ideographs a line would otherwise lose to the Latin symbols of its
    footnotes ("NPT/CONF.2000/28 (Parts I and II)/Corr.2"), and every line of the body be judged
    by the notes' size (A/RES/77/66 zh: paragraphs cut at each line a raised mark ended)."""
    sizes: dict[float, float] = {}
    for p in pages:
        p.runs = _dedupe(p.runs)
        for r in p.runs:
            sizes[round(r.size, 1)] = sizes.get(round(r.size, 1), 0.0) + (r.x1 - r.x0)
    return max(sizes, key=lambda s: sizes[s]) if sizes else None


def _margin(split: list[_PageLines], rtl: bool) -> float:
    """The body's start edge: the outermost line start that at least two lines share (in a text of
    short paragraphs most lines are first lines, set in; a stray start further out is no edge)."""
    starts = [round(-ln.x1 if rtl else ln.x0) for p in split for ln in p.body]
    shared = [x for x, n in collections.Counter(starts).items() if n > 1]
    return float(min(shared)) if shared else float(statistics.mode(starts)) if starts else 0.0


@dataclass
class _Reading:
    """The body's lines read page by page: paragraph starts, italic openings, bold headings, and
    where each raised mark stands in the body's text without whitespace."""

    rtl: bool
    shown: bool
    body_size: float
    pitch: float
    width_all: float
    margin: float
    unspaced: bool  # Chinese: the reader joins lines without a space
    openings: list[Opening] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    italic_seen: bool = False
    # The last line read stopped short after what ends a paragraph: a full stop, colon or
    # semicolon, or the comma that ends a preambular paragraph (short-line-before-page, in every
    # script: "،" of an Arabic consideration before a page whose first line is a heading).
    prev_short: bool = False
    para: list[tuple[str, Run]] = field(default_factory=list)
    stream: list[str] = field(default_factory=list)
    streamed: int = 0
    placed: list[tuple[str, int]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # text since the last mark, squeezed at the next (once)

    def flush(self) -> int:
        bare = squeeze("".join(self.pending))
        self.pending.clear()
        self.stream.append(bare)
        return len(bare)

    def close_paragraph(self) -> None:
        opening = italic_opening([(t, r.italic, r.sup) for t, r in self.para])
        if opening is not None:
            self.italic_seen = True
            self.openings.append(opening)
        self.para.clear()

    def page(self, pl: _PageLines, first: bool) -> list[str]:
        """The lines of a page's body as text."""
        lines_out: list[str] = []
        prev: Line | None = None
        for i, ln in enumerate(pl.body):
            self.tables_at(pl, i, lines_out)  # (the line after a table opens a paragraph: see table)
            pieces: list[tuple[str, Run]] = []
            raised = any(r.sup for r in ln.runs)
            edge = -ln.x1 if self.rtl else ln.x0
            inset = edge - self.margin
            start = self.starts(ln, prev, edge, inset)
            after_arabic = self.rtl and not start and _ends_in_arabic(self.para)
            text = _join(ln.runs, self.rtl, pieces, keep_marks=self.shown or not raised, after_arabic=after_arabic)
            self.place_marks(pieces)
            if start or not self.para:
                self.close_paragraph()
                if lines_out or not first:
                    lines_out.append("")
            self.para.extend(pieces)
            if ln.bold and text.strip():
                self.heading(" ".join(text.split()), start, prev)
            if self.unspaced and not start and lines_out and broke_at_space(lines_out[-1], text):
                # cjk-break-at-space: the line goes on the one before, after the space it broke at.
                lines_out[-1] = f"{lines_out[-1].rstrip()} {text.lstrip()}"
            else:
                lines_out.append(_indent(inset, self.body_size, start) + text)
            self.prev_short = (ln.x1 - ln.x0) < 0.8 * self.width_all and text.rstrip()[-1:] in _PARAGRAPH_ENDS
            prev = ln
        self.tables_at(pl, len(pl.body), lines_out)  # (a table that ends the page's body)
        return lines_out

    def tables_at(self, pl: _PageLines, i: int, lines_out: list[str]) -> None:
        for at, grid, band in pl.tables:
            if at == i:
                self.table(grid, band, lines_out)

    def table(self, grid: Grid, band: list[Line], lines_out: list[str]) -> None:
        """ruled-table: a table as lines of plain text's table form (unres.text.tables), a paragraph
        of its own; its header rows the first rows set wholly in bold, a row's heading below them
        in bold; the notes' marks in its cells placed as in paragraphs."""
        self.close_paragraph()
        if lines_out:
            lines_out.append("")
        rows = [[(SPANNED, cell.columns, False) if cell.continued else self.cell(cell) for cell in row]
                for row in grid_rows(grid, band, self.rtl)]
        lines_out += form_lines(rows)
        self.prev_short = True

    def cell(self, cell: GridCell) -> tuple[str, int, bool]:
        """A table cell's text (its lines joined, the marks placed), its columns, whether in bold."""
        parts, bold = [], True
        for runs in cell.lines:
            pieces: list[tuple[str, Run]] = []
            raised = any(r.sup for r in runs)
            parts.append(_join(list(runs), self.rtl, pieces, keep_marks=self.shown or not raised))
            self.place_marks(pieces)
            bold = bold and all(r.bold for r in runs if not r.sup)
        text = " ".join(" ".join(parts).split())
        return text, cell.columns, bold and bool(text)

    def place_marks(self, pieces: list[tuple[str, Run]]) -> None:
        for t, r in pieces:
            if not r.sup:
                self.pending.append(t)
            elif _MARKER.search(t):  # not a bracket left alone
                self.streamed += self.flush()
                self.placed.append((_BRACKETED.sub(r"\1", t.strip()), self.streamed))

    def starts(self, ln: Line, prev: Line | None, edge: float, inset: float) -> bool:
        """Whether a line starts a paragraph: set in, or after a wider gap than the line pitch."""
        if prev is None:
            return inset > 0.5 * self.body_size or self.prev_short
        prev_edge = -prev.x1 if self.rtl else prev.x0
        return prev.base - ln.base > 1.25 * self.pitch or edge > prev_edge + 0.5 * self.body_size

    def heading(self, words: str, start: bool, prev: Line | None) -> None:
        if not start and prev is not None and prev.bold and self.headings:
            # A heading that wraps is one heading (apply_hints joins what the reader split).
            last = self.headings[-1]
            self.headings[-1] += ("" if _CJK.match(words[:1]) and _CJK.match(last[-1:]) else " ") + words
        else:
            self.headings.append(words)

    def hints(self) -> Hints:
        self.close_paragraph()
        self.flush()
        body = "".join(self.stream)
        marks = tuple(Mark(marker, body[max(0, at - CONTEXT):at], body[at:at + CONTEXT]) for marker, at in self.placed)
        return Hints(tuple(self.openings), self.italic_seen, tuple(self.headings), marks, tuple(self.notes))


_PARAGRAPH_ENDS = ".:;,。：；，،؛"


def _ends_in_arabic(para: list[tuple[str, Run]]) -> bool:
    """Whether the last letter of a paragraph's text so far (its last strongly directed character)
    is Arabic."""
    for t, r in reversed(para):
        if r.sup:
            continue
        strong = _last_strong(t)
        if strong is not None:
            return strong
    return False


def _last_strong(text: str) -> bool | None:
    """Whether the last strongly directed character of a text is Arabic (None: it has none)."""
    for c in reversed(text):
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def _indent(inset: float, size: float, start: bool) -> str:
    """A paragraph's first-line indent as one space; a line set far in (the right-hand column of a
    cover, a centred line) as the run of spaces `pdftotext -layout` would give it."""
    if inset > 4 * size:
        return " " * int(inset / (0.5 * size))
    return " " if start and inset > 0.5 * size else ""


def _text_width(split: list[_PageLines], rtl: bool) -> float:
    widths = [ln.x1 - ln.x0 for p in split for ln in p.body]
    return max(widths) if widths else 1.0


def _notes(lines: list[Line], rtl: bool) -> list[tuple[str, str]]:
    """The footnotes of a page as (mark, text): a note starts with its mark, raised or smaller than
    its text; a line that does not goes on with the note before it."""
    out: list[tuple[str, str]] = []
    for ln in lines:
        pieces: list[tuple[str, Run]] = []
        first = _logical(ln.runs, rtl)[0][1]
        small = not first.sup and first.size < ln.size * 0.85
        starts = first.sup or small or not out
        # numbers-after-arabic in a note too: "الفقرات" / "19-22." on the note's next line.
        after_arabic = rtl and not starts and bool(_last_strong(out[-1][1]))
        text = _join(ln.runs, rtl, pieces, keep_marks=small, after_arabic=after_arabic)
        if starts:
            mark = _BRACKETED.sub(r"\1", pieces[0][0].strip()) if first.sup or small else ""
            body = text[len(pieces[0][0]):].strip() if small else text.strip()
            out.append((mark, body))
        else:
            mark, body = out[-1]
            cjk = _CJK.match(body[-1:]) and _CJK.match(text.strip()[:1])
            out[-1] = (mark, body + ("" if cjk else " ") + text.strip())
    return out
