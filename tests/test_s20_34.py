"""Round thirty-four, s20-34: the PDF generator's decidable failures of the development draw s20 (issue 22)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unres.langs import lang
from unres.text.parse import parse_text

LAYOUT = Path(__file__).parent / "fixtures" / "layout"

_SC_HEAD = """United Nations S/RES/9981 (2031)
Security Council Distr.: General
9 June 2031
Resolution 9981 (2031)
Adopted by the Security Council at its 9994th meeting, on 9 June 2031
The Security Council,
Recalling its earlier resolutions on the lighthouses of the coastal States and on the safety
of shipping in their waters, and the work of the Lighthouse Keepers Support Office,
1. Decides to extend the mandate of the Mission until 31 May 2032;
2. Authorizes the Mission to pursue the following tasks, bearing in mind that these tasks
are mutually reinforcing:
(a) Repair of lighthouse towers damaged by the storms of the past winter
(b) Support for national and regional efforts to maintain lighthouses, beacons and buoys
"""
_SC_TAIL = """3. Further authorizes the Mission to carry out the following further tasks:
(a) To monitor the state of the beacons along the outer coast;
4. Decides to remain actively seized of the matter.
"""


def test_a_capital_on_a_common_word_after_a_task_without_punctuation_opens_a_title():
    """capital-after-lower-case-word: "(b) … beacons and buoys" ran to the width ("Further" would not have fitted),
    then "Further tasks" and a numbered paragraph. Main read the title as the task's rest."""
    parsed = parse_text(_SC_HEAD + "Further tasks\n" + _SC_TAIL)
    res = parsed.resolution
    assert res.operative[1].subparagraphs[1].text.endswith("beacons and buoys")
    assert res.operative[2].headings == ("Further tasks",)
    # (only the capital told: the guess is warned)
    assert [w.line for w in parsed.warnings if w.code == "text-boundary-guessed"] == [14]


def test_a_spanish_title_after_a_task_without_punctuation():
    """The same in Spanish: "Protección del personal" after a task's last line, before "2."."""
    text = """Naciones Unidas S/RES/9982 (2031)
Consejo de Seguridad Distr. general
9 de junio de 2031
Resolución 9982 (2031)
Aprobada por el Consejo de Seguridad en su 9995ª sesión, celebrada el 9 de junio de 2031
El Consejo de Seguridad,
Recordando sus resoluciones anteriores sobre los faros de los Estados ribereños,
1. Decide que el mandato de la Misión incluya las siguientes tareas prioritarias:
i) Protección de los fareros y de sus familias
ii) Apoyo a la reparación de los faros y al fortalecimiento de las instituciones
estatales, incluidas las capitanías de puerto y las demás instituciones judiciales
Protección del personal de las Naciones Unidas
2. Garantizar la protección del personal de las Naciones Unidas y de sus instalaciones;
3. Decide seguir ocupándose activamente de la cuestión.
"""
    res = parse_text(text).resolution
    assert res.operative[0].subparagraphs[1].text.endswith("las demás instituciones judiciales")
    assert res.operative[1].headings == ("Protección del personal de las Naciones Unidas",)


def test_a_word_that_opens_a_name_inside_a_line_opens_no_title():
    """The refusal: the text writes "Further" with its capital right after a word in lower case ("the Further
    Office"), where a name opens: the line may be the task's rest, as before."""
    head = _SC_HEAD.replace("Support Office,\n", "Support Office,\nWelcoming the work of the Further Office,\n")
    res = parse_text(head + "Further tasks\n" + _SC_TAIL).resolution
    assert res.operative[2].headings == ()


