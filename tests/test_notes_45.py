"""Round 45 (branch notes-45): the rules' near misses, in texts written here (expectations by hand)."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.marks import grouped_join_lost
from unres.text.pipeline import read, result


def _read_text(code: str, text: str) -> tuple[dict, list[str]]:
    decoded, warnings = decode(text.encode())
    model = to_dict(result(read(lang(code), decoded, warnings)))
    return model, [w.code for w in warnings]


# grouped-join-lost: a number in groups of three whose two groups the joining of wrapped lines glued.
def test_grouped_join_lost_reads_a_number_with_one_separator_lost():
    zh = lang("zh")
    assert grouped_join_lost(zh, "批款1 116609 000美元", 2)
    assert grouped_join_lost(zh, "批款2 500 000000美元", 2)
    assert grouped_join_lost(zh, "批款12 345 678901 000美元", 2)
    # An amount after a full-width colon is glued in a text without spaces too (r1b of the round's review).
    assert grouped_join_lost(zh, "共计：1 204308 000美元", 3)


def test_grouped_join_lost_near_misses():
    zh = lang("zh")
    # No whole group beside the glued run: digits, a space and six digits say nothing of groups.
    assert not grouped_join_lost(zh, "批款1 116609美元", 2)
    # A whole number in groups is grouped-not-mark's, and a year after a mark is no group at all.
    assert not grouped_join_lost(zh, "批款1 116 609 000美元", 2)
    assert not grouped_join_lost(zh, "报告1 2036年", 2)
    # Two separators lost (nine digits glued), or a run of five: no single wrap does that.
    assert not grouped_join_lost(zh, "批款1 116609000 000美元", 2)
    assert not grouped_join_lost(zh, "批款1 11660 000美元", 2)
    # Not the number's first digits: inside a run of digits.
    assert not grouped_join_lost(zh, "批款11 116609 000美元", 3)
    # A script written with spaces: a line join adds the space, no separator is lost to it.
    assert not grouped_join_lost(lang("fr"), "crédit de 1 116609 000 dollars", 11)


NEAR_MISS_ZH = "\n".join([
    "联合国 A/RES/91/34",
    "大会 Distr.: General",
    "9 December 2036",
    "第九十一届会议",
    "议程项目50",
    "2036年12月7日大会决议",
    "91/34. 灯塔看守人应急基金的经费筹措",
    "大会，",
    "审议了秘书长关于灯塔看守人应急基金经费筹措的报告，",
    "1. 注意到秘书长的报告1 204308美元的数额；",
    "2. 决定继续审议这一问题。",
    "第46次全体会议 2036年12月7日",
    "--------------------",
    "1 A/91/124。",
    "36-00022 1/1",
]) + "\n"


def test_a_mark_before_six_digits_alone_is_still_a_mark():
    """Near miss: the glued run holds no whole group beside it ("报告1 204308美元"): the rule does not fire and the
    digits glued to the word are the only place for note 1's mark, as on the base."""
    model, codes = _read_text("zh", NEAR_MISS_ZH)
    op = model["operative"][0]
    assert op["text"] == "注意到秘书长的报告 204308美元的数额；"
    assert [r["marker"] for r in op["footnote_refs"]] == ["1"]
    assert "footnote-unreferenced" not in codes


# note-repeated-in-foot, near misses: the fixture's page, changed so that the foot says nothing of the candidate.
_FIXTURE = (Path(__file__).resolve().parent / "fixtures" / "layout" / "note-repeated-in-foot.txt").read_text(
    encoding="utf-8")


def _traced(code: str, text: str) -> tuple[dict, list[str]]:
    decoded, warnings = decode(text.encode())
    doc = read(lang(code), decoded, warnings, trace=True)
    return to_dict(result(doc)), [rule for rule, _ in doc.trace]


_NO_NOTE_3 = _FIXTURE.replace(" 3 Ibid., annex II.\n", "")


