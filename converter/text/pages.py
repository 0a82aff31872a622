"""Page furniture — running heads, job numbers, page numbers — and the pages it delimits.

Stage `furniture`: every input line, whitespace collapsed, and whether it is furniture; the
first running head's symbol and the first job number. What the furniture says about where
pages end (a footnote block stands above it) is asked by the flow stage through `near_foot`.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from ..langs import Lang, all_langs, symbol_pattern
from .marked import collapse
from .openings import label
from .ruleset import Rule
from .state import Doc

# ("symbol", symbol), ("job", job number), ("page", None), or ("rule", None): the footnote rule, which
# makes no page (nor a blank line: it stands between a page's text and its notes).
Furniture = tuple[str, str | None]

_SYMBOL_LINE = re.compile(rf"^(?P<symbol>{symbol_pattern().pattern})$")
# Job numbers as printed at page feet: "GE.17-11923 3", "3 GE.17-11923", "23-21327 (E)", "17-11923 (C)".
_JOB_LINE = re.compile(
    r"^(?:\d{1,3}\s+)?(?P<job>(?:[A-Z]{1,3}\.)?\d{2}-\d{4,6})(?:\s*\([A-Z]\))?(?:\s*\*\d{5,}\*)?(?:\s+\d{1,3})?$"
)
_PAGE_LINE = re.compile(r"^(?:\d{1,3}|\d{1,3}/\d{1,3}|-\s*\d{1,3}\s*-)$")
# The fuller page feet of UN PDFs (rule page-foot-forms): the job number with its page as "n/N" on
# either side ("2/4 GE.20-42421", "21-66394 3/12"); the first page's "23-21327 (E) 051223" (the
# language letter and the date code), and its barcode "*2321327*" on a line of its own.
_PAGE = r"\d{1,3}(?:/\d{1,3})?"
_FOOT_LINE = re.compile(
    rf"^(?:{_PAGE}\s+)?(?P<job>(?:[A-Z]{{1,3}}\.)?\d{{2}}-\d{{4,6}})(?:\s*\([A-Z]\))?(?:\s+\d{{6}})?"
    rf"(?:\s*\*\d{{5,}}\*)?(?:\s+{_PAGE})?$"
)
_BARCODE_LINE = re.compile(r"^\*\d{5,}\*$")
# The line drawn above a page's footnotes, as extractors give it: underscores (also escaped for
# markdown, "\_\_"), dashes or box-drawing characters, at least this many.
_RULE_LINE = re.compile(r"^(?:\\?_|[-‐‑‒–—―─━═]){5,}$")
_RULE_FIRST = frozenset("\\_-‐‑‒–—―─━═")
# Running heads, job numbers and page numbers are short lines: longer ones are not tried.
FURNITURE_MAX = 48
# How symbols, job and page numbers and barcodes start: other lines are not tried either.
_FURNITURE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-*")
# ... and end with an ASCII character or a digit (every pattern above ends so): a line that ends in
# another character — most lines of text in a script other than Latin — is not tried either.
def _may_end_furniture(c: str) -> bool:
    return c.isascii() or c.isdecimal()


# A footnote block is at most this many text lines above the page's furniture.
FOOTNOTE_BLOCK_LINES = 30
# The symbol stands among the cover's first lines like a running head: they do not make pages.
COVER_LINES = 10
BLANKS = frozenset(" \t\u3000")


def furniture(doc: Doc) -> None:
    """Stage: the input's lines and which of them are page furniture."""
    doc.raw = doc.text.split("\n")
    # (A form feed is whitespace too.) A line already so is kept, not copied; a text whose lines
    # all are so is not listed twice.
    # (A blank line — every other line of many texts — is its own collapse: not asked.)
    doc.stripped = [collapse(raw) if raw else raw for raw in doc.raw]
    if all(map(operator.is_, doc.stripped, doc.raw)):
        doc.stripped = doc.raw
    doc.furniture = {}
    for i, t in enumerate(doc.stripped):
        if not t:
            continue
        first = t[0]  # (asked twice: a character of a script other than Latin is a new string each time)
        if first in _RULE_FIRST and footnote_rule(t):
            doc.furniture[i] = ("rule", None)
            doc.fired("footnote-rule", i + 1)
            continue
        if first not in _FURNITURE_FIRST or len(t) > FURNITURE_MAX or not _may_end_furniture(t[-1]):
            continue
        if symbol_with_stop(t) and _SYMBOL_LINE.match(t):
            doc.fired("symbol-with-stop", i + 1)
            continue
        if (kind := furniture_kind(t)) is None and (kind := page_foot_forms(t)) is not None:
            doc.fired("page-foot-forms", i + 1)
        if kind is not None:
            doc.furniture[i] = kind
    page_heads(doc)
    titled_heads(doc)
    doc.spread = justified_lines(doc.raw, doc.stripped, doc)
    doc.justified_width = max((len(doc.raw[n - 1].strip()) for n in doc.spread), default=0)
    _symbol_and_job(doc)
    # (a running head or a job number's foot past the cover; not a number alone, which may be a note's marker under
    # the footnote rule as well as a page's number: unseen-pages-only)
    doc.pages_unseen = not any(k[0] == "job" or (k[0] == "symbol" and i >= COVER_LINES)
                               for i, k in doc.furniture.items())
    doc.bare_pages = bare_pages(doc)


