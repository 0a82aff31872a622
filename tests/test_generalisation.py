"""The layout helpers of issue 22 (pdfvariants.py, blocktext.py over pages.py) and the measurement
that uses them (generalisation.py), on a made-up resolution (fixtures/generalisation/): each choice
does to the text what its docstring says, the draws are reproducible, and the comparison folds only
what a layout legitimately changes."""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

import blocktext
import pages
import pdfvariants
from akndoc import read_akn
from corpus_sets import DEVELOPMENT, HELD_OUT, akn_files, group_of, set_of
from corpus_text import _cmp_text, check_text, fold, markup_slips, numbered_in_sequence
from generalisation import failure_class, measure
from pages import with_choice

FIXTURE = Path(__file__).parent / "fixtures" / "generalisation" / "lighthouses.en.xml"
NAME = FIXTURE.name
UNXML = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unxml"


@pytest.fixture(scope="module")
def lighthouses():
    return read_akn(FIXTURE.read_bytes())


def _pdf(doc, **choices):
    # (the current print unless a test asks for an older one: the fixture's name draws "older" print)
    v = with_choice(pdfvariants.BASELINE, "older", "")
    for k, value in choices.items():
        v = with_choice(v, k, value)
    return pdfvariants.lay_out_as(doc, NAME, v)


def _blocks(doc, **choices):
    v = with_choice(blocktext.BASELINE, "older", "")
    for k, value in choices.items():
        v = with_choice(v, k, value)
    return blocktext.lay_out_as(doc, NAME, v)


def _lines(laid):
    return laid.text.split("\n")


def test_draws_are_reproducible_and_vary():
    assert pdfvariants.draw("A_RES_77_1_E.xml") == pdfvariants.draw("A_RES_77_1_E.xml")
    assert blocktext.draw("A_RES_77_1_E.xml") == blocktext.draw("A_RES_77_1_E.xml")
    drawn = {pdfvariants.draw(f"A_RES_77_{k}_E.xml") for k in range(1, 30)}
    assert len(drawn) == 29
    assert len({v.pages.rule for v in drawn}) > 2 and len({v.pages.width for v in drawn}) > 5


def test_fresh_draws_give_other_layouts_and_the_usual_ones_come_back():
    names = [f"A_RES_77_{k}_E.xml" for k in range(1, 30)]
    usual = [(pdfvariants.draw(n), blocktext.draw(n)) for n in names]
    # The usual draws are those the floors were set on: their seed is the kind and the file name alone.
    assert pages.rng_for("pdf", names[0]).random() == random.Random(
        int(hashlib.sha1(f"pdf:{names[0]}".encode()).hexdigest(), 16)).random()
    try:
        pages.use_draws("s2")
        fresh = [(pdfvariants.draw(n), blocktext.draw(n)) for n in names]
        assert fresh == [(pdfvariants.draw(n), blocktext.draw(n)) for n in names]  # reproducible
    finally:
        pages.use_draws("")
    assert sum(f != u for f, u in zip(fresh, usual, strict=True)) >= 25
    assert [(pdfvariants.draw(n), blocktext.draw(n)) for n in names] == usual


@pytest.mark.parametrize("module", [pdfvariants, blocktext])
@pytest.mark.parametrize("older", ["", "2000s", "1990s"])
def test_baselines_read_right(lighthouses, module, older):
    doc, exp = lighthouses
    laid = module.lay_out_as(doc, NAME, with_choice(module.BASELINE, "older", older))
    assert check_text(laid.text, exp, "en", laid.folds) == (True, "")


def test_pdf_baseline_prints_the_page_as_pdftotext(lighthouses):
    doc, _ = lighthouses
    lines = _lines(_pdf(doc))
    assert lines[:2] == ["United Nations", "A/RES/91/7"]
    assert " Noting the work of the regional lighthouse commissions in 20352, and the commissions’" in lines
    assert " 1 A/RES/89/14." in lines and "21-66394 1" not in lines[:-3]


