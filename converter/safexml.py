"""The one XML parser every part of unres uses: no DTDs, no entities, no network, no XInclude.

Nothing a document names is ever opened: a resolver answers every request for an external DTD
or entity with an empty text, before libxml2 would open a path or a URL (a FIFO there would block
the reader; different errors for a file, a folder or a missing path would tell which paths exist),
and a document with a DOCTYPE is then refused with one error, whatever it named.

Limits are chosen for resolutions: the largest UN resolution files are under 2 MB, hold at most
about 3,200 elements (A/RES/77/248) and nest at most 30 deep; anything far beyond is refused,
not parsed.
"""

from __future__ import annotations

import threading
from typing import Any, cast

from lxml import etree

from .problems import Problem, UnresError

MAX_XML_BYTES = 50_000_000
MAX_DEPTH = 256
# Elements in one document: 60 times the largest UN resolution. Two million empty elements (8 MB)
# took 31 s and 580 MB to validate; at this limit a document is refused in well under a second.
MAX_ELEMENTS = 200_000


class _NothingResolver(etree.Resolver):
    """Answers every external DTD, entity or parameter entity with an empty text: no I/O at all."""

    def resolve(self, system_url, public_id, context):  # type: ignore[no-untyped-def]
        return self.resolve_string("", context)


_local = threading.local()


def _parser() -> etree.XMLParser:
    """The parser of this thread (lxml's parsers may not be shared between threads), made once:
    making one costs a third of parsing a resolution."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = _new_parser()
    return parser


def _new_parser() -> etree.XMLParser:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False,
                             huge_tree=False, remove_comments=False, remove_pis=False, collect_ids=False)
    parser.resolvers.add(_NothingResolver())
    return parser


def package_parser() -> etree.XMLParser:
    """For the package's own schema files, whose imports (xml.xsd beside the AKN XSD) must load."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, collect_ids=False)


def parse_xml(data: bytes, file: str | None = None) -> etree._ElementTree:
    """Parses bytes into a tree or raises UnresError with line:column; refuses DTDs and entities."""
    if len(data) > MAX_XML_BYTES:
        raise UnresError(Problem("xml-too-large", f"{len(data)} bytes is more than {MAX_XML_BYTES}", file=file))
    _check_element_count(data, file)
    head = data[:4096].lstrip()
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as e:
        line, col = e.position if e.position else (None, None)
        raise UnresError(Problem("xml-syntax", _clean_message(str(e)), line=line, column=col, file=file)) from None
    docinfo = tree.docinfo
    if docinfo.doctype or b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise UnresError(Problem("xml-doctype", "documents with a DOCTYPE or entity declarations are refused "
                                 "(they can read local files or expand without bound)", line=1, column=1, file=file))
    root = tree.getroot()
    for entity in root.iter(etree.Entity):
        name = entity.name if isinstance(entity, etree._Entity) else "?"
        raise UnresError(Problem("xml-entity", f"entity reference &{name}; is refused", line=entity.sourceline,
                                 file=file))
    for el in root.iter("{http://www.w3.org/2001/XInclude}*"):
        raise UnresError(Problem("xml-xinclude", "XInclude is refused", line=el.sourceline, file=file))
    if _TOO_DEEP(root):
        raise UnresError(Problem("xml-too-deep", f"elements nested {MAX_DEPTH + 1} deep (limit {MAX_DEPTH})",
                                 file=file))
    return tree


# Compiled once: an XPath given as a string to xpath() is compiled on every call.
_TOO_DEEP = etree.XPath("boolean(" + "/*" * (MAX_DEPTH + 1) + ")")


class _TooMany(Exception):
    pass


class _Counter:
    """A parser target that counts elements and stops the parse past the limit (it builds nothing)."""

    def __init__(self) -> None:
        self.count = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.count += 1
        if self.count > MAX_ELEMENTS:
            raise _TooMany

    def close(self) -> None:
        pass


def _check_element_count(data: bytes, file: str | None) -> None:
    # Every element starts with "<": a document with fewer is under the limit without parsing.
    # Otherwise the elements are counted by a parse that builds no tree and stops at the limit.
    if data.count(b"<") <= MAX_ELEMENTS:
        return
    try:
        counting = etree.XMLParser(target=cast(Any, _Counter()), resolve_entities=False, no_network=True,
                                   load_dtd=False, huge_tree=False)
        counting.resolvers.add(_NothingResolver())
        etree.fromstring(data, counting)
    except _TooMany:
        raise UnresError(Problem("xml-too-many-elements", f"more than {MAX_ELEMENTS:,} elements (the limit; the "
                                 "largest UN resolution has about 3,200)", file=file)) from None
    except etree.XMLSyntaxError:
        pass  # reported with its place by the parse that builds the tree


def _clean_message(msg: str) -> str:
    # lxml appends "(<string>, line N)"; the location is reported separately.
    return msg.split(" (<string>")[0].split(", line ")[0]