@pytest.mark.parametrize(("shipping", "task_end", "name", "reads"), [
    # after "entitled", the line is the name the word announces, in sentence case too ("Safe harbours for all"),
    # though "safe" is written in lower case elsewhere
    ("safe shipping in their waters,", "beacons and buoys under the joint programme entitled", "Safe harbours for all",
     "entitled Safe harbours for all"),
    # a line in title case: a name's words each with a capital, one of them a word the text writes in lower case
    # elsewhere ("harbours"), after a task's lower-case word, is the name's, not a section's title
    ("safe shipping in their waters and harbours,", "beacons and buoys under the joint programme of work",
     "Safe Harbours for All", "programme of work Safe Harbours for All"),
])
def test_no_title_on_a_name_after_a_task(shipping, task_end, name, reads):
    """capital-after-lower-case-word's refusals (review 34, finding 2): a name announced, or in title case."""
    head = _SC_HEAD.replace("shipping in their waters,", shipping).replace("beacons and buoys\n", task_end + "\n")
    res = parse_text(head + name + "\n" + _SC_TAIL).resolution
    assert res.operative[2].headings == ()
    assert res.operative[1].subparagraphs[1].text.endswith(reads)


def test_no_french_title_after_intitule():
    """The refusal in French: "… intitulé" / "Ports sûrs pour tous" / "3. Prie …" (the review's input)."""
    text = """Nations Unies S/RES/9981 (2031)
Conseil de sécurité Distr. générale
9 juin 2031
Résolution 9981 (2031)
Adoptée par le Conseil de sécurité à sa 9994e séance, le 9 juin 2031
Le Conseil de sécurité,
Rappelant ses résolutions antérieures sur les phares des États côtiers et sur la sécurité
de la navigation dans leurs eaux, et sur les ports sûrs de la région,
1. Décide de proroger le mandat de la Mission jusqu'au 31 mai 2032 ;
2. Autorise la Mission à exécuter les tâches suivantes, qui se renforcent mutuellement :
a) Réparation des tours des phares endommagées par les tempêtes de l'hiver dernier
b) Appui aux États côtiers et aux autorités portuaires dans l'exécution du programme commun
de réparation des phares et des balises de la côte septentrionale et orientale intitulé
Ports sûrs pour tous
3. Prie le Secrétaire général de lui faire rapport tous les quatre-vingt-dix jours ;
4. Décide de rester activement saisi de la question.
"""
    res = parse_text(text).resolution
    assert res.operative[2].headings == ()


def test_no_title_after_a_line_that_ends_with_a_capital():
    """The refusal: the task's line ends with a name's word ("… the Lighthouse"): the capital after it may go on
    with the name ("Further …" a name's rest), as before."""
    head = _SC_HEAD.replace("beacons and buoys\n", "beacons and the Lighthouse\n")
    res = parse_text(head + "Further tasks\n" + _SC_TAIL).resolution
    assert res.operative[2].headings == ()


def test_two_days_cut_after_their_conjunction_are_a_date_not_a_mark():
    """date-over-break, widened: "… созванного Генеральным секретарем 23 и" / "24 сентября 2021 года": the first
    day of two, the wrap cutting after the conjunction; main took "23" for the mark of note 23, whose mark stands
    further on after a closing quote ("ФАО» 23 ,"), which the loose rule reaches only after the day."""
    text = (LAYOUT / "date-over-break.txt").read_text(encoding="utf-8").replace(
        "которая состоялась 12 и 13 ноября 2032 года;",
        "которая была созвана Генеральным секретарем 2 и\n\n3 ноября 2032 года;").replace(
        "протоколы к Договору 2 ,", "протоколы «О маяках побережья» 2 ,")
    res = parse_text(text).resolution
    assert "секретарем 2 и 3 ноября 2032 года;" in res.operative[0].text
    assert [r.marker for r in res.operative[1].footnote_refs] == ["2"]


