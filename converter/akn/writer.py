"""Model → Akoma Ntoso 3.0, in the shape of the UN's AKN4UN files, with members linked to ISO codes.

eIds are made by rule from the structure (AKN naming convention: `para_3__list_1__point_b`),
so the same model always gives byte-identical XML.
"""

from __future__ import annotations

from lxml import etree

from ..langs import lang
from ..model import FootnoteRef, Resolution, SubParagraph
from . import AKN4UN_NS, AKN_NS

A = f"{{{AKN_NS}}}"
NSMAP = {None: AKN_NS, "akn4un": AKN4UN_NS}
GENERATOR = "#unres"

AUTHORS = {"GA": "unga", "HRC": "unga-hrc", "SC": "unsc", "ECOSOC": "unecosoc"}
OUTCOMES = {"without_vote": "adoptedWithoutVote", "recorded": "adoptedRecordedVote",
            "consensus": "adoptedByConsensus", "unknown": "adoptionUnknown"}
SIDE_IDS = {"in_favour": "inFavour", "against": "against", "abstaining": "abstaining"}


def _el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    e = etree.SubElement(parent, A + tag, {k.rstrip("_"): v for k, v in attrs.items() if v is not None})
    if text is not None:
        e.text = text
    return e


def work_iri(res: Resolution) -> str:
    md = res.metadata
    author = AUTHORS.get(md.body or "", (md.body or "un").lower())
    date = md.adoption_date or md.issue_date or "0001-01-01"
    number = (md.resolution_number or "unnumbered").replace("/", "-").replace(" ", "").replace("(", "-").rstrip(")")
    return f"/akn/un/statement/deliberation/{author}/{date}/{number}"


def frbr_iris(res: Resolution) -> dict[str, str]:
    work = work_iri(res)
    expr = f"{work}/{lang(res.metadata.language).iso639_2}@"
    return {"work": work, "work_this": f"{work}/!main", "expr": expr, "expr_this": f"{expr}/!main",
            "manif": f"{expr}.xml", "manif_this": f"{expr}/!main.xml"}


def to_akn(res: Resolution) -> bytes:
    root = etree.Element(A + "akomaNtoso", nsmap=NSMAP)
    st = _el(root, "statement", name="resolution")
    notes = _Notes(res)
    _meta(st, res)
    _cover(st, res)
    _preface(st, res, notes)
    _preamble(st, res, notes)
    _body(st, res, notes)
    _conclusions(st, res, notes)
    for i, annex in enumerate(res.annexes, start=1):
        _annex(st, annex, i, notes)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=False)


class _Notes:
    """Numbers authorialNotes in document order and gives each its footnote text."""

    def __init__(self, res: Resolution):
        self.text = {f.marker: f.text for f in res.footnotes}
        self.count = 0

    def add(self, parent, marker: str) -> etree._Element:
        self.count += 1
        note = _el(parent, "authorialNote", marker=marker, placement="bottom", eId=f"authorialNote_{self.count}")
        _el(note, "p", self.text.get(marker, ""))
        return note


def _append(target, text: str) -> None:
    children = list(target)
    if children:
        children[-1].tail = (children[-1].tail or "") + text
    else:
        target.text = (target.text or "") + text


def _inline_text(p, text: str, refs: tuple[FootnoteRef, ...], notes: _Notes, opening: str | None = None):
    """Fills p with text, the opening phrase in a span and an authorialNote at each reference offset."""
    by_offset: dict[int, list[str]] = {}
    for r in refs:
        by_offset.setdefault(min(r.offset, len(text)), []).append(r.marker)
    span_end = len(opening) if opening and text.startswith(opening) else 0
    stops = sorted(set(by_offset) | {len(text)} | ({span_end} if span_end else set()))
    span = None
    pos = 0
    for stop in stops:
        piece = text[pos:stop]
        if piece:
            if pos < span_end:
                if span is None:
                    span = _el(p, "span", class_="italic")
                _append(span, piece)
            else:
                _append(p, piece)
        pos = stop
        for marker in by_offset.get(stop, []):
            notes.add(span if span is not None and 0 < stop < span_end else p, marker)
    if not text and not refs:
        p.text = ""


