"""Layouts the corpus showed the parser getting wrong, each as a small text written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.langs import lang
from unres.text.parse import parse_text
from unres.text.render import render_text

SC_HEAD = """United Nations S/RES/9999 (2031)
Security Council Distr.: General
3 March 2031
Resolution 9999 (2031)
Adopted by the Security Council at its 9999th meeting , on 3 March 2031
The Security Council,
"""

RU_SC_HEAD = """Организация Объединенных Наций S/RES/9999 (2031)
Совет Безопасности Distr.: General
3 March 2031
Резолюция 9999 (2031)
принятая Советом Безопасности на его 9999-м заседании 3 марта 2031 года
Совет Безопасности,
"""

ZH_GA_HEAD = """联合国 A/RES/85/9
大会 Distr.: General
2030年12月8日
第八十五届会议
2030年12月7日大会决议
"""


def ecosoc_head(number: str, issued: str, adopted: str, title: str) -> str:
    return (f"United Nations E/RES/2031/{number}\nEconomic and Social Council Distr.: General\n{issued}\n"
            f"2031 session\nResolution adopted by the Economic and Social Council on {adopted}\n"
            f"2031/{number}. {title}\n")


def parse(text: str):
    return parse_text(text).resolution


def open_fixture(rule: str) -> str:
    """The text of a layout rule's fixture."""
    return (Path(__file__).parent / "fixtures" / "layout" / f"{rule}.txt").read_text(encoding="utf-8")


def test_headings_without_indent_between_indented_paragraphs_head_the_next_paragraph():
    text = SC_HEAD + """ Recalling its previous resolutions on the region,
 Acting under Chapter VII of the Charter of the United Nations,
Mandate of the mission
Priority tasks
 1. Decides to renew the mandate of the mission until 3 March 2032;
 2. Requests the Secretary-General to report every ninety days on the
situation in the region;
Reporting
 3. Decides to remain seized of the matter.
"""
    r = parse_text(text)
    res = r.resolution
    assert [p.text for p in res.preamble.paragraphs][-1] == (
        "Acting under Chapter VII of the Charter of the United Nations,")
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].text.endswith("situation in the region;")
    assert [p.headings for p in res.operative] == [("Mandate of the mission", "Priority tasks"), (), ("Reporting",)]
    assert "text-heading-dropped" not in [w.code for w in r.warnings]
    # The header stated the adoption (meeting and date): no closing block is missing.
    assert "text-no-closing" not in [w.code for w in r.warnings]
    assert res.metadata.meeting.number == 9999  # "meeting , on": the UN's stray space before the comma


def test_a_heading_wrapped_over_two_lines_is_one_heading():
    text = SC_HEAD + """ 1. Decides to renew the mandate of the mission;
Strengthening the institutions of the country for a more inclusive and resilient
transition at a time of crisis
 2. Decides to remain seized of the matter.
"""
    res = parse(text)
    assert [op.text for op in res.operative] == ["Decides to renew the mandate of the mission;",
                                                 "Decides to remain seized of the matter."]
    assert res.operative[1].headings == ("Strengthening the institutions of the country for a more inclusive and "
                                         "resilient transition at a time of crisis",)


def test_a_lower_case_line_after_a_finished_one_continues_its_sentence():
    # "(i) … oportuna," + "dinámica e integrada" + "(ii) …": not a heading, the end of (i).
    text = SC_HEAD + """ 1. Decides that the mandate shall include:
 (i) Protection of civilians, through a comprehensive, timely,
dynamic and integrated
 (ii) Support to the political process;
 2. Decides to remain seized of the matter.
"""
    res = parse(text)
    subs = res.operative[0].subparagraphs
    assert [s.text for s in subs] == [
        "Protection of civilians, through a comprehensive, timely, dynamic and integrated",
        "Support to the political process;"]


def test_a_paragraph_number_alone_on_its_line_before_a_list():
    text = SC_HEAD + """ 1. Decides to renew the mandate of the mission;
 2.
 (a) Requests the Secretary-General to report by 3 June 2031;
 (b) Further requests an assessment by 3 December 2031;
 3. Decides to remain seized of the matter.
"""
    res = parse(text)
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    # list-without-intro: the first point's words are the text (an empty text is no valid model)
    assert res.operative[1].text == "(a) Requests the Secretary-General to report by 3 June 2031;"
    assert [s.label for s in res.operative[1].subparagraphs] == ["(b)"]


def test_a_wrapped_adoption_line_in_the_header_is_joined():
    text = """Naciones Unidas S/RES/9999 (2031)
Consejo de Seguridad Distr. general
3 de marzo de 2031
Resolución 9999 (2031)
Aprobada por el Consejo de Seguridad en su 9999ª sesión, celebrada el 3 de marzo de
2031
El Consejo de Seguridad,
 1. Decide seguir ocupándose de la cuestión.
"""
    res = parse(text)
    assert res.metadata.meeting.number == 9999
    assert res.metadata.adoption_date == "2031-03-03"


def test_an_embedded_draft_resolution_stays_in_the_paragraph_that_introduces_it():
    text = ecosoc_head("9", "1 August 2031", "25 July 2031", "Reducing waste in public procurement") + """\
The Economic and Social Council
 Recommends to the General Assembly the adoption of the following draft resolution:
 “The General Assembly,
 Recalling its resolution 85/1,
 1. Encourages Member States to reduce waste;
 2. Decides to remain seized of the matter.”
25th plenary meeting
25 July 2031
"""
    r = parse_text(text)
    res = r.resolution
    assert res.preamble.formula == "The Economic and Social Council"
    assert len(res.operative) == 1 and res.operative[0].number is None
    assert res.operative[0].text.startswith("Recommends to the General Assembly the adoption")
    assert res.operative[0].text.endswith("2. Decides to remain seized of the matter.”")
    assert "text-embedded-draft" in [w.code for w in r.warnings]
    assert res.metadata.meeting.number == 25


# A first page that ends on a finished preambular paragraph, then the next page's running head.
RU_PAGE_ONE = RU_SC_HEAD + """
ссылаясь на свои предыдущие резолюции по этому вопросу и на заявления своего
Председателя,

S/RES/9999 (2031)

GE.31-01234 2
"""


def test_russian_preambular_paragraph_after_a_page_break_starts_in_lower_case():
    text = RU_PAGE_ONE + """
признавая далее настоятельную необходимость решения проблемы незаконных
финансовых потоков,

1. постановляет продолжать заниматься этим вопросом.
"""
    res = parse(text)
    assert [p.opening for p in res.preamble.paragraphs] == ["ссылаясь", "признавая далее"]


def test_a_wrapped_line_that_starts_with_a_date_is_not_a_footnote():
    text = """United Nations A/RES/85/9
General Assembly Distr.: General
8 December 2030
Eighty-fifth session
Resolution adopted by the General Assembly on 7 December 2030
85/9. Prohibition of new weapons
The General Assembly,

Recalling its resolutions 62/29 of 5 December 2007, 63/36 of 2 December 2008, 64/51 of

8 December 2009 and 65/66 of 8 December 2010,

1. Decides to include the item in the provisional agenda of its eighty-sixth session.

50th plenary meeting
7 December 2030
"""
    res = parse(text)
    assert res.footnotes == ()
    assert res.preamble.paragraphs[0].text.endswith("64/51 of 8 December 2009 and 65/66 of 8 December 2010,")


def test_a_heading_after_a_list_of_titles_is_not_part_of_the_last_title():
    text = SC_HEAD + """ 1. Decides that the mandate shall include the following priority tasks:
 (a) Protection of civilians
 (b) Protection of the United Nations
Other tasks
 2. Decides to remain seized of the matter.
"""
    r = parse_text(text)
    subs = r.resolution.operative[0].subparagraphs
    assert [s.text for s in subs] == ["Protection of civilians", "Protection of the United Nations"]
    assert [p.number for p in r.resolution.operative] == ["1", "2"]
    assert r.resolution.operative[1].headings == ("Other tasks",)


def test_indented_paragraphs_in_a_short_text_where_almost_every_line_is_indented():
    # Ten of eleven body lines indented: indentation still marks the paragraph starts.
    text = """联合国 S/RES/9999 (2031)
安全理事会 Distr.: General
第9999(2031)号决议
2031年3月3日安全理事会第9999次会议通过
安全理事会，
 回顾其以往关于该区域的各项决议，
 回顾其关于在该区域沿岸公海执行军火禁运的第2292(2016)、2357(2017)、2420(2018)
、2473(2019)号决议，
 重申其第2656(2022)号决议，
 认识到邻国和区域组织的重要作用，
 铭记安理会负有维护国际和平与安全的首要责任，
 重申一切形式和表现的恐怖主义是最严重威胁之一，
 根据《联合国宪章》第七章采取行动，
 1. 决定将各项授权再延长12个月；
 2. 请秘书长在6个月内报告本决议执行情况；
 3. 决定继续积极处理此案。
"""
    res = parse(text)
    assert len(res.preamble.paragraphs) == 7
    assert res.preamble.paragraphs[1].text.endswith("2420(2018)、2473(2019)号决议，")


def test_chinese_footnote_mark_before_a_title_in_book_brackets():
    text = ZH_GA_HEAD + """85/9. 中东局势
大会，
 回顾马德里框架、《阿拉伯和平倡议》、1《四方路线图》，
 1. 决定继续处理此案。

 1 见A/85/100。

S/RES/9999 (2031)

50次全体会议
2030年12月7日
"""
    res = parse(text)
    para = res.preamble.paragraphs[0]
    assert para.text == "回顾马德里框架、《阿拉伯和平倡议》、《四方路线图》，"
    assert [(r.marker, r.offset) for r in para.footnote_refs] == [("1", para.text.index("《四方"))]


