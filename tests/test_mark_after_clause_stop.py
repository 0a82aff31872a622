"""mark-after-stop-at-break (converter/text/marks.py `after_word_stop`), widened: digits glued after a word's
semicolon or colon at a line's end — in a script that sets a space after them — are a mark even where the next line
opens with a number ("… Harbours;1" / "85th plenary meeting"): no number goes on right after a Latin semicolon. A
short text's only paragraph, its note's marker alone on a line under the rule, kept its mark as text."""

from __future__ import annotations

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.pipeline import read, result

TEXT = """United Nations                        A/RES/77/998
General Assembly                        Distr.: General
15 December 2022
Seventy-seventh session
Agenda item 51
Resolution adopted by the General Assembly on 12 December 2022
77/998. Lights of small harbours
The General Assembly,
    1. Welcomes the report of the Special Committee on Small
Harbours{stop}1
85th plenary meeting
12 December 2022
__________________
1
Official Records of the General Assembly, Seventy-seventh Session,
Supplement No. 21 (A/77/21).

22-36510 1/1
"""


@pytest.mark.parametrize("stop", [";", ":", "."])
def test_a_mark_glued_after_a_clause_stop_over_a_meeting_number(stop: str) -> None:
    doc = read(lang("en"), TEXT.format(stop=stop), [], trace=True)
    model = to_dict(result(doc))
    (paragraph,) = model["operative"]
    assert paragraph["text"] == f"Welcomes the report of the Special Committee on Small Harbours{stop}"
    assert paragraph["footnote_refs"] == [{"marker": "1", "offset": len(paragraph["text"])}]
    assert ("mark-after-stop-at-break", 10) in (doc.trace or [])


def test_digits_glued_after_an_ideographic_semicolon_may_still_begin_a_cut_number() -> None:
    # (a text of ideographs breaks anywhere: "；1" + "998年" is a year the wrap cut, no mark)
    from unres.text.marks import after_word_stop

    assert not after_word_stop("会议；1", 3)
    assert after_word_stop("Harbours;1", 9)
