"""Real data from ../shared/corpus (skipped, saying so, when it is absent).

- The UN's own AKN4UN files: read into the model, written back as our AKN (XSD + profile valid),
  read again: the identity.
- Their text as a PDF reader would see it (tests/pdftext.py lays it out, independently of unres'
  renderer), parsed and compared with the AKN, per language and body.
- The CR-UNSC texts (1946–1979), with their original line breaks.
"""

from __future__ import annotations

import collections
import re

import pytest
from lxml import etree

from unres import validate
from unres.akn.reader import from_akn
from unres.akn.writer import to_akn
from unres.akn.xsd import profile_problems, xsd_problems
from unres.problems import UnresError
from unres.rules import check
from unres.safexml import parse_xml
from unres.text.parse import parse_text

from conftest import corpus_or_skip
from corpus_text import run

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"

# Shares of documents parsed exactly right from PDF-like text, per language: the project's target,
# 98%, reached in every language (figures in benchmarks/README.md). A drop below it fails the test.
TEXT_FLOOR = {"ar": .98, "en": .98, "es": .98, "fr": .98, "ru": .98, "zh": .98}
# The same for text without the layout's evidence (no indents, no blank lines: "flat"; one line
# per paragraph, no pages: "lines"), where a paragraph end may be undecidable: what is reached
# now, so that a drop fails the test (figures in benchmarks/README.md).
EXTRACTION_FLOOR = {"flat": .83, "lines": .95}


def _nonempty(el) -> bool:
    return bool("".join(t for p in el.iter(A + "p") for t in p.itertext()).strip())


def test_un_akn_files_read_roundtrip_and_validate():
    root = corpus_or_skip("unxml")
    files = sorted(root.glob("*/*/*/*.xml"))
    assert len(files) > 1000
    failures = []
    for f in files:
        data = f.read_bytes()
        try:
            res, _ = from_akn(data, str(f))
        except UnresError as e:
            failures.append((f.name, str(e.problems[0])))
            continue
        st = etree.fromstring(data).find(A + "statement")
        containers = [c for c in st.iter(A + "container") if c.getparent().tag == A + "preamble" and _nonempty(c)]
        paragraphs = [p for p in st.find(A + "mainBody").iter(A + "paragraph")
                      if not any(a.tag == A + "paragraph" for a in p.iterancestors())
                      and (p.find(A + "content") is not None or p.find(A + "list") is not None) and _nonempty(p)]
        # An unnumbered paragraph right after a numbered one with a list is read as its wrap-up.
        wrap_ups = sum(1 for before, p in zip(paragraphs, paragraphs[1:], strict=False)
                       if p.find(A + "num") is None and p.find(A + "list") is None
                       and before.find(A + "num") is not None and before.find(A + "list") is not None)
        # In a resolution adopted in parts, each part's preamble is its crossHeadings, with the
        # lettered paragraphs between them.
        part_preamble = 0
        for sec in st.find(A + "mainBody").iterfind(A + "section"):
            children = [c for c in sec if c.tag in (A + "crossHeading", A + "paragraph")]
            last = max((i for i, c in enumerate(children) if c.tag == A + "crossHeading"), default=-1)
            part_preamble += last + 1
        lettered = part_preamble - sum(1 for _ in st.iter(A + "crossHeading"))
        got = (len(res.preamble.paragraphs) + sum(len(p.preamble) for p in res.parts),
               len(res.operative) + sum(len(p.operative) for p in res.parts))
        if got != (len(containers) + part_preamble, len(paragraphs) - wrap_ups - lettered):
            failures.append((f.name, "paragraph counts differ"))
            continue
        ours = to_akn(res)
        tree = parse_xml(ours)
        assert xsd_problems(tree) == [], f.name
        # The profile passes unless the UN's file itself breaks a rule (numbering slips, counts
        # that disagree with lists): then the profile reports it, as it should.
        if not [p for p in check(res) if p.severity == "error"]:
            assert profile_problems(tree) == [], f.name
        assert from_akn(ours)[0] == res, f.name
    # The one known failure: E_RES_2023_23 (Arabic) is not well-formed XML.
    assert len(failures) <= len(files) // 100, failures
    assert ("E_RES_2023_23-2314954A.xml" in dict(failures)) or not failures


