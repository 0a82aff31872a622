"""Notes gathered after the closing, their marks set apart in the body, and a page that cut a paragraph before a
number that opens the next page's first line ("… and proposal" / page furniture / "2 (to repair …"): the number
was first read as a note at the page's foot, then put back in the running text (stray-note-back-to-text). Issue 22,
draw s14 (a Russian text of the General Assembly, pdf).

- endnote-referred-again looks for a note's mark again only up to the next note's first mark — also where the
  flow stage, not the endnote stage, placed that mark (the last note read as a page's foot note): before, the last
  note the endnote stage placed was looked for down to the text's end, and "proposal 2 (" lost its number.
- note-tail-ends-paragraph gives the lines a note had run on over back to the running text with the blank line
  each had above it: before, each got the blank line that stood before the paragraph number ending the note, and
  blank-line-opens opened a paragraph (a heading, where the line opened with a capital) at every one of them.
"""

from __future__ import annotations

from unres.langs import lang
from unres.text.footnotes import flow
from unres.text.parse import parse_text
from unres.text.pipeline import run_until
from unres.text.state import Doc

TEXT = """                                                                  A/RES/91/52

General Assembly                                         Distr.: General
                                                          5 January 2037

Ninety-first session
Agenda item 140

           Resolution adopted by the General Assembly on 30 December 2036

           91/52. Coastal lights service

 The General Assembly,

 Recalling its resolution 90/45 of 16 April 2036,

 Having considered the report of the Secretary-General 1 and the related report of the
Advisory Committee on Lighthouse Questions 2 , as well as the letter of the President of the
General Assembly of 4 November 2036 to the Chair of the Fifth Committee 3 ,

 1. Takes note of the report of the Secretary-General;

 2. Takes note of proposal 1 (to light the outer harbours at dusk during the winter
months when the keepers report fog on the approaches to the ports) and proposal

Distr. GENERAL 5 January 2037
36-60247 (E)    151136
*3660247*
A/RES/91/52
Page 2

2 (to repair the lamps of the northern coast before the storms begin), contained in the
Secretary-General's report, and requests the keepers and invites the other
United Nations harbour services to apply them where appropriate;

 3. Requests the Secretary-General to complete the survey of the coastal lights by
31 December 2037.

56th (resumed) plenary meeting
30 December 2036
1 A/91/222.
2 A/91/531.
3 A/C.5/91/16.
"""


def test_a_number_after_the_page_cut_is_no_mark_again():
    res = parse_text(TEXT, "en").resolution
    assert [[r.marker for r in p.footnote_refs] for p in res.preamble.paragraphs] == [[], ["1", "2", "3"]]
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].footnote_refs == ()
    assert "and proposal 2 (to repair the lamps" in res.operative[1].text
    assert res.operative[1].text.endswith("invites the other United Nations harbour services to apply them where "
                                          "appropriate;")


def test_lines_given_back_by_a_note_keep_their_own_blank_lines():
    doc = run_until(Doc(lang("en"), TEXT, []), flow)
    given_back = {ln.number: ln for ln in doc.lines if 32 <= ln.number <= 36}
    assert [n for n in given_back] == [33, 34, 36]
    assert not given_back[34].gap_before  # (no blank line above it)
    assert given_back[36].gap_before  # (the paragraph number's own)