def test_a_date_of_two_days_needs_its_whole_date_after_the_break():
    """The bound: after the conjunction, the next line must open with the second day and the whole date ("24
    сентября 2021 года"); the second day must be the first's next."""
    ru = lang("ru")
    from unres.text.marks import date_over_break

    line = "созванного Генеральным секретарем 23 и"
    start = line.index(" 23")
    assert date_over_break(ru, line, start, start + 3, "24 сентября 2021 года, и")
    assert not date_over_break(ru, line, start, start + 3, "25 сентября 2021 года, и")
    assert not date_over_break(ru, line, start, start + 3, "24 члена Совета")


def test_an_amount_cut_after_its_first_group_keeps_its_millions():
    """grouped-head-apart-cut-by-break: "в размере 1" / "909 500 долл. США": main took the "1" for the note's mark
    and the amount lost its millions."""
    res = parse_text((LAYOUT / "grouped-head-apart-cut-by-break.txt").read_text(encoding="utf-8")).resolution
    assert "в размере 1 909 500 долл. США" in res.preamble.paragraphs[1].text
    assert [r.marker for r in res.preamble.paragraphs[0].footnote_refs] == ["1"]


def test_a_mark_before_a_year_on_the_next_line_stays_a_mark():
    """The bound: a year (four digits) is no group of three: "… Повестки дня 1" / "2030 года" is not an amount."""
    from unres.text.marks import grouped_head_apart_cut

    ru = lang("ru")
    assert not grouped_head_apart_cut(ru, "в области устойчивого развития 1", 29, "2030 года")
    assert not grouped_head_apart_cut(ru, "в размере 1", 9, "909,5 млн долл.")  # a decimal's
    assert grouped_head_apart_cut(ru, "в размере 1", 9, "909 500 долл.")
    assert not grouped_head_apart_cut(ru, "навигационных знаков 1", 21, "125 государств")  # no currency or unit
    assert not grouped_head_apart_cut(lang("zh"), "金额 1", 2, "909 500美元")  # a script without spaces


def test_a_month_the_digits_cannot_make_leaves_them_a_mark():
    """mark-before-month-at-break (s20-34 wrote the same rule as month-after-break; the merge kept hang-34's):
    "国际日、13" / "2月4日": no "132月"; but "、1" / "2月4日" may be "12月4日", a cut number as before."""
    from unres.text.marks import month_after_break

    zh = lang("zh")
    assert month_after_break(zh.number_units, "国际日、13", 4, "2月4日人类博爱国际日")
    assert not month_after_break(zh.number_units, "国际日、1", 4, "2月4日人类博爱国际日")


@pytest.mark.parametrize(("view", "mark"), [
    ("implementation of resolution 77/7;1", True),
    ("in document A/78/84;2", True),
    ("resolution S/RES/2712 (2023);1", True),
    ("the meeting at 10;1", False),  # no symbol
    ("see section 5.2;1", False),
    ("at 10:1", False),  # a colon: a time's
])
def test_a_mark_after_a_symbols_semicolon(view, mark):
    """mark-after-symbol-semicolon: only after a document's symbol and the semicolon."""
    from unres.text.marks import symbol_semicolon

    assert symbol_semicolon(view, len(view) - 1) is mark


def test_a_short_text_ending_with_a_symbol_and_its_mark():
    """Main left "1" in the text ("… 90/14;1") and the note unreferenced."""
    res = parse_text((LAYOUT / "mark-after-symbol-semicolon.txt").read_text(encoding="utf-8")).resolution
    assert res.operative[0].text.endswith("resolution 90/14;")


def test_an_endnote_marker_first_on_a_line_after_a_counting_word_stays_text():
    """endnote-mark-at-line-start's refusal: after a word that counts ("paragraph" / "14 , and"), the number is the
    paragraph's."""
    text = (LAYOUT / "endnote-mark-at-line-start.txt").read_text(encoding="utf-8").replace(
        "by the Lighthouse Committee\n14 ,", "in its paragraph\n14 ,")
    res = parse_text(text).resolution
    assert res.preamble.paragraphs[0].footnote_refs == ()
    assert "paragraph 14 , and" in res.preamble.paragraphs[0].text


