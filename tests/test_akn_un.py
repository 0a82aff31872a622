"""Reading the UN's AKN without losing a character (issue 20): sublists, annexes, repeated
preamble/mainBody pairs, document collections, what has no place in the model reported with its
count, and the count of the body's characters in the file against the model's."""

from __future__ import annotations

import pytest

from unres.akn.reader import from_akn
from unres.model import Cell, Link

from conftest import corpus_or_skip

FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "akn-un"


def read(name: str):
    res, warnings = from_akn((FIXTURES / name).read_bytes(), name)
    return res, {w.code: w.message for w in warnings}, [w.code for w in warnings]


def test_sublist_points_hang_under_the_point_before_them_with_their_notes_and_links():
    res, by_code, codes = read("sublist.xml")
    para = res.operative[0]
    assert [s.label for s in para.subparagraphs] == ["(a)", "(b)"]
    inner = para.subparagraphs[0].subparagraphs
    assert [(s.label, s.text) for s in inner] == [("(i)", "Working methods;"),
                                                  ("(ii)", "The selection of the Secretary-General;")]
    assert [r.marker for r in inner[0].footnote_refs] == ["1"]
    assert res.footnotes[0].text == "See A/77/1." and res.footnotes[0].links == (Link(4, 6, "https://undocs.org/en/A/77/1"),)
    # The UN hyperlinks with `a`: a link on "75/325".
    pre = res.preamble.paragraphs[0]
    assert pre.links == (Link(pre.text.index("75/325"), 6, "https://undocs.org/en/A/RES/75/325"),)
    # The point's heading (the UN's subheading before its num) is the item's (model 1.2).
    assert [s.headings for s in inner] == [(), ("Rule of law:",)]
    assert "akn-dropped" not in by_code and "akn-characters" not in by_code


def test_un_annex_gives_headings_numbered_paragraphs_lists_and_tables_in_order():
    res, by_code, _ = read("annex.xml")
    # annex-label-heading: the heading that is a label ("Annex", "Annex II") opens an annex, the
    # heading after it is its title; one attachment of the UN's may hold several annexes.
    annex, second = res.annexes
    assert (annex.label, annex.title) == ("Annex", "I. Financing for 2023")
    assert [(p.number, p.headings, p.text) for p in annex.paragraphs] == [
        ("1.", (), "The estimates are as follows:"),
        ("2.", (), "The Committee:")]
    assert (second.label, second.title, second.tables) == ("Annex II", "Oath of the Chair", ())
    # annex-heading-style: a paragraph in a heading's style holding its words alone is a heading (the
    # label "Annex II" typed in bold, "Part one"); annex-typed-number: a label typed at the start of
    # the text is the paragraph's number, as a num gives it elsewhere.
    assert [(p.number, p.headings, p.text) for p in second.paragraphs] == [
        (None, (), "I solemnly swear to serve."), ("(a)", ("Part one",), "The Chair shall serve one year."),
        ("(b)", (), "The Chair shall not serve twice.")]  # annex-number-apart: a num alone, then the text
    assert [s.label for s in annex.paragraphs[1].subparagraphs] == ["(a)"]
    (table,) = annex.tables
    assert table.position == 1
    assert [[(c.text, c.header, c.colspan, c.rowspan) for c in row.cells] for row in table.rows] == [
        [("", True, 1, 2), ("Gross", True, 2, 1)],
        [("Estimated appropriationa", False, 1, 1), ("78 992 300", False, 1, 1)]]
    assert isinstance(table.rows[0].cells[0], Cell)
    # The last heading heads nothing: reported, and counted, so the conservation holds.
    assert "Staffing table" in by_code["akn-heading-dropped"]
    assert "akn-characters" not in by_code


def test_an_annex_label_and_title_in_one_heading_set_apart_by_a_space_are_both_read():
    # annex-label-space-title: "Anexo Principios sobre …" — the page's label line and title line joined
    # in one heading; the longest opening the annex pattern takes whole is the label.
    data = (FIXTURES / "annex.xml").read_bytes()
    joined = data.replace(
        b'<paragraph class="H1"><content><p><span class="bold">Annex II</span></p></content></paragraph>\n'
        b'        <paragraph class="H23"><subheading>Oath of the Chair</subheading></paragraph>',
        b'<paragraph class="H23"><subheading>Annex II Oath of the Chair</subheading></paragraph>')
    assert joined != data
    res, warnings = from_akn(joined)
    assert [(a.label, a.title) for a in res.annexes] == [("Annex", "I. Financing for 2023"),
                                                         ("Annex II", "Oath of the Chair")]
    assert "akn-characters" not in {w.code for w in warnings}
    # A heading that merely opens with the word, the rest in lower case, opens no annex.
    lower = joined.replace(b"Annex II Oath of the Chair", b"Annex to the oath of the Chair")
    res, _ = from_akn(lower)
    assert [a.label for a in res.annexes] == ["Annex"]


