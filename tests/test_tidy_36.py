"""Round 36, branch tidy-36: what earlier rounds noticed in the text reader and left alone (the texts are made up, on
lighthouses and buoys).

- the str-as-set trap: a set of characters kept as a str (punctuation(...)) answers True for `"" in it`, so an empty
  line, or one of closing quotes only, counted as ending with a comma, a semicolon or a question mark
  (blocks.py, classify.py, guessed.py, openings.py, segment.py): those sets are frozensets now.
- note-unplaced-told under a lone marker (footnotes.marker_alone): a note's marker alone on its line over its text,
  refused for want of a mark, was recorded at the marker's line, which the running text does not keep (a page's
  number): the refusal went untold. It is told at the text's line.
- footnotes' brackets come from the scripts table only; endnotes.not_after holds the word for a recommendation
  ("recommandation 6") in French, Spanish, Russian and Arabic, as English's table has "recommendation".
- star-between-words-at-break (marks.py): a star set apart at a line's end after a word, the next line going on in
  lower case ("the daily rate *" / "days"), is the text's own star, never a star note's mark.
- star-opens-notes (footnotes.py): a lone star where no note is open, over a sentence and the first note, opens the
  block of notes (a cover's star note, which UN print puts before note 1).
- after the review: star-opens-notes asks note 1's text (no numbered paragraph) and mark; star-between-words-at-break
  only a star set apart, and only where another star stands; note-unplaced-told under a lone marker only after a
  clause's end, with its own message; endnote-mark-after-counted-told (a mark refused after a counting word, taken
  further on, is told).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from unres.langs import lang
from unres.text import blocks, footnotes
from unres.text.endnotes import mark_endnote
from unres.text.parse import parse_text
from unres.text.state import Line


def _lines(*views: str) -> Any:
    """The little of blocks.Lines that the rules below ask: each line's view, and no document (no trace)."""
    return SimpleNamespace(view=lambda k: views[k], doc=None)


def test_a_line_of_closing_quotes_only_ends_no_question() -> None:
    # (on main: "”" less its closing quotes is "", and "" is in the str "?？؟": number-after-question fired)
    c = _lines("“Where do the keepers of the lighthouses live?", "”", "2. Decides to continue its work;")
    assert not blocks._question_ends(c, 2)
    assert blocks._question_ends(_lines("Where do the keepers live?”", "2. Decides …"), 1)


def test_an_empty_line_ends_with_no_semicolon() -> None:
    # (on main: "" in the str ";；؛" — an empty line counted as ending with a semicolon)
    assert not blocks._after_semicolon(_lines("", "and the buoys of the coast,"), 1)
    assert blocks._after_semicolon(_lines("the lamps of the islands;", "and the buoys of the coast,"), 1)


def test_the_sets_of_characters_asked_with_in_are_sets() -> None:
    from unres.text import classify, guessed, openings, segment
    for chars in (blocks._COMMAS, blocks._QUESTION, blocks._SEMICOLONS, classify._ANY_END, classify._CLAUSE_ENDS,
                  guessed._COMMAS, openings._NOT_A_PHRASE, segment._FULL_STOPS):
        assert isinstance(chars, frozenset)
        assert "" not in chars


_TEXT = """United Nations                                   A/RES/91/52
General Assembly                                 Distr.: General
                                                 14 December 2036
Ninety-first session
Agenda item 60
Lighthouses and buoys
Resolution adopted by the General Assembly on 9 December 2036
91/52. Lighthouses and buoys
The General Assembly,
  Recalling its resolution 89/14 of 3 December 2034 on the keepers of lighthouses and the buoys
of remote coasts,
  Taking note of the report of the Secretary-General on the second phase of the programme,
1
A/91/310, annex.

36-00052 1/2

A/RES/91/52

the repair of the lamps of the northern islands,
  1. Decides to continue its consideration of the question at its ninety-second session.
45th plenary meeting
9 December 2036
"""


def test_a_note_under_its_lone_marker_refused_for_want_of_a_mark_is_told() -> None:
    parsed = parse_text(_TEXT.encode(), "en")
    res = parsed.resolution
    # (no mark "1" in the text: no note is read, and the note's text stays where it stood, in the paragraph)
    assert not res.footnotes
    assert "programme, A/91/310, annex. the repair of the lamps" in res.preamble.paragraphs[1].text
    # (on main: no warning — the refusal was recorded at the lone marker's line, which the text does not keep)
    assert [w.code for w in parsed.warnings] == ["text-note-unplaced"]
    assert [w.line for w in parsed.warnings] == [14]
    # (the message says what the line is: a note's text under its marker alone, no mark found)
    assert "under its marker '1' alone on line 13" in parsed.warnings[0].message


