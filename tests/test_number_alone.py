"""Paragraph numbers printed alone on their lines, as text-box extractors give them (rule number-alone-joins,
footnotes.py): read with the paragraph under them; a note's mark that the wrap put alone with its sentence's stop
is not one, nor a number out of sequence."""

from __future__ import annotations

from unres.langs import lang
from unres.text.decode import decode
from unres.text.parse import parse_text
from unres.text.pipeline import read


def fired(text: str, code: str) -> list[int]:
    """The lines at which number-alone-joins decided."""
    doc = read(lang(code), decode(text)[0], [], trace=True)
    return [line for rule, line in doc.trace if rule == "number-alone-joins"]

COVER = """United Nations A/RES/91/15
General Assembly Distr.: General
8 December 2036
Resolution adopted by the General Assembly on 4 December 2036
91/15. Coastal beacons
The General Assembly,
"""
CLOSING = """47th plenary meeting
4 December 2036
"""

# A mark with its sentence's stop alone on a line, after a wrapped line that ends on a word: the next number in
# sequence (2) and the note's (2) are the same, and the line under it opens with a paragraph's head.
MARK = COVER + """ Recalling its resolution 89/14 of 4 December 2034 on coastal beacons,1
 1. Welcomes the progress made in the maintenance of lighthouses, as set out in
the report of the Secretary-General on the coastal beacons of the northern
2.
Requests the Secretary-General to report on the matter at its next session;
 2. Decides to remain seized of the matter.
""" + CLOSING + """1 A/RES/89/14.
2 A/91/300.
"""


def test_a_mark_alone_with_its_stop_after_a_wrapped_line_is_no_number():
    res = parse_text(MARK).resolution
    assert fired(MARK, "en") == []
    assert [p.number for p in res.operative] == ["1", "2"]
    assert "Requests the Secretary-General" in res.operative[0].text
    assert [n.marker for n in res.footnotes] == ["1", "2"]


ARABIC = """الأمم المتحدة A/RES/91/16
الجمعية العامة
القرار الذي اتخذته الجمعية العامة في 4 كانون الأول/ديسمبر 2036
91/16 - المنارات الساحلية
إن الجمعية العامة،
إذ تشير إلى قرارها 89/14،
1 -
تقرر أن تواصل النظر في هذه المسألة.
الجلسة العامة 47
4 كانون الأول/ديسمبر 2036
"""


def test_an_arabic_number_alone_opens_its_paragraph():
    res = parse_text(ARABIC).resolution
    assert fired(ARABIC, "ar") == [7]
    assert [(p.number, p.text) for p in res.operative] == [("1", "تقرر أن تواصل النظر في هذه المسألة.")]


OUT_OF_SEQUENCE = COVER + """ Recalling its resolution 89/14 of 4 December 2034 on coastal beacons,
 1. Welcomes the progress made in the maintenance of lighthouses;
 7.
 Decides to remain seized of the matter.
""" + CLOSING


def test_a_number_alone_out_of_sequence_is_not_joined():
    # (7 after 1 is no next number: the rule leaves the line to the others, which read it as they did before)
    assert fired(OUT_OF_SEQUENCE, "en") == []
    assert fired(OUT_OF_SEQUENCE.replace(" 7.", " 2."), "en") == [9]


# (review of round twenty-seven) A note under a number alone: never its paragraph's text.
ARABIC_NOTE = """الأمم المتحدة A/RES/91/17
الجمعية العامة
91/17 - المنارات الساحلية
إن الجمعية العامة،
إذ تشير إلى قرارها 89/14(1)،
1 - ترحب بالتقدم المحرز في صيانة المنارات؛
2 -
(1) انظر A/91/301.
تقرر أن تواصل النظر في هذه المسألة.
الجلسة العامة 47
4 كانون الأول/ديسمبر 2036
"""


def test_a_number_alone_over_a_note_is_not_joined_to_it():
    res = parse_text(ARABIC_NOTE).resolution
    assert fired(ARABIC_NOTE, "ar") == []
    assert [n.text for n in res.footnotes] == ["انظر A/91/301."]
    assert all("A/91/301" not in p.text for p in res.operative)


# A mark and its stop alone under a wrapped line that ends with a comma two lines up: no heading is above it.
COMMA_ABOVE = MARK.replace("lighthouses, as set out in\n", "lighthouses and beacons,\nas set out in ")


def test_a_line_under_a_comma_is_no_heading_over_a_number():
    assert fired(COMMA_ABOVE, "en") == []
    assert [p.number for p in parse_text(COMMA_ABOVE).resolution.operative] == ["1", "2"]


# A page break on a blank line between the number and its text: nothing is joined across it.
PAGE_BREAK = COVER + """ Recalling its resolution 89/14 of 4 December 2034 on coastal beacons,
 1. Welcomes the progress made in the maintenance of lighthouses;
 2.
\f
 Decides to remain seized of the matter.
""" + CLOSING


