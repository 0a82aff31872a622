"""What a pattern's match can start with, told from the pattern itself: a line that starts with
none of those characters is not handed to the regular-expression engine.

The readers ask some patterns of every line (a paragraph number or label, a heading's words, a
meeting or vote statement); most lines start like none of them, and a pattern of many literal
alternatives ("(a)|(b)|…|(zz)", a language's table of heads) costs the engine a try of each
alternative at the line's start before it fails. `prefiltered(p)` is p.match with that test in
front: the same match or None for every text (the test only leaves out texts the pattern cannot
match), read from p's parse, so a pattern changed in a table needs no list kept beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

Matcher = Callable[[str], "re.Match[str] | None"]
# Ranges wider than this are not listed (the test then says nothing).
_RANGE_MAX = 512


class _Unknown(Exception):
    """The pattern holds something the first characters of which are not told here."""


def first_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """(characters, digits): a match of pattern at a text's start begins with one of the characters,
    or with a decimal digit when digits (\\d) — or None when that cannot be told (a pattern that may
    match the empty string, ignores case, or starts with a class that is not a list of characters)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        chars, digits, empty = _sequence(list(_p.parse(pattern.pattern, pattern.flags)))
    except (_Unknown, RecursionError):
        return None
    return None if empty else (frozenset(chars), digits)


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str], bool, bool]:
    """(first characters, digits, may match empty) of items matched one after the other."""
    chars: set[str] = set()
    digits = False
    for op, av in items:
        c, d, empty = _item(op, av)
        chars |= c
        digits = digits or d
        if not empty:
            return chars, digits, False
    return chars, digits, True


def _item(op: Any, av: Any) -> tuple[set[str], bool, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False, False
    if op is _c.IN:
        return (*_in(av), False)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # (zero-width: they only narrow what follows)
        return set(), False, True
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _sequence(list(sub))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, digits, empty = _sequence(list(sub))
        return chars, digits, empty or low == 0
    raise _Unknown


def _branch(alternatives: list[Any]) -> tuple[set[str], bool, bool]:
    chars: set[str] = set()
    digits = empty = False
    for alt in alternatives:
        c, d, e = _sequence(list(alt))
        chars |= c
        digits, empty = digits or d, empty or e
    return chars, digits, empty


def _in(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    chars: set[str] = set()
    digits = False
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _RANGE_MAX:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            digits = True  # (\d: a Unicode decimal digit, as str.isdecimal tells)
        else:
            raise _Unknown
    return chars, digits


@cache
def prefiltered(pattern: re.Pattern[str], firsts: tuple[frozenset[str], bool] | None = None) -> Matcher:
    """pattern.match, not asked of a text whose first character no match can start with. firsts: those
    characters (and whether a decimal digit), when the caller built the pattern from words it knows
    — a long pattern's parse costs a process as much as compiling it; else read from the pattern."""
    if firsts is None:
        firsts = first_chars(pattern)
    match: Matcher = pattern.match
    if firsts is None:
        return match
    chars, digits = firsts
    if digits:
        def match_digits(text: str) -> re.Match[str] | None:
            c = text[:1]
            return match(text) if c in chars or c.isdecimal() else None
        return match_digits

    def match_chars(text: str) -> re.Match[str] | None:
        return match(text) if text[:1] in chars else None
    return match_chars
