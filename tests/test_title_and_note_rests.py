"""Round 42 (issue 22): a section title wrapped over two lines after a list whose wrapped lines hang
(left-title-wrapped), and a paragraph's rest under a note that ends with a reference's bracket, in a script
without case (note-ends-at-bracket). Read from the rules' own fixtures, whatever rules the package lists."""

from __future__ import annotations

import json
from pathlib import Path

from unres.jsonio import to_json
from unres.text.parse import parse_text

LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout"


def _model(name: str) -> dict:
    result = parse_text((LAYOUT / f"{name}.txt").read_text(encoding="utf-8"))
    return json.loads(to_json(result.resolution))


def test_a_two_line_title_after_a_hung_list_heads_the_next_paragraph() -> None:
    model = _model("left-title-wrapped")
    first, second = model["operative"][0], model["operative"][1]
    assert first["subparagraphs"][-1]["text"] == "Clearing of sunken barges and debris from the lower channel"
    assert second["headings"] == [
        "Other bodies present along the river and in the delta working on the upkeep of the channels"]


def test_the_rest_under_a_note_ending_with_a_bracket_goes_back_to_its_paragraph() -> None:
    model = _model("note-ends-at-bracket")
    assert model["operative"][1]["text"] == ("请秘书长在第九十六届会议上根据航标维护准则提交一份关于灯塔看守人培训和"
                                             "航标修复情况的报告，供大会审议。")
    assert [n["text"] for n in model["footnotes"]] == ["《大会正式记录，第九十五届会议，补编第1号》(A/95/1)"]
