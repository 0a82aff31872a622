"""Round 44 (branch bound-44): paragraph boundaries and headings on documents the reader had never seen (draw s40).
Each rule on a text written for it (its fixture pair in tests/fixtures/layout is read by test_layout_rules.py), and
here the layouts a fixture does not show; expectations written by hand. All fail on the base (main 331b9117)."""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result


def _read_text(code: str, text: str) -> tuple[dict, list[str]]:
    decoded, warnings = decode(text.encode())
    model = to_dict(result(read(lang(code), decoded, warnings)))
    return model, [w.code for w in warnings]


# number-alone-line-opens at the margin of a text that indents: a short text in PDF text of a hanging number, the
# preambular paragraph's line set in, "1." alone at the numbers' column, its text set in again. The numbers' column is
# the text's margin (no wrapped line stands further out), and number-opens took the number for an inline enumeration
# that wrapped (a note's mark after the paragraph's text left number-tab-at-margin silent): paragraph 1 ran into the
# preamble, which was then read as an unnumbered operative paragraph.
HANGING_SHORT = """联合国                        A/RES/93/17
大会                        Distr.: General
3 March 2039
第九十三届会议
议程项目12
2039年3月1日大会决议
[未经发交主要委员会而通过 ( A/93/L.20 )]
93/17. 内陆湖泊的可持续渔业
大会，
            回顾其2037年12月5日关于内陆湖泊渔业的第91/203号决议，
      1.
            请共享内陆湖泊的各国合作养护湖泊的鱼类种群；1
第61次全体会议
2039年3月1日

 1 A/93/112。
"""


def test_a_number_alone_at_the_margin_of_a_short_indented_text_opens_paragraph_one():
    model, codes = _read_text("zh", HANGING_SHORT)
    assert [p["text"] for p in model["preamble"]["paragraphs"]] == [
        "回顾其2037年12月5日关于内陆湖泊渔业的第91/203号决议，"]
    assert [(p["number"], p["text"]) for p in model["operative"]] == [
        ("1", "请共享内陆湖泊的各国合作养护湖泊的鱼类种群；")]
    assert [n["text"] for n in model["footnotes"]] == ["A/93/112。"]
    assert model["operative"][0]["footnote_refs"][0]["marker"] == "1"
    assert codes == []
