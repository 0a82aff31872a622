"""Round 37 (issue 22, draw s26's decidable failures): what the table changes of this round read, each shown on a
text written for it."""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

# A mark set apart at a line's start after a clause's comma ("behaviours," / "3 submitted"), while a body's number
# stands set apart before a comma further down the same page ("subsidiary body 3, on"): "body" counts the number
# after it (en.json endnotes.not_after), so the number is the text's own and the mark is the one at the line's start.
BODY_COUNTS = """United Nations A/RES/98/41
General Assembly Distr.: General
9 December 2043
Resolution adopted by the General Assembly on 7 December 2043
98/41. Safety of coastal lights
The General Assembly,
      Recalling its resolution 97/36 of 6 December 2042 on the safety of coastal lights,
      Taking note of the report of the Secretary-General on the norms of responsible keeping of lights,
3 submitted pursuant to resolution 97/36, and his recommendations,
      Welcoming the work in 2042 and 2043 at the Conference on Coastal Lights
under subsidiary body 3, on the prevention of the extinguishing of lights,
      1. Decides to remain seized of the matter.
50th plenary meeting
7 December 2043
────────────────
3 A/97/77.
43-00010 2/3
"""


def test_a_number_after_body_is_counted_and_the_mark_is_at_the_line_start():
    text, warnings = decode(BODY_COUNTS.encode())
    model = to_dict(result(read(lang("en"), text, warnings)))
    pre = model["preamble"]["paragraphs"]
    assert pre[1]["text"] == ("Taking note of the report of the Secretary-General on the norms of responsible keeping "
                              "of lights, submitted pursuant to resolution 97/36, and his recommendations,")
    assert [r["marker"] for r in pre[1]["footnote_refs"]] == ["3"]
    assert pre[2]["text"] == ("Welcoming the work in 2042 and 2043 at the Conference on Coastal Lights under "
                              "subsidiary body 3, on the prevention of the extinguishing of lights,")
    assert pre[2]["footnote_refs"] == []
    assert [w.code for w in warnings] == []


# Fix round (the review of round 37): each text below has the shape of a reviewer's input, in other words; each read
# wrongly on the branch before the fix round.

def _read(code: str, source: str) -> tuple[dict, list[str]]:
    text, warnings = decode(source.encode())
    model = to_dict(result(read(lang(code), text, warnings)))
    return model, [w.code for w in warnings]


# 1. mark-apart-inside-word: a one-letter word of the language (en "a", es "u", ru "о" / "у") is no word's first
# letter cut off; where a count after it is taken for a mark, the word and the next stay apart.
ONE_LETTER_WORDS = {
    "en": """United Nations A/RES/97/12
General Assembly Distr.: General
11 December 2042
Resolution adopted by the General Assembly on 9 December 2042
97/12. Lights of the northern coasts
The General Assembly,
 Recalling the Charter of Coastal Lights, 1 which provides for a 6 month watch of keepers,
 Noting the Code for Harbour Lights, 2 drafted over a 5 year period,
 1. Decides to remain seized of the matter.

 1 United Nations, Treaty Series, vol. 3500, No. 57000.
 2 Resolution 96/12, annex.
 5 Resolution 96/13, annex.
 6 Resolution 96/14, annex.
42-00008 1/2
A/RES/97/12
51st plenary meeting
9 December 2042
""",
    "ru": """Организация Объединенных Наций A/RES/97/14
Генеральная Ассамблея Distr.: General
11 December 2042
Резолюция, принятая Генеральной Ассамблеей 9 декабря 2042 года
97/14. Кодекс о портовых огнях
Генеральная Ассамблея,
 ссылаясь на Кодекс о портовых огнях 1, который применяется к 3 портам,
 отмечая записку Генерального секретаря 2 о 4 старых огнях у 5 причалов,
 1. постановляет продолжить рассмотрение этого вопроса.

 1 United Nations, Treaty Series, vol. 3500, No. 57100.
 2 A/97/120.
 3 A/97/121.
 4 A/97/122.
 5 A/97/123.
42-00009 1/2
A/RES/97/14
51-е пленарное заседание
9 декабря 2042 года
""",
}


def test_a_one_letter_word_is_never_glued_to_the_next_word():
    model, _ = _read("en", ONE_LETTER_WORDS["en"])
    words = " ".join(p["text"] for p in model["preamble"]["paragraphs"]).split()
    assert "amonth" not in words and "ayear" not in words
    assert "a" in words and "month" in words and "year" in words
    model, _ = _read("ru", ONE_LETTER_WORDS["ru"])
    text = model["preamble"]["paragraphs"][1]["text"]
    assert "остарых" not in text and "управ" not in text and "упричалов" not in text
    assert " о " in text and " у " in text


