"""Stage `segment`: where the header ends, the enacting formula stands, the body runs and the
closing block and annexes begin (doc.seg)."""

from __future__ import annotations

import re
from functools import cache

from ..firstchars import first_chars, guard
from ..langs import Lang, punctuation
from ..problems import Problem, UnresError
from .blocks import finished, full_line
from .cover import ONE_LINE_STATEMENTS
from .header import in_capitals
from .marked import join_text, normalize_text
from .openings import opening
from .parts import LATIN_PARTS, symbol_part
from .ruleset import Rule
from .state import Doc, Line

FORMULA_WITHIN = 300  # the formula stands within the first lines
PART_TITLE_LINES = 3  # a part's title before its formula takes a few lines at most
PART_CLOSING_LINES = 3  # a part's closing block: its meeting and date (a line of each, or both on one)
HEADING_WITHIN = 20  # so does a resolution heading ("Resolution 2700 (2023)", "35/8. Title")
# Dates and meeting lines are short; most lines of a body are not.
CLOSING_LINE_MAX = 40
# A meeting and its date on one line ("47th plenary meeting 4 December 2024") are still short.
CLOSING_JOINED_MAX = 64
_FULL_STOPS = frozenset(punctuation("full_stop"))
_HEADINGS = ("sc_heading", "sc_old_heading", "number_title")
_UNDER_HEADING = ("sc_old_date", "sc_adopted")
_SC_HEADINGS = ("sc_heading", "sc_old_heading", "sc_old_date", "sc_adopted")
_HEADER_STATEMENTS = ("origin", "sc_old_date", "sc_adopted", "adopted", "session", "agenda", "distribution",
                      "original", "number_title", "sc_heading", "sc_old_heading", "meeting")


def segment(doc: Doc) -> None:
    """Stage: doc.seg."""
    lines, lg, seg = doc.lines, doc.lang, doc.seg
    if not lines:
        raise UnresError(Problem("text-empty", "the input has no text", line=1))
    f_idx = find_formula(doc)
    titled = None  # the label's line, where a first part's label and title stand before the formula
    if f_idx is None:
        # formula-missing: some early resolutions open with "Whereas…" instead of a formula:
        # accepted when a resolution heading says what the text is.
        f_idx = header_end(doc)
        if f_idx is None:
            raise UnresError(Problem("text-no-formula", "no enacting formula found (expected a line such as "
                                     f"{lg.formulas[0]!r})", line=lines[0].number))
        doc.warn("text-formula-missing", "no enacting formula; the resolution's text starts after its heading",
                 lines[f_idx - 1].number)
        doc.fired("formula-missing", lines[f_idx - 1].number)
        seg.header_to = seg.lead_from = f_idx
        f_idx -= 1  # the body starts right after the heading
        seg.body_from = f_idx + 1
    elif part_label_before_formula(doc, f_idx) or (titled := part_title_before_formula(doc, f_idx)) is not None:
        label = f_idx - 1 if titled is None else titled
        doc.fired("part-label-before-formula" if titled is None else "part-title-before-formula", lines[label].number)
        # The first part's label stands before the formula ("A" / "The Security Council,"), or its
        # label and title ("A" / "Information in the service of humanity" / "The General Assembly,"):
        # each part has its formula, the resolution none of its own.
        seg.header_to, seg.lead_from = label, f_idx
        seg.body_formula = f_idx
        seg.body_from = label
    else:
        seg.formula = lines[f_idx].view
        seg.body_formula = f_idx
        seg.body_from = f_idx + 1
        seg.header_to = seg.lead_from = leading_preamble(doc, f_idx)
        if seg.lead_from < f_idx:
            doc.fired("preamble-before-formula", lines[seg.lead_from].number)
    seg.formula_at = f_idx
    seg.closing_at, seg.annex_at = find_closing(doc, f_idx + 1)


def find_formula(doc: Doc) -> int | None:
    """formula-without-comma: the enacting formula as the table writes it — or, in older texts
    written without its comma ("The Security Council"), like the body's name in the header, the
    first such line after a resolution heading. formula-before-draft: such a line stands before a
    formula written in full when the line after it opens a paragraph: an ECOSOC resolution that only recommends a
    draft to the General Assembly prints "The Economic and Social Council" / "Recommends … the
    following draft resolution:", and the draft's own formula, "The General Assembly,", follows."""
    lg, lines = doc.lang, doc.lines
    exact = next((i for i, ln in enumerate(lines[:FORMULA_WITHIN]) if is_formula(doc, ln)), None)
    if exact is not None and formula_text(lg, lines[exact].view) != normalize_text(lg, lines[exact].view):
        doc.fired("formula-comma-apart", lines[exact].number)
    heading_end = header_end(doc)
    if exact is not None and heading_end is None:
        return exact  # formula-before-draft stands after a resolution heading only (not on the cover)
    start = heading_end or 0
    for i in range(start, min(len(lines), FORMULA_WITHIN) if exact is None else exact):
        # (Spacing and case do not count: extraction sometimes loses the spaces of a line.)
        if (lg.body_by_formula(lines[i].view) is not None and i + 1 < len(lines)
                and not lg.match("session", lines[i + 1].view)
                # (Not the line right before the formula: that is a title's last line, "…de" /
                # "l’Assemblée générale" / "L’Assemblée générale,", no draft's recommending formula.)
                and (exact is None or (i + 1 != exact and opening(lg, lines[i + 1].view) is not None))):
            doc.fired("formula-without-comma" if exact is None else "formula-before-draft", lines[i].number)
            return i
    return exact