def test_chinese_footnote_marks_set_apart_after_full_width_punctuation_and_book_brackets():
    # mark-apart-loose with every script's punctuation: block extractors keep the spaces around a
    # raised mark, after a full-width comma at the line's end and after a closing book bracket.
    text = ZH_GA_HEAD + """85/9. 印度洋和平区
大会，
 回顾在纽约举行的印度洋沿岸国和内陆国会议的报告， 1
 还回顾不结盟国家国家元首和政府首脑会议的《最后文件》 2 第102段，
 1. 决定继续处理此案。

 1 A/34/45。
 2 A/57/759。

S/RES/9999 (2031)

50次全体会议
2030年12月7日
"""
    res = parse(text)
    first, second = res.preamble.paragraphs
    assert first.text == "回顾在纽约举行的印度洋沿岸国和内陆国会议的报告，"
    assert second.text == "还回顾不结盟国家国家元首和政府首脑会议的《最后文件》第102段，"
    assert [r.marker for r in first.footnote_refs] == ["1"]
    assert [(r.marker, r.offset) for r in second.footnote_refs] == [("2", second.text.index("第102"))]
    assert [f.text for f in res.footnotes] == ["A/34/45。", "A/57/759。"]


def test_chinese_marks_set_apart_before_the_enumeration_comma():
    # mark-apart and mark-apart-loose: the enumeration comma "、" is a clause's punctuation a mark set
    # apart stands before, as the comma is ("报告 1 、该报告员…", "《准则》 2 、《宣言》").
    text = ZH_GA_HEAD + """85/9. 灯塔
大会，
 注意到特别报告员的报告 1 、该报告员关于灯塔的建议和《灯塔准则》 2 、《海岸宣言》，
 1. 决定继续处理此案。

 1 A/85/100。
 2 A/85/101。

S/RES/9999 (2031)

50次全体会议
2030年12月7日
"""
    res = parse(text)
    (para,) = res.preamble.paragraphs
    assert para.text == "注意到特别报告员的报告、该报告员关于灯塔的建议和《灯塔准则》、《海岸宣言》，"
    assert [(r.marker, r.offset) for r in para.footnote_refs] == [
        ("1", para.text.index("、该")), ("2", para.text.index("、《海"))]
    assert [f.text for f in res.footnotes] == ["A/85/100。", "A/85/101。"]


def test_arabic_marks_set_apart_after_the_closing_quote_arabic_prints_or_a_vowel_sign():
    # Arabic prints its quotes ”…“ (the closing one is U+201C, the Latin opening quote): the scripts table
    # says so, and a mark set apart after it, before "،", is found (mark-apart-loose).
    text = """S/RES/9996 (2031)                                    الأمم المتحدة
Distr.: General                                      مجلس الأمن
30 May 2031
القرار 9996 (2031)
الذي اتخذه مجلس الأمن في جلسته 9991 المعقودة في 30 أيار/مايو 2031
إن مجلس الأمن،
 إذ يشير إلى تقرير الأمين العام المعنون ”منارات السواحل“ (1) ،
 وإذ يلاحظ أن حارس المنارة كان طفلاً (2) ،
 1 - يقرر أن يبقي المسألة قيد نظره.

 (1) S/2031/100.
 (2) S/2031/101.

31-00001 1/1
"""
    # And a mark set apart after a word whose last letter bears a vowel sign ("طفلاً (2) ،"): the sign
    # is no letter to a regular expression's \w, but it ends a word all the same.
    res = parse_text(text).resolution
    para, second = res.preamble.paragraphs
    assert para.text == "إذ يشير إلى تقرير الأمين العام المعنون ”منارات السواحل“ ،"
    assert [r.marker for r in para.footnote_refs] == ["(1)"]
    assert " ".join(second.text.split()) == "وإذ يلاحظ أن حارس المنارة كان طفلاً ،"
    assert [r.marker for r in second.footnote_refs] == ["(2)"]
    assert [f.text for f in res.footnotes] == ["S/2031/100.", "S/2031/101."]


def test_a_mark_set_apart_after_a_name_that_ends_in_a_number():
    # mark-apart-loose: mark-after-name-number set apart, before a word or a closing bracket ("COVID-19 13
    # and", "(Beacon-21 2)").
    text = SC_HEAD + """ Recalling the declaration on lighthouses and COVID-19 1 and the plan of the regional
commissions (Beacon-21 2), which it endorsed,
 1. Decides to remain seized of the matter.

 1 S/2031/20.
 2 S/2031/21.

S/RES/9999 (2031)
"""
    res = parse(text)
    (para,) = res.preamble.paragraphs
    assert para.text == ("Recalling the declaration on lighthouses and COVID-19 and the plan of the regional "
                         "commissions (Beacon-21), which it endorsed,")
    assert [(r.marker, r.offset) for r in para.footnote_refs] == [
        ("1", para.text.index(" and the plan")), ("2", para.text.index("), which"))]


def test_a_mark_set_apart_after_a_closing_bracket_or_quote_before_a_word():
    # mark-apart-loose: after a closing bracket or quote, whatever stands inside it (a period of years
    # too), before a word: "(2031-2040) 1 and", "“Lights for All” 2 concerning".
    text = SC_HEAD + """ Recalling the Plan of Action on Coastal Lights (2031-2040) 1 and the report entitled
“Lights for All” 2 concerning the keepers of lighthouses,
 1. Decides to remain seized of the matter.

 1 S/2031/30.
 2 S/2031/31.

S/RES/9999 (2031)
"""
    res = parse(text)
    (para,) = res.preamble.paragraphs
    assert para.text == ("Recalling the Plan of Action on Coastal Lights (2031-2040) and the report entitled "
                         "“Lights for All” concerning the keepers of lighthouses,")
    assert [(r.marker, r.offset) for r in para.footnote_refs] == [
        ("1", para.text.index(" and the")), ("2", para.text.index(" concerning"))]


def test_marks_set_apart_after_a_year_and_its_comma_or_a_closing_bracket():
    # mark-apart-loose: "1949, 2 to the" (a year, its comma, the mark, a word: a list of numbers,
    # "paragraphs 3, 4 and 11", has no year) and "(XXVII) 3 ," (after a closing bracket, before
    # punctuation set apart too).
    text = SC_HEAD + """ Recalling the Geneva Convention of 12 August 1949, 1 to the occupied coastal region,
 Recalling also its resolution 2790 (XXVII) 2 , in which it decided to act,
 Noting paragraphs 3, 4 and 11 of the report,
 1. Decides to remain seized of the matter.

 1 United Nations, Treaty Series, vol. 75, No. 973.
 2 S/RES/2790 (2031).

S/RES/9999 (2031)
"""
    res = parse(text)
    first, second, third = res.preamble.paragraphs
    assert first.text == "Recalling the Geneva Convention of 12 August 1949, to the occupied coastal region,"
    assert second.text == "Recalling also its resolution 2790 (XXVII) , in which it decided to act,"
    assert third.text == "Noting paragraphs 3, 4 and 11 of the report,"
    assert [(r.marker, r.offset) for r in first.footnote_refs] == [("1", first.text.index(" to the"))]
    assert [r.marker for r in second.footnote_refs] == ["2"]


def test_a_mark_set_apart_that_the_wrap_put_at_a_line_start_before_its_punctuation():
    # mark-apart-at-line-edge: the wrap put the mark, set apart from the word before and from the comma
    # after ("… at its fifty-second session" / "2 ,"), at the next line's start; a number that opens a
    # line before a decimal ("2,5 million") is none.
    text = SC_HEAD + """ Recalling the report of the Secretary-General on lights presented at its fifty-second session
1 , and the plan of the regional commissions on harbour beacons and lights for the next decade
2 , which the Council endorsed,
 Noting that the lighthouses of the coast need some
2,5 million dollars a year,
 1. Decides to remain seized of the matter.

 1 S/2031/10.
 2 S/2031/11.

S/RES/9999 (2031)
"""
    res = parse(text)
    first, second = res.preamble.paragraphs
    assert first.text == ("Recalling the report of the Secretary-General on lights presented at its fifty-second "
                          "session , and the plan of the regional commissions on harbour beacons and lights for the "
                          "next decade , which the Council endorsed,")
    assert [(r.marker, r.offset) for r in first.footnote_refs] == [
        ("1", first.text.index(", and")), ("2", first.text.index(", which"))]
    assert second.text == "Noting that the lighthouses of the coast need some 2,5 million dollars a year,"
    assert [f.text for f in res.footnotes] == ["S/2031/10.", "S/2031/11."]


def test_an_inline_enumeration_wrapped_to_a_line_start_does_not_open_a_paragraph():
    text = """Nations Unies A/HRC/RES/85/9
Assemblée générale Distr. générale
8 décembre 2030
Conseil des droits de l’homme
Quatre-vingt-cinquième session
Résolution adoptée par le Conseil des droits de l’homme le 7 décembre 2030
85/9. Droits des personnes âgées
Le Conseil des droits de l’homme,
 Prenant note des conclusions selon lesquelles il existe cinq formes de maltraitance : a) la
violence physique ; b) la violence psychologique ; c) la violence sexuelle ;
d) la maltraitance financière ; e) la négligence,
 Soulignant que l’âgisme est une cause profonde de la violence,
 1. Décide de poursuivre l’examen de la question.
"""
    res = parse(text)
    assert len(res.preamble.paragraphs) == 2
    assert res.preamble.paragraphs[0].text.endswith("d) la maltraitance financière ; e) la négligence,")


def test_a_russian_participle_after_a_page_break_continues_its_paragraph():
    text = RU_SC_HEAD + """
выражая обеспокоенность положением женщин и девочек,

S/RES/9999 (2031)

GE.31-01234 2

находящихся в уязвимом положении,

признавая далее необходимость действовать,

1. постановляет продолжать заниматься этим вопросом.
"""
    res = parse(text)
    assert len(res.preamble.paragraphs) == 2
    assert res.preamble.paragraphs[0].text.endswith("девочек, находящихся в уязвимом положении,")
    assert res.preamble.paragraphs[1].opening == "признавая далее"


def test_a_wrapped_document_number_in_brackets_is_not_a_footnote():
    # "GC(67)/RES/10" wrapped after "GC": the line "(67)/RES/10 …" looks like footnote (67).
    text = ZH_GA_HEAD + """85/9. 国际原子能机构的报告
大会，

确认原子能机构工作的重要性，

1. 表示注意到题为“核安保”的GC(67)/RES/8号决议和题为“核知识管理”的GC
(67)/RES/10 C号决议；

2. 呼吁会员国继续支持原子能机构的活动；

3. 请秘书长转交会议记录。

第30次全体会议
2030年12月7日
"""
    res = parse(text)
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[0].text.endswith("GC(67)/RES/10 C号决议；")
    assert res.footnotes == ()


