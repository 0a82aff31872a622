"""The registry of problem codes (converter/codes.py) against the code that emits them and SPEC.md."""

from __future__ import annotations

import json
import re

import pytest

from unres.codes import BY_CODE, CODES, STAGES, render_spec
from unres.rules import RULES

from conftest import ROOT, SAMPLES

CONVERTER = ROOT / "converter"
SCHEMATRON = ROOT / "schema" / "akn-resolution.sch"

# A code as the first argument of a Problem or of a reader's warn(): `Problem("code", …`,
# `self.warn("code", …`, over line breaks too.
_EMITTED = re.compile(r"\b(?:Problem|warn)\(\s*[\"']([a-z][a-z0-9]*(?:-[a-z0-9A-Z]+)+)[\"']")
_ROLE = re.compile(r'\brole="([^"]+)"')
# JSON Schema keywords that can fail on their own (applicators such as allOf, $ref, properties or
# if/then only pass on the errors of their subschemas, which keep their own keyword).
_FAILING_KEYWORDS = {
    "type", "enum", "const", "pattern", "format", "minLength", "maxLength", "minItems", "maxItems",
    "uniqueItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "required",
    "additionalProperties", "anyOf", "oneOf", "not", "minProperties", "maxProperties", "dependentRequired",
    "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems", "additionalItems",
}


def emitted_in_source() -> dict[str, set[str]]:
    """code → the files that emit it: converter/*.py, the Schematron profile, the schema's keywords."""
    found: dict[str, set[str]] = {}
    for path in sorted(CONVERTER.rglob("*.py")):
        if path.name == "codes.py":
            continue
        for code in _EMITTED.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    for code in _ROLE.findall(SCHEMATRON.read_text(encoding="utf-8")):
        found.setdefault(code, set()).add(str(SCHEMATRON.relative_to(ROOT)))
    schema = json.loads((ROOT / "schema" / "resolution.schema.json").read_text(encoding="utf-8"))
    for keyword in _keywords(schema) & _FAILING_KEYWORDS:
        found.setdefault(f"schema-{keyword}", set()).add("schema/resolution.schema.json")
    return found


def _keywords(node) -> set[str]:
    out: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            # Inside "properties" and "$defs" the keys are names, not keywords.
            if key in ("properties", "$defs", "patternProperties"):
                for sub in value.values():
                    out |= _keywords(sub)
            else:
                out.add(key)
                out |= _keywords(value)
    elif isinstance(node, list):
        for item in node:
            out |= _keywords(item)
    return out


def test_the_scan_finds_codes_of_every_kind_of_site():
    # The scan itself must work: a code of each source it reads.
    found = emitted_in_source()
    for code in ("vote-count-mismatch", "text-no-closing", "akn-point-num", "profile-refers-to-hash",
                 "schema-required", "json-too-deep", "xml-doctype", "io-read"):
        assert code in found, code


def test_every_emitted_code_is_registered():
    missing = {code: sorted(files) for code, files in emitted_in_source().items() if code not in BY_CODE}
    assert not missing, f"emitted but not in converter/codes.py: {missing}"


def test_every_registered_code_is_emitted_somewhere():
    found = emitted_in_source()
    assert [c.code for c in CODES if c.code not in found] == []


def test_registry_entries_are_well_formed():
    assert len(BY_CODE) == len(CODES), "a code is registered twice"
    for c in CODES:
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+|-[a-z]+[A-Z][a-zA-Z]*)*", c.code), c.code
        assert c.severity in ("error", "warning") and c.kind in ("structural", "source"), c
        assert c.stage in STAGES, c
        assert c.meaning.strip().endswith((".", ")")), c
        # A code reports where its stage checks it: one prefix per stage.
        prefix = {"rules": None, "schema": "schema-", "text": "text-", "json": "json-", "xml": "xml-",
                  "akn": "akn-", "xsd": "akn-", "profile": "profile-", "files": "io-", "usage": "usage-",
                  "batch": "internal-", "convert": "convert-", "align": "align-",
                  "extract": ("pdf-", "docx-", "input-")}[c.stage]
        if prefix:
            assert c.code.startswith(prefix), c


def test_rules_module_and_registry_list_the_same_rules():
    assert set(RULES) == {c.code for c in CODES if c.stage == "rules"}
    assert all(BY_CODE[code].example for code in RULES)


def test_rule_severities_are_those_the_rules_report():
    # Warnings among the rules: every invalid sample fails with an error of its registered code,
    # and the two warning rules are reported as warnings by unres.validate.
    from unres import validate

    expected = json.loads((SAMPLES / "invalid" / "expected.json").read_text(encoding="utf-8"))
    for name, e in expected.items():
        problems = validate(json.loads((SAMPLES / "invalid" / name).read_text(encoding="utf-8")))
        got = {p.code: p.severity for p in problems}
        assert got[e["code"]] == BY_CODE[e["code"]].severity == "error", name
    assert {c.code for c in CODES if c.stage == "rules" and c.severity == "warning"} == {
        "vote-unresolved-member", "adoption-outside-session"}


def test_codes_reported_on_the_samples_and_repros_are_registered(capsys):
    # The same check at run time, for codes made where the scan cannot see them (schema keywords,
    # Schematron roles).
    from unres.cli import main

    main(["validate", "--format", "json", str(SAMPLES), str(ROOT / "tests" / "fuzz" / "crashes")])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) > 20
    assert sorted({r["code"] for r in rows} - set(BY_CODE)) == []


def test_spec_tables_are_generated_from_the_registry():
    spec = (ROOT / "schema" / "SPEC.md").read_text(encoding="utf-8")
    assert render_spec(spec) == spec, "run `python -m unres.codes` to rewrite SPEC.md's code tables"
    for c in CODES:
        assert f"| `{c.code}` | {c.severity} | {c.kind} |" in spec, c.code


@pytest.mark.parametrize("stage", sorted({c.stage for c in CODES}))
def test_every_stage_has_its_table_in_spec(stage):
    spec = (ROOT / "schema" / "SPEC.md").read_text(encoding="utf-8")
    assert f"<!-- codes:{stage} " in spec
