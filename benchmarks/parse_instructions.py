"""Text → model in instructions (valgrind's cachegrind), this checkout against another commit: a
count the load of the machine does not move, where parse.py --compare's wall clock does.

    python benchmarks/parse_instructions.py --compare df97775            # the seed
    python benchmarks/parse_instructions.py --compare df97775 --corpus   # and the quick corpus

seed: the instructions of 20 parses of the seed in steady state (patterns compiled, caches warm):
a process that parses it 2 + 40 times less one that parses it 2 + 20 times. corpus: as the
--compare worker of parse.py times it — a pass over the quick corpus as PDF text (1 file in 40)
after a warm-up on its first 20 texts, less the warm-up alone (the patterns of the languages and
markers met after the warm-up are compiled inside the pass). Both commits read the same texts.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT

SEED = ROOT / "samples" / "A-HRC-RES-35-8.zh.txt"
SEED_RUNS = 20


def _worker(code: Path, what: str, arg: str) -> None:
    shim = Path(tempfile.mkdtemp(prefix="unres-shim-"))
    (shim / "unres").symlink_to(code.resolve(), target_is_directory=True)
    sys.path.insert(0, str(shim))
    from unres.text.parse import parse_text

    if what == "seed":
        seed = SEED.read_bytes()
        for _ in range(2 + SEED_RUNS * int(arg)):
            parse_text(seed)
        return
    texts = json.loads(Path(arg).read_text(encoding="utf-8"))
    for t in texts[:20] + (texts if what == "corpus" else []):
        try:
            parse_text(t)
        except Exception:
            pass


def _instructions(code: Path, what: str, arg: str) -> int:
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, __file__, "--worker", str(code), what, arg], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1"), check=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    assert m, done.stderr[-2000:]
    return int(m[1].replace(",", ""))


def _counts(code: Path, texts: Path | None) -> dict[str, int]:
    out = {"seed": _instructions(code, "seed", "2") - _instructions(code, "seed", "1")}
    if texts is not None:
        out["corpus"] = _instructions(code, "corpus", str(texts)) - _instructions(code, "warm", str(texts))
    return out


def main(base: str, corpus: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="unres-instr-") as tmp:
        texts = None
        if corpus:
            os.environ["UNRES_BENCH_QUICK"] = "1"
            from parse import _texts

            texts = Path(tmp) / "texts.json"
            texts.write_text(json.dumps(_texts()), encoding="utf-8")
        tree = Path(tmp) / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), base],
                       check=True, capture_output=True)
        try:
            counts = {base: _counts(tree / "converter", texts), "this": _counts(ROOT / "converter", texts)}
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
    for key in counts["this"]:
        a, b = counts[base][key], counts["this"][key]
        what = f"{SEED_RUNS} seed parses" if key == "seed" else "quick corpus pass"
        print(f"{what}: {base} {a / 1e6:,.0f} M, this {b / 1e6:,.0f} M instructions, ratio {b / a:.3f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compare", metavar="COMMIT", default="df97775")
    ap.add_argument("--corpus", action="store_true", help="the quick corpus too (minutes under valgrind)")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(Path(args.worker[0]), args.worker[1], args.worker[2])
    else:
        main(args.compare, args.corpus)
