"""Fix round of marks-44 (review 44): the near misses of note-alone-under-paragraph and note-given-at-foot — a note in
running form at the page's foot whose wrap leaves its marker alone on a line, under a line that finished its
paragraph —, the lines between the candidate and the foot that open something, a blank line inside the run-on, a
foot whose note is not its first, and a real mark glued inside a bracket at a line's end (bracketed-count-at-break
must not fire). Texts written for these tests, in words of our own."""

from __future__ import annotations

from test_marks_44 import fired, read

_EN_HEAD = """United Nations
A/RES/93/12
General Assembly
Distr.: General 11 December 2038
Ninety-third session Agenda item 12 Harbour pilots
Resolution adopted by the General Assembly on 9 December 2038
[without reference to a Main Committee (A/93/L.12)]
93/12. Harbour pilots
The General Assembly,
Recalling its resolution 91/40 of 2 December 2036 on harbour pilots,
"""

# A note in running form at the page's foot, under operative 2's last line, which ends with a full stop: the note's
# wrap left its citation's label "1" alone on a line, the note's text under it ("…section 4, subsection" / "1" /
# "and section 6 …"). Under a finished line nothing runs on into the candidate: it stays note 1, and the wrap's rest
# is told (as main 331b9117 reads it; note-given-at-foot took the note for running text, silently).
_EN_NOTE_UNDER_FULL_STOP = _EN_HEAD + """1. Takes note of the report of the Secretary-General on pilotage;1
2. Encourages Member States to train harbour pilots in their ports.
1 The report considers the Code of Pilotage, section 4, subsection
1
and section 6 of the same Code, on the licensing of pilots
38-00012 1/2
A/RES/93/12   Harbour pilots
3. Requests the Secretary-General to report to it at its next session;2
4. Decides to remain seized of the matter.
60th plenary meeting
9 December 2038
2
A/93/400.
2/2 38-00012
"""


def test_note_in_running_form_under_a_finished_line_stays_the_note_when_its_wrap_leaves_a_bare_label():
    model, codes = read(_EN_NOTE_UNDER_FULL_STOP)
    ops = {p["number"]: p for p in model["operative"]}
    assert ops["1"]["text"] == "Takes note of the report of the Secretary-General on pilotage;"
    assert [r["marker"] for r in ops["1"].get("footnote_refs", [])] == ["1"]
    notes = {n["marker"]: n["text"] for n in model["footnotes"]}
    assert notes["1"] == "The report considers the Code of Pilotage, section 4, subsection"
    assert notes["2"] == "A/93/400."
    assert "text-note-unfinished" in codes
    names = {name for name, _ in fired(_EN_NOTE_UNDER_FULL_STOP, "en")}
    assert "note-alone-under-paragraph" not in names and "note-given-at-foot" not in names


# The same in Russian, the line over the note ending with a semicolon and the wrap leaving a bracketed "(1)" alone.
_RU_NOTE_UNDER_SEMICOLON = """Организация Объединенных Наций
A/RES/93/12
Генеральная Ассамблея
Distr.: General 11 December 2038
Девяносто третья сессия Пункт 12 повестки дня
Резолюция, принятая Генеральной Ассамблеей 9 декабря 2038 года
[без передачи в главный комитет (A/93/L.12)]
93/12. Лоцманская проводка
Генеральная Ассамблея,
ссылаясь на свою резолюцию 91/40 от 2 декабря 2036 года,
1. принимает к сведению доклад Генерального секретаря о лоцманской проводке1;
2. призывает государства-члены обучать лоцманов в своих портах;
1 В докладе рассматриваются раздел 4 Кодекса лоцманской проводки и подраздел
(1)
раздела 6 того же Кодекса о выдаче лицензий лоцманам
38-00012 1/2
A/RES/93/12   Лоцманская проводка
3. просит Генерального секретаря представить доклад на следующей сессии2;
4. постановляет продолжать заниматься этим вопросом.
60-е пленарное заседание
9 декабря 2038 года
2
A/93/400.
2/2 38-00012
"""


def test_note_in_running_form_under_a_semicolon_stays_the_note_when_its_wrap_leaves_a_bracketed_label():
    model, _ = read(_RU_NOTE_UNDER_SEMICOLON)
    ops = {p["number"]: p for p in model["operative"]}
    assert ops["2"]["text"] == "призывает государства-члены обучать лоцманов в своих портах;"
    assert [r["marker"] for r in ops["1"].get("footnote_refs", [])] == ["1"]
    notes = {n["marker"]: n["text"] for n in model["footnotes"]}
    assert notes["1"].startswith("В докладе рассматриваются раздел 4 Кодекса")
    assert notes["1"].endswith("о выдаче лицензий лоцманам")
    assert "note-alone-under-paragraph" not in {name for name, _ in fired(_RU_NOTE_UNDER_SEMICOLON, "ru")}


