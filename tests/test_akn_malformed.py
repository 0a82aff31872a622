"""Malformed AKN is refused with a coded error or read with a warning, never a traceback; what the
reader gives, every writer can write."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import unres
from unres.akn.reader import from_akn
from unres.akn.writer import to_akn
from unres.jsonio import from_json
from unres.problems import UnresError

from conftest import SAMPLES

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
NS = {"a": A[1:-1]}
HOSTILE = Path(__file__).resolve().parent.parent.parent / "shared" / "repros" / "hostile"


def seed_tree(sample: str = "en-ga-recorded.json") -> etree._Element:
    return etree.fromstring(to_akn(from_json((SAMPLES / "valid" / sample).read_bytes())))


def first(root: etree._Element, path: str) -> etree._Element:
    el = root.find(path, NS)
    assert el is not None, path
    return el


def drop(root: etree._Element, path: str) -> None:
    el = first(root, path)
    parent = el.getparent()
    assert parent is not None
    parent.remove(el)


def setter(path: str, name: str, value: str):
    return lambda root: first(root, path).set(name, value)


REFUSED = {
    "vote side without its name": lambda root: drop(root, ".//a:p[@class='voteSide']/a:inline"),
    "vote side that is no side": setter(".//a:p[@class='voteSide']/a:inline", "refersTo", "#bogus"),
    "vote side without a count": lambda root: drop(root, ".//a:p[@class='voteSide']/a:quantity"),
    "count in words": setter(".//a:p[@class='voteSide']/a:quantity", "normalized", "three"),
    "count written from 3.0": setter(".//a:p[@class='voteSide']/a:quantity", "normalized", "3.0"),
    "agenda item without its number": lambda root: drop(root, ".//a:p[@class='agendaItem']/a:inline"),
    "session number not a number": setter(".//a:coverPage//a:session", "value", "3.0"),
}


@pytest.mark.parametrize("name", REFUSED)
def test_unres_akn_without_what_unres_always_writes_is_refused_with_its_line(name):
    root = seed_tree()
    REFUSED[name](root)
    with pytest.raises(UnresError) as info:
        from_akn(etree.tostring(root), "in.xml")
    problem = info.value.problems[0]
    assert problem.code == "akn-malformed"
    assert problem.file == "in.xml" and problem.line is not None


def test_a_date_that_is_no_day_of_the_calendar_is_left_out_with_a_warning():
    root = seed_tree()
    first(root, ".//a:conclusions//a:docDate").set("date", "2024-13-05")
    res, warnings = from_akn(etree.tostring(root), "in.xml")
    assert res.metadata.adoption_date is None
    assert [w.code for w in warnings] == ["akn-date"] and "2024-13-05" in warnings[0].message
    unres.to_akn(res), unres.render_text(res), unres.render_html(res)  # printable


def test_an_original_language_that_is_no_language_code_is_left_out_with_a_warning():
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    assert res.metadata.original_language is not None
    root = seed_tree()
    first(root, ".//a:inline[@name='originalLanguage']").text = "enChile"
    back, warnings = from_akn(etree.tostring(root))
    assert back.metadata.original_language is None
    assert [w.code for w in warnings] == ["akn-original-language"]
    unres.render_text(back)


def _hostile_files() -> list[Path]:
    files = sorted(HOSTILE.glob("crashes/*.xml")) + sorted(HOSTILE.glob("xml/akn-*.xml"))
    return files or [pytest.param(None, marks=pytest.mark.skip(reason="../shared/repros/hostile is absent"))]


@pytest.mark.parametrize("path", _hostile_files(), ids=lambda p: p.name if p else "none")
def test_the_hostile_akn_files_end_in_a_coded_error_or_a_model_every_writer_can_write(path):
    try:
        res, _ = from_akn(path.read_bytes(), path.name)
    except UnresError as e:
        assert all(p.code for p in e.problems)
        return
    for write in (unres.to_akn, unres.to_json, unres.render_text, unres.render_html):
        write(res)
