"""Star notes (round 35, issue 22): the note of a quoted text's "*" — a statute's article, amended in an operative
paragraph, whose item carries a star and whose note the print sets under the quoted text — as text-box extractions
and PDF text give it. The star mark set apart from its word (mark-apart-loose, mark-apart-at-line-edge, widened to a
star) and the star note's marker alone on its line over its text (marker-alone, widened to a star). Made-up texts
(lighthouses), read back."""

from __future__ import annotations

import re

import pytest

from unres.text.parse import parse_text

# A text-box extraction: one block to a line, a note's marker and its text two blocks, the page's notes after its
# text; the quoted article's item (b) carries the star.
BLOCKS = """United Nations S/RES/9981 (2031)
Security Council Distr.: General
3 March 2031
Resolution 9981 (2031)
Adopted by the Security Council at its 9981st meeting, on 3 March 2031
The Security Council,
Recalling its resolution 9970 (2031)1 on the lighthouses of the northern coasts,
1. Decides to amend article 4 of the rules of the lighthouse service as follows:
The Service shall keep:
(a) The lamps of every lighthouse of the coast;
(b) The allowances of the keepers which are fixed by the Council *;
(c) The logbooks of the keepers.
1
S/RES/9970 (2031).
*
Fuel, travel and winter allowances of the keepers of the outer islands.
2. Requests the Secretary-General to report every ninety days;
3. Decides to remain seized of the matter.
"""
NOTE = "Fuel, travel and winter allowances of the keepers of the outer islands."
ITEM = "The allowances of the keepers which are fixed by the Council;"


def _read(text: str):
    parsed = parse_text(text, None)
    return parsed.resolution, [w.code for w in parsed.warnings]


def _star_item(res):
    return next(s for p in res.operative for s in p.subparagraphs if s.label == "(b)")


def _unspaced(text: str) -> str:
    """A text without the spaces before its punctuation, which a mark set apart leaves (the comparison of issue 22
    folds them: "spacing")."""
    return re.sub(r"\s+(?=[;,.])", "", text)


@pytest.mark.parametrize("item", [
    "(b) The allowances of the keepers which are fixed by the Council *;",  # set apart, glued to its punctuation
    "(b) The allowances of the keepers which are fixed by the Council * ;",  # set apart on both sides
    "(b) The allowances of the keepers which are fixed by the Council; *",  # after the punctuation, at the line's end
])
def test_a_star_marker_alone_over_its_text_is_the_note_of_a_star_set_apart(item: str) -> None:
    # marker-alone (the star too) and mark-apart-loose (a star set apart): the note is a note, its mark taken out of
    # the item, and the paragraphs after the note are the text's.
    res, warnings = _read(BLOCKS.replace("(b) The allowances of the keepers which are fixed by the Council *;", item))
    assert [(n.marker, n.text) for n in res.footnotes] == [("1", "S/RES/9970 (2031)."), ("*", NOTE)]
    assert _unspaced(_star_item(res).text) == ITEM
    assert [r.marker for r in _star_item(res).footnote_refs] == ["*"]
    assert [p.number for p in res.operative] == ["1", None, "2", "3"]
    assert warnings == []


def test_a_star_glued_to_its_word_over_a_lone_star_marker() -> None:
    # marker-alone (the star too): the mark glued, as PDF text gives it, the note's marker alone over its text.
    res, warnings = _read(BLOCKS.replace("Council *;", "Council*;"))
    assert [(n.marker, n.text) for n in res.footnotes] == [("1", "S/RES/9970 (2031)."), ("*", NOTE)]
    assert _unspaced(_star_item(res).text) == ITEM
    assert warnings == []


# PDF text: a page's notes at its foot under a rule, the page's furniture after them; the wrap put the star set
# apart, and its semicolon, first on a line.
PAGED = """United Nations S/RES/9981 (2031)
Security Council Distr.: General
3 March 2031
Resolution 9981 (2031)
Adopted by the Security Council at its 9981st meeting, on 3 March 2031

      The Security Council,

      Recalling its resolution 9970 (2031) 1 on the lighthouses of the northern coasts,

      1. Decides to amend article 4 of the rules of the lighthouse service as follows:

      The Service shall keep:

      (a) The lamps of every lighthouse of the coast;

      (b) The allowances of the keepers of the outer islands which are fixed by the Security Council
* ;

      (c) The logbooks of the keepers.

      2. Requests the Secretary-General to report every ninety days;

__________________
1
S/RES/9970 (2031).
*
Fuel, travel and winter allowances of the keepers of the outer islands.

31-00981 (E)
\f
      3. Decides to remain seized of the matter.
"""


