"""Round 38, branch loss-38: silent losses and silent guesses round 37's reviews left alone (the texts are made up,
on harbours, river ports and lighthouses).

- note-runs-to-next-paragraph (footnotes.py): a page's note that a block extraction put above the last paragraph, its
  lines flush and the last ending with a full stop, took in the paragraph under it ("      4. Decides …", indented as
  every paragraph is) or, unfinished for want of a next note, ran into the paragraph above it, told by nothing.
- note-lower-case-under-marker (footnotes.py): a note's marker alone on its line over a text that opens in lower case
  ("1" / "voir A/93/115, sect. III."), refused for want of a mark, lost its number as a page's, told by nothing; it
  is told (text-note-unplaced) as a note opening with a capital is, the number named.
- number-alone-under-formula-told (footnotes.py): a paragraph number alone under the enacting formula ("2 ."), not 1,
  that number-alone-under-formula refuses (a preambular paragraph under it, the count starting at 1 further down) was
  read as a paragraph of its own holding a number, told by nothing; it is told (text-boundary-guessed). Where the rule
  reads the number as the first paragraph's, validation tells it (operative-number-sequence: "numbered '4', expected
  '1'"), so that reading needs no warning of its own.
- marker-dropped-counted (account.py): the account did not count a lone number the page furniture dropped as a page's
  number over a refused note's text (furniture is not counted); it counts it now, held where text-note-unplaced names
  it, so that a rule that drops it untold is text-unaccounted.
- symbol-tail-told (marks.py): a note's mark sought between its neighbours' whose one place is the last digit of a
  resolution's number, no other place found ("92/121" read as "92/12" + "1"), was taken silently; it is taken and
  told (text-note-mark-guessed). symbol-tail-gives-way now knows a full symbol's number too ("A/94/311").
- proclitic-joins-next (marked.py, traced in blocks.py): an Arabic line cut right after the proclitic "و" ("… حراس
  المنارات و" / "المراقبين …") was joined with a space, "و المراقبين"; the proclitic (the table's proclitics) is
  joined to the next word. Before a digit it stays apart ("الفقرتين 2 و" / "3").
"""

from __future__ import annotations

import pytest

from unres.text import endnotes
from unres.text.parse import parse_text

# (the note's lines above paragraph 4, which the page indents as every paragraph)
_NOTE_ABOVE_LAST_FR = """NATIONS UNIES S/RES/9872 (2043)
Conseil de sécurité Distr. GÉNÉRALE
9 juin 2043
RÉSOLUTION 9872 (2043)
Adoptée par le Conseil de sécurité à sa 9915e séance, le 9 juin 2043
Le Conseil de sécurité,
      Rappelant ses décisions antérieures sur les phares de la côte,
      Saluant le travail des autorités portuaires 1 ,
qui maintiennent les feux allumés,
      1. Décide de proroger le mandat du Groupe d’experts;
43-00415 (F) 090643
*4300415*

S/RES/9872 (2043)
Page 2

      2. Prie le Groupe d’experts de lui faire rapport tous les six mois;
      3. Engage toutes les parties à coopérer avec le Groupe d’experts;

S/RES/9872 (2043)
Page 3

1 Aux fins de la présente résolution, les « autorités portuaires » sont celles
des ports du nord et du sud.
      4. Décide de rester activement saisi de la question.
"""

# (near miss: the note's line ends no sentence; the paragraph's number ends it as before)
_NOTE_ABOVE_LAST_EN = """UNITED NATIONS S/RES/9871 (2043)
Security Council Distr. GENERAL
2 June 2043
RESOLUTION 9871 (2043)
Adopted by the Security Council at its 9912th meeting, on 2 June 2043
The Security Council,
      Recalling its earlier decisions on the river ports of the delta,
      Welcoming the work of the harbour boards 1 ,
in keeping the channels open to shipping,
      1. Decides to renew the mandate of the Monitoring Group;
43-00412 (E) 020643
*4300412*

S/RES/9871 (2043)
Page 2

      2. Asks the Monitoring Group to report on the channels twice a year;
      3. Encourages all parties to cooperate with the Monitoring Group;
1 In this resolution, “harbour boards” means the boards of the upper, the
middle and the lower ports of the delta.
      4. Decides to remain seized of the matter.
"""

