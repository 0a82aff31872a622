"""UN print as pdftotext -layout or a text-box extractor gives it (round 34, issue 22): the widened rules of round
thirty-four — item-left-text-column after an item's first line, label-alone-in-sequence over a longer item — and the
layouts each must still refuse. Made-up texts (lighthouses), read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.langs import lang
from unres.text.parse import parse_text
from unres.text.pipeline import read

FIXTURES = Path(__file__).parent / "fixtures" / "layout"

# An item's first line that ran near the width, its label set in before a tab, then a title at the margin.
TASKS = """联合国
S/RES/4112 (2040)
安全理事会
Distr.: General 29 March 2040
第4112(2040)号决议
2040年3月29日安全理事会第9999次会议通过
安全理事会，
      回顾其以往关于沿海灯塔和航标的各项决议，重申航行安全对于该
区域各沿海国和各岛屿居民的重要性，
      1.     决定灯塔特派团的任务应包括以下优先任务：
             (a)     保护灯塔看守人
             (b)     支持修复冬季风暴中受损的航标和北部岛屿灯塔
其他任务
      2.     请灯塔特派团执行下列其他任务：
             (a)     培训新的灯塔看守人；
      3.     决定继续积极处理此案。
"""


def _read(text: str):
    parsed = parse_text(text, None)
    return parsed.resolution, [w.code for w in parsed.warnings]


def test_a_title_at_the_margin_after_an_items_first_line_is_a_heading() -> None:
    # item-left-text-column, widened: the item's wrapped lines would have hung at its text's column (after the tab),
    # so a line back at the margin is what follows the item — a title before paragraph 2, not the item's rest.
    res, warnings = _read(TASKS)
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[0].subparagraphs[1].text == "支持修复冬季风暴中受损的航标和北部岛屿灯塔"
    assert res.operative[1].headings == ("其他任务",)
    assert warnings == []


def test_a_paragraphs_rest_at_the_margin_after_its_numbers_line_goes_on() -> None:
    # (refusal) A paragraph's number before a tab is no item's label: its wrapped lines come back to the margin. (The
    # rest ends bare, as a title would: with a colon no heading run took it, whatever the rule said — review 34.)
    text = TASKS.replace("             (b)     支持修复冬季风暴中受损的航标和北部岛屿灯塔\n其他任务\n"
                         "      2.     请灯塔特派团执行下列其他任务：\n             (a)     培训新的灯塔看守人；\n",
                         "      2.     请灯塔特派团执行下列其他任务并向安理会定期报告其执行\n情况\n")
    res, warnings = _read(text)
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].text == "请灯塔特派团执行下列其他任务并向安理会定期报告其执行情况"
    assert res.operative[1].headings == () and res.operative[2].headings == ()
    assert warnings == []


# A General Assembly list of reports in the preamble, its labels before a tab, an item's wrapped rest back at the
# margin (the Assembly's print): the rest is the item's, no paragraph of its own (review 34's inputs).
REPORTS_ZH = """联合国 A/RES/92/50
大会 Distr.: General
3 March 2037
第九十二届会议
议程项目23
2037年2月27日大会决议
92/50. 沿海灯塔
大会，
      回顾其以往关于沿海灯塔和航标的各项决议，重申航行安全对于该区域各沿海国
和各岛屿居民的重要性，
      注意到秘书长提交的下列报告：
            (a)     灯塔看守人的培训和住所
            (b)     秘书长关于北部海岸各灯塔和航标状况以及冬季风暴所造成损坏
的报告
      表示关切北部海岸的许多灯塔和航标仍然无法正常使用，这对航行安全以及各岛
屿居民的生活造成影响，
      1.    决定在第九十三届会议临时议程中列入题为“沿海灯塔”的项目；
      2.    决定继续审议这一问题。
第61次全体会议
2037年2月27日
"""

REPORTS_EN = """United Nations                                                          A/RES/92/50
General Assembly                                          Distr.: General
                                                          3 March 2037
