"""Time against input size: adversarial texts at 1×, 10×, 100×, and batches of 1–1,000 documents.

Every step should grow linearly: the ratio column is time(size k) / time(size 1) / k, which stays
near 1 (or below) when growth is linear and would climb with size if any pattern backtracked.

The text reader's hostile cases (issue "Hostile input, round two", H3: the inputs of
shared/repros/hostile/text-slow, built here at any size) are timed at 1×, 10× and 100×: "per 10×"
is time(10k) / time(k) for each step (linear: about 10; the target is at most 12), and their peak
memory (tracemalloc, at the largest size) is given as a multiple of the input's size in UTF-8
(target: at most 20).
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


# -- the text reader's hostile cases (H3) ----------------------------------------------------------------
_GA = ("A/RES/79/12\n\nGeneral Assembly\n\nSeventy-ninth session\n\nAgenda item 12\n\n79/12. Title\n\n"
       "The General Assembly,\n\nRecalling its resolution 77/3,\n\n")
_OPS = "1. Encourages Member States to share data;\n\n2. Decides to remain seized of the matter.\n\n"
_CLOSE = "5 November 2024\n\n31st plenary meeting\n\n[Adopted without a vote.]\n"

HOSTILE = {
    # "Resolution adopted by … on …": a header line with many " on "
    "header ' on ' × n": lambda k: ("A/RES/79/12\n\nResolution adopted by the General Assembly" + " on x" * (2_000 * k)
                                    + "\n\n" + _GA.split("\n\n", 1)[1] + _OPS + _CLOSE),
    # one line full of implausible marks ("A/78/L.1," is a symbol, not a mark)
    "marks on one line": lambda k: (_GA + "1. Notes documents " + "A/78/L.1," * (2_000 * k) + " and others;\n\n"
                                    + "2. Decides.\n\n" + _CLOSE + "\n1 A note.\n"),
    # a footnote that never ends
    "footnote without end": lambda k: (_GA.replace("77/3,", "77/3,1") + _OPS + _CLOSE + "\n1 A note that goes on\n"
                                       + "and on and on\n" * (2_000 * k)),
    # paragraph numbers out of sequence, each merged into the paragraph before
    "numbers out of sequence": lambda k: _GA + "1. Decides;\n\n" + "9. more text;\n\n" * (1_000 * k) + _CLOSE,
    # unnumbered blocks after a numbered paragraph, each going on with it
    "unnumbered after numbered": lambda k: _GA + "1. Decides;\n\n" + "more text;\n\n" * (1_000 * k) + _CLOSE,
    # a vote list entry with many "and": each may split two names
    "vote list of 'and'": lambda k: (_GA + _OPS + "5 November 2024\n\n31st plenary meeting\n\n[Adopted by a recorded "
                                     "vote of 1 to 0.\nIn favour:\n" + " and ".join(["Xland"] * (1_000 * k))
                                     + "\nAgainst:\nNone]\n"),
    # an endnote that goes on over many lines
    "endnote continuation": lambda k: (_GA.replace("77/3,", "77/3 1 and,") + _OPS + _CLOSE + "\n1 See the report\n"
                                       + "and more\n" * (2_000 * k)),
}


def timed(fn) -> tuple[float, int]:
    tracemalloc.start()
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak


def _seconds(text: str) -> float:
    start = time.perf_counter()
    parse(text)
    return time.perf_counter() - start


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
    print("\nthe text reader's hostile cases (H3):")
    print(f"{'input':26} " + " ".join(f"{f'{k}×':>10}" for k in sizes) + "   per 10×        peak memory")
    for name, make in HOSTILE.items():
        texts = [make(k) for k in sizes]
        times = [min(_seconds(t) for _ in range(2)) for t in texts]
        steps = " ".join(f"{b / a:5.1f}" for a, b in zip(times, times[1:], strict=False))
        size = len(texts[-1].encode("utf-8"))
        peak = timed(lambda t=texts[-1]: parse(t))[1]
        print(f"{name:26} " + " ".join(f"{t * 1000:9.1f}ms" for t in times)
              + f"   {steps:12}   {peak / size:5.1f}× input ({size / 1e6:.2f} MB)")
    print("\nbatches of the seed (parse only, one process):")
    for n in ((1, 10, 100) if QUICK else (1, 10, 100, 1000)):
        t, peak = timed(lambda n=n: [parse(SEED) for _ in range(n)])
        print(f"  {n:5} documents: {t * 1000:9.1f} ms, peak traced memory {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
