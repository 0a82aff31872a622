"""Round 34, branch blk-34: the paragraph-block layouts of the development draw s20.

- block-join (converter/text/guessed.py): in text of blocks whose page breaks do not show, a block read on as the
  rest of the one above by no rule's opinion, after a block ending with a clause's comma (as every preambular
  paragraph there ends), is a guess and is told (text-boundary-guessed), never joined silently.

The fixtures are made-up resolutions on lighthouses (tests/fixtures/guessed/):
- block-join-guessed.txt: Chinese text of one block to a line (lines wider than any printed line), the pages' heads
  and feet dropped; line 10 is a paragraph a page cut mid-clause ("…之间" / "合作的各项决议，"), line 14 a paragraph
  that opens with no head of the table ("因而始终感到关切的是…") after a paragraph's final comma.
"""

from __future__ import annotations

from pathlib import Path

from unres.text.parse import parse_text

GUESSED = Path(__file__).resolve().parent / "fixtures" / "guessed"


def _read(name: str, lang: str):
    return parse_text((GUESSED / name).read_bytes(), lang)


def test_a_block_read_on_after_a_comma_where_no_page_shows_is_told_with_the_reading_taken() -> None:
    parsed = _read("block-join-guessed.txt", "zh")
    told = [(w.line, w.message) for w in parsed.warnings if w.code == "text-boundary-guessed"]
    assert [line for line, _ in told] == [14]
    assert "'因而始终感到关切的是" in told[0][1]
    assert "read as the same paragraph (preambular paragraph 3 goes on)" in told[0][1]


def test_the_reading_is_not_changed_and_a_cut_mid_clause_is_not_told() -> None:
    parsed = _read("block-join-guessed.txt", "zh")
    texts = [p.text for p in parsed.resolution.preamble.paragraphs]
    # (the cut paragraph's rest, after "…之间" that cannot end one, is read on and not told: the line before
    # tells; the block after the comma is read on too — the guess is told, not changed)
    assert len(texts) == 4
    assert texts[0].endswith("之间合作的各项决议，")
    assert "威胁，因而始终感到关切的是，" in texts[2]
    assert [op.number for op in parsed.resolution.operative] == ["1", "2", "3"]
