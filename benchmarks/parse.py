"""Text → model: time per document and per MB, on the seed and on the corpus laid out as PDF text.

    python benchmarks/parse.py            # full
    UNRES_BENCH_QUICK=1 python benchmarks/parse.py

Target (issue): ≤ 2 ms for a 10 KB resolution on one core.
"""

from __future__ import annotations

import sys
import time

from _common import QUICK, ROOT, SHARED, machine, median_time

sys.path.insert(0, str(ROOT / "tests"))

from unres.text.parse import parse_text  # noqa: E402


def main() -> None:
    print(f"# text → model ({machine()})")
    seed = (ROOT / "samples" / "A-HRC-RES-35-8.zh.txt").read_bytes()
    t = median_time(lambda: parse_text(seed), repeat=5 if QUICK else 21, number=5 if QUICK else 20)
    print(f"seed ({len(seed) / 1024:.1f} KB): {t * 1000:.2f} ms per document, "
          f"{t / (len(seed) / 1e6) * 1000:.0f} ms per MB")
    corpus = SHARED / "corpus" / "unxml"
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: skipped")
        return
    from pdftext import pdf_text

    files = sorted(corpus.glob("*/*/*/*.xml"))
    if QUICK:
        files = files[::40]
    texts = []
    for f in files:
        try:
            texts.append(pdf_text(f.read_bytes(), f.name)[0])
        except Exception:  # the one malformed UN file
            continue
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for t in texts:
        try:
            parse_text(t)
        except Exception:
            pass
    total = time.perf_counter() - start
    print(f"corpus as PDF text: {len(texts)} documents, {size / 1e6:.1f} MB: "
          f"{total / len(texts) * 1000:.2f} ms per document, {total / (size / 1e6) * 1000:.0f} ms per MB")
    ten_kb = total / (size / 1e6) * 0.01
    print(f"→ a 10 KB resolution: {ten_kb * 1000:.2f} ms (target ≤ 2 ms)")


if __name__ == "__main__":
    main()
