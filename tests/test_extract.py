"""PDF and Word input (unres.extract): each stage alone on runs placed by hand, then whole files
printed by tests/typeset.py from the project's sample models in all six languages and read back,
then (corpus tests) UN resolutions of every language and body."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace

import pytest

from unres.extract import docx_text, pdf_text, read_docx, read_pdf, sniff
from unres.extract.hints import CONTEXT, Hints, Mark, Opening, apply_hints, italic_opening, key, squeeze
from unres.extract.layout import Page, Rule, Run, Upright, build_lines, lay_out, quotes_by_place, unmirror
from unres.jsonio import from_json
from unres.model import Footnote, FootnoteRef, OperativeParagraph, PreambularParagraph, Resolution, SubParagraph
from unres.problems import UnresError
from unres.text.parse import parse_text

from conftest import ROOT, SAMPLES, corpus_or_skip
from structure import difference, fixture_model, markup_slip, printed_shape, shape
from typeset import missing_fonts, to_docx, to_pdf

# Samples of schema 1.1 shapes the text reader (which reads extracted PDF and Word text) does not read
# yet: the vote modalities acclamation, silence procedure and unanimous in writing, and a symbol naming
# a range of parts. Strict: the mark must go when the text reader learns them (issue 19, text side).
# Printed as PDF, this Security Council sample's Chinese openings (slanted, as Word prints
# italics in a font without an italic face) are not found; its text and Word forms read right.
NOT_YET_READ_FROM_PDF = {"zh-sc-unanimous-in-writing": "openings not found in this PDF"}
VALID = sorted((SAMPLES / "valid").glob("*.json"))


def _marked(not_yet: dict[str, str]) -> list:
    return [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=not_yet[p.stem])) if p.stem in not_yet
            else p for p in VALID]


VALID_PDF = _marked(NOT_YET_READ_FROM_PDF)
VALID_DOCX = VALID
A4 = (595.0, 842.0)


def needs_fonts(code: str) -> None:
    missing = missing_fonts(code)
    if missing:
        pytest.skip(f"fonts for {code} fixtures not installed ({', '.join(missing)}); .ci/run installs "
                    "fonts-noto-core and fonts-wqy-zenhei")


def fpdf_or_skip() -> None:
    pytest.importorskip("fpdf", reason="fpdf2 (the test extra) prints the PDF fixtures")


# -- stages alone -------------------------------------------------------------------------------
def _line(text: str, x: float, y: float, size: float = 11.0, **kw) -> Run:
    return Run(text, x, x + 0.5 * size * len(text), y, size, **kw)


def test_a_raised_small_run_is_a_mark_given_beside_the_text():
    def runs() -> list[Run]:
        return [_line("Recalling its resolution 70/1,", 72, 700), Run("1", 240, 244, 704, 7.0),
                _line("and further", 249, 700)]

    (line,) = build_lines(runs())
    assert [r.sup for r in line.runs] == [False, True, False]
    shown, _ = lay_out([Page(*A4, runs=runs())], shown=True)
    assert "70/1,1 and further" in shown  # what --pdf-text shows
    text, hints = lay_out([Page(*A4, runs=runs())])
    assert "70/1, and further" in text  # what the reader reads: the mark is a hint
    assert hints.marks == (Mark("1", "Recallingitsresolution70/1,", "andfurther"),)


def test_running_head_page_number_and_notes_are_found_by_position():
    body = [_line(f"line {k} of the body text that fills the page from its margin", 72, 760 - 14 * k)
            for k in range(1, 6)]
    page2 = [Run("A/RES/79/1", 470, 523, 805, 9.0), *body,
             Run("1", 72, 75, 104, 6.0), _line("A/79/100.", 78, 100, 8.0),
             Run("2/4    24-12345", 72, 140, 30, 8.0)]
    pages = [Page(*A4, runs=[_line("first page text of the resolution", 72, 760)]),
             Page(*A4, runs=page2, rules=[Rule(72, 200, 115)])]
    text, _ = lay_out(pages)
    second = text.split("\f")[1]
    assert "A/RES/79/1" not in second and "24-12345" not in second  # furniture left out
    assert "1 A/79/100." not in second  # the note is a hint, not text for the reader
    assert lay_out(pages, shown=True)[0].split("\f")[1].rstrip().endswith(" 1 A/79/100.")  # --pdf-text
    assert "line 5 of the body" in second


# -- ruled-table: a table a PDF draws as a grid of borders ------------------------------------------
def _grid_page(low: bool = False) -> Page:
    """A page with a paragraph and a three-column table drawn as Word draws a grid: each cell's top
    border over its columns, none inside "Conversion" (it spans two rows), one border over
    "Total" (it spans two columns), the bottom border; a mark in a cell, its note under the short
    footnote rule. low: the table in the page's lower part, where a footnote rule is looked for."""
    y0 = 300 if low else 650  # the table's top border
    xs = (72, 222, 372, 522)
    runs = [_line("1. Approves the posts set out below:", 90, y0 + 40)]
    rules = []
    rows = [[("Action", 0, True), ("Post", 1, True), ("Number", 2, True)],
            [("Conversion", 0, False), ("Pilot", 1, False), ("1", 2, False)],
            [(None, 0, False), ("Officer", 1, False), ("2", 2, False)],
            [("Total", 0, True), (None, 1, False), ("3", 2, False)]]
    for k, row in enumerate(rows):
        top = y0 - 20 * k
        for text, col, bold in row:
            if text is not None:
                runs.append(_line(text, xs[col] + 4, top - 14, bold=bold))
        if k == 1:
            runs.append(Run("4", 382 + 5.5, 386 + 5.5, top - 10, 6.0))  # "1" + the raised mark 4
        spans = {0: [(0, 1), (1, 2), (2, 3)], 1: [(0, 1), (1, 2), (2, 3)], 2: [(1, 2), (2, 3)], 3: [(0, 2), (2, 3)]}
        rules += [Rule(xs[a], xs[b], top) for a, b in spans[k]]
    rules.append(Rule(72, 522, y0 - 80))
    runs.append(_line("2. Decides to keep the question under review.", 90, y0 - 100))
    runs += [Run("4", 72, 75, 104, 6.0), _line("Two of them seasonal.", 78, 100, 8.0)]
    rules.append(Rule(72, 200, 115))
    return Page(*A4, runs=runs, rules=rules, uprights=_sides(y0, y0 - 80))


