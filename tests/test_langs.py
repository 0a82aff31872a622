"""The language, script and body tables (converter/langs/): their schemas, and that they are the
only home of what differs between languages, scripts and bodies."""

from __future__ import annotations

import ast
import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from unres.langs import all_langs, bodies, body_by_symbol, lang, scripts
from unres.model import LANGUAGES

LANGS = Path(__file__).resolve().parent.parent / "converter" / "langs"
TEXT = LANGS.parent / "text"


def _load(name: str):
    return json.loads((LANGS / name).read_text(encoding="utf-8"))


def _validator(schema: str) -> Draft202012Validator:
    s = _load(schema)
    Draft202012Validator.check_schema(s)
    return Draft202012Validator(s, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_table_is_valid_against_its_schema(code):
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in _validator("lang.schema.json").iter_errors(
        _load(f"{code}.json"))]
    assert errors == []


def test_the_schema_refuses_a_table_with_a_key_missing_or_added_or_a_bad_pattern():
    v = _validator("lang.schema.json")
    table = _load("en.json")
    missing = copy.deepcopy(table)
    del missing["vote"]["counts"]
    added = copy.deepcopy(table)
    added["patterns"]["sc_new"] = "^x$"
    broken = copy.deepcopy(table)
    broken["patterns"]["closing"] = "^(unclosed"
    for bad in (missing, added, broken):
        assert list(v.iter_errors(bad)), bad


def _key_paths(obj, prefix="", data_maps=("bodies", "language_names", "numerals", "ordinal_words",
                                          "number_words", "label_variants", "cut_units")) -> set[str]:
    if not isinstance(obj, dict):
        return set()
    out = set()
    for k, v in obj.items():
        out.add(prefix + k)
        if k not in data_maps:
            out |= _key_paths(v, prefix + k + ".")
    return out


def test_every_language_table_has_the_same_keys():
    paths = {code: _key_paths(_load(f"{code}.json")) for code in LANGUAGES}
    assert all(p == paths["en"] for p in paths.values()), {c: p ^ paths["en"] for c, p in paths.items()}


def test_scripts_and_bodies_tables_are_valid_and_agree_with_the_language_tables():
    assert list(_validator("scripts.schema.json").iter_errors(_load("scripts.json"))) == []
    assert list(_validator("bodies.schema.json").iter_errors(_load("bodies.json"))) == []
    written_in = [code for s in scripts().values() for code in s.languages]
    assert sorted(written_in) == sorted(LANGUAGES)  # each language in exactly one script
    for lg in all_langs():
        assert lg.code in lg.script.languages
        assert set(lg.bodies) == set(bodies())


def test_body_facts_come_from_the_bodies_table():
    assert body_by_symbol("A/HRC/RES/35/8").code == "HRC"  # the longer prefix first
    assert body_by_symbol("A/RES/78/1").code == "GA"
    assert body_by_symbol("X/78/1") is None
    assert [b.code for b in bodies().values() if b.session_in_number] == ["GA", "HRC"]
    assert bodies()["SC"].members == 15


def test_tables_give_what_the_reader_asks_whatever_the_language():
    # Empty values behave as "nothing": a pattern a language never prints matches nothing.
    assert lang("fr").match("sc_old_heading", "20 (1947). Resolution of 10 March 1947") is None
    assert lang("en").match("sc_old_heading", "20 (1947). Resolution of 10 March 1947") is not None
    assert lang("fr").vote_words.counts.search("by 10 votes to none") is None
    assert lang("zh").ordinal("第三十五届会议") == 35
    assert lang("en").ordinal("Fifty-fourth session") == 54
    assert lang("ar").ordinal("الدورة الحادية عشرة") == 11  # ("عشرة" adds ten here: no multipliers in Arabic)
    assert lang("zh").format_date("2023-06-06") == "2023年6月6日"
    assert lang("ar").label_variants("abjad") == ("ه",) and lang("en").label_variants("abjad") == ()


# Arabic session ordinals as cover pages and preambles print them: the nominative of the cover
# ("الدورة الحادية والتسعون"), the genitive after a preposition ("في دورتها الخامسة والخمسين"),
# and the hundred that General Assembly sessions reach in the 2040s. A missing word used to drop
# its part silently (session 91 read as 1), which the symbol rule then reported as the source's slip.
@pytest.mark.parametrize(("label", "number"), [
    ("الدورة الحادية والتسعون", 91),
    ("الدورة التاسعة والثمانون", 89),
    ("في دورتها الخامسة والخمسين", 55),
    ("الدورة الثانية والعشرين", 22),
    ("الدورة الستون", 60),
    ("الدورة الأربعين", 40),
    ("الدورة المائة", 100),
    ("الدورة الحادية بعد المئة", 101),
])
def test_arabic_session_ordinals_in_every_case(label, number):
    assert lang("ar").ordinal(label) == number


