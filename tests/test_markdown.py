"""A PDF-to-Markdown extraction (converter/text/markdown.py, round twenty-nine): told by its signs, its markup taken
off, and nothing else — a text without the signs, a sign alone, a sign of no known form, a table's row are read as
they stand."""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.markdown import markdown
from unres.text.parse import parse_text
from unres.text.state import Doc

PLAIN = """United Nations A/RES/99/520
General Assembly Distr.: General
20 December 2044
Ninety-ninth session
Agenda item 80
Resolution adopted by the General Assembly on 18 December 2044
[without reference to a Main Committee (A/99/L.20)]
99/520. Beacons on the river banks
The General Assembly,
 Recalling its resolution 98/90 on the beacons on the river banks,1
 Noting with concern that many beacons on the river banks are unlit,
 1. Invites the riparian States:
 (a) To light their beacons in the evening;
 (b) To keep them lit until dawn;
 2. Decides to remain seized of the matter.
57th plenary meeting
18 December 2044
1 A/98/200.
"""

MARKDOWN = """# United Nations A/RES/99/520

# General Assembly Distr.: General

20 December 2044

Ninety-ninth session

Agenda item 80

## Resolution adopted by the General Assembly on 18 December 2044

\\[without reference to a Main Committee (A/99/L.20)\\]

**99/520. Beacons on the river banks**

**The General Assembly**,

_Recalling_ its resolution 98/90 on the beacons on the river banks,<sup>1</sup>

*Noting with
concern* that many beacons on the river banks are unlit,

-----

1\\. _Invites_ the riparian States:

- (a) To light their beacons in the evening;

- (b) To keep them lit until dawn;

2\\. _Decides_ to remain seized of the matter.

57th plenary meeting
18 December 2044

[^1]: A/98/200.
"""


def _unmarked(text: str) -> str:
    doc = Doc(lang("en"), text, [])
    markdown(doc)
    return doc.text


def test_a_markdown_extraction_reads_as_its_plain_text():
    plain, md = parse_text(PLAIN, "en"), parse_text(MARKDOWN, "en")
    assert to_dict(md.resolution) == to_dict(plain.resolution)
    assert md.resolution.preamble.paragraphs[1].text.startswith("Noting with concern that")


def test_the_lines_stay_where_they_were():
    assert _unmarked(MARKDOWN).count("\n") == MARKDOWN.count("\n")


def test_a_text_without_the_signs_is_read_as_it_stands():
    assert _unmarked(PLAIN) == PLAIN


def test_one_sign_alone_is_text():
    # (one emphasis, one heading-like line: an underscore, an asterisk or a "#" can be text)
    for text in ("The General Assembly,\n _Recalling_ its resolution 98/90,\n 1. Decides to act.\n",
                 "# 1 A/98/200.\n The General Assembly,\n 1. Decides to act on items *a* and *b*.\n",
                 "The General Assembly,\n\\_\\_\\_\\_\\_\\_\n1 A/98/200.\n-----\n"):
        assert _unmarked(text) == text


def test_a_sign_of_no_known_form_stays():
    text = MARKDOWN + "3\\. _Requests_ the plan\\q and an *unclosed mark and a_word_inside.\n"
    out = _unmarked(text)
    assert "plan\\q" in out and "*unclosed mark" in out and "a_word_inside" in out
    assert "3. Requests the plan" in out


def test_escaped_delimiters_are_text_and_no_delimiters():
    out = _unmarked(MARKDOWN + "3\\. _Requests_ the \\_deep wells\\_ and \\*all\\* of them.\n")
    assert "3. Requests the _deep wells_ and *all* of them." in out


def test_a_tables_rows_are_left_as_tables_read_them():
    rows = "| Category | Posts |\n|---|---|\n| **Total** | 1 \\| 2 |\n"
    out = _unmarked(MARKDOWN + rows)
    assert out.endswith(rows)


def test_a_barcode_between_asterisks_is_text():
    out = _unmarked(MARKDOWN + "23-21327 (E) 051223\n*2321327*\n")
    assert out.endswith("*2321327*\n")


def test_nothing_but_markup_is_taken_off():
    out = _unmarked(MARKDOWN).split("\n")
    assert out[:3] == ["United Nations A/RES/99/520", "", "General Assembly Distr.: General"]
    assert out[12:19] == ["[without reference to a Main Committee (A/99/L.20)]", "",
                          "99/520. Beacons on the river banks", "", "The General Assembly,", "",
                          "Recalling its resolution 98/90 on the beacons on the river banks,¹"]
    assert out[20:26] == ["Noting with", "concern that many beacons on the river banks are unlit,", "", "\f", "",
                          "1. Invites the riparian States:"]
    assert out[27] == "(a) To light their beacons in the evening;"
    assert out[-2] == "1 A/98/200."


def test_two_openings_in_emphasis_tell_a_short_extraction():
    # (a short text: its formula in bold and one opening in italics, no other sign)
    text = "99/521. Wells\n\n**The General Assembly**,\n\n_Recalling_ its resolution 98/91,\n\n1. Decides to act.\n"
    assert _unmarked(text) == "99/521. Wells\n\nThe General Assembly,\n\nRecalling its resolution 98/91,\n\n" \
                              "1. Decides to act.\n"