def _sides(top: float, bottom: float, xs: tuple[float, ...] = (72, 522)) -> list[Upright]:
    """A table's sides (and columns' edges) drawn row by row, 20 points a row, as Word draws them."""
    return [Upright(x, max(bottom, y - 20), y) for x in xs for y in range(int(top), int(bottom), -20)]


def test_a_ruled_table_is_read_by_its_borders_into_plain_texts_table_form():
    from unres.extract.grid import grids

    page = _grid_page()
    (g,) = grids(page.rules, page.uprights, page.width)  # the footnote rule alone is no table
    assert len(g.edges) == 4 and len(g.levels) == 5
    text, hints = lay_out([page])
    assert ("| Action | Post | Number |\n|---|---|---|\n| Conversion | Pilot | 1 |\n| ^^ | Officer | 2 |\n"
            "| **Total** || 3 |\n") in text
    assert "\n\n2. Decides" in text  # the text after the table a paragraph of its own
    assert [(m.marker, m.before[-8:]) for m in hints.marks] == [("4", "ersionPilot1"[-8:])]
    assert hints.notes == (("4", "Two of them seasonal."),)


def test_a_tables_borders_low_on_the_page_are_no_footnote_rule():
    text, hints = lay_out([_grid_page(low=True)])
    assert "| ^^ | Officer | 2 |" in text and "2. Decides" in text
    assert hints.notes == (("4", "Two of them seasonal."),)


def test_a_frame_of_one_column_and_a_short_rule_are_no_table():
    from unres.extract.grid import grids

    frame = [Rule(72, 522, 600), Rule(72, 522, 500)]  # a box around text: one column
    assert grids(frame, _sides(600, 500), A4[0]) == []
    assert grids([Rule(72, 200, 115)], [], A4[0]) == []  # a footnote rule
    # Borders of cells without the table's sides: no grid (its rows cannot be told from text between)
    assert grids([Rule(72, 222, 600), Rule(222, 522, 600), Rule(72, 522, 580)], [], A4[0]) == []


def test_table_form_header_rows_are_the_first_rows_in_bold_and_the_empty_rows_under_them():
    from unres.text.tables import form_lines

    head, spacer = [("Action", 1, True), ("Number", 1, True)], [("", 1, False), ("", 1, False)]
    body, total = [("New post", 1, False), ("1", 1, False)], [("Total", 1, True), ("1", 1, False)]
    assert form_lines([head, spacer, body, total]) == [
        "| Action | Number |", "|  |  |", "|---|---|", "| New post | 1 |", "| **Total** | 1 |"]
    assert form_lines([body, spacer]) == ["| New post | 1 |", "|  |  |"]  # no header: no rule
    # every row in bold: no rule (no row is the body), every cell a header cell
    assert form_lines([head, head]) == ["| **Action** | **Number** |"] * 2
    assert form_lines([head, body], header=2)[2] == "|---|---|"  # header rows given (Word's tblHeader)


def test_text_between_two_tables_is_no_row_of_either():
    from unres.extract.grid import grids

    cells = [Rule(72, 222, 700), Rule(222, 522, 700), Rule(72, 522, 680),  # a table of one row …
             Rule(72, 222, 600), Rule(222, 522, 600), Rule(72, 522, 580)]  # … text, and another
    got = grids(cells, _sides(700, 680) + _sides(600, 580), A4[0])
    assert [(g.top, g.bottom) for g in got] == [(700, 680), (600, 580)]


def test_a_row_border_drawn_in_one_stroke_still_parts_the_cells_that_hold_text():
    from unres.extract.grid import grids, rows
    from unres.extract.layout import build_lines

    rules = [Rule(72, 222, 700), Rule(222, 522, 700), Rule(72, 522, 680), Rule(72, 522, 660)]
    runs = [_line("Post", 76, 686), _line("Number", 226, 686), _line("Pilot", 76, 666), _line("2", 226, 666)]
    (g,) = grids(rules, _sides(700, 660), A4[0])
    got = [[(" ".join(r.text for ln in c.lines for r in ln), c.columns) for c in row]
           for row in rows(g, build_lines(runs), rtl=False)]
    assert got == [[("Post", 1), ("Number", 1)], [("Pilot", 1), ("2", 1)]]


def test_a_right_to_left_tables_cells_read_from_the_right():
    from unres.extract.grid import grids, rows
    from unres.extract.layout import build_lines

    rules = [Rule(72, 297, 700), Rule(297, 522, 700), Rule(72, 522, 680)]
    runs = [_line("left", 76, 686), _line("right", 301, 686)]
    (g,) = grids(rules, _sides(700, 680), A4[0])
    (row,) = rows(g, build_lines(runs), rtl=True)
    assert [c.lines[0][0].text for c in row] == ["right", "left"]


