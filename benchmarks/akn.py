"""Model → AKN (writer) and validation (XSD, profile), per document, on the seed and the corpus.

Target (issue): writer ≤ 1 ms for the seed; validation cost reported separately.
"""

from __future__ import annotations

from unres.akn.reader import from_akn
from unres.akn.writer import to_akn
from unres.akn.xsd import profile, profile_problems, xsd, xsd_problems
from unres.jsonio import from_json
from unres.safexml import parse_xml

from _common import QUICK, ROOT, SHARED, machine, median_time


def main() -> None:
    print(f"# model ⇄ Akoma Ntoso ({machine()})")
    xsd()
    profile()
    seed = from_json((ROOT / "samples" / "A-HRC-RES-35-8.zh.json").read_bytes())
    xml = to_akn(seed)
    tree = parse_xml(xml)
    n = 20 if QUICK else 200
    print(f"seed writer:          {median_time(lambda: to_akn(seed), number=n) * 1000:.3f} ms")
    print(f"seed reader:          {median_time(lambda: from_akn(xml), number=n) * 1000:.3f} ms")
    print(f"seed XSD validation:  {median_time(lambda: xsd_problems(tree), number=n) * 1000:.3f} ms")
    print(f"seed profile (sch):   {median_time(lambda: profile_problems(tree), number=n) * 1000:.3f} ms")
    corpus = SHARED / "corpus" / "unxml"
    if not corpus.is_dir():
        return
    files = sorted(corpus.glob("*/*/*/*.xml"))[:: 20 if QUICK else 1]
    models = []
    for f in files:
        try:
            models.append(from_akn(f.read_bytes())[0])
        except Exception:
            pass
    import time

    start = time.perf_counter()
    outs = [to_akn(m) for m in models]
    w = (time.perf_counter() - start) / len(models)
    trees = [parse_xml(o) for o in outs]
    start = time.perf_counter()
    for t in trees:
        xsd_problems(t)
    v = (time.perf_counter() - start) / len(models)
    print(f"corpus ({len(models)} documents): writer {w * 1000:.3f} ms, XSD {v * 1000:.3f} ms per document")


if __name__ == "__main__":
    main()
