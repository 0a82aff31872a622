"""The state of one document as the text reader's stages see it (see pipeline.py).

Every stage is a function `stage(doc: Doc) -> None` that reads what earlier stages left in the
state and adds its own part; nothing is passed between stages any other way. The drafts below
are the model's paragraphs while they are still being read (texts with marks at offsets,
lists that grow); `assemble` turns them into the frozen model.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING

from ..langs import Lang, punctuation
from ..model import AgendaItem, Resolution, VoteSide
from ..problems import Problem
from .marked import Mark, Marked, join, view_of, width

if TYPE_CHECKING:
    from .account import Tally
    from .blocks import Layout
    from .tables import TableDraft

# finished() and the like look at a text's last few characters; when a text is made of pieces,
# the last pieces that hold this many characters say it.
TAIL = 8
_CLOSING_QUOTES = punctuation("closing_quotes")


class Line:
    """A line of running text (page furniture and footnote blocks are not).

    text: without leading and trailing whitespace, without its reference marks; number: 1-based
    line number in the input; indent; page_start: first text line after a page break; gap_before:
    a blank line precedes it. (The indent and the two flags are kept as one small int: a text of
    many short lines holds one Line per line, and each field is 8 bytes more.)"""

    __slots__ = ("text", "number", "marks", "_shape")

    def __init__(self, text: str, number: int, indent: int = 0, page_start: bool = False, gap_before: bool = False,
                 marks: tuple[Mark, ...] = ()) -> None:
        self.text = text
        self.number = number
        self.marks = marks
        self._shape = indent << 2 | page_start << 1 | gap_before

    @property
    def indent(self) -> int:
        return self._shape >> 2

    @property
    def page_start(self) -> bool:
        return bool(self._shape & 2)

    @property
    def gap_before(self) -> bool:
        return bool(self._shape & 1)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and (self.text, self.number, self.marks, self._shape) == (
            other.text, other.number, other.marks, other._shape)

    __hash__ = None  # type: ignore[assignment]  # (mutable, as the dataclass it was)

    def __repr__(self) -> str:
        return (f"Line(text={self.text!r}, number={self.number}, indent={self.indent}, "
                f"page_start={self.page_start}, gap_before={self.gap_before}, marks={self.marks!r})")

    @property
    def content(self) -> Marked:
        return Marked(self.text, self.marks)

    @property
    def view(self) -> str:
        """The line as printed (see marked.py)."""
        return view_of(self.text, self.marks) if self.marks else self.text

    @property
    def width(self) -> int:
        return width(self.text, self.marks) if self.marks else len(self.text)

    def set_content(self, m: Marked) -> None:
        self.text, self.marks = m.text, m.marks

    @staticmethod
    def shapes(lines: list[Line]) -> tuple[list[int], bytearray, bytearray]:
        """Each line's indent, page_start and gap_before, read at once (the layout asks them of every
        line; read one property at a time, they cost more than the rules that use them)."""
        packed = [ln._shape for ln in lines]
        return [x >> 2 for x in packed], bytearray([x >> 1 & 1 for x in packed]), bytearray([x & 1 for x in packed])


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote as read: its marker, its text and the line it starts on."""

    marker: str
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Block(Marked):
    """A logical paragraph rebuilt from lines — its text with its marks —, or a heading line between
    paragraphs. (A Marked itself: one object a paragraph, as a long text has many.)"""

    line: int = 0  # line number of the first line
    lines: int = 1
    heading: bool = False  # a one-line title between paragraphs ("Follow-up", "Reporting")
    heads: tuple[str, ...] = ()  # the headings printed right before this block

    @staticmethod
    def of(content: Marked, line: int, lines: int = 1, heading: bool = False, heads: tuple[str, ...] = ()) -> Block:
        return Block(content.text, content.marks, line, lines, heading, heads)

    @property
    def content(self) -> Marked:
        return self

    def with_content(self, m: Marked) -> Block:
        return replace(self, text=m.text, marks=m.marks)


@dataclass(slots=True)
class Pieces:
    """Texts read one after another that make one text (a paragraph that goes on over blocks):
    joined once, when the text is asked for — joining each as it comes would copy and normalise
    the growing text again each time."""

    first: Marked
    more: list[Marked] | None = None  # (made when a piece comes: most texts are one piece)

    def add(self, m: Marked) -> None:
        if self.more is None:
            self.more = [m]
        else:
            self.more.append(m)

    def extend(self, other: Pieces) -> None:
        for m in [other.first, *(other.more or ())]:
            self.add(m)

    def joined(self, lang: Lang) -> Marked:
        if self.more:
            return join(lang, [self.first, *self.more])
        # (The first may be a whole Block: only its text and marks are kept.)
        return self.first if type(self.first) is Marked else Marked(self.first.text, self.first.marks)

    def end(self, lang: Lang) -> str:
        """The text's last pieces, joined: enough to say how the text ends."""
        tail: list[Marked] = []
        # (from the last piece back, without copying them all: a text of thousands of pieces asks this at each)
        for m in chain(reversed(self.more or ()), (self.first,)):
            tail.append(m)
            if len(m.text.rstrip().rstrip(_CLOSING_QUOTES)) >= TAIL:
                break
        return join(lang, tail[::-1]).text if len(tail) > 1 else tail[0].text


