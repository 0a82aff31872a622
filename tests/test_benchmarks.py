"""The benchmark scripts still run (quick mode). No timing is asserted here."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.parametrize("script,expect", [
    ("parse.py", "seed ("), ("akn.py", "seed writer"), ("vs_bluebell.py", "unres (parse + write): seed"),
    ("startup.py", "unres --version:"), ("compiled.py", "unres, pure Python"), ("validate.py", "unres"),
    ("scaling.py", "ratio"), ("real_pdf.py", "real PDFs"), ("schema_corpus.py", "schema-fail"),
    ("pdf_input.py", "PDF and Word in"), ("pdf_libraries.py", "PDF libraries"),
    ("text_roundtrip.py", "text round trip of real models"),
    ("checked.py", "checks"), ("batch.py", "--jobs 2 against one job"),
    ("convert_corpus.py", "convert and validate on the corpus"),
    ("generalisation.py", "text reader generalisation"), ("akn_models.py", "AKN files read:"),
])
def test_benchmark_script_runs_in_quick_mode(script, expect):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script)], capture_output=True, text=True,
                          env={**os.environ, "UNRES_BENCH_QUICK": "1"}, cwd=ROOT / "benchmarks", check=False,
                          timeout=600)
    assert done.returncode == 0, done.stderr
    assert expect in done.stdout


def test_same_outputs_runs_in_quick_mode():
    # Against the last commit: the working tree may differ from it (exit 1), but every input is compared.
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "same_outputs.py"), "--base", "HEAD", "--quick"],
                          capture_output=True, text=True, cwd=ROOT / "benchmarks", check=False, timeout=900)
    assert done.returncode in (0, 1), done.stderr
    assert re.search(r"identical to HEAD: \d+; different: \d+", done.stdout), done.stdout[-2000:]
