"""Test helper: a document (akndoc.Doc) set on pages, as tagged lines, for the layouts that draw
their settings at random (pdfvariants.py prints the lines as PDF text, blocktext.py joins them into
blocks as paragraph-block extractors give them).

Independent of unres. Every line says what it is (a cover item, a line of block i, a note, the
footnote rule, page furniture) and on which page it stands, so that a layout can indent a
paragraph's first line, justify its inner lines, or join the lines of one block on one page — and
a paragraph cut by a page break stays cut.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, fields, replace

from akndoc import STRAIGHT_QUOTES, Block, CoverLine, Doc, _wide, wrap

# Where the UN prints a note's mark as "(1)" (Arabic), the brackets go with the mark.
_MARK = re.compile(r"\((\x00\d+\x00)\)|(\x00\d+\x00)")
LANG_LETTER = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}
RULES = {"blank": "  ", "underscores": "_" * 18, "escaped": "\\_" * 18, "dashes": "-" * 20, "box": "─" * 16}
JOINED_COVER = ("session", "dates", "agenda", "agenda-title")  # one block on the cover page
_LATE_AT = {"symbol": 1, "status": 3, "date": 4}  # where a standard cover has them


@dataclass(frozen=True)
class Settings:
    """What a layout decides about the pages (drawn per document by the layouts)."""

    width: int  # columns of Latin text (a wide character takes two; for_document scales CJK lines)
    page_len: int  # lines of text to a page
    rule: str  # the footnote rule: "none" or a key of RULES
    notes_at: str  # "foot" (each page's notes at its foot) or "end" (all after the text)
    note_form: str  # "space" ("1 A/75/597."), "indent" (" 1 A/75/597."), "split" ("1", then "A/75/597.")
    marks: str  # "glued" ("culturels5,") or "apart" ("culturels 5 ,")
    cover: str  # "lines", "columns" (pdftotext -layout: two items to a line), "joined" (cover blocks)
    closing_joined: bool  # "47th plenary meeting 4 December 2024" on one line
    late: tuple[str, ...]  # cover items read after the first page's text (roles: status, date, symbol)
    first_footer: bool  # the first page's foot: "23-21327 (E)    051223" and the barcode "*2321327*"
    quotes: str  # "curly" or "straight"
    numbers_parted: bool  # "6 . Decides"
    head_padded: bool  # odd pages' running heads pushed right (pdftotext -layout)
    page_numbers: str  # "n" or "n/N"
    form_feed: bool  # a form feed opens every page after the first (pdftotext)
    gaps: bool  # blank lines around the page's foot and head (pdftotext), or none (pypdf)
    job: str = ""  # "23-21327" or "GE.23-12345" (for_document sets it)
    # General Assembly running heads print the title beside the symbol: "line" (one line, the sides
    # swapped on odd pages), "lines" (the symbol, then the title under it) or "" (the symbol alone);
    # for_document draws it apart from the other choices, so that they stay as they were drawn.
    head_title: str | None = None  # (None: drawn; a test may set it)
    title: str = ""  # the resolution's title, for those heads
    # The note lines a page's foot holds (0: as many as its notes need): a page's last note whose lines do not fit is
    # cut, its rest printed at the next page's foot above that page's notes, without a marker, as UN PDFs carry a
    # long note over; for_document draws it apart from the other choices, so that they stay as they were drawn —
    # when cut notes are asked for (use_cut_notes: the benchmark's --cut-notes), else 0. (None: drawn.)
    note_room: int | None = None
    # An operative paragraph's number, and an item's label, on a line of its own, its text from the next line on, as
    # extractors that cut a page into text boxes give it (pdfminer and the tools built on it: the tab after "1." or
    # "(a)" is wider than the gap they join characters across, so the number is a box of its own). for_document draws
    # it apart from the other choices, so that they stay as they were drawn — unless turned off (use_numbers_alone: the
    # benchmark's --no-numbers-alone), then False. (None: drawn; a test may set it.)
    number_alone: bool | None = None
    # Older UN print (the 1990s–2000s; issue 22 asks for sessions outside the corpus): "" (the current print),
    # "2000s" (running heads of two lines, the symbol and "Page 2" under it, no page number at the foot; the
    # cover's heading "Resolution adopted by the General Assembly" without its date) or "1990s" (the same, the
    # heading in capitals and "Distr. GENERAL"); for_document draws it apart from the other choices, so that
    # they stay as they were drawn. (None: drawn.)
    older: str | None = None
    # UN print as pdftotext -layout (and other extractors that keep positions as spaces) gives it: an operative
    # paragraph's number set in, its text after a tab (the wrapped lines back at the margin); an item's label set in
    # further, its text after a tab and every wrapped line hanging under that text (nested items deeper still); a
    # preambular paragraph's first line set in (Hang). for_document draws it on a stream of its own, so that the other
    # choices stay as they were drawn — when asked for (use_hanging), else False. (None: drawn; a test may set it.)
    hanging: Hang | bool | None = None
    # Text written by a PDF-to-Markdown extractor (pymupdf4llm, marker, docling, markitdown): Md says which of its forms
    # (markdown_doc, markdown_text). for_document draws it on a stream of its own, so that the other choices stay as
    # they were drawn — when asked for (use_markdown), else None. (False: never; a test may set it.)
    markdown: Md | bool | None = None


@dataclass(frozen=True)
class Md:
    """How a PDF-to-Markdown extractor writes a resolution (Settings.markdown)."""

    emphasis: str  # "_" or "*": the italics of the openings ("_Recalling_", "*Recalling*")
    words: int  # how many words of a paragraph's opening the italic span holds (it may run across a line end)
    bold: bool  # the title and the formula in bold ("**The General Assembly**,"), else the formula in italics
    headings: bool  # the title, the cover's body and heading, and the headings as "#"/"##" lines
    escapes: bool  # Markdown's escapes: "\\_", "\\*", "\\[", "1\\." at a line's start
    note_mark: str  # "sup" (<sup>1</sup>), "caret" (^1^), "footnote" ([^1], the notes "[^1]: …"), "plain" (1)
    list_dash: bool  # lettered items as list items: "- (a) …"
    one_line: bool  # a paragraph to a line (a page's part of it), else wrapped as printed
    breaks: bool  # "-----" between pages (pymupdf4llm), else a blank line
    furniture: bool  # the running heads and page feet kept


@dataclass(frozen=True)
class Hang:
    """The columns of UN print kept by a position-keeping extractor (Settings.hanging), in spaces from the margin."""

    number: int  # an operative paragraph's number
    label: int  # an item's label
    gap: int  # from a number's tab to its text: the text column is number + 3 + gap (a wider number pushes it)
    item_gap: int  # from a label's tab to its text: the text column is label + 4 + item_gap
    para_at_text: bool  # a preambular paragraph's first line at the operative text's column (else at the number's)

    def operative(self, number: str) -> int:
        """The column an operative paragraph's text stands at, after its number."""
        return max(self.number + 3 + self.gap, self.number + len(number) + 2)

    def item(self, label: str, depth: int) -> tuple[int, int]:
        """An item's label column and its text's (the column its wrapped lines hang at), nested items set in under
        their parent item's text."""
        step = 4 + self.item_gap
        at = self.label + depth * step
        return at, max(at + step, at + len(label) + 2)

    def paragraph(self) -> int:
        """The column a preambular paragraph's first line stands at."""
        return self.operative("1.") if self.para_at_text else self.number


