"""Review fixes of round thirty-five (branch s22-35): the readings three layout rules of the round must no longer
change. Each input is a made-up resolution on which the rule, as first written, moved or added text silently; each
test fails on the branch before the fix."""

from __future__ import annotations

import json
from unittest import mock

import pytest
from test_layout_rules import FIXTURES

from unres.langs import lang
from unres.model import to_dict
from unres.text import footnotes
from unres.text.decode import decode
from unres.text.pipeline import read, result


def _read(code: str, text: str, trace: bool = False):
    txt, warnings = decode(text)
    doc = read(lang(code), txt, warnings, trace=trace)
    return doc, to_dict(result(doc))


# mark-glued-word-at-break, narrowed: a unit's power glued to it at a line's end ("1,200 km2") before a line that goes
# on with a count ("10, 12 and 15 per cent …") is the text's; the note's real mark comes later ("Human Rights2").
KM2_EN = """United Nations                                   A/HRC/RES/91/27
General Assembly                                 Distr.: General
                                                 12 April 2037
Human Rights Council
Ninety-first session
Resolution adopted by the Human Rights Council on 4 April 2037
91/27. Situation of the keepers of the northern lighthouses
The Human Rights Council,
      Guided by the purposes and principles of the Charter of the United Nations,
      Recalling the report of the Special Rapporteur on the northern lighthouses,1
      1. Notes that the protected zones of the northern coasts cover some 1,200 km2
10, 12 and 15 per cent of them being islands, reefs and sandbanks respectively;
      2. Welcomes the report of the Office of the High Commissioner for Human Rights2
on the keepers of the northern lighthouses;
      3. Decides to continue its consideration of the question at its ninety-third session.
1
A/HRC/89/53.
2
A/HRC/91/61.

37-00027 1/1

                                                 60th meeting
                                                 4 April 2037
"""
KM2_ES = """United Nations                                   A/HRC/RES/91/27
General Assembly                                 Distr.: General
                                                 12 April 2037
Human Rights Council
Ninety-first session
Resolution adopted by the Human Rights Council on 4 April 2037
91/27. Situation of the keepers of the northern lighthouses
El Consejo de Derechos Humanos,
      Guiado por los propósitos y principios de la Carta de las Naciones Unidas,
      Recordando el informe del Relator Especial sobre los faros del norte,1
      1. Observa que las zonas protegidas de las costas del norte abarcan unos 1.200 km2
10, 12 y 15 % de los cuales son islas, arrecifes y bancos de arena, respectivamente;
      2. Acoge con beneplácito el informe de la Oficina del Alto Comisionado para los Derechos Humanos2
sobre los fareros del norte;
      3. Decide seguir examinando la cuestión en su nonagésimo tercer período de sesiones.
1
A/HRC/89/53.
2
A/HRC/91/61.

37-00027 1/1

                                                 60th meeting
                                                 4 April 2037
"""


@pytest.mark.parametrize(("code", "text", "unit", "rights"), [
    ("en", KM2_EN, "1,200 km2 10, 12 and 15", "for Human Rights on the keepers"),
    ("es", KM2_ES, "1.200 km2 10, 12 y 15", "los Derechos Humanos sobre los fareros")])
def test_unit_power_before_count_is_no_mark(code, text, unit, rights):
    doc, model = _read(code, text, trace=True)
    ops = model["operative"]
    assert unit in ops[0]["text"] and not ops[0].get("footnote_refs")
    assert rights in ops[1]["text"] and [r["marker"] for r in ops[1]["footnote_refs"]] == ["2"]
    assert "mark-glued-word-at-break" not in {r for r, _ in doc.trace}


