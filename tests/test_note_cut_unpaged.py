"""A note cut by its page's foot in text of blocks without page furniture (rule note-cut-unpaged, footnotes.py): its
rest carried from under the next page's rule (the fixture), else told — never moved into the text silently."""

from __future__ import annotations

from pathlib import Path

from unres.text.parse import parse_text

FIXTURE = Path(__file__).parent / "fixtures" / "layout" / "note-cut-unpaged.txt"


def test_a_rest_without_a_rule_above_it_is_told():
    # The next page prints no rule: its notes block opens with the rest under a blank line, which reads as a
    # paragraph a page break cut — not decided, so told.
    text = FIXTURE.read_text(encoding="utf-8").replace("__________________\n(A/95/4)", "\n(A/95/4)")
    text = text.replace("2.\nRequests also", "2. Requests also")
    lines = text.splitlines()
    second_rule = [k for k, line in enumerate(lines) if line.startswith("___")][1]
    lines[second_rule] = ""
    parsed = parse_text("\n".join(lines) + "\n")
    assert "text-note-unfinished" in [w.code for w in parsed.warnings]


def test_a_note_ending_on_a_reference_is_no_cut():
    text = FIXTURE.read_text(encoding="utf-8").replace("Supplement No. 4 (A/95/4),", "Supplement No. 4 (A/95/4)")
    lines = [line for line in text.splitlines() if line != "chap. II, sect. B."]
    parsed = parse_text("\n".join(lines) + "\n")
    assert [w.code for w in parsed.warnings] == []
