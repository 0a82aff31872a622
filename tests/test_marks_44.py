"""The two layout rules of marks-44 read through the whole text reader: note-alone-under-paragraph (a paragraph's
wrapped line in mid-page that opens with a number, the paragraph running on to the page's foot, which gives that note
by its marker alone, bare or bracketed) and bracketed-count-at-break (digits right after an opening bracket at a
line's end, the count's word on the next line). Texts written for these tests, in words of our own."""

from __future__ import annotations

import json

from unres.jsonio import to_json
from unres.text.parse import parse_text


def read(text: str) -> tuple[dict, list[str]]:
    res = parse_text(text)
    return json.loads(to_json(res.resolution)), [w.code for w in res.warnings]


def fired(text: str, code: str) -> list[tuple[str, int]]:
    """The reader's trace on a text (of language `code`)."""
    from unres.langs import lang
    from unres.text.decode import decode
    from unres.text.pipeline import read as read_doc
    decoded, warnings = decode(text)
    doc = read_doc(lang(code), decoded, list(warnings), trace=True)
    assert doc.trace is not None
    return list(doc.trace)


# Arabic, notes at the page's foot split into the bracketed marker alone, "(1)", and its text: operative 2's wrapped
# line opens with the numbers of two goals ("1 و2 من ميثاق …") and the paragraph runs on over one more line down to
# the foot. Read as note 1 (the base), the line and the one under it became the note's text, the real note 1 stayed
# in operative 2, and nothing was told.
_ARABIC_BRACKETED_FOOT = """A/RES/91/73                        الأمــم المتحـدة
Distr.: General                        الجمعية العامة
20 December 2036
الدورة الحادية والتسعون
البند 73 من جدول الأعمال
قرار اتخذته الجمعية العامة في 15 كانون الأول/ديسمبر 2036
91/73 سلامة المنارات
إن الجمعية العامة،
إذ تشير إلى قرارها 89/14 المؤرخ 3 كانون الأول/ديسمبر 2034،
وإذ تلاحظ مع القلق أن حراس المنارات في الأماكن النائية يفتقرون إلى التدريب،
1- ترحب بتقرير الأمين العام عن سلامة المنارات(1)؛
2- تعرب عن قلقها إزاء التأخر في بلوغ الهدفين
1 و2 من ميثاق السلامة الساحلية، الراميين إلى منع غرق السفن، وإزاء
الخطر المتزايد المتمثل في عدم بلوغ هذين الهدفين
(1)
A/89/300.
36-00073 1/2
A/RES/91/73
في المواعيد المحددة في الميثاق؛
3- تطلب إلى الأمين العام أن يقدم تقريراً عن تنفيذ هذا القرار(2)؛
4- تقرر مواصلة النظر في هذه المسألة.
الجلسة العامة 55
15 كانون الأول/ديسمبر 2036
(2)
A/91/300.
2/2 36-00073
"""


def test_line_opening_with_goal_numbers_stays_in_its_paragraph_where_the_foot_gives_the_bracketed_note():
    model, codes = read(_ARABIC_BRACKETED_FOOT)
    operative = model["operative"]
    assert [p["number"] for p in operative] == ["1", "2", "3", "4"]
    assert operative[1]["text"] == ("تعرب عن قلقها إزاء التأخر في بلوغ الهدفين 1 و2 من ميثاق السلامة الساحلية، "
                                    "الراميين إلى منع غرق السفن، وإزاء الخطر المتزايد المتمثل في عدم بلوغ هذين "
                                    "الهدفين في المواعيد المحددة في الميثاق؛")
    assert [n["text"] for n in model["footnotes"]] == ["A/89/300.", "A/91/300."]
    assert [r["marker"] for r in operative[0]["footnote_refs"]] == ["(1)"]
    assert [r["marker"] for r in operative[2]["footnote_refs"]] == ["(2)"]
    assert codes == []


