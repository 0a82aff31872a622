"""Test helper: the structure of a resolution model that a reader of a PDF or Word file must give
back — every preambular and operative paragraph (number, opening phrase, text, the marks of its
footnotes), sub-paragraphs with their labels at every depth, wrap-ups, headings, parts, the
footnotes with their marks, and the vote (type and counts) — and the first place two differ.

Texts are compared as the same text: NFC (Arabic vowel signs may be stored in either order),
whitespace runs as one space, none beside a Chinese character (a line break there is no space).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from unres.model import Footnote, FootnoteRef, OperativeParagraph, Resolution, Vote

_CJK_SPACE = re.compile(r"(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]) | "
                        r"(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f])")


def norm(text: str | None) -> str | None:
    if text is None:
        return None
    s = "".join(c for c in unicodedata.normalize("NFC", text) if unicodedata.category(c) != "Cf")
    s = " ".join(s.split())
    return _CJK_SPACE.sub("", s)


def _refs(refs: tuple[FootnoteRef, ...]) -> list[str]:
    return [r.marker for r in sorted(refs, key=lambda r: r.offset)]


def _subs(subs) -> list:
    return [{"label": s.label, "text": norm(s.text), "notes": _refs(s.footnote_refs), "subs": _subs(s.subparagraphs)}
            for s in subs]


def _operative(ops) -> list:
    return [{"number": p.number, "opening": norm(p.opening), "text": norm(p.text), "notes": _refs(p.footnote_refs),
             "subs": _subs(p.subparagraphs),
             "wrap_up": None if p.wrap_up is None else (norm(p.wrap_up.text), _refs(p.wrap_up.footnote_refs)),
             "headings": [norm(h) for h in p.headings]} for p in ops]


def _preamble(ps) -> list:
    return [{"opening": norm(p.opening), "text": norm(p.text), "notes": _refs(p.footnote_refs)} for p in ps]


def shape(res: Resolution) -> dict[str, Any]:
    v = res.vote
    return {
        "preamble": _preamble(res.preamble.paragraphs),
        "operative": _operative(res.operative),
        "parts": [{"label": p.label, "title": norm(p.title), "preamble": _preamble(p.preamble),
                   "operative": _operative(p.operative)} for p in res.parts],
        "footnotes": [(f.marker, norm(f.text)) for f in res.footnotes],
        "vote": (v.type, tuple((name, side.count) for name, side in v.sides())),
    }


def _tables(tables) -> list:
    return [{"position": t.position, "caption": norm(t.caption),
             "rows": [[(norm(c.text), c.header, c.colspan, c.rowspan, _refs(c.footnote_refs)) for c in row.cells]
                      for row in t.rows]} for t in tables]


def printed_shape(res: Resolution) -> dict[str, Any]:
    """shape() and the tables among operative paragraphs (model 1.3): what a reader of a printed
    fixture (tests/typeset.py prints them) must give back. (The text layouts of the corpus tests do
    not print tables: their comparisons use shape().)"""
    return shape(res) | {"tables": _tables(res.tables), "part_tables": [_tables(p.tables) for p in res.parts]}


def difference(got: Any, want: Any, path: str = "") -> str | None:
    """The first place where two shapes differ, as 'path: got != want', or None."""
    if isinstance(want, dict) and isinstance(got, dict):
        for k in want:
            d = difference(got.get(k), want[k], f"{path}/{k}")
            if d:
                return d
        return None
    if isinstance(want, list | tuple) and isinstance(got, list | tuple):
        if len(got) != len(want):
            return f"{path}: {len(got)} items, {len(want)} expected"
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            d = difference(g, w, f"{path}/{i}")
            if d:
                return d
        return None
    if got != want:
        if isinstance(got, str) and isinstance(want, str):
            k = next((j for j in range(min(len(got), len(want))) if got[j] != want[j]), min(len(got), len(want)))
            return f"{path} at {k}: {got[max(0, k - 20):k + 20]!r} != {want[max(0, k - 20):k + 20]!r}"
        return f"{path}: {str(got)[:80]!r} != {str(want)[:80]!r}"
    return None


def fixture_model(res: Resolution) -> Resolution:
    """The model a fixture is printed from: the UN's model, but
    - a vote the document does not state (the General Assembly's and ECOSOC's AKN carry it, with
      the members in English capitals, from the meeting records; their resolutions do not print
      it) is unknown, as a reader of the print finds;
    - a heading the UN marked up as an operative paragraph without a number ("Theme for the
      Commission…", no final punctuation, a numbered paragraph after it) is the heading of the
      paragraph after it, as printed and as tests/pdftext.py takes it;
    - so is a heading after a list ("Follow-up") that the UN marked up as the list's wrap-up;
    - an annex whose content the model does not hold (a table) is left out: its print would be a
      heading alone;
    - one markup habit of the UN's Arabic files, which print a note's mark as "(1)" raised, and keep
      the brackets in the text and the note ("…الأخير()؛", note "() A/HRC/55/52."): there the
      brackets go with the mark, as printed."""
    if res.vote.text is None:
        res = replace(res, vote=Vote())
    if res.vote.text is None and res.metadata.meeting is not None and res.metadata.body == "SC":
        # The Council's resolutions state the meeting on their cover ("at its 8941st meeting"), which
        # the fixtures' print has no place for, and print no closing: the reader of the print finds none.
        res = replace(res, metadata=replace(res.metadata, meeting=None))
    if any(not a.paragraphs for a in res.annexes):
        res = replace(res, annexes=tuple(a for a in res.annexes if a.paragraphs))
    res = replace(res, operative=_headings(res.operative),
                  parts=tuple(replace(p, operative=_headings(p.operative)) for p in res.parts))
    if res.metadata.language != "ar":
        return res

    def fix(text: str, refs: tuple[FootnoteRef, ...]) -> tuple[str, tuple[FootnoteRef, ...]]:
        spans = sorted({r.offset for r in refs
                        if text[r.offset - 1:r.offset] == "(" and text[r.offset:r.offset + 1] == ")"}, reverse=True)
        for off in spans:
            text = text[:off - 1] + text[off + 1:]
            refs = tuple(FootnoteRef(x.marker, x.offset - (2 if x.offset > off else 1 if x.offset == off else 0))
                         for x in refs)
        return text, refs

    def pre(ps):
        return tuple(replace(p, text=t, footnote_refs=f) for p in ps for t, f in [fix(p.text, p.footnote_refs)])

    def subs(ss):
        return tuple(replace(s, text=t, footnote_refs=f, subparagraphs=subs(s.subparagraphs))
                     for s in ss for t, f in [fix(s.text, s.footnote_refs)])

    def ops(ps):
        out = []
        for p in ps:
            t, f = fix(p.text, p.footnote_refs)
            w = p.wrap_up
            if w is not None:
                wt, wf = fix(w.text, w.footnote_refs)
                w = replace(w, text=wt, footnote_refs=wf)
            out.append(replace(p, text=t, footnote_refs=f, subparagraphs=subs(p.subparagraphs), wrap_up=w))
        return tuple(out)

    notes = tuple(Footnote(n.marker, re.sub(r"^\(\)\s*", "", n.text)) for n in res.footnotes)
    vt, vf = fix(res.vote.text or "", res.vote.footnote_refs)
    return replace(res, preamble=replace(res.preamble, paragraphs=pre(res.preamble.paragraphs)),
                   operative=ops(res.operative),
                   parts=tuple(replace(p, preamble=pre(p.preamble), operative=ops(p.operative)) for p in res.parts),
                   footnotes=notes, vote=replace(res.vote, text=vt if res.vote.text is not None else None,
                                                 footnote_refs=vf))


def _headings(ops: tuple) -> tuple:
    out: list = []
    pending: list = []  # unnumbered, unpunctuated paragraphs: headings of the next numbered one
    for p in ops:
        if (p.number is None and not p.subparagraphs and p.wrap_up is None and not p.footnote_refs
                and not p.text.rstrip().endswith(tuple(".,;:。，；：،؛"))):
            pending.append(p)
            continue
        heads = tuple(h for q in pending for h in (*q.headings, q.text))
        out.append(replace(p, headings=(*heads, *p.headings)) if pending else p)
        pending = []
        w = out[-1].wrap_up
        if w is not None and not w.footnote_refs and not w.text.rstrip().endswith(tuple(".,;:。，；：،؛")):
            # A heading after a list ("Follow-up") the UN marked up as the list's wrap-up.
            out[-1] = replace(out[-1], wrap_up=None)
            pending.append(OperativeParagraph(None, w.text))
    return tuple(out + pending)  # with nothing after them they stay paragraphs


def _signature(res: Resolution) -> tuple:
    """What every language version of a resolution shares: paragraph counts and numbers, the
    number of sub-paragraphs of each operative paragraph, parts, notes, the vote's counts."""
    def ops(items) -> tuple:
        return tuple((p.number, len(p.subparagraphs)) for p in items)

    return (len(res.preamble.paragraphs), ops(res.operative),
            tuple((len(p.preamble), ops(p.operative)) for p in res.parts), len(res.footnotes),
            tuple((name, side.count) for name, side in res.vote.sides()))


def _vote_slip(res: Resolution) -> bool:
    """A vote whose count is not the number of the members it lists (A/HRC/RES/55/19 es: 23 in
    favour, 24 names): the printed list is what a reader counts."""
    return any(side.members and side.count is not None and side.count != len(side.members)
               for _, side in res.vote.sides())


def markup_slip(path: Path) -> bool:
    """Whether a UN AKN file disagrees in structure with the majority of its language versions (a
    markup slip of the UN's file: a preambular paragraph marked up as an unnumbered operative one,
    numbers typed into the text, a vote counted differently) or with itself (a vote's count and its
    list of members). The corpus tests leave such files out, as tests/corpus_text.py does."""
    from unres.akn.reader import from_akn
    from unres.problems import UnresError

    from corpus_text import LANG_DIRS, resolution_key

    key = resolution_key(path)
    versions: dict[Path, tuple] = {}
    for folder in LANG_DIRS:
        for f in (path.parent.parent / folder).glob("*.xml"):
            if resolution_key(f) == key:
                try:
                    versions[f] = _signature(from_akn(f.read_bytes())[0])
                except UnresError:
                    continue
    if path not in versions or len(versions) < 3:
        return False
    if _vote_slip(from_akn(path.read_bytes())[0]):
        return True
    majority, _ = Counter(versions.values()).most_common(1)[0]
    return versions[path] != majority