def _meta(st, res: Resolution) -> None:
    md = res.metadata
    lg = lang(md.language)
    iris = frbr_iris(res)
    date = md.adoption_date or md.issue_date or "0001-01-01"
    meta = _el(st, "meta")
    ident = _el(meta, "identification", source=GENERATOR)
    author = "#" + (md.body or "un").lower()
    for kind, this, uri, d, name in (
        ("FRBRWork", iris["work_this"], iris["work"], date, "adoption" if md.adoption_date else "unknown"),
        ("FRBRExpression", iris["expr_this"], iris["expr"], md.issue_date or date, "publication"),
        ("FRBRManifestation", iris["manif_this"], iris["manif"], md.issue_date or date, "markup"),
    ):
        frbr = _el(ident, kind)
        _el(frbr, "FRBRthis", value=this)
        _el(frbr, "FRBRuri", value=uri)
        _el(frbr, "FRBRdate", date=d, name=name)
        _el(frbr, "FRBRauthor", href=author if kind != "FRBRManifestation" else GENERATOR)
        if kind == "FRBRWork":
            _el(frbr, "FRBRcountry", value="un")
            if md.resolution_number:
                _el(frbr, "FRBRnumber", value=md.resolution_number)
        if kind == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language=lg.iso639_2)
    vote = res.vote
    if vote.type != "unknown":
        analysis = _el(meta, "analysis", source=GENERATOR)
        parl = _el(analysis, "parliamentary")
        voting = _el(parl, "voting", outcome=OUTCOMES[vote.type], eId="voting_1")
        if not vote.sides():
            # The XSD wants a quorum or a count in every voting element.
            _el(voting, "quorum", eId="voting_1__quorum", value="", refersTo="#" + OUTCOMES[vote.type])
        for side_name, side in vote.sides():
            count = _el(voting, "count", value=str(side.count), refersTo="#" + SIDE_IDS[side_name],
                        eId=f"voting_1__count_{SIDE_IDS[side_name]}")
            if side.members:
                voters = etree.SubElement(count, f"{{{AKN4UN_NS}}}voters")
                for m in side.members:
                    _el(voters, "organization", m.name, refersTo=_member_ref(m.iso3))
    refs = _el(meta, "references", source=GENERATOR)
    _el(refs, "TLCOrganization", eId="unres", href="/akn/ontology/organization/unres", showAs="unres")
    if md.body:
        name = md.body_name or (lg.bodies.get(md.body, {}).get("name") or md.body)
        _el(refs, "TLCOrganization", eId=md.body.lower(), href=f"/akn/ontology/organization/un/{md.body}",
            showAs=name)
    _el(refs, "TLCOrganization", eId="un", href="/akn/ontology/organization/un", showAs="United Nations")
    for concept in ("symbol", "jobNumber", "dateOfIssuance", "dateOfAdoption", "session", "startDate", "endDate",
                    "adoption", "meeting", "agendaItem", "originalLanguage", "origin"):
        _el(refs, "TLCConcept", eId=concept, href=f"/akn/ontology/concept/un/{concept}", showAs=concept)
    _el(refs, "TLCConcept", eId=OUTCOMES[vote.type], href=f"/akn/ontology/concept/un/{OUTCOMES[vote.type]}",
        showAs=OUTCOMES[vote.type])
    for side_id in SIDE_IDS.values():
        _el(refs, "TLCTerm", eId=side_id, href=f"/akn/ontology/concept/un/voting/{side_id}", showAs=side_id)
    _el(refs, "TLCTerm", eId="memberState", href="/akn/ontology/organization/un/memberState", showAs="Member State")
    seen = set()
    from ..members import members

    table = members()
    for _, side in vote.sides():
        for m in side.members:
            if m.iso3 and m.iso3 not in seen:
                seen.add(m.iso3)
                show = table.name(m.iso3, "en") if table.is_member(m.iso3) else m.name
                _el(refs, "TLCOrganization", eId=f"member_{m.iso3}",
                    href=f"/akn/ontology/organization/iso3166-1/{m.iso3}", showAs=show)


def _member_ref(iso3: str | None) -> str:
    return f"#member_{iso3}" if iso3 else "#memberState"