# Apostrophes as texts print them — straight, modifier letter, backtick, left quote — folded to the
# typographic one the tables write (as fold_word folds them, the case kept).
_APOSTROPHES = str.maketrans(dict.fromkeys("'ʼ`‘", "’"))


def is_formula(doc: Doc, line: Line) -> bool:
    """Whether a line is the enacting formula written in full, as the table writes it — or, formula-apostrophe-exact,
    with its apostrophe straight ("L'Assemblée générale," for "L’Assemblée générale,"), as texts typed with straight
    quotes print it, which the flow's formula-apostrophe-folded reads as the formula too. Missed, the formula was
    sought as one written without its comma, and a title's last line that is the body's name ("… de la soixante-
    dix-septième session de" / "l'Assemblée générale" / "L'Assemblée générale,") was taken for it: the formula became
    a preambular paragraph. (French texts typed with straight apostrophes.)"""
    text = formula_text(doc.lang, line.view)
    formulas = _formulas(doc.lang)
    if text in formulas:
        return True
    if text.translate(_APOSTROPHES) not in formulas:
        return False
    doc.fired("formula-apostrophe-exact", line.number)
    return True


@cache
def _formulas(lg: Lang) -> frozenset[str]:
    return frozenset(normalize_text(lg, f) for f in lg.formulas)


_COMMA_APART = re.compile(r"\s+(?=[,،，]$)")


def formula_text(lg: Lang, text: str) -> str:
    """formula-comma-apart: a line as the enacting formula is compared — its final comma set apart by a
    space ("L'Assemblée générale ,", "Совет Безопасности ,"), as extractors give an italic formula and
    its upright comma in two runs, is the formula's comma. (Without it the formula was missed, and a
    body's name written like its formula, "Совет Безопасности" on the cover, was taken for it.)"""
    text = normalize_text(lg, text)
    return _COMMA_APART.sub("", text) if text.endswith((",", "،", "，")) else text


def header_end(doc: Doc) -> int | None:
    """Index of the first line after a resolution heading, when the text has one."""
    lg, lines = doc.lang, doc.lines
    for i, ln in enumerate(lines[:HEADING_WITHIN]):
        capitals = _heading_in_capitals(doc, ln.text)
        if capitals or lg.matches_any(_HEADINGS, ln.text):
            j = i + 1
            while j < len(lines):
                if (lg.matches_any(_UNDER_HEADING, lines[j].view)
                        or (capitals and _under_heading_in_capitals(doc, lines[j].view))):
                    j += 1
                elif _wrapped_under_heading(doc, j):
                    j += 2
                else:
                    break
            return j
    return None


# under-heading-wrapped: the statement's last line the wrap left is short — the year of its date ("2021"), the date,
# or the meeting and the date where the wrap came after "at its" ("9990th meeting, on 29 September 2043", 36
# characters; "на своем 9990-м заседании 29 сентября 2043 года", 47): no preambular paragraph's first line is so short
# and completes the statement up to its year (the joined lines must still match the statement's pattern).
UNDER_HEADING_REST_MAX = 60


def _wrapped_under_heading(doc: Doc, j: int) -> bool:
    """under-heading-wrapped: the statement under a Security Council heading ("Adopted by the Security Council at its
    8870th meeting, on 30 September 2021") that the wrap cut before its date's end ("… المعقودة في 30 أيلول/سبتمبر" /
    "2021"), a short rest on the next line: the two lines are the statement, the heading's, not the first paragraph —
    where the text has no formula, the body starts after them (formula-missing). Read apart, the statement was the
    text's first preambular paragraph. (Security Council resolutions printed without their formula, in narrow PDF
    text.)"""
    lines, lg = doc.lines, doc.lang
    if j + 1 >= len(lines) or len(lines[j + 1].view.strip()) > UNDER_HEADING_REST_MAX:
        return False
    if not lg.matches_any(_UNDER_HEADING, f"{lines[j].view.strip()} {lines[j + 1].view.strip()}"):
        return False
    if doc.trace is not None and ("under-heading-wrapped", lines[j].number) not in doc.trace:
        doc.fired("under-heading-wrapped", lines[j].number)  # (header_end is asked more than once)
    return True


def _heading_in_capitals(doc: Doc, text: str) -> bool:
    """cover-capitals: a Security Council heading printed in capitals ("RESOLUTION 2573 (2021)", older print's cover,
    which the test layouts draw) is the heading, for formula-missing too: a resolution the UN printed without its
    formula gave no output where its heading was in capitals. Only where the text's symbol is that resolution's
    ("S/RES/2573 (2021)"): a letter's title in capitals may end with the resolution it cites ("… ESTABLISHED PURSUANT
    TO" / "RESOLUTION 2999 (2031)"), and a letter is no resolution (review, round thirty-two)."""
    # (not traced: the header stage traced the line's cover-capitals already, and this is asked more than once)
    if not in_capitals(text) or not doc.symbol:
        return False
    m = next((m for name in _SC_CAPITAL_HEADINGS if (m := doc.lang.match_capitals(name, text)) is not None), None)
    return m is not None and bool(m.groupdict().get("number")) and doc.symbol.endswith(m["number"])