# comma-inside-flat-title, narrowed: the last item of a list a colon announces ("… the following reports:" / "Report
# of …," / "… of the coastal States" / "3. …") stays an unnumbered paragraph after the one that announced it.
LIST_EN = """United Nations A/RES/91/212
General Assembly Distr.: General
20 December 2036
Ninety-first session
Agenda item 70
Resolution adopted by the General Assembly on 15 December 2036
91/212. Global efforts for the protection of lighthouse keepers
The General Assembly,
Recalling its resolution 89/190 of 17 December 2034 on the protection of the
keepers of the lighthouses of the coastal States,
1. Welcomes the work of the Special Rapporteur on the safety of lighthouse keepers
and of the regional commissions of the coastal States in the matter;
2. Takes note with appreciation of the following reports:
Report of the Secretary-General on the keepers, the pilots and the crews,
the tenders and the lightships of the coastal States
3. Takes note of the report of the Special Rapporteur of the Commission on the
Safety of Navigation and encourages the Special Rapporteur to continue her work;
4. Decides to continue its consideration of the question at its ninety-second
session.
60th plenary meeting
15 December 2036
"""
LIST_ES = """Naciones Unidas A/RES/91/212
Asamblea General Distr. general
20 de diciembre de 2036
Nonagésimo primer período de sesiones
Tema 70 del programa
Resolución aprobada por la Asamblea General el 15 de diciembre de 2036
91/212. Esfuerzos mundiales para la protección de los fareros
La Asamblea General,
Recordando su resolución 89/190, de 17 de diciembre de 2034, relativa a la
protección de los fareros de los Estados ribereños,
1. Acoge con beneplácito la labor de la Relatora Especial sobre la seguridad de los
fareros y de las comisiones regionales de los Estados ribereños;
2. Toma nota con aprecio de los siguientes informes:
Informe del Secretario General sobre los fareros, los pilotos y las tripulaciones,
los buques faro y las embarcaciones de los Estados ribereños
3. Toma nota del informe de la Relatora Especial de la Comisión de Seguridad de la
Navegación y alienta a la Relatora Especial a que prosiga su labor;
4. Decide seguir examinando la cuestión en su nonagésimo segundo período de
sesiones.
60ª sesión plenaria
15 de diciembre de 2036
"""
# (the same list with an item before the last, ended by a semicolon: the colon stands further up)
LIST2_EN = LIST_EN.replace("reports:\n", "reports:\nReport of the Commission on lighthouse keepers;\n")


@pytest.mark.parametrize(("code", "text", "items"), [("en", LIST_EN, 1), ("es", LIST_ES, 1), ("en", LIST2_EN, 2)])
def test_colon_list_item_is_no_title(code, text, items):
    doc, model = _read(code, text, trace=True)
    ops = model["operative"]
    assert [op["number"] for op in ops] == ["1", "2"] + [None] * items + ["3", "4"]
    assert all(not op.get("headings") for op in ops)
    assert "comma-inside-flat-title" not in {r for r, _ in doc.trace}


def test_flat_title_is_told_a_guess():
    spec = json.loads((FIXTURES / "comma-inside-flat-title.json").read_text(encoding="utf-8"))
    doc, _ = _read(spec["lang"], (FIXTURES / "comma-inside-flat-title.txt").read_text(encoding="utf-8"))
    assert "text-boundary-guessed" in {w.code for w in doc.warnings}