def test_joined_cover_and_closing(lighthouses):
    doc, _ = lighthouses
    lines = _lines(_blocks(doc, cover="joined", closing_joined=True))
    assert "Ninety-first session Agenda item 17 Questions of lighthouses and coastal beacons" in lines
    assert "Distr.: General 3 December 2036" in lines
    assert "41st plenary meeting 1 December 2036" in lines


def test_rules_marks_and_numbers(lighthouses):
    doc, _ = lighthouses
    escaped = _blocks(doc, rule="escaped", marks="apart", numbers_parted=True)
    assert "\\_" * 18 in _lines(escaped)
    assert "in 2035 2 , and the commissions’ plans" in escaped.text
    assert "1 . Welcomes the progress" in escaped.text
    assert escaped.folds == ("brackets", "spacing")
    assert "-" * 20 in _lines(_pdf(doc, rule="dashes"))


def test_split_notes_and_late_cover(lighthouses):
    doc, _ = lighthouses
    lines = _lines(_blocks(doc, note_form="split"))
    k = lines.index("1")
    assert lines[k + 1] == "A/RES/89/14."
    late = _lines(_pdf(doc, late=("status", "date")))
    assert late.index("Distr.: General") > late.index(" 3. Decides to remain seized of the matter.")


def test_page_break_cuts_a_paragraph(lighthouses):
    doc, _ = lighthouses
    laid = _blocks(doc, page_len=14, furniture=True, head_title="")
    lines = _lines(laid)
    # The page ends inside the first preambular paragraph: its second half is a block of its own
    # after the page's note, its foot and the next page's head, starting in lower case.
    first = next(x for x in lines if x.startswith("Recalling"))
    assert lines[lines.index(first) + 1:][:4] == [
        "1 A/RES/89/14.", "21-66394 1", "A/RES/91/7",
        "lighthouses of the northern coasts in good order and share what they learn with one another,"]


def test_straight_quotes_are_folded_and_only_then(lighthouses):
    doc, exp = lighthouses
    laid = _pdf(doc, quotes="straight")
    assert "“" not in laid.text and '"Guidelines on the keepers\' houses"' in laid.text
    assert "quotes" in laid.folds
    assert check_text(laid.text, exp, "en", laid.folds) == (True, "")
    assert check_text(laid.text, exp, "en", ("brackets",))[0] is False


def test_fold():
    assert fold(("brackets",), "2030()،") == "2030،"
    assert fold(("spacing",), "culturels 5 , et ( a )") == "culturels 5, et (a)"
    assert fold((), "“a”") == "“a”"


def _shape(preamble: int, *numbers: str | None, parts: tuple = ()) -> tuple:
    return preamble, numbers, parts, None


def test_markup_slips_are_the_minority_shapes():
    shapes = {("s", "r1"): {"a": _shape(1, "1"), "b": _shape(1, "1"), "c": _shape(2, "1")},
              ("s", "r2"): {"d": _shape(3, "1")}}
    assert markup_slips(shapes) == {"c"}


def test_a_version_numbered_in_sequence_outweighs_a_majority_with_unnumbered_paragraphs():
    # Five versions mark a paragraph's items up as unnumbered operative paragraphs; the sixth numbers
    # its paragraphs 1, 2, 3 as the text does: the five are the slips.
    slipped = _shape(2, "1", None, None, "2", "3")
    versions = {lang: slipped for lang in ("ar", "es", "fr", "ru", "zh")} | {"en": _shape(2, "1", "2", "3")}
    assert markup_slips({("s", "r"): versions}) == {"ar", "es", "fr", "ru", "zh"}
    assert markup_slips({("s", "r"): versions}, in_sequence_first=False) == {"en"}
    # No version in sequence: the plain majority, as before.
    versions["en"] = _shape(2, "1", None, "2", "3")
    assert markup_slips({("s", "r"): versions}) == {"en"}
    # Versions in sequence that disagree (on the preamble): the majority among them.
    three = {"a": _shape(2, "1", "2"), "b": _shape(3, "1", "2"), "c": _shape(3, "1", "2"), "d": slipped}
    assert markup_slips({("s", "r"): three}) == {"a", "d"}


