"""Model → one self-contained, accessible HTML page (inline CSS, no scripts)."""

from __future__ import annotations

from html import escape

from .inline import runs
from .langs import Lang, lang
from .model import (
    Annex,
    Cell,
    Footnote,
    FootnoteRef,
    Link,
    Metadata,
    OperativeParagraph,
    Part,
    Resolution,
    SubParagraph,
    Table,
    Vote,
    WrapUp,
    in_document_order,
)

CSS = """
body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5;
       font-family: "Noto Serif", "Times New Roman", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun",
                    "WenQuanYi Zen Hei", "Noto Naskh Arabic", "Amiri", serif; color: #111; }
header p { margin: .1rem 0; }
.symbol { font-weight: bold; }
h1 { font-size: 1.3rem; margin: 1.5rem 0 1rem; }
h3.heading { font-size: 1rem; font-weight: bold; margin: 1.2rem 0 .4rem; }
.formula { font-style: italic; }
.opening { font-style: italic; }
ol.operative { list-style: none; padding-inline-start: 0; }
ol.operative > li { margin: .6rem 0; }
.num { display: inline-block; min-width: 2.2rem; }
ol.sub { list-style: none; padding-inline-start: 2.2rem; }
sup a { text-decoration: none; }
table.vote { border-collapse: collapse; margin: 1rem 0; width: 100%; }
table.vote th, table.vote td { border: 1px solid #999; padding: .3rem .5rem; vertical-align: top; text-align: start; }
table.annex { border-collapse: collapse; margin: 1rem 0; }
table.annex th, table.annex td { border: 1px solid #999; padding: .2rem .4rem; vertical-align: top; text-align: start; }
footer { border-top: 1px solid #999; margin-top: 2rem; font-size: .9rem; }
"""


def _text(text: str, refs: tuple[FootnoteRef, ...], opening: str | None, notes: dict[str, int],
          links: tuple[Link, ...] = ()) -> str:
    if links:
        return _linked(text, refs, opening, notes, links)
    pieces = runs(text, refs, len(opening) if opening else 0)
    out: list[str] = []
    for piece, _, in_opening, marks in pieces[1:]:
        out.append(f'<span class="opening">{escape(piece)}</span>' if in_opening else escape(piece))
        out.extend(_mark(marker, notes) for marker in marks)
    # The marks before the first character are numbered after the text's other marks.
    leading = [_mark(marker, notes) for marker in pieces[0][3]]
    return "".join(leading + out)


def _of(node: SubParagraph | OperativeParagraph | WrapUp, notes: dict[str, int], opening: str | None = None) -> str:
    """The text of a paragraph-like node, with its marks and links."""
    return _text(node.text, node.footnote_refs, opening, notes, node.links)


def _linked(text: str, refs: tuple[FootnoteRef, ...], opening: str | None, notes: dict[str, int],
            links: tuple[Link, ...]) -> str:
    """A text with links: cut at every mark, link bound and the end of the opening phrase; each piece
    in its link's `a` (a link a mark or the opening's end cuts is two `a`s to the same place)."""
    span_end = len(opening) if opening and text.startswith(opening) else 0
    marks: dict[int, list[str]] = {}
    for r in refs:
        marks.setdefault(min(max(r.offset, 0), len(text)), []).append(r.marker)
    cuts = sorted({0, len(text), span_end} | marks.keys() | {b for k in links for b in (k.offset, k.offset + k.length)})
    out = [_mark(m, notes) for m in marks.get(0, ())]
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(text[a:b])
        if b <= span_end:
            piece = f'<span class="opening">{piece}</span>'
        for k in links:
            if k.offset <= a and b <= k.offset + k.length:
                piece = _anchor(k.href, piece)
                break
        out.append(piece)
        out.extend(_mark(m, notes) for m in marks.get(b, ()))
    return "".join(out)


# Addresses a page may link to: the web and mail, or a path on the same site. Anything else
# ("javascript:", "data:") is shown as its text with the address beside it, never followed.
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def _anchor(href: str, inner: str) -> str:
    scheme = href.split(":", 1)[0] + ":" if ":" in href else ""
    if not scheme or href.lower().startswith(_SAFE_SCHEMES) or "/" in scheme:
        return f'<a href="{escape(href, quote=True)}">{inner}</a>'
    return f'<span class="link" title="{escape(href, quote=True)}">{inner}</span>'


