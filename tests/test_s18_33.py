"""Round 33, s18's weakest pdf cells: readings that main (22fbdad) got wrong, by classes of layout."""

from __future__ import annotations

from pathlib import Path

import pytest

import unres

HERE = Path(__file__).resolve().parent
LAYOUT = HERE / "fixtures" / "layout"


def _read(path: Path):
    return unres.parse_text(path.read_bytes())


def test_a_listed_day_cut_from_its_shared_counter_is_no_mark():
    """listed-counter-cut-by-break: "4月1日和2" / "日在开罗" is the list's second day, and note 2's mark stands further
    on ("说明2和")."""
    res = _read(LAYOUT / "listed-counter-cut-by-break.txt")
    para = res.preamble.paragraphs[1]
    assert "4月1日和2日在开罗" in para.text.replace(" ", "")
    assert [(r.marker, para.text[:r.offset][-3:]) for r in para.footnote_refs] == [("2", "家组的说明"[-3:])]


def test_a_line_that_opens_with_a_quantity_is_no_note():
    """no-note-of-unit-sign: "1 % del total de las cuotas" at the start of a line above the page's notes goes on with
    paragraph 1; note 1 is the indented " 1 A/95/700." under the blank line."""
    res = _read(LAYOUT / "no-note-of-unit-sign.txt")
    assert "alrededor del 1 % del total de las cuotas, y observa" in res.operative[0].text
    assert [n.text for n in res.footnotes] == ["A/95/700.", "A/95/701."]


def test_a_flush_note_wrapped_after_a_counter_s_stop_keeps_the_block_at_the_foot():
    """flat-note-after-counter: "…, chap." / "II, sect. B (…)." goes on with its note; the block of 22 notes reaches
    the page's foot, and notes 1 and 2 find their marks set apart after the years of the first paragraph."""
    res = _read(LAYOUT / "flat-note-after-counter.txt")
    first = res.preamble.paragraphs[0]
    assert [r.marker for r in first.footnote_refs] == ["1", "2"] and "Official Records" not in first.text
    assert len(res.footnotes) == 22 and res.footnotes[0].text.endswith("chap. II, sect. B (E/2001/27).")


def test_a_mark_before_a_listed_symbol_at_a_line_s_start_is_taken():
    """listed-symbol-at-line-start: "… the winter season," / "3 2/21 of 27 May 2033" — the 3 is note 3's mark, set
    apart, which the wrap put first on the line; the notes gathered after the closing are all referenced."""
    res = _read(LAYOUT / "listed-symbol-at-line-start.txt")
    para = res.preamble.paragraphs[1]
    assert "season, 2/21 of 27 May" in para.text
    assert [r.marker for r in para.footnote_refs] == ["3", "4", "5"]


def test_a_resolution_number_before_its_year_on_the_next_line_is_no_mark():
    """symbol-year-after-break: "resolutions 232" / "(1966)" keeps its number whole; note 2's mark is the one set apart
    before the comma, "to it 2,"."""
    res = _read(LAYOUT / "symbol-year-after-break.txt")
    assert "resolutions 232 (1966), 237" in res.operative[0].text and res.operative[0].footnote_refs == ()
    assert [r.marker for r in res.preamble.paragraphs[0].footnote_refs] == ["1", "2"]


def test_a_note_wrapped_before_a_year_range_goes_on_over_it():
    """year-range-not-paragraph: "… 1 آب/أغسطس" / "2038 - 31 تموز/يوليه 2039 (S/INF/99)." — the year and its dash are
    no paragraph number: the line is the note's, not paragraph 2's."""
    res = _read(LAYOUT / "year-range-not-paragraph.txt")
    assert res.operative[1].text.endswith("في المضائق؛")
    assert res.footnotes[1].text.endswith("2038 - 31 تموز/يوليه 2039 (S/INF/99).")


def test_a_head_between_two_items_of_one_list_goes_on_with_the_item():
    """head-inside-list: "(二) …可持续性，" / "鼓励建立…；" / "(三) …" — the line with the head "鼓励" is item (二)'s
    rest, not an unnumbered paragraph that would take items (三) and (b)."""
    res = _read(LAYOUT / "head-inside-list.txt")
    assert len(res.operative) == 1
    items = res.operative[0].subparagraphs[0].subparagraphs
    assert [s.label for s in items] == ["(一)", "(二)", "(三)"] and "鼓励建立回收" in items[1].text


# Review fixes (round 33): each from a reviewer's input, in sentences of mine.

_GA_HEAD = """United Nations                                                    A/RES/93/21
General Assembly                                                  Distr.: General
                                                                  2 November 2038
Ninety-third session
Agenda item 51
Resolution adopted by the General Assembly on 30 October 2038
93/21. River ferries

      The General Assembly,

      Recalling the Convention on River Ferries 1 and the Protocol on Flood Boats, 2

"""


# listed-symbol-at-line-start refuses a mixed number at a line's start: "… on most rivers," / "3 2/3 times …" (a
# fraction: the denominator a single digit) and "3 5/16 inches wide …" (the denominator two digits, and no symbol "n/n"
# of a list above it in the paragraph: second review, round 33) are the text's own numbers, not note 3's mark before a
# symbol; note 3's mark is the one after "inspectors".
@pytest.mark.parametrize("line", ["3 2/3 times since the Convention entered into force, as the inspectors report,",
                                  "3 5/16 inches wide, are too narrow for the floods, as the inspectors report,"])