def test_numbered_in_sequence_reads_each_part():
    assert numbered_in_sequence(_shape(0, "1", "2"))
    assert not numbered_in_sequence(_shape(0, "1", "3"))
    assert not numbered_in_sequence(_shape(0))
    parts = ((2, ("1", "2")), (1, ("1",)))
    assert numbered_in_sequence(_shape(0, parts=parts))
    assert not numbered_in_sequence(_shape(0, parts=((2, ("1", "2")), (1, ("a",)))))


def test_failure_classes():
    assert failure_class("error: x [text-no-formula] y") == "no output [text-no-formula]"
    assert failure_class("preamble 3 != 4") == "preamble count"
    assert failure_class("part 2 operative 4 text at 3: 'a' vs 'b'") == "part k operative text"
    assert failure_class("cover ('A', None, 'x') != ('A', 'B', 'x')") == "cover"


def test_the_split_is_disjoint_and_covers_the_corpus():
    assert not set(DEVELOPMENT) & set(HELD_OUT)
    with pytest.raises(KeyError):
        group_of("ga/99session")
    if not UNXML.is_dir():
        pytest.skip(f"corpus not found at {UNXML}")
    for set_name in {set_of(f, UNXML) for f in akn_files(UNXML)}:
        assert group_of(set_name) in ("development", "held-out")


def test_with_choice_sets_page_and_own_choices():
    v = with_choice(with_choice(blocktext.BASELINE, "rule", "box"), "separator", "blank")
    assert v == replace(blocktext.BASELINE, pages=replace(blocktext.BASELINE.pages, rule="box"), separator="blank")


def test_a_file_filed_under_another_language_is_left_out_and_named(tmp_path):
    # The corpus' Chinese folder of GA 77 holds a byte copy of a resolution's Arabic file: its
    # language is the document's FRBRlanguage, not the folder's, and it is named, not counted.
    for folder in ("English", "French"):
        (tmp_path / "hrc" / "54session" / folder).mkdir(parents=True)
        (tmp_path / "hrc" / "54session" / folder / NAME).write_bytes(FIXTURE.read_bytes())
    m = measure(tmp_path, {"pdf": pdfvariants.lay_out})
    assert m.misfiled == [tmp_path / "hrc" / "54session" / "French" / NAME]
    assert [(r.lang, r.ok) for r in m.results] == [("en", True)]


def test_fold_closing_quotes_and_presentation_forms():
    # A quotation mark before punctuation closes the quotation, whichever mark the language closes with.
    assert fold(("spacing",), "لعام 2030 “،") == "لعام 2030“،"
    assert fold(("spacing",), 'الإنسان "؛') == 'الإنسان"؛'
    assert fold(("spacing",), "entitled “Transforming our world”") == "entitled “Transforming our world”"
    # Shaped Arabic letters, which the reader folds to letters and reports, compare folded.
    assert _cmp_text("ar", "العمالة واﻟﻌﻤﻞ،") == _cmp_text("ar", "العمالة والعمل،")


def _operative(paragraphs_xml: str) -> list:
    from lxml import etree

    from akndoc import A, _operative_paragraphs
    body = etree.fromstring(f'<mainBody xmlns="{A[1:-1]}">{paragraphs_xml}</mainBody>')
    blocks: list = []
    operative: list = []
    _operative_paragraphs(list(body.iter(A + "paragraph")), blocks, operative, [])
    return operative


def _p(num: str, text: str) -> str:
    number = f"<num>{num}</num>" if num else ""
    return f"<paragraph>{number}<content><p>{text}</p></content></paragraph>"


