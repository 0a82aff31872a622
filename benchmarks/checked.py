"""`unres convert` text → AKN with every output check, against the conversion alone, per document.

Goal (issue 24): with the checks, ≤ 3 ms per seed document on one core, the checks ≤ 30 % of the
conversion. The conversion and the checked conversion are timed in alternating rounds (the machine
is shared: a ratio measured in one round is worth more than two absolute figures measured apart),
then each stage alone, in the order `convert` runs them:

    python benchmarks/checked.py              # rounds, stages
    python benchmarks/checked.py --profile    # and cProfile's top functions of a checked conversion
    python benchmarks/checked.py --base 66ed6bd  # the rounds of this checkout against a commit's, alternately
    UNRES_BENCH_QUICK=1 python benchmarks/checked.py
    valgrind --tool=callgrind python benchmarks/checked.py --loop checked,20   # instructions: less
    valgrind --tool=callgrind python benchmarks/checked.py --loop none,20      # … the warm-up alone

What "the checks" are is what `convert_one(..., check=True)` does beyond `check=False`: the model
judged once (schema, rules); for AKN the output parsed, the official XSD and the profile's rules
(formats.OUTPUTS names them) — the output is not read back into a model (checks.py says why).
The published XSD with its identity constraints and the Schematron are timed too, for reference:
`convert` checks the same with libxml2 and one Python pass (tests/test_profile.py shows they agree).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import QUICK, ROOT, machine, median_time

SEED = ROOT / "samples" / "A-HRC-RES-35-8.zh.txt"


def _per_call(fn: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def rounds(n: int, k: int) -> list[tuple[float, float]]:
    """(unchecked, checked) seconds per document in each of k alternating rounds of n conversions."""
    from unres.cli import convert_one

    name = str(SEED)
    plain = lambda: convert_one(name, "akn", None, False, False)  # noqa: E731
    checked = lambda: convert_one(name, "akn", None, True, False)  # noqa: E731
    assert checked()[1] is not None, "the seed must convert with the checks"
    plain()
    return [(_per_call(plain, n), _per_call(checked, n)) for _ in range(k)]


def stages(n: int) -> dict[str, float]:
    """Seconds per call of each stage of a checked text → AKN conversion of the seed."""
    from unres import checks
    from unres.akn import xsd
    from unres.akn.writer import to_akn
    from unres.safexml import parse_xml
    from unres.text.parse import parse_text

    data = SEED.read_bytes()
    res = parse_text(data).resolution
    out = to_akn(res)
    tree = parse_xml(out)
    xsd.xsd_problems(tree)  # the schema loaded
    figures = {
        "read the text": median_time(lambda: parse_text(data), number=n),
        "write AKN": median_time(lambda: to_akn(res), number=n),
        "parse the output": median_time(lambda: parse_xml(out), number=n),
        "XSD (libxml2 + unique ids)": median_time(lambda: xsd.xsd_problems(tree), number=n),
        "profile, Python pass": median_time(lambda: xsd.profile_problems(tree), number=n),
    }
    official = xsd.xsd()
    figures["official XSD as published (reference)"] = median_time(lambda: official.validate(tree), number=n)
    xsd.schematron()
    figures["profile, Schematron (reference)"] = median_time(lambda: xsd.schematron_problems(tree), number=n)
    figures["judge the model (schema, rules)"] = median_time(lambda: checks.judge(res), number=n)
    figures["all output checks"] = median_time(lambda: checks.akn_output_problems(out, checks.judge(res)), number=n)
    return figures


def profile(n: int) -> None:
    import cProfile
    import pstats

    from unres.cli import convert_one

    name = str(SEED)
    convert_one(name, "akn", None, True, False)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(n):
        convert_one(name, "akn", None, True, False)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)


def _stage_calls() -> dict[str, Callable[[], object]]:
    """One call of each stage of the checks alone, on the seed's model and output (for --loop)."""
    from unres import checks
    from unres.akn import xsd
    from unres.akn.writer import to_akn
    from unres.safexml import parse_xml
    from unres.text.parse import parse_text

    res = parse_text(SEED.read_bytes()).resolution
    out = to_akn(res)
    tree = parse_xml(out)
    judged = checks.judge(res)
    return {"judge": lambda: checks.judge(res), "parse": lambda: parse_xml(out),
            "xsd": lambda: xsd.xsd_problems(tree), "profile": lambda: xsd.profile_problems(tree),
            "output": lambda: checks.akn_output_problems(out, judged)}


