"""Text → model on layouts the reader was not tuned on (issue 22): the share of documents read
exactly right, per set, language and body, for each generator of tests/generalisation.py —
`pdf` (PDF text, settings drawn at random per document) and `blocks` (paragraph-block
extraction) —, the development and held-out sets apart (tests/corpus_sets.py).

    python benchmarks/generalisation.py               # full corpus, both generators
    python benchmarks/generalisation.py --failures    # and the DEVELOPMENT sets' failures by class
    python benchmarks/generalisation.py --choices     # and each choice alone over the baseline
                                                      #   (development sets, 1 resolution in 5)
    python benchmarks/generalisation.py --sample 10   # 1 resolution in 10 (all its languages)
    python benchmarks/generalisation.py --development --failures   # the development sets alone
    python benchmarks/generalisation.py --draws s2    # every document laid out with fresh draws
    python benchmarks/generalisation.py --no-hanging  # without UN print's columns kept (pdftotext -layout, 1 in 4)
    python benchmarks/generalisation.py --markdown    # and text as PDF-to-Markdown extractors write it, 1 in 4
    python benchmarks/generalisation.py --dump out.jsonl   # and every reading, one JSON line each, for
                                                      #   benchmarks/compare_readings.py (before/after a change)
    UNRES_BENCH_QUICK=1 python benchmarks/generalisation.py   # quick mode: 1 in 25

Short resolutions are printed apart: each file cut to its first paragraphs (tests/shortdocs.py), its
whole text on the cover's page.

Failures are printed for the development sets only, never for the held-out ones: look at those
while working on the reader, and at the held-out figures only to report them.

Fresh draws (`--draws NAME`, tests/pages.py DRAWS): each document drew its layout once, and the
reader's rules were made on those layouts; other draws lay out the same documents in ways no rule
was made on. Their figure on the development sets, against the usual draws', is what was fitted to
one layout per document rather than learnt of the class; a named draw whose failures were looked
at is spent — report a new one.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time

from _common import QUICK, ROOT, SHARED, machine

sys.path.insert(0, str(ROOT / "tests"))

import pages  # noqa: E402
from corpus_sets import DEVELOPMENT, HELD_OUT, LANG_DIRS, group_of, set_of  # noqa: E402
from generalisation import (  # noqa: E402
    GENERATORS,
    Measurement,
    Result,
    by_body,
    by_choice,
    by_group,
    failure_class,
    measure,
    measure_collections,
    measure_short,
    one_at_a_time,
)

LANGS = sorted(LANG_DIRS.values())


def dump_line(kind: str, r: Result | tuple, corpus) -> str:
    """One reading as a JSON line: which document, which measure (`whole`, `short`, `collection`),
    generator, right or not and why, and the set's group — what compare_readings.py pairs up."""
    if isinstance(r, tuple):  # a collection: (file, language, {generator: reason})
        f, lang, (generator, reason) = r
        row = {"path": str(f.relative_to(corpus)), "set": set_of(f, corpus), "lang": lang, "generator": generator,
               "ok": not reason, "reason": reason, "undecidable": False}
    else:
        row = {"path": str(r.path.relative_to(corpus)), "set": r.set_name, "lang": r.lang,
               "generator": r.generator, "ok": r.ok, "reason": r.reason, "undecidable": r.undecidable}
    row["kind"] = kind
    row["group"] = group_of(row["set"])
    return json.dumps(row, ensure_ascii=False)
GROUPS = (("development", DEVELOPMENT), ("held-out", HELD_OUT))


def _cell(figures: list[int] | None) -> str:
    if not figures:
        return f"{'—':>14}"
    ok, n = figures
    return f"{ok:>4}/{n:<4} {ok / n:5.1%}"


