"""The readings the layout rules of round thirty-five (the PDF generator's decidable failures of the draw s22)
must give on their fixtures, asked of the model alone — each fails on the reader before the rule."""

from __future__ import annotations

import json

import pytest
from test_layout_rules import FIXTURES, at, stated

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

NEW_RULES = ["part-label-opens-run", "alone-text-at-label-indent", "mark-alone-over-split-note",
             "comma-inside-flat-title", "long-title-kept", "mark-glued-word-at-break"]


@pytest.mark.parametrize("name", NEW_RULES)
def test_fixture_read_as_stated(name):
    spec = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    text, warnings = decode((FIXTURES / f"{name}.txt").read_bytes())
    model = to_dict(result(read(lang(spec["lang"]), text, warnings, notes_apart=spec.get("notes_apart", False))))
    for path, want in spec["expect"].items():
        assert stated(at(model, path), want) == want, path


# head-after-unfinished-line, widened: a line that closes a quotation after its last word in lower case (a title cited
# in full at a preambular paragraph's end, its comma lost) ends its paragraph before a known head with its capital,
# however near the width it ran. Flat wrapped text.
QUOTE_CLOSED = """United Nations A/RES/91/77
General Assembly Distr.: General 9 December 2036
Resolution adopted by the General Assembly on 7 December 2036
91/77. Industrial development of coastal States
The General Assembly,
Recalling its resolution 89/204 of 19 December 2034 on the industrial development
of the coastal States and the role of the small ports in their trade with others,
Taking note of the strategy adopted by the Conference of the coastal States in its
resolution CS.12/Res.4 of 3 November 2035, entitled “Inclusive industrial growth
in the coastal States and among the small island developing harbour towns”
Taking note also of the report of the Secretary-General on the implementation of
its resolution 89/204 and of the work of the regional commissions in the matter,
1. Welcomes the strategy of the Conference of the coastal States and invites all
States to support its implementation by the regional commissions and others;
2. Decides to include in the provisional agenda of its ninety-third session the
item entitled “Industrial development of coastal States”.
50th plenary meeting
7 December 2036
"""


def test_quote_closed_before_head_ends_paragraph():
    text, warnings = decode(QUOTE_CLOSED)
    model = to_dict(result(read(lang("en"), text, warnings, trace=True)))
    assert [p["text"][:24] for p in model["preamble"]["paragraphs"]] == [
        "Recalling its resolution", "Taking note of the strat", "Taking note also of the "]
    assert model["preamble"]["paragraphs"][1]["text"].endswith("harbour towns”")


# question-ends-no-heading, widened: after an item whose line ends with a clause's comma (which a script without
# spaces counts finished), a line at the margin that ends with a question mark is the question's rest, no heading
# of the next paragraph. PDF text that sets its paragraphs and items in by a space.
QUESTION_AFTER_COMMA = """联合国
A/RES/91/52
大会
Distr.: General 15 December 2036
第九十一届会议
2036年12月12日大会决议
91/52. 请国际法院就海岸灯塔问题发表咨询意见
大会，
 回顾其2034年12月3日第89/16号决议，
 1 . 决定请国际法院就以下问题提供咨询意见：
 (a) 沿海国停止维护偏远岛屿上的灯塔，这一做法产生了什么法律后
果？
 (b) 上文第1(a)段中提到的做法如何影响海岸航行的安全，
以及这种情况对所有国家和联合国产生了什么法律后果？
 2 . 请秘书长就本决议执行情况提出报告。
第50次全体会议
2036年12月12日
"""


def test_question_after_comma_is_no_heading():
    text, warnings = decode(QUESTION_AFTER_COMMA)
    model = to_dict(result(read(lang("zh"), text, warnings)))
    ops = model["operative"]
    assert [op["number"] for op in ops] == ["1", "2"]
    assert ops[0]["subparagraphs"][1]["text"].endswith("以及这种情况对所有国家和联合国产生了什么法律后果？")
    assert ops[1].get("headings", []) == []


# note-count-alone, by the table: "recommendation" is a counter (en.json endnotes.not_after), so a note wrapped after it
# goes on over the line that holds its number alone ("… recommendation" / "3."), which else read as a paragraph's
# number alone and went into the paragraph the page cut. PDF text, notes at the page's foot.
COUNTED_RECOMMENDATION = """United Nations A/RES/91/88
General Assembly Distr.: General 14 December 2036
Resolution adopted by the General Assembly on 7 December 2036
91/88. Protection of the beacons of the northern coasts
The General Assembly,
  Having considered the report of the Commission on the beacons of the northern coasts,1
  Noting the inventory of the rules that protect the beacons,2
  1.
  Welcomes the work of the Commission on the beacons of the northern coasts;
  2.
  Takes note of the views expressed in the debates of the Third

1 Official Records of the General Assembly, Ninety-first Session, Supplement No. 10.
2 Coastal Programme, Protecting the Beacons: An Inventory of the Rules (Oslo, 2031), recommendation
3.
36-00088 1/2
A/RES/91/88
Committee on the subject, including those made at the ninety-first session;
  3.
  Decides to continue its consideration of the question at its ninety-second session.
47th plenary meeting 7 December 2036
2/2 36-00088
"""


def test_note_goes_on_over_the_number_its_counter_announces():
    text, warnings = decode(COUNTED_RECOMMENDATION)
    model = to_dict(result(read(lang("en"), text, warnings)))
    assert model["footnotes"][1]["text"].endswith("(Oslo, 2031), recommendation 3.")
    assert model["operative"][1]["text"] == ("Takes note of the views expressed in the debates of the Third Committee "
                                             "on the subject, including those made at the ninety-first session;")
