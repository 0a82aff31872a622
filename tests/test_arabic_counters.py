"""The Arabic table's endnotes.not_after (converter/langs/ar.json): the words a number follows — a counter
("الفقرة", paragraph; "القرار", resolution), "المؤرخ" (dated), a preposition ("في", "من", "حتى") — so that a number
after them is the number they announce, never a note's mark (counted-not-mark), and a line that opens with it under
such a word is the sentence going on, never a note. Before the table named them, "… بموجب الفقرة" / "3 من القرار
…" (paragraph / 3 of resolution) was read as note 3, its mark found in an earlier "الفقرة 3 من", and the rest of the
paragraph went into the note (Security Council texts of one paragraph to many lines, no notes at all)."""

from __future__ import annotations

from unres.langs import lang
from unres.text.parse import parse_text

TEXT = """الأمم المتحدة S/RES/9150 (2041)
مجلس الأمن Distr.: General
3 June 2041
القرار 9150 (2041)
الذي اتخذه مجلس الأمن في جلسته 9999، المعقودة في 3 حزيران/يونيه 2041
إن مجلس الأمن،
إذ يشير إلى الفقرة 3 من قراره 9140 (2041) بشأن سلامة الملاحة الساحلية وصيانة
المنارات في المنطقة،
1 - يقرر أن يمدد حتى 3 حزيران/يونيه 2042 التدابير المفروضة بموجب الفقرة
3 من القرار 9131 (2040)، ويقرر أن يستعرضها في موعد أقصاه 3 آذار/مارس 2042؛
2 - يقرر أن يبقي المسألة قيد نظره.
"""


def test_a_number_under_a_counter_is_the_counted_number_not_a_note():
    res = parse_text(TEXT, "ar").resolution
    assert res.footnotes == ()
    assert res.preamble.paragraphs[0].text.startswith("إذ يشير إلى الفقرة 3 من قراره 9140 (2041)")
    assert [p.number for p in res.operative] == ["1", "2"]
    assert res.operative[0].text.endswith("بموجب الفقرة 3 من القرار 9131 (2040)، ويقرر أن يستعرضها في موعد أقصاه "
                                          "3 آذار/مارس 2042؛")


def test_the_arabic_counters_are_folded_words_of_the_table():
    counters = lang("ar").endnote_not_after
    assert {"الفقرة", "القرار", "المؤرخ", "في"} <= counters