# Rule running-head-page. Older UN print (the 1990s-2000s; issue 22: sessions outside the corpus) sets its
# running heads on two lines, the symbol and the page under it ("A/RES/60/1" / "Page 2"), and no page number
# at the foot. Left in the flow, the page line ran into the paragraph the page break cut, or became one.
# Only under a head of the symbol alone: "Page 2" anywhere else (a quoted text's line) is text.
_PAGE_HEAD_MAX = 16


def page_heads(doc: Doc) -> None:
    """Rule running-head-page: the line under a running head of the symbol alone that is a page line ("Page 2",
    "Página 2", "第 2 页") is the head's too."""
    kinds, stripped = doc.furniture, doc.stripped
    heads = []
    for i in [i for i, k in kinds.items() if k[0] == "symbol"]:
        j = _next_text(stripped, i, 1)
        if j is not None and j not in kinds and page_line(doc.lang, stripped[j]):
            kinds[j] = ("page", None)
            heads.append(j)
            doc.headed_pages = True
            doc.fired("running-head-page", j + 1)
    page_head_after_foot(doc, heads)


def page_head_after_foot(doc: Doc, heads: list[int]) -> None:
    """Rule page-head-after-foot: a page line alone ("Page 2", "Página 2", "第 2 页") right after a page's foot (its job
    number, its page number, its barcode) is the next page's running head, its symbol missing above it: older UN print
    sets the page under the symbol (running-head-page), and an extraction that lost the symbol's line — or a file
    whose symbol is blank — gives the page line alone as the page's first line. Left in the flow, it became a heading
    between two paragraphs ("第 2 页" over paragraph 7). Only right after a foot: a page line anywhere else is text."""
    kinds, stripped = doc.furniture, doc.stripped
    for i in [i for i, k in kinds.items() if k[0] in ("job", "page")]:
        j = _next_text(stripped, i, 1)
        # (the pages have feet: no headed_pages, which would make the text's end a page's foot)
        if j is not None and j not in kinds and page_line(doc.lang, stripped[j]):
            kinds[j] = ("page", None)
            heads.append(j)
            doc.fired("page-head-after-foot", j + 1)
    page_lines_in_sequence(doc, heads)


_PAGE_NUMBER = re.compile(r"\d+")
# page-line-in-sequence: a page's lines at least, between the head of page N-1 and the line of page N — this share of
# the lines above the first head (page 1 and its cover: no page of a text is much shorter than its first)
PAGE_SHARE = 0.75


