"""Inputs a review of the layout rules made up to break them (rounds twenty-one to twenty-four): each read as it should.

Each file in tests/fixtures/review/ is a short made-up resolution whose layout led a new rule astray before its
guard: a mark before a word that looks like a month, a page's number taken for a note's marker, a note of one full
line over the next page, a number and a date inside the body read as the closing, an inline list in justified
text whose line the extractor did not widen, a paragraph opening with a head after a page's notes; and of round
twenty-two: Arabic marks printed in brackets after a number, marks kept on a line where a marker is put back, a
page's number in double-spaced text, a finished note over a page break in double-spaced text, a Chinese title that
ends like a cut clause, a Russian adverb before a verb after a page break, digits after punctuation over a number
in groups; of round twenty-four: look-alike marks before the real ones, a page that ends a Chinese paragraph
without its comma, a stage's number before a dash, a head typed in its own letters; of round twenty-five: a line
that closes a quotation before one that opens another, an opening mark carried down a Chinese grid, a lone number
over a page that is the page's own or a mark; of round twenty-six: a note cut at a page's foot above the next page's
last item or annex paragraph (its title quoted by a paragraph is in tests/test_running_heads.py)."""

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


def test_markers_put_back_move_the_marks_kept_after_them():
    # endnotes-from-foot-block's unmark (round twenty-two): a marker put back set apart takes its space along, so a
    # mark kept later on the line moves by both; in a script without spaces no space is put back.
    from unres.text.endnotes import unmark
    from unres.text.marked import Mark
    from unres.text.state import Line

    text = "Recalling the Agreement and the Protocol, and"
    line = Line(text, 7, marks=(Mark(23, "4"), Mark(40, "b")))
    unmark([line], {"4"})
    assert line.text == "Recalling the Agreement 4 and the Protocol, and"
    assert [(m.at, m.marker) for m in line.marks] == [(42, "b")]
    assert line.text[:42].endswith("Protocol")
    han = Line("回顾决议和公约，", 3, marks=(Mark(4, "4"), Mark(7, "5")))
    unmark([han], {"4"}, spaced=False)
    assert han.text == "回顾决议4和公约，"
    assert [(m.at, m.marker) for m in han.marks] == [(8, "5")]


def test_a_page_number_in_double_spaced_text_is_no_mark():
    # mark-alone-double-spaced (round twenty-two): a lone number one blank line under the running text and one over
    # the page's running head is the page's number, not a mark put back at the end of the line above.
    res = read("page-number-double-spaced").resolution
    paras = res.preamble.paragraphs
    assert paras[3].text.endswith("and of the islands of the south,")
    assert refs(paras[3]) == []
    assert refs(paras[4]) == ["1"]


def test_a_finished_note_in_double_spaced_text_ends_at_the_page_break():
    # note-open-over-double-spacing (round twenty-two): the blank lines of double spacing hold a note open on its
    # page only; the next page's indented lines are running text, its numbered paragraph an operative paragraph.
    res = read("note-over-page-double-spaced").resolution
    assert res.footnotes[0].text.endswith("See also A/86/116, A/86/116/Add.1 and A/88/172.")
    assert res.preamble.paragraphs[-1].text == "Recalling further its resolution 80/1 on the lights,"
    assert [o.number for o in res.operative] == ["1"]


def test_a_title_ending_like_a_function_word_is_no_cut_paragraph():
    # cut-ending-continues (round twenty-two): "公众参与" ends with 与 but holds no clause's comma — a title, not a
    # paragraph cut after a function word; the paragraph under it is not joined to the one above.
    res = parse_text((REVIEW / "zh-title-ending-like-function-word.txt").read_text(encoding="utf-8"), "zh").resolution
    texts = [p.text for p in res.preamble.paragraphs]
    assert "认识到灯塔看守人对沿海航行安全的重要作用，" in texts
    assert not any("公众参与注意到" in t for t in texts)
    # (the cut paragraphs the rule serves still go on)
    assert any(t.endswith("并请各国提供技术援助以支持小岛屿发展中国家维护其灯塔和航标，") for t in texts)


def test_an_adverb_before_a_verb_after_a_page_break_goes_on():
    # lowercase-head-after-page (round twenty-two): "вновь подтвердила …" after "… которую Ассамблея," goes on with
    # its sentence — the adverb opens a paragraph only before a head ("вновь прибегая к …").
    res = parse_text((REVIEW / "ru-adverb-before-verb-after-page.txt").read_text(encoding="utf-8"), "ru").resolution
    texts = [p.text for p in res.preamble.paragraphs]
    assert any("которую Ассамблея, вновь подтвердила в своей резолюции 94/3" in t for t in texts)
    assert any(t.startswith("вновь прибегая к опыту") for t in texts)


