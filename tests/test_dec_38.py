"""Round 38, fix round (review of branch dec-38): the narrowings of three rules, each shown on a text written for it
that the branch read wrongly before the fix (mark-apart-before-wide-clause, conjunction-glued-no-title,
comma-inside-gap-title / comma-title-before-page)."""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result


def _read(code: str, text: str) -> tuple[dict, list[str]]:
    decoded, warnings = decode(text.encode())
    model = to_dict(result(read(lang(code), decoded, warnings)))
    return model, [w.code for w in warnings]


# mark-apart-before-wide-clause: a number set apart, then "、", then another count is a list of numbers, the text's
# own ("共有 6、7 座灯塔"); the note 6 whose mark the text never prints stays unreferenced, and says so.
_ZH_HEAD = """联合国 A/HRC/RES/88/3
人权理事会 Distr.: General
9 May 2033
人权理事会2033年4月5日通过的决议
88/3. 海岸灯塔的维护
人权理事会，
 回顾其关于海岸灯塔的2030年3月2日第79/4号、 1 2031年3月9日第82/6号 2、2032年10月1日第85/8号决议， 3
"""
_ZH_TAIL = """ 1. 决定继续审议这一问题。

 1 A/HRC/79/2。
 2 A/HRC/82/2。
 3 A/HRC/85/2。
 4 A/88/250。

GE.33-00042

第31次会议
2033年4月5日
"""
LIST_OF_COUNTS = _ZH_HEAD + " 注意到已有 4、5 座灯塔恢复运行，\n" + _ZH_TAIL
LIST_OF_ARTICLES = _ZH_HEAD + " 注意到该公约第 4、12 条的规定，\n" + _ZH_TAIL


def test_a_number_opening_a_list_of_counts_is_no_mark():
    model, codes = _read("zh", LIST_OF_COUNTS)
    last = model["preamble"]["paragraphs"][-1]
    assert last["text"] == "注意到已有4、5座灯塔恢复运行，"
    assert not last.get("footnote_refs")
    assert "footnote-unreferenced" in codes


def test_a_number_opening_a_list_of_articles_is_no_mark():
    model, codes = _read("zh", LIST_OF_ARTICLES)
    last = model["preamble"]["paragraphs"][-1]
    assert last["text"] == "注意到该公约第4、12条的规定，"
    assert not last.get("footnote_refs")
    assert "footnote-unreferenced" in codes


def test_a_mark_before_a_year_after_the_enumeration_comma_is_still_taken():
    model, codes = _read("zh", _ZH_HEAD + _ZH_TAIL.replace(" 4 A/88/250。\n", ""))
    first = model["preamble"]["paragraphs"][0]
    assert [r["marker"] for r in first["footnote_refs"]] == ["1", "2", "3"]
    assert "第82/6号、2032年" in first["text"]


# conjunction-glued-no-title: a section's title that opens with a word whose tail after "و" is a word of the text
# ("وحدة" / "على حدة") keeps its place: no article after the conjunction, no evidence of a phrase's rest.
_AR = """الأمــم المتحـدة
S/RES/9941 (2034)
مجلس الأمن
Distr.: General 3 March 2034
القرار 9941 (2034)
إن مجلس الأمن،
إذ يشير إلى قراراته السابقة بشأن منارات الموانئ وسلامة السفن في المنطقة،
1 - يقرر تمديد ولاية البعثة حتى 31 آذار/مارس 2035، على أن يُنظر في أمر كل ميناء على حدة وفق حاجته؛
2 - يقرر أن تكون للبعثة المهام التالية:
’1‘ دعم سلطات الموانئ في تشغيل المنارات
’2‘ تنسيق الدعم اللوجستي المقدم من الدول الأعضاء
{line}
3 - يطلب إلى الأمين العام أن يقدم تقريرا إلى المجلس كل 120 يوما؛
4 - يقرر أن يبقي المسألة قيد نظره الفعلي.
"""


def test_a_title_opening_with_a_word_whose_tail_is_a_word_stays_a_title():
    model, _ = _read("ar", _AR.format(line="وحدة تنسيق منارات الموانئ"))
    op = model["operative"]
    assert op[2]["number"] == "3" and op[2]["headings"] == ["وحدة تنسيق منارات الموانئ"]
    assert op[1]["subparagraphs"][-1]["text"] == "تنسيق الدعم اللوجستي المقدم من الدول الأعضاء"


def test_a_glued_rest_counts_a_word_written_with_its_punctuation_elsewhere():
    # "التدريب" stands elsewhere only as "التدريب؛": the word, its punctuation stripped
    text = _AR.format(line="والتدريب المتخصص لموظفي الموانئ").replace("على حدة وفق حاجته؛",
                                                                   "مع إيلاء الأولوية إلى التدريب؛")
    model, _ = _read("ar", text)
    op = model["operative"]
    assert op[1]["subparagraphs"][-1]["text"] == ("تنسيق الدعم اللوجستي المقدم من الدول الأعضاء والتدريب المتخصص "
                                                  "لموظفي الموانئ")
    assert not op[2].get("headings")


# comma-title-before-page: no title after a line that ends with a colon — it announces the wrapped text under it.
ANNOUNCED = """United Nations

A/RES/95/14

General Assembly

Ninety-fifth session

Agenda item 40

Harbour lights

Resolution adopted by the General Assembly on 4 December 2040

95/14. Harbour lights and their keepers

The General Assembly,

      Recalling its earlier resolutions on harbour lights,1

      1. Welcomes the report of the harbour light service;

      2. Decides that the motto of the World Day of Harbour Lights in 2041 shall read as follows:

Lights of the harbour, beacons of the night,
guiding every vessel safely home
--------------------
 1 Resolution 94/20.

2/3 40-01234

                                                                    A/RES/95/14

      3. Requests the Secretary-General to report on the matter at its ninety-sixth
session.

60th plenary meeting
4 December 2040

40-01234 3/3
"""


def test_no_title_after_a_line_ending_with_a_colon():
    model, _ = _read("en", ANNOUNCED)
    for op in model["operative"]:
        assert not op.get("headings"), op
    assert "Lights of the harbour, beacons of the night, guiding every vessel safely home" in " ".join(
        op["text"] for op in model["operative"])