def _cover(st, res: Resolution) -> None:
    md = res.metadata
    cover = _el(st, "coverPage", eId="coverPage")
    if md.symbol:
        _el(_el(cover, "p"), "docNumber", md.symbol, refersTo="#symbol")
    if md.body_name:
        _el(_el(cover, "p"), "docAuthority", md.body_name, refersTo="#" + (md.body or "un").lower())
    elif md.body:
        _el(_el(cover, "p"), "inline", "", name="body", refersTo="#" + md.body.lower())
    if md.body and md.body_name:
        pass
    if md.distribution:
        _el(_el(cover, "p"), "docStatus", md.distribution, refersTo="#un")
    if md.issue_date:
        _el(_el(cover, "p"), "docDate", lang(md.language).format_date(md.issue_date), date=md.issue_date,
            refersTo="#dateOfIssuance")
    if md.original_language:
        _el(_el(cover, "p"), "inline", md.original_language, name="originalLanguage", refersTo="#originalLanguage")
    if md.job_number:
        _el(_el(cover, "p"), "docketNumber", md.job_number, refersTo="#jobNumber")
    s = md.session
    if s is not None:
        p = _el(cover, "p", class_="session")
        if s.number is not None:
            _el(p, "session", s.label or "", value=str(s.number), refersTo="#session",
                class_=None if s.label is not None else "unlabelled")
        else:
            _el(p, "inline", s.label or "", name="session", refersTo="#session",
                class_=None if s.label is not None else "unlabelled")
        if s.start_date or s.end_date:
            ev = _el(cover, "p", class_="sessionDates")
            event = _el(ev, "event", refersTo="#session")
            lg = lang(md.language)
            if s.start_date:
                _el(event, "date", lg.format_date(s.start_date), date=s.start_date, refersTo="#startDate")
            if s.end_date:
                if s.start_date:
                    _el(event, "eol")
                _el(event, "date", lg.format_date(s.end_date), date=s.end_date, refersTo="#endDate")
    for i, item in enumerate(res.agenda_items, start=1):
        p = _el(cover, "p", class_="agendaItem")
        _el(p, "inline", item.number, name="agendaItem", title=item.number, refersTo="#agendaItem",
            eId=f"coverPage__agendaItem_{i}")
        if item.title is not None:
            _el(p, "inline", item.title, name="agendaItemTitle")
    if md.origin:
        _el(_el(cover, "p"), "docProponent", md.origin, refersTo="#origin")


def _preface(st, res: Resolution, notes: _Notes) -> None:
    md = res.metadata
    if md.resolution_number is None and md.title is None:
        return
    p = _el(_el(st, "preface", eId="preface"), "p")
    if md.resolution_number:
        _el(p, "docNumber", md.resolution_number)
    if md.title:
        _el(p, "docTitle", md.title)


def _preamble(st, res: Resolution, notes: _Notes) -> None:
    pre = res.preamble
    if pre.formula is None and not pre.paragraphs:
        return
    el = _el(st, "preamble", eId="preamble")
    if pre.formula is not None:
        _el(_el(el, "formula", name="enactingFormula", eId="preamble__formula_1"), "p", pre.formula)
    for i, para in enumerate(pre.paragraphs, start=1):
        c = _el(el, "container", name=para.opening or "preambularParagraph", eId=f"preamble__container_{i}")
        _inline_text(_el(c, "p"), para.text, para.footnote_refs, notes, para.opening)


def _body(st, res: Resolution, notes: _Notes) -> None:
    body = _el(st, "mainBody", eId="mainBody")
    used: set[str] = set()
    for i, para in enumerate(res.operative, start=1):
        # eIds follow the printed number; a repeated or missing number falls back to the position.
        eid = f"para_{para.number}" if para.number is not None else f"para_unnumbered_{i}"
        if eid in used:
            eid = f"para_{i}_dup"
        used.add(eid)
        p = _el(body, "paragraph", eId=eid)
        if para.number is not None:
            _el(p, "num", lang(res.metadata.language).format_paragraph_number(para.number))
        _content_or_list(p, eid, para.text, para.footnote_refs, para.subparagraphs, notes, para.opening)


