"""Test helper: lays out a UN AKN file as PDF text the way the many settings of real documents and
extraction tools give it, drawing every choice at random per document (seeded from the file
name, so that runs are reproducible).

Independent of unres' renderer and reader (akndoc.py reads the XML with lxml). The choices
(`OPTIONS`, with their weights), each as seen in text extracted from UN PDFs
(../shared/reference/akn4un.md, the real extractions behind ../shared/repros/text/):
- line width (64–100 columns of Latin text, the same share of a CJK line) and page length;
- paragraph starts indented by 1–6 spaces or not at all (pdftotext without -layout, pypdf), a
  blank line between paragraphs or not, a blank line after every line (as the seed has it); lines
  justified (spaces widened, pdftotext -layout);
- page breaks wherever the length falls, so paragraphs are cut: the second half comes after the
  page's notes, its foot (job number and page number "3" or "3/12", the sides alternating), a form
  feed (pdftotext), blank lines around the furniture or none, and the next page's running head
  (pushed right on odd pages, -layout) — the General Assembly's with the title beside the symbol
  (sides swapped on odd pages, a long title wrapped in the room left) or under it;
- the footnote rule: none, a blank line, underscores, markdown-escaped underscores (`\\_\\_`),
  dashes, box-drawing characters; notes at each page's foot or all at the end; a note as
  "1 A/75/597.", " 1 A/75/597." or a line "1" then a line "A/75/597." ("(1) …" in Arabic);
  marks glued ("culturels5,") or set apart ("culturels 5 ,", "2021 1 et");
- the cover a line per item, in two columns (-layout), or in its blocks ("Seventy-ninth session
  Agenda item 98 (t) General and complete disarmament", "Distr.: General 5 December 2024");
  the closing "47th plenary meeting 4 December 2024" on one line;
- the first page's reading order: distribution and date (and the symbol) after its text; its
  foot "23-21327 (E)    051223" with the barcode "*2321327*";
- straight quotes and apostrophes; paragraph numbers parted from their full stop ("6 . Decides").

`BASELINE` is the layout of tests/pdftext.py ("indent"); benchmarks/generalisation.py sets each
choice alone over it to show what each costs. What a choice legitimately changes in what can be
read is said by `folds`: the comparison folds quotes when they were straightened, spaces beside
punctuation when marks were set apart, and always the empty brackets the UN's Arabic markup leaves
where a mark "(1)" was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from akndoc import Doc
from pages import (
    Laid,
    Line,
    Md,
    Options,
    Settings,
    choices_of,
    draw_fields,
    for_document,
    markdown_doc,
    markdown_text,
    rng_for,
    set_on_pages,
)

WIDTHS = (64, 100)  # columns of Latin text
PAGE_LENGTHS = (34, 56)
PAGE_OPTIONS: Options = {
    "rule": (("none", 3), ("blank", 2), ("underscores", 1), ("escaped", 1), ("dashes", 1), ("box", 1)),
    "notes_at": (("foot", 3), ("end", 1)),
    "note_form": (("space", 1), ("indent", 1), ("split", 1)),
    "marks": (("glued", 2), ("apart", 1)),
    "cover": (("lines", 1), ("columns", 1), ("joined", 1)),
    "closing_joined": ((False, 3), (True, 2)),
    "late": (((), 6), (("status", "date"), 1), (("symbol", "status", "date"), 1)),
    "first_footer": ((False, 1), (True, 1)),
    "quotes": (("curly", 3), ("straight", 1)),
    "numbers_parted": ((False, 4), (True, 1)),
    "head_padded": ((False, 3), (True, 2)),
    "page_numbers": (("n", 1), ("n/N", 1)),
    "form_feed": ((False, 2), (True, 1)),
    "gaps": ((False, 1), (True, 1)),
}
OPTIONS: Options = {
    **PAGE_OPTIONS,
    "indent": ((0, 2), (1, 2), (2, 1), (4, 1), (6, 1)),
    "blank_between": ((False, 2), (True, 1)),
    "double": ((False, 3), (True, 1)),
    "justified": ((False, 2), (True, 1)),
}


@dataclass(frozen=True)
class Variant:
    pages: Settings
    indent: int  # spaces before a paragraph's first line
    blank_between: bool  # a blank line between paragraphs
    double: bool  # a blank line after every line
    justified: bool

    def choices(self) -> tuple[tuple[str, object], ...]:
        return choices_of(self)


BASELINE = Variant(
    Settings(width=88, page_len=46, rule="blank", notes_at="foot", note_form="indent", marks="glued",
             cover="lines", closing_joined=False, late=(), first_footer=False, quotes="curly",
             numbers_parted=False, head_padded=False, page_numbers="n", form_feed=False, gaps=True,
             hanging=False),  # (the baseline keeps no columns: pdftotext without -layout)
    indent=1, blank_between=False, double=False, justified=False)


def draw(name: str) -> Variant:
    rng = rng_for("pdf", name)
    drawn = draw_fields(rng, OPTIONS)
    pages = Settings(width=rng.randint(*WIDTHS), page_len=rng.randint(*PAGE_LENGTHS),
                     **{k: drawn.pop(k) for k in PAGE_OPTIONS})
    return Variant(pages, **drawn)  # type: ignore[arg-type]


def folds(s: Settings) -> tuple[str, ...]:
    return ("brackets",) + (("quotes",) if s.quotes == "straight" else ()) + (
        ("spacing",) if s.marks == "apart" else ()) + (("capitals",) if s.older == "1990s" else ())


def _justify(line: str, width: int, rng: random.Random) -> str:
    """Spaces widened until the line fills the width, as a justified line is printed."""
    words = line.split(" ")
    if len(words) < 3 or len(line) < width * .75:
        return line
    gaps = [1] * (len(words) - 1)
    for _ in range(max(0, width - len(line))):
        gaps[rng.randrange(len(gaps))] += 1
    return "".join(w + " " * g for w, g in zip(words, [*gaps, 0], strict=True))


def render(doc: Doc, lines: list[Line], v: Variant, rng: random.Random, hung: bool = False) -> str:
    """The lines as PDF text; hung: the paragraphs' columns are the lines' leads (pages.Settings.hanging), which
    stand for the drawn indent."""
    out: list[str] = []
    group = None
    for line in lines:
        text = line.text
        starts = (line.kind, line.key) != group and line.kind in ("cover", "block")
        group = (line.kind, line.key)
        if line.kind == "block" and doc.blocks[line.key].kind == "para":
            if v.justified and not line.last and not doc.cjk:
                text = _justify(text, v.pages.width - len(line.lead), rng)
            if line.first and not hung:
                text = " " * v.indent + text
            text = line.lead + text
        if starts and v.blank_between and out:
            out.append("")
        out.append(text)
        if v.double:
            out.append("")
    return "\n".join(out) + "\n"


def lay_out_as(doc: Doc, name: str, v: Variant) -> Laid:
    settings = for_document(v.pages, doc, name)
    if isinstance(settings.markdown, Md):
        # (a PDF-to-Markdown extractor: the markup over the text, which the reader must take off — nothing to fold)
        text = markdown_text(doc, set_on_pages(markdown_doc(doc, settings.markdown, name), settings), settings.markdown)
    else:
        text = render(doc, set_on_pages(doc, settings), v, rng_for("justify", name), bool(settings.hanging))
    choices = (*v.choices(), ("head_title", settings.head_title), ("note_room", settings.note_room),
               ("number_alone", settings.number_alone), ("older", settings.older),
               ("hanging", bool(settings.hanging)), ("markdown", bool(settings.markdown)))
    return Laid(text, folds(settings), choices)


def lay_out(doc: Doc, name: str) -> Laid:
    return lay_out_as(doc, name, draw(name))
