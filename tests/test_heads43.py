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
