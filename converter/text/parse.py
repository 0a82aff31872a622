"""Text → model: the stages of clean.py and blocks.py, then segmentation and model building.

    decode → clean (furniture, footnotes) → header | body | closing | annexes → blocks → model

Everything language-specific comes from the language table (langs/*.json).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from ..labels import continues, core, shape
from ..langs import Lang, all_langs, lang, numbering
from ..members import split_names
from ..model import (
    AgendaItem,
    Annex,
    AnnexParagraph,
    Footnote,
    FootnoteRef,
    Meeting,
    Member,
    Metadata,
    OperativeParagraph,
    Part,
    Preamble,
    PreambularParagraph,
    Resolution,
    Session,
    SubParagraph,
    Vote,
    VoteSide,
    WrapUp,
)
from ..problems import Problem, UnresError
from .blocks import Block, build_blocks, finished, full_line, join_lines, normalize_space
from .clean import MARK_CLOSE, MARK_OPEN, MARK_RE, SYMBOL_RE, Line, clean, decode, spaced_symbol, strip_marks

# A heading line shorter than this never wrapped, however short the document's lines.
_WRAPPED_HEADING = 30
MAX_SUB_DEPTH = 6  # deeper "levels" in a text are numbering slips, not structure

# Letters of a script are counted by the UTF-8 lead bytes of its Unicode block, one pass in C
# per script (a regular expression walks the text a character at a time): CJK U+4000–9FFF,
# Arabic U+0600–06FF, Cyrillic U+0400–04FF; Latin: ASCII letters and U+00C0–00FF.
_SCRIPTS = [("zh", bytes(range(0xE4, 0xEA))), ("ar", bytes(range(0xD8, 0xDC))), ("ru", bytes(range(0xD0, 0xD4)))]
_LATIN = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B)) + b"\xc3"


def _count(lead_bytes: bytes, data: bytes) -> int:
    return len(data) - len(data.translate(None, lead_bytes))


@dataclass
class ParseResult:
    resolution: Resolution
    warnings: list[Problem] = field(default_factory=list)


def detect_language(text: str) -> str | None:
    """The language of a resolution text: its script, then (for Latin script) its formulas and phrases."""
    sample = text[:6000]  # the header and first paragraphs say it; the rest costs time
    head = sample[:1500]  # enough letters to tell the script (Python's regex engine is slow per character)
    data = head.encode("utf-8", "replace")
    counts = {code: _count(leads, data) for code, leads in _SCRIPTS}
    latin = _count(_LATIN, data)
    best = max(counts, key=lambda c: counts[c])
    if counts[best] > latin * 0.3 and counts[best] > 0:
        return best
    if latin == 0:
        return None
    latin_langs = [lg for lg in all_langs() if lg.code not in counts]
    scores: dict[str, int] = {}
    for lg in latin_langs:
        words = [b["formula"].rstrip(",") for b in lg.bodies.values()] + lg.vote["without"]
        words += [m[0] for m in lg.t["months"]]
        scores[lg.code] = sum(sample.count(w) for w in words)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 3 and ranked[0] >= 3 * ranked[1]:
        return max(scores, key=lambda c: scores[c])  # the words alone decide; the header patterns cost more
    head_lines = [ln.strip() for ln in sample.splitlines()[:40]]
    for lg in latin_langs:
        scores[lg.code] += 5 * sum(1 for p in lg.patterns.values() for ln in head_lines if p.match(ln))
    return max(scores, key=lambda c: scores[c])


def script_language(text: str) -> str | None:
    """The language a text's letters say by their script alone: zh, ar or ru for Han, Arabic and
    Cyrillic; "latin" for the Latin script (en, es, fr); None when it has too few letters to tell."""
    data = text[:1500].encode("utf-8", "replace")
    counts = {code: _count(leads, data) for code, leads in _SCRIPTS}
    counts["latin"] = _count(_LATIN, data)
    best = max(counts, key=lambda c: counts[c])
    # Letters of one script, at least four in five: a Latin symbol or name in a Chinese text
    # does not make it Latin, and a text too short to tell is not judged.
    if counts[best] < 20 or counts[best] < 0.8 * sum(counts.values()):
        return None
    return best


def parse_text(data: bytes | str, lang_code: str | None = None) -> ParseResult:
    text, warnings = decode(data)
    if lang_code is not None and (script := script_language(text)) is not None:
        expected = lang_code if lang_code in ("zh", "ar", "ru") else "latin"
        if script != expected:
            said = {"zh": "Chinese characters", "ar": "Arabic script", "ru": "Cyrillic script",
                    "latin": "Latin script"}
            raise UnresError(Problem("text-language-mismatch", f"--lang {lang_code}, but the text is written in "
                                     f"{said[script]}, not {said[expected]}: leave out --lang (the language is "
                                     "detected) or name the text's language", line=1))
    code = lang_code or detect_language(text)
    if code is None:
        raise UnresError(Problem("text-language", "no language could be recognised (no letters in any UN "
                                 "language); pass --lang", line=1))
    return _Parser(lang(code), text, warnings).run()


class _Parser:
    def __init__(self, lg: Lang, text: str, warnings: list[Problem]):
        self.lg = lg
        self.text = text
        self.warnings = warnings
        self.meta: dict = {}
        self.session: dict = {}
        self.meeting: dict = {}
        self.agenda: list[AgendaItem] = []

    def warn(self, code: str, message: str, line: int | None = None):
        self.warnings.append(Problem(code, message, line=line, severity="warning"))

    # -- segmentation ---------------------------------------------------------------------
    def run(self) -> ParseResult:
        lg = self.lg
        formulas = {normalize_space(lg, b["formula"]) for b in lg.bodies.values()}
        cleaned = clean(self.text, lg.t.get("number_units", ""),
                        lambda t: bool(lg.starts_with_date(t) or lg.match("meeting", t)
                                       or lg.paragraph_number.match(t)),
                        lambda t: normalize_space(lg, t) in formulas)
        self.cleaned = cleaned
        self._pending = {f[0] for f in cleaned.footnotes}
        self._used: set[str] = set()
        lines = cleaned.lines
        if not lines:
            raise UnresError(Problem("text-empty", "the input has no text", line=1))
        f_idx = self._find_formula(lines)
        formula_text = None
        lead: list[Block] = []
        if f_idx is None:
            # Some early resolutions open with "Whereas…" instead of a formula: accepted when a
            # resolution heading says what the text is.
            f_idx = self._header_end(lines)
            if f_idx is None:
                raise UnresError(Problem("text-no-formula", "no enacting formula found (expected a line such as "
                                         f"{self.lg.bodies['GA']['formula']!r})", line=lines[0].number))
            self.warn("text-formula-missing", "no enacting formula; the resolution's text starts after its heading",
                      lines[f_idx - 1].number)
            self._header(lines[:f_idx])
            f_idx -= 1  # the body starts right after the heading
            body_from = f_idx + 1
        elif f_idx > 0 and strip_marks(lines[f_idx - 1].text).strip() == self.lg.part_labels[0] \
                and (self._header_end(lines) or 0) < f_idx:
            # The first part's label stands before the formula ("A" / "The Security Council,"):
            # each part has its formula, the resolution none of its own.
            self._header(lines[:f_idx - 1])
            self.meta["body"] = self.lg.body_by_formula(lines[f_idx].text) or self.meta.get("body")
            body_from = f_idx - 1
        else:
            formula_text = lines[f_idx].text
            body_from = f_idx + 1
            lead_at = self._leading_preamble(lines, f_idx)
            self._header(lines[:lead_at])
            if lead_at < f_idx:
                # Early Security Council texts print their considerations before the formula
                # ("Whereas …" / "The Security Council" / "Decides …"): kept as the first
                # preambular paragraphs, after the formula in the model and in what is written.
                lead = build_blocks(self.lg, lines[lead_at:f_idx], _opener_regex(self.lg.code).match, self._opens,
                                    self._heads)
                self.warn("text-preamble-before-formula", f"{len(lead)} preambular paragraph(s) stand before the "
                          "enacting formula; they open the preamble", lines[lead_at].number)
            self.meta["body"] = self.lg.body_by_formula(formula_text) or self.meta.get("body")
        formula_line = lines[f_idx]
        closing_idx, annex_idx = self._find_closing(lines, f_idx + 1)
        body_lines = lines[body_from:closing_idx]
        closing_lines = self._endnotes(lines[closing_idx:annex_idx], body_lines)
        annex_lines = lines[annex_idx:]
        if not body_lines:
            raise UnresError(Problem("text-no-paragraphs", "no paragraphs after the enacting formula",
                                     line=formula_line.number))
        blocks = build_blocks(self.lg, body_lines, _opener_regex(self.lg.code).match, self._opens, self._heads)
        self._full = full_line(body_lines)
        top, parts = self._split_parts(blocks)
        top = self._attach_headings(top)
        if parts:
            # A resolution in parts: what comes before the first part is the preamble they share.
            preamble, operative = top, []
            self._drop_headings(top, "in the preamble")
        else:
            preamble, operative = self._classify(top)
        if lead:
            lead = self._attach_headings(lead)
            self._drop_headings(lead, "in the preamble")
            preamble = lead + preamble
        for part in parts:
            body = self._attach_headings(part["blocks"])
            if body and normalize_space(self.lg, strip_marks(body[0].text)) in self._formulas:
                part["formula"] = normalize_space(self.lg, body.pop(0).text)
            elif body and (f := next((f for f in self._formulas if body[0].text.startswith(f + self.lg.join)), None)):
                # The formula and the first paragraph on lines with no blank or indent between them.
                part["formula"] = f
                body[0] = replace(body[0], text=body[0].text[len(f + self.lg.join):])
            part["preamble"], part["operative"] = self._classify(body)
            if not part["operative"]:
                self.warn("text-part-empty", f"part {part['label']!r} has no operative paragraph", part["line"])
        vote = self._closing(closing_lines)
        annexes = self._annexes(annex_lines)
        # (Security Council texts state their adoption, meeting and date, in the header, and end with
        # their last paragraph.)
        header_adoption = self.meta.get("adoption_date") and self.meeting.get("number") is not None
        if closing_idx == len(lines) and not annex_lines and not header_adoption:
            self.warn("text-no-closing", "no closing block (adoption date, meeting, vote) found; the text may "
                      "be cut off", line=lines[-1].number)
        res = self._assemble(formula_text, preamble, operative, vote, annexes, parts)
        return ParseResult(res, self.warnings)

    def _attach_headings(self, blocks: list[Block]) -> list[Block]:
        """The blocks without heading blocks, each heading given to the block after it. A heading
        line goes on with the one before when it starts in lower case, or when its first word
        would not have fitted on the line before (that line wrapped)."""
        out: list[Block] = []
        pending: list[str] = []
        before = 0  # the length of the heading line before
        for b in blocks:
            if b.heading:
                text = normalize_space(self.lg, strip_marks(b.text))
                first = text.split(" ", 1)[0] if self.lg.join else text[:1]
                wrapped = before >= _WRAPPED_HEADING and before + len(self.lg.join) + len(first) > self._full
                if pending and (wrapped or text[:1].islower()):
                    pending[-1] = join_lines(self.lg, [pending[-1], text])
                else:
                    pending.append(text)
                before = len(strip_marks(b.text))
                continue
            out.append(replace(b, heads=tuple(pending)) if pending else b)
            pending = []
            before = 0
        for text in pending:
            self.warn("text-heading-dropped", f"heading {text[:60]!r} after the last paragraph heads nothing: "
                      "left out", blocks[-1].line)
        return out

    def _drop_headings(self, blocks: list[Block], where: str) -> None:
        for b in blocks:
            for text in b.heads:
                self.warn("text-heading-dropped", f"heading {text[:60]!r} {where} left out (the model has "
                          "headings only before operative paragraphs)", b.line)

    @property
    def _formulas(self) -> set[str]:
        return {normalize_space(self.lg, b["formula"]) for b in self.lg.bodies.values()}

    def _split_parts(self, blocks: list[Block]) -> tuple[list[Block], list[dict]]:
        """The blocks before the first part, and each part: its label and title (heading lines:
        "A" / "Work of the Committee …"), then its own blocks. A resolution is read in parts only
        when headings hold at least two part labels and the first is the sequence's first ("A")."""
        labels = set(self.lg.part_labels)
        at = [i for i, b in enumerate(blocks) if b.heading and strip_marks(b.text).strip() in labels]
        if len(at) < 2 or strip_marks(blocks[at[0]].text).strip() != self.lg.part_labels[0]:
            return blocks, []
        parts = []
        for n, i in enumerate(at):
            end = at[n + 1] if n + 1 < len(at) else len(blocks)
            j = i + 1
            while j < end and blocks[j].heading:
                j += 1
            title = join_lines(self.lg, [b.text for b in blocks[i + 1:j]]) if j > i + 1 else None
            parts.append({"label": strip_marks(blocks[i].text).strip(), "title": title, "formula": None,
                          "blocks": blocks[j:end], "line": blocks[i].line})
        return blocks[:at[0]], parts

    def _find_formula(self, lines: list[Line]) -> int | None:
        formulas = self._formulas
        for i, ln in enumerate(lines[:300]):
            if normalize_space(self.lg, ln.text) in formulas:
                return i
        # Older texts write the formula without its comma ("The Security Council"), like the
        # body's name in the header: after a resolution heading, the first such line is the formula.
        start = self._header_end(lines) or 0
        for i in range(start, min(len(lines), 300)):
            if (self._formula_like(lines[i].text) and i + 1 < len(lines)
                    and not self.lg.match("session", lines[i + 1].text)):
                return i
        return None

    _SC_HEADINGS = ("sc_heading", "sc_old_heading", "sc_old_date", "sc_adopted")
    _HEADER_STATEMENTS = ("origin", "sc_old_date", "sc_adopted", "adopted", "session", "agenda", "distribution",
                          "original", "number_title", "sc_heading", "sc_old_heading", "meeting")

    def _leading_preamble(self, lines: list[Line], f_idx: int) -> int:
        """Where paragraphs printed between a Security Council heading and the formula start (f_idx
        when there are none): at the first line after the heading and its statements (date,
        adoption, origin) that opens like a paragraph. (After a "35/8. Title" heading, lines
        before the formula go on with the title.)"""
        start = self._header_end(lines)
        if start is None or not self.lg.matches_any(self._SC_HEADINGS, strip_marks(lines[start - 1].text)):
            return f_idx
        i = start
        while i < f_idx:
            t = strip_marks(lines[i].text)
            if self.lg.matches_any(self._HEADER_STATEMENTS, t):
                i += 1
                continue
            # A statement wrapped over two lines (see _rejoin_header).
            if i + 1 < f_idx and self.lg.matches_any(
                    self._ONE_LINE, join_lines(self.lg, [t, strip_marks(lines[i + 1].text)])):
                i += 2
                continue
            return i if opening(self.lg, t) is not None else f_idx
        return f_idx

    def _header_end(self, lines: list[Line]) -> int | None:
        """Index of the first line after a resolution heading, when the text has one."""
        for i, ln in enumerate(lines[:20]):
            t = strip_marks(ln.text)
            if self.lg.matches_any(("sc_heading", "sc_old_heading", "number_title"), t):
                j = i + 1
                while j < len(lines) and self.lg.matches_any(("sc_old_date", "sc_adopted"), lines[j].text):
                    j += 1
                return j
        return None

    def _formula_like(self, text: str) -> bool:
        # Spacing and case do not count: extraction sometimes loses the spaces of a line.
        return self.lg.body_by_formula(text) is not None

    def _find_closing(self, lines: list[Line], start: int) -> tuple[int, int]:
        closing = len(lines)
        closing_re = self.lg.patterns["closing"].match
        meeting_re = self.lg.patterns["meeting"].match
        for i in range(start, len(lines)):
            t = lines[i].text
            # Dates and meeting lines are short; most lines of a body are not.
            short = len(t) < 40
            is_date = short and t[:1].isdigit() and self.lg.date(t) is not None  # dates open with the day or year
            if is_date or (self.lg.matches_any(("meeting", "closing"), t) if short else closing_re(t)):
                # The date line must be followed by the meeting or the vote, or end the text.
                if is_date and i + 1 < len(lines):
                    nxt = lines[i + 1].text
                    if not (meeting_re(nxt) or closing_re(nxt)):
                        continue
                closing = i
                # A short unfinished line that starts with a number right before the adoption
                # date is the meeting, however it is worded ("56º período de sesiones").
                prev = lines[i - 1].text if i > start else ""
                if is_date and prev[:1].isdigit() and len(prev) < 40 and not finished(prev) \
                        and not self.lg.paragraph_number.match(prev):
                    closing = i - 1
                break
        annex = len(lines)
        for i in range(closing, len(lines)):  # an annex follows the closing block
            if self.lg.match("annex", lines[i].text):
                annex = i
                break
        if annex < closing:
            closing = annex
        return closing, annex

    # -- header -------------------------------------------------------------------------------
    def _header(self, lines: list[Line]) -> None:
        lg = self.lg
        expect = None  # what a line that matches nothing continues
        prev_distr = False
        lines = self._split_cover(self._rejoin_header(lines))
        for ln in lines:
            t = strip_marks(ln.text)
            if any(p.match(t) for p in lg.furniture):
                prev_distr = bool(re.match(r"^Distr", t))
                continue
            if m := lg.match("distribution", t):
                self.meta["distribution"] = m["value"]
                prev_distr = True
                continue
            if prev_distr and self.meta.get("issue_date") is None and (d := _any_date(t)):
                self.meta["issue_date"] = d
                prev_distr = False
                continue
            if lg.body_by_name(t):
                # (Keeps prev_distr: right to left, a cover's columns put the body's name between
                # the distribution and the issue date under it.)
                self.meta["body_name"] = t
                self.meta.setdefault("body", lg.body_by_name(t))
                continue
            prev_distr = False
            if m := lg.match("original", t):
                self.meta["original_language"] = _language_of(m["value"])
                continue
            if m := lg.match("session", t):
                self.session["label"] = m["label"]
                expect = "session_dates"
                continue
            if expect == "session_dates":
                start, end = lg.date_range(t)
                if start:
                    self.session["start_date"], self.session["end_date"] = start, end
                    expect = None
                    continue
            if m := lg.match("agenda", t):
                for number in re.split(r"\s*(?:,|、|" + re.escape(lg.vote["last_separator"].strip() or ",")
                                       + r")\s*", m["numbers"].strip()):
                    if number:
                        self.agenda.append(AgendaItem(normalize_space(lg, number), None))
                expect = "agenda_title"
                continue
            if m := lg.match("adopted", t):
                self.meta["adoption_date"] = lg.date(m["date"])
                expect = None
                continue
            if m := lg.match("sc_adopted", t):
                self.meta["adoption_date"] = lg.date(m["date"])
                self.meeting["number"] = int(m["meeting"])
                continue
            if "sc_old_heading" in lg.patterns and (m := lg.match("sc_old_heading", t)):
                self.meta["resolution_number"] = m["number"]
                self.meta["adoption_date"] = lg.date(m["date"])
                continue
            if "sc_old_date" in lg.patterns and (m := lg.match("sc_old_date", t)):
                self.meta["adoption_date"] = lg.date(m["date"])
                continue
            if m := lg.match("sc_heading", t):
                self.meta["resolution_number"] = normalize_space(lg, m["number"]).replace(" (", " (")
                self.meta["resolution_number"] = re.sub(r"\s*\(", " (", self.meta["resolution_number"])
                continue
            if m := lg.match("number_title", ln.text):
                self.meta["resolution_number"] = m["number"]
                self.meta["title"] = m["title"] or None
                expect = "title"
                continue
            if m := lg.match("origin", t):
                self.meta["origin"] = m["value"]
                continue
            if expect == "agenda_title" and self.agenda:
                last = self.agenda[-1]
                title = join_lines(lg, [last.title, t]) if last.title else t
                self.agenda[-1] = AgendaItem(last.number, title)
                continue
            if expect == "title":
                t = ln.text
                self.meta["title"] = join_lines(lg, [self.meta["title"], t]) if self.meta.get("title") else t
                continue
            if SYMBOL_RE.fullmatch(t):
                # Usually a running head, which the cleaning stage read; on a cover page laid out in
                # columns, the symbol comes beside the organization's name.
                if self.cleaned.symbol is None:
                    self.cleaned.symbol = spaced_symbol(t)
                continue
            self.warn("text-header-unknown", f"header line not understood: {t[:60]!r}", ln.number)

    _ONE_LINE = ("adopted", "sc_adopted", "origin", "session", "agenda")

    def _cover_item(self, text: str) -> bool:
        """What a cover page prints in its columns: the organization, the body, the symbol, the
        distribution."""
        return bool(any(p.match(text) for p in self.lg.furniture) or self.lg.match("distribution", text)
                    or self.lg.body_by_name(text) or SYMBOL_RE.fullmatch(text))

    def _split_cover(self, lines: list[Line]) -> list[Line]:
        """Cover lines whose columns the extraction put on one line ("United Nations S/RES/9999 (2031)",
        "Security Council Distr.: General") split into their items, read then one by one."""
        out: list[Line] = []
        for ln in lines:
            t = strip_marks(ln.text)
            split = None
            # One of the two columns holds the symbol or the distribution (printed "Distr." in
            # every language). A line that starts with either is split after it whatever follows
            # ("Distr.: General 12 July 2017"); otherwise both sides must be cover items.
            if "/RES/" in t or "Distr" in t:
                spaces = [k for k, c in enumerate(t) if c == " "][:12]
                split = next((k for k in spaces if self._cover_item(t[:k]) and self._cover_item(t[k + 1:])),
                             None)
                if split is None:
                    split = next((k for k in spaces if self.lg.match("distribution", t[:k])
                                  or SYMBOL_RE.fullmatch(t[:k])), None)
            if split is None:
                out.append(ln)
            else:
                out += [Line(t[:split], ln.number, ln.indent), Line(t[split + 1:], ln.number, ln.indent)]
        return out

    def _rejoin_header(self, lines: list[Line]) -> list[Line]:
        """Header statements that the layout wrapped ("Aprobada por … celebrada el 2 de octubre de"
        + "2023") joined again: two lines that match a one-line pattern only together."""
        out: list[Line] = []
        i = 0
        while i < len(lines):
            ln = lines[i]
            if i + 1 < len(lines):
                t = strip_marks(ln.text)
                joined = None if self.lg.matches_any(self._ONE_LINE, t) else \
                    join_lines(self.lg, [t, strip_marks(lines[i + 1].text)])
                if joined is not None and self.lg.matches_any(self._ONE_LINE, joined):
                    out.append(Line(joined, ln.number, ln.indent))
                    i += 2
                    continue
            out.append(ln)
            i += 1
        return out

    # -- body ---------------------------------------------------------------------------------
    def _starts_block(self, text: str) -> bool:
        return _opener_regex(self.lg.code).match(text) is not None

    def _opens(self, text: str) -> bool:
        return self._starts_block(text) or text[:1].isupper() or opening(self.lg, text) is not None

    def _heads(self, text: str) -> bool:
        return self._starts_block(text) or starts_with_head(self.lg, text)

    def _label(self, text: str) -> tuple[str, str, str] | None:
        """(label, sequence name, rest) when text starts with a sub-paragraph label."""
        m = _labels_regex(self.lg.code).match(text)
        if not m:
            return None
        for name, value in m.groupdict().items():
            if value is not None:
                return value, name.split("__")[1], text[m.end():]
        return None

    def _classify(self, blocks: list[Block]):
        lg = self.lg
        blocks = self._embedded_draft(blocks)
        expected = 1
        merged: list[Block] = []
        for b in blocks:
            m = lg.paragraph_number.match(b.text)
            if m and int(m["num"]) not in (expected, expected + 1) and merged:
                # A number that does not continue the sequence is text that wrapped onto a line start
                # (one number may be missing: its paragraph lost its number in extraction) — or a
                # quoted text's own numbering ("Article 8" / "1. In discharging …").
                self._drop_headings([b], "before a paragraph number out of sequence")
                merged[-1] = replace(merged[-1], text=join_lines(lg, [merged[-1].text, b.text]))
                continue
            if m:
                expected = int(m["num"]) + 1
            merged.append(b)
        first_op = next((i for i, b in enumerate(merged) if lg.paragraph_number.match(b.text)), None)
        if first_op is None:
            # Unnumbered resolution: preambular paragraphs end with a comma, operative ones do not.
            first_op = next((i for i, b in enumerate(merged)
                             if not strip_marks(b.text).rstrip().endswith((",", "，", "،"))),
                            len(merged) - 1)
        preamble = merged[:first_op]
        self._drop_headings(preamble, "in the preamble")
        ops: list[dict] = []
        for b in merged[first_op:]:
            m = lg.paragraph_number.match(b.text)
            label = self._label(b.text)
            if m:
                ops.append({"number": m["num"], "text": b.text[m.end():].strip(), "subs": [], "line": b.line,
                            "wrap_up": None, "headings": b.heads})
            elif b.heads and not label and not (ops and ops[-1]["number"] is not None):
                # In unnumbered paragraphs, a paragraph starts after a heading.
                ops.append({"number": None, "text": b.text, "subs": [], "line": b.line, "wrap_up": None,
                            "headings": b.heads})
            elif label and ops:
                self._drop_headings([b], "before a sub-paragraph")
                if ops[-1]["wrap_up"] is not None:
                    # The list goes on: that text was not its end but words between two items
                    # ("(c) …;" / "and, in the context of …:" / "(d) …"), kept with the item before.
                    last = self._last_sub(ops[-1])
                    last["text"] = join_lines(lg, [last["text"], ops[-1]["wrap_up"]])
                    ops[-1]["wrap_up"] = None
                self._add_sub(ops[-1], label)
            elif ops and ops[-1]["number"] is not None and ops[-1]["subs"]:
                self._drop_headings([b], "before an unnumbered paragraph")
                last = self._last_sub(ops[-1])
                if ops[-1]["wrap_up"] is not None:
                    ops[-1]["wrap_up"] = join_lines(lg, [ops[-1]["wrap_up"], b.text])
                elif finished(last["text"]):
                    # A paragraph of its own after a finished last item closes the list
                    # ("(e) …;" / "and to consider how …"): the paragraph's wrap-up.
                    ops[-1]["wrap_up"] = b.text
                else:
                    # The rest of the last item, cut off by a page break or a heading.
                    last["text"] = join_lines(lg, [last["text"], b.text])
            elif ops and ops[-1]["number"] is not None:
                # Among numbered paragraphs, an unnumbered block goes on with the paragraph before
                # (a page break split it), even after a heading (of a quoted text: "Article 6").
                self._drop_headings([b], "before an unnumbered paragraph")
                ops[-1]["text"] = join_lines(lg, [ops[-1]["text"], b.text])
            else:
                ops.append({"number": None, "text": b.text, "subs": [], "line": b.line, "wrap_up": None,
                            "headings": b.heads})
        return preamble, ops

    @staticmethod
    def _last_sub(op: dict) -> dict:
        last = op["subs"][-1]
        while last["subs"]:
            last = last["subs"][-1]
        return last

    def _embedded_draft(self, blocks: list[Block]) -> list[Block]:
        """A paragraph that recommends "the following draft resolution:" carries the draft's
        whole text (its own formula, preamble and numbered paragraphs) to the closing block:
        the model keeps it as that paragraph's text, as the UN's own markup does."""
        for k, b in enumerate(blocks):
            if self.lg.patterns["embedded_draft"].search(strip_marks(b.text)) and k + 1 < len(blocks):
                self.warn("text-embedded-draft", "the draft that follows is kept as the text of the paragraph "
                          "that introduces it", b.line)
                joined = join_lines(self.lg, [x.text for x in blocks[k:]])
                return [*blocks[:k], Block(joined, b.line, sum(x.lines for x in blocks[k:]))]
        return blocks

    def _add_sub(self, op: dict, label: tuple[str, str, str]) -> None:
        text, seq = label[2].strip(), label[1]
        node = {"label": label[0], "seq": seq, "text": text, "subs": []}
        level = op["subs"]
        chain: list[list[dict]] = []
        while level:
            chain.append(level)
            level = level[-1]["subs"]
        # Place the label in the deepest open list whose next label it is.
        for lst in chain[::-1]:
            if continues(lst[-1]["label"], label[0]):
                lst.append(node)
                return
        # Otherwise a first label ((a), (i), ’1‘) opens a deeper list — unless the open list began
        # with that very label: a repeated or out-of-sequence label is a numbering slip (reported
        # by the rules), kept beside its siblings rather than nested ever deeper.
        firsts = {seq_items[0].replace("ـ", "") for seq_items in numbering()["sequences"].values()}
        opens_level = core(label[0]) in firsts and not (chain and chain[-1][0]["label"] == label[0])
        if chain and (not opens_level or len(chain) >= MAX_SUB_DEPTH):
            same = next((lst for lst in chain[::-1] if shape(lst[-1]["label"]) == shape(label[0])), chain[-1])
            same.append(node)
        elif chain:
            chain[-1][-1]["subs"].append(node)
        else:
            op["subs"].append(node)

    # -- closing ------------------------------------------------------------------------------
    def _vote_span(self, lines: list[Line]) -> tuple[list[str], list[Line], int | None]:
        """The vote statement's lines, the other closing lines, and the index of the line after
        the statement's end (None while it is open)."""
        vote_lines: list[str] = []
        other: list[Line] = []
        in_vote = bracketed = False
        ended: int | None = None
        for i, ln in enumerate(lines):
            t = ln.text
            if in_vote or (ended is None and (t.startswith("[") or self.lg.patterns["closing"].match(t))):
                bracketed = bracketed or (not in_vote and t.startswith("["))
                in_vote = True
                vote_lines.append(t)
                # A bracketed statement runs to its "]"; one without brackets (older Security
                # Council texts) to its first full stop (and the mark after it) — notes may follow.
                if "]" in t or (not bracketed and _VOTE_END.search(strip_marks(t).rstrip())):
                    in_vote = False
                    ended = i + 1
                continue
            other.append(ln)
        return vote_lines, other, ended

    def _endnotes(self, closing: list[Line], body: list[Line]) -> list[Line]:
        """Notes printed after the vote statement, as in the Security Council's yearly volumes
        ("Adopted at the 229th meeting …" / "1 See Official Records …"), become footnotes; their
        marks stand apart in the body ("the parties 1 and", "thereto, 2 in"). Returns the closing
        lines without the notes."""
        _, _, ended = self._vote_span(closing)
        if ended is None:
            return closing
        # Notes after the vote that the cleaning stage read as a page's foot block, some of them
        # without a mark, are endnotes whose marks were looked for as page-foot marks (and found
        # in an enumeration's "(4)"): taken back and placed again by the endnote rule. (On a
        # last page whose notes all have their marks, they are the page's notes.)
        vote_end = closing[ended - 1].number
        trailing = [f for f in self.cleaned.footnotes if f[2] > vote_end]
        if trailing:
            marked_now = {m.group(1) for ln in body + closing if MARK_OPEN in ln.text
                          for m in MARK_RE.finditer(ln.text)}
            if all(f[0] in marked_now for f in trailing):
                trailing = []
        if trailing:
            self.cleaned.footnotes = [f for f in self.cleaned.footnotes if f[2] <= vote_end]
            _unmark(body + closing, {f[0] for f in trailing})
        notes: list[list] = [list(f) for f in trailing]  # [marker, text, line]
        first = None
        # the last numbered note's number, the last starred note's stars
        number = max((int(f[0]) for f in trailing if f[0].isdigit()), default=0)
        stars = max((len(f[0]) for f in trailing if not f[0].isdigit()), default=0)
        for i in range(ended, len(closing)):
            t = closing[i].text
            m = _ENDNOTE_START.match(t)
            if m is None:
                new = False
            elif m["marker"].isdigit():
                # The first note may have any number (the volume numbers its notes through); the
                # next ones follow it.
                new = int(m["marker"]) == number + 1 if number else (
                    not self.lg.starts_with_date(t) and not self.lg.match("meeting", t))
            else:
                new = len(m["marker"]) == stars + 1
            if m is not None and new:
                first = i if first is None else first
                if m["marker"].isdigit():
                    number = int(m["marker"])
                else:
                    stars = len(m["marker"])
                notes.append([m["marker"], m["text"], closing[i].number])
            elif notes:
                notes[-1][1] = join_lines(self.lg, [notes[-1][1], t])
        if not notes:
            return closing
        known = {f[0] for f in self.cleaned.footnotes}
        if any(n[0] in known for n in notes):
            return closing  # the page-foot notes already hold these markers: not a second series
        after = (0, 0)
        not_after = frozenset(w.casefold() for w in self.lg.t.get("endnotes", {}).get("not_after", ()))
        marked = body + closing[:ended]  # the vote statement may hold a mark too ("meeting. 7")
        placed: list[tuple[str, tuple[int, int]]] = []
        for marker, text, number in notes:
            at = _mark_endnote(marked, marker, after, not_after)
            if at is not None:
                placed.append((marker, at))
                after = at
            self.cleaned.footnotes.append((marker, text, number))
        # A note may be referred to again before the next note's first mark ("documents S/8616,
        # 32 S/8617, 32 S/8721 33"): those places are marked too.
        for k, (marker, at) in enumerate(placed):
            limit = _sentinel_at(marked, placed[k + 1][0]) if k + 1 < len(placed) else None
            while at is not None:
                at = _mark_endnote(marked, marker, at, not_after, limit)
        return closing if first is None else closing[:first]

    def _closing(self, lines: list[Line]) -> Vote:
        lg = self.lg
        vote_lines, other, _ = self._vote_span(lines)
        for ln in other:
            t = ln.text
            if m := lg.match("meeting", t):
                self.meeting["number"] = int(m["number"])
                self.meeting["label"] = normalize_space(lg, m["label"])
            elif (d := lg.date(t)) is not None:
                if self.meta.get("adoption_date") not in (None, d):
                    self.warn("text-adoption-date", f"closing date {d} differs from the header's "
                              f"{self.meta['adoption_date']}", ln.number)
                self.meta.setdefault("adoption_date", d)
                if self.meta["adoption_date"] is None:
                    self.meta["adoption_date"] = d
            else:
                self.warn("text-closing-unknown", f"closing line not understood: {t[:60]!r}", ln.number)
        if not vote_lines:
            return Vote("unknown")
        return self._vote(join_lines(lg, vote_lines), lines[0].number if lines else None)

    def _vote(self, raw: str, line: int | None) -> Vote:
        lg = self.lg
        v = lg.vote
        body = raw.strip()
        if body.startswith("["):
            body = body[1:]
        body = re.sub(r"\]\s*[.。]?\s*$", "", body).strip()
        body = body.replace("]", "").strip()
        sides = []
        for side, heads in v["sides"].items():
            for h in sorted(heads, key=len, reverse=True):
                pos = body.find(h)
                if pos >= 0:
                    sides.append((pos, side, h))
                    break
        sides.sort()
        if not sides:
            if counted := self._counted_vote(body):
                return counted
            kind = "without_vote"
            if any(_norm(p) in _norm(body) for p in v.get("consensus", [])):
                kind = "consensus"
            elif any(_norm(p) in _norm(body) for p in v["without"] + v["recorded"]):
                pass
            elif any(_norm(p) in _norm(body) for p in v.get("uncounted", [])):
                kind = "unknown"  # how it was adopted, without counts: "Adopted unanimously at the 891st meeting."
            else:
                self.warn("text-vote-unknown", f"vote statement not understood: {body[:60]!r}", line)
                kind = "unknown"
            return Vote(kind, body or None)
        text = body[:sides[0][0]].strip()
        lists = {}
        for i, (pos, side, h) in enumerate(sides):
            end = sides[i + 1][0] if i + 1 < len(sides) else len(body)
            lists[side] = self._members(body[pos + len(h):end], line)
        stated = _stated_counts(strip_marks(text), lg)
        if not any(lists.values()) and (counted := self._counted_vote(strip_marks(text))):
            # Side headings with no names under them: the sentence's counts are all there is.
            stated = {name: side.count for name, side in counted.sides()}
        out = {}
        for side in ("in_favour", "against", "abstaining"):
            names = lists.get(side, [])
            count = stated.get(side, len(names))
            if names and count != len(names):
                self.warn("vote-count-mismatch", f"the text says {count} {side.replace('_', ' ')} but lists "
                          f"{len(names)} members", line)
            out[side] = VoteSide(count, tuple(names))
        return Vote("recorded", text or None, (), out["in_favour"], out["against"], out["abstaining"])

    def _counted_vote(self, body: str) -> Vote | None:
        """A vote stated by its counts only, without member lists ("by 10 votes to none, with 1
        abstention"), as in older Security Council texts."""
        v = self.lg.vote
        m = re.search(v["counts"], body) if "counts" in v else None
        if m is None:
            return None
        words = v.get("number_words", {})
        counts = {k: int(x) if x.isdigit() else words[x] for k, x in m.groupdict().items() if x is not None}
        sides = [VoteSide(counts.get(k, 0), ()) for k in ("in_favour", "against", "abstaining")]
        return Vote("recorded", body, (), *sides)

    def _members(self, text: str, line: int | None) -> list[Member]:
        result = []
        for name, iso in split_names(text, self.lg.vote):
            if iso is None:
                self.warn("vote-unresolved-member", f"{name!r} is not a known Member State name", line)
            result.append(Member(name, iso))
        return result

    # -- footnote references ------------------------------------------------------------------
    def _refs(self, text: str) -> tuple[str, tuple[FootnoteRef, ...]]:
        """Text without its reference sentinels, and the references with their offsets."""
        if MARK_OPEN not in text:
            return text, ()
        refs, out, pos = [], [], 0
        for m in MARK_RE.finditer(text):
            out.append(text[pos:m.start()])
            refs.append(FootnoteRef(m.group(1), sum(len(x) for x in out)))
            self._used.add(m.group(1))
            pos = m.end()
        out.append(text[pos:])
        return "".join(out), tuple(refs)

    # -- annexes -------------------------------------------------------------------------------
    def _annexes(self, lines: list[Line]) -> list[tuple[str | None, list[Block]]]:
        annexes = []
        groups: list[list[Line]] = []
        for ln in lines:
            if self.lg.match("annex", ln.text):
                groups.append([])
                continue
            if groups:
                groups[-1].append(ln)
        for g in groups:
            blocks = build_blocks(self.lg, g, _opener_regex(self.lg.code).match) if g else []
            title = blocks[0].text if blocks else None
            paras = blocks[1:]
            annexes.append((title, paras))
        return annexes

    # -- assembling -----------------------------------------------------------------------------
    def _preambular(self, blocks: list[Block]) -> tuple[PreambularParagraph, ...]:
        out = []
        for b in blocks:
            text, refs = self._refs(b.text)
            out.append(PreambularParagraph(text, opening(self.lg, text), refs))
        return tuple(out)

    def _operative(self, ops: list[dict]) -> tuple[OperativeParagraph, ...]:
        out = []
        for op in ops:
            text, refs = self._refs(op["text"])
            subs = self._subs(op["subs"])
            wrap_up = None if op["wrap_up"] is None else WrapUp(*self._refs(op["wrap_up"]))
            out.append(OperativeParagraph(op["number"], text, opening(self.lg, text), refs, subs, wrap_up,
                                          op["headings"]))
        return tuple(out)

    def _assemble(self, formula, preamble_blocks, ops, vote_pending: Vote, annex_blocks, part_dicts) -> Resolution:
        lg = self.lg
        title = self.meta.get("title")
        if title:
            title, _title_refs = self._refs(title)
        pre = self._preambular(preamble_blocks)
        operative = self._operative(ops)
        parts = []
        for p in part_dicts:
            # Marks in a part's title have nowhere to go in the model (as in the resolution's title).
            part_title = self._refs(p["title"])[0] if p["title"] else None
            parts.append(Part(p["label"], part_title, p["formula"], self._preambular(p["preamble"]),
                              self._operative(p["operative"])))
        annexes = []
        for title_a, paras in annex_blocks:
            aps = []
            for b in paras:
                text, refs = self._refs(b.text)
                aps.append(AnnexParagraph(text, refs))
            annexes.append(Annex(title_a, tuple(aps)))
        vote = vote_pending
        if vote.text is not None:
            text, refs = self._refs(vote.text)
            vote = Vote(vote.type, text, refs, vote.in_favour, vote.against, vote.abstaining)
        footnotes = []
        for marker, text, line in self.cleaned.footnotes:
            if marker not in self._used:
                self.warn("footnote-unreferenced", f"footnote {marker!r} has no reference mark in the text", line)
            footnotes.append(Footnote(marker, normalize_space(lg, text)))
        md = self.meta
        number = md.get("resolution_number")
        session = None
        if self.session:
            label = self.session.get("label")
            n = lg.ordinal(label) if label else None
            if n is not None and n > 999:
                n = None  # a year ("2023 session"), not an ordinal
            if n is None and number and "/" in number and md.get("body") in ("GA", "HRC"):
                n = int(number.split("/")[0])
            session = Session(n, normalize_space(lg, label) if label else None,
                              self.session.get("start_date"), self.session.get("end_date"))
        meeting = Meeting(self.meeting.get("number"), self.meeting.get("label")) if self.meeting else None
        metadata = Metadata(
            symbol=self.cleaned.symbol, language=lg.code, body=md.get("body"), body_name=md.get("body_name"),
            session=session, resolution_number=number, title=title, adoption_date=md.get("adoption_date"),
            meeting=meeting, job_number=self.cleaned.job_number, issue_date=md.get("issue_date"),
            distribution=md.get("distribution"), original_language=md.get("original_language"),
            origin=md.get("origin"),
        )
        return Resolution(metadata=metadata, agenda_items=tuple(self.agenda),
                          preamble=Preamble(normalize_space(lg, formula) if formula else None, tuple(pre)),
                          operative=operative, parts=tuple(parts),
                          footnotes=tuple(footnotes), vote=vote, annexes=tuple(annexes))

    def _subs(self, subs: list[dict]) -> tuple[SubParagraph, ...]:
        out = []
        for s in subs:
            text, refs = self._refs(s["text"])
            out.append(SubParagraph(s["label"], text, refs, self._subs(s["subs"])))
        return tuple(out)