def _under_heading_in_capitals(doc: Doc, text: str) -> bool:
    """The statements under a heading in capitals, in capitals too ("ADOPTED BY THE SECURITY COUNCIL AT ITS 9999TH
    MEETING, ON 27 APRIL 2031"): the heading's, not the first paragraph's."""
    return in_capitals(text) and any(doc.lang.match_capitals(name, text) for name in _UNDER_HEADING)


# (the Security Council's headings, which name the resolution's number; "77/3. TITLE" in capitals is a title's)
_SC_CAPITAL_HEADINGS = tuple(name for name in _HEADINGS if name.startswith("sc_"))


def part_label_before_formula(doc: Doc, f_idx: int) -> bool:
    """part-label-before-formula: a first part's label before the formula (S/RES/161: "A" / "The
    Security Council,") makes a resolution in parts, each with its formula."""
    lines = doc.lines
    return (f_idx > 0 and lines[f_idx - 1].text.strip() in (doc.lang.part_labels[0], symbol_part(doc))
            and (header_end(doc) or 0) < f_idx)


def part_title_before_formula(doc: Doc, f_idx: int) -> int | None:
    """part-title-before-formula: a first part's label, then its title on a line or a few (unfinished,
    no paragraph), before the formula: a resolution in parts each with its title and formula, as the
    General Assembly publishes some as a collection (A/RES/77/128 A-B: "A" / "Information in the
    service of humanity" / "The General Assembly,"). The label's index, or None. (Without the label
    the lines would go on with the resolution's title: "77/128. Questions relating to information".)"""
    lines, lg = doc.lines, doc.lang
    start = header_end(doc) or 0
    for k in range(f_idx - 2, max(f_idx - 2 - PART_TITLE_LINES, start - 1), -1):
        between = lines[k + 1:f_idx]
        if any(finished(ln.view) or lg.paragraph_number.match(ln.view) for ln in between):
            return None
        if lines[k].text.strip() in (lg.part_labels[0], symbol_part(doc)):
            return k
    return None


def leading_preamble(doc: Doc, f_idx: int) -> int:
    """preamble-before-formula: where paragraphs printed between a Security Council heading and the
    formula start (f_idx when there are none): at the first line after the heading and its
    statements (date, adoption, origin) that opens like a paragraph. (After a "35/8. Title"
    heading, lines before the formula go on with the title.)"""
    lg, lines = doc.lang, doc.lines
    start = header_end(doc)
    if start is None or not lg.matches_any(_SC_HEADINGS, lines[start - 1].text):
        return f_idx
    i = start
    while i < f_idx:
        t = lines[i].text
        if lg.matches_any(_HEADER_STATEMENTS, t):
            i += 1
            continue
        # A statement wrapped over two lines (see cover.rejoin).
        if i + 1 < f_idx and lg.matches_any(ONE_LINE_STATEMENTS, join_text(lg, [t, lines[i + 1].text])):
            i += 2
            continue
        return i if opening(lg, t) is not None else f_idx
    return f_idx


def find_closing(doc: Doc, start: int) -> tuple[int, int]:
    """Where the closing block (adoption date, meeting, vote) and the annexes start."""
    lines = doc.lines
    closing = len(lines)
    kinds = closing_or_meeting(doc.lang).match
    dropped: list[list[Line]] = []  # part-closing-goes-on: the closings of the parts before the last
    i = start
    while i < len(lines):
        ln = lines[i]
        t = ln.view if ln.marks else ln.text
        # (A line that is no closing statement, starts like no meeting and like no date — dates open
        # with the day or the year — opens no closing block: most lines, not asked further.)
        if ((k := kinds(t)) is not None or t[:1].isdigit()) and (at := _closing_at(doc, i, start, k, t)) is not None:
            if (end := part_closing_end(doc, at)) is None:
                closing = at
                break
            # (A part's closing leaves the lines, so that the next parts read as the body's; what it says
            # is compared with the resolution's closing below.)
            dropped.append(lines[at:end])
            del lines[at:end]
            i = at
            continue
        i += 1
    annex = _annex_at(doc, closing) if closing < len(lines) else annex_without_closing(doc, start)
    _report_part_closings(doc, dropped, lines[closing:annex])
    return min(closing, annex), annex


def part_closing_end(doc: Doc, at: int) -> int | None:
    """part-closing-goes-on: in a resolution whose parts each open with their label (and title) and formula
    (part-title-before-formula, part-label-before-formula: the General Assembly's collections, A/RES/77/128 A-B,
    A/RES/77/264 A-C), each part ends with its own meeting and date — the closing block of a part before
    the last, which the next part's label and, a few lines on, its formula follow, does not end the text: the
    body goes on. Read as the closing, it cut the resolution after its first part (the others read as
    closing lines not understood). Where the lines after the closing block at `at` end (None: no part
    follows — an annex's "I" after the last closing is no part, having no formula)."""
    lines, lg = doc.lines, doc.lang
    if not doc.seg.parts_carry_formulas:
        return None
    # (The language's labels, or the Latin letters a symbol that names parts uses: parts-named-by-symbol.)
    labels = {*lg.part_labels, *(LATIN_PARTS if symbol_part(doc) else ())}
    end = at
    while (end < len(lines) and end - at < PART_CLOSING_LINES and lines[end].text.strip() not in labels
           and _part_closing_line(doc, lines[end].view)):
        end += 1
    if end == at or end >= len(lines) or lines[end].text.strip() not in labels:
        return None
    if not any(lg.body_by_formula(ln.view.strip()) is not None for ln in lines[end + 1:end + 2 + PART_TITLE_LINES]):
        return None
    doc.fired("part-closing-goes-on", lines[at].number)
    return end