# 2. mark-apart-before-number-at-line-end: marks and paragraph numbers in step ("lamps, 1 2." / "Invites …", note 2
# printed): the number stays the paragraph's, never note 2's mark.
IN_STEP = """United Nations E/RES/2033/8
Economic and Social Council Distr.: General
4 April 2033
2033 session
Resolution adopted by the Economic and Social Council on 2 April 2033
2033/8. Harbour lamps
The Economic and Social Council,
 Recommends to the General Assembly the adoption of the following draft resolution: The
General Assembly, Having examined the note of the Secretary-General on harbour lamps, 1.
Takes note of the note on the wardens of the lamps, 1 2.
Invites the Secretary-General to keep the lamps burning; 2 3.
Decides to continue its consideration of the matter.

 1 E/2033/41.
 2 E/2033/42.
33-00007 1/2
E/RES/2033/8
31st plenary meeting
2 April 2033
"""


def test_a_paragraph_number_in_step_with_the_marks_stays_in_the_text():
    model, codes = _read("en", IN_STEP)
    text = model["operative"][0]["text"]
    assert "2. Invites the Secretary-General" in text
    assert "3. Decides to continue" in text
    assert "lamps, ." not in text
    assert "footnote-unreferenced" in codes


# 3. note-runs-to-text-end: a note that a block extraction put above the last paragraph, indented as every paragraph,
# never swallows it.
NOTE_ABOVE_LAST = """UNITED NATIONS S/RES/9950 (2045)
Security Council Distr. GENERAL
20 May 2045
RESOLUTION 9950 (2045)
Adopted by the Security Council at its 10010th meeting, on 20 May 2045
The Security Council,
      Recalling its earlier resolutions on the harbour lamps of the region,
      Calling upon the coastal authorities 1 ,
to keep the harbour lamps burning,
      1. Decides to renew the mandate of the Group of Wardens;
45-00012 (E) 200545
*4500012*

S/RES/9950 (2045)
Page 2

      2. Requests the Group to report on the lamps every three months;
      3. Requests the Secretary-General to assist the Group;

S/RES/9950 (2045)
Page 3

1 For the purposes of the present resolution, “coastal authorities” refers
to the authorities of the western and the eastern harbours of the
region.
      4. Decides to remain actively seized of the matter.
"""


def test_a_note_above_the_last_paragraph_does_not_swallow_it():
    model, _ = _read("en", NOTE_ABOVE_LAST)
    operative = model["operative"]
    assert [p["number"] for p in operative] == ["1", "2", "3", "4"]
    assert operative[3]["text"] == "Decides to remain actively seized of the matter."
    assert not any("Decides to remain" in n["text"] for n in model["footnotes"])


# 4. number-alone-under-formula: a number alone under the formula over a preamble's head, the count starting again
# at 1 further down, is no excerpt's first paragraph.
UNDER_FORMULA_PREAMBLE = """United Nations E/RES/2034/5
Economic and Social Council Distr.: General
8 June 2034
2034 session
Resolution adopted by the Economic and Social Council on 6 June 2034
2034/5. Harbour lamps
The Economic and Social Council,
 3 .
 Recalling its resolution 2033/8 of 2 April 2033 on harbour lamps,
 Taking note of the note of the Secretary-General on harbour lamps,
 1 .
 Decides to continue its consideration of the matter.
28th plenary meeting
6 June 2034
"""


def test_a_number_under_the_formula_over_the_preamble_is_no_operative_paragraph():
    model, _ = _read("en", UNDER_FORMULA_PREAMBLE)
    preamble = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert "Recalling its resolution 2033/8 of 2 April 2033 on harbour lamps," in preamble
    assert [p["text"] for p in model["operative"]] == ["Decides to continue its consideration of the matter."]


# 5. mark-apart-before-date-at-break: the date is asked on every search, and a number after a counting word
# ("article 3 24" / "December …") is the article's, not a mark.
DATE_AFTER_COUNT = """United Nations A/RES/97/20
General Assembly Distr.: General
14 December 2042
Resolution adopted by the General Assembly on 12 December 2042
97/20. Wardens of harbour lamps
The General Assembly,
 Recalling the Code for Harbour Lamps, 1 which requires a check of the lamps every 2 18
weeks, and the session of its parties held on 2, 3
December 2040,
 Recalling also article 3 24
November 2041 of the Code,
 1. Decides to remain seized of the matter.
51st plenary meeting
12 December 2042
__________________
1 United Nations, Treaty Series, vol. 3500, No. 57200.
2 A/97/130.
3 A/97/131.
"""


