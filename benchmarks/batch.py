"""`unres convert` on a batch: --jobs 2 against one job, and the memory against the batch's size.

Goal (issue 24): on 2 cores, --jobs 2 ≥ 1.8× one job on 1,000 documents; memory flat in the number
of documents (results are streamed: no list of all models or outputs).

The documents are copies of the seed text (text → AKN, every output checked), written with
--keep-names into a fresh folder. One job and two jobs are timed in alternating rounds (the
machine is shared: the ratio of one round is worth more than two figures measured apart); the
peak memory (maximum resident set) of the unres process is compared at two batch sizes.

    python benchmarks/batch.py            # 1,000 documents, 3 rounds; memory at 100 and 1,000
    UNRES_BENCH_QUICK=1 python benchmarks/batch.py   # 60 documents, 1 round; memory at 20 and 60
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import QUICK, ROOT, machine

SEED = ROOT / "samples" / "A-HRC-RES-35-8.zh.txt"


def _inputs(folder: Path, n: int) -> Path:
    folder.mkdir()
    data = SEED.read_bytes()
    for i in range(n):
        (folder / f"r{i:05}.txt").write_bytes(data)
    return folder


def run(inputs: Path, out: Path, jobs: int) -> tuple[float, int, float]:
    """Wall seconds, the peak memory (KiB) and the CPU seconds (all processes) of one `unres convert`
    of a folder."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "unres.cli", "convert", str(inputs), "--to", "akn", "--keep-names",
           "-o", str(out), "--jobs", str(jobs)]
    script = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
              "rc = subprocess.run(sys.argv[1:], capture_output=True).returncode; "
              "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
              "print(time.perf_counter() - t, u.ru_maxrss, rc, u.ru_utime + u.ru_stime)")
    # A fresh process per run, so that ru_maxrss is the peak of this conversion alone.
    done = subprocess.run([sys.executable, "-c", script, *cmd], capture_output=True, text=True, check=True)
    seconds, peak, rc, cpu = done.stdout.split()
    if rc != "0":
        raise SystemExit(f"unres convert failed (exit {rc}): {' '.join(cmd)}")
    written = sum(1 for _ in out.iterdir())
    n = sum(1 for _ in inputs.iterdir())
    if written != n:
        raise SystemExit(f"{written} outputs for {n} inputs")
    return float(seconds), int(peak), float(cpu)


def main() -> None:
    n, small, rounds = (60, 20, 1) if QUICK else (1000, 100, 3)
    print(f"# unres convert, batches of the seed text → AKN, checked ({machine()})")
    with tempfile.TemporaryDirectory(prefix="unres-batch-") as tmp:
        inputs = _inputs(Path(tmp) / "in", n)
        out = Path(tmp) / "out"
        ratios, bounds = [], []
        for k in range(1, rounds + 1):
            load = os.getloadavg()[0]
            one, _, cpu_one = run(inputs, out, 1)
            two, _, cpu_two = run(inputs, out, 2)
            ratios.append(one / two)
            # On a machine whose other jobs take cores, the wall-clock ratio says more about them than
            # about unres: the CPU time says what running in two processes costs. With two free
            # cores, --jobs 2 could take at most cpu_two / 2 where one job takes cpu_one.
            bounds.append(2 * cpu_one / cpu_two)
            print(f"round {k} (load {load:.2f}): --jobs 1 {one:.2f} s ({one / n * 1000:.2f} ms per document, "
                  f"CPU {cpu_one:.2f} s), --jobs 2 {two:.2f} s (CPU {cpu_two:.2f} s): {one / two:.2f}× wall clock, "
                  f"{2 * cpu_one / cpu_two:.2f}× on two free cores at best")
        print(f"--jobs 2 against one job, median of {rounds}: {statistics.median(ratios):.2f}× wall clock, "
              f"{statistics.median(bounds):.2f}× from the CPU times (goal ≥ 1.8×)")
        few = _inputs(Path(tmp) / "few", small)
        for jobs in (1, 2):
            _, peak_few, _ = run(few, out, jobs)
            _, peak_many, _ = run(inputs, out, jobs)
            print(f"peak memory of unres, --jobs {jobs}: {peak_few / 1024:.0f} MiB for {small} documents, "
                  f"{peak_many / 1024:.0f} MiB for {n} ({peak_many / peak_few:.2f}×)")
    print(f"load after: {os.getloadavg()[0]:.2f}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")


if __name__ == "__main__":
    main()