def _part_closing_line(doc: Doc, t: str) -> bool:
    """Whether t is a line of a closing block: a closing statement, a meeting, a date — not an annex's
    heading (closing_or_meeting matches any line its first character lets through, both groups empty)."""
    lg = doc.lang
    if lg.match("annex", t) is not None:
        return False
    k = closing_or_meeting(lg).match(t)
    return ((k is not None and (k["closing"] is not None or k["start"] is not None))
            or lg.patterns["meeting"].match(t) is not None or lg.date(t) is not None)


def _report_part_closings(doc: Doc, dropped: list[list[Line]], closing: list[Line]) -> None:
    """A part's closing that says more than the resolution's (another meeting or date) is reported, whole:
    the model holds one closing, and nothing is dropped silently."""
    last = [ln.text.strip() for ln in closing]
    for block in dropped:
        if not all(ln.text.strip() in last for ln in block):
            doc.warn("text-part-closing", "a part's closing differs from the resolution's: "
                     + " / ".join(ln.text.strip() for ln in block), block[0].number)


def _closing_at(doc: Doc, i: int, start: int, k: re.Match[str] | None, t: str) -> int | None:
    """Where the closing block starts when line i (its view t) opens it (None: it does not). k: the
    line's match of closing_or_meeting."""
    lg, ln = doc.lang, doc.lines[i]
    joinable = not ln.marks and len(t) < CLOSING_JOINED_MAX
    short = (ln.width if ln.marks else len(t)) < CLOSING_LINE_MAX
    starts = k is not None and k["start"] is not None and (joinable or short)
    if joinable and _joined(doc, i, start, starts, t):
        return i
    if starts and joinable and meeting_with_comma(doc, i, start, t):
        return i
    is_date = short and t[:1].isdigit() and _dated(doc, i, start, t)
    closes = k is not None and k["closing"] is not None and not closing_words_wrapped(doc, i, start)
    whole = starts and (lg.patterns["meeting"].match(t) is not None if short else meeting_whole_line(doc, ln, t))
    if is_date or whole or closes:
        return _closing_starts(doc, i, start, is_date)
    return None


def _dated(doc: Doc, i: int, start: int, t: str) -> bool:
    """Whether line i (its view t, short, opening with a digit) is a date alone: the language's, or one whose year
    has digits glued (closing-date-year-glued)."""
    return doc.lang.date(t) is not None or date_year_glued(doc, i, start, t)


def date_year_glued(doc: Doc, i: int, start: int, t: str) -> bool:
    """closing-date-year-glued: serves closings printed as the adoption date alone after the last paragraph (no
    meeting line: some extractions and some of the UN's texts leave it out), whose year has more digits glued to it
    — a note's mark printed raised come out as digits, or the source's slip ("21 июля 20221 года", "4 May 20363"):
    no year has five digits. Such a line, the text's last or followed by the closing's lines, after a paragraph its
    line before finished, is the closing's date, not the paragraph's end (read as the paragraph's, the date ran
    into the last operative paragraph). The line is kept whole in the closing, which reports it as not understood
    (text-closing-unknown): the year's digits are not cut by a guess. Not after a line that ends with a colon: it
    announces what follows, the date its paragraph's own ("… shall open on the following date:" / "21 September
    20391", a mark glued)."""
    lines = doc.lines
    m = _YEAR_GLUED.search(t)
    above = lines[i - 1].view.rstrip() if i > start else ""
    if m is None or not finished(above) or above.endswith(_COLONS):
        return False
    if doc.lang.date(t[:m.start()] + m["year"] + t[m.end():]) is None:
        return False
    if i + 1 < len(lines) and not _opens_closing(doc, lines[i + 1].view):
        return False
    doc.fired("closing-date-year-glued", lines[i].number)
    return True


_COLONS = tuple(punctuation("colon"))
# (a year, 20th or 21st century, with one or two digits more glued to it: a mark's — notes are seldom above 99 —
# or a slip's; the digits end there)
_YEAR_GLUED = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\d{1,2}(?!\d)")


# closing-words-wrapped: the share of a full line the line before must fill to be one the wrap cut
WRAPPED_SHARE = 0.8


