"""Text → model from real PDFs: UN AKN files (English) typeset as PDF, extracted by the tools users
have, parsed by unres, and compared with the model the PDF was made from.

    pip install fpdf2 pypdf              # not dependencies of unres
    apt-get install poppler-utils        # pdftotext
    python benchmarks/real_pdf.py        # every English file of the corpus
    UNRES_BENCH_QUICK=1 python benchmarks/real_pdf.py

The PDF is laid out here the way the UN prints a resolution (cover in two columns, first-line
indents, running heads alternating sides, job and page number at the foot) in DejaVu Serif,
which has no CJK or Arabic shaping: English only. Footnotes are left out (fpdf2 has none) and
so are their marks; headings, sub-paragraphs at any depth and wrap-ups are printed. Each PDF is
extracted with `pdftotext -layout`, `pdftotext` and pypdf; a document counts as right when its
preambular and operative paragraphs, sub-paragraphs and wrap-ups come back with the same text.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path

from unres.akn.reader import from_akn
from unres.jsonio import from_json
from unres.problems import UnresError
from unres.text.parse import parse_text

from _common import QUICK, ROOT, SHARED

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
TOOLS = ("pdftotext -layout", "pdftotext", "pypdf")


def _norm(s: str) -> str:
    return " ".join(s.split())


def shape(res) -> list:
    """What must come back: every paragraph's number and text, its sub-paragraphs, its wrap-up."""
    def subs(items):
        return [(s.label, _norm(s.text), subs(s.subparagraphs)) for s in items]
    pre = [_norm(p.text) for p in res.preamble.paragraphs]
    ops = [(p.number, _norm(p.text), subs(p.subparagraphs), _norm(p.wrap_up.text) if p.wrap_up else None)
           for p in res.operative]
    return [pre, ops]


def difference(got: list, want: list) -> str:
    for part, g, w in (("preamble", got[0], want[0]), ("operative", got[1], want[1])):
        if len(g) != len(w):
            return f"{part}: {len(g)} paragraphs, {len(w)} expected"
        for i, (a, b) in enumerate(zip(g, w, strict=True)):
            if a != b:
                what = "text" if part == "preamble" or a[1] != b[1] else "sub-paragraphs or wrap-up"
                return f"{part} paragraph {i + 1}: {what} differs"
    return "?"


def typeset(res, path: Path) -> None:
    from fpdf import FPDF

    md = res.metadata

    class Page(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("serif", size=9)
                self.cell(0, 8, md.symbol or "", align="R" if self.page_no() % 2 else "L")
                self.ln(12)

        def footer(self):
            self.set_y(-18)
            self.set_font("serif", size=8)
            odd = self.page_no() % 2
            job = "23-12345 (E)"
            self.cell(0, 6, f"{job}   {self.page_no()}" if odd else f"{self.page_no()}   {job}",
                      align="R" if odd else "L")

    pdf = Page(format="A4")
    pdf.add_font("serif", "", str(FONT))
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    pdf.set_font("serif", size=11)

    def line(text: str, align: str = "L") -> None:
        pdf.multi_cell(0, 6, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def paragraph(text: str, indent: float = 12.5) -> None:
        # First-line indent: write() starts at x and wraps back to the left margin.
        pdf.set_font("serif", size=10.5)
        pdf.set_x(pdf.l_margin + indent)
        pdf.write(5.2, text)
        pdf.ln(5.2)
        pdf.ln(2.5)

    pdf.cell(80, 6, "United Nations")
    pdf.cell(0, 6, md.symbol or "", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 6, md.body_name or "")
    pdf.cell(0, 6, f"Distr.: {md.distribution or 'General'}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    if md.session is not None and md.session.label:
        line(md.session.label)
    for item in res.agenda_items:
        line(f"Agenda item {item.number}")
    pdf.ln(6)
    if md.resolution_number and "/" in md.resolution_number:
        line(f"{md.resolution_number}. {md.title or ''}")
    elif md.resolution_number:
        line(f"Resolution {md.resolution_number}")
    pdf.ln(3)
    paragraph(res.preamble.formula or "")
    for p in res.preamble.paragraphs:
        paragraph(p.text)

    def subparagraphs(items, depth: int) -> None:
        for s in items:
            paragraph(f"{s.label} {s.text}", 12.5 * (depth + 1))
            subparagraphs(s.subparagraphs, depth + 1)

    for op in res.operative:
        for heading in op.headings:
            line(heading)
            pdf.ln(2)
        paragraph(f"{op.number}. {op.text}" if op.number else op.text)
        subparagraphs(op.subparagraphs, 1)
        if op.wrap_up is not None:
            paragraph(op.wrap_up.text)
    if md.meeting is not None and md.meeting.label:
        line(md.meeting.label, "C")
    pdf.output(str(path))


def extract(tool: str, path: Path) -> str:
    if tool == "pypdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    args = ["pdftotext", "-layout"] if tool == "pdftotext -layout" else ["pdftotext"]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def models() -> list[tuple[str, object]]:
    corpus = SHARED / "corpus" / "unxml"
    out = []
    if corpus.is_dir():
        files = sorted(corpus.glob("*/*/English/*.xml"))[:: 25 if QUICK else 1]
        for f in files:
            try:
                out.append((f.stem, from_akn(f.read_bytes())[0]))
            except UnresError:
                continue
    else:
        print(f"corpus not found at {corpus}: the English samples only")
        for f in sorted((ROOT / "samples" / "valid").glob("en-*.json")):
            out.append((f.stem, from_json(f.read_bytes())))
    # Resolutions in parts and texts without a formula are printed otherwise: left out here.
    return [(name, res) for name, res in out if not res.parts and res.preamble.formula]


def main() -> None:
    print("# real PDFs → text → model (English, typeset here; see the docstring)")
    missing = [m for m in ("fpdf", "pypdf") if importlib.util.find_spec(m) is None]
    if missing or shutil.which("pdftotext") is None or not FONT.is_file():
        print(f"not run: needs fpdf2 and pypdf (missing: {', '.join(missing) or 'none'}), pdftotext "
              f"({'found' if shutil.which('pdftotext') else 'missing'}) and {FONT}")
        return
    right = dict.fromkeys(TOOLS, 0)
    wrong: dict[str, list[str]] = {tool: [] for tool in TOOLS}
    todo = models()
    with tempfile.TemporaryDirectory() as tmp:
        for name, res in todo:
            pdf = Path(tmp) / f"{name}.pdf"
            typeset(res, pdf)
            for tool in TOOLS:
                try:
                    got = parse_text(extract(tool, pdf), "en").resolution
                except UnresError as e:
                    wrong[tool].append(f"{name}: {e.problems[0].code}")
                    continue
                if shape(got) == shape(res):
                    right[tool] += 1
                else:
                    wrong[tool].append(f"{name}: {difference(shape(got), shape(res))}")
    for tool in TOOLS:
        print(f"{tool:18s} {right[tool]}/{len(todo)} documents right")
        for w in wrong[tool]:
            print(f"    {w}")


if __name__ == "__main__":
    main()
