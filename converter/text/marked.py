"""Text with reference marks at offsets, and the string operations that carry marks along.

A footnote's reference mark, once found, is no longer text: `Marked.text` is the text without
it and `Marked.marks` says where each mark stands (before `text[at]`). A mark is still *printed*
in the line, though — a superscript that is neither a letter, a digit, a space nor punctuation —
and the layout rules look at lines as printed: a word with a mark glued to it is not a bare word,
a mark counts in a line's width. `view` is that printed form, each mark one PRINTED_MARK
character; operations that rewrite text (joining lines, collapsing spaces, cutting a number off)
run on the view and read the marks' new offsets back from it (`from_view`). The character is one
the decoder removes from every input, so in a view it can stand for nothing but a mark.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..langs import Lang, fold_word

PRINTED_MARK = "\x00"  # decode() removes U+0000 from every input (see decode.CONTROL)
# A mark's width in a line: its marker and two characters more. (The reader has always counted a
# mark so; counting the marker alone moves one paragraph break in the 10,496 inputs of
# benchmarks/same_outputs.py, in a flat Arabic extraction.)
MARK_EXTRA_WIDTH = 2
# A reference mark is printed glued to its word with this many spaces after it (space-after-mark-wrapped and
# text-boundary-guessed's "mark-space": paragraphs set in by as many spaces are set in as far as that space, which a
# wrap by characters may carry to a line's start; the indent alone cannot tell them apart).
MARK_SPACE_INDENT = 1


@dataclass(frozen=True, slots=True)
class Mark:
    at: int  # offset in the text the mark belongs to: it stands right before text[at]
    marker: str


@dataclass(frozen=True, slots=True)
class Marked:
    """A text and the reference marks in it (most texts have none)."""

    text: str
    marks: tuple[Mark, ...] = ()

    @property
    def view(self) -> str:
        """The text as printed: each mark one PRINTED_MARK."""
        return view_of(self.text, self.marks) if self.marks else self.text

    @property
    def markers(self) -> tuple[str, ...]:
        return tuple(m.marker for m in self.marks)

    def __bool__(self) -> bool:
        return bool(self.text or self.marks)


def view_of(text: str, marks: Sequence[Mark]) -> str:
    if not marks:
        return text
    out, pos = [], 0
    for m in marks:
        out.append(text[pos:m.at])
        out.append(PRINTED_MARK)
        pos = m.at
    out.append(text[pos:])
    return "".join(out)


def from_view(view: str, markers: Sequence[str]) -> Marked:
    """The Marked text a view shows, its marks named in order by markers."""
    if not markers:
        return Marked(view)
    marks, parts, pos = [], [], 0
    length = 0
    for marker in markers:
        at = view.index(PRINTED_MARK, pos)
        parts.append(view[pos:at])
        length += at - pos
        marks.append(Mark(length, marker))
        pos = at + 1
    parts.append(view[pos:])
    return Marked("".join(parts), tuple(marks))


def slice_view(m: Marked, start: int, end: int | None = None) -> Marked:
    """The part of a text between two positions of its view."""
    if not m.marks:
        return Marked(m.text[start:end])
    view = m.view
    part = view[start:end]
    first = view.count(PRINTED_MARK, 0, start)
    return from_view(part, m.markers[first:first + part.count(PRINTED_MARK)])


def rest(m: Marked, start: int) -> Marked:
    """The text after a position of its view, without the spaces at either end (strip of
    slice_view, made at once for a text without marks: asked of every numbered paragraph and item)."""
    if not m.marks:
        return Marked(m.text[start:].strip())
    return strip(slice_view(m, start))


def strip(m: Marked) -> Marked:
    """Without the spaces at either end (a space beside a mark stays: the mark is printed)."""
    if not m.marks:
        return Marked(m.text.strip())
    return from_view(m.view.strip(), m.markers)


def width(text: str, marks: Sequence[Mark]) -> int:
    """How long a line is as printed, its marks counted."""
    return len(text) + sum(len(m.marker) + MARK_EXTRA_WIDTH for m in marks)


# -- joining lines and collapsing spaces ---------------------------------------------------------
_LATIN_WORD_END = re.compile(r"[^\W\d_]-$")


def join_text(lang: Lang, parts: Sequence[str]) -> str:
    """One paragraph's text from its lines (or a view from the views of its lines)."""
    text = ""
    for part in parts:
        if not text:
            text = part
        elif text.endswith("\u00ad"):
            text = text[:-1] + part
        elif (text[-1] == "-" and part[:1].islower() and _LATIN_WORD_END.search(text, len(text) - 2)
              and part.split(" ", 1)[0] not in lang.suspended_hyphen_words):
            # A line ending in a hyphen inside a word: the hyphen belongs to the word
            # (non-governmental); UN documents are not hyphenated by the typesetter. Only a
            # suspended hyphen ("troop- and police-contributing") keeps its space.
            text += part
        elif lang.proclitics and proclitic_cut(lang, text, part):
            text += part
        else:
            text += lang.join + part
    return normalize_text(lang, text)