# note-given-at-foot's near miss (notes-44's rule): an Arabic note in running form, "(1) …", under operative 2's
# "؛", whose wrap leaves "(1)" alone over the note's rest. As main reads it: the note whole, told unfinished.
_AR_RUNNING_NOTE = """A/RES/93/12                        الأمــم المتحـدة
Distr.: General                        الجمعية العامة
11 December 2038
الدورة الثالثة والتسعون
البند 12 من جدول الأعمال
قرار اتخذته الجمعية العامة في 9 كانون الأول/ديسمبر 2038
93/12 المرشدون البحريون
إن الجمعية العامة،
إذ تشير إلى قرارها 91/40 المؤرخ 2 كانون الأول/ديسمبر 2036،
1- تحيط علماً بتقرير الأمين العام عن الإرشاد البحري(1)؛
2- تشجع الدول الأعضاء على تدريب المرشدين في موانئها؛
(1) يتناول التقرير المادة 4 من مدونة الإرشاد، البند
(1)
والبند 6 من المادة نفسها بشأن منح التراخيص للمرشدين
38-00012 1/2
A/RES/93/12
3- تطلب إلى الأمين العام أن يقدم تقريراً في دورتها المقبلة(2)؛
4- تقرر أن تبقي المسألة قيد نظرها.
الجلسة العامة 60
9 كانون الأول/ديسمبر 2038
(2)
A/93/400.
2/2 38-00012
"""


def test_arabic_note_in_running_form_under_a_finished_line_is_not_given_at_foot():
    model, _ = read(_AR_RUNNING_NOTE)
    ops = {p["number"]: p for p in model["operative"]}
    assert ops["2"]["text"] == "تشجع الدول الأعضاء على تدريب المرشدين في موانئها؛"
    assert [r["marker"] for r in ops["1"].get("footnote_refs", [])] == ["(1)"]
    assert ops["3"]["text"] == "تطلب إلى الأمين العام أن يقدم تقريراً في دورتها المقبلة؛"
    notes = {n["marker"]: n["text"] for n in model["footnotes"]}
    assert notes["(1)"].startswith("يتناول التقرير المادة 4 من مدونة الإرشاد، البند")
    assert notes["(1)"].endswith("بشأن منح التراخيص للمرشدين")
    assert "note-given-at-foot" not in {name for name, _ in fired(_AR_RUNNING_NOTE, "ar")}


# The lines between open something: operative 2 runs over the page (its last line unfinished) and the foot's notes
# stand in running form, the candidate "1 See …" the real note 1, note 2 under it, and note 3's wrap leaving its
# citation's "(1)" alone over "thereof.". The "(1)" is no note 1 given at the foot: a note opens between.
_EN_NOTES_BETWEEN = _EN_HEAD + """1. Takes note of the report of the Secretary-General on pilotage,1 and of the
study of the Maritime Committee;2
2. Encourages Member States to apply the Code of Pilotage3 and to train the
1 See the report of the Secretary-General on harbour pilots, A/93/300.
2 See the study of the Maritime Committee, A/93/301.
3 See the Code of Pilotage, section 9, subsection
(1)
thereof.
38-00012 1/2
A/RES/93/12   Harbour pilots
harbour pilots of their ports;
3. Decides to remain seized of the matter.
60th plenary meeting
9 December 2038
"""


def test_notes_in_running_form_between_the_candidate_and_a_lone_label_keep_the_candidate_the_note():
    model, _ = read(_EN_NOTES_BETWEEN)
    ops = {p["number"]: p for p in model["operative"]}
    assert ops["2"]["text"] == ("Encourages Member States to apply the Code of Pilotage and to train the harbour "
                                "pilots of their ports;")
    notes = {n["marker"]: n["text"] for n in model["footnotes"]}
    assert notes["1"] == "See the report of the Secretary-General on harbour pilots, A/93/300."
    assert notes["2"] == "See the study of the Maritime Committee, A/93/301."
    assert notes["3"].startswith("See the Code of Pilotage, section 9, subsection")
    assert "note-alone-under-paragraph" not in {name for name, _ in fired(_EN_NOTES_BETWEEN, "en")}


# bracketed-count-at-break must not fire: a real mark glued to a word inside a bracket at a line's end ("(in
# particular under the Code of Pilotage2" / "and its annex)"): the digits follow a word, not the bracket.
_EN_MARK_IN_BRACKET = _EN_HEAD.replace("on harbour pilots,", "on harbour pilots,1") + """\
Recalling also its commitments (in particular under the Code of Pilotage2
and its annex) on the training of pilots,
1. Requests the Secretary-General to report to it at its next session;3
2. Decides to remain seized of the matter.
60th plenary meeting
9 December 2038
1 A/91/300.
2 See resolution 90/18.
3 A/93/400.
"""


