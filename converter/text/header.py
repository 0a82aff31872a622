"""Stage `header`: what the lines before the formula state — the cover's items, session, agenda
items, adoption, resolution number and title, origin.

Each header line is read by the first rule of COVER_RULES, then STATEMENT_RULES, that takes it;
a line no rule takes is reported. A rule may say what the next lines continue (`expect`: the
session's dates, an agenda item's title, the resolution's title).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..langs import all_langs, symbol_pattern
from ..model import AgendaItem
from .cover import DISTRIBUTION, rejoin, split_columns
from .marked import join, join_text, normalize_text, slice_view
from .pages import spaced_symbol
from .ruleset import Rule
from .state import Doc, Line

# between agenda item numbers, besides the vote's last separator ("and"); Chinese joins the last
# two with 和 ("议程项目14和121"), where its vote lists use 、
_AGENDA_SEPARATORS = ",、和"


@dataclass
class _Reading:
    doc: Doc
    expect: str | None = None  # what a line that matches nothing continues
    after_distribution: bool = False  # the line before was the distribution (the issue date may follow)


HeaderRule = Callable[[_Reading, Line, str], bool]  # (state, line, its text) → taken


def header(doc: Doc) -> None:
    """Stage: doc.header from the lines before the formula (or the considerations before it)."""
    lg = doc.lang
    r = _Reading(doc)
    for ln in split_columns(doc, rejoin(doc, doc.lines[:doc.seg.header_to])):
        t = ln.text
        if _read_by(r, COVER_RULES, ln, t):
            continue
        r.after_distribution = False
        if not _read_by(r, STATEMENT_RULES, ln, t) and not cover_joined(r, ln, t):
            doc.warn("text-header-unknown", f"header line not understood: {t[:60]!r}", ln.number)
    if doc.seg.body_formula is not None:
        h = doc.header
        h.body = lg.body_by_formula(doc.lines[doc.seg.body_formula].view) or h.body


def _read_by(r: _Reading, rules: tuple[HeaderRule, ...], ln: Line, t: str) -> bool:
    for rule in rules:
        if rule(r, ln, t):
            if rule in _NAMED:
                r.doc.fired(_NAMED[rule], ln.number)
            return True
    return False


# -- the cover's items (these keep the distribution in mind) ----------------------------------------
def _furniture(r: _Reading, ln: Line, t: str) -> bool:
    if not any(p.match(t) for p in r.doc.lang.furniture) and not _furniture_capitals(r, ln, t):
        return False
    r.after_distribution = t.startswith(DISTRIBUTION)
    return True


def _distribution(r: _Reading, ln: Line, t: str) -> bool:
    if not (m := r.doc.lang.match("distribution", t)):
        return False
    r.doc.header.distribution = _capital_value(r, ln, m["value"])
    r.after_distribution = True
    return True


def issue_date(r: _Reading, ln: Line, t: str) -> bool:
    """issue-date-under-distribution: a date under the distribution is the issue date, in any of the
    languages (covers print it in the document's or in English)."""
    h = r.doc.header
    if not (r.after_distribution and h.issue_date is None and (d := any_date(t))):
        return False
    h.issue_date = d
    r.after_distribution = False
    return True


def _body_name(r: _Reading, ln: Line, t: str) -> bool:
    # (Keeps after_distribution: right to left, a cover's columns put the body's name between the
    # distribution and the issue date under it.)
    lg, h = r.doc.lang, r.doc.header
    if not (body := lg.body_by_name(t)):
        return False
    if _body_name_taken(r):
        r.doc.fired("body-name-once", ln.number)
        return False
    h.body_name = t
    h.body = h.body or body
    return True


def _body_name_taken(r: _Reading) -> bool:
    """body-name-once: a line that reads as a body's name under the resolution's heading is the last
    line of its wrapped title ("… la session de" / "l’Assemblée générale"); under an agenda item,
    once the cover's name is read, the last line of the item's title ("Report of the" / "Human
    Rights Council"). Left to the rules that continue them. (A second name before them is the
    cover's: the Council's under "General Assembly" on a Human Rights Council cover.)"""
    return r.expect == "title" or (r.expect == "agenda_title" and r.doc.header.body_name is not None)


COVER_RULES: tuple[HeaderRule, ...] = (_furniture, _distribution, issue_date, _body_name)


# -- statements ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Unfolded:
    """A match on a line whose lookalike letters were folded, its groups read in the line as given
    (the fold keeps every offset): the values keep the text's own letters."""
    m: re.Match[str]
    text: str

    def __getitem__(self, group: str) -> Any:
        start, end = self.m.span(group)
        return None if start < 0 else self.text[start:end]

    def start(self, group: str) -> int:
        return self.m.start(group)


Found = re.Match[str] | _Unfolded


def _statement(pattern: str, read: Callable[[_Reading, Found], bool | None]) -> HeaderRule:
    """The rule for a statement the language table has a pattern for: read it when it matches
    (and the reading does not refuse it: False)."""
    def rule(r: _Reading, ln: Line, t: str) -> bool:
        m = r.doc.lang.match(pattern, t)
        if m is not None:
            return read(r, m) is not False
        return lookalike_letters(r, ln, t, pattern, read) or cover_capitals(r, ln, t, pattern, read)

    rule.__name__ = f"_{pattern}"
    return rule


def lookalike_letters(r: _Reading, ln: Line, t: str, pattern: str,
                      read: Callable[[_Reading, Found], bool | None]) -> bool:
    """lookalike-letters: a statement whose words hold a letter of another script drawn like one of
    the language's ("Сессия 2023 годa" with a Latin a — a slip the printed page does not show) is
    read as the statement it looks like; the values keep the letters as given."""
    folded = r.doc.lang.script.fold_lookalikes(t)
    if folded == t or (m := r.doc.lang.match(pattern, folded)) is None:
        return False
    if read(r, _Unfolded(m, t)) is False:
        return False
    r.doc.fired("lookalike-letters", ln.number)
    return True


# Rule cover-capitals. Older UN print (the 1990s) sets the cover's headings in capitals ("RESOLUTION ADOPTED BY
# THE GENERAL ASSEMBLY", "RESOLUTION 1373 (2001)") and the distribution so ("Distr. GENERAL"): the language
# table's patterns are written in the current print's case.
def in_capitals(t: str) -> bool:
    """Whether a line's letters are capitals (it has some with a case, and none in lower case)."""
    return t != t.lower() and t == t.upper()


def cover_capitals(r: _Reading, ln: Line, t: str, pattern: str,
                   read: Callable[[_Reading, Found], bool | None]) -> bool:
    """cover-capitals: a statement printed in capitals is read as the statement it is in any case (a script
    without case has no capitals: never asked)."""
    if not in_capitals(t) or (m := r.doc.lang.match_capitals(pattern, t)) is None:
        return False
    if read(r, m) is False:
        return False
    r.doc.fired("cover-capitals", ln.number)
    return True


def _furniture_capitals(r: _Reading, ln: Line, t: str) -> bool:
    """cover-capitals: the organization in capitals ("UNITED NATIONS")."""
    if not in_capitals(t) or not any(p.match(t) for p in r.doc.lang.furniture_capitals):
        return False
    r.doc.fired("cover-capitals", ln.number)
    return True


def _capital_value(r: _Reading, ln: Line, value: str) -> str:
    """cover-capitals: a distribution printed in capitals ("GENERAL") as the language table writes it."""
    written = r.doc.lang.distribution_values.get(value.casefold()) if in_capitals(value) else None
    if written is None or written == value:
        return value
    r.doc.fired("cover-capitals", ln.number)
    return written


def adopted_undated(r: _Reading, ln: Line, t: str) -> bool:
    """adopted-undated: the cover's heading without its date ("Resolution adopted by the General Assembly",
    older UN print: the date only in the closing, which gives the adoption date), in capitals too, is the
    heading: it ends an agenda item's title above it. Only where it names a body as the table's adopted_by
    does ("the General Assembly"): a line of an agenda item's title may open so too."""
    lg = r.doc.lang
    m = lg.adopted_undated.match(t) or (lg.match_capitals("adopted_undated", t) if in_capitals(t) else None)
    if m is None or " ".join(m["body"].split()).casefold() not in lg.adopting_bodies:
        return False
    r.expect = None
    return True


def _original(r: _Reading, m: Found) -> None:
    r.doc.header.original_language = _language_of(m["value"])


def _session(r: _Reading, m: Found) -> None:
    r.doc.header.session_label = m["label"]
    r.expect = "session_dates"


def session_dates(r: _Reading, ln: Line, t: str) -> bool:
    """session-dates: the line under the session may give its dates ("11 September–13 October 2023")."""
    if r.expect != "session_dates":
        return False
    start, end = r.doc.lang.date_range(t)
    if not start:
        return False
    r.doc.header.session_start, r.doc.header.session_end = start, end
    r.expect = None
    return True


def session_dates_alone(r: _Reading, ln: Line, t: str) -> bool:
    """session-dates-alone: a range of dates in the header where no session was stated ("11 September–
    13 October 2023" without "Fifty-fourth session" above it, as the text writer prints a session
    the UN's file gives by its dates alone) is the session's dates: the session is stated, without
    a label."""
    h = r.doc.header
    if h.session_label is not None or h.session_start is not None:
        return False
    start, end = r.doc.lang.date_range(t)
    if not start:
        return False
    h.session_label, h.session_start, h.session_end = "", start, end
    return True


def _agenda(r: _Reading, m: Found) -> bool:
    lg = r.doc.lang
    last = lg.vote_words.last_separator.strip() or ","
    # (before the next number only: the Spanish "y" is also a sub-item, "Tema 99 y) del programa")
    split = r"\s*(?:" + "|".join(re.escape(s) for s in _AGENDA_SEPARATORS) + "|" + re.escape(last) + r")\s*(?=\d)"
    numbers = [n for n in re.split(split, m["numbers"].strip()) if n]
    # Where the agenda item's title runs on the same line ("Agenda item 98 (t) General and
    # complete disarmament", a cover block joined), the line is no agenda statement by itself:
    # cover-joined parts it.
    if not all(_AGENDA_NUMBER.match(n) for n in numbers):
        return False
    for number in numbers:
        r.doc.header.agenda.append(AgendaItem(normalize_text(lg, number), None))
    r.expect = "agenda_title"
    return True


# An agenda item as numbered: "98", "98 (t)", "19 с)", "125 (ب)", "68 (kk)", "99 (ط ط)" (Arabic prints
# a doubled letter with a space between); or a sub-item of the one before ("(b)" in "68 (a) and (b)").
_SUB_ITEM = r"[^\W\d_](?: ?[^\W\d_])?"
_AGENDA_NUMBER = re.compile(rf"^(?:\d{{1,3}}(?:\s?\(?{_SUB_ITEM}\)?)?|\(?{_SUB_ITEM}\))$")
# A joined cover block is parted at its first spaces: the statements it holds are short.
JOINED_SPLITS_TRIED = 16


def cover_joined(r: _Reading, ln: Line, t: str) -> bool:
    """cover-joined: cover items a paragraph-block extractor joined in one line — the session, the
    agenda item and its title ("Seventy-ninth session Agenda item 98 (t) General and complete
    disarmament") —: the line is parted where a statement the language table knows ends, and
    the rest is read as a line of its own."""
    spaces = [k for k, c in enumerate(t) if c == " "][:JOINED_SPLITS_TRIED]
    for k in reversed(spaces):  # the longest statement first: "Agenda item 98 (t)", not "… 98"
        head, rest = t[:k], t[k + 1:]
        if _read_by(r, JOINABLE, ln, head):
            r.doc.fired("cover-joined", ln.number)
            if not (_read_by(r, COVER_RULES, ln, rest) or _read_by(r, STATEMENT_RULES, ln, rest)
                    or cover_joined(r, ln, rest)):
                r.doc.warn("text-header-unknown", f"header line not understood: {rest[:60]!r}", ln.number)
            return True
    return False


def _adopted(r: _Reading, m: Found) -> None:
    r.doc.header.adoption_date = r.doc.lang.date(m["date"])
    r.expect = None


def _sc_adopted(r: _Reading, m: Found) -> None:
    r.doc.header.adoption_date = r.doc.lang.date(m["date"])
    # (Some Security Council texts state the date without the meeting: resolutions adopted by
    # written procedure, 2020-2021, name none.)
    r.doc.header.meeting_number = int(m["meeting"]) if m["meeting"] else None


def _sc_old_heading(r: _Reading, m: Found) -> None:
    r.doc.header.resolution_number = m["number"]
    r.doc.header.adoption_date = r.doc.lang.date(m["date"])


def _sc_old_date(r: _Reading, m: Found) -> None:
    r.doc.header.adoption_date = r.doc.lang.date(m["date"])


def _sc_heading(r: _Reading, m: Found) -> None:
    r.doc.header.resolution_number = re.sub(r"\s*\(", " (", normalize_text(r.doc.lang, m["number"]))


def _number_title(r: _Reading, ln: Line, t: str) -> bool:
    content = ln.content
    if not (m := r.doc.lang.match("number_title", content.view)):
        return False
    r.doc.header.resolution_number = m["number"]
    r.doc.header.title = slice_view(content, m.start("title")) if m["title"] else None
    r.expect = "title"
    return True


def _origin(r: _Reading, m: Found) -> None:
    r.doc.header.origin = m["value"]


def agenda_title(r: _Reading, ln: Line, t: str) -> bool:
    """agenda-title: lines under an agenda item are its title."""
    agenda = r.doc.header.agenda
    if r.expect != "agenda_title" or not agenda:
        return False
    last = agenda[-1]
    agenda[-1] = AgendaItem(last.number, join_text(r.doc.lang, [last.title, t]) if last.title else t)
    return True


def title_continues(r: _Reading, ln: Line, t: str) -> bool:
    """title-continues: lines under a "35/8. Title" heading go on with the title."""
    if r.expect != "title":
        return False
    h = r.doc.header
    h.title = join(r.doc.lang, [h.title, ln.content]) if h.title else ln.content
    return True


def symbol_beside(r: _Reading, ln: Line, t: str) -> bool:
    """symbol-beside-organization: usually the symbol is a running head, read as furniture; on a
    cover page laid out in columns it comes beside the organization's name."""
    if not symbol_pattern().fullmatch(t):
        return False
    if r.doc.symbol is None:
        r.doc.symbol = spaced_symbol(t)
    return True


# The statements a joined cover block may hold, each with its own pattern (rules that take any
# line, such as an agenda item's title, are never tried on a part of one).
JOINABLE: tuple[HeaderRule, ...] = (
    _statement("session", _session), _statement("agenda", _agenda), _statement("adopted", _adopted),
    _statement("sc_adopted", _sc_adopted), _statement("origin", _origin))
STATEMENT_RULES: tuple[HeaderRule, ...] = (
    _statement("original", _original), _statement("session", _session), session_dates, session_dates_alone,
    _statement("agenda", _agenda), _statement("adopted", _adopted), _statement("sc_adopted", _sc_adopted),
    adopted_undated, _statement("sc_old_heading", _sc_old_heading), _statement("sc_old_date", _sc_old_date),
    _statement("sc_heading", _sc_heading), _number_title, _statement("origin", _origin), agenda_title,
    title_continues, symbol_beside)


def any_date(text: str) -> str | None:
    for lg in all_langs():
        d = lg.date(text)
        if d:
            return d
    return None


def _language_of(name: str) -> str | None:
    for lg in all_langs():
        code = lg.language_code(name)
        if code:
            return code
    return None


_NAMED: dict[HeaderRule, str] = {
    issue_date: "issue-date-under-distribution", session_dates: "session-dates",
    session_dates_alone: "session-dates-alone", agenda_title: "agenda-title",
    title_continues: "title-continues", symbol_beside: "symbol-beside-organization",
    adopted_undated: "adopted-undated"}

RULES: tuple[Rule, ...] = (
    Rule("cover-joined", "header", cover_joined, "cover items joined in one line by a block extractor (session, "
         "agenda item, its title) are parted where a known statement ends"),
    Rule("body-name-once", "header", _body_name_taken, "a line reading as a body's name under the resolution's "
         "heading, or under an agenda item once the cover's name is read, ends a wrapped title"),
    Rule("issue-date-under-distribution", "header", issue_date, "the date under the distribution is the issue "
         "date, in any language"),
    Rule("session-dates", "header", session_dates, "the line under the session may give its dates"),
    Rule("session-dates-alone", "header", session_dates_alone, "a range of dates in the header where no session "
         "was stated is the session's dates (a session without a label)"),
    Rule("lookalike-letters", "header", lookalike_letters, "a statement whose words hold a letter of another "
         "script drawn like one of the language's (a Latin a in a Russian word) is read as the one it looks like"),
    Rule("agenda-title", "header", agenda_title, "the lines under an agenda item are its title"),
    Rule("title-continues", "header", title_continues, "the lines under a '35/8. Title' heading go on with the "
         "title"),
    Rule("symbol-beside-organization", "header", symbol_beside, "the symbol in a cover's column beside the "
         "organization's name"),
    Rule("adopted-undated", "header", adopted_undated, "the cover's heading without its date ('Resolution "
         "adopted by the General Assembly', older UN print), naming a body as adopted_by does, is the heading"),
    Rule("cover-capitals", "header", cover_capitals, "a header statement printed in capitals (older UN print) is "
         "read as in any case; a distribution in capitals ('GENERAL') as the language table writes it"),
    Rule("header-statement-wrapped", "header", rejoin, "a header statement wrapped over two lines is read as one"),
    Rule("cover-columns", "header", split_columns, "a cover line holding two columns is read item by item"),
)
