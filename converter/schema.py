"""The JSON Schema of the model: loading it (once) and turning its errors into Problems."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .problems import Problem

SCHEMA_FILES = ("resolution.schema.json", "resolution-1.2.schema.json", "resolution-1.1.schema.json",
                "resolution-1.0.schema.json",
                "akn-resolution.sch", "SPEC.md", "CHANGELOG.md")
# The schema of each version a file may declare: 1.0, 1.1 and 1.2 files are checked against their version
# as it was last published (the model reads them into 1.3); everything else against the current schema.
VERSION_FILES = {"1.0": "resolution-1.0.schema.json", "1.1": "resolution-1.1.schema.json",
                 "1.2": "resolution-1.2.schema.json", "1.3": "resolution.schema.json"}


def schema_path(name: str) -> Path:
    """A file of the spec: the package's copy when installed, the repository's schema/ otherwise."""
    packaged = resources.files("unres") / "schema" / name
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "schema" / name


@cache
def resolution_schema(version: str = "1.3") -> dict[str, Any]:
    return json.loads(schema_path(VERSION_FILES[version]).read_text(encoding="utf-8"))


def _is_integer(checker: Any, instance: Any) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


@cache
def validator(version: str = "1.3"):
    """The reference validator, with one strictness: an integer is an integer. JSON Schema lets
    `"type": "integer"` take 3.0; the model's counts, offsets and numbers are indices and counts
    in Python, where 3.0 slices nothing and would be written back as 3.0."""
    from jsonschema import Draft202012Validator, validators  # type: ignore[import-untyped]

    schema = resolution_schema(version)
    Draft202012Validator.check_schema(schema)
    strict = validators.extend(Draft202012Validator,
                               type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer))
    return strict(schema)


def _version(data: Any) -> str:
    declared = data.get("schema_version") if isinstance(data, dict) else None
    return declared if declared in VERSION_FILES else "1.3"


@cache
def fast_validator(version: str = "1.3"):
    """The compiled (Rust) validator, used to pass valid documents quickly; None if unavailable.

    Invalid documents are always explained by the reference implementation (jsonschema), so
    the codes and pointers users see never depend on which engine is installed.
    """
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - the wheel exists for the common platforms
        return None
    return jsonschema_rs.validator_for(resolution_schema(version))


def pointer(path) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _leaf_errors(error):
    # anyOf/oneOf wrap the real cause; report the most specific one so the code names the rule broken.
    if error.context:
        best = max(error.context, key=lambda e: len(e.absolute_path))
        if len(best.absolute_path) >= len(error.absolute_path) and best.validator not in ("type",):
            yield from _leaf_errors(best)
            return
    yield error


def schema_problems(data: Any, scalars: Scalars | None = None) -> list[Problem]:
    """Schema violations of a document, checked against the schema of the version it declares
    (`scalars`: what scan_scalars found in it, when the caller has it already)."""
    version = _version(data)
    fast = fast_validator(version)
    # The compiled validator takes 3.0 for an integer (as the standard says): it may pass only
    # documents without a float, which the model never holds.
    try:
        if fast is not None and fast.is_valid(data) and not (scalars or scan_scalars(data)).floats:
            return []
    except UnicodeError:
        pass  # a lone surrogate cannot reach the compiled validator; the reference one reads it
    problems: list[Problem] = []
    for error in sorted(validator(version).iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        for leaf in _leaf_errors(error):
            where = pointer(leaf.absolute_path)
            message = leaf.message
            if leaf.validator == "required":
                missing = leaf.message.split("'")[1] if "'" in leaf.message else leaf.message
                where = f"{where}/{missing}"
                message = f"required property {missing!r} is missing"
            elif leaf.validator == "additionalProperties":
                message = f"unexpected property: {leaf.message}"
            problem = Problem(f"schema-{leaf.validator}", message, pointer=where)
            # One fault can be reached through several subschemas (anyOf and if/then); report it once.
            if all((p.code, p.pointer) != (problem.code, problem.pointer) for p in problems):
                problems.append(problem)
    return problems


@dataclass(frozen=True, slots=True)
class Scalars:
    """What one walk over a document's JSON data tells of its scalars: whether a number is a float
    (3.0 passes the compiled validator as an integer), and whether a string may hold a character
    XML 1.0 cannot carry. With neither, the rules' check of every scalar (rules._values) finds
    nothing and is skipped."""
    floats: bool
    xml_illegal: bool


# The characters of rules._XML_ILLEGAL (C0 controls but tab, line feed and carriage return; lone
# surrogates; U+FFFE and U+FFFF), sought once in all the strings joined.
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def scan_scalars(data: Any) -> Scalars:
    stack = [data]
    strings: list[str] = []
    pop, extend, keep = stack.pop, stack.extend, strings.append
    floats = False
    while stack:
        node = pop()
        kind = type(node)
        if kind is str:
            keep(node)
        elif kind is dict:
            extend(node.values())
            strings.extend(node)  # keys: a rule-breaking key is refused by the schema, but cheap to see
        elif kind is list:
            extend(node)
        elif kind is float:
            floats = True
    return Scalars(floats, XML_ILLEGAL.search("".join(strings)) is not None)
