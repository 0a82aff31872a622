"""Akoma Ntoso → model: reads unres' own output losslessly and the UN's AKN4UN files faithfully.

A file says which dialect it is in: unres writes identification/@source="#unres". Each dialect
has its reader (read_unres.py, read_un.py); what they share is in reading.py.
"""

from __future__ import annotations

import re

from lxml import etree

from ..chars import UTF8_MARKS, XML_INVISIBLE_CONTROLS, found_after, strip_invisible_controls
from ..model import Resolution
from ..problems import Problem
from ..safexml import parse_xml_repairing
from .read_un import read_un
from .read_unres import read_unres
from .reading import statement, written_by_unres

# The UTF-8 bytes of the characters of XML_INVISIBLE_CONTROLS, and character references (which may
# name one): a UTF-8 document without any (nearly all) needs no search of its tree. DEL and U+FEFF
# are sought by bytes' own search, a reference and the marks from the occurrences of their first
# byte (chars.found_after): one pattern of five alternatives tested every byte of the file against a
# set, a tenth of the whole reading of the seed's AKN.


def from_akn(data: bytes, file: str | None = None) -> tuple[Resolution, list[Problem]]:
    """The model of an AKN file and the reader's warnings. A file that is not well-formed is read as
    libxml2 repairs it, with an `xml-repaired` error first (safexml.parse_xml_repairing)."""
    tree, repaired = parse_xml_repairing(data, file)
    res, warnings = from_akn_tree(tree, file, may_hold_controls=may_hold_controls(tree, data))
    return res, ([repaired] if repaired else []) + warnings


def may_hold_controls(tree: etree._ElementTree, data: bytes) -> bool:
    """Whether the document parsed from `data` may hold an invisible control character: False only
    for a UTF-8 (or ASCII) file whose bytes hold none of theirs and no character reference."""
    utf8 = (tree.docinfo.encoding or "UTF-8").upper().replace("-", "") in ("UTF8", "USASCII", "ASCII")
    return (not utf8 or b"\x7f" in data or b"\xef\xbb\xbf" in data  # DEL, U+FEFF
            or found_after(data, b"&", _REFERENCE) or found_after(data, b"\xe2", UTF8_MARKS))


_REFERENCE = re.compile(rb"&#")


def from_akn_tree(tree: etree._ElementTree, file: str | None = None,
                  may_hold_controls: bool = True) -> tuple[Resolution, list[Problem]]:
    """The model and the reader's warnings. Invisible control characters are removed from the tree
    (in place) first, as every reader removes them (converter/chars.py)."""
    st = statement(tree.getroot(), file)
    removed, line = _strip_invisible_controls(tree) if may_hold_controls else (0, None)
    read = read_unres if written_by_unres(st) else read_un
    res, warnings = read(st, file)
    if removed:
        warnings.insert(0, Problem("akn-control-characters", f"{removed} invisible control character"
                                   f"{'s' if removed > 1 else ''} (direction marks, bidi overrides, zero-width "
                                   "spaces) removed", line=line, file=file, severity="warning"))
    return res, warnings


# The text nodes and attribute values that hold one of the characters: found by libxml2, so that
# a document without any (nearly all) costs one pass in C.
_HOLDING = etree.XPath("//text()[translate(., $chars, '') != .] | //@*[translate(., $chars, '') != .]")


def _strip_invisible_controls(tree: etree._ElementTree) -> tuple[int, int | None]:
    """How many characters were removed, and the line of the first element that held one."""
    removed, line = 0, None
    for found in _HOLDING(tree, chars=XML_INVISIBLE_CONTROLS):
        if not isinstance(found, str):
            continue
        clean, count = strip_invisible_controls(found)
        removed += count
        parent = found.getparent()  # type: ignore[attr-defined]
        line = line if line is not None else parent.sourceline
        if found.attrname is not None:  # type: ignore[attr-defined]
            parent.set(found.attrname, clean)  # type: ignore[attr-defined]
        elif found.is_tail:  # type: ignore[attr-defined]
            parent.tail = clean
        else:
            parent.text = clean
    return removed, line
