"""General Assembly running heads that print the title beside the symbol (rule running-head-titled, pages.py):
removed where they fall, in a script without spaces too; a line of running text at a page's top stays, even
where it repeats words of the cover."""

from __future__ import annotations

from unres.text.parse import parse_text


def cover(number: int, item: int) -> str:
    """A made-up General Assembly cover, down to the line that numbers the title."""
    return (f"United Nations A/RES/95/{number}\nGeneral Assembly Distr.: General\n9 December 2040\n"
            f"Ninety-fifth session\nAgenda item {item}\n"
            "Resolution adopted by the General Assembly on 7 December 2040\n")

ZH = """联合国
A/RES/95/44
大会
Distr.: General 20 December 2040
大会2040年12月15日通过的决议
95/44. 沿海灯塔和航标
大会，
回顾其2038年12月9日关于沿海灯塔维护的第93/120号决议和以往关于这一问题的所有
40-00044 1/2
沿海灯塔和航标 A/RES/95/44
决议，
1. 决定继续审议这一问题。
第50次全体会议
2040年12月15日
40-00044 2/2
"""

EN = cover(217, 47) + """95/217. Beacons of the coastal States
The General Assembly,
 Recalling its resolution on coastal beacons adopted by the General Assembly at its ninety-fourth session
40-00217 1/2
A/RES/95/217
Beacons of the coastal States,
 1. Decides to remain seized of the matter.
45th plenary meeting
7 December 2040
40-00217 2/2
"""


def test_a_titled_head_in_chinese_is_removed():
    res = parse_text(ZH).resolution
    assert [p.text for p in res.preamble.paragraphs] == [
        "回顾其2038年12月9日关于沿海灯塔维护的第93/120号决议和以往关于这一问题的所有决议，"]


def test_a_page_top_line_that_ends_a_clause_stays_text():
    # The line under the symbol repeats the title but goes on with a comma the title has not: the paragraph's end.
    res = parse_text(EN).resolution
    assert res.preamble.paragraphs[0].text.endswith("ninety-fourth session Beacons of the coastal States,")
    assert res.operative[0].text == "Decides to remain seized of the matter."


WRAPPED = cover(218, 48) + """95/218. Report of the Conference of Beacon Keepers on the work of its
thirty-first session
The General Assembly,
 Recalling its resolution 94/12 on the keepers of coastal lighthouses and the
40-00218 1/3
A/RES/95/218   Report of the Conference of Beacon Keepers on the
work of its thirty-first session
reports of the Conference on their training,
 1. Takes note of the report of the Conference on the work of its thirty-first
40-00218 2/3
A/RES/95/218
Report of the Conference of Beacon Keepers on the work of its
thirty-first session
session;
 2. Decides to remain seized of the matter.
45th plenary meeting
7 December 2040
40-00218 3/3
"""


def test_a_long_title_wrapped_in_the_head_is_removed_whole():
    # The title wraps in the room the symbol leaves, and under a head of the symbol alone.
    res = parse_text(WRAPPED).resolution
    assert [p.text for p in res.preamble.paragraphs] == [
        "Recalling its resolution 94/12 on the keepers of coastal lighthouses and the reports of the Conference on"
        " their training,"]
    assert res.operative[0].text == (
        "Takes note of the report of the Conference on the work of its thirty-first session;")


DASHED = cover(220, 50) + """95/220 - Report of the Conference of Beacon Keepers on the work of its
thirty-first session
The General Assembly,
 Recalling its resolution 94/12 on the keepers of coastal lighthouses and the
40-00220 1/2
A/RES/95/220   - Report of the Conference of Beacon Keepers on the
work of its thirty-first session
reports of the Conference on their training,
 1. Decides to remain seized of the matter.
45th plenary meeting
7 December 2040
40-00220 2/2
"""


def test_a_head_whose_title_keeps_the_number_s_dash_is_removed_whole():
    # The head prints the title with the dash that followed its number on the cover ("95/220 - Report …").
    res = parse_text(DASHED).resolution
    assert [p.text for p in res.preamble.paragraphs] == [
        "Recalling its resolution 94/12 on the keepers of coastal lighthouses and the reports of the Conference on"
        " their training,"]


QUOTED = cover(219, 49) + """95/219. Beacons of the coastal States and their keepers
The General Assembly,
 Recalling its resolution 94/19 on the beacons of the coastal States,
 1. Decides to include in the provisional agenda of its ninety-sixth session the item entitled
40-00219 1/2
A/RES/95/219
Beacons of the coastal States
and their keepers".
45th plenary meeting
7 December 2040
40-00219 2/2
"""


def test_a_paragraph_quoting_the_title_under_a_head_of_the_symbol_alone_keeps_it():
    # The page-top line is the title's beginning, but the paragraph runs on past the title's end ('…keepers".'):
    # a quotation, not the head's title (the title under its head is the whole title, to the cover's formula).
    res = parse_text(QUOTED).resolution
    assert res.operative[0].text == (
        "Decides to include in the provisional agenda of its ninety-sixth session the item entitled"
        ' Beacons of the coastal States and their keepers".')


NAMED = cover(220, 50) + """95/220. Programme of Assistance in the Teaching, Study,
Dissemination and Wider Appreciation of the Law of Lighthouses
The General Assembly,
 Recalling its resolution 94/20,
 1. Decides to keep the register of lighthouses under review, and to strengthen the
40-00220 1/2
A/RES/95/220
Programme of Assistance in the Teaching, Study,
Dissemination and Wider Appreciation of the Law of Lighthouses for the years to come;
 2. Decides to remain seized of the matter.
45th plenary meeting
7 December 2040
40-00220 2/2
"""


def test_a_paragraph_naming_the_title_at_a_page_top_keeps_it():
    # The page-top line is the title's first cover line, but the paragraph breaks before the title's end: only the
    # whole title, to the cover's formula, is a head's (review of round twenty-six).
    res = parse_text(NAMED).resolution
    assert res.operative[0].text == (
        "Decides to keep the register of lighthouses under review, and to strengthen the Programme of Assistance in"
        " the Teaching, Study, Dissemination and Wider Appreciation of the Law of Lighthouses for the years to come;")


def test_a_title_under_the_symbol_ends_at_a_formula_without_its_comma():
    # The cover's formula printed without its comma still ends the title the head under the symbol prints.
    text = WRAPPED.replace("The General Assembly,\n", "The General Assembly\n")
    res = parse_text(text).resolution
    assert res.operative[0].text == (
        "Takes note of the report of the Conference on the work of its thirty-first session;")


PARTS = """United Nations A/RES/95/221 A-B
General Assembly Distr.: General
9 December 2040
Ninety-fifth session
Agenda item 51
Resolution adopted by the General Assembly on 7 December 2040
95/221. Beacons of the coastal States
A
Keepers of the lights
The General Assembly,
 1. Decides to keep the register of lighthouses under
40-00221 1/2
A/RES/95/221 A-B
Beacons of the coastal States
review;
 2. Decides to remain seized of the matter.
45th plenary meeting
7 December 2040
40-00221 2/2
"""


def test_a_title_under_the_symbol_ends_at_a_first_part_s_label():
    # A resolution adopted in parts prints its first part's label and title under its own: they end the title.
    res = parse_text(PARTS).resolution
    ops = res.parts[0].operative if res.parts else res.operative
    assert ops[0].text == "Decides to keep the register of lighthouses under review;"
