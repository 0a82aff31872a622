"""The text repros of issue 22 (../shared/repros/text/, README there): made-up resolutions, each in
the layout a class of failures was seen in, read as the README says they must be — the model, and
that it validates (the README's "no output" is a validation error). Every repro reads right (the
last one, title-footnote, since model 1.2). The AKN repros (akn-*.xml) belong to the AKN reader's
tests."""

from __future__ import annotations

import pytest

from unres.api import validate
from unres.model import to_dict
from unres.text.parse import parse_text

from conftest import SHARED

REPROS = SHARED / "repros" / "text"


def read(name: str):
    path = REPROS / name
    if not path.is_file():
        pytest.skip(f"repro not found at {path}")
    parsed = parse_text(path.read_bytes())
    problems = [p for p in validate(parsed.resolution) if p.severity == "error"]
    return to_dict(parsed.resolution), [w.code for w in parsed.warnings], problems


def _openings(d):
    return [p["text"].split()[0] for p in d["preamble"]["paragraphs"]]


def _numbers(d):
    return [o["number"] for o in d["operative"]]


@pytest.mark.parametrize(("name", "number"), [
    ("agenda-item-double-letter.en.txt", "98 (kk)"),
    ("agenda-item-arabic-letter.ar.txt", "125 (ب)"),
    ("agenda-item-cyrillic.ru.txt", "19 с)"),
])
def test_agenda_items_with_any_letter_validate(name, number):
    d, _, problems = read(name)
    assert [a["number"] for a in d["agenda_items"]] == [number]
    assert problems == []


@pytest.mark.parametrize("name", ["base-ga.en.txt", "base-ga.ar.txt", "base-hrc.zh.txt"])
def test_controls_read_as_before(name):
    d, _, problems = read(name)
    assert len(d["preamble"]["paragraphs"]) == 2 and _numbers(d) == ["1", "2", "3"]
    assert problems == []


def test_sc_adoption_without_meeting_is_read_not_a_paragraph():
    d, _, problems = read("sc-adoption-without-meeting.en.txt")
    assert d["metadata"]["adoption_date"] == "2031-03-12"
    assert d["metadata"]["meeting"] is None
    assert _openings(d) == ["Recalling", "Acting"]
    assert problems == []


def test_blocks_with_cover_joined_rule_line_and_cut_paragraph():
    d, _, problems = read("blocks-cover-joined-rule-line.fr.txt")
    assert [(a["number"], a["title"]) for a in d["agenda_items"]] == [
        ("98 t)", "Désarmement général et complet : phares et balises côtières")]
    assert d["metadata"]["session"]["number"] == 91
    assert _openings(d) == ["Rappelant", "Prenant", "S'inquiétant"]
    assert d["preamble"]["paragraphs"][1]["text"].endswith("entre les commissions régionales et les États côtiers,")
    assert _numbers(d) == ["1", "2", "3"]
    assert d["operative"][2]["text"] == "Décide de rester saisie de la question."
    assert [f["text"] for f in d["footnotes"]] == ["A/RES/89/14.", "A/91/300."]
    assert [r["marker"] for p in d["preamble"]["paragraphs"] for r in p["footnote_refs"]] == ["1", "2"]
    assert d["metadata"]["adoption_date"] == "2036-12-01" and d["metadata"]["meeting"]["number"] == 47
    assert problems == []


def test_arabic_note_marks_after_a_digit_and_a_vowel_sign():
    # (The README says 3 preambular paragraphs; the repro has 4: إذ تشير، وإذ تضع، وإذ تلاحظ، وإذ تحيط.)
    d, warnings, problems = read("arabic-note-marks.ar.txt")
    paragraphs = d["preamble"]["paragraphs"]
    assert len(paragraphs) == 4
    assert [f["marker"] for f in d["footnotes"]] == ["(1)", "(2)", "(3)"]
    assert [r["marker"] for p in paragraphs for r in p["footnote_refs"]] == ["(1)", "(2)", "(3)"]
    assert "(1)" not in paragraphs[1]["text"] and "2030،" in paragraphs[1]["text"]
    assert problems == [] and "footnote-unreferenced" not in warnings


def test_number_without_period_is_the_next_paragraph():
    d, _, problems = read("number-without-period.en.txt")
    assert _numbers(d) == ["1", "2", "3"]
    assert d["operative"][1]["text"] == "Encourages Member States to share information on coastal beacons;"
    assert problems == []


def test_chinese_labels_go_on_from_the_enclosed_ten_to_bracketed_numerals():
    # Chinese sub-paragraphs are labelled ㈠…㈩ (enclosed ideographs, which stop at ten) and then
    # (十一), (十二) in brackets: one sequence in two spellings (schema 1.1's label sequences).
    d, _, problems = read("zh-label-after-ten.zh.txt")
    labels = [s["label"] for s in d["operative"][1]["subparagraphs"]]
    assert labels == [chr(0x3220 + i) for i in range(10)] + ["(十一)", "(十二)"]
    assert problems == []