# mark-alone-over-split-note, narrowed: a lone number under a page's running head is the page's own where the note's
# real mark stands alone further down ("… medicine," / "2"); it never goes into the paragraph the page cut.
PAGENUM_EN = """United Nations                                   A/RES/91/45
General Assembly                                 Distr.: General
                                                 14 December 2036
Ninety-first session
Agenda item 56
Lanterns of the southern coasts
Resolution adopted by the General Assembly on 9 December 2036
91/45. Lanterns of the southern coasts
The General Assembly,
  Recalling its resolution 89/15 of 3 December 2034 on the upkeep of the lanterns and
lighthouses that stand on the southern coasts and islands,
  1
  Noting with concern that many of the lanterns of the southern coasts have been dark since
the storms of the last winter and that the keepers of the stations are far from any harbour,
1
Resolution 89/15.

36-00045 1/2

A/RES/91/45

2
  Welcoming the efforts of the coastal States to repair the lanterns and to supply the keepers
with food, fuel and medicine,
  2
  1. Decides to continue its consideration of the question at its ninety-second session.
2
See A/91/289.

2/2 36-00045

45th plenary meeting
9 December 2036
"""
PAGENUM_ZH = """联合国                                            A/RES/91/45
大会                                              Distr.: General
                                                 2036年12月14日
第九十一届会议
议程项目56
南部海岸的灯笼
2036年12月9日大会决议
91/45. 南部海岸的灯笼
大会，
  回顾其2034年12月3日关于维护南部海岸和岛屿上的灯笼和灯塔的第89/15号决议，
  1
  关切地注意到南部海岸的许多灯笼自去年冬季风暴以来一直不亮，站点的看守人远离任何
港口，
1
第89/15号决议。

36-00045 1/2

A/RES/91/45

2
  欢迎沿海国努力修复灯笼并向看守人提供食品、燃料和药品，
  2
  1. 决定在第九十二届会议上继续审议这个问题。
2
见A/91/289。

2/2 36-00045

第45次全体会议
2036年12月9日
"""
CASES = [("en", PAGENUM_EN, "far from any harbour,"), ("zh", PAGENUM_ZH, "远离任何港口，")]


@pytest.mark.parametrize(("code", "text", "end"), CASES)
def test_page_number_over_split_note_stays_out(code, text, end):
    doc, model = _read(code, text, trace=True)
    pre = model["preamble"]["paragraphs"]
    assert pre[1]["text"].endswith(end) and not pre[1].get("footnote_refs")
    assert [r["marker"] for r in pre[2]["footnote_refs"]] == ["2"]
    assert "mark-alone-over-split-note" not in {r for r, _ in doc.trace}


@pytest.mark.parametrize(("code", "text", "end"), CASES)
def test_page_number_set_back_unused_leaves_text(code, text, end):
    """mark-alone-over-page's safeguard: even where the rule fires (the check above off), the number no note took
    as its mark leaves the text."""
    with mock.patch.object(footnotes, "_lone_before_note", lambda *_: False):
        doc, model = _read(code, text, trace=True)
    assert model["preamble"]["paragraphs"][1]["text"].endswith(end)
    assert "mark-alone-over-split-note" in {r for r, _ in doc.trace}


# part-label-opens-run, narrowed after the text round trip's property test: where blank lines part the blocks, a part's
# one-line title is not a run; the part's first paragraph, in lower case and ending with a comma, stays a paragraph.
PARTS_APART = """The Economic and Social Council,

A

1. Asks the commission to count the lighthouses of the coastal States;

B

Work of the lighthouse commission

bearing in mind the needs of the keepers of the lighthouses,

noting the reports of the coastal States on their keepers,

1. Decides to consider the question at its next session.

[Adopted without a vote.]
"""


def test_a_part_title_apart_by_a_blank_line_runs_into_no_paragraph():
    doc = read(lang("en"), PARTS_APART, [], trace=True)
    part_b = to_dict(result(doc))["parts"][1]
    assert [p["text"] for p in part_b["preamble"]] == [
        "bearing in mind the needs of the keepers of the lighthouses,",
        "noting the reports of the coastal States on their keepers,"]
    assert "part-label-opens-run" not in {r for r, _ in doc.trace}


def test_a_part_title_in_double_spaced_text_still_opens_a_run():
    """The narrowing above counts a blank line only where blank lines part blocks: text with a blank line after
    every line (double-spaced) still opens the run under part-label-opens-run's own fixture's part B."""
    text = (FIXTURES / "part-label-opens-run.txt").read_text(encoding="utf-8")
    doc = read(lang("en"), "\n\n".join(text.splitlines()) + "\n", [], trace=True)
    part_b = to_dict(result(doc))["parts"][1]
    assert part_b["preamble"][0]["text"].startswith("Noting with satisfaction that several Member States")
    assert "part-label-opens-run" in {r for r, _ in doc.trace}
