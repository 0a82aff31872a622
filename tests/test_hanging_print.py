"""UN print as a position-keeping extractor gives it (pdftotext -layout; issue 22: layouts the reader was not tuned
on): an operative paragraph's number set in, its text after a tab; an item's label set in further, its text after a
tab and every wrapped line hanging under that text, nested items deeper (rules set-in-width, text-column-continues,
text-column-no-heading, label-tab-not-widened). A made-up resolution laid out so by the test layouts
(tests/pages.py Settings.hanging), read back; and the draw of the class, which leaves every other choice as drawn."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.text.parse import parse_text

import pages
from akndoc import Block, CoverLine, Doc
from pdfvariants import BASELINE, draw, lay_out_as

ITEMS = [
    "(a) Restore the lights and beacons of the northern coast that the storms of the winter months damaged, and "
    "report on the beacons that remain dark along the coasts of the islands,",
    "(b) Train the keepers of the lighthouses of the southern coast, in cooperation with the maritime academies of "
    "the region and the coastal States, in the following fields:",
    "(i) The keeping of the lights from dusk to dawn, in all weathers and in every season of the year;",
    "(ii) The repair of the lamps, the lenses and the clockwork that turns them, and the care of their fuel;",
    "(c) Report to the General Assembly at its ninety-second session on the work of the Authority, and on the "
    "lighthouses of the harbours and the islands",
]


def resolution() -> Doc:
    heading = "Resolution adopted by the General Assembly on 10 December 2036"
    cover = [CoverLine("publisher", "United Nations"), CoverLine("symbol", "A/RES/91/60"),
             CoverLine("body", "General Assembly"), CoverLine("status", "Distr.: General"),
             CoverLine("date", "15 December 2036"), CoverLine("title", heading)]
    blocks = [Block("line", "preface", "91/60. Lighthouses of the coasts"),
              Block("line", "formula", "The General Assembly,"),
              Block("para", "preamble", "Recalling its resolution 89/14 of 4 December 2034 on the safety of the "
                                        "coastal lighthouses and on the keepers of their lights,"),
              Block("para", "operative", "1. Requests the Lighthouse Authority of the region to continue its work, "
                                         "and in particular to:"),
              *[Block("para", "point", item) for item in ITEMS],
              Block("para", "operative", "2. Decides to remain seized of the matter."),
              Block("closing", "closing", pieces=("47th plenary meeting", "10 December 2036"))]
    return Doc("A/RES/91/60", "en", cover, blocks)


HANG = pages.Hang(number=6, label=10, gap=4, item_gap=4, para_at_text=True)


def laid(width: int = 72, hanging: pages.Hang | bool = HANG) -> str:
    v = pages.with_choice(pages.with_choice(BASELINE, "width", width), "hanging", hanging)
    return lay_out_as(resolution(), "A_RES_91_60.xml", pages.with_choice(v, "justified", False)).text


def test_the_layout_hangs_items_under_their_text():
    text = laid()
    lines = text.split("\n")
    first = next(k for k, x in enumerate(lines) if x.lstrip().startswith("(a)"))
    assert lines[first].startswith(" " * 10 + "(a)") and "(a)     Restore" in lines[first]
    column = lines[first].index("Restore")
    assert lines[first + 1].startswith(" " * column) and not lines[first + 1].startswith(" " * (column + 1))
    assert max(len(x) for x in lines) <= 72
    number = next(x for x in lines if "Requests" in x)
    assert number.startswith(" " * 6 + "1.") and "1.     Requests" in number
    nested = next(x for x in lines if "(ii)" in x)
    assert nested.index("(ii)") == column  # (nested items set in under their parent item's text)


@pytest.mark.parametrize("width", [60, 72, 90])
def test_a_hanging_resolution_reads_back(width):
    res = parse_text(laid(width)).resolution
    assert [p.number for p in res.operative] == ["1", "2"]
    got = [s.text for s in res.operative[0].subparagraphs]
    want = [item.split(" ", 1)[1] for item in ITEMS]
    nested = [t for s in res.operative[0].subparagraphs for t in [x.text for x in s.subparagraphs]]
    assert got + nested == [want[0], want[1], want[4], want[2], want[3]] or got == want
    assert res.preamble.paragraphs[0].text.startswith("Recalling its resolution 89/14")
    assert all(not s.headings for s in res.operative[0].subparagraphs)


def test_without_the_class_the_layout_is_as_before():
    assert "(a)     Restore" not in laid(hanging=False)


def test_the_layouts_draw_the_class_apart_from_every_other_choice():
    v = draw("x.xml")
    doc = resolution()
    plain = lay_out_as(doc, "x.xml", pages.with_choice(v, "hanging", False))
    hung = lay_out_as(doc, "x.xml", pages.with_choice(v, "hanging", HANG))
    assert dict(plain.choices)["hanging"] is False and dict(hung.choices)["hanging"] is True
    assert [c for c in plain.choices if c[0] != "hanging"] == [c for c in hung.choices if c[0] != "hanging"]
    # (drawn on the usual draws too, on which the floors of tests/test_corpus.py stand; never when switched off)
    drawn = {dict(lay_out_as(doc, f"{k}.xml", draw(f"{k}.xml")).choices)["hanging"] for k in range(40)}
    assert drawn == {False, True}
    pages.use_hanging(False)
    try:
        assert {dict(lay_out_as(doc, f"{k}.xml", draw(f"{k}.xml")).choices)["hanging"] for k in range(40)} == {False}
    finally:
        pages.use_hanging(True)


# (review, round twenty-eight) A heading printed at the column of an item's or a paragraph's text, after a finished
# line, is a heading: only a line in lower case goes on there after a finished line.
HEADINGS_AT_TEXT_COLUMN = """Resolution 3001 (2040)