# (the same page, its note's text cut off where no sentence ends)
_UNFINISHED_NOTE_ABOVE_LAST = _NOTE_ABOVE_LAST_EN.replace(
    "the boards of the upper, the\nmiddle and the lower ports of the delta.", "the boards listed in")


def test_a_note_above_the_last_paragraph_ends_before_it_fr() -> None:
    parsed = parse_text(_NOTE_ABOVE_LAST_FR.encode(), "fr")
    res = parsed.resolution
    assert [p.number for p in res.operative] == ["1", "2", "3", "4"]
    assert res.operative[2].text == "Engage toutes les parties à coopérer avec le Groupe d’experts;"
    assert res.operative[3].text == "Décide de rester activement saisi de la question."
    assert [n.text for n in res.footnotes] == [
        "Aux fins de la présente résolution, les « autorités portuaires » sont celles des ports du nord et du sud."]
    assert [r.marker for r in res.preamble.paragraphs[1].footnote_refs] == ["1"]


def test_a_note_above_the_last_paragraph_ends_before_it_en() -> None:
    parsed = parse_text(_NOTE_ABOVE_LAST_EN.encode(), "en")
    res = parsed.resolution
    assert [p.number for p in res.operative] == ["1", "2", "3", "4"]
    assert res.operative[3].text == "Decides to remain seized of the matter."
    assert [n.text for n in res.footnotes] == ["In this resolution, “harbour boards” means the boards of the upper, "
                                               "the middle and the lower ports of the delta."]


def test_an_unfinished_note_above_the_last_paragraph_is_as_before() -> None:
    # (guard: the note ends no sentence; note-ends-at-next-number ends it at "4. Decides", as on the base)
    res = parse_text(_UNFINISHED_NOTE_ABOVE_LAST.encode(), "en").resolution
    assert [p.number for p in res.operative] == ["1", "2", "3", "4"]
    assert [n.text for n in res.footnotes] == ["In this resolution, “harbour boards” means the boards listed in"]


# (near misses: the note's own lines open with the next paragraph's number — an item of a list in the note, the line
# above it the item before; a number the note cites, its text going on in lower case — above "4. Decides")
_NOTE_EN = ("1 In this resolution, “harbour boards” means the boards of the upper, the\n"
            "middle and the lower ports of the delta.")
_NOTE_LIST_ABOVE_LAST = _NOTE_ABOVE_LAST_EN.replace(
    _NOTE_EN,
    "1 In this resolution, “harbour boards” means the boards of these ports.\n      3. The port of the estuary.\n"
    "      4. The port of the upper lake.")
_NOTE_CITES_NUMBER_ABOVE_LAST = _NOTE_ABOVE_LAST_EN.replace(
    _NOTE_EN,
    "1 The boards set their dredging rules out in section 3.\n      4. and 6. of their charter govern the lights.")


@pytest.mark.parametrize(("src", "note"), [
    (_NOTE_LIST_ABOVE_LAST, "In this resolution, “harbour boards” means the boards of these ports. 3. The port of the "
                            "estuary. 4. The port of the upper lake."),
    (_NOTE_CITES_NUMBER_ABOVE_LAST, "The boards set their dredging rules out in section 3. 4. and 6. of their charter "
                                    "govern the lights."),
])
def test_a_note_s_own_line_opening_with_the_next_number_does_not_end_it(src: str, note: str) -> None:
    res = parse_text(src.encode(), "en").resolution
    assert [p.number for p in res.operative] == ["1", "2", "3", "4"]
    assert res.operative[3].text == "Decides to remain seized of the matter."
    assert [n.text for n in res.footnotes] == [note]


# (the note's text opens in lower case; its mark is nowhere in the text)
_LOWER_CASE_NOTE_FR = """Nations Unies                                    A/RES/93/58
Assemblée générale                               Distr. générale
                                                 14 décembre 2038
Quatre-vingt-treizième session
Point 49 de l'ordre du jour
Ports des mers intérieures
Résolution adoptée par l'Assemblée générale le 10 décembre 2038
93/58. Ports des mers intérieures
L'Assemblée générale,
  Rappelant sa résolution 91/36 du 3 décembre 2036 sur les ports des mers intérieures,
  1. Prend note de l'étude de l'ensablement des chenaux du nord présentée par le Secrétaire général.
1
voir A/93/115, sect. III.

38-00058 1/2

A/RES/93/58

  2. Décide de poursuivre l'examen de la question à sa quatre-vingt-quatorzième session.
48e séance plénière
10 décembre 2038
"""