def _mark(marker: str, notes: dict[str, int]) -> str:
    n = notes.setdefault(marker, len(notes) + 1)
    return f'<sup><a href="#fn{n}" id="ref{n}" aria-label="note {escape(marker)}">{escape(marker)}</a></sup>'


def _heads(headings: tuple[str, ...]) -> str:
    """An item's headings, above its label (model 1.2)."""
    return "".join(f'<p class="heading">{escape(h)}</p>' for h in headings)


def _subs(subs: tuple[SubParagraph, ...], notes: dict[str, int]) -> str:
    if not subs:
        return ""
    items = "".join(f'<li>{_heads(s.headings)}'
                    f'<span class="num">{escape(s.label)}</span> {_of(s, notes)}'
                    f"{_subs(s.subparagraphs, notes)}</li>" for s in subs)
    return f'<ol class="sub">{items}</ol>'


def _operative(lg: Lang, paragraphs: tuple[OperativeParagraph, ...], notes: dict[str, int],
               tables: tuple[Table, ...] = ()) -> str:
    """The operative paragraphs as a list, its headings and tables (model 1.3) between its items."""
    out: list[str] = []
    items: list[str] = []
    for kind, _, node in in_document_order(paragraphs, tables):
        if kind == "table" or node.headings:
            # A heading or a table is not a list item: the list stops before it and goes on after it.
            if items:
                out.append(f'<ol class="operative">{"".join(items)}</ol>')
                items = []
        if kind == "table":
            out.append(_table(node, notes))
            continue
        p = node
        if p.headings:
            out.extend(f'<h3 class="heading">{escape(h)}</h3>' for h in p.headings)
        num = f'<span class="num">{escape(lg.format_paragraph_number(p.number))}</span> ' if p.number else ""
        wrap_up = (f'<p class="wrap-up">{_of(p.wrap_up, notes)}</p>'
                   if p.wrap_up is not None else "")
        items.append(f"<li>{num}{_of(p, notes, p.opening)}{_subs(p.subparagraphs, notes)}"
                     f"{wrap_up}</li>")
    if items:
        out.append(f'<ol class="operative">{"".join(items)}</ol>')
    return "".join(out)


def render_html(res: Resolution) -> str:
    md = res.metadata
    lg = lang(md.language)
    notes: dict[str, int] = {}
    body = [f"<header>{_header(lg, res)}</header>", _title(md, notes)]
    if res.preamble.formula:
        body.append(f'<p class="formula">{escape(res.preamble.formula)}</p>')
    body += [f'<p class="preambular">{_text(p.text, p.footnote_refs, p.opening, notes, p.links)}</p>'
             for p in res.preamble.paragraphs]
    if res.operative or res.tables:
        body.append(_operative(lg, res.operative, notes, res.tables))
    body += [_part(lg, part, notes) for part in res.parts]
    body.append(_closing(lg, md))
    body.append(_vote(lg, res.vote, notes))
    body += [_annex(lg, annex, notes) for annex in res.annexes]
    body.append(_footnotes(res, notes))
    page_title = escape(md.symbol or md.title or "Resolution")
    return (f'<!DOCTYPE html>\n<html lang="{md.language}" dir="{lg.direction}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{page_title}</title>'
            f"<style>{CSS}</style></head><body><main>{''.join(body)}</main></body></html>\n")


def _title(md: Metadata, notes: dict[str, int]) -> str:
    number = escape(f"{md.resolution_number}.") if md.resolution_number else ""
    title = _text(md.title, md.title_footnote_refs, None, notes) if md.title else ""
    return f"<h1>{' '.join(x for x in (number, title) if x) or escape(md.symbol or '')}</h1>"


def _closing(lg: Lang, md: Metadata) -> str:
    closing = [x for x in (md.meeting.label if md.meeting else None,
                           lg.format_date(md.adoption_date) if md.adoption_date else None) if x]
    return f'<p class="closing">{"<br>".join(escape(x) for x in closing)}</p>' if closing else ""


def _part(lg: Lang, part: Part, notes: dict[str, int]) -> str:
    return (f'<section class="part"><h2><span class="num">{escape(part.label)}</span>'
            + (f"<br>{_text(part.title, part.title_footnote_refs, None, notes)}" if part.title else "") + "</h2>"
            + (f'<p class="formula">{escape(part.formula)}</p>' if part.formula else "")
            + "".join(f'<p class="preambular">{_text(p.text, p.footnote_refs, p.opening, notes, p.links)}</p>'
                      for p in part.preamble)
            + _operative(lg, part.operative, notes, part.tables) + "</section>")