Ninety-second session
Agenda item 23
Resolution adopted by the General Assembly on 27 February 2037
92/50. Coastal lighthouses
     The General Assembly,
     Recalling its previous resolutions on coastal lighthouses and beacons, and reaffirming the
importance of safe navigation for the coastal States and the inhabitants of the islands of the region,
     Having considered the following reports of the Secretary-General:
           (a)     Report of the Secretary-General on the training and housing of lighthouse
keepers
           (b)     Report of the Secretary-General on the state of the beacons and lighthouses in the Northern
Isles
     Expressing concern that many lighthouses and beacons on the northern coasts are still out of
service, which affects the safety of navigation and the lives of the inhabitants of the islands,
     1.    Decides to include in the provisional agenda of its ninety-third session the item entitled
"Coastal lighthouses";
     2.    Decides to remain seized of the matter.
                                                                 61st plenary meeting
                                                                 27 February 2037
"""


# (the list the preamble's last paragraph, the operative part's first number under the item's rest)
REPORTS_ZH_LAST = REPORTS_ZH.replace("      表示关切北部海岸的许多灯塔和航标仍然无法正常使用，这对航行安全以及各岛\n"
                                     "屿居民的生活造成影响，\n", "")


@pytest.mark.parametrize(("text", "rest", "count"), [
    (REPORTS_ZH, "秘书长关于北部海岸各灯塔和航标状况以及冬季风暴所造成损坏的报告", 3),
    (REPORTS_EN, "Northern Isles", 3),
    (REPORTS_ZH_LAST, "秘书长关于北部海岸各灯塔和航标状况以及冬季风暴所造成损坏的报告", 2),
], ids=["zh", "en", "zh-before-first-number"])
def test_an_items_rest_at_the_margin_in_the_preamble_goes_on(text: str, rest: str, count: int) -> None:
    # (refusal, item-left-text-column after an item's first line) Never in the preamble, nor where no paragraph's
    # number follows the line at the margin: the item's rest is its own.
    res, warnings = _read(text)
    paragraphs = res.preamble.paragraphs
    assert len(paragraphs) == count
    assert paragraphs[1].text.endswith(rest)
    assert [p.number for p in res.operative] == ["1", "2"]
    assert res.operative[0].headings == ()
    assert "text-heading-dropped" not in warnings


# A list's item of many lines, its text hung past a tab, joined to the next by "; y"; the next label alone on its line.
LONG_ITEM = """Naciones Unidas S/RES/9996 (2031)
Consejo de Seguridad Distr. general
12 de junio de 2031
Resolución 9996 (2031)
Aprobada por el Consejo de Seguridad en su 9999ª sesión, celebrada el 12 de junio de 2031
El Consejo de Seguridad,
      Recordando sus resoluciones anteriores sobre la seguridad de la navegación en
las costas septentrionales,
      1.
             Autoriza a la Autoridad de Faros a que preste apoyo a los Estados ribereños
por los medios siguientes:
             a)
                   Prestando apoyo técnico a los fareros de las costas septentrionales,
                   incluso aumentando su capacidad mediante la formación y la
                   realización de inspecciones conjuntas de los faros, en su labor
                   encaminada a reparar los daños causados por los temporales y
                   mejorar las condiciones de la navegación en la región,
                   caracterizada por los naufragios, los bancos de arena, las
                   corrientes y las nieblas, los arrecifes, los faros apagados y las
                   balizas perdidas, y la falta de personal en los puertos de las
                   islas septentrionales; y
             b)
                   Prestando apoyo a las capitanías de puerto para garantizar el
                   funcionamiento de las balizas de los puertos;
      2.
             Decide seguir ocupándose activamente de la cuestión.
