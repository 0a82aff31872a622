"""The hanging-print rules of round thirty-two refuse what they do not serve (tests/fixtures/hanging32/, written for
the review of the round's merge): a section's numeral at the margin with a tab ("A. Desert lighthouses", "一. 沿海灯塔")
sets no text column for the paragraph under it (numeral-tab-column: only a numeral set in past the paragraphs' first
lines); a nested item citing a label ("paragraph 4 (b)") is no inline list (inline-list-at-text-column); a numeral
alone over an enacting formula is not joined to it (numeral-alone-joins). Each ran paragraphs together silently. Round
thirty-three's review the same (below): label-before-dash, numeral-tab-column widened, numeral-tab-no-heading,
unit-cut-at-text-column."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.pipeline import read, result

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hanging32"


def _read(name: str) -> dict:
    return to_dict(result(read(lang(name.split(".")[-2]), (FIXTURES / name).read_text(encoding="utf-8"), [])))


@pytest.mark.parametrize(("name", "heading"), [("section-numeral-at-margin.en.txt", "A. Desert lighthouses"),
                                               ("section-numeral-at-margin.zh.txt", "一.沿海灯塔")])
def test_a_section_numeral_at_the_margin_sets_no_text_column(name: str, heading: str) -> None:
    texts = [p["text"] for p in _read(name)["preamble"]["paragraphs"]]
    assert len(texts) == 3 and texts[1] == heading


def test_a_nested_item_that_cites_a_label_stays_an_item() -> None:
    (first, _) = _read("nested-item-cites-label.en.txt")["operative"]
    assert first["text"].endswith("the following measures:")
    assert [s["label"] for s in first["subparagraphs"]] == ["(a)", "(b)"]
    assert "paragraph 4 (b) of resolution" in first["subparagraphs"][0]["text"]


def test_a_numeral_alone_over_a_formula_is_not_joined_to_it() -> None:
    doc = read(lang("en"), (FIXTURES / "numeral-over-formula.en.txt").read_text(encoding="utf-8"), [], trace=True)
    assert "numeral-alone-joins" not in [name for name, _ in doc.trace or []]


# Round thirty-three's review: the round's rules refuse what they do not serve. Each of these read silently wrong on the
# branch before its rule was narrowed, and reads as main reads it now.
def _parse(text: str, code: str, trace: bool = False):  # type: ignore[no-untyped-def]
    return read(lang(code), text, [], trace=trace)


ES_DASH = """Naciones Unidas                                                    A/RES/95/411

Asamblea General                                                   Distr. general
                                                                   30 de diciembre de 2040

Nonagésimo quinto período de sesiones

Resolución aprobada por la Asamblea General el 24 de diciembre de 2040

95/411. Cooperación en materia de puertos

    La Asamblea General,

    Recordando sus resoluciones anteriores sobre la cooperación en materia de puertos
y muelles pesqueros,

    1. Decide que la Autoridad Portuaria se encargará de:

    a){dash} la limpieza de los muelles del puerto viejo y de la formación de los
estibadores;

    b){dash} la reparación de las grúas dañadas por las mareas de otoño;

    c){dash} la presentación de un informe anual a la Asamblea General;

    2. Decide seguir ocupándose de la cuestión.

                                                       90a sesión plenaria
                                                       24 de diciembre de 2040
"""


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_dash_glued_to_a_label_before_its_text_keeps_the_label(dash: str) -> None:
    """label-before-dash: only a dash before another label ("a)–d)", a range) refuses the label; "a)- la limpieza …"
    opens an item (the branch ran the three items into paragraph 1)."""
    (first, _) = to_dict(result(_parse(ES_DASH.replace("{dash}", dash), "es")))["operative"]
    assert [s["label"] for s in first["subparagraphs"]] == ["a)", "b)", "c)"]
    assert first["text"] == "Decide que la Autoridad Portuaria se encargará de:"


EN_DASH = """United Nations                                                     A/RES/95/412

