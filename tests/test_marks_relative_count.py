"""counted-not-mark with the tables' relative words that introduce a count (issue 22)."""

from unres.langs import lang
from unres.text.marks import counted_not_mark


def test_a_number_after_a_relative_word_that_counts_it_is_that_number_not_a_mark():
    # "with 18 fatalities, of which 7 resulted from acts of violence", "les nappes phréatiques, dont 5 pour
    # cent": the part of a whole the sentence counts, never a mark set apart — the loose rules took them
    # (the earliest candidate of the text, or the page's last), over "operations, 7 often" a line above.
    for code, text in (("en", "with 18 fatalities, of which 7 resulted from acts of violence"),
                       ("fr", "les nappes phréatiques, dont 7 pour cent seulement restent potables"),
                       ("es", "18 víctimas mortales, de las cuales 7 se debieron a actos de violencia"),
                       ("ru", "18 погибших, из которых 7 стали жертвами насилия")):
        assert counted_not_mark(text, text.index(" 7 ") + 1, lang(code).endnote_not_after), text
    # (a mark set apart after a noun stays one)
    text = "in United Nations peacekeeping operations, 7 often at great personal risk"
    assert not counted_not_mark(text, text.index(" 7 ") + 1, lang("en").endnote_not_after)
