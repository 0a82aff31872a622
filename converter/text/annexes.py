"""Stage `annexes`: each annex after the closing block — its label, its title, its paragraphs with
their numbers and the headings before them."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..langs import Lang
from .blocks import Layout, build_blocks, finished, full_line
from .headings import attach_headings
from .marked import Marked, rest
from .openings import BULLET, label
from .ruleset import Rule
from .state import AnnexDraft, Block, Doc, Line, Pieces, SubDraft
from .tables import TableDraft, tables_apart


def annexes(doc: Doc) -> None:
    """Stage: doc.annexes."""
    # The annexes' lines leave doc.lines while each annex's tables are taken apart, a table's lines let go once it is
    # read (annex-table: a text of many small tables held their lines beside the model's cells); the others go back
    # until the annexes are read (their page breaks and blank lines tell the headings: attach_headings).
    lines = doc.annex_lines
    del doc.lines[doc.seg.annex_at:]
    groups: list[tuple[Line, list[Line]]] = []
    for ln in lines:
        if doc.lang.match("annex", ln.view):
            groups.append((ln, []))
        elif groups:
            groups[-1][1].append(ln)
        else:
            doc.lines.append(ln)  # (a line before the first label: no annex's)
    del lines
    apart = []
    for opening, g in groups:
        rest, tables = tables_apart(doc, g)
        doc.lines += [opening, *rest]
        apart.append((opening, rest, tables))
    del groups
    for opening, g, tables in apart:
        doc.annexes.append(_annex(doc, opening, g, tables))
    del doc.lines[doc.seg.annex_at:]  # (no stage after this one reads them)


def _annex(doc: Doc, opening: Line, g: list[Line], tables: list[tuple[int, TableDraft]]) -> AnnexDraft:
    """One annex: its label's line, the lines under it and its tables, taken apart from them (annex-table)."""
    # (Opening phrases say nothing in an annex: its paragraphs are no resolution's.)
    # annex-layout-of-body: the annexes are laid out as the body is (one extraction of one
    # page): the body's layout and line length tell their paragraphs, which their own few lines
    # — a title and headings, unfinished, between blank lines — would take for double-spaced text
    given = layout_of_body(doc, g)
    blocks = build_blocks(doc.lang, g, phrases=False, doc=doc, given=given) if g else []
    draft = AnnexDraft(opening.text.strip())
    blocks = _title_and_headings(doc, draft, blocks, tables)
    paragraphs = attach_headings(doc, blocks)
    indents = indented_items(doc, g, paragraphs)
    del blocks
    lines = []  # (the first lines of the paragraphs that are no nested item)
    paragraphs.reverse()  # (each block let go once it is a paragraph's draft)
    while paragraphs:
        b = paragraphs.pop()
        number, heads, text = _numbered(doc, b)
        depth = indents.get(b.line, 0)
        if depth and number is not None and draft.paragraphs:
            _nest(draft.paragraphs[-1][3], SubDraft(number, "", Pieces(text)), depth)
            continue
        draft.paragraphs.append((number, heads, text, []))
        lines.append(b.line)
    # A table stands after the paragraphs printed before it (the headings before it head the
    # paragraph after it, as the UN's files and the model have it). (Counted by bisection over the paragraphs'
    # lines: an annex of many paragraphs, each with its table, was counted again for each table, in time the square
    # of its length.)
    lines.sort()
    for k, (at, t) in enumerate(tables):  # (in place: a text of many tables is not listed twice)
        tables[k] = (bisect_left(lines, at), t)
    draft.tables = tables
    return draft


def _title_and_headings(doc: Doc, draft: AnnexDraft, blocks: list[Block],
                        tables: list[tuple[int, TableDraft]]) -> list[Block]:
    """annex-title: the first heading under the label is the title (set on the draft), those after it
    head the first paragraph (the UN's annexes print a title, then headings of their first section);
    a table after it is something it heads, as a paragraph is (an annex that is a title and a table).
    The blocks left, those headings marked."""
    lead = 0
    while (lead < len(blocks) and annex_title(doc, blocks[lead])
           and (lead + 1 < len(blocks) or any(at > blocks[lead].line for at, _ in tables))):
        doc.fired("annex-title", blocks[lead].line)
        lead += 1
    if lead:
        draft.title = blocks.pop(0).content  # with its marks (model 1.2)
        lead -= 1
    return [replace(b, heading=True) if k < lead else b for k, b in enumerate(blocks)]


