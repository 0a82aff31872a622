"""Round 42, branch marks-42: digits of the text lost to a note's mark, and marks kept in the text (the texts are made
up, on harbours, lighthouses and coastal beacons; the fixture pairs are tests/fixtures/layout/<rule>.*).

- lone-note-since-formula (footnotes.py): a text's only note, its mark glued to a symbol only a weak rule reads
  ("93/9" + "1" + " ;"), was reported unreferenced, the mark left in the text.
- counted-gives-way-after-closing (footnotes.py): notes after the closing, marks set apart: the goal's number glued
  after a counting word ("优先事项3，") was taken for note 3's mark.
- spaced-stop-over-loose-on-page (marks.py): a count set apart between two words ("в объеме 3 недель") was taken for
  the mark, which stood at a line's end before the comma the wrap put on the next line.
- apart-since-last-after-closing (footnotes.py): a note at a page's foot under the closing, its mark set apart after a
  number ("14" + " 3" + " de"), was read as a line of the closing, the mark left in the text.
- counter-after-break-told (marks.py): mark-glued's digits at a line's end before a counter on the next line
  ("年满2" / "岁"), marks so far set apart, were taken silently; they are taken as before, and told.
"""

from __future__ import annotations

from layout_fixture import FIXTURES
from layout_fixture import read_fixture as _read
from layout_fixture import refs as _refs

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.parse import parse_text
from unres.text.pipeline import read, result

_COUNTED_ON_PAGE = """United Nations                                                  A/RES/93/59
General Assembly                                            Distr.: General
                                                             19 December 2038
Ninety-third session
Agenda item 32
Resolution adopted by the General Assembly on 14 December 2038
93/59. Beacons on the northern coast
The General Assembly,
  Recalling its resolutions 89/175 of 20 December 2034 and 90/201 of 21 December 2035
on coastal beacons,
  Reaffirming {place}, of the code of lighthouse keepers,
  1. Takes note of the report of the Secretary-General;
__________________
 1 See Report of the Meeting of Lighthouse Keepers, Valparaiso, 4-8 May 2034.
38-11773 (E)    200138
*3811773*
A/RES/93/59                                  Beacons on the northern coast
  2. Decides to include the item in the provisional agenda of its next session.
45th plenary meeting
14 December 2038
"""


def test_counted_or_named_number_on_the_page_keeps_its_digits():
    # (symbol-tail-on-page was removed in the fix round: it cut "paragraph 11" to "paragraph 1" for a mark glued to
    # "90/20"; the page's place is read as the base reads it — this test passes on 4ac5079 too)
    for place in ("paragraph 11", "Sustainable Development Goal 11", "Agenda 21"):
        res = parse_text(_COUNTED_ON_PAGE.format(place=place))
        first, second = res.resolution.preamble.paragraphs[:2]
        assert "90/20 of 21 December 2035" in first.text
        assert [r.marker for r in first.footnote_refs] == ["1"]
        assert f"Reaffirming {place}, of the code" in second.text
        assert not second.footnote_refs


def test_lone_note_is_sought_from_the_formula():
    model, codes = _read("lone-note-since-formula", "es")
    first = model["operative"][0]
    assert first["text"].endswith("de la resolución 93/9 ;")
    assert _refs(first) == ["1"]
    assert "footnote-unreferenced" not in codes and codes == ["text-note-mark-guessed"]


def test_counted_number_gives_way_after_the_closing():
    model, codes = _read("counted-gives-way-after-closing", "zh")
    paragraphs = model["preamble"]["paragraphs"]
    assert "专题优先事项3，特别是" in paragraphs[2]["text"]
    assert _refs(paragraphs[2]) == []
    assert paragraphs[3]["text"] == "注意到秘书长关于灯塔现状的报告及其中提出的建议，"
    assert _refs(paragraphs[3]) == ["3"]
    assert codes == ["text-note-mark-guessed"]


def test_spaced_stop_at_line_end_wins_over_a_count_on_the_page():
    model, codes = _read("spaced-stop-over-loose-on-page", "ru")
    second = model["preamble"]["paragraphs"][1]
    assert "минимума в объеме 3 недель в год" in second["text"]
    assert "подряд 3" not in second["text"]
    assert _refs(second) == ["3"]
    assert codes == ["text-note-mark-guessed"]  # (told in the fix round: the count may have been the mark)


