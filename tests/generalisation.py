"""Measures how the text reader reads layouts it was not tuned on (issue 22): every UN AKN file
of the corpus laid out by each generator — `pdf` (pdfvariants.py: PDF text, settings drawn per
document) and `blocks` (blocktext.py: paragraph-block extraction) —, read by unres, compared
with the AKN as corpus_text.check_text compares (cover, preambular texts, operative numbers,
texts and headings, parts, vote), leaving out the UN's markup slips as corpus_text.run does.

Figures per generator, set and language; sets fall in DEVELOPMENT or HELD_OUT (corpus_sets.py).
Used by tests/test_corpus.py (floors per set) and benchmarks/generalisation.py (tables).
"""

from __future__ import annotations

import collections
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import blocktext
import pdfvariants
from akndoc import Doc, read_akn
from corpus_sets import akn_files, body_of, group_of, language_of, set_of
from corpus_text import check_text, markup_slips, resolution_key, shape
from pages import Laid, with_choice
from undecidable import other_reading

Generator = Callable[[Doc, str], Laid]
GENERATORS: dict[str, Generator] = {"pdf": pdfvariants.lay_out, "blocks": blocktext.lay_out}
_MODULES = {"pdf": pdfvariants, "blocks": blocktext}


def one_at_a_time(generator: str) -> dict[str, Generator]:
    """The generator's baseline, and the baseline with each other choice alone ("rule=dashes",
    "width=64"…): what each choice costs the reader by itself."""
    module = _MODULES[generator]
    base = module.BASELINE

    def fixed(variant) -> Generator:
        return lambda doc, name: module.lay_out_as(doc, name, variant)

    out = {"baseline": fixed(base)}
    for name, weighted in module.OPTIONS.items():
        now = dict(base.choices())[name]
        for value, _ in weighted:
            if value != now:
                out[f"{name}={_shown(value)}"] = fixed(with_choice(base, name, value))
    for name, values in (("width", module.WIDTHS), ("page_len", module.PAGE_LENGTHS)):
        for value in values:
            out[f"{name}={value}"] = fixed(with_choice(base, name, value))
    return out


def _shown(value: object) -> str:
    return ",".join(value) if isinstance(value, tuple) else str(value)


@dataclass(frozen=True)
class Result:
    path: Path
    set_name: str
    lang: str
    generator: str
    ok: bool
    reason: str
    choices: tuple[tuple[str, object], ...]
    # Wrong by the UN's markup, but exactly right for another document that this layout prints as the
    # very same text (undecidable.py): the input could not decide.
    undecidable: bool = False


@dataclass
class Measurement:
    results: list[Result] = field(default_factory=list)  # markup slips left out
    slips: list[Path] = field(default_factory=list)
    # of the slips, those the plain majority would have counted (corpus_text.reference_shape)
    slips_by_sequence: list[Path] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)  # UN files the test's reader cannot read
    # UN files filed under another language's folder (the corpus' Chinese folder holds a copy of the
    # Arabic file of one resolution): the document's own FRBRlanguage decides what it is, and a
    # reader that says "Arabic" of an Arabic text is right — left out of the language's figures.
    misfiled: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per generator: lay out, read, compare
    files: int = 0

    def table(self, generator: str, decided: bool = False) -> dict[tuple[str, str], list[int]]:
        """(set, language) → [right, all]; decided: counting as right the documents the input could
        not decide (undecidable.py)."""
        out: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
        for r in self.results:
            if r.generator == generator:
                out[(r.set_name, r.lang)][0] += r.ok or (decided and r.undecidable)
                out[(r.set_name, r.lang)][1] += 1
        return dict(out)

    def pooled(self, generator: str, key: Callable[[str, str], tuple], decided: bool = False
               ) -> dict[tuple, list[int]]:
        """The table pooled by key(set, language): per body and language, per group…"""
        out: dict[tuple, list[int]] = collections.defaultdict(lambda: [0, 0])
        for (set_name, lang), (ok, n) in self.table(generator, decided).items():
            out[key(set_name, lang)][0] += ok
            out[key(set_name, lang)][1] += n
        return dict(out)

    def failures(self, generator: str, group: str) -> list[Result]:
        return [r for r in self.results if r.generator == generator and not r.ok and group_of(r.set_name) == group]


def by_body(set_name: str, lang: str) -> tuple[str, str, str]:
    return group_of(set_name), body_of(set_name), lang


def by_group(set_name: str, lang: str) -> tuple[str, str]:
    return group_of(set_name), lang


def sampled(path: Path, sample: int) -> bool:
    """One resolution in `sample`, all its language versions together (so slips are still found)."""
    return sample <= 1 or int(hashlib.sha1(resolution_key(path).encode()).hexdigest(), 16) % sample == 0


def measure(unxml: Path, generators: dict[str, Generator] | None = None, sample: int = 1,
            sets: tuple[str, ...] | None = None) -> Measurement:
    generators = generators or GENERATORS
    files = [f for f in akn_files(unxml) if language_of(f) is not None and sampled(f, sample)
             and (sets is None or set_of(f, unxml) in sets)]
    m = Measurement(seconds={g: 0.0 for g in generators}, files=len(files))
    shapes: dict[tuple[str, str], dict[Path, tuple]] = collections.defaultdict(dict)
    results = []
    for f in files:
        try:
            doc, exp = read_akn(f.read_bytes())
        except Exception:  # a UN file the test's own reader cannot read (one is not well-formed)
            m.unreadable.append(f)
            continue
        set_name, lang = set_of(f, unxml), language_of(f)
        if doc.lang != lang:
            m.misfiled.append(f)
            continue
        shapes[(set_name, resolution_key(f))][f] = shape(exp)
        for name, lay_out in generators.items():
            start = time.perf_counter()
            laid = lay_out(doc, f.name)
            try:
                ok, reason = check_text(laid.text, exp, lang, laid.folds)
            except Exception as e:  # the reader broke: a failure to count, not a stop
                ok, reason = False, f"crash: {type(e).__name__}: {e}"
            m.seconds[name] += time.perf_counter() - start
            undecided = not ok and failure_class(reason) == "preamble count" and other_reading(
                doc, exp, laid, lay_out, f.name, lang)
            results.append(Result(f, set_name, lang, name, ok, reason, laid.choices, undecided))
    slips = markup_slips(shapes)
    m.slips = sorted(slips)
    m.slips_by_sequence = sorted(slips - markup_slips(shapes, in_sequence_first=False))
    m.results = [r for r in results if r.path not in slips]
    return m


