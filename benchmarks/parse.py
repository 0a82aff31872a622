"""Text → model: time per document and per MB, on the seed and on the corpus laid out as PDF text.

    python benchmarks/parse.py                     # full
    UNRES_BENCH_QUICK=1 python benchmarks/parse.py
    python benchmarks/parse.py --compare df97775   # this checkout and another commit, same run

Target (issue): ≤ 2 ms for a 10 KB resolution on one core.

--compare checks the other commit out in a temporary git worktree and times both packages on the
same texts in alternating rounds (each round a fresh process per package), so that the load of the
machine weighs on both alike; it prints each round and the ratio of the medians.
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
from pathlib import Path

from _common import QUICK, ROOT, SHARED, machine, median_time

sys.path.insert(0, str(ROOT / "tests"))


def _texts() -> list[str]:
    corpus = SHARED / "corpus" / "unxml"
    if not corpus.is_dir():
        return []
    from pdftext import pdf_text

    files = sorted(corpus.glob("*/*/*/*.xml"))
    if QUICK:
        files = files[::40]
    texts = []
    for f in files:
        try:
            texts.append(pdf_text(f.read_bytes(), f.name)[0])
        except Exception:  # the one malformed UN file
            continue
    return texts


def _corpus_seconds(parse_text, texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        try:
            parse_text(t)
        except Exception:
            pass
    return time.perf_counter() - start


def main() -> None:
    from unres.text.parse import parse_text

    print(f"# text → model ({machine()})")
    seed = (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").read_bytes()
    t = median_time(lambda: parse_text(seed), repeat=5 if QUICK else 21, number=5 if QUICK else 20)
    print(f"seed ({len(seed) / 1024:.1f} KB): {t * 1000:.2f} ms per document, "
          f"{t / (len(seed) / 1e6) * 1000:.0f} ms per MB")
    texts = _texts()
    if not texts:
        print(f"corpus not found at {SHARED / 'corpus' / 'unxml'}: skipped")
        return
    size = sum(len(t.encode("utf-8")) for t in texts)
    total = _corpus_seconds(parse_text, texts)
    print(f"corpus as PDF text: {len(texts)} documents, {size / 1e6:.1f} MB: "
          f"{total / len(texts) * 1000:.2f} ms per document, {total / (size / 1e6) * 1000:.0f} ms per MB")
    ten_kb = total / (size / 1e6) * 0.01
    print(f"→ a 10 KB resolution: {ten_kb * 1000:.2f} ms (target ≤ 2 ms)")


# -- comparing two commits -----------------------------------------------------------------------------
def _worker(code: Path, texts_file: Path) -> None:
    """Times one package (the converter/ folder `code`) on the texts: seed ms and corpus seconds."""
    shim = Path(tempfile.mkdtemp(prefix="unres-shim-"))
    (shim / "unres").symlink_to(code.resolve(), target_is_directory=True)
    sys.path.insert(0, str(shim))
    from unres.text.parse import parse_text

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    seed = (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").read_bytes()
    seed_ms = median_time(lambda: parse_text(seed), repeat=5, number=10) * 1000
    _corpus_seconds(parse_text, texts[:20])  # warm-up: caches, compiled patterns
    print(json.dumps({"seed_ms": seed_ms, "corpus_s": _corpus_seconds(parse_text, texts)}))


def compare(base: str, rounds: int) -> None:
    texts = _texts()
    print(f"# text → model, {base} and this checkout ({machine()}); {len(texts)} corpus texts, "
          f"{rounds} alternating rounds")
    with tempfile.TemporaryDirectory(prefix="unres-parse-") as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), base],
                       check=True, capture_output=True)
        results: dict[str, list[dict]] = {base: [], "this": []}
        try:
            for r in range(rounds):
                for name, code in ((base, tree / "converter"), ("this", ROOT / "converter")):
                    out = subprocess.run([sys.executable, __file__, "--worker", str(code), str(texts_file)],
                                         check=True, capture_output=True, text=True,
                                         env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1")).stdout
                    results[name].append(json.loads(out))
                    print(f"round {r + 1} {name:>8}: seed {results[name][-1]['seed_ms']:.2f} ms, "
                          f"corpus {results[name][-1]['corpus_s']:.2f} s", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
    for key, unit in (("seed_ms", "ms"), ("corpus_s", "s")):
        a = statistics.median(x[key] for x in results[base])
        b = statistics.median(x[key] for x in results["this"])
        print(f"{key.split('_')[0]:>6}: {base} {a:.2f} {unit}, this {b:.2f} {unit}, ratio this/{base} {b / a:.3f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compare", metavar="COMMIT", help="time this checkout against another commit")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(Path(args.worker[0]), Path(args.worker[1]))
    elif args.compare:
        compare(args.compare, args.rounds)
    else:
        main()