Adopted by the Security Council at its 9999th meeting, on 3 March 2040

The Security Council,

      Recalling its resolution 2999 (2040) on lighthouses and on the beacons of the coasts of
the north,
      1.     Requests the Secretary-General to continue the work of the keepers and to report
on its work;
             Lighthouses and coastal beacons
      2.     Decides to keep the lighthouses of the northern coasts lit through the winter
months:
             (a)     Train the keepers of the lighthouses of the southern coast, in
                     cooperation with the academies;
                     Radio stations
             (b)     Repair the beacons;
      3.     Decides to remain seized of the matter.
"""


def test_a_heading_at_the_text_column_after_a_finished_line_stays_a_heading():
    r = parse_text(HEADINGS_AT_TEXT_COLUMN, "en").resolution
    assert r.operative[0].text.endswith("report on its work;")
    assert r.operative[1].headings == ("Lighthouses and coastal beacons",)
    items = r.operative[1].subparagraphs
    assert items[0].text.endswith("with the academies;") and items[1].headings == ("Radio stations",)


# (round twenty-nine, label-alone-text-column) Numbers and labels alone on their lines as well (a text-box extractor's
# boxes over the columns of UN print): each item's wrapped lines hang at the column of its text's first line, under
# the label alone, and go on with the item however the line before ends.
@pytest.mark.parametrize("width", [60, 72, 90])
def test_a_hanging_resolution_with_labels_alone_reads_back(width):
    v = pages.with_choice(pages.with_choice(BASELINE, "width", width), "hanging", HANG)
    v = pages.with_choice(pages.with_choice(v, "number_alone", True), "justified", False)
    text = lay_out_as(resolution(), "A_RES_91_60.xml", v).text
    assert any(x.strip() == "(b)" for x in text.split("\n"))
    res = parse_text(text).resolution
    assert [p.number for p in res.operative] == ["1", "2"] and not res.operative[1].headings
    got = [s.text for s in res.operative[0].subparagraphs]
    nested = [t for s in res.operative[0].subparagraphs for t in [x.text for x in s.subparagraphs]]
    want = [item.split(" ", 1)[1] for item in ITEMS]
    assert got + nested == [want[0], want[1], want[4], want[2], want[3]] or got == want


def test_an_items_last_line_after_a_comma_under_a_label_alone_goes_on_with_it():
    text = (Path(__file__).parent / "fixtures" / "layout" / "label-alone-text-column.txt").read_text(encoding="utf-8")
    r = parse_text(text, "en").resolution
    assert r.operative[0].subparagraphs[1].text.endswith("and subject to the resources available, the following works:")
    assert not r.operative[1].headings


# (round twenty-nine, text-column-continues widened) In a script without case, an item's rest after its comma,
# hanging at the item's text column, goes on with the item (a heading there follows an item's end, never its comma).
ITEM_AFTER_COMMA_ZH = """联合国
S/RES/4103 (2040)
安全理事会
Distr.: General 12 March 2040
第4103(2040)号决议
2040年3月12日安全理事会第9991次会议通过
安全理事会，
      回顾其以往关于沿海灯塔和航标的各项决议，重申航行安全的
重要性，
      1.     请该区域灯塔管理局继续开展工作，特别是：
             (a)     修复北部海岸在冬季风暴中受损的灯塔，
                     并报告各岛屿沿岸仍然熄灭的航标；
             (b)     与区域各航海学院合作，培训灯塔看守人，
                     以及维修灯塔的灯具和透镜；
      2.     决定继续积极处理此案。
