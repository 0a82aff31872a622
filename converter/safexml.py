"""The one XML parser every part of unres uses: no DTDs, no entities, no network, no XInclude.

Limits are chosen for resolutions: the largest UN resolution files are under 2 MB and a few
thousand elements deep at most 30; anything far beyond is refused, not parsed.
"""

from __future__ import annotations

from lxml import etree

from .problems import Problem, UnresError

MAX_XML_BYTES = 50_000_000
MAX_DEPTH = 256


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        dtd_validation=False,
        load_dtd=False,
        huge_tree=False,
        remove_comments=False,
        remove_pis=False,
        collect_ids=False,
    )


def parse_xml(data: bytes, file: str | None = None) -> etree._ElementTree:
    """Parses bytes into a tree or raises UnresError with line:column; refuses DTDs and entities."""
    if len(data) > MAX_XML_BYTES:
        raise UnresError(Problem("xml-too-large", f"{len(data)} bytes is more than {MAX_XML_BYTES}", file=file))
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
    for el in tree.iter():
        if not isinstance(el.tag, str):
            if isinstance(el, etree._Entity):
                raise UnresError(Problem("xml-entity", f"entity reference &{el.name}; is refused",
                                         line=el.sourceline, file=file))
            continue
        if el.tag.startswith("{http://www.w3.org/2001/XInclude}"):
            raise UnresError(Problem("xml-xinclude", "XInclude is refused", line=el.sourceline, file=file))
    depth = _depth(tree.getroot())
    if depth > MAX_DEPTH:
        raise UnresError(Problem("xml-too-deep", f"elements nested {depth} deep (limit {MAX_DEPTH})", file=file))
    return tree


def _depth(root) -> int:
    best = 0
    stack = [(root, 1)]
    while stack:
        el, d = stack.pop()
        best = max(best, d)
        if best > MAX_DEPTH:
            return best
        stack.extend((c, d + 1) for c in el)
    return best


def _clean_message(msg: str) -> str:
    # lxml appends "(<string>, line N)"; the location is reported separately.
    return msg.split(" (<string>")[0].split(", line ")[0]