def test_a_foot_that_does_not_give_the_number_again_decides_nothing():
    """The foot opens with note 1 but gives no note 3 (the candidate may be the page's note 3 printed first): the
    rule does not fire. (The base reads the line as note 3 and runs the foot's notes 1–2 into it, a reading known to
    be wrong: the right one is the strict xfail below.)"""
    _, fired = _traced("en", _NO_NOTE_3)
    assert "note-repeated-in-foot" not in fired


@pytest.mark.xfail(strict=True, reason="a first note numbered 3 over a foot of notes 1, 2 is still read as note 3 "
                   "(left: the input says something is wrong, not what; a candidate for a told warning)")
def test_a_foot_that_does_not_give_the_number_again_right_reading():
    model, _ = _traced("en", _NO_NOTE_3)
    assert [n["marker"] for n in model["footnotes"]][:2] == ["1", "2"]
    assert [n["text"] for n in model["footnotes"]][:2] == ["Lighthouse Authority, document LA/2034/1.",
                                                           "Ibid., annex I."]
    first, second = model["preamble"]["paragraphs"]
    assert first["text"] == ("Recalling its resolutions 88/20 of 9 December 2033 and 89/143 of 8 December 2034 on "
                             "the safety of lighthouses,")
    assert second["text"].endswith("the Harbour Pilots Accord and the outcome of the Conference on Coastal Shipping,")
    assert [r["marker"] for r in second["footnote_refs"]][:2] == ["1", "2"]


def test_a_foot_that_opens_with_a_higher_note_decides_nothing():
    """The foot under the candidate opens with note 4, the candidate's own number not repeated: a text whose notes
    start at 3 (a later part of a collection) prints its page's first note so. The candidate stays note 3."""
    text = (_FIXTURE.replace(" 1 Lighthouse Authority, document LA/2034/1.\n", "")
            .replace(" 2 Ibid., annex I.\n", "").replace(" 3 Ibid., annex II.\n", " 4 Ibid., annex II.\n"))
    model, fired = _traced("en", text)
    assert "note-repeated-in-foot" not in fired
    assert [n["marker"] for n in model["footnotes"]][:1] == ["3"]


# item-under-number-alone, near misses: the fixture's paragraph 2 changed so that no tab parts the item's label from
# its text, or no label opens the text under the number.
_ITEM_FIXTURE = (Path(__file__).resolve().parent / "fixtures" / "layout" / "item-under-number-alone.txt").read_text(
    encoding="utf-8")


_ONE_SPACE = _ITEM_FIXTURE.replace("         a)     Prie le", "         a) Prie le")


def test_a_label_one_space_from_its_text_sets_no_column():
    """'a) Prie …' with one space: the item's text stands at no tab's column, and the line at the deeper indent says
    nothing of one. The rule does not fire. (The base's reading, the line after the comma opening a block that
    heading-with-colon makes a heading over paragraph 3, is known to be wrong: the right one is the strict xfail
    below.)"""
    _, fired = _traced("fr", _ONE_SPACE)
    assert "item-under-number-alone" not in fired


@pytest.mark.xfail(strict=True, reason="a number alone over 'a) text' with one space: the wrapped line after the "
                   "comma still opens a block and becomes a heading (left: no column is known)")
def test_a_label_one_space_from_its_text_right_reading():
    model, _ = _traced("fr", _ONE_SPACE)
    assert model["operative"][1]["text"] == (
        "a) Prie le Secrétaire général de lui faire rapport le 15 mars 2037, le 15 septembre 2037 et le 15 mars "
        "2038, notamment sur : 2.b) Prie également le Secrétaire général de lui communiquer :")
    assert model["operative"][2]["headings"] == []


def test_text_with_no_label_under_the_number_is_asked_nothing_new():
    text = _ITEM_FIXTURE.replace("         a)     Prie le Secrétaire", "                Prie le Secrétaire")
    model, fired = _traced("fr", text)
    assert "item-under-number-alone" not in fired
    assert "label-alone-text-column" in fired
    assert model["operative"][1]["text"].startswith("Prie le Secrétaire général de lui faire rapport")