def proclitic_cut(lang: Lang, text: str, part: str) -> bool:
    """proclitic-joins-next: a line (or block) that ends with a proclitic alone — a letter the language writes joined
    to the word after it, never alone (the table's proclitics: Arabic "و", "ف") — over one that opens with a letter
    is one word cut in two ("… المنارات، و" / "إذ تشدد …", a page or a block cut inside "وإذ"): joined without a space.
    Joined with the script's space, the word read "و إذ". Before a digit, a bracket, a mark or a letter of another
    script the letter stays apart ("الفقرتين 1 و" / "2", "و" / "GC(67)/RES/13": the conjunction printed apart), and so
    before a document's symbol in the script's letters ("و" / "دإط–11/2", as the UN's Arabic prints it). Serves PDF
    text and block extractions of Arabic whose lines or blocks were cut after the proclitic. (The lines join_text
    joins are one block's, a paragraph's wrap or its rest past a page: the cut is one the page or the block made.) A
    letter cited alone is no proclitic (_cited_letter): it stays apart."""
    return (text[-1] in lang.proclitics and (len(text) == 1 or text[-2] == " ")
            and part[:1].isalpha() and _same_script(text[-1], part[0]) and _plain_word(part)
            and not _cited_letter(lang, text[:-1].split()[-2:], part.split(" ", 1)[0]))


def _cited_letter(lang: Lang, before: list[str], word: str) -> bool:
    """For proclitic-joins-next: whether the letter at a line's end is a label cited alone, without its brackets —
    after a word that counts labelled things (the table's endnotes.not_after: "البند" / "و" / "من المادة 3", "للفقرة
    الفرعية" / "و" / "من الفقرة 2", the counting word qualified by one word), or among other lone letters ("البندين ه
    و" / "ز من …"): then the letter is the label, no proclitic, and stays apart. Joined, it read "البند ومن",
    "ه وز"."""
    words = [fold_word(w) for w in before]
    counting = lang.endnote_not_after
    return (len(word) == 1 or (bool(words) and (len(words[-1]) == 1 or words[-1] in counting))
            or (len(words) == 2 and words[0] in counting and words[0] not in lang.continues_after))


# proclitic-joins-next: what makes the word after a proclitic a symbol's, which the UN prints apart ("و دإط-11/2")
_SYMBOL_SIGNS = frozenset("0123456789/-–‑٠١٢٣٤٥٦٧٨٩")


def _plain_word(part: str) -> bool:
    """For proclitic-joins-next: the line's first word holds no digit, slash or hyphen — no document's symbol ("و
    دإط–11/2": the conjunction printed apart before a symbol in the UN's Arabic)."""
    return _SYMBOL_SIGNS.isdisjoint(part.split(" ", 1)[0])


def _same_script(letter: str, other: str) -> bool:
    """For proclitic-joins-next: whether the next line's first letter is of the proclitic's script (a Latin word or
    symbol after Arabic "و" — "و GC(67)/RES/13" — is printed apart)."""
    return unicodedata.name(letter, "").split(" ", 1)[0] == unicodedata.name(other, "").split(" ", 1)[0]


def join(lang: Lang, parts: Sequence[Marked]) -> Marked:
    if not any(p.marks for p in parts):
        return Marked(join_text(lang, [p.text for p in parts]))
    return from_view(join_text(lang, [p.view for p in parts]), [k for p in parts for k in p.markers])


_SPACE_BESIDE: dict[str, re.Pattern[str]] = {}


# Whitespace to collapse: other than a single space between words.
_UNCOLLAPSED = re.compile(r"[^\S ]|  |^ | $")


# Above this length a text is first asked whether it needs collapsing (splitting a long text into
# its words costs memory many times its size); below it splitting is the faster test.
_LONG = 4096


def collapse(text: str) -> str:
    """The text with its whitespace collapsed (the text itself when it is so already, not a copy).
    (Stripping and asking is faster than splitting every text: whitespace is never printable, so a
    stripped text that is printable and holds no two spaces in a row is collapsed.)"""
    s = text.strip()
    if "  " in s or not s.isprintable():
        s = " ".join(s.split())
    return text if s == text else s


def normalize_text(lang: Lang, text: str) -> str:
    if len(text) < _LONG:
        text = collapse(text)
    elif _UNCOLLAPSED.search(text):
        text = " ".join(text.split())
    if not lang.join and " " in text:  # (lang.join: the script's line join, "" where it has no spaces)
        # A space next to a character of a script written without spaces is an artefact of line
        # joining; between Latin words it stays.
        text = _space_beside(lang.script.unspaced).sub("", text)
    return text


def _space_beside(chars: str) -> re.Pattern[str]:
    pattern = _SPACE_BESIDE.get(chars)
    if pattern is None:
        # Starts with the space itself: the regex engine then jumps from space to space.
        pattern = _SPACE_BESIDE[chars] = re.compile(f" (?:(?<=[{chars}] )|(?=[{chars}]))")
    return pattern


def normalize(lang: Lang, m: Marked) -> Marked:
    if not m.marks:
        return Marked(normalize_text(lang, m.text))
    return from_view(normalize_text(lang, m.view), m.markers)