# A layout's choices as data: field → ((value, weight), …), drawn per document by `draw_fields`.
Options = dict[str, tuple[tuple[object, int], ...]]


# Which draws the layouts make: "" is the draws the reader was developed and its floors set on
# (tests/test_corpus.py); any other name gives every document other choices, the same on every run —
# fresh draws, layouts no rule of the reader was made on (benchmarks/generalisation.py --draws), to tell
# what generalises from what was fitted to the one layout each document happened to draw.
DRAWS = ""


def use_draws(name: str) -> None:
    """Lay out with the draws called name from now on ("" for the usual ones)."""
    global DRAWS
    DRAWS = name


def rng_for(kind: str, name: str) -> random.Random:
    """The random choices of one layout for one file: the same on every run (for the same DRAWS)."""
    seed = f"{DRAWS}:{kind}:{name}" if DRAWS else f"{kind}:{name}"
    return random.Random(int(hashlib.sha1(seed.encode()).hexdigest(), 16))


def draw_fields(rng: random.Random, options: Options) -> dict[str, object]:
    out = {}
    for name, weighted in options.items():
        values, weights = zip(*weighted, strict=True)
        out[name] = rng.choices(values, weights)[0]
    return out


def with_choice(variant, name: str, value: object):
    """The variant with one choice changed, whether it is a page setting or the layout's own."""
    if name in {f.name for f in fields(Settings)}:
        return replace(variant, pages=replace(variant.pages, **{name: value}))
    return replace(variant, **{name: value})


def choices_of(variant) -> tuple[tuple[str, object], ...]:
    """A layout variant's choices by name, its page settings' and its own (for figures per choice)."""
    own = {k: v for k, v in vars(variant).items() if k != "pages"}
    # (the head's title is drawn per document by for_document: the layouts add it to their choices)
    drawn = {k: v for k, v in vars(variant.pages).items()
             if k not in ("job", "title", "head_title", "note_room", "number_alone", "older", "hanging", "markdown")}
    return tuple({**drawn, **own}.items())


