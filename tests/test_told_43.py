"""Round 43, branch told-43: two guesses the reader took silently are now told, the reading unchanged (the texts are
made up, on lighthouses and coastal navigation; the fixture pairs are tests/fixtures/layout/<rule>.*).

- symbol-tail-page-told (marks.py): a weak rule takes a note's mark on its page as the last digit of a bare resolution
  number ("84/131 of" read as "84/13" + "1") where another number on the page may end with the mark ("principle 91"):
  taken as before, told (text-note-mark-guessed), both places named.
- item-tail-or-title-told (blocks.py): in Chinese, a short line at the margin without punctuation after a list item
  without punctuation whose last line filled the width, over a paragraph's number: read as the item's last words as
  before, told (text-boundary-guessed) — it may be the next paragraph's title.
Each has near misses where the reading is certain and nothing is told (fix round, after review: a mark set apart
after the symbol, a place after the next note's mark, a counted number inside its clause; a text printing no titles,
a one-character rest, a rest ending with "？"). All near misses pass on the base too (it tells nothing).
"""

from __future__ import annotations

from pathlib import Path

from unres.model import to_dict
from unres.text.parse import parse_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layout"


def _parse(text: str) -> tuple[dict, list]:
    res = parse_text(text)
    return to_dict(res.resolution), res.warnings


_PAGE = """United Nations

A/RES/95/40

General Assembly

Distr.: General 16 December 2040

Ninety-fifth session Agenda item 19 Oceans

Resolution adopted by the General Assembly on 11 December 2040

95/40. Beacons of the northern straits

The General Assembly,

     Recalling its resolutions 90/115 of 18 December 2035, 91/124 of
17 December 2036, 92/131 of 15 December 2037 and 93/102 of 14 December
2038 on the beacons of the northern straits,

     Reaffirming the outcome of the Conference on Straits and Channels,
in particular its Final Act, {PLACE}, by which States were invited to
light and keep the beacons of the straits,{SECOND}

     1 .       Takes note of the report of the Secretary-General;

     2 .       Decides to include the item in the agenda of its ninety-sixth
session.

51st plenary meeting
11 December 2040
 1 Report of the Conference on Straits and Channels, Hobart, 2–6 March
   2033 (A/CONF.305/7), chap. I.{NOTE2}
40-31177 (E)    190141
*4031177*
"""


def _page(place: str = "recommendation 41", symbol: str = "92/131 of", second: str = "", note2: str = "") -> str:
    return (_PAGE.replace("{PLACE}", place).replace("92/131 of", symbol).replace("{SECOND}", second)
            .replace("{NOTE2}", note2))


def test_mark_after_symbol_tail_with_another_place_on_the_page_is_told():
    """"92/131 of" read as "92/13" + "1" by mark-before-word, "recommendation 41," (a "1" glued to a number before a
    clause's comma, where raised marks stand) on the page: the reading is the base's, and the guess is told with both
    lines named. Fails on the base (told nothing)."""
    got, warnings = _parse(_page())
    paragraphs = got["preamble"]["paragraphs"]
    assert "92/13 of 15 December 2037" in paragraphs[0]["text"]
    assert [r["marker"] for r in paragraphs[0]["footnote_refs"]] == ["1"]
    guessed = [w for w in warnings if w.code == "text-note-mark-guessed"]
    assert len(guessed) == 1
    assert "'92/131'" in guessed[0].message and "line 22" in guessed[0].message
    assert guessed[0].line == 18


def test_mark_glued_to_a_word_on_the_page_is_not_told():
    """Near miss: the note's mark glued to a word ("Final Act1,") — a strong rule's place, certain — on the same page
    as "92/131 of" and "recommendation 41,": taken there, nothing told."""
    got, warnings = _parse(_page().replace("Final Act,", "Final Act1,"))
    paragraphs = got["preamble"]["paragraphs"]
    assert "92/131 of 15 December 2037" in paragraphs[0]["text"]
    assert [r["marker"] for r in paragraphs[1]["footnote_refs"]] == ["1"]
    assert not [w for w in warnings if w.code == "text-note-mark-guessed"]


def test_mark_set_apart_after_a_bare_symbol_is_not_told():
    """Near miss of the rule's own condition: the mark set apart after the symbol ("92/13 1 of", as block extractions
    keep the spaces around a raised mark) is no digit of it — the reading is right — though "recommendation 41," stands
    on the page: nothing told (the first version told it, naming the symbol "92/13 " with a trailing space)."""
    got, warnings = _parse(_page(symbol="92/13 1 of"))
    paragraphs = got["preamble"]["paragraphs"]
    assert "92/13 of 15 December 2037" in paragraphs[0]["text"]
    assert [r["marker"] for r in paragraphs[0]["footnote_refs"]] == ["1"]
    assert not [w for w in warnings if w.code == "text-note-mark-guessed"]