def indented_items(doc: Doc, lines: list[Line], blocks: list[Block]) -> dict[int, int]:
    """annex-indented-items: in text whose body starts its paragraphs at the margin (the text
    writer's; not text that indents each paragraph's first line, where an annex's items stand in as
    its paragraphs do), an annex's labelled paragraph indented further than the annex's paragraphs is
    an item of the list of the paragraph before ("5. Body armour, as follows:" / "    a. Hard body
    armour plates …"), one level deeper for each further indent; its labelled paragraphs at the
    margin ("(a)" after "33. … by:", as the UN's annexes mostly print them) stay paragraphs of the
    annex. The depth of each such block, by its first line."""
    if doc.layout is None or doc.layout.indent or not blocks:
        return {}
    indent = {ln.number: ln.indent for ln in lines}
    margin = min(indent.get(b.line, 0) for b in blocks)
    deeper = sorted({indent.get(b.line, 0) for b in blocks} - {margin})
    out = {}
    for b in blocks:
        at = indent.get(b.line, 0)
        if at > margin and not b.heads and annex_number(doc.lang, b.text) is not None:
            out[b.line] = deeper.index(at) + 1
            doc.fired("annex-indented-items", b.line)
    return out


def _nest(items: list[SubDraft], item: SubDraft, depth: int) -> None:
    """item added to a paragraph's list `items` at depth (1: the list itself), under the last item of
    each level above it (as deep as the list goes)."""
    while depth > 1 and items and items[-1].subs is not None:
        items = items[-1].subs
        depth -= 1
    if depth > 1 and items:
        items[-1].subs = [item]
        return
    items.append(item)


def layout_of_body(doc: Doc, lines: list[Line]) -> tuple[Layout, int] | None:
    """annex-layout-of-body: an annex's lines are read in the body's layout, with the body's line length
    — or the annex's own, when its lines are longer: in text of one paragraph to a line (as the text
    writer prints it) a short body's lines are no measure of the annex's long paragraphs, and a
    heading there as long as a short body's full line would read as a paragraph (in wrapped text
    the two lengths are one)."""
    if doc.layout is None or not lines:
        return None
    doc.fired("annex-layout-of-body", lines[0].number)
    return doc.layout, max(doc.full, full_line(lines))


def annex_title(doc: Doc, b: Block) -> bool:
    """annex-title: a block under an annex's label, before its first paragraph, is a heading — the
    first the annex's title — when it is one unfinished line that is no numbered paragraph (the
    UN's annexes without a title begin with their first paragraph: "1. The estimates are as
    follows:", or a sentence)."""
    return b.lines == 1 and not finished(b.text) and doc.lang.paragraph_number.match(b.text) is None


def annex_number(lang: Lang, text: str) -> tuple[str, int] | None:
    """An annex paragraph's number as printed — a paragraph number ("1.", "1 -") or a list's label
    ("(a)", "a.", "(i)") — and where its text starts; None when text starts with neither (a year
    and its comma, "2030, the …", is no number)."""
    m = lang.paragraph_number.match(text)
    if m is not None and not m.group().rstrip().endswith(","):
        number, end = m.group().strip(), m.end()
    elif (found := label(lang, text)) and found[1] != BULLET:  # (a bullet stays in its text)
        number, end = found[0], found[2]
    else:
        return None
    return (number, end) if text[end:].strip() else None


def _numbered(doc: Doc, b: Block) -> tuple[str | None, tuple[str, ...], Marked]:
    """annex-paragraph-number: a paragraph of an annex keeps its number or label as printed ("1.",
    "1 -", "(a)") apart from its text."""
    found = annex_number(doc.lang, b.text)
    if found is None:
        return None, b.heads, b.content
    doc.fired("annex-paragraph-number", b.line)
    return found[0], b.heads, rest(b.content, found[1])


RULES: tuple[Rule, ...] = (
    Rule("annex-layout-of-body", "annexes", layout_of_body, "annexes are laid out as the body is: their few lines "
         "(a title and headings, unfinished, between blank lines) would read as double-spaced text"),
    Rule("annex-title", "annexes", annex_title, "the one-line unfinished blocks under an annex's label, before its "
         "first paragraph: the first is the annex's title, the others head the first paragraph"),
    Rule("annex-table", "annexes", tables_apart, "an annex's table in plain text's table form (rows between bars, "
         "a rule under the header rows): its cells, spans and header rows, and its place among the paragraphs"),
    Rule("annex-indented-items", "annexes", indented_items, "where the body's paragraphs start at the margin, an "
         "annex's labelled paragraph indented further is an item of the list of the paragraph before"),
    Rule("annex-paragraph-number", "annexes", _numbered, "a paragraph of an annex keeps its number or label as "
         "printed apart from its text"),
)
