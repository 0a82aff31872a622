"""The two layout rules of notes-44 read through the whole text reader: note-given-at-foot (a paragraph's wrapped
line in mid-page that opens with a number, the page's foot giving that note) and space-after-mark-wrapped (the space
printed after a reference mark, which a character wrap carried to a line's start, in text whose paragraphs are set in
by one space). Each rule's fixture reading, and a near-miss each rule must leave as the reader read it before."""

from __future__ import annotations

import json
from pathlib import Path

from unres.jsonio import to_json
from unres.text.parse import parse_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layout"
LRM = "\u200e"


def _ru_cover(number: int, subject: str) -> str:
    """The cover lines of the invented Russian resolution 91/<number> these texts share (its agenda item the same
    number, its report A/91/<number + 630>)."""
    return (f"Организация Объединенных Наций\nA/RES/91/{number}\nГенеральная Ассамблея\n"
            f"Distr.: General 20 December 2036\nДевяносто первая сессия Пункт {number} повестки дня {subject}\n"
            f"Резолюция, принятая Генеральной Ассамблеей 15 декабря 2036 года\n"
            f"[без передачи в главные комитеты ( A/91/{number + 630} )]\n")


def read(text: str) -> tuple[dict, list[str]]:
    res = parse_text(text)
    return json.loads(to_json(res.resolution)), [w.code for w in res.warnings]


def fired(text: str, code: str) -> set[str]:
    """The rules the reader's trace records on a text (of language `code`)."""
    from unres.langs import lang
    from unres.text.decode import decode
    from unres.text.pipeline import read as read_doc
    decoded, warnings = decode(text)
    doc = read_doc(lang(code), decoded, list(warnings), trace=True)
    assert doc.trace is not None
    return {rule for rule, _ in doc.trace}


def test_mid_page_line_opening_with_a_number_is_text_where_the_foot_gives_the_note():
    model, codes = read((FIXTURES / "note-given-at-foot.txt").read_text(encoding="utf-8"))
    texts = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert len(texts) == 3
    assert texts[1].endswith("изложенных в статье 1 Конвенции,")
    assert [n["text"] for n in model["footnotes"]] == ["A/89/300.", "A/91/300."]
    assert "footnote-unreferenced" not in codes


# A page whose note 1 wraps onto a line that opens with the note's own number ("1 декабря 2034 года."): no line of
# the body stands between the note and that line, so the foot is the note's and the rule leaves the note alone.
_NOTE_WRAPPED_AT_NUMBER = _ru_cover(71, "Безопасность маяков") + """91/71. Смотрители маяков
Генеральная Ассамблея,
ссылаясь на свою резолюцию 89/14 1 и на доклад Генерального секретаря,
подчеркивая необходимость дальнейшего укрепления сотрудничества между
государствами в целях обеспечения безопасности маяков,
1. призывает государства-члены укреплять подготовку смотрителей маяков;
2. постановляет продолжить рассмотрение этого вопроса.
55-е пленарное заседание
15 декабря 2036 года
1 См. резолюцию 89/14 Генеральной Ассамблеи от
1 декабря 2034 года.
36-00071 1/1
"""


def test_near_miss_a_note_wrapped_at_its_own_number_stays_the_note():
    model, _ = read(_NOTE_WRAPPED_AT_NUMBER)
    assert len(model["preamble"]["paragraphs"]) == 2
    assert [p["number"] for p in model["operative"]] == ["1", "2"]
    assert [n["marker"] for n in model["footnotes"]] == ["1"]
    assert model["footnotes"][0]["text"].startswith("См. резолюцию 89/14")
    assert [r["marker"] for r in model["preamble"]["paragraphs"][0]["footnote_refs"]] == ["1"]
    # (the rule is asked for the note's first line and says no: the foot's first line is no marker alone; the
    # reading alone would not show it, the note's wrapped line being taken for the note again)
    assert "note-given-at-foot" not in fired(_NOTE_WRAPPED_AT_NUMBER, "ru")


def test_mark_space_wrapped_to_a_line_start_opens_no_paragraph():
    model, codes = read((FIXTURES / "space-after-mark-wrapped.txt").read_text(encoding="utf-8"))
    paragraphs = model["preamble"]["paragraphs"]
    assert len(paragraphs) == 3
    assert [r["marker"] for r in paragraphs[1]["footnote_refs"]] == ["1", "2", "3", "4", "5", "6"]
    assert "footnote-unreferenced" not in codes


# The line above runs to the full width and ends with a mark after a finished clause ("…决议，1"): a paragraph may end
# there, and the line set in by one space under it, though it opens with no head of the table, is left to open its own
# paragraph (the rule's finished-clause condition decides: the width would let it fire).
_MARK_AFTER_FINISHED_CLAUSE = f"""联合国

A/RES/91/61

大会

Distr.: General 15 December 2036

第九十一届会议 议程项目61 灯塔看守人的安全

2036年12月12日大会决议

91/61. 灯塔看守人

大会，{LRM}


 回顾其2034年12月3日第89/14号决议和与保护海岸安全造福今世后代人类有关的所有其他决议和决定

，以及关于灯塔看守人的权利和安全保障的2035年7月28日第90/300号决议和其他各项相关决议，1


{LRM} {LRM}《海上安全公约》的缔约国在海岸安全方面负有特别责任，并应支持各区域灯塔工作组的工作和

活动，{LRM}


 1. 鼓励会员国加强灯塔看守人的培训；


 2. 决定继续审议这一问题。


第52次全体会议 2036年12月12日

\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_

1 联合国，《条约汇编》，第3001卷，第52001号。

36-00061 1
"""


