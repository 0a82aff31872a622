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
from unres.text.decode import PRESENTATION_FORMS
from unres.text.parse import parse_text

from akndoc import STRAIGHT_QUOTES
from corpus_sets import LANG_DIRS, akn_files, language_of, set_of
from pdftext import Expected, _norm, extraction_for, pdf_text


def resolution_key(path: Path) -> str:
    """The resolution a file is a language version of (its name without the language letter)."""
    stem = path.stem
    return re.sub(r"[ACEFRS]$", "", re.sub(r"_[ACEFRS]$", "", stem))


def fold(folds: tuple[str, ...], s: str) -> str:
    """What a layout legitimately changes, folded on both sides of a comparison: "quotes" (curly
    quotes and apostrophes printed straight), "brackets" (the UN's Arabic markup leaves the
    brackets of a mark "(1)" in the text when the mark is taken out: "2030()،" and "2030،" are
    both right), "spacing" (marks set apart from the word leave spaces beside punctuation); "capitals" (a cover
    printed in capitals) folds the case of the distribution only, in check_text."""
    if "quotes" in folds:
        s = s.translate(STRAIGHT_QUOTES)
    if "brackets" in folds:
        s = s.replace("()", "")
    if "spacing" in folds:
        s = re.sub(r"\s+(?=[,;:.!?)\]»”،؛。，；：])", "", s)
        # (A quotation mark before punctuation closes a quotation, whichever mark the language
        # closes with: Arabic "… 2030“،", a straight '"؛'.)
        s = re.sub(r"\s+(?=[\"“”](?:[,;:.!?،؛。，；：]|$))", "", s)
        s = re.sub(r"(?<=[(\[«“])\s+", "", s)
    return s


_HYPHEN_SPACE = re.compile(r"(?<=\w)-\s+(?=\w)")


def _cmp_text(lang: str, s: str, folds: tuple[str, ...] = ()) -> str:
    # Invisible format characters (left-to-right marks in the UN's files) are not text.
    s = "".join(c for c in unicodedata.normalize("NFC", s) if unicodedata.category(c) != "Cf")
    # Presentation forms (shaped Arabic letters some UN files keep, "واﻟﻌﻤﻞ") are folded to their
    # letters by the reader, which reports it (text-presentation-forms): compared folded.
    s = PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s)
    s = " ".join(fold(folds, s).split())
    # A hyphen at a line's end says nothing of a space after it: the UN's "self- determination" (a
    # hyphenation slip the source keeps) and "self-determination" read the same where the wrap fell
    # after the hyphen — no reader can tell them apart there.
    s = _HYPHEN_SPACE.sub("-", s)
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


def _compare(norm, where: str, got: list[str], want: list[str]) -> str:
    if len(got) != len(want):
        return f"{where} {len(got)} != {len(want)}"
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        if norm(g) != norm(w):
            return f"{where} {i + 1} text {_where(norm(g), norm(w))}"
    return ""


def _compare_operative(norm, where: str, got, want, headings) -> str:
    if len(got) != len(want):
        return f"{where} {len(got)} != {len(want)}"
    for i, (g, (num, w), h) in enumerate(zip(got, want, headings, strict=True)):
        if g.number != num:
            return f"{where} {i + 1} number {g.number!r} != {num!r}"
        if norm(_flat(g)) != norm(w):
            return f"{where} {i + 1} text {_where(norm(_flat(g)), norm(w))}"
        if [norm(x) for x in g.headings] != [norm(x) for x in h]:
            return f"{where} {i + 1} headings {g.headings!r} != {h!r}"
    return ""


def check_file(path: Path, layout: str | None = None):
    """(ok, reason, expected) for one AKN file, laid out by layout (else by its name's)."""
    lang = LANG_DIRS[path.parent.name]
    text, exp = pdf_text(path.read_bytes(), path.name, layout)
    return (*check_text(text, exp, lang), exp)


