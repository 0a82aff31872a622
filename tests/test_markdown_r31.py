"""Round thirty-one's Markdown leftovers, each on a text written for it: a verb that leaves a Chinese clause open
(the zh table's cut_endings) and unseen-page-cut-continues kept to the layouts it serves."""

from __future__ import annotations

import pytest

from unres.model import to_dict
from unres.text.parse import parse_text

# A Markdown extraction of a Chinese text whose page ended inside a paragraph, after "其中侧重" ("in which it
# focused on …"): the page's notes stand between the two halves, no furniture shows the page, and the second half
# opens with a head ("指出").
ZH_CUT_AFTER_VERB = """联合国

A/RES/95/46

# 大会

Distr.: General 20 December 2040

## 大会2040年12月15日通过的决议

# 95/46. 沿海灯塔和航标

**大会**，

回顾其2038年12月9日关于沿海灯塔维护的第93/120号决议和以往关于这一问题的所有决议，

欢迎灯塔看守人大会2039年5月18日第12/4号决议，[^1] 其中侧重

[^1]: 见《灯塔看守人大会正式记录，2039年，补编第4号》(K/2039/4)，第一章。


指出需要在维护沿海灯塔方面加强国际合作，包括交流经验和提供技术援助，

强调指出必须为灯塔的维护提供充足和可预测的资金，

1\\. 决定继续审议这一问题。

第50次全体会议
2040年12月15日
"""


def test_a_chinese_clause_left_open_by_a_verb_goes_on_over_the_pages_notes():
    # "侧重" (to focus on) takes its object after it: no clause ends with it (none of the UN's Chinese texts does), and
    # a line that ends with it was cut — the zh table's cut_endings. Read apart, "…其中侧重" was a paragraph of its own.
    parsed = parse_text(ZH_CUT_AFTER_VERB)
    model = to_dict(parsed.resolution)
    texts = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert texts[1] == ("欢迎灯塔看守人大会2039年5月18日第12/4号决议，其中侧重指出需要在维护沿海灯塔方面加强国际合作，"
                        "包括交流经验和提供技术援助，")
    assert len(texts) == 3
    assert [r["marker"] for r in model["preamble"]["paragraphs"][1]["footnote_refs"]] == ["1"]
    assert [w.code for w in parsed.warnings] == ["text-markdown"]


def _trace(text: str, code: str = "en") -> list[tuple[str, int]]:
    from unres.langs import lang
    from unres.text.decode import decode
    from unres.text.pipeline import read

    decoded, warnings = decode(text)
    return read(lang(code), decoded, warnings, trace=True).trace or []


def test_an_unseen_page_cut_is_read_only_where_no_page_shows():
    # unseen-pages-only: PDF text with a page foot and running heads, paragraphs apart by blank lines — a heading run
    # near the width, a blank line, a second heading. The rule made for Markdown extractions and bare pages read the
    # second heading as the first one's rest (main's trace: unseen-page-cut-continues at "Measures"); the page rules
    # see this text's page breaks, and the rule says nothing here.
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "layout" / "unseen-pages-only.txt").read_text(encoding="utf-8")
    assert not [line for rule, line in _trace(text) if rule in ("unseen-page-cut-continues", "notes-cut-continues")]
    # The same text without its heads and feet shows none of its pages: there the rule is asked again.
    bare = "\n".join(line for line in text.split("\n")
                     if not line.startswith(("44-12345", "2/2")) and line.strip() != "S/RES/2990 (2044)")
    assert ("unseen-page-cut-continues", 29) in _trace(bare)


# A Chinese Markdown extraction whose tool kept the running head of one page ("A/RES/99/777" under the page rule) and
# dropped the next page's: that page break cuts a paragraph mid-word ("…阿拉" / two blank lines / "伯灯塔网络…").
ZH_HEAD_ON_ONE_PAGE = r"""联合国                                    A/RES/99/777
大会                                      Distr.: General
2044年12月20日
第九十九届会议
议程项目75

## 2044年12月18日大会决议

# 99/777. 沿海灯塔的维护

**大会**，

回顾其2038年12月9日关于沿海灯塔维护的第93/120号决议和以往关
于这一问题的所有决议，^1^

重申灯塔对于海上航行安全的重要作用，并确认各国在维护沿海灯塔
方面负有首要责任，

--------------------

A/RES/99/777

满意地注意到灯塔看守人协会的积极持续工作以及与各区域灯塔协会
的密切合作，即地中海灯塔协会、亚洲灯塔协会、非洲灯塔协会、阿拉


伯灯塔网络、太平洋灯塔联盟及其他活跃的灯塔协会和网络，

强调指出必须为灯塔的维护提供充足和可预测的资金，并鼓励各国交
流经验，

1\. 决定继续审议这一问题。

第50次全体会议
2044年12月18日

^1^ 见A/98/120。
"""


def test_a_markdown_extraction_that_shows_one_page_still_reads_an_unseen_page_cut():
    # unseen-pages-only lets a Markdown extraction through whatever pages it shows (round thirty-one, the honest draw:
    # one running head kept made the text "show its pages", and the paragraph the next, unseen, break cut was split)
    model = to_dict(parse_text(ZH_HEAD_ON_ONE_PAGE).resolution)
    texts = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert len(texts) == 4
    assert texts[2] == ("满意地注意到灯塔看守人协会的积极持续工作以及与各区域灯塔协会的密切合作，"
                        "即地中海灯塔协会、亚洲灯塔协会、非洲灯塔协会、阿拉伯灯塔网络、太平洋灯塔联盟及其他活跃的灯塔协会和网络，")


