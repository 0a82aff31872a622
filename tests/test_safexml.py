"""The hardened XML parser: nothing named by a document is opened, and sizes are bounded.

A document that names a local path (DOCTYPE SYSTEM, external parameter entity) must be refused
before any I/O: a FIFO there would block the reader for ever, and different errors for a file, a
folder and a missing path would tell an attacker which paths exist. Each case runs in a child
process with a timeout, so that a regression fails instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from unres.problems import UnresError
from unres.safexml import MAX_ELEMENTS, parse_xml

ROOT = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>'
NAMING = {
    "doctype-system": '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso SYSTEM "{path}">\n' + ROOT,
    "doctype-public": '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso PUBLIC "-//x//y" "{path}">\n' + ROOT,
    "parameter-entity": '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY % p SYSTEM "file://{path}"> %p;]>\n'
                        + ROOT,
}

_CHILD = """
import json, sys
from unres.problems import UnresError
from unres.safexml import parse_xml
out = []
for doc in json.loads(sys.stdin.read()):
    try:
        parse_xml(doc.encode("utf-8"), "in.xml")
        out.append(None)
    except UnresError as e:
        out.append([(p.code, p.message, p.line, p.column) for p in e.problems])
print(json.dumps(out))
"""


def _parse_in_child(docs: list[str], timeout: float = 30) -> list:
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(docs), capture_output=True,
                              text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("the parser blocked on a path the document names (it opened it)")
    return json.loads(done.stdout)


@pytest.fixture
def paths(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for you\n", encoding="utf-8")
    return {"fifo": fifo, "file": secret, "folder": tmp_path, "missing": tmp_path / "no" / "such"}


def test_a_named_path_is_never_opened_and_every_path_gives_the_same_error(paths):
    docs = [template.format(path=path) for template in NAMING.values() for path in paths.values()]
    outcomes = _parse_in_child(docs)
    assert None not in outcomes
    assert {json.dumps(o) for o in outcomes} == {json.dumps(outcomes[0])}  # one error, whatever the path
    assert [code for code, *_ in outcomes[0]] == ["xml-doctype"]


def test_a_fifo_named_by_the_document_is_not_opened(paths):
    # Opening a FIFO for reading blocks until a writer comes: if the parser opened it, a writer
    # started here would unblock it and the FIFO would show that it was read.
    started = time.monotonic()
    outcomes = _parse_in_child([NAMING["doctype-system"].format(path=paths["fifo"])], timeout=20)
    assert outcomes[0][0][0] == "xml-doctype"
    assert time.monotonic() - started < 20


def test_more_elements_than_the_limit_are_refused_before_the_tree_is_built():
    data = b"<r>" + b"<a/>" * (MAX_ELEMENTS + 1) + b"</r>"
    started = time.monotonic()
    with pytest.raises(UnresError) as info:
        parse_xml(data, "many.xml")
    problem = info.value.problems[0]
    assert problem.code == "xml-too-many-elements"
    assert f"{MAX_ELEMENTS:,}" in problem.message and problem.file == "many.xml"
    assert time.monotonic() - started < 10  # generous: a regression builds 2 M elements (about 30 s)


def test_the_smallest_document_over_the_element_limit_is_refused():
    # The count is skipped for a document too short to hold more elements than the limit (four
    # bytes each at least): the shortest one over it (its root and MAX_ELEMENTS empty children) is
    # long enough to be counted, and refused; with one child fewer it is read.
    over = b"<r>" + b"<a/>" * MAX_ELEMENTS + b"</r>"
    with pytest.raises(UnresError) as info:
        parse_xml(over)
    assert info.value.problems[0].code == "xml-too-many-elements"
    assert len(parse_xml(over.replace(b"<a/>", b"", 1)).getroot()) == MAX_ELEMENTS - 1


def test_a_document_at_the_limit_is_read_and_markup_in_comments_is_not_counted():
    at_limit = b"<r>" + b"<a/>" * (MAX_ELEMENTS - 1) + b"</r>"
    assert len(parse_xml(at_limit).getroot()) == MAX_ELEMENTS - 1
    # Many '<' that are no elements (in a comment) do not count.
    commented = b"<r><!--" + b"<a/>" * (MAX_ELEMENTS + 1) + b"--><a/></r>"
    assert len(parse_xml(commented).getroot().findall("a")) == 1


def test_libxml2_keeps_every_tree_within_the_depth_limit_and_the_fallback_refuses_deeper():
    """_checked leaves the depth to libxml2 when it bounds it (LIBXML2_BOUNDS_DEPTH, asked once a
    process): then no parse, strict or repaired, gives a tree deeper than MAX_DEPTH; for a libxml2
    that would, _checked counts the depth itself and refuses (xml-too-deep)."""
    from lxml import etree

    from unres import safexml
    from unres.safexml import MAX_DEPTH, parse_xml_repairing

    assert safexml.LIBXML2_BOUNDS_DEPTH  # libxml2 2.9–2.14 without XML_PARSE_HUGE: 256
    at_limit = b"<a>" * MAX_DEPTH + b"x" + b"</a>" * MAX_DEPTH
    assert parse_xml(at_limit).getroot().tag == "a"
    for depth in (MAX_DEPTH + 1, MAX_DEPTH + 2, 5000):
        deeper = b"<a>" * depth + b"x" + b"</a>" * depth
        with pytest.raises(UnresError):
            parse_xml(deeper)
        tree, repaired = parse_xml_repairing(deeper)
        assert repaired is not None and not safexml._TOO_DEEP(tree.getroot())
    # A tree libxml2 let grow deeper (huge_tree): the fallback refuses it, the bound by libxml2 does not ask.
    huge = etree.ElementTree(etree.fromstring(b"<a>" * (MAX_DEPTH + 1) + b"</a>" * (MAX_DEPTH + 1),
                                              etree.XMLParser(huge_tree=True)))
    assert safexml._checked(huge, b"<a>", None) is huge
    safexml.LIBXML2_BOUNDS_DEPTH = False
    try:
        with pytest.raises(UnresError) as info:
            safexml._checked(huge, b"<a>", None)
        assert info.value.problems[0].code == "xml-too-deep"
    finally:
        safexml.LIBXML2_BOUNDS_DEPTH = True


def test_an_entity_reference_is_refused_before_an_xinclude_that_comes_first():
    """Entity references and XInclude elements are sought in one walk; as when each had its own, an
    entity reference anywhere is the refusal, and otherwise the first XInclude element with its line."""
    from unres.safexml import parse_xml_repairing

    xi = 'xmlns:xi="http://www.w3.org/2001/XInclude"'
    both = f'<r {xi}>\n<xi:include href="x"/>\n<p>&foo;</p>\n</r>'.encode()
    with pytest.raises(UnresError) as info:
        parse_xml_repairing(both)
    assert [p.code for p in info.value.problems] == ["xml-entity"] and info.value.problems[0].line == 3
    two = f'<r {xi}>\n<p/>\n<xi:include href="x"/>\n<xi:include href="y"/>\n</r>'.encode()
    with pytest.raises(UnresError) as info:
        parse_xml(two)
    assert [(p.code, p.line) for p in info.value.problems] == [("xml-xinclude", 3)]
