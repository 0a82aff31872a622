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


# Under the lists (past "In favour:") a page's notes may follow a member's name that ends with no stop, as English
# lists do: the statement's count is worded before the lists, never among them (the review's finding).
LISTED = TEXT.replace(" Recalling the report of the Special Rapporteur on lighthouses,1\n",
                      " Recalling the Convention on Lighthouse Keepers1,\n"
                      " Taking note of the report of the Special Rapporteur on lighthouses2,\n").replace(
    "[Adopted by a recorded vote of 3 to 2, with 4 abstentions. The voting was as\n____________\n1 ibid., para. 4.\n"
    "36-10288 (E)    110736\n*3610288*\nA/HRC/RES/75/13\nPage 2\nfollows:\nIn favour:\nArgentina, Chile and Ghana.\n",
    "[Adopted by a recorded vote of 3 to 2, with 4 abstentions. The voting was as follows:\nIn favour:\n"
    "Argentina, Chile and Ghana\n1 “Convention on Lighthouse Keepers”, Treaty Series, vol. 3001, No. 51234.\n"
    "2 ibid., para. 4.\n36-10288 (E)    110736\nA/HRC/RES/75/13\n")


def test_a_pages_notes_under_a_sides_list_are_notes():
    assert LISTED != TEXT
    res = parse_text(LISTED, "en").resolution
    assert [n.marker for n in res.footnotes] == ["1", "2"]
    assert res.footnotes[1].text == "ibid., para. 4."
    assert [p.text for p in res.preamble.paragraphs] == ["Recalling the Convention on Lighthouse Keepers,",
                                                         "Taking note of the report of the Special Rapporteur on "
                                                         "lighthouses,"]
    assert [m.name for m in res.vote.in_favour.members] == ["Argentina", "Chile", "Ghana"]


ARABIC = """A/HRC/RES/99/23                                        الأمم المتحدة
Distr.: General                                      الجمعية العامة
16 October 2031
مجلس حقوق الإنسان
الدورة التاسعة والتسعون
قرار اعتمده مجلس حقوق الإنسان في 12 تشرين الأول/أكتوبر 2031
99/23 - حقوق الإنسان وحراس المنارات
إن مجلس حقوق الإنسان،
 إذ يشير إلى اتفاقية المنارات الساحلية (1) وإلى جميع قراراته السابقة في هذا الشأن،
 1 - يقرر أن يبقي المسألة قيد نظره.
الجلسة 48
12 تشرين الأول/أكتوبر 2031
[اعتمد بتصويت مسجل بأغلبية 3 أصوات مقابل 2 وامتناع 4 أعضاء عن التصويت. وكانت نتيجة التصويت كما يلي:
المؤيدون:
الأرجنتين، شيلي، غانا
(1) الأمم المتحدة، مجموعة المعاهدات، المجلد 3001، الرقم 52001.
GE.31-12968 1/2
A/HRC/RES/99/23
المعارضون:
بلجيكا، فرنسا
الممتنعون عن التصويت:
ألبانيا، رومانيا، زامبيا، الكاميرون]
"""


def test_an_arabic_note_in_brackets_inside_an_open_vote_is_a_note():
    # (Arabic opens its notes with no capital, and a marker in brackets is never a count.)
    res = parse_text(ARABIC, "ar").resolution
    assert [n.marker for n in res.footnotes] == ["(1)"]
    assert "(1)" not in res.preamble.paragraphs[0].text
    assert [m.name for m in res.vote.in_favour.members] == ["الأرجنتين", "شيلي", "غانا"]
