"""Model → plain text in the UN's layout for the model's language (what parse.py reads back).

One logical paragraph per line, separated by blank lines; footnote marks glued to what they
follow, their digits raised (superscripts, as the printed resolution raises them: "1949³" and
"2015–2030,²" cannot read as numbers, which marks of plain digits glued to a year or a number's
comma would) and footnote texts after the closing block; the vote in square brackets.
"""

from __future__ import annotations

from ..inline import runs
from ..langs import Lang, lang
from ..model import FootnoteRef, OperativeParagraph, Resolution, SubParagraph, Table
from .marks import raised
from .tables import table_lines


def _marked(text: str, refs: tuple[FootnoteRef, ...]) -> str:
    return "".join(piece + "".join(raised(m) for m in marks) for piece, _, _, marks in runs(text, refs))


def render_text(res: Resolution) -> str:
    lg = lang(res.metadata.language)
    blocks: list[str] = []
    _cover(blocks, lg, res)
    _title(blocks, lg, res)
    if res.preamble.formula:
        blocks.append(res.preamble.formula)
    for p in res.preamble.paragraphs:
        blocks.append(_marked(p.text, p.footnote_refs))
    _operative(blocks, lg, res.operative, res.tables)
    for part in res.parts:
        # The label and the title stand alone on their lines, as headings do.
        blocks.append(part.label)
        if part.title:
            blocks.append(_marked(part.title, part.title_footnote_refs))
        if part.formula:
            blocks.append(part.formula)
        for p in part.preamble:
            blocks.append(_marked(p.text, p.footnote_refs))
        _operative(blocks, lg, part.operative, part.tables)
    _closing(blocks, lg, res)
    for annex in res.annexes:
        # The label as printed ("Annex II"), the title, and each paragraph after its headings, with
        # its number as printed ("1.", "1 -"), as the UN prints an annex; each table in plain
        # text's table form (tables.py), after the headings of the paragraph it stands before.
        blocks.append(annex.label or lg.t["formats"]["annex"])
        if annex.title:
            blocks.append(_marked(annex.title, annex.title_footnote_refs))
        for j, ap in enumerate(annex.paragraphs):
            blocks.extend(ap.headings)
            _tables(blocks, annex.tables, j)
            text = _marked(ap.text, ap.footnote_refs)
            blocks.append(f"{ap.number} {text}" if ap.number else text)
            # (its list indented under it, as printed: an annex's labelled paragraphs, "(a)" beside
            # "1.", stand at the margin — rule annex-indented-items)
            _subs(blocks, ap.subparagraphs, ANNEX_INDENT)
        _tables(blocks, annex.tables, len(annex.paragraphs), last=True)
    for f in res.footnotes:
        blocks.append(f"{f.marker} {f.text}")
    return "\n\n".join(blocks) + "\n"


def _cover(blocks: list[str], lg: Lang, res: Resolution) -> None:
    md = res.metadata
    if md.symbol:
        blocks.append(md.symbol)
    if md.job_number:
        blocks.append(md.job_number)  # as at the foot of the first page
    if md.distribution:
        blocks.append(lg.t["formats"]["distribution"].format(v=md.distribution))
    if md.issue_date:
        blocks.append(lg.format_date(md.issue_date))
    if md.original_language:
        names = lg.t["language_names"][md.original_language]
        blocks.append(lg.t["formats"]["original"].format(v=names[0]))
    if md.body_name:
        blocks.append(md.body_name)
    s = md.session
    if s is not None and (s.label or (s.start_date and s.end_date)):
        # (a session the model knows by its dates alone: the dates, where the label would stand above them)
        if s.label:
            blocks.append(s.label)
        if s.start_date and s.end_date:
            sep = lg.t["range_separators"][0]
            blocks.append(f"{lg.format_date(s.start_date)}{sep}{lg.format_date(s.end_date)}")
    for item in res.agenda_items:
        blocks.append(lg.t["formats"]["agenda"].format(n=item.number))
        if item.title:
            blocks.append(item.title)
    if md.origin:
        blocks.append(f"[{md.origin}]")


def _title(blocks: list[str], lg: Lang, res: Resolution) -> None:
    md = res.metadata
    if md.resolution_number and "(" in md.resolution_number:
        blocks.append(lg.t["formats"]["sc_heading"].format(n=md.resolution_number))
    if md.resolution_number and "/" in md.resolution_number:
        title = _marked(md.title, md.title_footnote_refs) if md.title else ""
        blocks.append(f"{md.resolution_number}. {title}".rstrip())


