"""A source's errors recorded in the output of `unres convert` (converter/recorded.py): `validate`
passes every file convert wrote, reports the recorded errors with their severity, and still fails
a slip the record does not name, a structural error, or anything under --strict."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from unres.cli import main
from unres.conversion import convert_bytes
from unres.formats import INPUTS
from unres.validation import validate_bytes

from conftest import SAMPLES

NUMBER_GAP = SAMPLES / "invalid" / "number-gap.json"  # operative paragraph 3 numbered "4"
VOTE_COUNT = SAMPLES / "invalid" / "vote-count.json"
VALID = SAMPLES / "valid" / "en-ga-recorded.json"
JSON_IN, AKN_IN = (next(f for f in INPUTS if f.name == n) for n in ("json", "akn"))


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def converted(path, fmt):
    done = convert_bytes(path.read_bytes(), path.name, fmt)
    assert done.output is not None
    return done


def test_json_output_records_the_source_errors_convert_reported():
    done = converted(NUMBER_GAP, "json")
    reported = [(p.code, p.pointer) for p in done.problems if p.severity == "error"]
    assert reported == [("operative-number-sequence", "/operative/2/number")]
    assert json.loads(done.output)["source_problems"] == [
        {"code": "operative-number-sequence", "pointer": "/operative/2/number"}]
    found = validate_bytes(done.output, JSON_IN, "out.json")
    assert [(p.code, p.recorded) for p in found.problems] == [("operative-number-sequence", True)]


def test_akn_output_records_them_in_meta_proprietary_and_stays_xsd_valid():
    done = converted(NUMBER_GAP, "akn")
    root = etree.fromstring(done.output)
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "u": "https://unres.dev/ns/conversion"}
    meta = root.find("a:statement/a:meta", ns)
    assert etree.QName(meta[-1]).localname == "proprietary" and meta[-1].get("source") == "#unres"
    recorded = {(e.get("code"), e.get("pointer")) for e in meta[-1].findall("u:sourceProblem", ns)}
    # The model's error and the profile's (the same slip in the markup, which has no model pointer).
    assert recorded == {("operative-number-sequence", "/operative/2/number"), ("profile-paragraph-sequence", None)}
    found = validate_bytes(done.output, AKN_IN, "out.akn.xml")
    assert not [p for p in found.problems if p.code.startswith(("akn-", "xml-"))]
    assert {p.code for p in found.problems if p.severity == "error"} == {c for c, _ in recorded}
    assert all(p.recorded for p in found.problems if p.severity == "error")
    # The record is not part of the resolution: the AKN reads back as the model convert read.
    assert found.model == done.model


def test_a_valid_document_gets_no_record():
    for fmt in ("json", "akn"):
        out = converted(VALID, fmt).output
        assert b"source_problems" not in out and b"proprietary" not in out


@pytest.mark.parametrize("fmt", ["json", "akn"])
def test_validate_passes_what_convert_wrote_and_strict_fails_it(tmp_path, capsys, fmt):
    out = tmp_path / ("out.json" if fmt == "json" else "out.akn.xml")
    code, _, err = run(capsys, "convert", VOTE_COUNT, "--to", fmt, "-o", out)
    assert code == 0 and "error [vote-count-mismatch]" in err
    code, val_out, val_err = run(capsys, "validate", out)
    assert code == 0 and "error [vote-count-mismatch]" in val_out and "(recorded in the file" in val_out
    assert "1 passed (1 with their source's errors recorded), 0 failed" in val_err
    code, _, val_err = run(capsys, "validate", out, "--strict")
    assert code == 1 and "0 passed, 1 failed" in val_err
    # GitHub annotations: a recorded error does not fail the check, so it is not an ::error.
    code, val_out, _ = run(capsys, "validate", out, "--format", "github")
    assert code == 0 and "::error" not in val_out and "::warning" in val_out
    code, val_out, _ = run(capsys, "validate", out, "--format", "json")
    assert {json.loads(line)["recorded"] for line in val_out.splitlines()} == {True}


def test_a_slip_made_after_the_conversion_fails(tmp_path, capsys):
    out = tmp_path / "out.json"
    assert run(capsys, "convert", NUMBER_GAP, "-o", out)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    data["operative"][0]["number"] = "7"  # a second slip, in a place the record does not name
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    code, val_out, _ = run(capsys, "validate", out)
    assert code == 1
    lines = [line for line in val_out.splitlines() if "[operative-number-sequence]" in line]
    assert any("/operative/0/number" in line and "recorded" not in line for line in lines)


def test_a_record_does_not_excuse_a_structural_error_nor_a_warning_to_become_one(tmp_path, capsys):
    data = json.loads((SAMPLES / "invalid" / "missing-metadata.json").read_text(encoding="utf-8"))
    found = validate_bytes(json.dumps(data).encode(), JSON_IN, "x.json")
    structural = [(p.code, p.pointer) for p in found.problems if p.severity == "error"]
    assert structural
    data["source_problems"] = [{"code": c, "pointer": p} for c, p in structural]
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, val_out, _ = run(capsys, "validate", path)
    assert code == 1 and "recorded" not in val_out


def test_the_schema_checks_the_record(tmp_path, capsys):
    data = json.loads(VALID.read_text(encoding="utf-8"))
    data["source_problems"] = [{"code": "Not A Code", "pointer": 3}]
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, val_out, _ = run(capsys, "validate", path)
    assert code == 1 and "/source_problems/0/code" in val_out and "/source_problems/0/pointer" in val_out


def test_a_record_in_a_file_unres_did_not_write_is_not_read(tmp_path, capsys):
    # The UN's files are linted as they are: a `proprietary` block there is not unres's record.
    out = converted(NUMBER_GAP, "akn").output.decode("utf-8")
    un = tmp_path / "un.xml"
    un.write_text(out.replace('source="#unres"', 'source="#DGACM"'), encoding="utf-8")
    code, val_out, _ = run(capsys, "validate", un)
    assert code == 1 and "recorded" not in val_out


@pytest.mark.parametrize("fmt", ["json", "akn"])
def test_an_entry_whose_error_was_mended_is_a_warning_at_the_entry(tmp_path, capsys, fmt):
    out = tmp_path / ("out.json" if fmt == "json" else "out.akn.xml")
    assert run(capsys, "convert", NUMBER_GAP, "--to", fmt, "-o", out)[0] == 0
    text = out.read_text(encoding="utf-8")
    mended = text.replace('"number": "4"', '"number": "3"') if fmt == "json" else text.replace(">4.<", ">3.<")
    assert mended != text
    out.write_text(mended, encoding="utf-8")
    code, val_out, _ = run(capsys, "validate", out)
    stale = [line for line in val_out.splitlines() if "[convert-record-stale]" in line]
    assert code == 0 and stale and all("warning" in line for line in stale)
    assert ": error [" not in val_out
    entry_line = next(i for i, line in enumerate(mended.splitlines(), 1) if "operative-number-sequence" in line)
    assert any(line.startswith(f"{out}:{entry_line}") for line in stale)
