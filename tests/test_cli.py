"""The command line: exit codes, output formats, batches, atomic writes, pre-commit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from unres.cli import main

from conftest import ROOT, SAMPLES

SEED_TXT = SAMPLES / "A-HRC-RES-35-8.zh.txt"
SEED_JSON = SAMPLES / "A-HRC-RES-35-8.zh.json"
INVALID = SAMPLES / "invalid"


def run(*args, capsys=None):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr() if capsys else ("", "")
    return code, out, err


def test_version(capsys):
    code, out, _ = run("--version", capsys=capsys)
    assert code == 0 and out.startswith("unres ")


def test_validate_valid_samples_exit_0(capsys):
    code, out, err = run("validate", SAMPLES / "valid", SEED_JSON, SEED_TXT, capsys=capsys)
    assert code == 0
    assert "error" not in out
    assert f"{len(list((SAMPLES / 'valid').glob('*.json'))) + 2} passed, 0 failed" in err


def test_validate_invalid_json_exit_1_with_pointer_and_line(capsys):
    code, out, err = run("validate", INVALID / "vote-count.json", capsys=capsys)
    assert code == 1
    line = out.strip().splitlines()[0]
    assert line.startswith(f"{INVALID / 'vote-count.json'}:")
    assert "/vote/in_favour/count" in line and "[vote-count-mismatch]" in line
    # the line:column is that of the value the pointer names
    loc = line.split(" ")[0].split(":")
    text = (INVALID / "vote-count.json").read_text(encoding="utf-8").splitlines()
    assert text[int(loc[1]) - 1][int(loc[2]) - 1:].startswith("4")


def test_validate_json_format_one_object_per_problem(capsys):
    code, out, _ = run("validate", INVALID, "--format", "json", capsys=capsys)
    assert code == 1
    rows = [json.loads(x) for x in out.splitlines()]
    expected = json.loads((INVALID / "expected.json").read_text(encoding="utf-8"))
    got = {(Path(r["file"]).name, r["code"], r["pointer"]) for r in rows}
    for name, e in expected.items():
        assert (name, e["code"], e["pointer"]) in got
    assert all(set(r) == {"file", "line", "column", "pointer", "severity", "code", "message"} for r in rows)


def test_validate_github_annotations(capsys):
    code, out, _ = run("validate", INVALID / "bad-language.json", "--format", "github", capsys=capsys)
    assert code == 1
    assert out.startswith("::error file=") and ",line=" in out and "title=unres schema-enum::" in out


def test_validate_bad_file_does_not_stop_the_batch(tmp_path, capsys):
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "b.xml").write_bytes(b"<akomaNtoso><unclosed></akomaNtoso>")
    shutil.copy(SEED_JSON, tmp_path / "c.json")
    code, out, err = run("validate", tmp_path, capsys=capsys)
    assert code == 1
    assert "a.json:1:2: error [json-syntax]" in out
    assert "b.xml:1:" in out and "[xml-syntax]" in out
    assert "1 passed, 2 failed" in err


def test_validate_missing_path_is_usage_error(tmp_path, capsys):
    code, _, err = run("validate", tmp_path / "nope.json", capsys=capsys)
    assert code == 2 and "[io-missing]" in err


def test_validate_unknown_option_is_usage_error(capsys):
    assert run("validate", "--frobnicate", capsys=capsys)[0] == 2


def test_validate_text_reports_parser_warnings(tmp_path, capsys):
    cut = "\n".join(SEED_TXT.read_text(encoding="utf-8").splitlines()[:120])
    (tmp_path / "cut.txt").write_text(cut, encoding="utf-8")
    code, out, _ = run("validate", tmp_path / "cut.txt", capsys=capsys)
    assert "[text-no-closing]" in out


def test_validate_parallel_gives_the_same_result_as_serial(tmp_path, capsys):
    for i in range(45):
        src = INVALID / "vote-count.json" if i % 3 == 0 else SEED_JSON
        shutil.copy(src, tmp_path / f"f{i:02}.json")
    serial = run("validate", tmp_path, "--jobs", "1", "--format", "json", capsys=capsys)
    parallel = run("validate", tmp_path, "--jobs", "2", "--format", "json", capsys=capsys)
    assert serial[0] == parallel[0] == 1
    assert serial[1] == parallel[1]
    assert len(serial[1].splitlines()) == 15


def test_align_finds_the_language_version_that_disagrees(tmp_path, capsys):
    from unres.jsonio import from_json, to_json

    base = from_json(SEED_JSON.read_bytes())
    import dataclasses

    other = dataclasses.replace(base, metadata=dataclasses.replace(base.metadata, language="en"))
    fewer = dataclasses.replace(base, metadata=dataclasses.replace(base.metadata, language="fr"),
                                operative=base.operative[:-1])
    for name, res in (("zh", base), ("en", other), ("fr", fewer)):
        (tmp_path / f"{name}.json").write_text(to_json(res), encoding="utf-8")
    code, out, _ = run("validate", tmp_path, capsys=capsys)
    assert code == 0
    code, out, _ = run("validate", tmp_path, "--align", capsys=capsys)
    assert code == 1
    assert out.count("[align-mismatch]") == 1 and "fr.json" in out and "operative paragraph numbers" in out


def test_convert_text_to_json_on_stdout(capsys):
    code, out, _ = run("convert", SEED_TXT, capsys=capsys)
    assert code == 0
    assert json.loads(out) == json.loads(SEED_JSON.read_text(encoding="utf-8"))


def test_convert_from_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED_TXT.read_bytes())))
    code, out, _ = run("convert", "-", "--to", "akn", capsys=capsys)
    assert code == 0 and out.startswith("<?xml")


def test_convert_several_inputs_need_an_output_folder(tmp_path, capsys):
    code, _, err = run("convert", SEED_TXT, SEED_JSON, capsys=capsys)
    assert code == 2 and "-o DIR" in err
    code, _, err = run("convert", SEED_TXT, SAMPLES / "valid", "--to", "akn", "-o", tmp_path, capsys=capsys)
    assert code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "A-HRC-RES-35-8.zh.akn.xml" in names and "A-RES-79-12.en.akn.xml" in names
    assert not [n for n in names if n.endswith(".tmp")]


def test_convert_failure_writes_nothing_and_exits_1(tmp_path, capsys):
    (tmp_path / "bad.txt").write_text("This is a shopping list.\nMilk\nEggs\n", encoding="utf-8")
    out = tmp_path / "out.json"
    code, _, err = run("convert", tmp_path / "bad.txt", "-o", out, capsys=capsys)
    assert code == 1
    assert "bad.txt:1: error [text-no-formula] no enacting formula found" in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "bad.txt"]


def test_convert_never_overwrites_its_input(tmp_path, capsys):
    src = tmp_path / "seed.json"
    shutil.copy(SEED_JSON, src)
    before = src.read_bytes()
    code, _, err = run("convert", src, "--to", "json", "-o", src, capsys=capsys)
    assert code == 1 and "[io-overwrite]" in err
    assert src.read_bytes() == before


def test_installed_console_script_runs():
    exe = shutil.which("unres")
    if exe is None:
        pytest.skip("the unres console script is not on PATH (package not installed)")
    done = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("unres ")


def test_pre_commit_hook_runs_on_a_sample_repo(tmp_path):
    pre_commit = shutil.which("pre-commit")
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (pip install '.[test]' brings it)")
    repo = tmp_path / "data"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    shutil.copy(SEED_JSON, repo / "good.json")
    shutil.copy(INVALID / "vote-count.json", repo / "bad.json")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    # try-repo installs this checkout as the hook's package, as a user's pre-commit would.
    done = subprocess.run([pre_commit, "try-repo", str(ROOT), "unres-validate", "--all-files"],
                          cwd=repo, capture_output=True, text=True, env=env, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "bad.json" in output and "[vote-count-mismatch]" in output
    assert "good.json" not in output.split("unres validate")[-1].split("\n", 1)[0] or "Failed" in output


def test_convert_batch_in_parallel_keeps_names_and_reports(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(10):
        shutil.copy(SEED_JSON, src / f"doc{i}.json")
    (src / "broken.json").write_text("{", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("convert", src, "--to", "html", "-o", out, "--jobs", "2", "--keep-names", capsys=capsys)
    assert code == 1
    assert "unres: 10 converted (0 with warnings), 1 failed" in err
    assert "broken.json:1:2: error [json-syntax]" in err
    assert sorted(p.name for p in out.iterdir()) == [f"doc{i}.html" for i in range(10)]
    assert oct((out / "doc0.html").stat().st_mode & 0o777) != oct(0o600)


def test_outputs_are_validated_before_writing_unless_told_not_to(tmp_path, capsys):
    # The text states 31 votes in favour but lists 32 members: the model breaks a rule.
    text = SEED_TXT.read_text(encoding="utf-8").replace("以 32 票对", "以 31 票对")
    src = tmp_path / "seed.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "seed.json"
    code, _, err = run("convert", src, "-o", out, capsys=capsys)
    assert code == 1 and "[vote-count-mismatch]" in err and not out.exists()
    code, _, _ = run("convert", src, "-o", out, "--no-validate", capsys=capsys)
    assert code == 0 and json.loads(out.read_text(encoding="utf-8"))["vote"]["in_favour"]["count"] == 31
