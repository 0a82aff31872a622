"""Star notes (round 35, issue 22): the note of a quoted text's "*" — a statute's article, amended in an operative
paragraph, whose item carries a star and whose note the print sets under the quoted text — as text-box extractions
and PDF text give it. The star mark set apart from its word (mark-apart-loose, mark-apart-at-line-edge, widened to a
star) and the star note's marker alone on its line over its text (marker-alone, widened to a star). Made-up texts
(lighthouses), read back."""

from __future__ import annotations

import re

import pytest

from unres.text.parse import parse_text

# A text-box extraction: one block to a line, a note's marker and its text two blocks, the page's notes after its
# text; the quoted article's item (b) carries the star.
BLOCKS = """United Nations S/RES/9981 (2031)
Security Council Distr.: General
3 March 2031
Resolution 9981 (2031)
Adopted by the Security Council at its 9981st meeting, on 3 March 2031
The Security Council,
Recalling its resolution 9970 (2031)1 on the lighthouses of the northern coasts,
1. Decides to amend article 4 of the rules of the lighthouse service as follows:
The Service shall keep:
(a) The lamps of every lighthouse of the coast;
(b) The allowances of the keepers which are fixed by the Council *;
(c) The logbooks of the keepers.
1
S/RES/9970 (2031).
*
Fuel, travel and winter allowances of the keepers of the outer islands.
2. Requests the Secretary-General to report every ninety days;
3. Decides to remain seized of the matter.
"""
NOTE = "Fuel, travel and winter allowances of the keepers of the outer islands."
ITEM = "The allowances of the keepers which are fixed by the Council;"


def _read(text: str):
    parsed = parse_text(text, None)
    return parsed.resolution, [w.code for w in parsed.warnings]


def _star_item(res):
    return next(s for p in res.operative for s in p.subparagraphs if s.label == "(b)")


def _unspaced(text: str) -> str:
    """A text without the spaces before its punctuation, which a mark set apart leaves (the comparison of issue 22
    folds them: "spacing")."""
    return re.sub(r"\s+(?=[;,.])", "", text)


@pytest.mark.parametrize("item", [
    "(b) The allowances of the keepers which are fixed by the Council *;",  # set apart, glued to its punctuation
    "(b) The allowances of the keepers which are fixed by the Council * ;",  # set apart on both sides
    "(b) The allowances of the keepers which are fixed by the Council; *",  # after the punctuation, at the line's end
])
def test_a_star_marker_alone_over_its_text_is_the_note_of_a_star_set_apart(item: str) -> None:
    # marker-alone (the star too) and mark-apart-loose (a star set apart): the note is a note, its mark taken out of
    # the item, and the paragraphs after the note are the text's.
    res, warnings = _read(BLOCKS.replace("(b) The allowances of the keepers which are fixed by the Council *;", item))
    assert [(n.marker, n.text) for n in res.footnotes] == [("1", "S/RES/9970 (2031)."), ("*", NOTE)]
    assert _unspaced(_star_item(res).text) == ITEM
    assert [r.marker for r in _star_item(res).footnote_refs] == ["*"]
    assert [p.number for p in res.operative] == ["1", None, "2", "3"]
    assert warnings == []


def test_a_star_glued_to_its_word_over_a_lone_star_marker() -> None:
    # marker-alone (the star too): the mark glued, as PDF text gives it, the note's marker alone over its text.
    res, warnings = _read(BLOCKS.replace("Council *;", "Council*;"))
    assert [(n.marker, n.text) for n in res.footnotes] == [("1", "S/RES/9970 (2031)."), ("*", NOTE)]
    assert _unspaced(_star_item(res).text) == ITEM
    assert warnings == []


# PDF text: a page's notes at its foot under a rule, the page's furniture after them; the wrap put the star set
# apart, and its semicolon, first on a line.
PAGED = """United Nations S/RES/9981 (2031)
Security Council Distr.: General
3 March 2031
Resolution 9981 (2031)
Adopted by the Security Council at its 9981st meeting, on 3 March 2031

      The Security Council,

      Recalling its resolution 9970 (2031) 1 on the lighthouses of the northern coasts,

      1. Decides to amend article 4 of the rules of the lighthouse service as follows:

      The Service shall keep:

      (a) The lamps of every lighthouse of the coast;

      (b) The allowances of the keepers of the outer islands which are fixed by the Security
* ;

      (c) The logbooks of the keepers.

      2. Requests the Secretary-General to report every ninety days;

__________________
1
S/RES/9970 (2031).
*
Fuel, travel and winter allowances of the keepers of the outer islands.

31-00981 (E)
\f
      3. Decides to remain seized of the matter.
"""


def test_a_star_set_apart_first_on_its_line_before_its_punctuation_is_the_mark() -> None:
    # mark-apart-at-line-edge (a star too): "* ;" opening a line is the star set apart that the wrap put there.
    res, warnings = _read(PAGED)
    assert [(n.marker, n.text) for n in res.footnotes] == [("1", "S/RES/9970 (2031)."), ("*", NOTE)]
    assert _unspaced(_star_item(res).text) == ("The allowances of the keepers of the outer islands which are fixed by "
                                               "the Security;")
    assert [p.number for p in res.operative] == ["1", None, "2", "3"]
    assert warnings == []