def test_last_line_alone_at_the_top_of_a_page_is_no_running_head():
    body = [_line(f"line {k} of the body text that fills the page from its margin", 72, 760 - 14 * k)
            for k in range(1, 6)]
    last = Page(*A4, runs=[Run("A/RES/79/1", 470, 523, 805, 9.0), _line("[Adopted without a vote.]", 72, 780),
                           Run("2    24-12345", 72, 140, 30, 8.0)])  # the page's foot is no text under it
    text, _ = lay_out([Page(*A4, runs=body), last])
    assert "[Adopted without a vote.]" in text.split("\f")[1]
    assert "A/RES/79/1" not in text and "24-12345" not in text


def test_cover_columns_keep_a_wide_gap():
    runs = [_line("United Nations", 72, 780, 12), _line("A/RES/79/1", 470, 780, 10)]
    text, _ = lay_out([Page(*A4, runs=runs)])
    first = text.splitlines()[0]
    assert first.startswith("United Nations") and first.endswith("A/RES/79/1") and "    " in first


def test_chinese_lines_get_no_spaces_between_characters():
    chars = "人权理事会回顾其决议"
    runs = [Run(c, 72 + 11 * k, 82 + 11 * k, 700, 11.0) for k, c in enumerate(chars)]
    text, _ = lay_out([Page(*A4, runs=runs)])
    assert chars in text


def test_the_body_size_is_that_of_the_room_taken_not_of_the_characters():
    # body-size-by-room: a Chinese page's ideographs (one run a line, 10.5 pt, lines 14 pt apart)
    # are fewer characters than the Latin symbols of its notes (8 pt): measured by characters, the
    # notes' size was taken for the body's, and a gap of 14 pt read as a paragraph break.
    chars = "又回顾不扩散核武器条约缔约国审议大会的成果和条约缔约国的决定"
    body = [Run(chars, 72, 72 + 10.5 * len(chars), 700 - 14 * k, 10.5) for k in range(4)]
    notes = [Run(f"{k} NPT/CONF.2000/28 (Parts I and II)/Corr.2, NPT/CONF.2010/50 (Vol. I), A/77/{k}00.",
                 72, 400, 120 - 10 * k, 8.0) for k in range(1, 4)]
    text, _ = lay_out([Page(*A4, runs=body + notes, rules=[Rule(72, 200, 135)])])
    assert text.count(chars) == 4 and "\n\n" not in text.strip()  # one paragraph of four lines


def test_a_page_after_a_short_line_ending_with_a_comma_starts_a_paragraph():
    # short-line-before-page: a consideration ends short with its comma at a page's foot; the next
    # page opens at the margin with a heading (S/RES/2710 ar: "…الأمم المتحدة،" / "بعثة الاتحاد
    # الأفريقي…"), which is no continuation of the consideration.
    full = "Recalling its previous resolutions and statements of its President on the situation in"
    page1 = [_line(full, 72, 700 - 14 * k) for k in range(3)] + [_line("Acting under Chapter VII,", 72, 658)]
    page2 = [_line("African Union Transition Mission", 72, 760, bold=True), _line(full, 72, 746)]
    text, _ = lay_out([Page(*A4, runs=page1), Page(*A4, runs=page2)])
    assert "Acting under Chapter VII,\n\f\nAfrican Union" in text  # (the page break: a paragraph's end)


def test_chinese_line_broken_at_a_space_between_latin_runs_keeps_the_space():
    # cjk-break-at-space: Chinese breaks between any two characters, a run of Latin letters or
    # digits only at a space: "…通过了I" / "(70)号决定" was "I (70)", read as "I(70)" when the reader
    # joined the lines without a space. A hyphen at a line end may break a word ("COVID-" / "19").
    def chars(text: str, x: float, y: float) -> list[Run]:
        return [Run(c, x + 11 * k, x + 11 * (k + 1), y, 11.0) for k, c in enumerate(text)]

    lines = ["经济及社会理事会，", "注意到欧洲经济委员会第七十届会议通过了I", "(70)号决定，并注意到COVID-",
             "19疫情和第2175", "(2014)号决议，", "1. 决定继续处理此案。"]
    runs: list[Run] = []
    y = 760.0
    for k, t in enumerate(lines):
        y -= 30 if k in (1, 5) else 14  # a paragraph's first line is set in, after a gap
        runs += chars(t, 83 if k in (0, 1, 5) else 72, y)
    text, _ = lay_out([Page(*A4, runs=runs)])
    assert "通过了I (70)号决定" in text and "COVID-\n19疫情" in text and "第2175 (2014)号" in text
    res = parse_text(text, "zh").resolution
    assert res.preamble.paragraphs[0].text == ("注意到欧洲经济委员会第七十届会议通过了I (70)号决定，"
                                               "并注意到COVID-19疫情和第2175 (2014)号决议，")


def test_arabic_line_reads_in_logical_order():
    # Shown left to right: ".55/12" (the full stop ends the number in a right-to-left line), then
    # the Arabic words, which PDFium gives in reading order.
    runs = [Run(".", 300, 302, 700, 11), Run("55/12", 302, 330, 700, 11), Run(" التعذيب وغيره", 333, 400, 700, 11)]
    text, _ = lay_out([Page(*A4, runs=runs)])
    assert text.strip() == "التعذيب وغيره 55/12."


def test_mirrored_brackets_of_right_to_left_text_are_put_back():
    assert unmirror(")قواعد بانكوك(،") == "(قواعد بانكوك)،"  # mapped as the glyphs look
    assert unmirror("(قواعد بانكوك)،") == "(قواعد بانكوك)،"  # mapped as they stand for
    # Both ways in one line (fpdf2 maps a bracket by its context): each by where it stands.
    assert unmirror("1999 )S/PRST/1999/6) و 12 (S/PRST/2013/2( و") == "1999 (S/PRST/1999/6) و 12 (S/PRST/2013/2) و"
    assert unmirror("و2051)2012( المؤرخ") == "و2051(2012) المؤرخ"  # between two words: by balance
    assert unmirror("تنظيم داعش( ولتنظيم") == "تنظيم داعش) ولتنظيم"