def test_real_mark_glued_inside_a_bracket_at_a_line_end_is_read_as_a_mark():
    model, codes = read(_EN_MARK_IN_BRACKET)
    pre = model["preamble"]["paragraphs"]
    assert pre[1]["text"] == ("Recalling also its commitments (in particular under the Code of Pilotage and its "
                              "annex) on the training of pilots,")
    assert [r["marker"] for r in pre[1].get("footnote_refs", [])] == ["2"]
    assert [n["marker"] for n in model["footnotes"]] == ["1", "2", "3"]
    assert "footnote-unreferenced" not in codes
    assert "bracketed-count-at-break" not in {name for name, _ in fired(_EN_MARK_IN_BRACKET, "en")}


_RU_HEAD = """Организация Объединенных Наций
A/RES/93/14
Генеральная Ассамблея
Distr.: General 11 December 2038
Девяносто третья сессия Пункт 14 повестки дня Лоцманская проводка
Резолюция, принятая Генеральной Ассамблеей 9 декабря 2038 года
[без передачи в главные комитеты ( A/93/L.14 )]
93/14. Лоцманская проводка
Генеральная Ассамблея,
ссылаясь на свою резолюцию 91/40 от 2 декабря 2036 года,
отмечая с тревогой, что лоцманы малых портов не получают лицензий,
"""

# Operative 2 runs on to the foot from its line "1 Кодекса …" (the article's number wrapped to the line's start),
# with a blank line left inside it; the foot gives notes 1 and 2 split ("1" / "A/93/300."). Left in the body the
# blank line counted as a gap between paragraphs, and the two preambular paragraphs ran into one: the rule does not
# decide there, and the text reads as the base reads it.
_RU_BLANK_IN_RUN_ON = _RU_HEAD + """1. приветствует доклад Генерального секретаря о лоцманской проводке1
и исследование Морского комитета2;
2. выражает обеспокоенность задержками в выполнении требований статьи
1 Кодекса лоцманской проводки, касающихся выдачи лицензий, и опасностью
того, что эти требования

не будут выполнены, и призывает государства принять меры, с тем чтобы
1
A/93/300.
2
A/93/301.
\fA/RES/93/14   Лоцманская проводка
эти требования были выполнены в установленные Кодексом сроки;
3. постановляет продолжить рассмотрение этого вопроса.
60-е пленарное заседание
9 декабря 2038 года
"""


def test_blank_line_inside_the_run_on_leaves_the_text_to_the_other_rules():
    model, _ = read(_RU_BLANK_IN_RUN_ON)
    pre = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert pre == ["ссылаясь на свою резолюцию 91/40 от 2 декабря 2036 года,",
                   "отмечая с тревогой, что лоцманы малых портов не получают лицензий,"]
    assert "note-alone-under-paragraph" not in {name for name, _ in fired(_RU_BLANK_IN_RUN_ON, "ru")}


# Page 2's foot gives two split notes, "2" / "A/93/301." / "3" / "A/93/302.", and the candidate "3 Кодекса …" is the
# foot's second: any lone marker of the foot may be the note's, not only its first. (Read as note 3, the candidate
# took its paragraph's lines, and note 2's text ran into operative 3.)
_RU_SECOND_ON_FOOT = _RU_HEAD + """1. приветствует доклад Генерального секретаря о лоцманской проводке1;
1 A/93/300.
38-00014 1/3
A/RES/93/14   Лоцманская проводка
2. приветствует также исследование Морского комитета2 и доклад Совета3;
3. выражает обеспокоенность задержками в выполнении требований статьи
3 Кодекса лоцманской проводки, касающихся выдачи лицензий лоцманам,
и опасностью того, что эти требования не будут выполнены
2
A/93/301.
3
A/93/302.
38-00014 2/3
A/RES/93/14   Лоцманская проводка
в установленные Кодексом сроки;
4. постановляет продолжить рассмотрение этого вопроса.
60-е пленарное заседание
9 декабря 2038 года
3/3 38-00014
"""


def test_candidate_whose_note_is_the_second_on_the_foot_stays_in_its_paragraph():
    model, codes = read(_RU_SECOND_ON_FOOT)
    ops = {p["number"]: p for p in model["operative"]}
    assert ops["3"]["text"] == ("выражает обеспокоенность задержками в выполнении требований статьи 3 Кодекса "
                                "лоцманской проводки, касающихся выдачи лицензий лоцманам, и опасностью того, что эти "
                                "требования не будут выполнены в установленные Кодексом сроки;")
    assert [r["marker"] for r in ops["2"].get("footnote_refs", [])] == ["2", "3"]
    notes = {n["marker"]: n["text"] for n in model["footnotes"]}
    assert notes == {"1": "A/93/300.", "2": "A/93/301.", "3": "A/93/302."}
    assert codes == []