# note-repeated-in-foot, near misses of the fix round: a real note at the top of a later page's foot whose wrapped
# lines open with numbers ("volume" / "2 (LA/2035/2), annex I."), notes 1–2 given on page 1. The foot's first lower
# "note" (2) is a number already given: the rule refuses, and the reading is the base's (right, written by hand).
# ("@@" is the invisible footnote rule's line.)
_PAGE_ONE = """United Nations                                               A/RES/91/72
General Assembly                            Distr.: General 20 December 2036
Ninety-first session
Agenda item 72
Resolution adopted by the General Assembly on 15 December 2036
[without reference to a Main Committee (A/91/L.72)]
91/72. Safety of lighthouses and coastal shipping
The General Assembly,
 Recalling the Declaration on the Safety of Lighthouses 1 and the Charter of
Lighthouse Keepers, 2
 Recalling also its resolution 89/143 of 8 December 2034 on the safety of
lighthouses,
@@
 1 Lighthouse Authority, document LA/2034/1.
 2 Ibid., annex I.
36-00072                                                        1/2
A/RES/91/72   Safety of lighthouses and coastal shipping
"""
_PAGE_END = """36-00072                                                        2/3
A/RES/91/72   Safety of lighthouses and coastal shipping
Coastal Shipping,
 1. Calls upon Member States to strengthen the training of lighthouse
keepers;
 2. Decides to continue its consideration of the question.
55th plenary meeting
15 December 2036
3/3                                                         36-00072
"""
_TAKING_NOTE = """ Taking note of the report of the Fourth Conference of Lighthouse Keepers 3 and
of the Harbour Pilots Accord, 4 and welcoming the Programme of Beacons and
Buoys of the Conference on
@@
"""
_P2_TEXT = ("Taking note of the report of the Fourth Conference of Lighthouse Keepers and of the Harbour Pilots "
            "Accord, and welcoming the Programme of Beacons and Buoys of the Conference on Coastal Shipping,")
_PAGE_ONE_NOTES = ["Lighthouse Authority, document LA/2034/1.", "Ibid., annex I."]


def _pages(*parts: str) -> str:
    """The text of the parts, "@@" standing for the footnote rule's line (two spaces, invisible)."""
    return "".join(parts).replace("@@\n", "  \n")


def _check_page_two(model: dict, fired: list[str], paragraph: str, marks: list[str], notes: list[str]) -> None:
    assert "note-repeated-in-foot" not in fired
    preamble = model["preamble"]["paragraphs"]
    assert [p["text"] for p in preamble] == [
        "Recalling the Declaration on the Safety of Lighthouses and the Charter of Lighthouse Keepers,",
        "Recalling also its resolution 89/143 of 8 December 2034 on the safety of lighthouses,", paragraph]
    assert [r["marker"] for r in preamble[2]["footnote_refs"]] == marks
    assert [n["text"] for n in model["footnotes"]] == _PAGE_ONE_NOTES + notes
    assert [n["marker"] for n in model["footnotes"]] == [str(k) for k in range(1, 3 + len(notes))]
    assert [p["number"] for p in model["operative"]] == ["1", "2"]


def test_a_real_note_whose_wrapped_lines_open_with_numbers_stays_a_note():
    """r2f: note 3 wraps over "volume" / "2 (LA/2035/2), annex I.", note 4 over "on" / "3 March 2035."."""
    foot = """3 Lighthouse Authority, Report of the Fourth Conference of Lighthouse Keepers, volume
2 (LA/2035/2), annex I.
4 Adopted at Cape Town, South Africa, on
3 March 2035.
"""
    model, fired = _traced("en", _pages(_PAGE_ONE, _TAKING_NOTE, foot, _PAGE_END))
    _check_page_two(model, fired, _P2_TEXT, ["3", "4"], [
        "Lighthouse Authority, Report of the Fourth Conference of Lighthouse Keepers, volume 2 (LA/2035/2), annex I.",
        "Adopted at Cape Town, South Africa, on 3 March 2035."])


