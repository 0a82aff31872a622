"""The Akoma Ntoso repros of issue 22 (../shared/repros/text/akn-*.xml, README there): made-up files in
the UN's markup, each showing a class of failures seen on files outside the corpus, read as the
README says they must be — the model, what is reported, and no character lost."""

from __future__ import annotations

import pytest

from unres.akn.reader import from_akn
from unres.api import validate
from unres.model import to_dict

from conftest import SHARED

REPROS = SHARED / "repros" / "text"


def read(name: str):
    path = REPROS / name
    if not path.is_file():
        pytest.skip(f"repro not found at {path}")
    res, warnings = from_akn(path.read_bytes(), str(path))
    errors = [p for p in validate(res) if p.severity == "error"]
    return to_dict(res), [w.code for w in warnings], errors


def _numbers(d):
    return [o["number"] for o in d["operative"]]


def test_control_reads_as_before():
    d, warnings, errors = read("akn-base.en.xml")
    assert len(d["preamble"]["paragraphs"]) == 2 and _numbers(d) == ["1", "2", "3"]
    assert warnings == [] and errors == []


def test_a_paragraph_that_opens_with_its_list():
    d, warnings, errors = read("akn-paragraph-opens-with-label.en.xml")
    second = d["operative"][1]
    assert _numbers(d) == ["1", "2", "3"]
    assert second["text"].startswith("(a) Requests the Secretary-General")
    assert [s["label"] for s in second["subparagraphs"]] == ["(b)"]
    assert "akn-characters" not in warnings and errors == []


def test_lettered_items_of_a_preambular_paragraph_are_kept_in_its_text():
    # The model's preambular paragraphs have no items: the list is read as the paragraph's running
    # text, labels and all, and said so; no character is lost (akn-characters).
    d, warnings, errors = read("akn-preamble-lettered-items.en.xml")
    paragraphs = d["preamble"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[0]["text"] == (
        "Welcoming the commitments of Member States on national priorities including: (a) the repair of the "
        "northern lighthouses, (b) the training of coastal rescue teams, and (c) the adoption of maritime "
        "safety laws,")
    assert paragraphs[0]["opening"] == "Welcoming"
    assert warnings == ["akn-preamble-list-flattened"] and errors == []


def test_an_unnumbered_body_paragraph_before_paragraph_1_is_preambular():
    d, warnings, errors = read("akn-preambular-paragraph-in-mainbody.en.xml")
    assert len(d["preamble"]["paragraphs"]) == 2 and _numbers(d) == ["1", "2"]
    assert warnings == ["akn-preamble-in-body"] and errors == []


def test_the_printed_count_is_the_count_not_the_meta_copy():
    # The meta's count of those in favour lost a voter (2); the sentence prints 3 and lists three.
    d, warnings, errors = read("akn-vote-meta-count.es.xml")
    assert d["vote"]["in_favour"]["count"] == 3
    assert [m["iso3"] for m in d["vote"]["in_favour"]["members"]] == ["ALB", "BRA", "CHL"]
    assert (d["vote"]["against"]["count"], d["vote"]["abstaining"]["count"]) == (1, 1)
    assert "vote-count-mismatch" not in warnings and errors == []


def test_arabic_note_marks_lose_their_brackets():
    d, warnings, errors = read("akn-arabic-note-brackets.ar.xml")
    text = d["preamble"]["paragraphs"][0]["text"]
    assert "()" not in text and "(1)" not in text
    (ref,) = d["preamble"]["paragraphs"][0]["footnote_refs"]
    assert ref["marker"] == "1" and [(f["marker"], f["text"]) for f in d["footnotes"]] == [("1", "A/91/200.")]
    assert "akn-characters" not in warnings and errors == []


def test_a_chinese_symbol_without_its_space_is_read():
    d, warnings, errors = read("akn-zh-symbol-without-space.zh.xml")
    assert d["metadata"]["symbol"] == "S/RES/3101 (2031)"
    assert errors == []