"""


def test_an_items_rest_after_its_comma_goes_on_in_a_script_without_case():
    r = parse_text(ITEM_AFTER_COMMA_ZH, "zh").resolution
    assert [p.number for p in r.operative] == ["1", "2"]
    assert [s.text for s in r.operative[0].subparagraphs] == [
        "修复北部海岸在冬季风暴中受损的灯塔，并报告各岛屿沿岸仍然熄灭的航标；",
        "与区域各航海学院合作，培训灯塔看守人，以及维修灯塔的灯具和透镜；"]


# (the same, in a script with case) A name in capitals after the item's comma goes on with the item.
ITEM_NAME_AFTER_COMMA = HEADINGS_AT_TEXT_COLUMN.replace(
    "             (b)     Repair the beacons;\n",
    "             (b)     Repair the beacons with the help of the Committees on Lights,\n"
    "                     Harbour Masters and Tides;\n")


def test_a_name_in_capitals_after_an_items_comma_goes_on_with_the_item():
    r = parse_text(ITEM_NAME_AFTER_COMMA, "en").resolution
    items = r.operative[1].subparagraphs
    assert items[1].text == "Repair the beacons with the help of the Committees on Lights, Harbour Masters and Tides;"
    assert not r.operative[2].headings and items[1].headings == ("Radio stations",)


# (round thirty, label-30) The layouts take a roman numeral of any length for an item's label: "xviii)", "(xxviii)"
# are labels as "(a)" and "ii)" are (the patterns took four characters before ")", five inside parentheses, and laid
# such an item with its label glued to its text: not parted from it when labels stand alone, printed at the text's
# column, its label inside the text, when the columns hang).
LONG_LABELS = ["(xxvi)", "(xxvii)", "(xxviii)", "xviii)", "xxiii)", "xxxviii)", "(a)", "ii)"]


@pytest.mark.parametrize("label", LONG_LABELS)
def test_the_layout_helper_takes_roman_labels_of_any_length(label):
    text = f"{label} Keep the beacons lit"
    assert pages._ITEM_LABEL.match(text).group(1) == label
    assert pages._HUNG_LABEL.match(text).group(1) == label
    assert pages._OPENING_SKIP.match(text).group(0) == label + " "


@pytest.mark.parametrize("label", ["a.", "ii.", "iii.", "xviii."])
def test_hanging_print_takes_roman_labels_with_a_stop_of_any_length(label):
    assert pages._HUNG_LABEL.match(f"{label} Keep the beacons lit").group(1) == label


@pytest.mark.parametrize("label", ["一.", "六、", "十二．"])
def test_hanging_print_takes_chinese_numeral_labels(label):
    # (round thirty-one: items labelled "一." … "六." were laid out as unlabelled text at the items' column, a
    # layout UN print never uses — the label set before the tab as any other)
    assert pages._HUNG_LABEL.match(f"{label}保持灯塔长明").group(1) == label


@pytest.mark.parametrize("word", ["civil) works", "(civils) works", "mixed) teams", "lxvix) the"])
def test_a_word_of_roman_letters_is_no_label(word):
    # (past the short forms' length only a roman numeral is a label: "civil", "lxvix" are none)
    assert pages._ITEM_LABEL.match(word) is None and pages._HUNG_LABEL.match(word) is None


def long_labelled() -> Doc:
    doc = resolution()
    items = [Block("para", "point", f"{label} {text.split(' ', 1)[1]}")
             for label, text in zip(("(xxvi)", "(xxvii)", "(xxviii)"), ITEMS[:2] + ITEMS[4:], strict=True)]
    blocks = [b for b in doc.blocks if b.role != "point"]
    at = next(k for k, b in enumerate(blocks) if b.role == "operative") + 1
    return Doc(doc.symbol, doc.lang, doc.cover, blocks[:at] + items + blocks[at:])


def test_long_roman_labels_stand_alone_and_hang_as_labels():
    v = pages.with_choice(pages.with_choice(BASELINE, "width", 72), "justified", False)
    alone = lay_out_as(long_labelled(), "A_RES_91_60.xml", pages.with_choice(v, "number_alone", True)).text
    assert "(xxviii)" in [x.strip() for x in alone.split("\n")]
    hung = lay_out_as(long_labelled(), "A_RES_91_60.xml", pages.with_choice(v, "hanging", HANG)).text
    line = next(x for x in hung.split("\n") if "(xxviii)" in x)
    assert line.startswith(" " * 10 + "(xxviii)") and line.index("Report") > line.index("(xxviii)") + len("(xxviii)")
    for text in (alone, hung):
        items = parse_text(text).resolution.operative[0].subparagraphs
        assert [s.label for s in items] == ["(xxvi)", "(xxvii)", "(xxviii)"] or [s.number for s in items] == [
            "xxvi", "xxvii", "xxviii"]


# (round thirty, inline-enumeration-at-text-column) An item that prints a list inline, the wrap putting the inline
# list's next label at the item's text column: the label goes on with its item (main read it as an item, and every
# wrapped line under it as a paragraph of its own).
def test_an_inline_list_cut_at_the_text_column_goes_on_with_its_item():
    text = (Path(__file__).parent / "fixtures" / "layout" / "inline-enumeration-at-text-column.txt").read_text(
        encoding="utf-8")
    items = parse_text(text, "en").resolution.operative[0].subparagraphs
    assert len(items) == 3 and "; and (ii) the repair of the lamps" in items[1].text


# (round thirty, inline-enumeration widened) In a text that indents, a label at the margin that opens a page, whose
# paragraph holds the label before it inside a line, is an item of a list printed inline: it goes on (main opened a
# paragraph there, number-opens reading the indent of no line that opens a page).
INLINE_OVER_PAGE = """United Nations A/HRC/RES/91/8
General Assembly Distr.: General
12 October 2036
Human Rights Council
Ninety-first session
Resolution adopted by the Human Rights Council on 9 October 2036
91/8. The keepers of lighthouses
The Human Rights Council,
      Recalling its resolution 89/4 on the keepers of lighthouses and on their work