def test_a_star_set_apart_first_on_its_line_before_its_punctuation_is_the_mark() -> None:
    # mark-apart-at-line-edge (a star too): "* ;" opening a line is the star set apart that the wrap put there.
    res, warnings = _read(PAGED)
    assert [(n.marker, n.text) for n in res.footnotes] == [("1", "S/RES/9970 (2031)."), ("*", NOTE)]
    assert _unspaced(_star_item(res).text) == ("The allowances of the keepers of the outer islands which are fixed by "
                                               "the Security Council;")
    assert [p.number for p in res.operative] == ["1", None, "2", "3"]
    assert warnings == []


# (refusals, review of round 35) A lone star in a block of notes whose star no mark rule finds in the text above: a
# separator or a stray block, never a note's marker — the next paragraph stays the text's.
SEPARATOR = BLOCKS.replace("Council *;", "Council;").replace(f"*\n{NOTE}\n", "*\n")


@pytest.mark.parametrize("text", [
    SEPARATOR,  # the line under the star opens a numbered paragraph
    SEPARATOR.replace("*\n2. Requests", "*\nNoting the reports of the keepers,\n2. Requests"),  # an unnumbered one
    SEPARATOR.replace("*\n", "*\n*\n*\n"),  # a separator given as three lone stars
])
def test_a_lone_star_after_notes_without_a_star_in_the_text_takes_no_paragraph(text: str) -> None:
    res, _ = _read(text)
    assert [n.marker for n in res.footnotes] == ["1"]
    assert "2" in [p.number for p in res.operative]


def test_a_lone_star_over_a_numbered_paragraph_takes_it_not_even_with_a_star_in_the_text() -> None:
    # (refusal) The star found in the text, the line under the lone star opens a numbered paragraph: no note's text.
    res, _ = _read(BLOCKS.replace(f"*\n{NOTE}\n", "*\n"))
    assert [n.marker for n in res.footnotes] == ["1"]
    assert [p.number for p in res.operative] == ["1", None, "2", "3"]


@pytest.mark.parametrize("formula", [
    "the daily rate * days of service",  # between two words
    "the rates of 2030 * days of service",  # after a year, before a word
    "the rates (daily) * days of service",  # after a closing bracket, before a word
])
def test_a_star_between_words_is_no_mark(formula: str) -> None:
    # (refusal) mark-apart-loose takes a star set apart only before the clause's punctuation or after it at a line's
    # end: between two words a star is the text's (a formula), even where a star note's mark is missing.
    text = BLOCKS.replace("Council *;", "Council;").replace(
        "1. Decides to amend", f"1. Decides that a keeper's winter allowance shall be {formula};\n1. Decides to amend")
    res, _ = _read(text)
    assert any(formula in p.text for p in res.operative)
    assert not any(r.marker == "*" for p in res.operative for r in p.footnote_refs)


def _expected(paragraphs_xml: str) -> tuple[list, list]:
    """What tests/akndoc.py prints and expects of an operative part (its blocks, its paragraphs)."""
    from lxml import etree

    from akndoc import A, _operative_paragraphs
    body = etree.fromstring(f'<mainBody xmlns="{A[1:-1]}">{paragraphs_xml}</mainBody>')
    blocks: list = []
    operative: list = []
    _operative_paragraphs(list(body.iter(A + "paragraph")), blocks, operative, [])
    return blocks, operative


def _p(num: str, text: str) -> str:
    number = f"<num>{num}</num>" if num else ""
    return f"<paragraph>{number}<content><p>{text}</p></content></paragraph>"


