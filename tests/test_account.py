"""The reader's account (converter/text/account.py): every letter and digit between the formula and the
closing block, of the annexes and of the notes, reaches a field of the model or a warning."""

from collections import Counter
from dataclasses import replace

from unres.langs import lang
from unres.problems import Problem
from unres.text import pipeline
from unres.text.account import LOST_LINES, account, tally
from unres.text.account import _lines_lost as account_lines_lost
from unres.text.account import _runs as account_runs
from unres.text.decode import decode
from unres.text.parse import parse_text
from unres.text.state import Doc

# (own sentences: a resolution of an imagined session, with a note, items, a heading, an annex)
TEXT = """\
United Nations A/RES/91/77
General Assembly Distr.: General
11 December 2036
Ninety-first session
Agenda item 61
Resolution adopted by the General Assembly on 9 December 2036
91/77. Harbour lights
The General Assembly,
Recalling its resolution 89/12 of 4 December 2034 on harbour lights,1
Noting with appreciation the work of the keepers of harbour lights,
1. Decides to keep the harbour lights of the world lit at night;
2. Requests the Secretary-General:
(a) To report on the lights of small harbours;
(b) To propose a common colour for the lights of piers;
Follow-up
3. Decides to remain seized of the matter.
48th plenary meeting
9 December 2036
Annex
Lights of small harbours
1. A light on each pier that a fishing boat uses at night.
--------------------
1 A/89/PV.52.
36-00077 1/1
"""


def _warnings(text: str, code: str) -> list[Problem]:
    return [w for w in parse_text(text).warnings if w.code == code]


def test_a_text_read_whole_is_accounted_for():
    assert _warnings(TEXT, "text-unaccounted") == []


def _read_up_to_the_model(text: str) -> Doc:
    decoded, warnings = decode(text)
    doc = Doc(lang("en"), decoded, warnings)
    for stage in pipeline.STAGES:
        if stage is account:
            break
        stage(doc)
    return doc


def test_a_paragraph_no_field_holds_is_reported_with_its_line():
    # (As a rule that misjudged a paragraph's line would leave it: the model made, then paragraph 1 taken out.)
    doc = _read_up_to_the_model(TEXT)
    assert doc.result is not None
    doc.result = replace(doc.result, operative=doc.result.operative[1:])
    account(doc)
    [w] = [w for w in doc.warnings if w.code == "text-unaccounted"]
    lost = "Decides to keep the harbour lights of the world lit at night"
    assert w.line == 11  # paragraph 1's line
    assert w.message.startswith(f"{sum(c.isalnum() for c in '1' + lost)} letters or digits")
    assert "line 11" in w.message and "line 12" not in w.message


def test_a_lost_note_is_reported_at_its_line():
    doc = _read_up_to_the_model(TEXT)
    assert doc.result is not None
    doc.result = replace(doc.result, footnotes=())
    account(doc)
    [w] = [w for w in doc.warnings if w.code == "text-unaccounted"]
    assert w.line == 23  # the note's line
    assert w.message.startswith("8 letters or digits") and "line 23 ('1A89PV52')" in w.message


def test_a_heading_a_warning_left_out_is_accounted_for_by_that_warning():
    # (a third heading before an item: the model keeps two)
    text = TEXT.replace("(a) To report", "Reports\nSmall harbours\nSmall piers\n(a) To report")
    assert len(_warnings(text, "text-heading-dropped")) == 1
    assert _warnings(text, "text-unaccounted") == []


def test_a_mark_on_a_heading_is_its_unreferenced_notes_warning_not_the_accounts():
    # (a heading keeps no mark: the note's reference is lost, and footnote-unreferenced says so)
    text = TEXT.replace("Follow-up\n", "Follow-up2\n").replace("1 A/89/PV.52.\n", "1 A/89/PV.52.\n2 A/89/7.\n")
    read = parse_text(text)
    assert [w.code for w in read.warnings if w.code in ("footnote-unreferenced", "text-unaccounted")] == [
        "footnote-unreferenced"]


