"""What the reader of unres' own AKN (read_unres.py) and the reader of the UN's (read_un.py) share:
the state of one reading, inline text with its footnotes, and the constructs both dialects mark
up alike (paragraphs, lists and points, annexes).

The one difference that runs through everything is whitespace: unres' files keep every
character; the UN's are laid out with tabs and newlines that carry no meaning, so every text read
from them is whitespace-normalized (`Reading.normalize`).
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from lxml import etree
from lxml.etree import _Element as Element

from ..model import Annex, AnnexParagraph, Footnote, FootnoteRef, OperativeParagraph, SubParagraph, WrapUp
from ..problems import Problem, UnresError
from .vocabulary import GENERATOR, NS, SYMBOL_PREFIXES, VOTE_TYPE_OF_OUTCOME, A, Class, Concept, Name, language_of_639_2

Inline = tuple[str, tuple[FootnoteRef, ...]]  # a text and its footnote references
Opening = Callable[[Element, str], str | None]  # the opening phrase of (first p, its text)

_PART_TAGS = (A + "part", A + "section")
_NOTE, _EOL, _PARAGRAPH = A + "authorialNote", A + "eol", A + "paragraph"


@dataclass
class Reading:
    """One document being read: what was found on the way (footnotes, warnings) and how texts are taken."""

    file: str | None
    normalize: bool  # the UN's files: whitespace runs become one space, texts are trimmed
    warnings: list[Problem] = field(default_factory=list)
    notes: list[Footnote] = field(default_factory=list)
    note_markers: set[str] = field(default_factory=set)

    def warn(self, code: str, message: str, el: Element | None = None) -> None:
        self.warnings.append(Problem(code, message, line=None if el is None else el.sourceline, file=self.file,
                                     severity="warning"))

    def text(self, s: str) -> str:
        return normalized(s) if self.normalize else s


# -- the document ---------------------------------------------------------------------------------
def statement(root: Element, file: str | None) -> Element:
    st = root.find(A + "statement")
    if root.tag != A + "akomaNtoso" or st is None:
        raise UnresError(Problem("akn-not-resolution", "not an Akoma Ntoso statement (expected "
                                 "akomaNtoso/statement in the AKN 3.0 namespace)", line=root.sourceline, file=file))
    return st


def written_by_unres(st: Element) -> bool:
    return st.find(f"a:meta/a:identification[@source='{GENERATOR}']", NS) is not None


def language(st: Element, file: str | None) -> str:
    el = st.find("a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage", NS)
    code = language_of_639_2(el.get("language") or "") if el is not None else None
    if code is None:
        raise UnresError(Problem("akn-language", "FRBRlanguage is missing or not one of the six UN languages",
                                 line=None if el is None else el.sourceline, file=file))
    return code


def body_author(st: Element) -> str | None:
    """The author step of the work's IRI (`/akn/un/statement/deliberation/unga-hrc/…`)."""
    work = st.find("a:meta/a:identification/a:FRBRWork/a:FRBRthis", NS)
    if work is None:
        return None
    steps = (work.get("value") or "").split("/")
    return steps[5] if len(steps) > 5 else None


def body_from_symbol(symbol: str) -> str | None:
    return next((body for prefix, body in SYMBOL_PREFIXES if symbol.startswith(prefix)), None)


def vote_kind(voting: Element | None, vote: Element | None) -> str:
    """The model's vote type: meta's voting/@outcome, else the conclusions' vote/@refersTo."""
    if voting is not None:
        return VOTE_TYPE_OF_OUTCOME.get(voting.get("outcome") or "", "unknown")
    if vote is not None:
        return VOTE_TYPE_OF_OUTCOME.get((vote.get("refersTo") or "").lstrip("#"), "unknown")
    return "unknown"


# -- small helpers ----------------------------------------------------------------------------------
def text_of(el: Element) -> str:
    return "".join(el.itertext())


def normalized(s: str) -> str:
    return " ".join(s.split())


