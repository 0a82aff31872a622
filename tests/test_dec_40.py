"""Round 40 (branch dec-40): paragraph boundaries on documents the reader had never seen (draw s32). Each rule on a
text written for it (the fixture pairs of tests/fixtures/layout, read here with expectations written by hand); each
fails on the base (trial40, 90a8436)."""

from __future__ import annotations

from pathlib import Path

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout"


def _read(code: str, name: str) -> tuple[dict, list[str]]:
    text = (LAYOUT / f"{name}.txt").read_text(encoding="utf-8")
    decoded, warnings = decode(text.encode())
    model = to_dict(result(read(lang(code), decoded, warnings)))
    return model, [w.code for w in warnings]


# note-ends-at-number-alone: a note left without its full stop ends at the next operative number standing alone; the
# paragraph's rest it ran on over goes back to the paragraph, and the paragraphs under it keep their numbers.
def test_note_without_stop_ends_at_the_next_number_alone():
    model, codes = _read("fr", "note-ends-at-number-alone")
    assert [p["number"] for p in model["operative"]] == ["1", "2", "3", "4"]
    assert model["operative"][1]["text"].endswith("l'entretien aux communautés qui vivent à proximité, selon leurs "
                                                  "moyens et leurs usages;")
    assert [n["text"] for n in model["footnotes"]] == ["A/93/204"]
    assert "text-number-lost" not in codes


# subheading-of-inflected-word: "Обязательства" after a section's title cut from it by a page is a heading of its own;
# the text writes the word in lower case in other forms only.
def test_subsection_word_in_another_form_opens_its_own_heading():
    model, _ = _read("ru", "subheading-of-inflected-word")
    assert model["operative"][2]["headings"] == [
        "Поддержание темпов передачи ответственности за охрану маяков прибрежным государствам", "Обязательства"]


# mark-rest-over-paragraph: a lone "3" under a page's notes, over paragraph 2, is paragraph 1's mark, not the marker of
# a note whose text would be paragraph 2.
def test_lone_mark_cut_from_a_paragraph_is_no_marker_over_the_next():
    model, codes = _read("es", "mark-rest-over-paragraph")
    assert [p["number"] for p in model["operative"]] == ["1", "2", "3"]
    assert model["operative"][1]["text"].startswith("Observa la celebración, en diciembre de 2038,")
    assert [r["marker"] for r in model["operative"][0]["footnote_refs"]] == ["3"]
    assert [n["text"] for n in model["footnotes"]] == ["A/HRC/RES/58/14.", "A/HRC/61/40.", "A/93/210."]
    assert "footnote-unreferenced" not in codes
