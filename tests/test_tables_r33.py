"""Brackets the text reader kept in code, now read from the scripts table (round thirty-three): which brackets enclose
a title ("《…》") and which a reference or an aside ("(…)", "[…]", "（…）") is the table's key title_brackets, and
footnotes.py's bracket counts and openings.py's label-before-bracket take their brackets from it."""

from __future__ import annotations

import json
from pathlib import Path

from unres.langs import bracket_pairs, plain_bracket_pairs, title_bracket_pairs
from unres.text import footnotes

SCRIPTS = Path(__file__).resolve().parent.parent / "converter" / "langs" / "scripts.json"


def test_title_brackets_are_opening_brackets_of_their_script() -> None:
    # a title bracket the script does not list among its opening brackets would pair with nothing
    for name, script in json.loads(SCRIPTS.read_text(encoding="utf-8")).items():
        for c in script.get("title_brackets", ""):
            assert c in script["punctuation"]["opening_brackets"], (name, c)


def test_pairs_split_into_titles_and_plain() -> None:
    titles, plain = set(title_bracket_pairs()), set(plain_bracket_pairs())
    assert titles | plain == set(bracket_pairs()) and not titles & plain
    assert ("《", "》") in titles and ("〈", "〉") in titles
    assert {("(", ")"), ("[", "]"), ("（", "）")} <= plain


def test_note_bracket_counts_ignore_titles() -> None:
    # a note's text that leaves a full-width round bracket open is unfinished; a title's bracket is note-title-open's
    assert footnotes.brackets_open(footnotes._Open("1", ["见《报告》（A/77/6（第17款）"], 0))
    assert not footnotes.brackets_open(footnotes._Open("1", ["见《联合国年鉴"], 0))
    assert footnotes._closes_first("第3段）和（b）")
    assert not footnotes._closes_first("（第3段）》")


# One block per line (a block extractor): a preambular paragraph that opens with an adverb before its head ("依然感到
# 关切的是", still concerned; "仍" was in the table) after one that ends with a comma. The zh table's prefixes lacked
# it, so the head was unknown and the paragraph's start a guess (text-boundary-guessed). (Not "因此", therefore: the
# UN's Chinese opens a paragraph with it, "因此依然感到关切的是", and a clause inside one, "…进展，" / "因此强调指出…" —
# a prefix of the table would split the paragraph there.)
PREFIXED_HEAD_ZH = """联合国 S/RES/4114 (2040)
安全理事会
第4114(2040)号决议
2040年4月2日安全理事会第9999次会议通过
安全理事会，
回顾其关于沿海航标的第4001(2036)号决议及其后所有相关决议，重申对各沿海国主权、独立、统一和领土完整的坚定承诺，
严重关切沿海航标失修的速度，并强调指出迫切需要采取措施，恢复和保护提供基本功能和服务的灯塔，其中包括与航行安全有关的服务，
依然感到关切的是，灯塔看守人短缺的规模不断扩大并对航行安全、沿海经济和环境产生不利影响，
表示严重关切风暴季节的灯塔熄灭数量达到极其有害的水平，
1. 决定将各项授权再延长12个月；
2. 决定继续积极处理此案。
"""


def test_a_head_after_a_conjunction_and_an_adverb_is_known() -> None:
    from unres.langs import lang
    from unres.text.openings import starts_with_head
    from unres.text.parse import parse_text

    assert starts_with_head(lang("zh"), "依然感到关切的是，灯塔看守人短缺")
    assert not starts_with_head(lang("zh"), "依然必须修复灯塔")  # the prefix alone is no head
    read = parse_text(PREFIXED_HEAD_ZH, "zh")
    assert [p.text[:6] for p in read.resolution.preamble.paragraphs] == ["回顾其关于沿", "严重关切沿海", "依然感到关切",
                                                                       "表示严重关切"]
    assert "text-boundary-guessed" not in [w.code for w in read.warnings]