def test_digits_after_punctuation_are_no_cut_number_head():
    # grouped-head-cut-by-break (round twenty-two): only digits glued to a word complete a number on the next line.
    from unres.langs import lang
    from unres.text.marks import grouped_head_cut_by_break

    zh, en = lang("zh"), lang("en")
    assert grouped_head_cut_by_break(zh, "其他收入共计1", 6, "4 109 800美元")
    assert not grouped_head_cut_by_break(zh, "决议。3", 4, "1 000名")
    assert not grouped_head_cut_by_break(en, "the Agenda, 3", 12, "12,500 people")


def test_a_mark_set_apart_before_a_french_closing_guillemet_leaves_its_space():
    # mark-apart-before-closing-quote (round twenty-three) takes a mark set apart before a closing quote with both
    # its spaces — the quote glued to its word, as English and the UN's Arabic texts print it. French sets « »
    # apart from the words they enclose (the table's spaced_quotes): there the space before "»" is the text's own.
    parsed = read("fr-mark-before-spaced-guillemet")
    first = parsed.resolution.preamble.paragraphs[0]
    assert first.text == "Rappelant le programme intitulé « Des phares pour tous » et ses objectifs,"
    assert [(r.marker, r.offset) for r in first.footnote_refs] == [("1", first.text.index(" »"))]
    assert "footnote-unreferenced" not in [w.code for w in parsed.warnings]


def test_a_labelled_heading_in_justified_text_stays_a_heading():
    # widened-line-no-heading (round twenty-three): a widened line is no heading — but the gap pdftotext sets
    # between a heading's label and its title ("A.   Lamps …") is no widening.
    res = read("labelled-heading-in-justified-text").resolution
    assert len(res.preamble.paragraphs) == 5
    ops = res.operative
    assert [o.number for o in ops] == ["1", "2", "3"]
    assert ops[0].text.endswith("at its next session;")
    assert "Towers" not in ops[0].text
    assert [h for o in ops for h in o.headings] == ["A. Lamps of the outer beacons", "B. Towers of the outer coast"]


def test_a_goal_number_gives_way_only_to_a_candidate_before_the_next_mark():
    # counted-glued-gives-way (round twenty-three): "目标3，" (Goal 3) gives way to a later candidate on the page,
    # but never to one past the next note's mark — "附件3" (annex 3) after "说明" + "4" is the text's own number.
    parsed = read("zh-goal-number-before-next-mark")
    last = parsed.resolution.preamble.paragraphs[4]
    assert last.text == "欢迎关于“加强沿海航标的进展情况”的说明，并回顾其第90/1号决议附件3，"
    assert [(r.marker, r.offset) for r in last.footnote_refs] == [("4", last.text.index("，并"))]
    assert "footnote-unreferenced" not in [w.code for w in parsed.warnings]


def test_a_circled_digit_before_a_listed_number_is_read_without_error():
    # listed-number-in-order (round twenty-three) read a number back over every digit: "①" is a digit to
    # str.isdigit but no number to int(), and the whole document was lost to a ValueError.
    res = read("circled-digit-in-list").resolution
    assert "l’objectif ①" in res.preamble.paragraphs[2].text
    assert len(res.footnotes) == 3


def test_look_alike_marks_before_the_real_ones_are_not_taken_by_their_order():
    # first-gathered-before-next (round twenty-four) compared the first note's page candidate with the next note's
    # first candidate over the whole text: "Class B1 and Class B2" on the first page, both look-alikes, took marks 1
    # and 2 there, and the real marks pages later ("Coastal Lights1", "beacons;2") stayed in the text.
    parsed = read("first-marks-after-lookalikes")
    ops = parsed.resolution.operative
    assert ops[0].text == "Welcomes the lamps of Class B1 and Class B2 in every region;"
    assert ops[0].footnote_refs == ()
    assert ops[2].text == "Notes the Convention on Coastal Lights and the report on coastal beacons;"
    assert refs(ops[2]) == ["1", "2"]
    assert refs(ops[4]) == ["3"]


def test_a_page_that_ends_a_paragraph_without_its_comma_does_not_join_the_next():
    # head-clause-cut-continues (round twenty-four): a page's notes between two lines say a page ended, not that it
    # cut a paragraph; a first half that ends with a whole clause ("…，尽快更新其灯塔登记册") is a paragraph that
    # lost its final comma, and the paragraph after the notes stands alone.
    texts = [p.text for p in read("zh-page-ends-paragraph-without-comma").resolution.preamble.paragraphs]
    assert texts[3] == "鼓励各国经与区域航海组织协商，尽快更新其灯塔登记册"
    assert texts[4] == "支持区域委员会开展灯塔看守人培训，"
    assert len(texts) == 6


