"""Readings the input cannot decide (issue 22: "exact on the fields the input makes possible").

A layout can print two different documents as the same text. Where neither an indent nor a blank
line marks a paragraph start (pypdf, a Word or web export), a preambular paragraph wrapped after a
clause's comma, its next line opening like a paragraph ("…سلطة الدولة، / وإذ يعرب كذلك …",
"…реформаторские усилия, / принимая при этом …"), prints exactly as two paragraphs would: no
reader can tell them apart, and the UN's markup says which one it was.

`other_reading` asks that of one document the reader got wrong, without asking the reader why: it
builds the document the reader's preamble describes — the UN's, with one preambular paragraph split
in two where the reader split it, or two joined where the reader joined them —, lays it out with the
same generator and the same drawn choices, and compares the two texts. Byte-identical text, and the
reader's output exactly right for that other document: the input could not decide. Only one such
difference is excused, and only in the preamble; every other field must be right as it is.

The figures that count stay those of documents exactly right; this is the second figure the note
gives beside them (benchmarks/generalisation.py), saying how much of what is left the input decides.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from unres.problems import UnresError
from unres.text.parse import parse_text

from akndoc import Block, Doc, Expected, _wide
from corpus_text import _cmp_text, check_text
from pages import Laid

_PLACEHOLDER = re.compile(r"\x00(\d+)\x00")

def _squeezed(lang: str, folds: tuple[str, ...], s: str) -> str:
    """The text as the comparison sees it, without any spaces (a wrap may fall where a space was)."""
    return "".join(_cmp_text(lang, _PLACEHOLDER.sub("", s), folds).split())

# The note marks standing right after a place (their placeholders, spaces before them).
_MARKS_AFTER = re.compile(r"(?:\s*\x00\d+\x00)+")


def _cut_at(lang: str, folds: tuple[str, ...], text: str, head: str) -> int | None:
    """Where text must be cut for its first piece to read as head (None: nowhere): after a space or a punctuation
    mark, or between two wide characters (a script without spaces cuts anywhere: the cut tried only the other
    places, and a paragraph split between two ideographs was never rebuilt — round 41). The note marks right after
    that place stay with the first piece ("…公约》，19" / "又回顾…"): the squeezed text holds no mark, so the first
    place that reads as head is before them, and a cut there opened the second piece with the first's mark
    ("19 又回顾…"), which prints another text — a reading the input could not decide was counted as one it could."""
    for j in range(1, len(text)):
        # (a place a wrap may fall: after a space or a mark of punctuation, or, in a script without spaces, between
        # any two wide characters — "…措施的具体" / "建议的…", a paragraph cut between two ideographs)
        if (not text[j].isspace() and text[j - 1].isspace() or not text[j - 1].isalnum()
                or _wide(text[j - 1]) and _wide(text[j])):
            if _squeezed(lang, folds, text[:j]) == head:
                marks = _MARKS_AFTER.match(text, j)
                return marks.end() if marks else j
    return None

def _cut(lang: str, folds: tuple[str, ...], block: Block, want: str, heads: list[str]
         ) -> tuple[list[Block], list[str]] | None:
    """The paragraph (its block and expected text) cut in pieces that read as heads (squeezed)."""
    blocks, wants = [], []
    text = block.text
    for head in heads[:-1]:
        cut, cut_want = _cut_at(lang, folds, text, head), _cut_at(lang, folds, want, head)
        if cut is None or cut_want is None:
            return None
        # (Every piece keeps the block's notes: a note prints where its placeholder stands.)
        blocks.append(dataclasses.replace(block, text=text[:cut].rstrip()))
        wants.append(want[:cut_want].rstrip())
        text, want = text[cut:].lstrip(), want[cut_want:].lstrip()
    return [*blocks, dataclasses.replace(block, text=text)], [*wants, want]


def _join(blocks: list[Block], wants: list[str]) -> tuple[Block, str]:
    """Paragraphs (their blocks and expected texts) joined in one, each note placeholder renumbered."""
    text, notes = blocks[0].text, blocks[0].notes
    for b in blocks[1:]:
        shift = len(notes)
        text += " " + _PLACEHOLDER.sub(lambda m, shift=shift: f"\x00{int(m.group(1)) + shift}\x00", b.text)
        notes += b.notes
    return Block(blocks[0].kind, blocks[0].role, text, notes), " ".join(wants)


def _regrouped(got: list[str], want: list[str]) -> list[tuple[list[int], list[int]]] | None:
    """The reader's paragraphs (squeezed) matched to the UN's: (got indexes, want indexes) pairs, one
    side a single paragraph, the other the paragraphs it was split into or joined from; None where
    the texts differ otherwise."""
    pairs: list[tuple[list[int], list[int]]] = []
    i = k = 0
    while i < len(got) and k < len(want):
        j, m = i + 1, k + 1
        a, b = got[i], want[k]
        while a != b:
            if len(a) < len(b) and j < len(got) and b.startswith(a):
                a, j = a + got[j], j + 1
            elif len(b) < len(a) and m < len(want) and a.startswith(b):
                b, m = b + want[m], m + 1
            else:
                return None
        if j - i > 1 and m - k > 1:
            return None
        pairs.append((list(range(i, j)), list(range(k, m))))
        i, k = j, m
    return pairs if i == len(got) and k == len(want) else None


def other_document(doc: Doc, exp: Expected, got: list[str], lang: str, folds: tuple[str, ...]
                    ) -> tuple[Doc, Expected] | None:
    """The document whose preamble the reader gave, when it differs from the UN's only by paragraphs
    split in pieces or joined; else None."""
    got_s = [_squeezed(lang, folds, s) for s in got]
    want_s = [_squeezed(lang, folds, s) for s in exp.preamble]
    at = [i for i, b in enumerate(doc.blocks) if b.role == "preamble"]
    if not at or got_s == want_s or len(at) != len(want_s) or at != list(range(at[0], at[0] + len(at))):
        return None
    pairs = _regrouped(got_s, want_s)
    if pairs is None:
        return None
    blocks: list[Block] = []
    wants: list[str] = []
    for gs, ws in pairs:
        if len(ws) > 1:
            block, text = _join([doc.blocks[at[w]] for w in ws], [exp.preamble[w] for w in ws])
            blocks.append(block)
            wants.append(text)
            continue
        pieces = _cut(lang, folds, doc.blocks[at[ws[0]]], exp.preamble[ws[0]], [got_s[g] for g in gs])
        if pieces is None:
            return None
        blocks += pieces[0]
        wants += pieces[1]
    all_blocks = doc.blocks[:at[0]] + blocks + doc.blocks[at[-1] + 1:]
    return dataclasses.replace(doc, blocks=all_blocks), dataclasses.replace(exp, preamble=wants)


def other_reading(doc: Doc, exp: Expected, laid: Laid, lay_out: Callable[[Doc, str], Laid], name: str,
                  lang: str) -> bool:
    """Whether the reader's reading of laid.text, wrong for the UN's document, is exactly right for
    another document that the same layout prints as the very same text."""
    try:
        res = parse_text(laid.text, None).resolution
    except UnresError:
        return False
    other = other_document(doc, exp, [p.text for p in res.preamble.paragraphs], lang, laid.folds)
    if other is None or lay_out(other[0], name).text != laid.text:
        return False
    return check_text(laid.text, other[1], lang, laid.folds)[0]
