"""mark-between-neighbours (marks.MarkSearch.between) on lines built by hand: a note's mark sought again between the
marks of the notes around it once the text is read."""

from __future__ import annotations

from unres.langs import lang
from unres.text.marks import MarkSearch
from unres.text.state import Doc, Line


def _search(code: str, *texts: str) -> MarkSearch:
    doc = Doc(lang(code), "", [])
    doc.lines = [Line(t, k + 1) for k, t in enumerate(texts)]
    return MarkSearch(doc, [0])


def test_one_place_found_by_two_rules_is_one_place():
    # A mark set apart before a comma set apart too ("phares 1 ,", as block extractions keep it) is found by two
    # rules, one span with the space before the digits and one without: one place all the same, taken. (Counted
    # as two, the stretch held "more than one place" and the mark stayed in the text, its note unreferenced.)
    search = _search("fr", "L’Assemblée générale,",
                     "Rappelant ses résolutions antérieures concernant la Convention sur les phares 1 ,",
                     "Réaffirmant la Déclaration sur les phares,")
    line = search.doc.lines[1].view
    spot = search.between("1", (0, 0), (2, len(search.doc.lines[2].view)))
    assert spot is not None and spot[0] == 1 and line[spot[1]:spot[2]].strip() == "1"


def test_digits_after_a_capital_are_not_taken_over_the_other_places():
    # glued-word-between-neighbours takes the one place glued to a word's last letter only after a small letter (or
    # a letter of a script without case): "CO2", "G77" hold their own digits. Here the text lost its mark "2"; the
    # places left are "CO2" and the last digit of "90/292": neither is taken, and the note is reported unreferenced.
    search = _search("en", "The General Assembly,",
                     "Welcoming the declaration adopted in its resolution 90/292 of 21 July 2035,",
                     "Noting that the CO2 released by the cleaning of the coast is not yet measured,",
                     "Requests the Secretary-General to report on the Conference on Coasts3;")
    assert search.between("2", (0, 0), (3, len(search.doc.lines[3].view))) is None
