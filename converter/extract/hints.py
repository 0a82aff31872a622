"""What a PDF or Word file tells beyond its text, and the step that applies it to the model.

The text reader (`unres.text.parse`) reads the extracted text as it reads any text; the file also
knows which words were set in italics at the start of a paragraph (the UN's opening phrases),
which lines were bold (headings) and which marks were raised (footnote marks). Those facts travel
in a `Hints` value beside the text, and `apply_hints` applies them to the model the reader made:
the seam where, later, the text pipeline's state can take them in directly.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace

from ..model import (
    Footnote,
    FootnoteRef,
    OperativeParagraph,
    Part,
    PreambularParagraph,
    Resolution,
)

# A paragraph's number or a sub-paragraph's label before its first words: "1.", "(a)", "a)", "iv.",
# "23 -" (Arabic).
_LABEL = re.compile(r"^[(\[]?(?:\d{1,3}|[a-zA-Z]{1,4}|[ivxlc]{1,6}|[а-яё]{1,2})[.)\]]?[.)]?(?:\s*[-–])?$")
# How many characters of a paragraph's start identify it (after whitespace is normalised).
KEY_CHARS = 48
CONTEXT = 32  # characters of text each side of a mark that find its place in the model


@dataclass(frozen=True)
class Opening:
    """A paragraph whose first words (after its number or label) were set in italics."""

    key: str  # the paragraph's text from its first italic word, normalised (see key())
    phrase: str  # the italic words, without the punctuation that closes them


@dataclass(frozen=True)
class Mark:
    """A note's mark as the file shows it: raised, between two stretches of text (whitespace removed)."""

    marker: str
    before: str
    after: str


@dataclass(frozen=True)
class Hints:
    openings: tuple[Opening, ...] = ()
    # Whether the file marks opening phrases with italics at all: then a paragraph that does not
    # open in italics has no opening phrase, whatever its first word.
    italic_openings: bool = False
    headings: tuple[str, ...] = field(default=())  # paragraphs set in bold in the body, normalised
    # The notes' marks in reading order and the notes (mark, text): the file says where they are,
    # so the text given to the reader holds neither.
    marks: tuple[Mark, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()


# Format characters (Unicode category Cf: soft hyphens, directional marks, zero-width spaces) are
# deleted by one regular expression; whitespace by split().
_FORMAT_RANGES = ((0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x890, 0x891),
                  (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
                  (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB))  # Cf in the BMP (Unicode 15)
_FORMAT: dict[int, None] = {c: None for a, b in _FORMAT_RANGES for c in range(a, b + 1)}
_FORMAT_RE = re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _FORMAT_RANGES) + "]")


_BRACKETS = re.compile(r"[()\[\]{}“”‘’]")


