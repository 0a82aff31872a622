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


def test_long_title_after_paragraph_in_unwrapped_text_with_figure_cut():
    # one paragraph to a line; the only page cut leaves a rest opening with a year: the text is still unwrapped,
    # and the long title before paragraph 5 heads it instead of running into paragraph 4 (the base, silently)
    ops = _read("cut-before-figure.txt")["operative"]
    assert ops[3]["text"].endswith("41 208 300 dólares de los Estados Unidos;")
    assert ops[4]["headings"] == ["Modalidades de financiación de los gastos previstos para el período comprendido "
                                  "entre el 1 de julio de 2037 y el 30 de junio de 2038"]


def test_article_after_colon_in_unwrapped_text_with_stop_cut():
    # one paragraph to a line; the only page cut leaves a paragraph's final stop alone after the notes: the text is
    # still unwrapped, and the quoted article after paragraph 1's colon is a paragraph of its own (the base ran it
    # into paragraph 1, silently)
    ops = _read("cut-before-punctuation.txt")["operative"]
    assert [p["number"] for p in ops] == ["1", None, "2", "3", "4", "5"]
    assert ops[0]["text"].endswith("第3条修正如下：")
    assert ops[1]["text"] == "委员会应就下列事项向大会提出建议："


def test_section_numbering_restarts_after_title_run_into_paragraph():
    # a section's titles ran into the unnumbered paragraph above (printed out of place after its comma); the "1." a
    # head follows, before a "2.", starts the section again: its paragraphs are kept, and the guess is told (the base
    # joined them into the paragraphs before, silently)
    res = parse_text((FIXTURES / "section-restart-untitled.txt").read_text(encoding="utf-8"))
    ops = to_dict(res.resolution)["operative"]
    assert [p["number"] for p in ops] == ["1", "2", None, "1", "2", "3", "1", "2"]
    assert ops[4]["text"].startswith("Notes that the margin")
    assert "text-boundary-guessed" in [w.code for w in res.warnings]
