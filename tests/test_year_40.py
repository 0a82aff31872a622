"""Round 40 (branch year-40): notes-in-flow-year-mark — in a text without pages, a note standing in the running text
has its mark where a plausible year stands glued to its digits before a clause's punctuation ("de 2020" + "1" + ","),
at one place since the last mark; never a five-digit amount before a word nor a symbol's digits. Texts written for
the test (Spanish, as the documents the rule was found on; the layout fixture is French)."""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result


def _read(code: str, text: str) -> tuple[dict, list[str]]:
    decoded, warnings = decode(text.encode())
    model = to_dict(result(read(lang(code), decoded, warnings)))
    return model, [w.code for w in warnings]


_HEAD = """Naciones Unidas

A/RES/94/8

Asamblea General

Distr. general 3 de diciembre de 2039

Nonagésimo cuarto período de sesiones Tema 60 del programa Faros costeros

Resolución aprobada por la Asamblea General el 1 de diciembre de 2039

94/8. Faros costeros

La Asamblea General,

"""
_VERBS = ["Toma nota del informe", "Alienta a las autoridades portuarias a mantener sus faros",
          "Invita a las comisiones regionales a compartir sus cartas", "Solicita al Secretario General que la informe",
          "Exhorta a los Estados ribereños a señalizar sus arrecifes"]
_OPERATIVE = "\n\n".join(f"{k}. {_VERBS[k % 5]} ({k});" for k in range(1, 31)) + (
    "\n\n31. Decide seguir ocupándose de la cuestión.\n\n45ª sesión plenaria 1 de diciembre de 2039\n")


def _text(first: str, notes: str, below: str) -> str:
    return (_HEAD + first + "\n\nObservando que la Conferencia proclamó el 9 de junio Día Internacional de los\n\n"
            + notes + "\n\n" + below + "\n\n" + _OPERATIVE)


def test_a_note_under_a_capitalised_name_has_its_mark_glued_to_a_year():
    # The line below the note opens with a capital (a name), so note-inside-cut-sentence does not hold; the mark
    # glued to the year before the comma is the one place in the stretch.
    model, codes = _read("es", _text(
        "Recordando el informe del Secretario General sobre los faros de 11 de septiembre de 20381, y su "
        "resolución 92/4,",
        "1 A/93/212-S/2038/77.", "Faros Costeros,"))
    first = model["preamble"]["paragraphs"][0]
    assert first["text"] == ("Recordando el informe del Secretario General sobre los faros de 11 de septiembre de "
                             "2038, y su resolución 92/4,")
    assert first["footnote_refs"] == [{"marker": "1", "offset": 88}]
    assert model["preamble"]["paragraphs"][-1]["text"] == (
        "Observando que la Conferencia proclamó el 9 de junio Día Internacional de los Faros Costeros,")
    assert [n["text"] for n in model["footnotes"]] == ["A/93/212-S/2038/77."]
    assert "text-note-unplaced" not in codes


def test_two_notes_in_the_flow_the_second_glued_to_a_range():
    model, codes = _read("es", _text(
        "Recordando el informe de 2 de mayo de 20371, y el Programa de Acción para el Decenio 2028‑20372, así como "
        "sus resoluciones anteriores,",
        "1 A/92/90.\n\n2 Resolución 88/5, anexo.", "Faros Costeros,"))
    first = model["preamble"]["paragraphs"][0]
    assert first["text"].startswith("Recordando el informe de 2 de mayo de 2037, y el Programa de Acción para el "
                                    "Decenio 2028‑2037, así como")
    assert [r["marker"] for r in first["footnote_refs"]] == ["1", "2"]
    assert [n["text"] for n in model["footnotes"]] == ["A/92/90.", "Resolución 88/5, anexo."]
    assert "text-note-unplaced" not in codes


