"""Time against input size: adversarial texts at 1×, 10×, 100×, and batches of 1–1,000 documents.

Every step should grow linearly: the ratio column is time(size k) / time(size 1) / k, which stays
near 1 (or below) when growth is linear and would climb with size if any pattern backtracked.
"""

from __future__ import annotations

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


def main() -> None:
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
    print("\nbatches of the seed (parse only, one process):")
    for n in ((1, 10, 100) if QUICK else (1, 10, 100, 1000)):
        t, peak = timed(lambda n=n: [parse(SEED) for _ in range(n)])
        print(f"  {n:5} documents: {t * 1000:9.1f} ms, peak traced memory {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
