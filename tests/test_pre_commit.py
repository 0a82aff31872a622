"""The pre-commit hooks (.pre-commit-hooks.yaml) and the README's snippet, run by pre-commit itself
on a throwaway repository that holds resolutions next to files no hook should touch.

`unres-validate-system` runs the unres installed here, so its tests need no network. The snippet's
`unres-validate` makes pre-commit install unres (and so its dependencies) into an environment of
its own: that test needs the package index and is skipped, saying so, only when pip cannot reach it.
"""

from __future__ import annotations

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
from installing import git, git_or_skip, skip_if_offline, working_tree_repo

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
# Files a repository of resolutions may hold beside them; a hook that checked one would fail it.
BYSTANDERS = {"package.json": '{"name": "site"}\n', "pom.xml": "<project/>\n", "requirements.txt": "lxml\n",
              "notes.txt": "Draft notes.\n", "data/config.json": "{}\n"}


def pre_commit_or_skip() -> str:
    exe = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(exe).exists():
        pytest.skip("pre-commit is not installed (pip install '.[test]' brings it)")
    return exe


def unres_bin_or_skip() -> str:
    folder = Path(sys.executable).parent
    if not (folder / "unres").exists() and not (folder / "unres.exe").exists():
        pytest.skip(f"the unres command is not installed beside {sys.executable} (pip install -e .)")
    return str(folder)


@pytest.fixture
def data_repo(tmp_path: Path) -> Path:
    """A git repository of resolutions: two valid, one invalid, plus bystanders."""
    git_or_skip()
    repo = tmp_path / "data"
    (repo / "data").mkdir(parents=True)
    seed = SAMPLES / "A-HRC-RES-35-8.zh.json"
    shutil.copy(seed, repo / "data" / "A-HRC-RES-35-8.zh.json")
    (repo / "data" / "A-HRC-RES-35-8.zh.akn.xml").write_bytes(unres.to_akn(unres.from_json(seed.read_bytes())))
    shutil.copy(SAMPLES / "invalid" / "vote-count.json", repo / "data" / "S-RES-9999-2024.en.json")
    for name, text in BYSTANDERS.items():
        (repo / name).write_text(text, encoding="utf-8")
    git("init", "-q", cwd=repo)
    git("add", ".", cwd=repo)
    return repo


def run(args: list[str], repo: Path, tmp_path: Path, path_first: str | None = None) -> tuple[int, str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    if path_first:
        env["PATH"] = path_first + os.pathsep + env["PATH"]
    done = subprocess.run(args, cwd=repo, capture_output=True, text=True, env=env, check=False, timeout=600)
    return done.returncode, done.stdout + done.stderr


def assert_checked_only_resolutions(code: int, output: str) -> None:
    assert code == 1, output
    assert "S-RES-9999-2024.en.json" in output and "[vote-count-mismatch]" in output, output
    # unres' own summary: the two valid resolutions and the invalid one, nothing else.
    assert "unres validate: 2 passed, 1 failed" in output, output
    for name in BYSTANDERS:
        assert name not in output, output


def test_file_filter_takes_resolutions_by_name_and_nothing_else():
    for hook in HOOKS:
        pattern = re.compile(hook["files"])
        for name in ("A-HRC-RES-35-8.zh.json", "out/A-RES-77-1.en.akn.xml", "S_RES_0001_1946_EN_GOLD.txt",
                     "unxml/ecosoc/2022/Arabic/E_RES_2022_1-2110515A.xml", "E-CN.6-RES-60-2.fr.json",
                     "S-RES-2709_2023_.en.json", "any/thing.akn.xml", "a-res-1.json"):
            assert pattern.search(name), (hook["id"], name)
        for name in (*BYSTANDERS, "tsconfig.json", "docs/resolution.txt", "res/A-RES-1.pdf", "RES-1.json",
                     "sres.json", "pressrelease.txt", "address.xml"):
            assert not pattern.search(name), (hook["id"], name)
        assert hook["entry"] == "unres validate" and hook["require_serial"] is True


def test_try_repo_with_the_installed_unres(data_repo, tmp_path):
    pre_commit = pre_commit_or_skip()
    code, output = run([pre_commit, "try-repo", str(ROOT), "unres-validate-system", "--all-files"],
                       data_repo, tmp_path, path_first=unres_bin_or_skip())
    assert_checked_only_resolutions(code, output)


def test_try_repo_passes_valid_resolutions(data_repo, tmp_path):
    pre_commit = pre_commit_or_skip()
    (data_repo / "data" / "S-RES-9999-2024.en.json").unlink()
    git("add", "-A", cwd=data_repo)
    code, output = run([pre_commit, "try-repo", str(ROOT), "unres-validate-system", "--all-files"],
                       data_repo, tmp_path, path_first=unres_bin_or_skip())
    assert code == 0, output
    assert "unres validate: 2 passed, 0 failed" in output or re.search(r"unres validate.*Passed", output), output


def readme_snippet() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "hooks:" in b]
    assert len(blocks) == 1, "the README has one pre-commit snippet"
    return blocks[0]


