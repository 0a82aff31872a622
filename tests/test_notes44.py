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


def read(text: str) -> tuple[dict, list[str]]:
    res = parse_text(text)
    return json.loads(to_json(res.resolution)), [w.code for w in res.warnings]


def test_mid_page_line_opening_with_a_number_is_text_where_the_foot_gives_the_note():
    model, codes = read((FIXTURES / "note-given-at-foot.txt").read_text(encoding="utf-8"))
    texts = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert len(texts) == 3
    assert texts[1].endswith("изложенных в статье 1 Конвенции,")
    assert [n["text"] for n in model["footnotes"]] == ["A/89/300.", "A/91/300."]
    assert "footnote-unreferenced" not in codes


# A page whose note 1 wraps onto a line that opens with the note's own number ("1 декабря 2034 года."): no line of
# the body stands between the note and that line, so the foot is the note's and the rule leaves the note alone.
_NOTE_WRAPPED_AT_NUMBER = """Организация Объединенных Наций
A/RES/91/71
Генеральная Ассамблея
Distr.: General 20 December 2036
Девяносто первая сессия Пункт 71 повестки дня Безопасность маяков
Резолюция, принятая Генеральной Ассамблеей 15 декабря 2036 года
[без передачи в главные комитеты ( A/91/701 )]
91/71. Смотрители маяков
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


def test_mark_space_wrapped_to_a_line_start_opens_no_paragraph():
    model, codes = read((FIXTURES / "space-after-mark-wrapped.txt").read_text(encoding="utf-8"))
    paragraphs = model["preamble"]["paragraphs"]
    assert len(paragraphs) == 3
    assert [r["marker"] for r in paragraphs[1]["footnote_refs"]] == ["1", "2", "3", "4", "5", "6"]
    assert "footnote-unreferenced" not in codes


# The line above ends with a mark after a finished clause ("…决议，2"): a paragraph may end there, and the line set in
# by one space under it, though it opens with no head of the table, is left to open its own paragraph.
_MARK_AFTER_FINISHED_CLAUSE = f"""联合国

A/RES/91/61

大会

Distr.: General 15 December 2036

第九十一届会议 议程项目61 灯塔看守人的安全

2036年12月12日大会决议

91/61. 灯塔看守人

大会，{LRM}


 回顾其2034年12月3日第89/14号决议和与保护海岸安全造福今世后代人类有关的所有其他决议和决定

，以及关于灯塔看守人的权利的2035年7月28日第90/300号决议，1


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
    _, codes = read(_MARK_AFTER_FINISHED_CLAUSE)
    assert codes == ["text-control-characters", "text-boundary-guessed"]


# The paragraph's line that opens with the number stands right over the page's foot (no line of the body between),
# the foot opening with the marker alone: the candidate ends with a comma, as no note ends, and the foot gives note 1.
_NUMBER_LINE_OVER_FOOT = """Организация Объединенных Наций
A/RES/91/70
Генеральная Ассамблея
Distr.: General 20 December 2036
Девяносто первая сессия Пункт 70 повестки дня Безопасность маяков
Резолюция, принятая Генеральной Ассамблеей 15 декабря 2036 года
[без передачи в главные комитеты ( A/91/700 )]
91/70. Безопасность маяков и прибрежного судоходства
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
