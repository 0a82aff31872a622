"""Round 42 (ind-42): conjoined-inline-item-at-text-column — an inline list's last label after a conjunction set
apart, which the wrap put at an item's text column after the item's finished clause, in a script without case."""
from unres.langs import lang
from unres.text.decode import decode
from unres.text.parse import parse_text
from unres.text.pipeline import read

# Labels and their text on one line, a tab (kept as spaces) between; the items' wrapped lines hang under their text.
# The inline list's last label stands after "أو" (or) this time, its label before it inside the line above.
TAB_LAYOUT = """الأمم المتحدة
A/RES/97/18
الجمعية العامة
Distr.: General 19 December 2042
قرار اتخذته الجمعية العامة في 16 كانون الأول/ديسمبر 2042
97/18. سلامة السدود الصغيرة
      إن الجمعية العامة،
      إذ تشير إلى قرارها 95/60 المؤرخ 11 كانون الأول/ديسمبر 2040 بشأن سلامة
السدود الصغيرة في الأرياف،
      تهيب بالدول الأعضاء أن تقوم بما يلي:
             (أ)     فحص السدود الترابية القديمة قبل موسم الأمطار
                     وبعده؛
             (ب)     تعزيز قدرات البلديات الريفية، بوسائل منها (أ) تمويل
                     فرق الصيانة المحلية في المناطق النائية؛
                     أو (ب) إعارة مهندسين من الوزارات المختصة لمدة
                     لا تقل عن سنة؛
             (ج)     نشر تقارير الفحص على الجمهور؛
      تقرر أن تدرج هذا البند في جدول أعمال دورتها المقبلة.
الجلسة العامة 77
16 كانون الأول/ديسمبر 2042
"""

# The same shape, but the nested list printed one item to a line: its first label opens its own line at the item's
# text column, so "و (ب)" there is no inline list's last item (the rule is not asked to read it).
ONE_TO_A_LINE = TAB_LAYOUT.replace(
    "بوسائل منها (أ) تمويل\n                     فرق",
    "بوسائل منها ما يلي:\n                     (أ) تمويل فرق")
assert ONE_TO_A_LINE != TAB_LAYOUT


def _fired(text: str) -> list[int]:
    body, warnings = decode(text.encode("utf-8"))
    doc = read(lang("ar"), body, list(warnings), trace=True)
    return [line for rule, line in doc.trace if rule == "conjoined-inline-item-at-text-column"]


def test_conjoined_last_inline_item_goes_on_with_its_item():
    res = parse_text(TAB_LAYOUT)
    operative = res.resolution.operative
    # one operative paragraph (the second, "تقرر …", opens with its own head), its three items read whole
    assert [p.text[:5] for p in operative] == ["تهيب ", "تقرر "]
    items = operative[0].subparagraphs
    assert [s.label for s in items] == ["(أ)", "(ب)", "(ج)"]
    assert items[1].text == ("تعزيز قدرات البلديات الريفية، بوسائل منها (أ) تمويل فرق الصيانة المحلية في المناطق "
                             "النائية؛ أو (ب) إعارة مهندسين من الوزارات المختصة لمدة لا تقل عن سنة؛")
    assert _fired(TAB_LAYOUT) == [15]
    # a nested list printed one item to a line is left to the other rules
    assert _fired(ONE_TO_A_LINE) == []


def test_every_language_table_names_its_item_conjunctions():
    assert "و" in lang("ar").item_conjunctions and "and" in lang("en").item_conjunctions
    assert lang("zh").item_conjunctions == frozenset()


# counter-after-break-apart-further: one mark set apart before; an age the line break parted from its counter; the
# note's own mark set apart further on, right after a goal's glued number ("目标4 2 的").
AGE_LAYOUT = """联合国 A/RES/94/8
大会 Distr.: General
9 December 2039
第九十四届会议
议程项目22
2039年12月6日大会决议
94/8. 海岛儿童的营养
大会，
审议了秘书长关于海岛儿童营养状况的报告， 1
强调为海岛儿童提供免费午餐直至2
岁的重要性，并强调应保障渔民家庭的饮用水供应，
38-04321 1/2
A/RES/94/8 海岛儿童的营养
关切地注意到实现可持续发展目标4 2 的进展仍然缓慢，
1. 决定继续审议这一问题。
第47次全体会议
2039年12月6日
--------------------
1 A/94/77。
2 A/94/130。
2/2 38-04321
"""

# The near miss: a real glued mark at a line's end before a word that opens with a counter's character ("报告2" /
# "部长级会议"), the same number set apart further on only after a word that counts it glued ("目标 2"): left to the
# glued rules, as on the base — the goal keeps its number.
REAL_GLUED = AGE_LAYOUT.replace("强调为海岛儿童提供免费午餐直至2\n岁的重要性",
                                "注意到区域委员会关于海岛儿童的报告2\n部长级会议的结论") \
    .replace("可持续发展目标4 2 的进展", "可持续发展目标 2 的进展")


def _read(text: str) -> tuple[list[tuple[str, list[str]]], list[str]]:
    res = parse_text(text)
    paragraphs = [(p.text, [r.marker for r in p.footnote_refs]) for p in res.resolution.preamble.paragraphs]
    return paragraphs, [w.code for w in res.warnings]


def test_age_cut_from_its_counter_keeps_its_digits_when_the_mark_stands_apart_further_on():
    paragraphs, warnings = _read(AGE_LAYOUT)
    assert paragraphs[1] == ("强调为海岛儿童提供免费午餐直至2岁的重要性，并强调应保障渔民家庭的饮用水供应，", [])
    assert paragraphs[2] == ("关切地注意到实现可持续发展目标4的进展仍然缓慢，", ["2"])
    assert warnings == ["text-note-mark-guessed"]  # (a guess, told)
    paragraphs, warnings = _read(REAL_GLUED)
    assert paragraphs[1] == ("注意到区域委员会关于海岛儿童的报告部长级会议的结论，并强调应保障渔民家庭的饮用水供应，",
                             ["2"])
    assert paragraphs[2] == ("关切地注意到实现可持续发展目标2的进展仍然缓慢，", [])  # (spaces between ideographs go)
    assert "text-note-mark-guessed" not in warnings