def _content_or_list(parent, eid, text, refs, subs: tuple[SubParagraph, ...], notes, opening=None) -> None:
    if not subs:
        _inline_text(_el(_el(parent, "content", eId=f"{eid}__content"), "p"), text, refs, notes, opening)
        return
    lst = _el(parent, "list", eId=f"{eid}__list_1")
    _inline_text(_el(_el(lst, "intro", eId=f"{eid}__list_1__intro"), "p"), text, refs, notes, opening)
    for j, sub in enumerate(subs, start=1):
        sid = f"{eid}__list_1__point_{j}"
        point = _el(lst, "point", eId=sid)
        _el(point, "num", sub.label)
        _content_or_list(point, sid, sub.text, sub.footnote_refs, sub.subparagraphs, notes)


def _conclusions(st, res: Resolution, notes: _Notes) -> None:
    md, vote = res.metadata, res.vote
    lg = lang(md.language)
    if md.meeting is None and md.adoption_date is None and vote.text is None and vote.type == "unknown":
        return
    concl = _el(st, "conclusions", eId="conclusions")
    if md.meeting is not None or md.adoption_date:
        event = _el(_el(concl, "p"), "event", refersTo="#adoption")
        if md.meeting is not None:
            _el(event, "location", md.meeting.label or "", refersTo="#meeting",
                title=None if md.meeting.number is None else str(md.meeting.number),
                class_=None if md.meeting.label is not None else "unlabelled")
            if md.adoption_date:
                _el(event, "eol")
        if md.adoption_date:
            _el(event, "docDate", lg.format_date(md.adoption_date), date=md.adoption_date, refersTo="#dateOfAdoption")
    if vote.text is not None or vote.type != "unknown":
        p = _el(concl, "p", class_="vote")
        v = _el(p, "vote", by="#" + (md.body or "un").lower(), refersTo="#" + OUTCOMES[vote.type],
                eId="conclusions__vote_1")
        if vote.text is not None:
            outcome = _el(v, "outcome", refersTo="#" + OUTCOMES[vote.type])
            _inline_text(outcome, vote.text, vote.footnote_refs, notes)
        else:
            v.set("class", "noText")
    for side_name, side in vote.sides():
        p = _el(concl, "p", class_="voteSide", eId=f"conclusions__{SIDE_IDS[side_name]}")
        heading = lg.vote["sides"][side_name][0]
        _el(p, "inline", heading, name="voteSide", refersTo="#" + SIDE_IDS[side_name])
        _el(p, "quantity", str(side.count), normalized=str(side.count), refersTo="#" + SIDE_IDS[side_name])
        for k, m in enumerate(side.members):
            org = _el(p, "organization", m.name, refersTo=_member_ref(m.iso3))
            if k + 1 < len(side.members):
                org.tail = lg.vote["separator"]


def _annex(st, annex, i: int, notes: _Notes) -> None:
    att = _el(st, "attachments") if st.find(A + "attachments") is None else st.find(A + "attachments")
    doc = _el(_el(att, "attachment", eId=f"att_{i}"), "doc", name="annex")
    meta = _el(doc, "meta")
    ident = _el(meta, "identification", source=GENERATOR)
    for kind in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
        frbr = _el(ident, kind)
        _el(frbr, "FRBRthis", value=f"/akn/un/doc/annex/{i}/!main")
        _el(frbr, "FRBRuri", value=f"/akn/un/doc/annex/{i}")
        _el(frbr, "FRBRdate", date="0001-01-01", name="unknown")
        _el(frbr, "FRBRauthor", href=GENERATOR)
        if kind == "FRBRWork":
            _el(frbr, "FRBRcountry", value="un")
        if kind == "FRBRExpression":
            _el(frbr, "FRBRlanguage", language="und")
    if annex.title is not None:
        _el(_el(doc, "preface"), "p").append(_make("docTitle", annex.title))
    body = _el(doc, "mainBody")
    if not annex.paragraphs:
        _el(body, "p", class_="empty")
    for j, para in enumerate(annex.paragraphs, start=1):
        _inline_text(_el(body, "p", eId=f"att_{i}__p_{j}"), para.text, para.footnote_refs, notes)


def _make(tag: str, text: str) -> etree._Element:
    e = etree.Element(A + tag)
    e.text = text
    return e
