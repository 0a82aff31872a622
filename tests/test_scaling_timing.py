"""benchmarks/scaling.py's timing: the fastest of several runs within a budget, so that one run slowed by the load
of a shared machine does not make a linear case look superlinear."""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _scaling():
    spec = importlib.util.spec_from_file_location("scaling", BENCHMARKS / "scaling.py")
    sys.path.insert(0, str(BENCHMARKS))
    try:
        scaling = importlib.util.module_from_spec(spec)
        sys.modules["scaling"] = scaling  # dataclasses look their module up there
        spec.loader.exec_module(scaling)
    finally:
        sys.path.remove(str(BENCHMARKS))
        sys.modules.pop("scaling", None)
    return scaling


def test_one_slow_run_under_load_is_not_the_cases_time(monkeypatch):
    scaling = _scaling()
    monkeypatch.setattr(scaling, "RUN_BUDGET", 1.0)
    delays = iter([0.6, 0.01, 0.01])  # the first run slowed by another process, then the case's own time

    def run(_: object) -> None:
        time.sleep(next(delays, 0.01))

    took = scaling._time(scaling.Case("slow once", lambda k: "", run), "")
    assert took < 0.3  # (the first run alone, 0.6 s, was kept)


def test_the_runs_stop_when_the_budget_is_spent(monkeypatch):
    scaling = _scaling()
    monkeypatch.setattr(scaling, "RUN_BUDGET", 0.05)
    runs = []
    scaling._time(scaling.Case("count", lambda k: "", lambda _: runs.append(time.sleep(0.02))), "")
    assert 3 <= len(runs) <= 4
    runs.clear()
    scaling._time(scaling.Case("fast", lambda k: "", runs.append), "")
    assert len(runs) == scaling.MAX_RUNS