"""


def test_a_label_alone_after_a_long_item_joined_by_a_conjunction_opens_the_next_item() -> None:
    # label-alone-in-sequence, its reach widened to twelve lines: the item above, a) (ten lines), is found.
    res, warnings = _read(LONG_ITEM)
    assert [p.number for p in res.operative] == ["1", "2"]
    items = res.operative[0].subparagraphs
    assert [s.label for s in items] == ["a)", "b)"]
    assert items[1].text == ("Prestando apoyo a las capitanías de puerto para garantizar el funcionamiento de las "
                             "balizas de los puertos;")
    assert "text-heading-dropped" not in warnings


# A last paragraph that lacks its stop, its last line as long as a full line, then the closing (review 34's inputs).
LAST_UNFINISHED_ZH = """联合国 A/HRC/RES/92/40
大会 Distr.: General
3 March 2037
人权理事会
第九十二届会议
议程项目3
人权理事会2037年2月27日通过的决议
92/40. 沿海灯塔看守人的权利
人权理事会，
      回顾其以往关于沿海灯塔和航标的各项决议，重申航行安全对于该区域各沿海国
和各岛屿居民的重要性，
      又强调灯塔看守人在冬季风暴期间为维护海岸灯塔和航标所开展的工作，
      1.    请联合国人权事务高级专员向人权理事会报告本决议的执行情况；
      2.    决定根据其工作方案，在人权理事会第九十三届会议上按照同一议程项目继
续审议这一问题并在必要时审议沿海灯塔看守人在冬季风暴期间的权利和安全问题
[未经表决获得通过。]
第61次会议
2037年2月27日
"""
LAST_ZH = ("决定根据其工作方案，在人权理事会第九十三届会议上按照同一议程项目继续审议这一问题"
           "并在必要时审议沿海灯塔看守人在冬季风暴期间的权利和安全问题")

LAST_UNFINISHED_EN = """United Nations                                                          A/HRC/RES/92/40
General Assembly                                          Distr.: General
                                                          3 March 2037
Human Rights Council
Ninety-second session
Agenda item 3
Resolution adopted by the Human Rights Council on 27 February 2037
92/40. Rights of the keepers of coastal lighthouses
     The Human Rights Council,
     Recalling its previous resolutions on coastal lighthouses and beacons, and reaffirming the
importance of safe navigation for the coastal States and the inhabitants of the islands,
     1.    Requests the United Nations High Commissioner for Human Rights to report to the Human
Rights Council on the implementation of the present resolution;
     2.    Decides to continue its consideration of the question at its ninety-third session under the
same agenda item and to consider the rights and safety of lighthouse keepers during winter storms
[Adopted without a vote.]
                                                                 61st meeting
                                                                 27 February 2037
"""
LAST_EN = ("Decides to continue its consideration of the question at its ninety-third session under the same agenda "
           "item and to consider the rights and safety of lighthouse keepers during winter storms")

LAST_UNFINISHED_SC = """United Nations                                                          S/RES/4113 (2040)
Security Council                                          Distr.: General
                                                          29 March 2040
Resolution 4113 (2040)
     The Security Council,
     Recalling its previous resolutions on coastal lighthouses and beacons, and reaffirming the
importance of safe navigation for the coastal States and the inhabitants of the islands,
     1.    Requests the Secretary-General to report to the Council on the implementation of the
present resolution within ninety days;
     2.    Decides to remain actively seized of the matter and to consider further measures for the
