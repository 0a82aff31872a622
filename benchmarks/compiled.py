"""What compiling unres' own Python sources would buy: text → AKN for the seed, pure Python
against the same modules compiled by Cython, and optionally under other Python interpreters.

    pip install cython setuptools                    # not a dependency of unres
    python benchmarks/compiled.py                     # pure vs Cython-compiled, this interpreter
    python benchmarks/compiled.py --python /path/to/python3.13 ...   # pure sources under others
    UNRES_BENCH_QUICK=1 python benchmarks/compiled.py # compiles one small module only

The package is copied to a temporary folder and compiled there (nothing in the repository or the
installed package changes); each variant runs in its own process, and its AKN output for the
seed is compared byte for byte with the installed package's — a build that changed the output
would not count. Other interpreters need lxml and jsonschema installed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import unres

from _common import QUICK, ROOT, machine

SEED = ROOT / "samples" / "A-HRC-RES-35-8.zh.txt"
# The stages that run per line and per block; the model (frozen dataclasses) stays Python.
HOT = ["text/clean.py", "text/blocks.py", "text/parse.py", "langs.py", "labels.py", "members.py", "akn/writer.py"]
RUNS = 50 if QUICK else 300

# Run in a child process: the median time of parse, write and both, and a digest of the output.
_CHILD = """
import hashlib, json, statistics, sys, time
import unres
from unres.akn.writer import to_akn
from unres.text.parse import parse_text
text = open(sys.argv[1], encoding="utf-8").read()
runs = int(sys.argv[2])
def median(fn):
    for _ in range(20):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000
model = parse_text(text).resolution
print(json.dumps({
    "parse": median(lambda: parse_text(text)),
    "write": median(lambda: to_akn(model)),
    "both": median(lambda: to_akn(parse_text(text).resolution)),
    "sha": hashlib.sha256(to_akn(parse_text(text).resolution)).hexdigest(),
    "where": unres.__file__,
    "python": sys.version.split()[0],
}))
"""


def run(python: str, path: Path | None) -> dict:
    env = dict(os.environ)
    if path is not None:
        env["PYTHONPATH"] = str(path)
    done = subprocess.run([python, "-c", _CHILD, str(SEED), str(RUNS)], capture_output=True, text=True, env=env,
                          check=False, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    return json.loads(done.stdout)


def copy_package(into: Path) -> Path:
    src = Path(unres.__file__).resolve().parent
    shutil.copytree(src, into / "unres", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    return into


def compile_copy(root: Path, modules: list[str]) -> None:
    files = [str(root / "unres" / m) for m in modules]
    done = subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-q", "-j", "2", *files],
                          capture_output=True, text=True, check=False, cwd=root, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-2000:])


def show(label: str, r: dict, base: dict) -> None:
    same = "same output" if r["sha"] == base["sha"] else "OUTPUT DIFFERS"
    print(f"{label:34s} parse {r['parse']:.3f} ms  write {r['write']:.3f} ms  both {r['both']:.3f} ms  "
          f"({r['both'] / base['both']:.2f}×, {same})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", action="append", default=[], help="another interpreter for the pure sources")
    args = ap.parse_args()
    print(f"# text → AKN for the seed, compiled or not ({machine()}; medians of {RUNS})")
    base = run(sys.executable, None)
    show(f"unres, pure Python {base['python']}", base, base)
    with tempfile.TemporaryDirectory() as tmp:
        pure = copy_package(Path(tmp) / "pure")
        for python in args.python:
            try:
                r = run(python, pure)
            except (RuntimeError, OSError) as e:
                print(f"{python}: not run ({e})")
                continue
            show(f"unres, pure Python {r['python']}", r, base)
        try:
            import Cython  # noqa: F401
        except ImportError:
            print("Cython not installed (pip install cython setuptools): compiled build not measured")
            return
        modules = ["labels.py"] if QUICK else HOT
        built = copy_package(Path(tmp) / "cython")
        try:
            compile_copy(built, modules)
        except (RuntimeError, OSError) as e:
            print(f"Cython build failed: {e}")
            return
        r = run(sys.executable, built)
        if "/cython/" not in r["where"]:
            print(f"compiled copy not the one imported ({r['where']})")
            return
        show(f"Cython {Cython.__version__}, {len(modules)} modules", r, base)


if __name__ == "__main__":
    main()