def date(r: Reading, el: Element | None) -> str | None:
    """The @date of `el` as the model has dates (YYYY-MM-DD, a day of the calendar). The 0001-…
    of a document without a date is none; a value that looks like a date but is no day of the
    calendar (2024-13-05) is left out with a warning (the writers could not print it)."""
    value = None if el is None else el.get("date")
    if not value or value.startswith("0001-") or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        r.warn("akn-date", f"date {value!r} is not a day of the calendar and was left out", el)
        return None
    return value


def session_dates(r: Reading, st: Element) -> tuple[str | None, str | None]:
    """The first and last day of the session, from the cover page's event."""
    start = end = None
    for d in st.iterfind("a:coverPage//a:event/a:date", NS):
        kind = d.get("refersTo", "")
        if kind.endswith(Concept.START_DATE):
            start = date(r, d)
        elif kind.endswith(Concept.END_DATE):
            end = date(r, d)
    return start, end


def without_notes(el: Element) -> str:
    """The text of an element without the text of the footnotes inside it."""
    parts = [el.text or ""]
    for child in el:
        if child.tag != _NOTE:
            parts.append(without_notes(child))
        parts.append(child.tail or "")
    return "".join(parts)


# -- inline text ------------------------------------------------------------------------------------
def inline(r: Reading, el: Element) -> Inline:
    """The text of a p (or any inline container) and a reference at the place of each authorialNote;
    each footnote's text is recorded once, at its first reference."""
    parts: list[str] = []
    refs: list[FootnoteRef] = []
    length = 0  # of "".join(parts), for the offset of the next note
    eol = " " if r.normalize else "\n"

    def walk(node: Element) -> None:
        nonlocal length
        if s := node.text:
            parts.append(s)
            length += len(s)
        for child in node:
            if not isinstance(child.tag, str):
                pass  # a comment or processing instruction: only its tail is text
            elif child.tag == _NOTE:
                _note(r, child, length, refs)
            elif child.tag == _EOL:
                parts.append(eol)
                length += 1
            else:
                walk(child)
            if s := child.tail:
                parts.append(s)
                length += len(s)

    walk(el)
    raw = "".join(parts)
    parts.clear()
    if not r.normalize:
        return raw, tuple(refs)
    return _normalize_with_refs(raw, refs)


def _note(r: Reading, note: Element, offset: int, refs: list[FootnoteRef]) -> None:
    marker = note.get("marker") or ""
    if not marker:
        r.warn("akn-note-marker", "authorialNote without a marker", note)
    refs.append(FootnoteRef(marker, offset))
    if marker not in r.note_markers:
        r.note_markers.add(marker)
        r.notes.append(Footnote(marker, r.text("".join(text_of(p) for p in note))))


_SPACES = re.compile(r"\s+")  # \s in a str pattern is str.isspace(), as str.split() uses


def _normalize_with_refs(raw: str, refs: list[FootnoteRef]) -> Inline:
    """Whitespace runs become one space and the text is trimmed; each reference's offset, counted in
    the raw text, is recounted in the normalized one. Linear, and without a record per character:
    the raw text is measured piece by piece between the references' offsets."""
    text = _SPACES.sub(" ", raw).strip()
    if not refs:
        return text, ()
    at: dict[int, int] = {}
    length = 0  # of the normalized raw text up to the current offset, a trailing space included
    after_space = True  # at the start, as after a space: leading whitespace counts for nothing
    start = 0
    for offset in sorted({ref.offset for ref in refs}):
        piece = raw[start:offset]
        if piece:
            squeezed = _SPACES.sub(" ", piece)
            length += len(squeezed) - (1 if after_space and squeezed[0] == " " else 0)
            after_space = squeezed[-1] == " "
        at[offset] = length
        start = offset
    return text, tuple(FootnoteRef(ref.marker, max(0, min(len(text), at[ref.offset]))) for ref in refs)


