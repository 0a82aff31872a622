"""Round thirty-nine, note marks (issue 22): the layouts of the marks-39 rules read as their fixtures state —
a digit of the text left in it, a note's mark set apart taken out of it. Each test reads a fixture text with the
public reader and asserts what the fixture's .json states by hand (without its `fires`, so that it also runs on a
reader that lacks the rule: there it fails)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_layout_rules import at, stated

from unres.model import to_dict
from unres.text.parse import parse_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layout"
ROUND = ["range-no-note-below", "marker-again-under-rule", "count-not-name", "mark-glued-before-number",
         "comma-mark-after-quote"]


@pytest.mark.parametrize("name", ROUND)
def test_round_fixture_reads_as_stated(name):
    spec = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    got = parse_text((FIXTURES / f"{name}.txt").read_bytes(), spec["lang"])
    model = to_dict(got.resolution)
    for path, want in spec["expect"].items():
        assert stated(at(model, path), want) == want, path
    assert [w.code for w in got.warnings] == spec.get("warnings", [])


# The review's inputs (tests/fixtures/marks_39/): each read as the right reading states, by hand.
REVIEW = Path(__file__).resolve().parent / "fixtures" / "marks_39"


def _read(name: str, lang: str):
    got = parse_text((REVIEW / f"{name}.txt").read_bytes(), lang)
    return to_dict(got.resolution), [w.code for w in got.warnings]


def _marked(paragraph: dict) -> str:
    """A paragraph's text with its marks written in, "[^n]" at each mark's offset."""
    text = paragraph["text"]
    for ref in sorted(paragraph.get("footnote_refs") or [], key=lambda r: -r["offset"]):
        text = f"{text[:ref['offset']]}[^{ref['marker']}]{text[ref['offset']:]}"
    return text


def test_glued_before_number_leaves_the_count_whole():
    # mark-glued-before-number: paragraphs 9 and 10 run together ("； 10. 决定"), note 1 has no mark in the text —
    # the "1" of "10." is no mark (it would leave "0."): the number kept, the note warned as unplaced.
    model, warnings = _read("mgbn_zh_para10_nomark", "zh")
    text = _marked(model["operative"][0])
    assert "鼓励区域合作；10.决定继续审议这一问题；" in text
    assert "[^" not in text
    assert "text-note-unplaced" in warnings


def test_glued_before_number_takes_the_mark_before_paragraph_one():
    # The same rule after a semicolon, where the number left behind is the count's next (1: none before it).
    model, warnings = _read("mgbn_zh_semicolon", "zh")
    assert "报告；[^3]1.请各方开展工作；2.决定" in _marked(model["operative"][0])
    assert warnings == []


def test_glued_before_number_fixture_marks_the_paragraph_end():
    # The fixture's block runs the preamble and the operative paragraphs together (the reader splits no line at a
    # number inside it): what the rule must give is the mark at the end of the preamble's last clause, before "1.".
    got = parse_text((FIXTURES / "mark-glued-before-number.txt").read_bytes(), "zh")
    texts = [_marked(p) for p in to_dict(got.resolution)["operative"]]
    assert any("报告，[^2]1.欢迎" in t for t in texts)
    assert not any("[^2]" in t and "2[^2]" in t for t in texts)


def test_page_number_under_running_head_is_no_mark_past_the_rule():
    # marker-again-under-rule: page 2 opens with its number "2" under the running head, and the page's own mark of
    # note 2 stands set apart in its text ("Transport, 2"): the lone "2" is the page's number, the mark the text's.
    model, warnings = _read("maur_en_pagenumber", "en")
    paragraphs = model["preamble"]["paragraphs"]
    assert [_marked(p) for p in paragraphs[1:3]] == [
        "Noting the work of the regional railway commissions on the upkeep of tracks at high altitude and the "
        "training of engineers and signal operators,",
        "Welcoming the report of the Committee on Mountain Transport,[^2]"]
    assert warnings == []


def test_lone_mark_past_the_rule_still_taken_where_pages_number_their_feet():
    # The rule's own layout: the pages print their numbers in their job lines ("36-00053 1/2"), so the lone "2"
    # heading page 2 is the mark of the paragraph ending page 1, its note under page 2's rule.
    model, warnings = _read("maur_en_fires_variant", "en")
    assert _marked(model["preamble"]["paragraphs"][0]).endswith("Council in its resolution 2036/4,[^2]")
    assert warnings == []


def test_count_not_name_reads_the_word_after_an_elided_article():
    # count-not-name: "d’Action 21" is a name (a capital after the elision's apostrophe): "213" is "21" + note 3.
    model, warnings = _read("cnn_fr_daction_two_places", "fr")
    assert "au titre d’Action 21[^3] et sa résolution 88/13" in _marked(model["preamble"]["paragraphs"][1])
    assert warnings == []


def test_comma_mark_after_a_spaced_guillemet():
    # comma-mark-after-quote: French sets its closing guillemet apart from the word (the table's spaced_quotes),
    # "… du XXIe siècle »" / "3, ainsi que …": the "3" is note 3's mark, taken out of the text.
    model, warnings = _read("cmaq_fr_fires", "fr")
    text = _marked(model["preamble"]["paragraphs"][1])
    assert "du XXIe siècle » [^3], ainsi que" in text
    assert "» 3," not in text
    assert warnings == []
