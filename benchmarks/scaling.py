"""Time against input size: adversarial texts at 1×, 10×, 100×, and batches of 1–1,000 documents.

Every step should grow linearly: the ratio column is time(size k) / time(size 1) / k, which stays
near 1 (or below) when growth is linear and would climb with size if any pattern backtracked.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc

from unres.problems import UnresError
from unres.text.parse import parse_text

from _common import QUICK, ROOT, machine

SEED = (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").read_text(encoding="utf-8")
HEAD = "The General Assembly,\n\n"

ADVERSARIAL = {
    "one long line": lambda k: HEAD + "1. Decides " + "word " * (20_000 * k) + ".\n",
    "dots": lambda k: HEAD + "1. " + "." * (10_000 * k) + "\n",
    "digits": lambda k: HEAD + "1. " + "1" * (10_000 * k) + "\n",
    "labels": lambda k: HEAD + "1. Decides:\n" + "".join(f"(a) x{i};\n" for i in range(1_000 * k)),
    "brackets": lambda k: HEAD + "1. " + "(" * (5_000 * k) + ")" * (5_000 * k) + "\n",
    "footnote-like lines": lambda k: HEAD + "1. word1 word2,\n"
    + "".join(f"{i % 9 + 1} note text\n" for i in range(2_000 * k)),
    "seed repeated": lambda k: SEED * k,
}


def timed(fn) -> tuple[float, int]:
    tracemalloc.start()
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak


def parse(text: str) -> None:
    try:
        parse_text(text)
    except UnresError:
        pass


def akn_paragraph(k: int, dialect: str) -> bytes:
    """An AKN file whose one operative paragraph holds k × 100,000 characters of text and whitespace
    (the UN's files are whitespace-normalized when read, unres' are not), with a note at its end."""
    chunk = "word\t\n " * 12_500  # text nodes stay under libxml2's 10 MB limit
    words = "<span>s</span>".join([chunk] * k)
    source = "#unres" if dialect == "unres" else "#DGACM"
    return (f'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">'
            f'<meta><identification source="{source}"><FRBRExpression><FRBRlanguage language="eng"/>'
            f"</FRBRExpression></identification></meta><mainBody><paragraph><num>1.</num><content><p>Decides "
            f'{words}<authorialNote marker="1"><p>Note.</p></authorialNote> end.</p></content></paragraph>'
            f"</mainBody></statement></akomaNtoso>").encode()


def akn_case(path: str) -> dict[str, float]:
    """Reads one file in this process: seconds and peak RSS growth over the input's bytes (lxml's
    memory included, which tracemalloc does not see)."""
    from unres.akn.reader import from_akn

    with open(path, "rb") as fh:
        data = fh.read()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    from_akn(data)
    elapsed = time.perf_counter() - start
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
    return {"seconds": elapsed, "bytes": len(data), "peak": peak}


def akn_scaling(sizes: tuple[int, ...]) -> None:
    print("\nAKN readers, one paragraph of k × 100 KB (a fresh process per size; target: ratio ≤ 12 per 10×, "
          "peak ≤ 20× input):")
    for dialect in ("un", "unres"):
        runs = []
        for k in sizes:
            with tempfile.NamedTemporaryFile(suffix=".xml") as fh:
                fh.write(akn_paragraph(k, dialect))
                fh.flush()
                out = subprocess.run([sys.executable, __file__, "--akn-case", fh.name], check=True,
                                     capture_output=True, text=True).stdout
            runs.append(json.loads(out))
        steps = [b["seconds"] / a["seconds"] for a, b in zip(runs, runs[1:], strict=False)]
        cells = " ".join(f"{r['seconds'] * 1000:9.1f}ms" for r in runs)
        peaks = ", ".join(f"{r['bytes'] / 1e6:.1f} MB → {r['peak'] / r['bytes']:.1f}×" for r in runs)
        print(f"  {dialect + ' format':14} {cells}   ratio per 10×: {', '.join(f'{x:.1f}' for x in steps)}; "
              f"peak: {peaks}")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--akn-case":
        print(json.dumps(akn_case(sys.argv[2])))
        return
    print(f"# scaling ({machine()})")
    sizes = (1, 10) if QUICK else (1, 10, 100)
    print(f"{'input':22} " + " ".join(f"{f'{k}×':>10}" for k in sizes) + "   ratio at largest")
    for name, make in ADVERSARIAL.items():
        times = []
        for k in sizes:
            text = make(k)
            times.append(timed(lambda t=text: parse(t))[0])
        ratio = times[-1] / times[0] / sizes[-1]
        print(f"{name:22} " + " ".join(f"{t * 1000:9.1f}ms" for t in times) + f"   {ratio:.2f}")
    akn_scaling(sizes)
    print("\nbatches of the seed (parse only, one process):")
    for n in ((1, 10, 100) if QUICK else (1, 10, 100, 1000)):
        t, peak = timed(lambda n=n: [parse(SEED) for _ in range(n)])
        print(f"  {n:5} documents: {t * 1000:9.1f} ms, peak traced memory {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
