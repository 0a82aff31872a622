"""The spec: the JSON Schema is valid 2020-12, samples pass or fail exactly as the fixtures table says."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from unres import validate
from unres.jsonio import from_json, indented, to_json
from unres.model import SCHEMA_VERSION, from_dict, to_dict
from unres.rules import RULES
from unres.schema import resolution_schema

import strategies
from conftest import ROOT, SAMPLES

EXPECTED = json.loads((SAMPLES / "invalid" / "expected.json").read_text(encoding="utf-8"))


def test_schema_is_valid_draft_2020_12_with_versioned_id():
    schema = json.loads((ROOT / "schema" / "resolution.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "/1.3/" in schema["$id"]
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
    # A JSON file with such a value is refused by the schema first (schema-pattern, schema-type, or
    # the JSON reader's json-surrogate): the rules find them in models built in Python, as
    # test_identifiers_and_labels shows.
    python_models_only = {"xml-illegal-character", "integer-type"}
    for code in RULES:
        assert f"`{code}`" in spec, code
        if code not in warnings_only | python_models_only:
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
        md = dict(data["metadata"], symbol=symbol, normalized_symbol=symbol, resolution_number=number)
        assert [p for p in validate(dict(data, metadata=md)) if p.code.startswith("schema-")] == [], symbol


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
    def problems(number: str) -> list[str]:
        item = {"number": number, "title": "x", "item": None, "sub_item": None}
        return [p.code for p in validate(dict(data, agenda_items=[item])) if p.code.startswith("schema-")]

    for number in ("99 (mm)", "99(mm)", "127 (ك)", "99 (ح ح)", "19 а)", "99 hh)", "14", "66 (b)"):
        assert problems(number) == [], number
    for number in ("99 (mmm)", "(a)", "99 ((a))", "12345"):
        assert problems(number) == ["schema-pattern"], number


# -- schema 1.1: documentation, grammar, characters, 1.0 files -------------------------------------

SCHEMA = json.loads((ROOT / "schema" / "resolution.schema.json").read_text(encoding="utf-8"))
FIXTURES_1_0 = ROOT / "tests" / "fixtures" / "schema-1.0"
# The samples as 1.1 and 1.2 published them (the valid ones and the seed's model).
FIXTURES_1_1 = ROOT / "tests" / "fixtures" / "schema-1.1"
FIXTURES_1_2 = ROOT / "tests" / "fixtures" / "schema-1.2"


def _objects(schema):
    """(name, object schema) of the document and of every object in $defs."""
    yield "Top level", schema
    for name, sub in schema["$defs"].items():
        if "properties" in sub:
            yield name, sub


def test_every_property_has_a_description_and_an_example():
    for name, sub in _objects(SCHEMA):
        for key, prop in sub["properties"].items():
            assert prop.get("description"), f"{name}.{key} has no description"
            assert prop.get("examples"), f"{name}.{key} has no example"


def _spec_fields() -> dict[str, set[str]]:
    """The keys of each field table in SPEC.md, by section: "## Top level", "### `name`"."""
    import re

    spec = (ROOT / "schema" / "SPEC.md").read_text(encoding="utf-8")
    sections: dict[str, set[str]] = {}
    current = None
    for line in spec.splitlines():
        if m := re.match(r"^#{2,3} (Top level|`(\w+)`)$", line):
            current = m.group(2) or m.group(1)
            sections[current] = set()
        elif line.startswith("#"):
            current = None
        elif current and (m := re.match(r"^\| `(\w+)` \|", line)):
            sections[current].add(m.group(1))
    return sections


def test_spec_and_json_schema_list_the_same_fields():
    spec = _spec_fields()
    schema = {name: set(sub["properties"]) for name, sub in _objects(SCHEMA)}
    assert spec == schema


def test_every_string_in_the_schema_refuses_xml_illegal_characters():
    # A string is either constrained to known values (enum, const) or carries a pattern that
    # excludes NUL and the C0 controls (only ASCII-only patterns may leave them implicit).
    def strings(node, where):
        if isinstance(node, dict):
            types = node.get("type")
            if types == "string" or (isinstance(types, list) and "string" in types):
                yield where, node
            for k, v in node.items():
                yield from strings(v, f"{where}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from strings(v, f"{where}/{i}")

    import re

    found = list(strings(SCHEMA, ""))
    assert len(found) > 30
    for where, node in found:
        assert "pattern" in node or "enum" in node or "const" in node, where
        if "pattern" in node:
            rx = re.compile(node["pattern"])
            for bad in ("\x00", "\x01", "\x1f", "\ufffe", "\uffff"):
                assert not rx.search(f"A{bad}1"), (where, repr(bad))


def test_schema_patterns_are_generated_from_the_identifier_grammar():
    from unres.symbols import number_pattern, symbol_pattern

    md = SCHEMA["$defs"]["metadata"]["properties"]
    assert md["symbol"]["pattern"] == symbol_pattern()
    assert md["normalized_symbol"]["pattern"] == symbol_pattern()
    assert md["resolution_number"]["pattern"] == number_pattern()


@pytest.mark.parametrize("path", sorted(FIXTURES_1_0.glob("*.json")) + sorted(FIXTURES_1_1.glob("*.json"))
                         + sorted(FIXTURES_1_2.glob("*.json")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_files_of_earlier_schemas_still_read(path):
    """Every sample as it was published with 1.0, 1.1 or 1.2 validates (against its version) and reads
    into a current (1.3) model whose JSON is valid and keeps every value of the file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == path.parent.name.removeprefix("schema-")
    assert [p for p in validate(data) if p.severity == "error"] == []
    res = from_json(path.read_bytes())
    assert res.schema_version == SCHEMA_VERSION == "1.3"
    out = to_dict(res)
    assert [p for p in validate(out) if p.severity == "error"] == []

    def kept(old, new, where=""):
        if isinstance(old, dict):
            for k, v in old.items():
                kept(v, new[k], f"{where}/{k}")
        elif isinstance(old, list):
            assert len(old) == len(new), where
            for i, (a, b) in enumerate(zip(old, new, strict=True)):
                kept(a, b, f"{where}/{i}")
        elif where != "/schema_version":
            assert old == new, where

    kept(data, out)
    assert res.tables == () and all(p.tables == () for p in res.parts)
    if data["schema_version"] == "1.2":
        return
    assert res.metadata.title_footnote_refs == ()
    if data["schema_version"] == "1.0":
        assert res.metadata.session is None or res.metadata.session.type is None  # 1.0 never says


