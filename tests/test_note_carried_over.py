"""A note the page's foot cut, whose rest the next page's foot does not give (note-carried-over): told, located.

The fixture tests/fixtures/layout/note-carried-over.txt gives the rest under the next page's rule; here the rule is
missing, so nothing tells the rest from the running text above it: the reading is not forced, it is reported."""

from pathlib import Path

from unres.api import parse_text

FIXTURE = Path(__file__).parent / "fixtures" / "layout" / "note-carried-over.txt"


def _without_second_rule(text: str) -> str:
    lines = text.splitlines(keepends=True)
    rules = [k for k, line in enumerate(lines) if line.startswith("____")]
    del lines[rules[1]]
    return "".join(lines)


def test_a_cut_note_without_its_rest_is_reported_at_its_page_foot() -> None:
    warnings: list = []
    parse_text(_without_second_rule(FIXTURE.read_text(encoding="utf-8")), "en", warnings=warnings)
    told = [w for w in warnings if w.code == "text-note-unfinished"]
    assert [w.line for w in told] == [14]
    assert "'1'" in told[0].message


def test_a_note_finished_at_its_page_foot_is_not_reported() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("from 3 to 7 May\n", "from 3 to 7 May 2036.\n")
    text = text.replace("2036, annex I, chap. III.\n", "")
    warnings: list = []
    parse_text(text, "en", warnings=warnings)
    assert not [w for w in warnings if w.code == "text-note-unfinished"]


def test_the_layouts_carry_a_note_that_does_not_fit_to_the_next_page_foot_above_its_notes() -> None:
    """tests/pages.py: a page's last note whose lines do not fit in the room left (note_room) is cut, its rest printed
    first at the next page's foot, without a marker; no line of it is lost."""
    from dataclasses import replace

    import pdfvariants
    from akndoc import read_akn
    from pages import for_document, set_on_pages

    xml = Path(__file__).parent / "fixtures" / "generalisation" / "lighthouses.en.xml"
    doc, _ = read_akn(xml.read_bytes())
    settings = replace(for_document(pdfvariants.BASELINE.pages, doc, xml.name), width=24, page_len=8)
    whole = [x for x in set_on_pages(doc, replace(settings, note_room=0)) if x.kind == "note"]
    cut = [x for x in set_on_pages(doc, replace(settings, note_room=1)) if x.kind == "note"]
    assert [(x.text, x.page) for x in cut] != [(x.text, x.page) for x in whole]
    assert sorted(x.text for x in cut) == sorted(x.text for x in whole)
    carried = [(x.key, x.page) for x in cut]
    split = [key for key in {k for k, _ in carried} if len({p for k, p in carried if k == key}) > 1]
    assert split
    for key in split:
        later = max(p for k, p in carried if k == key)
        first_on_page = next(x for x in cut if x.page == later)
        assert first_on_page.key == key  # (the rest stands above the page's own notes)
