"""Round 43, headings and items: readings the base got wrong, on texts written for the tests."""

from __future__ import annotations

from pathlib import Path

from unres.model import to_dict
from unres.text.parse import parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "layout"


def _read(name: str) -> dict:
    return to_dict(parse_text((FIXTURES / name).read_text(encoding="utf-8")).resolution)


def test_text_under_label_alone_stays_with_its_item():
    # "(2)" alone, its text over three lines without final punctuation, then "(3)": the text is item (2)'s,
    # not a heading of item (3) (the base left (2) empty and moved its text to (3)'s headings, silently)
    items = _read("text-under-label-alone.txt")["operative"][0]["subparagraphs"]
    assert [s["label"] for s in items] == ["(1)", "(2)", "(3)"]
    assert items[1]["text"].startswith("Reef Surveys: Draw up a detailed plan")
    assert items[1]["text"].endswith("of the Joint Lighthouse Board")
    assert all(s["headings"] == [] for s in items)


def test_title_cut_by_page_in_wide_script_is_one_heading():
    # a Chinese title of 29 ideographs (58 columns in print) at a page's foot, its rest on the next page's first
    # line: one heading of paragraph 4, not two (the base counted its characters against a Latin title's 30)
    ops = _read("page-cut-heading-in-columns.txt")["operative"]
    assert [p["number"] for p in ops] == ["1", "2", "3", "4", "5", "6"]
    assert ops[3]["headings"] == ["加强沿海灯塔管理以保障夜间航行安全，促进各沿海国之间的区域合作与港口的长期稳定"]
