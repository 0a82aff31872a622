"""The named layout rules of the text reader, gathered from the stages that apply them.

Each rule is a function in the module of its stage and an entry in that module's RULES, with a
fixture pair tests/fixtures/layout/<name>.txt / <name>.json saying what the rule must produce.
Rules that compete for one decision (does this line start a paragraph?) have a priority: the
highest-priority rule with an opinion decides. `python -m unres.text.ruleset` lists them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str  # the stage that applies it (a name in pipeline.STAGES)
    apply: Callable[..., Any]
    why: str  # the class of layout it serves
    priority: int | None = None  # where rules compete: the higher wins


def all_rules() -> list[Rule]:
    """Every named rule, in pipeline order."""
    from . import (
        annexes,
        blocks,
        classify,
        endnotes,
        footnotes,
        header,
        headings,
        markdown,
        marks,
        nesting,
        pages,
        parts,
        segment,
        vote,
    )

    out: list[Rule] = []
    stages = (markdown, pages, footnotes, marks, segment, header, endnotes, blocks, headings, parts, classify, nesting,
              vote, annexes)
    for module in stages:
        out += module.RULES
    return out


def main() -> None:
    for r in all_rules():
        prio = f" (priority {r.priority})" if r.priority is not None else ""
        print(f"{r.stage:9} {r.name}{prio}: {r.why}")


if __name__ == "__main__":
    main()