def test_a_barcode_is_no_sign():
    # (one opening in emphasis beside it: one sign on one line; the formula in bold would tell alone, markdown-formula)
    text = "23-21327 (E) 051223\n*2321327*\n\n_Recalling_ its resolution 98/90,\n 1. Decides to act.\n"
    assert _unmarked(text) == text


def test_an_arabic_sub_items_label_after_a_bullet():
    out = _unmarked(MARKDOWN + "- ’1‘ بند أول؛\n- '2' بند ثان.\n")
    assert out.endswith("\n’1‘ بند أول؛\n'2' بند ثان.\n")


def test_bullets_before_labels_alone_do_not_make_a_text_markdown():
    # A Word list's dash before each item is plain text's too: however many lines hold it, alone it tells nothing,
    # and the text's own underscores and asterisks stay (the review's finding: they were taken off).
    text = ("The General Assembly,\n1. Invites the plains States:\n"
            "- (a) To count their orchards, as set out at www.example.org/_counts_/2044;\n"
            "- (b) To report on the count of *apple* and *pear* trees;\n"
            "- (c) To plant more;\n2. Decides to remain seized of the matter.\n")
    assert _unmarked(text) == text


def test_a_french_extraction_with_its_formula_in_underscores_is_french():
    # Told by its words before the Markdown stage runs: an underscore is no letter beside a formula.
    text = ("_L’Assemblée générale_,\n\n_Rappelant_ sa résolution 98/12 sur les phares,\n\n"
            "1\\. _Prie_ les États côtiers de maintenir leurs phares allumés;\n\n"
            "2\\. _Décide_ de rester saisie de la question.\n")
    res = parse_text(text, None).resolution
    assert res.metadata.language == "fr"
    assert [p.text for p in res.preamble.paragraphs] == ["Rappelant sa résolution 98/12 sur les phares,"]
    assert [p.number for p in res.operative] == ["1", "2"]


def test_a_text_read_as_markdown_is_said_so_once_at_its_first_sign():
    # text-markdown (round thirty): characters of the input are not in the reading — the warning says why, once.
    told = [w for w in parse_text(MARKDOWN, "en").warnings if w.code == "text-markdown"]
    assert [(w.line, w.severity) for w in told] == [(1, "warning")]
    assert "heading lines" in told[0].message and "note marks" in told[0].message
    # (a text without the signs, or with one sign alone, is not told)
    assert not [w for w in parse_text(PLAIN, "en").warnings if w.code == "text-markdown"]
    one = "The General Assembly,\n _Recalling_ its resolution 98/90,\n 1. Decides to act.\n"
    assert not [w for w in parse_text(one, "en").warnings if w.code == "text-markdown"]


def test_the_warning_stands_at_the_first_sign_below_plain_lines():
    text = PLAIN.replace("The General Assembly,", "**The General Assembly**,").replace(
        " Recalling", "_Recalling_")  # (emphasis on two lines: one kind of sign that plain text never prints)
    told = [w.line for w in parse_text(text, "en").warnings if w.code == "text-markdown"]
    assert told == [9]


RAISED = """**99/531. Ferries of the delta**

**The General Assembly**,

*Determined to keep* the ferries of the delta running in every season of the year,

1. *Takes note* of the report of the Secretary-General on the implementation of resolution 97/289^1^;

2. *Decides* to remain seized of the matter, as of the ferries of the Congo<sup>2</sup> and of the 2044(^3^) floods.

57th plenary meeting 18 December 2044
────────────────
<sup>1</sup> A/98/200 and A/99/301.
2 A/99/302.
3 A/99/303.
"""


def test_a_marks_markup_tells_a_mark_a_glued_digit_would_not():
    # markdown-note-mark (round thirty): "97/289^1^" is a mark told by its markup, raised as the text writer prints one
    # (mark-raised finds it wherever it stands); glued ("97/2891") it read as the resolution's number, the note
    # unreferenced. A mark between brackets stays as printed ("(3)", mark-in-brackets': the brackets stay in the text,
    # as the UN's Arabic markup leaves them), a note's opening "<sup>1</sup> " is its marker.
    res = parse_text(RAISED, "en").resolution
    assert [o.text for o in res.operative] == [
        "Takes note of the report of the Secretary-General on the implementation of resolution 97/289;",
        "Decides to remain seized of the matter, as of the ferries of the Congo and of the 2044() floods."]
    assert [(f.marker, f.text) for f in res.footnotes] == [("1", "A/98/200 and A/99/301."), ("2", "A/99/302."),
                                                           ("3", "A/99/303.")]
    out = _unmarked(RAISED).split("\n")
    assert out[6].endswith("97/289¹;") and "Congo² and of the 2044(3) floods" in out[8]
    assert out[12] == "1 A/98/200 and A/99/301."


