"""Fuzzing: a short fixed-seed run of the whole-pipeline mutation fuzzer (tests/fuzz/pipeline.py)
on every test run, every input it ever crashed on as a regression test, and a short atheris
session when atheris is installed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT

FUZZ = ROOT / "tests" / "fuzz"


def _pipeline():
    spec = importlib.util.spec_from_file_location("unres_fuzz_pipeline", FUZZ / "pipeline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


pipeline = _pipeline()



@pytest.mark.parametrize("kind", ["text", "json", "akn"])
def test_a_short_fuzz_run_finds_no_crash(kind):
    report = pipeline.fuzz(iterations=120, seed=18, kinds=(kind,))
    assert report.runs == 120
    assert not report.crashes, report.summary()


@pytest.mark.parametrize("path", sorted(pipeline.CRASHES.iterdir()), ids=lambda p: p.name)
def test_every_input_that_once_crashed_runs_clean(path):
    results = list(pipeline.replay([path]))
    assert len(results) == 1
    assert results[0][1] is None, results[0][1]


def test_the_pipeline_reports_a_crash_with_its_stage(monkeypatch):
    # The harness itself: an exception that is not UnresError is a crash, located.
    import unres.html

    def broken(res):
        raise RuntimeError("boom")

    monkeypatch.setattr(unres.html, "render_html", broken)
    crash = pipeline.run_one("json", (ROOT / "samples" / "A-HRC-RES-35-8.zh.json").read_bytes())
    assert crash is not None and (crash.stage, crash.error) == ("write html", "RuntimeError")
    # The innermost frame inside unres (the test's own function is outside it).
    assert "formats.py:" in crash.where and crash.where.endswith(" write")


def test_atheris_harness_finds_no_crash_in_a_short_run(tmp_path):
    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed (pip install '.[fuzz]')")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Seed inputs: the kind byte (0 text, 1 JSON, 2 XML) then a sample.
    (corpus / "text").write_bytes(b"\x00" + (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").read_bytes())
    (corpus / "json").write_bytes(b"\x01" + (ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    done = subprocess.run(
        [sys.executable, str(FUZZ / "fuzz_inputs.py"), str(corpus),
         "-atheris_runs=3000", "-max_total_time=60", "-rss_limit_mb=2048"],
        capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