def print_tables(m: Measurement, generator: str) -> None:
    table = m.table(generator)
    bodies = m.pooled(generator, by_body)
    groups = m.pooled(generator, by_group)
    decided = m.pooled(generator, by_group, decided=True)
    for group, sets in GROUPS:
        print(f"\n{generator}, {group} sets — documents exactly right:")
        print(f"  {'':22}" + "".join(f"{lang:>15}" for lang in LANGS))
        for set_name in sets:
            print(f"  {set_name:22}" + "".join(" " + _cell(table.get((set_name, lang))) for lang in LANGS))
        for body in sorted({b for g, b, _ in bodies if g == group}):
            print(f"  {'body ' + body:22}" + "".join(" " + _cell(bodies.get((group, body, lang))) for lang in LANGS))
        print(f"  {'all ' + group:22}" + "".join(" " + _cell(groups.get((group, lang))) for lang in LANGS))
        ok = sum(groups.get((group, lang), [0, 0])[0] for lang in LANGS)
        n = sum(groups.get((group, lang), [0, 0])[1] for lang in LANGS)
        if n:
            print(f"  {group}, six languages: {ok}/{n} {ok / n:.1%}")
            # The second figure (tests/undecidable.py): also right, the documents whose text this
            # layout prints the same for the document the reader read — no reader could tell them.
            print(f"  {'right where the input decides':22}"
                  + "".join(" " + _cell(decided.get((group, lang))) for lang in LANGS))
            ok = sum(decided.get((group, lang), [0, 0])[0] for lang in LANGS)
            print(f"  {group}, six languages, right where the input decides: {ok}/{n} {ok / n:.1%}")


def print_failures(m: Measurement, generator: str, examples: int = 2) -> None:
    failures = m.failures(generator, "development")
    classes = collections.defaultdict(list)
    for r in failures:
        classes[failure_class(r.reason)].append(r)
    print(f"\n{generator}, development sets — {len(failures)} failures by class:")
    for name, rs in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        undecided = sum(r.undecidable for r in rs)
        print(f"  {len(rs):5}  {name}" + (f" (of which the input could not decide {undecided})" if undecided else ""))
        for r in rs[:examples]:
            print(f"         {r.set_name}/{r.path.name}: {r.reason[:160]}")
    chosen = by_choice(m, generator, "development")
    print(f"\n{generator}, development sets — share right among the documents that drew each choice:")
    for (name, value), (ok, n) in sorted(chosen.items()):
        print(f"  {name + '=' + value:40} {ok:>4}/{n:<4} {ok / n:5.1%}")


