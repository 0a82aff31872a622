"""Round thirty-nine, note marks (issue 22): the layouts of the marks-39 rules read as their fixtures state —
a digit of the text left in it, a note's mark set apart taken out of it. Each test reads a fixture text with the
public reader and asserts what the fixture's .json states by hand (without its `fires`, so that it also runs on a
reader that lacks the rule: there it fails)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_layout_rules import at, stated

from unres.model import to_dict
from unres.text.parse import parse_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layout"
ROUND = ["range-no-note-below", "marker-again-under-rule", "count-not-name", "mark-glued-before-number",
         "comma-mark-after-quote"]


@pytest.mark.parametrize("name", ROUND)
def test_round_fixture_reads_as_stated(name):
    spec = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    got = parse_text((FIXTURES / f"{name}.txt").read_bytes(), spec["lang"])
    model = to_dict(got.resolution)
    for path, want in spec["expect"].items():
        assert stated(at(model, path), want) == want, path
    assert [w.code for w in got.warnings] == spec.get("warnings", [])
