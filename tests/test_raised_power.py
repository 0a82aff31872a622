"""A unit's power printed raised ("40 km²", "300 м³") is never a note's mark — neither for mark-raised (the flow) nor
for endnote-mark-raised, which takes a raised digit as a note's first mark only (review, round thirty-one: "km²"
became "km" and a second reference to note 2, silently — the account then counted raised digits as plain ones)."""

from __future__ import annotations

from unres.model import to_dict
from unres.text.parse import parse_text

HEAD = """United Nations A/RES/99/531
General Assembly Distr.: General
30 March 2045
Ninety-ninth session
Agenda item 71
Resolution adopted by the General Assembly on 29 March 2045
99/531. Lighthouses and the warming sea
The General Assembly,

"""
# (a line of the body opening with "2 °C" the flow takes for note 2 and puts back: the notes after the closing are
# then the endnotes stage's, whose endnote-mark-raised reads raised marks)
TAIL = """
Noting with concern that the sea around the outer islands has warmed well beyond
2 °C above the levels of the last century, and that storms have
grown, as the keepers have said,

1. Invites the island States to keep their lighthouses lit over the {area} of
sea around each island;

2. Decides to remain seized of the matter.

64th plenary meeting
29 March 2045

1 See Official Records of the Council of Keepers, Supplement No. 3
(K/44/3), chap. II.
2 See K/43/2, chap. IV.
"""


def _read(preamble: str, area: str) -> dict:
    parsed = parse_text(HEAD + preamble + TAIL.format(area=area), "en")
    assert [w.code for w in parsed.warnings] == []
    return to_dict(parsed.resolution)


def test_a_units_power_after_the_marks_is_the_texts_own():
    model = _read("Recalling the resolution of the Council of Keepers of 3 July 2044,¹ and\n"
                  "the report of the keepers' conference of 9 October 2043,² as well as\nthe need for safe passage,\n",
                  "40 km²")
    assert "over the 40 km² of sea" in model["operative"][0]["text"]
    assert [r["marker"] for r in model["preamble"]["paragraphs"][0]["footnote_refs"]] == ["1", "2"]
    assert not model["operative"][0]["footnote_refs"]


def test_a_units_power_before_the_next_mark_is_the_texts_own():
    model = _read("Recalling the resolution of the Council of Keepers of 3 July 2044,¹ on the\n"
                  "40 km² of sea it guards, and the report of the keepers' conference of 9 October 2043,² as well\n"
                  "as the need for safe passage,\n", "40 km")
    text = model["preamble"]["paragraphs"][0]["text"]
    assert "the 40 km² of sea" in text
    refs = model["preamble"]["paragraphs"][0]["footnote_refs"]
    assert [r["marker"] for r in refs] == ["1", "2"]
    assert text[:refs[1]["offset"]].endswith("9 October 2043,")
