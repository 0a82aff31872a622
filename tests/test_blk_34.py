"""Round 34, branch blk-34: the paragraph-block layouts of the development draw s20.

- block-join (converter/text/guessed.py): in text of blocks whose page breaks do not show, a block read on as the
  rest of the one above by no rule's opinion, after a block ending with a clause's comma (as every preambular
  paragraph there ends), is a guess and is told (text-boundary-guessed), never joined silently.

- the Chinese table (converter/langs/zh.json), widened for rules of text of blocks: "各项" (the various …, a word
  that waits for its noun) among openings.cut_endings (cut-ending-continues, cut-ending-after-head); "通过的" (adopted,
  before its noun: the head "通过" used as a modifier) among openings.head_lookalikes.
- adverb-head-after-unfinished-block (blocks.py): its fixture, tests/fixtures/layout/.

The fixtures are made-up resolutions on lighthouses (tests/fixtures/guessed/):
- block-join-guessed.txt: Chinese text of one block to a line (lines wider than any printed line), the pages' heads
  and feet dropped; line 10 is a paragraph a page cut mid-clause ("…之间" / "合作的各项决议，"), line 14 a paragraph
  that opens with no head of the table ("因而始终感到关切的是…") after a paragraph's final comma.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.text.parse import parse_text

GUESSED = Path(__file__).resolve().parent / "fixtures" / "guessed"


def _read(name: str, lang: str):
    return parse_text((GUESSED / name).read_bytes(), lang)


def test_a_block_read_on_after_a_comma_where_no_page_shows_is_told_with_the_reading_taken() -> None:
    parsed = _read("block-join-guessed.txt", "zh")
    told = [(w.line, w.message) for w in parsed.warnings if w.code == "text-boundary-guessed"]
    assert [line for line, _ in told] == [14]
    assert "'因而始终感到关切的是" in told[0][1]
    assert "read as the same paragraph (preambular paragraph 3 goes on)" in told[0][1]


def test_the_reading_is_not_changed_and_a_cut_mid_clause_is_not_told() -> None:
    parsed = _read("block-join-guessed.txt", "zh")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    # (the cut paragraph's rest, after "…之间" that cannot end one, is read on and not told: the line before
    # tells; the block after the comma is read on too — the guess is told, not changed)
    assert len(texts) == 4
    assert texts[0].endswith("之间合作的各项决议，")
    assert "威胁，因而始终感到关切的是，" in texts[2]
    assert [op.number for op in parsed.resolution.operative] == ["1", "2", "3"]


_HEAD = """联合国
A/RES/95/415
大会
Distr.: General 14 December 2040
第九十五届会议
议程项目 61
2040年12月10日大会决议
95/415. 沿海灯塔和航标的维护
大会，
"""
_TAIL = """1. 请各沿海国在2041年底前更新其灯塔和航标登记册，并向区域航海组织提交更新后的登记册；
2. 决定在第九十六届会议上继续审议这一项目。
2040年12月10日
第60次全体会议
"""
_FIRST = ("回顾其以往关于沿海灯塔和航标的各项决议，特别是关于维护沿海灯塔、航标和其他助航设施"
          "以及保护灯塔看守人员安全的各项决议")
_LAST = ("欢迎区域航海组织为协调各沿海国灯塔维护工作所作的努力，"
         "赞扬灯塔看守人员在恶劣天气和偏远条件下坚守岗位、履行职责，")


def _preamble(lines: list[str], sep: str = "\n") -> list[str]:
    text = (_HEAD + "\n".join(lines) + "\n" + _TAIL).replace("\n", sep)
    return [p.text for p in parse_text(text, "zh").resolution.preamble.paragraphs]


def test_a_head_used_as_a_modifier_opens_no_paragraph_after_a_block_cut_unseen() -> None:
    # (blocks apart by blank lines, pages unseen: "…会议" / "通过的最后文件…", the adopted final document)
    texts = _preamble([_FIRST + "，",
                       "欢迎2039年5月12日和13日在瓦莱塔举行的第三次区域航海组织成员国灯塔维护问题高级别会议",
                       "通过的最后文件和宣言，各成员国在其中重申致力于维护沿海灯塔和航标，并承诺提供必要的支助，",
                       _LAST],
                      "\n\n")
    assert len(texts) == 3
    assert "高级别会议通过的最后文件和宣言" in texts[1]


def test_a_block_ending_with_the_various_goes_on_over_the_notes_even_with_a_head() -> None:
    texts = _preamble([_FIRST + "1，", "念及亟须持续审查各沿海国和区域航海组织为执行大会关于维护灯塔和航标的各项",
                       "__________________", "1 A/95/101。", "决定而开展的活动，", _LAST], "\n\n")
    assert len(texts) == 3
    assert texts[1].endswith("的各项决定而开展的活动，")


def test_an_arabic_head_opening_with_an_adverb_ends_a_block_left_without_its_comma() -> None:
    layout = Path(__file__).resolve().parent / "fixtures" / "layout" / "adverb-head-after-unfinished-block.txt"
    parsed = parse_text(layout.read_bytes(), "ar")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    assert len(texts) == 4
    assert texts[1].endswith("في تأمين احتياجاتها")
    assert texts[2].startswith("وإذ تلاحظ مع التقدير")


# adverb-head-after-unfinished-block, narrowed (review of round 34): only an adverb that opens a clause at a
# paragraph's start alone ("وإذ") before a head verb of the table reads as a paragraph's head after an unfinished
# block; "وقد", "إذ" and "وتقديرا" go on inside a sentence, and a block a page cut before one is the same paragraph,
# whether the text shows its pages or not. The fixtures (tests/fixtures/guessed/ar-adverb-cut-*.txt, made-up
# resolutions on lighthouses): Arabic text of blocks, preambular paragraph 2 cut before "وقد أصبحت …" and 4 before
# "إذ تدرك …"; the first page's foot kept (firstfoot), one page's head and foot shown (onepage), the furniture shown
# at paragraph boundaries only (somepages), the blocks apart by blank lines with one page shown (blank-onepage).
@pytest.mark.parametrize("name", ["ar-adverb-cut-blocks-firstfoot.txt", "ar-adverb-cut-blocks-onepage.txt",
                                  "ar-adverb-cut-blocks-somepages.txt", "ar-adverb-cut-blank-onepage.txt"])
def test_a_sentence_a_page_cut_before_an_adverb_that_goes_on_inside_one_is_one_paragraph(name: str) -> None:
    parsed = _read(name, "ar")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    assert len(texts) == 4
    assert "المعقود في عام 2037 وقد أصبحت هذه المنارات" in texts[1]
    assert "التقنيات الحديثة إذ تدرك أن سلامة الملاحة" in texts[3]
    assert not [w for w in parsed.warnings if w.code == "text-boundary-guessed"]


_ADVERB_LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout" / "adverb-head-after-unfinished-block.txt"


def _adverb_layout(lines: dict[int, str]) -> str:
    """The adverb-head fixture with a line put after each given line number."""
    out = []
    for n, line in enumerate(_ADVERB_LAYOUT.read_text(encoding="utf-8").splitlines(), 1):
        out.append(line)
        if n in lines:
            out.append(lines[n])
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("rest", ["وقد أصبحت هذه المنارات اليوم في حاجة ماسة إلى الإصلاح والتحديث،",
                                  "إذ شارك حراس المنارات في إصلاحها بأنفسهم،",
                                  "وتقديرا لعمل حراس المنارات في الجزر النائية،",
                                  "وقد تلاحظ السلطات الساحلية ذلك في تقاريرها،"])
def test_an_arabic_block_cut_mid_sentence_before_an_adverb_of_a_sentence_goes_on(rest: str) -> None:
    # (paragraph 2, left unfinished, goes on in a block that opens with "وقد", "إذ" or "وتقديرا" — even before a
    # head verb, "وقد تلاحظ" — and ends with the paragraph's comma; "وإذ تلاحظ …" after it opens paragraph 3)
    parsed = parse_text(_adverb_layout({11: rest}), "ar")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    assert len(texts) == 4
    assert texts[1].endswith("في تأمين احتياجاتها " + rest)
    assert texts[2].startswith("وإذ تلاحظ مع التقدير")


def test_the_adverb_head_split_is_told_where_a_page_start_shows() -> None:
    # (the first page's foot kept after paragraph 1: the split before "وإذ تلاحظ …" is still a guess, and told)
    parsed = parse_text(_adverb_layout({10: "40-12345 (A)    151240\n*4012345*"}), "ar")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    assert len(texts) == 4
    assert texts[2].startswith("وإذ تلاحظ مع التقدير")
    told = [(w.line, w.message) for w in parsed.warnings if w.code == "text-boundary-guessed"]
    assert [line for line, _ in told] == [14]
    assert "opens with an adverb and a paragraph's head after a block that did not finish its clause" in told[0][1]
    assert "read as a new paragraph (preambular paragraph 3)" in told[0][1]
