"""Akoma Ntoso: the writer's output is XSD- and profile-valid, the reader inverts it, the profile bites."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from unres.akn.reader import from_akn
from unres.akn.writer import to_akn
from unres.akn.xsd import profile_problems, xsd_problems
from unres.jsonio import from_json
from unres.safexml import parse_xml

from conftest import SAMPLES

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
MODELS = [SAMPLES / "A-HRC-RES-35-8.zh.json", *sorted((SAMPLES / "valid").glob("*.json"))]


def load(path):
    return from_json(path.read_bytes())


def test_seed_akn_shape():
    xml = to_akn(load(SAMPLES / "A-HRC-RES-35-8.zh.json"))
    tree = parse_xml(xml)
    assert xsd_problems(tree) == [] and profile_problems(tree) == []
    st = tree.getroot().find("a:statement", NS)
    assert st.get("name") == "resolution"
    assert len(st.findall("a:preamble/a:container", NS)) == 23
    assert st.find("a:preamble", NS)[0].tag.endswith("formula")
    paras = st.findall("a:mainBody/a:paragraph", NS)
    assert len(paras) == 25
    notes = paras[14].findall(".//a:authorialNote", NS)
    assert [n.get("marker") for n in notes] == ["1"]
    assert sum(len(p.findall(".//a:authorialNote", NS)) for p in paras) == 1
    counts = {c.get("refersTo"): int(c.get("value")) for c in st.iterfind(".//a:voting/a:count", NS)}
    assert counts == {"#inFavour": 32, "#against": 3, "#abstaining": 12}
    members = st.findall("a:conclusions/a:p[@class='voteSide']/a:organization", NS)
    assert len(members) == 47
    tlc = {t.get("eId"): t.get("href") for t in st.iterfind("a:meta/a:references/a:TLCOrganization", NS)}
    for m in members:
        href = tlc[m.get("refersTo")[1:]]
        assert href.endswith("/" + m.get("refersTo").split("_")[1])
        assert "]" not in m.text and "、" not in m.text
    this = st.find("a:meta/a:identification/a:FRBRManifestation/a:FRBRthis", NS).get("value")
    assert this == "/akn/un/statement/deliberation/unga-hrc/2017-06-22/35-8/zho@/!main.xml"


@pytest.mark.parametrize("path", MODELS, ids=lambda p: p.name)
def test_model_akn_model_is_identity_and_valid(path):
    res = load(path)
    xml = to_akn(res)
    tree = parse_xml(xml)
    assert xsd_problems(tree) == []
    assert profile_problems(tree) == []
    back, warnings = from_akn(xml)
    assert back == res
    assert warnings == []
    assert to_akn(back) == xml  # stable: same model, byte-identical XML


def _mutate(xml: bytes, fn) -> list[str]:
    root = etree.fromstring(xml)
    fn(root)
    tree = etree.ElementTree(root)
    return sorted({p.code for p in xsd_problems(tree) + profile_problems(tree)})


SEED_XML = None


def seed_xml() -> bytes:
    global SEED_XML
    if SEED_XML is None:
        SEED_XML = to_akn(load(SAMPLES / "A-HRC-RES-35-8.zh.json"))
    return SEED_XML


def test_profile_rejects_dropped_num():
    def drop(root):
        num = root.find(".//a:mainBody/a:paragraph[3]/a:num", NS)
        num.getparent().remove(num)
    assert "profile-paragraph-sequence" in _mutate(seed_xml(), drop)


def test_profile_rejects_renumbered_paragraph():
    def renumber(root):
        root.find(".//a:mainBody/a:paragraph[3]/a:num", NS).text = "7."
    assert _mutate(seed_xml(), renumber) == ["profile-paragraph-sequence"]


def test_profile_rejects_statement_name():
    def rename(root):
        root.find("a:statement", NS).set("name", "decision")
    assert _mutate(seed_xml(), rename) == ["profile-statement"]


def test_xsd_rejects_renamed_element():
    def rename(root):
        root.find(".//a:mainBody/a:paragraph", NS).tag = "{{{}}}paragraf".format(NS["a"])
    assert "akn-xsd" in _mutate(seed_xml(), rename)


def test_profile_rejects_broken_frbr():
    def lang(root):
        root.find(".//a:FRBRExpression/a:FRBRlanguage", NS).set("language", "eng")
    assert _mutate(seed_xml(), lang) == ["profile-frbr-language"]

    def date(root):
        root.find(".//a:FRBRWork/a:FRBRdate", NS).set("date", "2017-06-23")
    assert _mutate(seed_xml(), date) == ["profile-frbr-date"]


def test_profile_rejects_count_that_disagrees_with_voters():
    def count(root):
        root.find(".//a:voting/a:count", NS).set("value", "31")
    assert _mutate(seed_xml(), count) == ["profile-vote-count"]


def test_profile_rejects_note_without_marker():
    def marker(root):
        root.find(".//a:authorialNote", NS).set("marker", " ")
    assert _mutate(seed_xml(), marker) == ["profile-note-marker"]


def test_json_model_to_akn_cli_roundtrip(tmp_path):
    from unres.cli import main

    out = tmp_path / "seed.xml"
    assert main(["convert", str(SAMPLES / "A-HRC-RES-35-8.zh.json"), "--to", "akn", "-o", str(out)]) == 0
    back = tmp_path / "back.json"
    assert main(["convert", str(out), "--to", "json", "-o", str(back)]) == 0
    assert json.loads(back.read_text(encoding="utf-8")) == json.loads(
        (SAMPLES / "A-HRC-RES-35-8.zh.json").read_text(encoding="utf-8"))


def test_a_resolution_with_nothing_for_the_cover_page_gives_valid_akn():
    # Old Security Council texts may give no symbol, body or dates: an empty coverPage is
    # invalid AKN, so none is written — and the model still comes back whole.
    from unres.model import Metadata, OperativeParagraph, Preamble, Resolution, Vote, VoteSide

    res = Resolution(metadata=Metadata(language="en", resolution_number="4 (1946)", adoption_date="1946-04-29"),
                     preamble=Preamble(None, ()),
                     operative=(OperativeParagraph(None, "Hereby resolves to make further studies."),),
                     vote=Vote("recorded", "Adopted by 10 votes to none, with 1 abstention.", (),
                               VoteSide(10, ()), VoteSide(0, ()), VoteSide(1, ())))
    xml = to_akn(res)
    tree = parse_xml(xml)
    assert tree.find(".//{*}coverPage") is None
    assert xsd_problems(tree) == [] and profile_problems(tree) == []
    assert from_akn(xml)[0] == res


def test_wrap_up_is_written_after_the_points_and_read_from_the_uns_markup():
    res = load(SAMPLES / "valid" / "en-ga-recorded.json")
    assert res.operative[1].wrap_up is not None
    tree = parse_xml(to_akn(res))
    lst = tree.getroot().find(".//a:paragraph[@eId='para_2']/a:list", NS)
    assert [etree.QName(c).localname for c in lst] == ["intro", "point", "point", "wrapUp"]
    # (its p holds the text; the lines around it are the file's indentation)
    assert "".join(lst[-1].find("a:p", NS).itertext()) == res.operative[1].wrap_up.text
    # The UN's files make the wrap-up a paragraph of its own, without a number.
    wrap = lst[-1]
    lst.remove(wrap)
    para = etree.SubElement(lst.getparent().getparent(), f"{{{NS['a']}}}paragraph")
    lst.getparent().addnext(para)
    content = etree.SubElement(para, f"{{{NS['a']}}}content")
    content.append(wrap[0])
    ident = tree.getroot().find(".//a:identification", NS)
    ident.set("source", "#un")
    back, _ = from_akn(etree.tostring(tree))
    assert [p.number for p in back.operative] == ["1", "2", "3"]
    assert back.operative[1].wrap_up.text == res.operative[1].wrap_up.text


def test_parts_are_written_as_part_elements_and_read_from_the_uns_sections():
    res = load(SAMPLES / "valid" / "en-ecosoc-parts.json")
    tree = parse_xml(to_akn(res))
    body = tree.getroot().find(".//a:mainBody", NS)
    parts = body.findall("a:part", NS)
    assert [p.get("eId") for p in parts] == ["part_1", "part_2"]
    assert body.find("a:paragraph", NS) is None
    assert [p.findtext("a:num", namespaces=NS) for p in parts] == ["A", "B"]
    assert [p.get("eId") for p in parts[1].findall("a:paragraph", NS)] == ["part_2__para_1", "part_2__para_2"]
    assert len(parts[1].findall("a:hcontainer[@class='preambular']", NS)) == 1  # the colon and its items
    # The UN's markup of the same: section, subheading (label, title), crossHeading, paragraph.
    a = f"{{{NS['a']}}}"
    for part in parts:
        part.tag = a + "section"
        for el in part.findall("a:num", NS) + part.findall("a:heading", NS):
            el.tag = a + "subheading"
        for h in part.findall("a:hcontainer", NS):
            cross = etree.Element(a + "crossHeading")
            p = h.find("a:content/a:p", NS)
            cross.text, cross[:] = p.text, list(p)
            h.addprevious(cross)
            part.remove(h)
    tree.getroot().find(".//a:identification", NS).set("source", "#un")
    back, _ = from_akn(etree.tostring(tree))
    assert [(p.label, p.title) for p in back.parts] == [(p.label, p.title) for p in res.parts]
    assert [[q.text for q in p.preamble] for p in back.parts] == [[q.text for q in p.preamble] for p in res.parts]
    assert [[(o.number, o.text) for o in p.operative] for p in back.parts] == [
        [(o.number, o.text) for o in p.operative] for p in res.parts]


def test_profile_rejects_a_paragraph_outside_the_parts():
    res = load(SAMPLES / "valid" / "en-ecosoc-parts.json")
    root = etree.fromstring(to_akn(res))
    body = root.find(".//a:mainBody", NS)
    body.insert(0, root.find(".//a:part/a:paragraph", NS))
    assert "profile-part" in [p.code for p in profile_problems(etree.ElementTree(root))]


def test_headings_are_heading_only_hcontainers_and_read_from_the_uns_subheading_paragraphs():
    res = load(SAMPLES / "valid" / "en-sc-headings.json")
    tree = parse_xml(to_akn(res))
    body = tree.getroot().find(".//a:mainBody", NS)
    kinds = [(etree.QName(c).localname, c.get("eId")) for c in body]
    assert kinds[:4] == [("hcontainer", "crossHeading_1"), ("paragraph", "para_1"), ("paragraph", "para_2"),
                         ("hcontainer", "crossHeading_2")]
    assert [h.findtext("a:heading", namespaces=NS) for h in body.findall("a:hcontainer", NS)] == [
        "Political process", "Mandate of the Mission", "Priority tasks", "Other tasks", "Reporting"]
    # The UN's files: a paragraph holding only a subheading, before the paragraph it heads.
    a = f"{{{NS['a']}}}"
    for h in body.findall("a:hcontainer", NS):
        para = etree.Element(a + "paragraph", eId=h.get("eId"))
        etree.SubElement(para, a + "subheading").text = "\t\t" + h.findtext("a:heading", namespaces=NS)
        h.addprevious(para)
        body.remove(h)
    tree.getroot().find(".//a:identification", NS).set("source", "#un")
    back, warnings = from_akn(etree.tostring(tree))
    assert [p.headings for p in back.operative] == [p.headings for p in res.operative]
    assert [p.number for p in back.operative] == ["1", "2", "3", "4", "5", "6", "7"]
    assert "akn-heading-dropped" not in [w.code for w in warnings]


def test_a_heading_after_the_last_paragraph_is_reported():
    res = load(SAMPLES / "valid" / "en-sc-headings.json")
    root = etree.fromstring(to_akn(res))
    body = root.find(".//a:mainBody", NS)
    body.append(body.find("a:hcontainer", NS))
    back, warnings = from_akn(etree.tostring(root))
    assert back.operative[0].headings == ()
    assert [w.code for w in warnings] == ["akn-heading-dropped"]


def test_profile_rejects_a_heading_that_holds_more_than_its_heading():
    root = etree.fromstring(to_akn(load(SAMPLES / "valid" / "en-sc-headings.json")))
    h = root.find(".//a:mainBody/a:hcontainer", NS)
    etree.SubElement(h, f"{{{NS['a']}}}subheading").text = "Second line"
    assert "profile-heading" in [p.code for p in profile_problems(etree.ElementTree(root))]


def test_akn_is_written_indented_so_that_a_problem_has_a_line_that_means_something():
    res = load(SAMPLES / "valid" / "en-ga-recorded.json")
    xml = to_akn(res)
    lines = xml.decode("utf-8").splitlines()
    # One element of the structure to a line, indented by its depth (as the UN's files are).
    assert lines[1].startswith("<akomaNtoso") and lines[2] == '  <statement name="resolution">'
    para = next(i for i, line in enumerate(lines) if line.strip() == '<paragraph eId="para_2">')
    assert lines[para + 1].strip() == "<num>2.</num>" and lines[para + 1].startswith(" " * 8)
    # Text is untouched: a p's content is on its line, with no whitespace added inside it.
    assert '<p><span class="italic">Requests</span> the Secretary-General to report on:</p>' in lines[para + 4]
    # A problem in the file is located on the line of the element it is about.
    bad = xml.replace(b"<num>2.</num>", b"<num>7.</num>", 1)
    (problem,) = [p for p in profile_problems(parse_xml(bad)) if p.code == "profile-paragraph-sequence"]
    assert problem.line == para + 1  # lines count from 1
    # And the indented file is read as the model it was written from.
    assert from_akn(xml)[0] == res


def test_a_preamble_without_formula_is_valid_akn_and_a_formula_must_come_first():
    # Early Security Council resolutions have no enacting formula: the model allows none, and the
    # AKN profile refused every such document (JSON written, AKN lost).
    from dataclasses import replace

    res = load(SAMPLES / "valid" / "en-ga-recorded.json")
    bare = replace(res, preamble=replace(res.preamble, formula=None))
    assert profile_problems(parse_xml(to_akn(bare))) == []
    assert from_akn(to_akn(bare))[0] == bare
    xml = to_akn(res)
    start, end = xml.index(b"<formula"), xml.index(b"</formula>") + len(b"</formula>")
    moved = xml[:start] + xml[end:].replace(b"</preamble>", xml[start:end] + b"</preamble>", 1)
    assert [p.code for p in profile_problems(parse_xml(moved))] == ["profile-formula-first"]


def test_a_text_without_formula_after_its_heading_converts_to_akn(tmp_path):
    import unres

    text = ("1 (1946) Resolution of 25 January 1946\n\nBy Article 47 of the Charter, a committee shall be "
            "established;\n\n1. The Security Council requests the members to meet;\n\n2. The Security Council "
            "directs that they report.\n\nAdopted at the 2nd meeting.\n")
    found: list = []
    out = unres.convert(text, "akn", name="s.txt", lang="en", warnings=found)
    assert "text-formula-missing" in [p.code for p in found]
    assert [p.severity for p in found if p.code == "text-formula-missing"] == ["warning"]
    assert profile_problems(parse_xml(out)) == [] and b"<formula" not in out
# -- schema 1.1 in AKN4UN's own places -------------------------------------------------------------
def test_new_metadata_goes_where_the_uns_files_put_it():
    """Sponsors and the draft in a workflow step, the meeting record in the adoption step, subjects as
    classification keywords, members of sponsor lists linked to TLCs — and all of it read back."""
    import dataclasses

    from unres.model import Member, Subject

    base = load(SAMPLES / "valid" / "en-ga-recorded.json")
    md = dataclasses.replace(
        base.metadata, draft_symbol="A/79/L.11", sponsors=(Member("France", "FRA"), Member("Holy See", None)),
        additional_sponsors=(Member("Chile", "CHL"),), meeting_record="A/79/PV.52",
        subjects=(Subject("WATER", "UNBIS Thesaurus", "http://metadata.un.org/thesaurus/1006939"),
                  Subject("sanitation")))
    res = dataclasses.replace(base, metadata=md)
    xml = to_akn(res)
    tree = parse_xml(xml)
    assert xsd_problems(tree) == [] and profile_problems(tree) == []
    meta = tree.getroot().find("a:statement/a:meta", NS)
    steps = meta.findall("a:workflow/a:step", NS)
    assert [(s.get("outcome"), s.get("as")) for s in steps] == [
        ("#draftResolution", "A/79/L.11"), ("#draftResolutionAdditionalSponsors", None), ("#adopted", "A/79/PV.52")]
    sponsors = steps[0].findall("{http://un.org/akn4un}sponsors/a:organization", NS)
    assert [(o.text, o.get("refersTo")) for o in sponsors] == [("France", "#member_FRA"), ("Holy See", "#memberState")]
    keywords = meta.findall("a:classification/a:keyword", NS)
    assert [(k.get("value"), k.get("dictionary")) for k in keywords] == [("WATER", "UNBIS Thesaurus"),
                                                                        ("sanitation", "")]
    assert meta.find("a:references/a:TLCOrganization[@eId='member_CHL']", NS) is not None
    assert from_akn(xml) == (res, [])


def test_a_link_cut_by_the_opening_phrase_and_a_note_inside_a_link_come_back():
    import dataclasses

    from unres.model import Footnote, FootnoteRef, Link

    base = load(SAMPLES / "valid" / "fr-hrc-without-vote.json")
    first = base.preamble.paragraphs[0]
    assert first.opening and len(first.text) > len(first.opening) + 10 and not base.footnotes
    end = len(first.opening)
    links = (Link(0, 3, "https://undocs.org/a"), Link(end - 2, 6, "https://undocs.org/b"),
             Link(end + 5, 0, "https://undocs.org/c"))
    para = dataclasses.replace(first, links=links, footnote_refs=(FootnoteRef("1", end + 1),))
    res = dataclasses.replace(base, preamble=dataclasses.replace(base.preamble, paragraphs=(
        para, *base.preamble.paragraphs[1:])), footnotes=(Footnote("1", "Voir A/HRC/1.", (Link(5, 8, "x:y"),)),))
    xml = to_akn(res)
    tree = parse_xml(xml)
    assert xsd_problems(tree) == [] and profile_problems(tree) == []
    p = tree.getroot().find("a:statement/a:preamble/a:container/a:p", NS)
    refs = [r for r in p.iterfind(".//a:ref", NS) if r.get("href") != "x:y"]  # not the note's
    # The second link is cut at the end of the phrase: its rest is marked as going on.
    assert [r.get("class") for r in refs] == [None, None, "continued", None]
    assert refs[1].getparent().tag.endswith("span") and refs[2].getparent() is p
    back, warnings = from_akn(xml)
    assert back == res and warnings == []
    # The note stands inside the cut link's rest, one character after the phrase.
    assert refs[2].find("a:authorialNote", NS) is not None


def test_annex_paragraphs_headings_and_tables_are_written_in_order():
    res = load(SAMPLES / "valid" / "fr-ga-annex-table.json")
    annex = res.annexes[0]
    assert annex.tables and annex.label
    tree = parse_xml(to_akn(res))
    body = tree.getroot().find(".//a:attachment/a:doc/a:mainBody", NS)
    tags = [etree.QName(c).localname for c in body]
    table_at = tags.index("table")
    # The table stands after `position` paragraphs (p or annexParagraph containers; headings apart).
    before = [c for c in body[:table_at] if etree.QName(c).localname == "p" or c.get("name") == "annexParagraph"]
    assert len(before) == annex.tables[0].position
    cells = body[table_at].findall("a:tr/*", NS)
    assert len(cells) == sum(len(r.cells) for r in annex.tables[0].rows)
    assert tree.getroot().findtext(".//a:attachment/a:doc/a:preface/a:p/a:docNumber", namespaces=NS) == annex.label


def test_an_annex_written_indented_reads_back_as_its_model():
    # With AKN written indented, an annex heading's container held the indentation around its
    # heading, read back as the heading's text: 101 UN documents were not written as AKN
    # (schema-pattern on the heading read back).
    from dataclasses import replace

    from unres.model import Annex, AnnexParagraph, Cell, Row, SubParagraph, Table

    res = load(SAMPLES / "valid" / "en-ga-recorded.json")
    annex = Annex("Terms of reference", (
        AnnexParagraph("First text.", headings=("Annex", "A. Scope")),
        AnnexParagraph("Second text:", number="1.", headings=("B. Members",),
                       subparagraphs=(SubParagraph("(a)", "one;"), SubParagraph("(b)", "two.")))),
        "Annex", (Table(1, (Row((Cell("Item", header=True), Cell("Cost"))), Row()), "Table 1"),))
    res = replace(res, annexes=(annex,))
    xml = to_akn(res)
    assert b"\n" in xml[xml.index(b"<attachments"):] and profile_problems(parse_xml(xml)) == []
    assert from_akn(xml)[0] == res


def test_plain_annex_paragraphs_without_a_stop_stay_paragraphs_in_unres_own_files():
    # annex-heading-paragraph reads the UN's files, which mark some headings as plain paragraphs;
    # unres writes a heading as a heading, so its own plain paragraphs are paragraphs whatever their
    # words (a "0" under the title was read back as the heading of the paragraph after it).
    from dataclasses import replace

    from unres.model import Annex, AnnexParagraph

    res = load(SAMPLES / "valid" / "en-ga-recorded.json")
    annex = Annex("Terms of reference", (AnnexParagraph("0"), AnnexParagraph("Scope and members"),
                                         AnnexParagraph("The text goes on."), AnnexParagraph("Final words")),
                  "Annex")
    res = replace(res, annexes=(annex,))
    back, warnings = from_akn(to_akn(res))
    assert back == res and warnings == []


def test_a_resolution_in_parts_published_as_a_collection_is_no_profile_statement_error():
    # The UN publishes some resolutions in parts (A/RES/77/256 A-B) as a documentCollection whose
    # components are the parts' statements: the lint reported each (13 files) as no resolution.
    from conftest import ROOT

    tree = parse_xml((ROOT / "tests" / "fixtures" / "akn-un" / "collection.xml").read_bytes())
    assert "profile-statement" not in [p.code for p in profile_problems(tree)]
    # A collection of anything else is still refused.
    bare = (ROOT / "tests" / "fixtures" / "akn-un" / "collection.xml").read_bytes().replace(
        b'<statement name="resolution"', b'<statement name="decision"')
    assert "profile-statement" in [p.code for p in profile_problems(parse_xml(bare))]


def test_a_footnote_no_text_refers_to_is_written_in_the_meta_notes_and_read_back_in_its_place():
    # Footnotes no authorialNote can print: never referenced (first, between two printed ones, last)
    # and a second footnote under a marker the first one took. The writer lost all four before.
    from dataclasses import replace

    from unres.model import Footnote

    res = load(SAMPLES / "A-HRC-RES-35-8.zh.json")
    printed = list(res.footnotes)
    assert [f.marker for f in printed] == ["1", "*"]
    footnotes = (Footnote("8", "Never referenced, listed first."), printed[0],
                 Footnote("9", "Never referenced, between two printed ones."), printed[1],
                 Footnote("1", "A second footnote under a taken marker."), Footnote("7", "Last."))
    res = replace(res, footnotes=footnotes)
    xml = to_akn(res)
    tree = parse_xml(xml)
    assert xsd_problems(tree) == [] and profile_problems(tree) == []
    notes = tree.getroot().findall("a:statement/a:meta/a:notes/a:note", NS)
    assert [(n.get("marker"), n.get("placementBase")) for n in notes] == [
        ("8", None), ("9", "authorialNote_1"), ("1", "authorialNote_2"), ("7", "authorialNote_2")]
    assert notes[2].findtext("a:p", namespaces=NS) == "A second footnote under a taken marker."
    # the referenced "1" still prints the first footnote with its marker
    first = tree.getroot().find(".//a:mainBody//a:authorialNote", NS)
    assert "".join(first.itertext()) == printed[0].text
    back, warnings = from_akn(xml)
    assert back.footnotes == footnotes
    assert back == res and warnings == []
    assert to_akn(back) == xml


def test_a_meta_note_naming_no_printed_footnote_is_kept_last():
    xml = to_akn(load(SAMPLES / "A-HRC-RES-35-8.zh.json")).replace(
        b"</references>", b'</references><notes source="#unres"><note eId="note_1" marker="5" '
                          b'placementBase="authorialNote_99"><p>Kept.</p></note></notes>')
    back, warnings = from_akn(xml)
    assert [f.marker for f in back.footnotes] == ["1", "*", "5"] and back.footnotes[-1].text == "Kept."
    assert warnings == []


def test_brackets_around_a_mark_in_the_model_survive_unres_own_akn():
    """mark-brackets is a reading of the UN's files only: a model whose text has "(" and ")" right
    around a note's mark, or a note opening with "()", reads back from unres's AKN as it was."""
    from dataclasses import replace

    from unres.model import Footnote, FootnoteRef

    res = load(SAMPLES / "valid" / "en-ga-recorded.json")
    para = res.operative[0]
    text = para.text[:10] + "()" + para.text[10:]
    res = replace(res, operative=(replace(para, text=text, footnote_refs=(FootnoteRef("1", 11),)),
                                  *res.operative[1:]),
                  footnotes=(Footnote("1", "() A/91/1."),))
    assert from_akn(to_akn(res))[0] == res


def test_a_note_on_the_title_is_an_authorial_note_in_doc_title():
    """Model 1.2: the title's note is printed where its mark is, inside docTitle, numbered first
    (it comes before the preamble's notes), and read back as the title's reference."""
    res = load(SAMPLES / "valid" / "en-ga-title-note.json")
    tree = parse_xml(to_akn(res))
    title = tree.getroot().find("a:statement/a:preface/a:p/a:docTitle", NS)
    notes = title.findall("a:authorialNote", NS)
    assert [(n.get("marker"), n.get("eId")) for n in notes] == [("*", "authorialNote_1")]
    assert title.text == res.metadata.title
    assert "".join(notes[0].itertext()).startswith("In the present resolution, the term")
    assert [n.get("marker") for n in tree.getroot().iterfind(".//a:preamble//a:authorialNote", NS)] == ["1"]
    back, _ = from_akn(to_akn(res))
    assert back.metadata.title_footnote_refs == res.metadata.title_footnote_refs and back == res


def test_notes_on_part_and_annex_titles_round_trip():
    from dataclasses import replace

    from unres.model import Annex, AnnexParagraph, Footnote, FootnoteRef

    res = load(SAMPLES / "valid" / "en-ecosoc-parts.json")
    part = replace(res.parts[1], title_footnote_refs=(FootnoteRef("a", 4),))
    annex = Annex("Terms of reference", (AnnexParagraph("The Group shall meet."),), "Annex", (),
                  (FootnoteRef("b", 18),))
    res = replace(res, parts=(res.parts[0], part), annexes=(annex,),
                  footnotes=res.footnotes + (Footnote("a", "On the part."), Footnote("b", "On the annex.")))
    tree = parse_xml(to_akn(res))
    assert xsd_problems(tree) == [] and profile_problems(tree) == []
    heading = tree.getroot().findall("a:statement/a:mainBody/a:part", NS)[1].find("a:heading", NS)
    assert heading.text == "Work" and heading.find("a:authorialNote", NS).get("marker") == "a"
    doc_title = tree.getroot().find(".//a:attachment/a:doc/a:preface/a:p/a:docTitle", NS)
    assert doc_title.find("a:authorialNote", NS).get("marker") == "b"
    back, _ = from_akn(to_akn(res))
    assert back == res
