"""Packaging: what pyproject.toml declares agrees with the tree, the README, the changelog and nox.

Building and installing the sdist and the wheel is CI's job (.ci/run, .ci/check_dist.py): it takes
minutes and the network; these checks take none and catch the same mistakes earlier — a data file
no package-data pattern matches, a second version number, a stale classifier.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import subprocess
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

import unres

from conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def tracked(folder: str) -> list[Path]:
    """The files of a folder that git knows (all of them when this is not a git checkout)."""
    try:
        out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", folder],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout
        files = [ROOT / line for line in out.splitlines()]
    except (OSError, subprocess.CalledProcessError):
        files = list((ROOT / folder).rglob("*"))
    return sorted(p for p in files if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")


def package_of(path: Path) -> str | None:
    """The package a file is shipped in, by the package-dir mapping (the deepest mapped folder)."""
    rel = path.relative_to(ROOT).parent.as_posix()
    best = None
    for package, folder in SETUPTOOLS["package-dir"].items():
        if rel == folder or rel.startswith(folder + "/"):
            if best is None or len(folder) > len(SETUPTOOLS["package-dir"][best]):
                best = package
    if best is None:
        return None
    sub = rel[len(SETUPTOOLS["package-dir"][best]):].strip("/")
    return best + ("." + sub.replace("/", ".") if sub else "")


def test_every_module_and_data_file_is_shipped():
    packages = set(SETUPTOOLS["packages"])
    patterns = SETUPTOOLS["package-data"]
    missing = []
    for path in tracked("converter") + tracked("schema"):
        package = package_of(path)
        if path.suffix == ".py":
            if package not in packages:
                missing.append(f"{path.relative_to(ROOT)}: package {package} is not in [tool.setuptools] packages")
            continue
        if package not in packages or not any(fnmatch.fnmatch(path.name, p) for p in patterns.get(package, [])):
            missing.append(f"{path.relative_to(ROOT)}: no package-data pattern of {package} matches it")
    assert not missing, "\n".join(missing)


def test_the_spec_is_shipped_where_the_package_reads_it():
    # unres.schema.schema_path looks for unres/schema/<name>: the folder schema/ must be mapped there.
    assert SETUPTOOLS["package-dir"]["unres.schema"] == "schema"
    from unres.schema import SCHEMA_FILES, schema_path

    for name in SCHEMA_FILES:
        assert schema_path(name).is_file(), name


def test_version_is_in_one_place():
    assert "version" not in PROJECT and "version" in PROJECT["dynamic"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "unres.__version__"}
    init = ast.parse((ROOT / "converter" / "__init__.py").read_text(encoding="utf-8"))
    versions = [node.value.value for node in init.body if isinstance(node, ast.Assign)
                and any(getattr(t, "id", None) == "__version__" for t in node.targets)
                and isinstance(node.value, ast.Constant)]
    assert versions == [unres.__version__]  # a literal, so setuptools reads it without importing unres
    assert re.fullmatch(r"\d+\.\d+\.\d+([ab]|rc)?\d*", unres.__version__)


def test_installed_metadata_has_the_version():
    try:
        installed = metadata.version("unres")
    except metadata.PackageNotFoundError:
        pytest.skip("unres is not installed (pip install -e . or pip install .)")
    assert installed == unres.__version__


def test_changelog_names_the_version_first():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## \[?(\d+\.\d+\.\d+\S*?)\]?( |$)", text, re.M)
    assert first is not None, "CHANGELOG.md has no '## <version>' heading"
    assert first.group(1) == unres.__version__


def test_licence_is_mit_by_spdx_and_file():
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")
    # PEP 639: a licence expression excludes licence classifiers.
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]


def test_python_versions_agree_across_classifiers_requires_python_and_nox():
    noxfile = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    pythons = next(ast.literal_eval(node.value) for node in noxfile.body if isinstance(node, ast.Assign)
                   and any(getattr(t, "id", None) == "PYTHONS" for t in node.targets))
    classified = [c.rsplit(" :: ", 1)[1] for c in PROJECT["classifiers"]
                  if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)]
    assert classified == pythons
    assert PROJECT["requires-python"] == f">={pythons[0]}"


def test_no_setup_py_and_the_build_backend_reads_spdx():
    assert not (ROOT / "setup.py").exists()
    requires = PYPROJECT["build-system"]["requires"]
    floor = next(int(r.split(">=")[1].split(".")[0]) for r in requires if r.startswith("setuptools"))
    assert floor >= 77  # the first setuptools that reads `license = "MIT"` and license-files


def test_atheris_only_in_the_fuzz_extra():
    extras = PROJECT["optional-dependencies"]
    assert any(r.startswith("atheris") for r in extras["fuzz"])
    assert [name for name, reqs in extras.items() if any(r.startswith("atheris") for r in reqs)] == ["fuzz"]


def test_package_is_typed():
    assert (ROOT / "converter" / "py.typed").is_file()
    assert "Typing :: Typed" in PROJECT["classifiers"]


def test_repository_address_is_the_same_everywhere():
    source = PROJECT["urls"]["Source"]
    assert all(url.startswith(source) for url in PROJECT["urls"].values())
    slug = source.split("://", 1)[1].split("/", 1)[1]  # OWNER/unres
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"repo: {source}" in readme  # the pre-commit snippet
    assert f"uses: {slug}@" in readme  # the GitHub Action snippet
    assert f"uses: {slug}@" in (ROOT / "action.yml").read_text(encoding="utf-8")


def test_readme_setup_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = {}
    for marker in ("main-command", "test-command"):
        block = re.search(rf"<!-- {marker} -->\n```sh\n(.*?)\n```", readme, re.S)
        assert block is not None, marker
        assert "\n" not in block.group(1), f"{marker} is one line"
        commands[marker] = block.group(1)
    main, test = commands["main-command"], commands["test-command"]
    assert main.startswith("python3 -m venv .venv && ") and "pip install . &&" in main
    assert "unres convert samples/A-HRC-RES-35-8.zh.txt" in main
    assert (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").is_file()
    assert test.startswith("python3 -m venv .venv && ") and "pip install '.[test]'" in test
    assert test.endswith("python -m pytest")
