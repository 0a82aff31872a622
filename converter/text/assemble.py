"""Stage `assemble`: the drafts become the frozen model; marks become footnote references, and a
note whose mark reached nowhere is reported."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..langs import bodies
from ..model import (
    Annex,
    AnnexParagraph,
    Footnote,
    FootnoteRef,
    Meeting,
    Metadata,
    OperativeParagraph,
    Part,
    Preamble,
    PreambularParagraph,
    Resolution,
    Session,
    SubParagraph,
    Table,
    Vote,
    WrapUp,
    read_agenda_number,
)
from ..symbols import parse_symbol
from .marked import Marked, normalize_text
from .openings import opening
from .state import AnnexDraft, Block, Doc, OpDraft, SubDraft
from .tables import as_table

# An ordinal above this is a year ("2023 session"), not a session's number.
SESSION_MAX = 999


def assemble(doc: Doc) -> None:
    """Stage: doc.result."""
    lg, h = doc.lang, doc.header
    title, title_refs = _refs(doc, h.title) if h.title else (None, ())
    preamble = _preambular(doc, doc.preamble)
    tables, part_tables = _body_tables(doc)
    operative = _operative(doc, doc.operative)
    parts = []
    for k, p in enumerate(doc.parts):
        part_title, part_refs = _refs(doc, p.title) if p.title else (None, ())
        parts.append(Part(p.label, part_title, p.formula, _preambular(doc, p.preamble), _operative(doc, p.operative),
                          part_refs, part_tables.get(k, ())))
    annexes = [_annex(doc, a) for a in doc.annexes]
    vote = _vote(doc)
    footnotes = []
    for note in doc.notes:
        if note.marker not in doc.used:
            doc.warn("footnote-unreferenced", f"footnote {note.marker!r} has no reference mark in the text", note.line)
        footnotes.append(Footnote(note.marker, normalize_text(lg, note.text)))
    meeting = Meeting(h.meeting_number, h.meeting_label) if h.meeting_number is not None else None
    # What the printed symbol says by the symbol grammar: its canonical spelling and the kind of session.
    parsed = parse_symbol(doc.symbol) if doc.symbol else None
    session = _session(doc)
    if session is not None and parsed is not None:
        session = replace(session, type=parsed.session_type)
    metadata = Metadata(
        symbol=doc.symbol, language=lg.code, body=h.body, body_name=h.body_name, session=session,
        normalized_symbol=parsed.canonical if parsed is not None else None,
        resolution_number=h.resolution_number, title=title, title_footnote_refs=title_refs,
        adoption_date=h.adoption_date, meeting=meeting,
        job_number=doc.job_number, issue_date=h.issue_date, distribution=h.distribution,
        original_language=h.original_language, origin=h.origin,
    )
    formula = doc.seg.formula
    doc.result = Resolution(metadata=metadata, agenda_items=tuple(replace(a, item=n, sub_item=sub) for a in h.agenda
                                                               for n, sub in [read_agenda_number(a.number)]),
                            # (The formula as printed, its comma apart or not: the UN's Arabic texts set "… ،" so.)
                            preamble=Preamble(normalize_text(lg, formula) if formula else None, preamble),
                            operative=operative, parts=tuple(parts), footnotes=tuple(footnotes), vote=vote,
                            annexes=tuple(annexes), tables=tables)


def _body_tables(doc: Doc) -> tuple[tuple[Table, ...], dict[int, tuple[Table, ...]]]:
    """operative-table: each table of the body after the operative paragraphs printed before it — of
    the resolution, or of the part it is printed in (the last part opening before its line)."""
    tables: list[Table] = []
    by_part: dict[int, list[Table]] = {}
    # (each list's paragraph lines, sorted once: a table's position is found by bisection — counted again for each
    # table, many tables among many paragraphs cost the square of their number)
    op_lines = [sorted(op.line for op in ops) for ops in [doc.operative] + [p.operative for p in doc.parts]]
    drafts = doc.body_tables
    drafts.reverse()  # (each draft let go once it is the model's, as _subs does)
    while drafts:
        line, t = drafts.pop()
        k = max((i for i, p in enumerate(doc.parts) if p.line < line), default=None)
        before = bisect_left(op_lines[0 if k is None else k + 1], line)
        table = as_table(before, t)
        (tables if k is None else by_part.setdefault(k, [])).append(table)
    return tuple(tables), {k: tuple(v) for k, v in by_part.items()}


def _annex(doc: Doc, a: AnnexDraft) -> Annex:
    title, title_refs = _refs(doc, a.title) if a.title is not None else (None, ())
    paragraphs = tuple(AnnexParagraph(*_refs(doc, text), number, heads, _subs(doc, subs))
                       for number, heads, text, subs in a.paragraphs)
    tables = tuple(as_table(position, t) for position, t in a.tables)
    return Annex(title, paragraphs, a.label, tables, title_refs)


def _refs(doc: Doc, m: Marked) -> tuple[str, tuple[FootnoteRef, ...]]:
    """A text and its footnote references; their notes count as referenced."""
    if not m.marks:
        return m.text, ()
    doc.used.update(m.markers)
    return m.text, tuple(FootnoteRef(k.marker, k.at) for k in m.marks)


def _preambular(doc: Doc, blocks: list[Block]) -> tuple[PreambularParagraph, ...]:
    out = []
    for b in blocks:
        text, refs = _refs(doc, b.content)
        out.append(PreambularParagraph(text, opening(doc.lang, text), refs))
    return tuple(out)


def _operative(doc: Doc, ops: list[OpDraft]) -> tuple[OperativeParagraph, ...]:
    out = []
    ops.reverse()  # (each draft let go once it is the model's, as _subs does: many paragraphs are not held twice)
    while ops:
        op = ops.pop()
        text, refs = _refs(doc, op.text.joined(doc.lang))
        subs = _subs(doc, op.subs)
        if not text.strip() and subs:
            # list-without-intro: a number and then a list ("58." / "(a) Requests the Secretary-General
            # … including on:"): the first point's words are the paragraph's text, its points and the
            # others the list — as the AKN reader reads the UN's markup of the same layout. (An empty
            # text is no paragraph the schema takes: the document was not written.)
            lead, cut = subs[0], len(subs[0].label) + 1
            text = f"{lead.label} {lead.text}"
            refs = tuple(FootnoteRef(r.marker, r.offset + cut) for r in lead.footnote_refs)
            subs = lead.subparagraphs + subs[1:]
        wrap_up = None if op.wrap_up is None else WrapUp(*_refs(doc, op.wrap_up.joined(doc.lang)))
        head = None if op.quoted else opening(doc.lang, text, numbered=op.number is not None)
        out.append(OperativeParagraph(op.number, text, head, refs, subs, wrap_up, op.headings))
    return tuple(out)


def _subs(doc: Doc, subs: list[SubDraft] | None) -> tuple[SubParagraph, ...]:
    if not subs:
        return ()
    out = []
    # Each draft is let go once it is the model's (a long list is not held twice): the drafts'
    # lists are empty after this stage.
    subs.reverse()
    while subs:
        s = subs.pop()
        text, refs = _refs(doc, s.text.joined(doc.lang))
        out.append(SubParagraph(s.label, text, refs, _subs(doc, s.subs), (), s.heads))
    return tuple(out)


def _vote(doc: Doc) -> Vote:
    v = doc.vote
    if v is None:
        return Vote()
    if v.text is None:
        return Vote(v.kind, None, (), v.in_favour, v.against, v.abstaining, procedure=v.procedure)
    return Vote(v.kind, *_refs(doc, v.text), v.in_favour, v.against, v.abstaining, procedure=v.procedure)


def _session(doc: Doc) -> Session | None:
    h = doc.header
    label = h.session_label
    if label is None:
        return None
    n = doc.lang.ordinal(label) if label else None
    number = h.resolution_number
    # A session named by its year ("2022 session", the Economic and Social Council's) keeps it when
    # the resolution's number is of that year ("2022/1"); other numbers this large are no ordinal.
    if n is not None and n > SESSION_MAX and not (number or "").startswith(f"{n}/"):
        n = None
    body = bodies().get(h.body or "")
    head = number.split("/")[0] if number and "/" in number else ""
    if n is None and head.isdecimal() and body is not None and body.session_in_number:
        n = int(head)  # (not a number such as "دإط-12/3", an emergency session's in Arabic)
    return Session(n, normalize_text(doc.lang, label) if label else None, h.session_start, h.session_end)
