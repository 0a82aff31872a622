"""Start-up: how long the command takes before it does anything, and for one small job.

    python benchmarks/startup.py
    UNRES_BENCH_QUICK=1 python benchmarks/startup.py

Target (issue): `unres --version` ≤ 150 ms (the CLI imports lxml, jsonschema and the schemas
only when a command needs them). `python -c pass` is shown as the floor no command can go under.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time

from _common import QUICK, ROOT, machine

RUNS = 3 if QUICK else 15


def median_run(cmd: list[str]) -> float:
    subprocess.run(cmd, capture_output=True, check=False)  # warm the file cache
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    print(f"# start-up ({machine()}; medians of {RUNS} runs)")
    unres = [shutil.which("unres")] if shutil.which("unres") else [sys.executable, "-m", "unres.cli"]
    sample = str(ROOT / "samples" / "valid" / "en-ga-recorded.json")
    seed = str(ROOT / "samples" / "A-HRC-RES-35-8.zh.txt")
    for label, cmd in (
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("unres --version", [*unres, "--version"]),
        ("unres validate one JSON file", [*unres, "validate", sample]),
        ("unres convert the seed to AKN (stdout)", [*unres, "convert", seed, "--to", "akn"]),
    ):
        print(f"{label}: {median_run(cmd) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
