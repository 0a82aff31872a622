"""Stage `parts`: a resolution adopted in parts (A, B, C…), each with its label, title and blocks."""

from __future__ import annotations

import re
from dataclasses import replace

from .marked import join
from .openings import starts_with_head
from .ruleset import Rule
from .state import Block, Doc, PartDraft


def parts(doc: Doc) -> None:
    """Stage: doc.parts, and doc.top cut to the blocks before the first part."""
    doc.top, doc.parts = split_parts(doc, doc.top)


def split_parts(doc: Doc, blocks: list[Block]) -> tuple[list[Block], list[PartDraft]]:
    """parts: the blocks before the first part, and each part: its label and title (heading lines:
    "A" / "Work of the Committee …"), then its own blocks. A resolution is read in parts only when
    headings hold at least two part labels and the first is the sequence's first ("A")."""
    # A symbol naming some of the parts ("A/RES/81/250 B-C": the parts adopted later) starts them there.
    named = symbol_part(doc)
    at = _labelled(blocks, part_labels(doc), named, doc)
    if not at:
        # parts-in-sections: a resolution divided into sections I, II… (the General Assembly's
        # budget resolutions) has them as its parts, as the UN's AKN does.
        at = _labelled(blocks, doc.lang.section_labels, None, doc)
        if at and _numbered_from_one(doc, blocks, at):
            doc.fired("parts-in-sections", blocks[at[0]].line)
        else:
            at = []
    if not at:
        titled = titled_sections(doc, blocks)
        return (blocks[:titled[0][0]], _titled_parts(doc, blocks, titled)) if titled else (blocks, [])
    out = []
    for n, i in enumerate(at):
        end = at[n + 1] if n + 1 < len(at) else len(blocks)
        j = i + 1
        while j < end and blocks[j].heading and not formula_without_comma(doc, blocks[j]):
            j += 1
        if j < end and blocks[j].heading:
            blocks[j] = replace(blocks[j], heading=False)  # (the part's formula: classify takes it)
        title = join(doc.lang, [b.content for b in blocks[i + 1:j]]) if j > i + 1 else None
        out.append(PartDraft(blocks[i].text.strip(), title, blocks[i].line, blocks[j:end]))
        doc.fired("parts", blocks[i].line)
    return blocks[:at[0]], out


LATIN_PARTS = [chr(c) for c in range(ord("A"), ord("Z") + 1)]


def symbol_part(doc: Doc) -> str | None:
    """The first part the symbol names ("A" of "A/RES/77/264 A-C"), if it names parts."""
    suffix = re.search(r" ([A-Z])(?:-[A-Z])?$", doc.symbol or "")
    return suffix.group(1) if suffix else None


def part_labels(doc: Doc) -> list[str]:
    """parts-named-by-symbol: the labels of the parts — the language's sequence, or the Latin
    letters the symbol names them by where the language has another sequence (the UN's Arabic
    files of A/RES/77/264 A-C label the parts "A", "B", "C", not "ألف", "باء", "جيم")."""
    named = symbol_part(doc)
    if named is None or named in doc.lang.part_labels:
        return doc.lang.part_labels
    doc.fired("parts-named-by-symbol", 1)
    return LATIN_PARTS


def formula_without_comma(doc: Doc, b: Block) -> bool:
    """part-formula-without-comma: a heading line under a part's label that is the formula without
    its comma ("The General Assembly", as A/RES/77/264 A-C prints its parts') is the part's
    formula, not the end of its title."""
    if doc.lang.body_by_formula(b.text) is None:
        return False
    doc.fired("part-formula-without-comma", b.line)
    return True


def _labelled(blocks: list[Block], labels: list[str], named: str | None, doc: Doc | None = None) -> list[int]:
    """The heading blocks that hold one of these labels, when there are two or more and the first
    is the sequence's first (or the part the symbol names); else none."""
    known = set(labels)
    at = [i for i, b in enumerate(blocks) if b.heading and b.text.strip() in known]
    if len(at) < 2 or blocks[at[0]].text.strip() not in (labels[0], named):
        return []
    # parts-in-sequence: the labels after the first run on in the sequence (A, B, C), or repeat the
    # one before (E/RES/2023/5 prints "B" twice): a section's "I" or "V" heading inside part B
    # (A/RES/77/128 B) is no part, though both are letters
    order = {label: k for k, label in enumerate(labels)}
    kept = [at[0]]
    for i in at[1:]:
        if order[blocks[i].text.strip()] - order[blocks[kept[-1]].text.strip()] in (0, 1):  # (or repeated: a slip)
            kept.append(i)
        elif doc is not None:
            doc.fired("parts-in-sequence", blocks[i].line)
    return kept if len(kept) >= 2 else []


def titled_sections(doc: Doc, blocks: list[Block]) -> list[tuple[int, int]]:
    """parts-headed-by-title: a resolution whose body is cut into sections headed by their title alone — no
    label —, each with its own preamble and paragraphs numbered from 1 (the General Assembly's "special
    subjects relating to the programme budget": "Standards of accommodation for air travel", then
    "Enterprise resource planning project, Umoja"…), has them as its parts, titled by them and labelled
    by their position (the UN's AKN numbers them I, II…). Read so only where the body opens with such a
    title (a line that no paragraph number, no opening phrase and no clause's punctuation ends or opens:
    right after the formula it is no heading yet), two titles or more each open a preambular paragraph,
    and each section numbers its paragraphs from 1 — a heading of the operative part opens numbered
    paragraphs that run on. Each title: where its heading lines start and end (a long title wraps over
    several)."""
    if not blocks or not _title_alone(doc, blocks[0]):
        return []
    runs = [(0, 1), *_heading_runs(blocks)]
    if len(runs) < 2 or not all(_opens_section(doc, blocks, start, end) for start, end in runs):
        return []
    if not _numbered_from_one(doc, blocks, [start for start, _ in runs]):
        return []
    doc.fired("parts-headed-by-title", blocks[0].line)
    return runs