# Whether a page's foot may cut a long note, its rest carried over to the next page's foot (note_room). A
# layout the text often cannot tell from running text (no rule above the notes): measured on its own
# (benchmarks/generalisation.py --cut-notes), off in the figures the floors of tests/test_corpus.py are set on.
CUT_NOTES = False


def use_cut_notes(on: bool) -> None:
    """Lay out with long notes cut by a page's foot (on) or never cut (off, the default)."""
    global CUT_NOTES
    CUT_NOTES = on


# Whether numbers and labels may stand alone on their lines (number_alone). Measured on its own in round 27 (opt-in
# then); drawn by default since round 28, when the reader read those layouts within a reading of the others (usual
# draws, all sets: pdf 3,547 and blocks 3,572 of 3,600 with it, 3,548 and 3,573 without). The benchmark's
# --no-numbers-alone measures without it.
NUMBERS_ALONE = True


def use_numbers_alone(on: bool) -> None:
    """Lay out with numbers and labels alone on their lines in one document in four (on), or never (off)."""
    global NUMBERS_ALONE
    NUMBERS_ALONE = on


# Whether UN print's columns may be kept as spaces (hanging), in one document in four (HANGING_WEIGHTS): what
# pdftotext -layout, the commonest extraction tool, gives. Off in rounds twenty-eight to thirty-six, as one held-out
# floor cell lost a document to it; on since round thirty-seven, which measured it on every set (benchmarks/
# README.md, round thirty-seven) and reports that cell apart (benchmarks/generalisation.py --no-hanging: never).
HANGING = True


def use_hanging(on: bool) -> None:
    """Lay out with UN print's columns kept as spaces (pdftotext -layout) in one document in four (on), or never."""
    global HANGING
    HANGING = on


def draw_hanging(name: str) -> Hang | bool:
    """Whether a document's PDF text keeps UN print's columns, and which, drawn on a stream of its own."""
    rng = rng_for("hanging", name)
    if not rng.choices(HANGING_CHOICES, HANGING_WEIGHTS)[0]:
        return False
    return Hang(number=rng.randint(4, 8), label=rng.randint(8, 14), gap=rng.randint(2, 8),
                item_gap=rng.randint(2, 8), para_at_text=rng.random() < .5)


# Whether the text is written by a PDF-to-Markdown extractor (markdown), in one document in four. Measured on its own
# (benchmarks/generalisation.py --markdown, round twenty-nine); off in the figures the floors are set on.
MARKDOWN = False


def use_markdown(on: bool) -> None:
    """Lay out as PDF-to-Markdown extractors write text in one document in four (on), or never (off)."""
    global MARKDOWN
    MARKDOWN = on


def draw_markdown(name: str) -> Md | bool:
    """Whether a document's PDF text is written as Markdown, and in which forms, drawn on a stream of its own."""
    rng = rng_for("markdown", name)
    if rng.random() >= .25:
        return False
    return Md(emphasis=rng.choice("_*"), words=rng.choice((1, 1, 2, 3)), bold=rng.random() < .6,
              headings=rng.random() < .6, escapes=rng.random() < .5,
              note_mark=rng.choice(("sup", "caret", "footnote", "plain")), list_dash=rng.random() < .5,
              one_line=rng.random() < .5, breaks=rng.random() < .6, furniture=rng.random() < .3)


def for_document(s: Settings, doc: Doc, name: str) -> Settings:
    """The settings as this document can have them: widths in Latin columns become the same
    share of a CJK line; no straight quotes in Chinese (its quotes are full-width), no number
    parted from a full stop in Arabic (its numbers have none); the job number of the file."""
    width = round(s.width * 40 / 88) if doc.cjk else s.width
    n = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    job = f"{20 + n % 5}-{10000 + n % 89999}"
    title = running_title(doc)
    head_title = draw_head_title(name, title) if s.head_title is None else s.head_title
    older = s.older
    if older is None:
        older = rng_for("older", name).choices(OLDER, OLDER_WEIGHTS)[0]
    if older:
        head_title = ""  # (older heads print the symbol and the page, never the title)
    note_room = s.note_room
    if note_room is None:
        note_room = rng_for("note-room", name).choices(NOTE_ROOMS, NOTE_ROOM_WEIGHTS)[0] if CUT_NOTES else 0
    number_alone = s.number_alone
    if number_alone is None:
        number_alone = NUMBERS_ALONE and rng_for("number-alone", name).choices(NUMBER_ALONE, NUMBER_ALONE_WEIGHTS)[0]
    hanging = s.hanging
    if hanging is None:
        hanging = HANGING and draw_hanging(name)
    markdown = s.markdown
    if markdown is None:
        markdown = MARKDOWN and draw_markdown(name)
    if markdown:
        hanging = False  # (Markdown keeps no columns)
    return replace(s, markdown=markdown, width=width, job=f"GE.{job}" if "HRC" in name else job,
                   quotes="curly" if doc.cjk else s.quotes,
                   numbers_parted=s.numbers_parted and doc.lang != "ar", head_title=head_title, title=title,
                   note_room=note_room, number_alone=number_alone, older=older, hanging=hanging)


