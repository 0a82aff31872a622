"""Source problems recorded in an output: how `unres convert` and `unres validate` agree.

`convert` writes a document whose source breaks a rule (a vote count that does not match its list,
a paragraph number out of sequence): the output says what the source says, so it breaks the rule
too, and `validate` finds the same errors in it. For `validate` to pass every file `convert` wrote
while still failing a new slip made later by hand, the output records the source errors `convert`
reported for it — each by its code and its place in the model (a JSON Pointer; none for a problem
of the Akoma Ntoso file itself, such as the profile's) — in a place that is not the resolution:

- JSON: the top-level `source_problems` array (schema/resolution.schema.json);
- Akoma Ntoso: `meta/proprietary[@source="#unres"]/unres:sourceProblem` (AKN's place for metadata
  of a vocabulary of one's own; the official XSD takes it).

`validate` marks a problem `recorded` when the file records it: reported with its severity, it
does not fail the file unless `--strict`. Only SOURCE errors are recorded: a structural error stops
the writing, and warnings never fail a file. A text or HTML output has no place for a record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from .codes import BY_CODE, SOURCE
from .problems import Problem


@dataclass(frozen=True)
class Entry:
    """One recorded error: its code and model pointer; and where the entry itself stands in the file
    (a JSON Pointer in a JSON document, a line in an XML one), to point at an entry gone stale."""
    code: str
    pointer: str | None
    at: str | None = None
    line: int | None = None

UNRES_NS = "https://unres.dev/ns/conversion"
_AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_SOURCE_PROBLEM = f"{{{UNRES_NS}}}sourceProblem"


def recordable(problems: list[Problem] | tuple[Problem, ...]) -> list[tuple[str, str | None]]:
    """The source errors among an output's problems, once each, in the order found."""
    seen: dict[tuple[str, str | None], None] = {}
    for p in problems:
        c = BY_CODE.get(p.code)
        if p.severity == "error" and c is not None and c.kind == SOURCE:
            seen.setdefault((p.code, p.pointer), None)
    return list(seen)


def mark(problems: list[Problem], record: list[Entry]) -> list[Problem]:
    """The problems, those the file records as its source's marked so; then a warning for each
    entry of the record that names no problem of the file any more."""
    if not record:
        return problems
    named = {(e.code, e.pointer) for e in record}
    marked = [replace(p, recorded=True) if (p.code, p.pointer) in named and recordable([p]) else p
              for p in problems]
    present = {(p.code, p.pointer) for p in marked if p.recorded}
    return marked + [_absent(e) for e in record if (e.code, e.pointer) not in present]


def _absent(e: Entry) -> Problem:
    where = f" at {e.pointer}" if e.pointer else ""
    return Problem("convert-record-stale", f"the file records the source error {e.code}{where}, which it no "
                   "longer has: remove the entry, or it would excuse that error made there again",
                   pointer=e.at, line=e.line, severity="warning")


# -- JSON -----------------------------------------------------------------------------------------

def record_json(out: bytes, problems: list[tuple[str, str | None]]) -> bytes:
    """The JSON output with its source problems recorded (written as the JSON writer writes)."""
    from .jsonio import indented

    obj = json.loads(out)
    obj["source_problems"] = [{"code": code, "pointer": pointer} for code, pointer in problems]
    return (indented(obj) + "\n").encode("utf-8")


def json_record(obj: Any) -> list[Entry]:
    """What a JSON document (as loaded, schema-valid or not: the schema reports a bad entry) records."""
    entries = obj.get("source_problems") if isinstance(obj, dict) else None
    if not isinstance(entries, list):
        return []
    return [Entry(e["code"], e.get("pointer"), at=f"/source_problems/{i}/code") for i, e in enumerate(entries)
            if isinstance(e, dict) and isinstance(e.get("code"), str)
            and isinstance(e.get("pointer"), (str, type(None)))]


# -- Akoma Ntoso ----------------------------------------------------------------------------------

def record_akn(out: bytes, problems: list[tuple[str, str | None]]) -> bytes:
    """The AKN output with its source problems recorded: a `proprietary` block, the last child of
    `meta` the XSD allows after the notes unres writes there."""
    from xml.sax.saxutils import quoteattr

    text = out.decode("utf-8")
    end = text.index("</meta>")
    indent = text[text.rindex("\n", 0, end) + 1:end]  # the indentation of </meta>
    lines = [f'{indent}  <proprietary source="#unres" xmlns:unres="{UNRES_NS}">']
    for code, pointer in problems:
        where = "" if pointer is None else f" pointer={quoteattr(pointer)}"
        lines.append(f"{indent}    <unres:sourceProblem code={quoteattr(code)}{where}/>")
    lines.append(f"{indent}  </proprietary>\n")
    at = end - len(indent)
    return (text[:at] + "\n".join(lines) + text[at:]).encode("utf-8")


def akn_record(tree: Any) -> list[Entry]:
    """What an Akoma Ntoso document unres wrote records."""
    return [Entry(e.get("code"), e.get("pointer"), line=e.sourceline)
            for meta in tree.getroot().iterfind(f"*/{_AKN}meta")
            for block in meta.iterfind(f"{_AKN}proprietary") if block.get("source") == "#unres"
            for e in block.iterfind(_SOURCE_PROBLEM) if e.get("code")]
