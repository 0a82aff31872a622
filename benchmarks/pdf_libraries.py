"""Which PDF library reads resolutions best: the same PDFs (UN AKN files printed as the UN prints
them by tests/typeset.py) read by each candidate, side by side — time to get what the reader needs
out of a PDF, and documents whose structure and text come back equal (tests/structure.py).

    pip install pdfminer.six pypdf          # candidates; not dependencies of unres
    apt-get install poppler-utils           # pdftotext, the reference
    python benchmarks/pdf_libraries.py      # 4 files per language
    UNRES_BENCH_QUICK=1 python benchmarks/pdf_libraries.py

Candidates:
- pypdfium2 (PDFium): text objects with position, size, font flags, text matrix, and drawn rules →
  unres' layout stage (unres.extract.layout) → the text reader. What unres uses.
- pdfminer.six: characters with position, size and font name, and drawn lines → the same layout
  stage, through an adapter here.
- pypdf: its text, plain and in its "layout" mode → the text reader (it gives positions of text
  operators but not their widths, so the layout stage cannot use it).
- pdftotext (poppler) -layout → the text reader: the reference, a separate program.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import QUICK, ROOT, SHARED, machine

sys.path.insert(0, str(ROOT / "tests"))

LANG_DIRS = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}


def via_pdfium(data: bytes):
    from unres.extract.layout import lay_out
    from unres.extract.pdf import pages

    return lay_out(pages(data))


def via_pdfminer(data: bytes):
    """pdfminer.six's characters → the runs and rules unres' layout stage takes."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTCurve, LTTextContainer

    from unres.extract.layout import Page, Rule, Run, lay_out

    def walk(el, page: Page) -> None:
        if isinstance(el, LTTextContainer) or hasattr(el, "__iter__") and not isinstance(el, LTChar):
            for child in el:
                walk(child, page)
        if isinstance(el, LTChar):
            name = el.fontname.lower()
            italic = "italic" in name or "oblique" in name or abs(el.matrix[2]) > 0.1 * abs(el.matrix[3] or 1)
            bold = "bold" in name
            last = page.runs[-1] if page.runs else None
            base = el.matrix[5]
            if (last is not None and abs(last.base - base) < 0.5 and abs(last.size - el.size) < 0.1
                    and last.italic == italic and 0 <= el.x0 - last.x1 < 0.15 * el.size):
                last.text += el.get_text()
                last.x1 = el.x1
            else:
                page.runs.append(Run(el.get_text(), el.x0, el.x1, base, el.size, italic, bold))
        elif isinstance(el, LTCurve) and el.height < 2 and el.width > 20:
            page.rules.append(Rule(el.x0, el.x1, (el.y0 + el.y1) / 2))

    pages = []
    for lt_page in extract_pages(io.BytesIO(data), laparams=LAParams()):
        page = Page(lt_page.width, lt_page.height)
        walk(lt_page, page)
        pages.append(page)
    return lay_out(pages)


def via_pypdf(data: bytes, mode: str):
    import io

    from pypdf import PdfReader

    from unres.extract.hints import Hints

    reader = PdfReader(io.BytesIO(data))
    if mode == "layout":
        return "\n\f".join(p.extract_text(extraction_mode="layout") for p in reader.pages), Hints()
    return "\n".join(p.extract_text() for p in reader.pages), Hints()


def via_pdftotext(path: Path):
    from unres.extract.hints import Hints

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout, Hints()


def read(tool: str, data: bytes, path: Path):
    if tool == "pypdfium2 + layout":
        return via_pdfium(data)
    if tool == "pdfminer.six + layout":
        return via_pdfminer(data)
    if tool == "pypdf":
        return via_pypdf(data, "plain")
    if tool == "pypdf layout mode":
        return via_pypdf(data, "layout")
    return via_pdftotext(path)


def main() -> None:
    print("# PDF libraries side by side: the same PDFs, read by each, then by the text reader")
    from typeset import not_ready

    corpus = SHARED / "corpus" / "unxml"
    reason = not_ready({"fpdf": "fpdf2", "pdfminer": "pdfminer.six", "pypdf": "pypdf"}, corpus)
    if reason:
        print(reason)
        return
    from unres.akn.reader import from_akn
    from unres.extract.hints import apply_hints
    from unres.problems import UnresError
    from unres.text.parse import parse_text

    from structure import difference, fixture_model, markup_slip, shape
    from typeset import to_pdf

    per_lang = 1 if QUICK else 4
    files = []
    for folder in (["English"] if QUICK else LANG_DIRS):
        found = sorted(corpus.glob(f"*/**/{folder}/*.xml"))
        step = max(1, len(found) // per_lang)
        files += [f for f in found[::step][:per_lang] if not markup_slip(f)]
    tools = ["pypdfium2 + layout", "pdfminer.six + layout", "pypdf", "pypdf layout mode"]
    if shutil.which("pdftotext"):
        tools.append("pdftotext -layout")
    right = dict.fromkeys(tools, 0)
    seconds: dict[str, list[float]] = {t: [] for t in tools}
    pages_read = 0
    wrong: dict[str, list[str]] = {t: [] for t in tools}
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            res = fixture_model(from_akn(f.read_bytes())[0])
            data = to_pdf(res)
            path = Path(tmp) / "x.pdf"
            path.write_bytes(data)
            pages_read += data.count(b"/Type /Page\n")
            want = shape(res)
            for tool in tools:
                if f is files[0]:
                    read(tool, data, path)  # warm: imports, caches
                before = os.times()
                start = time.process_time()
                text, hints = read(tool, data, path)
                after = os.times()
                spent = time.process_time() - start + (after.children_user - before.children_user
                                                       + after.children_system - before.children_system)
                seconds[tool].append(spent)
                try:
                    got = apply_hints(parse_text(text, res.metadata.language).resolution, hints)
                except UnresError as e:
                    wrong[tool].append(f"{f.name}: {e.problems[0].code}")
                    continue
                d = difference(shape(got), want)
                if d is None:
                    right[tool] += 1
                else:
                    wrong[tool].append(f"{f.name}: {d[:100]}")
    n = len(files)
    per_page = {t: sum(seconds[t]) / max(1, pages_read) for t in tools}
    print(f"{n} documents, {pages_read} pages, six languages; {machine()}; CPU time (children's for pdftotext)")
    print("| reading | documents equal | ms per page | ms for 10 pages |")
    print("|---|---|---|---|")
    for t in tools:
        print(f"| {t} | {right[t]}/{n} ({100 * right[t] / n:.0f} %) | {1000 * per_page[t]:.2f} | "
              f"{10000 * per_page[t]:.1f} |")
    for t in tools:
        if wrong[t]:
            print(f"{t}: first failures: " + "; ".join(wrong[t][:4]))



if __name__ == "__main__":
    main()
