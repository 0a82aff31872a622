"""Round 39 (branch dec-39): paragraph boundaries on documents the reader had never seen. Each rule on a text written
for it (the fixture pairs of tests/fixtures/layout, read here with expectations written by hand); each fails on the
base (70e3590)."""

from __future__ import annotations

from pathlib import Path

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout"


def _read(code: str, text: str) -> tuple[dict, list[str]]:
    decoded, warnings = decode(text.encode())
    model = to_dict(result(read(lang(code), decoded, warnings)))
    return model, [w.code for w in warnings]


def _fixture(name: str) -> str:
    return (LAYOUT / f"{name}.txt").read_text(encoding="utf-8")


def _preamble(model: dict) -> list[str]:
    return [p["text"] for p in model["preamble"]["paragraphs"]]


# wide-gaps-outnumbered: two gaps made wider by a line that held only an invisible direction mark do not join the
# paragraphs that stand one blank line apart.
def test_invisible_mark_lines_do_not_join_double_spaced_paragraphs():
    model, codes = _read("zh", _fixture("wide-gaps-outnumbered"))
    texts = _preamble(model)
    assert len(texts) == 6
    assert texts[2] == "又回顾题为“蓝色海岸：2040年海洋议程”的2033年9月20日第88/5号决议，"
    assert texts[3].startswith("强调《海岸灯光公约》") and texts[3].endswith("长期行为的重要性，")
    assert [p["number"] for p in model["operative"]] == ["1", "2"]
    assert codes == ["text-control-characters"]


# parallel-item-unspaced: a schedule's days in Chinese, one item a line.
def test_schedule_days_in_chinese_are_items_of_their_own():
    model, _ = _read("zh", _fixture("parallel-item-unspaced"))
    ops = model["operative"]
    assert [p["number"] for p in ops] == ["1", "2", None, None, None, None, "3"]
    assert ops[2]["text"] == "6月3日，星期二：上午10时至下午1时(包括会议的开幕部分)，下午3时至6时；"
    assert ops[4]["text"] == "6月5日，星期四：上午9时至下午1时，下午3时至6时，听取三位发言者的发言；"


# open-quote-closed-below: a quoted question cut by a page inside the quotation, closed by its last item.
def test_quoted_question_cut_inside_the_quotation_goes_on():
    model, _ = _read("en", _fixture("open-quote-closed-below"))
    ops = model["operative"]
    assert len(ops) == 1
    assert "the Agreement on Aids to Navigation, the customary rules of the sea" in ops[0]["text"]
    assert len(_preamble(model)) == 2


# number-alone-note-marked: the note 1 further down has its mark above; the number alone is paragraph 1's.
def test_number_alone_is_the_paragraphs_where_the_note_has_its_mark():
    model, codes = _read("en", _fixture("number-alone-note-marked"))
    ops = model["operative"]
    assert [p["number"] for p in ops] == ["1", "2"]
    assert ops[0]["text"].startswith("Encourages all Member States")
    assert model["preamble"]["paragraphs"][0]["footnote_refs"][0]["marker"] == "1"
    assert codes == []