def joined(r: Reading, ps: Iterable[Element]) -> Inline:
    """Several p as one text, one space between them."""
    text = ""
    refs: list[FootnoteRef] = []
    for p in ps:
        t, rs = inline(r, p)
        if text and t:
            shift = len(text) + 1
            text = text + " " + t
        else:
            shift = len(text)
            text = text + t
        refs.extend(FootnoteRef(x.marker, x.offset + shift) for x in rs)
    return text, tuple(refs)


# -- paragraphs, lists, points ------------------------------------------------------------------------
class Content(NamedTuple):
    """A paragraph's or point's text (content, or the intro of its list), its points, its first p."""

    text: str
    refs: tuple[FootnoteRef, ...]
    subs: tuple[SubParagraph, ...]
    first_p: Element | None


def content(r: Reading, el: Element) -> Content:
    lst = el.find("a:list", NS)
    if lst is not None:
        intro = lst.find("a:intro", NS)
        ps = intro.findall("a:p", NS) if intro is not None else []
        text, refs = joined(r, ps)
        return Content(text, refs, tuple(points(r, lst)), ps[0] if ps else None)
    box = el.find("a:content", NS)
    if box is None:
        return Content("", (), (), None)
    ps = box.findall("a:p", NS)
    text, refs = joined(r, ps)
    return Content(text, refs, (), ps[0] if ps else None)


def points(r: Reading, lst: Element) -> list[SubParagraph]:
    subs: list[SubParagraph] = []
    for child in lst:
        if child.tag == A + "point":
            num = child.find("a:num", NS)
            label = r.text(text_of(num)) if num is not None else ""
            c = content(r, child)
            if not label.strip():
                r.warn("akn-point-num", "point without a label", child)
                label = "-"
            subs.append(SubParagraph(label, c.text or label, c.refs, c.subs))
        elif child.tag in (A + "list", A + "blockList") and subs:
            # The UN's files sometimes put a sublist beside the point instead of inside it.
            last = subs[-1]
            subs[-1] = replace(last, subparagraphs=last.subparagraphs + tuple(points(r, child)))
    return subs


def wrap_up(r: Reading, para: Element) -> WrapUp | None:
    el = para.find("a:list/a:wrapUp", NS)
    if el is None:
        return None
    text, refs = joined(r, el.findall("a:p", NS))
    return WrapUp(text, refs) if text else None


def body_paragraphs(st: Element) -> list[Element]:
    """The paragraphs and hcontainers of mainBody outside its parts (part or section)."""
    body = st.find("a:mainBody", NS)
    if body is None:
        return []
    return [p for p in body.iter(A + "paragraph", A + "hcontainer")
            if not any(anc.tag in _PART_TAGS for anc in p.iterancestors())]


def operative_list(r: Reading, paragraphs: Iterable[Element], opening: Opening,
                   unnumbered_is_wrap_up: bool = False, number_in_text: re.Pattern | None = None
                   ) -> tuple[OperativeParagraph, ...]:
    """Operative paragraphs, each with the headings read since the paragraph before it.
    `unnumbered_is_wrap_up`: an unnumbered paragraph after a list closes that list (the UN's files).
    `number_in_text`: the language's paragraph number ("1 -" in Arabic), taken from the start of
    the text of a paragraph that has no num (the UN's files typed it there in some languages)."""
    out: list[OperativeParagraph] = []
    headings: list[str] = []  # read since the last paragraph: they head the next one
    for para in paragraphs:
        if any(anc.tag == _PARAGRAPH for anc in para.iterancestors()):
            continue
        if para.tag == A + "hcontainer":
            _heading_container(r, para, headings)
            continue
        num_el = para.find("a:num", NS)
        number = None
        if num_el is not None:
            m = re.search(r"\d+", text_of(num_el))
            number = (m.group().lstrip("0") or "0") if m else None
        c = content(r, para)
        if not c.text and not c.subs:
            _heading_paragraph(r, para, num_el, headings)
            continue
        # (followed by a space, as typed numbers are: "1.5 million" in an unnumbered text is not one)
        if (number is None and number_in_text is not None and (typed := number_in_text.match(c.text))
                and typed.group().endswith(" ")):
            c = _without_typed_number(c, typed)
            number = typed["num"].lstrip("0") or "0"
        first = opening(c.first_p, c.text) if c.first_p is not None else None
        closing = wrap_up(r, para)
        if (unnumbered_is_wrap_up and number is None and not c.subs and out and out[-1].number is not None
                and out[-1].subparagraphs and out[-1].wrap_up is None and not headings):
            # The UN marks the text that closes a list as a paragraph of its own, without a
            # number ("(e) …;" / "and to consider how …"): it is the wrap-up of the paragraph before.
            out[-1] = replace(out[-1], wrap_up=WrapUp(c.text, c.refs))
            continue
        out.append(OperativeParagraph(number, c.text, first, c.refs, c.subs, closing, tuple(headings)))
        headings = []
    if headings:
        r.warn("akn-heading-dropped", f"heading {headings[-1][:60]!r} after the last operative paragraph "
               "heads nothing and was left out")
    return tuple(out)


