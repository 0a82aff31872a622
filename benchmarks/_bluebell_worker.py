"""Runs inside the bluebell virtual environment (benchmarks/.venv-bluebell, Python ≥ 3.12), never
in the project's: times bluebell-akn on text files and writes its XML beside them.

    python _bluebell_worker.py MODE REPEAT OUT_DIR FILE...

MODE is "rust" (the bluebell-akn-rs extension) or "python" (the extension hidden). Prints one JSON
object: {file name: median seconds per document}.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def main() -> None:
    mode, repeat, out_dir, files = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), sys.argv[4:]
    if mode == "python":
        sys.modules["_bluebell_rs"] = None  # an import of it then fails: bluebell falls back to Python
    from bluebell.parser import parse_to_xml_bytes

    out_dir.mkdir(parents=True, exist_ok=True)
    times = {}
    for name in files:
        text = Path(name).read_text(encoding="utf-8")
        # bluebell needs a work IRI; the same one for every input (it does not read metadata from text).
        frbr = "/akn/un/statement/deliberation/un/2000-01-01/1"
        xml = parse_to_xml_bytes(text, "statement", frbr)
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            parse_to_xml_bytes(text, "statement", frbr)
            runs.append(time.perf_counter() - start)
        times[Path(name).name] = statistics.median(runs)
        (out_dir / (Path(name).stem + f".{mode}.xml")).write_bytes(xml)
    print(json.dumps(times))


if __name__ == "__main__":
    main()