HEAD_TITLES, HEAD_TITLE_WEIGHTS = ("", "line", "lines"), (1, 2, 1)
NOTE_ROOMS, NOTE_ROOM_WEIGHTS = (0, 2, 4), (2, 1, 1)
NUMBER_ALONE, NUMBER_ALONE_WEIGHTS = (False, True), (3, 1)
HANGING_CHOICES, HANGING_WEIGHTS = (False, True), (3, 1)
HANG_SHARE = 0.35  # the deepest an item's text stands, as a share of the line's width
_OPERATIVE_NUMBER = re.compile(r"^(\d+(?: ?\.| -))\s+(?=\S)")  # "1.", "1 ." (parted), Arabic "1 -"
# A roman numeral of any length ("i", "xviii", "xxviii"; upper case too), as items are numbered past the short forms
# the label patterns take by their length (four characters before ")", five inside parentheses).
_ROMAN = r"(?i:(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
_PAREN_LABEL = rf"\((?:{_ROMAN}|[^\s()]{{1,5}})\)"  # "(a)", "(أ)", "(xxviii)"
_CLOSED_LABEL = rf"(?:{_ROMAN}|[^\s()]{{1,4}})\)"  # "a)", "xviii)"
_ITEM_LABEL = re.compile(rf"^({_PAREN_LABEL}|•|’\d{{1,2}}‘|{_CLOSED_LABEL})\s+(?=\S)")  # those, "•", "’1‘"
_SUB_LABEL = re.compile(r"^\(?[ivxl]+\)$|^’\d{1,2}‘$|^[㈠-㈩]$")  # "(i)", "ii)", Arabic "’1‘", Chinese "㈠"
# An item's label as UN print sets it before a tab (hanging): "(a)", "a)", "a.", "iii.", Arabic "(أ)" and "’1‘", Chinese
# "㈠", bullets and dashes.
_HUNG_LABEL = re.compile(
    rf"^({_PAREN_LABEL}|[•–—-]|’\d{{1,2}}‘|{_CLOSED_LABEL}|(?:{_ROMAN}|[a-zа-я]{{1,2}})\.|[㈠-㈩]|[一二三四五六七八九十]+[.、．])"
    r"\s*(?=\S)")
OLDER, OLDER_WEIGHTS = ("", "2000s", "1990s"), (6, 1, 1)
# The page under the symbol in older running heads (ar and zh: the forms as best known).
PAGE_WORDS = {"en": "Page {n}", "fr": "Page {n}", "es": "Página {n}", "ru": "Стр. {n}", "ar": "الصفحة {n}",
              "zh": "第 {n} 页"}
# The date of a cover's heading "Resolution adopted by the General Assembly on 21 November 2023", which older
# covers do not print there (only in the closing).
_HEADING_DATE = {"en": r" on \d.*$", "fr": r" le \d.*$", "es": r" el \d.*$", "ru": r" \d{1,2} \S+ \d{4} года$",
                 "ar": r" في \d.*$", "zh": r"^\d{4}年\d{1,2}月\d{1,2}日"}
OLDER_STATUS = {"fr": "Distr. GÉNÉRALE"}  # "Distr. GENERAL" elsewhere


def older_cover(doc: Doc, cover: list[CoverLine], older: str) -> list[CoverLine]:
    """The cover as older UN print gives it: a General Assembly heading without its date; in the 1990s the
    heading (the first title line, any body) and the organization in capitals, the distribution "Distr. GENERAL"."""
    out: list[CoverLine] = []
    headed = False
    for c in cover:
        text = c.text
        if c.role == "title" and not headed:
            headed = True
            if doc.symbol.startswith("A/RES/"):
                text = re.sub(_HEADING_DATE.get(doc.lang, "$^"), "", text)
            if older == "1990s":
                text = text.upper()
        elif c.role == "publisher" and older == "1990s":
            text = text.upper()
        elif c.role == "status" and older == "1990s":
            text = OLDER_STATUS.get(doc.lang, "Distr. GENERAL")
        out.append(CoverLine(c.role, text))
    return out
_NUMBERED_TITLE = re.compile(r"^(?:[A-Z]+-\d+/|\d+/)\d+\s*\.?\s+(?P<title>\S.*)$")


def _alone(role: str, text: str) -> re.Match[str] | None:
    """An operative paragraph's number or an item's label, which a tab parts from the text (number_alone)."""
    if role == "operative":
        return _OPERATIVE_NUMBER.match(text)
    return _ITEM_LABEL.match(text) if role == "point" else None


