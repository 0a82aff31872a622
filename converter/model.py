"""The resolution model: frozen dataclasses mirroring schema/resolution.schema.json one to one.

Conversions to and from plain dicts live here so that every writer and reader shares one
definition of the JSON shape. Lists are tuples so that a model is hashable and comparable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from typing import Any

SCHEMA_VERSION = "1.3"
# Versions a file may declare: a 1.0, 1.1 or 1.2 file reads into a 1.3 model (every field a later version
# added takes its default), so the model always carries the current version.
READABLE_VERSIONS = ("1.0", "1.1", "1.2", "1.3")
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
VOTE_TYPES = ("without_vote", "recorded", "consensus", "acclamation", "silence_procedure", "unanimous", "unknown")
# The types that take no count: nobody voted, so there are no sides to list.
VOTE_TYPES_WITHOUT_SIDES = ("without_vote", "consensus", "acclamation", "silence_procedure", "unknown")
VOTE_SIDES = ("in_favour", "against", "abstaining")
# Members that took no side: present and not voting, or absent. Listed beside the sides, never counted
# among the votes cast.
VOTE_OTHERS = ("non_voting", "absent")
VOTE_PROCEDURES = ("meeting", "in_writing")
SESSION_TYPES = ("regular", "special", "emergency_special")


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink on a run of text (AKN `a`/`ref`): the run starts at `offset` and is `length`
    code points long, like a footnote reference's offset."""

    offset: int
    length: int
    href: str


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    marker: str
    offset: int


@dataclass(frozen=True, slots=True)
class Footnote:
    marker: str
    text: str
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Session:
    number: int | None = None
    label: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    # regular, special or emergency_special; None when the document does not say.
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Meeting:
    number: int | None = None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Metadata:
    symbol: str | None = None
    language: str = "en"
    body: str | None = None
    body_name: str | None = None
    session: Session | None = None
    resolution_number: str | None = None
    title: str | None = None
    # 1.2: footnote marks on the title (a note on the whole resolution, often "*").
    title_footnote_refs: tuple[FootnoteRef, ...] = ()
    adoption_date: str | None = None
    meeting: Meeting | None = None
    job_number: str | None = None
    issue_date: str | None = None
    distribution: str | None = None
    original_language: str | None = None
    origin: str | None = None
    # 1.1: the symbol in its canonical spelling (converter/symbols.py), for look-ups.
    normalized_symbol: str | None = None
    draft_symbol: str | None = None
    sponsors: tuple[Member, ...] = ()
    additional_sponsors: tuple[Member, ...] = ()
    subjects: tuple[Subject, ...] = ()
    meeting_record: str | None = None


@dataclass(frozen=True, slots=True)
class Subject:
    """A subject term the UN's library indexes the resolution under (AKN classification keyword)."""

    term: str
    vocabulary: str | None = None
    uri: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    number: str
    title: str | None = None
    # 1.1: the printed number read: item 71 and sub-item "b" (or "ب", "с", "mm") of "71 (b)".
    item: int | None = None
    sub_item: str | None = None


# An agenda item's printed number: the item, then a sub-item in brackets or before a closing one
# ("71 (b)", "19 с)", "99(mm)", "71 (ب)").
AGENDA_NUMBER = re.compile(r"(\d+)(?:[\s\u00a0]*\(?([^()]+?)\)?)?")


def read_agenda_number(number: str) -> tuple[int | None, str | None]:
    """The item and sub-item a printed agenda number states (rule agenda-item-mismatch compares them)."""
    m = AGENDA_NUMBER.fullmatch(number.strip())
    if m is None:
        return None, None
    return int(m.group(1)), (m.group(2) or "").strip() or None


