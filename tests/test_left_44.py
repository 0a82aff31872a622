"""Round 44, left-44: classes of layout noticed in earlier reviews, on texts written for them."""

from __future__ import annotations

from covers import en_cover

from unres.model import to_dict
from unres.text.parse import parse_text

# 1. date-at-break-mark-told: a number set apart after a word before a day that ends the line (the date's month and
# year on the next) is taken as the note's mark, and the guess is told: it may be the text's number.
DATE_AT_BREAK = en_cover("97/21", "14 December 2042", "12 December 2042", "Keepers of harbour lamps") + """\
 Recalling the Code for Harbour Lamps, 1 and its review by the parties,
 Taking note of the workshop of lamp keepers held in Lagos 2 4
March 2041, and of its conclusions,
 1. Decides to remain seized of the matter.
49th plenary meeting
12 December 2042
__________________
1 United Nations, Treaty Series, vol. 3514, No. 57391.
2 A/97/118.
"""


def _read(text: str, code: str = "en"):
    res = parse_text(text, code)
    return to_dict(res.resolution), res.warnings


def test_a_mark_after_a_word_before_a_date_cut_at_its_day_is_told():
    model, warnings = _read(DATE_AT_BREAK)
    second = model["preamble"]["paragraphs"][1]
    assert second["text"] == ("Taking note of the workshop of lamp keepers held in Lagos 4 March 2041, "
                              "and of its conclusions,")
    assert [r["marker"] for r in second["footnote_refs"]] == ["2"]
    told = [w for w in warnings if w.code == "text-note-mark-guessed"]
    assert len(told) == 1 and told[0].line == 8 and "the date '4 March 2041' " in told[0].message
    # After a clause's comma no number of the text stands so: the mark is taken and nothing is told.
    text = DATE_AT_BREAK.replace("held in Lagos 2 4", "held in Lagos, 2 4")
    model, warnings = _read(text)
    second = model["preamble"]["paragraphs"][1]
    assert [r["marker"] for r in second["footnote_refs"]] == ["2"]
    assert [w for w in warnings if w.code == "text-note-mark-guessed"] == []


# 2. note-empty-pair-told: in a block extraction of an Arabic text without pages, a note whose text opens with the
# empty pair of brackets ("() …") and ends with no full stop, its mark nowhere, was read as a heading, told by nothing.
NOTE_IN_FLOW_AR = """الأمم المتحدة
A/RES/94/12
الجمعية العامة
Distr.: General
8 December 2039
الدورة الرابعة والتسعون
البند 40 من جدول الأعمال
قرار اتخذته الجمعية العامة في 6 كانون الأول/ديسمبر 2039
94/12 سلامة الموانئ الصغيرة
إن الجمعية العامة،

إذ تشير إلى قرارها 93/8 بشأن سلامة الموانئ الصغيرة(1)،

وإذ تدرك أهمية التعاون الإقليمي في هذا المجال،

(1)

() A/93/208.

1 - تدعو الدول إلى دعم السلطات المحلية في إدارة الموانئ الصغيرة؛

(2)

() انظر الوثائق الرسمية للجمعية العامة، الدورة الثالثة والتسعون، الملحق رقم 7

2 - تقرر أن تبقي المسألة قيد نظرها.

الجلسة العامة 44
6 كانون الأول/ديسمبر 2039
"""


def test_a_note_opening_with_an_empty_pair_and_no_stop_is_told_where_it_stays_in_the_text():
    res = parse_text(NOTE_IN_FLOW_AR, "ar")
    model = to_dict(res.resolution)
    assert [n["marker"] for n in model["footnotes"]] == ["(1)"]
    unplaced = [w for w in res.warnings if w.code == "text-note-unplaced"]
    assert len(unplaced) == 1 and "'(2)'" in unplaced[0].message
    assert unplaced[0].line == NOTE_IN_FLOW_AR.splitlines().index("() انظر الوثائق الرسمية للجمعية العامة، "
                                                                  "الدورة الثالثة والتسعون، الملحق رقم 7") + 1


