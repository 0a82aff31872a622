"""Helpers for the tests that install unres the way a user's tool would (pre-commit, the Action).

Those installs need the package index for unres' dependencies. Offline, such a test asks pip
whether the index can serve them, and is skipped with that reason only when it cannot; any other
failure fails the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from conftest import ROOT

GIT_ENV = {"GIT_AUTHOR_NAME": "unres tests", "GIT_AUTHOR_EMAIL": "tests@unres.invalid",
           "GIT_COMMITTER_NAME": "unres tests", "GIT_COMMITTER_EMAIL": "tests@unres.invalid",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True,
                          env={**os.environ, **GIT_ENV})
    return done.stdout.strip()


def git_or_skip() -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git checkout (pre-commit takes hooks from git repositories)")


def index_unreachable() -> str | None:
    """Why pip cannot fetch unres' dependencies from here, or None when it can."""
    try:
        requirements = [r.split(";")[0] for r in metadata.requires("unres") or [] if "extra ==" not in r]
    except metadata.PackageNotFoundError:
        return "unres is not installed, so its requirements are unknown"
    for requirement in requirements:
        name = requirement.split(">")[0].split("=")[0].split("<")[0].strip()
        done = subprocess.run([sys.executable, "-m", "pip", "index", "versions", name, "--timeout", "15",
                               "--retries", "0", "--disable-pip-version-check"],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return f"pip cannot reach a package index serving {name}: {done.stderr.strip()[-300:]}"
    return None


def skip_if_offline(output: str) -> None:
    """Called when an install failed: skips (saying why) if the index is out of reach, else returns."""
    reason = index_unreachable()
    if reason is not None:
        pytest.skip(f"needs the package index, which is out of reach ({reason}); the output was:\n{output[-500:]}")


def working_tree_repo(target: Path) -> str:
    """A git repository at target holding this checkout's files as they are now, on branch main;
    returns its commit. (pre-commit clones hook repositories: uncommitted work must be committed.)"""
    files = git("ls-files", "--cached", "--others", "--exclude-standard", cwd=ROOT).splitlines()
    for name in files:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git("init", "-q", "-b", "main", cwd=target)
    git("add", "-A", cwd=target)
    git("commit", "-q", "-m", "working tree", cwd=target)
    return git("rev-parse", "HEAD", cwd=target)