def test_no_number_is_joined_across_a_page_break():
    assert fired(PAGE_BREAK, "en") == []


BULLETS = COVER + """Recalling its resolution 89/14 of 4 December 2034 on coastal beacons,
1.
Decides that the beacons shall have the following priorities:
•
Safety of lighthouse keepers;
•
Maintenance of the lights;
2.
Decides to remain seized of the matter.
""" + CLOSING


def test_bullets_alone_are_joined_to_their_items():
    res = parse_text(BULLETS).resolution
    assert [(s.label, s.text) for s in res.operative[0].subparagraphs] == [
        ("•", "Safety of lighthouse keepers;"), ("•", "Maintenance of the lights;")]


# (round twenty-eight) number-alone-by-count: under a line neither finished nor a heading over a finished one, the
# next paragraph number the text prints decides.
def fired_by(text: str, code: str, rule: str) -> list[int]:
    doc = read(lang(code), decode(text)[0], [], trace=True)
    return [line for name, line in doc.trace if name == rule]


def test_a_mark_alone_whose_paragraph_is_still_to_come_is_not_counted():
    # (the mark "2." over a sentence that opens like a paragraph: paragraph 2 comes after it)
    assert fired_by(COMMA_ABOVE, "en", "number-alone-by-count") == []
    assert fired_by(MARK, "en", "number-alone-by-count") == []


HEADING_WRAPPED = COVER + """ Recalling its resolution 89/14 of 4 December 2034 on coastal beacons,
 1. Welcomes the progress made in the maintenance of lighthouses;
Arrangements for the financing of the coastal beacons for the period from
1 July 2036 to 30 June 2037
 2.
 Decides to appropriate the amount of 4,000 dollars for the coastal beacons;
 3. Decides to remain seized of the matter.
""" + CLOSING


def test_a_number_alone_under_a_heading_wrapped_over_two_lines_is_counted():
    res = parse_text(HEADING_WRAPPED).resolution
    assert fired_by(HEADING_WRAPPED, "en", "number-alone-by-count") == [11]
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].text == "Decides to appropriate the amount of 4,000 dollars for the coastal beacons;"


def test_a_count_that_skips_a_number_says_nothing():
    # (the next number printed is 5: neither 3 nor 2 — the count does not decide, the line is left as before)
    skipped = HEADING_WRAPPED.replace(" 3. Decides", " 5. Decides")
    assert fired_by(skipped, "en", "number-alone-by-count") == []


NO_FORMULA = """United Nations S/RES/9992 (2031)
Security Council Distr.: General
Resolution 9992 (2031)
Recalling its previous resolutions on the safety of navigation,
1 .
Decides to renew the measures on the maintenance of lighthouses;
2 .
Decides to remain actively seized of the matter.
"""


def test_numbers_alone_are_read_where_the_formula_is_missed():
    assert [p.number for p in parse_text(NO_FORMULA).resolution.operative] == ["1", "2"]


# (review, round twenty-eight) number-alone-by-count asks a paragraph's head under the number and gives way to a note
# of that number further down: a mark with its stop under a sentence's last words, an annex's heading under a number.
MARK_OVER_SENTENCE = """Resolution 3001 (2040)

Adopted by the Security Council at its 9999th meeting, on 3 March 2040

The Security Council,

Recalling its resolution 2999 (2040) on lighthouses,

1. Decides to keep the lighthouses lit and the beacons in repair along all of the coasts of the northern
1.
The Assembly will review the matter at its next session;
2. Decides to remain seized of the matter.
__________________
1 A/91/300.
"""

NUMBER_OVER_ANNEX = """Resolution 3001 (2040)

Adopted by the Security Council at its 9999th meeting, on 3 March 2040

The Security Council,

Recalling its resolution 2999 (2040) on lighthouses,

1. Decides to keep the lighthouses lit;
2. Requests the Secretary-General to report on the beacons of the coasts
3.
Annex
Guidelines on beacons
1.
Beacons shall be lit at dusk.
__________________
3 A/91/300.
"""


def test_a_mark_alone_over_a_sentence_is_not_counted_as_a_number():
    r = parse_text(MARK_OVER_SENTENCE, "en").resolution
    assert [p.number for p in r.operative] == ["1", "2"]
    assert r.operative[0].footnote_refs and "The Assembly will review" in r.operative[0].text


def test_a_number_alone_over_an_annex_heading_is_not_joined_to_it():
    # (the "3." is note 3's mark with its stop; read as paragraph 3, "Annex" became its text and the annex was lost)
    r = parse_text(NUMBER_OVER_ANNEX, "en").resolution
    assert [p.number for p in r.operative] == ["1", "2"]
    assert all("Annex" not in p.text for p in r.operative)
    assert len(r.annexes) == 1 and r.operative[1].footnote_refs[0].marker == "3"
