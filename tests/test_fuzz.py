"""Runs the atheris harness for a short, bounded time (a longer run is documented in the README)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT


def test_atheris_harness_finds_no_crash_in_a_short_run(tmp_path):
    if importlib.util.find_spec("atheris") is None:
        pytest.skip("atheris is not installed (pip install '.[fuzz]')")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Seed inputs: the kind byte (0 text, 1 JSON, 2 XML) then a sample.
    (corpus / "text").write_bytes(b"\x00" + (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").read_bytes())
    (corpus / "json").write_bytes(b"\x01" + (ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "fuzz" / "fuzz_inputs.py"), str(corpus),
         "-atheris_runs=3000", "-max_total_time=60", "-rss_limit_mb=2048"],
        capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
