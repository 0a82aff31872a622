"""Round 37 (issue 22, draw s26's decidable failures): what the table changes of this round read, each shown on a
text written for it."""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

# A mark set apart at a line's start after a clause's comma ("behaviours," / "3 submitted"), while a body's number
# stands set apart before a comma further down the same page ("subsidiary body 3, on"): "body" counts the number
# after it (en.json endnotes.not_after), so the number is the text's own and the mark is the one at the line's start.
BODY_COUNTS = """United Nations A/RES/98/41
General Assembly Distr.: General
9 December 2043
Resolution adopted by the General Assembly on 7 December 2043
98/41. Safety of coastal lights
The General Assembly,
      Recalling its resolution 97/36 of 6 December 2042 on the safety of coastal lights,
      Taking note of the report of the Secretary-General on the norms of responsible keeping of lights,
3 submitted pursuant to resolution 97/36, and his recommendations,
      Welcoming the work in 2042 and 2043 at the Conference on Coastal Lights
under subsidiary body 3, on the prevention of the extinguishing of lights,
      1. Decides to remain seized of the matter.
50th plenary meeting
7 December 2043
────────────────
3 A/97/77.
43-00010 2/3
"""


def test_a_number_after_body_is_counted_and_the_mark_is_at_the_line_start():
    text, warnings = decode(BODY_COUNTS.encode())
    model = to_dict(result(read(lang("en"), text, warnings)))
    pre = model["preamble"]["paragraphs"]
    assert pre[1]["text"] == ("Taking note of the report of the Secretary-General on the norms of responsible keeping "
                              "of lights, submitted pursuant to resolution 97/36, and his recommendations,")
    assert [r["marker"] for r in pre[1]["footnote_refs"]] == ["3"]
    assert pre[2]["text"] == ("Welcoming the work in 2042 and 2043 at the Conference on Coastal Lights under "
                              "subsidiary body 3, on the prevention of the extinguishing of lights,")
    assert pre[2]["footnote_refs"] == []
    assert [w.code for w in warnings] == []