def test_arabic_quotes_are_read_by_place():
    # PDFium gives an Arabic text's curly quotes mirrored or not, by its own reading of the line:
    # each is read by where it stands, as the UN writes Arabic (” opens, “ closes; ’ and ‘ alike).
    assert quotes_by_place("هو “تعزيز العمالة” و") == "هو ”تعزيز العمالة“ و"
    assert quotes_by_place("هو ”تعزيز العمالة“ و") == "هو ”تعزيز العمالة“ و"
    assert quotes_by_place("‘1’ المساعدة") == "’1‘ المساعدة"  # the UN's labels of a fourth level
    assert quotes_by_place("للتنفيذ”(، وأهداف") == "للتنفيذ“(، وأهداف"  # before a bracket either way round
    assert quotes_by_place("2127 (2013()“فريق الخبراء”) و") == "2127 (2013()”فريق الخبراء“) و"  # after one
    # Around Latin words too (as the UN's Arabic files write them); inside a word, left as read.
    assert quotes_by_place("الرقمي “Partner2Connect” (ا") == "الرقمي ”Partner2Connect“ (ا"
    assert quotes_by_place("Côte d’Ivoire") == "Côte d’Ivoire"


def _rtl(pieces: list[tuple[str, float]], y: float = 700, size: float = 10.5) -> list[Run]:
    """Runs of a right-to-left line as pieces left to right, each (text, gap before it in em): the
    text of an Arabic piece in reading order, of any other as shown."""
    runs, x = [], 100.0
    for text, gap in pieces:
        x += gap * size
        runs.append(Run(text, x, x + 0.5 * size * len(text), y, size))
        x = runs[-1].x1
    return runs


@pytest.mark.parametrize("pieces, want", [
    # Touching runs are one word, a space shows as its width (positions are advances).
    ([("المؤرخ", 0), ("18/11", 0.25), ("و", 0)], "و18/11 المؤرخ"),
    ([("18/11", 0), ("و", 0.25)], "و 18/11"),
    # A Latin stretch reads as shown, numbers and punctuation after its first word with it.
    ([(".", 0), ("United Nations, Treaty Series, vol. 729, No. 10485", 0), ("انظر", 0.25)],
     "انظر United Nations, Treaty Series, vol. 729, No. 10485."),
    ([("A/78/72-E/2023/59", 0), ("و", 0.25)], "و A/78/72-E/2023/59"),
    # Brackets around it stand in the Arabic text; those it opens are its own.
    ([("،", 0), (")", 0), ("SFOR", 0), ("(", 0), ("الاستقرار", 0.25)], "الاستقرار (SFOR)،"),
    ([(")", 0), ("A/73/12 (Part I)", 0), ("(", 0), ("رقم", 0.25)], "رقم (A/73/12 (Part I))"),
    # Numbers in Arabic text: a hyphen between two does not join them, a slash does.
    ([("10-4", 0), ("و", 0), ("3-1", 0.25), ("الغايتين", 0.25)], "الغايتين 1-3 و4-10"),
    ([("- 1", 0), ("تشجع", 0.25)], "تشجع 1 -"),
    # latin-punctuation-trails: a Latin comma glued to a Latin stretch at the line's end is its
    # own (the sentence goes on in Latin on the next line).
    ([("Assembly Resolutions in Force (as of 7 October 2022)", 0), (",", 0)],
     "Assembly Resolutions in Force (as of 7 October 2022),"),
])
def test_arabic_line_bidirectional_order_undone(pieces, want):
    arabic = _rtl([("إن الجمعية العامة، إذ تشير إلى قراراتها السابقة بشأن المسألة", 0)], 760)  # the text's direction
    text, _ = lay_out([Page(*A4, runs=[*arabic, *_rtl(pieces)])])
    assert text.splitlines()[-1].strip() == want


def test_numbers_of_a_line_without_arabic_keep_their_hyphen():
    # Shown as the bidirectional algorithm shows "23-12345 (A)" (its brackets mirrored).
    page = Page(*A4, runs=[*_rtl([("الأمم المتحدة", 0)], 760), *_rtl([(")A(", 0), ("23-12345", 0.25)], 700, 8.0)])
    text, _ = lay_out([page])
    assert "23-12345 (A)" in text


def test_hyphen_at_a_line_end_joins_as_the_language_table_says():
    # A suspended hyphen ("troop- and police-contributing") keeps its space; a hyphen inside a word
    # ("non-" / "governmental") joins without one. The layout gives the lines; the reader joins them.
    lines = ["The General Assembly,", "Recalling the role of troop-",
             "and police-contributing countries and of non-", "governmental organizations,",
             "1. Decides to remain seized of the matter."]
    runs = []
    y = 760.0
    for k, t in enumerate(lines):
        y -= 30 if k in (1, 4) else 14
        runs.append(_line(t, 90 if k in (0, 1, 4) else 72, y))
    text, _ = lay_out([Page(*A4, runs=runs)])
    res = parse_text(text, "en").resolution
    assert res.preamble.paragraphs[0].text == ("Recalling the role of troop- and police-contributing countries and "
                                               "of non-governmental organizations,")


def test_italic_opening_after_a_paragraph_number():
    pieces = [("3. ", False, False), ("Bearing firmly in mind", True, False), (" that the rule applies;", False, False)]
    assert italic_opening(pieces) == Opening(key("Bearing firmly in mind that the rule applies;"),
                                             "Bearing firmly in mind")
    assert italic_opening([("Decides", False, False), (" to act", False, False)]) is None