_CODES = set(LANGUAGES) | set(bodies())
# Other helpers own these files of the text package for now (see the lead's brief).
_NOT_OURS = {"render.py"}


def test_the_text_reader_never_names_a_language_or_body_nor_reads_a_raw_table():
    found = []
    for path in sorted(TEXT.glob("*.py")):
        if path.name in _NOT_OURS:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in _CODES:
                found.append(f"{path.name}:{node.lineno} {node.value!r}")
            if isinstance(node, ast.Attribute) and node.attr in ("t", "vote", "bodies") \
                    and isinstance(node.value, ast.Name) and node.value.id in ("lg", "lang", "self"):
                found.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert found == []


def test_a_language_is_a_table_the_reader_needs_nothing_else():
    # German is no UN language of the model (see CONTRIBUTING.md, "Adding a language"), but the
    # UN's German Translation Service publishes resolutions in it: its table alone, written for
    # this test, lets the text reader read one. (Its cover's date is in English, as the cover of
    # the French fixture of issue-date-under-distribution: that rule reads the model's languages.)
    from unres.langs import Lang
    from unres.text.decode import decode
    from unres.text.pipeline import read, result

    fixtures = Path(__file__).resolve().parent / "fixtures" / "langs"
    table = json.loads((fixtures / "de.json").read_text(encoding="utf-8"))
    assert list(_validator("lang.schema.json").iter_errors(table)) == []
    assert _key_paths(table) == _key_paths(_load("en.json"))
    text, warnings = decode((fixtures / "de.txt").read_bytes())
    res = result(read(Lang(table), text, warnings))
    md = res.metadata
    assert (md.language, md.symbol, md.body, md.body_name) == ("de", "A/RES/85/9", "GA", "Generalversammlung")
    assert (md.issue_date, md.adoption_date, md.resolution_number, md.title) == (
        "2030-12-12", "2030-12-10", "85/9", "Sicherheit im Straßenverkehr")
    assert (md.session.number, md.session.label) == (85, "Fünfundachtzigste Tagung")  # from "85/9"
    assert (md.origin, md.meeting.number) == ("ohne Überweisung an einen Hauptausschuss (A/85/L.9)", 52)
    assert [p.opening for p in res.preamble.paragraphs] == ["unter Hinweis auf", "zutiefst besorgt"]
    assert res.preamble.paragraphs[0].text.endswith("über die Verbesserung der Sicherheit im Straßenverkehr,")
    assert [p.number for p in res.operative] == ["1", "2"]
    subs = res.operative[0].subparagraphs
    assert [s.label for s in subs] == ["a)", "b)"]
    # A suspended hyphen keeps its space: "Wirtschafts- und Sozialrat".
    assert subs[1].text == "die Zusammenarbeit mit dem Wirtschafts- und Sozialrat zu verstärken;"
    assert warnings == []


def test_lookalike_letters_fold_only_in_words_of_the_script_and_keep_the_length():
    # lookalike-letters: a Latin a/c/o… inside a Russian word reads as the Cyrillic letter; a word in
    # Latin letters alone (a symbol, an abbreviation) is left as it is; other scripts fold nothing.
    ru = lang("ru").script
    folded = ru.fold_lookalikes("Сессия 2023 годa, A/RES/77/1 CD Cессия")
    assert folded == "Сессия 2023 года, A/RES/77/1 CD Сессия"
    assert ru.fold_lookalikes("A/RES/77/1 Add.1") == "A/RES/77/1 Add.1"
    assert lang("en").script.fold_lookalikes("годa") == "годa"
    assert len(ru.fold_lookalikes("пpoвepкa")) == len("пpoвepкa") and ru.fold_lookalikes("пpoвepкa") == "проверка"


def test_an_arabic_origin_line_with_its_draft_symbol_moved_first_is_an_origin():
    # The right-to-left line's parenthesised Latin symbol, set first by a bidi reordering (as the UN's own
    # files give one: "[(E/2031/L.4)بناء على …]"), is still the origin line, its words as given.
    ar = lang("ar")
    line = "[(E/2031/L.4)بناء على مقترح نظر فيه في جلسة عامة]"
    m = ar.match("origin", line)
    assert m is not None and m["value"] == line[1:-1]
    assert ar.match("origin", "[(E/2031/L.4) لا شيء]") is None  # a symbol before other words is not