def loop(kind: str, n: str) -> None:
    from unres.cli import convert_one

    name = str(SEED)
    for _ in range(3):
        convert_one(name, "akn", None, True, False)
    calls = _stage_calls()
    for call in calls.values():
        call()
    if kind in calls:
        for _ in range(int(n)):
            calls[kind]()
        return
    if kind == "json":  # the seed's JSON → AKN with the checks (a JSON input is judged once)
        name = str(SEED.with_suffix(".json"))
    for _ in range(int(n) if kind != "none" else 0):
        convert_one(name, "akn", None, kind in ("checked", "json"), False)


def compare(base: str, n: int, k: int) -> None:
    """This checkout against `base` (checked out in a temporary git worktree, as same_outputs.py
    does): each side's rounds in its own process, the two sides alternately, three times."""
    from same_outputs import _checkout, _remove

    runs: dict[str, list[list[float]]] = {"base": [], "this": []}
    with tempfile.TemporaryDirectory(prefix="unres-checked-") as tmp:
        tree = _checkout(base, Path(tmp))
        try:
            for _ in range(3):
                for tag, code in (("base", tree / "converter"), ("this", ROOT / "converter")):
                    cmd = [sys.executable, __file__, "--code", str(code), "--rounds", f"{n},{k}"]
                    runs[tag] += json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout)
        finally:
            _remove(tree)
    print(f"# text → AKN with the output checks, the seed: {base} against this checkout ({machine()}); "
          f"medians of {len(runs['this'])} rounds of {n}")
    print(f"{'':34}{base:>12}{'this':>12}")
    for i, what in enumerate(("convert, no checks (ms)", "convert with the checks (ms)")):
        a, b = (statistics.median(r[i] for r in runs[t]) * 1000 for t in ("base", "this"))
        print(f"{what:34}{a:12.2f}{b:12.2f}")
    a, b = (statistics.median((c - p) / p for p, c in runs[t]) for t in ("base", "this"))
    print(f"{'the checks, share of the conversion':34}{a:12.0%}{b:12.0%}")
    print(f"load after: {os.getloadavg()[0]:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", action="store_true", help="also print cProfile's top functions")
    ap.add_argument("--base", help="compare the rounds with this commit's")
    ap.add_argument("--code", type=Path, help=argparse.SUPPRESS)  # a converter/ folder to time, as JSON
    ap.add_argument("--rounds", help=argparse.SUPPRESS)
    ap.add_argument("--loop", help="KIND,N: three checked conversions, then N of KIND (checked, plain, none, or json: "
                    "the seed's JSON checked; "
                    "or a stage of the checks alone: judge, parse, xsd, profile, output), "
                    "for valgrind: the instructions per conversion are the difference with none, over N")
    args = ap.parse_args()
    if args.loop:
        if args.code:  # another checkout's converter/ in this loop (e.g. a worktree of main)
            from same_outputs import _import_from

            _import_from(args.code)
        loop(*args.loop.split(","))
        return
    n, k = (20, 3) if QUICK else (200, 7)
    if args.base:
        compare(args.base, *((10, 2) if QUICK else (100, 3)))
        return
    if args.code:
        from same_outputs import _import_from

        _import_from(args.code)
        n, k = map(int, args.rounds.split(","))
        print(json.dumps(rounds(n, k)))
        return
    print(f"# text → AKN with the output checks, the seed ({machine()}, load {os.getloadavg()[0]:.2f})")
    measured = rounds(n, k)
    for i, (plain, checked) in enumerate(measured, start=1):
        print(f"round {i}: convert {plain * 1000:.2f} ms, with checks {checked * 1000:.2f} ms, "
              f"checks {(checked - plain) / plain:.0%} of the conversion")
    plain = statistics.median(p for p, _ in measured)
    checked = statistics.median(c for _, c in measured)
    share = statistics.median((c - p) / p for p, c in measured)
    print(f"median: convert {plain * 1000:.2f} ms, with checks {checked * 1000:.2f} ms; "
          f"checks {share:.0%} of the conversion (goal ≤ 3 ms, ≤ 30 %)")
    for stage, seconds in stages(n).items():
        print(f"  {stage + ':':42}{seconds * 1000:7.3f} ms")
    print(f"load after: {os.getloadavg()[0]:.2f}")
    if args.profile:
        profile(n)


if __name__ == "__main__":
    main()
