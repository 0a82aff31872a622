"""The benchmark scripts still run (quick mode). No timing is asserted here."""

from __future__ import annotations

import json
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


def _row(path: str, group: str, ok: bool, reason: str = "") -> str:
    return json.dumps({"path": path, "set": path.rsplit("/", 2)[0], "lang": "en", "generator": "pdf", "ok": ok,
                       "reason": reason, "undecidable": False, "kind": "whole", "group": group})


def test_compare_readings_names_what_a_change_fixed_and_broke_and_never_a_held_out_document(tmp_path):
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text("\n".join([_row("sc/2023/English/a.xml", "development", False, "preamble 3 != 2"),
                                 _row("sc/2023/English/b.xml", "development", True),
                                 _row("sc/2022/English/c.xml", "held-out", True)]) + "\n")
    after.write_text("\n".join([_row("sc/2023/English/a.xml", "development", True),
                                _row("sc/2023/English/b.xml", "development", False, "operative 4 text at 9"),
                                _row("sc/2022/English/c.xml", "held-out", False, "vote")]) + "\n")
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "compare_readings.py"), str(before), str(after)],
                          capture_output=True, text=True, check=True, timeout=60)
    out = done.stdout
    assert "whole pdf development" in out and "1/2 → 1/2" in out and "whole pdf held-out" in out and "1/1 → 0/1" in out
    fixed, broken = out.split("\nfixed (1):\n")[1].split("\nbroken or changed (1):\n")
    assert "sc/2023/English/a.xml" in fixed and "sc/2023/English/b.xml: operative 4 text at 9" in broken
    assert "c.xml" not in out and "held-out documents whose rightness changed: 1" in out


def test_generalisation_dump_writes_one_line_per_reading(tmp_path):
    dump = tmp_path / "readings.jsonl"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generalisation.py"), "--development",
                           "--generator", "pdf", "--sample", "200", "--dump", str(dump)],
                          capture_output=True, text=True, cwd=ROOT / "benchmarks", check=False, timeout=600)
    assert done.returncode == 0, done.stderr
    if "corpus not found" in done.stdout:
        pytest.skip("../shared/corpus is not beside the repository")
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    whole = [r for r in rows if r["kind"] == "whole"]
    # the printed table's development total is the dump's count of right whole-text readings
    shown = re.search(r"development, six languages: (\d+)/(\d+)", done.stdout)
    assert shown and (sum(r["ok"] for r in whole), len(whole)) == (int(shown[1]), int(shown[2]))
    assert {r["generator"] for r in rows} == {"pdf"} and {r["group"] for r in rows} == {"development"}
    assert all(r["ok"] == (r["reason"] == "") for r in whole if r["ok"])
