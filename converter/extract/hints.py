"""What a PDF or Word file tells beyond its text, and the step that applies it to the model.

The text reader (`unres.text.parse`) reads the extracted text as it reads any text; the file also
knows which words were set in italics at the start of a paragraph (the UN's opening phrases),
which lines were bold (headings) and which marks were raised (footnote marks). Those facts travel
in a `Hints` value beside the text, and `apply_hints` applies them to the model the reader made:
the seam where, later, the text pipeline's state can take them in directly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from ..model import OperativeParagraph, Part, PreambularParagraph, Resolution

# A paragraph's number or a sub-paragraph's label before its first words: "1.", "(a)", "a)", "iv.",
# "23 -" (Arabic).
_LABEL = re.compile(r"^[(\[]?(?:\d{1,3}|[a-zA-Z]{1,4}|[ivxlc]{1,6}|[а-яё]{1,2})[.)\]]?[.)]?(?:\s*[-–])?$")
# How many characters of a paragraph's start identify it (after whitespace is normalised).
KEY_CHARS = 48
_PUNCT_END = ",;:،؛，；："


@dataclass(frozen=True)
class Opening:
    """A paragraph whose first words (after its number or label) were set in italics."""

    key: str  # the paragraph's text from its first italic word, normalised (see key())
    phrase: str  # the italic words, without the punctuation that closes them


@dataclass(frozen=True)
class Hints:
    openings: tuple[Opening, ...] = ()
    # Whether the file marks opening phrases with italics at all: then a paragraph that does not
    # open in italics has no opening phrase, whatever its first word.
    italic_openings: bool = False
    headings: tuple[str, ...] = field(default=())  # lines set in bold in the body, normalised
    notes: int = 0  # footnotes the file holds (for the report of what was read)


def key(text: str) -> str:
    """A paragraph's identity for matching: its first characters, whitespace and format
    characters removed (Chinese lines are joined without spaces, others with one)."""
    s = "".join(c for c in text if unicodedata.category(c) != "Cf" and not c.isspace())
    return s[:KEY_CHARS]


def phrase_of(italic: str) -> str:
    """The opening phrase as the model keeps it: the italic words without the comma after them."""
    return re.sub(r"\s+", " ", italic).strip().rstrip(_PUNCT_END).strip()


def italic_opening(pieces: list[tuple[str, bool, bool]]) -> Opening | None:
    """A paragraph's opening phrase from its pieces of text in reading order (text, italic, raised):
    the italic words it starts with, after its number or label."""
    k = 0
    lead = ""
    while k < len(pieces) and not pieces[k][1] and len(lead) < 8:
        lead += pieces[k][0]
        k += 1
    if k == len(pieces) or (lead.strip() and not _LABEL.match(lead.strip())):
        return None
    italic = ""
    j = k
    while j < len(pieces) and pieces[j][1] and not pieces[j][2]:
        italic += pieces[j][0]
        j += 1
    phrase = phrase_of(italic)
    if not phrase:
        return None
    return Opening(key("".join(t for t, _, _ in pieces[k:])), phrase)


def apply_hints(res: Resolution, hints: Hints) -> Resolution:
    if not hints.italic_openings:
        return res
    table = {o.key: o.phrase for o in hints.openings}

    def opening_for(text: str) -> str | None:
        phrase = table.get(key(text))
        # The phrase must start the model's text (the reader may have cut a paragraph elsewhere).
        return phrase if phrase and text.startswith(phrase) else None

    def pre(ps: tuple[PreambularParagraph, ...]) -> tuple[PreambularParagraph, ...]:
        return tuple(replace(p, opening=opening_for(p.text)) for p in ps)

    def ops(ps: tuple[OperativeParagraph, ...]) -> tuple[OperativeParagraph, ...]:
        return tuple(replace(p, opening=opening_for(p.text)) for p in ps)

    def part(p: Part) -> Part:
        return replace(p, preamble=pre(p.preamble), operative=ops(p.operative))

    return replace(res, preamble=replace(res.preamble, paragraphs=pre(res.preamble.paragraphs)),
                   operative=ops(res.operative), parts=tuple(part(p) for p in res.parts))
