"""count-in-open-vote (footnotes.py) stands back where a page's notes stand inside an open vote statement: under the
page's footnote rule, the notes are notes however the statement's line above them ends (its fixture pair,
tests/fixtures/layout/count-in-open-vote.*, shows where it decides)."""

from __future__ import annotations

from unres.text.parse import parse_text

TEXT = """United Nations A/HRC/RES/75/13
General Assembly Distr.: General
12 April 2040
Human Rights Council
Seventy-fifth session
Agenda item 4
Resolution adopted by the Human Rights Council on 5 April 2040
75/13. Lighthouse keepers and their rights
The Human Rights Council,
 Recalling the report of the Special Rapporteur on lighthouses,1
 1. Decides to remain seized of the matter.
56th meeting
5 April 2040
[Adopted by a recorded vote of 3 to 2, with 4 abstentions. The voting was as
____________
1 ibid., para. 4.
36-10288 (E)    110736
*3610288*
A/HRC/RES/75/13
Page 2
follows:
In favour:
Argentina, Chile and Ghana.
Against:
Belgium and France.
Abstaining:
Albania, Cameroon, Romania and Zambia.]
"""


def test_a_note_under_the_rule_inside_an_open_vote_is_a_note():
    res = parse_text(TEXT, "en").resolution
    assert [(f.marker, f.text) for f in res.footnotes] == [("1", "ibid., para. 4.")]
    assert [r.marker for r in res.preamble.paragraphs[0].footnote_refs] == ["1"]
    assert res.preamble.paragraphs[0].text == "Recalling the report of the Special Rapporteur on lighthouses,"
