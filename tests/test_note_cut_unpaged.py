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


# (review of round twenty-seven) The page cuts a paragraph and a note alike: under the next page's rule, the note's
# rest ends at its first full stop, and the paragraph's rest after it goes back to the paragraph.
BOTH_CUT = """United Nations S/RES/9990 (2041)
Security Council Distr.: General
4 June 2041
Resolution 9990 (2041)
Adopted by the Security Council at its 9999th meeting, on 4 June 2041
The Security Council,
""" + ("Recalling its resolution 9870 (2041) on the beacons of the region,1 and taking note of the report of the "
       "Beacon Board on its work in 2040,2\n") + """1. Requests the Beacon Board to repair the beacons of the western
__________________
1 S/RES/9870 (2041).
2 See Official Records of the Beacon Board of the Region, Forty-second Session, Supplement No. 5 (A/96/5),
coast before the storms, and to report to the Council on their state;
2. Decides to remain actively seized of the question of the beacons of the eastern
__________________
chap. III, sect. A.
coast and of its harbours.
"""


def test_the_rest_of_a_note_without_pages_ends_at_its_first_full_stop():
    res = parse_text(BOTH_CUT).resolution
    assert res.footnotes[1].text.endswith("(A/96/5), chap. III, sect. A.")
    assert res.operative[1].text.endswith("of the eastern coast and of its harbours.")
