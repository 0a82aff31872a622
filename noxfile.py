"""The test suite on every Python version unres supports: `nox` (all of them) or `nox -s tests-3.12`.

Each session installs unres from this checkout (not editable, as a user would) with the [test]
extra into its own virtual environment. Arguments after `--` go to pytest, e.g.
`nox -- -k "not corpus"` to leave out the tests that read the corpus (most of a run's time).

nox finds each interpreter as python3.X on PATH; with pyenv, make them all visible first:
`PYENV_VERSION=3.11.7:3.12.1:3.13.0 nox` (the versions `pyenv versions` lists).
"""

from __future__ import annotations

import nox

# The versions pyproject.toml's classifiers name; tests/test_packaging.py checks that they agree.
PYTHONS = ["3.11", "3.12", "3.13"]

nox.options.sessions = ["tests"]
nox.options.reuse_existing_virtualenvs = False


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install(".[test]")
    session.run("python", "-m", "pytest", *session.posargs)
