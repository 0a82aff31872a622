"""The cover page and header lines as laid out: statements wrapped over two lines joined again,
and cover lines whose two columns the extraction put on one line split into their items."""

from __future__ import annotations

from ..langs import Lang, symbol_pattern
from .marked import join_text
from .state import Doc, Line

# Header statements printed on one line, which the layout may wrap.
ONE_LINE_STATEMENTS = ("adopted", "sc_adopted", "origin", "session", "agenda")
# "Distr." is printed so in every language; the cover's columns hold it or the symbol.
DISTRIBUTION = "Distr"
SYMBOL_PART = "/RES/"
COLUMN_SPLITS_TRIED = 12  # the first spaces of a cover line, where its columns may part


def rejoin(doc: Doc, lines: list[Line]) -> list[Line]:
    """header-statement-wrapped: header statements that the layout wrapped ("Aprobada por …
    celebrada el 2 de octubre de" + "2023") joined again: two lines that match a one-line pattern
    only together."""
    lang = doc.lang
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if i + 1 < len(lines) and not lang.matches_any(ONE_LINE_STATEMENTS, ln.text):
            joined = join_text(lang, [ln.text, lines[i + 1].text])
            if lang.matches_any(ONE_LINE_STATEMENTS, joined):
                out.append(Line(joined, ln.number, ln.indent))
                doc.fired("header-statement-wrapped", ln.number)
                i += 2
                continue
        out.append(ln)
        i += 1
    return out


def cover_item(lang: Lang, text: str) -> bool:
    """What a cover page prints in its columns: the organization, the body, the symbol, the
    distribution."""
    # (the organization in capitals too, "UNITED NATIONS": cover-capitals)
    return bool(any(p.match(text) for p in lang.furniture) or lang.match("distribution", text)
                or (text.isupper() and any(p.match(text) for p in lang.furniture_capitals))
                or lang.body_by_name(text) or symbol_pattern().fullmatch(text))


def split_columns(doc: Doc, lines: list[Line]) -> list[Line]:
    """cover-columns: cover lines whose columns the extraction put on one line ("United Nations
    S/RES/9999 (2031)", "Security Council Distr.: General") split into their items, read then one
    by one."""
    lang = doc.lang
    out: list[Line] = []
    for ln in lines:
        t = ln.text
        split = column_split(lang, t)
        if split is None:
            out.append(ln)
        else:
            out += [Line(t[:split], ln.number, ln.indent), Line(t[split + 1:], ln.number, ln.indent)]
            doc.fired("cover-columns", ln.number)
    return out


def column_split(lang: Lang, t: str) -> int | None:
    """Where a cover line parts into its two columns (the space between them), None where it does not."""
    if SYMBOL_PART not in t and DISTRIBUTION not in t:
        return None
    # One of the two columns holds the symbol or the distribution. A line that starts with
    # either is split after it whatever follows ("Distr.: General 12 July 2017"); otherwise
    # both sides must be cover items.
    spaces = [k for k, c in enumerate(t) if c == " "][:COLUMN_SPLITS_TRIED]
    split = next((k for k in spaces if cover_item(lang, t[:k]) and cover_item(lang, t[k + 1:])), None)
    if split is None:
        split = next((k for k in spaces if lang.match("distribution", t[:k])
                      or symbol_pattern().fullmatch(t[:k])), None)
    return split


def distribution_column(lang: Lang, t: str) -> bool:
    """Whether a cover line holds the distribution as one of its two columns, beside another item ("General Assembly
    Distr.: General", "Distr.: General   الجمعية العامة")."""
    split = column_split(lang, t)
    return split is not None and bool(lang.match("distribution", t[:split]) or lang.match("distribution",
                                                                                           t[split + 1:]))