def test_a_1_0_file_is_checked_against_1_0():
    data = json.loads((FIXTURES_1_0 / "en-ga-recorded.json").read_text(encoding="utf-8"))
    data["metadata"]["normalized_symbol"] = "A/RES/79/12"  # a 1.1 field in a 1.0 file
    assert [(p.code, p.pointer) for p in validate(data)] == [("schema-additionalProperties", "/metadata")]


def test_a_1_1_file_is_checked_against_1_1():
    """A field 1.2 added is refused in a file that declares 1.1, and 1.2 requires it."""
    data = json.loads((FIXTURES_1_1 / "en-ga-recorded.json").read_text(encoding="utf-8"))
    data["metadata"]["title_footnote_refs"] = []
    assert [(p.code, p.pointer) for p in validate(data)] == [("schema-additionalProperties", "/metadata")]
    data["schema_version"] = "1.2"

    def headed(subs):
        for sub in subs:
            sub["headings"] = []
            headed(sub["subparagraphs"])
    for op in data["operative"]:
        headed(op["subparagraphs"])
    assert [(p.code, p.pointer) for p in validate(data)] == []
    del data["metadata"]["title_footnote_refs"]
    assert [(p.code, p.pointer) for p in validate(data)] == [("schema-required", "/metadata/title_footnote_refs")]


def test_a_1_2_file_is_checked_against_1_2():
    """The tables 1.3 placed among operative paragraphs are refused in a file that declares 1.2, and
    1.3 requires them (the resolution's and each part's)."""
    data = json.loads((FIXTURES_1_2 / "en-ecosoc-parts.json").read_text(encoding="utf-8"))
    assert [(p.code, p.pointer) for p in validate(data)] == []
    data["tables"] = []
    assert [(p.code, p.pointer) for p in validate(data)] == [("schema-additionalProperties", "")]
    data["schema_version"] = "1.3"
    assert [(p.code, p.pointer) for p in validate(data)] == [("schema-required", f"/parts/{k}/tables")
                                                             for k in range(len(data["parts"]))]
    for part in data["parts"]:
        part["tables"] = []
    assert [(p.code, p.pointer) for p in validate(data)] == []