def test_paragraph_opening_with_a_label_keeps_its_first_item_as_its_text():
    # list-without-intro: "2. (a) Requests …" / "(b) Further requests …". The model's paragraph has a
    # text (the schema refuses an empty one), so the first item is the text, label included, and
    # the others are its sub-paragraphs — as the AKN reader reads the UN's markup of such a list.
    d, _, problems = read("paragraph-opens-with-label.en.txt")
    assert _numbers(d) == ["1", "2", "3"]
    second = d["operative"][1]
    assert second["text"].startswith("(a) Requests the Secretary-General to report")
    assert [s["label"] for s in second["subparagraphs"]] == ["(b)"]
    assert problems == []


def test_a_cyrillic_lookalike_first_label_opens_the_list():
    # "а)" typed with the Cyrillic а, then "b)": both labels of one Latin list, the first as printed.
    d, _, problems = read("cyrillic-a-label.ru.txt")
    subs = d["operative"][1]["subparagraphs"]
    assert [s["label"] for s in subs] == ["а)", "b)"]
    assert d["operative"][1]["text"] == "рекомендует государствам-членам:"
    assert problems == []


def test_embedded_draft_after_a_formula_without_comma_is_kept_in_its_paragraph():
    # "The Economic and Social Council" (no comma) / "Recommends … the following draft resolution:" /
    # "The General Assembly,": the draft's formula is not the resolution's (formula-before-draft).
    d, warnings, problems = read("embedded-draft-formula.en.txt")
    assert d["metadata"]["body"] == "ECOSOC" and d["preamble"]["formula"] == "The Economic and Social Council"
    assert d["preamble"]["paragraphs"] == [] and len(d["operative"]) == 1
    text = d["operative"][0]["text"]
    assert text.startswith("Recommends to the General Assembly") and "The General Assembly, Recalling" in text
    assert text.rstrip().endswith("ninety-third session.")
    assert warnings == ["text-embedded-draft"] and problems == []


def test_a_number_typo_numbers_a_paragraph_as_printed_and_is_reported():
    # "1.", "2.", "8. Decides …": the third paragraph is one (number-typo), numbered as printed; the
    # slip is the source's, reported by the rules (and recorded in what convert writes).
    d, _, problems = read("number-out-of-sequence.en.txt")
    assert _numbers(d) == ["1", "2", "8"]
    assert d["operative"][2]["text"] == "Decides to remain seized of the matter."
    assert d["operative"][1]["text"].endswith("coastal beacons;")
    assert [(p.code, p.pointer) for p in problems] == [("operative-number-sequence", "/operative/2/number")]


