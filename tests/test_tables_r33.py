"""Brackets the text reader kept in code, now read from the scripts table (round thirty-three): which brackets enclose
a title ("《…》") and which a reference or an aside ("(…)", "[…]", "（…）") is the table's key title_brackets, and
footnotes.py's bracket counts and openings.py's label-before-bracket take their brackets from it."""

from __future__ import annotations

import json
from pathlib import Path

from unres.langs import bracket_pairs, plain_bracket_pairs, title_bracket_pairs
from unres.text import footnotes

SCRIPTS = Path(__file__).resolve().parent.parent / "converter" / "langs" / "scripts.json"


def test_title_brackets_are_opening_brackets_of_their_script() -> None:
    # a title bracket the script does not list among its opening brackets would pair with nothing
    for name, script in json.loads(SCRIPTS.read_text(encoding="utf-8")).items():
        for c in script.get("title_brackets", ""):
            assert c in script["punctuation"]["opening_brackets"], (name, c)


def test_pairs_split_into_titles_and_plain() -> None:
    titles, plain = set(title_bracket_pairs()), set(plain_bracket_pairs())
    assert titles | plain == set(bracket_pairs()) and not titles & plain
    assert ("《", "》") in titles and ("〈", "〉") in titles
    assert {("(", ")"), ("[", "]"), ("（", "）")} <= plain


def test_note_bracket_counts_ignore_titles() -> None:
    # a note's text that leaves a full-width round bracket open is unfinished; a title's bracket is note-title-open's
    assert footnotes.brackets_open(footnotes._Open("1", ["见《报告》（A/77/6（第17款）"], 0))
    assert not footnotes.brackets_open(footnotes._Open("1", ["见《联合国年鉴"], 0))
    assert footnotes._closes_first("第3段）和（b）")
    assert not footnotes._closes_first("（第3段）》")