# (near miss: a page's number between a paragraph a page cut after a clause's end and its rest in lower case, which ends
# with a full stop as a paragraph's last line does; the review's inputs, en and fr: the rest is no note)
_PAGE_CUT_AFTER_CLAUSE_EN = """United Nations                                   A/RES/93/59
General Assembly                                 Distr.: General
                                                 14 December 2038
Ninety-third session
Agenda item 50
Resolution adopted by the General Assembly on 10 December 2038
93/59. Lighthouses of the outer coast
The General Assembly,
  Recalling its resolution 91/32 of 3 December 2036 on the lighthouses of the outer coast,
  1. Invites Member States to share the logs of their lighthouses;
  2. Requests the Secretary-General to report on the lights of the east and of the west{end}

2

to continue its consideration of the question at its ninety-fourth session.
48th plenary meeting
10 December 2038
"""

_PAGE_CUT_AFTER_CLAUSE_FR = """Nations Unies                                    A/RES/93/60
Assemblée générale                               Distr. générale
                                                 14 décembre 2038
Quatre-vingt-treizième session
Point 51 de l'ordre du jour
Résolution adoptée par l'Assemblée générale le 10 décembre 2038
93/60. Phares de la côte extérieure
L'Assemblée générale,
  Rappelant sa résolution 91/33 du 3 décembre 2036 sur les phares de la côte extérieure,
  1. Invite les États Membres à partager les registres de leurs phares;
  2. Prie le Secrétaire général de lui faire rapport sur les feux de l'est et de l'ouest,

2

et décide de poursuivre l'examen de la question à sa quatre-vingt-quatorzième session.
48e séance plénière
10 décembre 2038
"""


@pytest.mark.parametrize("end", [",", ";", ":"])
def test_a_page_number_over_a_paragraph_s_rest_after_a_clause_is_not_told(end: str) -> None:
    # (the lower-case rest under the page's number goes on the clause above: no note's text, no warning, as on main)
    parsed = parse_text(_PAGE_CUT_AFTER_CLAUSE_EN.format(end=end).encode(), "en")
    assert parsed.resolution.operative[1].text == ("Requests the Secretary-General to report on the lights of the "
                                                   f"east and of the west{end} to continue its consideration of the "
                                                   "question at its ninety-fourth session.")
    assert parsed.warnings == []


def test_a_page_number_over_a_paragraph_s_rest_after_a_comma_is_not_told_fr() -> None:
    parsed = parse_text(_PAGE_CUT_AFTER_CLAUSE_FR.encode(), "fr")
    assert parsed.resolution.operative[1].text.endswith("de l'est et de l'ouest, et décide de poursuivre l'examen de "
                                                        "la question à sa quatre-vingt-quatorzième session.")
    assert parsed.warnings == []


# (near miss: a page's number over the rest of a paragraph a page cut, no note)
_PAGE_NUMBER_OVER_REST = """United Nations                                   A/RES/93/57
General Assembly                                 Distr.: General
                                                 14 December 2038
Ninety-third session
Agenda item 48
Harbours of the inland seas
Resolution adopted by the General Assembly on 10 December 2038
93/57. Harbours of the inland seas
The General Assembly,
  Recalling its resolution 91/30 of 3 December 2036 on the harbours of the inland seas,
  Taking note of the study of the silting of the northern channels submitted by the Secretary-General,
1
and of the charts of the harbour masters,

38-00057 1/2

A/RES/93/57

and of the remarks of the pilots,
  1. Decides to continue its consideration of the question at its ninety-fourth session.
48th plenary meeting
10 December 2038
"""


def test_a_lower_case_note_under_its_lone_marker_is_told_fr() -> None:
    parsed = parse_text(_LOWER_CASE_NOTE_FR.encode(), "fr")
    res = parsed.resolution
    assert not res.footnotes
    assert res.operative[0].text == ("Prend note de l'étude de l'ensablement des chenaux du nord présentée par le "
                                     "Secrétaire général. voir A/93/115, sect. III.")
    assert [p.number for p in res.operative] == ["1", "2"]
    assert [(w.code, w.line) for w in parsed.warnings] == [("text-note-unplaced", 13)]
    assert "the lone number '1' on line 12 was dropped as a page's number" in parsed.warnings[0].message


