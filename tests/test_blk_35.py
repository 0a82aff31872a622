"""Round 35, branch blk-35: the paragraph-block layouts of the development draw s22.

- mark-alone-between-blocks (converter/text/footnotes.py): in text of blocks apart by blank lines whose lines end
  their clauses, a number alone one blank line under a block that ended its clause is the paragraph's last mark,
  which the extractor made a block of its own (mark-alone-on-line reads it as in double-spaced text). Its fixture:
  tests/fixtures/layout/mark-alone-between-blocks.txt / .json (a made-up resolution on bees in cities).
- the Chinese table (converter/langs/zh.json): "给予" (to accord, a verb that waits for its object: "给予支持") among
  openings.cut_endings (cut-ending-continues): a block that ends with it was cut by a page.
"""

from __future__ import annotations

from pathlib import Path

from unres.text.parse import parse_text

LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout"


def test_a_mark_made_a_block_of_its_own_is_its_note_s_mark_not_a_counted_number_before_it() -> None:
    parsed = parse_text((LAYOUT / "mark-alone-between-blocks.txt").read_bytes(), "en")
    res = parsed.resolution
    # (on main the lone "2" was dropped and note 2's mark taken from "paragraphs 2, 7 and 9": "paragraphs, 7 and 9")
    assert res.preamble.paragraphs[1].text.endswith("in particular paragraphs 2, 7 and 9,")
    assert [r.marker for r in res.operative[0].footnote_refs] == ["2"]
    assert [n.text for n in res.footnotes] == ["A/CONF.310/4, annex.", "A/92/118."]
    assert [w.code for w in parsed.warnings] == []


def test_a_lone_number_under_an_unfinished_block_or_with_no_note_to_come_stays_text() -> None:
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