def test_un_annex_labels_in_plain_paragraphs_and_with_their_titles_open_annexes():
    res, by_code, _ = read("annex-labels.xml")
    # annex-label-paragraph: a plain paragraph whose words are a label alone opens an annex;
    # annex-title-paragraph: the unfinished paragraphs of words alone after it are the title and
    # headings (unless all its paragraphs are such lines: a list of names); annex-label-dash-title: "Annex II – Items …"
    # is a label and a title.
    # annex-heading-paragraph: between paragraphs, such a line after a finished paragraph heads the
    # paragraph after it ("Meetings"); not after an unfinished one, nor in lower case, nor at the end.
    assert [(a.label, a.title, [p.text for p in a.paragraphs]) for a in res.annexes] == [
        ("Annex I", "Revised terms of reference of the Lighthouse Committee",
         ["The Committee shall meet once a year.", "The Chair shall convene them:", "by letter",
          "Lamps in the hall", "The Committee shall report.", "The reports shall be public.", "Final provisions"]),
        ("Annex II", "Items subject to a no-objection process", ["Lamps and lenses;"]),
        ("Annex III", None, ["John Keeper", "Jane Keeper"])]
    assert res.annexes[0].paragraphs[0].headings == ("General provisions",)  # (the lines after the title)
    assert res.annexes[0].paragraphs[1].headings == ("Meetings",)
    assert [p.headings for p in res.annexes[0].paragraphs[2:]] == [(), (), (), ("Article 4", "Reports"), ()]
    # (under the title, before paragraph 1, of any length, as plain text reads it there)
    assert res.annexes[1].paragraphs[0].headings[0].startswith("Optical equipment for the lighthouses")
    assert len(res.annexes[1].paragraphs[0].headings[0]) > 200
    assert "akn-characters" not in by_code


def test_a_second_preamble_takes_the_unnumbered_paragraph_marked_up_between_them():
    res, by_code, _ = read("two-preambles.xml")
    assert [p.opening for p in res.preamble.paragraphs] == ["Recognizing", "Calling attention also", "Noting"]
    assert [p.number for p in res.operative] == ["1", "2"]
    # operative-table: the table between the paragraphs stands after paragraph 1 (model 1.3; it was
    # reported dropped before), its characters the model's.
    assert [(t.position, [[c.text for c in row.cells] for row in t.rows]) for t in res.tables] == [
        (1, [["Loose figures"]])]
    assert "akn-dropped" not in by_code and "akn-characters" not in by_code


def test_a_heading_marked_up_twice_in_one_paragraph_is_counted_once():
    # heading-twice: a paragraph holding its heading as a subheading and again as its num and content
    # ("B. Evolución del margen …", the GA's common-system resolution in two languages) prints it once.
    data = (FIXTURES / "two-preambles.xml").read_bytes()
    twice = data.replace(b'<paragraph><num>2.</num>', b'<paragraph><subheading>B. Lamps and lenses</subheading>'
                         b'<num>B.</num><content><p>Lamps and lenses</p></content></paragraph><paragraph><num>2.</num>')
    assert twice != data
    res, warnings = from_akn(twice)
    assert res.operative[1].headings == ("B. Lamps and lenses",)
    assert "akn-characters" not in {w.code for w in warnings}
    # A subheading that says something else is another heading: both are read.
    other = twice.replace(b"B. Lamps and lenses</subheading>", b"B. Oil and wicks</subheading>")
    res, warnings = from_akn(other)
    assert res.operative[1].headings == ("B. Oil and wicks", "B. Lamps and lenses")
    assert "akn-characters" not in {w.code for w in warnings}


def test_a_document_collection_is_one_resolution_in_parts():
    res, by_code, _ = read("collection.xml")
    assert res.metadata.symbol == "A/RES/77/128 A-B" and res.metadata.title == "Small arms"
    assert [(p.label, p.title, len(p.preamble), len(p.operative)) for p in res.parts] == [
        ("A", "Assistance to States", 1, 1), ("B", "Illicit trade", 0, 2)]
    assert res.parts[0].formula == "The General Assembly,"
    assert res.vote.type == "without_vote" and res.metadata.adoption_date == "2022-12-07"
    assert res.metadata.meeting is not None and res.metadata.meeting.number == 46
    assert "akn-characters" not in by_code and "akn-dropped" not in by_code


def test_notes_on_the_titles_of_a_collection_and_its_parts_are_their_marks():
    """Model 1.2: an authorialNote in the collection's docTitle or a component's is the title's
    reference (not the title's text), its note a footnote, in document order; every character kept."""
    note = '<authorialNote marker="{m}" placement="bottom"><p>{t}</p></authorialNote>'
    data = (FIXTURES / "collection.xml").read_bytes().decode("utf-8")
    data = data.replace("<docTitle>Small arms</docTitle>",
                        "<docTitle>Small arms" + note.format(m="*", t="A note on the whole.") + "</docTitle>")
    data = data.replace("<docTitle>Illicit trade</docTitle>",
                        "<docTitle>Illicit" + note.format(m="1", t="A note on part B.") + " trade</docTitle>")
    res, warnings = from_akn(data.encode("utf-8"))
    assert res.metadata.title == "Small arms" and [(r.marker, r.offset) for r in res.metadata.title_footnote_refs] == [
        ("*", 10)]
    assert res.parts[1].title == "Illicit trade" and [(r.marker, r.offset) for r in res.parts[1].title_footnote_refs
                                                      ] == [("1", 7)]
    assert [(f.marker, f.text) for f in res.footnotes][:1] == [("*", "A note on the whole.")]
    assert ("1", "A note on part B.") in [(f.marker, f.text) for f in res.footnotes]
    assert {w.code for w in warnings} & {"akn-characters", "akn-dropped"} == set()