def _without_typed_number(c: Content, typed: re.Match) -> Content:
    """A paragraph's content without the number typed at the start of its text."""
    cut = typed.end()
    refs = tuple(FootnoteRef(x.marker, max(0, x.offset - cut)) for x in c.refs)
    return c._replace(text=c.text[cut:], refs=refs)


def _heading_container(r: Reading, para: Element, headings: list[str]) -> None:
    # unres' files: a heading-only hcontainer named crossHeading.
    heading = para.find("a:heading", NS)
    if para.get("name") == Name.CROSS_HEADING and heading is not None and text_of(heading).strip():
        headings.append(r.text(text_of(heading)))


def _heading_paragraph(r: Reading, para: Element, num_el: Element | None, headings: list[str]) -> None:
    heading = para.find("a:subheading", NS)
    heading = para.find("a:heading", NS) if heading is None else heading
    if heading is None:
        r.warn("akn-empty-paragraph", "empty operative paragraph skipped", para)
        return
    # The UN's files: a paragraph holding only a subheading ("MINUSCA's mandate"), its letter, if
    # any, in num ("A.").
    label = text_of(num_el).strip() if num_el is not None else ""
    if words := normalized(f"{label} {text_of(heading)}"):
        headings.append(words)


# -- the preamble's containers ------------------------------------------------------------------------
def container_ps(r: Reading, c: Element) -> list[Element]:
    """The p of a preambular container; a blockList inside one is read as one running text."""
    ps = c.findall("a:p", NS)
    block_list = c.find("a:blockList", NS)
    if not ps and block_list is not None:
        # The model's preambular paragraphs have no items: the list is read as one text.
        r.warn("akn-preamble-list-flattened", "a list in a preambular paragraph was read as running text", c)
        ps = [_flatten_block_list(block_list)]
    if not ps:
        r.warn("akn-empty-container", "preambular container without a paragraph", c)
    return ps


def _flatten_block_list(bl: Element) -> Element:
    """One p holding a blockList's introduction and its items, each after its number."""
    p = etree.Element(A + "p")
    parts = []
    intro = bl.find("a:listIntroduction", NS)
    if intro is not None:
        parts.append(copy.deepcopy(intro))
    parts.extend(copy.deepcopy(item) for item in bl.iterfind("a:item", NS))
    for part in parts:
        part.tail = " "
        p.append(part)
    return p


# -- annexes --------------------------------------------------------------------------------------------
def annexes(r: Reading, st: Element) -> tuple[Annex, ...]:
    out = []
    for doc in st.iterfind("a:attachments/a:attachment/a:doc", NS):
        t = doc.find("a:preface//a:docTitle", NS)
        title = r.text(text_of(t)) if t is not None else None
        paras = []
        body = doc.find("a:mainBody", NS)
        if body is not None:
            for p in body.iterfind("a:p", NS):
                if p.get("class") == Class.EMPTY:
                    continue
                text, refs = inline(r, p)
                paras.append(AnnexParagraph(text, refs))
        out.append(Annex(title, tuple(paras)))
    return tuple(out)
