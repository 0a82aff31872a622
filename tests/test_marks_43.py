"""Round 43, branch marks-43: note marks not found, their notes left unreferenced and the marks' digits left in the
text (the texts are made up, on mountain springs, wells and ferries; the fixture pairs are
tests/fixtures/layout/<rule>.*).

- mark-alone-before-lone-markers (footnotes.py): a mark the wrap put alone on a line, past the first ten notes while
  none is read yet, the notes at the page's foot giving their markers alone over their text: the mark was dropped,
  the note left unreferenced (and the marks after it sought past a number of the text further on).
- mark-apart-before-date-cut-after-month (marks.py): a mark set apart before a date the wrap cut after its month
  ("Interior 2 9 de mayo" / "de 2041"): the mark stayed in the text, its note unreferenced.
- bare-mark-in-flow (footnotes.py): a bracketed note standing in the running text of a text without pages, its mark
  inside a year's brackets as an empty pair and bare digits ("(1985() 2 )"): the note was read as running text.
- ambiguous-alone-after-closing (footnotes.py): notes after the closing, marks set apart, one note's mark missing: a
  digit between ideographs pages further on ("专题2下") was taken, and the next note's mark, sought past it, was lost.
"""

from __future__ import annotations

from layout_fixture import read_fixture as _read
from layout_fixture import refs as _refs


def test_mark_alone_before_lone_markers() -> None:
    model, codes = _read("mark-alone-before-lone-markers", "en")
    third = model["preamble"]["paragraphs"][2]
    assert _refs(third) == ["7", "8", "9", "10", "11"]
    assert third["text"].endswith("of the plains and terraces,")
    assert "footnote-unreferenced" not in codes
    assert len(model["footnotes"]) == 11


def test_mark_apart_before_date_cut_after_month() -> None:
    model, codes = _read("mark-apart-before-date-cut-after-month", "es")
    second = model["preamble"]["paragraphs"][1]
    assert _refs(second) == ["2"]
    assert "Navegación Interior 9 de mayo de 2041, que" in second["text"]
    assert "footnote-unreferenced" not in codes
    assert codes.count("text-note-mark-guessed") == 1  # (a guess: a number of the text before a date reads alike)


def test_bare_mark_in_flow() -> None:
    model, codes = _read("bare-mark-in-flow", "ar")
    first = model["operative"][0]
    assert _refs(first) == ["(2)"]
    assert "(1985())" in first["text"] and "2 )" not in first["text"]
    assert [n["marker"] for n in model["footnotes"]] == ["(1)", "(2)"]
    assert "text-note-unplaced" not in codes


def test_ambiguous_alone_after_closing() -> None:
    model, codes = _read("ambiguous-alone-after-closing", "zh")
    paragraphs = model["preamble"]["paragraphs"]
    # (note 2 has no mark in the text: told, and the text's "专题2" keeps its digit)
    assert _refs(paragraphs[1]) == []
    assert codes.count("footnote-unreferenced") == 1
    assert "专题2下" in model["operative"][0]["text"]
    # (the next note's mark, set apart before the glued digit, is still found)
    assert _refs(paragraphs[2]) == ["3"]
    assert "3" not in paragraphs[2]["text"]