def test_hints_set_openings_from_italics_and_clear_those_without():
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    p0 = res.preamble.paragraphs[0]
    res = replace(res, preamble=replace(res.preamble, paragraphs=(
        replace(p0, opening="Recalling"), PreambularParagraph("Bearing in mind the rule,", "Bearing"))))
    hints = Hints((Opening(key(p0.text), "Recalling its"),), True)
    got = apply_hints(res, hints)
    assert got.preamble.paragraphs[0].opening == "Recalling its"
    assert got.preamble.paragraphs[1].opening is None  # not in italics: no opening phrase
    assert apply_hints(res, Hints()) == res  # a file without italics changes nothing


def test_marks_of_items_ending_alike_before_bracketed_labels_keep_their_items():
    # label-after-closing with a bracketed label, which the squeezed text keeps without its brackets:
    # items (a) and (b) end alike ("… y relatifs ;") and each has its note (A/RES/77/103 fr).
    end = ", ainsi que des commentaires y relatifs ;"
    subs = (SubParagraph("a)", "L’examen en seconde lecture du projet de conclusions" + end),
            SubParagraph("b)", "L’examen en seconde lecture du projet de principes" + end),
            SubParagraph("c)", "L’examen en première lecture du projet d’articles" + end))
    op = OperativeParagraph("1", "Se félicite de l’achèvement des travaux suivants :", subparagraphs=subs)
    res = replace(from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes()), operative=(op,), footnotes=())
    stream = squeeze(op.text) + "".join(squeeze(f"{s.label} {s.text}") for s in subs)
    marks = []
    for k, s in enumerate(subs[:2]):
        at = stream.index(squeeze(s.text)) + len(squeeze(s.text[:-2]))  # before " ;"
        marks.append(Mark(str(k + 1), stream[at - CONTEXT:at], stream[at:at + CONTEXT]))
    got = apply_hints(res, Hints(marks=tuple(marks), notes=(("1", "A/77/10."), ("2", "A/77/10, chap. V."))))
    assert [s.footnote_refs for s in got.operative[0].subparagraphs] == [
        (FootnoteRef("1", len(subs[0].text) - 2),), (FootnoteRef("2", len(subs[1].text) - 2),), ()]


def test_paragraphs_that_start_alike_take_their_italic_phrases_in_turn():
    # same-start-openings: the file set "Urges" in italics in one paragraph and "Urges Member States"
    # in the next, which starts with the same 48 characters; each keeps its own phrase.
    start = "Urges Member States, the United Nations and humanitarian organizations to "
    first = OperativeParagraph("1", start + "continue their support;", "Urges")
    second = OperativeParagraph("2", start + "strengthen their cooperation;", "Urges")
    res = replace(from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes()), operative=(first, second))
    hints = Hints((Opening(key(first.text), "Urges"), Opening(key(second.text), "Urges Member States")), True)
    assert key(first.text) == key(second.text)
    got = apply_hints(res, hints)
    assert [p.opening for p in got.operative] == ["Urges", "Urges Member States"]


def test_two_marks_a_few_words_apart_are_both_placed():
    # The 32 characters before the second mark reach back over the first one's place, and a
    # shorter context recurs further on (E/RES/2023/16 es: "1949³ y sus Protocolos … de 1977⁴").
    text = ("Recalling the Conventions of 12 August 1949 and their Additional Protocols of 1977, and the "
            "obligation to respect them, and the Additional Protocols of 1977 and 2005, as well as the law,")
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    res = replace(res, preamble=replace(res.preamble, paragraphs=(PreambularParagraph(text, "Recalling"),)),
                  footnotes=())
    bare = squeeze(text)
    at = [text.index("1949") + 4, text.index("1977") + 4, text.index("2005") + 4]
    marks = tuple(Mark(str(k + 1), bare[max(0, n - CONTEXT):n], bare[n:n + CONTEXT])
                  for k, n in enumerate(len(squeeze(text[:a])) for a in at))
    got = apply_hints(res, Hints(marks=marks, notes=(("1", "A."), ("2", "B."), ("3", "C."))))
    assert got.preamble.paragraphs[0].footnote_refs == tuple(FootnoteRef(str(k + 1), a) for k, a in enumerate(at))


def test_a_mark_before_the_closing_comma_is_placed_where_the_next_paragraphs_number_follows():
    # label-after-closing: two preambular paragraphs end with the same words; the note's mark is on
    # the last one, whose comma is followed by operative paragraph 1's number, which the model keeps
    # apart from the text (A/RES/77/284 es: "…y el Consejo de Europa¹," / "1. Acoge…").
    end = " la cooperación entre las Naciones Unidas y el Consejo de Europa,"
    first = PreambularParagraph("Recordando sus resoluciones anteriores relativas a" + end, "Recordando")
    last = PreambularParagraph("Tomando nota del informe del Secretario General sobre" + end, "Tomando nota")
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    res = replace(res, preamble=replace(res.preamble, paragraphs=(first, last)), footnotes=(),
                  operative=(OperativeParagraph("1", "Acoge con beneplácito la contribución del Consejo;"),))
    at = len(last.text) - 1  # before the comma
    before = squeeze(last.text[:at])[-CONTEXT:]
    mark = Mark("1", before, squeeze("," + "1. Acoge con beneplácito la contribución")[:CONTEXT])
    got = apply_hints(res, Hints(marks=(mark,), notes=(("1", "A/77/277."),)))
    assert got.preamble.paragraphs[0].footnote_refs == ()
    assert got.preamble.paragraphs[1].footnote_refs == (FootnoteRef("1", at),)


