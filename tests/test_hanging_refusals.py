"""The hanging-print rules of round thirty-two refuse what they do not serve (tests/fixtures/hanging32/, written for
the review of the round's merge): a section's numeral at the margin with a tab ("A. Desert lighthouses", "一. 沿海灯塔")
sets no text column for the paragraph under it (numeral-tab-column: only a numeral set in past the paragraphs' first
lines); a nested item citing a label ("paragraph 4 (b)") is no inline list (inline-list-at-text-column); a numeral
alone over an enacting formula is not joined to it (numeral-alone-joins). Each ran paragraphs together silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.pipeline import read, result

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hanging32"


def _read(name: str) -> dict:
    return to_dict(result(read(lang(name.split(".")[-2]), (FIXTURES / name).read_text(encoding="utf-8"), [])))


@pytest.mark.parametrize(("name", "heading"), [("section-numeral-at-margin.en.txt", "A. Desert lighthouses"),
                                               ("section-numeral-at-margin.zh.txt", "一.沿海灯塔")])
def test_a_section_numeral_at_the_margin_sets_no_text_column(name: str, heading: str) -> None:
    texts = [p["text"] for p in _read(name)["preamble"]["paragraphs"]]
    assert len(texts) == 3 and texts[1] == heading


def test_a_nested_item_that_cites_a_label_stays_an_item() -> None:
    (first, _) = _read("nested-item-cites-label.en.txt")["operative"]
    assert first["text"].endswith("the following measures:")
    assert [s["label"] for s in first["subparagraphs"]] == ["(a)", "(b)"]
    assert "paragraph 4 (b) of resolution" in first["subparagraphs"][0]["text"]


def test_a_numeral_alone_over_a_formula_is_not_joined_to_it() -> None:
    doc = read(lang("en"), (FIXTURES / "numeral-over-formula.en.txt").read_text(encoding="utf-8"), [], trace=True)
    assert "numeral-alone-joins" not in [name for name, _ in doc.trace or []]
