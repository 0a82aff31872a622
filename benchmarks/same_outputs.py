"""Are the outputs of this checkout byte-identical to those of another commit?

Converts every input a refactor must not change — the samples, the text repros, the CR-UNSC
texts, every UN AKN file of ../shared/corpus, and every corpus file laid out as PDF text (and as
the other extractions, by tests/pdftext.py) — to JSON, AKN, text and HTML, with the reader's
warnings, the model's problems (schema + rules) and any error, at both commits, and compares
them. The laid-out texts are made once, by this checkout's helper, so both commits read the same
bytes.

    python benchmarks/same_outputs.py --base df97775           # compare; exit 1 on a difference
    python benchmarks/same_outputs.py --base df97775 --show samples/valid/en-ga-recorded.json

The base commit is checked out in a temporary git worktree and imported from there.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, SHARED  # noqa: E402

FORMATS = ("json", "akn", "text", "html")


# -- the inputs (made by this checkout) ------------------------------------------------------------
def collect_inputs(work: Path, quick: bool) -> list[Path]:
    files: list[Path] = []
    files += sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".txt", ".json", ".xml")
                    and p.name != "expected.json")
    repros = SHARED / "repros" / "text"
    if repros.is_dir():
        files += sorted(p for p in repros.iterdir() if p.suffix in (".txt", ".xml"))
    corpus = SHARED / "corpus"
    cr = sorted((corpus / "cr-unsc").glob("*.txt"))
    xml = sorted((corpus / "unxml").rglob("*.xml"))
    if quick:
        cr, xml = cr[::25], xml[::25]
    files += cr + xml
    return files + lay_out(xml, work / "laid-out")


def lay_out(xml: list[Path], laid: Path) -> list[Path]:
    """Each UN AKN file laid out as PDF text (and, for two in five, as one other extraction) by
    tests/pdftext.py, written into `laid` (named after its place in the corpus, with '__')."""
    sys.path.insert(0, str(ROOT / "tests"))
    from pdftext import extraction_for, pdf_text

    corpus = SHARED / "corpus"
    files: list[Path] = []
    laid.mkdir(parents=True, exist_ok=True)
    for f in xml:
        data = f.read_bytes()
        for layout in (None, extraction_for(f.name)):
            try:
                text, _ = pdf_text(data, f.name, layout)
            except Exception:  # the helper cannot lay out a broken UN file; nothing to compare
                continue
            rel = f.relative_to(corpus / "unxml").with_suffix("")
            target = laid / f"{'__'.join(rel.parts)}.{layout or 'pdf'}.txt"
            target.write_text(text, encoding="utf-8")
            files.append(target)
            if extraction_for(f.name) is None:
                break
    return files


# -- the worker (runs with either commit's package on sys.path) ------------------------------------
def _adapters():
    """The reader and writers of whichever commit is imported: the API moved in refactors."""
    import unres
    from unres.akn.reader import from_akn
    from unres.jsonio import from_json

    try:
        from unres.text.parse import parse_text
    except ImportError:  # pragma: no cover - the reader moved
        from unres.text import parse_text  # type: ignore[no-redef]

    def load(path: Path):
        data = path.read_bytes()
        if path.suffix == ".json":
            return from_json(data), []
        if path.suffix == ".xml":
            return from_akn(data, str(path))
        result = parse_text(data, None)
        return result.resolution, result.warnings

    writers = {"json": unres.to_json, "akn": unres.to_akn, "text": unres.render_text, "html": unres.render_html}
    return load, writers, unres.validate


def _digest(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:20]


def convert(path: Path, full: bool = False) -> dict:
    load, writers, validate = _adapters()
    record: dict = {"input": str(path)}
    try:
        res, warnings = load(path)
    except Exception as e:  # an UnresError is an outcome to compare, like any other
        problems = getattr(e, "problems", None)
        record["error"] = [str(p) for p in problems] if problems else [f"{type(e).__name__}: {e}"]
        return record
    record["warnings"] = [str(w) for w in warnings]
    try:
        record["problems"] = [str(p) for p in validate(res)]
    except Exception as e:
        record["problems"] = [f"raised {type(e).__name__}: {e}"]
    for fmt, write in writers.items():
        try:
            out = write(res)
        except Exception as e:
            record[fmt] = f"raised {type(e).__name__}: {e}"
            continue
        record[fmt] = (out.decode("utf-8") if isinstance(out, bytes) else out) if full else _digest(out)
    return record


def _convert_safe(path: str) -> dict:
    return convert(Path(path))


def worker(code: Path, inputs: Path, out: Path, jobs: int) -> None:
    _import_from(code)
    names = inputs.read_text(encoding="utf-8").splitlines()
    from multiprocessing import Pool

    with Pool(jobs) as pool, out.open("w", encoding="utf-8") as fh:
        for record in pool.imap(_convert_safe, names, chunksize=16):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def _import_from(code: Path) -> None:
    """Makes `import unres` load the package in `code` (a converter/ folder) first."""
    shim = Path(tempfile.mkdtemp(prefix="unres-shim-"))
    (shim / "unres").symlink_to(code.resolve(), target_is_directory=True)
    sys.path.insert(0, str(shim))
    for name in [m for m in sys.modules if m == "unres" or m.startswith("unres.")]:
        del sys.modules[name]


# -- comparing two commits --------------------------------------------------------------------------
def _checkout(base: str, where: Path) -> Path:
    tree = where / "base"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(tree), base],
                   check=True, capture_output=True)
    return tree


def _remove(tree: Path) -> None:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)


def _run(code: Path, names: list[Path], work: Path, tag: str, jobs: int) -> dict[str, dict]:
    inputs = work / f"{tag}.inputs"
    inputs.write_text("\n".join(str(n) for n in names), encoding="utf-8")
    out = work / f"{tag}.jsonl"
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([sys.executable, __file__, "--worker", str(code), str(inputs), str(out), str(jobs)],
                   check=True, env=env)
    records = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        records[r.pop("input")] = r
    return records


def _show(base: str, target: Path) -> int:
    import difflib

    with tempfile.TemporaryDirectory(prefix="unres-same-") as tmp:
        tree = _checkout(base, Path(tmp))
        try:
            outs = []
            for code in (tree / "converter", ROOT / "converter"):
                cmd = [sys.executable, __file__, "--dump", str(code), str(target)]
                outs.append(json.loads(subprocess.run(cmd, check=True, capture_output=True).stdout))
        finally:
            _remove(tree)
    for key in sorted(set(outs[0]) | set(outs[1])):
        a, b = outs[0].get(key), outs[1].get(key)
        if a == b:
            continue
        a_lines = (json.dumps(a, ensure_ascii=False, indent=1) if not isinstance(a, str) else a).splitlines()
        b_lines = (json.dumps(b, ensure_ascii=False, indent=1) if not isinstance(b, str) else b).splitlines()
        print(f"== {key}")
        sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(a_lines, b_lines, base, "this", n=1,
                                                                           lineterm=""))
    return 0


def _short(name: str, work: Path) -> str:
    for root, tag in ((work, ""), (SHARED, "shared/"), (ROOT, "")):
        if name.startswith(str(root) + "/"):
            return tag + name[len(str(root)) + 1:]
    return name


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", help="the commit to compare with")
    ap.add_argument("--show", type=Path, help="print the differences for one input")
    ap.add_argument("--quick", action="store_true", help="one corpus file in 25")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--keep", type=Path, help="keep the inputs and the records in this folder")
    ap.add_argument("--all", action="store_true", help="list every input that differs (default: the first 50)")
    ap.add_argument("--worker", nargs=4, help=argparse.SUPPRESS)
    ap.add_argument("--dump", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        code, inputs, out, jobs = args.worker
        worker(Path(code), Path(inputs), Path(out), int(jobs))
        return 0
    if args.dump:
        _import_from(Path(args.dump[0]))
        print(json.dumps(convert(Path(args.dump[1]), full=True), ensure_ascii=False))
        return 0
    if not args.base:
        ap.error("--base is required")
    if args.show:
        return _show(args.base, args.show)
    with tempfile.TemporaryDirectory(prefix="unres-same-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        names = collect_inputs(work, args.quick)
        tree = _checkout(args.base, Path(tmp))
        try:
            before = _run(tree / "converter", names, work, "base", args.jobs)
        finally:
            _remove(tree)
        after = _run(ROOT / "converter", names, work, "this", args.jobs)
    kinds = {"samples": 0, "repros": 0, "cr-unsc": 0, "unxml": 0, "laid-out": 0}
    differ: list[tuple[str, list[str]]] = []
    for name in names:
        kind = next((k for k in kinds if f"/{k}/" in str(name)), "samples")
        kinds[kind] += 1
        a, b = before[str(name)], after[str(name)]
        if a != b:
            differ.append((str(name), sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))))
    errors = sum(1 for r in after.values() if "error" in r)
    print(f"{len(names)} inputs ({', '.join(f'{k} {n}' for k, n in kinds.items())}); "
          f"{len(names) - errors} converted to {len(FORMATS)} formats, {errors} refused with an error")
    print(f"identical to {args.base}: {len(names) - len(differ)}; different: {len(differ)}")
    for name, keys in differ if args.all else differ[:50]:
        print(f"  {_short(name, work)}: {', '.join(keys)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