def config_from_readme(hook_repo: Path, data_repo: Path, *, uncomment: bool = False, hook_id: str | None = None) -> str:
    """The README's snippet with the repository's address pointed at a local copy of this checkout."""
    snippet = readme_snippet()
    config = yaml.safe_load(snippet)
    url = config["repos"][0]["repo"]
    snippet = snippet.replace(url, str(hook_repo))
    if uncomment:
        snippet = snippet.replace("# files:", "files:")
    if hook_id:
        snippet = snippet.replace("id: unres-validate\n", f"id: {hook_id}\n")
    (data_repo / ".pre-commit-config.yaml").write_text(snippet, encoding="utf-8")
    git("add", ".pre-commit-config.yaml", cwd=data_repo)
    return snippet


def test_readme_snippet_names_real_hooks_and_autoupdate_pins_it(data_repo, tmp_path):
    pre_commit = pre_commit_or_skip()
    snippet = readme_snippet()
    config = yaml.safe_load(snippet)
    ids = {hook["id"] for hook in HOOKS}
    assert {hook["id"] for hook in config["repos"][0]["hooks"]} <= ids
    hook_repo = tmp_path / "unres-repo"
    hook_repo.mkdir()
    commit = working_tree_repo(hook_repo)
    config_from_readme(hook_repo, data_repo)
    code, output = run([pre_commit, "validate-config", ".pre-commit-config.yaml"], data_repo, tmp_path)
    assert code == 0, output
    # The README tells users to run autoupdate once: it pins the newest tag, or the commit without one.
    code, output = run([pre_commit, "autoupdate"], data_repo, tmp_path)
    assert code == 0, output
    pinned = yaml.safe_load((data_repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert pinned["repos"][0]["rev"] == commit
    git("tag", f"v{unres.__version__}", cwd=hook_repo)
    code, output = run([pre_commit, "autoupdate"], data_repo, tmp_path)
    pinned = yaml.safe_load((data_repo / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert code == 0 and pinned["repos"][0]["rev"] == f"v{unres.__version__}", output


def test_readme_snippet_files_override_checks_what_the_user_names(data_repo, tmp_path):
    # A repository whose resolutions are not named after their symbols sets `files:` (the line the
    # README's snippet shows commented out); the system hook keeps this offline.
    pre_commit = pre_commit_or_skip()
    hook_repo = tmp_path / "unres-repo"
    hook_repo.mkdir()
    working_tree_repo(hook_repo)
    snippet = config_from_readme(hook_repo, data_repo, uncomment=True, hook_id="unres-validate-system")
    wanted = yaml.safe_load(snippet)["repos"][0]["hooks"][0]["files"]
    folder = wanted.strip("^/")
    assert re.fullmatch(r"[\w-]+", folder), f"the README's files: example is a folder pattern, not {wanted!r}"
    (data_repo / folder).mkdir()
    shutil.copy(SAMPLES / "invalid" / "vote-count.json", data_repo / folder / "security-council-9999.json")
    shutil.copy(SAMPLES / "A-HRC-RES-35-8.zh.json", data_repo / folder / "hrc-35-8.json")
    git("add", "-A", cwd=data_repo)
    code, output = run([pre_commit, "run", "--all-files"], data_repo, tmp_path, path_first=unres_bin_or_skip())
    assert code == 1, output
    assert "security-council-9999.json" in output and "unres validate: 1 passed, 1 failed" in output, output


def test_readme_snippet_runs_with_pre_commit_installing_unres(data_repo, tmp_path):
    pre_commit = pre_commit_or_skip()
    hook_repo = tmp_path / "unres-repo"
    hook_repo.mkdir()
    working_tree_repo(hook_repo)
    config_from_readme(hook_repo, data_repo)
    run([pre_commit, "autoupdate"], data_repo, tmp_path)
    # No unres on PATH but the one pre-commit installs from the hook repository.
    env_path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep)
                               if not (Path(p) / "unres").exists())
    env = {**os.environ, "PATH": env_path, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    done = subprocess.run([pre_commit, "run", "--all-files"], cwd=data_repo, capture_output=True, text=True,
                          env=env, check=False, timeout=900)
    output = done.stdout + done.stderr
    if "An unexpected error has occurred" in output or "CalledProcessError" in output:
        skip_if_offline(output)
    assert_checked_only_resolutions(done.returncode, output)
