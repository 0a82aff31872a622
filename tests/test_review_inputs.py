"""Inputs a review of the layout rules made up to break them (rounds twenty-one and twenty-two): each read as it should.

Each file in tests/fixtures/review/ is a short made-up resolution whose layout led a new rule astray before its
guard: a mark before a word that looks like a month, a page's number taken for a note's marker, a note of one full
line over the next page, a number and a date inside the body read as the closing, an inline list in justified
text whose line the extractor did not widen, a paragraph opening with a head after a page's notes."""

from __future__ import annotations

from pathlib import Path

from unres.text.parse import parse_text

REVIEW = Path(__file__).parent / "fixtures" / "review"


def read(name: str):
    return parse_text((REVIEW / f"{name}.txt").read_text(encoding="utf-8"))


def refs(p) -> list[str]:
    return [r.marker for r in p.footnote_refs]


def test_a_mark_before_a_word_that_looks_like_a_month_stays_a_mark():
    # date-over-break: "… Beacons 2" / "may wish …" opens no date — the whole date, its year too, must follow.
    parsed = read("mark-before-may")
    op = parsed.resolution.operative[0]
    assert refs(op) == ["2"]
    assert "Beacons may wish" in op.text
    assert "footnote-unreferenced" not in [w.code for w in parsed.warnings]


def test_a_page_number_under_a_note_is_no_second_marker():
    # marker-again-below: the lone "1" over the note's text is the note's marker, the "1" at the page's foot its
    # number — with a page break after it or without one (the next page's paragraph under it).
    for name in ("page-number-below-note", "page-number-before-break"):
        res = read(name).resolution
        texts = [p.text for p in res.preamble.paragraphs]
        assert len(texts) == 4, name
        assert texts[3].startswith("Noting that the keepers"), name
        assert refs(res.preamble.paragraphs[1]) == ["1"], name
        assert [n.text for n in res.footnotes] == ["Report of the Association of Beacon Keepers 2035 (ABK/2035/4)."]


def test_a_note_of_one_full_line_does_not_take_the_next_page():
    # note-line-filled / note-sentence-at-foot: a line that opens the next page goes on with its running text.
    res = read("full-note-before-page").resolution
    assert res.preamble.paragraphs[-1].text.endswith("to the service of seafarers in every season,")
    assert res.footnotes[0].text.endswith("(A/90/53).")


def test_a_number_and_a_date_inside_the_body_are_no_closing():
    # meeting-before-joined-date: running text follows the line, so it is no closing's meeting and date.
    res = read("number-and-date-in-body").resolution
    assert [o.number for o in res.operative] == ["1", "2"]
    assert res.preamble.paragraphs[0].text.endswith("y las decisiones que contiene,")
    assert res.operative[1].text == "Pide al Secretario General que le presente un informe."


def test_an_inline_list_is_not_cut_where_a_line_was_not_widened():
    # unspread-before-number stands back before an item of a list printed inline (inline-enumeration).
    op = read("inline-list-unwidened").resolution.operative[1]
    assert not op.subparagraphs
    assert "(b) the work of the regional commissions;" in op.text


def test_a_paragraph_after_a_pages_notes_opening_with_a_head_stands_alone():
    # comma-over-notes reads on a line with no known head; "Remembering" is one (the en table's first_words).
    texts = [p.text for p in read("unknown-head-after-notes").resolution.preamble.paragraphs]
    assert len(texts) == 4
    assert texts[2].startswith("Remembering the keepers")


def test_arabic_marks_in_brackets_stay_marks():
    # bracketed-number-not-mark (round twenty-two): the Arabic texts print their marks in brackets, the digits the
    # mark and the brackets the text's (scripts.json marks.bracketed) — after a word, a year or a chapter's number
    # ("21(3)") the digits are the mark, not a number's bracketed part; the notes are all referenced.
    parsed = read("arabic-marks-in-brackets")
    para = parsed.resolution.preamble.paragraphs[0]
    assert refs(para) == ["1", "2", "3"]
    assert "المنارات() المعقود في عام 2029()، وإلى الفصل 21() من" in para.text
    assert "footnote-unreferenced" not in [w.code for w in parsed.warnings]
