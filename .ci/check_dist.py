"""Checks the sdist and the wheel that `python -m build` wrote against the source tree.

Usage: python .ci/check_dist.py DIST_DIR

The wheel must hold every module and data file of converter/ (as unres/) and every file of the
spec in schema/ (as unres/schema/), the licence and the metadata a package index shows; the sdist
must hold what building that wheel needs (python -m build makes the wheel from the sdist, so a
missing file would already have failed the build — this says which one, and catches data files
that are silently left out). Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tracked(folder: str) -> list[str]:
    """The files of a folder as git knows them (the tree when this is not a git checkout)."""
    try:
        out = subprocess.run(["git", "ls-files", "--", folder], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
        return sorted(line for line in out.splitlines() if (ROOT / line).is_file())
    except (OSError, subprocess.CalledProcessError):
        return sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*")
                      if p.is_file() and "__pycache__" not in p.parts)


def version() -> str:
    text = (ROOT / "converter" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    if match is None:
        raise SystemExit("converter/__init__.py has no __version__ line")
    return match.group(1)


def main(dist: Path) -> list[str]:
    v = version()
    faults: list[str] = []
    wheel_path = dist / f"unres-{v}-py3-none-any.whl"
    sdist_path = dist / f"unres-{v}.tar.gz"
    for path in (wheel_path, sdist_path):
        if not path.is_file():
            faults.append(f"{path.name}: not built (found: {sorted(p.name for p in dist.iterdir())})")
    if faults:
        return faults

    with zipfile.ZipFile(wheel_path) as z:
        wheel = set(z.namelist())
        metadata = HeaderParser().parsestr(z.read(f"unres-{v}.dist-info/METADATA").decode("utf-8"))
    with tarfile.open(sdist_path) as t:
        sdist = {name.removeprefix(f"unres-{v}/") for name in t.getnames()}

    expected_wheel = {"unres/" + name.removeprefix("converter/") for name in tracked("converter")}
    expected_wheel |= {"unres/schema/" + name.removeprefix("schema/") for name in tracked("schema")}
    expected_wheel |= {f"unres-{v}.dist-info/licenses/LICENSE", "unres/py.typed"}
    faults += [f"wheel lacks {name}" for name in sorted(expected_wheel - wheel)]
    faults += [f"wheel holds {name}, which is not part of the package" for name in sorted(wheel)
               if name.split("/")[0] not in ("unres", f"unres-{v}.dist-info")]

    expected_sdist = set(tracked("converter")) | set(tracked("schema"))
    expected_sdist |= {"LICENSE", "README.md", "pyproject.toml", "PKG-INFO"}
    faults += [f"sdist lacks {name}" for name in sorted(expected_sdist - sdist)]
    if "setup.py" in sdist:
        faults.append("sdist holds a setup.py: the build is configured in pyproject.toml alone")

    if metadata["Version"] != v:
        faults.append(f"wheel metadata says version {metadata['Version']}, converter/__init__.py {v}")
    if metadata["License-Expression"] != "MIT":
        faults.append(f"wheel metadata License-Expression is {metadata['License-Expression']!r}, not 'MIT'")
    for field in ("Classifier", "Project-URL", "Requires-Python", "Description-Content-Type"):
        if not metadata.get_all(field):
            faults.append(f"wheel metadata has no {field}")
    return faults


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    problems = main(Path(sys.argv[1]))
    for problem in problems:
        print(f"check_dist: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"check_dist: sdist and wheel of unres {version()} hold the package, its data and the spec")
