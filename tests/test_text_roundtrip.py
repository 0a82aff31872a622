"""Models through plain text (issue 20): what the text reader must give back of what the text
writer wrote, and the comparison benchmarks/text_roundtrip.py makes on the UN's real models."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from unres.akn.reader import from_akn
from unres.api import parse_text, render_text, to_akn
from unres.jsonio import from_json
from unres.model import Session, to_dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from text_roundtrip import compare  # noqa: E402

ECOSOC = """E/RES/2031/12

Economic and Social Council

2031 session

Agenda item 18 (l)

Resolution adopted by the Economic and Social Council on 20 July 2031

2031/12. Lighthouses and coastal navigation

The Economic and Social Council,

Recalling its resolution 2030/4,

1. Decides to remain seized of the matter.

21st plenary meeting
20 July 2031
"""


def test_a_session_named_by_its_year_keeps_its_number():
    md = parse_text(ECOSOC, "en").metadata
    assert (md.session.number, md.session.label) == (2031, "2031 session")


def test_an_agenda_number_gives_its_item_and_sub_item():
    res = parse_text(ECOSOC, "en")
    assert [(a.number, a.item, a.sub_item) for a in res.agenda_items] == [("18 (l)", 18, "l")]


def test_a_model_without_a_session_reads_back_without_one():
    res = from_json((ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    res = replace(res, metadata=replace(res.metadata, session=None))
    assert parse_text(render_text(res), "en").metadata.session is None
    assert from_akn(to_akn(res))[0].metadata.session is None
    assert replace(res.metadata, session=Session()).session != res.metadata.session  # (the case it guards)


def test_the_comparison_leaves_out_only_what_plain_text_cannot_carry():
    res = from_json((ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    original = to_dict(res)
    back = to_dict(parse_text(render_text(res), "en"))
    back["metadata"]["draft_symbol"] = "A/79/L.99"  # AKN metadata: not in plain text
    back["preamble"]["paragraphs"][0]["links"] = [{"text": "x", "href": "https://undocs.org/x", "offset": 0}]
    found, openings, agree = compare(original, back)
    assert found == [] and openings == agree > 0
    back["preamble"]["paragraphs"][0]["opening"] = "Guessing"  # measured, not a difference
    back["metadata"]["title"] = "Another title"  # a difference
    found, openings, agree = compare(original, back)
    assert [f[0] for f in found] == ["/metadata/title"] and agree == openings - 1


# The Security Council's AKN labels the meeting as its adoption line words it ("at its 8784th
# meeting"): the closing block's meeting line written from that label must read back.
SC_MEETING_LABELS = {"ar": "جلسته 8784", "ru": "8784-м заседании", "zh": "8784次会议通过", "en": "8784th meeting"}
SAMPLE_OF = {"ar": "ar-ga-footnotes", "ru": "ru-ga-silence-procedure", "zh": "zh-hrc-annex", "en": "en-ga-recorded"}


@pytest.mark.parametrize("code", sorted(SC_MEETING_LABELS))
def test_a_meeting_labelled_as_the_security_council_words_it_reads_back(code):
    from unres.model import Meeting

    res = from_json((ROOT / "samples" / "valid" / f"{SAMPLE_OF[code]}.json").read_bytes())
    meeting = Meeting(8784, SC_MEETING_LABELS[code])
    res = replace(res, metadata=replace(res.metadata, meeting=meeting))
    assert parse_text(render_text(res), code).metadata.meeting == meeting


def _with_marks(res, text: str, refs: tuple):
    """The sample with one preambular paragraph: `text`, its marks at these offsets."""
    from unres.model import FootnoteRef

    para = replace(res.preamble.paragraphs[0], text=text, footnote_refs=tuple(FootnoteRef(m, o) for m, o in refs))
    return replace(res, preamble=replace(res.preamble, paragraphs=(para,)))


def test_marks_after_numbers_read_back_where_they_stood():
    # rule mark-raised: printed as plain digits, "1949" + "1" and "2015–2030," + "2" read as the
    # numbers 19491 and 2015–2030,2 (or their marks elsewhere); raised, they are marks.
    from unres.model import Footnote

    res = from_json((ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    text = "Recalling the Geneva Conventions of 12 August 1949 and the Sendai Framework 2015–2030, and its decisions,"
    res = _with_marks(res, text, (("1", text.index(" and")), ("2", text.index(" and its"))))
    res = replace(res, footnotes=(Footnote("1", "United Nations, Treaty Series, vol. 75."),
                                  Footnote("2", "General Assembly resolution 69/283, annex II.")))
    assert "1949¹ and" in render_text(res) and "2015–2030,² and" in render_text(res)
    back = parse_text(render_text(res), "en")
    assert back.preamble.paragraphs[0] == res.preamble.paragraphs[0]
    assert back.footnotes == res.footnotes


@pytest.mark.parametrize(("code", "sample", "label", "number"), [
    ("es", "es-ga-acclamation", "Septuagésimo séptimo período de sesiones", 77),  # an accented second word
    ("zh", "zh-hrc-annex", "2022年届会", 2022),  # ECOSOC's yearly session as its Chinese cover prints it
])
def test_a_session_label_as_the_un_prints_it_reads_back(code, sample, label, number):
    res = from_json((ROOT / "samples" / "valid" / f"{sample}.json").read_bytes())
    res = replace(res, metadata=replace(res.metadata, session=Session(number=number, label=label)))
    assert parse_text(render_text(res), code).metadata.session.label == label


def test_offsets_compare_where_they_fall_in_the_normal_form():
    # A Chinese line-join space before a mark moves it one character, and is no difference.
    from text_roundtrip import _gap, _normal_refs, differences

    gap = _gap("zh")
    original = {"text": "公约》 强调", "footnote_refs": [{"marker": "1", "offset": 3}]}
    back = {"text": "公约》强调", "footnote_refs": [{"marker": "1", "offset": 3}]}
    shifted = {"text": "公约》 强调", "footnote_refs": [{"marker": "1", "offset": 4}]}
    assert differences(_normal_refs(original, gap), _normal_refs(back, gap), gap=gap) == []
    assert differences(_normal_refs(shifted, gap), _normal_refs(back, gap), gap=gap) == []  # (after the space)
    moved = {**back, "footnote_refs": [{"marker": "1", "offset": 2}]}
    assert differences(_normal_refs(moved, gap), _normal_refs(back, gap), gap=gap)


def test_the_spaces_a_chinese_text_loses_are_those_the_reader_removes():
    # Beside a Chinese character the reader removes a space in a Chinese text (a layout's or a line
    # join's), also after an ASCII bracket or a quote ("(《公约》) 的", "“未来” 的"); in other
    # languages it keeps every space, and so does the comparison.
    from text_roundtrip import _gap, differences

    from unres.langs import lang
    from unres.text.marked import normalize_text

    printed, read = {"t": "(《公约》) 的规定，“未来” 的成果"}, {"t": "(《公约》)的规定，“未来”的成果"}
    assert normalize_text(lang("zh"), printed["t"]) == read["t"]  # (what the reader does)
    assert normalize_text(lang("en"), printed["t"]) == printed["t"]
    assert differences(printed, read, gap=_gap("zh")) == []
    assert differences(printed, read, gap=_gap("en")) != []
    assert differences({"t": "a  b"}, {"t": "a b"}, gap=_gap("zh")) != []  # (no Chinese beside: a difference)


def _sample(code: str):
    return from_json((ROOT / "samples" / "valid" / f"{SAMPLE_OF.get(code, code)}.json").read_bytes())


# Cover items as the UN prints them, which the language tables did not read (each an example of
# its class from the General Assembly's 77th session and ECOSOC's 2022 files).
@pytest.mark.parametrize(("code", "field", "value"), [
    # an Arabic sub-item of a doubled letter, printed with a space between
    ("ar", "agenda", "99 (ط ط)"),
    # a French origin "sur recommandation de …" (without "la")
    ("fr", "origin", "sur recommandation de la Commission de statistique (E/2022/24)"),
    # the resolution number of an emergency special session, in every language
    *[(c, "number", "ES-11/6") for c in ("en", "es", "fr", "ru", "zh")],
    ("ar", "number", "دإط-11/6"),
    # an emergency special session's label
    ("en", "session", "Eleventh emergency special session"),
    ("ar", "session", "الدورة الاستثنائية الطارئة العاشرة"),
])
def test_a_cover_item_as_the_un_prints_it_reads_back(code, field, value):
    from unres.model import AgendaItem

    sample = {"fr": "fr-hrc-without-vote", "es": "es-ga-acclamation"}.get(code, code)
    res = _sample(sample)
    md = res.metadata
    if field == "agenda":
        res = replace(res, agenda_items=(AgendaItem(value, "نزع السلاح العام الكامل", 99, "ط ط"),))
    elif field == "origin":
        res = replace(res, metadata=replace(md, origin=value))
    elif field == "number":
        res = replace(res, metadata=replace(md, resolution_number=value))
    else:
        res = replace(res, metadata=replace(md, session=Session(number=None, label=value)))
    back = parse_text(render_text(res), code)
    got = {"agenda": lambda: back.agenda_items[0].number, "origin": lambda: back.metadata.origin,
           "number": lambda: back.metadata.resolution_number, "session": lambda: back.metadata.session.label}[field]()
    assert got == value
    if field == "number":
        assert back.metadata.title == md.title


def test_a_heading_longer_than_a_wrapped_line_reads_back_where_lines_are_not_wrapped():
    # rule heading: in text of one paragraph to a line (the writer's), a heading holds as many
    # characters as it has; in text wrapped at the page's width it is never longer than HEADING_MAX.
    res = _sample("en-sc-headings")
    long = ("Group of Independent Eminent Experts on the Implementation of the Durban Declaration and "
            "Programme of Action")
    op = replace(res.operative[-1], headings=(long,))
    res = replace(res, operative=res.operative[:-1] + (op,))
    assert parse_text(render_text(res), "en").operative == res.operative


def test_notes_printed_after_the_annexes_keep_their_marks_in_the_body():
    # rule endnotes-from-foot-block: the writer prints the notes after the annexes; a note whose
    # mark is in an annex has its mark, and the notes are not taken back from the body.
    from unres.model import Annex, AnnexParagraph, Footnote, FootnoteRef

    res = _sample("en-ga-recorded")
    annex = Annex("Terms of reference", (AnnexParagraph("The Group of Friends shall meet twice a year.",
                                                        (FootnoteRef("2", 20),)),), "Annex")
    res = replace(res, annexes=(annex,), footnotes=res.footnotes + (Footnote("2", "A/79/300."),))
    back = parse_text(render_text(res), "en")
    assert back.preamble == res.preamble and back.footnotes == res.footnotes and back.annexes == res.annexes


def _table_annex():
    from unres.model import Annex, AnnexParagraph, Cell, FootnoteRef, Row, Table

    head = Row((Cell("", True, 1, 2), Cell("Gross", True), Cell("", True), Cell("Net", True)))
    unit = Row((Cell("(United States dollars)", True, 3),))
    body = (Row((Cell("Appropriation"), Cell("78 992 300"), Cell("72 288 600", colspan=2))),
            Row((Cell("Of which:", rowspan=2), Cell("", colspan=3))),
            Row((Cell("a | b \\ c", footnote_refs=(FootnoteRef("2", 5),)), Cell("^^"), Cell("x"))),
            Row((Cell("Total", True), Cell("**x**"), Cell("**", True))),
            Row(()))
    first = Table(0, (head, unit, *body), "Budget for 2023")
    last = Table(2, (Row((Cell("Total"), Cell("1"))),))
    paragraphs = (AnnexParagraph("The estimates are as follows:"),
                  AnnexParagraph("The Assembly approves them.", headings=("Approval",), number="1."))
    return Annex("Estimates", paragraphs, "Annex", (first, last))


def test_an_annex_table_reads_back_with_its_spans_header_rows_and_caption():
    # rule annex-table: the table form of plain text carries what the model's tables hold
    from unres.model import Footnote

    res = _sample("en-ga-recorded")
    res = replace(res, annexes=(_table_annex(),), footnotes=res.footnotes + (Footnote("2", "A/79/300."),))
    text = render_text(res)
    assert "| Appropriation | 78 992 300 | 72 288 600 ||" in text  # (one row to a line, as printed)
    back = parse_text(text, "en")
    assert back.annexes == res.annexes and back.footnotes == res.footnotes


def test_a_table_is_printed_as_a_human_reads_one():
    from unres.model import Cell, Row, Table
    from unres.text.tables import table_lines

    t = Table(0, (Row((Cell("Category", True), Cell("Posts", True))), Row((Cell("Professional", colspan=2),)),
                  Row((Cell("General Service", rowspan=2), Cell("4"))), Row((Cell("(1 temporary)"),)),
                  Row((Cell("Total", True), Cell("6")))), "Posts")
    assert table_lines(t, lambda c: c.text) == [
        ": Posts", "| Category | Posts |", "|---|---|", "| Professional ||", "| General Service | 4 |",
        "| ^^ | (1 temporary) |", "| **Total** | 6 |"]


def test_an_annex_that_is_a_title_and_a_table_keeps_its_title():
    # annex-title: the title's line has a table after it (A/RES/77/261: an annex that is a title
    # and a table), which it heads as it would a paragraph
    from unres.model import Annex

    res = _sample("en-ga-recorded")
    annex = _table_annex()
    res = replace(res, annexes=(Annex("Financing", (), None, (replace(annex.tables[1], position=0),)),))
    assert parse_text(render_text(res), "en").annexes[0].title == "Financing"


def test_the_sample_with_an_annex_table_reads_back():
    # rule annex-indented-items: an annex paragraph's list, printed indented under it, comes back
    # as its list; the annex, its table's row heading "Total" too, reads back.
    res = _sample("fr-ga-annex-table")
    assert res.annexes and res.annexes[0].tables and res.annexes[0].paragraphs[1].subparagraphs
    text = render_text(res)
    assert "\n\n    a) du budget ordinaire ;\n" in text
    assert parse_text(text, "fr").annexes == res.annexes


def test_an_annex_paragraphs_list_and_the_annexs_labelled_paragraphs_read_back_apart():
    # rule annex-indented-items: "(a)" at the margin after "1. … by:" is a paragraph of the annex
    # (as the UN's annexes mostly print them), "a." indented under "2. … as follows:" an item of its
    # list, "i." further in an item of that item's.
    from unres.model import Annex, AnnexParagraph, SubParagraph

    res = _sample("en-ga-recorded")
    inner = (SubParagraph("i.", "Plates of steel;"),)
    items = (SubParagraph("a.", "Body armour, as follows:", subparagraphs=inner), SubParagraph("b.", "Helmets."))
    paragraphs = (AnnexParagraph("The keepers shall keep the lamps lit by:", number="1."),
                  AnnexParagraph("Cleaning the lenses;", number="(a)"),
                  AnnexParagraph("Trimming the wicks.", number="(b)"),
                  AnnexParagraph("The following items are subject to notification, as follows:", number="2.",
                                 subparagraphs=items))
    res = replace(res, annexes=(Annex("Items", paragraphs, "Annex"),))
    assert parse_text(render_text(res), "en").annexes == res.annexes


def test_a_raised_mark_at_a_paragraphs_end_before_a_chinese_date_is_a_mark():
    # rule mark-raised: "报告。¹" and then the adoption date "2024年4月4日" on the next line; plain
    # digits there ("…、1" / "998年") would begin a number the line break cut, raised ones never.
    from unres.model import Footnote, FootnoteRef

    res = _sample("zh-hrc-annex")
    op = res.operative[-1]
    op = replace(op, footnote_refs=(FootnoteRef("1", len(op.text)),))
    res = replace(res, operative=res.operative[:-1] + (op,), footnotes=(Footnote("1", "A/77/600。"),))
    assert f"{op.text}¹\n\n2024年4月4日" in render_text(res)
    back = parse_text(render_text(res), "zh")
    assert back.operative == res.operative and back.footnotes == res.footnotes


def test_sections_whose_numbers_run_on_are_headings_not_parts():
    # rule parts-in-sections: "I", "II" sections that each number from 1 are parts (a budget
    # resolution's); where the numbers run on through them (the law of the sea's) they are headings.
    text = (ROOT / "tests" / "fixtures" / "layout" / "parts-in-sections.txt").read_text(encoding="utf-8")
    text = text.replace(" 1. Requests", " 3. Requests").replace(" 2. Decides", " 4. Decides")
    res = parse_text(text, "en")
    assert res.parts == () and [op.number for op in res.operative] == ["1", "2", "3", "4"]
    assert res.operative[2].headings == ("II", "Evaluation of the activities")


def test_a_label_typed_with_a_cyrillic_lookalike_opens_its_sub_paragraph():
    # "а)" (Cyrillic а) then "b)", as the UN's Russian texts type them: the first is a label too.
    from unres.model import SubParagraph

    res = _sample("ru-ecosoc-consensus")
    op = replace(res.operative[0], text="настоятельно призывает все государства:",
                 subparagraphs=(SubParagraph("а)", "принимать все меры;"), SubParagraph("b)", "соблюдать стандарты;"),
                                SubParagraph("с)", "сообщать о мерах;")))
    res = replace(res, operative=(op,) + res.operative[1:])
    back = parse_text(render_text(res), "ru").operative[0]
    assert (back.text, back.subparagraphs) == (op.text, op.subparagraphs)


def test_a_long_unfinished_line_without_blank_lines_is_no_heading():
    # rule heading: the longer headings of the writer's layout are for text whose paragraphs stand
    # between blank lines; one paragraph to a line without them (a "lines" extraction), a long line
    # that lost its final punctuation stays the paragraph it is.
    lost = ("Reaffirming the general principles underlying the financing of peacekeeping operations, as stated "
            "in its resolutions 1874 (S-IV) of 27 June 1963 and 55/235 of 23 December 2000")
    text = "\n".join(["A/RES/85/308", "General Assembly", "85/308. Financing of the Force", "The General Assembly,",
                      "Recalling its resolution 47/236 of 14 September 1993,", lost,
                      "Noting with appreciation the voluntary contributions made to the Force,",
                      "Bearing in mind the need to provide the Force with the resources it needs,",
                      "1. Requests the Secretary-General to entrust the Head of Mission with the task of formulating "
                      "future budget proposals in full accordance with the provisions of its resolutions on the "
                      "matter, as well as other relevant resolutions, and to report thereon in the context of the "
                      "next budget of the Force, with the information the Assembly asked for;",
                      "2. Decides to remain seized of the matter.", "30 June 2031"]) + "\n"
    res = parse_text(text, "en")
    # (Unfinished, it goes on with the next line, as flat text's lines do; never left out as a heading.)
    assert any(p.text.startswith(lost) for p in res.preamble.paragraphs) and res.operative[0].headings == ()


# The UN's Arabic ECOSOC covers print the body's formula, without its comma, where the body's name
# stands; the UN's AKN keeps that line as docAuthority, so the model's body_name is the line as
# printed (the language table's `cover_names`), and plain text must read it back as the name.
ECOSOC_AR = """E/RES/2031/4