# 3. label-opens-line-not-mark: "(1)", "(2)" opening an item's block are its label, never a note's bare mark.
LABELS_EN = """United Nations A/RES/97/40
General Assembly Distr.: General
16 December 2042

Resolution adopted by the General Assembly on 14 December 2042

97/40. Lighthouse keepers

The General Assembly,

Noting the report of the Secretary-General on the state of coastal lights,

1. Decides that the trust fund shall be used:

(1) To train the keepers of small island lights;

(2) To repair the lamps of the northern coast;

2. Invites States to accede to the Convention on Coastal Lights1 and to the Protocol thereto2;

3. Decides to remain seized of the matter.

52nd plenary meeting
14 December 2042

1 United Nations, Treaty Series, vol. 3600, No. 58100.
2 Ibid., vol. 3610, No. 58200.
"""


def test_bracketed_labels_opening_their_blocks_are_no_marks():
    model, warnings = _read(LABELS_EN)
    first, second = model["operative"][0], model["operative"][1]
    assert [(s["label"], s["text"]) for s in first["subparagraphs"]] == [
        ("(1)", "To train the keepers of small island lights;"), ("(2)", "To repair the lamps of the northern coast;")]
    assert first["footnote_refs"] == [] and first["subparagraphs"][0]["footnote_refs"] == []
    assert second["text"] == "Invites States to accede to the Convention on Coastal Lights and to the Protocol thereto;"
    assert [r["marker"] for r in second["footnote_refs"]] == ["1", "2"]
    assert [w.code for w in warnings if w.code.startswith("footnote")] == []


# 3b. label-opens-line-not-mark after an opening quotation mark: a quoted list's first item, "“(1) …", keeps its
# label; the note's mark is the real one glued later.
QUOTED_LABELS_EN = en_cover("97/41", "9 December 2042", "7 December 2042", "Guards of river beacons") + """\
 Recalling rule 7 of the Code for River Beacons, which reads:
“(1) Each State shall light the beacons of its river mouths at dusk;
(2) Each State shall keep a register of its beacons.”,
 1. Calls upon States to apply the Code for River Beacons1 in full;
 2. Decides to remain seized of the matter.
50th plenary meeting
7 December 2042
__________________
1 United Nations, Treaty Series, vol. 3610, No. 58220.
"""

# Near miss (reads as the base): marks in brackets, one of them wrapped to a line's start, "(1) and …".
WRAPPED_BRACKET_MARK_EN = en_cover("97/42", "9 December 2042", "7 December 2042", "Guards of river beacons") + """\
 Recalling the Agreement on Beacons of the Great Rivers of the Eastern Plains
(1) and the Annex thereto,
 1. Invites States to sign the Agreement;(2)
 2. Decides to remain seized of the matter.
50th plenary meeting
7 December 2042
__________________
(1) United Nations, Treaty Series, vol. 3610, No. 58221.
(2) A/97/210.
"""


def test_a_label_after_an_opening_quote_is_no_mark():
    model, warnings = _read(QUOTED_LABELS_EN)
    first = model["preamble"]["paragraphs"][0]
    assert first["text"].endswith("which reads: “(1) Each State shall light the beacons of its river mouths at dusk; "
                                  "(2) Each State shall keep a register of its beacons.”,")
    assert first["footnote_refs"] == []
    op = model["operative"][0]
    assert op["text"] == "Calls upon States to apply the Code for River Beacons in full;"
    assert [r["marker"] for r in op["footnote_refs"]] == ["1"]
    assert [w.code for w in warnings if w.code.startswith("footnote")] == []


def test_a_bracketed_mark_wrapped_to_a_line_start_is_still_a_mark():
    model, _ = _read(WRAPPED_BRACKET_MARK_EN)
    first = model["preamble"]["paragraphs"][0]
    assert first["text"] == ("Recalling the Agreement on Beacons of the Great Rivers of the Eastern Plains and the "
                             "Annex thereto,")
    assert [r["marker"] for r in first["footnote_refs"]] == ["(1)"]
    assert [r["marker"] for r in model["operative"][0]["footnote_refs"]] == ["(2)"]


