"""Round 35, branch blk-35: the paragraph-block layouts of the development draw s22 (six rules and a table entry; the
fixtures tests/fixtures/layout/<rule>.txt / .json are made-up resolutions on bees in cities and on lighthouses).

- mark-alone-between-blocks (converter/text/footnotes.py): in text of blocks apart by blank lines whose lines end
  their clauses, a number alone one blank line under a block that ended its clause is the paragraph's last mark,
  which the extractor made a block of its own (mark-alone-on-line reads it as in double-spaced text). It stands
  back under an unfinished block, where the note's marker stands set apart further on before its note (the lone
  number a page's), and where the lone number is the next paragraph's, the block under it opening with a head.
- the Chinese table (converter/langs/zh.json): "给予" (to accord, a verb that waits for its object: "给予支持") among
  openings.cut_endings (cut-ending-continues): a block that ends with it was cut by a page.
- block-too-long-ends-open (converter/text/blocks.py): an unfinished block longer than a heading that ends on a word
  after which a sentence goes on (continues_after; not one letter, nor after a number: a label) is no heading, and
  the line after it is its rest whatever its case.
- lowercase-over-lifted-lines (blocks.py): words between two items, in lower case and ending with a comma, go on over
  lines lifted out of the flow (a late cover item) with the lower-case line after them.
- digits-after-comma (blocks.py): after a block ending with a number and its comma, a line opening with a number and
  a comma (or a bracketed year) is the rest of the list a page cut; with a number and a word, read so but told
  (text-boundary-guessed, list-cut); never a number before a head, a capital or an ideograph (a paragraph number
  without its stop, a paragraph opening with a year).
- body-unpaged (footnotes.py): notes-after-closing-glued-unpaged reads a text whose page breaks all stand before the
  formula (a cover's symbol or logo line taken for a page's furniture) as a text without pages.
"""

from __future__ import annotations

from pathlib import Path

from unres.text.parse import parse_text

LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout"
REVIEW = Path(__file__).resolve().parent / "fixtures" / "review35"


def test_a_mark_made_a_block_of_its_own_is_its_note_s_mark_not_a_counted_number_before_it() -> None:
    parsed = parse_text((LAYOUT / "mark-alone-between-blocks.txt").read_bytes(), "en")
    res = parsed.resolution
    # (on main the lone "2" was dropped and note 2's mark taken from "paragraphs 2, 7 and 9": "paragraphs, 7 and 9")
    assert res.preamble.paragraphs[1].text.endswith("in particular paragraphs 2, 7 and 9,")
    assert [r.marker for r in res.operative[0].footnote_refs] == ["2"]
    assert [n.text for n in res.footnotes] == ["A/CONF.310/4, annex.", "A/92/118."]
    assert [w.code for w in parsed.warnings] == []


def test_a_lone_number_with_no_note_to_come_stays_text() -> None:
    text = (LAYOUT / "mark-alone-between-blocks.txt").read_text(encoding="utf-8")
    # (no note 2 further on: the lone number is no mark, and is read as before — not set back at the block above)
    cut = text.replace("\n2\n\nA/92/118.\n", "\n")
    res = parse_text(cut.encode(), "en").resolution
    assert [r.marker for r in res.operative[0].footnote_refs] == []
    assert len(res.footnotes) == 1


_HEAD = """联合国

A/RES/95/416

大会

Distr.: General 14 December 2040

第九十五届会议 议程项目62 城市养蜂

2040年12月10日大会决议

95/416. 城市养蜂

大会 ，

"""
_PREAMBLE = ["遵循其关于保护传粉昆虫的各项决议，",
             "回顾其关于城市养蜂的各项决议 1 和关于城市绿地的各项决议 2 ，",
             "注意到城市屋顶和学校院落中饲养的蜂箱数量在过去十年中有所增加，",
             "意识到蜜蜂的健康取决于其所及范围内生长的花卉以及对农药使用的谨慎，",
             "关切地注意到许多城市养蜂人缺乏预防蜂箱疾病和安全处理蜂群方面的培训，",
             "欢迎养蜂协会为向学校和居民区提供课程所作的努力 3 ，",
             "强调屋顶绿化、公园和道路两旁的绿地作为蜜蜂全年觅食场所的价值，",
             "重申各国需要确保向养蜂人提供的培训和援助及时、充分、有效，经过所有相关行为体之间的相互协调，"
             "并与各城市政府协调、给予"]