def _footnotes(res: Resolution, notes: dict[str, int]) -> str:
    """The notes in the order of their marks' numbers; then, without a number, those no mark refers
    to (never referenced, or a second footnote under a marker taken already), in the model's order:
    the page shows every footnote. A mark prints the first footnote with its marker."""
    if not res.footnotes:
        return ""
    first: dict[str, Footnote] = {}
    for f in res.footnotes:
        first.setdefault(f.marker, f)
    rows = [f'<li id="fn{n}"><a href="#ref{n}">{escape(m)}</a> {_note_text(first.get(m))}</li>'
            for m, n in list(notes.items())]
    rows += [f'<li class="unreferenced">{escape(f.marker)} {_note_text(f)}</li>' for f in res.footnotes
             if f.marker not in notes or first[f.marker] is not f]
    return f'<footer><ol style="list-style:none;padding:0">{"".join(rows)}</ol></footer>'


def _note_text(f: Footnote | None) -> str:
    return "" if f is None else _text(f.text, (), None, {}, f.links)


def _annex(lg: Lang, annex: Annex, notes: dict[str, int]) -> str:
    """An annex as printed: its label and title, then each paragraph after its headings, with its
    number and its list, and each table where it stands among them (after `position` paragraphs)."""
    title = _text(annex.title, annex.title_footnote_refs, None, notes) if annex.title else ""
    label = escape(annex.label or ("" if title else lg.t["formats"]["annex"]))
    head = (f'<span class="num">{label}</span>' if label else "") + ("<br>" if label and title else "") + title
    tables = sorted(annex.tables, key=lambda t: t.position)  # stable: ties keep their order
    out = [f'<section class="annex"><h2>{head}</h2>']
    for j, p in enumerate(annex.paragraphs):
        while tables and tables[0].position <= j:
            out.append(_table(tables.pop(0), notes))
        out.extend(f'<h3 class="heading">{escape(h)}</h3>' for h in p.headings)
        num = f'<span class="num">{escape(p.number)}</span> ' if p.number else ""
        out.append(f"<p>{num}{_text(p.text, p.footnote_refs, None, notes, p.links)}</p>{_subs(p.subparagraphs, notes)}")
    out.extend(_table(t, notes) for t in tables)
    return "".join(out) + "</section>"


def _table(table: Table, notes: dict[str, int]) -> str:
    caption = f"<caption>{escape(table.caption)}</caption>" if table.caption else ""
    rows = "".join("<tr>" + "".join(_cell(c, notes) for c in row.cells) + "</tr>" for row in table.rows)
    return f'<table class="annex">{caption}<tbody>{rows}</tbody></table>'


def _cell(cell: Cell, notes: dict[str, int]) -> str:
    tag = "th" if cell.header else "td"
    span = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (
        f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")
    return f"<{tag}{span}>{_text(cell.text, cell.footnote_refs, None, notes)}</{tag}>"


def _header(lg: Lang, res: Resolution) -> str:
    md = res.metadata
    head = []
    if md.symbol:
        head.append(f'<p class="symbol">{escape(md.symbol)}</p>')
    for value in (md.body_name, md.session.label if md.session else None):
        if value:
            head.append(f"<p>{escape(value)}</p>")
    for item in res.agenda_items:
        label = lg.t["formats"]["agenda"].format(n=item.number)
        head.append(f"<p>{escape(label)}{': ' + escape(item.title) if item.title else ''}</p>")
    return "".join(head)


def _vote(lg: Lang, vote: Vote, notes: dict[str, int]) -> str:
    out = ""
    if vote.text:
        out += f'<p class="vote">[{_text(vote.text, vote.footnote_refs, None, notes, vote.links)}]</p>'
    if vote.sides():
        heads = "".join(f'<th scope="col">{escape(lg.vote["sides"][name][0].rstrip(":： "))} ({side.count})</th>'
                        for name, side in vote.sides())
        cells = "".join("<td>" + ", ".join(escape(m.name) for m in side.members) + "</td>" for _, side in vote.sides())
        out += f'<table class="vote"><thead><tr>{heads}</tr></thead><tbody><tr>{cells}</tr></tbody></table>'
    return out
