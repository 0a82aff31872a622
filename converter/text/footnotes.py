"""Stage `flow`: the running text's lines, page by page, with footnote blocks lifted out.

A line `N text` is a footnote when N is the next note's number and the note's mark is found on
the page (marks.py); the note then runs on over the lines that do not end it. What makes a line
a note, and where a note stops, are the footnote rules of FOOTNOTE_RULES (each a predicate named
here and documented in schema/SPEC.md, "Footnotes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..langs import Lang, punctuation
from .marked import normalize_text
from .marks import MarkSearch
from .openings import opener_regex
from .pages import BLANKS, indent, near_foot, paged
from .ruleset import Rule
from .state import Doc, Line, Note

_NOTE_FIRST = frozenset("0123456789*(")  # how a footnote's first line starts
_FOOTNOTE_START = re.compile(r"^(?P<marker>\d{1,3}(?=\s)|\*{1,3}|\(\d{1,3}\))\s*(?P<text>[^\s.．\-–].*)$")
# How a footnote ends: UN footnotes end with a full stop (or a question or exclamation mark).
_TERMINAL = tuple(punctuation("full_stop", "exclamation", "question"))
# Invisible format characters: soft hyphen, zero-width non-joiner and joiner, word joiner and the
# invisible operators. (Zero-width spaces and byte-order marks decode() removes everywhere.)
_INVISIBLE = re.compile("[\u00ad\u200c\u200d\u2060-\u2064]")
_HEAD_CHARS = 16  # a paragraph number or label with its spaces is shorter
# A line indented this far (or more) under a finished note still belongs to it.
NOTE_HANGING_INDENT = 3
# Without any note yet, a first note numbered below this is taken (a text may start at note 7).
FIRST_NOTE_MAX = 10


@dataclass
class _Open:
    """A footnote being read: its lines are joined when it closes (joining each as it comes would
    copy the growing text again each time)."""

    marker: str
    parts: list[str]
    line: int

    @property
    def last(self) -> str:  # how the note's text ends so far
        return self.parts[-1]


@dataclass
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
    in_notes: bool = False  # the last text line read was part of a footnote block


def flow(doc: Doc) -> None:
    """Stage: doc.lines (running text, marks taken out) and doc.notes."""
    pages = [0]  # where each page starts in doc.lines
    lg = doc.lang
    f = _Flow(doc, MarkSearch(doc, pages), frozenset(normalize_text(lg, formula) for formula in lg.formulas))
    lines = doc.lines
    invisible = _INVISIBLE.search(doc.text) is not None
    kinds = doc.furniture
    for number, (raw, stripped) in enumerate(zip(doc.raw, doc.stripped, strict=True), start=1):
        if "\f" in raw:
            _new_page(f)
            raw = raw.replace("\f", "")
        if not stripped:
            if f.pending is not None:
                f.pending = _close(f, keep_open=True)
            f.gap = True
            continue
        if number - 1 in kinds:
            _new_page(f)
            f.pending = _close(f)
            f.in_notes = False
            continue
        if stripped[0] in _NOTE_FIRST and _note_starts(f, raw, stripped, number):
            continue
        # An open footnote goes on over lines that do not end it — but not over a line that opens
        # a paragraph, a meeting or a date: a footnote taken for one would swallow the text.
        ind = indent(raw) if raw[:1] in BLANKS else 0
        if f.pending is not None:
            if note_goes_on(lg, f.pending.last, stripped, ind):
                f.pending.parts.append(stripped)
                doc.fired("note-runs-on", number)
                continue
            if (not f.pending.last.endswith(_TERMINAL) or ind >= NOTE_HANGING_INDENT) and ind < NOTE_HANGING_INDENT:
                doc.fired("not-a-note", number)  # (the note would have gone on over this line)
            f.pending = _close(f)
        f.in_notes = False
        if invisible:
            stripped = invisible_in_number(doc, stripped, number)
        if f.body_from is None and normalize_text(lg, stripped) in f.formulas:
            f.body_from = len(lines)
        # A blank line that belongs to a page break says nothing about paragraphs.
        page_break = f.page_break
        lines.append(Line(stripped, number, ind, page_break, f.gap and not page_break))
        f.page_break = f.gap = False
    _close(f)
    # The input's lines are not needed past this stage: freed, so that a long input is not held
    # three times over (text, lines, paragraphs).
    doc.raw, doc.stripped, doc.furniture = [], [], {}
    doc.last_line = lines[-1].number if lines else 0


def _new_page(f: _Flow) -> None:
    starts = f.search.pages
    if starts[-1] < len(f.doc.lines):
        starts.append(len(f.doc.lines))
    f.page_break = True


def _note_starts(f: _Flow, raw: str, stripped: str, number: int) -> bool:
    """Whether this line starts a footnote (then read as its first line)."""
    fm = _FOOTNOTE_START.match(stripped)
    if fm is None:
        return False
    if _continues_note(f, raw):
        f.doc.fired("note-indented-continuation", number)
        return False
    marker = fm["marker"]
    if marker in f.defined:
        return False
    if not next_in_sequence(marker, f.defined):
        f.doc.fired("note-in-sequence", number)
        return False
    if not_a_note(f.doc.lang, stripped):
        f.doc.fired("not-a-note", number)
        return False
    first = -1 if f.body_from is None or not marker[0].isdigit() else f.body_from
    if f.paged is None:
        f.paged = paged(f.doc)
    near = near_foot(f.doc, number - 1, f.paged)
    # At the end of a text without pages, where the whole text is one page, neither the weakest
    # patterns nor marks standing apart are tried until a note's mark was found glued to its
    # word: notes there with marks apart are the endnotes of old yearly volumes, placed by their
    # own rule (endnotes.py), and resolution numbers abound.
    found = f.search.find(marker, first, near_foot=near, weak=f.paged or f.glued)
    f.glued = f.glued or (found is not None and not found.weak)
    ok = found is not None
    if not ok and (f.in_notes or (near and f.paged)):
        # A mark may stand apart from its word ("sesiones 7,"). And the next note of a footnote
        # block is a note even when its mark cannot be found at all: it is then reported
        # unreferenced, never left in the running text.
        ok = f.search.find(marker, first, spaced=True) is not None or f.in_notes
    if not ok:
        return False
    _close(f)
    f.defined.add(marker)
    f.pending = _Open(marker, [fm["text"]], number)
    f.in_notes = True
    return True


def _continues_note(f: _Flow, raw: str) -> bool:
    """note-indented-continuation: indented under an unfinished note, a number goes on with it
    ("… 26 August –" / "4 September 2002 …"), even the next note's number."""
    p = f.pending
    if p is None or p.last.endswith(_TERMINAL):
        return False
    return indent(raw) > indent(f.doc.raw[p.line - 1])


