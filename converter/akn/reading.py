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
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from lxml import etree
from lxml.etree import _Element as Element

from ..labels import announces, continues, is_bullet, opens_announced_item, positions
from ..langs import punctuation
from ..model import (
    Annex,
    AnnexParagraph,
    Cell,
    Footnote,
    FootnoteRef,
    Link,
    OperativeParagraph,
    Resolution,
    Row,
    SubParagraph,
    Table,
    WrapUp,
)
from ..problems import Problem, UnresError
from ..text.blocks import finished
from ..text.decode import PRESENTATION_FORMS
from .paths import children, find, findall, first_child, iterfind
from .vocabulary import GENERATOR, SYMBOL_PREFIXES, VOTE_TYPE_OF_OUTCOME, A, Class, Concept, Name, language_of_639_2

Opening = Callable[[Element, str], str | None]  # the opening phrase of (first p, its text)

_PART_TAGS = (A + "part", A + "section")
_NOTE, _EOL, _PARAGRAPH, _SUP = A + "authorialNote", A + "eol", A + "paragraph", A + "sup"
_LINKS = (A + "ref", A + "a")  # unres writes ref; the UN's files hyperlink with a
# The names the readers compare every element's tag with, made once: `A + "p"` in a loop builds the
# string again for every element it looks at.
_P, _BLOCK_LIST, _POINT, _TABLE = A + "p", A + "blockList", A + "point", A + "table"
_NUM, _LIST, _CONTENT = A + "num", A + "list", A + "content"
_CONTAINER, _HCONTAINER = A + "container", A + "hcontainer"
_HEADINGS = (A + "heading", A + "subheading")
_LISTS = (A + "list", A + "blockList", A + "sublist")
DIGITS = re.compile(r"\d+")