_NOTES = ["1", "A/95/102。", "2", "A/95/103。", "3", "A/95/104。"]
_REST = ["支持，", "1. 请各城市在公园和绿地中为传粉昆虫保留开花植物；", "2. 请各国支持城市养蜂人的培训；",
         "3. 决定在第九十六届会议上继续审议这一项目。", "2040年12月10日", "第60次全体会议"]


def test_a_block_ending_with_to_accord_goes_on_over_the_notes_even_with_a_head() -> None:
    # (blocks apart by blank lines, pages unseen, the notes' markers on blocks of their own: "…并与各城市政府协调、给予"
    # / notes / "支持，" (support: a head of the table) / "1. …": on main the first half was read as a paragraph and
    # "支持，" as one of its own)
    text = _HEAD + "\n\n".join(_PREAMBLE + _NOTES + _REST) + "\n"
    texts = [p.text for p in parse_text(text, "zh").resolution.preamble.paragraphs]
    assert len(texts) == 8
    assert texts[-1].endswith("并与各城市政府协调、给予支持，")


def test_a_long_block_ending_on_the_is_not_a_heading_before_a_name_s_capital() -> None:
    # (block-too-long-ends-open: on main the quoted question's first half, 155 characters — under a long heading's
    # 300 — was a heading and its rest an operative paragraph of its own, two in all)
    res = parse_text((LAYOUT / "block-too-long-ends-open.txt").read_bytes(), "en").resolution
    assert len(res.operative) == 1
    assert "due diligence and the Universal Declaration of the Keepers" in res.operative[0].text


def test_a_long_block_ending_on_its_noun_before_a_capital_is_read_as_before() -> None:
    # (the same block ending on a noun, not on a word after which a sentence goes on: the rule says nothing)
    text = (LAYOUT / "block-too-long-ends-open.txt").read_text(encoding="utf-8")
    text = text.replace("due diligence and the\n", "due diligence and the Charter\n")
    res = parse_text(text.encode(), "en").resolution
    assert len(res.operative) == 2


def test_words_between_items_cut_by_a_late_cover_item_are_one_block() -> None:
    # (lowercase-over-lifted-lines: on main "to assist the coastal authorities by:" was a heading over item (c))
    res = parse_text((LAYOUT / "lowercase-over-lifted-lines.txt").read_bytes(), "en").resolution
    items = res.operative[2].subparagraphs
    assert items[1].text.endswith("in the coming winter, to assist the coastal authorities by:")
    assert not items[2].headings


def test_a_lower_case_block_after_a_comma_with_nothing_lifted_between_is_read_as_before() -> None:
    text = (LAYOUT / "lowercase-over-lifted-lines.txt").read_text(encoding="utf-8")
    text = text.replace("Distr.: General 31 October 2037\n", "")
    items = parse_text(text.encode(), "en").resolution.operative[2].subparagraphs
    assert items[2].headings == ("to assist the coastal authorities by:",)


def test_a_list_of_resolutions_cut_after_a_comma_goes_on_on_a_line_opening_with_digits() -> None:
    # (digits-after-comma: on main "89/249, 90/124 y …" was a preambular paragraph of its own, told as a guess)
    parsed = parse_text((LAYOUT / "digits-after-comma.txt").read_bytes(), "es")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    assert len(texts) == 3
    assert "88/73, 89/249, 90/124 y 90/172" in texts[1]
    assert not [w for w in parsed.warnings if w.code == "text-boundary-guessed"]


def test_a_body_on_one_page_has_its_gathered_notes_marks_sought_earliest_first() -> None:
    # (body-unpaged: on main note 3's mark was taken from "resolución A.1190(3)" in paragraph 3, and "de 20353" kept the
    # mark in paragraph 1, silently)
    res = parse_text((LAYOUT / "body-unpaged.txt").read_bytes(), "es").resolution
    assert "Históricos, de 2035, y observa" in res.operative[0].text
    assert [r.marker for r in res.operative[0].footnote_refs] == ["3"]
    assert "la resolución A.1190(3), relativa" in res.operative[2].text
    assert [r.marker for r in res.operative[2].footnote_refs] == ["4"]


