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