def test_a_number_after_a_counting_word_before_a_date_is_no_mark():
    model, codes = _read("en", DATE_AFTER_COUNT)
    paragraphs = model["preamble"]["paragraphs"]
    assert paragraphs[-1]["text"] == "Recalling also article 3 24 November 2041 of the Code,"
    assert paragraphs[-1]["footnote_refs"] == []
    assert "every 2 18 weeks" in paragraphs[0]["text"] or "every 18 weeks" in paragraphs[0]["text"]
    assert "footnote-unreferenced" in codes


# 6. comma-inside-indented-title-wrapped: the flush lines under a list's last item (an unfinished wrap-up) are no
# title of the next paragraph.
WRAP_UP_AFTER_ITEMS = """Nations Unies                                                  E/RES/2043/12
Conseil économique et social                                   Distr. générale
                                                               9 août 2043
Session de 2043
Point 17 b) de l’ordre du jour
Résolution adoptée par le Conseil économique et social le 5 août 2043
2043/12. Rapport du Comité des gardiens de fanaux
  Le Conseil économique et social,
  Rappelant sa résolution 2042/29 du 26 juillet 2042 sur les travaux du
Comité des gardiens de fanaux,
  1. Prend note du rapport du Comité sur sa quarante-deuxième session ;
  2. Invite les autorités portuaires :
  a) À entretenir les fanaux des ports ;
  b) À échanger leurs données ;
Cela, compte tenu des contraintes particulières,
des petits ports de pêche et des ports
fluviaux enclavés
  3. Souligne qu’il importe d’entretenir les fanaux de tous les ports, et
invite les autorités portuaires à coopérer ;
  4. Prie le Comité de lui faire rapport à sa session de 2044.
  27e séance plénière
  5 août 2043
"""


def test_a_wrap_up_after_a_list_is_no_title_of_the_next_paragraph():
    model, _ = _read("fr", WRAP_UP_AFTER_ITEMS)
    operative = model["operative"]
    assert operative[2]["headings"] == []
    assert operative[2]["text"].startswith("Souligne qu’il importe")
    assert "Cela, compte tenu" in str(operative[1])


# 7. under-heading-wrapped: the statement wrapped after "at its", its meeting and date on the next line (36
# characters), is the heading's.
WRAPPED_AFTER_AT_ITS = """United Nations
S/RES/9960 (2045)
Security Council
Resolution 9960 (2045)
Adopted by the Security Council at its
10020th meeting, on 28 September 2045
 Recalling its resolutions on the harbour lamps of the region, in particular
resolution 9950 (2045),
 1. Decides to extend until 30 April 2046 the mandate of the Group;
 2. Decides to remain actively seized of the matter.
Distr.: General
28 September 2045
45-00013 (E)    280945
"""


def test_a_statement_wrapped_after_at_its_is_the_heading():
    model, codes = _read("en", WRAPPED_AFTER_AT_ITS)
    assert [p["text"] for p in model["preamble"]["paragraphs"]] == [
        "Recalling its resolutions on the harbour lamps of the region, in particular resolution 9950 (2045),"]
    assert [p["number"] for p in model["operative"]] == ["1", "2"]
    assert "text-no-paragraphs" not in codes


# mark-apart-inside-word after a one-letter word of the language: glued only where the text's own words hold the joined
# word and not the rest ("a 2 nd": "and" is a word of the text, "nd" none), never "a 6 month" ("amonth" is none).
CUT_AFTER_A = """United Nations A/RES/97/16
General Assembly Distr.: General
11 December 2042
Resolution adopted by the General Assembly on 9 December 2042
97/16. Lamps of the western harbours
The General Assembly,
 Recalling the Charter of Harbour Lamps 1 and the Code for Harbour Lamps, a 2 nd noting a 3 month watch of wardens,
 1. Decides to remain seized of the matter.

 1 United Nations, Treaty Series, vol. 3500, No. 57300.
 2 Resolution 96/15, annex.
 3 Resolution 96/16, annex.
42-00011 1/2
A/RES/97/16
51st plenary meeting
9 December 2042
"""


def test_a_cut_word_after_a_one_letter_word_is_glued_only_where_the_text_says_so():
    model, _ = _read("en", CUT_AFTER_A)
    text = model["preamble"]["paragraphs"][0]["text"]
    assert "Lamps, and noting a" in text
    assert "amonth" not in text