# 4. (joining-letter-not-alone, removed in the fix round) a heading that ends on an item's letter set apart, "inciso a",
# over entries that open with a year, stays a heading, as its sibling "inciso b" does: a one-letter joining word is
# also a label, so joining-word-not-alone leaves a last word of one letter alone. (Passes on the base too: a guard.)
WORKS_ES = """Naciones Unidas A/RES/94/31
Asamblea General Distr. general
3 de marzo de 2040
Resolución aprobada por la Asamblea General el 1 de marzo de 2040
94/31. Las linternas de los puertos pequeños
La Asamblea General,
Recordando su resolución 93/88, de 9 de mayo de 2039, relativa a las linternas de los puertos,
1. Aprueba el programa de obras siguiente:
Obras previstas en el inciso a
2043: pintura de las linternas del puerto viejo;
2044: cambio de los cristales rotos;
Obras previstas en el inciso b
2045: curso para los guardas de las linternas;
2. Decide seguir ocupándose de la cuestión.
40ª sesión plenaria
1 de marzo de 2040
"""

WORKS_EN = en_cover("94/32", "3 March 2040", "1 March 2040", "Lanterns of small harbours") + """\
Recalling its resolution 93/89 of 9 May 2039 on the lanterns of harbours,
1. Approves the following programme of works:
Works planned under item a
2043: painting of the lanterns of the old harbour;
2044: new glass for the broken panes;
Works planned under item b
2045: a course for the lantern guards;
2. Decides to remain seized of the matter.
40th plenary meeting
1 March 2040
"""


def test_a_heading_ending_on_an_item_letter_over_years_stays_a_heading():
    for text, code, heads in ((WORKS_ES, "es", ("Obras previstas en el inciso a", "Obras previstas en el inciso b")),
                              (WORKS_EN, "en", ("Works planned under item a", "Works planned under item b"))):
        model, _ = _read(text, code)
        headings = [h for p in model["operative"] for h in p["headings"]]
        assert headings == list(heads), code
        texts = [p["text"] for p in model["operative"]]
        assert any(t.startswith("2043: ") for t in texts), code


# 5. capital-over-page-told: heading-cut-by-page joins a section's title at a page's foot and a heading line on the
# next page that opens with a capital on a word written nowhere else: a guess, told.
TITLES_OVER_PAGE = """United Nations S/RES/2915 (2041)

Security Council Distr.: General

30 June 2041

Resolution 2915 (2041)

Adopted by the Security Council at its 9990th meeting, on 30 June 2041

The Security Council,

Recalling its resolution 2901 (2041) on the lighthouse coast,

Mandate of the mission

1. Decides to extend the mandate of the mission until 30 June 2042;

2. Requests the mission to assist the keepers in the repair of the lights;

Support to the authorities of the coast and to the harbour masters of the islands

41-05521 1/2

S/RES/2915 (2041)

Maritime safety

3. Calls upon the authorities to mark the wrecks near the islands;

4. Decides to remain actively seized of the matter.
"""


def test_a_heading_line_on_a_new_page_joined_on_a_word_written_nowhere_else_is_told():
    model, warnings = _read(TITLES_OVER_PAGE)
    assert model["operative"][2]["headings"] == [
        "Support to the authorities of the coast and to the harbour masters of the islands Maritime safety"]
    told = [w for w in warnings if w.code == "text-boundary-guessed"]
    assert len(told) == 1 and "'Maritime safety'" in told[0].message
    # Where the text writes the word in lower case elsewhere, the line is a heading of its own, nothing told.
    model, warnings = _read(TITLES_OVER_PAGE.replace("to mark the wrecks", "to ensure the maritime marking of wrecks"))
    assert model["operative"][2]["headings"] == [
        "Support to the authorities of the coast and to the harbour masters of the islands", "Maritime safety"]
    assert [w for w in warnings if w.code == "text-boundary-guessed"] == []


def test_a_name_cut_by_the_page_after_a_capitalised_word_is_joined_and_not_told():
    # Near miss (reads as the base, passes on the base): the line at the page's foot ends on a capitalised word, a
    # name the page cut ("… the Maritime Council of North" / page / "Atlantic Ports"); its rest is joined, no guess.
    text = TITLES_OVER_PAGE.replace(
        "Support to the authorities of the coast and to the harbour masters of the islands",
        "Work with the coastal authorities and with the Maritime Council of North").replace(
        "Maritime safety", "Atlantic Ports").replace("S/RES/2915", "S/RES/2917")
    model, warnings = _read(text)
    assert model["operative"][2]["headings"] == [
        "Work with the coastal authorities and with the Maritime Council of North Atlantic Ports"]
    assert [w for w in warnings if w.code == "text-boundary-guessed"] == []
