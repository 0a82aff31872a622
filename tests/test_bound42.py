"""Round forty-two, paragraph boundaries: a table entry that is no layout rule of its own. Russian 'включая'
(including), 'исключая' (excluding), 'начиная' (beginning with) end as the gerunds of paragraph heads do ("-ая") but
open no paragraph: they are prepositions in all but form. A block cut by a page after a clause's comma and going on
'включая …,' was read as a paragraph of its own (told as a guess); with the words among the table's
ending_lookalikes, no-head-after-comma joins it. The input (tests/fixtures/bound42/) is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.openings import ends_as_head
from unres.text.pipeline import read, result

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "bound42"


@pytest.mark.parametrize("word", ["включая", "исключая", "начиная"])
def test_prepositions_in_gerund_form_are_no_heads_words(word: str) -> None:
    assert not ends_as_head(lang("ru"), word)
    assert ends_as_head(lang("ru"), "признавая")  # (a gerund in -ая is still a head's word)


def test_a_block_going_on_with_including_after_a_comma_is_the_cut_paragraph_rest() -> None:
    warnings: list = []
    text = (FIXTURES / "including-after-cut.ru.txt").read_text(encoding="utf-8")
    model = to_dict(result(read(lang("ru"), text, warnings)))
    paragraphs = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert len(paragraphs) == 3
    assert paragraphs[1].endswith("а также воздействием других факторов, включая коррозию и износ оборудования,")
    assert paragraphs[2].startswith("признавая важность")
    assert [w.code for w in warnings] == []
