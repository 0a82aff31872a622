"""Round 42 (ind-42): conjoined-inline-item-at-text-column — an inline list's last label after a conjunction set
apart, which the wrap put at an item's text column after the item's finished clause, in a script without case."""
from unres.langs import lang
from unres.text.decode import decode
from unres.text.pipeline import read
from unres.text.parse import parse_text

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