along the coasts of the region and of the islands,
      Noting the findings of the Special Rapporteur that "the keepers face four risks,
namely: (a) the storms of the winter months that damage the towers and the lamps;
GE.36-12345
2
A/HRC/RES/91/8
(b) isolation; (c) the loss of their livelihood; and (d) the lack of care in old age",
      Noting also that the keepers of the lights have served the coasts for centuries,
      1.     Calls upon States to protect the keepers of lighthouses;
      2.     Decides to remain seized of the matter.
50th meeting
9 October 2036
"""


def test_an_inline_label_at_the_margin_after_a_page_break_goes_on():
    preamble = parse_text(INLINE_OVER_PAGE, "en").resolution.preamble.paragraphs
    assert len(preamble) == 3 and "; (b) isolation; (c) the loss" in preamble[1].text


# (round thirty, text-column-no-heading widened) The item's line after its comma that a page break ends unfinished is
# no heading either, in a script without case (main read it as a title over the page and lost it).
ITEM_AFTER_COMMA_OVER_PAGE_ZH = ITEM_AFTER_COMMA_ZH.replace(
    "                     并报告各岛屿沿岸仍然熄灭的航标；\n",
    "                     并报告各岛屿沿岸仍然熄灭的航标和需要\n\n\n\nGE.40-12345 3\n\n\n\nS/RES/4103 (2040)\n\n"
    "                     修理的灯具；\n")


def test_an_items_rest_after_its_comma_over_a_page_break_is_no_heading():
    r = parse_text(ITEM_AFTER_COMMA_OVER_PAGE_ZH, "zh").resolution
    assert [s.text for s in r.operative[0].subparagraphs][0] == (
        "修复北部海岸在冬季风暴中受损的灯塔，并报告各岛屿沿岸仍然熄灭的航标和需要修理的灯具；")
    assert not r.operative[0].subparagraphs[1].headings


# (round thirty's review: colon-after-cut-first-line took a colon heading under any one-line paragraph that ended near
# the width — a paragraph's end, ";", is no abbreviation's stop)
_COLON_HEADING = """\
United Nations S/RES/3005 (2040)
Security Council Distr.: General
3 April 2040
Resolution 3005 (2040)
Adopted by the Security Council at its 9999th meeting, on 3 April 2040
The Security Council,
      Recalling its resolutions on the lighthouses of the northern coast and on the
safety of the ships that sail along it and of the keepers of the lighthouses,
      1. Welcomes the report of the Secretary-General on the coast (S/2040/12){end}
Beacons of the islands:
      2. Requests the States of the coast to keep their beacons lit during the
whole of the winter and to share the oil of the lamps with the keepers of the
islands of the northern coast and with the keepers of the southern beacons;
      3. Decides to remain seized of the matter.
"""


@pytest.mark.parametrize("end", [";", " at last."])
def test_a_colon_heading_under_a_paragraphs_end_near_the_width_stays_a_heading(end):
    ops = parse_text(_COLON_HEADING.format(end=end)).resolution.operative
    assert [op.number for op in ops] == ["1", "2", "3"]
    assert ops[0].text.endswith(f"(S/2040/12){end}")
    assert ops[1].headings == ("Beacons of the islands:",)


# (round thirty-one, text-column-continues widened) An item's rest at its text column after the item's colon goes on
# with it (a budget's item, its object, a colon and its amount: a heading follows an item's end, never its colon), and
# so does an amount the wrap cut after the colon ("… south: 12" / "135 800 dollars;": digits-cut).
ITEM_AFTER_COLON = """United Nations A/RES/91/77
General Assembly Distr.: General
20 December 2036
Ninety-first session
Resolution adopted by the General Assembly on 18 December 2036
91/77. Budget of the Lighthouse Authority
The General Assembly,
      Having considered the report of the Lighthouse Authority on its budget,
      1.     Approves the budget of the Lighthouse Authority for 2037 in the amount of