def closing_words_wrapped(doc: Doc, i: int, start: int) -> bool:
    """closing-words-wrapped: in a script without spaces (it breaks anywhere, before any word), a line that opens
    with a closing statement's words ("一致通过", unanimously) is no closing where the line before is a body line the
    wrap cut — unfinished, and as long as a full line (a date's or a meeting's line, after which the statement
    stands, is short) —: the words are the paragraph's own, the wrap putting them first on the line ("…和大会2014年协商"
    / "一致通过的世界土著人民大会成果文件 …", adopted by consensus). Read as the closing, the text was cut there and
    its last paragraphs lost. Never a bracketed statement ("[未经表决获得通过。]"), nor a whole statement ending with
    its stop before a meeting's line, a date's line or the text's end: those are the closing after a last paragraph
    that lacks its stop. Where it refuses the closing it warns (text-closing-uncertain). (A spaced script opens its
    statement with a capital word, which no wrap puts first in a sentence: never asked there.)"""
    if i <= start or doc.lang.script.spaced or _closing_statement_whole(doc, i):
        return False
    before = doc.lines[i - 1]
    if finished(before.text) or before.width < WRAPPED_SHARE * full_line(doc.lines[start:]):
        return False
    ln = doc.lines[i]
    doc.fired("closing-words-wrapped", ln.number)
    doc.warn("text-closing-uncertain", f"a closing statement's words open a line after a full unfinished line, read "
             f"as the paragraph's text: {ln.view.strip()}", ln.number)
    return True


def _closing_statement_whole(doc: Doc, i: int) -> bool:
    """Whether line i is a closing statement as the closing prints it: bracketed, or whole (ending with its stop or
    bracket) before a meeting's line, a date's line or the text's end."""
    t = doc.lines[i].view.strip()
    if t.startswith("["):
        return True
    if not t.endswith(("]", *punctuation("full_stop"))):
        return False
    if i + 1 >= len(doc.lines):
        return True
    nxt = doc.lines[i + 1].view.strip()
    return _opens_closing(doc, nxt) or (nxt[:1].isdigit() and doc.lang.date(nxt) is not None)


def meeting_whole_line(doc: Doc, ln: Line, t: str) -> bool:
    """meeting-whole-line: a line the meeting pattern reads whole opens the closing block, though longer
    than a closing line's usual length: a resumed meeting, "56-е (возобновленное) пленарное заседание"
    (41 characters), "第56次全体会议(续会)". (A shorter line needs only to start like a meeting.) Serves
    every layout of the General Assembly's resumed sessions, whose meeting line was read as the last
    paragraph's end."""
    if not (len(t) < CLOSING_JOINED_MAX and doc.lang.patterns["meeting"].match(t) is not None):
        return False
    doc.fired("meeting-whole-line", ln.number)
    return True


def meeting_with_comma(doc: Doc, i: int, start: int, t: str) -> bool:
    """meeting-with-comma: a meeting printed with a comma before the adoption date — "45th plenary meeting," with
    the date alone on the next line, or both on one line, "45th plenary meeting, 7 December 2040" — opens the
    closing block after a finished line (the last paragraph's end), the comma left out as the full stop some print
    after the meeting is: the meeting pattern, which reads the meeting whole, read no meeting there, and the line
    joined the last paragraph, silently. After an unfinished line the same words may end a paragraph ("… adopted
    at its" / "45th plenary meeting,"): left in the text, and reported (text-closing-uncertain). Serves every
    layout that prints the closing's meeting and date as one phrase, on one line or two."""
    split = _meeting_comma_split(doc, i, t)
    if split is None:
        return False
    ln = doc.lines[i]
    if not (i > start and finished(doc.lines[i - 1].view.rstrip())):
        doc.warn("text-closing-uncertain", f"a meeting with a comma before the adoption date after an unfinished "
                 f"line, read as the paragraph's end: {t}", ln.number)
        return False
    doc.fired("meeting-with-comma", ln.number)
    meeting, date = split
    doc.lines[i:i + 1] = [Line(meeting, ln.number, ln.indent, ln.page_start, ln.gap_before),
                          *([Line(date, ln.number, ln.indent)] if date else [])]
    return True


def _meeting_comma_split(doc: Doc, i: int, t: str) -> tuple[str, str] | None:
    """(the meeting, the date after its comma on the same line or "") where line i (its text t) is a meeting the
    language's pattern reads, then a comma, then the adoption date — there or alone on the next line (a date
    with no punctuation after it, as the adoption date is printed)."""
    comma = next((k for k, c in enumerate(t) if c in _COMMAS), None)
    if comma is None or doc.lang.patterns["meeting"].match(t[:comma].rstrip()) is None:
        return None
    meeting, date = t[:comma].rstrip(), t[comma + 1:].strip()
    if not date and i + 1 < len(doc.lines):
        after = doc.lines[i + 1].view.strip()
        return (meeting, "") if _adoption_date(doc, after) else None
    return (meeting, date) if date and _adoption_date(doc, date) else None


def _adoption_date(doc: Doc, t: str) -> bool:
    """Whether t is a date alone, with no punctuation after it (as the adoption date is printed)."""
    return len(t) < CLOSING_LINE_MAX and t[:1].isdigit() and doc.lang.date(t) is not None and not finished(t)


def _split_joined(doc: Doc, i: int, t: str) -> bool:
    """Line i (its text t) split in two where it holds the meeting and the adoption date (closing-joined)."""
    split = closing_joined(doc, t)
    if split is None:
        return False
    ln = doc.lines[i]
    doc.fired("closing-joined", ln.number)
    doc.lines[i:i + 1] = [Line(split[0], ln.number, ln.indent, ln.page_start, ln.gap_before),
                          Line(split[1], ln.number, ln.indent)]
    return True


