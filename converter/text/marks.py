"""Footnote reference marks: where on its page a footnote's mark stands.

When the flow stage reads a footnote, its mark is looked for on the page (and the page before)
by the mark rules below, strongest first; the first rule that finds a plausible place wins, and
the mark is taken out of the line's text into its marks. Marks come in document order: each is
looked for after the one found before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..langs import mark_context
from .marked import PRINTED_MARK, Mark
from .ruleset import Rule
from .state import Doc, Line

# A mark glued to what precedes it: after a letter, closing punctuation or CJK, never inside a
# number (1,5 or 3.9) and never after a slash or hyphen. The patterns below start with the marker
# and look back over it ("{m}" in a lookbehind): a pattern that starts with literal text is
# searched for that text first, one that starts with a lookbehind tries it at every character.
_MARK_AFTER, _MARK_BEFORE = mark_context()  # (from the scripts table)
_BEFORE = rf"(?<=(?:[^\W\d_]|[{_MARK_AFTER}]){{m}})(?<!\d[.,]{{m}})"
# (A full stop and a digit after the digits make a decimal: "有6.7%" holds no mark.)
_AFTER_DIGITS = rf"(?=[\s{_MARK_BEFORE}]|$)(?!\.\d)"


@dataclass(frozen=True)
class MarkRule:
    """A place a footnote's mark may stand. Rules are tried in the order of MARK_RULES.

    near_foot: tried only for a note at a page's foot (or in a footnote block), where notes stand;
    weak: a mark there is weak evidence, tried only where the text has pages or a mark was found
    glued to its word (and the last candidate on the page wins, not the first)."""

    name: str
    build: Callable[[str, str], re.Pattern[str] | None]  # (marker, number units) → pattern
    near_foot: bool
    weak: bool
    why: str


def _glued(marker: str, units: str) -> re.Pattern[str]:
    m = re.escape(marker)
    # Digits followed by a counter or unit ("4月", "3次") are numbers, not marks.
    unit = f"(?![{re.escape(units)}])" if units else ""
    after = _AFTER_DIGITS if marker.isdigit() else r"(?![*\d])"
    return re.compile(f"({m})" + _BEFORE.replace("{m}", m) + unit + after)


def _after_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    # After a full stop, a lower-case word next means a decimal or a target ("target 12.4 related").
    return re.compile(rf"({m})(?<=\d[,;:]{m})(?=[\s)]|$)(?!\s?%)|({m})(?<=\d\.{m})(?=\)|$|\s(?![a-zà-ÿа-я]))")


def _after_year(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    return re.compile(rf"({re.escape(marker)})(?<=(?<![\d/])(?:19|20)\d\d{re.escape(marker)})" + _AFTER_DIGITS)


def _after_document_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    return re.compile(rf"({m})(?<=/\d{m})(?=\s?[,;.:])|({m})(?<=/\d\d{m})(?=\s?[,;.:])"
                      rf"|({m})(?<=/\d\d\d{m})(?=\s?[,;.:])"
                      # a decision number: "EC-94/DEC.2" + "15" + ";"
                      rf"|({m})(?<=/[A-Z]{{3}}\.\d{m})(?=\s?[,;.:])|({m})(?<=/[A-Z]{{3}}\.\d\d{m})(?=\s?[,;.:])")


def _after_name_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    return re.compile(rf"({re.escape(marker)})(?<=[^\W\d_][-‑]\d\d{re.escape(marker)})" + _AFTER_DIGITS)


def _before_word(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    return re.compile(rf"({m})(?:(?<=\d/\d\d{m})|(?<=[^\W\d_] \d\d{m}))(?= [^\W\d_]|$)")


def _apart(marker: str, units: str) -> re.Pattern[str]:
    m = re.escape(marker)
    # After a space, before punctuation (or after another mark: "Humanos" + "1" + " 2" + ";").
    return re.compile(rf"({m})(?:(?<=[^\W\d_] {m})|(?<={PRINTED_MARK} {m}))(?=\s?[,;.:])")


MARK_RULES = (
    MarkRule("mark-glued", _glued, near_foot=False, weak=False,
             why="after a letter, closing punctuation or CJK: 'Council1,', '》1'"),
    MarkRule("mark-after-number", _after_number, near_foot=True, weak=False,
             why="after a number and its punctuation: 'of 1998,1 by' — easily a decimal ('1,5 million')"),
    MarkRule("mark-after-year", _after_year, near_foot=True, weak=False,
             why="a superscript after a year comes out as more digits: '2030' + '6' → '20306'"),
    MarkRule("mark-after-document-number", _after_document_number, near_foot=True, weak=True,
             why="after a resolution or decision number, before punctuation: '77/38' + '2' + ','"),
    MarkRule("mark-after-name-number", _after_name_number, near_foot=True, weak=True,
             why="after a name that ends in a number: 'COVID-19' + '13'"),
    MarkRule("mark-before-word", _before_word, near_foot=True, weak=True,
             why="after a resolution number or a two-digit name, before a word ('77/47' + '2' + ' et'): "
                 "only when nothing else on the page can be the mark"),
)
# Tried only for a line known to be a note (the next of a footnote block, or one at the foot):
MARK_APART = MarkRule("mark-apart", _apart, near_foot=True, weak=True,
                      why="a mark standing apart from its word: 'sesiones 7,', 'Humanos1 2;'")


@cache
def _patterns(marker: str, units: str, spaced: bool) -> tuple[tuple[MarkRule, re.Pattern[str]], ...]:
    rules = (MARK_APART,) if spaced else MARK_RULES
    return tuple((r, p) for r in rules if (p := r.build(marker, units)) is not None)


def plausible(view: str, start: int, next_view: str = "", tokens: Tokens | None = None) -> bool:
    """Rejects digits that end a document symbol ("E/2023/15/Add.1", "A/78/L.9") or that begin a
    number the line break cut ("…、1" + "998年"). tokens: the line's Tokens, when several
    candidates of one line are asked in order."""
    # (No mark is followed by a digit, and a marker has three digits at most: the rest of the
    # line is digits only when the mark ends it.)
    if len(view) - start <= _MARKER_MAX + 1 and view[start:].isdigit() and re.match(r"\d+[^\d.\s]", next_view):
        return False
    if start < 2 or view[start - 1] != "." or not view[start - 2].isalnum():
        return True
    return not (tokens or Tokens(view)).slash_before(start)


_MARKER_MAX = 3


class Tokens:
    """Whether the word (from the last space or bracket) before a position holds a slash, for
    positions asked in increasing order: each stretch of the line is searched once — searching
    back from every candidate would cross a long line again for each."""

    def __init__(self, view: str):
        self.view = view
        self.pos = 0  # searched up to here
        self.sep = -1  # the last space or "(" before pos
        self.slash = -1  # the last "/" before pos

    def slash_before(self, start: int) -> bool:
        v = self.view
        if start < self.pos:  # (asked out of order: search from the line's start)
            self.pos, self.sep, self.slash = 0, -1, -1
        self.sep = max(self.sep, v.rfind(" ", self.pos, start), v.rfind("(", self.pos, start))
        self.slash = max(self.slash, v.rfind("/", self.pos, start))
        self.pos = start
        return self.slash > self.sep


@dataclass
class MarkSearch:
    """The marks of one text as they are found, in document order."""

    doc: Doc  # its lines are searched
    pages: list[int]  # where each page starts in doc.lines (the last: the page being read)
    last: tuple[int, int] = (-1, -1)  # (line, position in its view) of the last mark found

    def find(self, marker: str, first_line: int = -1, near_foot: bool = False, spaced: bool = False,
             weak: bool = True) -> MarkRule | None:
        """Finds the mark of a footnote on its page (or the page before) and takes it out of the
        text; returns the rule that found it, None when none did. first_line: no mark before it
        (the header's numbers are not marks)."""
        for rule, pattern in _patterns(marker, self.doc.lang.number_units, spaced):
            if (rule.near_foot and not (near_foot or spaced)) or (rule.weak and not weak):
                continue
            starts, end = self.pages, len(self.doc.lines)
            for page in (range(starts[-1], end), range(starts[-2], starts[-1]) if len(starts) > 1 else range(0)):
                found = self._on_page(page, marker, pattern, first_line, rule.weak)
                if found is not None:
                    self._take(found[0], found[1], marker)
                    self.doc.fired(rule.name, self.doc.lines[found[0]].number)
                    return rule
        return None

    def _on_page(self, page: range, marker: str, pattern: re.Pattern[str], first_line: int,
                 last_wins: bool) -> tuple[int, re.Match[str]] | None:
        after_line, after_col = self.last
        lines = self.doc.lines
        found = None
        for i in page:
            if i < after_line or i < first_line:
                continue
            view = lines[i].view
            if marker not in view:  # every pattern holds the marker itself: a cheap test first
                continue
            m = pattern.search(view, after_col + 1 if i == after_line else 0)
            nxt = lines[i + 1].view if i + 1 < len(lines) else ""
            tokens = Tokens(view)
            while m and not plausible(view, m.start(m.lastindex or 1), nxt, tokens):
                m = pattern.search(view, m.start(m.lastindex or 1) + 1)
            if m:
                found = (i, m)
                # A mark glued to a document number is weak evidence, and lists of resolution
                # numbers are full of look-alikes: there the last candidate before the foot wins.
                if not last_wins:
                    break
        return found

    def _take(self, i: int, m: re.Match[str], marker: str) -> None:
        g = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k) is not None)
        line = self.doc.lines[i]
        start = m.start(g)
        take_mark(line, start, m.end(g), marker)
        self.last = (i, start)


def take_mark(line: Line, start: int, end: int, marker: str) -> None:
    """Makes view[start:end] of a line (text that holds no mark) its mark."""
    view = line.view
    before = view.count(PRINTED_MARK, 0, start)
    at = start - before
    cut = end - start
    marks = [mk if k < before else Mark(mk.at - cut, mk.marker) for k, mk in enumerate(line.marks)]
    marks.insert(before, Mark(at, marker))
    line.text = line.text[:at] + line.text[at + cut:]
    line.marks = tuple(marks)


RULES: tuple[Rule, ...] = tuple(Rule(r.name, "flow", r.build, r.why, priority=len(MARK_RULES) - k)
                                for k, r in enumerate(MARK_RULES)) + (Rule(MARK_APART.name, "flow", MARK_APART.build,
                                                                          MARK_APART.why),)