def test_a_footnote_in_a_block_is_never_left_in_the_running_text():
    # Note 2's mark stands apart from its word ("sesiones 2,"): found all the same; note 3 has
    # no mark at all: reported unreferenced, not read as a line of the paragraph.
    text = """Naciones Unidas E/RES/2031/9
Consejo Económico y Social Distr. general
1 de agosto de 2031
Período de sesiones de 2031
Resolución aprobada por el Consejo Económico y Social el 25 de julio de 2031
2031/9. Situación de la mujer
El Consejo Económico y Social,
 Habiendo examinado el informe del Secretario General1,
 Recordando la declaración aprobada por la Comisión en su 64º período de sesiones 2, y
reafirmando su compromiso con esos documentos,
 1. Decide seguir examinando la cuestión.

 1 A/86/86.
 2 Documentos Oficiales del Consejo Económico y Social, 2030.
 3 Véase la resolución 2030/1.

1 GE.31-01234

25ª sesión plenaria
25 de julio de 2031
"""
    r = parse_text(text)
    res = r.resolution
    assert [f.marker for f in res.footnotes] == ["1", "2", "3"]
    assert res.preamble.paragraphs[1].text == (
        "Recordando la declaración aprobada por la Comisión en su 64º período de sesiones , y "
        "reafirmando su compromiso con esos documentos,")
    assert [(f.marker, f.offset) for f in res.preamble.paragraphs[1].footnote_refs] == [
        ("2", res.preamble.paragraphs[1].text.index(" , y") + 1)]
    assert any(w.code == "footnote-unreferenced" and "'3'" in w.message for w in r.warnings)


def test_a_footnote_mark_standing_apart_at_the_foot_of_a_page():
    text = RU_SC_HEAD + """ ссылаясь на Сендайскую рамочную программу на 2015–2030 годы 1;
 1. постановляет продолжать заниматься этим вопросом.

 1 Резолюция 69/283, приложение II.

S/RES/9999 (2031)
"""
    res = parse(text)
    para = res.preamble.paragraphs[0]
    assert para.text == "ссылаясь на Сендайскую рамочную программу на 2015–2030 годы ;"
    assert [(r.marker, r.offset) for r in para.footnote_refs] == [("1", len(para.text) - 1)]
    assert [f.text for f in res.footnotes] == ["Резолюция 69/283, приложение II."]


OLD_SC_HEAD = """20 (1947). Resolution of 10 March 1947
[S/296]

The Security Council,

"""


def test_old_security_council_text_numbers_read_by_ocr_and_vote_counts():
    text = OLD_SC_HEAD + """Having heard the statement of the Chairman of the
African Group, 57

Having also heard the statement of the representative
of the Patriotic Front of Zimbabwe, 57

1, Recognizes that any agreement is preliminary ;

2. Determines that this action constitutes a breach of the
peace; and

3. Calls upon the parties to cease hostilities.

Adopted at the 645th meeting by 10 votes to none, with 1 abstention (France).
12 See Official Records of the Security Council, Second Year.
"""
    r = parse_text(text, "en")
    res = r.resolution
    assert [p.text[:22] for p in res.preamble.paragraphs] == ["Having heard the state", "Having also heard the "]
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].text == "Determines that this action constitutes a breach of the peace; and"
    assert "text-heading-dropped" not in [w.code for w in r.warnings]
    v = res.vote
    assert (v.type, v.in_favour.count, v.against.count, v.abstaining.count) == ("recorded", 10, 0, 1)
    # The statement ends at its full stop: the note printed after it is an endnote, not part of it
    # (its mark is nowhere in this text: reported).
    assert v.text.endswith("(France).")
    assert [(f.marker, f.text) for f in res.footnotes] == [("12", "See Official Records of the Security Council, "
                                                            "Second Year.")]
    assert [w.message for w in r.warnings if w.code == "footnote-unreferenced"] == [
        "footnote '12' has no reference mark in the text"]
    # Written out in the UN's layout (side headings with no names) and read back: the same counts.
    assert parse_text(render_text(res), "en").resolution.vote == v


def test_a_title_item_over_two_lines_before_a_heading():
    # "(b) … and the" / "rule of law" / "Additional tasks": the short second line ends the item.
    text = SC_HEAD + """ 1. Decides that the mandate shall include the following priority tasks:
 (a) Protection of civilians
 (b) Support for national and international justice, the fight against impunity, and the
rule of law
Additional tasks
 2. Decides to remain seized of the matter.
"""
    r = parse_text(text)
    subs = r.resolution.operative[0].subparagraphs
    assert subs[1].text.endswith("and the rule of law")
    assert [p.number for p in r.resolution.operative] == ["1", "2"]
    assert r.resolution.operative[1].headings == ("Additional tasks",)


def test_a_heading_after_a_long_title_item_that_a_blank_line_ended():
    # heading-after-gap: blank lines separate the paragraphs; the title item "(b) …" runs over three
    # lines with no final punctuation, its last line long — the blank line ended it, and "Other tasks"
    # heads paragraph 2 (before, it was read into the item). Without the blank line it goes on.
    item = """ (b) Support for national and international efforts to bring to justice the perpetrators
of war crimes and crimes against humanity, the fight against impunity and the strengthening
of the rule of law and of the security and judicial institutions of the State of Utopia
"""
    text = SC_HEAD + f""" 1. Decides that the mandate shall include the following priority tasks:

 (a) Protection of civilians

{item}
Other tasks

 2. Decides to remain seized of the matter.
"""
    r = parse_text(text)
    subs = r.resolution.operative[0].subparagraphs
    assert subs[1].text.endswith("institutions of the State of Utopia")
    assert [p.number for p in r.resolution.operative] == ["1", "2"]
    assert r.resolution.operative[1].headings == ("Other tasks",)
    joined = parse_text(text.replace(f"{item}\nOther", f"{item}Other")).resolution
    assert joined.operative[0].subparagraphs[1].text.endswith("State of Utopia Other tasks")


def test_a_heading_that_ends_with_a_colon_before_a_numbered_paragraph():
    # colon-heading: "United Nations and International Support:" heads paragraph 2; a paragraph that
    # announces a list with a colon goes on with its items, and a colon line after a comma is a
    # paragraph's last clause.
    text = SC_HEAD + """    1. Decides that the mandate shall include the following tasks:
    (a) Coordinating with all agencies, funds and programmes and with the Humanitarian Country Team and
its associated bodies;
United Nations and International Support:
    2. Requests the Special Representative to direct the operations of the mission;
    3. Requests the Secretary-General to report to the Council every ninety days, and stresses that
the reports shall include the following:
    4. Decides to remain seized of the matter.
"""
    res = parse_text(text).resolution
    assert [p.number for p in res.operative] == ["1", "2", "3", "4"]
    assert res.operative[0].subparagraphs[0].text.endswith("its associated bodies;")
    assert res.operative[1].headings == ("United Nations and International Support:",)
    assert res.operative[2].text.endswith("shall include the following:") and res.operative[3].headings == ()


def test_a_wrapped_line_opening_with_a_number_mid_page_is_no_first_note():
    # first-note-mid-sentence: "… from" / "4 to 6 March 2014, …" mid-page, before any note was read,
    # is the sentence going on — not note 4 (its "mark" found in "Genocide,4"), which took every
    # paragraph after it. At a page's foot such a note is still read (HRC notes start at 2).
    filler = "".join(f"Recalling its resolution {2000 + k} ({2000 + k}) on the situation in the region and the\n"
                     "statements of its President on the question,\n" for k in range(16))
    text = (SC_HEAD + "Recalling the Convention on the Prevention of Genocide,4 and all its resolutions,\n\f"
            "Welcoming the regional forums held in Arusha, Bern and Manila, the first of them from\n"
            "4 to 6 March 2014, the second of them in Kampala, and the third in Yerevan,\n"
            + filler + "1. Decides to remain seized of the matter.\n")
    r = parse_text(text)
    pre = r.resolution.preamble.paragraphs
    assert len(pre) == 18 and pre[1].text.endswith("the first of them from 4 to 6 March 2014, the second of them "
                                                   "in Kampala, and the third in Yerevan,")
    assert r.resolution.footnotes == ()


def test_a_long_heading_before_a_numbered_paragraph_in_text_of_a_paragraph_to_a_line():
    # long-heading-before-number: one paragraph to a line; the section title (longer than a wrapped
    # heading) before "1." heads it — not the last preambular paragraph's end. A line that opens with
    # a head is a paragraph that lost its comma.
    title = ("Implementation of the Agreement on Peace and Reconciliation in Utopia, the political transition "
             "and the holding of elections")
    pre = "".join(f"Recalling its resolution {2500 + k}{' and its annexes' * (3 * k)},\n" for k in range(6))
    pre += "Acting under Chapter VII of the Charter of the United Nations,\n"
    ops = "".join(f"{k}. Urges all Utopian stakeholders to act{' in good faith' * (4 * k)};\n" for k in range(1, 6))
    ops += "6. Decides to remain seized of the matter.\n"
    res = parse_text(SC_HEAD + pre + title + "\n" + ops).resolution
    assert res.preamble.paragraphs[-1].text == "Acting under Chapter VII of the Charter of the United Nations,"
    assert res.operative[0].headings == (title,)
    headed = ("Recalling also the report of the Secretary-General on the implementation of the Agreement on Peace "
              "and Reconciliation in Utopia")
    res = parse_text(SC_HEAD + pre + headed + "\n" + ops).resolution
    assert res.preamble.paragraphs[-1].text == headed and res.operative[0].headings == ()