def _heading_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """Where each run of heading blocks after the first block starts and ends."""
    runs = []
    for i in range(1, len(blocks)):
        if blocks[i].heading and not blocks[i - 1].heading:
            end = next((j for j in range(i, len(blocks)) if not blocks[j].heading), len(blocks))
            runs.append((i, end))
    return runs


def _opens_section(doc: Doc, blocks: list[Block], start: int, end: int) -> bool:
    """Whether blocks[start:end] are a section's title, a preambular paragraph after it."""
    # (A title line but the last may end with a colon inside the title: colon-inside-title.)
    return (end < len(blocks) and starts_with_head(doc.lang, blocks[end].text)
            and all(_title_alone(doc, b, k == end - 1) for k, b in enumerate(blocks[start:end], start)))


def _titled_parts(doc: Doc, blocks: list[Block], runs: list[tuple[int, int]]) -> list[PartDraft]:
    """The parts of parts-headed-by-title: each with its title, its blocks up to the next title, and the
    label of its position in the language's sequence of sections (I, II…; أولا، ثانيا…), which the text
    does not print — the model's parts always have a short label, and the UN's files number such sections
    (`<num>I</num>`) —, with a warning that says so."""
    lg = doc.lang
    sequence = lg.section_labels or lg.part_labels
    out = []
    for n, (start, end) in enumerate(runs):
        stop = runs[n + 1][0] if n + 1 < len(runs) else len(blocks)
        title = join(lg, [b.content for b in blocks[start:end]])
        label = sequence[n] if n < len(sequence) else str(n + 1)
        doc.warn("text-part-label", f"part {n + 1}, {title.text[:40]!r}, is headed by its title alone: labelled "
                 f"{label!r}, its position in the language's sequence of sections", blocks[start].line)
        out.append(PartDraft(label, title, blocks[start].line, blocks[end:stop]))
        doc.fired("parts", blocks[start].line)
    return out


_CLAUSE_END = tuple(",;:.،؛，；：。")
_TITLE_LINE_END = tuple(c for c in _CLAUSE_END if c not in ":：")


def _title_alone(doc: Doc, b: Block, last: bool = True) -> bool:
    """A section's title: a line with no mark, that opens with no paragraph number or opening phrase and
    ends with no clause's punctuation (but a colon, on a line of it that is not its last)."""
    text = b.text.strip()
    ends = _CLAUSE_END if last else _TITLE_LINE_END
    return (bool(text) and not b.marks and not text.endswith(ends)
            and not doc.lang.paragraph_number.match(text) and not starts_with_head(doc.lang, text))


def _numbered_from_one(doc: Doc, blocks: list[Block], at: list[int]) -> bool:
    """Whether the sections number their paragraphs from 1, each its own, as parts do — two at
    least; a section of one unnumbered paragraph numbers none (sections whose numbers run on
    through the resolution — the law of the sea's "I", "II" — are headings). Numbered paragraphs
    before the first section make them sections of the operative part, numbered on their own under
    their headings (rule section-numbered-on-its-own), not parts: a resolution in parts has no
    operative paragraph before its first part."""
    if any(not b.heading and doc.lang.paragraph_number.match(b.text) for b in blocks[:at[0]]):
        return False
    ends = at[1:] + [len(blocks)]
    firsts = [next((m.group("num") for b in blocks[start + 1:end] if not b.heading
                    and (m := doc.lang.paragraph_number.match(b.text))), None)
              for start, end in zip(at, ends, strict=True)]
    numbered = [n for n in firsts if n is not None]
    return len(numbered) >= 2 and all(n == "1" for n in numbered)


RULES: tuple[Rule, ...] = (
    Rule("parts", "parts", split_parts, "headings holding two part labels or more, the first 'A', make a "
         "resolution in parts; or the part its symbol names first ('A/RES/81/250 B-C')"),
    Rule("part-formula-without-comma", "parts", formula_without_comma, "a heading line under a part's label that "
         "is the formula without its comma is the part's formula, not the end of its title"),
    Rule("parts-named-by-symbol", "parts", part_labels, "parts labelled by the Latin letters the symbol names them "
         "by, where the language's sequence is another"),
    Rule("parts-in-sequence", "parts", _labelled, "the part labels after the first run on in their sequence "
         "(A, B, C): a section's 'I' or 'V' heading inside a part is no part"),
    Rule("parts-headed-by-title", "parts", titled_sections, "sections headed by their title alone, the body "
         "opening with one, each with a preamble and paragraphs numbered from 1, are parts labelled by their titles"),
    Rule("parts-in-sections", "parts", _labelled, "headings holding two section labels or more (the language's "
         "section sequence: I, II…), the first its first, and no part labels: the sections are the parts"),
)