def draw_head_title(name: str, title: str) -> str:
    """How a document's running heads print its title (HEAD_TITLES), drawn on a stream of its own ("" when
    it has none to print); tests/pdftext.py draws the same."""
    return rng_for("head-title", name).choices(HEAD_TITLES, HEAD_TITLE_WEIGHTS)[0] if title else ""


def head_lines(symbol: str, title: str, head_title: str, width: int, cjk: bool, page: int) -> list[str]:
    """A running head's lines: the symbol alone, or with the title — beside it, wrapped to the room
    the symbol leaves (the sides swapped on odd pages), or under it (head_title "line", "lines")."""
    if head_title == "lines":
        return [symbol, *wrap(title, width, cjk)]
    if head_title != "line":
        return [symbol]
    room = width - (len(symbol) + 3) // (2 if cjk else 1)
    first, *rest = wrap(title, max(room, 10), cjk)
    return [f"{first}   {symbol}" if page % 2 else f"{symbol}   {first}", *rest]


def running_title(doc: Doc) -> str:
    """The title a General Assembly resolution's running heads print ("" for other bodies)."""
    if not doc.symbol.startswith("A/RES/") or not doc.blocks or doc.blocks[0].role != "preface":
        return ""
    m = _NUMBERED_TITLE.match(doc.blocks[0].text)
    return "" if m is None or "\x00" in m["title"] else m["title"]


@dataclass(frozen=True)
class Laid:
    """A document as a layout gives it: the text, the folds its comparison needs, the choices drawn."""

    text: str
    folds: tuple[str, ...]  # "brackets", "quotes", "spacing" (see corpus_text.fold)
    choices: tuple[tuple[str, object], ...]


@dataclass(frozen=True)
class Line:
    text: str
    kind: str  # cover, block, note, rule, furniture
    key: int  # the block's index (block), the note's (note), the cover group's (cover)
    page: int
    first: bool = False  # the first line of its block (not the first after a page break)
    last: bool = False  # the last line of its block
    lead: str = ""  # what stands before the text (hanging): the spaces to its column, a number or label and its tab


def _marks(text: str, apart: bool) -> str:
    if not apart:
        return text
    spaced = _MARK.sub(lambda m: f" ({m.group(1)}) " if m.group(1) else f" {m.group(2)} ", text)
    return re.sub(r" {2,}", " ", spaced).strip()