# Near miss: the page's foot gives note 1 in running form, its text wrapped, and note 2 split under it ("2" /
# "A/91/300."): the lone marker is note 2's, not note 1's, and the rule leaves note 1 as the note.
_NOTE_IN_RUNNING_FORM_OVER_SPLIT_NOTE = """Организация Объединенных Наций
A/RES/91/75
Генеральная Ассамблея
Distr.: General 20 December 2036
Девяносто первая сессия Пункт 75 повестки дня Безопасность маяков
Резолюция, принятая Генеральной Ассамблеей 15 декабря 2036 года
[без передачи в главные комитеты ( A/91/L.75 )]
91/75. Смотрители маяков
Генеральная Ассамблея,
ссылаясь на свою резолюцию 89/14 о смотрителях маяков1,
1. просит Генерального секретаря представить доклад2;
2. постановляет продолжить рассмотрение этого вопроса.
55-е пленарное заседание
15 декабря 2036 года
1 См. резолюцию 89/14 Генеральной Ассамблеи о подготовке смотрителей маяков
в удаленных районах и о снабжении маяков
2
A/91/300.
36-00075 1/1
"""


def test_near_miss_a_note_in_running_form_over_another_split_note_stays_the_note():
    model, _ = read(_NOTE_IN_RUNNING_FORM_OVER_SPLIT_NOTE)
    assert [n["marker"] for n in model["footnotes"]] == ["1", "2"]
    assert model["footnotes"][0]["text"].startswith("См. резолюцию 89/14")
    assert [r["marker"] for r in model["preamble"]["paragraphs"][0]["footnote_refs"]] == ["1"]
    assert "note-alone-under-paragraph" not in {rule for rule, _ in fired(_NOTE_IN_RUNNING_FORM_OVER_SPLIT_NOTE, "ru")}


# French: the count "(2" / "pour cent des effectifs)" wrapped at the bracket; note 2's other place, "2031–2040,2",
# is a decimal in French ("2040,2"), so no rule reads a mark there. The base took "(2" for note 2's mark (the count
# lost from the text, silently) and sought note 3's mark past it (told unreferenced, its mark left in the text). Now
# the count stays, note 3's mark is read where it stands, and note 2, whose place no rule can tell, is told.
_FRENCH_COUNT_AT_BREAK = """Nations Unies
A/RES/91/74
Assemblée générale
Distr. générale 20 décembre 2036
Quatre-vingt-onzième session Point 74 de l’ordre du jour Sécurité des phares
Résolution adoptée par l’Assemblée générale le 15 décembre 2036
[sans renvoi à une grande commission (A/91/L.74)]
91/74. Sécurité des phares
L’Assemblée générale,
Rappelant sa résolution 89/14 du 3 décembre 2034 sur la sécurité des phares,1
Rappelant également le plan stratégique pour les phares 2031–2040,2 et
prenant note de la déclaration de Brest sur les gardiens de phare,3
Consciente que la sécurité de la navigation côtière dépend des phares,
36-00074 1/2
A/RES/91/74   Sécurité des phares
Notant que, en 2035, on estimait que 149 gardiens de phare (2
pour cent des effectifs) n’avaient reçu aucune formation,
1. Prie le Secrétaire général de lui présenter un rapport;4
2. Décide de poursuivre l’examen de la question.
55e séance plénière
15 décembre 2036
1 A/89/300.
2 Voir la résolution 88/25.
3 A/90/412, annexe.
4 A/91/300.
2/2 36-00074
"""


def test_count_in_brackets_at_a_line_end_stays_text_and_the_later_marks_are_found():
    model, codes = read(_FRENCH_COUNT_AT_BREAK)
    paragraphs = model["preamble"]["paragraphs"]
    assert paragraphs[3]["text"] == ("Notant que, en 2035, on estimait que 149 gardiens de phare (2 pour cent des "
                                     "effectifs) n’avaient reçu aucune formation,")
    assert paragraphs[3].get("footnote_refs", []) == []
    assert [r["marker"] for r in paragraphs[1]["footnote_refs"]] == ["3"]
    assert codes == ["footnote-unreferenced"]