def test_a_short_title_item_that_ends_with_and_goes_on_on_the_next_line():
    # "(d) … (DDR) and" is short, but "and" says the title goes on: "Repatriation (DDRR)" is no heading.
    text = SC_HEAD + """ 1. Decides that the mandate shall include the following priority tasks:

             (c) Security Sector Reform (SSR)

             (d) Disarmament, Demobilisation, Reintegration (DDR) and
Repatriation (DDRR)

             (e) Support for national and international justice, the fight against impunity, and the
rule of law

 2. Decides to remain seized of the matter.
"""
    r = parse_text(text)
    subs = r.resolution.operative[0].subparagraphs
    assert [s.text for s in subs] == ["Security Sector Reform (SSR)",
                                      "Disarmament, Demobilisation, Reintegration (DDR) and Repatriation (DDRR)",
                                      "Support for national and international justice, the fight against impunity, "
                                      "and the rule of law"]
    assert not [w for w in r.warnings if w.code == "text-heading-dropped"]


def test_a_label_after_a_page_break_that_follows_an_unfinished_title_item():
    # Blank lines separate paragraphs; the page break hides the blank line before "(c)", and the
    # item before it has no final punctuation — but it stopped well short of a full line.
    text = SC_HEAD.replace("\nThe Security", "\n\nThe Security") + """
1. Decides that the mission shall pursue the following tasks of its mandate, working in close
coordination with the country team, bearing in mind that these tasks are mutually reinforcing:

(a) Promotion and protection of human rights

(b) Disarmament, demobilisation and reintegration

S/RES/9999 (2031)

GE.31-00001 12


(c) Support for national and international justice, the fight against impunity and
the rule of law

2. Decides to remain seized of the matter.
"""
    subs = parse(text).operative[0].subparagraphs
    assert [s.label for s in subs] == ["(a)", "(b)", "(c)"]
    assert subs[1].text == "Disarmament, demobilisation and reintegration"


def test_text_after_a_finished_list_is_the_wrap_up_and_words_between_items_stay_with_the_item():
    text = SC_HEAD + """ 1. Decides to convene a working group, building on the work of the previous working group, to
consider:
 (a) Threats to the safe operation of space objects;
 (b) Other activities that could reduce the risk of conflict;
 and to consider how the implementation of norms could be monitored;
 2. Encourages the mission to coordinate its efforts, including by:
 (a) Supporting the Government;
 and, in the context of ongoing military operations, through the following:
 (b) Supporting the extension of state authority;
 3. Decides to remain seized of the matter.
"""
    ops = parse(text).operative
    assert [p.number for p in ops] == ["1", "2", "3"]
    assert ops[0].wrap_up.text == "and to consider how the implementation of norms could be monitored;"
    assert ops[0].subparagraphs[-1].text == "Other activities that could reduce the risk of conflict;"
    assert ops[1].wrap_up is None
    assert [s.label for s in ops[1].subparagraphs] == ["(a)", "(b)"]
    assert ops[1].subparagraphs[0].text == ("Supporting the Government; and, in the context of ongoing military "
                                            "operations, through the following:")
    back = parse(render_text(parse(text)))
    assert back.operative == ops


ROMAN_1_TO_28 = ("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii xxiv "
                 "xxv xxvi xxvii xxviii").split()


def test_a_long_list_runs_past_item_xxv_and_tolerates_a_missing_parenthesis():
    # E/RES/2023/4 (English) has 28 items, and prints "xx)" where the others are "(xix)".
    items = "\n".join(f" ({r}) To take measure number {k};" if r != "xx" else f" {r}) To take measure number {k};"
                      for k, r in enumerate(ROMAN_1_TO_28, start=1))
    text = SC_HEAD + " 1. Recommends the following for consideration by national Governments:\n" + items + (
        "\n 2. Decides to remain seized of the matter.\n")
    ops = parse(text).operative
    assert [p.number for p in ops] == ["1", "2"]
    subs = ops[0].subparagraphs
    assert [s.label for s in subs][-10:] == ["(xix)", "xx)", "(xxi)", "(xxii)", "(xxiii)", "(xxiv)", "(xxv)",
                                             "(xxvi)", "(xxvii)", "(xxviii)"]
    assert subs[-1].text == "To take measure number 28;"


def test_a_russian_list_that_switches_to_bracketed_labels():
    # S/RES/2709 (Russian) prints "d) …" and then "(e) …" in one list.
    text = RU_SC_HEAD + """ 1. постановляет, что мандат миссии, учреждаемой в соответствии с настоящей резолюцией,
включает следующие приоритетные задачи:
 c) оказание добрых услуг и поддержка мирного процесса;
 d) содействие доставке гуманитарной помощи;
 (e) защита Организации Объединенных Наций
 2. постановляет продолжать заниматься этим вопросом.
"""
    subs = parse(text).operative[0].subparagraphs
    assert [s.label for s in subs] == ["c)", "d)", "(e)"]
    assert subs[-1].text == "защита Организации Объединенных Наций"


def test_a_note_mark_glued_to_a_resolution_number_before_a_word():
    # "résolution 77/47" + mark "2" + " et": taken for the mark only because footnote 2 stands at
    # the foot of this page and nothing else there can be its mark.
    text = """Nations Unies A/RES/85/9
Assemblée générale Distr. générale
8 décembre 2030
Résolution adoptée par l’Assemblée générale le 7 décembre 2030
85/9. Désarmement nucléaire
L’Assemblée générale,
 Rappelant sa résolution 84/31,1
 Prenant note de la mise en place de la base de données créée en application de la résolution
77/472 et se félicitant qu’un grand nombre d’États Membres y aient contribué,
 1. Décide de rester saisie de la question.

 1 Voir A/84/100.
 2 Voir A/77/200.

GE.30-00001
"""
    res = parse(text)
    para = res.preamble.paragraphs[1]
    assert "résolution 77/47 et se félicitant" in para.text
    assert [r.marker for r in para.footnote_refs] == ["2"]
    assert [f.marker for f in res.footnotes] == ["1", "2"]


def test_a_resolution_adopted_in_parts():
    text = ecosoc_head("12", "12 June 2031", "5 June 2031", "Work of the Committee of Experts on Road Safety and on "
                       "the Labelling of\nBatteries") + """The Economic and Social Council,
 Recalling its resolution 2029/9 of 6 June 2029,
A
Work of the Committee regarding road safety
 Noting the growing number of vehicles on the roads of developing countries,
 1. Welcomes the work of the Committee on road safety;
 2. Requests the Secretary-General to circulate the new recommendations to Governments
and to publish them in all the official languages;
B
Work of the Committee regarding the labelling of batteries
 Noting with satisfaction:
 (a) That several Member States already apply the labelling system,
 (b) That regional organizations have held workshops on it,
 1. Invites Governments to apply the labelling system as soon as possible;
 2. Decides to consider the matter again at its 2033 session.
14th plenary meeting
5 June 2031
"""
    res = parse(text)
    assert [p.text for p in res.preamble.paragraphs] == ["Recalling its resolution 2029/9 of 6 June 2029,"]
    assert res.operative == ()
    assert [(p.label, p.title) for p in res.parts] == [
        ("A", "Work of the Committee regarding road safety"),
        ("B", "Work of the Committee regarding the labelling of batteries")]
    a, b = res.parts
    assert a.preamble[0].text.startswith("Noting the growing number")
    assert [p.number for p in a.operative] == ["1", "2"]
    assert a.operative[1].text.endswith("and to publish them in all the official languages;")
    # "Noting with satisfaction:" and its lettered items are one paragraph (preamble-items).
    assert [p.text[:30] for p in b.preamble] == ["Noting with satisfaction: (a) "]
    assert [p.number for p in b.operative] == ["1", "2"]
    assert res.metadata.meeting.number == 14


def test_a_single_letter_heading_is_not_a_part():
    text = SC_HEAD + """ Recalling its previous resolutions on the region,
 1. Decides to renew the mandate of the mission until 3 March 2032;
A
Sanctions
 2. Decides to remain seized of the matter.
"""
    res = parse(text)
    assert res.parts == ()
    assert [p.number for p in res.operative] == ["1", "2"]


def test_a_footnote_line_that_starts_with_the_next_notes_number_and_a_mark_after_agenda_21():
    text = """United Nations A/RES/85/9
General Assembly Distr.: General
8 December 2030
Resolution adopted by the General Assembly on 7 December 2030
85/9. Chemicals
The General Assembly,
 Recalling the Plan of Implementation of the World Summit on Sustainable Development,1
 Bearing in mind the request to promote the implementation of Agenda 212
by strengthening system-wide coordination,
 1. Decides to remain seized of the matter.

 1 Report of the World Summit on Sustainable Development, Johannesburg, 26 August –
   4 September 2002, chap. I, resolution 2, annex.
 2 Report of the United Nations Conference on Environment and Development, vol. I.

GE.30-00001
"""
    res = parse(text)
    assert [f.marker for f in res.footnotes] == ["1", "2"]
    assert res.footnotes[0].text.endswith("26 August – 4 September 2002, chap. I, resolution 2, annex.")
    para = res.preamble.paragraphs[1]
    assert para.text == ("Bearing in mind the request to promote the implementation of Agenda 21 by "
                         "strengthening system-wide coordination,")
    assert [r.marker for r in para.footnote_refs] == ["2"]


def test_russian_opening_with_three_leading_words_after_a_page_break():
    text = RU_PAGE_ONE + """
с большой обеспокоенностью отмечая, что пандемия оказывает серьезное негативное
воздействие на состояние здоровья людей,

1. постановляет продолжать заниматься этим вопросом.
"""
    paras = parse(text).preamble.paragraphs
    assert len(paras) == 2
    assert paras[1].text.startswith("с большой обеспокоенностью отмечая, что пандемия")


def test_decimals_and_percentages_are_never_taken_for_note_marks():
    # Note 2's mark is missing from the text: "28,2 %", "12.4 relative" and "6.7%" must stay as
    # printed rather than give up a digit to it.
    text = """Nations Unies A/RES/85/9
Assemblée générale Distr. générale
8 décembre 2030
Résolution adoptée par l’Assemblée générale le 7 décembre 2030
85/9. Santé
L’Assemblée générale,
 Rappelant le rapport du Secrétaire général1,
 Notant que les femmes représentaient 28,2 % des candidats et que 6.7% des cas relèvent de
la cible 12.4 relative aux produits chimiques,
 1. Décide de rester saisie de la question.

 1 A/85/100.
 2 A/85/200.

GE.30-00001
"""
    r = parse_text(text)
    para = r.resolution.preamble.paragraphs[1]
    assert "28,2 % des candidats et que 6.7% des cas relèvent de la cible 12.4 relative" in para.text
    assert para.footnote_refs == ()
    assert any(w.code == "footnote-unreferenced" for w in r.warnings)