def test_a_mark_stays_glued_alone_on_its_line_and_where_the_script_brackets_marks():
    # (round thirty: a raised mark alone on its line emptied the line, read as an empty heading; Arabic's notes are
    # numbered "(1)", no bare number mark-raised knows: there the mark stays as PDF text glues it)
    out = _unmarked(MARKDOWN + "3\\. _Notes_ the report of the Secretary-General,\n^2^\n").split("\n")
    assert out[-2] == "2"
    doc = Doc(lang("ar"), "**إن الجمعية العامة**،\n\n_إذ تشير_ إلى اللوائح (2005<sup>7</sup>)،\n", [])
    markdown(doc)
    assert "(20057)" in doc.text


RAISED_AFTER_GOAL = """大会，

_确认_ 各国在2040年通过了《2045年灯塔议程》^1^ 及其各项目标，

回顾秘书长题为“灯塔”的报告^2^ 及其建议，

又重申必须采取综合对策，以加快努力实现可持续发展目标3，特别是到2045年保障灯塔看守人健康的具体目标3.3，

-----

表示注意到灯塔委员会的工作^3^ 及其成果，

1. 请各国维护灯塔；

-----

2. 决定继续处理此案。

2044年12月18日
第60次全体会议

1 第98/150号决议，附件。
2 A/99/502。
3 A/99/503。
"""


def test_a_raised_mark_wins_over_a_glued_digit_above_it():
    # (round thirty: the raised "³" a Markdown extraction gives is the mark wherever it stands; glued-earliest took the
    # goal's number "目标3，" on an earlier page for it)
    res = parse_text(RAISED_AFTER_GOAL, "zh").resolution
    assert res.preamble.paragraphs[2].text.startswith("又重申必须采取综合对策，以加快努力实现可持续发展目标3，")
    assert res.preamble.paragraphs[3].text == "表示注意到灯塔委员会的工作及其成果，"


def test_a_raised_mark_at_a_lines_end_does_not_unfinish_it():
    # (round thirty: "… Questions,²" ended its clause; read unfinished, the paragraph number alone under it was not
    # joined to its text, number-alone-joins)
    from unres.text.blocks import finished
    assert finished("the Advisory Committee on Administrative and Budgetary Questions,²")
    assert finished("… Transparent Elections,”¹²") and not finished("the report of the Secretary-General¹")


def test_a_part_label_alone_after_a_paragraphs_comma_opens_its_part():
    # (unseen-page-cut-continues read the part's first paragraph on as the rest of the label "A" before it, which ends
    # with no punctuation: a text of one paragraph to a line, apart by blank lines, too short to tell it does not wrap —
    # found by tests/test_properties.py's round trip, its words made of one word)
    words = "理事会" * 6
    lines = ["1946/1.", "经济及社会理事会，", f"{words}，", f"{words}，", "促请¹理事会*理事会理事会理事会理事会，", "A",
             f"理事会{words}，", f"1. {words}；", f"(a) {words}；", f"㈠ {words}；", f"{words}；", "B", f"1. {words}。",
             "[未经表决获得通过。]", f"1 {words}.", f"* {words}."]
    res = parse_text("\n\n".join(lines) + "\n").resolution
    assert [p.label for p in res.parts] == ["A", "B"]
    assert res.preamble.paragraphs[-1].text == "促请理事会理事会理事会理事会理事会，"


def test_a_raised_mark_after_a_counted_number_is_found_without_a_traceback():
    # (counted-glued-gives-way asked where the next notes' marks stand with the marker as mark-raised prints it, "²",
    # and int("²") raised: a Markdown extraction's `^2^` after "目标3和目标" lost the whole document — round thirty)
    text = MARK_AFTER_COUNTED_GOAL
    res = parse_text(text).resolution
    assert res.operative[0].text == "鼓励所有会员国支持灯塔维护，包括通过继续对实现可持续发展目标3和目标作出贡献；"
    assert [r.marker for r in res.operative[0].footnote_refs] == ["2"]
    assert [n.marker for n in res.footnotes] == ["1", "2"]


MARK_AFTER_COUNTED_GOAL = """\
联合国 A/RES/91/40

大会 Distr.: General

2036年12月20日

第九十一届会议

议程项目 12

2036年12月18日大会决议

**91/40. 海岸灯塔**

**大会**，

*回顾*其关于灯塔的各项决议，^1^

1. 鼓励所有会员国支持灯塔维护，包括通过继续对实现可持续发展目标3和目标^2^ 作出贡献；

2. 决定继续处理此案。

2036年12月18日
第50次全体会议

-----

<sup>1</sup> 第89/12号决议。

<sup>2</sup> 第70/1号决议。
"""


def test_a_bullet_before_a_long_roman_label_is_taken_off():
    # (round thirty: the bullet stayed before "xxviii)", a label of six letters — an ECOSOC text's long list)
    from unres.text.markdown import markdown_list_item

    fired: list[int] = []
    text = "- xxvii) To support the keepers;\n- xxviii) To support the pilots;\n- (xxxviii) To act;\n"
    assert markdown_list_item(text, fired.append) == text.replace("- ", "")
    assert fired == [1]  # (the rule fires once, at its first line)
