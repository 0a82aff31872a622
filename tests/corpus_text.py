"""Shared by the corpus test: parse PDF-like text of every UN AKN file and compare with the AKN,
per language and body, leaving out files whose counts disagree with the majority of their six
language versions (UN markup slips). Files laid out as other extractions give ("flat", "lines":
see pdftext.py) are counted apart, per extraction and language."""

from __future__ import annotations

import collections
import re
import unicodedata
from pathlib import Path

from unres.problems import UnresError
from unres.text.parse import parse_text

from corpus_sets import LANG_DIRS, akn_files, language_of, set_of
from pdftext import _norm, extraction_for, pdf_text


def _key(path: Path) -> str:
    stem = path.stem
    return re.sub(r"[ACEFRS]$", "", re.sub(r"_[ACEFRS]$", "", stem))


def _cmp_text(lang: str, s: str) -> str:
    # Invisible format characters (left-to-right marks in the UN's files) are not text.
    s = "".join(c for c in unicodedata.normalize("NFC", s) if unicodedata.category(c) != "Cf")
    s = " ".join(s.split())
    return re.sub(r"\s+", "", s) if lang == "zh" else s


def _flat(op) -> str:
    parts = [op.text]

    def walk(subs):
        for s in subs:
            parts.append(s.label)
            parts.append(s.text)
            walk(s.subparagraphs)

    walk(op.subparagraphs)
    if op.wrap_up is not None:
        parts.append(op.wrap_up.text)
    return " ".join(p for p in parts if p)


def _where(g: str, w: str) -> str:
    k = next((j for j in range(min(len(g), len(w))) if g[j] != w[j]), min(len(g), len(w)))
    return f"at {k}: {g[max(0, k - 30):k + 30]!r} vs {w[max(0, k - 30):k + 30]!r}"


def _compare(lang: str, where: str, got: list[str], want: list[str]) -> str:
    if len(got) != len(want):
        return f"{where} {len(got)} != {len(want)}"
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        if _cmp_text(lang, g) != _cmp_text(lang, w):
            return f"{where} {i + 1} text {_where(_cmp_text(lang, g), _cmp_text(lang, w))}"
    return ""


def _compare_operative(lang: str, where: str, got, want, headings) -> str:
    if len(got) != len(want):
        return f"{where} {len(got)} != {len(want)}"
    for i, (g, (num, w), h) in enumerate(zip(got, want, headings, strict=True)):
        if g.number != num:
            return f"{where} {i + 1} number {g.number!r} != {num!r}"
        if _cmp_text(lang, _flat(g)) != _cmp_text(lang, w):
            return f"{where} {i + 1} text {_where(_cmp_text(lang, _flat(g)), _cmp_text(lang, w))}"
        if [_cmp_text(lang, x) for x in g.headings] != [_cmp_text(lang, x) for x in h]:
            return f"{where} {i + 1} headings {g.headings!r} != {h!r}"
    return ""


def check_file(path: Path, layout: str | None = None):
    """(ok, reason, expected) for one AKN file, laid out by layout (else by its name's)."""
    lang = LANG_DIRS[path.parent.name]
    text, exp = pdf_text(path.read_bytes(), path.name, layout)
    try:
        parsed = parse_text(text, None)
        res, warnings = parsed.resolution, parsed.warnings
    except UnresError as e:
        return False, f"error: {e.problems[0]}", exp
    if res.metadata.language != lang:
        return False, f"language {res.metadata.language} detected", exp
    md = res.metadata
    if exp.cover is not None:
        # A body line that is no body's name (Arabic ECOSOC covers print the formula there) may
        # be left out, when it is reported.
        reported = any(w.code == "text-header-unknown" and exp.cover[1][0] in w.message for w in warnings)
        body_ok = _norm(md.body_name or "") in exp.cover[1] or (md.body_name is None and reported)
        if md.symbol != exp.cover[0] or not body_ok or md.distribution != exp.cover[2]:
            return False, f"cover {(md.symbol, md.body_name, md.distribution)} != {exp.cover}", exp
    problem = (_compare(lang, "preamble", [p.text for p in res.preamble.paragraphs], exp.preamble)
               or _compare_operative(lang, "operative", res.operative, exp.operative, exp.headings))
    if problem:
        return False, problem, exp
    if len(res.parts) != len(exp.parts):
        return False, f"parts {len(res.parts)} != {len(exp.parts)}", exp
    for k, (got, want) in enumerate(zip(res.parts, exp.parts, strict=True)):
        if got.label != want.label or _cmp_text(lang, got.title or "") != _cmp_text(lang, want.title or ""):
            return False, f"part {k + 1} heading {got.label!r} {got.title!r} != {want.label!r} {want.title!r}", exp
        problem = (_compare(lang, f"part {k + 1} preamble", [p.text for p in got.preamble], want.preamble)
                   or _compare_operative(lang, f"part {k + 1} operative", got.operative, want.operative,
                                         want.headings))
        if problem:
            return False, problem, exp
    if exp.counts is not None:
        v = res.vote
        got = tuple(s.count for _, s in v.sides()) if v.type == "recorded" else None
        if got != exp.counts:
            return False, f"vote {got} != {exp.counts}", exp
    elif exp.without_vote and res.vote.type not in ("without_vote", "consensus"):
        return False, f"vote type {res.vote.type}", exp
    return True, "", exp


def run(corpus: Path):
    """Figures per (set, language) — sets as in corpus_sets: "sc/2021", "ga/emergency/ES-10" —
    and per (extraction, set, language); files in languages other than the six are left out."""
    unxml = corpus / "unxml"
    files = [f for f in akn_files(unxml) if language_of(f) is not None]
    results = {}
    other = {}  # file → (extraction, ok, reason)
    shapes = collections.defaultdict(dict)
    for f in files:
        try:
            ok, reason, exp = check_file(f)
        except Exception as e:  # a defect of the test's own layout of a broken UN file
            results[f] = (False, f"unreadable UN file: {type(e).__name__}: {e}")
            continue
        results[f] = (ok, reason)
        if extraction := extraction_for(f.name):
            other[f] = (extraction, *check_file(f, extraction)[:2])
        numbers = tuple(num for num, _ in exp.operative)
        parts = tuple((len(p.preamble), tuple(num for num, _ in p.operative)) for p in exp.parts)
        shapes[(set_of(f, unxml), _key(f))][f] = (len(exp.preamble), numbers, parts, exp.counts)
    slips = set()
    for versions in shapes.values():
        counter = collections.Counter(versions.values())
        majority, _ = counter.most_common(1)[0]
        slips.update(f for f, shape in versions.items() if shape != majority)
    table = collections.defaultdict(lambda: [0, 0])  # (set, language) → [right, all]
    extractions = collections.defaultdict(lambda: [0, 0])  # (extraction, set, language) → [right, all]
    failures = []  # (file, reason); reasons of other extractions start with "[flat]" or "[lines]"
    for f, (ok, reason) in results.items():
        if f in slips or reason.startswith("unreadable UN file"):
            continue
        lang = LANG_DIRS[f.parent.name]
        key = (set_of(f, unxml), lang)
        table[key][1] += 1
        table[key][0] += ok
        if not ok:
            failures.append((f, reason))
        if f in other:
            extraction, ok, reason = other[f]
            extractions[(extraction, *key)][1] += 1
            extractions[(extraction, *key)][0] += ok
            if not ok:
                failures.append((f, f"[{extraction}] {reason}"))
    unreadable = {f for f, r in results.items() if r[1].startswith("unreadable")}
    return table, extractions, failures, sorted(slips | unreadable)
