"""The spec: the JSON Schema is valid 2020-12, samples pass or fail exactly as the fixtures table says."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from unres import validate
from unres.jsonio import from_json
from unres.model import from_dict, to_dict
from unres.rules import RULES
from unres.schema import resolution_schema

from conftest import ROOT, SAMPLES

EXPECTED = json.loads((SAMPLES / "invalid" / "expected.json").read_text(encoding="utf-8"))


def test_schema_is_valid_draft_2020_12_with_versioned_id():
    schema = json.loads((ROOT / "schema" / "resolution.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "/1.0/" in schema["$id"]
    assert schema == resolution_schema()


@pytest.mark.parametrize("path", sorted((SAMPLES / "valid").glob("*.json")), ids=lambda p: p.name)
def test_valid_samples_pass(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [p for p in validate(data) if p.severity == "error"] == []
    assert to_dict(from_dict(data)) == data  # JSON → model → JSON is the identity


def test_valid_samples_cover_all_six_languages():
    langs = {json.loads(p.read_text(encoding="utf-8"))["metadata"]["language"]
             for p in (SAMPLES / "valid").glob("*.json")}
    assert langs == {"ar", "en", "es", "fr", "ru", "zh"}


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=str)
def test_invalid_samples_fail_with_exactly_their_code_and_pointer(name):
    data = json.loads((SAMPLES / "invalid" / name).read_text(encoding="utf-8"))
    errors = [(p.code, p.pointer) for p in validate(data) if p.severity == "error"]
    assert errors == [(EXPECTED[name]["code"], EXPECTED[name]["pointer"])]


def test_every_rule_has_an_invalid_sample_and_a_section_in_spec():
    covered = {e["code"] for e in EXPECTED.values()}
    spec = (ROOT / "schema" / "SPEC.md").read_text(encoding="utf-8")
    warnings_only = {"vote-unresolved-member", "adoption-outside-session"}
    for code in RULES:
        assert f"`{code}`" in spec, code
        if code not in warnings_only:
            assert code in covered, f"no invalid sample for {code}"


def test_unresolved_member_is_a_warning_not_an_error():
    data = json.loads((SAMPLES / "valid" / "en-ga-recorded.json").read_text(encoding="utf-8"))
    data["vote"]["against"]["members"][0] = {"name": "Atlantis", "iso3": None}
    problems = validate(data)
    assert [(p.code, p.severity, p.pointer) for p in problems] == [
        ("vote-unresolved-member", "warning", "/vote/against/members/0/name")]


def test_from_json_reads_a_source_error_and_rejects_a_structural_one():
    # A count that does not match its list is a fact about the document: the model says it, and
    # the problem goes to `warnings`. A schema error is structural: the reader refuses.
    import unres
    from unres.problems import UnresError

    found: list = []
    res = unres.from_json((SAMPLES / "invalid" / "vote-count.json").read_bytes(), warnings=found)
    assert [(p.code, p.severity) for p in found] == [("vote-count-mismatch", "error")]
    assert res.vote.in_favour is not None
    with pytest.raises(UnresError) as info:
        from_json((SAMPLES / "invalid" / "missing-metadata.json").read_bytes())
    assert [p.code for p in info.value.problems] == ["schema-required"]


def test_symbols_and_numbers_the_un_uses_are_valid():
    # A resolution adopted in parts (A/RES/77/263 B) and one of an emergency special session
    # (A/RES/ES-11/6): both refused by the first schema, and every such document lost.
    data = json.loads((SAMPLES / "valid" / "en-ga-recorded.json").read_text(encoding="utf-8"))
    for symbol, number in (("A/RES/77/263 B", "77/263 B"), ("A/RES/ES-11/6", "ES-11/6"), ("A/RES/S-27/2", "S-27/2")):
        md = dict(data["metadata"], symbol=symbol, resolution_number=number)
        assert validate(dict(data, metadata=md)) == [], symbol


def test_parts_numbered_in_roman_follow_their_sequence():
    data = json.loads((SAMPLES / "valid" / "en-ecosoc-parts.json").read_text(encoding="utf-8"))
    first = data["parts"][0]
    for labels, expected in ((["I", "II", "III"], []), (["I", "III"], ["part 2 is labelled 'III', expected 'II'"]),
                             (["H", "I"], ["part 1 is labelled 'H', expected 'A'"]),
                             # The Arabic and Chinese versions of a budget resolution in 22 sections.
                             (["أولا", "ثانيا", "ثالثا"], []), (["一", "二", "三"], []),
                             (["一", "三"], ["part 2 is labelled '三', expected '二'"])):
        problems = validate(dict(data, parts=[dict(first, label=label) for label in labels]))
        assert [p.message for p in problems if p.code == "part-label-sequence"] == expected


def test_agenda_sub_items_in_every_script_are_valid():
    # The first pattern took one Latin letter: 483 laid-out texts and 30 UN files of the corpus
    # were not converted for an agenda item such as "99 (mm)" or "127 (ك)".
    data = json.loads((SAMPLES / "valid" / "en-ga-recorded.json").read_text(encoding="utf-8"))
    for number in ("99 (mm)", "99(mm)", "127 (ك)", "99 (ح ح)", "19 а)", "99 hh)", "14", "66 (b)"):
        assert validate(dict(data, agenda_items=[{"number": number, "title": "x"}])) == [], number
    for number in ("99 (mmm)", "(a)", "99 ((a))", "1234"):
        assert [p.code for p in validate(dict(data, agenda_items=[{"number": number, "title": "x"}]))] == [
            "schema-pattern"], number