def test_a_page_number_over_a_cut_paragraph_s_rest_is_not_told() -> None:
    # (guard: the line under the lone number ends with a comma, a paragraph's rest: no note, no warning, as on the base)
    parsed = parse_text(_PAGE_NUMBER_OVER_REST.encode(), "en")
    assert parsed.resolution.preamble.paragraphs[1].text.endswith(
        "Secretary-General, and of the charts of the harbour masters, and of the remarks of the pilots,")
    assert parsed.warnings == []


# (a number alone under the formula over a preambular paragraph; the count starts at 1 below)
_NUMBER_UNDER_FORMULA_FR = """Nations Unies E/RES/2039/22
Conseil économique et social Distr. générale
30 juillet 2039
Session de 2039
Résolution adoptée par le Conseil économique et social le 28 juillet 2039
2039/22. Ports fluviaux du delta
Le Conseil économique et social,
 2 .
 Rappelant sa résolution 2037/9 du 24 juillet 2037 sur les ports fluviaux du delta,
 Prenant note du rapport du Secrétaire général sur l’ensablement des chenaux,
 1 .
 Prie le Secrétaire général de lui faire rapport sur les chenaux à sa prochaine session.
41e séance plénière
28 juillet 2039
"""

# (guard: an excerpt that opens with its fourth paragraph, read as before and told by validation, not by the reader)
_EXCERPT_UNDER_FORMULA_FR = """Nations Unies E/RES/2039/23
Conseil économique et social Distr. générale
30 juillet 2039
Session de 2039
Résolution adoptée par le Conseil économique et social le 28 juillet 2039
2039/23. Ports fluviaux du delta
Le Conseil économique et social,
 4 .
 Prie le Secrétaire général de lui faire rapport sur les chenaux à sa prochaine session;
 5 .
 Décide de rester saisi de la question.
41e séance plénière
28 juillet 2039
"""


def test_a_number_alone_under_the_formula_left_as_read_is_told_fr() -> None:
    parsed = parse_text(_NUMBER_UNDER_FORMULA_FR.encode(), "fr")
    res = parsed.resolution
    assert [p.text for p in res.preamble.paragraphs][0] == "2 ."
    assert [p.number for p in res.operative] == ["1"]
    assert [(w.code, w.line) for w in parsed.warnings] == [("text-boundary-guessed", 8)]
    assert "'2 .'" in parsed.warnings[0].message


# (a number alone under the formula over an item's rest in lower case: number-alone-under-formula declines, and the
# segmenter still reads "3." as paragraph 3's number over that text — the review's uf_en_pos_item, in other words)
_ITEM_UNDER_FORMULA_EN = """United Nations E/RES/2039/24
Economic and Social Council Distr.: General
30 July 2039
2039 session
Resolution adopted by the Economic and Social Council on 28 July 2039
2039/24. Lighthouses of the delta
The Economic and Social Council,

 3.

 and of the keeping of the lights, taking note of the report;
 1. Requests the Secretary-General to report on the lights at its next session.
41st plenary meeting
28 July 2039
"""


def test_a_number_under_the_formula_read_as_its_paragraph_is_not_said_unread() -> None:
    # (the warning claims no reading: the model reads "3." as paragraph 3, so no word may say it was not)
    parsed = parse_text(_ITEM_UNDER_FORMULA_EN.encode(), "en")
    assert [p.number for p in parsed.resolution.operative][:1] == ["3"]
    assert parsed.resolution.operative[0].text.startswith("and of the keeping of the lights")
    told = [w for w in parsed.warnings if w.code == "text-boundary-guessed"]
    assert [w.line for w in told] == [9]
    assert "not read as paragraph" not in told[0].message and "read as it stands" not in told[0].message
    assert "may be wrong" in told[0].message


def test_an_excerpt_s_first_number_under_the_formula_is_not_told() -> None:
    parsed = parse_text(_EXCERPT_UNDER_FORMULA_FR.encode(), "fr")
    assert [p.number for p in parsed.resolution.operative] == ["4", "5"]
    assert parsed.warnings == []