def page_lines_in_sequence(doc: Doc, heads: list[int]) -> None:
    """Rule page-line-in-sequence: a page line alone ("第 3 页", "Page 3") inside a sentence the page cut is the next
    page's head when a page line read as a running head (running-head-page, page-head-after-foot; heads) numbered one
    less stands above it, a page of lines above it at least (PAGE_SHARE of the lines above the first head), and no
    line was read so for that number yet. Serves PDF text whose running head's symbol line is blank (a file whose
    symbol is blank, an extraction that lost it) and whose pages after the first have no foot (the job number printed
    on the first page only): page 2's line follows the first page's foot, but page 3's follows the last text line of
    page 2, and was read as text, run into the paragraph the page break cut ("…合作和获" / "第 3 页" / "取渠道"). A
    sentence the page cut: the text line above ends with no punctuation, and the one below goes on with it (in lower
    case, or, in a script without case, with no number or label) — never under a colon or a lead-in ("… which read
    as follows:" / "Page 3" / "Paragraph 5, for …": a quoted correction's page, text) —, and set apart from the text
    as a page's head is (_set_apart: centred or to the right, never at the text's margin, where a quoted "Page 3"
    standing alone inside a sentence is text)."""
    if not heads:
        return
    kinds, stripped = doc.furniture, doc.stripped
    known = {_page_number(stripped[i]): i for i in sorted(heads)}
    least = PAGE_SHARE * min(heads)
    for i, t in enumerate(stripped):
        if not t or i in kinds or not page_line(doc.lang, t):
            continue
        number = _page_number(t)
        above = known.get(number - 1)
        if (number in known or above is None or i - above < least or not _inside_sentence(doc, stripped, i)
                or not _set_apart(doc, stripped, i)):
            continue
        kinds[i] = ("page", None)
        known[number] = i
        doc.fired("page-line-in-sequence", i + 1)


# page-line-in-sequence: a page's head stands this many columns or more right of the text lines around it (centred
# or set to the right, as print sets an odd page's head); a quoted page inside a sentence stays at the text's margin.
SET_APART = 10


def _set_apart(doc: Doc, stripped: list[str], i: int) -> bool:
    """For page-line-in-sequence: whether page line i is set apart from the text, SET_APART columns or more right of
    the text lines above and below it ("… 合作和获" / "                              第 3 页" / "取渠道"). A page line
    at the text's margin ("… handbook on" / "Page 3" / "was found …") may be a quoted page: text, as before."""
    j, k = _next_text(stripped, i, -1), _next_text(stripped, i, 1)
    if j is None or k is None:
        return False
    return indent(doc.raw[i]) >= max(indent(doc.raw[j]), indent(doc.raw[k])) + SET_APART


def _page_number(t: str) -> int:
    """A page line's number: its last digits ("Page 3", "第 3 页")."""
    return int(_PAGE_NUMBER.findall(t)[-1])


def _inside_sentence(doc: Doc, stripped: list[str], i: int) -> bool:
    """For page-line-in-sequence: whether page line i stands inside a sentence the page cut — the text line above ends
    with a letter or a digit (no colon, comma or stop: nothing announced), the one below goes on in lower case, or, in
    a script without case, opens with no number or label."""
    j, k = _next_text(stripped, i, -1), _next_text(stripped, i, 1)
    if j is None or k is None or not stripped[j][-1:].isalnum():
        return False
    first = stripped[k][:1]
    if first.lower() != first.upper():
        return first.islower()
    return (not first.isdigit() and label(doc.lang, stripped[k]) is None
            and doc.lang.paragraph_number.match(stripped[k]) is None)


def page_line(lang: Lang, t: str) -> bool:
    """Whether a line is a running head's page line in the text's language or in any other (translations
    kept the English "Page 2")."""
    return len(t) <= _PAGE_HEAD_MAX and (lang.page_head.match(t) is not None
                                         or any(lg.page_head.match(t) for lg in all_langs()))


# Rule running-head-titled. The General Assembly prints its resolutions' running heads with the title
# beside the symbol ("A/RES/95/217   Beacons of the coastal States", the sides swapped on odd pages);
# an extractor gives them on one line, or the symbol and the title on two. Left in the flow, the head
# ran into the paragraph the page break cut, or became a heading, without a word.
_SYMBOL = symbol_pattern().pattern
_SYMBOL_IN_LINE = re.compile(rf"(?<!\S)(?:{_SYMBOL})(?!\S)")
# A running head is a short line: longer ones are not asked (nor read word by word).
_TITLED_HEAD_MAX = 400
# The cover is read from this many lines of the first page at most (two-column covers give fewer,
# block extractions joining its items fewer still).
_COVER_TEXT_LINES = 25


def _squeezed(text: str) -> str:
    """A text without its spaces: a title wraps at other places on the cover than in a running head."""
    return "".join(text.split())


