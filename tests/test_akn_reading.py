"""Reading the UN's AKN: whitespace normalization keeps every footnote at its place, in bounded memory."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unres.akn.reader import from_akn
from unres.api import validate
from unres.model import to_dict

ROOT = ('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"><meta>'
        '<identification source="#DGACM"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>'
        "</identification></meta><mainBody><paragraph><num>1.</num><content><p>{p}</p></content></paragraph>"
        "</mainBody></statement></akomaNtoso>")


def un_file(paragraph: str) -> bytes:
    return ROOT.format(p=paragraph).encode("utf-8")


def note(marker: str) -> str:
    return f'<authorialNote marker="{marker}"><p>n</p></authorialNote>'


def oracle(pieces: list[str]) -> tuple[str, list[int]]:
    """The normalized text and each note's offset, the slow way: character by character."""
    text, offsets, space = "", [], True
    for piece in pieces:
        if piece == "\0":
            offsets.append(len(text.rstrip()) + (1 if text.endswith(" ") and text.strip() else 0))
            continue
        for c in piece:
            if c.isspace():
                if not space:
                    text += " "
                space = True
            else:
                text += c
                space = False
    final = text.strip()
    return final, [min(o, len(final)) for o in offsets]


@given(st.lists(st.one_of(st.text(alphabet="ab \t\n\u3000\xa0", max_size=8), st.just("\0")), max_size=12))
def test_each_note_keeps_its_place_in_the_normalized_text(pieces):
    words = [p for p in pieces if p != "\0"]
    if not "".join(words).strip():
        return  # an empty paragraph is skipped, as it should be
    marked = "Decides " + "".join(note(str(i)) if p == "\0" else p for i, p in enumerate(pieces))
    res, _ = from_akn(un_file(marked))
    text, offsets = oracle(["Decides "] + pieces)
    para = res.operative[0]
    assert para.text == text
    assert [r.offset for r in para.footnote_refs] == offsets