# -- helpers shared by the stages --------------------------------------------------------------
_LABEL_CACHE: dict[tuple[str, str, str], re.Pattern] = {}


@cache
def _opener_regex(code: str) -> re.Pattern:
    """A paragraph number or a sub-paragraph label at a line start: asked of every line, so one pattern."""
    return re.compile(f"(?:{lang(code).paragraph_number.pattern})|(?:{_labels_regex(code).pattern})")


@cache
def _labels_regex(code: str) -> re.Pattern:
    """One pattern for all the label styles of a language, in the order the table lists them."""
    parts = []
    for k, (pre, seq, post) in enumerate(lang(code).t["numbering"]["sub"]):
        inner = _label_regex(pre, seq, post).pattern.removeprefix("^").replace("(?P<label>", f"(?P<s{k}__{seq}>", 1)
        parts.append(f"(?:{inner})")
    return re.compile("^(?:" + "|".join(parts) + ")")


def _label_regex(pre: str, seq: str, post: str) -> re.Pattern:
    k = (pre, seq, post)
    if k not in _LABEL_CACHE:
        items = sorted(numbering()["sequences"][seq], key=len, reverse=True)
        alts = "|".join(re.escape(x) for x in items)
        if seq == "abjad":
            alts += "|ه"
        # The space after a label is gone where CJK text is joined without spaces: "(a)理事会".
        _LABEL_CACHE[k] = re.compile(
            rf"^(?P<label>{re.escape(pre)}(?:{alts}){re.escape(post)})(?:\s+|$|(?=[^\sA-Za-z0-9]))")
    return _LABEL_CACHE[k]


