"""A closing whose meeting is printed with a comma before the adoption date (rule meeting-with-comma, segment.py):
read as the closing after the last paragraph's full stop, on one line or two; after an unfinished line the words
may end the paragraph: kept there, and reported."""

from __future__ import annotations

from unres.text.parse import parse_text

HEAD = """United Nations A/RES/95/217
General Assembly Distr.: General
9 December 2040
Ninety-fifth session
Agenda item 47
Resolution adopted by the General Assembly on 7 December 2040
95/217. Beacons of the coastal States
The General Assembly,
 Recalling its resolution 94/12 on coastal beacons,
 1. Decides to keep the beacons lit;
"""

ZH = """联合国
A/RES/95/44
大会
Distr.: General 20 December 2040
大会2040年12月15日通过的决议
95/44. 沿海灯塔和航标
大会，
回顾其2038年12月9日关于沿海灯塔维护的第93/120号决议，
1. 决定继续审议这一问题。
第50次全体会议，2040年12月15日
"""


def test_a_meeting_and_its_date_after_a_comma_on_one_line():
    parsed = parse_text(HEAD + " 2. Decides to remain seized of the matter.\n45th plenary meeting, 7 December 2040\n")
    res = parsed.resolution
    assert res.operative[-1].text == "Decides to remain seized of the matter."
    assert res.metadata.meeting is not None and res.metadata.meeting.label == "45th plenary meeting"
    assert str(res.metadata.adoption_date) == "2040-12-07"
    assert not parsed.warnings


def test_a_full_width_comma_in_chinese():
    res = parse_text(ZH).resolution
    assert res.operative[-1].text == "决定继续审议这一问题。"
    assert res.metadata.meeting is not None and res.metadata.meeting.number == 50


def test_after_an_unfinished_line_the_meeting_stays_the_paragraphs_end_and_is_reported():
    parsed = parse_text(HEAD + " 2. Decides to remain seized of the matter it took up at its\n45th plenary meeting,\n"
                        "7 December 2040\n")
    assert parsed.resolution.operative[-1].text.endswith("at its 45th plenary meeting,")
    assert [w.code for w in parsed.warnings] == ["text-closing-uncertain"]
