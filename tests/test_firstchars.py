"""firstchars: what a pattern's match starts with, and the prefiltered match that leaves out the
texts no match can start with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from unres.firstchars import first_chars, prefiltered
from unres.langs import lang
from unres.text.openings import _heads_regex, items_regex, opener_regex

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
    assert prefiltered(re.compile(pattern)) == re.compile(pattern).match


def _texts() -> list[str]:
    lines = []
    for f in sorted((ROOT / "samples").rglob("*.txt")):
        lines += [ln.strip() for ln in f.read_text(encoding="utf-8").splitlines()]
    return [*lines, "", "1", "1.", "(a)", "a)", "٣ -", "(一)", "第43次全体会议", "\u0661. x", "· x", "- y"]


@pytest.mark.parametrize("code", ["ar", "en", "es", "fr", "ru", "zh"])
def test_prefiltered_matches_as_the_pattern(code: str) -> None:
    """The readers' per-line patterns, prefiltered, match every line of the samples as they do."""
    lg = lang(code)
    patterns = [opener_regex(lg), items_regex(lg), *lg.patterns.values()]
    if not lg.script.spaced:
        patterns.append(_heads_regex(lg))
    told = 0
    for p in patterns:
        match = prefiltered(p)
        told += match is not p.match
        for t in _texts():
            a, b = p.match(t), match(t)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (p.pattern[:80], t)
    assert told >= 2  # (the opener and the labels are told at least)
