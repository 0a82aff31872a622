"""Shared by the corpus test: every UN AKN file read into the model, its paragraphs counted against
the XML, written back as our AKN (XSD + profile) and read again — figures per set and language.

Run alone for the table: `python tests/corpus_akn.py [../shared/corpus/unxml]`.
"""

from __future__ import annotations

import collections
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from unres.akn.reader import from_akn
from unres.akn.reading import body_characters, statement
from unres.akn.writer import to_akn
from unres.akn.xsd import profile_problems, xsd_problems
from unres.problems import UnresError
from unres.rules import check
from unres.safexml import parse_xml

from corpus_sets import akn_files, language_of, set_of

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
MEASURES = ("read", "counts", "xsd", "profile", "roundtrip")


@dataclass
class Figures:
    files: int = 0
    passed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (file, measure, reason)
    # Characters of the body (whitespace aside): in the files read, left out with akn-dropped, and
    # differing without a report (akn-characters: lost if positive, added if negative).
    chars: int = 0
    dropped: int = 0
    unaccounted: int = 0

    def share(self, measure: str) -> float:
        return self.passed[measure] / self.files if self.files else 1.0


def _nonempty(el) -> bool:
    return bool("".join(t for p in el.iter(A + "p") for t in p.itertext()).strip())


def expected_counts(data: bytes) -> tuple[int, int]:
    """Preambular and operative paragraphs as the UN's markup has them, read independently of unres."""
    root = etree.fromstring(data)
    st = root.find(A + "statement")
    if st is None:  # a document collection: each component statement is a part
        parts = root.iterfind(f"{A}components/{A}component/{A}statement")
        counts = [expected_counts(etree.tostring(_alone(c))) for c in parts]
        return sum(c[0] for c in counts), sum(c[1] for c in counts)
    # A preambular paragraph is a container of the preamble, or a p right in it.
    containers = [c for c in st.iter(A + "container", A + "p") if c.getparent().tag == A + "preamble" and _nonempty(c)]
    paragraphs = [p for p in st.find(A + "mainBody").iter(A + "paragraph")
                  if not any(a.tag == A + "paragraph" for a in p.iterancestors())
                  and (p.find(A + "content") is not None or p.find(A + "list") is not None) and _nonempty(p)]
    # Unnumbered "paragraphs" that are no text of a paragraph: a row of asterisks between groups of
    # paragraphs, and a heading (a short line without a paragraph's closing punctuation) standing
    # before a numbered paragraph, as the UN's files mark them now and then.
    paragraphs = [p for k, p in enumerate(paragraphs) if not _separator_or_heading(paragraphs, k)]
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
    return len(containers) + part_preamble, len(paragraphs) - wrap_ups - lettered


def _words(el) -> str:
    return " ".join("".join(t for q in el.iter(A + "p") for t in q.itertext()).split())


def _numbered(p) -> bool:
    """A paragraph with a number of digits ("12."; a section's letter "A." numbers no paragraph)."""
    num = p.find(A + "num")
    return num is not None and any(ch.isdigit() for ch in "".join(num.itertext()))


def _separator_or_heading(paragraphs, k: int) -> bool:
    p = paragraphs[k]
    if _numbered(p) or p.find(A + "list") is not None:
        return False
    words = _words(p)
    if not words.strip("*⁂ "):
        return True
    if len(words) > 120 or words[-1] in ".;:,。；：，؛،" or (k and not _numbered(paragraphs[k - 1])):
        return False
    for nxt in paragraphs[k + 1:]:  # a numbered paragraph follows (after more headings)
        if _numbered(nxt):
            return True
        after = _words(nxt)
        if not after or len(after) > 120 or after[-1] in ".;:,。；：，؛،":
            return False
    return False


def _alone(statement):
    """A component statement as a document of its own."""
    root = etree.Element(A + "akomaNtoso")
    root.append(statement)
    return root