def _closing(blocks: list[str], lg: Lang, res: Resolution) -> None:
    md = res.metadata
    if md.adoption_date:
        blocks.append(lg.format_date(md.adoption_date))
    if md.meeting is not None and md.meeting.label:
        blocks.append(md.meeting.label)
    vote = res.vote
    if vote.text is None and vote.type == "unknown" and not vote.sides():
        return
    sentence = _marked(vote.text, vote.footnote_refs) if vote.text is not None else vote_statement(lg, res)
    if vote.text is None and not any(side.members for _, side in vote.sides()):
        blocks.append(f"[{sentence}]")  # the counts are in the sentence: no empty lists under it
        return
    parts = [sentence]
    for name, side in vote.sides():
        parts.append(lg.vote["sides"][name][0])
        names = [m.name for m in side.members]
        if len(names) > 1 and lg.vote["last_separator"] != lg.vote["separator"]:
            listed = lg.vote["separator"].join(names[:-1]) + lg.vote["last_separator"] + names[-1]
        else:
            listed = lg.vote["separator"].join(names)
        parts.append(listed + (lg.vote.get("list_end") or "") if names else "")
    blocks.append("[" + "\n".join(x for x in parts if x) + "]")


def vote_statement(lg: Lang, res: Resolution) -> str:
    """A vote statement for a model that has the vote but not its sentence (the General Assembly's
    and the Security Council's AKN carry the vote in their metadata only), in the language's words,
    so that the text says all the model knows: the type, the counts, and a vote cast in writing."""
    vote, v = res.vote, lg.vote
    counts = {name: side.count for name, side in vote.sides()}
    if vote.type in v["modalities"]:
        said = v["modalities"][vote.type][0]
    elif vote.type == "consensus":
        said = v["consensus"][0]
    elif vote.type == "without_vote":
        said = v["render_without"][:-1]
    elif any(side.members for _, side in vote.sides()):
        sides = ("in_favour", "against", "abstaining")
        recorded = str(v["render_recorded"].format(**{k: counts.get(k, 0) for k in sides}))
        if vote.procedure == "in_writing":
            # The counting sentence says it too, before its full stop ("… 1 abstentions; voting by
            # mail. The voting was as follows:"): the lists follow the sentence after it.
            stop = v["render_without"][-1]
            at = recorded.find(stop)
            recorded = recorded[:at] + "; " + v["in_writing"][0] + recorded[at:] if at >= 0 else recorded
        return recorded
    else:
        said = v["recorded"][0]
    if set(counts) == {"in_favour", "against", "abstaining"}:
        said += " " + v["render_counts"].format(**counts)
    elif set(counts) == {"in_favour"}:
        said += " " + v["render_in_favour"].format(**counts)
    if vote.procedure == "in_writing" and vote.type != "silence_procedure":
        said += "; " + v["in_writing"][0]
    return said + v["render_without"][-1]  # the statement's full stop, as the language writes it


def _operative(blocks: list[str], lg: Lang, paragraphs: tuple[OperativeParagraph, ...],
               tables: tuple[Table, ...]) -> None:
    """Operative paragraphs, each after its headings, and the tables among them (model 1.3) after the
    paragraph they follow, before the next one's headings."""
    for i, p in enumerate(paragraphs):
        _tables(blocks, tables, i)
        blocks.extend(p.headings)  # each on its own line, as printed
        text = _marked(p.text, p.footnote_refs)
        blocks.append(f"{lg.format_paragraph_number(p.number)} {text}" if p.number else text)
        _subs(blocks, p.subparagraphs)
        if p.wrap_up is not None:
            blocks.append(_marked(p.wrap_up.text, p.wrap_up.footnote_refs))
    _tables(blocks, tables, len(paragraphs), last=True)


def _tables(blocks: list[str], tables: tuple[Table, ...], position: int, last: bool = False) -> None:
    """The tables standing after `position` paragraphs (last: and any past the end, which rules
    annex-table-position and table-position forbid but the text still keeps)."""
    for t in tables:
        if t.position == position or (last and t.position > position):
            blocks.append("\n".join(table_lines(t, lambda c: _marked(c.text, c.footnote_refs))))


def _subs(blocks: list[str], subs: tuple[SubParagraph, ...], indent: str = "") -> None:
    """Sub-paragraphs, each on its line; indent: how far each level of an annex paragraph's list
    stands in ("" in the body, where the labels tell the levels)."""
    for s in subs:
        blocks.extend(s.headings)  # each on its own line above the item, as printed
        blocks.append(f"{indent}{s.label} {_marked(s.text, s.footnote_refs)}")
        _subs(blocks, s.subparagraphs, indent + indent[:len(ANNEX_INDENT)])


# How far each level of an annex paragraph's list is indented.
ANNEX_INDENT = "    "
