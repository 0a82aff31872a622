"""Where the reader guessed a preambular paragraph's boundary (text-boundary-guessed, issue 22).

Some places of a text print two documents alike: where neither an indent nor a blank line marks a
paragraph's start, a preambular paragraph wrapped after a clause's comma, its next line opening with a
paragraph's head ("…الدولة، / وإذ يعرب…", "…сотрудничества, / принимая во внимание…"), prints exactly as
two paragraphs would. No rule can read every such place right; the reader takes one reading, and this
module tells the user where, so that a person checks those places and nothing else.

The blocks stage notes, for each line it decides on, whether the layout gave a cue there (`note`, called
once per line from blocks.Lines.starts_new); once the preamble is known (end of classify), `tell` warns at
each noted line that begins a preambular paragraph or lies inside one, with the reading taken. Nothing
here changes a reading: it only looks.

Eight shapes are noted:
- "comma-head": in wrapped flat text (neither indents nor blank lines), or on a page's first line where blank
  lines part the paragraphs (the page break hides them), a line that opens with a known paragraph head after
  a line ending with a comma or semicolon that ran to the width — no room for the next line's first word, not
  left short, not widened or left unwidened by justification where that tells —, in a script without case or a
  language whose preambular paragraphs open in lower case (where they open with a capital, a head's capital
  after a comma tells: inside a sentence the word is in lower case). Either reading may be the one taken (a
  split, or a join by a rule that knows the clause).
- "page-cut": a line read as a new paragraph after another (not a preamble's first, under a part's title) though it
  opens like no paragraph's start — no number, label, known head or opening phrase after a finished line, or a
  head whose case tells nothing after an unfinished one, unless that line ends with a conjunction or the lead of the
  head's phrase, which blocks.head_lead_cut reads on —, where a page break may
  stand before it unseen: at a page break (in wrapped text, after a line that ran to the width), or
  anywhere in text of blocks whose page breaks do not show (an extractor that drops the pages' heads and
  feet: a paragraph the page cut reads as two blocks).
- "block-join": in flat text of blocks (one block to a line, its lines wider than any printed one) whose page breaks
  do not show (an extractor that drops the pages' heads and feet), a block read on as the rest of the one above only
  because no rule had an opinion, after a block that ends with a clause's comma or semicolon — as every preambular
  paragraph there ends — and opening as a paragraph may (not in lower case, where paragraphs open with a capital):
  the UN opens some paragraphs with no head of the table ("因此依然感到关切的是…"), and a page cut there reads the same.
- "adverb-head": in text of blocks of a script without case, a block read as a new paragraph by
  adverb-head-after-unfinished-block — it opens with an adverb that opens a clause only at a paragraph's start and a
  head verb ("وإذ تلاحظ …") after a block that did not finish its clause: a paragraph the UN left without its final
  comma, or, rarely, a sentence a page cut there. Told wherever it splits, whether or not the text shows its pages.
- "list-cut": in text of blocks, a block read on by digits-after-comma as the rest of a list of numbers a page cut
  after one of its commas, where the number the block opens with is followed by a word, not a comma or a bracketed
  year ("… 80/4 of 3 December 2025," / "81/30 of …"): a paragraph may open so too.
- "lifted-cut": in text of blocks of a language whose paragraphs open in lower case, a block read on by
  no-head-over-lifted-lines as the rest of a paragraph a page cut after a clause's comma, where the only evidence is
  the page's notes or furniture between and no head's word among the block's first words ("… общинами," / notes /
  "в этой связи с удовлетворением отмечая …"): a paragraph may open with a phrase before its head.
- "wide-join": in double-spaced text whose few wider gaps wide-gaps-outnumbered found to part nothing (the lines
  tell, as in double-spaced text without them), a line after a wider gap read on as the rest of the paragraph above:
  the wider gap may have parted two paragraphs after all.
- "mark-space": in text of a script without spaces wrapped by characters whose paragraphs are set in by one space,
  a line set in by that space, opening with no number, label or known head, under a line that ends with a
  reference mark after a finished clause ("…第48/13号决议，2" / " 以及确保…的需要，"): the space may be the one printed
  after the mark, which the wrap carried to the line's start (the paragraph goes on), or the next paragraph's indent
  (a paragraph that opens with no head of the table). Under a mark after text that finishes nothing the line goes on
  (blocks.space_after_mark_wrapped); here width, indent and words print both readings alike.
Told elsewhere with a shape word of its own, not noted here:
- "label-after-clause" (blocks.label_after_clause_told, told at the end of classify: tell_labels_after_clause): in
  wrapped PDF text, a section's label with its stop alone on its line ("II.") after a clause's comma or semicolon, the
  first of its table after a comma or the next in sequence after a label that opened a section or was told (not after
  a colon, nor after a list's item), or after a full stop the next after a label told, read as other than a heading —
  the rest of a paragraph, an item, a wrap-up or a preambular paragraph —: the label may open the next section or be
  a list's item inside the clause.
Left out, though as undecidable in principle: in text of blocks, a page cut after a comma before a known
head (every paragraph end there has that shape, and a page cuts one in a hundred or more of them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..langs import punctuation
from .marked import MARK_SPACE_INDENT, PRINTED_MARK
from .openings import comma_prefix_head, label, starts_with_head
from .state import Block, Doc

if TYPE_CHECKING:
    from .blocks import Lines

_CLAUSE_COMMAS = frozenset(punctuation("comma", "semicolon"))
_COMMAS = frozenset(punctuation("comma"))
_CLOSING_QUOTES = punctuation("closing_quotes")
# (blocks.py's SHORT_LINE and FIT_SHARE: a line shorter than this share of a full line stopped short; one that
# ended before this share, counted to where the next line's first word or character would have ended, did not
# end by the wrap. Repeated here, not imported: blocks.py imports this module.)
_SHORT_LINE = 0.7
_FIT_SHARE = 0.9
_FIRST_RUN = re.compile(r"[!-~]+|[^\s]")
# How much of a line the message quotes.
_QUOTED = 30

COMMA_HEAD = "comma-head"
PAGE_CUT = "page-cut"
BLOCK_JOIN = "block-join"
ADVERB_HEAD = "adverb-head"
LIST_CUT = "list-cut"
LIFTED_CUT = "lifted-cut"
WIDE_JOIN = "wide-join"
MARK_SPACE = "mark-space"
# (noted by their index: doc.unsure_kinds)
_KINDS = (COMMA_HEAD, PAGE_CUT, BLOCK_JOIN, ADVERB_HEAD, LIST_CUT, LIFTED_CUT, WIDE_JOIN, MARK_SPACE)


def note(c: Lines, i: int) -> None:
    """Notes line i (not the first) in c.doc.unsure when the layout gives no cue whether it starts a paragraph."""
    if c.doc is None or c.opener[i]:
        return
    kind = (WIDE_JOIN if i in c.wide_off and not c._new[i]
            else ADVERB_HEAD if c.adverb_headed == i else COMMA_HEAD if _comma_head(c, i)
            else LIST_CUT if i in c.guessed_joins else LIFTED_CUT if i in c.lifted_joins
            else BLOCK_JOIN if _block_join(c, i) else MARK_SPACE if _mark_space(c, i)
            else PAGE_CUT if _page_cut(c, i) else None)
    if kind is not None:
        c.doc.unsure_lines.append(c.lines[i].number)
        c.doc.unsure_kinds.append(_KINDS.index(kind))


def _mark_space(c: Lines, i: int) -> bool:
    """"mark-space": a line set in by the one space the paragraphs are set in by, in a script without spaces, with
    no head of the table, under a line that ran to the full width and ends with a reference mark after a finished
    clause (under a line that stopped short the space is no mark's, carried by the wrap: nothing to tell)."""
    above, margin = c.lines[i - 1], c.mode.margin
    if (c.lang.script.spaced or not c.mode.indent or c.shapes.indents[i] - margin != MARK_SPACE_INDENT
            or not above.marks or above.marks[-1].at < len(above.text) or not c.fin[i - 1]):
        return False
    if c.paragraph_indent(i) - margin != MARK_SPACE_INDENT or starts_with_head(c.lang, c.view(i)):
        return False
    # (the full width is measured once, when the reader's rules first ask it: not kept from here, as in
    # _wide_ran_to_width)
    kept = c._full_columns
    try:
        return c.mark_line_full(i - 1)
    finally:
        c._full_columns = kept


def _clause_end(c: Lines, k: int) -> str:
    """Line k's last character of its clause, closing quotes and a note's mark after it not counted."""
    end = c.view(k).rstrip()
    if end[-1:] == PRINTED_MARK:
        end = end.rstrip(PRINTED_MARK + " ")
    return end.rstrip(_CLOSING_QUOTES)[-1:]


def _case_tells_nothing(c: Lines, text: str) -> bool:
    """Whether a head's case says nothing of a paragraph start: a script without case, or a language whose
    preambular paragraphs open in lower case (Russian), where a head reads the same inside a sentence."""
    first = text[:1]
    return c.lang.openings.lower_case or first.lower() == first.upper()


def _comma_head(c: Lines, i: int) -> bool:
    """"comma-head": no blank line or indent to tell, a head after a clause's comma, and no width cue at the line
    before."""
    k = i - 1
    if not (c.fin[k] and _no_blank_or_indent(c, i)) or _clause_end(c, k) not in _CLAUSE_COMMAS:
        return False
    view = c.view(i)
    if not (starts_with_head(c.lang, view) and _case_tells_nothing(c, view)):
        return False
    return c.wraps() and _ran_to_width(c, k)


def _no_blank_or_indent(c: Lines, i: int) -> bool:
    """Whether neither a blank line nor an indent can tell at line i: wrapped flat text, or a page's first line in
    text whose blank lines part its paragraphs (the page break hides the blank line, or its absence)."""
    mode = c.mode
    if mode.flat:
        # (double-spaced text whose paragraphs stand further apart than its lines: the gap tells, wide-gap-opens —
        # but where a page break stood between, -1)
        return not mode.unwrapped and (c.wide is None or c.wide[i] < 0)
    return mode.gaps and not mode.indent and bool(c.shapes.page_start[i])


def _ran_to_width(c: Lines, k: int) -> bool:
    """Whether line k ran to the width, so that only the wrap may have ended it: not short, no room for the next
    line's first word (or, in a script without spaces, its first character), and, in justified text, not widened
    (a widened line was wrapped: that tells). Told without a word to the trace: the rules that read these cues
    say where they decided."""
    doc = c.doc
    if doc is not None and doc.spread and (c.lines[k].number in doc.spread or _fits_unwidened(c, k)):
        return False
    script = c.lang.script
    if not script.wide or script.spaced:
        return c.widths[k] > _SHORT_LINE * c.full and not c.room_for_next(k)
    return _wide_ran_to_width(c, k)


def _wide_ran_to_width(c: Lines, k: int) -> bool:
    """_ran_to_width in a script with wide characters and no spaces, told in print columns (as ran_short and
    room_on_grid tell it): not short, no room for the next line's first character, nor on an exact grid."""
    # (The full width and the grid are measured once, over the lines as they stand when first asked — lines are
    # let go as they are read: asked here first, they would be measured at another time than the reader's rules
    # measure them, and a reading could change. Asked here, they are not kept.)
    kept = c._full_columns, c._grid
    try:
        return _wide_ran(c, k)
    finally:
        c._full_columns, c._grid = kept


def _wide_ran(c: Lines, k: int) -> bool:
    script = c.lang.script
    full = c.full_columns()
    printed = script.columns(c.view(k))
    # (a run of digits or Latin letters is asked whole, as wide-room-for-next asks it: a wrap keeps it together)
    first = _FIRST_RUN.match(c.view(k + 1))
    carried = script.columns(first.group()) if first is not None else 0
    if printed <= _SHORT_LINE * full or (first is not None and printed + carried <= _FIT_SHARE * full):
        return False
    grid = c.grid_columns()
    return not grid or first is None or printed + carried > grid


def _fits_unwidened(c: Lines, k: int) -> bool:
    """In justified text, line k was not widened though shorter than the width the wrapped lines were widened to, or
    the next line's first word would have fitted on it: it ended its paragraph (every wrapped line of a justified
    text is widened to the width; only a line exactly as wide needs no widening, and says nothing)."""
    assert c.doc is not None
    first = c.view(k + 1).split(None, 1)
    return (c.widths[k] < c.doc.justified_width
            or (bool(first) and len(c.view(k).rstrip()) + 1 + len(first[0]) <= c.full))


def _opens_like_paragraph(c: Lines, view: str) -> bool:
    """A known head (an opening phrase, where the table tells heads so), a prefix set off by a comma before one, or a
    head after a conjunction ("et soulignant …", the wrap-up of a paragraph's list set as a paragraph). (Not any
    opening() gives: in a script with case, it takes any capitalized word for a phrase, "Al-Sudani's".)"""
    if starts_with_head(c.lang, view) or _comma_prefix(c, view):
        return True
    words = view.split(None, 1)
    return (len(words) == 2 and words[0] in c.lang.continues_after
            and starts_with_head(c.lang, words[1][:1].upper() + words[1][1:], known=True))


def _comma_prefix(c: Lines, view: str) -> bool:
    """A prefix of the table set off by a comma, then a known head ("在这方面，回顾…": comma-prefix-in-blocks)."""
    return comma_prefix_head(c.lang, view)


def _page_cut(c: Lines, i: int) -> bool:
    """"page-cut": a line that opens like no paragraph's start, where a page break may stand unseen before it."""
    k = i - 1
    view = c.view(i)
    head = _opens_like_paragraph(c, view)
    # (after an unfinished line, a head's capital tells where paragraphs open with one: inside a sentence the word
    # would be in lower case)
    if (head if c.fin[k] else not head or not _case_tells_nothing(c, view)) or label(c.lang, view) is not None:
        return False
    if c.wraps():
        return bool(c.shapes.page_start[i]) and _ran_to_width(c, k)
    return bool(c.shapes.page_start[i]) or 1 not in c.shapes.page_start


def _block_join(c: Lines, i: int) -> bool:
    """"block-join": a block read on by no rule's opinion after a clause's comma, in text of blocks whose page breaks
    do not show, opening as a paragraph may."""
    k = i - 1
    if not c.unruled or _clause_end(c, k) not in _CLAUSE_COMMAS:
        return False
    view = c.view(i)
    if not view[:1] or (view[:1].islower() and not c.lang.openings.lower_case):
        return False
    # (paged_blocks() and what it measures are asked here without being kept: asked first here, they would be
    # measured at another time than the reader's rules measure them, and a reading could change)
    kept = c._full_columns, c._grid, c._paged, c._wraps
    try:
        return c._blocks_unprinted() and not c.paged_blocks()
    finally:
        c._full_columns, c._grid, c._paged, c._wraps = kept


def tell(doc: Doc) -> None:
    """text-boundary-guessed at each noted line that begins a preambular paragraph or lies inside one (the
    resolution's preamble, and each part's)."""
    if not doc.unsure_lines:
        return
    ends = [p.line for p in doc.parts]
    preambles = [(doc.preamble, _first_line(doc.operative, ends))]
    preambles += [(part.preamble, _first_line(part.operative, ends[k + 1:])) for k, part in enumerate(doc.parts)]
    spans = [(p[0].line, after if after is not None else p[-1].line + p[-1].lines) for p, after in preambles if p]
    # (only the lines of a preamble are looked up: the operative part's are many and never told)
    unsure = {n: _KINDS[kind] for n, kind in zip(doc.unsure_lines, doc.unsure_kinds, strict=True)
              if any(lo <= n <= hi for lo, hi in spans)}
    starts = _line_starts(doc.text, set(unsure))
    for preamble, after in preambles:
        _tell_in(doc, preamble, after, {n: (kind, starts[n]) for n, kind in unsure.items()})


def _line_starts(text: str, wanted: set[int]) -> dict[int, str]:
    """The starts of the input's lines numbered `wanted`, whitespace collapsed (as a warning quotes them)."""
    out: dict[int, str] = {}
    pos, n, last = 0, 1, max(wanted, default=0)
    while n <= last:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if n in wanted:
            out[n] = " ".join(text[pos:min(end, pos + 4 * _QUOTED)].split())[:_QUOTED + 1]
        pos, n = end + 1, n + 1
    return out


def _first_line(operative: list, later: list[int]) -> int | None:
    """The line after the preamble: its first operative paragraph's, or else the next part's."""
    lines = [op.line for op in operative[:1]] + later[:1]
    return min(lines) if lines else None


def _tell_in(doc: Doc, preamble: list[Block], after: int | None, unsure: dict[int, tuple[str, str]]) -> None:
    for k, b in enumerate(preamble):
        end = preamble[k + 1].line if k + 1 < len(preamble) else after
        last = b.line + b.lines - 1 if end is None else end - 1
        for n in range(b.line, last + 1):
            kind, start = unsure.get(n, ("", ""))
            if not kind or (kind == PAGE_CUT and not _after_paragraph(preamble, k, n)):
                continue
            # (block-join: only a line the paragraph holds — not a heading read after it, "一" over the first section)
            if kind == BLOCK_JOIN and n >= b.line + b.lines:
                continue
            doc.warn("text-boundary-guessed", _message(n, kind, start, k + 1, n == b.line), n)


def _after_paragraph(preamble: list[Block], k: int, n: int) -> bool:
    """page-cut: line n opens paragraph k, and another preambular paragraph stands before it — a page cuts a
    paragraph, not a part's title from the paragraph under it (a heading kept as a paragraph of its own,
    preamble-heading-paragraph, has no final punctuation: the paragraph under it is told only where its head's
    case tells nothing)."""
    return k > 0 and n == preamble[k].line and not preamble[k].heads


def _message(n: int, kind: str, start: str, paragraph: int, new: bool) -> str:
    """What the warning says: the line, why nothing tells, and the reading taken."""
    quoted = start[:_QUOTED] + ("…" if len(start) > _QUOTED else "")
    if kind == COMMA_HEAD:
        why = "opens with a paragraph's head after a clause's comma, and no indent, blank line or line width tells"
    elif kind == ADVERB_HEAD:
        why = "opens with an adverb and a paragraph's head after a block that did not finish its clause: a paragraph " \
              "without its final comma, or a sentence a page cut there unseen"
    elif kind == LIST_CUT:
        why = "opens with a number and a word after a block that ends with a number and its comma, as the rest of a " \
              "list a page cut there unseen would, or a paragraph"
    elif kind == LIFTED_CUT:
        why = "opens in lower case with no paragraph's head among its first words after a clause's comma, a page's " \
              "notes or furniture between: the rest of a paragraph a page cut there, or a paragraph opening with a " \
              "phrase before its head"
    elif kind == WIDE_JOIN:
        why = "stands after a wider gap than the text's lines, which the reader took for no paragraph's end (the " \
              "paragraphs of this double-spaced text stand one blank line apart), but which may part two"
    elif kind == MARK_SPACE:
        why = "is set in by one space, as the paragraphs are, under a line that ends with a note's mark after a " \
              "finished clause: the space printed after the mark, which the wrap carried there, or a paragraph's indent"
    elif kind == BLOCK_JOIN:
        why = "is a block after one that ends with a clause's comma, as a paragraph there ends, and no page break " \
              "shows whether a page cut it there"
    else:
        why = "opens like no paragraph (no number, label or known head after a finished line, or a head after an " \
              "unfinished one), and a page break may stand before it unseen"
    reading = (f"read as a new paragraph (preambular paragraph {paragraph})" if new
               else f"read as the same paragraph (preambular paragraph {paragraph} goes on)")
    return f"line {n} {quoted!r} {why}: {reading}"
