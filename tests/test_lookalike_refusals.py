"""The round-thirty-two rules that refuse a look-alike — label-number-not-mark, formula-missing under a heading in
capitals — refuse only what they serve. The inputs (tests/fixtures/lookalikes32/, written for the review of the round)
are the cases the first versions got wrong: a real mark before a colon on a line after a comma ("respectively1:",
raised or not, "建议2："), a mark-apart-before-dash label longer than twelve letters ("Recommendation 2 –", whose
limit a constant of the same name had lowered), the adoption line in capitals under a heading in capitals, and a
letter whose capitals title cites a resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.problems import UnresError
from unres.text.pipeline import read, result

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lookalikes32"


def _read(name: str) -> dict:
    code = name.split(".")[-2]
    return to_dict(result(read(lang(code), (FIXTURES / name).read_text(encoding="utf-8"), [])))


def _refs(paragraph: dict) -> list[str]:
    return [r["marker"] for r in paragraph["footnote_refs"]]


@pytest.mark.parametrize("name", ["respectively-glued.en.txt", "respectively-raised.en.txt"])
def test_a_mark_before_a_colon_after_a_comma_is_a_mark(name: str) -> None:
    paragraph = _read(name)["operative"][0]
    assert "respectively:" in paragraph["text"]
    assert _refs(paragraph) == ["1"]


def test_a_glued_mark_before_a_colon_with_no_list_of_labels_is_a_mark() -> None:
    paragraph = _read("recommendations-after-comma.zh.txt")["preamble"]["paragraphs"][1]
    assert "其中的三项建议：" in paragraph["text"]
    assert _refs(paragraph) == ["2"]


def test_a_long_label_word_before_a_dash_keeps_its_number() -> None:
    model = _read("recommendation-before-dash.en.txt")
    assert "Recommendation 2 – Strengthen" in model["operative"][0]["text"]
    assert _refs(model["operative"][1]) == ["2"]


def test_the_adoption_line_in_capitals_under_a_heading_in_capitals_is_no_paragraph() -> None:
    paragraphs = _read("capitals-adopted-under-heading.en.txt")["preamble"]["paragraphs"]
    assert [p["text"][:11] for p in paragraphs] == ["Reiterating", "Recalling a"]


def test_a_letter_whose_title_cites_a_resolution_is_no_resolution() -> None:
    with pytest.raises(UnresError, match="text-no-formula"):
        _read("letter-citing-resolution.en.txt")


@pytest.mark.parametrize("word", ["против", "прав", "инициатив", "перспектив", "директив"])
def test_words_that_end_as_a_gerund_does_but_open_no_paragraph(word: str) -> None:
    from unres.text.openings import ends_as_head

    assert not ends_as_head(lang("ru"), word)
    assert ends_as_head(lang("ru"), "отметив")  # (a gerund in -ив is still a head's word)