@dataclass(slots=True)
class SubDraft:
    label: str
    seq: str  # the name of the label's sequence ("latin", "roman"…)
    text: Pieces
    subs: list[SubDraft] | None = None  # (made when a sub-paragraph comes: most items have none)
    heads: tuple[str, ...] = ()  # the headings printed right before the item


@dataclass(slots=True)
class AnnexDraft:
    label: str  # the line that opens the annex, as printed ("Annex", "Annex II")
    title: Marked | None = None
    # (number as printed, headings before it, text, its list: rule annex-indented-items) of each paragraph
    paragraphs: list[tuple[str | None, tuple[str, ...], Marked, list[SubDraft]]] = field(default_factory=list)
    # (position: the paragraphs before it, the table as read) of each table (rule annex-table)
    tables: list[tuple[int, TableDraft]] = field(default_factory=list)


@dataclass(slots=True)
class OpDraft:
    number: str | None
    text: Pieces
    line: int
    headings: tuple[str, ...] = ()
    subs: list[SubDraft] = field(default_factory=list)
    wrap_up: Pieces | None = None
    quoted: bool = False  # a paragraph of a quoted text (rule quoted-text): it has no opening phrase

    def last_sub(self) -> SubDraft:
        last = self.subs[-1]
        while last.subs:
            last = last.subs[-1]
        return last


@dataclass(slots=True)
class PartDraft:
    label: str
    title: Marked | None
    line: int
    blocks: list[Block]
    formula: str | None = None
    preamble: list[Block] = field(default_factory=list)
    operative: list[OpDraft] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class VoteDraft:
    kind: str  # a model vote type ("recorded", "without_vote"…)
    text: Marked | None = None
    in_favour: VoteSide | None = None
    against: VoteSide | None = None
    abstaining: VoteSide | None = None
    procedure: str | None = None  # "in_writing" when the statement says so


@dataclass(slots=True)
class Header:
    """What the header and the closing block state about the resolution."""

    body: str | None = None
    body_name: str | None = None
    distribution: str | None = None
    issue_date: str | None = None
    original_language: str | None = None
    adoption_date: str | None = None
    resolution_number: str | None = None
    title: Marked | None = None
    origin: str | None = None
    session_label: str | None = None  # set when a session line was read ("": its dates alone)
    session_start: str | None = None
    session_end: str | None = None
    meeting_number: int | None = None
    meeting_label: str | None = None
    agenda: list[AgendaItem] = field(default_factory=list)


@dataclass(slots=True)
class Segments:
    """Where the parts of the text start, as indices into Doc.lines."""

    header_to: int = 0  # the header is lines[:header_to]
    lead_from: int = 0  # considerations printed before the formula: lines[lead_from:formula_at]
    formula_at: int = 0
    formula: str | None = None  # the resolution's own formula (None: none, or each part has its own)
    body_formula: int | None = None  # the line whose formula names the body
    body_from: int = 0
    closing_at: int = 0
    annex_at: int = 0
    # (body_blocks takes the body's lines, read into blocks, out of doc.lines, and moves closing_at
    # and annex_at back as many: a long text is not held twice over.)

    @property
    def parts_carry_formulas(self) -> bool:
        """Whether each part has its own formula, the resolution none (a first part's label stands before
        the formula: segment's part-label-before-formula, part-title-before-formula)."""
        return self.formula is None and self.body_formula is not None


