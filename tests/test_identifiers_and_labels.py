"""Schema 1.1 data and rules, each stage alone: the identifier grammar, label sequences, the member
table with former Member States, and the rules that read them."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from unres.akn.writer import to_akn
from unres.jsonio import from_json
from unres.labels import positions
from unres.members import members
from unres.model import (
    Link,
    Member,
    OperativeParagraph,
    Resolution,
    SubParagraph,
    Vote,
    VoteSide,
    from_dict,
    to_dict,
)
from unres.rules import check
from unres.symbols import normalize_symbol, number_pattern, parse_number, parse_symbol, roman_value, symbol_pattern
from unres.text.render import render_text

from conftest import SAMPLES

# -- identifiers ------------------------------------------------------------------------------------

SYMBOLS = {
    # symbol as printed: (body, session type, session, number, year, part, canonical)
    "A/RES/ES-10/22": ("GA", "emergency_special", 10, 22, None, None, "A/RES/ES-10/22"),
    "A/RES/ES-11/4": ("GA", "emergency_special", 11, 4, None, None, "A/RES/ES-11/4"),
    "A/RES/S-32/1": ("GA", "special", 32, 1, None, None, "A/RES/S-32/1"),
    "A/HRC/RES/S-30/1": ("HRC", "special", 30, 1, None, None, "A/HRC/RES/S-30/1"),
    "A/RES/75/251 B": ("GA", "regular", 75, 251, None, "B", "A/RES/75/251 B"),
    "A/RES/75/254 A-C": ("GA", "regular", 75, 254, None, "A-C", "A/RES/75/254 A-C"),
    "E/RES/2021/2 B": ("ECOSOC", None, None, 2, 2021, "B", "E/RES/2021/2 B"),
    "S/RES/2805(2025)": ("SC", None, None, 2805, 2025, None, "S/RES/2805 (2025)"),
    "S/RES/2672 (2023)": ("SC", None, None, 2672, 2023, None, "S/RES/2672 (2023)"),
    "A/RES/181(II)": ("GA", "regular", 2, 181, None, None, "A/RES/181(II)"),
    "A/RES/181 (II)": ("GA", "regular", 2, 181, None, None, "A/RES/181(II)"),
    "E/RES/1296(XLIV)": ("ECOSOC", "regular", 44, 1296, None, None, "E/RES/1296(XLIV)"),
    "A/RES/3201(S-VI)": ("GA", "special", 6, 3201, None, None, "A/RES/3201(S-VI)"),
    "A/RES/75/254\u00a0A-C": ("GA", "regular", 75, 254, None, "A-C", "A/RES/75/254 A-C"),
}


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_symbols_read_by_their_body_grammar(symbol):
    got = parse_symbol(symbol)
    assert got is not None
    assert (got.body, got.session_type, got.session, got.number, got.year, got.part, got.canonical) == SYMBOLS[symbol]
    assert normalize_symbol(symbol) == SYMBOLS[symbol][-1]
    assert re.search(symbol_pattern(), symbol)


@pytest.mark.parametrize("number,body,canonical", [
    ("ES-10/22", "GA", "ES-10/22"), ("دإط-10/22", "GA", "ES-10/22"), ("دإ-30/1", "HRC", "S-30/1"),
    ("181 (II)", "GA", "181(II)"), ("1296 (XLIV)", "ECOSOC", "1296(XLIV)"), ("2805(2025)", "SC", "2805 (2025)"),
    ("77/253 B", "GA", "77/253 B"),
])
def test_printed_numbers_read_in_any_language(number, body, canonical):
    assert parse_number(number, body).canonical == canonical
    assert re.search(number_pattern(), number)


@pytest.mark.parametrize("bad", ["A-RES-79-12", "A/RES/79/12/Add.1", "S/RES/2805", "A/RES/ES-10", "X/RES/1/1 b"])
def test_symbols_outside_every_grammar_are_refused(bad):
    assert parse_symbol(bad) is None
    assert not re.search(symbol_pattern(), bad)


def test_roman_numerals():
    assert [roman_value(r) for r in ("II", "XLIV", "IIII", "VX", "")] == [2, 44, None, None, None]


# -- labels -----------------------------------------------------------------------------------------

LATIN = [f"({c})" for c in "abcdefghijklmnopqrstuvwxyz"]


@pytest.mark.parametrize("labels,sequence", [
    (LATIN + ["(aa)", "(bb)", "(cc)", "(dd)", "(ee)", "(ff)", "(gg)", "(hh)", "(ii)", "(jj)"], "latin"),
    (["(i)", "(ii)", "(iii)", "(iv)"], "roman"),
    (["(h)", "(i)"][:0] + LATIN[:9], "latin"),  # (h), (i): the ninth letter, not roman one
    (["а)", "б)", "в)", "г)"], "cyrillic"),
    (["a)", "b)", "с)", "d)", "е)"], "latin"),  # Cyrillic с and е typed for c and e
    (["㈠", "㈡", "㈢", "㈣", "㈤", "㈥", "㈦", "㈧", "㈨", "㈩", "(十一)", "(十二)"], "cjk_paren"),
    (["(一)", "(二)", "(十)", "(十一)"][:2], "cjk"),
    (["(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)"], "abjad"),
    (["(أ)", "(ب)", "(ج)", "(د)", "(ه)"], "abjad"),
    (["I.", "II.", "III."], "roman_upper"),
    (["A.", "B.", "C."], "latin_upper"),
    (["أولا", "ثانيا", "ثالثا"], "arabic_ordinals"),
])
def test_label_lists_run_in_their_own_sequence(labels, sequence):
    name, found = positions(labels)
    assert name == sequence
    assert found == list(range(1, len(labels) + 1))


def test_a_label_truly_out_of_sequence_is_found():
    assert positions(["(a)", "(b)", "(d)"]) == ("latin", [1, 2, 4])
    assert positions(LATIN + ["(aa)", "(cc)"])[1][-1] == 29  # (cc) where (bb) belongs


# -- member table ------------------------------------------------------------------------------------

def test_former_member_states_are_coded_by_iso_3166_3_with_their_periods():
    table = members()
    assert len(table) == 193
    for name, code in [("Union of Soviet Socialist Republics", "SUHH"), ("Yugoslavia", "YUCS"),
                       ("Czechoslovakia", "CSHH"), ("German Democratic Republic", "DDDE"),
                       ("Serbia and Montenegro", "CSXX"), ("Democratic Yemen", "YDYE"),
                       ("Союз Советских Социалистических Республик", "SUHH"), ("德意志民主共和国", "DDDE")]:
        assert table.lookup(name) == code, name
        assert table.is_former_member(code) and not table.is_member(code)
    assert table.member_on("SUHH", "1991-12-23") is True
    assert table.member_on("SUHH", "1991-12-24") is False
    assert table.member_on("YUCS", "1995-06-01") is False  # between its two memberships
    assert table.member_on("YUCS", "2001-06-01") is True
    assert table.member_on("FRA", "1950-01-01") is None  # today's members are not dated
    assert table.is_state("PSE") and not table.is_member("PSE")


# -- rules -------------------------------------------------------------------------------------------

def _sample(name: str) -> dict:
    return json.loads((SAMPLES / "valid" / name).read_text(encoding="utf-8"))


def _codes(res: Resolution) -> list[tuple[str, str | None]]:
    return [(p.code, p.pointer) for p in check(res) if p.severity == "error"]


def test_symbol_and_number_agree_across_scripts_and_spacing():
    res = from_json((SAMPLES / "valid" / "ar-ga-emergency-special.json").read_bytes())
    assert res.metadata.resolution_number == "دإط-12/3" and _codes(res) == []
    wrong = dataclasses.replace(res, metadata=dataclasses.replace(res.metadata, resolution_number="دإ-12/3"))
    assert _codes(wrong) == [("symbol-number-mismatch", "/metadata/resolution_number")]


def test_a_session_number_must_agree_with_the_symbol():
    res = from_json((SAMPLES / "valid" / "en-ga-former-members.json").read_bytes())
    session = dataclasses.replace(res.metadata.session, number=6)
    res = dataclasses.replace(res, metadata=dataclasses.replace(res.metadata, session=session))
    assert _codes(res) == [("symbol-session-mismatch", "/metadata/session/number")]


def test_parts_may_start_at_the_part_the_symbol_names():
    res = from_json((SAMPLES / "valid" / "en-ga-parts-suffix.json").read_bytes())
    assert [p.label for p in res.parts] == ["B", "C"] and _codes(res) == []
    res = dataclasses.replace(res, metadata=dataclasses.replace(res.metadata, symbol="A/RES/81/250",
                                                                normalized_symbol=None))
    assert _codes(res) == [("part-label-sequence", "/parts/0/label")]


def test_lists_count_non_voting_and_absent_members():
    data = _sample("ar-ga-emergency-special.json")
    data["vote"]["non_voting"]["count"] = 2
    assert _codes(from_dict(data)) == [("vote-count-mismatch", "/vote/non_voting/count")]
    data["vote"]["non_voting"] = {"count": 1, "members": [{"name": "مصر", "iso3": "EGY"}]}
    assert _codes(from_dict(data)) == [("vote-member-duplicate", "/vote/non_voting/members/0")]


def test_sc_cannot_list_more_than_fifteen_with_absent_members():
    res = from_json((SAMPLES / "valid" / "zh-sc-unanimous-in-writing.json").read_bytes())
    vote = dataclasses.replace(res.vote, absent=VoteSide(1, (Member("马里", "MLI"),)))
    assert _codes(dataclasses.replace(res, vote=vote)) == [("vote-exceeds-body", "/vote")]


def test_every_string_is_checked_for_xml_illegal_characters_and_integers_for_fractions():
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    op = OperativeParagraph("1", "Welcomes\ufffe", None, links=(Link(0, 3.0, "h\x00"),))  # type: ignore[arg-type]
    bad = dataclasses.replace(res, operative=(op, *res.operative[1:]))
    assert set(_codes(bad)) >= {("xml-illegal-character", "/operative/0/text"),
                                ("xml-illegal-character", "/operative/0/links/0/href"),
                                ("integer-type", "/operative/0/links/0/length")}


@pytest.mark.parametrize("fmt,name,judgements", [
    ("akn", "valid/en-ga-recorded.json", 1), ("json", "valid/en-ga-recorded.json", 1),
    ("json", "invalid/number-gap.json", 1), ("akn", "invalid/number-gap.json", 2)])
def test_a_conversion_judges_its_model_once_and_records_what_it_found(monkeypatch, fmt, name, judgements):
    # convert judges the model it writes once (schema, rules) for the input and the output alike,
    # without reading the output back into a model (checks.py) — but for an AKN output of a model
    # with an error, read back so that its record is what validate finds; --no-validate judges nothing.
    from unres import checks
    from unres.conversion import convert_bytes

    text = render_text(from_json((SAMPLES / name).read_bytes())).encode("utf-8")
    calls = []
    rules = checks.check  # (what judges a model, through checks.judge or checks.model_problems)
    monkeypatch.setattr(checks, "check", lambda res, **kw: calls.append(1) or rules(res, **kw))
    done = convert_bytes(text, "x.txt", fmt)
    assert len(calls) == judgements
    gap = ("operative-number-sequence", "/operative/2/number")
    assert (gap in [(p.code, p.pointer) for p in done.problems]) == name.startswith("invalid")
    assert (b"operative-number-sequence" in done.output) == name.startswith("invalid")  # recorded.py
    calls.clear()
    assert convert_bytes(text, "x.txt", fmt, check=False).output is not None
    assert calls == []


def test_1_1_model_to_dict_and_back_is_the_identity_on_every_sample():
    for path in sorted((SAMPLES / "valid").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert to_dict(from_dict(data)) == data, path.name


# -- the AKN writer on the 1.1 shapes ------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted((SAMPLES / "valid").glob("*.json")), ids=lambda p: p.name)
def test_akn_writer_takes_every_1_1_sample(path):
    """The writer ignores the fields it does not know yet; it must not fail on them."""
    xml = to_akn(from_json(path.read_bytes()))
    assert xml.startswith(b"<?xml") or xml.startswith(b"<akomaNtoso")


def test_a_vote_side_list_keeps_its_position_arguments():
    # Other modules build votes positionally: the 1.0 order of the fields is kept.
    vote = Vote("recorded", "t", (), VoteSide(1), VoteSide(0), VoteSide(0))
    assert vote.in_favour == VoteSide(1) and vote.non_voting is None and vote.procedure is None


def test_another_body_is_carried_as_given():
    data = _sample("en-ga-recorded.json")
    data["metadata"].update(body="UNEA", body_name="United Nations Environment Assembly", symbol="UNEP/EA.5/Res.1",
                            normalized_symbol="UNEP/EA.5/Res.1", resolution_number="5/1", session=None)
    res = from_json(json.dumps(data, ensure_ascii=False))
    assert res.metadata.body == "UNEA" and _codes(res) == []
    assert to_dict(res) == data


@pytest.mark.parametrize("labels,error", [
    (["I", "II", "III"], None), (["أولا", "ثانيا"], None), (["一", "二"], None), (["ألف", "باء"], None),
    (["A", "C"], "/parts/1/label"), (["I", "III"], "/parts/1/label"),
])
def test_part_labels_run_in_any_of_the_part_sequences(labels, error):
    data = _sample("en-ecosoc-parts.json")
    data["parts"] = [dict(data["parts"][0], label=label) for label in labels]
    found = [p.pointer for p in check(from_dict(data)) if p.code == "part-label-sequence"]
    assert found == ([error] if error else [])


def test_sections_may_number_on_their_own_and_a_paragraph_ending_with_a_colon_may_quote_unnumbered_text():
    # A/RES/77/256: part B numbers each section under its heading from 1; part A's paragraph 1 ends
    # "to read as follows:" and quotes the amended articles as unnumbered paragraphs.
    res = from_json((SAMPLES / "valid" / "en-ga-sections-quoted-text.json").read_bytes())
    assert [(p.number, bool(p.headings)) for p in res.operative] == [
        ("1", False), (None, True), ("2", False), ("1", True), ("2", False), ("1", True)]
    assert _codes(res) == []
    ops = list(res.operative)

    def replaced(i, **change):
        return dataclasses.replace(res, operative=tuple(
            dataclasses.replace(p, **change) if k == i else p for k, p in enumerate(ops)))

    # a restart without a heading, a number other than 1 under a heading
    assert _codes(replaced(3, headings=())) == [("operative-number-sequence", "/operative/3/number")]
    assert _codes(replaced(3, number="3")) == [("operative-number-sequence", "/operative/4/number")]
    # unnumbered text after a paragraph that does not end with a colon, or that has sub-paragraphs
    assert _codes(replaced(0, text="Decides to amend article 4;")) == [
        ("operative-number-sequence", "/operative/1/number")]
    assert _codes(replaced(0, subparagraphs=ops[1].subparagraphs)) == [
        ("operative-number-sequence", "/operative/1/number")]


def test_a_list_without_intro_keeps_the_dashes_of_its_first_point():
    # "58. (a) Requests … on: – … – … (b) Also requests …: – …" (S/RES/2605 (2021)): the paragraph's
    # text is its first point's words, and the dashes after them are that point's own items.
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())

    def dash(text):
        return SubParagraph(label="–", text=text)

    def with_subs(labels):
        subs = (dash("the situation;"), dash("the mandate;"),
                *(SubParagraph(label=lb, text="Also requests a report on:", subparagraphs=(dash("its budget."),))
                  for lb in labels))
        first = dataclasses.replace(res.operative[0], text="(a) Requests a report on:", subparagraphs=subs,
                                    wrap_up=None, opening=None)
        return dataclasses.replace(res, operative=(first, *res.operative[1:]))

    assert _codes(with_subs(["(b)", "(c)"])) == []
    # the first point's own items lettered in another sequence ("(a) … (i) … (ii) … (b)", S/RES/2592)
    romans = dataclasses.replace(res, operative=(dataclasses.replace(
        with_subs(["(b)"]).operative[0], subparagraphs=(SubParagraph(label="(i)", text="the situation;"),
                                                      SubParagraph(label="(ii)", text="the mandate;"),
                                                      SubParagraph(label="(b)", text="Also requests a report."))),
        *res.operative[1:]))
    assert _codes(romans) == []
    assert _codes(with_subs(["(c)"])) == [("subparagraph-label-sequence", "/operative/0/subparagraphs/2/label")]
    assert _codes(with_subs(["(b)", "(d)"])) == [("subparagraph-label-sequence", "/operative/0/subparagraphs/3/label")]


def test_a_lead_in_ending_with_a_colon_may_stand_unnumbered_before_paragraph_1():
    # The budget resolutions: "Resolves that, for 2023:" then paragraphs 1, 2… (A/RES/77/264, 77/266).
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    lead = OperativeParagraph(None, "Resolves that, for 2036:", None)
    assert _codes(dataclasses.replace(res, operative=(lead, *res.operative))) == []
    no_colon = dataclasses.replace(lead, text="Resolves that, for 2036,")
    assert _codes(dataclasses.replace(res, operative=(no_colon, *res.operative))) == [
        ("operative-number-sequence", "/operative/0/number")]


def test_an_announced_item_opens_with_no_quotation_bracket_or_label():
    """announced-items: the items a paragraph announces with a colon open with their words; a quotation,
    a bracket or a short label ("A.", "一.", "'1'") opens the paragraph's own quotation or list."""
    from unres.labels import opens_announced_item

    for item in ("Monday, 27 May: from 10 a.m. to 1 p.m.;", "  понедельник, 27 мая: …;",
                 "5月27日星期一：上午10时至下午1时；", "Patrols: standing clearances;", "Arrangements for the review"):
        assert opens_announced_item(item), item
    for other in ("“Decides that …”", "« Prie … »", "'1' provide security;", "(aa) To report;", "A. Pension Board",
                  "一. 联合战略评估", "iv) Bases;", "「决定……」", ""):
        assert not opens_announced_item(other), other


def test_a_paragraph_announces_with_a_colon_outside_any_quotation_it_opened():
    """announced-items: a colon inside an open quotation — a page break cut the paragraph in a title —
    announces nothing; quotation marks are paired by the scripts table, either way round."""
    from unres.labels import announces

    assert announces("Further decides that the meetings will be held as follows:")
    assert announces("Rappelle le paragraphe 5 de sa résolution « Phares », qui se lit comme suit :")
    assert announces("وإذ يشير إلى القرار ”الفنارات“ الذي ينص على ما يلي:")
    assert not announces("the document entitled « Water Quality: Guidelines, Standards and Health:")
    assert not announces("题为「水质：准则、标准与健康：")
    assert not announces("Decides that the meetings will be held as follows;")