_STAR = """联合国 A/RES/91/57
大会 Distr.: General
9 December 2036
第九十一届会议
议程项目15
2036年12月7日大会决议
91/57. 灯塔看守人规约
大会，
      回顾其关于灯塔和航海安全的各项决议，
      1. 决定对《灯塔看守人规约》第3条修正如下：
      看守人应负责：
      (a) 灯塔的日常维护；*
      (b) 航标的检查。
____________
      * 包括灯具、透镜和电源的维护。
      2. 请秘书长向大会第九十二届会议报告本决议的执行情况；
      3. 决定继续审议这一问题。
第46次全体会议 2036年12月7日
"""


def test_a_finished_star_note_ends_at_a_paragraph_at_its_own_indent():
    """note-runs-on, narrowed: a quoted statute's star note under a rule in the middle of a page, indented as the
    paragraphs are ("      * …。"), then "      2. …": the paragraph is the running text's, not the note's. Main
    read paragraphs 2 and 3 as the note's text."""
    res = parse_text(_STAR).resolution
    assert [op.number for op in res.operative][-2:] == ["2", "3"]
    star = [n for n in res.footnotes if n.marker == "*"]
    assert [n.text for n in star] == ["包括灯具、透镜和电源的维护。"]


def test_a_star_note_goes_on_over_a_line_hung_deeper():
    """The bound: a line indented deeper than the note's first line still goes on with it."""
    text = _STAR.replace("      * 包括灯具、透镜和电源的维护。\n",
                         "      * 包括灯具、透镜和电源的维护。\n        另见第2条。\n")
    res = parse_text(text).resolution
    star = [n for n in res.footnotes if n.marker == "*"]
    assert [n.text for n in star] == ["包括灯具、透镜和电源的维护。另见第2条。"]



def test_a_star_note_goes_on_over_its_second_sentence_at_its_own_indent():
    """note-runs-on-deeper's refusal (review 34, finding 1): a note indented as a block, its second sentence on a line
    of its own at the note's own indent, opening with no number, label or head: it is the note's, not the last
    paragraph's."""
    text = _STAR.replace("      * 包括灯具、透镜和电源的维护。\n"
                         "      2. 请秘书长向大会第九十二届会议报告本决议的执行情况；\n"
                         "      3. 决定继续审议这一问题。\n",
                         "      * 包括灯具、透镜和电源的维护。\n      维护记录由灯塔长保存。\n")
    text = text.replace("      (b) 航标的检查。\n", "      (b) 航标的检查。\n      2. 决定继续审议这一问题。\n")
    res = parse_text(text).resolution
    assert res.operative[-1].text == "决定继续审议这一问题。"
    star = [n for n in res.footnotes if n.marker == "*"]
    assert [n.text for n in star] == ["包括灯具、透镜和电源的维护。维护记录由灯塔长保存。"]


_NOTE_EN = """United Nations A/RES/91/58
General Assembly Distr.: General
9 December 2036
Ninety-first session
Agenda item 16
Resolution adopted by the General Assembly on 7 December 2036
91/58. Harbour pilots
The General Assembly,
      Recalling its resolutions on harbours and the safety of navigation,
      Having considered the report of the Harbour Board on its fourth session,*
      1. Welcomes the work of the Harbour Board;
      2. Decides to continue its consideration of the question.
____________
      * A/91/411. The report covers the Board's work from January to June.
      The Board adopted the report by consensus.
47th plenary meeting
7 December 2036
"""


def test_a_note_indented_as_a_block_keeps_its_second_sentence():
    """note-runs-on-deeper's refusal in English: main's reading (the note has both sentences, the paragraph its own)."""
    res = parse_text(_NOTE_EN).resolution
    assert res.operative[-1].text == "Decides to continue its consideration of the question."
    assert [n.text for n in res.footnotes] == [
        "A/91/411. The report covers the Board's work from January to June. The Board adopted the report by consensus."]