def test_operative_tables_stand_among_the_paragraphs_in_document_order():
    """table-position: a table stands after at most all the operative paragraphs of the resolution or
    of its part, and tables are listed in document order (the AKN and text writers place each after
    the paragraph its position names)."""
    from dataclasses import replace

    res = from_json((SAMPLES / "valid" / "en-ga-operative-table.json").read_bytes())
    (table,) = res.tables
    n = len(res.operative)
    assert [p.code for p in validate(replace(res, tables=(replace(table, position=0), table,
                                                          replace(table, position=n))))
            if p.code == "table-position"] == []
    found = validate(replace(res, tables=(table, replace(table, position=0), replace(table, position=n + 1))))
    assert [(p.code, p.pointer) for p in found if p.code == "table-position"] == [
        ("table-position", "/tables/1/position"), ("table-position", "/tables/2/position")]
    parts = from_json((SAMPLES / "valid" / "en-ecosoc-parts.json").read_bytes())
    late = replace(table, position=len(parts.parts[1].operative) + 1)
    broken = replace(parts, parts=(parts.parts[0], replace(parts.parts[1], tables=(late,)), *parts.parts[2:]))
    assert [(p.code, p.pointer) for p in validate(broken) if p.code == "table-position"] == [
        ("table-position", "/parts/1/tables/0/position")]


def test_new_shapes_have_a_valid_sample():
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in (SAMPLES / "valid").glob("*.json")]
    sessions = {(d["metadata"]["session"] or {}).get("type") for d in docs}
    votes = {d["vote"]["type"] for d in docs}
    assert {"emergency_special", "regular"} <= sessions
    assert {"acclamation", "silence_procedure", "unanimous", "recorded"} <= votes
    assert any(" " in (d["metadata"]["symbol"] or "") and d["parts"] for d in docs)  # parts, suffixed symbol
    assert any(t["rows"] for d in docs for a in d["annexes"] for t in a["tables"])
    assert any(len(m["iso3"] or "") == 4 for d in docs if d["vote"]["type"] == "recorded"
               for side in ("in_favour", "against", "abstaining") for m in d["vote"][side]["members"])
    assert any(d["metadata"]["sponsors"] and d["metadata"]["additional_sponsors"] for d in docs)
    assert any(d["vote"]["procedure"] == "in_writing" for d in docs)


@pytest.mark.parametrize(("text", "labels", "expected"), [
    ("(a) Requests a report:", ["(b)", "(c)"], []),  # the list runs on from the text's label
    ("(a) Requests a report:", ["(c)"], ["/operative/0/subparagraphs/0/label"]),
    ("A report is requested on:", ["(a)", "(b)"], []),  # a word, not a label of the list's style
    ("Requests a report on:", ["(b)"], ["/operative/0/subparagraphs/0/label"]),
])
def test_a_list_that_runs_on_from_the_paragraphs_first_words(text, labels, expected):
    # list-without-intro: the readers make a list's first point the text of a paragraph printed
    # as its number and a list; the rule counts the list from that point's label.
    data = json.loads((SAMPLES / "valid" / "en-ga-recorded.json").read_text(encoding="utf-8"))
    op = dict(data["operative"][0], text=text, opening=None, wrap_up=None,
              subparagraphs=[{"label": lb, "text": "x;", "footnote_refs": [], "subparagraphs": [],
                                  "links": [], "headings": []} for lb in labels])
    found = validate(dict(data, operative=[op]))
    assert [p.pointer for p in found if p.code == "subparagraph-label-sequence"] == expected


