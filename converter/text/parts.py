"""Stage `parts`: a resolution adopted in parts (A, B, C…), each with its label, title and blocks."""

from __future__ import annotations

from .marked import join
from .ruleset import Rule
from .state import Block, Doc, PartDraft


def parts(doc: Doc) -> None:
    """Stage: doc.parts, and doc.top cut to the blocks before the first part."""
    doc.top, doc.parts = split_parts(doc, doc.top)


def split_parts(doc: Doc, blocks: list[Block]) -> tuple[list[Block], list[PartDraft]]:
    """parts: the blocks before the first part, and each part: its label and title (heading lines:
    "A" / "Work of the Committee …"), then its own blocks. A resolution is read in parts only when
    headings hold at least two part labels and the first is the sequence's first ("A")."""
    labels = doc.lang.part_labels
    at = [i for i, b in enumerate(blocks) if b.heading and b.text.strip() in set(labels)]
    if len(at) < 2 or blocks[at[0]].text.strip() != labels[0]:
        return blocks, []
    out = []
    for n, i in enumerate(at):
        end = at[n + 1] if n + 1 < len(at) else len(blocks)
        j = i + 1
        while j < end and blocks[j].heading:
            j += 1
        title = join(doc.lang, [b.content for b in blocks[i + 1:j]]) if j > i + 1 else None
        out.append(PartDraft(blocks[i].text.strip(), title, blocks[i].line, blocks[j:end]))
        doc.fired("parts", blocks[i].line)
    return blocks[:at[0]], out


RULES: tuple[Rule, ...] = (
    Rule("parts", "parts", split_parts, "headings holding two part labels or more, the first 'A', make a "
         "resolution in parts"),
)
