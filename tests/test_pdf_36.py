"""The readings the layout rules of round thirty-six (the PDF generator's decidable failures of the draw s24)
must give on their fixtures, asked of the model alone — each fails on the reader before the rule."""

from __future__ import annotations

import json

import pytest
from test_layout_rules import FIXTURES, at, stated

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

NEW_RULES = ["spaced-stop-after-line-end-first", "between-symbols-at-line-start",
             "note-symbol-cut-at-slash", "number-alone-under-wrapped-title",
             "first-gathered-bracketed", "first-number-after-preamble"]


@pytest.mark.parametrize("name", NEW_RULES)
def test_fixture_read_as_stated(name):
    spec = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    text, warnings = decode((FIXTURES / f"{name}.txt").read_bytes())
    model = to_dict(result(read(lang(spec["lang"]), text, warnings, notes_apart=spec.get("notes_apart", False))))
    for path, want in spec["expect"].items():
        assert stated(at(model, path), want) == want, path
