"""A treaty's schedules counted (issue 22, draw s14): "списки 1 (А)" (Russian: the Schedules of a convention's
annex) and "الجدول 1-ألف (4)" (Arabic: Schedule 1A, its entry 4). The number after a schedule's word is the
schedule's, never a note's mark: the Russian table's endnotes.not_after names "список" in its cases (as the English
names "schedule", the Spanish "lista"), and counted-item-subnumber reads a bracketed number after a lettered
schedule number as the entry's (its fixture: tests/fixtures/layout/counted-item-subnumber.txt). Before, the mark set
apart at a line's end, which only the last rule of marks set apart reads, lost to the schedule's number further on."""

from __future__ import annotations

from unres.langs import lang
from unres.text.parse import parse_text

RU = """Организация Объединенных Наций A/RES/91/41

Генеральная Ассамблея Distr.: General

14 December 2036

Девяносто первая сессия

Пункт 70 повестки дня

Резолюция, принятая Генеральной Ассамблеей 4 декабря 2036 года

91/41. Береговые маяки

Генеральная Ассамблея,

      вновь заявляя о своей решительной поддержке Конвенции о береговых маяках 1

и Организации по береговым маякам,

      ссылаясь на решения о внесении изменений соответственно в списки 1 (А) и 1

Приложения по маякам к Конвенции,

      1. постановляет продолжать рассмотрение этого вопроса.

1 United Nations, Treaty Series, vol. 3001, No. 50001.

36-00041 1/2

A/RES/91/41

45-е пленарное заседание

4 декабря 2036 года
"""


def test_a_number_after_a_russian_schedule_word_is_no_mark():
    res = parse_text(RU, "ru").resolution
    first, second = res.preamble.paragraphs
    assert [r.marker for r in first.footnote_refs] == ["1"]
    assert first.text == ("вновь заявляя о своей решительной поддержке Конвенции о береговых маяках и Организации по "
                          "береговым маякам,")
    assert second.footnote_refs == ()
    assert "в списки 1 (А) и 1 Приложения" in second.text


def test_the_schedule_words_are_the_tables():
    assert {"списки", "список", "списка"} <= lang("ru").endnote_not_after
    assert {"الجدول", "والجدول"} <= lang("ar").endnote_not_after