# A quoted article's list, its last item carrying a star.
_QUOTED = ("<paragraph><list><intro><p>The Service shall keep:</p></intro>"
           "<point><num>(a)</num><content><p>The lamps of the coast;</p></content></point>"
           "<point><num>(b)</num><content><p>The allowances fixed by the Council;*</p></content></point>"
           "</list></paragraph>")


@pytest.mark.parametrize("rule", [True, False])
def test_a_quoted_texts_star_note_marked_up_as_a_paragraph_is_expected_as_the_note_of_its_star(rule: bool) -> None:
    # The comparison (tests/akndoc.py): the UN marks a quoted statute's star note up as an unnumbered paragraph after
    # the quoted text (some language versions the short rule over it too). Printed, it is a rule and the note of the
    # star above, which every reader of the page reads as that note: expected and laid out as that note, the rule
    # paragraph left out, the star out of the expected text.
    blocks, operative = _expected(
        _p("1.", "Decides to amend article 4 as follows:")
        + _QUOTED
        + (_p("", "____________") if rule else "")
        + _p("", "*\tFuel, travel and winter allowances of the keepers.")
        + _p("2.", "Requests a report;"))
    assert operative == [("1", "Decides to amend article 4 as follows:"),
                         (None, "The Service shall keep: (a) The lamps of the coast; (b) The allowances fixed by the "
                                "Council;"),
                         ("2", "Requests a report;")]
    quoted = next(b for b in blocks if "allowances" in b.text)
    assert quoted.text == "(b) The allowances fixed by the Council;\x000\x00"
    assert quoted.notes == (("*", "Fuel, travel and winter allowances of the keepers."),)
    assert not any("____" in b.text or b.text.startswith("*") for b in blocks)


def test_two_star_notes_go_to_their_own_stars() -> None:
    # The comparison: "*" and "**" notes after a quoted list whose items carry "*" and "**": each the note of its own
    # star, the marker matched as a whole token ("*" is not the last star of "**").
    blocks, operative = _expected(
        _p("1.", "Decides to amend article 4 as follows:")
        + "<paragraph><list><intro><p>The Service shall keep:</p></intro>"
          "<point><num>(a)</num><content><p>The lamps of the coast;*</p></content></point>"
          "<point><num>(b)</num><content><p>The allowances fixed by the Council;**</p></content></point>"
          "</list></paragraph>"
        + _p("", "*\tIncluding the lamps of the islands.") + _p("", "**\tFuel and travel allowances.")
        + _p("2.", "Requests a report;"))
    items = {b.text.split(" ")[0]: b for b in blocks if b.text.startswith("(")}
    assert items["(a)"].notes == (("*", "Including the lamps of the islands."),)
    assert items["(b)"].notes == (("**", "Fuel and travel allowances."),)
    assert operative[1] == (None, "The Service shall keep: (a) The lamps of the coast; (b) The allowances fixed by the "
                                  "Council;")


def test_a_star_paragraph_without_a_star_above_stays_a_paragraph() -> None:
    # (refusal) Only the note of a star that a text above carries: a paragraph opening with a star, no star above it,
    # is expected as the UN marks it up.
    _, operative = _expected(_p("1.", "Decides as follows:") + _p("", "* Fuel allowances of the keepers."))
    assert operative == [("1", "Decides as follows:"), (None, "* Fuel allowances of the keepers.")]


@pytest.mark.parametrize(("line", "below", "cut"), [
    ("决定宣布每年的3", "月21日为国际灯塔日；", True),  # a month, the next line its counter and a day
    ("见秘书长的报告2", "条3款规定的灯塔；", False),  # other counters: an article and a clause, not a date
    ("见秘书长的报告2", "月度摘要；", False),  # no day after the counter
    ("决定宣布每年的13", "月21日为国际灯塔日；", False),  # no month 13
])
def test_month_cut_by_break_asks_the_dates_own_counters(line: str, below: str, cut: bool) -> None:
    # month-cut-by-break: the month's and the day's counters are the language's date pattern's (月, 日), not any
    # counter of the table's number_units.
    from unres.langs import lang
    from unres.text.marks import month_cut_by_break
    start = len(line.rstrip("0123456789"))
    assert month_cut_by_break(lang("zh"), line, start, below) is cut
