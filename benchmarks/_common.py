"""Shared by the benchmark scripts: timing, the corpus location, the machine."""

from __future__ import annotations

import os
import platform
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("UNRES_SHARED", ROOT.parent / "shared"))
QUICK = os.environ.get("UNRES_BENCH_QUICK") == "1"


def machine() -> str:
    python = f"{platform.python_implementation()} {platform.python_version()}"
    return f"{python}, {os.cpu_count()} cores, {platform.machine()}"


def median_time(fn, repeat: int = 7, number: int = 1) -> float:
    """Median seconds per call over `repeat` runs of `number` calls (after one warm-up call)."""
    fn()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - start) / number)
    return statistics.median(runs)