def test_a_mark_standing_apart_after_another_mark():
    text = """Naciones Unidas A/RES/85/9
Asamblea General Distr. general
8 de diciembre de 2030
Resolución aprobada por la Asamblea General el 7 de diciembre de 2030
85/9. Derechos humanos
La Asamblea General,
 Tomando nota de los informes del Consejo de Derechos Humanos1 2;
 1. Decide seguir ocupándose de la cuestión.

 1 A/HRC/53/53.
 2 A/HRC/55/61.

GE.30-00001
"""
    para = parse(text).preamble.paragraphs[0]
    assert para.text == "Tomando nota de los informes del Consejo de Derechos Humanos ;"
    assert [(r.marker, r.offset) for r in para.footnote_refs] == [("1", len(para.text) - 2), ("2", len(para.text) - 1)]


def test_endnotes_after_the_vote_and_their_marks_standing_apart_in_the_body():
    # The Security Council's yearly volumes print notes after the vote, numbered through the
    # volume; their marks stand apart from the words. Dates, counts and numbered things are not marks.
    text = OLD_SC_HEAD + """Taking note of the telegram addressed on 6 January
1948 by its President to the parties 14 and of their
replies thereto, 15 in which they affirmed their wish,

Having considered the report of the Commission of 16
February 1948 16 in pursuance of paragraph 17 of its
resolution of 4 September and the statement of 17 September,

1. Calls upon the parties to take, within 17 days, every
measure to improve the situation, as agreed in documents
S/1100 17 and S/1101 17;

2. Decides to remain seized of the matter.

Adopted at the 229th meeting by 9 votes to none,
with 2 abstentions (Syria, Ukrainian Soviet Socialist Republic).
14 See Official Records of the Security Council, Third Year,
No. 3, p. 2.
15 Ibid.
16 Ibid., Supplement for February 1948, document S/1000.
17 Ibid., documents S/1100 and S/1101.
"""
    r = parse_text(text, "en")
    res = r.resolution
    assert [(f.marker, f.text) for f in res.footnotes] == [
        ("14", "See Official Records of the Security Council, Third Year, No. 3, p. 2."), ("15", "Ibid."),
        ("16", "Ibid., Supplement for February 1948, document S/1000."),
        ("17", "Ibid., documents S/1100 and S/1101.")]

    def marks(para):
        return [(ref.marker, para.text[:ref.offset][-14:]) for ref in para.footnote_refs]

    pre, ops = res.preamble.paragraphs, res.operative
    assert marks(pre[0]) == [("14", "to the parties"), ("15", "plies thereto,")]
    assert "addressed on 6 January 1948 by its President to the parties and of" in pre[0].text
    assert marks(pre[1]) == [("16", " February 1948")]
    assert ("of 16 February 1948 in pursuance of paragraph 17 of its resolution of 4 September and the "
            "statement of 17 September,") in pre[1].text
    # (a note referred to twice: both places marked)
    assert marks(ops[0]) == [("17", "cuments S/1100"), ("17", "100 and S/1101")]
    assert "within 17 days" in ops[0].text
    assert not [w for w in r.warnings if w.code in ("text-closing-unknown", "footnote-unreferenced")]
    v = res.vote
    assert (v.type, v.in_favour.count, v.against.count, v.abstaining.count) == ("recorded", 9, 0, 2)


def test_endnotes_read_as_a_foot_block_get_their_marks_by_the_endnote_rule():
    # The cleaning stage takes notes at the end of a text for a page's foot block and looks for
    # page-foot marks, finding "(4)" of an enumeration: after the vote, the endnote rule decides.
    text = OLD_SC_HEAD + """Noting that the parties adhere to the principles of the Renville
Agreement 4 and agree that elections should be held,

1. Calls upon the parties to ensure (4) that elections are free, and to settle the dispute in
accordance with the Linggadjati 5 and Renville Agreements;

2. Decides to remain seized of the matter.

Adopted at the 406th meeting. 6

4 Ibid., Third Year, Special Supplement No. 1.
5 Linggadjati Agreement, signed on 25 March 1947.
6 The draft resolution was voted on in parts.
"""
    r = parse_text(text, "en")
    res = r.resolution
    assert [f.marker for f in res.footnotes] == ["4", "5", "6"]
    pre, op = res.preamble.paragraphs[0], res.operative[0]
    assert [(x.marker, pre.text[:x.offset][-18:]) for x in pre.footnote_refs] == [("4", "Renville Agreement")]
    assert "to ensure (4) that elections" in op.text
    assert [(x.marker, op.text[:x.offset][-11:]) for x in op.footnote_refs] == [("5", "Linggadjati")]
    assert res.vote.text == "Adopted at the 406th meeting."
    assert [x.marker for x in res.vote.footnote_refs] == ["6"]
    assert not [w for w in r.warnings if w.code == "footnote-unreferenced"]


def test_a_heading_among_numbered_paragraphs_before_unnumbered_text_is_left_out():
    # A quoted agreement's article heading: the unnumbered text after it goes on with the numbered
    # paragraph before (as after a page break), and the heading, which heads no paragraph of the
    # resolution, is reported.
    text = SC_HEAD + """ 1. Approves the terms of the trusteeship agreement, which read as follows;
 2. The Administering Authority shall have full powers of administration;
Article 6
 In discharging its obligations the Administering Authority shall promote self-government;
Reporting
 3. Decides to remain seized of the matter.
"""
    r = parse_text(text)
    ops = r.resolution.operative
    assert [(p.number, p.headings) for p in ops] == [("1", ()), ("2", ()), ("3", ("Reporting",))]
    assert ops[1].text.endswith("administration; In discharging its obligations the Administering Authority "
                                "shall promote self-government;")
    assert [w.message[:19] for w in r.warnings if w.code == "text-heading-dropped"] == ["heading 'Article 6'"]


def test_a_blank_line_after_a_heading_before_a_numbered_paragraph_is_a_separator():
    # In a short text of short paragraphs a heading is nearly as long as a full line; the blank
    # line after it is still a paragraph separator, not the mark of a double-spaced extraction,
    # since the line after it opens a paragraph by itself.
    text = SC_HEAD + """
Recalling resolution 9000,

Review of the mission

1. Decides to act now;

2. Decides to end it.
"""
    res = parse(text)
    assert [p.text for p in res.preamble.paragraphs] == ["Recalling resolution 9000,"]
    assert [(p.number, p.text, p.headings) for p in res.operative] == [
        ("1", "Decides to act now;", ("Review of the mission",)), ("2", "Decides to end it.", ())]


def test_a_form_feed_between_two_words_of_a_line_separates_them():
    # pdftotext writes the page break where the page ends, at times inside a line of running text.
    text = SC_HEAD + """ Recalling its previous resolutions on the region,
 1. Calls upon all States to assist in the implementation of\fthe measures set out above;
 2. Decides to remain seized of the matter.
"""
    res = parse(text)
    assert res.operative[0].text == ("Calls upon all States to assist in the implementation of the measures "
                                     "set out above;")


COVERS_IN_COLUMNS = {
    # pdftotext -layout keeps the cover page's two columns on one line.
    "en": ("United Nations                                       S/RES/9999 (2031)\n"
           "      Security Council                               Distr.: General\n"
           "                                                     3 March 2031\n"
           "Resolution 9999 (2031)\n"
           "Adopted by the Security Council at its 9999th meeting, on 3 March 2031\n"
           "The Security Council,\n Recalling its previous resolutions on the region,\n"
           " 1. Decides to remain seized of the matter.\n",
           "Security Council", "General"),
    "fr": ("Nations Unies                                        S/RES/9999 (2031)\n"
           "      Conseil de sécurité                            Distr. générale\n"
           "                                                     3 mars 2031\n"
           "Résolution 9999 (2031)\n"
           "Adoptée par le Conseil de sécurité à sa 9999e séance, le 3 mars 2031\n"
           "Le Conseil de sécurité,\n Rappelant ses résolutions antérieures sur la région,\n"
           " 1. Décide de rester saisi de la question.\n",
           "Conseil de sécurité", "générale"),
    "zh": ("联合国                    S/RES/9999(2031)\n"
           "    安全理事会                          Distr.: General\n"
           "                                        2031年3月3日\n"
           "第 9999(2031)号决议\n"
           "2031年3月3日安全理事会第9999次会议通过\n"
           "安全理事会，\n 回顾其以往关于该区域的各项决议，\n 1. 决定继续积极处理此案。\n",
           "安全理事会", "General"),
    # Right to left: the symbol's column comes first on the line.
    "ar": ("S/RES/9999 (2031)                                    الأمم المتحدة\n"
           "Distr.: General                                      مجلس الأمن\n"
           "3 March 2031\n"
           "القرار 9999 (2031)\n"
           "الذي اتخذه مجلس الأمن في جلسته 9999 المعقودة في 3 آذار/مارس 2031\n"
           "إن مجلس الأمن،\n إذ يشير إلى قراراته السابقة بشأن المنطقة،\n 1 - يقرر أن يبقي المسألة قيد نظره.\n",
           "مجلس الأمن", "General"),
}


@pytest.mark.parametrize("code", sorted(COVERS_IN_COLUMNS))
def test_a_cover_page_in_two_columns_is_read_item_by_item(code):
    text, body_name, distribution = COVERS_IN_COLUMNS[code]
    r = parse_text(text)
    md = r.resolution.metadata
    assert (md.language, md.symbol, md.body, md.body_name) == (code, "S/RES/9999 (2031)", "SC", body_name)
    assert (md.distribution, md.issue_date, md.adoption_date) == (distribution, "2031-03-03", "2031-03-03")
    assert md.meeting is not None and md.meeting.number == 9999
    assert [p.number for p in r.resolution.operative] == ["1"]
    assert r.warnings == []


