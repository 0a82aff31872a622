"""The GitHub Action (action.yml): its `run:` steps executed here as a runner would, with the
`${{ … }}` expressions of their `env:` filled in as GitHub fills them.

The validate step runs offline with the unres installed here. The install step builds a private
virtual environment from this checkout, as the Action does on a runner: it needs the package index
and is skipped, saying so, only when pip cannot reach it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import unres

from conftest import ROOT, SAMPLES
from installing import skip_if_offline

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def step(name: str) -> dict:
    found = [s for s in STEPS if s.get("name") == name]
    assert len(found) == 1, name
    return found[0]


def run_step(name: str, context: dict[str, str], workdir: Path, extra_env: dict[str, str] | None = None):
    """Runs one `run:` step with bash, its env: expressions taken from context (an unknown one fails)."""
    spec = step(name)
    assert spec["shell"] == "bash"
    env = {**os.environ, **(extra_env or {})}
    for key, value in spec.get("env", {}).items():
        env[key] = EXPRESSION.sub(lambda m: context[m.group(1)], str(value))
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    return subprocess.run([bash, "-c", spec["run"]], cwd=workdir, env=env, capture_output=True, text=True,
                          check=False, timeout=900)


def unres_or_skip() -> str:
    exe = shutil.which("unres", path=str(Path(sys.executable).parent)) or shutil.which("unres")
    if exe is None:
        pytest.skip("the unres command is not installed (pip install -e .)")
    return exe


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A checkout of a user's repository: resolutions in data/, one invalid, and a package.json."""
    data = tmp_path / "ws" / "data" / "sc"
    data.mkdir(parents=True)
    shutil.copy(SAMPLES / "A-HRC-RES-35-8.zh.json", data.parent / "A-HRC-RES-35-8.zh.json")
    shutil.copy(SAMPLES / "invalid" / "vote-count.json", data / "S-RES-9999-2024.en.json")
    shutil.copy(SAMPLES / "valid" / "en-sc-headings.json", data / "S-RES-1000-2000.en.json")
    (tmp_path / "ws" / "package.json").write_text('{"name": "site"}', encoding="utf-8")
    return tmp_path / "ws"


def test_action_interface():
    assert ACTION["runs"]["using"] == "composite"
    inputs = ACTION["inputs"]
    assert inputs["paths"]["required"] is True
    assert inputs["format"]["default"] == "github"
    assert set(inputs) == {"paths", "format", "python-version"}
    for spec in STEPS:
        if "run" in spec:
            assert spec["shell"] == "bash"
            # Inputs reach scripts through env only: an expression spliced into a script could inject code.
            assert "${{" not in spec["run"], spec.get("name")
        else:  # the only `uses:` step sets up Python, and only when asked to
            assert spec["uses"].startswith("actions/setup-python@")
            assert spec["if"] == "inputs.python-version != ''"
    used = {m for spec in STEPS for value in spec.get("env", {}).values() for m in EXPRESSION.findall(str(value))}
    assert used == {"github.action_path", "runner.temp", "steps.install.outputs.unres", "inputs.paths",
                    "inputs.format"}


def test_validate_step_annotates_the_invalid_file(workspace):
    context = {"steps.install.outputs.unres": unres_or_skip(), "inputs.format": "github",
               "inputs.paths": "data/A-HRC-RES-35-8.zh.json\n  data/**/S-RES-*.json\n"}
    done = run_step("Validate", context, workspace)
    assert done.returncode == 1, done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error")]
    assert len(errors) == 1 and "data/sc/S-RES-9999-2024.en.json" in errors[0], done.stdout
    assert "vote-count-mismatch" in errors[0]
    assert "unres validate: 2 passed, 1 failed" in done.stderr  # the pattern found both SC files
    assert "package.json" not in done.stdout + done.stderr


def test_validate_step_passes_on_the_format_input(workspace):
    context = {"steps.install.outputs.unres": unres_or_skip(), "inputs.format": "json", "inputs.paths": "data"}
    done = run_step("Validate", context, workspace)
    assert done.returncode == 1
    problems = [json.loads(line) for line in done.stdout.splitlines()]
    assert problems and {p["code"] for p in problems} == {"vote-count-mismatch"}
    (workspace / "data" / "sc" / "S-RES-9999-2024.en.json").unlink()
    done = run_step("Validate", {**context, "inputs.format": "text"}, workspace)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == "" and "unres validate: 2 passed, 0 failed" in done.stderr


def test_validate_step_reports_a_missing_path_and_empty_paths(workspace):
    context = {"steps.install.outputs.unres": unres_or_skip(), "inputs.format": "github",
               "inputs.paths": "data/nothing-*.json"}
    done = run_step("Validate", context, workspace)
    assert done.returncode != 0 and "io-missing" in done.stdout + done.stderr
    done = run_step("Validate", {**context, "inputs.paths": "  \n "}, workspace)
    assert done.returncode == 2 and "::error title=unres::the paths input names no file or folder" in done.stdout


def test_validate_step_keeps_an_input_out_of_the_script(workspace, tmp_path):
    # A path input that looks like shell code stays a path.
    marker = tmp_path / "injected"
    context = {"steps.install.outputs.unres": unres_or_skip(), "inputs.format": "github",
               "inputs.paths": f"$(touch {marker}) `touch {marker}`"}
    run_step("Validate", context, workspace)
    assert not marker.exists()


def test_install_step_builds_unres_from_the_action_checkout(workspace, tmp_path):
    output_file = tmp_path / "github_output"
    output_file.write_text("", encoding="utf-8")
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    context = {"github.action_path": str(ROOT), "runner.temp": str(runner_temp)}
    done = run_step("Install unres", context, workspace, {"GITHUB_OUTPUT": str(output_file)})
    if done.returncode != 0:
        skip_if_offline(done.stdout + done.stderr)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"unres {unres.__version__}" in done.stdout
    outputs = dict(line.split("=", 1) for line in output_file.read_text(encoding="utf-8").splitlines())
    installed = Path(outputs["unres"])
    assert installed.is_relative_to(runner_temp / "unres-venv") and installed.exists()
    context = {"steps.install.outputs.unres": str(installed), "inputs.format": "github",
               "inputs.paths": "data"}
    done = run_step("Validate", context, workspace)
    assert done.returncode == 1 and "S-RES-9999-2024.en.json" in done.stdout, done.stdout + done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script stands in for python3")
def test_install_step_refuses_an_old_python(tmp_path):
    # The runner's python3 stands in as a 3.10: the step must stop with an annotation saying so.
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "python3").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (fake / "python3").chmod(0o755)
    context = {"github.action_path": str(ROOT), "runner.temp": str(tmp_path)}
    path = f"{fake}{os.pathsep}/usr/bin{os.pathsep}/bin"
    done = run_step("Install unres", context, tmp_path, {"PATH": path, "GITHUB_OUTPUT": str(tmp_path / "out")})
    assert done.returncode == 2
    assert "::error title=unres::unres needs Python 3.11 or newer" in done.stdout