@pytest.fixture(scope="module")
def text_results():
    corpus = corpus_or_skip("unxml").parent
    return run(corpus)


def test_pdf_text_of_the_corpus_parses_like_the_akn(text_results, capsys):
    table, _extractions, failures, slips = text_results
    by_lang = collections.defaultdict(lambda: [0, 0])
    for (_body, lang), (ok, n) in sorted(table.items()):
        by_lang[lang][0] += ok
        by_lang[lang][1] += n
    with capsys.disabled():
        print("\nPDF-like text → model, documents exactly right:")
        for (body, lang), (ok, n) in sorted(table.items()):
            print(f"  {body:7} {lang}  {ok:3}/{n:3}  {ok / n:6.1%}")
        for lang, (ok, n) in sorted(by_lang.items()):
            print(f"  all     {lang}  {ok:3}/{n:3}  {ok / n:6.1%}")
        print(f"  left out as UN markup slips (counts differ from the majority of the six versions): {len(slips)}")
    assert set(by_lang) == set(TEXT_FLOOR)
    for lang, (ok, n) in by_lang.items():
        assert ok / n >= TEXT_FLOOR[lang], (lang, ok, n)


def test_text_of_other_extractions_parses_like_the_akn(text_results, capsys):
    _table, extractions, _failures, _slips = text_results
    totals = collections.defaultdict(lambda: [0, 0])
    with capsys.disabled():
        print("\nOther extractions → model, documents exactly right:")
        for (extraction, lang), (ok, n) in sorted(extractions.items()):
            print(f"  {extraction:5} {lang}  {ok:3}/{n:3}  {ok / n:6.1%}")
            totals[extraction][0] += ok
            totals[extraction][1] += n
    assert set(totals) == set(EXTRACTION_FLOOR)
    for extraction, (ok, n) in totals.items():
        assert n > 150 and ok / n >= EXTRACTION_FLOOR[extraction], (extraction, ok, n)


def test_cr_unsc_texts_parse_and_numbering_is_found():
    root = corpus_or_skip("cr-unsc")
    files = sorted(root.glob("*.txt"))
    assert len(files) == 450
    numbered = found = valid = notes = marked = 0
    for f in files:
        data = f.read_bytes()
        res = parse_text(data, "en").resolution  # raises on any error: none may
        notes += len(res.footnotes)
        marked += len({r.marker for r in _all_refs(res)} & {n.marker for n in res.footnotes})
        if re.search(rb"^\s*1\.\s", data, re.M) and re.search(rb"^\s*2\.\s", data, re.M):
            numbered += 1
            numbers = [p.number for p in res.operative or (res.parts[0].operative if res.parts else ()) if p.number]
            found += len(numbers) >= 2 and numbers[0] == "1"
        # Models that break no rule (414 of 450 when written): the rest carry slips of the old
        # printings that the rules report — a paragraph number missing, a label out of sequence —
        # or an endnote whose mark is not in the body (in a heading, lost by the OCR).
        valid += not any(p.severity == "error" for p in validate(res))
    assert found / numbered >= 0.95, (found, numbered)
    assert valid / len(files) >= 0.91, valid
    # The notes printed after the vote (502 when written, in 270 texts), nearly all with their mark.
    assert notes >= 480 and marked / notes >= 0.95, (notes, marked)


def _all_refs(res):
    def walk(paras):
        for p in paras:
            yield from p.footnote_refs
            yield from walk(getattr(p, "subparagraphs", ()))
            if getattr(p, "wrap_up", None):
                yield from p.wrap_up.footnote_refs
    yield from walk(res.preamble.paragraphs)
    yield from walk(res.operative)
    for part in res.parts:
        yield from walk(part.preamble)
        yield from walk(part.operative)
    yield from res.vote.footnote_refs
