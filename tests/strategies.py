"""Hypothesis strategies: arbitrary valid resolutions in the six languages.

`resolutions(lang, hostile=True)` draws texts that break naive code: right-to-left and CJK text,
combining marks, NBSP and other Unicode spaces, quotes and brackets, "1." and "*" inside
sentences, XML special characters, long paragraphs. `hostile=False` draws texts from words of
the language, which is what the plain-text layout (where a mark is just a glued digit) can carry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from hypothesis import strategies as st

from unres.chars import XML_INVISIBLE_CONTROLS
from unres.langs import lang
from unres.members import members
from unres.model import (
    AgendaItem,
    Annex,
    AnnexParagraph,
    Cell,
    Footnote,
    FootnoteRef,
    Link,
    Meeting,
    Member,
    Metadata,
    OperativeParagraph,
    Part,
    Preamble,
    PreambularParagraph,
    Resolution,
    Row,
    Session,
    Subject,
    SubParagraph,
    Table,
    Vote,
    VoteSide,
    WrapUp,
)
from unres.symbols import grammar, normalize_symbol, to_roman
from unres.text.marked import normalize_text as normalize_space
from unres.text.parse import opening

LANGS = ("ar", "en", "es", "fr", "ru", "zh")
BODY_SIZE = {"GA": 193, "HRC": 47, "SC": 15, "ECOSOC": 54}

# Characters that make trouble: XML specials, quotes, brackets, spaces of all kinds, RTL and CJK
# letters, combining marks, digits and dots that look like numbering, asterisks.
HOSTILE = "&<>\"'“”«»()[]{}/\\*.:;,-–—\u00a0\u2009\u202f\u3000 \t" \
          "abcXYZéçñ\u0301\u0308اسلام\u0651中文人权\u200d1234567890"


def _hostile_text(min_size: int = 1, max_size: int = 40):
    base = st.text(alphabet=st.sampled_from(list(HOSTILE)), min_size=min_size, max_size=max_size)
    # Not the invisible formatting characters every reader removes with a warning (converter/chars.py):
    # a model holding one is not the model its JSON or AKN reads back as.
    general = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn"),
                                    blacklist_characters=XML_INVISIBLE_CONTROLS),
                      min_size=min_size, max_size=max_size)
    # A very long paragraph, cheap to draw: a short piece repeated.
    long = st.builds(lambda piece, n: piece * n, base, st.integers(50, 200))
    return st.one_of(base, base, general, long).filter(lambda s: s.strip() != "")


WORDS = {
    "en": "the council states rights development cooperation report human welcomes peace women children "
          "support international national regional calls upon urges all",
    "fr": "le conseil États droits développement coopération rapport humains paix femmes enfants appui "
          "international national régional demande engage",
    "es": "el consejo Estados derechos desarrollo cooperación informe humanos paz mujeres niños apoyo "
          "internacional nacional regional exhorta insta",
    "ru": "совет государства права развитие сотрудничество доклад человека мир женщины дети поддержка "
          "международный национальный региональный призывает",
    "zh": "理事会 各国 权利 发展 合作 报告 人权 和平 妇女 儿童 支持 国际 国家 区域 促请 敦促",
    "ar": "المجلس الدول الحقوق التنمية التعاون التقرير الإنسان السلام المرأة الأطفال الدعم الدولي الوطني",
}
CLOSERS = {"zh": ("，", "；", "。"), "ar": ("،", "؛", ".")}


def _words_text(code: str, end: str):
    sep = "" if code == "zh" else " "
    return st.lists(st.sampled_from(WORDS[code].split()), min_size=6, max_size=40).map(
        lambda ws: WordText(sep.join(ws) + end, _word_ends(ws, sep)))


# Russian preambular paragraphs open in lower case, as its operative ones do, and with a head (a
# gerund or participle, "признавая"): never with an operative verb. The reader takes a line opening with
# one and ending with a comma, then a line in lower case without a head, for one paragraph a page break
# cut (lowercase-after-comma: paragraph-block extractions), so a preambular paragraph drawn from the
# words does not open with one there.
OPERATIVE_VERBS = {"ru": frozenset({"призывает"})}


@st.composite
def _announced_items(draw, code: str, ops: list[OperativeParagraph]) -> list[OperativeParagraph]:
    """A numbered paragraph, not the last, that announces unlabelled items ("… held as follows:"), and
    the items after it: paragraphs without a number or opening phrase (model rule: unnumbered
    paragraphs may follow one ending with a colon; readers: announced-items), opening with a capital
    as a new line of the printed list does."""
    i = draw(st.integers(0, len(ops) - 2))
    p = ops[i]
    if p.subparagraphs or p.wrap_up is not None:
        return ops
    # (The closer swapped for a colon: the same length, so the paragraph's notes keep their offsets.)
    lead = dataclasses.replace(p, text=p.text[:-1] + ("：" if code == "zh" else ":"))
    items = [OperativeParagraph(None, t[:1].upper() + t[1:], None)
             for t in draw(st.lists(_words_text(code, CLOSERS.get(code, (",", ";", "."))[1]), min_size=1, max_size=3))]
    return [*ops[:i], lead, *items, *ops[i + 1:]]


def _preambular_words(code: str, end: str):
    verbs = OPERATIVE_VERBS.get(code, frozenset())
    return _words_text(code, end).filter(lambda t: t.split(" ", 1)[0] not in verbs)


class WordText(str):
    """A text drawn from words, knowing where its words end (where a footnote mark can stand)."""

    def __new__(cls, text: str, ends: tuple[int, ...]):
        obj = super().__new__(cls, text)
        obj.ends = ends
        return obj


def _word_ends(words: list[str], sep: str) -> tuple[int, ...]:
    ends, pos = [], 0
    for w in words:
        pos += len(w)
        ends.append(pos)
        pos += len(sep)
    return tuple(ends)


def _refs(text: str, markers: list[str], hostile: bool = True):
    if not markers:
        return st.just(())
    if hostile:
        offsets = st.lists(st.integers(0, len(text)), min_size=len(markers), max_size=len(markers))
    else:
        # In plain text a mark is glued to the end of a word: only word ends can carry one.
        offsets = st.lists(st.sampled_from(text.ends), min_size=len(markers), max_size=len(markers), unique=True)
    return offsets.map(
        lambda offs: tuple(FootnoteRef(m, o) for m, o in zip(markers, sorted(offs), strict=True)))



@st.composite
def resolutions(draw, code: str | None = None, hostile: bool = True, with_notes: bool = True) -> Resolution:
    code = code or draw(st.sampled_from(LANGS))
    lg = lang(code)
    body = draw(st.sampled_from(sorted(BODY_SIZE)))
    closers = CLOSERS.get(code, (",", ";", "."))

    def text(end: str):
        return _hostile_text() if hostile else _words_text(code, end)

    # Metadata consistent with the body: symbol prefix and number agree.
    date = draw(st.dates(dt.date(1945, 10, 24), dt.date(2100, 12, 31)).map(lambda d: d.isoformat()))
    symbol, number, session = draw(_identifiers(code, body, hostile, text))
    distribution = draw(st.none() | (text("") if hostile else st.sampled_from(("General", "Limited"))))
    metadata = Metadata(
        symbol=draw(st.none() | st.just(symbol)), language=code, body=body,
        body_name=draw(st.none() | st.just(lg.bodies[body]["name"])), session=session,
        # Security Council texts print no title: in plain text there is none to carry.
        resolution_number=number, title=draw(st.none() | text("")) if hostile or body != "SC" else None,
        adoption_date=draw(st.none() | st.just(date)),
        meeting=draw(st.none() | st.integers(1, 9999).map(
            lambda n: Meeting(n, None if hostile else lg.t["formats"]["meeting"].format(n=n)))),
        job_number=draw(st.none() | st.from_regex(r"\A[0-9]{2}-[0-9]{5}\Z")),
        # An issue date is printed under the distribution ("Distr.: General" / "3 March 2031").
        issue_date=(draw(st.none() | st.just(date)) if distribution else None), distribution=distribution,
        original_language=draw(st.none() | st.sampled_from(LANGS)),
        origin=None,
    )
    metadata = dataclasses.replace(metadata, **draw(_new_metadata(code, metadata, text)))
    agenda = tuple(draw(st.lists(_agenda_items(hostile, text), max_size=2)))
    n_notes = draw(st.integers(0, 4)) if with_notes else 0
    markers = [str(i) for i in range(1, n_notes + 1)] + (["*"] if with_notes and draw(st.booleans()) else [])
    # Each marker is referenced once, in a paragraph drawn at random.
    pre_n = draw(st.integers(0, 4))
    op_n = draw(st.integers(1, 4))
    # Numbered footnotes run in document order, as they do on paper; "*" may stand anywhere.
    owners = sorted(draw(st.integers(0, pre_n + op_n - 1)) for _ in range(n_notes))
    # "*" may stand on the title too (-1; model 1.2): in plain text at its end, as the UN prints it.
    first_owner = -1 if metadata.title is not None else 0
    owners += [draw(st.integers(first_owner, pre_n + op_n - 1)) for _ in markers[n_notes:]]
    if -1 in owners:
        title = metadata.title or ""
        at = draw(st.integers(0, len(title))) if hostile else len(title)
        metadata = dataclasses.replace(metadata, title_footnote_refs=(FootnoteRef("*", at),))

    def paragraph_refs(idx: int, t: str):
        mine = [m for m, o in zip(markers, owners, strict=True) if o == idx]
        return draw(_refs(t, mine, hostile))

    pre = []
    for i in range(pre_n):
        t = draw(_hostile_text() if hostile else _preambular_words(code, closers[0]))
        op = opening(lg, t) if not hostile else draw(st.none() | st.just(t[: draw(st.integers(1, len(t)))]))
        pre.append(PreambularParagraph(t, op, paragraph_refs(i, t)))
    numbered = draw(st.booleans()) or op_n > 1 or not hostile
    ops = []
    for i in range(op_n):
        t = draw(text(closers[1] if i + 1 < op_n else closers[2]))
        # (after a number, Russian operative verbs open in lower case: "1. призывает")
        op = (opening(lg, t, numbered=numbered) if not hostile
              else draw(st.none() | st.just(t[: draw(st.integers(1, len(t)))])))
        subs = draw(_subparagraphs(code, hostile, depth=0)) if draw(st.integers(0, 3)) == 0 else ()
        refs = paragraph_refs(pre_n + i, t)
        # Plain text tells a wrap-up from the next paragraph by its number: only numbered lists have one.
        wrap_up = (WrapUp(draw(text(closers[1] if i + 1 < op_n else closers[2])))
                   if subs and (numbered or hostile) and draw(st.booleans()) else None)
        # In plain text a heading stands between a finished paragraph and the next: not right
        # after the formula.
        heads = draw(_headings(code, hostile)) if hostile or i > 0 or pre_n > 0 else ()
        ops.append(OperativeParagraph(str(i + 1) if numbered else None, t, op, refs, subs, wrap_up, heads))
    parts = ()
    tables: tuple[Table, ...] = ()
    if op_n >= 2 and draw(st.integers(0, 4)) == 0:
        parts = draw(_parts(code, body, hostile, ops))
        ops = []
    elif numbered and not hostile and op_n >= 2 and draw(st.integers(0, 4)) == 0:
        # (Not in parts, where a part could open with an item; nor beside tables, kept apart.)
        ops = draw(_announced_items(code, ops))
    elif draw(st.integers(0, 3)) == 0:
        tables = draw(_operative_tables(code, hostile, len(ops)))
    footnotes = tuple(Footnote(m, draw(text("."))) for m in markers)
    vote = draw(_votes(code, body, hostile, metadata.adoption_date))
    annexes = ()
    if hostile and draw(st.integers(0, 4)) == 0:
        annexes = (draw(_annexes(code, text)),)
    res = Resolution(metadata=metadata, agenda_items=agenda,
                     preamble=Preamble(lg.bodies[body]["formula"], tuple(pre)), operative=tuple(ops), parts=parts,
                     footnotes=footnotes, vote=vote, annexes=annexes, tables=tables)
    if hostile:
        res = draw(_with_title_note(res))
        res = draw(_with_links(res))
    # Footnotes are listed in the order of their first references (rule footnote-order).
    order = res.reference_order()
    return dataclasses.replace(res, footnotes=tuple(sorted(res.footnotes, key=lambda f: order.index(f.marker))))


@st.composite
def _with_title_note(draw, res: Resolution) -> Resolution:
    """Sometimes a note "†" on the title of a part or an annex (model 1.2), anywhere in it."""
    titled = [("part", k) for k, p in enumerate(res.parts) if p.title] + [
        ("annex", k) for k, a in enumerate(res.annexes) if a.title]
    if not titled or not draw(st.booleans()):
        return res
    kind, k = draw(st.sampled_from(titled))
    note = Footnote("†", draw(_hostile_text()))
    if kind == "part":
        part = res.parts[k]
        ref = (FootnoteRef("†", draw(st.integers(0, len(part.title or "")))),)
        parts = res.parts[:k] + (dataclasses.replace(part, title_footnote_refs=ref),) + res.parts[k + 1:]
        return dataclasses.replace(res, parts=parts, footnotes=res.footnotes + (note,))
    annex = res.annexes[k]
    ref = (FootnoteRef("†", draw(st.integers(0, len(annex.title or "")))),)
    annexes = res.annexes[:k] + (dataclasses.replace(annex, title_footnote_refs=ref),) + res.annexes[k + 1:]
    return dataclasses.replace(res, annexes=annexes, footnotes=res.footnotes + (note,))


@st.composite
def _parts(draw, code: str, body: str, hostile: bool, ops: list[OperativeParagraph]):
    """The operative paragraphs drawn for the resolution, shared out among two or three parts,
    each numbered from 1 and given a title, a formula and preambular paragraphs of its own."""
    lg = lang(code)
    n = draw(st.integers(2, min(3, len(ops))))
    cuts = sorted(draw(st.lists(st.integers(1, len(ops) - 1), min_size=n - 1, max_size=n - 1, unique=True)))
    closers = CLOSERS.get(code, (",", ";", "."))
    # A title is printed as a heading: a short line (shorter than the paragraphs' wrapped lines),
    # no final punctuation, a capital in scripts with case.
    sep = "" if code == "zh" else " "
    title = _hostile_text() if hostile else st.lists(st.sampled_from(WORDS[code].split()), min_size=2, max_size=3).map(
        lambda ws: sep.join(ws)).map(lambda t: t[:1].upper() + t[1:])
    parts = []
    for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(ops)], strict=True)):
        pre = []
        for _ in range(draw(st.integers(0, 2))):
            t = draw(_hostile_text() if hostile else _preambular_words(code, closers[0]))
            pre.append(PreambularParagraph(t, draw(st.none() | st.just(t[:3])) if hostile else opening(lg, t)))
        # After a part's title, with no preamble between, a heading would read as more title.
        numbered = [dataclasses.replace(p, number=str(j + 1) if p.number is not None else None,
                                        headings=p.headings if hostile or j > 0 or pre else ())
                    for j, p in enumerate(ops[a:b])]
        tables = draw(_operative_tables(code, hostile, len(numbered))) if hostile and draw(st.booleans()) else ()
        parts.append(Part(lg.part_labels[k], draw(st.none() | title),
                          draw(st.none() | st.just(lg.bodies[body]["formula"])), tuple(pre), tuple(numbered),
                          tables=tables))
    return tuple(parts)


@st.composite
def _operative_tables(draw, code: str, hostile: bool, paragraphs: int):
    """Tables among operative paragraphs (model 1.3), listed in document order (rule table-position).
    In plain text's own words: cells of the language's words or numbers, the header cells in the first
    row, a caption or none, each table after a paragraph (a table before the first would stand in the
    preamble's place)."""
    if hostile:
        cells = st.builds(Cell, text=st.just("") | _hostile_text(), header=st.booleans(),
                          colspan=st.integers(1, 3), rowspan=st.integers(1, 2))
        rows = st.lists(st.builds(Row, cells=st.lists(cells, max_size=3).map(tuple)), max_size=3).map(tuple)
        caption = st.none() | _hostile_text()
        first = 0
    else:
        sep = "" if code == "zh" else " "
        word = st.lists(st.sampled_from(WORDS[code].split()), min_size=1, max_size=3).map(sep.join)
        words = word | st.integers(1, 9999).map(str)
        width = draw(st.integers(1, 4))
        body_row = st.lists(words, min_size=width, max_size=width).map(lambda ts: Row(tuple(Cell(t) for t in ts)))
        head = st.lists(word, min_size=width, max_size=width).map(lambda ts: Row(tuple(Cell(t, True) for t in ts)))
        rows = st.tuples(st.lists(head, max_size=1), st.lists(body_row, min_size=1, max_size=4)).map(
            lambda hb: tuple(hb[0] + hb[1]))
        caption = st.none() | word.map(lambda t: t[:1].upper() + t[1:])
        first = 1
    positions = sorted(draw(st.integers(first, paragraphs)) for _ in range(draw(st.integers(1, 2))))
    return tuple(Table(k, draw(rows), draw(caption)) for k in positions)


def _headings(code: str, hostile: bool):
    """Headings printed before a paragraph (most have none). In plain text: one or two words, a
    capital in scripts with case, no final punctuation — short lines that did not wrap."""
    if hostile:
        one = _hostile_text().map(lambda t: t.replace("\t", " ")).filter(lambda t: t.strip() != "")
    else:
        sep = "" if code == "zh" else " "
        one = st.lists(st.sampled_from(WORDS[code].split()), min_size=1, max_size=2).map(
            lambda ws: sep.join(ws)).map(lambda t: t[:1].upper() + t[1:])
    return st.one_of(st.just(()), st.just(()), st.lists(one, min_size=1, max_size=2).map(tuple))


def _label_sequence(code: str, depth: int) -> list[str]:
    pre, seq, post = lang(code).t["numbering"]["sub"][min(depth, 1)]
    from unres.langs import numbering

    return [f"{pre}{x}{post}" for x in numbering()["sequences"][seq]]


@st.composite
def _subparagraphs(draw, code: str, hostile: bool, depth: int):
    labels = _label_sequence(code, depth)
    n = draw(st.integers(1, 3))
    closers = CLOSERS.get(code, (",", ";", "."))
    out = []
    for i in range(n):
        t = draw(_hostile_text() if hostile else _words_text(code, closers[1]))
        # Depth 3 in models and XML; in plain text the third level would reuse the second's labels.
        max_depth = 2 if hostile else 1
        inner = (draw(_subparagraphs(code, hostile, depth + 1))
                 if depth < max_depth and draw(st.integers(0, 3)) == 0 else ())
        # Headings above an item (model 1.2), in plain text lines of their own as before a paragraph.
        out.append(SubParagraph(labels[i], t, (), inner, (), draw(_headings(code, hostile))))
    return tuple(out)


@st.composite
def _votes(draw, code: str, body: str, hostile: bool, date: str | None = None):
    lg = lang(code)
    kinds = ["without_vote", "recorded", "consensus", "unknown"]
    # Plain text has no words for the modalities 1.1 added; models read from it never hold them.
    kind = draw(st.sampled_from(kinds + (["acclamation", "silence_procedure", "unanimous"] if hostile else [])))
    if kind == "unknown":
        return Vote("unknown")
    if kind in ("acclamation", "silence_procedure"):
        procedure = draw(st.sampled_from((None, "in_writing") if kind == "silence_procedure" else (None, "meeting")))
        return Vote(kind, draw(st.none() | _hostile_text()), procedure=procedure)
    if kind not in ("recorded", "unanimous"):
        phrase = lg.vote["render_without"] if kind == "without_vote" else lg.vote["consensus"][0] + "."
        return Vote(kind, draw(_hostile_text()) if hostile else phrase)
    table = members()
    codes = sorted(table.names)
    if hostile and date is not None:
        # Former Member States vote only within their membership.
        codes += sorted(c for c in table.periods if table.member_on(c, date))
    chosen = draw(st.lists(st.sampled_from(codes), unique=True, min_size=0, max_size=min(BODY_SIZE[body], 25)))
    n_lists = 5 if hostile else 3
    cuts = sorted(draw(st.lists(st.integers(0, len(chosen)), min_size=n_lists - 1, max_size=n_lists - 1)))
    parts = [chosen[a:b] for a, b in zip([0, *cuts], [*cuts, len(chosen)], strict=True)]
    if kind == "unanimous":
        parts[0] += parts[1] + parts[2]
        parts[1] = parts[2] = []
    # In plain Chinese text spaces next to CJK characters carry nothing ("玻利维亚 (多民族国)").
    name = (lambda c: table.name(c, code)) if hostile else (lambda c: normalize_space(lg, table.name(c, code)))
    sides = [VoteSide(len(p), tuple(Member(name(c), c) for c in p)) for p in parts]
    if kind == "unanimous":
        return Vote("unanimous", draw(st.none() | _hostile_text()), (),
                    *(draw(st.none() | st.just(s)) for s in sides[:3]),
                    draw(st.none() | st.just(sides[3])), draw(st.none() | st.just(sides[4])),
                    draw(st.sampled_from((None, "meeting", "in_writing"))))
    counts = {"in_favour": sides[0].count, "against": sides[1].count, "abstaining": sides[2].count}
    sentence = draw(_hostile_text()) if hostile else lg.vote["render_recorded"].format(**counts)
    if not hostile:
        return Vote("recorded", sentence, (), *sides)
    return Vote("recorded", sentence, (), *sides[:3], draw(st.none() | st.just(sides[3])),
                draw(st.none() | st.just(sides[4])), draw(st.sampled_from((None, "meeting", "in_writing"))))


_PART_SUFFIXES = (" A", " B", " A-C", "\u00a0B")


@st.composite
def _identifiers(draw, code: str, body: str, hostile: bool, text):
    """(symbol, resolution number, session) of one body, as the body's grammar writes them; in
    hostile mode every form the grammar has: special and emergency special sessions (with the
    Arabic prefixes in Arabic), roman session numbers, part suffixes, SC symbols without the space."""
    lg = lang(code)
    n = draw(st.integers(1, 400))
    if body == "SC":
        number = f"{draw(st.integers(1, 9999))} ({draw(st.integers(1946, 2030))})"
        symbol = "S/RES/" + (number.replace(" ", "") if hostile and draw(st.booleans()) else number)
        return symbol, number, None
    prefix = {"GA": "A/RES/", "HRC": "A/HRC/RES/", "ECOSOC": "E/RES/"}[body]
    forms = {"GA": ("regular", "special", "emergency_special", "roman"), "HRC": ("regular", "special"),
             "ECOSOC": ("regular", "roman")}[body]
    form = draw(st.sampled_from(forms)) if hostile else "regular"
    kind = "regular" if form == "roman" else form
    if form == "roman":
        ordinal = draw(st.integers(1, 30))
        number = f"{n} ({to_roman(ordinal)})"
        symbol = f"{prefix}{n}({to_roman(ordinal)})"
    else:
        ordinal = draw(st.integers(1, 99)) if body != "ECOSOC" else None
        first = ordinal if body != "ECOSOC" else draw(st.integers(1946, 2030))
        head = {"regular": "", "special": "S-", "emergency_special": "ES-"}[kind]
        symbol = f"{prefix}{head}{first}/{n}"
        printed = head
        if code == "ar" and head:
            printed = grammar()["printed_prefixes"]["ar"][head]
        number = f"{printed}{first}/{n}"
    if hostile and draw(st.integers(0, 5)) == 0:
        suffix = draw(st.sampled_from(_PART_SUFFIXES))
        symbol += suffix
        number += draw(st.sampled_from(("", suffix)))
    session = None if not hostile else draw(st.none() | st.builds(
        Session, number=st.just(ordinal), label=st.none() | text(""), start_date=st.none(), end_date=st.none(),
        type=st.none() | st.just(kind if body != "ECOSOC" or form == "roman" else None)))
    del lg
    return symbol, number, session


_STATES = st.sampled_from(sorted(members().names) + ["PSE", "VAT"])


@st.composite
def _new_metadata(draw, code: str, md: Metadata, text) -> dict:
    """The metadata 1.1 added, consistent with the rest: the canonical symbol, sponsors (States of
    the day), the draft and the record."""
    table = members()
    states = _STATES.map(lambda c: Member(table.name(c, code), c))
    unknown = text("").map(lambda n: Member(n, None))
    out = {
        "normalized_symbol": normalize_symbol(md.symbol) if md.symbol and draw(st.booleans()) else None,
        "draft_symbol": draw(st.none() | st.from_regex(r"\A[AES]/[0-9]{2}/L\.[1-9][0-9]?(/Rev\.1)?\Z")),
        "sponsors": tuple(draw(st.lists(states | unknown, max_size=4, unique_by=lambda m: m.iso3 or m.name))),
        "additional_sponsors": tuple(draw(st.lists(states, max_size=3, unique_by=lambda m: m.iso3))),
        "subjects": tuple(draw(st.lists(st.builds(Subject, term=text(""), vocabulary=st.none() | st.sampled_from(
            ("UNBIS Thesaurus", "EuroVoc", "SDGO")), uri=st.none() | st.just("http://metadata.un.org/sdg/16")),
            max_size=3))),
        "meeting_record": draw(st.none() | st.from_regex(r"\A(S/PV\.[1-9][0-9]{3}|A/[0-9]{2}/PV\.[1-9][0-9]?)\Z")),
    }
    return out


# Agenda sub-items as printed in the six languages' documents, with the letters the item reads.
_SUB_ITEMS = (("{} (b)", "b"), ("{}(mm)", "mm"), ("{} gg)", "gg"), ("{}\u00a0c)", "c"), ("{} (ب)", "ب"),
              ("{} с)", "с"), ("{} (ز ز)", "ز ز"), ("{}", None))


@st.composite
def _agenda_items(draw, hostile: bool, text):
    item = draw(st.integers(1, 150))
    if not hostile:
        # Plain text prints the number only; the item read from it is a 1.1 field.
        return AgendaItem(str(item), draw(st.none() | text("")), draw(st.none() | st.just(item)))
    form, sub = draw(st.sampled_from(_SUB_ITEMS))
    known = draw(st.booleans())
    return AgendaItem(form.format(item), draw(st.none() | text("")), item if known else None,
                      sub if known else None)


@st.composite
def _annexes(draw, code: str, text):
    paragraphs = []
    for k in range(draw(st.integers(0, 3))):
        subs = draw(_subparagraphs(code, True, depth=0)) if draw(st.integers(0, 2)) == 0 else ()
        paragraphs.append(AnnexParagraph(draw(text(".")), (), draw(st.none() | st.just(f"{k + 1}.")),
                                         tuple(draw(st.lists(_headings_one(), max_size=1))), subs))
    cells = st.builds(Cell, text=st.just("") | text(""), header=st.booleans(), colspan=st.integers(1, 3),
                      rowspan=st.integers(1, 2))
    rows = st.lists(st.builds(Row, cells=st.lists(cells, max_size=3).map(tuple)), max_size=3).map(tuple)
    # (listed in document order, as rule annex-table-position wants)
    positions = sorted(draw(st.integers(0, len(paragraphs))) for _ in range(draw(st.integers(0, 2))))
    tables = tuple(Table(k, draw(rows), draw(st.none() | text(""))) for k in positions)
    return Annex(draw(st.none() | text("")), tuple(paragraphs), draw(st.none() | st.sampled_from(
        ("Annex", "Annex II", "附件一", "المرفق"))), tables)


def _headings_one():
    return _hostile_text().map(lambda t: t.replace("\t", " ")).filter(lambda t: t.strip() != "" and
                                                                       "\n" not in t and "\r" not in t)


def _links(text: str):
    """Links on runs of a text, in order, not overlapping."""
    if len(text) < 2:
        return st.just(())
    bounds = st.lists(st.integers(0, len(text)), min_size=2, max_size=4, unique=True).map(sorted)
    return bounds.map(lambda b: tuple(Link(b[i], b[i + 1] - b[i], f"https://undocs.org/en/A/RES/{i + 1}")
                                      for i in range(0, len(b) - 1, 2)))


@st.composite
def _with_links(draw, res: Resolution) -> Resolution:
    """The model with links on some of its texts (one in three)."""
    def linked(node):
        if not dataclasses.is_dataclass(node) or isinstance(node, type):
            return tuple(linked(x) for x in node) if isinstance(node, tuple) else node
        changes = {f.name: linked(getattr(node, f.name)) for f in dataclasses.fields(node) if f.name != "links"}
        if any(f.name == "links" for f in dataclasses.fields(node)):
            text = getattr(node, "text", None)
            if text is not None and draw(st.integers(0, 2)) == 0:
                changes["links"] = draw(_links(text))
        return dataclasses.replace(node, **changes)

    return linked(res)


# -- models reduced to schema 1.0 ---------------------------------------------------------------
# What schema 1.0 could carry is what today's AKN writer and reader and the plain-text renderer carry
# (they learn the 1.1 fields with the AKN restructure, issue 19 part 2): the round trips through AKN
# and plain text compare against `as_1_0(model)`; the JSON round trip compares the whole model.

# The fields 1.1 added, per dataclass.
NEW_FIELDS: dict[type, tuple[str, ...]] = {
    Metadata: ("normalized_symbol", "draft_symbol", "sponsors", "additional_sponsors", "subjects", "meeting_record"),
    Session: ("type",),
    AgendaItem: ("item", "sub_item"),
    PreambularParagraph: ("links",),
    OperativeParagraph: ("links",),
    SubParagraph: ("links",),
    WrapUp: ("links",),
    Footnote: ("links",),
    Vote: ("non_voting", "absent", "procedure", "links"),
    AnnexParagraph: ("number", "headings", "subparagraphs", "links"),
    Annex: ("label", "tables"),
}
# Vote types 1.1 added: 1.0 has no word for them.
NEW_VOTE_TYPES = ("acclamation", "silence_procedure", "unanimous")


def as_1_0(node: Any) -> Any:
    if isinstance(node, tuple):
        return tuple(as_1_0(x) for x in node)
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return node
    defaults = {f.name: (f.default if f.default is not dataclasses.MISSING else f.default_factory())  # type: ignore[misc]
                for f in dataclasses.fields(node) if f.name in NEW_FIELDS.get(type(node), ())}
    changes = {f.name: as_1_0(getattr(node, f.name)) for f in dataclasses.fields(node) if f.name not in defaults}
    if isinstance(node, Vote) and node.type in NEW_VOTE_TYPES:
        changes.update(type="unknown", in_favour=None, against=None, abstaining=None)
    return dataclasses.replace(node, **changes, **defaults)
