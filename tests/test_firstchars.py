"""firstchars: what a pattern's match starts with, and the guard that opens the readers' per-line
patterns with a lookahead for those characters (the same matches, texts that start otherwise
turned away at once)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unres.firstchars import compile_guarded, first_chars, guarded
from unres.langs import lang
from unres.text.openings import _heads_regex, items_regex, labels_regex, opener_regex
from unres.text.segment import _meeting_start, closing_or_meeting

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:ab|c)d", ({"a", "c"}, False)),
    (r"^\d{1,4}\.", (set(), True)),
    (r"(?=x)y|[p-r]", ({"y", "p", "q", "r"}, False)),
    (r"(?:x)?z", ({"x", "z"}, False)),
    (r"(?>k)|\(\d\)", ({"k", "("}, False)),
])
def test_first_chars(pattern: str, expected: tuple[set[str], bool]) -> None:
    assert first_chars(re.compile(pattern)) == (frozenset(expected[0]), expected[1])


@pytest.mark.parametrize("pattern", [r"a?", r"(?i)a", r"(?i:a)b", r"[^a]", r".x", r"\w", r"(a)?(?(1)b|c)", r"x*"])
def test_first_chars_untold(pattern: str) -> None:
    # (may match empty, ignores case, or starts with a class that is no list: nothing is left out)
    assert first_chars(re.compile(pattern)) is None
    p = re.compile(pattern)
    assert guarded(p) is p


def _texts() -> list[str]:
    lines = []
    for f in sorted((ROOT / "samples").rglob("*.txt")):
        lines += [ln.strip() for ln in f.read_text(encoding="utf-8").splitlines()]
    return [*lines, "", "1", "1.", "(a)", "a)", "٣ -", "(一)", "第43次全体会议", "\u0661. x", "· x", "- y"]


def _unguarded(p: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the guard it opens with (its first lookahead, "(?=…)")."""
    text = p.pattern
    assert text.startswith("(?="), text[:40]
    depth, k, in_class = 0, 0, False
    while True:
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return re.compile(text[k + 1:], p.flags)
        k += 1


@pytest.mark.parametrize("code", ["ar", "en", "es", "fr", "ru", "zh"])
def test_guarded_matches_as_the_pattern(code: str) -> None:
    """The readers' per-line patterns, guarded, match every line of the samples as they would
    without the guard: the same span and groups, or none."""
    lg = lang(code)
    pairs = [(p, guarded(p)) for p in lg.patterns.values()]
    pairs += [(_unguarded(p), p) for p in (opener_regex(lg), items_regex(lg), labels_regex(lg, bullets=False))]
    if not lg.script.spaced:
        pairs.append((_unguarded(_heads_regex(lg)), _heads_regex(lg)))
    told = 0
    for plain, guarded_p in pairs:
        told += guarded_p is not plain
        for t in _texts():
            a, b = plain.match(t), guarded_p.match(t)
            assert (a and (a.span(), a.groups(), a.lastgroup)) == (b and (b.span(), b.groups(), b.lastgroup)), (
                plain.pattern[:80], t)
    assert told >= 4  # (the opener and the labels at least)


def test_compile_guarded_keeps_a_global_flag() -> None:
    # (a global flag must open the pattern: the pattern is compiled as it is)
    p = compile_guarded("(?x) a b")
    assert p.pattern == "(?x) a b" and p.match("ab")
    assert compile_guarded("ab|cd").pattern.startswith("(?=")


@pytest.mark.parametrize("code", ["ar", "en", "es", "fr", "ru", "zh"])
def test_closing_search_asks_one_pattern_as_two(code: str) -> None:
    """The closing search's one pattern a line says, of every line of the samples, what the closing
    pattern and the meeting's start say of it."""
    lg = lang(code)
    kinds, closing, start = closing_or_meeting(lg), lg.patterns["closing"], _meeting_start(lg.patterns["meeting"])
    seen = set()
    for t in [*_texts(), "第43次全体会议", "[经记录表决", "47th plenary meeting", "[Adopted without a vote"]:
        m = kinds.match(t)
        said = (m is not None and m["closing"] is not None, m is not None and m["start"] is not None)
        assert said == (closing.match(t) is not None, start.match(t) is not None), t
        seen.add(said)
    assert (False, False) in seen
    if code == "zh":
        assert {(True, False), (False, True)} <= seen