def test_a_mixed_number_at_a_line_s_start_is_no_listed_symbol(line: str) -> None:
    text = (_GA_HEAD + "      Noting with concern that the gauges of the pumps, on most rivers,\n" + line + "\n\n"
            "      1. Welcomes the report of the inspectors 3 and their work;\n\n"
            "      2. Decides to remain seized of the matter.\n\n"
            "                                                         30th plenary meeting\n"
            "                                                         30 October 2038\n\n"
            "1 United Nations, Treaty Series, vol. 3101, No. 62001.\n2 Ibid., vol. 3102, No. 62002.\n3 A/93/400.\n")
    res = unres.parse_text(text.encode())
    assert "on most rivers, " + line.split(",")[0] in res.preamble.paragraphs[1].text
    assert res.preamble.paragraphs[1].footnote_refs == ()
    assert [r.marker for r in res.operative[0].footnote_refs] == ["3"]


_ECOSOC_LIST = """联合国                        E/RES/2042/6
经济及社会理事会                        Distr.: General
20 June 2042
议程项目12(a)
2042年6月9日经济及社会理事会决议
2042/6. 河口渡船促进发展
经济及社会理事会，
回顾其关于河口渡船的各项决议，其中理事会：
(a) 请各国政府检查渡船，
(b) 请各国政府培训船员，
(c) 请各国政府登记乘客，
(d) 请各国政府分享航道图，
(e) 请各国政府修建码头，
(f) 请各国政府报告进展，
(g) 请各国政府提供资金，
(h) 请各国政府与所有相关利益攸关方合作，促进在所有航道上使用节能发动机，改善渡船的安全性，
注意到秘书长关于渡船的报告及其中的以下建议：
(i) 建立修理旧船的船坞；
(ii) 培训青年船员；
1. 鼓励各国政府考虑上述建议；
2. 决定继续审议这一问题。
2042年6月9日
第12次全体会议
"""


def test_a_head_that_opens_its_own_list_after_an_item_is_a_paragraph():
    """head-inside-list refuses a head whose line ends with a colon, which announces its own list ("注意到…建议：" /
    "(i) …；(ii) …"), and a latin letter that is a roman numeral too ((h) → (i)): the head stays a paragraph."""
    res = unres.parse_text(_ECOSOC_LIST.encode())
    assert len(res.preamble.paragraphs) == 2
    assert res.preamble.paragraphs[1].text.startswith("注意到秘书长关于渡船的报告")


def test_a_mark_glued_after_a_word_before_a_counter_s_character_is_a_mark():
    """listed-counter-cut-by-break asks for a joiner of the table (和, 至, 、…): "…2030年议程2" / "年度…" is note 2's
    mark glued to a word ("年议程" is a counter and a word of two letters, no joiner), which the break put before a word
    opening with the same counter's character."""
    text = ("联合国 A/RES/92/40\n大会 Distr.: General\n11 December 2037\n第九十二届会议\n议程项目53\n"
            "2037年12月9日大会决议\n92/40. 河口渡船\n大会，\n审议了秘书长的报告，1\n"
            "欢迎各国落实可持续发展2030年议程2\n年度审查报告中关于渡船船员的建议，\n"
            "1. 决定继续审议这一问题。\n第46次全体会议 2037年12月9日\n--------------------\n"
            "1 A/92/121。\n2 A/92/207。\n")
    res = unres.parse_text(text.encode())
    para = res.preamble.paragraphs[1]
    assert [r.marker for r in para.footnote_refs] == ["2"] and "议程2" not in para.text


_ECOSOC_SHORT_ITEM = """联合国                        E/RES/2042/7
经济及社会理事会                        Distr.: General
20 June 2042
议程项目12(b)
2042年6月9日经济及社会理事会决议
2042/7. 河口码头促进发展
经济及社会理事会，
回顾其关于河口码头的各项决议，其中理事会：
(a) 请各国政府检查码头，
(b) 请各国政府培训船员，
(c) 请各国政府登记乘客，
(d) 请各国政府分享航道图，
(e) 请各国政府修建码头，
(f) 请各国政府报告进展，
注意到秘书长关于码头的报告及其中的以下建议，
(g) 建立修理旧码头的基金；
1. 鼓励各国政府考虑上述建议；
2. 决定继续审议这一问题。
2042年6月9日
第12次全体会议
"""


def test_a_head_after_an_item_s_short_line_is_a_paragraph():
    """head-inside-list asks the item's line to run to the width: after "(f) 请各国政府报告进展，", a short
    line that ended the item, the head "注意到…以下建议，" stays a paragraph of its own, not item (f)'s rest
    (second review, round 33)."""
    res = unres.parse_text(_ECOSOC_SHORT_ITEM.encode())
    assert res.preamble.paragraphs[1].text.startswith("注意到秘书长关于码头的报告")
    assert "注意到" not in res.preamble.paragraphs[0].text
