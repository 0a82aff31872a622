"""Round 36, branch blk-36: the paragraph-block layouts of the development draw s24 (the fixtures
tests/fixtures/layout/<rule>.txt / .json are made-up resolutions on lighthouses and coastal beacons).

- number-alone-no-note (converter/text/footnotes.py): a paragraph number alone under an unfinished line (the last
  item of a list without punctuation), over a line that opens with a head, with no paragraph number under it to the
  text's end, is the last paragraph's where the text holds no note of that number under it (no mark it can be).
"""

from __future__ import annotations

from pathlib import Path

from unres.text.parse import parse_text

LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout"


def test_the_last_number_alone_after_items_without_punctuation_opens_the_last_paragraph() -> None:
    parsed = parse_text((LAYOUT / "number-alone-no-note.txt").read_bytes(), "en")
    res = parsed.resolution
    # (on main "3 ." and the last paragraph ran into item (ii): "… of their work 3 . Requests …")
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    assert res.operative[1].subparagraphs[1].text == "Support the training of keepers and the coordination of their work"
    assert res.operative[2].text.startswith("Requests the Secretary-General")
    assert [w.code for w in parsed.warnings] == []


def test_a_number_alone_with_its_note_to_come_is_read_as_before() -> None:
    text = (LAYOUT / "number-alone-no-note.txt").read_text(encoding="utf-8")
    # (a note numbered 3 under it: the lone number may be that note's mark with its sentence's stop — the rule stands
    # back, and the reading is main's)
    noted = text + "\n__________\n\n3 A/CONF.310/4, annex.\n"
    res = parse_text(noted.encode(), "en").resolution
    assert [p.number for p in res.operative] == ["1", "2"]
