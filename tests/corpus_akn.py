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
from unres.langs import lang as language_table
from unres.problems import UnresError
from unres.rules import check
from unres.safexml import parse_xml, parse_xml_repairing

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


_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


def _nonempty(el) -> bool:
    return bool("".join(t for p in el.iter(A + "p") for t in p.itertext()).strip())


def expected_counts(data: bytes) -> tuple[int, int]:
    """Preambular and operative paragraphs as the UN's markup has them, read independently of unres."""
    root = parse_xml_repairing(data)[0].getroot()
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
    # meeting-in-body: a last unnumbered paragraph that a language's meeting pattern (its data table)
    # reads whole is the adoption meeting, no operative paragraph.
    if paragraphs and paragraphs[-1].find(A + "num") is None and any(
            language_table(code).match("meeting", _words(paragraphs[-1])) for code in _LANGUAGES):
        paragraphs = paragraphs[:-1]
    # separator-paragraph: a row of asterisks between groups of paragraphs ("*", "* * *") is no
    # text of a paragraph, wherever it stands.
    paragraphs = [p for p in paragraphs if _numbered(p) or p.find(A + "list") is not None or _words(p).strip("*⁂ ")]
    # table-caption-paragraph: an unnumbered paragraph of words alone (a letter in num or none) right
    # before a table is the table's caption.
    paragraphs = [p for p in paragraphs if not (not _numbered(p) and p.find(A + "list") is None
                                                and _heading_like(_words(p)) and _before_table(p))]
    # preamble-in-body: unnumbered paragraphs ending in a comma before the first numbered one are
    # the preamble's last paragraphs.
    lead = 0
    for p in paragraphs:
        if _numbered(p) or _label(p) or not _words(p).endswith((",", "،", "，")):
            break
        lead += 1
    if not any(_numbered(p) for p in paragraphs[lead:]):
        lead = 0
    containers += paragraphs[:lead]
    paragraphs = paragraphs[lead:]
    # list-item-as-paragraph: a paragraph whose num is a list's label, after a text ending in a
    # colon or after another such item, is an item of the paragraph before.
    kept, items_before, with_items = [], False, set()
    for i, p in enumerate(paragraphs):
        opens = bool(kept) and (items_before or _words(kept[-1]).endswith((":", "：")))
        # typed-item-label: a label typed at the start of an unnumbered paragraph's words, after an
        # unnumbered paragraph with a list (or such items: the Economic and Social Council's
        # unnumbered resolutions), is an item too.
        # (and after a numbered paragraph that announces the list: "… les mesures suivantes :" / "1) …")
        typed = (p.find(A + "num") is None and _TYPED_LABEL.match(_words(p)) is not None and bool(kept)
                 and (opens or kept[-1].find(A + "list") is not None)
                 and (not _numbered(kept[-1]) or (kept[-1].find(A + "list") is None and _announces(kept[-1]))))
        if (_label(p) and opens) or typed:
            items_before = True
            with_items.add(len(kept) - 1)
            continue
        if (opens and p.find(A + "num") is None and not _numbered(p) and _heading_like(_words(p))
                and i + 1 < len(paragraphs) and _label(paragraphs[i + 1])):
            continue  # a heading printed above the next item (dropped with it, as a point's heading)
        items_before = False
        kept.append(p)
    paragraphs = kept
    # The unnumbered text after such items closes their list (the reader's wrap-up).
    item_wrap_ups = sum(1 for i in with_items if i + 1 < len(paragraphs) and _numbered(paragraphs[i])
                        and paragraphs[i + 1].find(A + "num") is None and paragraphs[i + 1].find(A + "list") is None
                        and not _numbered(paragraphs[i + 1]))
    # heading-as-paragraph: a short unnumbered text without the punctuation that ends a paragraph
    # (its letter, if any, in num: "B."), before a numbered paragraph (headings between them aside),
    # is a heading.
    headings = set()
    for i in range(len(paragraphs) - 1, -1, -1):
        p = paragraphs[i]
        if ((p.find(A + "num") is None or _label(p)) and p.find(A + "list") is None and not _numbered(p)
                and _heading_like(_words(p)) and i + 1 < len(paragraphs)
                and (_numbered(paragraphs[i + 1]) or i + 1 in headings)
                and (i == 0 or _numbered(paragraphs[i - 1]) or _heading_like(_words(paragraphs[i - 1])))):
            headings.add(i)
    paragraphs = [p for i, p in enumerate(paragraphs) if i not in headings]
    # unnumbered-continues: an unnumbered paragraph (no list) after a numbered one without a list, or
    # after the text that closed a numbered one's list, goes on with it (after such paragraphs too).
    # table-breaks-paragraph: not after a table among the paragraphs (the notes under a budget
    # resolution's staffing table, "Abbreviations: …"), which ended the paragraph before it.
    # announced-items: not after a numbered one that announces it with a colon (outside a quotation),
    # unless it opens with a quotation, a bracket or a short label (the paragraph's own quotation or list).
    continued, goes_on, closing, announcing, part = 0, False, False, False, None
    for i, p in enumerate(paragraphs):
        within = next((a for a in p.iterancestors() if a.tag in (A + "section", A + "part")), None)
        if within is not part:  # (a part's paragraphs go on with nothing of the part before)
            goes_on = closing = False
            part = within
        if _numbered(p):
            closing = p.find(A + "list") is not None or i in with_items
            goes_on = not closing
            announcing = goes_on and _announces(p)
        elif p.find(A + "list") is None and goes_on and announcing and _announced_item(_words(p)):
            goes_on = closing = announcing = False
        elif p.find(A + "list") is None and (goes_on or closing) and not _after_table(p):
            continued += not closing  # (the first after a list is its wrap-up, counted below)
            goes_on, closing, announcing = True, False, False
        else:
            goes_on = closing = False
    # An unnumbered paragraph right after a numbered one with a list is read as its wrap-up.
    # (Not after a paragraph whose list is a table's heading, the table after it: table-heading-point.)
    wrap_ups = sum(1 for before, p in zip(paragraphs, paragraphs[1:], strict=False)
                   if p.find(A + "num") is None and p.find(A + "list") is None
                   and before.find(A + "num") is not None and before.find(A + "list") is not None
                   and not _table_heading(before))
    # In a resolution adopted in parts, each part's preamble is its crossHeadings, with the
    # lettered paragraphs between them.
    # Lettered paragraphs right after a crossHeading that ends with a colon (and after each other)
    # are its items, one preambular paragraph with it (preamble-items).
    part_preamble = items = 0
    for sec in st.find(A + "mainBody").iterfind(A + "section"):
        children = [c for c in sec if c.tag in (A + "crossHeading", A + "paragraph")]
        last = max((i for i, c in enumerate(children) if c.tag == A + "crossHeading"), default=-1)
        part_preamble += last + 1
        in_items = False
        for before, c in zip(children, children[1:last + 1], strict=False):
            lettered_item = c.tag == A + "paragraph" and c.find(A + "num") is not None
            in_items = lettered_item and (in_items or "".join(before.itertext()).strip().endswith((":", "：")))
            items += in_items
    lettered = part_preamble - sum(1 for _ in st.iter(A + "crossHeading"))
    pre = len(containers) + part_preamble - items
    ops = len(paragraphs) - wrap_ups - item_wrap_ups - lettered - continued
    # preamble-lower-case-goes-on: a container starting in lower case after one ending with a comma
    # is its last clause (not in Russian, whose preambular paragraphs open in lower case).
    words = [_words(c).strip() for c in containers]
    if st.find(f".//{A}FRBRExpression/{A}FRBRlanguage[@language='rus']") is None:
        pre -= sum(1 for a, b, c in zip(words, words[1:], containers[1:], strict=False)
                   if b[:1].islower() and a[-1:] in ",،，" and c.find(f".//{A}num") is None)
    # numbered-in-preamble: the last containers typed "1. …", "2. …" before the body's paragraph n.
    nums = ["".join(n.itertext()) for p in paragraphs if (n := p.find(A + "num")) is not None]
    first = next((int(m.group(1)) for n in nums if (m := re.match(r"\s*(\d+)", n))), None)
    if first and first > 1 and len(words) >= first - 1 and all(
            re.match(rf"{k + 1}\.\s", w) for k, w in enumerate(words[len(words) - first + 1:])):
        pre, ops = pre - (first - 1), ops + first - 1
    # unnumbered-in-preamble: no numbered paragraph in the body: the last containers from the first
    # not ending with a comma on (none after it ending with one, one or two of them) are operative.
    if paragraphs and not any(_numbered(p) for p in paragraphs):
        k = next((i for i, w in enumerate(words) if w[-1:] not in ",،，"), len(words))
        if 0 < len(words) - k <= 2 and not any(w[-1:] in ",،，" for w in words[k:]):
            pre, ops = pre - (len(words) - k), ops + len(words) - k
    return pre, ops


