"""benchmarks/scaling.py's timing: the fastest of several runs within a budget, so that one run slowed by the load
of a shared machine does not make a linear case look superlinear."""

from __future__ import annotations

import importlib.util
import sys
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


class _Clock:
    """A clock that the case's runs advance by the times given (a run's time, deterministic)."""

    def __init__(self, times: list[float]) -> None:
        self.now, self.times, self.runs = 0.0, iter(times), 0

    def perf_counter(self) -> float:
        return self.now

    def run(self, _: object) -> None:
        self.runs += 1
        self.now += next(self.times, 0.00390625)


def test_one_slow_run_under_load_is_not_the_cases_time(monkeypatch):
    scaling = _scaling()
    clock = _Clock([0.625, 0.00390625])  # the first run slowed by another process, then the case's own time
    monkeypatch.setattr(scaling, "time", clock)
    took = scaling._time(scaling.Case("slow once", lambda k: "", clock.run), "")
    assert took == 0.00390625  # (the first run alone, 0.625 s, before)


def test_the_runs_stop_when_the_budget_is_spent(monkeypatch):
    scaling = _scaling()
    clock = _Clock([0.5] * 10)
    monkeypatch.setattr(scaling, "time", clock)
    monkeypatch.setattr(scaling, "RUN_BUDGET", 2.0)
    assert scaling._time(scaling.Case("slow", lambda k: "", clock.run), "") == 0.5 and clock.runs == 4
    clock = _Clock([3.0])  # a run longer than the budget is kept alone
    monkeypatch.setattr(scaling, "time", clock)
    assert scaling._time(scaling.Case("slower", lambda k: "", clock.run), "") == 3.0 and clock.runs == 1
    clock = _Clock([])  # a fast case: as many runs as allowed
    monkeypatch.setattr(scaling, "time", clock)
    scaling._time(scaling.Case("fast", lambda k: "", clock.run), "")
    assert clock.runs == scaling.MAX_RUNS