@dataclass(frozen=True)
class _Cover:
    """What running heads are told by: the cover's symbol (spaces squeezed), the squeezed title (None
    where no cover line numbers it or no enacting formula ends it), the squeezed first lines of the
    first page, and the index of the first page's foot, past which running heads stand."""

    symbol: str
    title: str | None
    text: str
    foot: int

    def titles(self, squeezed: str) -> bool:
        """Whether a head's text (squeezed) is the title's beginning or, the title unknown, printed on
        the cover."""
        return self.title.startswith(squeezed) if self.title is not None else squeezed in self.text


def _cover(doc: Doc) -> _Cover | None:
    """The cover as running heads are told by; None where the first lines print no symbol or the
    text has no page foot."""
    # (The first job number ends the first page; a lone number before it may be a note's marker.)
    foot = min((i for i, k in doc.furniture.items() if k[0] == "job"), default=None)
    if foot is None:
        foot = min((i for i, k in doc.furniture.items() if k[0] == "page"), default=None)
    if foot is None:
        return None
    lines = [doc.stripped[i] for i, t in enumerate(doc.stripped[:foot]) if t][:_COVER_TEXT_LINES]
    short = [t for t in lines[:COVER_LINES] if len(t) <= _TITLED_HEAD_MAX]
    symbol = next((m[0] for t in short if (m := _SYMBOL_IN_LINE.search(t))), None)
    if symbol is None:  # (a cover read in another order gives its symbol after the first page's text)
        symbol = next((k[1] for i, k in sorted(doc.furniture.items()) if k[0] == "symbol" and i < foot), None)
    if symbol is None:
        return None
    symbol = _squeezed(symbol)
    formulas = tuple(_folded(_squeezed(f)) for f in doc.lang.formulas)
    # (a resolution adopted in parts has its first part's label under its title: "A", "ألف")
    ends = (*formulas, *_bare(formulas), doc.lang.part_labels[0])
    return _Cover(symbol, _title_text(lines, symbol, formulas, frozenset(ends[len(formulas):])),
                  _squeezed(" ".join(lines)), foot)


_TITLE_LEAD = ".-–—:"


def _folded(squeezed: str) -> str:
    """A text with its apostrophes straight: a formula is typed either way ("L'Assemblée générale,")."""
    return squeezed.replace("’", "'")


def _bare(formulas: tuple[str, ...]) -> tuple[str, ...]:
    """The formulas without their closing comma."""
    return tuple(f.rstrip(",،，") for f in formulas)


def _title_text(lines: list[str], symbol: str, formulas: tuple[str, ...], alone: frozenset[str]) -> str | None:
    """The squeezed title: from the line that opens with the symbol's number after "/RES/" ("95/217.
    Beacons of the coastal States…") to the enacting formula or a line that is one of `alone` (the
    formula without its comma, a first part's label); None where no line opens with the number or
    nothing ends the title. Not the whole cover: an agenda item's title, which a paragraph may
    quote, heads nothing."""
    # (A resolution adopted in parts, "A/RES/77/291 B", numbers its title without the part's letter.)
    number = symbol.rpartition("/RES/")[2].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ-")
    for k, t in enumerate(lines):
        # (Asked of the line as printed: a title may open with a digit, "77/283 7 - …".)
        if number and t.startswith(number) and not t[len(number):len(number) + 1].isdecimal():
            pieces = [_squeezed(t[len(number):]).lstrip(_TITLE_LEAD)]
            for line in map(_squeezed, lines[k + 1:]):
                # (a formula may lose its comma, "L'Assemblée générale" alone on its line; a first part's label)
                if _folded(line).startswith(formulas) or _folded(line) in alone:
                    return "".join(pieces)
                pieces.append(line)
            return None
    return None