# A Markdown extraction whose wrap put a raised mark first on its line, before the clause's comma set apart after it.
MARK_FIRST_BEFORE_COMMA = """United Nations A/RES/99/506
General Assembly Distr.: General
20 December 2044
Ninety-ninth session
Agenda item 75
Resolution adopted by the General Assembly on 18 December 2044
[without reference to a Main Committee (A/99/L.9)]
**99/506. Lighthouses of the outer islands**
**The General Assembly**,
_Recalling_ the charter of the keepers,^1^ the code of the harbours^2^ and the guidelines for the keepers of
the lights, and the rules for the keeping of the lights of the outer islands (the Harbour Rules)
^3^ ,

_Noting_ the report of the Secretary-General on the lighthouses of the 3 outer islands,^4^
1\\. _Invites_ the island States to keep their lighthouses lit;
2\\. _Decides_ to remain seized of the matter.
54th plenary meeting
18 December 2044
1 Resolution 97/12, annex.
2 Resolution 97/13, annex.
3 Resolution 98/81, annex.
4 A/99/301.
"""


def test_a_mark_first_on_its_line_before_a_comma_is_the_paragraphs_mark_not_a_note():
    # markdown-note-mark: "^1^" first on its line with a space after it opens a note ("^1^ A/98/120.") — but not
    # before a clause's punctuation, which no note's text opens with: there the wrap put the paragraph's raised mark
    # first on the line. Read as a note "1 ,", it took the paragraph's rest for its text and the note at the end was
    # out of sequence.
    from unres.langs import lang
    from unres.text.markdown import markdown
    from unres.text.state import Doc

    doc = Doc(lang("en"), MARK_FIRST_BEFORE_COMMA, [])
    markdown(doc)
    assert "\n³ ,\n" in doc.text  # raised as any mark, not "3 ," — a note's number and text
    assert "\n1 Resolution 97/12, annex." in doc.text
    parsed = parse_text(MARK_FIRST_BEFORE_COMMA)
    model = to_dict(parsed.resolution)
    first = model["preamble"]["paragraphs"][0]
    assert " ".join(first["text"].split()) == (
        "Recalling the charter of the keepers, the code of the harbours and the guidelines for the keepers of the "
        "lights, and the rules for the keeping of the lights of the outer islands (the Harbour Rules) ,")
    assert [r["marker"] for r in first["footnote_refs"]] == ["1", "2", "3"]
    assert [n["text"] for n in model["footnotes"]] == ["Resolution 97/12, annex.", "Resolution 97/13, annex.",
                                                       "Resolution 98/81, annex.", "A/99/301."]
    assert [w.code for w in parsed.warnings] == ["text-markdown"]


@pytest.mark.parametrize("quote", ["“", '"', "'"])
def test_a_page_note_that_opens_with_a_quote_is_a_note(quote):
    # (review, round thirty-one) markdown-note-mark's exception is for a clause's closing punctuation; a quote that
    # opens as often as it closes ("“" in English and Chinese, straight quotes) may open a note's text, a quoted
    # title: "<sup>2</sup> “Lighthouses …”, report …" is note 2, as before the exception
    from unres.langs import lang
    from unres.text.markdown import markdown
    from unres.text.state import Doc

    line = f"<sup>2</sup> {quote}Lighthouses of the world{quote}, report of the keepers (A/99/301)."
    doc = Doc(lang("en"), f"**The General Assembly**,\n_Taking note_ of the report[^2],\n{line}\n", [])
    markdown(doc)
    assert f"\n2 {quote}Lighthouses of the world" in doc.text


BULLETED_ITEMS = """United Nations S/RES/9990 (2044)
Security Council Distr.: General
3 March 2044
Resolution 9990 (2044)
Adopted by the Security Council at its 9990th meeting, on 3 March 2044
**The Security Council**,
_Recalling_ its previous resolutions on the lighthouses of the outer islands,
1\\. _Calls on_ the island States to take the following measures before the end of the year:

- • Keep their lighthouses lit at night and report on the state of their lights,

- • Share their spare lenses and fuel with the keepers of the outer islands;

2\\. _Decides_ to remain seized of the matter.
"""


def test_a_markdown_bullet_before_a_printed_bullet_is_taken_off():
    # markdown-list-item: the tool's list bullet "- " before the bullet UN print set ("•") is markup, as before a
    # label "(a)": left, "- • Keep …" opened no item of paragraph 1 and the reader took each for a paragraph of its own.
    model = to_dict(parse_text(BULLETED_ITEMS).resolution)
    assert [p["number"] for p in model["operative"]] == ["1", "2"]
    items = model["operative"][0]["subparagraphs"]
    assert [(item["label"], item["text"]) for item in items] == [
        ("•", "Keep their lighthouses lit at night and report on the state of their lights,"),
        ("•", "Share their spare lenses and fuel with the keepers of the outer islands;")]
