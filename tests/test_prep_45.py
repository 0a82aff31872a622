"""The rules of prep-45 read through the whole text reader, with their near misses: section-label-stop-alone (a
section's label with its stop alone on its line after a full stop opens the section's heading), label-alone-after-
clause-told (after a clause's comma or semicolon the same label is read on as before, and told) and
list-goes-on-under-lost-note (a lost note's "2 ." over the next item of a list: the list goes on). Texts written for
these tests, in words of our own."""

from __future__ import annotations

import json

from unres.jsonio import to_json
from unres.text.parse import parse_text


def read(text: str) -> tuple[dict, list[str]]:
    res = parse_text(text)
    return json.loads(to_json(res.resolution)), [w.code for w in res.warnings]


# French, flat PDF text: "I." after the preamble's last paragraph, which ends with a full stop, and "II." after the
# first section's last paragraph, which ends so too.
_FRENCH_SECTIONS = """Nations Unies A/RES/91/29
Assemblée générale Distr. générale
9 décembre 2036
Quatre-vingt-onzième session
Point 45 de l'ordre du jour
Résolution adoptée par l'Assemblée générale le 7 décembre 2036
91/29. Phares et eaux côtières
L'Assemblée générale,
Rappelant sa résolution 90/12 sur les phares et les eaux côtières et ses
résolutions antérieures sur la sécurité de la navigation le long des côtes,
Prenant note avec satisfaction du rapport du Secrétaire général sur l'entretien
des phares.
I.
Eaux côtières
1. Demande aux États de protéger leurs eaux côtières contre la pollution
lumineuse des ports et des navires qui y mouillent la nuit ;
2. Encourage les États à échanger des informations sur l'état de leurs eaux
côtières.
II.
Gardiens de phare
3. Se félicite des dernières adhésions à l'Accord ;
4. Décide de rester saisie de la question.
45e séance plénière
7 décembre 2036
"""


def test_section_labels_with_their_stop_open_sections_in_french():
    model, warnings = read(_FRENCH_SECTIONS)
    assert len(model["preamble"]["paragraphs"]) == 2
    assert model["preamble"]["paragraphs"][1]["text"].endswith("l'entretien des phares.")
    ops = model["operative"]
    assert [op["number"] for op in ops] == ["1", "2", "3", "4"]
    assert [op["headings"] for op in ops] == [["I.", "Eaux côtières"], [], ["II.", "Gardiens de phare"], []]
    assert ops[1]["text"].endswith("de leurs eaux côtières.")
    assert warnings == []


# Near misses, flat PDF text: "II." inside a sentence (after "section", no stop: the sentence goes on), "II." after a
# full stop but out of sequence (the last label alone read was that "II."), a list's labels "I." after a colon and
# "II." after a semicolon (the items of a paragraph's list: read on as before, the second told).
_NEAR_MISSES = """United Nations A/RES/91/29
General Assembly Distr.: General
9 December 2036
Ninety-first session
Agenda item 45
Resolution adopted by the General Assembly on 7 December 2036
91/29. Lighthouses and coastal waters
The General Assembly,
Recalling its resolution 90/12 on lighthouses and coastal waters and its earlier
resolutions on the safety of navigation along the coasts of the world,
1. Takes note of the report of the Secretary-General on the keeping of the lights
along the coasts of the world, and of the recommendations in its section
II.
on the keeping of lighthouses, and of the recommendations in its annex, which
the Secretary-General submitted to the Assembly at its ninetieth session.
II.
2. Calls upon States to protect their coastal waters from the light pollution of
the harbours and of the ships that anchor in them by night;
3. Decides that the lights along the coasts shall be kept in the following two
categories, each under its own rules of upkeep and inspection:
I.
Lighthouses of the coast, standing on the land and kept by their keepers;
II.
Beacons of the harbours, standing in the water and kept by the harbours;
4. Decides to remain seized of the matter.
45th plenary meeting
7 December 2036
"""


