"""Text → Akoma Ntoso: unres against bluebell-akn (Laws.Africa), on the same texts, in one run.

    python benchmarks/vs_bluebell.py                  # seed + 120 corpus texts
    UNRES_BENCH_QUICK=1 python benchmarks/vs_bluebell.py

bluebell is never a dependency of unres: it lives in its own virtual environment, made once with
a Python ≥ 3.12 (bluebell ≥ 4 and its Rust extension need it):

    python3.12 -m venv benchmarks/.venv-bluebell
    benchmarks/.venv-bluebell/bin/pip install bluebell-akn bluebell-akn-rs

The texts are the seed and UN AKN files laid out as PDF text by the test helper (tests/pdftext.py).
For each tool: median time per document, and what the output holds — operative paragraphs as
elements (compared with the UN's own count), preambular paragraphs, metadata, the vote, footnotes,
and whether it validates against the official AKN 3.0 XSD.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from _common import QUICK, ROOT, SHARED, machine

sys.path.insert(0, str(ROOT / "tests"))

from lxml import etree  # noqa: E402

from unres.akn.writer import to_akn  # noqa: E402
from unres.akn.xsd import xsd  # noqa: E402
from unres.text.parse import parse_text  # noqa: E402

OUT = ROOT / "benchmarks" / "out" / "vs_bluebell"
BLUEBELL_PY = ROOT / "benchmarks" / ".venv-bluebell" / "bin" / "python"
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
REPEAT = 3 if QUICK else 9


def inputs() -> list[tuple[str, str, int | None]]:
    """(name, text, operative paragraphs the UN counts) for the seed and corpus texts."""
    seed = (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").read_text(encoding="utf-8")
    out = [("seed", seed, 25)]
    corpus = SHARED / "corpus" / "unxml"
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: the seed only")
        return out
    from pdftext import pdf_text

    files = sorted(corpus.glob("*/*/*/*.xml"))
    step = max(1, len(files) // (5 if QUICK else 120))
    for f in files[::step]:
        try:
            text, exp = pdf_text(f.read_bytes(), f.name)
        except Exception:  # the one malformed UN file
            continue
        out.append((f.stem, text, len(exp.operative)))
    return out


def unres_akn(text: str) -> bytes:
    return to_akn(parse_text(text).resolution)


def time_unres(docs) -> dict[str, float]:
    times = {}
    for name, text, _ in docs:
        try:
            unres_akn(text)
        except Exception:
            continue
        runs = []
        for _ in range(REPEAT):
            start = time.perf_counter()
            unres_akn(text)
            runs.append(time.perf_counter() - start)
        times[name] = statistics.median(runs)
        (OUT / "unres").mkdir(parents=True, exist_ok=True)
        (OUT / "unres" / f"{name}.xml").write_bytes(unres_akn(text))
    return times


def time_bluebell(docs, mode: str) -> dict[str, float] | None:
    if not BLUEBELL_PY.exists():
        return None
    files = [str(OUT / "inputs" / f"{name}.txt") for name, _, _ in docs]
    done = subprocess.run([str(BLUEBELL_PY), str(ROOT / "benchmarks" / "_bluebell_worker.py"), mode, str(REPEAT),
                           str(OUT / "bluebell"), *files], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"bluebell ({mode}) failed: {done.stderr.strip()[-300:]}")
        return None
    return {name.removesuffix(".txt"): t for name, t in json.loads(done.stdout).items()}


def contents(xml_path, expected_ops: int | None) -> dict[str, bool | int]:
    tree = etree.parse(str(xml_path))
    ops = len(tree.findall(".//a:mainBody/a:paragraph", NS))
    return {
        "operative paragraphs right": expected_ops is not None and ops == expected_ops,
        "preamble paragraphs": len(tree.findall(".//a:preamble/a:container", NS)) > 0,
        "symbol / number": tree.find(".//a:docNumber", NS) is not None,
        "vote": tree.find(".//a:voting", NS) is not None,
        "footnotes": tree.find(".//a:authorialNote", NS) is not None,
        "XSD valid": xsd().validate(tree),
    }


def report(label: str, times: dict[str, float], folder: str, suffix: str, docs) -> None:
    seed = times.get("seed")
    rest = [t for name, t in times.items() if name != "seed"]
    line = f"{label}: seed {seed * 1000:.2f} ms" if seed is not None else f"{label}: seed failed"
    if rest:
        line += f"; corpus median {statistics.median(rest) * 1000:.2f} ms per document ({len(rest)} texts)"
    print(line)
    shares: dict[str, int] = {}
    counted = 0
    for name, _, expected in docs:
        path = OUT / folder / f"{name}{suffix}.xml"
        if name not in times or not path.exists():
            continue
        counted += 1
        for key, value in contents(path, expected).items():
            shares[key] = shares.get(key, 0) + bool(value)
    print("    " + ", ".join(f"{k} {v}/{counted}" for k, v in shares.items()))


def main() -> None:
    print(f"# text → Akoma Ntoso: unres vs bluebell-akn ({machine()}; medians of {REPEAT} runs)")
    docs = inputs()
    (OUT / "inputs").mkdir(parents=True, exist_ok=True)
    for name, text, _ in docs:
        (OUT / "inputs" / f"{name}.txt").write_text(text, encoding="utf-8")
    mine = time_unres(docs)
    report("unres (parse + write)", mine, "unres", "", docs)
    if not BLUEBELL_PY.exists():
        print(f"bluebell: no virtual environment at {BLUEBELL_PY.parent.parent} (see this script's docstring): skipped")
        return
    for mode, label in (("rust", "bluebell-akn + bluebell-akn-rs"), ("python", "bluebell-akn, pure Python")):
        theirs = time_bluebell(docs, mode)
        if theirs is None:
            continue
        report(label, theirs, "bluebell", f".{mode}", docs)
        common = [n for n in mine if n in theirs]
        if common:
            ratios = [theirs[n] / mine[n] for n in common]
            print(f"    time {label} / unres: median {statistics.median(ratios):.2f}× over {len(common)} texts")


if __name__ == "__main__":
    main()
