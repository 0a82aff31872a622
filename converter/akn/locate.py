"""Lines in an AKN input for problems the rules found in its model (issue 21: "rule errors on XML
files have no line").

The rules judge the model and point into it (`/operative/5/number`); the model keeps no line of
its source. A problem is placed on the element the model's node was read from, found by its text:
the node at the pointer, or the nearest node above it that has a text (a paragraph, a point, a
footnote), is looked for among the file's `p` elements, and a pointer to a number or a label goes to
the `num` of the paragraph or point that holds that `p`. A node whose text is not found (a
vote count, the metadata) is left without a line rather than given a wrong one.
"""

from __future__ import annotations

from typing import Any

from ..model import to_dict
from ..problems import Problem
from .reading import Element, normalized, text_of
from .vocabulary import NS

# The first characters of a text say which p it is; a whole long text costs a long comparison.
_KEY_CHARS = 60


def locate(problems: list[Problem], tree: Any, res: Any) -> list[Problem]:
    """The problems, each without a line given the line of the element its pointer is about,
    where it can be found."""
    if not any(p.line is None and p.pointer for p in problems):
        return problems
    doc = to_dict(res)
    ps = [(normalized(text_of(el)), el) for el in tree.getroot().iter(f"{{{NS['a']}}}p")]
    out = []
    for p in problems:
        line = None
        if p.line is None and p.pointer:
            line = _line(p.pointer, doc, ps)
        out.append(p.located(line=line) if line is not None else p)
    return out


def _line(pointer: str, doc: Any, ps: list[tuple[str, Element]]) -> int | None:
    steps = pointer.strip("/").split("/")
    numbered = steps[-1] in ("number", "label")
    for node in reversed(_path(doc, steps)):
        text = node.get("text") if isinstance(node, dict) else None
        if not isinstance(text, str) or not text.strip():
            continue
        key = normalized(text)[:_KEY_CHARS]
        el = next((el for words, el in ps if key in words), None)
        if el is None:
            return None
        if numbered and (line := _number_line(el)) is not None:
            return line
        return int(el.sourceline) if el.sourceline is not None else None
    return None


def _path(doc: Any, steps: list[str]) -> list[Any]:
    """The nodes of the model's dict the pointer's steps go through, as far as they exist."""
    nodes = [doc]
    for step in steps:
        node = nodes[-1]
        if isinstance(node, dict) and step in node:
            nodes.append(node[step])
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            nodes.append(node[int(step)])
        else:
            break
    return nodes


def _number_line(el: Element) -> int | None:
    """The line of the number of the paragraph or point that holds el."""
    holder = next((a for a in el.iterancestors() if a.tag in (f"{{{NS['a']}}}paragraph", f"{{{NS['a']}}}point")),
                  None)
    num = None if holder is None else holder.find("a:num", NS)
    return int(num.sourceline) if num is not None and num.sourceline is not None else None