def _one(path: Path, fig: Figures) -> None:
    data = path.read_bytes()
    try:
        res, warnings = from_akn(data, str(path))
    except UnresError as e:
        fig.failures.append((path.name, "read", str(e.problems[0])))
        return
    fig.passed["read"] += 1
    fig.chars += body_characters(statement(etree.fromstring(data), None))
    for w in warnings:
        if w.code == "akn-dropped" and (m := re.search(r"\((\d+) characters?\)", w.message)):
            fig.dropped += int(m.group(1))
        if w.code == "akn-characters" and (m := re.search(r"(\d+) characters? (fewer|more)", w.message)):
            fig.unaccounted += int(m.group(1)) * (1 if m.group(2) == "fewer" else -1)
            fig.failures.append((path.name, "characters", w.message))
    got = (len(res.preamble.paragraphs) + sum(len(p.preamble) for p in res.parts),
           len(res.operative) + sum(len(p.operative) for p in res.parts))
    try:
        want = expected_counts(data)
    except Exception as e:  # the test's own count fails on markup it does not know
        want = None
        fig.failures.append((path.name, "counts", f"cannot count the UN markup: {type(e).__name__}: {e}"))
    if want is not None:
        if got == want:
            fig.passed["counts"] += 1
        else:
            fig.failures.append((path.name, "counts", f"paragraph counts {got} != {want}"))
    ours = to_akn(res)
    tree = parse_xml(ours)
    if xsd := xsd_problems(tree):
        fig.failures.append((path.name, "xsd", str(xsd[0])))
    else:
        fig.passed["xsd"] += 1
    # The profile passes unless the UN's file itself breaks a rule (numbering slips, counts that
    # disagree with lists): then the profile reports it, as it should.
    slips = [p for p in check(res) if p.severity == "error"]
    profile = profile_problems(tree)
    if profile and not slips:
        fig.failures.append((path.name, "profile", str(profile[0])))
    else:
        fig.passed["profile"] += 1
    again, _ = from_akn(ours)
    if again == res:
        fig.passed["roundtrip"] += 1
    else:
        fig.failures.append((path.name, "roundtrip", "AKN → model → AKN → model is not the identity"))


def figures(unxml: Path) -> tuple[dict[tuple[str, str], Figures], list[Path]]:
    """Figures per (set, language) over the six languages, and the files in other languages."""
    table: dict[tuple[str, str], Figures] = collections.defaultdict(Figures)
    others = []
    for path in akn_files(unxml):
        lang = language_of(path)
        if lang is None:
            others.append(path)
            continue
        fig = table[(set_of(path, unxml), lang)]
        fig.files += 1
        _one(path, fig)
    return dict(table), others


def by_set(table: dict[tuple[str, str], Figures]) -> dict[str, Figures]:
    out: dict[str, Figures] = collections.defaultdict(Figures)
    for (set_name, _lang), fig in table.items():
        total = out[set_name]
        total.files += fig.files
        for m in MEASURES:
            total.passed[m] += fig.passed[m]
        total.failures += fig.failures
        total.chars += fig.chars
        total.dropped += fig.dropped
        total.unaccounted += fig.unaccounted
    return dict(out)


def print_table(table: dict[tuple[str, str], Figures], out=sys.stdout) -> None:
    head = " ".join(f"{m:>9}" for m in MEASURES)
    print(f"{'set':22} {'lang':4} {'files':>5} {head} {'chars':>9} {'dropped':>8} {'unacc.':>7}", file=out)

    def row(set_name: str, lang: str, fig: Figures) -> str:
        shares = " ".join(f"{fig.share(m):9.1%}" for m in MEASURES)
        return f"{set_name:22} {lang:4} {fig.files:5} {shares} {fig.chars:9} {fig.dropped:8} {fig.unaccounted:7}"

    for (set_name, lang), fig in sorted(table.items()):
        print(row(set_name, lang, fig), file=out)
    for set_name, fig in sorted(by_set(table).items()):
        print(row(set_name, "all", fig), file=out)


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpus/unxml"
    t, other = figures(root)
    print_table(t)
    print(f"files in other languages (not read: not one of the six): {len(other)}")
    for set_name, fig in sorted(by_set(t).items()):
        for f in fig.failures[:8]:
            print(set_name, *f)