def test_items_marked_up_as_paragraphs_continue_their_list():
    # The UN marked up a list's last items as paragraphs of their own, unlabelled and lettered, in every
    # language version: while the text before ends as a list's items do, they are the list's text.
    listed = ("<paragraph><num>4.</num><list><intro><p>Decides that the panels will be as follows:</p></intro>"
              "<point><num>(a)</num><content><p>Two panels will be held;</p></content></point>"
              "<point><num>(b)</num><content><p>The panels will address the following themes:</p></content></point>"
              "</list></paragraph>")
    got = _operative(listed + _p("", "Panel 1: care;") + _p("", "Panel 2: financing;")
                     + _p("(c)", "Each panel will be co-chaired;") + _p("5.", "Also decides to meet;"))
    assert [n for n, _ in got] == ["4", "5"]
    assert got[0][1].endswith("themes: Panel 1: care; Panel 2: financing; (c) Each panel will be co-chaired;")
    # A wrap-up that ends the paragraph ends the list: what follows it unnumbered is a paragraph.
    got = _operative(listed + _p("", "as agreed by the Assembly.") + _p("", "Further text;"))
    assert [n for n, _ in got] == ["4", None]


def test_lettered_paragraphs_after_a_paragraph_ending_on_a_word_are_its_items():
    got = _operative(_p("3.", "постановляет далее, что") + _p("a)", "участие обеспечено;") + _p("b)", "выступят;")
                     + _p("4.", "постановляет;"))
    assert [n for n, _ in got] == ["3", "4"]
    assert got[0][1] == "постановляет далее, что a) участие обеспечено; b) выступят;"


def test_a_quotation_marked_up_as_paragraphs_is_the_text_of_the_paragraph_that_opened_it():
    # The UN's invisible left-to-right mark before the quotation does not open its text.
    got = _operative(_p("", "决定请求国际法院提供咨询意见：") + _p("", "\u200e“特别考虑到各项公约，")
                     + _p("", "(a)各国有哪些义务；") + _p("", "㈡今世后代的人民？”") + _p("", "又决定继续审议；"))
    assert len(got) == 2
    assert got[0][1].startswith("决定请求国际法院提供咨询意见： \u200e“特别考虑到各项公约， (a)各国有哪些义务；")
    assert got[0][1].endswith("㈡今世后代的人民？”")


def test_a_hyphen_before_a_space_compares_as_the_hyphen_alone():
    # The UN's "self- determination" (a hyphenation slip its source keeps) and the reader's
    # "self-determination", where the wrap fell after the hyphen: no reader can tell them apart.
    assert _cmp_text("en", "right to self- determination") == _cmp_text("en", "right to self-determination")
    # Only a hyphen glued to the word before: a dash set apart, or a word lost, still count.
    assert _cmp_text("en", "1990 - 2000") != _cmp_text("en", "1990-2000")
    assert _cmp_text("en", "self- determination") != _cmp_text("en", "self-government")


# A resolution the UN publishes in parts as a documentCollection (A/RES/77/128 A-B): the test's own
# reader lays out each component as a part (its letter and title, formula, paragraphs, closing).
_NS = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'


def _component(letter: str, title: str, preamble: str, operative: str) -> str:
    return (f'<component><statement name="resolution"><preface><p><docNumber>{letter}</docNumber>'
            f'<docTitle>{title}</docTitle></p></preface><preamble><formula><p>The General Assembly,</p></formula>'
            f'<container><p>{preamble}</p></container></preamble><mainBody><paragraph><num>1.</num>'
            f'<content><p>{operative}</p></content></paragraph></mainBody><conclusions><p>'
            '<inline name="adoptionMeeting">55th plenary meeting</inline><eol/><docDate date="2036-12-14">'
            '14 December 2036</docDate></p></conclusions></statement></component>')