def test_an_amount_a_symbol_and_a_second_year_are_no_marks():
    # Guard: "20381 dólares" (a five-digit amount before a word) and "S/20381," (a symbol's digits) are no marks; the
    # one year glued to the note's digits before a comma is.
    model, codes = _read("es", _text(
        "Recordando la contribución de 20381 dólares, el documento S/20381, y el informe de 4 de abril de 20381,",
        "1 A/93/40.", "Faros Costeros,"))
    first = model["preamble"]["paragraphs"][0]
    assert first["text"] == ("Recordando la contribución de 20381 dólares, el documento S/20381, y el informe de "
                             "4 de abril de 2038,")
    assert first["footnote_refs"] == [{"marker": "1", "offset": 101}]
    assert "text-note-unplaced" not in codes
    # And where two places are (two years each glued to "1" before a comma), nothing chooses between them: the rule
    # refuses, the note stays in the running text with a warning, and both years keep their digits.
    model, codes = _read("es", _text(
        "Recordando el informe de 4 de abril de 20381, y el de 9 de mayo de 20381, sobre los faros,",
        "1 A/93/40.", "Faros Costeros,"))
    assert "text-note-unplaced" in codes
    assert model["preamble"]["paragraphs"][0]["text"] == (
        "Recordando el informe de 4 de abril de 20381, y el de 9 de mayo de 20381, sobre los faros,")


# counted-before-spaced-stop-at-line-start: a number the wrap put first on its line, set apart from the comma after it
# (a justified PDF line's widened gaps), is the mark whatever counting word ends the line before.
_PDF = """Naciones Unidas A/RES/94/21
Asamblea General Distr. general
12 de diciembre de 2039
Nonagésimo cuarto período de sesiones
Tema 77 del programa
Resolución aprobada por la Asamblea General el 10 de diciembre de 2039
94/21. Boyas de los bajíos orientales
La Asamblea General,
  Tomando nota de las opiniones  formuladas en los debates de la
Cuarta Comisión  sobre  el  tema
{line}
los Gobiernos acerca de las boyas,
  1. Decide seguir ocupándose de la cuestión.
{blank}
 1 A/C.4/94/SR.7.
39-00051 1/2
A/RES/94/21
48ª sesión plenaria
10 de diciembre de 2039
"""


def test_a_mark_first_on_its_line_before_a_widely_spaced_comma_after_a_counting_word():
    model, codes = _read("es", _PDF.format(blank=" ", line="1  ,   así como de los   comentarios  recibidos  de"))
    paragraph = model["preamble"]["paragraphs"][0]
    assert paragraph["footnote_refs"] == [{"marker": "1", "offset": 92}]
    assert "tema 1" not in paragraph["text"]
    assert model["footnotes"][0]["text"] == "A/C.4/94/SR.7."
    assert "footnote-unreferenced" not in codes and "text-note-unplaced" not in codes
    # Guard: glued to its comma ("tema" / "1, así"), the number after the counting word is the text's own: no rule
    # sets it apart, it stays in the paragraph, and the note says it found no mark.
    model, codes = _read("es", _PDF.format(blank=" ", line="1, así como de los   comentarios  recibidos  de"))
    paragraph = model["preamble"]["paragraphs"][0]
    assert "sobre el tema 1, así como" in paragraph["text"]
    assert not paragraph.get("footnote_refs")
    assert "footnote-unreferenced" in codes or "text-note-unplaced" in codes


# Fix round (round 40): counted-before-spaced-stop-at-line-start never changes the text silently where the base warned.
def test_a_mark_taken_over_a_counting_word_at_a_line_start_is_told():
    # The mark is still taken ("tema" / "1  ,   así"), but the counting word says the number may be the text's own:
    # the guess is told, at the mark's line (line 11 of the text).
    decoded, warnings = decode(_PDF.format(blank=" ", line="1  ,   así como de los   comentarios  recibidos  de")
                               .encode())
    model = to_dict(result(read(lang("es"), decoded, warnings)))
    assert model["preamble"]["paragraphs"][0]["footnote_refs"] == [{"marker": "1", "offset": 92}]
    assert [(w.code, w.line) for w in warnings] == [("text-note-mark-guessed", 11)]


def test_a_counted_list_going_on_after_the_spaced_comma_keeps_its_first_number():
    # "sobre el tema" / "1  ,   2 y 3 del programa": another number after the comma makes a list of counted numbers,
    # each set apart from its comma; the first is the text's own, the note is warned about (as the base did before
    # the rule).
    model, codes = _read("es", _PDF.format(
        blank=" ", line="1  ,   2 y 3  del programa, así como de los   comentarios  recibidos  de"))
    paragraph = model["preamble"]["paragraphs"][0]
    assert "sobre el tema 1 , 2 y 3 del programa, así como" in paragraph["text"]
    assert not paragraph.get("footnote_refs")
    assert "text-note-unplaced" in codes