class Pages:
    def __init__(self, doc: Doc, s: Settings):
        self.doc = doc
        self.s = s
        self.lines: list[Line] = []
        self.page = 1
        self.on_page = 0
        self.page_notes: list[tuple[str, str]] = []
        self.end_notes: list[tuple[str, str]] = []
        self.late: list[tuple[int, CoverLine]] = []
        self.note_count = 0
        self.carried: list[str] = []  # the rest of a note the page before's foot cut, printed at this page's
        self.carried_key = 0

    # Text as printed ------------------------------------------------------------------------
    def _printed(self, text: str) -> str:
        return text.translate(STRAIGHT_QUOTES) if self.s.quotes == "straight" else text

    def _add(self, text: str, kind: str, key: int, first: bool = False, last: bool = False, lead: str = "") -> None:
        self.lines.append(Line(self._printed(text), kind, key, self.page, first, last, lead))

    def _body(self, text: str, key: int, notes: tuple[tuple[str, str], ...], first: bool, last: bool,
              lead: str = "") -> None:
        def put(m: re.Match) -> str:
            marker, note = notes[int(m.group(1))]
            (self.page_notes if self.s.notes_at == "foot" else self.end_notes).append((marker, note))
            return _md_mark(marker, self.s.markdown)
        self._add(re.sub(r"\x00(\d+)\x00", put, text), "block", key, first, last, lead)
        self.on_page += 1
        if self.on_page >= self.s.page_len:
            self.page_break()

    def block(self, key: int, block: Block) -> None:
        if block.kind == "closing":
            pieces = [" ".join(block.pieces)] if self.s.closing_joined else list(block.pieces)
        else:
            pieces = [block.text]
        for piece in pieces:
            text = _marks(piece, self.s.marks == "apart")
            if self.s.numbers_parted and block.role == "operative":
                text = re.sub(r"^(\d+)\.(?=\s)", r"\1 .", text)
            if block.role != "point":
                self.label_before = ""
            if isinstance(self.s.hanging, Hang) and block.kind == "para":
                self._hung(key, block, text, self.s.hanging)
                continue
            parts = wrap(text, self.s.width, self.doc.cjk)
            if self.s.number_alone and (m := _alone(block.role, text)) and parts[0].startswith(m.group(0)):
                # (Both lines open a box: the block extractors give two blocks, PDF text two indented lines. The
                # number stands level with its text's first line, as printed — the line wrapped with the number on
                # it, the number taking no line of the page —: never at a page's foot without it.)
                self._add(m.group(1), "block", key, True, False)
                parts[0] = parts[0][m.end():]
            for k, part in enumerate(parts):
                self._body(part, key, block.notes, k == 0, k == len(parts) - 1)

    def _hung(self, key: int, block: Block, text: str, h: Hang) -> None:
        """A paragraph set as UN print sets it, its columns kept as spaces (hanging): each line's text wrapped to the
        room its column leaves on the line."""
        m = _alone(block.role, text)
        role = block.role
        if m is None and role in ("point", "operative"):
            # (lettered items the UN marked up as paragraphs without a number are set as items)
            m = _HUNG_LABEL.match(text)
            role = "point" if m or role == "point" else role
        label = m.group(1) if m else ""
        if role == "point":
            at, column = h.item(label, self._depth(label))
            # (a page's text column is some six inches: nested items never hang past a third of it)
            over = max(0, column - self.s.width * (2 if self.doc.cjk else 1) * HANG_SHARE)
            at, column = max(at - int(over), h.number), column - int(over)
            hang = column  # (every wrapped line of an item under its text)
        elif role == "operative" and m:
            at, column, hang = h.number, h.operative(label), 0
        else:
            at, column, hang, label = h.paragraph(), h.paragraph(), 0, ""
        if label:
            text = text[m.end():] if m else text
            if self.s.number_alone:
                # (level with its text's first line, as printed: the number takes no line of the page)
                self._add(label, "block", key, True, False, " " * at)
                label = ""
        elif role == "point":
            at = column  # (a list's text without a label, "and, in the operations under way, …": at the items' text)
        else:
            column = at
        first = " " * at + label
        first += " " * max(column - _columns(first), 1 if label else 0)
        parts = _wrap_hung(text, self._room(_columns(first)), self._room(hang), self.doc.cjk)
        for k, part in enumerate(parts):
            self._body(part, key, block.notes, k == 0 and not (self.s.number_alone and m), k == len(parts) - 1,
                       first if k == 0 else " " * hang)

    def _depth(self, label: str) -> int:
        """How deep an item stands: roman numerals ("(i)", Arabic "’1‘", Chinese "㈠") after a letter other than the
        one before them are items of the item before (the corpus's markup flattens them)."""
        before, self.label_before = self.label_before, label
        sub = bool(_SUB_LABEL.match(label)) and not _next_letter(before, label)
        if sub and before and (not _SUB_LABEL.match(before) or self.depth_before):
            self.depth_before = 1
            return 1
        self.depth_before = 0
        return 0

    label_before = ""  # the label of the item before (reset by every other block)
    depth_before = 0

    def _room(self, lead: int) -> int:
        """The room a line's text has after a lead of this many columns, in the units wrap counts (a wide
        character's)."""
        return max(self.s.width - ((lead + 1) // 2 if self.doc.cjk else lead), 8)

    # The cover ------------------------------------------------------------------------------
    def cover(self) -> None:
        doc, s = self.doc, self.s
        items = list(enumerate(older_cover(doc, doc.cover, s.older) if s.older else doc.cover))
        if doc.standard_cover and s.late:
            late = {_LATE_AT[role] for role in s.late}
            self.late = [(k, c) for k, c in items if k in late]
            items = [(k, c) for k, c in items if k not in late]
        elif doc.standard_cover and s.cover == "columns":
            # As pdftotext -layout gives the first page: two columns to a line, the right-hand
            # column first in a right-to-left text.
            pad = " " * 24
            texts = [c.text for _, c in items]
            rows = [(texts[0], texts[1]), (texts[2], texts[3])]
            lines = [f"{b}{pad}{a}" if doc.lang == "ar" else f"{a}{pad}{b}" for a, b in rows]
            for k, line in enumerate([*lines, pad + texts[4]]):
                self._cover_line(line, k, 10**6)
            items = items[5:]
        self._cover_items(items)

    def _cover_items(self, items: list[tuple[int, CoverLine]]) -> None:
        """Cover items a line each, or (cover "joined") in the blocks the cover page prints them in:
        session, its dates, agenda item and its title; distribution and date."""
        groups: list[list[tuple[int, CoverLine]]] = []
        for k, c in items:
            before = groups[-1][-1][1].role if groups else ""
            if self.s.cover == "joined" and groups and (
                    (c.role in JOINED_COVER and before in JOINED_COVER) or (c.role, before) == ("date", "status")):
                groups[-1].append((k, c))
            else:
                groups.append([(k, c)])
        for group in groups:
            self._cover_line(" ".join(c.text for _, c in group), group[0][0])

    def _cover_line(self, text: str, key: int, width: int | None = None) -> None:
        for part in wrap(text, width or self.s.width, self.doc.cjk):
            self._add(part, "cover", key)
            self.on_page += 1

    # Page furniture -------------------------------------------------------------------------
    def _notes(self, notes: list[tuple[str, str]], last: bool = False) -> None:
        """A page's notes at its foot, under the rest of a note the page before cut; its last note cut where its
        lines do not fit in the room (note_room) the notes above left, unless the page is the last."""
        carried, self.carried = self.carried, []
        if not notes and not carried:
            return
        if self.s.rule != "none":
            self._add(RULES[self.s.rule], "rule", self.page)
        for part in carried:
            self._add(part, "note", self.carried_key)
        printed = len(carried)
        for k, (marker, text) in enumerate(notes):
            self.note_count += 1
            key = self.note_count
            marker = f"({marker})" if self.doc.lang == "ar" and marker.isdigit() else marker
            if isinstance(self.s.markdown, Md) and self.s.markdown.note_mark == "footnote" and marker.isdigit():
                parts = wrap(f"[^{marker}]: {text}", self.s.width, self.doc.cjk)
            elif self.s.note_form == "split":
                self._add(marker, "note", -key)
                parts = wrap(text, self.s.width, self.doc.cjk)
            else:
                parts = wrap(f"{marker} {text}", self.s.width, self.doc.cjk)
                if self.s.note_form == "indent":
                    parts = [" " + parts[0], *("   " + p for p in parts[1:])]
            if not last and k == len(notes) - 1:
                parts = self._cut(parts, printed, key)
            for part in parts:
                self._add(part, "note", key)
            printed += len(parts)

    def _cut(self, parts: list[str], printed: int, key: int) -> list[str]:
        """The lines of a page's last note that fit in the room left (one at least); the rest carried over."""
        keep = max(self.s.note_room - printed, 1)
        if not self.s.note_room or keep >= len(parts):
            return parts
        self.carried, self.carried_key = parts[keep:], key
        return parts[:keep]

    def _number(self) -> str:
        return f"{self.page}/\x01" if self.s.page_numbers == "n/N" else str(self.page)

    def _foot(self) -> None:
        s = self.s
        if s.older and not (self.page == 1 and s.first_footer):
            if self.page == 1:  # (older feet print no page number: the first page's job number alone)
                self._add(s.job, "furniture", 0)
        elif self.page == 1 and s.first_footer:
            self._add(f"{s.job} ({LANG_LETTER.get(self.doc.lang, 'E')})    {_datecode(s.job)}", "furniture", 0)
            self._add(f"*{s.job.removeprefix('GE.').replace('-', '')}*", "furniture", 0)
        elif self.page % 2:
            self._add(f"{s.job} {self._number()}", "furniture", 0)
        else:
            self._add(f"{self._number()} {s.job}", "furniture", 0)

    def _gap(self) -> None:
        if self.s.gaps:
            self._add("", "furniture", 0)

    def page_break(self) -> None:
        self._notes(self.page_notes)
        self.page_notes = []
        if self.page == 1:
            self._cover_items(self.late)
        self._gap()
        self._foot()
        self._gap()
        self.page += 1
        for head in self._head():
            if self.s.head_padded and self.page % 2:
                head = " " * max(1, self.s.width - len(head)) + head
            self._add(("\f" if self.s.form_feed and not self.on_page_head else "") + head, "furniture", 0)
            self.on_page_head = True
        self.on_page_head = False
        self._gap()
        self.on_page = 0

    on_page_head = False  # a head's first line is written (the form feed opens the page once)

    def _head(self) -> list[str]:
        """The running head's lines: in older print the symbol and the page under it; else the symbol alone,
        or with the title (head_lines)."""
        if self.s.older:
            return [self.doc.symbol, PAGE_WORDS.get(self.doc.lang, "Page {n}").format(n=self.page)]
        return head_lines(self.doc.symbol, self.s.title, self.s.head_title or "", self.s.width, self.doc.cjk, self.page)

    def finish(self) -> list[Line]:
        self._notes(self.page_notes + self.end_notes, last=True)
        if self.page == 1:
            self._cover_items(self.late)
        self._gap()
        self._foot()
        total = str(self.page)
        return [replace(x, text=x.text.replace("\x01", total)) for x in self.lines]


def _next_letter(before: str, label: str) -> bool:
    """Whether a label is the letter after the label before ("(l)" after "(k)": no roman numeral)."""
    a, b = before.strip("()"), label.strip("()")
    return len(a) == len(b) == 1 and ord(b) == ord(a) + 1


def _columns(text: str) -> int:
    """The print columns a text takes (a wide character two)."""
    return sum(2 if _wide(c) else 1 for c in text)


def _wrap_hung(text: str, first: int, rest: int, cjk: bool) -> list[str]:
    """A text wrapped to `first` on its first line and `rest` on the others (wrap's units)."""
    parts = wrap(text, first, cjk)
    if len(parts) < 2 or first == rest:
        return parts
    tail = text[len(parts[0]):].lstrip(" ")
    return [parts[0], *wrap(tail, rest, cjk)]


def _datecode(job: str) -> str:
    """The date printed beside the job number ("051223"), a stable function of it."""
    n = sum(map(ord, job))
    return f"{n % 28 + 1:02d}{n % 12 + 1:02d}{job.removeprefix('GE.')[:2]}"


def set_on_pages(doc: Doc, s: Settings) -> list[Line]:
    pages = Pages(doc, s)
    pages.cover()
    for key, block in enumerate(doc.blocks):
        pages.block(key, block)
    return pages.finish()


# -- Markdown (Settings.markdown) ------------------------------------------------------------------------------------
_MD_MARKS = {"sup": "<sup>{}</sup>", "caret": "^{}^", "footnote": "[^{}]", "plain": "{}"}
_MD_ESCAPED = re.compile(r"([\\_*\[\]])")
_OPENING_SKIP = re.compile(rf"^(?:\d+ ?\.\s+|{_PAREN_LABEL}\s+|{_CLOSED_LABEL}\s+)")  # a number or label before it


def _md_mark(marker: str, md: Md | bool | None) -> str:
    return _MD_MARKS[md.note_mark].format(marker) if isinstance(md, Md) else marker


def _md_escape(text: str, md: Md) -> str:
    if not md.escapes:
        return text
    text = _MD_ESCAPED.sub(r"\\\1", text)
    return re.sub(r"^(\d+)\.(?=\s)", r"\1\\.", re.sub(r"^#", r"\\#", text))


def _italic_opening(text: str, md: Md, words: int) -> str:
    """The paragraph's first words in italics, as UN print sets a preambular or operative paragraph's opening."""
    m = _OPENING_SKIP.match(text)
    lead, rest = (m.group(0), text[m.end():]) if m else ("", text)
    parts = rest.split(" ")
    span = []
    for w in parts[:words]:
        bare = re.sub(r"[,;:.]+$", "", w)
        if "\x00" in w or not bare or not bare[0].isalpha():
            break
        span.append(bare)
        if bare != w:
            break
    if not span:
        return text
    e = md.emphasis
    opened = " ".join(span)
    return lead + e + opened + e + rest[len(opened):]


def _marked_block(b: Block, md: Md, cjk: bool, rng: random.Random) -> Block:
    text = b.text if b.kind == "vote" or b.kind == "closing" else _md_escape(b.text, md)
    if b.role == "preface":
        text = f"# {text}" if md.headings else f"**{text}**" if md.bold else text
    elif b.role == "formula":
        core, end = re.match(r"^(.*?)(\s*[,،，:]*)$", text).groups()  # type: ignore[union-attr]
        # (Chinese print sets no italics: the formula in bold or plain)
        text = f"**{core}**{end}" if md.bold else f"{core}{end}" if cjk else f"{md.emphasis}{core}{md.emphasis}{end}"
    elif b.role in ("heading", "part-heading"):
        text = f"## {text}" if md.headings else f"**{text}**" if md.bold else text
    elif b.role in ("preamble", "part-preamble", "operative", "point") and not cjk:
        text = _italic_opening(text, md, rng.randint(1, md.words))
    if b.role == "point" and md.list_dash and _ITEM_LABEL.match(text):
        text = f"- {text}"
    return replace(b, text=text)


def markdown_doc(doc: Doc, md: Md, name: str) -> Doc:
    """The document's blocks marked up as a PDF-to-Markdown extractor writes them (the notes' marks by Pages)."""
    rng = rng_for("markdown-words", name)
    return replace(doc, blocks=[_marked_block(b, md, doc.cjk, rng) for b in doc.blocks])


def markdown_text(doc: Doc, lines: list[Line], md: Md) -> str:
    """The lines as Markdown: a blank line between blocks, a paragraph on one line (md.one_line) or wrapped, the
    cover's body and heading as headings, "-----" between pages."""
    out: list[str] = []
    group = None
    page = 1
    for line in lines:
        text = line.text.replace("\f", "").strip()
        if line.kind == "furniture" and (not md.furniture or not text):
            continue
        if line.page != page:
            page = line.page
            out += ["", "-----", ""] if md.breaks else [""]
        here = (line.kind, line.key, line.page)
        if here == group and line.kind not in ("furniture", "note") and not (line.first and line.kind == "block"):
            out[-1] = (out[-1] + text if doc.cjk else f"{out[-1]} {text}") if md.one_line else out[-1] + "\n" + text
            continue
        if line.kind == "cover" and md.headings and line.key < len(doc.cover) and doc.cover[line.key].role in (
                "body", "title") and here != group:
            text = ("# " if doc.cover[line.key].role == "body" else "## ") + text
        out += [text] if line.kind in ("furniture", "note", "rule") or not out else ["", text]
        group = here
    return "\n".join(out) + "\n"