4 385 800 dollars, as follows:
             (a)     for the keeping of the lights of the northern coast:
                     4 250 000 dollars;
             (b)     for the training of the keepers at the academy of the south: 13
                     135 800 dollars;
      2.     Decides to remain seized of the matter.
"""


def test_an_items_rest_after_its_colon_goes_on_at_the_text_column():
    items = parse_text(ITEM_AFTER_COLON, "en").resolution.operative[0].subparagraphs
    assert [s.text for s in items] == [
        "for the keeping of the lights of the northern coast: 4 250 000 dollars;",
        "for the training of the keepers at the academy of the south: 13 135 800 dollars;"]


# (round thirty-one, counted-glued-gives-way widened) In a script without spaces the wrap falls between any two
# characters — a hanging layout's narrower column moves it —: a goal's word cut by it ("…航标目" / "标3，…") is read
# whole, and its number stays the goal's (main took the digits for note 3's mark, before the real one further down).
COUNTED_WORD_CUT = (Path(__file__).parent / "fixtures" / "layout" / "counted-glued-gives-way.txt").read_text(
    encoding="utf-8").replace("以加快实现航标目标3，特别是", "以加快实现航标目\n标3，特别是")


def test_a_goals_word_the_wrap_cut_keeps_its_number():
    r = parse_text(COUNTED_WORD_CUT, "zh").resolution
    assert r.preamble.paragraphs[2].text.startswith("重申必须采取综合对策，以加快实现航标目标3，特别是")
    assert not r.preamble.paragraphs[2].footnote_refs and r.preamble.paragraphs[3].footnote_refs


# (round thirty-one, scripts.json) The parenthesised ideographs of Chinese lists ("㈠", U+3220–3229) print two columns
# wide, as every ideograph does: a hanging item's text column after "㈣" and a tab is read where its wrapped lines
# hang (main counted the label one column wide, found no text column, and took an item's short last line, a task
# listed without punctuation, for a heading over the next paragraph).
TASKS_ZH = """联合国
S/RES/4109 (2040)
安全理事会
Distr.: General 24 March 2040
第4109(2040)号决议
2040年3月24日安全理事会第9997次会议通过
安全理事会，
      回顾其以往关于沿海灯塔和航标的各项决议，重申航行安全对于该
区域各沿海国和各岛屿居民的重要性，并确认灯塔看守人的工作，
      1.   决定灯塔管理局的任务应包括以下工作，并请管理局向安理会
定期报告其执行情况：
           ㈠      协助修复北部海岸在冬季风暴中受损的灯塔和航
                   标
           ㈡      支持调动维修灯塔所需的资金并协调各沿海国的
                   援助
      2.   还决定，灯塔管理局应依照其战略目标和对沿海国国家优
先事项的支持工作，在本任务期间优先为下列领域提供支持：
           ㈠      按照各沿海国之间关于航标的协议，监测北部海岸
                   的航标情况；
           ㈡      各沿海国灯塔看守人培训计划的执行，包括冬季风
                   暴期间的灯塔维护工作；
      3.   决定继续积极处理此案。
"""


def test_a_parenthesised_ideographs_text_column_counts_it_two_columns_wide():
    r = parse_text(TASKS_ZH, "zh").resolution
    assert [s.text for s in r.operative[0].subparagraphs] == [
        "协助修复北部海岸在冬季风暴中受损的灯塔和航标", "支持调动维修灯塔所需的资金并协调各沿海国的援助"]
    assert not r.operative[1].headings


# (round thirty-one, double-spaced widened) A short Chinese text double-spaced, its paragraphs two blank lines apart,
# their first lines set in at the operative text's column: its longest line, of digits, sets the full line in
# characters wider than any line of ideographs runs, and no unfinished line before a blank looked wide enough to say
# the blank lines were spacing — but a line that leaves a bracket open ends inside a sentence (main read every blank
# line as a paragraph's end, and a preambular paragraph's first line as a heading).
SHORT_DOUBLE_ZH = """联合国                        S/RES/4113 (2040)


安全理事会


第4113(2040)号决议


2040年4月2日安全理事会第9999次会议通过


安全理事会，


               回顾其关于沿海航标的第4001(2036)号决议及其后所有相关决议，


               回顾其关于严格执行航行安全措施的第4012(2036)、4033(20

37)、4051(2038)、4066(2038)、4070(2039)、4081(2039)、4090(2039)和4099(2039)号决议，


               认识到沿海国和区域组织的重要作用，


      1.       决定将第4099(2039)号决议规定的各项授权再延长12个月；


      2.       决定继续积极处理此案。