def check_text(text: str, exp: Expected, lang: str, folds: tuple[str, ...] = ()) -> tuple[bool, str]:
    """(ok, reason): the text read as the expectations say — cover, preambular texts, operative
    numbers, texts and headings, parts, vote —, texts compared after the folds (see fold)."""
    try:
        parsed = parse_text(text, None)
        res, warnings = parsed.resolution, parsed.warnings
    except UnresError as e:
        return False, f"error: {e.problems[0]}"
    if res.metadata.language != lang:
        return False, f"language {res.metadata.language} detected"
    md = res.metadata

    def norm(s: str) -> str:
        return _cmp_text(lang, s, folds)

    if exp.cover is not None:
        # A body line that is no body's name (Arabic ECOSOC covers print the formula there) may
        # be left out, when it is reported.
        reported = any(w.code == "text-header-unknown" and exp.cover[1][0] in w.message for w in warnings)
        body_ok = _norm(md.body_name or "") in exp.cover[1] or (md.body_name is None and reported)
        # ("capitals": a cover printed in capitals, "Distr. GENERAL", cannot say how the file writes the word)
        dist_ok = md.distribution == exp.cover[2] or ("capitals" in folds and (md.distribution or "").casefold()
                                                       == (exp.cover[2] or "").casefold())
        if md.symbol != exp.cover[0] or not body_ok or not dist_ok:
            return False, f"cover {(md.symbol, md.body_name, md.distribution)} != {exp.cover}"
    problem = (_compare(norm, "preamble", [p.text for p in res.preamble.paragraphs], exp.preamble)
               or _compare_operative(norm, "operative", res.operative, exp.operative, exp.headings))
    if problem:
        return False, problem
    if len(res.parts) != len(exp.parts):
        return False, f"parts {len(res.parts)} != {len(exp.parts)}"
    for k, (got, want) in enumerate(zip(res.parts, exp.parts, strict=True)):
        if got.label != want.label or norm(got.title or "") != norm(want.title or ""):
            return False, f"part {k + 1} heading {got.label!r} {got.title!r} != {want.label!r} {want.title!r}"
        problem = (_compare(norm, f"part {k + 1} preamble", [p.text for p in got.preamble], want.preamble)
                   or _compare_operative(norm, f"part {k + 1} operative", got.operative, want.operative,
                                         want.headings))
        if problem:
            return False, problem
    if exp.counts is not None:
        v = res.vote
        got_counts = tuple(s.count for _, s in v.sides()) if v.type == "recorded" else None
        if got_counts != exp.counts:
            return False, f"vote {got_counts} != {exp.counts}"
    elif exp.without_vote and res.vote.type not in ("without_vote", "consensus"):
        return False, f"vote type {res.vote.type}"
    return True, ""


def shape(exp: Expected) -> tuple:
    """What the six language versions of one resolution must share: paragraph counts and numbers,
    parts, vote counts."""
    numbers = tuple(num for num, _ in exp.operative)
    parts = tuple((len(p.preamble), tuple(num for num, _ in p.operative)) for p in exp.parts)
    return len(exp.preamble), numbers, parts, exp.counts


def numbered_in_sequence(shape_: tuple) -> bool:
    """Whether a version's operative paragraphs, at the top and in each part, are numbered 1, 2, … n
    without a gap, a repeat or an unnumbered paragraph among them."""
    _, numbers, parts, _ = shape_
    # A resolution in parts numbers each part from 1; its top level holds no paragraph of its own.
    runs = [*([numbers] if numbers or not parts else []), *(ops for _, ops in parts)]
    return all(run and run == tuple(str(i) for i in range(1, len(run) + 1)) for run in runs)


def reference_shape(shapes: collections.Counter, in_sequence_first: bool = True) -> tuple:
    """The shape a resolution's language versions are measured against: the majority — but among
    the versions whose operative paragraphs are numbered in sequence, when any is. Why: a slip the
    UN's markup makes in most of its language versions (lettered items of a paragraph marked up as
    unnumbered operative paragraphs in five languages, numbered right in the sixth: S/RES/2609,
    2610) would otherwise be the majority, and the one well-made version the "slip". The text's own
    paragraph numbers say which is right; a resolution none of whose versions is numbered in
    sequence is measured against the plain majority, as before."""
    in_sequence = collections.Counter({s: n for s, n in shapes.items()
                                       if in_sequence_first and numbered_in_sequence(s)})
    return (in_sequence or shapes).most_common(1)[0][0]


def markup_slips(shapes: dict, in_sequence_first: bool = True) -> set:
    """Files whose shape differs from the reference shape of their language versions (UN markup
    slips; see reference_shape). shapes: resolution key → {file: shape}. in_sequence_first=False:
    the plain majority (to report what the in-sequence rule adds)."""
    slips = set()
    for versions in shapes.values():
        reference = reference_shape(collections.Counter(versions.values()), in_sequence_first)
        slips.update(f for f, s in versions.items() if s != reference)
    return slips


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
        shapes[(set_of(f, unxml), resolution_key(f))][f] = shape(exp)
    slips = markup_slips(shapes)
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