def test_the_document_a_yearly_volume_names_under_the_heading_is_the_origin():
    # "[S/296]" or "(S/296)", misread by OCR at times as "(S/296]" or "[S/296}"; "[S/1334, I]" is part I of it.
    for line, origin in [("[S/296]", "S/296"), ("(S/296]", "S/296"), ("[S/296}", "S/296"),
                         ("[S/1334, I]", "S/1334, I"), ("[S/1196/Rev.1/Corr. 1]", "S/1196/Rev.1/Corr. 1"),
                         ("(S/2174)", "S/2174")]:
        r = parse_text(OLD_SC_HEAD.replace("[S/296]", line) + "1. Calls upon the parties to cease hostilities.\n"
                       "Adopted at the 645th meeting by 10 votes to none, with 1 abstention (France).\n", "en")
        assert r.resolution.metadata.origin == origin
        assert "text-header-unknown" not in [w.code for w in r.warnings]
    # A bracketed line that is neither is still reported.
    r = parse_text(OLD_SC_HEAD.replace("[S/296]", "[see annex]") + "1. Calls upon the parties to cease.\n", "en")
    assert r.resolution.metadata.origin is None
    assert "text-header-unknown" in [w.code for w in r.warnings]


def test_considerations_printed_before_the_formula_open_the_preamble():
    text = """19 (1947). Resolution of 27 February 1947
[S/296]

Whereas the Council appointed a sub-committee to investigate
the situation in the region, and

As a preliminary step in the consideration of the
incidents which are the subject of a dispute,

The Security Council

Resolves to appoint a sub-committee of three members to examine
the available evidence.

Adopted at the 114th meeting by 8 votes to none, with 2 abstentions (Poland, Union of Soviet Socialist Republics).
"""
    r = parse_text(text, "en")
    res = r.resolution
    assert res.metadata.origin == "S/296"
    assert res.preamble.formula == "The Security Council"
    assert [p.text for p in res.preamble.paragraphs] == [
        "Whereas the Council appointed a sub-committee to investigate the situation in the region, and",
        "As a preliminary step in the consideration of the incidents which are the subject of a dispute,"]
    assert [p.text for p in res.operative] == [
        "Resolves to appoint a sub-committee of three members to examine the available evidence."]
    codes = [w.code for w in r.warnings]
    assert "text-header-unknown" not in codes
    assert [w.line for w in r.warnings if w.code == "text-preamble-before-formula"] == [4]


def test_a_first_part_label_before_the_formula_makes_a_resolution_in_parts():
    text = """161 (1961). Resolution of 21 February 1961
[S/4741]

A

The Security Council,
Having considered the situation in the region,

1. Urges that measures be taken;

2. Reaffirms its previous resolutions.

B

The Security Council,

Gravely concerned at the continuing deterioration of the situation,

1. Urges the convening of the Parliament;

2. Decides to remain seized of the matter.

Adopted at the 942nd meeting by 9 votes to none, with 2 abstentions (France, Union of Soviet Socialist Republics).
"""
    r = parse_text(text, "en")
    res = r.resolution
    assert res.preamble.formula is None and res.preamble.paragraphs == () and res.operative == ()
    assert [(p.label, p.formula) for p in res.parts] == [("A", "The Security Council,"), ("B", "The Security Council,")]
    assert [[x.text for x in p.preamble] for p in res.parts] == [
        ["Having considered the situation in the region,"],
        ["Gravely concerned at the continuing deterioration of the situation,"]]
    assert [[o.number for o in p.operative] for p in res.parts] == [["1", "2"], ["1", "2"]]
    assert r.warnings == []


# One paragraph to a line, no blank lines, no pages, the notes at the end with their marks glued
# to the text: a Word document saved as text, or a page copied from a web browser.
UNWRAPPED = """United Nations A/RES/85/41
General Assembly Distr.: General
15 December 2030
Eighty-fifth session
Agenda item 68 (b)
Resolution adopted by the General Assembly on 10 December 2030
[on the report of the Third Committee (A/85/456)]
85/41. Literacy for all
The General Assembly,
Recalling its resolution 83/150 of 19 December 2028,
Taking note of the report of the Secretary-General on adult literacy, adopted at the session of 2029,1
""" + ("Noting with appreciation the efforts made by Member States, the United Nations Educational, "
       "Scientific and Cultural Organization and civil society to promote literacy among young people and "
       "adults in rural areas, in particular those of women and girls,\n") + """\
1. Welcomes the efforts of Member States to promote literacy;
2. Calls upon all States:
(a) To invest in adult education;
(b) To support teachers, in particular in rural areas;
Follow-up
""" + ("3. Requests the Secretary-General to report to it at its eighty-seventh session on the implementation "
       "of the present resolution, in the light of the Convention of 1949,2 with a focus on the most "
       "vulnerable.\n") + """\
52nd plenary meeting
10 December 2030

1 A/84/300.
2 United Nations, Treaty Series, vol. 75, No. 973.
"""


def test_a_text_written_one_paragraph_to_a_line_keeps_its_paragraphs_and_end_notes():
    r = parse(UNWRAPPED)
    assert [p.opening for p in r.preamble.paragraphs] == ["Recalling", "Taking note", "Noting with appreciation"]
    assert [p.number for p in r.operative] == ["1", "2", "3"]
    assert [s.text for s in r.operative[1].subparagraphs] == ["To invest in adult education;",
                                                              "To support teachers, in particular in rural areas;"]
    assert r.operative[2].headings == ("Follow-up",)
    # The notes stand after the closing block, their marks glued after a year and its comma.
    assert [(n.marker, n.text) for n in r.footnotes] == [("1", "A/84/300."),
                                                        ("2", "United Nations, Treaty Series, vol. 75, No. 973.")]
    assert r.preamble.paragraphs[1].text.endswith("session of 2029,")
    assert [f.marker for f in r.preamble.paragraphs[1].footnote_refs] == ["1"]
    assert "Convention of 1949, with" in r.operative[2].text
    assert r.metadata.meeting.number == 52


# Wrapped, but with neither indents nor blank lines, as pypdf gives a page.
FLAT = """United Nations A/RES/85/42
General Assembly Distr.: General
15 December 2030
Eighty-fifth session
Agenda item 70
Resolution adopted by the General Assembly on 10 December 2030
85/42. Road safety
The General Assembly,
Recalling its resolutions on improving global road safety, in particular resolution
83/5 of 2 November 2028,
Noting with concern that road traffic crashes remain a leading cause of death of
young people worldwide, with a heavy burden on low-income countries and their
health systems, which bear most of the costs of the injuries caused by them,
Reaffirming the commitment of Member States to the targets set for 2030, including
those of the Decade of Action, and to the mobilization of the means needed, and
Welcoming the cooperation between the World Health Organization and the regional
commissions, which has strengthened national road safety plans,
1. Encourages Member States to adopt comprehensive legislation on the key risk
factors;
2. Decides to remain seized of the matter.
52nd plenary meeting
10 December 2030
"""


def test_a_flat_text_splits_paragraphs_where_a_line_ends_short_or_a_head_follows():
    r = parse(FLAT)
    # "… 2028," is short; "… by them," runs to the full width but "Reaffirming" opens the next
    # paragraph; "… needed, and" / "Welcoming …" is one paragraph: the line ends with no
    # punctuation, whatever word follows.
    assert [p.opening for p in r.preamble.paragraphs] == ["Recalling", "Noting with concern", "Reaffirming"]
    assert r.preamble.paragraphs[2].text.endswith("the means needed, and Welcoming the cooperation between the "
                                                  "World Health Organization and the regional commissions, which "
                                                  "has strengthened national road safety plans,")
    assert [p.number for p in r.operative] == ["1", "2"]


def test_in_a_flat_text_a_capital_after_a_comma_is_no_paragraph_start():
    text = FLAT.replace("in particular resolution\n83/5 of 2 November 2028,",
                        "in particular the declarations of the\nMember States, the resolution of 2028 and the "
                        "reports of the Secretary-General,")
    r = parse(text)
    assert r.preamble.paragraphs[0].text.startswith("Recalling its resolutions on improving global road safety, "
                                                    "in particular the declarations of the Member States, ")
    assert len(r.preamble.paragraphs) == 3


def test_flat_texts_in_french_and_russian_split_at_heads_of_several_words():
    fr = """Nations Unies A/RES/85/43
Assemblée générale Distr. générale
15 décembre 2030
Quatre-vingt-cinquième session
Résolution adoptée par l’Assemblée générale le 10 décembre 2030
85/43. Sécurité routière
L’Assemblée générale,
Rappelant ses résolutions sur l’amélioration de la sécurité routière mondiale, dont la
résolution 83/5 du 2 novembre 2028, et les rapports présentés par le Secrétaire général,
Se déclarant préoccupée par le nombre de décès causés par les accidents de la route,
en particulier chez les jeunes, dans les pays à revenu faible et intermédiaire,
1. Encourage les États Membres à adopter une législation complète ;
2. Décide de rester saisie de la question.
52e séance plénière
10 décembre 2030
"""
    r = parse(fr)
    assert [p.opening for p in r.preamble.paragraphs] == ["Rappelant", "Se déclarant préoccupée"]
    ru = """Организация Объединенных Наций A/RES/85/43
Генеральная Ассамблея Distr.: General
15 December 2030
Восемьдесят пятая сессия
Резолюция, принятая Генеральной Ассамблеей 10 декабря 2030 года
85/43. Безопасность дорожного движения
Генеральная Ассамблея,
ссылаясь на свои резолюции о повышении безопасности дорожного движения во всем мире,
включая резолюцию 83/5 от 2 ноября 2028 года, и на доклады Генерального секретаря,
с обеспокоенностью отмечая, что дорожно-транспортные происшествия остаются одной
из основных причин смерти молодых людей во всем мире,
1. рекомендует государствам-членам принять всеобъемлющее законодательство;
2. постановляет продолжать заниматься этим вопросом.
52-е пленарное заседание
10 декабря 2030 года
"""
    r = parse(ru)
    assert [p.text.split(",")[0] for p in r.preamble.paragraphs] == [
        "ссылаясь на свои резолюции о повышении безопасности дорожного движения во всем мире",
        "с обеспокоенностью отмечая"]


