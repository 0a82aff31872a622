"""The Chinese table's openings (converter/langs/zh.json) for paragraphs that open with a prepositional phrase or an
adverb before their head — a class found where the reader joined such a paragraph to the one above (S/RES/2695 in
a block extraction: "向所有各方强调…", to all parties stresses): of the corpus' Chinese preambular paragraphs, 25 of
10,687 opened with no head the table knew, most of them so. The prefixes "向所有各方" (to all parties), "在此方面"
(as "在这方面"), "仍然" (as "仍"), "以最强烈措辞" (in the strongest terms, before "谴责"); the heads "按照" (as
"根据") and "致敬"; the frame "向 … 致敬" / "向 … 表示感谢" (as "对 … 表示关切": the verb ends the first clause)."""

from __future__ import annotations

import pytest

from unres.langs import lang
from unres.text.openings import opening, starts_with_head

ZH = lang("zh")


@pytest.mark.parametrize("line, head", [
    ("向所有各方强调全面遵守关于禁止出售和供应军火及相关物资的规定，", "向所有各方强调"),
    ("在此方面重申必须追究所有应对袭击灯塔行为负责者的责任，", "在此方面重申"),
    ("仍然严重关切灯塔看守人的安全受到威胁，", "仍然严重关切"),
    ("以最强烈措辞谴责对灯塔和灯塔看守人的一切袭击，", "以最强烈措辞谴责"),
    ("按照第9131(2040)号决议第17段的规定，", "按照"),
    ("致敬所有为保障航行安全而因公殉职的灯塔看守人，", "致敬"),
])
def test_a_paragraph_opening_after_a_prefix_or_with_a_new_head_is_known(line, head):
    assert opening(ZH, line) == head
    assert starts_with_head(ZH, line)


@pytest.mark.parametrize("line", ["向前任灯塔特使致敬，赞扬他为恢复灯塔所作的努力，", "向所有会员国表示感谢，"])
def test_a_frame_opened_by_xiang_ends_its_first_clause_with_its_verb(line):
    assert starts_with_head(ZH, line)


def test_a_line_that_opens_with_xiang_and_no_frame_verb_opens_no_paragraph():
    assert not starts_with_head(ZH, "向沿海国家提供必要的支助，以修复灯塔，")
