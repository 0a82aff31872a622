"""The resolution model: frozen dataclasses mirroring schema/resolution.schema.json one to one.

Conversions to and from plain dicts live here so that every writer and reader shares one
definition of the JSON shape. Lists are tuples so that a model is hashable and comparable.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = "1.0"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
VOTE_TYPES = ("without_vote", "recorded", "consensus", "unknown")
VOTE_SIDES = ("in_favour", "against", "abstaining")


@dataclass(frozen=True)
class FootnoteRef:
    marker: str
    offset: int


@dataclass(frozen=True)
class Footnote:
    marker: str
    text: str


@dataclass(frozen=True)
class Session:
    number: int | None = None
    label: str | None = None
    start_date: str | None = None
    end_date: str | None = None


@dataclass(frozen=True)
class Meeting:
    number: int | None = None
    label: str | None = None


@dataclass(frozen=True)
class Metadata:
    symbol: str | None = None
    language: str = "en"
    body: str | None = None
    body_name: str | None = None
    session: Session | None = None
    resolution_number: str | None = None
    title: str | None = None
    adoption_date: str | None = None
    meeting: Meeting | None = None
    job_number: str | None = None
    issue_date: str | None = None
    distribution: str | None = None
    original_language: str | None = None
    origin: str | None = None


@dataclass(frozen=True)
class AgendaItem:
    number: str
    title: str | None = None


@dataclass(frozen=True)
class PreambularParagraph:
    text: str
    opening: str | None = None
    footnote_refs: tuple[FootnoteRef, ...] = ()


@dataclass(frozen=True)
class Preamble:
    formula: str | None = None
    paragraphs: tuple[PreambularParagraph, ...] = ()


@dataclass(frozen=True)
class SubParagraph:
    label: str
    text: str
    footnote_refs: tuple[FootnoteRef, ...] = ()
    subparagraphs: tuple[SubParagraph, ...] = ()


@dataclass(frozen=True)
class WrapUp:
    """Text that closes a paragraph after its list of sub-paragraphs ("…; and to consider how…")."""

    text: str
    footnote_refs: tuple[FootnoteRef, ...] = ()


@dataclass(frozen=True)
class OperativeParagraph:
    number: str | None
    text: str
    opening: str | None = None
    footnote_refs: tuple[FootnoteRef, ...] = ()
    subparagraphs: tuple[SubParagraph, ...] = ()
    wrap_up: WrapUp | None = None
    # Headings printed right before the paragraph, one per line ("MINUSCA's mandate", "Priority tasks").
    headings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Part:
    """One part of a resolution adopted in parts ("A", "B"…, each with its own title, preamble and
    operative paragraphs numbered from 1), after the preamble the parts share."""

    label: str
    title: str | None = None
    formula: str | None = None
    preamble: tuple[PreambularParagraph, ...] = ()
    operative: tuple[OperativeParagraph, ...] = ()


@dataclass(frozen=True)
class Member:
    name: str
    iso3: str | None = None


@dataclass(frozen=True)
class VoteSide:
    count: int
    members: tuple[Member, ...] = ()


@dataclass(frozen=True)
class Vote:
    type: str = "unknown"
    text: str | None = None
    footnote_refs: tuple[FootnoteRef, ...] = ()
    in_favour: VoteSide | None = None
    against: VoteSide | None = None
    abstaining: VoteSide | None = None

    def sides(self) -> list[tuple[str, VoteSide]]:
        return [(name, side) for name in VOTE_SIDES if (side := getattr(self, name)) is not None]


@dataclass(frozen=True)
class AnnexParagraph:
    text: str
    footnote_refs: tuple[FootnoteRef, ...] = ()


@dataclass(frozen=True)
class Annex:
    title: str | None = None
    paragraphs: tuple[AnnexParagraph, ...] = ()


@dataclass(frozen=True)
class Resolution:
    metadata: Metadata
    agenda_items: tuple[AgendaItem, ...] = ()
    preamble: Preamble = field(default_factory=Preamble)
    operative: tuple[OperativeParagraph, ...] = ()
    parts: tuple[Part, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    vote: Vote = field(default_factory=Vote)
    annexes: tuple[Annex, ...] = ()
    schema_version: str = SCHEMA_VERSION

    def texts(self):
        """Yields (JSON Pointer, text, footnote_refs) for every text that can carry footnote marks,
        in document order: preamble, operative paragraphs, the vote, annexes."""
        for i, p in enumerate(self.preamble.paragraphs):
            yield f"/preamble/paragraphs/{i}", p.text, p.footnote_refs
        yield from _operative_texts("/operative", self.operative)
        for k, part in enumerate(self.parts):
            for i, p in enumerate(part.preamble):
                yield f"/parts/{k}/preamble/{i}", p.text, p.footnote_refs
            yield from _operative_texts(f"/parts/{k}/operative", part.operative)
        if self.vote.text is not None:
            yield "/vote", self.vote.text, self.vote.footnote_refs
        for i, a in enumerate(self.annexes):
            for j, p in enumerate(a.paragraphs):
                yield f"/annexes/{i}/paragraphs/{j}", p.text, p.footnote_refs

    def reference_order(self) -> list[str]:
        """Footnote markers in the order their first references appear."""
        order: list[str] = []
        for _, _, refs in self.texts():
            for r in sorted(refs, key=lambda r: r.offset):
                if r.marker not in order:
                    order.append(r.marker)
        return order


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


def _operative_texts(pointer: str, paragraphs: tuple[OperativeParagraph, ...]):
    for i, p in enumerate(paragraphs):
        yield f"{pointer}/{i}", p.text, p.footnote_refs
        yield from _sub_texts(f"{pointer}/{i}", p.subparagraphs)
        if p.wrap_up is not None:
            yield f"{pointer}/{i}/wrap_up", p.wrap_up.text, p.wrap_up.footnote_refs


def _sub_texts(pointer: str, subs: tuple[SubParagraph, ...]):
    for i, s in enumerate(subs):
        yield f"{pointer}/subparagraphs/{i}", s.text, s.footnote_refs
        yield from _sub_texts(f"{pointer}/subparagraphs/{i}", s.subparagraphs)


# Key order of the JSON form is the field order of the dataclasses, except that the
# schema version comes first for readers skimming a file.
def to_dict(obj: Any) -> Any:
    if isinstance(obj, Resolution):
        out = {"schema_version": obj.schema_version}
        for f in fields(obj):
            if f.name != "schema_version":
                out[f.name] = to_dict(getattr(obj, f.name))
        return out
    if is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_dict(x) for x in obj]
    return obj


def _refs(items) -> tuple[FootnoteRef, ...]:
    return tuple(FootnoteRef(r["marker"], r["offset"]) for r in items or ())


def _subs(items) -> tuple[SubParagraph, ...]:
    return tuple(
        SubParagraph(s["label"], s["text"], _refs(s.get("footnote_refs")), _subs(s.get("subparagraphs")))
        for s in items or ()
    )


def _preambular(items) -> tuple[PreambularParagraph, ...]:
    return tuple(PreambularParagraph(p["text"], p.get("opening"), _refs(p.get("footnote_refs"))) for p in items or ())


def _operative(items) -> tuple[OperativeParagraph, ...]:
    return tuple(
        OperativeParagraph(p.get("number"), p["text"], p.get("opening"), _refs(p.get("footnote_refs")),
                           _subs(p.get("subparagraphs")), _wrap_up(p.get("wrap_up")), tuple(p.get("headings") or ()))
        for p in items or ()
    )


def _wrap_up(d) -> WrapUp | None:
    return None if d is None else WrapUp(d["text"], _refs(d.get("footnote_refs")))


def _side(d) -> VoteSide | None:
    if d is None:
        return None
    return VoteSide(d["count"], tuple(Member(m["name"], m.get("iso3")) for m in d.get("members") or ()))


def from_dict(d: dict) -> Resolution:
    """Builds a model from a dict that has passed the JSON Schema."""
    m = d["metadata"]
    s = m.get("session")
    mt = m.get("meeting")
    metadata = Metadata(
        symbol=m.get("symbol"),
        language=m["language"],
        body=m.get("body"),
        body_name=m.get("body_name"),
        session=None if s is None else Session(s.get("number"), s.get("label"), s.get("start_date"), s.get("end_date")),
        resolution_number=m.get("resolution_number"),
        title=m.get("title"),
        adoption_date=m.get("adoption_date"),
        meeting=None if mt is None else Meeting(mt.get("number"), mt.get("label")),
        job_number=m.get("job_number"),
        issue_date=m.get("issue_date"),
        distribution=m.get("distribution"),
        original_language=m.get("original_language"),
        origin=m.get("origin"),
    )
    pre = d.get("preamble") or {}
    v = d.get("vote") or {}
    return Resolution(
        schema_version=d.get("schema_version", SCHEMA_VERSION),
        metadata=metadata,
        agenda_items=tuple(AgendaItem(a["number"], a.get("title")) for a in d.get("agenda_items") or ()),
        preamble=Preamble(
            pre.get("formula"),
            _preambular(pre.get("paragraphs")),
        ),
        operative=_operative(d.get("operative")),
        parts=tuple(
            Part(k["label"], k.get("title"), k.get("formula"), _preambular(k.get("preamble")),
                 _operative(k.get("operative")))
            for k in d.get("parts") or ()
        ),
        footnotes=tuple(Footnote(f["marker"], f["text"]) for f in d.get("footnotes") or ()),
        vote=Vote(
            v.get("type", "unknown"),
            v.get("text"),
            _refs(v.get("footnote_refs")),
            _side(v.get("in_favour")),
            _side(v.get("against")),
            _side(v.get("abstaining")),
        ),
        annexes=tuple(
            Annex(
                a.get("title"),
                tuple(AnnexParagraph(p["text"], _refs(p.get("footnote_refs"))) for p in a.get("paragraphs") or ()),
            )
            for a in d.get("annexes") or ()
        ),
    )