Distr.: General

2 آب/أغسطس 2031

إن المجلس الاقتصادي والاجتماعي

دورة عام 2031

البند 2 من جدول الأعمال

المنارات والملاحة الساحلية

2031/4. المنارات والملاحة الساحلية

إن المجلس الاقتصادي والاجتماعي،

إذ يشير إلى قراره 2030/4،

1 - يقرر أن يبقي المسألة قيد نظره.

الجلسة العامة 21
20 تموز/يوليه 2031
"""


def test_the_formula_an_arabic_ecosoc_cover_prints_for_the_name_is_the_body_name():
    parsed = parse_text(ECOSOC_AR, "ar")
    md = parsed.metadata
    assert (md.body, md.body_name) == ("ECOSOC", "إن المجلس الاقتصادي والاجتماعي")
    assert parse_text(render_text(parsed), "ar").metadata.body_name == md.body_name


def test_lists_under_successive_items_that_letter_on_read_back_under_their_items():
    # label-nesting, run-on lettering: "(ii)" has no colon, and "(c)" is no first label, but it
    # letters on from "(b)" under "(i)": it opens "(ii)"'s own list, as the UN-AKN reader reads it.
    from unres.model import SubParagraph

    res = _sample("en-ga-recorded")
    items = (SubParagraph("(i)", "Protection of civilians", subparagraphs=(
                 SubParagraph("(a)", "To patrol the roads;"), SubParagraph("(b)", "To guard the camps;"))),
             SubParagraph("(ii)", "Disarmament and demobilization", subparagraphs=(
                 SubParagraph("(c)", "To collect the weapons;"), SubParagraph("(d)", "To advise the Government;"))),
             SubParagraph("(iii)", "Security sector reform", subparagraphs=(
                 SubParagraph("(e)", "To train the police;"),)))
    op = replace(res.operative[0], text="Decides that the mission's tasks are the following:", subparagraphs=items)
    res = replace(res, operative=(op,) + res.operative[1:])
    back = parse_text(render_text(res), "en").operative[0]
    assert back.subparagraphs == items


def test_a_cyrillic_lookalike_label_after_an_inner_list_goes_on_with_the_outer_list():
    # label-nesting with a look-alike: "с)" (Cyrillic с, as the UN's Russian texts type it) after the
    # (i)-(ii) list under "b)" continues "b)" (labels.continues folds the look-alike), not that list.
    from unres.labels import continues
    from unres.model import SubParagraph

    assert continues("b)", "с)") and continues("с)", "d)") and not continues("b)", "е)")
    res = _sample("ru-ecosoc-consensus")
    items = (SubParagraph("a)", "Защита гражданских лиц"),
             SubParagraph("b)", "Поддержка мирного процесса", subparagraphs=(
                 SubParagraph("i)", "оказывать добрые услуги;"), SubParagraph("ii)", "оказывать содействие;"))),
             SubParagraph("с)", "Мониторинг нарушений", subparagraphs=(SubParagraph("i)", "проводить мониторинг;"),)),
             SubParagraph("d)", "Помощь в проведении выборов;"))
    op = replace(res.operative[0], text="постановляет, что мандат включает следующие задачи:", subparagraphs=items)
    res = replace(res, operative=(op,) + res.operative[1:])
    back = parse_text(render_text(res), "ru").operative[0]
    assert back.subparagraphs == items


@pytest.mark.parametrize(("code", "sample"), [("fr", "fr-hrc-without-vote"), ("ru", "ru-ecosoc-consensus")])
def test_roman_labels_with_a_full_stop_read_back_as_labels(code, sample):
    # The Security Council's French and Russian texts label items "i.", "ii." … "vi." (the language
    # table's label style ["", "roman", "."]): "iii." and "vi." are labels, not text.
    from unres.model import SubParagraph

    res = _sample(sample)
    items = tuple(SubParagraph(f"{n}.", f"point {k} ;") for k, n in enumerate(("i", "ii", "iii", "iv", "v", "vi")))
    op = replace(res.operative[0], text="décide que la mission s’occupera des questions suivantes :",
                 subparagraphs=items)
    res = replace(res, operative=(op,) + res.operative[1:])
    back = parse_text(render_text(res), code).operative[0]
    assert back.subparagraphs == items


def test_an_annex_heading_longer_than_the_bodys_lines_reads_back_where_lines_are_not_wrapped():
    # rule annex-layout-of-body: in text of one paragraph to a line, the annex's own long lines, not
    # a short body's, say how long a full line is (A/RES/77/289's annex: "Priority 4: …", a heading
    # of 145 characters, after a body whose longest paragraphs hold some 200).
    from unres.model import Annex, AnnexParagraph

    res = _sample("en-ga-recorded")
    heading = ("Priority 4: Keeping lighthouses lit for effective navigation and to guide ships home in fog, "
               "storm, darkness and heavy seas")
    body = " ".join(["The keepers shall keep the lamps of the lighthouses lit from dusk to dawn,"] * 6)
    paragraphs = tuple(AnnexParagraph(f"{body} {k}.", number=f"{k}.") for k in range(1, 6))
    paragraphs += (AnnexParagraph("The Group of Friends shall meet twice a year.", number="6.", headings=(heading,)),)
    res = replace(res, annexes=(Annex("Declaration", paragraphs, "Annex"),))
    assert len(heading) > 0.7 * max(len(p.text) for p in res.preamble.paragraphs + res.operative)
    assert parse_text(render_text(res), "en").annexes == res.annexes


def test_a_session_known_by_its_dates_alone_reads_back():
    # rule session-dates-alone: the UN's files of some Human Rights Council resolutions give the
    # session its dates and no label; the writer prints the dates, the reader reads them back
    res = _sample("en-ga-recorded")
    res = replace(res, metadata=replace(res.metadata, session=Session(None, None, "2036-03-02", "2036-04-03")))
    text = render_text(res)
    assert "2 March 2036–3 April 2036" in text
    found, _, _ = compare(to_dict(res), to_dict(parse_text(text, "en")))
    assert found == []


def test_a_chinese_section_numbered_eleven_heads_its_paragraph():
    # numbering.json: after ㈩ the UN prints (十一), (十二)… in brackets; a section's bare "十一" (the
    # General Assembly's Chinese budget resolutions: "十一" / "能力建设") is a heading, no label
    from unres.langs import lang
    from unres.model import OperativeParagraph
    from unres.text.openings import label

    assert label(lang("zh"), "十一") is None and label(lang("zh"), "(十一) 利用现有区域机制")[0] == "(十一)"
    res = _sample("zh-hrc-annex")
    section = OperativeParagraph("2", "决定继续审议这一问题。", opening="决定", headings=("十一", "能力建设"))
    ops = (*res.operative, section)
    res = replace(res, operative=ops)
    assert parse_text(render_text(res), "zh").operative == res.operative


@pytest.mark.parametrize("code", ["fr", "ru"])
def test_items_labelled_with_a_number_and_a_bracket_read_back(code):
    # the language tables' numbering.sub: "1)", "2)" label the items of an item's list in French and
    # Russian as in Spanish (S/RES/2713: "i) …" / "1) que cette évaluation …" / "2) qu'un objectif …")
    from unres.model import OperativeParagraph, SubParagraph

    res = _sample({"fr": "fr-hrc-without-vote", "ru": "ru-ecosoc-consensus"}[code])
    inner = (SubParagraph("1)", "première chose ;"), SubParagraph("2)", "deuxième chose ;"))
    items = (SubParagraph("a)", "ce qui suit :", subparagraphs=inner), SubParagraph("b)", "la fin."))
    op = replace(res.operative[-1], subparagraphs=items, wrap_up=None)
    res = replace(res, operative=res.operative[:-1] + (op,))
    back = parse_text(render_text(res), code).operative[-1]
    assert back.subparagraphs == items and isinstance(back, OperativeParagraph)


def test_a_chinese_list_that_runs_past_ten_reads_back_as_one_list():
    # labels.continues: ㈠…㈩ then (十一), (十二) (numbering.json's cjk_paren, whose later labels have
    # their brackets in the table) go on with one list, under its item (E/RES/2023/4 zh)
    from unres.labels import continues
    from unres.model import SubParagraph

    assert continues("㈩", "(十一)") and continues("(十一)", "(十二)") and not continues("(a)", "b)")
    res = _sample("zh-hrc-annex")
    circled = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
    inner = tuple(SubParagraph(x, f"第{k + 1}项行动；") for k, x in enumerate([*circled, "(十一)", "(十二)"]))
    items = (SubParagraph("(a)", "考虑采取下列行动：", subparagraphs=inner), SubParagraph("(b)", "鼓励委员会。"))
    op = replace(res.operative[-1], subparagraphs=items, wrap_up=None)
    res = replace(res, operative=res.operative[:-1] + (op,))
    assert parse_text(render_text(res), "zh").operative[-1].subparagraphs == items


def test_a_ligature_the_reader_folds_compares_as_its_letters():
    # text_roundtrip's normal form: the UN-AKN reader keeps "ﻷ" (a ligature of two letters) as
    # written, the text reader reads its letters "لأ" (A/RES/77/238 ar): no difference; another
    # letter is one.
    from text_roundtrip import differences

    assert differences({"t": "المنشطات اﻷمفيتامينية"}, {"t": "المنشطات الأمفيتامينية"}) == []
    assert differences({"t": "المنشطات اﻷمفيتامينية"}, {"t": "المنشطات الامفيتامينية"}) != []


def test_english_items_labelled_with_a_number_in_brackets_read_back():
    # en table's numbering.sub: "(1)", "(2)" label items ("… the measures listed below:" / "(1) UNISFA
    # and JBVMM Patrols: …", S/RES/2609 (2021))
    from unres.model import SubParagraph

    res = _sample("en-ga-recorded")
    items = (SubParagraph("(1)", "Patrols: Achieve full freedom of movement;"),
             SubParagraph("(2)", "Team sites: Support the team sites."))
    op = replace(res.operative[-1], text="Determines that both parties should take the measures listed below:",
                 subparagraphs=items, wrap_up=None)
    res = replace(res, operative=res.operative[:-1] + (op,))
    assert parse_text(render_text(res), "en").operative[-1].subparagraphs == items