def test_what_counts_as_a_paragraph_head():
    from unres.langs import lang
    from unres.text.parse import starts_with_head

    en, fr, ru, zh = lang("en"), lang("fr"), lang("ru"), lang("zh")
    assert starts_with_head(en, "Recalling its resolution 60/251,")
    assert starts_with_head(en, "Deeply concerned by the situation,")
    assert not starts_with_head(en, "recalling its resolution")  # inside a sentence
    assert not starts_with_head(en, "United Nations Children's Fund,")
    assert starts_with_head(fr, "Se déclarant préoccupée")
    assert starts_with_head(ru, "признавая, что")  # Russian preambles open in lower case
    assert starts_with_head(zh, "又回顾其关于")  # Chinese: the table's opening phrases
    assert not starts_with_head(zh, "联合国儿童基金会")


def test_a_warning_quotes_a_statement_as_read_without_its_marks():
    # (df97775 quoted the statement with the private-use characters it marked a mark with:
    # "Adopted in plenary,\ue00014\ue001 after …".)
    text = OLD_SC_HEAD + """1. Calls upon the parties to cease hostilities.

Adopted in plenary, 14 after a long debate on the matter.
14 See Official Records of the Security Council, Second Year.
"""
    r = parse_text(text, "en")
    assert [w.message for w in r.warnings] == [
        "vote statement not understood: 'Adopted in plenary, after a long debate on the matter.'"]
    assert [(f.marker, f.offset) for f in r.resolution.vote.footnote_refs] == [("14", 19)]


def test_invisible_characters_in_paragraph_numbers_of_the_hostile_repro():
    # shared/repros/hostile/text: "2\u2060." and "3\u00ad." made df97775 read three paragraphs as one.
    from conftest import SHARED

    path = SHARED / "repros" / "hostile" / "text" / "wordjoiner-in-paragraph-number.txt"
    if not path.is_file():
        pytest.skip(f"repro not found at {path}")
    r = parse_text(path.read_bytes())
    assert [p.number for p in r.resolution.operative] == ["1", "2", "3"]
    assert [w.code for w in r.warnings].count("text-invisible-in-number") == 2


def test_blocks_apart_by_blank_lines_with_a_paragraph_cut_by_a_page_are_not_double_spaced():
    # Paragraph-block extraction (issue 22): a block to a line, a blank line between blocks; one
    # paragraph cut by a page break (the page's foot and head dropped) leaves an unfinished full
    # line before a blank line, which is
    # no evidence of double spacing. (The paragraphs open with a phrase the English table lacks, so
    # that no paragraph head tells where they start: only the blank lines do.)
    paragraphs = [f"Heartened by its resolution 83/{k} of 19 December 2028 on the literacy of young people and "
                  f"adults in rural areas, in particular of women and girls{',' if k != 4 else ' and'}"
                  for k in range(1, 9)]
    paragraphs[3] += "\n\nthe commitments made by Member States to that end,"
    text = "\n\n".join([
        "United Nations S/RES/9994 (2031)", "Security Council Distr.: General", "3 March 2031",
        "Resolution 9994 (2031)", "Adopted by the Security Council at its 9994th meeting, on 3 March 2031",
        "The Security Council,", *paragraphs,
        "1. Decides to remain seized of the matter."]) + "\n"
    r = parse(text)
    assert len(r.preamble.paragraphs) == 8
    assert r.preamble.paragraphs[3].text.endswith("in particular of women and girls and the commitments made by "
                                                  "Member States to that end,")


@pytest.mark.parametrize("title", [None, "Questions of the Council", "Requests and reports"])
def test_a_paragraph_in_lower_case_after_a_part_label_opens_the_part(title):
    # Blocks apart by blank lines: a part label ("B"), or a part's title, is a short unfinished line,
    # and a paragraph after it may open in lower case (as a generated one does, or a Russian one):
    # lowercase-continues must not take the paragraph for the rest of the label.
    head = ["B"] + ([title] if title else [])
    text = "\n\n".join([
        "United Nations E/RES/2031/7", "Economic and Social Council Distr.: General", "3 March 2031",
        "Resolution adopted by the Economic and Social Council on 3 March 2031", "2031/7.",
        "The Economic and Social Council,", "A", "1. Decides to hold a meeting;", *head,
        "welcoming the work done by the commission,", "1. Requests a report.",
        "[Adopted without a vote.]"]) + "\n"
    r = parse(text)
    assert [p.label for p in r.parts] == ["A", "B"]
    assert r.parts[1].title == title
    assert [p.text for p in r.parts[1].preamble] == ["welcoming the work done by the commission,"]
    assert [p.text for p in r.parts[1].operative] == ["Requests a report."]


def test_chinese_agenda_items_joined_by_he_are_two_items():
    # "议程项目14和121": Chinese joins the last two agenda items with 和; read as one item "14和121",
    # which the schema refuses, the document was not converted (A/RES/77/243 and 77/259 zh).
    text = ZH_GA_HEAD.replace("第八十五届会议\n", "第八十五届会议\n议程项目14和121\n") + (
        "85/9. 标题\n大会，\n回顾其决议，\n1. 决定继续审议该问题。\n2030年12月7日\n第50次全体会议\n")
    res = parse(text)
    assert [a.number for a in res.agenda_items] == ["14", "121"]


def test_a_security_council_resolution_adopted_without_meeting_or_formula_is_read():
    # Adopted by written procedure (2020-2021): "Adopted by the Security Council on 27 April 2021",
    # no meeting; S/RES/2573 (2021) also prints no enacting formula. The adoption line was taken for
    # the closing block under the heading, and no paragraph was found (text-no-paragraphs).
    text = ("United Nations S/RES/9999 (2031)\nSecurity Council Distr.: General\n3 March 2031\n"
            "Resolution 9999 (2031)\nAdopted by the Security Council on 3 March 2031\n"
            "Recalling its resolutions,\n1. Decides to remain seized of the matter.\n")
    res = parse(text)
    assert (res.metadata.adoption_date, res.metadata.meeting) == ("2031-03-03", None)
    assert [p.text for p in res.preamble.paragraphs] == ["Recalling its resolutions,"]
    assert [p.number for p in res.operative] == ["1"]


def test_a_paragraph_printed_as_its_number_and_a_list_takes_the_first_point_as_its_text():
    # list-without-intro: "58." alone, then "(a) Requests …" and "(b) …" (S/RES/2605 (2021) laid out
    # as PDF text): the paragraph's text was empty, which the schema refuses — the JSON was not
    # written. As the AKN reader does with the UN's markup, the first point is the text.
    text = SC_HEAD + ("Recalling its resolutions,\n\n1. Decides to act;\n\n2.\n\n(a) Requests a report;\n\n"
                      "(b) Decides to remain seized of the matter.\n")
    res = parse(text)
    second = res.operative[1]
    assert (second.number, second.text, [s.label for s in second.subparagraphs]) == (
        "2", "(a) Requests a report;", ["(b)"])
    from unres.api import validate

    assert [p.code for p in validate(res) if p.severity == "error"] == []


def test_a_spanish_agenda_sub_item_y_is_no_separator():
    # "Tema 99 y) del programa": "y" is the sub-item, not "and" between two items (A/RES/77/60 es:
    # items "99" and ")", which the schema refuses).
    text = ("Naciones Unidas A/RES/85/9\nAsamblea General Distr. general\n8 de diciembre de 2030\n"
            "Octogésimo quinto período de sesiones\nTemas 99 y) y 100 del programa\n"
            "Resolución aprobada por la Asamblea General el 7 de diciembre de 2030\n85/9. Título\n"
            "La Asamblea General,\nRecordando sus resoluciones,\n1. Decide seguir ocupándose de la cuestión.\n")
    assert [a.number for a in parse(text).agenda_items] == ["99 y)", "100"]


@pytest.mark.parametrize("head, lines", [
    (SC_HEAD, ["Recalling its previous resolutions,", "1. Decides that the Mission shall have the following mandate:",
               "(a) Protection of civilians", "- To protect civilians under threat;", "- To support the authorities;",
               "2. Decides to remain seized of the matter."]),
    (RU_SC_HEAD, ["ссылаясь на свои предыдущие резолюции,", "1. постановляет, что Миссия имеет следующий мандат:",
                  "a) Защита гражданского населения", "- защищать гражданское население;",
                  "- поддерживать власти;", "2. постановляет продолжать заниматься этим вопросом."]),
])
def test_dash_items_under_a_title_item_between_blank_lines_are_its_items(head, lines):
    # cut-paragraph-continues leaves a line opening with a bullet or dash label to the rules after it: in
    # text of paragraphs apart by blank lines (as the text writer prints them), the dash items under the
    # unfinished title item "(a) Protection of civilians" are its list, not the rest of its line.
    res = parse(head + "\n\n".join(lines) + "\n")
    (title,) = res.operative[0].subparagraphs
    assert title.text in ("Protection of civilians", "Защита гражданского населения")
    assert [s.label for s in title.subparagraphs] == ["-", "-"]
    assert [p.number for p in res.operative] == ["1", "2"]


def test_a_raised_mark_on_the_title_before_the_formula_is_the_titles_note():
    """mark-raised: digits printed raised are a mark wherever they stand, the title before the formula
    too (model 1.2: "85/9 B. Title¹", the note on a part published apart, at the end with the others);
    the cover's plain numbers stay no marks."""
    text = ("A/RES/85/9 B\n\nDistr.: General\n\n8 December 2030\n\nGeneral Assembly\n\nAgenda item 1\n\n"
            "85/9 B. Financing of a force¹\n\nThe General Assembly,\n\nRecalling its resolution 84/1,²\n\n"
            "1. Decides to remain seized of the matter.\n\n7 December 2030\n\n[Adopted without a vote.]\n\n"
            "1 Resolution 85/9 becomes resolution 85/9 A.\n\n2 See A/84/1.\n")
    out = parse_text(text, "en")
    res, warnings = out.resolution, out.warnings
    assert res.metadata.title == "Financing of a force"
    assert [(r.marker, r.offset) for r in res.metadata.title_footnote_refs] == [("1", len("Financing of a force"))]
    assert [(f.marker, f.text) for f in res.footnotes] == [("1", "Resolution 85/9 becomes resolution 85/9 A."),
                                                           ("2", "See A/84/1.")]
    assert [r.marker for r in res.preamble.paragraphs[0].footnote_refs] == ["2"]
    assert res.agenda_items[0].number == "1"
    assert not [w for w in warnings if w.code.startswith("footnote")]