REVIEW = Path(__file__).parent / "fixtures" / "s20_34"


def _traced(text: str, code: str):
    from unres.text.decode import decode
    from unres.text.pipeline import read, result

    decoded, warnings = decode(text.encode("utf-8"))
    doc = read(lang(code), decoded, warnings, trace=True)
    return doc, result(doc)


@pytest.mark.parametrize("name", ["pg1", "pg2", "pg3", "pg4", "pg5", "pgz", "pg_a", "pg_b", "pg_c", "pg_d"])
def test_the_reviews_page_lines_stay_text(name):
    """page-line-in-sequence's refusals, the round-thirty-three reviews' inputs (review33/s18 and review33/fix): a
    quoted "Page 3" under a colon, a lead-in or a comma, in a list of corrections, on page 1 before the real "Page 2"
    head, right under a line of text (the old rule crashed there on int("Page 3")), a page too short to be one (pgz,
    the SC_2565 layout on a page of four lines): the rule never fires, and the page line stays in the text as main
    reads it."""
    from unres.model import to_dict

    text = (REVIEW / f"review_{name}.txt").read_text(encoding="utf-8")
    doc, res = _traced(text, "zh" if name == "pgz" else "en")
    assert "page-line-in-sequence" not in {rule for rule, _ in doc.trace}
    model = json.dumps(to_dict(res), ensure_ascii=False)
    assert ("第3页" if name == "pgz" else "Page 2" if name == "pg5" else "Page 3") in model


def test_a_page_line_inside_a_cut_sentence_a_page_below_the_last_head():
    """page-line-in-sequence in English: "Page 3" inside a sentence the page cut ("… to agree on the" / "Page 3" /
    "repairs …"), a page of lines below "Page 2" (read after the first page's foot). Main ran it into the
    paragraph."""
    text = (LAYOUT / "page-line-in-sequence.txt").read_text(encoding="utf-8")
    zh = parse_text(text).resolution
    assert "第3页" not in zh.operative[11].text
    en = _PAGED_EN.replace("PAGE", "Page 3")
    res = parse_text(en).resolution
    assert res.operative[-2].text.endswith("to agree on the repairs the coming season will need;")


def test_a_page_number_is_read_so_once():
    """Once a number: a second "Page 3" a page further on, inside a sentence too, is text (a quoted page)."""
    en = _PAGED_EN.replace("PAGE", "Page 3").replace(
        "  14. Decides", "  14. Notes that the words printed on\n\n" + " " * 30
        + "Page 3\nof the keepers' handbook were corrected;\n"
        + "".join(f"  {k}. Requests the Mission to inspect lighthouse {k} each spring;\n" for k in range(15, 27))
        + "  27. Decides").replace("  14. Decides", "  27. Decides")
    res = parse_text(en).resolution
    assert any("Page 3 of the keepers' handbook" in op.text for op in res.operative)


def test_a_page_line_at_the_text_margin_inside_a_sentence_stays_text():
    """page-line-in-sequence's refusal (review 34, finding 3): "Page 3" alone at the text's margin inside a sentence,
    a page below "Page 2" — a quoted page ("… printed in the keepers' handbook on" / "Page 3" / "was found …"),
    not set apart as a page's head is: text, as main reads it."""
    en = _PAGED_EN.replace("                              PAGE\n", "Page 3\n")
    res = parse_text(en).resolution
    assert res.operative[-2].text.endswith("to agree on the Page 3 repairs the coming season will need;")


