"""Older UN print (the 1990s-2000s; issue 22: sessions outside the corpus): running heads of two lines, the
symbol and the page under it (rule running-head-page), the cover's heading without its date (adopted-undated),
in capitals in the 1990s with "Distr. GENERAL" (cover-capitals). Made-up texts; and the test layouts' draw of
the class (tests/pages.py), which leaves every document not drawn "older" as it was."""

from __future__ import annotations

import pytest

from unres.text.parse import parse_text


def cover(symbol: str = "A/RES/59/120", heading: str = "Resolution adopted by the General Assembly",
          distribution: str = "Distr.: General") -> str:
    """A made-up older General Assembly cover, down to the line that numbers the title."""
    number = symbol.removeprefix("A/RES/")
    return (f"United Nations\n{symbol}\nGeneral Assembly\n{distribution}\n20 December 2004\nFifty-ninth session\n"
            f"Agenda item 52\nSafety of the coastal lighthouses\n{heading}\n"
            f"[without reference to a Main Committee (A/59/L.33)]\n{number}. Keepers of the lighthouses\n")


BODY = """The General Assembly,
 Recalling its resolution 58/311 on the keepers of the coastal lighthouses,
 1. Invites the coastal States to light their beacons in the evening and to keep them lit
{head}until the morning;
 2. Decides to remain seized of the matter.
71st plenary meeting
10 December 2004
"""


def text(head: str, **kw: str) -> str:
    return cover(**kw) + "04-48812\n" + BODY.format(head=head)


@pytest.mark.parametrize("head", ["A/RES/59/120\nPage 2\n", " " * 20 + "A/RES/59/120\n" + " " * 20 + "Page 3\n",
                                  "A/RES/59/120\n\nPage 2\n\n"])
def test_a_page_head_between_the_halves_of_a_cut_paragraph_is_furniture(head):
    res = parse_text(text(head)).resolution
    assert res.operative[0].text == ("Invites the coastal States to light their beacons in the evening and to keep "
                                     "them lit until the morning;")
    assert [o.number for o in res.operative] == ["1", "2"]


def test_a_page_head_in_the_language_of_the_text_and_in_english():
    fr = (cover().replace("General Assembly\n", "Assemblée générale\n", 1)
          .replace("Distr.: General", "Distr. générale").replace("Fifty-ninth session", "Cinquante-neuvième session")
          .replace("Agenda item 52", "Point 52 de l’ordre du jour")
          .replace("Resolution adopted by the General Assembly", "Résolution adoptée par l’Assemblée générale")
          .replace("[without reference to a Main Committee (A/59/L.33)]",
                   "[sans renvoi à une grande commission (A/59/L.33)]")
          + "04-48812\nL’Assemblée générale,\n 1. Invite les États côtiers à allumer leurs phares le soir et à les\n"
          "{head}garder allumés jusqu’au matin;\n 2. Décide de rester saisie de la question.\n"
          "71e séance plénière\n10 décembre 2004\n")
    for head in ("A/RES/59/120\nPage 2\n", "A/RES/59/120\nPágina 2\n"):
        res = parse_text(fr.format(head=head)).resolution
        assert res.operative[0].text == "Invite les États côtiers à allumer leurs phares le soir et à les garder " \
                                        "allumés jusqu’au matin;"


def test_a_page_line_with_no_head_above_it_is_text():
    # A quoted text's page reference, or a line of the text, alone on its line: no symbol above it, no head.
    res = parse_text(text("Page 2\n")).resolution
    assert res.operative[0].text.endswith("keep them lit Page 2 until the morning;")


def test_the_undated_heading_ends_the_agenda_title_and_the_closing_dates_the_adoption():
    res = parse_text(text("")).resolution
    assert res.metadata.adoption_date == "2004-12-10"
    assert [a.title for a in res.agenda_items] == ["Safety of the coastal lighthouses"]


def test_a_cover_of_the_nineties_in_capitals():
    parsed = parse_text(text("", heading="RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", distribution="Distr. GENERAL"))
    assert parsed.resolution.metadata.distribution == "General"
    assert [a.title for a in parsed.resolution.agenda_items] == ["Safety of the coastal lighthouses"]
    assert not [w for w in parsed.warnings if w.code == "text-header-unknown"]


def test_an_undated_heading_naming_no_body_is_no_heading():
    # "Resolution adopted by consensus…" is no cover heading: it stays a line of the agenda item's title.
    res = parse_text(text("", heading="Resolution adopted by the Conference of Beacon Keepers")).resolution
    assert res.agenda_items[0].title == ("Safety of the coastal lighthouses Resolution adopted by the Conference of "
                                         "Beacon Keepers")


def test_the_layouts_draw_older_print_apart_from_every_other_choice():
    import pages
    from akndoc import Block, CoverLine, Doc
    from pdfvariants import BASELINE, draw, lay_out_as
    heading = "Resolution adopted by the General Assembly on 10 December 2004"
    doc = Doc("A/RES/59/120", "en", [CoverLine("publisher", "United Nations"), CoverLine("symbol", "A/RES/59/120"),
                                     CoverLine("body", "General Assembly"), CoverLine("status", "Distr.: General"),
                                     CoverLine("date", "20 December 2004"), CoverLine("title", heading)],
              [Block("line", "formula", "The General Assembly,")]
              + [Block("para", "operative", f"{k}. Decides to keep the beacon number {k} lit.") for k in range(1, 80)])
    plain = lay_out_as(doc, "x.xml", pages.with_choice(BASELINE, "older", ""))
    older = lay_out_as(doc, "x.xml", pages.with_choice(BASELINE, "older", "2000s"))
    nineties = lay_out_as(doc, "x.xml", pages.with_choice(BASELINE, "older", "1990s"))
    assert "A/RES/59/120\nPage 2\n" in older.text and "Page 2" not in plain.text
    assert "Resolution adopted by the General Assembly\n" in older.text
    assert "RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY\n" in nineties.text and "Distr. GENERAL" in nineties.text
    assert dict(plain.choices)["older"] == "" and dict(older.choices)["older"] == "2000s"
    # drawn on its own stream: the other choices are those the document draws without it
    v = draw("x.xml")
    assert [c for c in lay_out_as(doc, "x.xml", v).choices if c[0] != "older"] == [
        c for c in lay_out_as(doc, "x.xml", pages.with_choice(v, "older", "")).choices if c[0] != "older"]