def test_one_note_wrapped_twice_over_numbers_stays_a_note():
    """r2g: one note wraps over "2 (LA/2035/2), annex I, adopted … on" / "3 March 2035.", note 4 after it."""
    foot = """3 Lighthouse Authority, Report of the Fourth Conference of Lighthouse Keepers, volume
2 (LA/2035/2), annex I, adopted at Cape Town, South Africa, on
3 March 2035.
4 Ibid., annex II.
"""
    model, fired = _traced("en", _pages(_PAGE_ONE, _TAKING_NOTE, foot, _PAGE_END))
    _check_page_two(model, fired, _P2_TEXT, ["3", "4"], [
        "Lighthouse Authority, Report of the Fourth Conference of Lighthouse Keepers, volume 2 (LA/2035/2), annex I, "
        "adopted at Cape Town, South Africa, on 3 March 2035.", "Ibid., annex II."])


def test_the_class_on_a_later_page_is_read_by_the_base_already():
    """r2h: "5 the Programme …" over a foot 3, 4, 5 on page 2, notes 1–2 given: the mark is found as on the base,
    the rule is not needed and does not fire."""
    body = """ Taking note of the report of the Fourth Conference of Lighthouse Keepers, 3 the
Harbour Pilots Accord 4 and the Programme of Beacons and Buoys (Cape Town Plan),
5 the Programme for the Coastal Waters and the outcome of the Conference on
@@
 3 Lighthouse Authority, document LA/2035/2.
 4 Ibid., annex I.
 5 Ibid., annex II.
"""
    model, fired = _traced("en", _pages(_PAGE_ONE, body, _PAGE_END))
    _check_page_two(model, fired, (
        "Taking note of the report of the Fourth Conference of Lighthouse Keepers, the Harbour Pilots Accord and the "
        "Programme of Beacons and Buoys (Cape Town Plan), the Programme for the Coastal Waters and the outcome of the "
        "Conference on Coastal Shipping,"), ["3", "4", "5"],
        ["Lighthouse Authority, document LA/2035/2.", "Ibid., annex I.", "Ibid., annex II."])


# item-under-number-alone, fix round: a wide label ("㈠", two print columns) whose item's wrapped lines stand at the
# text's print column (16) or at its character column (15); a title after an item ending with a comma.
_ZH_ITEM = """联合国 S/RES/9072 (2036)

安全理事会 Distr.: General

9 March 2036

第9072(2036)号决议

2036年3月8日安全理事会第19072次会议通过

安全理事会，


                  回顾其以往关于灯塔和沿海航行安全的各项决议，


       1.        决定灯塔看守人应履行下列职责：


         ㈠     确保灯塔和浮标正常运行；


                  2.


         ㈠     请秘书长于2037年3月15日、2037年9月15日和2038年3月15日

{pad}向安理会提交报告，

{pad}特别是关于下列问题：


       3.        决定继续积极处理此案。


36-09072 1/1
"""


@pytest.mark.parametrize("column", [16, 15])
def test_a_wide_label_hangs_its_item_at_the_print_or_the_character_column(column: int):
    model, fired = _traced("zh", _ZH_ITEM.replace("{pad}", " " * column))
    assert "item-under-number-alone" in fired
    assert [p["number"] for p in model["operative"]] == ["1", "2", "3"]
    assert model["operative"][1]["text"] == ("㈠请秘书长于2037年3月15日、2037年9月15日和2038年3月15日向安理会提交报告，"
                                             "特别是关于下列问题：")
    assert model["operative"][2]["headings"] == []
    assert model["operative"][2]["text"] == "决定继续积极处理此案。"


