"""Knowledge the text reader kept in code, now read from its tables (round thirty-two): every script's brackets and
commas from the scripts table (converter/langs/scripts.json), the units of measure from converter/data/units.json.
The texts are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from unres.langs import bracket_pairs, lang
from unres.text import blocks, marks
from unres.text.decode import decode
from unres.text.parse import parse_text
from unres.text.pipeline import read

DATA = Path(__file__).resolve().parent.parent / "converter" / "data"

# double-spaced (a blank line after every line): a short Chinese text whose lines are all short of the wrap, so that
# nothing but a bracket left open says a line ends inside a sentence — here a title's "《", which main did not count
# (it counted "(" and "（" only): the blank after "回顾《…" was read as a paragraph's end, the title cut in two.
TITLE_LEFT_OPEN_ZH = """联合国                        S/RES/4114 (2040)


安全理事会


第4114(2040)号决议


2040年4月2日安全理事会第9999次会议通过


安全理事会，


               回顾其关于沿海航标的第4001(2036)号决议及其后所有相关决议，


               回顾《沿海航标安全与航行自由

公约》、《灯塔看守人权利宣言》和《区域港口合作框架》，


               认识到沿海国和区域组织的重要作用，


      1.       决定将各项授权再延长12个月；


      2.       决定继续积极处理此案。
"""


def test_a_titles_bracket_left_open_before_a_blank_line_goes_on_over_it():
    r = parse_text(TITLE_LEFT_OPEN_ZH, "zh").resolution
    assert [p.text for p in r.preamble.paragraphs][1:] == [
        "回顾《沿海航标安全与航行自由公约》、《灯塔看守人权利宣言》和《区域港口合作框架》，",
        "认识到沿海国和区域组织的重要作用，"]
    assert [p.number for p in r.operative] == ["1", "2"]


def test_the_scripts_tables_brackets_pair_each_opening_with_its_own_closing():
    # (review, round thirty-two: a zip of the punctuation of every script, deduplicated, could misalign the pairs)
    assert set(bracket_pairs()) == {("(", ")"), ("[", "]"), ("（", "）"), ("《", "》"), ("〈", "〉"), ("【", "】")}


@pytest.mark.parametrize(("opening", "closing"), bracket_pairs())
def test_every_bracket_of_the_scripts_table_counts_left_open(opening: str, closing: str):
    assert blocks._bracket_left_open(f"recalling {opening}the lights")
    assert not blocks._bracket_left_open(f"recalling {opening}the lights{closing} and")
    assert not blocks._bracket_left_open(f"recalling the lights{closing} and")


# note-year-goes-on, in the scripts that write their own comma: a note's line ending with the comma, the next line
# opening with the year of the Official Records and its comma. (main took the Latin comma only; the note went on
# there by note-runs-on, as no language but English numbers a paragraph with a comma — the rule now decides.)
NOTE_YEAR_AR = """A/HRC/RES/99/41                                        الأمم المتحدة
Distr.: General                                      الجمعية العامة
16 October 2031
مجلس حقوق الإنسان
الدورة التاسعة والتسعون
قرار اعتمده مجلس حقوق الإنسان في 12 تشرين الأول/أكتوبر 2031
99/41 - المنارات الساحلية
إن مجلس حقوق الإنسان،
 إذ يشير إلى الاستنتاجات المتفق عليها بشأن المنارات الساحلية(1)،
 وإذ يرحب بالتقدم الذي أحرزه حراس المنارات في الموانئ الصغيرة(2)،
 1 - يقرر أن يبقي المسألة قيد الاستعراض.

__________________
(1) انظر الوثائق الرسمية للمجلس الاقتصادي والاجتماعي،
2031، الملحق رقم 10 (E/2031/30)، الفصل الأول، الفرع دال.
(2) انظر A/99/77.
GE.31-87472 1/2
A/HRC/RES/99/41

الجلسة 45
12 تشرين الأول/أكتوبر 2031
"""

NOTE_YEAR_ZH = """联合国 A/HRC/RES/85/11
人权理事会 Distr.: General
8 December 2030
人权理事会2030年10月7日通过的决议
85/11. 灯塔看守人
人权理事会，
 回顾经济及社会理事会关于海岸灯光的商定结论，1
 欢迎小港口灯塔看守人取得的进展，2
 1. 决定继续审议这一问题。

 1 见《经济及社会理事会正式记录，
2030，补编第10号》(E/2030/30)，第一章，D节。
 2 A/HRC/85/23。

GE.30-00003

第50次会议
2030年10月7日
"""


@pytest.mark.parametrize(("code", "text", "line", "note"), [
    ("ar", NOTE_YEAR_AR, 15, "انظر الوثائق الرسمية للمجلس الاقتصادي والاجتماعي، 2031، الملحق رقم 10 (E/2031/30)، "
                             "الفصل الأول، الفرع دال."),
    ("zh", NOTE_YEAR_ZH, 12, "见《经济及社会理事会正式记录，2030，补编第10号》(E/2030/30)，第一章，D节。"),
], ids=["arabic-comma", "full-width-comma"])
def test_a_note_goes_on_over_a_year_and_its_scripts_comma(code: str, text: str, line: int, note: str):
    decoded, warnings = decode(text.encode("utf-8"))
    doc = read(lang(code), decoded, warnings, trace=True)
    assert [n for rule, n in doc.trace if rule == "note-year-goes-on"] == [line]
    assert parse_text(text, code).resolution.footnotes[0].text == note


def test_a_year_with_a_decimal_comma_is_no_year_and_its_comma():
    from unres.text.footnotes import _YEAR_COMMA
    assert _YEAR_COMMA.match("2016, Supplement No. 10") and _YEAR_COMMA.match("2016، الملحق")
    assert _YEAR_COMMA.match("2016，补编") and _YEAR_COMMA.match("2016、2017年")
    assert not _YEAR_COMMA.match("2016,5 millions") and not _YEAR_COMMA.match("2016 , x")


def test_the_units_table_is_valid_against_its_schema():
    schema = json.loads((DATA / "units.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    table = json.loads((DATA / "units.json").read_text(encoding="utf-8"))
    assert list(validator.iter_errors(table)) == []
    assert list(validator.iter_errors({**table, "power_units": ["k m"]})) != []  # a unit is one word
    assert list(validator.iter_errors({**table, "other": 1})) != []


def test_the_mark_rules_read_their_units_from_the_table():
    table = json.loads((DATA / "units.json").read_text(encoding="utf-8"))
    assert marks.POWER_UNITS == tuple(table["power_units"])
    for unit in table["power_units"]:
        assert marks._raised("2", "").search(f"40 {unit}²") is None  # the unit's power, no mark
        assert marks._raised("2", "").search(f"40{unit}²") is None
    assert marks._raised("2", "").search("the lights²") is not None
    for sign in table["signs"]:
        assert marks.UNIT_NEXT.match(f" {sign}") and marks.UNIT_NEXT.match(sign)