def test_a_text_paged_past_its_formula_keeps_the_page_rules() -> None:
    # (a page break shown inside the body — a form feed after paragraph 2 —: body-unpaged stands back)
    text = (LAYOUT / "body-unpaged.txt").read_text(encoding="utf-8")
    text = text.replace("de la navegación;\n\n3.", "de la navegación;\n\f\n3.")
    from unres.langs import lang
    from unres.text.pipeline import read
    doc = read(lang("es"), text, [], trace=True)
    assert doc.trace is not None and "body-unpaged" not in {rule for rule, _ in doc.trace}
    # (and the reading is main's, which is right here)
    res = parse_text(text.encode(), "es").resolution
    assert "Históricos, de 2035, y observa" in res.operative[0].text
    assert [r.marker for r in res.operative[0].footnote_refs] == ["3"]
    assert "la resolución A.1190(3), relativa" in res.operative[2].text
    assert [r.marker for r in res.operative[2].footnote_refs] == ["4"]


# Review fixes (round 35): the shapes a review found read wrong, silently.

def test_a_lone_number_under_an_unfinished_block_stays_out_of_it() -> None:
    # (mark-alone-between-blocks' own guard: the block above did not end its clause — a page cut it —, so the lone
    # number under it is no mark the wrap put on a line of its own)
    text = (LAYOUT / "mark-alone-between-blocks.txt").read_text(encoding="utf-8")
    text = text.replace("in accordance with its resolution 89/30;\n", "in accordance with its resolution\n")
    from unres.langs import lang
    from unres.text.pipeline import read
    doc = read(lang("en"), text, [], trace=True)
    assert doc.trace is not None and "mark-alone-between-blocks" not in {rule for rule, _ in doc.trace}
    res = parse_text(text.encode(), "en").resolution
    assert res.operative[0].text.endswith("in accordance with its resolution")
    assert [r.marker for r in res.operative[0].footnote_refs] == []


def _page_number_between_blocks() -> str:
    # (the fixture with its mark of note 2 set apart inside operative paragraph 1, and a page's number "2" alone
    # between two preambular blocks)
    text = (LAYOUT / "mark-alone-between-blocks.txt").read_text(encoding="utf-8")
    text = text.replace("its resolution 89/30;\n\n2\n\n", "its resolution 89/30;\n\n")
    text = text.replace("bees in cities, prepared", "bees in cities, 2 prepared")
    return text.replace("chemicals against pests,\n\n", "chemicals against pests,\n\n2\n\n")


def test_a_page_number_between_blocks_is_no_mark_where_the_mark_stands_apart_further_on() -> None:
    # (before the fix the lone "2" became mark 2 at the end of preambular paragraph 4, and "cities, 2 prepared" kept
    # the real mark as text, silently)
    res = parse_text(_page_number_between_blocks().encode(), "en").resolution
    assert res.preamble.paragraphs[3].text.endswith("chemicals against pests,")
    assert not res.preamble.paragraphs[3].footnote_refs
    assert "bees in cities, prepared in accordance" in res.operative[0].text
    assert [r.marker for r in res.operative[0].footnote_refs] == ["2"]


def test_a_page_number_between_blocks_in_french_is_no_mark_either() -> None:
    # (the same shape in French: tests/fixtures/review35/mab_fr_page_number.txt, the review's input)
    res = parse_text((REVIEW / "mab_fr_page_number.txt").read_bytes(), "fr").resolution
    assert not res.preamble.paragraphs[3].footnote_refs
    assert "dans les villes, établi conformément" in res.operative[0].text
    assert [r.marker for r in res.operative[0].footnote_refs] == ["2"]


def test_the_next_paragraph_s_number_alone_before_its_head_is_no_mark() -> None:
    # (a paragraph number without its stop made a block of its own, "2" / "" / "Encourages States …", note 2's mark
    # nowhere in the text: before the fix "2" became note 2's mark at the end of operative paragraph 1)
    text = (LAYOUT / "mark-alone-between-blocks.txt").read_text(encoding="utf-8")
    text = text.replace("89/30;\n\n2\n\n2. Encourages", "89/30;\n\n2\n\nEncourages")
    from unres.langs import lang
    from unres.text.pipeline import read
    doc = read(lang("en"), text, [], trace=True)
    assert doc.trace is not None and "mark-alone-between-blocks" not in {rule for rule, _ in doc.trace}
    res = parse_text(text.encode(), "en").resolution
    assert res.operative[0].text.endswith("in accordance with its resolution 89/30;")
    assert not res.operative[0].footnote_refs