General Assembly                                                   Distr.: General
                                                                   30 December 2040

Ninety-fifth session

Resolution adopted by the General Assembly on 24 December 2040

95/412. Cooperation on fishing harbours

    The General Assembly,

    Recalling its previous resolutions on cooperation on fishing harbours,

    1. Requests the Harbour Authority:

    (a) To clean the quays of the old harbour;

    (b)\u2014To repair the cranes damaged by the autumn tides;

    (c) To report every year to the General Assembly;

    2. Decides to remain seized of the matter.

                                                       90th plenary meeting
                                                       24 December 2040
"""


def test_an_em_dash_glued_to_a_bracketed_label_keeps_the_label() -> None:
    (first, _) = to_dict(result(_parse(EN_DASH, "en")))["operative"]
    assert [s["label"] for s in first["subparagraphs"]] == ["(a)", "(b)", "(c)"]


def test_a_range_of_bracketed_labels_is_still_refused() -> None:
    """(the rule still serves its class: "(i)–(iii)" at a line's start is a range a sentence cites)"""
    text = EN_DASH.replace("    (b)\u2014To repair the cranes damaged by the autumn tides;",
                           "    (b) To repair the cranes, as set out in subparagraphs\n(i)\u2013(iii) of paragraph 4;")
    doc = _parse(text, "en", trace=True)
    (first, _) = to_dict(result(doc))["operative"]
    assert [s["label"] for s in first["subparagraphs"]] == ["(a)", "(b)", "(c)"]
    assert "subparagraphs (i)\u2013(iii) of paragraph 4;" in first["subparagraphs"][1]["text"]
    assert "label-before-dash" in [name for name, _ in doc.trace or []]


EN_TITLE = """United Nations                                                     A/RES/95/414

General Assembly                                                   Distr.: General
                                                                   30 December 2040

Ninety-fifth session

Resolution adopted by the General Assembly on 24 December 2040

95/414. Cooperation on fishing harbours

    The General Assembly,

    Recalling its previous resolutions on cooperation on fishing harbours and
on the safety of fishing boats in coastal waters,

    Noting the efforts of the coastal States to repair the damaged quays,

{indent}I.    Harbour pilots

    1.    Encourages Member States to strengthen the training of harbour
pilots;

{indent}II.   Measures to strengthen the cooperation between the port
{hang}authorities and the regional fishing organizations

    2.    Requests the Harbour Authority to report every year on the repair of the
damaged quays;

    3.    Decides to remain seized of the matter.

                                                       90th plenary meeting
                                                       24 December 2040
"""


@pytest.mark.parametrize("indent", [13, 2])
def test_a_section_title_that_wraps_at_its_text_column_stays_a_heading(indent: int) -> None:
    """numeral-tab-column (widened) and numeral-tab-no-heading: a section's numeral before a tab whose title wraps at
    its text's column ends bare, no item's comma or semicolon: a title of two lines, as main reads it (the branch ran
    its second line into paragraph 1 and dropped its first, warned only as a heading dropped)."""
    text = EN_TITLE.replace("{indent}", " " * indent).replace("{hang}", " " * (indent + 6))
    (first, second, _) = to_dict(result(_parse(text, "en")))["operative"]
    assert first["text"] == "Encourages Member States to strengthen the training of harbour pilots;"
    assert " ".join(second["headings"]).endswith("II. Measures to strengthen the cooperation between the port "
                                                 "authorities and the regional fishing organizations")


EN_TITLE_ALONE = """United Nations
A/RES/95/416
General Assembly
Distr.: General 30 December 2040
Ninety-fifth session
Resolution adopted by the General Assembly on 24 December 2040
95/416. Cooperation on fishing harbours
      The General Assembly,
      Recalling its previous resolutions on cooperation on fishing harbours and
on the safety of fishing boats in coastal waters,
      Noting the efforts of the coastal States to repair the damaged quays,
      1.
             Encourages Member States to strengthen the training of harbour
pilots;
      II.
             Measures to strengthen the cooperation between the port
             authorities and the regional fishing organizations
      2.
             Requests the Harbour Authority to report every year on the repair of
the damaged quays;
      3.
             Decides to remain seized of the matter.
"""


def test_a_section_numeral_alone_over_a_wrapped_title_stays_a_heading() -> None:
    (first, second, _) = to_dict(result(_parse(EN_TITLE_ALONE, "en")))["operative"]
    assert first["text"] == "Encourages Member States to strengthen the training of harbour pilots;"
    assert " ".join(second["headings"]).endswith("II. Measures to strengthen the cooperation between the port "
                                                 "authorities and the regional fishing organizations")


ZH_TITLE = """联合国                                                              A/RES/95/415

大会                                                                Distr.: General
                                                                    30 December 2040

第九十五届会议

2040年12月24日大会决议

95/415. 渔港合作

    大会，

    回顾其以往关于渔港合作和沿海水域渔船安全的各项决议，

    注意到各沿海国为修复受损码头所作的努力，

             一.   港口引航员

    1.    鼓励会员国加强对港口引航员的培训；

             二.   加强各港口当局与各区域渔业组织之间在修复受损码头方面
                   合作的措施

    2.    请港务局每年就受损码头的修复情况提出报告；

    3.    决定继续处理此案。

                                                       第90次全体会议
                                                       2040年12月24日
"""


def test_a_chinese_section_title_that_wraps_at_its_text_column_stays_a_heading() -> None:
    (first, second, _) = to_dict(result(_parse(ZH_TITLE, "zh")))["operative"]
    assert first["text"] == "鼓励会员国加强对港口引航员的培训；"
    assert "".join(second["headings"]).endswith("二.加强各港口当局与各区域渔业组织之间在修复受损码头方面合作的措施")


RU_UNIT = """Организация Объединенных Наций                                      A/RES/95/418
Генеральная Ассамблея                                               Distr.: General
                                                                    30 December 2040
Девяносто пятая сессия
Резолюция, принятая Генеральной Ассамблеей 24 декабря 2040 года
95/418. Сотрудничество в области рыболовных портов
    Генеральная Ассамблея,
    ссылаясь на свои предыдущие резолюции о сотрудничестве в области рыболовных
портов,
    1.    постановляет, что Портовое управление:
          a)     представит доклад о ремонте причалов старого порта к 1 мая
                 {end}
                 Подготовка лоцманов
          b)     обеспечит подготовку лоцманов в рыболовных портах;
    2.    постановляет продолжать заниматься этим вопросом.
"""


@pytest.mark.parametrize("end", ["2041 г.", "2041 года, на 5 млн."])
def test_a_heading_after_an_items_figure_and_abbreviation_stays_a_heading(end: str) -> None:
    """unit-cut-at-text-column: only a unit of the language table's cut_units, the next line opening with the word that
    completes it ("долл." / "США;"): "2041 г." ends the item, and the title under it stays a title (the branch ran it
    into the item silently)."""
    (first, _) = to_dict(result(_parse(RU_UNIT.replace("{end}", end), "ru")))["operative"]
    (a, b) = first["subparagraphs"]
    assert a["text"].endswith(end)
    assert b["headings"] == ["Подготовка лоцманов"]


def test_an_abbreviated_units_rest_is_traced_once() -> None:
    """(unit-cut-at-text-column is asked by text-column-continues and text-column-no-heading: one trace a line)"""
    text = (Path(__file__).resolve().parent / "fixtures" / "layout" / "unit-cut-at-text-column.txt").read_text(
        encoding="utf-8")
    doc = _parse(text, "ru", trace=True)
    assert [name for name, _ in doc.trace or []].count("unit-cut-at-text-column") == 1