def titled_heads(doc: Doc) -> None:
    """Rule running-head-titled: past the cover, a line that opens or closes with the cover's symbol
    and whose rest is the title's beginning (the title not found, printed on the cover) is a running
    head, and so are the lines under it that go on with the title; so is the whole title on lines of
    its own under heads of the symbol alone (_titles_under_heads)."""
    cover = _cover(doc)
    if cover is None:
        return
    stripped, kinds, symbol = doc.stripped, doc.furniture, cover.symbol
    for i in range(cover.foot, len(stripped)):
        t = stripped[i]
        if not t or i in kinds or len(t) > _TITLED_HEAD_MAX or symbol[0] not in t:
            continue
        # (The title as the head prints it may keep the lead its number had on the cover, "78/10 - Building …":
        # the cover's title is read without it.)
        rest = _beside_symbol(t, symbol)
        if rest is not None and cover.titles(title := _squeezed(rest).lstrip(_TITLE_LEAD)):
            kinds[i] = ("symbol", t.replace(rest, "", 1).strip())
            doc.fired("running-head-titled", i + 1)
            _title_wrapped(doc, i, title, cover)
    if cover.title is not None:
        _titles_under_heads(doc, cover)
        short_titles_under_heads(doc, cover)


def _titles_under_heads(doc: Doc, cover: _Cover) -> None:
    """The title on lines of its own under a running head of the symbol alone: the whole title, to the
    cover's formula (a paragraph quoting it, "…intitulée « Respect des normes … »", runs on past its
    end or breaks elsewhere), the same under every head where the text has more than one."""
    stripped, kinds = doc.stripped, doc.furniture
    heads = [i for i, k in kinds.items()
             if k[0] == "symbol" and i >= cover.foot and _squeezed(stripped[i]) == cover.symbol]
    found: list[list[int]] = []
    for i in heads:
        j = _next_text(stripped, i, 1)
        if j is None or j in kinds:
            continue
        head = _unled(stripped[j])
        if _title_line(head, cover.title or ""):
            run, text = _title_run(doc, j, _squeezed(head), cover)
            if text == cover.title:
                found.append([j, *run])
                if head != stripped[j]:
                    doc.fired("head-title-after-separator", j + 1)
    if len(found) < 2 and len(heads) > 1:  # (a title one head of several shows is no head's)
        return
    for run in found:
        for j in run:
            kinds[j] = ("page", None)
            doc.fired("running-head-titled", j + 1)


def short_titles_under_heads(doc: Doc, cover: _Cover) -> None:
    """Rule running-head-short-title: a title too short for _title_line to read as a head's on its own ("发展权", the
    right to development: three characters; "Yemen") is the running head's all the same where every head of the
    symbol alone past the cover, two at least, has the whole title, as the cover prints it, on the line under it:
    any short line may begin a title, but one that is the whole title under every head is the heads'. Left in the
    flow, the first became a heading over the page's first paragraph, and the others ran into the paragraphs the page
    breaks cut. (Resolutions with a short title, in PDF text whose heads print the title under the symbol.)"""
    stripped, kinds = doc.stripped, doc.furniture
    heads = [i for i, k in kinds.items()
             if k[0] == "symbol" and i >= cover.foot and _squeezed(stripped[i]) == cover.symbol]
    under = [_next_text(stripped, i, 1) for i in heads]
    if len(heads) < 2 or any(j is None or j in kinds or _squeezed(_unled(stripped[j])) != cover.title for j in under):
        return
    for j in under:
        if j is not None:
            kinds[j] = ("page", None)
            doc.fired("running-head-short-title", j + 1)


def _title_run(doc: Doc, i: int, title: str, cover: _Cover) -> tuple[list[int], str]:
    """The lines under a running head's title that go on with it (a long title wrapped in the head's
    room), and the title they make (squeezed)."""
    run: list[int] = []
    while (j := _next_text(doc.stripped, i, 1)) is not None and j not in doc.furniture:
        longer = title + _squeezed(doc.stripped[j])
        if len(doc.stripped[j]) > _TITLED_HEAD_MAX or not cover.titles(longer):
            break
        run.append(j)
        title, i = longer, j
    return run, title


def _title_wrapped(doc: Doc, i: int, title: str, cover: _Cover) -> None:
    """The lines under a running head's title that go on with it: the head's too."""
    for j in _title_run(doc, i, title, cover)[0]:
        doc.furniture[j] = ("page", None)
        doc.fired("running-head-titled", j + 1)


def _beside_symbol(t: str, symbol: str) -> str | None:
    """The rest of a line that opens or closes with the symbol (squeezed: "S/RES/2700 (2023)" is two
    words, "S/RES/2700(2023)" one), None where it does neither or holds nothing else."""
    words = t.split(" ")
    for k in range(1, min(3, len(words) - 1) + 1):
        if "".join(words[:k]) == symbol:
            return " ".join(words[k:])
        if "".join(words[-k:]) == symbol:
            return " ".join(words[:-k])
    return None