def test_a_note_the_preface_marks_on_a_part_letter_is_read_as_a_note_on_the_title():
    """preface-note-on-title: part B of a resolution published apart marks its letter ("B¹": the
    resolution adopted before becomes part A); the model's nearest place is the title's end. The note
    is kept, first in document order, the move reported; without a title it is reported dropped."""
    note = ('<authorialNote marker="1" placement="bottom"><p>Resolution 9/1 becomes resolution 9/1 A.</p>'
            '</authorialNote>')
    data = (FIXTURES / "meta-sc.xml").read_bytes().decode("utf-8")
    preface = ('<preface><p><docNumber>9/1.</docNumber><docTitle>Financing of a force</docTitle></p>'
               f'<p><docNumber refersTo="#letter">B</docNumber>{note}</p></preface>')
    data = data.replace("</coverPage>", "</coverPage>" + preface)
    res, warnings = from_akn(data.encode("utf-8"))
    assert res.metadata.title == "Financing of a force"
    assert [(r.marker, r.offset) for r in res.metadata.title_footnote_refs] == [("1", len("Financing of a force"))]
    assert [(f.marker, f.text) for f in res.footnotes] == [("1", "Resolution 9/1 becomes resolution 9/1 A.")]
    codes = [w.code for w in warnings]
    assert "akn-note-moved" in codes and {"akn-dropped", "akn-characters"} & set(codes) == set()
    untitled = data.replace("<docTitle>Financing of a force</docTitle>", "")
    res, warnings = from_akn(untitled.encode("utf-8"))
    assert res.metadata.title_footnote_refs == () and res.footnotes == ()
    assert any(w.code == "akn-dropped" and "preface" in w.message for w in warnings)


def test_a_character_lost_without_a_report_is_a_warning_with_its_count():
    data = (FIXTURES / "sublist.xml").read_bytes().replace(
        b"<point><num>(b)</num>", b"<alinea><content><p>Twelve chars</p></content></alinea><point><num>(b)</num>")
    res, warnings = from_akn(data)
    lost = [w.message for w in warnings if w.code == "akn-characters"]
    assert lost == ["the model holds 11 characters fewer than the file's body (whitespace aside)"]


@pytest.mark.corpus
def test_every_element_of_the_uns_files_has_a_decision():
    """Each element (by parent and name) found in the corpus's UN files is in
    tests/fixtures/akn-un-elements.json with what the reader does with it."""
    from akn_elements import decisions, element_names

    from corpus_sets import akn_files, language_of

    root = corpus_or_skip("unxml")
    found = element_names(p for p in akn_files(root) if language_of(p))
    undecided = {k: v for k, v in found.items() if k not in decisions()}
    assert not undecided, undecided