"""


def test_a_short_double_spaced_text_with_a_bracket_left_open_before_a_blank():
    r = parse_text(SHORT_DOUBLE_ZH, "zh").resolution
    assert len(r.preamble.paragraphs) == 3 and [p.number for p in r.operative] == ["1", "2"]
    assert r.preamble.paragraphs[1].text.endswith("4033(2037)、4051(2038)、4066(2038)、4070(2039)、4081(2039)、"
                                                  "4090(2039)和4099(2039)号决议，")


# (the same, its bound) A numbered paragraph's colon announces items that may stand at its text column without labels
# (a programme's days): each is a paragraph of its own, as before — only an item's colon is followed by its rest there.
DAYS = """United Nations A/RES/91/78
General Assembly Distr.: General
20 December 2036
Ninety-first session
Resolution adopted by the General Assembly on 18 December 2036
91/78. Conference on lighthouses
The General Assembly,
      Recalling its resolution 90/12, in which it decided to convene a conference on lighthouses,
      1.     Decides that the plenary meetings of the Conference will be held as follows:
             Monday, 3 May: from 10 a.m. to 1 p.m., including an opening segment, and
from 3 to 6 p.m.;
             Tuesday, 4 May: from 10 a.m. to 1 p.m. and from 3 to 6 p.m.;
      2.     Decides to remain seized of the matter.
"""


def test_a_numbered_paragraphs_colon_announces_items_at_its_text_column():
    ops = parse_text(DAYS, "en").resolution.operative
    assert ops[0].text == "Decides that the plenary meetings of the Conference will be held as follows:"
    assert [op.text[:14] for op in ops[1:3]] == ["Monday, 3 May:", "Tuesday, 4 May"]


def test_a_numbered_paragraphs_colon_on_its_hanging_second_line_announces_items_too():
    # (review, round thirty-one) the paragraph's colon on its second line, which hangs at the text column: the line
    # above the items opens with no number, yet the colon is the numbered paragraph's, not an item's
    text = DAYS.replace("      1.     Decides that the plenary meetings of the Conference will be held as follows:\n",
                        "      1.     Decides that the plenary meetings of the Conference will be held as\n"
                        "             follows:\n")
    ops = parse_text(text, "en").resolution.operative
    assert ops[0].text == "Decides that the plenary meetings of the Conference will be held as follows:"
    assert [op.text[:14] for op in ops[1:3]] == ["Monday, 3 May:", "Tuesday, 4 May"]


# (round thirty-two, head-after-comma-set-in) An item's rest after its comma, at the column its text hangs at, opening
# with a paragraph's head: in Russian (heads in lower case) main read it as a preambular paragraph of its own, which
# broke the operative numbering; in Chinese (no case) as a paragraph of its own, and its colon made it a heading.
def test_a_head_after_an_items_comma_at_its_text_column_goes_on_with_the_item():
    text = (Path(__file__).parent / "fixtures" / "layout" / "head-after-comma-set-in.txt").read_text(encoding="utf-8")
    r = parse_text(text, "ru").resolution
    assert len(r.preamble.paragraphs) == 3 and len(r.operative) == 1
    assert r.operative[0].subparagraphs[0].text.endswith("обучать смотрителей маяков, признавая также важность "
                                                         "сотрудничества с морскими академиями региона;")


HEAD_AFTER_COMMA_ZH = """联合国
S/RES/4120 (2040)
安全理事会
Distr.: General 12 May 2040
第4120(2040)号决议
2040年5月12日安全理事会第9995次会议通过
安全理事会，
      回顾其以往关于沿海灯塔和航标的各项决议，重申航行安全的
重要性，
      确认灯塔看守人在冬季风暴期间维护灯塔和航标的工作，
      注意到各沿海国和区域组织在修复受损灯塔方面的重要作用，
      1.     决定：
             (a)     各沿海国在修复北部海岸的灯塔之前，应通知灯塔
                     管理局，让其知悉；
             (b)     如果各沿海国修复了受损的航标，应在修复完成后
                     不超过十个工作日通知管理局，并且通知委员会，
                     强调指出，根据本段发出的通知必须列入所有相关信息：
      2.     请灯塔管理局继续开展工作；
      3.     决定继续积极处理此案。
