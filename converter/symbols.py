"""Resolution symbols and numbers: their grammar per body (data/symbols.json) read and applied.

`A/RES/ES-10/22`, `A/RES/75/254 A-C`, `S/RES/2805(2025)`, `E/RES/1296(XLIV)`: the table says
which body a symbol belongs to, which kind of session and which session it names, and how it is
spelled canonically (`normalized_symbol`). The JSON Schema's patterns for symbols and numbers are
generated here from the same table, so that the schema and the rules cannot disagree.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# A space of a form may be missing or printed as a no-break space (or a narrow one).
_SPACE = "[ \\u00a0\\u202f]?"
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass(frozen=True)
class Identifier:
    """What a symbol or a resolution number says."""

    body: str | None  # None: a body the table does not describe
    session_type: str | None
    session: int | None  # the session's ordinal, from digits or a roman numeral
    number: int | None
    year: int | None
    part: str | None  # "B", "A-C"
    canonical: str  # the number (or the symbol) in its canonical spelling


@cache
def grammar() -> dict[str, Any]:
    return json.loads((resources.files("unres") / "data" / "symbols.json").read_text(encoding="utf-8"))


def roman_value(text: str) -> int | None:
    """II → 2, XLIV → 44; None when the letters are not a well-formed roman numeral."""
    values = [_ROMAN.get(c) for c in text]
    if not text or None in values:
        return None
    total = 0
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and v < values[i + 1] else v  # type: ignore[operator]
    return total if to_roman(total) == text else None


def to_roman(n: int) -> str:
    out = []
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _escape(text: str) -> str:
    """Escapes what is special in a regex, and only that: `re.escape` also escapes "-", which
    ECMA-262 (the JSON Schema's dialect) does not allow outside a class in unicode mode."""
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", text)


def _regex(form: str, named: bool, prefixes: dict[str, str] | None = None) -> str:
    """A form ("{n} ({year})") as a regex: pieces substituted, spaces optional, brackets tolerant."""
    pieces = grammar()["pieces"]
    out = []
    for token in re.split(r"(\{\w+\}|\(|\s)", form):
        if not token:
            continue
        if token.startswith("{"):
            name = token[1:-1]
            out.append(f"(?P<{name}>{pieces[name]})" if named else f"(?:{pieces[name]})")
        elif token == "(":
            out.append(_SPACE + r"\(")
        elif token.isspace():
            continue  # the "(" after it carries the optional space
        else:
            literal = _escape(token)
            for latin, printed in (prefixes or {}).items():
                if token.startswith(latin):
                    literal = f"(?:{_escape(latin)}|{_escape(printed)}){_escape(token[len(latin):])}"
            out.append(literal)
    return "".join(out)


def _part(named: bool) -> str:
    part = grammar()["part"]["pattern"]
    return f"(?:{_SPACE}(?P<part>{part}))?" if named else f"(?:{_SPACE}(?:{part}))?"


def _printed_prefixes() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang, table in grammar()["printed_prefixes"].items():
        if not lang.startswith("$"):
            for latin, printed in table.items():
                out[latin] = printed  # one printed form per prefix is all the table has
    return out


def _forms(body: str) -> list[dict[str, Any]]:
    return grammar()["bodies"][body]["numbers"]


def symbol_pattern() -> str:
    """The JSON Schema pattern of `metadata.symbol` (ECMA-262, anchored)."""
    bodies = grammar()["bodies"]
    alts = []
    for spec in bodies.values():
        numbers = "|".join(_regex(f["form"], False) for f in spec["numbers"])
        alts.append(f"{_escape(spec['symbol_prefix'])}(?:{numbers})")
    other = grammar()["other_bodies"]
    numbers = "|".join(_regex(f, False) for f in other["numbers"])
    # Another body's symbol is never one of the described bodies' written against their grammar.
    known = "|".join(_escape(spec["symbol_prefix"]) for spec in bodies.values())
    alts.append(f"(?!{known}){other['symbol_prefix']}(?:{numbers})")
    return "^(?:" + "|".join(alts) + ")" + _part(False) + "$"


def number_pattern() -> str:
    """The JSON Schema pattern of `metadata.resolution_number`: every body's forms, as printed in
    any of the six languages (the Arabic session prefixes too), with an optional part suffix."""
    prefixes = _printed_prefixes()
    forms: list[str] = []
    for spec in grammar()["bodies"].values():
        forms += [f["form"] for f in spec["numbers"]]
    forms += grammar()["other_bodies"]["numbers"]
    alts = list(dict.fromkeys(_regex(f, False, prefixes) for f in forms))
    return "^(?:" + "|".join(alts) + ")" + _part(False) + "$"


def _identifier(body: str | None, session_type: str | None, form: str, m: re.Match, prefix: str) -> Identifier:
    groups = m.groupdict()
    roman = groups.get("roman")
    session = int(groups["session"]) if groups.get("session") else (roman_value(roman) if roman else None)
    number = int(groups["n"]) if groups.get("n") else None
    year = int(groups["year"]) if groups.get("year") else None
    canonical = form
    for name, value in groups.items():
        if name != "part" and value is not None:
            canonical = canonical.replace("{" + name + "}", value)
    if groups.get("part"):
        canonical += grammar()["part"]["separator"] + groups["part"]
    return Identifier(body, session_type, session, number, year, groups.get("part"), prefix + canonical)


@cache
def _compiled(body: str, with_prefix: bool) -> list[tuple[re.Pattern, dict[str, Any]]]:
    prefixes = _printed_prefixes()
    spec = grammar()["bodies"][body]
    head = _escape(spec["symbol_prefix"]) if with_prefix else ""
    return [(re.compile(head + _regex(f["form"], True, None if with_prefix else prefixes) + _part(True)), f)
            for f in spec["numbers"]]


def parse_symbol(symbol: str) -> Identifier | None:
    """What a symbol says, read by the grammar of the body its prefix names; None for a symbol of
    another body (or none at all)."""
    text = symbol.strip()
    for body, spec in grammar()["bodies"].items():
        if text.startswith(spec["symbol_prefix"]):
            for rx, form in _compiled(body, True):
                if m := rx.fullmatch(text):
                    return _identifier(body, form["session_type"], form["form"], m, spec["symbol_prefix"])
    return None


def parse_number(number: str, body: str) -> Identifier | None:
    """What a resolution number as printed says ("ES-10/22", "دإط-10/22", "181 (II)", "2805(2025)"),
    read by the body's grammar; None when the body has no grammar or the number does not fit it."""
    if body not in grammar()["bodies"]:
        return None
    text = number.strip()
    for rx, form in _compiled(body, False):
        if m := rx.fullmatch(text):
            return _identifier(body, form["session_type"], form["form"], m, "")
    return None


def normalize_symbol(symbol: str) -> str:
    """The canonical spelling of a symbol, for look-ups: `S/RES/2805(2025)` → `S/RES/2805 (2025)`,
    `A/RES/75/254\u00a0A-C` → `A/RES/75/254 A-C`. A symbol of a body the table does not describe keeps its
    letters, its spaces made single ASCII spaces."""
    return normalized_as_parsed(symbol, parse_symbol(symbol))


def normalized_as_parsed(symbol: str, parsed: Identifier | None) -> str:
    """normalize_symbol(symbol), given parse_symbol(symbol) (for a caller that has it: not parsed again)."""
    if parsed is not None:
        return parsed.canonical
    return " ".join(symbol.split())
