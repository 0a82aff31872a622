"""The small helpers of the text stages, each alone: language detection, indentation, spacing."""

from __future__ import annotations

import unicodedata

import pytest

from unres.jsonio import from_json
from unres.langs import lang
from unres.text.decode import decode
from unres.text.marked import normalize_text as normalize_space
from unres.text.pages import indent as _indent
from unres.text.parse import detect_language, parse_text
from unres.text.render import render_text

from conftest import ROOT

OPENINGS = {
    "ar": "إن مجلس حقوق الإنسان،\nإذ يشير إلى جميع قراراته السابقة بشأن هذه المسألة،\n",
    "en": "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015,\n",
    "es": "La Asamblea General,\nRecordando su resolución 70/1, de 25 de septiembre de 2015,\n",
    "fr": "L’Assemblée générale,\nRappelant sa résolution 70/1 du 25 septembre 2015,\n",
    "ru": "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года,\n",
    "zh": "大会，\n回顾其2015年9月25日第70/1号决议，\n",
}


@pytest.mark.parametrize("code", sorted(OPENINGS))
def test_each_language_is_recognised_by_its_script_and_words(code):
    assert detect_language(OPENINGS[code]) == code


def test_a_chinese_text_under_a_latin_header_is_chinese():
    # Symbols, job numbers and dates in Latin letters come first; the script of the text decides.
    header = "A/HRC/RES/35/8\nGE.17-11923 (C)\nDistr.: General 12 July 2017\n"
    assert detect_language(header + OPENINGS["zh"] * 3) == "zh"


# Paragraphs pasted without formula, vote, month or header: the words their lines open with tell the language
# (openings-tell-language). The English one holds "mai" inside "remain", a French month's name.
FRAGMENTS = {
    "en": "1. Decides to keep the lighthouses lit;\n2. Requests the Secretary-General to report;\n"
          "3. Decides to remain seized of the matter.\n",
    "es": "1. Decide mantener encendidos los faros;\n2. Solicita al Secretario General que informe;\n",
    "fr": "1. Décide de maintenir les phares allumés ;\n2. Prie le Secrétaire général de faire rapport ;\n",
    # (wrapped lines open with any word — "a", "note", French first words —: only numbered lines count)
    "en ": "1. Takes note of the report of the Secretary-General on\na number of matters, and takes\nnote of the "
           "beacons;\n2. Decides to remain seized of the matter.\n",
}


@pytest.mark.parametrize("code", sorted(FRAGMENTS))
def test_a_fragment_is_told_by_the_words_its_lines_open_with(code):
    assert detect_language(FRAGMENTS[code]) == code.strip()


def test_a_month_inside_a_word_is_no_month():
    # whole-words-tell-language: "mai" three times inside "maintain", "maintenance" and "remain" made this English
    # fragment French by the words alone, before the openings were asked.
    text = ("1. Decides to maintain the mandate of the mission and to remain engaged;\n"
            "2. Requests the Secretary-General to maintain the arrangements for the maintenance of the lamps;\n"
            "3. Decides to remain seized of the matter.\n")
    assert detect_language(text) == "en"
    # a month's name as a word still counts: the same words in a French date decide
    french = "1. Décide de se réunir le 3 mai et le 4 mai ;\n2. Décide de rester saisi de la question.\n"
    assert detect_language(french) == "fr"


def test_a_text_without_letters_has_no_language():
    assert detect_language("12 34\n56/78 ...\n") is None


def test_indent_counts_tabs_as_four_and_ideographic_spaces_as_one():
    assert _indent("   text") == 3
    assert _indent("\ttext") == 4
    assert _indent(" \t x") == 6
    assert _indent("\u3000\u3000文本") == 2
    assert _indent("text  ") == 0
    assert _indent("") == 0


def test_spaces_next_to_cjk_characters_go_but_spaces_between_latin_words_stay():
    zh = lang("zh")
    assert normalize_space(zh, "第 35 届 会议") == "第35届会议"
    assert normalize_space(zh, "United Nations  系统 和 WHO") == "United Nations系统和WHO"
    assert normalize_space(zh, "（ 2015 年）") == "（2015年）"
    assert normalize_space(lang("en"), "United  Nations\u3000system") == "United Nations system"