def test_a_mark_with_no_reference_whose_note_is_referenced_is_reported_at_its_line():
    doc = _read_up_to_the_model(TEXT)
    assert doc.result is not None
    # (as a rule would that lost paragraph 1's mark on line 9 while the note stays referenced: taken off the model)
    first = doc.result.preamble.paragraphs[0]
    doc.result = replace(doc.result, preamble=replace(doc.result.preamble, paragraphs=(
        replace(first, footnote_refs=()),) + doc.result.preamble.paragraphs[1:]))
    account(doc)
    [w] = [w for w in doc.warnings if w.code == "text-unaccounted"]
    assert w.message == ("1 letter or digit of the text is in no field of the model: marks '1' with no footnote "
                         "reference in the model (line 9)")
    assert w.line == 9


def test_many_lost_lines_are_named_up_to_a_bound():
    doc = _read_up_to_the_model(TEXT)
    assert doc.result is not None
    doc.result = replace(doc.result, preamble=replace(doc.result.preamble, formula=None, paragraphs=()),
                         operative=(), annexes=())
    account(doc)
    [w] = [w for w in doc.warnings if w.code == "text-unaccounted"]
    # the formula, two preambular paragraphs, three operative with two items and a heading, the annex's three lines
    assert "model: line 8 ('TheGeneralAssembly'); line 9 ('Recallingitsresolution89'); line 10 (" in w.message
    # (twelve lines; paragraph 1's mark went with its paragraph)
    assert "; 9 more lines; marks '1' with no footnote reference in the model (line 9)" in w.message


def test_lines_sought_in_the_whole_model_at_most_a_bounded_number_of_times():
    # (each search of the whole model costs its length: a text whose lines all jump would cost lines × model)
    doc = _read_up_to_the_model(TEXT)
    assert doc.tally is not None
    runs = list(account_runs(doc, doc.tally))
    held = "".join(reversed([run for _, run in runs]))  # every line found, each by a search from the start
    assert account_lines_lost(runs, held) == []
    lost = account_lines_lost(runs, "")
    assert [n for n, _ in lost] == [n for n, run in runs if run][:LOST_LINES]


def test_the_cover_and_the_closing_are_not_counted():
    # (their lines become metadata in the reader's words; a line of them not understood has its own warning)
    text = TEXT.replace("Distr.: General\n", "Distr.: General\nPrinted on recycled paper\n").replace(
        "9 December 2036\nAnnex", "9 December 2036\nRead out in the harbour\nAnnex")
    read = parse_text(text)
    codes = [w.code for w in read.warnings]
    assert "text-closing-unknown" in codes and "text-unaccounted" not in codes


def test_the_tally_counts_the_body_the_marks_and_the_notes_not_the_cover_nor_the_closing():
    doc = _read_up_to_the_model(TEXT)
    assert doc.tally is not None
    # the formula (8) to paragraph 3 (16), the annex (19-21), the note (23); not the session (4) nor the meeting (17)
    runs = list(account_runs(doc, doc.tally))
    assert [n for n, _ in runs] == [8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 20, 21, 23]
    assert runs[1] == (9, "Recallingitsresolution8912of4December2034onharbourlights")  # (its mark apart)
    assert doc.tally.marks == ((9, "1"),)
    body = "".join(TEXT.split("\n")[n - 1] for n, _ in runs)
    assert doc.tally.counted == Counter(c for c in body if c.isalnum())


def test_tally_alone():
    decoded, warnings = decode(TEXT)
    doc = pipeline.run_until(Doc(lang("en"), decoded, warnings), tally)
    assert doc.tally is not None and doc.result is None
    # "89/12" and the mark on line 9, paragraph 1's number, the annex paragraph's, the note's marker
    assert doc.tally.counted["1"] == 5
