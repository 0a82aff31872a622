"""How many of the UN's own AKN files read into a model that fits the JSON Schema (issue 19).

Every `*.xml` under ../shared/corpus/unxml (all sets, at any depth: ga/emergency/ES-10/... too)
is read with the AKN reader and its model validated against the schema, both of one commit:

    python benchmarks/schema_corpus.py                 # this checkout
    python benchmarks/schema_corpus.py --base 11b1ce6  # that commit too, side by side
    UNRES_BENCH_QUICK=1 python benchmarks/schema_corpus.py   # one file in 25

Prints, per set (body/session or year), the files read, those the reader refused and those whose
model fails the schema; then the schema errors of this checkout by code and place (array indices
folded to `*`), with three examples each. Figures are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import QUICK, ROOT, SHARED  # noqa: E402


def _set_of(path: Path, root: Path) -> str:
    """The set a file belongs to: the folders above its language folder (ga/emergency/ES-10)."""
    return "/".join(path.relative_to(root).parts[:-2])


def measure(out: Path) -> None:
    """Runs with whichever `unres` is importable; writes one JSON record per file."""
    from unres.akn.reader import from_akn
    from unres.model import to_dict
    from unres.problems import UnresError
    from unres.rules import check
    from unres.schema import schema_problems

    root = SHARED / "corpus" / "unxml"
    files = sorted(root.rglob("*.xml"))
    if QUICK:
        files = files[::25]
    with out.open("w", encoding="utf-8") as fh:
        for f in files:
            record: dict = {"file": str(f.relative_to(root)), "set": _set_of(f, root)}
            try:
                res, _ = from_akn(f.read_bytes(), str(f))
            except UnresError as e:
                record["unreadable"] = e.problems[0].code
            else:
                record["errors"] = [[p.code, p.pointer, p.message[:160]] for p in schema_problems(to_dict(res))]
                if not record["errors"]:
                    record["rules"] = [[p.code, p.pointer, p.message[:160]] for p in check(res)
                                       if p.severity == "error"]
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _run(code: Path | None, out: Path) -> list[dict]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    cmd = [sys.executable, __file__, "--worker", str(out)]
    if code is not None:
        cmd += ["--code", str(code)]
    subprocess.run(cmd, check=True, env=env)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _import_from(code: Path) -> None:
    """Makes `import unres` load the package in `code` (a converter/ folder)."""
    shim = Path(tempfile.mkdtemp(prefix="unres-shim-"))
    (shim / "unres").symlink_to(code.resolve(), target_is_directory=True)
    sys.path.insert(0, str(shim))


def _table(records: list[dict]) -> dict[str, list[int]]:
    table: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for r in records:
        row = table[r["set"]]
        row[0] += 1
        if "unreadable" in r:
            row[1] += 1
        elif r["errors"]:
            row[2] += 1
    return table


def _place(pointer: str | None) -> str:
    return re.sub(r"/\d+(?=/|$)", "/*", pointer or "")


def report(now: list[dict], before: list[dict] | None, label: str) -> None:
    table = _table(now)
    old = _table(before) if before is not None else {}
    head = f"{'set':24} {'files':>6} {'unreadable':>10} {'schema-fail':>11}"
    if before is not None:
        head += f" {'fail at ' + label:>16}"
    print(head)
    totals = [0, 0, 0, 0]
    for name in sorted(set(table) | set(old)):
        row = table.get(name, [0, 0, 0])
        line = f"{name:24} {row[0]:6} {row[1]:10} {row[2]:11}"
        totals[:3] = [a + b for a, b in zip(totals[:3], row, strict=True)]
        if before is not None:
            was = old.get(name, [0, 0, 0])
            line += f" {was[2]:16}"
            totals[3] += was[2]
        print(line)
    line = f"{'all':24} {totals[0]:6} {totals[1]:10} {totals[2]:11}"
    print(line + (f" {totals[3]:16}" if before is not None else ""))
    refused: dict[str, list[str]] = collections.defaultdict(list)
    for r in now:
        if "unreadable" in r:
            refused[r["unreadable"]].append(r["file"])
    print("\nrefused by the reader, by code, three examples each:")
    for code, files in sorted(refused.items(), key=lambda kv: -len(kv[1])):
        print(f"  {code}: {len(files)}")
        for file in files[:3]:
            print(f"      {file}")
    groups: dict[tuple[str, str], list[tuple[str, str | None, str]]] = collections.defaultdict(list)
    for r in now:
        for code, pointer, message in r.get("errors", ()):
            groups[(code, _place(pointer))].append((r["file"], pointer, message))
    print("\nschema errors left, by code and place, three examples each:")
    _examples(groups)
    rules: dict[tuple[str, str], list[tuple[str, str | None, str]]] = collections.defaultdict(list)
    for r in now:
        for code, pointer, message in r.get("rules", ()):
            rules[(code, _place(pointer))].append((r["file"], pointer, message))
    print("\nrule errors of the models that pass the schema, by code and place, three examples each:")
    _examples(rules)


def _examples(groups: dict[tuple[str, str], list[tuple[str, str | None, str]]]) -> None:
    for (code, place), hits in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {code} {place}: {len(hits)}")
        for file, pointer, message in hits[:3]:
            print(f"      {file} {pointer}: {message}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", help="a commit to measure as well (checked out in a temporary worktree)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--code", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        if args.code:
            _import_from(Path(args.code))
        measure(Path(args.worker))
        return 0
    if not (SHARED / "corpus" / "unxml").is_dir():
        print(f"corpus not found under {SHARED}: no files, no schema-fail figures")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        before = None
        if args.base:
            tree = work / "base"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), args.base],
                           check=True, capture_output=True)
            try:
                before = _run(tree / "converter", work / "base.jsonl")
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                               capture_output=True)
        now = _run(None, work / "now.jsonl")
    report(now, before, args.base or "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