def _lighthouses(first: str = "1. Alienta", second: str = "2. Decide") -> str:
    text = (LAYOUT / "digits-after-comma.txt").read_text(encoding="utf-8")
    return text.replace("1. Alienta", first).replace("2. Decide", second)


def test_an_operative_number_without_its_stop_after_a_comma_is_no_list_s_rest() -> None:
    # (before the fix "1 Alienta …" was glued onto "Reconociendo …,", the first operative paragraph lost in the
    # preamble, silently; now it is read as before the rule — a paragraph of its own, told as a guess)
    parsed = parse_text(_lighthouses("1 Alienta").encode(), "es")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    assert texts[2] == "Reconociendo la labor de los guardianes de los faros de las islas remotas,"
    assert [w.line for w in parsed.warnings if w.code == "text-boundary-guessed"] == [25]


def test_every_operative_number_without_its_stop_leaves_the_preamble_whole() -> None:
    # (before the fix the last preambular paragraph was moved into operative paragraph 1: "…remotas, 1 Alienta …")
    res = parse_text(_lighthouses("1 Alienta", "2 Decide").encode(), "es").resolution
    assert not [p for p in [*res.preamble.paragraphs, *res.operative] if "remotas, 1 Alienta" in p.text]
    assert res.preamble.paragraphs[2].text.endswith("de las islas remotas,")


def test_a_paragraph_number_without_its_stop_after_a_list_s_number_is_no_list_s_rest() -> None:
    # (the block above ends with a number and its comma, the line opens with a number and a head: still a paragraph)
    text = _lighthouses("1 Alienta").replace("islas remotas,", "islas remotas desde 2030,")
    texts = [p.text for p in parse_text(text.encode(), "es").resolution.preamble.paragraphs]
    assert texts[2].endswith("islas remotas desde 2030,")


def test_a_chinese_paragraph_opening_with_a_year_after_a_number_and_comma_is_its_own() -> None:
    # (before the fix "2040年是…" was glued onto the paragraph above: no paragraph opens with a digit but a numbered
    # one is false in Chinese, where a time phrase may come before the head)
    preamble = ["遵循其关于保护传粉昆虫的各项决议，", "注意到城市屋顶和学校院落中饲养的蜂箱数量在过去十年中有所增加，",
                "意识到蜜蜂的健康取决于其所及范围内生长的花卉以及对农药使用的谨慎，",
                "回顾其第95/10、95/11和95/12号决议，", "2040年是《城市传粉昆虫宣言》通过十周年，",
                "欢迎养蜂协会为向学校和居民区提供课程所作的努力，"]
    text = _HEAD + "\n\n".join(preamble + _REST[1:]) + "\n"
    texts = [p.text for p in parse_text(text, "zh").resolution.preamble.paragraphs]
    assert "2040年是《城市传粉昆虫宣言》通过十周年，" in texts
    assert texts[2].endswith("谨慎，")


def test_a_list_s_number_and_a_word_after_a_comma_is_read_on_and_told() -> None:
    # (a number and a word, not a comma: the list's rest, read so, but a paragraph may open so too — told, list-cut)
    parsed = parse_text(_lighthouses().replace("88/73,\n\n89/249, 90/124 y", "88/73,\n\n89/249 y").encode(), "es")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    assert len(texts) == 3 and "88/73, 89/249 y 90/172" in texts[1]
    told = [w for w in parsed.warnings if w.code == "text-boundary-guessed"]
    assert [w.line for w in told] == [21]
    assert "read as the same paragraph (preambular paragraph 2 goes on)" in told[0].message


def test_a_long_block_ending_on_a_one_letter_label_is_read_as_before() -> None:
    # (block-too-long-ends-open: "… under paragraph 3, subparagraph a" ends on a label, not on a word after which a
    # sentence goes on: before the fix the quoted line under it was glued to it)
    text = (LAYOUT / "block-too-long-ends-open.txt").read_text(encoding="utf-8")
    old = ("\"Having particular regard to the Charter of the United Nations, the International Convention on "
           "Lighthouses and Beacons, the duty of due diligence and the\nUniversal")
    new = ("Lighthouses of the small island developing States listed in the annex to the International Convention on "
           "Lighthouses and Beacons, the list of lighthouses kept under paragraph 3, subparagraph a\n\"Universal")
    text = text.replace(old, new)
    res = parse_text(text.encode(), "en").resolution
    assert len(res.operative) == 2
    assert res.operative[0].text.endswith("subparagraph a")
