"""Test helper: lays out a UN AKN file as text the way PARAGRAPH-BLOCK extractors give a UN PDF
(tools that find text blocks on each page and print one block per line, or blocks apart by a
blank line, markdown-style), drawing its choices at random per document (seeded from the file
name).

Independent of unres (akndoc.py reads the XML with lxml). The document is set on pages as
pdfvariants.py sets it (pages.py), then the lines of one block on one page are joined — so, as in
the real extractions behind ../shared/repros/text/blocks-*.txt (issue 22):
- a cover block is one line: "Seventy-ninth session Agenda item 98 (t) General and complete
  disarmament", "Distr.: General 5 December 2024"; the closing "47th plenary meeting 4 December
  2024"; the logo may leave "<!-- image -->";
- the footnote rule is kept as a block (underscores, `\\_\\_\\_`, dashes, box drawing);
- a paragraph cut by a page break arrives as two blocks, the second starting mid-sentence after
  the page's notes (and its furniture, when the extractor keeps it);
- notes are blocks in the flow, "1 A/75/597." or a block "1" then a block "A/75/597.", at each
  page's foot or all at the end; marks mostly set apart ("culturels 5 ,", "2021 1 et");
- paragraph numbers parted from their full stop ("1 . Se félicite"), an italic formula parted from
  its comma ("L'Assemblée générale ,"), straight quotes and apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akndoc import Doc
from pages import Laid, Line, Options, Settings, choices_of, draw_fields, for_document, rng_for, set_on_pages
from pdfvariants import PAGE_LENGTHS, PAGE_OPTIONS, WIDTHS, folds

SEPARATORS = {"line": "\n", "blank": "\n\n"}
OPTIONS: Options = {
    **PAGE_OPTIONS,
    # Block extractors join the cover's blocks and the closing, print the rule when the PDF has it
    # as text, and (most of them) keep the spaces they see around a raised mark.
    "cover": (("joined", 4), ("lines", 1)),
    "closing_joined": ((True, 4), (False, 1)),
    "rule": (("none", 1), ("underscores", 1), ("escaped", 2), ("dashes", 1), ("box", 1)),
    "note_form": (("space", 1), ("split", 1)),
    "marks": (("apart", 2), ("glued", 1)),
    "numbers_parted": ((False, 3), (True, 2)),
    "head_padded": ((False, 1),),
    "form_feed": ((False, 1),),
    "gaps": ((False, 1),),
    "separator": (("line", 1), ("blank", 1)),
    "furniture": ((False, 1), (True, 1)),  # some extractors drop running heads and page feet
    "image": ((False, 1), (True, 1)),  # "<!-- image -->" where the logo is
    "formula_apart": ((False, 1), (True, 1)),  # "L'Assemblée générale ," (an italic run, then the comma)
}


@dataclass(frozen=True)
class Variant:
    pages: Settings
    separator: str
    furniture: bool
    image: bool
    formula_apart: bool

    def choices(self) -> tuple[tuple[str, object], ...]:
        return choices_of(self)


BASELINE = Variant(
    Settings(width=88, page_len=46, rule="none", notes_at="foot", note_form="space", marks="glued",
             cover="lines", closing_joined=False, late=(), first_footer=False, quotes="curly",
             numbers_parted=False, head_padded=False, page_numbers="n", form_feed=False, gaps=False, hanging=False),
    separator="line", furniture=False, image=False, formula_apart=False)


def draw(name: str) -> Variant:
    rng = rng_for("blocks", name)
    drawn = draw_fields(rng, OPTIONS)
    pages = Settings(width=rng.randint(*WIDTHS), page_len=rng.randint(*PAGE_LENGTHS), hanging=False, markdown=False,
                     **{k: drawn.pop(k) for k in PAGE_OPTIONS})
    return Variant(pages, **drawn)  # type: ignore[arg-type]


def lay_out_as(doc: Doc, name: str, v: Variant) -> Laid:
    settings = for_document(v.pages, doc, name)
    blocks = _blocks(doc, set_on_pages(doc, settings), v.furniture)
    if v.image and blocks:
        blocks.insert(1, "<!-- image -->")
    if v.formula_apart:
        blocks = [_formula_apart(b, doc) for b in blocks]
    choices = (*v.choices(), ("head_title", settings.head_title), ("note_room", settings.note_room),
               ("number_alone", settings.number_alone), ("older", settings.older))
    return Laid(SEPARATORS[v.separator].join(blocks) + "\n", folds(settings), choices)


def lay_out(doc: Doc, name: str) -> Laid:
    return lay_out_as(doc, name, draw(name))


def _blocks(doc: Doc, lines: list[Line], furniture: bool) -> list[str]:
    """The lines of one thing on one page, joined: one block (the meeting and the date of a closing
    are two things, unless the variant printed them on one line)."""
    out: list[str] = []
    group = None
    for line in lines:
        text = line.text.strip()
        if line.kind == "furniture" and (not furniture or not text):
            continue
        here = (line.kind, line.key, line.page)
        if here == group and line.kind != "furniture" and not (line.first and line.kind == "block"):
            out[-1] = out[-1] + text if doc.cjk else f"{out[-1]} {text}"
        else:
            out.append(text)
        group = here
    return out


def _formula_apart(block: str, doc: Doc) -> str:
    formula = next((b.text for b in doc.blocks if b.role == "formula"), None)
    if formula is None or block != formula:
        return block
    return re.sub(r"(\S)([,،，])$", r"\1 \2", block)
