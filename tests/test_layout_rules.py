"""Every named layout rule of the text reader (unres.text.ruleset) against its fixture pair:
tests/fixtures/layout/<rule>.txt, a text written for the rule, and <rule>.json, which states by
hand what reading it must give:

- "lang": the text's language; "layout": the class of documents the rule serves;
- "expect": {path: value} — a path into the model's JSON ("operative/*/number": every operative
  paragraph's number, "preamble/paragraphs/#": how many preambular paragraphs, "footnotes/0/text");
- "fires" (optional): the input lines at which the rule decided, as the reader's trace records them;
- "warnings" (optional): the codes of all warnings, in order;
- "notes_apart" (optional): the text is read as the PDF and Word readers give it, its notes apart;
- "bold_headings" (optional): the texts the PDF or Word file set in bold, given beside the text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.blocks import LINE_RULES
from unres.text.decode import decode
from unres.text.pipeline import read, result
from unres.text.ruleset import all_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layout"
RULES = {r.name: r for r in all_rules()}


def at(obj, path: str):
    """The value at a path of "/"-separated keys and indices; "*" maps the rest over a list, "#"
    is a list's length."""
    parts = path.split("/")
    for k, part in enumerate(parts):
        if part == "*":
            return [at(item, "/".join(parts[k + 1:])) if k + 1 < len(parts) else item for item in obj]
        if part == "#":
            return len(obj)
        obj = obj[int(part)] if isinstance(obj, list) else obj[part]
    return obj


def stated(got, want):
    """`got` reduced to what `want` states: an object's keys the fixture does not name are left
    out (a fixture says what its rule must give; fields the model gains later, such as schema
    1.1's agenda `item` or a footnote's `links`, are no part of that), lists element by element."""
    if isinstance(want, dict) and isinstance(got, dict):
        return {k: stated(got[k], v) if k in got else got.get(k) for k, v in want.items()}
    if isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        return [stated(g, w) for g, w in zip(got, want, strict=True)]
    return got


def test_stated_leaves_out_only_the_keys_a_fixture_does_not_name():
    got = {"number": "4", "title": "T", "item": None}
    assert stated(got, {"number": "4", "title": "T"}) == {"number": "4", "title": "T"}
    assert stated(got, {"number": "5"}) != {"number": "5"}  # a stated key still compares
    assert stated([got], [{"number": "4"}, {"number": "5"}]) == [got]  # lengths still compare
    assert stated({"title": "T"}, {"title": "T", "item": 4}) != {"title": "T", "item": 4}  # a missing key fails


def test_every_rule_has_a_fixture_pair_and_every_fixture_a_rule():
    assert len(RULES) == len(all_rules())  # names are unique
    texts = {p.stem for p in FIXTURES.glob("*.txt")}
    specs = {p.stem for p in FIXTURES.glob("*.json")}
    assert texts == specs
    assert sorted(specs) == sorted(RULES)


def test_competing_rules_declare_distinct_priorities():
    priorities = [r.priority for r, _, _ in LINE_RULES]
    assert None not in priorities and len(set(priorities)) == len(priorities)
    assert priorities == sorted(priorities, reverse=True)  # tried from the highest


@pytest.mark.parametrize("name", sorted(RULES))
def test_layout_rule(name):
    spec = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    text, warnings = decode((FIXTURES / f"{name}.txt").read_bytes())
    doc = read(lang(spec["lang"]), text, warnings, trace=True, notes_apart=spec.get("notes_apart", False),
               bold_headings=frozenset(spec.get("bold_headings", ())))
    model = to_dict(result(doc))
    for path, want in spec["expect"].items():
        assert stated(at(model, path), want) == want, path
    if "fires" in spec:
        assert [line for rule, line in doc.trace if rule == name] == spec["fires"]
    else:
        assert name in {rule for rule, _ in doc.trace}, f"{name} never decided on its fixture"
    if "warnings" in spec:
        assert [w.code for w in warnings] == spec["warnings"]


def test_the_spec_names_every_rule():
    spec = (Path(__file__).resolve().parent.parent / "schema" / "SPEC.md").read_text(encoding="utf-8")
    assert [name for name in RULES if f"`{name}`" not in spec] == []