@pytest.mark.parametrize(("second", "expected"), [
    (["(c)", "(d)"], []),  # lettered on from the list under the item before
    (["(a)", "(b)"], []),  # or lettered anew
    (["(c)", "(e)"], ["/operative/0/subparagraphs/1/subparagraphs/1/label"]),
    (["(d)"], ["/operative/0/subparagraphs/1/subparagraphs/0/label"]),
])
def test_lists_under_successive_items_may_letter_on(second, expected):
    # run-on lettering: S/RES/2666 (2022), in its six languages, letters (a)–(f) under item (i) and
    # (g)–(k) under (ii); the rule reported (g) out of order on every version.
    data = json.loads((SAMPLES / "valid" / "en-ga-recorded.json").read_text(encoding="utf-8"))

    def items(labels, inner=()):
        return [{"label": lb, "text": "x:" if sub else "x;", "footnote_refs": [], "subparagraphs": sub, "links": [],
                 "headings": []} for lb, sub in zip(labels, inner or [[]] * len(labels), strict=True)]
    subs = items(["(i)", "(ii)"], [items(["(a)", "(b)"]), items(second)])
    op = dict(data["operative"][0], text="Decides:", opening=None, wrap_up=None, subparagraphs=subs)
    found = validate(dict(data, operative=[op]))
    assert [p.pointer for p in found if p.code == "subparagraph-label-sequence"] == expected


def test_annex_tables_are_listed_in_document_order():
    # The AKN writer places each table after the paragraph its position names, and every reader gives
    # them back in document order: a model listing a later table first could not come back.
    from dataclasses import replace

    res = from_json((SAMPLES / "valid" / "fr-ga-annex-table.json").read_bytes())
    annex = next(a for a in res.annexes if a.tables)
    assert annex.paragraphs
    first, later = replace(annex.tables[0], position=0), replace(annex.tables[0], position=1)
    ordered = replace(res, annexes=(replace(annex, tables=(first, later)),))
    swapped = replace(res, annexes=(replace(annex, tables=(later, first)),))
    assert [p.code for p in validate(ordered) if p.code == "annex-table-position"] == []
    assert [(p.code, p.pointer) for p in validate(swapped) if p.code == "annex-table-position"] == [
        ("annex-table-position", "/annexes/0/tables/1/position")]


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    | st.dictionaries(st.integers(), inner, max_size=2) | st.tuples(inner, inner),
    max_leaves=30)


@given(_JSON_VALUES, st.sampled_from(["", "  ", "    "]))
def test_the_json_writer_writes_what_json_dumps_writes(value, indent):
    # to_json's writer replaces json.dumps(indent=2) (CPython's encoder in Python) byte for byte.
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    assert indented(value, indent) == expected


_ODD_VALUES = st.one_of(st.floats(allow_nan=False), st.integers(), st.booleans(), st.none(), st.text(max_size=3),
                        st.tuples(st.text(max_size=2), st.integers()), st.lists(st.integers(), max_size=2),
                        st.dictionaries(st.text(max_size=2), st.integers(), max_size=2))


@settings(max_examples=25, deadline=None)
@given(res=strategies.resolutions(), odd=_ODD_VALUES, data=st.data())
def test_the_json_writer_writes_a_model_as_its_json_data_would_be_written(res, odd, data):
    # to_json writes the model itself, not its JSON data: the text is that of the data (to_dict),
    # for any model and whatever value one field of it is made (a float, a list, a dict: the API
    # takes any model; validate reports the schema's problems with it).
    assert to_json(res) == indented(to_dict(res)) + "\n"
    objects = [res]
    stack = [res]
    while stack:  # every model object of the resolution
        node = stack.pop()
        for value in (node if isinstance(node, tuple) else
                      [getattr(node, f.name) for f in dataclasses.fields(node)]):
            if isinstance(value, tuple) or dataclasses.is_dataclass(value):
                stack.append(value)
                if dataclasses.is_dataclass(value):
                    objects.append(value)
    target = data.draw(st.sampled_from(objects))
    name = data.draw(st.sampled_from([f.name for f in dataclasses.fields(target)]))
    object.__setattr__(target, name, odd)
    assert to_json(res) == indented(to_dict(res)) + "\n"


def test_the_json_writer_writes_every_sample_as_json_dumps_does():
    for path in sorted(SAMPLES.rglob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            continue  # the invalid samples that are no JSON
        assert indented(data) == json.dumps(data, ensure_ascii=False, indent=2), path.name
        if path.parent.name == "valid":
            assert to_json(from_json(path.read_bytes())) == json.dumps(to_dict(from_dict(data)), ensure_ascii=False,
                                                                       indent=2) + "\n"