def measure_short(unxml: Path, generators: dict[str, Generator] | None = None, sample: int = 1,
                  sets: tuple[str, ...] | None = None) -> list[Result]:
    """Short resolutions (shortdocs.py: each file cut to its first paragraphs), laid out by each generator and
    read: one Result per file and generator, the UN's markup slips (versions whose cut shapes disagree) left out.
    Reported apart from the cells, which measure the whole texts."""
    from shortdocs import cut

    generators = generators or GENERATORS
    results = []
    shapes: dict[tuple[str, str], dict[Path, tuple]] = collections.defaultdict(dict)
    for f in akn_files(unxml):
        lang = language_of(f)
        if lang is None or not sampled(f, sample) or (sets is not None and set_of(f, unxml) not in sets):
            continue
        try:
            doc, exp = read_akn(f.read_bytes())
        except Exception:  # (measure counts those)
            continue
        short = cut(doc, exp, resolution_key(f)) if doc.lang == lang else None
        if short is None:
            continue
        set_name = set_of(f, unxml)
        shapes[(set_name, resolution_key(f))][f] = shape(short[1])
        for name, lay_out in generators.items():
            laid = lay_out(short[0], f.name)
            try:
                ok, reason = check_text(laid.text, short[1], lang, laid.folds)
            except Exception as e:  # the reader broke: a failure to count, not a stop
                ok, reason = False, f"crash: {type(e).__name__}: {e}"
            # The same test as measure's: a short text is cut from a whole one, so the layout can make it
            # undecidable the same way (a preamble cut by a page where either reading is a document).
            undecided = not ok and failure_class(reason) == "preamble count" and other_reading(
                short[0], short[1], laid, lay_out, f.name, lang)
            results.append(Result(f, set_name, lang, name, ok, reason, laid.choices, undecided))
    slips = markup_slips(shapes)
    return [r for r in results if r.path not in slips]


def measure_collections(unxml: Path, generators: dict[str, Generator] | None = None,
                        sets: tuple[str, ...] | None = None) -> list[tuple[Path, str, dict[str, str]]]:
    """The resolutions the UN publishes in parts as a documentCollection (A/RES/77/128 A-B), which
    measure leaves out as unreadable: each laid out by each generator and read, (file, language,
    {generator: "" when exactly right, else the reason}), the UN's markup slips left out. Reported
    apart from the cells (their parts, each with its own title, formula and closing, are a class
    the reader began to read in round sixteen)."""
    generators = generators or GENERATORS
    out = []
    shapes: dict[tuple[str, str], dict[Path, tuple]] = collections.defaultdict(dict)
    for f in akn_files(unxml):
        lang = language_of(f)
        if lang is None or (sets is not None and set_of(f, unxml) not in sets):
            continue
        data = f.read_bytes()
        if b"<documentCollection" not in data[:4000]:
            continue
        doc, exp = read_akn(data, collections=True)
        shapes[(set_of(f, unxml), resolution_key(f))][f] = shape(exp)
        reasons = {}
        for name, lay_out in generators.items():
            laid = lay_out(doc, f.name)
            try:
                ok, reason = check_text(laid.text, exp, lang, laid.folds)
            except Exception as e:  # the reader broke: a failure to count, not a stop
                ok, reason = False, f"crash: {type(e).__name__}: {e}"
            reasons[name] = "" if ok else reason
        out.append((f, lang, reasons))
    # (A language version whose counts differ from the majority's is the UN's markup slip, as in measure.)
    slips = markup_slips(shapes)
    return [row for row in out if row[0] not in slips]


def failure_class(reason: str) -> str:
    """A reason without its particulars (numbers, texts), for counting failures by kind:
    "no output [text-no-formula]", "preamble count", "operative text", "cover", "vote"…"""
    if reason.startswith("error: "):
        code = re.search(r"\[([a-z0-9-]+)\]", reason)
        return f"no output [{code.group(1) if code else '?'}]"
    reason = re.sub(r"^part \d+", "part k", reason)
    m = re.match(r"((?:part k )?(?:preamble|operative)) (?:\d+ (text|number|headings)|\d+ != \d+)", reason)
    if m:
        return f"{m.group(1)} {m.group(2) or 'count'}"
    return " ".join(reason.split(" ")[:3 if reason.startswith("part k") else 1]).rstrip(":")


def by_choice(m: Measurement, generator: str, group: str) -> dict[tuple[str, str], list[int]]:
    """(choice, value) → [right, all] over the group: which drawn settings the reader trips on."""
    out: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    for r in m.results:
        if r.generator != generator or group_of(r.set_name) != group:
            continue
        for k, v in r.choices:
            if k in ("width", "page_len", "job"):
                continue
            out[(k, str(v))][0] += r.ok
            out[(k, str(v))][1] += 1
    return dict(out)
