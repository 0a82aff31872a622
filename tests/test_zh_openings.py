"""The Chinese table's openings (converter/langs/zh.json) for paragraphs that open with a prepositional phrase before
their head — a class found where the reader joined such a paragraph to the one above (S/RES/2695 in a block
extraction: "向所有各方强调…", to all parties stresses). Of the corpus' Chinese preambular paragraphs, 25 of 10,687
opened with no head the table knew. Only the prefixes that open a paragraph and never a clause inside one were
added — "向所有各方" (to all parties: 3 paragraph starts, 0 after a comma) and "以最强烈措辞" (in the strongest terms,
before "谴责": 1 and 0) —, not "在此方面" (5 starts, 92 clauses after a comma), "仍然" (6 and 23), "按照" (1 and 112),
nor a frame "向 … 致敬/表示感谢" (1 and 6): with those, lines a wrap or a clause opened inside a paragraph were
read as paragraphs (S/RES/2591, S/RES/2698 on the usual draws)."""

from __future__ import annotations

import pytest

from unres.langs import lang
from unres.text.openings import opening, starts_with_head

ZH = lang("zh")


@pytest.mark.parametrize("line, head", [
    ("向所有各方强调全面遵守关于禁止出售和供应军火及相关物资的规定，", "向所有各方强调"),
    ("以最强烈措辞谴责对灯塔和灯塔看守人的一切袭击，", "以最强烈措辞谴责"),
])
def test_a_paragraph_opening_after_a_prepositional_prefix_is_known(line, head):
    assert opening(ZH, line) == head
    assert starts_with_head(ZH, line)


@pytest.mark.parametrize("line", [
    "在此方面表示注意到沿海国家的灯塔维护行动，",
    "按照第9131(2040)号决议紧急完成对此事的一切必要调查，",
    "向该信托基金的捐款国表示感谢；",
])
def test_a_clause_that_opens_inside_paragraphs_as_often_opens_no_paragraph(line):
    assert not starts_with_head(ZH, line)