def test_a_wrapped_bold_heading_read_as_two_is_joined():
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    op = OperativeParagraph("1", "Takes note of the report;", headings=(
        "Financing", "Report on the budget for the period from 1 July 2021 to 30 June", "2022"))
    res = replace(res, operative=(op,))
    # The file set three bold lines, the last two as one paragraph.
    hints = Hints(headings=("Financing", "Report on the budget for the period from 1 July 2021 to 30 June 2022"))
    assert apply_hints(res, hints).operative[0].headings == (
        "Financing", "Report on the budget for the period from 1 July 2021 to 30 June 2022")
    two = Hints(headings=("Financing", "Report on the budget for the period from 1 July 2021 to 30 June", "2022"))
    assert apply_hints(res, two).operative[0].headings == op.headings  # set apart: three headings


# -- errors --------------------------------------------------------------------------------------
def test_legacy_word_file_is_refused_with_its_code():
    with pytest.raises(UnresError) as e:
        sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "a.doc")
    assert e.value.problems[0].code == "input-doc-legacy"


def test_pdf_without_text_layer_is_refused_with_its_code():
    fpdf_or_skip()
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 100, style="F")  # a page that is a picture, as a scan is
    with pytest.raises(UnresError) as e:
        read_pdf(bytes(pdf.output()), "scan.pdf")
    assert e.value.problems[0].code == "pdf-no-text"


@pytest.mark.parametrize("data,name,code", [
    (b"%PDF-1.7\nnot really", "x.pdf", "pdf-unreadable"),
    (b"plain text", "x.pdf", "pdf-unreadable"),
    (b"PK\x03\x04word/ broken zip", "x.docx", "docx-unreadable"),
])
def test_broken_files_give_located_errors(data, name, code):
    with pytest.raises(UnresError) as e:
        if sniff(data, name) == "pdf":
            read_pdf(data, name)
        else:
            read_docx(data, name)
    assert e.value.problems[0].code == code and e.value.problems[0].file == name


def test_docx_without_document_part_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/other.xml", "<x/>")
    with pytest.raises(UnresError) as e:
        read_docx(buf.getvalue(), "x.docx")
    assert e.value.problems[0].code == "docx-unreadable"


# -- whole files: the project's sample models in all six languages ------------------------------------
@pytest.mark.parametrize("path", VALID_PDF, ids=lambda p: p.stem)
def test_sample_model_printed_as_pdf_reads_back(path):
    fpdf_or_skip()
    res = from_json(path.read_bytes())
    needs_fonts(res.metadata.language)
    got, _ = read_pdf(to_pdf(res), path.name)
    assert difference(printed_shape(got), printed_shape(res)) is None


@pytest.mark.parametrize("path", VALID_DOCX, ids=lambda p: p.stem)
def test_sample_model_written_as_docx_reads_back(path):
    pytest.importorskip("docx", reason="python-docx (the test extra) writes the Word fixtures")
    res = from_json(path.read_bytes())
    got, _ = read_docx(to_docx(res), path.name)
    assert difference(printed_shape(got), printed_shape(res)) is None


def _long_resolution():
    """A synthetic English resolution long enough for running heads, page numbers and notes on
    several pages, with openings that no language table lists."""
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    words = ("the cooperation of coastal States in the study of tidal energy, its effects on marine life and "
             "the sharing of data among research institutions")
    pre = tuple(PreambularParagraph(f"{o} {words} ({k}),", o) for k, o in enumerate(
        ["Recalling", "Bearing firmly in mind", "Noting with appreciation", "Mindful"] * 8))
    ops = tuple(OperativeParagraph(str(k + 1), f"{o} {words} ({k});", o) for k, o in enumerate(
        ["Encourages", "Invites", "Requests the Secretary-General to weigh", "Decides"] * 10))
    ops = ops[:-1] + (replace(ops[-1], text=ops[-1].text[:-1] + "."),)

    def noted(p, marker):  # a note's mark after the paragraph's last word, before its punctuation
        return replace(p, footnote_refs=(FootnoteRef(marker, len(p.text) - 1),))

    pre = pre[:2] + (noted(pre[2], "1"),) + pre[3:]
    ops = ops[:10] + (noted(ops[10], "2"),) + ops[11:30] + (noted(ops[30], "3"),) + ops[31:]
    notes = (Footnote("1", "A/79/150."), Footnote("2", "A/79/151 and A/79/151/Corr.1."),
             Footnote("3", "Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 25 "
                           "(A/79/25), chap. IV."))
    return replace(res, preamble=replace(res.preamble, paragraphs=pre), operative=ops, footnotes=notes)


def test_long_pdf_reads_back_with_its_openings_and_pages():
    fpdf_or_skip()
    needs_fonts("en")
    res = _long_resolution()
    data = to_pdf(res)
    text = pdf_text(data)
    assert text.count("\f") >= 3  # several pages
    assert res.metadata.symbol not in text.split("\f")[2]  # running heads left out
    got, _ = read_pdf(data)
    assert difference(shape(got), shape(res)) is None
    assert got.preamble.paragraphs[1].opening == "Bearing firmly in mind"  # from the italics only


def test_arabic_pdf_mixing_scripts_reads_back():
    """What Arabic resolutions mix into their lines — symbols, Latin names and titles, numbers
    joined to "و", ranges, brackets around Latin and around Arabic — printed as Word shows them
    (the bidirectional algorithm over each paragraph) and read back in reading order."""
    fpdf_or_skip()
    needs_fonts("ar")
    pre = (
        PreambularParagraph("وإذ تشير إلى بياناتها المؤرخة 12 شباط/فبراير 1999 (S/PRST/1999/6) و 9 آب/أغسطس 2017 "
                            "(S/PRST/2017/14)، وإلى قراراتها 9/1 و18/11 و21/17،", "وإذ تشير"),
        PreambularParagraph("وإذ ترحب بعمل قوة تحقيق الاستقرار (SFOR)، وبالتقريرين A/78/72-E/2023/59 وS/2021/5، "
                            "وبالغايتين 1-3 و4-10 للفترة 2015-2030،", "وإذ ترحب"),
        PreambularParagraph("وإذ تلاحظ التقرير المعنون (حالة المناخ في العالم) الصادر عام 2023،",
                            "وإذ تلاحظ", (FootnoteRef("1", 65),)),
    )
    res, got = _arabic_pdf_with(pre, Footnote("1", "United Nations, Treaty Series, vol. 729, No. 10485."))
    assert difference(shape(got), shape(res)) is None