def note_goes_on(lg: Lang, text: str, line: str, line_indent: int) -> bool:
    """note-runs-on: an open footnote goes on over a line while it is unfinished, or over a line
    indented under it — never over a line that opens a paragraph, a meeting or a date."""
    return ((not text.endswith(_TERMINAL) or line_indent >= NOTE_HANGING_INDENT)
            and not (line_indent < NOTE_HANGING_INDENT and not_a_note(lg, line)))


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
    return bool(lg.starts_with_date(line) or lg.match("meeting", line) or lg.paragraph_number.match(line))


def next_in_sequence(marker: str, defined: set[str]) -> bool:
    """Numbered footnotes run 1, 2, 3… (or (1), (2), (3)…) through a document; stars are not checked."""
    bare = marker.strip("()")
    if not bare.isdigit():
        return True
    # A wrapped "(67)/RES/10" must not start footnote (67) when no (66) came before.
    numbers = [int(m.strip("()")) for m in defined if m.strip("()").isdigit() and (m[0] == "(") == (marker[0] == "(")]
    expected = max(numbers) + 1 if numbers else 1
    # One footnote may have been missed (its mark unrecognisable): the next one is still taken.
    return int(bare) in (expected, expected + 1) or (not numbers and int(bare) < FIRST_NOTE_MAX)


def _close(f: _Flow, keep_open: bool = False) -> _Open | None:
    note = f.pending
    if note is None:
        return None
    if keep_open and not note.last.endswith(_TERMINAL):
        return note
    f.doc.notes.append(Note(note.marker, " ".join(note.parts), note.line))
    return None


RULES: tuple[Rule, ...] = (
    Rule("note-in-sequence", "flow", next_in_sequence, "a footnote's number is the next in sequence (one may be "
         "skipped): '(67)/RES/10' with no (66) before is no note"),
    Rule("note-indented-continuation", "flow", _continues_note, "a number indented under an unfinished note "
         "goes on with it"),
    Rule("note-runs-on", "flow", note_goes_on, "a note runs on over the lines that do not end it"),
    Rule("invisible-in-number", "flow", invisible_in_number, "a soft hyphen or word joiner inside a paragraph "
         "number or label is removed (reported), so that the number opens its paragraph"),
    Rule("not-a-note", "flow", not_a_note, "a line that opens with a date, a meeting or a paragraph number is "
         "no note, and no note runs on over it"),
)