def squeeze(text: str) -> str:
    """Text without whitespace, format characters, brackets and curly quotes, composed (NFC): what
    two readings of the same text share whatever their line breaks (and whichever way a
    right-to-left text's brackets and quotes were drawn or read)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return "".join(_BRACKETS.sub("", _FORMAT_RE.sub("", text)).split())


def key(text: str) -> str:
    """A paragraph's identity for matching: its first characters, whitespace and format
    characters removed (Chinese lines are joined without spaces, others with one)."""
    return squeeze(text)[:KEY_CHARS]


def phrase_of(italic: str) -> str:
    """The opening phrase as the model keeps it: the words in italics as they are, punctuation
    included when it was set in italics too ("Décide également :", "отмечает также,")."""
    return re.sub(r"\s+", " ", italic).strip()


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
    return Opening(key("".join(t for t, _, raised in pieces[k:] if not raised)), phrase)


def apply_hints(res: Resolution, hints: Hints) -> Resolution:
    if hints.notes or hints.marks:
        res = place_notes(res, hints)
    if hints.headings:
        res = join_headings(res, hints)
    if not hints.italic_openings:
        return res
    # same-start-openings: paragraphs whose first characters are the same ("настоятельно призывает
    # государства-члены, Организацию…") take their phrases in turn, in the file's order.
    table: dict[str, list[str]] = {}
    for o in hints.openings:
        table.setdefault(o.key, []).append(o.phrase)

    def opening_for(text: str) -> str | None:
        phrases = table.get(key(text))
        if not phrases:
            return None
        phrase = phrases.pop(0) if len(phrases) > 1 else phrases[0]
        if not phrase:
            return None
        # The phrase must start the model's text (the reader may have cut a paragraph elsewhere);
        # compared squeezed (vowel signs may come in another order), taken from the model's text.
        bare = squeeze(phrase)
        if not squeeze(text[: len(phrase) + 8]).startswith(bare):
            return None
        return text[: _offset(text, len(bare))]

    def pre(ps: tuple[PreambularParagraph, ...]) -> tuple[PreambularParagraph, ...]:
        return tuple(replace(p, opening=opening_for(p.text)) for p in ps)

    def ops(ps: tuple[OperativeParagraph, ...]) -> tuple[OperativeParagraph, ...]:
        return tuple(replace(p, opening=opening_for(p.text)) for p in ps)

    def part(p: Part) -> Part:
        return replace(p, preamble=pre(p.preamble), operative=ops(p.operative))

    return replace(res, preamble=replace(res.preamble, paragraphs=pre(res.preamble.paragraphs)),
                   operative=ops(res.operative), parts=tuple(part(p) for p in res.parts))


def join_headings(res: Resolution, hints: Hints) -> Resolution:
    """Two headings in a row that the file set as one bold paragraph are one heading: a heading
    that wraps, whose short last line ("2022") the reader took for a heading of its own."""
    bold = {squeeze(h) for h in hints.headings}

    def joined(headings: tuple[str, ...]) -> tuple[str, ...]:
        out = list(headings)
        k = 0
        while k + 1 < len(out):
            both = squeeze(out[k] + out[k + 1])
            if both in bold and squeeze(out[k]) not in bold:
                cjk = _CJK.match(out[k][-1:]) and _CJK.match(out[k + 1][:1])
                out[k:k + 2] = [out[k] + ("" if cjk else " ") + out[k + 1]]
            else:
                k += 1
        return tuple(out)

    def ops(ps: tuple[OperativeParagraph, ...]) -> tuple[OperativeParagraph, ...]:
        return tuple(replace(p, headings=joined(p.headings)) if len(p.headings) > 1 else p for p in ps)

    return replace(res, operative=ops(res.operative),
                   parts=tuple(replace(p, operative=ops(p.operative)) for p in res.parts))


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def place_notes(res: Resolution, hints: Hints) -> Resolution:
    """The notes and their marks put into the model: each mark where the text around it is found
    in the model's texts (in order, each search going on from the last mark), the notes in the
    order of their first marks, then any note no mark was found for (never lost)."""
    texts = [text for _, text, _ in res.texts()]
    starts: list[int] = []
    stream = ""
    for text in texts:
        starts.append(len(stream))
        stream += squeeze(text)
    refs: list[list[FootnoteRef]] = [[] for _ in texts]
    pos = 0
    for m in hints.marks:
        found = _find(stream, m, pos)
        if found is None:
            continue
        at, by_before = found
        pos = at
        # A mark between two texts belongs to the one whose end it follows, when that matched.
        unit = bisect.bisect_left(starts, at) - 1 if by_before else bisect.bisect_right(starts, at) - 1
        unit = max(0, unit)
        refs[unit].append(FootnoteRef(m.marker, _offset(texts[unit], at - starts[unit])))
    order: list[str] = []
    for unit_refs in refs:
        for r in unit_refs:
            if r.marker not in order:
                order.append(r.marker)
    by_marker: dict[str, str] = {}
    for marker, text in hints.notes:
        by_marker.setdefault(marker, text)
    order += [marker for marker in by_marker if marker not in order]
    notes = tuple(Footnote(marker, by_marker[marker]) for marker in order if marker in by_marker)
    return replace(res, footnotes=notes).with_footnote_refs(iter(tuple(r) for r in refs))


_LEADING_LABEL = re.compile(r"^[(\[]?\w{1,5}[.)\]]+-?|^\d{1,3}-")
_CLOSING = ",;:.،؛。，；："  # what closes a paragraph before the next one's label


def _find(stream: str, m: Mark, pos: int) -> tuple[int, bool] | None:
    """Where a mark stands in the model's text: after (the end of) the text before it, followed by
    as much of the text after it as the model has there — a paragraph's number or a label next to
    the mark is not in the model's text —, searched from the last mark on, then from the start;
    longer contexts first."""
    # After a mark at a paragraph's end come the next paragraph's number or label, which the
    # model keeps apart from its text: the text after them is tried too.
    afters = [m.after]
    # Rule `label-after-closing` (SPEC.md): a mark on a paragraph's last word comes before the paragraph's closing
    # punctuation ("Europa¹," / "1. Acoge"), and the next paragraph's label follows that.
    lead = m.after[:len(m.after) - len(m.after.lstrip(_CLOSING))]
    bare = lead + _LEADING_LABEL.sub("", m.after[len(lead):])
    if bare != m.after:
        afters.insert(0, bare)
    # A bracketed label loses its brackets in the squeezed text ("; c) l’examen" → ";clexamen"): after
    # the closing punctuation, one to three letters or digits left out are tried first, with long
    # contexts only (two items ending alike, "… y relatifs ;", each keep their marks).
    rest = m.after[len(lead):]
    unbracketed = [lead + rest[n:] for n in (1, 2, 3) if lead and len(rest) > n + 16 and rest[:n].isalnum()]
    for start in (pos, 0):
        for bl in (len(m.before), 20, 12, 6):
            if bl < 4 or bl > len(m.before):
                continue
            b = m.before[-bl:]
            for after in unbracketed:
                for al in (len(after), 16):
                    if (i := stream.find(b + after[:al], max(0, start - len(b)))) >= 0:
                        return i + len(b), True
            for after in [*afters, ""]:
                for al in (len(after), 16, 8, 3, 1) if after else (0,):
                    if al > len(after):
                        continue
                    # The text before a mark may reach back over the last mark's place (two
                    # marks a few words apart: "1949³ y sus Protocolos … de 1977⁴"): the mark
                    # itself must not stand before it.
                    i = stream.find(b + after[:al], max(0, start - len(b)))
                    if i >= 0:
                        return i + len(b), True
        for al in (len(m.after), 16, 8):
            if 4 <= al <= len(m.after):
                i = stream.find(m.after[:al], start)
                if i >= 0:
                    return i, False
    return None


def _offset(text: str, squeezed: int) -> int:
    """The index in text after `squeezed` characters that squeeze() keeps: the shortest prefix that
    keeps that many, found by halving (each count is one regular-expression pass in C, where a
    loop over the characters in Python cost a millisecond per document)."""
    if squeezed <= 0:
        return 0
    lo = squeezed  # a prefix keeps at most its length: the answer is at least `squeezed` long
    if lo >= len(text):
        return len(text)
    # Most characters are kept: look a little further first, then double.
    hi = min(len(text), squeezed + squeezed // 4 + 8)
    while _kept(text[:hi]) < squeezed:
        if hi == len(text):
            return len(text)
        lo, hi = hi + 1, min(len(text), 2 * hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if _kept(text[:mid]) >= squeezed:
            hi = mid
        else:
            lo = mid + 1
    # A mark after a closing bracket follows it ("(2012)¹").
    end = lo
    while end < len(text) and text[end] in ")]}":
        end += 1
    return end


def _kept(text: str) -> int:
    return len(_DROPPED.sub("", text))


# What squeeze() drops (NFC aside): whitespace, format characters, brackets, curly quotes.
_DROPPED = re.compile("[\\s()\\[\\]{}“”‘’" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _FORMAT_RANGES) + "]+")
