"""Footnote reference marks: where on its page a footnote's mark stands.

When the flow stage reads a footnote, its mark is looked for on the page (and the page before)
by the mark rules below, strongest first; the first rule that finds a plausible place wins, and
the mark is taken out of the line's text into its marks. Marks come in document order: each is
looked for after the one found before.
"""

from __future__ import annotations

import collections
import itertools
import json
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..langs import Lang, fold_word, mark_context, punctuation, scripts, spaced_punctuation
from .marked import PRINTED_MARK, Mark
from .ruleset import Rule
from .state import Doc, Line

# A mark glued to what precedes it: after a letter, closing punctuation or CJK, never inside a
# number (1,5 or 3.9) and never after a slash or hyphen. The patterns below start with the marker
# and look back over it ("{m}" in a lookbehind): a pattern that starts with literal text is
# searched for that text first, one that starts with a lookbehind tries it at every character.
_MARK_AFTER, _MARK_BEFORE = mark_context()  # (from the scripts table)
_BEFORE = rf"(?<=(?:[^\W\d_]|[{_MARK_AFTER}]){{m}})(?<!\d[.,]{{m}})"
# What follows a mark of digits. (A full stop and a digit after the digits make a decimal: "有6.7%"
# holds no mark.) Compiled once and asked at the end of a candidate, not written into each
# marker's patterns: its class (with the CJK ranges) takes milliseconds to compile, and the patterns
# are compiled for each marker a text has.
_AFTER_DIGITS = re.compile(rf"(?=[\s{_MARK_BEFORE}]|$)(?!\.\d)")


@dataclass(frozen=True)
class MarkRule:
    """A place a footnote's mark may stand. Rules are tried in the order of MARK_RULES.

    near_foot: tried only for a note at a page's foot (or in a footnote block), where notes stand;
    weak: a mark there is weak evidence, tried only where the text has pages or a mark was found
    glued to its word (and the last candidate on the page wins, not the first); after_digits: a
    marker of digits is followed by what _AFTER_DIGITS allows (asked apart from the pattern);
    ideographs: a mark of digits stands between two ideographs (True) or does not (False), asked
    apart from the pattern too (_after_ideographs)."""

    name: str
    build: Callable[[str, str], re.Pattern[str] | None]  # (marker, number units) → pattern
    near_foot: bool
    weak: bool
    why: str
    after_digits: bool = False
    ideographs: bool | None = None
    before_ideograph: bool = False  # an ideograph or an opening bracket or quote follows the mark
    ideograph_stop: bool = False  # a mark at a line's end stands after an ideograph and a clause's punctuation
    number_then_ideograph: bool = False  # a paragraph's number and an ideograph follow the mark

    def follows(self, marker: str) -> re.Pattern[str] | None:
        """What must follow this rule's mark, asked apart from its pattern (None: nothing)."""
        if self.number_then_ideograph:
            return _number_then_ideograph()
        if self.before_ideograph:
            return _before_ideograph()
        if self.ideograph_stop and _UNSPACED:
            return _after_ideograph_stop()
        if self.ideographs is not None and marker.isdigit():
            return _after_ideographs(len(marker), self.after_digits, self.ideographs)
        return _AFTER_DIGITS if self.after_digits and marker.isdigit() else None


# Digits printed raised (Unicode superscripts), as the text writer prints a note's mark: a mark
# wherever it stands — no text of a resolution raises digits otherwise.
RAISED = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_RAISED_DIGITS = RAISED_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LOWERED = str.maketrans(_RAISED_DIGITS, "0123456789")


def raised(marker: str) -> str:
    """A marker as the text writer prints it: its digits raised ("17" → "¹⁷"), a star as it is."""
    return marker.translate(RAISED) if marker.isdigit() else marker


@cache
def _units() -> dict[str, Any]:
    """The table of units (data/units.json, its schema units.schema.json)."""
    table: dict[str, Any] = json.loads((resources.files("unres") / "data" / "units.json").read_text(encoding="utf-8"))
    return table


# (mark-raised, endnote-mark-raised) Units of length whose power is printed raised after a number ("40 km²",
# "300 м³"); their raised digit is the unit's power, never a note's mark (a mark stands after the words it marks, not
# between a measure's unit and its power). Every script's symbols (the units table's), after the number with a space
# or without.
POWER_UNITS = tuple(_units()["power_units"])
# (no-note-of-unit-sign) Signs of a share ("1 % del total"): a line opening with a number and one is no note.
QUANTITY_SIGNS = frozenset(_units()["quantity_signs"])
NOT_AFTER_POWER_UNIT = "".join(f"(?<!\\d{re.escape(u)})(?<!\\d {re.escape(u)})" for u in POWER_UNITS)


def _raised(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(raised(marker))
    return re.compile(f"(?<![{_RAISED_DIGITS}]){NOT_AFTER_POWER_UNIT}({m})(?![{_RAISED_DIGITS}])")


def _glued(marker: str, units: str) -> re.Pattern[str]:
    m = re.escape(marker)
    # Digits followed by a counter or unit ("4月", "3次") are numbers, not marks.
    unit = _not_before_unit(units)
    after = "" if marker.isdigit() else r"(?![*\d])"  # (digits: MarkRule.follows, with ideographs=False)
    return re.compile(f"({m})" + _BEFORE.replace("{m}", m) + unit + after)


# Letters of the scripts written without spaces (the scripts table's `unspaced` ranges): ideographs.
# (mark-between-ideographs serves Chinese texts, where a number in running text is glued to the
# words on both sides, "目标2以及", "第1至10段", and the UN's marks mostly follow punctuation.)
_UNSPACED = "".join(s.unspaced for s in scripts().values())
_IDEOGRAPH = rf"(?=[{_UNSPACED}])[^\W\d_]"


def _between_ideographs(n: int) -> str:
    """At the end of a mark of n characters: whether it stands between two ideographs ("目标" + "2" +
    "以及")."""
    return rf"(?<=(?=[{_UNSPACED}])[^\W\d_][\s\S]{{{n}}}){_IDEOGRAPH}"


@cache
def _after_ideographs(n: int, after_digits: bool, between: bool) -> re.Pattern[str]:
    """What follows a mark of n digits that stands between two ideographs (between) or does not, and
    (after_digits) is followed by what _AFTER_DIGITS allows. Asked at the end of a candidate, not
    written into each marker's patterns: the CJK ranges take milliseconds to compile, and the
    patterns are compiled for each marker a text has (the three lengths of a marker are few)."""
    test = f"(?={_between_ideographs(n)})" if between else f"(?!{_between_ideographs(n)})"
    return re.compile((_AFTER_DIGITS.pattern if after_digits else "") + test)


def _glued_between_ideographs(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit() or not _UNSPACED:
        return None
    m = re.escape(marker)
    unit = _not_before_unit(units)
    return re.compile(f"({m})" + unit)  # (between two ideographs: MarkRule.follows, with ideographs=True)


def _in_brackets(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.startswith("("):
        return None
    # A bracketed mark glued to whatever precedes it: a digit ("2030(1)"), a vowel sign ("ً(2)").
    m = re.escape(marker)
    return re.compile(rf"({m})(?<=\S{m})")


def _after_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    # After a full stop, a lower-case word next means a decimal or a target ("target 12.4 related").
    return re.compile(rf"({m})(?<=\d[,;:]{m})(?=[\s)]|$)(?!\s?%)|({m})(?<=\d\.{m})(?=\)|$|\s(?![a-zà-ÿа-я]))")


def _after_year(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    return re.compile(rf"({re.escape(marker)})(?<=(?<![\d/])(?:19|20)\d\d{re.escape(marker)})")  # (MarkRule.follows)


# notes-in-flow-year-mark: a year glued to a note's digits before a clause's punctuation or a full stop ending the
# sentence — "de 2020" + "1" + ",", "2011‑2020" + "2" + "," — not before a word ("20201 dollars", a five-digit amount)
# nor after a slash or a digit's group ("S/20201", "1.20201": a symbol's or a number's own digits), nor before more
# digits ("20201,5": a decimal).
_YEAR_GLUED_NEXT = re.escape(punctuation("comma", "semicolon", "colon", "full_stop", "closing_brackets",
                                         "closing_quotes"))


# notes-in-flow-year-mark: the text before a year read for its date — a month's name and at most a day or a connector
# take fewer than 30 characters ("septiembre de ", "11 de "): the rest of a long line is never split into words.
_DATE_WINDOW = 80
# notes-in-flow-year-mark: the words before a year its date may hold — the month right before it, or the month and one
# word between them, the day or the language table's connector ("marzo de 2023", "March 11 2023", "3 mars 2037").
_DATE_WORDS = 2
# notes-in-flow-year-mark: a line holding fewer words than this before the year has its date begun on the line before
# (the wrap put the year, or the connector and the year, first on its line: "… de septiembre" / "de 20201,").
_DATE_WRAPPED_UNDER = 2
# A range's first year and its dash right before the year ("2011‑" + "2020"), spaces around the dash or not.
_RANGE_BEFORE = re.compile(r"(?<![\d/])(?:19|20)\d\d ?[-\u2010-\u2015] ?$")
# A date's day between its month and its year ("March 11 2023").
_DAY_WORD = re.compile(r"\d{1,2}")


def dated_year(lg: Lang, before: str) -> bool:
    """notes-in-flow-year-mark: whether a year is a date's or a range's, by the text before it — the date's month (the
    language table's months) right before it, or with one word between them, the day or the table's date connector
    ("de 11 de septiembre de" + "2020", "3 mars" + "2037"), no punctuation between ("en juillet : 20411." and "in
    March to 20421." are counts, not dates), or a range's first year and its dash ("2011‑" + "2020") —, where a year's
    four digits are sure: any five-digit number before a comma ("code 20301,", "resolution 80/121 and code 20301,") is
    no year and its mark."""
    if _RANGE_BEFORE.search(before):
        return True
    if not before[-1:].isspace():
        return False
    words = before[-_DATE_WINDOW:].split()[-_DATE_WORDS:]
    if not words:
        return False
    if words[-1].isalpha() and lg.month(words[-1]) is not None:
        return True
    return (len(words) == 2 and words[0].isalpha() and lg.month(words[0]) is not None
            and (_DAY_WORD.fullmatch(words[1]) is not None or fold_word(words[1]) in lg.date_connectors))


@cache
def _year_glued(marker: str, spaced: str) -> re.Pattern[str]:
    """notes-in-flow-year-mark's candidate: the note's digits glued to a year, before a clause's punctuation glued to
    them or, `spaced` (the punctuation and closing quotes the language sets apart: French ";", ":", "»"), one space
    before it ("du 3 mars 2037" + "1" + " ;")."""
    m = re.escape(marker)
    apart = rf"| [{re.escape(spaced)}](?!\d)" if spaced else ""
    return re.compile(rf"(?<![\d/.,])(?:19|20)\d\d({m})(?=[{_YEAR_GLUED_NEXT}](?!\d){apart})")


def _before_year(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit() or not units:
        return None
    m = re.escape(marker)
    # mark-before-year: in a language that writes a counter after its numbers (the table's number_units:
    # "2021年"), digits glued before a year and its counter, after a word or punctuation ("、42021年1月29
    # 日", "基金172021年12月31日"), are a mark and the year: no year has five or six digits. The UN's
    # Chinese texts place a mark after the enumeration comma, right before the next date of a list.
    return re.compile(rf"({m})(?<=[^\d\s]{m})(?=(?:19|20)\d\d[{re.escape(units)}])")


def _before_month(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit() or not units:
        return None
    # mark-before-month: as mark-before-year, digits glued before a date's month and day, each with its counter, after
    # a word or punctuation ("国际日、13" + "2月4日"), where the digits and the month's together make no month ("132",
    # no month has three digits; "1" + "3月" is "13", none either) — the month's digits being those a month has. The
    # UN's Chinese texts list days of the year ("12月10日人权日、12月9日…") and mark each after its comma. ("、12月4日"
    # holds no mark 1: "12" is a month.) Nor where the digits and the month's make a year ("其20" + "10年12月21日" is
    # "2010年"), nor before a day that more digits follow (a year's month and day: "10年12月" + "21日").
    months = [str(k) for k in range(1, MONTHS + 1) if _no_month(marker + str(k)) and not _YEAR_DIGITS.fullmatch(
        marker + str(k))]
    if not months:
        return None
    u = re.escape(units)
    # (Or opening a line, the word or punctuation it follows ending the line before: "国际日、" / "132月4日", where the
    # wrap put the mark first on its line.)
    return re.compile(rf"({re.escape(marker)})(?:(?<=[^\d\s]{re.escape(marker)})|(?<=^{re.escape(marker)}))"
                      rf"(?=(?:{'|'.join(sorted(months, key=len, reverse=True))})[{u}]\d{{1,2}}[{u}](?!\d))")


def _no_month(digits: str) -> bool:
    """Whether digits glued together make no month's number (more than two digits, or above twelve)."""
    return len(digits) > 2 or int(digits) > MONTHS


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


MONTHS = 12


def _after_document_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    return re.compile(rf"({m})(?<=/\d{m})(?=\s?[,;.:])|({m})(?<=/\d\d{m})(?=\s?[,;.:])"
                      rf"|({m})(?<=/\d\d\d{m})(?=\s?[,;.:])"
                      # a decision number: "EC-94/DEC.2" + "15" + ";"
                      rf"|({m})(?<=/[A-Z]{{3}}\.\d{m})(?=\s?[,;.:])|({m})(?<=/[A-Z]{{3}}\.\d\d{m})(?=\s?[,;.:])")


# The digits a resolution's or decision's number has at most after its session's slash ("77/335", "75/549"): no
# number of a session runs to a thousand.
_RESOLUTION_NUMBER_MAX = 3


def _after_overlong_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit() or len(marker) > _RESOLUTION_NUMBER_MAX:
        return None
    # mark-after-overlong-number: digits glued to a resolution's or decision's bare number — a session of one or two
    # digits, its slash, the number ("резолюции 75/289" + "1" + ";") — before punctuation, where the number and the
    # digits together run past the digits such a number has (four: "75/2891" numbers no resolution) and the number
    # left has one at least. mark-after-document-number reads the same place, but as a weak rule, never asked in a
    # text without pages until a mark was found glued (resolution numbers abound there, and a digit of one may be a
    # mark or not); past the digits a number has, it is no longer a guess. Not after a slash or a digit before the
    # session ("A/77/1001", "2023/1234": a document's series and a year-numbered decision run to four digits); nor
    # where the digits after the slash are a year ("12/2023,", a month and its year).
    # Only after a word of the table's endnotes.numbered_by_session ("resolution", "резолюции", "决议"), asked of each
    # candidate (MarkSearch._rejected: _session_word_before): "Decree No. 4/2341," is a decree's own number.
    m = re.escape(marker)
    total = _RESOLUTION_NUMBER_MAX + 1
    pattern = re.compile(rf"(?<![\d/.,])\d{{1,2}}/(?=\d{{{total},}})(?!(?:19|20)\d\d(?!\d))"
                         rf"\d{{1,{_RESOLUTION_NUMBER_MAX}}}({m})(?=\s?[,;.:])")
    _OVERLONG_NUMBER.add(pattern)
    return pattern


# mark-after-overlong-number's patterns (their candidates asked by _session_word_before)
_OVERLONG_NUMBER: set[re.Pattern[str]] = set()
_SESSION_NUMBER_BEFORE = re.compile(r"\d{1,2}/\d+$")


def _session_word_before(lg: Lang, view: str, start: int) -> bool:
    """For mark-after-overlong-number: whether the session's number before a candidate at `start` follows a word of
    the table's endnotes.numbered_by_session ("resolution 75/289", "决议75/289"): the word glued to it (a script
    without spaces) or the last word before it."""
    number = _SESSION_NUMBER_BEFORE.search(view[:start])
    if number is None or not lg.numbered_by_session:
        return False
    before = view[:number.start()].rstrip()
    if any(before.endswith(w) for w in lg.numbered_by_session if re.match(_IDEOGRAPH, w)):
        return True
    words = before.split()
    return bool(words) and fold_word(words[-1]) in lg.numbered_by_session


def _after_name_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    return re.compile(rf"({re.escape(marker)})(?<=[^\W\d_][-‑]\d\d{re.escape(marker)})")  # (MarkRule.follows)


def _before_word(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    pattern = re.compile(rf"({m})(?:(?<=\d/\d\d{m})|(?<=[^\W\d_] \d\d{m}))(?= [^\W\d_]|$)")
    _BEFORE_WORD.add(pattern)  # (its candidates asked by count-not-name)
    return pattern


# An elision's apostrophe ("d’", "l’", "dell'"): count-not-name reads the word after it.
_ELISION = re.compile("[’']")
# count-glued-not-mark: a word after a space, the thing a count counts ("103 États", "103 Member")
_WORD_AFTER = re.compile(r" ([^\W\d_][\w’'-]*)")

# mark-before-word's patterns (count-not-name asks their candidates: two digits after a word in lower case, no name's)
_BEFORE_WORD: set[re.Pattern[str]] = set()


def _counted_noun(lg: Lang, word: str) -> bool:
    """For count-glued-not-mark: whether a folded word before a number is one of the table's not_after that names a
    thing by its number — a counted noun ("resolución 2467" + "3", "párrafo 12" + "3", a mark glued after such a
    name) or a function word — rather than a quantifier of not_after ("only 12" + "5": a count)."""
    return word in lg.endnote_not_after and word not in lg.quantifiers


def _after_decision_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    # A decision's symbol: its number, a slash, the body's letters, a full stop and the session
    # ("1/CMA.5", "3/CP.27", "26/COP.15"); the mark after the session's digits, before a word. Not
    # the symbols that start with the body and its session ("C-28/DEC.12", "EC-94/DEC.2"): there
    # the digits after the full stop are the decision's number, often of two digits.
    return re.compile(rf"(?<![\w‑-])\d{{1,3}}/[A-Z]{{2,4}}\.\d{{1,2}}?({re.escape(marker)})(?= [^\W\d_]|$)")


# A mark set apart stands before a clause's punctuation, after a clause's punctuation or a closing
# bracket or quote — of every script (the scripts table): "2005 (1)،", "报告， 1", "《最后文件》 2 第102段".
# (The enumeration comma too, of scripts that have one: "报告 4 、该报告员…".)
_AFTER_APART = re.escape(punctuation("comma", "semicolon", "colon", "full_stop", "enumeration_comma"))
_BEFORE_APART = re.escape(punctuation("comma", "semicolon", "colon", "closing_brackets", "closing_quotes"))
_CLOSING_APART = re.escape(punctuation("closing_brackets", "closing_quotes"))
# symbol-tail-gives-way: a document's symbol's number right before a place ("67/20" + "1"), and the digits a
# resolution's number has at most after its slash (the General Assembly's run to three: "77/335")
_SYMBOL_TAIL = re.compile(r"(?<![\d/])\d{1,3}/(\d{1,3})$")
# symbol-tail-told: such a number that closes a full symbol, its series' letters before it ("A/92/131",
# "A/RES/67/201"), which symbol-tail-gives-way leaves alone (the place is taken as it was, only told); and the series'
# letters, for the warning to name the symbol whole
_FULL_SYMBOL_TAIL = re.compile(r"(?<=[A-Z]/)\d{1,3}/(\d{1,3})$")
_SYMBOL_SERIES = re.compile(r"(?<![\w/])(?:[A-Z]{1,4}/)+$")
_SYMBOL_NUMBER_MAX = 3
# symbol-tail-page-told: a Security Council resolution's year in brackets after its number ("2231 (2015)"): the
# number's last digits are no mark's
_YEAR_IN_BRACKETS = re.compile(r" ?\(\d{4}\)")


# A space, then a comma or a full stop of any script (not a number's decimal): where a mark stands apart from
# the punctuation after it (apart-spaced-first-on-page, counted-before-spaced-stop, mark-apart-after-closing-spaced).
_SPACED_STOP = re.compile(rf" [{re.escape(punctuation('comma', 'full_stop'))}](?!\d)")
_COMMA_APART = re.escape(punctuation("comma"))  # every script's: "1949, 2 to the", "2003، (2) التي"
# A clause's punctuation before a mark set apart and a word — the enumeration comma too, of scripts that
# have one ("第二次年度进展报告、 2 特别是"): mark-apart-loose.
_CLAUSE_APART = re.escape(punctuation("comma", "semicolon", "colon", "closing_brackets", "closing_quotes",
                                      "enumeration_comma"))


# The end of a word before a mark set apart: a letter, or a vowel sign over the last letter, which is
# no letter to \w ("طفلٌ (5) ،", "نمواً (11) ؛"), for the rules of marks set apart. (A group of one
# character, as a lookbehind needs.)
_WORD_END = r"(?:[^\W\d_]|[\u064b-\u065f\u0670])"
_WORD_OR_DIGIT_END = r"(?:[^\W_]|[\u064b-\u065f\u0670])"
_WORD_END_AT = re.compile(_WORD_END)  # (date-at-break-mark-told: whether a character ends a word)
# date-at-break-mark-told: the clause's punctuation after the date's year, left out of the date the message names.
_DATE_TRAILING = re.compile(r"[^\w)\]]+$")


def _apart(marker: str, units: str) -> re.Pattern[str]:
    m = re.escape(marker)
    # After a space, before punctuation (or after another mark: "Humanos" + "1" + " 2" + ";").
    # (Not a number's digits before its decimal or group separator: "à 1,1 million", "some 2.5 per cent".)
    # (Or, in a script written without spaces, set apart after a clause's punctuation that ends a line, "最新报告； 2":
    # a space inside a text of ideographs stands where a mark was raised, and no number of the text ends a
    # paragraph after its last punctuation, in a text without pages too, where the line-edge rule is not asked.)
    # (The ideograph before the punctuation is asked apart, MarkRule.follows: the CJK ranges are slow to compile.)
    stop = rf"|( {m})(?<=\S[{_BEFORE_APART}] {m})$" if _UNSPACED else ""
    return re.compile(rf"({m})(?:(?<={_WORD_END} {m})|(?<={PRINTED_MARK} {m}))(?=\s?[{_AFTER_APART}](?!\d)){stop}")


def _numbered(marker: str) -> bool:
    """A marker of digits, bare or in brackets ("1", Arabic "(1)")."""
    return marker.isdigit() or (marker[:1] == "(" and marker[1:-1].isdigit() and marker[-1:] == ")")


def _star(marker: str) -> bool:
    """A star marker ("*", "**"), which mark-apart-loose and mark-apart-at-line-edge take set apart only where a star
    mark stands as block extractors and wraps leave it: before the clause's punctuation it was set apart from
    ("Council * ;"), after it at a line's end ("Assembly; *"), or, at a line's edge, after a word at its end or before
    that punctuation at its start ("* ;"). Between two words a star is the text's own as often as a mark ("the daily
    rate * days", a formula): never taken there."""
    return bool(marker) and not marker.strip("*")


def _star_apart_loose(marker: str) -> re.Pattern[str]:
    """mark-apart-loose for a star (_star): set apart before the clause's punctuation, or after it at the line's end."""
    m = re.escape(marker)
    return re.compile(rf"( {m})(?<={_WORD_OR_DIGIT_END} {m})(?= [{_AFTER_APART}])"
                      rf"|( {m})(?<=[^\d\s][{_CLAUSE_APART}] {m})$")


def _apart_loose(marker: str, units: str) -> re.Pattern[str] | None:
    if _star(marker):
        return _star_apart_loose(marker)
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # Set apart on both sides, as block extractors keep the spaces around a raised mark: before
    # spaced punctuation, after a year or any word ("2015 5 ,"); after punctuation, before a word
    # or the line's end ("Council, 1 and"; not after a number's comma: "paragraphs 3, 4 and 11");
    # between two words ("Secretary-General 1 and").
    # The space before the mark goes with it: it is the extractor's, not the text's.
    return re.compile(rf"( {m})(?<={_WORD_OR_DIGIT_END} {m})(?= [{_AFTER_APART}])"
                      rf"|( {m})(?<=[^\d\s][{_CLAUSE_APART}] {m})(?= [^\W\d_]|$)"
                      rf"|( {m})(?<={_WORD_END} {m})(?= [^\W\d_])"
                      # after a year, its comma or a closing bracket or quote ("1949, 2 to the", "2030 (4) على",
                      # "(XXVII) 4, dans"): a number's list ("paragraphs 3, 4 and") has no year
                      rf"|( {m})(?:(?<=(?<![\d/])(?:19|20)\d\d {m})|(?<=(?<![\d/])(?:19|20)\d\d[{_COMMA_APART}] {m}))"
                      rf"(?=\s?[{_AFTER_APART}]| [^\W\d_])"
                      rf"|( {m})(?<=[{_CLOSING_APART}] {m})(?= [{_AFTER_APART}])"
                      # after a closing bracket or quote whatever stands inside it, before a word ("(2015-2030)
                      # 6 et", "«Notre Programme commun» 9 concernant")
                      rf"|( {m})(?<=[{_CLOSING_APART}] {m})(?= [^\W\d_])"
                      # after a name that ends in a number, before a word or a closing bracket ("COVID‑19 13 and",
                      # "(كوفيد-19 3)"): mark-after-name-number, set apart
                      rf"|( {m})(?<=[^\W\d_][-‑]\d\d {m})(?= [^\W\d_]| ?[)\]])")


def _apart_after_document_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-after-document-number: set apart after a resolution or document number — its comma
    # between or not —, before a word or the clause's punctuation ("pursuant to resolution 77/47, 2
    # and welcoming", "resolución 77/47 2 y", "القرار 77/7 (1)؛"), as block extractors keep the spaces
    # around a raised mark: the General Assembly's reports "submitted pursuant to resolution …". (The
    # loose rule takes no number after a number's comma: a list, "paragraphs 3, 4 and 11"; a list of
    # document numbers repeats their slash, "77/47, 78/2".) The space before the mark goes with it.
    after = "|".join(f"(?<=\\d/{d}{c} {m})" for d in (r"\d", r"\d\d", r"\d\d\d") for c in ("", ","))
    return re.compile(rf"( {m})(?:{after})(?=\s?[{_AFTER_APART}](?!\d)| [^\W\d_])")


# What opens a quoted or bracketed name: "(Aarhus Convention)", "《奥胡斯公约》", "«Notre Programme»".
_OPENING_APART = re.escape(punctuation("opening_brackets", "opening_quotes"))
# After which a mark stands: a clause's punctuation, a closing bracket or quote, and the enumeration
# comma of scripts written without spaces ("《2030年议程》、 3 《亚的斯亚贝巴行动议程》").
_BEFORE_OPENING = re.escape(punctuation("comma", "semicolon", "colon", "enumeration_comma", "closing_brackets",
                                        "closing_quotes"))


def _apart_before_opening_at_line_start(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    # mark-apart-before-opening-at-line-start: mark-apart-before-opening where the wrap put the mark first on its
    # line, before a name's short form in round or square brackets ("… in Environmental Matters" / "1 (Aarhus
    # Convention), by which", "… la Comunidad del Caribe" / "2 (Tratado de Chaguaramas),"), as PDF text keeps the
    # space after a raised mark: the line-edge rule takes a title's quote or bracket there, but no round or square
    # bracket, which a label opens ("2 (b)"). The bracket opens a word of three letters or more, no roman numeral
    # ("4 (XXV)", a resolution's session); the line before ends with a word or a clause's punctuation, and its last
    # word is not one that counts (asked apart: opening_after_word, MarkSearch._rejected). The space after the mark
    # goes with it.
    return re.compile(rf"^({re.escape(marker)} )(?=[(\[]{_NAME_NOT_ROMAN}[^\W\d_]{{3}})")


# (what a bracket opens that is no roman numeral: "(XXV)", "(iii)" are a session's or an item's)
_NAME_NOT_ROMAN = r"(?![IVXLCDMivxlcdm]+[)\]])"


def _not_before_unit(units: str) -> str:
    """A lookahead that refuses a counter or a unit right after the digits ("2023年", "5月": the table's
    number_units): a number before one is the text's own, never a mark."""
    return f"(?![{re.escape(units)}])" if units else ""


@cache
def _number_then_ideograph() -> re.Pattern[str]:
    """What follows a mark of mark-glued-before-number: a paragraph's number of one or two digits, its full stop and an
    ideograph, a space between or not. (Compiled once: the CJK ranges compile slowly, and a marker's patterns are
    compiled for each marker a text has.)"""
    return re.compile(rf"\d{{1,2}}\. ?{_IDEOGRAPH}")


@cache
def _before_ideograph() -> re.Pattern[str]:
    """What follows a mark set apart before an ideograph: an ideograph, or an opening bracket or quote.
    (Compiled once, at the first use: the CJK ranges take milliseconds to compile.)"""
    # (Or, after a number and a mark of one or two digits, a space and an ideograph: "目标2 2 的", set apart on
    # both sides after a number, which the loose rule, asking a word before the mark, does not read.)
    return re.compile(f"(?={_IDEOGRAPH}|[{_OPENING_APART}])|(?:(?<=\\d \\d)|(?<=\\d \\d\\d)) (?={_IDEOGRAPH})")


@cache
def _after_ideograph_stop() -> re.Pattern[str]:
    """What stands around a mark of mark-apart at a line's end: an ideograph and a clause's punctuation before it
    ("最新报告； 2"); inside a line, whatever the pattern allows. (Compiled once: the CJK ranges compile slowly.)"""
    behind = "|".join(rf"(?<=[{_UNSPACED}][{_BEFORE_APART}] \d{{{n}}})" for n in range(1, _MARKER_MAX + 1))
    return re.compile(rf"(?!$)|(?:{behind})$")


def _apart_before_ideograph(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    # mark-apart-before-ideograph: in a script written without spaces, a mark set apart from the word
    # before it and glued to the ideograph after it ("公约》 6和", "指南》， 1建议", "论坛 5在"), as block
    # extractors give a raised mark: a space inside a text of ideographs stands where a mark was raised.
    # Not a number before a counter or a unit ("2023年 5月": the table's number_units). What follows —
    # an ideograph — is asked at the end of the candidate (MarkRule.follows). The space goes with the mark.
    # (After digits too, a marker of one or two digits — "目标2 2 的", "决定1 12 所设", a mark set apart after a
    # number: a number written in groups, "1 076名", has groups of three.)
    unit = f"(?! ?[{re.escape(units)}])" if units else ""
    before = r"\S" if len(marker) <= _GROUP - 1 else r"[^\s\d]"
    return re.compile(rf"( {m})(?<={before} {m}){unit}")


def _apart_before_opening(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # Set apart on both sides before an opening bracket or quote — a name's short form after the
    # note's title ("… in Environmental Matters 1 (Aarhus Convention)", "… الشؤون البيئية (1) (اتفاقية
    # آرهوس)") or the next title of a list ("…议程》、 3 《…") —, after a word or a clause's
    # punctuation, as block extractors keep the spaces around a raised mark. The space before the
    # mark goes with it.
    return re.compile(rf"( {m})(?:(?<={_WORD_END} {m})|(?<=[{_BEFORE_OPENING}] {m}))(?= [{_OPENING_APART}])")


def _apart_before_closing_quote(marker: str, units: str, spaced_quotes: str = "") -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # (a quote that closes in some script's texts — the scripts table: "”", "»", and in the UN's Arabic texts
    # "“" —, and the straight quote, which opens and closes; not before a quote the language sets apart from the
    # words it encloses, the table's spaced_quotes — French "« Des phares pour tous 1 »": the space before "»" is
    # the text's own, and the rules of a mark set apart before closing punctuation take the mark with the space
    # before it only)
    quotes = "".join(q for q in punctuation("closing_quotes") if q not in spaced_quotes)
    # mark-apart-before-closing-quote: a mark set apart on both sides between a word and the quote that closes
    # its quotation ("السل (3) “ وما" for "السل“ وما", "…Harbours 2 ” and"), as block extractors keep the spaces
    # around a raised mark. A quote that closes stands glued to the quotation's last word and apart from what
    # follows; one that opens stands glued to the word after it (mark-apart-before-opening). So a quote followed
    # by a space, punctuation or the line's end closes — whatever role the scripts table gives it elsewhere ("“"
    # opens a Latin quotation and closes an Arabic one; the straight quote does both) —, and both spaces go with
    # the mark: the quote is the word's.
    return re.compile(rf"( {m} )(?<={_WORD_END} {m} )(?=[{re.escape(quotes)}](?:\s|[{_AFTER_APART}]|$))")


def _apart_before_spaced_quote(marker: str, units: str, spaced_quotes: str = "") -> re.Pattern[str] | None:
    quotes = "".join(q for q in punctuation("closing_quotes") if q in spaced_quotes)
    if not _numbered(marker) or not quotes:
        return None
    m = re.escape(marker)
    # mark-apart-before-spaced-quote: in a language that sets its quotes apart from the words they enclose (the
    # table's spaced_quotes, French « »), a mark set apart between a quotation's last word and the quote that closes
    # it ("… de l'application de la Déclaration 5 », et engageant"), as PDF text and block extractors keep the spaces
    # around a raised mark: mark-apart-before-closing-quote leaves such a quote alone, its space being the text's own.
    # A number of the text ending a quoted title is counted ("« Objectif 5 »": counted-not-mark reads the word) or a
    # year's. Only the space before the mark goes with it: the one before the quote is the text's.
    return re.compile(rf"( {m})(?<={_WORD_END} {m})(?= [{re.escape(quotes)}](?:\s|[{_AFTER_APART}]|$))")


def _apart_before_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # Set apart on both sides after a paragraph's last punctuation, before the next paragraph's number,
    # where a block extractor ran paragraphs together ("… Criminal Justice, 1 1. Reiterates …",
    # "… expert group; 7 10. Strongly encourages …"): "N." or, as Arabic prints it, "N -".
    return re.compile(rf"( {m})(?<=[^\d\s][{_BEFORE_APART}] {m})(?= \d{{1,3}}(?:\.| -) [^\W\d_])")


def _apart_before_number_at_line_start(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-number-at-line-start: as mark-apart-before-number, where the wrap put the paragraph's last
    # punctuation at the start of the line, the mark and the next paragraph's number after it ("…的报告" /
    # "， 1 1. 再次邀请"): a script without spaces breaks before its own punctuation, and no word stands before it
    # on the line for mark-apart-before-number to see.
    return re.compile(rf"(?<=^[{_BEFORE_APART}])( {m})(?= \d{{1,3}}(?:\.| -) [^\W\d_])")


def _apart_before_glued_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-glued-number: as mark-apart-before-number (and its line-start form), where the next
    # paragraph's number is glued to its first word, as a script without spaces prints it ("…的报告， 1 1.再次邀请"):
    # the number's full stop and an ideograph right after it, never a decimal's digit.
    return re.compile(rf"( {m})(?<=[^\d\s][{_BEFORE_APART}] {m})(?= \d{{1,3}}\.[^\W\d_])"
                      rf"|(?<=^[{_BEFORE_APART}])( {m})(?= \d{{1,3}}\.[^\W\d_])")


def _glued_before_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    # mark-glued-before-number: as mark-apart-before-number, where the extractor glued the mark to the next
    # paragraph's number, the space before the mark kept ("…的报告， 22" + "1. 关切地"): after a paragraph's last
    # punctuation and a space, the marker, then a paragraph's number of one or two digits, its full stop and an
    # ideograph (the space between or not). A script without spaces only, whose block extractions give it so — a
    # number after a comma in a text with spaces may be a list's last ("paragraphs 219, 220, 221. Requests").
    # (The ideograph after the number is asked apart, MarkRule.follows: _number_then_ideograph; the number left
    # behind must be the one the count expects next, MarkSearch._rejected: _next_number_left.)
    pattern = re.compile(rf"( {m})(?<=[^\d\s][{_BEFORE_APART}] {m})(?=\d{{1,2}}\. ?[^\W\d_])")
    _GLUED_BEFORE_NUMBER.add(pattern)
    return pattern


# mark-glued-before-number's patterns (their candidates asked by _next_number_left)
_GLUED_BEFORE_NUMBER: set[re.Pattern[str]] = set()


@cache
def _paragraph_number() -> re.Pattern[str]:
    """A paragraph's number in a text of ideographs run together: one to three digits after a space or a line's
    start (never a symbol's "2031/24."), its full stop and an ideograph, a space between or not."""
    return re.compile(rf"(?<!\S)(\d{{1,3}})\. ?{_IDEOGRAPH}")


def _next_number_left(view: str, start: int, end: int, prev: str) -> bool:
    """For mark-glued-before-number: whether the number the mark leaves behind ("， 2" + "1. 欢迎") is the paragraph
    number the count expects next — the last paragraph number before it on its line (or on the line before) plus
    one, or 1 where none stands there. Never a number of the text's own count cut in two ("9. …； 10. 决定": the
    mark would leave "0.")."""
    left = re.match(r"\d+", view[end:])
    if left is None:
        return False
    numbers = _paragraph_number().findall(view, 0, start) or _paragraph_number().findall(prev)
    return int(left.group()) == (int(numbers[-1]) + 1 if numbers else 1) and left.group()[0] != "0"


# The next paragraph's number and its first word, after a mark set apart: "1. Reiterates", Arabic "1 - يكرر".
_NEXT_NUMBER = r"\d{1,3}(?:\.| -) [^\W\d_]"


def _apart_before_number_after_line_end(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    # mark-apart-before-number-after-line-end: as mark-apart-before-number, where the wrap put the mark first on
    # the line, the paragraph's last punctuation ending the line before ("… Criminal Justice," / "1 1. Reiterates
    # …"): asked only there (number_after_line_end, MarkSearch._rejected) — a line opening with two numbers after
    # anything else is a wrapped list's ("… paragraphs" / "1 2. and 3").
    return re.compile(rf"^({re.escape(marker)} )(?={_NEXT_NUMBER})")


def _apart_before_number_at_line_end(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-number-at-line-end: as mark-apart-before-number, where the wrap put the next paragraph's number
    # last on the line and its first word on the next ("… Criminal Justice, 1 1." / "Reiterates …", "… expert group;
    # 7 10." / "Strongly encourages …"), in paragraphs a block extractor ran together (an embedded draft kept as one
    # paragraph's text): the mark stands between the paragraph's last punctuation and a number with its stop that ends
    # the line. (The next line must open with a word: apart_number_at_line_end.) Read as no mark, "1 1." stayed in the
    # text and the note was left unreferenced.
    return re.compile(rf"( {m})(?<=[^\d\s][{_BEFORE_APART}] {m})(?= \d{{1,3}}(?:\.| -)$)")


def apart_number_at_line_end(view: str, start: int, nxt: str, noted: frozenset[int] = frozenset()) -> bool:
    """mark-apart-before-number-at-line-end only where the line after opens with a word, the paragraph's first (True
    where the candidate is not of that shape): "…, 2 3." over "and 4 of …" or a number is a list's. Never where the
    mark and the number run in step, the number the mark's next and a note of that number printed (`noted`: "…beacons,
    1 2." / "Requests …", "…lit; 2 3.", notes 1 and 2): there the number would be the next note's mark too, and the
    paragraph's number lost to it; both stay the text's (the notes are reported unreferenced)."""
    m = _NUMBER_AT_END.match(view, start)
    if m is None:
        return True
    if int(m[2]) == int(m[1]) + 1 and int(m[2]) in noted:
        return False
    return re.match(r"[^\W\d_]", nxt.lstrip()) is not None


_NOTE_LINE = re.compile(r"^(?P<marker>\d{1,3})\s+[^\s\d.．\-–]")
_NUMBER_AT_END = re.compile(r" ?(\d{1,3}) (\d{1,3})(?:\.| -)$")


def _apart_before_dash(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-dash: set apart after a word or a number, before a dash set apart that opens an
    # apposition ("… от 2 марта 2022 года 30 — к адаптации", "… pour le XXIe siècle» 6 – tout en"), as block
    # extractors keep the spaces around a raised mark: the loose rule looks for a word or a clause's punctuation
    # after the mark, and a dash is neither. (A range set apart, "30 — 40", is no mark: range-not-mark; a counted
    # number, "пункт 30 —", neither: counted-not-mark; nor the number of a heading's label, right after a line's
    # first word, "Pillar 2 – Degrading the threat", "الركيزة 2 – …".) The space before the mark goes
    # with it.
    label = "".join(f"(?<!^[^\\W\\d_]{{{k}}} {m})" for k in range(1, _LABEL_WORD_MAX + 1))
    return re.compile(rf"( {m})(?:(?<={_WORD_OR_DIGIT_END} {m})|(?<=[{_CLOSING_APART}] {m})){label}(?= [—–](?: |$))")


def _apart_before_dash_after_first_word(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    # mark-apart-before-dash-after-first-word: mark-apart-before-dash where the wrap put the word before the mark
    # first on its line ("… Программы обеспечения устойчивых продовольственных" / "систем 24 — всеохватной
    # инициативы"): that rule refuses a number right after a line's first word, a heading's label ("Pillar 2 –
    # Degrading the threat") — but a label's word opens its heading with a capital, and a first word in lower case
    # goes on with the sentence of the line before. (Lower-case letters of the Latin, Greek and Cyrillic scripts; a
    # script without cases keeps the refusal.) The space before the mark goes with it.
    return re.compile(rf"^(?=[{_LOWER}])[^\W\d_]+( {re.escape(marker)})(?= [—–](?: |$))")


def _apart_before_dash_at_line_start(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    # mark-apart-before-dash-at-line-start: mark-apart-before-dash where the wrap put the mark first on its line,
    # before the dash set apart that opens an apposition and a word ("… по поддержанию правопорядка" / "27 —
    # документов, которые …"), as PDF text keeps the spaces around a raised mark: the line-edge rule asks a word or
    # a clause's punctuation after a mark at a line's start, and a dash is neither. The line before ends with a word,
    # a number or a closing quote or bracket, and its last word is not one that counts (asked apart:
    # dash_after_word, MarkSearch._rejected); a range's second number, "5 — 7", has a digit after its dash. The
    # space after the mark goes with it.
    # (The em dash only: an en dash or a hyphen after a number opening a line is a paragraph's number as the language
    # tables write some, Arabic "2 – يقرر", never an apposition's.)
    return re.compile(rf"^({re.escape(marker)} )(?=— [^\W\d_])")


# Lower-case letters of the scripts with cases (Latin, Greek, Cyrillic), where a word's case tells a heading's first
# word from a sentence's next.
_LOWER = "a-zß-öø-ÿα-ωа-яё"


def _apart_before_closing_dash(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-closing-dash: set apart after a word or a closing quote or bracket, before a dash set apart that
    # closes an apposition, the clause's punctuation glued after it ("… et les moyens d’enquêter sur ces exécutions 10
    # –, en se référant", "… Protocol 4 —;"), as block extractors keep the spaces around a raised mark:
    # mark-apart-before-dash asks a space after the dash (one that opens an apposition), the loose rule a word or
    # punctuation after the mark. A number of the text before a closing dash is counted ("articles 10 –,":
    # counted-not-mark) or a range's (range-not-mark). The space before the mark goes with it.
    return re.compile(rf"( {m})(?:(?<={_WORD_END} {m})|(?<=[{_CLOSING_APART}] {m}))(?= [—–][{_AFTER_APART}](?!\d))")


_LABEL_WORD_MAX = 20  # letters of a heading label's word before its number ("Pillar", "الركيزة", "Section")


def _apart_after_number_comma(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-after-number-comma: set apart after a name or a document that ends in a number and its
    # comma, before a word ("Agenda 21, 5 the Programme", "decision 3/COP.14, 2 the Conference"), as block
    # extractors keep the spaces around a raised mark: the loose rule takes none after a number's comma.
    # A counted list ("paragraphs 3, 4 and 11") is turned away by counted-not-mark, which reads the word
    # before the list's number.
    return re.compile(rf"( {m})(?<=\d[{_COMMA_APART}] {m})(?= [^\W\d_])")


def _apart_before_date(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-date: set apart after a clause's punctuation (the enumeration comma too) or a word,
    # before the next date of a list — a year and its counter in a language that writes one ("13日、 4
    # 2021年1月29日"), else a day, a month's words and a year ("13 June 2019, 4 29 January 2021", "оружием 5
    # 24 декабря 2014 года") —, as block extractors keep the spaces around a raised mark: the loose rule
    # takes a mark before a word only. (A number before a date is no count: a list of dates has none.) In a
    # language that writes counters, a script without spaces, the space after the mark goes with it too.
    before = rf"(?:(?<=\S[{_CLAUSE_APART}] {m})|(?<={_WORD_END} {m}))"
    if units:
        return re.compile(rf"( {m}{before} )(?=(?:19|20)\d\d[{re.escape(units)}])")
    date = r"\d{1,2} (?:[^\W\d_]+ ){1,3}(?:19|20)\d\d(?!\d)"
    return re.compile(rf"( {m}){before}(?= {date})")


def _apart_before_date_at_break(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or units:
        return None
    # mark-apart-before-date-at-break: mark-apart-before-date where the wrap cut the date after its day, the day
    # ending the mark's line and its month and year opening the next ("… Договора о торговле оружием 5 24" /
    # "декабря 2014 года", "… Arms Trade Treaty 5 24" / "December 2014"): that rule reads the date on the mark's line.
    # The date is asked of the next line (date_at_break); a number before a date is no count.
    return _apart_before_cut_date(marker, r"\d{1,2}")


def _apart_before_date_cut_after_month(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or units:
        return None
    # mark-apart-before-date-cut-after-month: mark-apart-before-date where the wrap cut the date after its month, the
    # day and the month's word ending the mark's line and the year opening the next ("… наименее развитых стран 5 17
    # марта" / "2022 года", "… of the Sea 4 10 December" / "1982"), as PDF text and block extractors keep the spaces
    # around a raised mark: mark-apart-before-date reads the year on the mark's line, mark-apart-before-date-at-break
    # a day alone at its end. The date is asked of the next line as that rule asks it (date_at_break: the day and the
    # month's word with the next line make a date; never after a counting word, "article 3 24 December" / "2039"):
    # a number before a date is no count.
    return _apart_before_cut_date(marker, r"\d{1,2}(?: [^\W\d_]+){1,3}")


def _apart_before_cut_date(marker: str, date_start: str) -> re.Pattern[str]:
    """The pattern of a mark set apart after a clause's punctuation or a word, before the start of a date the wrap
    cut (date_start ends the line); registered in _AT_BREAK, whose rules ask the next line for the date's rest. The
    space before the mark goes with it."""
    m = re.escape(marker)
    before = rf"(?:(?<=\S[{_CLAUSE_APART}] {m})|(?<={_WORD_END} {m}))"
    pattern = re.compile(rf"( {m}){before}(?= {date_start}$)")
    _AT_BREAK.add(pattern)
    return pattern


# The patterns of mark-apart-before-date-at-break (and -cut-after-month): every search asks date_at_break of their
# candidates.
_AT_BREAK: set[re.Pattern[str]] = set()


def date_at_break(lg: Lang, view: str, span: tuple[int, int], nxt: str) -> bool:
    """mark-apart-before-date-at-break: whether the day after a candidate (view[span[0]:span[1]]) ends its line and the
    next line goes on with the date's month and year, and the word before the candidate counts no number (the table's
    endnotes.not_after: "article 3 24" / "December", "статье 2 24" / "декабря": the number is the article's)."""
    day = view[span[1]:].strip()
    return (bool(nxt) and lg.starts_with_date(f"{day} {nxt.strip()}")
            and _word_before(view, span[0]) not in lg.endnote_not_after)


def _apart_before_listed_date(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or units:
        return None
    m = re.escape(marker)
    # mark-apart-before-listed-date: set apart after a word's or a year's comma, before the next item of a list
    # of dates or years where mark-apart-before-date does not look — a year alone ("for 2018, 1 2019 2 and
    # 2020"), a day and its month without a year ("Human Rights Day, 8 9 December as"), a day the line break
    # parted from its month ("… 2 October 2013, 42 17" / "August 2015") —, as block extractors and PDF text keep
    # the spaces around a raised mark: the loose rule takes a mark before a word only, and none after a number's
    # comma. No number of the text stands between a clause's comma and a date's day or a year (a list of counts,
    # "paragraphs 3, 4 and", has a count's number before its comma, not a word or a year). Languages that write
    # a counter have mark-apart-before-counted-date. The space before the mark goes with it.
    before = rf"(?:(?<={_WORD_END}[{_COMMA_APART}] {m})|(?<=(?<![\d/])(?:19|20)\d\d[{_COMMA_APART}] {m}))"
    return re.compile(rf"( {m}){before}(?= (?:{_LISTED_ITEM}))")


# The next item of a list of dates or years (mark-apart-before-listed-date): a year alone, or a day before its
# month's word (or the line's end, the month on the next line).
_LISTED_ITEM = r"(?:19|20)\d\d(?![\d/])|\d{1,2}(?: [^\W\d_]{3,}|$)"


def _apart_before_listed_date_at_line_start(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or units:
        return None
    # mark-apart-before-listed-date-at-line-start: mark-apart-before-listed-date where the wrap put the mark first on
    # its line, the word's or year's comma ending the line before ("… Countering Hate Speech," / "11 16 May as the
    # International Day …"), as PDF text and block extractors keep the space after a raised mark: the line-edge
    # rule asks a word after a mark at a line's start. MarkSearch._rejected reads the line before
    # (listed_date_after_comma): a line that opens with a number and a date's day or a year holds such a mark only
    # after a list's comma. The space after the mark goes with it.
    return re.compile(rf"^({re.escape(marker)} )(?={_LISTED_ITEM})")


def _apart_before_next_marker(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    digits = marker.strip("()")
    nxt = re.escape(marker.replace(digits, str(int(digits) + 1)))
    # mark-apart-before-next-marker: two marks in a row set apart, the first after a word, the next note's marker
    # after it and the clause's punctuation after that ("… Derechos Humanos 1 2 ;"), as block extractors keep the
    # spaces around each raised mark: the loose rule asks punctuation or a word after the mark, and mark-apart reads
    # the second only (after the first, taken). No text follows a word with a number and the next one, then its
    # punctuation. The space before the mark goes with it. The punctuation may open the next line, where the wrap put
    # it ("… Derechos Humanos 1 2" / ";"): the next marker then ends the line.
    return re.compile(rf"( {m})(?<={_WORD_END} {m})(?= {nxt}(?: ?[{_AFTER_APART}](?!\d)|$))")


def _apart_after_spaced_closing(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-after-spaced-closing: set apart at a line's end after a closing quote or bracket that a space parts
    # from the word before it, as French sets its guillemets apart ("… d'ascendance africaine » 22" / ";"), the
    # clause's punctuation put by the wrap first on the next line (asked apart: spaced_closing_rejected): the
    # line-edge rule asks a letter right before that punctuation, the loose rule the punctuation after the mark on
    # its line. No number of the text stands between a closing quote and a clause's punctuation. The space before
    # the mark goes with it.
    return re.compile(rf"( {m})(?<=\s[{_CLOSING_APART}] {m})$")


def spaced_closing_rejected(view: str, start: int, nxt: str) -> bool:
    """For mark-apart-after-spaced-closing: whether a candidate at a line's end after a spaced closing quote or
    bracket is refused — where the next line does not open with a clause's punctuation (a date's day parted from
    its month, "… (2015) 17" / "septembre", is the text's own)."""
    return (view[start:start + 1] == " " and _SPACED_CLOSING_END.search(view, 0, start) is not None
            and view[start:].strip(" ()").isdigit() and _CLAUSE_NEXT.match(nxt) is None)


def spaced_quote_before_word(lg: Lang, view: str, start: int, nxt: str) -> bool:
    """spaced-quote-before-word: mark-apart-after-spaced-closing's candidate after a closing quote (not a bracket) set
    apart from its word, where the next line opens with a word, not the clause's punctuation (« … coopération
    numérique » 14" / "et les propositions …"): the wrap put the paragraph's next word, not its punctuation, first on
    the next line, as the loose rule reads "» 9 et" within a line. No number of the text stands between a closing
    quote set apart and the next word — but a date's day before its month ("» 17" / "septembre"), which the table's
    date pattern reads. Serves PDF text of the languages that set their quotes apart (French)."""
    if start >= len(view) or view[start] != " " or _SPACED_QUOTE_END.search(view, 0, start) is None:
        return False
    digits = view[start:].strip()
    return (digits.isdigit() and _WORD_NEXT.match(nxt) is not None
            and not lg.starts_with_day_month(f"{digits} {nxt}"))


_SPACED_QUOTE_END = re.compile(rf"\s[{re.escape(punctuation('closing_quotes'))}]$")
_WORD_NEXT = re.compile(r"[^\W\d_]")


# A closing quote or bracket set apart from the word before it, right before a candidate (its space taken along);
# a line that opens with a clause's punctuation (mark-apart-after-spaced-closing).
_SPACED_CLOSING_END = re.compile(rf"\s[{_CLOSING_APART}]$")
_CLAUSE_NEXT = re.compile(rf"[{_AFTER_APART}](?!\d)")


def _alone_before_punctuation(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-alone-before-punctuation: a line that holds only a mark and the clause's punctuation after it, glued or set
    # apart ("… и факультативные протоколы к ней" / "54,"): the wrap put the paragraph's last token, a raised mark and
    # its punctuation, on a line of its own. A number of the text alone there ends a list ("пунктов 3 и" / "4,"),
    # which MarkSearch._rejected reads by the line before's last word (the table's endnotes.not_after: conjunctions
    # and counting words); a date's day or year alone there, after its month, is turned away as at any line's start.
    return re.compile(rf"^({m})(?= ?[{_AFTER_APART}]$)")


def _apart_after_closing_spaced(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-after-closing-spaced: set apart after a name's closing quote or bracket and before a comma or full stop
    # set apart after it ("… международного сотрудничества» 20 , принятую"), as block extractors keep the spaces around
    # a raised mark: mark-apart asks a word before the mark, and the loose rules, which read this one, are not asked
    # in a text without pages. No text sets its own number apart from the comma or stop after it (counted-before-
    # spaced-stop), nor stands one between a closing quote and its clause's punctuation. Asked with mark-apart, before
    # its candidate (MarkSearch._closing_before_apart). The space before the mark goes with it.
    return re.compile(rf"( {m})(?<=[{_CLOSING_APART}] {m})(?={_SPACED_STOP.pattern})")


def _apart_before_dash_pair(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or not _UNSPACED:
        return None
    m = re.escape(marker)
    # mark-apart-before-dash-pair: in a script written without spaces, set apart after a word or a closing quote or
    # bracket, before the pair of dashes that opens an apposition, glued to the words after it
    # ("《宣言和行动纲领》 12 ——其中重申"), as block extractors and PDF text keep the spaces around a raised mark:
    # mark-apart-before-dash asks a space after a single dash, as a script with spaces sets it. A space inside a text
    # of ideographs stands where a mark was raised; no number of the text stands set apart before the dashes. The
    # space before the mark goes with it.
    return re.compile(rf"( {m})(?:(?<={_WORD_END} {m})|(?<=[{_CLOSING_APART}] {m}))(?= ——)")


def _apart_after_sign(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-after-sign: set apart after a number's unit sign — per cent, per mille, degrees — and before the
    # clause's punctuation ("总人口的1.5% 4 ，", "1.5% 4,"), as block extractors and PDF text keep the spaces around a
    # raised mark: mark-apart asks a word before the mark, and a sign is none. No number of the text stands between a
    # sign and the punctuation after it. The space before the mark goes with it.
    return re.compile(rf"( {m})(?:(?<=\d[%‰°] {m})|(?<=\d [%‰°] {m}))(?=\s?[{_AFTER_APART}](?!\d))")


def _apart_before_counted_date(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or not units:
        return None
    m, u = re.escape(marker), re.escape(units)
    # mark-apart-before-counted-date: in a language that writes a counter after its numbers (the table's
    # number_units), a mark set apart after a clause's punctuation or a word, before the next date of a list
    # where mark-apart-before-date does not look: the year glued to the mark ("、 9" + "2021年3月24日": no year
    # has five digits), a month and a day without their year ("人权日、 8 12月9日"), a year the line break cut
    # ("、 6 20" / "21年10月8日", "、 2 2008" / "年4月11日"). Block extractors and PDF text keep the spaces around
    # a raised mark; a number of the text stands glued to its words in a script without spaces. The spaces around
    # the mark go with it.
    before = rf"(?:(?<=\S[{_CLAUSE_APART}] {m})|(?<={_WORD_END} {m}))"
    # (Or a year of a list whose counter follows its last year only, "2018、 1 2019 2 和2020年": four digits after the
    # spaces, which no number of a text of ideographs is set apart by.)
    # (A year the break cut after its first digit too, "、 5 2" / "021年7月13日": cut-year-completed reads the next
    # line.)
    apart = rf"(?:\d{{1,2}}[{u}]\d{{1,2}}[{u}]|[12]\d{{0,2}}$|(?:19|20)\d\d(?!\d))"
    return re.compile(rf"( {m}){before}(?=(?:19|20)\d\d[{u}])|( {m}{before} )(?={apart})")


def _apart_before_year_range(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or not units:
        return None
    m = re.escape(marker)
    # mark-apart-before-year-range: in a language that writes a counter after its numbers (the table's number_units),
    # a mark set apart after a clause's punctuation or a word and glued to a range of years ("…结果文件》、 11" +
    # "2022-2031十年期《…》": a decade's programme named after the list's comma), where mark-apart-before-counted-date
    # asks for the year's counter right after it — a range puts it after its last year, or none. The digits and the
    # year together make no number of a text of ideographs (six digits, then a dash and a year). The space before the
    # mark goes with it.
    before = rf"(?:(?<=\S[{_CLAUSE_APART}] {m})|(?<={_WORD_END} {m}))"
    return re.compile(rf"( {m}){before}(?=(?:19|20)\d\d[-‐‑–—](?:19|20)?\d\d(?!\d))")


def _apart_glued_before_month(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or not units:
        return None
    # mark-apart-glued-before-month: in a language that writes a counter after its numbers (the table's number_units),
    # a mark set apart from the clause's punctuation or the word before it and glued to the next date of a list, a
    # month and a day without their year ("国际日、 11" + "5月16日"), as a block extractor keeps the space before a
    # raised mark and loses the one after it: mark-before-month asks for the mark glued on both sides, and
    # mark-apart-before-counted-date for a space after it. As mark-before-month, only where the digits and the month's
    # together make no month ("、 1" + "2月4日" is "12月4日", no mark; "、 11" + "5月" is "115月", none) nor a year; and
    # a number of a text of ideographs stands glued to the word before it, never set apart from it and glued to a
    # month. The space before the mark goes with it.
    months = [str(k) for k in range(1, MONTHS + 1) if _no_month(marker + str(k)) and not _YEAR_DIGITS.fullmatch(
        marker + str(k))]
    if not months:
        return None
    m, u = re.escape(marker), re.escape(units)
    before = rf"(?:(?<=\S[{_CLAUSE_APART}] {m})|(?<={_WORD_END} {m}))"
    month = "|".join(sorted(months, key=len, reverse=True))
    # (The counters a month's and a day's, asked of each candidate in the table's date form, MarkSearch._rejected:
    # Lang.month_day_at — "、 13条2款" is an article's number and its paragraph's, no date.)
    pattern = re.compile(rf"( {m}){before}(?=(?:{month})[{u}]\d{{1,2}}[{u}](?!\d))")
    _GLUED_MONTH.add(pattern)
    return pattern


# mark-apart-glued-before-month's patterns (their candidates asked by Lang.month_day_at)
_GLUED_MONTH: set[re.Pattern[str]] = set()


def _apart_before_counted_date_at_line_start(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or not units:
        return None
    m, u = re.escape(marker), re.escape(units)
    # mark-apart-before-date-at-line-start: in a language that writes a counter after its numbers, a mark set apart
    # at a line's start before the next date of a list — alone ("…第19/25号、" / "2 2013年3月22日…") or after the
    # enumeration comma the wrap put first on the line ("…第18/6号" / "、 1 2016年9月29日…"), as Chinese text breaks
    # before a full-width comma —: mark-apart-before-counted-date asks for a character before the punctuation, on
    # the mark's line. A number of a text of ideographs stands glued to its counter, never set apart before a year
    # and its counter. The spaces around the mark go with it.
    date = rf"(?:(?:19|20)\d\d[{u}]|\d{{1,2}}[{u}]\d{{1,2}}[{u}])"
    return re.compile(rf"^({m} )(?={date})|( {m} )(?<=^[{_CLAUSE_APART}] {m} )(?={date})")


def _apart_after_line_punctuation(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-after-line-punctuation: set apart after a clause's punctuation that opens a line, before a word
    # ("…的报告" / "， 2 其中秘书长强调…"), where the wrap put the punctuation before the mark at the next line's
    # start, as Chinese text breaks before a full-width comma: the loose rule asks for a word before that
    # punctuation, on its line. The space before the mark goes with it.
    return re.compile(rf"( {m})(?<=^[{_CLAUSE_APART}] {m})(?= [^\W\d_])")


def _apart_before_symbol(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-symbol: set apart after a date's year and its comma, before the next resolution of a
    # list ("16/18 of 24 March 2011, 1 19/25 of 23 March 2012"), as block extractors keep the spaces around a
    # raised mark: the loose rule takes a mark before a word only, and a number after a number's comma may
    # be a list's — not after a year, before a symbol's number and its slash. (Or at a line's start, where the
    # wrap put the year and its comma at the end of the line before: "… 23 March 2012," / "2 22/31 of …"; the
    # space after the mark goes with it, and MarkSearch._rejected reads the line before's last word.)
    # (Or after a title's closing quote or bracket and its comma, the list's resolutions entitled: "… “Sound management
    # of chemicals and waste”, 8 5/8, entitled …".)
    return re.compile(rf"( {m})(?<=(?<![\d/])(?:19|20)\d\d[{_COMMA_APART}] {m})(?= \d{{1,4}}/\d)"
                      rf"|( {m})(?<=[{_CLOSING_APART}][{_COMMA_APART}] {m})(?= \d{{1,4}}/\d)"
                      rf"|^({m} )(?=\d{{1,4}}/\d)")


def _apart_after_closing(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-after-closing: set apart after a name's closing bracket or quote, glued to the clause's punctuation
    # that follows ("(Convention) 1,", "“Pacto de Bridgetown” 11,", "pesquera\" 40;"), as a block extractor or a PDF's
    # text keeps the space before a raised mark and none after it: the loose rule asks a space before that
    # punctuation, mark-apart a word before the mark. A number of the text stands inside the bracket or quote, not
    # between its close and a comma. (Not before a comma and a digit: "(2) 1,5" is a decimal.) As with mark-apart,
    # which reads "Council 2," so, the mark alone is taken: the space before it may be the text's own.
    return re.compile(rf"({m})(?<=[{_CLOSING_APART}] {m})(?=[{_AFTER_APART}](?!\d))")


def _apart_before_listed_symbol(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-listed-symbol: set apart after a word and its comma, before the next resolution of a list —
    # a symbol with a slash or, as the World Health Assembly numbers its resolutions, a full stop, then a word
    # ("on the COVID-19 response, 3 73.8 of 13 November", "on oceans, 2 19/25 of") —, as block extractors keep
    # the spaces around a raised mark: the loose rule takes a mark before a word only, and mark-apart-before-symbol
    # asks a year or a closing quote before the comma. No number of the text stands between a clause's comma and
    # a symbol. The space before the mark goes with it.
    return re.compile(rf"( {m})(?<={_WORD_END}[{_COMMA_APART}] {m})(?= \d{{1,4}}(?:/\d{{1,4}}|\.\d{{1,3}} [^\W\d_]))")


def _apart_between_symbols(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-between-symbols: set apart after a resolution's or document's number and its comma, before the next
    # number of the list ("pursuant to resolutions 2031/7, 3 2032/8 and", "71/205, 12 72/190"), as block extractors and
    # PDF text keep the spaces around a raised mark: mark-apart-after-document-number asks a word or the clause's
    # punctuation after the mark, mark-apart-before-symbol a year or a closing quote before the comma. No number of
    # the text stands there: a list of symbols repeats their slash, and the digits between two of them have none.
    # The space before the mark goes with it.
    after = "|".join(f"(?<=\\d/{d}[{_COMMA_APART}] {m})" for d in (r"\d", r"\d\d", r"\d\d\d"))
    return re.compile(rf"( {m})(?:{after})(?= \d{{1,4}}/\d)")


def _apart_before_glued_symbol(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-apart-before-glued-symbol: set apart after a word, before a comma glued to the next resolution of a list
    # ("от 22 марта 2019 года 8 ,43/34 от 22 июня", a list whose text lost the space after its comma), as an
    # extractor sets a raised mark apart: mark-apart and the line-edge rule take no mark before a comma and a
    # digit, a decimal ("à 1,5 million") — but digits that run into a slash are a symbol's, no decimal's. Or at a
    # line's start, where the wrap put it ("… 2019 года" / "8 ,43/34 от"). The space beside the mark goes with it.
    return re.compile(rf"( {m})(?<={_WORD_END} {m})(?= ?[{_COMMA_APART}]\d{{1,4}}/\d)"
                      rf"|^({m} )(?=[{_COMMA_APART}]\d{{1,4}}/\d)")


def _apart_at_line_edge(marker: str, units: str) -> re.Pattern[str] | None:
    if _star(marker):
        # (A star set apart at a line's edge: ending a line after a word or a clause's punctuation, or starting one
        # before the punctuation it was set apart from — never before a word: "* Dependency …" opens a star note.)
        m = re.escape(marker)
        return re.compile(rf"( {m})(?<={_WORD_OR_DIGIT_END} {m})$|( {m})(?<=[^\W_][{_BEFORE_APART}] {m})$"
                          rf"|^({m} )(?=[{_AFTER_APART}](?!\d))")
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # Where the wrap put a mark set apart at a line's edge: ending a line after a word, a number or
    # punctuation ("on 11 April 1996, 1" / "Recalling further …"), or starting one before a word
    # ("… adopted on that occasion," / "2 in which it was emphasized": the word before is the line
    # before's last, and a date is none: MarkSearch._rejected).
    # (Or starting one before the clause's punctuation it was set apart from: "… à sa cinquante-deuxième
    # session" / "2 ,".)
    # (Or starting one before the opening quote or bracket of a title — not a round or square bracket, which a
    # number's label opens, "2 (b)" —: "…国际公约》、" / "2 《残疾人权利公约》、 3 …", a list of instruments.)
    # (Or starting one glued to the comma after it, a word then — "… et le développement" / "12, ainsi que …": the mark
    # raised after the word, the wrap putting it first on the line; only after a word, comma_mark_after_word.)
    return re.compile(rf"( {m})(?<={_WORD_OR_DIGIT_END} {m})$|( {m})(?<=[^\W_][{_BEFORE_APART}] {m})$"
                      rf"|^({m} )(?=[^\W\d_]|[{_OPENING_TITLE}])|^({m} )(?=[{_AFTER_APART}](?!\d))"
                      rf"|^({m})(?=[{_COMMA_APART}] [^\W\d_])")


# What opens a title, not a label: the opening quotes and brackets of every script but the round and square ones.
_OPENING_TITLE = re.escape("".join(c for c in punctuation("opening_brackets", "opening_quotes") if c not in "(["))


def _after_punctuation_alone(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-after-punctuation-alone: a line that holds only a clause's punctuation and a mark, set apart or
    # not ("， 8", "； 1", "，2"): the wrap cut the punctuation from the paragraph's last word and put it, and
    # the mark after it, on a line of their own — as a line breaker that knows no rule against opening a
    # line with a comma does to a text of ideographs, which it may break anywhere. No number of the text
    # stands alone after a clause's punctuation at a paragraph's end. (The space goes with the mark.)
    return re.compile(rf"( {m})(?<=^[{_BEFORE_APART}] {m})$|({m})(?<=^[{_BEFORE_APART}]{m})$")


def _after_final_stop(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # mark-after-final-stop: a mark after a sentence's full stop, set apart or glued, at a line's end ("… the
    # report of the Credentials Committee. 1", "… of the Joint Inspection Unit.12"): the UN marks a note on a
    # paragraph's last words after its full stop, and no number of the text stands alone after a sentence's
    # end at a line's end — but a counted word's ("… see para. 5": counted-not-mark reads the table's words).
    end = rf"(?:[^\W\d_]|[{_CLOSING_APART}])[{re.escape(punctuation('full_stop'))}]"
    return re.compile(rf"( {m})(?<={end} {m})$|({m})(?<={end}{m})$")


def _listed_run(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit() or int(marker) > _RUN_MARKER_MAX:
        return None
    # mark-listed-in-sequence: glued to the end of a number of a list whose next two numbers end with the next two
    # notes' markers glued the same way ("résolutions 20/15" + "1" + ", 23/16" + "2" + ", 27/17" + "3", "sesiones 49"
    # + "1" + ", 54" + "2" + ", 59" + "3"), as PDF text gives raised marks, one after each number of a list: the notes'
    # numbers in sequence say it — one digit glued to a number is undecidable ("20/151" may be a resolution), three
    # in a row ending in three notes' markers are not the list's own numbers. Not where the first two numbers have
    # the same digit before their markers ("1991, 1992, 1993", "paragraphs 11, 12 and 13": consecutive numbers).
    m = re.escape(marker)
    nxt, then = (re.escape(str(int(marker) + k)) for k in (1, 2))
    # (one alternative for each digit before the marker, which the next number's digit before its marker is not)
    run = re.compile("|".join(
        rf"(?<={d})({m})(?![\d/])(?={_RUN_SEPARATOR}(?:\d{{1,4}}/)?\d{{0,3}}(?!{d})\d{nxt}(?![\d/])"
        rf"{_RUN_SEPARATOR}(?:\d{{1,4}}/)?\d{{1,4}}{then}(?![\d/]))" for d in "0123456789"))
    _OVER_BREAK.add(run)
    return run


# The patterns of mark-listed-in-sequence: a list's run of marks goes on over a line break ("sesiones 49" + "1" + ","
# / "54" + "2" + ", 59" + "3"), and its next numbers are read on the next line (listed-run-over-break).
_OVER_BREAK: set[re.Pattern[str]] = set()


# (What follows a run's mark that ends its line: a list's comma, or nothing: listed-run-over-break.)
_LINE_RUN_END = re.compile(r"[,;،]?\s*")
_RUN_MARKER_MAX = 97  # (the run's next two markers have two digits at most, as the patterns' markers)
_RUN_SEPARATOR = r"(?:[,;،] ?| ?[,;،]? [^\W\d_]{1,3} )"


def _glued_between_closing_and_word(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    # mark-glued-after-closing-before-word: digits glued after a name's closing bracket or quote and glued to a word in
    # lower case after them ("… Armas Nucleares (TNP)1como piedra angular"), where a PDF's text dropped the space
    # after a raised mark: mark-glued asks a space or punctuation after the digits. No number of a text in a script
    # with cases stands glued between a bracket's close and a word. (Lower-case letters of the Latin and Cyrillic
    # scripts: a script without cases glues its words and numbers, "》1这一", which mark-glued reads.)
    return re.compile(rf"({m})(?<=[{_CLOSING_APART}]{m})(?=[a-zß-ÿа-яё])")


def _after_cited_symbol(marker: str, units: str) -> re.Pattern[str] | None:
    """mark-after-cited-symbol's pattern is the text's own (MarkSearch.cited_pattern: the symbols it cites);
    the rule's table entry never matches by itself."""
    return _NEVER if marker.isdigit() else None


_NEVER = re.compile(r"(?!)")
# (the rule whose candidates symbol-before-next-marks bounds)
_CITED_SYMBOL = "mark-after-cited-symbol"
# A document's symbol as a text cites it: a token that holds a slash and ends with a digit ("59/300",
# "A/77/6", "VII/11", "22/COP.15"), between spaces, brackets or a clause's punctuation.
_TOKEN_EDGE = r"\s,;:()\[\]«»“”\"、，；：（）《》"
_TOKEN_EDGE_CHARS = frozenset(" \t,;:()[]«»“”\"、，；：（）《》")
_TOKEN_END = _TOKEN_EDGE_CHARS | {"."}
_SYMBOL_TOKEN = re.compile(rf"[^{_TOKEN_EDGE}]*/[^{_TOKEN_EDGE}]*\d(?=\.?(?:[{_TOKEN_EDGE}]|$))")


# The strong rules whose candidates are often the text's own digits — a number between ideographs ("目标2以
# 及"), after a number and its punctuation ("of 12 August 1949,2 continue", the UN's markup typing a second
# reference as text): where marks stand apart, a mark set apart is looked for first (apart-before-ideographs,
# apart-before-number-marks). (A year and one more digit, "19492", is no number of the text.)
AMBIGUOUS = frozenset({"mark-between-ideographs", "mark-after-number"})
MARK_BETWEEN_IDEOGRAPHS = MarkRule(
    "mark-between-ideographs", _glued_between_ideographs, near_foot=False, weak=False,
    why="a digit glued between two ideographs is more often the text's number ('目标2以及', target 2) than a mark: "
        "taken only when no other glued candidate is (and, where marks stand apart, none set apart is)",
    ideographs=True)
MARK_RULES = (
    MarkRule("mark-raised", _raised, near_foot=False, weak=False,
             why="digits printed raised (superscripts), as the text writer prints a mark: 'Refugees¹⁷', '1949³'; "
             "anywhere, the title before the formula too — never a unit's power, '40 km²'"),
    MarkRule("mark-glued", _glued, near_foot=False, weak=False,
             why="after a letter, closing punctuation or CJK: 'Council1,', '》1'", after_digits=True,
             ideographs=False),
    MARK_BETWEEN_IDEOGRAPHS,
    MarkRule("mark-in-brackets", _in_brackets, near_foot=False, weak=False,
             why="a bracketed mark glued to what precedes it, a digit or a vowel sign: '2030(1)', 'تدريجياً(2)'"),
    MarkRule("mark-after-number", _after_number, near_foot=True, weak=False,
             why="after a number and its punctuation: 'of 1998,1 by' — easily a decimal ('1,5 million')"),
    MarkRule("mark-after-year", _after_year, near_foot=True, weak=False,
             why="a superscript after a year comes out as more digits: '2030' + '6' → '20306'", after_digits=True),
    MarkRule("mark-before-year", _before_year, near_foot=True, weak=False,
             why="digits glued before a year and its counter: '、4' + '2021年' (no year has five digits)"),
    MarkRule("mark-before-month", _before_month, near_foot=True, weak=False,
             why="digits glued before a date's month and day and their counters, the digits and the month's making no "
                 "month: '、13' + '2月4日' (no month has three digits)"),
    MarkRule("mark-after-cited-symbol", _after_cited_symbol, near_foot=True, weak=False,
             why="digits glued to a document's symbol that the text cites elsewhere without them, the symbol with "
                 "them cited nowhere else: '59/300' + '9' where 'resolution 59/300 of 22 June 2005' stands above"),
    MarkRule("mark-glued-after-closing-before-word", _glued_between_closing_and_word, near_foot=True, weak=False,
             why="digits glued between a closing bracket or quote and a word in lower case: '(TNP)' + '1' + 'como'"),
    MarkRule("mark-listed-in-sequence", _listed_run, near_foot=True, weak=False,
             why="glued to a number of a list whose next two numbers end with the next two notes' markers: "
                 "'20/15' + '1' + ', 23/16' + '2' + ', 27/17' + '3'"),
    MarkRule("mark-after-overlong-number", _after_overlong_number, near_foot=True, weak=False,
             why="glued to a bare resolution number before punctuation after a word of the table's "
                 "endnotes.numbered_by_session, the number and the digits together running past the three a "
                 "session's number has: 'resolution 75/289' + '1' + ';' (not 'Decree No. 4/2341,')"),
    MarkRule("mark-after-document-number", _after_document_number, near_foot=True, weak=True,
             why="after a resolution or decision number, before punctuation: '77/38' + '2' + ','"),
    MarkRule("mark-after-name-number", _after_name_number, near_foot=True, weak=True,
             why="after a name that ends in a number: 'COVID-19' + '13'", after_digits=True),
    MarkRule("mark-before-word", _before_word, near_foot=True, weak=True,
             why="after a resolution number or a two-digit name, before a word ('77/47' + '2' + ' et'): "
                 "only when nothing else on the page can be the mark"),
    MarkRule("mark-after-decision-number", _after_decision_number, near_foot=True, weak=True,
             why="after a decision's session number, before a word ('1/CMA.5' + '2' + ' of'): the last "
                 "resort, as a session number may end in the marker's digit"),
)
MARK_GLUED = "mark-glued"  # (glued-word-between-neighbours: the rule of a mark glued to its word)
# Tried only for a line known to be a note (the next of a footnote block, or one at the foot):
MARK_APART = MarkRule("mark-apart", _apart, near_foot=True, weak=True,
                      why="a mark standing apart from its word: 'sesiones 7,', 'Humanos1 2;'; in a script without "
                          "spaces, after a clause's punctuation at a line's end: '报告； 2'", ideograph_stop=True)
# The last resort for such a line, when no mark stands apart before punctuation:
MARK_APART_LOOSE = MarkRule("mark-apart-loose", _apart_loose, near_foot=True, weak=True,
                            why="a mark set apart on both sides, as block extractors keep it: '2015 5 ,', "
                                "'Council, 1 and', 'Secretary-General 1 and', a star 'General * ;'")
# And the last of all, in a text with pages, when no mark stands apart inside a line:
MARK_APART_EDGE = MarkRule("mark-apart-at-line-edge", _apart_at_line_edge, near_foot=True, weak=True,
                           why="a mark set apart at a line's end ('April 1996, 1') or start ('2 in which', '2 ,'), "
                               "where the wrap put it (a star at a line's end or before its punctuation: '* ;')")
# And after a document number, which the loose rule does not take (a number's comma may be a list's):
MARK_APART_DOCUMENT = MarkRule("mark-apart-after-document-number", _apart_after_document_number, near_foot=True,
                               weak=True, why="a mark set apart after a resolution or document number, its comma "
                                              "between or not: 'resolution 77/47, 2 and', '77/7 (1)؛'")
# And before an opening bracket or quote, where the loose rule does not look (a number before a
# bracket is mostly the text's own: "paragraph 4 (a)", which endnote_not_after turns away):
MARK_APART_OPENING = MarkRule("mark-apart-before-opening", _apart_before_opening, near_foot=True, weak=True,
                              why="a mark set apart on both sides before an opening bracket or quote: "
                                  "'Matters 1 (Aarhus Convention)', '议程》、 3 《'")
# And before a quote that closes, set apart from what follows it: asked before mark-apart-before-opening, which
# would take "“" for the quote that opens a Latin quotation where an Arabic text closes one with it:
MARK_APART_CLOSING_QUOTE = MarkRule("mark-apart-before-closing-quote", _apart_before_closing_quote, near_foot=True,
                                    weak=True, why="a mark set apart on both sides between a word and the quote "
                                                   "that closes its quotation, the quote set apart from what "
                                                   "follows: 'السل (3) “ وما', 'Harbours 2 ” and'")
# And before a quote that closes, set apart from its word as the language sets its quotes (French « »):
MARK_APART_SPACED_QUOTE = MarkRule("mark-apart-before-spaced-quote", _apart_before_spaced_quote, near_foot=True,
                                   weak=True, why="in a language that sets its quotes apart, a mark set apart between "
                                                  "a quotation's last word and the quote that closes it: "
                                                  "'Déclaration 5 », et'")
# And before the next paragraph's number, in paragraphs a block extractor ran together:
MARK_APART_NUMBER = MarkRule("mark-apart-before-number", _apart_before_number, near_foot=True, weak=True,
                             why="a mark set apart after a paragraph's last punctuation, before the next "
                                 "paragraph's number: 'Justice, 1 1. Reiterates'")
# And so where the wrap put the paragraph's last punctuation first on the line:
MARK_APART_NUMBER_LINE_START = MarkRule("mark-apart-before-number-at-line-start", _apart_before_number_at_line_start,
                                        near_foot=True, weak=True,
                                        why="a mark set apart after the paragraph's last punctuation that the wrap "
                                            "put first on the line, before the next paragraph's number: '， 1 1. 再次'")

MARK_APART_GLUED_NUMBER = MarkRule("mark-apart-before-glued-number", _apart_before_glued_number, near_foot=True,
                                   weak=True, why="a mark set apart after a paragraph's last punctuation, before the "
                                                  "next paragraph's number glued to its first word, as a script "
                                                  "without spaces prints it: '报告， 1 1.再次邀请'")

MARK_GLUED_BEFORE_NUMBER = MarkRule("mark-glued-before-number", _glued_before_number, near_foot=True, weak=True,
                                    number_then_ideograph=True,
                                    why="a mark glued to the next paragraph's number after a paragraph's last "
                                        "punctuation and a space, in a script without spaces: "
                                        "'报告， 22' + '1. 关切地'")

MARK_APART_NUMBER_LINE_END = MarkRule("mark-apart-before-number-after-line-end", _apart_before_number_after_line_end,
                                      near_foot=True, weak=True,
                                      why="a mark set apart that the wrap put first on the line, before the next "
                                          "paragraph's number, the line before ending with the paragraph's last "
                                          "punctuation: 'Criminal Justice,' / '1 1. Reiterates'")

MARK_APART_NUMBER_AT_LINE_END = MarkRule("mark-apart-before-number-at-line-end", _apart_before_number_at_line_end,
                                         near_foot=True, weak=True,
                                         why="a mark set apart after a paragraph's last punctuation, before the next "
                                             "paragraph's number that the wrap left last on the line, its first word "
                                             "on the next: 'Criminal Justice, 1 1.' / 'Reiterates'")

# And before an ideograph, in a script without spaces, where the loose rule looks for a space after the mark:
MARK_APART_IDEOGRAPH = MarkRule("mark-apart-before-ideograph", _apart_before_ideograph, near_foot=True, weak=True,
                                why="in a script without spaces, a mark set apart from the word before it and "
                                    "glued to the ideograph after it: '公约》 6和', '论坛 5在'", before_ideograph=True)
# And before the next date of a list, where the loose rule looks for a word after the mark:
MARK_APART_DATE = MarkRule("mark-apart-before-date", _apart_before_date, near_foot=True, weak=True,
                           why="a mark set apart before the next date of a list: '13日、 4 2021年1月29日', "
                               "'13 June 2019, 4 29 January 2021'")
# And so where the wrap cut the date after its day:
MARK_APART_DATE_AT_BREAK = MarkRule("mark-apart-before-date-at-break", _apart_before_date_at_break, near_foot=True,
                                    weak=True, why="a mark set apart before a date whose day ends the line, its month "
                                                   "and year on the next: 'оружием 5 24' / 'декабря 2014 года'")
# And where the wrap cut the date after its month:
MARK_APART_DATE_CUT_MONTH = MarkRule("mark-apart-before-date-cut-after-month", _apart_before_date_cut_after_month,
                                     near_foot=True, weak=True,
                                     why="a mark set apart before a date whose day and month end the line, its year "
                                         "on the next: 'стран 15 17 марта' / '2022 года' (a guess, told)")
_DATES_AT_BREAK = (MARK_APART_DATE_AT_BREAK, MARK_APART_DATE_CUT_MONTH)  # (the rules _first asks date_at_break of)
_DATE_CUT_YEAR_WORDS = 3  # (-cut-after-month, told: the next line's words that may lead to the year, "de 2041")
# And before a year, a day and its month, or a day cut by the break, in a list after a comma:
MARK_APART_LISTED_DATE = MarkRule("mark-apart-before-listed-date", _apart_before_listed_date, near_foot=True,
                                  weak=True, why="a mark set apart after a word's or a year's comma, before the next "
                                                 "year or day of a list: '2018, 1 2019', 'Day, 8 9 December', "
                                                 "'2013, 42 17' / 'August'")
# And before the next note's marker set apart, two marks in a row:
MARK_APART_NEXT_MARKER = MarkRule("mark-apart-before-next-marker", _apart_before_next_marker, near_foot=True,
                                  weak=True, why="a mark set apart after a word, before the next note's marker set "
                                                 "apart and the clause's punctuation: 'Humanos 1 2 ;'")
# And at a line's end after a closing quote set apart, its punctuation on the next line:
MARK_APART_SPACED_CLOSING = MarkRule("mark-apart-after-spaced-closing", _apart_after_spaced_closing, near_foot=True,
                                     weak=True, why="a mark set apart at a line's end after a closing quote set apart "
                                                    "from its word, the clause's punctuation opening the next line: "
                                                    "'africaine » 22' / ';'")
# And alone on a line with its punctuation, where the wrap put it:
MARK_ALONE_PUNCTUATION = MarkRule("mark-alone-before-punctuation", _alone_before_punctuation, near_foot=True,
                                  weak=True, why="a mark alone on a line with the clause's punctuation after it, "
                                                 "where the wrap put it: 'к ней' / '54,'")
# And after a closing quote or bracket, before a spaced comma or stop (asked with mark-apart, in a text without pages
# too):
MARK_APART_CLOSING_SPACED = MarkRule("mark-apart-after-closing-spaced", _apart_after_closing_spaced, near_foot=True,
                                     weak=True, why="a mark set apart after a closing quote or bracket, before a comma "
                                                    "or stop set apart: 'сотрудничества» 20 ,'")
# And before a pair of dashes glued to the words after it, in a script without spaces:
MARK_APART_DASH_PAIR = MarkRule("mark-apart-before-dash-pair", _apart_before_dash_pair, near_foot=True, weak=True,
                                why="in a script without spaces, a mark set apart before the pair of dashes that opens "
                                    "an apposition: '纲领》 12 ——其中'")
# And after a number's unit sign, before the clause's punctuation:
MARK_APART_SIGN = MarkRule("mark-apart-after-sign", _apart_after_sign, near_foot=True, weak=True,
                           why="a mark set apart after a number's unit sign, before the clause's punctuation: "
                               "'1.5% 4 ，'")
# And before a date of a list in a language that writes counters, where mark-apart-before-date does not look:
MARK_APART_COUNTED_DATE = MarkRule("mark-apart-before-counted-date", _apart_before_counted_date, near_foot=True,
                                   weak=True, why="a mark set apart before the next date of a list, in a language "
                                                   "that writes counters: '、 9' + '2021年', '、 8 12月9日', "
                                                   "'、 6 20' / '21年', '2018、 1 2019 2 和2020年'")
# And before a range of years glued to the mark:
MARK_APART_YEAR_RANGE = MarkRule("mark-apart-before-year-range", _apart_before_year_range, near_foot=True, weak=True,
                                 why="a mark set apart before a range of years glued to it, in a language that writes "
                                     "counters: '、 11' + '2022-2031十年期'")
MARK_APART_GLUED_MONTH = MarkRule("mark-apart-glued-before-month", _apart_glued_before_month, near_foot=True, weak=True,
                                  why="a mark set apart after a clause's punctuation or a word and glued to the next "
                                      "date's month and day (the table's date form), the digits and the month's "
                                      "making no month, in a language that writes counters: '、 11' + '5月16日' "
                                      "(not '、 13条2款')")
# And at a line's start before such a date, where the wrap put the mark or its punctuation first on the line:
MARK_APART_COUNTED_DATE_LINE_START = MarkRule(
    "mark-apart-before-date-at-line-start", _apart_before_counted_date_at_line_start, near_foot=True, weak=True,
    why="a mark set apart at a line's start before the next date of a list, in a language that writes counters: "
        "'2 2013年3月22日', '、 1 2016年9月29日'")
# And after a clause's punctuation that opens a line, where the loose rule asks for a word before it:
MARK_APART_LINE_PUNCTUATION = MarkRule("mark-apart-after-line-punctuation", _apart_after_line_punctuation,
                                       near_foot=True, weak=True, why="a mark set apart after a clause's punctuation "
                                                                      "that opens a line, before a word: '， 2 其中'")
# And after a year and its comma, before the next resolution of a list:
MARK_APART_SYMBOL = MarkRule("mark-apart-before-symbol", _apart_before_symbol, near_foot=True, weak=True,
                             why="a mark set apart after a date's year and its comma, before the next resolution "
                                 "of a list: 'March 2011, 1 19/25 of'")
# And after a number and its comma, where the loose rule does not look (a number's list):
MARK_APART_NUMBER_COMMA = MarkRule("mark-apart-after-number-comma", _apart_after_number_comma, near_foot=True,
                                   weak=True, why="a mark set apart after a name or document ending in a number "
                                                  "and its comma, before a word: 'Agenda 21, 5 the'")
# And before a dash set apart, where the loose rule looks for a word or punctuation after the mark:
MARK_APART_DASH = MarkRule("mark-apart-before-dash", _apart_before_dash, near_foot=True, weak=True,
                           why="a mark set apart before a dash set apart that opens an apposition: 'года 30 — к', "
                               "'siècle» 6 – tout'")
# And so where the wrap put the mark first on its line:
MARK_APART_DASH_LINE_START = MarkRule(
    "mark-apart-before-dash-at-line-start", _apart_before_dash_at_line_start, near_foot=True, weak=True,
    why="a mark set apart at a line's start before a dash set apart that opens an apposition, the line before ending "
        "with a word: 'правопорядка' / '27 — документов'")
# And on a line of its own after a clause's punctuation alone, where the line-edge rule asks a word before it:
MARK_APART_PUNCTUATION = MarkRule("mark-after-punctuation-alone", _after_punctuation_alone, near_foot=True,
                                  weak=True, why="a mark on a line that holds only a clause's punctuation and it "
                                                 "('， 8'), where the wrap put the paragraph's last punctuation")
# And after a sentence's full stop at a line's end, where the line-edge rule asks a clause's punctuation:
MARK_AFTER_FINAL_STOP = MarkRule("mark-after-final-stop", _after_final_stop, near_foot=True, weak=True,
                                 why="a mark after a sentence's full stop at a line's end, set apart or glued: "
                                     "'Committee. 1', 'Unit.12'")
# And after a closing bracket or quote, before the clause's punctuation glued to the mark:
MARK_APART_CLOSING_PUNCTUATION = MarkRule("mark-apart-after-closing", _apart_after_closing, near_foot=True, weak=True,
                                          why="a mark set apart after a closing bracket or quote, glued to the "
                                              "clause's punctuation after it: '(Convention) 1,', 'Bridgetown” 11,'")
# And after a word and its comma, before the next resolution of a list:
MARK_APART_LISTED_SYMBOL = MarkRule("mark-apart-before-listed-symbol", _apart_before_listed_symbol, near_foot=True,
                                    weak=True, why="a mark set apart after a word and its comma, before the next "
                                                   "resolution of a list: 'response, 3 73.8 of', 'oceans, 2 19/25'")
# And after a word, before a comma glued to the next resolution of a list:
MARK_APART_GLUED_SYMBOL = MarkRule("mark-apart-before-glued-symbol", _apart_before_glued_symbol, near_foot=True,
                                   weak=True, why="a mark set apart after a word, before a comma glued to the next "
                                                  "resolution of a list: 'года 8 ,43/34 от'")
# And so where the wrap put the word before the mark first on its line, in lower case (no heading's label):
MARK_APART_DASH_FIRST_WORD = MarkRule(
    "mark-apart-before-dash-after-first-word", _apart_before_dash_after_first_word, near_foot=True, weak=True,
    why="a mark set apart before a dash set apart that opens an apposition, after a line's first word in lower case, "
        "where the wrap put it: 'систем 24 — всеохватной'")
# And before a dash that closes an apposition, the clause's punctuation glued after it:
MARK_APART_CLOSING_DASH = MarkRule("mark-apart-before-closing-dash", _apart_before_closing_dash, near_foot=True,
                                   weak=True, why="a mark set apart before a dash that closes an apposition, the "
                                                  "clause's punctuation glued after it: 'exécutions 10 –, en'")
# And at a line's start, the comma ending the line before:
MARK_APART_LISTED_DATE_LINE_START = MarkRule(
    "mark-apart-before-listed-date-at-line-start", _apart_before_listed_date_at_line_start, near_foot=True, weak=True,
    why="a mark set apart at a line's start before the next day or year of a list, the line before ending with a "
        "word's or a year's comma: 'Hate Speech,' / '11 16 May as'")
# And where the wrap put a mark set apart before an opening bracket or quote first on its line:
MARK_APART_OPENING_LINE_START = MarkRule(
    "mark-apart-before-opening-at-line-start", _apart_before_opening_at_line_start, near_foot=True, weak=True,
    why="a mark set apart at a line's start before a name's short form in brackets, the line before ending "
        "with a word: 'Environmental Matters' / '1 (Aarhus Convention)'")
# And between two numbers of a list of resolutions, after the first one's comma:
MARK_APART_BETWEEN_SYMBOLS = MarkRule("mark-apart-between-symbols", _apart_between_symbols, near_foot=True,
                                      weak=True, why="a mark set apart after a resolution's number and its comma, "
                                                     "before the next resolution of the list: '73/263, 12 74/168'")
_LOOSE: tuple[MarkRule, ...]  # (mark-apart-after-wide-clause joins it below)
_LOOSE = (MARK_APART_LOOSE, MARK_APART_DOCUMENT, MARK_APART_CLOSING_QUOTE, MARK_APART_SPACED_QUOTE,
          MARK_APART_OPENING, MARK_APART_NUMBER,
          MARK_APART_DATE, MARK_APART_NUMBER_COMMA, MARK_APART_IDEOGRAPH, MARK_APART_EDGE, MARK_APART_PUNCTUATION,
          MARK_APART_SYMBOL, MARK_AFTER_FINAL_STOP, MARK_APART_DASH, MARK_APART_COUNTED_DATE,
          MARK_APART_LINE_PUNCTUATION, MARK_APART_COUNTED_DATE_LINE_START,
          MARK_APART_CLOSING_PUNCTUATION, MARK_APART_LISTED_SYMBOL, MARK_APART_GLUED_SYMBOL, MARK_APART_LISTED_DATE,
          MARK_APART_NEXT_MARKER, MARK_APART_SPACED_CLOSING, MARK_ALONE_PUNCTUATION, MARK_APART_CLOSING_SPACED,
          MARK_APART_DASH_PAIR, MARK_APART_SIGN, MARK_APART_LISTED_DATE_LINE_START, MARK_APART_CLOSING_DASH,
          MARK_APART_NUMBER_LINE_START, MARK_APART_GLUED_NUMBER, MARK_GLUED_BEFORE_NUMBER,
          MARK_APART_NUMBER_LINE_END,
          MARK_APART_NUMBER_AT_LINE_END, MARK_APART_YEAR_RANGE, MARK_APART_GLUED_MONTH, MARK_APART_DATE_AT_BREAK,
          MARK_APART_DATE_CUT_MONTH,
          MARK_APART_BETWEEN_SYMBOLS, MARK_APART_OPENING_LINE_START, MARK_APART_DASH_FIRST_WORD,
          MARK_APART_DASH_LINE_START)


# -- marks set apart after a wide clause's punctuation (scripts without spaces) --------------------------------------
# The clause's punctuation of the scripts written without spaces (the full-width comma, semicolon, colon and the
# enumeration comma): no text of ideographs sets a space after one — a space there is where a mark was raised.
_WIDE_CLAUSE = "".join(c for c in punctuation("comma", "semicolon", "colon", "enumeration_comma")
                       if _UNSPACED and re.fullmatch(f"[{_UNSPACED}]", c))


def _apart_after_wide_clause(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit() or not _WIDE_CLAUSE:
        return None
    m = re.escape(marker)
    # mark-apart-after-wide-clause: in a script written without spaces, a mark set apart after a clause's full-width
    # punctuation, before a Latin symbol glued to it or a number set apart ("…的决定、 13CBD/CP/MOP/VIII/19号决定",
    # "会员国2018、 1 20192 和2020年"), as block extractors keep the space before a raised mark and join a block's lines
    # without one (the line broke after the mark) — the rules of a mark set apart before a date, a word or an ideograph
    # do not read a symbol or a year the next mark is glued to. A number of a text of ideographs is glued to the
    # punctuation before it; a space after a full-width comma is a raised mark's. The spaces around the mark go with
    # it.
    before = rf"(?<=\S[{re.escape(_WIDE_CLAUSE)}] {m})"
    return re.compile(rf"( {m}){before}(?=[A-Za-z])|( {m}{before} )(?=\d)")


MARK_APART_WIDE_CLAUSE = MarkRule("mark-apart-after-wide-clause", _apart_after_wide_clause, near_foot=True, weak=True,
                                  why="in a script without spaces, a mark set apart after a clause's full-width "
                                      "punctuation, before a Latin symbol glued to it or a number set apart: "
                                      "'决定、 13CBD/CP/…', '2018、 1 20192 和'")
_LOOSE = (*_LOOSE, MARK_APART_WIDE_CLAUSE)


def _apart_before_wide_clause(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit() or not _WIDE_CLAUSE:
        return None
    m = re.escape(marker)
    # mark-apart-before-wide-clause: in a script written without spaces, a mark set apart from the ideograph or closing
    # bracket before it and glued to the clause's full-width punctuation after it ("…第37/2号 7、2019年…", "…》 4，"),
    # as block extractors keep the space before a raised mark and none before the punctuation that follows it: the
    # rules of a mark set apart before an ideograph or a word ask a letter after it. A number of a text of ideographs
    # is glued to the ideograph before it ("第7、8段"); a space there is where a mark was raised. (Not after a clause's
    # own punctuation: mark-apart-after-wide-clause reads that.) The space before the mark goes with it. Never before
    # another count after the punctuation ("共有 6、7 个国家", "第 3、4 条"): a number set apart then "、" then a number
    # of a count's size opens a list of numbers, the text's own; a year after it ("7、2019年") is no count.
    clause = re.escape(_WIDE_CLAUSE)
    return re.compile(rf"( {m})(?<=[{_UNSPACED}] {m})(?<![{clause}] {m})(?=[{clause}])"
                      rf"(?![{clause}]\s*\d{{1,{_LIST_COUNT_DIGITS}}}(?!\d))")


# mark-apart-before-wide-clause: the most digits of a list's next number ("6、7 个", "第 30、31 段", "100、200 名"); a
# year (four digits, "7、2019年") is no count of a list
_LIST_COUNT_DIGITS = 3


MARK_APART_BEFORE_WIDE_CLAUSE = MarkRule("mark-apart-before-wide-clause", _apart_before_wide_clause, near_foot=True,
                                         weak=True, why="in a script without spaces, a mark set apart from the "
                                                        "ideograph before it and glued to the clause's full-width "
                                                        "punctuation after it: '第37/2号 7、2019年'")
_LOOSE = (*_LOOSE, MARK_APART_BEFORE_WIDE_CLAUSE)
# wide-clause-mark-told: a run of digits set apart by one space from the ideographs on both its sides ("第 70/1 号",
# "2030 年": a raised note's mark, "决议 1，", has a clause's punctuation after it, and is not counted), or glued to the
# ideograph before it ("第70/1号")
_APART_NUMBER = re.compile(rf"[{_UNSPACED}] \d[\d/.]*(?= [{_UNSPACED}])")
_GLUED_NUMBER = re.compile(rf"[{_UNSPACED}]\d")
# wide-clause-mark-told: the share of the numbers after an ideograph set apart from it at which the text's extractor
# is taken to set every number apart — half: UN print glues them all, so a text that spaces as many as it glues was
# spaced by its extractor
NUMBERS_APART_SHARE = 0.5
# wide-clause-mark-told: and the fewest numbers set apart that say so — an extractor that spaces its digits spaces
# every number, and a resolution prints at least its adoption date's three (year, month, day, "2032 年 10 月 6 日");
# one or two spaced numbers in a short text of glued ones are chance (a wrap, a typist's space)
NUMBERS_APART_MIN = 3
# (the name each bound on a candidate is traced by where it refuses one: weak-before-next-marks,
# loose-before-next-marks, symbol-before-next-marks)
_WEAK_BOUND = "weak-before-next-marks"


# apart-mark-told: a mark set apart after an ideograph and before a clause's punctuation, the line going on after it
# in the same script ("数目为 3，并"): where the mark stands inside a clause, as a count does
_MID_CLAUSE_BEFORE = re.compile(rf"[{_UNSPACED}] $")
_MID_CLAUSE_AFTER = re.compile(rf"\s?[{_AFTER_APART}]\s?[{_UNSPACED}]")


def _apart_mid_clause(view: str, m: re.Match[str]) -> bool:
    """apart-mark-told: whether mark-apart's candidate `m` stands set apart after an ideograph, before a clause's
    punctuation that more ideographs follow on the line."""
    group = m.lastindex or 1
    start, end = m.start(group), m.end(group)
    if view[start:start + 1] == " ":  # (the line-end variant takes the space along)
        start += 1
    return (_MID_CLAUSE_BEFORE.search(view, 0, start) is not None
            and _MID_CLAUSE_AFTER.match(view, end) is not None)


# apart-mark-told: what names a document in the clause before a number set apart — a symbol ("第 91/15 号决议 1，"), a
# title's closing bracket ("《宣言》 2，") — the UN's commonest place for a mark, never told
_NAMED_IN_CLAUSE = re.compile(r"\d\s?/\s?\d|[》」』]")
_CLAUSE_ENDS = punctuation("comma", "semicolon", "colon", "full_stop", "enumeration_comma")


def _named_in_clause(lg: Lang, view: str, start: int) -> bool:
    """apart-mark-told: whether the clause before `start` (from the last clause punctuation) names a document — a
    symbol, a title's close — or holds a counted word of the table's endnotes.not_after ("第"): a number set apart
    there is a mark after a document's name, the UN's usual place, not a count."""
    begin = max(view.rfind(p, 0, start) for p in _CLAUSE_ENDS) + 1
    clause = view[begin:start]
    return _NAMED_IN_CLAUSE.search(clause) is not None or any(w in clause for w in lg.endnote_not_after)


def _bound_rule(rule: MarkRule) -> str:
    """The rule that bounds a candidate of `rule` by the next notes' marks, as traced where it refuses one."""
    return "loose-before-next-marks" if rule in _LOOSE else "symbol-before-next-marks" if rule.name == _CITED_SYMBOL \
        else _WEAK_BOUND


def _apart_before_closing(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker):
        return None
    m = re.escape(marker)
    # Set apart after a word or a number, before the closing bracket or quote of the name it follows
    # ("لعام 2030 (3) “،", "(كوفيد-19() 3 )"): where every mark between two others is sought
    # (mark-between-neighbours) — elsewhere a number before a closing bracket is mostly the text's own. Justified
    # text widens the space before the bracket; and the wrap may put the mark first on its line, set apart from the
    # bracket ("… удобрением океана" / "130   ), а также"): a list's label at a line's start is glued to its bracket.
    return re.compile(rf"( {m})(?:(?<={_WORD_OR_DIGIT_END} {m})|(?<=[{_CLOSING_APART}] {m}))(?= *[{_CLOSING_APART}])"
                      rf"|^({m})(?= +[{_CLOSING_APART}])")


MARK_APART_CLOSING = MarkRule("mark-between-neighbours", _apart_before_closing, near_foot=True, weak=True,
                              why="a mark set apart before a closing bracket or quote, sought between two marks only")


def _glued_to_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    # mark-glued-to-number: a mark glued to the end of a name's or a document's number, as a PDF's text
    # gives a raised mark after digits ("Action 21" + "2" + ",", "resolution 76/178" + "3" + " and",
    # "VIII/19" + "14"): the number with the mark is no number of the text, but only the notes' sequence
    # can tell — so sought between two marks only, where no other rule finds a place, and taken only
    # where the stretch holds one such place (mark-between-neighbours). Not a number before a counter or a
    # unit ("2020年"), nor a year ("2011": _year_run), nor a date's day ("13 February": day-not-mark); what
    # follows the digits is asked apart (MarkRule.follows).
    unit = _not_before_unit(units)
    return re.compile(rf"({m})(?<=\d{m}){unit}")


MARK_GLUED_NUMBER = MarkRule("mark-glued-to-number", _glued_to_number, near_foot=True, weak=True,
                             why="a mark glued to the end of a number ('Action 21' + '2' + ','), sought between "
                                 "two marks only, where no other rule finds one", after_digits=True)


def _apart_after_number(marker: str, units: str) -> re.Pattern[str] | None:
    if not _numbered(marker) or len(marker.strip("()")) > 2:
        return None
    m = re.escape(marker)
    # mark-apart-after-number: a mark set apart after a name's or a document's number, before a word or a
    # clause's punctuation ("Agenda 21 6 and", "decision VII/11 14 and", "القرن 21 (4) بتدعيم"), as block
    # extractors keep the spaces around a raised mark: two numbers in a row set apart by a space are no text's
    # — but a count's ("5 6 dollars" in a table, a number in groups: "1 500"), so sought between two marks only,
    # where no other rule finds a place, and taken only where the stretch holds one such place, as
    # mark-glued-to-number is (a marker of one or two digits: three after a number are a group).
    unit = _not_before_unit(units)
    return re.compile(rf"( {m})(?<=\d {m}){unit}(?= [^\W\d_]| ?[{_BEFORE_APART}](?!\d))")


MARK_APART_AFTER_NUMBER = MarkRule("mark-apart-after-number", _apart_after_number, near_foot=True, weak=True,
                                   why="a mark set apart after a number, before a word ('Agenda 21 6 and'), sought "
                                       "between two marks only, where no other rule finds one")


def _glued_between_letters(marker: str, units: str) -> re.Pattern[str] | None:
    if not marker.isdigit():
        return None
    m = re.escape(marker)
    # mark-between-letters: a mark glued on both sides between two letters, in lower case (asked apart:
    # MarkSearch._between_letters) — "Agenda Urbana" + "9" + "y la declaración", "протокол" + "15" + "и", where a
    # PDF's text dropped the space after a raised mark — a word of a script with cases holds no digits between
    # its lower-case letters ("H5N1", "youth4Disarmament" have capitals). Sought between two marks only, where no
    # other rule finds one, and taken only where the stretch holds one such place (mark-between-neighbours).
    return re.compile(rf"({m})(?<=[^\W\d_]{m})(?=[^\W\d_])")


MARK_BETWEEN_LETTERS = MarkRule("mark-between-letters", _glued_between_letters, near_foot=True, weak=True,
                                why="a mark glued between two lower-case letters ('Urbana' + '9' + 'y'), sought "
                                    "between two marks only, where no other rule finds one")


@cache
def _letters_around(marker: str) -> tuple[_Found, ...]:
    p = _glued_between_letters(marker, "")
    return () if p is None else ((MARK_BETWEEN_LETTERS, p, None),)


def _later(run: str, marker: str) -> bool:
    """Whether a run of digits may be the marker of a note soon after `marker` in its sequence (one whose page the flow
    has not read yet): a greater number, within LATER_NOTES_AHEAD of it."""
    return marker.isdigit() and 0 < int(run) - int(marker) <= LATER_NOTES_AHEAD


# glued-run-is-marker: how far past the sought marker a run glued to a word is taken for a later note's marker, not
# read yet — a page or two of notes ("Families19" for note 9); further on, the run is rather a name's or a symbol's
# number that the mark is glued to ("BCN15" + "2").
LATER_NOTES_AHEAD = 12


def _year_run(view: str, end: int) -> bool:
    """Whether the digits that end at `end` are a year ("9 December 2011," — "20" + "11" is no mark
    glued to a number: mark-glued-to-number), not a symbol's number ("84/2073")."""
    start = end
    while start and view[start - 1].isdigit():
        start -= 1
    return _YEAR.fullmatch(view, start, end) is not None and view[start - 1:start] not in _SYMBOL_JOINS


_SYMBOL_JOINS = ("/", ".", "-", "‑")  # (a number after them is a symbol's: "84/2073" is no year)


_YEAR = re.compile(r"(?:19|20)\d\d")


@cache
def _glued_number(marker: str, units: str) -> tuple[_Found, ...]:
    p = _glued_to_number(marker, units)
    return () if p is None else ((MARK_GLUED_NUMBER, p, MARK_GLUED_NUMBER.follows(marker)),)


@cache
def _apart_number(marker: str, units: str) -> tuple[_Found, ...]:
    """mark-apart-after-number's pattern, for the marker and its bare digits ("(4)", "4": inside a bracket and
    in Arabic block text the mark may be printed bare)."""
    forms = dict.fromkeys((marker, marker.strip("()")))
    return tuple((MARK_APART_AFTER_NUMBER, p, None) for form in forms
                 if (p := _apart_after_number(form, units)) is not None)


def _after_empty_brackets(digits: str, units: str) -> re.Pattern[str] | None:
    if not digits.isdigit():
        return None
    # bare-mark-after-empty-brackets: a bracketed marker inside a bracket, as a PDF's text of a right-to-left script
    # gives it — its brackets an empty pair, its bare digits glued after them, the bracket it stands in closing
    # right after ("(كوفيد-19()11)", "(د-27()4)"): no text holds digits between an empty pair of brackets and a
    # closing one, where bare digits glued elsewhere are as often the text's own ("103 دول"). Justified text or a
    # layout that sets its marks apart puts spaces around the digits ("(د-27() 4 )", "(youth4Disarmament()  4 )"):
    # they go with the mark.
    m = re.escape(digits)
    return re.compile(rf"(?<=\(\))( *{m} *)(?=\))")


BARE_AFTER_EMPTY_BRACKETS = MarkRule("bare-mark-after-empty-brackets", _after_empty_brackets, near_foot=True, weak=True,
                                     why="a bracketed marker's bare digits glued after an empty pair of brackets, "
                                         "inside a bracket: '(كوفيد-19()11)', sought between two marks")


@cache
def _bare_after_empty_brackets(digits: str) -> tuple[_Found, ...]:
    p = _after_empty_brackets(digits, "")
    return () if p is None else ((BARE_AFTER_EMPTY_BRACKETS, p, None),)


@cache
def _before_closing(marker: str) -> tuple[_Found, ...]:
    p = _apart_before_closing(marker, "")
    return () if p is None else ((MARK_APART_CLOSING, p, None),)


@cache
def _patterns(marker: str, units: str, spaced: bool, loose: bool, spaced_quotes: str = "") -> tuple[_Found, ...]:
    rules = ((MARK_APART, *_LOOSE) if loose else (MARK_APART, MARK_APART_CLOSING_SPACED)) if spaced else MARK_RULES
    return tuple((r, p, r.follows(marker)) for r in rules if (p := _built(r, marker, units, spaced_quotes)) is not None)


def _built(rule: MarkRule, marker: str, units: str, spaced_quotes: str) -> re.Pattern[str] | None:
    """A rule's pattern for a marker in a language (its number units; the quotes it sets apart from their words)."""
    if rule is MARK_APART_CLOSING_QUOTE:
        return _apart_before_closing_quote(marker, units, spaced_quotes)
    if rule is MARK_APART_SPACED_QUOTE:
        return _apart_before_spaced_quote(marker, units, spaced_quotes)
    return rule.build(marker, units)


# A rule, its pattern for a marker, and what must follow the mark (MarkRule.follows).
_Found = tuple[MarkRule, re.Pattern[str], re.Pattern[str] | None]
# A mark located: the rule that found it, its line, the match in the line's view.
Located = tuple[MarkRule, int, re.Match[str]]


def _search(pattern: re.Pattern[str], follows: re.Pattern[str] | None, view: str, pos: int) -> re.Match[str] | None:
    """The first match of a mark pattern from pos on that what follows allows: as the pattern with
    the lookahead written at its end would find (the mark is the pattern's first group and the rest
    of it looks around without taking characters, so the mark ends where the match does)."""
    m = pattern.search(view, pos)
    while m is not None and follows is not None and follows.match(view, m.end()) is None:
        m = pattern.search(view, m.start() + 1)
    return m


def plausible(view: str, start: int, next_view: str = "", tokens: Tokens | None = None, units: str = "") -> bool:
    """Rejects digits that end a document symbol ("E/2023/15/Add.1", "A/78/L.9") or that begin a
    number the line break cut ("…、1" + "998年") — not where the next line opens with a year and its
    counter ("；3" + "2023年7月1日": mark-before-year, no year has five digits), nor with a month and its day
    that the digits would make no month of (mark-before-month-at-break). tokens: the line's Tokens, when several
    candidates of one line are asked in order. units: the language's number units."""
    # (No mark is followed by a digit, and a marker has three digits at most: the rest of the
    # line is digits only when the mark ends it. Raised digits, "¹", begin no number: isdecimal.)
    if (cut_by_break(view, start, next_view, units) and not after_year_comma(view, start)
            and not after_word_stop(view, start) and not after_symbol_comma(view, start, next_view)
            and not symbol_semicolon(view, start)
            and not month_after_break(units, view, start, next_view)
            and not glued_word_at_break(view, start, next_view)):
        return False
    if start < 2 or view[start - 1] != "." or not view[start - 2].isalnum():
        return True
    return not (tokens or Tokens(view)).slash_before(start)


def cut_by_break(view: str, start: int, next_view: str, units: str) -> bool:
    """Whether the digits from start end the line and the next line goes on with more digits, as a number the
    line break cut would ("…、1" + "998年") — not a year and its counter ("；3" + "2023年7月1日")."""
    return (len(view) - start <= _MARKER_MAX + 1 and view[start:].isdecimal() and re.match(r"\d+[^\d.\s]", next_view)
            is not None and not (units and _year_with_unit(units).match(next_view)))


def month_after_break(units: str, view: str, start: int, next_view: str) -> bool:
    """mark-before-month-at-break: mark-before-month across a line break. Digits glued after a word or punctuation at a
    line's end, the next line opening with a date's month and day and their counters ("国际日、13" / "2月4日人类博爱国际
    日"), are a mark where the digits and the month's together make no month nor a year ("132", "1" + "3月"): the line
    break cut no number there, as no month has three digits. Serves the languages that write a counter after their
    numbers (the table's number_units), whose texts break anywhere: the wrap put the mark last on its line and the
    day it marks first on the next. (Where they make a month, "、1" / "2月4日", the break is undecidable and the
    digits stay a number of the text: cut_by_break.)"""
    if not units or not view[start:].isdecimal():
        return False
    pattern = _before_month(view[start:], units)  # (its look-behind asks for the word or punctuation before)
    return pattern is not None and pattern.match(view + next_view, start) is not None


_MARKER_MAX = 3
# weak-before-next-marks: the notes after a note whose first strong candidate bounds a weak candidate of its
# mark. Marks glued to numbers come in runs ("Action 21" + "2", "d'Action 21" + "3"), which no strong rule
# takes; three covers the runs of the UN's lists of instruments and still stays within one paragraph or two.
NEXT_MARKS_AHEAD = 3
_FULL_STOPS = frozenset(punctuation("full_stop"))


# mark-glued-word-at-break: the next line holds only the next note's mark and the clause's punctuation, or nothing.
_NEXT_MARK_LINE = re.compile(r"(\d{1,3})\s?[,;:.]?\s*$")
# ... and no unit of length stands before the digits ("1,200 km2": the unit's power, the text's number goes on).
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(u) for u in POWER_UNITS) + r")$")


def glued_word_at_break(view: str, start: int, next_view: str) -> bool:
    """mark-glued-word-at-break: digits glued to a word's last letter in lower case at a line's end, the next line
    holding only the next number and the clause's punctuation ("… para los Derechos Humanos1" / "2;": two notes'
    marks in a row, the wrap between them), are a mark, not the start of a number the line break cut (cut_by_break):
    a script with case sets spaces between its words, and its wrap falls at a space — a number whose groups are set
    apart by spaces ("1 998 000") stands apart from the word before it; only a script without spaces, which has no
    case, wraps inside a number. Only two marks in a row: the next line's number is this one's + 1 and nothing but
    the clause's punctuation follows it (a line going on, "10, 12 and 15 per cent …", is the text's); never after a
    unit of length (the units table's power_units: "1,200 km2" is the unit's power). (Refused, the first note's mark
    stayed glued in the text, the note read as nothing.)"""
    if start < 1 or not view[start - 1].islower() or not view[start:].isdecimal() or len(view) - start > _MARKER_MAX:
        return False
    nxt = _NEXT_MARK_LINE.match(next_view.strip())
    return (nxt is not None and int(nxt.group(1)) == int(view[start:]) + 1
            and _UNIT_BEFORE.search(view, 0, start) is None)


def after_word_stop(view: str, start: int) -> bool:
    """mark-after-stop-at-break: digits glued after a word and its full stop at a line's end, the next line
    opening with a number ("… of the Joint Inspection Unit.12" / "56th (resumed) plenary meeting", the body's
    last line before the closing), are a mark glued after the sentence's end, not the start of a number that
    the line break cut (cut_by_break): no number starts right after a word's full stop. (The note, after the
    closing, was reported unreferenced and its mark left in the text.) So after a word's semicolon or colon in a
    script that sets a space after them ("… on Peacekeeping Operations;1" / "85th plenary meeting": a short text's
    only paragraph, its note's mark glued): the next word stands apart, so no number goes on there."""
    return start >= 2 and view[start - 1] in _STOPS_BEFORE_SPACE and view[start - 2].isalpha()


def symbol_semicolon(view: str, start: int) -> bool:
    """mark-after-symbol-semicolon: as mark-after-stop-at-break, where a document's symbol and the paragraph's semicolon
    end the line before the digits ("… on the implementation of resolution 77/7;1" / "26th plenary meeting", a short
    text's only paragraph, its note's mark glued): the semicolon sets the next word apart, as after a word, and no
    number goes on there. Only the semicolon, after a symbol's last number: a colon between digits is a time's
    ("10:" / "30"), a full stop after a number a section's or a decimal's."""
    return start >= 2 and view[start - 1] in _SEMICOLONS and _SYMBOL_BEFORE_STOP.search(view, 0, start - 1) is not None


_SEMICOLONS = frozenset(spaced_punctuation("semicolon"))
# A symbol at a view's end: "77/7", "A/78/84", "S/RES/2712 (2023)", "A/HRC/54/25/Add.2".
_SYMBOL_BEFORE_STOP = re.compile(r"(?<![\w/.])(?:(?:[A-Z]+/)+\d+(?:/[\w.]+)*|\d+(?:/[\w.]+)+)(?: \((?:19|20)\d\d\))?$")


_STOPS_BEFORE_SPACE = _FULL_STOPS | frozenset(spaced_punctuation("semicolon", "colon"))


def year_cut(units: str, view: str, end: int, next_view: str) -> bool | None:
    """cut-year-completed: a mark set apart before the digits that end its line (mark-apart-before-counted-date:
    "、 3 2" / "032年7月13日", "、 6 20" / "21年10月8日", a year the line break cut) stands before a date's year only
    where the next line completes it, a year and its counter ("2" + "032年"): True where it does, False where it
    does not — the digits are then a number of the text of their own ("、 5 2" / "个国家"), no such mark —, None
    where no digits end the line after the candidate. Serves the languages that write a counter (the table's
    number_units), whose texts break anywhere."""
    tail = view[end:] if end >= 0 else ""
    if not units or not tail.isdecimal():
        return None
    return _year_with_unit(units).match(tail + next_view) is not None


def listed_year_cut(units: str, view: str, end: int, next_view: str) -> bool:
    """cut-listed-year-completed: cut-year-completed where the year the next line completes is a year of a list whose
    counter follows its last year only ("2018、 1 20" / "19 2 和2020年复文"): the four digits, a mark set apart or none,
    a short separator ("和", "、") and the list's last year with its counter. mark-apart-before-counted-date reads such
    a year on the mark's line ("2018、 1 2019 2 和2020年"); cut by the break, the year had no counter after it, the
    mark was refused and left in the text, glued to the year ("、12019"). Only where the digits that end the line
    complete a year."""
    tail = view[end:] if end >= 0 else ""
    if not units or not tail.isdecimal():
        return False
    return _listed_year(units).match(tail + next_view) is not None


@cache
def _listed_year(units: str) -> re.Pattern[str]:
    """A year of a list, a mark set apart after it or not, then within a few characters the list's last year and its
    counter ("2019 2 和2020年")."""
    return re.compile(rf"(?:19|20)\d\d(?: \d{{1,3}})? ?\D{{1,2}} ?(?:19|20)\d\d[{re.escape(units)}]")


def counter_cut_by_break(units: str, view: str, start: int, next_view: str) -> bool:
    """counter-cut-by-break: in a language that writes a counter after its numbers (the table's number_units),
    digits that end a line right after a counter, the next line opening with a counter ("2020年12月1" /
    "日第75/18号决议", "2022年6" / "月21日"), are a date's day or month that the line break parted from its
    counter — a text of ideographs breaks anywhere —, never a mark glued to the counter before them, which
    mark-glued takes (the real mark of that note, further on, was then sought after it)."""
    return (bool(units) and start > 0 and view[start - 1] in units and view[start:].isdecimal()
            and next_view[:1] != "" and next_view[0] in units)


def bracketed_session(view: str, start: int) -> bool:
    """bracketed-session-not-mark: digits that fill a pair of round brackets after a body's symbol — letters, a full
    stop and a number (_BODY_SYMBOL_END), glued to the bracket or one space before it — ("резолюции А.1090(28)",
    "MSC.448(99)", "MEPC.207 (62)": a resolution of a body and, in brackets, the session that adopted it) are that
    symbol's, never a mark glued to the bracket: a bare mark is raised after its word or its punctuation, not set in
    brackets of its own after a number (a mark in brackets is Arabic's marker "(1)", after a word, which is no bare
    marker's candidate). Taken — a layout that sets its marks apart, a note's mark not found at its place —, the
    symbol lost its session without a word ("А.1090()") and every later mark was sought past it."""
    end = start
    while end < len(view) and view[end].isdigit():
        end += 1
    before = view[:start - 1].rstrip(" ") if start >= 1 and view[start - 1] == "(" else ""
    if not before[-1:].isdigit() or len(view[:start - 1]) - len(before) > 1 or view[end:end + 1] != ")":
        return False
    return _BODY_SYMBOL_END.search(before) is not None


def label_opens_line(view: str, start: int) -> bool:
    """label-opens-line-not-mark: digits that fill a pair of round brackets opening their line — or their block, as a
    block extraction gives an item —, a space or the line's end after them ("(1) former les gardiens …", "(2)
    entretenir les phares ;"), are the label of an item of a list, never a bare mark glued to the bracket: a bare mark
    is raised after its word or its punctuation, and no bracket of its own opens a line before it (a mark in brackets
    is Arabic's marker "(1)", after a word, which is no bare marker's candidate). Taken — a note whose mark is missing
    or set apart —, the item lost its label without a word ("() former …") and the note was placed at it; refused, the
    note is told unreferenced where no other place holds its mark. Serves texts that label their items "(1)", "(2)"
    (French, older English print) in PDF text and block extractions; a quoted list's first item too, its label after
    the opening quote ("“(1) The Parties shall …")."""
    end = start
    while end < len(view) and view[end].isdigit():
        end += 1
    return (end > start and start >= 1 and view[start - 1] == "(" and not view[:start - 1].strip(_LABEL_QUOTES)
            and view[end:end + 1] == ")" and view[end + 1:end + 2] in ("", " ", "\u00a0"))


# label-opens-line-not-mark: before the label's bracket, blanks and opening quotation marks only — a quoted list's
# first item opens with the quote ("“(1) The Parties shall …", "« (1) Les Parties …"; review, round forty-four).
_LABEL_QUOTES = "".join((*punctuation("opening_quotes"), '"', " ", "\t", "\u00a0"))


# A body's resolution symbol at a view's end: letters, a full stop, a number ("А.1090", "MSC.448", "MEPC.207") — not a
# year ("في عام 2039(2)": an Arabic mark in brackets after a year is a mark).
_BODY_SYMBOL_END = re.compile(r"(?<![^\s(])[^\W\d_]+\.\d+$")


# counter-after-break-apart: marks already taken set apart, none glued, before digits glued at a line's end are read as
# a number the break parted from its counter. One or two apart marks are no evidence of the layout: a real glued mark
# ends a line before a word opening with a counter's character ("报告2" / "部长级会议", "次区域", "项目"), and the
# text's own number set apart further on ("目标 2") would be taken in its place.
COUNTER_APART_MIN = 3


def counter_after_break(units: str, view: str, start: int, next_view: str) -> bool:
    """counter-after-break-apart: in a language that writes a counter after its numbers (the table's number_units),
    in a text whose marks were found set apart COUNTER_APART_MIN times at least and never glued (asked by the
    caller), digits glued to a word at a line's end, the next line opening with a counter
    ("持续母乳喂养至2" / "岁及2岁以上", to the age of 2), are a number of the text whose counter the line
    break parted from it — as a counter glued after digits on one line says they are no mark
    (_not_before_unit) —, never a mark glued to the word: the layout sets its marks apart, and the mark-glued
    rule took the age for the mark of a note whose true mark stood set apart further on, the text losing its
    digit without a word. (Where marks stand glued a mark may end a line before a word that opens with a
    counter's character, "议程2" / "年度…": not asked there; nor after one or two apart marks, no evidence
    of the layout: "报告2" / "部长级会议" is a real glued mark.) A guess, told by the caller
    (text-note-mark-guessed)."""
    return (bool(units) and start > 0 and not view[start - 1].isdigit() and not view[start - 1].isspace()
            and view[start:].isdecimal() and next_view[:1] != "" and next_view[0] in units)


def month_cut_by_break(lg: Lang, view: str, start: int, next_view: str) -> bool:
    """month-cut-by-break: in a language that writes a counter after its numbers (the table's number_units), digits
    that end a line after a word, the next line opening with what, after them, makes a date's month and day by the
    language's own date pattern (its month's and day's counters: "每年的3" / "月21日为…", the table's date and months),
    are the date's month that the line break parted from its counter — a text of ideographs breaks anywhere, and UN
    print in columns (pdftotext -layout) wraps at other places than plain print —, never a mark glued to the word
    before them: the line after would then open a date with no month. (counter-cut-by-break asks for a counter right
    before the digits, "2022年6" / "月21日": after a word, as here, it did not, and mark-glued took the month for the
    mark of a note whose true mark stood further on, the date losing its month.)"""
    digits = view[start:]
    return (bool(lg.number_units) and digits.isdecimal() and not next_view[:1].isdecimal()
            and lg.starts_with_day_month(digits + next_view))


def listed_counter_cut_by_break(units: str, joiners: tuple[str, ...], view: str, start: int, next_view: str) -> bool:
    """listed-counter-cut-by-break: in a language that writes a counter after its numbers (the table's number_units),
    digits that end a line after a number, its counter and a joiner of the table's number_joiners ("18日和19" / "日在
    纽约", "3月至4" / "月"), the next line opening with that same counter, are the list's last number that the line
    break parted from the counter it shares with the number before — a text of ideographs breaks anywhere —, never a
    mark glued to the joiner: counter-cut-by-break asks for the counter right before the digits, and mark-glued took
    "和19" for the mark of the note whose true mark stood further on the page, left in the text there. The counter
    after the break must be the one after the list's first number: a mark before a word that opens with another
    counter's character ("日内瓦" after "3月和") stays a mark; and the joiner must be one of the table's: a mark glued
    to a word ("2030年议程2" / "年度…") stays a mark."""
    if not units or not joiners or start == 0 or not view[start:].isdecimal() or next_view[:1] == "":
        return False
    m = _listed_counter(units, joiners).search(view[:start])
    return m is not None and m.group(1) == next_view[0]


@cache
def _listed_counter(units: str, joiners: tuple[str, ...]) -> re.Pattern[str]:
    """A number, its counter and a joiner of the table's at a view's end: "18日和", "3月至"."""
    either = "|".join(re.escape(j) for j in sorted(joiners, key=len, reverse=True))
    return re.compile(rf"\d([{re.escape(units)}])(?:{either})$")


def symbol_year_after_break(view: str, start: int, next_view: str) -> bool:
    """symbol-year-after-break: digits glued to digits at a line's end, the next line opening with a year in brackets
    ("… положения резолюций 2254" / "(2015), 2258 (2015) …"), are a Security Council resolution's number, which the
    wrap parted from its year, never a mark glued to a number: the UN marks such a resolution after its year. (The
    weak rule mark-before-word, which reads a line's end as a word's place, took "2254" for "22" and note 54's mark,
    the real mark set apart further up the page, "к ней 54,", left in the text.)"""
    return (start > 0 and view[start - 1].isdigit() and view[start:].isdecimal()
            and _BRACKETED_YEAR_AHEAD.match(next_view) is not None)


_BRACKETED_YEAR_AHEAD = re.compile(r"\((?:19|20)\d\d\)")


_YEAR_COMMA = re.compile(rf"(?<![\d/.,])(?:19|20)\d\d[{_COMMA_APART};]$")


def grouped_cut_by_break(lg: Lang, view: str, start: int, next_view: str) -> bool:
    """grouped-cut-by-break: digits in a number written in groups of three whose last group the line break cut,
    the next line opening with the rest of that group ("仍有余额1 6" / "24 500美元", "1 624 500"), are the number's,
    never a mark: grouped-not-mark reads only whole groups, and the strong rule (mark-glued) took "额1" for the
    mark of a note after the closing, every later note's mark then sought past it. The cut group has one or two
    digits and the next line's first digits make it three: no mark is followed by a separator and a group's
    digits."""
    if not lg.group_separators or not next_view[:1].isdigit():
        return False
    cut = _cut_group(lg.group_separators).search(view)
    if cut is None or not cut.start() <= start < cut.end():
        return False
    rest = _GROUP - len(cut.group(1))
    return re.match(rf"\d{{{rest}}}(?!\d)", next_view) is not None


_GROUP = 3  # digits in a group of a number written in groups ("1 624 500")


def grouped_head_cut_by_break(lg: Lang, view: str, start: int, next_view: str) -> bool:
    """grouped-head-cut-by-break: digits glued to a word at a line's end, the next line opening with the rest of a
    number in groups whose first group they complete ("其他收入共计1" / "4 109 800美元", "14 109 800"), are its first
    digits, never a mark: a text of ideographs breaks anywhere, inside a number too, and no mark is followed by the
    digits and groups of a number. (The strong rule, mark-glued, took "共计1" for the mark of the first note gathered at
    the end, and every later mark was sought past it.) The digits and the next line's first group make a group of three
    at most."""
    cut = view[start:]
    # (glued to a word: after punctuation or a space the digits may be a mark set apart, "决议。3" / "1 000名")
    if not lg.group_separators or not cut.isdecimal() or start == 0 or not view[start - 1].isalpha():
        return False
    m = _group_head(lg.group_separators).match(next_view)
    return m is not None and len(cut) + len(m.group(1)) <= _GROUP


def grouped_head_apart_cut(lg: Lang, view: str, start: int, next_view: str) -> bool:
    """grouped-head-apart-cut-by-break: in a script with spaces whose numbers part their groups with a space (the
    table's group_separators), one to three digits after a word and a space at a line's end, the next line opening
    with groups of three digits ("… в размере 4" / "909 500 долл. США", 4 909 500), are the number's first group, not
    a mark set apart: the wrap broke the number at a group's space, as it breaks at any space, and no mark stands
    before a number's groups with only a space between. (mark-apart-at-line-edge took "размере 4" for the mark of the
    page's note, whose true mark, further up, stayed in the text, and the amount lost its millions. Budget and
    financing resolutions in PDF text, Russian or French, whose amounts run to millions.) Only where a currency or a
    unit of the table (numbers.amount_units: "долл.", "euros") follows the groups: an amount's; a count of things
    after a true mark ("… знаков 1" / "125 государств …") keeps its mark."""
    if not (lg.script.spaced and " " in lg.group_separators):
        return False
    digits = view[start:].strip()
    if not (0 < len(digits) <= _MARKER_MAX and digits.isdecimal() and view.endswith(digits)):
        return False
    before = view[:len(view) - len(digits)]
    if not (before.endswith(" ") and before.rstrip()[-1:].isalpha()):
        return False
    m = _groups_ahead(lg.group_separators, lg.decimal_separator).match(next_view)
    return m is not None and next_view[m.end():].lstrip().casefold().startswith(lg.amount_units)


@cache
def _groups_ahead(separators: str, decimal: str) -> re.Pattern[str]:
    """A line that opens with whole groups of three digits, no digit or decimal part after: "909 500 долл."."""
    sep = re.escape(separators)
    return re.compile(rf"\d{{3}}(?:[{sep}]\d{{3}})*(?!\d|{re.escape(decimal)}\d)")


def decimal_cut_by_break(lg: Lang, view: str, start: int, next_view: str) -> bool:
    """decimal-cut-by-break: in a language that writes a counter after its numbers (the table's number_units: a text
    of ideographs, which breaks anywhere, inside a number too), digits glued to a word that end a line with the
    language's decimal separator, the next line opening with the decimal's digits and a counter or word
    ("产出损失8." / "5万亿美元", 8.5), are the decimal's whole part, never a mark: such a script ends its sentences with
    its own full stop ("。"), not with the decimal separator. (mark-glued took "失8" for the mark of the note whose true
    mark stood further on the page, and left it in the text there.)"""
    sep = lg.decimal_separator
    if not lg.number_units or start == 0 or not view[start - 1].isalpha():
        return False
    return (re.fullmatch(rf"\d{{1,{_MARKER_MAX}}}{re.escape(sep)}", view[start:]) is not None
            and _DECIMAL_TAIL.match(next_view) is not None)


_DECIMAL_TAIL = re.compile(r"\d+[^\d\s.,]")  # the decimal's digits, then its counter or the word after it


@cache
def _group_head(separators: str) -> re.Pattern[str]:
    """A line that opens with a number in groups, its first group of one or two digits: "4 109 800", "24 500"."""
    sep = re.escape(separators)
    return re.compile(rf"(\d{{1,2}})(?:[{sep}]\d{{3}})+(?!\d)")


@cache
def _cut_group(separators: str) -> re.Pattern[str]:
    """A number in groups at a line's end whose last group has one or two digits: "1 6", "12 345 6"."""
    sep = re.escape(separators)
    return re.compile(rf"(?<!\d)\d{{1,3}}(?:[{sep}]\d{{3}})*[{sep}](\d{{1,2}})$")


_SYMBOL_AT_START = re.compile(r"\(?\d{1,3}\)? \d{1,4}/\d")  # a mark set apart and a symbol: "2 22/31 of"


def symbol_after_year_comma(view: str, prev: str) -> bool:
    """mark-apart-before-symbol at a line's start ("2 22/31 of …") only where the line before ends with a year and
    its comma ("… of 23 March 2012,"), as a list of dated resolutions wraps — or with a word and its comma ("… in
    promoting air quality," / "3 2/21 of …", a list of resolutions with their subjects: listed-symbol-at-line-start,
    mark-apart-before-listed-symbol where the wrap put the mark first on the line) —: a line opening with a number and
    a symbol after anything else holds no such mark (True where the line is not of that shape)."""
    if _SYMBOL_AT_START.match(view) is None:
        return True
    return (_YEAR_COMMA.search(prev.rstrip()) is not None or listed_symbol_at_line_start(view, prev)
            or symbol_comma_at_line_start(view, prev))


def symbol_comma_at_line_start(view: str, prev: str) -> bool:
    """between-symbols-at-line-start: a number set apart at a line's start before a resolution's symbol, the line
    before ending with a symbol and its comma ("… pursuant to resolutions 73/263," / "12 74/168, 13 75/192"), is a
    mark the wrap put first on the line, as mark-apart-between-symbols reads it on one line ("71/205, 12 72/190"):
    a list of symbols repeats their slash, and no number of the text stands between one symbol's comma and the
    next. Serves PDF text and block extractions that keep the spaces around a raised mark. Not before a fraction
    (listed_symbol_at_line_start's guard)."""
    m = _LISTED_SYMBOL_AT_START.match(view)
    return (m is not None and not int(m.group(1)) < int(m.group(2)) < _FRACTION_DENOMINATOR_MAX
            and _SYMBOL_COMMA_END.search(prev.rstrip()) is not None)


def listed_symbol_at_line_start(view: str, prev: str) -> bool:
    """listed-symbol-at-line-start: a number set apart at a line's start before a resolution's symbol, the line before
    ending with a word and its comma ("… in promoting air quality," / "3 2/21 of 27 May 2016 …"), is a mark that the
    wrap put first on the line, as mark-apart-before-listed-symbol reads it on one line ("on oceans, 2 19/25 of"): a
    list of resolutions, each with its subject, each subject's note marked after its comma. No number of the text
    stands between a clause's comma and a symbol. (mark-apart-before-symbol took it only after a year's comma: the
    note, gathered at the end, was left unreferenced, its mark in the text.) Serves PDF text and block extractions
    that keep the spaces around a raised mark. Not before a fraction ("… in most harbours," / "3 1/2 times …": a
    whole number and its fraction, numerator under a denominator of one digit), which no resolution's symbol is
    like: the mixed number is the text's own."""
    m = _LISTED_SYMBOL_AT_START.match(view)
    return (m is not None and not int(m.group(1)) < int(m.group(2)) < _FRACTION_DENOMINATOR_MAX
            and _WORD_COMMA_END.search(prev.rstrip()) is not None)


def _symbol_listed_above(stripped: list[str], i: int) -> bool:
    """Whether the lines above line i, up to a blank line (at most _LIST_LINES_UP), hold a symbol "n/n"."""
    for j in range(i - 1, max(-1, i - 1 - _LIST_LINES_UP), -1):
        if not stripped[j]:
            return False
        if _SLASH_SYMBOL.search(stripped[j]) is not None:
            return True
    return False


_LIST_LINES_UP = 8  # a paragraph's lines sought above the candidate's for the list's earlier symbol
_SLASH_SYMBOL = re.compile(r"(?<![\d/])\d{1,4}/\d{1,4}(?![\d/])")
_LISTED_SYMBOL_AT_START = re.compile(r"\(?\d{1,3}\)? (\d{1,4})/(\d{1,4})(?!\d)")
_FRACTION_DENOMINATOR_MAX = 10  # a fraction a text writes in figures: 1/2, 2/3, 3/4, 7/8 — never a symbol's number
_WORD_COMMA_END = re.compile(rf"{_WORD_END}[{_COMMA_APART}]$")  # a clause's comma after a word, ending a line
# a symbol's last part and its comma, ending a line ("… resolutions 73/263,"): between-symbols-at-line-start
_SYMBOL_COMMA_END = re.compile(rf"(?<![\d/])\d{{1,4}}/\d{{1,3}}[{_COMMA_APART}]$")


_NUMBER_AT_START = re.compile(rf"\(?\d{{1,3}}\)? {_NEXT_NUMBER}")  # a mark set apart, the next paragraph's number
# A clause's punctuation after a word, or after a year or a symbol's last part ("… in 2030," "… resolution 75/12,"):
# a paragraph may end in a date or a symbol, and neither is a wrapped list's number ("paragraphs 1," / "2 3. and"
# would continue a list of short numbers, never of years or symbols).
_CLAUSE_END = re.compile(rf"(?:[^\d\s]|(?<![\d/.,])(?:19|20)\d\d|/\d{{1,4}})[{_BEFORE_APART}]$")


def number_after_line_end(view: str, prev: str) -> bool:
    """mark-apart-before-number-after-line-end only where the line before ends with a clause's punctuation after a
    word, a year or a symbol ("… Criminal Justice," "… in 2030," / "1 1. Reiterates"), as a paragraph's end wraps:
    True where the line is not of that shape."""
    return _NUMBER_AT_START.match(view) is None or _CLAUSE_END.search(prev.rstrip()) is not None


def line_start_fits(view: str, prev: str, units: str, spaced: str = "") -> bool:
    """Whether a mark set apart at a line's start fits the line before, as the rules that read a mark there ask:
    a symbol after a year's comma, a listed date after a comma, a paragraph's number after its last punctuation."""
    return (symbol_after_year_comma(view, prev) and listed_date_after_comma(view, prev, units)
            and number_after_line_end(view, prev) and opening_after_word(view, prev) and dash_after_word(view, prev)
            and comma_mark_after_word(view, prev, spaced))


_COMMA_AT_START = re.compile(rf"\d{{1,3}}[{_COMMA_APART}] ")  # digits glued to the comma after them, at a line's start


def comma_mark_after_word(view: str, prev: str, spaced: str = "") -> bool:
    """mark-before-comma-at-line-start: a mark glued to the comma after it at a line's start ("… sur la population et
    le développement" / "12, ainsi que les documents …"), where the wrap put a raised mark first on the line, only
    where the line before ends with a word — not with a number or punctuation: "… articles 11," / "12, 13 and 14" is a
    wrapped list, "… in the year" / "2022," no mark (True where the line is not of that shape). Taken nowhere, the
    note was left unreferenced and its mark in the text."""
    return (_COMMA_AT_START.match(view) is None or re.search(r"[^\W\d_]$", prev.rstrip()) is not None
            or quote_end(prev, spaced))


# comma-mark-after-quote: mark-before-comma-at-line-start where the line before ends with a title's quote that closes
# after its last word ("… desarrollo y paz para el siglo XXI”" / "15, el Programa de Acción …"): the mark raised after
# the quote, the wrap putting it first on the line. A quote, not a bracket: "(2015)" / "15, …" may be a list going on.
_QUOTE_END = re.compile(rf"[^\W\d_][{re.escape(punctuation('closing_quotes'))}]$")


def quote_end(prev: str, spaced: str) -> bool:
    """Whether a line ends with a word's closing quote (comma-mark-after-quote): glued to the word, or — a quote the
    language's table sets apart from its words (spaced_quotes: French "… du XXIe siècle »") — after a space."""
    line = prev.rstrip()
    if _QUOTE_END.search(line) is not None:
        return True
    quotes = "".join(q for q in punctuation("closing_quotes") if q in spaced)
    return bool(quotes) and re.search(rf"[^\W\d_]\s[{re.escape(quotes)}]$", line) is not None


_OPENING_AT_START = re.compile(r"\(?\d{1,3}\)? [(\[]")  # a mark set apart, a round or square bracket
_WORD_OR_CLAUSE_END = re.compile(rf"(?:{_WORD_END}|[{_BEFORE_OPENING}])$")


def opening_after_word(view: str, prev: str) -> bool:
    """mark-apart-before-opening-at-line-start only where the line before ends with a word or a clause's punctuation
    ("… Environmental Matters" / "1 (Aarhus Convention)"), as mark-apart-before-opening asks on one line: a line
    opening with a number and a bracket after a number or a symbol ("… resolution 2819" / "26 (XXVI)") holds no such
    mark (True where the line is not of that shape)."""
    return _OPENING_AT_START.match(view) is None or _WORD_OR_CLAUSE_END.search(prev.rstrip()) is not None


_DASH_AT_START = re.compile(r"\d{1,3} [—–] ")  # a mark set apart, a dash set apart
_WORD_OR_CLOSING_END = re.compile(rf"(?:{_WORD_OR_DIGIT_END}|[{_CLOSING_APART}])$")


def dash_after_word(view: str, prev: str) -> bool:
    """mark-apart-before-dash-at-line-start only where the line before ends with a word, a number or a closing quote or
    bracket ("… правопорядка" / "27 — документов"), as mark-apart-before-dash asks on one line: after a clause's
    punctuation ("… ;" / "2 — Decides"), a number opening a line before a dash is an item's or a paragraph's (True
    where the line is not of that shape)."""
    return _DASH_AT_START.match(view) is None or _WORD_OR_CLOSING_END.search(prev.rstrip()) is not None


_LISTED_AT_START = re.compile(rf"\(?\d{{1,3}}\)? (?:{_LISTED_ITEM})")  # a mark set apart and a listed date: "11 16 May"
_LIST_COMMA_END = re.compile(rf"(?:{_WORD_END}|(?<![\d/])(?:19|20)\d\d)[{_COMMA_APART}]$")


def listed_date_after_comma(view: str, prev: str, units: str) -> bool:
    """mark-apart-before-listed-date-at-line-start only where the line before ends with a word's or a year's comma
    ("… Hate Speech," / "11 16 May as"), as a list of dates wraps: a line opening with a number and a date's day or a
    year after anything else ("… paragraphs" / "11 16 May") holds no such mark (True where the line is not of that
    shape, or the language writes counters: mark-apart-before-date-at-line-start reads its dates)."""
    return bool(units) or _LISTED_AT_START.match(view) is None or _LIST_COMMA_END.search(prev.rstrip()) is not None


def after_year_comma(view: str, start: int) -> bool:
    """mark-after-year-comma: digits glued after a year and its comma or semicolon at a line's end ("… 21 March
    2019,7" / "43/15 of 22 June 2020,8") are a mark, not the start of a number the line break cut ("743/15"):
    no number has four digits before its comma, and a line of a text in a script with spaces breaks after the
    comma's space, not inside a number. (Lists of resolutions with their dates, each date's note marked.)"""
    return _YEAR_COMMA.search(view, 0, start) is not None


def after_symbol_comma(view: str, start: int, next_view: str) -> bool:
    """mark-after-symbol-comma-at-break: digits glued after a resolution's number and its comma or semicolon at a
    line's end, the next line opening with the next number of the list ("… resolutions 88/12,4" / "89/30 and
    90/7"), are a mark, not the start of a number the line break cut ("489/30"): a line of a text in a script with
    spaces breaks after the comma's space, never inside a number, and a list of numbers holds none cut so."""
    return _SYMBOL_COMMA.search(view, 0, start) is not None and _SYMBOL_AT_LINE_START.match(next_view) is not None


# A resolution's number and its comma or semicolon, before a mark glued at a line's end ("88/12,"); the next
# number of such a list opening a line ("89/30") (mark-after-symbol-comma-at-break).
_SYMBOL_COMMA = re.compile(rf"(?<![\w/.])\d{{1,4}}/\d{{1,4}}[{_COMMA_APART};]$")
_SYMBOL_AT_LINE_START = re.compile(r"\d{1,4}/\d{1,4}(?![\d/])")


@cache
def _year_with_unit(units: str) -> re.Pattern[str]:
    """A year and its counter ("2023年"), where a language writes a counter after its numbers."""
    return re.compile(rf"(?:19|20)\d\d[{re.escape(units)}]")


def year_over_break(units: str, view: str, start: int, prev: str) -> bool:
    """year-over-break: in a language that writes a counter after its numbers (the table's number_units), digits that
    open a line, the line before ending with digits that make with them a year and its counter ("…2022年5月和20" /
    "23年3月通过的…"), are that year's rest, which the line break parted from its head — a text of ideographs breaks
    anywhere —, never a mark glued before a month (mark-before-month at a line's start read "2" + "3年3月", the year
    left "203年")."""
    if start != 0 or not units or not prev[-1:].isdecimal():
        return False
    head = re.search(r"\d{1,3}$", prev)
    return head is not None and _year_with_unit(units).match(head.group() + view) is not None


def decimal_digit(separator: str, view: str, start: int) -> bool:
    """decimal-not-mark: where the language writes decimals with a comma ("217,6 millions",
    "1,9 pour cent", "35,2 في المائة"), a digit after a number and its comma is the number's
    decimal, never a mark — those languages set a mark before the comma, not after it ("2030⁶,").
    (Where the decimal separator is the full stop, which also ends a sentence before a mark,
    mark-after-number tells the two apart by the word that follows.)"""
    return separator == "," and start >= 2 and view[start - 1] == "," and view[start - 2].isdigit()


def decimal_head(separator: str, view: str, start: int) -> bool:
    """decimal-head-not-mark: where the language writes decimals with a comma, digits that open a token — at a
    line's start, after a space or an opening bracket — and run into the comma and a digit ("(5,7 pour cent)",
    "soit 0,5") are the decimal's whole part, never a mark: a mark is glued to the word or punctuation before it,
    and decimal-not-mark turns away the digits after the comma only. (mark-glued took the "5" of "(5,7" for a
    mark glued after the bracket, then the "7", its comma's number gone.) Serves texts in those languages
    whatever their layout."""
    if separator != "," or (start and not (view[start - 1].isspace() or view[start - 1] in _OPENING_BRACKETS)):
        return False
    run = _DIGIT_RUN.match(view, start)
    return run is not None and _DECIMAL_PART.match(view, run.end()) is not None


_DECIMAL_PART = re.compile(r",\d")


def quoted_number(view: str, start: int) -> bool:
    """quoted-number-not-mark: digits right after a straight quote that opens a quotation — a space, an opening
    bracket or the line's start before it, and an even number of straight quotes before it on the line — are the
    quoted text's own first word ('the "25 by 2025" initiative'), never a mark glued after a closing quote: a
    straight quote both opens and closes, and a mark follows a closing one, glued to the word it ends ('"FAO",23').
    (mark-glued took the "25" for the mark of a note gathered at the end, every later note then unreferenced.)
    Serves texts whose quotes were straightened (PDF text, block extractions)."""
    if start < 1 or view[start - 1] not in _STRAIGHT_QUOTES:
        return False
    before = view[:start - 1]
    return ((not before or before[-1].isspace() or before[-1] in _OPENING_BRACKETS)
            and before.count(view[start - 1]) % 2 == 0)


_STRAIGHT_QUOTES = "\"'"


def grouped_not_mark(lg: Lang, view: str, start: int) -> bool:
    """grouped-not-mark: digits that begin a number written in groups of three, in a language that sets
    the groups apart with a space ("170个会员国的1 076名官员", "3 009 300 dollars"), are the number's first
    group, never a mark glued to the word before — the strongest rule (mark-glued) took "的1" for the
    mark of a note after the closing, and every later note's mark was then sought past it."""
    # (Not at the line's end: "、17 201" / "5年…" is a mark before a year the line break cut — but
    # grouped-at-line-end.)
    if start >= len(view) or not view[start].isdigit():
        return False
    m = lg.grouped_number.match(view, start)
    return m is not None and (m.end() < len(view) or grouped_at_line_end(m.group()))


# grouped-join-lost serves texts of a script written without spaces whose wrapped lines were joined into one
# paragraph block: the join adds nothing between two lines, so where the wrap fell on a group's separator the
# number comes out with two groups glued ("1 116" / "609 000美元" → "1 116609 000美元").
_GLUED_GROUPS = 2  # the glued run: two groups of three, one separator lost (two lost in one number: no wrap does)


@cache
def _group_joined(separators: str) -> re.Pattern[str]:
    """A number in groups of three with one run of two groups glued, and a whole group of three beside it, before
    or after: "1 116609 000", "2 500 000000" (a lone "1 116609" holds no whole group to say it is grouped)."""
    sep = re.escape(separators)
    glued = rf"\d{{{_GROUP * _GLUED_GROUPS}}}"
    return re.compile(rf"\d{{1,3}}(?:(?:[{sep}]\d{{3}})+[{sep}]{glued}(?:[{sep}]\d{{3}})*"
                      rf"|[{sep}]{glued}(?:[{sep}]\d{{3}})+)(?!\d)")


def grouped_join_lost(lg: Lang, view: str, start: int) -> bool:
    """grouped-join-lost: in a script written without spaces, digits glued to an ideograph before them that begin a
    number in groups of three one of whose separators the joining of wrapped lines lost ("批款1 116609 000美元", the
    wrap between "116" and "609") are the number's first group, never a mark: grouped-not-mark reads only whole groups,
    and the strong rule (mark-glued) took "款1" for the mark of the first note, the real mark before it ("说明1以及",
    a number between ideographs, which gives way to any other glued candidate) and every later mark then lost.
    The number must keep a whole group beside the glued one: digits, a space and six digits alone say nothing."""
    if lg.script.spaced or not lg.group_separators or start >= len(view) or not view[start].isdigit():
        return False
    if start == 0 or not _glued_wide(view[start - 1]):
        return False
    return _group_joined(lg.group_separators).match(view, start) is not None


def _glued_wide(ch: str) -> bool:
    """grouped-join-lost: an ideograph or a full-width sign ("批款1 …", "共计：1 …"): the digits are glued in a text
    without spaces, where an amount may follow a word or a full-width colon alike."""
    return re.match(_IDEOGRAPH, ch) is not None or unicodedata.east_asian_width(ch) in ("W", "F")


def _grouped_rule(lg: Lang, view: str, start: int) -> str | None:
    """The rule that reads the digits at start as a number in groups' first (grouped-not-mark, grouped-join-lost)."""
    return ("grouped-not-mark" if grouped_not_mark(lg, view, start)
            else "grouped-join-lost" if grouped_join_lost(lg, view, start) else None)


def grouped_at_line_end(number: str) -> bool:
    """grouped-at-line-end: a number written in groups of three that ends a line is the text's number all the
    same when no year can begin with its last group ("估计数的增加额2 413 100" / "美元；") — three groups or more, or
    a last group that is no year's start ("19…", "20…"): grouped-not-mark lets a number at a line's end be a mark
    and a year the line break cut ("、17 201" / "5年…"), and the strong rule (mark-glued) took "额2" for the mark of
    a note after the closing, every later note's mark then sought past it."""
    groups = _DIGIT_RUN.findall(number)
    return len(groups) > _CUT_YEAR_GROUPS or _YEAR_START.match(groups[-1]) is None


def dotted_number_goes_on(view: str, start: int, end: int, nxt: str) -> bool:
    """dotted-number-goes-on: digits glued after a number and its full stop where the sentence goes on after them —
    at a line's end, the next line opening with a word in lower case ("… celle de la cible 12.4" / "concernant la
    gestion …"), or before an opening bracket, a target's title ("et 16.4 (Réduire …)") — are the number's, a
    target's or a decimal's, never a mark after a sentence's end. mark-after-number reads the word after such digits
    on their line ("target 12.4 related"); at a line's end it has none, and a bracket is no word: it took "12.4" and
    "16.4" for the marks of notes it sought over the whole text, every later mark then sought past them."""
    if start < 2 or view[start - 1] != "." or not view[start - 2].isdigit():
        return False
    rest = view[end:]
    return (not rest.strip() and nxt[:1].islower()) or rest.startswith(" (")


# A target's title in brackets opening a line ("(Réduire nettement …"): a word and a space after the bracket — a
# sub-paragraph's label, "(a) ", "(ii) ", closes its bracket first.
_TITLE_BRACKET = re.compile(r"\(\w+\s")


def dotted_number_before_title(view: str, start: int, end: int, nxt: str) -> bool:
    """dotted-number-before-wrapped-title: dotted-number-goes-on where the wrap parted the number from its target's
    title in brackets — digits glued after a number and its full stop at a line's end, the next line opening with the
    bracket and a word ("… et 16.4" / "(Réduire nettement les flux …)") — are the target's number, never a mark
    after a sentence's end: a sub-paragraph's label after a sentence ("(a) ") closes its bracket first. (Taken for a
    note's mark on its page, the mark glued to a number above it — "nos 5 et 16" + "4" — was left in the text.)"""
    if start < 2 or view[start - 1] != "." or not view[start - 2].isdigit() or end < 0:
        return False
    return not view[end:].strip() and _TITLE_BRACKET.match(nxt) is not None


def number_before_twin(lg: Lang, view: str, start: int, end: int) -> bool:
    """number-before-apart-twin: in a script written without spaces, digits glued to a word and followed by a space
    and the same digits set apart ("可持续发展目标2 2 的努力") are the text's own number ("目标2", Goal 2), and the
    digits set apart after it its mark: a space inside a text of ideographs stands where a mark was raised, and the
    text writes its numbers glued. (Over the whole text, mark-glued's candidate, one character before the mark set
    apart, was taken first; the marks were then read as glued, and the next note's mark was taken from a goal's
    number, "目标3和", the real mark left in the text.) Asked where the marks found so far stand apart more often than
    glued (MarkSearch._text_number): where they stand glued, the rules of glued marks look for no mark set apart, and
    the digits glued are taken — the text then reads the same ("目标" + " 2的")."""
    if lg.script.spaced or end < 0:
        return False
    digits = view[start:end]
    after = end + 1 + len(digits)
    # (glued to a word: a letter or an ideograph before the digits, not a space or punctuation)
    return (digits.isdecimal() and 0 < start and view[start - 1].isalpha() and view.startswith(" " + digits, end)
            and not view[after:after + 1].isdigit())


def listed_in_order(lg: Lang, view: str, start: int) -> bool:
    """listed-number-in-order: digits glued to the end of the number that closes a list — a conjunction of the table
    between it and the list's number before it ("l'objectif 2, de l'objectif 3 et de l'objectif 12", "paragraphs 4
    and 11") — are that number's own where, without them, it would fall below the number before it and, with them,
    it stands above: lists of numbers go up, and the number cut would turn the list back ("3 et … 1"). (Between
    two marks, where "objectif de développement durable no 2" + "2" + "," was the mark, the goal's number "12" of
    the list below was a second place for it, and the note was read as text.)"""
    if start == 0 or not view[start - 1].isdecimal() or not lg.list_closers:
        return False
    head = _number_start(view, start)
    m = _LIST_BEFORE.search(view, 0, head)
    if m is None or int(view[head:start]) >= int(m.group(1)):
        return False
    whole = _DIGITS.match(view, head)
    between = m.group(2).split()
    return (whole is not None and int(whole.group()) > int(m.group(1))
            and any(fold_word(w) in lg.list_closers for w in between))


# The list's number before the last one and what stands between them: a few words, no clause's punctuation but a
# comma ("3 et de l'objectif ", "4 and ").
_LIST_BEFORE = re.compile(r"(?<![\d/.,])(\d{1,3}) ([^\d;:.]{1,30}?)$")
_DIGITS = re.compile(r"\d+")


def number_before_cut_stop(view: str, start: int, end: int, nxt: str) -> bool:
    """number-before-cut-stop: a number that ends a line after a clause's punctuation, the next line opening with a
    full stop and the words after it ("… 均在全面增多； 7" / ". 吁请会员国 …"), is the next paragraph's number whose
    full stop the wrap put on the next line — a text of ideographs breaks anywhere, between a number and its stop
    too —, never a mark: a mark set apart after a clause's punctuation is followed by no full stop. (mark-apart took
    the paragraph's number "7" for the mark of note 7, set apart further up the page, "议定书 7 等", which was then
    left in the text.) Not a number glued to a word or set apart after one ("Committee 7" / "."): a mark may stand
    before a sentence's full stop."""
    number = view[start:end].strip()
    if end < 0 or view[end:].strip() or not number.isdigit() or len(number) > _PARAGRAPH_DIGITS:
        return False
    before = view[:start].rstrip()
    return (before[-1:] in _CLAUSE_PUNCTUATION and len(nxt) > 1 and nxt[0] in _FULL_STOPS
            and (nxt[1].isspace() or nxt[1].isalpha()))


_PARAGRAPH_DIGITS = 3  # a paragraph's number: "7", "123"
_CLAUSE_PUNCTUATION = frozenset(punctuation("comma", "semicolon", "colon"))


def _cites(doc: Doc, j: int) -> bool:
    """furniture-cites-nothing: whether input line j is counted for the symbols the text cites — a line of the text
    or a running head's symbol, not a page's number or job number."""
    kind = doc.furniture.get(j)
    return kind is None or kind[0] == "symbol"


def dotted_number_at_line_start(view: str, start: int, prev: str) -> bool:
    """dotted-number-at-line-start: digits right after a full stop that opens a line, the line before ending with a
    number ("… 发展目标指标16.4" / ".1，促请 …", indicator 16.4.1), are that number's last part, which the wrap put
    on the next line — a text of ideographs breaks anywhere —, never a mark glued to the stop: a mark follows the
    words it marks, not a line's first character. (mark-glued took ".1" for the first note's mark, where the marks
    stand apart, and every later mark was sought past it.)"""
    return start == 1 and view[0] in _FULL_STOPS and prev.rstrip()[-1:].isdigit()


def decimal_before_unit(view: str, start: int, end: int) -> bool:
    """decimal-before-unit: digits after a number and its full stop, before a unit's sign — "Global Warming of
    1.5 °C", "2.5 %" — are the number's decimals, never a mark: mark-after-number reads a word in lower case after
    such digits as a decimal's, and took the "5" of "1.5 °C" for a mark (in a French text, whose decimals are
    written with a comma, an English title keeps its full stop)."""
    return (start >= 2 and view[start - 1] == "." and view[start - 2].isdigit()
            and _UNIT_NEXT.match(view, end) is not None)


# (decimal-before-unit, endnote-before-unit) A unit's sign after a number, with a space or without (the units table's).
UNIT_NEXT = _UNIT_NEXT = re.compile(rf"\s?[{re.escape(_units()['signs'])}]")


def before_label(view: str, end: int) -> bool:
    """number-before-label: digits right before a bracketed item label — a letter or two, or a roman numeral:
    "附表1(A)" (Schedule 1 (A)), "提案1 (a)", "paragraph 3 (b)" — are the number the label qualifies, never a mark:
    a mark ends the words it marks, and no label follows one. (The strong rule, mark-glued, took "附表1" for the
    first note's mark, where the marks stand apart — "公约》 1 和" — and every later mark was sought past it.)"""
    return _LABEL_NEXT.match(view, end) is not None


_LABEL_NEXT = re.compile(r" ?\((?:[A-Za-z]{1,2}|[ivxlcIVXLC]{1,5})\)")


def _ends_line(m: re.Match[str] | None, view: str) -> bool:
    return m is not None and m.end() == len(view)


_DIGIT_RUN = re.compile(r"\d+")
_CUT_YEAR_GROUPS = 2  # a mark and the year's first digits: "17 201"
_YEAR_START = re.compile(r"19|20")


def counted_glued_not_mark(lg: Lang, view: str, start: int) -> bool:
    """counted-glued-not-mark: in a script written without spaces, digits glued after a word of the table's
    endnotes.not_after — the ordinal prefix "第" ("第1(a)段", paragraph 1 (a); "第3段") — are the number that
    word counts, never a mark glued to it: no note's mark follows a word that calls for a number. (In a
    script with spaces a word stands apart from its number; counted-not-mark reads it there.)"""
    if lg.script.spaced or not lg.endnote_not_after:
        return False
    return any(view.endswith(word, 0, start) for word in lg.endnote_not_after)


def counted_dotted_not_mark(lg: Lang, view: str, start: int) -> bool:
    """counted-dotted-not-mark: in a script with spaces, digits glued after a number and its full stop that a word of
    the table's endnotes.dotted_counts counts ("cible 3.3 ;", "target 3.3", "задача 3.3") are the counted thing's own
    sub-number — a Goal's target —, never a mark glued after a number and its stop (mark-after-number): the word calls
    for the whole dotted number. (Taken at a paragraph's end, "cible 3.3 ;" gave its last digit to the last note, whose
    mark stood glued to a year above, "l'horizon 2030" + "3".)"""
    if not lg.script.spaced or not lg.dotted_counts:
        return False
    m = _DOTTED_BEFORE.search(view, 0, start)
    return m is not None and fold_word(m[1]) in lg.dotted_counts


_DOTTED_BEFORE = re.compile(r"(\w+) \d{1,3}\.$")


def listed_glued_not_mark(lg: Lang, view: str, start: int) -> bool:
    """listed-glued-not-mark: in a script written without spaces, digits glued right after an enumeration comma that
    follows a number ("上文第10、12、13、15、18、20和30段", paragraphs 10, 12, 13 …) are the next number of a list of
    numbers, never a mark glued to the comma: a mark follows the words it marks — a title's close, a symbol's
    counter ("》、1", "号、1") —, not a bare number of a list. (mark-glued took "、12" for a note's mark pages after
    its place, where the marks stand apart, and every later mark was sought past it.)"""
    # (Both numbers of one to three digits, as a list of paragraphs has them: "2018、1" + "2019" is a year's list and a
    # mark glued before its next year, mark-before-year's.)
    return (not lg.script.spaced and start >= 2 and view[start - 1] in _ENUMERATION_COMMAS
            and _LISTED_BEFORE.search(view, 0, start - 1) is not None and _LISTED_AFTER.match(view, start) is not None)


_LISTED_BEFORE = re.compile(r"(?<!\d)\d{1,3}$")
_LISTED_AFTER = re.compile(r"\d{1,3}(?!\d)")


_ENUMERATION_COMMAS = frozenset(punctuation("enumeration_comma"))


def range_not_mark(lg: Lang, view: str, end: int) -> bool:
    """range-not-mark: digits followed by a range separator of the language table and another number —
    "第1至10段" (paragraphs 1 to 10), "aged 15 to 19", "1–10" — are the range's first number, never a mark: a
    note's mark ends the words it marks, and no range starts after one. (The strong rules took "第1" for the
    first note's mark, glued between two ideographs, where the real one stood apart a line below.)"""
    return _range_after(lg.range_separators).match(view, end) is not None


@cache
def _range_after(separators: tuple[str, ...]) -> re.Pattern[str]:
    """A range separator (its spaces or none) and the digits of the range's second number."""
    words = sorted({s.strip() for s in separators if s.strip()}, key=len, reverse=True)
    return re.compile(rf" ?(?:{'|'.join(map(re.escape, words))}) ?\d") if words else re.compile(r"(?!)")


def day_not_mark(lg: Lang, view: str, end: int) -> bool:
    """day-not-mark: a number set apart before a month's name is the day of a date ("Wednesday, 1
    February", "Monday, 24 April"), never a mark set apart — which, as the loose rules let the last
    candidate of a page win, would take the place of the real mark earlier on the page. (Not where the
    month is written in digits, as a language that writes a counter after it does — "5月", the zh table's
    months "1" to "12": there no day stands apart before its month, and the next number is a paragraph's
    or a date's own, "报告， 1 1. 再次邀请".) The language's function word between the day and the month, the
    Spanish "4 de febrero", is read past."""
    words = view[end:].split(None, 1)
    month = words[0].strip(_WORD_EDGE) if words else ""
    if bool(month) and not month.isdigit() and lg.month(month) is not None:
        return True
    # (A word of the table's date pattern may stand between the day and its month, the whole date written:
    # "Siria), 4 de febrero de 2018" — not "Women 7 in March 2017".)
    day = _DAY_BEFORE.search(view, 0, end)
    return day is not None and lg.starts_with_date(view[day.start():])


_DAY_BEFORE = re.compile(r"\d{1,2}\s*$")


def _before_what(view: str, start: int, end: int) -> str | None:
    """What the digits stand before that makes them the text's own: an item's label (number-before-label), a unit's
    sign after a decimal (decimal-before-unit), a document's part letter (symbol-part-letter); None: none."""
    return ("number-before-label" if before_label(view, end)
            else "decimal-before-unit" if decimal_before_unit(view, start, end)
            else "symbol-part-letter" if symbol_part_letter(view, start, end) else None)


def symbol_part_letter(view: str, start: int, end: int) -> bool:
    """symbol-part-letter: digits that end a resolution's number before the letter of its part, set apart or glued
    ("第76/246 A号决议", "76/246A号", "resolution 76/246 A of 24 December"), are the number's last digits, never a
    mark before a word (mark-before-word, which read the letter as a word: "76/24" + "6" + " A"): a capital letter
    alone after a document's number is its part (A, B, …), and the mark of the resolution, if any, follows the
    letter. Not before a symbol that opens with the letter ("76/246 2 A/77/7"). Serves every layout."""
    return (_SYMBOL_BEFORE.search(view, 0, start) is not None
            and _PART_LETTER.match(view, end) is not None)


_SYMBOL_BEFORE = re.compile(r"\d/\d+$")  # a document's number the digits go on ("76/24" + "6")
_PART_LETTER = re.compile(r" ?[A-Z](?![A-Za-z/])")  # a part's letter alone ("A号", " A of"), no word or symbol


def date_over_break(lg: Lang, view: str, start: int, end: int, next_view: str) -> bool:
    """date-over-break: a number set apart whose date the wrap cut, its month's name opening the next line of
    running text ("… которая состоялась 4" / "ноября 2010 года", "… los días 23 y 24 de" / "septiembre de 2021"; a
    page's foot and furniture may stand between), is a date's day as day-not-mark and days-listed-not-mark read it
    on one line — never a mark set apart, which the rules of marks set apart (at a line's edge, loose) took for a
    later note's mark, the real one further on ("Договору 4 ,", "FAO” 23 ,") then left in the text. Those rules
    read the line of the number only; this reads it with the next line joined, as the text runs. Serves PDF text
    and block extractions that wrap a date."""
    line = view.rstrip()
    if not next_view or end > len(line):
        return False
    joined = f"{line} {next_view}"
    if not (day_not_mark(lg, joined, end) or days_listed_not_mark(lg, joined, start, end)):
        return False
    # The whole date, its year too, runs from the line's last day over the break: a word that only looks like a
    # month ("… Coastal Beacons 2" / "may wish to …") opens no date, and the number before it stays a mark.
    last_day = _LAST_DAY.search(line)
    if last_day is not None and lg.starts_with_date(joined[last_day.start():]):
        return True
    # (Or from the second day, where the wrap cut a list of two days after its conjunction: "… секретарем 23 и" /
    # "24 сентября 2021 года", "… Secretary-General on 23 and" / "24 September 2021".)
    rest = joined[end:].split(None, 1)
    return (len(rest) == 2 and line[end:].split() == rest[:1] and days_listed_not_mark(lg, joined, start, end)
            and lg.starts_with_date(rest[1]))


_LAST_DAY = re.compile(r"(?<!\d)\d{1,2}(?!.*\d)")  # the line's last number of one or two digits


def zero_marker(marker: str) -> bool:
    """zero-marker-not-mark: a marker of digits that opens with a zero ("0", "000") — no note's: notes are
    numbered from 1."""
    return marker[:1] == "0" and marker.isdigit()


_OPENING_BRACKETS = frozenset(punctuation("opening_brackets"))
_CLOSING_BRACKETS = frozenset(punctuation("closing_brackets"))


def bracketed_day_not_mark(lg: Lang, view: str, start: int, end: int) -> bool:
    """bracketed-day-not-mark: digits right after an opening bracket, before a month's name ("(1 июля — 30
    июня)", "(1 July to 30 June)"), are a date's day, never a mark glued to the bracket — by any rule: a
    mark stands after the words it marks, not first in a bracket; day-not-mark asks this of marks set apart."""
    return 0 < start and view[start - 1] in _OPENING_BRACKETS and day_not_mark(lg, view, end)



def bracketed_number(lg: Lang, view: str, start: int, end: int) -> bool:
    """bracketed-number-not-mark: digits alone in a pair of brackets, the opening one right before them and the closing
    one right after ("decisión 148(3) del Consejo", a decision and its session; "párrafo 2 (3)"), are the bracket's
    number, never a mark glued to the opening bracket — by any rule: a mark stands after the words it marks, and a
    bracket holds more than a mark. (The strong rule, mark-glued, took "148(3)" for a note's mark at a page's top,
    where "de 2018" + "3" stood further down, and every later mark was sought past it.) A marker printed in its
    brackets ("(3)") is read whole by mark-in-brackets, from its opening bracket. Only after a number of the text
    (up to three digits, at most one space between: "148(3)", "Article 33 (1)", not a year's "2002(1)"), and not
    in a script whose texts print their marks in brackets, the brackets the text's and the digits the mark (the
    table's marks.bracketed: Arabic, "المؤتمر(1)", "القرن 21(4)", the UN's markup "(<note/>)"): there the
    digits are the mark."""
    return (not lg.script.bracketed_marks and 0 < start and view[start - 1] in _OPENING_BRACKETS and end < len(view)
            and view[end] in _CLOSING_BRACKETS and _NUMBER_BEFORE_BRACKET.search(view, 0, start - 1) is not None)


# (the number a bracketed sub-number belongs to: not a year's four digits, nor a symbol's last part "76/181")
_NUMBER_BEFORE_BRACKET = re.compile(r"(?<![\d/.\-])\d{1,3} ?$")


def bracketed_number_apart(lg: Lang, view: str, start: int, end: int) -> bool:
    """bracketed-number-apart-not-mark: serves the scripts whose texts print a note's mark in brackets glued to the
    word or number it marks (the table's marks.bracketed: Arabic, "المؤتمر(1)", "القرن 21(4)"), where
    bracketed-number-not-mark stands aside. There a bracket set apart by a space after a number of up to three
    digits, the digits alone in it ("المادة 33 (1) من الميثاق", an article and its paragraph; "المقرر 148 (3)", a
    decision and its session), is that number's sub-number, never a mark: the UN's Arabic texts glue a mark's
    bracket to what it marks, and set one apart only after a year's four digits ("2021 (19)"), which this leaves to
    the mark rules. (mark-glued took the "1" of "المادة 33 (1)" for the mark of note 1, printed further down after
    "الروسي)(1)،", whose bracket was left empty.) Asked only where the same digits stand glued in brackets elsewhere
    in the text (MarkSearch.glued_bracketed), the mark's other candidate: with none, the bracket after the cited
    number is the mark's only place and stays the mark ("الفقرة 5 (2)" with note 2 and no other "(2)")."""
    return (lg.script.bracketed_marks and 1 < start and view[start - 1] in _OPENING_BRACKETS
            and view[start - 2] == " " and end < len(view) and view[end] in _CLOSING_BRACKETS
            and _NUMBER_APART_BEFORE_BRACKET.search(view, 0, start - 1) is not None)


# (a mark printed in its brackets glued to what it marks: no space or line's start before the opening bracket)
_GLUED_BRACKETED = re.compile(r"(?<=\S)\((\d{1,3})\)")
# (the number set apart before the bracket: up to three digits — a year's four are left to the mark rules, the
# UN's Arabic texts setting a mark apart after a year only —, not a symbol's last part "76/181")
_NUMBER_APART_BEFORE_BRACKET = re.compile(r"(?<![\d/.\-])\d{1,3} $")


def bracketed_sublabel(lg: Lang, view: str, start: int, end: int) -> bool:
    """bracketed-sublabel-not-mark: digits alone in a pair of brackets right after another bracketed label ("article
    IV, section 13 (b) (1) of the Agreement", "paragraph 4 (a)(2)") are the next level of that label — a legal text's
    nested subdivisions —, never a mark glued to the opening bracket, by any rule: a mark stands after the words it
    marks, and a bracket holds more than a mark. (mark-glued took "(b) (1" for a note's mark set apart two paragraphs
    above, "Host Country, 1", and every later mark was sought past it.) bracketed-number-not-mark reads such digits
    after a number; this reads them after a label of up to four letters or three digits in brackets. Not in a script
    whose texts print their marks in brackets (the table's marks.bracketed: Arabic), where the digits are the mark."""
    return (not lg.script.bracketed_marks and 0 < start and view[start - 1] in _OPENING_BRACKETS and end < len(view)
            and view[end] in _CLOSING_BRACKETS and _LABEL_BEFORE_BRACKET.search(view, 0, start - 1) is not None)


# (a bracketed label right before the bracket of a sub-label: "(b) ", "(iv)", "(3)")
_LABEL_BEFORE_BRACKET = re.compile(r"[(\[](?:[^\W\d_]{1,4}|\d{1,3})[)\]] ?$")


def bracketed_count(lg: Lang, view: str, start: int, end: int) -> bool:
    """bracketed-count-not-mark: digits right after an opening bracket, then a space and a word ("продолжительностью
    пять дней (10 заседаний)", "(10 meetings)", "(3 per cent)"), are the count the bracket opens with, never a mark
    glued to the bracket — by any rule: a mark stands after the words it marks, and nothing stands before it in the
    bracket. (mark-glued took "(10" for the mark of note 10, set apart two paragraphs above, "вооружениями 10;", which
    was left in the text.) Not in a script written without spaces, nor in one whose texts print their marks in
    brackets (the table's marks.bracketed: Arabic, "(د-27()4)")."""
    return (lg.script.spaced and not lg.script.bracketed_marks and 0 < start and view[start - 1] in _OPENING_BRACKETS
            and _WORD_AFTER_COUNT.match(view, end) is not None)


_WORD_AFTER_COUNT = re.compile(r" [^\W\d_]")


def bracketed_count_at_break(lg: Lang, view: str, start: int, end: int, nxt: str) -> bool:
    """bracketed-count-at-break: bracketed-count-not-mark where the wrap parted the count from its word — digits
    right after an opening bracket end their line and the next line opens with a word ("… an estimated 149 million
    (22" / "per cent) were stunted", "(10" / "заседаний)") — are the count the bracket opens with, never a mark glued
    to the bracket, by any rule: the break stands where the space did. (glued-earliest took "(22" for note 22's mark,
    pages after its place "forests 2017–2030,22", and every later mark was sought past it: notes 23 to 31 were told
    unreferenced.) Serves text wrapped at a width, in the scripts bracketed-count-not-mark serves (spaced, marks not
    printed in brackets); the next line is the next printed one, so a blank line under the candidate (double spacing,
    or one blank line alone) changes nothing."""
    return (end >= 0 and lg.script.spaced and not lg.script.bracketed_marks and 0 < start
            and view[start - 1] in _OPENING_BRACKETS and not view[end:].strip()
            and _WORD_AT_LINE_START.match(nxt) is not None)


_WORD_AT_LINE_START = re.compile(r"\s*[^\W\d_]")


def bracketed_day_month_not_mark(lg: Lang, view: str, start: int) -> bool:
    """bracketed-day-month-not-mark: digits right after an opening bracket that begin a day and a month as the table's
    date pattern reads them, the year left out — its function words between them too ("(1 de julio a 30 de junio)",
    where bracketed-day-not-mark asks the month's name right after the day) — are a date's day, never a mark glued
    to the bracket: serves the languages that write a word between a day and its month (the Spanish "de"). (The
    strong rule, mark-glued, took "(1" for the first note's mark, where the marks stand apart, and every later mark
    was sought past it.)"""
    return 0 < start and view[start - 1] in _OPENING_BRACKETS and lg.starts_with_day_month(view[start:])


_DAY_MAX = 31
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\W{0,2}\s*$")  # a date's year right before a number set apart
_DAY = re.compile(r"\d{1,2}")


def days_listed_not_mark(lg: Lang, view: str, start: int, end: int) -> bool:
    """days-listed-not-mark: a number set apart before a conjunction of the table, the next day's number and a
    month's name — "los días 3 y 4 de marzo", "о проведении 6 и 7 мая", "on 3 and 4 March" — is the first day of
    a meeting of two days, never a mark: day-not-mark reads only a month right after the number. The second
    day is the first's next (a mark before "and" and a date, "года 8 и 5 февраля", is one), and the number does not
    follow a year: "the reports of 27 October 1953 8 and 9 November 1953" has the mark of the first report after
    its date. Between the day and its month a function word of the table may stand ("4 de marzo")."""
    first = view[start:end].strip()
    words = view[end:].split(None, 4)
    if not _DAY.fullmatch(first) or len(words) < 3 or fold_word(words[0]) not in lg.list_closers:
        return False
    if _YEAR_BEFORE.search(view, 0, start) is not None:
        return False
    if not _DAY.fullmatch(words[1]) or int(words[1]) != int(first) + 1 or int(words[1]) > _DAY_MAX:
        return False
    month = words[3] if fold_word(words[2]) in lg.continues_after and len(words) > 3 else words[2]
    return lg.month(month.strip(_WORD_EDGE)) is not None


def second_day_not_mark(lg: Lang, view: str, start: int, end: int) -> bool:
    """second-day-not-mark: digits glued after a conjunction of the table that follows a day's number, before a
    month's name — "13 и14 февраля", "13 y14 de marzo", a list of two days whose space the text lost — are the
    second day, never a mark glued to the conjunction, by any rule: the second day is the first's next, and
    between the day and its month a function word of the table may stand (days-listed-not-mark reads the first
    day of such a list set apart)."""
    words = view[:start].split()
    if len(words) < 2 or fold_word(words[-1]) not in lg.list_closers or not _DAY.fullmatch(words[-2]):
        return False
    second = view[start:end]
    if not second.isdigit() or int(second) != int(words[-2]) + 1 or start and view[start - 1].isspace():
        return False
    after = view[end:].split(None, 2)
    month = after[1] if len(after) > 1 and fold_word(after[0]) in lg.continues_after else after[0] if after else ""
    return lg.month(month.strip(_WORD_EDGE)) is not None


def glued_to_function_word(lg: Lang, view: str, start: int) -> bool:
    """function-word-glued-not-mark: digits glued right after a function word of the table standing alone — a word
    after which the text goes on (continues_after: "and", "of", the Arabic conjunction "و" that scripts glue to the
    word after it) — are the number the function word leads to, never a mark: a mark ends the words it marks, and a
    function word ends none ("الهدفين 1 و2 من", goals 1 and 2; "13 y14", a space the text lost). (The rules of
    glued marks took "و2" for the second note's mark, three paragraphs before the mark itself "(2)": the goal's
    number left the text and the mark was read as text.)"""
    if start == 0 or start >= len(view) or not view[start].isdigit() or view[start - 1].isspace():
        return False
    end = _DIGITS.match(view, start)
    if end is not None and end.end() < len(view) and view[end.end()].isalpha():
        return False  # (digits between two letters, "a" + "11" + "nd": mark-between-letters', inside a word)
    head = view[:start].split()
    return bool(head) and fold_word(head[-1]) in lg.continues_after


def paragraph_number_not_mark(lg: Lang, view: str, start: int) -> bool:
    """paragraph-number-not-mark: digits that end the number opening a line as the language numbers its paragraphs,
    a word after it ("129. Invita", "12 - يقرر") — the paragraph's number — are never a mark glued to a number: a
    paragraph's number marks nothing. (Between two marks placed far apart, mark-glued-to-number took "12" + "9" + "."
    for note 9's mark, the paragraph's number cut to "12" and its text run into the paragraph before.)"""
    head = _number_start(view, start)
    if head == start or view[:head].strip():
        return False
    m = lg.paragraph_number.match(view, head)
    return (m is not None and m.end("num") > start and m.end() < len(view) and view[m.end()].isalpha())


_COLONS = frozenset(punctuation("colon"))
_ITEM_ENDS = frozenset(punctuation("colon", "semicolon", "full_stop"))
# label-number-not-mark: how many lines around the candidate's the next or the last label of the list is looked for on.
LABEL_LIST_REACH = 6


def label_number_not_mark(view: str, start: int, end: int, prev: str, near: list[str]) -> bool:
    """label-number-not-mark: digits glued to the one word that opens a line, a colon right after them ("小组1：加快…",
    panel 1, "Thème2:"), on a line that opens an item — the line before blank or ending a clause with a colon, a
    semicolon or a full stop —, where a line near it (near: the views of the lines around) opens with the same word
    glued to the next or the last number and a colon ("小组2："), are the number of the item's label in a list of
    labelled items, never a mark: no mark stands between an item's first word and the colon that ends its label.
    Serves lists of panels, themes and clusters. (Taken by mark-glued as the first note's mark on the last page, where
    the notes after the closing were first sought, they left the real marks of notes 1 and 2, pages before, in the
    text, and note 3 unplaced.) Not digits printed raised, which are a mark wherever they stand, nor a word alone
    without such a list ("… respectively" / "…1: the former …" after a comma; review, round thirty-two)."""
    head = view[:start].strip()
    if (end < 0 or end >= len(view) or view[end] not in _COLONS or not head or not head.isalpha()
            or not view[start:end].isascii() or not view[start:end].isdigit()):
        return False
    above = prev.rstrip()
    if above and above[-1] not in _ITEM_ENDS:
        return False
    n = int(view[start:end])
    return any(other.lstrip().startswith(f"{head}{k}") and other.lstrip()[len(head) + len(str(k)):][:1] in _COLONS
               for other in near for k in (n - 1, n + 1) if k > 0)
def number_after_paragraph_end(lg: Lang, view: str, start: int) -> bool:
    """paragraph-number-after-end: digits glued after the punctuation that ends a paragraph (a semicolon, a full stop)
    that open the language's paragraph number with a word after it ("…罪犯的权利；7. 还鼓励会员国…") are the next
    paragraph's number, never a mark glued to the punctuation: a mark there is followed by the next word or paragraph,
    never by a paragraph number's stop. Serves extractions that run paragraphs into one line (a block extractor's
    text of a draft resolution that the UN's own file prints as one paragraph). (mark-glued took "；7" for the mark of
    a note gathered after the closing, and the paragraph's number was lost from the text.)"""
    if start == 0 or view[start - 1] not in _PARAGRAPH_ENDS:
        return False
    tail = view[start:]
    m = lg.paragraph_number.match(tail)
    return (m is not None and "," not in tail[m.end("num"):m.end()] and m.end() < len(tail)
            and tail[m.end()].isalpha())


_PARAGRAPH_ENDS = frozenset(punctuation("semicolon", "full_stop"))


def _word_or_paragraph_number(lg: Lang, view: str, start: int) -> str | None:
    """For MarkSearch._text_number: the check that reads the candidate's digits as glued to a function word or as a
    paragraph's number, if any."""
    return ("function-word-glued-not-mark" if glued_to_function_word(lg, view, start)
            else "paragraph-number-not-mark" if paragraph_number_not_mark(lg, view, start)
            else "paragraph-number-after-end" if number_after_paragraph_end(lg, view, start) else None)


def star_between_words_at_break(view: str, start: int, nxt: str, views: list[tuple[str, int]]) -> bool:
    """star-between-words-at-break: a star set apart at a line's end after a word, the next line going on with a word
    in lower case ("… shall be the daily rate *" / "days of service …"), is the text's own star between two words —
    a formula, as "rate * days" reads on one line, where a star is never taken (marks._star) —, never a star note's
    mark the wrap left at the line's end: the line break hides only the word after it. (Taken by
    mark-apart-at-line-edge, the formula lost its star and the note took the paragraph for its place, the title's
    star set apart, "… and buoys *", left in the text.) Serves PDF text and extractions whose star marks stand apart,
    in a script with case (lower case tells a sentence going on). Only a star set apart from the word before it (a
    glued "budget*" is a mark), and only where another star of its length stands in the text (elsewhere: the note's
    mark, "… and buoys *"): a star note has a mark, and with no other star this one is it ("the proposed programme
    budget *" / "for the biennium …")."""
    star = view[start:].strip()
    at = len(view) - len(view[start:].lstrip())
    return (bool(star) and _star(star) and view[:at].rstrip()[-1:].isalpha() and view[:at][-1:].isspace()
            and nxt.lstrip()[:1].islower() and other_star(views, star, at))


def other_star(views: list[tuple[str, int]], star: str, at: int) -> bool:
    """For star-between-words-at-break: whether a star of `star`'s length (no longer one) stands in the lines (each
    its view and where the candidate stands in it, -1: not there) anywhere but there and at a line's start (a note's
    marker, a separator)."""
    pattern = re.compile(rf"(?<!\*){re.escape(star)}(?!\*)")
    return any(m.start() != skip and view[:m.start()].strip()
               for view, skip in views for m in pattern.finditer(view))


def second_day_over_break(lg: Lang, view: str, start: int, end: int, prev: str) -> bool:
    """second-day-over-break: second-day-not-mark where the wrap put the first day at the end of the line before
    and the conjunction first on the candidate's line ("… в Наярите, Мексика, 13" / "и14 февраля 2014 года"): the
    list of two days read over the break — the first day the line before's last word. (Taken for a mark glued to
    the conjunction, the second day left the text and the note's real mark, further on, was left in it.)"""
    if end < 0 or not prev or len(view[:start].split()) != 1:
        return False
    joined = f"{prev.rstrip()} "
    return second_day_not_mark(lg, joined + view, start + len(joined), end + len(joined))


def after_symbol_word(lg: Lang, view: str, start: int, end: int) -> bool:
    """mark-after-symbol-word: a number of one to three digits set apart after a word whose number is a
    document's symbol — the table's endnotes.counted_by_symbol, "резолюции 77/178", "резолюции 2240
    (2015)" —, before a clause's punctuation, is a mark set apart, not the word's count, which
    counted-not-mark would make it ("в осуществлении указанной резолюции 5," — the Russian texts' mark
    after "the said resolution"). Not before a word, a slash or a bracket: "resolution 1 adopted on …" (a
    conference's resolution, numbered alone), "resolution 217 A (III)", "resolution 217 (III)"."""
    if not lg.counted_by_symbol or _word_before(view, start) not in lg.counted_by_symbol:
        return False
    number = view[start:end].strip()
    if not 1 <= len(number) <= 3:
        return False
    return _PUNCTUATION_NEXT.match(view, end) is not None


# A clause's punctuation after a mark, not a number's decimal ("5,", "5 ;" — not "5,2").
_PUNCTUATION_NEXT = re.compile(rf"\s?[{_AFTER_APART}](?!\d)")


def counted_not_mark(view: str, start: int, counting: frozenset[str]) -> bool:
    """counted-not-mark: a number set apart after a word that counts or introduces it — "principle 6,",
    "paragraph 2,", "by 10 votes", the language table's endnotes.not_after — is that number, never a
    mark set apart, by the loose rules or by mark-apart ("including principle 6, which" later on the
    page would take the place of "Disabilities, 6 in which")."""
    words = view[:start].split()
    if not words:
        return False
    if fold_word(words[-1]) in counting:
        return True
    # (A counted list: "paragraphs 3, 4 and 11" — the word before the list's first number counts it.)
    return len(words) > 1 and _LIST_NUMBER.fullmatch(words[-1]) is not None and fold_word(words[-2]) in counting


def joined_number_not_mark(lg: Lang, view: str, start: int) -> bool:
    """joined-number-not-mark: a number set apart after a word that ends with a joiner of numbers of the table
    (number_joiners: "增至 2，", "达到 5、", "1 至 2，"), before a clause's punctuation, is the number that joiner asks
    for, never a mark: a raised mark stands after a word or a clause, and a clause cannot end on a joiner ("至", to;
    "到", up to; "和", and). Class:
    block extractions of texts in a script written without spaces whose extractor sets every number apart from the
    ideographs around it; mark-apart took a count set apart before a full-width comma ("已增至 2，并") for a missing
    note's mark, silently. Such a script glues the joiner to the word before it, so the word's end is read (a script
    with spaces: the whole word; counted-not-mark reads the table's not_after there)."""
    # (a joiner of words only: after punctuation, "第64/3号、 1", a mark stands as after a comma)
    joiners = tuple(j for j in lg.number_joiners if j[-1:].isalpha())
    words = view[:start].split()
    if not words or not joiners:
        return False
    word = fold_word(words[-1])
    if not (word in joiners if lg.join else word.endswith(joiners)):  # (a script with spaces: a word of its own)
        return False
    # (and before a clause's punctuation, the count ending its clause: before a date or a number, "第82/31号和 3
    # 2030年", the UN's print sets a list's mark after the joiner)
    digits = _DIGITS_AT.match(view, start)
    return digits is not None and _PUNCTUATION_NEXT.match(view, digits.end()) is not None


_DIGITS_AT = re.compile(r"\s?\d+")  # (joined-number-not-mark: the candidate's digits, its space before it or not)


def counted_item_subnumber(view: str, start: int, counting: frozenset[str]) -> bool:
    """counted-item-subnumber: a bracketed number set apart after a counted item whose own number bears a letter
    ("Schedule 1A (4)", "الجدول 1-ألف (4)": a chemical's entry in a treaty's schedule) numbers an entry of that item,
    never a mark. Class: PDF text with its marks bracketed and set apart (Arabic prints "(4)"), a treaty's schedule
    cited by entry: the loose rules took the entry's number for the mark, pages past the true mark that the wrap set
    first on its line, and every later mark on the page was sought past it and lost. The item's number must bear a
    letter: no year ("2016 (4)") and no document number ("77/7 (1)", mark-apart-after-document-number's)."""
    words = view[:start].split()
    return (len(words) > 1 and view[start:].lstrip().startswith("(")
            and _LETTERED_NUMBER.fullmatch(words[-1]) is not None and fold_word(words[-2]) in counting)


def abbreviation_number(lg: Lang, view: str, start: int) -> bool:
    """abbreviation-number-not-mark: digits glued right after an abbreviation of the table's endnotes.not_after
    that ends with a full stop ("Notice No.1,", "para.3", "vol.2") are the number that abbreviation asks for, never
    a mark: a mark glued there would leave the abbreviation without its number. (Over the whole text the strong
    rules took "No.1" for the mark of a note gathered at the end, whose mark stood set apart pages before.)"""
    if start < 2 or view[start - 1] != "." or not view[start - 2].isalpha():
        return False
    words = view[:start].split()
    return bool(words) and fold_word(words[-1].lstrip("([")) in lg.endnote_not_after


_LIST_NUMBER = re.compile(rf"\d{{1,3}}[{_COMMA_APART}]")  # (not a year: "in 2022, 1 the")
# (an item's number that bears a letter, hyphened or not: "1A", "1-ألف"; no document number "77/7", no year)
_LETTERED_NUMBER = re.compile(r"\d{1,3}[-‑.]?[^\W\d_]{1,4}")


def counted_name_not_mark(lg: Lang, view: str, start: int, counting: frozenset[str]) -> bool:
    """counted-name-not-mark: a number set apart after a name of one counted thing whose first word counts it — the
    name's head a word of the table's endnotes.name_heads (and not_after), its other words capitalised or the table's
    function words (continues_after): "Objetivo de Desarrollo Sostenible 3 (garantizar", "la Meta Mundial 2" — is the
    name's number, never a mark: a language that sets a noun before its qualifiers sets a counted name's number after
    them, where counted-not-mark, reading the word right before the number ("Sostenible"), sees no counting word. (The
    loose rules took the goal's number for the mark of the note on a title further on, "«Espacio2030» 3 ,", and every
    later mark was sought past it.) Not a head in the plural ("los Objetivos de Desarrollo Sostenible 5 ,"): the name
    of many, which the UN marks; nor a word inside the name: "los Estados Parte en el Tratado 4" names the States.
    counting: the words that count a number set apart (none: counted-between-neighbours, which takes such a number)."""
    words = view[:start].split()
    if not words or not _capitalised(words[-1]):
        return False
    # (the name read back from its last word over capitalised and function words, to the word before it or the
    # line's start; a longer run is no name of a counted thing)
    name = [word for word in itertools.takewhile(lambda w: _capitalised(w) or fold_word(w) in lg.continues_after,
                                                   reversed(words[:-1]))]
    if len(name) >= _NAME_WORDS_MAX:
        return False
    heads = [word for word in name if _capitalised(word)]
    return bool(heads) and fold_word(heads[-1]) in counting and fold_word(heads[-1]) in lg.name_heads


_NAME_WORDS_MAX = 6  # a counted name's words before its number: "Objetivo de Desarrollo Sostenible"


def counted_name_over_break(lg: Lang, view: str, start: int, counting: frozenset[str], prev: str) -> bool:
    """counted-name-over-break: a counted name that the wrap cut, its head on the line before ("… para alcanzar el
    Objetivo de Desarrollo" / "Sostenible 4, en paralelo"; a page's foot and furniture may stand between), is read
    as counted-name-not-mark reads it on one line: the number after it is the name's, never a mark. Read on its own
    line only, the name had no head, and mark-apart took the goal's number for a later note's mark, the real mark
    then left in the text. Only where every word before the number on its line is the name's (capitalised or a
    function word of the table): the name runs back over the line's start. prev: the running text's line before."""
    words = view[:start].split()
    if not prev or not words or not all(_capitalised(w) or fold_word(w) in lg.continues_after for w in words):
        return False
    joined = f"{prev.rstrip()} {view[:start].lstrip()}"
    return counted_name_not_mark(lg, joined, len(joined), counting)


def _capitalised(word: str) -> bool:
    """Whether a word opens with a capital letter and goes on in letters ("Desarrollo", not "ONU-Mujeres," or "III")."""
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def counted_word_determined(lg: Lang, view: str, start: int) -> bool:
    """counted-word-determined: a counted word after a determiner of the language table — "sobre este tema 4 ,",
    "на эти статьи 2 ,", "el mismo tema 4," — names what the text has named (this item, these articles), and takes
    no number of its own: a number set apart after it is a mark, not the word's count, which counted-not-mark
    would make it (the Spanish and Russian texts mark a note on "this item", the item's report). Not after a
    function word of the table (continues_after): "that of 5", "ce de 2" are no counted nouns."""
    words = view[:start].split()
    if len(words) < 2 or not lg.determiners:
        return False
    word = fold_word(words[-1])
    return (word in lg.endnote_not_after and word not in lg.continues_after
            and fold_word(words[-2]) in lg.determiners)


_LIST_LAST = re.compile(r"\d{1,4}")
_LIST_LAST_SHORT = re.compile(r"\d{1,3}")  # (a list's number before its conjunction, no year: "18 y")


def counted_list_repeated(lg: Lang, view: str, start: int) -> bool:
    """counted-list-repeated: a number set apart after a counted number and its comma that repeats that number —
    "Sustainable Development Goal 2, 2 exacerbating" — is no list's next number (no list names one number twice)
    but a mark, which counted-not-mark, reading the word before the list's number, would make the list's."""
    words = view[:start].split()
    number = view[start:].split(None, 1)
    return (len(words) > 1 and bool(number) and _LIST_NUMBER.fullmatch(words[-1]) is not None
            and words[-1][:-1] == number[0] and fold_word(words[-2]) in lg.endnote_not_after)


def counted_list_closed(lg: Lang, view: str, start: int) -> bool:
    """counted-list-closed: a number set apart after a counted list's last number and its comma, where a
    conjunction of the table closed the list before that number — "Goals 5 and 16, 4 in particular", "párrafos
    3 y 7, 2 así como" —, is no more of the list but a mark: the list ended with its conjunction, and
    counted-not-mark, reading the word before the last number ("and", counted: "paragraphs 3 and 4"), would make
    the mark a list's third number."""
    words = view[:start].split()
    return (len(words) > 2 and bool(lg.list_closers) and _LIST_NUMBER.fullmatch(words[-1]) is not None
            and fold_word(words[-2]) in lg.list_closers and _LIST_LAST.fullmatch(words[-3]) is not None)


def counted_list_unclosed(lg: Lang, view: str, start: int) -> bool:
    """counted-list-unclosed: a number set apart after a counted number and its comma, followed by a conjunction of
    the table and a word that is no number — "children under age 5, 12 and that this increase", "párrafo 4, 7 y
    decide" — is no list's second number but a mark: a list whose last number follows a comma is closed by its
    conjunction and one more number ("paragraphs 3, 4 and 11"); two numbers are joined by the conjunction alone
    ("Goals 5 and 12"). counted-not-mark, reading the word before the list's number, would make the mark the list's
    ("age"), and a later number of the text took the note's place ("25 May 2012 on": "20" + "12"). Only where the
    line shows the word after the conjunction."""
    words = view[:start].split()
    after = view[start:].split(None, 3)
    return (len(words) > 1 and len(after) > 2 and bool(lg.list_closers)
            and _LIST_NUMBER.fullmatch(words[-1]) is not None and fold_word(words[-2]) in lg.endnote_not_after
            and after[0].isdigit() and fold_word(after[1]) in lg.list_closers and after[2][0].isalpha())


_WORD_EDGE = punctuation("comma", "semicolon", "colon", "full_stop", "closing_brackets", "closing_quotes")


def _named_number(view: str, at: int) -> bool:
    """Whether the number that holds the digits at `at` follows a word and a space ("Programa 21", "Agenda 21")."""
    start = _number_start(view, at)
    return start > 1 and view[start - 1] == " " and view[start - 2].isalpha()


def _number_start(view: str, at: int) -> int:
    """Where the number that holds the digits at `at` starts (the digits before it read back)."""
    while at and view[at - 1].isdecimal():  # (not a raised "¹" or a circled "①": digits, but no number's)
        at -= 1
    return at


def _word_before(view: str, start: int) -> str:
    """The word before a position, folded as the tables' word sets are ("paragraph" in "paragraph 1")."""
    words = view[:start].split()
    return fold_word(words[-1]) if words else ""


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
    apart: int = 0  # marks found set apart (by the rules of marks set apart)
    glued: int = 0  # marks found by the other rules
    # lines of the closing block — the meeting, the adoption date, the vote statement — which hold no
    # mark (closing-holds-no-mark)
    closing: set[int] = field(default_factory=set)
    # the text is double-spaced, a blank line under nearly every line (the flow stage says so): there a blank line
    # before a line ends no paragraph (named-over-double-spacing)
    double_spaced: bool = False
    # the lone numbers the flow set back at the end of the line above (mark-alone-on-line, mark-alone-over-page): the
    # marker → the index of that line (set-back-mark-first)
    set_back: dict[str, int] = field(default_factory=dict)

    _cited: collections.Counter[str] | None = field(default=None, init=False)  # the symbols the text cites
    _noted: frozenset[int] | None = field(default=None, init=False)  # the numbers that open a note's line
    _words: collections.Counter[str] | None = field(default=None, init=False)  # the text's words, lower case
    _glued_bracketed: frozenset[str] | None = field(default=None, init=False)  # "(n)" glued to what it marks
    _numbers_apart: bool | None = field(default=None, init=False)  # the text sets its numbers apart (numbers_set_apart)
    # spaced-stop-over-loose-on-page's places (a line, the mark's start in its view) → the line of the loose candidate
    # passed over: told when taken (a probe of `locate` takes nothing)
    _over_loose: dict[tuple[int, int], int] = field(default_factory=dict, init=False)
    # the first line the last `locate` was asked from (the header's numbers before it are no marks): where
    # symbol-tail-page-told looks for the other place no earlier
    _asked_from: int = field(default=-1, init=False)

    def words(self) -> collections.Counter[str]:
        """The text's words of letters, in lower case, each with the times it stands (mark-apart-inside-word: "and"
        stands often, a cut word's rest "nd" once)."""
        if self._words is None:
            # (finditer: findall built the list of every word of the text at once — scaling, round thirty-seven)
            self._words = collections.Counter(m.group().lower() for m in _WORD_REST.finditer(self.doc.text))
        return self._words

    def glued_bracketed(self) -> frozenset[str]:
        """The digits of every "(n)" the text prints glued to what stands before it ("الروسي)(1)،", "القرن 21(4)"),
        in a script whose marks are printed so: bracketed-number-apart-not-mark sets a bracket apart from its number
        aside only where its digits have such a candidate too."""
        if self._glued_bracketed is None:
            self._glued_bracketed = frozenset(m[1] for m in _GLUED_BRACKETED.finditer(self.doc.text))
        return self._glued_bracketed

    def noted(self) -> frozenset[int]:
        """The numbers that open a line as a note's marker does ("2 E/2031/71."; a paragraph's "2." is none):
        mark-apart-before-number-at-line-end asks whether a number could be a note's mark."""
        if self._noted is None:
            self._noted = frozenset(int(m["marker"]) for line in self.doc.stripped
                                    if (m := _NOTE_LINE.match(line)) is not None)
        return self._noted

    def cited(self) -> collections.Counter[str]:
        """The document symbols the text cites, each with the times it does — in its lines and its running heads,
        not in the rest of its page furniture (furniture-cites-nothing: a footer's page number "5/13" is no
        citation; the heads' symbol is the document's own, which a mark glued to the cover's, "A/RES/77/26" + "5",
        must not be taken from)."""
        if self._cited is None:
            doc = self.doc
            self._cited = collections.Counter(_SYMBOL_TOKEN.findall(
                "\n".join(line for j, line in enumerate(doc.raw) if _cites(doc, j)) if doc.raw else doc.text))
        return self._cited

    def _in_furniture(self, token: str) -> int | None:
        """The index of the first furniture line, no running head's, that holds a symbol token, if any."""
        doc = self.doc
        return next((j for j in sorted(doc.furniture) if not _cites(doc, j) and token in _SYMBOL_TOKEN.findall(
            doc.raw[j])), None)

    def symbol_cited_whole(self, view: str, start: int, end: int) -> bool:
        """symbol-cited-not-mark: digits that end a document's symbol ("63/1" + "19") which the text cites, with
        those digits, more than once ("resoluciones 62/63, 63/119, 64/110" in three paragraphs) are the symbol's,
        never a mark — a mark glued to a symbol makes a token the text holds once, where that note's mark stands.
        (The weak rules took the last digits of a list's symbol for the mark of a note at the page's foot:
        mark-after-document-number.)"""
        if end <= start or (end < len(view) and view[end] not in _TOKEN_END):
            return False
        at = start
        while at and view[at - 1] not in _TOKEN_EDGE_CHARS:
            at -= 1
        token = view[at:end]
        if "/" not in token[:start - at]:
            return False
        if self.cited().get(token, 0) > 1:
            return True
        # furniture-cites-nothing: a page numbered "5/13" in its footer cites no symbol "5/13" — counted as one, the
        # text's "resolutions 5/1" + "3" (a mark glued to a symbol) read as cited twice, its mark left in the text
        if self.cited().get(token, 0) == 1 and (j := self._in_furniture(token)) is not None:
            self.doc.fired("furniture-cites-nothing", j + 1)
        return False

    def cited_pattern(self, marker: str) -> re.Pattern[str] | None:
        """mark-after-cited-symbol: digits glued to the end of a document's symbol ("59/300" + "9" + " and")
        where the text cites that symbol elsewhere without them ("its resolution 59/300 of 22 June 2005") and
        the symbol with them nowhere else: a raised mark that a PDF's text glued to the symbol it follows.
        The UN's texts cite a resolution again where they mark the report submitted under it; "63/119 of 11
        December 2008" in a list of resolutions, where "63/11" stands nowhere else, keeps its digits — which
        mark-before-word, a last resort, took for the mark. None where the text has no such symbol."""
        cited = self.cited()
        stems = sorted({t[:-len(marker)] for t, n in cited.items() if n == 1 and t.endswith(marker)
                        and cited.get(t[:-len(marker)], 0) and t[:-len(marker)][-1:].isdigit()},
                       key=len, reverse=True)
        if not stems:
            return None
        m = re.escape(marker)
        return re.compile(rf"(?<![^\s(\[«“\"])(?:{'|'.join(map(re.escape, stems))})({m})(?![\w/])")

    def find(self, marker: str, first_line: int = -1, near_foot: bool = False, spaced: bool = False,
             weak: bool = True, loose: bool = False, whole: bool = False, ambiguous: bool = True) -> MarkRule | None:
        """Finds the mark of a footnote on its page (or the page before) and takes it out of the
        text; returns the rule that found it, None when none did. first_line: no mark before it
        (the header's numbers are not marks); loose: marks apart on both sides are tried too (in
        a text with pages, where a note's place at the foot says it is one); whole: the whole text
        is searched (from the last mark on), not the note's page and the one before; ambiguous: the strong
        rules whose candidates are often the text's own digits (AMBIGUOUS) are tried too."""
        found = self.locate(marker, first_line, near_foot, spaced, weak, loose, whole, ambiguous)
        if found is None:
            return None
        return self.take(marker, found)

    def take(self, marker: str, found: Located) -> MarkRule:
        """Takes the mark `locate` found out of the text."""
        rule, i, m = found
        apart = rule is MARK_APART or rule in _LOOSE or rule is MARK_APART_CLOSING
        if rule.name == MARK_GLUED:
            self._glued_before_counter_told(marker, i, m)
        self.apart += apart
        self.glued += not apart
        self._spaced_stop_first_told(marker, i, m)  # (before the mark leaves the line's view)
        self._over_loose_told(marker, i, m)
        ln = self.doc.lines[i]
        told = rule is MARK_APART and _apart_mid_clause(ln.view if ln.marks else ln.text, m)
        if rule.weak:
            self._symbol_tail_page_told(marker, i, m)  # (before the mark leaves the line's view)
        if rule is MARK_APART_DATE_CUT_MONTH:
            self._date_cut_told(marker, i, m)  # (before the mark leaves the line's view)
        if rule is MARK_APART_DATE_AT_BREAK:
            self._date_at_break_told(marker, i, m)  # (before the mark leaves the line's view)
        self._take(i, m, marker)
        self.doc.fired(rule.name, self.doc.lines[i].number)
        if rule is MARK_APART_BEFORE_WIDE_CLAUSE and self.numbers_set_apart():
            self._wide_clause_told(marker, i)
        elif (told and self.numbers_set_apart()
              and not _named_in_clause(self.doc.lang, ln.view if ln.marks else ln.text, m.start(m.lastindex or 1))):
            self._apart_mark_told(marker, i)
        return rule

    def _date_cut_told(self, marker: str, i: int, m: re.Match[str]) -> None:
        """mark-apart-before-date-cut-after-month's place taken, and the guess told (text-note-mark-guessed), the
        number and the date named: a number of the text set apart before a date reads alike ("Protocolo 2 9 de mayo"
        / "de 2041", a protocol's number; "проведенного 2 4 марта" / "2022 года", a range whose dash was lost)."""
        ln = self.doc.lines[i]
        view = ln.view if ln.marks else ln.text
        words = self.doc.lines[i + 1].text.split()[:_DATE_CUT_YEAR_WORDS] if i + 1 < len(self.doc.lines) else []
        year = next((k for k, word in enumerate(words) if any(c.isdecimal() for c in word)), len(words) - 1)
        date = " ".join([view[m.end(m.lastindex or 1):].strip(), *words[:year + 1]])
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {ln.number}, the number "
                      f"{marker!r} set apart before the date {date!r} that the line's end cut after its month; it may "
                      "be a number of the text (a protocol's, a range's first day)", ln.number)

    def _date_at_break_told(self, marker: str, i: int, m: re.Match[str]) -> None:
        """date-at-break-mark-told: mark-apart-before-date-at-break takes a number set apart after a word, before a day
        that ends the line whose month and year open the next ("… Lagos 2 4" / "March 2041"), as the note's mark. After
        a word the number may as well be the text's: that word's number ("Protocol 2", "Phase 15"), a count, or a
        range's first day whose dash the extraction lost ("15 17 March", 15 to 17 March). The mark is still taken —
        the note has no other place —, and the guess is told (text-note-mark-guessed), the number and the date named.
        After a clause's punctuation ("Treaty, 5 24" / "December 2014") no number of the text stands so, and nothing is
        told. Serves PDF text and block extractions that keep the spaces around a raised mark."""
        ln = self.doc.lines[i]
        view = ln.view if ln.marks else ln.text
        start = m.start(m.lastindex or 1)
        if start == 0 or not _WORD_END_AT.fullmatch(view[start - 1]):
            return
        words = self.doc.lines[i + 1].text.split()[:_DATE_CUT_YEAR_WORDS + 1] if i + 1 < len(self.doc.lines) else []
        year = next((k for k, word in enumerate(words) if any(c.isdecimal() for c in word)), len(words) - 1)
        date = _DATE_TRAILING.sub("", " ".join([view[m.end(m.lastindex or 1):].strip(), *words[:year + 1]]))
        self.doc.fired("date-at-break-mark-told", ln.number)
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {ln.number}, the number "
                      f"{marker!r} set apart after a word before the date {date!r} that the line's end cut after its "
                      "day; it may be a number of the text (the word's number, a count, a range's first day)",
                      ln.number)

    def numbers_set_apart(self) -> bool:
        """wide-clause-mark-told: whether the text sets its numbers apart from the ideographs around them ("第 70/1
        号", "共有 12 座") as often as it glues them to the one before ("第70/1号") — NUMBERS_APART_SHARE of those
        numbers or more, and NUMBERS_APART_MIN set apart at least: an extractor that puts spaces around every run of
        digits."""
        if self._numbers_apart is None:
            text = self.doc.text
            apart = sum(1 for _ in _APART_NUMBER.finditer(text))
            glued = sum(1 for _ in _GLUED_NUMBER.finditer(text))
            self._numbers_apart = apart >= NUMBERS_APART_MIN and apart >= NUMBERS_APART_SHARE * (apart + glued)
        return self._numbers_apart

    def _glued_before_counter_told(self, marker: str, i: int, m: re.Match[str]) -> None:
        """counter-after-break-told: mark-glued takes digits glued to a word at a line's end whose next line opens with
        a counter of the table's number_units ("持续母乳喂养至2" / "岁及2岁以上", to the age of 2) in a text whose marks
        were found set apart and never glued, too few of them (fewer than COUNTER_APART_MIN) for
        counter-after-break-apart to read the digits as the text's number: the digits are taken as before — a real
        glued mark ends a line before a word that opens with a counter's character ("报告2" / "部长级会议…"), and no
        evidence near the digits tells the two apart (round 42's counter-after-break-apart-further, which sought it
        further on, took numbers of the text) —, and the guess is told (text-note-mark-guessed), the line named.
        Taken silently, an age or a count lost its digit told by nothing. Serves PDF text of a script without spaces
        whose extractor sets raised marks apart."""
        if self.glued or not self.apart or not marker.isdigit():
            return
        ln, lines = self.doc.lines[i], self.doc.lines
        view = ln.view if ln.marks else ln.text
        start = m.start(m.lastindex or 1)
        nxt = lines[i + 1].view.lstrip() if i + 1 < len(lines) else ""
        if view[start:].rstrip() != marker or not counter_after_break(self.doc.lang.number_units, view.rstrip(),
                                                                      start, nxt):
            return
        self.doc.fired("counter-after-break-told", ln.number)
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken glued at the end of line "
                      f"{ln.number}, before a counter on the next line; the digits may be the text's number "
                      "(an age, a count) and the mark elsewhere", ln.number)

    def _symbol_tail_page_told(self, marker: str, i: int, m: re.Match[str]) -> None:
        """symbol-tail-page-told: a weak rule (mark-before-word, mark-after-document-number…) takes the note's mark on
        its page as the last digits of a bare resolution number ("67/201 от 21 декабря": "67/20" + "1"), the number
        with them as well formed as without (three digits at most after its slash), where the page holds another
        place the same note's mark may stand: the marker glued to the end of another number that is no symbol's
        ("принцип 7" + "1" + ","; mark-glued-to-number's places, a counted number's included where the mark would end
        its clause — the tables read "принцип 71" as the text's, and so can the page's only real mark be —, but not
        one inside its clause, "Goal 11 for", nor a place after the next note's first candidate: _own_digits,
        _other_glued_on_page). Only a mark GLUED to the symbol's digits: one set apart ("84/13 1 of") is no digit of
        it, and is read right. The place is taken as before (moving
        it, round 42's symbol-tail-on-page, broke counted numbers the text had right), and the guess is told
        (text-note-mark-guessed), both places named: the symbol may be whole and the mark the other place. Taken
        silently, a resolution's number lost its last digit told by nothing. Serves PDF text whose raised marks are
        glued, notes at the page's foot. (A place already told — symbol-tail-gives-way, symbol-tail-told, between
        two marks — is not told twice.)"""
        ln = self.doc.lines[i]
        view = ln.view if ln.marks else ln.text
        pos = m.start(m.lastindex or 1)
        tail = self._bare_symbol_tail(marker, view, pos)
        if tail is None:
            return
        others = self._other_glued_on_page(marker, i, pos)
        prefix = f"note {marker!r}:"
        if not others or any(w.code == "text-note-mark-guessed" and w.message.startswith(prefix)
                             and w.line == ln.number for w in self.doc.warnings):
            return
        other = self.doc.lines[others[0][0]].number
        self.doc.fired("symbol-tail-page-told", ln.number)
        more = f" (and {len(others) - 1} more)" if len(others) > 1 else ""
        self.doc.warn("text-note-mark-guessed", f"{prefix} its mark is taken after {view[tail:pos]!r} at line "
                      f"{ln.number}; the symbol may be {view[tail:pos + len(marker)]!r} whole, and the mark "
                      f"the {marker!r} glued to a number at line {other}{more}, not taken", ln.number)

    @staticmethod
    def _bare_symbol_tail(marker: str, view: str, pos: int) -> int | None:
        """For symbol-tail-page-told: where the bare resolution number ends at pos begins ("67/20" before "1"), the
        number with the marker's digits three digits at most after its slash; None where none does."""
        # (the mark GLUED to the symbol's digits: a mark set apart after a bare symbol, "84/13 1 of", is no digit
        # of it, and is read right)
        if (not marker.isdigit() or not 0 < pos <= len(view) or not view[pos - 1].isdigit()
                or not view.startswith(marker, pos)):
            return None
        tail = _SYMBOL_TAIL.search(view, 0, pos)
        return None if tail is None or len(tail.group(1)) + len(marker) > _SYMBOL_NUMBER_MAX else tail.start()

    def _other_glued_on_page(self, marker: str, i: int, pos: int) -> list[tuple[int, int]]:
        """For symbol-tail-page-told: the other places on line i's page, after the last mark and the header (whose
        numbers are no marks), where the marker is glued to the end of a number that is no symbol's."""
        lines = self.doc.lines
        start = max((max((s for s in self.pages if s <= i), default=0), -1), (self._asked_from, -1), self.last)
        last = min((s for s in self.pages if s > i), default=len(lines)) - 1
        stop = (last, len(lines[last].view))
        # (the probe's checks are not recorded: they decide nothing)
        trace, self.doc.trace = self.doc.trace, None
        try:
            # marks go in the notes' order: a place after the next note's first candidate is no place of this note's
            following = str(int(marker) + 1)
            bound = min(itertools.chain(self._glued_places(following, (i, pos + len(marker)), stop),
                              self._glued_to_word(following, (i, pos + len(marker)), last)), default=stop)
            return sorted(k for k in self._glued_places(marker, start, stop)
                          if k != (i, pos) and k < bound and not self._own_digits(marker, k))
        finally:
            self.doc.trace = trace

    def _own_digits(self, marker: str, key: tuple[int, int]) -> bool:
        """For symbol-tail-page-told: whether the digits glued at the place are plainly the number's own — a Security
        Council resolution's before its year in brackets ("2231" + " (2015)"), or a number a word of the table's
        endnotes.not_after counts, inside its clause, a word after it ("Goal 11 for", "статью 51 Устава": a raised
        mark stands at a clause's end, "принцип 7" + "1" + ",")."""
        view = self.doc.lines[key[0]].view
        end = key[1] + len(marker)
        return (_YEAR_IN_BRACKETS.match(view, end) is not None
                or (_word_before(view, _number_start(view, key[1])) in self.doc.lang.endnote_not_after
                    and _WORD_AFTER.match(view, end) is not None))

    def _glued_places(self, marker: str, start: tuple[int, int], stop: tuple[int, int]) -> list[tuple[int, int]]:
        """For symbol-tail-page-told: mark-glued-to-number's places in the stretch that are no symbol's last digits."""
        return [k for k in self._glued_to_number(marker, start, stop) if not self._tail_of_symbol(k, marker)]

    def _glued_to_word(self, marker: str, start: tuple[int, int], last: int) -> list[tuple[int, int]]:
        """For symbol-tail-page-told: the places from start to line last where the marker stands glued to the end of a
        word's letters ("маяков" + "2"), the digits ending there; none in a script without spaces, whose numbers all
        stand glued to its characters ("7月5日": a date)."""
        if not self.doc.lang.script.spaced:
            return []
        pattern = re.compile(rf"(?<=[^\W\d_]){re.escape(marker)}(?!\d)")
        return [(k, m.start()) for k in range(start[0], last + 1)
                for m in pattern.finditer(self.doc.lines[k].view, start[1] if k == start[0] else 0)]

    def _wide_clause_told(self, marker: str, i: int) -> None:
        """wide-clause-mark-told: mark-apart-before-wide-clause reads a number set apart after an ideograph and glued
        to a full-width comma after it ("灯塔 3，") as a note's raised mark because a number of a text of ideographs is
        glued to the ideograph before it. In a text whose extractor sets every number apart (numbers_set_apart) that
        sign says nothing: the digits may be the text's own number ("数目增至 3，"), and the note's real mark may be
        lost. The mark is still taken — the rule is weak and was the last place left —, and the guess is told
        (text-note-mark-guessed), the line named. Serves block extractions of Chinese texts that space digits."""
        line = self.doc.lines[i].number
        self.doc.fired("wide-clause-mark-told", line)
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {line}, a number set "
                      "apart before a full-width comma or stop; the text sets its numbers apart from the words around "
                      "them, so it may be the text's own number", line)

    def _apart_mark_told(self, marker: str, i: int) -> None:
        """apart-mark-told: mark-apart reads a number set apart after an ideograph and before a clause's full-width
        punctuation that the line goes on after ("数目为 3，并") as a note's raised mark, the extractor having set the
        mark apart. In a text whose extractor sets every number apart (numbers_set_apart) the space says nothing, and
        a count with no counter after it ("为 3，") looks the same: the mark is taken — the place is the one the
        rules know —, and the guess is told (text-note-mark-guessed), the line named. (A joiner before the number,
        "增至 3，", makes it the text's: joined-number-not-mark; a mark that ends its line, a paragraph's or a
        clause's, is where the UN sets one, and not told.) Serves block extractions of Chinese texts that space
        digits."""
        line = self.doc.lines[i].number
        self.doc.fired("apart-mark-told", line)
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {line}, a number set "
                      "apart before a clause's punctuation inside the line; the text sets its numbers apart from the "
                      "words around them, so it may be the text's own number", line)

    def locate(self, marker: str, first_line: int = -1, near_foot: bool = False, spaced: bool = False,
               weak: bool = True, loose: bool = False, whole: bool = False, ambiguous: bool = True
               ) -> Located | None:
        """Where `find` would find the mark (the rule, the line, the match), the text left as it is; never for
        a marker that no note has (zero-marker-not-mark)."""
        self._asked_from = first_line
        found = self._set_back_mark(marker)
        if found is not None:
            return found
        found = self._locate(marker, first_line, near_foot, spaced, weak, loose, whole, ambiguous)
        if found is not None and loose and not whole:
            found = self._apart_before_next(marker, first_line, found)
        return None if found is None else self._numbered_from_one(marker, found)

    def _set_back_mark(self, marker: str) -> Located | None:
        """set-back-mark-first: the number alone on its line that the flow set back at the end of the line above as a
        coming note's mark (mark-alone-on-line: the wrap put it there; a note of that number opens further on) is
        that note's mark when it comes, still standing there after the last mark found: no rule of marks glued asks
        the page before over it — mark-before-word took a resolution's number there ("76/29" + "6" + " of"), where the
        marks found were raised (a Markdown extraction's "<sup>6</sup>" alone on its line) and so counted glued. None
        where no number was set back for that marker, or it is gone."""
        i = self.set_back.get(marker)
        if i is None or i >= len(self.doc.lines) or not _numbered(marker):
            return None
        pattern = _built(MARK_APART_EDGE, marker, self.doc.lang.number_units, self.doc.lang.spaced_quotes)
        ln = self.doc.lines[i]
        m = None if pattern is None else self._line_candidate(i, marker, (pattern, None), None)
        if m is None or m.end(m.lastindex or 1) != len((ln.view if ln.marks else ln.text).rstrip()):
            return None
        self.doc.fired("set-back-mark-first", ln.number)
        return MARK_APART_EDGE, i, m

    def _apart_before_next(self, marker: str, first_line: int, found: Located) -> Located:
        """apart-before-next-mark: a mark set apart that the page rules found ("under study area 1, on", "an
        estimated 4 million" on the note's page) past the first candidate set apart of the next note's mark
        ("Lanterns, 2 and"), where a candidate set apart of this note's mark stands before that one, after the
        last mark and no earlier than the page before ("Beacons 1 and"): marks come in order, so the earlier
        candidate is this note's. Where the marks stand apart and a note runs to the page after its mark's
        (the layout carries a note that does not fit), mark-apart's tighter pattern and the note's own page,
        asked first, take a number of the text further down. The candidate as found where no such earlier
        one stands before the next note's."""
        rule, i, m = found
        if not marker.isdigit() or not (rule is MARK_APART or rule in _LOOSE):
            return found
        # (the probes' checks are not recorded: they decide nothing unless the answer changes)
        trace, self.doc.trace = self.doc.trace, None
        try:
            nxt, _ = self.earliest(str(int(marker) + 1), first_line, spaced=True, loose=True)
            # (no earlier than the pages the page rules search: the note's and the one before)
            own, _ = self.earliest(marker, max(first_line, self.pages[-2] if len(self.pages) > 1 else 0),
                                   spaced=True, loose=True)
        finally:
            self.doc.trace = trace
        if nxt is None or own is None or not _place(own) < _place(nxt) < (i, m.start(m.lastindex or 1)):
            return found
        self.doc.fired("apart-before-next-mark", self.doc.lines[own[1]].number)
        return own

    def _numbered_from_one(self, marker: str, found: Located) -> Located | None:
        """zero-marker-not-mark: the candidate found, or None for a marker of digits that opens with a zero
        ("000"): notes are numbered from 1, and such a "note" is a line the wrap opened with a number's last
        group ("… (7 730" / "000 dollars) …"), whose digits found in the text above are the text's own."""
        if not zero_marker(marker):
            return found
        self.doc.fired("zero-marker-not-mark", self.doc.lines[found[1]].number)
        return None

    def _rules(self, marker: str, spaced: bool, loose: bool) -> tuple[_Found, ...]:
        """The mark rules' patterns for a marker in this text's language."""
        return _patterns(marker, self.doc.lang.number_units, spaced, loose, self.doc.lang.spaced_quotes)

    def _locate(self, marker: str, first_line: int, near_foot: bool, spaced: bool, weak: bool, loose: bool,
                whole: bool, ambiguous: bool) -> Located | None:
        held: dict[tuple[int, int, str, int], list[int]] = {}  # (see _holding)
        bound: list[tuple[int, int] | None] = []  # (weak-before-next-marks: computed at the first weak rule)
        for rule, pattern, follows in self._rules(marker, spaced, loose):
            own = self._tried(rule, pattern, marker, near_foot or spaced, weak, ambiguous)
            if own is None:
                continue
            bounded = self._bounded(rule)
            if bounded and not bound:
                bound.append(self.next_marks_bound(marker, first_line))
            starts, end = self.pages, len(self.doc.lines)
            pages = ((range(0, end),) if whole else
                     (range(starts[-1], end), range(starts[-2], starts[-1]) if len(starts) > 1 else range(0)))
            # A number set apart after "paragraph", "resolution", "by"… is that number, not a mark
            # (counted-not-mark).
            exclude = self.doc.lang.endnote_not_after if rule in _LOOSE or rule is MARK_APART else None
            # (every pattern holds the marker as printed: the cheap test below looks for it)
            printed = raised(marker) if rule.name == "mark-raised" else marker
            # (Digits printed raised are a mark wherever they stand — the header's numbers are never
            # raised —: a numbered mark on the title, before the formula, is read too (model 1.2).)
            first = -1 if rule.name == "mark-raised" else first_line
            for page in pages:
                # (Over the whole text the first candidate after the last mark wins: the notes
                # gathered at the end follow their marks in order, and the text goes on past them.)
                lines = self._holding(page, printed, first, held, spaced)
                found = self._rule_on_page(rule, whole, lines, printed, (own, follows), first, exclude,
                                           bound[0] if bounded else None)
                if found is not None:
                    rule, found = self._page_order(rule, marker, (loose, whole), lines, first, found)
                    return self._prefer_apart(rule, marker, first_line, pages, found, not whole)
        return None

    def _loose_before_apart(self, rule: MarkRule, marker: str, loose: bool, lines: list[int], first_line: int,
                            found: tuple[int, re.Match[str]]) -> tuple[MarkRule, tuple[int, re.Match[str]]]:
        """loose-before-apart: mark-apart's candidate on a page ("under subsidiary body 3, on the"), or the loose
        rule's first candidate after the last mark where it stands before it, after punctuation (_after_punctuation:
        "behaviours, 3 submitted pursuant
        to", "responsabilidad\" 14 , aprobadas"): marks come in order, and mark-apart, asked first as the
        tighter pattern, would take a number of the text set apart before a comma further down the page."""
        if rule is not MARK_APART or not loose:
            return rule, found
        patterns = next(((p, f) for r, p, f in self._rules(marker, True, True)
                         if r is MARK_APART_LOOSE), None)
        if patterns is None:
            return rule, found
        # (the marks' ends compared: the loose rule's mark takes the space before it along)
        at = (found[0], found[1].end(found[1].lastindex or 1))
        for i in lines:
            if i > found[0]:
                break
            m = self._line_candidate(i, marker, patterns, self.doc.lang.endnote_not_after)
            if m is not None and (i, m.end(m.lastindex or 1)) < at and _after_punctuation(self.doc.lines[i], m):
                self.doc.fired("loose-before-apart", self.doc.lines[i].number)
                return MARK_APART_LOOSE, (i, m)
        return rule, found

    def _page_order(self, rule: MarkRule, marker: str, asked: tuple[bool, bool], lines: list[int], first_line: int,
                    found: tuple[int, re.Match[str]]) -> tuple[MarkRule, tuple[int, re.Match[str]]]:
        """The candidate a rule found on a page, or the earlier one of a rule of marks set apart that the page's order
        prefers to it (loose-before-apart, mark-apart-after-closing-spaced, spaced-stop-at-line-start-first). asked:
        whether the loose rules were asked, and over the whole text."""
        loose, whole = asked
        page_loose = loose and not whole
        rule, found = self._loose_before_apart(rule, marker, page_loose, lines, first_line, found)
        rule, found = self._closing_before_apart(rule, marker, loose, lines, first_line, found)
        rule, found = self._stop_at_line_start_first(rule, marker, page_loose, lines, first_line, found)
        return self._spaced_stop_on_page(rule, marker, page_loose, first_line, found)

    def _spaced_stop_on_page(self, rule: MarkRule, marker: str, loose: bool, first_line: int,
                             found: tuple[int, re.Match[str]]) -> tuple[MarkRule, tuple[int, re.Match[str]]]:
        """spaced-stop-over-loose-on-page: spaced-stop-over-loose for a note's page — a loose rule's candidate between
        two words ("в размере 21 недели", a count of weeks) gives way to the first mark set apart after a word before
        a comma or full stop set apart after it further on, or at a line's end, the comma opening the next line
        ("подряд 21" / ","), where that one stands before the next note's first such mark: no text sets its own
        number apart from the punctuation after it (counted-before-spaced-stop), while a number between two words is
        as often the text's own as a mark. Taken, the count lost its number and the mark stayed in the text. Serves
        PDF text and block extractions of scripts with spaces that set their raised marks apart. Taken, the guess is
        told (_over_loose_told). The candidate as found otherwise."""
        if not loose:
            return rule, found
        # (the probe's checks are not recorded: they decide nothing unless the answer changes)
        trace, self.doc.trace = self.doc.trace, None
        try:
            later = self._spaced_stop_over_loose(marker, first_line, (rule, *found))
        finally:
            self.doc.trace = trace
        if later is None:
            return rule, found
        self.doc.fired("spaced-stop-over-loose-on-page", self.doc.lines[later[1]].number)
        self._over_loose[(later[1], later[2].start(later[2].lastindex or 1))] = self.doc.lines[found[0]].number
        return later[0], (later[1], later[2])

    def _over_loose_told(self, marker: str, i: int, m: re.Match[str]) -> None:
        """spaced-stop-over-loose-on-page's place taken, and the guess told (text-note-mark-guessed), both lines named:
        a number set apart between two words ("знаков 3 и решения") may be the mark, and a number before the comma
        the wrap set first on the next line ("номер 3" / ",") the text's own — the text cannot tell them apart."""
        passed = self._over_loose.pop((i, m.start(m.lastindex or 1)), None)
        if passed is None:
            return
        line = self.doc.lines[i].number
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {line}, set apart before "
                      f"a comma or full stop; the number set apart between two words at line {passed}, not taken, "
                      "may be it", line)

    def _closing_before_apart(self, rule: MarkRule, marker: str, loose: bool, lines: list[int], first_line: int,
                              found: tuple[int, re.Match[str]]) -> tuple[MarkRule, tuple[int, re.Match[str]]]:
        """mark-apart-after-closing-spaced, asked with mark-apart where the loose rules are not (a text without pages):
        its candidate before mark-apart's ("сотрудничества» 20 ," before "Группой 20," — the Group of 20 — further
        down) wins, as marks come in order and a space before the comma after a number is an extractor's around a
        raised mark. The candidate as found otherwise."""
        if rule is not MARK_APART or loose:
            return rule, found
        patterns = next(((p, f) for r, p, f in self._rules(marker, True, False)
                         if r is MARK_APART_CLOSING_SPACED), None)
        if patterns is None:
            return rule, found
        at = (found[0], found[1].start(found[1].lastindex or 1))
        for i in lines:
            if i > found[0]:
                break
            m = self._line_candidate(i, marker, patterns, self.doc.lang.endnote_not_after)
            if m is not None and (i, m.end(m.lastindex or 1)) <= at:  # (take records the rule)
                return MARK_APART_CLOSING_SPACED, (i, m)
        return rule, found

    def _stop_at_line_start_first(self, rule: MarkRule, marker: str, loose: bool, lines: list[int], first_line: int,
                                  found: tuple[int, re.Match[str]]) -> tuple[MarkRule, tuple[int, re.Match[str]]]:
        """spaced-stop-at-line-start-first: a mark set apart at a line's start before a comma or full stop set apart
        after it ("… operaciones de mantenimiento de la paz" / "7 , a menudo con"), where the wrap put the mark
        first on its line, wins over a candidate of another loose rule further down the page ("18 personas, 7 de
        ellas", a count after a clause's comma): no text sets its own number apart from the comma or stop after it
        — that space is a block extractor's or a PDF's around a raised mark (counted-before-spaced-stop) —, and
        marks come in order. Only the line-edge rule reads a mark at a line's start, and it is asked after the
        others. The candidate as found otherwise."""
        if not loose or rule not in _LOOSE or rule is MARK_APART_EDGE or not _numbered(marker):
            return rule, found
        patterns = (_stop_at_line_start(marker), None)
        at = (found[0], found[1].start(found[1].lastindex or 1))
        for i in lines:
            if i >= at[0]:
                break
            m = self._line_candidate(i, marker, patterns, self.doc.lang.endnote_not_after)
            if m is not None:
                self.doc.fired("spaced-stop-at-line-start-first", self.doc.lines[i].number)
                return MARK_APART_EDGE, (i, m)
            m = self._stop_after_line_end(i, marker)
            if m is not None:
                return MARK_APART_EDGE, (i, m)
        return rule, found

    def _stop_after_line_end(self, i: int, marker: str) -> re.Match[str] | None:
        """spaced-stop-after-line-end-first: a mark set apart at a line's end after a word, the next line opening
        with the comma or full stop set apart after it ("… культурных правах 4" / ", в котором"): the wrap broke
        at the space an extractor left between a raised mark and the punctuation after it — a text's own number
        is never set apart from the comma or stop after it (counted-before-spaced-stop) —, so this candidate wins
        over another loose rule's further down the page ("более 4 миллиардов") as spaced-stop-at-line-start-first's
        does. Serves PDF text extractions that set raised marks apart on both sides."""
        nxt = self.doc.lines[i + 1].view.lstrip() if i + 1 < len(self.doc.lines) else ""
        if _STOP_OPENS.match(nxt) is None:
            return None
        m = self._line_candidate(i, marker, (_mark_ends_line(marker), None), self.doc.lang.endnote_not_after)
        if m is not None:
            self.doc.fired("spaced-stop-after-line-end-first", self.doc.lines[i].number)
        return m

    def _bounded(self, rule: MarkRule) -> bool:
        """Whether a rule's candidate must stand before the next notes' first glued marks: weak-before-next-marks (the
        weak rules of glued marks and the ambiguous strong ones, in a layout that glues its marks — where marks stand
        apart, a digit glued to a word is often the text's own, "article 12 (3)" —; no bound for a mark set apart),
        loose-before-next-marks, symbol-before-next-marks."""
        return (((rule.weak or rule.name in AMBIGUOUS) and not (rule is MARK_APART or rule in _LOOSE)
                 and self.glued > self.apart) or self._loose_bounded(rule) or self._symbol_bounded(rule))

    def _symbol_bounded(self, rule: MarkRule) -> bool:
        """symbol-before-next-marks: where the marks found so far are glued more often than set apart, a candidate of
        mark-after-cited-symbol (a document's symbol that the text cites elsewhere without its last digits, "5/1" + "4",
        where "résolution 5/1" stands elsewhere) must stand before the first of the next notes' marks a strong rule
        finds glued, as weak-before-next-marks asks of the weak rules: the symbol's digits are as often the text's own
        ("résolution 5/14", cited once, "5/1" cited elsewhere), and a look-alike past the next marks ("durable5",
        "présidence7") had every later mark sought past its place — fourteen notes left without their marks, their
        digits in the text. Refused, the note's mark is found between its neighbours once the text is read (a mark
        glued to a name's number, "Action 21" + "4"). Serves layouts that glue their marks and gather the notes away
        from their pages (one paragraph a line, notes at the end; block extractions without page furniture)."""
        return rule.name == _CITED_SYMBOL and self.glued > self.apart

    def _loose_bounded(self, rule: MarkRule) -> bool:
        """loose-before-next-marks: in a text whose marks were all found glued, a candidate of the loose rules (a
        number set apart on both sides, "con 7 contratistas") must stand before the first of the next notes' marks
        a strong rule finds glued, as weak-before-next-marks asks of the weak rules: marks come in order, and a
        look-alike past the next marks ("… queremos\"8" before it) would have every later mark sought past its
        place. Refused, the note's mark is sought between its neighbours' once the text is read (a mark glued to a
        name's number, "Programa 21" + "7" + ","). Serves glued layouts whose notes stand together on a page that
        holds the running text too (a block extraction's notes after the closing, no page furniture)."""
        return rule in _LOOSE and self.apart == 0 and self.glued > 1

    def _rule_on_page(self, rule: MarkRule, whole: bool, lines: list[int], printed: str,
                      patterns: tuple[re.Pattern[str], re.Pattern[str] | None], first_line: int,
                      exclude: frozenset[str] | None, bound: tuple[int, int] | None
                      ) -> tuple[int, re.Match[str]] | None:
        """A rule's candidate on a page: its first or its last (_last_wins)."""
        last_wins = self._last_wins(rule, whole)
        found = self._on_page(lines, printed, patterns, first_line, last_wins, exclude, bound, _bound_rule(rule))
        if found is not None and rule.weak and not whole and not last_wins:
            self._first_on_page(lines, printed, patterns, first_line, exclude, found)
        if found is not None and last_wins and rule is MARK_APART:
            found = self._spaced_first(lines, printed, patterns, first_line, exclude, bound, found)
        if found is not None and not rule.weak and not whole and not last_wins:
            found = self._counted_glued_gives_way(lines, printed, patterns, (first_line, exclude), found)
        return found

    def _counted_glued_gives_way(self, lines: list[int], printed: str,
                                 patterns: tuple[re.Pattern[str], re.Pattern[str] | None],
                                 asked: tuple[int, frozenset[str] | None],
                                 found: tuple[int, re.Match[str]]) -> tuple[int, re.Match[str]]:
        """counted-glued-gives-way: in a script without spaces, a strong rule's first candidate on a page whose digits
        are glued after a word of the table's endnotes.glued_counts ("可持续发展目标3，", Goal 3) gives way to the
        rule's next candidate on the page glued after no such word ("…的进展情况”3 及其"): such digits are the
        text's number far more often than a mark ("目标" + a mark, the Goals as a whole, is rarer), and a mark
        glued after a closing quote or a clause's punctuation is no number. Taken, the goal's number left the
        text and the mark was left in it. The candidate as found where no other stands after it on the page — before
        the first of the next notes' marks a strong rule finds glued (weak-before-next-marks' bound), and as the
        rule's checks allow (asked: the first line searched, the words after which a number is counted): a later
        candidate past the next mark ("附件3" after "说明4") took a number of the text and left the next mark."""
        counts = self.doc.lang.glued_counts
        if not counts or not self.after_count(found, counts):
            return found
        first_line, exclude = asked
        bound = self.next_marks_bound(printed, first_line)
        kept, self.last = self.last, (found[0], found[1].start(found[1].lastindex or 1))
        trace, self.doc.trace = self.doc.trace, None
        try:
            later = self._on_page([i for i in lines if i >= found[0]], printed, patterns, first_line, False, exclude,
                                  bound)
            while later is not None and self.after_count(later, counts):
                self.last = (later[0], later[1].start(later[1].lastindex or 1))
                later = self._on_page([i for i in lines if i >= later[0]], printed, patterns, first_line, False,
                                      exclude, bound)
        finally:
            self.last, self.doc.trace = kept, trace
        if later is None:
            later = self._apart_after_count(lines, printed, (first_line, exclude), bound, found)
            if later is not None:
                line, glued = self.doc.lines[later[0]].number, self.doc.lines[found[0]].number
                self.doc.fired("counted-glued-gives-way-apart", line)
                # (a guess: an extractor sets a number of the text in another font apart too, "附件 2")
                self.doc.warn("text-note-mark-guessed", f"note {printed!r}: its mark is taken at line {line}, set "
                              f"apart; the {printed!r} glued after a counting word at line {glued}, not taken, may be "
                              "it", line)
                return later
            return found
        self.doc.fired("counted-glued-gives-way", self.doc.lines[later[0]].number)
        return later

    def _apart_after_count(self, lines: list[int], printed: str, asked: tuple[int, frozenset[str] | None],
                           bound: tuple[int, int] | None,
                           found: tuple[int, re.Match[str]]) -> tuple[int, re.Match[str]] | None:
        """counted-glued-gives-way-apart: serves text of a script without spaces whose extractor set the raised marks
        apart ("…的进展情况” 3 及其", a block extractor's spaces around a raised digit). Where a strong rule's candidate
        is glued after a word of the table's endnotes.glued_counts ("可持续发展目标3，", Goal 3) and no glued candidate
        stands after it on the page, the first candidate of the rules of marks set apart (mark-apart, then
        mark-apart-loose) after it on the page, before the next notes' first glued marks, wins: in a text of
        ideographs a number of the text is never set apart by spaces on both sides — the space stands where a
        mark was raised —, while a counted word calls for the digits glued to it. Its checks as the rule's (a
        number set apart after a word that counts it is the number: asked's words). None where there is none. Taken,
        the mark is a guess, told (text-note-mark-guessed): an extractor sets a number of the text printed in another
        font apart as well ("附件 2 所列")."""
        lg = self.doc.lang
        # (digits printed raised, "²", are a mark wherever they stand: never sought set apart)
        if lg.script.spaced or not printed.isascii():
            return None
        first_line, _ = asked
        kept, self.last = self.last, (found[0], found[1].start(found[1].lastindex or 1))
        trace, self.doc.trace = self.doc.trace, None
        try:
            for rule in (MARK_APART, MARK_APART_LOOSE):
                patterns = next(((p, f) for r, p, f in self._rules(printed, True, True) if r is rule), None)
                if patterns is None or patterns[0] is _NEVER:
                    continue
                later = self._on_page([i for i in lines if i >= found[0]], printed, patterns, first_line, False,
                                      lg.endnote_not_after, bound)
                if later is not None and not self.after_count(later, lg.glued_counts):
                    return later
        finally:
            self.last, self.doc.trace = kept, trace
        return None

    def after_count(self, found: tuple[int, re.Match[str]], counts: tuple[str, ...]) -> bool:
        """Whether a candidate's digits stand glued right after a word of the table's endnotes.glued_counts — in a
        script without spaces, whose wrap falls between any two characters, the word's start may end the line before
        ("…可持续发展目" / "标3，…": the word the wrap cut, read whole)."""
        i, m = found
        ln = self.doc.lines[i]
        view = ln.view if ln.marks else ln.text
        before = view[:m.start(m.lastindex or 1)]
        if i > 0 and not self.doc.lang.script.spaced and len(before.strip()) < max(map(len, counts)):
            above = self.doc.lines[i - 1]
            before = (above.view if above.marks else above.text).rstrip() + before.lstrip()
        return before.endswith(counts)

    def _spaced_first(self, lines: list[int], printed: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None],
                      first_line: int, exclude: frozenset[str] | None, bound: tuple[int, int] | None,
                      found: tuple[int, re.Match[str]]) -> tuple[int, re.Match[str]]:
        """apart-spaced-first-on-page: mark-apart's first candidate on a page after the last mark, where a space
        stands between it and the comma or full stop after it ("comportement responsable 3 , présenté"), wins over
        the page's last ("l'organe subsidiaire 3, sur"): a text's own number is never set apart from the comma
        or stop after it — that space is a block extractor's or a PDF's around a raised mark —, and marks come
        in order. The page's last candidate as found otherwise."""
        # (the probe's checks are not recorded: the page was read through already)
        trace, self.doc.trace = self.doc.trace, None
        try:
            first = self._on_page(lines, printed, patterns, first_line, False, exclude, bound)
        finally:
            self.doc.trace = trace
        if first is None or (first[0], first[1].start()) == (found[0], found[1].start()):
            return found
        ln = self.doc.lines[first[0]]
        if _SPACED_STOP.match(ln.view if ln.marks else ln.text, first[1].end(first[1].lastindex or 1)) is None:
            return found
        self.doc.fired("apart-spaced-first-on-page", ln.number)
        return first

    def _last_wins(self, rule: MarkRule, whole: bool) -> bool:
        """Whether a rule's last candidate on a page wins, not its first: a weak rule's, as lists of resolution
        numbers are full of look-alikes of a mark glued to a document number — but not the loose rule's
        (loose-first-on-page): a mark set apart between two words stands where the sentence it marks ends
        ("Tlatelolco 9 to review", "года 2 и"), and the text's own numbers set apart between words further down
        the page ("action 9 of", "ниже 2 градусов", "разделу 1 сметы") are as many as above it, while marks come
        in order — the first candidate after the last mark is the one its note marks."""
        return rule.weak and not whole and rule is not MARK_APART_LOOSE

    def _first_on_page(self, lines: list[int], printed: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None],
                       first_line: int, exclude: frozenset[str] | None, found: tuple[int, re.Match[str]]) -> None:
        """Records loose-first-on-page where the page's last candidate stands past the first one taken."""
        # (the page read again to its end: the checks' decisions on the lines past the first candidate are recorded,
        # those the first reading recorded are not recorded twice)
        trace = self.doc.trace
        seen = set(trace or ())
        again: list[tuple[str, int]] = []
        self.doc.trace = again if trace is not None else None
        try:
            last = self._on_page(lines, printed, patterns, first_line, True, exclude)
        finally:
            self.doc.trace = trace
        if trace is not None:
            trace.extend(d for d in dict.fromkeys(again) if d not in seen)
        if last is not None and (last[0], last[1].start()) != (found[0], found[1].start()):
            self.doc.fired("loose-first-on-page", self.doc.lines[found[0]].number)

    def _prefer_apart(self, rule: MarkRule, marker: str, first_line: int, pages: tuple[range, ...],
                      found: tuple[int, re.Match[str]], line_end: bool = False) -> Located:
        """The candidate a rule found, or the mark set apart that apart-before-glued-ideographs prefers to it."""
        apart = self._apart_before_glued(rule, marker, first_line, pages, found, line_end)
        if apart is None:
            apart = self._spaced_stop_before_ambiguous(rule, marker, first_line, pages, found)
        return (rule, *found) if apart is None else apart

    def _spaced_stop_before_ambiguous(self, rule: MarkRule, marker: str, first_line: int, pages: tuple[range, ...],
                                      found: tuple[int, re.Match[str]]) -> Located | None:
        """spaced-stop-before-ambiguous: in a script with spaces, where no mark was found glued yet, a mark set apart
        after a word and before a comma or full stop set apart after it ("… et le développement 1 , Action 21") that
        stands before the candidate of a strong rule whose candidates are often the text's own digits (mark-after-
        number: "la cible 12.1 ;", a target's number) on the pages searched is the mark: no text sets its own number
        apart from the punctuation after it (counted-before-spaced-stop) — that space is a block extractor's or a
        PDF's around a raised mark —, and marks come in order. Taken, the target's digit left the text, the real mark
        stayed in it, and every later mark was sought past it. None where no such mark stands before it."""
        if rule.name not in AMBIGUOUS or self.glued or not self.doc.lang.script.spaced or not marker.isdigit():
            return None
        patterns = (_spaced_stop_apart(marker), None)
        stop = (found[0], found[1].start(found[1].lastindex or 1))
        held: dict[tuple[int, int, str, int], list[int]] = {}
        best: Located | None = None
        for page in pages:
            for i in self._holding(page, marker, first_line, held, True):
                m = self._line_candidate(i, marker, patterns, self.doc.lang.endnote_not_after)
                if m is not None and (i, m.start(1)) < stop:
                    stop, best = (i, m.start(1)), (MARK_APART, i, m)
                    break
        if best is not None:
            self.doc.fired("spaced-stop-before-ambiguous", self.doc.lines[best[1]].number)
        return best

    def _apart_may_win(self, rule: MarkRule, marker: str) -> bool | None:
        """Whether apart-before-glued-ideographs asks for a mark set apart instead of a rule's candidate: before it
        (False), anywhere on the pages searched (True: a digit between ideographs where the marks stand apart), or
        not at all (None)."""
        if rule is MARK_APART or rule in _LOOSE or rule.weak or rule.name == "mark-raised":
            return None
        if self.doc.lang.script.spaced or not marker.isdigit():
            return None
        if rule.name in AMBIGUOUS and self.apart > self.glued:
            return True
        return None if self.glued else False

    def _apart_before_glued(self, rule: MarkRule, marker: str, first_line: int, pages: tuple[range, ...],
                            found: tuple[int, re.Match[str]], line_end: bool = False) -> Located | None:
        """apart-before-glued-ideographs: in a script written without spaces, where no mark was found glued yet, a
        mark set apart on both sides ("报告 1 和", "》 1 是") that stands before the candidate a rule of glued marks
        found on the pages searched ("提案1 (在…", "目标1" at a page's end, a number the page break cut) is the
        mark: a space on each side of digits inside a text of ideographs is where a block extractor set a raised
        mark apart, and the text's own numbers are glued to their words — the glued candidate past it would have
        every later mark sought past its place. Where the marks found stand apart more often than not, a digit
        between two ideographs (mark-between-ideographs: "目标7加强", goal 7) gives way to such a mark anywhere on
        the pages searched. None where no such mark stands there."""
        # (A digit between two ideographs, where the marks found stand apart more often than not, gives way to a
        # mark set apart anywhere on the pages searched, after it too: "目标7加强", "规定， 7 鼓励" below it.)
        anywhere = self._apart_may_win(rule, marker)
        counted = anywhere is None and self._counted_may_give_way(rule, marker, found)
        if anywhere is None and not counted:
            return None
        if counted:  # (a digit between ideographs after the count, "目标3所作", gives way anywhere on the pages)
            anywhere = rule.name in AMBIGUOUS
        stop = (len(self.doc.lines), 0) if anywhere else (found[0], found[1].start(found[1].lastindex or 1))
        exclude = self.doc.lang.endnote_not_after
        held: dict[tuple[int, int, str, int], list[int]] = {}
        best: Located | None = None
        # (before a closing bracket or quote too, "《布里奇顿协定》 10 )", which elsewhere is sought between two marks
        # only: spaces around digits inside a text of ideographs are a raised mark's wherever they stand)
        rules = self._rules(marker, True, True) + _before_closing(marker)
        for apart, pattern, follows in rules:
            for page in pages:
                for i in self._holding(page, marker, first_line, held, True):
                    m = self._line_candidate(i, marker, (pattern, follows), exclude)
                    at = (i, m.start(m.lastindex or 1)) if m is not None else stop
                    if m is not None and at < stop and self._apart_placed(i, m, line_end):
                        stop, best = at, (apart, i, m)
                        break
        if best is not None:
            name = "apart-before-counted-glued" if counted else "apart-before-glued-ideographs"
            self.doc.fired(name, self.doc.lines[best[1]].number)
        return best

    def _counted_may_give_way(self, rule: MarkRule, marker: str, found: tuple[int, re.Match[str]]) -> bool:
        """apart-before-counted-glued: apart-before-glued-ideographs asks for a mark set apart before a strong rule's
        candidate where marks were found glued already too, when that candidate's digits stand glued after a word of
        the table's endnotes.glued_counts ("“空间2030”议程 3 的总体目标2，", goal 2): such digits are a counted
        thing's number far more often than a mark (counted-glued-gives-way), and a mark set apart on both sides
        before them ("议程》、 2 特别是") is where an extractor set a raised mark apart. (Marks of one text found
        both ways, "决议1 中" and "议程》、 2 特别": taken, the goal's number left the text and the mark stayed.)"""
        counts = self.doc.lang.glued_counts
        if (not counts or self.doc.lang.script.spaced or not marker.isdigit() or rule is MARK_APART
                or rule in _LOOSE or rule.weak or rule.name == "mark-raised"):
            return False
        return self.after_count(found, counts)

    def _apart_placed(self, i: int, m: re.Match[str], line_end: bool = True) -> bool:
        """Whether a mark set apart on line i may stand before a glued candidate (apart-before-glued-ideographs):
        inside its line (_inside), or at its end after an ideograph and a clause's punctuation ("合作的报告， 1" at a
        paragraph's end: stop-apart-before-glued) — no number of a text of ideographs stands set apart after its
        clause's punctuation, and the wrap cuts none there: a number's digits stand glued to each other. Not
        (line_end False) over the whole text, for notes gathered after the closing: there the rules of marks set
        apart are asked in their own right beside the glued ones (notes-after-closing-first), and a mark set apart
        returned for a glued search would be read as the layout's glued marks."""
        view = self.doc.lines[i].view
        if _inside(view, m):
            return True
        if not line_end:
            return False
        g = m.lastindex or 1
        at = m.start(g) + len(m.group(g)) - len(m.group(g).lstrip())  # (the digits, the space taken along or not)
        line = view.rstrip()
        ends = (m.end(g) == len(line) and view[at - 1:at] == " "
                and _after_ideograph_stop().match(line, m.end(g)) is not None)
        if ends:
            self.doc.fired("stop-apart-before-glued", self.doc.lines[i].number)
        return ends

    def next_marks_bound(self, marker: str, first_line: int) -> tuple[int, int] | None:
        """weak-before-next-marks: where the first of the next notes' marks stands that a strong rule finds
        glued (a line and a position in its view): a candidate for this note's mark by a weak rule or an
        ambiguous strong one (AMBIGUOUS) must stand before it, as marks come in order through the text. A
        look-alike past it — "71/23" + "2" in a list of resolutions pages on, where "Action 21" + "2" stood
        before the next note's "développement durable4"; a decimal, "less than 2.15 United States dollars",
        where "2017" + "15" stood before "2020" + "16" — would have every later mark sought past its place.
        The next NEXT_MARKS_AHEAD notes are asked: their marks may be glued to numbers too, which no strong
        rule takes ("Action 21" + "3"). None where no strong rule finds one of them (or the marker is no
        number)."""
        # (the marker as a rule prints it: raised digits, "³", as mark-raised looks for them, are the note's "3")
        marker = marker.translate(_LOWERED)
        if not marker.isdecimal():
            return None
        spots = [(found[1], found[2].start(found[2].lastindex or 1))
                 for k in range(1, NEXT_MARKS_AHEAD + 1)
                 if (found := self.earliest_glued(str(int(marker) + k), first_line)) is not None]
        return min(spots, default=None)

    def _tried(self, rule: MarkRule, pattern: re.Pattern[str], marker: str, near_foot: bool, weak: bool,
               ambiguous: bool) -> re.Pattern[str] | None:
        """The pattern a rule looks for the marker by where `locate` asks it (None: not tried there) —
        mark-after-cited-symbol's, the text's own."""
        if (rule.near_foot and not near_foot) or (rule.weak and not weak) or (not ambiguous and rule.name in AMBIGUOUS):
            return None
        if pattern is not _NEVER:
            return pattern
        cited = self.cited_pattern(marker)
        return None if cited is not None and self._symbol_stands_back(cited) else cited

    def _fired_once(self, rule: str, line: int) -> None:
        """Records a rule's decision on a line once, however many search passes meet it."""
        if self.doc.trace is not None and (rule, line) not in self.doc.trace:
            self.doc.fired(rule, line)

    def _symbol_stands_back(self, cited: re.Pattern[str]) -> bool:
        """cited-symbol-apart-stands-back: in a text whose marks were all found set apart (none glued yet), the rule
        mark-after-cited-symbol stands back: the layout sets its marks apart, and digits glued to a document's symbol
        are the symbol's own ("решение X/29," where "X/2" is cited elsewhere: two decisions of one session), as a digit
        glued to a word is the text's where marks stand apart (marks-apart-throughout). Taken, the symbol lost its last
        digit and the mark sat far past its place; every later note's mark was then sought past it (unreferenced
        notes, warned). Where the note's mark is found nowhere else it stays unreferenced, told. Serves block
        extractions and one-paragraph-a-line texts that keep the spaces around a raised mark, notes at the end.
        Recorded once, at the line of the symbol it leaves whole (the first past the last mark taken)."""
        if self.glued or not self.apart:
            return False
        for ln in self.doc.lines[max(self.last[0], 0):]:
            if cited.search(ln.text):
                self._fired_once("cited-symbol-apart-stands-back", ln.number)
                break
        return True

    def earliest(self, marker: str, first_line: int = -1, spaced: bool = False, loose: bool = False
                 ) -> tuple[Located | None, bool]:
        """whole-text-earliest: over the whole text from the last mark on, the candidate of the page-foot rules
        (glued, or with spaced and loose, set apart) on the first line that holds one, whichever rule finds
        it — not the first rule's first candidate, which may stand pages after another rule's ("mercredi 3
        et" found by mark-apart-loose before "… du développement 3" at a line's end, which only
        mark-apart-at-line-edge reads): notes gathered at the end follow their marks in order
        (notes-after-closing-first). On that line, the stronger rule's candidate. Also whether a later
        rule's candidate stood before the first rule's (the rule changed the answer)."""
        best: Located | None = None
        moved = False
        if zero_marker(marker):  # (zero-marker-not-mark)
            return best, moved
        held: dict[tuple[int, int, str, int], list[int]] = {}
        # (on one line, the stronger rule's candidate wins: "los días 10 y 11 … sobre la Migración 10 ,", where
        # the loose rule reads the day's number before the mark set apart before its comma)
        for rule, pattern, follows in self._rules(marker, spaced, loose):
            if rule.weak and not spaced:
                continue
            exclude = self.doc.lang.endnote_not_after if rule in _LOOSE or rule is MARK_APART else None
            printed = raised(marker) if rule.name == "mark-raised" else marker
            first = -1 if rule.name == "mark-raised" else first_line
            lines = self._holding(range(0, len(self.doc.lines)), printed, first, held, spaced)
            found = self._on_page(lines, printed, (pattern, follows), first, False, exclude)
            if found is not None and (best is None or found[0] < best[1] or self._spaced_stop_on_line(found, best)):
                moved = best is not None
                best = (rule, found[0], found[1])
        if best is not None and spaced and (stop := self._spaced_stop_over_loose(marker, first_line, best)) is not None:
            return stop, True
        return best, moved

    def _spaced_stop_on_line(self, found: tuple[int, re.Match[str]], best: Located) -> bool:
        """spaced-stop-first-on-line: on the line of the stronger rule's candidate, a weaker rule's candidate before it
        that stands set apart from the comma or full stop after it ('responsabilidad" 14 , aprobadas' before
        'Desarrollo Sostenible 14: "Conservar', mark-apart's "sesiones 7," form) wins, where the stronger's is not so
        set apart: no text sets its own number apart from the comma after it (counted-before-spaced-stop) — the space
        is a block extractor's or a PDF's around a raised mark —, while a number glued to its comma after a word is as
        often the text's own ("Goal 14:"). Block extractions give a paragraph one line, and the stronger rule's
        candidate on it may stand past the mark."""
        if found[0] != best[1]:
            return False
        line = self.doc.lines[found[0]]
        view = line.view if line.marks else line.text
        end, other = found[1].end(found[1].lastindex or 1), best[2].start(best[2].lastindex or 1)
        if end > other or not _SPACED_STOP.match(view, end) or _SPACED_STOP.match(view, best[2].end(
                best[2].lastindex or 1)):
            return False
        self.doc.fired("spaced-stop-first-on-line", line.number)
        return True

    def _spaced_stop_over_loose(self, marker: str, first_line: int, best: Located) -> Located | None:
        """spaced-stop-over-loose: over the whole text, a loose rule's earliest candidate between two words ("la
        prioridad temática 5 de UNISPACE+50", a thematic priority's number) gives way to the first mark set apart
        after a word before a comma or full stop set apart after it further on ("plan de trabajo plurianual 5 ,")
        where that one stands before the next note's first such mark: no text sets its own number apart from the
        punctuation after it (counted-before-spaced-stop), while a number between two words is as often the text's
        own as a mark (loose-before-apart), and marks come in order. None where the candidate stands after
        punctuation, or no such mark follows it before the next note's."""
        rule, i, m = best
        if (rule not in _LOOSE or _after_punctuation(self.doc.lines[i], m) or not marker.isdigit()
                or not self.doc.lang.script.spaced):
            return None
        at = (i, m.end(m.lastindex or 1))
        stop = self._first_spaced_stop(marker, first_line, at)
        if stop is None:
            return None
        after = self._first_spaced_stop(str(int(marker) + 1), first_line, at)
        if after is not None and _place(after) <= _place(stop):
            return None
        self.doc.fired("spaced-stop-over-loose", self.doc.lines[stop[1]].number)
        return stop

    def _first_spaced_stop(self, marker: str, first_line: int, at: tuple[int, int]) -> Located | None:
        """spaced-stop-over-loose's candidate: the first mark set apart before a spaced comma or stop after `at`."""
        patterns = (_spaced_stop_apart(marker), None)
        for i in range(max(at[0], first_line, 0), len(self.doc.lines)):
            if marker not in self.doc.lines[i].text:
                continue
            # (past `at` on its line, every later candidate is asked the checks too)
            m = self._line_candidate(i, marker, patterns, self.doc.lang.endnote_not_after, at[1] if i == at[0] else 0)
            if m is not None:
                return MARK_APART, i, m
            m = self._stop_after_line_end(i, marker)
            if m is not None and (i, m.start(m.lastindex or 1)) >= at:
                return MARK_APART_EDGE, i, m
        return None

    def apart_before_punctuation(self, marker: str, first_line: int = -1) -> Located | None:
        """glued-note-apart-after-closing's candidate: over the whole text from the last mark on, the candidate of
        mark-apart or mark-apart-after-closing — a mark set apart after a word or after a closing quote or bracket,
        before the clause's punctuation ("“Pacto de Bridgetown” 11,") — on the first line that holds one (on that
        line, mark-apart's). None where neither rule finds one."""
        best: Located | None = None
        held: dict[tuple[int, int, str, int], list[int]] = {}
        exclude = self.doc.lang.endnote_not_after
        for rule, pattern, follows in self._rules(marker, True, True):
            if rule is not MARK_APART and rule is not MARK_APART_CLOSING_PUNCTUATION:
                continue
            lines = self._holding(range(0, len(self.doc.lines)), marker, first_line, held, True)
            found = self._on_page(lines, marker, (pattern, follows), first_line, False, exclude)
            if found is not None and (best is None or found[0] < best[1]):
                best = (rule, found[0], found[1])
        return best

    def earliest_glued(self, marker: str, first_line: int = -1) -> Located | None:
        """glued-earliest: over the whole text from the last mark on, the candidate of the strong rules (glued:
        mark-glued, mark-after-year…; not the ambiguous ones, a digit between ideographs or after a number's
        punctuation) on the first line that holds one, whichever rule finds it — not the first rule's first
        candidate, which may stand pages after another rule's ("décision SSA2(5)" found by mark-glued after
        "à l’horizon 20302," that only mark-after-year reads): notes gathered at the end follow their marks in
        order (notes-after-closing-glued). On that line, the stronger rule's candidate. A mark printed raised is the
        mark wherever it stands (mark-raised: no text raises its digits otherwise): found, it wins over a glued digit
        on an earlier line ("可持续发展目标3，" above the raised "³" a Markdown extraction gives)."""
        best: Located | None = None
        held: dict[tuple[int, int, str, int], list[int]] = {}
        for rule, pattern, follows in self._rules(marker, False, False):
            if rule.weak or rule.name in AMBIGUOUS or pattern is _NEVER:
                continue
            printed = raised(marker) if rule.name == "mark-raised" else marker
            first = -1 if rule.name == "mark-raised" else first_line
            lines = self._holding(range(0, len(self.doc.lines)), printed, first, held)
            found = self._on_page(lines, printed, (pattern, follows), first, False)
            if found is not None and rule.name == "mark-raised":
                return rule, found[0], found[1]
            if found is not None and (best is None or found[0] < best[1]):
                best = (rule, found[0], found[1])
        return best

    def earliest_uncounted(self, marker: str, first_line: int = -1) -> Located | None:
        """counted-glued-gives-way-earliest: glued-earliest's candidate, where its digits stand glued after a word of
        the table's endnotes.glued_counts ("可持续发展目标3，", Goal 3), gives way as counted-glued-gives-way has a
        page's give way: to that rule's next candidate over the text, glued after no such word, before the first of
        the next notes' marks ("…的进展情况”3 及其"). Notes gathered after the closing have their marks sought over
        the whole text from the last mark on, and the goal's number, met first, was taken. The candidate as found
        otherwise."""
        found = self.earliest_glued(marker, first_line)
        if found is None or not self.doc.lang.glued_counts:
            return found
        rule, i, m = found
        patterns = next(((p, f) for r, p, f in self._rules(marker, False, False) if r is rule), None)
        if patterns is None or patterns[0] is _NEVER:
            return found
        printed = raised(marker) if rule.name == "mark-raised" else marker
        first = -1 if rule.name == "mark-raised" else first_line
        lines = self._holding(range(0, len(self.doc.lines)), printed, first, {})
        later = self._counted_glued_gives_way(lines, printed, patterns, (first, None), (i, m))
        if later == (i, m):
            return found
        self.doc.fired("counted-glued-gives-way-earliest", self.doc.lines[later[0]].number)
        return rule, later[0], later[1]

    def _holding(self, page: range, printed: str, first_line: int, held: dict[tuple[int, int, str, int], list[int]],
                 spaced: bool = False) -> list[int]:
        """The lines of a page, from the last mark found and first_line on, whose text holds the marker
        as printed (every mark pattern holds it): read once for all the rules that look for one mark,
        which then look at these lines only (held: those read so far, by page, marker and first line).
        Marks set apart are not looked for in the closing block (closing-holds-no-mark)."""
        key = (page.start, page.stop, printed, first_line)
        if key not in held:
            lines = self.doc.lines
            closing = self.closing if spaced else ()
            held[key] = [i for i in range(max(page.start, self.last[0], first_line), page.stop)
                         if printed in lines[i].text and i not in closing]
        return held[key]

    def _on_page(self, page: range | list[int], marker: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None],
                 first_line: int, last_wins: bool, exclude: frozenset[str] | None = None,
                 bound: tuple[int, int] | None = None, bounded: str = _WEAK_BOUND) -> tuple[int, re.Match[str]] | None:
        """The candidate of one rule on a page (its first, or with last_wins its last) that no check rejects
        and that stands before bound (weak-before-next-marks; bounded: the rule that bounds the candidate, traced where
        it refuses one: loose-before-next-marks, symbol-before-next-marks), if any."""
        after_line = self.last[0]
        found = None
        for i in page:
            if i < after_line or i < first_line:
                continue
            m = self._line_candidate(i, marker, patterns, exclude)
            if m and bound is not None and (i, m.start(m.lastindex or 1)) >= bound:
                self.doc.fired(bounded, self.doc.lines[i].number)
                break
            if m:
                found = (i, m)
                # A mark glued to a document number is weak evidence, and lists of resolution
                # numbers are full of look-alikes: there the last candidate before the foot wins.
                if not last_wins:
                    break
        return found

    def _line_candidate(self, i: int, marker: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None],
                        exclude: frozenset[str] | None, before: int = 0) -> re.Match[str] | None:
        """The first candidate of a rule on line i (after the last mark found, and not before column `before`)
        that no check rejects."""
        pattern, follows = patterns
        after_line, after_col = self.last
        lines = self.doc.lines
        ln = lines[i]
        # Every pattern holds the marker itself: a cheap test first (not in the text, not in the view).
        if marker not in ln.text:
            return None
        view = ln.view if ln.marks else ln.text
        if marker not in view:
            return None
        nxt = lines[i + 1].view if i + 1 < len(lines) else ""
        m = _search(pattern, follows, view, after_col + 1 if i == after_line else 0)
        if m is None and pattern in _OVER_BREAK:
            m = self._run_over_break(i, view, nxt, patterns, after_col + 1 if i == after_line else 0)
        tokens = Tokens(view)
        # (A mark at a line's start has the line before's last word before it.)
        prev = lines[i - 1].view if i else ""
        while m and (m.start(m.lastindex or 1) < before or self._no_date_at_break(pattern, m, view, nxt)
                     or self._rejected(view, m.start(m.lastindex or 1), nxt, tokens, exclude, ln.number, prev,
                                       m.end(m.lastindex or 1), pattern)):
            m = _search(pattern, follows, view, m.start(m.lastindex or 1) + 1)
        return m

    def _no_date_at_break(self, pattern: re.Pattern[str], m: re.Match[str], view: str, nxt: str) -> bool:
        """mark-apart-before-date-at-break, asked of every candidate of its patterns: whether the next line does not
        go on with the date (or a counting word stands before the mark)."""
        span = (m.start(m.lastindex or 1), m.end(m.lastindex or 1))
        return pattern in _AT_BREAK and not date_at_break(self.doc.lang, view, span, nxt)

    def _run_over_break(self, i: int, view: str, nxt: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None],
                        pos: int) -> re.Match[str] | None:
        """listed-run-over-break: mark-listed-in-sequence where the wrap cut the list after the run's first mark
        ("… períodos de sesiones 49" + "1" + "," / "54" + "2" + ", 59" + "3" + " y 64" + "4" + ","), the list's next
        numbers read on the next line: the notes' numbers in sequence say it as they do on one line. Only a mark that
        ends its line's view (and the punctuation after it) is taken so; the match's positions are the line's."""
        if not nxt:
            return None
        m = _search(patterns[0], patterns[1], f"{view.rstrip()} {nxt.lstrip()}", pos)
        if (m is None or m.end(m.lastindex or 1) > len(view.rstrip())
                or _LINE_RUN_END.fullmatch(view, m.end(m.lastindex or 1)) is None):
            return None
        self.doc.fired("listed-run-over-break", self.doc.lines[i].number)
        return m

    def _listed_symbol_fits(self, view: str, prev: str, number: int) -> bool:
        """listed-symbol-at-line-start, asked where the line-start rules took the candidate: where only that rule
        reads it, the paragraph's lines above (up to a blank line) must hold a symbol of the same shape ("1/7 of",
        the list's earlier resolution) — a list of symbols, not a mixed number ("… in most harbours," / "3 5/16
        inches"). Fires where it holds (between-symbols-at-line-start where the line before ends with a symbol's
        comma: the list's earlier symbol stands there)."""
        if symbol_comma_at_line_start(view, prev):
            self.doc.fired("between-symbols-at-line-start", number)
            return True
        if not listed_symbol_at_line_start(view, prev):
            return True
        if not _symbol_listed_above(self.doc.stripped, number - 1):
            return False
        self.doc.fired("listed-symbol-at-line-start", number)
        return True

    def _rejected(self, view: str, start: int, nxt: str, tokens: Tokens, exclude: frozenset[str] | None,
                  number: int, prev: str = "", end: int = -1, pattern: re.Pattern[str] | None = None) -> bool:
        """Whether a candidate found by a mark pattern at `start` (ending at `end`) is no mark after all (pattern: the
        rule's, for the checks of one rule's candidates: count-not-name)."""
        units = self.doc.lang.number_units
        if (not plausible(view, start, nxt, tokens, units)
                or not apart_number_at_line_end(view, start, nxt, self.noted())
                or self._across_break(view, (start, end), nxt, prev, number)):
            return True
        self._trace_cut_break(view, start, nxt, number)
        if self._cut_number(view, start, nxt, number):
            return True
        if self._text_number_around(view, (start, end), prev, number):
            return True
        if self._label_or_count(view, start, end, prev, number, pattern):
            return True
        if exclude is None:
            return False
        if end >= 0 and self._date_day(view, start, end, nxt, number):
            return True
        if start == 0:  # (at a line's start, the line before has the word before the mark; a date is none)
            return self._line_start_rejected(view, exclude, number, prev)
        if end >= 0 and after_symbol_word(self.doc.lang, view, start, end):
            self.doc.fired("mark-after-symbol-word", number)
            return False
        if self._count_undone(view, start, end, number, nxt):
            return False
        return self._counted(view, start, exclude, number, prev)

    def _trace_cut_break(self, view: str, start: int, nxt: str, number: int) -> None:
        """In the trace: a candidate that ends its line before a line opening with digits, taken all the same as a mark
        after a year's comma, a word's stop or a symbol's comma, or before a month it would make none of (plausible)."""
        lg = self.doc.lang
        if not cut_by_break(view, start, nxt, lg.number_units):
            return
        # (each exemption by its own test: a candidate that passed plausible by none of them is traced under none)
        tests = (("mark-after-stop-at-break", lambda: after_word_stop(view, start)),
                 ("mark-after-year-comma", lambda: after_year_comma(view, start)),
                 ("mark-after-symbol-semicolon", lambda: symbol_semicolon(view, start)),
                 ("mark-after-symbol-comma-at-break", lambda: after_symbol_comma(view, start, nxt)),
                 ("mark-before-month-at-break", lambda: month_after_break(lg.number_units, view, start, nxt)),
                 ("mark-glued-word-at-break", lambda: glued_word_at_break(view, start, nxt)))
        rule = next((name for name, test in tests if test()), None)
        if rule is not None:
            self.doc.fired(rule, number)

    def _label_number(self, view: str, start: int, end: int, prev: str, number: int) -> bool:
        """label-number-not-mark, the lines around the candidate's (line `number`) read for the list's other labels."""
        if end < 0 or view[end:end + 1] not in _COLONS:  # (the cheap test first)
            return False
        lines = self.doc.lines
        at = bisect_left([ln.number for ln in lines], number)
        around = lines[max(0, at - LABEL_LIST_REACH):at + LABEL_LIST_REACH + 1]
        near = [(ln.view if ln.marks else ln.text) for ln in around]
        if not label_number_not_mark(view, start, end, prev, near):
            return False
        self.doc.fired("label-number-not-mark", number)
        return True

    def _date_day(self, view: str, start: int, end: int, nxt: str, number: int) -> bool:
        """Whether a number set apart is a date's day (day-not-mark, days-listed-not-mark; the month on the next
        line: date-over-break)."""
        lg = self.doc.lang
        found = ("day-not-mark" if day_not_mark(lg, view, end)
                 else "days-listed-not-mark" if days_listed_not_mark(lg, view, start, end)
                 else "date-over-break" if date_over_break(lg, view, start, end, nxt) else None)
        if found is not None:
            self.doc.fired(found, number)
        return found is not None

    def _across_break(self, view: str, span: tuple[int, int], nxt: str, prev: str, number: int) -> bool:
        """Whether the lines around a candidate (span: its start and end, -1 unknown) say it is no mark: a number's
        digits after its full stop where the sentence goes on, or at a line's start after a number
        (dotted-number-goes-on, dotted-number-at-line-start), a paragraph's number whose full stop the wrap put on the
        next line (number-before-cut-stop), a second day glued to its conjunction after a first day at the line
        before's end (second-day-over-break), or a mark after a spaced closing quote at a line's end
        whose punctuation does not open the next line (mark-apart-after-spaced-closing) — unless a word does and the
        quote is no bracket (spaced-quote-before-word)."""
        start, end = span
        if spaced_closing_rejected(view, start, nxt):
            if not spaced_quote_before_word(self.doc.lang, view, start, nxt.lstrip()):
                return True
            self.doc.fired("spaced-quote-before-word", number)
        cut = year_cut(self.doc.lang.number_units, view, end, nxt)
        if cut is False and listed_year_cut(self.doc.lang.number_units, view, end, nxt):
            self.doc.fired("cut-listed-year-completed", number)
        elif cut is not None:
            if not cut:
                return True
            self.doc.fired("cut-year-completed", number)
        found = ("dotted-number-goes-on" if end >= 0 and dotted_number_goes_on(view, start, end, nxt)
                 else "dotted-number-before-wrapped-title" if dotted_number_before_title(view, start, end, nxt)
                 else "dotted-number-at-line-start" if dotted_number_at_line_start(view, start, prev)
                 else "number-before-cut-stop" if number_before_cut_stop(view, start, end, nxt)
                 else "second-day-over-break" if second_day_over_break(self.doc.lang, view, start, end, prev)
                 else "year-over-break" if year_over_break(self.doc.lang.number_units, view, start, prev)
                 else "star-between-words-at-break" if self._star_at_break(view, start, nxt, number)
                 else "bracketed-count-at-break" if bracketed_count_at_break(self.doc.lang, view, start, end, nxt)
                 else None)
        if found is not None:
            self.doc.fired(found, number)
        return found is not None

    def _star_at_break(self, view: str, start: int, nxt: str, number: int) -> bool:
        """star-between-words-at-break, asked with the text's lines (the candidate's, line `number`, skipping it)."""
        if not view[start:].strip().startswith("*"):
            return False
        at = len(view) - len(view[start:].lstrip())
        views = [(ln.view, at if ln.number == number else -1) for ln in self.doc.lines]
        return star_between_words_at_break(view, start, nxt, views)

    def _count_undone(self, view: str, start: int, end: int, number: int, nxt: str = "") -> bool:
        """Whether what stands around a number set apart says it is a mark, whatever word before it counts it (nxt:
        the next line, for counted-list-unclosed-over-break)."""
        if end >= 0 and _SPACED_STOP.match(view, end):
            # counted-before-spaced-stop: a number set apart from the comma or full stop after it ("sobre el tema
            # 2 , afirma") is a mark, whatever word counts it: no text sets its own number apart from that
            # punctuation — the space is a block extractor's or a PDF's around a raised mark
            self.doc.fired("counted-before-spaced-stop", number)
            return True
        for name, undone in (("counted-word-determined", counted_word_determined),
                             ("counted-list-closed", counted_list_closed),
                             ("counted-list-repeated", counted_list_repeated),
                             ("counted-list-unclosed", counted_list_unclosed)):
            if undone(self.doc.lang, view, start):
                self.doc.fired(name, number)
                return True
        if nxt and counted_list_unclosed(self.doc.lang, f"{view.rstrip()} {nxt.lstrip()}", start):
            # counted-list-unclosed-over-break: so where the wrap put the word after the conjunction on the next line
            # ("… children under age 5, 12 and" / "that this increase …")
            self.doc.fired("counted-list-unclosed-over-break", number)
            return True
        return False

    def _line_start_rejected(self, view: str, exclude: frozenset[str], number: int, prev: str) -> bool:
        """_rejected for a candidate at a line's start: the line before has the word before the mark (a counting word
        gives way where the mark is set apart from the comma or stop after it: counted-before-spaced-stop-at-line-
        start), and a date is none."""
        units = self.doc.lang.number_units
        rejected = (not prev or (_word_before(prev, len(prev)) in exclude and not self._spaced_stop_first(view))
                    or bool(self.doc.lang.starts_with_date(view))
                    or not line_start_fits(view, prev, units, self.doc.lang.spaced_quotes))
        if not rejected:
            self._trace_comma_at_start(view, prev, number)
        return rejected or not self._listed_symbol_fits(view, prev, number)

    def _spaced_stop_first(self, view: str) -> bool:
        """counted-before-spaced-stop-at-line-start: a number that the wrap put first on its line, set apart from the
        comma or full stop after it ("… sobre este tema" / "4 , así como de los …", a PDF's justified text whose gaps
        the justification widens, "4  ,   así"), is a mark whatever word ends the line before and counts it ("tema",
        "item", "point"): as counted-before-spaced-stop has it inside a line, no text sets its own number apart from
        that punctuation — the space is a block extractor's or a PDF's around a raised mark. Not where the text goes
        on after the comma with another number ("agenda items" / "4 , 5 and 6": a list of counted numbers, each set
        apart from its comma), nor where the text sets its commas or stops apart after words elsewhere too
        (SPACED_STOPS_ELSEWHERE: "phare , tenue", "المنارات ،" — a text that spaces its punctuation proves nothing
        about this number). Refused, the counting word turns the candidate away, as before this rule: the number stays
        in the paragraph and its note is warned about. Taken, the mark is a guess, told (_spaced_stop_first_told)."""
        digits = _LEADING_DIGITS.match(view)
        return (digits is not None and _SPACED_STOP.match(view, digits.end()) is not None
                and _LIST_GOES_ON.match(view, digits.end()) is None
                and _stops_after_words(self.doc.text) < SPACED_STOPS_ELSEWHERE)

    def _spaced_stop_first_told(self, marker: str, i: int, m: re.Match[str]) -> None:
        """counted-before-spaced-stop-at-line-start, fired where the mark is taken (no later check can refuse it
        then): a mark taken at a line's start, after a counting word ending the line before, because it is set apart
        from its comma or stop (_spaced_stop_first). The counting word says the number may be the text's own
        ("sobre este tema" / "4 , así"), so the mark is a guess, told (text-note-mark-guessed), the line named."""
        g = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k) is not None)
        if i == 0 or m.start(g) != 0:
            return
        view, prev = self.doc.lines[i].view, self.doc.lines[i - 1].view
        if (not prev or _word_before(prev, len(prev)) not in self.doc.lang.endnote_not_after
                or not self._spaced_stop_first(view)):
            return
        line, before = self.doc.lines[i].number, self.doc.lines[i - 1].number
        self.doc.fired("counted-before-spaced-stop-at-line-start", line)
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {line}, the number "
                      f"first on its line and set apart from the punctuation after it; the word ending line {before}, "
                      "which counts numbers, says it may be the text's own", line)

    def _counted(self, view: str, start: int, counting: frozenset[str], number: int, prev: str = "") -> bool:
        """Whether a number set apart at `start` is counted by the word before it or by the head of the name before
        it (counted-not-mark, counted-name-not-mark; the name begun on the line before: counted-name-over-break):
        the text's own number, no mark."""
        lg = self.doc.lang
        found = ("counted-not-mark" if counted_not_mark(view, start, counting)
                 else "joined-number-not-mark" if joined_number_not_mark(lg, view, start)
                 else "counted-item-subnumber" if counted_item_subnumber(view, start, counting)
                 else "counted-name-not-mark" if counted_name_not_mark(lg, view, start, counting)
                 else "counted-name-over-break" if counted_name_over_break(lg, view, start, counting, prev) else None)
        if found is not None:
            self.doc.fired(found, number)
        return found is not None

    def _cut_number(self, view: str, start: int, nxt: str, number: int) -> bool:
        """Whether the candidate's digits are a number of the text that the line break cut: a date's day or month
        parted from its counter, a number in groups whose last group the break cut."""
        lg = self.doc.lang
        found = ("counter-cut-by-break" if counter_cut_by_break(lg.number_units, view, start, nxt)
                 else "listed-counter-cut-by-break" if listed_counter_cut_by_break(lg.number_units, lg.number_joiners,
                                                                                   view, start, nxt)
                 else "month-cut-by-break" if month_cut_by_break(lg, view, start, nxt)
                 else "counter-after-break-apart" if (self.glued == 0 and self.apart >= COUNTER_APART_MIN
                                                      and counter_after_break(lg.number_units, view, start, nxt))
                 else "symbol-year-after-break" if symbol_year_after_break(view, start, nxt)
                 else "grouped-cut-by-break" if grouped_cut_by_break(lg, view, start, nxt)
                 else "grouped-head-cut-by-break" if grouped_head_cut_by_break(lg, view, start, nxt)
                 else "grouped-head-apart-cut-by-break" if grouped_head_apart_cut(lg, view, start, nxt)
                 else "decimal-cut-by-break" if decimal_cut_by_break(lg, view, start, nxt) else None)
        if found == "counter-after-break-apart":
            self._fired_once(found, number)
        elif found is not None:
            self.doc.fired(found, number)
        if found == "counter-after-break-apart":
            self._counter_after_break_told(view[start:], number)
        return found is not None

    def _counter_after_break_told(self, digits: str, line: int) -> None:
        """counter-after-break-apart is a guess (the digits may be a glued mark before a word that opens with a
        counter's character): told once per line (text-note-mark-guessed)."""
        message = (f"digits {digits!r} ending line {line} before a counter on the next line are read as the text's "
                   "number, not a glued mark: the note's mark is sought elsewhere, a guess")
        if not any(w.code == "text-note-mark-guessed" and w.message == message for w in self.doc.warnings):
            self.doc.warn("text-note-mark-guessed", message, line)

    def _text_number(self, view: str, start: int, end: int, number: int) -> bool:
        """Whether the candidate's digits are a number of the text by what stands around them, whichever rule
        found them: a decimal, a number in groups, a range's first number, a number after a word that counts
        it glued (digits printed raised are a mark wherever they stand: only the first two are asked)."""
        lg = self.doc.lang
        found = ("decimal-not-mark" if decimal_digit(lg.decimal_separator, view, start)
                 else "decimal-head-not-mark" if decimal_head(lg.decimal_separator, view, start)
                 else "quoted-number-not-mark" if quoted_number(view, start)
                 else "bracketed-session-not-mark" if bracketed_session(view, start)
                 else grouped if (grouped := _grouped_rule(lg, view, start)) is not None
                 else None if start < len(view) and view[start] in _RAISED_DIGITS
                 else "range-not-mark" if end >= 0 and range_not_mark(lg, view, end)
                 else "number-before-apart-twin" if self.apart > self.glued and number_before_twin(lg, view, start, end)
                 else "listed-number-in-order" if listed_in_order(lg, view, start)
                 else "counted-dotted-not-mark" if counted_dotted_not_mark(lg, view, start)
                 else self._day_or_list(view, start, end) or self._symbol_or_label(view, start, end)
                 or _word_or_paragraph_number(lg, view, start))
        if found == "grouped-not-mark" and _ends_line(lg.grouped_number.match(view, start), view):
            found = "grouped-at-line-end"
        if found == "bracketed-session-not-mark":
            self._fired_once(found, number)
        elif found is not None:
            self.doc.fired(found, number)
        return found is not None

    def _text_number_around(self, view: str, span: tuple[int, int], prev: str, number: int) -> bool:
        """Whether the candidate's digits are a number of the text, by what stands around them on their line
        (_text_number) or at the line before's end (_sub_number_after_break)."""
        start, end = span
        return (self._text_number(view, start, end, number)
                or self._sub_number_after_break(view, start, end, prev, number))

    def _sub_number_after_break(self, view: str, start: int, end: int, prev: str, number: int) -> bool:
        """bracketed-number-apart-not-mark across a line break: the bracket opens the line (its digits the
        candidate) and the line before ends with the number ("… في المادة 33" / "(1) من الميثاق"): the break
        stands where the space did, and the rule is asked of the two lines as one."""
        if end < 0 or start < 1 or view[:start - 1].strip() or not prev.strip():
            return False
        joined = prev.rstrip() + " "
        off = len(joined) - (start - 1)
        whole = joined + view[start - 1:]
        if not (bracketed_number_apart(self.doc.lang, whole, start + off, end + off)
                and view[start:end] in self.glued_bracketed()):
            return False
        self.doc.fired("bracketed-number-apart-not-mark", number)
        return True

    def _day_or_list(self, view: str, start: int, end: int) -> str | None:
        """For _text_number: the check that reads the candidate's digits as a date's day or a list's number, if any."""
        lg = self.doc.lang
        if end < 0:
            return ("counted-glued-not-mark" if counted_glued_not_mark(lg, view, start)
                    else "listed-glued-not-mark" if listed_glued_not_mark(lg, view, start) else None)
        return ("bracketed-day-not-mark" if bracketed_day_not_mark(lg, view, start, end)
                else "bracketed-number-not-mark" if bracketed_number(lg, view, start, end)
                else "bracketed-number-apart-not-mark" if (bracketed_number_apart(lg, view, start, end)
                                                           and view[start:end] in self.glued_bracketed())
                else "bracketed-sublabel-not-mark" if bracketed_sublabel(lg, view, start, end)
                else "bracketed-day-month-not-mark" if bracketed_day_month_not_mark(lg, view, start)
                else "second-day-not-mark" if second_day_not_mark(lg, view, start, end)
                else "bracketed-count-not-mark" if bracketed_count(lg, view, start, end)
                else "counted-glued-not-mark" if counted_glued_not_mark(lg, view, start)
                else "listed-glued-not-mark" if listed_glued_not_mark(lg, view, start) else None)

    def _symbol_or_label(self, view: str, start: int, end: int) -> str | None:
        """For _text_number: the check that reads the candidate's digits as a cited symbol's, an item's label in the
        brackets that open its line, a labelled number's, a decimal's before a unit or a document number's before its
        part letter, if any."""
        return ("symbol-cited-not-mark" if self.symbol_cited_whole(view, start, end)
                else "label-opens-line-not-mark" if label_opens_line(view, start)
                else "abbreviation-number-not-mark" if abbreviation_number(self.doc.lang, view, start)
                else _before_what(view, start, end) if end >= 0
                else None)

    def between(self, marker: str, start: tuple[int, int], stop: tuple[int, int], narrow: bool = False,
                strong_only: bool = False, wide: bool = False) -> tuple[int, int, int] | None:
        """mark-between-neighbours: the one place between two marks (each a line and a position in its view,
        both outside) where some mark rule — glued, set apart or loose — finds the marker; None where no rule
        or more than one place does. A marker in brackets ("(3)", Arabic) is sought without them too: inside
        a bracket its mark is printed bare ("(كوفيد-19 3)")."""
        if zero_marker(marker):  # (zero-marker-not-mark)
            return None
        found = self._between_places(marker, start, stop)
        if len(found) > 1:
            found = self._glued_word_wins(marker, found)
        elif len(found) == 1:
            found = self._symbol_tail_gives_way(marker, start, stop, found)
        if strong_only:
            return self._one(found)
        if not found:
            found = self._last_resort(marker, start, stop)
            # (wide: a stretch from the formula, no mark before it to narrow it — first-mark-before-next —, in a
            # text whose marks stand apart: a place glued to a number's end there is the number's own digits,
            # "articles 10 and 11")
            if wide and self.apart > self.glued:
                found = {k: span for k, span in found.items() if not self._glued_place(k[0], span[0])}
        # (the last rules' candidates more than one, all glued to numbers — "59/61", "65/41" in a list of
        # resolutions — where marks stand apart, in a stretch that the next note's mark bounds (narrow):
        # counted-between-neighbours decides as where none is found)
        if (not found or narrow and self._glued_only(found)) and self.apart > self.glued:
            found = self._between_places(marker, start, stop, frozenset())
            if len(found) == 1:
                self.doc.fired("counted-between-neighbours", self.doc.lines[next(iter(found))[0]].number)
        return self._one(found)

    def _glued_word_wins(self, marker: str, found: dict[tuple[int, int], tuple[int, int]]
                         ) -> dict[tuple[int, int], tuple[int, int]]:
        """glued-word-between-neighbours: of several places between two marks, the one place where the marker
        stands glued to a word's last letter before a space or punctuation (mark-glued's: "секретаря" + "6" + ",")
        wins over places that only the weak rules find — the last digits of a resolution's number before a word,
        "76/296 от 21 июля" (mark-before-word), which the weak rules take only where nothing else on the page can
        be the mark. Counted as two places, neither was taken, and the mark stayed glued in the text, its note
        unreferenced. Serves PDF text that glues its raised marks to their words, its notes gathered at the end (the
        search on the notes' page had passed over a mark pages up). The places as they were where none or more than
        one is glued to a word, or where a strong rule finds one of the others too."""
        glued = tuple(r for r in self._rules(marker, False, False) if r[0].name == MARK_GLUED)
        strong = tuple(r for r in (*self._rules(marker, False, False), *self._rules(marker, True, True))
                       if not r[0].weak)
        word = [key for key, span in found.items() if self._found_by(key[0], span, glued)]
        if len(word) != 1 or not self._after_small_letter(*found[word[0]], word[0][0]):
            return found
        if any(self._found_by(key[0], span, strong) for key, span in found.items() if key != word[0]):
            return found
        self.doc.fired("glued-word-between-neighbours", self.doc.lines[word[0][0]].number)
        return {word[0]: found[word[0]]}

    def _symbol_tail_gives_way(self, marker: str, start: tuple[int, int], stop: tuple[int, int],
                               found: dict[tuple[int, int], tuple[int, int]]) -> dict[tuple[int, int], tuple[int, int]]:
        """symbol-tail-gives-way: the one place found between two marks is the last digits of a document's symbol
        ("резолюции 66/192 …, 67/201 от 21 декабря": "67/20" + "1", which mark-before-word finds before a word),
        where the symbol with those digits is as well formed as without them (a resolution's number of three digits
        at most after its slash: "76/1781" is "76/178" + "1", no symbol of four digits) — the text cannot tell
        whether the digits are the symbol's or the note's. Where the stretch holds exactly one other place, a mark
        glued to the end of a number that is no symbol's ("принцип 7" + "1" + ",": mark-glued-to-number), that
        place is taken — a resolution's number is printed whole far more often than a raised mark is glued to it
        —, and the guess is told (text-note-mark-guessed), the symbol's place named; where several are, the
        symbol's place is kept, told as well. Taken silently, the mark cut a resolution's number ("67/20"). Serves
        PDF text whose marks are glued, notes gathered at the end (short texts with no page's foot)."""
        ((i, pos), _), = found.items()
        view = self.doc.lines[i].view
        line = self.doc.lines[i].number
        tail = _SYMBOL_TAIL.search(view, 0, pos)
        if tail is None:  # (a full symbol's number: the place taken as before, told — symbol-tail-told)
            full = _FULL_SYMBOL_TAIL.search(view, 0, pos)
            if full is not None and len(full.group(1)) + len(marker) <= _SYMBOL_NUMBER_MAX:
                series = _SYMBOL_SERIES.search(view, 0, full.start())
                begin = full.start() if series is None else series.start()
                self._symbol_tail_told(marker, view[begin:pos], view[begin:pos + len(marker)], line, only=False)
            return found
        if len(tail.group(1)) + len(marker) > _SYMBOL_NUMBER_MAX:
            return found
        others = {k: span for k, span in self._glued_to_number(marker, start, stop).items()
                  if k != (i, pos) and not self._tail_of_symbol(k, marker)}
        symbol = view[tail.start():pos + len(marker)]
        if not others:
            self._symbol_tail_told(marker, view[tail.start():pos], symbol, line)
            return found
        self.doc.fired("symbol-tail-gives-way", line)
        if len(others) != 1:
            self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken after "
                          f"{view[tail.start():pos]!r} at line {line} (the symbol may be {symbol!r}); {len(others)} "
                          "other numbers may end with it", line)
            return found
        (k, span), = others.items()
        other = self.doc.lines[k[0]].number
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {other}, glued to a "
                      f"number; the {marker!r} that ends the symbol {symbol!r} at line {line}, not taken, may be it",
                      other)
        return {k: span}

    def _symbol_tail_told(self, marker: str, cut: str, symbol: str, line: int, only: bool = True) -> None:
        """symbol-tail-told: symbol-tail-gives-way where the stretch holds no other place — the one place found between
        two marks is the last digits of a document's symbol ("89/131": "89/13" + "1"; a full symbol's too, "A/92/131",
        "A/RES/67/201") and nothing else can be the mark: the place is taken, as before (the note's mark is somewhere,
        and a raised mark glued to a symbol is printed), and the guess is told (text-note-mark-guessed), the symbol
        whole named ("A/92/131", its series' letters with it) — the text does not say whether the digits are the
        symbol's or the note's. A full symbol's number gives way to no other place (symbol-tail-gives-way reads a
        resolution's bare number only): its place is taken whatever else the stretch holds, told. Taken silently, the
        mark cut a resolution's number ("89/13") told by nothing. (A note that cites the symbol has its mark taken
        by mark-after-cited-symbol before.) Serves PDF text whose marks are glued, notes gathered at the end."""
        self.doc.fired("symbol-tail-told", line)
        where = ", the only place found" if only else ""
        self.doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken after {cut!r} at line {line}"
                      f"{where}; the symbol may be {symbol!r} whole, and the mark elsewhere", line)

    def lone_place_fits(self, marker: str, spot: tuple[int, int, int]) -> bool:
        """For lone-note-since-formula: whether the one place found may be a text's only note's mark — set apart, glued
        to a word, or glued to a bare resolution number as its last digits, the number with them three digits at most
        after its slash ("77/7" + "1"). Not digits glued to any other number ("Decree No. 4/234" + "1", "2023/123" +
        "1", "78/201" + "1" where "78/2011" holds a year): those are the text's own, as mark-after-overlong-number's
        guards read them, and the note stays unreferenced, told."""
        i, at, end = spot
        view = self.doc.lines[i].view
        if at >= len(view) or view[at].isspace() or at == 0 or not view[at - 1].isdigit():
            return True
        tail = _SYMBOL_TAIL.search(view, 0, at)
        return tail is not None and len(tail.group(1)) + len(marker.strip("()")) <= _SYMBOL_NUMBER_MAX

    def _tail_of_symbol(self, key: tuple[int, int], marker: str) -> bool:
        """For symbol-tail-gives-way: whether the place is the last digits of a document's symbol."""
        i, pos = key
        return _SYMBOL_TAIL.search(self.doc.lines[i].view, 0, pos) is not None

    def _after_small_letter(self, at: int, end: int, i: int) -> bool:
        """Whether the place's digits stand after a small letter, or a letter of a script without case: a word's
        last letter as running text has it ("секретаря6,"). After a capital the digits may be the word's own — a
        formula or a model's name, "CO2", "G77" — and only a rule that finds nothing else may take them for a
        mark (glued-word-between-neighbours does not decide there)."""
        view = self.doc.lines[i].view
        k = at
        while k < end and not view[k].isdigit():  # (past the space a span may start with)
            k += 1
        before = view[k - 1] if 0 < k <= len(view) else ""
        return before.isalpha() and not before.isupper()

    def _found_by(self, i: int, span: tuple[int, int], rules: tuple[_Found, ...]) -> bool:
        """Whether one of `rules` finds a mark ending where this span of line i ends (its digits, the space before
        them or not)."""
        at, end = span
        return any(e == end for _, e in self._candidates(i, rules, max(at - 1, 0), end))

    @staticmethod
    def _one(found: dict[tuple[int, int], tuple[int, int]]) -> tuple[int, int, int] | None:
        """The one place found (its line and span), or None where none or several are."""
        if len(found) != 1:
            return None
        (i, _), (at, end) = found.popitem()
        return i, at, end

    def bare_between(self, marker: str, start: tuple[int, int], stop: tuple[int, int]) -> tuple[int, int, int] | None:
        """bare-mark-after-closing: the one place between two places (each a line and a position in its view, both
        outside) where a bracketed marker's bare digits stand after an empty pair of brackets inside a bracket
        (bare-mark-after-empty-brackets' places); None where none or several do."""
        form = marker.strip("()")
        rules = _bare_after_empty_brackets(form)
        found: dict[tuple[int, int], tuple[int, int]] = {}
        for i in range(start[0], stop[0] + 1):
            if form not in self.doc.lines[i].text:
                continue
            view = self.doc.lines[i].view
            lo, hi = start[1] + 1 if i == start[0] else 0, stop[1] if i == stop[0] else len(view)
            for at, end in self._candidates(i, rules, lo, hi):
                found[(i, view.find(form, at, end))] = (at, end)
        return self._one(found)

    def _between_places(self, marker: str, start: tuple[int, int], stop: tuple[int, int],
                        counting: frozenset[str] | None = None) -> dict[tuple[int, int], tuple[int, int]]:
        """The places between two marks where some mark rule finds the marker (each a line and the mark's place
        in its view, with its span). counting: the words after which a number set apart is counted, not a mark
        (None: the table's endnotes.not_after; empty: none — counted-between-neighbours)."""
        # (one place found by several rules, with the space before it or not: its widest span)
        found: dict[tuple[int, int], tuple[int, int]] = {}
        for form in dict.fromkeys((marker, marker.strip("()"))):
            # (the bare digits only set apart: glued, they are as often the text's own — "103 دول" —, but after an
            # empty pair of brackets: bare-mark-after-empty-brackets)
            glued = self._rules(form, False, False) if form == marker else _bare_after_empty_brackets(form)
            rules = glued + self._rules(form, True, True) + _before_closing(form)
            for i in range(start[0], stop[0] + 1):
                if form not in self.doc.lines[i].text:
                    continue
                view = self.doc.lines[i].view
                lo, hi = start[1] + 1 if i == start[0] else 0, stop[1] if i == stop[0] else len(view)
                for at, end in self._candidates(i, rules, lo, hi, counting):
                    key = (i, view.find(form.strip("()"), at, end))
                    if end - at > found.get(key, (0, 0))[1] - found.get(key, (0, 0))[0]:
                        found[key] = (at, end)
        return found

    def _glued_only(self, found: dict[tuple[int, int], tuple[int, int]]) -> bool:
        """Whether the places are more than one, each glued to the end of a number (mark-glued-to-number's): where
        the marks stand apart, such look-alikes are the numbers' own digits."""
        return len(found) > 1 and all(self._glued_place(i, at) for (i, _), (at, _) in found.items())

    def _glued_place(self, i: int, at: int) -> bool:
        """Whether the place whose span starts at `at` on line i is glued to the end of a number: the span starts
        at the marker's own digits, right after a digit (a mark set apart after a number, "Agenda 21 3", has its
        span start at the space)."""
        view = self.doc.lines[i].view
        return 0 < at < len(view) and not view[at].isspace() and view[at - 1].isdigit()

    def _last_resort(self, marker: str, start: tuple[int, int], stop: tuple[int, int]
                     ) -> dict[tuple[int, int], tuple[int, int]]:
        """The places the last rules between two marks find, mark-glued-to-number and mark-apart-after-number,
        the layout's own first (where the marks found stand apart, a mark set apart): the first that finds
        exactly one place decides."""
        lasts = ((MARK_GLUED_NUMBER, self._glued_to_number), (MARK_APART_AFTER_NUMBER, self._apart_after_number))
        found: dict[tuple[int, int], tuple[int, int]] = {}
        for rule, last in (*(lasts[::-1] if self.apart > self.glued else lasts),
                           (MARK_BETWEEN_LETTERS, self._between_letters)):
            found = last(marker, start, stop)
            if len(found) > 1 and rule is MARK_GLUED_NUMBER:
                found = self._counted_gives_way(found)
            if found:
                if len(found) == 1:
                    self.doc.fired(rule.name, self.doc.lines[next(iter(found))[0]].number)
                return found
        return found

    def _counted_gives_way(self, found: dict[tuple[int, int], tuple[int, int]]
                           ) -> dict[tuple[int, int], tuple[int, int]]:
        """counted-number-gives-way: of several places where the marker ends a number between two marks
        (mark-glued-to-number), those whose number a word of the table's endnotes.not_after counts ("capítulo 17",
        "chapter 17") give way to the one place whose number no such word counts ("Programa 21" + "7" + ","): a
        counted number is a paragraph's, a chapter's, its digits the text's own; a name's number ("Agenda 21")
        is where a PDF's text glues a raised mark. The places as they were where none or more than one is left."""
        counting = self.doc.lang.endnote_not_after
        placed = {key: self._with_line_before(key[0], span[0]) for key, span in found.items()}
        kept = {key: span for key, span in found.items()
                if not counted_not_mark(placed[key][0], _number_start(*placed[key]), counting)}
        # (the place left must end a name's number, a word before it: not a paragraph's number, "13." at a line's start)
        if len(kept) != 1 or not _named_number(*placed[next(iter(kept))]):
            return found
        self.doc.fired("counted-number-gives-way", self.doc.lines[next(iter(kept))[0]].number)
        return kept

    def _with_line_before(self, i: int, at: int) -> tuple[str, int]:
        """Line i's view and a place in it — where the number that holds the place opens the line, the line before's
        view joined before it by a space, the place moved along (number-at-line-start-named): the wrap parted a name
        from its number ("… del Programa" / "217,"), and the word that counts or names the number stands on the line
        before. Not after a line that ends a paragraph or a sentence: the number then opens a line of its own."""
        view = self.doc.lines[i].view
        if i == 0 or _number_start(view, at) != 0:
            return view, at
        before = self.doc.lines[i - 1].view.rstrip()
        if not before[-1:].isalpha() or self.doc.lines[i].gap_before and not self._gap_says_nothing(i):
            return view, at
        self.doc.fired("number-at-line-start-named", self.doc.lines[i].number)
        return f"{before} {view}", at + len(before) + 1

    def _gap_says_nothing(self, i: int) -> bool:
        """named-over-double-spacing: for number-at-line-start-named, in double-spaced text the blank line before line
        i ends no paragraph ("… el Objetivo" / "" / "12, en particular"): the word that counts the number stands on the
        line before all the same, and the counted number gives way to the name's number that holds the mark
        ("Objetivo de Desarrollo Sostenible 2" + "2" + ","). Read as a paragraph's end, the counted number kept its
        place beside the name's, and neither was taken: the mark stayed glued in the text."""
        if not self.double_spaced:
            return False
        self.doc.fired("named-over-double-spacing", self.doc.lines[i].number)
        return True

    def _between_letters(self, marker: str, start: tuple[int, int], stop: tuple[int, int]
                         ) -> dict[tuple[int, int], tuple[int, int]]:
        """mark-between-letters, the last of the rules between two marks: the places in that stretch where the
        marker stands between two lower-case letters (each a line and the mark's place in its view)."""
        return self._in_stretch(marker, start, stop, _letters_around(marker),
                                lambda i, view, at, end: view[at - 1].islower() and view[end:end + 1].islower())

    def _glued_to_number(self, marker: str, start: tuple[int, int], stop: tuple[int, int]
                         ) -> dict[tuple[int, int], tuple[int, int]]:
        """mark-glued-to-number, the last of the rules between two marks: the places in that stretch where
        the marker ends a number (each a line and the mark's place in its view)."""
        lg = self.doc.lang
        return self._in_stretch(marker, start, stop, _glued_number(marker, lg.number_units),
                                lambda i, view, at, end: (not _year_run(view, end)
                                                          or self._listed_after_number(i, view, at))
                                and not day_not_mark(lg, view, end) and not self._day_at_break(i, view, end)
                                and not self._listed_day(i, view, at, end)
                                and not self._run_is_marker(i, view, at, end)
                                and not self._count_before_word(i, view, at, end))

    def _count_before_word(self, i: int, view: str, at: int, end: int) -> bool:
        """count-glued-not-mark: digits glued to the end of a number that stands after a word in lower case and before
        a word ("seuls 10" + "3" + " États", "only 10" + "3" + " Member") are that number's own — a count of the
        things the word after it names, whose last digits taken as a mark would leave the count wrong, silently.
        mark-glued-to-number's last place between two marks: count-not-name keeps mark-before-word off such digits,
        and this rule keeps mark-glued-to-number off them (the note's mark is then sought elsewhere, or the note told
        unreferenced). A name's number ("Agenda 21" + "6" + " and": the word before it not in lower case), a
        document's ("76/178" + "3"), and a number before a clause's punctuation ("sesiones 49" + "1" + ",": lists of
        sessions glue their marks so) are asked as before. Scripts without letter case have no lower-case word to
        tell it. Class: PDF text of a count glued to a raised mark's digits, its note's real mark standing elsewhere."""
        head = _number_start(view, at)
        after = _WORD_AFTER.match(view, end)
        if head == at or head < 2 or view[head - 1] != " " or after is None:
            return False
        lg = self.doc.lang
        word = view[:head - 1].rsplit(None, 1)[-1:] or [""]
        # (a number before a function word of the table's continues_after — "chapter 1" + "3" + " of", "decision 7" +
        # "3" + " of" — names a thing, the word after no thing counted: those places stay)
        before = _ELISION.split(word[0])[-1]
        if (not before[:1].islower() or fold_word(after.group(1)) in lg.continues_after
                or _counted_noun(lg, fold_word(before))):
            return False
        self.doc.fired("count-glued-not-mark", self.doc.lines[i].number)
        return True

    def _run_is_marker(self, i: int, view: str, at: int, end: int) -> bool:
        """glued-run-is-marker: digits glued to a word or a clause's punctuation ("… against Women,16 the
        Convention") whose whole run is another note's marker are that note's mark, never the sought marker glued
        to a number ("1" + "6" for note 6); so are such digits greater than the sought marker, a later note's
        whose page the flow has not read yet ("Families19" for note 9). A name's number that a raised mark is
        glued to stands after a space ("Agenda 21" + "6"), a symbol's after its slash. (Between two marks pages
        apart — the sought notes' own marks printed inside a word, "t6he", which only mark-between-letters reads,
        after this rule —, the page after's marks "Women,16", "Child,17" were taken for notes 6 and 7, and every
        later note's mark sought past them.)"""
        head = _number_start(view, at)
        if head == 0 or head == at or view[head - 1].isspace() or view[head - 1].isdigit():
            return False
        run = view[head:end]
        noted = run in {n.marker for n in self.doc.notes} or _later(run, view[at:end])
        if view[head - 1] in _SYMBOL_JOINS or not noted:
            return False
        self.doc.fired("glued-run-is-marker", self.doc.lines[i].number)
        return True

    def _listed_day(self, i: int, view: str, at: int, end: int) -> bool:
        """listed-day-not-glued-mark: a number before a conjunction of the table, the next day's number and a month's
        name ("los días 15 y 16 de noviembre", "on 15 and 16 November") is a meeting's first day, as
        days-listed-not-mark reads it set apart — its last digits never a mark glued to it: no note's mark stands
        inside a date, between its days. (The only other place where the marker ends a number between two marks,
        "días 1" + "5", made the real one, "Programa 21" + "5" + ",", one of two: neither taken, the note lost into
        the paragraph above it.)"""
        if not days_listed_not_mark(self.doc.lang, view, _number_start(view, at), end):
            return False
        self.doc.fired("listed-day-not-glued-mark", self.doc.lines[i].number)
        return True

    def _day_at_break(self, i: int, view: str, end: int) -> bool:
        """day-at-break-not-mark: a number that ends a line, the next line opening with a month's name ("67/201 от
        21" / "декабря 2012 года"), is a date's day the wrap parted from its month, never a mark glued to a number —
        which, the only such place between two marks, took the place of the real one ("принцип 7" + "1")."""
        lines = self.doc.lines
        if view[end:].strip() or i + 1 >= len(lines) or not day_not_mark(self.doc.lang, f"{view} {lines[i + 1].view}",
                                                                       end):
            return False
        self.doc.fired("day-at-break-not-mark", lines[i].number)
        return True

    def _listed_after_number(self, i: int, view: str, at: int) -> bool:
        """listed-number-not-year: a number that reads as a year ("1919") after a short number and a conjunction of
        the table ("los párrafos 18 y 1919,") closes a list of numbers — no list joins a paragraph's number and a
        year —, so the marker that ends it may be a mark glued to the list's last number ("19" + "19"), which
        mark-glued-to-number otherwise leaves to the year."""
        words = self._list_words(i, view[:_number_start(view, at)].split())
        listed = (len(words) > 1 and fold_word(words[-1]) in self.doc.lang.list_closers
                  and _LIST_LAST_SHORT.fullmatch(words[-2]) is not None)
        if listed:
            self.doc.fired("listed-number-not-year", self.doc.lines[i].number)
        return listed

    def _list_words(self, i: int, words: list[str]) -> list[str]:
        """listed-number-over-break: for listed-number-not-year, the words before the number on line i — where the wrap
        put the conjunction alone first on the line, the line before's last word before them ("… en los párrafos 18" /
        "y 1919, y solicita"): the list's number before the conjunction stands there. Not over a blank line that ends
        a paragraph (double-spaced text aside: named-over-double-spacing)."""
        if len(words) != 1 or i == 0 or self.doc.lines[i].gap_before and not self.double_spaced:
            return words
        before = self.doc.lines[i - 1].view.split()
        if not before:
            return words
        self.doc.fired("listed-number-over-break", self.doc.lines[i].number)
        return [before[-1], *words]

    def _in_stretch(self, marker: str, start: tuple[int, int], stop: tuple[int, int], rules: tuple[_Found, ...],
                    keep: Callable[[int, str, int, int], bool]) -> dict[tuple[int, int], tuple[int, int]]:
        """The places between two marks (start and stop excluded) where `rules` find the marker and `keep`
        accepts it (each a line and the mark's place in its view)."""
        found: dict[tuple[int, int], tuple[int, int]] = {}
        for i in range(start[0], stop[0] + 1):
            if rules and marker in self.doc.lines[i].text:
                lo = start[1] + 1 if i == start[0] else 0
                hi = stop[1] if i == stop[0] else len(self.doc.lines[i].view)
                view = self.doc.lines[i].view
                found.update(((i, at), (at, end)) for at, end in self._candidates(i, rules, lo, hi)
                             if keep(i, view, at, end))
        return found

    def _apart_after_number(self, marker: str, start: tuple[int, int], stop: tuple[int, int]
                            ) -> dict[tuple[int, int], tuple[int, int]]:
        """mark-apart-after-number, the last of the rules between two marks: the places in that stretch where
        the marker stands apart after a number (each a line and the mark's place in its view)."""
        rules = _apart_number(marker, self.doc.lang.number_units)
        found: dict[tuple[int, int], tuple[int, int]] = {}
        for i in range(start[0], stop[0] + 1):
            if rules and marker.strip("()") in self.doc.lines[i].text:
                lo = start[1] + 1 if i == start[0] else 0
                hi = stop[1] if i == stop[0] else len(self.doc.lines[i].view)
                found.update(((i, at), (at, end)) for at, end in self._candidates(i, rules, lo, hi))
        return found

    def _candidates(self, i: int, rules: tuple[_Found, ...], lo: int, hi: int,
                    counting: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """The spans of line i's view between lo and hi that a mark rule finds and none rejects (counting: the
        words that make a number set apart after them a count, when not the table's endnotes.not_after)."""
        lines = self.doc.lines
        ln = lines[i]
        view, nxt = ln.view, lines[i + 1].view if i + 1 < len(lines) else ""
        prev = lines[i - 1].view if i else ""
        out = []
        closing = i in self.closing
        for rule, pattern, follows in rules:
            apart = rule in _LOOSE or rule is MARK_APART or rule is MARK_APART_AFTER_NUMBER
            if closing and (apart or rule is MARK_APART_CLOSING):  # (closing-holds-no-mark)
                continue
            exclude = (self.doc.lang.endnote_not_after if counting is None else counting) if apart else None
            m = self._first(rule, pattern, follows, view, lo, nxt)
            tokens = Tokens(view)  # (one per pass: its candidates come in order; a new one each crossed the line again)
            while m is not None and m.start(m.lastindex or 1) < hi:
                at, end = m.start(m.lastindex or 1), m.end(m.lastindex or 1)
                if end <= hi and not self._rejected(view, at, nxt, tokens, exclude, ln.number, prev, end, pattern):
                    out.append((at, end))
                    if rule is BARE_AFTER_EMPTY_BRACKETS:
                        self.doc.fired(rule.name, ln.number)
                m = _search(pattern, follows, view, at + 1)
        return out

    def _trace_comma_at_start(self, view: str, prev: str, number: int) -> None:
        """For _rejected: a mark taken glued to the comma at a line's start, after a word (mark-before-comma-at-line-
        start) or a word's closing quote (comma-mark-after-quote)."""
        if _COMMA_AT_START.match(view) is None:
            return
        quoted = quote_end(prev, self.doc.lang.spaced_quotes)
        self.doc.fired("comma-mark-after-quote" if quoted else "mark-before-comma-at-line-start", number)

    def _label_or_count(self, view: str, start: int, end: int, prev: str, number: int,
                        pattern: re.Pattern[str] | None) -> bool:
        """For _rejected: a label's number (_label_number), or — a candidate of mark-before-word — a count or a year
        after a word in lower case (count-not-name)."""
        if pattern in _GLUED_BEFORE_NUMBER and not _next_number_left(view, start, end, prev):
            return True
        if pattern in _OVERLONG_NUMBER and not _session_word_before(self.doc.lang, view, start):
            return True
        if pattern in _GLUED_MONTH and (end < 0 or not self.doc.lang.month_day_at(view, end)):
            return True
        return self._label_number(view, start, end, prev, number) or (
            pattern in _BEFORE_WORD and self._count_not_name(view, start, number))

    def _count_not_name(self, view: str, at: int, number: int) -> bool:
        """count-not-name: the last resort mark-before-word reads the two digits before a mark as a name's number
        ("Agenda 21" + "4" + " by") only after a word that does not open in lower case — a name ("Agenda",
        "Action"); after a word in lower case ("only 10" + "3" + " Member States", "avant la fin de 20" + "14" +
        " les") the digits and the marker are one number of the text, a count or a year, and taken apart it lost its
        last digits. (PDF text and block extractions whose note's real mark stands apart elsewhere, "VII/11 14 et",
        or on a line the reader did not take.) A document's number ("77/47" + "2") is asked as before, and a script
        without letter case, which has no lower-case word to tell it. mark-glued-to-number is not asked: lists of
        sessions and documents glue their marks so after words in lower case ("sesiones 49" + "1" + ",")."""
        head = at
        while head > 0 and view[head - 1].isdigit():
            head -= 1
        if head == at or head < 2 or view[head - 1] != " ":
            return False
        word = view[:head - 1].rsplit(None, 1)[-1:] or [""]
        # (judged by its letters after an elided article: "d’Action 21", "l’Agenda 21" are names)
        if not _ELISION.split(word[0])[-1][:1].islower():
            return False
        self.doc.fired("count-not-name", number)
        return True

    def _first(self, rule: MarkRule, pattern: re.Pattern[str], follows: re.Pattern[str] | None, view: str,
               lo: int, nxt: str) -> re.Match[str] | None:
        """The first candidate of a rule's pattern in view from lo (mark-apart-before-date-at-break: only where the
        next line goes on with the date)."""
        m = _search(pattern, follows, view, lo)
        while m is not None and rule in _DATES_AT_BREAK and self._no_date_at_break(pattern, m, view, nxt):
            m = _search(pattern, follows, view, m.start(m.lastindex or 1) + 1)
        return m

    def year_glued_between(self, marker: str, start: tuple[int, int], stop: tuple[int, int]
                           ) -> tuple[int, int, int] | None:
        """notes-in-flow-year-mark: the one place between two places (each a line and a position in its view, both
        outside) where a note's digits stand glued after a plausible year and before a clause's punctuation
        ("de 11 de septiembre de 2020" + "1" + ",", "2011-2020" + "2" + ","); None where none or several do."""
        if not marker.isdecimal() or zero_marker(marker):
            return None
        lg = self.doc.lang
        closing = punctuation("closing_quotes")
        pattern = _year_glued(marker, lg.spaced_punctuation + "".join(q for q in lg.spaced_quotes if q in closing))
        found: dict[tuple[int, int], tuple[int, int]] = {}
        for i in range(max(start[0], 0), stop[0] + 1):
            view = self.doc.lines[i].view
            if marker not in view:  # (the cheap test first)
                continue
            lo, hi = start[1] + 1 if i == start[0] else 0, stop[1] if i == stop[0] else len(view)
            for m in pattern.finditer(view, lo, hi):
                before = view[:m.start(1) - 4]
                if i and len(before.split()) < _DATE_WRAPPED_UNDER:  # (the wrap cut the date before the year)
                    before = f"{self.doc.lines[i - 1].view} {before}"
                if dated_year(self.doc.lang, before):
                    found[(i, m.start(1))] = (m.start(1), m.end(1))
        return self._one(found)

    def take_between(self, marker: str, spot: tuple[int, int, int]) -> None:
        """Takes the mark `between` found, leaving the search where it was."""
        i, start, end = spot
        take_mark(self.doc.lines[i], start, end, marker)
        self.doc.fired("mark-between-neighbours", self.doc.lines[i].number)

    def _take(self, i: int, m: re.Match[str], marker: str) -> None:
        g = next(k for k in range(1, (m.re.groups or 1) + 1) if m.group(k) is not None)
        line = self.doc.lines[i]
        start, end = m.start(g), m.end(g)
        if inside_word(self.doc.lang, line.view, start, end, self.words()):
            end += 1
            self.doc.fired("mark-apart-inside-word", line.number)
        take_mark(line, start, end, marker)
        self.last = (i, start)


def inside_word(lg: Lang, view: str, start: int, end: int,
                words: collections.Counter[str] | None = None) -> bool:
    """mark-apart-inside-word: a mark set apart (view[start:end], its space before it) after a word's first letter and
    before its rest ("… Reduction, t 6 he Addis Ababa …", "a 11 nd the Beijing Platform", "w 14 hich contain"), where
    the source placed the mark after a word's first letter and an extractor kept spaces around it: the letter and the
    rest are one word, the space after the mark goes with it. A lone lower-case letter is never a word a note marks
    (an article, a conjunction, a preposition: the mark follows the name or title it annotates), so where a mark
    stands after one it stands inside a word; glued, "t6he", mark-between-letters reads it so. Read apart, "t he"
    stayed in the text. Only where the letter is no word of the language (the table's one_letter_words: "a", "y",
    "о", "u" are words, "after a 4 week session" keeps "a week" apart) nor a counting word (endnotes.not_after) — or,
    after a one-letter word, where the text's own words (`words`, counted) hold the joined word and the rest nowhere
    else ("a 11 nd": "and" is a word of the text, "nd" stands only here; "a 4 week": "aweek" is none)."""
    if not (start >= 1 and view[start] == " " and view[start - 1].islower() and (start == 1 or view[start - 2] == " ")
            and view[end:end + 1] == " " and view[end + 1:end + 3].isalpha() and view[end + 1:end + 3].islower()):
        return False
    letter = view[start - 1]
    if fold_word(letter) in lg.endnote_not_after:
        return False
    if letter not in lg.one_letter_words:
        return True
    rest = _WORD_REST.match(view, end + 1)
    if words is None:
        return False
    return rest is not None and words[letter + rest.group()] > 0 and words[rest.group()] <= 1


_WORD_REST = re.compile(r"[^\W\d_]+")


# A space, then a comma or a full stop of any script (not a number's decimal): where a mark stands apart from
# the punctuation after it (apart-spaced-first-on-page, counted-before-spaced-stop).


@cache
def _spaced_stop_apart(marker: str) -> re.Pattern[str]:
    """spaced-stop-before-ambiguous's candidate: a mark set apart after a word, before a comma or full stop set apart
    after it ("développement 1 ,"); the mark alone is taken, as mark-apart takes it."""
    m = re.escape(marker)
    return re.compile(rf"({m})(?<={_WORD_END} {m})(?={_SPACED_STOP.pattern})")


@cache
def _stop_at_line_start(marker: str) -> re.Pattern[str]:
    """A mark set apart at a line's start before a comma or full stop set apart after it ("7 , a menudo"): the
    line-edge rule's form, the space after the mark taken along (spaced-stop-at-line-start-first)."""
    return re.compile(rf"^({re.escape(marker)} )(?=[{re.escape(punctuation('comma', 'full_stop'))}](?!\d))")


# A line's leading number (counted-before-spaced-stop-at-line-start).
_LEADING_DIGITS = re.compile(r"\d{1,3}")
# counted-before-spaced-stop-at-line-start: after the leading number, its comma set apart and another number ("4 , 5
# and 6"): a list of counted numbers, the first of them no mark.
_LIST_GOES_ON = re.compile(rf" [{re.escape(punctuation('comma'))}] ?\d")
# A comma or full stop set apart after a word's letter ("phare , tenue", "المنارات ،"; no decimal's).
_STOP_AFTER_WORD = re.compile(rf"(?<=[^\W\d_]) +[{re.escape(punctuation('comma', 'full_stop'))}](?!\d)")
# counted-before-spaced-stop-at-line-start: how many commas or stops set apart after words, elsewhere in the text, show
# that the text (or its extractor) spaces its punctuation, and so that a number set apart from its comma may be the
# text's own. One is enough: a text that marks its notes with raised digits glues its commas to its words, and a
# refusal only does as the reader did before the rule (the note warned about), where a wrong take moves a number.
SPACED_STOPS_ELSEWHERE = 1


@lru_cache(maxsize=1)
def _stops_after_words(text: str) -> int:
    """The commas and full stops the text sets apart after a word (counted-before-spaced-stop-at-line-start), counted
    once per text (the last text's count kept: a str keeps its hash)."""
    return sum(1 for _ in _STOP_AFTER_WORD.finditer(text))


# A line that opens with a comma or full stop, no decimal's (spaced-stop-after-line-end-first).
_STOP_OPENS = re.compile(rf"[{re.escape(punctuation('comma', 'full_stop'))}](?!\d)")


def _mark_ends_line(marker: str) -> re.Pattern[str]:
    """A mark set apart after a word at a line's end ("правах 4"), the space before it taken along
    (spaced-stop-after-line-end-first)."""
    m = re.escape(marker)
    return re.compile(rf"( {m})(?<={_WORD_END} {m})\s*$")


def _place(found: Located) -> tuple[int, int]:
    """Where a located mark stands: its line and its place in the line's view."""
    return found[1], found[2].start(found[2].lastindex or 1)


def _after_punctuation(line: Line, m: re.Match[str]) -> bool:
    """Whether a loose rule's mark (its space taken along) stands after punctuation — a clause's, a closing bracket
    or quote ("behaviours, 3 submitted", "responsabilidad\" 14 ,") —, not between two words: a number between two
    words is as often the text's own ("como mínimo 8 semanas"), and there mark-apart's candidate keeps its place
    (loose-before-apart)."""
    view = line.view if line.marks else line.text
    start = m.start(m.lastindex or 1)
    return start > 0 and not view[start - 1].isalnum()


def _inside(view: str, m: re.Match[str]) -> bool:
    """Whether a mark set apart stands inside its line with a space on each side and a word or punctuation
    beyond each ("报告 1 和"): not at a line's edge, where the wrap may have cut a number."""
    g = m.lastindex or 1
    group = view[m.start(g):m.end(g)]
    at = m.start(g) + len(group) - len(group.lstrip())
    end = at + len(group.strip())
    return (at >= 2 and view[at - 1] == " " and not view[at - 2].isspace() and not view[at - 2].isdigit()
            and end + 1 < len(view) and view[end] == " " and not view[end + 1].isspace()
            and not view[end + 1].isdigit())


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
                                for k, r in enumerate(MARK_RULES)) + tuple(
    Rule(r.name, "flow", r.build, r.why) for r in (MARK_APART, *_LOOSE)) + (
    Rule(MARK_GLUED_NUMBER.name, "flow", MARK_GLUED_NUMBER.build, MARK_GLUED_NUMBER.why),
    Rule(MARK_APART_AFTER_NUMBER.name, "flow", MARK_APART_AFTER_NUMBER.build, MARK_APART_AFTER_NUMBER.why),
    Rule(MARK_BETWEEN_LETTERS.name, "flow", MARK_BETWEEN_LETTERS.build, MARK_BETWEEN_LETTERS.why),
    # (block extractions of Chinese texts that put spaces around every run of digits: "第 70/1 号")
    Rule("wide-clause-mark-told", "flow", MarkSearch._wide_clause_told, "a mark taken by "
         "mark-apart-before-wide-clause in a text that sets its numbers apart from the ideographs before them as often "
         "as it glues them is a guess, told (text-note-mark-guessed)"),
    Rule("apart-mark-told", "flow", MarkSearch._apart_mark_told, "a mark taken by mark-apart after an ideograph, "
         "before a clause's punctuation that the line goes on after, in a text that sets its numbers apart from the "
         "ideographs around them is a guess, told (text-note-mark-guessed): a count without its counter looks the "
         "same ('为 3，并')"),
    Rule("count-glued-not-mark", "flow", MarkSearch._count_before_word, "mark-glued-to-number's place glued to a "
         "number after a word in lower case and before a word ('solo 84' + '3' + ' Estados') is a count's own digits, "
         "never a mark: the count kept whole, the note sought elsewhere or told unreferenced"),
    Rule("joined-number-not-mark", "flow", joined_number_not_mark, "a number set apart after a word ending with a "
         "joiner of numbers of the table ('已增至 2，', '达到 5、') is the number the joiner asks for, never a mark"),
    Rule("comma-mark-after-quote", "flow", MarkSearch._trace_comma_at_start, "mark-before-comma-at-line-start "
         "where the line before ends with a title's closing quote after its last word ('XXI”' / '15, el')"),
    Rule("count-not-name", "flow", MarkSearch._count_not_name, "mark-before-word's two-digit name after a word in "
         "lower case ('only 10' + '3' + ' Member', 'de 20' + '14' + ' les') is a count or a year, one "
         "number of the text, no name's number and its mark"),
    Rule("mark-apart-inside-word", "flow", inside_word, "a mark set apart taken after a lone lower-case letter that is "
         "no word of the language (one_letter_words), before the rest of a word in lower case ('t 6 he'), stood "
         "inside the word: the space after it goes with it"),
    # (Lists of numbers each with its note — sessions, conferences, resolutions — as PDF text gives raised marks.)
    Rule("listed-run-over-break", "flow", MarkSearch._run_over_break, "mark-listed-in-sequence where the wrap cut "
         "the list after the run's first mark ('sesiones 49' + '1' + ',' / '54' + '2' + ', 59' + '3'): the list's "
         "next numbers are read on the next line"),
    # (PDF text and block extractions that set raised marks apart, notes gathered at the end.)
    Rule("spaced-stop-over-loose", "flow", MarkSearch._spaced_stop_over_loose, "over the whole text, a loose "
         "candidate between two words ('temática 5 de') gives way to a later mark set apart before a spaced comma "
         "('plurianual 5 ,') that the next note's does not precede"),
    Rule("spaced-stop-first-on-line", "flow", MarkSearch._spaced_stop_on_line, "whole-text-earliest's line: a "
         "weaker rule's candidate set apart from the comma or full stop after it ('responsabilidad\" 14 , aprobadas') "
         "wins over the stronger rule's later on the line, not so set apart ('Sostenible 14: \"Conservar')"),
    Rule("whole-text-earliest", "flow", MarkSearch.earliest, "over the whole text from the last mark on, the "
         "candidate set apart on the first line that holds one wins, whichever rule finds it (not the first rule's "
         "first candidate); on that line, the stronger rule's"),
    Rule("glued-earliest", "flow", MarkSearch.earliest_glued, "over the whole text from the last mark on, the "
         "candidate glued on the first line that holds one wins, whichever strong rule finds it (not the first rule's "
         "first candidate); on that line, the stronger rule's"),
    Rule("counted-between-neighbours", "flow", MarkSearch.between, "where marks stand apart, a number set apart after "
         "a word that counts it ('the draft resolution 49 was'), the only place between the marks of the notes before "
         "and after a note whose mark was not found where its marker stands apart, is that mark: the notes' sequence "
         "decides what the counted word does not"),
    # (PDF text and Markdown extractions whose wrap put a note's mark on a line of its own.)
    Rule("set-back-mark-first", "flow", MarkSearch._set_back_mark, "a number alone on its line that the flow set back "
         "at the end of the line above as a coming note's mark (mark-alone-on-line) is that note's mark when it comes: "
         "no weak rule takes a document number's digit on the page before over it ('76/29' + '6' + ' of')"),
    Rule("loose-first-on-page", "flow", MarkSearch._last_wins, "a mark set apart between two words ('Tlatelolco 9 "
         "to review') is the loose rule's first candidate on the page after the last mark, not its last: the text's "
         "own numbers set apart between words further down ('action 9 of', 'ниже 2 градусов') are as many as above it, "
         "and marks come in order"),
    Rule("loose-before-apart", "flow", MarkSearch._loose_before_apart, "the loose rule's first candidate after the "
         "last mark ('behaviours, 3 submitted') wins over mark-apart's on the page where it stands before it ('body "
         "3, on'): marks come in order, and mark-apart is asked first only as the tighter pattern"),
    Rule("apart-spaced-first-on-page", "flow", MarkSearch._spaced_first, "mark-apart's first candidate on a page, "
         "set apart from the comma or full stop after it ('coastal lanterns 1 , submitted'), wins over the page's last "
         "('study area 1, on'): no text sets its own number apart from that punctuation, and marks come in order"),
    Rule("counted-before-spaced-stop", "flow", _SPACED_STOP.match, "a number set apart from the comma or full stop "
         "after it ('on the item 2 , and') is a mark whatever word counts it: no text sets its own number apart from "
         "that punctuation"),
    Rule("counted-before-spaced-stop-at-line-start", "flow", MarkSearch._spaced_stop_first, "a number first on its "
         "line, set apart from the comma or full stop after it ('… on the item' / '2 , and'), is a mark whatever word "
         "ends the line before and counts it — a guess, told (text-note-mark-guessed) —, unless another number follows "
         "the comma ('4 , 5 and 6') or the text sets its punctuation apart after words elsewhere"),
    Rule("apart-before-next-mark", "flow", MarkSearch._apart_before_next, "a mark set apart that the page rules "
         "found past the first candidate set apart of the next note's mark ('study area 1, on' below 'Lanterns, 2') "
         "gives way to this note's candidate set apart before that one ('Beacons 1 and'), from the page before on: "
         "marks come in order"),
    Rule("counted-list-unclosed-over-break", "flow", MarkSearch._count_undone, "counted-list-unclosed, the word "
         "after the conjunction on the next line: 'under age 5, 12 and' / 'that this increase'"),
    Rule("mark-before-comma-at-line-start", "flow", comma_mark_after_word, "a mark glued to the comma after it at a "
         "line's start, the line before ending with a word ('développement' / '12, ainsi')"),
    Rule("apart-before-counted-glued", "flow", MarkSearch._counted_may_give_way, "apart-before-glued-ideographs "
         "asks for a mark set apart before a candidate glued after a counting word ('目标2，') where marks were found "
         "glued too"),
    Rule("apart-before-glued-ideographs", "flow", MarkSearch._apart_before_glued, "in a script without spaces, where "
         "no mark was found glued yet, a mark set apart on both sides ('报告 1 和') before a glued rule's candidate on "
         "the pages searched ('提案1 (') is the mark: the text's own numbers are glued to their words"),
    Rule("stop-apart-before-glued", "flow", MarkSearch._apart_placed, "for apart-before-glued-ideographs, a mark set "
         "apart at a line's end after an ideograph and a clause's punctuation ('合作的报告， 1') stands before a glued "
         "candidate as one inside its line does: the wrap cuts no number there"),
    Rule("mark-after-symbol-comma-at-break", "flow", after_symbol_comma, "digits glued after a resolution's number "
         "and its comma at a line's end, the next line opening with the list's next number ('88/12,4' / '89/30'), are "
         "a mark, not a number the break cut: such a line breaks after the comma's space"),
    # (Glued layouts whose notes stand on a page that holds the running text too: block extractions' notes gathered
    # after the closing under a rule, without page furniture.)
    Rule("loose-before-next-marks", "flow", MarkSearch._loose_bounded, "where every mark found is glued, a number "
         "set apart on both sides ('con 7 contratistas') stands before the first glued mark a strong rule finds for "
         "the next notes, or is no candidate: marks come in order"),
    Rule("glued-run-is-marker", "flow", MarkSearch._run_is_marker, "between two marks, digits glued to a word or "
         "punctuation whose run is another note's marker, or a later note's ('Women,16', 'room S12'), are never the "
         "sought marker glued to a number"),
    # (extractions that run paragraphs into one line)
    Rule("paragraph-number-after-end", "flow", number_after_paragraph_end, "digits glued after a paragraph's "
         "ending punctuation that open a paragraph number with a word after it ('权利；7. 还鼓励') are that number, "
         "never a mark"),
    # (Every numbered paragraph of a text: its number opens its line in the layouts that keep line breaks.)
    Rule("paragraph-number-not-mark", "flow", paragraph_number_not_mark, "digits that end the number opening a line "
         "as the language numbers its paragraphs ('129. Invita') are the paragraph's number, never a mark glued "
         "to a number"),
    # (Texts that cite a Goal's targets, "cible 3.3", their marks glued.)
    Rule("counted-dotted-not-mark", "flow", counted_dotted_not_mark, "digits glued after a number and its stop that "
         "a counting word of the table precedes ('cible 3.3', 'target 3.3') are the counted thing's, never a mark"),
    # (Lists whose items open with a numbered label: panels, themes, clusters — "小组1：…".)
    Rule("label-number-not-mark", "flow", label_number_not_mark, "digits glued to the one word opening a line that "
         "opens an item, a colon right after them ('小组1：', panel 1), a line near it opening with the same word and "
         "the next or last number ('小组2：'), are the label's number, never a mark"),
    # (Layouts that glue their marks and gather the notes away from their pages: one paragraph a line, notes at the
    # end; a resolution's symbol cited once, its shorter form elsewhere, is a look-alike of a mark glued to it.)
    Rule("symbol-before-next-marks", "flow", MarkSearch._symbol_bounded, "where marks are glued, a candidate of "
         "mark-after-cited-symbol ('5/1' + '4', 'decision 5/1' cited elsewhere) stands before the first glued mark a "
         "strong rule finds for the next notes ('Lanterns5'), as weak-before-next-marks asks of the weak rules: a "
         "symbol's digits are as often the text's own ('resolution 5/14')"),
    Rule("weak-before-next-marks", "flow", MarkSearch.next_marks_bound, "where marks are glued, a candidate for a "
         "note's mark by a weak rule ('71/23' + '2' in a list of resolutions) or an ambiguous strong one ('2.' + '15' "
         "+ ' United') stands before the first glued mark a strong rule finds for the next notes ('durable4'): marks "
         "come in order through the text, and the mark glued to a number before it ('Action 21' + '2') is then found "
         "between its neighbours"),
    Rule("mark-after-year-comma", "flow", after_year_comma, "digits glued after a year and its comma at a line's "
         "end ('2019,7' / '43/15 of') are a mark, not a number the line break cut"),
    Rule("mark-before-month-at-break", "flow", month_after_break, "digits glued after a word or punctuation at a "
         "line's end, the next line opening with a date's month and day and their counters ('国际日、13' / '2月4日'), "
         "are a mark where the digits and the month's make no month ('132'), not a number the line break cut"),
    Rule("mark-glued-word-at-break", "flow", glued_word_at_break, "digits glued to a word's last letter in lower "
         "case at a line's end, the next line holding only the next number and punctuation ('Humanos1' / '2;'), are a "
         "mark, not a number the line break cut; never after a unit of length ('km2')"),
    Rule("mark-after-stop-at-break", "flow", after_word_stop, "digits glued after a word's full stop at a line's "
         "end, the next line opening with a number ('Unit.12' / '56th plenary meeting'), are a mark, not a number "
         "the line break cut"),
    Rule("cut-listed-year-completed", "flow", listed_year_cut, "a mark set apart before digits that end its line, "
         "the next line completing a year of a list whose counter follows its last year only ('2018、 1 20' / '19 2 "
         "和2020年'), is a mark before that year"),
    Rule("counter-cut-by-break", "flow", counter_cut_by_break, "digits that end a line after a counter, the next "
         "line opening with a counter ('2020年12月1' / '日'), are a date's number the line break parted from its "
         "counter, never a mark"),
    Rule("label-opens-line-not-mark", "flow", label_opens_line, "digits that fill round brackets opening their "
         "line or block, a space or the line's end after them ('(1) former les gardiens …'), are an item's label, "
         "never a bare mark glued to the bracket"),
    Rule("bracketed-session-not-mark", "flow", bracketed_session, "digits that fill round brackets after a body's "
         "symbol, letters, a full stop and a number ('А.1090(28)', 'MEPC.207 (62)': a resolution and its session), "
         "are the symbol's, never a mark"),
    Rule("date-at-break-mark-told", "flow", MarkSearch._date_at_break_told, "mark-apart-before-date-at-break's "
         "number set apart after a word before a day that ends the line ('Lagos 2 4' / 'March 2041'): taken as "
         "before, told (the word's number, a count or a range's first day reads alike)"),
    Rule("counter-after-break-told", "flow", MarkSearch._glued_before_counter_told, "mark-glued's digits at a "
         "line's end before a counter on the next line ('至2' / '岁'), marks so far set apart, too few for "
         "counter-after-break-apart: taken as before, told"),
    Rule("spaced-stop-over-loose-on-page", "flow", MarkSearch._spaced_stop_on_page, "on a note's page, a loose "
         "candidate between two words ('в размере 21 недели') gives way to a later mark set apart before a spaced "
         "comma or stop, or at a line's end before the comma that opens the next ('подряд 21' / ','), told"),
    Rule("cited-symbol-apart-stands-back", "flow", MarkSearch._symbol_stands_back, "in a text whose marks were all "
         "found set apart, mark-after-cited-symbol stands back: digits glued to a symbol are the symbol's ('X/29')"),
    Rule("counter-after-break-apart", "flow", counter_after_break, "where 3 marks at least stood apart and none "
         "glued, digits glued to a word "
         "at a line's end, the next line opening with a counter of the table ('至2' / '岁'), are a number the break "
         "parted from its counter, never a mark"),
    Rule("month-cut-by-break", "flow", month_cut_by_break, "digits that end a line and make a month, the next line "
         "opening with a counter, a day and a counter ('每年的3' / '月21日'), are the date's month the line break "
         "parted from its counter, never a mark"),
    Rule("listed-counter-cut-by-break", "flow", listed_counter_cut_by_break, "in a script that breaks anywhere, "
         "digits that end a line after a counted number and a joiner of the table ('18日和19' / '日'), the next line "
         "opening with the same counter, are the list's last number the break parted from its counter, never a mark"),
    Rule("listed-symbol-at-line-start", "flow", listed_symbol_at_line_start, "a number set apart at a line's "
         "start before a resolution's symbol, the line before ending with a word's comma ('… air quality,' / '3 2/21 "
         "of'), is a mark the wrap put first on the line"),
    Rule("between-symbols-at-line-start", "flow", symbol_comma_at_line_start, "a number set apart at a line's "
         "start before a resolution's symbol, the line before ending with a symbol's comma ('… resolutions 73/263,' / "
         "'12 74/168'), is a mark the wrap put first on the line"),
    Rule("symbol-year-after-break", "flow", symbol_year_after_break, "digits glued to digits at a line's end, the "
         "next line opening with a year in brackets ('2254' / '(2015)'), are a resolution's number, never a mark"),
    Rule("counted-glued-not-mark", "flow", counted_glued_not_mark, "in a script without spaces, digits glued after "
         "a word of the table's endnotes.not_after ('第1(a)段') are the number it counts, never a mark"),
    Rule("range-not-mark", "flow", range_not_mark, "digits followed by a range separator of the language table "
         "and another number ('第1至10段', 'aged 15 to 19') are the range's first number, never a mark"),
    Rule(BARE_AFTER_EMPTY_BRACKETS.name, "flow", BARE_AFTER_EMPTY_BRACKETS.build, BARE_AFTER_EMPTY_BRACKETS.why),
    Rule("listed-number-not-year", "flow", MarkSearch._listed_after_number, "a number that reads as a year after a "
         "short number and a conjunction of the table ('párrafos 18 y 1919,') closes a list of numbers: the marker "
         "that ends it may be a mark glued to the list's last number, sought between two marks"),
    Rule("counted-number-gives-way", "flow", MarkSearch._counted_gives_way, "of several places between two marks "
         "where the marker ends a number, those whose number a word of the table's endnotes.not_after counts "
         "('capítulo 17') give way to the one no such word counts ('Programa 21' + '7' + ',')"),
    Rule("symbol-part-letter", "flow", symbol_part_letter, "digits that end a document's number before its part's "
         "letter ('76/246 A') are the number's, no mark"),
    Rule("counted-name-over-break", "flow", counted_name_over_break, "a number set apart after a counted name whose "
         "head the wrap put on the line before is the name's, no mark"),
    Rule("date-over-break", "flow", date_over_break, "a number set apart whose date's month the wrap put on the "
         "next line is the date's day (day-not-mark, days-listed-not-mark read over the break), no mark"),
    Rule("second-day-not-mark", "flow", second_day_not_mark, "digits glued after a conjunction of the table that "
         "follows a day's number, before a month's name ('13 и14 февраля'), are the second day, never a mark"),
    Rule("spaced-stop-before-ambiguous", "flow", _spaced_stop_apart, "where no mark was found glued yet, a mark set "
         "apart before a comma or full stop set apart after it ('développement 1 ,') wins over a later candidate of an "
         "ambiguous strong rule ('cible 12.1 ;'): no text sets its own number apart from that punctuation"),
    Rule("spaced-quote-before-word", "flow", spaced_quote_before_word, "a mark set apart after a closing quote set "
         "apart from its word, at a line's end, the next line opening with a word ('numérique » 14' / 'et les'): no "
         "number of the text stands there but a date's day before its month"),
    Rule("symbol-tail-page-told", "flow", MarkSearch._symbol_tail_page_told, "a weak rule takes a note's mark on its "
         "page glued to a bare resolution number's last digits where another number on the page, before the next "
         "note's first candidate, may end with it at its clause's end: taken, told (text-note-mark-guessed), both "
         "places named"),
    Rule("symbol-tail-told", "flow", MarkSearch._symbol_tail_told, "between two marks, the one place found the last "
         "digits of a document's symbol and no other: taken, and the guess told"),
    Rule("symbol-tail-gives-way", "flow", MarkSearch._symbol_tail_gives_way, "between two marks, the one place found "
         "that is the last digits of a document's symbol, well formed with them or without ('67/201'), gives way to "
         "the one mark glued to a number that is no symbol's ('принцип 71,'); the guess is told"),
    Rule("glued-word-between-neighbours", "flow", MarkSearch._glued_word_wins, "between two marks, the one place "
         "where the marker stands glued to a word's last letter ('секретаря' + '6' + ',') wins over places only the "
         "weak rules find ('76/29' + '6' + ' от')"),
    Rule("quoted-number-not-mark", "flow", quoted_number, "digits right after a straight quote that opens a "
         "quotation (a space before it, an even number of straight quotes before it on the line) are the quoted "
         "text's, never a mark ('the \"25 by 2025\" initiative')"),
    Rule("year-over-break", "flow", year_over_break, "digits opening a line that, with the digits ending the line "
         "before, make a year and its counter ('…和20' / '23年3月'), are the year's rest, never a mark"),
    Rule("star-between-words-at-break", "flow", star_between_words_at_break, "a star set apart at a line's end "
         "after a word, the next line opening with a word in lower case ('the daily rate *' / 'days of service'), "
         "is the text's own star between two words, never a star note's mark"),
    Rule("second-day-over-break", "flow", second_day_over_break, "second-day-not-mark read over a line break: the "
         "first day the line before's last word, the conjunction first on the candidate's line ('13' / 'и14 "
         "февраля')"),
    Rule("zero-marker-not-mark", "flow", zero_marker, "a marker of digits that opens with a zero ('000' of a "
         "number the wrap cut: '(8 640' / '000 dollars)') is no note's — notes are numbered from 1 —: its mark is "
         "never sought, and the text's own digits stay"),
    Rule("bracketed-day-not-mark", "flow", bracketed_day_not_mark, "digits right after an opening bracket, before a "
         "month's name ('(1 July to 30 June)'), are a date's day, never a mark glued to the bracket, by any rule"),
    Rule("day-at-break-not-mark", "flow", MarkSearch._day_at_break, "a number that ends a line, the next line "
         "opening with a month's name ('от 21' / 'декабря'), is a date's day, never a mark glued to a number"),
    Rule("day-not-mark", "flow", day_not_mark, "a number set apart before a month's name is a date's day, not "
         "a mark ('Wednesday, 1 February')"),
    Rule("listed-day-not-glued-mark", "flow", MarkSearch._listed_day, "a number before a conjunction, the next day "
         "and a month ('días 15 y 16 de noviembre') is a first day, its last digits no mark glued to a number"),
    Rule("days-listed-not-mark", "flow", days_listed_not_mark, "a number set apart before a conjunction, the "
         "next day's number and a month ('los días 3 y 4 de marzo') is the first day of two, not a mark"),
    Rule("mark-after-symbol-word", "flow", after_symbol_word, "a number of one to three digits set apart after a "
         "word whose number is a symbol ('резолюции 5,'), before a clause's punctuation, is a mark, not the word's "
         "count"),
    Rule("counted-word-determined", "flow", counted_word_determined, "a number set apart after a counted word "
         "that a determiner of the table makes name what the text has named ('este tema 4 ,') is a mark, not "
         "its count"),
    Rule("counted-list-closed", "flow", counted_list_closed, "a number set apart after a counted list's last "
         "number and its comma, the list closed by a conjunction of the table ('Goals 5 and 16, 4 in'), is a mark"),
    Rule("counted-list-unclosed", "flow", counted_list_unclosed, "a number set apart after a counted number and its "
         "comma, followed by a conjunction of the table and a word ('age 5, 12 and that'), is a mark, no list's "
         "second number: a list closed after a comma ends with one more number"),
    Rule("counted-list-repeated", "flow", counted_list_repeated, "a number set apart after a counted number and "
         "its comma that repeats it ('Goal 2, 2 exacerbating') is a mark, not the list's next number"),
    Rule("counted-not-mark", "flow", counted_not_mark, "a number set apart after a word that counts or "
         "introduces it ('principle 6,', 'paragraph 2,': the table's endnotes.not_after) is no mark set apart"),
    Rule("counted-item-subnumber", "flow", counted_item_subnumber, "a bracketed number set apart after a counted "
         "item whose number bears a letter ('Schedule 1A (4)', 'الجدول 1-ألف (4)') numbers an entry of it, never a "
         "mark"),
    Rule("counted-name-not-mark", "flow", counted_name_not_mark, "a number set apart after a name whose first word "
         "counts it ('Objetivo de Desarrollo Sostenible 3 (', its other words capitalised or function words) is the "
         "name's number, never a mark set apart"),
    Rule("furniture-cites-nothing", "flow", MarkSearch.cited, "symbols are counted as cited in the text's lines, "
         "not its page furniture: a page number '5/13' cites no '5/13'"),
    Rule("symbol-cited-not-mark", "flow", MarkSearch.symbol_cited_whole, "digits that end a document's symbol "
         "the text cites with them more than once ('63/119' in three paragraphs) are the symbol's, never a mark"),
    Rule("decimal-before-unit", "flow", decimal_before_unit, "digits after a number and its full stop, before a "
         "unit's sign ('1.5 °C'), are decimals, never a mark"),
    Rule("number-before-label", "flow", before_label, "digits right before a bracketed item label ('附表1(A)', "
         "'paragraph 3 (b)') are the number the label qualifies, never a mark"),
    Rule("grouped-at-line-end", "flow", grouped_at_line_end, "a number in groups of three that ends a line is "
         "the text's number when no year begins with its last group ('额2 413 100' / '美元'), never a mark"),
    Rule("grouped-cut-by-break", "flow", grouped_cut_by_break, "digits of a number in groups of three whose last "
         "group the line break cut, the next line opening with the rest of it ('余额1 6' / '24 500美元'), are the "
         "number's, never a mark"),
    # (texts of ideographs, which break inside numbers)
    Rule("grouped-head-cut-by-break", "flow", grouped_head_cut_by_break, "digits glued to a word at a line's end, the "
         "next line opening with the rest of a number in groups whose first group they complete ('共计1' / '4 109 "
         "800美元'), are the number's, never a mark"),
    # (budget and financing resolutions in PDF text of a script with spaces, their amounts wrapped at a group's space)
    Rule("grouped-head-apart-cut-by-break", "flow", grouped_head_apart_cut, "where numbers part their groups with a "
         "space, digits after a word and a space at a line's end, the next line opening with groups of three digits "
         "('размере 4' / '909 500 долл.'), are the number's first group, never a mark set apart"),
    # (short texts whose only paragraph ends with a document's symbol, its note's mark glued, in PDF text)
    Rule("mark-after-symbol-semicolon", "flow", symbol_semicolon, "digits glued after a document's symbol and the "
         "paragraph's semicolon at a line's end ('resolution 77/7;1' / '26th plenary meeting') are a mark, not the "
         "start of a number the break cut"),
    Rule("decimal-cut-by-break", "flow", decimal_cut_by_break, "in a script that breaks anywhere, digits glued to a "
         "word that end a line with the decimal separator, the next line opening with the decimal's digits ('损失8.' / "
         "'5万亿美元'), are the decimal's whole part, never a mark"),
    Rule("cut-year-completed", "flow", year_cut, "a mark set apart before the digits that end its "
         "line stands before a date's year only where the next line completes the year and its counter ('、 5 2' / "
         "'021年')"),
    # (every layout: a decision's session, a label in brackets)
    Rule("bracketed-number-not-mark", "flow", bracketed_number, "digits alone in a pair of brackets ('148(3)') are "
         "the bracket's number, never a mark glued to the opening bracket, by any rule"),
    # (scripts that print marks in brackets: an article's paragraph set apart, "المادة 33 (1)")
    Rule("bracketed-number-apart-not-mark", "flow", bracketed_number_apart, "where marks are printed in brackets "
         "glued to what they mark, digits alone in a bracket set apart after a number of up to three digits "
         "('المادة 33 (1)', the wrap between them or not) are the number's sub-number, never a mark, by any rule, "
         "where the same digits stand glued in brackets elsewhere (the mark's other candidate)"),
    # (every layout: a legal text's nested subdivisions, "section 13 (b) (1)")
    Rule("bracketed-sublabel-not-mark", "flow", bracketed_sublabel, "digits alone in a pair of brackets right after "
         "another bracketed label ('section 13 (b) (1)') are the label's next level, never a mark glued to the "
         "opening bracket, by any rule"),
    # (every layout: "Notice No.1", "para.3")
    Rule("abbreviation-number-not-mark", "flow", abbreviation_number, "digits glued right after an abbreviation that "
         "asks a number ('No.1', 'vol.2') are that number, never a mark, by any rule"),
    # (PDF text and extractions that wrap a name before its number)
    # (PDF text whose wrap puts a list's conjunction first on a line)
    Rule("listed-number-over-break", "flow", MarkSearch._list_words, "for listed-number-not-year, a conjunction that "
         "opens a line has the list's number before it at the line before's end ('párrafos 18' / 'y 1919,')"),
    # (double-spaced PDF text: a blank line under every line)
    Rule("named-over-double-spacing", "flow", MarkSearch._gap_says_nothing, "in double-spaced text, the blank line "
         "before a line that opens with a number ends no paragraph: number-at-line-start-named reads the word that "
         "counts it on the line before ('el Objetivo' / '' / '12,')"),
    Rule("number-at-line-start-named", "flow", MarkSearch._with_line_before, "for counted-number-gives-way, a number "
         "that opens a line has the word before it on the line above ('del Programa' / '217,')"),
    Rule("grouped-not-mark", "flow", grouped_not_mark, "digits that begin a number written in groups of three "
         "set apart by spaces ('的1 076名') are the number's, never a mark"),
    Rule("grouped-join-lost", "flow", grouped_join_lost, "in a script written without spaces, digits that begin "
         "a number in groups of three whose wrapped lines were joined over one separator ('批款1 116609 000美元') "
         "are the number's, never a mark"),
    Rule("decimal-not-mark", "flow", decimal_digit, "where decimals are written with a comma, a digit after "
         "a number and its comma is a decimal, never a mark ('217,6 millions')"),
    Rule("decimal-head-not-mark", "flow", decimal_head, "where decimals are written with a comma, digits that "
         "open a token and run into the comma and a digit are the decimal's whole part, never a mark ('(5,7 pour "
         "cent)')"),
    Rule("bracketed-day-month-not-mark", "flow", bracketed_day_month_not_mark, "digits right after an opening "
         "bracket that begin a day and its month as the table's date pattern reads them, a function word between "
         "('(1 de julio a 30 de junio)'), are a date's day, never a mark glued to the bracket"),
    Rule("spaced-stop-at-line-start-first", "flow", MarkSearch._stop_at_line_start_first, "a mark set apart at a "
         "line's start before a comma or stop set apart ('paz' / '7 , a menudo') wins over another loose rule's "
         "candidate further down the page ('personas, 7 de ellas'): marks come in order"),
    Rule("spaced-stop-after-line-end-first", "flow", MarkSearch._stop_after_line_end, "a mark set apart at a "
         "line's end after a word, the next line opening with the comma or stop set apart after it ('правах 4' / "
         "', в котором'), wins over another loose rule's candidate further down the page: marks come in order"),
    Rule("dotted-number-before-wrapped-title", "flow", dotted_number_before_title, "digits glued after a number and "
         "its full stop at a line's end, the next line opening with a title in brackets ('16.4' / '(Réduire …'), are "
         "the target's number, no mark"),
    Rule("dotted-number-goes-on", "flow", dotted_number_goes_on, "digits after a number and its full stop where the "
         "sentence goes on — a lower-case word opening the next line ('cible 12.4' / 'concernant'), an opening "
         "bracket ('16.4 (Réduire') — are the number's, never a mark"),
    Rule("dotted-number-at-line-start", "flow", dotted_number_at_line_start, "digits after a full stop that opens a "
         "line, the line before ending with a number ('指标16.4' / '.1，'), are that number's last part, never a mark"),
    Rule("number-before-apart-twin", "flow", number_before_twin, "in a script without spaces, digits glued to a "
         "word before a space and the same digits set apart ('目标2 2 的') are the text's number, the digits set "
         "apart its mark"),
    Rule("counted-glued-gives-way-earliest", "flow", MarkSearch.earliest_uncounted, "glued-earliest's candidate "
         "glued after a counting word gives way to the rule's next candidate glued after none, before the next "
         "notes' marks"),
    Rule("counted-glued-gives-way", "flow", MarkSearch._counted_glued_gives_way, "in a script without spaces, a "
         "strong rule's candidate glued after a word of the table's endnotes.glued_counts ('目标3，') gives way to "
         "its next candidate on the page after no such word ('”3 及其')"),
    Rule("counted-glued-gives-way-apart", "flow", MarkSearch._apart_after_count, "in a script without spaces, a "
         "strong rule's candidate glued after a counting word ('目标3，'), no glued candidate after it on the page, "
         "gives way to the first candidate set apart by spaces after it ('” 3 及其'): ideographs never set a number "
         "apart (a guess, told: text-note-mark-guessed)"),
    Rule("bracketed-count-not-mark", "flow", bracketed_count, "digits right after an opening bracket, then a space "
         "and a word ('(10 заседаний)'), are the count the bracket opens with, never a mark glued to the bracket"),
    Rule("bracketed-count-at-break", "flow", bracketed_count_at_break, "digits right after an opening bracket at a "
         "line's end, the next line opening with a word ('(22' / 'per cent)'), are the count the bracket opens with, "
         "never a mark glued to the bracket"),
    # (Texts that glue a conjunction to the number after it: Arabic's "و", forty-two of the corpus's 674 Arabic files.)
    Rule("function-word-glued-not-mark", "flow", glued_to_function_word, "digits glued right after a function word "
         "of the table standing alone ('الهدفين 1 و2', goals 1 and 2) are the number it leads to, never a mark: a "
         "function word ends no words a mark could mark"),
    Rule("listed-number-in-order", "flow", listed_in_order, "digits glued to the end of the number that closes a "
         "list ('l'objectif 3 et de l'objectif 12') are its own where without them it would fall below the list's "
         "number before it: lists of numbers go up"),
    Rule("number-before-cut-stop", "flow", number_before_cut_stop, "a number that ends a line after a clause's "
         "punctuation, the next line opening with a full stop ('增多； 7' / '. 吁请'), is the next paragraph's number "
         "whose stop the wrap parted from it, never a mark"),
    Rule("listed-glued-not-mark", "flow", listed_glued_not_mark, "in a script without spaces, digits glued after an "
         "enumeration comma that follows a number ('第10、12、13段') are a list's next number, never a mark"),)