def test_an_arabic_notes_next_line_of_numbers_reads_right_to_left():
    # numbers-after-arabic in a note: "… الفقرات" / "19–22." — a range alone on the note's next
    # line is drawn right to left (19 at the right) as the paragraph is Arabic (A/RES/77/248 ar).
    from unres.extract.layout import _notes

    runs = [Run("(", 506.4, 508.2, 84.5, 5.2), Run("30", 508.2, 514.1, 84.5, 5.2), Run(")", 514.1, 515.9, 84.5, 5.2),
            Run("انظر المقرر 12/23، الفقرات", 392.8, 504.6, 81.0, 8.0),
            Run(".", 504.8, 506.5, 70.7, 8.0), Run("22", 506.5, 515.6, 70.7, 8.0), Run("–", 515.6, 518.1, 70.7, 8.0),
            Run("19", 518.1, 527.3, 70.7, 8.0)]
    ((mark, text),) = _notes(build_lines(runs), True)
    assert mark == "30" and text.endswith("الفقرات 19–22.")


def _arabic_pdf_with(pre: tuple[PreambularParagraph, ...], *notes: Footnote) -> tuple[Resolution, Resolution]:
    """An Arabic resolution with these considerations first (and these notes), printed as PDF and
    read back: (the model printed, the model read)."""
    res = from_json((SAMPLES / "valid" / "ar-ga-footnotes.json").read_bytes())
    # Paragraphs enough for the layout to find the line pitch.
    pre += tuple(PreambularParagraph(f"وإذ تؤكد من جديد أهمية التعاون الدولي (ولا سيما الإقليمي) في تبادل "
                                     f"البيانات بين المراكز الإقليمية والوطنية في جميع المناطق ({k})،",
                                     "وإذ تؤكد من جديد")
                 for k in range(1, 7))
    res = replace(res, preamble=replace(res.preamble, paragraphs=pre), footnotes=(*notes, *res.footnotes))
    got, _ = read_pdf(to_pdf(res))
    return res, got


def test_arabic_pdf_brackets_read_by_their_glyphs():
    """Rules `bracket-shapes` and `mark-on-space`, and a Latin stretch's own closing bracket: the
    brackets of an Arabic page are read by the glyph drawn (its ink, by the font's convention the
    page's plainly placed brackets show), so that nested brackets around Latin text come back
    whichever character the file maps a glyph to, and a bracket the text has the wrong way round
    (a UN slip, printed as typed) comes back as typed; a vowel sign typed after a space stays there."""
    fpdf_or_skip()
    needs_fonts("ar")
    pre = (
        # (Not cut by a line break: a Latin parenthesis that runs on to the next line is read a line
        # at a time, and "(SFOR)" opening a line is shown as its end would be — left as it was.)
        PreambularParagraph("وإذ تشير إلى الملحق رقم 12 (A/73/12 (Part I) و A/73/12 (Part II))، الجزء الثاني، "
                            "من الوثائق الرسمية للدورة الثالثة والسبعين،", "وإذ تشير"),
        PreambularParagraph("وإذ تشير إلى القرار 2568 (2021()والمشار إليه فيما يلي بالبعثة، وإلى عقد الأمم المتحدة "
                            "لاستعادة النظم الإيكولوجية (2021-2030( المتوخى منه اتقاء تدهورها،", "وإذ تشير"),
        PreambularParagraph("وإذ تلاحظ منشورات الأمم المتحدة، رقم المبيع ِA.94.I.18 والتصويبان، الفصل الأول،",
                            "وإذ تلاحظ"),
        # `ligature-order` ("الله" is one glyph) and `quote-by-place` around a Latin word.
        PreambularParagraph("وإذ ترحب بمبادرة ”Partner2Connect“ وبمركز الملك عبد الله بن عبد العزيز للحوار،",
                            "وإذ ترحب"),
    )
    res, got = _arabic_pdf_with(pre)
    assert difference(shape(got), shape(res)) is None
    assert [p.text for p in got.preamble.paragraphs[:4]] == [p.text for p in pre]


def test_docx_cover_table_stays_columns_and_a_body_table_takes_the_table_form():
    pytest.importorskip("docx", reason="python-docx (the test extra) writes the Word fixtures")
    res = from_json((SAMPLES / "valid" / "en-ga-operative-table.json").read_bytes())
    text = docx_text(to_docx(res))
    assert text.splitlines()[0].startswith("United Nations   ")  # docx-cover-table: before any text
    # docx-body-table: tblHeader rows above the rule, a vMerge continuation, a gridSpan of three
    # columns in bold, the note's mark in a cell (shown raised by --docx-text: "3" + "2")
    assert ("| Action | Title of post | Level | Number |\n|---|---|---|---|\n"
            "| New post | Lamp Keeper | GS (OL) | 32 |\n| Conversion | Pilot | P-3 | 1 |\n"
            "| ^^ | Harbour Officer | P-2 | 1 |\n| **Total** ||| 5 |\n") in text


