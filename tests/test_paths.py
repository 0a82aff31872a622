"""converter/akn/paths.py finds what lxml's ElementPath finds, for every path the readers ask."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from unres.akn import paths
from unres.akn.vocabulary import NS

from conftest import ROOT, SAMPLES

READERS = [ROOT / "converter" / "akn" / f"{name}.py" for name in ("reading", "read_un", "read_unres")]
# The literal paths of the readers' find/findall/iterfind calls (f-strings are exercised by the
# reader tests: a wrong answer there changes a model).
LITERAL = re.compile(r"\b(?:find|findall|iterfind)\(\w+, \"([^\"{}]+)\"\)")


def _paths() -> list[str]:
    found = {m.group(1) for f in READERS for m in LITERAL.finditer(f.read_text(encoding="utf-8"))}
    return sorted(found | {"a:coverPage//a:docDate[@refersTo='#issueDate']", ".//a:table",
                           "{http://un.org/akn4un}voters", "a:conclusions/a:p[@class='voteSide']"})


def _trees() -> list[etree._Element]:
    from unres.akn.writer import to_akn
    from unres.jsonio import from_json

    docs = [to_akn(from_json(p.read_bytes())) for p in [SAMPLES / "A-HRC-RES-35-8.zh.json",
                                                         *sorted((SAMPLES / "valid").glob("*.json"))]]
    docs += [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "akn-un").glob("*.xml"))]
    return [etree.fromstring(d) for d in docs]


def test_the_readers_paths_are_found():
    assert len(_paths()) > 40


@pytest.mark.parametrize("path", _paths())
def test_every_path_finds_what_elementpath_finds(path):
    for root in _trees():
        for el in root.iter(etree.Element):
            assert paths.findall(el, path) == el.findall(path, NS), (path, el.tag)
            assert paths.find(el, path) is el.find(path, NS)


@pytest.mark.parametrize("path", ["a:x//a:y//a:z", "/a:x", "a:x[1]", "a:x[@a]"])
def test_unsupported_paths_are_refused(path):
    with pytest.raises(ValueError):
        paths.compiled(path)


def test_children_by_tag_are_what_elementpath_finds_of_each_tag():
    # children() stands for find/findall of one child step: every element of the sample trees,
    # every tag among its children (comments' and processing instructions' children left aside).
    asked = 0
    for root in _trees():
        for el in root.iter(etree.Element):
            by_tag = paths.children(el)
            assert sum(map(len, by_tag.values())) == len(el)
            for tag in {c.tag for c in el if isinstance(c.tag, str)} | {"{x}absent"}:
                assert by_tag.get(tag, []) == el.findall(tag), (el.tag, tag)
                assert paths.first_child(by_tag, tag) is el.find(tag)
                asked += 1
    assert asked > 1000


@pytest.mark.parametrize("n", range(paths.FEW_CHILDREN + 2))
def test_few_children_among_comments_are_found_as_elementpath_finds_them(n):
    # find and findall loop over the children of an element with at most FEW_CHILDREN children, and
    # leave the others to libxml2's matcher: on both sides of the limit, a comment, a processing
    # instruction and children of another tag around them are passed over as lxml passes them.
    body = "<!--c-->" + "".join(f'<{"pq"[k % 3 == 1]} class="{k % 2}"/>' for k in range(n)) + "<?pi x?>" * (n > 2)
    el = etree.fromstring(f'<x xmlns="{NS["a"]}">{body}</x>')
    for path in ("a:p", "a:q", "a:p[@class='1']", "a:none"):
        assert paths.findall(el, path) == el.findall(path, NS), path
        assert paths.find(el, path) is el.find(path, NS), path
