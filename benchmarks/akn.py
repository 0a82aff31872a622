"""Model → AKN (writer), AKN → model (readers) and validation (XSD, profile), per document, on the
seed and the corpus.

Targets: writer ≤ 1 ms for the seed; AKN reader ≤ 1.5 ms, JSON reader and writer ≤ 0.5 ms (issue 24);
validation cost reported separately.

    python benchmarks/akn.py                  # this checkout
    python benchmarks/akn.py --base df97775   # readers and writer, this checkout against a commit
    valgrind --tool=callgrind python benchmarks/akn.py --loop json-read,20   # instructions: the
    valgrind --tool=callgrind python benchmarks/akn.py --loop none,20        # … difference over 20
    valgrind --tool=callgrind python benchmarks/akn.py --loop un-read,2      # the UN's files, 1 in 200
    valgrind --tool=callgrind python benchmarks/akn.py --loop un-none,2      # … less this
    (--code DIR/converter with --loop: another checkout's code in this loop, e.g. a worktree of main)

With --base, the commit is checked out in a temporary git worktree (as same_outputs.py does) and
each side is timed in its own process, alternately, three times; the best of each is compared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import QUICK, ROOT, SHARED, machine, median_time


def timings(full: bool) -> dict[str, float]:
    """Seconds per document for each step that touches AKN (`full`: validation too)."""
    from unres.akn.reader import from_akn
    from unres.akn.writer import to_akn
    from unres.jsonio import from_json, read, to_json

    json_bytes = (ROOT / "samples" / "A-HRC-RES-35-8.zh.json").read_bytes()
    seed = from_json(json_bytes)
    xml = to_akn(seed)
    n = 20 if QUICK else 200
    out = {"seed writer": median_time(lambda: to_akn(seed), number=n),
           "seed reader": median_time(lambda: from_akn(xml), number=n),
           # The JSON reader (strict load, invisible characters, schema and rules) and writer (issue 24).
           "seed JSON reader": median_time(lambda: read(json_bytes), number=n),
           "seed JSON writer": median_time(lambda: to_json(seed), number=n)}
    if full:
        from unres.akn.xsd import profile_problems, schematron, schematron_problems, xsd_problems
        from unres.safexml import parse_xml

        xsd_problems(parse_xml(xml))
        schematron()
        tree = parse_xml(xml)
        out["seed XSD validation"] = median_time(lambda: xsd_problems(tree), number=n)
        out["seed profile (Python)"] = median_time(lambda: profile_problems(tree), number=n)
        out["seed profile (sch)"] = median_time(lambda: schematron_problems(tree), number=n)
    corpus = SHARED / "corpus" / "unxml"
    if not corpus.is_dir():
        return out
    files = [f.read_bytes() for f in sorted(corpus.glob("*/*/*/*.xml"))[:: 20 if QUICK else 1]]
    start = time.perf_counter()
    models = []
    for data in files:
        try:
            models.append(from_akn(data)[0])
        except Exception:  # a file the reader refuses is not part of the figure
            pass
    out["corpus UN reader"] = (time.perf_counter() - start) / len(files)
    start = time.perf_counter()
    ours = [to_akn(m) for m in models]
    out["corpus writer"] = (time.perf_counter() - start) / len(models)
    start = time.perf_counter()
    for data in ours:
        from_akn(data)
    out["corpus unres reader"] = (time.perf_counter() - start) / len(ours)
    out["corpus documents"] = len(models)
    if full:
        from unres.akn.xsd import xsd_problems
        from unres.safexml import parse_xml

        trees = [parse_xml(o) for o in ours]
        start = time.perf_counter()
        for t in trees:
            xsd_problems(t)
        out["corpus XSD"] = (time.perf_counter() - start) / len(models)
    return out


def loop(kind: str, n: str) -> None:
    """Three of each step on the seed (un-read: on the UN's files), then N of one (json-read, json-write,
    akn-read, akn-write, un-read or none), for valgrind: a step's instructions are the difference with
    none (un-read's with un-none, which loads the files), over N."""
    from unres.akn.reader import from_akn
    from unres.akn.writer import to_akn
    from unres.jsonio import from_json, read, to_json

    json_bytes = (ROOT / "samples" / "A-HRC-RES-35-8.zh.json").read_bytes()
    seed = from_json(json_bytes)
    xml = to_akn(seed)
    # un-read: the UN's own files, one in 200 of the corpus (each step reads all of them once; loaded
    # only for that step, so that the other steps' counts stay those of the seed alone)
    un_files = [f.read_bytes() for f in sorted((SHARED / "corpus" / "unxml").glob("*/*/*/*.xml"))[::200]
                ] if kind.startswith("un-") else []

    def un_read() -> None:
        for data in un_files:
            try:
                from_akn(data)
            except Exception:  # a file the reader refuses costs what its refusal costs
                pass

    steps = {"json-read": lambda: read(json_bytes), "json-write": lambda: to_json(seed),
             "akn-read": lambda: from_akn(xml), "akn-write": lambda: to_akn(seed), "un-read": un_read,
             "none": lambda: None, "un-none": lambda: None}
    for step in steps.values():
        for _ in range(3):
            step()
    for _ in range(int(n)):
        steps[kind]()


def compare(base: str) -> None:
    from same_outputs import _checkout, _remove

    with tempfile.TemporaryDirectory(prefix="unres-akn-") as tmp:
        tree = _checkout(base, Path(tmp))
        try:
            runs: dict[str, list[dict[str, float]]] = {"base": [], "this": []}
            for _ in range(3):
                for tag, code in (("base", tree / "converter"), ("this", ROOT / "converter")):
                    cmd = [sys.executable, __file__, "--code", str(code)]
                    runs[tag].append(json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout))
        finally:
            _remove(tree)
    print(f"# Akoma Ntoso readers and writer: {base} against this checkout ({machine()}), best of 3")
    print(f"{'step':22} {base:>12} {'this':>12}   this/base")
    for key in runs["this"][0]:
        if key == "corpus documents":
            continue
        a = min(r[key] for r in runs["base"])
        b = min(r[key] for r in runs["this"])
        print(f"{key:22} {a * 1000:9.3f} ms {b * 1000:9.3f} ms   {b / a:.2f}")
    print(f"corpus documents: {runs['this'][0].get('corpus documents', 0):.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", help="compare the readers and the writer with this commit's")
    ap.add_argument("--loop", help="KIND,N: for valgrind (json-read, json-write, akn-read, akn-write, none; "
                                   "un-read, un-none)")
    ap.add_argument("--code", type=Path, help=argparse.SUPPRESS)  # a converter/ folder to time, as JSON
    args = ap.parse_args()
    if args.loop:
        if args.code:  # another checkout's converter/ (its own loop is this one)
            from same_outputs import _import_from

            _import_from(args.code)
        loop(*args.loop.split(","))
        return
    if args.base:
        compare(args.base)
        return
    if args.code:
        from same_outputs import _import_from

        _import_from(args.code)
        print(json.dumps(timings(full=False)))
        return
    print(f"# model ⇄ Akoma Ntoso ({machine()})")
    figures = timings(full=True)
    for key, value in figures.items():
        if key.startswith("seed"):
            print(f"{key + ':':22}{value * 1000:.3f} ms")
    if "corpus writer" in figures:
        print(f"corpus ({figures['corpus documents']:.0f} documents): writer {figures['corpus writer'] * 1000:.3f} ms, "
              f"XSD {figures['corpus XSD'] * 1000:.3f} ms, UN reader {figures['corpus UN reader'] * 1000:.3f} ms, "
              f"unres reader {figures['corpus unres reader'] * 1000:.3f} ms per document")


if __name__ == "__main__":
    main()