def test_a_page_s_number_in_the_middle_of_a_sentence_is_no_unplaced_note() -> None:
    # (the line above the lone "1" does not end its clause: a page's number, and the line under it the sentence's
    # rest — the branch before the review warned text-note-unplaced there)
    text = _TEXT.replace("on the second phase of the programme,\n1\nA/91/310, annex.\n",
                         "on the second phase of the programme and on the\n1\nLamps of the northern coast.\n")
    parsed = parse_text(text.encode(), "en")
    assert "programme and on the Lamps of the northern coast." in parsed.resolution.preamble.paragraphs[1].text
    assert [w.code for w in parsed.warnings] == []


def test_the_reader_s_brackets_are_the_scripts_table_s() -> None:
    # (on main footnotes added ")]}" and "([{" in code; the table holds the brackets of every script)
    assert footnotes.bracket_closes_after_number(") of the report")
    assert footnotes.bracket_closes_after_number("）")
    assert not footnotes.bracket_closes_after_number(")( A/91/310.")


def test_a_number_after_the_word_for_a_recommendation_is_no_endnote_s_mark() -> None:
    for code, text in (("fr", "conformément à la recommandation 6 du groupe des gardiens de phares,"),
                       ("es", "de conformidad con la recomendación 6 del grupo de los fareros,"),
                       ("ru", "в соответствии с рекомендацией 6 группы смотрителей маяков,"),
                       ("ar", "وفقا للتوصية 6 من فريق حراس المنارات،")):
        line = Line(text, 20)
        # (on main the "6" was taken for note 6's mark and left the text)
        assert mark_endnote([line], "6", (0, 0), lang(code).endnote_not_after) is None, code
        assert line.text == text
    line = Line("conformément à la proposition 6 du groupe,", 20)
    assert mark_endnote([line], "6", (0, 0), lang("fr").endnote_not_after) is not None


_COUNTED = Path(__file__).resolve().parent / "fixtures" / "layout" / "endnote-mark-after-counted-told.txt"


def test_a_mark_taken_after_one_refused_for_a_counting_word_is_told() -> None:
    # (the "1" after "recomendación" refused as note 1's mark, the "1" of "la fase 1" is taken: told where it is taken —
    # the branch before the review said nothing)
    parsed = parse_text(_COUNTED.read_bytes(), "es")
    told = [w for w in parsed.warnings if w.code == "text-note-mark-guessed"]
    assert [w.line for w in told] == [14]
    assert "at line 13" in told[0].message
    # (no number after a counting word: nothing told)
    parsed = parse_text(_COUNTED.read_text(encoding="utf-8").replace("recomendación 1 ,", "recomendación ,").encode(),
                        "es")
    assert "text-note-mark-guessed" not in [w.code for w in parsed.warnings]


_STAR = Path(__file__).resolve().parent / "fixtures" / "layout" / "star-between-words-at-break.txt"


def test_a_star_between_two_words_over_a_line_break_stays_the_text_s() -> None:
    # (the title's star set apart before a capital is the note's mark; the formula's, "rate *" / "days", the text's)
    res = parse_text(_STAR.read_bytes(), "en").resolution
    assert [r.marker for r in res.metadata.title_footnote_refs] == ["*"]
    assert "the daily rate * days of service" in res.operative[0].text
    assert [r.marker for r in res.operative[0].footnote_refs] == []


_FORMULA = "  1. Decides that the allowance of a keeper shall be the daily rate *\ndays of service"
_BUDGET = {"en": "  1. Takes note of the estimates of the fund for the lamps{star}\nof the northern islands",
           "fr": "  1. Prend note des prévisions du fonds pour les lampes{star}\ndes îles du nord"}


