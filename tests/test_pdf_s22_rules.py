"""The readings the layout rules of round thirty-five (the PDF generator's decidable failures of the draw s22)
must give on their fixtures, asked of the model alone — each fails on the reader before the rule."""

from __future__ import annotations

import json

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

from test_layout_rules import FIXTURES, at, stated

NEW_RULES = ["part-label-opens-run", "alone-text-at-label-indent", "mark-alone-over-split-note"]


@pytest.mark.parametrize("name", NEW_RULES)
def test_fixture_read_as_stated(name):
    spec = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    text, warnings = decode((FIXTURES / f"{name}.txt").read_bytes())
    model = to_dict(result(read(lang(spec["lang"]), text, warnings, notes_apart=spec.get("notes_apart", False))))
    for path, want in spec["expect"].items():
        assert stated(at(model, path), want) == want, path


# head-after-unfinished-line, widened: a line that closes a quotation after its last word in lower case (a title cited
# in full at a preambular paragraph's end, its comma lost) ends its paragraph before a known head with its capital,
# however near the width it ran. Flat wrapped text.
QUOTE_CLOSED = """United Nations A/RES/91/77
General Assembly Distr.: General 9 December 2036
Resolution adopted by the General Assembly on 7 December 2036
91/77. Industrial development of coastal States
The General Assembly,
Recalling its resolution 89/204 of 19 December 2034 on the industrial development
of the coastal States and the role of the small ports in their trade with others,
Taking note of the strategy adopted by the Conference of the coastal States in its
resolution CS.12/Res.4 of 3 November 2035, entitled “Inclusive industrial growth
in the coastal States and among the small island developing harbour towns”
Taking note also of the report of the Secretary-General on the implementation of
its resolution 89/204 and of the work of the regional commissions in the matter,
1. Welcomes the strategy of the Conference of the coastal States and invites all
States to support its implementation by the regional commissions and others;
2. Decides to include in the provisional agenda of its ninety-third session the
item entitled “Industrial development of coastal States”.
50th plenary meeting
7 December 2036
"""


def test_quote_closed_before_head_ends_paragraph():
    text, warnings = decode(QUOTE_CLOSED)
    model = to_dict(result(read(lang("en"), text, warnings, trace=True)))
    assert [p["text"][:24] for p in model["preamble"]["paragraphs"]] == [
        "Recalling its resolution", "Taking note of the strat", "Taking note also of the "]
    assert model["preamble"]["paragraphs"][1]["text"].endswith("harbour towns”")
