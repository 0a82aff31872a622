"""Round 33, s18's weakest pdf cells: readings that main (22fbdad) got wrong, by classes of layout."""

from __future__ import annotations

from pathlib import Path

import unres

HERE = Path(__file__).resolve().parent
LAYOUT = HERE / "fixtures" / "layout"


def _read(path: Path):
    return unres.parse_text(path.read_bytes())


def test_a_listed_day_cut_from_its_shared_counter_is_no_mark():
    """listed-counter-cut-by-break: "4月1日和2" / "日在开罗" is the list's second day, and note 2's mark stands further
    on ("说明2和")."""
    res = _read(LAYOUT / "listed-counter-cut-by-break.txt")
    para = res.preamble.paragraphs[1]
    assert "4月1日和2日在开罗" in para.text.replace(" ", "")
    assert [(r.marker, para.text[:r.offset][-3:]) for r in para.footnote_refs] == [("2", "家组的说明"[-3:])]


def test_a_page_line_next_in_sequence_is_a_running_head():
    """page-line-in-sequence: "Page 3", with no page foot above it, follows the head "Page 2": it is page 3's head,
    not text of the paragraph the page break cut."""
    res = _read(LAYOUT / "page-line-in-sequence.txt")
    assert [p.number for p in res.operative] == ["1", "2", "3", "4"]
    assert "Page 3" not in res.operative[2].text and res.operative[2].text.endswith("the coming season will need;")


def test_a_line_that_opens_with_a_quantity_is_no_note():
    """no-note-of-unit-sign: "1 % del total de las cuotas" at the start of a line above the page's notes goes on with
    paragraph 1; note 1 is the indented " 1 A/95/700." under the blank line."""
    res = _read(LAYOUT / "no-note-of-unit-sign.txt")
    assert "alrededor del 1 % del total de las cuotas, y observa" in res.operative[0].text
    assert [n.text for n in res.footnotes] == ["A/95/700.", "A/95/701."]


def test_a_flush_note_wrapped_after_a_counter_s_stop_keeps_the_block_at_the_foot():
    """flat-note-after-counter: "…, chap." / "II, sect. B (…)." goes on with its note; the block of 22 notes reaches
    the page's foot, and notes 1 and 2 find their marks set apart after the years of the first paragraph."""
    res = _read(LAYOUT / "flat-note-after-counter.txt")
    first = res.preamble.paragraphs[0]
    assert [r.marker for r in first.footnote_refs] == ["1", "2"] and "Official Records" not in first.text
    assert len(res.footnotes) == 22 and res.footnotes[0].text.endswith("chap. II, sect. B (E/2001/27).")


def test_a_mark_before_a_listed_symbol_at_a_line_s_start_is_taken():
    """listed-symbol-at-line-start: "… the winter season," / "3 2/21 of 27 May 2033" — the 3 is note 3's mark, set
    apart, which the wrap put first on the line; the notes gathered after the closing are all referenced."""
    res = _read(LAYOUT / "listed-symbol-at-line-start.txt")
    para = res.preamble.paragraphs[1]
    assert "season, 2/21 of 27 May" in para.text
    assert [r.marker for r in para.footnote_refs] == ["3", "4", "5"]


def test_a_resolution_number_before_its_year_on_the_next_line_is_no_mark():
    """symbol-year-after-break: "resolutions 232" / "(1966)" keeps its number whole; note 2's mark is the one set apart
    before the comma, "to it 2,"."""
    res = _read(LAYOUT / "symbol-year-after-break.txt")
    assert "resolutions 232 (1966), 237" in res.operative[0].text and res.operative[0].footnote_refs == ()
    assert [r.marker for r in res.preamble.paragraphs[0].footnote_refs] == ["1", "2"]


def test_a_note_wrapped_before_a_year_range_goes_on_over_it():
    """year-range-not-paragraph: "… 1 آب/أغسطس" / "2038 - 31 تموز/يوليه 2039 (S/INF/99)." — the year and its dash are
    no paragraph number: the line is the note's, not paragraph 2's."""
    res = _read(LAYOUT / "year-range-not-paragraph.txt")
    assert res.operative[1].text.endswith("في المضائق؛")
    assert res.footnotes[1].text.endswith("2038 - 31 تموز/يوليه 2039 (S/INF/99).")


def test_a_head_between_two_items_of_one_list_goes_on_with_the_item():
    """head-inside-list: "(二) …可持续性，" / "鼓励建立…；" / "(三) …" — the line with the head "鼓励" is item (二)'s
    rest, not an unnumbered paragraph that would take items (三) and (b)."""
    res = _read(LAYOUT / "head-inside-list.txt")
    assert len(res.operative) == 1
    items = res.operative[0].subparagraphs[0].subparagraphs
    assert [s.label for s in items] == ["(一)", "(二)", "(三)"] and "鼓励建立回收" in items[1].text
