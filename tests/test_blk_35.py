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
第九十五届会议
议程项目 62
2040年12月10日大会决议
95/416. 城市养蜂
大会，
"""
_TAIL = """1. 请各城市在公园和绿地中为传粉昆虫保留开花植物；
2. 决定在第九十六届会议上继续审议这一项目。
2040年12月10日
第60次全体会议
"""


def test_a_block_ending_with_to_accord_goes_on_over_the_notes_even_with_a_head() -> None:
    # (blocks apart by blank lines, pages unseen: "…并与各城市政府协调、给予" / notes / "支持，", support: a head of the
    # table, which on main opened a paragraph of its own)
    lines = ["回顾其关于城市养蜂的各项决议1，",
             "重申各国需要确保向养蜂人提供的培训和援助及时、充分、有效，经过所有相关行为体之间的相互协调，并与各城市政府协调、给予",
             "__________________", "1 A/95/102。",
             "支持，",
             "欢迎养蜂协会为向学校和居民区提供课程所作的努力，"]
    text = (_HEAD + "\n".join(lines) + "\n" + _TAIL).replace("\n", "\n\n")
    texts = [p.text for p in parse_text(text, "zh").resolution.preamble.paragraphs]
    assert len(texts) == 3
    assert texts[1].endswith("并与各城市政府协调、给予支持，")