# -- metadata (issue 20, step 3) ----------------------------------------------------------------------
def test_un_meta_gives_subjects_sponsors_draft_record_meeting_and_the_councils_vote():
    res, by_code, _ = read("meta-sc.xml")
    md = res.metadata
    # Each keyword once (the UN repeats them under each goal), the agenda keyword apart.
    assert [(k.term, k.vocabulary) for k in md.subjects] == [("sdg_16", "SDGO"), ("peacekeeping", "UNBIS"),
                                                              ("CYPRUS SITUATION", "UNBIS Thesaurus")]
    assert md.subjects[0].uri == "http://metadata.un.org/sdg/16"
    assert md.draft_symbol == "S/2023/64" and md.meeting_record == "S/PV.9252"
    assert [(m.name, m.iso3) for m in md.sponsors] == [
        ("Albania", "ALB"), ("Micronesia (Federated States of)", "FSM"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR")]
    assert md.additional_sponsors == ()
    # The Council's cover gives the meeting; its vote is in meta only, "Adopted unanimously" in the step.
    assert md.meeting is not None and md.meeting.number == 9252
    assert res.vote.type == "unanimous" and res.vote.text is None and res.vote.procedure is None
    assert res.vote.in_favour is not None and res.vote.in_favour.count == 3 and res.vote.against is None
    assert [m.iso3 for m in res.vote.in_favour.members] == ["ALB", "BRA", "GBR"]
    # "Point 111 de l'ordre du jour": item 111, no sub-item (the "d" of "de" is none).
    assert [(a.number, a.item, a.sub_item) for a in res.agenda_items] == [("111", 111, None)]
    assert "akn-agenda" not in by_code


def test_chinese_openings_are_the_bold_span_and_votes_by_mail_are_cast_in_writing():
    res, _, _ = read("meta-zh-mail.xml")
    assert res.preamble.paragraphs[0].opening == "回顾" and res.operative[0].opening == "决定"
    assert res.vote.type == "recorded" and res.vote.procedure == "in_writing"
    # @title gives the number with the no-break space the UN prints: the model's number is spaced as
    # any text is (whitespace normalised), so that plain text, which has only spaces, gives it back.
    assert [(a.number, a.item, a.sub_item) for a in res.agenda_items] == [("111 (b)", 111, "b")]


def test_a_vote_the_document_does_not_print_stays_in_meta_when_written_back():
    from unres.akn.writer import to_akn
    from unres.safexml import parse_xml

    res, _, _ = read("meta-sc.xml")
    xml = to_akn(res)
    root = parse_xml(xml).getroot()
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert root.findall(".//a:conclusions/a:p[@class='voteSide']", ns) == []
    assert len(root.findall(".//a:voting/a:count/{http://un.org/akn4un}voters/a:organization", ns)) == 3
    assert from_akn(xml)[0] == res


def test_slips_of_the_uns_markup_read_by_rule():
    """A section's label and title marked up as bold paragraphs; a list without its introduction;
    words where a workflow step gives a symbol."""
    res, by_code, _ = read("slips.xml")
    (part,) = res.parts
    assert (part.label, part.title) == ("أولا", "أنشطة مكتب خدمات الرقابة الداخلية")
    assert [p.opening for p in part.preamble] == ["وقد نظرت"]
    (para,) = part.operative
    assert para.text == "(أ) تعرب عن القلق؛" and [s.label for s in para.subparagraphs] == ["(ب)"]
    assert res.metadata.draft_symbol is None and res.metadata.meeting_record is None
    assert "'informal paper' is no document symbol" in by_code["akn-dropped"]
    assert "akn-characters" not in by_code


def test_a_preface_number_the_grammar_cannot_read_gives_way_to_the_symbols():
    data = (FIXTURES / "sublist.xml").read_bytes().replace(
        b"<preamble>", b'<coverPage><p><docNumber refersTo="#symbol">A/RES/77/1</docNumber></p></coverPage>'
        b"<preface><p><docNumber>77/.</docNumber></p></preface><preamble>")
    res, _ = from_akn(data)
    assert res.metadata.resolution_number == "77/1"


def test_list_items_marked_up_as_paragraphs_are_the_list_of_the_paragraph_before():
    """list-item-as-paragraph: "(أ)", "(ب)", "(ج)" in num after a paragraph ending in a colon are its
    sub-paragraphs, labels kept, "’1‘", "’2‘" the list of (ب) (no paragraph numbers); the unnumbered
    text after them closes the list; a labelled
    paragraph after a text that opens no list is no item, its label reported dropped, its text going on
    with the paragraph before (unnumbered-continues)."""
    res, by_code, codes = read("list-items-as-paragraphs.xml")
    first, second = res.operative
    assert first.number == "1" and first.text == "يقرر ما يلي:"
    assert [(s.label, s.text) for s in first.subparagraphs] == [
        ("(أ)", "أن يمدد الولاية سنة واحدة؛"), ("(ب)", "أن ينظر في ما يلي:"), ("(ج)", "أن يبقي المسألة قيد النظر؛"),
        ("(د)", "أن يقدم توصيات؛"), ("(ه)", "أن يعقد اجتماعا؛")]
    assert [(s.label, s.text) for s in first.subparagraphs[1].subparagraphs] == [
        ("’1‘", "التقرير القادم؛"), ("’2‘", "التقرير الخاص؛")]
    assert first.wrap_up is not None and first.wrap_up.text == "وذلك حتى نهاية السنة المقبلة؛"
    assert second.number == "2" and not second.subparagraphs
    assert second.text == "يطلب تقديم تقرير. فقرة موسومة لا تتبع قائمة."
    assert codes.count("akn-dropped") == 1 and "the label of an unnumbered paragraph (3 characters)" in by_code[
        "akn-dropped"]
    assert "akn-characters" not in by_code


def test_list_items_marked_up_as_paragraphs_nest_where_their_labels_put_them():
    res, by_code, _ = read("list-items-nested.xml")
    assert [p.number for p in res.operative] == ["1", "2"]
    (a, b) = res.operative[0].subparagraphs
    assert (a.label, b.label) == ("(a)", "(b)")
    assert [(s.label, s.text) for s in a.subparagraphs] == [("(i)", "The situation on the ground;"),
                                                            ("(ii)", "The progress made;")]
    assert not b.subparagraphs and "akn-characters" not in by_code
    # The heading above the item marked up as a paragraph is the item's (model 1.2).
    assert b.headings == ("Informing the Council",) and "akn-dropped" not in by_code


def test_list_items_marked_up_as_paragraphs_may_letter_on_from_the_list_before():
    # run-on lettering: the lists under (i), (ii), (iii) letter (a)-(b), (c)-(d), (e), as the six
    # versions of S/RES/2666 (2022) do; the Arabic one marks the items as paragraphs, and its (ز)
    # (the (g) under '’2‘') once became a wrap-up, the items after it operative paragraphs.
    res, by_code, codes = read("list-items-run-on.xml")
    assert [p.number for p in res.operative] == ["1", "2"]
    items = res.operative[0].subparagraphs
    assert [(s.label, [t.label for t in s.subparagraphs]) for s in items] == [
        ("(i)", ["(a)", "(b)"]), ("(ii)", ["(c)", "(d)"]), ("(iii)", ["(e)"])]
    assert res.operative[0].wrap_up is None and "akn-dropped" not in codes and "akn-characters" not in codes
    # A list under an item that neither opens its sequence nor letters on is no list of the item.
    skipped = (FIXTURES / "list-items-run-on.xml").read_bytes().replace(b"<num>(c)</num>", b"<num>(x)</num>")
    res, warnings = from_akn(skipped)
    assert [(s.label, s.subparagraphs) for s in res.operative[0].subparagraphs[1:]] == [("(ii)", ())]
    assert any(w.code == "akn-dropped" and "label of an unnumbered paragraph" in w.message for w in warnings)


def test_a_second_note_under_a_marker_already_taken_is_reported_not_lost_silently():
    # The Arabic S/RES/2713 (2023) puts "*" on two different notes; the model keys notes by marker:
    # the second is left out, and said (once it went without a word). A note printed again under
    # its marker is the same note, counted once, as before.
    data = (FIXTURES / "sublist.xml").read_bytes()
    twice = data.replace(b"<point><num>(b)</num><content><p>To report;",
                         b'<point><num>(b)</num><content><p>To report<authorialNote marker="1" placement="bottom">'
                         b"<p>See A/77/1.</p></authorialNote>;")
    other = twice.replace(b"<p>See A/77/1.</p></authorialNote>;", b"<p>Another note.</p></authorialNote>;")
    res, warnings = from_akn(twice)
    assert [w.code for w in warnings].count("akn-dropped") == 0 and "akn-characters" not in [w.code for w in warnings]
    res, warnings = from_akn(other)
    dropped = [w.message for w in warnings if w.code == "akn-dropped" and "footnote" in w.message]
    assert dropped == ["footnote '1', a second note under the marker of another (12 characters) has no place in "
                       "the model and was left out"]
    assert len(res.footnotes) == 1 and "akn-characters" not in [w.code for w in warnings]


def test_council_counts_in_favour_alone_without_words_are_a_unanimous_vote():
    # The Chinese S/RES/2663 (2022) has the meta counts (15 in favour, none against or abstaining)
    # but not the step's words "Adopted unanimously" its other versions have: read as a recorded
    # vote, --align flagged it. Words that say otherwise ("Adopted 14-0-1") keep it recorded.
    data = (FIXTURES / "meta-sc.xml").read_bytes()
    res, _ = from_akn(data.replace(b'by="Adopted unanimously, 9252nd meeting"', b'by=""'))
    assert res.vote.type == "unanimous" and res.vote.against is None
    res, _ = from_akn(data.replace(b'by="Adopted unanimously, 9252nd meeting"', b'by="Adopted 2-0-1"'))
    assert res.vote.type == "recorded"


def test_preamble_list_mark_brackets_and_printed_counts():
    """A preambular paragraph's list after the p that leads in to it is read as its running text, in
    its place (akn-preamble-list-flattened); brackets printed around a note's mark (`<sup>(</sup>`
    note `<sup>)</sup>`, and "()" opening the note's own text) are the mark's format (mark-brackets);
    the count the vote's sentence prints is the side's count, not the meta's copy (printed-count)."""
    res, by_code, codes = read("preamble-list-marks-count.xml")
    para, second = res.preamble.paragraphs
    assert para.text == "إذ يرحب بالخطط الوطنية للموانئ التي تشمل ما يلي: (أ) صيانة الأرصفة، (ب) تدريب المرشدين،"
    assert [(r.marker, para.text[:r.offset][-7:]) for r in para.footnote_refs] == [("1", "للموانئ")]
    # The brackets mirrored in the file (")" before the note, "(" after), and typed as text around it.
    assert second.text == "وإذ يشير إلى الخطة وإلى التقرير،"
    assert [(r.marker, second.text[:r.offset][-5:]) for r in second.footnote_refs] == [("2", "الخطة"), ("3", "تقرير")]
    assert [(f.marker, f.text) for f in res.footnotes] == [("1", "A/HRC/95/12."), ("2", "A/HRC/95/13."),
                                                           ("3", "A/HRC/95/14.")]
    assert (res.vote.in_favour.count, [m.iso3 for m in res.vote.in_favour.members]) == (2, ["BRA", "CHL"])
    assert res.vote.against.count == 1
    assert codes == ["akn-preamble-list-flattened"]  # no akn-characters, no vote-count-mismatch


def test_lettered_considerations_after_a_colon_are_the_items_of_the_consideration():
    """preamble-items in a part: "Noting with satisfaction:" (a crossHeading), then "(a) That …,",
    "(b) That …," marked up as numbered paragraphs: one preambular paragraph, as the text reader reads
    it; a lettered consideration after one that does not end with a colon stays apart."""
    part = (b'<section><num>B</num><crossHeading><span class="italic">Noting with satisfaction</span>:</crossHeading>'
            b'<paragraph><num>(a)</num><content><p>That ports apply the tables,<authorialNote marker="1">'
            b'<p>E/2040/7.</p></authorialNote></p></content></paragraph>'
            b'<paragraph><num>(b)</num><content><p>That pilots are trained,</p></content></paragraph>'
            b'<crossHeading><span class="italic">Recalling</span> its resolution 2038/4,</crossHeading>'
            b'<paragraph><num>(c)</num><content><p>That the tables are free,</p></content></paragraph>'
            b'<crossHeading><span class="italic">Acting</span> on the recommendation,</crossHeading>'
            b'<paragraph><num>1.</num><content><p><span class="italic">Decides</span> to act.</p></content></paragraph>'
            b'</section>')
    data = (FIXTURES / "two-preambles.xml").read_bytes()
    start, end = data.index(b"<mainBody>") + len(b"<mainBody>"), data.index(b"</mainBody>")
    res, warnings = from_akn(data[:start] + part + data[end:], "part.xml")
    (b,) = res.parts
    assert [p.text for p in b.preamble] == [
        "Noting with satisfaction: (a) That ports apply the tables, (b) That pilots are trained,",
        "Recalling its resolution 2038/4,", "(c) That the tables are free,", "Acting on the recommendation,"]
    (ref,) = b.preamble[0].footnote_refs
    assert b.preamble[0].text[:ref.offset].endswith("apply the tables,")
    assert "akn-characters" not in {w.code for w in warnings}


def test_unnumbered_paragraphs_after_one_that_announces_them_stay_paragraphs_and_headings_head_the_next():
    """announced-items: the unlabelled items after "… as follows:" are paragraphs of their own without a
    number (their note with them), as the UN marks them — no longer read into paragraph 2's text;
    marked-heading: paragraphs holding only subheadings, or only bold, head the next numbered paragraph
    however long or however they end. The text round trip then gives the same paragraphs."""
    from unres.api import parse_text, render_text, validate

    res, by_code, codes = read("unnumbered-among-numbered.xml")
    assert [p.number for p in res.operative] == ["1", "2", None, None, "3", "4", "5", "6", "7", "8"]
    ops = {p.number: p for p in res.operative if p.number}
    assert [s.label for s in ops["7"].subparagraphs] == ["(a)", "(b)"]
    assert ops["8"].headings == ("I. Reporting",)
    assert ops["5"].wrap_up is None and ops["6"].headings == ("Support of the partners:",)
    assert ops["2"].text == "Also decides that the sittings will be held as follows:"
    monday, tuesday = res.operative[2:4]
    assert monday.text == "Monday, 3 May: from 10 a.m. to 1 p.m.;"
    assert tuesday.text == "Tuesday, 4 May: from 3 to 6 p.m.;"
    assert [(x.marker, monday.text[:x.offset].endswith("1 p.m.;")) for x in monday.footnote_refs] == [("1", True)]
    assert "akn-paragraph-continued" not in codes
    assert ops["3"].headings == ("IV", "Arrangements for the review of the agreement on the conservation of "
                                 "the migratory species of the northern seas and the management of their habitats")
    assert ops["4"].headings == ("Review of the programme (Northern Seas Office)",)
    assert "akn-characters" not in by_code
    assert [p.code for p in validate(res) if p.code.startswith("operative")] == []
    back = parse_text(render_text(res), "en")
    assert [(p.number, p.text, p.headings) for p in back.operative] == [
        (p.number, p.text, p.headings) for p in res.operative]


def test_words_read_as_a_wrap_up_before_the_next_item_stay_with_the_item_before():
    """words-between-items: the lines under (b) first close the list as its wrap-up; (c) after them
    shows the list goes on: they are (b)'s words, and (c) is the list's third item."""
    from unres.api import parse_text, render_text

    res, by_code, _ = read("words-between-items.xml")
    first, second = res.operative
    assert [(s.label, s.text) for s in first.subparagraphs] == [
        ("(a)", "Two panels will be held in the afternoon;"),
        ("(b)", "The panels will address the following themes: Panel 1: Water for towns; Panel 2: Water for fields;"),
        ("(c)", "Each panel will have two chairs;")]
    assert first.wrap_up is None and second.number == "2"
    assert "akn-characters" not in by_code and "akn-dropped" not in by_code
    back = parse_text(render_text(res), "en")
    assert back.operative == res.operative


@pytest.mark.parametrize(("label", "value", "number", "warned"), [
    ("Fifty-fifth session", "50", 55, True),  # the label printed says otherwise: the label's number
    ("Fifty-fifth session", "55", 55, False),
    ("2031 session", "2031", 2031, False),  # a year is no ordinal to check against
])
def test_a_session_value_the_printed_label_contradicts_gives_way_to_the_label(label, value, number, warned):
    data = (FIXTURES / "sublist.xml").read_bytes().replace(
        b"<preamble>", f'<coverPage><p><session value="{value}">{label}</session></p></coverPage><preamble>'.encode())
    res, warnings = from_akn(data)
    assert res.metadata.session is not None and res.metadata.session.number == number
    assert any(w.code == "akn-session-number" for w in warnings) == warned


def _with_conclusions(body_end: str, conclusions: str) -> bytes:
    data = (FIXTURES / "sublist.xml").read_bytes()
    end = f"{body_end}</mainBody><conclusions><p>{conclusions}</p></conclusions>"
    return data.replace(b"</mainBody>", end.encode())


def test_the_conclusions_adoption_meeting_is_the_meeting_and_a_repetition_of_it_in_the_body_no_paragraph():
    """The General Assembly's and ECOSOC's conclusions state the meeting as an inline adoptionMeeting
    (it was lost); meeting-in-body: a last unnumbered paragraph the language's meeting pattern reads
    whole (the "(resumed)" forms too) is the meeting where the conclusions state none, and left out
    (reported) where they do; either way no operative paragraph, and no character unaccounted."""
    from unres.api import parse_text, render_text

    stated = '<inline name="adoptionMeeting" title="56th">56th (resumed) plenary meeting</inline>'
    res, warnings = from_akn(_with_conclusions("", stated))
    assert (res.metadata.meeting.number, res.metadata.meeting.label) == (56, "56th (resumed) plenary meeting")
    assert parse_text(render_text(res), "en").metadata.meeting == res.metadata.meeting
    line = ('<paragraph eId="para_9"><content><p><span class="italic">56th (resumed) plenary meeting</span></p>'
            "</content></paragraph>")
    for conclusions in (stated, ""):
        res, warnings = from_akn(_with_conclusions(line, conclusions))
        codes = [w.code for w in warnings]
        assert [p.number for p in res.operative] == ["1"] and "akn-meeting-in-body" in codes
        assert res.metadata.meeting is not None and res.metadata.meeting.number == 56
        assert "akn-characters" not in codes


def test_a_meeting_numbered_in_words_is_counted_by_the_languages_ordinal_words():
    """meeting-in-words: "Primera sesión plenaria" (title="Primera") has no digit; its number is what
    its words count with the table's ordinal words, as session labels are read."""
    stated = '<inline name="adoptionMeeting" title="Twenty-third">Twenty-third plenary meeting</inline>'
    res, _ = from_akn(_with_conclusions("", stated))
    assert (res.metadata.meeting.number, res.metadata.meeting.label) == (23, "Twenty-third plenary meeting")
    unnumbered = '<inline name="adoptionMeeting">Plenary meeting</inline>'
    assert from_akn(_with_conclusions("", unnumbered))[0].metadata.meeting.number is None  # no words to count


def test_shaped_arabic_letters_are_read_as_their_letters_where_one_letter_stands_for_one():
    """presentation-forms: "ﺑـ" (U+FE91, a shaped letter) is "بـ", as the text reader folds it; the
    link after it keeps its place; a ligature of two letters ("ﻻ") is kept as written."""
    data = (FIXTURES / "sublist.xml").read_bytes().replace(
        b"its resolution", "its ﺑـ ﻻ resolution".encode())
    res, warnings = from_akn(data)
    pre = res.preamble.paragraphs[0]
    assert "its بـ ﻻ resolution" in pre.text
    assert pre.links == (Link(pre.text.index("75/325"), 6, "https://undocs.org/en/A/RES/75/325"),)
    assert "akn-characters" not in [w.code for w in warnings]


def test_a_tables_heading_marked_up_as_the_one_point_of_the_paragraph_announcing_it_is_its_caption():
    """table-heading-point, table-heading-caption: "A." / "Lighthouse Service", the one point of the
    paragraph announcing the table, is the table's heading, as "B." / "Harbour Office" over the next
    table is (A/RES/77/258's Arabic file marks both so): each the caption of its table (model 1.3).
    table-breaks-paragraph: the note after the first table is no rest of paragraph 1. Plain text
    gives back the same paragraphs and tables."""
    from unres.api import parse_text, render_text
    from unres.model import to_dict

    res, by_code, _ = read("table-heading-point.xml")
    assert [(p.number, p.headings, p.text, p.subparagraphs) for p in res.operative] == [
        ("1", (), "Approves the changes to the staffing table as set out in the table below:", ()),
        (None, (), "Abbreviations: K, Keeper.", ()),
        ("2", (), "Decides to remain seized.", ())]
    assert [(t.position, t.caption, t.rows[0].cells[0].text) for t in res.tables] == [
        (1, "A. Lighthouse Service", "Keeper"), (2, "B. Harbour Office", "Pilot")]
    assert "akn-characters" not in by_code and "akn-dropped" not in by_code
    back = parse_text(render_text(res), "en")
    assert [(p.number, p.headings, p.text) for p in back.operative] == [
        (p.number, p.headings, p.text) for p in res.operative]
    assert to_dict(back)["tables"] == to_dict(res)["tables"]


def test_words_alone_in_a_plain_paragraph_right_above_a_table_are_its_caption():
    """table-caption-paragraph: "B." / "Harbour Office" marked up as a plain paragraph (no heading's
    style: A/RES/77/258's English, French… files) right above a table is its caption, the letter kept,
    not an unnumbered operative paragraph whose letter the model had no place for."""
    data = (FIXTURES / "table-heading-point.xml").read_bytes()
    assert data.count(b'<paragraph class="H1">') == 1
    res, warnings = from_akn(data.replace(b'<paragraph class="H1">', b"<paragraph>"))
    assert [(t.position, t.caption) for t in res.tables] == [(1, "A. Lighthouse Service"), (2, "B. Harbour Office")]
    assert [p.number for p in res.operative] == ["1", None, "2"]
    assert not {"akn-characters", "akn-dropped"} & {w.code for w in warnings}


def test_a_sublist_whose_labels_go_on_with_the_point_before_is_the_rest_of_its_list():
    """sublist-goes-on: "с)" (Cyrillic), then a sublist "d)", "е)": one list of five items, as printed
    (the UN's files of A/RES/77/221, 78/30 in Russian); "i)" alone under "h)" stays a list under it."""
    res, by_code, _ = read("sublist-goes-on.xml")
    first, second, third = res.operative
    assert [s.label for s in first.subparagraphs] == ["a)", "b)", "с)", "d)", "е)"]
    assert [s.label for s in third.subparagraphs] == ["a)", "b)", "c)"]
    assert [s.label for s in third.subparagraphs[1].subparagraphs] == ["i)"]
    assert [s.label for s in second.subparagraphs] == ["h)"]
    assert [s.label for s in second.subparagraphs[0].subparagraphs] == ["i)"]
    assert "akn-characters" not in by_code


def test_a_preambular_clause_marked_up_apart_in_lower_case_goes_on_with_the_paragraph_before():
    """preamble-lower-case-goes-on: "et soulignant …," (the French and Spanish files of S/RES/2568)
    is the last clause of the paragraph before, as plain text reads it."""
    from unres.api import parse_text, render_text

    res, by_code, _ = read("preamble-lower-case.xml")
    assert [p.text for p in res.preamble.paragraphs] == [
        "Rappelant ses résolutions sur les phares, et soulignant la nécessité de les entretenir,",
        "Considérant que la nuit tombe tôt,"]
    assert "akn-characters" not in by_code
    assert [p.text for p in parse_text(render_text(res), "fr").preamble.paragraphs] == [
        p.text for p in res.preamble.paragraphs]


def test_an_item_typed_into_a_paragraph_of_an_unnumbered_resolution_goes_on_with_its_list():
    """typed-item-label, unnumbered: "(十一)" after ㈩ (E/RES/2022/16 zh; ’26‘ in the Arabic)."""
    res, by_code, _ = read("typed-items-unnumbered.xml")
    first = res.operative[0]
    assert [s.label for s in first.subparagraphs[0].subparagraphs] == ["㈨", "㈩", "(十一)"]
    assert first.subparagraphs[0].subparagraphs[-1].text == "报告工作；"
    assert [p.text for p in res.operative[1:]] == ["鼓励委员会继续工作。"]
    assert "akn-characters" not in by_code


def test_operative_paragraphs_typed_into_the_last_preambular_containers_are_operative():
    """numbered-in-preamble: "1. 表示赞赏…", "2. 请…" in the preamble, then paragraph 3 in the body
    (A/RES/77/101 and 77/208 zh): operative paragraphs 1 and 2, as printed."""
    res, by_code, _ = read("numbered-in-preamble.xml")
    assert [p.text for p in res.preamble.paragraphs] == ["回顾其以往决议，"]
    assert [(p.number, p.text) for p in res.operative] == [
        ("1", "表示赞赏灯塔看守人的工作；"), ("2", "请秘书长提交报告；"), ("3", "决定继续处理此案。")]
    assert "akn-characters" not in by_code


def test_the_first_unnumbered_operative_paragraph_marked_up_in_the_preamble_is_operative():
    """unnumbered-in-preamble: "Urges all States to ensure:" as the preamble's last container of an
    unnumbered resolution (A/RES/77/128 A zh, ru) is its first operative paragraph."""
    res, by_code, _ = read("unnumbered-in-preamble.xml")
    assert [p.text for p in res.preamble.paragraphs] == ["Recalling its earlier decisions,"]
    assert [p.text for p in res.operative][:1] == ["Urges all States to ensure:"]
    assert all(p.number is None for p in res.operative)
    assert "akn-characters" not in by_code


def test_the_first_operative_paragraphs_whose_numbers_the_file_lost_are_numbered():
    """numbers-lost: "Urges …;" unnumbered before paragraph 2 (A/HRC/RES/54/35 en, E/RES/2023/8 es)
    is paragraph 1, said with akn-number-lost; the count of characters knows the number is no text of
    the file."""
    res, by_code, _ = read("numbers-lost.xml")
    assert [(p.number, p.text) for p in res.operative] == [
        ("1", "Urges all States to keep the lamps lit;"), ("2", "Decides to remain seized of the matter.")]
    assert "numbered 1" in by_code["akn-number-lost"] and "akn-characters" not in by_code


def test_an_annex_marked_as_several_preamble_and_mainbody_blocks_is_read_block_after_block():
    # annex-blocks-in-order: an annex that is a text with its own preamble (a declaration, principles)
    # comes as preamble/mainBody blocks in one doc; before, only the first mainBody was read.
    res, by_code, codes = read("annex-blocks.xml")
    (annex,) = res.annexes
    assert (annex.label, annex.title) == ("Annex", "Principles on Coral Reef Stewardship")
    assert [(p.number, p.text) for p in annex.paragraphs] == [
        (None, "The States adopting these Principles,"), (None, "Mindful of the decline of reefs worldwide,"),
        ("1.", "Reefs shall be surveyed every five years."), (None, "Recalling the first Principle,"),
        ("2.", "Surveys shall be published.")]
    assert "akn-characters" not in by_code and "akn-dropped" not in by_code, codes


def test_typed_labels_after_a_paragraph_announcing_them_open_its_list():
    """typed-item-label: "1) …" and "2) …", unnumbered paragraphs after "1. Considère … suivantes :",
    are its sub-paragraphs (labels out of the text); announced-items: "Lundi : …" after "2. Décide …
    comme suit :" stays a paragraph without a number. The text round trip gives the same."""
    from unres.api import parse_text, render_text

    res, _, codes = read("typed-items-announced.xml")
    assert [p.number for p in res.operative] == ["1", "2", None, "3"]
    first = res.operative[0]
    assert [(s.label, s.text) for s in first.subparagraphs] == [
        ("1)", "Patrouilles : obtenir des autorisations permanentes pour toutes les patrouilles ;"),
        ("2)", "Bases : appuyer la mise en service de la base du nord ;")]
    assert res.operative[2].text == "Lundi : de 10 heures à 13 heures ;"
    assert "akn-paragraph-continued" not in codes
    back = parse_text(render_text(res), "fr")
    assert [(p.number, p.text, [(s.label, s.text) for s in p.subparagraphs]) for p in back.operative] == [
        (p.number, p.text, [(s.label, s.text) for s in p.subparagraphs]) for p in res.operative]