def test_note_under_the_closing_has_its_mark_set_apart_after_a_number():
    model, codes = _read("apart-since-last-after-closing", "es")
    third = model["preamble"]["paragraphs"][2]
    assert "los Objetivos 6 y 14 de Desarrollo Sostenible" in third["text"]
    assert _refs(third) == ["3"]
    assert [n["marker"] for n in model["footnotes"]] == ["1", "2", "3"]
    assert codes == ["text-note-mark-guessed"]  # (told in the fix round: "14" + " 3" may be two numbers)


def test_glued_mark_before_a_counter_over_the_break_is_taken_and_told():
    # (a real mark, "报告2" / "年度…": taken as before, now told — the same shape holds an age, below)
    text, warnings = decode((FIXTURES / "counter-after-break-told.txt").read_bytes())
    model = to_dict(result(read(lang("zh"), text, warnings)))
    second = model["preamble"]["paragraphs"][1]
    assert second["text"].startswith("赞赏地注意到秘书长关于岛屿学校师资状况的报告年度执行情况")
    assert _refs(second) == ["2"]
    assert [(w.code, w.line) for w in warnings] == [("text-note-mark-guessed", 10)]
    assert "before a counter on the next line" in warnings[0].message


_AGE_OVER_THE_BREAK = """联合国 A/RES/98/42
大会 Distr.: General
18 December 2043
第九十八届会议
议程项目19
2043年12月15日大会决议
98/42. 沿海渔村的儿童
大会，
审议了秘书长关于沿海渔村儿童生活条件的报告， 1
鼓励各国为渔村儿童提供免费医疗，直至其年满2
岁以上，并为偏远岛屿的家庭提供渡船服务，
43-05566 1/2
A/RES/98/42 沿海渔村的儿童
欢迎委员会关于偏远岛屿的建议 2 及其后续行动，
1. 决定继续审议这一问题。
第48次全体会议
2043年12月15日
--------------------
1 A/98/117。
2 A/98/260。
2/2 43-05566
"""


def test_age_before_a_counter_over_the_break_is_told():
    """The known wrong case of counter-after-break-told ("年满2" / "岁以上", an age; note 2's mark "建议 2 及其" stands
    further on): the reading is the base's — the age's digits taken as the mark, known wrong — and only the warning
    is new, so only the warning is asserted (the fix round: a fixture must not pin a wrong reading)."""
    text, warnings = decode(_AGE_OVER_THE_BREAK.encode("utf-8"))
    read(lang("zh"), text, warnings)
    assert [(w.code, w.line) for w in warnings] == [("text-note-mark-guessed", 10)]
    assert "before a counter on the next line" in warnings[0].message


_COUNT_PAST_NEXT_MARK = """联合国

A/RES/95/141

大会

Distr.: General 3 March 2040

第九十五届会议 议程项目 18 港口航标

2040年2月28日大会决议

95/141. 港口航标

大会，

回顾2037年通过的《港口航标宣言》 1 及其各项承诺，

又回顾《航标管理人员会议报告》， 2 其中强调各国应维护港口航标，

重申必须落实航标会议的专题优先事项3，特别是到2046年完成浮标更新，

欢迎秘书长关于港口航标的说明 4 及其中的建议，并邀请各港口每 3 年提交一次报告，

1. 请各国继续维护港口航标；

2. 决定在第九十六届会议上继续审议这一问题。

第72次全体会议 2040年2月28日

--------------------

1

A/CONF.261/8，附件。

2

A/94/319。

3

A/95/79。

4

A/95/80。
"""


def test_counted_number_keeps_its_place_when_the_apart_one_is_past_the_next_mark():
    # (the near miss of counted-gives-way-after-closing, narrowed in the fix round: the one set apart, "每 3 年", stands
    # past note 4's mark "说明 4 及其", so the glued candidate "事项3" stays, as the base reads it — wrong but the
    # base's; the count and note 4's mark keep their places. Passes on 4ac5079 too.)
    res = parse_text(_COUNT_PAST_NEXT_MARK)
    third, fourth = res.resolution.preamble.paragraphs[2:4]
    assert "专题优先事项，特别是" in third.text
    assert [r.marker for r in third.footnote_refs] == ["3"]
    assert "说明及其中的建议，并邀请各港口每3年提交一次报告，" in fourth.text
    assert [r.marker for r in fourth.footnote_refs] == ["4"]
    assert "footnote-unreferenced" not in [w.code for w in res.warnings]