COLLECTION = (f'<akomaNtoso {_NS}><documentCollection name="publication"><meta><identification>'
              '<FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>'
              '<coverPage><p><docNumber>A/RES/91/140 A-B</docNumber></p></coverPage>'
              '<preface><p><docNumber>91/140.</docNumber><docTitle>Questions relating to maps</docTitle></p></preface>'
              '</documentCollection><components>'
              + _component("A", "Maps in the service of navigation", "Noting the report of the Committee,",
                           "Urges all countries to share their charts;")
              + _component("B", "Maps of the ocean floor", "Welcoming the progress made,",
                           "Decides to include the item in its agenda.")
              + '</components></akomaNtoso>').encode()


def test_a_collection_is_read_only_when_asked_and_then_as_parts():
    with pytest.raises(ValueError):
        read_akn(COLLECTION)
    doc, exp = read_akn(COLLECTION, collections=True)
    assert doc.symbol == "A/RES/91/140 A-B" and doc.lang == "en"
    assert not exp.preamble and not exp.operative
    assert [(p.label, p.title, p.preamble, p.operative) for p in exp.parts] == [
        ("A", "Maps in the service of navigation", ["Noting the report of the Committee,"],
         [("1", "Urges all countries to share their charts;")]),
        ("B", "Maps of the ocean floor", ["Welcoming the progress made,"],
         [("1", "Decides to include the item in its agenda.")])]
    printed = [(b.role, b.text) for b in doc.blocks if b.kind == "line"]
    assert printed[:4] == [("preface", "91/140. Questions relating to maps"), ("part-heading", "A"),
                           ("part-heading", "Maps in the service of navigation"),
                           ("formula", "The General Assembly,")]
    assert sum(b.kind == "closing" for b in doc.blocks) == 2  # each part closes with its meeting and date


def test_general_assembly_heads_print_the_title(lighthouses):
    # The page's head beside the symbol (the sides swapped on odd pages) or under it.
    doc, _ = lighthouses
    beside = _lines(_blocks(doc, page_len=14, furniture=True, head_title="line"))
    assert "A/RES/91/7   Cooperation on the maintenance of lighthouses" in beside
    under = _lines(_blocks(doc, page_len=14, furniture=True, head_title="lines"))
    k = max(i for i, x in enumerate(under) if x == "A/RES/91/7")  # (the first is the cover's)
    assert under[k + 1] == "Cooperation on the maintenance of lighthouses"
    for laid in (_pdf(doc, page_len=14, head_title="line"), _pdf(doc, page_len=14, head_title="lines")):
        assert check_text(laid.text, lighthouses[1], "en", laid.folds) == (True, "")


def test_operative_numbers_printed_alone(lighthouses):
    # Text-box extractors give the number, which a tab parts from its text, as a box of its own: never at a page's
    # foot without its text (number_alone).
    doc, exp = lighthouses
    laid = _blocks(doc, page_len=14, furniture=True, number_alone=True)
    lines = _lines(laid)
    k = lines.index("1.")
    assert exp.operative[0][1].startswith(lines[k + 1][:30])
    assert not any(re.fullmatch(r"\d+ ?\.", x) for x in _lines(_blocks(doc, page_len=14, number_alone=False)))
    for page_len in range(8, 20):
        laid = _pdf(doc, page_len=page_len, number_alone=True)
        assert check_text(laid.text, exp, "en", laid.folds) == (True, ""), page_len
        pdf_lines = laid.text.split("\n")
        for i, x in enumerate(pdf_lines):
            if re.fullmatch(r"\s*\d+ ?\.", x):
                assert pdf_lines[i + 1].strip() and not pdf_lines[i + 1].startswith("\f"), (page_len, i)


def test_a_cover_in_capitals_folds_the_distribution_s_case():
    # "Distr. GENERAL" cannot say whether the file writes "General" or "general": only that layout folds it.
    s = pdfvariants.BASELINE.pages
    assert "capitals" in pdfvariants.folds(replace(s, older="1990s"))
    assert "capitals" not in pdfvariants.folds(replace(s, older="2000s"))
    assert "capitals" not in pdfvariants.folds(replace(s, older=""))
