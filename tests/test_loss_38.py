"""Round 38, branch loss-38: silent losses and silent guesses round 37's reviews left alone (the texts are made up,
on harbours, river ports and lighthouses).

- note-runs-to-next-paragraph (footnotes.py): a page's note that a block extraction put above the last paragraph, its
  lines flush and the last ending with a full stop, took in the paragraph under it ("      4. Decides …", indented as
  every paragraph is) or, unfinished for want of a next note, ran into the paragraph above it, told by nothing.
"""

from __future__ import annotations

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

_UNFINISHED_NOTE_ABOVE_LAST = """UNITED NATIONS S/RES/9871 (2043)
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
1 In this resolution, “harbour boards” means the boards listed in
      4. Decides to remain seized of the matter.
"""


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