_VOTE_END = re.compile(r"[.。](?:\s?(?:\d{1,3}|\*{1,3}))?$")
_ENDNOTE_START = re.compile(r"^(?P<marker>\d{1,3}|\*{1,3})\s+(?P<text>\S.*)$")


def _mark_endnote(body: list[Line], marker: str, after: tuple[int, int], not_after: frozenset[str],
                  limit: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Marks the first place after `after` (line index, column) where the endnote's marker stands
    apart (or glued after a comma: "Dahomey,23"), before a space, punctuation or the line's end.
    After punctuation or another mark anything may follow ("Congo, 21 22"); after a word, a year
    or a document symbol ("Greece 55 and", "1946 15 in", "S/10182 11 and") only a word in lower
    case or punctuation may ("on 2 September" is a date), and never after a word that counts
    ("by 10 votes", "paragraph 3"). The marker, with the space before it, becomes a mark sentinel.
    Nothing at or after `limit` is marked."""
    pattern = _endnote_regex(marker)
    for i in range(after[0], len(body) if limit is None else limit[0] + 1):
        line = body[i]
        text = line.text
        if marker not in text:
            continue
        for m in pattern.finditer(text, after[1] if i == after[0] else 0):
            if limit is not None and (i, m.start()) >= limit:
                return None
            before = text[:m.start()]
            if not before.endswith(_ENDNOTE_AFTER_PUNCT):
                word = before.rsplit(" ", 1)[-1]
                after_mark = text[m.end():m.end() + 2]
                if (word.casefold() in not_after or (after_mark[1:].isupper() or after_mark[1:].isdigit())
                        or not (word[-1:].isalpha() or _YEAR.fullmatch(word) or ("/" in word and word[-1].isdigit()))):
                    continue
            line.text = before + MARK_OPEN + marker + MARK_CLOSE + text[m.end():]
            return i, m.start() + len(marker) + 2
    return None


def _sentinel_at(lines: list[Line], marker: str) -> tuple[int, int] | None:
    sentinel = MARK_OPEN + marker + MARK_CLOSE
    for i, ln in enumerate(lines):
        if (col := ln.text.find(sentinel)) >= 0:
            return i, col
    return None


def _unmark(lines: list[Line], markers: set[str]) -> None:
    """Puts the markers of these notes back in the text where the cleaning stage took them for marks."""
    for ln in lines:
        if MARK_OPEN in ln.text:
            ln.text = MARK_RE.sub(lambda m: m.group(1) if m.group(1) in markers else m.group(0), ln.text)


_ENDNOTE_AFTER_PUNCT = tuple(",;:.)]”’") + (MARK_CLOSE,)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@cache
def _endnote_regex(marker: str) -> re.Pattern:
    m = re.escape(marker)
    # The marker first, then a look back over it: the search then jumps to the marker's digits.
    return re.compile(rf"(?: {m}(?<=\S {m})|{m}(?<=[,;]{m}))(?=[ ,;.:)]|$)")


def _norm(s: str) -> str:
    from ..members import key

    return key(s)


def _stated_counts(text: str, lg: Lang) -> dict[str, int]:
    nums = [int(x) for x in re.findall(r"\d+", text)]
    if len(nums) == 3:
        return dict(zip(("in_favour", "against", "abstaining"), nums, strict=True))
    zero = any(w in text for w in lg.vote.get("zero_words", []))
    if len(nums) == 2 and zero:
        return {"in_favour": nums[0], "against": 0, "abstaining": nums[1]}
    return {}


def _any_date(text: str) -> str | None:
    for lg in all_langs():
        d = lg.date(text)
        if d:
            return d
    return None


def _language_of(name: str) -> str | None:
    for lg in all_langs():
        code = lg.language_code(name)
        if code:
            return code
    return None


def opening(lg: Lang, text: str) -> str | None:
    """The opening phrase of a paragraph ('Reaffirming also', '又回顾', 'وإذ يشير أيضاً'), or None."""
    o = lg.t["openings"]
    if "heads" in o:
        m = _heads_regex(lg.code).match(text)
        return m.group() if m else None
    words = re.finditer(r"\S+", text)
    first = next(words, None)
    if first is None:
        return None
    w = first.group()
    cased = w[:1].lower() != w[:1].upper()
    if cased and not w[:1].isupper() and not _lowercase_opening(lg, text):
        # In scripts with case an opening phrase starts with a capital, except in languages
        # whose preambles open in lower case (Russian: "признавая"); their table says how.
        return None
    adverbs, modifiers, stops = _opening_words(lg.code)
    if not cased and w.rstrip(",;:،").casefold() not in adverbs:
        return None  # without case, only a known opening word ("وإذ") says a phrase opens here
    if w[:1].isdigit() or w[:1] in "“\"«(":
        return None
    end = first.end()
    if _ends_phrase(w):
        return text[: end - 1] if w[-1] in ",;:،" else text[:end]
    take_next = w.casefold() in adverbs
    for m in words:
        t = m.group()
        bare = t.rstrip(",;:،").casefold()
        if take_next or bare in modifiers:
            take_next = False
            if t[-1] in ",;:،":
                return text[: m.end() - 1]
            end = m.end()
            if bare in stops:
                break
            continue
        break
    return text[:end]


def starts_with_head(lg: Lang, text: str) -> bool:
    """Whether a line opens with a known paragraph head: a word of the table's first_words, with
    its capital (unless the language's preambles open in lower case), or a known opening phrase
    where the table has no such list. Stronger evidence of a paragraph start than a capital."""
    words, any_case = _first_words(lg.code)
    if not words:
        return opening(lg, text) is not None
    lead = text.split(None, 2)[:2]
    if not lead or not (any_case or lead[0][:1].isupper()):
        return False
    first = lead[0].rstrip(",;:").casefold()
    if first in words:
        return True
    # A leading adverb or particle, then the head or a word of the phrase: "Se déclarant",
    # "с обеспокоенностью отмечая", "Deeply concerned".
    adverbs, modifiers, _ = _opening_words(lg.code)
    if first not in adverbs or len(lead) < 2:
        return False
    second = lead[1].rstrip(",;:").casefold()
    return second in words or second in modifiers


@cache
def _first_words(code: str) -> tuple[frozenset[str], bool]:
    o = lang(code).t["openings"]
    return frozenset(w.casefold() for w in o.get("first_words", ())), bool(o.get("lowercase_heads"))


@cache
def _opening_words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Adverbs, modifiers and stop words of a language's opening phrases, case-folded."""
    o = lang(code).t["openings"]
    adverbs, modifiers, stops = (frozenset(w.casefold() for w in o.get(k, ()))
                                 for k in ("adverbs", "modifiers", "stop_after"))
    return adverbs, modifiers, stops


def _lowercase_opening(lg: Lang, text: str) -> bool:
    heads = _lowercase_heads(lg.code)
    if not heads:
        return False
    adverbs, modifiers, _ = _opening_words(lg.code)
    lead = adverbs | modifiers
    # Up to three words may lead the head: "с большой обеспокоенностью отмечая".
    for word in text.split(None, 4)[:4]:
        if word.rstrip(",;:").casefold() in heads:
            return True
        if word.casefold() not in lead:
            return False
    return False


@cache
def _lowercase_heads(code: str) -> frozenset[str]:
    # A list, not a suffix rule: Russian gerunds ("признавая") share endings with adjectives and
    # participles ("международная", "находящихся") that often start a wrapped line.
    return frozenset(w.casefold() for w in lang(code).t["openings"].get("lowercase_heads", ()))


@cache
def _heads_regex(code: str) -> re.Pattern:
    """Languages written without spaces: an optional prefix (又, 还) and the longest known head."""
    o = lang(code).t["openings"]
    heads = "|".join(re.escape(h) for h in sorted(set(o["heads"]), key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in sorted(o["prefixes"], key=len, reverse=True))
    return re.compile(f"(?:(?:{prefixes})(?={heads}))?(?:{heads})")


def _ends_phrase(word: str) -> bool:
    return word[-1] in ",;:،"
