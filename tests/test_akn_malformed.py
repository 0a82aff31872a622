"""Malformed AKN is refused with a coded error or read with a warning, never a traceback; what the
reader gives, every writer can write."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import unres
import unres.cli
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


# -- files that are not well-formed: `convert` reads what libxml2's repair gives, `validate` refuses --

def test_a_stray_closing_tag_is_repaired_with_a_located_error_and_nothing_lost(tmp_path, capsys):
    good = to_akn(from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes()))
    bad = good.replace(b"</mainBody>", b"</mainBody></p>", 1)  # the UN's slip: a tag closed twice
    assert bad != good
    line = bad[:bad.index(b"</mainBody></p>")].count(b"\n") + 1
    res, warnings = from_akn(bad, "in.xml")
    assert res == from_akn(good)[0]
    assert warnings[0].code == "xml-repaired" and warnings[0].severity == "error"
    assert warnings[0].line == line and warnings[0].file == "in.xml"
    assert "no character of the file's text lost" in warnings[0].message
    # The command line: convert writes the output and reports the error; validate refuses the file.
    src = tmp_path / "in.akn.xml"
    src.write_bytes(bad)
    out = tmp_path / "out.json"
    unres.cli.main(["convert", str(src), "--to", "json", "-o", str(out)])
    err = capsys.readouterr().err
    assert out.exists() and f"{src}:{line}:" in err and "xml-repaired" in err
    assert unres.cli.main(["validate", str(src)]) == 1
    assert "xml-syntax" in capsys.readouterr().out


def test_a_cut_file_is_read_up_to_the_cut_with_the_elements_left_open_closed():
    good = to_akn(from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes()))
    cut = good[:good.index(b"<conclusions")]  # the file ends before its closing block
    res, warnings = from_akn(cut, "cut.xml")
    assert warnings[0].code == "xml-repaired"
    assert "closing 2 elements left open, no character of the file's text lost" in warnings[0].message
    whole = from_akn(good)[0]
    assert res.operative == whole.operative and res.preamble == whole.preamble
    assert whole.metadata.meeting is not None and res.metadata.meeting is None


def test_where_the_tags_cannot_be_mended_libxml2s_recovery_reads_what_it_can():
    good = to_akn(from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes()))
    bad = good.replace(b"<mainBody", b"<mainBody <", 1)  # no slip of the tags: a broken start tag
    res, warnings = from_akn(bad, "bad.xml")
    assert warnings[0].code == "xml-repaired" and "libxml2's recovery" in warnings[0].message
    unres.to_akn(res)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_cut_or_dropped_tag_gives_a_model_or_a_coded_error(data):
    good = to_akn(from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes()))
    tags = [m.start() for m in re.finditer(rb"</?[A-Za-z]", good)]
    start = data.draw(st.sampled_from(tags))
    end = good.index(b">", start) + 1
    bad = data.draw(st.sampled_from([good[:start], good[:start] + good[end:]]))
    try:
        res, warnings = from_akn(bad, "bad.xml")
    except UnresError as e:
        assert all(p.code.startswith(("xml-", "akn-")) for p in e.problems)
        return
    try:
        etree.fromstring(bad)
    except etree.XMLSyntaxError:  # broken (dropping an empty element's tag leaves a well-formed file)
        assert warnings[0].code == "xml-repaired"
    for write in (unres.to_akn, unres.to_json, unres.render_text, unres.render_html):
        write(res)