@dataclass(frozen=True, slots=True)
class PreambularParagraph:
    text: str
    opening: str | None = None
    footnote_refs: tuple[FootnoteRef, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Preamble:
    formula: str | None = None
    paragraphs: tuple[PreambularParagraph, ...] = ()


@dataclass(frozen=True, slots=True)
class SubParagraph:
    label: str
    text: str
    footnote_refs: tuple[FootnoteRef, ...] = ()
    subparagraphs: tuple[SubParagraph, ...] = ()
    links: tuple[Link, ...] = ()
    # 1.2: headings printed right before the item ("Protection of civilians" / "(a) …"), at most two.
    headings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WrapUp:
    """Text that closes a paragraph after its list of sub-paragraphs ("…; and to consider how…")."""

    text: str
    footnote_refs: tuple[FootnoteRef, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class OperativeParagraph:
    number: str | None
    text: str
    opening: str | None = None
    footnote_refs: tuple[FootnoteRef, ...] = ()
    subparagraphs: tuple[SubParagraph, ...] = ()
    wrap_up: WrapUp | None = None
    # Headings printed right before the paragraph, one per line ("MINUSCA's mandate", "Priority tasks").
    headings: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a resolution adopted in parts ("A", "B"…, each with its own title, preamble and
    operative paragraphs numbered from 1), after the preamble the parts share."""

    label: str
    title: str | None = None
    formula: str | None = None
    preamble: tuple[PreambularParagraph, ...] = ()
    operative: tuple[OperativeParagraph, ...] = ()
    # 1.2: footnote marks on the part's title.
    title_footnote_refs: tuple[FootnoteRef, ...] = ()
    # 1.3: tables among the part's operative paragraphs (position: after the first `position` of them).
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    iso3: str | None = None


@dataclass(frozen=True, slots=True)
class VoteSide:
    count: int
    members: tuple[Member, ...] = ()


@dataclass(frozen=True, slots=True)
class Vote:
    type: str = "unknown"
    text: str | None = None
    footnote_refs: tuple[FootnoteRef, ...] = ()
    in_favour: VoteSide | None = None
    against: VoteSide | None = None
    abstaining: VoteSide | None = None
    # 1.1: members of the body that took no side, and how the votes were cast.
    non_voting: VoteSide | None = None
    absent: VoteSide | None = None
    procedure: str | None = None
    links: tuple[Link, ...] = ()

    def sides(self) -> list[tuple[str, VoteSide]]:
        """The sides votes were cast on (in favour, against, abstaining), as the text lists them."""
        return [(name, side) for name in VOTE_SIDES if (side := getattr(self, name)) is not None]

    def member_lists(self) -> list[tuple[str, VoteSide]]:
        """Every list of members: the sides, then those that did not vote and those absent."""
        return self.sides() + [(name, side) for name in VOTE_OTHERS if (side := getattr(self, name)) is not None]


@dataclass(frozen=True, slots=True)
class AnnexParagraph:
    text: str
    footnote_refs: tuple[FootnoteRef, ...] = ()
    # 1.1: the paragraph's number or label as printed ("1.", "(a)", "I."), the headings printed
    # before it, and its list of sub-paragraphs.
    number: str | None = None
    headings: tuple[str, ...] = ()
    subparagraphs: tuple[SubParagraph, ...] = ()
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    footnote_refs: tuple[FootnoteRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    """A table standing after the first `position` paragraphs of its annex, or (1.3) of the operative
    part it is in (a budget resolution's staffing changes between operative paragraphs)."""

    position: int
    rows: tuple[Row, ...] = ()
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class Annex:
    title: str | None = None
    paragraphs: tuple[AnnexParagraph, ...] = ()
    # 1.1: the label as printed ("Annex", "Annex II", "附件一") and the annex's tables.
    label: str | None = None
    tables: tuple[Table, ...] = ()
    # 1.2: footnote marks on the annex's title ("Declaration on …*").
    title_footnote_refs: tuple[FootnoteRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    metadata: Metadata
    agenda_items: tuple[AgendaItem, ...] = ()
    preamble: Preamble = field(default_factory=Preamble)
    operative: tuple[OperativeParagraph, ...] = ()
    parts: tuple[Part, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    vote: Vote = field(default_factory=Vote)
    annexes: tuple[Annex, ...] = ()
    # 1.3: tables among the operative paragraphs (position: after the first `position` of them).
    tables: tuple[Table, ...] = ()
    schema_version: str = SCHEMA_VERSION

    def texts(self, marked: Marked | None = None) -> Iterator[tuple[str, str, tuple[FootnoteRef, ...]]]:
        """Yields (JSON Pointer, text, footnote_refs) for every text that can carry footnote marks,
        in document order: preamble, operative paragraphs, the vote, annexes (paragraphs with
        their sub-paragraphs, then table cells). `marked`: what marked() gave, walked once for
        several readers (rules.check), or None (walked here)."""
        for pointer, node in self._marked() if marked is None else marked:
            yield pointer, node.text, node.footnote_refs

    def linked_texts(self, marked: Marked | None = None) -> Iterator[tuple[str, str, tuple[Link, ...]]]:
        """Yields (JSON Pointer, text, links) for every text that can carry links, footnotes included
        (`marked`: as for texts())."""
        for pointer, node in self._marked() if marked is None else marked:
            if type(node) is not Cell and type(node) is not TitleText:  # cells and titles carry no links
                yield pointer, node.text, node.links
        for i, f in enumerate(self.footnotes):
            yield f"/footnotes/{i}", f.text, f.links

    def marked(self) -> Marked:
        """The walk of texts() and linked_texts() over the model, once: (JSON Pointer, node) of every
        node whose text can carry footnote marks (see _marked)."""
        return tuple(self._marked())

    def _marked(self) -> Iterator[tuple[str, Any]]:
        """(JSON Pointer, node) of every node whose text can carry footnote marks, in document order;
        a title is seen as a TitleText (its pointer is the title string's, see refs_pointer)."""
        if self.metadata.title is not None:
            yield "/metadata/title", TitleText(self.metadata.title, self.metadata.title_footnote_refs)
        for i, p in enumerate(self.preamble.paragraphs):
            yield f"/preamble/paragraphs/{i}", p
        yield from _operative_nodes("", self.operative, self.tables)
        for k, part in enumerate(self.parts):
            if part.title is not None:
                yield f"/parts/{k}/title", TitleText(part.title, part.title_footnote_refs)
            for i, p in enumerate(part.preamble):
                yield f"/parts/{k}/preamble/{i}", p
            yield from _operative_nodes(f"/parts/{k}", part.operative, part.tables)
        if self.vote.text is not None:
            yield "/vote", self.vote
        for i, a in enumerate(self.annexes):
            if a.title is not None:
                yield f"/annexes/{i}/title", TitleText(a.title, a.title_footnote_refs)
            for j, ap in enumerate(a.paragraphs):
                yield f"/annexes/{i}/paragraphs/{j}", ap
                yield from _sub_nodes(f"/annexes/{i}/paragraphs/{j}", ap.subparagraphs)
            for t, table in enumerate(a.tables):
                yield from _cell_nodes(f"/annexes/{i}/tables/{t}", table)

    def with_footnote_refs(self, refs: Iterator[tuple[FootnoteRef, ...]]) -> Resolution:
        """The model with each marked text's footnote refs taken in turn from refs, in the order of
        texts() (readers that place marks on the texts found, e.g. a PDF's or a Word file's)."""

        def subs(items: tuple[SubParagraph, ...]) -> tuple[SubParagraph, ...]:
            return tuple(replace(s, footnote_refs=next(refs), subparagraphs=subs(s.subparagraphs)) for s in items)

        def ops(items: tuple[OperativeParagraph, ...], tables: tuple[Table, ...]
                ) -> tuple[tuple[OperativeParagraph, ...], tuple[Table, ...]]:
            out: list[OperativeParagraph] = []
            done: dict[int, Table] = {}
            for kind, i, node in in_document_order(items, tables):
                if kind == "table":
                    done[i] = _table_with_refs(node, refs)
                    continue
                r = next(refs)
                sub = subs(node.subparagraphs)
                wrap = None if node.wrap_up is None else replace(node.wrap_up, footnote_refs=next(refs))
                out.append(replace(node, footnote_refs=r, subparagraphs=sub, wrap_up=wrap))
            return tuple(out), tuple(done[t] for t in range(len(tables)))

        def pre(items: tuple[PreambularParagraph, ...]) -> tuple[PreambularParagraph, ...]:
            return tuple(replace(p, footnote_refs=next(refs)) for p in items)

        def title(refs_now: tuple[FootnoteRef, ...], text: str | None) -> tuple[FootnoteRef, ...]:
            return refs_now if text is None else next(refs)

        md = replace(self.metadata, title_footnote_refs=title(self.metadata.title_footnote_refs, self.metadata.title))
        preamble = replace(self.preamble, paragraphs=pre(self.preamble.paragraphs))
        operative, tables = ops(self.operative, self.tables)
        parts = []
        for part in self.parts:
            part_title = title(part.title_footnote_refs, part.title)
            part_pre = pre(part.preamble)
            part_ops, part_tables = ops(part.operative, part.tables)
            parts.append(replace(part, title_footnote_refs=part_title, preamble=part_pre, operative=part_ops,
                                 tables=part_tables))
        vote = replace(self.vote, footnote_refs=next(refs)) if self.vote.text is not None else self.vote
        return replace(self, metadata=md, preamble=preamble, operative=operative, tables=tables, parts=tuple(parts),
                       vote=vote, annexes=tuple(_annex_with_refs(a, refs) for a in self.annexes))

    def reference_order(self, marked: Marked | None = None) -> list[str]:
        """Footnote markers in the order their first references appear (`marked`: as for texts())."""
        order: dict[str, None] = {}
        for _, _, refs in self.texts(marked):
            for r in sorted(refs, key=_offset) if len(refs) > 1 else refs:
                order.setdefault(r.marker)
        return list(order)


    def operative_lists(self):
        """(JSON Pointer, operative paragraphs) of the resolution and of each of its parts."""
        yield "/operative", self.operative
        for k, part in enumerate(self.parts):
            yield f"/parts/{k}/operative", part.operative

    def preambular_lists(self):
        """(JSON Pointer, preambular paragraphs) of the resolution and of each of its parts."""
        yield "/preamble/paragraphs", self.preamble.paragraphs
        for k, part in enumerate(self.parts):
            yield f"/parts/{k}/preamble", part.preamble


def _annex_with_refs(annex: Annex, refs: Iterator[tuple[FootnoteRef, ...]]) -> Annex:
    """An annex with its texts' refs taken in turn from refs, in the order of Resolution._marked."""

    def subs(items: tuple[SubParagraph, ...]) -> tuple[SubParagraph, ...]:
        return tuple(replace(s, footnote_refs=next(refs), subparagraphs=subs(s.subparagraphs)) for s in items)

    title = annex.title_footnote_refs if annex.title is None else next(refs)
    paragraphs = tuple(replace(p, footnote_refs=next(refs), subparagraphs=subs(p.subparagraphs))
                       for p in annex.paragraphs)
    tables = tuple(_table_with_refs(t, refs) for t in annex.tables)
    return replace(annex, title_footnote_refs=title, paragraphs=paragraphs, tables=tables)


def _table_with_refs(table: Table, refs: Iterator[tuple[FootnoteRef, ...]]) -> Table:
    """A table with each cell's refs taken in turn from refs (the order of _cell_nodes)."""
    return replace(table, rows=tuple(replace(r, cells=tuple(replace(c, footnote_refs=next(refs)) for c in r.cells))
                                     for r in table.rows))


def _offset(ref: FootnoteRef) -> int:
    return ref.offset


# (JSON Pointer, node) of the nodes whose text can carry footnote marks (Resolution.marked).
Marked = tuple[tuple[str, Any], ...]


def refs_pointer(where: str) -> str:
    """The JSON Pointer of the footnote refs of the text at `where` (a pointer texts() yields): a
    paragraph keeps them beside its text, `…/footnote_refs`; a title, a string, beside it in its
    object, `…/title_footnote_refs`."""
    return f"{where}_footnote_refs" if where.endswith("/title") else f"{where}/footnote_refs"


@dataclass(frozen=True, slots=True)
class TitleText:
    """A title (of the resolution, a part or an annex) seen as a text that carries footnote marks,
    so that every walk over marked texts meets it in document order."""

    text: str
    footnote_refs: tuple[FootnoteRef, ...]


def _operative_nodes(where: str, paragraphs: tuple[OperativeParagraph, ...],
                     tables: tuple[Table, ...]) -> Iterator[tuple[str, Any]]:
    """The marked nodes of an operative part (`where`: "" or "/parts/k"), its tables' cells among
    its paragraphs in document order."""
    for kind, i, node in in_document_order(paragraphs, tables):
        if kind == "table":
            yield from _cell_nodes(f"{where}/tables/{i}", node)
            continue
        pointer = f"{where}/operative/{i}"
        yield pointer, node
        yield from _sub_nodes(pointer, node.subparagraphs)
        if node.wrap_up is not None:
            yield f"{pointer}/wrap_up", node.wrap_up


def in_document_order(paragraphs: tuple[OperativeParagraph, ...], tables: tuple[Table, ...]
                      ) -> Iterator[tuple[str, int, Any]]:
    """("paragraph", index, paragraph) and ("table", index, table) in the order they are printed: each
    table after the first `position` paragraphs (tables of one position in their order; a position past
    the end, which rule table-position forbids, at the end)."""
    waiting = sorted(enumerate(tables), key=lambda t: t[1].position)
    for i, p in enumerate(paragraphs):
        while waiting and waiting[0][1].position <= i:
            t, table = waiting.pop(0)
            yield "table", t, table
        yield "paragraph", i, p
    for t, table in waiting:
        yield "table", t, table


def _cell_nodes(pointer: str, table: Table) -> Iterator[tuple[str, Any]]:
    """The cells of a table, row by row (their texts carry marks)."""
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            yield f"{pointer}/rows/{r}/cells/{c}", cell


def _sub_nodes(pointer: str, subs: tuple[SubParagraph, ...]) -> Iterator[tuple[str, Any]]:
    for i, s in enumerate(subs):
        yield f"{pointer}/subparagraphs/{i}", s
        yield from _sub_nodes(f"{pointer}/subparagraphs/{i}", s.subparagraphs)


# Key order of the JSON form is the field order of the dataclasses, except that the
# schema version comes first for readers skimming a file.
def to_dict(obj: Any) -> Any:
    names = json_keys(type(obj))
    if names is not None:
        out = {}
        for name in names:
            value = getattr(obj, name)
            # Most values are strings, numbers or None: kept as they are without a call.
            out[name] = value if type(value) in _SCALARS else to_dict(value)
        return out
    if isinstance(obj, tuple | list):
        return [x if type(x) in _SCALARS else to_dict(x) for x in obj]
    return obj


_SCALARS = frozenset({str, int, float, bool, type(None)})


def json_keys(cls: type) -> tuple[str, ...] | None:
    """The keys of the JSON form of a model class, in order (None: not a model class). Found once per
    class: dataclasses.fields() and is_dataclass() per value were most of the cost of to_dict."""
    try:
        return _JSON_KEYS[cls]
    except KeyError:
        pass
    names = tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None
    if names is not None and cls is Resolution:
        # (and the tables of the operative part, 1.3, after its paragraphs, as the schema lists them)
        rest = [n for n in names if n not in ("schema_version", "tables")]
        names = ("schema_version", *rest[:rest.index("operative") + 1], "tables", *rest[rest.index("operative") + 1:])
    _JSON_KEYS[cls] = names
    return names


_JSON_KEYS: dict[type, tuple[str, ...] | None] = {}


# (An absent or empty list, most of them, is () without a generator.)
def _refs(items) -> tuple[FootnoteRef, ...]:
    return tuple(FootnoteRef(r["marker"], r["offset"]) for r in items) if items else ()


def _links(items) -> tuple[Link, ...]:
    return tuple(Link(k["offset"], k["length"], k["href"]) for k in items) if items else ()


def _subs(items) -> tuple[SubParagraph, ...]:
    if not items:
        return ()
    return tuple(
        SubParagraph(s["label"], s["text"], _refs(s.get("footnote_refs")), _subs(s.get("subparagraphs")),
                     _links(s.get("links")), tuple(s.get("headings") or ()))
        for s in items
    )


def _preambular(items) -> tuple[PreambularParagraph, ...]:
    return tuple(PreambularParagraph(p["text"], p.get("opening"), _refs(p.get("footnote_refs")), _links(p.get("links")))
                 for p in items or ())


def _operative(items) -> tuple[OperativeParagraph, ...]:
    return tuple(
        OperativeParagraph(p.get("number"), p["text"], p.get("opening"), _refs(p.get("footnote_refs")),
                           _subs(p.get("subparagraphs")), _wrap_up(p.get("wrap_up")), tuple(p.get("headings") or ()),
                           _links(p.get("links")))
        for p in items or ()
    )


def _wrap_up(d) -> WrapUp | None:
    return None if d is None else WrapUp(d["text"], _refs(d.get("footnote_refs")), _links(d.get("links")))


def _members(items) -> tuple[Member, ...]:
    return tuple(Member(m["name"], m.get("iso3")) for m in items or ())


def _side(d) -> VoteSide | None:
    if d is None:
        return None
    return VoteSide(d["count"], _members(d.get("members")))


def _annex(a) -> Annex:
    paragraphs = tuple(
        AnnexParagraph(p["text"], _refs(p.get("footnote_refs")), p.get("number"), tuple(p.get("headings") or ()),
                       _subs(p.get("subparagraphs")), _links(p.get("links")))
        for p in a.get("paragraphs") or ())
    return Annex(a.get("title"), paragraphs, a.get("label"), _tables(a.get("tables")),
                 _refs(a.get("title_footnote_refs")))


def _tables(items) -> tuple[Table, ...]:
    return tuple(
        Table(t["position"], tuple(Row(tuple(Cell(c["text"], c.get("header", False), c.get("colspan", 1),
                                                  c.get("rowspan", 1), _refs(c.get("footnote_refs")))
                                             for c in r.get("cells") or ())) for r in t.get("rows") or ()),
              t.get("caption"))
        for t in items or ())


def from_dict(d: dict) -> Resolution:
    """Builds a model from a dict that has passed the JSON Schema of its version (1.0, 1.1, 1.2 or 1.3).

    An earlier version's file reads as 1.3: the fields later versions added take their defaults
    (null, [] or, for a session's type, null: a 1.0 file never says which kind of session it was)."""
    m = d["metadata"]
    s = m.get("session")
    mt = m.get("meeting")
    metadata = Metadata(
        symbol=m.get("symbol"),
        language=m["language"],
        body=m.get("body"),
        body_name=m.get("body_name"),
        session=None if s is None else Session(s.get("number"), s.get("label"), s.get("start_date"),
                                               s.get("end_date"), s.get("type")),
        resolution_number=m.get("resolution_number"),
        title=m.get("title"),
        title_footnote_refs=_refs(m.get("title_footnote_refs")),
        adoption_date=m.get("adoption_date"),
        meeting=None if mt is None else Meeting(mt.get("number"), mt.get("label")),
        job_number=m.get("job_number"),
        issue_date=m.get("issue_date"),
        distribution=m.get("distribution"),
        original_language=m.get("original_language"),
        origin=m.get("origin"),
        normalized_symbol=m.get("normalized_symbol"),
        draft_symbol=m.get("draft_symbol"),
        sponsors=_members(m.get("sponsors")),
        additional_sponsors=_members(m.get("additional_sponsors")),
        subjects=tuple(Subject(k["term"], k.get("vocabulary"), k.get("uri")) for k in m.get("subjects") or ()),
        meeting_record=m.get("meeting_record"),
    )
    pre = d.get("preamble") or {}
    v = d.get("vote") or {}
    return Resolution(
        metadata=metadata,
        agenda_items=tuple(AgendaItem(a["number"], a.get("title"), a.get("item"), a.get("sub_item"))
                           for a in d.get("agenda_items") or ()),
        preamble=Preamble(
            pre.get("formula"),
            _preambular(pre.get("paragraphs")),
        ),
        operative=_operative(d.get("operative")),
        parts=tuple(
            Part(k["label"], k.get("title"), k.get("formula"), _preambular(k.get("preamble")),
                 _operative(k.get("operative")), _refs(k.get("title_footnote_refs")), _tables(k.get("tables")))
            for k in d.get("parts") or ()
        ),
        footnotes=tuple(Footnote(f["marker"], f["text"], _links(f.get("links"))) for f in d.get("footnotes") or ()),
        vote=Vote(
            v.get("type", "unknown"),
            v.get("text"),
            _refs(v.get("footnote_refs")),
            _side(v.get("in_favour")),
            _side(v.get("against")),
            _side(v.get("abstaining")),
            _side(v.get("non_voting")),
            _side(v.get("absent")),
            v.get("procedure"),
            _links(v.get("links")),
        ),
        annexes=tuple(_annex(a) for a in d.get("annexes") or ()),
        tables=_tables(d.get("tables")),
    )


# Building a model object: a frozen dataclass's own __init__ sets each field by object.__setattr__
# (its __setattr__ refuses), ≈ 1.3 K instructions a field: most of from_dict's cost and much of the
# readers'. Each model class's __init__ is made again here with the same parameters and defaults:
# it makes the new object, for the time of its fields' assignment, an instance of a twin class with
# the same slots and no __setattr__ of its own (plain slot stores), then of its class again. The
# object is the class's, frozen, equal and hashed as the dataclass's __init__ would make it
# (tests/test_model.py holds the two to the same objects for every class). A class with a default
# factory (Resolution: one a document) keeps the dataclass's __init__. The functions of all classes
# are compiled in one source (one compile costs about what 25 small ones cost each).
def _fast_inits(classes: list[type]) -> None:
    # (the object's class set by its descriptor: no look-up of the name through the frozen class)
    scope: dict[str, Any] = {"_set_class": vars(object)["__class__"].__set__}
    sources = []
    for k, cls in enumerate(classes):
        names = [f.name for f in fields(cls)]
        slots = vars(cls).get("__slots__")
        # (a class whose dataclass __init__ does more — a default factory, a field not set by it, a
        # __post_init__ — keeps it)
        if (any(f.default_factory is not MISSING or not f.init for f in fields(cls)) or tuple(names) != slots
                or hasattr(cls, "__post_init__")):
            continue
        scope[f"_twin{k}"] = type(f"{cls.__name__}Building", (), {"__slots__": slots})
        scope[f"_cls{k}"] = cls
        params = []
        for f in fields(cls):
            if f.default is MISSING:
                params.append(f.name)
            else:
                scope[f"_default{k}_{f.name}"] = f.default
                params.append(f"{f.name}=_default{k}_{f.name}")
        sources.append(f"def _init{k}(self, {', '.join(params)}):\n    _set_class(self, _twin{k})\n"
                       + "".join(f"    self.{name} = {name}\n" for name in names) + f"    self.__class__ = _cls{k}\n")
    # (a source made of the classes' own field names; the file name is what a traceback shows)
    exec(compile("".join(sources), "<unres.model: the model classes' __init__>", "exec"), scope)
    for k, cls in enumerate(classes):
        if (init := scope.get(f"_init{k}")) is not None:
            init.__name__, init.__qualname__ = "__init__", f"{cls.__qualname__}.__init__"
            init.__module__ = cls.__module__
            own = vars(cls)["__init__"]
            init.__annotations__ = dict(own.__annotations__)
            cls.__dataclass_init__ = own  # type: ignore[attr-defined]  # (kept for tests/test_model.py)
            cls.__init__ = init  # type: ignore[misc]


_fast_inits([v for v in list(globals().values())
             if isinstance(v, type) and is_dataclass(v) and v.__module__ == __name__])