@dataclass
class Doc:
    """One document being read."""

    lang: Lang
    text: str
    warnings: list[Problem]
    # furniture
    raw: list[str] = field(default_factory=list)  # the input's lines
    stripped: list[str] = field(default_factory=list)  # each with its whitespace collapsed
    furniture: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # by index into raw
    symbol: str | None = None
    job_number: str | None = None
    # the numbers of the lines whose spaces were widened to fill the width, in a justified text
    # (pages.justified_lines; empty in a text that is not)
    spread: frozenset[int] = frozenset()
    # the words the text writes in lower case, and those it capitalises inside a line (headings' capital-of-common-
    # word: read once per document, not once per run of headings — a budget text has one run per annex)
    word_cases: tuple[frozenset[str], frozenset[str]] | None = None
    justified_width: int = 0  # the width those lines were widened to (unspread-item-end; 0 in a text not justified)
    # pages numbered in their running heads ("A/RES/60/1" / "Page 2", older UN print): they have no feet, the
    # text's end is the last page's (running-head-page)
    headed_pages: bool = False
    # pages told by page breaks alone, no running head or foot past the cover: the text's end is the last page's foot
    # (bare-pages-end-at-text-end)
    bare_pages: bool = False
    # no running head or job number's foot past the cover: the text shows none of its pages, as a PDF-to-Markdown or
    # block extraction gives it (unseen-pages-only)
    pages_unseen: bool = False
    # markdown-signs: the text was read as a PDF-to-Markdown extraction (unseen-pages-only: such a tool drops the
    # running heads of some pages and keeps others')
    markdown: bool = False
    # flow
    lines: list[Line] = field(default_factory=list)
    last_line: int = 0  # the number of the last text line
    notes: list[Note] = field(default_factory=list)
    # segments and what they hold
    seg: Segments = field(default_factory=Segments)
    header: Header = field(default_factory=Header)
    lead: list[Block] = field(default_factory=list)
    closing: list[Line] = field(default_factory=list)
    full: int = 0  # the length of a full line of the body
    full_columns: int = 0  # the same in columns, where the script has wide characters (else 0)
    layout: Layout | None = None  # the body's layout, which its annexes share
    wraps: bool = False  # the body's lines wrap its paragraphs at a printed width (blocks.Lines.wraps)
    top: list[Block] = field(default_factory=list)  # the body's blocks (before the first part)
    # (the number of its first line, the table as read) of each table among the body's paragraphs
    body_tables: list[tuple[int, TableDraft]] = field(default_factory=list)
    after_table: set[int] = field(default_factory=set)  # the first line after each of them
    preamble: list[Block] = field(default_factory=list)
    operative: list[OpDraft] = field(default_factory=list)
    parts: list[PartDraft] = field(default_factory=list)
    vote: VoteDraft | None = None
    annexes: list[AnnexDraft] = field(default_factory=list)
    used: set[str] = field(default_factory=set)  # markers whose marks reached the model
    result: Resolution | None = None
    # account.py: the letters and digits the body gives the model (tally), and the texts a warning reported as
    # left out of it (dropped headings), which the account counts as held
    tally: Tally | None = None
    left_out: list[str] = field(default_factory=list)
    # endnote-mark-raised: the raised markers ("¹") the endnotes stage took as marks after the tally counted them —
    # held as their references' markers ("1"), which the account counts for them
    raised_taken: list[str] = field(default_factory=list)
    # (rule name, line number) of each decision a named layout rule made, when asked for
    trace: list[tuple[str, int]] | None = None
    # notes-apart: the notes were taken from the file apart from its text (a PDF's page foot, a Word
    # file's footnotes part): no line of the text is a note.
    notes_apart: bool = False
    # bold-heading: the texts the file set in bold between paragraphs (a PDF's bold lines, a Word
    # file's bold paragraphs), whitespace normalised; empty for plain text.
    bold_headings: frozenset[str] = frozenset()
    # numbered-items: the lines of the blocks whose paragraph number is an item's label ("1." under "(iii) …:")
    numbered_items: set[int] = field(default_factory=set)
    # the numbers of the body's lines a page break opened (its lines leave doc.lines once read into blocks)
    page_starts: frozenset[int] = frozenset()
    gap_starts: frozenset[int] = frozenset()  # the body's lines a blank line stands before (heading-apart-by-blank)
    # note-unplaced-told: the lines (numbers) that opened as the next note and its sentence, refused for want of a
    # mark in the text, by their markers (flow); told where they stay in the running text (endnotes)
    unplaced: dict[int, str] = field(default_factory=dict)
    # (of those, the lines of a note's text under its marker alone, by the marker's line: _unplaced_under_marker)
    unplaced_under: dict[int, int] = field(default_factory=dict)
    # (of those, the text's lines whose lone marker the page furniture took for a page's number and dropped)
    unplaced_dropped: set[int] = field(default_factory=set)
    # (the dropped numbers a warning named, for the account: marker-dropped-counted)
    dropped_told: list[str] = field(default_factory=list)
    # label-alone-after-clause-told: the lines (numbers, and their text) that hold a section's label with its stop
    # alone under a clause's comma or semicolon, the first or the next in sequence (blocks): told at classify's end
    # where they were read as other than headings
    labels_after_clause: dict[int, str] = field(default_factory=dict)
    # text-boundary-guessed: the lines where the layout gave no cue whether a paragraph starts (guessed.note) — their
    # numbers, and the shape that left each open (a code of guessed.py) —; told where they begin or lie inside a
    # preambular paragraph. (Compact: a long text of blocks notes nearly every line.)
    unsure_lines: array[int] = field(default_factory=lambda: array("I"))
    unsure_kinds: bytearray = field(default_factory=bytearray)

    def warn(self, code: str, message: str, line: int | None = None) -> None:
        self.warnings.append(Problem(code, message, line=line, severity="warning"))

    def fired(self, rule: str, line: int) -> None:
        if self.trace is not None:
            self.trace.append((rule, line))

    @property
    def body_lines(self) -> list[Line]:
        return self.lines[self.seg.body_from:self.seg.closing_at]

    @property
    def annex_lines(self) -> list[Line]:
        return self.lines[self.seg.annex_at:]
