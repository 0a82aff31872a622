"""Stage `blocks`: logical paragraphs ("blocks") and headings rebuilt from physical lines.

What marks a paragraph start differs between documents (`layout`): an indent, a blank line, or
— in text with neither — where lines end. Whether a line starts a paragraph is decided by the
line-start rules of LINE_RULES, each with a priority: the rule of highest priority that has an
opinion on the line decides (no opinion: the line goes on with the paragraph). Headings are
decided by the heading rules of headings.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..labels import continues, core, positions
from ..langs import Lang, bracket_pairs, fold_word, numbering, opening_pairs, punctuation, quote_pairs
from ..problems import Problem, UnresError
from . import guessed
from .headings import HEADING_MAX, LONG_HEADING_MAX, figure_unit_end
from .marked import MARK_SPACE_INDENT, PRINTED_MARK, join, join_text, normalize_text, proclitic_cut, width
from .openings import (
    BULLET,
    FRAME_CLAUSE_MAX,
    LABEL_CLAUSE_MARKS,
    LABEL_RANGE_DASHES,
    LOWERCASE_LEAD_WORDS,
    adverb_connector_refused,
    adverb_leads_head,
    clause_left_open,
    comma_prefix_head,
    ends_as_head,
    framed_head,
    head_lookalike,
    head_phrase,
    head_with_clause,
    holds_clause_end,
    label,
    lone_lookalike,
    opener_regex,
    opening,
    opens,
    opens_with_lookalike,
    out_of_phrase,
    prefix_apart,
    prefix_run,
    starts_with_head,
)
from .pages import indent
from .parts import LATIN_PARTS, symbol_part
from .ruleset import Rule
from .state import Block, Doc, Line
from .tables import captions_above, tables_apart

if TYPE_CHECKING:  # (headings.py reads Lines: imported where used)
    from .headings import HeadingRun

_CLAUSE_END = punctuation("comma", "semicolon", "colon", "full_stop")
_PARA_END_CHARS = frozenset(_CLAUSE_END)
_QUESTION = frozenset(punctuation("question"))
_TRAILING_NUMBER = re.compile(rf"[{re.escape(_CLAUSE_END)}]\s?\d{{1,3}}$")
# symbol-letter-in-list: the letter of a resolution's part after its symbol ("75/245 B"): one capital letter, Latin or
# Cyrillic — the UN prints a symbol's part so in the Latin and Cyrillic scripts (Russian text may set "А", "В", "С" in
# Cyrillic); Arabic prints it as a word ("باء"), and Chinese as a Latin letter.
_PART_LETTERS = "A-ZА-ЯЁ"
# digits-after-comma: a block that ends with a number and its comma ("72/73,", "(2014),", "6，") — or with a symbol, its
# part's letter and the comma ("92/245 A,", symbol-letter-in-list) — and the number a line opens with ("72/249",
# "2165 (2014)": a Security Council resolution's number and its year).
_LIST_END = re.compile(rf"\d(?:\)| [{_PART_LETTERS}])?[{re.escape(''.join(punctuation('comma')))}]$")
_LIST_NUMBER = re.compile(r"\d[\d/]*(?: \(\d{4}\))?")
_CLOSING_QUOTES = punctuation("closing_quotes")
_COMMAS = frozenset(punctuation("comma"))
_ITEM_CLAUSE_ENDS = tuple(punctuation("comma", "semicolon"))  # hung_run_ends_clause: an item's end, never a title's
_PHRASE_END = punctuation("comma", "semicolon", "colon")
_SEMICOLONS = frozenset(punctuation("semicolon"))
_ITEM_ENDS = frozenset(punctuation("semicolon", "full_stop"))  # (a set: an empty slice is in no set, in every str)
_BULLETS = frozenset(numbering()["bullets"])
_COLONS = tuple(punctuation("colon"))
_QUOTE_PAIRS = tuple((p[0], p[1]) for p in quote_pairs() if len(p) == 2)
# A number's signs, set after it: a line that opens with one was cut from its number (sign-after-number-continues).
_NUMBER_SIGNS = ("%", "\uff05", "\u2030")  # %, the fullwidth percent sign, per mille
_QUOTE_CHARS = frozenset('"' + "".join(o + e for o, e in _QUOTE_PAIRS))

# A line is full when it reaches the length most lines have: the 90th percentile of the lengths
# (once there are enough lines to tell; else the longest). One well short of it did not wrap.
FULL_LINE_SHARE = 0.9
FULL_LINE_SAMPLE = 20
SHORT_LINE = 0.7  # a line shorter than this share of a full line stopped short
# Double-spaced extractions put a blank line after nearly every line.
DOUBLE_SPACED_SHARE = 0.8
FLAT_WIDTH = 0.8  # in flat text, a line at least this share of a full line ran to the width
FLAT_MIN_LINES = 4  # fewer lines tell nothing about their width
UNWRAPPED_SHARE = 0.75  # lines that end a clause: one paragraph to a line
# A text of one paragraph to a line still has a few long unfinished lines:
# paragraphs a page break cut in two (their second halves then start in lower case:
# lowercase-continues).
UNWRAPPED_CUT_SHARE = 0.1
# unprinted-width: no printed page holds a line this wide (in columns: ~90 Latin or ~40 wide characters
# fill one); a text whose full line is wider was never wrapped, and one of its lines in this share ending a
# clause is enough (the rest: headings, items, paragraphs a page or the extractor cut in two).
UNPRINTED_FULL = 300
UNPRINTED_SHARE = 0.6
_OPEN_QUOTES = "«“„\"‘'‹"
EVEN_SHARE = 0.5  # lines that run to the width: a short line ended its paragraph
# A line that ended before this share of a full line, counted to where the next line's first word would
# have ended, did not end by the wrap (the margin: in proportional fonts characters are not widths).
FIT_SHARE = 0.9
# wide-room-on-grid: at least this many wrapped lines, and this share of them within one column of the widest, show
# that the wrap fills each line to the character (a text of ideographs set on a grid).
GRID_SAMPLE = 8
GRID_SHARE = 0.95


_RAISED_MARK = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def finished(text: str) -> bool:
    """Whether a line ends a sentence or clause (reference marks at the end do not count)."""
    # A closing quote may follow the punctuation ("… Transparent Elections,”"), and so may a
    # footnote number that was not recognised as a mark ("… of Zimbabwe, 57").
    last = text[-1:]
    if last in _PARA_END_CHARS:  # (asked of every line: the common ends are told without stripping)
        return True
    if last.isalpha():
        return False
    # (and so may a mark printed raised, "… Questions,²", as the text writer and a Markdown extraction give it)
    text = text.rstrip().rstrip(_RAISED_MARK).rstrip().rstrip(_CLOSING_QUOTES)
    if text[-1:] in _PARA_END_CHARS:
        return True
    return text[-1:].isdigit() and _TRAILING_NUMBER.search(text) is not None


def full_line(lines: list[Line], widths: list[int] | None = None) -> int:
    """The length of a full line (full lines hold ~90 Latin or ~40 CJK characters)."""
    lengths = sorted(widths if widths is not None else [ln.width for ln in lines])
    if not lengths:
        return 0
    return lengths[int(FULL_LINE_SHARE * (len(lengths) - 1))] if len(lengths) >= FULL_LINE_SAMPLE else lengths[-1]


@dataclass(frozen=True)
class Layout:
    indent: bool  # indented lines start paragraphs
    margin: int  # the left margin, in spaces
    gaps: bool  # blank lines separate paragraphs
    # Neither indents nor blank lines (text from pypdf, a Word or web page export): the lines
    # themselves tell, by where they end.
    flat: bool = False
    even: bool = False  # flat, and most lines run to one width: a short line ended its paragraph
    unwrapped: bool = False  # flat, and one line per paragraph: the text was never wrapped
    unprinted: bool = False  # unwrapped, told by a line wider than any printed one (unprinted-width)


def layout(lines: list[Line], opener: bytearray, fin: bytearray, full: int, widths: list[int],
           shapes: Shapes | None = None, head: Callable[[int], bool] | None = None,
           columns: int | None = None, numbers: list[int] | None = None) -> Layout:
    """What marks paragraph starts in these lines: indentation, blank lines, or neither.
    opener: for each line, whether it opens a paragraph by itself (a number, a label); fin:
    finished() of each line; full: full_line(lines); widths: each line's width; shapes: the
    lines' Shapes, when the caller has them; head: whether line k opens with a known paragraph head;
    columns: a full line's width in print columns, where the script has wide characters; numbers: the paragraph number
    each line opens with (0: none)."""
    shapes = shapes or Shapes.of(lines)
    indents = shapes.indents
    margin = min(indents, default=0)
    indented = len(indents) - indents.count(margin)
    gaps = shapes.gap.count(1, 1)
    if gaps and stray_gaps(gaps, opener, fin, head):
        gaps = 0
    # Indentation marks paragraph starts when some lines stand further in than the left margin
    # (every line sharing one indent is a margin, not a paragraph start).
    at_margin = numbers is not None and numbers_at_margin(indents, margin, fin, numbers)
    indent = (0 < indented < len(lines) and not at_margin
              and (head is None or indent_marks_starts(indents, margin, opener, fin, head,
                                                       [w < FLAT_WIDTH * full for w in widths])))
    spaced = double_spaced(lines, opener, fin, full, gaps, widths, shapes)
    # double-spaced-flat: where a blank line follows every line, even inside sentences, and no line
    # is indented, the blank lines say no more than in text without them: the lines themselves tell.
    flat = not indent and (gaps == 0 or spaced) and len(lines) > 1
    even = unwrapped = wide = False
    if flat and len(lines) >= FLAT_MIN_LINES:
        unwrapped, wide = _never_wrapped(lines, opener, fin, full, widths, head, columns)
        # A short line says "paragraph end" only where lines run to one width (OCR of old
        # volumes mixes one-line paragraphs with lines wrapped in columns).
        even = sum(w >= FLAT_WIDTH * full for w in widths) >= EVEN_SHARE * len(lines)
    return Layout(indent=indent, margin=margin, gaps=not spaced, flat=flat, even=even, unwrapped=unwrapped,
                  unprinted=wide)


def _never_wrapped(lines: list[Line], opener: bytearray, fin: bytearray, full: int,
                   widths: list[int], head: Callable[[int], bool] | None,
                   columns: int | None = None) -> tuple[bool, bool]:
    """Whether flat text was written one paragraph to a line, and whether only unprinted-width said so."""
    width = FLAT_WIDTH * full
    # Wrapped lines end inside a sentence, at the full width; a text whose lines nearly all
    # end a clause, and whose other lines are short (headings), was written one paragraph
    # to a line.
    # (A cut paragraph's second half starts in lower case, or with a capital that opens no number
    # or label — cut-before-capital: other unfinished full lines, and any in a script without
    # case, are wrapped lines, as before.)
    cut = [k for k, (w, done) in enumerate(zip(widths, fin, strict=True)) if not done and w >= width]
    if (fin.count(True) >= UNWRAPPED_SHARE * len(lines) and len(cut) <= UNWRAPPED_CUT_SHARE * len(lines)
            and all(k + 1 < len(lines) and _second_half(lines[k + 1].text, opener[k + 1]) for k in cut)):
        return True, False
    # (unprinted-width: a cut paragraph's rest may open with a quote before its name, "… деятельности группировки"
    # / "«Аш-Шабааб» по …"; in a script without case nothing tells a rest, and the text stays as it was read —
    # round 21: a Chinese text seen to cut paragraphs at pages may cut one after a clause's comma as well, and a
    # rest there reads like a paragraph that opens with a head the table lacks: one paragraph to a line would
    # open it, flat text goes on, and the text cannot tell which.)
    wide = unprinted(fin, full if columns is None else columns, len(cut)) and all(
        k + 1 < len(lines) and _second_half(lines[k + 1].text.lstrip(_OPEN_QUOTES), opener[k + 1]) for k in cut)
    return (wide, wide) if not wide or head is None or not _head_after_cut(lines, fin, head) else (False, False)


def _head_after_cut(lines: list[Line], fin: bytearray, head: Callable[[int], bool]) -> bool:
    """unprinted-width: whether a line in lower case that opens with a paragraph's head follows an unfinished
    line — where paragraphs open in lower case (Russian), a paragraph's start or the rest of one an extractor
    cut before a head word ("… и" / "подчеркивая …"): one paragraph to a line would open a paragraph there
    whatever it is, and the text is left to the rules of flat text, as the strict share would."""
    return any(not fin[k] and lines[k + 1].text[:1].islower() and head(k + 1) for k in range(len(lines) - 1))


# stray-blank-lines: blank lines before fewer than this share of the lines that open like a paragraph say nothing
# of paragraphs (one or two in a text of dozens of paragraphs: a note's block left in the flow, a page break's
# furniture); a text that separates its paragraphs by blank lines has one before nearly every such line.
STRAY_GAPS_SHARE = 0.1


def stray_gaps(gaps: int, opener: bytearray, fin: bytearray, head: Callable[[int], bool] | None) -> bool:
    """stray-blank-lines: flat text (pypdf-like: neither indents nor blank lines between paragraphs) with a
    blank line or two left where a page's notes or furniture stood ("… de la Conferencia," / "" / "7 Informe
    de la Conferencia …" / "… sobre la alimentación,"): blank lines too few to separate its paragraphs are
    no layout of paragraphs, and the lines themselves tell, as in text without them (flat-line-opens)."""
    if gaps >= STRAY_GAPS_SHARE * len(fin):
        return False  # (cheap: most texts with blank lines have many)
    starts = sum(1 for k in range(1, len(fin)) if fin[k - 1] and (opener[k] or (head is not None and head(k))))
    return gaps < STRAY_GAPS_SHARE * starts


# indent-marks-starts: in a text that indents its paragraphs, at least this share of the lines that open like one
# (a number, a label or a known head, after a finished line) stand indented.
INDENTED_STARTS_SHARE = 0.5
INDENTED_STARTS_MIN = 4  # fewer such lines tell nothing


def indent_marks_starts(indents: list[int], margin: int, opener: bytearray, fin: bytearray,
                        head: Callable[[int], bool], short: list[bool]) -> bool:
    """indent-marks-starts: indentation marks paragraph starts only where the lines that open like a paragraph
    stand indented — at least half of those that open with a number, a label or a known head after a finished
    line that stopped short of the full width (short). A text whose few indented lines are a quotation and its
    items, or lines that opened with an invisible direction mark and a space ("\u200e “特别考虑到…”", the mark
    removed, the space left), while its paragraphs open at the margin, does not indent: read so, its paragraphs
    all ran into one. (After a full line the next one at the margin is a wrapped line of an indented paragraph,
    however it opens — a Chinese line often opens with a word that also opens paragraphs, after a clause's
    comma: counted, such lines made an indented text look like one that does not indent.)"""
    after = [k for k in range(1, len(indents)) if fin[k - 1] and short[k - 1]]
    inside = sum(1 for k in after if indents[k] > margin and (opener[k] or head(k)))
    # (the lines at the margin asked only until they outnumber the indented ones: a head is costly to ask)
    ratio = (1 - INDENTED_STARTS_SHARE) / INDENTED_STARTS_SHARE
    outside = 0
    for k in after:
        if indents[k] <= margin and (opener[k] or head(k)):
            outside += 1
            if outside > ratio * inside and inside + outside >= INDENTED_STARTS_MIN:
                return False
    # indent-marks-starts-short: a text too short for the share to tell (a resolution of a few paragraphs, a user's
    # sample) still does not indent when more of its paragraph-like lines open at the margin than stand in: its one
    # indented line is the first preambular paragraph, set in as a page's first line is, and read as indenting, its
    # numbered paragraphs at the margin all ran into that one, silently.
    return outside <= inside


# numbers-at-margin: at least this many paragraph numbers in sequence at the margin tell.
NUMBERS_AT_MARGIN_MIN = 2


def numbers_at_margin(indents: list[int], margin: int, fin: bytearray, numbers: list[int]) -> bool:
    """numbers-at-margin: a text whose lines that open with a paragraph number after a finished line all stand at the
    margin — at least NUMBERS_AT_MARGIN_MIN of them, each the number after the one before — does not indent its
    paragraphs, whatever else stands in: the set-in lines are its lists' items, a quotation, or its preamble's first
    lines (a Word document saved as text: the numbers of its numbered list at the margin, a tab after them, the other
    paragraphs' first-line indents and the items' set in). Read as indenting, every numbered paragraph ran into the
    paragraph before as a wrapped enumeration, silently. A text that indents sets its numbered paragraphs in as
    well; one of them set in is enough to keep this rule silent."""
    seen = [(k, numbers[k]) for k in range(1, len(numbers)) if numbers[k] and fin[k - 1]]
    if len(seen) < NUMBERS_AT_MARGIN_MIN or any(indents[k] > margin for k, _ in seen):
        return False
    return all(b == a + 1 for (_, a), (_, b) in zip(seen, seen[1:], strict=False))


# set-in-width: at least this many wrapped lines set in, and as many at the margin, to compare their widths.
SET_IN_MIN = 4


def set_in_widths(widths: list[int], shapes: Shapes, mode: Layout, fin: bytearray, opener: bytearray,
                  half: int = 1) -> list[int] | None:
    """set-in-width: in a text that indents, where the wrapped lines set in (by STRAY_PARAGRAPH_INDENT or more) end
    nearer where the lines at the margin do once their indent is counted than without it — a position-keeping
    extractor (pdftotext -layout) keeps the page's columns as spaces: an operative paragraph's number set in, its text
    after a tab; an item's label set in further, its wrapped lines hanging under its text; every line ends at the
    page's right margin —, a line's width counts its indent: each line's columns from the margin to its text (None
    in other texts, whose set-in first lines run as wide as the others: an extractor that adds a paragraph's
    indent). Told so, an item's lines that ran to the right margin under a deep hang stopped short of nothing: read
    by their text alone, each looked like an item's end, the next line a heading or a paragraph of its own. (half: 2
    where the widths count characters of a script whose characters take two columns.)"""
    if not mode.indent:
        return None
    indents, margin = shapes.indents, mode.margin
    wrapped = [k for k in range(len(widths) - 1)
               if not fin[k] and not opener[k + 1] and not shapes.page_start[k + 1]
               and not (mode.gaps and shapes.gap[k + 1])]  # (blank lines after every line say nothing: double-spaced)
    inside = sorted(widths[k] + (indents[k] - margin) // half for k in wrapped
                    if indents[k] - margin >= STRAY_PARAGRAPH_INDENT)
    outside = sorted(widths[k] for k in wrapped if indents[k] == margin)
    if len(inside) < SET_IN_MIN or len(outside) < SET_IN_MIN:
        return None
    raw = sorted(widths[k] for k in wrapped if indents[k] - margin >= STRAY_PARAGRAPH_INDENT)
    middle = outside[len(outside) // 2]
    if abs(inside[len(inside) // 2] - middle) >= abs(raw[len(raw) // 2] - middle):
        return None
    return [k - margin for k in indents]


def unprinted(fin: bytearray, full: int, cut: int) -> bool:
    """unprinted-width: a text whose full line is wider than any printed line (a block extractor's
    paragraphs, each on one line) was never wrapped, though fewer of its lines end a clause than
    UNWRAPPED_SHARE asks — a short resolution whose two headings are a fifth of its lines, a long one
    whose extractor cut blocks inside sentences (each cut paragraph's rest opening as cut-before-capital
    asks, after a quote, if any)."""
    return (full >= UNPRINTED_FULL and fin.count(True) >= UNPRINTED_SHARE * len(fin)
            and cut <= UNWRAPPED_CUT_SHARE * len(fin))


def _second_half(text: str, opens: int) -> bool:
    """cut-before-capital: whether a line can be the second half of a paragraph a page break cut, in
    text of one paragraph to a line — one in lower case, or, in a script with case, one with a capital
    that opens no number or label: the cut fell before a name ("… requests the" / "Secretary-General
    to continue …", "… of the" / "United Nations …")."""
    return (text[:1].islower() or (text[:1].isupper() and not opens) or cut_before_figure(text, opens)
            or cut_before_punctuation(text))


# cut-before-punctuation: what ends a clause or closes a quote or bracket, in every script — no paragraph opens so.
_CLOSING_MARKS = punctuation("comma", "semicolon", "colon", "full_stop", "enumeration_comma", "closing_quotes",
                             "closing_brackets")


def cut_before_punctuation(text: str) -> bool:
    """cut-before-punctuation: cut-before-capital where the rest opens with what ends a clause or closes a quote or
    bracket ("… 以促进工作人员流动，并" / the page's notes / "。"): no paragraph opens with it, in a script without case
    above all, where no letter's case tells a rest. (A block extractor's text of one paragraph to a line, a
    paragraph's final stop parted from it by the notes of its page; counted as a paragraph's start, the one cut made
    the text look wrapped, and quoted articles under a paragraph ran into it.)"""
    return text[:1] in _CLOSING_MARKS if text else False


def cut_before_figure(text: str, opens: int) -> bool:
    """cut-before-figure: cut-before-capital where the rest opens with a figure that opens no paragraph's number or
    label — a year, an amount ("… visé à l'alinéa c), soit 6 368 100 dollars pour l'exercice clos le 30 juin" /
    page / "2022, sera déduit …"): a paragraph's number is the opener a figure at a line's start would be, and a
    figure that is none goes on the sentence a page cut. (A budget resolution in text of one paragraph to a line,
    a block extractor's, whose amounts and dates a page parts; counted as a paragraph's start, the one cut made the
    text look wrapped, and its long section titles ran into the paragraphs above them.)"""
    return text[:1].isdigit() and not opens


@dataclass(frozen=True)
class Shapes:
    """Each line's indent, and whether it starts a page or follows a blank line, read once (the
    layout and the rules ask them of every line)."""

    indents: list[int]
    page_start: bytearray
    gap: bytearray

    @staticmethod
    def of(lines: list[Line]) -> Shapes:
        return Shapes(*Line.shapes(lines))


def double_spaced(lines: list[Line], opener: bytearray, fin: bytearray, full: int, gaps: int,
                  widths: list[int], shapes: Shapes | None = None) -> bool:
    """double-spaced: blank lines mean nothing where the extraction put one after every line, even
    inside a sentence (more than one line in ten of a wrapped line's width ends unfinished before
    a blank line). Blank lines only before finished paragraphs are real separators — and after
    headings, which are unfinished but short, where a wrapped line runs to the margin. (A line
    after the blank that opens a paragraph by itself — "1.", "(a)" — did not go on with an
    unfinished line before it: that one was a heading, however long.)"""
    if gaps < DOUBLE_SPACED_SHARE * max(1, len(lines) - 1):
        return False
    wrap = SHORT_LINE * full
    # (A few such blanks before a line in lower case are paragraphs cut by a page break in text of
    # blocks set apart by blank lines, one paragraph to a line: there blank lines do separate
    # paragraphs, and lowercase-continues joins the halves. In scripts without case nothing tells.)
    gap = (shapes or Shapes.of(lines)).gap
    inside = [i for i in range(len(lines) - 1)
              if gap[i + 1] and (widths[i] > wrap or _bracket_left_open(lines[i].text)) and not opener[i + 1]
              and not fin[i]]
    if len(inside) > UNWRAPPED_CUT_SHARE * len(lines):
        return True
    # paragraph-a-line: where nearly every line ends a clause (one paragraph to a line between blank
    # lines, as the text writer prints a resolution), a paragraph whose final comma the source lost
    # ("… los asuntos pendientes" / "Reafirmando …") says nothing of the blank lines: a wrapped text
    # has most of its lines unfinished.
    if inside and paragraph_a_line(fin, widths, full) and len(set((shapes or Shapes.of(lines)).indents)) == 1:
        return False
    return any(not lines[i + 1].text[:1].islower() for i in inside)


def _bracket_left_open(text: str) -> bool:
    """double-spaced, widened: a line that leaves a bracket open ("…第2292(2016)、2357(201") ends
    inside a sentence however far it ran — no heading and no paragraph's end does —, so the blank line after it says
    nothing. (Where the full line is told in characters, a line of digits and Latin letters sets it wider than a line
    of ideographs runs: a short text double-spaced, its first lines set in under a hang — pdftotext -layout —, had
    no line wide enough to tell, and every blank line opened a paragraph.) Every script's brackets count, as the
    scripts table pairs them: a title's "《" left open ("…回顾《海洋") ends inside a sentence as "(" does."""
    return any(text.count(opening) > text.count(closing) for opening, closing in _BRACKET_PAIRS)


# (double-spaced) The brackets of every script, opening and closing, paired as the scripts table lists them.
_BRACKET_PAIRS = bracket_pairs()


# wide-gap-opens: at least this many gaps of two blank lines or more, and no more of them than of single ones.
WIDE_GAPS_MIN = 2


def wide_gaps(lines: list[Line], mode: Layout, shapes: Shapes, doc: Doc | None,
              head: Callable[[int], bool], off: set[int], fits: Callable[[int], bool]) -> list[int] | None:
    """wide-gap-opens: in double-spaced text (a blank line after every line, which says nothing), where
    paragraphs stand apart by two blank lines or more and the lines of a paragraph by one, the wider gaps
    still tell: the blank lines before each line (-1 where something else stood between — a page's foot
    and head, notes or cover items lifted out of the flow), or None where the text has no such gaps."""
    if doc is None or not mode.flat or mode.gaps or len(lines) < 2:
        return None
    numbers = [ln.number for ln in lines]
    gaps = [i for i in range(1, len(lines)) if shapes.gap[i] and not shapes.page_start[i]]
    if sum(numbers[i] - numbers[i - 1] > 2 for i in gaps) < WIDE_GAPS_MIN:
        return None  # (most double-spaced texts: every gap one blank line; the input is not read again)
    raw = doc.text.split("\n")  # (line numbers count from 1)
    blanks = [-1] * len(lines)
    for i in gaps:
        between = raw[numbers[i - 1]:numbers[i] - 1]
        if not any(t.strip() for t in between):
            blanks[i] = len(between)
    if not _wide_gaps_tell(lines, blanks, doc):
        return None
    wide = sum(b >= 2 for b in blanks)
    if wide > blanks.count(1):  # (wide-gaps-end-clauses decided: the gaps it cannot vouch for are left to the lines)
        _unvouched_gaps(lines, blanks, fits)
    if _wide_gaps_outnumbered(lines, blanks, wide, head, doc):
        # (the wider gaps a reading then runs a paragraph over are told: text-boundary-guessed, guessed.note)
        off.update(i for i, b in enumerate(blanks) if b >= 2)
        return None
    return blanks


# wide-gaps-outnumbered: the wider gaps give way only to a clear margin of heads after single gaps — at least twice as
# many (WIDE_OUTNUMBERED_BY) and two more (WIDE_OUTNUMBERED_MORE) —, and only where they are few against the single
# gaps (a quarter or fewer, WIDE_GAPS_FEW). wide-gap-opens' own class holds such heads too: a paragraph of several
# clauses, each line opening with a head after a comma ("… безопасность," / "утверждая, что …"), so a text of a few
# long paragraphs has as many of them as wider gaps, or one more — one line must not decide. There the wider gaps part
# paragraphs of a few lines each (single gaps two or three to a wider one); gaps a line that held only an invisible
# mark widened are a few among dozens. (The text wide-gap-opens was fixed on: 1 head, 4 wider gaps, 7 single ones;
# short texts of three or four paragraphs with four clause lines in them: 4 heads, 3 wider gaps, 8 or 9 single; a
# preamble of ten paragraphs with two marked lines: 10 heads, 2 wider gaps, 55 single.)
WIDE_OUTNUMBERED_BY = 2
WIDE_OUTNUMBERED_MORE = 2
WIDE_GAPS_FEW = 4


def _wide_gaps_outnumbered(lines: list[Line], blanks: list[int], wide: int, head: Callable[[int], bool],
                           doc: Doc) -> bool:
    """wide-gaps-outnumbered: in double-spaced text where a few gaps are wider for another reason than a paragraph's
    end — a line that held only an invisible direction mark the wrap pushed past a paragraph's last comma ("…的重要性，"
    / "\u200e", blank once the mark is removed), a stray blank line —, the wider gaps do not part the paragraphs where
    they are few against the single gaps and clearly outnumbered by the lines after a single blank line that open with
    a paragraph's head under a finished line (the constants above): those paragraphs stand one blank line apart, as the
    lines do, and the lines themselves tell (double-spaced-flat). Read by the wider gaps, every paragraph between two
    of them was one (ten preambular paragraphs run into one). A paragraph then read on over a wider gap is told
    (text-boundary-guessed, guessed.note: "wide-join")."""
    if blanks.count(1) < WIDE_GAPS_FEW * wide:
        return False
    starts = [i for i in range(1, len(lines)) if blanks[i] == 1 and finished(lines[i - 1].text) and head(i)]
    if len(starts) < max(WIDE_OUTNUMBERED_BY * wide, wide + WIDE_OUTNUMBERED_MORE):
        return False
    doc.fired("wide-gaps-outnumbered", lines[starts[0]].number)
    return True


# wide-gaps-end-clauses: where the wider gaps outnumber the single ones, they part paragraphs only where nearly every
# one follows a line that ends a clause (WIDE_FINISHED_SHARE: a paragraph's last line ends one, a stray wider gap need
# not) and most single gaps follow one that does not (SINGLE_FINISHED_SHARE at most: a wrap falls after a clause's comma
# now and then — one gap in twenty in the Chinese text the rule was made on, justified, its paragraphs of a line or
# two).
# Where the extraction doubled every gap, the lines before the wider gaps end a clause no more often than the others.
WIDE_FINISHED_SHARE = 0.9
SINGLE_FINISHED_SHARE = 0.25


def _wide_gaps_tell(lines: list[Line], blanks: list[int], doc: Doc) -> bool:
    """wide-gap-opens: whether the wider gaps part paragraphs — WIDE_GAPS_MIN of them at least, and no more of them than
    of single ones unless they end clauses (wide-gaps-end-clauses)."""
    wide, single = sum(b >= 2 for b in blanks), blanks.count(1)
    return wide >= WIDE_GAPS_MIN and (wide <= single or _wide_gaps_end_clauses(lines, blanks, wide, single, doc))


def _wide_gaps_end_clauses(lines: list[Line], blanks: list[int], wide: int, single: int, doc: Doc) -> bool:
    """wide-gaps-end-clauses: in double-spaced text of short paragraphs (one or two lines each: a Human Rights Council
    preamble), the gaps between paragraphs, two blank lines, outnumber those between a paragraph's lines, one: the wider
    gaps still part the paragraphs where the lines before them end a clause and the lines before the single gaps mostly
    do not (the constants above) — the gaps sort the lines as paragraphs' ends and wraps do. Read by the lines alone
    (double-spaced-flat), a paragraph whose wrap fell after a clause's comma before a head ("…就此提出建议，" / blank /
    "还回顾理事会…") was cut in two, a guess the reader told."""
    if single < WIDE_GAPS_MIN:
        return False
    ends = [finished(lines[i - 1].text) for i, b in enumerate(blanks) if b >= 1]
    kinds = [b >= 2 for b in blanks if b >= 1]
    wide_ends = sum(e for e, w in zip(ends, kinds, strict=True) if w)
    single_ends = sum(e for e, w in zip(ends, kinds, strict=True) if not w)
    if wide_ends < WIDE_FINISHED_SHARE * wide or single_ends > SINGLE_FINISHED_SHARE * single:
        return False
    first = next(i for i, b in enumerate(blanks) if b >= 2)
    doc.fired("wide-gaps-end-clauses", lines[first].number)
    return True


# wide-gaps-end-clauses: a single gap after a line that ends a clause is a wrap only where that line runs to this share
# of a full line at least — a justified wrap runs to the width, a paragraph's last line mostly stops short of it.
GAP_WRAP_FULL = 0.9


def _unvouched_gaps(lines: list[Line], blanks: list[int], fits: Callable[[int], bool]) -> None:
    """wide-gaps-end-clauses: the gaps the rule's test tolerates and cannot vouch for are no gaps of its reading — a
    wider gap after a line that does not end a clause (a stray blank line inside a sentence: "…所作" / two blank lines
    / "的努力，") and a single gap after a line that ends one and stops short of the width (a paragraph's last line
    whose second blank line the extraction lost: "…作的努力，" / one blank line / "重申…"): there the lines decide, as
    they did before the rule (double-spaced-flat; a guess told, text-boundary-guessed). fits(k): line k runs to
    GAP_WRAP_FULL of a full line."""
    for i, b in enumerate(blanks):
        if b < 1:
            continue
        ends = finished(lines[i - 1].text)
        if (b >= 2 and not ends) or (b == 1 and ends and not fits(i - 1)):
            blanks[i] = -1


def wide_gap_opens(c: Lines, i: int) -> bool | None:
    """wide-gap-opens: in double-spaced text whose paragraphs stand further apart than its lines, a line
    after the wider gap opens a paragraph and one after a single blank line goes on with its paragraph,
    though the line before ended a clause and the line opens with a paragraph's head ("… ядерную
    безопасность," / "утверждая, что …", a clause of one paragraph). A page break hides the gap: there
    the other rules decide."""
    if c.wide is None or c.wide[i] < 0:
        return None
    return c.wide[i] >= 2


def paragraph_a_line(fin: bytearray, widths: list[int], full: int) -> bool:
    """paragraph-a-line: nearly every line ends a clause, and the lines do not run to one width —
    one paragraph to a line (asked where no line is indented: the text writer indents none).
    (Wrapped lines run to the width, and in Chinese many end with a comma the line break fell
    after.)"""
    n = len(widths)
    return (fin.count(True) >= UNWRAPPED_SHARE * n
            and sum(w >= FLAT_WIDTH * full for w in widths) < EVEN_SHARE * n)


# wide-room-for-next: a line's first character, or its first run of ASCII letters, digits and punctuation.
_LATIN_RUN = re.compile(r"[!-~]+|[^\s]")
# What no line of a script without spaces opens with (wide-room-on-grid): a clause's punctuation, a closing bracket or
# quote — a wrap that keeps it off a line's start breaks before the character it follows.
_NO_LINE_START = frozenset(punctuation("comma", "semicolon", "colon", "full_stop", "enumeration_comma",
                                       "closing_brackets", "closing_quotes"))
# What no line of such a script ends with (wide-room-on-grid): an opening bracket or quote — the wrap carries it to the
# next line with the character after it, so a line ends short of the grid by its width ("…的规定，" / "《灯塔…").
# (Every script's: a mark that opens in one and closes in another, ” or “, only asks more room — the safe side.)
_NO_LINE_END = frozenset(punctuation("opening_brackets", "opening_quotes"))

# A label's closing bracket stands within this many characters of a line's start ("(viii)").
LABEL_SPAN = 8


# -- line-start rules --------------------------------------------------------------------------------
@dataclass
class Lines:
    """The lines being joined into blocks, and what the rules ask of each more than once."""

    lang: Lang
    lines: list[Line]
    phrases: bool  # opening phrases may tell a paragraph start (not in annexes)
    doc: Doc | None = None  # for the trace of decisions
    # The layout and full line's length of the text these lines are part of, when it is known (the
    # body's, for its annexes: annex-layout-of-body); else read from the lines.
    given: tuple[Layout, int] | None = None
    widths: list[int] = field(init=False)
    # (bytes, not lists of bools: a long text has many lines)
    fin: bytearray = field(init=False)
    opener: bytearray = field(init=False)
    full: int = field(init=False)
    short: float = field(init=False)
    mode: Layout = field(init=False)
    shapes: Shapes = field(init=False)
    # Each rule that can have an opinion in this layout, with the lines it can have one on (None: any).
    rules: list[tuple[Rule, Callable[[Lines, int], bool | None], bytearray | None]] = field(init=False)
    trace: list[tuple[str, int]] | None = field(init=False)
    _new: bytearray = field(init=False)  # 0, 1: whether each line starts a paragraph; 2: not asked yet
    _heads: bool | None = field(init=False, default=None)  # heads_known(), once asked
    _cut: bool | None = field(init=False, default=None)  # cut_seen(), once asked
    _wraps: bool | None = field(init=False, default=None)  # wraps(), once asked
    _full_columns: int | None = field(init=False, default=None)  # ran_short(): a full line's print columns
    _indent: int | None = field(init=False, default=None)  # paragraph_indent(), once asked
    _indent_moved: bool = field(init=False, default=False)  # paragraph-indent-from-starts: it differs from the lines'
    _indent_asked: int = field(init=False, default=-1)  # the line paragraph_indent() was last asked for (traced once)
    _head_indent: int | None = field(init=False, default=None)  # head_indent(), once asked (-1: no head tells)
    _fit: set[int] = field(init=False, default_factory=set)  # item-ended-before-fit: the lines it decided (traced once)
    unit_cuts: set[int] = field(init=False, default_factory=set)  # unit-cut-at-text-column: the same
    _unseen_told: bool = field(init=False, default=False)  # unseen-pages-only (traced once)
    _titled: set[int] = field(init=False, default_factory=set)  # formula-after-part-title: the same
    _raw: list[str] | None = field(init=False, default=None)  # raw_lines(), once asked
    _grid: int | None = field(init=False, default=None)  # grid_columns(), once asked (0: no exact grid)
    _paged: bool | None = field(init=False, default=None)  # paged_blocks(), once asked
    _pairs: tuple[tuple[str, str], ...] | None = field(init=False, default=None)  # text_quote_pairs(), once asked
    unruled: bool = field(init=False, default=False)  # the last line decided was joined by no rule (guessed.note)
    adverb_headed: int = field(init=False, default=-1)  # the last line adverb-head-after-unfinished-block opened (told)
    guessed_joins: set[int] = field(init=False, default_factory=set)  # digits-after-comma's guesses (told)
    lifted_joins: set[int] = field(init=False, default_factory=set)  # no-head-over-lifted-lines' joins (told)
    # wide-gap-opens: the blank lines before each line (-1: unknown — a page break, or lines lifted out of the
    # flow, stood between), where the text is double-spaced and its paragraphs stand further apart than its
    # lines; else None.
    wide: list[int] | None = field(init=False, default=None)
    # wide-gaps-outnumbered: the lines after a wider gap, where the wider gaps were found to part nothing (a paragraph
    # read on over one is told: text-boundary-guessed).
    wide_off: set[int] = field(init=False, default_factory=set)
    # The paragraph number each line opens with (0: none), read before the lines are let go: the rules
    # that ask the paragraph before by its number (number-after-conjunction) reach back past the lines
    # kept (a long paragraph runs to more lines than are).
    numbers: list[int] = field(init=False)
    # section-label-stop-alone: the lines that hold a section's or part's label alone (its stop or none), each with its
    # table (0: sections, 1: parts) and its place in it, read before the lines are let go: the sequence reaches back.
    lone_labels: list[tuple[int, int, int, int]] = field(init=False)
    # set-in-width: each line's columns from the margin to its text, where set-in lines are narrower by their indent
    # (their widths count them); else None.
    set_in: list[int] | None = field(init=False, default=None)
    # text-column-continues: the columns lines hang at under each line asked (hang_columns)
    _hangs: dict[int, tuple[int, ...]] = field(init=False, default_factory=dict)

    def _counted_commas(self) -> None:
        """comma-number-after-counter: a line that opens with a number and a comma ("1, Income from staff assessment;"),
        which the table reads as a paragraph number typed with a comma, right under a line ending with a word that
        counts a number (the table's endnotes.not_after: "… under income section" / "1, Income …", "… under section" /
        "12, Trade and development …") opens no paragraph: the number is that word's, the wrap parting them. (A
        budget resolution's sections cited by number and title; read as paragraph 1, it took the lines above it for
        headings and split the paragraph.)"""
        for i in range(1, len(self.lines)):
            if not self.opener[i]:
                continue
            if _COMMA_NUMBER.match(self.view(i)) is not None:
                last = self.view(i - 1).rsplit(None, 2)
                # (not after a clause's punctuation: "…; and" / "3, Decides …" is a paragraph typed with a comma)
                if (len(last) >= 2 and fold_word(last[-1]) in self.lang.endnote_not_after
                        and last[-2][-1:] not in _PHRASE_END):
                    self._no_opener(i, "comma-number-after-counter")
            elif self._label_after_counted(i):
                self._no_opener(i, "label-after-counted-number")

    def _label_after_counted(self, i: int) -> bool:
        """label-after-counted-number: a label at a line's start ("d) del Documento Final …", "(a) of its resolution")
        right under a line that ends with a word that counts a number and that number, no punctuation after them
        ("… y, en particular, el párrafo 63", "… in paragraph 4"), cites that paragraph's item ("párrafo 63 d)"), the
        wrap or a page parting them: it opens no item — a list's items follow a line that announces them, never a bare
        number. (Read as an item, it took the paragraph's lines above for a heading and split the paragraph.)"""
        words = self.view(i - 1).rsplit(None, 2)
        found = label(self.lang, self.view(i))
        return (len(words) == 3 and words[-1].isdecimal() and len(words[-1]) <= _COUNTED_DIGITS
                and fold_word(words[-2]) in self.lang.endnote_not_after and found is not None
                and not self._list_goes_on(i, found[0]))

    def _list_goes_on(self, i: int, this: str) -> bool:
        """label-after-counted-number stands back where the label is the next of a list whose item stands a few lines
        up ("(a) Maintenance of the beacons under article 4" / "(b) Training …": an item without punctuation ending
        with a counted number): the list goes on."""
        for k in range(i - 1, max(-1, i - 1 - _LIST_LOOKBACK), -1):
            if self.opener[k] and (found := label(self.lang, self.view(k))) is not None:
                return continues(found[0], this)
        return False

    def _no_opener(self, i: int, rule: str) -> None:
        self.opener[i] = 0
        if self.doc is not None:
            self.doc.fired(rule, self.lines[i].number)

    def __post_init__(self) -> None:
        lines = self.lines
        self.widths = [width(ln.text, ln.marks) if ln.marks else len(ln.text) for ln in lines]
        self.fin = bytearray(map(finished, [ln.text for ln in lines]))
        opener = opener_regex(self.lang).match
        self.opener = bytearray([opener(ln.view if ln.marks else ln.text) is not None for ln in lines])
        self._counted_commas()
        number = self.lang.paragraph_number.match
        self.numbers = [int(m["num"]) if o and (m := number(ln.view if ln.marks else ln.text)) else 0
                        for ln, o in zip(lines, self.opener, strict=True)]
        self.lone_labels = lone_labels(self.lang, lines)
        self.full = full_line(self.lines, self.widths) if self.given is None else self.given[1]
        self.short = SHORT_LINE * self.full
        self.shapes = Shapes.of(lines)
        self.mode = (layout(self.lines, self.opener, self.fin, self.full, self.widths, self.shapes,
                            lambda k: self.phrases and starts_with_head(self.lang, self.view(k)), self._printed(),
                            self.numbers)
                     if self.given is None else self.given[0])
        # The rules that can have an opinion in this layout, highest priority first, each with the
        # lines it can have one on: a rule is not asked about the others (most lines are asked
        # nothing, a long text has many).
        self._count_set_in()
        self.wide = wide_gaps(lines, self.mode, self.shapes, self.doc,
                              lambda k: self.phrases and starts_with_head(self.lang, self.view(k)), self.wide_off,
                              lambda k: self.widths[k] >= GAP_WRAP_FULL * self.full)
        self.rules = [(r, decide, _only_where(self, r.name)) for r, decide, when in LINE_RULES if when(self)]
        self.trace = self.doc.trace if self.doc is not None else None
        self._new = bytearray(b"\x02") * len(lines)
        if self.doc is not None:
            self._report_layout(self.doc)
            if self.doc.trace is not None:
                self._report_brackets(self.doc, opener)
                self._report_indent(self.doc)

    def _count_set_in(self) -> None:
        """set-in-width: where set-in lines are narrower by their indent, each line's width counts it (and the full
        line is read again from those widths)."""
        # (a wide character takes two columns: where the script has them, a line's characters count its lead's half)
        half = 2 if self.lang.script.wide else 1
        self.set_in = set_in_widths(self.widths, self.shapes, self.mode, self.fin, self.opener, half)
        if self.set_in is None:
            return
        self.widths = [w + k // half for w, k in zip(self.widths, self.set_in, strict=True)]
        if self.given is None:
            self.full = full_line(self.lines, self.widths)
            self.short = SHORT_LINE * self.full
        if self.doc is not None:
            self.doc.fired("set-in-width", self.lines[0].number)

    def _report_layout(self, doc: Doc) -> None:
        """The layout rules the text's shape decided, in the trace."""
        lines = self.lines
        if (self.given is None and self.mode.gaps
                and paragraph_a_line(self.fin, self.widths, self.full) and len(set(self.shapes.indents)) == 1
                and self.shapes.gap.count(1, 1) >= DOUBLE_SPACED_SHARE * max(1, len(lines) - 1)
                and any(self.shapes.gap[i + 1] and self.widths[i] > self.short and not self.opener[i + 1]
                        and not self.fin[i] for i in range(len(lines) - 1))):
            # (a text of one paragraph to a line, blank lines between, one paragraph unfinished: the
            # blank lines still separate its paragraphs)
            doc.fired("paragraph-a-line", lines[0].number)
        if self.given is None and self.mode.unprinted:
            doc.fired("unprinted-width", lines[0].number)
            if self.lang.script.wide and self.full < UNPRINTED_FULL:
                doc.fired("wide-unprinted-width", lines[0].number)
        if self.given is None and self.mode.unwrapped:
            self._report_cuts(doc)
        self._report_blanks(doc)

    def _report_cuts(self, doc: Doc) -> None:
        """The paragraphs cut at the full width whose rest a text of one paragraph to a line allows, in the trace."""
        lines = self.lines
        for k in range(len(lines) - 1):
            if self.fin[k] or self.widths[k] < FLAT_WIDTH * self.full:
                continue
            if lines[k + 1].text[:1].isupper():
                doc.fired("cut-before-capital", lines[k + 1].number)
            elif cut_before_figure(lines[k + 1].text, self.opener[k + 1]):
                doc.fired("cut-before-figure", lines[k + 1].number)
            elif cut_before_punctuation(lines[k + 1].text):
                doc.fired("cut-before-punctuation", lines[k + 1].number)

    def _report_blanks(self, doc: Doc) -> None:
        """The layout rules that set blank lines aside, in the trace."""
        lines = self.lines
        if self.given is None and self.mode.flat and self.mode.gaps and 1 in self.shapes.gap[1:]:
            doc.fired("stray-blank-lines", lines[self.shapes.gap.index(1, 1)].number)
        if not self.mode.gaps:
            doc.fired("double-spaced", lines[0].number)
            if self.mode.flat:
                doc.fired("double-spaced-flat", lines[0].number)

    def _report_indent(self, doc: Doc) -> None:
        """indent-marks-starts, in the trace: some lines are indented, yet the text does not indent its paragraphs."""
        indents = self.shapes.indents
        indented = len(indents) - indents.count(min(indents, default=0))
        if self.given is None and not self.mode.indent and 0 < indented < len(indents):
            margin = min(indents)
            rule = "numbers-at-margin" if numbers_at_margin(indents, margin, self.fin, self.numbers) else \
                "indent-marks-starts"
            doc.fired(rule, self.lines[0].number)

    def _report_brackets(self, doc: Doc, opener: Callable[[str], re.Match[str] | None]) -> None:
        """label-before-bracket and label-before-comma, in the trace: the lines that would open with a label but for
        the closing bracket after it ("g)) et 6 du Pacte …") or the comma ("a), 77 y 80 c) …")."""
        for k in range(len(self.lines)):
            view = self.view(k)
            j = view.find(")", 1, LABEL_SPAN)
            after = view[j + 1:j + 2]
            if self.opener[k] or j <= 0 or not after or after not in ")" + LABEL_CLAUSE_MARKS + LABEL_RANGE_DASHES:
                continue
            if opener(view[:j + 1] + " " + view[j + 2:]):
                doc.fired("label-before-bracket" if after == ")" else "label-before-dash" if after in LABEL_RANGE_DASHES
                          else "label-before-comma", self.lines[k].number)

    def paragraph_indent(self, i: int) -> int:
        """The indent the paragraphs' first lines have (stray-space asks it for line i): the one most indented lines
        that can open a paragraph have — after a finished line, opening with no number or label
        (paragraph-indent-from-starts) —, else the one most indented lines have."""
        if self._indent is None:
            margin, indents, fin, opener = self.mode.margin, self.shapes.indents, self.fin, self.opener
            every = Counter(k for k in indents if k > margin)
            starts = Counter(k for j, k in enumerate(indents) if k > margin and j and fin[j - 1] and not opener[j])
            self._indent = (starts or every).most_common(1)[0][0] if every else margin
            self._indent_moved = bool(every) and self._indent != every.most_common(1)[0][0]
        if self._indent_moved and self.doc is not None and i != self._indent_asked:
            self._indent_asked = i  # (stray-space-narrow asks it again of the line stray-space asked)
            # paragraph-indent-from-starts: a list's wrapped lines printed with a hanging indent (pdftotext -layout:
            # the label at one indent, its wrapped lines set in under its text) outnumber the paragraphs' first
            # lines in a resolution of long lists: counted, their indent was taken for the paragraphs', and the
            # paragraphs set in by one space (Arabic texts) for stray spaces — the text read as one paragraph.
            self.doc.fired("paragraph-indent-from-starts", self.lines[i].number)
        return self._indent

    def head_indent(self) -> int:
        """(head-after-comma-set-in) The indent most lines have that open with a paragraph's head of the table after a
        finished line, with no number or label — the preambular paragraphs' first lines —, or -1 where no such line is
        set in (paragraph-indent-from-heads). A line at the text column of the last line that opened with a number or
        label has no vote: the items' rests the rule reads would outvote a short preamble (review, round 43)."""
        if self._head_indent is None:
            margin, indents, fin, opener = self.mode.margin, self.shapes.indents, self.fin, self.opener
            heads: Counter[int] = Counter()
            hang: tuple[int, ...] = ()  # (the text column of the last line that opened with a number or label)
            raw = self.raw_lines()
            for j in range(1, len(self.lines)):
                if opener[j]:  # (its text's column after the label and a tab kept as spaces; nothing read or told)
                    n = self.lines[j].number - 1
                    tab = _TAB_AFTER_LABEL.match(raw[n].lstrip(" \t\u3000\f")) if n < len(raw) else None
                    hang = (indents[j] + self.lang.script.columns(tab.group()),) if tab else ()
                elif (indents[j] > margin and indents[j] not in hang and fin[j - 1]
                      and starts_with_head(self.lang, self.view(j))):
                    heads[indents[j]] += 1  # (a line at the items' text column is an item's rest: it has no vote)
            self._head_indent = heads.most_common(1)[0][0] if heads else -1
        return self._head_indent

    def heads_known(self) -> bool:
        """Whether some line opens with a paragraph head of the language's table: the table fits the
        text (a text in a language the reader has no table for, read with another's, has none)."""
        if self._heads is None:
            self._heads = any(starts_with_head(self.lang, self.view(i)) for i in range(len(self.lines)))
        return self._heads

    def ask_whole_text(self) -> None:
        """heads_known and cut_seen ask every line of the text, once, when a rule first asks: asked before the lines
        are let go (blocks read with release) — asked late, they saw only the lines not yet read, and a text whose
        known heads stand in its preamble had none by its operative part's end ("… among Member" / blank / "States
        and beyond;" read as a paragraph of its own, cut-paragraph-continues silent)."""
        self.heads_known()
        self.cut_seen()
        if self.mode.indent:  # (paragraph-indent-from-heads: the preamble's first lines, read before the items)
            self.head_indent()

    def cut_seen(self) -> bool:
        """Whether some line ends unfinished before a line in lower case that opens nothing by itself: a
        paragraph a page break cut mid-sentence (no-head-after-comma)."""
        if self._cut is None:
            lines, fin, opener = self.lines, self.fin, self.opener
            self._cut = any(not fin[i] and not opener[i + 1] and self.view(i + 1)[:1].islower()
                            for i in range(len(lines) - 1))
        return self._cut

    def paged_blocks(self) -> bool:
        """paged-block-opens: whether this is flat text of blocks — its full line wider than any printed line, the
        lines that run to it ending clauses — whose page breaks show: two pages' starts or more (the text keeps its
        pages' heads or feet), and every paragraph the text is seen to cut — a block that runs to the full width
        unfinished — cut right before one of them (a cover's items met late mark one page's end, not the others)."""
        if self._paged is None:
            self._paged = self._blocks_unprinted() and self._cuts_at_pages()
        return self._paged

    def _blocks_unprinted(self) -> bool:
        """Whether the text is flat, its full line wider than any printed one, and its full lines end clauses."""
        wide = self.lang.script.wide
        unprinted_line = self.full_columns() >= BLOCK_COLUMNS if wide else self.full >= UNPRINTED_FULL
        return self.mode.flat and unprinted_line and not self.wraps()

    def _cuts_at_pages(self) -> bool:
        """Whether two lines or more stand at a page's start, and each cut block (unfinished, at the full width) right
        before one — one at least."""
        starts, fin, widths = self.shapes.page_start, self.fin, self.widths
        if starts.count(1) < PAGED_MIN:
            return False
        cuts = [k for k in range(len(fin) - 1) if not fin[k] and widths[k] >= FLAT_WIDTH * self.full]
        return bool(cuts) and all(starts[k + 1] for k in cuts)

    def raw_lines(self) -> list[str]:
        """The input's lines (line n at index n - 1), split once a rule asks what stood between two lines."""
        if self._raw is None:
            self._raw = self.doc.text.split("\n") if self.doc is not None else []
        return self._raw

    def view(self, i: int) -> str:
        ln = self.lines[i]
        return ln.view if ln.marks else ln.text

    def ended(self, i: int) -> bool:
        """short-item-before-label: the line before ended its paragraph — finished, or an unfinished
        line that stopped short before a label (an unpunctuated title item: "d) Désarmement,
        démobilisation…" / page break / "e) Action en faveur…")."""
        if self.fin[i - 1]:
            return True
        if self.opener[i] and self.stopped_short(i - 1):
            if self.doc is not None:
                self.doc.fired("short-item-before-label", self.lines[i].number)
            return True
        return False

    def stopped_short(self, k: int) -> bool:
        """Whether line k stopped short of the width: shorter than a short line, or short enough that the
        next line's first word would have fitted on it with room to spare (item-ended-before-fit: "e)
        Protection du personnel et des biens des Nations Unies" / "Autres tâches" or "f) …", where the
        wrap would have taken the next word — the break was the item's end, not the wrap's). For title
        items without punctuation: the Security Council's mandates in lists of tasks."""
        if self.widths[k] <= self.short:
            return True
        if not self.room_for_next(k):
            return False
        if self.doc is not None and k not in self._fit:
            self._fit.add(k)
            self.doc.fired("item-ended-before-fit", self.lines[k + 1].number)
        return True

    def wraps(self) -> bool:
        """finished-before-fit: whether the text wraps its paragraphs — of its lines that run to the full
        width, more end inside a sentence than end a clause (in text of one block to a line, the full lines
        are whole paragraphs, finished)."""
        if self._wraps is None:
            wide = FLAT_WIDTH * self.full
            ends = [done for w, done in zip(self.widths, self.fin, strict=True) if w >= wide]
            self._wraps = ends.count(False) > ends.count(True)
        return self._wraps

    def ran_short(self, k: int) -> bool:
        """stopped_short(), told in print columns where the script has wide characters (a line of ideographs
        holds fewer characters than one with digits and Latin letters at the same width)."""
        script = self.lang.script
        if not script.wide:
            return self.stopped_short(k)
        printed = script.columns(self.view(k)) + self.lead(k)
        return printed <= SHORT_LINE * self.full_columns() or self._room_for_character(k, printed)

    def hang_columns(self, k: int) -> tuple[int, ...]:
        """(text-column-continues) The columns lines hang at under line k: where it opens with a number, label or
        bullet a tab parts from its text, that text's column (in characters, or in print columns where the script has
        wide characters); where it went on with its paragraph at a column a line hangs at under the line before (by
        whichever rule: past a page break, after a word a clause never ends with), its indent; else none."""
        first = k
        while first > 0 and first not in self._hangs and (self._went_on(first) or self._opened_set_in(first)):
            first -= 1  # (back to the chain's first line, its columns then read forward: no recursion)
        for j in range(first, k + 1):
            if j not in self._hangs:
                went = j > first or (j > 0 and (self._went_on(j) or self._opened_set_in(j)))
                self._hangs[j] = ((self.shapes.indents[j],) if went and j > 0
                                  and self.shapes.indents[j] in self._hangs.get(j - 1, ()) else self._label_column(j))
                if went and self._new[j] == 1 and self._hangs[j] and self.doc is not None:
                    self.doc.fired("list-text-hangs", self.lines[j].number)
        return self._hangs[k]

    def _went_on(self, j: int) -> bool:
        # (a line that opens with a label and went on all the same — an inline list's label the wrap put at the line's
        # start: inline-list-at-text-column — hangs where the line before did, as any line that went on)
        return self._new[j] == 0 and self.shapes.indents[j] - self.mode.margin > STRAY_SPACES

    def _opened_set_in(self, j: int) -> bool:
        """list-text-hangs: a line set in, opening with no number or label, that opened a paragraph at the column the
        line above hangs its lines at — a list's text without a label between its items, which UN print sets at the
        items' text column ("    (c)     …灾害；" / "        在当前针对…，通过以下方式" / "        支持联邦政府："
        / "    (d)     …") — hangs its own wrapped lines at that column: as an item's do (pdftotext -layout).
        Read by indent-opens, its second line opened a paragraph of its own (a heading over the next item, where it
        ended with a colon)."""
        return self._new[j] == 1 and not self.opener[j] and self.shapes.indents[j] - self.mode.margin > STRAY_SPACES

    def _label_column(self, k: int) -> tuple[int, ...]:
        """The column line k's text stands at after the number, label or bullet it opens with and a tab (two spaces or
        more), in characters and in print columns where the script has wide characters; none where it opens so not."""
        if self.doc is None or not (self.opener[k] or self.view(k)[:1] in _BULLETS or _numeral_before_tab(self, k)):
            return ()
        raw = self.raw_lines()[self.lines[k].number - 1].lstrip(" \t\u3000\f")
        m = _TAB_AFTER_LABEL.match(raw)
        if m is None:
            return alone_label_column(self, k, raw) or filled_tab_column(self, k, raw)
        at = self.shapes.indents[k]
        return (at + m.end(), at + self.lang.script.columns(m.group())) if self.lang.script.wide else (at + m.end(),)

    def lead(self, k: int) -> int:
        """The columns from the margin to line k's text that its width counts (set-in-width), else 0."""
        return self.set_in[k] if self.set_in is not None else 0

    def _room_for_character(self, k: int, printed: int) -> bool:
        """wide-room-for-next: in a script without spaces, the wrap may fall after any character — a line of
        ideographs ends where the next character does not fit —: a line that ends a clause where the next line's
        first character would have fitted with room to spare did not end by the wrap ("…号决议的执行作出努力，"
        at three quarters of the width / "感念前任灯塔委员会主席们，…", a paragraph that opens with no known head)."""
        script = self.lang.script
        if script.spaced or k + 1 >= len(self.lines):
            return False
        # (a run of digits or Latin letters is asked whole: a wrap may keep it together, "2020年" / "A/77/1")
        first = _LATIN_RUN.match(self.view(k + 1))
        if first is None or printed + script.columns(first.group()) > FIT_SHARE * self.full_columns():
            return False
        if self.doc is not None:
            self.doc.fired("wide-room-for-next", self.lines[k + 1].number)
        return True

    def grid_columns(self) -> int:
        """(wide-room-on-grid) In a script with wide characters and no spaces, the print columns every wrapped line runs
        to where the wrap fills each line to the character — a text of ideographs is set on a grid: a line ends
        where the next character does not fit, at the width or one column short of it (a wide character takes two) —;
        0 where the text's wrapped lines do not show such a grid. Asked of the lines without marks that end inside
        a sentence, before a line that goes on (no number or label), that ran to the width (FLAT_WIDTH): at least
        GRID_SAMPLE of them, GRID_SHARE within one column of the widest. (A mark's width differs from one layout
        to another: such lines say nothing.)"""
        if self._grid is None:
            script = self.lang.script
            self._grid = 0
            if script.wide and not script.spaced:
                self._grid = self._grid_of([script.columns(ln.text) + self.lead(k) for k, ln in enumerate(self.lines)])
        return self._grid

    def _grid_of(self, columns: list[int]) -> int:
        """The grid's width, from the lines' print columns (0: none)."""
        full = self.full_columns()
        wrapped = [w for k, w in enumerate(columns[:-1]) if not (self.fin[k] or self.lines[k].marks
                                                                  or self.opener[k + 1]) and w >= FLAT_WIDTH * full]
        if len(wrapped) < GRID_SAMPLE:
            return 0
        widest = max(wrapped)
        return widest if sum(w >= widest - 1 for w in wrapped) >= GRID_SHARE * len(wrapped) else 0

    def room_on_grid(self, k: int) -> bool:
        """wide-room-on-grid: in text set on an exact grid (grid_columns), a line without marks that ends a clause where
        the next line's first character would still have fitted — its columns and that character's within the grid's
        width — was not ended by the wrap, which fills a line to the character: the paragraph ended there ("…，使局势
        得以缓和，" one ideograph short of the width / "向所有各方强调…", a paragraph that opens with no known head).
        wide-room-for-next asks room to spare, as a text of proportional widths needs; a grid tells to the column.
        Not where the next line's second character is punctuation that no line opens with (a line that breaks
        before its first character keeps that punctuation off the next line's start: the wrap's, not the text's)."""
        script = self.lang.script
        grid = self.grid_columns()
        if not grid or k + 1 >= len(self.lines) or self.lines[k].marks:
            return False
        nxt = self.view(k + 1)
        first = _LATIN_RUN.match(nxt)
        if first is None:
            return False
        carried = first.group()
        if carried in _NO_LINE_END:  # (it came down with the character after it: both had to fit)
            after = _LATIN_RUN.match(nxt, first.end())
            carried += after.group() if after is not None else ""
        if script.columns(self.lines[k].text) + self.lead(k) + script.columns(carried) > grid:
            return False
        if nxt[first.end():first.end() + 1] in _NO_LINE_START:
            return False
        if self.doc is not None:
            self.doc.fired("wide-room-on-grid", self.lines[k + 1].number)
        return True

    def full_columns(self) -> int:
        """A full line's width in print columns (asked where the script has wide characters)."""
        if self._full_columns is None:
            script = self.lang.script
            self._full_columns = full_line(self.lines, [script.columns(self.view(j)) + self.lead(j)
                                                        for j in range(len(self.lines))])
        return self._full_columns

    def mark_line_full(self, k: int) -> bool:
        """space-after-mark-wrapped (and text-boundary-guessed's "mark-space"): line k, ending with a reference mark,
        ran to the full width as printed, its marks counted (each its marker and the space printed after it,
        MARK_SPACE_INDENT): a wrap by characters carries the mark's space to the next line's start only off a full
        line; under a line that stopped short (a title or heading with its mark, a paragraph's last line) the space is
        an indent."""
        ln = self.lines[k]
        printed = self.lang.script.columns(ln.text) + sum(len(m.marker) + MARK_SPACE_INDENT for m in ln.marks)
        return printed + self.lead(k) >= FIT_SHARE * self.full_columns()

    def _printed(self) -> int | None:
        """wide-unprinted-width: a full line's print columns where the script has wide characters (None in others):
        unprinted-width asks how wide a line ran in print, and a line of ideographs runs two columns to a
        character — a block extractor's Chinese paragraph of 150 characters, one to a line, is as unprinted as an
        English one of 300, and was never wrapped."""
        return self.full_columns() if self.lang.script.wide else None

    def room_for_next(self, k: int) -> bool:
        """Whether the next line's first word would have fitted on line k with room to spare."""
        nxt = self.view(k + 1).split(None, 1)
        return bool(nxt) and self.widths[k] + 1 + len(nxt[0]) <= FIT_SHARE * self.full

    def starts_new(self, i: int) -> bool:
        """Whether line i (not the first) starts a paragraph: asked again for the line after each
        heading candidate, answered once per line."""
        new = self._new[i]
        if new == 2:
            new = self._new[i] = self._decide(i)
            guessed.note(self, i)  # (text-boundary-guessed: it only looks)
            if not new:
                item_tail_or_title_told(self, i)  # (it only looks too)
            label_after_clause_told(self, i, bool(new))  # (and so does this)
        return bool(new)

    def _decide(self, i: int) -> bool:
        for r, decide, only in self.rules:
            if only is not None and not only[i]:
                continue
            said = decide(self, i)
            if said is not None:
                if self.trace is not None:
                    self.trace.append((r.name, self.lines[i].number))
                # (the view asked once: a line with marks builds a new one on every call, never the same object)
                if said and self.doc is not None and lone_lookalike(self.lang, view := self.view(i)) is not view:
                    self.doc.fired("lone-lookalike-head", self.lines[i].number)
                if said and self.doc is not None:
                    _report_prefix_apart(self, i)
                self.unruled = False
                return said
        self.unruled = True  # (no rule had an opinion: read on, as guessed.note may tell)
        return False


def _report_prefix_apart(c: Lines, i: int) -> None:
    """prefix-apart-head, in the trace: line i opened a paragraph with its conjunction set apart from its head."""
    if c.doc is not None and c.lang.openings.apart_prefixes and prefix_apart(c.lang, view := c.view(i)) is not view:
        c.doc.fired("prefix-apart-head", c.lines[i].number)


def hanging_indent_continues(c: Lines, i: int) -> bool | None:
    """hanging-indent-continues: in a text that indents, a line set in at another indent than the line before —
    itself set in, run to the width and unfinished — (or at the same, where that line went on with its paragraph
    so), that opens with no number, label or paragraph head, goes on
    with the line before's paragraph: a list printed with a hanging indent (pdftotext -layout: the label at one
    indent, its wrapped lines set in under its text) sets an item's wrapped lines in, as indent-opens reads a
    paragraph's first line — which after a line cut by the wrap opens nothing (a heading stops short). Read as a
    paragraph of its own, the rest of an item ending with a colon ("… on women, peace and" / "security:") became
    the next item's heading."""
    indents = c.shapes.indents
    margin = c.mode.margin
    # (At the indent of the line before only where that line went on with its paragraph: an item's third line. A line
    # set in by one space is stray-space's to judge.)
    if (indents[i] - margin <= STRAY_SPACES or indents[i - 1] <= margin
            or (indents[i] == indents[i - 1] and c._new[i - 1] != 0) or c.fin[i - 1]
            or c.opener[i] or c.stopped_short(i - 1) or starts_with_head(c.lang, c.view(i))):
        return None
    return False


# label-alone-text-column: how many lines under a number or label alone its text's first line is looked for (blank
# lines between them, double-spaced text)
ALONE_TEXT_REACH = 3


def alone_label_column(c: Lines, k: int, raw: str) -> tuple[int, ...]:
    """label-alone-text-column: where line k's number or label stood alone on its input line and its text's first
    line under it was joined to it (number-alone-joins, label-alone-joins), the column lines hang at under line k is
    that first line's indent: UN print as a position-keeping extractor gives it, the number or label set in and its
    text after a tab, where a text-box extractor put the two on lines of their own ("           d)" / "
    organiser en 2022, …" / "                      et la quinzième …,"). Without it, an item's wrapped line at its
    text's column after a comma opened a paragraph of its own (a heading, where it ended with a colon)."""
    alone = raw.rstrip()
    view = c.view(k)
    # (a number read with the stop it lost, page-number-in-body: "17" alone, "17. Welcomes …" joined)
    rest = view[len(alone):].lstrip().removeprefix(".").lstrip()
    if not alone or not rest or not view.startswith(alone):
        return ()
    raws, start = c.raw_lines(), c.lines[k].number
    for j in range(start, min(len(raws), start + ALONE_TEXT_REACH)):
        text = raws[j].strip()
        if text:
            if not rest.startswith(text.split()[0]) or _text_under_label(c, k, indent(raws[j])):
                return ()
            if c.doc is not None:
                c.doc.fired("label-alone-text-column", j + 1)
            return (indent(raws[j]), *item_under_number_column(c, j))
    return ()


def item_under_number_column(c: Lines, j: int) -> tuple[int, ...]:
    """item-under-number-alone: where the text's first line under a number alone (label-alone-text-column) itself opens
    with an item's label and a tab — a paragraph that opens with its first item, no words of its own before it ("58."
    / "a)     Prie le Secrétaire général de lui faire rapport le 15" / "       février 2022, …," / "       notamment
    sur :") —, the item's wrapped lines hang at that item's text column, past the label: that column is the
    paragraph's too. Read at the label's indent only, the item's third line, after a comma, opened a paragraph of its
    own (indent-opens) and, ending with a colon, became a heading over the next paragraph. UN print as a text-box
    extractor gives it (the number on a line of its own, pdftotext -layout's columns). Line j of the raw lines is the
    item's first line; the column is given in characters and, where the script has wide characters, in print columns
    too ("㈠     请秘书长…" / "                向安理会提交报告，": the extractor may set the wrapped lines at either),
    as _label_column gives a label's with its text on its line. Recorded as fired only where one of the item's lines at
    that column follows a line ending with a comma: there indent-opens opened a paragraph, the column decides. Not
    where the item's last line at the column, after a comma, opens with a capital and ends with no punctuation, right
    over a paragraph's number ("a)     Prie … sur la question," / "       Navigation côtière" / "3.  Décide …"): a
    title may stand there,
    the column would take it into the item (the rule gives no column; the reading is the base's)."""
    raws = c.raw_lines()
    text = raws[j].lstrip(" \t\u3000")
    m = _TAB_AFTER_LABEL.match(text)
    if m is None or label(c.lang, text) is None:
        return ()
    at, script = indent(raws[j]), c.lang.script
    columns = tuple(dict.fromkeys((at + m.end(), at + script.columns(m.group())) if script.wide else (at + m.end(),)))
    run = list(_item_run(raws, j, columns))
    after_comma = [k for k in range(1, len(run)) if raws[run[k - 1]].rstrip().endswith(_CLAUSE_COMMAS)]
    if after_comma and after_comma[-1] == len(run) - 1 and _title_over_number(raws, run[-1]):
        return ()
    if c.doc is not None and after_comma:
        c.doc.fired("item-under-number-alone", j + 1)
    return columns


# item-under-number-alone: the commas a clause goes on after (a line ending so is no item's end)
_CLAUSE_COMMAS = (",", "\uff0c", "\u060c", "\u3001")
_PARAGRAPH_NUMBER = re.compile(r"\d+\.(?:\s|$)")


def _item_run(raws: list[str], j: int, columns: tuple[int, ...]) -> Iterator[int]:
    """The raw lines of the item opened at line j: that line and the lines under it at its text's column, blank
    lines between them passed over."""
    yield j
    for k in range(j + 1, len(raws)):
        if raws[k].strip():
            if indent(raws[k]) not in columns:
                return
            yield k


def _title_over_number(raws: list[str], k: int) -> bool:
    """Whether raw line k opens with a capital letter, ends with no punctuation — a title's shape; a clause's last
    line ends with its stop or colon ("Conseil économique et social compris, notamment sur :") — and the next line
    with text opens with a paragraph's number."""
    text = raws[k].strip()
    below = next((raw.strip() for raw in raws[k + 1:] if raw.strip()), "")
    return text[:1].isupper() and text[-1:].isalnum() and _PARAGRAPH_NUMBER.match(below) is not None


def _text_under_label(c: Lines, k: int, column: int) -> bool:
    """alone-text-at-label-indent: where a number alone on its line has its text's first line under it at its own
    indent — no further in —, that indent is the paragraphs' first-line indent, no column a tab set: a text-box
    extractor put the number and the text on lines of their own, each where the paragraph opens ("    3." /
    "    Decides that the meetings shall be held as follows:" / "    Monday, 4 May — …" / "…" at the margin). A line
    set in there after it opens a paragraph of its own, as indent-opens reads it (the UN's files make each of the
    lines a colon announces an unnumbered paragraph), not a wrapped line of the number's paragraph hanging at its
    text's column. (Resolutions that list dates or times under a numbered paragraph, in PDF text of text boxes.)"""
    if column != c.shapes.indents[k]:  # (at its own indent only, as the docstring says: less in is the margin)
        return False
    if c.doc is not None:
        c.doc.fired("alone-text-at-label-indent", c.lines[k].number)
    return True


# label-filled-tab: a label and the one space left after it, where the label is as wide as the tab (round 34)
_ONE_SPACE_AFTER_LABEL = re.compile(r"\S+ (?=\S)")


def filled_tab_column(c: Lines, k: int, raw: str) -> tuple[int, ...]:
    """label-filled-tab: where line k opens with a label, set in, and one space before its text — a label as wide as
    the tab UN print sets after a list's labels leaves one space ("              (十四) 利用前瞻活动，…" under items
    "㈡     …": the text at the list's column all the same; or wider, "(二十五) 设计…", its text past that column) —,
    and the line under it, with no number or label, stands past the label's start and not past its text — at the
    list's column —, the column lines hang at under line k is that line's (pdftotext -layout's columns). Without it,
    the item's wrapped lines read as a paragraph's set in, and one opened a paragraph of its own. Only where the
    list's item above hangs its lines at that column (_list_column): the tab is the list's."""
    m = _ONE_SPACE_AFTER_LABEL.match(raw)
    if m is None or k + 1 >= len(c.lines) or c.opener[k + 1]:
        return ()
    at, under = c.shapes.indents[k], c.shapes.indents[k + 1]
    text = at + (c.lang.script.columns(m.group()) if c.lang.script.wide else m.end())
    if at - c.mode.margin <= STRAY_SPACES or not at + STRAY_SPACES < under <= text or not _list_column(c, k, under):
        return ()
    if c.doc is not None:
        c.doc.fired("label-filled-tab", c.lines[k].number)
    return (under,)


# label-filled-tab: how many lines above an item the list's item before it is looked for (an item of ten lines)
ITEM_REACH = 12


def _list_column(c: Lines, k: int, column: int) -> bool:
    """label-filled-tab: whether the list's item before line k (the nearest line above that opens with a number or
    label at its indent) hangs its lines at that column — the list's tab, which a narrower label before it kept
    ("㈨     …", or an item whose label filled it, in turn). A hanging indent after labels each followed by one space,
    the layout of no tab, is not asked here (hanging-indent-continues reads it)."""
    at = c.shapes.indents[k]
    for j in range(k - 1, max(-1, k - 1 - ITEM_REACH), -1):
        if c.opener[j] and c.shapes.indents[j] == at:
            return column in c.hang_columns(j)
        if c.shapes.indents[j] < at:
            return False
    return False


# numeral-tab-column: a list's numeral with its stop that the tables read as no label ("一.", "A."), before a tab kept
# as spaces: letters or ideographs in no lower case (no word with its stop, "etc.", "Mr.")
_LIST_NUMERAL = re.compile(r"([^\W\d_]{1,3})\. {2,}(?=\S)")
# (or alone on its line over its text set in past it, a text-box extractor's: numeral-alone-joins joined the two)
_LIST_NUMERAL_ALONE = re.compile(r"([^\W\d_]{1,3})\.\s*$")


def _numeral_before_tab(c: Lines, k: int) -> bool:
    """numeral-tab-column: a line that opens with a list's numeral the tables read as no label ("三.", "A.": the
    paragraph's own list, which the UN's files keep in its text) and a tab hangs its wrapped lines at its text's column
    as an item's do (text-column-continues): UN print as pdftotext -layout gives it ("三.        非洲联盟…所作的" /
    "                     决定应提交…"). Read by indent-opens, the wrapped line opened a paragraph of its own, and
    the numeral's first line became a heading and was dropped. So does such a numeral alone on its line over its text
    (numeral-alone-joins joined them): its text's column (label-alone-text-column)."""
    if not list_numeral_set_in(c, k):
        return False
    if c.doc is not None:
        c.doc.fired("numeral-tab-column", c.lines[k].number)
    return True


def list_numeral_set_in(c: Lines, k: int) -> bool:
    """(numeral-tab-column, numeral-tab-no-heading) Whether line k opens with a list's numeral the tables read as no
    label and a tab, set in past the paragraphs' first lines."""
    raw, at = c.raw_lines(), c.lines[k].number - 1
    line = raw[at].lstrip(" \t\u3000\f") if at < len(raw) else ""  # (lines read without a text)
    m = _LIST_NUMERAL.match(line) or _LIST_NUMERAL_ALONE.match(line)
    if m is None or m.group(1) != m.group(1).upper():
        return False
    # (Only a numeral set in whose text stands past the paragraphs' first lines (a script without spaces wraps anywhere:
    # the line under it may open with a head's word, "…草稿所作的" / "决定应提交…"): a section's
    # numeral at the margin, "A.    Desert lighthouses", has its tab stop where paragraphs are indented, and the
    # paragraph under the heading stood at that "text column" and ran into the paragraph above — review, round
    # thirty-two. Its text's column, not the numeral's: UN print sets a preambular paragraph's first line at the
    # numbered paragraphs' text column, deeper than a list's numerals ("       又表示注意到…" / "   一.   非洲联盟…"),
    # and the numerals were refused — round thirty-three.)
    # Widened so (and to a numeral alone), only over an item's run of lines, which ends with a clause's comma or
    # semicolon: a section's title set in wraps at its text's column too ("  II.   Measures … coastal" / "        States
    # and …") and ends bare — review, round thirty-three.)
    at, indent = c.shapes.indents[k], c.paragraph_indent(k)
    if m.re is _LIST_NUMERAL_ALONE:  # (alone over its text, joined to it: numeral-alone-joins; the text's own column)
        column = alone_label_column(c, k, line.rstrip())
        past = bool(column) and column[0] > indent
    elif at > indent:
        return True
    else:
        past = at + m.end() > indent
    return past and at - c.mode.margin > STRAY_SPACES and hung_run_ends_clause(c, k)


def hung_run_ends_clause(c: Lines, k: int) -> bool:
    """(numeral-tab-column, numeral-tab-no-heading) Whether the run of lines from line k that hang under it (set in
    past it, at one column, with no number or label; a page break between them kept) ends with a clause's comma or
    semicolon, as a list's item does and a section's title never."""
    j, column = k, c.shapes.indents[k + 1] if k + 1 < len(c.lines) else -1
    while (j + 1 < len(c.lines) and not c.opener[j + 1] and c.shapes.indents[j + 1] == column
           and column > c.shapes.indents[k]):
        j += 1
    return c.view(j).rstrip().endswith(_ITEM_CLAUSE_ENDS)


# text-column-continues: a number or label parted from its text by a tab kept as spaces (two or more; "1 ." parted
# from its stop, Arabic "1 -").
_TAB_AFTER_LABEL = re.compile(r"\S+(?: [.-])? {2,}(?=\S)")


def text_column_continues(c: Lines, i: int) -> bool | None:
    """text-column-continues: in a text that indents, a line set in exactly at the column where the line before's
    text stands after its number, label or bullet — a tab, kept as spaces, between them —, or at the indent of a line
    before that went on so, opening with no number or label, goes on with that paragraph however the line before
    ends: UN print as a position-keeping extractor gives it (pdftotext -layout) sets an item's label in, its text
    after a tab and every wrapped line hanging under that text ("    (a)     To ensure the lighthouses," /
    "            and the beacons …"). Read by indent-opens, every such line after a comma opened a paragraph of its
    own; a paragraph's first line set in stands at no such column (a line after a finished one that opens with a
    paragraph's head is left to the others)."""
    indents = c.shapes.indents
    if indents[i] - c.mode.margin <= STRAY_SPACES or indents[i] not in c.hang_columns(i - 1):
        return None
    if c.opener[i]:
        return False if inline_at_text_column(c, i) or inline_list_at_text_column(c, i) else None
    # (After a finished line only a line in lower case goes on — an item's clause after its semicolon, the wrap
    # putting the rest under the text —: a heading printed at the text's column, "Lighthouses and coastal beacons"
    # after "…;", is no item's line. In a script without case the other rules decide.)
    if c.fin[i - 1] and not goes_on_after_clause(c, i) and not conjoined_inline_item(c, i):
        if c.doc is not None and numbered_colon(c, i - 1) and c.view(i).lstrip()[:1].islower():
            c.doc.fired("numbered-colon-items", c.lines[i].number)
        return None
    if c.fin[i - 1] and starts_with_head(c.lang, c.view(i)) and not head_after_comma_set_in(c, i):
        return None
    return False


def head_after_comma_set_in(c: Lines, i: int) -> bool:
    """head-after-comma-set-in: a line at the column an item's text hangs at (text-column-continues), after the item's
    comma, that opens with a paragraph's head ("признавая также …", "强调指出，…") goes on with the item where that
    column stands deeper than the paragraphs' first lines (paragraph_indent): a paragraph's first line never stands
    deeper than the others do, an item's wrapped line does ("    xx)      поощрять … среди девочек и женщин," /
    "             признавая также важность …"). UN print as pdftotext -layout gives it; in a language whose heads are
    in lower case (Russian) or a script without case (Chinese), a head word after an item's comma is the item's rest,
    and read as a paragraph's first line it broke the numbering, or made a heading of a colon's line."""
    if c.view(i - 1).rstrip()[-1:] not in _COMMAS:
        return False
    if c.shapes.indents[i] <= c.paragraph_indent(i) and not deeper_than_heads(c, i):
        return False
    if c.doc is not None:
        c.doc.fired("head-after-comma-set-in", c.lines[i].number)
    return True


def deeper_than_heads(c: Lines, i: int) -> bool:
    """paragraph-indent-from-heads: for head-after-comma-set-in, a line stands deeper than the paragraphs' first lines
    where it stands deeper than the lines that open with a paragraph's head after a finished line mostly do, though
    paragraph_indent says otherwise: in a resolution of long lists printed with a hanging indent (UN print as pdftotext
    -layout gives it), the items' wrapped lines after a line that ends with a comma — finished, in a language whose
    preambular paragraphs end with one — outnumber the preamble's first lines, and their column was taken for the
    paragraphs' ("    xx)      поощрять … среди девочек и женщин," / "             признавая также важность …", fifty
    items of one paragraph after forty-seven preambular ones). The heads tell the paragraphs' indent: a preambular
    paragraph opens with one, an item's wrapped line seldom does. (Where they stand at the items' column too — a
    preamble's paragraph after an item of its own that ended with a comma —, the line opens its paragraph as before.)"""
    heads = c.head_indent()
    if heads < 0 or c.shapes.indents[i] <= heads:
        return False
    if c.doc is not None:
        c.doc.fired("paragraph-indent-from-heads", c.lines[i].number)
    return True


# inline-enumeration-at-text-column: an inline item is looked for this many lines up — twice inline-enumeration's
# reach, as an item's text column under a hang holds some half of a full line's words.
INLINE_ITEM_LINES_HUNG = 12


def inline_at_text_column(c: Lines, i: int) -> bool:
    """inline-enumeration-at-text-column: a label at a line's start, at the column the item above hangs its lines at,
    after an unfinished line of that item (the wrap cut it; how far it ran says little under a hang), is an item of a
    list that item prints inline when the item holds, inside one of its lines, the label before it in sequence ("… la
    participación de la Comisión en: a) la utilización …; y" / "b) el estudio de modelos …"): UN print as pdftotext
    -layout gives it, an item's wrapped lines hanging under its text, where an item nested in it stands too — but a
    nested list's first item opens its own line, never the middle of its parent's (inline-enumeration reads the same in
    flat text). Read as an item, the label took the inline list's rest out of its item, and every wrapped line under
    it opened a paragraph of its own."""
    if c.fin[i - 1] or not _inline_item(c, i, INLINE_ITEM_LINES_HUNG):
        return False
    if c.doc is not None:
        c.doc.fired("inline-enumeration-at-text-column", c.lines[i].number)
    return True


def conjoined_inline_item(c: Lines, i: int) -> bool:
    """conjoined-inline-item-at-text-column: in a text that indents, a line set in at the column the item above hangs
    its lines at (text-column-continues), after that item's finished clause, that opens with a conjunction set apart
    (the language's item_conjunctions) and then a label, is the last item of a list that item prints inline when the
    label before it in sequence stands inside one of the item's lines ("… مشاركة الهيئة في (أ) تدريب …؛" / "و (ب)
    إصلاح …"): UN print as pdftotext -layout gives it, the wrap putting "; and (b)" at the line's start under the
    item's text, never at a label's column. In a script with case the conjunction in lower case already goes on
    (goes_on_after_clause); in a script without case (Arabic) nothing else read it, and indent-opens opened a
    paragraph there: the rest of the item — and of the list, the paragraph holding it — was read as a paragraph of
    its own. A line that opens with the conjunction and a label whose label before it opens a line of its own is
    left to the other rules (the list is printed one item to a line). So is a line that text-column-continues would
    still leave to them — one opening with a paragraph's head — and an unfinished line alone between the item's
    finished clause and the next number or label, the shape the heading rule reads as a title whatever this rule says
    ("… and training;" / "And (ii) Guidelines for inspection" / "(c) …"): there the rule would change nothing, and
    the trace would claim a reading that did not happen."""
    words = c.view(i).split(None, 1)
    if len(words) < 2 or fold_word(words[0]) not in c.lang.item_conjunctions or starts_with_head(c.lang, c.view(i)):
        return False
    if not c.fin[i] and i + 1 < len(c.lines) and c.opener[i + 1]:
        return False
    lab = label(c.lang, words[1])
    if lab is None or not _inline_item(c, i, INLINE_ITEM_LINES_HUNG, lab[0]):
        return False
    if c.doc is not None:
        c.doc.fired("conjoined-inline-item-at-text-column", c.lines[i].number)
    return True


def inline_list_at_text_column(c: Lines, i: int) -> bool:
    """inline-list-at-text-column: a label at a line's start, at the column the item above hangs its lines at, with
    no tab after it (one space), whose next label in sequence stands inside a line of its own paragraph before any
    line opens with a number or label, is the first item of a list the item prints inline, the wrap putting it at
    the line's start ("…, направленной на:" / "a) определение … инноваций; и b)" / "изучение …"): UN print as
    pdftotext -layout gives it, where a nested item's label is parted from its text by a tab and its list's next label
    opens its own line. (inline-enumeration-at-text-column reads the inline list's later labels, after a line the
    wrap cut; this one its first, after the item's colon too.) Read as a nested item, the label took the inline
    list out of its item, and every wrapped line under it opened a paragraph of its own."""
    lab = label(c.lang, c.view(i))
    if i == 0 or lab is None or not c.mode.indent or c.shapes.indents[i] not in c.hang_columns(i - 1):
        return False
    if _TAB_AFTER_LABEL.match(c.raw_lines()[c.lines[i].number - 1].lstrip(" \t\u3000\f")):
        return False
    if not _next_label_inline(c, i, lab[0]):
        return False
    if c.doc is not None:
        c.doc.fired("inline-list-at-text-column", c.lines[i].number)
    return True


def _next_label_inline(c: Lines, i: int, first: str) -> bool:
    """Whether the label after `first` in sequence stands inside line i (after its label) or a line below it, before
    a line opens with a number or label (inline-list-at-text-column)."""
    for k in range(i, min(len(c.lines), i + INLINE_ITEM_LINES_HUNG)):
        if k > i and c.opener[k]:
            return False
        view = c.view(k)[len(first):] if k == i else c.view(k)
        if any(continues(first, m.group()) and not _cited_label(view, m.start(), c.lang, m.end())
               for m in _INLINE_LABEL.finditer(view)):
            return True
    return False


def _cited_label(view: str, at: int, lg: Lang | None = None, end: int = 0) -> bool:
    """For inline-list-at-text-column (and inline-ideograph-label): whether the label at `at` is cited, not printed —
    right after the number of the paragraph it belongs to ("paragraph 4 (b)", "пункта 4 b)"), or, in a script without
    spaces, right after or before the words the table's cited_label lists ("第3段㈡分段"): a reference, no item of a
    list (review, round thirty-two; round forty-three)."""
    words = view[:at].split()
    if bool(words) and words[-1].isdigit():
        return True
    if lg is None:
        return False
    after, before = lg.cited_label
    return view[:at].endswith(after) or view[end:].startswith(before)


def goes_on_after_clause(c: Lines, i: int) -> bool:
    """text-column-continues, after a finished line: a line in lower case goes on — or any line after a clause's comma
    ("…,", "…،", "…，": a name in capitals, "Gestión de Crisis, …", or a script without case), the wrap putting the
    item's rest under its text (a heading printed at the text's column follows an item's end, "…;" or "…؛", never its
    comma; a line that opens with a paragraph's head is left to the other rules). Read so, the rest of an item after
    its comma opened a paragraph of its own, or a heading over the next item. After its colon too: an item that
    announces what follows at its text column and no label after it ("а)  на деятельность … на местах:" / "
    149 055 100 долл. США;", a budget's item and its amount) goes on with its rest — a heading follows an item's end,
    never its colon, and a nested item opens with its label — an item's, not a numbered paragraph's, whose colon
    announces items that may stand at its text column without labels ("3.     … as follows:" / "       Monday, 27
    May: …;"). And a line that opens with a digit under one that ends with a clause's punctuation and digits, an
    amount the wrap cut ("b)  на услуги … в Вене: 16" / "135 800 долл. США;": digits-cut)."""
    last = c.view(i - 1).rstrip()[-1:]
    if numbered_colon(c, i - 1):
        return False  # (numbered-colon-items: whatever the line's case)
    return (c.view(i).lstrip()[:1].islower() or (last != "" and last in _COMMAS)
            or (last != "" and last in _COLONS) or _digits_cut(c, i) or unit_cut(c, i))


def unit_cut(c: Lines, i: int) -> bool:
    """unit-cut-at-text-column: text-column-continues after a line that ends with a figure and its unit abbreviated with
    a stop ("b)  на услуги … в Вене: 16 135 800 долл." / "США;", a budget's item and its amount), where the line at the
    item's text column opens with the word that completes that unit (the language table's cut_units): the stop is the
    abbreviation's, no item's end, and that line is the item's rest — read as a paragraph of its own ("США;"), the item
    lost its end. Any other line after a figure and a word with its stop ("2041 г.", "paragraph 4 above.") may be a
    heading after the item's end (review, round thirty-three). (UN print as pdftotext -layout gives it: an item's
    wrapped lines hang under its text; the same cut as colon-after-cut-first-line's, at a numbered paragraph's first
    line.)"""
    word = c.lang.cut_units.get(figure_unit_end(c.view(i - 1)), "")
    first = c.view(i).split(None, 1)[:1]
    if not (word and first and first[0].startswith(word) and not first[0][len(word):len(word) + 1].isalnum()):
        return False
    if c.doc is not None and i not in c.unit_cuts:
        c.unit_cuts.add(i)  # (asked by text-column-continues and text-column-no-heading: traced once)
        c.doc.fired("unit-cut-at-text-column", c.lines[i].number)
    return True


def numbered_colon(c: Lines, i: int) -> bool:
    """numbered-colon-items: line i ends with the colon of a numbered paragraph. UN print sets a numbered paragraph's
    wrapped lines back at the margin (only an item's hang under its text), so a line at its text column after that
    colon is an item the paragraph announces ("4.      постановляет, что … в следующие сроки:" / "              вторник,
    28 мая — …;"), whatever its case: in a language whose paragraphs open in lower case (Russian) the case says
    nothing, and read on by it, a schedule's days after a page break ran into the paragraph (pdftotext -layout)."""
    last = c.view(i).rstrip()[-1:]
    return last != "" and last in _COLONS and _opened_numbered(c, i)


# text-column-continues after a colon: how far up the line that opened the colon's paragraph or item is looked for
OPENER_REACH = 40


def _opened_numbered(c: Lines, i: int) -> bool:
    """For text-column-continues after a colon: whether line i belongs to a numbered paragraph — the nearest line at or
    above it that opened a paragraph or an item opens with a number. (The line above alone said too little: a numbered
    paragraph's colon on its second line, hanging at the text column, read as an item's — review, round thirty-one.)"""
    for j in range(i, max(-1, i - OPENER_REACH), -1):
        if c.numbers[j]:
            return True
        if c._new[j] == 1:
            return False
    return False


def indent_opens(c: Lines, i: int) -> bool | None:
    """indent-opens: in documents that indent, an indented line opens a paragraph."""
    if not c.mode.indent:
        return None
    return c.shapes.indents[i] > c.mode.margin and not stray_space(c, i)


# stray-space: a line set in by at most this many spaces where paragraphs are set in by at least
# STRAY_PARAGRAPH_INDENT is no paragraph start (an extraction's first-line indents vary by a space, not by three).
STRAY_SPACES = 1
STRAY_PARAGRAPH_INDENT = 3


def stray_space(c: Lines, i: int) -> bool:
    """stray-space: in a text that indents its paragraphs by several spaces, a line set in by a single space that
    opens with no number or label is no paragraph start: the space is one an invisible mark left at the line's
    start once removed ("\u200e \u200e《关于消耗臭氧层物质的…》" inside a list of treaties the wrap cut), or
    an extraction's stray — a paragraph's first line stands in as far as the others'."""
    margin = c.mode.margin
    if c.opener[i] or c.shapes.indents[i] - margin > STRAY_SPACES:
        return False
    if c.paragraph_indent(i) - margin < STRAY_PARAGRAPH_INDENT:
        return stray_space_narrow(c, i) or space_after_mark_wrapped(c, i)
    if c.doc is not None:
        c.doc.fired("stray-space", c.lines[i].number)
    return True


def space_after_mark_wrapped(c: Lines, i: int) -> bool:
    """space-after-mark-wrapped: in a text of a script without spaces wrapped by characters, whose paragraphs are
    set in by one space, a line set in by that one space that opens with no number, label or paragraph head of the
    table, under a line that ends with a reference mark after text that finishes nothing ("…《海上安全公约》、5" —
    an enumeration comma, a title's bracket, an ideograph: no paragraph ends so), is no paragraph start: the space
    is the one printed after the mark ("、5\u200e \u200e《…》"), which the wrap carried to the line's start; the
    indent is the paragraphs' own, so stray-space and stray-space-narrow cannot tell it. Read as a paragraph's
    start, the lines above became a heading and their marks were lost with it (notes told unreferenced). A line
    under a mark after a finished clause ("…决议，2" / " 深信…") is left to the rules after: a paragraph may end there;
    so is one under a line that stopped short of the full width (a title or heading with its mark, "…守则5" /
    " 本守则适用于…", or a paragraph's last line): the wrap carries the mark's space only off a full line.
    (A script with spaces wraps at the space, which the wrap takes: there the case does not arise.)"""
    if c.lang.script.spaced or i == 0 or c.paragraph_indent(i) - c.mode.margin != MARK_SPACE_INDENT:
        return False
    above = c.lines[i - 1]
    if not above.marks or above.marks[-1].at < len(above.text) or c.fin[i - 1]:
        return False
    if not c.mark_line_full(i - 1):
        return False
    return _no_head_here(c, i, "space-after-mark-wrapped")


def _no_head_here(c: Lines, i: int, rule: str) -> bool:
    """The last test of the rules that take a set-in line for no paragraph start (space-after-mark-wrapped,
    stray-space-narrow): a line opening with a paragraph's head of the table is still one; otherwise `rule` fires."""
    if starts_with_head(c.lang, c.view(i)):
        return False
    if c.doc is not None:
        c.doc.fired(rule, c.lines[i].number)
    return True


def stray_space_narrow(c: Lines, i: int) -> bool:
    """stray-space-narrow: in a text that indents its paragraphs by two spaces, a line set in by a single space that
    opens with no number, label or paragraph head of the table is no paragraph start either: the space is one an
    invisible direction mark left at the line's start once removed (" 以及确保性别平等…的需要，" after "…决议， 2", a
    mark set apart that the wrap left at the line's end). A paragraph's first line whose indent an extraction cut by a
    space still opens with its head or number here; stray-space asks no head, where paragraphs stand in by three
    spaces or more and one space is no indent of theirs. (Only where the table's heads are seen in the text.)"""
    if c.paragraph_indent(i) - c.mode.margin != STRAY_SPACES + 1 or not c.heads_known():
        return False
    return _no_head_here(c, i, "stray-space-narrow")


def page_break_keeps_indent(c: Lines, i: int) -> bool | None:
    """page-break-continues: after a page break the indent is shifted; a line there continues the
    paragraph unless the line before was finished."""
    return False if c.mode.indent and c.shapes.page_start[i] and not c.ended(i) else None


def page_break_label_opens(c: Lines, i: int) -> bool | None:
    """page-break-label-opens: in a text that indents, an indented label after a page break opens
    its item even after an unfinished line — a title item without a full stop ("(iv) Economic
    assistance") at the foot of a page, its first sub-item on the next: the page break hides the
    blank line, and a paragraph cut by a page break does not go on with a label set in."""
    if c.mode.indent and c.shapes.page_start[i] and c.opener[i] and c.shapes.indents[i] > c.mode.margin:
        return True
    return None


def blank_line_separates(c: Lines, i: int) -> bool | None:
    """blank-line-opens: a blank line separates paragraphs (unless the text is double-spaced)."""
    return True if c.mode.gaps and c.shapes.gap[i] else None


def one_paragraph_a_line(c: Lines, i: int) -> bool | None:
    """unwrapped-line-opens: a text never wrapped has one paragraph or heading to a line."""
    return True if c.mode.unwrapped else None


def flat_paragraph_end(c: Lines, i: int) -> bool | None:
    """flat-line-opens: where neither indents nor blank lines tell, a finished line ended its
    paragraph when it stopped well short of the full width (in text whose lines run to one
    width), or when the next line opens with a paragraph's head; and a number after a short
    line (a heading, a title item) opens one."""
    if not c.mode.flat:
        return None
    _trace_adverb_connector(c, i)
    _trace_out_of_phrase(c, i)
    prev = c.widths[i - 1]
    if c.fin[i - 1] and ((c.mode.even and prev <= c.short)
                         or (c.phrases and (c.opener[i] or starts_with_head(c.lang, c.view(i))
                                            or _framed_head_wrapped(c, i) or _comma_prefix_in_blocks(c, i)))):
        return True
    if _paged_block_opens(c, i):
        return True
    if c.opener[i] and c.stopped_short(i - 1):
        return True
    if _head_after_short_line(c, i) or _finished_before_fit(c, i) or _parallel_item(c, i):
        return True
    return True if _head_after_unfinished_block(c, i) or _head_after_unfinished_line(c, i) else None


def head_inside_list(c: Lines, i: int) -> bool | None:
    """head-inside-list: in flat text (neither indents nor blank lines tell), a line that opens with a paragraph's head
    after an item of a list whose line ended with a clause's comma ("(十九) 与所有相关利益攸关方合作，…可持续性，" /
    "鼓励创建回收…设施，…；" / "(二十) 促进…"), the next labelled line being that list's next item, goes on with the
    item: no paragraph stands between two items of one list, and an item does not end with a comma. flat-line-opens,
    reading the head after a finished line, opened an unnumbered paragraph there (an ECOSOC resolution recommending
    a draft, its paragraphs unnumbered), which took the list's later items. Not over a head with a capital (a script
    with case tells a paragraph's head by it), nor after a line that stopped short of the width (FLAT_WIDTH: the item
    ended there, and the head, "注意到…以下建议，", announces what follows); the item's label within a few lines
    above, the next one within a few lines below."""
    view, last = c.view(i), c.view(i - 1).rstrip()[-1:]
    if (not c.mode.flat or not c.phrases or c.opener[i] or view[:1].isupper() or not last or last not in _COMMAS
            or not starts_with_head(c.lang, view) or c.widths[i - 1] < FLAT_WIDTH * c.full):
        return None
    above, below = _item_label(c, range(i - 1, max(-1, i - 1 - _LIST_LOOKBACK), -1)), None
    if above is not None:
        below = _item_label(c, range(i + 1, min(len(c.lines), i + 1 + _LIST_LOOKBACK)))
    if above is None or below is None or not _items_in_sequence(above[1], below[1]):
        return None
    # (a line up to the next item ending with a colon: the head announces a list of its own — "注意到…建议：" / "(i) …"
    # —, and the item under it is that list's first, which a letter's sequence would only seem to go on)
    if any(c.view(k).rstrip().endswith(_COLONS) for k in range(i, below[0])):
        return None
    if c.doc is not None:
        c.doc.fired("head-inside-list", c.lines[i].number)
    return False


def head_lead_cut(c: Lines, i: int) -> bool | None:
    """head-lead-cut-continues: in text of blocks (one to a line, or apart by blank lines) whose page breaks may not
    show, in a script without case or a language whose preambular paragraphs open in lower case, a line that opens
    with a known head after an unfinished line that ends with a word after which a line goes on (continues_after:
    "… о ратификации, принятии или присоединении и" / "особо отмечая …") or with the lead of that head's phrase ("…
    других субъектов, особо" / "подчеркивая …", "… и с удовлетворением" / "отмечая …", "настоятельно" / "призывая
    …") is the rest of a paragraph a page cut there: no paragraph ends with a conjunction or a preposition, nor inside
    a head's phrase. (Where the head's case tells — a capital in a language whose paragraphs open with one — the
    page-cut rules read it; where it tells nothing, the head alone read a new paragraph there.)"""
    if c.fin[i - 1] or c.opener[i]:
        return None
    view = c.view(i)
    first = view[:1]
    if not (c.lang.openings.lower_case or first.lower() == first.upper()) or not starts_with_head(c.lang, view):
        return None
    words = c.view(i - 1).split()
    # (a line of one word is no half a page cut of a paragraph, which holds its head and more: a part's letter, "С",
    # that continues_after also holds as a preposition, over its first paragraph — review, round thirty-seven)
    if len(words) < 2 or not c.lang.script.spaced:
        return None
    if fold_word(words[-1]) not in c.lang.continues_after and not _ends_with_lead(c, words, view):
        return None
    # (a conjunction after an item's semicolon, "…; и" / "подтверждает …", is the list's before its last item or the
    # paragraph's words after the list: the clause ended there, and the next line opens what follows it)
    if words[-2][-1:] in _ITEM_ENDS:
        return None
    if c.doc is not None:
        c.doc.fired("head-lead-cut-continues", c.lines[i].number)
    return False


def _ends_with_lead(c: Lines, words: list[str], view: str) -> bool:
    """head-lead-cut-continues: whether the last words of a line lead the head the next line opens with, the two
    making one head's phrase ("особо" + "подчеркивая" = "особо подчеркивая")."""
    own = head_phrase(c.lang, view)
    if own is None:
        return False
    o = c.lang.openings
    for n in range(1, min(LOWERCASE_LEAD_WORDS, len(words)) + 1):
        lead = words[-n:]
        joined = head_phrase(c.lang, " ".join([*lead, view]))
        if joined is None or joined != " ".join([*(fold_word(w) for w in lead), own]):
            continue
        # (a lead of adverbs alone, "особо", "настоятельно", "вновь": no paragraph ends with one. A phrase's other
        # words may end one whose comma was lost, "… членами с удовлетворением" / "отмечая …" — "с" a connector, its
        # noun a modifier —, which the page-cut rules tell as a guess; after a conjunction, "… и с глубокой
        # обеспокоенностью" / "отмечая …", they end none: review, round thirty-seven)
        if all(fold_word(w) in o.adverbs and fold_word(w) not in o.connectors for w in lead):
            return True
        return len(words) > n and fold_word(words[-n - 1]) in c.lang.continues_after
    return False


# item-tail-or-title-told: a title of a mandate's task is a few words — a line at most this share of a full line
# (the tasks' titles run to five or six ideographs of a line of thirty and more; an item's wrapped rest may be as
# short, and that is the case told)
ITEM_TITLE_SHARE = 0.5
# ... and at least this many characters: the shortest tasks' titles are two ideographs ("人权", human rights); one
# character alone is a word the wrap cut ("…海上交通管理中" / "心")
ITEM_TITLE_MIN_CHARS = 2
# Any stop of the script's table — a clause's or a sentence's punctuation, a question's or an exclamation's mark, a
# closing quote or bracket: a line with one is no title of the kind, and an item's last line ending with one ended
# there.
_CLAUSE_SIGNS = frozenset(punctuation("comma", "semicolon", "colon", "full_stop", "enumeration_comma", "question",
                                      "exclamation", "closing_quotes", "closing_brackets"))
# A line before a title beyond doubt ends with one of these: the paragraph above finished
_FINISHED = frozenset(punctuation("semicolon", "full_stop", "colon"))


def item_tail_or_title_told(c: Lines, i: int) -> None:
    """item-tail-or-title-told: in a text of a script without spaces (Chinese), a short line at the margin without
    any punctuation ("保护联合国"), read on by the line-start rules as the rest of the list item above it, where that
    item has no punctuation either (a mandate's list of tasks by name, "㈡ 支持…包括安全和司法机构"), its last line
    ran to the full width (no room left on it: a script without spaces wraps at any character, so a line that fills the
    width gives the wrap no place to show), and the line under it opens with a paragraph's number: the words may be
    the item's last ones or the title of the task the next paragraph sets out — the Security Council prints both —
    and, where the text prints such titles over other paragraphs beyond doubt (_titles_elsewhere), the layout cannot
    decide. (A text that prints none, a rest of one character, or a line or item's last line ending with a stop of the
    script's table — "？", "！", "》" — is certain: nothing told.) The reading is kept (the item's rest), and told
    (text-boundary-guessed), the line named. An item's last line that stops short (room for the next character) ended
    the item there, and the line is a title the heading rules read: nothing is told; so does an item whose wrapped
    lines hang at its text's column (item-left-text-column). Serves PDF and block text of Security Council mandates
    in Chinese, whose tasks' titles stand at the margin over their paragraphs."""
    if c.doc is None or not _short_line_under_full(c, i) or not _titles_elsewhere(c, i):
        return
    item = _item_label(c, range(i - 1, max(-1, i - 1 - _LIST_LOOKBACK), -1))
    # (an item whose wrapped lines hang at its text's column tells its end by the line back at the margin:
    # item-left-text-column reads that; here they stand at the margin too, as the item's rest would)
    if (item is None or any(ch in _CLAUSE_SIGNS for k in range(item[0], i) for ch in c.view(k)[-1:])
            or any(c.shapes.indents[k] > c.mode.margin for k in range(item[0] + 1, i))):
        return
    view = c.view(i).strip()
    c.doc.fired("item-tail-or-title-told", c.lines[i].number)
    c.doc.warn("text-boundary-guessed", f"line {c.lines[i].number} ({view[:30]!r}) is read as the last words of "
               f"the item {item[1]!r} above it, whose last line ran to the width; it may be the title of the "
               "paragraph under it", c.lines[i].number)


def _short_line_under_full(c: Lines, i: int) -> bool:
    """For item-tail-or-title-told: in a script without spaces, line i is short, at the margin, opens with no number
    or label and holds no punctuation, the line under it opens with a paragraph's number, and the line above, ending
    with no punctuation, filled the width (in print columns: a line of ideographs holds fewer characters than one
    with digits at the same width; it filled it where line i's first character would not have fitted after it)."""
    script = c.lang.script
    if script.spaced or not script.wide or i < 1 or i + 1 >= len(c.lines) or c.opener[i]:
        return False
    view, above = c.view(i).strip(), c.view(i - 1).rstrip()
    if (not view or not above or c.numbers[i + 1] == 0 or c.shapes.indents[i] > c.mode.margin
            or any(ch in _CLAUSE_SIGNS for ch in view) or above[-1] in _CLAUSE_SIGNS):
        return False
    full = c.full_columns()
    return (len(view) >= ITEM_TITLE_MIN_CHARS and script.columns(view) + c.lead(i) <= ITEM_TITLE_SHARE * full
            and script.columns(above) + c.lead(i - 1) + script.columns(view[:1]) > full)


def _titles_elsewhere(c: Lines, i: int) -> bool:
    """For item-tail-or-title-told: whether the text prints titles over its paragraphs elsewhere, beyond doubt — a
    short line at the margin without punctuation, under a line that finished its paragraph ("…区域一体化；") and over a
    line that opens with a paragraph's number ("人权" / "4 . 欢迎…"). A text without one prints no titles: a short
    line after a full one is the item's rest, and nothing is told."""
    full = c.full_columns()
    for k in range(1, len(c.lines) - 1):
        view, above = c.view(k).strip(), c.view(k - 1).rstrip()
        if (k != i and above and above[-1] in _FINISHED and c.numbers[k + 1] != 0 and not c.opener[k]
                and ITEM_TITLE_MIN_CHARS <= len(view) and c.lang.script.columns(view) <= ITEM_TITLE_SHARE * full
                and c.shapes.indents[k] <= c.mode.margin and not any(ch in _CLAUSE_SIGNS for ch in view)):
            return True
    return False


def _item_label(c: Lines, span: range) -> tuple[int, str] | None:
    """For head-inside-list: the first line in span that opens a paragraph and its label (None: a number, or none)."""
    k = next((k for k in span if c.opener[k]), None)
    found = None if k is None else label(c.lang, c.view(k))
    return None if k is None or found is None else (k, found[0])


def _items_in_sequence(above: str, below: str) -> bool:
    """For head-inside-list: whether two labels follow in one sequence, neither a letter that a roman numeral
    writes too ("(h)" → "(i)" are latin letters in sequence, and "(i)" opens a roman list as well: no guess). A
    roman numeral of two letters or more above ("ix)") is no latin letter: the one below ("x)") goes on with its
    roman list (head-inside-list-after-page's "ix) …," / page / "принимая во внимание …;" / "x) …")."""
    if not continues(above, below):
        return False
    top, under = core(above).lower(), core(below).lower()
    if len(top) > 1 and set(top) <= _ROMAN_OR_LATIN:
        return under != "i"
    return not any(set(x) <= _ROMAN_OR_LATIN for x in (top, under))


_ROMAN_OR_LATIN = frozenset("ivx")  # letters that open or go on with a roman list as well as a latin one


def _trace_adverb_connector(c: Lines, i: int) -> None:
    """adverb-connector-head, in the trace: a line after a finished one that opens with a leading adverb and a connector
    that open no head ("Particularly in Africa": openings.starts_with_head refuses it)."""
    if c.fin[i - 1] and c.phrases and c.doc is not None and adverb_connector_refused(c.lang, c.view(i)):
        c.doc.fired("adverb-connector-head", c.lines[i].number)


def _trace_out_of_phrase(c: Lines, i: int) -> None:
    """head-out-of-phrase, in the trace: a line after a finished one that opens with a head of the table's phrase_heads
    without a word of its phrase ("действуя через …"), which openings.starts_with_head refuses."""
    if c.fin[i - 1] and c.phrases and c.doc is not None and out_of_phrase(c.lang, c.view(i).split(None, 2)[:2]):
        c.doc.fired("head-out-of-phrase", c.lines[i].number)


def _head_after_unfinished_line(c: Lines, i: int) -> bool:
    """head-after-unfinished-line: in flat wrapped text, a line that did not finish its clause — it ends with a word
    in lower case, not a conjunction — before one that opens with a known paragraph head and its capital ended its
    paragraph, however near the width it ran: a head with its capital ("Poniendo de relieve", "Recalling") stands
    inside no sentence, and the paragraph lost its final comma ("… los países en desarrollo de ingreso mediano" /
    "Poniendo de relieve …", a line too long to have stopped short). head-after-unfinished-block reads the same in
    text of blocks; not where heads open in lower case (Russian "… отмечая" goes on inside a sentence). (A UN slip
    several resolutions share: a preambular paragraph printed without its comma.)"""
    view = c.view(i)
    if (not c.wraps() or not c.phrases or c.fin[i - 1] or c.opener[i] or c.lang.openings.lower_case
            or not view[:1].isupper() or not starts_with_head(c.lang, view, known=True)):
        return False
    # (The last word in lower case: a capital there may be a name the wrap cut, "… of the Security" / "Keeping Force
    # in Darfur", whose next word is a head's; nor after a line widened by justification, which was wrapped.)
    # (A quotation the line closed after its last word — a title cited in full, "… titulada “Desarrollo industrial" /
    # "… en los países de renta media”" / "Tomando nota también …", its comma lost — ends it as the word does.)
    last = c.view(i - 1).rstrip().rsplit(None, 1)[-1:]
    word = last[0].rstrip(_CLOSING_QUOTES) if last else ""
    if not word.isalpha() or not word.islower() or word.casefold() in c.lang.continues_after:
        return False
    if c.doc is not None and c.lines[i - 1].number in c.doc.spread:
        return False
    if c.doc is not None:
        c.doc.fired("head-after-unfinished-line", c.lines[i].number)
    return True


# paged-block-opens: at least this many lines at a page's start show that the text keeps its pages' furniture (one
# alone may be a cover's items met late, at the first page's foot).
PAGED_MIN = 2
# comma-prefix-in-blocks: a full line wider than this many print columns (60 ideographs) was never printed: no
# page holds it (a printed line of Chinese holds ~40 characters).
BLOCK_COLUMNS = 120


def _comma_prefix_in_blocks(c: Lines, i: int) -> bool:
    """comma-prefix-in-blocks: in flat text that does not wrap its paragraphs (each line a block, as a paragraph-block
    extractor gives them: its full lines end clauses, and run wider than a printed line), a line after a finished one
    that opens with a prefix of the table set off by a comma, then a known head ("在这方面，回顾…"), opens a paragraph.
    (Not in wrapped text: there a line starts anywhere in a paragraph, and inside one "…，在这方面，鼓励…" is more
    common than at its start — the text of blocks breaks a paragraph only at a page's end.)"""
    if not c.lang.script.wide or c.lang.script.spaced or c.wraps() or c.full_columns() < BLOCK_COLUMNS:
        return False
    if not comma_prefix_head(c.lang, c.view(i)):
        return False
    if c.doc is not None:
        c.doc.fired("comma-prefix-in-blocks", c.lines[i].number)
    return True


def _paged_block_opens(c: Lines, i: int) -> bool:
    """paged-block-opens: in flat text of blocks (a paragraph-block extractor's, one block to a line, its lines wider
    than any printed one) that keeps its pages' heads or feet, a line opens a paragraph wherever no page broke before
    it — neither a page's start nor lines lifted out of the flow (its notes) stand there —, whatever the line before
    ends with and the line opens with: the extractor cuts a paragraph in two only where a page breaks, and every page
    break shows. The UN opens some paragraphs with no head of the table ("向所有各方强调…", stressing to all parties;
    "在此方面重申…", in this regard reaffirming; "因此依然感到关切的是…"; a head the text misspelt, "وإذا يلاحظ") and
    lets a few lose their final comma ("…以及行预咨委会的有关报告" / "表示注意到…"), which flat text read on as
    wrapped lines. (Text of blocks that one cut paragraph keeps from being read as one paragraph to a line: in a
    script without case, nothing tells a cut paragraph's rest there.)"""
    if c.shapes.page_start[i] or not c.paged_blocks() or _lifted_between(c, i):
        return False
    if c.doc is not None:
        c.doc.fired("paged-block-opens", c.lines[i].number)
    return True


def _framed_head_wrapped(c: Lines, i: int) -> bool:
    """framed-head-wrapped: in wrapped flat text of a script without spaces, a line that opens with a frame word of
    the table and runs to the width with no clause's end on it — its first clause wrapped onto the next line — opens
    like a paragraph when that clause, read on over the next line, ends with a frame verb as framed-head asks
    ("对2012年未按规定召开会议以及…通过的关于" / "中东的决议进展甚微表示遗憾和关切，"): the wrap may fall anywhere in a
    frame's clause, which runs longer than a line (framed-head read it on the line alone)."""
    o = c.lang.openings
    if not o.frames or c.lang.script.spaced or i + 1 >= len(c.lines):
        return False
    view = c.view(i)
    if not view.startswith(o.frames) or holds_clause_end(view) or not c.wraps() or c.ran_short(i):
        return False
    if not framed_head(c.lang, view + c.view(i + 1).lstrip()):
        return _framed_over_lines(c, i)
    if c.doc is not None:
        c.doc.fired("framed-head-wrapped", c.lines[i].number)
    return True


def _framed_over_lines(c: Lines, i: int) -> bool:
    """framed-head-over-lines: framed-head-wrapped where the frame's first clause runs over more than two lines — the
    line after the frame's first holds no clause's end either, and ran to the width —, read on line by line up to
    the frame's longest clause (FRAME_CLAUSE_MAX): "对国际海事组织关于…停止运行、灯" / "塔看守人员…的报告中的结论以及…
    灯塔修缮" / "资金不足的报告中的结论表示震惊，". The frame's clause is as long in wrapped text as in
    text of blocks (framed-head-long-clause), where it may run over three printed lines. Refused, the paragraph ran
    into the one above it. (A paragraph framed by "对…表示…" whose object is long, in flat PDF text.)"""
    text, k = c.view(i), i + 1
    while k + 1 < len(c.lines) and not holds_clause_end(c.view(k)) and not c.ran_short(k):
        text += c.view(k).lstrip()
        k += 1
        if len(text) > FRAME_CLAUSE_MAX:
            return False
        if framed_head(c.lang, text + c.view(k).lstrip()):
            if c.doc is not None:
                c.doc.fired("framed-head-over-lines", c.lines[i].number)
            return True
    return False


# parallel-item: the words of a line's lead compared with the lead of the item before — enough for a day
# and date ("Mardi 28 mai", "вторник, 28 мая"), few enough that the text after the lead may differ.
PARALLEL_LEAD_WORDS = 3
# parallel-item: the first item is matched with the second, on one of the few lines after it (the first item
# may wrap over a line or two).
PARALLEL_LOOKAHEAD = 3


# parallel-item-unspaced: in a script without spaces between words, a line's lead runs from its start to the first
# punctuation after its first number, each number folded to one "9": the date and its delimiter ("9月9日，" of
# "5月28日，星期二：…", "9月9日：" of "6月4日：全天…"), whatever words follow. It is looked for in the line's first
# characters only — as many as a full date with its year and a range of days and the mark after it hold
# ("9年9月9日至9日，" is 10): a number further on is inside the item's words, not its lead.
PARALLEL_LEAD_CHARS = 12
_DIGIT_RUN = re.compile(r"\d+")
_LEAD_PUNCTUATION = frozenset(punctuation("comma", "semicolon", "colon"))


def _unspaced_lead(text: str) -> tuple[str, ...]:
    """parallel-item-unspaced: a line's lead in a script without spaces, its characters up to and including the first
    punctuation after its first number, each number one "9" (none: no number, or no punctuation after it, near the
    line's start)."""
    folded = _DIGIT_RUN.sub("9", text.lstrip())[:PARALLEL_LEAD_CHARS]
    at = folded.find("9")
    if at < 0:
        return ()
    end = next((k for k in range(at + 1, len(folded)) if folded[k] in _LEAD_PUNCTUATION), -1)
    return tuple(folded[:end + 1]) if end > 0 else ()


def _lead_shape(text: str, spaced: bool = True) -> tuple[str, ...]:
    """The shape of a line's first words: each word's first character as a class (capital, lower case,
    digit, or the character itself) and its trailing punctuation. In a script without spaces
    (parallel-item-unspaced), its lead up to the first punctuation after a number, each number one digit "9":
    "5月27日，星期一：" and "5月28日，星期二：" have one shape, "9月9日，"."""
    if not spaced:
        return _unspaced_lead(text)

    def one(word: str) -> str:
        first = word[:1]
        kind = "A" if first.isupper() else "a" if first.islower() else "9" if first.isdigit() else first
        return kind + (word[-1] if word[-1:] in _PHRASE_END else "")
    return tuple(one(w) for w in text.split(None, PARALLEL_LEAD_WORDS)[:PARALLEL_LEAD_WORDS])


def _parallel_item(c: Lines, i: int) -> bool:
    """parallel-item: in flat text, items of a list announced by a colon that open with neither a number
    nor a label nor a paragraph's head but with a name and a number — a schedule's days ("Lundi 27 mai :
    …;" / "Mardi 28 mai : …;", "понедельник, 27 мая — …;" / "вторник, 28 мая — …;") — each open a block: a
    line after one ending with a semicolon, whose first words have the shape of those of the item that
    line belongs to (a capital or lower-case word, a number …), opens the next item; so does the first
    item, after the colon, where a line after a semicolon a few lines on opens with the same shape —
    though the line before ran close enough to the width that the wrap could have ended it
    (finished-before-fit cannot tell). A number in the lead is asked for: a sentence going on after a
    semicolon seldom repeats the shape of its paragraph's first words with a number among them."""
    if c.opener[i] or not c.fin[i - 1]:
        return False
    spaced = c.lang.script.spaced
    shape = _lead_shape(c.view(i), spaced)
    if len(shape) < PARALLEL_LEAD_WORDS or not any(k.startswith("9") for k in shape[1:]):
        return False
    end = c.view(i - 1).rstrip()
    if end.endswith(_COLONS):
        later = range(i + 1, min(i + 1 + PARALLEL_LOOKAHEAD, len(c.lines)))
        same = any(_after_semicolon(c, k) and _lead_shape(c.view(k), spaced) == shape for k in later)
    else:
        j = i - 1
        while j > 0 and not c.starts_new(j):
            j -= 1
        same = _after_semicolon(c, i) and j > 0 and not c.opener[j] and _lead_shape(c.view(j), spaced) == shape
    if same and c.doc is not None:
        c.doc.fired("parallel-item" if spaced else "parallel-item-unspaced", c.lines[i].number)
    return same


def _after_semicolon(c: Lines, k: int) -> bool:
    """Whether the line before line k ends with a semicolon."""
    return c.view(k - 1).rstrip()[-1:] in _SEMICOLONS


def _finished_before_fit(c: Lines, i: int) -> bool:
    """finished-before-fit: in flat text, a line that ends a clause where the next line's first word would
    have fitted with room to spare ended its paragraph or item — the wrap did not end it, and the text does
    not break a line early otherwise ("3. Décide en outre que les séances se tiendront comme suit :" /
    "Lundi 27 mai : de 10 heures à 13 heures ;", items announced by a colon, each a block of its own, which
    open with neither a number nor a paragraph's head; "3. 还决定全体会议按以下时间举行：" / "5月27日，星期一：…"). Only
    where the text wraps its paragraphs (Lines.wraps): in text of one block to a line, a line is as long as
    its paragraph, and a short one is a short paragraph or the half a page break cut."""
    if not (c.fin[i - 1] and c.wraps() and (c.ran_short(i - 1) or c.room_on_grid(i - 1))):
        return False
    if c.doc is not None:
        c.doc.fired("finished-before-fit", c.lines[i].number)
    return True


def _head_after_short_line(c: Lines, i: int) -> bool:
    """head-after-short-line: in flat text, an unfinished line that stopped short and opens with no
    paragraph head, before a line that opens with one, is a block of its own — a title ("Нормы проезда
    воздушным транспортом" / "ссылаясь на свои резолюции …", where paragraphs open in lower case and
    nothing else tells the title's end): inside a paragraph no line stops short. (The sections of a
    budget resolution headed by their titles, in flat PDF text.)"""
    # (In a script without spaces, where digits and Latin letters make a line of ideographs hold more
    # characters than its print width, a line's length does not say it stopped short.)
    if not (c.phrases and not c.fin[i - 1] and c.heads_known()
            and starts_with_head(c.lang, c.view(i)) and not starts_with_head(c.lang, c.view(i - 1))):
        return False
    if c.lang.script.spaced:
        if not c.stopped_short(i - 1):
            return False
    elif not _short_in_columns(c, i - 1):
        return False
    if c.doc is not None:
        c.doc.fired("head-after-short-line", c.lines[i].number)
    return True


def _short_in_columns(c: Lines, k: int) -> bool:
    """head-after-short-line-in-columns: in a script with wide characters and no spaces (Chinese), line k stopped
    short where its print width, in columns, is that of a short line (Lines.ran_short): told so, a line of ideographs
    is as short as it looks whatever digits and Latin letters the full lines hold ("审议了秘书长…的报告以及行预咨委会
    的有" / "关报告36" / "表示注意到…", a section's first paragraph whose end lost its comma, before a paragraph's
    head). (A budget resolution's sections, in flat PDF text.)"""
    # (The columns alone: whether the next character would have fitted is wide-room-for-next's to say, in ran_short.)
    script = c.lang.script
    if not (script.wide and script.columns(c.view(k)) <= SHORT_LINE * c.full_columns()):
        return False
    if c.doc is not None:
        c.doc.fired("head-after-short-line-in-columns", c.lines[k + 1].number)
    return True


def justified_line_continues(c: Lines, i: int) -> bool | None:
    """justified-line-continues: in flat text (neither indents nor blank lines) that was justified, a
    line whose spaces were widened to fill the width was wrapped — a paragraph's last line is never
    widened —: the next line goes on with its paragraph, even when the line ended a clause and the
    next opens with a paragraph's head ("…، وإذ يؤكد" / "من جديد دعمه …،" / "وإذ يعرب …", where the
    head reads the same inside a paragraph). A number or label there still opens (number-opens)."""
    # (After an unfinished line nothing says the paragraph ends: no opinion needed.)
    if c.opener[i] or not c.fin[i - 1] or c.doc is None or c.lines[i - 1].number not in c.doc.spread:
        return None
    if not c.mode.flat:
        return False if _widened_page_end(c, i) else None
    return None if _mark_under_widened(c, i) else False


def _widened_page_end(c: Lines, i: int) -> bool:
    """widened-page-end-continues: in justified text whose paragraphs stand apart by blank lines, a page's last line
    whose spaces were widened was wrapped, and the next page's first line goes on with its paragraph — the page break
    hides the blank line a new paragraph would stand after, and a paragraph's last line is never widened —, even
    where that line ended a clause and the next opens with a paragraph's head ("…всех без исключения  нападений на
    миротворцев," / page / "подчеркивая, что …": a head that reads the same inside a paragraph, in lower case).
    (justified-line-continues reads every line so in flat text; here the blank lines tell, but at a page break.)"""
    # (Not before a capital: where heads open with one, "Recalling …" at a page's top opens however the line before
    # was set — a capital there stands inside no sentence after a clause's comma; the rule serves heads in lower case
    # and scripts without case.)
    if not c.shapes.page_start[i] or c.view(i)[:1].isupper():
        return False
    if c.doc is not None:
        c.doc.fired("widened-page-end-continues", c.lines[i].number)
    return True


def _mark_under_widened(c: Lines, i: int) -> bool:
    """mark-under-widened-line: in flat justified text, a widened line whose next line was a note's mark alone — the
    wrap pushed the paragraph's last word, its mark, onto a line of its own, which mark-alone-on-line set back at the
    line's end ("… on the eighth periodic report of the Russian Federation," / "4" / "Recalling that …") — was
    widened as the wrapped line it was, its paragraph ending on the mark's line: the widening says nothing of the
    line after the mark, left to the rules after (a paragraph's head after a finished line opens). (Justified PDF
    text whose marks stand apart.)"""
    assert c.doc is not None
    k, n = c.lines[i - 1].number, c.lines[i].number
    # (double-spaced text sets a blank line under every line, the mark's too: the blank lines say nothing — but there
    # a mark alone may as well be one the extractor set on a line of its own inside a sentence, "… therein," / "" /
    # "3" / "" / "and the outcomes …": only a line after it that opens as a paragraph would, a capital or a head of
    # the table, is left to the rules after)
    raw = [t.strip() for t in c.raw_lines()[k:n - 1]]
    between = [t for t in raw if t]
    after = c.view(i)
    if len(between) != len(raw) and not (after[:1].isupper() or c.lang.openings.lower_case
                                          or starts_with_head(c.lang, after)):
        return False
    marks = c.lines[i - 1].marks
    # (The mark set back is the line's last, at its end.)
    if (len(between) != 1 or not between[0].isdigit() or not marks or marks[-1].marker != between[0]
            or marks[-1].at < len(c.lines[i - 1].text)):
        return False
    c.doc.fired("mark-under-widened-line", c.lines[i].number)
    return True


def justified_short_line_ends(c: Lines, i: int) -> bool | None:
    """justified-short-line-ends: in flat text that was justified, a line that ended a clause without
    being widened, so short that the next line's first word would have fitted on it, was a paragraph's
    last line — the wrap did not end it, and every wrapped line of a justified text runs to the width
    —: the next line opens a paragraph, even in lower case ("… de la presente resolución," / "y
    destacando la necesidad …", a paragraph of its own that opens with its conjunction, after a page
    break that hides the blank line). The widths are the lines as printed, marks and all."""
    k = i - 1
    if c.doc is None or c.lines[k].number in c.doc.spread:
        return None
    if not c.fin[k]:
        return True if _unspread_before_number(c, i) else None
    first = c.view(i).split(None, 1)
    return True if first and len(c.view(k).rstrip()) + 1 + len(first[0]) <= c.full else None


def _unspread_before_number(c: Lines, i: int) -> bool:
    """unspread-before-number: in flat text that was justified, an unfinished line of words left short of the full
    width and not widened, before a line that opens with a number or label, ended its block — every wrapped line of
    a justified text is widened to the width —: a title without punctuation over a numbered paragraph, too long to
    have stopped short ("بعثة الاتحاد الأفريقي الانتقالية في الصومال …" / "1 - يشير …", "Budget estimates for …" /
    "2. Decides …"). (A line exactly as wide as the full line needs no widening, and says nothing.)"""
    k = i - 1
    if not c.opener[i] or c.widths[k] >= c.full or " " not in c.view(k).strip():
        return False
    # (Not before an item of a list printed inline, "… (a) the maintenance …" / "lights, … and" / "(b) the work …":
    # a line the extractor did not widen is no title there; inline-enumeration reads the item on.)
    if _inline_item(c, i):
        return False
    assert c.doc is not None
    c.doc.fired("unspread-before-number", c.lines[i].number)
    return True


def clause_prefix_continues(c: Lines, i: int) -> bool | None:
    """clause-prefix-continues: in wrapped text with neither indents nor blank lines, a line that opens with a
    head after a prefix the language table says joins a clause to the one before ("并强调指出…", "and
    stresses…": the table's openings.clause_prefixes) goes on with its paragraph — a clause opens so
    inside a paragraph, a paragraph never does — even after a finished line where the wrap or a page
    break fell ("…第70/1号决议，" / "并强调指出必须落实这一宏伟新议程，"). A number or label still opens."""
    if c.opener[i] or opening(c.lang, c.view(i)) is None:
        return None
    return True if _prefix_after_rest(c, i) or _prefix_after_list(c, i) else False


# clause-prefix-after-list: a list set in its paragraph's line ("…：(a) …；(b) …；") has at least this many labels
# (one label after a colon may be a reference, "(a) above"; two in sequence from the first are a list)
LIST_IN_LINE_MIN = 2
# an item's label inside a line, after the colon that announces the list or the semicolon that ends an item
_LABEL_IN_LINE = re.compile(r"[{}]\s*(\(?\w{{1,3}}\))\s".format(re.escape(punctuation("colon", "semicolon"))))


def _prefix_after_list(c: Lines, i: int) -> bool:
    """clause-prefix-after-list: a line that opens with a clause prefix and a head ("并强调指出…") opens a paragraph of
    its own after a paragraph's line that holds a lettered list and ends with its last item's semicolon ("认识到……：
    (a) …；…；(f) …；" / "并强调指出所有相关利益攸关方都需要建设性地参与这些活动，"): the UN sets the words after a
    preambular paragraph's list as a paragraph of its own (clause-prefix-after-rest reads the same after the rest of
    such a paragraph a page cut). Served: text of one block to a line (block extractors of Chinese text) where the
    paragraph and its list stand on one line. Read as the list's going on, the paragraph was lost into the one
    before."""
    k = i - 1
    if k < 0 or c.view(k).rstrip()[-1:] not in _SEMICOLONS:
        return False
    labels = _LABEL_IN_LINE.findall(c.view(k))
    found = positions(labels) if len(labels) >= LIST_IN_LINE_MIN else None
    if found is None or found[1][:LIST_IN_LINE_MIN] != list(range(1, LIST_IN_LINE_MIN + 1)):
        return False
    if c.doc is not None:
        c.doc.fired("clause-prefix-after-list", c.lines[i].number)
    return True


def _prefix_after_rest(c: Lines, i: int) -> bool:
    """clause-prefix-after-rest: a line that opens with a clause prefix and a head ("并强调指出…") opens a paragraph of
    its own after the rest of a paragraph a page cut — a finished line on its page's top that went on with the paragraph
    before — that is known to have ended its block: in text of one block to a line, as a block extractor cuts a
    paragraph in two only where a page breaks, and no page broke between the rest and the line after; in wrapped text,
    where the rest stopped short of the width, as the wrap fills every line of a paragraph but its last. The UN sets
    such a paragraph after a preambular paragraph's lettered list ("…：(a) …；(f) …；" / "并强调指出所有相关利益攸关方
    …，", "and stressing …", a paragraph of its own), as conjoined-after-rest reads it in scripts with case. (Where the
    text shows its pages, the rest must stand on a page's first line; in text of blocks that shows none, the rest is
    known by having gone on with the line before.)"""
    k = i - 1
    if k < 1 or not c.fin[k] or c.shapes.page_start[i]:
        return False
    # (The rest is on its page's first line — or, in text of blocks that shows no pages, went on with the line before.)
    unprinted = not c.mode.unwrapped and not any(c.shapes.page_start) and _unprinted_rest(c, k)
    if not (c.shapes.page_start[k] or (c.mode.unwrapped and not any(c.shapes.page_start)) or unprinted):
        return False
    if c.starts_new(k):
        return False
    if not c.mode.unwrapped and not unprinted and c.widths[k] > c.short:
        return False
    if c.doc is not None and not (unprinted and _numbered_paragraph(c, k)):
        c.doc.fired("clause-prefix-after-unprinted-rest" if unprinted else "clause-prefix-after-rest",
                    c.lines[i].number)
    return True


def _unprinted_rest(c: Lines, k: int) -> bool:
    """clause-prefix-after-unprinted-rest: for clause-prefix-after-rest, in flat text of blocks that shows no pages —
    its full line wider than any printed one, its full lines ending clauses (a block extractor's lines, one block to a
    line, which the layout did not take for one paragraph to a line: some of its blocks are short) —, line k is the
    rest of a paragraph a page cut when the line before it ran wider than any printed line unfinished ("认识到……联合
    行动构" / "想；(e)……；(f)……；"): no wrap leaves such a line, and the extractor cut the block there, at a page
    only. The rest must be the class's own, the end of a preambular paragraph's lettered list — it ends with a
    semicolon, or it or the cut line holds items' labels after a colon or a semicolon (_LABEL_IN_LINE) — and no wider
    than the full line: a rest wider may be a whole page cut again at its end, and a rest that ends with a comma is a
    paragraph's middle, before which the clause prefix goes on with the paragraph (clause-prefix-continues)."""
    if k < 1 or c.fin[k - 1] or not c._blocks_unprinted():
        return False
    if c.widths[k - 1] <= c.full or c.widths[k] > c.full:
        return False
    # (The class's own evidence, the preambular paragraph's lettered list: the rest ends with its last item's semicolon,
    # or the rest or the cut line holds items' labels after a colon or a semicolon. A rest that ends with a comma, no
    # list's, is a paragraph's middle: the clause prefix after it goes on with the paragraph, as the table promises.)
    return c.view(k).rstrip()[-1:] in _SEMICOLONS or bool(_LABEL_IN_LINE.search(c.view(k - 1) + " " + c.view(k)))


def _numbered_paragraph(c: Lines, k: int) -> bool:
    """For clause-prefix-after-unprinted-rest's trace: whether line k's paragraph opens with a paragraph number (on its
    first line, or alone on the line before it) — an operative paragraph, which the classify stage joins the clause
    prefix's line to again: the rule's answer there changes no reading, and the trace does not say it decided."""
    j = k
    while j > 0 and not c.starts_new(j):
        j -= 1
    number = c.lang.paragraph_number
    return number.match(c.view(j)) is not None or (j > 0 and number.fullmatch(c.view(j - 1).strip()) is not None)


def cut_ending_continues(c: Lines, i: int) -> bool | None:
    """cut-ending-continues: in a script without spaces, a line without punctuation that ends with a function word
    a clause never ends with (the table's openings.cut_endings: Chinese "以", "并", "的", "再次") was cut inside its
    sentence — by a page, or a block extractor that split the paragraph — and the line after goes on with it, even
    where it opens with a paragraph's head or follows a blank line ("…提供技术援助以" / blank / "支持国家警察…，",
    "…的内容，再次" / "呼吁…"): no paragraph or title ends on such a word. A number or label still opens. Only a
    line that holds a clause's comma before its end: a title holds none, and a word of two ideographs may end with
    such a one ("公众参与", "埃及", "目的", "可以")."""
    # (Serves text of blocks, one to a line or set apart by blank lines, whose paragraphs a page cut; in wrapped
    # text an unfinished line goes on anyway, and the rule only agrees.)
    view = c.view(i - 1).rstrip()
    if c.opener[i] or c.fin[i - 1] or not view.endswith(c.lang.openings.cut_endings):
        return None
    return False if any(ch in _COMMAS for ch in view) or _cut_ending_after_head(c, i, view) else None


def _cut_ending_after_head(c: Lines, i: int, view: str) -> bool:
    """cut-ending-after-head: cut-ending-continues reads on a line that holds no clause's comma where it opens with a
    paragraph's head and a page's notes or furniture stand after it: a page cut the paragraph inside its first clause
    ("回顾…就第8(j)条和有关条款通过的" / notes / "决定、…") — a title opens with no head verb, and the lifted lines
    say a page ended there, not the paragraph (a word that ends with such a character, "参与", "埃及", ends a title,
    not a paragraph opened by a head). (Text of blocks of a script without spaces, a page cut in a paragraph's first
    clause.)"""
    if opening(c.lang, view) is None or not _lifted_between(c, i):
        return False
    if c.doc is not None:
        c.doc.fired("cut-ending-after-head", c.lines[i].number)
    return True


def head_clause_cut_continues(c: Lines, i: int) -> bool | None:
    """head-clause-cut-continues: in text of blocks (one to a line, or set apart by blank lines) of a script without
    spaces, a line without punctuation that opens with a paragraph's head and holds a clause's comma before its end
    (openings.head_with_clause), with lines lifted out of the flow after it — a page's notes or furniture, which
    stand at its foot and head —, is the first half of a paragraph the page cut mid-clause, and the line after goes
    on with it, even where it opens with a paragraph's head ("意识到…，并回顾" / notes / "指出需保护…，"): a title holds
    no head verb and no clause; read apart, the first half was taken for a heading among the preambular paragraphs.
    Where nothing stands between, the line may as well be a paragraph that lost its final comma before one that opens
    with a head ("…提供安全" / "支持后，…" cannot tell): left to the rules after. And pages end at a paragraph's end
    as often as inside one: the lifted lines say only that a page ended, so the first half's last clause must be
    left open, a head verb waiting for its object or a function word (clause_left_open); a paragraph that lost its
    final comma ends with a whole clause, and the next paragraph opens after it. A number or label still opens.
    (cut-ending-continues reads the lines that end with a function word, whatever opens them.)"""
    view = c.view(i - 1).rstrip()
    if c.opener[i] or c.fin[i - 1] or not head_with_clause(c.lang, view) or not clause_left_open(c.lang, view):
        return None
    return False if _lifted_between(c, i) else None


def _lifted_between(c: Lines, i: int) -> bool:
    """Whether lines lifted out of the flow (a page's notes, its furniture) stand between line i-1 and line i."""
    if c.doc is None or c.lines[i].number - c.lines[i - 1].number < 2:
        return False
    raw = c.raw_lines()
    return any(t.strip() for t in raw[c.lines[i - 1].number:c.lines[i].number - 1])


def number_alone_line_opens(c: Lines, i: int) -> bool | None:
    """number-alone-line-opens: a line whose number stood alone on its input line, joined to the text under it by the
    flow (number-alone-joins, number-alone-by-count: text-box and block extractions give a number, which a tab parts
    from its text, as a box of its own), opens its paragraph though the line before is unfinished — the last
    preambular paragraph of a short text, cut before its comma ("… abordar los asuntos pendientes" / "1." / "Pone de
    relieve …"), or one whose comma the source lost. The flow read the number as a paragraph's, not a note's mark nor
    the running text's, by its count and the text under it; no running text sets a number alone on a line of its own
    before its sentence goes on. So too at the margin of a text that indents, where number-opens reads a number as an
    inline enumeration that wrapped: a short text whose few lines are all set in but the numbers (the preambular
    paragraph's first line in, "1." at the numbers' column, its text in again, as PDF text of a hanging number gives
    it) shows the numbers' column as its margin, and an enumeration's label never stands alone on a line. (Left to
    the other rules, the number and its paragraph ran into the line before, silently, and the operative paragraph
    was lost into the preamble.)"""
    if not c.opener[i] or not c.numbers[i] or c.doc is None:
        return None
    n = c.lines[i].number
    raw = c.raw_lines()
    if not 0 < n <= len(raw):
        return None
    # (a number parted from its stop by a space, "1 .", as footnotes.number_alone reads it; footnotes reads
    # blocks: imported when asked)
    from .footnotes import _PARTED_ALONE

    alone = raw[n - 1].strip()
    m = c.lang.paragraph_number.match(alone)
    if not (_PARTED_ALONE.match(alone) or (m is not None and m.end() == len(alone))):
        return None
    if len(c.view(i).strip()) <= len(alone):
        return None
    c.doc.fired("number-alone-line-opens", n)
    return True


def page_break_opens(c: Lines, i: int) -> bool | None:
    """page-break-opens: a page break hides the blank line or indent; a finished paragraph followed
    by a line that opens like one is the only evidence left. After a comma — a preambular paragraph's
    end, or a clause's where the page break cut the paragraph ("… the United Nations system," / page /
    "Indigenous Peoples and other actors …") — a capital says nothing: there the line must open with
    a number, a label or a paragraph's head (where the table knows the text's heads)."""
    if not (c.shapes.page_start[i] and not c.mode.indent and c.phrases):
        return None
    if not c.ended(i):
        return _head_after_short_page_end(c, i) or _head_after_unfinished_block(c, i)
    view = c.view(i)
    if (not c.opener[i] and _last_char(c, i - 1) in _COMMAS and c.heads_known()
            and not starts_with_head(c.lang, view)):
        return _conjoined_after_page(c, i) or _short_page_end_unspaced(c, i)
    if _head_inside_list_after_page(c, i):
        return False
    return opens(c.lang, view) or _lowercase_head_after_page(c, i) or _parallel_item_after_page(c, i)


def _head_inside_list_after_page(c: Lines, i: int) -> bool:
    """head-inside-list-after-page: head-inside-list on a page's first line — a line that opens with a paragraph's
    head in lower case after a list's item whose page's last line ran to the width and ended with a clause's comma,
    the next labelled line that list's next item ("ix) включать обучение … на протяжении всей жизни," / page /
    "принимая во внимание передовую практику …;" / "x) осуществлять …"), goes on with the item: a page breaks inside
    an item as anywhere, and no paragraph stands between two items of one list. (page-break-opens, asked first, read
    the head after the comma as a new paragraph, an unnumbered operative one that took the list's later items.)"""
    if head_inside_list(c, i) is not False:
        return False
    if c.doc is not None:
        c.doc.fired("head-inside-list-after-page", c.lines[i].number)
    return True


def _head_after_short_page_end(c: Lines, i: int) -> bool:
    """head-after-short-page-end: in wrapped text, a page's last line that did not finish its clause but stopped short
    of the width, before a page's first line that opens with a paragraph's head, ended its paragraph — a paragraph
    whose last comma the text lost ("… los países en desarrollo de ingreso mediano" / page / "Poniendo de relieve
    …"): a paragraph the page cut runs to the width on its page's last line. head-after-short-line reads the same
    shape on a page's inside lines; page-break-opens, which asks a finished line, read it as going on."""
    # (Wrapped text only: in text of blocks a line is as long as its paragraph or the half a page cut, and its
    # length says nothing — head-after-unfinished-block reads that text.)
    if not (c.wraps() and not c.mode.unwrapped and c.phrases and c.heads_known()
            and starts_with_head(c.lang, c.view(i)) and not starts_with_head(c.lang, c.view(i - 1))
            and c.stopped_short(i - 1)):
        return False
    if c.doc is not None:
        c.doc.fired("head-after-short-page-end", c.lines[i].number)
    return True


def _head_after_unfinished_block(c: Lines, i: int) -> bool:
    """head-after-unfinished-block: in text of blocks (each paragraph a line, or the two halves a page cut), a block
    that did not finish its clause, before one that opens with a paragraph's head and its capital, ended its
    paragraph — a paragraph whose last comma the text lost ("Reconociendo … de ingreso mediano" / "Poniendo de
    relieve …"): a page cuts a paragraph anywhere, but a head with its capital ("Poniendo", "Recalling") stands
    inside no sentence. Not after a conjunction or a comma ("… y" / "Recordando …" is a cut the text cannot
    mistake), nor where heads open in lower case (Russian: "… отмечая" goes on inside a sentence). In a script
    without case, a head verb after an adverb that opens a clause only at a paragraph's start tells as a capital does
    (adverb-head-after-unfinished-block: "… 2000" / "وإذ تلاحظ …", a paragraph the UN left without its final comma;
    inside a sentence such a clause follows a comma), and is told as a guess (text-boundary-guessed)."""
    view = c.view(i)
    if (c.wraps() or not c.phrases or c.fin[i - 1] or c.opener[i] or c.lang.openings.lower_case
            or not (view[:1].isupper() or _adverb_head(c, i)) or not starts_with_head(c.lang, view, known=True)):
        return False
    last = c.view(i - 1).rstrip().rsplit(None, 1)[-1:]
    if not last or last[0].casefold() in c.lang.continues_after or last[0][-1:] in _COMMAS:
        return False
    if not view[:1].isupper():
        c.adverb_headed = i  # (a guess: guessed.note tells it)
    if c.doc is not None:
        c.doc.fired("head-after-unfinished-block" if view[:1].isupper() else "adverb-head-after-unfinished-block",
                    c.lines[i].number)
    return True


def _adverb_head(c: Lines, i: int) -> bool:
    """adverb-head-after-unfinished-block: in text of blocks of a script without case, line i opens with an adverb of
    openings.paragraph_adverbs ("وإذ") and a head verb of openings.first_words ("تلاحظ"): a paragraph's head
    (head-after-unfinished-block asks the rest)."""
    view = c.view(i)
    words = view.split(None, 2)
    o = c.lang.openings
    # (text of blocks only, its lines wider than any printed one: in printed lines a page's head stands between, and
    # the page rules read it. Only an adverb that opens no clause inside a sentence — "وإذ", not "وقد" or "إذ",
    # which go on inside one ("… 2037 وقد أصبحت …") — and a head verb of the table after it: a page cuts a sentence
    # anywhere, and such a cut must not read as a paragraph's end.)
    return (len(words) > 1 and c.full >= UNPRINTED_FULL and view[:1].lower() == view[:1].upper()
            and fold_word(words[0]) in o.paragraph_adverbs and fold_word(words[1]) in o.first_words)


def _parallel_item_after_page(c: Lines, i: int) -> bool:
    """parallel-item-after-page: a page's first line that opens the next item of a list of parallel items
    (parallel-item: a day and a date, "четверг, 30 мая — …" after "среда, 29 мая — …;") opens it, as it would
    on any other line: the page break hid nothing the items' shape does not tell, and opens() asks for a
    capital or a paragraph's head, which such an item in lower case lacks (a conference's schedule, its last
    day at the top of a page)."""
    if not _parallel_item(c, i):
        return False
    if c.doc is not None:
        c.doc.fired("parallel-item-after-page", c.lines[i].number)
    return True


def _lowercase_head_after_page(c: Lines, i: int) -> bool:
    """lowercase-head-after-page: where paragraphs open in lower case (Russian), a page's first line that opens with a
    known head of the table — a first word of openings.first_words: an operative verb ("постановляет утвердить …", the
    one unnumbered paragraph of a short resolution), an adverb before a gerund the table lacks ("вновь обращаясь к …")
    — after a finished line opens a paragraph: the page break hid the blank line or indent, and opens() asks for an
    opening phrase, which in lower case needs a gerund of lowercase_heads, so the paragraph was read as going on.
    (PDF text of the Security Council's and the General Assembly's Russian resolutions, a page break between two
    paragraphs.)"""
    view = c.view(i)
    if not (c.lang.openings.lower_case and view[:1].islower() and starts_with_head(c.lang, view)
            and adverb_leads_head(c.lang, view)):
        return False
    if c.doc is not None:
        c.doc.fired("lowercase-head-after-page", c.lines[i].number)
    return True


def _conjoined_after_page(c: Lines, i: int) -> bool:
    """conjoined-head-after-page: in wrapped text, a line on a page's first line that opens in lower case with a
    conjunction and a paragraph's head ("y destacando …", "et soulignant …") opens a paragraph of its own when the
    line before the page break, ending with a comma, stopped short: a paragraph the page cut runs to the width on
    its page's last line, and a short line there ended its paragraph (the UN's wrap-up of a preambular
    paragraph's lettered list, set as a paragraph: "… f) la presentación … de la presente" / "resolución," / page /
    "y destacando la necesidad …,"). conjoined-head-opens reads such a line on no page's first line."""
    # (Only where lines wrap: in text of one paragraph to a line a short line says nothing of a page's cut.)
    if c.mode.unwrapped or not c.wraps() or c.widths[i - 1] > c.short or not _conjunction_head(c, i):
        return False
    if c.doc is not None:
        c.doc.fired("conjoined-head-after-page", c.lines[i].number)
    return True


def _short_page_end_unspaced(c: Lines, i: int) -> bool:
    """short-page-end-opens: in wrapped text of a script without spaces, a page's first line opens a paragraph when
    the page's last line before it, ending with a comma, stopped short: a paragraph the page cut runs to the width on
    its page's last line (a script without spaces wraps anywhere, so every wrapped line is full), and a short line
    there ended its paragraph — "…以及处境脆弱者，" / page / "对联合国…的结论表示震惊，", a preambular paragraph whose
    opening phrase (a frame, "对…表示震惊") the table does not know as a head. In a script with spaces a known head or
    a conjunction and a head tells it (conjoined-head-after-page); without spaces the line's length is the evidence
    left, a new paragraph's opening phrase as often unknown to the table as not."""
    if c.lang.script.spaced or c.mode.unwrapped or not c.wraps() or c.widths[i - 1] > c.short:
        return False
    if c.doc is not None:
        c.doc.fired("short-page-end-opens", c.lines[i].number)
    return True


# A line that holds only a closing quote (or several) and the clause's punctuation after it: "»", "” ;", "».".
_CLOSING_ALONE = re.compile(rf"^[{re.escape(_CLOSING_QUOTES)}]+ ?[{re.escape(_CLAUSE_END)}]?$")


def closing_alone(c: Lines, i: int) -> bool | None:
    """closing-quote-alone-continues: a line that holds only a closing quote, its clause's punctuation after it or
    not ("»" under "b. … en Haïti ;"), goes on with the line before: the quote closes the text a paragraph quotes
    (a paragraph replaced "by the following: « … »"), which the text writer or the wrap put on a line of its own
    after the quoted text's last item. It opens nothing — no paragraph, item or heading starts with a closing quote
    — and read apart it became a heading of the next paragraph, the quoted text left unclosed. (None: the line is
    not of that shape.)"""
    if i == 0 or _CLOSING_ALONE.match(c.view(i).strip()) is None:
        return None
    return False


def lowercase_continues(c: Lines, i: int) -> bool | None:
    """lowercase-continues: where each paragraph is a line or lines are set apart by blank lines
    (paragraph-block extractions), a line that starts in lower case after an unfinished one is
    the rest of a paragraph a page break cut (its notes, the page's foot and head between). A note's mark
    that opens the line is read past (mark-first-lowercase)."""
    text = _past_lead_mark(c.view(i))
    # (a label "e)" opens by itself)
    if not text[:1].islower() or c.opener[i]:
        return None
    if c.fin[i - 1] and not _comma_ends(c, i - 1):
        return False if _colon_in_open_quote(c, i - 1) or _quoted_comma_cut(c, i) else None
    if _conjunction_ends(c, i):
        return True
    if _stands_alone(c, i - 1) and not _item_after_colon(c, i):
        return None
    if c.fin[i - 1] and _conjoined_head(c, i):
        return True
    if c.fin[i - 1] and c.doc is not None:
        c.doc.fired("lowercase-after-comma", c.lines[i].number)
    # (Where paragraphs open in lower case, a paragraph head is no continuation.)
    if c.lang.openings.lower_case and starts_with_head(c.lang, text):
        return None
    if c.fin[i - 1] and c.lang.openings.lower_case and not c.cut_seen():
        _joined_over_lifted(c, i)  # (_headless let it through on the lifted lines alone)
    _trace_lead_mark(c, i)
    return False


def _trace_lead_mark(c: Lines, i: int) -> None:
    """mark-first-lowercase, in the trace: lowercase-continues joined line i, read past the note mark that opens it."""
    if c.doc is not None and c.view(i)[:1] == PRINTED_MARK:
        c.doc.fired("mark-first-lowercase", c.lines[i].number)


def _past_lead_mark(view: str) -> str:
    """mark-first-lowercase: a line's view past the note marks that open it — a mark set apart after the last word
    of a page, which the wrap put first on the next page's first line ("… (Treaty of Tlatelolco)," / page break /
    "7 the South Pacific …", the marks stage having found the "7" for note 7's mark): the line opens with the word
    after the mark, and a word in lower case there goes on with the paragraph as any other (lowercase-continues).
    (Text of blocks set apart by blank lines, whose page breaks show as blank lines: in wrapped text a line break
    joins the mark to its paragraph anyway.) The view of a line that opens with no mark is returned as it is."""
    if view[:1] != PRINTED_MARK:
        return view
    return view.lstrip(PRINTED_MARK + " ")


def _conjoined_head(c: Lines, i: int) -> bool:
    """conjoined-head-opens: in blocks set apart by blank lines, or one to a line, whose page breaks show (the
    page's foot and head between), a block in lower case that opens with a conjunction and a paragraph's head ("et
    soulignant …", "y destacando …", "and stressing …"), after a block ending with a comma, on no page's first
    line, opens a paragraph of its own: the UN's wrap-up of a preambular paragraph's lettered list, set as a paragraph
    ("Reconnaissant … : a) …, b) …, f) …," / "et soulignant la nécessité …,"). A paragraph is cut in two
    blocks only by a page, and no page broke here."""
    if not (c.shapes.gap[i] or c.mode.unwrapped) or c.shapes.page_start[i] or not _conjunction_head(c, i):
        return False
    if any(c.shapes.page_start):
        name = "conjoined-head-opens"
    elif _after_rest(c, i):
        name = "conjoined-after-rest"
    else:
        return False
    if c.doc is not None:
        c.doc.fired(name, c.lines[i].number)
    return True


def _after_rest(c: Lines, i: int) -> bool:
    """conjoined-after-rest: where page breaks do not show (an extractor that drops the pages' heads and feet), a
    block that is the rest of a paragraph a page cut stands at the top of a page — and the block right after it on
    that same page (a block is shorter than a page): a block there in lower case that opens with a conjunction and a
    paragraph's head ("… comme le prévoit le paragraphe 9 de la présente résolution," / "et soulignant …") was cut by
    no page, and opens a paragraph of its own, as conjoined-head-opens reads it where pages show."""
    k = i - 1
    return k > 0 and (bool(c.shapes.gap[k]) or c.mode.unwrapped) and not c.starts_new(k)


def _conjunction_head(c: Lines, i: int) -> bool:
    """Whether line i opens with a conjunction (continues_after) and a paragraph's head: "et soulignant" — read past a
    note's mark that opens the line (mark-first-lowercase)."""
    words = _past_lead_mark(c.view(i)).split(None, 1)
    # (The head asked for as it opens a paragraph, with its capital.)
    return (len(words) == 2 and words[0] in c.lang.continues_after
            and starts_with_head(c.lang, words[1][:1].upper() + words[1][1:], known=True))


def _colon_in_open_quote(c: Lines, k: int) -> bool:
    """colon-in-open-quote: line k ends with a colon inside a quotation it opened and did not close (a
    title cut after its colon: 'titulada "Transformar nuestro mundo:' / 'la Agenda 2030 para el Desarrollo
    Sostenible", …', "entitled “Transforming our world:" / "the 2030 Agenda …"): the colon ends no
    paragraph — the quotation is still open — and the line in lower case after it is the rest of the
    paragraph a page break cut there. (Quotes of a pair counted apart: Arabic opens with ” and closes
    with “; a straight quote opens when it stands an odd number of times.)"""
    view = c.view(k).rstrip()
    if not view.endswith(_COLONS):
        return False
    if not (view.count('"') % 2 or any(view.count(o) != view.count(e) for o, e in _QUOTE_PAIRS)):
        return False
    if c.doc is not None:
        c.doc.fired("colon-in-open-quote", c.lines[k + 1].number)
    return True


def _quoted_comma_cut(c: Lines, i: int) -> bool:
    """quoted-comma-cut-continues: line i - 1 opens with a quote (a text the paragraph quotes after its colon: "… on
    the following question:" / "“Having particular regard to …, the International Covenant …,"), ends with a comma,
    and leaves its quotation open (_quotation_left_open: its own pair's closing mark missing): the quoted text goes
    on — a quoted passage ends at its closing quote —, and the line in lower case after it ("the United Nations
    Framework Convention …") is its rest, a page break cut it at a clause's comma. Not where paragraphs open in
    lower case (ru): there the lower case is no evidence — a paragraph after a quotation a source slip left open
    ("«… маяков?»" misprinted without its », then "также просит …") reads the same, and the head table cannot
    tell every opening ("также просит", "в этой связи призывает") —: the other rules decide, as before. Serves
    block extractions (one paragraph to a line, or blocks apart by blank lines) of paragraphs that quote a question
    or a text over a page break."""
    if c.lang.openings.lower_case:
        return False
    view = c.view(i - 1).strip()
    if not view.startswith(_QUOTES_OPENING) or _last_char(c, i - 1) not in _COMMAS:
        return False
    if not _quotation_left_open(c, view):
        return False
    if c.doc is not None:
        c.doc.fired("quoted-comma-cut-continues", c.lines[i].number)
    return True


def _quotation_left_open(c: Lines, view: str) -> bool:
    """quoted-comma-cut-continues: the quotation a line opens with is still open at its end — counted by the pair
    of its own opening mark in the script's direction (opening_pairs), so that quotes nested inside it, whatever
    their marks (Russian „…“ inside «…», where “ closes), count for nothing: «… „О маяках“ …?», is closed. A
    straight quote opens and closes alike: left open where the line holds an odd number of them."""
    first = view[:1]
    if first == '"':
        return view.count('"') % 2 == 1
    closing = dict(opening_pairs(c.lang.script.name)).get(first)
    return closing is not None and view.count(first) > view.count(closing)


def _conjunction_ends(c: Lines, i: int) -> bool:
    """conjunction-ends-line: an item on a line of its own (it opens with its label) that ends with its
    clause's semicolon and the word joining it to what follows ("(d) … 2244 (2015)); y", "(b) …; and")
    is finished, as conjunction-ends-item reads it: the line in lower case after it ("confirma que …")
    is no half of a paragraph a page break cut, but a paragraph of its own (the list's wrap-up)."""
    k = i - 1
    if not c.opener[k] or (c.mode.gaps and not c.shapes.gap[i]):
        return False
    words = c.view(k).rstrip().rsplit(None, 1)
    if len(words) < 2 or words[1].casefold() not in c.lang.continues_after or words[0][-1:] not in _SEMICOLONS:
        return False
    if c.doc is not None:
        c.doc.fired("conjunction-ends-line", c.lines[i].number)
    return True


def _last_char(c: Lines, k: int) -> str:
    """The last character of line k's clause: closing quotes and note marks after it not counted (mark-after-comma:
    "… Agenda 21,⁵" ends with its comma, as "… Agenda 21," does — the mark printed after the clause's punctuation,
    a page's notes between it and the rest of its paragraph)."""
    end = c.view(k).rstrip()
    if end[-1:] == PRINTED_MARK:
        stripped = end.rstrip(PRINTED_MARK + " ")
        if c.doc is not None and stripped[-1:] in _COMMAS:
            c.doc.fired("mark-after-comma", c.lines[k + 1].number if k + 1 < len(c.lines) else c.lines[k].number)
        end = stripped
    return end.rstrip(_CLOSING_QUOTES)[-1:]


def _comma_ends(c: Lines, k: int) -> bool:
    """lowercase-after-comma: line k ends with a comma — a preambular paragraph's end, or a clause's
    where a page break cut the paragraph ("… Sustainable Development Goals," / "notably Goal 3 …"): no
    paragraph opens in lower case after it (nor after its notes, the page's foot and head) — but in
    languages whose paragraphs open in lower case, whose heads the table may lack."""
    if _last_char(c, k) not in _COMMAS or not c.heads_known():
        return False
    if c.lang.openings.lower_case and not _headless(c, k + 1):
        return False
    # A cut paragraph's first half opens with its number, label or head: a line that opens a paragraph
    # and starts like none ("the … ," between blank lines, text of one paragraph to a line) is no such
    # half, and the lower-case line after it opens a paragraph of its own.
    return (not (k == 0 or c.starts_new(k)) or bool(c.opener[k]) or starts_with_head(c.lang, c.view(k))
            or _lower_over_lifted(c, k))


def _joined_over_lifted(c: Lines, i: int) -> None:
    """no-head-over-lifted-lines, where lowercase-continues joins line i to the paragraph above after a comma: recorded
    where the join is made (not where _headless only looked), and told (text-boundary-guessed, guessed.note): the lifted
    lines say only that a page broke there, and a page breaks at a paragraph's end as often as inside one — a
    paragraph that opens with a phrase before its head ("в этой связи с удовлетворением отмечая …") reads the same."""
    c.lifted_joins.add(i)  # (a guess: guessed.note tells it)
    if c.doc is not None:
        c.doc.fired("no-head-over-lifted-lines", c.lines[i].number)


def _lower_over_lifted(c: Lines, k: int) -> bool:
    """lowercase-over-lifted-lines: for lowercase-after-comma, a block that opened in lower case and ends with a
    comma is a cut paragraph's first half too where lines lifted out of the flow stand under it — a page's notes or
    furniture, a cover item printed late — and the next opens in lower case: those lines say a page broke there, and
    the lower-case line is the rest the page cut off ("y, en el contexto de …," / "Distr. general …" / "a que apoye
    …:", the words a list's items go on with between two of them). Between blank lines alone such a block may be a
    line that opens like no paragraph, and the lower-case line after it opens a paragraph of its own. (Text of blocks
    whose cover items or notes stand in the flow.)"""
    if c.view(k)[:1].islower() and _lifted_between(c, k + 1):
        if c.doc is not None:
            c.doc.fired("lowercase-over-lifted-lines", c.lines[k + 1].number)
        return True
    return False


# A word shorter than this is a preposition or particle ("в", "не"), whatever it ends with.
HEAD_WORD_MIN = 3


def _headless(c: Lines, i: int) -> bool:
    """no-head-after-comma: where paragraphs open in lower case, whose table may lack a head,
    a line none of whose first words ends as a head's word does (the table's openings.head_endings:
    gerunds, "признавая", "ссылаясь", "заслушав") opens no paragraph — "в том числе детьми, …",
    "связанных с такими факторами, …" after a clause's comma are the rest of a paragraph a page break
    cut (lowercase-after-comma) — in a text where a page break is seen to cut a paragraph elsewhere,
    mid-sentence (cut_seen: a text of one paragraph to a line as the text writer prints it cuts none, and
    its paragraphs may open with any word).
    no-head-over-lifted-lines: so too in a text where no such cut is seen elsewhere, where lines lifted out of the
    flow stand between the two — a page's notes, its furniture, a cover item printed late —: a page broke right there,
    and a line that opens as no head does is the rest it cut ("… и уровнями," / notes / "Distr.: General" /
    "необходимыми для того, чтобы …"). The join is a guess, told (text-boundary-guessed): a page breaks at a
    paragraph's end too, and a paragraph may open with a phrase before its head ("в этой связи … отмечая").
    (Block extractions of a language whose paragraphs open in lower case, pages unseen, notes and late cover items in
    the flow; read apart, the rest was a preambular paragraph of its own, one too many, told the same way.)"""
    endings = c.lang.openings.head_endings
    if not endings:
        return False
    seen = c.cut_seen()
    if not seen and not _lifted_between(c, i):
        return False
    words = c.view(i).split(None, LOWERCASE_LEAD_WORDS + 1)[:LOWERCASE_LEAD_WORDS + 1]
    if any(len(word.rstrip(_PHRASE_END)) >= HEAD_WORD_MIN and ends_as_head(c.lang, word) for word in words):
        return False
    # (no-head-over-lifted-lines is recorded and told where lowercase-continues makes the join: _joined_over_lifted)
    if seen and c.doc is not None:
        c.doc.fired("no-head-after-comma", c.lines[i].number)
    return True


def cut_paragraph_continues(c: Lines, i: int) -> bool | None:
    """cut-paragraph-continues: where each paragraph is a line or lines are set apart by blank lines
    (paragraph-block extractions), a line after an unfinished one that opens with no number, label or
    known paragraph head (a word of the table's first_words; in scripts without case, a known opening
    phrase) is the rest of a paragraph a page break cut, though it starts with a capital or a digit
    ("… qui empêchent" / "Jérusalem-Est, …", "… of 4 December" / "1986, which …")."""
    text = c.view(i)
    if text[:1].islower() or c.opener[i] or _stands_alone(c, i - 1):
        return None
    # A bullet or dash item ("- улучшать …" under the title item "c) Содействие …") opens with a label
    # too, though no opener (a dash may also wrap onto a line start): left to the rules after.
    if label(c.lang, text) is not None:
        return None
    # (Only where the table fits the text: without any known head, no head says nothing.)
    if starts_with_head(c.lang, text) or not c.heads_known():
        return None
    if c.fin[i - 1] and _comma_prefix_over_notes(c, i):
        return None
    if (c.fin[i - 1] and not _colon_cut(c, i) and not _digits_cut(c, i) and not _comma_over_notes(c, i)
            and not _item_colon_over_notes(c, i) and not _headless_rest_after_comma(c, i)):
        return None
    if c.doc is not None and opens_with_lookalike(c.lang, text):
        c.doc.fired("head-lookalike", c.lines[i].number)
    return False


def unseen_page_cut(c: Lines, i: int) -> bool | None:
    """unseen-page-cut-continues: in wrapped text whose paragraphs stand apart by blank lines, where the page break does
    not show (an extraction that dropped the pages' heads and feet and draws a page break as blank lines: a
    PDF-to-Markdown tool), a line a blank line opens with no number, label or known paragraph head, after an unfinished
    line that ran to the width (the next line's first word had no room on it: the wrap cut it), is the rest of the
    paragraph an unseen page break cut ("… support for this issue of States" / blank / "Members of the United Nations,
    …", "…普遍存在" / blank / "，并认识到…"): a paragraph's last line finishes its clause, and a heading's last line
    does not run to the width. So is it after any unfinished line where lines lifted out of the flow stand between
    them — a page's notes, the cover's items printed late: notes-cut-continues. (In a script with case, a line in
    lower case is lowercase-continues'; a page break that shows is the page rules'.)"""
    if c.shapes.page_start[i] or c.fin[i - 1] or c.opener[i]:
        return None
    text = c.view(i)
    # (nor next to a part's label alone on its line, "A", which ends nothing and is no paragraph's rest: round thirty's
    # property test — a text of one paragraph to a line, too few lines to tell that they do not wrap)
    if text.strip() in c.lang.part_labels or c.view(i - 1).strip() in c.lang.part_labels:
        return None
    if text[:1].islower() or label(c.lang, text) is not None or starts_with_head(c.lang, text) or not c.heads_known():
        return None
    if _notes_cut(c, i):
        return False
    if c.room_for_next(i - 1):
        return None
    if c.doc is not None:
        c.doc.fired("unseen-page-cut-continues", c.lines[i].number)
    return False


def pages_unseen(c: Lines) -> bool:
    """unseen-pages-only: for unseen-page-cut-continues, whether the text shows none of its pages — no running head or
    job number's page foot past the cover (a number alone may be a note's marker under the footnote rule) —, as a
    PDF-to-Markdown extraction, a block extraction and a text of bare pages (page breaks alone) give it: only there
    does a page break cut a paragraph unseen. Where running heads or feet stand, the page rules see each break, and a
    line that ran to the width before a blank line is a heading's first line or a number alone over one ("六" /
    "人权理事会…特别" / "报告员"), which the rule read as a paragraph's rest. A Markdown extraction is read so
    whatever it shows: its tool keeps a running head on one page and drops it on the next, where a page cuts a
    paragraph unseen ("…阿拉" / two blank lines / "伯监察员网络…" — the honest draw of round thirty-one)."""
    if c.doc is None or c.doc.pages_unseen or c.doc.markdown:
        return True
    if not c._unseen_told:  # (traced once: at the first line it kept the rule from)
        c._unseen_told = True
        c.doc.fired("unseen-pages-only", c.lines[0].number)
    return False


def _notes_cut(c: Lines, i: int) -> bool:
    """notes-cut-continues: for unseen-page-cut-continues, whether lines lifted out of the flow — a page's notes, the
    cover's items printed late — stand between line i and the unfinished line before it: they stand at a page's foot,
    which the page's notes say ended there though no furniture shows it ("… the implementation of the 2030" / notes /
    "Agenda, and invited …"), whatever room the line before had left."""
    if c.doc is None or not _lifted_between(c, i):  # (c.doc for mypy: _lifted_between asks it too)
        return False
    c.doc.fired("notes-cut-continues", c.lines[i].number)
    return True


def _comma_over_notes(c: Lines, i: int) -> bool:
    """comma-over-notes: in text of blocks whose pages' heads and feet were dropped, a line that opens with no number,
    label or known head after one ending with a comma, with lines lifted out of the flow between them — a page's
    notes, which stand at its foot —, is the rest of the paragraph the page cut after a clause, as page-break-opens
    reads a capital after a comma where the page break shows ("… Financing for Development,⁹" / notes / "Agenda
    2063 adopted by the African Union, …"): a name the page cut from its clause."""
    if c.doc is None or _last_char(c, i - 1) not in _COMMAS or not _lifted_between(c, i):
        return False
    c.doc.fired("comma-over-notes", c.lines[i].number)
    return True


def _comma_prefix_over_notes(c: Lines, i: int) -> bool:
    """comma-prefix-over-notes: in text of blocks (Chinese), a line after a finished one that opens with a prefix of the
    table set off by a comma, then a known head ("在这方面，回顾…", in this regard, recalling), is a paragraph's start,
    though a page's notes stand between the lines and the line before ends with a comma (comma-over-notes would run it
    on): a block opens at a paragraph's start or where a page cut it, and a head after "in this regard," opens
    paragraphs as the UN writes them; the head test (starts_with_head) reads no head after a comma, since inside
    wrapped text the wrap may set such a clause at a line's start (prefixes-before-head). The cut reading is then
    read as two paragraphs: no data is lost, the paragraphs' count differs."""
    if _last_char(c, i - 1) not in _COMMAS or not _lifted_between(c, i) or not comma_prefix_head(c.lang, c.view(i)):
        return False
    if c.doc is not None:
        c.doc.fired("comma-prefix-over-notes", c.lines[i].number)
    return True


def _headless_rest_after_comma(c: Lines, i: int) -> bool:
    """comma-rest-without-head: in text of blocks whose page breaks do not show (no furniture, no notes between), a
    finished line that opens with no number, label or known head, in a script without case, after a block ending
    with a comma, is the rest of the paragraph a page cut after a clause ("وإذ يؤكد … في مجال التنمية،" / "وخبراء
    المنارات، والجمهور …،"): a preambular paragraph ends with a comma as a clause does, so only its head tells, and
    in a script without case the table's heads open the UN's preambular paragraphs (where none opens the line, no
    capital or lower case says more). A title has no final punctuation (read by the heading rules); the finished
    rest ends as its paragraph does, and a line whose second word is a head opens a paragraph whose first word the text
    misspelt ("وإذا يلاحظ …"). (A block extractor's text of Arabic resolutions, a page cut after a comma.)"""
    text = c.view(i)
    if not (c.fin[i] and _last_char(c, i - 1) in _COMMAS and text[:1].lower() == text[:1].upper()
            and text[:1].isalpha() and c.lang.script.spaced):
        return False
    # (A head as the second word opens a paragraph whose first word the text misspelt or the table lacks,
    # "وإذا يلاحظ" for "وإذ يلاحظ": the head still tells.)
    second = text.split(None, 1)[1:]
    if second and starts_with_head(c.lang, second[0]):
        return False
    if c.doc is not None:
        c.doc.fired("comma-rest-without-head", c.lines[i].number)
    return True


def _item_colon_over_notes(c: Lines, i: int) -> bool:
    """item-colon-over-notes: in text of blocks, a line that opens with a digit and no number, label or known head after
    an item's line (its label first) that ends with a colon, a page's notes between them, is the rest of that item,
    which the page cut after its colon: a budget's item names its object, a colon, then its amount ("b) services de
    sûreté et de sécurité à l'Office des Nations Unies à Vienne :" / notes / "16 135 800 dollars ;"). The notes say a
    page broke there; a list that the item's colon announced would open with labels of its own, and no paragraph opens
    with a digit but a numbered one."""
    if not (c.view(i)[:1].isdigit() and _last_char(c, i - 1) in _COLONS
            and label(c.lang, c.view(i - 1)) is not None and _lifted_between(c, i)):
        return False
    if c.doc is not None:
        c.doc.fired("item-colon-over-notes", c.lines[i].number)
    return True


def _digits_cut(c: Lines, i: int) -> bool:
    """digits-cut: in text of blocks, a line that opens with a digit and no paragraph number after a line that ends
    with a clause's punctuation and digits — finished() takes them for a note's mark — is the rest of that line's
    paragraph, cut inside a number ("…人数有所增加，20" / "21年有…", a year cut in two where no space parts it; "… of
    Agenda 21, 5" / "1986, which …"): no paragraph opens with a digit but a numbered one."""
    prev = c.view(i - 1).rstrip()
    if not c.view(i)[:1].isdigit():
        return False
    if not (prev[-1:].isdigit() and _TRAILING_NUMBER.search(prev)):
        return _digits_after_comma(c, i)
    if c.doc is not None:
        c.doc.fired("digits-cut", c.lines[i].number)
    return True


def _digits_after_comma(c: Lines, i: int) -> bool:
    """digits-after-comma: digits-cut reads so a line that opens with a number after a block that ends with a number
    (or a symbol and its part's letter, symbol-letter-in-list) and its comma: a page cut a list of numbers after one
    of its commas ("… las resoluciones 49/28, …, 72/73," / "72/249, 73/124 y 76/72, y, …"; "… 2139 (2014)," / "2165
    (2014) du …"). The line's number goes on with the list:
    a comma, a bracketed year (the plainest shape, read silently), or a conjunction or a word in lower case (read so,
    but told: text-boundary-guessed) — never a head of the table, a capital or an ideograph after it, where it is a
    paragraph number without its stop ("1 Encourages …") or a paragraph opening with a year ("2040年是…").
    (Text of blocks whose page breaks do not show.)"""
    if not _LIST_END.search(c.view(i - 1).rstrip()):
        return False
    number = _LIST_NUMBER.match(c.view(i))
    rest = c.view(i)[number.end():] if number is not None else ""
    rest = _symbol_letter(c, i, rest)
    if rest[:1] == "" or rest[:1] not in _COMMAS:
        words = rest.split(None, 1)
        if not (rest[:1].isspace() and words and _list_word(c, words[0])):
            return False
        c.guessed_joins.add(i)  # (a guess: guessed.note tells it)
    if c.doc is not None:
        c.doc.fired("digits-after-comma", c.lines[i].number)
    return True


# symbol-letter-in-list: the part's letter after a symbol at a line's start, read only where the list's comma follows
# it ("75/245 B, de …"); "74/255 A y B, …" and "75/245 B of 16 April …" (no comma after the letter) are not read so.
_SYMBOL_LETTER = re.compile(rf" [{_PART_LETTERS}](?=[{re.escape(''.join(punctuation('comma')))}])")


def _symbol_letter(c: Lines, i: int, rest: str) -> str:
    """symbol-letter-in-list: for digits-after-comma, a list's number that is a resolution's symbol followed by its
    part's letter and the list's comma ("… 75/245 A, de 31 de diciembre de 2020," / "75/245 B, de 16 de abril de
    2021, …", a list of resolutions an unseen page cut after one of its commas) goes on with the list as a number
    and its comma do: the letter is the symbol's own (a capital after a number opens no paragraph's text, and a
    paragraph's number has no letter). The letter is a capital of the Latin or the Cyrillic script ("92/245 С,"), and
    the block before may end with such a letter too ("… 92/245 В," / "92/245 С, 93/240 и 94/551,": _LIST_END). Not read
    so: "74/255 A y B, …" and a letter with no comma after it ("75/245 B of 16 April …", the English and Russian
    style). The rest after the letter is returned, else rest as it is."""
    m = _SYMBOL_LETTER.match(rest)
    if m is None:
        return rest
    if c.doc is not None:
        c.doc.fired("symbol-letter-in-list", c.lines[i].number)
    return rest[m.end():]


def _list_word(c: Lines, word: str) -> bool:
    """digits-after-comma: a word after a list's number that goes on with the list — a conjunction of the table, or a
    word in lower case that opens no paragraph ("81/30 of …")."""
    return word in c.lang.continues_after or (word[:1].islower() and not starts_with_head(c.lang, word))


def _colon_cut(c: Lines, i: int) -> bool:
    """colon-before-capital: in text of blocks, a line that opens with no number, label or known head after
    a block that ends with a colon and opened with a paragraph's head but no number or label — a preambular
    paragraph, which announces no items of its own — is the rest of that paragraph, a page break having cut
    it after the colon inside a title ("… the report entitled 2020 State of Climate Services:" / notes /
    "Risk Information and Early Warning Systems, noting …"). (Items announced by a colon follow a
    numbered paragraph: announced-items.)"""
    k = i - 1
    prev = c.view(k).rstrip()
    # (A capital only: a quotation after the colon — "… the following question:" / "“Having regard …" — is
    # left to the rules after, as is a line in a script without case.)
    if not (prev.endswith(_COLONS) and c.view(i)[:1].isupper()) or c.opener[k] or not starts_with_head(c.lang, prev):
        return False
    if c.doc is not None:
        c.doc.fired("colon-before-capital", c.lines[i].number)
    return True


def _item_after_colon(c: Lines, i: int) -> bool:
    """colon-item-not-heading: in text of blocks set apart by blank lines, a short unfinished block right under a
    block that ends with a colon ("… will address the following themes:" / "Panel 1: Accelerating multisectoral
    actions to ensure equitable") is the first of the things the colon announces, no heading standing alone: a line
    in lower case under it ("high-quality people-centred care, …;") is its rest, which a page cut from it (pages
    unseen). Where paragraphs open in lower case, a line that opens with a paragraph's head is left as it was, and
    so is one that does not end as the colon's items do (a semicolon or a full stop): a preambular paragraph ends
    with a comma, and one that opens with a phrase before its head ("в этой связи … отмечая …,") reads like a rest.
    Read as a heading, the block was dropped (text-heading-dropped) and its rest read as a paragraph of its
    own. (One paragraph to a line is heading-before-cut-rest's.)"""
    k = i - 1
    # (between blocks set apart by blank lines: one paragraph to a line, heading-before-cut-rest reads it)
    if (k < 1 or c.mode.unwrapped or not c.shapes.gap[i] or c.fin[k]
            or not c.view(k - 1).rstrip().endswith(tuple(punctuation("colon")))):
        return False
    if c.lang.openings.lower_case and (starts_with_head(c.lang, c.view(i)) or not _ends_as_item(c, i)):
        return False
    if c.doc is not None:
        c.doc.fired("colon-item-not-heading", c.lines[i].number)
    return True


def _ends_as_item(c: Lines, i: int) -> bool:
    """colon-item-not-heading: whether line i ends as a colon's items do, with a semicolon or a full stop (closing
    quotes and a note's mark after it not counted)."""
    end = c.view(i).rstrip().rstrip(PRINTED_MARK + " ").rstrip(_CLOSING_QUOTES)
    return end[-1:] in _ITEM_ENDS


def _stands_alone(c: Lines, k: int) -> bool:
    """Whether line k is a part label ("B"), a part's title after its label, or a short heading that
    opens like no paragraph (no number or label, no known head): after these a paragraph may open in
    lower case. A cut paragraph's first half opens with its number or head ("Recalling its …")."""
    labels = c.lang.part_labels
    text = c.view(k)
    if text.strip() in labels:
        return True
    if c.widths[k] > c.short or text[:1].islower() or c.opener[k]:
        return False
    if k > 0 and c.view(k - 1).strip() in labels:
        return True
    return (not starts_with_head(c.lang, text) and not _too_long_to_stand(c, k) and not _quoted_head(c, k)
            and not _joining_word_end(c, k))


# joining-word-not-alone: a line of one word is left alone — a part's letter, "С", that continues_after holds as a
# preposition (review, round thirty-seven) —, and so is a last word of one letter, "a", "y", "и": a label may end a line
# so, "subparagraph a", as block-too-long-ends-open reads it.
JOINING_MIN_WORDS = 2
JOINING_MIN_LETTERS = 2


def _joining_word_end(c: Lines, k: int) -> bool:
    """joining-word-not-alone: in text of blocks (one paragraph to a line, or apart by blank lines), a line of two
    words or more that ends with a word after which a line goes on — a conjunction or a preposition of the table's
    continues_after ("… ومن الساعة 16:00 إلى" / "الساعة 18:00؛", "… from 4 p.m. to" / "6 p.m.;") — is no heading
    standing alone: no title ends with "and" or "to". It is the first half of a paragraph or item the page or the
    extractor cut there, and the line after it, opening with no number, label or head, is its rest. In a script
    without case nothing else told it, and read as a heading, the item lost its first half to a title and its rest
    became an item of its own. (The constants above leave short lines alone.) In a script with case, a title may end
    with a preposition ("Activities the keepers agreed on" over an entry): there the line after must open with a digit
    or in lower case ("6 p.m.;") — what no entry under a title does (review, round forty-three)."""
    words = c.view(k).split()
    if (len(words) < JOINING_MIN_WORDS or len(words[-1]) < JOINING_MIN_LETTERS
            or fold_word(words[-1]) not in c.lang.continues_after):
        return False
    after = c.view(k + 1).lstrip()[:1] if k + 1 < len(c.lines) else ""
    if c.lang.script.cased and not (after.isdigit() or after.islower()):
        return False
    if c.doc is not None:
        c.doc.fired("joining-word-not-alone", c.lines[k].number)
    return True


# comma-number-after-counter: a number and a comma at a line's start, as a paragraph number typed with a comma.
_COMMA_NUMBER = re.compile(r"\d{1,4},\s")
_COUNTED_DIGITS = 3  # label-after-counted-number: a paragraph's or article's number (not a year's four digits)
_LIST_LOOKBACK = 8  # label-after-counted-number: how far up an item of the same list is looked for
# What opens a quotation, in every script (and the straight quote texts typed so give).
_QUOTES_OPENING = (*punctuation("opening_quotes"), '"')


def _quoted_head(c: Lines, k: int) -> bool:
    """quoted-head-not-alone: an unfinished line that opens with a quote and then a paragraph's head of the table
    ("«постановляет, что в течение …", "“Decides that, for a period …") is the first line of a paragraph quoted in
    full — the text an operative paragraph puts in place of an earlier resolution's —, never a heading standing
    alone: a line in lower case after it is its rest, which the block extractor parted from it ("… с даты принятия"
    / "настоящей резолюции все государства-члены …"). Taken for a heading, the rest became a paragraph without a
    number, one too many. (Resolutions that amend an earlier one's paragraph, in text of blocks.)"""
    text = c.view(k)
    if (c.fin[k] or not text.startswith(_QUOTES_OPENING) or k + 1 >= len(c.lines)
            or not c.view(k + 1)[:1].islower() or not starts_with_head(c.lang, text.lstrip("".join(_QUOTES_OPENING)))):
        return False
    if c.doc is not None:
        c.doc.fired("quoted-head-not-alone", c.lines[k + 1].number)
    return True


def _too_long_to_stand(c: Lines, k: int) -> bool:
    """block-too-long-for-heading: in text of blocks, where a short line (SHORT_LINE of the longest) may run to
    hundreds of characters, an unfinished line longer than any heading (LONG_HEADING_MAX) that opens with no head
    — a quotation's opening mark, a name — is no heading standing alone: a line in lower case after it is its rest,
    which a page cut ("Decides … the following question:" / "“Having particular regard to the Charter …, the" /
    "principle of prevention of significant harm …:"). Taken for a heading, the quotation's two halves were read
    as two paragraphs. (Resolutions that quote a long question or text, in a block extractor's text.)"""
    if c.fin[k] or k + 1 >= len(c.lines) or c.widths[k] <= HEADING_MAX:
        return False
    if not (c.widths[k] > LONG_HEADING_MAX and c.view(k + 1)[:1].islower() or _long_block_ends_open(c, k)
            or _capital_rest(c, k + 1)):
        return False
    if c.doc is not None:
        c.doc.fired("block-too-long-for-heading", c.lines[k + 1].number)
    return True


def _capital_rest(c: Lines, i: int) -> bool:
    """block-too-long-capital-rest: block-too-long-for-heading reads a line that opens with a capital as the rest of
    an unfinished block longer than a heading (HEADING_MAX) where paragraphs open in lower case (the table's
    openings.lower_case) and the line, no number, label or known head, ends with a clause's punctuation (a
    comma, a semicolon, a colon), as no heading does: a page cut a quotation before a name ("«Исходя, в частности, …
    Конвенции" / "Организации Объединенных Наций по морскому праву, …,"). No paragraph opens with a capital there,
    and no heading ends so. (Resolutions that quote a long question, in a block extractor's text of a language whose
    paragraphs open in lower case; read apart, the block was a heading and its rest a preambular paragraph.)"""
    text = c.view(i).rstrip()
    if (not c.lang.openings.lower_case or not text[:1].isupper() or c.opener[i]
            or text[-1:] not in _PHRASE_END or starts_with_head(c.lang, text)):
        return False
    if c.doc is not None:
        c.doc.fired("block-too-long-capital-rest", c.lines[i].number)
    return True


def _long_block_ends_open(c: Lines, k: int) -> bool:
    """block-too-long-ends-open: block-too-long-for-heading reads the line after an unfinished block longer than a
    heading (HEADING_MAX; a long title of a budget resolution runs near LONG_HEADING_MAX, but ends on its noun) as its
    rest whatever its case where the block ends on a word after which a sentence goes on (the table's continues_after,
    as written: "… la Convención Marco de las Naciones Unidas sobre el" / "Cambio Climático, …"): a page cut it before
    a name, which opens with its capital. No heading ends so (title-ends-closed). (Resolutions that quote a long
    question or text, in a block extractor's text whose page breaks do not show.)"""
    words = c.view(k).rsplit(None, 2)
    # (Not a word of one letter, "a", "y", "à", nor one after a number: a label — "paragraph 3, subparagraph a" —
    # may end a block so.)
    if not (words and len(words[-1]) > 1 and words[-1] in c.lang.continues_after and c.lang.script.spaced):
        return False
    if len(words) > 1 and any(ch.isdigit() for ch in words[-2]):
        return False
    if c.doc is not None:
        c.doc.fired("block-too-long-ends-open", c.lines[k + 1].number)
    return True


# A part's title under its label runs over a few lines at most.
PART_TITLE_LINES = 4


def part_label_alone(c: Lines, i: int) -> bool | None:
    """part-label-alone: in flat text (neither indents nor blank lines), a part's label on a line of its
    own ("A", "ألف" after a finished line) stands alone: the line after it opens the part's title, and
    the first line after the title that opens with a number or a known paragraph head opens the part's
    first paragraph — the title and the label end with no punctuation, and without this the label, the
    title and the paragraph ran together into one preambular paragraph (the part never read). Serves
    resolutions adopted in parts (A, B…) laid out as flat PDF text."""
    labels = c.lang.part_labels
    if c.view(i - 1).strip() in labels:
        return True if i < 2 or c.fin[i - 2] else None
    if not (c.opener[i] or starts_with_head(c.lang, c.view(i))):
        return None
    head_below: int | None = None  # (part-title-ends-at-head)
    for k in range(i - 1, max(0, i - 1 - PART_TITLE_LINES), -1):
        if c.fin[k] or c.opener[k]:
            return None
        if k and c.view(k - 1).strip() in labels and (k < 2 or c.fin[k - 2]):
            if head_below is not None:
                _title_ended_at_head(c, head_below)
                return None
            return True
        if starts_with_head(c.lang, c.view(k)):
            head_below = k
    return None



_FULL_STOPS = frozenset(punctuation("full_stop"))

# section-label-stop-alone: what each label alone (lone_labels) was read as, the sequence counting only those that
# opened a section: none (an item of a list, a label inside a sentence or a reference: "chap." / "I."), opened (this
# rule's), told (label-alone-after-clause-told), bare (main's own label without a stop, "II": counted as opened, never
# taken by this rule, which asks for the stop).
_NONE, _OPENED, _TOLD, _BARE = 0, 1, 2, 3


def lone_labels(lg: Lang, lines: list[Line]) -> list[tuple[int, int, int, int]]:
    """section-label-stop-alone: each line that holds a section's or part's label alone, with its stop or none ("II.",
    "II", "B."), as (line, table, place, read): table 0 the section labels, 1 the part labels (a label of both
    tables, "I", has an entry in each unless its section's entry is opened or told), read what it was read as
    (_OPENED, _TOLD, _NONE: label_read; _BARE without a stop)."""
    found: list[tuple[int, int, int, int]] = []
    for k, ln in enumerate(lines):
        text = (ln.view if ln.marks else ln.text).strip()
        if not text or len(text) > _LABEL_ALONE_MAX:
            continue
        stopped = text[-1] in _FULL_STOPS
        text = text[:-1] if stopped else text
        above = "" if k == 0 else (lines[k - 1].view if lines[k - 1].marks else lines[k - 1].text).rstrip()
        taken = False
        for table, labels in enumerate((lg.section_labels, lg.part_labels)):
            if text in labels and not taken:  # (a line opened or told as a section's is no part's)
                place = labels.index(text)
                read = _BARE if not stopped else label_read(lg, found, above, table, place)
                taken = read != _NONE
                found.append((k, table, place, read))
    return found


def label_read(lg: Lang, found: list[tuple[int, int, int, int]], above: str, table: int, place: int) -> int:
    """What a label with its stop alone is read as (lone_labels), by the line above and the labels found above it:
    opened after a full stop that ends no reference ("… of lighthouses." / "I.", never "… (A/91/10), chap." / "I.":
    the language's endnotes.not_after) where it is the first of its table or the next after the last label that
    opened a section; told after a comma or semicolon where it is the next after the last label opened or told (not
    after a list's item) or, after a comma, the first of its table with none of it above, and after a full stop
    where it is the next after a label told. A part's labels are
    counted after the last section's label (a section's parts start again at "A"); a line that holds a section's
    label ends the walk back as a section's ("I." is also the ninth part's label)."""
    last_opened, last_any, last_read = _labels_above(found, table)
    end = above[-1:]
    if end in _FULL_STOPS:
        words = above.rsplit(None, 1)
        if words and fold_word(words[-1]) in lg.endnote_not_after:
            return _NONE
        if place == last_opened + 1:
            return _OPENED
        # (the next after a label told, "…," / "I." … "… waters." / "II.": told too, its section as unsure)
        return _TOLD if place >= 1 and place == last_any + 1 and last_read == _TOLD else _NONE
    if end in _COMMAS | _SEMICOLONS:
        if place >= 1 and place == last_any + 1 and last_read != _NONE:
            return _TOLD
        if place == 0 and last_any == -1 and end in _COMMAS:
            return _TOLD
    return _NONE


def _labels_above(found: list[tuple[int, int, int, int]], table: int) -> tuple[int, int, int]:
    """For label_read: the place of the last label of the table that opened a section, the place of the last label
    of the table and what it was read as (-1 where none); for a part's label, only those after the last section's
    label opened or told."""
    last_any = last_read = -1
    for _, tab, k, read in reversed(found):
        if table == 1 and tab == 0 and read != _NONE:
            break  # (a section opened or told: its parts start again)
        if tab == table and last_any == -1:
            last_any, last_read = k, read
        if tab == table and read in (_OPENED, _BARE):
            return k, last_any, last_read
    return -1, last_any, last_read


# The longest line a label alone holds: a section's label in words ("الحادي عشر") and its stop.
_LABEL_ALONE_MAX = 16


def _label_read(c: Lines, i: int, read: int) -> int | None:
    """The place in its table of line i's label alone read as read (lone_labels), or None."""
    at = bisect_right(c.lone_labels, (i, -1, -1, -1))
    return next((place for line, _, place, r in c.lone_labels[at:at + 2] if line == i and r == read), None)


def stopped_label(c: Lines, i: int) -> int | None:
    """section-label-stop-alone: whether line i holds a section's or part's label with its stop alone ("II.", "B.":
    the table's section or part labels and a full stop of the punctuation table) that opens a section by
    lone_labels' reading: after a full stop that ends no reference word, the first of its table where no label
    opened one above, or the next after the last label that opened a section (list items and labels inside a
    sentence are not counted) — a part's label counted after the last section's. Its place in its table, or None."""
    return _label_read(c, i, _OPENED)


def label_after_stop(c: Lines, i: int) -> bool:
    """section-label-stop-alone's test, which headings.py's label_alone asks as well: line i is a section's label
    with its stop, in sequence, after a line that ends with a full stop (stopped_label), in the body of wrapped PDF
    text (a text of one paragraph to a line sets the label on its own line already)."""
    return i > 0 and c.phrases and not c.mode.unwrapped and stopped_label(c, i) is not None


def label_after_clause_told(c: Lines, i: int, new: bool) -> None:
    """label-alone-after-clause-told: a line holding only a section's label and its stop under a line that ends with
    a clause's comma or semicolon, the next in sequence after a label opened or told above ("II." after "I."), or
    after a comma the first of its table ("…," / "I."): the label may open the next section (section-label-stop-alone
    reads it so only after a full stop) or be an item's label inside the clause, as a list's items are set alone
    ("…;" / "II." / "…"). Not after a colon (a list opens there) nor after a list's item. The line is noted here
    (it only looks: the reading is kept), and classify tells it once, at its end, where it was read as other than a
    heading — the paragraph's rest, an item, a wrap-up or a preambular paragraph (tell_labels_after_clause).
    (Resolutions in sections labelled with a stop, in flat or set-in PDF text.)"""
    del new  # (whatever the line-start rules decided: classify tells what it was read as)
    if c.doc is None or not c.phrases or c.mode.unwrapped or i == 0 or _label_read(c, i, _TOLD) is None:
        return
    c.doc.labels_after_clause[c.lines[i].number] = c.view(i).strip()


def label_read_on_message(n: int, view: str) -> str:
    """label-alone-after-clause-told's warning."""
    return (f"line {n} ({view!r}) is a section's label alone after a clause's comma or semicolon, the first or next "
            "in sequence, or next after such a label (label-after-clause): read as part of a paragraph, not as a "
            "heading; it may open a section")


def section_label_stop_alone(c: Lines, i: int) -> bool | None:
    """section-label-stop-alone: in PDF text, a line holding only a section's label and its stop ("I.", "II.", "A.")
    after a line that ends with a full stop opens a section's heading where the label is the first of its table or
    the next after the last label read (stopped_label): a finished sentence, then a label in sequence alone, is no
    clause going on. Without it the label ran into the paragraph before ("… of lighthouses. I."), the section's
    first label into the preamble, silently. Not after a comma or a semicolon: there a label alone may be a list's
    item inside its clause ("…;" / "II." / "Keepers …" in an enumeration of a paragraph), which is read as before and
    told (label-alone-after-clause-told). (Resolutions in sections labelled with a stop, in flat or set-in PDF text.)"""
    return True if label_after_stop(c, i) else None


def _title_ended_at_head(c: Lines, k: int) -> None:
    """part-title-ends-at-head: for part-label-alone, a line under the title's first line that opens with a known
    paragraph head (line k) opened the part's first paragraph — the title ended above it —, so a line after it that
    opens with a label or a number is inside that paragraph, not the paragraph's start: a reference's label the wrap
    set at a line's start ("… in paragraph 23" / "(c) of its Plan of Implementation, …"). Refused, the title ran on
    over the paragraph's first line (the heading run read it as the title's last line, before a line that opens like
    an item), and the paragraph lost it, its rest read as a paragraph of its own. (Resolutions adopted in parts, each
    with its label and title, in flat PDF text.)"""
    if c.doc is not None:
        c.doc.fired("part-title-ends-at-head", c.lines[k].number)


def part_formula_alone(c: Lines, i: int) -> bool | None:
    """part-formula-alone: in a resolution whose parts each open with their own label (and title) and formula
    (segment's part-title-before-formula: "A" / "Information in the service of humanity" / "The General
    Assembly," — the General Assembly publishes such resolutions as collections, A/RES/77/128 A-B), a
    line that is the formula alone stands alone, in every layout: it opens its own block, and the part's
    first paragraph opens after it. The label and title stand flush above it and the formula is set flush
    too, so where paragraphs are told by their indent, the label, title, formula and the first preambular
    paragraph ran together into one paragraph (the part never read)."""
    if part_formula(c, i):
        return True
    return True if part_formula(c, i - 1) else None


def part_formula(c: Lines, i: int) -> bool:
    """Whether line i is a part's formula alone (see part-formula-alone), in a resolution whose parts
    carry their formulas: the formula as printed — not in lower case, as a wrapped paragraph's "the
    General Assembly," would be — after a line that was no paragraph's wrapped line (a label, a title's
    last line: finished or stopped short)."""
    view = c.view(i).strip()
    return (c.doc is not None and c.doc.seg.parts_carry_formulas and not view[:1].islower()
            and (i == 0 or bool(c.fin[i - 1]) or c.widths[i - 1] <= c.short or c.room_for_next(i - 1)
                 or _under_part_title(c, i))
            and c.lang.body_by_formula(view) is not None)


def _under_part_title(c: Lines, i: int) -> bool:
    """formula-after-part-title: the formula stands right under a part's title, however far the title's last
    line ran ("B" / "United Nations global communications policies and activities", nearly a full line in a
    narrow layout / "The General Assembly,"), when a part's label alone on its line, after a finished line or
    opening the body, heads the few unfinished lines above it (PART_TITLE_LINES, none a number or a label): a
    label and a title are no paragraph that could wrap onto a line that is the formula alone."""
    assert c.doc is not None
    labels = {*c.lang.part_labels, *(LATIN_PARTS if symbol_part(c.doc) else ())}
    for k in range(i - 1, max(-1, i - 2 - PART_TITLE_LINES), -1):
        if c.view(k).strip() in labels:
            if k == i - 1 or not (k == 0 or c.fin[k - 1]):
                return False
            if i not in c._titled:
                c._titled.add(i)
                c.doc.fired("formula-after-part-title", c.lines[i].number)
            return True
        if c.fin[k] or c.opener[k]:
            return False
    return False


def number_opens(c: Lines, i: int) -> bool | None:
    """number-opens: a number or label at a line start after a finished line opens a paragraph —
    unless the document indents its paragraphs and this line is not indented: then it is an
    inline enumeration that wrapped ("… b) la violence psychologique ;" / "d) la maltraitance …")."""
    if c.opener[i] and (c.fin[i - 1] or _question_ends(c, i) or _number_in_sequence(c, i)
                        or _head_in_sequence(c, i) or _label_after_closer(c, i)) and not (
            c.mode.indent and c.shapes.indents[i] <= c.mode.margin and not c.shapes.page_start[i]
            and not _tab_after_number(c, i)):
        return not (inline_enumeration(c, i) or _label_closes_bracket(c, i) or inline_list_at_text_column(c, i))
    return None


def _tab_after_number(c: Lines, i: int) -> bool:
    """number-tab-at-margin: a number or label at the margin of a text that indents, parted from its text by a tab kept
    as spaces ("      1 -    يؤكد …"), opens its paragraph after a finished line as an indented one does: an inline
    enumeration the wrap cut stands one space from its text. UN print as pdftotext -layout gives it, every line set
    in — a short text whose paragraphs are each one line leaves no line at the page's margin, and the numbers' column
    is the text's margin. (Not a line whose spaces justified text widened.)"""
    if not c.hang_columns(i) or (c.doc is not None and c.lines[i].number in c.doc.spread):
        return False
    if c.doc is not None:
        c.doc.fired("number-tab-at-margin", c.lines[i].number)
    return True


def _label_closes_bracket(c: Lines, i: int) -> bool:
    """label-closes-bracket: a label closed by its bracket alone ("3)", "b)") at a line's start, after a line that left
    a round bracket open — its last "(" closed by no ")" after it —, closes that bracket: the wrap cut a reference
    inside its brackets ("… selon les termes de l'article 12 (par." / "3) du Statut,"), and an abbreviation's full
    stop made the line before look finished. No list's item opens inside a bracket its paragraph left open. (Wrapped
    text of any layout: a reference's space is an ordinary one in many texts.)"""
    view = c.view(i).lstrip()
    first = view.split(None, 1)[0] if view else ""
    if not first.endswith(")") or "(" in first:
        return False
    prev = c.view(i - 1)
    opened = prev.rfind("(")
    if opened < 0 or ")" in prev[opened:]:
        return False
    if c.doc is not None:
        c.doc.fired("label-closes-bracket", c.lines[i].number)
    return True


def _head_in_sequence(c: Lines, i: int) -> bool:
    """number-head-in-sequence: a paragraph number at a line's start, as the table writes it, that follows the number
    of the paragraph before and is followed by a paragraph's head of the table ("4 - يقرر كذلك …" after paragraph 3)
    opens its paragraph though the line before, of an item, is unfinished: the last item of a list the paragraph gave
    without punctuation ("’4‘ دعم تعبئة المساعدة … في بناء السلام", the Security Council's lists of tasks), whose line
    ran to the width, so that no room left on it tells the item ended. No running text puts a number, the table's
    paragraph-number punctuation and a head verb at a line's start; a number of the running text is neither in
    sequence nor followed so."""
    n = c.numbers[i]
    if n < 2 or c.fin[i - 1]:
        return False
    m = c.lang.paragraph_number.match(c.view(i))
    if m is None or not starts_with_head(c.lang, c.view(i)[m.end():], known=True):
        return False
    # (The unfinished line is an item's, its block opened by a label: after a paragraph's own lines, a line there may
    # be a title over the number or the sentence going on, number-after-heading's to tell.)
    item = next((k for k in range(i - 1, -1, -1) if c.opener[k]), None)
    if item is None or c.numbers[item]:
        return False
    if next((c.numbers[k] for k in range(item - 1, -1, -1) if c.numbers[k]), 0) != n - 1:
        return False
    if c.doc is not None:
        c.doc.fired("number-head-in-sequence", c.lines[i].number)
    return True


# number-in-sequence: how many lines on the next numbered paragraph is looked for (a long paragraph, its items).
SEQUENCE_LOOKAHEAD = 200


def _number_in_sequence(c: Lines, i: int) -> bool:
    """number-in-sequence: in flat text, the number 1 at a line's start after an unfinished line, itself after a line
    ending with a comma, opens the first operative paragraph where no paragraph number stands before it and the next
    one is 2 — though the line before ran to the width: a title of one line over the operative part, after the last
    preambular paragraph's comma, as long as a full line ("بعثة الاتحاد الأفريقي … ومكتب الأمم المتحدة لتقديم الدعم
    في الصومال" / "1 - يشير …", the Security Council's subject headings), where nothing else tells it from a wrapped
    line. (number-after-heading reads no title of one line after a comma: among numbered paragraphs, the line may
    be the sentence going on, and its number one of the running text, "12-4 …"; but the preamble's paragraphs all
    end with a comma, and a running number 1 the wrap put at a line's start, with no number before it and 2 next, is
    seldom the first paragraph's.) (Not in justified text: there unspread-before-number tells the title by its
    spaces.)"""
    if not (c.numbers[i] == 1 and c.mode.flat and i > 1 and c.view(i - 2).rstrip()[-1:] in _COMMAS):
        return False
    if c.doc and c.doc.spread and not _full_unwidened(c, i - 1):
        return False
    if any(c.numbers[k] for k in range(i - 1, -1, -1)):  # (from i back: stops at the nearest number)
        return False
    after = next((c.numbers[k] for k in range(i + 1, min(len(c.lines), i + SEQUENCE_LOOKAHEAD)) if c.numbers[k]), 0)
    if after != 2 and not (after == 0 and _only_number_heads(c, i)):
        return False
    if c.doc is not None:
        c.doc.fired("number-in-sequence-full-width" if c.doc.spread else "number-in-sequence", c.lines[i].number)
    return True


def _only_number_heads(c: Lines, i: int) -> bool:
    """number-in-sequence, in a text of one operative paragraph (a short text: the paragraph 1 and the closing), where
    no 2 follows to say the 1 opens a sequence: the number is followed by a paragraph's head of the table ("1 - يشير
    …", "1. Decides …") and no number at all stands after it — no running text puts a number, the table's
    paragraph-number punctuation and a head verb at a line's start."""
    if any(c.numbers[k] for k in range(i + 1, len(c.lines))):
        return False
    m = c.lang.paragraph_number.match(c.view(i))
    if m is None or not starts_with_head(c.lang, c.view(i)[m.end():], known=True):
        return False
    if c.doc is not None:
        c.doc.fired("number-in-sequence-alone", c.lines[i].number)
    return True


def _full_unwidened(c: Lines, k: int) -> bool:
    """number-in-sequence-full-width: in justified text, a line that was not widened and runs to the full width says
    nothing by its spaces — its words filled the line as they stood, as a title's may ("منع صادرات النفط غير المشروعة،
    … المكررة" / "1 - يدين …", the Security Council's subject heading over the operative part) —, and
    unspread-before-number, which reads a title by the width it stopped short of, is silent on it: there the
    number 1 in sequence opens the first operative paragraph as number-in-sequence reads it in text that is not
    justified. A widened line was wrapped, and the number after it is the running text's."""
    assert c.doc is not None
    return c.lines[k].number not in c.doc.spread and c.widths[k] >= c.full


def _question_ends(c: Lines, i: int) -> bool:
    """number-after-question: a paragraph number or an item's label at a line's start after a line that ends with a
    question mark opens its paragraph or item, as after a finished line: the question ended the item before it
    ("b) Как политика … влияют на правовой статус оккупации …?" / "19. просит Генерального секретаря …", the
    questions put to a court for an advisory opinion). (A line that ends with a question mark inside a paragraph
    is rare; an inline enumeration the wrap cut still goes on: inline-enumeration.)"""
    text = c.view(i - 1).rstrip().rstrip(_CLOSING_QUOTES)
    if text[-1:] not in _QUESTION:
        return False
    if c.doc is not None:
        c.doc.fired("number-after-question", c.lines[i].number)
    return True


# label-after-list-closer: the item before is looked for this many lines up — its wrapped lines: an item of a
# Council's list runs to five or six lines at a page's width, and the item's label line is looked for above them and
# the closer's line (more than INLINE_ITEM_LINES, which looks inside one paragraph's lines only)
CLOSER_ITEM_LINES = 8
_ITEM_SEMICOLON = re.compile(f"[{re.escape(punctuation('semicolon'))}]$")
# label-after-list-closer: a label cited before the item's semicolon ("… under paragraph 5 (a); and", "… à l’alinéa
# 5 a) ; et"), after a number or a word: the word or number before it, the label
_CITED_LABEL = re.compile(rf"(\S*?)\s*\(?[^\W\d_]{{1,5}}\)\s*[{re.escape(punctuation('semicolon'))}]$")


def _label_after_closer(c: Lines, i: int) -> bool:
    """label-after-list-closer: an item's label at a line's start after a line that ends with the item's semicolon and
    a word of the table's list_closers ("…; and" / "(b) report …", "…; ou" / "b) …"; the wrap putting the word alone
    on its line or not) opens its item where the label follows in sequence the label that opens an item's line above,
    with no paragraph number between: the list's items joined by a semicolon and a conjunction, one to a line, the
    Security Council's commonest list. A line that ends with a conjunction is unfinished to the layout, and in flat
    text nothing else told the item's start: the next item ran into the one before ("…; and (b) report …"), though
    after a plain ";" it opened. (An inline enumeration that the wrap cut has its label before inside a line, not at
    a line's start: it is not read so.)"""
    lg = c.lang
    if not lg.list_closers or (own := label(lg, c.view(i))) is None:
        return False
    words = c.view(i - 1).rstrip().rsplit(None, 1)
    if not words or fold_word(words[-1]) not in lg.list_closers:
        return False
    before = words[0] if len(words) > 1 else (c.view(i - 2).rstrip() if i > 1 else "")
    if _ITEM_SEMICOLON.search(before) is None or _label_cited_before(lg, before):
        return False
    for k in range(i - 1, max(-1, i - 1 - CLOSER_ITEM_LINES), -1):
        if c.numbers[k]:
            return False
        if c.opener[k]:
            prev = label(lg, c.view(k))
            if prev is None or not continues(prev[0], own[0]):
                return False
            if c.doc is not None:
                c.doc.fired("label-after-list-closer", c.lines[i].number)
            return True
    return False


def _label_cited_before(lg: Lang, before: str) -> bool:
    """label-after-list-closer: whether the line before the closer ends with a label cited, not an item's end — the
    label right after a number ("paragraph 5 (a);", "5(a);") or a word that a number or a label follows as a
    reference (the table's endnotes.not_after: "subparagraph (a);", "párrafo (b);"). The wrap that falls after
    "…; and" there cuts the citation ("… 5 (a); and" / "(b) above, …"): the label under it is the citation's rest,
    no item's."""
    m = _CITED_LABEL.search(before)
    if m is None:
        return False
    word = m[1].rstrip(".,")
    return word[-1:].isdigit() or fold_word(word) in lg.endnote_not_after


# An inline item is looked for this many lines up (the item before, wrapped).
INLINE_ITEM_LINES = 6
# A label inside a line: after a space, a bracket or letters, then its closing bracket — or, inline-quoted-number, a
# number between the quotes Arabic sets its items' labels in (’3‘, or straight '3' where the text's quotes are) —,
# or, inline-ideograph-label, one of the parenthesized ideographs ㈠…㈩ Chinese labels its items with, after anything:
# each is a label of its own, one character that stands for nothing else, and a Chinese text sets no space before it.
_INLINE_LABEL = re.compile(r"(?<=\s)(?:\(?[^\W\d_]{1,5}\)|(?P<quoted>[’']\d{1,2}[‘']))|(?P<ideograph>["
                           + "".join(re.escape(x) for x in numbering()["sequences"]["cjk_paren"] if len(x) == 1)
                           + "])")


def _inline_item(c: Lines, i: int, reach: int = INLINE_ITEM_LINES, own_label: str | None = None) -> bool:
    """Whether line i opens with a label (or own_label, read after a conjunction: conjoined-inline-item-at-text-column)
    whose paragraph holds, inside one of the `reach` lines above, the label before it in sequence — an item of a list
    printed inline (inline-enumeration; unspread-before-number stands back)."""
    lab = (own_label,) if own_label is not None else label(c.lang, c.view(i))
    if lab is None:
        return False
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        view = c.view(k)
        own = label(c.lang, view) if c.opener[k] else None
        if own is not None and continues(own[0], lab[0]):
            return False  # (the item before opens its own line: a list printed one item to a line)
        if (found := next((m for m in _INLINE_LABEL.finditer(view) if continues(m.group(), lab[0])
                           and not (m["ideograph"] and _cited_label(view, m.start(), c.lang, m.end()))), None)):
            if found["quoted"] and c.doc is not None:
                c.doc.fired("inline-quoted-number", c.lines[i].number)
            if found["ideograph"] and c.doc is not None:
                c.doc.fired("inline-ideograph-label", c.lines[i].number)
            return True
        if c.opener[k] or _apart(c, k):  # (the paragraph's first line: no inline label before it)
            return False
    return False


def inline_enumeration(c: Lines, i: int) -> bool:
    """inline-enumeration: in a text that does not indent its paragraphs, a label at a line's start after a
    finished line whose paragraph holds, inside a line, the label before it in sequence ("… нищеты; b)
    использование потенциала … развития;" / "c) поддержка структурных преобразований …") is an item of a
    list printed inline that the wrap cut, not a paragraph: it goes on. (Items printed one to a line
    hold the label before theirs at their own line's start, never inside the line above.)"""
    # (Only in wrapped text, after a line that ran to the width — the wrap put the label on the next
    # line —: in text of one paragraph to a line, or after a line that stopped short, a label opens
    # its item; where the text indents, number-opens asks the indent.)
    # (Where the text indents, a label at the margin after a page break too — number-opens reads the indent of no line
    # that opens a page —: "… а именно: a) физическое насилие;" / page / "b) психологическое …".)
    if (c.mode.indent and not (c.shapes.page_start[i] and c.shapes.indents[i] <= c.mode.margin)) or c.mode.unwrapped \
            or c.widths[i - 1] <= c.short or _apart(c, i):
        return False
    if not _inline_item(c, i):
        return False
    if c.doc is not None:
        c.doc.fired("inline-enumeration", c.lines[i].number)
        if c.shapes.gap[i]:
            c.doc.fired("inline-in-double-spacing", c.lines[i].number)
    return True


def _apart(c: Lines, i: int) -> bool:
    """Whether a blank line before line i sets it apart — inline-in-double-spacing: not in double-spaced text,
    where a blank line follows every line and says nothing (a list printed inline that the wrap cut over a page
    break, "… ii) la lutte contre la corruption," / "iii) la lutte contre …", every line a blank line apart:
    the label there is no paragraph's, as in text without blank lines)."""
    return bool(c.shapes.gap[i]) and c.mode.gaps


def next_bullet(c: Lines, i: int, before: str) -> bool:
    """bullet-in-list: a line that opens a block with a bullet ("– информацию о …") right after a block
    that opened with the same bullet, or after a line that ends with a colon (the paragraph announcing
    the list: "… should include attention to:" / "• Whether …"), is an item of that list, never a heading
    — even unfinished, where a page break cut the item ("– … и с какими трудностями" / page / "и
    препятствиями …"): the UN prints its unnumbered list items with a bullet or dash, its headings
    without. (Read as a heading, the item was left out and its second half went on with the item
    before.) before: the first line of the block before."""
    view = c.view(i)
    if view[:1] not in _BULLETS:
        return False
    own = label(c.lang, view)
    if own is None or own[1] != BULLET:
        return False
    prev = label(c.lang, before) if before[:1] == view[:1] else None
    if (prev is None or prev[0] != own[0]) and not c.view(i - 1).rstrip().endswith(_COLONS):
        return False
    if c.doc is not None:
        c.doc.fired("bullet-in-list", c.lines[i].number)
    return True


def sign_after_number(c: Lines, i: int) -> bool | None:
    """sign-after-number-continues: a line that opens with a number's sign — a percent or per-mille sign — after a
    line that ends with a number goes on with it: a page or a block extractor cut the paragraph between the number and
    its sign ("…而且截至2019年据估有35.4" / the page's notes / "%的已评估海洋鱼类种群…，"), and no paragraph, title or
    item opens with a sign that stands after a number. (Serves text of blocks, blocks set apart by blank lines or one
    to a line, where the rest of a cut paragraph is read as a block of its own unless something says it goes on.)"""
    if not c.view(i).lstrip().startswith(_NUMBER_SIGNS) or not c.view(i - 1).rstrip()[-1:].isdigit():
        return None
    return False


def unit_word_continues(c: Lines, i: int) -> bool | None:
    """unit-word-continues: a line that opens with the word completing a unit abbreviated with its stop, after a
    line that ends with a figure and that unit (the language table's cut_units: "… в объеме 8 378 700 долл." / the
    page's notes and furniture / "США;"), goes on with it: the stop is the abbreviation's, no paragraph's end, and
    no paragraph, title or item opens with the unit's second word. Read apart, the paragraph lost its end and
    "США;" stood as a paragraph of its own. Serves text a page cut at the amount — block extractions (one block
    to a line, or blocks apart by blank lines) and PDF text whose page break hides the blank line — as
    unit-cut-at-text-column serves the same cut at an item's text column."""
    word = c.lang.cut_units.get(figure_unit_end(c.view(i - 1)), "")
    first = c.view(i).split(None, 1)[:1]
    if not (word and first and first[0].startswith(word) and not first[0][len(word):len(word) + 1].isalnum()):
        return None
    return False  # (the line rules' decisions are traced where they are asked)


def open_quote_continues(c: Lines, i: int) -> bool | None:
    """open-quote-continues: a line without final punctuation that opened a quotation and did not close it, before a
    line that closes it without opening it ("…会议于…召开，主题为“扩大" / "基于科学和创新的海洋行动…”，以支持…，",
    "… under the theme “Scaling up" / "ocean action based on science …”,"), was cut inside the quotation — by a page,
    or a block extractor that split the paragraph — and the line after goes on with it: no paragraph, title or item
    ends inside a quotation it opened, and none opens by closing one. (Each pair of quotation marks is counted apart,
    either way round: Arabic opens with ” and closes with “; a straight quote left odd on both lines.) A number or
    label still opens. Serves text of blocks, one to a line or set apart by blank lines, whose lines end where the
    page cut, and which read the first half apart as a heading or a paragraph that lost its final comma."""
    if c.opener[i] or c.fin[i - 1]:
        return None
    if not _quote_carried(c.view(i - 1), c.view(i), c.lang.direction == "rtl") and not _quote_closed_below(c, i):
        return None
    return False


# open-quote-closed-below: the lines a quotation left open at a cut may still run over before a line closes it — a
# quoted question with its items ("(a) …;" / "(b) … with respect to:" / "(i) …;" / "(ii) …?”"), each a line of text
# of blocks. Sized for such a question with two levels of items — its rest (one or two blocks), "(a)", "(b) … with
# respect to:", "(i)", "(ii) …?”": five or six lines — and two more for what a page break sets between them in text of
# blocks (a page's running head and foot, or a note). Further on, a closing mark is as likely another quotation's:
# a question of more items (seven sub-items, closed ten lines below) is read as without the rule (the cut half apart).
QUOTE_CLOSE_LOOKAHEAD = 8


def _quote_closed_below(c: Lines, i: int) -> bool:
    """open-quote-closed-below: a line without final punctuation that opened a quotation and did not close it ("…
    advisory opinion on the following question:" / "“Having particular regard to …, the International" / "Covenant on
    …"), before a line that neither opens nor closes one, was cut inside the quotation where a line a few lines on
    closes it, none between opening one ("(ii) … of climate change?”"): the line goes on with it — a paragraph ends
    inside no quotation it opened, and where the UN quotes paragraphs each opens with its own mark. (Text of blocks,
    one to a line, whose block a page cut inside a long quotation that runs on into items.) Read apart, the cut
    half was taken for a paragraph of its own."""
    before, after = c.view(i - 1), c.view(i)
    # (A rest in lower case, or in a language whose paragraphs open in lower case, block-too-long-for-heading and
    # quoted-head-not-alone read on already: the rule serves the rest that opens as a paragraph would — a capital, or
    # in a script without case any letter. Nor is a rest that opens with a paragraph's head of the table: a paragraph
    # opens there, whatever quotation a line below closes. Each pair is counted in the direction the script's table
    # sets it (opening_pairs): Arabic opens with ” and closes with “, so "أولا - متابعة ”مبادرة" / "المنارات للجميع“"
    # leaves no quotation open under its second line, and "”إذ تضع …، واتفاق" / "المساعدة الملاحية، …" does.)
    first = after[:1]
    if (first.islower() or not (first.isupper() or first.isalpha()) or c.lang.openings.lower_case
            or starts_with_head(c.lang, after)):
        return False
    for o, e in _text_quote_pairs(c):
        left = before.count(o) - before.count(e)
        if left <= 0 or o in after or e in after:
            continue
        for k in range(i + 1, min(i + 1 + QUOTE_CLOSE_LOOKAHEAD, len(c.lines))):
            text = c.view(k)
            if o in text.split(e, 1)[0]:
                break
            if text.count(e) - text.count(o) >= left:
                if c.doc is not None:
                    c.doc.fired("open-quote-closed-below", c.lines[i].number)
                return True
    return False


def _text_quote_pairs(c: Lines) -> tuple[tuple[str, str], ...]:
    """open-quote-closed-below: each quotation pair as (opening, closing) in this text. Where the script's table sets
    a pair the other way round from the Latin order (opening_pairs: Arabic's ” … “), the text's first mark of the pair
    decides: the UN's Arabic texts open with “ as often as with ” (_quote_carried), each text keeping one order — a
    text whose first quotation opens with “ is read in the Latin order."""
    if c._pairs is None:
        pairs = []
        for o, e in opening_pairs(c.lang.script.name):
            # (the table turned the pair round: the text's first mark decides)
            if (e, o) in _QUOTE_PAIRS and (o, e) not in _QUOTE_PAIRS:
                first = next((ch for ln in c.lines for ch in ln.text if ch in (o, e)), o)
                pairs.append((first, e if first == o else o))
            else:
                pairs.append((o, e))
        c._pairs = tuple(pairs)
    return c._pairs


def _quote_carried(before: str, after: str, rtl: bool) -> bool:
    """Whether a quotation left open at the end of `before` is closed in `after`: for a pair of quotation marks, the
    one line holds as many more openings as the other holds more closings, and the other closes before it opens any;
    or each holds an odd number of straight quotes. A pair counts in its own direction only ("“…”"): a line that
    closes a quotation opened above ("…harbours”") is no line that opened one. In a script written right to left
    either mark may open (the UN's Arabic texts open with ” as often as with “), so both directions are asked."""
    if before.count('"') % 2 and after.count('"') % 2:
        return True
    for o, e in _QUOTE_PAIRS:
        for a, b in ((o, e), (e, o)) if rtl else ((o, e),):
            left = before.count(a) - before.count(b)
            if left > 0 and after.count(b) - after.count(a) == left and _closes_first(after, a, b):
                return True
    return False


def _closes_first(line: str, opening: str, closing: str) -> bool:
    """Whether the line's first mark of the pair is its closing one."""
    at = line.find(opening)
    return at < 0 or line.find(closing) < at


def number_after_conjunction(c: Lines, i: int) -> bool | None:
    """number-after-conjunction: a paragraph number at a line's start after a line that ends with its
    clause's semicolon and the word joining it to what follows ("… to Member States; and" / "41. Decides
    to remain actively seized of the matter.", as the Security Council ends its next-to-last paragraph)
    opens its paragraph, where that number follows the one that opened the paragraph before — not a
    finished line, yet the clause ended, and the number in sequence is no number of the running text."""
    if not c.opener[i] or c.fin[i - 1]:
        return None
    words = c.view(i - 1).rstrip().rsplit(None, 1)
    if len(words) < 2 or words[1].casefold() not in c.lang.continues_after or words[0][-1:] not in _SEMICOLONS:
        return None
    if not c.numbers[i]:
        return None
    # (The paragraph before is asked however many lines it ran to: its last clause's "; and" must not
    # take in the closing paragraph after a long one.)
    for k in range(i - 1, -1, -1):
        if c.opener[k]:
            return (c.numbers[k] > 0 and c.numbers[k] + 1 == c.numbers[i]) or None
    return None


_LINE_RULES: tuple[Rule, ...] = (
    Rule("closing-quote-alone-continues", "blocks", closing_alone, "a line that holds only a closing quote (and its "
         "clause's punctuation) goes on with the line before, whose quoted text it closes: never a paragraph, "
         "item or heading of its own", priority=64),
    # (PDF text of resolutions in sections labelled with their stop: "… of lighthouses." / "II." / the title.)
    Rule("section-label-stop-alone", "blocks", section_label_stop_alone, "in PDF text, a section's or part's label "
         "with its stop alone on its line ('II.'), after a line that ends with a full stop, the first label or the "
         "next in sequence, opens the section's heading", priority=63),
    Rule("part-formula-alone", "blocks", part_formula_alone, "in a resolution whose parts each open with their "
         "label, title and formula, a line that is the formula alone opens its block, and the part's first "
         "paragraph opens after it", priority=62),
    # (Text whose page or extractor cut a paragraph between an amount's abbreviated unit and the word completing it.)
    Rule("unit-word-continues", "blocks", unit_word_continues, "a line that opens with the word completing a unit "
         "abbreviated with its stop, after a line ending with a figure and that unit ('8 378 700 долл.' / 'США;', the "
         "table's cut_units), goes on with it", priority=61),
    Rule("number-opens", "blocks", number_opens, "a number or label after a finished line opens a paragraph "
         "(not an unindented one in a text that indents: an inline enumeration that wrapped)", priority=60),
    Rule("number-after-conjunction", "blocks", number_after_conjunction, "a paragraph number in sequence after a "
         "line that ends with its clause's semicolon and a joining word ('…; and' / '41. Decides …') opens its "
         "paragraph", priority=58),
    # (Text of blocks whose page or extractor cut a paragraph between a number and its percent sign.)
    Rule("sign-after-number-continues", "blocks", sign_after_number, "a line that opens with a percent or per-mille "
         "sign after a line ending with a number goes on with it (a page or extractor cut between the number and its "
         "sign)", priority=59),
    # (Text of blocks whose page or extractor cut a paragraph inside a quotation it quotes: a title's.)
    Rule("open-quote-continues", "blocks", open_quote_continues, "a line without final punctuation that opened a "
         "quotation and left it open goes on with the line after that closes it without opening one (a page or "
         "extractor cut the paragraph inside the quotation)", priority=57),
    Rule("wide-gap-opens", "blocks", wide_gap_opens, "in double-spaced text whose paragraphs stand two blank lines "
         "apart or more, a line after such a gap opens a paragraph, one after a single blank line goes on",
         priority=56),
    Rule("justified-line-continues", "blocks", justified_line_continues, "in flat justified text, a line "
         "whose spaces were widened was wrapped: the next line goes on with its paragraph", priority=55),
    Rule("justified-short-line-ends", "blocks", justified_short_line_ends, "in flat justified text, a line that "
         "ended a clause, not widened, on which the next line's first word would have fitted, ended its paragraph",
         priority=54),
    Rule("clause-prefix-continues", "blocks", clause_prefix_continues, "in wrapped flat text, a line "
         "opening with a head after a clause prefix of the table ('并') goes on with its paragraph", priority=52),
    Rule("cut-ending-continues", "blocks", cut_ending_continues, "in a script without spaces, a line without "
         "punctuation that ends with a function word a clause never ends with (the table's cut_endings) was cut: "
         "the next goes on with it, even after a blank line or with a head", priority=53),
    Rule("head-clause-cut-continues", "blocks", head_clause_cut_continues, "in text of blocks of a script without "
         "spaces, a line without punctuation that opens with a paragraph's head and holds a clause's comma, a page's "
         "notes or furniture after it, was cut by the page: the next goes on with it, even with a head", priority=51),
    Rule("page-break-opens", "blocks", page_break_opens, "after a page break, which hides blank lines, a line "
         "that opens like a paragraph after a finished one", priority=50),
    Rule("number-alone-line-opens", "blocks", number_alone_line_opens, "a line whose paragraph number stood alone on "
         "its input line, which the flow joined to the text under it, opens its paragraph even after an unfinished "
         "line, or at the margin of a text that indents (in the body, not in annexes)", priority=49),
    Rule("head-lead-cut-continues", "blocks", head_lead_cut, "in text of blocks whose pages may not show, where a "
         "head's case tells nothing, a line that opens with a head after an unfinished line ending with a word after "
         "which a line goes on, or with the lead of that head's phrase ('особо' / 'подчеркивая'), goes on with it: a "
         "page cut the paragraph there", priority=48),
    Rule("head-inside-list", "blocks", head_inside_list, "in flat text, a line with a paragraph's head (no capital) "
         "after a list's item that ended with a comma, the next labelled line the list's next item, goes on with the "
         "item", priority=46),
    Rule("lowercase-continues", "blocks", lowercase_continues, "in text of one paragraph to a line or blocks "
         "apart by blank lines, a line in lower case after an unfinished one goes on with it (a page break cut "
         "the paragraph)", priority=45),
    Rule("cut-paragraph-continues", "blocks", cut_paragraph_continues, "in text of one paragraph to a line or "
         "blocks apart by blank lines, a line after an unfinished one that opens with no number, label or known "
         "head goes on with it (a page break cut the paragraph)", priority=44),
    Rule("unseen-page-cut-continues", "blocks", unseen_page_cut, "in wrapped text whose paragraphs stand apart by "
         "blank lines and whose page breaks do not show, a line a blank line opens with no number, label or known "
         "head, after an unfinished line that ran to the width, goes on with it (an unseen page break cut the "
         "paragraph)", priority=42),
    Rule("part-label-alone", "blocks", part_label_alone, "in flat text, a part's label on a line of its own "
         "stands alone: its title opens after it, and the part's first paragraph after the title", priority=43),
    Rule("unwrapped-line-opens", "blocks", one_paragraph_a_line, "a text never wrapped: one paragraph or "
         "heading to a line", priority=41),
    Rule("flat-line-opens", "blocks", flat_paragraph_end, "neither indents nor blank lines: a finished line "
         "that stopped short or is followed by a paragraph head ends its paragraph", priority=40),
    Rule("blank-line-opens", "blocks", blank_line_separates, "a blank line separates paragraphs", priority=30),
    Rule("page-break-label-opens", "blocks", page_break_label_opens, "in a text that indents, an indented "
         "label after a page break opens its item, even after an unfinished line (a title item)", priority=25),
    Rule("page-break-continues", "blocks", page_break_keeps_indent, "in a text that indents, a line after a "
         "page break (its indent shifted) goes on with an unfinished paragraph", priority=20),
    # (UN print as pdftotext -layout gives it: an item's wrapped lines hang under its text, after the label's tab.)
    Rule("text-column-continues", "blocks", text_column_continues, "in a text that indents, a line set in at the "
         "column where the line before's text stands after its number or label and a tab (or under a line that hung "
         "so), opening with no number or label, goes on with its paragraph", priority=16),
    # (Lists printed with a hanging indent: their items' wrapped lines set in under the items' text.)
    Rule("hanging-indent-continues", "blocks", hanging_indent_continues, "in a text that indents, a line set in at "
         "another indent than the full, unfinished, set-in line before, opening with no number, label or head, goes "
         "on with its paragraph", priority=15),
    Rule("indent-opens", "blocks", indent_opens, "in a text that indents, an indented line opens a paragraph",
         priority=10),
)
# Where each can have an opinion (the others are not asked).
_WHEN: dict[str, Callable[[Lines], bool]] = {
    "closing-quote-alone-continues": lambda c: True,
    # (Only where segment found each part's formula in the body: the resolution has none of its own.)
    # (In the body of wrapped PDF text: label_after_stop.)
    "section-label-stop-alone": lambda c: c.phrases and not c.mode.unwrapped,
    "part-formula-alone": lambda c: c.doc is not None and c.doc.seg.parts_carry_formulas,
    "number-opens": lambda c: True,
    "number-after-conjunction": lambda c: bool(c.lang.continues_after),
    "sign-after-number-continues": lambda c: True,
    # (In a text that indents, text-column-continues reads the same cut: unit-cut-at-text-column.)
    "unit-word-continues": lambda c: bool(c.lang.cut_units) and not c.mode.indent,
    "open-quote-continues": lambda c: True,
    "wide-gap-opens": lambda c: c.wide is not None,
    # (And in text of blank lines, at its page breaks: widened-page-end-continues.)
    "justified-line-continues": lambda c: (c.mode.flat or (c.mode.gaps and not c.mode.indent)) and c.doc is not None
    and bool(c.doc.spread),
    "justified-short-line-ends": lambda c: c.mode.flat and c.doc is not None and bool(c.doc.spread),
    # (In wrapped text only: where each line is a block — one paragraph to a line —, a line is a paragraph
    # or the half a page break cut, which falls before such a clause no more often than a paragraph opens so.)
    # (But where wide-unprinted-width reads a Chinese text as never wrapped, its extractor is seen to cut paragraphs
    # at pages — a cut falls after a clause's comma as often as elsewhere — and the text was read as wrapped before:
    # the clause prefixes still join there.)
    "clause-prefix-continues": lambda c: (bool(c.lang.openings.clause_prefixes) and c.mode.flat and c.phrases and (
        not c.mode.unwrapped or (c.mode.unprinted and bool(c.lang.script.wide)))),
    "cut-ending-continues": lambda c: bool(c.lang.openings.cut_endings),
    # (Text of blocks only, as cut-paragraph-continues: in wrapped text such a line is any paragraph's first line,
    # and the rules of wrapped text read the next.)
    "head-clause-cut-continues": lambda c: not c.lang.script.spaced and (c.mode.unwrapped or (
        c.mode.gaps and not c.mode.indent)),
    "page-break-opens": lambda c: not c.mode.indent and c.phrases,
    # (In the body only, where the class lives — a short text's last preambular paragraph before "1." —: in an
    # annex a number alone after an unfinished line may be a list's inside its sentence ("… by lake" / "1." /
    # "Lake Alpha, …"), read as before.)
    "number-alone-line-opens": lambda c: c.doc is not None and c.phrases,
    "lowercase-continues": lambda c: c.mode.unwrapped or (c.mode.gaps and not c.mode.indent),
    # (Only in text of blocks — one to a line, or every line apart by a blank line —, where a blank line
    # says "another block", not "another paragraph"; not in annexes, whose paragraphs open with no
    # resolution's heads: a title, then a heading.)
    "cut-paragraph-continues": lambda c: c.phrases and (c.mode.unwrapped or (
        c.mode.gaps and not c.mode.indent and c.shapes.gap.count(1) >= DOUBLE_SPACED_SHARE * (len(c.lines) - 1))),
    # (Wrapped text of blocks apart by blank lines, not double-spaced: in text of one block to a line
    # cut-paragraph-continues reads the line.)
    # (And only where no page shows: a text whose running heads or page feet tell its pages has its page breaks seen
    # — page-break-opens and the page rules read a paragraph cut there —, and a full line before a blank line there is a
    # heading's or a number's alone: unseen-pages-only.)
    "unseen-page-cut-continues": lambda c: c.phrases and c.mode.gaps and not c.mode.indent and not c.mode.unwrapped
    and pages_unseen(c),
    "part-label-alone": lambda c: c.mode.flat,
    "unwrapped-line-opens": lambda c: c.mode.unwrapped,
    "head-inside-list": lambda c: c.mode.flat and c.phrases,
    "head-lead-cut-continues": lambda c: c.phrases and (c.mode.unwrapped or (c.mode.gaps and not c.mode.indent)),
    "flat-line-opens": lambda c: c.mode.flat,
    "blank-line-opens": lambda c: c.mode.gaps,
    "page-break-label-opens": lambda c: c.mode.indent,
    "page-break-continues": lambda c: c.mode.indent,
    "text-column-continues": lambda c: c.mode.indent and c.doc is not None,
    "hanging-indent-continues": lambda c: c.mode.indent,
    "indent-opens": lambda c: c.mode.indent,
}


def _question_no_heading(c: Lines, i: int) -> bool:
    """question-ends-no-heading: a line that ends with a question mark after an unfinished line is no heading: a
    title asks nothing, and the line is the rest of a question a page or an extractor cut off from its item ("b)
    ¿Cómo afectan … de las Naciones" / notes / "Unidas?", the questions put to a court for an advisory opinion), which
    heading-after-gap, reading the blank line before it as the item's end, took for the next section's title. So
    after a line that ends with a clause's comma, which goes on, in a script whose tables count a comma finished
    ("(b) 上文第18(a)段中提到的…法律地位，" / "以及这种地位…产生了什么法律后果？" at the margin, where the text sets
    its items in: no title follows an item's comma, and the question's rest was kept as the next paragraph's
    heading)."""
    if i == 0 or c.view(i).rstrip()[-1:] not in _QUESTION:
        return False
    if c.fin[i - 1] and not c.view(i - 1).rstrip().endswith(tuple(_COMMAS)):
        return False
    if c.doc is not None:
        c.doc.fired("question-ends-no-heading", c.lines[i].number)
    return True


def _opening_strings(c: Lines, rule: str) -> tuple[str, ...] | None:
    """For _only_where: what a line must open with for a rule asked of lines by their first characters — a number's
    sign (sign-after-number-continues), a clause prefix of the table (clause-prefix-continues), a unit's completing
    word (unit-word-continues) —, or None for the other rules."""
    if rule == "sign-after-number-continues":
        return tuple(_NUMBER_SIGNS)
    if rule == "clause-prefix-continues":
        return tuple(c.lang.openings.clause_prefixes)
    if rule == "unit-word-continues":
        return tuple(c.lang.cut_units.values())
    return None


def _only_where(c: Lines, rule: str) -> bytearray | None:
    """The lines a rule can have an opinion on, when a line's own shape tells (None: any line): a
    rule that needs a number or label, a page break, a blank line or a lower-case start says nothing
    of a line without one."""
    lines = c.lines
    if rule in ("number-opens", "number-after-conjunction"):
        return c.opener
    if rule in ("page-break-opens", "page-break-continues", "page-break-label-opens"):
        return c.shapes.page_start
    if (starts := _opening_strings(c, rule)) is not None:
        return bytearray([(ln.view if ln.marks else ln.text).lstrip().startswith(starts) for ln in lines])
    if rule == "open-quote-continues":
        # (the line, or the line before, holds a quotation mark: open-quote-closed-below asks a line without one)
        quoted = [any(q in (ln.view if ln.marks else ln.text) for q in _QUOTE_CHARS) for ln in lines]
        return bytearray([q or (k > 0 and quoted[k - 1]) for k, q in enumerate(quoted)])
    if rule in ("blank-line-opens", "unseen-page-cut-continues"):
        return c.shapes.gap
    if rule == "lowercase-continues":
        return bytearray([_past_lead_mark(ln.view if ln.marks else ln.text)[:1].islower() for ln in lines])
    return None


# Highest priority first: the first rule with an opinion decides.
LINE_RULES: tuple[tuple[Rule, Callable[[Lines, int], bool | None], Callable[[Lines], bool]], ...] = tuple(
    (r, r.apply, _WHEN[r.name]) for r in sorted(_LINE_RULES, key=lambda r: -(r.priority or 0)))

RULES: tuple[Rule, ...] = _LINE_RULES + (
    # (PDF and block text of Security Council mandates in Chinese: a task's title or an item's last words)
    # (PDF text of resolutions in sections labelled with their stop: "…;" / "II." / the title, or a list's item.)
    Rule("label-alone-after-clause-told", "blocks", label_after_clause_told, "a section's label with its stop alone "
         "on its line, next in sequence, after a clause's comma or semicolon, read on as the paragraph's rest: told "
         "(text-boundary-guessed), it may open the next section"),
    Rule("item-tail-or-title-told", "blocks", item_tail_or_title_told, "a short line without punctuation at the "
         "margin, after a list item without punctuation whose last line ran to the width and over a paragraph's "
         "number, in a text that prints titles over other paragraphs, read as the item's rest: told "
         "(text-boundary-guessed), the layout cannot decide"),
    # (PDF text and block extractions of Arabic cut after a proclitic: "… المنارات، و" / "إذ تشدد …")
    Rule("proclitic-joins-next", "blocks", proclitic_cut, "a line that ends with a proclitic alone (the table's "
         "proclitics, Arabic 'و'), over one opening with a letter, is joined to it without a space: one word cut"),
    # (PDF text of text boxes, a number alone on its line and its text under it at the paragraphs' indent.)
    Rule("alone-text-at-label-indent", "blocks", _text_under_label, "a number alone on its line whose text's first "
         "line stands under it at its own indent sets no text column: a line set in there opens a paragraph"),
    # (Flat text whose paragraph before ends with a list's item without punctuation, its line run to the width.)
    Rule("notes-cut-continues", "blocks", _notes_cut, "in wrapped text whose paragraphs stand apart by blank lines, a "
         "line that opens with no number, label or known head after an unfinished line, a page's notes between them, "
         "goes on with it: the notes stand at a page's foot, where no furniture shows the page ended"),
    # (PDF text with running heads or page feet, its paragraphs apart by blank lines, headings run near the width.)
    Rule("unseen-pages-only", "blocks", pages_unseen, "unseen-page-cut-continues and notes-cut-continues read only a "
         "text that shows none of its pages (no running head or page foot past the cover): where heads or feet stand, "
         "the page rules see every break, and a line run to the width before a blank line is a heading's"),
    Rule("number-head-in-sequence", "blocks", _head_in_sequence, "a paragraph number in sequence followed by a head "
         "of the table opens its paragraph though the line before is unfinished (a list's last item without "
         "punctuation, run to the width)"),
    # (Wrapped text whose wrap cut a reference inside its brackets, "(par." / "3) du Statut".)
    # (Double-spaced PDF text whose paragraphs stand one blank line apart, as its lines do, a few gaps wider: a line
    # that held only an invisible direction mark after a paragraph's comma.)
    Rule("wide-gaps-outnumbered", "blocks", _wide_gaps_outnumbered, "in double-spaced text, a few wider gaps do not "
         "part the paragraphs where clearly more lines after a single blank line open with a paragraph's head under a "
         "finished line (twice as many, two more): the lines tell, as in double-spaced text without wider gaps; a "
         "paragraph read on over a wider gap is told"),
    # (Justified PDF text with blank lines between paragraphs, a page break after a clause's comma.)
    Rule("widened-page-end-continues", "blocks", _widened_page_end, "in justified text whose paragraphs stand apart by "
         "blank lines, a page's last line that was widened was wrapped: the next page's first line goes on with its "
         "paragraph, even after a clause's end and with a paragraph's head"),
    # (Flat wrapped PDF text, a preambular paragraph printed without its final comma, its last line near the width.)
    Rule("head-after-unfinished-line", "blocks", _head_after_unfinished_line, "in flat wrapped text, a line that ends "
         "with a word before one that opens with a known head and its capital ended its paragraph, however near the "
         "width it ran"),
    Rule("label-closes-bracket", "blocks", _label_closes_bracket, "a label closed by its bracket alone ('3)') after a "
         "line that left a round bracket open closes that bracket: the wrap cut a reference inside it, and the line "
         "goes on with its paragraph"),
    # (the Security Council's lists joined by "; and" / "; or", one item to a line, in flat text)
    Rule("label-after-list-closer", "blocks", _label_after_closer, "an item's label at a line's start after a line "
         "that ends with the item's semicolon and a list's conjunction (list_closers: 'and', 'or') opens its item "
         "where it follows the label of an item's line above in sequence"),
    Rule("number-after-question", "blocks", _question_ends, "a paragraph number or label after a line that ends with a "
         "question mark opens its paragraph or item, as after a finished line"),
    Rule("number-in-sequence-full-width", "blocks", _full_unwidened, "in flat justified text, number-in-sequence reads "
         "the number 1 after a line that was not widened and runs to the full width (its spaces say nothing: a title "
         "over the operative part that filled its line)"),
    Rule("number-in-sequence", "blocks", _number_in_sequence, "in flat text, the number 1 after an unfinished line "
         "after a comma opens the first operative paragraph where no number stands before it and 2 is the next (a "
         "title of one line over the operative part as long as a full line)"),
    # (Short texts of one operative paragraph under a subject heading as long as a full line.)
    Rule("number-in-sequence-alone", "blocks", _only_number_heads, "number-in-sequence where no number follows the 1: "
         "it opens the only operative paragraph where a paragraph's head of the table follows it"),
    Rule("head-after-short-line-in-columns", "blocks", _short_in_columns, "in a script with wide characters and no "
         "spaces, head-after-short-line tells a short line by its print width in columns"),
    Rule("formula-after-part-title", "blocks", _under_part_title, "in a resolution whose parts carry their formulas, "
         "the formula right under a part's label and a few unfinished title lines stands alone, however far the "
         "title's last line ran"),
    Rule("operative-table", "blocks", tables_apart, "a table among operative paragraphs in plain text's table form "
         "(rows between bars, a rule under the header rows): taken apart and placed after the paragraphs before it; "
         "the text after it opens a paragraph of its own"),
    Rule("table-caption-line", "blocks", captions_above, "a heading line right above a table with no caption "
         "line (': …') is its caption: a PDF or Word file prints the caption as a line of its own above the table, "
         "where it can head no paragraph (the table stands between)"),
    Rule("inline-enumeration", "blocks", inline_enumeration, "in a text that does not indent, a label at a "
         "line's start whose paragraph holds the label before it inside a line is an item of an inline list the "
         "wrap cut: it goes on"),
    # (Arabic text wrapped flat whose paragraphs list items inline, labelled ’1‘, ’2‘ …)
    Rule("inline-quoted-number", "blocks", _inline_item, "inline-enumeration reads a number between Arabic quotes "
         "inside a line ('… ’2‘ إصلاح …') as the label before the one at the next line's start ('’3‘ …')"),
    # (Chinese lists printed inline, "…包括为此而加强：㈠有效治理，㈡反腐，" / "㈢防止有组织犯罪，…", where the
    # wrap or a page break put a later item's label at a line's start.)
    Rule("inline-ideograph-label", "blocks", _inline_item, "inline-enumeration (and its rules at an item's text "
         "column) reads a parenthesized ideograph inside a line, after a space or not "
         "('…加强：㈠有效治理，㈡反腐，'), as the label before the one at the next line's start ('㈢防止…'): the list "
         "goes on, no paragraph opens"),
    Rule("comma-number-after-counter", "blocks", Lines._counted_commas, "a number and a comma at a line's start "
         "right under a line ending with a word that counts a number is that word's, no paragraph number"),
    Rule("label-after-counted-number", "blocks", Lines._label_after_counted, "a label at a line's start right under "
         "a line ending with a counting word and its number cites that paragraph's item, opening none"),
    Rule("quoted-head-not-alone", "blocks", _quoted_head, "an unfinished line that opens with a quote and a "
         "paragraph's head is a quoted paragraph's first line, no heading standing alone: a line in lower case "
         "after it goes on with it"),
    Rule("block-too-long-for-heading", "blocks", _too_long_to_stand, "in text of blocks, an unfinished line longer "
         "than any heading, with no head, is no heading standing alone: a line in lower case after it is its rest"),
    Rule("joining-word-not-alone", "blocks", _joining_word_end, "in text of blocks, a line that ends with a word "
         "after which a line goes on (the table's continues_after: '… from 3 p.m. to') is no heading standing alone: "
         "the line after it, with no number, label or head (in a script with case: opening with a digit or in lower "
         "case), is its rest"),
    Rule("digits-after-comma", "blocks", _digits_after_comma, "digits-cut after a block that ends with a number and "
         "its comma: a line that opens with a number and a comma or a bracketed year (or a word, told) is the rest of "
         "a list of numbers a page cut; never a number before a head, a capital or an ideograph"),
    Rule("symbol-letter-in-list", "blocks", _symbol_letter, "for digits-after-comma, a resolution's symbol with its "
         "part's letter and a comma ('75/245 B, de …') goes on with the list a page cut, as a number and its comma do"),
    Rule("lowercase-over-lifted-lines", "blocks", _lower_over_lifted, "for lowercase-after-comma, a block that opened "
         "in lower case and ends with a comma, lines lifted out of the flow under it (a page's notes or furniture, a "
         "late cover item), is a cut paragraph's first half: the lower-case line after them is its rest"),
    Rule("mark-first-lowercase", "blocks", _past_lead_mark, "for lowercase-continues, a line is read past the note "
         "marks that open it (a mark set apart that a page break put first on the next page's first line): a word in "
         "lower case after the mark goes on with the paragraph"),
    Rule("head-inside-list-after-page", "blocks", _head_inside_list_after_page, "head-inside-list on a page's first "
         "line: a head in lower case after a list's item whose page ended with a comma at the width, the next labelled "
         "line the list's next item, goes on with the item (page-break-opens read a paragraph there)"),
    # (Russian, whose paragraphs open in lower case: a head that opens a paragraph only in one phrase)
    Rule("head-out-of-phrase", "blocks", _trace_out_of_phrase, "a head of the table's phrase_heads ('действуя') opens "
         "a paragraph only before a word of its phrase ('на'): elsewhere it is a participle inside a sentence, no "
         "head ('…, действуя через …, уделять …')"),
    Rule("block-too-long-ends-open", "blocks", _long_block_ends_open, "block-too-long-for-heading where the "
         "unfinished line, longer than a heading, ends on a word after which a sentence goes on ('… sobre el'; not one "
         "letter, nor after a number): the "
         "line after is its rest whatever its case (a page cut the block before a name's capital)"),
    # (block extractions of a language whose paragraphs open in lower case that quote a long question)
    Rule("block-too-long-capital-rest", "blocks", _capital_rest, "block-too-long-for-heading where paragraphs open in "
         "lower case: after an unfinished line longer than a heading, a line that opens with a capital, no number, "
         "label or head, and ends with a clause's punctuation is its rest (a page cut a quotation before a name)"),
    Rule("head-after-short-line", "blocks", _head_after_short_line, "in flat text, a line that opens with a "
         "paragraph head after an unfinished line that stopped short and opened with none opens a block"),
    Rule("colon-before-capital", "blocks", _colon_cut, "in text of blocks, a line with no number, label or head "
         "after a preambular paragraph's block that ends with a colon is its rest (a page break cut a title after "
         "its colon)"),
    Rule("finished-before-fit", "blocks", _finished_before_fit, "in wrapped flat text, a line that ends a clause "
         "where the next line's first word would have fitted ended its paragraph or item (items announced by a "
         "colon)"),
    Rule("prefixes-before-head", "blocks", prefix_run, "in a script without spaces, a paragraph's head after up to "
         "two of the table's prefixes ('在这方面也欢迎'), opens a paragraph"),
    Rule("framed-head", "blocks", framed_head, "in a script without spaces, a line opening with a frame word of the "
         "table ('对') whose first clause ends with a frame verb ('表示严重关切，') opens like a paragraph"),
    Rule("framed-head-long-clause", "blocks", framed_head, "framed-head where the frame's first clause runs long "
         "(up to 120 characters, '对…报告中的结论和…报告中的结论表示震惊，'), in text of blocks"),
    Rule("comma-prefix-in-blocks", "blocks", _comma_prefix_in_blocks, "in flat text of a script without spaces that "
         "does not wrap its paragraphs (lines wider than print), a line after a finished one opening with a prefix "
         "of the table set off by a comma, then a known head ('在这方面，回顾'), opens a paragraph"),
    # (Text of blocks that keeps its pages' furniture, in a script without case: a paragraph with no head it knows.)
    Rule("paged-block-opens", "blocks", _paged_block_opens, "in flat text of blocks (lines wider than print) that "
         "keeps its pages' heads or feet, a line opens a paragraph wherever no page broke before it (the extractor "
         "cuts a paragraph only at a page), whatever it opens with and the line before ends with"),
    Rule("head-lookalike", "blocks", head_lookalike, "in a script without spaces, a head of the table that ends "
         "inside a longer word of the table's head_lookalikes ('请求', a request, after the head '请') is none: a line "
         "opening so after an unfinished one is the rest of a paragraph a page break cut"),
    # (Resolutions in parts, in flat PDF text: a reference's label at a line's start in a part's first paragraph.)
    Rule("part-title-ends-at-head", "blocks", _title_ended_at_head, "for part-label-alone, a line under a part's "
         "title that opens with a known head opened the part's first paragraph: a label or number that opens a line "
         "after it ('(c) of its Plan', after '… in paragraph 23') is inside that paragraph"),
    # (Wrapped flat text of a script without spaces: a frame whose object runs over three lines.)
    Rule("framed-head-over-lines", "blocks", _framed_over_lines, "framed-head-wrapped where the frame's first clause "
         "runs over more than two lines (up to 120 characters), read on line by line while each line before the "
         "verb's ran to the width with no clause's end"),
    Rule("framed-head-wrapped", "blocks", _framed_head_wrapped, "in wrapped flat text of a script without spaces, a "
         "line opening with a frame word and running to the width with no clause's end opens like a paragraph when "
         "its clause, read on over the next line, ends with a frame verb (framed-head)"),
    # (Wrapped text whose paragraph lost its last comma before a page break: the GA's preambles.)
    Rule("head-after-short-page-end", "blocks", _head_after_short_page_end, "in wrapped text, a page's last line that "
         "stopped short without finishing its clause, before a page's first line that opens with a paragraph's head, "
         "ended its paragraph (a paragraph whose last comma the text lost)"),
    # (Text of blocks, one paragraph to a line, whose paragraph lost its last comma.)
    Rule("head-after-unfinished-block", "blocks", _head_after_unfinished_block, "in text of blocks, an unfinished "
         "block before one that opens with a paragraph's head and its capital ended its paragraph, unless it ends with "
         "a conjunction; not where heads open in lower case"),
    # (Text of blocks of a script without case — Arabic — whose paragraph the UN left without its final comma.)
    Rule("adverb-head-after-unfinished-block", "blocks", _adverb_head, "in text of blocks of a script without case, "
         "an unfinished block (not after a comma or conjunction) before one that opens with a paragraph's head whose "
         "first word is an adverb that opens a clause only at a paragraph's start (openings.paragraph_adverbs) and its "
         "second a head verb of the table ('وإذ تلاحظ') ended its paragraph, as head-after-unfinished-block reads "
         "a head's capital; told (text-boundary-guessed)"),
    # (Text of blocks whose question items — requests for an advisory opinion — a page or an extractor cut.)
    Rule("question-ends-no-heading", "blocks", _question_no_heading, "a line that ends with a question mark after an "
         "unfinished line is no heading: the rest of a question cut from its item"),
    # (Russian texts whose head's particle was typed in a Latin letter drawn like the Cyrillic one.)
    # (Flat text in a script with case: a title in capitals wrapped after its comma, "Particularly in Africa".)
    Rule("adverb-connector-head", "blocks", adverb_connector_refused, "after a leading adverb of the table, a "
         "connector ('in', 'with') opens a head only when a word of the phrase follows it ('Noting with "
         "appreciation'), not before any other word ('Particularly in Africa', a title's rest the wrap cut)"),
    Rule("lone-lookalike-head", "blocks", lone_lookalike, "a line's first word of one or two letters of another script "
         "drawn like the text's own, before a word of the text's script, is read as the text's letters when heads are "
         "asked for"),
    # (Arabic texts whose file set a head's conjunction "و" in a run of its own, extracted apart: "و إذ تشير".)
    Rule("prefix-apart-head", "blocks", prefix_apart, "a line's first word that is a conjunction the language glues "
         "to the word after (openings.apart_prefixes), set apart from a word it makes an opening word of the table "
         "with, is read glued when heads are asked for"),
    Rule("parallel-item-after-page", "blocks", _parallel_item_after_page, "a page's first line whose first words, "
         "a number among them, have the shape of those of the item before, after a line ending with a semicolon, "
         "opens the next item (parallel-item where the page break decides: an item in lower case)"),
    Rule("parallel-item", "blocks", _parallel_item, "in flat text, a line after one ending with a semicolon "
         "whose first words, a number among them, have the shape of those of the item before opens the next item"),
    # (Text of blocks, one to a line, a page cut inside a long quotation that runs on into items.)
    Rule("open-quote-closed-below", "blocks", _quote_closed_below, "a line without final punctuation that left a "
         "quotation open, before a line without quotation marks that opens with a capital (any letter in a script "
         "without case) and no paragraph's head, goes on where a line a few lines on closes it (each pair in the "
         "direction of its script's table: Arabic opens with ”)"),
    # (Flat PDF text of Chinese, whose words no space parts: a schedule's days, "5月27日，星期一：…；".)
    Rule("parallel-item-unspaced", "blocks", _lead_shape, "in a script without spaces, parallel-item compares the "
         "lines' leads up to the punctuation after their first number, each number one, as it compares the first "
         "words elsewhere"),
    Rule("short-item-before-label", "blocks", Lines.ended, "an unfinished line well short of a full line "
         "before a label ended its item (an unpunctuated title item)"),
    Rule("conjunction-ends-line", "blocks", _conjunction_ends, "in text of blocks, an item ending with its "
         "semicolon and a joining word ('; y') is finished: a line in lower case after it opens a paragraph"),
    Rule("no-head-after-comma", "blocks", _headless, "where paragraphs open in lower case, a line in lower case "
         "none of whose first words ends as a head's word (the table's head_endings) goes on after a comma"),
    # (block extractions of a language whose paragraphs open in lower case, pages unseen, notes or late cover items in
    # the flow)
    Rule("no-head-over-lifted-lines", "blocks", _headless, "no-head-after-comma where no page is seen to cut a "
         "paragraph elsewhere but lines lifted out of the flow (a page's notes, a late cover item) stand between the "
         "two: a page broke there; told (text-boundary-guessed)"),
    Rule("label-before-bracket", "blocks", opener_regex, "a label whose closing bracket another follows ('g))') "
         "closes a bracket opened before it, a reference the wrap cut: no label, and it opens no line"),
    Rule("label-before-comma", "blocks", opener_regex, "a label a comma or semicolon follows ('a), 77 y') goes on "
         "the sentence of a reference the wrap cut: no label, and it opens no line"),
    # (Wrapped text whose wrap put a range of items that a sentence cites at a line's start, "a)–d) пункта 10 …".)
    Rule("label-before-dash", "blocks", opener_regex, "a label a dash and another label follow ('a)–d)') is the first "
         "end of a range of items a sentence cites: no label, and it opens no line"),
    Rule("quoted-comma-cut-continues", "blocks", _quoted_comma_cut, "in text of blocks, a line in lower case after "
         "one that opens with a quote, leaves it open (its own pair counted) and ends with a comma goes on with it "
         "(a page break cut the quoted text at a clause); not where paragraphs open in lower case"),
    Rule("colon-in-open-quote", "blocks", _colon_in_open_quote, "in text of blocks, a line in lower case after "
         "one ending with a colon inside a quotation it opened and did not close goes on with it (a page break cut "
         "a quoted title after its colon)"),
    # (block extractions, pages unseen, whose page cut the first thing a colon announces)
    Rule("colon-item-not-heading", "blocks", _item_after_colon, "in text of blocks set apart by blank lines, a short "
         "unfinished block right under one that ends with a colon is no heading standing alone: a line in lower "
         "case under it is its rest (where paragraphs open in lower case, one ending as an item does: ';' or '.')"),
    Rule("lowercase-after-comma", "blocks", _comma_ends, "in text of blocks, a line in lower case after one "
         "ending with a comma goes on with it (lowercase-continues: a page break cut the paragraph after a clause)"),
    Rule("conjoined-head-opens", "blocks", _conjoined_head, "between blocks set apart by blank lines whose page "
         "breaks show, a block in lower case opening with a conjunction and a paragraph head ('et soulignant'), "
         "after a comma, on no page's first line, opens a paragraph of its own"),
    Rule("conjoined-after-rest", "blocks", _after_rest, "between blocks whose page breaks do not show, a block in "
         "lower case opening with a conjunction and a paragraph head ('et soulignant'), after a comma, right after the "
         "rest of a paragraph a page cut (on that page's top), opens a paragraph of its own"),
    # (block extractions of Chinese text, a preambular paragraph's list on its line)
    Rule("clause-prefix-after-list", "blocks", _prefix_after_list, "a line opening with a clause prefix and a head "
         "after a paragraph's line that holds a lettered list and ends with its last item's semicolon opens a "
         "paragraph of its own (clause-prefix-continues gives way)"),
    Rule("clause-prefix-after-rest", "blocks", _prefix_after_rest, "a line opening with a clause prefix and a head "
         "('并强调指出') after the rest of a paragraph a page cut, finished and known to have ended its block — in "
         "text of one block to a line, on that same page; in wrapped text, stopped short of the width — opens a "
         "paragraph"),
    # (Chinese block extractions whose pages do not show, read as flat text: a page cut a paragraph's list in a word.)
    Rule("clause-prefix-after-unprinted-rest", "blocks", _unprinted_rest, "clause-prefix-after-rest in flat text of "
         "blocks that shows no pages: the rest is known by the line before it, which ran unfinished wider than the "
         "full line (a block the extractor cut at a page), and is a list's own (it ends with a semicolon, or it or the "
         "cut line holds items' labels), no wider than the full line"),
    Rule("short-page-end-opens", "blocks", _short_page_end_unspaced, "in wrapped text of a script without spaces, a "
         "page's first line after a comma on a page's last line that stopped short opens a paragraph"),
    Rule("conjoined-head-after-page", "blocks", _conjoined_after_page, "in wrapped text, a page's first line in lower "
         "case opening with a conjunction and a paragraph head ('y destacando') opens a paragraph when the line before "
         "the page break, ending with a comma, stopped short"),
    Rule("paragraph-a-line", "blocks", paragraph_a_line, "text of one paragraph to a line between blank lines, "
         "nearly every line ending a clause, is not double-spaced for a paragraph that lost its final punctuation"),
    Rule("wide-gaps-end-clauses", "blocks", _wide_gaps_end_clauses, "in double-spaced text of short paragraphs, "
         "wider gaps that outnumber the single ones still part the paragraphs where nearly every one follows a line "
         "that ends a clause and most single gaps follow one that does not (the gaps that test tolerates — a wider one "
         "after no clause's end, a single one after a short line that ends one — are left to the lines)"),
    Rule("double-spaced", "blocks", double_spaced, "blank lines after every line, even inside sentences, say "
         "nothing about paragraphs"),
    Rule("unprinted-width", "blocks", unprinted, "a text whose full line is wider than any printed line (a block "
         "extractor's) was never wrapped: one paragraph to a line, though more of its lines are headings or cut"),
    Rule("wide-unprinted-width", "blocks", Lines._printed, "unprinted-width asks a line's width in print columns "
         "where the script has wide characters: a Chinese block extractor's paragraph of 150 ideographs, one to a "
         "line, is as unprinted as an English one of 300 characters"),
    # (Text of blocks of a script without spaces, a page cut in a paragraph's first clause.)
    Rule("cut-ending-after-head", "blocks", _cut_ending_after_head, "cut-ending-continues reads on a line without a "
         "clause's comma that opens with a paragraph's head, where a page's notes or furniture stand after it"),
    Rule("comma-prefix-over-notes", "blocks", _comma_prefix_over_notes, "in text of blocks, a line opening with a "
         "prefix of the table set off by a comma and a known head ('在这方面，回顾…') opens a paragraph, though a "
         "page's notes stand between it and a line ending with a comma"),
    Rule("comma-over-notes", "blocks", _comma_over_notes, "in text of blocks whose pages' heads and feet were dropped, "
         "a line with no number, label or known head after one ending with a comma, a page's notes between them, is "
         "the rest of the paragraph the page cut (as page-break-opens reads it where the page break shows)"),
    Rule("comma-rest-without-head", "blocks", _headless_rest_after_comma, "in text of blocks whose page breaks do not "
         "show, a finished line of a script without case that opens with no number, label or known head, after one "
         "ending with a comma, is the rest of the paragraph a page cut after a clause (only the head tells)"),
    Rule("item-colon-over-notes", "blocks", _item_colon_over_notes, "in text of blocks, a line opening with a digit "
         "and no number, label or head after an item's line that ends with a colon, a page's notes between them, is "
         "the item's rest: the page cut it after its colon (a budget's item, its object, a colon and its amount)"),
    Rule("digits-cut", "blocks", _digits_cut, "in text of blocks, a line opening with a digit that is no paragraph "
         "number after one ending with a clause's punctuation and digits (taken for a mark) is the rest of a paragraph "
         "a page cut inside a number ('，20' / '21年…')"),
    Rule("mark-after-comma", "blocks", _last_char, "a line that ends with a comma and a note's mark ends with the "
         "comma: the rules that ask a comma at a line's end (lowercase-after-comma, page-break-opens) do not count "
         "the mark"),
    Rule("wide-room-for-next", "blocks", Lines._room_for_character, "in a script without spaces, a line that ends a "
         "clause where the next line's first character (or run of Latin letters and digits) would have fitted with "
         "room to spare did not end by the wrap (finished-before-fit)"),
    Rule("wide-room-on-grid", "blocks", Lines.room_on_grid, "in text of a script without spaces set on an exact grid "
         "(every wrapped line within one column of the width), a line that ends a clause where the next line's first "
         "character would still have fitted ended its paragraph (finished-before-fit)"),
    Rule("lowercase-head-after-page", "blocks", _lowercase_head_after_page, "where paragraphs open in lower case, a "
         "page's first line that opens with a known head of the table (an operative verb, an adverb before a gerund) "
         "after a finished line opens a paragraph"),
    Rule("mark-under-widened-line", "blocks", _mark_under_widened, "in flat justified text, a widened line whose "
         "next line was a note's mark alone (set back at its end) ended its paragraph there: the widening says nothing "
         "of the line after the mark"),
    Rule("unspread-before-number", "blocks", _unspread_before_number, "in flat justified text, an unfinished line "
         "of words short of the full width and not widened, before a number or label, ended its block (a title "
         "without punctuation over a numbered paragraph)"),
    Rule("inline-in-double-spacing", "blocks", _apart, "in double-spaced text, the blank line before a label at a "
         "line's start says nothing: an item of an inline list the wrap cut goes on (inline-enumeration)"),
    Rule("cut-before-capital", "blocks", _second_half, "in text of one paragraph to a line, a long unfinished line "
         "may be followed by the rest of its paragraph in a capital (a name): a page break cut it, before the name"),
    Rule("cut-before-figure", "blocks", cut_before_figure, "in text of one paragraph to a line, a long unfinished "
         "line may be followed by the rest of its paragraph opening with a figure that is no number: a page cut it"),
    Rule("cut-before-punctuation", "blocks", cut_before_punctuation, "in text of one paragraph to a line, a long "
         "unfinished line may be followed by the rest of its paragraph opening with a clause's end: a page cut it"),
    Rule("bullet-in-list", "blocks", next_bullet, "a block opening with a bullet right after a block that opened "
         "with the same bullet, or after a line ending with a colon, is an item of the list, never a heading, even "
         "unfinished (a page break cut it)"),
    Rule("stray-space", "blocks", stray_space, "in a text that indents its paragraphs by several spaces, a line set "
         "in by one space, opening with no number or label, opens no paragraph (a space a removed mark left)"),
    # (Lists printed with a hanging indent, pdftotext -layout: their wrapped lines are no paragraph's first lines.)
    Rule("paragraph-indent-from-starts", "blocks", Lines.paragraph_indent, "the paragraphs' indent (stray-space) is "
         "the one most lines that can open a paragraph have — after a finished line, with no number or label —, "
         "not the one of every indented line"),
    Rule("stray-space-narrow", "blocks", stray_space_narrow, "in a text that indents its paragraphs by two spaces, "
         "a line set in by one space that opens with no number, label or paragraph head is no paragraph start"),
    Rule("space-after-mark-wrapped", "blocks", space_after_mark_wrapped, "in a script without spaces whose "
         "paragraphs are set in by one space, a line set in by it under a line that ends unfinished with a reference "
         "mark, opening with no number, label or head, is no paragraph start (the mark's space wrapped)"),
    # (UN print as pdftotext -layout gives it, its numbers and labels alone on their lines: see text-column-continues.)
    # (UN print as pdftotext -layout gives it: see text-column-continues.)
    Rule("number-tab-at-margin", "blocks", _tab_after_number, "a number or label at the margin of a text that "
         "indents, parted from its text by a tab kept as spaces, opens its paragraph after a finished line (every "
         "line set in: the numbers' column is the margin)"),
    Rule("inline-enumeration-at-text-column", "blocks", inline_at_text_column, "a label at a line's start at the "
         "column the item above hangs its lines at, after a line the wrap cut, goes on with that item where the item "
         "holds the label before it in sequence inside a line: a list the item prints inline"),
    # (UN print as pdftotext -layout gives it, in a script without case: see text-column-continues.)
    Rule("conjoined-inline-item-at-text-column", "blocks", conjoined_inline_item, "a conjunction set apart and a "
         "label at a line's start at the column the item above hangs its lines at, after that item's finished clause, "
         "goes on with that item where the item holds the label before it in sequence inside a line: the last item of "
         "a list the item prints inline"),
    Rule("numeral-tab-column", "blocks", _numeral_before_tab, "a line that opens with a list's numeral the tables "
         "read as no label ('三.') and a tab hangs its wrapped lines at its text's column (text-column-continues)"),
    Rule("inline-list-at-text-column", "blocks", inline_list_at_text_column, "a label at a line's start at the "
         "column the item above hangs its lines at, with no tab after it, whose next label stands inside a line below "
         "before any line opens with a label, goes on with that item: the first item of a list the item prints inline"),
    Rule("label-filled-tab", "blocks", filled_tab_column, "a label set in with one space before its text (as wide as "
         "the tab after a list's labels), the line under it standing at that text's column: the item's wrapped lines "
         "hang there"),
    Rule("item-under-number-alone", "blocks", item_under_number_column, "where the text under a number alone opens "
         "with an item's label and a tab ('58.' / 'a)     Prie …'), the item's wrapped lines hang at that item's text "
         "column"),
    Rule("label-alone-text-column", "blocks", alone_label_column, "where a number or label stood alone on its line "
         "over its text's first line (joined to it), the column its item's wrapped lines hang at is that first "
         "line's indent (text-column-continues)"),
    # (UN print as pdftotext -layout gives it: a budget item's amount, its unit abbreviated, the wrap cut after it.)
    Rule("unit-cut-at-text-column", "blocks", unit_cut, "text-column-continues after a line that ends with a figure "
         "and its unit abbreviated with a stop ('16 135 800 долл.' / 'США;'): the line at the item's text column that "
         "opens with the word completing that unit (the language table's cut_units) is the item's rest"),
    # (UN print as pdftotext -layout gives it: an item's rest after its comma, at its text column, opening with a head.)
    Rule("paragraph-indent-from-heads", "blocks", deeper_than_heads, "for head-after-comma-set-in, the paragraphs' "
         "indent is the one most lines opening with a paragraph's head after a finished line have, where the items' "
         "wrapped lines of long lists outnumber the preamble's first lines"),
    Rule("head-after-comma-set-in", "blocks", head_after_comma_set_in, "a line at the column an item's text hangs at, "
         "after the item's comma, opening with a paragraph's head, goes on with the item where that column stands "
         "deeper than the paragraphs' first lines (text-column-continues)"),
    # (UN print as pdftotext -layout gives it: a schedule's days under a numbered paragraph's colon, a page between.)
    Rule("numbered-colon-items", "blocks", numbered_colon, "a line at a numbered paragraph's text column after its "
         "colon is an item the paragraph announces, whatever its case: a numbered paragraph's wrapped lines go back to "
         "the margin (text-column-continues)"),
    # (UN print as pdftotext -layout gives it: a list's text without a label between two items, at their text column.)
    Rule("list-text-hangs", "blocks", Lines._opened_set_in, "a line set in, with no number or label, that opened a "
         "paragraph at the column the line above hangs its lines at hangs its own wrapped lines there "
         "(text-column-continues)"),
    # (Position-keeping extractors, pdftotext -layout: every line ends at the right margin, set-in lines narrower.)
    Rule("set-in-width", "blocks", set_in_widths, "where the wrapped lines set in end nearer where the lines at the "
         "margin do once their indent is counted, every line's width counts its indent"),
    Rule("indent-marks-starts", "blocks", indent_marks_starts, "indentation marks paragraph starts only where at "
         "least half the lines that open like a paragraph (number, label or known head after a finished line) are "
         "indented: a few indented lines (a quotation, a space left by a removed direction mark) say nothing; a "
         "text too short for the share to tell indents only where no more of those lines open at the margin than "
         "stand in"),
    Rule("numbers-at-margin", "blocks", numbers_at_margin, "a text whose lines opening with a paragraph number after "
         "a finished line all stand at the margin, numbers in sequence, does not indent its paragraphs: its set-in "
         "lines are items, quotations or first-line indents (a Word document saved as text)"),
    Rule("stray-blank-lines", "blocks", stray_gaps, "in flat text, a blank line or two before fewer than a tenth "
         "of the lines that open like a paragraph (a note's block or a page's furniture left in the flow) are no "
         "layout of paragraphs: the lines themselves tell"),
    Rule("double-spaced-flat", "blocks", layout, "double-spaced text without indents is read as text with neither "
         "indents nor blank lines: the lines themselves tell where paragraphs end"),
)


# -- joining ----------------------------------------------------------------------------------------
def build_blocks(lang: Lang, lines: list[Line], phrases: bool = True, doc: Doc | None = None,
                 given: tuple[Layout, int] | None = None) -> list[Block]:
    """Joins lines into blocks: paragraphs, and headings between them (in the given layout, if any)."""
    return _blocks(Lines(lang, lines, phrases, doc, given))


def _no_heading_when_finished(run: HeadingRun, i: int) -> bool:
    """Whether a finished line i is surely no heading: not one the file set in bold, nor a section's label with its
    stop (section-label-stop-alone), nor one that ends with a colon before a numbered paragraph or inside its title,
    nor a title's line wrapped after a comma (a labelled title's, one opening with a capital where paragraphs open in
    lower case, one a blank line or a wider gap opens, or an unspread one in justified text)."""
    return (not run.in_bold(i) and not run.colon_title(i) and not run.colon_wrapped(i) and not run.stopped_label(i)
            and not (run.after_heading and run.labelled and (run.comma_in_title(i) or run.colon_in_title(i)))
            and not run.capital_comma_title(i)
            and not run.comma_in_gap_title(i) and not run.comma_in_unspread_title(i)
            and not run.comma_in_indented_title(i) and not run.comma_in_flush_title(i)
            and not run.comma_in_wide_gap_title(i) and not run.comma_in_flat_title(i))


# What stands in a Lines for a line already joined into its block, when the lines are released as
# they are read (no rule looks further back than the line before).
_READ = Line("", 0)
# How many lines behind the line being read are kept (inline-enumeration and its reading at a text column look back).
_KEPT_BEHIND = max(INLINE_ITEM_LINES, INLINE_ITEM_LINES_HUNG)


def _trace_proclitic_cuts(c: Lines, current: list[Line]) -> None:
    """proclitic-joins-next (marked.join_text joins them): traced at each line of a block that ends with a proclitic
    alone over a line that opens with a letter."""
    if c.doc is None:
        return
    for above, below in zip(current, current[1:], strict=False):
        if above.text and below.text and proclitic_cut(c.lang, above.text.rstrip(), below.text.lstrip()):
            c.doc.fired("proclitic-joins-next", above.number)


def _blocks(c: Lines, release: bool = False) -> list[Block]:
    """The blocks of the lines; release: the lines are the caller's to give up, each let go once
    read (a long text is not held twice, as lines and as blocks)."""
    from .headings import HeadingRun

    lang, lines = c.lang, c.lines
    run = HeadingRun(c)
    blocks: list[Block] = []
    current: list[Line] = []
    marked = False  # a line of current has marks
    first = ""  # the first line of current, as read

    def flush(heading: bool = False) -> None:
        nonlocal marked
        if len(current) == 1 and not marked:  # (most headings, and text of a paragraph to a line)
            ln = current[0]
            blocks.append(Block(normalize_text(lang, ln.text), (), ln.number, 1, heading))  # (join_text of one)
        elif current:
            if lang.proclitics:
                _trace_proclitic_cuts(c, current)
            if marked:
                text = join(lang, [ln.content for ln in current])
                blocks.append(Block(text.text, text.marks, current[0].number, len(current), heading))
            else:
                blocks.append(Block(join_text(lang, [ln.text for ln in current]), (), current[0].number,
                                    len(current), heading))
        current.clear()
        marked = False

    if release:
        c.ask_whole_text()
    starts_new, heading_at, fin, opener = c.starts_new, run.heading_at, c.fin, c.opener  # (asked of every line)
    for i, ln in enumerate(lines):
        new = i == 0 or starts_new(i)
        # (A heading is neither finished nor a label: asked of the other lines only — and of a
        # finished line the file set in bold, "…формах расизма," of a wrapped heading, or that ends
        # with a colon before a numbered paragraph, colon-heading-joined, or inside its title where
        # the wrap fell: colon-inside-title.)
        if opener[i] or (fin[i] and _no_heading_when_finished(run, i)) or (
                new and bool(current) and next_bullet(c, i, first)) or _question_no_heading(c, i):
            is_heading = run.after_heading = False
        else:
            is_heading = heading_at(i, i - len(current))
        if new or is_heading:
            flush()
        if not current:
            first = c.view(i)  # (the block's first line: bullet-in-list asks it, the lines are let go)
        current.append(ln)
        marked = marked or bool(ln.marks)
        if is_heading:
            flush(heading=True)
        # (let go a few lines behind: inline-enumeration reads the lines of the item before)
        if release and i > _KEPT_BEHIND:
            lines[i - 1 - _KEPT_BEHIND] = _READ
    flush()
    if release:  # (as each line was let go once the next was read: all but the last)
        for k in range(max(0, len(lines) - 1 - _KEPT_BEHIND), len(lines) - 1):
            lines[k] = _READ
    return blocks


def body_blocks(doc: Doc) -> None:
    """Stage: the body's blocks, and the length of its full lines."""
    body = doc.body_lines
    if not body:
        raise UnresError(Problem("text-no-paragraphs", "no paragraphs after the enacting formula",
                                 line=doc.lines[doc.seg.formula_at].number))
    # The body's lines leave doc.lines, and each is let go once read into its block.
    seg = doc.seg
    del doc.lines[seg.body_from:seg.closing_at]
    seg.closing_at -= len(body)
    seg.annex_at -= len(body)
    # operative-table: a table among the operative paragraphs (a budget resolution's staffing changes,
    # model 1.3), in plain text's table form: taken apart, placed by assemble after the paragraphs before it.
    body, doc.body_tables = tables_apart(doc, body, "operative-table")
    # (the text right after a table opens a paragraph of its own: the table ended the one before; found by bisection
    # over the body's line numbers, which rise — sought line by line for each table, many tables cost the square)
    numbers = [ln.number for ln in body] if doc.body_tables else []  # (a list of every line's number: only for tables)
    doc.after_table = {numbers[k] if (k := bisect_right(numbers, at)) < len(numbers) else 0
                       for at, _ in doc.body_tables}
    c = Lines(doc.lang, body, True, doc)
    doc.page_starts = frozenset(ln.number for ln in body if ln.page_start)  # (heading-cut-by-page)
    doc.wraps = c.wraps()  # (heading-ends-before-page)
    # (heading-apart-by-blank asks them only in wrapped text whose blank lines separate paragraphs: kept only there,
    # as a text of thousands of blocks set apart by blank lines would otherwise hold them all)
    if doc.wraps and c.mode.gaps and not c.mode.flat:
        doc.gap_starts = frozenset(ln.number for ln in body if ln.gap_before)
    del body
    if doc.lang.script.wide:  # heading-wrapped asks how far a heading line ran, in print
        doc.full_columns = full_line(c.lines, [doc.lang.script.columns(ln.text) for ln in c.lines])
    doc.top = captions_above(doc, _blocks(c, release=True), doc.body_tables)
    doc.full = c.full
    doc.layout = c.mode


def lead(doc: Doc) -> None:
    """Stage: the considerations printed before the formula (early Security Council texts:
    "Whereas …" / "The Security Council" / "Decides …"), kept as the first preambular paragraphs."""
    seg = doc.seg
    if seg.lead_from < seg.formula_at:
        doc.lead = build_blocks(doc.lang, doc.lines[seg.lead_from:seg.formula_at], doc=doc)
        doc.warn("text-preamble-before-formula", f"{len(doc.lead)} preambular paragraph(s) stand before the "
                 "enacting formula; they open the preamble", doc.lines[seg.lead_from].number)