def _next_text(stripped: list[str], i: int, step: int) -> int | None:
    """The nearest line of text above (step -1) or below (step 1) line i, None past the text's edge."""
    j = i + step
    while 0 <= j < len(stripped) and not stripped[j]:
        j += step
    return j if 0 <= j < len(stripped) else None


def _unled(t: str) -> str:
    """head-title-after-separator: a running head's title on a line of its own as the cover's title line prints it
    after its number — the separator that follows the number kept ("- الاحتفال بالذكرى …" for "78/9 - الاحتفال …",
    the Arabic title's dash) —, read without that separator, as the cover's title is (_title_text). Kept, the head's
    line was no title's beginning: it ran into the paragraph the page break cut."""
    return t[1:].lstrip() if t[:1] in _TITLE_LEAD and t[1:2].isspace() else t


def _title_line(t: str, title: str) -> bool:
    """Whether a line can be a running head's title on a line of its own: the title's beginning, and
    long enough not to be any short line (two words, or four characters of a script without spaces:
    "区域裁军")."""
    squeezed = _squeezed(t)
    long_enough = len(squeezed) >= 6 if " " in t else len(squeezed) >= 4 and not t.isascii()
    return long_enough and title.startswith(squeezed)


def _symbol_and_job(doc: Doc) -> None:
    """The symbol and the job number the first of their running heads give."""
    for kind, value in doc.furniture.values():
        if not value:
            continue
        if kind == "symbol" and doc.symbol is None:
            doc.symbol = spaced_symbol(value)
        elif kind == "job" and doc.job_number is None:
            doc.job_number = value


# A text is justified when at least this share of its lines of words had their spaces widened (a
# ragged text has none but the cover's two columns; a justified one most of its wrapped lines).
JUSTIFIED_SHARE = 0.3
_WIDENED = re.compile(r"\S {2,}\S")


# label-tab-not-widened: a paragraph's number, an item's label or a bullet at a line's start, before two spaces or more.
_LABEL_TAB = re.compile(r"\s*(?:\d{1,3}(?: ?\.| -)?|\(?[^\s()]{1,5}\)|[•–—·-]|’\d{1,2}‘|[\u3220-\u3229]"
                        r"|[^\W\d_]{1,2}\.) {2,}(?=\S)")


# mark-gap-not-widened: a note's mark set apart in a script without spaces — a number between a space and two or more
# ("、 4  《…", the gap an extractor that keeps positions leaves after the mark's small raised digits)
_MARK_GAP = re.compile(r"(?<= )(?P<mark>\d{1,3}) {2,}(?=\S)")


def mark_gap(raw: str, number: int = 0, doc: Doc | None = None) -> bool:
    """mark-gap-not-widened: in a script without spaces, the two spaces or more after a note's mark set apart from the
    text ("……权利国际公约》、 4  《经济社会文化权利国际公约》、 5  《儿") are no widened spaces: a position-keeping
    extractor leaves that gap after a raised mark in ragged text as in justified text, and a Chinese text has few
    other lines with spaces — counted, a ragged text whose marks stand apart read as justified (JUSTIFIED_SHARE of
    its lines with spaces), and an item's first line, never widened, as the end of a title item (unspread-item-end):
    its wrapped rest became a heading and the item's last words a paragraph of their own. Whether line `raw` holds
    such a gap (_widened reads the line without it)."""
    return doc is not None and not doc.lang.script.spaced and _MARK_GAP.search(raw) is not None


def _widened(raw: str, number: int = 0, doc: Doc | None = None) -> bool:
    """Whether a line's spaces between words were widened (justified_lines). label-tab-not-widened: not the spaces
    after a number, label or bullet that opens it — UN print sets a tab there, which a position-keeping extractor
    (pdftotext -layout) keeps as spaces in a ragged text as in a justified one ("        19 .    还确认…",
    "   (a)     To …"): counted, a ragged text whose paragraphs are numbered read as justified, and its items' last
    lines, never widened, as the ends of title items (unspread-item-end)."""
    if doc is not None and mark_gap(raw, number, doc):
        narrowed = _MARK_GAP.sub(r"\g<mark> ", raw)
        if _WIDENED.search(narrowed) is None:
            doc.fired("mark-gap-not-widened", number)
            return False
        raw = narrowed
    m = _LABEL_TAB.match(raw)
    if m is None:
        return _WIDENED.search(raw) is not None
    if _WIDENED.search(raw, m.end() - 1) is not None:
        return True
    if doc is not None and _WIDENED.search(raw) is not None:
        doc.fired("label-tab-not-widened", number)
    return False


