"""What a pattern's match can start with, told from the pattern itself: a line that starts with
none of those characters is turned away by the regular-expression engine at its first test.

The readers ask some patterns of every line (a paragraph number or label, a heading's words, a
meeting or vote statement); most lines start like none of them, and a pattern of many literal
alternatives ("(a)|(b)|…|(zz)", a language's table of heads) costs the engine a try of each
alternative at the line's start before it fails. `guarded(p)` is p opened by a lookahead for those
characters: the same match for every text (the lookahead only turns away texts p cannot match),
read from p's parse, so a pattern changed in a table needs no list kept beside it. (A test written
in Python — text[:1] in a set — costs as much: the first character of a text in a script other
than Latin is a new string to make and hash.)
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

Firsts = tuple[frozenset[str], bool]
# Ranges wider than this are not listed (the test then says nothing).
_RANGE_MAX = 512


class _Unknown(Exception):
    """The pattern holds something the first characters of which are not told here."""


def first_chars(pattern: re.Pattern[str] | str, flags: int = 0) -> Firsts | None:
    """(characters, digits): a match of pattern at a text's start begins with one of the characters,
    or with a decimal digit when digits (\\d) — or None when that cannot be told (a pattern that may
    match the empty string, ignores case, or starts with a class that is not a list of characters)."""
    text, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    try:
        parsed = _p.parse(text, flags)
        if (flags | parsed.state.flags) & re.IGNORECASE:
            return None
        chars, digits, empty = _sequence(list(parsed))
    except (_Unknown, RecursionError, re.error):
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


def guard(firsts: Firsts | None) -> str:
    """A lookahead for the first characters (\\d for the digits) to open a pattern with: the engine
    then turns a text that starts otherwise away with one test of its first character, where it
    would try each alternative of the pattern ("" when nothing is known)."""
    if firsts is None:
        return ""
    chars, digits = firsts
    options = ["[" + "".join(re.escape(c) for c in sorted(chars)) + "]"] if chars else []
    if digits:
        options.append(r"\d")
    return "(?=" + ("|".join(options) or "(?!)") + ")"


@cache
def guarded(pattern: re.Pattern[str], firsts: Firsts | None = None) -> re.Pattern[str]:
    """pattern, opened by the guard of its first characters: the same match (span, groups) for every
    text at its start. firsts: those characters, when the caller built the pattern from words it
    knows (reading a long pattern's parse costs a process as much as compiling it); else read from
    the pattern (meant for short ones: a language table's). The pattern itself when nothing is
    known or the guarded one does not compile (a global flag written at its start)."""
    if firsts is None:
        firsts = first_chars(pattern)
    return compile_guarded(pattern.pattern, pattern.flags, firsts) if firsts is not None else pattern


def compile_guarded(text: str, flags: int = 0, firsts: Firsts | None = None) -> re.Pattern[str]:
    """The pattern text compiled, opened by the guard of its first characters (read from it when not
    given): compiled once, not once plain and once guarded."""
    if firsts is None:
        firsts = first_chars(text, flags)
    if firsts is not None:
        try:
            return re.compile(f"{guard(firsts)}(?:{text})", flags)
        except re.error:  # (a global flag written at the pattern's start must stay there)
            pass
    return re.compile(text, flags)