# A label typed at the start of a paragraph's words: "(ﻫ)", "c)", "’26‘", "(十一)".
_TYPED_LABEL = re.compile(r"\s*(?:\([^\s()]{1,4}\)|[^\s()]{1,3}\)|’\d{1,2}‘)\s")


def _before_table(p) -> bool:
    """Whether the element right after p holds a table (the UN's container named table)."""
    after = p.getnext()
    return after is not None and after.tag == A + "container" and after.find(".//" + A + "table") is not None


def _after_table(p) -> bool:
    """Whether the element right before p holds a table (the UN's container named table)."""
    before = p.getprevious()
    return before is not None and before.tag == A + "container" and before.find(".//" + A + "table") is not None


def _table_heading(p) -> bool:
    """table-heading-point: a paragraph whose list is one point, a table right after it."""
    nxt = p.getnext()
    return (len(p.findall(f"{A}list/{A}point")) == 1 and nxt is not None
            and (nxt.tag == A + "table" or nxt.find(A + "table") is not None))


def _words(el) -> str:
    """The words of an element's p, its footnotes aside."""
    out = []
    for p in el.iter(A + "p"):
        if any(a.tag == A + "authorialNote" for a in p.iterancestors()):
            continue
        out.append(p.text or "")
        for child in p:
            if child.tag != A + "authorialNote":
                out.append("".join(child.itertext()))
            out.append(child.tail or "")
    return " ".join("".join(out).split())


