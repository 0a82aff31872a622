"""The text reader's work grows linearly with hostile inputs (issue "Hostile input, round two", H3;
the inputs of shared/repros/hostile/text-slow, built here at two sizes). No time is measured:
each test reads a moderately large input right, and counts the characters handed to the
functions that carry the work at size k and 2k — linear work doubles, quadratic quadruples.
benchmarks/scaling.py times the same cases at 1×, 10× and 100×."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from unres.members import MemberTable
from unres.model import LANGUAGES
from unres.text import classify, endnotes, header, marked, vote
from unres.text.marks import Tokens, plausible
from unres.text.parse import parse_text

GA = ("A/RES/79/12\n\nGeneral Assembly\n\nSeventy-ninth session\n\nAgenda item 12\n\n79/12. Title\n\n"
      "The General Assembly,\n\nRecalling its resolution 77/3,\n\n")
OPS = "1. Encourages Member States to share data;\n\n2. Decides to remain seized of the matter.\n\n"
CLOSE = "5 November 2024\n\n31st plenary meeting\n\n[Adopted without a vote.]\n"
LINEAR = 2.3  # work at 2k over work at k: about 2 when linear, about 4 when quadratic


def joined(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[object, int]:
    """The model of text, and the characters handed to the reader's join and normalise functions."""
    count = [0]
    join_text, normalize_text = marked.join_text, marked.normalize_text

    def counting_join(lang, parts):
        count[0] += sum(map(len, parts))
        return join_text(lang, parts)

    def counting_normalize(lang, text):
        count[0] += len(text)
        return normalize_text(lang, text)

    for module in (marked, classify, endnotes, header, vote):
        if hasattr(module, "join_text"):
            monkeypatch.setattr(module, "join_text", counting_join)
        if hasattr(module, "normalize_text"):
            monkeypatch.setattr(module, "normalize_text", counting_normalize)
    return parse_text(text).resolution, count[0]


# (case, the input at size k, what reading it at k = 2,000 must give, where to look)
JOINED = {
    "numbers out of sequence merged into the paragraph before": (
        lambda k: GA + "1. Decides;\n\n" + "9. more text;\n\n" * k + CLOSE,
        lambda res: res.operative[0].text, "Decides; " + " ".join(["9. more text;"] * 2_000)),
    "unnumbered blocks going on with a numbered one": (
        lambda k: GA + "1. Decides;\n\n" + "more text;\n\n" * k + CLOSE,
        lambda res: res.operative[0].text, "Decides; " + " ".join(["more text;"] * 2_000)),
    "an endnote that goes on": (
        lambda k: GA.replace("77/3,", "77/3 1 and,") + OPS + CLOSE + "\n1 See the report\n" + "and more\n" * k,
        lambda res: res.footnotes[0].text, "See the report " + " ".join(["and more"] * 2_000)),
    "a footnote that never ends": (
        lambda k: GA.replace("77/3,", "77/3,1") + OPS + CLOSE + "\n1 A note that goes on\n" + "and on and on\n" * k,
        lambda res: res.footnotes[0].text, "A note that goes on " + " ".join(["and on and on"] * 2_000)),
}


@pytest.mark.parametrize("case", sorted(JOINED))
def test_text_that_goes_on_is_joined_in_linear_work(monkeypatch, case):
    make, where, want = JOINED[case]
    res, small = joined(monkeypatch, make(2_000))
    assert where(res) == want
    _, large = joined(monkeypatch, make(4_000))
    assert large < LINEAR * small


def test_a_vote_list_with_many_ands_is_split_in_linear_work(monkeypatch):
    looked_up = [0]
    lookup = MemberTable.lookup

    def counting_lookup(self, name):
        looked_up[0] += len(name)
        return lookup(self, name)

    monkeypatch.setattr(MemberTable, "lookup", counting_lookup)

    def make(k):
        return (GA + OPS + "5 November 2024\n\n31st plenary meeting\n\n[Adopted by a recorded vote of 1 to 0.\n"
                "In favour:\n" + " and ".join(["Xland"] * k) + "\nAgainst:\nNone]\n")
    res = parse_text(make(1_000)).resolution
    # (the last "and" of a list parts its last two names, known or not)
    assert [m.name for m in res.vote.in_favour.members] == [" and ".join(["Xland"] * 999), "Xland"]
    small = looked_up[0]
    looked_up[0] = 0
    parse_text(make(2_000))
    assert looked_up[0] < LINEAR * small


def test_a_long_header_line_with_many_ons_is_read_and_every_date_group_is_bounded():
    text = ("A/RES/79/12\n\nResolution adopted by the General Assembly" + " on x" * 4_000 + " on 5 November 2024\n\n"
            + GA.split("\n\n", 1)[1] + OPS + CLOSE)
    assert parse_text(text).resolution.metadata.adoption_date == "2024-11-05"
    # A date group that may run over the whole line, after a lazy group and a separator that
    # repeats, is tried at every separator over the rest of the line: quadratic. Every date
    # group of the tables is bounded.
    tables = Path(__file__).resolve().parent.parent / "converter" / "langs"
    for code in LANGUAGES:
        patterns = json.loads((tables / f"{code}.json").read_text(encoding="utf-8"))["patterns"]
        for name, pattern in patterns.items():
            for group in re.findall(r"\(\?P<date>((?:[^()]|\([^()]*\))*)\)", pattern):
                assert not re.search(r"(?<!\\)[.][+*]", group), (code, name, group)


def test_the_mark_checks_of_one_long_line_look_at_each_character_a_bounded_number_of_times():
    searched = [0]

    class CountingStr(str):
        def rfind(self, sub, start=None, end=None):
            searched[0] += (end if end is not None else len(self)) - (start or 0)
            return super().rfind(sub, start, end)

    line = CountingStr("1. Notes documents " + "A/78/L.1," * 5_000 + " and others;")
    tokens = Tokens(line)
    candidates = [m.start() for m in re.finditer(r"(?<=\.)1(?=,)", line)]
    assert len(candidates) == 5_000
    assert not any(plausible(line, start, "", tokens) for start in candidates)  # each ends a symbol
    assert searched[0] <= 3 * len(line)