def test_a_resolution_number_typo_is_kept_and_reported_and_convert_writes_it(tmp_path):
    # The symbol says 3101, the number printed before the title 3011: both kept as printed, the
    # disagreement reported (a slip of the source, which the output records), the document written.
    from unres.cli import main

    d, _, problems = read("resolution-number-typo.en.txt")
    assert (d["metadata"]["symbol"], d["metadata"]["resolution_number"]) == ("S/RES/3101 (2031)", "3011 (2031)")
    assert [(p.code, p.pointer) for p in problems] == [("symbol-number-mismatch", "/metadata/resolution_number")]
    out = tmp_path / "out.json"
    assert main(["convert", str(REPROS / "resolution-number-typo.en.txt"), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0


def test_lettered_items_of_a_preambular_paragraph_join_its_text():
    # "Welcoming … including:" / "(a) …," / "(b) …, and" / "(c) …,": one paragraph, as the AKN
    # reader reads such a list (preamble-items).
    d, _, problems = read("preamble-lettered-items.en.txt")
    assert _openings(d) == ["Recalling", "Welcoming", "Acting"]
    welcoming = d["preamble"]["paragraphs"][1]["text"]
    assert welcoming.startswith("Welcoming the commitments") and "including: (a) the repair" in welcoming
    assert "(b) the training of coastal rescue teams, and (c) the adoption" in welcoming
    assert _numbers(d) == ["1", "2"] and problems == []


def test_an_unnumbered_preamble_runs_past_a_semicolon_slip():
    d, _, problems = read("unnumbered-boundary.en.txt")
    assert _openings(d) == ["Recalling", "Noting", "Recognizing"]
    assert [o["text"][:10] for o in d["operative"]] == ["Recommends"] and problems == []


def _marks(d, where="preamble"):
    paragraphs = d["preamble"]["paragraphs"] if where == "preamble" else d["operative"]
    return [(r["marker"], p["text"][:r["offset"]][-8:]) for p in paragraphs for r in p["footnote_refs"]]


def test_note_mark_glued_to_a_decision_number_before_a_word():
    # Notes at a page foot whose marks an extraction glued to the numbers before them: "90/21" + "1"
    # + " and", "1/CMA.5" + "2" + " of" (mark-before-word, mark-after-decision-number).
    d, warnings, problems = read("note-mark-after-number.en.txt")
    assert _marks(d) == [("1", "on 90/21"), ("2", " 1/CMA.5"), ("3", "issions,")]
    assert "decision 1/CMA.5 of the Conference" in d["preamble"]["paragraphs"][0]["text"]
    assert problems == [] and "footnote-unreferenced" not in warnings


def test_a_page_foot_block_whose_first_marks_are_glued_to_decision_numbers():
    # (The README says 2 preambular paragraphs and 2 footnotes; the repro has 3 of each: Recalling,
    # Noting with appreciation, Noting also; notes 1-3 at the first page's foot.) Without the marks
    # of notes 1 and 2 the block was not read as notes and became paragraphs.
    d, warnings, problems = read("note-block-left-in-text.en.txt")
    assert _openings(d) == ["Recalling", "Noting", "Noting"]
    assert [f["text"] for f in d["footnotes"]] == ["A/90/300.", "See FCCC/PA/CMA/2035/8/Add.1.", "A/91/77."]
    assert _marks(d) == [("1", " 1/CMA.5"), ("2", " 3/CMA.5"), ("3", "issions,")]
    assert problems == [] and "footnote-unreferenced" not in warnings


def test_note_mark_after_a_year_in_notes_after_the_closing():
    # The last page's notes after the closing, no furniture below them (note-block-foot): note 3's
    # mark follows a year and its comma, "2031,3".
    d, warnings, problems = read("note-mark-after-year.en.txt")
    assert _marks(d) == [("1", "beacons,"), ("2", "issions,"), ("3", "ly 2031,")]
    assert [f["marker"] for f in d["footnotes"]] == ["1", "2", "3"]
    assert problems == [] and "footnote-unreferenced" not in warnings


def test_a_chinese_digit_between_ideographs_is_text_not_a_mark():
    # "目标2以及" (target 2) comes before note 2's real mark, after "报告，" (mark-between-ideographs).
    d, warnings, problems = read("zh-digit-read-as-mark.zh.txt")
    assert "目标2以及" in d["preamble"]["paragraphs"][1]["text"]
    assert [m for m, _ in _marks(d)] == ["1", "2"]
    assert all(before.endswith("报告，") for _, before in _marks(d))
    assert problems == [] and "footnote-unreferenced" not in warnings


def test_a_letter_i_after_h_under_the_next_title_item_letters_on():
    # label-nesting: under "(ii) Support to the peace process", "(i)" letters on from the list "(a)"–"(h)"
    # under "(i) Protection of civilians" (run-on lettering), though the list it would stand beside
    # began with a roman "(i)"; "(j)" follows it.
    d, warnings, problems = read("letter-i-after-h.en.txt")
    assert problems == []
    items = d["operative"][1]["subparagraphs"]
    assert [s["label"] for s in items] == ["(i)", "(ii)"]
    assert [s["label"] for s in items[0]["subparagraphs"]] == [f"({c})" for c in "abcdefgh"]
    assert [s["label"] for s in items[1]["subparagraphs"]] == ["(i)", "(j)"]
    assert items[1]["subparagraphs"][0]["text"].startswith("To provide good offices")


def test_notes_in_the_flow_and_a_lost_number_of_a_block_extraction():
    # Notes in the flow as a block "1" then a block "A/RES/89/14." (symbol-with-stop: the note's text,
    # not a running head, which lost note 1 without a word), marks set apart; the last paragraph's
    # number lost by the extractor (number-lost: read as paragraph 3, reported).
    d, warnings, problems = read("blocks-notes-in-flow.en.txt")
    assert problems == [] and "footnote-unreferenced" not in warnings
    assert _openings(d) == ["Recalling", "Noting"]
    assert _numbers(d) == ["1", "2", "3"]
    assert d["operative"][1]["text"] == "Encourages Member States to share information on coastal beacons;"
    assert d["operative"][2]["text"] == "Decides to remain seized of the matter."
    assert warnings == ["text-number-lost"]
    assert [(f["marker"], f["text"]) for f in d["footnotes"]] == [
        ("1", "A/RES/89/14."), ("2", "A/91/300."), ("3", "See A/91/301, annex.")]
    assert [[r["marker"] for r in p["footnote_refs"]] for p in d["preamble"]["paragraphs"]] == [["1", "2"], ["3"]]


def test_a_note_on_the_title_is_the_titles_mark():
    """title-footnote: "91/7. Cooperation on the maintenance of lighthouses*" with the note at the
    page's foot — the mark is the title's (model 1.2), the note referenced, the output valid."""
    d, warnings, problems = read("title-footnote.en.txt")
    assert problems == []
    assert "footnote-unreferenced" not in warnings
    md = d["metadata"]
    assert md["title"] == "Cooperation on the maintenance of lighthouses"
    assert md["title_footnote_refs"] == [{"marker": "*", "offset": len(md["title"])}]
    assert [f["marker"] for f in d["footnotes"]] == ["*"]
    assert d["footnotes"][0]["text"].startswith("In the present resolution, the term")
    assert _openings(d) == ["Recalling", "Noting"]
    assert _numbers(d) == ["1", "2", "3"]