def test_a_number_before_a_month_written_in_digits_is_no_day():
    # day-not-mark: a day set apart before a month's name ("Wednesday, 1 February") is no mark; the Chinese
    # table's months are digits ("5月"), and a number set apart before the next paragraph's number ("报告， 1 1.
    # 再次") is a mark, not a day before month "1".
    from unres.text.marks import day_not_mark

    view = "Decides that it will be held on Wednesday, 1 February,"
    assert day_not_mark(lang("en"), view, view.index("1") + 1)
    view = "审议了秘书长的报告， 1 1. 再次邀请各国政府"
    assert not day_not_mark(lang("zh"), view, view.index("1") + 1)
    # the table's date pattern read past its word between the day and the month ("4 de febrero de 2018"), not
    # any function word ("Women 7 in March 2017": a mark)
    view = "Saraqib (República Árabe Siria), 4 de febrero de 2018"
    assert day_not_mark(lang("es"), view, view.index(" 4 ") + 2)
    view = "Elimination of Discrimination against Women 7 in March 2017,"
    assert not day_not_mark(lang("en"), view, view.index(" 7 ") + 2)


def test_the_first_of_two_days_is_no_mark_but_a_number_after_a_year_is():
    # days-listed-not-mark: "los días 3 y 4 de marzo" (the first day), not "27 October 1953 8 and 9 November" (the
    # mark of the report of 27 October, the day after it the next report's)
    from unres.text.marks import days_listed_not_mark

    view = "celebrada en Taskent los días 3 y 4 de marzo de 2022"
    assert days_listed_not_mark(lang("es"), view, view.index(" 3 "), view.index(" 3 ") + 2)
    view = "Noting the reports of 27 October 1953 8 and 9 November 1953"
    assert not days_listed_not_mark(lang("en"), view, view.index(" 8 "), view.index(" 8 ") + 2)


def test_a_number_after_a_weekday_or_a_schedule_is_that_number_not_a_mark():
    # counted-not-mark with the tables' weekdays and schedules: "el miércoles 1 y el jueves 2 de febrero" (the
    # day), "la lista 1 A) y 1 del Anexo" (the Chemical Weapons Convention's schedule 1) — the loose rules took
    # them, the last candidate of a page winning, over "Desarrollo 1 y" and "Destrucción 1 y" above.
    from unres.text.marks import counted_not_mark

    for code, text in (("es", "se celebrará el miércoles 1 y el jueves 2 de febrero"),
                       ("es", "cambios en la lista 1 A) y 1 del Anexo"),
                       ("fr", "se tiendra le mercredi 1 et le jeudi 2 février"),
                       ("en", "changes to Schedule 1 A of the Annex"),
                       ("en", "overarching objective 1 of the Agenda")):
        assert counted_not_mark(text, text.index(" 1 ") + 1, lang(code).endnote_not_after), text
    text = "la Financiación para el Desarrollo 1 y de la Agenda 2030"
    assert not counted_not_mark(text, text.index(" 1 ") + 1, lang("es").endnote_not_after)


def test_a_number_after_an_elided_french_word_that_counts_it_is_that_number_not_a_mark():
    # counted-not-mark: "l’Article 2 de la Charte" — the article's number, never a mark set apart
    # (notes-after-closing-first took it, over "Kakhovka2,"); the straight apostrophe folds the same.
    from unres.text.marks import counted_not_mark

    counting = lang("fr").endnote_not_after
    for text in ("aux termes de l’Article 2 de la Charte", "aux termes de l'Article 2 de la Charte",
                 "au titre de l’annexe 3 du rapport", "conformément à l’objectif 4 du Programme"):
        at = next(k for k, c in enumerate(text) if c.isdigit())
        assert counted_not_mark(text, at, counting), text
    text = "des Nations Unies 2 de la Charte"
    assert not counted_not_mark(text, text.index("2"), counting)


@pytest.mark.parametrize("code", ["en", "es", "fr", "ru", "zh"])
def test_a_number_with_its_decimal_opens_no_numbered_paragraph(code):
    # "58.3, anexo." (a note's line: "… resolución" / "58.3, anexo.") is a number with its decimal, not
    # paragraph 58 — a note ran on no further, and its last line joined the paragraph after it.
    number = lang(code).paragraph_number
    assert number.match("58.3, anexo.") is None and number.match("2.5 per cent of the budget") is None
    assert number.match("58. Decide") is not None and number.match("58.Decide") is not None
    assert number.match("58.") is not None