def test_a_note_after_the_closing_whose_mark_stands_on_the_page_before_the_last():
    # notes-after-closing-glued: the notes gathered after the closing of a two-page text; the second mark
    # ("Forum,2") on the page before, after the first; a glued look-alike on the last page ("Annex B2")
    # is no mark — the last page was searched first, the mark left in the text and "B" cut from "B2".
    text = (GA_TWO_PAGES.replace("{para2}", "Encourages Member States to share information on pilotage, as set out "
                                            "in Annex B2 to the Agreement;"))
    res = parse_text(text).resolution
    assert res.preamble.paragraphs[0].text == ("Recalling the report of the Secretary-General and the conclusions "
                                               "of the Harbour Forum,")
    assert [r.marker for r in res.preamble.paragraphs[0].footnote_refs] == ["1", "2"]
    assert res.operative[1].text.endswith("as set out in Annex B2 to the Agreement;")
    assert [n.text for n in res.footnotes] == ["A/85/301.", "A/85/302, annex."]


GA_TWO_PAGES = """United Nations A/RES/85/18
General Assembly Distr.: General
8 December 2030
Resolution adopted by the General Assembly on 6 December 2030
85/18. Harbour pilots
The General Assembly,
 Recalling the report of the Secretary-General1 and the conclusions of the Harbour Forum,2
 1. Welcomes the efforts of Member States to train harbour pilots;

30-04424 1/2
A/RES/85/18

 2. {para2}
 3. Decides to consider the question at its eighty-sixth session.

 52nd plenary meeting
 6 December 2030
__________________
1 A/85/301.
2 A/85/302, annex.

30-04424 2/2
"""


def test_a_long_one_line_heading_after_a_finished_paragraph_ends_where_a_number_opens():
    # number-after-heading, one line: flat text wrapped at 70 columns; a section heading of one line longer
    # than a line that stopped short, after a paragraph that ended with a semicolon, heads the numbered
    # paragraph after it (paragraph 2 was read into paragraph 1, heading and all). After a comma, a line
    # is as often the sentence going on: no heading there.
    body = ("Acting under Chapter VII of the Charter of the United Nations,\n"
            "1. Urges the authorities to strengthen their cooperation against the\n"
            "financing of terrorism;\n"
            "{line}\n"
            "2. Encourages the regional office to bring together relevant States and\n"
            "international organisations to coordinate their efforts;\n"
            "3. Decides to remain seized of the matter.\n")
    heading = "Maritime interdiction and improving maritime domain awareness"
    res = parse_text(SC_HEAD + body.format(line=heading)).resolution
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].headings == (heading,)
    assert res.operative[0].text == ("Urges the authorities to strengthen their cooperation against the financing "
                                     "of terrorism;")
    comma = body.replace("terrorism;", "terrorism,")
    res = parse_text(SC_HEAD + comma.format(line=heading)).resolution
    assert res.operative[1].headings == ()


def test_an_arabic_target_number_opens_no_numbered_paragraph():
    # "12-4 المتعلقة بتحقيق …" (target 12.4, wrapped to a line's start) is no paragraph 12: a dash glued to a
    # digit is a number's, a paragraph number's dash stands before a word.
    number = lang("ar").paragraph_number
    assert number.match("12-4 المتعلقة بتحقيق الإدارة السليمة") is None
    assert number.match("12 - يقرر") is not None and number.match("12- يقرر") is not None


def test_a_late_issue_date_in_another_language_is_the_covers_not_a_note():
    # cover-item-late: the first page's right-hand column read last puts "Distr.: General" / "1 March 2031"
    # after the page's text; the date, in English in a Russian text (the Russian table reads no English
    # month), opens with the next note's number: it was read as note 1 ("March 2031"), its mark taken.
    text = """Организация Объединенных Наций S/RES/9999 (2031)
Совет Безопасности
Резолюция 9999 (2031)
принятая Советом Безопасности на его 9999-м заседании 3 марта 2031 года
Совет Безопасности,
 ссылаясь на доклад Генерального секретаря 1 , и на выводы Форума по вопросам портов,
 1. приветствует усилия государств-членов;
Distr.: General
1 March 2031

31-04425 1/2
S/RES/9999 (2031)

 2. постановляет продолжать активно заниматься этим вопросом.

1 S/2031/101.

31-04425 2/2
"""
    res = parse_text(text).resolution
    assert res.metadata.issue_date == "2031-03-01" and res.metadata.distribution == "General"
    assert [(n.marker, n.text) for n in res.footnotes] == [("1", "S/2031/101.")]
    assert [r.marker for r in res.preamble.paragraphs[0].footnote_refs] == ["1"]


def test_a_part_closed_at_another_meeting_is_reported_not_dropped():
    # A resolution published in parts whose first part was adopted at another meeting than the last: the
    # model holds one closing (the last part's), and the first part's closing is reported, with its text.
    text = open_fixture("part-closing-goes-on").replace(
        "56th (resumed) plenary meeting\n30 December 2036\nB", "55th plenary meeting\n14 December 2036\nB", 1)
    result = parse_text(text)
    assert [p.label for p in result.resolution.parts] == ["A", "B", "C"]
    assert result.resolution.metadata.adoption_date == "2036-12-30"
    reported = [w for w in result.warnings if w.code == "text-part-closing"]
    assert len(reported) == 1 and "55th plenary meeting / 14 December 2036" in reported[0].message
    # (Closings the last one repeats are no news: the fixture itself reads without the warning.)
    assert not [w for w in parse_text(open_fixture("part-closing-goes-on")).warnings if w.code == "text-part-closing"]


# A resolution in parts, each part with its label and formula (part-closing-goes-on), whose last closing an
# annex follows: the annex's "I" is no part (no formula after it) — the closing and the annex stay as read.
_PARTS_THEN_ANNEX = """United Nations A/RES/91/141 A-B
General Assembly Distr.: General
20 December 2036
Ninety-first session
Agenda item 53
91/141. Questions relating to charts
A
The General Assembly,
Noting the report of the Committee on Charts,
1. Urges all countries to share their charts;
55th plenary meeting
14 December 2036
B
The General Assembly,
Welcoming the progress made in charting the ocean floor,
1. Adopts the guidelines annexed to the present resolution;
2. Decides to remain seized of the matter.
55th plenary meeting
14 December 2036
Annex
I
Guidelines for the sharing of charts
1. Charts are shared through the regional commissions.
2. Each State designates a focal point.
"""


def test_an_annex_after_the_last_part_s_closing_is_no_part():
    result = parse_text(_PARTS_THEN_ANNEX)
    res = result.resolution
    assert [(p.label, len(p.operative)) for p in res.parts] == [("A", 1), ("B", 2)]
    assert res.metadata.adoption_date == "2036-12-14"
    assert len(res.annexes) == 1 and "Charts are shared" in str(res.annexes[0])
    assert not [w for w in result.warnings if w.code in ("text-part-closing", "text-no-closing")]


def test_a_part_label_that_ends_the_text_keeps_the_closing_before_it():
    # (A text cut off after the next part's label: no formula follows it, so the closing is the resolution's.)
    text = _PARTS_THEN_ANNEX.split("B\nThe General Assembly,")[0] + "B\n"
    result = parse_text(text)
    assert result.resolution.metadata.adoption_date == "2036-12-14"
    assert not [w for w in result.warnings if w.code in ("text-part-closing", "text-no-closing")]


def test_a_wrapped_paragraph_line_that_reads_like_a_formula_opens_nothing():
    # A part's paragraph wrapped before "the General Assembly," (lower case, after an unfinished line).
    text = _PARTS_THEN_ANNEX.replace(
        "Welcoming the progress made in charting the ocean floor,",
        "Welcoming the progress made in charting the ocean floor, as reported to\nthe General Assembly,\n"
        "at its ninetieth session,", 1)
    from unres.text.pipeline import read

    doc = read(lang("en"), text, [], trace=True)
    assert not [line for rule, line in doc.trace if rule == "part-formula-alone" and line in (16, 17)]
    assert [p.text for p in parse(text).parts[1].preamble] == [
        "Welcoming the progress made in charting the ocean floor, as reported to the General Assembly, at its "
        "ninetieth session,"]


# Paragraph-block text (one line a paragraph) of an unnumbered resolution in Arabic: its one operative
# paragraph follows a preambular one that ends with a comma, and only a known head tells it from the
# rest of a paragraph a page cut (cut-paragraph-continues). Arabic has no case: the operative verbs must
# be in the table's first_words, in the forms the bodies take — masculine for a Council ("يوافق"),
# feminine for the Assembly ("توافق"); without them the two paragraphs became one operative paragraph.
AR_UNNUMBERED = """الأمم المتحدة E/RES/2031/7
المجلس الاقتصادي والاجتماعي Distr.: General
3 آب/أغسطس 2031
دورة عام 2031
قرار اتخذه المجلس الاقتصادي والاجتماعي في 25 تموز/يوليه 2031
2031/7 - المنارات الساحلية
إن المجلس الاقتصادي والاجتماعي،
إذ يحيط علما بتقرير الأمين العام عن حالة المنارات الساحلية في المناطق النائية، وبالتوصية الواردة فيه،
{op} إنشاء فريق عامل معني بالمنارات الساحلية يقدم تقريره إلى المجلس في دورته المقبلة.
الجلسة العامة 43
25 تموز/يوليه 2031
"""


@pytest.mark.parametrize("op", ["يوافق على", "توافق على", "يأذن بأن يتم", "تطلب إلى الأمين العام"])
def test_arabic_unnumbered_operative_paragraph_after_a_comma_is_its_own(op):
    res = parse(AR_UNNUMBERED.format(op=op))
    assert [p.text[:12] for p in res.preamble.paragraphs] == ["إذ يحيط علما"]
    assert len(res.operative) == 1 and res.operative[0].text.startswith(op)
