"""Test helper: lays out a UN AKN4UN file as text the way a PDF-to-text tool gives it.

Independent of unres' own renderer and reader: it reads the XML with lxml directly, wraps lines
at a width fit for the script, indents paragraph starts (or separates them by blank lines, or
double-spaces everything, or neither — as pypdf gives it —, by a layout picked from the file
name), glues footnote marks to the text, and at every page break puts the page's footnotes, a
running head, the job number and the page number into the flow — in the middle of a paragraph
when the break falls there. Two files in five are also laid out as another extraction gives
them: "flat" (wrapped, neither indents nor blank lines, as pypdf gives it) or "lines" (one
paragraph to a line, no pages, footnotes at the end, as a Word or web page export gives it).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
NS = {"a": A[1:-1]}
LAYOUTS = ("indent", "blank", "double")
EXTRACTIONS = ("flat", "lines")  # one file in five is also laid out as each (extraction_for)


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in ("W", "F")


def _norm(s: str) -> str:
    return " ".join(s.split())


@dataclass
class Part:
    label: str
    title: str | None
    preamble: list[str] = field(default_factory=list)
    operative: list[tuple[str | None, str]] = field(default_factory=list)
    headings: list[tuple[str, ...]] = field(default_factory=list)  # before each operative paragraph


@dataclass
class Expected:
    preamble: list[str] = field(default_factory=list)
    operative: list[tuple[str | None, str]] = field(default_factory=list)  # (number, flattened text)
    headings: list[tuple[str, ...]] = field(default_factory=list)  # before each operative paragraph
    parts: list[Part] = field(default_factory=list)
    counts: tuple[int, int, int] | None = None  # when the text states a recorded vote
    without_vote: bool = False
    # symbol, cover lines that may name the body, distribution (as written after "Distr.")
    cover: tuple[str, tuple[str, ...], str] | None = None


class Layout:
    def __init__(self, name: str, cjk: bool, layout: str, symbol: str, job: str):
        self.width = 40 if cjk else 88
        self.cjk = cjk
        self.layout = layout
        self.symbol = symbol
        self.job = job
        self.lines: list[str] = []
        self.page_notes: list[tuple[str, str]] = []
        self.page = 1
        self.on_page = 0
        self.page_len = 46

        if layout == "lines":
            self.width = 10**9
            self.page_len = 10**9

    def _emit(self, line: str) -> None:
        self.lines.append(line)
        if self.layout == "double":
            self.lines.append("")
        self.on_page += 1
        if self.on_page >= self.page_len:
            self._page_break()

    def _page_break(self) -> None:
        if self.layout == "lines":
            # No pages: the notes follow the text.
            self.lines.append("")
            self.lines += [f"{marker} {text}" for marker, text in self.page_notes]
            self.page_notes = []
            return
        if self.page_notes:
            self.lines.append("  ")
            for marker, text in self.page_notes:
                for k, part in enumerate(self._wrap(text, self.width)):
                    self.lines.append((f" {marker} " if k == 0 else "   ") + part)
            self.page_notes = []
        self.lines.append("")
        self.page += 1
        if self.page % 2:
            self.lines += [f"{self.symbol} ", "", f"{self.job} {self.page - 1} ", ""]
        else:
            self.lines += [f"{self.page - 1} {self.job} ", "", f"{self.symbol} ", ""]
        self.on_page = 0

    def _wrap(self, text: str, width: int) -> list[str]:
        if self.cjk:
            out, cur, w = [], "", 0
            units = [u for part in re.split(r"(\x00\d+\x00)", text)
                     for u in ([part] if part.startswith("\x00") else list(part))]
            for c in units:
                cw = 0 if c.startswith("\x00") else (2 if _wide(c) else 1)
                if w + cw > width * 2 and cur:
                    out.append(cur.rstrip(" "))
                    cur, w = "", 0
                if c == " " and not cur:
                    continue  # a space where the line breaks is not printed
                cur += c
                w += cw
            if cur:
                out.append(cur)
            return out
        out, cur = [], ""
        for word in text.split(" "):
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        if cur:
            out.append(cur)
        return out

    def single(self, line: str) -> None:
        """A header or closing line: printed alone."""
        if self.layout == "blank":
            self.lines.append("")
        for part in self._wrap(line, self.width):
            self._emit(part)

    def paragraph(self, text: str, notes: list[tuple[str, str]]) -> None:
        if self.layout == "blank" and self.lines:
            self.lines.append("")
        for k, part in enumerate(self._wrap(text, self.width)):
            indent = " " if (k == 0 and self.layout in ("indent", "double")) else ""
            self._emit(indent + self._place_notes(part, notes))

    def _place_notes(self, line: str, notes: list[tuple[str, str]]) -> str:
        def put(m):
            marker, text = notes[int(m.group(1))]
            self.page_notes.append((marker, text))
            return marker
        return re.sub(r"\x00(\d+)\x00", put, line)

    def text(self) -> str:
        if self.page_notes:
            self._page_break()
        return "\n".join(self.lines) + "\n"


def _inline(el, notes: list[tuple[str, str]]) -> str:
    """Text of an element with footnote marks glued where the notes stand."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == A + "authorialNote":
            marker = child.get("marker") or ""
            # A placeholder keeps the note with the line its mark ends up on.
            parts.append(f"\x00{len(notes)}\x00")
            notes.append((marker, _norm("".join(child.itertext()))))
        elif child.tag == A + "eol":
            parts.append(" ")
        elif isinstance(child.tag, str):
            parts.append(_inline(child, notes))
        parts.append(child.tail or "")
    return "".join(parts)