def test_a_long_paragraph_is_read_in_memory_proportional_to_its_length():
    # At df97775 the reader kept a record per character (about 109 bytes each).
    chunk = "word\t\n " * 12_500
    data = un_file("Decides " + "<span>s</span>".join([chunk] * 20) + note("1") + " end.")
    tracemalloc.start()
    res, _ = from_akn(data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # The note follows a space of the raw text: it stands after the one space left of that run.
    assert res.operative[0].footnote_refs[0].offset == len(res.operative[0].text) - len("end.")
    assert peak < 20 * len(data), f"{peak / len(data):.1f} bytes per input byte"


def test_a_un_section_takes_its_num_as_label_and_its_subheading_as_title():
    # Budget resolutions in parts: <section><num>I</num><subheading>title</subheading>…; the
    # title once became the label (and failed the schema's 12 characters: the document was lost).
    xml = ROOT.format(p="x").replace(
        "<mainBody><paragraph>",
        "<mainBody><section><num>\tI</num><subheading>Standards of accommodation for air travel</subheading>"
        "<paragraph>").replace("</paragraph></mainBody>", "</paragraph></section></mainBody>")
    res = from_akn(xml.encode("utf-8"))[0]
    assert [(p.label, p.title) for p in res.parts] == [("I", "Standards of accommodation for air travel")]


def test_a_number_typed_into_the_text_of_a_un_paragraph_is_its_number():
    # Arabic files of the General Assembly: <paragraph> with no num, the number typed at the start
    # of its text ("1 -\t…"). Read as unnumbered, every such file differed from its other language
    # versions (--align) and broke operative-number-sequence.
    body = "".join(f'<paragraph><content><p>\t{n} -\t<span class="bold italic">word</span> text {n}</p></content>'
                   "</paragraph>" for n in (1, 2))
    xml = ROOT.format(p="x").replace('language="eng"', 'language="ara"').replace(
        '<paragraph><num>1.</num><content><p>x</p></content></paragraph>', body)
    res, warnings = from_akn(xml.encode("utf-8"))
    assert [(p.number, p.text) for p in res.operative] == [("1", "word text 1"), ("2", "word text 2")]
    # The number's dash is its format, as a num's full stop is: no character is reported missing.
    assert "akn-characters" not in [w.code for w in warnings]
    # A bare number (no full stop) typed before the text, in a language whose numbers have one
    # ("49\tпросит" in a Russian file): the paragraph's number when it is the next of the sequence.
    body = ('<paragraph><num>1.</num><content><p>one</p></content></paragraph>'
            '<paragraph><content><p>\t2\t<span class="italic">просит</span> two</p></content></paragraph>'
            '<paragraph><content><p>\t49 государств three</p></content></paragraph>')
    xml = ROOT.format(p="x").replace('language="eng"', 'language="rus"').replace(
        '<paragraph><num>1.</num><content><p>x</p></content></paragraph>', body)
    res, warnings = from_akn(xml.encode("utf-8"))
    # (The "49" that is no next number is the text's own, going on with paragraph 2: unnumbered-continues.)
    assert [(p.number, p.text) for p in res.operative] == [("1", "one"), ("2", "просит two 49 государств three")]
    assert "akn-characters" not in [w.code for w in warnings]
    # A number not followed by a space is the text's own ("1.5 million …" in English).
    xml = ROOT.format(p="1.5 million people").replace("<num>1.</num>", "")
    assert [(p.number, p.text) for p in from_akn(xml.encode("utf-8"))[0].operative] == [(None, "1.5 million people")]


def test_a_un_agenda_sub_item_in_any_script_is_read():
    # '99 (ح ح)' and '127 (ك)' were "not understood" and left out (akn-agenda, 393 UN files).
    for number in ("99 (ح ح)", "127 (ك)", "99(mm)", "19 а)"):
        cover = (f'<coverPage><p><inline name="agenda item">Agenda item {number}</inline>'
                 '<inline name="agenda item name">Disarmament</inline></p></coverPage>')
        xml = ROOT.format(p="x").replace("</meta>", "</meta>" + cover)
        res, warnings = from_akn(xml.encode("utf-8"))
        assert [(a.number, a.title) for a in res.agenda_items] == [(number, "Disarmament")], warnings


def test_a_un_symbol_and_number_are_read_in_a_spelling_the_schema_takes():
    # S/RES/2567(2021) without its space, and an Arabic preface that prints ES-10/21 in Arabic
    # letters: both failed the first schema, and the documents were not converted. The symbol takes
    # the Security Council's spelling; the Arabic number, which schema 1.1 takes, is kept as printed.
    def doc(symbol: str, preface: str, lang: str = "eng") -> bytes:
        cover = (f'<coverPage><p><docNumber refersTo="#symbol">{symbol}</docNumber></p></coverPage>'
                 f"<preface><p><docNumber>{preface}</docNumber></p></preface>")
        return ROOT.format(p="x").replace("</meta>", "</meta>" + cover).replace('"eng"', f'"{lang}"').encode()

    md = from_akn(doc("S/RES/2567(2021)", ""))[0].metadata
    assert (md.symbol, md.resolution_number) == ("S/RES/2567 (2021)", "2567 (2021)")
    md = from_akn(doc("A/RES/ES-10/21", "دإط-10/21", "ara"))[0].metadata
    assert (md.symbol, md.resolution_number) == ("A/RES/ES-10/21", "دإط-10/21")
    assert [p for p in validate(to_dict(from_akn(doc("A/RES/ES-10/21", "دإط-10/21", "ara"))[0]))
            if p.code.startswith("schema-")] == []


def test_a_rule_problem_on_a_un_file_has_the_line_of_its_element(tmp_path):
    # The rules judge the model, which keeps no line: a problem in a UN file said only its pointer.
    # It is placed on the element its node was read from (the num of a number, the point of a label).
    from unres.conversion import convert_bytes

    body = ('<paragraph>\n<num>1.</num>\n<content><p>First text;</p></content>\n</paragraph>\n'
            '<paragraph>\n<num>3.</num>\n<list><intro><p>Second text:</p></intro>\n'
            '<point><num>(a)</num>\n<content><p>a point;</p></content></point>\n'
            '<point>\n<num>(c)</num>\n<content><p>another point;</p></content></point>\n</list>\n</paragraph>\n')
    xml = ROOT.replace('<paragraph><num>1.</num><content><p>{p}</p></content></paragraph>', body).encode()
    lines = xml.decode().splitlines()
    expected = {"/operative/1/number": lines.index("<num>3.</num>") + 1,
                "/operative/1/subparagraphs/1/label": lines.index("<num>(c)</num>") + 1}
    found = convert_bytes(xml, "x.xml", "json").problems  # (validate_akn places them by the same function)
    assert {p.pointer: p.line for p in found if p.pointer in expected} == expected
    # A node whose text the file does not hold (the vote) keeps no line rather than a wrong one.
    from unres.akn.locate import locate
    from unres.problems import Problem
    from unres.safexml import parse_xml

    res = from_akn(xml)[0]
    (vote,) = locate([Problem("vote-count-mismatch", "x", pointer="/vote/in_favour/count")], parse_xml(xml), res)
    assert vote.line is None


def _un_body(body: str, lang: str = "eng") -> bytes:
    return ROOT.replace('<paragraph><num>1.</num><content><p>{p}</p></content></paragraph>', body).replace(
        'language="eng"', f'language="{lang}"').encode("utf-8")


def test_an_empty_item_of_a_un_file_is_kept_or_skipped_visibly_and_the_document_written():
    # empty-point, and an empty paragraph: the document is written, and what became of the item is
    # said (never silently; once an empty item cost the whole document).
    from unres.conversion import convert_bytes

    point = _un_body('<paragraph><num>1.</num><list><intro><p>Intro:</p></intro>'
                     '<point><num>(a)</num><content><p>one;</p></content></point>'
                     '<point><num>(b)</num><content><p> </p></content></point>'
                     '<point><num>(c)</num><content><p>three.</p></content></point></list></paragraph>')
    paragraph = _un_body('<paragraph><num>1.</num><content><p>one</p></content></paragraph>'
                         '<paragraph><num>2.</num><content><p></p></content></paragraph>'
                         '<paragraph><num>3.</num><content><p>three</p></content></paragraph>')
    for fmt in ("json", "akn"):
        done = convert_bytes(point, "x.xml", fmt)
        assert done.output is not None and done.model is not None
        assert [s.label for s in done.model.operative[0].subparagraphs] == ["(a)", "(b)", "(c)"]
        assert [p.code for p in done.problems] == ["akn-empty-point"]
        done = convert_bytes(paragraph, "x.xml", fmt)
        assert done.output is not None and done.model is not None
        assert [p.number for p in done.model.operative] == ["1", "3"]
        # the skipped paragraph is said, and no character goes uncounted (its "2" is reported dropped)
        assert [p.code for p in done.problems] == ["akn-dropped", "akn-empty-paragraph", "operative-number-sequence"]


@pytest.mark.parametrize(("lang", "labels"), [("eng", ["A", "B"]), ("ara", ["ألف", "باء"])])
def test_unlabelled_parts_of_a_un_file_are_labelled_by_position_with_a_warning(lang, labels):
    # part-label-by-position: sections without num or subheading gave parts with an empty label,
    # which the schema refuses: the document was not converted.
    from unres.conversion import convert_bytes

    xml = _un_body('<section><paragraph><num>1.</num><content><p>one</p></content></paragraph></section>'
                   '<section><paragraph><num>1.</num><content><p>two</p></content></paragraph></section>', lang)
    for fmt in ("json", "akn"):
        done = convert_bytes(xml, "x.xml", fmt)
        assert done.output is not None and done.model is not None, done.problems
        assert [p.label for p in done.model.parts] == labels
        assert [p.code for p in done.problems] == ["akn-part-label", "akn-part-label"]
        assert done.problems[0].line == 1 and f"labelled {labels[0]!r}" in done.problems[0].message


def test_a_un_section_headed_by_its_title_alone_is_labelled_by_position():
    # section-titled-alone: a section without num whose first subheading is a title, not a label,
    # once had that title as its label — longer than the schema's 12 characters: nothing was written.
    from unres.conversion import convert_bytes

    xml = _un_body('<section><subheading>Pension Administration</subheading>'
                   '<paragraph><num>1.</num><content><p>one</p></content></paragraph></section>'
                   '<section><subheading>Office of Investment Management</subheading><subheading>Staffing</subheading>'
                   '<paragraph><num>1.</num><content><p>two</p></content></paragraph></section>'
                   '<section><subheading>III</subheading><subheading>Reports</subheading>'
                   '<paragraph><num>1.</num><content><p>three</p></content></paragraph></section>', "eng")
    for fmt in ("json", "akn"):
        done = convert_bytes(xml, "x.xml", fmt)
        assert done.output is not None and done.model is not None, done.problems
        assert [(p.label, p.title) for p in done.model.parts] == [
            ("I", "Pension Administration"), ("II", "Office of Investment Management"), ("III", "Reports")]
        # the second subheading of a titled section heads its first paragraph
        assert done.model.parts[1].operative[0].headings == ("Staffing",)
        assert [p.code for p in done.problems] == ["akn-part-label", "akn-part-label"]
        assert "labelled 'II'" in done.problems[1].message


def test_a_heading_marked_up_as_an_unnumbered_paragraph_heads_the_next_one():
    # heading-as-paragraph: the Chinese versions of Security Council resolutions mark a heading
    # between numbered paragraphs as a paragraph of its own ("经济恢复与发展"), the English ones as a
    # subheading: read as an unnumbered operative paragraph, it broke the sequence and --align.
    body = ('<paragraph><num>1.</num><content><p>一。</p></content></paragraph>'
            '<paragraph><content><p>\t\t第2部分：建设和平</p></content></paragraph>'
            '<paragraph><content><p>\t\t经济恢复与发展</p></content></paragraph>'
            '<paragraph><num>2.</num><content><p>二；</p></content></paragraph>'
            '<paragraph><content><p>未编号的段落。</p></content></paragraph>')
    xml = ROOT.format(p="x").replace('language="eng"', 'language="chi"').replace(
        '<paragraph><num>1.</num><content><p>x</p></content></paragraph>', body)
    res, warnings = from_akn(xml.encode("utf-8"))
    # (The unnumbered paragraph after 2 goes on with it: unnumbered-continues.)
    assert [(p.number, p.text, p.headings) for p in res.operative] == [
        ("1", "一。", ()), ("2", "二； 未编号的段落。", ("第2部分：建设和平", "经济恢复与发展"))]
    assert "akn-characters" not in [w.code for w in warnings]


def test_a_heading_marked_up_as_a_paragraph_may_end_with_an_abbreviation_or_a_name_in_quotes():
    # heading-as-paragraph, with an abbreviation: the Chinese version of S/RES/2628 (2022) marks
    # "UN Support Office in Somalia (UNSOS)" as an unnumbered paragraph; its closing bracket read as
    # the end of a paragraph's text, and --align flagged an operative paragraph too many. So with a
    # name in quotes (the Russian S/RES/2713 (2023), its label "B." kept). A text that ends with a
    # reference in brackets ("… (A/77/10).") is no heading (it goes on with paragraph 2).
    body = ('<paragraph><num>1.</num><content><p>一。</p></content></paragraph>'
            '<paragraph><content><p>\t\t办事处(联办)</p></content></paragraph>'
            '<paragraph><num>2.</num><content><p>二；</p></content></paragraph>'
            '<paragraph><content><p>见报告(A/77/10)。</p></content></paragraph>'
            '<paragraph><num>3.</num><content><p>三。</p></content></paragraph>'
            '<paragraph><num>B.</num><content><p>Эмбарго в отношении «Аш-Шабааб»</p></content></paragraph>'
            '<paragraph><num>4.</num><content><p>四。</p></content></paragraph>')
    res, warnings = from_akn(_un_body(body, "chi"))
    assert [(p.number, p.text, p.headings) for p in res.operative] == [
        ("1", "一。", ()), ("2", "二； 见报告(A/77/10)。", ("办事处(联办)",)), ("3", "三。", ()),
        ("4", "四。", ("B. Эмбарго в отношении «Аш-Шабааб»",))]
    assert "akn-characters" not in [w.code for w in warnings]


def test_an_asterisk_separator_marked_up_as_a_paragraph_is_dropped_visibly():
    # separator-paragraph: "*" between groups of paragraphs, marked up as a paragraph of its own
    # (S/RES/2607 (2021) zh), was read as an unnumbered operative paragraph whose text is "*".
    body = ('<paragraph><num>1.</num><content><p>one</p></content></paragraph>'
            '<paragraph><content><p><span class="italic">*</span></p></content></paragraph>'
            '<paragraph><num>2.</num><content><p>two</p></content></paragraph>')
    res, warnings = from_akn(ROOT.format(p="x").replace(
        '<paragraph><num>1.</num><content><p>x</p></content></paragraph>', body).encode("utf-8"))
    assert [(p.number, p.text) for p in res.operative] == [("1", "one"), ("2", "two")]
    assert [w.code for w in warnings] == ["akn-dropped"] and "asterisks" in warnings[0].message


@pytest.mark.parametrize(("lang", "lead", "first"), [
    ("chi", "根据《联合国宪章》第七章采取行动，",
     '<paragraph><num>1.</num><content><p>决定。</p></content></paragraph>'),
    ("ara", "وإذ يشدد على أهمية ذلك،", "<paragraph><content><p>1 -\tيقرر ذلك.</p></content></paragraph>")])
def test_a_preambular_paragraph_marked_up_before_paragraph_1_joins_the_preamble(lang, lead, first):
    # preamble-in-body: the UN's files now and then put the last preambular paragraph in mainBody,
    # unnumbered, before paragraph 1 (the Chinese and Arabic versions of S/RES/2663 (2022), …): read
    # as an unnumbered operative paragraph, it broke the numbering and --align. A heading there stays
    # a heading; a text ending in a comma with no numbered paragraph after it stays operative.
    body = f"<paragraph><content><p>{lead}</p></content></paragraph>{first}"
    res, warnings = from_akn(_un_body(body, lang))
    assert res.preamble.paragraphs[-1].text == lead and [p.number for p in res.operative] == ["1"]
    assert [w.code for w in warnings] == ["akn-preamble-in-body"]
    heading = from_akn(_un_body(f"<paragraph><content><p>政治局势</p></content></paragraph>{first}", lang))[0]
    assert [(p.number, p.headings) for p in heading.operative] == [("1", ("政治局势",))]  # (a typed "1 -" too)
    between = from_akn(_un_body(f"<paragraph><content><p>{lead}</p></content></paragraph>"
                                f"<paragraph><content><p>政治局势</p></content></paragraph>{first}", lang))[0]
    assert between.preamble.paragraphs[-1].text == lead  # a heading between them aside
    assert [(p.number, p.headings) for p in between.operative] == [("1", ("政治局势",))]
    alone = from_akn(_un_body(f"<paragraph><content><p>{lead}</p></content></paragraph>", lang))[0]
    assert [p.text for p in alone.operative] == [lead]


def test_a_preambular_paragraph_marked_up_before_paragraph_1_with_a_footnote_joins_the_preamble():
    # preamble-in-body: the paragraph's words, its footnote's text aside, end with the comma
    # ("… the report of the Board thereon,¹", A/RES/77/262 en)
    lead = ('Having considered the note thereon,<authorialNote marker="1" placement="bottom">'
            '<p>A/77/1.</p></authorialNote>')
    body = (f'<paragraph><content><p>{lead}</p></content></paragraph>'
            '<paragraph><num>1.</num><content><p>Decides.</p></content></paragraph>')
    res, warnings = from_akn(_un_body(body))
    assert res.preamble.paragraphs[-1].text == "Having considered the note thereon,"
    assert [p.number for p in res.operative] == ["1"]


def test_counts_and_spacing_split_at_every_character_isspace_names() -> None:
    """The reader counts characters (the conservation count) and squeezes whitespace with str.split(),
    in C: the same characters as str.isspace() and the regular expression \\s it replaced, for every
    code point — whitespace of every script, the ASCII separators \\x1c–\\x1f, lone surrogates."""
    import re

    from unres.akn.reading import _folded_forms, _normalize_with_refs, _visible, visible_length

    every = "".join(f"a{chr(c)}b" for c in range(0x110000))
    assert _visible(every) == len(every) - sum(1 for c in every if c.isspace())
    # (the Arabic presentation forms are folded first, as they always were)
    assert _normalize_with_refs(every, [], []).text == re.sub(r"\s+", " ", _folded_forms(every)).strip()
    spaced = "  \u3000x\u00a0y\x1cz\u2028 "
    assert _visible(spaced) == 3 and _visible(None) == 0 and _visible("") == 0
    assert _normalize_with_refs(spaced, [], []).text == "x y z"
    # an element's text over its children and tails, whitespace aside
    from lxml import etree
    el = etree.fromstring("<p> a <b>b\u2003c</b>\n d <i/>e </p>")
    assert visible_length(el) == 5