def _joined(doc: Doc, i: int, start: int, starts: bool, t: str) -> bool:
    """Whether line i (its text t, short enough) holds the meeting and the adoption date, then split in two: a meeting
    the language's pattern reads (closing-joined; starts: the line starts like one) or a numbered one
    (meeting-before-joined-date)."""
    if starts:
        return _split_joined(doc, i, t)
    return i > start and _numbered_meeting_joined(doc, i, t)


def _numbered_meeting_joined(doc: Doc, i: int, t: str) -> bool:
    """meeting-before-joined-date: a line that opens with a number and ends with a date and no punctuation, after
    a line ending with a full stop, whose words before the date are short, unfinished and no paragraph number, is
    the closing's meeting and adoption date on one line, however the meeting is worded ("56º período de sesiones
    5 de abril de 2024"), as meeting-before-date reads the two on lines of their own and closing-joined the
    meeting the language's pattern knows: read as none, the closing ran into the last paragraph. (The Human
    Rights Council's closings, joined by a block extractor or the PDF.)"""
    lines = doc.lines
    # (The line before ends the last paragraph with its full stop, and the date ends with no punctuation, as a
    # closing's does: a preambular paragraph's dates, "… 73/44 of 5 December 2018 and 75/41 of" / "7 December
    # 2020,", end a clause.)
    if not (t[:1].isdigit() and _last_paragraph_ends(doc, i) and not finished(t)
            and not doc.lang.paragraph_number.match(t)):
        return False
    for k in range(1, len(t)):
        if t[k].isdigit() and not t[k - 1].isdigit():
            head, tail = t[:k].rstrip(), t[k:]
            if (len(head) < CLOSING_LINE_MAX and not finished(head) and doc.lang.date(tail) is not None
                    and _closing_follows(doc, i)):
                ln = lines[i]
                doc.fired("meeting-before-joined-date", ln.number)
                if lines[i - 1].view.rstrip()[-1:] not in _FULL_STOPS:
                    doc.fired("closing-after-item-end", ln.number)
                lines[i:i + 1] = [Line(head, ln.number, ln.indent, ln.page_start, ln.gap_before),
                                  Line(tail, ln.number, ln.indent)]
                return True
    return False


_ITEM_STOPS = _FULL_STOPS | frozenset(punctuation("semicolon"))


def _last_paragraph_ends(doc: Doc, i: int) -> bool:
    """For meeting-before-joined-date: the line before line i ends the last paragraph — with its full stop, or with
    an item's semicolon (closing-after-item-end: the closing of a text whose last paragraph ends as an item does, an
    extract cut after "… recuperen sus bienes;" or a text ending with its list), the closing's lines or the text's
    end following (_closing_follows, asked by the caller), as they follow no paragraph's end."""
    return doc.lines[i - 1].view.rstrip()[-1:] in _ITEM_STOPS


def _closing_follows(doc: Doc, i: int) -> bool:
    """For meeting-before-joined-date: the text ends after line i, or a closing line or an annex's heading follows
    it — a line that opens with a number and ends with a date inside the body ("… Suplemento núm." / "2 del informe
    aprobado el 5 de diciembre de 2030" / "y las decisiones …") has running text after it, and the closing read
    there took the paragraphs after it in."""
    if i + 1 >= len(doc.lines):
        return True
    t = doc.lines[i + 1].view
    return doc.lang.match("annex", t) is not None or _part_closing_line(doc, t)


def _closing_starts(doc: Doc, i: int, start: int, is_date: bool) -> int | None:
    """Where the closing block starts, line i being a date, a meeting or a closing statement (None:
    a date not followed by the meeting or the vote, which is no closing)."""
    lines = doc.lines
    if is_date and _date_ends_sentence(doc, i, start):
        return None
    # The date line must be followed by the meeting or the vote, or end the text — or the annexes.
    if is_date and i + 1 < len(lines) and not _opens_closing(doc, lines[i + 1].view):
        if date_before_notes(doc, i, start):
            return i
        if not date_before_annex(doc, lines[i + 1]):
            return None
        doc.fired("date-before-annex", lines[i].number)
    if is_date and i > start and _meeting_before_date(doc, lines[i - 1]):
        doc.fired("meeting-before-date", lines[i - 1].number)
        return i - 1
    return i


# A note printed after the text: its marker ("1", "19", "*") and its text's first letter.
_FIRST_NOTE = re.compile(r"(?:\d{1,3}|\*{1,3})\s+[^\W\d_]")


def date_before_notes(doc: Doc, i: int, start: int) -> bool:
    """date-before-notes: a date line after a finished paragraph, followed by a note — the first of the
    notes printed at the text's end ("1 United Nations, Treaty Series, vol. 729 …") or one of the last
    page's ("19 A/77/237.") —, is the adoption date of a closing printed without its meeting line (some
    of the UN's texts give the date alone): read as no closing, the date became a heading and the text's
    paragraphs one block. Serves text extracted with notes after the text's last line (an extractor that
    gives the notes at the end, or the last page's foot after its text)."""
    lines = doc.lines
    if not (i > start and _FIRST_NOTE.match(lines[i + 1].view) and finished(lines[i - 1].view.rstrip())):
        return False
    doc.fired("date-before-notes", lines[i].number)
    return True


