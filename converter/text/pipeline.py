"""The text reader: its stages, in order. Each is a function over the document's state (state.Doc)
in the module named for its job; `read` runs them."""

from __future__ import annotations

from collections.abc import Callable

from ..langs import Lang
from ..model import Resolution
from ..problems import Problem
from .account import account, tally
from .annexes import annexes
from .assemble import assemble
from .blocks import body_blocks, lead
from .classify import classify
from .endnotes import endnotes
from .footnotes import flow
from .header import header
from .markdown import markdown
from .pages import furniture
from .parts import parts
from .segment import segment
from .state import Doc
from .vote import vote

Stage = Callable[[Doc], None]

STAGES: tuple[Stage, ...] = (
    markdown,  # markdown.py  a PDF-to-Markdown extraction's markup taken off (its signs tell it)
    furniture,  # pages.py      running heads, job and page numbers; where pages end
    flow,  # footnotes.py       the running text's lines; footnote blocks lifted out, their marks found
    segment,  # segment.py      header | formula | body | closing block | annexes
    tally,  # account.py        the letters and digits the body gives the model, counted
    header,  # header.py        cover items, session, agenda, adoption, number and title
    lead,  # blocks.py          considerations printed before the formula
    endnotes,  # endnotes.py    notes after the vote statement, their marks apart in the body
    body_blocks,  # blocks.py   lines → paragraphs and headings
    parts,  # parts.py          A, B, C… of a resolution adopted in parts
    classify,  # classify.py    headings to paragraphs; preamble | operative; sub-paragraphs (nesting.py)
    vote,  # vote.py            meeting, adoption date, vote statement and member lists
    annexes,  # annexes.py      annex titles and paragraphs
    assemble,  # assemble.py    the model; marks → footnote references
    account,  # account.py      what the tally counted and no field holds: text-unaccounted
)


def read(lang: Lang, text: str, warnings: list[Problem], trace: bool = False, notes_apart: bool = False,
         bold_headings: frozenset[str] = frozenset()) -> Doc:
    """Runs every stage over a decoded text; the model is in doc.result. notes_apart: the text's notes
    were taken apart from it (PDF and Word input): none of its lines is read as a note."""
    doc = Doc(lang, text, warnings, trace=[] if trace else None, notes_apart=notes_apart,
              bold_headings=bold_headings)
    for stage in STAGES:
        stage(doc)
    return doc


def run_until(doc: Doc, last: Stage) -> Doc:
    """Runs the stages up to and including `last` (for tests and tools that look at one stage)."""
    for stage in STAGES:
        stage(doc)
        if stage is last:
            break
    return doc


def result(doc: Doc) -> Resolution:
    assert doc.result is not None, "the assemble stage has not run"
    return doc.result