safety of the lighthouses and their keepers should the storms damage them again this winter
Adopted unanimously at the 9999th meeting.
"""
LAST_SC = ("Decides to remain actively seized of the matter and to consider further measures for the safety of the "
           "lighthouses and their keepers should the storms damage them again this winter")


@pytest.mark.parametrize(("text", "last", "vote"), [
    (LAST_UNFINISHED_ZH, LAST_ZH, "without_vote"),  # bracketed
    # whole, before the meeting
    (LAST_UNFINISHED_ZH.replace("[未经表决获得通过。]", "未经表决获得通过。"), LAST_ZH, "without_vote"),
    # whole, at the text's end
    (LAST_UNFINISHED_ZH.replace("[未经表决获得通过。]\n第61次会议\n2037年2月27日\n", "未经表决获得通过。\n"),
     LAST_ZH, "without_vote"),
    (LAST_UNFINISHED_EN, LAST_EN, "without_vote"),  # a spaced script
    (LAST_UNFINISHED_SC, LAST_SC, "unanimous"),  # a spaced script, the statement the text's last line
    # a spaced script, the statement without its stop (no whole statement): its capital word opens no wrapped line
    (LAST_UNFINISHED_SC.replace("9999th meeting.", "9999th meeting"), LAST_SC, "unanimous"),
], ids=["zh-bracketed", "zh-whole-before-meeting", "zh-whole-at-end", "en-bracketed", "en-sc-last-line",
        "en-sc-no-stop"])
def test_a_closing_statement_after_an_unfinished_full_last_line_is_the_closing(text: str, last: str, vote: str) -> None:
    # (refusal, closing-words-wrapped) The statement as the closing prints it — bracketed, or whole before the meeting,
    # the date or the text's end —, or any in a script with spaces, is the closing: the vote is read, the last
    # paragraph keeps its text.
    parsed = parse_text(text, None)
    res = parsed.resolution
    assert [p.number for p in res.operative] == ["1", "2"]
    assert res.operative[1].text == last
    assert res.vote is not None and res.vote.type == vote
    assert "text-closing-uncertain" not in [w.code for w in parsed.warnings]


def test_a_closing_statement_after_the_last_paragraphs_stop_is_the_closing() -> None:
    # (refusal, closing-words-wrapped) After a finished last paragraph — no meeting or date before the statement —
    # the statement opens the closing however long the paragraph's last line ran, and its vote is read.
    text = LAST_UNFINISHED_ZH.replace("安全问题\n[未经表决获得通过。]\n", "安全问题。\n未经表决获得通过\n")
    parsed = parse_text(text, None)
    res = parsed.resolution
    assert [p.number for p in res.operative] == ["1", "2"]
    assert res.operative[1].text == LAST_ZH + "。"
    assert res.vote is not None and res.vote.type == "without_vote"
    assert "text-closing-uncertain" not in [w.code for w in parsed.warnings]


def test_a_closing_statements_words_wrapped_first_on_a_line_are_warned() -> None:
    # closing-words-wrapped refuses the closing where the wrap put its words first on a line: a guess, warned.
    parsed = parse_text((FIXTURES / "closing-words-wrapped.txt").read_text(encoding="utf-8"), None)
    assert len(parsed.resolution.preamble.paragraphs) == 3
    assert [w.code for w in parsed.warnings] == ["text-closing-uncertain"]


# A paragraph's number cited at a line's end ("párrafo" / "2."), a label alone under it: number-alone-joins does not
# join the number (the line above is unfinished), so number-label-alone-joins joins nothing (review 34's input).
CITED_NUMBER = """Naciones Unidas S/RES/9994 (2031)
Consejo de Seguridad Distr. general
3 de junio de 2031
Resolución 9994 (2031)
Aprobada por el Consejo de Seguridad en su 9999ª sesión, celebrada el 3 de junio de 2031
El Consejo de Seguridad,
      Recordando sus resoluciones anteriores sobre la seguridad de la navegación en
las costas septentrionales,
      1.
             Decide prorrogar el mandato de la Misión hasta el 30 de junio de 2032, de
             conformidad con lo dispuesto en el párrafo
      2.
             a)
                   de su resolución 9990 (2030), y solicita al Secretario General que lo
                   informe sobre la reparación de las balizas costeras;
      3.
             Decide seguir ocupándose activamente de la cuestión.
"""


def test_a_label_alone_under_a_number_not_joined_is_not_traced() -> None:
    # number-label-alone-joins is traced only where number_alone joins the number: the rule counts and the fixtures'
    # "fires" name no rule that did nothing.
    doc = read(lang("es"), CITED_NUMBER, [], trace=True)
    fired = [rule for rule, _ in doc.trace]
    assert "number-label-alone-joins" not in fired
    assert "label-alone-joins" in fired


def test_a_label_alone_under_a_number_joined_is_traced() -> None:
    # The fixture's number alone over its first item's label and text: the three lines joined, the rule traced once.
    text = (FIXTURES / "number-label-alone-joins.txt").read_text(encoding="utf-8")
    doc = read(lang("es"), text, [], trace=True)
    assert len([rule for rule, _ in doc.trace if rule == "number-label-alone-joins"]) == 1
