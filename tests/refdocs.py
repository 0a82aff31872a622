"""The two generated references: schema/REFERENCE.md (from the JSON Schema) and CLI.md (from the
argument parser of `unres`).

    python tests/refdocs.py          # rewrites both
    python tests/refdocs.py --check  # exit 1 when either differs from what it would write

Each renders what its source says and nothing else: the schema's descriptions, examples, types
and constraints; the parser's commands, arguments, choices, defaults and help. Text belongs in
the source, so that the reference and the code cannot drift (tests/test_refdocs.py checks).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "resolution.schema.json"
SCHEMA_REFERENCE = ROOT / "schema" / "REFERENCE.md"
CLI_REFERENCE = ROOT / "CLI.md"
REGENERATE = "python tests/refdocs.py"

Schema = dict[str, Any]


# --- Markdown helpers -------------------------------------------------------------------------

def code(text: str) -> str:
    """Inline code that survives any backticks inside it."""
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell(text: str) -> str:
    """Text fit for one table cell: one line, pipes escaped (also inside code spans, as GFM wants)."""
    return " ".join(text.split()).replace("|", "\\|")


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- The schema reference ---------------------------------------------------------------------

def def_name(ref: str) -> str:
    prefix = "#/$defs/"
    if not ref.startswith(prefix):
        raise ValueError(f"only local $defs references are rendered, not {ref}")
    return ref[len(prefix):]


def kind(schema: Schema | bool) -> str:
    """What a value must be, in a few words with links to the definitions it names."""
    if schema is True or schema == {}:
        return "any value"
    if schema is False:
        return "nothing (not allowed)"
    assert isinstance(schema, dict)
    if "$ref" in schema:
        name = def_name(schema["$ref"])
        return f"[{code(name)}](#{slug(name)})"
    if "const" in schema:
        return code(as_json(schema["const"]))
    if "enum" in schema:
        return "one of " + ", ".join(code(as_json(v)) for v in schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            seen: list[str] = []
            for option in schema[key]:
                if kind(option) not in seen:
                    seen.append(kind(option))
            return " or ".join(seen)
    types = schema.get("type")
    if types is None:
        return "object" if "properties" in schema else "any value"
    names = [types] if isinstance(types, str) else list(types)
    words = []
    for name in names:
        if name == "array" and "items" in schema:
            words.append(f"array of {kind(schema['items'])}")
        else:
            words.append(name)
    return " or ".join(words)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


LIMITS = (
    ("minLength", lambda n: f"has at least {_count(n, 'character')}"),
    ("maxLength", lambda n: f"has at most {_count(n, 'character')}"),
    ("minimum", lambda n: f"is ≥ {n}"), ("maximum", lambda n: f"is ≤ {n}"),
    ("exclusiveMinimum", lambda n: f"is > {n}"), ("exclusiveMaximum", lambda n: f"is < {n}"),
    ("minItems", lambda n: f"has at least {_count(n, 'item')}"),
    ("maxItems", lambda n: f"has at most {_count(n, 'item')}"),
    ("pattern", lambda p: f"matches {code(p)}"), ("format", lambda f: f"has format {code(f)}"),
    ("uniqueItems", lambda u: "has no repeated item" if u else ""),
)


def limits(schema: Schema) -> list[str]:
    """The constraints of a schema (and of the options of its anyOf/oneOf), each a phrase with its verb."""
    said = []
    for option in [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]:
        if not isinstance(option, dict):
            continue
        said += [phrase(option[key]) for key, phrase in LIMITS if key in option]
        if isinstance(option.get("items"), dict):
            said += [f"each item {s}" for s in limits(option["items"])]
    return [s for s in dict.fromkeys(said) if s]


def notes(schema: Schema, root: bool = False) -> list[str]:
    """Description, default, deprecation and examples of one schema, as sentences."""
    said = []
    if "title" in schema and not root:
        said.append(f"**{schema['title']}.**")
    if "description" in schema:
        said.append(schema["description"])
    if "default" in schema:
        said.append(f"Default: {code(as_json(schema['default']))}.")
    if schema.get("deprecated"):
        said.append("Deprecated.")
    examples = schema.get("examples", [])
    if examples:
        label = "Example" if len(examples) == 1 else "Examples"
        said.append(f"{label}: " + ", ".join(code(as_json(e)) for e in examples) + ".")
    return said


def condition(schema: Schema) -> str | None:
    """`if`/`then`/`else` subschemas of the usual shape (properties and required) in words."""
    if set(schema) - {"properties", "required", "description"}:
        return None
    properties = schema.get("properties", {})
    parts = [f"{code(name)} is present" for name in schema.get("required", []) if name not in properties]
    for name, sub in properties.items():
        words = [f"is {kind(sub)}"] if set(sub) & {"$ref", "const", "enum", "type", "anyOf", "oneOf"} else []
        parts.append(f"{code(name)} " + ", ".join(words + limits(sub)))
    return " and ".join(parts) if parts else None


def conditions(schema: Schema) -> list[str]:
    lines = []
    for clause in schema.get("allOf", []):
        words = {key: condition(clause[key]) for key in ("if", "then", "else") if key in clause}
        if "if" in clause and None not in words.values() and set(clause) <= {"if", "then", "else", "description"}:
            line = f"- When {words['if']}: {words.get('then') or 'nothing more'}"
            if "else" in clause:
                line += f"; otherwise {words['else']}"
            line += "."
            if "description" in clause:
                line += f" {clause['description']}"
        else:  # a shape the words above do not cover: shown as written
            line = f"- {code(as_json(clause))}"
        lines.append(line)
    return lines


def inline_objects(path: str, schema: Schema) -> Iterator[tuple[str, Schema]]:
    """Objects written inline (not as $defs) under a schema, each with a dotted path of its own."""
    for name, sub in schema.get("properties", {}).items():
        for where, candidate in ((f"{path}.{name}", sub), (f"{path}.{name}[]", sub.get("items"))):
            if isinstance(candidate, dict) and "properties" in candidate:
                yield where, candidate
                yield from inline_objects(where, candidate)


def section(title: str, path: str, schema: Schema, level: str, root: bool = False) -> list[str]:
    """One heading: the schema's notes, then its properties as a table (or its type), then its conditions."""
    lines = [f"{level} {title}", ""]
    said = notes(schema, root)
    if said:
        lines += [" ".join(said), ""]
    properties = schema.get("properties")
    if properties is None:
        lines += [", ".join([f"A value of type {kind(schema)}", *limits(schema)]) + ".", ""]
    else:
        required = set(schema.get("required", []))
        lines += ["| Property | Type | Required | Description |", "| --- | --- | --- | --- |"]
        nested = {where.rsplit(".", 1)[-1].removesuffix("[]"): where
                  for where, _ in inline_objects(path, schema)}
        for name, sub in properties.items():
            what = kind(sub)
            if name in nested:
                what += f" ([{code(nested[name])}](#{slug(nested[name])}))"
            what = ", ".join([what, *limits(sub)])
            lines.append(f"| {cell(code(name))} | {cell(what)} | {'yes' if name in required else 'no'} "
                         f"| {cell(' '.join(notes(sub)))} |")
        lines.append("")
        if schema.get("additionalProperties") is False:
            lines += ["No other property is allowed.", ""]
    rules = conditions(schema)
    if rules:
        lines += ["Conditions:", "", *rules, ""]
    return lines