def test_near_miss_mark_after_a_finished_clause_leaves_the_next_paragraph_open():
    model, _ = read(_MARK_AFTER_FINISHED_CLAUSE)
    paragraphs = model["preamble"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[1]["text"].startswith("《海上安全公约》的缔约国")
    assert [r["marker"] for r in paragraphs[0]["footnote_refs"]] == ["1"]
    assert [p["number"] for p in model["operative"]] == ["1", "2"]


def test_mark_space_after_a_finished_clause_is_told_as_a_guess():
    res = parse_text(_MARK_AFTER_FINISHED_CLAUSE)
    guesses = [w for w in res.warnings if w.code == "text-boundary-guessed"]
    assert len(guesses) == 1
    assert "after a finished clause" in guesses[0].message


# The paragraph's line that opens with the number stands right over the page's foot (no line of the body between),
# the foot opening with the marker alone: the candidate ends with a comma, as no note ends, and the foot gives note 1.
_NUMBER_LINE_OVER_FOOT = _ru_cover(70, "Безопасность маяков") + """91/70. Безопасность маяков и прибрежного судоходства
Генеральная Ассамблея,
ссылаясь на свою резолюцию 89/14 от 3 декабря 2034 года, в которой она
приветствовала доклад Генерального секретаря о безопасности маяков 1 и
призвала государства-члены поддерживать смотрителей маяков,
признавая, что безопасность прибрежного судоходства, будучи одной из общих
целей государств, способствует достижению целей, изложенных в статье
1 Конвенции,
1
A/89/300.
36-00070 1/2
A/RES/91/70   Безопасность маяков и прибрежного судоходства
подчеркивая необходимость дальнейшего укрепления сотрудничества между
государствами в целях обеспечения безопасности маяков,
1. призывает государства-члены укреплять подготовку смотрителей маяков;
2. просит Генерального секретаря представить доклад 2 об осуществлении
настоящей резолюции;
3. постановляет продолжить рассмотрение этого вопроса.
55-е пленарное заседание
15 декабря 2036 года
2
A/91/300.
2/2 36-00070
"""


def test_mid_page_line_right_over_the_foot_is_text_where_the_foot_opens_with_the_marker_alone():
    model, codes = read(_NUMBER_LINE_OVER_FOOT)
    assert [n["text"] for n in model["footnotes"]] == ["A/89/300.", "A/91/300."]
    assert model["preamble"]["paragraphs"][1]["text"].endswith("изложенных в статье 1 Конвенции,")
    assert "text-note-unfinished" not in codes


# Fix round (review 43): the reviewer's near-miss shapes, in words of our own, read as the base reads them.

# space-after-mark-wrapped and the "mark-space" guess, under lines that stopped short of the full width: a paragraph's
# last line "…决议，1" (a headless paragraph under it), a paragraph that ends with a title and its mark and no
# punctuation ("以及《林火预警公约》4", a headless paragraph under it) and an annex's title with its mark
# ("护林员行为准则5", the annex's first paragraph under it). A wrap by characters carries a mark's space only off a
# full line: each space here is an indent, and nothing is told. (The base reads them so; without the width condition
# the annex title runs into its first paragraph, the two paragraphs are joined, and the first headless paragraph is
# told as a guess.)
_MARK_UNDER_SHORT_LINES = """联合国

A/RES/91/62

大会

Distr.: General 15 December 2036

第九十一届会议 议程项目62 森林防火

2036年12月12日大会决议

91/62. 护林员

大会，


 回顾其2034年11月20日第89/9号决议和与保护森林资源造福今世后代人类有关的所有其他决议和决

定，以及关于护林员的权利的2035年6月30日第90/280号决议，1


 各区域护林工作组在森林防火领域开展的工作和取得的成果，对于各国在森林防火方面的长期行为

具有重要意义，


 回顾关于森林防火的各项文书，特别是《森林防火公约》2 和《护林员公约》3

以及《林火预警公约》4


 《森林防火公约》的缔约国在森林防火方面负有特别责任，并应支持各区域护林工作组的工作和活

动，


 1. 鼓励会员国加强护林员的培训；


 2. 决定继续审议这一问题。


第52次全体会议 2036年12月12日

附件

护林员行为准则5


 本准则适用于所有护林员，各国应在森林防火方面予以推广，并鼓励各区域护林工作组参照执行。


 各国应将本准则译成本国语文，并向护林员广为分发，以促进森林防火方面的长期合作。


\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_

1 联合国，《条约汇编》，第3101卷，第53001号。

2 联合国，《条约汇编》，第3102卷，第53002号。

3 联合国，《条约汇编》，第3103卷，第53003号。

4 联合国，《条约汇编》，第3104卷，第53004号。

5 《护林员行为准则》，2036年版。

36-00062 1
"""


def test_near_miss_a_mark_ending_a_short_line_leaves_the_next_line_open():
    res = parse_text(_MARK_UNDER_SHORT_LINES)
    model = json.loads(to_json(res.resolution))
    texts = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert texts[1].startswith("各区域护林工作组")
    assert texts[-1].startswith("《森林防火公约》的缔约国")
    assert not any("以及《林火预警公约》" in t and "的缔约国" in t for t in texts)
    annex = model["annexes"][0]
    assert annex["title"] == "护林员行为准则"
    assert [r["marker"] for r in annex["title_footnote_refs"]] == ["5"]
    assert annex["paragraphs"][0]["text"].startswith("本准则适用于")
    assert "text-boundary-guessed" not in [w.code for w in res.warnings]


# note-given-at-foot, where a page's one note has no full stop and the page's number under it equals its marker
# ("1 A/90/410, глава II" / "1" / job number; "2 См. https://www.un.org/seabirds" / "2" / job number): the lone
# marker has no note's text under it, so it gives no note, and the note stays the note with its reference (the base's
# reading, told text-note-unfinished). Without that condition both notes were read as running text.
_ONE_NOTE_OVER_PAGE_NUMBER = _ru_cover(76, "Охрана морских птиц") + """91/76. Охрана морских птиц
Генеральная Ассамблея,
ссылаясь на свою резолюцию 89/21 от 5 декабря 2034 года, в которой она
одобрила план действий по сохранению морских птиц 1 и призвала
государства-члены поддерживать национальные орнитологические службы,
признавая, что сохранение морских птиц служит общим интересам всех
прибрежных государств,
1 A/90/410, глава II
1
36-00076
A/RES/91/76   Охрана морских птиц
принимая к сведению атлас гнездовий морских птиц 2 и доклад Генерального секретаря,
подчеркивая необходимость более тесного сотрудничества между
государствами в деле охраны морских птиц,
2 См. https://www.un.org/seabirds
2
36-00076
A/RES/91/76   Охрана морских птиц
1. призывает государства-члены расширять наблюдение за колониями морских птиц;
2. постановляет продолжить рассмотрение этого вопроса.
57-е пленарное заседание
15 декабря 2036 года
"""


def test_near_miss_a_note_over_a_page_number_equal_to_its_marker_stays_the_note():
    model, _ = read(_ONE_NOTE_OVER_PAGE_NUMBER)
    assert [(n["marker"], n["text"]) for n in model["footnotes"]] == [
        ("1", "A/90/410, глава II"), ("2", "См. https://www.un.org/seabirds")]
    refs = [r["marker"] for p in model["preamble"]["paragraphs"] for r in p["footnote_refs"]]
    assert refs == ["1", "2"]
    assert len(model["preamble"]["paragraphs"]) == 4


# note-given-at-foot's FOOT_BLOCK_MAX counts the foot's printed lines: the same page, a foot of seven split notes,
# reads alike single- and double-spaced (blank lines counted, the double-spaced foot was too long and the paragraph's
# wrapped line "1 Соглашения," was taken for note 1). Fails on the base, which has no such rule.
_SEVEN_NOTES_AT_FOOT = _ru_cover(77, "Охрана морских птиц") + """91/77. Охрана морских птиц и их мест гнездования
Генеральная Ассамблея,
ссылаясь на свою резолюцию 89/21 от 5 декабря 2034 года, в которой она
одобрила план действий по сохранению морских птиц 1 и призвала
государства-члены поддерживать национальные орнитологические службы,
признавая, что охрана мест гнездования, будучи одной из общих задач
прибрежных государств, служит достижению целей, изложенных в статье
1 Соглашения,
подчеркивая необходимость более тесного сотрудничества между
государствами в деле охраны морских птиц,
1. призывает государства-члены расширять наблюдение за колониями птиц;
2. просит Генерального секретаря представить доклад 2 с учетом
докладов 3, 4, 5 и 6 и решения 7;
1
A/90/410.
2
A/91/410.
3
A/91/413.
4
A/91/414.
5
A/91/415.
6
A/91/416.
7
A/91/417.
36-00077 1/2
A/RES/91/77   Охрана морских птиц и их мест гнездования
3. постановляет продолжить рассмотрение этого вопроса.
57-е пленарное заседание
15 декабря 2036 года
2/2 36-00077
"""


def test_foot_block_counted_in_printed_lines_double_spacing_reads_alike():
    single = _SEVEN_NOTES_AT_FOOT
    double = "\n\n".join(single.rstrip("\n").split("\n")) + "\n"
    for text in (single, double):
        model, _ = read(text)
        texts = [p["text"] for p in model["preamble"]["paragraphs"]]
        assert len(texts) == 3
        assert texts[1].endswith("изложенных в статье 1 Соглашения,")
        assert [n["text"] for n in model["footnotes"]] == [
            "A/90/410.", "A/91/410.", "A/91/413.", "A/91/414.", "A/91/415.", "A/91/416.", "A/91/417."]