def _date_ends_sentence(doc: Doc, i: int, start: int) -> bool:
    """date-ends-sentence: a date line after an unfinished line, that ends with a clause's punctuation
    ("… of the General Assembly commence on" / "23 October 2023."), is the end of the last paragraph,
    not the adoption date — which ends with no punctuation — however the closing's meeting follows it:
    read as the closing, the date left the paragraph (a last paragraph wrapped before its date)."""
    lines = doc.lines
    if not (i > start and finished(lines[i].view.rstrip())):
        return False
    before = lines[i - 1].view.rstrip()
    if not finished(before):
        doc.fired("date-ends-sentence", lines[i].number)
        return True
    return date_after_comma(doc, lines[i], before)


_COMMAS = tuple(punctuation("comma"))


def date_after_comma(doc: Doc, line: Line, before: str) -> bool:
    """date-after-comma-ends-sentence: a date line that ends with punctuation after a line ending with a comma
    ("… will be held on Thursday," / "27 July 2023.") is the last paragraph's end, as date-ends-sentence reads one
    after an unfinished line: no paragraph ends with a comma before the closing (the last operative paragraph ends
    with its full stop), and the adoption date ends with no punctuation. Read as the closing's date, the paragraph's
    date left it for the closing, whose own date then differed from the header's. Serves every layout that wraps a
    last paragraph ending with a weekday and a date ("Thursday, 27 July 2023."; the ECOSOC's working arrangements,
    the General Assembly's dates of meetings)."""
    # (a meeting printed with a comma before its date, "45th plenary meeting," / "7 December 2040.", is the closing's)
    if not before.endswith(_COMMAS) or doc.lang.match("meeting", before.rstrip("".join(_COMMAS)).strip()):
        return False
    doc.fired("date-after-comma-ends-sentence", line.number)
    return True


def date_before_annex(doc: Doc, after: Line) -> bool:
    """date-before-annex: an adoption date printed alone — no meeting, no vote, as the UN's files
    of some ECOSOC resolutions give their closing — closes the resolution when its annex's heading
    follows it ("21 July 2022" / "Annex"): the annex's paragraphs are no operative paragraphs."""
    return doc.lang.match("annex", after.view) is not None


def _annex_at(doc: Doc, closing: int) -> int:
    """Where the annexes start: an annex follows the closing block."""
    for i in range(closing, len(doc.lines)):
        if doc.lang.match("annex", doc.lines[i].view):
            return i
    return len(doc.lines)


def annex_without_closing(doc: Doc, start: int) -> int:
    """annex-without-closing: a text without a closing block — a Security Council resolution, whose
    adoption its heading states — has its annexes right after the last operative paragraph: an
    annex's heading standing alone after a finished line starts them. (After an unfinished line it
    would be the end of a sentence wrapped: "… as set out in the" / "annex".)"""
    lines = doc.lines
    for i in range(start + 1, len(lines)):
        if doc.lang.match("annex", lines[i].view) and finished(lines[i - 1].view):
            doc.fired("annex-without-closing", lines[i].number)
            return i
    return len(lines)


def _opens_closing(doc: Doc, t: str) -> bool:
    """A meeting or a vote statement: what follows the adoption date in a closing block."""
    return bool(doc.lang.patterns["meeting"].match(t) or doc.lang.patterns["closing"].match(t))


def closing_joined(doc: Doc, t: str) -> tuple[str, str] | None:
    """closing-joined: the meeting and the adoption date on one line ("47th plenary meeting
    4 December 2024", "第43次全体会议2023年7月25日"), as paragraph-block extractors join the
    closing block and some PDFs print it: (meeting, date), split where the date begins (dates
    open with the day or the year)."""
    meeting = doc.lang.patterns["meeting"]
    # (Asked of every short line of the body: a line that does not start like a meeting is not
    # tried at each of its digits.)
    if not _meeting_start(meeting).match(t):
        return None
    for k in range(1, len(t)):
        if t[k].isdigit() and not t[k - 1].isdigit():
            head, tail = t[:k].rstrip(), t[k:]
            if meeting.match(head) and doc.lang.date(tail) is not None:
                return head, tail
    return None


@cache
def closing_or_meeting(lg: Lang) -> re.Pattern[str]:
    """What the closing search asks of each line, in one pattern (each call of the engine costs as
    much as trying a few patterns): group "closing" when the closing pattern matches the line, group
    "start" when it starts like a meeting (_meeting_start) — or no match when neither (the guard of
    both their first characters turns such a line away at once)."""
    closing, start = lg.patterns["closing"], _meeting_start(lg.patterns["meeting"])
    unnamed = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in (closing, start)]
    a, b = first_chars(closing), first_chars(start)
    firsts = None if a is None or b is None else (a[0] | b[0], a[1] or b[1])
    return re.compile(f"{guard(firsts)}(?:(?=(?P<closing>{unnamed[0]})))?(?P<start>{unnamed[1]})?", start.flags)


@cache
def _meeting_start(meeting: re.Pattern[str]) -> re.Pattern[str]:
    """What a line that opens with a meeting starts with: the meeting pattern without the "$"
    that ends it (a line whose start fits the whole pattern fits this)."""
    p = meeting.pattern
    return re.compile(p[:-1], meeting.flags) if p.endswith("$") and not p.endswith("\\$") else meeting


