"""Stage `flow`: the running text's lines, page by page, with footnote blocks lifted out.

A line `N text` is a footnote when N is the next note's number and the note's mark is found on
the page (marks.py); the note then runs on over the lines that do not end it. What makes a line
a note, and where a note stops, are the footnote rules of FOOTNOTE_RULES (each a predicate named
here and documented in schema/SPEC.md, "Footnotes").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

from ..labels import continues as label_continues
from ..labels import positions
from ..langs import Lang, fold_word, plain_bracket_pairs, punctuation, scripts, title_bracket_pairs
from .blocks import finished, full_line
from .cover import DISTRIBUTION, distribution_column
from .header import any_date
from .marked import normalize_text
from .marks import AMBIGUOUS, QUANTITY_SIGNS, Located, MarkSearch, range_not_mark, zero_marker
from .openings import LABEL_CLAUSE_MARKS, label, opener_regex, opens, starts_with_head
from .pages import BLANKS, COVER_LINES, indent, near_foot, paged
from .ruleset import Rule
from .segment import CLOSING_JOINED_MAX as CLOSING_LINE
from .segment import FORMULA_WITHIN, closing_joined, closing_or_meeting, formula_text, header_end
from .state import Doc, Line, Note
from .vote import VoteScan

_NOTE_FIRST = frozenset("0123456789*(")  # how a footnote's first line starts
_FOOTNOTE_START = re.compile(r"^(?P<marker>\d{1,3}(?=\s)|\*{1,3}|\(\d{1,3}\))\s*(?P<text>[^\s.．\-–].*)$")
# How a footnote ends: UN footnotes end with a full stop (or a question or exclamation mark).
_TERMINAL = tuple(punctuation("full_stop", "exclamation", "question"))
# (note-unplaced-told under a lone marker) How the line above a marker alone ends its clause: a paragraph's end
_ENDS_CLAUSE = (*_TERMINAL, *punctuation("comma", "semicolon", "colon"))
# Invisible format characters: soft hyphen, zero-width non-joiner and joiner, word joiner and the
# invisible operators. (Zero-width spaces and byte-order marks decode() removes everywhere.)
_INVISIBLE_CHARS = "\u00ad\u200c\u200d\u2060\u2061\u2062\u2063\u2064"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# A paragraph number parted from its full stop ("6 . Decides"), as extractors give a number and
# its stop set in separate runs; a letter (not a digit: "2 . 5") follows.
_NUMBER_STOP_APART = re.compile(r"^(\d{1,3}) \.(?= \D)")
# A note's marker on a line of its own ("1", "(1)"), its text on the next (rule marker-alone).
_LONE_MARKER = re.compile(r"^(?:\d{1,3}|\(\d{1,3}\))$")
# (marker-alone) A star note's marker alone on its line, its text under it, as block extractors give a star note (the
# note of a title's or a quoted text's "*") in two blocks: read as the numbered markers are (no number in sequence),
# where it comes in a block of notes (right after a note's text): a star alone under a paragraph's line is no more
# than that paragraph's end to the reader (note-left-in-text), the note's text read on over the paragraphs after it.
_STAR_MARKERS = frozenset(("*", "**", "***"))
_NUMBER_ALONE = re.compile(r"^\d{1,3}$")  # a page's number or a note's marker, alone on its line
_MARKER_LAST = frozenset("0123456789)")
MARKER_ALONE_GAP = 2  # lines (blank ones) that may stand between the marker and its text
_HEAD_CHARS = 16  # a paragraph number or label with its spaces is shorter
# A line indented this far (or more) under a finished note still belongs to it.
NOTE_HANGING_INDENT = 3
# Without any note yet, a first note numbered below this is taken (a text may start at note 7).
FIRST_NOTE_MAX = 10
# mark-alone-double-spaced: a text is double-spaced where a blank line stands under this share of its lines (page
# furniture aside), and, of those, this share end in a letter (a line the wrap cut inside a sentence); and it
# has this many lines at least (a short text says too little).
DOUBLE_SHARE = 0.9
DOUBLE_OPEN_SHARE = 0.3
DOUBLE_MIN_LINES = 20
# Numbers a note block may skip (note-numbering-gap): the UN's editing deletes a note or two and keeps
# the others' numbers; a larger jump is no renumbering but a number of the text.
NOTE_GAP_MAX = 3
# note-gap-run: a note whose number skips a few stands where notes do when it opens a run of lines (itself included)
# numbered in sequence, each ended with a note's stop: this many such lines whatever they say — two are not enough,
# lines of a paragraph may open with numbers in sequence and end with a stop ("5 States have ratified the Protocol." /
# "6 States have signed it.") —, or NOTE_GAP_RUN_CITED lines when each cites a document's symbol, as notes do
# ("18 A/HRC/13/13." / "19 A/HRC/27/10.").
NOTE_GAP_RUN = 3
NOTE_GAP_RUN_CITED = 2


@dataclass(slots=True)
class _Open:
    """A footnote being read: its lines are joined when it closes (joining each as it comes would
    copy the growing text again each time)."""

    marker: str
    parts: list[str]
    line: int
    # the lines the note ran on over (number, indent), one to each part after the first: given back to
    # the running text when they turn out to be its (note-tail-ends-paragraph)
    over: list[tuple[int, int]] = field(default_factory=list)
    indent: int = 0  # its first line's (note-runs-on-deeper)
    # the parts that go on without a space (note-symbol-cut-at-slash); a tuple, not a set: an empty set for every
    # open note cost a third more memory on texts of many note-like lines (benchmarks/scaling.py)
    glued: tuple[int, ...] = ()

    @property
    def last(self) -> str:  # how the note's text ends so far
        return self.parts[-1]


@dataclass(slots=True)
class _Flow:
    """What the footnote rules know while the lines are read."""

    doc: Doc
    search: MarkSearch
    formulas: frozenset[str]
    page_break: bool = True
    gap: bool = False
    pending: _Open | None = None  # the note being read
    defined: set[str] = field(default_factory=set)
    body_from: int | None = None  # index of the formula's line: numbered marks only after it
    glued: bool = False  # a note's mark was found glued to its word
    paged: bool | None = None  # asked only when a footnote is
    furnished: bool | None = None  # pages told by more than lone numbers (markers-make-no-pages; asked when needed)
    in_notes: bool = False  # the last text line read was part of a footnote block
    last_number: int = 0  # the last operative paragraph number read (number-without-stop)
    taken: set[int] = field(default_factory=set)  # lines read with a line above them (indices)
    late: list[Line] = field(default_factory=list)  # cover items met after the formula
    after_distribution: bool = False  # the last line was a late distribution (its date may follow)
    in_flow: bool = False  # a footnote block was read in the flow of a text without pages (notes-in-flow)
    ambiguous_refused: int = 0  # the line of the note whose ambiguous glued candidate was refused (ambiguous-alone-…)
    # notes after the closing of a text without pages have marks set apart (notes-apart-after-closing)
    apart_after_closing: bool = False
    in_vote: bool = False  # the last line read opened a vote statement in brackets not closed yet
    vote_listed: bool = False  # inside that statement, a side's heading ("In favour:") was read: its lists began
    vote_scan: VoteScan | None = None  # whether a vote statement ended since the formula (_vote_before)
    ruled: bool = False  # the text draws a rule above its notes (notes-under-rule)
    double_spaced: bool = False  # a blank line under nearly every line (mark-alone-double-spaced)
    gapped_blocks: bool = False  # a blank line under nearly every line, ending its clause (mark-alone-between-blocks)
    under_rule: bool = False  # a rule was read on this page (or the notes under it go on from the page before)
    carried: bool = False  # under_rule holds from the page before until a line of running text
    furniture_end: int | None = None  # the index after the last line of furniture or form feed (furniture_behind)
    invisible: bool = False  # the text holds invisible format characters (invisible-in-number)
    alone: bool = False  # the note being read has its marker on a line of its own (marker-alone)
    candidate: str = ""  # the line read as a note's first, its marker before it (mark-since-last)
    # the lines that open with a note's marker and text, by marker (mark-alone-before-notes-block; built when asked)
    note_starts: dict[str, list[int]] | None = None
    lone_notes: dict[str, list[int]] | None = None  # (mark-alone-before-lone-markers: _lone_notes)
    # the line ending each line's page, and the lines holding a short text alone (marker-again-below; built when asked)
    page_ends: list[int] | None = None
    lone_lines: dict[str, list[int]] = field(default_factory=dict)
    rule_lines: list[int] = field(default_factory=list)  # the footnote rules' lines, in order (marker-again-under-rule)
    cut: _Cut | None = None  # a note the previous page's foot left unfinished (note-carried-over)
    # the numbers mark-alone-over-page set back, by the index of the line they went to (_set_back_unused)
    over_page: dict[int, str] = field(default_factory=dict)


def flow(doc: Doc) -> None:
    """Stage: doc.lines (running text, marks taken out) and doc.notes."""
    pages = [0]  # where each page starts in doc.lines
    lg = doc.lang
    f = _Flow(doc, MarkSearch(doc, pages), frozenset(fold_word(normalize_text(lg, formula)) for formula in lg.formulas))
    f.ruled = _ruled(doc)
    f.double_spaced = _double_spaced(doc)
    f.search.double_spaced = f.double_spaced
    f.gapped_blocks = not f.double_spaced and _gapped_blocks(doc)
    lines = doc.lines
    invisible = f.invisible = _has_invisible(doc.text)
    kinds = doc.furniture
    taken = f.taken  # lines read with a line above them: a note's marker or a paragraph number standing alone
    for number, (raw, stripped) in enumerate(zip(doc.raw, doc.stripped, strict=True), start=1):
        if number - 1 in taken:
            continue
        if "\f" in raw:
            _new_page(f)
            raw = raw.replace("\f", "")
        if (after := _read_with_next(f, stripped, number)) is not None:
            taken.add(after)
            continue
        if not stripped:
            if f.pending is not None:
                f.pending = _close(f, keep_open=True, blank=number)
            f.gap = True
            continue
        if number - 1 in kinds:
            if not page_number_in_body(f, kinds[number - 1][0], raw, stripped, number):
                _furniture_line(f, kinds[number - 1][0], stripped, number)
            continue
        # (a line's first character read once: in a script other than Latin it is a new string each time)
        first = stripped[0]
        if first in _NOTE_FIRST and _note_starts(f, raw, stripped, number):
            continue
        # An open footnote goes on over lines that do not end it — but not over a line that opens
        # a paragraph, a meeting or a date: a footnote taken for one would swallow the text.
        ind = indent(raw) if raw[:1] in BLANKS else 0
        if f.pending is not None and _runs_on(f, f.pending, stripped, ind, number):
            continue
        f.in_notes = False
        _text_line(f, stripped, number, ind, invisible, first)
    _close(f)
    _cut_not_found(f)
    marks_between_neighbours(f)
    _set_back_unused(f)
    # The distribution and its date join the cover's first lines, where the header stage reads them.
    lines[0:0] = f.late
    # The input's lines are not needed past this stage: freed, so that a long input is not held
    # three times over (text, lines, paragraphs).
    doc.raw, doc.stripped, doc.furniture = [], [], {}
    doc.last_line = lines[-1].number if lines else 0


def _read_with_next(f: _Flow, stripped: str, number: int) -> int | None:
    """A line read together with the line under it, whose number is returned: a note's marker or a paragraph number
    standing alone (lone-number), or a note's star standing alone (marker-alone). (One helper so that flow stays a
    plain dispatch over the line's kinds.)"""
    if (stripped and stripped[-1] in _MARKER_LAST and not f.doc.notes_apart and _LONE_MARKER.match(stripped)
            and (after := _lone_number(f, stripped, number)) is not None):
        return after
    return _star_alone(f, stripped, number)


@dataclass(slots=True)
class _Cut:
    """A note the page's foot left unfinished, for note-carried-over: where it stands in doc.notes, the line it was
    cut at, the lines of running text and the notes read then, the lines of its rest."""

    index: int
    line: int
    lines: int
    defined: int
    finished: bool  # the note ended with a full stop: its rest is looked for under a rule only
    rest: frozenset[int] = frozenset()
    unpaged: bool = False  # cut where the text shows no page (note-cut-unpaged): its rest looked for under a rule only


# note-carried-over: how many lines the rest of a note carried over to the next page's foot may take
CARRIED_MAX = 6


def _close_at_foot(f: _Flow, number: int) -> None:
    """The open note closed at its page's foot — remembered when it ends unfinished (no full stop), in the body: its
    rest may stand at the next page's foot (note-carried-over). A cut note whose rest that page did not give is
    told (_cut_not_found)."""
    pending = f.pending
    f.pending = _close(f)
    if f.cut is not None and len(f.doc.lines) > f.cut.lines:  # (furniture right under the cut: the same page break)
        _cut_not_found(f)
    if pending is not None and f.body_from is not None:
        f.cut = _Cut(len(f.doc.notes) - 1, number, len(f.doc.lines), len(f.defined), pending.last.endswith(_TERMINAL))


def note_carried_over(f: _Flow, cut: _Cut, stripped: str, number: int) -> bool:
    """note-carried-over: in a UN PDF a long note that does not fit at its page's foot goes on at the foot of the
    next page, above that page's own notes, without a marker. Where the previous page's last note was left
    unfinished (no full stop), the lines that open the next page's footnote block — after the rule or the blank
    line that opens it, with running text above on this page — go on with that note, when they are a few, end
    with a full stop and nothing but the page's end or its first note stands under them, none opening as a
    paragraph, an item's label, a meeting or a date does (under a blank line, the first not with a capital).
    Read as running text, the note's rest was joined silently to the paragraph above. Serves PDF text with notes
    at each page's foot."""
    if number in cut.rest:
        _carry(f, cut, stripped, number)
        return True
    ruled = f.under_rule and not f.carried  # (a rule stands above the page's notes only: a note's line under it)
    # (a blank line opens the page's notes only where blank lines do not stand under every line: double spacing)
    gap = f.gap and not cut.finished and not f.double_spaced and not cut.unpaged
    if cut.rest or f.page_break or len(f.defined) != cut.defined or not (ruled or gap):
        return False
    if not cut.unpaged and not near_foot(f.doc, number - 1, True):
        return False
    rest = _carried_rest(f, number, ruled, cut.unpaged)
    if not rest:
        return False
    cut.rest = frozenset(rest)
    _carry(f, cut, stripped, number)
    return True


def _carried_rest(f: _Flow, number: int, ruled: bool, unpaged: bool = False) -> list[int]:
    """For note-carried-over: the lines (numbers) from line `number` down to the page's end or its first note, when
    they may be the rest of a note (a few, the last ending with a full stop, none a paragraph's head, a meeting or a
    date; without a rule above them, no blank line between them: a blank line there parts paragraphs); else none.
    unpaged: the text shows no page's end (note-cut-unpaged), so the rest ends at its first full stop — the lines
    under it may be the running text's, the rest of a paragraph the same page cut."""
    doc, lg = f.doc, f.doc.lang
    rest: list[int] = []
    for k in range(number - 1, len(doc.stripped)):
        line = doc.stripped[k]
        if k in doc.furniture or (k >= number and "\f" in doc.raw[k]):
            break
        if not line:
            if not ruled and rest:
                return _blank_ends_rest(f, k, rest)
            continue
        fm = _FOOTNOTE_START.match(line)
        if rest and fm is not None and next_in_sequence(fm["marker"], f.defined):
            break
        if len(rest) == CARRIED_MAX or not_a_note(lg, line) or starts_with_head(lg, line, known=True):
            return []
        # (an item's label opens a sub-paragraph, never a note's rest; without a rule above, a capital opens a
        # paragraph — an annex's, a last item's — as well as a name: the cut note is told instead)
        if label(lg, line) is not None or not ruled and not rest and line[0].isupper():
            return []
        rest.append(k + 1)
    rest = _to_first_stop(doc, rest, unpaged)
    return rest if rest and doc.stripped[rest[-1] - 1].endswith(_TERMINAL) else []


def _to_first_stop(doc: Doc, rest: list[int], unpaged: bool) -> list[int]:
    """For _carried_rest in a text that shows no page's end: the rest down to its first line that ends a sentence."""
    if not unpaged:
        return rest
    ends = [i for i, k in enumerate(rest) if doc.stripped[k - 1].endswith(_TERMINAL)]
    return rest[:ends[0] + 1] if ends else rest


def _blank_ends_rest(f: _Flow, k: int, rest: list[int]) -> list[int]:
    """For _carried_rest: under a blank line (no rule), the rest ends there only where the page's end or its first
    note follows it."""
    doc = f.doc
    below = next((j for j in range(k, len(doc.stripped)) if doc.stripped[j] or j in doc.furniture), None)
    if below is None or below in doc.furniture or "\f" in doc.raw[below]:
        return rest if doc.stripped[rest[-1] - 1].endswith(_TERMINAL) else []
    fm = _FOOTNOTE_START.match(doc.stripped[below])
    if fm is None or not next_in_sequence(fm["marker"], f.defined):
        return []
    return rest if doc.stripped[rest[-1] - 1].endswith(_TERMINAL) else []


def _carry(f: _Flow, cut: _Cut, stripped: str, number: int) -> None:
    """A line of a carried-over note's rest joined to the note."""
    notes = f.doc.notes
    note = notes[cut.index]
    notes[cut.index] = Note(note.marker, f"{note.text} {stripped}", note.line)
    f.in_notes = True  # (a line of the page's footnote block: notes-under-rule)
    f.doc.fired("note-carried-over", number)
    if number == max(cut.rest):
        f.cut = None


def _cut_not_found(f: _Flow) -> None:
    """note-carried-over: a note left unfinished at its page's foot whose rest the next page's foot did not give is
    told, located: its rest may stand in the running text (text-note-unfinished)."""
    cut = f.cut
    if cut is None:
        return
    f.cut = None
    if cut.finished or len(f.doc.lines) == cut.lines:  # (no page after the cut: the text ends there)
        return
    marker = f.doc.notes[cut.index].marker
    f.doc.warn("text-note-unfinished", f"note {marker!r} ends unfinished at its page's foot and the next page's foot "
               "does not give its rest: it may stand in the running text", cut.line)


def _star_alone(f: _Flow, stripped: str, number: int) -> int | None:
    """A star note's marker alone on its line in a block of notes (_STAR_MARKERS), over its text — or over the block's
    first numbered note (star-opens-notes) —: the index of the text's line, read with it (marker-alone); None: no such
    marker, or not read as a note."""
    if stripped not in _STAR_MARKERS or f.doc.notes_apart:
        return None
    opens = f.pending is None and not f.in_notes
    if (opens and not _first_note_under(f, number)) or not _star_mark_above(f, stripped, number):
        return None
    if opens:
        f.doc.fired("star-opens-notes", number)
    return marker_alone(f, stripped, number)


def _first_note_under(f: _Flow, number: int) -> bool:
    """star-opens-notes: a star alone on its line where no note is open, over one line of text ending with a full stop
    and, right under that line, the note the sequence expects next (note 1: "1 A/91/310." or "1" alone over its text),
    opens the block of notes — a cover's star note ("*" / "Reissued for technical reasons …"), which UN print puts
    first at the page's foot, as block extractors give its marker and its text, each a block of its own. (Asked of a
    block already open only, the star was dropped as a separator and its note's text ran into the paragraph above.)
    A star between sections stands over a paragraph, never over a note's sentence and the first note. Its mark must
    still be found above (_star_mark_above)."""
    stripped = f.doc.stripped
    filled = [k for k in range(number, min(len(stripped), number + 2 * (MARKER_ALONE_GAP + 1))) if stripped[k]]
    if len(filled) < 2 or not stripped[filled[0]].endswith(_TERMINAL):
        return False
    below = stripped[filled[1]]
    m = _FOOTNOTE_START.match(below)
    marker = m["marker"] if m is not None else below if _LONE_MARKER.match(below) else ""
    numbers = _numbers_defined(marker, f.defined)
    if not marker.strip("()").isdigit() or int(marker.strip("()")) != max(numbers, default=0) + 1:
        return False
    # (that note is a note: its text opens no numbered paragraph — a page's number "1" over "2. Requests …" is no
    # note 1 — and its mark is found in the text above, as the star's must be)
    text = m["text"] if m is not None else next((s for s in stripped[filled[1] + 1:filled[1] + MARKER_ALONE_GAP + 2]
                                                 if s), "")
    if not text or f.doc.lang.paragraph_number.match(text) is not None or _NUMBER_STOP_APART.match(text) is not None:
        return False
    return _mark_probe(f, marker)


def _star_mark_above(f: _Flow, marker: str, number: int) -> bool:
    """For marker-alone (a star): a star alone on its line in a block of notes is a star note's marker only where a mark
    rule finds a star of its length in the text above (glued "Council*;", set apart "Council * ;", "Assembly; *") —
    a star is in no sequence, and a block of notes takes any note whose mark it cannot find (_found_apart), so without
    this a lone star that is a separator or a stray block took the paragraph under it for its note's text, silently —
    and where the line under it opens no numbered paragraph ("2. Requests …") and is no other lone star ("*" / "*" /
    "*", a separator given as three blocks): a note's text opens with neither."""
    stripped = f.doc.stripped
    below = next((s for s in stripped[number:number + MARKER_ALONE_GAP + 1] if s), "")
    if (below in _STAR_MARKERS or f.doc.lang.paragraph_number.match(below) is not None
            or _NUMBER_STOP_APART.match(below) is not None):
        return False
    if _mark_probe(f, marker) or cover_star_note(f, marker, number):
        return True
    # (star-alone-after-closing: where the notes are gathered after the closing, the mark may stand anywhere above)
    trace, f.doc.trace = f.doc.trace, None
    try:
        late = _star_after_closing(f, marker) is not None
    finally:
        f.doc.trace = trace
    if late:
        f.doc.fired("star-alone-after-closing", number)
    return late


def cover_star_note(f: _Flow, marker: str, number: int) -> bool:
    """cover-star-note: a star alone on its line in the block of notes (one open, or read last) at the foot of the
    body's first page (no page break since the enacting formula) — the cover's star note ("*" / "Reissued for
    technical reasons …"), printed below note 1 as UN print sometimes sets it, its marker and its text each a block of
    their own — is a star note's marker where the cover, the lines before the formula, holds that star glued to its
    symbol or its title ("A/RES/91/52*", "… and buoys*"): the mark rules look for a star's mark in the body, never on
    the cover, so the star and its note's text were read as paragraphs of their own, or ran into the paragraph under
    them, without a word. (Not a star that stands alone on the cover: a separator; and not past the first page: a
    star alone there is a separator between parts or sections.) Only where the line under the star reads as a note's
    text: it ends with a full stop ("Reissued for technical reasons …", "Adopted …") and opens no paragraph (no
    paragraph head of the language's table: "Bearing in mind …," under a "*" divider is a preambular paragraph)."""
    body_from = f.body_from
    if body_from is None or (f.pending is None and not f.in_notes) or f.search.pages[-1] > body_from:
        return False
    doc = f.doc
    below = next((doc.stripped[k] for k in range(number, min(len(doc.stripped), number + 3)) if doc.stripped[k]), "")
    if not below.endswith(_TERMINAL) or starts_with_head(doc.lang, below, known=True):
        return False
    glued = re.compile(rf"(?<=[^\s*]){re.escape(marker)}(?![*\w])")
    if not any(glued.search(line.view) for line in islice(doc.lines, body_from)):
        return False
    doc.fired("cover-star-note", number)
    return True


def _mark_probe(f: _Flow, marker: str) -> bool:
    """Whether a mark rule finds `marker`'s mark in the text above (glued or set apart), as a probe: the mark is taken
    when the note is read; its checks are not recorded."""
    trace, f.doc.trace = f.doc.trace, None
    try:
        return (f.search.locate(marker, near_foot=True)
                or f.search.locate(marker, near_foot=True, spaced=True, loose=True)) is not None
    finally:
        f.doc.trace = trace


def _star_after_closing(f: _Flow, marker: str) -> Located | None:
    """star-alone-after-closing: for marker-alone (a star), where the block of notes stands after the closing of a
    paged text (notes gathered at the end: the meeting or the adoption date the last line read), a star's mark is
    looked for over the whole text from the last mark on, set apart or glued ("… determined by the General Assembly;
    *"), not on the last two pages only, which hold no body where the notes were gathered past it. Served: block
    extractions and PDF text whose notes come after the closing, one of them a star note between numbered ones
    (its marker alone on a line over its text, "2" / "…" / "*" / "…"). Not found there, the star and its note's text
    were read as lines of the closing, and the star left in the paragraph."""
    if not (f.paged and f.in_notes and notes_after_closing(f)):
        return None
    first = f.search.last[0] if f.search.last != (-1, -1) else first_mark_line(f, marker)
    return (f.search.locate(marker, first, near_foot=True, whole=True)
            or f.search.locate(marker, first, near_foot=True, spaced=True, loose=True, whole=True))


def _lone_number(f: _Flow, stripped: str, number: int) -> int | None:
    """A number alone on its line: a note's marker over its text (the index of the text's line, which is
    read with it: marker-alone) or a note's mark the wrap put there (the line's own index: mark-alone-on-line);
    None: neither, a line like any other."""
    if ((marker_again_below(f, stripped, number) or note_again_below(f.doc, stripped, number))
            and (mark_alone_on_line(f, stripped, number) or mark_rest_over_paragraph(f, stripped, number))):
        return number - 1
    if (after := marker_alone(f, stripped, number)) is not None:
        return after
    return number - 1 if mark_alone_on_line(f, stripped, number) else None


def mark_rest_over_paragraph(f: _Flow, marker: str, number: int) -> bool:
    """mark-rest-over-paragraph: a number alone on its line whose note is given further down (marker-again-below,
    note-again-below), standing under a page's notes right over the next operative paragraph in sequence and its text
    ("5 A/HRC/55/70." / "6" / "2. Notes …" after paragraph 1, the note "6" / "A/78/195." at the next page's foot), is
    the rest of the paragraph the page cut: its last line held only the note's mark, set apart after the
    paragraph's final punctuation ("… at its seventy-eighth session; 6"), and the page break put it under the
    page's notes. It goes back to the end of the running text's last line, where the rules of marks set apart find
    it when the note comes (as mark-alone-on-line). Read as a note's marker over its text (marker-alone), it took the
    next paragraph for the note's text, told only as an unreferenced note, and the note below lost its mark. Serves
    block extractions whose marks stand apart and whose notes give their markers on lines of their own. (A note's
    text never opens with the next paragraph's number and a text: note-runs-to-next-paragraph.) A page's number or a
    stray line would stand alike: the move is a guess, told (text-note-mark-guessed); and where the lines under it
    print the mark themselves (_mark_printed_below), the number is no paragraph's mark and is left to marker-alone."""
    doc = f.doc
    lines = doc.lines
    under = _index_under(f, number)
    below = doc.stripped[under] if under < len(doc.stripped) else ""
    # (the note above: its own list's next item is no paragraph)
    above = f.pending.last if f.pending is not None else ""
    # (the paragraph above ended its clause, the mark after it: under a block a page cut mid-sentence, a lone number
    # is no mark the wrap set apart — mark-alone-between-blocks' guard)
    if (f.body_from is None or not lines or under in doc.furniture or not lines[-1].text.rstrip().endswith(_ENDS_CLAUSE)
            or not _opens_next_paragraph(f, below, above) or _mark_printed_below(doc, marker, under)):
        return False
    if f.pending is not None:
        f.pending = _close(f)
    lines[-1].text = f"{lines[-1].text} {marker}"
    f.search.set_back[marker] = len(lines) - 1
    doc.fired("mark-rest-over-paragraph", number)
    doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {number}, a number alone under "
             "a page's notes, as the mark of the paragraph above; a page number or a stray line would read alike")
    return True


# A note's mark printed at a clause's end, set apart or glued ("… keepers, 2", "… keepers,2").
_MARK_AT_CLAUSE = r"(?<=[^\W\d_][,;:.)\]”’»\"]) ?{}(?=\s|$)"


def _mark_printed_below(doc: Doc, marker: str, under: int) -> bool:
    """mark-rest-over-paragraph's refusal: the lines from `under` down to the note's marker alone (where the note is
    given) print the same mark at a clause's end themselves — the paragraph below carries the note's mark, and the
    lone number above is no paragraph's mark (a page's number, a stray line): read as before (marker-alone, told)."""
    mark = re.compile(_MARK_AT_CLAUSE.format(re.escape(marker)))
    for line in islice(doc.stripped, under, None):
        if line == marker:
            return False
        if mark.search(line):
            return True
    return False


def marker_again_below(f: _Flow, marker: str, number: int) -> bool:
    """marker-again-below: a number alone on its line (line `number`) whose page gives the same number alone
    again further down, over a line of text, has its note there: the note block at the page's foot holds
    that marker over the note's text, and a note is given once. The number above is then the note's mark
    set apart, which the wrap put on a line of its own ("… Financing for Development," / "4"): it is tried as
    such (mark-alone-on-line) before it is read as a note's marker over its text (marker-alone), which took
    the paragraphs under it for the note's text and the real note's text for the paragraph's. Serves PDF
    text whose marks stand apart and whose notes give their markers on lines of their own. (Up to the
    page's end: furniture or a page break; a lone number the page furniture took for a page's is looked at.)"""
    doc = f.doc
    if f.page_ends is None:
        f.page_ends, f.lone_lines = _page_ends(doc), _lone_lines(doc)
        f.rule_lines = sorted(j for j, (kind, *_) in doc.furniture.items() if kind == "rule")
    end = f.page_ends[number] if number < len(f.page_ends) else number
    # (only the lines that hold the marker alone, from line `number` to the page's end: one pass over the text for
    # all of them, as a long text without pages holds many lone numbers and each asked this)
    lone = f.lone_lines.get(marker, [])
    for k in islice(lone, bisect_left(lone, number), None):
        if k >= end:
            return False
        if _text_below(doc, k) and _same_page_note(doc, k):
            if _past_rule(f, number, k) and _not_mark_past_rule(f, marker, number, k):
                return False
            doc.fired("marker-again-below", number)
            _under_rule(f, number, k)
            return True
    return False


def _past_rule(f: _Flow, number: int, k: int) -> bool:
    """Whether a footnote rule line stands between line `number` and line k (the rule lines kept sorted)."""
    rules = f.rule_lines
    at = bisect_left(rules, number)
    return at < len(rules) and rules[at] < k


# A note's mark set apart in the running text: after a word and its punctuation, ending the line or before a space.
_APART_MARK = r"(?<=[^\W\d_][,;:.)\]”’»\"]) {}(?=\s|$)"


# A page's number among its job line's tokens, "n/N" ("36-00053 1/2"): the pages print their numbers there, and a
# number alone at a page's head is none of them.
_PAGE_OF_PAGES = re.compile(r"(?<!\S)\d{1,3}/\d{1,3}(?!\S)")


def _not_mark_past_rule(f: _Flow, marker: str, number: int, k: int) -> bool:
    """marker-again-under-rule's refusals: a lone number found again as a note's marker only past the page's footnote
    rule is no mark where it is the page's own number — first or last on its page, equal to the page's place in the
    text (1 + the page ends before it: job lines, page breaks), where no job line prints the pages' numbers "n/N" —
    or where the page's running text above the rule still
    holds that note's mark set apart ("… Mountain Transport, 2"): the note has its mark there, and the lone number is
    the page's. Taken, the page's number became the mark of the paragraph above and the real mark stayed in the
    text, silently."""
    doc = f.doc
    at = number - 1  # (the lone number's index)
    page = 1 + sum(1 for j, (kind, *_) in doc.furniture.items() if kind == "job" and j < at) + sum(
        1 for line in doc.raw[:at] if "\f" in line)
    feet = [doc.stripped[j] for j, (kind, *_) in doc.furniture.items() if kind == "job"]
    if (doc.furniture.get(at, _NO_KIND)[0] == "page" and marker == str(page)
            and not any(_PAGE_OF_PAGES.search(line) for line in feet)):
        return True
    apart = re.compile(_APART_MARK.format(re.escape(marker)))
    rule = f.rule_lines[bisect_left(f.rule_lines, number)]
    return any(apart.search(doc.stripped[j]) for j in range(number + 1, rule))


def _under_rule(f: _Flow, number: int, k: int) -> None:
    """marker-again-under-rule: marker-again-below looks past the page's footnote rule (_page_ends: a rule line does
    not end the page), where the notes of a text that draws one stand: the number alone above it (line `number`) —
    a note's mark the wrap put on a line of its own, first on its page after a page break ("… of Representatives," /
    foot / head / "9" / "Recalling also …") — finds its note's marker alone over the note's text under the rule
    (index k). Stopped at the rule, the number was taken for the page's own, the note left without its mark, and the
    mark then sought in the text's own numbers ("COVID-19" lost its "9"). Serves PDF text that draws the footnote rule
    and whose notes give their markers on lines of their own. (No decision of its own: traced where it was needed.)"""
    rules = f.rule_lines
    at = bisect_left(rules, number)
    if at < len(rules) and rules[at] < k:  # (a rule line between the number and the note's marker)
        f.doc.fired("marker-again-under-rule", number)


def _page_ends(doc: Doc) -> list[int]:
    """For each line (an index), the index of the first line from it on that ends its page for marker-again-below:
    the page's furniture (a page's number aside) or a page break; the text's length where none does."""
    kinds, raw = doc.furniture, doc.raw
    ends = [len(raw)] * (len(raw) + 1)
    for k in range(len(raw) - 1, -1, -1):
        # (a page's number aside, and the footnote rule, under which the page's notes stand: marker-again-under-rule)
        ends[k] = k if (k in kinds and kinds[k][0] not in ("page", "rule")) or "\f" in raw[k] else ends[k + 1]
    return ends


def _lone_lines(doc: Doc) -> dict[str, list[int]]:
    """The lines (indexes, in order) that hold a short text alone — a marker alone on its line —, by that text."""
    out: dict[str, list[int]] = {}
    for k, line in enumerate(doc.stripped):
        if line and len(line) <= _LONE_TEXT_MAX:
            out.setdefault(line, []).append(k)
    return out


_LONE_TEXT_MAX = 8  # (a marker: "12", "(3)", "*", "a")


def note_again_below(doc: Doc, marker: str, number: int) -> bool:
    """note-again-below: a number alone on its line (line `number`) whose page's foot gives a note of that number
    ("3 A/77/624.", the last lines of the page up to its furniture all notes) has its note there, and a note is
    given once: the number above is that note's mark set apart, which the wrap put on a line of its own, not
    its marker over the line under it — read as one, the heading or paragraph under it became the note's text.
    It is tried as a mark (mark-alone-on-line) before it is read as a marker (marker-alone), as marker-again-below
    does for a note that gives its marker alone. Serves PDF text whose marks stand apart and whose notes open
    with their markers."""
    stripped, kinds = doc.stripped, doc.furniture
    # (not the first line under it: a note's marker over its text that repeats the number, "7" / "7 A/73/201":
    # marker-repeated)
    under = next((k for k in range(number, len(stripped)) if stripped[k]), len(stripped))
    if under in kinds or any("\f" in doc.raw[k] for k in range(number, min(under + 1, len(stripped)))):
        return False
    for k in range(under + 1, len(stripped)):
        if k in kinds or "\f" in doc.raw[k]:
            return False
        if (m := _FOOTNOTE_START.match(stripped[k])) is not None and m["marker"] == marker and _notes_to_foot(doc, k):
            if late_date_below(doc, k) or counted_below(doc, k) or range_below(doc, k):
                continue
            doc.fired("note-again-below", number)
            return True
    return False


def counted_below(doc: Doc, k: int) -> bool:
    """counted-number-no-note-below: for note-again-below, a line (index k) that opens with the number right under a
    line ending with a word a number follows ("See Official Records …, Supplement No." / "3 (A/77/3), chap. VI.") is
    that note's text going on, the counter's number — not the note that number opens: the number alone above it ("…
    adopted by" / "3" / "See Official Records …") is then the note's marker over its text, as notes split so give
    it, not a mark the wrap put on a line of its own. (Read as note-again-below, the marker went back to the
    paragraph as its mark and the note's first line into the paragraph's text.) Serves PDF text whose notes give
    their markers on lines of their own."""
    above = next((doc.stripped[j] for j in range(k - 1, -1, -1) if doc.stripped[j]), "")
    # (not a date, "99-е пленарное заседание" / "1 сентября 2036 года": the closing's, date-alone-no-note's)
    if not awaits_number(doc.lang, above) or doc.lang.date(doc.stripped[k]) is not None:
        return False
    doc.fired("counted-number-no-note-below", k + 1)
    return True


def late_date_below(doc: Doc, k: int) -> bool:
    """late-date-no-note-below: for note-again-below, a line (index k) that holds a date alone right under the cover's
    distribution ("Distr.: General" / "1 September 2023"), which PDF text meets late, at the first page's foot, is the
    cover's issue date, not the note that number opens: the number alone above ("… сентября 2021 года" / "1" / "См.
    A/77/277.") is then that note's marker over its text, its mark glued in the line above ("года1"), not a mark the
    wrap put on a line of its own. (Read as note-again-below, the marker went back to the paragraph as its mark, and
    the mark glued to its word stayed in the text.) cover-item-late reads the same date so in the flow."""
    line = doc.stripped[k]
    if len(line) >= LATE_DATE_MAX or not any_date(line):
        return False
    above = next((doc.stripped[j] for j in range(k - 1, -1, -1) if doc.stripped[j]), "")
    if not _distribution(doc.lang, above):
        return False
    doc.fired("late-date-no-note-below", k + 1)
    return True


def range_below(doc: Doc, k: int) -> bool:
    """range-no-note-below: for note-again-below, a line (index k) that opens with the number, a range separator and
    another number ("26 a 28 de abril de 2000 (París, 2000).", "3 to 5 May 2036, …") is a note's text going on — the
    wrap broke it before a range, as no-note-of-range reads it in the flow —, not the note that number opens: the
    number alone above it ("… de derechos" / "26" / "Véase …") is then the note's marker over its text, not a mark the
    wrap put on a line of its own. (Read as note-again-below, the marker went back to the paragraph as its mark, the
    range was refused as a note, and the note's whole text ran into the paragraph it stood under.) Serves PDF text
    whose notes give their markers on lines of their own and cite a meeting's dates."""
    if not range_opens(doc.lang, doc.stripped[k]):
        return False
    doc.fired("range-no-note-below", k + 1)
    return True


def _notes_to_foot(doc: Doc, k: int) -> bool:
    """Whether the lines after line k (an index) down to the page's end — its furniture or a page break — are all
    notes opening with their markers or blank: line k stands in the page's footnote block."""
    stripped, kinds = doc.stripped, doc.furniture
    for j in range(k + 1, len(stripped)):
        if j in kinds or "\f" in doc.raw[j]:
            return True
        if stripped[j] and _FOOTNOTE_START.match(stripped[j]) is None:
            return False
    return True


def _same_page_note(doc: Doc, k: int) -> bool:
    """For marker-again-below: a number below that the furniture took for a page's (line k) is a note's marker only
    where its text stands on the same page and opens no paragraph — a page's number at its foot has the next
    page's first paragraph under it, and the lone number above is then the note's own marker over its text."""
    if k not in doc.furniture:
        return True
    below = next((j for j in range(k + 1, len(doc.stripped)) if doc.stripped[j]), None)
    return (below is not None and not any("\f" in doc.raw[j] for j in range(k + 1, below + 1))
            and not starts_with_head(doc.lang, doc.stripped[below], known=True))


# page-number-in-body: a page's furniture (its head, its foot's job number, another page number) this many lines or
# fewer above or below a lone number sets it at a page's edge (a foot's page number stands beside the job number, a
# head's under the symbol); farther, the lone number stands among the body's paragraphs.
PAGE_EDGE_LINES = 3
# page-number-in-body: a paragraph's lines looked at for its end (a preambular paragraph ends with a comma); a
# paragraph of a resolution runs to a dozen lines at most, one longer is left as read (not preambular)
PREAMBLE_END_LINES = 12
_SEMICOLONS = frozenset(punctuation("semicolon"))
_COLONS_END = frozenset(punctuation("colon"))


def page_number_in_body(f: _Flow, kind: str, raw: str, stripped: str, number: int) -> bool:
    """page-number-in-body: a number alone with no stop ("17", "3"), which the furniture takes for a page's, standing
    in the body — after the enacting formula, away from a page's edge (no page break beside it, no other furniture
    PAGE_EDGE_LINES lines around it) —, under a line that ends with a clause's or a sentence's punctuation (or the
    formula), over a line that opens with a paragraph's head and no number, is read as that paragraph's number where
    the count says so, as number-alone-joins reads "17." alone: the next in sequence, or, right under the formula,
    the first of an excerpt whose next printed number follows it (number-alone-under-formula). Text-box and block
    extractions drop a paragraph number's stop with its tab. Where the count does not say so, the number is still
    dropped as a page's, but told (text-unaccounted): a page's number does not stand between two paragraphs, away
    from the page's edge, and nothing else told the user that a digit of the text is in no field. Read as a page's,
    the number was lost silently and its paragraph ran into the one before or was read as a preambular one. Whether
    the line was read so is returned."""
    doc = f.doc
    if kind != "page" or (below := _body_paragraph_under(f, raw, stripped, number)) is None:
        return False
    text = doc.stripped[below]
    n = int(stripped)
    # (right under the formula, a number out of sequence that the text under it does not go on from is told here, by
    # its own line: number-alone-under-formula-told would name the number with the stop it never had)
    fits = n in (1, f.last_number + 1) or (_under_formula(f, n) and _under_formula_fits(f, below, n, text))
    # (an operative number never stands over a preambular paragraph — one that ends with a comma, "Mindful of …,",
    # as a resolution's and an annex's preambles end theirs — nor in an annex, whose paragraphs a page's number that
    # happens to go on the resolution's count must not number: read as main reads them, the number a page's, silent)
    if _in_annex(f, number) or _preambular_under(f, below):
        return False
    alone = number_alone(f, doc.lang.format_paragraph_number(stripped), number) if fits else None
    if alone is None:
        # (a text that tells its pages by nothing but lone numbers: a number that fits no count — neither the count
        # read so far nor the next number printed below — is a page's, silent)
        if not fits and not _furnished(f) and _next_printed(f, below) != n + 1:
            return False
        doc.fired("page-number-in-body", number)
        doc.warn("text-unaccounted", f"line {number} holds the number {stripped!r} alone between two paragraphs, "
                 "away from a page's edge, and it does not go on the paragraphs' count: it is left out as a page's "
                 "number, and may be a paragraph's", number)
        return False
    # (the number read as a marker refused over this line is the paragraph's number: no note's, and no digit the
    # account is to count apart — marker-dropped-counted would count it a second time, text-unaccounted)
    if doc.unplaced_under.get(below + 1) == number:
        del doc.unplaced_under[below + 1]
        doc.unplaced.pop(below + 1, None)
        doc.unplaced_dropped.discard(below + 1)
    below, text = alone
    f.taken.update(range(number, below + 1))
    doc.fired("page-number-in-body", number)
    ind = indent(raw) if raw[:1] in BLANKS else 0
    _text_line(f, text, number, ind, f.invisible, text[0])
    return True


def _body_paragraph_under(f: _Flow, raw: str, stripped: str, number: int) -> int | None:
    """For page-number-in-body: the line of text under a bare number (line `number`) where the number stands in the
    body away from a page's edge, under a finished line, over a line that opens with a paragraph's head and no number
    or label; else None."""
    doc = f.doc
    if (not stripped.isdecimal() or len(stripped) > 4 or f.body_from is None or f.in_notes or f.pending is not None
            or "\f" in raw or not doc.lines or not _in_body(doc, number - 1)):
        return None
    below = _text_under(f, number)
    if below is None or not finished(doc.lines[-1].text):
        return None
    text = doc.stripped[below]
    if text[0].isdigit() or label(doc.lang, text) is not None or not starts_with_head(doc.lang, text, known=True):
        return None
    # (the number and its text both at the margin under an indented paragraph: the joined line would not open its
    # paragraph in a text that indents — the layout reads a number at the margin there as an inline enumeration the
    # wrap cut —, and number-lost reads that paragraph back as the next, told; left to it)
    if indent(raw) == 0 and indent(doc.raw[below]) == 0 and doc.lines[-1].indent > 0:
        return None
    return below


def _in_annex(f: _Flow, number: int) -> bool:
    """For page-number-in-body: whether an annex's heading ("Annex", "Annexe") stands between the formula and line
    `number` (1-based): the number stands in an annex, outside the operative part whose count it could continue."""
    doc = f.doc
    start = doc.lines[f.body_from].number if f.body_from is not None and doc.lines else 0
    return any(doc.lang.match("annex", t) is not None for t in doc.stripped[start:number - 1])


def _preambular_under(f: _Flow, below: int) -> bool:
    """For page-number-in-body: whether the paragraph opening at line index `below` ends with a comma, as a
    preambular paragraph does (its first line that ends with a clause's or a sentence's punctuation, within
    PREAMBLE_END_LINES lines)."""
    stripped = f.doc.stripped
    for t in islice(stripped, below, below + PREAMBLE_END_LINES):
        if not t:
            return False
        if t.endswith(_COMMAS):
            return True
        if t.endswith(_TERMINAL) or t[-1:] in _SEMICOLONS or t[-1:] in _COLONS_END:
            return False
    return False


def _in_body(doc: Doc, i: int) -> bool:
    """For page-number-in-body: whether line i stands away from a page's edge — no page break on the blank lines
    around it, no other furniture within PAGE_EDGE_LINES lines of it."""
    lo, hi = max(0, i - PAGE_EDGE_LINES), min(len(doc.raw), i + PAGE_EDGE_LINES + 1)
    if any(k != i and k in doc.furniture for k in range(lo, hi)):
        return False
    k = i - 1
    while k >= 0 and not doc.stripped[k]:
        if "\f" in doc.raw[k]:
            return False
        k -= 1
    k = i + 1
    while k < len(doc.raw) and not doc.stripped[k]:
        k += 1
    return k >= len(doc.raw) or "\f" not in doc.raw[k]


def _furniture_line(f: _Flow, kind: str, stripped: str, number: int) -> None:
    """A line of page furniture: a rule opens the page's footnote block, any other ends the page — but a
    number taken for a page's that is a note's mark on a line of its own (mark-alone-on-line) is neither (only a bare
    number may be a mark: a page line, "Page 3", is the page's)."""
    if kind == "page" and stripped.strip("()").isdecimal() and mark_alone_on_line(f, stripped, number, page=True):
        return
    if kind == "rule":  # the page's notes follow: a footnote block starts
        f.pending = _close(f)
        f.in_notes = f.under_rule = True
        return
    _new_page(f)
    _close_at_foot(f, number)
    f.in_notes = False


def _ruled(doc: Doc) -> bool:
    """Whether the text draws the footnote rule above its notes: a rule line among its furniture."""
    return any(kind == "rule" for kind, _ in doc.furniture.values())


def marks_between_neighbours(f: _Flow) -> None:
    """mark-between-neighbours: a numbered note whose mark no rule found while its page was read — the
    search passed over it, taking the page's last candidate, or the mark stands where no rule looks
    first — is looked for again once the text is read, between the marks of the notes before and after
    it (notes follow their marks in order): taken only where exactly one place in that stretch can be
    its mark, by any mark rule. Serves every layout whose notes' marks were mostly found (a mark left
    in the text — "2030 (3) “،", "Sostenible3," — and its note reported unreferenced)."""
    notes = f.doc.notes
    if len(notes) < 2 and not lone_note_sought(notes):
        return
    again = False
    while _between_pass(f, notes, again):
        again = True


def lone_note_sought(notes: list[Note]) -> bool:
    """lone-note-since-formula: a text's only note, numbered, whose mark no rule found while its page was read, has
    its mark sought as mark-between-neighbours seeks a first and last note's — from the enacting formula
    (first-mark-before-next) to the running text above the note (last-note-bound), by the rules of marks proper,
    never the last resorts — and taken where exactly one place there can be it ("résolution 77/7" + "1" + " ;",
    a mark glued to a resolution's number before the clause's spaced punctuation, which only a weak rule reads:
    told where the place is a symbol's last digits, symbol-tail-told) — but never digits glued to a number that are
    no bare resolution number's tail (MarkSearch.lone_place_fits: "Decree No. 4/234" + "1", "2023/123" + "1", a year
    "78/2011", which mark-after-overlong-number's guards leave to the text). A text with one note has no neighbours'
    marks to bound the search, and the note was reported unreferenced, its mark left in the text. Serves block
    extractions and text without pages whose one note is gathered under a rule after the closing."""
    return len(notes) == 1 and notes[0].marker.strip("()").isdigit()


def _between_pass(f: _Flow, notes: list[Note], again: bool) -> bool:
    """One pass of mark-between-neighbours over the notes whose marks were not found: whether it placed one.
    neighbours-asked-again: a pass that placed a mark is followed by another — a note asked before a later
    note's mark was found had no mark after it to bound its search ("决定11" + "2" before "决定11" + "3", the
    later placed as the last note), and is asked again between the marks now around it."""
    placed = _placed(f.doc.lines)
    took = False
    for k in range(len(notes)):  # (the first too: first-mark-before-next)
        if notes[k].marker in placed:
            continue
        line = _seek_between(f, notes, placed, k)
        if line is not None:
            if again:
                f.doc.fired("neighbours-asked-again", line)
            placed = _placed(f.doc.lines)
            took = True
    return took


def _seek_between(f: _Flow, notes: list[Note], placed: dict[str, tuple[int, int]], k: int) -> int | None:
    """Note k's mark sought between the marks around it and taken where one place can be it: the input line it
    was taken on, or None."""
    marker = notes[k].marker
    start, stop, star = _neighbours(notes, placed, k)
    formula = first_before_next(f, marker, start)
    start = formula or start
    bounded = stop is None and k == len(notes) - 1
    if bounded:
        stop = last_note_bound(f, notes[k])
    if start is None or stop is None or start >= stop or not marker.strip("()").isdigit():
        return None
    # (From the formula to the last note's bound — no mark found anywhere — the stretch is the whole body: only
    # the rules of marks proper decide there, never the last resorts, which take a number's own digits.)
    spot = f.search.between(marker, start, stop, narrow=not bounded, strong_only=formula is not None and bounded,
                            wide=formula is not None)
    if spot is None or len(notes) == 1 and not f.search.lone_place_fits(marker, spot):
        return None
    line = f.doc.lines[spot[0]].number
    if bounded:
        f.doc.fired("last-note-bound", line)
    if formula is not None:
        f.doc.fired("first-mark-before-next", line)
    if star:
        f.doc.fired("star-not-neighbour", line)
    if len(notes) == 1:
        f.doc.fired("lone-note-since-formula", line)
    f.search.take_between(marker, spot)
    return line


def first_before_next(f: _Flow, marker: str, start: tuple[int, int] | None) -> tuple[int, int] | None:
    """first-mark-before-next: a numbered note with no mark found before it after the enacting formula — the
    text's first note, or the first after a star note whose mark stands in the title — has no mark to bound
    the search between neighbours from above; the formula bounds it, where numbered marks start (the header's
    numbers stand before it): its mark is sought between the formula and the next note's mark ("the first" +
    "1" + " and second" + "2", "принцип 7" + "1" + ","). Serves every layout whose first note was read as a
    note (under the rule, in a footnote block) while its mark was not found on its page: missed, the mark
    stayed in the text and the note was reported unreferenced. None: the start as it was."""
    if f.body_from is None or not marker.strip("()").isdigit():
        return None
    formula = (f.body_from, len(f.doc.lines[f.body_from].view))
    return formula if start is None or start < formula else None


def last_note_bound(f: _Flow, note: Note) -> tuple[int, int] | None:
    """last-note-bound: the last note has no note after it whose mark bounds the search; its mark stands
    before the note itself — on its page, above its foot, where notes stand at the page's foot; before
    the closing, where they stand after it —, so the end of the running text above the note's first line
    bounds it ("… en los párrafos 18 y 19" + "19", the last mark, glued to a number: taken where exactly
    one place there can be it, as between two neighbours)."""
    lines = f.doc.lines
    # (never into the closing, whose date a mark rule could read as a mark set apart: "14 December 2022")
    end = min(f.search.closing, default=len(lines))
    last = next((i for i in range(end - 1, -1, -1) if lines[i].number < note.line), None)
    return None if last is None else (last, len(lines[last].view))


def _neighbours(notes: list[Note], placed: dict[str, tuple[int, int]], k: int
                ) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool]:
    """The marks around note k's: of the nearest notes before and after it whose marks were found (two
    marks in a row left in the text — "resolutions 5/7" + "25" + " and 5/8" + "26" — are sought in turn,
    the first between the marks around both, the second after it), of its own sequence; and whether a mark of
    the other sequence stood nearer (star-not-neighbour)."""
    own = [n for n in notes if in_numbered(n.marker) == in_numbered(notes[k].marker)]
    bounds = _around(own, placed, own.index(notes[k]))
    return *bounds, bounds != _around(notes, placed, k)


def _around(notes: list[Note], placed: dict[str, tuple[int, int]], k: int
            ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    before = next((placed[n.marker] for n in reversed(notes[:k]) if n.marker in placed), None)
    after = next((placed[n.marker] for n in notes[k + 1:] if n.marker in placed), None)
    return before, after


def in_numbered(marker: str) -> bool:
    """star-not-neighbour: whether a note is of the numbered sequence. A star note's mark bounds no numbered
    note's search between neighbours, nor a numbered note's a star's: the star notes — the title's, or those
    of a text quoted in a paragraph, printed under their own rule in the middle of a page — follow their own
    order, their marks anywhere among the numbered notes' (a quoted statute's "*" after "года" + "1" and
    "службе" + "2": searched from the star's mark on, both numbered marks were left in the text)."""
    return marker.strip("()").isdigit()


def _placed(lines: list[Line]) -> dict[str, tuple[int, int]]:
    """Each mark found: its line and its place in the line's view."""
    return {mk.marker: (i, mk.at + k) for i, ln in enumerate(lines) for k, mk in enumerate(ln.marks)}


def _has_invisible(text: str) -> bool:
    """Whether the text holds an invisible format character: each looked for by str's search, faster
    over a whole text than the pattern's scan of every character."""
    return any(c in text for c in _INVISIBLE_CHARS)


def _line_ends_note(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """Whether the line ends the open note: a paragraph's head, a paragraph's number, a cut paragraph's rest."""
    return (head_ends_note(f, pending, stripped, ind, number) or number_ends_note(f, pending, stripped, ind, number)
            or next_number_ends_note(f, pending, stripped, number)
            or number_alone_ends_note(f, pending, stripped, number)
            or finished_before_paragraph(f, pending, stripped, ind, number)
            or cut_rest_ends_note(f, pending, stripped, ind, number)
            or bracket_rest_ends_note(f, pending, stripped, ind, number))


def _runs_on(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """Whether the open note goes on over this line (then it holds it); else the note is closed."""
    if _distribution(f.doc.lang, stripped):  # (the cover's, met late: note-carried-over cuts a note above it)
        f.pending = _close(f)
        return False
    if _line_ends_note(f, pending, stripped, ind, number):
        tail_ends_paragraph(f, pending, number)
        f.pending = _close(f)
        _cut_unpaged(f, number)
        return False
    if (_counted_goes_on(f, pending, stripped, number)
            or note_goes_on(f.doc.lang, pending.last, stripped, ind, pending.indent)
            or stop_runs_on(f, pending, stripped, number)):
        pending.parts.append(stripped)
        pending.over.append((number, ind))
        f.doc.fired("note-runs-on", number)
        _trace_year_range(f, stripped, number)
        return True
    if (note_bracket_open(f, pending, stripped, number) or bracket_closes_below(f, pending, stripped, number)
            or note_title_open(f, pending, stripped, number)
            or _date_goes_on(f, pending, stripped, ind, number) or address_ends_note(f, pending, stripped, number)
            or sentence_at_foot(f, pending, stripped, number) or sentence_before_page_end(f, pending, stripped, number)
            or line_between_notes(f, pending, stripped, number)):
        pending.parts.append(stripped)
        pending.over.append((number, ind))
        return True
    if (not pending.last.endswith(_TERMINAL) or ind >= NOTE_HANGING_INDENT) and ind < NOTE_HANGING_INDENT:
        f.doc.fired("not-a-note", number)  # (the note would have gone on over this line)
    f.pending = _close(f)
    _cut_unpaged(f, number)
    return False


def _ends_open(lg: Lang, text: str) -> bool:
    """Whether a line ends on a word after which a sentence goes on (the table's continues_after: "las", "the"), in
    a script with spaces."""
    words = text.rstrip().split()
    return lg.script.spaced and bool(words) and words[-1].casefold() in lg.continues_after


def _cut_above(lg: Lang, above: str, line: str) -> bool:
    """note-ends-at-cut-rest: whether the running text's last line was cut where `line` goes on with it: it ends on a
    word after which a sentence goes on ("… incluidas las"), or with a comma where the line ends with a semicolon
    ("… la reunión de datos personales," / "incluidas la vigilancia, … humanos;": an operative paragraph cut after a
    clause's comma; a preambular paragraph, which ends with its comma, is never followed so)."""
    return _ends_open(lg, above) or (above.rstrip()[-1:] in punctuation("comma")
                                     and line[-1:] in punctuation("semicolon"))


def _note_wrapped(f: _Flow, pending: _Open, stripped: str) -> bool:
    """note-ends-at-cut-rest: whether the note's line may have been cut by the wrap — the next line's first word would
    not have fitted on it (a full line of the text's running lines): in wrapped text (PDF) a note's first line ends
    mid-sentence where the wrap put its end, and the line under it, in lower case, is the note's own. In text of
    blocks a note's line is whole, far shorter than a block."""
    full = full_line(f.doc.lines)
    first = stripped.split(None, 1)[0] if f.doc.lang.script.spaced and stripped else stripped[:1]
    return not full or len(f"{pending.marker} {pending.last}") + 1 + len(first) > full


def cut_rest_ends_note(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """note-ends-at-cut-rest: a note of one line left without its full stop ("11 A/77/266", a symbol) does not run
    on over the line under it where that line is the rest of the paragraph the page cut: the running text's last line
    ends on a word after which a sentence goes on ("… incluidas las", an article, continues_after), and the line
    opens in lower case, no paragraph's number, label or known head, and ends with a clause's punctuation ("amenazas
    nuevas y emergentes;"), which no note ends with — or the last line ends with a comma and the line with a
    semicolon (_cut_above) (a note's own last word is no such word either). The note ends;
    the line goes back to the running text. Class: block extractions without the pages' furniture, the page's notes
    in the flow where a page cut a paragraph inside a phrase, the UN's note without its stop. (It ran on over the
    line, the paragraph left cut short.)"""
    lg, lines = f.doc.lang, f.doc.lines
    if (pending.over or pending.last.endswith(_TERMINAL) or not lines or _ends_open(lg, pending.last)
            or pending.last[-1:] in _CLAUSE_PUNCTUATION or ind >= NOTE_HANGING_INDENT
            or _note_wrapped(f, pending, stripped)):
        return False
    if (stripped[-1:] not in _CLAUSE_PUNCTUATION or not stripped[:1].islower() or opens_running_text(lg, stripped)
            or not _cut_above(lg, lines[-1].text, stripped)):
        return False
    f.doc.fired("note-ends-at-cut-rest", number)
    return True


# note-ends-at-bracket: the brackets that close a reference a note may end with, its final stop left out ("…补编第1号》
# (A/95/1)"): every script's closing brackets in the scripts table, less a title's ("》", "〉": a note that holds only a
# title is note-ends-at-paragraph-head's)
_REFERENCE_CLOSERS = frozenset(punctuation("closing_brackets")) - {close for _, close in title_bracket_pairs()}


def bracket_rest_ends_note(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """note-ends-at-bracket: note-ends-at-cut-rest in a script without case (the scripts table's cased: Arabic,
    Chinese), where no lower case tells a paragraph's rest from a note's: in text of blocks (the note's line whole:
    _note_wrapped), a note of one line that ends with a closing bracket — the reference the UN ended it with, its final
    stop left out ("() الوثائق الرسمية … الملحق رقم 1.(A/78/1)") — does not run on over the line under it where the
    running text's last line ends on a letter, a sentence the page cut (a block of running text ends its clause), and
    the line opens with no note's marker, paragraph's number, label or known head, in no letter with a case, and ends
    its clause ("العلاقة، تقريرا … في دورتها التاسعة والسبعين."), right under the note (no blank line: one set apart
    so reads as a block of its own, and given back it changed how the text's blocks were read), and the next line of
    text opens running text, a note or the closing, or there is none (_lone_rest): the line is the cut paragraph's
    rest, which the page's notes parted from it. Class: block extractions of a script without case, a page cutting
    the last paragraph on it inside a sentence, its notes between. (The note ran on over the rest, the paragraph left
    cut short, told by nothing.)"""
    lines = f.doc.lines
    if (f.doc.lang.script.cased or f.gap or pending.over or pending.last[-1:] not in _REFERENCE_CLOSERS or not lines
            or ind >= NOTE_HANGING_INDENT or _note_wrapped(f, pending, stripped)):
        return False
    first = stripped[:1]
    if (first.lower() != first.upper() or not lines[-1].text.rstrip()[-1:].isalpha()
            or not finished(stripped) or opens_running_text(f.doc.lang, stripped) or not _lone_rest(f, number)):
        return False
    f.doc.fired("note-ends-at-bracket", number)
    return True


def _lone_rest(f: _Flow, number: int) -> bool:
    """note-ends-at-bracket: whether the line after line `number` leaves that line the only one that may be the cut
    paragraph's rest: no line of text follows, or the next opens with a paragraph's number, label or known head, a
    note's marker, or is the closing or a page's furniture. A next line that would be a rest as well (no such opening,
    its clause ended) says the note may have gone on over a line break of its own ("见《…》(A/95/1)" / "第二章，第12至
    15段。" / the rest): nothing then tells which line is the paragraph's, and the note runs on as before."""
    after = _next_text_line(f.doc, number)
    if after is None or after in f.doc.furniture:
        return True
    line, lg = f.doc.stripped[after], f.doc.lang
    closing = closing_or_meeting(lg).match(line)
    return (not finished(line) or opens_running_text(lg, line) or _FOOTNOTE_START.match(line) is not None
            or (closing is not None and bool(closing["closing"] or closing["start"])))


def _heads_seen(doc: Doc) -> bool:
    """Whether the text shows its pages by their running heads or job numbers past the cover (a rule, or a lone number
    taken for a page's, says less: a note's marker alone on its line looks like one)."""
    return "\f" in doc.text or any(i >= COVER_LINES and k[0] in ("symbol", "job") for i, k in doc.furniture.items())


def _mid_sentence(lg: Lang, line: str) -> bool:
    """Whether a note's last line stops mid-sentence: on a comma, on an abbreviated counter awaiting its number, or
    on that number alone ("… Supplement No. 53 (A/77/53)," / "… Supplement No." / "… Supplément no 12A"), where a
    note that only lacks its full stop ends on a reference ("… sect. II.B", "A/90/PV.48", "A/92/180, annex")."""
    end = line.rstrip()
    if end[-1:] in _COMMAS or (end.endswith(".") and awaits_number(lg, end)):
        return True
    # (the counter's number and no more: "… Supplement No. 53", the symbol in brackets and the full stop still to come)
    head, _, number = end.rpartition(" ")
    return _SUPPLEMENT_NUMBER.match(number) is not None and awaits_number(lg, head)


_SUPPLEMENT_NUMBER = re.compile(r"^\d{1,3}[A-Z]?$")


def _cut_unpaged(f: _Flow, number: int) -> None:
    """note-cut-unpaged: in a text without page furniture (a block extractor that drops the running heads and the
    page numbers), a note of the body closed by running text mid-sentence (_mid_sentence) was cut by its page's
    foot, as note-carried-over reads one at a page's furniture: its rest may stand at the next page's foot, where
    the text gives it under a rule only (under a blank line it reads as a paragraph cut by the page break: both end
    with a full stop and open in lower case). Remembered as cut: carried where a rule stands above its rest, else
    told (text-note-unfinished) — it may stand in the running text."""
    notes = f.doc.notes
    # (the note as closed: a paragraph's tail it took in is back in the running text, note-tail-ends-paragraph)
    if (f.body_from is None or f.cut is not None or not f.under_rule or not notes
            or not _mid_sentence(f.doc.lang, notes[-1].text) or _heads_seen(f.doc)):
        return
    f.cut = _Cut(len(f.doc.notes) - 1, number - 1, len(f.doc.lines), len(f.defined), False, unpaged=True)
    # (the notes block ended with the running text: the rest is looked for under the next rule only, not under the one
    # above — a paragraph's rest the page break cut stands right here, and ends with a full stop as a note's does)
    f.under_rule = False
    f.doc.fired("note-cut-unpaged", number)


def _counted_goes_on(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """Whether the open note goes on over a line that holds what its last word, a counter, announces: a number and
    more, a number, a range alone or opening the line, a section's letter."""
    return (number_after_counter(f, pending, stripped, number) or count_alone(f, pending, stripped, number)
            or range_alone(f, pending, stripped, number) or letter_after_counter(f, pending, stripped, number)
            or range_after_counter(f, pending, stripped, number)
            or range_word_after_counter(f, pending, stripped, number) or year_goes_on(f, pending, stripped, number))


# note-year-goes-on: a year and its comma at a line's start ("2016, Supplement No. 10", "2016، الملحق"), any
# script's comma as the scripts table names them; a comma of a script written without spaces needs no space after it
# ("2016，补编"), the others one (a French decimal, "2016,5", is no year and its comma).
_YEAR_COMMAS = punctuation("comma", "enumeration_comma")
_YEAR_COMMA = re.compile(rf"(?:19|20)\d\d[{re.escape(_YEAR_COMMAS)}]"
                         rf"(?:\s|(?<=[{''.join(s.unspaced for s in scripts().values())}]))")


def year_goes_on(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-year-goes-on: an open note whose line ends with a comma goes on over a line that opens with a year and its
    comma — "… Official Records of the Economic and Social Council," / "2016, Supplement No. 10 (E/2016/30) …", the
    wrap putting the year of the Official Records first on the line —, which the language's paragraph number (a
    number typed with a comma before a capital: "1, Income from staff assessment") would take for a paragraph:
    no paragraph is numbered with a year. Class: PDF text whose notes cite the Official Records by year; refused,
    the note's second line went into the paragraph the page cut before the notes."""
    if not pending.last.rstrip().endswith(tuple(_YEAR_COMMAS)) or _YEAR_COMMA.match(stripped) is None:
        return False
    f.doc.fired("note-year-goes-on", number)
    return True


def _date_goes_on(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """Whether the unfinished note goes on over a line of its block that opens with a date: the date that ends it
    (date-ends-note), or that its sentence goes on with (note-date-goes-on)."""
    return date_ends_note(f, pending, stripped, ind, number) or date_goes_on_in_note(f, pending, stripped, ind, number)


# How much longer than a wrapped note's longest line the line under it may be and still be a line of the same
# wrapped text (justified lines differ by a few spaces); a block extraction's line, a whole paragraph, is far longer.
WRAP_SLACK = 8


def sentence_at_foot(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-sentence-at-foot: in a text with pages, a note of several sentences goes on over a line after its
    finished sentence ("… Office on Drugs and Crime." / "Participating entities include …") while the line
    stands at the page's foot, under the note that started on this page, and its sentence goes on (the line
    ends without a full stop): the running text never resumes below a page's notes, it goes on on the next
    page. Not over a line that opens a paragraph, a meeting, a date or the distribution, nor in a text
    without pages, where notes stand in the running text; only under a note wrapped over lines, the line no
    longer than the note's (wrapped text, as a PDF's: in a block extraction a note is one line, and the
    next page's text may stand under the page's notes where the furniture was dropped). (A line that ends
    a sentence there is left to the running text, as before: a one-line sentence below a note tells
    nothing.)"""
    if (not pending.last.endswith(_TERMINAL) or stripped.endswith(_TERMINAL)
            or not (_wrapped_under(pending, stripped) or note_line_filled(f, pending, stripped, number))
            or not _has_pages(f) or f.body_from is None or not near_foot(f.doc, number - 1, True)
            or "\f" in f.doc.raw[number - 1]):  # (a line that opens the next page goes on its running text)
        return False
    lg = f.doc.lang
    if not_a_note(lg, stripped) or _distribution(lg, stripped) or parted_number_opens(f, stripped, number):
        return False
    f.doc.fired("note-sentence-at-foot", number)
    return True


def sentence_before_page_end(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-sentence-before-page-end: in a text with pages, a finished note wrapped over lines goes on over a line
    that is a whole sentence of its own ("… A/C.6/77/SR.35." / "Véanse también A/66/116 y A/68/172.") where nothing
    but the page's end stands under that line — its furniture, a page break, or the cover's distribution met late
    (cover-item-late): the running text never resumes below a page's notes, and nothing of it stands between them
    and the page's end. (note-sentence-at-foot leaves a line that ends a sentence to the running text: below a note
    with more running text under it, a one-line sentence tells nothing.) Left to the running text, the note's last
    sentence went into the paragraph the page cut. Serves PDF text whose notes run to several sentences."""
    doc = f.doc
    if (not pending.last.endswith(_TERMINAL) or not stripped.endswith(_TERMINAL) or not _has_pages(f)
            or f.body_from is None or not near_foot(doc, number - 1, True)
            or "\f" in doc.raw[number - 1] or not _page_ends_under(f, number)):
        return False
    lg = doc.lang
    if (not_a_note(lg, stripped) or _distribution(lg, stripped) or parted_number_opens(f, stripped, number)
            or starts_with_head(lg, stripped, known=True)):
        return False
    if not _wrapped_under(pending, stripped) and not filled_before_page_end(f, pending, stripped, number):
        return False
    doc.fired("note-sentence-before-page-end", number)
    return True


def filled_before_page_end(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-filled-before-page-end: for note-sentence-before-page-end, a note of one line so far counts as wrapped
    where that line ran to the text's full width and the next line's first word would not have fitted on it
    (note-line-filled): the wrap, not the note's end, put the line under it there, though the note's line ends
    with a full stop — an abbreviation's ("… en l'affaire États-Unis c." / "Guam et al."), or the end of a first
    sentence. When note-sentence-before-page-end asked only of notes already wrapped over lines, the line went to
    the running text, into the paragraph the page cut, mid-sentence. (The line ends with a full stop, and nothing
    but the page's end stands under it.) Serves PDF text whose one-line notes fill the width."""
    if not note_line_filled(f, pending, stripped, number):
        return False
    f.doc.fired("note-filled-before-page-end", number)
    return True


def _page_ends_under(f: _Flow, number: int) -> bool:
    """Whether the first line under line `number` that is not blank ends the page: page furniture, a page break or
    the cover's distribution met late (cover-item-late) — or the text ends there."""
    doc = f.doc
    for k in range(number, len(doc.stripped)):
        if "\f" in doc.raw[k]:
            return True
        if doc.stripped[k]:
            # (a lone number the furniture took for a page's may be the next note's marker: markers-bound-block)
            if k in doc.furniture:
                return _LONE_MARKER.match(doc.stripped[k]) is None
            return _distribution(doc.lang, doc.stripped[k])
    return True


def note_line_filled(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-line-filled: a note of one line so far counts as wrapped, for note-sentence-at-foot, where the next
    line's first word would not have fitted on it — the line ran to the text's full width (its running lines'
    full_line), and the wrap, not the note's end, put the next sentence on a line of its own ("(4) … الأسماء
    النهائية." / "ويبلغ مكتب رئيس الجمعية العامة …"). Asked only of a note wrapped over lines, the second sentence
    of a note whose first sentence filled one line went to the running text, into the paragraph the page cut. In
    a block extraction, whose lines are whole paragraphs, a note's line is far shorter than a full line: not
    taken; nor is a note's line longer than a full line, a block of its own. (The next line no longer than a full
    line either.)"""
    # (not after a counter, "sect.": the line below holds what it counts, which the rules of counters read)
    if pending.over or len(pending.parts) != 1 or awaits_number(f.doc.lang, pending.last):
        return False
    full = full_line(f.doc.lines)
    # (the next line's first word — in a script without spaces, which the wrap breaks anywhere, its first character)
    first = (stripped.split(None, 1)[0] if f.doc.lang.script.spaced else stripped[:1]) if stripped else ""
    line = f"{pending.marker} {pending.parts[0]}"
    if (not full or max(len(stripped), len(line)) > full + WRAP_SLACK  # (lines of the text's width, wrapped)
            or len(line) + 1 + len(first) <= full):
        return False
    f.doc.fired("note-line-filled", number)
    return True


def parted_number_opens(f: _Flow, stripped: str, number: int) -> bool:
    """parted-number-opens: a line that opens with a paragraph number parted from its full stop ("2 . Reaffirms",
    "2 . 重申", two runs of a PDF: number-stop-apart) opens the next paragraph, as a number with its stop does
    (not-a-note): a note of several sentences does not go on over it. Serves PDF text that parts the numbers
    from their stops, where a quoted text's star note stands under its rule in the middle of a page: the note
    ran on over the paragraphs below it down to the page's notes."""
    if _NUMBER_STOP_APART.match(stripped) is None:
        return False
    f.doc.fired("parted-number-opens", number)
    return True


def line_between_notes(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-between-notes: a line right above the next note of the block ("4 См. … 2017 год." / "Дополнение № 10
    (E/2017/30), гл. I, разд. D." / "5 Там же, …") goes on with the note before it, though that note's line ended
    with a full stop (an abbreviation's, "год.", or a sentence's inside the note): the running text never stands
    between two notes of one footnote block. Only where the block is known to be one — under the page's rule, or
    in a text with pages with no page's furniture between the two notes — and not over a line that opens a
    paragraph or the closing: in a text without pages, a page's notes and the next page's may stand on both sides
    of the paragraph between them. Not over the distribution, nor above a date (a late issue date reads like
    the next note)."""
    if not pending.last.endswith(_TERMINAL) or (after := _next_note_below(f, pending, number)) is None:
        return False
    doc = f.doc
    lg = doc.lang
    # (nor under a late distribution, whose issue date "5 janvier 2023" looks like note 5)
    if (not_a_note(lg, stripped) or not_a_note(lg, doc.stripped[after]) or _distribution(lg, stripped)
            or starts_with_head(lg, stripped, known=True)):
        return False
    doc.fired("note-between-notes", number)
    return True


def _next_note_below(f: _Flow, pending: _Open, number: int) -> int | None:
    """The index of the next text line below line `number` when it opens the open note's next note (its number
    the next one) in the same footnote block (_one_block), else None."""
    if not pending.marker.isdigit():
        return None
    after = _next_text_line(f.doc, number)
    doc = f.doc
    if after is None or "\f" in doc.raw[after]:
        return None
    line, following = doc.stripped[after], str(int(pending.marker) + 1)
    m = _FOOTNOTE_START.match(line)
    # (a lone marker the page furniture took for a page's number, as marker-alone reads it before the furniture)
    lone = (m is None and doc.furniture.get(after, _NO_KIND)[0] in ("", "page")
            and lone_marker_below(f, line, following, after))
    if not (lone or (m is not None and m["marker"] == following and after not in doc.furniture)):
        return None
    if not _one_block(f, pending.line, after):
        return None
    if lone:
        doc.fired("next-note-marker-alone", after + 1)
    return after


def lone_marker_below(f: _Flow, line: str, following: str, after: int) -> bool:
    """next-note-marker-alone: the next note of a footnote block may give its marker on a line of its own over its
    text ("9 … гл. III, разд." / "A" / "10" / "Резолюция 61/295, приложение."), as marker-alone reads it: the rules
    that ask for the next note right below a line (note-between-notes, head-above-next-note) see it there as they
    see "10 Резолюция …". Serves PDF text and block extractions that set the notes' markers apart: the line
    between the two notes went to the running text, and into the paragraph the page cut."""
    return line == following and _text_below(f.doc, after)


def head_above_next_note(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """head-above-next-note: an unfinished note goes on over a line that opens with a paragraph's head ("… для
    развития эпидемии и осуществления ответных мер" / "исходя из эпидемиологического … контекста.") where that
    line ends with a full stop and stands right above the next note of the same footnote block: the note's
    last line, whose first words only read like a head; the running text never stands between two notes of one
    block (note-between-notes), nor does a paragraph's head line end with a full stop there. (note-ends-at-head
    ended the note and gave the line to the running text, where it ran into the paragraph the page cut.)"""
    if stripped.endswith(_TERMINAL):
        if _next_note_below(f, pending, number) is None:
            return False
        f.doc.fired("head-above-next-note", number)
        return True
    return head_wrapped_above_next_note(f, pending, number)


# head-above-next-note-wrapped: the lines a note's last sentence may run on over, under the line with the head.
_HEAD_NOTE_TAIL = 2


def head_wrapped_above_next_note(f: _Flow, pending: _Open, number: int) -> bool:
    """head-above-next-note-wrapped: so where the line with the head does not end the note but the next line or two
    do, right above the next note of the block ("… Nagoya Protocol on Access to Genetic Resources and the Fair and
    Equitable" / "Sharing of Benefits Arising from Their Utilization at its second meeting (see" / "United Nations
    Environment Programme, document UNEP/CBD/NP/MOP/2/13)." / "16 Resolution 61/295, annex."): a title's word that
    reads like a paragraph's head ("Sharing") opened the note's wrapped line. The lines run on without a blank line,
    the page's furniture or a note's marker between, and only the last ends with a full stop."""
    doc = f.doc
    for j in range(number, min(len(doc.stripped), number + _HEAD_NOTE_TAIL)):
        line = doc.stripped[j]
        if not line or j in doc.furniture or "\f" in doc.raw[j] or _FOOTNOTE_START.match(line) is not None:
            return False
        if line.endswith(_TERMINAL):
            if _next_note_below(f, pending, j + 1) is None:
                return False
            doc.fired("head-above-next-note-wrapped", number)
            return True
    return False


def _one_block(f: _Flow, first: int, last: int) -> bool:
    """Whether the lines from line `first` (a note's, 1-based) to index `last` stand in one footnote block: under
    the page's rule, or in a text with pages with no furniture or form feed between them."""
    if f.ruled:
        return f.under_rule
    doc = f.doc
    return _has_pages(f) and not markers_make_no_pages(f, last) and not any(
        (k in doc.furniture and not marker_bounds_block(f, k, first, last)) or "\f" in doc.raw[k]
        for k in range(first - 1, last + 1))


def markers_make_no_pages(f: _Flow, at: int) -> bool:
    """markers-make-no-pages: a text whose only page furniture past the cover is bare numbers alone on their
    lines — no running head, job number, footnote rule or form feed — has no pages that bound a footnote block:
    those numbers are the notes' markers set on lines of their own ("4" / "Resolution 60/288."), which the
    furniture took for page numbers; a UN page's foot prints its number beside the job number, and an extractor
    that drops the job number drops the page's number with it. There a page's notes and the next page's stand on
    both sides of the paragraph the page cut ("4" / "Resolution 60/288." / "consider becoming parties …, Reaffirming
    …" / "5" / …), and note-between-notes gave that paragraph's whole rest to the note above it. Serves block
    extractions that drop the page furniture and set the notes' markers apart. (at: the index asked about, for
    the trace.)"""
    if _furnished(f):
        return False
    f.doc.fired("markers-make-no-pages", at + 1)
    return True


def _furnished(f: _Flow) -> bool:
    """Whether the text tells its pages by more than lone numbers past the cover (a running head, a job number, a
    footnote rule, a form feed); asked once."""
    if f.furnished is None:
        doc = f.doc
        f.furnished = "\f" in doc.text or any(
            (i >= COVER_LINES or kind[0] != "symbol")
            and not (kind[0] == "page" and _NUMBER_ALONE.match(doc.stripped[i]))
            and not late_symbol(f, i, kind[0])
            for i, kind in doc.furniture.items())
    return f.furnished


def late_symbol(f: _Flow, i: int, kind: str) -> bool:
    """late-symbol-no-page: for markers-make-no-pages, the cover's symbol printed late, right above the distribution
    printed late with it ("E/RES/2023/26" / "Distr. general 3 de agosto de 2023", after the first page's text, as
    an extractor that reads the cover's right-hand column last gives them), is a cover item, no page's running
    head: taken for one, it made pages of a text whose only other furniture was the notes' markers alone on their
    lines, and note-between-notes gave the rest of the paragraph a page cut to the note above it."""
    doc = f.doc
    if kind != "symbol" or i < COVER_LINES:
        return False
    after = next((t for t in islice(doc.stripped, i + 1, None) if t), "")
    if not _distribution(doc.lang, after):
        return False
    doc.fired("late-symbol-no-page", i + 1)
    return True


def marker_bounds_block(f: _Flow, k: int, first: int, last: int) -> bool:
    """markers-bound-block: the lone numbers at both ends of the stretch _one_block asks about — the open note's
    marker on a line of its own over its text (line `first`, 1-based) and the next note's (index `last`) — are the
    notes' markers, though the page furniture took each for a page's number: they do not part the block. Taken
    for furniture, they made every note that gives its marker apart stand in no block, and the last line of a
    note ending with an abbreviation ("… in connection with Tuaua v." / "United States." / "8") went to the
    running text, into the paragraph the page cut (note-between-notes asks for one block). Serves PDF text and
    block extractions whose notes give their markers on lines of their own. (Only a lone number, only there.)"""
    doc = f.doc
    if k not in (first - 1, last) or doc.furniture[k][0] != "page" or not _LONE_MARKER.match(doc.stripped[k]):
        return False
    f.doc.fired("markers-bound-block", k + 1)
    return True


def _wrapped_under(pending: _Open, stripped: str) -> bool:
    """Whether the note was wrapped over lines and the line is no longer than its lines: the same wrapped text."""
    return bool(pending.over) and len(stripped) <= max(map(len, pending.parts)) + WRAP_SLACK


def head_ends_note(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """note-ends-at-head: an open note does not run on over a line that opens with a known paragraph head of
    the language ("Recognizing", "Notant avec", "回顾") and is not indented under it. Serves texts whose last
    note on a page lacks its full stop ("… sect. I.A", "… annexe II") where nothing but the notes stands
    between two pages (block extractions that drop the page furniture): the unfinished note ran on over the
    next page's text, taking in every preambular paragraph down to the next page's notes. A note's own
    wrapped line opening with a paragraph's head word is far rarer than a note without its full stop."""
    lg = f.doc.lang
    # (In a script without spaces a wrapped line starts anywhere inside a phrase: a head's characters at a
    # note's line start are chance — "决定" inside "…第二十七届" / "决定。": there note-ends-at-paragraph-head.)
    if (ind >= NOTE_HANGING_INDENT or pending.last.endswith(_TERMINAL)
            or not starts_with_head(lg, stripped, known=True)):
        return False
    title = not lg.script.spaced and not _paragraph_lines(pending, stripped) and _title_note_ends(pending, stripped)
    if not lg.script.spaced and not (title or _paragraph_lines(pending, stripped)):
        return False
    if head_above_next_note(f, pending, stripped, number):
        return False
    if title:
        _title_note_told(f, stripped, number)
        return True
    f.doc.fired("note-ends-at-head" if lg.script.spaced else "note-ends-at-paragraph-head", number)
    return True


# note-ends-at-number: a paragraph number is below this (a year, "2021.", is none).
PARAGRAPH_NUMBER_MAX = 1000


# note-ends-at-number-alone: a paragraph's number alone on its line with its full stop, parted from it or not ("3 .",
# "3."), as text that sets the operative numbers on lines of their own gives it.
_PARAGRAPH_NUMBER_ALONE = re.compile(r"^(\d{1,3}) ?\.$")


def number_alone_ends_note(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-ends-at-number-alone: an open note left without its full stop ends at a line that holds only the next
    paragraph's number in sequence and its stop ("3 ." after paragraph 2): text of blocks that sets each operative
    number on a line of its own ("2 ." / "рекомендует …"), whose page's notes stand between a cut paragraph's halves,
    the last note the UN's own without its stop ("5 Резолюция 70/1"). note-ends-at-next-number asks for the
    paragraph's text after its number on the same line; here it stands on the next. A note's line is never a number
    and a stop alone. Refused, the note took in the paragraph's rest and the number; the paragraphs under it, out of
    sequence, ran into the one above, told by nothing. (The lines it ran on over go back to the running text where
    they end as a paragraph does: note-tail-ends-paragraph.)"""
    m = _PARAGRAPH_NUMBER_ALONE.match(stripped)
    if not f.last_number or pending.last.endswith(_TERMINAL) or m is None or int(m[1]) != f.last_number + 1:
        return False
    # (not after a word a number follows, "… recommendation" / "3.": the counter's number, the note's own)
    if awaits_number(f.doc.lang, pending.last):
        return False
    f.doc.fired("note-ends-at-number-alone", number)
    return True


def next_number_ends_note(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-ends-at-next-number: an open note ends at a line that opens with the next paragraph number in sequence —
    the one after the last read, with its full stop or parted from it ("115 . Subraya …" after paragraph 114) — and
    its text: a note the UN left without its full stop ("Resolución 217 A (III)") has no more lines than its own
    there, and note-ends-at-number asks for lines it ran on over first. Refused, the note took in the paragraph
    under it, lost to the body. (Block extractions whose pages' notes stand between two paragraphs.)"""
    want = f.last_number + 1
    # (a note that ended with its full stop goes on over no such line anyway: not-a-note, parted-number-opens)
    if not f.last_number or pending.last.endswith(_TERMINAL) or not stripped.startswith(str(want)):
        return False
    m = f.doc.lang.paragraph_number.match(stripped) or _NUMBER_STOP_APART.match(stripped)
    digits = _DIGITS.match(stripped)
    if m is None or digits is None or int(digits[0]) != want or not stripped[m.end():].strip():
        return False
    f.doc.fired("note-ends-at-next-number", number)
    return True


def number_ends_note(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """note-ends-at-number: an unfinished note that ran on over lines after its own ends at a line that opens with a
    paragraph number — with its full stop or parted from it ("9 . призывает …", "6. Reafirma …") — not indented
    under it, where the last line it ran on over ends as a paragraph does, as at a known head (note-ends-at-head),
    and the lines it ran on over go back to the running text (note-tail-ends-paragraph): a note the UN left
    without its full stop ("Резолюция 70/1", "… documento WT/MIN(13)/44") took in the rest of the paragraph a
    page cut before its notes ("насилия и дискриминации в отношении женщин;"). Serves block extractions, whose
    pages' notes stand between a cut paragraph's halves. (Not after a word a number follows, "Supplement No.":
    the note's own.)"""
    # (the lines it ran on over end as a paragraph does, with a comma, a semicolon or a colon: a note's own line
    # wrapped anywhere, "… 出售品编号：C.9" / "3.I.8和更正) …", goes on)
    if (not pending.over or ind >= NOTE_HANGING_INDENT or pending.last.endswith(_TERMINAL)
            or pending.last.rstrip()[-1:] not in _CLAUSE_PUNCTUATION or awaits_number(f.doc.lang, pending.last)):
        return False
    m = f.doc.lang.paragraph_number.match(stripped) or _NUMBER_STOP_APART.match(stripped)
    digits = _DIGITS.match(stripped)
    # (a paragraph's number has its text after it, and is no year: "… adopté le 7 octobre" / "2021." ends a note)
    if m is None or digits is None or not stripped[m.end():].strip() or int(digits[0]) >= PARAGRAPH_NUMBER_MAX:
        return False
    f.doc.fired("note-ends-at-number", number)
    return True


def _paragraph_lines(pending: _Open, stripped: str) -> bool:
    """note-ends-at-paragraph-head: in a script without spaces, an open note ends at a line that opens with
    a known head when that line and the one above it both end as a paragraph's clause does (a comma, a
    semicolon, a colon), the line above being one the note ran on over. Serves text of paragraph blocks, a
    paragraph to a line, whose last note on a page ended with a title and no full stop ("…《指导说明》"): it
    ran on over the next page's paragraphs, each a line ending with "，", down to the next page's notes —
    ten preambular paragraphs read as a note. A note's own wrapped lines end anywhere in a sentence; two of
    them in a row ending with a clause's punctuation, the second opening with a head, are far rarer."""
    return (bool(pending.over) and stripped[-1:] in _CLAUSE_PUNCTUATION
            and pending.last.rstrip()[-1:] in _CLAUSE_PUNCTUATION)


def _title_note_ends(pending: _Open, stripped: str) -> bool:
    """note-title-ends-at-head: in a script without spaces, an open note that holds only a title — it opens with a
    title's bracket and ends with its closing one, no full stop ("《…指导说明》", as the UN prints a note citing a
    document by its title) — ends at the next line when that line opens with a known head (asked before) and ends as
    a paragraph's clause does: the next page's first paragraph (text of blocks, a paragraph to a line, whose page ended
    with its paragraph). note-ends-at-paragraph-head asks a second such line, the first one run on over — there the
    first was the rest of a paragraph the page cut; a title is a whole note, and ran on over, the head's paragraph
    was lost into it. A guess either way — a note's own line may open with a head ("重申其中…，"): told where it
    decides (_title_note_told)."""
    text = pending.last.strip()
    if pending.over or stripped[-1:] not in _CLAUSE_PUNCTUATION or len(text) < 2:
        return False
    pair = next(((o, c) for o, c in _TITLE_BRACKETS if text[0] == o), None)
    return not (pair is None or text[-1] != pair[1] or text.count(pair[0]) != 1 or text.count(pair[1]) != 1)


def _title_note_told(f: _Flow, stripped: str, number: int) -> None:
    """note-title-ends-at-head, where it ends the note: the line is read as the next paragraph, not as the title
    note's rest, and told (text-boundary-guessed) — the base read it into the note, told (text-note-unfinished);
    neither reading is certain, and a wrong one must not be silent."""
    f.doc.fired("note-title-ends-at-head", number)
    f.doc.warn("text-boundary-guessed", f"line {number} {stripped[:30]!r} opens with a paragraph's head after a note "
               "that holds only a title: it is read as the next paragraph, not as the note's rest; the text does not "
               "decide which it is", number)


def tail_ends_paragraph(f: _Flow, pending: _Open, number: int) -> None:
    """note-tail-ends-paragraph: when a paragraph head ends a note (note-ends-at-head) that had run on over
    lines after its own, and the last of them ends as a paragraph does (a comma, semicolon or colon) while
    the running text above the note was cut mid-sentence (or the first of them opens in lower case: a page
    cut at a clause's comma), those lines are the second half of the cut
    paragraph ("… Global Report on Corruption in" / notes / "Sport to support …,"): they go back to the
    running text, in their place before the head's line. (A note ends with a full stop, never a comma;
    marks glued at the end are read past, as finished() reads them.)"""
    lines = f.doc.lines
    last = pending.last
    if not pending.over or not finished(last) or last.rstrip().endswith(_TERMINAL) or not lines:
        return
    first = pending.parts[-len(pending.over)]
    if finished(lines[-1].text) and not first[:1].islower():
        return
    gap = f.gap
    for text, (k, ind) in zip(pending.parts[-len(pending.over):], pending.over, strict=True):
        # (each line back with the blank line it had above it, or none: the blank line before the head that ended
        # the note is the head's; given to lines the note had run on over without one, it opened a paragraph at
        # each — "… Комиссии), содержащиеся в докладе" / "Генерального секретаря, и просит …" went as a heading)
        f.gap = k >= 2 and not f.doc.stripped[k - 2]
        _text_line(f, text, k, ind, f.invisible, text[0])
    f.gap = gap
    del pending.parts[-len(pending.over):]
    pending.over.clear()
    f.doc.fired("note-tail-ends-paragraph", number)


_NO_KIND = ("", None)


def paragraph_below(f: _Flow, number: int) -> bool:
    """no-note-above-paragraph: in a text with pages, a line that opens with a number is no note when
    a paragraph of the body opens below it on the same page — a line that opens with a paragraph's
    head (an opening phrase of the tables), or with the next operative paragraph's number (the one
    after the last read, as the language writes paragraph numbers): a page's notes stand under its
    running text, never above a paragraph. (A wrapped line "3 من هذا القرار، …" after "… للفقرتين 2
    و", fifteen lines above its page's foot, was read as note 3 and took the lines under it; "1 من
    ميثاقها، …" after "… في المادة", the preambular paragraphs under it.) Serves PDF text; a text
    without pages, whose notes may stand between two paragraphs (notes-in-flow), is not asked — the
    page must end below the paragraph, at a foot with the job number or a form feed —; nor is a line
    before the formula, under a footnote rule, or in a block of notes: an extraction that keeps the
    rule but drops the page's foot puts the notes in the flow, between a paragraph's lines."""
    if f.body_from is None or f.in_notes or f.under_rule:
        return False
    if not _has_pages(f):
        return False
    doc, want = f.doc, f.last_number + 1
    raw_lines, kinds = doc.raw, doc.furniture
    below = False  # a paragraph opens below the line
    parted = None  # the line whose number, parted from its stop, opened it (parted-paragraph-below)
    # (a marker on a line of its own has its text on the next line of text: marker-alone)
    prev = doc.stripped[number - 1]
    text_below = _LONE_MARKER.match(prev) is not None
    for j in range(number, len(raw_lines)):
        if "\f" in raw_lines[j] or kinds.get(j, _NO_KIND)[0] == "job":
            # (the page ends — a form feed, a foot with the job number —: with a paragraph above its
            # foot, the line was none of its notes)
            if below:
                doc.fired("no-note-above-paragraph", number)
                if parted is not None:
                    doc.fired("parted-paragraph-below", parted)
            return below
        if j in kinds:  # (a running head or a lone number: no page foot it is sure of)
            return False
        text = doc.stripped[j]
        if not text:
            continue
        # (a paragraph opens after a finished line: a head at the start of a note's wrapped line is
        # a word of the note)
        if not below and not text_below and finished(prev):
            below, parted = _opens_paragraph(f, prev, text, want, j)
        text_below, prev = False, text
    # (no page foot below: a text without pages after all — a cover item met late looks like a
    # running head —, whose notes may stand between paragraphs)
    return False


def _opens_paragraph(f: _Flow, prev: str, text: str, want: int, j: int) -> tuple[bool, int | None]:
    """For no-note-above-paragraph: whether line j (text, under a finished line prev) opens a paragraph of the
    body — the next operative paragraph's number, or a known head —, and the line's number where it did by a
    number parted from its stop (parted-paragraph-below)."""
    lg = f.doc.lang
    numbered = _numbered(lg, text, want)
    parted = not numbered and parted_paragraph_below(text, want)
    if (numbered or parted) and not counted_number(f, prev, j):
        return True, j + 1 if parted else None
    return starts_with_head(lg, text, known=True), None


def parted_paragraph_below(text: str, want: int) -> bool:
    """parted-paragraph-below: for no-note-above-paragraph, the next operative paragraph's number parted from its full
    stop ("5 . ассигнует", two runs of a PDF: number-stop-apart, which mends it only once the line is read) opens a
    paragraph below as the number with its stop does. Serves PDF text that parts the numbers from their stops and
    gathers its notes after the closing: a paragraph's line wrapped before a number ("… по разделу" / "2 «Дела …»")
    near a page's foot, a paragraph below it, was read as the text's first note, and the notes printed after the
    closing, numbered from 1 again, were left as lines of the closing."""
    m = _NUMBER_STOP_APART.match(text)
    return m is not None and int(m[1]) == want


def counted_number(f: _Flow, prev: str, j: int) -> bool:
    """count-opens-no-paragraph: for no-note-above-paragraph, a line that opens with the next operative paragraph's
    number right under a line that ends with a word a number follows — a note's "vol." / "1, Resolutions, annex
    VII.", "Supplement No." / "23 (A/77/23)." (the table's endnotes.not_after, see note-number-after-counter) — opens
    no paragraph: the number is the one that word announces, the wrap parting them inside a note. Taken for a
    paragraph below, it had the page's notes above it read as running text, their marks left in the paragraphs."""
    if not awaits_number(f.doc.lang, prev):
        return False
    f.doc.fired("count-opens-no-paragraph", j + 1)
    return True


def _numbered(lg: Lang, text: str, want: int) -> bool:
    """Whether the text opens with operative paragraph number `want`, as the language writes it."""
    return (text[:1].isdigit() and lg.paragraph_number.match(text) is not None
            and (d := _DIGITS.match(text)) is not None and int(d.group()) == want)


# A line that opens with a number or a roman numeral, then a space or punctuation and more: "23 (A/77/23).",
# "2922, No. 14531.", "I, sect. A.", "IV, para. 24.".
# (More than the number: a number alone on its line is the next note's marker, its text on the next line.)
_OPENS_WITH_NUMBER = re.compile(r"^(?:\d+[A-Z]?|[IVXLC]+(?:\.[A-Z])?)(?=[\s,.;:)])(?=.*[^\W\d_])")


def number_after_counter(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-number-after-counter: an open note whose text ends with a word that a number follows — the
    table's endnotes.not_after: "Supplement No.", "vol.", "chap.", "para.", "núm." — goes on over the
    next line when it opens with a number or a roman numeral ("23 (A/77/23).", "2922, No. 14531.", "I,
    sect. A."): the number the word announces, cut from it by the line's end. Not running text, though
    the line before ends with a full stop, the abbreviation's; nor a new note where the word is such an
    abbreviation ("No.": a note ends with no abbreviation, but may end with a word, "…, annex", before
    the next note "2 Resolution 217 A (III)."). A number alone on its line is the next note's marker.
    Serves the notes of PDF text and block extractions, whose lines break anywhere in
    the UN's references to its records ("Official Records of the General Assembly, Seventy-seventh
    Session, Supplement No. 23 (A/77/23)")."""
    if not _OPENS_WITH_NUMBER.match(stripped) or not awaits_number(f.doc.lang, pending.last):
        return False
    f.doc.fired("note-number-after-counter", number)
    return True


def _number_goes_on(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """Whether a line opening with a number goes on with the open note before it (note-number-after-counter),
    its counter ending with a full stop ("Supplement No.") or without one (counter-without-stop)."""
    if pending.last.endswith(_TERMINAL):
        return number_after_counter(f, pending, stripped, number)
    if counter_without_stop(stripped) and number_after_counter(f, pending, stripped, number):
        f.doc.fired("counter-without-stop", number)
        return True
    if symbol_cut_at_slash(pending.last) and symbol_goes_on(pending.marker, stripped, number):
        f.doc.fired("note-symbol-cut-at-slash", number)
        pending.glued += (len(pending.parts),)  # (the symbol's next part: joined without a space when it closes)
        return True
    return counted_marker_below(f, pending, stripped, number)


# A document's symbol cut right after one of its slashes, ending a note's line ("… A/77/6 (Sect. 17)、A/77/"): a
# series letter first, its parts capitals and digits, nothing of a web address glued before it ("…/EN/", "www.").
_CUT_AT_SLASH = re.compile(r"(?<![\w./:-])[A-Z][A-Z0-9.]*(?:/[A-Z0-9.]+)*/$")
# The symbol's number going on as a symbol's does after it: a bracketed section, a comma or an enumeration comma
# ("6 (Sect. 18)、…", "3, A/85/7").
_SYMBOL_GOES_ON = re.compile(rf"\d+\s?[(（{re.escape(punctuation('comma', 'enumeration_comma'))}]")


def symbol_cut_at_slash(last: str) -> bool:
    """note-symbol-cut-at-slash: an open note whose text so far ends with a document's symbol cut right after one of
    its slashes ("…、A/77/" / "6 (Sect. 18)、A/77/6 (Sect. 19)…") goes on over the line that opens with a number: that
    number is the symbol's next part, which the wrap put first on the line — no note's text ends with a slash. Read
    as the next note but one (a gap in the notes' numbering is allowed), the line took that note's mark, and the
    real notes of that number and the one before, out of sequence then, were lost to the closing block. Serves PDF
    text whose wrap breaks anywhere in a line of ideographs, long lists of symbols in a note."""
    last = last.rstrip()
    token = last.rsplit(None, 1)[-1] if last else ""
    return "://" not in token and "www." not in token and _CUT_AT_SLASH.search(last) is not None


def symbol_goes_on(marker: str, stripped: str, number: int) -> bool:
    """note-symbol-cut-at-slash: the line opening with a number goes on with the symbol cut at its slash only where it
    is no note of its own: its number is not the next note's (the s24 case: "6 (Sect. 18)、…" where note 5 was
    due), or the line goes on after the number as a symbol's part does ("3 (Sect. 6)", "3, A/85/7"). A note ending
    with a web address's slash ("Available at https://…/EN/") over the next note in sequence, "2 A/85/16.", ends."""
    return not marker.isdigit() or number != int(marker) + 1 or _SYMBOL_GOES_ON.match(stripped) is not None


def counted_marker_below(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """counted-marker-below: an open note whose text ends with a counter written without a full stop (the table's
    endnotes.not_after: "Дополнение №", "Supplément no") goes on over a line that opens with the next note's number
    and more ("3 и исправления (E/2005/23, …)") when a note of that number opens below it in the block, its marker
    alone over its text or opening its line ("3" / "A/77/265."): a note is given once, and the number is the one the
    counter announces, which the wrap put first on the line. Read as the next note, the line took that note's mark
    and the real note, its number then given already, went to the running text and joined the paragraph above
    the page's foot. Serves PDF text and block extractions of notes that cite the UN's records by supplement."""
    opened = _OPENS_WITH_NUMBER.match(stripped)
    if opened is None or not awaits_number(f.doc.lang, pending.last):
        return False
    if not _note_opens_under(f.doc, opened.group(), number):
        return False
    f.doc.fired("counted-marker-below", number)
    return True


# A number and a document's symbol in brackets: "3 (A/52/3/Rev.1), chap. IV" — or in square brackets, where the
# symbols hold round ones: "12 [A/73/12 (Part I) et A/73/12 (Part II)]".
_SUPPLEMENT_SYMBOL = re.compile(r"\d{1,3}[A-Z]? (?:\([A-Z]{1,3}/[^\s)]*\d|\[[A-Z]{1,3}/[^\s\]]*\d)")


def counter_without_stop(stripped: str) -> bool:
    """counter-without-stop: an open note whose text ends with a counter written without a full stop — the French
    "Supplément no" — goes on over a line that opens with the number and the document's symbol in brackets ("3
    (A/52/3/Rev.1), chap. IV, sect. A"), as the UN's references to its records run: no note opens with a
    bracketed symbol. note-number-after-counter asks a full stop after the note's last word (an abbreviation,
    "No.", "vol."): a note may end with a counted word unabbreviated ("…, annex") before the next note, which
    the line would join; here that line was read as a note skipping one number ("1 … no" / "3 (A/52/3…)")."""
    return _SUPPLEMENT_SYMBOL.match(stripped) is not None


def awaits_number(lg: Lang, text: str) -> bool:
    """Whether a note's text so far ends with a word a number follows ("Supplement No.": see
    note-number-after-counter): a blank line after it, as double-spaced text puts after every line,
    does not end the note either."""
    words = text.rsplit(None, 1)
    # (the word may open a bracket: "A/77/6 (Sect." / "16), A/77/6 (Sect. 17)")
    return bool(words) and fold_word(words[-1].lstrip(_OPENING)) in lg.endnote_not_after


_OPENING = "([«“"
# What a counter announces, alone on its line with its punctuation: a number, a roman numeral, a section's
# letter and its numbers ("56.", "IV.", "A.", "B.1.", "А.", "2021."), nothing after it.
_COUNT_ALONE = re.compile(r"^(?:\d{1,6}|[IVXLC]{1,6}|[A-ZА-ЯЁ](?:\.\d{1,2})*)[.,;]$")


def count_alone(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-count-alone: an open note whose text ends with a word a number follows — a counter of the
    table's endnotes.not_after ("sect.", "art.", "párr.", "гл.") or a month's name, a date's year to come
    ("adopted on 7 October") — goes on over a line that holds only that number, roman numeral or section
    letter and its punctuation ("A.", "3.", "B.1.", "2021."), though such a line reads like a paragraph's
    number alone: a paragraph's number has its text after it. Serves PDF text and block extractions whose
    wrap leaves the last word of a note's reference on a line of its own ("… chap. VII, sect." / "A.")."""
    if not _COUNT_ALONE.match(stripped):
        return False
    lg = f.doc.lang
    words = pending.last.rsplit(None, 1)
    if not (awaits_number(lg, pending.last) or (words and lg.month(words[-1]) is not None)):
        return False
    f.doc.fired("note-count-alone", number)
    return True


# A section's letter, then its clause's punctuation and more: "E ; ibid., …", "A, para. 3.", "B.1, annex".
_OPENS_WITH_LETTER = re.compile(r"^[A-ZА-ЯЁ](?:\.\d{1,2})* ?[,;:)](?=.*[^\W\d_])")


def letter_after_counter(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-letter-after-counter: an open note whose text ends with a counter of the table's endnotes.not_after
    ("sect.", "разд.") goes on over a line that opens with a section's letter and its clause's punctuation ("…
    chap. III, sect." / "E ; ibid., soixante-dixième session, …"): the letter the counter announces, which the
    wrap put at the line's start, and the note's next reference. Serves PDF text of notes that list a series of
    records ("chap. III, sect. E ; ibid., …"): the line, neither a note nor a paragraph, went to the running
    text with the rest of the note. (note-number-after-counter takes a number or a roman numeral so, and
    note-count-alone a letter alone; a letter followed by a word, "A new …", is not taken.)"""
    shaped = _OPENS_WITH_LETTER.match(stripped) is not None
    return _after_counter(f, pending, shaped, number, "note-letter-after-counter")


# A range of numbers alone on its line with its punctuation ("19–22.", "3-5,"): the numbers a counter ("pp.",
# "paras.") announces, nothing after them.
_RANGE_ALONE = re.compile(r"^\d{1,6} ?[-\u2010\u2011\u2013] ?\d{1,6}[.,;]$")


def range_alone(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-range-alone: an open note whose text ends with a counter of the table's endnotes.not_after ("пп.",
    "paras.", "págs.") goes on over a line that holds only a range of numbers and its punctuation ("… решение
    XII/23, пп." / "19–22."): the range the counter announces, which the wrap left alone. Serves PDF text whose
    notes cite paragraphs or pages by range: the line, neither a note (no note's text opens with a dash) nor a
    paragraph (no text after the numbers), was read as running text and joined the paragraph below the page's
    foot. (note-count-alone takes a single number so; a range was left out.)"""
    return _after_counter(f, pending, _RANGE_ALONE.match(stripped) is not None, number, "note-range-alone")


# A range of numbers and its punctuation, then more of the note ("117–118, and annex.", "3-5; see also …").
_RANGE_OPENS = re.compile(r"^\d{1,6} ?[-\u2010\u2011\u2013] ?\d{1,6}[,.;:)](?=.*[^\W\d_])")


def range_after_counter(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-range-after-counter: an open note whose text ends with a counter of the table's endnotes.not_after
    ("paras.", "pp.", "пп.") goes on over a line that opens with a range of numbers and its punctuation and goes on
    ("… Supplement No. 20 (A/62/20), paras." / "117–118, and annex."): the range the counter announces, which the
    wrap put at the line's start, and the rest of the note's reference. No note's text opens with a range, and no
    paragraph's line after a counter either. Serves PDF text whose notes cite paragraphs or pages by range: the
    line went to the running text and joined the paragraph the page cut. (note-range-alone takes a range alone on
    its line; note-number-after-counter a single number and more.)"""
    return _after_counter(f, pending, _RANGE_OPENS.match(stripped) is not None, number, "note-range-after-counter")


# A range of numbers, a space and a word: "117–118 и приложение.", "3-5 and annex".
_RANGE_THEN_WORD = re.compile(r"^\d{1,6} ?[-\u2010\u2011\u2013] ?\d{1,6} [^\W\d_]")


def range_word_after_counter(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-range-word-after-counter: as note-range-after-counter, an open note whose text ends with a counter of the
    table's endnotes.not_after ("пп.", "paras.") goes on over a line that opens with a range of numbers and a word
    straight after it, no punctuation between ("… Дополнение № 20 (A/62/20), пп." / "117–118 и приложение."): the
    range the counter announces and the rest of the reference, as a language that joins them with a conjunction
    writes it. Refused, the line went to the running text and joined the paragraph above the page's foot. Serves
    PDF text whose notes cite paragraphs by range."""
    return _after_counter(f, pending, _RANGE_THEN_WORD.match(stripped) is not None, number,
                          "note-range-word-after-counter")


def _after_counter(f: _Flow, pending: _Open, shaped: bool, number: int, rule: str) -> bool:
    """The note goes on over the line when the line has the shape the rule asks (shaped) and the note's text ends
    with a counter that awaits its number."""
    if not shaped or not awaits_number(f.doc.lang, pending.last):
        return False
    f.doc.fired(rule, number)
    return True


# A line that opens with a web address.
_WEB_ADDRESS = re.compile(r"^(?:https?://|www\.)\S")


def address_ends_note(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """address-ends-note: a note goes on over a line that opens with a web address ("… См." /
    "https://unece.org/…", "… disponible en" / "www.…") where that line stands in the note's footnote block —
    under the page's rule, or in a text with pages with no page furniture between the note and the line —,
    though the note's line ended with a full stop (an abbreviation's: "См.", "Véase"): the address the note
    cites, which the wrap put on a line of its own for its length. The running text does not resume inside a
    page's footnote block, and its lines do not open with an address. Serves PDF text whose notes cite web
    pages: the address, read as running text, ran into the paragraph the page cut."""
    if _WEB_ADDRESS.match(stripped) is None or not _one_block(f, pending.line, number - 1):
        return False
    f.doc.fired("address-ends-note", number)
    return True


# A year alone on its line with a full stop ("2022."): the end of a note's reference, never a paragraph's number.
_YEAR_ALONE = re.compile(r"^(?:1[89]|2[01])\d\d\.$")


def date_ends_note(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """date-ends-note: an unfinished note (its text so far ends without a full stop: "… held in Valletta on 17
    and", "… “Principles for Beacons”,") goes on over a line, not indented, that opens with a date or holds a
    year alone and ends with a full stop ("18 November 2018.", "2022.") where that line stands in the note's
    footnote block — under the page's rule, or in a text with pages with no page furniture between the note
    and the line: the date that ends the note's reference, which the wrap put at a line's start. Serves PDF
    text whose wrapped notes cite meetings and publications by date: the line, read as a date or a paragraph's
    number (not-a-note), went to the running text and joined the paragraph cut by the page. (A late issue date
    ends with no full stop; the running text does not resume inside a page's footnote block.)"""
    if (ind >= NOTE_HANGING_INDENT or pending.last.endswith(_TERMINAL) or not stripped.endswith(_TERMINAL)
            or not (_YEAR_ALONE.match(stripped) or f.doc.lang.starts_with_date(stripped))
            or not _one_block(f, pending.line, number - 1)):
        return False
    f.doc.fired("date-ends-note", number)
    return True


def date_goes_on_in_note(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """note-date-goes-on: an unfinished note ("… is confirmed to be on Monday,") goes on over a line, not indented,
    that opens with a date and goes on past it ("24 April 2023, the forum will be held from …") where that line
    stands in the note's footnote block — under the page's rule, or in a text with pages with no page furniture
    between the note and the line: the date the note's sentence goes on with, which the wrap put at a line's
    start, and more of that sentence. date-ends-note takes such a line where it ends the note (a full stop); a line
    that goes on was read as a date (not-a-note) and went to the running text with the note's last lines, into the
    paragraph the page cut. (A date alone — a late issue date, the closing's — holds nothing after it: not taken.)
    Serves PDF text whose notes state dates in running sentences."""
    lg = f.doc.lang
    if (ind >= NOTE_HANGING_INDENT or pending.last.endswith(_TERMINAL) or not lg.starts_with_date(stripped)
            or lg.partial_date(stripped) is not None or not _one_block(f, pending.line, number - 1)):
        return False
    f.doc.fired("note-date-goes-on", number)
    return True


def note_bracket_open(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-bracket-open: a note whose text leaves a bracket open ("… Documento Final, vol. I
    (NPT/CONF.2010/50 (Vol." / "I)), primera parte.") goes on over the next line that closes it before
    opening one, though its last line ends with a full stop (an abbreviation's) and the next opens like a
    label ("I)"), or the line reads like a paragraph's number (a sales number cut by the wrap, "(…出售品
    编号：C.9" / "6.IV.13)，第一章。")."""
    if not (")" in stripped or "]" in stripped or "）" in stripped) or f.doc.lang.starts_with_date(stripped):
        return False
    if not brackets_open(pending) or not _closes_first(stripped):  # ("I)]" of "[(… (Vol.")
        return False
    f.doc.fired("note-bracket-open", number)
    return True


BRACKET_LINES_MAX = 4  # lines of text below a note's open bracket, down to the one that closes it


def bracket_closes_below(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-bracket-closes-below: a note whose text leaves a bracket open ("… резолюцию 33/11 Совета по правам
    человека (см." / "Официальные отчеты Генеральной Ассамблеи, семьдесят первая сессия," / "Дополнение № 53А и
    исправление (A/71/53/Add.1 и" / "A/71/53/Add.1/Corr.1), глава II).") goes on over a line that does not close
    it when a line below, in the same footnote block and before the next note, does: the reference in the
    bracket runs over several lines, as the UN cites its records. note-bracket-open takes only the line that
    closes it; the lines before it, refused (the note's line ended with an abbreviation's full stop), went to
    the running text, into the paragraph the page cut. Not over a line that opens a paragraph, nor past the
    page's furniture, a note's first line, or BRACKET_LINES_MAX lines of text. Serves PDF text and block
    extractions of notes that cite the records of the General Assembly."""
    doc = f.doc
    if not brackets_open(pending) or _closes_first(stripped) or not_a_note(doc.lang, stripped):
        return False
    seen = 0
    for k in range(number, len(doc.stripped)):
        line = doc.stripped[k]
        if not line:
            continue
        seen += 1
        if (seen > BRACKET_LINES_MAX or k in doc.furniture or "\f" in doc.raw[k]
                or _FOOTNOTE_START.match(line) or not _one_block(f, pending.line, k)):
            return False
        if _closes_first(line):
            doc.fired("note-bracket-closes-below", number)
            return True
    return False


# The brackets that enclose a title, of every script ("《…》", "【…】"): those _brackets does not count; and the
# others, round and square, of every script ("(Vol. I)]", "（第三委员会）"), that it counts.
_TITLE_BRACKETS = title_bracket_pairs()
_PLAIN_BRACKETS = plain_bracket_pairs()
_PLAIN_OPENING = frozenset(o for o, _ in _PLAIN_BRACKETS)
_PLAIN_CLOSING = frozenset(c for _, c in _PLAIN_BRACKETS)


def note_title_open(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-title-open: a note whose text leaves a title's bracket open ("155 《内陆和过境发展中国家…会议报告，" /
    "2003年8月28日和29日，哈萨克斯坦，阿拉木图》(A/CONF.202/3)，附件一。") goes on over the next line that closes
    it before opening another — though that line opens with a date: a title names a conference with its dates,
    and in a script without spaces the wrap breaks anywhere, before the date too. Refused as a date's line,
    the rest of the note was read as running text and ran into the paragraph above the page's notes."""
    for opening, closing in _TITLE_BRACKETS:
        left = sum(part.count(opening) - part.count(closing) for part in pending.parts)
        shut = stripped.find(closing)
        if left > 0 and shut >= 0 and opening not in stripped[:shut]:
            f.doc.fired("note-title-open", number)
            return True
    return False


def brackets_open(pending: _Open) -> bool:
    """Whether the note's text so far leaves a bracket open."""
    return sum(_brackets(part) for part in pending.parts) > 0


def _closes_first(text: str) -> bool:
    """Whether the text closes a bracket before it has opened as many ("16), A/77/6 (Sect. 17)")."""
    depth = 0
    for c in text:
        depth += (c in _PLAIN_OPENING) - (c in _PLAIN_CLOSING)
        if depth < 0:
            return True
    return False


def _brackets(text: str) -> int:
    """The brackets a text opens, less those it closes (round and square: "(Vol. I)], part I")."""
    return sum(text.count(opening) - text.count(closing) for opening, closing in _PLAIN_BRACKETS)


def _text_line(f: _Flow, stripped: str, number: int, ind: int, invisible: bool, first: str) -> None:
    """A line of running text (first: its first character): its number mended where the number rules
    say, then kept (or held apart, a cover item met late)."""
    doc = f.doc
    if f.cut is not None and note_carried_over(f, f.cut, stripped, number):
        return
    if f.carried:  # (running text on a new page: the notes of the page before ended, notes-under-rule)
        f.under_rule = f.carried = False
    if invisible:
        stripped = invisible_in_number(doc, stripped, number)
        first = stripped[0]
    # (the first character read again only where the line may have been rewritten: a character of a
    # script other than Latin is a new string each time)
    digit = first.isdigit()
    stripped = _mended(f, stripped, number, digit)
    if f.body_from is None and (formula_folded(f, stripped, number) or formula_after_heading(f, stripped, number)):
        f.body_from = len(doc.lines)
    if ((stripped[0] if digit else first) == "D" or f.after_distribution) and cover_item_late(f, stripped, number):
        return
    # A blank line that belongs to a page break says nothing about paragraphs.
    page_break = f.page_break
    doc.lines.append(Line(stripped, number, ind, page_break, f.gap and not page_break))
    f.page_break = f.gap = False
    if f.body_from is not None and closing_holds_no_mark(f, stripped):
        f.search.closing.add(len(doc.lines) - 1)


def _mended(f: _Flow, stripped: str, number: int, digit: bool) -> str:
    """A line of running text, its paragraph number or item label mended where the number rules say (digit: it opens
    with a digit)."""
    # (a number alone is read before the formula as well: a text whose formula the reader misses — an image, a slip —
    # has its numbers all the same; a label alone only in the body, or after a number alone was joined where no
    # formula was found: the items of a numbered paragraph, in a text printed without its formula, S/RES/2573)
    if ((digit or f.body_from is not None or f.last_number)
            and (alone := (number_alone if digit else label_alone)(f, stripped, number))):
        below, stripped = alone
        f.taken.update(range(number, below + 1))
        joined_keeps_widening(f.doc, number, below)
    if not digit:
        return stripped
    if m := _NUMBER_STOP_APART.match(stripped):
        stripped = number_stop_apart(f.doc, m, stripped, number)
    if f.body_from is not None:
        stripped = number_without_stop(f, stripped, number)
    return stripped


def joined_keeps_widening(doc: Doc, number: int, below: int) -> None:
    """joined-line-keeps-widening: a number or label alone joined to the line of text under it (number-alone-joins,
    label-alone-joins) makes one line that goes by the number's line number; in justified text (doc.spread: the lines
    whose spaces were widened) it was widened where its text's line was. Read by the number's line number alone, an
    item's wrapped first line, widened to the width ("(ه)" / "دعم   العدالة … وبسط  سيادة" / "القانون"), read as the
    unwidened last line of a title item (unspread-item-end), and the item's last word became a heading. (Justified
    PDF text from text-box extractors, which give a label or number apart from its text: the Security Council's
    mandates, their tasks listed without punctuation.)"""
    if below + 1 in doc.spread and number not in doc.spread:
        doc.spread = doc.spread | {number}
        doc.fired("joined-line-keeps-widening", number)


def formula_folded(f: _Flow, text: str, number: int) -> bool:
    """formula-apostrophe-folded: the enacting formula, where numbered marks start, as the table writes it or with
    its apostrophe straight ("L'Assemblée générale," for "L’Assemblée générale,"), as texts typed with straight
    quotes print it: missed, the body had no start, and the notes standing in its flow (notes-in-flow) were never
    read as notes. Compared as the tables' words are (fold_word: apostrophes folded, case folded)."""
    line = formula_text(f.doc.lang, text)
    if fold_word(line) not in f.formulas:
        return False
    if line not in f.doc.lang.formulas:
        f.doc.fired("formula-apostrophe-folded", number)
    return True


def formula_after_heading(f: _Flow, text: str, number: int) -> bool:
    """flow-formula-without-comma: the enacting formula written without its comma — the body's name alone, as an
    ECOSOC resolution that recommends a draft prints it ("The Economic and Social Council" / "Recommends … the
    following draft resolution: …"), or older texts — after a resolution heading ("2023/23. Title") starts the
    body, as segment's formula-without-comma reads it: missed, the body had no start where the draft's own
    formula stands inside a line of running text, and the notes standing in its flow (notes-in-flow) were never
    read as notes — their texts ran into the paragraph a page break cut. (Not the body's name on the cover,
    which no heading precedes.)"""
    doc = f.doc
    if doc.lang.body_by_formula(text) is None or len(doc.lines) >= FORMULA_WITHIN:
        return False
    end = header_end(doc)  # (the lines read so far: the heading stands above the line, the formula after it)
    if end is None or end > len(doc.lines):
        return False
    doc.fired("flow-formula-without-comma", number)
    return True


def closing_holds_no_mark(f: _Flow, text: str) -> bool:
    """closing-holds-no-mark: in the closing block after the formula — the meeting, the meeting and
    the date on one line, the vote statement and, in its brackets, the lists of the vote — a number set
    apart is the meeting's, the date's or a count of the vote ("with 2 abstentions", "1 de noviembre de
    2023"), never a mark set apart: the rules of marks set apart, whose last candidate of a page wins,
    took such a count for the mark of a note that follows the closing (notes gathered at the end, a
    page foot under the vote) and left the real mark in the text. A mark glued to its word is still
    sought there (a note on the vote). Serves texts whose marks stand apart — block extractions, PDF
    text that keeps the spaces around a raised mark. (Whether the line is one of the block's.)"""
    if f.in_vote:
        f.in_vote = "]" not in text
        f.vote_listed = f.vote_listed or _opens_side(f.doc, text)
        return True
    m = closing_or_meeting(f.doc.lang).match(text)
    if m is None:
        return False
    if m["closing"]:
        f.in_vote = text.startswith("[") and "]" not in text
        f.vote_listed = _opens_side(f.doc, text)
        f.doc.fired("closing-holds-no-mark", f.doc.lines[-1].number)
        return True
    if m["start"] and (f.doc.lang.match("meeting", text) or closing_joined(f.doc, text)):
        f.doc.fired("closing-holds-no-mark", f.doc.lines[-1].number)
        return True
    return False


def _new_page(f: _Flow) -> None:
    # (notes that run on over a page break stay under the rule of the page before: notes-under-rule)
    f.under_rule = f.carried = f.under_rule and f.in_notes
    if f.double_spaced:
        # (note-open-over-double-spacing holds a finished note open over the blank lines of its page, not over a
        # page break: the next page's lines are its running text, indented or not)
        f.pending = _close(f, keep_open=True, page=True)
    starts = f.search.pages
    if starts[-1] < len(f.doc.lines):
        starts.append(len(f.doc.lines))
    f.page_break = True


def _note_starts(f: _Flow, raw: str, stripped: str, number: int) -> bool:
    """Whether this line starts a footnote (then read as its first line)."""
    fm = _FOOTNOTE_START.match(stripped) or note_text_lost(f, stripped, number)
    if fm is None:
        return False
    # (cover-item-late: the issue date under a late distribution, "3 August 2023", is the cover's, not note 3)
    if f.after_distribution and len(stripped) < LATE_DATE_MAX and any_date(stripped):
        return False
    if f.doc.notes_apart:
        # notes-apart: the file gave its notes apart from the text (a PDF's page foot, a Word file's
        # footnotes part): a line "2 من القرار 2577" is the rest of a paragraph whose line broke
        # before a number, never a note.
        f.doc.fired("notes-apart", number)
        return False
    if _continues_note(f, raw):
        f.doc.fired("note-indented-continuation", number)
        return False
    marker = fm["marker"]
    if marker in f.defined or (f.pending is not None and _number_goes_on(f, f.pending, stripped, number)):
        return False
    if other_numbering(f, marker, number):
        return False
    if not next_in_sequence(marker, f.defined) and not numbering_gap(f, marker, number):
        f.doc.fired("note-in-sequence", number)
        return False
    if _refused_in_place(f, marker, stripped, fm["text"], number):
        return False
    f.candidate = stripped
    if not _mark_found(f, marker, number):
        _unplaced(f, marker, fm["text"], number)
        return False
    _close(f)
    f.defined.add(marker)
    f.pending = _Open(marker, [fm["text"]], number, indent=indent(raw) if raw[:1] in BLANKS else 0)
    f.in_notes = True
    f.carried = False
    return True


# (note-text-lost: a note's number and its full stop, nothing between)
_LOST_NOTE = re.compile(r"^(?P<marker>\d{1,3}) ?(?P<text>[.．])$")


def note_text_lost(f: _Flow, stripped: str, number: int) -> re.Match[str] | None:
    """note-text-lost: among a text's notes, a line that is only the next note's number and a full stop ("2 .") is
    that note, its text lost — the source's note held only a link whose text the file or the extraction dropped
    (a document symbol): the line opens no note by the usual start (a note's text never opens with a full stop,
    since "6 . Decides" is a paragraph's number parted from its stop), so it was left in the running text, the mark
    of its note unplaced. Only among notes (one open, or a block of them going on), the number the next in
    sequence, and under it what stands under a note (_under_lost_note) or the page's or the text's end: a
    paragraph's parted number alone ("2 .") stands over its text. The full stop is kept as the note's text
    (nothing dropped). Serves UN texts whose notes are document symbols, as extracted."""
    m = _LOST_NOTE.match(stripped)
    if m is None or not (f.pending is not None or f.in_notes) or not next_in_sequence(m["marker"], f.defined):
        return None
    stripped_lines = f.doc.stripped
    # (marker-alone: the number on its own line, the full stop on the next — what stands under is under that one)
    end = number
    if f.alone:
        end = next((k + 1 for k in range(number, len(stripped_lines)) if stripped_lines[k]), number)
    below = next((k for k in range(end, len(stripped_lines)) if stripped_lines[k]), None)
    if not (_page_ends_under(f, end)
            or below is not None and (_under_lost_note(f.doc.lang, stripped_lines[below], m["marker"])
                                      or list_goes_on_under_lost_note(f, below, end, number))):
        return None
    f.doc.fired("note-text-lost", number)
    return m


# list-goes-on-under-lost-note: how many lines above the note block the list's last item label is looked for (in
# text of blocks an item is one line; its label may stand alone on the line above it). Why 8: in the layouts seen
# the label stands one or two lines over the note block (the item's one line, the label alone over it); 8 is a margin
# for an item whose text the extraction split over a few lines or a stray line between, short enough that a label
# found no further up is still of the list the paragraph was reading. The nearest label found decides either way
# (one that does not continue into the line under "2 ." stops the rule).
_ITEM_ABOVE_NOTES = 8


def list_goes_on_under_lost_note(f: _Flow, below: int, end: int, number: int) -> bool:
    """list-goes-on-under-lost-note: for note-text-lost, in a text without pages (a block extraction of paragraph
    blocks, its notes in the running text), a line "2 ." — the next note's number and a text that is only its full
    stop — directly over a line that opens with an item's label ("(iii)" or "(iii) Assistance …") that is the next
    of the list the paragraph above the notes was reading ("(ii)" / "The creation …;" / "1 Official Records …" /
    "2 ." / "(iii)"), is that note, its text lost: the list goes on under it. Read otherwise "2 ." stayed in the
    running text, an unnumbered paragraph that took the list's later items (and the note's mark was left unplaced).
    Not where a blank line or anything else stands between, nor an item that follows no label above the notes."""
    lg, lines = f.doc.lang, f.doc.stripped
    if f.paged or below != end:
        return False
    item = label(lg, lines[below])
    if item is None:
        return False
    top = f.pending.line if f.pending is not None else number
    for k in range(top - 2, max(-1, top - 2 - _ITEM_ABOVE_NOTES), -1):
        above = label(lg, lines[k]) if lines[k] else None
        if above is not None:
            if not label_continues(above[0], item[0]):
                return False
            f.doc.fired("list-goes-on-under-lost-note", number)
            return True
    return False


def _under_lost_note(lg: Lang, below: str, marker: str) -> bool:
    """For note-text-lost: whether the line under "N ." is what stands under a note — the next note, its marker
    alone, or the rest of a paragraph a page cut (lower case: a block extraction drops the page's furniture) —,
    never a paragraph's text under its parted number. (Where the language's paragraphs open in lower case —
    Russian "2 ." / "просит …" — lower case tells nothing: only the next note says it.)"""
    following = _FOOTNOTE_START.match(below) or _LONE_MARKER.match(below)
    if following is not None:
        return following[0].split()[0].strip("()") == str(int(marker) + 1)
    return below[:1].islower() and not lg.openings.lower_case


def _refused_in_place(f: _Flow, marker: str, stripped: str, text: str, number: int) -> bool:
    """Whether a line that opens with the next note's marker is refused by what stands around it: a first note in
    mid-sentence, a line the text reads as its own, no rule above where the text draws one, a paragraph under it, the
    cover's issue date, a first note a page cut, a date alone (in this order: each rule traced where it decides)."""
    return (first_note_mid_sentence(f, marker, number) or count_in_open_vote(f, marker, text, number)
            or _reads_as_text(f, stripped, text, number) or not_under_rule(f, number) or paragraph_below(f, number)
            or issue_date_under_columns(f, stripped, number)
            or first_note_cut(f, marker, number, stripped) or _date_alone(f.doc, stripped, number)
            or rest_after_mark(f, marker, text, number) or day_month_not_note(f, marker, stripped, number)
            or note_given_at_foot(f.doc, marker, number) or note_alone_under_paragraph(f.doc, marker, number)
            or note_repeated_in_foot(f.doc, marker, number, f.defined))


# note-given-at-foot: the page's foot block, from the note of that number down to the page's end, holds at most this
# many lines (a page's notes: a dozen notes of two lines at most; its printed lines are counted, blank lines and the
# note rule left out); more is no foot, and nothing is decided.
FOOT_BLOCK_MAX = 24


# (note-given-at-foot, note-alone-under-paragraph) How a line ends a sentence or a clause — full stops, semicolons,
# colons, exclamation and question marks of every script (the full-width ones too): under such a line the candidate
# opens no wrapped line of its paragraph, and may be the page's note in running form.
_CLAUSE_STOPS = tuple(punctuation("full_stop", "semicolon", "colon", "exclamation", "question"))


def _above_unfinished(doc: Doc, number: int) -> bool:
    """For note-given-at-foot and note-alone-under-paragraph: whether the last printed line over the candidate (line
    `number`) leaves its sentence unfinished — it ends with none of the stops of a sentence or a clause —, as a
    paragraph's line does that the wrap carries on to the candidate. Where it is finished the candidate may as well
    be a note in running form at the page's foot, whose wrap leaves its marker alone on a line ("…article 7,
    paragraph" / "(1)" / "and paragraph 5 …"): neither rule decides there."""
    above = next((doc.stripped[k] for k in range(number - 2, -1, -1) if doc.stripped[k]), "")
    return bool(above) and not above.endswith(_CLAUSE_STOPS)


def note_given_at_foot(doc: Doc, marker: str, number: int) -> bool:
    """note-given-at-foot: a line in mid-page that opens with the next note's number and a word ("1 Устава,", a
    paragraph's wrapped line that opens with the article's number, "…изложенных в статье" / "1 Устава,") is running
    text, never that note, where the same page's foot gives the note: lower on the page, after a line of running
    text that opens with a paragraph's head or number (the body goes on under the candidate: no foot block stands
    there), the number alone on its line with the note's text under it (notes split into marker and text, as block
    extractors give them) or opening a line, and from it down to the page's end — its furniture or a page break,
    which must stand there — only notes' lines, none opening with a paragraph's head or number; or, right over the
    page's foot, where the foot opens with the number alone, the note's text under it, and the candidate ends with
    no full stop, as no note does ("…в статье" / "1 Конвенции," / "1" / "A/89/300."). A note is given once, at its
    page's foot: read as the note, the candidate cut its paragraph in two (the paragraph under it run into the one
    above) and the real note was left in the text. Serves PDF text with page furniture whose notes stand at the
    page's foot; in text without pages no foot is known and nothing is decided. Not where the line over the candidate
    is finished (_above_unfinished: the candidate may be a note in running form)."""
    stripped, lg = doc.stripped, doc.lang
    end = _foot_end(doc, number)
    if end is None or not _above_unfinished(doc, number):
        return False  # (no page's end under it: no foot is known; or the line over it is finished)
    lines = [k for k in range(number, end) if stripped[k] and not _rule_line(doc, k)]
    body = next((j for j, k in enumerate(lines) if _body_line(lg, stripped[k])), None)
    if body is None:
        # (right over the foot: only where the foot's first line is the marker alone, the note's text under it, and
        # the candidate finishes no note — "…в статье" / "1 Конвенции," / "1" / "A/89/300.": a note ends with a full
        # stop)
        if not lines or stripped[lines[0]] != marker or stripped[number - 1].endswith(_TERMINAL):
            return False
        body = -1
    foot = next((j for j in range(body + 1, len(lines)) if _opens_note(doc, lines, j, marker)), None)
    if foot is None or len(lines) - foot > FOOT_BLOCK_MAX:
        return False
    if any(_body_line(lg, stripped[k]) for k in lines[foot + 1:]):
        return False
    doc.fired("note-given-at-foot", number)
    return True


def note_repeated_in_foot(doc: Doc, marker: str, number: int, defined: Collection[str] = ()) -> bool:
    """note-repeated-in-foot: a line right over the page's foot that opens with a number and words, its sentence
    unfinished as the line over it is ("… (Johannesburg Plan of Implementation)," / "8 the Monterrey Consensus of
    the International Conference on"), is the paragraph's wrapped line — a mark set apart that the wrap put first —,
    never that note, where the foot under it opens with a note of a lower number in running form ("1 Food and
    Agriculture Organization …") and gives the candidate's own note further down ("8 Ibid., resolution 2, annex."),
    with only notes' lines down to the page's end: a page's notes run in order and each is given once. Read as the
    note (a text's first note may bear any number below FIRST_NOTE_MAX), the candidate took the foot's notes for its
    own lines, the page's later notes then clashed with it, and the text after was lost into closing lines.
    (note-given-at-foot asks for a line of the body between, or the marker alone opening the foot.) Serves PDF
    text whose marks stand apart and whose notes stand at each page's foot; in text without pages no foot is
    known and nothing is decided. Not where the foot's first, lower "note" bears a number already given (`defined`,
    the notes read so far): a real note n at the top of a page's foot has notes 1 … n-1 given before it, so a lower
    number under it opens one of that note's wrapped lines ("volume" / "2 (LA/2035/2), annex I." / "… on" /
    "3 March 2035."), and the candidate is the note itself; in the class served the foot's first note is still to
    come."""
    stripped, lg = doc.stripped, doc.lang
    if not marker.isdigit() or stripped[number - 1].endswith(_TERMINAL):
        return False
    end = _foot_end(doc, number)
    if end is None or not _above_unfinished(doc, number):
        return False
    lines = [k for k in range(number, end) if stripped[k] and not _rule_line(doc, k)]
    first = _FOOTNOTE_START.match(stripped[lines[0]]) if lines else None
    if (first is None or not first["marker"].isdigit() or int(first["marker"]) >= int(marker)
            or first["marker"] in defined):
        return False
    foot = next((j for j in range(1, len(lines)) if _opens_note(doc, lines, j, marker)), None)
    if foot is None or len(lines) - foot > FOOT_BLOCK_MAX or any(_body_line(lg, stripped[k]) for k in lines):
        return False
    doc.fired("note-repeated-in-foot", number)
    return True


def _foot_end(doc: Doc, number: int) -> int | None:
    """For note-given-at-foot: the index of the line that ends the page of line `number` — its furniture (a page's
    number aside, which a marker alone is taken for, and the footnote rule: marker-again-under-rule) or a page
    break —, None where none does (text without pages)."""
    kinds = doc.furniture
    return next((k for k in range(number, len(doc.stripped))
                 if k in kinds and kinds[k][0] not in ("page", "rule") or "\f" in doc.raw[k]), None)


def _rule_line(doc: Doc, k: int) -> bool:
    return k in doc.furniture and doc.furniture[k][0] == "rule"


def _body_line(lg: Lang, line: str) -> bool:
    """For note-given-at-foot: a line of the body, opening with a paragraph's known head or its number or label."""
    return starts_with_head(lg, line, known=True) or opener_regex(lg).match(line) is not None


def _opens_note(doc: Doc, lines: list[int], j: int, marker: str) -> bool:
    """For note-given-at-foot: the foot's line lines[j] opens the note — a line opening a note with the marker, or
    the marker alone with the note's text under it (a marker alone with nothing but the page's furniture under it
    is as much the page's number, and the candidate the page's one note: "2 См. https://…" / "2" / "36-00075")."""
    line = doc.stripped[lines[j]]
    if line == marker:
        return j + 1 < len(lines) and lines[j + 1] not in doc.furniture
    start = _FOOTNOTE_START.match(line)
    return start is not None and start["marker"] == marker


def note_alone_under_paragraph(doc: Doc, marker: str, number: int) -> bool:
    """note-alone-under-paragraph: a line in mid-page that opens with the next note's number ("1 و2 من أهداف التنمية
    المستدامة،", a paragraph's wrapped line that opens with the numbers of two goals) is running text, never that note,
    where the line over it is unfinished (_above_unfinished), its paragraph runs on, over lines that open nothing (no
    note, no paragraph's head or number, no blank line), down to the page's foot and one of the foot's lone markers
    gives the note — bare or bracketed, "1" or "(1)" as Arabic prints it — with the note's text under it, the line
    right over the foot's first marker ending with no full stop (the paragraph runs on to the next page; a note ends
    with one), and from that marker down to the page's end only notes' lines.
    A note is given once on its page: the marker alone with its text under it is the note, and the candidate read as
    the note swallowed its paragraph's lines down to the foot. (note-given-at-foot asks for a line of the body
    between, or the marker alone right under the candidate, and a bare marker; this rule serves the paragraph that
    runs on to the foot, and the bracketed marker.) Serves PDF text with page furniture whose notes stand at the
    page's foot split into the marker alone and its text, as block extractors give them; in text without pages no
    foot is known and nothing is decided."""
    stripped, lg = doc.stripped, doc.lang
    end = _foot_end(doc, number)
    if end is None or not _above_unfinished(doc, number):
        return False  # (no page's end under it: no foot is known; or the line over it is finished)
    lines = [k for k in range(number, end) if stripped[k] and not _rule_line(doc, k)]
    first = next((j for j, k in enumerate(lines) if _LONE_MARKER.match(stripped[k])), None)
    if first is None or not _runs_on_to_foot(doc, lines, number, first) or not _foot_gives(doc, lines, first, marker):
        return False
    if len(lines) - first > FOOT_BLOCK_MAX or any(_body_line(lg, stripped[k]) for k in lines[first + 1:]):
        return False
    doc.fired("note-alone-under-paragraph", number)
    return True


def _runs_on_to_foot(doc: Doc, lines: list[int], number: int, first: int) -> bool:
    """For note-alone-under-paragraph: whether the candidate's paragraph runs on to the foot's first lone marker
    (lines[first]) — the lines between open nothing (no note, no paragraph's head or number), no blank line stands
    among them (left in the body, it would count as a gap between paragraphs), and the line right over the foot (the
    candidate's own where the marker stands right under it) ends with no full stop (a note ends with one)."""
    stripped, lg = doc.stripped, doc.lang
    if not first:
        return not stripped[number - 1].endswith(_TERMINAL)  # (the marker right under the candidate)
    if any(_FOOTNOTE_START.match(stripped[k]) or _body_line(lg, stripped[k]) for k in lines[:first]):
        return False
    return (all(stripped[k] for k in range(number, lines[first - 1]))
            and not stripped[lines[first - 1]].endswith(_TERMINAL))


def _foot_gives(doc: Doc, lines: list[int], first: int, marker: str) -> bool:
    """For note-alone-under-paragraph: whether one of the foot's lone markers, from its first (lines[first]) down, is
    the note's — bare or bracketed, "1" or "(1)" — with the note's text under it (not only the first: a page's foot
    may give an earlier note first)."""
    stripped = doc.stripped
    return any(_LONE_MARKER.match(stripped[k]) and stripped[k].strip("()") == marker.strip("()")
               and _opens_note(doc, lines, j, stripped[k]) for j, k in enumerate(lines) if j >= first)


def day_month_not_note(f: _Flow, marker: str, stripped: str, number: int) -> bool:
    """day-month-not-note: a line that opens with a day and its month's name ("6 April the International Day of
    Sport …", the wrap of "… in which it proclaimed" / "6 April the …") is a line of running text, not the note whose
    marker is the day's number, where that marker gives a note further on — alone on its line over the note's text
    ("6" / "Resolution S-27/2, annex.") or before a text that is no date: a note is given once, and the one below is
    where its marker stands. (Read as the note, the date's line and the paragraphs after it became note 6's text,
    told only as text-note-unfinished.) Serves PDF text whose notes are gathered at the end, a date's day wrapped to
    a line's start."""
    lg, lines = f.doc.lang, f.doc.stripped
    if not lg.starts_with_day_month(stripped):
        return False
    for k in range(number, len(lines)):
        m = _FOOTNOTE_START.match(lines[k])
        if lines[k] == marker or (m is not None and m["marker"] == marker and not lg.starts_with_day_month(lines[k])):
            f.doc.fired("day-month-not-note", number)
            return True
    return False


def rest_after_mark(f: _Flow, marker: str, text: str, number: int) -> bool:
    """rest-after-mark-not-note: in a text whose body no page broke, a line right under a footnote block that opens
    with the next note's marker and then a word in lower case ("11 the Doha Programme of Action …") is a paragraph's
    rest, not that note, where a line further on opens with the same marker and a note's text ("11 Resolution 63/239,
    annex."): a note is given once, and its text opens with a capital, a symbol or a bracket in the UN's notes of
    every language — the block extractor cut the paragraph right after its mark, and the rest's first block opens
    with the mark. (Read as the note, the paragraph's rest became note 11's text, the real note 11 was dropped, and
    notes 12 to 14, whose marks the rest holds, were told unreferenced.) Where a page broke the body,
    no-note-in-lower-case refuses it already; a script without case has no word in lower case. Serves block
    extractions that drop the page furniture and keep each page's notes where its foot was. text: the line after its
    marker."""
    if _body_paged(f) or not f.in_notes or not word_in_lower_case(text):
        return False
    stripped = f.doc.stripped
    if text.rstrip().endswith((".", "。")):  # it ends as a note does: a note in lower case, not a paragraph's rest
        return False
    for k in range(number, len(stripped)):
        m = _FOOTNOTE_START.match(stripped[k])
        if (m is not None and m["marker"] == marker and not word_in_lower_case(m["text"])
                and _in_ruled_block(f.doc, k)):
            f.doc.fired("rest-after-mark-not-note", number)
            return True
    return False


def _in_ruled_block(doc: Doc, k: int) -> bool:
    """For rest-after-mark-not-note: whether line k (0-based) stands in a footnote block — under a rule line, with
    only notes' lines (or blank ones) between — and is not running text that opens with a number ("4 December 2039
    by the …", a date's day wrapped to a line's start)."""
    j = k - 1
    while j >= 0 and (not doc.stripped[j] or _FOOTNOTE_START.match(doc.stripped[j])) and j not in doc.furniture:
        j -= 1
    return j >= 0 and j in doc.furniture and doc.furniture[j][0] == "rule"


def issue_date_under_columns(f: _Flow, stripped: str, number: int) -> bool:
    """issue-date-under-columns: on a cover whose two columns the extraction put on one line, a short date right
    under the line that holds the distribution beside the body's name ("General Assembly   Distr.: General" /
    "5 January 2023", either order as right-to-left texts give it) is the cover's issue date, never a note that
    opens with its day: a first note may be numbered up to FIRST_NOTE_MAX, and one "5" found its mark in the
    symbol's last digit ("A/RES/77/265"), then ran on over the whole text, the formula with it (text-no-formula:
    nothing read). Before the formula, within the cover's lines. Serves pdftotext -layout covers."""
    lines = f.doc.lines
    if (f.body_from is not None or number > COVER_LINES or not lines or lines[-1].number != number - 1
            or len(stripped) >= LATE_DATE_MAX or not any_date(stripped)
            or not distribution_column(f.doc.lang, lines[-1].text)):
        return False
    f.doc.fired("issue-date-under-columns", number)
    return True


def _unplaced(f: _Flow, marker: str, text: str, number: int) -> None:
    """For note-unplaced-told (endnotes.py): a line in the body that opens as the next note does — its marker, then a
    text no rule reads as running text's, that opens as a note's does (not with a word in lower case: "8 and 9
    December 2022 as outlined …" is a paragraph's line) and ends with a full stop ("* See A/91/310."), or runs on
    over a few lines down to the page's end, the last ending so — refused only because no mark of it was found, is
    kept for the endnotes stage, which tells it where the line stays in the running text. text: the line after its
    marker."""
    if f.body_from is None or (word_in_lower_case(text) and not lower_case_under_marker(f, text, number)):
        return
    if (text.endswith(_TERMINAL) or _note_to_foot(f, number) or unstopped_note_at_foot(f, marker, text, number)
            or empty_pair_note(f, text, number)):
        f.doc.unplaced[number] = marker


# note-empty-pair-told: the empty pair of brackets the UN's markup puts first in a note's text, as the text of a
# right-to-left script gives it ("(2) () الأمم المتحدة، …", "(2) )( …"), then a space or the line's end.
_EMPTY_PAIR_OPENS = re.compile(r"(?:\(\)|\)\()(?=\s|$)")


def empty_pair_note(f: _Flow, text: str, number: int) -> bool:
    """note-empty-pair-told: for note-unplaced-told, a line that opens as the next note does and whose text opens with
    the empty pair of brackets the UN's markup puts first in a note's text ("(2) () الأمم المتحدة، مجموعة المعاهدات،
    المجلد 1550"): no paragraph's line opens so, whatever its end — a note of a reference ends with no full stop more
    often than a sentence does. Refused as a note for want of a mark in a text without pages (a block extraction of a
    right-to-left script), it went to the running text as a heading, a short line without a full stop, its note lost
    and told by nothing; it is told now, located (text-note-unplaced). text: the line after its marker."""
    if _EMPTY_PAIR_OPENS.match(text) is None:
        return False
    f.doc.fired("note-empty-pair-told", number)
    return True


def lower_case_under_marker(f: _Flow, text: str, number: int) -> bool:
    """note-lower-case-under-marker: for note-unplaced-told, a note's text under its marker alone on the line above
    (block extractions that give a note's number and its text as two blocks) may open in lower case ("1" / "see
    A/92/208, chap. IV.", "1" / "cf. résolution 61/16."): the lone number was no wrapped line's mark set apart, which
    no-note-in-lower-case asks of a number before a word on one line. Refused as a note for want of a mark, the
    lone number went to the page's furniture and its text to the paragraph above, told by nothing; it is told now,
    the number named, as a note opening with a capital is (_unplaced_under_marker asks the rest: the line above ends
    its clause, the text is no numbered paragraph's). Only a text ending with a full stop: "1" / "and the views of
    the keepers," is a page's number over a cut paragraph's rest. And only under a finished line (_above_finished):
    under a line that ends a clause only ("… of the north and of the south," / "2" / "to continue … session."), the
    text in lower case is the cut paragraph's rest under a page's number, the usual page break, no note's."""
    if not f.alone or not text.endswith(_TERMINAL) or not _above_finished(f.doc, number):
        return False
    f.doc.fired("note-lower-case-under-marker", number)
    return True


def _above_finished(doc: Doc, number: int) -> bool:
    """For note-lower-case-under-marker: whether the last line of text above the lone marker on line `number` (the
    page's furniture passed over) ends a sentence ("… at its ninety-fourth session."), so that a text in lower case
    under the marker cannot be that line's going on. A clause's end (",", ";", ":") or a word is a paragraph a page
    may cut. (A heading above would finish the line too, but a heading and a line a page cut in mid-sentence read
    alike from their text: left out.)"""
    for k in range(number - 2, -1, -1):
        if doc.stripped[k] and k not in doc.furniture and "\f" not in doc.raw[k]:
            return doc.stripped[k].rstrip(_QUOTES_AFTER).endswith(_TERMINAL)
    return False


# note-unstopped-at-foot: how many blank lines may stand between a note's line and its page's end (a page's foot
# sets its furniture a blank line or two under its notes; more and the line stands in the page's running text)
_FOOT_GAP_MAX = 2
# note-unstopped-at-foot: what makes an unstopped line read as a note, not a heading ("1 Programme budget", "1 Annex
# I") or a paragraph's words ("1 Requests the Secretary-General …"): a document's symbol in it — "A/91/310",
# "S/2037/12", "A/RES/90/12", or a resolution's bare "90/12" (two digits or more before its slash: "1/2" is a
# fraction) —, as the notes left without their stop are (a symbol and a part: "A/91/310, annex")
_NOTE_SYMBOL = re.compile(r"(?<![\w/])(?:[A-Z]{1,4}/(?:[A-Z0-9.]+/)*\d|\d{2,3}/\d{1,4}(?![\d/]))")


def unstopped_note_at_foot(f: _Flow, marker: str, text: str, number: int) -> bool:
    """note-unstopped-at-foot: a line that opens as the next note does and ends without a full stop ("1 A/91/310,
    annex", a note that is a symbol and a part, as UN print leaves many), set apart under a blank line and the
    page's last line of text (its furniture or a page break under it, past _FOOT_GAP_MAX blank lines at most) —
    where a page's notes stand —, refused only because no mark of it was found, is told as the notes that end with
    a full stop are (note-unplaced-told, text-note-unplaced): without its stop no rule told it, and the line was read
    as a heading or a paragraph's words without a word. Not under a line of text (a paragraph's line cut at the
    page's end may open with a number). Only a line that reads as a note: its text holds a document's symbol
    (_NOTE_SYMBOL: no heading, no paragraph's words, no divider of stars), and a numbered marker is the very next of
    the notes read (no gap allowed: "2 Programme budget …" with no note 1 is no note). Serves PDF text and block
    extractions without a rule above their notes."""
    if not f.gap or _NOTE_SYMBOL.search(text) is None:
        return False
    numbers = _numbers_defined(marker, f.defined)
    if marker.strip("()").isdigit() and int(marker.strip("()")) != (max(numbers) + 1 if numbers else 1):
        return False
    doc = f.doc
    for k in range(number, min(len(doc.stripped), number + _FOOT_GAP_MAX + 1)):
        if k in doc.furniture or "\f" in doc.raw[k]:
            doc.fired("note-unstopped-at-foot", number)
            return True
        if doc.stripped[k]:
            return False
    return False


# note-unplaced-told: how many lines under a note's first line may hold the rest of it, down to the page's end
_NOTE_TAIL_MAX = 4


def _note_to_foot(f: _Flow, number: int) -> bool:
    """For note-unplaced-told: whether the lines under line `number`, down to the page's end (its furniture or a page
    break), are a few (_NOTE_TAIL_MAX) and the last ends with a full stop: a note wrapped over lines at a page's
    foot ("* See A/91/310, sect. II, and the report of the …" / "ninth session.")."""
    doc = f.doc
    tail: list[str] = []
    for k in range(number, min(len(doc.stripped), number + _NOTE_TAIL_MAX + 2)):
        if k in doc.furniture or "\f" in doc.raw[k]:
            return bool(tail) and tail[-1].endswith(_TERMINAL) and len(tail) <= _NOTE_TAIL_MAX
        if doc.stripped[k]:
            tail.append(doc.stripped[k])
    return False


def _reads_as_text(f: _Flow, line: str, text: str, number: int) -> bool:
    """Whether a line that opens with a number reads as running text by its own words (text: the line
    after its number): a date, a meeting, a paragraph number, a number in groups, a clause's
    punctuation or (with pages) a word in lower case after the number."""
    lg = f.doc.lang
    if not_a_note(lg, line):
        f.doc.fired("not-a-note", number)
        return True
    if number_in_groups(lg, line):
        f.doc.fired("number-in-groups", number)
        return True
    if group_across_wrap(f, line, number):
        return True
    if punctuation_after_number(text):
        f.doc.fired("no-note-of-punctuation", number)
        return True
    if bracket_closes_after_number(text):
        f.doc.fired("no-note-of-closing-bracket", number)
        return True
    if unit_sign_after_number(text):
        f.doc.fired("no-note-of-unit-sign", number)
        return True
    if range_opens(lg, line):
        f.doc.fired("no-note-of-range", number)
        return True
    if word_in_lower_case(text) and _body_paged(f):
        f.doc.fired("no-note-in-lower-case", number)
        return True
    if bracketed_year(text):
        f.doc.fired("no-note-of-bracketed-year", number)
        return True
    if label_after_number(lg, text):
        f.doc.fired("no-note-of-label", number)
        return True
    if label_clause_after_number(lg, text):
        f.doc.fired("no-note-of-label-clause", number)
        return True
    if lower_case_before_head(f, line, text, number):
        f.doc.fired("no-note-before-head", number)
        return True
    if cut_sentence_goes_on(f, line, text):
        f.doc.fired("no-note-in-cut-sentence", number)
        return True
    return clause_cut_goes_on(f, line, text, number)


def label_after_number(lg: Lang, text: str) -> bool:
    """no-note-of-label: a line that opens with a number and then a sub-paragraph's label ("1 g) de la
    presente resolución", "1 (g) of resolution …") is a reference to a paragraph's item — "los párrafos 1 d),
    1 f) y" / "1 g) de …", the wrap parting the number from the text before —, never a note, whose text does
    not open with a label. (Read as note 1, it took its mark from the "1" of "1 f)" and ran on over the
    paragraph's lines, and nothing was reported: the text had only moved.) text: the line after its number."""
    return label(lg, text) is not None


# The longest sub-paragraph label before a clause's punctuation ("(viii),"): more is a word.
_LABEL_CLAUSE_MAX = 6


def label_clause_after_number(lg: Lang, text: str) -> bool:
    """no-note-of-label-clause: a line that opens with a number and then a sub-paragraph's label glued to a
    clause's punctuation ("1 a), de la Carta", "2 (b); and") is a reference to a paragraph's item that a
    wrap parted from the word counting it ("… el Artículo 13, párrafo" / "1 a), de la Carta …"), never a
    note: an item's text and a note's never open with a comma or semicolon after a label, which the label
    patterns leave unread (label-before-comma), so no-note-of-label did not see it. Read as note 1, it took a
    mark from the text and the paragraph's end ran on into the note. text: the line after its number."""
    cut = next((k for k, c in enumerate(text[:_LABEL_CLAUSE_MAX + 1]) if c in LABEL_CLAUSE_MARKS), None)
    return cut is not None and cut > 0 and label(lg, text[:cut]) is not None


def cut_sentence_goes_on(f: _Flow, line: str, text: str) -> bool:
    """no-note-in-cut-sentence: in the body, before its closing, a line that opens with a number and then a word
    in lower case and does not end a sentence, while the running text's last line was cut mid-sentence (it ends
    with no punctuation: "… y durante seis días, del 1 al"), is the rest of that sentence, the number its own
    ("5 y el 11 de abril de 2024, …;") or a mark the wrap put at the line's start — never a note, whose text
    opens with a capital, a symbol or a bracket and ends with a full stop. Serves block extractions without
    page furniture, where a page's notes stand between the two halves of a paragraph the page cut (with pages,
    no-note-in-lower-case reads any such line so). The notes printed after the closing — the text writer's,
    whose texts may open in lower case — are read whatever their first word. text: the line after its
    number."""
    lines = f.doc.lines
    if (f.body_from is None or not lines or line.rstrip().endswith(_TERMINAL) or not word_in_lower_case(text)
            or finished(lines[-1].text)):
        return False
    return not notes_after_closing(f) and not _vote_before(f)


_COMMAS = tuple(punctuation("comma"))


def clause_cut_goes_on(f: _Flow, line: str, text: str, number: int) -> bool:
    """no-note-after-clause-cut: in the body, before its closing, a line that opens with a number and then a word in
    lower case and ends with a clause's punctuation, while the running text's last line ends with a comma ("… the
    Bangui Declaration on 10 June 2016," / the page's notes / "16 and invites those States … to the trust fund;"),
    is the rest of the paragraph a page cut after a clause, its first word a mark set apart that the cut put at
    the line's start — never a note, whose text opens with a capital, a symbol or a bracket and ends with a full
    stop. (no-note-in-cut-sentence reads a line after one cut mid-clause so; a comma finishes a line for it.)
    Taken for the next note in sequence, it ran on over the next paragraph, which was lost to the note, and the
    real note was left after the closing. Serves block extractions without page furniture, where a page's notes
    stand between the two halves of a paragraph the page cut. text: the line after its number."""
    lines = f.doc.lines
    if (f.body_from is None or not lines or line.rstrip()[-1:] not in _CLAUSE_PUNCTUATION
            or not lines[-1].text.rstrip().endswith(_COMMAS) or not word_in_lower_case(text)
            or notes_after_closing(f) or _vote_before(f)):
        return False
    f.doc.fired("no-note-after-clause-cut", number)
    return True


def lower_case_before_head(f: _Flow, line: str, text: str, number: int) -> bool:
    """no-note-before-head: a line that opens with a number and then a word in lower case, ends as a
    paragraph's clause does (a comma, a semicolon, a colon: a note ends with a full stop) and stands right
    above a line that opens with a known paragraph head of the table, not indented, is the rest of the
    paragraph before it — a page cut it after a raised mark set apart, which the wrap or the extractor put
    at its start ("… on 26 October 1979," / "2 as well as its Amendment, …, 3 which entered into force …,"
    / "Noting further …") —, never a note, whatever the layout (no-note-in-lower-case asks pages; block
    extractions drop them). Taken for a note, it was cut off its paragraph, and the note of that number
    under the page's rule was left as a paragraph. text: the line after its number."""
    if not word_in_lower_case(text) or line.rstrip()[-1:] not in _CLAUSE_PUNCTUATION:
        return False
    after = _next_text_line(f.doc, number)
    return after is not None and starts_with_head(f.doc.lang, f.doc.stripped[after], known=True)


def _next_text_line(doc: Doc, number: int) -> int | None:
    """The index of the first line after line `number` that holds text and is not indented (None: none, or
    an indented one first)."""
    for j in range(number, len(doc.stripped)):
        if doc.stripped[j]:
            raw = doc.raw[j].replace("\f", "")
            return None if raw[:1] in BLANKS and indent(raw) >= NOTE_HANGING_INDENT else j
    return None


_BRACKETED_YEAR = re.compile(r"^\((?:19|20)\d\d\)")


def bracketed_year(text: str) -> bool:
    """no-note-of-bracketed-year: a line that opens with a number and then a year in brackets ("13 (2011) on the
    right of the child …", "13 (2011) (droit de l’enfant …)") is a numbered document and its year — "general
    comments No." / "13 (2011)", the wrap parting them — never a note, whose text does not open with a year in
    brackets. (The note it was taken for ran on over the paragraph's lines.) text: the line after its number."""
    return _BRACKETED_YEAR.match(text) is not None


def _mark_found(f: _Flow, marker: str, number: int) -> bool:
    """Whether the mark of a note that starts on line `number` is found in the text (marks.py)."""
    w = _where(f, marker, number)
    if _found_first(f, w):
        return True
    # apart-before-ideographs, apart-before-number-marks: and before a digit glued between two ideographs
    # ("目标2以及") or after a number and its punctuation ("1949,2 continue"), where the marks stand apart
    # the text's own digits ("报告、 3 特别是", "of 12 August 1949, 2 to the" have the mark).
    found = f.search.find(marker, w.first, near_foot=w.near or w.block, weak=w.weak and not w.apart_first,
                          ambiguous=not w.apart_first)
    if found is None and w.apart_first:
        if _apart_first(f, w):
            return True
        found = f.search.find(marker, w.first, near_foot=w.near or w.block, weak=w.weak,
                              ambiguous=f.ambiguous_refused != number)
    if found is None and w.near and f.paged and notes_at_end(f, marker):
        found = f.search.find(marker, w.first, near_foot=True, weak=False, whole=True,
                              ambiguous=f.ambiguous_refused != number)
        if found is not None:
            f.doc.fired("notes-at-end", number)
    f.glued = f.glued or (found is not None and not found.weak)
    return found is not None or _found_apart(f, w) or mark_since_last(f, w)


def _found_first(f: _Flow, w: _Where) -> bool:
    """For _mark_found: the rules asked before a note's page is searched — the notes after the closing's and the
    layouts that set their marks apart."""
    return (_glued_after_closing(f, w) or glued_after_closing_unpaged(f, w) or marks_apart_throughout(f, w)
            or apart_after_closing_throughout(f, w) or first_gathered_before_next(f, w))


def mark_since_last(f: _Flow, w: _Where) -> bool:
    """mark-since-last: a note that stands where notes do (at a page's foot, in a footnote block, or under
    its marker on a line of its own), is the next in sequence and ends on its line with a full stop (a wrapped
    line of running text that the wrap opened with a mark set apart, "6 及其潜在的…作用；", ends as a clause
    does), whose mark no rule found on its page — and which no rule took for the next note of a block, whose
    mark mark-between-neighbours seeks between its neighbours' once the text is read —, has
    its mark looked for between the last mark found and the note, by every mark rule — those of marks glued
    to a number too ("objetivo de desarrollo sostenible no 2" + "2" + ",") —, and taken where exactly one
    place there can be it, as mark-between-neighbours does once the text is read: notes follow their marks
    in order, and the mark stands in that stretch. Refused, the note ran into the paragraph above it as
    text; taken unreferenced, the document was lost. (Only after a first mark was found: the stretch before it
    is the header's too; and before the closing.)"""
    search = f.search
    lines = f.doc.lines
    numbers = _numbers_defined(w.marker, f.defined)
    start = search.last if search.last != (-1, -1) else first_since_formula(f, w, numbers)
    if start is None or not lines or not _since_last_asked(f, w, numbers):
        return False
    # (not after the closing: notes gathered there have their marks sought over the whole text by their own rules,
    # and the endnotes of old yearly volumes are endnotes.py's — but where those rules found none in a paged text
    # whose marks are glued: since-last-after-closing)
    after = notes_after_closing(f) or _vote_before(f)
    if after and bare_after_closing(f, w, start):
        return True
    route = since_last_after_closing(f, w) if after else None
    if after and route is None:
        return False
    # (after the closing, never into it, whose date a mark rule could read as a mark: last-note-bound)
    end = min(search.closing, default=len(lines)) if after else len(lines)
    spot = search.between(w.marker, start, (end - 1, len(lines[end - 1].view))) if end else None
    if route == "apart-since-last-after-closing" and spot is not None:
        return _apart_since_last_told(f, w, spot)
    if after and not f.glued and spot is not None:  # (first-note-after-closing-since-formula: glued to a number)
        if not _ends_number(lines, spot):
            return False
        f.doc.fired("first-note-after-closing-since-formula", w.number)
    if spot is None:
        return block_below(f, w)
    return _taken_since_last(f, w, spot, "mark-since-last")


def _since_last_asked(f: _Flow, w: _Where, numbers: list[int]) -> bool:
    """For mark-since-last: whether the note stands where notes do, is the next in sequence and is finished."""
    # (the first note after the closing of a text without pages stands where notes stand too: since-formula's)
    first_unpaged = not f.paged and not f.defined and w.marker == "1" and notes_after_closing(f)
    # (a marker of no digits — "*", "a" — has no place in the sequence: asked as a number, it lost the document)
    return ((w.near or w.block or f.alone or first_unpaged) and w.marker.strip("()").isdecimal()
            and int(w.marker.strip("()")) == max(numbers, default=0) + 1
            and (f.candidate.endswith(_TERMINAL) or hanging_note_ends(f, w.number) or runs_to_next_note(f, w)))


def bare_after_closing(f: _Flow, w: _Where, start: tuple[int, int]) -> bool:
    """bare-mark-after-closing: a note after the closing with a bracketed marker ("(4)"), next in sequence, whose mark
    the rules of notes after the closing found nowhere, has it where its bare digits stand after an empty pair of
    brackets inside a bracket — "(youth4Disarmament()  4 )", "(د-27() 4 )", as a PDF's text of a right-to-left
    script gives a bracketed mark inside a bracket (bare-mark-after-empty-brackets' places) — at exactly one place
    between the last mark found and the closing. Class: PDF text of a right-to-left script whose last page's note
    stands under the closing block, its marks set apart (the page's foot after the meeting and the date). Refused,
    the note was read as a line of the closing (text-closing-unknown) and its mark left in the text."""
    if not (w.marker.startswith("(") and w.marker.endswith(")")):
        return False
    search, lines = f.search, f.doc.lines
    end = min(search.closing, default=len(lines))
    spot = search.bare_between(w.marker, start, (end - 1, len(lines[end - 1].view))) if end else None
    return spot is not None and _taken_since_last(f, w, spot, "bare-mark-after-closing")


def _taken_since_last(f: _Flow, w: _Where, spot: tuple[int, int, int], rule: str) -> bool:
    """The note's mark taken at the one place found since the last mark (mark-since-last, bare-mark-after-closing,
    notes-in-flow-since-last), which is the last mark found from now on; the rule's decision recorded."""
    f.search.take_between(w.marker, spot)
    f.search.last = (spot[0], spot[1])
    f.doc.fired(rule, w.number)
    return True


def since_last_after_closing(f: _Flow, w: _Where) -> str | None:
    """mark-since-last-after-closing: in a text with pages whose marks were found glued, a note after the closing
    whose mark the rules of notes after the closing found nowhere (glued or weak, over the whole text: a mark glued
    to a number no rule reads, "decision 22/BCN15" + "12" + ",", "paragraphs 18 and 19" + "19" + ",") has its mark
    sought as mark-since-last seeks it, between the last mark found and the closing, and taken where exactly one
    place there can be it: the notes gathered at the end follow their marks in order. Refused, the note was read as a
    line of the closing, its document lost. (Not where the marks stand apart or the text has no pages: the endnotes
    of old yearly volumes are endnotes.py's.) Returns the rule that asks the stretch (None: not asked)."""
    if not f.glued and first_after_closing_since_formula(f, w):
        return "first-note-after-closing-since-formula"
    if not (f.glued and f.paged):
        return "apart-since-last-after-closing" if apart_since_last_after_closing(f, w) else None
    f.doc.fired("mark-since-last-after-closing", w.number)
    return "mark-since-last-after-closing"


def _apart_since_last_told(f: _Flow, w: _Where, spot: tuple[int, int, int]) -> bool:
    """apart-since-last-after-closing's place taken, and the guess told (text-note-mark-guessed), the line named: a
    number set apart after a number ("16" + " 4", "los puntos 2 3 de") may be the text's own pair of numbers, the
    note's real mark lost by the extractor — the text cannot tell them apart."""
    line = f.doc.lines[spot[0]].number
    taken = _taken_since_last(f, w, spot, "mark-since-last")
    f.doc.warn("text-note-mark-guessed", f"note {w.marker!r}: its mark is taken at line {line}, set apart after a "
               "number under no rule of marks; the two numbers may both be the text's", line)
    return taken


def apart_since_last_after_closing(f: _Flow, w: _Where) -> bool:
    """apart-since-last-after-closing: mark-since-last-after-closing in a text with pages whose marks were found set
    apart ("… с ней 3 ;"), for a note at a page's foot under the closing's meeting line (the adoption date carried to
    the page after), next in sequence, whose mark no rule of marks set apart found on its page — set apart after a
    number, "целей 5 и 16" + " 4" + " в области", which the loose rules leave to the text (a list of numbers,
    "paragraphs 3, 4 and") —: its mark is sought between the last mark found and the closing, never into it, and taken
    where exactly one place there can be it (mark-apart-after-number among the last resorts), the guess told
    (_apart_since_last_told). Refused, the note was read as a line of the closing, its mark left in the text. (A
    page's foot only: the endnotes of old yearly volumes, gathered at the end, are endnotes.py's.)"""
    if not (f.paged and w.near and f.search.apart and not f.glued):
        return False
    f.doc.fired("apart-since-last-after-closing", w.number)
    return True


def first_after_closing_since_formula(f: _Flow, w: _Where) -> bool:
    """first-note-after-closing-since-formula: in a text (with pages or without) whose notes were gathered after the
    closing, the text's first note ("1", no mark found before it, no note read), whose mark the rules of notes after the
    closing found nowhere — glued to a number no strong rule reads, "принцип 7" + "1" + "," —, has its mark sought
    as mark-since-last seeks it, from the enacting formula (first-mark-since-formula) to the closing, and taken where
    exactly one place there can be it — a place glued to a number's digits, as the rules of notes after the closing
    leave it: a place set apart is theirs (notes-apart-after-closing, notes-in-flow-run), which read the next notes
    too. Refused, the note was read as lines of the closing, its document lost to the closing's unknown lines."""
    if f.search.last != (-1, -1) or f.defined or w.marker != "1":
        return False
    return True


def _ends_number(lines: list[Line], spot: tuple[int, int, int]) -> bool:
    """For first-note-after-closing-since-formula: whether the place found ends a number, glued to its digits."""
    view = lines[spot[0]].view
    return spot[1] > 0 and view[spot[1] - 1].isdecimal()


# The lines a note's text may run over under its first line: the longest UN notes (a conference's report, its
# sales number, chapter and annex) run to four or five lines at a page's width.
HANGING_NOTE_LINES = 6


def first_since_formula(f: _Flow, w: _Where, numbers: list[int]) -> tuple[int, int] | None:
    """first-mark-since-formula: the first numbered note of a text ("1", none read before it, no mark found yet),
    at a page's foot, has its mark sought by mark-since-last from the enacting formula on — the body, where
    numbered marks start; the header's numbers stand before it — to the note ("принцип 7" + "1" + ",", a mark
    glued to a number, which only the notes' sequence tells from the number's digits): the stretch from the
    formula plays the part of the stretch from the last mark. None where there is no formula or a note was read."""
    if numbers or w.marker.strip("()") != "1" or f.body_from is None:
        return None
    f.doc.fired("first-mark-since-formula", w.number)
    return (f.body_from, len(f.doc.lines[f.body_from].view))


# The lines a note without hanging indent may run over under its first (note-runs-to-next): the longest UN notes (a
# conference's report and a list of the groups it names) run to ten lines at a narrow page's width.
NOTE_RUN_LINES = 12


def runs_to_next_note(f: _Flow, w: _Where) -> bool:
    """note-runs-to-next: a note wrapped over lines whose first line ends no sentence ("17 Informe de la Conferencia …
    sobre el Medio Ambiente y el", its marker alone above it or not) is a finished note, for mark-since-last, when
    its lines (PDF text that sets no hanging indent under a note; their indent is not asked) run to a line that
    opens with the next note in sequence ("18 Anguila, …", or "8" alone) or to the page's furniture, within
    NOTE_RUN_LINES, the line before ending with a full stop: a page's block of notes. A wrapped line of running
    text that the wrap opened with a mark has no next note in sequence under it. Refused as unfinished, the note's
    text ran into the paragraph above it, its mark glued to a number ("Programa 21" + "17") left in the text."""
    nxt = _next_marker(w.marker)
    if nxt is None:
        return False
    doc = f.doc
    last = ""
    seen = 0  # (the note's lines read: blank lines passed over, as double spacing puts one after every line)
    for j in range(w.number, len(doc.stripped)):
        line = doc.stripped[j]
        if j in doc.furniture or "\f" in doc.raw[j] or line == nxt or (
                (m := _FOOTNOTE_START.match(line)) is not None and m["marker"] == nxt):
            if not last.endswith(_TERMINAL):
                return False
            doc.fired("note-runs-to-next" if w.marker.isdigit() else "bracketed-note-runs-to-next", w.number)
            return True
        if seen and last.endswith(_TERMINAL) and _opens_next_paragraph(f, line, last):
            doc.fired("note-runs-to-next-paragraph", w.number)
            return True
        seen += bool(line)
        if seen > NOTE_RUN_LINES:
            return False
        last = line or last
    return _runs_to_text_end(f, w, last)


def _runs_to_text_end(f: _Flow, w: _Where, last: str) -> bool:
    """note-runs-to-text-end: note-runs-to-next where the note's lines run to the text's end, the last ending with a
    full stop — the last page's notes with no page foot under them (a Security Council text, no closing block, whose
    last page prints no number): the text's end stands where the page's furniture would. Refused, the note ran into the
    last paragraph and its mark set apart stayed in the text. (Only in a text with pages, whose other notes stand at
    their pages' feet.) Never over a line that opens with the next paragraph's number in sequence ("4. Decides …"
    under a note that a block extraction put above the last paragraph): the paragraph is the text's, not the note's."""
    if not (last.endswith(_TERMINAL) and f.doc.furniture) or _paragraph_under(f, w.number + 1):
        return False
    f.doc.fired("note-runs-to-text-end", w.number)
    return True


def _opens_next_paragraph(f: _Flow, line: str, above: str) -> bool:
    """note-runs-to-next-paragraph: note-runs-to-next where the note's lines, the last ending with a full stop, run to
    a line that opens with the next operative paragraph's number in sequence and its text ("4. Decides …" under a
    note whose lines end "… southern coasts."). Class: block extractions that put a page's notes between two
    paragraphs, above the page's last paragraph, with no next note and no page furniture under them. Refused, the
    note was unfinished: its text ran into the paragraph above it and its mark set apart stayed in the text, told by
    nothing. (Only after a first paragraph number was read.) Not the note's own lines that open so: a list in the
    note, its line above opening with the number before ("3. The upper port …" / "4. The lower port …": the list's
    next item), or a number the note cites, its text going on in lower case where paragraphs open with a capital
    ("4. and 5. of the annex …"); the note goes on over them."""
    want = f.last_number + 1
    if not f.last_number or not line.startswith(str(want)):
        return False
    lg = f.doc.lang
    m = lg.paragraph_number.match(line) or _NUMBER_STOP_APART.match(line)
    digits = _DIGITS.match(line)
    if m is None or digits is None or int(digits[0]) != want or not (text := line[m.end():].strip()):
        return False
    listed = _DIGITS.match(above)
    return not (listed is not None and int(listed[0]) == want - 1
                and (lg.paragraph_number.match(above) or _NUMBER_STOP_APART.match(above))) and not (
        text[:1].islower() and not lg.openings.lower_case)


def finished_before_paragraph(f: _Flow, pending: _Open, stripped: str, ind: int, number: int) -> bool:
    """note-runs-to-next-paragraph, once the note is open: a finished note (its last line ends with a full stop) goes
    on over no line that opens with the next paragraph's number in sequence and its text, however deep the page
    indents that line ("      4. Decides …" under a note flush at the margin: note-runs-on took an indented line for
    the note's hanging one, and the last paragraph went into the note, told by nothing). (A line indented less than a
    note's hanging indent is no note's line already: not-a-note, parted-number-opens.)"""
    if (ind < NOTE_HANGING_INDENT or not pending.last.endswith(_TERMINAL)
            or not _opens_next_paragraph(f, stripped, pending.last)):
        return False
    f.doc.fired("note-runs-to-next-paragraph", number)
    return True


def _paragraph_under(f: _Flow, start: int) -> bool:
    """Whether a line from `start` to the text's end opens with the next operative paragraph's number in sequence."""
    lg, want, stripped = f.doc.lang, f.last_number + 1, f.doc.stripped
    for k in range(start, len(stripped)):  # (by index: a slice copied the text's lines, scaling round thirty-seven)
        line = stripped[k]
        m = lg.paragraph_number.match(line)
        if m is not None and (d := _DIGITS.match(line)) is not None and int(d.group()) == want:
            return True
    return False


def _next_marker(marker: str) -> str | None:
    """The next note's marker in this note's form: "5" after "4", and after a bracketed "(4)" — as a script whose
    texts print a note's number in brackets gives it, Arabic "(4)" / "() انظر …" — "(5)"
    (bracketed-note-runs-to-next: note-runs-to-next for such a note, which asked a bare number only and so left
    the last note of an Arabic text, after the closing, wrapped over two lines, unread as a note: its mark
    stayed in the text, its text went to the closing). None for a marker that is no number."""
    if marker.isdigit():
        return str(int(marker) + 1)
    bare = marker[1:-1]
    if marker[:1] != "(" or marker[-1:] != ")" or not bare.isdigit():
        return None
    return f"({int(bare) + 1})"


def hanging_note_ends(f: _Flow, number: int) -> bool:
    """note-hanging-ends: a note wrapped over lines whose first line ends no sentence ("7 Informe de la
    Conferencia … sobre el Medio Ambiente y el") is a finished note, for mark-since-last, when the lines under
    it — each indented further than it, the hanging indent under a note's text — end with a full stop
    ("   corrección), resolución 1, anexo II."): the running text's lines are not indented past a paragraph's
    first line, so a wrapped line of running text that the wrap opened with a mark set apart has no such
    lines under it. Refused as unfinished, the note (and the notes under it, out of sequence after it) was
    read as paragraphs. Serves PDF text whose notes hang under their numbers."""
    doc = f.doc
    first = indent(doc.raw[number - 1])
    last = ""
    for j in range(number, min(len(doc.raw), number + HANGING_NOTE_LINES)):
        raw = doc.raw[j]
        if j in doc.furniture or "\f" in raw or not raw.strip() or indent(raw) <= first:
            break
        last = doc.stripped[j]
    if not last.endswith(_TERMINAL):
        return False
    doc.fired("note-hanging-ends", number)
    return True


def block_below(f: _Flow, w: _Where) -> bool:
    """note-block-below: a note mark-since-last would take (where notes stand, next in sequence, finished) whose
    mark the stretch since the last mark holds in more than one place ("Programa 21" + "7" and "de 2017" on one
    page) is a note all the same when the next lines — past those hanging under it — open with the next notes'
    numbers in sequence (two more at least): a footnote block stands there. Its mark is then sought between its
    neighbours' once the text is read (mark-between-neighbours: "Programa 217," before the next note's
    "queremos”8"), or it is reported unreferenced; refused, it ran into the paragraph above it, and the notes
    under it, out of sequence after it, were read as paragraphs where no other rule took them."""
    if not w.marker.isdigit():
        return False
    count, end = _notes_below(f.doc, w.marker, w.number)
    if count < FLOW_RUN:
        return count > 0 and block_to_foot(f, w, end)
    f.doc.fired("note-block-below", w.number)
    return True


def block_to_foot(f: _Flow, w: _Where, end: int) -> bool:
    """note-block-to-foot: a note mark-since-last would take (where notes stand, next in sequence, finished) whose
    mark the stretch since the last mark holds in no place or in more than one ("the first" + "1", a number after
    a word that counts, which only the notes' sequence tells from a count) is a note all the same when the next
    note in sequence follows it (past the lines hanging under it) and the two reach down to the page's furniture,
    the last finished with a full stop: a page's footnote block of two notes. A page's last paragraphs numbered
    without their stop end with a clause's punctuation (';', ','), not a full stop each. Its mark is then sought
    between its neighbours' once the text is read (mark-between-neighbours, first-mark-before-next), or it is
    reported unreferenced; refused, it ran into the paragraph above it as text. Serves paged layouts (PDF text,
    block extractions that keep the page furniture) whose pages carry two notes."""
    doc = f.doc
    if end >= len(doc.raw) or not (end in doc.furniture or "\f" in doc.raw[end]):
        return False
    last = next((doc.stripped[j] for j in range(end - 1, w.number - 1, -1) if doc.stripped[j]), "")
    if not last.endswith(_TERMINAL) or _paragraph_numbered(f, w):
        return False
    doc.fired("note-block-to-foot", w.number)
    return True


def _paragraph_numbered(f: _Flow, w: _Where) -> bool:
    """Whether the line is rather the next operative paragraph printed without its number's stop: its number is
    the one after the last paragraph's, or its text opens with a paragraph's head ("3 Calls upon States …." /
    "4 Decides to remain seized of the matter.", a page's last two paragraphs, each ending with a full stop)."""
    if f.last_number and w.marker == str(f.last_number + 1):
        return True
    text = f.doc.stripped[w.number - 1]
    return starts_with_head(f.doc.lang, text[len(w.marker):].lstrip(), known=True)


def _notes_below(doc: Doc, marker: str, number: int, flat: bool = True) -> tuple[int, int]:
    """How many lines under a note (line `number`, 1-based) open with the next notes' numbers in sequence, the
    lines hanging under each (indented further than the note's first line; flat: or wrapped at its margin,
    flat-note-in-block) and blank lines passed over; and the index of the first line past them (the page's
    furniture, where the block reaches the page's foot)."""
    first = indent(doc.raw[number - 1])
    want = int(marker) + 1
    j = number
    last = doc.stripped[number - 1]
    for j in range(number, len(doc.raw)):
        line = doc.stripped[j]
        if not line:
            continue
        if j in doc.furniture or "\f" in doc.raw[j]:
            break
        m = _NUMBERED_LINE.match(line)
        if m is not None and int(m[1]) == want:
            want += 1
        elif flat and flat_note_line(doc, j, first, last):
            pass
        elif indent(doc.raw[j]) <= first or (m is not None and not hanging_number(doc, j, last)):
            break
        last = line
    return want - int(marker) - 1, j


def flat_note_line(doc: Doc, j: int, first: int, last: str) -> bool:
    """flat-note-in-block: in a block of notes set without hanging indent — a note's wrapped lines at its
    number's margin, as PDF text of a page whose notes are set flush gives them —, a line at the note's margin
    goes on with the note above when that note's line above ends no sentence ("1 Véase … 2007, suplemento" /
    "núm. 7 (E/2007/27), cap. I, secc. D."): counted as the run's end, the first wrapped note cut a first page's
    long block of notes short of the page's foot (long-block-foot), and the block's first notes were read as
    paragraphs, their marks left in the text. (A line after a finished sentence still ends the run: the running
    text under a page's notes.)"""
    if indent(doc.raw[j]) != first:
        return False
    if last.rstrip().endswith(_TERMINAL):
        return flat_number_after_counter(doc, j, last)
    doc.fired("flat-note-in-block", j + 1)
    return True


def flat_number_after_counter(doc: Doc, j: int, last: str) -> bool:
    """flat-note-after-counter: for flat-note-in-block, a line at the note's margin goes on with the note above too
    where that note's line ends with a counter's full stop — a word of the table's endnotes.not_after, "chap.", "vol.",
    "No." — and the line opens with the number it announces ("… (A/69/53/Add.1), chap." / "IV, sect. A.", "…, sect." /
    "A."), as note-number-after-counter and count-alone read it in the notes: the stop is the abbreviation's, not a
    sentence's. Counted as the run's end, such a note cut a first page's long block of notes short of the page's foot
    (long-block-foot), and the block's first notes, not at the foot by the count, were read as a paragraph's lines,
    their marks left in the text."""
    line = doc.stripped[j]
    if not awaits_number(doc.lang, last) or not (_OPENS_WITH_NUMBER.match(line) or _COUNT_ALONE.match(line)):
        return False
    doc.fired("flat-note-after-counter", j + 1)
    return True


def hanging_number(doc: Doc, j: int, last: str) -> bool:
    """hanging-number-in-block: a line hanging under a note (indented further than its first line) that opens with
    a number other than the next note's goes on with the note when the line above it ends no sentence ("… El
    Cairo, 5 a" / "   13 de septiembre de 1994 (publicación …"): the wrap put a date's day or a count at the start
    of the note's next line, as it does anywhere. Counted as the end of the run, it cut a page's block of notes
    short of the page's foot (long-block-foot), and the block's first notes, not at the foot by the lines counted,
    were read as paragraphs. (A line whose line above ends a sentence still ends the run.)"""
    if last.rstrip().endswith(_TERMINAL):
        return False
    doc.fired("hanging-number-in-block", j + 1)
    return True


def long_block_foot(f: _Flow, marker: str, number: int) -> bool:
    """long-block-foot: in a text with pages, a note that opens a run of notes numbered in sequence — each with
    the lines hanging under it — that reaches down to the page's furniture stands at the page's foot however
    long the run is: a first page's block of twenty notes runs over more lines than a page's foot is counted
    by, and its first notes, not at the foot by that count, had their marks sought by no page-foot rule
    ("de 2007" + "1" + ",", after a year): refused, they were read as paragraphs."""
    doc = f.doc
    if not marker.isdigit():
        return False
    # (not after the closing: a flat block gathered there is read by the rules of notes after the closing,
    # notes-block-after-closing)
    flat = not (notes_after_closing(f) or _vote_before(f))
    count, end = _notes_below(doc, marker, number, flat)
    if count < FLOW_RUN or not (end in doc.furniture or "\f" in doc.raw[end] or late_cover_to_foot(doc, end, number)):
        return False
    doc.fired("long-block-foot", number)
    return True


# The late cover items under a first page's notes: the distribution and its issue date, on a line each.
_LATE_COVER_LINES = 2


def late_cover_to_foot(doc: Doc, end: int, number: int) -> bool:
    """long-block-over-late-cover: for long-block-foot, a run of notes ends at the page's foot too where the cover's
    distribution and issue date, printed late, stand between it and the page's furniture ("Distr.: General" / "21
    December 2022" under the first page's notes, as a layout that prints the cover's right-hand column at the page's
    foot, or an extraction that reads it last, gives them; cover-item-late takes them back to the cover). Refused,
    a first page's long block of notes did not stand at the foot, its first note's mark — set apart after a word,
    "development 1 ," — was sought by no page-foot rule, and the note ran into the paragraph above it as text."""
    lg, seen, j = doc.lang, 0, end
    while j < len(doc.raw) and not (j in doc.furniture or "\f" in doc.raw[j]):
        line = doc.stripped[j]
        if line:
            wanted = _distribution(lg, line) if seen == 0 else len(line) < LATE_DATE_MAX and any_date(line)
            if not wanted or seen == _LATE_COVER_LINES:
                return False
            seen += 1
        j += 1
    if seen == 0 or j >= len(doc.raw):
        return False
    doc.fired("long-block-over-late-cover", number)
    return True


def marks_apart_throughout(f: _Flow, w: _Where) -> bool:
    """marks-apart-throughout: where the text's marks were found set apart ("Middle East 1 ,") and none
    glued to its word, the next note's mark is looked for set apart before the rules of glued marks
    are tried: the layout sets its marks apart, and a digit glued to a word is the text's own — a
    second reference to a note typed as text ("войны2", "الحرب(2)"), a name that holds a digit
    ("youth4Disarmament") — which the glued rules would take, leaving the real mark in the text.
    Serves block extractions and PDF text that keep the spaces around a raised mark."""
    if not (w.apart_first and f.search.apart) or not _apart_first(f, w):
        return False
    f.doc.fired("marks-apart-throughout", w.number)
    return True


def _glued_after_closing(f: _Flow, w: _Where) -> bool:
    """notes-after-closing-glued: where marks were found glued, a note after the closing of a paged text,
    the note before it placed on an earlier page, has its mark looked for glued (by the strong rules) in
    the whole text from the last mark on — the first candidate winning, as the notes follow their marks in
    order — before the rules try the last page first: its document numbers and counts give look-alikes
    ("resolución 70/1" + "3" after "Desarrollo Sostenible3,", "Annex B2" where "Forum,2" stood on the
    page before), after which every later mark would be sought past the place it stands."""
    if not (f.glued and f.paged and f.defined and f.search.last != (-1, -1) and not apart_layout(f, w.number)
            and f.search.last[0] < f.search.pages[-1]
            and (notes_after_closing(f) or notes_after_vote(f)) and notes_block_after_closing(f, w)):
        return False
    found = f.search.earliest_uncounted(w.marker, w.first)
    if found is not None:
        f.search.take(w.marker, found)
        f.doc.fired("glued-earliest", f.doc.lines[found[1]].number)
    elif f.search.find(w.marker, w.first, near_foot=True, weak=False, whole=True) is None:
        return weak_after_closing(f, w)
    f.doc.fired("notes-after-closing-glued", w.number)
    return True


def glued_after_closing_unpaged(f: _Flow, w: _Where) -> bool:
    """notes-after-closing-glued-unpaged: notes-after-closing-glued in a text without pages — one paragraph a line,
    or a block extraction that dropped the page furniture, its notes gathered after the closing —: where marks were
    found glued, a note after the closing has its mark looked for glued by the strong rules over the whole text from
    the last mark on, on the first line that holds one whichever rule finds it (glued-earliest), not the first rule's
    first candidate ("décision SSA2(5)" by mark-glued, paragraphs after "à l’horizon 20302," that only
    mark-after-year reads), after which every later mark would be sought past its place. Where none is found there,
    the rules go on as before."""
    if (f.paged and not _body_unpaged(f) or not f.glued or not f.defined or f.search.last == (-1, -1)
            or apart_layout(f, w.number) or not notes_after_closing(f)):
        return False
    found = f.search.earliest_glued(w.marker, w.first)
    if found is None:
        return False
    f.search.take(w.marker, found)
    f.doc.fired("glued-earliest", f.doc.lines[found[1]].number)
    f.doc.fired("notes-after-closing-glued-unpaged", w.number)
    return True


def _body_unpaged(f: _Flow) -> bool:
    """body-unpaged: notes-after-closing-glued-unpaged reads a text whose page breaks all stand before the formula, at
    least one, as a text without pages: its body is one page,
    from the formula to the notes gathered after the closing, and notes-after-closing-glued, which asks for the last
    mark on an earlier page than the last, never reads it. There the page rules searched the whole body, the first
    rule's first candidate winning ("resolución A.1090(28)", a bracketed session number, pages after "de 2001" + "28",
    which only mark-after-year reads), and every later note's mark was sought past it. (Block extractions that drop
    the pages' heads and feet, their notes gathered at the end: the page break is most often the cover's symbol on a
    line of its own, or a logo's placeholder, read as a page's furniture, and a rule over the notes makes the text
    paged — so in practice most such extractions whose marks are glued, not only those with a placeholder.)"""
    # (A page break must stand before the formula: a text of one page, its notes at its foot, keeps the page rules.)
    if f.body_from is None or len(f.search.pages) < 2 or f.search.pages[-1] > f.body_from:
        return False
    f.doc.fired("body-unpaged", f.doc.lines[f.body_from].number)
    return True


def weak_after_closing(f: _Flow, w: _Where) -> bool:
    """notes-after-closing-weak-first: where notes-after-closing-glued finds no glued mark for a note after the
    closing, the weak rules (a mark glued to a resolution number, "pour 2022/23" + "4" + " ;") look for it over
    the whole text from the last mark on, the first candidate winning — not the last page's last candidate
    ("menées en 2023/24." at the text's end), after which every later note's mark would be sought past the
    place it stands: the notes after the closing follow their marks in order. Serves paged texts (PDF text,
    block extractions that keep the page furniture) whose notes were gathered after the closing."""
    if f.search.find(w.marker, w.first, near_foot=True, weak=True, whole=True) is None:
        return False
    f.doc.fired("notes-after-closing-weak-first", w.number)
    return True


@dataclass(frozen=True)
class _Where:
    """Where the note whose mark is sought stands, as the search needs it."""
    marker: str
    number: int  # the note's first line
    first: int  # no numbered mark before the formula (the header's numbers are not marks)
    near: bool  # at a page's foot
    block: bool  # in a footnote block away from a page's foot
    weak: bool  # the weakest patterns may be tried
    apart_first: bool  # a mark set apart is sought before the weak patterns


def _where(f: _Flow, marker: str, number: int) -> _Where:
    first = -1 if f.body_from is None or not marker[0].isdigit() else f.body_from
    if f.paged is None:
        f.paged = paged(f.doc)
    near = near_foot(f.doc, number - 1, f.paged) or bool(f.paged) and long_block_foot(f, marker, number)
    block = not near and (note_block_foot(f, number) or first_note_after_closing(f, number))
    # At the end of a text without pages, where the whole text is one page, neither the weakest
    # patterns nor marks standing apart are tried until a note's mark was found glued to its
    # word: notes there with marks apart are the endnotes of old yearly volumes, placed by their
    # own rule (endnotes.py), and resolution numbers abound.
    # (A block away from a page's foot is given the strong page-foot rules only: the weak ones take
    # a resolution number's last digit for a mark, "77/231", where the mark stands apart.)
    weak = bool(f.paged or f.glued) and not block
    # apart-before-weak: at a page's foot or in a footnote block of a text where no mark was found
    # glued to its word yet, a mark set apart ("Commission 2 on") is looked for before the weak rules
    # take a document number's last digit ("60/251", "2011/11"): where marks stand apart, those
    # digits are the number's.
    apart_first = (not f.glued or apart_layout(f, number)) and (f.in_notes or block or (near and bool(f.paged)))
    return _Where(marker, number, first, near, block, weak, apart_first)


def apart_layout(f: _Flow, number: int) -> bool:
    """marks-apart-outnumber-glued: where a mark was found glued but more of the text's marks were found set apart
    (two at least for each glued one), the layout sets its marks apart — one glued mark is where the extraction lost
    the space before a raised mark ("…的报告、2 秘书长", between marks "、 1 秘书长" and "、 3 联合国") —, and the next
    note's mark is still looked for set apart before the weak rules of glued marks (apart-before-weak), which would
    take a document number's last digit ("第76/24" + "6" + " A号决议") or a number glued to its word ("21世纪"), every
    later mark then sought past it."""
    if f.search.apart < 2 * max(f.search.glued, 1):
        return False
    f.doc.fired("marks-apart-outnumber-glued", number)
    return True


def _apart_first(f: _Flow, w: _Where) -> bool:
    """apart-before-weak: whether the mark is found set apart (or, at the end, as notes after the
    closing have theirs) before the weak patterns are tried."""
    marker, first, number = w.marker, w.first, w.number
    if (f.paged and len(f.search.pages) > 1 and notes_at_end(f, marker)
            and (notes_after_closing(f) or notes_after_vote(f)) and notes_block_after_closing(f, w)
            and _first_of_both(f, w)):
        return True
    # (notes after the closing of a text without pages, their marks set apart: the earliest candidate set apart, as
    # for the block's first notes — notes-apart-after-closing-earliest)
    loose = bool(f.paged) or f.in_flow
    if ((f.apart_after_closing and not f.paged and apart_earliest_after_closing(f, marker, first, loose, False))
            or f.search.find(marker, first, spaced=True, loose=loose) is not None):
        f.doc.fired("apart-before-weak", number)
        f.doc.fired("apart-before-number-marks" if f.doc.lang.script.spaced else "apart-before-ideographs", number)
        return True
    return False


def notes_block_after_closing(f: _Flow, w: _Where) -> bool:
    """notes-block-after-closing: the notes after the closing block of a paged text have their marks looked
    for as notes after the closing do (notes-after-closing-first, notes-after-closing-glued) whether
    they stand at the page's foot or higher up in a footnote block that runs down to it — a long block
    of notes (twenty notes of two lines) starts above the lines counted as a page's foot, and its
    first notes' marks, pages before, were looked for on the last page and the one before only: none
    found, every note unreferenced."""
    if w.near:
        return True
    if w.block:
        f.doc.fired("notes-block-after-closing", w.number)
    return w.block


def _first_of_both(f: _Flow, w: _Where) -> bool:
    """notes-after-closing-first: where no mark was found glued yet, a note gathered after the closing of a
    paged text takes the first candidate after the last mark, over the whole text, whether glued to its
    word (the strong rules) or set apart (the loose rules): the notes there follow their marks in order,
    and a page's last candidate set apart ("1 and" on the last page, where "March 1995, 1 and" stood pages
    before) or the first glued one ("edad1," where the marks stand glued) are each wrong in the other
    layout. Serves paged texts (PDF text, block extractions that keep the page furniture) whose notes
    follow the closing, in a text of more than one page (on one page, the page's rules decide)."""
    chosen = _earliest_of_both(f, w)
    if chosen is None:
        return False
    first, moved, glued = chosen
    if moved:
        f.doc.fired("whole-text-earliest", f.doc.lines[first[1]].number)
    f.search.take(w.marker, first)
    # (the glued search's candidate may be a mark set apart that apart-before-glued-ideographs preferred, "报告 1 以及":
    # that one says the layout sets its marks apart — the rules of marks set apart are weak, the glued ones strong)
    f.glued = glued and not first[0].weak
    f.doc.fired("notes-after-closing", w.number)
    f.doc.fired("notes-after-closing-first", w.number)
    return True


def _earliest_of_both(f: _Flow, w: _Where) -> tuple[Located, bool, bool] | None:
    """notes-after-closing-first's candidate: the first after the last mark over the whole text, glued (the strong
    rules) or set apart (the loose rules); with whether a later loose rule's candidate moved it (whole-text-earliest)
    and whether it is the glued one. None where neither is found."""
    glued = f.search.locate(w.marker, w.first, near_foot=True, weak=False, whole=True)
    apart, moved = f.search.earliest(w.marker, w.first, spaced=True, loose=True)
    if glued is None and apart is None or apart is None and ambiguous_alone_refused(f, glued, w):
        return None
    first = min((c for c in (glued, apart) if c is not None), key=_at)
    if first is glued and apart is not None and ambiguous_gives_way(f, glued, apart, w.number):
        first = apart
    return first, moved and first is apart, first is glued


def _at(found: Located) -> tuple[int, int]:
    """Where a candidate mark stands: its line and its start there."""
    return found[1], found[2].start(found[2].lastindex or 1)


def first_gathered_before_next(f: _Flow, w: _Where) -> bool:
    """first-gathered-before-next: the first note read, gathered after the closing of a paged text with the next note
    under it in the block, whose mark the page rules find on the last page or the one before past the next note's
    mark — where the page rules place that one, else its first candidate over the whole text —, has its mark looked
    for as notes-after-closing-first looks for it — the first candidate after the formula, glued or set apart —
    where that one stands before the next note's: marks come in order, and the notes gathered at the end follow
    them. The page's candidate is the text's own number ("附表1.A.04", a schedule's number; "指标1" / "6.4.1", an
    indicator cut by the wrap), and taken, it left the real mark pages before in the text ("公约》1 和") and every
    later note's mark, sought past it, unfound. Serves paged layouts (PDF text, block extractions that keep the
    furniture) whose notes were all gathered after the closing, marks glued or set apart. (Where the notes are the
    last page's own, their marks stand on it, before the next note's.)"""
    following = next_numbered_marker(w.marker)
    if (f.defined or not f.paged or following is None or len(f.search.pages) < 2 or not (w.near or w.block)
            or not _note_opens_under(f.doc, following, w.number)):
        return False
    search, doc = f.search, f.doc
    # (the probes decide nothing unless the order below holds: their checks are not recorded, and the rules that
    # make the notes gathered ones fire again where notes-after-closing-first asks them)
    trace, doc.trace = doc.trace, None
    try:
        if not (notes_after_closing(f) or notes_after_vote(f)):
            return False
        page = search.locate(w.marker, w.first, near_foot=w.near or w.block, weak=w.weak and not w.apart_first,
                             ambiguous=not w.apart_first)
        nexts = _next_note_places(f, w, following)
        own = _earliest_of_both(f, w)
    finally:
        doc.trace = trace
    if page is None or not nexts or own is None or not _at(own[0]) < min(map(_at, nexts)) < _at(page):
        return False
    if not w.marker.isdigit() and counted_before_bracket(doc.lang, own[0]):
        return False
    doc.fired("first-gathered-before-next", w.number)
    if not w.marker.isdigit():
        doc.fired("first-gathered-bracketed", w.number)
    return _first_of_both(f, w)


_BRACKETED_MARKER = re.compile(r"\((\d{1,3})\)")
# A number and the word before it, ending the text before a candidate mark ("المادة 2" before "(1)").
_COUNTED_NUMBER_END = re.compile(r"(\S+)\s+\d+$")


def counted_before_bracket(lg: Lang, found: Located) -> bool:
    """first-gathered-bracketed: a bracketed candidate glued to a number that a counter announces (the table's
    endnotes.not_after: "المادة 2(1)", "الفقرة 4(2)") is an article's or a paragraph's own part, the commonest
    look-alike of a bracketed mark: taken as the first one, the text's "(1)" was lost and the real mark left in the
    text, silently — refused, the notes stay as the page rules read them (unreferenced, reported)."""
    words = _COUNTED_NUMBER_END.search(found[2].string[:_at(found)[1]])
    return words is not None and fold_word(words[1]) in lg.endnote_not_after


def next_numbered_marker(marker: str) -> str | None:
    """The marker of the note after a numbered one, printed as it is ("3" → "4"; "(3)" → "(4)"), or None for a star.
    first-gathered-bracketed: first-gathered-before-next reads notes numbered in brackets too, as Arabic texts print
    their marks and notes ("(1) قرار الجمعية العامة …", "2019(1)،"): the page rules took the text's own bracketed number
    on the last page ("المادة 1(1)", an article's paragraph) for note 1's mark, pages past the real one, and every later
    mark was sought past it — the notes all unreferenced, their marks left in the text. Serves paged PDF text whose
    notes, numbered in brackets, were gathered after the closing."""
    if marker.isdigit():
        return str(int(marker) + 1)
    m = _BRACKETED_MARKER.fullmatch(marker)
    return None if m is None else f"({int(m[1]) + 1})"


def _next_note_places(f: _Flow, w: _Where, following: str) -> list[Located]:
    """first-gathered-before-next: the next note's place as the page rules would find it, where they find one, else
    its first candidates over the whole text, glued and set apart: the first candidate over the whole text may be a
    look-alike too — "Class B1 and Class B2" on the first page, the real marks pages later —, and the order of two
    look-alikes says nothing."""
    search = f.search
    at_page = search.locate(following, w.first, near_foot=w.near or w.block, weak=w.weak and not w.apart_first,
                            ambiguous=not w.apart_first)
    if at_page is not None:
        return [at_page]
    return [c for c in (search.earliest_glued(following, w.first),
                        search.earliest(following, w.first, spaced=True, loose=True)[0]) if c is not None]


def _note_opens_under(doc: Doc, following: str, number: int) -> bool:
    """Whether a note of marker `following` opens under line `number` (a few lines of text down, before the page
    ends), with its text on its line or under its marker alone."""
    seen = 0
    for j in range(number, len(doc.stripped)):
        line = doc.stripped[j]
        # (a marker alone the page furniture took for a page's number is read, as _next_note_below reads it)
        if line == following and doc.furniture.get(j, _NO_KIND)[0] in ("", "page"):
            return True
        if j in doc.furniture or "\f" in doc.raw[j] or seen > HANGING_NOTE_LINES:
            return False
        if line and (m := _FOOTNOTE_START.match(line)) is not None and m["marker"] == following:
            return True
        seen += bool(line)
    return False


def ambiguous_gives_way(f: _Flow, glued: Located | None, apart: Located | None, number: int) -> bool:
    """ambiguous-gives-way-after-closing: for a note gathered after the closing (notes-after-closing-first), where
    the marks found so far stand apart more often than glued, a glued candidate of a rule whose candidates are
    often the text's own digits (AMBIGUOUS: a digit between two ideographs, "专题优先事项5及", thematic priority 5)
    gives way to the candidate set apart further on ("…的报告， 5" at the paragraph's end), as it does on a
    page's search (apart-before-glued-ideographs): the layout sets its marks apart, and the digit glued is the
    text's. Left first, it took the text's digit and left the mark in the text. Serves block extractions and
    PDF text that keep the spaces around a raised mark, their notes at the end."""
    search = f.search
    if glued is None or apart is None or search.apart <= search.glued:
        return False
    if glued[0].name not in AMBIGUOUS:
        return counted_gives_way_after_closing(f, glued, apart, number)
    f.doc.fired("ambiguous-gives-way-after-closing", number)
    return True


def ambiguous_alone_refused(f: _Flow, glued: Located | None, w: _Where) -> bool:
    """ambiguous-alone-after-closing: for a note gathered after the closing (notes-after-closing-first), where the
    marks found so far stand apart more often than glued and no candidate set apart stands after the last mark, a
    glued candidate of a rule whose candidates are often the text's own digits (AMBIGUOUS: a digit between two
    ideographs, "管理局已与19家", "欢迎20国集团", a count before its counter, a group's name) that stands past the next
    note's first candidate set apart is refused: the layout sets its marks apart and the notes follow their marks in
    order, so the note's mark was passed over behind the last mark (a mark the wrap put where no rule reads it), and
    the glued digits past the next note's mark are the text's. Taken, the mark cut the text's number, and every
    later note's mark, sought past it, was lost with it ("… 21 …" to "… 49 …" left in the text, notes unreferenced).
    Refused, the note is told unreferenced (footnote-unreferenced) and the next notes are sought from the last mark
    found. A glued candidate before the next note's mark set apart (or with no next note) is left to the rules
    (a real mark the extraction glued, "报告3并"). Serves block extractions and PDF text that keep the spaces around a
    raised mark, their notes at the end."""
    search = f.search
    if glued is None or glued[0].name not in AMBIGUOUS or search.apart <= search.glued:
        return False
    following = next_numbered_marker(w.marker)
    after = None if following is None else search.earliest(following, w.first, spaced=True, loose=True)[0]
    if after is None or not _at(after) < _at(glued):
        return False
    trace = f.doc.trace
    if trace is not None and ("ambiguous-alone-after-closing", w.number) not in trace:  # (once: asked twice a note)
        f.doc.fired("ambiguous-alone-after-closing", w.number)
    f.ambiguous_refused = w.number  # (nor taken by the page's search after it)
    return True


def counted_gives_way_after_closing(f: _Flow, glued: Located, apart: Located, number: int) -> bool:
    """counted-gives-way-after-closing: counted-glued-gives-way-apart for a note gathered after the closing
    (notes-after-closing-first), where the marks found so far stand apart more often than glued: the first glued
    candidate, its digits glued after a word of the table's endnotes.glued_counts ("可持续发展目标3，", Goal 3),
    gives way to the candidate set apart further on ("…的进展情况” 3 及其"), which notes-after-closing-first
    passed over as the later one, where that one stands before the next note's first candidate (_next_mark_between):
    the layout sets its marks apart, and a counted word calls for the digits glued to it. Taken, the goal's number
    left the text and the mark was left in it. The guess is told
    (text-note-mark-guessed): an extractor sets a number of the text printed in another font apart as well. Serves
    block extractions and PDF text of a script without spaces that keep the spaces around a raised mark, their
    notes at the end."""
    counts = f.doc.lang.glued_counts
    if not counts or not f.search.after_count((glued[1], glued[2]), counts):
        return False
    marker = glued[2].group(glued[2].lastindex or 1)
    if _next_mark_between(f, marker, glued, apart):
        return False
    line, at = f.doc.lines[apart[1]].number, f.doc.lines[glued[1]].number
    f.doc.fired("counted-gives-way-after-closing", number)
    f.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {line}, set apart; "
               f"the digits glued after a counting word at line {at}, not taken, may be it", line)
    return True


def _next_mark_between(f: _Flow, marker: str, glued: Located, apart: Located) -> bool:
    """For counted-gives-way-after-closing: whether the next note's first candidate, glued or set apart ("报告 4 及其"),
    stands between the glued candidate and the later one set apart: marks come in order, so a candidate past the next
    note's mark ("提交 3 份", a count) is never this note's — the glued candidate stays, as notes-after-closing-first
    reads it. The probe's checks are not recorded in the trace."""
    if not marker.isdecimal():
        return False
    trace, f.doc.trace = f.doc.trace, None
    try:
        nxt, _ = f.search.earliest(str(int(marker) + 1), glued[1], spaced=True, loose=True)
    finally:
        f.doc.trace = trace
    return nxt is not None and _at(glued) < _at(nxt) < _at(apart)


def _found_apart(f: _Flow, w: _Where) -> bool:
    """Whether a note whose mark no pattern found glued is a note all the same: its mark set apart
    from its word, or the next note of a footnote block."""
    marker, first, number = w.marker, w.first, w.number
    if f.in_notes or (w.near and f.paged):
        return _next_of_block(f, w)
    if w.near and not f.paged and not f.in_notes and notes_apart_after_closing(f, marker, number):
        f.apart_after_closing = True
        return True
    if w.near and not f.paged and not f.in_notes and glued_note_apart_after_closing(f, w):
        return True
    if notes_in_flow(f, marker, number) and (f.search.find(marker, first, spaced=True, loose=True) is not None
                                             or glued_in_flow(f, w) or year_mark_in_flow(f, w)
                                             or flow_since_last(f, w) or bare_mark_in_flow(f, w)):
        f.in_flow = True
        return True
    return False


def _next_of_block(f: _Flow, w: _Where) -> bool:
    """_found_apart for a note of a footnote block or at a page's foot."""
    marker, first, number = w.marker, w.first, w.number
    # (the next note of a footnote block in the running text of a text without pages: notes-in-flow-glued)
    if f.in_notes and not w.near and (not f.paged or furniture_behind(f, number)) and glued_in_flow(f, w):
        return True
    # A mark may stand apart from its word ("sesiones 7,"). And the next note of a footnote
    # block is a note even when its mark cannot be found at all: it is then reported
    # unreferenced, never left in the running text.
    if f.search.find(marker, first, spaced=True, loose=bool(f.paged) or f.in_flow) is not None:
        return True
    # notes-apart-at-end: notes gathered at the end of a paged text whose marks stand apart
    # ("Secretary-General 1 and"): looked for in the whole text from the last mark on — in a
    # footnote block only (under the rule, or after a note), as a number at a line start
    # ("7 и 8] выше;") would find a look-alike somewhere in a long text.
    if f.in_notes and w.near and f.paged and notes_at_end(f, marker) and f.search.find(
            marker, first, spaced=True, loose=True, whole=True) is not None:
        f.doc.fired("notes-apart-at-end", number)
        return True
    if f.apart_after_closing and f.in_notes and notes_apart_after_closing(f, marker, number):
        return True
    return f.in_notes


def glued_in_flow(f: _Flow, w: _Where) -> bool:
    """notes-in-flow-glued: in a text without pages whose marks were found glued to their words, a note standing
    in the running text (notes-in-flow) whose mark no rule away from a page's foot found, nor one set apart, has
    it looked for by the strong rules of a page's foot — after a year ("de 2014" + "15" + ","), a number and its
    punctuation, before a year and its counter —, from the last mark on: the note stands where a page's foot
    was, and its mark above it. (A block extraction that dropped the page furniture; the notes were read as
    paragraphs.)"""
    if (not (f.glued or run_follows(f, w) or inside_cut_sentence(f, w))
            or f.search.find(w.marker, w.first, near_foot=True, weak=False) is None):
        return False
    f.glued = True  # (a mark found glued: the block's next notes have theirs looked for so too)
    f.doc.fired("notes-in-flow-glued", w.number)
    return True


def year_mark_in_flow(f: _Flow, w: _Where) -> bool:
    """notes-in-flow-year-mark: in a text without pages, a note standing in the running text (notes-in-flow), the
    next in sequence (its marker a number) and ending with a full stop, whose mark no rule away from a page's foot
    found — nor one set apart, nor the strong rules of a page's foot, which wait for a first glued mark or a cut
    sentence the note's neighbours did not show ("… Día Mundial de la" / "1 A/75/345-S/2020/898." / "Lengua
    Portuguesa,", the line below a capitalised name; or a second note below the first) — has it where a plausible
    year ("19xx", "20xx") stands glued to its digits before a clause's punctuation, at exactly one place between the
    last mark found (or the body's start) and the note: "de 11 de septiembre de 2020" + "1" + ",", "Decenio
    2011‑2020" + "2" + ",". No year has five digits, and the note printed below names the digits; a five-digit
    amount before a word ("20201 dollars"), a symbol's digits ("S/20201") and two such places are refused. The
    block's next notes then have their marks looked for as glued ones (notes-in-flow-glued). Refused, the note was
    read as a line of running text (text-note-unplaced), the paragraph split around it and its mark left in the
    year. (A block extraction that dropped the page furniture, each page's notes standing where its foot was.)"""
    search, lines = f.search, f.doc.lines
    numbers = _numbers_defined(w.marker, f.defined)
    if (f.glued or not lines or f.body_from is None or not w.marker.isdecimal()
            or int(w.marker) != max(numbers, default=0) + 1 or not f.candidate.endswith(_TERMINAL)):
        return False
    start = search.last if search.last != (-1, -1) else (f.body_from, -1)
    spot = search.year_glued_between(w.marker, start, (len(lines) - 1, len(lines[-1].view)))
    if spot is None:
        return False
    f.glued = True  # (a mark found glued: the block's next notes have theirs looked for so too)
    return _taken_since_last(f, w, spot, "notes-in-flow-year-mark")


def flow_since_last(f: _Flow, w: _Where) -> bool:
    """notes-in-flow-since-last: in a text without pages whose marks were found glued, a note standing in the running
    text (notes-in-flow), the next in sequence and ending with a full stop, whose mark no strong rule found, has it
    sought as mark-since-last seeks a page foot's — between the last mark found and the note, by every mark rule,
    those of marks glued to a number too ("pour 2022/23" + "4" + " ;") — and taken where exactly one place there can
    be it: the notes' sequence decides what the mark's look-alike digits do not. Refused, the note was read as a
    line of running text (text-note-unplaced), its mark left in the text. (A block extraction that dropped the page
    furniture, each page's notes standing where its foot was.)"""
    search, lines = f.search, f.doc.lines
    numbers = _numbers_defined(w.marker, f.defined)
    if (not f.glued or search.last == (-1, -1) or not lines or not w.marker.isdecimal()
            or int(w.marker) != max(numbers, default=0) + 1 or not f.candidate.endswith(_TERMINAL)):
        return False
    spot = search.between(w.marker, search.last, (len(lines) - 1, len(lines[-1].view)))
    return spot is not None and _taken_since_last(f, w, spot, "notes-in-flow-since-last")


def bare_mark_in_flow(f: _Flow, w: _Where) -> bool:
    """bare-mark-in-flow: in a text without pages (notes-in-flow: a block extraction that dropped the page
    furniture), a note with a bracketed marker ("(13)"), the next in sequence and ending with a full stop, whose mark
    no rule found set apart, has it where its bare digits stand after an empty pair of brackets inside a bracket —
    "(2005() 13 )", "(د-27() 4 )", as the text of a right-to-left script gives a bracketed mark inside a bracket
    (bare-mark-after-empty-brackets' places) — at exactly one place between the last mark found and the note, as
    bare-mark-after-closing seeks it for a note after the closing. No text holds digits between an empty pair of
    brackets and a closing one. Refused, the note was read as a line of running text (text-note-unplaced), and its
    digits stayed in the year's brackets. Class: block extractions of a right-to-left script whose marks stand apart
    in brackets, a mark inside a bracket of the text (a year's, an abbreviation's)."""
    search, lines = f.search, f.doc.lines
    marker = w.marker
    if not (marker.startswith("(") and marker.endswith(")") and marker[1:-1].isdecimal()):
        return False
    numbers = _numbers_defined(marker, f.defined)
    if (search.last == (-1, -1) or not lines or int(marker[1:-1]) != max(numbers, default=0) + 1
            or not f.candidate.endswith(_TERMINAL)):
        return False
    spot = search.bare_between(marker, search.last, (len(lines) - 1, len(lines[-1].view)))
    return spot is not None and _taken_since_last(f, w, spot, "bare-mark-in-flow")


# (note-inside-cut-sentence: a note's line is shorter than this share of the cut line above it — a wrapped line
# inside a paragraph fills its width)
_CUT_SHARE = 0.75


def inside_cut_sentence(f: _Flow, w: _Where) -> bool:
    """note-inside-cut-sentence: in a text without pages, a note in the running text, the next in sequence (its
    marker a number), whose line ends with a full stop, stands between the two halves of a sentence a page break
    cut — the line above ends no sentence, the line below opens in lower case ("… qui appuie le Programme" / "1
    Résolution 60/1." / "durable à l'horizon 2030 …") — and is shorter than that line: a page's foot stood there,
    and its mark is looked for by the strong rules of a page's foot (notes-in-flow-glued: after a year, "de 2005" +
    "1" + ","), as for a footnote block in the flow. A line of the running text that opens with a number goes on
    with its sentence, not ending one before a lower-case word, and a wrapped line fills its width. Refused, the
    note stayed in the paragraph (text-note-unplaced) and the paragraph's rest became a paragraph of its own. Serves
    block extractions that drop the page furniture, a page's single note standing inside the paragraph it cut."""
    doc = f.doc
    numbers = _numbers_defined(w.marker, f.defined)
    line = doc.stripped[w.number - 1]
    if (not w.marker.isdigit() or int(w.marker) != max(numbers, default=0) + 1 or not doc.lines
            or not line.endswith(_TERMINAL)):
        return False
    above = doc.lines[-1].text.rstrip()
    below = next((t for t in islice(doc.stripped, w.number, None) if t), "")
    # (A clause's comma ends no sentence: "… en materia de alerta temprana, preparación, prevención," / "1 Resolución
    # 69/283 …" / "mitigación, respuesta …", the page cut after the comma; its mark glued to a range's year,
    # "2015-20301". Only where that mark is sure: any number of five digits, "ISO 20301", would give up a digit.)
    if ((finished(above) and not (above.endswith(_COMMAS) and _mark_after_range(doc, w.marker)))
            or not below[:1].islower() or len(line) > _CUT_SHARE * len(above)):
        return False
    doc.fired("note-inside-cut-sentence", w.number)
    return True


def _mark_after_range(doc: Doc, marker: str) -> bool:
    """note-inside-cut-sentence under a comma: the note's mark stands glued to the second year of a range in the
    last lines of running text ("2015-2030" + "1"), where a year's place is sure."""
    text = " ".join(line.text for line in doc.lines[-_RANGE_LINES:])
    return re.search(rf"(?<!\d)\d{{4}}\s?[-\u2010-\u2013]\s?\d{{4}}{re.escape(marker)}(?!\d)", text) is not None


_RANGE_LINES = 4  # the last lines of running text where a glued mark after a range is looked for


# Notes in sequence right under a first note in the flow that make it a footnote block (notes-in-flow-run):
# two more, as a line that opens with a number may be followed by one more by chance ("1 Ibid." is rare in
# running text, three in a row never).
FLOW_RUN = 2
_NUMBERED_LINE = re.compile(r"^(\d{1,3}) +\S")


def run_follows(f: _Flow, w: _Where) -> bool:
    """notes-in-flow-run: in a text without pages, a first note in the running text before any mark was found
    glued has its mark looked for by the strong rules of a page's foot (notes-in-flow-glued: after a year,
    "du 29 septembre 2011" + "1" + ",") when the next lines, blank ones aside, open with the next notes' numbers
    in sequence: a footnote block stands there, where a page's foot was. Serves block extractions that drop
    the page furniture of a text whose marks stand glued to years; the notes were read as paragraphs."""
    if not w.marker.isdigit():
        return False
    want = int(w.marker) + 1
    for line in islice(f.doc.stripped, w.number, None):
        if not line:
            continue
        m = _NUMBERED_LINE.match(line)
        if m is None or int(m[1]) != want:
            break
        want += 1
    if want - int(w.marker) - 1 < FLOW_RUN:
        return False
    f.doc.fired("notes-in-flow-run", w.number)
    return True


def _continues_note(f: _Flow, raw: str) -> bool:
    """note-indented-continuation: indented under an unfinished note, a number goes on with it
    ("… 26 August –" / "4 September 2002 …"), even the next note's number."""
    p = f.pending
    if p is None or p.last.endswith(_TERMINAL):
        return False
    return indent(raw) > indent(f.doc.raw[p.line - 1])


def note_goes_on(lg: Lang, text: str, line: str, line_indent: int, head_indent: int = 0) -> bool:
    """note-runs-on: an open footnote goes on over a line while it is unfinished, or over a line
    indented under it — never over a line that opens a paragraph, a meeting or a date.
    note-runs-on-deeper: a finished note does not go on over a line no deeper than its own first line (head_indent)
    that opens as the running text does — a paragraph's number, a label or a head of the table: where the page
    indents its paragraphs as far as the note ("      * …" under a rule in the middle of a page, a quoted text's own
    note, then "      2." and "      重申，…"), that line is the running text's, which goes on below the note. (It took
    in the rest of the page's paragraphs, read as the note's text.) A note's own second sentence wrapped back to the
    note's indent ("      * A/91/310. See …" / "      The Committee adopted …") opens with none of them: it goes on."""
    if (text.endswith(_TERMINAL) and NOTE_HANGING_INDENT <= line_indent <= head_indent
            and opens_running_text(lg, line)):
        return False
    return ((not text.endswith(_TERMINAL) or line_indent >= NOTE_HANGING_INDENT)
            and not (line_indent < NOTE_HANGING_INDENT and not_a_note(lg, line)))


def opens_running_text(lg: Lang, line: str) -> bool:
    """note-runs-on-deeper: a line that opens with a paragraph's number, a sub-paragraph's label or a paragraph head
    the table knows."""
    return not_a_note(lg, line) or label(lg, line) is not None or starts_with_head(lg, line, known=True)


@cache
def _letter_stop(unspaced: str) -> re.Pattern[str]:
    return re.compile(f"[{unspaced}A-Za-z]\\.$")


def stop_inside(lg: Lang, text: str) -> bool:
    """note-stop-inside: in a script without spaces, whose notes end with the script's own full stop ("。"),
    a note whose line ends with a Latin full stop right after a character of the script or a Latin letter
    — a section's number ("第三." / "C节。") or a symbol's element ("第1/CP." / "21号决定。") the wrap cut after
    its dot — is unfinished: it goes on over the next line (a blank line between too), which would else be
    read as running text. (A note that ends with a symbol's number and a Latin stop, "A/HRC/55/51.", ends
    there: a digit before the stop.)"""
    script = lg.script
    return not script.spaced and bool(script.unspaced) and _letter_stop(script.unspaced).search(text) is not None


def stop_runs_on(f: _Flow, pending: _Open, stripped: str, number: int) -> bool:
    """note-stop-inside (see stop_inside): the note goes on over the line — not one that opens a paragraph, a
    meeting or a date."""
    lg = f.doc.lang
    if not stop_inside(lg, pending.last) or not_a_note(lg, stripped):
        return False
    f.doc.fired("note-stop-inside", number)
    return True


def invisible_in_number(doc: Doc, text: str, number: int) -> str:
    """invisible-in-number: a soft hyphen or word joiner inside a paragraph number or label ("2\u2060.",
    "3\u00ad.", as some word processors leave them) hides it, and the paragraph would run into the one
    before: such characters are removed there and reported. (Elsewhere they stay: a soft hyphen
    inside a word is text.)"""
    head = text[:_HEAD_CHARS]
    if not _INVISIBLE.search(head):
        return text
    cleaned = _INVISIBLE.sub("", head)
    m = opener_regex(doc.lang).match(cleaned + text[_HEAD_CHARS:])
    if m is None or m.end() > len(cleaned):
        return text
    # The original characters of the number or label: as many visible ones as it has.
    j = seen = 0
    while seen < m.end():
        seen += 0 if _INVISIBLE.match(text, j) else 1
        j += 1
    if j == m.end():  # none of them stood inside it
        return text
    doc.warn("text-invisible-in-number", f"invisible characters (soft hyphen, word joiner) removed from the "
             f"paragraph number or label {cleaned[:m.end()].strip()!r}", number)
    doc.fired("invisible-in-number", number)
    return cleaned[:m.end()] + text[j:]


def not_a_note(lg: Lang, line: str) -> bool:
    """Lines that only look like a footnote ("1 December 2023", "1. Decides…", "25th meeting")."""
    if lg.starts_with_date(line) or lg.match("meeting", line):
        return True
    m = lg.paragraph_number.match(line)
    return m is not None and not year_range_opens(lg, line, m)


def year_range_opens(lg: Lang, line: str, m: re.Match[str]) -> bool:
    """year-range-not-paragraph: a line that opens with a year and a dash, then a date ("2012 - 31 تموز/يوليه 2013
    (S/INF/68)."), opens with the second half of a range of dates that the wrap cut after its first date's month ("…
    1 آب/أغسطس" / "2012 - 31 تموز/يوليه 2013"), not with a paragraph's number — in a language that numbers its
    paragraphs "25 -", the number and dash read as one: no paragraph is numbered with a year, and none opens with a
    date. Read as a paragraph's start, the line ended the note it went on with (a note of the Security Council's
    records, "Resolutions and Decisions of the Security Council, 1 August 2012 - 31 July 2013") and ran into the
    paragraph above the page's notes."""
    return _YEAR.fullmatch(m["num"]) is not None and bool(lg.starts_with_date(line[m.end():]))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _trace_year_range(f: _Flow, stripped: str, number: int) -> None:
    """In the trace: a note that ran on over a line year-range-not-paragraph read as no paragraph's start."""
    lg = f.doc.lang
    if (m := lg.paragraph_number.match(stripped)) is not None and year_range_opens(lg, stripped, m):
        f.doc.fired("year-range-not-paragraph", number)


_CLAUSE_PUNCTUATION = frozenset(punctuation("comma", "semicolon", "colon"))


_OPENING_NUMBER = re.compile(r"\(?\d{1,3}\)?")


def range_opens(lg: Lang, line: str) -> bool:
    """no-note-of-range: a line that opens with a number, a range separator of the language table and another
    number ("7 إلى 10 من قراره 2240 (2015)؛", "7 to 10 of its resolution …") is a paragraph's line that the wrap
    broke before a range ("… الواردة في الفقرات" / "7 إلى 10 …"), never a note: a note's text does not open with
    the second half of a range. (Read as note 7 — a first note may be numbered below ten —, it took its mark
    from the range and its line out of the paragraph; a script without letter case has no lower-case word to
    tell it, as no-note-in-lower-case does.)"""
    m = _OPENING_NUMBER.match(line)
    return m is not None and range_not_mark(lg, line, m.end())


def punctuation_after_number(text: str) -> bool:
    """no-note-of-punctuation: a line that opens with a number and then a clause's punctuation ("6 ;" after
    "… comme suite au paragraphe", "1 ,  ainsi que" after "… le désarmement et le développement") is a
    wrapped line whose first word — a paragraph's number, a mark set apart — the wrap put at its start,
    never a note: a note's text opens with a word, a symbol or a bracket. (Taken for note 6, "6 ;" put the
    notes gathered at the end, 1 to 5, out of sequence: every one lost.) Serves PDF text and extractions
    whose wrap may put a number alone before its clause's punctuation. text: the line after its number."""
    return text[:1] in _CLAUSE_PUNCTUATION


def unit_sign_after_number(text: str) -> bool:
    """no-note-of-unit-sign: a line that opens with a number and then a unit sign set apart — per cent, per
    mille: "1 % del total de las cuotas", as the languages that space the sign write it — is a wrapped line whose
    quantity the wrap put at its start ("… constituyen alrededor del" / "1 % del total …"), never a note: a note's
    text opens with a word, a symbol or a bracket. (Taken for note 1 at a page's foot, the line took the note's
    mark from the text, the note's own line ran on under it as its indented continuation, and the paragraph's
    clause moved into the note without a word.) text: the line after its number."""
    return text[:1] in QUANTITY_SIGNS  # (the units table's quantity_signs; not degrees: endnote-before-unit's)


# Closing brackets of every script, as the scripts table lists them (ASCII, full-width and angle ones).
_CLOSING_BRACKETS = frozenset(punctuation("closing_brackets"))


def bracket_closes_after_number(text: str) -> bool:
    """no-note-of-closing-bracket: a line that opens with a number and then a closing bracket ("7 )]" after "[on
    the report of the First Committee ( A/77/393, para."; "5 )" after "… (resolution 75/1, para.") is the end of a
    bracketed reference whose last number the wrap put at the line's start, never a note: a note's text may open
    with a bracket, never a closing one. Serves PDF text that sets brackets apart from their contents ("( A/77/393,
    para. 7 )", two runs of a PDF): read as the first note — any first note below ten is taken —, "7 )]" on a
    cover ran on over the page's paragraphs down to the real notes, the formula with them (no output at all).
    (Not a closing bracket before an opening one, ")(": the empty pair of brackets the UN's markup puts first in a
    note's text, as a PDF's text of a right-to-left script gives it, "(3) )( A/77/767/Add.11.") text: the line after
    its number."""
    return text[:1] in _CLOSING_BRACKETS and text[1:2] not in _OPENING_BRACKETS


_OPENING_BRACKETS = frozenset(punctuation("opening_brackets"))


def _has_pages(f: _Flow) -> bool:
    if f.paged is None:
        f.paged = paged(f.doc)
    return f.paged


def _body_paged(f: _Flow) -> bool:
    """Whether a page broke the running text after the formula (a job number on the cover alone, as
    the text writer prints it, makes no pages of the body)."""
    return f.body_from is not None and f.search.pages[-1] > f.body_from


def word_in_lower_case(text: str) -> bool:
    """no-note-in-lower-case: in a text with pages, a line that opens with a number and then a word in
    lower case ("3 and the Aichi Biodiversity Targets …", a mark set apart that the wrap put at the line's
    start) is a wrapped line of running text, never a note: a note's text opens with a capital, a symbol,
    a bracket or a web address ("http://…", "www.…") — or an abbreviation ("ibid.") — in the UN's notes
    of every language. (In a script without case no word is in lower case. A text whose body no page
    broke — the text writer's, a Word or web export — prints its notes after the closing, apart: there a
    note is read whatever its first word, as the model allows.) text: the line after its number."""
    # (A word is its letters: a compound's hyphens and the clause's punctuation after it are no part of
    # it — "2 ci‑dessus, qui seront …" after "… au paragraphe"; an abbreviation keeps its stop: "ibid.")
    word = text.split(None, 1)[0].rstrip(_WORD_AFTER) if text else ""
    return word[:1].islower() and all(part.isalpha() for part in _HYPHENS.split(word))


_WORD_AFTER = "".join(punctuation("comma", "semicolon", "colon"))
_HYPHENS = re.compile("[-\u2010\u2011]")


def number_in_groups(lg: Lang, line: str) -> bool:
    """number-in-groups: a line that starts with a number written in groups of three digits, in a
    language that sets the groups apart with a space ("6 351 200 dollars", "2 000名", "3 009 300
    долл."), starts with that number, not with a note's marker: a line break before such a number
    is common in wrapped text, and the note taken for it took its mark from any digit ("217,6")."""
    return lg.grouped_number.match(line) is not None


@cache
def _groups_at_end(separators: str) -> re.Pattern[str]:
    """A number in groups of three digits set apart by spaces at a line's end ("… 900 033")."""
    spaces = "".join(c for c in separators if c.isspace())
    return re.compile(rf"(?:^|\s)\d{{1,3}}(?:[{spaces}]\d{{3}})+$")


def group_across_wrap(f: _Flow, line: str, number: int) -> bool:
    """group-across-wrap: in a language that sets a number's groups apart with a space, a line that opens with a
    number of one to three digits and does not end with a full stop, right under a line of running text that
    ends with a number in groups ("… مبلغا إضافيا قدره 900 033" / "1 دولار للإنفاق …", "… un montant de 1 250" /
    "300 dollars …"), opens with that number's last group: the wrap broke the number at a group's space. Never
    a note (a one-line note ends with its full stop; a note's text after its number does not continue a number
    of the text). Serves PDF text of budget resolutions, whose sums in groups the wrap breaks anywhere: read as
    note 1, the line took note (1)'s mark and left the text's notes unreferenced."""
    lg = f.doc.lang
    lines = f.doc.lines
    if (not any(c.isspace() for c in lg.group_separators) or line.rstrip().endswith(_TERMINAL) or not lines
            or lines[-1].number != number - 1 or f.in_notes
            or _groups_at_end(lg.group_separators).search(lines[-1].text.rstrip()) is None):
        return False
    f.doc.fired("group-across-wrap", number)
    return True


def next_in_sequence(marker: str, defined: set[str]) -> bool:
    """Numbered footnotes run 1, 2, 3… (or (1), (2), (3)…) through a document; stars are not checked."""
    bare = marker.strip("()")
    if not bare.isdigit():
        return True
    # A wrapped "(67)/RES/10" must not start footnote (67) when no (66) came before.
    numbers = _numbers_defined(marker, defined)
    expected = max(numbers) + 1 if numbers else 1
    # One footnote may have been missed (its mark unrecognisable): the next one is still taken.
    return int(bare) in (expected, expected + 1) or (not numbers and int(bare) < FIRST_NOTE_MAX)


def numbering_gap(f: _Flow, marker: str, number: int) -> bool:
    """note-numbering-gap: a note whose number skips a few ("15" then "18": the UN's editing deleted notes
    16 and 17 and kept the others' numbers) is the next note, when the note before it ended (a full stop)
    and the line stands where notes do — right under that note, in a footnote block; at a page's foot; or,
    in a text without pages whose notes stand in its flow (notes-in-flow), anywhere after it — and its
    mark is found (_note_starts asks it after): note-in-sequence lets one number be skipped anywhere.
    Serves PDF text and block extractions of documents whose notes were renumbered by hand."""
    numbers = _numbers_defined(marker, f.defined)
    if not numbers or not max(numbers) + 2 < int(marker.strip("()")) <= max(numbers) + 1 + NOTE_GAP_MAX:
        return False
    last = f.pending.last if f.pending is not None else f.doc.notes[-1].text if f.doc.notes else ""
    if not last.endswith(_TERMINAL) or not (_where_notes_stand(f, number) or gap_run(f, marker, number)):
        return False
    f.doc.fired("note-numbering-gap", number)
    return True


def gap_run(f: _Flow, marker: str, number: int) -> bool:
    """note-gap-run: for note-numbering-gap, a note whose number skips a few also stands where notes do when the
    note before it closed and it opens a block of notes — NOTE_GAP_RUN lines numbered on from it, or
    NOTE_GAP_RUN_CITED that each cite a document's symbol ("18 A/HRC/13/13." / "19 A/HRC/27/10."), each ended with a
    note's stop, no line just above it opening with a number of the gap (_gap_head_refused) — wherever that block
    stands: a block extraction without page furniture sets a page's notes between two lines of the paragraph
    the page break cut, where no page's foot is known. Refused, the note and every later one (none of them the next
    in sequence) were read as lines of that paragraph, their marks left in the text, without a word. Serves block
    extractions and PDF text without page furniture whose notes were renumbered by hand (notes deleted in
    editing, or a passage left out: "15" then "18")."""
    lines = f.doc.stripped
    start = _FOOTNOTE_START.match(lines[number - 1]) if 0 < number <= len(lines) else None
    if f.pending is not None or start is None or start["marker"] != marker or not marker.isdigit():
        return False
    first, run, cited = int(marker), 0, True
    for k in range(NOTE_GAP_RUN):
        j = number - 1 + k
        m = _FOOTNOTE_START.match(lines[j]) if j < len(lines) else None
        if m is None or m["marker"] != str(first + k) or not lines[j].rstrip().endswith(_TERMINAL):
            break
        run, cited = run + 1, cited and _NOTE_SYMBOL.search(m["text"]) is not None
    if run < NOTE_GAP_RUN and not (cited and run >= NOTE_GAP_RUN_CITED) or _gap_head_refused(f, marker, number):
        return False
    f.doc.fired("note-gap-run", number)
    return True


def _gap_head_refused(f: _Flow, marker: str, number: int) -> bool:
    """For note-gap-run: whether a line just above the run (NOTE_GAP_RUN lines at most) opens with a number between
    the last note defined and this one ("5 Voir le rapport … sur les phares," / "A/89/204." above "6 Voir …"): the
    block's first note wrapped and was refused, and reading the rest of the block would leave that note and its mark
    in the paragraph, a half reading told by nothing — the block is left whole to the paragraph, as before."""
    numbers = _numbers_defined(marker, f.defined)
    floor = max(numbers) if numbers else 0
    for j in range(max(0, number - 1 - NOTE_GAP_RUN), number - 1):
        m = _FOOTNOTE_START.match(f.doc.stripped[j])
        if m is not None and m["marker"].isdigit() and floor < int(m["marker"]) < int(marker):
            return True
    return False


def _where_notes_stand(f: _Flow, number: int) -> bool:
    """Whether line `number` stands where a note does: right under a note of a footnote block, or, the
    note before it closed, at a page's foot or in a text whose notes stand in its flow."""
    return f.in_notes or f.pending is None and (f.in_flow or _at_page_foot(f, number))


def other_numbering(f: _Flow, marker: str, number: int) -> bool:
    """note-numbering-kept: once a numbered note was read, a line that opens with a number of the other kind —
    bare where the notes read were numbered in brackets ("(4)", then "7 (E/2017/27), …"), or in brackets where
    they were bare — opens no note: a text numbers its notes one way throughout (stars aside). Serves notes whose
    wrapped line opens with a number ("… الملحق رقم" / "7 (E/2017/27)، …", Arabic notes being numbered in
    brackets): read as the first note of another numbering (note-in-sequence takes any first note below ten),
    it took a mark of the text's and put the notes after it out of sequence."""
    bare = marker.strip("()")
    if not bare.isdigit() or _numbers_defined(marker, f.defined):
        return False
    if not any(m.strip("()").isdigit() for m in f.defined):
        return False
    f.doc.fired("note-numbering-kept", number)
    return True


def _numbers_defined(marker: str, defined: set[str]) -> list[int]:
    """The numbers of the notes read so far of a numbered marker's kind, bare or in brackets (none for
    a star)."""
    if not marker.strip("()").isdigit():
        return []
    return [int(m.strip("()")) for m in defined if m.strip("()").isdigit() and (m[0] == "(") == (marker[0] == "(")]


def _at_page_foot(f: _Flow, number: int) -> bool:
    """Whether line `number` stands at a page's foot, in a text with pages."""
    if f.paged is None:
        f.paged = paged(f.doc)
    return f.paged and near_foot(f.doc, number - 1, True)


def _opens_side(doc: Doc, text: str) -> bool:
    """Whether a line of a vote statement opens a side's list ("In favour:", "Against:")."""
    words = text.lstrip()
    return any(words.startswith(side) for sides in doc.lang.vote_words.sides.values() for side in sides)


def count_in_open_vote(f: _Flow, marker: str, text: str, number: int) -> bool:
    """count-in-open-vote: inside a vote statement whose bracket is still open ("[Adopted by a recorded vote of 29 to
    14, with" / "4 abstentions. The voting was as follows:"), a line that opens with a number right after a line
    that ends with a word — no punctuation: the statement's sentence goes on — is the vote's count the wrap put first
    on the line, never a note: a page's notes stand under a finished line (a list of members ends its lines with a
    comma). Read as a note, the count took the vote's lists into it, and the real notes gathered after the closing,
    their markers taken, were never read. Only in a script written with spaces, the word after the number not in
    upper case ("abstentions", as a count goes on; a note opens with a capital, "Resolution", "See"): a script without
    spaces wraps anywhere, its member lists too ("…、尼" / a page's notes / "日利亚、…"). Serves PDF text and block
    extractions of recorded votes. Not under a footnote rule, nor past any line but blank ones since the line above
    (a page's notes under its rule inside an open vote: "… وكانت نتيجة" / the rule / "(1)"), nor for a marker alone on
    its line (a count stands with its word). Only before the first side's heading ("In favour:"): the count is worded
    in the statement's sentence, and under the lists a page's notes may follow a member's name without a stop
    (English lists end with no punctuation; Arabic notes open with no capital) — and only for a bare number, never
    a marker in brackets ("(1)"), which no count is."""
    lines, doc = f.doc.lines, f.doc
    if (not f.in_vote or f.vote_listed or not marker.isdigit() or f.under_rule or not doc.lang.script.spaced
            or not lines or lines[-1].number >= number
            or not lines[-1].text[-1:].isalpha() or not text or text[:1].isupper()
            or any(doc.stripped[j] for j in range(lines[-1].number, number - 1))):
        return False
    f.doc.fired("count-in-open-vote", number)
    return True


def first_note_mid_sentence(f: _Flow, marker: str, number: int) -> bool:
    """first-note-mid-sentence: before any note was read, a line that opens with a number other than
    the first note's ("4 إلى 6 آذار/مارس 2014، …") right after an unfinished line of running text
    ("… في الفترة من") goes on with its sentence — a text's first note is 1 unless its mark was
    lost, and the notes of a page follow its rule or a finished line, not a sentence cut mid-line. (For
    text double-spaced or not, whose notes stand at the end: a wrapped line opening with a number
    took the paragraphs after it into a note. Away from a page's foot, in text with pages.)"""
    # (At a page's foot the line before is a paragraph the page cut, and a note may follow it: one
    # numbered on from notes whose marks were lost — first-note-cut asks more there.)
    if (not _first_after_cut(f, marker) or near_foot(f.doc, number - 1, True) or _symbol_note(f, number)
            or _notes_run(f, marker, number)):
        return False
    f.doc.fired("first-note-mid-sentence", number)
    return True


# A note that cites documents by their symbols alone ("A/HRC/55/42.", "A/HRC/42/46 et Add.1.", "CRC/C/SOM/1."): a
# symbol of two slashes or more first, a full stop last.
_SYMBOL_NOTE = re.compile(r"^[A-Z]{1,5}(?:/[0-9A-Za-z.()\-]+){2,}(?:\s.*)?[.。]$")


def _symbol_note(f: _Flow, number: int) -> bool:
    """first-note-symbol: first-note-mid-sentence stands back from a line whose text after its number is a document's
    symbol and ends with a full stop ("2 A/HRC/55/42."): a note citing the report, never a sentence going on — no
    running text puts a symbol right after a number, nor ends there. The first note of many of the UN's texts is 2, its
    note 1 on the title, which the text does not give. (Block extractions without page furniture, where the page's
    notes stand between two halves of a paragraph the page cut: read as running text, the note ran into the paragraph,
    and its second half became a paragraph of its own.)"""
    fm = _FOOTNOTE_START.match(f.doc.stripped[number - 1])
    if fm is None or _SYMBOL_NOTE.match(fm["text"]) is None:
        return False
    f.doc.fired("first-note-symbol", number)
    return True


# first-note-run: the notes numbered on in sequence that must follow a first note, line after line, for
# first-note-mid-sentence to stand back (with the first, three notes of one line each: no sentence's wrapped lines open
# with three numbers in sequence and end each with a full stop)
_NOTES_RUN_AFTER = 2


def _notes_run(f: _Flow, marker: str, number: int) -> bool:
    """first-note-run: first-note-mid-sentence stands back from a line that opens with a number and ends with a full
    stop ("2 见A/HRC/25/54。"), where the next lines (blank ones passed over) open with the next two numbers in sequence
    and end with a full stop too ("3 A/HRC/4/18, 附件。" / "4 A/HRC/43/43。"): a page's block of notes of one line each,
    standing between two halves of a sentence the page cut — never a sentence's wrapped lines, which a number opens
    and a full stop ends three times in a row only in a list, not after a line cut mid-sentence. The first note of
    many of the UN's texts is 2, its note 1 on the title, which the text does not give. (Block extractions without page
    furniture: read as running text, the note ran into the paragraph, and its mark stayed in the text.) A note's text
    that first-note-symbol does not read — a word before the symbol, "见", "See" — is read so."""
    stripped = f.doc.stripped
    if not marker.isdigit() or not stripped[number - 1].endswith(_TERMINAL):
        return False
    want, j = int(marker) + 1, number
    while want <= int(marker) + _NOTES_RUN_AFTER:
        while j < len(stripped) and not stripped[j]:
            j += 1
        fm = _FOOTNOTE_START.match(stripped[j]) if j < len(stripped) else None
        if fm is None or fm["marker"] != str(want) or not stripped[j].endswith(_TERMINAL):
            return False
        want, j = want + 1, j + 1
    f.doc.fired("first-note-run", number)
    return True


def _first_after_cut(f: _Flow, marker: str) -> bool:
    """Whether a line that opens with a number other than 1 comes before any note, in a text with pages, right
    after an unfinished line of running text (first-note-mid-sentence, first-note-cut)."""
    lines = f.doc.lines
    bare = marker.strip("()")
    # (A vote statement in brackets, "[Adopted without a vote.]", is finished: the notes after the
    # closing follow it.)
    if (f.defined or f.in_notes or not bare.isdigit() or bare == "1" or not lines
            or finished(lines[-1].text.rstrip().removesuffix("]"))):
        return False
    if f.paged is None:
        f.paged = paged(f.doc)
    return bool(f.paged)


def first_note_cut(f: _Flow, marker: str, number: int, line: str) -> bool:
    """first-note-cut: at a page's foot too, before any note was read, a line that opens with a number other than 1
    right after a line of running text cut mid-sentence is the rest of that sentence when it, and the last of the
    lines under it down to the page's furniture, end no sentence ("… к статье" / "4 Международной конвенции … 18,
    19 и 20" / the page's footer): a page's notes end with a full stop, and the running text goes on on the next
    page — not a first note numbered on from notes whose marks were lost ("… people of" / "2 A/HRC/54/67."). Taken for a
    note (its number's mark found pages away, as notes gathered at the end have theirs sought), it swallowed the
    paragraph's line, and the notes 1 to 3 printed after the closing, out of sequence after it, were read as lines
    of the closing. Serves paged layouts whose notes stand at the end, where no rule or footnote block tells a
    page's foot from its text."""
    doc = f.doc
    # (not a marker alone on its line over its text: that is how notes are laid out, never a wrapped line)
    # (nor a marker no note has, zero-marker-not-mark's)
    if f.alone or line.endswith(_TERMINAL) or zero_marker(marker) or not _first_after_cut(f, marker):
        return False
    last, late = line, ""
    for j in _text_reach(doc, number - 1, HANGING_NOTE_LINES + _LATE_COVER_LINES):
        if j in doc.furniture or (j >= number and "\f" in doc.raw[j]):
            if last.endswith(_TERMINAL) or not last:
                if late:
                    doc.fired("note-cut-over-late-cover", number)
                return False
            if j >= number - 1 + HANGING_NOTE_LINES + _LATE_COVER_LINES:
                if _next_note_under(doc, marker, number, j):
                    return False
                doc.fired("first-note-cut-text-lines", number)
            doc.fired("first-note-cut", number)
            return True
        if j >= number and late_cover_line(doc.lang, doc.stripped[j], late):
            # (note-cut-over-late-cover: the cover's items printed late end no note, nor cut one)
            late = doc.stripped[j]
            continue
        last = doc.stripped[j] or last
    return False


def _text_reach(doc: Doc, start: int, lines: int) -> range:
    """first-note-cut-text-lines: the lines from `start` on that hold `lines` lines, text or furniture, and the blank
    lines among them: the reach of first-note-cut counts a
    note's lines, which blank lines are not (double-spaced text, the gap a PDF's text leaves above a page's foot).
    Counted in raw lines, a first note's six lines and the blank line under them stood one line short of the foot, and
    the paragraph's line that a number opens ("… الفقرتين 1 و" / "2 أعلاه …") was read as a note running to it."""
    j, counted = start, 0
    while j < len(doc.raw) and (counted < lines - 1 or not doc.stripped[j]):
        counted += bool(doc.stripped[j])
        j += 1
    return range(start, min(len(doc.raw), j + 1))


def _next_note_under(doc: Doc, marker: str, number: int, end: int) -> bool:
    """For first-note-cut-text-lines: whether a line under the first note's (index `number` - 1), before index `end`,
    opens with the next note's number ("2 انظر …" / "3 انظر S/2039/101."): the page's notes, double-spaced, which the
    reach past the raw lines must not run into the paragraph (first-note-run's evidence, as the base reads them)."""
    want = str(int(marker) + 1) if marker.isdigit() else ""
    for k in range(number, end):
        fm = _FOOTNOTE_START.match(doc.stripped[k])
        if want and fm is not None and fm["marker"] == want:
            return True
    return False


def late_cover_line(lg: Lang, line: str, before: str) -> bool:
    """note-cut-over-late-cover: for first-note-cut, whether a line is one of the cover's items printed late at the
    first page's foot, between its notes and its furniture — the distribution ("Distr. general 11 de julio de 2023",
    its date on its line or not), or a short date right under it (before: the late item read above it, if any) —,
    which a note's last line is not: read as the
    page's last line, the distribution ended no sentence, and a part's first note, numbered on from the part before
    ("2 Documentos Oficiales …", its mark set apart above), was read as the rest of the paragraph the page cut, its
    mark left in the text."""
    return bool(line) and (_distribution(lg, line) or (_distribution(lg, before) and not _with_date(lg, before)
                                                        and len(line) < LATE_DATE_MAX and bool(any_date(line))))


def not_under_rule(f: _Flow, number: int) -> bool:
    """notes-under-rule: in a text that draws the footnote rule above its notes (a rule line among its
    furniture), a note starts only under a rule — after it on its page, or at the top of the next page
    where the notes run on —, never in the running text above it: a line there that opens with a
    number is a wrapped line of a paragraph ("6 إلى 16 حزيران/يونيه 2022؛" after "… في الفترة من"),
    which, read as a note, took the next paragraphs' marks out of order. Serves PDF text and
    extractions that keep the rule line."""
    if not f.ruled or f.in_notes or f.under_rule:
        return False
    f.doc.fired("notes-under-rule", number)
    return True


def notes_in_flow(f: _Flow, marker: str, number: int) -> bool:
    """notes-in-flow: in a text without pages (a block extraction that dropped the page furniture),
    the first note of a page's footnote block stands in the running text, between two paragraphs or
    inside one a page break cut ("4. … 所" / "1 S-10/2号决议。" / "有文件；"), its marks set apart
    ("《最后文件》 1 第77段"): a first note ("1", or the next after the notes read) whose mark is found
    set apart before it, in the body and before the closing — not the endnotes of old yearly volumes,
    which follow the closing — starts a footnote block, whose next notes' marks are looked for set
    apart too."""
    if ((f.paged and not furniture_behind(f, number)) or f.in_notes or f.body_from is None
            or (notes_after_closing(f) and not flow_goes_past_closing(f, number))):
        return False
    f.doc.fired("notes-in-flow", number)
    return True


def flow_goes_past_closing(f: _Flow, number: int) -> bool:
    """flow-notes-after-closing: in a text without pages whose notes were already read in its running text
    (notes-in-flow: a block extraction that dropped the page furniture), the last page's footnote block
    follows the closing block ("第47次全体会议" / "2022年12月7日" / "6 《大会正式记录…》"), as every page's
    block followed its page's last text: the next note there is the flow's next note, its mark set apart
    in the body. Refused — notes after the closing are kept from notes-in-flow for the endnotes of old
    yearly volumes, which no note in the running text precedes —, the note was read as a line of the
    closing, its text lost to an unknown closing line and its mark left in the paragraph."""
    if not f.in_flow:
        return foot_notes_then_flow(f, number)
    f.doc.fired("flow-notes-after-closing", number)
    return True


def foot_notes_then_flow(f: _Flow, number: int) -> bool:
    """foot-notes-then-flow: in a text whose page furniture all stands above the note (notes-in-flow-past-furniture:
    the first page's foot, the cover items printed late under it, then none — a block extraction that dropped the
    later pages' furniture), notes read before the closing at the first page's foot make the note after the closing
    the next note of the flow, as flow-notes-after-closing has it for notes read in the running text: the last
    page's footnote block follows the closing block ("第56次全体会议(续会) 2022年12月30日" / "5 A/77/80。"), its mark
    set apart in the body ("报告 5 及"). Refused, the note was read as a line of the closing, its text lost to an
    unknown closing line and its mark left in the paragraph. (Not the endnotes of old yearly volumes: no note is
    read before them, and a vote statement stands above them — furniture_behind's.)"""
    if not (f.defined and f.paged):
        return False
    f.doc.fired("foot-notes-then-flow", number)
    return True


def furniture_behind(f: _Flow, number: int) -> bool:
    """notes-in-flow-past-furniture: in a text whose page furniture all stands above a line — the first
    page's foot, a cover item the first page printed late that reads as a running head ("A/RES/77/180"
    under the cover) — and none below it (no furniture, no form feed, no rule line), a block extraction
    dropped the later pages' furniture: the notes there stand in the running text, between two paragraphs
    or inside one a page break cut, as in a text without pages (notes-in-flow), not at a page's foot the
    reader could see — which no rule asked, and the notes were read as paragraphs. (Not after a vote statement:
    the notes gathered after the closing of old yearly volumes, "Adopted unanimously at the 1193rd meeting." /
    "4 Ibid.", are endnotes, endnote-sequence's.)"""
    if f.ruled:
        return False
    if f.furniture_end is None:
        doc = f.doc
        fed = [j for j, raw in enumerate(doc.raw) if "\f" in raw]
        f.furniture_end = max([*doc.furniture, *fed], default=-1) + 1
    if number - 1 < f.furniture_end or _vote_before(f):
        return False
    f.doc.fired("notes-in-flow-past-furniture", number)
    return True


def notes_apart_after_closing(f: _Flow, marker: str, number: int) -> bool:
    """notes-apart-after-closing: in a text without pages (a block extraction that dropped the page
    furniture, notes gathered at its end), notes that follow the closing block — the meeting or the
    adoption date, no vote statement before them: a resolution adopted without a vote ("42nd plenary
    meeting 4 December 2023" / "1 United Nations, Treaty Series …") — have their marks set apart in the
    body ("Southeast Asian Nations, 1 in which"): looked for set apart over the whole text from the
    last mark on, the first candidate winning, as the notes follow their marks in order. (The endnotes of
    old yearly volumes, marks apart too, follow a vote statement: endnote-sequence reads them.)"""
    if not f.apart_after_closing and (f.glued or not notes_at_end(f, marker) or not notes_after_closing(f)
                                      or _vote_before(f)):
        return False
    if not apart_earliest_after_closing(f, marker, first_mark_line(f, marker)) and f.search.find(
            marker, first_mark_line(f, marker), spaced=True, loose=True, whole=True) is None:
        return False
    f.doc.fired("notes-apart-after-closing", number)
    return True


def apart_earliest_after_closing(f: _Flow, marker: str, first: int, loose: bool = True, whole: bool = True) -> bool:
    """notes-apart-after-closing-earliest: for notes-apart-after-closing, the candidate set apart on the first line
    after the last mark that holds one, whichever rule finds it (whole-text-earliest) — a loose rule's ("para 2023 1
    , el informe", a mark after a year before its comma set apart), not mark-apart's first, pages on ("para el
    subprograma 1 ," in a table of posts): the notes gathered at the end follow their marks in order, and a mark taken
    past its place has every later mark sought past theirs. Whether it took one (only where it stands on an earlier
    line than the rules' own answer, which is taken as it was otherwise)."""
    found, _ = f.search.earliest(marker, first, spaced=True, loose=True)
    if found is None:
        return False
    # (the answer of the search the caller would make: its rules, over the whole text or the note's pages)
    ruled = f.search.locate(marker, first, spaced=True, loose=loose, whole=whole)
    # (where the caller's rules find none, the rules asked after them answer: apart-after-closing-throughout, or
    # notes-apart-after-closing for the next notes — over the whole text, its loose rules' first candidate)
    if (ruled is None and not whole) or (ruled is not None and ruled[1] <= found[1]):
        return False
    f.search.take(marker, found)
    f.doc.fired("notes-apart-after-closing-earliest", f.doc.lines[found[1]].number)
    return True


def apart_after_closing_throughout(f: _Flow, w: _Where) -> bool:
    """apart-after-closing-throughout: in a text without pages whose notes after the closing had their marks found set
    apart (notes-apart-after-closing) and none glued, where mark-apart finds no place for the next note's mark
    (marks-apart-throughout) but a rule of glued marks would, a candidate set apart before that one — by the loose
    rules too, over the whole text from the last mark on, on the first line that holds one (whole-text-earliest) — is
    the mark: the layout sets its marks apart, and a digit glued to a word further on is the text's own ("durable11 ;",
    a superscript the UN's text keeps), which mark-glued took, leaving the real mark ("recommandations 11 et") in the
    text and every later mark sought past it. Serves block extractions that drop the page furniture, notes gathered
    at the end, marks set apart."""
    if not (f.apart_after_closing and f.in_notes and not f.glued and f.search.apart and not f.paged):
        return False
    glued = f.search.locate(w.marker, w.first, near_foot=w.near or w.block, weak=w.weak and not w.apart_first,
                            ambiguous=not w.apart_first)
    if glued is None:
        return False
    found, moved = f.search.earliest(w.marker, w.first, spaced=True, loose=True)
    if found is None or _at(found) >= _at(glued):
        return False
    if moved:
        f.doc.fired("whole-text-earliest", f.doc.lines[found[1]].number)
    f.search.take(w.marker, found)
    f.doc.fired("apart-after-closing-throughout", w.number)
    return True


def glued_note_apart_after_closing(f: _Flow, w: _Where) -> bool:
    """glued-note-apart-after-closing: in a text without pages whose marks were found glued, a note after the closing
    block (no vote statement before it) whose mark no rule of glued marks found has it looked for set apart before
    the clause's punctuation — after a word, or after a closing quote or bracket ("el “Pacto de Bridgetown” 11, y se
    compromete") —, over the whole text from the last mark on, on the first line that holds one: where the UN's text
    has a space before a note, the extraction keeps it before the raised mark, and no number of the text stands
    between a closing quote and a comma (mark-apart-after-closing). Refused, the note was read as a line of the
    closing and its mark left in the text. Serves block extractions that drop the page furniture, marks glued."""
    if not (f.glued and notes_at_end(f, w.marker) and notes_after_closing(f)) or _vote_before(f):
        return False
    found = f.search.apart_before_punctuation(w.marker, w.first)
    if found is None:
        return False
    f.search.take(w.marker, found)
    f.doc.fired("glued-note-apart-after-closing", w.number)
    return True


def _vote_before(f: _Flow) -> bool:
    """Whether a vote statement stands between the formula and the notes (asked once a text's notes
    after the closing are met). The lines read so far only grow: one scan reads each once (VoteScan)."""
    origin = f.body_from or 0
    if f.vote_scan is None or f.vote_scan.origin != origin:
        f.vote_scan = VoteScan(f.doc.lang, origin)
    return f.vote_scan.ended_in(f.doc.lines)


def first_mark_line(f: _Flow, marker: str) -> int:
    """No numbered mark before the formula (the header's numbers are not marks)."""
    return -1 if f.body_from is None or not marker[0].isdigit() else f.body_from


def _close(f: _Flow, keep_open: bool = False, blank: int = 0, page: bool = False) -> _Open | None:
    note = f.pending
    if note is None:
        return None
    if keep_open and (not note.last.endswith(_TERMINAL) or awaits_number(f.doc.lang, note.last)
                      or bracket_over_blank(f, note) or stop_inside(f.doc.lang, note.last)
                      or (not page and blank_says_nothing(f, blank))):
        return note
    f.doc.notes.append(Note(note.marker, _joined(note), note.line))
    return None


def _joined(note: _Open) -> str:
    """A note's text from its lines, a space between two — none before the rest of a symbol cut at its slash
    (note-symbol-cut-at-slash: "A/85/" + "3 (Sect. 6)" is "A/85/3 (Sect. 6)")."""
    if not note.glued:
        return " ".join(note.parts)  # (the common case: one string built, a line's own returned as it is)
    return "".join(("" if k in note.glued and note.parts[k - 1].endswith("/") else " ") * (k > 0) + part
                   for k, part in enumerate(note.parts))


def blank_says_nothing(f: _Flow, blank: int) -> bool:
    """note-open-over-double-spacing: in double-spaced text (a blank line under nearly every line, inside sentences
    too), a blank line does not end a note, finished or not: the rules of the lines under an open note decide
    whether the next line is the note's (note-sentence-before-page-end: "Véanse también A/66/116 …" under the
    note's finished first sentence), as in text set single-spaced. Closed at the blank line, a note's second
    sentence went into the running text. A line that opens the next note, the page's furniture or a line of
    running text still closes it, and so does a page break (_new_page). (blank: the blank line's number, for the
    trace.)"""
    if not f.double_spaced:
        return False
    f.doc.fired("note-open-over-double-spacing", blank)
    return True


def bracket_over_blank(f: _Flow, note: _Open) -> bool:
    """note-bracket-over-blank: a blank line — as double-spaced text puts after every line — does not end
    a note whose text leaves a bracket open ("… NPT/CONF.2010/50 (Vol." / "" / "III)]."), though its last
    line ends with an abbreviation's full stop: the next line may close it (note-bracket-open)."""
    if not brackets_open(note):
        return False
    f.doc.fired("note-bracket-over-blank", note.line)
    return True


def notes_at_end(f: _Flow, marker: str) -> bool:
    """notes-at-end: notes gathered at the end of a text with pages (as some PDFs and extractions
    give them, after the closing) have their marks pages before: a note at a page foot whose mark
    is not on its page or the one before is looked for in the whole text, from the last mark on —
    only where no note was read yet or the previous note's mark was (a foot's notes follow their
    marks in order), and by the strong mark rules only (glued, after a number or a year)."""
    return not f.defined or f.search.last != (-1, -1)


def notes_after_closing(f: _Flow) -> bool:
    """notes-after-closing: notes that follow the closing block (the meeting, the adoption date: "26a
    sesión plenaria 7 de junio de 2023") were gathered at the end of the text: their marks are looked
    for in the whole text from the last mark on before the weak rules try the last page, whose
    resolution numbers and counts ("Artículo 10" + "1") would give one."""
    lines = f.doc.lines
    if not lines:
        return False
    t = lines[-1].view
    lg = f.doc.lang
    return bool(lg.match("meeting", t) or (len(t) < CLOSING_LINE and t[:1].isdigit() and lg.date(t))
                or closing_joined(f.doc, t))


def notes_after_vote(f: _Flow) -> bool:
    """notes-after-vote: in a text with pages, notes that follow the vote statement — "[Adopted without a
    vote.]", or the lists of a recorded vote in its brackets — were gathered at the end, as notes after
    the meeting and the date are (notes-after-closing-first, notes-after-closing-glued): their marks
    are looked for in the whole text from the last mark on, not on the last page and the one before
    only, where none was found and the notes were read as lines of the closing. (The lines of the vote
    are known as the closing's: closing-holds-no-mark.)"""
    lines = f.doc.lines
    if not lines or len(lines) - 1 not in f.search.closing:
        return False
    f.doc.fired("notes-after-vote", lines[-1].number)
    return True


def note_block_foot(f: _Flow, number: int) -> bool:
    """note-block-foot: the next note of a footnote block stands where notes stand, wherever the
    block is — after the closing of a paged text whose last page has no furniture below its notes
    (extractions that drop the last footer), or past the lines counted as a page's foot in a long
    block: its mark is looked for by the strong page-foot rules too ("2031,3", after a year and a
    comma; "20302", a year and one more digit)."""
    if not (f.in_notes and f.paged):
        return False
    f.doc.fired("note-block-foot", number)
    return True


def first_note_after_closing(f: _Flow, number: int) -> bool:
    """first-note-after-closing: the first note right after the closing block of a paged text (its date or
    meeting the line before) opens a footnote block wherever it stands — a long block of notes gathered
    at the end (twenty-nine notes) starts above the lines counted as a page's foot, and its first note,
    neither at the foot nor yet in a block, had its mark looked for by no rule that reaches the pages
    before: unreferenced, and every later note's mark sought from the wrong place. Its mark is then looked
    for as the notes after the closing have theirs (notes-after-closing-first)."""
    if not f.paged or f.in_notes or f.defined or not notes_after_closing(f):
        return False
    f.doc.fired("first-note-after-closing", number)
    return True


def marker_alone(f: _Flow, marker: str, number: int) -> int | None:
    """marker-alone: a note's marker on a line of its own ("1", Arabic "(1)", a star "*", as block extractors
    give a note's number and its text as two blocks), its text on the next line, is the note's
    first line when it reads as one (the next note in sequence, its mark found in the text):
    then the index of the text's line, else None (a lone number stays a page number)."""
    doc = f.doc
    stripped, kinds = doc.stripped, doc.furniture
    for j in range(number, min(len(stripped), number + MARKER_ALONE_GAP + 1)):
        if not stripped[j]:
            continue
        if j in kinds or "\f" in doc.raw[j] or _LONE_MARKER.match(stripped[j]):
            return None
        line = f"{marker} {stripped[j]}"
        if (stripped[j][0] in _NOTE_FIRST and (fm := _FOOTNOTE_START.match(stripped[j]))
                and not star_text(f, number, stripped[j])
                and not (text_opens_with_date(f, j + 1) or text_opens_with_day_month(f, j + 1))
                and not marker_repeated(f, marker, fm["marker"], number)):
            return None  # (a note of its own follows: the number is a page's)
        if paragraph_under_marker(f, number, j):
            return None
        f.alone = True
        starts = _note_starts(f, line, line, number)
        f.alone = False
        if not starts:
            _unplaced_under_marker(f, number, j)
            return None
        doc.fired("marker-alone", number)
        return j
    return None


# A paragraph's number with its stop (or the Arabic dash) before its text: "1. Takes note", "1 - يحيط علما".
_NUMBERED_TEXT = re.compile(r"^\d{1,3} ?(?:[.．]| -) +(?=\S)")


def paragraph_under_marker(f: _Flow, number: int, j: int) -> bool:
    """marker-alone-over-paragraph: a number alone on its line over a line that opens a numbered paragraph — its
    number and stop, then a paragraph head of the table ("1" / "1. Takes note with appreciation …") — is no note's
    marker over its text: a note's text never opens with a paragraph's number and head. The number is a mark set
    apart that the wrap put on a line of its own ("… submitted pursuant to resolution 75/7," / "1"), sought as the
    other marks are, or a page's. (Read as note 1, the operative paragraph ran into the note, and the notes printed
    after the closing clashed with it and were left as closing lines.) Serves PDF text that sets its marks apart,
    double-spaced or not, whose notes stand at the end. Not where the numbered text ends its sentence right over the
    page's furniture or the text's end ("1" / "2. Requests … (resolution 92/15, para. 2)." / "39-21234"): that is a
    page's foot, where a note quoting a paragraph stands as the base reads it."""
    text = f.doc.stripped[j]
    m = _NUMBERED_TEXT.match(text)
    if m is None or not starts_with_head(f.doc.lang, text[m.end():], known=True) or _ends_at_foot(f.doc, j):
        return False
    f.doc.fired("marker-alone-over-paragraph", number)
    return True


def _ends_at_foot(doc: Doc, j: int) -> bool:
    """For marker-alone-over-paragraph: whether the text from line `j` on ends a sentence (a full stop) on a line that
    only blank lines part from the page's furniture, a form feed or the text's end — a note at a page's foot."""
    raw, stripped = doc.raw, doc.stripped
    while j < len(raw) and not stripped[j].endswith(_TERMINAL):
        if j in doc.furniture or "\f" in raw[j]:
            return False
        j += 1
    j += 1
    while j < len(raw) and not stripped[j] and "\f" not in raw[j]:
        j += 1
    return j >= len(raw) or j in doc.furniture or "\f" in raw[j]


def _unplaced_under_marker(f: _Flow, number: int, j: int) -> None:
    """note-unplaced-told under a lone marker: a note's marker alone on its line over its text ("1" / "A/91/310,
    annex.", as block extractors give them), refused as a note for want of a mark, is told at the text's line (index
    j), which stays in the running text — the lone number may not (a page's number it then reads as): recorded at
    the marker's line, which the running text does not keep, the refusal went untold. Serves PDF text and block
    extractions whose notes give their markers on lines of their own. Only where the line above the marker ends its
    clause (a paragraph's end, "… of the programme,"): a number alone in the middle of a sentence ("… and that the" /
    "1" / "Secretary-General shall …") is a page's number, and the line under it the sentence's rest, no note's; and
    a line that opens a numbered paragraph ("3. Decides …") is no note's text either."""
    marker = f.doc.unplaced.pop(number, None)
    if marker is None:
        return
    doc = f.doc
    # (the lines above read by index, back to the first that holds text: a copy of the lines above for every lone
    # number made the reader's time grow with the square of a text of numbers alone — benchmarks/scaling.py)
    above = next((doc.stripped[k] for k in range(number - 2, -1, -1) if doc.stripped[k]), "")
    text = doc.stripped[j]
    if (above.endswith(_ENDS_CLAUSE) and doc.lang.paragraph_number.match(text) is None
            and _NUMBER_STOP_APART.match(text) is None):
        doc.unplaced[j + 1] = marker
        doc.unplaced_under[j + 1] = number
        if number - 1 in doc.furniture:  # (the lone number dropped as a page's: the warning says so)
            doc.unplaced_dropped.add(j + 1)


def marker_repeated(f: _Flow, marker: str, following: str, number: int) -> bool:
    """marker-repeated: a note's marker on a line of its own over a line that opens with the same number
    ("7" / "7 A/73/201、A/74/272。") is that note's marker, its text printing the raised number again —
    as notes whose text keeps its own superscript give it, the block extractor setting the marker apart
    as a block of its own: one note, read with the number its text opens with (nothing dropped). Taken
    for a page's number with a note of its own under it, the lone number was read as running text, which
    ended the footnote block under the rule: the note was refused and ran into the paragraph above."""
    if following != marker:
        return False
    f.doc.fired("marker-repeated", number)
    return True


def mark_alone_on_line(f: _Flow, marker: str, number: int, page: bool = False) -> bool:
    """mark-alone-on-line: a number alone on its line, right under a line of the body's running text, that may be
    a coming note's number (past the notes read, by less than FIRST_NOTE_MAX: the page's notes under its text
    are read after it), where a note of that number opens a line further on, is that note's mark set
    apart, which the wrap put on a line of its own ("… 执行《行动纲领》，" / "6"; a script without spaces
    breaks anywhere): it goes back to the end of the line above, set apart, where the rules of marks set
    apart find it when the note comes. Left a line of its own, no rule read a mark there, the note was
    refused and its text ran into the paragraph it stood under. page: the page furniture took the number
    for a page's (a bare page number stands among blank lines and furniture, not between two lines of
    running text: the line under it must be running text too). Not right above a note's first line: the page's
    notes start there, and the number is left as it was read. Serves PDF text and extractions whose marks stand
    apart."""
    doc = f.doc
    lines = doc.lines
    numbers = _numbers_defined(marker, f.defined)
    if f.page_break and f.body_from is not None and lines:
        return mark_alone_over_page(f, marker, number, numbers)
    if (f.body_from is None or f.pending is not None or f.page_break or not lines
            or not _right_under(f, number) or not _may_come(f, marker, number, numbers)):
        return False
    under = _index_under(f, number)
    below = doc.stripped[under] if under < len(doc.stripped) else ""
    # (A note's first line right under it: the page's notes start there, and the number is read as it was; the
    # page's furniture under it — past the blank line of double spacing too —: a page's number.)
    if (_FOOTNOTE_START.match(below) or (page and (not below or under in doc.furniture or _LONE_MARKER.match(below)))
            or (under != number and under in doc.furniture)):
        return False
    if not _note_ahead(doc, marker, number):
        return False
    lines[-1].text = f"{lines[-1].text} {marker}"
    f.search.set_back[marker] = len(lines) - 1
    doc.fired("mark-alone-on-line", number)
    return True


def _note_below(f: _Flow, marker: str, number: int) -> bool:
    """mark-alone-over-split-note: for mark-alone-over-page, the page's foot gives the note of that number, on one line
    with its text (note-again-below) or as its marker alone over its text (marker-again-below: notes split so, "20" /
    "See document UNEP/…"): either way the number above is the note's mark the page break set apart. Asked of the
    first only, the split note's mark was read as nothing, the note refused and its text run into the paragraph the
    page's foot cut. (PDF text whose marks stand apart and whose notes give their markers on lines of their own.)
    Never where another line holding only that marker stands between the number and the note's: that one is the
    note's mark set apart ("… and medicine," / "2"), and the number above is the page's own."""
    if note_again_below(f.doc, marker, number):
        return True
    if not marker_again_below(f, marker, number) or _lone_before_note(f, marker, number):
        return False
    f.doc.fired("mark-alone-over-split-note", number)
    return True


def _lone_before_note(f: _Flow, marker: str, number: int) -> bool:
    """mark-alone-over-split-note: whether a line holding only the marker stands under line `number` above the note's
    marker over its text (the line marker-again-below found; f.lone_lines is filled by it)."""
    doc = f.doc
    lone = (f.lone_lines or {}).get(marker, [])
    first = next(islice(lone, bisect_left(lone, number), None), None)  # (the note's line, or one above it)
    return first is not None and not (_text_below(doc, first) and _same_page_note(doc, first))


def mark_alone_over_page(f: _Flow, marker: str, number: int, numbers: list[int]) -> bool:
    """mark-alone-over-page: a number alone on the first line of a page's text (under its running head), right
    after a page whose foot printed the page's number (a job number and page line, or a page number: a page
    numbers itself once), that may be a coming note's number (mark-alone-on-line), over a line of running text,
    where this page's foot gives the note of that number (note-again-below), is that note's mark set apart: the wrap
    put it on a line of its own and the page break on the next page ("… by 2036," / foot / head / "14" / "Noting
    …"), whose foot then holds its note. It goes back to the end of the last line of running text, set apart, where
    the rules of marks set apart find it when the note comes. Taken for the page's number, it was dropped, the note
    was refused and its text ran into the paragraph it stood under. Serves PDF text whose marks stand apart."""
    doc = f.doc
    if _LONE_MARKER.match(marker) is None:  # (a page's furniture: a barcode "*3104417*", a page "3/11")
        return False
    under = next((k for k in range(number, len(doc.stripped)) if doc.stripped[k]), None)
    below = doc.stripped[under] if under is not None else ""
    if (under is None or under in doc.furniture or _FOOTNOTE_START.match(below) or _LONE_MARKER.match(below)
            or not _may_come(f, marker, number, numbers) or not _numbered_foot_above(f, number)
            or not _note_below(f, marker, number) or _own_mark_below(doc, marker, number)):
        return False
    f.pending = _close(f)
    f.in_notes = False
    doc.lines[-1].text = f"{doc.lines[-1].text} {marker}"
    f.search.set_back[marker] = len(doc.lines) - 1
    f.over_page[len(doc.lines) - 1] = marker
    doc.fired("mark-alone-over-page", number)
    return True


def _set_back_unused(f: _Flow) -> None:
    """mark-alone-over-page, its safeguard (no rule of its own: it reads no layout): a number the rule set back at the
    end of the line above that no note took as its mark (another line gave the note's mark) goes out of the text
    again — it was the page's own number, as read before the rule, never a word of the paragraph the page cut
    ("… far from any harbour, 2")."""
    for i, marker in f.over_page.items():
        line = f.doc.lines[i] if i < len(f.doc.lines) else None
        if line is not None and line.text.endswith(f" {marker}"):
            line.text = line.text[:-len(marker) - 1]


def _numbered_foot_above(f: _Flow, number: int) -> bool:
    """Whether a page foot numbers a page — the one between the last line of running text and line `number` (the
    page before), or this page's own, the first foot under line `number`: a job number's line with the page's
    number ("23-73535 3/11", "3 24-60434") or a page number alone. Not the first page's foot ("36-00044 (E) 151236":
    a job number and a print date) nor a barcode, which number no page: where no foot numbers the pages, the lone
    number over the page's text may be the page's own number."""
    doc = f.doc
    numbered = [k for k, (kind, *_) in doc.furniture.items()
                if kind in ("job", "page") and _PAGE_NUMBER_TOKEN.search(doc.stripped[k])]
    return any(doc.lines[-1].number <= k < number - 1 for k in numbered) or min(
        (k for k in doc.furniture if k > number and doc.furniture[k][0] in ("job", "page")), default=-1) in numbered


# A page's number in a foot line: one to three digits, or "n/N", standing alone among its tokens.
_PAGE_NUMBER_TOKEN = re.compile(r"(?<!\S)\d{1,3}(?:/\d{1,3})?(?!\S)")


def _own_mark_below(doc: Doc, marker: str, number: int) -> bool:
    """Whether the page's text under line `number`, down to the note of that marker, prints the marker itself set
    apart at a line's end or before a clause's punctuation ("… and medicine, 2"): the note has its mark there, and
    the lone number above is the page's own, not a mark the wrap moved (mark-alone-over-page stands back)."""
    own = re.compile(rf"\s{re.escape(marker)}\s*(?:[,.;:]|$)")
    for k in range(number + 1, len(doc.stripped)):
        if (m := _FOOTNOTE_START.match(doc.stripped[k])) is not None and m["marker"] == marker:
            return False
        if k not in doc.furniture and own.search(doc.stripped[k]):
            return True
    return False


def _may_come(f: _Flow, marker: str, number: int, numbers: list[int]) -> bool:
    """For mark-alone-on-line: whether a number alone on line `number` may be a coming note's: past the notes read by
    less than FIRST_NOTE_MAX, or — no note read yet — one of a block of notes ahead (mark-alone-before-notes-block)."""
    ahead = int(marker.strip("()")) - (max(numbers) + 1 if numbers else 1)
    return 0 <= ahead < FIRST_NOTE_MAX or (not numbers and ahead > 0 and notes_block_ahead(f, marker, number))


def notes_block_ahead(f: _Flow, marker: str, number: int) -> bool:
    """mark-alone-before-notes-block: for mark-alone-on-line, where no note was read yet — the notes gathered at the
    end of the text —, a number alone on its line past the first notes' numbers ("… on trade facilitation," / "30")
    may be a coming note's when a line further on opens with that note and the note before it opens a line just
    above, its text between them ("29 Initiative on the Safe …" / "30 Memorandum of …"): a block of notes in sequence
    holds that number, which a page's number or a count is not given. Left a line of its own, the mark was dropped,
    the note left unreferenced, and its mark then sought at a number of the text further on ("2030 Agenda"). Not
    where the text before that note prints the marker itself as a mark (_own_mark_between)."""
    doc = f.doc
    bare = marker.strip("()")
    before = marker.replace(bare, str(int(bare) - 1))
    stripped = doc.stripped
    if f.note_starts is None:
        # (one pass over the text, not one per lone number: a long table of numbers alone on lines asks this often)
        f.note_starts = {}
        for k, line in enumerate(stripped):
            if (m := _FOOTNOTE_START.match(line)) is not None:
                f.note_starts.setdefault(m["marker"], []).append(k)
    for k in f.note_starts.get(marker, ()):
        if k < number:
            continue
        above = [j for j in range(max(number, k - 2 * HANGING_NOTE_LINES), k) if stripped[j]][-HANGING_NOTE_LINES:]
        if any((fm := _FOOTNOTE_START.match(stripped[j])) is not None and fm["marker"] == before for j in above):
            if _own_mark_between(doc, marker, number, k):  # (the text prints the note's mark: the number is not it)
                return False
            doc.fired("mark-alone-before-notes-block", number)
            return True
    return lone_markers_block_ahead(f, marker, before, number)


def lone_markers_block_ahead(f: _Flow, marker: str, before: str, number: int) -> bool:
    """mark-alone-before-lone-markers: mark-alone-before-notes-block for notes that give their markers on lines of
    their own, over their text ("13" / "Resolution 69/283, annex." / "14" / "Resolution S-22/2, annex."): where no
    note was read yet, a number alone on its line under the running text past the first notes' numbers ("… review
    documents," / "14") may be a coming note's when that number stands alone further on over a text, with the note
    before it alone over its text just above — a block of notes in sequence, which a page's number or a count is not
    given. Left a line of its own, the mark was dropped and then sought at a number of the text further on ("Goal 14"
    glued to its ideographs), and the marks of the notes after it, sought past that number, were all lost. Not where
    the text between the number and that note prints the marker itself as a mark (set apart at a line's end or
    before a clause's punctuation, "… of the springs, 11"): the note has its mark there, and the lone number is a
    page's number or a count the wrap left alone. Serves PDF text whose marks and markers both stand apart on lines
    of their own and whose notes stand at a page's foot."""
    doc = f.doc
    if f.lone_notes is None:
        f.lone_notes = _lone_notes(doc)
    lone = f.lone_notes.get(marker, [])
    # (the first note of that marker after the number, a note's marker over its text under the note before it: a
    # note is given once — a table's figure alone on its line over a text has no note before it just above)
    k = next(islice(lone, bisect_right(lone, number), None), None)
    if k is None or _own_mark_between(doc, marker, number, k):
        return False
    doc.fired("mark-alone-before-lone-markers", number)
    return True


# mark-alone-before-lone-markers: a note's marker alone over its text stands within this many non-blank lines under
# the marker of the note before it — that note's marker line and its text, a note being at most HANGING_NOTE_LINES
# lines long
_NOTE_BEFORE_SPAN = HANGING_NOTE_LINES + 1
# ... and within twice that many lines of the text, blank ones included (a blank line may follow each marker and
# each line of text)
_NOTE_BEFORE_LINES = 2 * _NOTE_BEFORE_SPAN


def _lone_notes(doc: Doc) -> dict[str, list[int]]:
    """mark-alone-before-lone-markers: the lines (in order, by marker) that hold a note's marker alone over its text
    with the marker of the note before it alone over its own text just above (one pass over the text, as a long
    table of numbers alone on lines asks this of every number)."""
    stripped = doc.stripped
    lone = _lone_lines(doc)
    out: dict[str, list[int]] = {}
    for marker, lines in lone.items():
        if _LONE_MARKER.match(marker) is None:
            continue
        bare = marker.strip("()")
        before = marker.replace(bare, str(int(bare) - 1))
        befores = lone.get(before, [])
        for k in lines:
            if not befores or not _text_below(doc, k):
                continue
            above = [j for j in range(max(0, k - _NOTE_BEFORE_LINES), k) if stripped[j]][-_NOTE_BEFORE_SPAN:]
            if any(stripped[j] == before and _text_below(doc, j) for j in above):
                out.setdefault(marker, []).append(k)
    return out


# (_own_mark_between: the clause punctuation a mark may stand glued after, in the scripts whose marks are glued —
# "工作，11" —, or before; not an enumeration's comma "、", nor a full stop before a digit: "14.2、14.4")
_OWN_MARK_AFTER = ",;:，；："


def _own_mark_between(doc: Doc, marker: str, number: int, end: int) -> bool:
    """Whether a line of text from line `number` (the line number of the lone number, 1-based: the index of the line
    under it) to line `end` (a note's marker) prints the marker set apart as a mark, at a line's end or before a
    clause's punctuation (_own_mark_below's test, bounded by the note)."""
    own = re.compile(rf"(?:\s|(?<=[{_OWN_MARK_AFTER}])){re.escape(marker)}\s*(?:[{_OWN_MARK_AFTER}、。]|\.(?!\d)|$)")
    return any(k not in doc.furniture and own.search(doc.stripped[k]) for k in range(number, end))


def _right_under(f: _Flow, number: int) -> bool:
    """Whether line `number` stands right under the last line of running text: the line above it — or,
    mark-alone-double-spaced, in double-spaced text (f.double_spaced), the line above the one blank line
    over it, as double spacing puts a blank line under every line, inside sentences too. Serves PDF text
    set double-spaced whose marks stand apart: the wrap put a mark on a line of its own, one blank line
    under its word ("… Nuclear Weapons;" / "" / "3"), and the blank line, which says nothing there, kept
    mark-alone-on-line from reading it; the mark was then sought in the text's own numbers
    ("GC(67)/RES/13", "103 Member States") and one of their digits was lost."""
    last = f.doc.lines[-1].number
    if not f.gap:
        return last == number - 1
    if f.double_spaced and last == number - 2:
        f.doc.fired("mark-alone-double-spaced", number)
        return True
    return _between_blocks(f, number)


# mark-alone-between-blocks: the number a numbered paragraph opens with ("1. Takes note …").
_NUMBERED_OPENING = re.compile(r"(\d{1,3})\.\s")


def _between_blocks(f: _Flow, number: int) -> bool:
    """mark-alone-between-blocks: in text of blocks set apart by blank lines (f.gapped_blocks: a blank line under
    nearly every line, and the lines end their clauses — one block a paragraph, not a wrapped line), a number alone
    one blank line under a block of running text that ended its clause ("… in its resolution 76/149;" / "" / "11")
    is a block of its own the extractor made of the paragraph's last mark, which the print's wrap put on a line of
    its own: mark-alone-on-line reads it as in double-spaced text (its note must still come further on). Left a
    block of its own, the number was dropped, and the note's mark was sought at a number of the text before it
    ("paragraphs 11, 13 and 54"), which lost its digits. Serves block extractions apart by blank lines whose marks
    stand apart."""
    doc = f.doc
    last = doc.lines[-1]
    if not (f.gapped_blocks and last.number == number - 2 and finished(last.text.rstrip())):
        return False
    marker = doc.stripped[number - 1]
    if _set_apart_ahead(doc, marker, number) or _next_number_alone(f, last.text, marker, number):
        return False
    doc.fired("mark-alone-between-blocks", number)
    return True


def _set_apart_ahead(doc: Doc, marker: str, number: int) -> bool:
    """mark-alone-between-blocks stands back where the note's marker stands set apart in the text between the lone
    number and the note ("… in cities, 2 prepared …"): the note's mark is there, and the lone number a page's
    number the extractor made a block of. (Marks set apart: the rules of marks set apart find it.)"""
    apart = re.compile(rf"[^\s\d]\s{re.escape(marker)}\s[^\s\d]")
    for line in islice(doc.stripped, number, None):
        if line == marker or ((m := _FOOTNOTE_START.match(line)) is not None and m["marker"] == marker):
            return False
        if apart.search(line):
            return True
    return False


def _next_number_alone(f: _Flow, above: str, marker: str, number: int) -> bool:
    """mark-alone-between-blocks stands back where the lone number is the next paragraph's number, the block above
    opening with the one before ("1. Takes note …" / "" / "2" / "" / "Encourages …") and the block under it with a
    head of the table: a paragraph number without its stop, which the extractor made a block of."""
    numbered = _NUMBERED_OPENING.match(above)
    if numbered is None or not marker.isdigit() or int(numbered[1]) + 1 != int(marker):
        return False
    under = _index_under(f, number)
    return under < len(f.doc.stripped) and starts_with_head(f.doc.lang, f.doc.stripped[under])


def _double_spaced(doc: Doc) -> bool:
    """Whether the text is double-spaced: a blank line under nearly every line (DOUBLE_SHARE), and under lines that
    end no clause too (a word cut by the wrap: DOUBLE_OPEN_SHARE of those with a blank under them) — the
    paragraphs of a block extraction, one line each with a blank line between, end their clauses."""
    spaced = _spaced_lines(doc)
    if spaced is None:
        return False
    open_end = sum(1 for k in spaced if doc.stripped[k][-1].isalpha())
    return open_end >= DOUBLE_OPEN_SHARE * len(spaced)


def _gapped_blocks(doc: Doc) -> bool:
    """mark-alone-between-blocks: whether the text's lines stand apart by blank lines (a blank line under
    DOUBLE_SHARE of them, as in double-spaced text) while they end their clauses (fewer than DOUBLE_OPEN_SHARE end in
    a letter): blocks of an extraction, one paragraph (or the half a page cut) to a line. (Asked where the text is
    not double-spaced: the share of open ends is that test's.)"""
    return _spaced_lines(doc) is not None


def _spaced_lines(doc: Doc) -> list[int] | None:
    """For _double_spaced and _gapped_blocks: the indexes of the text's lines (the page furniture's aside) with a blank
    line under them, where those are DOUBLE_SHARE of them at least, of DOUBLE_MIN_LINES or more; else None."""
    stripped = doc.stripped
    text = [k for k in range(len(stripped) - 1) if stripped[k] and k not in doc.furniture]
    if len(text) < DOUBLE_MIN_LINES:
        return None
    spaced = [k for k in text if not stripped[k + 1]]
    return spaced if len(spaced) >= DOUBLE_SHARE * len(text) else None


def _index_under(f: _Flow, number: int) -> int:
    """The index of the line right under line `number` — in double-spaced text, of the one under the blank line
    after it (the blank line says nothing there: mark-alone-double-spaced)."""
    stripped = f.doc.stripped
    skip = f.double_spaced or f.gapped_blocks
    return number + 1 if skip and number + 1 < len(stripped) and not stripped[number] else number


def _note_ahead(doc: Doc, marker: str, number: int) -> bool:
    """Whether a line after line `number` opens with `marker` and a note's text ("6 同上，第75段。") — or holds the
    marker alone, over the note's text (mark-over-lone-marker)."""
    for k, line in enumerate(islice(doc.stripped, number, None), start=number):
        if not line.startswith(marker):
            continue
        if (m := _FOOTNOTE_START.match(line)) is not None and m["marker"] == marker:
            if not _date_alone(doc, line, number):
                return True
            continue
        if line == marker and _text_below(doc, k):
            doc.fired("mark-over-lone-marker", number)
            return True
    return False


def _date_alone(doc: Doc, line: str, number: int) -> bool:
    """date-alone-no-note: a line that is a date and nothing else ("1 сентября 2023 года", "5 December 2031") is the
    closing's adoption date under its meeting line (or a cover's issue date), not a note whose marker is the date's
    day: a note gives a reference or a sentence after its marker, never a date alone. Taken for the note ahead of a
    number alone on its line under the running text (mark-alone-on-line), it made that number — the marker of a note
    printed as two blocks, "1" / "Резолюция 70/1." — a mark set back at the line above, and the note's text ran into
    the paragraph the page cut there, its second half read as a paragraph of its own. (Block extractions whose
    notes stand at the foot, marker and text apart, in a resolution adopted on a day that is a note's number.) Nor
    does a date alone open a note of its own: the cover's issue date on a line of its own ("3 May 2023", in the
    cover's language whatever the text's: the cover's "Distr." beside the body's name, in columns, not known for
    the distribution's), in a short text whose symbol ends with the day's digit ("A/RES/77/283" + "3" read as the
    mark), was read as note 3, which ran over the whole page, formula and paragraphs: the text gave no output.
    (Short texts of one page, in any layout that prints the cover's date alone.)"""
    if any_date(line) is None:
        return False
    doc.fired("date-alone-no-note", number)
    return True


def _text_below(doc: Doc, k: int) -> bool:
    """mark-over-lone-marker: a note's marker on a line of its own (index k) with its text on the next line, blank
    lines aside (the note form marker-alone reads), is a note ahead for mark-alone-on-line as "6 text" is: the
    number alone on a line under the running text is that note's mark the wrap set on a line of its own. Serves
    PDF text and block extractions that set both a note's marks and its markers apart on lines of their own
    ("… transplantation:" / "11" … "11" / "World Health Organization, …"): the mark, left a line of running
    text, was never found, the note was refused and its text ran into the paragraph it stood under. Not over a
    line that opens with a number (a page's number over the next note) nor over the page's furniture."""
    stripped = doc.stripped
    for j in range(k + 1, min(len(stripped), k + MARKER_ALONE_GAP + 2)):
        if not stripped[j]:
            continue
        return j not in doc.furniture and stripped[j][0] not in _NOTE_FIRST
    return False


def text_opens_with_date(f: _Flow, number: int) -> bool:
    """marker-alone-before-date: under a note's marker on a line of its own, a line that opens with a date ("1" /
    "28 июня 2011 года Организация … изменила свое название …") is the note's text, not a note of its own whose
    number is the date's day (which, out of sequence, was refused: the marker was taken for a page number, and
    every later note of the block, no first note read, was read as a line of the closing). Serves block
    extractions that give a note's number and its text as two blocks."""
    if not f.doc.lang.starts_with_date(f.doc.stripped[number - 1]):
        return False
    f.doc.fired("marker-alone-before-date", number)
    return True


def text_opens_with_day_month(f: _Flow, number: int) -> bool:
    """marker-alone-before-day-month: under a note's marker on a line of its own, a line that opens with a day and its
    month, the year not after them — a range of dates, "30 января — 10 февраля 2023 года …", whose year closes the
    range — is the note's text, as marker-alone-before-date reads a whole date there: a note of its own never opens
    its text with a month's name after its number. (Refused, the note was read as a page number and a line of text,
    and its mark left in the paragraph.) Serves block extractions and PDF text that give a note's number and its
    text on two lines."""
    if not f.doc.lang.starts_with_day_month(f.doc.stripped[number - 1]):
        return False
    f.doc.fired("marker-alone-before-day-month", number)
    return True


def star_text(f: _Flow, number: int, text: str) -> bool:
    """marker-alone-star-text: a numbered marker on a line of its own before a line that opens with a star
    ("1" / "* В соответствии с правилом 72 …") has that line for its text — the note's text opens with the
    star of the note it took in (the UN's markup gives a star note so, inside note 1) — when it reads as a
    note (marker-alone asks: the next note in sequence, under the rule where the text draws one, its mark
    found): a page's number does not stand above a star note. (Read as a star note, the numbered note was
    lost, and every later note out of sequence with it.) Serves block extractions and PDF text that give a
    note's number and its text as two lines."""
    if not text.startswith("*"):
        return False
    f.doc.fired("marker-alone-star-text", number)
    return True


# A cover's issue date is a short line.
LATE_DATE_MAX = 40


def cover_item_late(f: _Flow, text: str, number: int) -> bool:
    """cover-item-late: the distribution ("Distr.: General", also with the issue date on its line)
    and the issue date under it are the cover's wherever they stand — extractions that read the
    first page's right-hand column last put them after the page's text, or at the end, past the
    closing. Held apart and put back at the cover (where they stood there already, nothing moves)."""
    lg = f.doc.lang
    if _distribution(lg, text):
        f.late.append(Line(text, number))
        f.after_distribution = not dated_distribution(f, text, number)
        if number > COVER_LINES:  # (the cover is within its first lines)
            f.doc.fired("cover-item-late", number)
        return True
    if f.after_distribution and len(text) < LATE_DATE_MAX and any_date(text):
        f.late.append(Line(text, number))
        f.after_distribution = False
        if number > COVER_LINES:  # (the cover is within its first lines)
            f.doc.fired("cover-item-late", number)
        return True
    f.after_distribution = False
    return False


def dated_distribution(f: _Flow, text: str, number: int) -> bool:
    """late-distribution-dated: a distribution met late that carries its issue date on its line ("Distr.:
    General 13 December 2022") awaits no date under it: a date there ("20 июня 2022 года," after the page's
    notes and the late cover items) is the running text's — the rest of a paragraph a page cut before its
    date —, which, taken for the issue date, was moved to the cover and lost to its paragraph. Serves block
    extractions and PDF text that read the first page's right-hand column last."""
    if number <= COVER_LINES or not _with_date(f.doc.lang, text):
        return False
    f.doc.fired("late-distribution-dated", number)
    return True


def _distribution(lg: Lang, text: str) -> bool:
    """The distribution ("Distr.: General"), also with the issue date on its line: the cover's."""
    return text.startswith(DISTRIBUTION) and bool(lg.match("distribution", text) or _with_date(lg, text))


def _with_date(lg: Lang, text: str) -> bool:
    """"Distr.: General 5 December 2024": the distribution, then a date."""
    for k, c in enumerate(text):
        if c == " " and text[k + 1:k + 2].isdigit():
            return bool(lg.match("distribution", text[:k]) and any_date(text[k + 1:]))
    return False


_BARE_NUMBER = re.compile(r"^(\d{1,3}) (?=\S)")
_DIGITS = re.compile(r"\d+")


def number_without_stop(f: _Flow, text: str, number: int) -> str:
    """number-without-stop: "2 Encourages …" after paragraph 1 and a finished line is paragraph 2
    printed without its full stop (a typesetting slip); without it the paragraph ran into the one
    before. Only the next number in sequence, before a known paragraph head; the number is written
    as the table writes paragraph numbers."""
    lg = f.doc.lang
    if lg.paragraph_number.match(text):
        m = _DIGITS.match(text)
        f.last_number = int(m.group()) if m else f.last_number
        return text
    m = _BARE_NUMBER.match(text)
    lines = f.doc.lines
    if (m is None or int(m[1]) != f.last_number + 1 or f.last_number == 0 or not lines
            or not finished(lines[-1].text) or not starts_with_head(lg, text[m.end():])):
        return text
    if late_date(f, text, number):
        return text
    f.last_number += 1
    f.doc.fired("number-without-stop", number)
    return f"{lg.format_paragraph_number(m[1])} {text[m.end():]}"


# A line that holds a paragraph number alone: as the table writes it ("6.", Arabic "6 -") or parted from its stop
# ("6 .").
_PARTED_ALONE = re.compile(r"^(?P<num>\d{1,4}) \.$")
# (number-alone-by-count: a paragraph number parted from its stop, alone or before its text)
_PARTED_NUMBER = re.compile(r"^(?P<num>\d{1,4}) \.(?:\s+|$)")


def number_alone(f: _Flow, stripped: str, number: int) -> tuple[int, str] | None:
    """number-alone-joins: a line that holds only the next paragraph number, or 1 where parts start again ("6.",
    "6 .", Arabic "6 -"), after a finished line, over a line of text — or under a heading, over a line that opens with
    a paragraph's head —, is that paragraph's number: extractors that cut a page into text boxes (pdfminer and the
    tools built on it) give the number, which a tab parts from its text, as a box of its own. The two lines are read
    as one (the number's line, its indent); the index of the text's line is returned with it. Read apart, the number
    was taken for a note's mark with the clause's stop ("…；" / "6." made "；."), or for a paragraph of its own, and
    the paragraph ran into the one before. (Blank lines between the two are passed over; a page's furniture or break
    between them is not: then nothing is joined.)"""
    doc, lg = f.doc, f.doc.lang
    m = _PARTED_ALONE.match(stripped) or lg.paragraph_number.match(stripped)
    if m is None or m.end() != len(stripped):
        return _number_label_glued(f, stripped, number)
    n = int(m["num"])
    lines = doc.lines
    # (numbers start again at 1 in a resolution's parts and sections)
    if not lines or (n not in (1, f.last_number + 1) and not _under_formula(f, n)):
        return None
    below = _text_under(f, number)
    # (never over a note: "(1) انظر …", "* …", "2 A/91/300." open no paragraph's text)
    if below is None or (text := doc.stripped[below])[0] in _NOTE_FIRST:
        return None
    below, text, label_line = _label_alone_under(f, below, text)
    if n not in (1, f.last_number + 1) and not _under_formula_fits(f, below, n, text):
        _under_formula_told(f, stripped, n, number)
        return None
    rule = _alone_rule(f, below, n, text)
    if rule is None:
        return None
    _trace_alone(f, rule, n, text, number, below)
    f.last_number = n
    if label_line is not None:
        doc.fired("number-label-alone-joins", label_line)
    return below, f"{lg.format_paragraph_number(str(n))} {text}"


# number-label-glued-joins: the paragraph's number, its stop and an item's label with no space between ("58.b)")
_NUMBER_LABEL_GLUED = re.compile(r"(?P<num>\d{1,4})\.(?P<label>\S{1,6})")


def _number_label_glued(f: _Flow, stripped: str, number: int) -> tuple[int, str] | None:
    """number-label-glued-joins: a line that holds only the number of the paragraph being read glued to an item's
    label ("58.b)", as the UN's files number a paragraph's later item that opens a request of its own), after a
    finished line ("… notamment sur :"), over a line of text that opens with no label or number, is that item's label:
    a text-box extractor gave it as a box of its own, as it gives a label alone (label-alone-joins). The two lines
    are read as one, the number and label kept before the text as printed. Read apart, the number and the label ran
    into the paragraph's text as its last words, and the item's text, a short line under them, was taken for the
    next paragraph's heading."""
    doc, lg = f.doc, f.doc.lang
    m = _NUMBER_LABEL_GLUED.fullmatch(stripped)
    if m is None or int(m["num"]) != f.last_number or not doc.lines or not finished(doc.lines[-1].text):
        return None
    below = _text_under(f, number)
    if below is None or (text := doc.stripped[below])[0] in _NOTE_FIRST or label(lg, text) is not None:
        return None
    found = label(lg, f"{m['label']} {text}")
    if found is None or found[0] != m["label"] or (lg.paragraph_number.match(text) or _DIGITS.match(text)):
        return None
    doc.fired("number-label-glued-joins", number)
    return below, f"{stripped} {text}"


def _alone_rule(f: _Flow, below: int, n: int, text: str) -> str | None:
    """The rule that reads a number alone as paragraph n's over line `below` (its text), if any."""
    # (After a finished line the number is no note's mark, which never follows the clause's punctuation with a stop
    # of its own: any line of text may be its paragraph's. Under a heading, the line must open with a head; under any
    # other line, the text's count must say so as well: number-alone-by-count.)
    lines, lg = f.doc.lines, f.doc.lang
    if _after_question(lines[-1].text):
        return "number-alone-after-question"
    if finished(lines[-1].text) or (_heading_above(lines) and starts_with_head(lg, text)):
        return "number-alone-joins"
    if _section_title_above(lg, lines) and starts_with_head(lg, text):
        return "number-alone-under-section-title"
    return _count_rule(f, below, n, text)


def _section_title_above(lg: Lang, lines: list[Line]) -> bool:
    """number-alone-under-section-title: whether the last lines read are a section's title under the section's label
    alone on its line (the table's section labels: "IV", "四", "رابعا"), the label under a finished line, the title's
    lines of a heading's shape and none ending with the clause's or the sentence's punctuation. Such a title may open
    with a word the table lists as a paragraph's head ("四" / "纪念《公约》通过……四十周年", a head "纪念" as well,
    where a language without case tells heads by their phrase), which _title_like refuses; a number alone under it
    ("62 .") is then the section's first paragraph's over a line that opens with a head, as under any heading
    (number-alone-joins) — a note's mark with its stop, which number-alone-by-count guards against, follows no title.
    Read apart, the number and the paragraphs after it ran into the title, unnumbered. (The General Assembly's
    resolutions in sections, in text-box or block extractions.)"""
    k = len(lines) - 1
    while (k > 0 and len(lines) - 1 - k < _TITLE_LINES_MAX and lines[k].text.strip() not in lg.section_labels
           and _section_title_line(lines[k])):
        k -= 1
    return (k < len(lines) - 1 and k >= 1 and lines[k].text.strip() in lg.section_labels
            and finished(lines[k - 1].text))


def _section_title_line(line: Line) -> bool:
    """Whether a line may be a section title's: a heading's shape, no clause's or sentence's punctuation at its end."""
    text = line.text.rstrip().rstrip(_QUOTES_AFTER)
    return _heading_shape(line) and text[-1:] not in _ENDS_SENTENCE and text[-1:] not in _CLAUSE_PUNCTUATION


def _trace_alone(f: _Flow, rule: str, n: int, text: str, number: int, below: int) -> None:
    """Traces a number alone read as paragraph n's by `rule` at line `number`, and the rules that let it be."""
    doc, lg = f.doc, f.doc.lang
    if n not in (1, f.last_number + 1):
        doc.fired("number-alone-under-formula", number)
    doc.fired(rule, number)
    # (a note numbered n under it would have kept it a mark, but that note's mark stands above)
    if rule in _COUNTED and _mark_over_words(f, below, n):
        doc.fired("number-alone-note-marked", number)
    if rule in _COUNTED and not starts_with_head(lg, text) and not _like_paragraph(lg, text):
        doc.fired("number-alone-lower-case-task" if _lower_case_task(lg, text) else "number-alone-caseless-task",
                  number)
    if rule == "number-alone-by-count" and _wrapped_title(lg, doc.lines):
        doc.fired("number-alone-under-wrapped-title", number)


_COUNTED = ("number-alone-by-count", "number-alone-no-note")


def _under_formula(f: _Flow, n: int) -> bool:
    """number-alone-under-formula: a line that holds only a paragraph number, right under the enacting formula and
    before any number was read ("大会，" / "3 ." / "建议所有国家…"), is that paragraph's number whatever its value: a
    text cut from a longer one (an excerpt that opens with its third paragraph) numbers its first paragraph so, and
    no note's mark with its stop stands under the formula, which ends with its comma. (The line under it must still
    be a paragraph's text, as number-alone-joins asks.) Read apart, the number was a paragraph of its own."""
    lines = f.doc.lines
    if f.last_number or f.body_from is None or len(lines) - 1 != f.body_from:
        return False
    return True


def _under_formula_fits(f: _Flow, below: int, n: int, text: str) -> bool:
    """number-alone-under-formula, asked of the line under the number (`below`, its text): it opens with a paragraph
    head of the table, and the next paragraph number printed under it, if any, goes on in sequence (n + 1). A
    preamble's paragraph under a number (a "2 ." read apart above "Recalling …", "1. Decides" further down), a cut
    item in lower case under it, or a count that starts again after it: the number is no excerpt's first paragraph's,
    and is left as it was read."""
    if not starts_with_head(f.doc.lang, text, known=True):
        return False
    printed = _next_printed(f, below)
    return printed is None or printed == n + 1


def _next_printed(f: _Flow, below: int) -> int | None:
    """The next paragraph number printed under line index `below`, or None."""
    lg = f.doc.lang
    for line in f.doc.stripped[below + 1:]:
        m = _PARTED_NUMBER.match(line) or lg.paragraph_number.match(line)
        if m is not None and (d := _DIGITS.match(line)) is not None:
            return int(d.group())
    return None


def _under_formula_told(f: _Flow, stripped: str, n: int, number: int) -> None:
    """number-alone-under-formula-told: a paragraph number alone right under the enacting formula ("2 ."), not 1, that
    number-alone-under-formula does not read as the first paragraph's number — the line under it opens no operative
    paragraph (a preambular one, "Recalling …", or an item's rest in lower case) or the count starts again further
    on ("1 ." below) — is left as the line it is, a paragraph of its own that holds a number alone: the text does not
    say whether it was an excerpt's first paragraph number, a page's number or a stray line, and nothing told the
    user (the model validates). It is told (text-boundary-guessed). The warning claims no reading: this rule only
    declines to join the number to the text under it, and later stages may still read the line as paragraph n's
    number over that text ("4." over "and of the silting …;": operative paragraph 4) or as a line of text ("2 ." over
    "Recalling …"). Serves PDF text and text-box extractions whose numbers stand on lines of their own."""
    f.doc.fired("number-alone-under-formula-told", number)
    f.doc.warn("text-boundary-guessed", f"line {number} {stripped!r} holds a paragraph number alone under the "
               f"enacting formula, but the text under it does not go on as paragraph {n} would: the text does not say "
               "whether it is an excerpt's first paragraph number, a page's number or a stray line, and the "
               "paragraphs read there may be wrong", number)


_QUESTION_END = frozenset(punctuation("question", "exclamation"))


def _after_question(text: str) -> bool:
    """number-alone-after-question: a line that holds only the next paragraph number, under a line that ends with a
    question mark (its closing quote after it), is that paragraph's number as under a finished line: the question
    ended the item before it ("(b) … what legal consequences arise for all States?" / "19." / "Requests the
    Secretary-General …", the questions put to a court for an advisory opinion). A note's mark with its sentence's
    stop stands under no question: the question mark is the sentence's stop. (number-after-question reads a number
    on the line of its text so.) Read apart, the number and the next paragraph ran into the question's item, and
    the paragraph was taken for the list's closing words."""
    return text.rstrip().rstrip(_QUOTES_AFTER)[-1:] in _QUESTION_END


def _label_alone_under(f: _Flow, below: int, text: str) -> tuple[int, str, int | None]:
    """number-label-alone-joins: under a paragraph's number alone, its first item's label alone on a line of its own,
    then a line of text that opens with no label ("58." / "a)" / "Solicita al Secretario General …", the paragraph's
    text opening with its item's label): the three lines are one, the number's, as UN print sets them — the number, a
    tab, the label, a tab, the text — and text-box extractors give each as a box of its own (see number-alone-joins).
    Read apart, the number took the label for its text and the text opened a paragraph of its own (a heading over
    the next item). The line under the number and its text as they were otherwise; and the label's line where the
    three are one (traced by number_alone once it joins them)."""
    lg = f.doc.lang
    found = label(lg, text)
    if found is None or found[2] != len(text) or len(text) > _LABEL_ALONE_MAX or _BRACKETED_NUMBER.search(text):
        return below, text, None
    under = _text_under(f, below + 1)
    if under is None or (rest := f.doc.stripped[under])[0] in _NOTE_FIRST or label(lg, rest) is not None:
        return below, text, None
    return under, f"{text} {rest}", below + 1


# number-alone-by-count: how many lines under a number alone the next paragraph number is looked for (a long
# paragraph, double spaced, with a page's notes under it)
COUNT_REACH = 400


def _count_rule(f: _Flow, below: int, n: int, text: str) -> str | None:
    """The rule that reads a number alone under a line neither finished nor a heading as paragraph n's, if any:
    number-alone-by-count (the text's count says so), else number-alone-no-note (no note numbered n to come)."""
    lg, lines = f.doc.lang, f.doc.lines
    if not (_opens_counted(lg, lines, text) and (n == f.last_number + 1 or _under_title(lg, lines))
            and not (_mark_over_words(f, below, n) and not _note_marked_above(f, n))):
        return None
    if _counted(f, below, n):
        return "number-alone-by-count"
    return "number-alone-no-note" if _no_note_numbered(f, below, n) else None


def _no_note_numbered(f: _Flow, below: int, n: int) -> bool:
    """number-alone-no-note: a line that holds only the next paragraph number n (n = the last number + 1), over a
    line that opens with a paragraph's head, under a line that is neither finished nor a heading — the last item of a
    list whose items end without punctuation ("(iv) Support the mobilisation of … assistance" / "4 ." / "Further
    decides …") — and with no paragraph number under it to the text's end (the text's last paragraph, or a text cut
    there), is that paragraph's number where the text holds no note numbered n under it (no line opening with n but
    the number itself, in any note form: "4 A/76/405.", "4/ …", "(4) …") and its notes are in the text (not taken
    apart from it, as from a PDF or Word file): a note's mark with its sentence's stop, which number-alone-by-count
    guards against, needs its note. Served: block and text-box extractions (one block a line, numbers alone) of a
    resolution whose last operative paragraph follows a list of items without punctuation. Read apart, the number
    and the last paragraph ran into the list's last item."""
    doc = f.doc
    if (doc.notes_apart or n != f.last_number + 1 or below + COUNT_REACH < len(doc.stripped)
            or _next_paragraph_number(f, below) is not None):
        return False
    note = re.compile(rf"\(?{n}(?!\d)(?!\s*\.)")
    return not any(note.match(doc.stripped[k]) for k in range(below + 1, len(doc.stripped)) if k not in doc.furniture)


def _next_paragraph_number(f: _Flow, below: int) -> int | None:
    """The next paragraph number the text prints under line `below` (alone on its line, or before a line's opening),
    looked for within COUNT_REACH lines; None where there is none."""
    doc, lg = f.doc, f.doc.lang
    for k in range(below + 1, min(len(doc.stripped), below + COUNT_REACH)):
        line = doc.stripped[k]
        if not line or k in doc.furniture:
            continue
        m = _PARTED_NUMBER.match(line) or lg.paragraph_number.match(line)
        if m is not None and (not (rest := line[m.end():].lstrip()) or _like_paragraph(lg, rest)):
            return int(m["num"])
    return None


def _counted(f: _Flow, below: int, n: int) -> bool:
    """number-alone-by-count: a line that holds only the next paragraph number n, over a line that opens like a
    paragraph (a capital, a head), under a line that is neither finished nor a heading over a finished one — a
    heading over the preamble's last line ("…,", its comma), a heading wrapped over two lines, an item without
    punctuation, "…; and", the formula without its comma — is that paragraph's number where the text's count says
    so: the next paragraph number the text prints (alone on its line, or before a line's opening) is n + 1 — or 1,
    where an annex's or a part's numbers start again, or none to the text's end, under its last paragraph. A note's
    mark with its sentence's stop, which the wrap left alone over a sentence that opens like a paragraph, is not:
    paragraph n is still to come ("… the northern" / "2." / "Requests …" / "2. Decides …"), or the count says
    nothing."""
    doc, lg = f.doc, f.doc.lang
    end = len(doc.stripped)
    for k in range(below + 1, min(end, below + COUNT_REACH)):
        line = doc.stripped[k]
        if not line or k in doc.furniture:
            continue
        m = _PARTED_NUMBER.match(line) or lg.paragraph_number.match(line)
        if m is None:
            continue
        rest = line[m.end():].lstrip()
        if not rest or _like_paragraph(lg, rest):
            # (1: an annex's or a part's numbers, which start again — paragraph n is not to come; after 1, where the
            # part the number opens holds one paragraph, under its heading)
            return int(m["num"]) == n + 1 or (int(m["num"]) == 1 and (n > 1 or _under_title(lg, f.doc.lines)))
    # (no number under it to the text's end: the last paragraph's, none to come — where the line above says a
    # paragraph may end there: "…; and", a heading, a sentence's end ("…from this status?", a question put to a court);
    # a sentence's last words over a mark and its stop say nothing)
    above = doc.lines[-1]
    return below + COUNT_REACH >= end and (_under_title(lg, doc.lines) or _conjunction_end(lg, above.text)
                                           or above.text.rstrip()[-1:] in _ENDS_SENTENCE)


def _opens_counted(lg: Lang, lines: list[Line], text: str) -> bool:
    """number-alone-by-count: the line under the number opens with a paragraph's head — or, under a heading's shape,
    like any paragraph (a capital: a mandate's tasks in the infinitive, "Garantizar la protección …", under their
    heading). A sentence under a sentence's last words ("The Assembly will …") or an annex's heading is no
    paragraph's text."""
    return starts_with_head(lg, text) or (_under_title(lg, lines) and (
        _like_paragraph(lg, text) or _lower_case_task(lg, text) or _caseless_task(text)))


def _lower_case_task(lg: Lang, text: str) -> bool:
    """number-alone-lower-case-task: in a language whose paragraphs open in lower case (Russian), a line that opens
    with a lower-case word opens like a paragraph as a capital does elsewhere — a mandate's tasks in the infinitive
    under their heading ("обеспечивать защиту персонала …", the Spanish "Garantizar la protección …"), which no table
    of heads lists. Only under a title: the count (_counted) must still say so."""
    return lg.openings.lower_case and text[:1].islower()


def _caseless_task(text: str) -> bool:
    """number-alone-caseless-task: in a script without case (Chinese, Arabic), a line that opens with a letter opens
    like a paragraph as a capital does elsewhere — a mandate's tasks under their heading ("保护联合国" / "30 ." /
    "确保联合国人员……", "ensure …"), which no table of heads lists and no capital can tell. Only under a title, as
    number-alone-lower-case-task: the count (_counted) must still say so. Read apart, the number was taken for an
    item's label, and the tasks after it ran into the paragraph before the heading, unnumbered."""
    first = text[:1]
    return first.isalpha() and first.lower() == first.upper()


def _conjunction_end(lg: Lang, text: str) -> bool:
    """Whether a line ends with a conjunction after a clause's punctuation, as a paragraph joined to the next does
    ("…; and", "…; et": the word as continues_after lists it) — not a preposition in mid-sentence ("… report of
    the")."""
    words = text.rstrip().split()
    return (len(words) >= 2 and words[-1].casefold() in lg.continues_after
            and words[-2][-1:] in _CLAUSE_PUNCTUATION)


def _mark_over_words(f: _Flow, below: int, n: int) -> bool:
    """number-alone-by-count gives way, under a sentence's words (no heading's shape, no "…; and"), where a note
    numbered n stands further down ("3 A/91/300.", Arabic "(3) …"): the number alone is then that note's mark with its
    sentence's stop, which the wrap left on a line of its own. (Under a heading or the formula, notes numbered as the
    paragraphs are say nothing.)"""
    above = f.doc.lines[-1]
    if _under_title(f.doc.lang, f.doc.lines) or _conjunction_end(f.doc.lang, above.text):
        return False
    markers, doc = (str(n), f"({n})"), f.doc
    # (not a page's foot, "4 23-97909", whose page number opens it as a marker would)
    return any((m := _FOOTNOTE_START.match(doc.stripped[k])) is not None and m["marker"] in markers
               and k not in doc.furniture for k in range(below + 1, min(len(doc.stripped), below + COUNT_REACH)))


def _note_marked_above(f: _Flow, n: int) -> bool:
    """number-alone-note-marked: the note numbered n under a number alone says nothing of it where the lines read
    above already hold that note's mark ("… of the World Summit on the Information Society,1" / "Taking stock: …" /
    "1 ." / "Welcomes …", the note "1 See A/C.2/59/3 …" further down): a note has one mark, and the number is its
    paragraph's, which the count says (number-alone-by-count). (Short texts of blocks whose first operative
    paragraph's number stands alone under a heading, after a preamble whose note bears the same number; read as the
    note's mark, the number ran into the heading and the paragraph lost it.)"""
    marker = str(n)
    # (The flow reads the marks later: here a mark is the note's number right after a clause's punctuation at the
    # end of a line read since the enacting formula — the part being read, its preamble —, as a PDF's text gives a
    # raised mark. Traced by _trace_alone, where the number is read as its paragraph's.)
    return any(_marked_end(ln.text, marker) for ln in f.doc.lines[f.body_from or 0:])


def _marked_end(text: str, marker: str) -> bool:
    """number-alone-note-marked: whether a line ends with a note's marker after a clause's punctuation ("…Society,1",
    "…Society, 1")."""
    body = text.rstrip()
    if not body.endswith(marker) or body[-len(marker) - 1:-len(marker)].isdigit():
        return False
    return body[:-len(marker)].rstrip()[-1:] in _CLAUSE_PUNCTUATION


def _like_paragraph(lg: Lang, text: str) -> bool:
    """Whether a line opens like a paragraph: a head (in lower case where the language's paragraphs open so), a
    capital, an opening phrase — not the closing ("Adopted at …", a meeting)."""
    if not (starts_with_head(lg, text) or opens(lg, text)):
        return False
    m = closing_or_meeting(lg).match(text)
    return m is None or not (m["closing"] or m["start"])


def _text_under(f: _Flow, number: int) -> int | None:
    """The index of the line of text under line `number` (1-based) for number-alone-joins and label-alone-joins,
    blank lines passed over; None where the page's furniture or a page break comes first, or the text's end."""
    doc = f.doc
    below = number
    while below < len(doc.stripped) and not doc.stripped[below]:
        if "\f" in doc.raw[below]:  # (a page break on a blank line)
            return None
        below += 1
    if below >= len(doc.stripped) or below in doc.furniture or "\f" in doc.raw[below] or below in f.taken:
        return None
    return below


# label-alone-joins: a sub-paragraph's label alone is a short line ("(aa)", "(iv)", "(أ)", "•"); a number in brackets
# is an Arabic text's note mark, never read so.
_LABEL_ALONE_MAX = 8
_BRACKETED_NUMBER = re.compile(r"\(\d+\)")


def label_alone(f: _Flow, stripped: str, number: int) -> tuple[int, str] | None:
    """label-alone-joins: a line that holds only a sub-paragraph's label ("(e)", "e)", "(أ)"), after a finished line,
    a heading or an item of the list, over a line of text that opens with no label or number, is that item's label:
    text-box extractors give the label, which a tab parts from its text, as a box of its own (see number-alone-joins).
    The two lines are read as one; the index of the text's line is returned with it. Read apart, an empty item was
    read and its text ran into it or into the item before ("a) b) Содействие…")."""
    lg, lines = f.doc.lang, f.doc.lines
    if len(stripped) > _LABEL_ALONE_MAX or _BRACKETED_NUMBER.search(stripped) or not lines:
        return None
    below = _text_under(f, number)
    if below is None or label(lg, text := f.doc.stripped[below]) is not None or (
            text[0] in _NOTE_FIRST and not _text_set_in(f, number, below)):
        return None
    # (the label as the table reads it before its text: a bullet is one only before words)
    found = label(lg, f"{stripped} {text}")
    if found is None:
        return _numeral_alone(f, stripped, number, below)
    if found[0] != stripped:
        return None
    # (an item of a list of short items without punctuation, "(c) Protection of civilians", stands above as well)
    if finished(lines[-1].text) or _heading_above(lines) or label(lg, lines[-1].text) is not None:
        rule = "label-alone-joins"
    elif _label_in_sequence(f, stripped):
        rule = "label-alone-in-sequence"
    elif _first_after_conjunction(lg, lines[-1].text, stripped):
        rule = "label-alone-after-conjunction"
    else:
        return None
    f.doc.fired(rule, number)
    return below, f"{stripped} {text}"


# numeral-alone-joins: a list's numeral the tables read as no label, with its stop ("一.", "A."): letters or ideographs
# (a number is number-alone-joins')
_NUMERAL_ALONE = re.compile(r"[^\W\d_]{1,3}\.")


def _numeral_alone(f: _Flow, stripped: str, number: int, below: int) -> tuple[int, str] | None:
    """numeral-alone-joins: a line that holds only a list's numeral with its stop that the tables read as no item's
    label ("一.", "A.": the paragraph's own list, which the UN's files keep in its text), after a finished line, over a
    line set in past it by a tab (label-alone-text-set-in), is that line's numeral: a text-box extractor gave it as a
    box of its own over UN print's columns ("…包括以下步骤：" / "一." / "非洲联盟主席和…"). The two are one line, the
    numeral before its text as printed. Read apart, the numeral opened a paragraph of its own and its text, set in,
    was taken for a heading and dropped."""
    # (in no lower case, as numeral-tab-column reads it: no word with its stop, "etc.")
    if not _NUMERAL_ALONE.fullmatch(stripped) or stripped != stripped.upper() or not finished(f.doc.lines[-1].text):
        return None
    if not _text_set_in(f, number, below):
        return None
    # (Not over an enacting formula, "A." / "The General Assembly,": a part's label, which the part rules read —
    # review, round thirty-two.)
    text = f.doc.stripped[below].rstrip(",，، ")
    if any(formula.rstrip(",，، ") == text for formula in f.doc.lang.formulas):
        return None
    f.doc.fired("numeral-alone-joins", number)
    return below, stripped + (" " if f.doc.lang.script.spaced else "") + f.doc.stripped[below]


def _first_after_conjunction(lg: Lang, above: str, stripped: str) -> bool:
    """label-alone-after-conjunction: a line that holds only the first label of a sequence ("a)", "(i)"), under a line
    that ends with a clause's punctuation and the word that joins it to what follows ("… en sus investigaciones, y",
    "…; and": _conjunction_end), is the first item's label: a paragraph that joins its list to its text so ("27. …
    faciliten información al Grupo …, y" / "a)" / "Solicita al …"), where a text-box extractor gave the label, which a
    tab parts from its text, as a box of its own (pdftotext -layout's columns as well). A wrap puts no cited label
    alone on its line. Read apart, the label went on with the paragraph and its item's text became a heading."""
    found = positions([stripped])
    return found is not None and found[1] == [1] and _conjunction_end(lg, above)


# label-alone-text-set-in: how much further in than a label alone the line under it stands, at the least, to be its
# text (the tab after a label is some four spaces wide; an extraction's indents vary by a space)
LABEL_TEXT_SET_IN = 2


def _text_set_in(f: _Flow, number: int, below: int) -> bool:
    """label-alone-text-set-in: a line under a label alone (line `number`, 1-based), set in past the label, is the
    label's text though it opens as a note's first line does, with a digit ("           a)" / "
    30 594 700 dollars correspondant …", an amount): UN print as pdftotext -layout gives it, where a text-box extractor
    also left the label alone on its line — the label set in, its text at the column after the tab; a page's notes
    stand at the margin, never past a label. Read apart, the label headed nothing and its text was taken for a
    heading."""
    raw = f.doc.raw
    if indent(raw[below]) < indent(raw[number - 1]) + LABEL_TEXT_SET_IN:
        return False
    f.doc.fired("label-alone-text-set-in", below + 1)
    return True


# label-alone-in-sequence: how many lines above a label alone the item before it is looked for (an item that wraps
# over a few lines; in UN print's columns, its text hung past a tab some twenty columns in, an item of a hundred words
# wraps over ten lines: S/RES/2699 es, round 34 — the search still stops at a paragraph's number)
SEQUENCE_REACH = 12


def _label_in_sequence(f: _Flow, stripped: str) -> bool:
    """label-alone-in-sequence: a line that holds only a sub-paragraph's label, under the last line of an item that
    wrapped without punctuation ("(b) Support for the extension of State authority, … and the" / "preservation of
    territorial integrity" / "(c)" / "Good offices …", a list of tasks by name), is that item's label where it follows
    the label of the item above in its sequence ((b) → (c), ii) → iii)): a wrap puts no label that goes on a list
    alone on its line — the label of a list cited in the running text ("… its paragraphs (a) and" / "(b)") is no
    next item's under an item's text. The item above is looked for a few lines up, within its paragraph."""
    lg = f.doc.lang
    for line in islice(reversed(f.doc.lines), SEQUENCE_REACH):
        if (found := label(lg, line.text)) is not None:
            return label_continues(found[0], stripped)
        if lg.paragraph_number.match(line.text):
            return False
    return False


# (number-alone-joins: the longest line read as a heading over the number)
_HEADING_ABOVE_MAX = 200


_SENTENCE_END = frozenset(punctuation("full_stop", "semicolon", "colon"))
_ENDS_SENTENCE = _SENTENCE_END | frozenset(punctuation("question", "exclamation"))  # (number-alone-by-count)
_QUOTES_AFTER = "".join(punctuation("closing_quotes"))


def _heading_above(lines: list[Line]) -> bool:
    """Whether the last line read is a heading standing alone over a paragraph ("Financing arrangements"): a short
    line without the clause's punctuation under a finished one. (Not a line a paragraph's wrap ended, which may hold
    a sentence's last words before a note's mark and its stop: "… in this regard" / "6.")"""
    # (A sentence's or a clause's end above it, not a comma — a paragraph's wrap goes on after one —, and a first
    # letter that is no word's going on.)
    return (len(lines) >= 2 and _heading_shape(lines[-1])
            and lines[-2].text.rstrip().rstrip(_QUOTES_AFTER)[-1:] in _SENTENCE_END)


def _under_title(lg: Lang, lines: list[Line]) -> bool:
    """number-alone-by-count: whether the last line read may end a title over a paragraph — a title's line
    (_title_like), or a short line in lower case under one: a heading wrapped over two lines, its rest the wrap or a
    page set apart ("Modalités de financement pour l'exercice allant du 1er juillet 2022" / "au 30 juin 2023")."""
    if not lines:
        return False
    last = lines[-1]
    return _title_like(lg, last) or (len(lines) >= 2 and len(last.text) <= _HEADING_ABOVE_MAX
                                     and last.text[:1].islower() and _title_like(lg, lines[-2])) or _wrapped_title(
        lg, lines)


def _wrapped_title(lg: Lang, lines: list[Line]) -> bool:
    """number-alone-under-wrapped-title: whether the last lines read are a title wrapped over three lines or more, as
    the UN heads a part of a financing resolution ("Financiación de la cuenta de apoyo para las operaciones de" /
    "mantenimiento de la paz correspondiente a los ejercicios económicos" / "… y el 30 de junio de 2024"): a
    title's line (_title_like) under a finished one — a paragraph's end, a sentence's or a clause's —, then lines
    that open in lower case and end without the clause's punctuation, the wrap's. _under_title reads a title
    wrapped over two lines only; under a longer one the next paragraph's number alone ("13 .") was read into the
    paragraph above the title, and the title dropped. Serves PDF text extracted in text boxes (number-alone-joins)."""
    k = len(lines) - 1
    while k > 0 and len(lines) - k <= _TITLE_LINES_MAX and _title_goes_on(lines[k]):
        k -= 1
    return (len(lines) - 1 - k >= 2 and k >= 1 and _title_like(lg, lines[k])
            and lines[k - 1].text.rstrip().rstrip(_QUOTES_AFTER)[-1:] in _SENTENCE_END)


_TITLE_LINES_MAX = 5  # a title's lines under its first: the UN's longest financing titles wrap over four


def _title_goes_on(line: Line) -> bool:
    """Whether a line may be a wrapped title's going on: it opens in lower case and ends without punctuation."""
    text = line.text.rstrip()
    return len(text) <= _HEADING_ABOVE_MAX and text[:1].islower() and text[-1:].isalnum()


def _title_like(lg: Lang, line: Line) -> bool:
    """number-alone-by-count: whether a line may be a title over a paragraph (a heading, a heading's last line, the
    formula without its comma): a heading's shape, opening with no paragraph number, label or paragraph's head — the
    first line of a numbered paragraph ("1. Decides … of the northern") is none, though short and capitalized."""
    text = line.text
    return (_heading_shape(line) and lg.paragraph_number.match(text) is None and label(lg, text) is None
            and not starts_with_head(lg, text))


def _heading_shape(line: Line) -> bool:
    """Whether a line has a heading's shape: short, its first letter no word's going on."""
    return len(line.text) <= _HEADING_ABOVE_MAX and not line.text[:1].islower()


def late_date(f: _Flow, text: str, number: int) -> bool:
    """late-date-not-number: the issue date under a late distribution ("Distr.: General" / "6 December 2023",
    the first page's right-hand column read after the page's text) is the cover's (cover-item-late), not
    paragraph 6 printed without its full stop — where the language's heads are not known (Arabic) any
    words after a number read as a head, and the date became a paragraph that ran on into the text after
    it. (Extractions of the first page's columns in reading order; an Arabic text with its cover in English.)"""
    if not (f.after_distribution and len(text) < LATE_DATE_MAX and any_date(text)):
        return False
    f.doc.fired("late-date-not-number", number)
    return True


def number_stop_apart(doc: Doc, m: re.Match[str], text: str, number: int) -> str:
    """number-stop-apart: "6 . Decides" is paragraph 6 ("6. Decides"): the space an extractor puts
    between a number and its full stop (two runs of the PDF) is not the text's; without it the
    number would be taken for text and the paragraph would run into the one before."""
    doc.fired("number-stop-apart", number)
    return f"{m[1]}.{text[m.end():]}"


RULES: tuple[Rule, ...] = (
    # (text-box and block extractions that drop a paragraph number's stop: "17" alone between paragraphs)
    Rule("page-number-in-body", "flow", page_number_in_body, "a number alone with no stop that the furniture takes "
         "for a page's, between two paragraphs away from a page's edge, is the next paragraph's number where the "
         "count says so; otherwise it is dropped as a page's, told"),
    Rule("number-alone-under-formula-told", "flow", _under_formula_told, "a paragraph number alone under the "
         "enacting formula, not 1, that number-alone-under-formula refuses is kept as a line of its own, told"),
    Rule("number-alone-joins", "flow", number_alone, "a line that holds only the next paragraph number (or 1), "
         "after a finished line over a line of text, or under a heading over a line that opens with a paragraph's "
         "head, is that paragraph's number: the two are one line"),
    # (Short texts of blocks: a number alone under a heading after a preamble whose note bears the same number.)
    Rule("number-alone-note-marked", "flow", _note_marked_above, "number-alone-by-count: a note numbered as the "
         "number alone says nothing where the lines above already hold that note's mark after a clause's punctuation"),
    Rule("number-alone-by-count", "flow", _counted, "a line that holds only the next paragraph number, over a line "
         "that opens with a paragraph's head, under any other line, is that paragraph's number where the next "
         "paragraph number the text prints is the one after it: the two are one line"),
    # (block and text-box extractions whose last paragraph follows a list of items without punctuation)
    Rule("number-alone-lower-case-task", "flow", _lower_case_task, "where paragraphs open in lower case, a line "
         "under a title that opens with a lower-case word opens like a paragraph (a mandate's tasks in the infinitive) "
         "for number-alone-by-count, as a capital does elsewhere"),
    # (the General Assembly's resolutions in sections, their titles opening with a head's word, in text-box or block
    # extractions)
    Rule("number-alone-under-section-title", "flow", _section_title_above, "a line that holds only the next paragraph "
         "number, under a section's title under the section's label alone, over a line that opens with a paragraph's "
         "head, is that paragraph's number though the title opens with a head's word"),
    # (block and text-box extractions of mandates in Chinese or Arabic, their tasks under headings)
    Rule("number-alone-caseless-task", "flow", _caseless_task, "in a script without case, a line under a title that "
         "opens with a letter opens like a paragraph (a mandate's tasks) for number-alone-by-count, as a capital does "
         "elsewhere"),
    # (text-box and block extractions of the Security Council's resolutions whose files number a later item "58.b)")
    Rule("number-label-glued-joins", "flow", _number_label_glued, "a line that holds only the paragraph's number glued "
         "to an item's label, after a finished line, over a line of text, is that item's label: the two are one line"),
    Rule("number-alone-after-question", "flow", _after_question, "a line that holds only the next paragraph number, "
         "under a line that ends with a question mark, is that paragraph's number as under a finished line"),
    Rule("number-alone-under-formula", "flow", _under_formula, "a line that holds only a paragraph number right "
         "under the enacting formula, before any number was read, is that paragraph's number whatever its value"),
    Rule("number-alone-no-note", "flow", _no_note_numbered, "a line that holds only the next paragraph number, over "
         "a line that opens with a paragraph's head, under an unfinished line, with no paragraph number under it to "
         "the text's end, is that paragraph's number where the text holds no note of that number under it (its notes "
         "in the text): no mark it can be"),
    # (block extractions and PDF text whose notes come after the closing, a star note among them)
    Rule("star-alone-after-closing", "flow", _star_after_closing, "a star alone on its line in a block of notes "
         "after the closing of a paged text is a star note's marker where a star mark of its length stands anywhere "
         "in the text from the last mark on (not only on the last two pages)"),
    Rule("number-label-alone-joins", "flow", _label_alone_under, "under a paragraph's number alone, its first item's "
         "label alone on a line of its own over the item's text ('58.' / 'a)' / 'Solicita …'): the three lines are "
         "one, as text-box extractors give UN print's number, label and text as boxes of their own"),
    Rule("label-alone-joins", "flow", label_alone, "a line that holds only a sub-paragraph's label, after a finished "
         "line, a heading or an item, over a line of text that opens with no label or number, is that item's label: "
         "the two are one line"),
    # (UN print as pdftotext -layout gives it, its labels alone on their lines: see text-column-continues.)
    Rule("label-alone-text-set-in", "flow", _text_set_in, "a line under a sub-paragraph's label alone, set in past "
         "the label, is its text though it opens with a digit as a note's first line does (an amount)"),
    Rule("joined-line-keeps-widening", "flow", joined_keeps_widening, "in justified text, a number or label alone "
         "joined to its text's line is widened where the text's line was (one line, the number's line number)"),
    Rule("label-alone-in-sequence", "flow", _label_in_sequence, "a line that holds only a sub-paragraph's label, "
         "under an item that wrapped without punctuation, is that item's label where it follows the item's above in "
         "its sequence: the two are one line"),
    Rule("numeral-alone-joins", "flow", _numeral_alone, "a line that holds only a list's numeral with its stop that "
         "the tables read as no label ('一.'), after a finished line, over a line set in past it by a tab, is that "
         "line's numeral: the two are one line"),
    Rule("label-alone-after-conjunction", "flow", _first_after_conjunction, "a line that holds only the first label "
         "of a sequence, under a line that ends with a clause's punctuation and a conjunction ('…, y'), is the first "
         "item's label: the two are one line"),
    Rule("note-carried-over", "flow", note_carried_over, "a note the page's foot left unfinished goes on over the "
         "lines that open the next page's footnote block, without a marker, down to its first note or its end"),
    # (Text of blocks without page furniture: a note cut by its page's foot, its rest under the next page's rule.)
    Rule("note-cut-unpaged", "flow", _cut_unpaged, "in a text without running heads, a note of the body that running "
         "text closes unfinished was cut by its page's foot: its rest is carried from under the next rule, else told"),
    Rule("note-text-lost", "flow", note_text_lost, "a note's number and full stop alone among the notes, the "
         "next in sequence over what stands under a note or the page's end: that note, its text (a link's) lost"),
    Rule("note-in-sequence", "flow", next_in_sequence, "a footnote's number is the next in sequence (one may be "
         "skipped): '(67)/RES/10' with no (66) before is no note"),
    Rule("note-gap-run", "flow", gap_run, "a note whose number skips a few, the note before it closed, stands where "
         "notes do when it opens a run of notes numbered on, each ended with a stop: three, or two that each cite a "
         "document's symbol"),
    Rule("note-numbering-gap", "flow", numbering_gap, "right under a finished note of a footnote block, a note "
         "whose number skips a few ('15' then '18': notes deleted in editing) is the block's next note"),
    Rule("note-indented-continuation", "flow", _continues_note, "a number indented under an unfinished note "
         "goes on with it"),
    # (block extractions without the pages' furniture, a page cutting a paragraph inside a phrase over its notes)
    Rule("note-ends-at-cut-rest", "flow", cut_rest_ends_note, "a note of one line without its full stop does not run "
         "on over a line in lower case ending with a clause's punctuation where the running text's last line ends on "
         "a word after which a sentence goes on: the line is that paragraph's rest"),
    Rule("note-ends-at-bracket", "flow", bracket_rest_ends_note, "in text of blocks of a script without case, a "
         "note of one line ending with a closing bracket does not run on over the line right under it that ends its "
         "clause where the running text above ended on a letter and the line after opens running text, a note or the "
         "closing: the cut paragraph's rest"),
    Rule("note-runs-on", "flow", note_goes_on, "a note runs on over the lines that do not end it"),
    Rule("note-title-ends-at-head", "flow", _title_note_ends, "in a script without spaces, a note that holds only a "
         "title, closed, without a full stop ends at a line that opens with a paragraph's head and ends with a "
         "clause's punctuation; told (text-boundary-guessed)"),
    Rule("note-sentence-at-foot", "flow", sentence_at_foot, "in a text with pages, a finished note goes on over a "
         "line at the page's foot whose sentence goes on: the running text never resumes below a page's notes"),
    Rule("note-stop-inside", "flow", stop_inside, "in a script without spaces, a note whose line ends with a Latin "
         "full stop after a character of the script or a Latin letter ('第三.', '第1/CP.') goes on over the next line"),
    Rule("note-between-notes", "flow", line_between_notes, "a line right above the next note of one footnote block "
         "(under the page's rule, or no furniture between) goes on with the note before it, though that note ended "
         "with a full stop"),
    Rule("note-ends-at-head", "flow", head_ends_note, "an open note does not run on over a line that opens with a "
         "known paragraph head, not indented under it (a page's last note without its full stop)"),
    Rule("note-ends-at-paragraph-head", "flow", _paragraph_lines, "in a script without spaces, an open note "
         "ends at a line opening with a known head when it and the line the note ran on over before it both end "
         "with a clause's punctuation"),
    Rule("note-tail-ends-paragraph", "flow", tail_ends_paragraph, "the lines an open note ran on over before a "
         "paragraph head ended it, the last ending as a paragraph does, after running text cut mid-sentence, go "
         "back to the running text: the cut paragraph's second half"),
    Rule("note-number-after-counter", "flow", number_after_counter, "an open note whose text ends with a word a "
         "number follows ('Supplement No.', 'vol.') goes on over a line that opens with a number or a roman numeral"),
    Rule("counter-without-stop", "flow", counter_without_stop, "an open note ending with a counter written "
         "without a full stop ('Supplément no') goes on over a line opening with a number and a bracketed symbol"),
    Rule("counted-marker-below", "flow", counted_marker_below, "an open note ending with a counter written without "
         "a full stop ('Дополнение №') goes on over a line opening with a number when a note of that number opens "
         "below it in the block ('3 и исправления …' over '3' / 'A/77/265.'): a note is given once"),
    Rule("count-in-open-vote", "flow", count_in_open_vote, "inside a vote statement whose bracket is open, a line "
         "opening with a number under a line that ends with a word is the vote's count the wrap put first ('… with' / "
         "'4 abstentions.'), never a note"),
    Rule("note-bracket-open", "flow", note_bracket_open, "a note whose text leaves a bracket open goes on over the "
         "next line that closes it ('(Vol.' / 'I)), part one.')"),
    Rule("note-title-open", "flow", note_title_open, "a note that leaves a title's bracket open goes on over the "
         "next line that closes it, though the line opens with a date"),
    Rule("note-count-alone", "flow", count_alone, "an open note whose text ends with a counter ('sect.', 'art.') "
         "or a month's name goes on over a line holding only the number, numeral or section letter it announces "
         "('A.', '3.', '2021.')"),
    Rule("note-range-alone", "flow", range_alone, "an open note whose text ends with a counter ('pp.', 'paras.') "
         "goes on over a line holding only the range of numbers it announces ('19–22.')"),
    Rule("note-range-after-counter", "flow", range_after_counter, "an open note whose text ends with a counter "
         "('paras.', 'pp.') goes on over a line that opens with the range of numbers it announces and goes on "
         "('117–118, and annex.')"),
    Rule("note-range-word-after-counter", "flow", range_word_after_counter, "an open note whose text ends with a "
         "counter ('пп.', 'paras.') goes on over a line that opens with a range of numbers and a word straight after "
         "it ('117–118 и приложение.')"),
    Rule("note-letter-after-counter", "flow", letter_after_counter, "an open note whose text ends with a counter "
         "('sect.') goes on over a line that opens with the section's letter and its punctuation ('E ; ibid., …')"),
    Rule("note-bracket-closes-below", "flow", bracket_closes_below, "a note that leaves a bracket open goes on over "
         "the lines of its block down to the one that closes it"),
    Rule("note-line-filled", "flow", note_line_filled, "a note of one line that ran to the text's full width, the "
         "next line's first word not fitting on it, counts as wrapped for note-sentence-at-foot"),
    Rule("markers-make-no-pages", "flow", markers_make_no_pages, "a text whose only page furniture past the cover "
         "is bare numbers alone on their lines has no pages that bound a footnote block: the numbers are the notes' "
         "markers set apart"),
    Rule("late-symbol-no-page", "flow", late_symbol, "the cover's symbol printed late, right above the late "
         "distribution, is no page's running head (markers-make-no-pages)"),
    Rule("markers-bound-block", "flow", marker_bounds_block, "the lone markers of a note and of the next one, "
         "taken for page numbers, do not part their footnote block"),
    Rule("mark-alone-over-split-note", "flow", _note_below, "for mark-alone-over-page, the page's foot may give the "
         "note as its marker alone over its text: the number over the page's text is that note's mark all the same"),
    Rule("mark-rest-over-paragraph", "flow", mark_rest_over_paragraph, "a number alone whose note is given further "
         "down, right over the next operative paragraph in sequence, is the mark a page cut from the paragraph above "
         "the page's notes: it goes back to that paragraph's end, told (text-note-mark-guessed); not where the lines "
         "under it print that mark themselves"),
    Rule("marker-again-below", "flow", marker_again_below, "a number alone on its line whose page gives it alone "
         "again further down over a note's text is that note's mark set apart, not its marker"),
    # (PDF text whose first page's cover items come late, under the page's notes)
    Rule("late-date-no-note-below", "flow", late_date_below, "a date alone right under the cover's distribution met "
         "late ('Distr.: General' / '1 September 2023') is the cover's issue date, not the note a number alone above "
         "has below: the number is that note's marker"),
    Rule("note-again-below", "flow", note_again_below, "a number alone on its line whose page's foot gives a note "
         "of that number ('3 A/77/624.') is that note's mark set apart, not its marker over the line under it"),
    Rule("mark-over-lone-marker", "flow", _text_below, "a number alone under the running text is a coming note's mark "
         "where that note's marker stands alone on a line over its text"),
    # (Block extractions whose notes stand at the foot, marker and text apart, in a resolution adopted on a day that
    # is a note's number.)
    Rule("date-alone-no-note", "flow", _date_alone, "a line that is a date alone (the closing's adoption date, a "
         "cover's issue date) opens no note: not of the date's day, nor one ahead of a number alone under the running "
         "text"),
    Rule("head-above-next-note", "flow", head_above_next_note, "an unfinished note goes on over a line opening "
         "with a paragraph's head that ends with a full stop right above the next note of its block"),
    Rule("address-ends-note", "flow", address_ends_note, "a note goes on over a line of its footnote block that "
         "opens with a web address"),
    Rule("note-numbering-kept", "flow", other_numbering, "once a numbered note was read, a line opening with a "
         "number of the other kind (bare, in brackets) opens no note"),
    Rule("group-across-wrap", "flow", group_across_wrap, "a line opening with a number under a line of running text "
         "that ends with a number in groups set apart by spaces opens with that number's last group, not a note"),
    Rule("next-note-marker-alone", "flow", lone_marker_below, "the next note right below a line may give its marker "
         "on a line of its own over its text"),
    Rule("note-date-goes-on", "flow", date_goes_on_in_note, "an unfinished note goes on over a line of its "
         "footnote block that opens with a date and goes on past it ('24 April 2023, the forum will …')"),
    Rule("date-ends-note", "flow", date_ends_note, "an unfinished note goes on over a line of its footnote block "
         "that opens with a date or holds a year alone and ends with a full stop ('18 November 2018.', '2022.')"),
    Rule("note-open-over-double-spacing", "flow", blank_says_nothing, "in double-spaced text, a blank line does not "
         "end a note, finished or not: the rules of the lines under an open note decide"),
    Rule("mark-alone-over-page", "flow", mark_alone_over_page, "a number alone on a page's first line of text, after "
         "a page foot that numbered its page, over running text, is the mark of the note of that number at this "
         "page's foot, set apart by the wrap and the page break: it goes back to the running text's last line"),
    Rule("note-filled-before-page-end", "flow", filled_before_page_end, "a note of one line that ran to the full "
         "width counts as wrapped for note-sentence-before-page-end: the line under it, a sentence ending above the "
         "page's end, is the note's"),
    Rule("note-sentence-before-page-end", "flow", sentence_before_page_end, "in a text with pages, a finished note "
         "wrapped over lines goes on over a line that is a sentence of its own where nothing but the page's end "
         "stands under it"),
    Rule("note-symbol-cut-at-slash", "flow", symbol_cut_at_slash, "an open note whose line ends with a symbol cut "
         "after its slash ('…、A/77/' / '6 (Sect. 18)、…') goes on over the line that opens with the symbol's number, "
         "where that line is no note of its own (not the next note's number, or going on as a symbol's part does)"),
    Rule("number-alone-under-wrapped-title", "flow", _wrapped_title, "a paragraph's number alone under a title "
         "wrapped over three lines or more, a finished line above the title, is the next paragraph's (number-alone-"
         "by-count), not the paragraph above's going on"),
    Rule("first-gathered-bracketed", "flow", next_numbered_marker, "first-gathered-before-next reads notes numbered "
         "in brackets too ('(1) …', marks '2019(1)،'), as Arabic texts print them — not a first candidate glued to a "
         "number a counter of endnotes.not_after counts ('المادة 2(1)')"),
    Rule("note-bracket-over-blank", "flow", bracket_over_blank, "a blank line (double spacing) does not end a "
         "note whose text leaves a bracket open"),
    Rule("invisible-in-number", "flow", invisible_in_number, "a soft hyphen or word joiner inside a paragraph "
         "number or label is removed (reported), so that the number opens its paragraph"),
    # (Block extractions without page furniture whose first note, 2, cites a document by its symbol.)
    Rule("first-note-run", "flow", _notes_run, "first-note-mid-sentence stands back from a line that opens with a "
         "number and ends with a full stop where the next lines open with the next two numbers and end so too ('2 "
         "见A/HRC/25/54。' / '3 A/HRC/4/18, 附件。' / '4 …。'): a page's notes of one line each"),
    Rule("first-note-symbol", "flow", _symbol_note, "first-note-mid-sentence stands back from a line whose text is a "
         "document's symbol ending with a full stop ('2 A/HRC/55/42.'): a note, not a sentence going on"),
    Rule("first-note-mid-sentence", "flow", first_note_mid_sentence, "before any note, a line opening with a "
         "number other than 1 after an unfinished line goes on with its sentence"),
    Rule("first-note-cut-text-lines", "flow", _text_reach, "first-note-cut reaches down a note's lines of text to "
         "the page's furniture, blank lines not counted (double spacing, the gap above a page's foot) — not past the "
         "raw lines where a line under it opens with the next note's number"),
    Rule("first-note-cut", "flow", first_note_cut, "before any note, at a page's foot too, a line opening with a "
         "number other than 1 after a line cut mid-sentence goes on with it when it ends no sentence down to the "
         "page's furniture"),
    Rule("note-empty-pair-told", "flow", empty_pair_note, "a line that opens as the next note does, its text "
         "opening with the empty pair of brackets of a right-to-left note ('(2) () الأمم المتحدة، …'), refused for "
         "want of a mark: told unplaced whatever its end"),
    Rule("list-goes-on-under-lost-note", "flow", list_goes_on_under_lost_note, "in a text without pages, a line "
         "that is the next note's number and a full stop alone, directly over the next item of the list the paragraph "
         "above its notes was reading, is that note, its text lost: the list goes on under it"),
    Rule("notes-in-flow", "flow", notes_in_flow, "in a text without pages, a first note standing in the "
         "running text before the closing, its mark set apart before it, starts a footnote block"),
    Rule("notes-at-end", "flow", notes_at_end, "notes gathered at the end of a text with pages have their marks "
         "looked for in the whole text, by the strong mark rules"),
    Rule("marker-alone-before-date", "flow", text_opens_with_date, "under a note's marker on a line of its own, a "
         "line that opens with a date is the note's text, not a note numbered by the date's day"),
    Rule("marker-alone-before-day-month", "flow", text_opens_with_day_month, "under a note's marker on a line of its "
         "own, a line that opens with a day and its month, the year not after them ('30 января — 10 февраля 2023 "
         "года'), is the note's text, not a note numbered by the day"),
    Rule("marks-apart-outnumber-glued", "flow", apart_layout, "where twice as many marks were found set apart as "
         "glued, the next note's mark is looked for set apart before the weak rules of glued marks: one glued mark "
         "is where an extraction lost a space ('报告、2 秘书长')"),
    Rule("flow-notes-after-closing", "flow", flow_goes_past_closing, "in a text without pages whose notes were "
         "read in its running text, the notes after the closing are the flow's next notes (notes-in-flow)"),
    Rule("foot-notes-then-flow", "flow", foot_notes_then_flow, "in a text whose furniture all stands above the "
         "note, notes read before the closing at the first page's foot make a note after the closing the flow's "
         "next note (notes-in-flow)"),
    Rule("notes-in-flow-glued", "flow", glued_in_flow, "in a text without pages whose marks stand glued, a note in "
         "the running text has its mark looked for by the strong rules of a page's foot too ('de 2014' + '15')"),
    # (Block extractions that drop the page furniture, their marks glued: a page's notes stand in the running text.)
    Rule("notes-in-flow-year-mark", "flow", year_mark_in_flow, "in a text without pages, a note in the running "
         "text has its mark where a year stands glued to its digits before a clause's punctuation, at one place since "
         "the last mark ('de 2020' + '1' + ',')"),
    Rule("ambiguous-alone-after-closing", "flow", ambiguous_alone_refused, "for a note gathered after the closing "
         "where marks stand apart, a glued candidate of an ambiguous rule with no candidate set apart after the last "
         "mark, standing past the next note's first candidate set apart, is refused: the mark was passed over, the "
         "digits are the text's"),
    Rule("bare-mark-in-flow", "flow", bare_mark_in_flow, "in a text without pages, a note with a bracketed marker "
         "whose mark no rule found has it where its bare digits stand after an empty pair of brackets inside a "
         "bracket, at exactly one place since the last mark"),
    Rule("notes-in-flow-since-last", "flow", flow_since_last, "in a text without pages whose marks stand glued, a "
         "note in the running text, next in sequence, whose mark no strong rule found has it sought between the last "
         "mark and the note, taken where exactly one place can be it ('2022/23' + '4' + ' ;')"),
    Rule("note-inside-cut-sentence", "flow", inside_cut_sentence, "in a text without pages, the next note, a short "
         "line ending with a full stop between the halves of a sentence a page cut, has its mark looked for by the "
         "strong rules of a page's foot"),
    Rule("notes-in-flow-run", "flow", run_follows, "in a text without pages, a first note in the running text "
         "followed by the next notes in sequence has its mark looked for by the strong page-foot rules (after a year) "
         "before any mark was found glued"),
    Rule("notes-in-flow-past-furniture", "flow", furniture_behind, "in a text whose page furniture all stands above "
         "a note (the first page's foot, a cover item read late) and none below, the note stands in the running text "
         "as in a text without pages (notes-in-flow)"),
    Rule("notes-apart-at-end", "flow", _mark_found, "notes gathered at the end of a paged text, under the rule or "
         "after a note, have marks set apart looked for in the whole text from the last mark on"),
    Rule("note-given-at-foot", "flow", note_given_at_foot, "a line in mid-page that opens with the next note's "
         "number is running text where the same page's foot, under a line of the body, gives that note"),
    Rule("note-repeated-in-foot", "flow", note_repeated_in_foot, "a line right over the page's foot that opens "
         "with a number and words, unfinished, is running text where the foot opens with a lower note and gives that "
         "number's note further down ('8 the Monterrey Consensus of the' over '1 Food …' … '8 Ibid.')"),
    Rule("note-alone-under-paragraph", "flow", note_alone_under_paragraph, "a line in mid-page that opens with "
         "the next note's number is running text where its paragraph runs on to the page's foot and the foot gives "
         "that note by its marker alone, bare or bracketed, over the note's text"),
    Rule("apart-before-weak", "flow", _mark_found, "where no mark was found glued yet, a mark set apart is "
         "looked for before the weak rules take a document number's digit"),
    # (Block extractions without page furniture whose notes follow the closing, their marks set apart.)
    Rule("notes-apart-after-closing-earliest", "flow", apart_earliest_after_closing, "for notes after the closing "
         "of a text without pages, marks set apart: the candidate on the first line after the last mark that holds "
         "one, whichever rule finds it ('para 2023 1 ,' before 'subprograma 1 ;')"),
    Rule("notes-apart-after-closing", "flow", notes_apart_after_closing, "in a text without pages, notes after the "
         "closing block (no vote statement) have their marks set apart looked for in the whole text from the last "
         "mark on"),
    Rule("apart-before-ideographs", "flow", _mark_found, "where no mark was found glued yet, in a script "
         "without spaces, a mark set apart is looked for before a digit glued between two ideographs ('目标2以及')"),
    Rule("apart-before-number-marks", "flow", _mark_found, "where no mark was found glued yet, a mark set apart "
         "is looked for before a digit glued after a number and its punctuation ('1949,2')"),
    Rule("notes-after-closing", "flow", notes_after_closing, "notes after the closing block have their marks looked "
         "for in the whole text from the last mark on before the weak rules try the last page"),
    Rule("notes-after-closing-glued", "flow", _glued_after_closing, "where marks were found glued, a later note "
         "after the closing of a paged text has its mark looked for glued in the whole text from the last mark on "
         "before the weak rules try the last page"),
    Rule("notes-after-closing-weak-first", "flow", weak_after_closing, "where no glued mark is found for a note "
         "after the closing of a paged text, the weak rules look for it over the whole text from the last mark on, "
         "the first candidate winning"),
    Rule("formula-apostrophe-folded", "flow", formula_folded, "the enacting formula, where numbered marks start, "
         "is read with its apostrophe straight ('L'Assemblée générale,') as with the table's"),
    Rule("flow-formula-without-comma", "flow", formula_after_heading, "the enacting formula written without its "
         "comma after a resolution heading (an ECOSOC resolution recommending a draft: 'The Economic and Social "
         "Council') starts the body, where numbered marks and the notes standing in the running text are read"),
    Rule("closing-holds-no-mark", "flow", closing_holds_no_mark, "in the closing block after the formula (meeting, "
         "date, vote statement and its lists) a number set apart is a count or a date, never a mark set apart"),
    Rule("notes-after-closing-first", "flow", _first_of_both, "where no mark was found glued yet, a note after the "
         "closing of a text of several pages takes the first candidate after the last mark over the whole text, "
         "glued or set apart"),
    Rule("first-gathered-before-next", "flow", first_gathered_before_next, "the first note gathered after the "
         "closing of a paged text, the next note under it, whose page candidate stands past the next note's first "
         "candidate takes the first candidate over the whole text where that one stands before the next note's"),
    Rule("ambiguous-gives-way-after-closing", "flow", ambiguous_gives_way, "for a note after the closing, where the "
         "marks found stand apart more often than glued, a glued candidate of an ambiguous rule (a digit between two "
         "ideographs: '专题事项3及') gives way to the candidate set apart further on ('…的报告， 3')"),
    Rule("notes-block-after-closing", "flow", notes_block_after_closing, "notes after the closing of a paged text "
         "have their marks looked for as such at the page's foot or higher up in a footnote block running down "
         "to it"),
    Rule("apart-after-closing-throughout", "flow", apart_after_closing_throughout, "in a text without pages whose "
         "notes after the closing had their marks found set apart and none glued, the next note's mark is looked for "
         "so, over the whole text from the last mark on, before the rules of glued marks"),
    Rule("glued-note-apart-after-closing", "flow", glued_note_apart_after_closing, "in a text without pages whose "
         "marks were found glued, a note after the closing whose mark no glued rule found has it looked for set apart "
         "before the clause's punctuation ('“Pacto de Bridgetown” 11,') over the whole text from the last mark on"),
    Rule("marks-apart-throughout", "flow", marks_apart_throughout, "where the text's marks were found set apart and "
         "none glued, a mark set apart is looked for before the rules of glued marks"),
    Rule("notes-after-vote", "flow", notes_after_vote, "in a text with pages, notes that follow the vote statement "
         "(or its lists) are notes after the closing: their marks are looked for in the whole text"),
    Rule("rest-after-mark-not-note", "flow", rest_after_mark, "in a text whose body no page broke, a line under a "
         "footnote block that opens with the next marker and a word in lower case is a paragraph's rest after its "
         "mark, not that note, where the same marker opens a note's text further on"),
    Rule("day-month-not-note", "flow", day_month_not_note, "a line that opens with a day and its month's name is "
         "running text, not the note its day numbers, where that marker gives a note further on"),
    Rule("notes-under-rule", "flow", not_under_rule, "in a text that draws the footnote rule above its notes, a "
         "note starts only under a rule (or where the notes under it run on over a page break)"),
    Rule("no-note-above-paragraph", "flow", paragraph_below, "in a text with pages, a line opening with a number "
         "is no note when the body's next paragraph opens below it on the same page"),
    Rule("mark-between-neighbours", "flow", marks_between_neighbours, "a numbered note whose mark was not found "
         "is looked for again, once the text is read, between the marks of the notes before and after it: taken "
         "where exactly one place there can be it"),
    Rule("first-note-after-closing", "flow", first_note_after_closing, "the first note right after the closing "
         "block of a paged text opens a footnote block wherever it stands, its mark looked for as notes after the "
         "closing have theirs"),
    Rule("note-block-foot", "flow", note_block_foot, "the next note of a footnote block has its mark looked for "
         "by the page-foot rules wherever the block stands (after the closing of a paged text)"),
    Rule("marker-alone-star-text", "flow", star_text, "a lone numbered marker before a line opening with a star "
         "has that line for its text (a note's text that opens with a star), when it reads as a note"),
    Rule("note-unstopped-at-foot", "flow", unstopped_note_at_foot, "a line opening as the very next note, without a "
         "full stop, a document's symbol in it, under a blank line and the page's last line of text, refused for "
         "want of a mark, is told as an unplaced note"),
    Rule("cover-star-note", "flow", cover_star_note, "a star alone under an open note at the body's first page's "
         "foot is the cover's star note's marker where the cover holds that star glued to its symbol or title and "
         "the line under it reads as a note's text (a full stop, no paragraph head)"),
    Rule("marker-alone-over-paragraph", "flow", paragraph_under_marker, "a number alone over a line that opens a "
         "numbered paragraph with a head of the table ('1' / '1. Takes note …') is no note's marker over its text — "
         "unless that text ends its sentence right over the page's furniture (a note quoting a paragraph)"),
    Rule("marker-alone", "flow", marker_alone, "a note's marker (a number, a star) on a line of its own, its text on "
         "the next, is a note when it reads as one (next in sequence, its mark found)"),
    Rule("star-opens-notes", "flow", _first_note_under, "a star alone on its line where no note is open, over one "
         "line ending with a full stop and, right under it, the first note the sequence expects ('*' / 'Reissued for "
         "technical reasons …' / '1' / 'S/RES/…'), opens the block of notes: a cover's star note, its mark above"),
    Rule("late-distribution-dated", "flow", dated_distribution, "a distribution met late with its issue date on its "
         "line awaits no date under it: a date there is the running text's"),
    # (Paged texts whose notes were gathered after the closing, the first note's mark glued to a number.)
    # (Texts without pages whose notes follow the closing: one paragraph a line, block extractions without furniture.)
    Rule("notes-after-closing-glued-unpaged", "flow", glued_after_closing_unpaged, "in a text without pages whose "
         "marks are glued, a note after the closing takes the first glued candidate over the whole text from the last "
         "mark, whichever strong rule finds it ('20302,' before 'SSA2(5)')"),
    # (Block extractions without page furniture whose cover holds a line read as a page's: its symbol alone on a line,
    # a logo's placeholder; in practice most such extractions whose notes are gathered under a rule after the closing.)
    Rule("body-unpaged", "flow", _body_unpaged, "notes-after-closing-glued-unpaged reads a text whose page breaks all "
         "stand before the formula as a text without pages: its body is one page"),
    Rule("lone-note-since-formula", "flow", lone_note_sought, "a text's only numbered note whose mark no rule found "
         "has it sought from the formula to the text above the note ('résolution 77/7' + '1' + ' ;'), taken where "
         "exactly one place can be it"),
    Rule("counted-gives-way-after-closing", "flow", counted_gives_way_after_closing, "for notes after the closing, "
         "marks set apart: a glued candidate after a counting word ('目标3，') gives way to the later one set apart, "
         "never past the next note's first candidate, told"),
    Rule("apart-since-last-after-closing", "flow", apart_since_last_after_closing, "in a paged text whose marks "
         "stand apart, a note at a page's foot under the closing has its mark sought between the last mark and the "
         "closing ('16' + ' 4' + ' в'), told"),
    Rule("first-note-after-closing-since-formula", "flow", first_after_closing_since_formula, "in a text whose "
         "notes follow the closing, the first note's mark that no rule found ('принцип 7' + '1' + ',') is sought "
         "from the formula to the closing, taken where exactly one place can be it"),
    Rule("note-year-goes-on", "flow", year_goes_on, "an open note whose line ends with a comma goes on over a line "
         "that opens with a year and its comma ('… Economic and Social Council,' / '2016, Supplement No. 10'), never "
         "a paragraph's number"),
    Rule("bare-mark-after-closing", "flow", bare_after_closing, "a note after the closing with a bracketed marker "
         "whose mark no rule found has it where its bare digits stand after an empty pair of brackets inside a "
         "bracket ('(youth()  4 )'), at exactly one place between the last mark and the closing"),
    Rule("mark-since-last-after-closing", "flow", since_last_after_closing, "in a paged text of glued marks, a "
         "note after the closing whose mark no rule found has it sought between the last mark and the closing, "
         "taken where exactly one place can be it ('decision 22/BCN15' + '2' + ',')"),
    Rule("mark-since-last", "flow", mark_since_last, "a note where notes stand, next in sequence, whose mark no rule "
         "found on its page has its mark looked for between the last mark and the note by every mark rule, taken "
         "where exactly one place can be it"),
    Rule("marker-repeated", "flow", marker_repeated, "a note's marker alone on its line over a line opening "
         "with the same number is that note's, its text repeating the number"),
    Rule("note-hanging-ends", "flow", hanging_note_ends, "a note whose first line ends no sentence is finished, "
         "for mark-since-last, when the lines hanging under it end with a full stop"),
    Rule("note-block-below", "flow", block_below, "a note whose mark the stretch since the last mark holds in "
         "more than one place is a note when the next notes in sequence follow it"),
    Rule("note-block-to-foot", "flow", block_to_foot, "a note whose mark the stretch since the last mark does not "
         "decide is a note when the next note in sequence follows it down to the page's furniture, finished"),
    Rule("hanging-number-in-block", "flow", hanging_number, "for long-block-foot, a line hanging under a note "
         "that opens with a number other than the next note's goes on with the note when the line above it ends "
         "no sentence ('… El Cairo, 5 a' / '   13 de septiembre de 1994 …')"),
    Rule("flat-note-in-block", "flow", flat_note_line, "for long-block-foot and note-block-below, a line at a note's "
         "margin in a block set without hanging indent goes on with the note when the line above ends no sentence "
         "('1 Véase … 2007, suplemento' / 'núm. 7 (E/2007/27), …')"),
    Rule("long-block-foot", "flow", long_block_foot, "a note that opens a run of notes in sequence reaching down to "
         "the page's furniture stands at the page's foot, however long the run"),
    Rule("note-cut-over-late-cover", "flow", late_cover_line, "for first-note-cut, the cover's distribution and date "
         "printed late under a page's notes are no note's last line: the note before them ended"),
    Rule("flat-note-after-counter", "flow", flat_number_after_counter, "for flat-note-in-block, a note's line that "
         "ends with a counter's stop ('chap.') goes on over a line at its margin that opens with the number announced "
         "('IV, sect. A.')"),
    Rule("long-block-over-late-cover", "flow", late_cover_to_foot, "a run of notes reaches the page's foot too where "
         "the cover's distribution and issue date, printed late, stand between it and the furniture"),
    Rule("first-mark-since-formula", "flow", first_since_formula, "the first numbered note's mark is sought by "
         "mark-since-last from the enacting formula on"),
    Rule("mark-alone-on-line", "flow", mark_alone_on_line, "the next note's number alone on a line under a line "
         "of the body's running text, a note of that number further on, is that note's mark set apart: it goes back "
         "to the end of the line above"),
    # (texts whose notes are gathered at the end, none read when their marks are met)
    Rule("mark-alone-before-notes-block", "flow", notes_block_ahead, "for mark-alone-on-line, where no note was read "
         "yet, a number alone on its line may be a coming note's when a block of notes ahead holds it after the note "
         "before it"),
    Rule("mark-alone-before-lone-markers", "flow", lone_markers_block_ahead, "mark-alone-before-notes-block for notes "
         "that give their markers alone over their text: the first marker alone further on right after the note before "
         "it, unless the text before it prints the marker as a mark"),
    # (PDF text whose notes wrap without a hanging indent)
    Rule("note-runs-to-next", "flow", runs_to_next_note, "a note whose first line ends no sentence is finished, for "
         "mark-since-last, when its lines run to the next note in sequence or the page's furniture, the last ending "
         "with a full stop"),
    # (the notes of a script that prints their numbers in brackets, Arabic "(4)")
    Rule("bracketed-note-runs-to-next", "flow", _next_marker, "note-runs-to-next for a note whose marker is "
         "bracketed, '(4)': the next note in sequence is '(5)'"),
    # (the page's notes, in PDF text, whose references wrap inside a note)
    Rule("count-opens-no-paragraph", "flow", counted_number, "for no-note-above-paragraph, a line opening with the "
         "next paragraph's number under a line ending with a word a number follows ('vol.' / '1, Resolutions') opens "
         "no paragraph"),
    # (PDF text that parts paragraph numbers from their stops, its notes gathered after the closing)
    Rule("parted-paragraph-below", "flow", parted_paragraph_below, "for no-note-above-paragraph, the next "
         "paragraph's number parted from its full stop ('5 . Decides') opens a paragraph below as the number with its "
         "stop does"),
    Rule("mark-alone-double-spaced", "flow", _right_under, "in double-spaced text, a number alone on its line one "
         "blank line under the running text stands right under it for mark-alone-on-line: the blank line says "
         "nothing there"),
    # (Block extractions apart by blank lines whose marks stand apart: a paragraph's last mark made a block.)
    Rule("mark-alone-between-blocks", "flow", _between_blocks, "in text of blocks apart by blank lines, each ending "
         "its clause, a number alone one blank line under a block of running text that ended its clause stands right "
         "under it for mark-alone-on-line: the extractor made a block of the mark the wrap put on a line of its own; "
         "not where the marker stands set apart ahead before its note, nor the next paragraph's number before a head"),
    Rule("late-date-not-number", "flow", late_date, "the issue date under a late distribution is the cover's, "
         "not a paragraph number printed without its full stop"),
    Rule("note-runs-to-next-paragraph", "flow", _opens_next_paragraph, "note-runs-to-next where the note's lines, "
         "the last ending with a full stop, run to a line that opens with the next paragraph number in sequence and "
         "its text: a block extraction put the page's note above the last paragraph"),
    Rule("note-lower-case-under-marker", "flow", lower_case_under_marker, "for note-unplaced-told, a note's text "
         "under its marker alone, refused for want of a mark, is told though it opens in lower case ('1' / 'see "
         "A/92/208.'), where it ends with a full stop"),
    Rule("note-runs-to-text-end", "flow", _runs_to_text_end, "note-runs-to-next where the note's lines run to the "
         "text's end, the last ending with a full stop: the last page's notes with no page foot under them"),
    Rule("note-ends-at-next-number", "flow", next_number_ends_note, "an open note ends at a line that opens with "
         "the next paragraph number in sequence and its text, though it ran on over no line"),
    Rule("note-ends-at-number-alone", "flow", number_alone_ends_note, "an open note without its full stop ends at a "
         "line that holds only the next paragraph number in sequence and its stop"),
    Rule("note-ends-at-number", "flow", number_ends_note, "an open note that ran on over lines ends at a line "
         "that opens with a paragraph number; the lines it took that end as a paragraph does go back to the text"),
    Rule("issue-date-under-columns", "flow", issue_date_under_columns, "a short date right under a cover line that "
         "holds the distribution beside another column is the cover's issue date, never a note"),
    Rule("counted-number-no-note-below", "flow", counted_below, "for note-again-below, a line that opens with the "
         "number under a line ending with a counter ('Supplement No.') goes on with that note, opening none"),
    Rule("marker-again-under-rule", "flow", _under_rule, "marker-again-below looks past the page's footnote rule, "
         "where the page's notes stand: a number alone above it finds its note's marker under the rule"),
    Rule("range-no-note-below", "flow", range_below, "for note-again-below, a line that opens with the number, a range "
         "separator and another number goes on with the note above, opening none"),
    Rule("head-above-next-note-wrapped", "flow", head_wrapped_above_next_note, "an unfinished note goes on over a line "
         "that opens with a paragraph's head where that line and the one or two under it, the last ending with a full "
         "stop, stand right above the block's next note"),
    Rule("cover-item-late", "flow", cover_item_late, "the distribution and the issue date met after the formula "
         "(the first page's right-hand column read last) are the cover's"),
    Rule("first-mark-before-next", "flow", first_before_next, "a numbered note with no mark found before it has "
         "its mark sought between the enacting formula and the next note's mark"),
    Rule("neighbours-asked-again", "flow", _between_pass, "once a note's mark is found between its neighbours', "
         "the notes still without a mark are asked again between the marks now around them"),
    Rule("parted-number-opens", "flow", parted_number_opens, "a line that opens with a paragraph number parted "
         "from its full stop ('2 . Reaffirms') opens a paragraph: a finished note does not go on over it"),
    Rule("star-not-neighbour", "flow", _neighbours, "a star note's mark bounds no numbered note's search between "
         "neighbours' marks, nor a numbered note's a star's: each sequence follows its own order"),
    Rule("last-note-bound", "flow", last_note_bound, "the last note's mark is sought between the mark before it and "
         "the running text's end above the note, as between two neighbours' marks"),
    Rule("no-note-of-label", "flow", label_after_number, "a line that opens with a number and then a "
         "sub-paragraph's label ('1 g) de la presente resolución') is a reference the wrap broke, never a note"),
    Rule("no-note-of-label-clause", "flow", label_clause_after_number, "a line that opens with a number and then a "
         "sub-paragraph's label glued to a comma or semicolon ('1 a), de la Carta') is a reference the wrap broke, "
         "never a note"),
    Rule("number-without-stop", "flow", number_without_stop, "the next paragraph number printed without its "
         "full stop, before a known head after a finished line, is the number"),
    Rule("number-stop-apart", "flow", number_stop_apart, "a paragraph number parted from its full stop "
         "('6 . Decides', two runs of a PDF) is read as the number"),
    Rule("notes-apart", "flow", _note_starts, "where the file gave its notes apart from its text (a PDF's page "
         "foot, a Word file's footnotes part), no line of the text is a note"),
    Rule("no-note-of-punctuation", "flow", punctuation_after_number, "a line that opens with a number and then a "
         "clause's punctuation ('6 ;') is a wrapped line, never a note"),
    Rule("year-range-not-paragraph", "flow", year_range_opens, "a line that opens with a year, a dash and a date "
         "('2012 - 31 تموز/يوليه 2013') is a range of dates the wrap cut, never a paragraph's number: a note goes on "
         "over it"),
    Rule("no-note-of-unit-sign", "flow", unit_sign_after_number, "a line that opens with a number and then a unit "
         "sign set apart ('1 % del total') is a wrapped line that opens with a quantity, never a note"),
    Rule("no-note-of-closing-bracket", "flow", bracket_closes_after_number, "a line that opens with a number and "
         "then a closing bracket ('7 )]') is the end of a bracketed reference the wrap broke, never a note"),
    Rule("no-note-of-range", "flow", range_opens, "a line that opens with a number, a range separator and another "
         "number ('7 إلى 10 من قراره') is a paragraph's line the wrap broke before a range, never a note"),
    Rule("no-note-of-bracketed-year", "flow", bracketed_year, "a line that opens with a number and then a year in "
         "brackets ('13 (2011) on the right of …') is a numbered document and its year, never a note"),
    Rule("no-note-in-cut-sentence", "flow", cut_sentence_goes_on, "in the body, a line that opens with a number "
         "and a word in lower case and ends no sentence, after running text cut mid-sentence, goes on with that "
         "sentence: never a note"),
    Rule("no-note-after-clause-cut", "flow", clause_cut_goes_on, "in the body, a line that opens with a number and "
         "a word in lower case and ends with a clause's punctuation, after running text that ends with a comma, is "
         "the rest of the paragraph a page cut, never a note"),
    Rule("no-note-before-head", "flow", lower_case_before_head, "a line that opens with a number and a word in "
         "lower case and ends with a clause's punctuation right above a paragraph's head is the rest of the paragraph "
         "a page cut after a mark set apart, never a note"),
    Rule("no-note-in-lower-case", "flow", word_in_lower_case, "a line that opens with a number and then a "
         "word in lower case is a wrapped line of running text, never a note"),
    Rule("number-in-groups", "flow", number_in_groups, "a line that starts with a number in groups of three "
         "digits set apart by spaces ('6 351 200 dollars', '2 000名') starts with that number, not a note"),
    Rule("not-a-note", "flow", not_a_note, "a line that opens with a date, a meeting or a paragraph number is "
         "no note, and no note runs on over it"),
)
