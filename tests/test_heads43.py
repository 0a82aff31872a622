"""Round 43, headings and items: readings the base got wrong, and its near misses, on texts written for these tests
(tests/fixtures/heads43: other wording, widths, languages and page breaks than the layout fixtures)."""

from __future__ import annotations

from pathlib import Path

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.parse import parse_text
from unres.text.pipeline import read

TEXTS = Path(__file__).parent / "fixtures" / "heads43"


def _parse(name: str) -> tuple[dict, list[str]]:
    res = parse_text((TEXTS / name).read_text(encoding="utf-8"))
    return to_dict(res.resolution), [w.code for w in res.warnings]


def _fired(name: str, code: str, rule: str) -> list[int]:
    text, warnings = decode((TEXTS / name).read_bytes())
    doc = read(lang(code), text, warnings, trace=True)
    return [n for r, n in doc.trace if r == rule]


def test_numbered_item_text_across_page_stays_with_its_item():
    # "(2)" alone on its line, its text over three lines with no final punctuation, a page break, then "(3)": the
    # text is item (2)'s, not a heading of item (3) (the base left (2) empty and moved its text, silently)
    model, _ = _parse("numbered-items-page-break.txt")
    items = model["operative"][0]["subparagraphs"]
    assert [s["label"] for s in items] == ["(1)", "(2)", "(3)"]
    assert items[1]["text"] == ("Pilot Rosters: Publish a common roster of the pilots on duty in the estuary, and "
                                "report on it at the autumn meeting of the Joint Pilots Office of the two port "
                                "authorities")
    assert all(s["headings"] == [] for s in items)
    # traced where it changed the reading only: under "(2)", on its text's first line (18), not under "(1)" or
    # "(3)", whose texts end
    assert _fired("numbered-items-page-break.txt", "en", "text-under-label-alone") == [18]


def test_wide_title_cut_by_page_is_one_heading_told():
    # a Chinese title of 19 ideographs (38 columns) at a page's foot, its rest on the next page: one heading of
    # paragraph 4 (the base: two headings), a guess only the columns make, told
    model, codes = _parse("wide-title-page-cut.txt")
    ops = model["operative"]
    assert [p["number"] for p in ops] == ["1", "2", "3", "4", "5"]
    assert ops[3]["headings"] == ["沿岸各国在内河航道疏浚和维护方面的区域合作与经费安排"]
    assert codes == ["text-boundary-guessed"]


def test_complete_wide_title_then_heading_on_next_page_joined_told():
    # the near miss that reads the same: a complete title of 16 ideographs, a heading of its own on the next page;
    # only the width joins them: told (the base read two headings, silently right)
    model, codes = _parse("wide-title-page-cut-then-heading.txt")
    assert model["operative"][3]["headings"] == ["内河航道疏浚工作的组织与协调问题经费安排"]
    assert "text-boundary-guessed" in codes


def test_labelled_heading_on_next_page_stays_apart():
    # near miss (passes on the base too): the heading on the next page opens with a label — "二、", "（二）", "B." —
    # and is a heading of its own, never joined to the title above it by its width in columns
    text = (TEXTS / "wide-title-page-cut-then-heading.txt").read_text(encoding="utf-8")
    for lab, shown in (("二、", "二、"), ("（二）", "（二）"), ("B. ", "B.")):
        res = parse_text(text.replace("\n经费安排\n", f"\n{lab}经费安排\n"))
        heads = to_dict(res.resolution)["operative"][3]["headings"]
        assert heads == ["内河航道疏浚工作的组织与协调问题", f"{shown}经费安排"]
        assert "text-boundary-guessed" not in [w.code for w in res.warnings]


def test_long_title_after_paragraph_with_amount_cut_by_page():
    # English, one paragraph to a line; the only page cut leaves a rest opening with a year ("… ended 30 June" /
    # furniture / "2039, …"): the text is unwrapped, and the long title heads paragraph 4 (the base ran it into
    # paragraph 3, silently)
    model, _ = _parse("title-after-amount-cut.txt")
    ops = model["operative"]
    assert ops[2]["text"].endswith("amounting to 18 407 900 United States dollars;")
    assert ops[3]["headings"] == ["Financing of the budget estimates for the period from 1 July 2038 to 30 June "
                                  "2039 for the Pilotage Office in the Eastern Estuary"]
    assert ops[3]["subparagraphs"][0]["text"].endswith("among the active peacekeeping operations;")


def test_quoted_article_after_semicolon_parted_by_notes():
    # one paragraph to a line; the notes part paragraph 4's final "；" from it: the text is unwrapped, and the
    # amended article after paragraph 1's colon is a paragraph of its own (the base ran it into paragraph 1)
    model, _ = _parse("article-after-semicolon-cut.txt")
    ops = model["operative"]
    assert [p["number"] for p in ops] == ["1", None, "2", "3", "4", "5"]
    assert ops[0]["text"].endswith("第5条修正如下：")
    assert ops[1]["text"] == "委员会应每年向大会报告下列事项："
    assert ops[4]["text"].endswith("并向委员会通报；")


def test_quoted_decision_after_lead_in_without_colon_stays_in_paragraph():
    # near miss of the removed section-restart-untitled (passes on the base too): a quoted decision's own "1." and
    # "2." after a lead-in with no colon stay in paragraph 3's text; the resolution's numbers run 1 to 5
    model, _ = _parse("quoted-decision-no-colon.txt")
    ops = model["operative"]
    assert [p["number"] for p in ops] == ["1", "2", "3", "4", "5"]
    assert "Recommends that pilots renew their licences" in ops[2]["text"]