@pytest.mark.parametrize("span", ["99999999999999", "²", "-1", "0", "x"])
def test_docx_body_table_with_a_hostile_column_span_keeps_its_text(span):
    pytest.importorskip("docx", reason="python-docx (the test extra) writes the Word fixtures")
    res = from_json((SAMPLES / "valid" / "en-ga-operative-table.json").read_bytes())
    src = zipfile.ZipFile(io.BytesIO(to_docx(res)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                assert b'w:gridSpan w:val="3"' in data
                data = data.replace(b'w:gridSpan w:val="3"', f'w:gridSpan w:val="{span}"'.encode())
            out.writestr(item, data)
    text = docx_text(buf.getvalue())  # no traceback, no table a billion columns wide
    (total,) = [ln for ln in text.splitlines() if "Total" in ln]
    assert total == "| **Total** | 5 |"  # the span not understood: one column, the text kept


def test_docx_numbering_and_notes_come_from_their_parts():
    pytest.importorskip("docx", reason="python-docx (the test extra) writes the Word fixtures")
    res = from_json((SAMPLES / "valid" / "ar-ga-footnotes.json").read_bytes())
    text = docx_text(to_docx(res))
    assert "1 - *تطلب" in text  # Word's number in the language's format, then the raised mark
    assert "2 A/79/200." in text.splitlines()[-1] or "2 A/79/200." in text  # the note, from footnotes.xml


def test_cli_converts_pdf_and_docx_and_shows_the_text_read(tmp_path, capsys):
    fpdf_or_skip()
    needs_fonts("en")
    from unres.cli import main

    res = from_json((SAMPLES / "valid" / "en-sc-headings.json").read_bytes())
    pdf, docx = tmp_path / "r.pdf", tmp_path / "r.docx"
    pdf.write_bytes(to_pdf(res))
    docx.write_bytes(to_docx(res))
    for src in (pdf, docx):
        out = tmp_path / (src.stem + src.suffix + ".json")
        assert main(["convert", str(src), "-o", str(out)]) == 0
        assert difference(shape(from_json(out.read_bytes())), shape(res)) is None
    assert main(["convert", str(pdf), "--pdf-text"]) == 0
    assert "The Security Council," in capsys.readouterr().out


def test_samples_pdf_and_docx_read_as_their_json():
    model = from_json((SAMPLES / "A-HRC-RES-35-8.zh.json").read_bytes())
    for suffix, reader in ((".pdf", read_pdf), (".docx", read_docx)):
        got, _ = reader((SAMPLES / f"A-HRC-RES-35-8.zh{suffix}").read_bytes())
        assert difference(shape(got), shape(model)) is None, suffix


# -- the corpus: UN resolutions of every language and body --------------------------------------------
LANGS = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}


@pytest.mark.corpus
@pytest.mark.parametrize("folder", sorted(LANGS))
def test_corpus_resolutions_printed_as_pdf_and_docx_read_back(folder):
    """One resolution per body in each language (the files a third into each body's list; UN
    markup slips left out); benchmarks/pdf_input.py measures 312. Floor: 3 in 4 per language and
    kind (the benchmark's figures are higher; a file here may fall in a class it lists)."""
    fpdf_or_skip()
    needs_fonts(LANGS[folder])
    from unres.akn.reader import from_akn

    corpus = corpus_or_skip("unxml")
    files = []
    for body in ("ecosoc", "ga", "hrc", "sc"):
        found = sorted(corpus.glob(f"{body}/**/{folder}/*.xml"))
        files += [f for f in found[len(found) // 3:] if not markup_slip(f)][:1]
    right = {"pdf": 0, "docx": 0}
    wrong = []
    for f in files:
        res = fixture_model(from_akn(f.read_bytes())[0])
        for kind, data, reader in (("pdf", to_pdf(res), read_pdf), ("docx", to_docx(res), read_docx)):
            got, _ = reader(data, f.name)
            if (d := difference(printed_shape(got), printed_shape(res))) is None:
                right[kind] += 1
            else:
                wrong.append(f"{kind} {f.name}: {d}")
    assert len(files) == 4
    assert right["pdf"] >= 3 and right["docx"] >= 3, wrong


def test_readme_shows_pdf_and_docx_input():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "unres convert samples/A-HRC-RES-35-8.zh.pdf" in readme
    assert "unres convert samples/A-HRC-RES-35-8.zh.docx" in readme


# Known gaps, not asserted: Chinese has no bold face in print (tests/typeset.py: the script's font has
# none), so a Chinese table's header rows cannot be told from its print; and A/RES/77/264 A-C in Arabic
# and Chinese does not read back through print on main either (its parts: not the tables).
TABLE_FILES = ("A_RES_77_258", "A_RES_77_264 A-C")


@pytest.mark.corpus
@pytest.mark.parametrize("folder", ["English", "French", "Russian", "Spanish"])
def test_corpus_budget_tables_printed_as_pdf_and_docx_read_back(folder):
    """ruled-table, docx-body-table, table-caption-line on the corpus' budget resolutions (staffing
    and appropriation tables between operative paragraphs, over several pages, cells spanning rows
    and columns): printed by tests/typeset.py and read back, the tables compared cell by cell."""
    fpdf_or_skip()
    needs_fonts(LANGS[folder])
    from unres.akn.reader import from_akn

    corpus = corpus_or_skip("unxml")
    files = [f for stem in TABLE_FILES for f in sorted((corpus / "ga" / "77session" / folder).glob(f"{stem}-*.xml"))]
    assert len(files) == 2
    for f in files:
        res = fixture_model(from_akn(f.read_bytes())[0])
        assert res.tables or any(p.tables for p in res.parts)
        for kind, data, reader in (("pdf", to_pdf(res), read_pdf), ("docx", to_docx(res), read_docx)):
            got, _ = reader(data, f.name)
            assert difference(printed_shape(got), printed_shape(res)) is None, f"{kind} {f.name}"
