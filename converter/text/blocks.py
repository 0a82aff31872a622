"""Stage 3 of the text pipeline: rebuild logical paragraphs ("blocks") from physical lines.

A line starts a new block when the layout says so: an indented first line (in documents that
indent), a blank line (in documents that do not double-space), a paragraph number or a
sub-paragraph label, or the end of a sentence followed by a line that opens like a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..langs import Lang
from .clean import MARK_OPEN, Line, strip_marks

_LATIN_WORD_END = re.compile(r"[^\W\d_]-$")
_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
# Starts with the space itself: the regex engine then jumps from space to space.
_SPACE_BY_CJK = re.compile(f" (?:(?<=[{_CJK}] )|(?=[{_CJK}]))")
_PARA_END_CHARS = frozenset(",;:.，；：。،؛")
_TRAILING_NUMBER = re.compile(r"[,;:.，；：。،؛]\s?\d{1,3}$")
# Headings are printed on one line; a longer unfinished line is a paragraph whose end was lost.
_HEADING_MAX = 100
_HEADING_RUN = 3
_SEMICOLON = re.compile("[;；؛]")
_UNWRAPPED_SHARE = 0.75
_EVEN_SHARE = 0.5
_FLAT_MIN_LINES = 4  # fewer lines tell nothing about their width


@dataclass(slots=True)
class Block:
    text: str
    line: int  # line number of the first line
    lines: int = 1
    heading: bool = False  # a one-line title between paragraphs ("Follow-up", "Reporting")
    heads: tuple[str, ...] = ()  # the headings printed right before this block


def join_lines(lang: Lang, parts: list[str]) -> str:
    text = ""
    for part in parts:
        if not text:
            text = part
        elif text.endswith("\u00ad"):
            text = text[:-1] + part
        elif (text[-1] == "-" and part[:1].islower() and _LATIN_WORD_END.search(text, len(text) - 2)
              and part.split(" ", 1)[0] not in lang.t.get("suspended_hyphen_words", ())):
            # A line ending in a hyphen inside a word: the hyphen belongs to the word
            # (non-governmental); UN documents are not hyphenated by the typesetter. Only a
            # suspended hyphen ("troop- and police-contributing") keeps its space.
            text += part
        else:
            text += lang.join + part
    return normalize_space(lang, text)


def normalize_space(lang: Lang, text: str) -> str:
    text = " ".join(text.split())
    if lang.join == "" and " " in text:
        # A space next to a CJK character is an artefact of line joining; between Latin words it stays.
        text = _SPACE_BY_CJK.sub("", text)
    return text


def finished(text: str) -> bool:
    """Whether a line ends a sentence or clause (reference marks at the end do not count)."""
    # A closing quote may follow the punctuation ("… Transparent Elections,”"), and so may a
    # footnote number that was not recognised as a mark ("… of Zimbabwe, 57").
    if MARK_OPEN in text:
        text = strip_marks(text)
    text = text.rstrip().rstrip("”’\"'»」』")
    if text[-1:] in _PARA_END_CHARS:
        return True
    return text[-1:].isdigit() and _TRAILING_NUMBER.search(text) is not None


def full_line(lines: list[Line]) -> int:
    """The length of a full line; one well short of it did not wrap (full lines hold ~90 Latin or
    ~40 CJK characters)."""
    lengths = sorted([len(ln.text) for ln in lines])
    return (lengths[int(0.9 * (len(lengths) - 1))] if len(lengths) >= 20 else lengths[-1]) if lengths else 0


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


def layout(lines: list[Line], opener: list[bool] | None = None, fin: list[bool] | None = None,
           full: int | None = None) -> Layout:
    """What marks paragraph starts in this document: indentation, blank lines, or neither.
    opener: for each line, whether it opens a paragraph by itself (a number, a label); fin and
    full: finished() of each line and full_line(lines), when the caller has them."""
    indents = [ln.indent for ln in lines]
    margin = min(indents, default=0)
    indented = len(indents) - indents.count(margin)
    gaps = [ln.gap_before for ln in lines[1:]].count(True)
    # Double-spaced extractions put a blank line after every line, even inside a sentence: then
    # blanks mean nothing. Blank lines only before finished paragraphs are real separators — and
    # after headings, which are unfinished but short, where a wrapped line runs to the margin. (A
    # line after the blank that opens a paragraph by itself — "1.", "(a)" — did not go on with an
    # unfinished line before it: that one was a heading, however long.)
    double_spaced = gaps >= 0.8 * max(1, len(lines) - 1)
    if double_spaced:
        wrap = 0.7 * (full_line(lines) if full is None else full)
        double_spaced = any(ln.gap_before and len(prev.text) > wrap and not (opener and opener[i + 1])
                            and not (fin[i] if fin is not None else finished(prev.text))
                            for i, (prev, ln) in enumerate(zip(lines, lines[1:], strict=False)))
    # Indentation marks paragraph starts when some lines stand further in than the left margin
    # (every line sharing one indent is a margin, not a paragraph start).
    indent = 0 < indented < len(lines)
    flat = not indent and gaps == 0 and len(lines) > 1
    even = unwrapped = False
    if flat and len(lines) >= _FLAT_MIN_LINES:
        fin = fin if fin is not None else [finished(ln.text) for ln in lines]
        width = 0.8 * (full_line(lines) if full is None else full)
        # Wrapped lines end inside a sentence, at the full width; a text whose lines nearly all
        # end a clause, and whose other lines are short (headings), was written one paragraph
        # to a line.
        unwrapped = (fin.count(True) >= _UNWRAPPED_SHARE * len(lines)
                     and all(done or len(ln.text) < width for ln, done in zip(lines, fin, strict=True)))
        # A short line says "paragraph end" only where lines run to one width (OCR of old
        # volumes mixes one-line paragraphs with lines wrapped in columns).
        even = sum(len(ln.text) >= width for ln in lines) >= _EVEN_SHARE * len(lines)
    return Layout(indent=indent, margin=margin, gaps=not double_spaced, flat=flat, even=even,
                  unwrapped=unwrapped)


def build_blocks(lang: Lang, lines: list[Line], starts_block, opens=None, heads=None) -> list[Block]:
    """Joins lines into blocks.

    starts_block(text): whether a line's text opens a paragraph by itself (a number, a label).
    opens(text): whether it may open one (a capital will do), asked after a page break.
    heads(text): whether it opens with a known paragraph head ("Recalling"), asked where the
    layout tells nothing.
    """
    # Each line is asked these questions several times (as itself, as the next or the previous line).
    fin = [finished(ln.text) for ln in lines]
    opener = [bool(starts_block(ln.text)) for ln in lines]
    full = full_line(lines)
    mode = layout(lines, opener, fin, full)
    short = 0.7 * full
    goes_on = frozenset(lang.t.get("continues_after", ()))
    blocks: list[Block] = []
    current: list[str] = []
    first = 0

    known: list[bool | None] = [None] * len(lines)

    def starts_new(i: int) -> bool:
        # Asked again for the line after each heading candidate: answered once per line.
        new = known[i]
        if new is None:
            new = known[i] = _starts_new(i)
        return new

    def _starts_new(i: int) -> bool:
        ln = lines[i]
        new = False
        # An unfinished line that stopped short before a label is an unpunctuated title item
        # ("d) Désarmement, démobilisation…" / page break / "e) Action en faveur…").
        ended = fin[i - 1] or (opener[i] and len(lines[i - 1].text) <= short)
        if mode.indent:
            new = ln.indent > mode.margin
            # After a page break the indent is shifted; a line there continues the
            # paragraph unless the previous one was finished.
            if ln.page_start and not ended:
                new = False
        if mode.gaps and ln.gap_before:
            new = True
        if mode.unwrapped or (mode.flat and _flat_start(i)):
            new = True  # (unwrapped: one paragraph or heading to a line)
        if ln.page_start and not mode.indent and opens is not None:
            # A page break hides the blank line or indent: a finished paragraph followed by a
            # line that opens like one is the only evidence left.
            new = ended and opens(ln.text)
        # A number or label at a line start after a finished line opens a paragraph — unless the
        # document indents its paragraphs and this line is not indented: then it is an inline
        # enumeration that wrapped ("… b) la violence psychologique ;" / "d) la maltraitance …").
        if opener[i] and fin[i - 1] and not (mode.indent and ln.indent <= mode.margin and not ln.page_start):
            new = True
        return new

    def _flat_start(i: int) -> bool:
        # Where neither indents nor blank lines tell: a finished line ended its paragraph when it
        # stopped well short of the full width, or when the next line opens with a paragraph's
        # head; and a number after a short line (a heading, a title item) opens one.
        prev = len(lines[i - 1].text)
        if fin[i - 1] and ((mode.even and prev <= short) or (heads is not None and heads(lines[i].text))):
            return True
        return opener[i] and prev <= short

    def _opens_next(i: int) -> bool:
        # The paragraph after a heading may begin on a new page, where indents and blanks are lost.
        ln = lines[i]
        if ln.page_start:
            return ln.indent > mode.margin or opener[i]
        return starts_new(i)

    def flush(heading: bool = False):
        nonlocal current
        if current:
            blocks.append(Block(join_lines(lang, current), first, len(current), heading))
            current = []

    def heading_like(i: int, first: bool) -> bool:
        text = lines[i].text
        # A heading starts with a capital in scripts with case; a lower-case line continues a sentence.
        # Nor does a heading hold a semicolon: "peace; and" ends a clause that goes on.
        return (not fin[i] and not opener[i] and len(text) <= _HEADING_MAX
                and not (first and text[:1].islower()) and _SEMICOLON.search(text) is None)

    def heading_run(i: int, continued: bool = False) -> bool:
        # Headings: unfinished one-liners (at most _HEADING_RUN in a row: "Part 1", "Actions")
        # between a finished paragraph and the start of another.
        for j in range(i, min(i + _HEADING_RUN, len(lines) - 1)):
            if not heading_like(j, j == i and not continued):
                return False
            if _opens_next(j + 1):
                return True
        return False

    after_heading = False
    start = 0  # index of the current block's first line
    for i, ln in enumerate(lines):
        new = i == 0 or starts_new(i)
        # Before a heading: a finished line, another heading, or a short item that is a title
        # itself ("(e) Protection of the United Nations" before "Other tasks"), even over two
        # lines ("(e) Support for … and the" / "rule of law" before "Additional tasks").
        # (Not an item whose line ends with a word after which it goes on: "… (DDR) and" /
        # "Repatriation (DDRR)".)
        title_item = (len(lines[i - 1].text) <= short and (opener[i - 1] or (opener[start] and i - start == 2))
                      and lines[i - 1].text.rsplit(None, 1)[-1].casefold() not in goes_on)
        # Right after the formula only a label of a few characters is a heading (a first part's
        # "A", "ألف"): a first preambular paragraph may lack its final comma.
        first_label = i == 0 and len(ln.text) <= 4
        is_heading = ((first_label or (i > 0 and (fin[i - 1] or after_heading or title_item)))
                      and heading_run(i, after_heading))
        after_heading = is_heading
        if new or is_heading:
            flush()
        if not current:
            first = ln.number
            start = i
        current.append(ln.text)
        if is_heading:
            flush(heading=True)
    flush()
    return blocks
