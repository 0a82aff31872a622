"""mark-before-month-at-break: a Chinese note mark glued to a date's month and day across a line break (round 34)."""

from pathlib import Path

import pytest

from unres.text.parse import parse_text

FIXTURE = (Path(__file__).parent / "fixtures" / "layout" / "mark-before-month-at-break.txt").read_text(encoding="utf-8")
WRAPPED = "国际森林日、3\n2月2日"  # (as the fixture prints it: the mark ends its line)
TEXT = "注意到各会员国为3月21日国际森林日、2月2日世界湿地日和6月5日世界环境日举办的各项活动，"


@pytest.mark.parametrize("wrapped", [WRAPPED, "国际森林日、\n32月2日"])
def test_a_mark_at_a_line_edge_before_a_month_is_read(wrapped: str) -> None:
    parsed = parse_text(FIXTURE.replace(WRAPPED, wrapped), None)
    para = parsed.resolution.preamble.paragraphs[1]
    assert para.text == TEXT
    assert [(r.marker, r.offset) for r in para.footnote_refs] == [("3", 19)]
    assert [w.code for w in parsed.warnings] == []


def test_a_mark_that_makes_a_month_with_the_next_line_is_warned() -> None:
    # "、1" / "2月2日": a mark 1 before "2月", or the text's "12月" — undecidable: the digits stay the text's, and the
    # note without its mark is reported.
    text = FIXTURE.replace(WRAPPED, "国际森林日、1\n2月2日").replace("《湿地公约》1和", "《湿地公约》和")
    parsed = parse_text(text, None)
    assert "12月2日" in parsed.resolution.preamble.paragraphs[1].text
    assert "footnote-unreferenced" in [w.code for w in parsed.warnings]