"""


def test_a_head_after_an_items_comma_at_its_text_column_goes_on_in_a_script_without_case():
    r = parse_text(HEAD_AFTER_COMMA_ZH, "zh").resolution
    assert [p.number for p in r.operative] == ["1", "2", "3"] and not r.operative[1].headings
    assert r.operative[0].subparagraphs[1].text.endswith("并且通知委员会，强调指出，"
                                                         "根据本段发出的通知必须列入所有相关信息：")


# (round thirty-two, inline-list-at-text-column) An item that prints a list inline after its colon, the wrap putting
# the inline list's first label at the line's start, at the item's text column, one space from its text: main read it
# as a nested item, and every wrapped line under it as a paragraph of its own.
def test_an_inline_lists_first_label_at_the_text_column_goes_on_with_its_item():
    text = (Path(__file__).parent / "fixtures" / "layout" / "inline-list-at-text-column.txt").read_text(
        encoding="utf-8")
    r = parse_text(text, "en").resolution
    assert [p.number for p in r.operative] == ["1", "2"]
    items = r.operative[0].subparagraphs
    assert len(items) == 3 and not items[1].subparagraphs
    assert items[1].text.endswith("in: (i) the training of the keepers of the lights of the islands and of the "
                                  "harbours; and (ii) the repair of the lamps and the lenses of the towers along the "
                                  "coast;")


def test_a_nested_items_label_a_tab_from_its_text_still_opens_it():
    # (the bound: a nested list's label stands a tab from its text, and its next label opens its own line)
    text = (Path(__file__).parent / "fixtures" / "layout" / "inline-list-at-text-column.txt").read_text(
        encoding="utf-8")
    text = text.replace("                     (i) the training of the keepers of the lights of the\n"
                        "                     islands and of the harbours; and (ii) the repair of the\n"
                        "                     lamps and the lenses of the towers along the coast;\n",
                        "                     (i)     the training of the keepers of the lights of the\n"
                        "                             islands and of the harbours; and\n"
                        "                     (ii)    the repair of the lamps and the lenses of the\n"
                        "                             towers along the coast;\n")
    items = parse_text(text, "en").resolution.operative[0].subparagraphs
    assert len(items) == 3 and [s.label for s in items[1].subparagraphs] == ["(i)", "(ii)"]


# (round thirty-two, label-alone-after-conjunction) Numbers and labels alone on their lines (a text-box extractor over
# UN print's columns): a paragraph that joins its list to its text with "…, y", the first item's label alone under it.
# Main read the label into the paragraph, and the item's text as a heading.
def test_a_first_label_alone_after_a_conjunction_opens_its_item():
    text = (Path(__file__).parent / "fixtures" / "layout" / "label-alone-after-conjunction.txt").read_text(
        encoding="utf-8")
    op = parse_text(text, "es").resolution.operative[0]
    assert op.text.endswith("la ayuden en su labor, y") and [s.label for s in op.subparagraphs] == ["a)", "b)"]
    assert not op.subparagraphs[0].headings
    assert op.subparagraphs[0].text == ("Solicita a los Estados ribereños que den a la Autoridad acceso a los faros y "
                                        "a las balizas de la costa;")


# (round thirty-two, numeral-alone-joins) A paragraph's own list numbered "一.", "二." (no label the tables read; the
# UN's files keep the numerals in the paragraph's text), each numeral alone on its line over its text set in past it
# (a text-box extractor over UN print's columns): main read the text of one line of the first item as a heading and
# dropped it.
def test_a_list_numeral_alone_over_its_set_in_text_is_that_texts_numeral():
    text = (Path(__file__).parent / "fixtures" / "layout" / "numeral-alone-joins.txt").read_text(encoding="utf-8")
    op = parse_text(text, "zh").resolution.operative[0]
    assert op.text == ("决定灯塔管理局修复任何灯塔的程序都将包括以下步骤：一.管理局主席和各沿海国"
                       "将协商进行联合评估，内容应包括受损灯塔的清单；二.联合评估报告应提交安全理事会审议；")


# (round thirty-two, numeral-tab-column) The same list, its numerals before a tab and every wrapped line hanging under
# the text (pdftotext -layout): main opened a paragraph at a wrapped line after a first line the wrap cut short, and
# read that first line as a heading, dropped.
def test_a_list_numerals_wrapped_lines_hang_at_its_text_column():
    text = (Path(__file__).parent / "fixtures" / "layout" / "numeral-tab-column.txt").read_text(encoding="utf-8")
    r = parse_text(text, "zh")
    assert r.resolution.operative[0].text.endswith("二.各沿海国就联合评估报告和修复计划草稿所作的"
                                                   "决定应提交安全理事会审议；")
    assert not [w for w in r.warnings if w.code == "text-heading-dropped"]


# (round thirty-three, label-before-dash) An item's wrapped line at its text column that opens with a range of items a
# sentence cites ("… с подпунктами" / "a)–c) пункта 4 …"): main opened a second item "a)" there.
def test_a_range_of_labels_at_a_lines_start_opens_no_item():
    text = (Path(__file__).parent / "fixtures" / "layout" / "label-before-dash.txt").read_text(encoding="utf-8")
    items = parse_text(text, "ru").resolution.operative[0].subparagraphs
    assert [s.label for s in items] == ["a)", "b)"]
    assert items[0].text.endswith("с подпунктами a)–c) пункта 4 резолюции 4088 (2038);")


# (round thirty-three, numeral-tab-column widened) A list's numeral alone on its line over its text (numeral-alone-joins
# joined them), the item's wrapped line opening with a head's word ("…所作的" / "决定应提交…"): the wrapped line
# hangs at the text's column as under a numeral before a tab. Main opened a paragraph there, the item's first line a
# heading, dropped.
SECOND_ITEM = "二.各沿海国就联合评估报告和修复计划草稿所作的决定应提交安全理事会审议；"
NUMERAL_ALONE = (
    '联合国\n'
    'S/RES/4121 (2040)\n'
    '安全理事会\n'
    'Distr.: General 14 May 2040\n'
    '第4121(2040)号决议\n'
    '2040年5月14日安全理事会第9996次会议通过\n'
    '安全理事会，\n'
    '      回顾其以往关于沿海灯塔和航标的各项决议，重申航行安全的\n'
    '重要性，\n'
    '      确认灯塔看守人在冬季风暴期间维护灯塔和航标的工作，\n'
    '      注意到各沿海国和区域组织在修复受损灯塔方面的重要作用，\n'
    '      1.\n'
    '             决定灯塔管理局修复任何灯塔的程序都将包括以下步骤：\n'
    '             一.\n'
    '                     管理局主席和各沿海国将协商进行联合评估，内容应包括\n'
    '                     受损灯塔的清单；\n'
    '             二.\n'
    '                     各沿海国就联合评估报告和修复计划草稿所作的\n'
    '                     决定应提交安全理事会审议；\n'
    '      2.\n'
    '             决定继续积极处理此案。\n'
)


def test_a_list_numeral_alone_hangs_its_wrapped_lines_at_its_texts_column():
    r = parse_text(NUMERAL_ALONE, "zh")
    assert r.resolution.operative[0].text.endswith(SECOND_ITEM)
    assert not [w for w in r.warnings if w.code == "text-heading-dropped"]


# (round thirty-three, numeral-tab-column widened) UN print sets a preambular paragraph's first line at the numbered
# paragraphs' text column, deeper than a list's numerals: the numerals' text stands past it all the same. Main asked the
# numeral's own indent, refused it, and dropped the item's first line as a heading.
NUMERAL_UNDER_DEEP_PREAMBLE = (
    '联合国\n'
    'S/RES/4123 (2040)\n'
    '安全理事会\n'
    'Distr.: General 18 May 2040\n'
    '第4123(2040)号决议\n'
    '2040年5月18日安全理事会第9997次会议通过\n'
    '安全理事会，\n'
    '                  回顾其以往关于沿海灯塔和航标的各项决议，重申沿海航行安全和灯\n'
    '塔看守人工作的重要性，\n'
    '                  确认灯塔看守人在冬季风暴期间维护灯塔和航标的工作，\n'
    '                  注意到各沿海国和区域组织在修复受损灯塔方面的重要作用，\n'
    '                  欢迎各区域组织为灯塔看守人提供的培训，\n'
    '        1.        决定灯塔管理局修复任何灯塔的程序都将包括以下步骤，并请管理局每\n'
    '年向安全理事会报告：\n'
    '             一.    管理局主席和各沿海国将协商进行联合评估，内容应包括受损灯\n'
    '                    塔的清单；\n'
    '             二.    各沿海国就联合评估报告和修复计划草稿所作的\n'
    '                    决定应提交安全理事会审议；\n'
    '        2.        决定继续积极处理此案。\n'
)


def test_a_list_numeral_set_in_less_than_the_preamble_still_hangs_its_lines():
    r = parse_text(NUMERAL_UNDER_DEEP_PREAMBLE, "zh")
    assert r.resolution.operative[0].text.endswith(SECOND_ITEM)
    assert not [w for w in r.warnings if w.code == "text-heading-dropped"]


# (round thirty-three, unit-cut-at-text-column) A budget item's amount, its unit abbreviated with a stop, the wrap
# cutting after the abbreviation ("… 5 230 200 долл." / "США;" at the item's text column): main took the stop for the
# item's end and lost "США;" from the item.
def test_an_items_rest_after_an_abbreviated_unit_goes_on_at_its_text_column():
    text = (Path(__file__).parent / "fixtures" / "layout" / "unit-cut-at-text-column.txt").read_text(encoding="utf-8")
    items = parse_text(text, "ru").resolution.operative[0].subparagraphs
    assert [s.label for s in items] == ["a)", "b)"]
    assert items[1].text == "на подготовку смотрителей маяков на островах: 5 230 200 долл. США;"
