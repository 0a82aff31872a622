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

import collections
import html
import re
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


def _new_parser(recover: bool = False) -> etree.XMLParser:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False,
                             huge_tree=False, remove_comments=False, remove_pis=False, collect_ids=False,
                             recover=recover)
    parser.resolvers.add(_NothingResolver())
    return parser


def package_parser() -> etree.XMLParser:
    """For the package's own schema files, whose imports (xml.xsd beside the AKN XSD) must load."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, collect_ids=False)


def parse_xml(data: bytes, file: str | None = None) -> etree._ElementTree:
    """Parses bytes into a tree or raises UnresError with line:column; refuses DTDs and entities."""
    _check_size(data, file)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as e:
        raise UnresError(_syntax_problem(e, file)) from None
    return _checked(tree, data, file)


def parse_xml_repairing(data: bytes, file: str | None = None) -> tuple[etree._ElementTree, Problem | None]:
    """Like parse_xml, but a document that is not well-formed is read as libxml2's recovery repairs
    it (a tag closed in the wrong place, an unclosed element: slips the UN's own files have), with
    an `xml-repaired` error that says where it broke and how many characters of text the repaired
    tree lost. Used by the readers of `convert`, which write what they could read; `validate`
    still refuses such a file (parse_xml). Every other refusal (DOCTYPE, entities, limits) stands."""
    _check_size(data, file)
    try:
        return _checked(etree.ElementTree(etree.fromstring(data, _parser())), data, file), None
    except etree.XMLSyntaxError as e:
        broken = _syntax_problem(e, file)
    # The tags are balanced in Python: for a resolution's few thousand tags, a few milliseconds;
    # a file with more "<" than MAX_ELEMENTS goes to libxml2's recovery directly (C, bounded time).
    fixed, how = _balance_tags(data) if data.count(b"<") <= MAX_ELEMENTS else (b"", "")
    try:
        root = etree.fromstring(fixed, _parser())
    except etree.XMLSyntaxError:  # not a slip of the tags: libxml2's own recovery, which may lose more
        try:
            root = etree.fromstring(data, _new_parser(recover=True))
        except etree.XMLSyntaxError:
            root = None
        how = "read as libxml2's recovery repairs it"
    if root is None:  # nothing an element could be made of
        raise UnresError(broken)
    tree = _checked(etree.ElementTree(root), data, file)
    try:
        kept = _tree_characters(root)
    except UnicodeDecodeError:  # the recovery kept bytes that are no text: nothing to read safely
        raise UnresError(broken) from None
    lost = _text_characters(data) - kept
    said = f"{lost} character{'s' if lost != 1 else ''} of the file's text lost" if lost > 0 else \
        "no character of the file's text lost"
    return tree, Problem("xml-repaired", f"not well-formed XML ({broken.message}): {how}, {said}",
                         line=broken.line, column=broken.column, file=file)


# A start or end tag. Neither part may pass a "<" or a ">", so that each character is looked at by
# one attempt only (a hostile file of "<a<a<a…" stays linear); an attribute value holding ">"
# (allowed, never seen in a resolution) ends the tag early, which only this repair ever does.
_TAG = re.compile(rb"<(/?)([^\s/<>!?]+)[^<>]*?(/?)>")
# What is skipped whole, and where it ends: nothing inside a comment, CDATA or PI is a tag.
_SKIPPED = ((b"<!--", b"-->"), (b"<![CDATA[", b"]]>"), (b"<?", b"?>"), (b"<!", b">"))


def _balance_tags(data: bytes) -> tuple[bytes, str]:
    """The tag slips of hand-edited files mended as an HTML parser would: an end tag that closes no
    open element is dropped; one that closes an element further out closes the elements opened
    inside it first; elements open at the end are closed. The UN's own files have both slips (an
    end tag left behind when a block was moved; an end tag forgotten)."""
    out: list[bytes] = []
    stack: list[bytes] = []
    open_names: collections.Counter[bytes] = collections.Counter()  # `in stack` would be quadratic
    dropped = closed = 0
    at = pos = 0
    while (i := data.find(b"<", pos)) >= 0:
        skip = data[i + 1:i + 2] in (b"!", b"?") and next(
            ((start, end) for start, end in _SKIPPED if data.startswith(start, i)), None)
        if skip:
            j = data.find(skip[1], i + len(skip[0]))
            if j < 0:
                break  # unclosed to the end of the file: the parse says what it makes of it
            pos = j + len(skip[1])
            continue
        m = _TAG.match(data, i)
        pos = m.end() if m else i + 1
        if not m or m.group(3):  # no tag, or an empty element
            continue
        slash, name = m.group(1), m.group(2)
        if not slash:
            stack.append(name)
            open_names[name] += 1
        elif open_names[name]:
            while stack[-1] != name:
                inner = stack.pop()
                open_names[inner] -= 1
                out += [data[at:i], b"</" + inner + b">"]
                at = i
                closed += 1
            open_names[stack.pop()] -= 1
        else:
            out.append(data[at:i])
            at = m.end()
            dropped += 1
    out.append(data[at:])
    closed += len(stack)
    out += [b"</" + name + b">" for name in reversed(stack)]
    return b"".join(out), (f"repaired by dropping {dropped} end tag{'s' if dropped != 1 else ''} that closed "
                           f"nothing and closing {closed} element{'s' if closed != 1 else ''} left open")


# Text outside tags, references resolved, whitespace left out: what a repair may lose. A rough count
# (a ">" inside an attribute value ends the tag early) whose only use is to say the loss in words.
_ANY_TAG = re.compile(rb"<[^<>]*>")


def _text_characters(data: bytes) -> int:
    return len("".join(html.unescape(_ANY_TAG.sub(b"", data).decode("utf-8", "replace")).split()))


def _tree_characters(root: etree._Element) -> int:
    """The characters of text in the tree; raises UnicodeDecodeError where libxml2's recovery kept
    bytes that decode to no text, in a name, a text or an attribute (the reader reads them all)."""
    for el in root.iter():
        el.tag, el.text, el.tail, dict(el.attrib)  # noqa: B018 (each decoded, or the error raised)
    return len("".join("".join(root.itertext()).split()))


def _check_size(data: bytes, file: str | None) -> None:
    if len(data) > MAX_XML_BYTES:
        raise UnresError(Problem("xml-too-large", f"{len(data)} bytes is more than {MAX_XML_BYTES}", file=file))
    _check_element_count(data, file)


def _syntax_problem(e: etree.XMLSyntaxError, file: str | None) -> Problem:
    line, col = e.position if e.position else (None, None)
    return Problem("xml-syntax", _clean_message(str(e)), line=line, column=col, file=file)


def _checked(tree: etree._ElementTree, data: bytes, file: str | None) -> etree._ElementTree:
    """The refusals made of every parsed tree: DOCTYPE, entities, XInclude, depth."""
    head = data[:4096].lstrip()
    docinfo = tree.docinfo
    if docinfo.doctype or b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise UnresError(Problem("xml-doctype", "documents with a DOCTYPE or entity declarations are refused "
                                 "(they can read local files or expand without bound)", line=1, column=1, file=file))
    root = tree.getroot()
    # Entity references and XInclude elements in one walk (in C, no element made but those found):
    # an entity reference anywhere is refused first, as when each had its own walk.
    xinclude = None
    for node in root.iter(etree.Entity, _XINCLUDE):
        if isinstance(node, etree._Entity):
            raise UnresError(Problem("xml-entity", f"entity reference &{node.name}; is refused",
                                     line=node.sourceline, file=file))
        xinclude = node if xinclude is None else xinclude
    if xinclude is not None:
        raise UnresError(Problem("xml-xinclude", "XInclude is refused", line=xinclude.sourceline, file=file))
    if not LIBXML2_BOUNDS_DEPTH and _TOO_DEEP(root):
        raise UnresError(Problem("xml-too-deep", f"elements nested {MAX_DEPTH + 1} deep (limit {MAX_DEPTH})",
                                 file=file))
    return tree


_XINCLUDE = "{http://www.w3.org/2001/XInclude}*"
# Compiled once: an XPath given as a string to xpath() is compiled on every call.
_TOO_DEEP = etree.XPath("boolean(" + "/*" * (MAX_DEPTH + 1) + ")")


def _libxml2_bounds_depth() -> bool:
    """Whether libxml2 itself keeps every tree it builds within MAX_DEPTH: without XML_PARSE_HUGE
    (huge_tree=False) libxml2 2.9–2.14 refuses an element nested more than 256 deep, and its
    recovery stops there. Then the XPath that counts the depth of every tree (a twentieth of the
    parse of a resolution) finds nothing and is not asked; a libxml2 with another bound or none
    (the parse or the recovery building a tree deeper than MAX_DEPTH) keeps it. Asked once a process."""
    deep = b"<a>" * (MAX_DEPTH + 1) + b"</a>" * (MAX_DEPTH + 1)
    try:
        etree.fromstring(deep, _new_parser())
        return False
    except etree.XMLSyntaxError:
        pass
    try:
        recovered = etree.fromstring(deep, _new_parser(recover=True))
    except etree.XMLSyntaxError:
        return True
    return recovered is None or not _TOO_DEEP(recovered)


LIBXML2_BOUNDS_DEPTH = _libxml2_bounds_depth()


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
    # Every element takes four bytes at least ("<a/>"), and starts with "<": a document of fewer
    # bytes than four times the limit (nearly every one: the count costs a twentieth of the parse),
    # or with fewer "<", is under the limit without parsing. Otherwise the elements are counted by
    # a parse that builds no tree and stops at the limit.
    if len(data) < 4 * (MAX_ELEMENTS + 1) or data.count(b"<") <= MAX_ELEMENTS:
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
