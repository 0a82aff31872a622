"""UN print as pdftotext -layout or a text-box extractor gives it (round 34, issue 22): the widened rules of round
thirty-four — item-left-text-column after an item's first line, label-alone-in-sequence over a longer item — and the
layouts each must still refuse. Made-up texts (lighthouses), read back."""

from __future__ import annotations

from pathlib import Path

from unres.text.parse import parse_text

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
    # (refusal) A paragraph's number before a tab is no item's label: its wrapped lines come back to the margin.
    text = TASKS.replace("             (b)     支持修复冬季风暴中受损的航标和北部岛屿灯塔\n其他任务\n"
                         "      2.     请灯塔特派团执行下列其他任务：\n",
                         "      2.     请灯塔特派团执行下列其他任务并向安理会定期报告其执行\n情况：\n")
    res, _ = _read(text)
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].text == "请灯塔特派团执行下列其他任务并向安理会定期报告其执行情况："
    assert res.operative[1].headings == ()


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


def test_a_closing_statement_after_a_date_is_still_the_closing() -> None:
    # (refusal, closing-words-wrapped) After the adoption date — a short line — the statement opens the closing.
    text = (FIXTURES / "closing-words-wrapped.txt").read_text(encoding="utf-8") + "一致通过。\n"
    res, _ = _read(text)
    assert [p.number for p in res.operative] == ["1", "2"]
    assert res.operative[1].text == "决定继续审议这一问题。"