_PAGED_EN = ("United Nations S/RES/9171 (2041)\nSecurity Council Distr.: General\n9 July 2041\n"
             "Resolution 9171 (2041)\nAdopted by the Security Council at its 9999th meeting, on 9 July 2041\n"
             "The Security Council,\n  Recalling its previous resolutions on the safety of coastal navigation,\n"
             "  Welcoming the efforts of the coastal States to keep their lighthouses lit,\n"
             + "".join(f"  {k}. Requests the Mission to report on lighthouse {k} every three months;\n"
                       for k in range(1, 5))
             + "41-12371 (E)    120741\n\nPage 2\n"
             + "".join(f"  {k}. Requests the Mission to inspect the beacons of harbour {k} each winter;\n"
                       for k in range(5, 13))
             + "  13. Encourages the coastal States to meet each year in one of their harbours to agree on the\n\n"
             "                              PAGE\nrepairs the coming season will need;\n"
             "  14. Decides to remain seized of the matter.\n")


def test_a_count_after_a_true_mark_cut_at_the_line_end_keeps_the_mark():
    """grouped-head-apart-cut-by-break's refusal, the whole text (review 34, finding 4): "… знаков 1" / "125
    государств …" — no currency or unit after the groups: the "1" is note 1's mark, the count stays 125."""
    text = (LAYOUT / "grouped-head-apart-cut-by-break.txt").read_text(encoding="utf-8").replace(
        "30 июня 2036 года 1\n;\n", "30 июня 2036 года;\n").replace(
        "ссылаясь на свою резолюцию, которой она ассигновала Фонду сумму в размере 1\n909 500 долл. США на ремонт "
        "маяков на северном побережье,\n",
        "отмечая, что Конвенцию о безопасности маяков и навигационных знаков 1\n125 государств уже ратифицировали,\n")
    doc, res = _traced(text, "ru")
    assert "grouped-head-apart-cut-by-break" not in {rule for rule, _ in doc.trace}
    second = res.preamble.paragraphs[1]
    assert "навигационных знаков 125 государств" in second.text
    assert [r.marker for r in second.footnote_refs] == ["1"]


def test_digits_before_a_month_they_can_make_stay_a_cut_number():
    """mark-before-month-at-break's refusal, the whole text (a list of international days, a note on each):
    "国际海员日、1" / "2月4日…" may be "12月4日" — the rule does not fire, the digits stay the cut number's."""
    days = Path(__file__).parent / "fixtures" / "s20_34" / "international-days-list.txt"
    text = days.read_text(encoding="utf-8").replace(
        "6月8日国际海员日、2\n9月21日国际航标日3", "6月8日国际海员日、1\n2月4日国际航标日3").replace(
        "2 第89/30号决议。\n", "")
    doc, res = _traced(text, "zh")
    assert "mark-before-month-at-break" not in {rule for rule, _ in doc.trace}
    assert "国际海员日、12月4日国际航标日" in res.preamble.paragraphs[1].text


def test_digits_after_a_sections_number_and_semicolon_are_no_symbols_mark():
    """mark-after-symbol-semicolon's refusal, the whole text: "… section 5.2;1" — no document's symbol before the
    semicolon: the rule does not fire."""
    text = (LAYOUT / "mark-after-symbol-semicolon.txt").read_text(encoding="utf-8").replace(
        "resolution 90/14;1", "section 5.2;1")
    doc, _ = _traced(text, "en")
    assert "mark-after-symbol-semicolon" not in {rule for rule, _ in doc.trace}


def test_a_list_of_days_each_with_its_note_reads_every_mark():
    """s20-34's fixture of its month rule, now read by mark-before-month-at-break (the merge kept one of the two
    rules): "国际海员日、2" / "9月21日…" makes no month "29月", so the 2 is note 2's mark."""
    text = (Path(__file__).parent / "fixtures" / "s20_34" / "international-days-list.txt").read_text(encoding="utf-8")
    doc, res = _traced(text, "zh")
    assert "mark-before-month-at-break" in {rule for rule, _ in doc.trace}
    second = res.preamble.paragraphs[1]
    assert "6月8日国际海员日、9月21日国际航标日" in second.text
    assert [r.marker for r in second.footnote_refs] == ["1", "2", "3"]
