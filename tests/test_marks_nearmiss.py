"""Near misses of round 41's mark rules (the review of marks-41): texts whose layout looks like a rule's class but is
not, which must read as before the rule (main 4aa53aa) — the real glued mark taken, the text's numbers kept, a
numbered paragraph's lines left in the paragraph. Inputs in tests/fixtures/marks_nearmiss/ (written by the reviewer,
no corpus text); expected readings stated by hand."""
from pathlib import Path

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

HERE = Path(__file__).resolve().parent / "fixtures" / "marks_nearmiss"


def _read(name: str, lg: str) -> tuple[dict, list[str], list[str]]:
    text, warnings = decode((HERE / f"{name}.txt").read_bytes())
    doc = read(lang(lg), text, warnings, trace=True)
    return to_dict(result(doc)), [w.code for w in warnings], [rule for rule, _ in doc.trace]


def _refs(par: dict) -> list[tuple[str, int]]:
    return [(r["marker"], r["offset"]) for r in par.get("footnote_refs", [])]


GLUED_BEFORE_COUNTER = "注意到区域委员会关于灯塔看守人子女保育的报告{}的宣言以及各国为偏远海岸的家庭提供交通的努力，"


def test_counter_after_break_leaves_a_real_glued_mark_after_one_apart_mark_and_keeps_the_goals_number():
    # One mark set apart before ("报告， 1") is no evidence that marks stand apart: "报告2" / "部长级会议" is note 2's
    # glued mark before a word that opens with a counter's character, and "目标 2" keeps its number.
    model, _, fired = _read("counter_nearmiss_zh_realglued_goal", "zh")
    pars = model["preamble"]["paragraphs"]
    assert pars[1]["text"] == GLUED_BEFORE_COUNTER.format("部长级会议")
    assert _refs(pars[1]) == [("2", 22)]
    assert pars[2]["text"] == "欢迎委员会关于可持续发展目标2的报告和建议，"
    assert _refs(pars[2]) == [("3", 18)]
    assert "counter-after-break-apart" not in fired


def test_counter_after_break_one_page_reads_the_glued_mark():
    model, _, fired = _read("counter_nearmiss_zh_onepage", "zh")
    pars = model["preamble"]["paragraphs"]
    assert pars[1]["text"] == GLUED_BEFORE_COUNTER.format("次区域组织")
    assert _refs(pars[1]) == [("2", 22)]
    assert pars[2]["text"] == "欢迎委员会关于可持续发展目标2的报告和建议，"
    assert _refs(pars[2]) == [("3", 18)]
    assert "counter-after-break-apart" not in fired


def test_counter_after_break_without_another_candidate_takes_the_real_mark():
    model, warnings, _ = _read("counter_nearmiss_zh_realglued", "zh")
    pars = model["preamble"]["paragraphs"]
    assert pars[1]["text"] == GLUED_BEFORE_COUNTER.format("部长级会议")
    assert _refs(pars[1]) == [("2", 22)]
    assert "footnote-unreferenced" not in warnings


PARAGRAPH_LINES = ("and notes that of the parties to the Convention 5 States have ratified the Protocol. "
                   "6 States have signed it. The others are encouraged to follow;")


def test_gap_run_of_two_plain_numbered_lines_stays_in_the_paragraph():
    # "5 States have ratified the Protocol." / "6 States have signed it.": two lines numbered on, each ended with a
    # stop, but no note's text (no symbol) and no third: lines of the paragraph, "Goals 5" keeps its 5.
    model, warnings, fired = _read("gap_nearmiss_en_goals", "en")
    op = model["operative"][1]
    assert op["text"] == "Recalls Sustainable Development Goals 5 and 6, " + PARAGRAPH_LINES
    assert _refs(op) == []
    assert [n["marker"] for n in model["footnotes"]] == ["1", "2"]
    assert "note-gap-run" not in fired


def test_gap_run_of_two_plain_numbered_lines_keeps_g5():
    model, _, fired = _read("gap_nearmiss_en_g5", "en")
    op = model["operative"][1]
    assert op["text"] == ("Welcomes also the work of the G5 Sahel and of the G6 coastal group, " + PARAGRAPH_LINES)
    assert _refs(op) == []
    assert [n["marker"] for n in model["footnotes"]] == ["1", "2"]
    assert "note-gap-run" not in fired


def test_gap_run_gives_no_half_reading_when_the_first_note_wraps():
    # "5 Voir le rapport … sur les phares," / "A/89/204." / "6 Voir A/90/311 et A/90/312." / "7 A/92/96.": notes 6
    # and 7 read without note 5 (left in the paragraph with its mark "premier5") is a half reading, told by nothing.
    model, _, _ = _read("gap_fire_fr_wrapfirst", "fr")
    assert [n["marker"] for n in model["footnotes"]] in (["1", "2"], ["1", "2", "5", "6", "7"])


def test_gap_run_of_two_notes_citing_symbols_is_a_block_of_notes():
    # The run the rule keeps for two lines: "5 A/89/204." / "6 A/90/311.", each a note's text (a document's symbol).
    model, warnings, fired = _read("gap_fire_es_cited_two", "es")
    op = model["operative"][1]
    assert op["text"] == ("Observa con preocupación los informes primero y segundo sobre las costas del norte y "
                          "alienta a los Estados a seguir cooperando en la materia;")
    assert _refs(op) == [("5", 45), ("6", 55)]
    assert [n["text"] for n in model["footnotes"]][2:] == ["A/89/204.", "A/90/311."]
    assert "note-gap-run" in fired and warnings == []
