"""Does `convert` write every corpus resolution, does `validate` pass what it wrote, and what does
the UN-input lint report on the UN's files? (issue 21's measures)

For every input of ../shared/corpus — the UN's AKN files, the CR-UNSC texts and the AKN files
laid out as PDF text (and the other extractions, by tests/pdftext.py) — in worker processes:
- `convert` to JSON and to AKN, as `unres convert` does (conversion.convert_bytes): written or
  not, and the codes that stopped it;
- each output written is validated as `unres validate` would validate the file (--profile auto:
  unres for JSON and unres's AKN) and with --profile structural, what convert guarantees;
- each UN AKN file is validated with its auto profile (un-input): the count of every code
  reported, with three examples each;
- the AKN written reads back as the model the JSON written holds (nothing lost between the two
  outputs of one input: a field that differs is named, e.g. the footnotes).

    python benchmarks/convert_corpus.py            # about 10 minutes on 2 cores
    python benchmarks/convert_corpus.py --quick    # one input in 100
    python benchmarks/convert_corpus.py --step 3   # one input in 3
    python benchmarks/convert_corpus.py --kinds 'UN AKN'   # the UN's AKN files only
    python benchmarks/convert_corpus.py --examples 3 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import QUICK, SHARED  # noqa: E402

FORMATS = ("json", "akn")
KINDS = ("UN AKN", "CR-UNSC text", "laid-out text")
QUICK_STEP = 100  # --quick (and UNRES_BENCH_QUICK=1): one input in QUICK_STEP


def collect(work: Path, step: int, kinds: tuple[str, ...]) -> list[Path]:
    from same_outputs import lay_out

    corpus = SHARED / "corpus"
    cr = sorted((corpus / "cr-unsc").glob("*.txt"))
    xml = sorted((corpus / "unxml").rglob("*.xml"))
    cr, xml = cr[::step], xml[::step]
    laid = lay_out(xml, work) if "laid-out text" in kinds else []
    return [f for f in xml + cr + laid if kind_of(str(f)) in kinds]


def kind_of(path: str) -> str:
    if path.endswith(".xml"):
        return "UN AKN"
    return "laid-out text" if "__" in Path(path).name else "CR-UNSC text"


def one(path: str) -> dict[str, Any]:
    """Everything measured for one input (runs in a worker)."""
    from unres import formats
    from unres.akn.reader import from_akn
    from unres.conversion import convert_bytes
    from unres.jsonio import from_json
    from unres.selection import Selection
    from unres.validation import validate_bytes

    data = Path(path).read_bytes()
    record: dict[str, Any] = {"path": path, "kind": kind_of(path)}
    try:
        fmt_in = formats.input_for(path, data)
        if fmt_in.name == "akn":
            found = validate_bytes(data, fmt_in, path)
            shown = Selection().keep(found.problems, found.profile)
            record["lint"] = [[p.code, p.severity, str(p)] for p in shown]
        outputs: dict[str, bytes] = {}
        for fmt in FORMATS:
            done = convert_bytes(data, path, fmt)
            if done.output is not None:
                outputs[fmt] = done.output
            entry: dict[str, Any] = {"written": done.output is not None,
                                     "stopped": sorted({p.code for p in done.problems if p.severity == "error"})
                                     if done.output is None else [],
                                     "source_errors": sorted({p.code for p in done.problems if p.severity == "error"})}
            if done.output is not None:
                name = f"out.{'json' if fmt == 'json' else 'akn.xml'}"
                checked = validate_bytes(done.output, formats.input_for(name, done.output), name)
                shown = [p for p in Selection().keep(checked.problems, checked.profile) if p.severity == "error"]
                # What fails the file: an error it does not record as its source's (recorded.py).
                entry["validate_auto"] = [str(p) for p in shown if not p.recorded]
                entry["validate_recorded"] = [str(p) for p in shown if p.recorded]
                entry["validate_structural"] = [str(p) for p in Selection(profile="structural").keep(
                    checked.problems, "structural") if p.severity == "error"]
            record[fmt] = entry
        if len(outputs) == 2:
            from_json_output, from_akn_output = from_json(outputs["json"]), from_akn(outputs["akn"])[0]
            record["akn_differs"] = [f for f in type(from_json_output).__dataclass_fields__
                                     if getattr(from_json_output, f) != getattr(from_akn_output, f)]
    except Exception as e:  # a bug: counted, never the run's end
        record["crash"] = f"{type(e).__name__}: {e}"
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", default=QUICK)
    parser.add_argument("--step", type=int, default=1,
                        help="one input in STEP, of every kind (a sample where the whole corpus takes too long)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--json", help="write every record to this file")
    parser.add_argument("--kinds", default=",".join(KINDS),
                        help=f"which inputs, comma-separated (default: all of {', '.join(KINDS)})")
    parser.add_argument("--report", help="report the records a run wrote with --json, without converting")
    args = parser.parse_args(argv)
    if args.report:
        report(json.loads(Path(args.report).read_text(encoding="utf-8")), args.examples)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        step = QUICK_STEP if args.quick else max(1, args.step)
        inputs = [str(p) for p in collect(Path(tmp), step, tuple(args.kinds.split(",")))]
        from multiprocessing import Pool

        with Pool(args.jobs) as pool:
            records = list(pool.imap_unordered(one, inputs, chunksize=4))
    if args.json:
        Path(args.json).write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    report(records, args.examples)
    return 0


def report(records: list[dict[str, Any]], examples: int) -> None:
    rng = random.Random(21)
    crashes = [r for r in records if "crash" in r]
    print(f"# convert and validate on the corpus ({len(records)} inputs, {len(crashes)} crashes)")
    for r in crashes[:5]:
        print(f"  crash {r['path']}: {r['crash']}")
    print("\n| inputs | format | written | not written | with a source error | written, validate (auto) fails "
          "| of the written, passing with their source's errors recorded "
          "| written, validate --profile structural fails |\n|---|---|---|---|---|---|---|---|")
    for kind in KINDS:
        group = [r for r in records if r["kind"] == kind and "crash" not in r]
        for fmt in FORMATS:
            entries = [r[fmt] for r in group]
            written = [e for e in entries if e["written"]]
            print(f"| {kind} ({len(group)}) | {fmt} | {len(written)} | {len(entries) - len(written)} | "
                  f"{sum(bool(e['source_errors']) for e in entries)} | "
                  f"{sum(bool(e['validate_auto']) for e in written)} | "
                  f"{sum(bool(e.get('validate_recorded')) and not e['validate_auto'] for e in written)} | "
                  f"{sum(bool(e['validate_structural']) for e in written)} |")
    both = [r for r in records if "akn_differs" in r]
    differs = Counter(f for r in both for f in r["akn_differs"])
    print(f"\nThe AKN written reads back as the JSON written: {sum(not r['akn_differs'] for r in both)} of "
          f"{len(both)} inputs written in both" + "".join(f"; {field} differs in {n}" for field, n in differs.items()))
    for r in [r for r in both if r["akn_differs"]][:examples]:
        print(f"  {Path(r['path']).name}: {', '.join(r['akn_differs'])}")
    stopped: Counter[str] = Counter()
    stopped_examples: dict[str, list[str]] = defaultdict(list)
    for r in records:
        for fmt in FORMATS:
            if "crash" not in r and not r[fmt]["written"]:
                for code in r[fmt]["stopped"]:
                    stopped[f"{fmt} {code}"] += 1
                    stopped_examples[f"{fmt} {code}"].append(r["path"])
    if stopped:
        print("\nNot written, by code:")
        for key, n in stopped.most_common():
            print(f"  {key}: {n}  e.g. {', '.join(Path(p).name for p in stopped_examples[key][:examples])}")
    structural = [(r["path"], fmt, r[fmt]["validate_structural"][0]) for r in records if "crash" not in r
                  for fmt in FORMATS if r[fmt]["written"] and r[fmt]["validate_structural"]]
    for path, fmt, first in structural[:examples]:
        print(f"  written {fmt} fails --profile structural: {Path(path).name}: {first}")
    lint: Counter[tuple[str, str]] = Counter()
    files_per_code: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    un = [r for r in records if r["kind"] == "UN AKN" and "lint" in r]
    for r in un:
        for code, severity, text in r["lint"]:
            lint[code, severity] += 1
            files_per_code[code, severity].append((r["path"], text))
    failing = sum(any(s == "error" for _, s, _ in r["lint"]) for r in un)
    print(f"\n## validate, profile un-input (auto), on the UN's AKN files: {len(un) - failing} passed, "
          f"{failing} failed\n\n| code | severity | problems | files |\n|---|---|---|---|")
    for (code, severity), n in sorted(lint.items(), key=lambda kv: (kv[0][1], -kv[1])):
        print(f"| `{code}` | {severity} | {n} | {len({p for p, _ in files_per_code[code, severity]})} |")
    for (code, severity), found in sorted(files_per_code.items()):
        print(f"\n{code} ({severity}), examples:")
        for _, text in rng.sample(found, min(examples, len(found))):
            print(f"  {text[:300]}")


if __name__ == "__main__":
    sys.exit(main())