def _meeting_before_date(doc: Doc, prev: Line) -> bool:
    """meeting-before-date: a short unfinished line that starts with a number right before the
    adoption date is the meeting, however it is worded ("56º período de sesiones")."""
    t = prev.view
    return (t[:1].isdigit() and prev.width < CLOSING_LINE_MAX and not finished(prev.text)
            and not doc.lang.paragraph_number.match(t))


def _formula_missing(doc: Doc) -> int | None:
    """formula-missing: some early resolutions open with "Whereas…" instead of a formula: accepted
    when a resolution heading says what the text is; the text starts after the heading."""
    return header_end(doc)


RULES: tuple[Rule, ...] = (
    Rule("under-heading-wrapped", "segment", _wrapped_under_heading, "the statement under a Security Council heading "
         "that the wrap cut before its date's end, a short rest on the next line, is the heading's, not the first "
         "paragraph"),
    Rule("date-ends-sentence", "segment", _date_ends_sentence, "a date line after an unfinished line, ending with "
         "a clause's punctuation, ends the last paragraph: it opens no closing"),
    Rule("date-after-comma-ends-sentence", "segment", date_after_comma, "a date line ending with punctuation after "
         "a line ending with a comma is the last paragraph's end, not the adoption date"),
    Rule("formula-comma-apart", "segment", formula_text, "the enacting formula with its final comma set apart "
         "by a space (an italic formula and its comma in two runs) is the formula"),
    # (French texts typed with straight apostrophes, whose title may end with the body's name on a line of its own.)
    Rule("formula-apostrophe-exact", "segment", is_formula, "the enacting formula written in full with a straight "
         "apostrophe ('L'Assemblée générale,') is the formula, not one written without its comma"),
    Rule("formula-missing", "segment", _formula_missing, "an early resolution without a formula starts after its "
         "heading"),
    Rule("formula-without-comma", "segment", find_formula, "after a resolution heading, the formula may be "
         "written without its comma"),
    Rule("formula-before-draft", "segment", find_formula, "a formula without its comma, followed by a paragraph, "
         "stands before the formula of the draft that paragraph recommends"),
    Rule("part-label-before-formula", "segment", part_label_before_formula, "a first part's label before the "
         "formula: each part has its own formula"),
    Rule("part-title-before-formula", "segment", part_title_before_formula, "a first part's label and title "
         "before the formula: each part has its own title and formula"),
    Rule("part-closing-goes-on", "segment", part_closing_end, "in a resolution whose parts each have their own "
         "title and formula, a part's meeting and date before the next part's label do not end the text"),
    Rule("preamble-before-formula", "segment", leading_preamble, "considerations printed between a heading and "
         "the formula open the preamble"),
    Rule("closing-date-year-glued", "segment", date_year_glued, "an adoption date alone after the last paragraph, "
         "its year with one or two digits more glued ('21 July 20361'), the text's last line or before the closing's, "
         "is the closing's date (reported as not understood), not the paragraph's end — not after a colon"),
    Rule("date-before-notes", "segment", date_before_notes, "an adoption date alone after a finished paragraph, "
         "followed by the first of the notes printed at the text's end, is the closing block"),
    Rule("date-before-annex", "segment", date_before_annex, "an adoption date alone before an annex's heading "
         "is the closing block"),
    Rule("annex-without-closing", "segment", annex_without_closing, "without a closing block, an annex's "
         "heading alone after a finished line starts the annexes"),
    Rule("closing-joined", "segment", closing_joined, "the meeting and the adoption date on one line are the "
         "closing block, read as two lines"),
    Rule("meeting-before-joined-date", "segment", _numbered_meeting_joined, "a line opening with a number and ending "
         "with a date, after a line ending with a full stop, its words before the date short and unfinished, is the "
         "closing's meeting and date on one line"),
    # (A text cut after an item, or ending with a list: extracts, a resolution's first paragraphs.)
    Rule("closing-after-item-end", "segment", _last_paragraph_ends, "a line opening with a number and ending "
         "with a date, the closing's lines or the text's end after it, is the closing's meeting and date after a line "
         "ending with an item's semicolon too, not only a full stop"),
    Rule("closing-words-wrapped", "segment", closing_words_wrapped, "a line opening with a closing statement's "
         "words after an unfinished body line as long as a full line goes on that line's paragraph, in a script "
         "without spaces: the wrap put the words first ('…协商' / '一致通过的…'); never a bracketed statement nor a "
         "whole one before the meeting, the date or the text's end; warned"),
    Rule("meeting-whole-line", "segment", meeting_whole_line, "a line the meeting pattern reads whole opens the "
         "closing block, though longer than a closing line ('56-е (возобновленное) пленарное заседание')"),
    # (Layouts that print the closing's meeting and date as one phrase: "45th plenary meeting," / "7 December 2040".)
    Rule("meeting-with-comma", "segment", meeting_with_comma, "a meeting followed by a comma and the adoption date, "
         "on its line or the next, after a finished line, opens the closing block (the comma left out)"),
    Rule("meeting-before-date", "segment", _meeting_before_date, "a short line starting with a number right "
         "before the adoption date belongs to the closing block"),
)
