"""Round 44, left-44: classes of layout noticed in earlier reviews, on texts written for them."""

from __future__ import annotations

from unres.model import to_dict
from unres.text.parse import parse_text

# 1. date-at-break-mark-told: a number set apart after a word before a day that ends the line (the date's month and
# year on the next) is taken as the note's mark, and the guess is told: it may be the text's number.
DATE_AT_BREAK = """United Nations A/RES/97/21
General Assembly Distr.: General
14 December 2042
Resolution adopted by the General Assembly on 12 December 2042
97/21. Keepers of harbour lamps
The General Assembly,
 Recalling the Code for Harbour Lamps, 1 and its review by the parties,
 Taking note of the workshop of lamp keepers held in Lagos 2 4
March 2041, and of its conclusions,
 1. Decides to remain seized of the matter.
51st plenary meeting
12 December 2042
__________________
1 United Nations, Treaty Series, vol. 3500, No. 57200.
2 A/97/130.
"""


def _read(text: str, code: str = "en"):
    res = parse_text(text, code)
    return to_dict(res.resolution), res.warnings


def test_a_mark_after_a_word_before_a_date_cut_at_its_day_is_told():
    model, warnings = _read(DATE_AT_BREAK)
    second = model["preamble"]["paragraphs"][1]
    assert second["text"] == ("Taking note of the workshop of lamp keepers held in Lagos 4 March 2041, "
                              "and of its conclusions,")
    assert [r["marker"] for r in second["footnote_refs"]] == ["2"]
    told = [w for w in warnings if w.code == "text-note-mark-guessed"]
    assert len(told) == 1 and told[0].line == 8 and "'4 March 2041," in told[0].message
    # After a clause's comma no number of the text stands so: the mark is taken and nothing is told.
    text = DATE_AT_BREAK.replace("held in Lagos 2 4", "held in Lagos, 2 4")
    model, warnings = _read(text)
    second = model["preamble"]["paragraphs"][1]
    assert [r["marker"] for r in second["footnote_refs"]] == ["2"]
    assert [w for w in warnings if w.code == "text-note-mark-guessed"] == []