def test_a_star_mark_before_a_word_in_lower_case_is_the_note_s_mark_where_no_other_star_stands() -> None:
    # (no other star in the text: the star at the line's end, set apart or glued, is the note's mark — the branch
    # before the review left it in the text, "the lamps * of the northern islands", the note told unreferenced)
    for code in ("en", "fr"):
        for star in (" *", "*"):
            text = _STAR.read_text(encoding="utf-8").replace("Lighthouses and buoys *\n", "Lighthouses and buoys\n")
            text = text.replace(_FORMULA, _BUDGET[code].format(star=star))
            if code == "fr":
                text = text.replace("at the lighthouse, as set out in the annex to the present resolution;",
                                    "au phare, comme l’indique l’annexe ;")
            parsed = parse_text(text.encode(), code)
            res = parsed.resolution
            assert "*" not in res.operative[0].text, (code, star)
            assert [r.marker for r in res.operative[0].footnote_refs] == ["*"], (code, star)
            assert "footnote-unreferenced" not in [w.code for w in parsed.warnings], (code, star)


_COVER_STAR = Path(__file__).resolve().parent / "fixtures" / "layout" / "star-opens-notes.txt"


def test_a_cover_s_star_note_before_note_1_is_a_note_not_a_paragraph_s_text() -> None:
    # (on main the lone star was dropped and "Reissued for technical reasons …" ran into paragraph 1, told only as a
    # dropped heading)
    for text in (_COVER_STAR.read_text(encoding="utf-8"),
                 _COVER_STAR.read_text(encoding="utf-8").replace("\n1\nS/RES/9984", "\n1 S/RES/9984")):
        parsed = parse_text(text.encode(), "en")
        res = parsed.resolution
        assert [n.marker for n in res.footnotes] == ["*", "1"]
        assert res.operative[0].text == "Decides that the keepers of the buoys shall be paid for every night of watch;"
        assert [w.code for w in parsed.warnings] == ["footnote-unreferenced"]


def test_a_page_s_number_under_a_star_note_is_no_note_1() -> None:
    # (no note 1: the "1" under the star note's sentence is the page's number, over paragraph 2 — the branch before the
    # review read it as note 1 and took "2. Requests …" for its text, paragraph 2 lost)
    text = (_COVER_STAR.read_text(encoding="utf-8").replace("(2039)1 on", "(2039) on")
            .replace("1\nS/RES/9984 (2039).\n", "1\n"))
    res = parse_text(text.encode(), "en").resolution
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert [n.marker for n in res.footnotes] == []
    # (the same in French)
    text = text.replace("The Security Council,\nRecalling its resolution 9984 (2039) on the buoys of the southern "
                        "straits,\n1. Decides that the keepers of the buoys shall be paid for every night of watch;\n",
                        "Le Conseil de sécurité,\nRappelant sa résolution 9984 (2039) sur les bouées des détroits,\n"
                        "1. Décide que les gardiens des bouées seront payés pour chaque nuit de veille ;\n")
    text = (text.replace("Reissued for technical reasons on 15 May 2039.", "Nouveau tirage pour raisons techniques.")
            .replace("2. Requests the Secretary-General to report every sixty days;",
                     "2. Prie le Secrétaire général de faire rapport tous les soixante jours ;")
            .replace("3. Decides to remain seized of the matter.", "3. Décide de rester saisi de la question."))
    res = parse_text(text.encode(), "fr").resolution
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert [n.marker for n in res.footnotes] == []
    # (a star between two paragraphs, over a sentence and a page's "1" over paragraph 3: the sentence is no note's;
    # the real star note at the foot is read)
    text = (_COVER_STAR.read_text(encoding="utf-8").replace("S/RES/9990 (2039)*", "S/RES/9990 (2039)")
            .replace("(2039)1 on", "(2039) on").replace("Resolution 9990 (2039)\n", "Resolution 9990 (2039)*\n")
            .replace("*\nReissued for technical reasons on 15 May 2039.\n1\nS/RES/9984 (2039).\n", "")
            .replace("every sixty days;\n", "every sixty days;\n*\nThe Council heard the keepers in session.\n1\n")
            + "* Reissued for technical reasons on 15 May 2039.\n")
    res = parse_text(text.encode(), "en").resolution
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert [(n.marker, n.text) for n in res.footnotes] == [("*", "Reissued for technical reasons on 15 May 2039.")]


def test_a_lone_star_over_a_sentence_and_a_paragraph_opens_no_notes() -> None:
    # (under the sentence a numbered paragraph, no note 1: the star is no note's marker — read as before)
    text = _COVER_STAR.read_text(encoding="utf-8").replace("1\nS/RES/9984 (2039).\n", "")
    res = parse_text(text.encode(), "en").resolution
    assert [n.marker for n in res.footnotes] == []
