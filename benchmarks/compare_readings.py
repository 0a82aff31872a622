"""Two runs of `generalisation.py --dump` side by side: what a change to the reader fixed and broke.

    python benchmarks/generalisation.py --dump before.jsonl      # on the code before the change
    python benchmarks/generalisation.py --dump after.jsonl       # and after
    python benchmarks/compare_readings.py before.jsonl after.jsonl
    python benchmarks/compare_readings.py after.jsonl            # one run: its figures and failures

Per measure (whole texts, short texts, collections) and generator: right of all in the development
and held-out groups, then each document that changed — fixed or broken — with its reason. The held-out
sets' documents are counted but never named: their failures stay unlooked-at (tests/corpus_sets.py).
A failure's reason is printed for the development sets only, for the same cause.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

Key = tuple[str, str, str]  # (measure, generator, path)


def load(path: Path) -> dict[Key, dict]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[(row["kind"], row["generator"], row["path"])] = row
    return rows


def totals(rows: dict[Key, dict]) -> dict[tuple[str, str, str], list[int]]:
    """(measure, generator, group) → [right, all]."""
    out: dict[tuple[str, str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    for (kind, generator, _), row in rows.items():
        out[(kind, generator, row["group"])][0] += row["ok"]
        out[(kind, generator, row["group"])][1] += 1
    return dict(out)


def figures(before: dict[Key, dict], after: dict[Key, dict] | None) -> list[str]:
    lines = []
    t0, t1 = totals(before), totals(after) if after is not None else None
    for key in sorted(t0 | (t1 or {})):
        ok0, n0 = t0.get(key, [0, 0])
        shown = f"{ok0}/{n0}"
        if t1 is not None:
            ok1, n1 = t1.get(key, [0, 0])
            shown += f" → {ok1}/{n1}"
        lines.append(f"  {' '.join(key):40} {shown}")
    return lines


def changes(before: dict[Key, dict], after: dict[Key, dict]) -> tuple[list[str], list[str], int]:
    """The development documents fixed and broken (one line each), and how many held-out ones changed."""
    fixed, broken, held = [], [], 0
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        if a["ok"] == b["ok"] and a["reason"] == b["reason"]:
            continue
        if b["group"] != "development":
            held += a["ok"] != b["ok"]
            continue
        line = f"  {key[0]:10} {key[1]:6} {key[2]}: {(b['reason'] or a['reason'])[:150]}"
        if b["ok"] and not a["ok"]:
            fixed.append(line)
        elif a["ok"] and not b["ok"]:
            broken.append(line)
        else:  # wrong both times, another way
            broken.append(line.replace(": ", ": (still wrong, now) ", 1))
    return fixed, broken, held


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path, nargs="?")
    args = parser.parse_args()
    for path in (args.before, args.after):
        if path is not None and not path.is_file():  # a dump still being written, or a typo
            parser.error(f"{path}: no such dump (generalisation.py --dump FILE writes it when its run ends)")
    before = load(args.before)
    after = load(args.after) if args.after else None
    print("right of all, per measure, generator and group:")
    print("\n".join(figures(before, after)))
    if after is None:
        print("\ndevelopment failures:")
        for (kind, generator, path), row in sorted(before.items()):
            if not row["ok"] and row["group"] == "development":
                print(f"  {kind:10} {generator:6} {path}: {row['reason'][:150]}")
        return
    fixed, broken, held = changes(before, after)
    print(f"\nfixed ({len(fixed)}):", *fixed, sep="\n")
    print(f"\nbroken or changed ({len(broken)}):", *broken, sep="\n")
    print(f"\nheld-out documents whose rightness changed: {held}")


if __name__ == "__main__":
    main()