def test_place_after_the_next_notes_mark_is_not_told():
    """Near miss of the rule's own condition: "recommendation 41," stands after the next note's mark ("Agenda 212"
    + "," is note 2's candidate, "Agenda 21" + "2"), and marks go in the notes' order: it cannot be note 1's mark, so
    "92/13" + "1" is the one place and nothing is told (the first version told it)."""
    text = _page(place="Agenda 212, and recommendation 41",
                 note2="\n 2 Report of the Conference on Straits and Channels, annex II.").replace("93/102", "93/110")
    got, warnings = _parse(text)
    paragraphs = got["preamble"]["paragraphs"]
    assert [r["marker"] for r in paragraphs[0]["footnote_refs"]] == ["1"]
    assert [r["marker"] for r in paragraphs[1]["footnote_refs"]] == ["2"]
    assert not [w for w in warnings if w.code == "text-note-mark-guessed"]


def test_counted_number_inside_its_clause_is_not_told():
    """Near miss: the page's other number ending with the marker is counted by a word of the table
    ("recommendation 41 of", a word after it, inside its clause): its digits are its own, nothing told."""
    _, warnings = _parse(_page(place="recommendation 41 of its annex"))
    assert not [w for w in warnings if w.code == "text-note-mark-guessed"]


_MANDATE = """联合国                                                      S/RES/9920 (2031)

安全理事会                                           Distr.: General
                                                     2031年9月20日

第9920(2031)号决议

2031年9月20日安全理事会第9971次会议通过

  安全理事会，

  回顾其以往关于北部海峡航标的各项决议，

  1 . 决定将航标特派团的任务期限延长至2032年9月30日，并决定特派团
的任务包括以下优先工作，应以尊重沿海国家主权的方式开展各项工作：
  ㈠ 修复航标
  ㈡ 支持沿海国家加强海峡航行安全机构和港务管理机构，以便建立运作
良好的航行机构，包括航标维护机构和引航机构以及海峡交通管理{LAST}
保护航标人员
  2 . 确保特派团人员、设施和装备得到保护，保障特派团人员的行动自
由；
{TITLE}
  3 . 请秘书长每90天向安理会提交一次报告；
  4 . 决定继续积极处理此案。
"""


def _mandate(last: str = "总机构", rest: str = "保护航标人员", title: str = "报告安排") -> str:
    """The mandate with the item's last characters, the short line under it, and a title beyond doubt over
    paragraph 3 (under a line that finished its paragraph; "" for a text that prints no titles)."""
    text = _MANDATE.replace("{LAST}", last).replace("保护航标人员", rest)
    return text.replace("{TITLE}\n", f"{title}\n" if title else "")


def test_item_tail_or_title_after_a_full_line_is_told():
    """The item's last line fills the width (64 columns, as the text's full lines), "保护航标人员" at the margin
    under it, "2 ." under that: read as the item's last words (the base's reading), told. Fails on the base (told
    nothing)."""
    got, warnings = _parse(_mandate())
    items = got["operative"][0]["subparagraphs"]
    assert items[1]["text"].endswith("海峡交通管理总机构保护航标人员")
    assert got["operative"][1]["headings"] == []
    told = [w for w in warnings if w.code == "text-boundary-guessed"]
    assert [w.line for w in told] == [19]
    assert "保护航标人员" in told[0].message


def test_title_after_an_item_that_stopped_short_is_not_told():
    """Near miss: the item's last line stops short (room for more characters): the item ended there, the line is the
    next paragraph's title, certain, and nothing is told."""
    got, warnings = _parse(_mandate(last="机构").replace("包括航标维护机构和引航机构以及", "包括"))
    assert got["operative"][0]["subparagraphs"][1]["text"].endswith("海峡交通管理机构")
    assert got["operative"][1]["headings"] == ["保护航标人员"]
    assert not [w for w in warnings if w.code == "text-boundary-guessed"]


def test_item_rest_in_a_text_without_titles_is_not_told():
    """Near miss: the same short line after a full one, but the text prints no title over any other paragraph (the
    words the wrap carried over, "…管理" / "合作机构"): nothing says titles are printed, and nothing is told."""
    _, warnings = _parse(_mandate(rest="合作机构", title=""))
    assert not [w for w in warnings if w.code == "text-boundary-guessed"]


def test_one_character_rest_is_not_told():
    """Near miss: a single character under the full line ("…管理指挥中" / "心", the word 中心 cut): no title is one
    character, nothing told, though the text prints a title elsewhere."""
    _, warnings = _parse(_mandate(last="指挥中", rest="心"))
    assert not [w for w in warnings if w.code == "text-boundary-guessed"]


def test_rest_ending_with_a_question_mark_is_not_told():
    """Near miss: the short line ends with the script's question mark ("…有何后果？", an item's question): no title
    ends with a stop of the table, nothing told."""
    _, warnings = _parse(_mandate(rest="有何后果？"))
    assert not [w for w in warnings if w.code == "text-boundary-guessed"]