def _plain(el) -> str:
    """Text without the footnotes' own text (what the model keeps as paragraph text)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag != A + "authorialNote" and isinstance(child.tag, str):
            parts.append(_plain(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _points(lst, lay: Layout, flat: list[str]) -> None:
    for child in lst:
        if child.tag == A + "point":
            num = _norm("".join(child.find("a:num", NS).itertext())) if child.find("a:num", NS) is not None else ""
            content = child.find("a:content", NS)
            sub = child.find("a:list", NS)
            ps = []
            if content is not None:
                ps = content.findall("a:p", NS)
            elif sub is not None and sub.find("a:intro", NS) is not None:
                ps = sub.find("a:intro", NS).findall("a:p", NS)
            notes: list = []
            text = _norm(" ".join(_inline(p, notes) for p in ps))
            lay.paragraph(f"{num} {text}".strip(), notes)
            flat.append(num)
            flat.append(_norm(" ".join(_plain(p) for p in ps)))
            if sub is not None:
                _points(sub, lay, flat)
        elif child.tag == A + "list":
            _points(child, lay, flat)


def _operative_paragraphs(paragraphs, lay: Layout, operative: list, headings: list) -> None:
    after_list = introduces = False
    pending: list[str] = []  # headings since the last paragraph
    for para in paragraphs:
        if any(a.tag == A + "paragraph" for a in para.iterancestors()):
            continue
        num_el = para.find("a:num", NS)
        num = _norm("".join(num_el.itertext())) if num_el is not None else ""
        content = para.find("a:content", NS)
        lst = para.find("a:list", NS)
        heading = para.find("a:subheading", NS)
        if content is None and lst is None:
            if heading is not None and (words := _norm(f"{num} " + "".join(heading.itertext()))):
                lay.single(words)
                pending.append(words)
            continue
        ps = content.findall("a:p", NS) if content is not None else (
            lst.find("a:intro", NS).findall("a:p", NS) if lst.find("a:intro", NS) is not None else [])
        notes = []
        text = _norm(" ".join(_inline(p, notes) for p in ps))
        ends = re.sub(r"\x00\d+\x00$", "", text)  # a note mark after the final punctuation
        # Lettered or quoted paragraphs after one that introduces them ("… replaced by the
        # following:" / "« Décide que … »", "a. …"; "Recommends the following:" / "(a) …") are
        # that paragraph's text and sub-paragraphs; some of the UN's language versions mark them
        # up as paragraphs of their own.
        folded = (introduces and not any(ch.isdigit() for ch in num)
                  and (num != "" or text.startswith(("«", "“", "„", "\"", "‘"))))
        if (not folded and not any(ch.isdigit() for ch in num) and lst is None
                and not ends.endswith((".", ",", ";", ":", "。", "，", "；", "：", "،", "؛"))):
            # A heading the UN marked up as a paragraph, without a number or lettered "A.".
            lay.single(f"{num} {text}".strip())
            pending.append(_norm(f"{num} " + " ".join(_plain(p) for p in ps)))
            continue
        lay.paragraph(f"{num} {text}".strip(), notes)
        flat = [_norm(" ".join(_plain(p) for p in ps))]
        if lst is not None:
            _points(lst, lay, flat)
        number = "".join(ch for ch in num if ch.isdigit()) or None
        if folded and not pending:
            before, before_text = operative[-1]
            operative[-1] = (before, _norm(" ".join([before_text, num, *flat])))
            continue
        introduces = ends.rstrip("\u00a0 ").endswith((":", "：")) and lst is None
        if number is None and lst is None and after_list and not pending:
            # The UN marks the text that closes a list as a paragraph without a number; the model
            # holds it as the wrap-up of the paragraph before.
            before, before_text = operative[-1]
            operative[-1] = (before, _norm(before_text + " " + " ".join(x for x in flat if x)))
            after_list = False
            continue
        operative.append((number, _norm(" ".join(x for x in flat if x))))
        headings.append(tuple(pending))
        pending = []
        after_list = lst is not None and number is not None


def layout_for(name: str) -> str:
    return LAYOUTS[int(hashlib.sha1(name.encode()).hexdigest(), 16) % len(LAYOUTS)]


def extraction_for(name: str) -> str | None:
    """The other extraction a file is also laid out as, for two files in five."""
    extraction = int(hashlib.sha1(("extraction" + name).encode()).hexdigest(), 16) % 5
    return EXTRACTIONS[extraction] if extraction < len(EXTRACTIONS) else None


def cover_in_columns(name: str) -> bool:
    """Half the files get the cover page laid out in columns."""
    return int(hashlib.sha1(("cover" + name).encode()).hexdigest(), 16) % 2 == 0


def pdf_text(xml: bytes, name: str, layout: str | None = None) -> tuple[str, Expected]:
    root = etree.fromstring(xml)
    st = root.find("a:statement", NS)
    symbol = _norm("".join(st.find("a:coverPage//a:docNumber", NS).itertext()))
    lang = st.find("a:meta//a:FRBRlanguage", NS).get("language")
    cjk = lang in ("zho", "chi")
    job = "GE.23-" + str(10000 + int(hashlib.sha1(name.encode()).hexdigest(), 16) % 89999)
    lay = Layout(name, cjk, layout or layout_for(name), symbol, job)
    exp = Expected()
    cover = []
    for p in st.iterfind("a:coverPage/a:p", NS):
        line = _norm(" ".join(t for t in p.itertext()))
        if not line or "logo" in line.lower():
            continue
        if p.find("a:event", NS) is not None:
            dates = [_norm("".join(d.itertext())) for d in p.iterfind(".//a:date", NS)]
            line = "–".join(dates) if not cjk else "至".join(dates)
        cover.append(line)
    if len(cover) >= 5 and "/RES/" in cover[1] and cover[3].startswith("Distr"):
        # Organization, symbol, body, distribution, issue date: what a parser must find there.
        # (A Chinese symbol "S/RES/2700(2023)" is written with its space; a Human Rights Council
        # cover names the General Assembly first, then the Council: either may be taken.)
        symbol_spaced = re.sub(r"\s*\((\d{4})\)$", r" (\1)", _norm(cover[1]))
        exp.cover = (symbol_spaced, tuple(cover[2:]), cover[3].removeprefix("Distr.").lstrip(": "))
        if cover_in_columns(name) and lay.layout != "lines":
            # As pdftotext -layout gives the first page: two columns to a line, the right-hand
            # column first in a right-to-left text.
            rtl = lang == "ara"
            pad = " " * 24
            first = [(cover[0], cover[1]), (cover[2], cover[3])]
            cover = [f"{b}{pad}{a}" if rtl else f"{a}{pad}{b}" for a, b in first] + [pad + cover[4]] + cover[5:]
    for line in cover:
        lay.single(line)
    pre = st.find("a:preface/a:p", NS)
    if pre is not None:
        num = pre.find("a:docNumber", NS)
        title = pre.find("a:docTitle", NS)
        line = _norm(("".join(num.itertext()) if num is not None else "") + " "
                     + ("".join(title.itertext()) if title is not None else ""))
        if line:
            lay.single(line)
    preamble = st.find("a:preamble", NS)
    if preamble is not None:
        f = preamble.find("a:formula", NS)
        if f is not None:
            lay.single(_norm("".join(f.itertext())))
        for c in preamble.iterfind("a:container", NS):
            notes: list = []
            ps = c.findall("a:p", NS) or c.findall("a:blockList", NS)
            text = _norm(" ".join(_inline(p, notes) for p in ps))
            if not text:
                continue
            lay.paragraph(text, notes)
            exp.preamble.append(_norm(" ".join(_plain(p) for p in ps)))
    body = st.find("a:mainBody", NS)
    sections = body.findall("a:section", NS)
    _operative_paragraphs([p for p in body.iter(A + "paragraph")
                           if not any(a.tag == A + "section" for a in p.iterancestors())], lay, exp.operative,
                          exp.headings)
    for sec in sections:
        # A part of a resolution adopted in parts: label and title (subheadings), its preambular
        # paragraphs (crossHeadings, with lettered considerations between them), its paragraphs.
        heads = [_norm("".join(h.itertext())) for h in sec.findall("a:subheading", NS)]
        for h in heads:
            lay.single(h)
        part = Part(heads[0] if heads else "", heads[1] if len(heads) > 1 else None)
        children = [c for c in sec if c.tag in (A + "crossHeading", A + "paragraph")]
        last_cross = max((i for i, c in enumerate(children) if c.tag == A + "crossHeading"), default=-1)
        for c in children[:last_cross + 1]:
            num_el = c.find("a:num", NS)
            num = _norm("".join(num_el.itertext())) if num_el is not None else ""
            ps = [c] if c.tag == A + "crossHeading" else c.find("a:content", NS).findall("a:p", NS)
            notes: list = []
            lay.paragraph(_norm(f"{num} " + " ".join(_inline(p, notes) for p in ps)), notes)
            part.preamble.append(_norm(f"{num} " + " ".join(_plain(p) for p in ps)))
        _operative_paragraphs(children[last_cross + 1:], lay, part.operative, part.headings)
        exp.parts.append(part)
    concl = st.find("a:conclusions", NS)
    if concl is not None:
        for p in concl.iterfind("a:p", NS):
            if p.find(".//a:vote", NS) is not None:
                notes = []
                outer = p.find(".//a:vote/a:outcome", NS)
                # The vote as printed: sentence, then each side's heading and list on lines of their own.
                pieces = [_norm(_inline_until_sides(outer, notes))]
                for side in outer.iterfind("a:outcome", NS):
                    heading = _norm(side.text or "")
                    names = _norm(" ".join("".join(o.itertext()) for o in side.iterfind("a:organization", NS)))
                    pieces.append(heading)
                    pieces.append(names)
                for piece in (x for x in pieces if x):
                    for part in lay._wrap(piece, lay.width):
                        lay._emit(lay._place_notes(part, notes))
                quantities = {q.get("refersTo"): q.get("normalized") for q in outer.iter(A + "quantity")}
                if outer.find("a:outcome", NS) is not None:
                    try:
                        sides = ("#inFavour", "#against", "#abstaining")
                        exp.counts = tuple(int(quantities.get(k) or -1) for k in sides)
                    except ValueError:
                        exp.counts = None
                else:
                    exp.without_vote = True
            else:
                parts = [el for el in p.iter(A + "location", A + "docDate")]
                if parts:
                    for child in parts:
                        lay.single(_norm("".join(child.itertext())))
                else:
                    line = _norm("".join(p.itertext()))
                    if line:
                        lay.single(line)
    return lay.text(), exp


def _inline_until_sides(outer, notes) -> str:
    parts = [outer.text or ""]
    for child in outer:
        if child.tag == A + "outcome":
            break
        if child.tag == A + "authorialNote":
            parts.append(f"\x00{len(notes)}\x00")
            notes.append((child.get("marker") or "", _norm("".join(child.itertext()))))
        elif isinstance(child.tag, str):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)