def _heading_like(words: str) -> bool:
    """A heading's text: short, without the punctuation that ends a paragraph (an abbreviation or a
    name closing it aside: "UN Support Office in Somalia (UNSOS)")."""
    bare = re.sub(r"\s*(?:\([^()]{1,40}\)|（[^（）]{1,40}）|«[^«»]{1,60}»|“[^“”]{1,60}”)$", "", words)
    return 0 < len(words) <= 120 and bool(bare) and bare[-1] not in ".,;:!?。，；：！？、»”\")）]؛،"


_QUOTES = ("«»", "“”", "「」", "『』")
_ITEM_NOT = re.compile(r"\s*(?:[«“„「『‘’'\"”(\[（《【]|\w{1,3}[.)])")


def _announces(p) -> bool:
    """A paragraph's words end with a colon, outside any quotation they opened."""
    words = _words(p).rstrip()
    return words.endswith((":", "：")) and all(words.count(a) == words.count(b) for a, b in _QUOTES)


def _announced_item(words: str) -> bool:
    """Words that open an item announced, not a quotation, a bracket or a short label."""
    return bool(words.strip()) and _ITEM_NOT.match(words) is None


def _numbered(p) -> bool:
    """A paragraph numbered by its num's digits or by digits typed at the head of its text ("1 -\t…")."""
    num = p.find(A + "num")
    text = "".join(num.itertext()) if num is not None else ""
    return bool(re.search(r"\d", text)) and not _label(p) or bool(re.match(r"\d{1,4} ?[-–.]? ", _words(p)))


def _label(p) -> bool:
    """Whether a paragraph's num is a list's label: no digits ("(أ)", "a."), or digits in quotes ("’1‘")."""
    num = p.find(A + "num")
    text = " ".join("".join(num.itertext()).split()) if num is not None else ""
    return bool(text) and (not re.search(r"\d", text) or bool(re.fullmatch(r"’\d+‘", text)))


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
    fig.chars += body_characters(statement(parse_xml_repairing(data)[0].getroot(), None))
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
