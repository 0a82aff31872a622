"""Short texts — a resolution of a few paragraphs, or a user's sample — are read by the same layout rules as long
ones, though the shares those rules count have little to count (indent-marks-starts)."""

from __future__ import annotations

import pytest

from unres.text.parse import parse_text

# A Security Council text whose only indented line is its first preambular paragraph (set in as a page's first line
# is, or by hand), its numbered paragraphs at the margin.
FIRST_LINE_SET_IN = """Resolution 3001 (2040)

Adopted by the Security Council at its 9999th meeting, on 3 March 2040

The Security Council,

   Recalling its resolution 2999 (2040) on lighthouses,
Noting the work of the keepers of the coastal beacons,
1. Decides to keep the lighthouses lit;
2. Requests the Secretary-General to report on the beacons;
3. Decides to remain seized of the matter.
"""

# The same text as one that does indent: every paragraph set in, its wrapped lines at the margin.
ALL_SET_IN = """Resolution 3001 (2040)

Adopted by the Security Council at its 9999th meeting, on 3 March 2040

The Security Council,

   Recalling its resolution 2999 (2040) on lighthouses and on the coastal beacons
that guide the ships,
   Noting the work of the keepers,
   1. Decides to keep the lighthouses lit and the beacons in good repair in every
season;
   2. Requests the Secretary-General to report on the beacons;
   3. Decides to remain seized of the matter.
"""


def test_one_indented_line_does_not_make_a_short_text_indent():
    # (Read as indenting, the numbered paragraphs at the margin ran into the first preambular one: one operative
    # paragraph without a number, no warning.)
    r = parse_text(FIRST_LINE_SET_IN, "en").resolution
    assert [p.text for p in r.preamble.paragraphs] == [
        "Recalling its resolution 2999 (2040) on lighthouses,",
        "Noting the work of the keepers of the coastal beacons,"]
    assert [(p.number, p.text) for p in r.operative] == [
        ("1", "Decides to keep the lighthouses lit;"),
        ("2", "Requests the Secretary-General to report on the beacons;"),
        ("3", "Decides to remain seized of the matter.")]


def test_a_short_text_that_indents_its_paragraphs_still_reads_by_its_indents():
    r = parse_text(ALL_SET_IN, "en").resolution
    assert [p.text for p in r.preamble.paragraphs] == [
        "Recalling its resolution 2999 (2040) on lighthouses and on the coastal beacons that guide the ships,",
        "Noting the work of the keepers,"]
    assert [(p.number, p.text) for p in r.operative] == [
        ("1", "Decides to keep the lighthouses lit and the beacons in good repair in every season;"),
        ("2", "Requests the Secretary-General to report on the beacons;"),
        ("3", "Decides to remain seized of the matter.")]


# A Word document saved as text (Windows line ends): its numbered list's numbers at the margin with a tab after them,
# the preambular paragraphs' first lines and the list's items set in by a tab (numbers-at-margin).
WORD_SAVED_AS_TEXT = (
    "The General Assembly,\r\n"
    "\tRecalling its resolution 90/1 on lighthouses,\r\n"
    "\tNoting the report of the Secretary-General,\r\n"
    "1.\tDecides to keep the lighthouses lit;\r\n"
    "2.\tRequests the Secretary-General to report:\r\n"
    "\t(a)\tOn the beacons;\r\n"
    "\t(b)\tOn the keepers;\r\n"
    "3.\tDecides to remain seized of the matter.\r\n")


@pytest.mark.parametrize("preamble_set_in", [True, False])
def test_numbers_at_the_margin_open_their_paragraphs_where_other_lines_stand_in(preamble_set_in):
    text = WORD_SAVED_AS_TEXT if preamble_set_in else WORD_SAVED_AS_TEXT.replace("\t", "", 2)
    r = parse_text(text, "en").resolution
    assert [p.text for p in r.preamble.paragraphs] == [
        "Recalling its resolution 90/1 on lighthouses,", "Noting the report of the Secretary-General,"]
    assert [p.number for p in r.operative] == ["1", "2", "3"]
    assert [s.text for s in r.operative[1].subparagraphs] == ["On the beacons;", "On the keepers;"]
    assert r.operative[2].text == "Decides to remain seized of the matter."


# A one-page Chinese resolution whose cover prints the body's name and the distribution in columns and the issue
# date, in English, on a line of its own — its day the last digit of the symbol (date-alone-no-note).
ONE_PAGE_ZH = """联合国                        A/RES/91/283
大会                        Distr.: General
3 May 2037
第九十一届会议
议程项目18
可持续发展
2037年4月26日大会决议
91/283. 北方海岸的灯塔
大会，
    1. 鼓励所有沿海国家在冬季保持灯塔照明，并就其航标状况提出报告，同时考虑到各国的具体情况
和能力；
    2. 决定将题为“灯塔”的项目列入其第九十二届会议临时议程；
第69次全体会议
2037年4月26日

37-14427 (C)    110737
*3714427*
"""


def test_a_date_alone_on_the_cover_opens_no_note():
    # (Read as note 3, its mark the symbol's last digit, the date ran over the whole page: no formula, no output.)
    res = parse_text(ONE_PAGE_ZH, "zh")
    r = res.resolution
    assert r.metadata.symbol == "A/RES/91/283" and r.metadata.issue_date == "2037-05-03"
    assert [p.number for p in r.operative] == ["1", "2"]
    assert r.operative[1].text == "决定将题为“灯塔”的项目列入其第九十二届会议临时议程；"
    assert r.footnotes == ()


# (review, round twenty-eight) Paragraphs numbered with a comma ("3,"): a number after "…; and" is the next
# paragraph's, no number a counting word cites (comma-number-after-counter).
NUMBERED_WITH_COMMAS = """The General Assembly,
Recalling its resolution 90/1 on lighthouses,
1, Welcomes the report of the Secretary-General on the beacons;
2, Requests the Secretary-General to report on the beacons; and
3, Decides to remain seized of the matter.
"""


def test_a_paragraph_numbered_with_a_comma_after_and_opens_its_paragraph():
    r = parse_text(NUMBERED_WITH_COMMAS, "en").resolution
    assert [p.number for p in r.operative] == ["1", "2", "3"]
    assert r.operative[1].text.endswith("; and")