def schema_reference(schema: Schema | None = None, source: str = "resolution.schema.json") -> str:
    if schema is None:
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    lines = [
        f"# {schema.get('title', 'JSON Schema')}: reference",
        "",
        f"<!-- Generated from {source} by `{REGENERATE}`; do not edit by hand: tests/test_refdocs.py "
        "fails when this file and the schema differ. -->",
        "",
        f"Every definition and property of [`{source}`]({source}), with the descriptions and "
        "examples the schema gives. The rules a JSON Schema cannot express (counts, sequences, "
        "references between fields) are in [SPEC.md](SPEC.md).",
        "",
    ]
    if "$id" in schema:
        lines += [f"Schema: {code(schema['$id'])} (JSON Schema {code(schema.get('$schema', '?'))}).", ""]
    lines += section("The document", "document", schema, "##", root=True)
    for where, sub in inline_objects("document", schema):
        lines += section(code(where), where, sub, "###")
    lines += ["## Definitions", ""]
    for name, sub in schema.get("$defs", {}).items():
        lines += section(code(name), name, sub, "###")
        for where, inner in inline_objects(name, sub):
            lines += section(code(where), where, inner, "####")
    return "\n".join(lines).rstrip("\n") + "\n"


# --- The command-line reference ---------------------------------------------------------------

