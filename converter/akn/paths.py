"""The readers' element paths ("a:coverPage//a:docDate[@refersTo='#x']"), compiled once and walked
by comparing names.

lxml's find() and findall() parse their path and build a matcher on every call: ten microseconds
for one step, more than all the reading of an average element. The readers ask hundreds of them
per document, so they come here, where a path is parsed once (cached) into steps — a child or
a descendant of a name in Clark notation, and an optional [@attribute='value'] — and run as a
loop over children. Results are in document order, as ElementPath gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from lxml.etree import _Element as Element

from .vocabulary import NS

# One step: a separator ("/" child, "//" descendant), a name (prefix:local, {uri}local or local)
# and an optional predicate on an attribute's value.
_STEP = re.compile(r"(//|/)?(\{[^}]*\}[\w.-]+|[\w.-]+:[\w.-]+|[\w.-]+)(?:\[@([\w.-]+)='([^']*)'\])?")

Step = tuple[bool, str, str | None, str | None]  # (descendant?, Clark name, attribute, value)


@cache
def compiled(path: str) -> tuple[Step, ...]:
    steps: list[Step] = []
    if path.startswith(".//"):  # the descendants of the element itself: a first step "//"
        path = path[1:]
    pos = 0
    while pos < len(path):
        m = _STEP.match(path, pos)
        if m is None or (pos > 0 and m.group(1) is None) or (pos == 0 and m.group(1) == "/"):
            raise ValueError(f"unsupported path {path!r} at {pos}")
        sep, name, attr, value = m.groups()
        if ":" in name and not name.startswith("{"):
            prefix, local = name.split(":", 1)
            name = f"{{{NS[prefix]}}}{local}"
        steps.append((sep == "//", name, attr, value))
        pos = m.end()
    if sum(desc for desc, *_ in steps) > 1:  # two descendant steps could find an element twice
        raise ValueError(f"unsupported path {path!r}: more than one //")
    return tuple(steps)


# An element with at most this many children has its children of a tag sought by a loop in Python:
# setting up libxml2's tag matcher (iterchildren(tag)) costs about what making three children and
# comparing their tags does (≈ 6.5 K instructions against ≈ 1.3 K a child), and most elements the
# readers ask about (a paragraph, its content, a p, a point) have one to three. Beyond it the matcher
# wins: it makes no element for the children of other tags (a statement's meta, cover page, …).
FEW_CHILDREN = 3


def _named(el: Element, descendant: bool, tag: str) -> Iterator[Element]:
    """The children (or descendants) of a tag, told apart by libxml2: no element is made in Python
    for the others, nor their tags as strings."""
    return el.iterdescendants(tag) if descendant else el.iterchildren(tag)


def iterfind(el: Element, path: str) -> Iterator[Element]:
    current = [el]
    for descendant, tag, attr, value in compiled(path):
        found = []
        for e in current:
            for c in _named(e, descendant, tag):
                if attr is None or c.get(attr) == value:
                    found.append(c)
        if not found:
            return iter(())
        current = found
    return iter(current)


def findall(el: Element, path: str) -> list[Element]:
    steps = compiled(path)
    if len(steps) == 1 and not steps[0][0] and steps[0][2] is None:
        # One child step without a predicate (a content's p, a list's points): no generator, no copy.
        tag = steps[0][1]
        return [c for c in el if c.tag == tag] if len(el) <= FEW_CHILDREN else list(el.iterchildren(tag))
    return list(iterfind(el, path))


def find(el: Element, path: str) -> Element | None:
    """The first element findall would give, found without the others."""
    steps = compiled(path)
    if len(steps) > 1:
        return _first(el, steps, 0)
    # One step (a child by name, most of the readers' questions): the loop here, without a call.
    descendant, tag, attr, value = steps[0]
    if not descendant and len(el) <= FEW_CHILDREN:
        for c in el:  # (a comment's tag is a function: never equal)
            if c.tag == tag and (attr is None or c.get(attr) == value):
                return c
        return None
    for c in _named(el, descendant, tag):
        if attr is None or c.get(attr) == value:
            return c
    return None


def children(el: Element) -> dict[str, list[Element]]:
    """An element's children by tag (Clark notation; a comment's is a function), each list in document
    order: one pass over the children of an element the readers ask several questions about (a
    paragraph's num, list, content and wrap-up), where every find() makes each child and its tag again."""
    by_tag: dict[str, list[Element]] = {}
    for c in el:
        by_tag.setdefault(c.tag, []).append(c)
    return by_tag


def first_child(by_tag: dict[str, list[Element]], tag: str) -> Element | None:
    """The first child of a tag in a children() map: what find() of that one child step gives."""
    found = by_tag.get(tag)
    return found[0] if found else None


def _first(el: Element, steps: tuple[Step, ...], i: int) -> Element | None:
    descendant, tag, attr, value = steps[i]
    last = i == len(steps) - 1
    for c in _named(el, descendant, tag):
        if attr is None or c.get(attr) == value:
            if last:
                return c
            found = _first(c, steps, i + 1)
            if found is not None:
                return found
    return None