def test_labels_inside_a_sentence_out_of_sequence_or_after_a_clause_read_as_before():
    model, warnings = read(_NEAR_MISSES)
    ops = model["operative"]
    assert [op["number"] for op in ops] == ["1", "2", "3", "4"]
    assert all(op["headings"] == [] for op in ops)
    assert "in its section II. on the keeping of lighthouses" in ops[0]["text"]
    assert ops[0]["text"].endswith("at its ninetieth session. II.")
    assert ops[2]["text"].endswith("inspection: I. Lighthouses of the coast, standing on the land and kept by "
                                   "their keepers; II. Beacons of the harbours, standing in the water and kept by "
                                   "the harbours;")
    # (only the label in sequence after the semicolon is told: the one after the colon is a list's first)
    assert warnings == ["text-boundary-guessed"]


def test_first_label_after_a_comma_is_not_a_section():
    text = _FRENCH_SECTIONS.replace("l'entretien\ndes phares.", "l'entretien\ndes phares,")
    model, warnings = read(text)
    # (as main reads it: "I." a block of its own; the rule does not take it, and "II." after its full stop is the
    # next in sequence after it)
    assert [p["text"] for p in model["preamble"]["paragraphs"]][1:] == [
        "Prenant note avec satisfaction du rapport du Secrétaire général sur l'entretien des phares,", "I."]
    assert [op["headings"] for op in model["operative"]] == [["Eaux côtières"], [], ["II.", "Gardiens de phare"], []]
    assert warnings == []  # (the first label after a comma: nothing in sequence, not told)


_LOST_NOTE = """United Nations
A/RES/91/40
General Assembly
Distr.: General 15 December 2036
Ninety-first session Agenda item 52 Lights of small harbours
Resolution adopted by the General Assembly on 12 December 2036
91/40. Lights of small harbours
The General Assembly,
Taking note of the report of the Committee on Harbours and Lights, 1
Taking note also of the report of the Secretary-General on the lights of small harbours, 2
1. Urges all coastal States, in cooperation with the harbour authorities concerned:
(a) To keep the lights of their small harbours burning through the winter months;
(b) To assist the harbour authorities of developing countries, in particular through:
(i)
The training of the keepers of the lights of small harbours;
(ii)
The repair of the lamps and lenses damaged by the winter storms;
1 Official Records of the General Assembly, Ninety-first Session, Supplement No. 21 (A/91/21).
2 .
(iii)
The upkeep of the radio beacons that guide the fishing boats into the harbours;
(c) To report to the Committee on the state of the lights of their small harbours;
2. Decides to remain seized of the matter.
52nd plenary meeting 12 December 2036
"""


def test_lost_note_over_an_item_out_of_sequence_stays_in_the_text():
    # (the list above the notes stands at "(ii)": "(iv)" is no next item, and "2 ." is read as before)
    model, _ = read(_LOST_NOTE.replace("(iii)\n", "(iv)\n"))
    assert [n["marker"] for n in model["footnotes"]] == ["1"]
    assert model["operative"][0]["subparagraphs"][1]["subparagraphs"][1]["text"].endswith("storms; 2 .")


def test_lost_note_with_a_blank_line_under_it_stays_in_the_text():
    model, _ = read(_LOST_NOTE.replace("2 .\n", "2 .\n\n"))
    assert [n["marker"] for n in model["footnotes"]] == ["1"]


def test_lost_note_over_the_next_note_is_still_a_note():
    # (a real "2 ." note, under it the next note: note-text-lost as before, the list above untouched)
    text = _LOST_NOTE.replace("2 .\n(iii)\n", "2 .\n3 Resolution 70/1.\n(iii)\n").replace(
        "small harbours, 2\n", "small harbours, 2\nRecalling its resolution 70/1, 3\n")
    model, _ = read(text)
    assert [(n["marker"], n["text"]) for n in model["footnotes"]][1:] == [("2", "."), ("3", "Resolution 70/1.")]
