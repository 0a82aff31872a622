"""The generated references (schema/REFERENCE.md, CLI.md) are in step with their sources and say
what the sources say. When a step test fails, run `python tests/refdocs.py` and commit the result."""

from __future__ import annotations

import argparse
import json
import re

import refdocs
from conftest import ROOT
from refdocs import cli_reference, schema_reference

STALE = "out of step with its source: run `python tests/refdocs.py` and commit the result"


def test_schema_reference_is_in_step():
    assert refdocs.SCHEMA_REFERENCE.read_text(encoding="utf-8") == schema_reference(), STALE


def test_cli_reference_is_in_step():
    assert refdocs.CLI_REFERENCE.read_text(encoding="utf-8") == cli_reference(), STALE


def _walk(schema):
    """Every (property name, subschema) and every subschema of the real schema."""
    if isinstance(schema, dict):
        yield None, schema
        yield from schema.get("properties", {}).items()
        for value in schema.values():
            yield from _walk(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _walk(value)


def test_schema_reference_carries_every_property_description_and_example():
    schema = json.loads(refdocs.SCHEMA.read_text(encoding="utf-8"))
    text = schema_reference(schema)
    for name, sub in _walk(schema):
        if name is not None:
            assert f"| `{name}` |" in text, name
        if isinstance(sub, dict) and isinstance(sub.get("description"), str):
            assert refdocs.cell(sub["description"]) in text or sub["description"] in text, sub["description"]
        for example in sub.get("examples", []) if isinstance(sub, dict) else []:
            assert refdocs.cell(json.dumps(example, ensure_ascii=False)) in text, example
    for name in schema["$defs"]:
        assert f"\n### `{name}`\n" in text


def test_schema_reference_links_resolve():
    text = refdocs.SCHEMA_REFERENCE.read_text(encoding="utf-8")
    anchors = {refdocs.slug(h) for h in re.findall(r"^#+ (.+)$", text, re.M)}
    targets = set(re.findall(r"\]\(#([^)]+)\)", text))
    assert targets and targets <= anchors, targets - anchors


def test_schema_reference_renders_a_small_schema():
    schema = {
        "title": "Thing",
        "$id": "https://example.test/thing.json",
        "type": "object",
        "additionalProperties": False,
        "required": ["code", "when"],
        "properties": {
            "code": {"type": "string", "pattern": "^(A|B)$", "description": "A code.", "examples": ["A", "B"]},
            "when": {"$ref": "#/$defs/day"},
            "kind": {"enum": ["x", "y"], "default": "x"},
            "where": {"type": "object", "description": "Inline.", "properties": {"lat": {"type": "number"}}},
            "tags": {"type": "array", "items": {"type": "string", "minLength": 2}, "minItems": 1},
        },
        "allOf": [{"if": {"properties": {"kind": {"const": "y"}}, "required": ["kind"]},
                   "then": {"required": ["where"]}}],
        "$defs": {"day": {"type": ["string", "null"], "description": "A day.", "examples": ["2020-01-31"]}},
    }
    lines = schema_reference(schema, "thing.json").splitlines()
    assert lines[0] == "# Thing: reference"
    assert "| `code` | string, matches `^(A\\|B)$` | yes | A code. Examples: `\"A\"`, `\"B\"`. |" in lines
    assert "| `when` | [`day`](#day) | yes |  |" in lines
    assert "| `kind` | one of `\"x\"`, `\"y\"` | no | Default: `\"x\"`. |" in lines
    assert ("| `where` | object ([`document.where`](#documentwhere)) | no | Inline. |") in lines
    assert ("| `tags` | array of string, has at least 1 item, each item has at least 2 characters | no |  |"
            in lines)
    assert "- When `kind` is `\"y\"`: `where` is present." in lines
    assert "### `document.where`" in lines and "| `lat` | number | no |  |" in lines
    day = lines.index("### `day`")
    assert lines[day + 2] == "A day. Example: `\"2020-01-31\"`."
    assert lines[day + 4] == "A value of type string or null."


def test_cli_reference_renders_a_small_parser():
    parser = argparse.ArgumentParser(prog="tool", description="Does things.")
    parser.add_argument("--version", action="store_true", help="print the version")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run the things", description="Runs every thing given.")
    run.add_argument("things", nargs="+", help="what to run")
    run.add_argument("--mode", choices=("fast", "slow"), default="fast", help="how (default: %(default)s)")
    run.add_argument("-o", "--output", help="where")
    lines = cli_reference(parser).splitlines()
    assert lines[0] == "# The `tool` command line"
    assert "tool [options] {run} ..." in lines
    assert "| `--version` | print the version |" in lines
    at = lines.index("## `tool run`")
    assert lines[at + 2] == "Run the things."
    assert lines[at + 4] == "Runs every thing given."
    assert "tool run [options] things..." in lines
    assert "| `things` | what to run; one or more |" in lines
    assert "| `--mode {fast,slow}` | how (default: fast); default: `fast` |" in lines
    assert "| `-o, --output OUTPUT` | where |" in lines


def test_cli_reference_names_every_option_of_the_real_parser():
    parser = refdocs.cli_parser()
    text = refdocs.CLI_REFERENCE.read_text(encoding="utf-8")
    seen = 0
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                assert f"## `unres {name}`" in text
                for option in sub._actions:
                    for flag in option.option_strings:
                        assert re.search(rf"\| `[^`]*{re.escape(flag)}\b", text), flag
                        seen += 1
    assert seen > 5


def test_regenerating_is_one_command_named_in_each_header():
    for path in (refdocs.SCHEMA_REFERENCE, refdocs.CLI_REFERENCE):
        header = path.read_text(encoding="utf-8").split("\n")[2]
        assert "`python tests/refdocs.py`" in header
    assert refdocs.main(["--check"]) == 0
    assert (ROOT / "tests" / "refdocs.py").is_file()
