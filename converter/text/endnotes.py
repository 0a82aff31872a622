"""Stage `endnotes`: notes printed after the vote statement, as in the Security Council's yearly
volumes ("Adopted at the 229th meeting …" / "1 See Official Records …"), become footnotes; their
marks stand apart in the body ("the parties 1 and", "thereto, 2 in")."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from ..langs import punctuation
from .marked import PRINTED_MARK, Mark, join_text, slice_view
from .marks import NOT_AFTER_POWER_UNIT, UNIT_NEXT, counted_name_not_mark, raised, take_mark
from .marks import RAISED_DIGITS as _RAISED_DIGITS
from .pages import footnote_rule
from .ruleset import Rule
from .state import Doc, Line, Note
from .vote import vote_bounds

_ENDNOTE_START = re.compile(r"^(?P<marker>\d{1,3}|\*{1,3})\s+(?P<text>\S.*)$")
# (endnote-bracketed-marker: a note's number in brackets, as Arabic texts print it — "(1) A/91/310." —; and
# endnote-marker-alone: the marker alone on its line, its text on the next, as block extractors give them)
_BRACKETED_START = re.compile(r"^(?P<marker>\(\d{1,3}\))\s+(?P<text>\S.*)$")
_LONE_ENDNOTE_MARKER = re.compile(r"^(?:\d{1,3}|\(\d{1,3}\))$")
_AFTER_PUNCT = tuple(punctuation("comma", "semicolon", "colon", "full_stop", "closing_brackets", "closing_quotes")) + (
    PRINTED_MARK,)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_COMMAS = re.escape("".join(punctuation("comma")))  # endnote-mark-at-line-start: a clause's comma after the marker
# (note-left-in-text: a note's marker alone on its line; the ends of a paragraph above it; how many lines
# above it its glued mark is sought)
_LONE_NOTE_MARKER = re.compile(r"^(?:\d{1,3}|\*{1,3})$")
_PARAGRAPH_END = tuple(punctuation("semicolon", "full_stop"))
_GLUED_REACH = 8


def endnotes(doc: Doc) -> None:
    """Stage: doc.closing — the closing lines without the notes after the vote, which join doc.notes."""
    _endnotes(doc)
    _unplaced_told(doc)


def _endnotes(doc: Doc) -> None:
    seg, lines = doc.seg, doc.lines
    # (The closing lines are read where they stand in doc.lines, and listed apart only once the
    # notes have left them: a long note is not held twice, as lines and as a note.)
    doc.closing = []
    _note_left_in_text(doc, doc.body_lines)
    _, ended = vote_bounds(doc.lang, islice(lines, seg.closing_at, seg.annex_at))
    if ended is not None:
        ended += seg.closing_at
    elif not doc.notes_apart:
        ended = _after_meeting_and_date(doc)
    if ended is None or doc.notes_apart:  # (notes-apart: the file gave its notes apart)
        doc.closing = lines[seg.closing_at:seg.annex_at]
        return
    body = doc.body_lines
    trailing = _taken_back(doc, body, lines[ended - 1].number)
    notes, first = read_endnotes(doc, lines, ended, seg.annex_at, trailing)
    if notes and first is not None and _taken_markers(doc, notes):
        first += _settle_clash(doc, notes, lines[first].number)  # (a line put back above them moves them down)
    if notes and not _taken_markers(doc, notes):
        # (the vote statement may hold a mark: "meeting. 7")
        place_endnote_marks(doc, body + lines[seg.closing_at:ended], notes)
        # (in the order the text prints them: a first note read here, after the closing, comes before
        # the notes the flow stage read from the same block — endnotes-without-vote)
        doc.notes.sort(key=lambda n: n.line)
        if first is not None:
            # The notes' lines leave the text.
            del lines[first:seg.annex_at]
            seg.annex_at = first
    # (else: the page-foot notes already hold these markers: not a second series)
    doc.closing = lines[seg.closing_at:seg.annex_at]


def _note_left_in_text(doc: Doc, body: list[Line]) -> None:
    """note-left-in-text: a line that holds a note's marker alone ("1", "*"), right under a line that ends a
    paragraph (its final punctuation), the same marker still glued to a word a few lines above
    ("lighthouses*"): a note whose mark was never found and whose lines the paragraph takes as its own
    ("…organizations; * See A/91/277, sect. II."). The input may not decide it (a lone number may be a
    paragraph's), so it is told, located (text-note-in-paragraph), not forced. Serves PDF text whose
    notes give their markers on a line of their own over their text."""
    for k in range(1, len(body) - 1):
        line = body[k]
        if _LONE_NOTE_MARKER.match(line.view) is None or not body[k - 1].view.endswith(_PARAGRAPH_END):
            continue
        glued = _glued_regex(line.view)
        # (in the text without the marks the reader took: a mark not found)
        if any(glued.search(ln.text) for ln in body[max(0, k - _GLUED_REACH):k]):
            doc.fired("note-left-in-text", line.number)
            doc.warn("text-note-in-paragraph", f"a note's marker {line.view!r} and its text stand in the running "
                     "text under a paragraph's end; its mark is still in the text", line.number)


def _unplaced_told(doc: Doc) -> None:
    """note-unplaced-told: a line that opens as the next note does, its marker and a sentence ("* See A/91/310.",
    "1 A/91/310, приложение."), which the flow refused as a note only because no mark of it was found in the text
    (footnotes._unplaced) and which stays in the running text — the body's or an annex's, not the closing's, whose
    notes this stage reads —, is told, located (text-note-unplaced): the paragraph it stands in took it as its own
    text ("… stage 1 — * See A/91/310. the repair …"). The input does not decide it: a mark may be missing from the
    text or stand where it reads as a number of the text ("этап 1 —"), and a line of running text may open with a
    number. Not where a note of that marker was read (at the page's foot, after the closing): the line was no note,
    its number read as that note's mark set apart ("… keepers," / "1 1. Welcomes …"). Serves PDF text and block
    extractions whose notes open with their markers."""
    if not doc.unplaced:
        return
    read = {n.marker for n in doc.notes}
    for line in (*doc.body_lines, *doc.annex_lines):
        if (marker := doc.unplaced.get(line.number)) is not None and marker not in read:
            doc.fired("note-unplaced-told", line.number)
            if (alone := doc.unplaced_under.get(line.number)) is not None:
                # (marker-dropped-told: the lone number the page furniture took for a page's number is dropped;
                # the warning says so, and where it stands, so that no digit goes unnamed)
                dropped = (f"; the lone number {marker!r} on line {alone} was dropped as a page's number"
                           if line.number in doc.unplaced_dropped else "")
                if dropped:
                    doc.dropped_told.append(marker)  # (held by the account: marker-dropped-counted)
                doc.warn("text-note-unplaced", f"a note's text under its marker {marker!r} alone on line {alone} is "
                         f"read as running text: no mark of that note was found in the text{dropped}", line.number)
                continue
            doc.warn("text-note-unplaced", f"a line that opens as note {marker!r} does is read as running text: no "
                     "mark of that note was found in the text", line.number)


@cache
def _glued_regex(marker: str) -> re.Pattern[str]:
    """For note-left-in-text: the marker glued after a letter (not a number's digits), before a space,
    punctuation or the line's end."""
    return re.compile(rf"[^\W\d_]{re.escape(marker)}(?=[\s,;.:)]|$)")


def _taken_markers(doc: Doc, notes: list[Note]) -> set[str]:
    """The markers of the notes after the closing that notes read earlier (a page's foot) already hold."""
    return {n.marker for n in notes} & {f.marker for f in doc.notes}


def _settle_clash(doc: Doc, notes: list[Note], at: int) -> int:
    """stray-note-back-to-text: a series after the closing numbered 1..N in sequence (N >= 2) whose
    markers a note read earlier already holds, that earlier note out of sequence (its number's
    predecessor no note of the text's): the earlier one was a wrapped line of running text that
    opens with a number ("… under section" / "2 Lighthouses and beacons, …"), no note — its lines go
    back to the line above them and its mark back into the text, and the series is read. Serves
    PDF text that prints its notes after the closing, numbered from 1. Where the evidence does not
    decide (the earlier notes in sequence themselves), the series stays as closing lines, and the
    clash is told (text-endnotes-clash): it was dropped without a word."""
    taken = _taken_markers(doc, notes)
    earlier = {f.marker for f in doc.notes}
    stray = [f for f in doc.notes if f.marker in taken]
    in_order = [n.marker for n in notes] == [str(k) for k in range(1, len(notes) + 1)]
    above = [_line_above(doc, f) for f in stray]
    if _wrapped_first_note(doc, notes, stray, above, at):
        _line_back(doc, stray[0], above[0])
        return 1
    if not (in_order and len(notes) >= 2 and all(_out_of_sequence(f.marker, earlier) for f in stray)):
        above = []
    if not above or None in above:
        doc.warn("text-endnotes-clash", f"the notes after the closing share marker(s) {', '.join(sorted(taken))} "
                 "with notes read earlier: kept as closing lines", at)
        return 0
    for f, line in zip(stray, above, strict=True):
        # (the marker and the text join the end of the line the wrap parted them from)
        assert line is not None
        line.text = join_text(doc.lang, [line.text, f"{f.marker} {f.text}"])
        doc.fired("stray-note-back-to-text", f.line)
    doc.notes = [f for f in doc.notes if f.marker not in taken]
    unmark(doc.lines, taken, doc.lang.script.spaced)
    return 0


def _wrapped_first_note(doc: Doc, notes: list[Note], stray: list[Note], above: list[Line | None], at: int) -> bool:
    """wrapped-number-not-note: one note read earlier holds a marker of the series after the closing, where
    that series — with the notes read below its first line (a page's foot block that goes on after it) —
    runs 1..N in sequence (N >= 2), and the earlier note is a sentence's middle: the running-text line above it
    ends on a word (no punctuation: "… компенсирована эквивалентной суммой по разделу") and its text opens
    with a word in lower case ("1 сметы поступлений …"). A note opens with a capital, a symbol or a number,
    never mid-sentence: the earlier one was a wrapped line of running text opening with a number, the
    series' note is the real one, and stray-note-back-to-text puts the line back. Serves PDF text (double-spaced
    or not) whose notes stand after the closing at the page's foot, and whose first note, "1", is taken by
    a paragraph's wrapped "… under section" / "1 of the income section …". A page's note may open in lower case
    too ("1 см. www…", "1 voir …"): the move is a guess, told (text-boundary-guessed); under the rule drawn above a
    page's notes the note is a page's note and the rule leaves it (the clash stays told). In a script without case
    the evidence is missing: the clash stays told (text-endnotes-clash)."""
    if len(stray) != 1 or above[0] is None:
        return False
    series = sorted([*notes, *(n for n in doc.notes if n.line > at)], key=lambda n: n.line)
    if [n.marker for n in series] != [str(k) for k in range(1, len(series) + 1)] or len(series) < 2:
        return False
    end, text = above[0].text.rstrip(), stray[0].text
    if not (end[-1:].isalpha() and text[:1].islower()) or _under_footnote_rule(doc, stray[0].line):
        return False
    doc.fired("wrapped-number-not-note", stray[0].line)
    # (a note may open in lower case too — "1 см. www…", "1 voir …": the reading is a guess, told)
    doc.warn("text-boundary-guessed", f"line {stray[0].line} {f'{stray[0].marker} {text}'[:30]!r}, first read as "
             f"note {stray[0].marker} though the notes after the closing number their own from 1, opens in lower case "
             "under a line that ends on a word: read as that paragraph's wrapped line (a note may open in lower case)",
             stray[0].line)
    return True


def _under_footnote_rule(doc: Doc, number: int) -> bool:
    """wrapped-number-not-note: the input line above line `number` (blank lines passed over) is the rule drawn
    above a page's notes (pages.footnote_rule): the note stands at the head of a page's foot block, a real note,
    whatever case its text opens in ("__________" / "1 см. www.un.org/…") — the rule leaves it."""
    raw = doc.text.split("\n")  # (line numbers count from 1)
    k = number - 2
    while k >= 0 and not raw[k].strip():
        k -= 1
    return k >= 0 and footnote_rule(raw[k].strip())


def _line_back(doc: Doc, note: Note, above: Line | None) -> None:
    """wrapped-number-not-note: the note's line goes back into the running text as the line it was, under the
    line above it — its own line, not joined to that one: the body's rules measure the lines' widths and gaps
    (a joined line twice as wide makes every other line look short) — and its mark leaves the text."""
    assert above is not None
    raw = doc.text.split("\n")  # (line numbers count from 1)
    gap = note.line >= 2 and not raw[note.line - 2].strip()
    at = doc.lines.index(above) + 1
    doc.lines.insert(at, Line(f"{note.marker} {note.text}", note.line, gap_before=gap))
    doc.seg.closing_at += 1
    doc.seg.annex_at += 1
    doc.notes = [f for f in doc.notes if f is not note]
    unmark(doc.lines, {note.marker}, doc.lang.script.spaced)


def _out_of_sequence(marker: str, markers: set[str]) -> bool:
    """For stray-note-back-to-text: a numbered note whose number's predecessor no note holds."""
    return marker.isdigit() and int(marker) > 1 and str(int(marker) - 1) not in markers


def _line_above(doc: Doc, note: Note) -> Line | None:
    """For stray-note-back-to-text: the running-text line of the body above the note's first line, if any."""
    body = doc.lines[doc.seg.body_from:doc.seg.closing_at]
    above = [ln for ln in body if ln.number < note.line]
    return above[-1] if above else None


def _after_meeting_and_date(doc: Doc) -> int | None:
    """endnotes-without-vote: in a closing without vote statement — the meeting and the date, or the date
    alone —, lines `1 text` right after them are notes printed at the text's end that the flow stage did
    not read as a page's foot block (the first note's mark not found there): read as endnotes, not left
    as closing lines the vote stage cannot read. The index of the first such line, else None."""
    lg, lines, seg = doc.lang, doc.lines, doc.seg
    i = seg.closing_at
    while i < seg.annex_at and (lg.date(lines[i].view) is not None or lg.match("meeting", lines[i].view)):
        i += 1
    if i == seg.closing_at or i >= seg.annex_at or (m := _ENDNOTE_START.match(lines[i].view)) is None:
        return None
    if m["marker"] not in ("1", "*"):
        return None
    doc.fired("endnotes-without-vote", lines[i].number)
    return i


def _taken_back(doc: Doc, body: list[Line], vote_end: int) -> list[Note]:
    """endnotes-from-foot-block: notes after the vote that the flow stage read as a page's foot
    block, some of them without a mark, are endnotes whose marks were looked for as page-foot
    marks (and found in an enumeration's "(4)"): taken back, to be placed again by the endnote
    rule. (On a last page whose notes all have their marks, they are the page's notes.)"""
    trailing = [f for f in doc.notes if f.line > vote_end]
    if not trailing:
        return []
    closing = doc.lines[doc.seg.closing_at:doc.seg.annex_at]
    # (A mark found in an annex is the note's as well: notes printed after the annexes, as the text
    # writer prints them, refer to the body and the annexes alike; and one found on the title
    # before the body — "79/12. Cooperation on …*", a note on the whole resolution, model 1.2.)
    marked_now = {m.marker for ln in doc.lines for m in ln.marks}
    if all(f.marker in marked_now for f in trailing):
        return []
    doc.notes = [f for f in doc.notes if f.line <= vote_end]
    unmark(body + closing, {f.marker for f in trailing}, doc.lang.script.spaced)
    for f in trailing:
        doc.fired("endnotes-from-foot-block", f.line)
    return trailing


def read_endnotes(doc: Doc, closing: list[Line], ended: int, stop: int,
                  trailing: list[Note]) -> tuple[list[Note], int | None]:
    """endnote-sequence: lines `N text` after the vote statement (closing[ended:stop]), numbered
    through the volume (the first may have any number, the next ones follow it; `*`, `**` apart),
    each running on over the lines that do not start the next. Returns the notes and the index
    of the first such line."""
    lg = doc.lang
    # (marker, its text's lines — joined once, at the end —, line number)
    notes: list[tuple[str, list[str], int]] = [(f.marker, [f.text], f.line) for f in trailing]
    first = None
    # the last numbered note's number, the last starred note's stars
    number = max((int(f.marker) for f in trailing if f.marker.isdigit()), default=0)
    stars = max((len(f.marker) for f in trailing if not f.marker.isdigit()), default=0)
    skip = -1
    for i in range(ended, stop):
        if i == skip:
            continue
        content = closing[i].content
        t = content.view
        m, text_at = _endnote_head(doc, closing, i, stop, number)
        if m is None:
            new = False
        elif (digits := m["marker"].strip("()")).isdigit():
            new = int(digits) == number + 1 if number else (
                not lg.starts_with_date(t) and not lg.match("meeting", t))
        else:
            new = len(m["marker"]) == stars + 1
        if m is not None and new:
            first = i if first is None else first
            if digits.isdigit():
                number = int(digits)
            else:
                stars = len(m["marker"])
            if text_at == i:
                notes.append((m["marker"], [slice_view(content, m.start("text")).text], closing[i].number))
            else:
                notes.append((m["marker"], [closing[text_at].content.text], closing[i].number))
                skip = text_at
            doc.fired("endnote-sequence", closing[i].number)
        elif notes:
            notes[-1][1].append(content.text)
    return [Note(marker, join_text(lg, parts) if len(parts) > 1 else parts[0], line)
            for marker, parts, line in notes], first


def _endnote_head(doc: Doc, closing: list[Line], i: int, stop: int,
                  number: int) -> tuple[re.Match[str] | None, int]:
    """For endnote-sequence: how line i opens a note — the match of its marker and text, and the index of the
    line that holds the text (i itself, or the next: endnote-marker-alone) —, or (None, i)."""
    t = closing[i].content.view
    if (m := _ENDNOTE_START.match(t)) is not None:
        return m, i
    if (m := _BRACKETED_START.match(t)) is not None:
        doc.fired("endnote-bracketed-marker", closing[i].number)
        return m, i
    if _LONE_ENDNOTE_MARKER.match(t) is None or i + 1 >= stop:
        return None, i
    # endnote-marker-alone: the marker over its text, the next line, which opens no note of its own; the first
    # note's number 1 (a lone number after the vote may be a page's), a later one's the next in sequence.
    below = closing[i + 1].content.view
    if (_ENDNOTE_START.match(below) or _BRACKETED_START.match(below) or _LONE_ENDNOTE_MARKER.match(below)
            or int(t.strip("()")) != number + 1):
        return None, i
    doc.fired("endnote-marker-alone", closing[i].number)
    return _LONE_AS_HEAD.match(f"{t} "), i + 1


# (endnote-marker-alone: the lone marker read as a note's head; its text is the next line's)
_LONE_AS_HEAD = re.compile(r"^(?P<marker>\S+) (?P<text>)$")


def place_endnote_marks(doc: Doc, marked: list[Line], notes: list[Note]) -> None:
    """The notes join doc.notes and their marks are placed in note order; a note may be referred to
    again before the next note's first mark ("documents S/8616, 32 S/8617, 32 S/8721 33"): those
    places are marked too."""
    not_after = doc.lang.endnote_not_after
    after = (0, 0)
    placed: list[tuple[str, tuple[int, int]]] = []
    for note in notes:
        found = mark_endnote(marked, note.marker, after, not_after, doc=doc)
        if found is not None:
            placed.append((note.marker, found))
            after = found
            doc.fired("endnote-mark-apart", marked[found[0]].number)
        doc.notes.append(note)
    for k, (marker, first) in enumerate(placed):
        limit = _first_mark(marked, placed[k + 1][0] if k + 1 < len(placed) else _next_marker(marker))
        at: tuple[int, int] | None = first
        while at is not None:
            # (a raised digit is a note's first mark only: referred to again, its digits may be the text's own,
            # "40 km²" — review, round thirty-one)
            at = mark_endnote(marked, marker, at, not_after, limit, doc, first=False)
            if at is not None:
                doc.fired("endnote-referred-again", marked[at[0]].number)


def _next_marker(marker: str) -> str:
    """endnote-referred-again, after the last note placed here: the next note's marker, whose first mark bounds the
    search where the flow stage placed it (a last note at the text's end read as a page's foot note, its mark set
    apart in the body). Class: notes gathered after the closing, their marks set apart, the last one taken by the
    page-foot rules: "… and proposal" / (page) / "2 (facilitate …" further on was marked again as note 2's."""
    return str(int(marker) + 1) if marker.isdigit() else ""


def mark_endnote(body: list[Line], marker: str, after: tuple[int, int], not_after: frozenset[str],
                 limit: tuple[int, int] | None = None, doc: Doc | None = None,
                 first: bool = True) -> tuple[int, int] | None:
    """endnote-mark-apart: marks the first place after `after` (line index, position in its view)
    where the endnote's marker stands apart (or glued after a comma: "Dahomey,23"), before a
    space, punctuation or the line's end. After punctuation or another mark ("Congo, 21 22")
    anything may follow; after a word, a year or a document symbol ("Greece 55 and", "1946 15 in",
    "S/10182 11 and") only a word in lower case or punctuation may ("on 2 September" is a date),
    and never after a word that counts ("by 10 votes", "paragraph 3"). The marker, with the space
    before it, becomes the mark. Nothing at or after `limit` is marked. With the document, never the
    number of a counted name (endnote-counted-name-not-mark). Returns where the search for the next mark starts."""
    pattern = _endnote_regex(marker)
    up = raised(marker) if marker.isdigit() else marker
    refused: list[int] = []  # (endnote-mark-after-counted-told: the candidates refused, lines of those after a counter)
    for i in range(after[0], len(body) if limit is None else limit[0] + 1):
        line = body[i]
        text = line.view
        if marker not in text and up not in text:
            continue
        for m in pattern.finditer(text, after[1] if i == after[0] else 0):
            if limit is not None and (i, m.start()) >= limit:
                return None
            if m.group("raised") is not None:
                if not first:
                    continue
                if doc is not None:
                    doc.fired("endnote-mark-raised", line.number)
                    doc.raised_taken.append(m.group("raised"))
            elif (why := _apart_refused(body, i, m, marker, not_after, doc)) is not None:
                refused.append(why)
                continue
            if doc is not None and _counted_name(doc, text, m.end() - len(marker), not_after, line.number):
                continue
            take_mark(line, m.start(), m.end(), marker)
            _counted_told(doc, marker, next(filter(None, refused), 0) if first else 0, line.number)
            return i, m.start() + 1
    return None


def _apart_refused(body: list[Line], i: int, m: re.Match[str], marker: str, not_after: frozenset[str],
                   doc: Doc | None) -> int | None:
    """For mark_endnote: None where a candidate set apart (line i) may be the mark; else 0, or its line's number where
    a word that counts refused it alone, the candidate set apart before its clause's punctuation
    (endnote-mark-after-counted-told)."""
    line = body[i]
    text = line.view
    if m.group("start") is not None:
        if i > 0 and _starts_after_word(body[i - 1].view, not_after, doc, line.number):
            return None
        return line.number if i > 0 and _starts_after_word(body[i - 1].view, frozenset(), None, 0) else 0
    if _before_unit(text, m, doc, line.number):
        return 0
    if _fits_after_word(text, m, marker, not_after, doc, line.number):
        return None
    alone = _CLAUSE_APART.match(text, m.end()) and _fits_after_word(text, m, marker, frozenset(), None, 0)
    return line.number if alone else 0


# (endnote-mark-after-counted-told) A candidate set apart before its clause's punctuation ("recomendación 1 ,"), as a
# mark stands apart: no number of the text is set apart from the comma after it
_CLAUSE_APART = re.compile(rf"\s[{re.escape(punctuation('comma', 'semicolon', 'full_stop'))}]")


def _counted_told(doc: Doc | None, marker: str, counted: int, number: int) -> None:
    """endnote-mark-after-counted-told: a note's marker set apart after a word that counts and before its clause's
    punctuation ("recomendación 1 ,"; at a line's start, "recomendación" / "1 ,"), refused as its mark for that word
    alone (endnotes.not_after: the number may be the recommendation's), the mark then taken further on (line
    `number`: "la etapa 1 del programa"), is told, located: the text does not decide which of the two is the mark —
    the counted one may be it. Serves endnotes whose marks stand apart (PDF text, block extractions). counted: the
    refused candidate's line, 0: none."""
    if not counted or doc is None:
        return
    doc.fired("endnote-mark-after-counted-told", number)
    doc.warn("text-note-mark-guessed", f"note {marker!r}: its mark is taken at line {number}; the {marker!r} after a "
             f"word that counts at line {counted}, not taken, may be it", number)


def _fits_after_word(text: str, m: re.Match[str], marker: str, not_after: frozenset[str], doc: Doc | None,
                     number: int) -> bool:
    """For mark_endnote: whether what stands around a candidate lets it be the mark — after punctuation or another
    mark anything; after a word, a year or a document symbol only a word in lower case, punctuation or the next note's
    mark set apart (endnote-before-next-mark), and never after a word that counts."""
    before = text[:m.start()]
    if before.endswith(_AFTER_PUNCT):
        return True
    word = before.rsplit(" ", 1)[-1]
    after_mark = text[m.end():m.end() + 2]
    in_row = after_mark[1:].isdigit() and next_mark_after(text, m.end(), marker)
    if (word.casefold() in not_after or after_mark[1:].isupper() or (after_mark[1:].isdigit() and not in_row)
            or not (word[-1:].isalpha() or _YEAR.fullmatch(word) or ("/" in word and word[-1].isdigit()))):
        return False
    if in_row and doc is not None:
        doc.fired("endnote-before-next-mark", number)
    return True


def _starts_after_word(prev: str, not_after: frozenset[str], doc: Doc | None, number: int) -> bool:
    """endnote-mark-at-line-start: an endnote's marker that opens a line, set apart before a clause's comma ("… от 8
    ноября 2022 года" / "1 ,", "… of the Fifth Committee" / "1 , and"), is the mark the wrap put first on the line,
    where the line before ends with a word or a year — as endnote-mark-apart reads it on one line ("года 1 ,"): no
    number of the text stands apart from the comma after it; never after a word that counts ("paragraph" / "4 ,").
    (Endnotes whose marks stand apart, in PDF text of a script with spaces; the flow stage reads a page's notes so:
    mark-apart-at-line-edge. Left, the note was reported unreferenced and its marker stayed in the text.)"""
    words = prev.rsplit(None, 1)
    word = words[-1] if words else ""
    if word.casefold() in not_after or not (word[-1:].isalpha() or _YEAR.fullmatch(word)):
        return False
    if doc is not None:
        doc.fired("endnote-mark-at-line-start", number)
    return True


def _before_unit(text: str, m: re.Match[str], doc: Doc | None, number: int) -> bool:
    """endnote-before-unit: a number set apart before a unit's sign ("well below 2 °C above …", "25 % des") is a
    measure, never an endnote's mark, first or referred to again: a mark stands after the words it marks, and no note
    is referred to between a number and its unit. (Taken, the "2" of "2 °C" left the text for note 2's mark referred to
    again, its note's first mark set apart or raised above.)"""
    if UNIT_NEXT.match(text, m.end()) is None:
        return False
    if doc is not None:
        doc.fired("endnote-before-unit", number)
    return True


def next_mark_after(text: str, end: int, marker: str) -> bool:
    """endnote-before-next-mark: an endnote's mark set apart after a word may have digits after it where they are the
    next note's mark set apart too, then punctuation or the line's end — two notes on one place ("… para los Derechos
    Humanos 1 2" / ";", two reports cited together): no number of the text runs on so after a word's number ("on 2
    September" has a word after it). (Refused, neither mark was placed and both stayed in the text.)"""
    if not marker.isdigit():
        return False
    m = re.compile(rf" {int(marker) + 1}(?=[ ,;.:)]|$)").match(text, end)
    return m is not None and not text[m.end():].strip()[:1].isalnum()


def _counted_name(doc: Doc, text: str, start: int, not_after: frozenset[str], number: int) -> bool:
    """endnote-counted-name-not-mark: a number set apart after a name of one counted thing whose head counts it —
    "el Objetivo de Desarrollo Sostenible 1, entre otras cosas" (counted-name-not-mark's names) — is the name's
    number, never an endnote's mark, first or referred to again: the note's only mark stood earlier, and taken
    again there the goal's number left the text. (Endnotes, their marks set apart, as block extractions give notes
    gathered after the closing.)"""
    if not counted_name_not_mark(doc.lang, text, start, not_after):
        return False
    doc.fired("endnote-counted-name-not-mark", number)
    return True


def _first_mark(lines: list[Line], marker: str) -> tuple[int, int] | None:
    """(line index, position in its view) of the first mark of a note."""
    for i, ln in enumerate(lines):
        for k, mk in enumerate(ln.marks):
            if mk.marker == marker:
                return i, mk.at + k
    return None


def unmark(lines: list[Line], markers: set[str], spaced: bool = True) -> None:
    """Puts the markers of these notes back in the text where the flow stage took them for marks (set apart from
    their word in a script with spaces; the marks kept after them on the line move by what was put back)."""
    for ln in lines:
        if not any(m.marker in markers for m in ln.marks):
            continue
        text, kept, shift, pos = [], [], 0, 0
        for m in ln.marks:
            if m.marker in markers:
                # (set apart, as the endnote rule seeks a mark: the flow stage took a mark set apart with its space)
                back = (_apart(ln.text, m.at) if spaced else "") + m.marker
                text.append(ln.text[pos:m.at] + back)
                pos = m.at
                shift += len(back)
            else:
                kept.append(Mark(m.at + shift, m.marker))
        text.append(ln.text[pos:])
        ln.text, ln.marks = "".join(text), tuple(kept)


def _apart(text: str, at: int) -> str:
    """For unmark (endnotes-from-foot-block): the space a marker put back at `at` needs before it to stand apart
    from the word it follows ("Agreement" + " 4" + " and"), where the flow stage took a mark set apart with the
    space before it: put back glued ("Agreement4 and"), no endnote rule found it again, and the note was left
    unreferenced. None after a space, an opening bracket or at the line's start."""
    return " " if at > 0 and not text[at - 1].isspace() and text[at - 1] not in "([" else ""


@cache
def _endnote_regex(marker: str) -> re.Pattern[str]:
    m = re.escape(marker)
    # The marker first, then a look back over it: the search then jumps to the marker's digits.
    # endnote-mark-raised: or the marker's digits printed raised, a mark wherever they stand ("2022¹,"), as the text
    # writer and a Markdown extraction ("2022^1^") print it — where the flow stage left the note to this stage (a line
    # of the body it took for a note of that number, "2 °C above …", put back: stray-note-back-to-text), the raised
    # mark was left in the text.
    up = re.escape(raised(marker)) if marker.isdigit() else "(?!)"
    # endnote-mark-at-line-start: or the marker opening a line, set apart before a clause's comma, where the wrap put
    # it (_starts_after_word asks what the line before ends with).
    return re.compile(rf"(?: {m}(?<=\S {m})|{m}(?<=[,;]{m}))(?=[ ,;.:)]|$)"
                      rf"|(?P<raised>(?<![{_RAISED_DIGITS}]){NOT_AFTER_POWER_UNIT}{up}(?![{_RAISED_DIGITS}]))"
                      rf"|(?P<start>^{m}(?= [{_COMMAS}]))")


RULES: tuple[Rule, ...] = (
    Rule("endnote-sequence", "endnotes", read_endnotes, "lines 'N text' after the vote statement are notes "
         "numbered through a volume (the first any number, the next ones following it)"),
    Rule("endnotes-without-vote", "endnotes", _after_meeting_and_date, "lines '1 text' right after a closing "
         "without vote statement (meeting and date, or the date alone) are notes printed at the text's end"),
    Rule("endnote-bracketed-marker", "endnotes", _endnote_head, "a note after the vote statement may give its "
         "number in brackets ('(1) A/91/310.'), as Arabic texts print it"),
    Rule("endnote-marker-alone", "endnotes", _endnote_head, "a note after the vote statement may give its marker "
         "alone on a line over its text (the next line, opening no note); the first note's number is then 1"),
    # (Endnotes whose marks stand apart, in PDF text of a script with spaces, a mark the wrap put first on a line.)
    Rule("endnote-mark-at-line-start", "endnotes", _starts_after_word, "an endnote's marker opening a line, set apart "
         "before a clause's comma, after a line ending with a word or a year, is its mark where the wrap put it"),
    Rule("endnote-mark-apart", "endnotes", mark_endnote, "an endnote's mark stands apart from its word, in note "
         "order; never a date, a count or a numbered thing"),
    # (Endnotes whose marks stand apart, in languages that set a counted name's number after its qualifiers.)
    Rule("endnote-before-next-mark", "endnotes", next_mark_after, "an endnote's mark set apart after a word may have "
         "the next note's mark set apart after it, two notes on one place ('Humanos 1 2 ;')"),
    Rule("endnote-counted-name-not-mark", "endnotes", _counted_name, "a number set apart after a counted name "
         "('Objetivo de Desarrollo Sostenible 1,') is the name's, never an endnote's mark"),
    # (PDF text and Markdown extractions that print their marks raised, notes at the end.)
    Rule("endnote-mark-raised", "endnotes", _endnote_regex, "an endnote's marker printed raised ('2022¹,', "
         "'2022^1^' in Markdown) is its mark wherever it stands, in note order"),
    # (Endnotes whose marks stand apart, in texts that give measures: '2 °C', '25 %'.)
    Rule("endnote-before-unit", "endnotes", _before_unit, "a number set apart before a unit's sign ('below 2 °C "
         "above', '25 %') is a measure, never an endnote's mark, first or referred to again"),
    Rule("endnote-referred-again", "endnotes", place_endnote_marks, "a note referred to again before the next "
         "note's first mark is marked there too"),
    Rule("note-left-in-text", "endnotes", _note_left_in_text, "a lone note marker under a paragraph's end, its "
         "mark still glued a few lines above, is a note left in the running text: told, not forced"),
    # (Endnotes whose marks stand apart, in PDF text and block extractions: endnotes.not_after refuses a mark.)
    Rule("endnote-mark-after-counted-told", "endnotes", _counted_told, "a note's mark refused after a word that "
         "counts ('recomendación 1 ,'), the mark then taken further on, is told, located: not forced"),
    Rule("note-unplaced-told", "endnotes", _unplaced_told, "a line opening as the next note and its sentence, "
         "refused for want of a mark and left in the running text, is told, located: not forced"),
    Rule("stray-note-back-to-text", "endnotes", _settle_clash, "a note read earlier out of sequence, whose "
         "marker a series after the closing numbered 1..N also has, is a wrapped line of running text: put back"),
    Rule("wrapped-number-not-note", "endnotes", _wrapped_first_note, "a note read earlier in sequence, between "
         "a running-text line ending on a word and its own text opening in lower case, whose marker the series "
         "after the closing also has, and no notes' rule line above it, is a wrapped line of running text: put back, "
         "told (text-boundary-guessed)"),
    Rule("endnotes-from-foot-block", "endnotes", _taken_back, "notes after the vote first read as a page's foot "
         "block are placed again as endnotes"),
)