def test_a_stage_number_before_a_dash_stays_the_texts():
    # mark-apart-before-dash-after-first-word (round twenty-four) took the number after a line's first word in lower
    # case for a mark; "этап 1 —" (stage 1) is a counted number of the text (the table's endnotes.not_after).
    first = read("ru-stage-number-before-dash").resolution.preamble.paragraphs[1]
    assert "охране этап 1 — всеохватной" in first.text
    assert first.footnote_refs == ()


def test_a_head_typed_in_its_own_letters_is_not_recorded_as_a_look_alike():
    # lone-lookalike-head (round twenty-four) was recorded on every head of a line with marks: the line's view, built
    # anew at each call, was never the same object as the fold's result. "с" here is Cyrillic.
    from unres.langs import lang
    from unres.text.decode import decode
    from unres.text.pipeline import read as read_doc

    text, found = decode((REVIEW / "ru-head-in-own-letters.txt").read_text(encoding="utf-8"))
    doc = read_doc(lang("ru"), text, found, trace=True)
    assert not [t for t in doc.trace if t[0] == "lone-lookalike-head"]
    paragraphs = parse_text(text).resolution.preamble.paragraphs
    assert [p.text[:10] for p in paragraphs] == ["ссылаясь н", "признавая ", "с глубокой"]
    assert refs(paragraphs[1]) == ["1"]


# Round twenty-five.


def test_a_line_closing_a_quotation_is_no_line_that_opened_one():
    # open-quote-continues counts a pair in its own direction: part B's title ends "…small harbours”" (closing the
    # quotation its first line opened), and the paragraph after opens one of its own — two blocks, not one.
    res = read("quote-closed-before-quote-opens").resolution
    assert [p.label for p in res.parts] == ["A", "B", "C"]
    assert res.parts[1].title == "Work of the Committee regarding the “Strategy for the beacons of small harbours”"
    assert res.parts[1].preamble[0].text.startswith("Bearing in mind the study entitled “Beacons of small harbours")


def test_an_opening_quote_or_bracket_carried_to_the_next_line_leaves_room_on_a_grid():
    # wide-room-on-grid: no Chinese line ends with an opening mark, so the wrap carried it down with the character
    # after it; the line above ended one ideograph short of the grid, and the paragraph goes on.
    for name, opening in (("zh-opening-quote-carried-on-grid", "“"), ("zh-opening-bracket-carried-on-grid", "《")):
        paragraphs = read(name).resolution.preamble.paragraphs
        assert len(paragraphs) == 4, name
        assert paragraphs[2].text.startswith("向所有各方强调"), name
        assert f"的规定，{opening}灯塔看守人" in paragraphs[2].text, name


def test_a_lone_number_over_a_page_is_a_mark_only_where_it_is_no_page_number_and_the_page_has_no_mark():
    # mark-alone-over-page: the first page's foot ("36-00044 (E) 151236") numbers no page. Where the next page's foot
    # does ("2/2 36-00044"), the lone "2" over its text is the mark the wrap moved; where the page's text prints its
    # own mark 2 ("… medicine, 2"), the lone "2" is the page's number and the mark stays where the text has it.
    moved = read("lone-mark-over-page-numbered-below").resolution
    own = read("page-number-over-page-with-own-mark").resolution
    for res, marked in ((moved, 1), (own, 2)):
        paragraphs = res.preamble.paragraphs
        assert [refs(p) for p in paragraphs] == [["1"], ["2"] if marked == 1 else [], ["2"] if marked == 2 else []]
        assert paragraphs[1].text.endswith("far from any harbour,")
        assert [n.text for n in res.footnotes] == ["Resolution 89/14.", "See A/91/288."]
        assert res.operative[0].text.endswith("ninety-second session.")


def test_a_cut_note_does_not_take_the_next_page_s_last_item_or_annex_paragraph():
    # note-carried-over: note 1 ends unfinished at page 1's foot ("… held at Geneva from"); page 2 ends with an item
    # "(b) …" or an annex's paragraph after a blank line, no rule above: a label or a capital there opens the body's
    # text, not the note's rest — the note is told unfinished instead.
    item = read("note-rest-item-label")
    op = item.resolution.operative[0]
    assert [s.label for s in op.subparagraphs] == ["(a)", "(b)"]
    assert item.resolution.footnotes[0].text.endswith("held at Geneva from")
    assert "text-note-unfinished" in [w.code for w in item.warnings]
    annex = read("note-rest-annex-paragraph").resolution
    assert "Every lighthouse shall be lit from dusk until dawn." in [p.text for p in annex.annexes[0].paragraphs]
    assert annex.footnotes[0].text.endswith("held at Geneva from")