class Inline(NamedTuple):
    """A text, its footnote references and its links."""

    text: str
    refs: tuple[FootnoteRef, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass
class Reading:
    """One document being read: what was found on the way (footnotes, warnings) and how texts are taken."""

    file: str | None
    normalize: bool  # the UN's files: whitespace runs become one space, texts are trimmed
    warnings: list[Problem] = field(default_factory=list)
    notes: list[Footnote] = field(default_factory=list)
    note_markers: set[str] = field(default_factory=set)
    note_words: dict[str, str] = field(default_factory=dict)  # each marker's note, whitespace aside
    opening_classes: tuple[str, ...] = (Class.OPENING,)  # classes of the span around an opening phrase
    # The language's paragraph number ("1 -" in Arabic), taken from the start of the text of an
    # operative paragraph without num (the UN's files typed it there in some languages).
    number_in_text: re.Pattern[str] | None = None
    dropped: int = 0  # characters of the body left out knowingly (each reported as akn-dropped)
    invented: int = 0  # characters the model holds that the file does not print (a point's placeholder label)
    # characters of the punctuation of numbers typed into the text ("-" of "1 -"): the model keeps
    # the digits, as it keeps "1" of a num's "1."; the writers print the language's format.
    typed_number_format: int = 0
    # characters of the dash between an annex's label and title on one heading line ("Annex A –
    # Items …"): the model keeps the two apart, and the writers print them on lines of their own
    label_separators: int = 0
    # The language's annex label ("Annex II"), which the UN's files print as a heading (annex).
    annex_label: re.Pattern[str] | None = None
    # The number or label an annex paragraph of the UN's files has typed at the start of its text
    # ("(a) The ship …", where others have a num): (as printed, where the text starts), or None.
    annex_number: Callable[[str], tuple[str, int] | None] | None = None
    # The marks around digits that make a num a list's label, not a paragraph number: the
    # language's label styles in digits with an opening mark (Arabic "’1‘").
    digit_labels: tuple[tuple[str, str], ...] = ()
    # characters of a num that body_characters counts as a number's format ("(أ)" has no digits: all
    # of it) which the model keeps, as a list item's label or a heading's
    kept_format: int = 0
    # characters of the brackets printed around a note's mark (Arabic "(1)"): the mark's format,
    # which the model's reference stands for, as the marker itself (mark-brackets)
    mark_brackets: int = 0

    def warn(self, code: str, message: str, el: Element | None = None) -> None:
        self.warnings.append(Problem(code, message, line=None if el is None else el.sourceline, file=self.file,
                                     severity="warning"))

    def drop(self, el: Element, what: str) -> None:
        """Leaves out an element the model has no place for, saying what and how many characters."""
        count = visible_length(el)
        self.dropped += count
        self.warn("akn-dropped", f"{what} ({count} character{'s' if count != 1 else ''}) has no place in the "
                  "model and was left out", el)

    def text(self, s: str) -> str:
        return normalized(s) if self.normalize else s


# -- the document ---------------------------------------------------------------------------------
def statement(root: Element, file: str | None) -> Element:
    """The resolution's statement, or the documentCollection of a resolution the UN publishes in
    parts (the parts are its components' statements)."""
    st = find(root, "a:statement")  # (paths: lxml's find() parses its path at every call)
    if st is None:
        st = find(root, "a:documentCollection")
    if root.tag != A + "akomaNtoso" or st is None:
        raise UnresError(Problem("akn-not-resolution", "not an Akoma Ntoso statement (expected "
                                 "akomaNtoso/statement in the AKN 3.0 namespace)", line=root.sourceline, file=file))
    return st


def written_by_unres(st: Element) -> bool:
    return find(st, f"a:meta/a:identification[@source='{GENERATOR}']") is not None


def language(st: Element, file: str | None) -> str:
    el = find(st, "a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage")
    code = language_of_639_2(el.get("language") or "") if el is not None else None
    if code is None:
        raise UnresError(Problem("akn-language", "FRBRlanguage is missing or not one of the six UN languages",
                                 line=None if el is None else el.sourceline, file=file))
    return code


def body_author(st: Element) -> str | None:
    """The author step of the work's IRI (`/akn/un/statement/deliberation/unga-hrc/…`)."""
    work = find(st, "a:meta/a:identification/a:FRBRWork/a:FRBRthis")
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
    # Most elements read for their text (names, numbers, dates) hold no child: no iterator for them.
    return (el.text or "") if len(el) == 0 else "".join(el.itertext())


def normalized(s: str) -> str:
    return " ".join(s.split())


def visible_length(el: Element) -> int:
    """The characters of an element's text other than whitespace: what the conservation count compares."""
    return _visible("".join(el.itertext()))


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
    for d in iterfind(st, "a:coverPage//a:event/a:date"):
        kind = d.get("refersTo", "")
        if kind.endswith(Concept.START_DATE):
            start = date(r, d)
        elif kind.endswith(Concept.END_DATE):
            end = date(r, d)
    return start, end


def without_notes(el: Element) -> str:
    """The text of an element without the text of the footnotes inside it."""
    if not len(el):  # (an opening phrase's span, most headings: no child, no list of parts)
        return el.text or ""
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
    links: list[Link] = []
    length = 0  # of "".join(parts), for the offset of the next note
    eol = " " if r.normalize else "\n"

    def walk(node: Element) -> None:
        nonlocal length
        if s := node.text:
            parts.append(s)
            length += len(s)
        for child in node:
            tag = child.tag  # (lxml makes the string at every access)
            if not isinstance(tag, str):
                pass  # a comment or processing instruction: only its tail is text
            elif r.normalize and tag == _SUP and _mark_bracket(child):  # (the UN's files only)
                r.mark_brackets += 1  # its tail is text, below
            elif tag == _NOTE:
                if r.normalize and parts and parts[-1].endswith("(") and (child.tail or "").startswith(")"):
                    # mark-brackets: "(" and ")" typed as text right around the note ("(1)")
                    parts[-1] = parts[-1][:-1]
                    length -= 1
                    r.mark_brackets += 2
                    _note(r, child, length, refs)
                    if s := child.tail[1:]:
                        parts.append(s)
                        length += len(s)
                    continue
                _note(r, child, length, refs)
            elif tag == _EOL:
                parts.append(eol)
                length += 1
            elif tag in _LINKS:
                start = length
                walk(child)
                if child.get("class") == Class.CONTINUED and links and links[-1].offset + links[-1].length == start:
                    # unres' files: the rest of a link the end of the opening phrase cut
                    links[-1] = Link(links[-1].offset, length - links[-1].offset, links[-1].href)
                else:
                    links.append(Link(start, length - start, child.get("href") or ""))
            elif len(child):
                walk(child)
            elif s := child.text:  # a leaf (the opening phrase's span, a term): its text, without a call
                parts.append(s)
                length += len(s)
            if s := child.tail:
                parts.append(s)
                length += len(s)

    walk(el)
    raw = "".join(parts)
    parts.clear()
    if not r.normalize:
        return Inline(raw, tuple(refs), tuple(links))
    return _normalize_with_refs(raw, refs, links)


def title_inline(r: Reading, el: Element | None) -> tuple[str | None, tuple[FootnoteRef, ...]]:
    """A title (docTitle, a part's heading) and the footnote marks on it (model 1.2): each
    authorialNote a reference at its place, its text a footnote, as in a paragraph. A title has
    no links: a link's address is reported dropped (its words stay in the title)."""
    if el is None:
        return None, ()
    text, refs, links = inline(r, el)
    for link in links:
        r.warn("akn-dropped", f"the address {link.href[:80]!r} of a link on a title has no place in the model", el)
    if not text:
        return None, ()
    return text, refs


def _mark_bracket(sup: Element) -> bool:
    """mark-brackets: a superscript holding only a bracket right before or after a note's mark —
    `<sup>(</sup><authorialNote/><sup>)</sup>`, as Arabic prints a mark "(1)", the brackets now and
    then mirrored in the file (")" before, "(" after) — is the mark's format, not text (as are "("
    and ")" typed as text right around the note)."""
    if len(sup) or sup.text not in ("(", ")"):
        return False
    after = sup.getnext()
    if after is not None and after.tag == _NOTE and not (sup.tail or "").strip():
        return True
    before = sup.getprevious()
    return before is not None and before.tag == _NOTE and not (before.tail or "").strip()


def note_at(r: Reading, note: Element, offset: int, refs: list[FootnoteRef]) -> None:
    """An authorialNote read as a mark at `offset` of a text whose marks are `refs` (its text becomes
    a footnote, once per marker)."""
    _note(r, note, offset, refs)


def _note(r: Reading, note: Element, offset: int, refs: list[FootnoteRef]) -> None:
    marker = note.get("marker") or ""
    if not marker:
        r.warn("akn-note-marker", "authorialNote without a marker", note)
    refs.append(FootnoteRef(marker, offset))
    if marker not in r.note_markers:
        r.note_markers.add(marker)
        r.note_words[marker] = _note_words(note)
        text, _, links = joined(r, iterfind(note, "a:p"))
        if r.normalize and text.startswith("()"):
            # mark-brackets: the note's own mark printed as empty brackets "()" (the word processor's
            # number field, lost) before its text: the mark's format, which the marker stands for.
            cut = len(text) - len(text[2:].lstrip())
            text = text[cut:]
            links = tuple(Link(k.offset - cut, k.length, k.href) for k in links if k.offset >= cut)
            r.mark_brackets += 2
        r.notes.append(Footnote(marker, text, links))
    elif _note_words(note) != r.note_words.get(marker):
        # A note printed again under its marker is the same note; another note under a marker already
        # taken ("*" on two different notes of S/RES/2713 (2023) ar) cannot be told apart by the
        # model, which keys notes by marker: left out, and said.
        r.drop(note, f"footnote {marker!r}, a second note under the marker of another")


def _note_words(note: Element) -> str:
    return _words(" ".join(text_of(p) for p in iterfind(note, "a:p")))


def _words(text: str) -> str:
    return "".join(text.split())


def meta_notes(r: Reading, st: Element) -> None:
    """Adds the footnotes of the meta block's notes (unres writes there those no authorialNote prints:
    a footnote never referenced, a second one under a taken marker), each after the footnote whose
    authorialNote its placementBase names; without one it comes first, naming an unknown one, last.
    Called once the rest is read, when r.notes holds the printed footnotes."""
    found = findall(st, "a:meta/a:notes/a:note")
    if not found:
        return
    marker_of = {n.get("eId"): n.get("marker") or "" for n in st.iter(_NOTE)}
    after: dict[str | None, list[Footnote]] = {}
    last: list[Footnote] = []
    for note in found:
        text, _, links = joined(r, iterfind(note, "a:p"))
        base = note.get("placementBase")
        if not base:
            where = after.setdefault(None, [])
        else:
            where = after.setdefault(marker_of[base], []) if base in marker_of else last
        where.append(Footnote(note.get("marker") or "", text, links))
    notes = after.pop(None, [])
    for f in r.notes:
        notes.append(f)
        notes += after.pop(f.marker, [])
    r.notes[:] = notes + [f for rest in after.values() for f in rest] + last


_SPACES = re.compile(r"\s+")  # \s in a str pattern is str.isspace(), as str.split() uses


def _folded_forms(raw: str) -> str:
    """presentation-forms: the shaped Arabic letters a UN file now and then holds ("ﺑـ" for "بـ",
    U+FE91) are its letters, folded to them as the text reader folds them (decode.py), where the
    letter is one character: offsets and counts stay as they are (a ligature of two letters, "ﻻ",
    is kept as written)."""
    if PRESENTATION_FORMS.search(raw) is None:
        return raw
    return PRESENTATION_FORMS.sub(lambda m: "".join(
        f if len(f := unicodedata.normalize("NFKC", ch)) == 1 else ch for ch in m.group()), raw)


def _normalize_with_refs(raw: str, refs: list[FootnoteRef], links: list[Link]) -> Inline:
    """Whitespace runs become one space and the text is trimmed; each reference's offset (and each
    link's bounds), counted in the raw text, is recounted in the normalized one. Linear, and without
    a record per character: the raw text is measured piece by piece between the offsets."""
    raw = _folded_forms(raw)
    text = " ".join(raw.split())  # as _SPACES.sub(" ", raw).strip(), without the regular expression
    if not refs and not links:
        return Inline(text)
    at: dict[int, int] = {}
    length = 0  # of the normalized raw text up to the current offset, a trailing space included
    after_space = True  # at the start, as after a space: leading whitespace counts for nothing
    start = 0
    offsets = {ref.offset for ref in refs} | {k.offset for k in links} | {k.offset + k.length for k in links}
    for offset in sorted(offsets):
        piece = raw[start:offset]
        if piece:
            squeezed = _SPACES.sub(" ", piece)
            length += len(squeezed) - (1 if after_space and squeezed[0] == " " else 0)
            after_space = squeezed[-1] == " "
        at[offset] = length
        start = offset
    def place(offset: int) -> int:
        return max(0, min(len(text), at[offset]))

    return Inline(text, tuple(FootnoteRef(ref.marker, place(ref.offset)) for ref in refs),
                  tuple(Link(place(k.offset), place(k.offset + k.length) - place(k.offset), k.href) for k in links))


def joined(r: Reading, ps: Iterable[Element]) -> Inline:
    """Several p as one text, one space between them."""
    pieces = [inline(r, p) for p in ps]
    if len(pieces) == 1:  # one p (most paragraphs): its text as it is
        return pieces[0]
    text = ""
    refs: list[FootnoteRef] = []
    links: list[Link] = []
    for t, rs, ks in pieces:
        if text and t:
            shift = len(text) + 1
            text = text + " " + t
        else:
            shift = len(text)
            text = text + t
        refs.extend(FootnoteRef(x.marker, x.offset + shift) for x in rs)
        links.extend(Link(k.offset + shift, k.length, k.href) for k in ks)
    return Inline(text, tuple(refs), tuple(links))


# -- paragraphs, lists, points ------------------------------------------------------------------------
class Content(NamedTuple):
    """A paragraph's or point's text (content, or the intro of its list), its points, its first p."""

    text: str
    refs: tuple[FootnoteRef, ...]
    subs: tuple[SubParagraph, ...]
    first_p: Element | None
    links: tuple[Link, ...] = ()


def content(r: Reading, el: Element, kids: dict[str, list[Element]] | None = None) -> Content:
    """kids: el's children() when the caller has them."""
    kids = children(el) if kids is None else kids
    lst = first_child(kids, _LIST)
    if lst is not None:
        intro = find(lst, "a:intro")
        ps = findall(intro, "a:p") if intro is not None else []
        text, refs, links = joined(r, ps)
        # The UN's files: points that go on after the list, in the paragraph itself (a slip of markup).
        subs = points(r, el) if _POINT in kids else points(r, lst)
        return Content(text, refs, tuple(subs), ps[0] if ps else None, links)
    box = first_child(kids, _CONTENT)
    if box is None:
        return Content("", (), (), None)
    ps = findall(box, "a:p")
    text, refs, links = joined(r, ps)
    return Content(text, refs, (), ps[0] if ps else None, links)


def points(r: Reading, lst: Element) -> list[SubParagraph]:
    subs: list[SubParagraph] = []
    for child in lst:
        tag = child.tag
        if tag == _POINT:
            subs.append(_point(r, child))
        elif tag in _LISTS:
            # The UN's files put the (i), (ii) of a point in a sublist beside the point, not inside it.
            _add_sublist(subs, tuple(points(r, child)))
    return subs


def _point(r: Reading, point: Element) -> SubParagraph:
    """A point: its headings, label, text and points."""
    heads = _point_headings(r, point)
    num = find(point, "a:num")
    label = r.text(text_of(num)) if num is not None else ""
    c = content(r, point)
    if not label.strip():
        r.warn("akn-point-num", "point without a label", point)
        label = "-"
        r.invented += 1
    if not c.text and not c.subs:
        # empty-point: the model's text is never empty, and a point dropped would renumber
        # the list: the point is kept, its label standing in for its text, and said.
        r.warn("akn-empty-point", f"point {label!r} has no text: kept, with its label as its text", point)
    if not c.text:
        r.invented += len("".join(label.split()))
    return SubParagraph(label, c.text or label, c.refs, c.subs, c.links, heads)


def _point_headings(r: Reading, point: Element) -> tuple[str, ...]:
    """A point's heading and subheading (unres' files), or the UN's subheading printed before a point
    ("Rule of law:"): the item's headings (model 1.2); a third is reported dropped."""
    heads = [r.text(text_of(h)) for h in point if h.tag in _HEADINGS]
    heads = [h for h in heads if h.strip()]
    for extra in heads[2:]:
        r.dropped += _visible(extra)
        r.warn("akn-dropped", f"a point's third heading {extra[:60]!r} ({_visible(extra)} characters) has "
               "no place in the model and was left out", point)
    return tuple(heads[:2])


def _add_sublist(subs: list[SubParagraph], inner: tuple[SubParagraph, ...]) -> None:
    """The points of a sublist beside the points `subs`: the last point's own points, the rest of
    its list, or both."""
    back = _back_at(subs[-1].label, inner) if subs else len(inner)
    if back < len(inner):
        # sublist-goes-on: a point of the sublist that goes on with the point it hangs under
        # ("c)" after "b)" / "i)" / "1)", "2)"), where the one before it in the sublist does not
        # lead to it, returns to the point's list, it and the points after it
        inner, after = inner[:back], inner[back:]
        last = subs[-1]
        subs[-1] = replace(last, subparagraphs=last.subparagraphs + inner)
        subs.extend(after)
    elif subs and _sublist_goes_on(subs[-1].label, [s.label for s in inner]):
        subs.extend(inner)
    elif subs:
        last = subs[-1]
        subs[-1] = replace(last, subparagraphs=last.subparagraphs + inner)
    else:
        subs.extend(inner)


def _back_at(last: str, inner: tuple[SubParagraph, ...]) -> int:
    """Where, in a sublist under the point labelled `last`, a point goes on with that point's list
    ("c)" after "b)") and not with the sublist's point before it; len(inner) if none does."""
    for j in range(1, len(inner)):
        if continues(last, inner[j].label) and not continues(inner[j - 1].label, inner[j].label):
            return j
    return len(inner)


def _sublist_goes_on(last: str, labels: list[str]) -> bool:
    """sublist-goes-on: a sublist whose labels go on with the point before it, one after another
    ("с)" typed with the Cyrillic letter, then "d)", "е)" — which the UN's own conversion took for a
    new list), is the rest of that point's list, as the printed resolution and plain text have it —
    unless its one label opens a sequence too ("(i)" after "(h)": a roman list under (h))."""
    run = positions([last, *labels])  # (one sequence for all: "(h)", "(i)", "(ii)" is none)
    if not labels or run is None or run[1] != list(range(run[1][0], run[1][0] + len(labels) + 1)) or run[1][0] < 1:
        return False
    return len(labels) > 1 or (found := positions(labels[:1])) is None or found[1] != [1]


def wrap_up(r: Reading, para: Element, kids: dict[str, list[Element]] | None = None) -> WrapUp | None:
    """kids: para's children() when the caller has them."""
    lists = (children(para) if kids is None else kids).get(_LIST, [])
    if not lists:  # (most paragraphs: no generator set up)
        return None
    el = next((w for lst in lists if (w := find(lst, "a:wrapUp")) is not None), None)  # find "a:list/a:wrapUp"
    if el is None:
        el = find(para, "a:alinea/a:content")  # the UN's files: the text after the list as an alinea
    if el is None:
        return None
    text, refs, links = joined(r, findall(el, "a:p"))
    return WrapUp(text, refs, links) if text else None


def body_elements(st: Element) -> list[Element]:
    """The paragraphs, hcontainers and table containers of mainBody outside its parts, in order."""
    body = find(st, "a:mainBody")
    if body is None:
        return []
    parted = _has(body, *_PART_TAGS)
    return [p for p in body.iter(A + "paragraph", A + "hcontainer", A + "container")
            if not (parted and any(anc.tag in _PART_TAGS for anc in p.iterancestors()))
            and (p.tag != _CONTAINER or table_container(p))]


def _has(el: Element, *tags: str) -> bool:
    """Whether el holds an element of one of the tags (found in C): where none does, no element's
    ancestors need to be asked for one — most resolutions have no parts, no paragraph in a paragraph."""
    return next(el.iter(*tags), None) is not None


def paragraphs_in(body: Element) -> list[Element]:
    return [p for p in body.iter(A + "paragraph", A + "hcontainer")
            if not any(anc.tag in _PART_TAGS for anc in p.iterancestors())]


def table_container(el: Element) -> bool:
    """Whether el holds a table among operative paragraphs (model 1.3): the UN's files write a
    `container` (name "table", the table at any depth), unres an `hcontainer` named "table"."""
    if el.tag == _HCONTAINER and el.get("name") != Name.TABLE:
        return False
    return el.tag in (_CONTAINER, _HCONTAINER) and find(el, ".//a:table") is not None


def operative_list(r: Reading, paragraphs: Iterable[Element], opening: Opening,
                   unnumbered_is_wrap_up: bool = False,
                   tables: list[Table] | None = None) -> tuple[OperativeParagraph, ...]:
    """Operative paragraphs, each with the headings read since the paragraph before it.
    `unnumbered_is_wrap_up`: an unnumbered paragraph after a list closes that list (the UN's files).
    tables: where the tables of table containers among the paragraphs go, each after the paragraphs
    read before it (model 1.3)."""
    out: list[OperativeParagraph] = []
    headings: list[str] = []  # read since the last paragraph: they head the next one
    paragraphs = list(paragraphs)
    for k, para in enumerate(paragraphs):
        if next(para.iterancestors(_PARAGRAPH), None) is not None:  # (sought in C: no element made per ancestor)
            continue
        if tables is not None and table_container(para):
            tables += [_captioned(table(r, t, len(out)), headings) for t in para.iter(_TABLE)]
            continue
        if para.tag == _HCONTAINER:
            _heading_container(r, para, headings)
            continue
        _operative_paragraph(r, paragraphs, k, opening, unnumbered_is_wrap_up, out, headings)
    if headings:
        r.warn("akn-heading-dropped", f"heading {headings[-1][:60]!r} after the last operative paragraph "
               "heads nothing and was left out")
        r.dropped += sum(_visible(h) for h in headings)
    return tuple(out)


def _captioned(t: Table, headings: list[str]) -> Table:
    """table-heading-caption: a heading printed right above a table, no paragraph between ("A. Pension
    Administration" over a budget resolution's staffing table), is the table's caption, not a heading of
    the paragraph after the table (the model has no heading over a table; plain text prints a caption
    where the heading stood)."""
    if t.caption is not None or not headings:
        return t
    return replace(t, caption=headings.pop())


def _operative_paragraph(r: Reading, paragraphs: list[Element], k: int, opening: Opening, unnumbered_is_wrap_up: bool,
                         out: list[OperativeParagraph], headings: list[str]) -> None:
    """Paragraph k: an operative paragraph added to out (headings then head it), or a heading added to
    headings, a separator dropped, an item of the list of the paragraph before, its wrap-up.
    (unnumbered_is_wrap_up: among numbered paragraphs, where the UN's markup of items, headings and
    wrap-ups as paragraphs is read back into the model's.)"""
    para = paragraphs[k]
    kids = children(para)  # asked for its num, list, content, wrap-up
    num_el = first_child(kids, _NUM)
    number, label = _number_and_label(r, num_el)
    c = content(r, para, kids)
    if not c.text and not c.subs:
        _heading_paragraph(r, para, num_el, headings)
        return
    if unnumbered_is_wrap_up and number is None and label and _heading_style_item(r, paragraphs, k, c):
        headings.append(_labelled_heading(r, para, num_el, label, c.text))
        return
    if unnumbered_is_wrap_up and (_list_item_as_paragraph(r, para, label, c, out, headings)
                                  or _typed_item(r, para, num_el, c, out, headings)):
        return
    if not c.text:
        c = _lead_point_as_text(c)
    headings += _inner_headings(r, para, kids)
    if number is None:
        c, number = _typed_number(r, c, out)
    if number is None and _is_separator(c):
        # separator-paragraph: the UN's files mark the asterisks that separate groups of
        # paragraphs ("*", "* * *") as a paragraph of their own: no text of the resolution.
        r.drop(para, "a separator of paragraphs (asterisks)")
        return
    if unnumbered_is_wrap_up and number is None and _heads_what_follows(r, paragraphs, k, c, out):
        headings.append(_labelled_heading(r, para, num_el, label, c.text))
        return
    _drop_label(r, para, num_el, label)
    _add_paragraph(r, paragraphs, k, kids, c, number, opening, unnumbered_is_wrap_up, out, headings)


def _heading_style_item(r: Reading, paragraphs: list[Element], k: int, c: Content) -> bool:
    """heading-style-item: a paragraph in a heading's style, its letter or numeral in num ("I." /
    "Presentación de informes", class H1), before a numbered paragraph, is that paragraph's heading,
    not an item of the list before, whose labels it may happen to go on with (as plain text reads it:
    a heading between a finished item and a numbered paragraph)."""
    return (not c.subs and not c.refs and not c.links
            and re.match(Class.UN_HEADING, paragraphs[k].get("class") or "") is not None
            and _reads_as_heading(c) and numbered_after(r, paragraphs, k))


def _heads_what_follows(r: Reading, paragraphs: list[Element], k: int, c: Content,
                        out: list[OperativeParagraph]) -> bool:
    """Whether an unnumbered paragraph among numbered ones is a heading of what follows it:
    heading-as-paragraph — the UN's files mark a heading between numbered paragraphs now as a
    subheading, now (the Chinese versions, say) as an unnumbered paragraph of its own: a short text
    without the punctuation that ends a paragraph or a list's item; colon-heading — an unnumbered
    one-line text ending with a colon right before the next numbered paragraph, after a numbered one,
    heads it ("联合国和国际社会的支持：" of the Security Council's Chinese files, a heading in the other
    versions), as plain text reads it (heading-with-colon): a list's closing words or a text announcing a
    list would not stand right before a paragraph (before the first, "Resolves that:" is the
    paragraphs' lead-in, as lead-in-before-numbered reads it); table-caption-paragraph — the UN's files
    mark some tables' captions as plain paragraphs, the letter in num ("B." / "Office of Investment
    Management" over a budget resolution's second staffing table, where the first has "A. Pension
    Administration" as a heading): words alone right above a table head it, and table-heading-caption
    makes them its caption, as plain text prints one."""
    return (_heading_as_paragraph(r, paragraphs, k, c, out)
            or (bool(out) and out[-1].number is not None and _colon_heading(r, paragraphs, k, c))
            or (k + 1 < len(paragraphs) and table_container(paragraphs[k + 1]) and _reads_as_heading(c)))


def _add_paragraph(r: Reading, paragraphs: list[Element], k: int, kids: dict[str, list[Element]], c: Content,
                   number: str | None, opening: Opening, unnumbered_is_wrap_up: bool, out: list[OperativeParagraph],
                   headings: list[str]) -> None:
    """Paragraph k's text, read: a paragraph of its own (the headings before it its own), or the
    wrap-up or the rest of the paragraph before."""
    para = paragraphs[k]
    table_heading = _table_heading_point(r, para, c)
    if table_heading is not None:
        c = c._replace(subs=())
    after_table = bool(k) and table_container(paragraphs[k - 1])
    first = _first_phrase(opening, c, number, out, after_table)
    closing = wrap_up(r, para, kids)
    if unnumbered_is_wrap_up and number is None and not c.subs and not headings:
        if _list_open(out):
            # The UN marks the text that closes a list as a paragraph of its own, without a
            # number ("(e) …;" / "and to consider how …"): it is the wrap-up of the paragraph before.
            out[-1] = replace(out[-1], wrap_up=WrapUp(c.text, c.refs, c.links))
            return
        # (table-breaks-paragraph: text after a table — its notes, "Abbreviations: …" — is no rest of
        # the paragraph before the table, which the table ended)
        if _goes_on(out, c.text) and not after_table:
            _continued(r, para, c, out)
            return
    out.append(OperativeParagraph(number, c.text, first, c.refs, c.subs, closing, tuple(headings), c.links))
    headings.clear()
    if table_heading is not None:
        headings.append(table_heading)


def _first_phrase(opening: Opening, c: Content, number: str | None, out: list[OperativeParagraph],
                  after_table: bool) -> str | None:
    """The paragraph's opening phrase — none for a thing a paragraph announced, or a quoted text's
    paragraph, which opens with no phrase of the resolution's ("المادة 10"), as plain text reads it
    (announced-items, quoted-text); but the text after a table ("Abbreviations: …") keeps its own
    (operative-table)."""
    if c.first_p is None or (number is None and not after_table and _announced(out)):
        return None
    return opening(c.first_p, c.text)


def _table_heading_point(r: Reading, para: Element, c: Content) -> str | None:
    """table-heading-point: a paragraph announcing a table ("… as set out in the table below:") whose
    list is one point of words alone without final punctuation ("A." / "Pension Administration",
    in bold or not), the table right after the paragraph, holds the table's heading marked up as a
    point: the heading, label and words ("A. Pension Administration"), of what follows the table,
    as the file's other headings over a table are marked up ("B." / "Office of Investment
    Management", the Arabic "ألف - …") and as plain text reads it. None when the paragraph is no
    such one."""
    if len(c.subs) != 1 or not c.text.rstrip().endswith(tuple(_COLON)):  # (most paragraphs: no element made)
        return None
    nxt = para.getnext()
    if nxt is None or (find(nxt, "a:table") is None and nxt.tag != A + "table"):
        return None
    point = c.subs[0]
    if point.subparagraphs or point.footnote_refs or point.links or not _reads_as_heading(
            Content(point.text, (), (), None)):
        return None
    return r.text(f"{point.label} {point.text}")


def _goes_on(out: list[OperativeParagraph], text: str) -> bool:
    """Whether an unnumbered paragraph now goes on with the numbered paragraph before: one without a
    list, or one whose list a wrap-up has closed — but not one that announces what follows
    (announced-items: "… held as follows:" / "Monday, 27 May: …;" / "Tuesday, …", each a paragraph
    without a number, as the UN marks them and the model's rules allow), unless the paragraph's text
    opens as a quotation or an unknown label does (labels.opens_announced_item)."""
    if not out or out[-1].number is None:
        return False
    last = out[-1]
    if not last.subparagraphs:
        return not announces(last.text) or not opens_announced_item(text)
    return last.wrap_up is not None


def _continued(r: Reading, para: Element, c: Content, out: list[OperativeParagraph]) -> None:
    """unnumbered-continues: among numbered paragraphs, the UN's files mark the lines a paragraph
    goes on with as paragraphs of their own, without a number — the items of a list it announces
    without labels ("… held as follows:" / "Monday, 27 May: …;" / "Tuesday, …"), a second alinea, a
    quotation's lines. The printed resolution numbers them with nothing: they are the paragraph's,
    read into its text (or into its wrap-up, after a list) one space apart, as the text reader reads
    an unnumbered block among numbered paragraphs."""
    last = out[-1]
    words = Inline(c.text, c.refs, c.links)
    if last.wrap_up is not None:
        w = last.wrap_up
        out[-1] = replace(last, wrap_up=WrapUp(*_appended(Inline(w.text, w.footnote_refs, w.links), words)))
    else:
        text, refs, links = _appended(Inline(last.text, last.footnote_refs, last.links), words)
        out[-1] = replace(last, text=text, footnote_refs=refs, links=links)
    r.warn("akn-paragraph-continued", f"an unnumbered paragraph ({c.text[:40]!r}) among numbered ones is read "
           f"as the text of paragraph {last.number}, which it goes on with", para)


def _appended(before: Inline, after: Inline) -> Inline:
    """A text with another after it, one space apart (notes and links moved with it)."""
    shift = len(before.text) + 1
    return Inline(f"{before.text} {after.text}",
                  (*before.refs, *(FootnoteRef(x.marker, x.offset + shift) for x in after.refs)),
                  (*before.links, *(Link(k.offset + shift, k.length, k.href) for k in after.links)))


def _number_and_label(r: Reading, num_el: Element | None) -> tuple[str | None, str]:
    """A paragraph's number from its num, or the list label its num holds instead ("" when none): a num
    without digits, or with digits in a label's quotes, is a list's label ("(أ)", "a.", "-", "’1‘"),
    not a paragraph number."""
    if num_el is None:
        return None, ""
    printed = text_of(num_el)  # read once, for the number and the label
    number = _number_in(printed)
    label = r.text(printed)
    if number is None:
        return None, label
    if r.digit_labels and any(label.startswith(a) and label.endswith(b) for a, b in r.digit_labels):
        return None, label  # "’1‘": digits in a label's quotes (the Arabic (i)) number no paragraph
    return number, ""


def _list_item_as_paragraph(r: Reading, para: Element, label: str, c: Content, out: list[OperativeParagraph],
                            headings: list[str]) -> bool:
    """list-item-as-paragraph: the UN's files (the Security Council's Arabic and Chinese versions above
    all) mark the items of a paragraph's list as paragraphs of their own, the label in num
    ("1 - … ما يلي:" / "(أ) …" / "(ب) …"): an item that opens a list after a text ending in a colon,
    or goes on with the list before it, is a sub-paragraph of the paragraph. Whether para (its num's
    label, its content c) was taken so."""
    if (not label or not c.text or find(para, "a:list/a:wrapUp") is not None or find(para, "a:alinea") is not None
            or not out):
        return False
    before = out[-1] if out[-1].wrap_up is None else _words_between_items(out[-1])
    if before is None:
        return False
    # The headings printed above the item are its own (model 1.2: at most two; more are reported).
    kept = tuple(headings[-2:])
    listed = _with_item(before.subparagraphs, before.text,
                        SubParagraph(label, c.text, c.refs, c.subs, c.links, kept))
    if listed is None:
        return False
    out[-1] = replace(before, subparagraphs=listed)
    num_el = find(para, "a:num")
    if num_el is not None:
        r.kept_format += number_format(para, num_el)
    for heading in headings[:-2]:
        count = _visible(heading)
        r.dropped += count
        r.warn("akn-dropped", f"a point's third heading {heading[:60]!r} ({count} characters) has no place in "
               "the model and was left out", para)
    headings.clear()
    return True


def _typed_item(r: Reading, para: Element, num_el: Element | None, c: Content, out: list[OperativeParagraph],
                headings: list[str]) -> bool:
    """typed-item-label: an unnumbered paragraph whose text starts with a label typed into it, the
    next of the list of the paragraph before ("(د) …;" in a point, then a paragraph "(ه)\tوضع …", the
    General Assembly's Arabic and Chinese files) or the first of the list a numbered paragraph
    announces, is that list's item, as list-item-as-paragraph
    reads one labelled by its num — and as plain text reads it. Whether para was taken so."""
    # (after a paragraph whose list is open, numbered or not: the Economic and Social Council's
    # unnumbered resolutions too; or that opens one: a numbered paragraph announcing it with a colon,
    # "… prenant les mesures suivantes :" / "1) Patrouilles …;" / "2) …", the Security Council's files)
    if num_el is not None or r.annex_number is None or not out or out[-1].wrap_up:
        return False
    if not out[-1].subparagraphs and not (out[-1].number is not None and _announced(out)):
        return False
    typed = r.annex_number(c.text)
    if typed is None:
        return False
    return _list_item_as_paragraph(r, para, typed[0], _without_typed_number(c, typed[1]), out, headings)


def _words_between_items(para: OperativeParagraph) -> OperativeParagraph | None:
    """words-between-items: the paragraph with the text read as its list's wrap-up (an unnumbered
    paragraph after an item that announces it with a colon: "(b) … the following themes:" / "Panel
    1: …" / "Panel 2: …") put back at the end of the last item's text — an item after it shows the
    list goes on and the words stood between two items, as the text reader keeps them. None when
    the paragraph has no list, or its last item announces nothing."""
    if para.wrap_up is None or not para.subparagraphs or not _last_item(para.subparagraphs).text.rstrip().endswith(
            tuple(_COLON)):
        return None  # (after an item that announces nothing — "A. Pension Administration" — no words of its)
    w = para.wrap_up
    return replace(para, wrap_up=None, subparagraphs=_with_words(para.subparagraphs, Inline(w.text, w.footnote_refs,
                                                                                             w.links)))


def _last_item(items: tuple[SubParagraph, ...]) -> SubParagraph:
    """The last item of a list, at the deepest level."""
    return _last_item(items[-1].subparagraphs) if items[-1].subparagraphs else items[-1]


def _with_words(items: tuple[SubParagraph, ...], words: Inline) -> tuple[SubParagraph, ...]:
    """The list with words added to the text of its last item, at the deepest level."""
    last = items[-1]
    if last.subparagraphs:
        return (*items[:-1], replace(last, subparagraphs=_with_words(last.subparagraphs, words)))
    text, refs, links = _appended(Inline(last.text, last.footnote_refs, last.links), words)
    return (*items[:-1], replace(last, text=text, footnote_refs=refs, links=links))


def _drop_label(r: Reading, para: Element, num_el: Element | None, label: str) -> None:
    """A label that neither numbers the paragraph nor goes on with a list: the model's operative
    paragraph has no place for it (reported dropped)."""
    if label and num_el is not None:
        r.drop(num_el, "the label of an unnumbered paragraph")
        r.dropped -= number_format(para, num_el)  # counted as conserve() counts it


def _is_separator(c: Content) -> bool:
    return not c.subs and not c.text.strip("*⁂ ")


def _labelled_heading(r: Reading, para: Element, num_el: Element | None, label: str, text: str) -> str:
    """A heading marked up as a paragraph, with its letter in num ("B." / "Оружейное эмбарго …"): the
    label is part of the heading the model keeps."""
    if not label or num_el is None:
        return text
    r.kept_format += number_format(para, num_el)
    return f"{label} {text}"


def _inner_headings(r: Reading, para: Element, kids: dict[str, list[Element]]) -> list[str]:
    """The UN's files: a heading printed above a paragraph's text, inside the paragraph ("Article 10")
    — unless the paragraph's num and content print it again (heading-twice: read once, there).
    kids: para's children()."""
    if _HEADINGS[0] not in kids and _HEADINGS[1] not in kids:  # (most paragraphs: no child made again)
        return []
    return [words for h in para if h.tag in _HEADINGS
            if not _printed_again(para, h) and (words := heading_text(r, h))]


def _heading_as_paragraph(r: Reading, paragraphs: list[Element], k: int, c: Content,
                          out: list[OperativeParagraph]) -> bool:
    """Whether unnumbered paragraph k (its content c) is a heading between numbered paragraphs (or
    after an unnumbered one that a heading opened among them: the text under a table's heading)."""
    after = not out or out[-1].number is not None or bool(out[-1].headings) or _announced(out)
    return after and (_reads_as_heading(c) or _marked_heading(paragraphs[k])) and numbered_after(r, paragraphs, k)


def _announced(out: list[OperativeParagraph]) -> bool:
    """Whether the paragraphs last read are the unnumbered ones a numbered paragraph announced
    (announced-items): a heading after them heads the next numbered paragraph, as after that one."""
    for p in reversed(out):
        if p.number is not None:
            return not p.subparagraphs and announces(p.text)
    return False


def _colon_heading(r: Reading, paragraphs: list[Element], k: int, c: Content) -> bool:
    """Whether unnumbered paragraph k (its content c) is a heading ending with a colon: words alone,
    short, ending with a colon, right before a numbered paragraph."""
    if (c.subs or c.refs or c.links or not 0 < len(c.text) <= HEADING_MAX or c.text.rstrip()[-1:] not in _COLON
            or k + 1 >= len(paragraphs)):
        return False
    nxt = paragraphs[k + 1]
    typed = r.number_in_text.match(normalized(text_of(nxt))) if r.number_in_text is not None else None
    numbered = _number_and_label(r, find(nxt, "a:num"))[0] is not None
    return numbered or (typed is not None and typed.group().endswith(" "))


def _marked_heading(para: Element) -> bool:
    """marked-heading: an unnumbered paragraph whose one p holds nothing but subheadings ("II" /
    "Implementation of the 1995 Agreement …", the General Assembly's omnibus resolutions) or bold
    spans ("إدارة برنامج الأمم المتحدة للمستوطنات البشرية (موئل الأمم المتحدة)", the Arabic files) is
    a heading however long and however it ends: the file says so, where a text's length and
    punctuation only suggest it."""
    if para.tag != _PARAGRAPH or find(para, "a:num") is not None:
        return False
    ps = findall(para, "a:content/a:p")
    return (len(ps) == 1 and not (ps[0].text or "").strip() and len(ps[0]) > 0
            and all((c.tag == A + "subheading" or (c.tag == A + "span" and "bold" in (c.get("class") or "").split()))
                    and not (c.tail or "").strip() for c in ps[0]))


def _number_of(num_el: Element | None) -> str | None:
    return None if num_el is None else _number_in(text_of(num_el))


def _number_in(printed: str) -> str | None:
    """The paragraph number a num's text holds: its first digits, without leading zeros."""
    m = DIGITS.search(printed)
    return (m.group().lstrip("0") or "0") if m else None


def _lead_point_as_text(c: Content) -> Content:
    """The UN's files: a list without its introduction ("11. (a) Expresses concern …"): the first
    point's words are the paragraph's text, its points and the others the list."""
    lead = c.subs[0]
    shift = len(lead.label) + 1
    return Content(f"{lead.label} {lead.text}",
                   tuple(FootnoteRef(x.marker, x.offset + shift) for x in lead.footnote_refs),
                   lead.subparagraphs + c.subs[1:], c.first_p,
                   tuple(Link(k.offset + shift, k.length, k.href) for k in lead.links))


def _typed_number(r: Reading, c: Content, out: list[OperativeParagraph]) -> tuple[Content, str | None]:
    """typed-paragraph-number: the General Assembly's Arabic files type the number into the text
    ("1 -\tترحب …"), with no num. (Followed by a space, as typed numbers are: "1.5 million" in an
    unnumbered text is not one.) Elsewhere a bare number, without its full stop ("49\tпросит …"),
    when it is the next one of the sequence (the text's own "49 States …" after paragraph 12 stays
    text). The content without the number, and the number (None: none typed)."""
    if r.number_in_text is None:
        return c, None
    typed = r.number_in_text.match(c.text)
    if not (typed and typed.group().endswith(" ")):
        typed = _BARE_NUMBER.match(c.text)
        if not (typed and typed["num"] == _next_number(out)):
            return c, None
    number = typed["num"].lstrip("0") or "0"
    r.typed_number_format += _visible(typed.group()) - len(number)
    return _without_typed_number(c, typed.end()), number


def _list_open(out: list[OperativeParagraph]) -> bool:
    """Whether the last paragraph is a numbered one whose list has no wrap-up yet."""
    return bool(out) and out[-1].number is not None and bool(out[-1].subparagraphs) and out[-1].wrap_up is None


def _with_item(items: tuple[SubParagraph, ...], intro: str, item: SubParagraph,
               nested: bool = False, run_on: str = "") -> tuple[SubParagraph, ...] | None:
    """The list `items` (under a text `intro`) with `item` added where its label puts it: after the
    last item, whose label it continues ((أ) → (ب), a. → b., a bullet after the same bullet); in
    the last item's own list, where it continues that one or opens it after a colon; as the first
    item after an intro ending in a colon, when its label is the first of its sequence or a bullet,
    or, in an item's own list, when it letters on from `run_on`, the last label of the list under an
    item before. None when it belongs nowhere."""
    if items:
        last = items[-1]
        if continues(last.label, item.label) or (is_bullet(item.label) and item.label == last.label):
            return (*items, item)
        inner = _with_item(last.subparagraphs, last.text, item, nested=True, run_on=_last_inner_label(items[:-1]))
        return None if inner is None else (*items[:-1], replace(last, subparagraphs=inner))
    first = is_bullet(item.label) or ((found := positions([item.label])) is not None and found[1] == [1])
    # An item's own list may open without a colon ("(i) Protection of civilians" / "(a) …"): the
    # label, first of its sequence and no continuation of the list it is in, can start nothing else.
    # run-on lettering: the lists under successive items may letter on from the list before
    # ("’1‘ … (أ)–(و)", "’2‘ … (ز)–(ك)": S/RES/2666 (2022), as the subparagraph-label-sequence rule
    # allows).
    return (item,) if nested and (first or (run_on and continues(run_on, item.label))) or (
        first and intro.rstrip()[-1:] in _COLON) else None


def _last_inner_label(items: tuple[SubParagraph, ...]) -> str:
    """The label of the last item of the list under the last of `items` that has one ("" if none)."""
    return next((s.subparagraphs[-1].label for s in reversed(items) if s.subparagraphs), "")


_COLON = frozenset(punctuation("colon"))


def heading_text(r: Reading, el: Element) -> str:
    """A heading's words. A footnote on a heading (the UN's annex headings) has no place in the model:
    the headings are plain texts; it is reported dropped with its characters."""
    for note in el.iter(_NOTE):
        r.drop(note, "a footnote of a heading")
    return r.text(without_notes(el))
HEADING_MAX = 120  # characters: a heading is a line, a paragraph is sentences


def numbered_after(r: Reading, paragraphs: list[Element], k: int) -> bool:
    """Whether a numbered paragraph follows paragraph k, after any more headings (a part's title and
    its subtitle: "第2部分：…", then its first heading). Numbered by its num, or by the number typed
    into its text (the Arabic "18 -\tيطلب …": typed-paragraph-number)."""
    for nxt in paragraphs[k + 1:]:
        words = normalized(text_of(nxt))
        typed = r.number_in_text.match(words) if r.number_in_text is not None else None
        if find(nxt, "a:num") is not None or (typed is not None and typed.group().endswith(" ")):
            return True
        if _marked_heading(nxt):
            continue
        if not words or len(words) > HEADING_MAX or _ends_as_paragraph(words):
            return False
    return False


def _reads_as_heading(c: Content) -> bool:
    return (not c.subs and not c.refs and not c.links and 0 < len(c.text) <= HEADING_MAX
            and not _ends_as_paragraph(c.text))


def _ends_as_paragraph(text: str) -> bool:
    """Whether a text ends with the punctuation of a paragraph or an item. A heading may end with its
    abbreviation in brackets ("UN Support Office in Somalia (UNSOS)", "联合国索马里支助办公室(联索支助办)")
    or a name in quotes ("Оружейное эмбарго в отношении «Аш-Шабааб»"): the words before them decide."""
    words = _NAME_AT_END.sub("", text)
    return not words or words[-1] in _ENDS_PARAGRAPH


# An abbreviation in brackets or a name in quotes at the end of a heading: short (a few words), no
# punctuation of a sentence inside.
_NO_STOP = r"[^\s()（）«»“”\"„.,;:!?，；：。！？]{1,20}"
_NAME_AT_END = re.compile(rf"\s*(?:[(（]{_NO_STOP}(?: {_NO_STOP})?[)）]"
                          rf"|[«“\"„]{_NO_STOP}(?: {_NO_STOP}){{0,3}}[»”\"])$")


# What ends a paragraph's or an item's text in the six languages' scripts (closing quotes and
# brackets too: a quotation ends a paragraph).
_ENDS_PARAGRAPH = frozenset(punctuation("full_stop", "semicolon", "comma", "colon", "closing_quotes",
                                        "closing_brackets", "exclamation", "question"))


_BARE_NUMBER = re.compile(r"(?P<num>[1-9]\d{0,3}) ")


def _next_number(out: list[OperativeParagraph]) -> str:
    """The number the next paragraph has in a list numbered 1..n: after the last numbered one."""
    last = next((p.number for p in reversed(out) if p.number is not None), "0")
    return str(int(last) + 1) if last.isdigit() else ""


def _without_typed_number(c: Content, cut: int) -> Content:
    """A paragraph's content without the number typed at the start of its text, up to `cut`
    (footnote and link offsets move with the text)."""
    refs = tuple(FootnoteRef(x.marker, max(0, x.offset - cut)) for x in c.refs)
    links = tuple(Link(max(0, k.offset - cut), k.length, k.href) for k in c.links)
    return c._replace(text=c.text[cut:], refs=refs, links=links)



def _heading_container(r: Reading, para: Element, headings: list[str]) -> None:
    # unres' files: a heading-only hcontainer named crossHeading.
    heading = find(para, "a:heading")
    if para.get("name") == Name.CROSS_HEADING and heading is not None and text_of(heading).strip():
        headings.append(r.text(text_of(heading)))


def _heading_paragraph(r: Reading, para: Element, num_el: Element | None, headings: list[str]) -> None:
    heads = [h for h in para if h.tag in _HEADINGS]
    if not heads:
        if num_el is not None and text_of(num_el).strip():
            r.drop(num_el, "the number of an empty paragraph")
            r.dropped -= number_format(para, num_el)  # counted as conserve() counts it: its digits
        r.warn("akn-empty-paragraph", "empty operative paragraph skipped", para)
        return
    # The UN's files: a paragraph holding only a subheading ("MINUSCA's mandate"), its letter, if
    # any, in num ("A."); one with two ("I" / "Calendar of conferences") is one heading.
    label = text_of(num_el).strip() if num_el is not None else ""
    if words := normalized(" ".join([label, *(heading_text(r, h) for h in heads)])):
        headings.append(words)


# -- the preamble's containers ------------------------------------------------------------------------
def container_ps(r: Reading, c: Element) -> list[Element]:
    """The p of a preambular container; a blockList inside one — alone, or after the p that leads
    in to it ("Welcoming … including:" (a) … (b) …) — is read as one running text, in its place."""
    ps: list[Element] = []
    flattened = False
    for el in c:  # (each child and its tag made once, in one loop: no generator)
        tag = el.tag
        if tag == _P:
            ps.append(el)
        elif tag == _BLOCK_LIST:
            ps.append(_flatten_block_list(el))
            flattened = True
    if flattened:
        # The model's preambular paragraphs have no items: the list is read as one text.
        r.warn("akn-preamble-list-flattened", "a list in a preambular paragraph was read as running text", c)
    if not ps:
        r.warn("akn-empty-container", "preambular container without a paragraph", c)
    return ps


def _flatten_block_list(bl: Element) -> Element:
    """One p holding a blockList's introduction and its items, each after its number."""
    p = etree.Element(A + "p")
    parts = []
    intro = find(bl, "a:listIntroduction")
    if intro is not None:
        parts.append(copy.deepcopy(intro))
    parts.extend(copy.deepcopy(item) for item in iterfind(bl, "a:item"))
    for part in parts:
        part.tail = " "
        num = part.find(A + "num")
        if num is not None and not (num.tail or "")[:1].isspace():  # "(a)" and its text, a space apart
            num.tail = " " + (num.tail or "")
        p.append(part)
    return p


TITLE_MAX = 200  # an annex's title is a line or two; a longer unfinished paragraph lost its stop


# -- annexes --------------------------------------------------------------------------------------------
def annexes(r: Reading, st: Element) -> tuple[Annex, ...]:
    return tuple(a for doc in iterfind(st, "a:attachments/a:attachment/a:doc") for a in annex(r, doc))


def annex(r: Reading, doc: Element) -> tuple[Annex, ...]:
    """An annex: its label and title (preface), then its paragraphs, headings and tables in order.
    unres writes a plain paragraph as a p, one with a number, headings or a list as an hcontainer
    named annexParagraph after hcontainers named annexHeading.

    annex-label-heading: the UN's files give an annex no preface; its label ("Annex", "Annex II",
    the language's `annex` pattern) is a heading before its first paragraph, its title the heading
    after the label, and one attachment may hold several annexes, each opening with its label (as
    plain text prints an annex: label, title, headings, paragraphs)."""
    t = find(doc, "a:preface//a:docTitle")
    label = find(doc, f"a:preface//a:docNumber[@class='{Name.ANNEX_LABEL}']")
    by_heading = r.annex_label if t is None and label is None else None
    out: list[Annex] = []
    title, title_refs = title_inline(r, t)
    cur = _AnnexRead(None if label is None else r.text(text_of(label)), title, title_refs=title_refs)
    for el in _annex_body(r, doc):
        inner = find(el, "a:table") if el.tag == A + "container" else None
        if inner is not None:
            el = inner  # the UN's files: a table in a container named table
        if el.tag == A + "table":
            cur.title_from_headings()
            cur.tables.append(table(r, el, len(cur.paras)))
            continue
        heard = len(cur.headings)
        para = _annex_element(r, el, cur.headings, by_heading)
        if by_heading is not None and para is None:
            cur = _label_opens_annex(r, doc, cur, out, by_heading, heard)
        if para is not None:
            _add_annex_paragraph(r, cur, para)
    out.append(cur.close(r, doc))
    return tuple(out)


def _annex_body(r: Reading, doc: Element) -> Iterator[Element]:
    """annex-blocks-in-order: the elements of an annex's body. An annex that is itself a text with a
    preamble and operative sections (a declaration, a set of principles) is marked by the UN as
    several preamble and mainBody blocks in one doc: each is read in turn, a preambular container
    as the plain paragraphs of its p (an annex has no preamble of its own in the model)."""
    for block in doc:
        if block.tag == A + "mainBody":
            yield from block
        elif block.tag == A + "preamble":
            for el in block:
                if el.tag == A + "container" and find(el, "a:table") is None:
                    yield from container_ps(r, el)
                elif el.tag == A + "formula":  # "The States parties to this Declaration,"
                    yield from iterfind(el, "a:p")
                else:
                    yield el


def _label_opens_annex(r: Reading, doc: Element, cur: _AnnexRead, out: list[Annex], by_heading: re.Pattern[str],
                       heard: int) -> _AnnexRead:
    """annex-label-heading: a heading read since `heard` that is an annex label opens the next annex
    (the one being read is closed into `out` unless it has nothing yet); the annex read next."""
    found = next(((k, lt) for k in range(heard, len(cur.headings))
                  if (lt := _label_and_title(by_heading, cur.headings[k])) is not None), None)
    if found is None:
        return cur
    at, (h, title) = found
    if title is not None:
        r.label_separators += _visible(cur.headings[at]) - _visible(h) - _visible(title)
    before, after = cur.headings[:at], cur.headings[at + 1:]
    cur.headings[:] = before
    if cur.label is not None or cur.paras or cur.tables or before:
        out.append(cur.close(r, doc))
        cur = _AnnexRead(h, title, by_heading=True)
    else:
        cur.label, cur.title, cur.by_heading = h, title, True
    cur.headings[:] = after
    return cur


# A label and a title on one heading line, set apart by a dash between spaces.
_LABEL_DASH_TITLE = re.compile(r"^(\S.*?)\s+[–—-]\s+(\S.*)$")


def _label_and_title(by_heading: re.Pattern[str], heading: str) -> tuple[str, str | None] | None:
    """The label of an annex a heading opens, and the title it gives (None: none; the heading after
    may give it). annex-label-dash-title: "Annex A – Items subject to a no-objection process" (the
    Security Council's annexes A and B in one attachment) is the label "Annex A" and the title after
    the dash, as plain text prints them on lines of their own."""
    if by_heading.match(heading):
        return heading, None
    m = _LABEL_DASH_TITLE.match(heading)
    if m is not None and by_heading.match(m.group(1)):
        return m.group(1), m.group(2)
    return _label_space_title(by_heading, heading)


# annex-label-space-title: at most this many words make an annex label ("Anexo", "Annex II").
_LABEL_WORDS_MAX = 2


def _label_space_title(by_heading: re.Pattern[str], heading: str) -> tuple[str, str] | None:
    """annex-label-space-title: "Anexo Principios sobre la protección …" — the label and the title
    of an annex in one heading, set apart by a space only (the label's line and the title's line of
    the printed page joined in one heading element). The label is the longest opening of one or two
    words the language's annex pattern takes whole; the title must open with a capital letter, so a
    heading that merely starts with the word ("Annex to the declaration …") is left alone. Scripts
    without capitals never join them this way in the files seen and are not split."""
    words = heading.split()
    for n in range(min(_LABEL_WORDS_MAX, len(words) - 1), 0, -1):
        label, rest = " ".join(words[:n]), " ".join(words[n:])
        if by_heading.match(label) and rest[0].isupper():
            return label, rest
    return None


def _add_annex_paragraph(r: Reading, cur: _AnnexRead, para: AnnexParagraph) -> None:
    cur.title_from_headings()
    if para.number is None and cur.headings and _number_alone(r, cur.headings[-1]):
        # annex-number-apart: a num standing alone in the paragraph before ("1.", then the text in a
        # paragraph of its own) is this paragraph's number, as the page prints it
        para = replace(para, number=cur.headings.pop())
    cur.paras.append(replace(para, headings=tuple(cur.headings)))
    cur.headings.clear()


def _number_alone(r: Reading, heading: str) -> bool:
    """Whether a heading's words are a paragraph number or label alone ("1.", "(a)")."""
    typed = r.annex_number(heading + " .") if r.annex_number is not None else None
    return typed is not None and typed[0] == heading


@dataclass
class _AnnexRead:
    """An annex being read from the UN's file."""
    label: str | None
    title: str | None = None
    title_refs: tuple[FootnoteRef, ...] = ()
    paras: list[AnnexParagraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)  # read since the last paragraph: they head the next one
    by_heading: bool = False  # the label was a heading (the UN's files), not the preface's

    def title_from_headings(self) -> None:
        """The first heading under a label read from a heading is the annex's title (when it stands
        before the annex's first paragraph or table)."""
        if self.by_heading and self.title is None and not self.paras and not self.tables and self.headings:
            self.title = self.headings.pop(0)

    def title_from_first_paragraph(self) -> None:
        """annex-title-paragraph: under a label read from the body, the first paragraphs of words
        alone without final punctuation ("Revised terms of reference of …", "Resolution 2023/10", a
        designated person's name) are the annex's title and the headings of the paragraph after
        them, as other language versions of the same files mark them with a heading's style (and as
        plain text reads such lines) — unless every paragraph of the annex is such a line (a list,
        one item to a line)."""
        if not (self.by_heading and self.label is not None and self.title is None and self.paras):
            return
        run = 0
        # (the first may carry notes: they are the title's, model 1.2 — "须经无异议程序的物项²")
        while run < len(self.paras) and _title_like(self.paras[run], notes=run == 0):
            run += 1
        alone = run == len(self.paras) and (run > 1 or not self.tables)  # (a list; or headings that head nothing)
        if not run or alone or any(t.position < run for t in self.tables):
            return
        self.title, self.title_refs = self.paras[0].text, self.paras[0].footnote_refs
        heads = tuple(p.text for p in self.paras[1:run])
        if run < len(self.paras):
            self.paras[run] = replace(self.paras[run], headings=heads + self.paras[run].headings)
        del self.paras[:run]
        self.tables = [replace(t, position=t.position - run) for t in self.tables]

    def headings_from_paragraphs(self) -> None:
        """annex-heading-paragraph: between an annex's paragraphs, paragraphs of words alone without
        final punctuation (as annex-title-paragraph reads them: no number, note, link or list), which
        the UN's files of some languages mark up as plain paragraphs where the others give a heading's
        style or bold ("第一部分" / "导言" / "原则1" / "范围", "Documentación para reuniones"), are the
        headings of the paragraph after them, as plain text reads such lines — after a paragraph that
        ends as one (a heading follows a finished paragraph), or under the annex's title before its
        first paragraph, and before one that is not such a line; unless every paragraph of the annex
        is such a line (a list, one item to a line)."""
        if all(_title_like(p) for p in self.paras):
            return
        out: list[AnnexParagraph] = []
        run: list[int] = []  # the paragraphs (by index) read so far as headings of the next
        gone: list[int] = []  # those that became headings
        for k, p in enumerate(self.paras):
            # (or, under the annex's title, before its first paragraph: headings after the title)
            after = bool(run) or (finished(out[-1].text) if out else self.title is not None)
            # (under the title, before the first paragraph, plain text reads a line of any length as
            # a heading: annex-title)
            limit = None if not out and self.title is not None else TITLE_MAX
            if _title_like(p, limit) and _heading_words(p.text) and after:
                run.append(k)
                continue
            if run:
                # (before the headings it has already: "المادة 1" a paragraph, then its title a heading)
                heads = tuple(h for j in run for h in (*self.paras[j].headings, self.paras[j].text))
                p = replace(p, headings=heads + p.headings)
                gone += run
            run = []
            out.append(p)
        out += [self.paras[j] for j in run]  # (lines at the annex's end head nothing: they stay paragraphs)
        # (a table stands after as many paragraphs fewer as became headings before it)
        self.tables = [replace(t, position=t.position - sum(1 for j in gone if j < t.position)) for t in self.tables]
        self.paras[:] = out

    def close(self, r: Reading, doc: Element) -> Annex:
        self.title_from_headings()
        self.title_from_first_paragraph()
        if r.normalize:
            # (the UN's files only: unres writes a heading as an annexHeading, so a plain paragraph of
            # its own files is a paragraph, whatever its words — "0" under an annex's title)
            self.headings_from_paragraphs()
        if self.headings:
            r.warn("akn-heading-dropped", f"heading {self.headings[-1][:60]!r} at the end of an annex heads nothing "
                   "and was left out", doc)
            r.dropped += sum(len("".join(h.split())) for h in self.headings)
        return Annex(self.title, tuple(self.paras), self.label, tuple(self.tables), self.title_refs)


def _heading_words(text: str) -> bool:
    """Words plain text reads as a heading's: they do not start in lower case, and hold no semicolon
    (a clause that goes on)."""
    return not text[:1].islower() and not any(c in _SEMICOLONS for c in text)


_SEMICOLONS = frozenset(punctuation("semicolon"))


def _title_like(p: AnnexParagraph, limit: int | None = TITLE_MAX, notes: bool = False) -> bool:
    """A paragraph of words alone, one line, unfinished: no number, headings, list, marks (unless
    notes: a title's) or links (and no longer than limit, if any)."""
    return (p.number is None and not p.headings and not p.subparagraphs and (notes or not p.footnote_refs)
            and not p.links
            and bool(p.text) and (limit is None or len(p.text) <= limit) and not finished(p.text))


def _annex_element(r: Reading, el: Element, headings: list[str],
                   labels: re.Pattern[str] | None = None) -> AnnexParagraph | None:
    """An element of an annex's body other than a table: a paragraph (headed by the headings read
    before it), or None — a heading, added to headings, or nothing of the model (dropped)."""
    if el.tag == A + "paragraph":  # the UN's files: a heading, a numbered paragraph, or both
        return _annex_un_paragraph(r, el, headings, labels)
    if el.tag == A + "p" and el.get("class") != Class.EMPTY:
        text, refs, links = inline(r, el)
        return AnnexParagraph(text, refs, None, tuple(headings), (), links)
    if el.tag == A + "hcontainer" and el.get("name") == Name.ANNEX_HEADING:
        # its heading's text: the indentation around the heading is no part of it
        heading = find(el, "a:heading")
        headings.append(r.text(text_of(heading if heading is not None else el)))
        return None
    if el.tag == A + "hcontainer" and el.get("name") == Name.ANNEX_PARAGRAPH:
        num = find(el, "a:num")
        c = content(r, el)
        return AnnexParagraph(c.text, c.refs, None if num is None else r.text(text_of(num)), tuple(headings), c.subs,
                              c.links)
    if isinstance(el.tag, str) and el.tag != A + "p":
        r.drop(el, f"an annex's {etree.QName(el).localname}")
    return None


def _words_in_heading_style(el: Element, c: Content) -> bool:
    """A paragraph in a heading's style (class H1, H23…) whose content is words alone, nothing else."""
    return _words_alone(c) and re.match(Class.UN_HEADING, el.get("class") or "") is not None


def _words_alone(c: Content) -> bool:
    return not c.subs and not c.refs and not c.links and bool(c.text)


def _annex_un_paragraph(r: Reading, el: Element, headings: list[str],
                        labels: re.Pattern[str] | None = None) -> AnnexParagraph | None:
    """The UN's files: a paragraph of an annex is a heading (None: its words added to headings), a
    numbered paragraph, or both. labels: the annex label pattern, where labels are read from the
    annex's body (annex-label-heading)."""
    c = content(r, el)
    num_el = find(el, "a:num")
    number = None if num_el is None else (r.text(text_of(num_el)) or None)
    heads = [heading_text(r, h) for h in el if h.tag in _HEADINGS]
    heading = _annex_heading(r, el, c, number, heads, labels)
    if heading is not None:
        if heading:
            headings.append(heading)
        return None
    headings += [r.text(h) for h in heads if r.text(h)]
    c, number = _annex_typed_number(r, c, number)
    return AnnexParagraph(c.text, c.refs, number, tuple(headings), c.subs, c.links)


def _annex_heading(r: Reading, el: Element, c: Content, number: str | None, heads: list[str],
                   labels: re.Pattern[str] | None) -> str | None:
    """The words an annex paragraph of the UN's files (its content c, number and heading texts) adds
    to the headings when it is a heading, no paragraph ("" for a heading without words); None when
    it is a paragraph."""
    if number is None and not heads and _words_in_heading_style(el, c):
        # annex-heading-style: a paragraph in a heading's style whose content is its words alone
        # ("Part one", "Principle 1", a bold "Annex") is a heading, as the page prints it
        return c.text
    if number is None and not heads and labels is not None and _words_alone(c) and labels.match(c.text):
        # annex-label-paragraph: a paragraph whose words are an annex's label alone ("Annexe",
        # "Annex I", "附件"), in no heading's style (the UN's files of class MercuryDocument), is the
        # label as a heading would be: it opens an annex (and the next, in one attachment)
        return c.text
    if not c.text and not c.subs:
        return r.text(" ".join([number or "", *heads]))
    return None


def _annex_typed_number(r: Reading, c: Content, number: str | None) -> tuple[Content, str | None]:
    """annex-typed-number: the number or label typed into the text of an annex paragraph without
    num is the paragraph's, as a num gives it in other files (and as plain text reads it)."""
    if number is None and r.annex_number is not None and (typed := r.annex_number(c.text)):
        return _without_typed_number(c, typed[1]), typed[0]
    return c, number


def table(r: Reading, el: Element, position: int) -> Table:
    """A table standing after `position` paragraphs: its caption, rows and cells (th a header cell)."""
    caption = find(el, "a:caption")
    rows = []
    if el.get("class") != Class.EMPTY:
        for tr in iterfind(el, "a:tr"):
            cells = []
            for cell in tr:
                if cell.tag not in (A + "th", A + "td") or cell.get("class") == Class.EMPTY:
                    continue
                text, refs, _ = joined(r, iterfind(cell, "a:p"))
                cells.append(Cell(text, cell.tag == A + "th", _span(cell.get("colspan")), _span(cell.get("rowspan")),
                                  refs))
            rows.append(Row(tuple(cells)))
    return Table(position, tuple(rows), None if caption is None else inline(r, caption).text)


def _span(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) > 0 else 1


# -- character conservation ------------------------------------------------------------------------------
def _visible(s: str | None) -> int:
    # str.split() parts a text at the characters str.isspace() names (tests/test_akn_read_speed.py
    # checks it for every code point): the count runs in C, where a loop over the characters took
    # half the time of reading a UN file.
    return 0 if not s else sum(map(len, s.split()))


def conserve(r: Reading, st: Element, res: Resolution) -> None:
    """Counts the characters of the body (preamble, operative part, annexes, footnotes; whitespace
    aside) in the file and in the model; a difference the reader did not report as akn-dropped is
    a warning with its count: no character is lost silently."""
    missing = (body_characters(st) - model_characters(res) - r.dropped + r.invented - r.typed_number_format
               + r.kept_format - r.mark_brackets - r.label_separators)
    if missing:
        more = "fewer" if missing > 0 else "more"
        r.warn("akn-characters", f"the model holds {abs(missing)} character{'s' if abs(missing) != 1 else ''} "
               f"{more} than the file's body (whitespace aside)", st)


def body_characters(st: Element) -> int:
    """The characters the model should hold: the text of the preamble, mainBody and attachments
    (of each component statement too), the footnotes elsewhere, the parts' labels and titles
    of a collection. A footnote printed twice counts once; an operative paragraph's number counts its
    digits (the model keeps "1" of "1.")."""
    regions = _counted_regions(st)
    total = sum(visible_length(el) for el in regions)
    seen: dict[str, str] = {}  # each marker's note, its words whitespace aside
    for el in regions:
        total -= _repeated_notes(el, seen)
        if el.tag == A + "mainBody":
            total -= _number_formats(el) + _headings_twice(el)
    return total


def _headings_twice(body: Element) -> int:
    """The characters of the headings that their paragraph prints again (heading-twice), read once."""
    return sum(visible_length(h) for para in body.iter(_PARAGRAPH) for h in para
               if h.tag in _HEADINGS and _printed_again(para, h))


def _printed_again(para: Element, h: Element) -> bool:
    """heading-twice: whether a paragraph's heading is its num and content marked up again
    ("<subheading>B. Evolución del margen …</subheading><num>B.</num><content>Evolución del margen …"
    — one heading marked up twice and printed once, in the General Assembly's files): read as the
    num and content say it, once."""
    num, content = find(para, "a:num"), find(para, "a:content")
    return num is not None and content is not None and _words(text_of(h)) == _words(text_of(num) + text_of(content))


def _counted_regions(st: Element) -> list[Element]:
    """The elements whose characters body_characters counts."""
    statements = [st]
    regions: list[Element] = []
    if st.tag == A + "documentCollection":
        parent = st.getparent()
        statements = findall(parent, "a:components/a:component/a:statement") if parent is not None else []
        regions += [el for s in statements for el in iterfind(s, "a:preface//a:docNumber")]
        regions += [el for s in statements for el in iterfind(s, "a:preface//a:docTitle")]
    # The notes of the title are the model's footnotes (1.2); its words are no body text.
    regions += [n for t in iterfind(st, "a:preface//a:docTitle") for n in t.iter(_NOTE)
                if not any(a.tag == _NOTE for a in n.iterancestors())]
    for s in statements:
        regions += [c for c in s if c.tag in (A + "preamble", A + "mainBody", A + "attachments")]
        regions += findall(s, "a:meta/a:notes/a:note")  # footnotes no authorialNote prints
        # Footnotes of the vote are the model's footnotes too; those of the preface outside its title
        # are reported dropped by the reader (those in a component's title are counted with it).
        regions += [n for n in iterfind(s, "a:conclusions//a:authorialNote")
                    if not any(a.tag == _NOTE for a in n.iterancestors())]
        regions += [n for n in iterfind(s, "a:preface//a:authorialNote")
                    if not any(a.tag in (_NOTE, A + "docTitle") for a in n.iterancestors())]
    return regions


def _repeated_notes(el: Element, seen: dict[str, str]) -> int:
    """The characters of the footnotes in el printed again: the same note (its words, whitespace
    aside) under a marker already in seen, which gets el's markers and their notes' words. Another
    note under a marker already taken is counted: the reader reports it dropped."""
    repeated = 0
    for note in el.iter(_NOTE):
        if any(a.tag in (A + "heading", A + "subheading") for a in note.iterancestors()):
            continue  # a heading's footnote is reported dropped each time it is printed
        marker = note.get("marker") or ""
        if seen.get(marker) == _note_words(note) and not any(a.tag == _NOTE for a in note.iterancestors()):
            repeated += visible_length(note)  # the same note printed again
        seen.setdefault(marker, _note_words(note))
    return repeated


def _number_formats(body: Element) -> int:
    """The characters of the operative paragraphs' numbers that the model does not keep ("." of "1.")."""
    out = 0
    for para in body.iter(_PARAGRAPH):
        num = find(para, "a:num")
        if num is not None and not any(a.tag == _PARAGRAPH for a in para.iterancestors()):
            out += number_format(para, num)
    return out


def number_format(para: Element, num: Element) -> int:
    """The characters of an operative paragraph's num that are its format, not its number: the model
    keeps "2" of "2." (of a paragraph with content or a list; a num alone is a heading's label)."""
    if find(para, "a:content") is None and find(para, "a:list") is None:
        return 0
    digits = DIGITS.search(text_of(num))
    return visible_length(num) - (len(digits.group().lstrip("0") or "0") if digits else 0)


def model_characters(res: Resolution) -> int:
    """The characters of the model's body: what body_characters counts in the file."""
    n = _visible(res.preamble.formula) + sum(_visible(p.text) for p in res.preamble.paragraphs)
    n += _operative_characters(res.operative) + _table_characters(res.tables)
    for part in res.parts:
        n += _visible(part.label) + _visible(part.title) + _visible(part.formula)
        n += sum(_visible(p.text) for p in part.preamble) + _operative_characters(part.operative)
        n += _table_characters(part.tables)
    n += sum(_visible(f.text) for f in res.footnotes)
    for a in res.annexes:
        n += _visible(a.label) + _visible(a.title)
        for p in a.paragraphs:
            n += _visible(p.number) + _visible(p.text) + sum(map(_visible, p.headings))
            n += _sub_characters(p.subparagraphs)
        n += _table_characters(a.tables)
    return n


def _table_characters(tables: tuple[Table, ...]) -> int:
    return sum(_visible(t.caption) + sum(_visible(c.text) for row in t.rows for c in row.cells) for t in tables)


def _operative_characters(paragraphs: tuple[OperativeParagraph, ...]) -> int:
    return sum(_visible(p.number) + _visible(p.text) + sum(map(_visible, p.headings)) + _sub_characters(p.subparagraphs)
               + (_visible(p.wrap_up.text) if p.wrap_up else 0) for p in paragraphs)


def _sub_characters(subs: tuple[SubParagraph, ...]) -> int:
    return sum(_visible(s.label) + _visible(s.text) + sum(map(_visible, s.headings)) + _sub_characters(s.subparagraphs)
               for s in subs)
