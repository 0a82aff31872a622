"""Round 32, s16's weakest cells: readings that main (0313d97) got wrong, by classes of layout."""

from __future__ import annotations

from pathlib import Path

import unres

HERE = Path(__file__).resolve().parent


def _read(path: Path):
    return unres.parse_text(path.read_bytes())


def test_a_decimal_cut_after_its_point_is_no_mark():
    """decimal-cut-by-break: "支出达1." / "4亿美元" is 1.4, and note 1's mark stands further on ("公约》1 的")."""
    res = _read(HERE / "fixtures" / "layout" / "decimal-cut-by-break.txt")
    cut, cited = res.preamble.paragraphs[2], res.preamble.paragraphs[3]
    assert "达1.4亿美元" in cut.text and cut.footnote_refs == ()
    assert [r.marker for r in cited.footnote_refs] == ["1"] and "公约》的" in cited.text


def test_a_counting_word_in_the_dative_counts_its_number():
    """ru table: "по разделу 1 «Общие вопросы»" (by section 1) is a section's number, never note 1's mark, which
    stands set apart at the line's start before the clause's punctuation ("… 2035 года" / "1 ;")."""
    res = _read(HERE / "fixtures" / "s16_32" / "ru_dative_counter.txt")
    first, second = res.operative[0], res.operative[1]
    assert [r.marker for r in first.footnote_refs] == ["1"] and " 1 ;" not in first.text
    assert second.footnote_refs == () and "разделу 1 «Общие вопросы»" in second.text


def test_a_paragraph_number_glued_after_the_paragraph_end_is_no_mark():
    """paragraph-number-after-end: "…培训；2. 请…" in a line that runs paragraphs together is paragraph 2's number; note
    2, gathered after the closing, has its mark further on ("审议；2 4.")."""
    res = _read(HERE / "fixtures" / "layout" / "paragraph-number-after-end.txt")
    text = res.operative[0].text
    assert "；2.又鼓励" in text.replace(" ", "")
    # (each mark where the line prints it: note 1 after the report's comma, note 2 after the last clause's semicolon)
    marks = [(r.marker, text[:r.offset][-3:]) for r in res.operative[0].footnote_refs]
    assert marks == [("1", "报告，"), ("2", "审议；")]


def test_a_number_glued_to_a_letter_is_no_earlier_note_s_mark():
    """glued-run-is-marker: "room S12" on page 2 is no mark 2 glued to a number; the source printed mark 2 inside a
    word on page 1 ("t2he"), which mark-between-letters then reads."""
    res = _read(HERE / "fixtures" / "layout" / "glued-run-is-marker.txt")
    first, later = res.preamble.paragraphs[0], res.preamble.paragraphs[3]
    assert [r.marker for r in first.footnote_refs] == ["1", "2"] and " the Charter" in first.text
    assert "room S12 of" in later.text and [r.marker for r in later.footnote_refs] == ["3"]


def test_a_part_title_at_a_page_foot_ends_before_the_next_page_head():
    """part-title-before-page-head: part B's title, nearly as wide as the text, ends at the page's foot; the next
    page's first line opens the part's first preambular paragraph with its head."""
    res = _read(HERE / "fixtures" / "layout" / "part-title-before-page-head.txt")
    b = res.parts[1]
    assert b.title is not None and b.title.endswith("منارات القوافل")
    assert len(b.preamble) == 1 and b.preamble[0].text.startswith("إذ يضع في اعتباره")


def test_a_title_item_under_its_label_alone_ends_before_a_heading():
    """title-item-after-label-alone: "(b)" alone on its line (the list's labels are "a)"), its text "защита персонала
    Миссии" under it, then "Прочие задачи" and paragraph 2: the title is paragraph 2's heading, not the item's rest."""
    res = _read(HERE / "fixtures" / "layout" / "title-item-after-label-alone.txt")
    assert [s.text for s in res.operative[0].subparagraphs][-1] == "защита персонала Миссии"
    assert res.operative[1].headings == ("Прочие задачи",)