def _presentation_forms() -> dict[str, str]:
    """Each Arabic letter → its isolated presentation form, as a shaping PDF font may give it."""
    forms: dict[str, str] = {}
    for cp in range(0xFE70, 0xFEFF):
        base = unicodedata.normalize("NFKC", chr(cp))
        if len(base) == 1 and "\u0621" <= base <= "\u064a":
            forms.setdefault(base, chr(cp))
    return forms


EN_WITH_FI = """United Nations A/RES/85/44
General Assembly Distr.: General
15 December 2030
Eighty-fifth session
Resolution adopted by the General Assembly on 10 December 2030
85/44. Conflict prevention
The General Assembly,
Reaffirming its resolution 83/5 of 2 November 2028,1

Affirming the role of the Office of the Special Adviser,

1. Confirms its support for conflict prevention;

2. Decides to remain seized of the matter.
52nd plenary meeting
10 December 2030

1 Official Records of the General Assembly, Eighty-third Session.
"""


@pytest.mark.parametrize("sample,shape", [
    ("ar-ga-footnotes.json", lambda t: t.translate(str.maketrans(_presentation_forms()))),
    (None, lambda t: t.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")),
])
def test_ligatures_and_shaped_arabic_letters_read_as_their_letters(sample, shape):
    text = render_text(from_json((ROOT / "samples" / "valid" / sample).read_bytes())) if sample else EN_WITH_FI
    plain = parse_text(text).resolution
    assert plain.preamble.paragraphs and plain.operative and plain.footnotes
    shaped = shape(text)
    assert shaped != text
    parsed = parse_text(shaped)
    assert parsed.resolution == plain
    first = next(i for i, (a, b) in enumerate(zip(text, shaped, strict=False)) if a != b)
    assert [(w.code, w.line) for w in parsed.warnings if w.code == "text-presentation-forms"] == [
        ("text-presentation-forms", text.count("\n", 0, first) + 1)]


def test_full_width_punctuation_and_superscripts_are_left_alone():
    text = "大会，\n回顾第70/1号决议（2015年）；x² ½\n"
    assert decode(text) == (text, [])


def test_opening_words_match_whatever_apostrophe_the_text_prints():
    # Issue 22: extractions print straight apostrophes where the tables write ’ ("S'inquiétant").
    from unres.langs import lang
    from unres.text.openings import opening, starts_with_head

    fr = lang("fr")
    for head in ("S'inquiétant", "S’inquiétant", "Sʼinquiétant"):
        assert starts_with_head(fr, f"{head} de la dégradation des phares,")
        assert opening(fr, f"{head} de la dégradation des phares,") == head


def test_opening_words_match_with_their_accents_decomposed_or_a_tatweel():
    # word-fold: "Guidé" typed as "e" and a combining acute (as some UN files have it) is the table's
    # "guidé"; an Arabic word stretched by a tatweel is the word ("واقتنـاعاً"); the phrase keeps its letters.
    from unres.langs import fold_word, lang
    from unres.text.openings import opening, starts_with_head

    decomposed = "Guide\u0301"
    assert fold_word(decomposed) == "guidé" and fold_word("واقتنـاعاً") == fold_word("واقتناعاً")
    assert starts_with_head(lang("fr"), f"{decomposed} par les buts et principes de la Charte,")
    assert opening(lang("fr"), f"{decomposed} par les buts,") == decomposed
    assert opening(lang("ar"), "واقتنـاعاً منه بأن الحوار ضروري،") == "واقتنـاعاً منه"
    assert not starts_with_head(lang("fr"), "Guider par les buts,")
    # Arabic vowel signs and shadda fold too: "يُسلِّم", "يسلّم" and "يسلم" are one verb.
    assert fold_word("يُسلِّم") == fold_word("يسلّم") == fold_word("يسلم")


def test_arabic_operative_verbs_open_a_phrase():
    # The ar table's first_words: an operative verb opens a paragraph's phrase, with what goes on with
    # it ("يطلب أيضاً"); a paragraph of one verb and no number ("يقرر دعوة …") opens a paragraph.
    from unres.langs import lang
    from unres.text.openings import opening, starts_with_head

    ar = lang("ar")
    assert opening(ar, "يطلب أيضاً إلى الأمين العام أن يقدم تقريرا،", numbered=True) == "يطلب أيضاً"
    assert opening(ar, "يُسلِّم بأهمية التعاون الدولي؛") == "يُسلِّم"
    assert starts_with_head(ar, "يقرر دعوة الدول الأعضاء إلى النظر في ذلك.")
    assert not starts_with_head(ar, "الدول الأعضاء إلى النظر في ذلك.")


def test_french_ordinals_of_eighty_and_more():
    from unres.langs import lang

    fr = lang("fr")
    assert [fr.ordinal(f"{w} session") for w in ("Quatre-vingt-onzième", "Soixante-dix-neuvième", "Quatre-vingtième",
                                                "Vingt et unième", "Cinquante-quatrième")] == [91, 79, 80, 21, 54]


def test_a_bullet_labels_an_item_glued_to_chinese_text_and_opens_no_line():
    # bullet-nesting: the Chinese text reader removes the space beside a Chinese character, so the
    # writer's "– 不迟于…" reads back "–不迟于…": the bullet still labels the item; a dash inside
    # Latin words or before a digit is none, and a bullet is no evidence that a line opens a block.
    from unres.langs import lang
    from unres.text.openings import label, starts_block

    assert label(lang("zh"), "–不迟于2022年5月，提交评价；") == ("–", "bullet", 1)
    assert label(lang("en"), "– accelerate national ownership") == ("–", "bullet", 2)
    assert label(lang("en"), "-based approaches") is None and label(lang("en"), "–2030 Agenda") is None
    assert not starts_block(lang("en"), "– accelerate national ownership")


def test_a_mark_at_a_line_end_before_a_year_and_its_counter_is_plausible():
    # mark-before-year across a line break: "；3" / "2023年7月1日" — no year has five digits — while a
    # number the break cut ("…、1" / "998年") stays rejected, as does any number without the table's units.
    from unres.text.marks import plausible

    units = lang("zh").number_units
    assert plausible("；3", 1, "2023年7月1日至2024年6月30日期间预算估计数", units=units)
    assert not plausible("、1", 1, "998年通过的《罗马规约》", units=units)
    assert not plausible("；3", 1, "2023年7月1日", units="")


def test_indent_marks_starts_counts_margin_lines_only_after_a_line_that_stopped_short():
    # An indented text of four paragraphs, each wrapped over three lines; after each full line ending with a
    # clause's comma, the wrapped line at the margin opens with a word that also opens paragraphs (Chinese
    # "回顾…" mid-paragraph). Those lines are no paragraph starts: the text indents.
    from unres.text.blocks import indent_marks_starts

    indents = [4, 0, 0] * 4
    opener = bytearray(12)
    fin = bytearray([1, 1, 1] * 4)  # every line ends a clause
    heads = {0, 1, 3, 4, 6, 7, 9, 10}  # the indented starts and the wrapped lines after them
    short = [False, False, True] * 4  # a paragraph's last line stopped short
    assert indent_marks_starts(indents, 0, opener, fin, heads.__contains__, short)
    # The same lines, every one stopping short (paragraphs of one line at the margin, a few indented
    # quotation lines among them): the text does not indent.
    assert not indent_marks_starts(indents, 0, opener, fin, heads.__contains__, [True] * 12)


@pytest.mark.parametrize(("text", "lower"), [
    ("and the Aichi Targets", True),
    # A compound's hyphens and the clause's punctuation after the word are no part of it ("au
    # paragraphe" / "2 ci‑dessus, qui seront …").
    ("ci‑dessus, qui seront alors financées", True),
    ("above, which shall be", True),
    ("self-help groups", True),
    # A note's text opens with a capital, a symbol or an abbreviation, which keeps its stop.
    ("Resolution 90/1, annex.", False),
    ("A/77/515.", False),
    ("ibid., para. 4.", False),
    ("-x", False),
])
def test_no_note_in_lower_case_reads_a_word_without_its_hyphens_and_punctuation(text, lower):
    from unres.text.footnotes import word_in_lower_case
    assert word_in_lower_case(text) is lower


@pytest.mark.parametrize(("text", "closes"), [
    (")]", True),  # "[on the report of … ( A/77/393, para." / "7 )]"
    (")", True),
    ("), and", True),
    ("）、", True),
    # The empty pair of brackets the UN's markup opens a note's text with, reversed by a right-to-left extraction,
    # opens a note all the same: "(3) )( A/77/767/Add.11."
    (")( A/77/767/Add.11.", False),
    ("( A/77/767/Add.11.", False),
    ("Ibid., annex.", False),
])
def test_no_note_of_closing_bracket_but_before_an_opening_one(text, closes):
    from unres.text.footnotes import bracket_closes_after_number
    assert bracket_closes_after_number(text) is closes