def print_one_at_a_time(generator: str, sample: int) -> None:
    gens = one_at_a_time(generator)
    start = time.perf_counter()
    m = measure(SHARED / "corpus" / "unxml", gens, sample=sample, sets=DEVELOPMENT)
    spent = time.perf_counter() - start
    print(f"\n{generator}, development sets, 1 resolution in {sample} ({m.files} files, {spent:.0f} s): "
          "each choice alone over the baseline — documents exactly right, and the commonest failure:")
    for name in gens:
        ok, n = m.pooled(name, lambda s, lang: ())[()]
        classes = collections.Counter(failure_class(r.reason) for r in m.results if r.generator == name and not r.ok)
        common = ", ".join(f"{c} {k}" for c, k in ((c, k) for k, c in classes.most_common(2)))
        print(f"  {name:32} {ok:>4}/{n:<4} {ok / n:6.1%}   {common}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="the development sets' failures by class")
    parser.add_argument("--choices", action="store_true", help="each choice alone over the baseline")
    parser.add_argument("--sample", type=int, default=25 if QUICK else 1, help="1 resolution in N")
    parser.add_argument("--generator", choices=sorted(GENERATORS), action="append")
    parser.add_argument("--development", action="store_true", help="the development sets only (a quicker loop)")
    parser.add_argument("--cut-notes", action="store_true",
                        help="let a page's foot cut a long note, its rest carried over to the next page's foot")
    parser.add_argument("--no-numbers-alone", action="store_true",
                        help="never print paragraph numbers and item labels alone on their lines (the layouts draw "
                             "them so in one document in four)")
    parser.add_argument("--no-hanging", action="store_true",
                        help="never keep UN print's columns as spaces (pdftotext -layout: numbers and labels before a "
                             "tab, items' wrapped lines hanging under their text; the layouts draw them so in one "
                             "document in four, pdf)")
    parser.add_argument("--markdown", action="store_true",
                        help="write the text as PDF-to-Markdown extractors do (pymupdf4llm, marker, docling: italic "
                             "openings, bold, # headings, escapes, <sup> notes, ----- page breaks) in one document in "
                             "four (pdf)")
    parser.add_argument("--draws", default="", metavar="NAME",
                        help="lay every document out with the draws called NAME (fresh layouts; default: usual)")
    parser.add_argument("--dump", metavar="FILE",
                        help="write every reading (whole texts, collections, short texts) to FILE as JSON lines")
    args = parser.parse_args()
    corpus = SHARED / "corpus" / "unxml"
    pages.use_draws(args.draws)
    pages.use_cut_notes(args.cut_notes)
    pages.use_numbers_alone(not args.no_numbers_alone)
    pages.use_hanging(not args.no_hanging)
    pages.use_markdown(args.markdown)
    draws = f"; draws {args.draws!r}" if args.draws else ""
    print(f"# text reader generalisation ({machine()}; 1 resolution in {args.sample}{draws})")
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: skipped")
        return
    names = args.generator or list(GENERATORS)
    m = measure(corpus, {g: GENERATORS[g] for g in names}, sample=args.sample,
                sets=DEVELOPMENT if args.development else None)
    for g in names:
        print_tables(m, g)
    print(f"\nfiles: {m.files}; left out as UN markup slips: {len(m.slips)}; unreadable UN files: {len(m.unreadable)}; "
          f"filed under another language: {len(m.misfiled)}")
    print(f"  of the slips, versions outweighed by one numbered in sequence: {len(m.slips_by_sequence)}")
    for f in m.slips_by_sequence:
        print(f"  outweighed by a version numbered in sequence: {f.relative_to(corpus)}")
    for f in m.misfiled:
        print(f"  filed under another language: {f.relative_to(corpus)}")
    collected = measure_collections(corpus, {g: GENERATORS[g] for g in names},
                                    sets=DEVELOPMENT if args.development else None)
    print(f"resolutions published as collections (in parts; not in the cells above): {len(collected)} files")
    for g in names:
        right = sum(not reasons[g] for _, _, reasons in collected)
        print(f"  {g}: {right}/{len(collected)} exactly right"
              + "".join(f"\n    {f.name} ({lang}): {reasons[g][:100]}" for f, lang, reasons in collected
                        if reasons[g] and set_of(f, corpus) in DEVELOPMENT))
    short = measure_short(corpus, {g: GENERATORS[g] for g in names}, sample=args.sample,
                          sets=DEVELOPMENT if args.development else None)
    print("short resolutions (each file cut to its first paragraphs, tests/shortdocs.py; not in the cells above):")
    for g in names:
        for group, sets in GROUPS:
            mine = [r for r in short if r.generator == g and r.set_name in sets]
            if mine:
                print(f"  {g}, {group}: {sum(r.ok for r in mine)}/{len(mine)} exactly right, "
                      f"{sum(r.ok or r.undecidable for r in mine)} right where the input decides")
    for g in names:
        print(f"time, {g} (lay out + read + compare, one core): {m.seconds[g]:.1f} s, "
              f"{m.seconds[g] / max(1, m.files) * 1000:.1f} ms per file")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in m.results:
                fh.write(dump_line("whole", r, corpus) + "\n")
            for f, lang, reasons in collected:
                for item in reasons.items():
                    fh.write(dump_line("collection", (f, lang, item), corpus) + "\n")
            for r in short:
                fh.write(dump_line("short", r, corpus) + "\n")
    if args.failures:
        for g in names:
            print_failures(m, g)
    if args.choices:
        for g in names:
            print_one_at_a_time(g, max(args.sample, 5))


if __name__ == "__main__":
    main()