def test_a_lone_number_dropped_untold_is_unaccounted(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the account sees the dropped digit: with the warning that names it silenced, it reports it by its line; on the
    # base the digit, furniture to the account, went unreported)
    # (a note's text that opens with a capital: refused and dropped on the base as well)
    monkeypatch.setattr(endnotes, "_unplaced_told", lambda doc: None)
    parsed = parse_text(_LOWER_CASE_NOTE_FR.replace("voir A/93/115", "Voir A/93/115").encode(), "fr")
    assert [(w.code, w.line) for w in parsed.warnings] == [("text-unaccounted", 12)]
    assert "1 letter or digit" in parsed.warnings[0].message and "line 12 ('1')" in parsed.warnings[0].message


def test_a_lone_number_dropped_and_named_is_held() -> None:
    # (guard: the warning names the number: the account holds it, no text-unaccounted — as with a capitalised note)
    src = _LOWER_CASE_NOTE_FR.replace("voir A/93/115", "Voir A/93/115")
    parsed = parse_text(src.encode(), "fr")
    assert [w.code for w in parsed.warnings] == ["text-note-unplaced"]


# (the one place the mark can be: the last digit of "92/121")
_SYMBOL_TAIL_FR = """Nations Unies                                    A/RES/94/62
Assemblée générale                               Distr. générale
                                                 12 décembre 2039
Quatre-vingt-quatorzième session
Point 63 de l'ordre du jour
Résolution adoptée par l'Assemblée générale le 9 décembre 2039
94/62. Pilotes des voies navigables
L'Assemblée générale,
  Rappelant ses résolutions 90/44 du 4 décembre 2035 et 92/121 du 7 décembre 2037 sur les pilotes des voies navigables,
  Saluant les directives sur la formation des pilotes adoptées par la conférence des autorités fluviales,
  1. Invite les autorités fluviales à partager leurs cartes des voies navigables;
44e séance plénière
9 décembre 2039
1 Rapport de la Conférence des autorités fluviales, Rosario, 3-7 mai 2038.
"""

# (guard: the note cites the symbol cut: the mark is the note's, after "92/12", no guess to tell)
_CITED_SYMBOL_FR = """Nations Unies                                    A/RES/94/62
Assemblée générale                               Distr. générale
                                                 12 décembre 2039
Quatre-vingt-quatorzième session
Point 63 de l'ordre du jour
Résolution adoptée par l'Assemblée générale le 9 décembre 2039
94/62. Pilotes des voies navigables
L'Assemblée générale,
  Rappelant ses résolutions 90/44 du 4 décembre 2035 et 92/121 du 7 décembre 2037 sur les pilotes des voies navigables,
  Saluant les directives sur la formation des pilotes adoptées par la conférence des autorités fluviales,
  1. Invite les autorités fluviales à partager leurs cartes des voies navigables;
44e séance plénière
9 décembre 2039
1 Résolution 92/12, annexe.
"""


def test_a_mark_taken_from_a_symbol_s_tail_alone_is_told_fr() -> None:
    parsed = parse_text(_SYMBOL_TAIL_FR.encode(), "fr")
    para = parsed.resolution.preamble.paragraphs[0]
    assert "et 92/12 du 7 décembre 2037" in para.text
    assert [r.marker for r in para.footnote_refs] == ["1"]
    assert [(w.code, w.line) for w in parsed.warnings] == [("text-note-mark-guessed", 9)]
    assert "'92/121'" in parsed.warnings[0].message


def test_a_mark_after_the_symbol_its_note_cites_is_not_told_fr() -> None:
    parsed = parse_text(_CITED_SYMBOL_FR.encode(), "fr")
    para = parsed.resolution.preamble.paragraphs[0]
    assert "et 92/12 du 7 décembre 2037" in para.text
    assert [r.marker for r in para.footnote_refs] == ["1"]
    assert parsed.warnings == []


def test_a_full_symbol_s_tail_keeps_its_place_and_is_told_whole() -> None:
    # (a full symbol's number: the place main took, after "A/92/12", is kept — "la règle 61" is not read as "6" +
    # mark —; the guess is told, the symbol named whole with its series' letters, "A/92/121")
    src = _SYMBOL_TAIL_FR.replace("voies navigables,\n  Saluant les directives", "voies navigables,\n  Saluant "
                                  "en particulier la règle 61, les directives").replace("92/121", "A/92/121")
    parsed = parse_text(src.encode(), "fr")
    paras = parsed.resolution.preamble.paragraphs
    assert "et A/92/12 du 7 décembre 2037" in paras[0].text
    assert [r.marker for r in paras[0].footnote_refs] == ["1"]
    assert "la règle 61, les directives" in paras[1].text and not paras[1].footnote_refs
    assert [(w.code, w.line) for w in parsed.warnings] == [("text-note-mark-guessed", 9)]
    assert "'A/92/121' whole" in parsed.warnings[0].message and "only place" not in parsed.warnings[0].message


def test_a_full_symbol_s_tail_alone_is_told_whole() -> None:
    # (the one place, the last digit of "A/RES/92/121": taken, told, the symbol named whole)
    parsed = parse_text(_SYMBOL_TAIL_FR.replace("92/121", "A/RES/92/121").encode(), "fr")
    para = parsed.resolution.preamble.paragraphs[0]
    assert "et A/RES/92/12 du 7 décembre 2037" in para.text
    assert [r.marker for r in para.footnote_refs] == ["1"]
    assert [(w.code, w.line) for w in parsed.warnings] == [("text-note-mark-guessed", 9)]
    assert "'A/RES/92/121' whole" in parsed.warnings[0].message


# (a wrapped line cut after the proclitic "و", and one cut after a "و" printed apart before a number)
_PROCLITIC_CUT_AR = """الأمم المتحدة
A/RES/96/213
الجمعية العامة
Distr.: General 18 December 2041
الدورة السادسة والتسعون
البند 82 من جدول الأعمال
قرار اتخذته الجمعية العامة في 14 كانون الأول/ديسمبر 2041
96/213. حراس المنارات
إن الجمعية العامة ،
إذ تشير إلى قرارها 95/17 المؤرخ 6 كانون الأول/ديسمبر 2040 بشأن حراس المنارات و
المراقبين في السواحل النائية،
وإذ تلاحظ الجهود التي تبذلها الدول الساحلية في الفقرتين 2 و
3 من تقرير الأمين العام،
1 - تطلب إلى الأمين العام أن يقدم تقريرا عن حراس المنارات؛
2 - تقرر أن تبقي المسألة قيد نظرها.
الجلسة العامة 58
14 كانون الأول/ديسمبر 2041
"""


def test_a_line_cut_after_a_proclitic_is_joined_without_a_space_ar() -> None:
    paras = parse_text(_PROCLITIC_CUT_AR.encode(), "ar").resolution.preamble.paragraphs
    assert "بشأن حراس المنارات والمراقبين في السواحل النائية،" in paras[0].text
    assert "و المراقبين" not in paras[0].text


def test_a_conjunction_apart_before_a_number_keeps_its_space_ar() -> None:
    # (guard: "و" before a digit is printed apart; the join keeps its space, as on the base)
    paras = parse_text(_PROCLITIC_CUT_AR.encode(), "ar").resolution.preamble.paragraphs
    assert "في الفقرتين 2 و 3 من تقرير الأمين العام،" in paras[1].text


# (letters cited alone, without brackets, at a line's end: after a counting word, after one qualified by a word, among
# other lone letters; the letter "و" is the label, no proclitic)
_CITED_LETTERS_AR = """الأمم المتحدة
A/RES/96/214
الجمعية العامة
Distr.: General 18 December 2041
الدورة السادسة والتسعون
البند 83 من جدول الأعمال
قرار اتخذته الجمعية العامة في 14 كانون الأول/ديسمبر 2041
96/214. أرصفة الموانئ النهرية
إن الجمعية العامة ،
إذ تشير إلى قرارها 95/18 بشأن أرصفة الموانئ النهرية، ولا سيما الفقرة و
من منطوقه،
1 - تهيب بالدول أن تطبق أحكام المادة 4 والفقرة الفرعية و
من المادة 5 من اتفاق الأرصفة؛
2 - تطلب إلى الأمين العام أن ينفذ البنود د ه و
ز من خطة العمل؛
3 - تقرر أن تبقي المسألة قيد نظرها.
الجلسة العامة 58
14 كانون الأول/ديسمبر 2041
"""


def test_a_letter_cited_alone_at_a_line_s_end_stays_apart_ar() -> None:
    # (proclitic-joins-next never glues a label letter: "الفقرة و" / "من", "الفقرة الفرعية و" / "من", "ه و" / "ز")
    res = parse_text(_CITED_LETTERS_AR.encode(), "ar").resolution
    assert res.preamble.paragraphs[0].text.endswith("ولا سيما الفقرة و من منطوقه،")
    assert "والفقرة الفرعية و من المادة 5 من اتفاق الأرصفة؛" in res.operative[0].text
    assert res.operative[1].text.endswith("البنود د ه و ز من خطة العمل؛")