class _Caught(BaseException):
    """Raised in place of parsing, carrying the parser; a BaseException so no `except` in main keeps it."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        super().__init__()
        self.parser = parser


def cli_parser() -> argparse.ArgumentParser:
    """The parser `unres.cli.main` builds, caught when main asks it to parse (main builds it inline)."""
    from unres import cli

    def catch(self: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> Any:
        raise _Caught(self)

    with mock.patch.object(argparse.ArgumentParser, "parse_known_args", catch):
        try:
            cli.main(["--help"])
        except _Caught as caught:
            return caught.parser
    raise RuntimeError("unres.cli.main returned without parsing its arguments")


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) not in seen:  # aliases share one parser
                    seen.add(id(sub))
                    found.append((name, helps.get(name, ""), sub))
    return found


def _help(action: argparse.Action, prog: str) -> str:
    text = action.help or ""
    if "%" in text:
        text = text % {**vars(action), "prog": prog}
    return text


def _metavar(action: argparse.Action) -> str:
    if action.nargs == 0:
        return ""
    if action.choices is not None:
        return "{" + ",".join(str(c) for c in action.choices) + "}"
    metavar = action.metavar if isinstance(action.metavar, str) else None
    return metavar or (action.dest.upper() if action.option_strings else action.dest)


def _arity(action: argparse.Action) -> str:
    return {"+": "one or more", "*": "any number", "?": "optional"}.get(str(action.nargs), "")


def _command(prog: str, parser: argparse.ArgumentParser, level: str) -> list[str]:
    lines = []
    if parser.description:
        lines += [parser.description, ""]
    positionals = [a for a in parser._actions if not a.option_strings
                   and not isinstance(a, argparse._SubParsersAction) and a.help != argparse.SUPPRESS]
    optionals = [a for a in parser._actions if a.option_strings and a.help != argparse.SUPPRESS]
    subs = _subcommands(parser)
    usage = [prog] + (["[options]"] if optionals else [])
    usage += [f"{_metavar(a)}..." if a.nargs in ("+", "*") else _metavar(a) for a in positionals]
    if subs:
        usage.append("{" + ",".join(name for name, _, _ in subs) + "} ...")
    lines += ["```", " ".join(usage), "```", ""]
    if positionals:
        lines += ["| Argument | Meaning |", "| --- | --- |"]
        for a in positionals:
            meaning = "; ".join(x for x in (_help(a, prog), _arity(a)) if x)
            lines.append(f"| {cell(code(_metavar(a)))} | {cell(meaning)} |")
        lines.append("")
    if optionals:
        lines += ["| Option | Meaning |", "| --- | --- |"]
        for a in optionals:
            name = ", ".join(a.option_strings)
            meta = _metavar(a)
            said = [_help(a, prog)]
            if a.nargs != 0 and a.default not in (None, argparse.SUPPRESS):
                said.append(f"default: {code(str(a.default))}")
            lines.append(f"| {cell(code(f'{name} {meta}'.strip()))} | {cell('; '.join(x for x in said if x))} |")
        lines.append("")
    if parser.epilog:
        lines += [parser.epilog, ""]
    for name, summary, sub in subs:
        lines += [f"{level} `{prog} {name}`", ""]
        if summary and summary != sub.description:
            lines += [summary[0].upper() + summary[1:] + ("" if summary.endswith(".") else "."), ""]
        lines += _command(f"{prog} {name}", sub, level + "#")
    return lines


def cli_reference(parser: argparse.ArgumentParser | None = None) -> str:
    parser = parser or cli_parser()
    lines = [
        f"# The `{parser.prog}` command line",
        "",
        f"<!-- Generated from the argument parser in converter/cli.py by `{REGENERATE}`; do not edit "
        "by hand: tests/test_refdocs.py fails when this file and the parser differ. -->",
        "",
        f"Every command and option of `{parser.prog}`, as its argument parser defines them; the "
        "[README](README.md#usage) shows them at work. Run any command with `--help` for the same "
        "in the terminal.",
        "",
        *_command(parser.prog, parser, "##"),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


# --- Writing them -----------------------------------------------------------------------------

def outputs() -> dict[Path, str]:
    return {SCHEMA_REFERENCE: schema_reference(), CLI_REFERENCE: cli_reference()}


def main(argv: list[str]) -> int:
    check = argv == ["--check"]
    if argv and not check:
        print(__doc__, file=sys.stderr)
        return 2
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path.relative_to(ROOT))
            if not check:
                path.write_text(text, encoding="utf-8", newline="\n")
    for name in stale:
        print(f"{'out of step' if check else 'rewrote'}: {name}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
