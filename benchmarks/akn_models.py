"""What every AKN file of the corpus reads to, as one hash a file: the proof that a change to the AKN
reader which is meant to change nothing (a faster path, a function split) changed nothing.

Each file's model JSON (`unres.jsonio.to_json`) and the reader's warnings (code, severity, line,
message), or the reader's refusal, and the same of unres' AKN of that model read back (the reader
of unres' own files), are hashed; the hashes are written one a line ("path hash", the path as the
corpus names it, spaces and all) and, with --against, compared with another run's.

    python benchmarks/akn_models.py --out /tmp/this.txt                          # this checkout
    python benchmarks/akn_models.py --code /tmp/main/converter --out /tmp/main.txt  # another checkout
    python benchmarks/akn_models.py --out /tmp/this.txt --against /tmp/main.txt  # … and compare

Quick mode (UNRES_BENCH_QUICK=1): one file in 20.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from _common import QUICK, SHARED


def corpus_files() -> list[Path]:
    """Every AKN file of the corpus (the UN's AKN4UN files), in a fixed order."""
    files = sorted((SHARED / "corpus").glob("**/*.xml"))
    return files[::20] if QUICK else files


def reading(data: bytes) -> str:
    """The model JSON and the warnings the reader gives for `data`, or its refusal, as one text; then
    the same of unres' AKN of that model (the reader of unres' own files, on the corpus's models)."""
    from unres.akn.reader import from_akn
    from unres.akn.writer import to_akn
    from unres.jsonio import to_json

    try:
        res, warnings = from_akn(data)
    except Exception as exc:  # a refusal is a reading too: the same refusal must come out
        return f"refused {type(exc).__name__}: {exc}"
    said = "\n".join(f"{w.code} {w.severity} {w.line} {w.message}" for w in warnings)
    again, warned = from_akn(to_akn(res))
    said_again = "\n".join(f"{w.code} {w.severity} {w.line} {w.message}" for w in warned)
    return "\n".join((to_json(res), said, to_json(again), said_again))


def hashes(files: list[Path]) -> dict[str, str]:
    root = SHARED / "corpus"
    return {str(f.relative_to(root)): hashlib.sha256(reading(f.read_bytes()).encode()).hexdigest()
            for f in files}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--code", type=Path, help="a converter/ folder to read with (default: this checkout's)")
    ap.add_argument("--out", type=Path, help="write the hashes here")
    ap.add_argument("--against", type=Path, help="compare with the hashes of another run")
    args = ap.parse_args()
    if args.code:
        from same_outputs import _import_from

        _import_from(args.code)
    found = hashes(corpus_files())
    if args.out:
        args.out.write_text("".join(f"{k} {v}\n" for k, v in found.items()), encoding="utf-8")
    print(f"AKN files read: {len(found)}; one hash of all: "
          f"{hashlib.sha256(''.join(found.values()).encode()).hexdigest()[:16]}")
    if not args.against:
        return 0
    # (a file's name may hold spaces: its hash is the last word of its line)
    other = dict(line.rsplit(" ", 1) for line in args.against.read_text(encoding="utf-8").splitlines())
    differ = sorted(k for k in found.keys() | other.keys() if found.get(k) != other.get(k))
    print(f"same as {args.against}: {len(found) - len(differ)}; different or missing: {len(differ)}")
    for name in differ[:20]:
        print(f"  {name}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