def justified_lines(raw: list[str], stripped: list[str], doc: Doc | None = None) -> frozenset[int]:
    """The numbers (1-based) of the lines whose spaces between words were widened to fill the width,
    when the text is justified (pdftotext -layout of a justified PDF); else none. Such a line was
    wrapped: the last line of a paragraph is never widened (justified-line-continues)."""
    # (Widened spaces stand after the line's first word: a line without two spaces there is not asked.)
    spread = [i + 1 for i, (r, t) in enumerate(zip(raw, stripped, strict=True))
              if r is not t and "  " in r and r != t and "  " in r.lstrip() and _widened(r, i + 1, doc)]
    if not spread:  # (then no share of the lines of words is reached, whatever their number)
        return frozenset()
    words = sum([" " in t for t in stripped])
    return frozenset(spread) if words and len(spread) >= JUSTIFIED_SHARE * words else frozenset()


def furniture_kind(stripped: str) -> Furniture | None:

    """("symbol", symbol), ("job", job number) or ("page", None) for page furniture, else None."""
    if not stripped or len(stripped) > FURNITURE_MAX or stripped[0] not in _FURNITURE_FIRST:
        return None
    if (m := _SYMBOL_LINE.match(stripped)) and not symbol_with_stop(stripped):
        return "symbol", m["symbol"]
    if m := _JOB_LINE.match(stripped):
        return "job", m["job"]
    if _PAGE_LINE.match(stripped):
        return "page", None
    return None


def page_foot_forms(stripped: str) -> Furniture | None:
    """Rule page-foot-forms: the page feet of UN PDFs beyond the bare job or page number — "n/N"
    pages beside the job number, the first page's language letter and date code, the barcode."""
    if m := _FOOT_LINE.match(stripped):
        return "job", m["job"]
    if _BARCODE_LINE.match(stripped):
        return "page", None
    return None


def symbol_with_stop(stripped: str) -> bool:
    """Rule symbol-with-stop: a resolution's symbol followed by a full stop ("A/RES/89/14.") is a
    note's text — notes that cite a document end with a full stop, block extractors give a note's
    number and its text as two lines ("1" / "A/RES/89/14.") —, never a running head, which prints
    the symbol alone. Read as furniture, the note was lost without a word."""
    return stripped.endswith(".")


def footnote_rule(stripped: str) -> bool:
    """Rule footnote-rule: the line drawn above the footnotes, when an extractor gives it as text
    (underscores, markdown-escaped underscores, dashes, box drawing), is furniture: it ends the
    page's text and no paragraph (a blank line there would part paragraphs in texts that have
    none); kept as text, it became a paragraph or a heading, and the paragraph after ran into it."""
    return _RULE_LINE.match(stripped) is not None



def bare_pages(doc: Doc) -> bool:
    """bare-pages-end-at-text-end: in a text whose pages are told by page breaks alone (form feeds, a PDF-to-Markdown
    tool's page rules), no running head or page foot past the cover, nothing is printed under a page's notes: the
    text's end is its last page's foot, as a page break is the others' (the notes gathered after the vote stand there,
    where near-foot reads them; taken for no page's foot, they were left to the endnote rules, whose marks stand apart,
    and their marks stayed in the text)."""
    if "\f" not in doc.text or any(k[0] not in ("symbol", "rule") or (k[0] == "symbol" and i >= COVER_LINES)
                                    for i, k in doc.furniture.items()):
        return False
    doc.fired("bare-pages-end-at-text-end", next(i for i, raw in enumerate(doc.raw, start=1) if "\f" in raw))
    return True