def test_a_title_at_the_item_column_after_a_comma_stays_a_heading():
    """r3h: "a)     Prie … sur la question," / "Navigation côtière" at the item's text column, right over "3.":
    a capitalised line after a comma over a paragraph's number may be a title — no column, read as the base."""
    text = _ITEM_FIXTURE.split("                  2.\n")[0] + """                  2.


         a)     Prie le Secrétaire général de lui faire rapport sur la question,


                Navigation côtière


       3.        Décide de rester activement saisi de la question.


36-09071 1/1
"""
    model, fired = _traced("fr", text)
    assert "item-under-number-alone" not in fired
    assert [p["number"] for p in model["operative"]] == ["1", "2", "3"]
    assert model["operative"][1]["text"] == "a) Prie le Secrétaire général de lui faire rapport sur la question,"
    assert model["operative"][2]["headings"] == ["Navigation côtière"]


def test_an_item_ending_with_a_semicolon_fires_nothing():
    """r3c: the item ends with ";" and a title stands at its column: indent-opens opens there anyway; the column
    decides nothing and the rule is not recorded. Read as the base: the title heads paragraph 3."""
    text = _ITEM_FIXTURE.split("                  2.\n")[0] + """                  2.


         a)     Prie le Secrétaire général de lui faire rapport ;


                Navigation côtière


       3.        Décide de rester activement saisi de la question.


36-09071 1/1
"""
    model, fired = _traced("fr", text)
    assert "item-under-number-alone" not in fired
    assert model["operative"][1]["text"] == "a) Prie le Secrétaire général de lui faire rapport ;"
    assert model["operative"][2]["headings"] == ["Navigation côtière"]


def test_an_amount_after_a_full_width_colon_keeps_its_first_group():
    """r1b: "共计：1 204308 000美元" — the group separator lost at a wrap, the amount after a full-width colon: the
    "1" is the number's, not note 1's mark; the marks "说明1" and "报告，2" of the preamble are found."""
    text = NEAR_MISS_ZH.replace("审议了秘书长关于灯塔看守人应急基金经费筹措的报告，",
                                "审议了秘书长关于灯塔看守人应急基金经费筹措的说明1以及行政和预算问题咨询委员会的相关报告，2"
                                ).replace("1. 注意到秘书长的报告1 204308美元的数额；",
                                          "1. 决定为基金批款共计：1 204308 000美元，作为同一期间的维持费；"
                                          ).replace("1 A/91/124。", "1 A/91/124。\n2 A/91/125。")
    model, codes = _read_text("zh", text)
    pre = model["preamble"]["paragraphs"][0]
    assert pre["text"] == "审议了秘书长关于灯塔看守人应急基金经费筹措的说明以及行政和预算问题咨询委员会的相关报告，"
    assert [r["marker"] for r in pre["footnote_refs"]] == ["1", "2"]
    assert model["operative"][0]["text"] == "决定为基金批款共计：1 204308 000美元，作为同一期间的维持费；"
    assert "footnote-unreferenced" not in codes


def test_a_clause_ending_with_a_colon_over_the_next_number_stays_in_the_item():
    """r3o: the item's last line at its text column, after a comma, opens with a capital but ends with a colon
    ("Conseil économique et social compris, notamment sur :"): a clause's end, no title — the column holds and the
    line stays in the item, no heading over paragraph 3."""
    text = _ITEM_FIXTURE.split("                  2.\n")[0] + """                  2.


         a)     Prie le Secrétaire général de lui faire rapport le 15 mars 2037,


                Conseil économique et social compris, notamment sur :


       3.        Décide de rester activement saisi de la question.


36-09071 1/1
"""
    model, fired = _traced("fr", text)
    assert "item-under-number-alone" in fired
    assert [p["number"] for p in model["operative"]] == ["1", "2", "3"]
    assert model["operative"][1]["text"] == ("a) Prie le Secrétaire général de lui faire rapport le 15 mars 2037, "
                                             "Conseil économique et social compris, notamment sur :")
    assert not model["operative"][2].get("headings")