def test_a_text_that_spaces_its_commas_after_words_proves_nothing_at_a_line_start():
    # The same mark, in a text that sets a comma apart after a word elsewhere ("acerca de las boyas ,"): its spaced
    # comma says nothing about the number after "tema", which stays; the note is warned about.
    text = _PDF.format(blank=" ", line="1  ,   así como de los   comentarios  recibidos  de")
    model, codes = _read("es", text.replace("acerca de las boyas,", "acerca de las boyas ,"))
    paragraph = model["preamble"]["paragraphs"][0]
    assert "sobre el tema 1 , así como" in paragraph["text"]
    assert not paragraph.get("footnote_refs")
    assert "text-note-unplaced" in codes


# Fix round (round 40): notes-in-flow-year-mark takes a year only where it is the date's — the month right before it,
# or the day or the table's connector ("de") between them; no other word, no punctuation.
def test_a_count_after_a_month_keeps_its_digits():
    for first in ("Observando que los faros inscritos pasaron de 15877 en marzo a 20381, y su resolución 92/4,",
                  "Observando que los faros inscritos sumaban en julio : 20381, y su resolución 92/4,"):
        model, codes = _read("es", _text(first, "1 A/93/212-S/2038/77.", "Faros Costeros,"))
        assert model["preamble"]["paragraphs"][0]["text"] == first
        assert "text-note-unplaced" in codes
    # Guard: the day between the month and the year, or the connector, still make a date.
    for first, offset in (("Recordando el informe de 11 de septiembre de 20381, y su resolución 92/4,", 49),
                          ("Recordando el informe de septiembre 11 20381, y su resolución 92/4,", 43)):
        model, codes = _read("es", _text(first, "1 A/93/212-S/2038/77.", "Faros Costeros,"))
        assert model["preamble"]["paragraphs"][0]["footnote_refs"] == [{"marker": "1", "offset": offset}]
        assert "text-note-unplaced" not in codes


# Fix round (round 40): notes-in-flow-year-mark, in a language that sets its clause's punctuation apart (the table's
# spaced_punctuation and spaced_quotes: French ";", ":", "»"), takes the year's mark before that punctuation too.
_FR = """Nations Unies

A/RES/97/12

Assemblée générale

Distr. générale 20 novembre 2042

Quatre-vingt-dix-septième session Point 44 de l'ordre du jour Balises des chenaux

Résolution adoptée par l'Assemblée générale le 18 novembre 2042

97/12. Balises des chenaux

L'Assemblée générale,

{first}

Notant que la Conférence a proclamé le 2 mai de chaque année Journée mondiale des

1 A/97/64-S/2042/310.

Balises Côtières,

""" + "\n\n".join(f"{k}. Invite les autorités portuaires à entretenir leurs balises ({k}) ;" for k in range(1, 21)) + (
    "\n\n21. Décide de rester saisie de la question.\n\n40e séance plénière 18 novembre 2042\n")


def test_a_year_mark_before_punctuation_the_language_sets_apart():
    for first, text, offset in (
            ("Rappelant le plan d'entretien des balises adopté le 7 avril 20411 ; ainsi que sa résolution 95/12,",
             "Rappelant le plan d'entretien des balises adopté le 7 avril 2041 ; ainsi que sa résolution 95/12,", 64),
            ("Rappelant la « Charte des chenaux du 7 avril 20411 », ainsi que sa résolution 95/12,",
             "Rappelant la « Charte des chenaux du 7 avril 2041 », ainsi que sa résolution 95/12,", 49)):
        model, codes = _read("fr", _FR.format(first=first))
        paragraphs = model["preamble"]["paragraphs"]
        assert paragraphs[0]["text"] == text
        assert paragraphs[0]["footnote_refs"] == [{"marker": "1", "offset": offset}]
        assert paragraphs[1]["text"] == ("Notant que la Conférence a proclamé le 2 mai de chaque année Journée "
                                         "mondiale des Balises Côtières,")
        assert "text-note-unplaced" not in codes
    # Guard: in Spanish, whose table sets no punctuation apart, a year glued to "1" before a spaced semicolon is
    # not taken (the note stays in the running text, warned).
    model, codes = _read("es", _text("Recordando el informe de 4 de abril de 20381 ; y su resolución 92/4,",
                                     "1 A/93/40.", "Faros Costeros,"))
    assert "text-note-unplaced" in codes
    assert model["preamble"]["paragraphs"][0]["text"] == (
        "Recordando el informe de 4 de abril de 20381 ; y su resolución 92/4,")