RULES = (
    # (UN print as pdftotext -layout gives a ragged page: a tab after each number or label, kept as spaces.)
    # (Chinese text whose marks stand apart, as pdftotext -layout gives it)
    Rule("mark-gap-not-widened", "furniture", mark_gap, "in a script without spaces, the two spaces or more after a "
         "note's mark set apart are no widening: they do not make a text justified"),
    Rule("label-tab-not-widened", "furniture", _widened, "the spaces after a number, label or bullet that opens a "
         "line are a tab kept as spaces, no widening: they do not make a text justified"),
    Rule("bare-pages-end-at-text-end", "furniture", bare_pages, "a text whose pages are told by page breaks alone "
         "(form feeds, a PDF-to-Markdown tool's page rules; no running head or foot past the cover) ends its last "
         "page at its end: the notes gathered there stand at a page's foot"),
    Rule("footnote-rule", "furniture", footnote_rule,
         "the footnote rule printed as text (underscores, escaped underscores, dashes, box drawing) is furniture"),
    Rule("symbol-with-stop", "furniture", symbol_with_stop,
         "a resolution symbol followed by a full stop is a note's text, not a running head"),
    Rule("running-head-titled", "furniture", titled_heads,
         "past the first page's foot, a line opening or closing with the cover's symbol and going on with the "
         "title's beginning (General Assembly running heads) and the lines going on with the title are running "
         "heads; so is the whole title on lines of its own under every head of the symbol alone"),
    Rule("running-head-short-title", "furniture", short_titles_under_heads,
         "a title too short to be read as a head's on its own is the running head's where every head of the symbol "
         "alone (two at least) has the whole title on the line under it"),
    Rule("running-head-page", "furniture", page_heads,
         "the line under a running head of the symbol alone that is a page line ('Page 2', in the text's language "
         "or any other) is the head's too (older UN print: two-line heads, no page number at the foot)"),
    Rule("page-head-after-foot", "furniture", page_head_after_foot,
         "a page line alone ('Page 2', '第 2 页') right after a page's foot is the next page's running head, its "
         "symbol missing above it (an extraction that lost the symbol's line)"),
    # (PDF text whose running head's symbol is blank and whose later pages have no foot: a page line inside a sentence)
    Rule("page-line-in-sequence", "furniture", page_lines_in_sequence,
         "a page line alone inside a sentence the page cut, a page of lines below the head numbered one less ('第 2 "
         "页' after the first page's foot, then '第 3 页' with no foot above it), is the next page's head too, once a "
         "number"),
    Rule("head-title-after-separator", "furniture", _unled, "a running head's title on a line of its own, the "
         "separator after the title's number kept ('- Title'), is read without it, as the cover's title is"),
    Rule("page-foot-forms", "furniture", page_foot_forms,
         "PDF page feet: the job number with 'n/N' page numbers on either side, with its language "
         "letter and date code, or the barcode alone"),
)


def spaced_symbol(symbol: str) -> str:
    """"S/RES/2700(2023)", as Chinese running heads print it, written as the symbol is: with a space."""
    return re.sub(r"\s*\((\d{4})\)$", r" (\1)", symbol)


def indent(raw: str) -> int:
    """Leading blanks: a tab counts as four spaces, an ideographic space as one."""
    lead = len(raw) - len(raw.lstrip(" \t\u3000"))
    return lead + 3 * raw.count("\t", 0, lead) if lead else 0


def paged(doc: Doc) -> bool:
    """Whether the text has pages: a form feed, furniture past the cover, a page or job number or
    a footnote rule on it. (A Word or web page export has none; its notes stand at its end.)"""
    kinds = doc.furniture
    return ("\f" in doc.text or any(i >= COVER_LINES or k[0] != "symbol" for i, k in kinds.items()))


def near_foot(doc: Doc, index: int, paged: bool) -> bool:
    """Whether at most FOOTNOTE_BLOCK_LINES text lines (this one included) stand between a line and
    the next page furniture. The end of a paged text is no page foot (footnotes stand above
    furniture), unless its pages are numbered in their heads (older print: no page has furniture at its
    foot, running-head-page); the end of a text without pages is."""
    raw_lines, kinds = doc.raw, doc.furniture
    count = 0
    for j in range(index, len(raw_lines)):
        raw = raw_lines[j]
        if "\f" in raw or j in kinds:
            return True
        if raw and not raw.isspace():
            count += 1
            if count > FOOTNOTE_BLOCK_LINES:
                return False
    return not paged or doc.headed_pages or doc.bare_pages

