"""Round 45 (branch bound-45): paragraph boundaries on development documents read silently wrong (draw s42). Each rule
on a text written for it (its fixture pair in tests/fixtures/layout, read by test_layout_rules.py), and here the near
misses: texts that look like the class and must read as the base (main 70d64999) reads them. Expectations by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_fixture import FIXTURES

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result


def _read_text(code: str, text: str) -> tuple[dict, list[str], list[str]]:
    decoded, warnings = decode(text.encode())
    doc = read(lang(code), decoded, warnings, trace=True)
    model = to_dict(result(doc))
    return model, [w.code for w in warnings], [name for name, _ in doc.trace or ()]


def _fixture(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


# the near misses of the fix round (the review's inputs, made-up resolutions about lighthouses)
NEAR = Path(__file__).resolve().parent / "fixtures" / "bound45"


def _near(name: str) -> str:
    return (NEAR / f"{name}.txt").read_text(encoding="utf-8")


# --- title-colon-cut (classify.py) ---------------------------------------------------------------------------------

_TITLE = _fixture("title-colon-cut")
_CUT = ("2. Encourages the relevant authorities to apply the guidelines of the International Association of Lighthouse "
        "Keepers, including the Manual on Coastal Lights and Beacons:\n\nSafe Lights for the Northern Coasts, and to "
        "share their experience in this regard;\n\n")


def _numbers(model: dict) -> list[str | None]:
    return [p.get("number") for p in model["operative"]]


def test_title_colon_cut_joins_the_lone_rest_of_a_title():
    model, codes, fired = _read_text("en", _TITLE)
    assert _numbers(model) == ["1", "2", "3", None, None, "4"]
    assert model["operative"][1]["text"].endswith("Beacons: Safe Lights for the Northern Coasts, and to share their "
                                                  "experience in this regard;")
    # (told: one thing announced after a title prints the same)
    assert "title-colon-cut" in fired and codes == ["text-boundary-guessed"]


def _one_item(model: dict) -> list[str | None]:
    return [p.get("number") for p in model["operative"]][:4]


def test_one_block_after_a_name_and_the_following_stays_the_thing_announced():
    # (near miss t1: "the following meeting … at United Nations Headquarters:" — a name before the colon, and the
    # paragraph announces: the meeting is the thing announced, as the base reads it, silently)
    text = _TITLE.replace(_CUT, "2. Decides to convene the following meeting of the working group on lighthouses at "
                                "United Nations Headquarters:\n\nWednesday, 5 June 2031: from 10 a.m. to 1 p.m., an "
                                "exchange of views on the training of keepers;\n\n")
    model, codes, fired = _read_text("en", text)
    assert _numbers(model) == ["1", "2", None, "3", None, None, "4"]
    assert model["operative"][1]["text"].endswith("at United Nations Headquarters:")
    assert model["operative"][2]["text"] == ("Wednesday, 5 June 2031: from 10 a.m. to 1 p.m., an exchange of views on "
                                             "the training of keepers;")
    assert "title-colon-cut" not in fired and codes == []


@pytest.mark.parametrize("before", [
    # (a body's name before the colon, nothing that announces)
    "2. Decides that the theme of its next dialogue shall be the one recommended by the Commission on Coastal Lights:",
    # (the paragraph announces, no name before the colon)
    "2. Decides to hold the following dialogue on the Manual on Coastal Lights and Beacons:",
])
def test_one_block_after_a_name_or_an_announcing_paragraph_stays_the_thing_announced(before):
    # (near misses t3 and its twin: each cue alone keeps the block the thing announced, as the base reads it)
    text = _TITLE.replace(_CUT, before + "\n\nLighthouses, keepers and the blue economy;\n\n")
    model, codes, fired = _read_text("en", text)
    assert _numbers(model) == ["1", "2", None, "3", None, None, "4"]
    assert model["operative"][1]["text"] == before[3:]
    assert model["operative"][2]["text"] == "Lighthouses, keepers and the blue economy;"
    assert "title-colon-cut" not in fired and codes == []


@pytest.mark.parametrize(("code", "name", "item"), [
    ("fr", "t4_fr_nations_unies", "Mercredi 5 juin 2031 : de 10 heures à 13 heures, un échange de vues sur la "
                                  "formation des gardiens ;"),
    ("es", "t5_es_naciones_unidas", "Miércoles 5 de junio de 2031: de las 10.00 a las 13.00 horas, un intercambio de "
                                    "opiniones sobre la formación de los fareros;"),
    ("ru", "t6_ru_oon", "Среда, 5 июня 2031 года: с 10 ч. 00 м. до 13 ч. 00 м., обмен мнениями о подготовке "
                        "смотрителей;"),
])
def test_one_block_after_the_united_nations_name_stays_the_thing_announced(code, name, item):
    # (near misses t4–t6: the UN keeps the capitals of its name in French, Spanish and Russian — "… des Nations
    # Unies :", "… de las Naciones Unidas:", "… Организации Объединенных Наций:" —: the meeting stays the one thing
    # announced, as the base reads it)
    model, codes, fired = _read_text(code, _near(name))
    assert [p.get("number") for p in model["operative"]] == ["1", "2", None, "3"]
    assert model["operative"][2]["text"] == item
    assert "title-colon-cut" not in fired and codes == []


def test_one_block_after_the_united_nations_name_in_french_without_suivante():
    # (near miss t4 without "suivante": the name alone keeps it the thing announced)
    text = _near("t4_fr_nations_unies").replace("la réunion suivante du groupe", "une réunion du groupe")
    model, codes, fired = _read_text("fr", text)
    assert [p.get("number") for p in model["operative"]] == ["1", "2", None, "3"]
    assert model["operative"][1]["text"].endswith("au Siège de l'Organisation des Nations Unies :")
    assert "title-colon-cut" not in fired and codes == []


def test_two_blocks_after_a_title_colon_stay_the_things_announced():
    # (near miss: the colon after a title's capitals announces two things — a list, no rest a page cut)
    text = _TITLE.replace(_CUT, "2. Encourages the relevant authorities to apply the parts of the Manual on Coastal "
                                "Lights and Beacons:\n\nPart One, on the upkeep of lamps;\n\nPart Two, on the training "
                                "of keepers;\n\n")
    model, _, fired = _read_text("en", text)
    assert _numbers(model) == ["1", "2", None, None, "3", None, None, "4"]
    assert model["operative"][2]["text"] == "Part One, on the upkeep of lamps;"
    assert "title-colon-cut" not in fired


def test_one_block_after_a_lower_case_colon_stays_the_thing_announced():
    # (near miss: "… as follows:" announces, whatever follows it — one meeting alone is still the thing announced)
    text = _TITLE.replace(_CUT, "2. Decides that the meeting of the Group of Friends of Lighthouses will be held as "
                                "follows:\n\nWednesday, 5 June: from 10 a.m. to 1 p.m., in Conference Room 4;\n\n")
    model, _, fired = _read_text("en", text)
    assert _numbers(model) == ["1", "2", None, "3", None, None, "4"]
    assert model["operative"][2]["text"] == "Wednesday, 5 June: from 10 a.m. to 1 p.m., in Conference Room 4;"
    assert "title-colon-cut" not in fired


def test_a_quotation_after_a_title_colon_is_no_rest():
    # (near miss: a quotation after the colon is the text the paragraph announces, quotation-after-colon's)
    text = _TITLE.replace(_CUT, "2. Decides to add to the Manual on Coastal Lights and Beacons:\n\n\"Each keeper "
                                "shall log the hours of the light;\"\n\n")
    model, codes, fired = _read_text("en", text)
    assert _numbers(model) == ["1", "2", "3", None, None, "4"]
    assert model["operative"][1]["text"] == ("Decides to add to the Manual on Coastal Lights and Beacons: "
                                             "\"Each keeper shall log the hours of the light;\"")
    assert "title-colon-cut" not in fired and codes == []


# --- mark-first-lowercase (blocks.py) ------------------------------------------------------------------------------

_MARK = _fixture("mark-first-lowercase")


def test_mark_first_lowercase_joins_the_rest_after_a_comma():
    model, codes, fired = _read_text("en", _MARK)
    assert [p["opening"] for p in model["preamble"]["paragraphs"]] == ["Recalling", "Recognizing", "Conscious"]
    assert [r["marker"] for r in model["preamble"]["paragraphs"][1]["footnote_refs"]] == ["2", "3", "4", "5"]
    assert "mark-first-lowercase" in fired and codes == []


def test_a_mark_first_before_a_head_still_opens():
    # (near miss: past the mark, a capital head opens a paragraph of its own, as it does without the mark)
    text = _MARK.replace("Recognizing the contributions that the Convention on Coastal Lights, 2 the Protocol on "
                         "Floating Beacons,\n\n3 the Agreement",
                         "Recognizing the contributions of the Convention on Coastal Lights, 2\n\n3 Noting the "
                         "Agreement")
    model, _, fired = _read_text("en", text)
    assert [p["opening"] for p in model["preamble"]["paragraphs"]] == ["Recalling", "Recognizing", "Noting the",
                                                                       "Conscious"]
    assert "mark-first-lowercase" not in fired


def test_a_mark_first_after_a_finished_clause_is_not_joined_by_it():
    # (near miss: after a semicolon the lower-case line is no rest lowercase-continues joins: the rule says nothing)
    text = _MARK.replace("the Protocol on Floating Beacons,\n\n3 the Agreement", "the Protocol on Floating Beacons;"
                                                                              "\n\n3 the Agreement")
    model, codes, fired = _read_text("en", text)
    paragraphs = model["preamble"]["paragraphs"]
    # (as the base reads it: the lower-case line after the semicolon stands as a paragraph of its own, told)
    assert [p["opening"] for p in paragraphs] == ["Recalling", "Recognizing", None, "Conscious"]
    assert paragraphs[2]["text"].startswith("the Agreement on Lighthouse Keepers")
    assert "mark-first-lowercase" not in fired and codes == ["text-boundary-guessed"]


@pytest.mark.xfail(strict=True, reason="the lower-case line after the semicolon is the sentence's rest (its verb 'have "
                   "made' is there); the base and the branch open a paragraph there, told")
def test_a_mark_first_after_a_semicolon_goes_on_with_its_sentence():
    text = _MARK.replace("the Protocol on Floating Beacons,\n\n3 the Agreement", "the Protocol on Floating Beacons;"
                                                                              "\n\n3 the Agreement")
    model, _, _ = _read_text("en", text)
    assert [p["opening"] for p in model["preamble"]["paragraphs"]] == ["Recalling", "Recognizing", "Conscious"]


@pytest.mark.parametrize(("code", "name", "twin"), [
    ("en", "m2_en_mark_then_and_stressing", "m2b_en_mark_before_and_stressing"),
    ("fr", "m5_fr_mark_then_conjoined_head", "m5b_fr_mark_before_conjoined_head"),
])
def test_a_conjoined_head_after_a_mark_reads_as_with_the_mark_before(code, name, twin):
    # (m2/m5: the mark set apart first on the line before "and stressing …" / "et soulignant …": the line goes on with
    # the paragraph, the reading the base gives the same text with the mark at the end of the line before (m2b/m5b))
    model, _, fired = _read_text(code, _near(name))
    twin_model, _, _ = _read_text(code, _near(twin))
    paragraphs = model["preamble"]["paragraphs"]
    # (the same paragraphs, texts and marks; a mark's offset differs by the space it stood on)
    def shown(ps: list[dict]) -> list[tuple]:
        return [(p["opening"], p["text"], [r["marker"] for r in p["footnote_refs"]]) for p in ps]
    assert shown(paragraphs) == shown(twin_model["preamble"]["paragraphs"])
    assert len(paragraphs) == 3
    assert (" and stressing the need" if code == "en" else " et soulignant la nécessité") in paragraphs[1]["text"]
    if code == "fr":  # (m2's mark 2, after "; " inside the inline list: see the xfail below)
        assert [r["marker"] for r in paragraphs[1]["footnote_refs"]] == ["2", "3", "4", "5"]
    assert "mark-first-lowercase" in fired


@pytest.mark.xfail(strict=True, reason="m2's mark 2 set apart after the semicolon of an inline list item "
                   "('…; 2 (b) …') is left unreferenced (told: footnote-unreferenced), in the base as on this branch, "
                   "with the mark 3 first on its line or not: the marks stage's, not this rule's")
def test_a_mark_after_an_inline_item_s_semicolon_is_referenced():
    model, _, _ = _read_text("en", _near("m2_en_mark_then_and_stressing"))
    assert [r["marker"] for r in model["preamble"]["paragraphs"][1]["footnote_refs"]] == ["2", "3", "4", "5"]


# --- clause-prefix-after-unprinted-rest (blocks.py) ----------------------------------------------------------------

_PREFIX = _fixture("clause-prefix-after-unprinted-rest")


def test_clause_prefix_after_unprinted_rest_opens_the_wrap_up():
    model, codes, fired = _read_text("zh", _PREFIX)
    paragraphs = model["preamble"]["paragraphs"]
    assert len(paragraphs) == 11
    assert "联合维修构想；" in paragraphs[8]["text"]
    assert paragraphs[8]["text"].endswith("(f)秘书长于2041年10月提出继续提供后勤支助的备选方案；")
    assert paragraphs[9]["text"] == "并强调指出所有相关利益攸关方都需要建设性地参与这些活动，"
    assert "clause-prefix-after-unprinted-rest" in fired and codes == []


def test_clause_prefix_in_wrapped_text_goes_on():
    # (near miss: the same text wrapped at forty ideographs, as print wraps it — its full lines end inside sentences,
    # no block wider than print: "并强调指出…" after the list's last line goes on with the paragraph,
    # clause-prefix-continues, as the base reads it, told)
    lines = []
    for line in _PREFIX.splitlines():
        while len(line) > 40:
            lines.append(line[:40])
            line = line[40:]
        lines.append(line)
    model, codes, fired = _read_text("zh", "\n".join(lines) + "\n")
    paragraphs = model["preamble"]["paragraphs"]
    assert len(paragraphs) == 10
    assert paragraphs[8]["text"].endswith("的备选方案；并强调指出所有相关利益攸关方都需要建设性地参与这些活动，")
    assert "clause-prefix-after-unprinted-rest" not in fired and "clause-prefix-continues" in fired
    assert codes == ["text-boundary-guessed"]


def test_clause_prefix_after_a_rest_with_no_list_goes_on():
    # (near miss z2, in the rule's own layout: the fixture without its lettered list — the cut line is wide and
    # unfinished, but the rest "想，同时确保…资金支持，" ends with a comma, no list's last item: "并重申…" goes on
    # with the paragraph, clause-prefix-continues, as the base reads it)
    model, codes, fired = _read_text("zh", _near("z2_zh_short_rest_no_list"))
    paragraphs = model["preamble"]["paragraphs"]
    assert len(paragraphs) == 10
    assert paragraphs[8]["text"].endswith("联合维修构想，同时确保区域海事组织继续提供技术援助和资金支持，"
                                          "并重申所有相关利益攸关方都需要建设性地参与这些活动，")
    assert paragraphs[9]["text"] == "认定沿海灯塔失修继续对区域航行安全构成威胁，"
    assert "clause-prefix-after-unprinted-rest" not in fired and codes == []


def test_clause_prefix_after_an_operative_rest_is_not_said_to_decide():
    # (z4: the fixture's list, and an operative paragraph 2 a page cut ("…数" / "据；" / "并请秘书长…；"): the clause
    # prefix's line goes on with paragraph 2, as in the base; the trace names the rule only for the preamble's rest)
    model, _, fired = _read_text("zh", _near("z4_zh_operative_rest"))
    assert model["operative"][1]["text"].endswith("有关灯塔状况的资料和数据；"
                                                  "并请秘书长在其定期报告中列入关于这些努力的资料；")
    assert len(model["preamble"]["paragraphs"]) == 11
    assert fired.count("clause-prefix-after-unprinted-rest") == 1


# --- head-out-of-phrase (openings.py, blocks.py) -------------------------------------------------------------------

_PHRASE = _fixture("head-out-of-phrase")


def test_head_out_of_phrase_goes_on_in_its_sentence():
    model, _, fired = _read_text("ru", _PHRASE)
    paragraphs = model["preamble"]["paragraphs"]
    assert [p["opening"] for p in paragraphs] == ["признавая", "ссылаясь", "отмечая также", "действуя"]
    assert paragraphs[1]["text"].endswith("и учреждения прибрежных стран, действуя через Экономический и Социальный "
                                          "Совет, уделять должное внимание ремонту прибрежных маяков и подготовке их "
                                          "смотрителей,")
    assert "head-out-of-phrase" in fired


def test_out_of_phrase_asks_only_the_table_s_heads():
    from unres.text.openings import out_of_phrase, starts_with_head
    ru, en = lang("ru"), lang("en")
    assert out_of_phrase(ru, ["действуя", "через"]) and not out_of_phrase(ru, ["действуя", "на"])
    assert not out_of_phrase(ru, ["действуя"][:0])
    assert out_of_phrase(ru, ["действуя"])  # (alone on its line: no word of its phrase follows)
    assert not out_of_phrase(ru, ["отмечая", "через"])  # (a head of no phrase)
    assert starts_with_head(ru, "действуя на основании главы VII Устава,")
    assert not starts_with_head(ru, "действуя через Экономический и Социальный Совет, уделять")
    # (near miss: a language whose table binds no head — English "Acting" with its capital opens as before)
    assert not out_of_phrase(en, ["Acting", "through"])
    assert starts_with_head(en, "Acting through the Economic and Social Council,")


# --- head-inside-list-after-page (blocks.py) -----------------------------------------------------------------------

_PAGE = _fixture("head-inside-list-after-page")


def test_head_inside_list_after_page_goes_on_with_the_item():
    model, _, fired = _read_text("ru", _PAGE)
    assert len(model["operative"]) == 1
    items = model["operative"][0]["subparagraphs"]
    assert [s["label"] for s in items][-3:] == ["ix)", "x)", "xi)"]
    assert items[8]["text"].endswith("на протяжении всей их жизни, принимая во внимание местные условия и потребности "
                                     "прибрежных общин;")
    assert "head-inside-list-after-page" in fired


def test_a_head_after_an_item_that_stopped_short_at_a_page_end_opens():
    # (near miss: the item's page's last line stopped short of the width — the item ended there —: the head on the next
    # page opens a paragraph, as the base reads it)
    text = _PAGE.replace("смотрителей маяков, моряков и членов общин на протяжении всей их жизни,",
                         "смотрителей маяков,")
    model, _, fired = _read_text("ru", text)
    assert len(model["operative"]) == 2
    assert model["operative"][1]["text"].startswith("принимая во внимание местные условия")
    assert "head-inside-list-after-page" not in fired


def test_roman_numerals_of_two_letters_are_no_latin_letters():
    from unres.text.blocks import _items_in_sequence
    assert _items_in_sequence("ix)", "x)") and _items_in_sequence("viii)", "ix)") and _items_in_sequence("ii)", "iii)")
    # (near misses: a one-letter label a roman numeral writes too stays no guess, as in the base)
    assert not _items_in_sequence("h)", "i)") and not _items_in_sequence("i)", "ii)")
    assert not _items_in_sequence("(u)", "(v)") and not _items_in_sequence("(w)", "(x)")


def test_the_schema_refuses_a_phrase_head_not_of_two_words():
    # (phrase_heads: "head word"; a three-word entry would bind the head to a word no line has after it, a one-word
    # entry would not load)
    import copy
    import json

    from jsonschema import Draft202012Validator

    langs = Path(__file__).resolve().parents[1] / "converter" / "langs"
    schema = json.loads((langs / "lang.schema.json").read_text(encoding="utf-8"))
    table = json.loads((langs / "ru.json").read_text(encoding="utf-8"))
    v = Draft202012Validator(schema)
    assert list(v.iter_errors(table)) == []
    for bad in (["действуя на основании"], ["действуя"], ["действуя  на"]):
        broken = copy.deepcopy(table)
        broken["openings"]["phrase_heads"] = bad
        assert list(v.iter_errors(broken)), bad
