"""The walk every renderer shares: a text cut at its footnote references and its opening phrase."""

from __future__ import annotations

from unres.akn.writer import to_akn
from unres.html import render_html
from unres.inline import runs
from unres.model import FootnoteRef, Metadata, OperativeParagraph, Resolution
from unres.text.render import render_text


def cut(text: str, refs: tuple[FootnoteRef, ...], opening_end: int = 0) -> list:
    return [(piece, end, opening, tuple(marks)) for piece, end, opening, marks in runs(text, refs, opening_end)]


def refs(*pairs: tuple[str, int]) -> tuple[FootnoteRef, ...]:
    return tuple(FootnoteRef(m, o) for m, o in pairs)


def test_a_text_without_references_or_opening_is_one_run_after_the_empty_first():
    assert cut("Decides to act", ()) == [("", 0, False, ()), ("Decides to act", 14, False, ())]


def test_the_opening_phrase_is_its_own_run():
    assert cut("Decides to act", (), 7) == [("", 0, False, ()), ("Decides", 7, True, ()),
                                             (" to act", 14, False, ())]


def test_marks_follow_the_run_they_close_in_the_models_order():
    out = cut("Recalling its resolution", refs(("2", 9), ("1", 9), ("3", 24)), 9)
    assert out == [("", 0, False, ()), ("Recalling", 9, True, ("2", "1")),
                   (" its resolution", 24, False, ("3",))]


def test_a_mark_inside_the_opening_cuts_it_in_two_runs_both_inside():
    out = cut("Recalling also", refs(("a", 4)), 14)
    assert out == [("", 0, False, ()), ("Reca", 4, True, ("a",)), ("lling also", 14, True, ())]


def test_a_mark_before_the_first_character_rides_on_the_first_run():
    assert cut("Text", refs(("*", 0))) == [("", 0, False, ("*",)), ("Text", 4, False, ())]


def test_a_reference_past_the_end_gets_an_empty_run_there():
    assert cut("Text", refs(("2", 99), ("1", 9))) == [
        ("", 0, False, ()), ("Text", 4, False, ()), ("", 9, False, ("1",)), ("", 99, False, ("2",))]


def test_the_three_renderers_place_a_mark_alike():
    para = OperativeParagraph("1", "Decides to act now", "Decides", refs(("1", 7), ("2", 14)))
    res = Resolution(metadata=Metadata(language="en"), operative=(para,))
    assert "1. Decides¹ to act² now" in render_text(res)  # (plain text raises a mark as it can: superscripts)
    html = render_html(res)
    assert ('<span class="opening">Decides</span><sup><a href="#fn1" id="ref1" aria-label="note 1">1</a></sup>'
            " to act<sup>") in html
    akn = to_akn(res).decode()
    # The note right after the phrase is written after its span, not inside it.
    assert '<p><span class="italic">Decides</span><authorialNote marker="1"' in akn
    assert '</authorialNote> to act<authorialNote marker="2"' in akn
