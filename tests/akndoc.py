"""Test helper: reads a UN AKN4UN file into what a printed page shows, in reading order, and what a
reader of that page must find (`Expected`).

Independent of unres' own AKN reader: lxml over the XML directly. The layouts of the tests
(pdftext.py, pdfvariants.py, blocktext.py) lay the same `Doc` out in different ways, so the
expectations stay the same whatever the layout; a layout that legitimately changes what can be read
(straight quotes, marks set apart) says so by the folds it asks the comparison for.

Footnote marks stay in the texts as placeholders `\\x00k\\x00` (k indexes the block's notes), so
that a layout can put each note on the page where its mark falls.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from lxml import etree

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
NS = {"a": A[1:-1]}
# Curly quotes and apostrophes as a text typed or extracted with straight ones prints them.
STRAIGHT_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})
LANGS = {"ara": "ar", "zho": "zh", "chi": "zh", "eng": "en", "fra": "fr", "fre": "fr", "rus": "ru", "spa": "es"}


def _wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in ("W", "F")


def _norm(s: str) -> str:
    return " ".join(s.split())


def wrap(text: str, width: int, cjk: bool) -> list[str]:
    """Lines of at most `width` columns (a wide character takes two, a note placeholder none)."""
    if cjk:
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


@dataclass(frozen=True)
class Block:
    """One printed thing in reading order.

    kind: "line" (printed alone: preface, formula, headings), "para" (a paragraph: wrapped, may
    carry notes), "vote" (a piece of the vote: sentence, a side's heading, its names), "closing"
    (the meeting and date after the text). role says what it is, for layouts that treat roles
    apart: preface, formula, heading, preamble, operative, point, part-heading, part-preamble,
    vote, closing.
    """

    kind: str
    role: str
    text: str = ""
    notes: tuple[tuple[str, str], ...] = ()  # (marker, text), indexed by the placeholders
    pieces: tuple[str, ...] = ()  # closing: its lines as printed (meeting, then date)
    old: tuple[str, ...] = ()  # closing: the lines tests/pdftext.py prints (it leaves out a meeting
    # that the UN marks as an inline rather than a location; kept so its layouts stay as they were)


@dataclass(frozen=True)
class CoverLine:
    role: str  # publisher, symbol, body, status, date, original, subsidiary, session, dates,
    # agenda, agenda-title, title, proponent, other
    text: str


@dataclass
class Doc:
    symbol: str
    lang: str  # ar en es fr ru zh (or the file's ISO 639-2 code when it is none of the six)
    cover: list[CoverLine]
    blocks: list[Block]

    @property
    def cjk(self) -> bool:
        return self.lang == "zh"

    @property
    def standard_cover(self) -> bool:
        """Organization, symbol, body, distribution, issue date: the cover a reader must find."""
        return (len(self.cover) >= 5 and "/RES/" in self.cover[1].text
                and self.cover[3].text.startswith("Distr"))


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


def _para(blocks: list[Block], role: str, text: str, notes: list[tuple[str, str]]) -> None:
    blocks.append(Block("para", role, text, tuple(notes)))


def _points(lst, blocks: list[Block], flat: list[str]) -> None:
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
            _para(blocks, "point", f"{num} {text}".strip(), notes)
            flat.append(num)
            flat.append(_norm(" ".join(_plain(p) for p in ps)))
            if sub is not None:
                _points(sub, blocks, flat)
        elif child.tag == A + "list":
            _points(child, blocks, flat)


_ITEM_ENDS = (";", ":", "；", "：", "؛")
# The note of a text quoted in a resolution, which the UN marks up as a paragraph of the body after the quoted
# text ("*	Dependency allowances …", the star note of the statute A/RES/77/256 A amends; two language versions
# mark up the short rule over it as a paragraph too, "____________"): printed, a rule and a note under it, the
# note of the star mark above, which a reader of the page reads as that note, not as a paragraph. Expected as the
# note of that mark and laid out as one (the rule paragraph left out: the layouts draw their own rule).
_RULE_PARAGRAPH = re.compile(r"_{4,}")
_STAR_NOTE = re.compile(r"(\*+)\s+(\S.*)", re.S)
_QUOTATION_MARKS = "“”«»„"


def _quotation_open(text: str) -> bool:
    """Whether a text opens a quotation it does not close: an odd count of double quotation marks,
    whichever way round a language sets them (Arabic closes with “)."""
    return sum(text.count(q) for q in _QUOTATION_MARKS) % 2 == 1


def _quoted_note(blocks: list[Block], operative: list, shown: str) -> bool:
    """A rule or a star note marked up as a paragraph (_RULE_PARAGRAPH), where a text above carries the star: the
    rule left out, the note made the note of the nearest star above of its length (a whole token, that has no note yet),
    which the expected text no longer holds."""
    if _RULE_PARAGRAPH.fullmatch(shown.rstrip()):
        return True
    if (star := _STAR_NOTE.fullmatch(shown.rstrip())) is None:
        return False
    marker = star.group(1)
    for k in range(len(blocks) - 1, -1, -1):
        b = blocks[k]
        if b.kind == "para" and (at := _last_star(b.text, marker)) >= 0:
            break
    else:
        return False
    blocks[k] = replace(b, text=f"{b.text[:at]}\x00{len(b.notes)}\x00{b.text[at + len(marker):]}",
                        notes=(*b.notes, (marker, _norm(star.group(2)))))
    for i in range(len(operative) - 1, -1, -1):
        number, flat = operative[i]
        if (at := _last_star(flat, marker)) >= 0:
            operative[i] = (number, _norm(flat[:at] + flat[at + len(marker):]))
            break
    return True


def _last_star(text: str, marker: str) -> int:
    """Where the last mark of a star marker stands in a text, the marker as a whole token ("*" is not in "**"; a star
    already given its note is out of the text); -1: none."""
    found = list(re.finditer(rf"(?<!\*){re.escape(marker)}(?!\*)", text))
    return found[-1].start() if found else -1


def _operative_paragraphs(paragraphs, blocks: list[Block], operative: list, headings: list) -> None:
    after_list = introduces = quoting = False
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
                blocks.append(Block("line", "heading", words))
                pending.append(words)
            continue
        ps = content.findall("a:p", NS) if content is not None else (
            lst.find("a:intro", NS).findall("a:p", NS) if lst.find("a:intro", NS) is not None else [])
        notes: list = []
        text = _norm(" ".join(_inline(p, notes) for p in ps))
        ends = re.sub(r"\x00\d+\x00$", "", text)  # a note mark after the final punctuation
        # Lettered or quoted paragraphs after one that introduces them ("… replaced by the
        # following:" / "« Décide que … »", "a. …"; "Recommends the following:" / "(a) …") are
        # that paragraph's text and sub-paragraphs; some of the UN's language versions mark them
        # up as paragraphs of their own.
        # So is what stands inside a quotation such a paragraph opened, up to its closing mark
        # ("…：" / "“特别考虑到…，" / "(a) …；" / "㈡ …？”" in one language version). (The UN's
        # invisible left-to-right marks do not open a text.)
        shown = "".join(ch for ch in text if unicodedata.category(ch) != "Cf").lstrip()
        if not num and lst is None and _quoted_note(blocks, operative, shown):
            continue
        folded = ((introduces or quoting) and not any(ch.isdigit() for ch in num)
                  and (num != "" or quoting or shown.startswith(("«", "“", "„", "\"", "‘"))))
        if (not folded and not any(ch.isdigit() for ch in num) and lst is None
                and not ends.endswith((".", ",", ";", ":", "。", "，", "；", "：", "،", "؛"))):
            # A heading the UN marked up as a paragraph, without a number or lettered "A.".
            blocks.append(Block("line", "heading", f"{num} {text}".strip(), tuple(notes)))
            pending.append(_norm(f"{num} " + " ".join(_plain(p) for p in ps)))
            continue
        _para(blocks, "operative", f"{num} {text}".strip(), notes)
        flat = [_norm(" ".join(_plain(p) for p in ps))]
        if lst is not None:
            _points(lst, blocks, flat)
        number = "".join(ch for ch in num if ch.isdigit()) or None
        if folded and not pending:
            before, before_text = operative[-1]
            operative[-1] = (before, _norm(" ".join([before_text, num, *flat])))
            quoting = _quotation_open(operative[-1][1])
            continue
        quoting = False
        # A paragraph introduces what follows when it ends on a colon, or on no punctuation at all
        # (Russian "…, что" before lettered items the UN marked up as paragraphs).
        introduces = lst is None and (ends.rstrip("\u00a0 ").endswith((":", "："))
                                      or ends.rstrip("\u00a0 ")[-1:].isalpha())
        if number is None and lst is None and after_list and not pending:
            # The UN marks the text that closes a list as a paragraph without a number; the model
            # holds it as the wrap-up of the paragraph before. While such text ends as a list's
            # items do (";", ":"), the list goes on: items the UN marked up as paragraphs of
            # their own, unlabelled or lettered ("Panel 2: …;", "(c) …;" after "(b) … themes:"
            # in every language version of one resolution), are the list's text too.
            before, before_text = operative[-1]
            operative[-1] = (before, _norm(" ".join(x for x in [before_text, num, *flat] if x)))
            after_list = ends.rstrip("\u00a0 ").endswith(_ITEM_ENDS)
            continue
        operative.append((number, _norm(" ".join(x for x in flat if x))))
        headings.append(tuple(pending))
        pending = []
        after_list = lst is not None and number is not None


_COVER_ROLES = (  # (element, attribute, value) → role of a cover line, first match wins
    ("docNumber", None, None, "symbol"), ("docStatus", None, None, "status"),
    ("docAuthority", "refersTo", "#publisher", "publisher"), ("docAuthority", "refersTo", "#issuingBody", "body"),
    ("docAuthority", None, None, "subsidiary"), ("session", None, None, "session"), ("event", None, None, "dates"),
    ("inline", "name", "agenda item", "agenda"), ("inline", "name", "agenda item name", "agenda-title"),
    ("inline", "name", "originalLanguage", "original"), ("docProponent", None, None, "proponent"),
    ("docTitle", None, None, "title"), ("docDate", None, None, "date"),
)


def _cover_role(p) -> str:
    for tag, attr, value, role in _COVER_ROLES:
        for el in p.iter(A + tag):
            if attr is None or el.get(attr) == value:
                return role
    return "other"


def _cover(st, cjk: bool) -> list[CoverLine]:
    cover = []
    for p in st.iterfind("a:coverPage/a:p", NS):
        line = _norm(" ".join(t for t in p.itertext()))
        if not line or "logo" in line.lower():
            continue
        if p.find("a:event", NS) is not None:
            dates = [_norm("".join(d.itertext())) for d in p.iterfind(".//a:date", NS)]
            line = "–".join(dates) if not cjk else "至".join(dates)
        cover.append(CoverLine(_cover_role(p), line))
    return cover


def _expected_cover(cover: list[CoverLine]) -> tuple[str, tuple[str, ...], str]:
    # Organization, symbol, body, distribution, issue date: what a parser must find there.
    # (A Chinese symbol "S/RES/2700(2023)" is written with its space; a Human Rights Council
    # cover names the General Assembly first, then the Council: either may be taken.)
    lines = [c.text for c in cover]
    symbol_spaced = re.sub(r"\s*\((\d{4})\)$", r" (\1)", _norm(lines[1]))
    return symbol_spaced, tuple(lines[2:]), lines[3].removeprefix("Distr.").lstrip(": ")


def _vote(p, blocks: list[Block], exp: Expected) -> None:
    notes: list = []
    outer = p.find(".//a:vote/a:outcome", NS)
    # The vote as printed: sentence, then each side's heading and list on lines of their own.
    pieces = [_norm(_inline_until_sides(outer, notes))]
    for side in outer.iterfind("a:outcome", NS):
        heading = _norm(side.text or "")
        names = _norm(" ".join("".join(o.itertext()) for o in side.iterfind("a:organization", NS)))
        pieces.append(heading)
        pieces.append(names)
    shared = tuple(notes)  # the placeholders of every piece index the one list
    blocks.extend(Block("vote", "vote", piece, shared) for piece in pieces if piece)
    quantities = {q.get("refersTo"): q.get("normalized") for q in outer.iter(A + "quantity")}
    if outer.find("a:outcome", NS) is not None:
        try:
            sides = ("#inFavour", "#against", "#abstaining")
            exp.counts = tuple(int(quantities.get(k) or -1) for k in sides)
        except ValueError:
            exp.counts = None
    else:
        exp.without_vote = True


def _lines(p) -> list[str]:
    """The text of an element cut where it has line breaks (<eol/>)."""
    out: list[list[str]] = [[]]

    def walk(el) -> None:
        out[-1].append(el.text or "")
        for child in el:
            if child.tag == A + "eol":
                out.append([])
            elif isinstance(child.tag, str):
                walk(child)
            out[-1].append(child.tail or "")

    walk(p)
    return [line for line in (_norm("".join(x)) for x in out) if line]


def _closing(p) -> Block | None:
    """The meeting and date, as printed on lines of their own."""
    located = [el for el in p.iter(A + "location", A + "docDate")]
    old = [_norm("".join(el.itertext())) for el in located]
    if not located:
        line = _norm("".join(p.itertext()))
        old = [line] if line else []
    pieces = _lines(p)
    if not pieces and not old:
        return None
    return Block("closing", "closing", pieces=tuple(pieces), old=tuple(old))


def read_akn(xml: bytes, collections: bool = False) -> tuple[Doc, Expected]:
    """The document as printed (its blocks) and what a reader must find in it. A resolution the UN
    publishes as a documentCollection is read only when asked (collections): the figures per set
    leave them out for now, and benchmarks/generalisation.py reports them apart."""
    root = etree.fromstring(xml)
    st = root.find("a:statement", NS)
    if st is None and root.find("a:documentCollection", NS) is not None:
        if not collections:
            raise ValueError("a documentCollection (a resolution in parts): read with collections=True")
        return _read_collection(root)
    doc, exp, blocks = _opening(st)
    preamble = st.find("a:preamble", NS)
    if preamble is not None:
        f = preamble.find("a:formula", NS)
        if f is not None:
            blocks.append(Block("line", "formula", _norm("".join(f.itertext()))))
        for c in preamble.iterfind("a:container", NS):
            notes: list = []
            ps = c.findall("a:p", NS) or c.findall("a:blockList", NS)
            text = _norm(" ".join(_inline(p, notes) for p in ps))
            if not text:
                continue
            _para(blocks, "preamble", text, notes)
            exp.preamble.append(_norm(" ".join(_plain(p) for p in ps)))
    body = st.find("a:mainBody", NS)
    sections = body.findall("a:section", NS)
    _operative_paragraphs([p for p in body.iter(A + "paragraph")
                           if not any(a.tag == A + "section" for a in p.iterancestors())], blocks, exp.operative,
                          exp.headings)
    for sec in sections:
        # A part of a resolution adopted in parts: label and title (subheadings), its preambular
        # paragraphs (crossHeadings, with lettered considerations between them), its paragraphs.
        heads = [_norm("".join(h.itertext())) for h in sec.findall("a:subheading", NS)]
        # (A section's num is its label, printed above its subheadings: "I" / "Standards of accommodation
        # for air travel", as unres' AKN reader reads it.)
        num_el = sec.find("a:num", NS)
        if num_el is not None and _norm("".join(num_el.itertext())):
            heads.insert(0, _norm("".join(num_el.itertext())))
        blocks.extend(Block("line", "part-heading", h) for h in heads)
        part = Part(heads[0] if heads else "", heads[1] if len(heads) > 1 else None)
        children = [c for c in sec if c.tag in (A + "crossHeading", A + "paragraph")]
        last_cross = max((i for i, c in enumerate(children) if c.tag == A + "crossHeading"), default=-1)
        in_items = False
        for c in children[:last_cross + 1]:
            num_el = c.find("a:num", NS)
            num = _norm("".join(num_el.itertext())) if num_el is not None else ""
            ps = [c] if c.tag == A + "crossHeading" else c.find("a:content", NS).findall("a:p", NS)
            notes = []
            _para(blocks, "part-preamble", _norm(f"{num} " + " ".join(_inline(p, notes) for p in ps)), notes)
            text = _norm(f"{num} " + " ".join(_plain(p) for p in ps))
            # Lettered considerations after one ending with a colon are its items: printed apart,
            # one preambular paragraph in the model (the readers' preamble-items).
            if num and c.tag == A + "paragraph" and part.preamble and (in_items or part.preamble[-1].endswith(":")):
                part.preamble[-1] = f"{part.preamble[-1]} {text}"
                in_items = True
                continue
            in_items = False
            part.preamble.append(text)
        _operative_paragraphs(children[last_cross + 1:], blocks, part.operative, part.headings)
        exp.parts.append(part)
    _conclusions(st, blocks, exp)
    return doc, exp


def _conclusions(st, blocks: list[Block], exp: Expected) -> None:
    concl = st.find("a:conclusions", NS)
    if concl is not None:
        for p in concl.iterfind("a:p", NS):
            if p.find(".//a:vote", NS) is not None:
                _vote(p, blocks, exp)
            elif (closing := _closing(p)) is not None:
                blocks.append(closing)


def _preface_line(st) -> str:
    """The preface's symbol and title as printed on one line ("77/128. Questions relating to …";
    a component's "A" and its title)."""
    pre = st.find("a:preface/a:p", NS)
    if pre is None:
        return ""
    num, title = pre.find("a:docNumber", NS), pre.find("a:docTitle", NS)
    return _norm(("".join(num.itertext()) if num is not None else "") + " "
                 + ("".join(title.itertext()) if title is not None else ""))


def _opening(st) -> tuple[Doc, Expected, list[Block]]:
    """A statement's (or a collection's) symbol, language and cover, and its preface line, printed."""
    symbol = _norm("".join(st.find("a:coverPage//a:docNumber", NS).itertext()))
    code = st.find("a:meta//a:FRBRlanguage", NS).get("language")
    lang = LANGS.get(code, code)
    exp = Expected()
    blocks: list[Block] = []
    doc = Doc(symbol, lang, _cover(st, lang == "zh"), blocks)
    if doc.standard_cover:
        exp.cover = _expected_cover(doc.cover)
    if line := _preface_line(st):
        blocks.append(Block("line", "preface", line))
    return doc, exp, blocks


def _read_collection(root) -> tuple[Doc, Expected]:
    """A resolution the UN publishes in parts as a documentCollection (A/RES/77/128 A-B): one cover
    and title, then each component statement as the PDF prints it — its letter and title on lines
    of their own, its formula, preambular and operative paragraphs, its meeting and date. The
    model holds each component as a part ("A", title, preamble, operative); the collection itself
    has no paragraphs. A component's sections (numbered headings "I", "A." with a subheading) are
    headings of the operative paragraphs after them, as unres' AKN reader reads them; its tables
    are not printed (as a budget part's are not)."""
    doc, exp, blocks = _opening(root.find("a:documentCollection", NS))
    for st in root.iterfind("a:components/a:component/a:statement", NS):
        pre = st.find("a:preface/a:p", NS)
        num = pre.find("a:docNumber", NS) if pre is not None else None
        title = pre.find("a:docTitle", NS) if pre is not None else None
        heads = [h for h in (_norm("".join(e.itertext())) for e in (num, title) if e is not None) if h]
        blocks.extend(Block("line", "part-heading", h) for h in heads)
        part = Part(heads[0] if heads else "", heads[1] if len(heads) > 1 else None)
        preamble = st.find("a:preamble", NS)
        if preamble is not None:
            if (f := preamble.find("a:formula", NS)) is not None:
                blocks.append(Block("line", "formula", _norm("".join(f.itertext()))))
            for c in preamble.iterfind("a:container", NS):
                notes: list = []
                ps = c.findall("a:p", NS) or c.findall("a:blockList", NS)
                if text := _norm(" ".join(_inline(p, notes) for p in ps)):
                    _para(blocks, "part-preamble", text, notes)
                    part.preamble.append(_norm(" ".join(_plain(p) for p in ps)))
        body = st.find("a:mainBody", NS)
        if body is not None:
            # (A section passes as a paragraph with a num and a subheading and no content: a heading.)
            _operative_paragraphs(list(body.iter(A + "section", A + "paragraph")), blocks, part.operative,
                                  part.headings)
        exp.parts.append(part)
        _conclusions(st, blocks, exp)
    return doc, exp


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
