"""Text written by a PDF-to-Markdown extractor (pymupdf4llm, marker, docling, markitdown and the like): told by its
signs, its markup taken off before any other stage reads the lines (issue 22, round twenty-nine).

Such tools write UN print's italics and bold as Markdown emphasis ("_Recalling_", "*Recalling*", "**The General
Assembly**,"), the larger type as heading lines ("# 77/1. Title", "## Annex"), lettered items as list items
("- (a) …"), Markdown's escapes ("\\_", "\\*", "1\\."), the notes' marks as "<sup>1</sup>", "^1^" or "[^1]" (the
notes "[^1]: A/75/597."), and the page breaks as "-----". A text is read as such only when it carries two kinds of
these signs or more (an underscore, an asterisk, a "#" can be text): then every sign of a kind the reader knows is
taken off — markup, not text — and the lines stay where they were (a line's number is still the input's). A sign
the reader does not recognise (an emphasis that never closes, an escape of a letter) stays in the text, and a
text with fewer signs is read exactly as before. A Markdown table's lines (tables.py) are left as they are. A text read
as Markdown is said so once, at its first sign (text-markdown, a warning: characters of the input are not in the
reading).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ..langs import fold_word, numbering, punctuation
from .marks import raised
from .pages import furniture_kind
from .ruleset import Rule
from .segment import formula_text
from .state import Doc

# -- the signs ------------------------------------------------------------------------------------------------------
# (each a pattern over the whole text, in MULTILINE mode; a kind counts once however often it is found)
# (an emphasis opening a line — after its number or bullet — with a letter and closing on it or the next: a title over
# two lines; "*2321327*", the barcode under a UN page's job number, is none)
# An emphasis holds a few words — an opening, a title, a heading — never more than this many characters: bounded, each
# delimiter that never closes is looked past in a bounded stretch, not to its paragraph's end (a long line of "_a "
# took time in the square of its length).
SPAN_MAX = 400
_UP_TO = f"{{0,{SPAN_MAX}}}?"  # (a lazy quantifier: the shortest span that closes)
_EMPHASIS_OPENING = re.compile(r"^(?:\d+\\?\.\s+|[-*+]\s+)?(\*\*|__|\*|_)(?=[^\W_][^\n]" + _UP_TO + r"[^\W\d_])[^\W_]"
                               r"[^\n]" + _UP_TO + r"(?:\n(?![ \t]*\n)[^\n]" + _UP_TO
                               + r")?[^\s\\*_]\1(?![^\W_])", re.M)
_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_NOTE_MARK = re.compile(r"<sup>[^<\n]{1,8}</sup>|\^\d{1,3}\^|\[\^\w{1,4}\]")
_ESCAPE = re.compile(r"\\[_*#\[\]](?=[^\W_])|^\d{1,3}\\\.\s", re.M)
# (a label: a letter or two, a number, or a roman numeral of any length — "(xxviii)", "xxviii)", the long lists of
# an ECOSOC or budget text)
_LABEL = r"(?:[ivxlcdm]+|[IVXLCDM]+|[^\s()]{1,5})"
_LIST_ITEM = re.compile(rf"^[-*+][ \t]+(?:\({_LABEL}\)|[’‘']\d{{1,2}}[’‘'])[ \t]+\S", re.M)
_PAGE_RULE = re.compile(r"^(?:-{3,5}|\*{3}|(?:\* ){2}\*)[ \t]*$", re.M)
SIGNS = (_EMPHASIS_OPENING, _HEADING, _NOTE_MARK, _ESCAPE, _LIST_ITEM, _PAGE_RULE)
SIGN_NAMES = ("emphasis", "heading lines", "note marks", "escapes", "list bullets", "page rules")  # (text-markdown)
KINDS_NEEDED = 2  # kinds of sign a text carries before it is read as Markdown …
LINES_NEEDED = 2  # … or the lines one kind of sign stands on, of the kinds plain text never prints (ONE_KIND_TELLS)
# A bullet before a label and a line of dashes are plain text's too (a Word list's dash, a drawn rule): they tell
# Markdown only beside another kind of sign, never alone however many lines hold them — alone, their text's own
# underscores and asterisks ("www.example.org/_counts_/", "*apple*") were taken off as markup.
ONE_KIND_TELLS = (_EMPHASIS_OPENING, _HEADING, _NOTE_MARK, _ESCAPE)

_TABLE_LINE = re.compile(r"^\s*\|")  # a Markdown table's row (tables.py reads it, its bold and escapes with it)


def _line_of(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def markdown_signs(doc: Doc) -> bool:
    """markdown-signs: whether the text is a Markdown extraction — two kinds of sign or more, outside tables, or the
    enacting formula in emphasis (markdown-formula); if so, said once (text-markdown), at the first sign."""
    text = _without_tables(doc.text)
    found = {name: m for name, p in zip(SIGN_NAMES, SIGNS, strict=True) if (m := p.search(text))}
    formula = emphasised_formula(doc, text)
    if formula is not None:
        found["the formula in emphasis"] = formula
    elif len(found) < KINDS_NEEDED and not any(_on_lines(p, text) for p in ONE_KIND_TELLS) and not number_escape(
            doc, text):
        return False
    first = _line_of(text, min(m.start() for m in found.values()))
    doc.fired("markdown-signs", first)
    doc.markdown = True
    # (the reading took markup off: whoever compares the text with its reading learns why characters are missing)
    doc.warn("text-markdown", f"read as a PDF-to-Markdown extraction ({', '.join(found)}): its markup taken off",
             first)
    return True


# A line that is emphasis around words and a clause's comma or colon after it, or nothing (markdown-formula).
_EMPHASISED_LINE = re.compile(r"^(\*\*|__|\*|_)(?=\S)([^*_\n]{1,80}?)(?<=\S)\1[ \t]*([,،，:：]?)[ \t]*$", re.M)


def emphasised_formula(doc: Doc, text: str) -> re.Match[str] | None:
    """markdown-formula: the enacting formula set in emphasis on a line of its own ("**The General Assembly**,",
    "_L’Assemblée générale_,", "**安全理事会**，") tells a Markdown extraction alone — UN print sets the formula in
    italics, a PDF-to-Markdown tool marks it, and plain text never puts the body's name between asterisks or
    underscores — where a short text carries no other sign on a second line (a Chinese text: no italic openings)."""
    formulas = {_formula_key(doc, f) for f in doc.lang.formulas}
    for m in _EMPHASISED_LINE.finditer(text):
        if _formula_key(doc, m.group(2)) in formulas:
            doc.fired("markdown-formula", _line_of(text, m.start()))
            return m
    return None


# A paragraph number's full stop escaped at a line's start, its paragraph's text after it ("1\\. 表示…").
_NUMBER_ESCAPE = re.compile(r"^\d{1,3}\\\.[ \t]+\S", re.M)


def number_escape(doc: Doc, text: str) -> bool:
    """markdown-number-escape: a paragraph's number whose full stop is escaped at a line's start ("1\\. Decides …")
    tells a Markdown extraction alone, even once — a Markdown writer escapes it so that the number opens no list of
    its own, and no PDF or Word text escapes a number's stop — where a short text carries no other sign (one operative
    paragraph; a Chinese text: no italic openings). Read as plain text, "1\\." was no paragraph number."""
    m = _NUMBER_ESCAPE.search(text)
    if m is None:
        return False
    doc.fired("markdown-number-escape", _line_of(text, m.start()))
    return True


def _formula_key(doc: Doc, text: str) -> str:
    return fold_word(formula_text(doc.lang, text)).rstrip(",،，:： ")


def _on_lines(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the sign stands on LINES_NEEDED lines or more."""
    lines = set()
    for m in pattern.finditer(text):
        lines.add(text.count("\n", 0, m.start()))
        if len(lines) >= LINES_NEEDED:
            return True
    return False


def _without_tables(text: str) -> str:
    if "|" not in text:
        return text
    return "\n".join("" if _TABLE_LINE.match(ln) else ln for ln in text.split("\n"))


# -- taking the markup off -------------------------------------------------------------------------------------------
# An escaped character stands as a private-use character while the emphasis is taken off (so that "\_" is never a
# delimiter), then as itself. A text that holds such characters already is not unescaped that way (see _unescape).
_ESCAPABLE = "\\`*_{}[]()#+-.!<>^~"
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>^~])")
_HOLD = 0xE000
_HELD = {chr(_HOLD + k): c for k, c in enumerate(_ESCAPABLE)}
_HELD_ANY = re.compile(f"[{chr(_HOLD)}-{chr(_HOLD + len(_ESCAPABLE) - 1)}]")


def markdown_escape(text: str, fire: Callable[[int], None]) -> str:
    """markdown-escape: "\\_", "\\*", "\\#", "1\\." … are the characters escaped (held until the emphasis is off)."""
    if _HELD_ANY.search(text):
        return text  # (the text holds private-use characters of its own: its escapes are left as they stand)
    first = _ESCAPED.search(text)
    if first:
        fire(_line_of(text, first.start()))
    return _ESCAPED.sub(lambda m: chr(_HOLD + _ESCAPABLE.index(m.group(1))), text)


def _release(text: str) -> str:
    return _HELD_ANY.sub(lambda m: _HELD[m.group()], text)


# An emphasis: its delimiter opens before a letter, digit or opening bracket and not after one, closes after a
# non-space and not before a letter or digit; it may run across line ends, never across a blank line.
_EMPHASIS = re.compile(r"(?<![^\W_])(?<![*\\])(\*\*\*|\*\*|\*|___|__|_)(?=[^\s*_])((?:(?!\n[ \t]*\n).)"
                       + f"{{1,{SPAN_MAX}}}?" + r")(?<=[^\s\\*_])\1(?![^\W_])(?!\*)", re.S)


def markdown_emphasis(text: str, fire: Callable[[int], None]) -> str:
    """markdown-emphasis: "_Recalling_", "*Recalling*", "**The General Assembly**," are the words without the marks
    (a delimiter that never closes stays)."""
    first = _EMPHASIS.search(text)
    if first is None:
        return text
    fire(_line_of(text, first.start()))
    for _ in range(3):  # (a bold span around italics: the inner pair is found once the outer is off)
        text, n = _EMPHASIS.subn(_words, text)
        if not n:
            break
    return text


def _words(m: re.Match[str]) -> str:
    # (a span without a letter is text: the barcode "*2321327*" under a UN page's job number)
    return m.group(2) if any(c.isalpha() for c in m.group(2)) else m.group(0)


_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+(?=\S)", re.M)


def markdown_heading(text: str, fire: Callable[[int], None]) -> str:
    """markdown-heading: "# 77/1. Title", "## Annex" are the heading's text (a line of larger type)."""
    return _sub_firing(_HEADING_MARK, "", text, fire)


# (a label's shapes: "(a)", "a)", digits between quotes as Arabic sets its sub-items, "’1‘" — straightened too; or a
# bullet UN print sets before an item, "•", "–" (numbering.json's bullets but the hyphen): "- • Provide security …",
# the tool's list bullet before the printed one — markdown-list-item)
_PRINTED_BULLETS = re.escape("".join(b for b in numbering()["bullets"] if b != "-"))
_LIST_MARK = re.compile(rf"^[-*+][ \t]+(?=(?:\(?{_LABEL}\)|[’‘']\d{{1,2}}[’‘']|[{_PRINTED_BULLETS}])[ \t]+\S)",
                        re.M)


def markdown_list_item(text: str, fire: Callable[[int], None]) -> str:
    """markdown-list-item: "- (a) text", "* a) text" are the item "(a) text" (the tool's bullet before its label);
    "- • text" is the item "• text" (the tool's bullet before the one UN print set)."""
    return _sub_firing(_LIST_MARK, "", text, fire)


_NOTE_FORMS = re.compile(r"<sup>([^<\n]{1,8})</sup>|\^(\d{1,3})\^|^\[\^(\w{1,4})\]:[ \t]*|\[\^(\w{1,4})\]", re.M)
# (a mark's form at a line's start with a space after it opens the note it marks: "<sup>1</sup> A/98/120.", as
# pymupdf4llm writes a page's notes; inside a line no wrap puts a mark first, glued as it is to the word before — but
# the wrap does put a mark first on its line before the clause's punctuation set apart after it, "… (Nelson Mandela
# Rules)" / "^19^ ,": no note's text opens with a clause's punctuation or a closing bracket or quote, and the mark is
# raised as any other: markdown-mark-before-stop)
# (only the quotes that never open one: "“" closes Arabic quotes but opens English and Chinese ones, and a straight
# quote opens as often as it closes — a page's note may open with a quoted title, "<sup>2</sup> “Lighthouses …”":
# review, round thirty-one)
_CLOSE_ONLY_QUOTES = "".join(sorted(set(punctuation("closing_quotes")) - set(punctuation("opening_quotes")) - {"'"}))
_CLAUSE_CLOSE = re.escape(punctuation("comma", "semicolon", "colon", "full_stop", "closing_brackets")
                          + _CLOSE_ONLY_QUOTES)
_NOTE_OPENS = re.compile(rf"(?:<sup>\d{{1,3}}</sup>|\^\d{{1,3}}\^)(?=[ \t]+[^\s{_CLAUSE_CLOSE}])")


def markdown_note_mark(text: str, fire: Callable[[int], None], raise_marks: bool = True) -> str:
    """markdown-note-mark: "<sup>1</sup>", "^1^", "[^1]" in a line are the mark, its digits raised ("¹", as the
    text writer prints a mark, which mark-raised finds wherever it stands: told, no longer guessed, where a glued
    digit reads as a number's — "Congo2", "20242"); a note "[^1]: A/75/597." or "<sup>1</sup> A/75/597." is
    "1 A/75/597.". The mark stays as PDF text glues it where a note's marker is no bare number — in a script that
    prints its marks in brackets (Arabic, "(1)": raise_marks False), between brackets — and alone on its line (the
    wrap set it there: mark-alone-on-line reads it). A mark first on its line before a clause's punctuation ("^19^ ,":
    the wrap put it there) opens no note: it is raised."""
    def mark(m: re.Match[str]) -> str:
        if m.group(3):
            return m.group(3) + " "
        marker = next(g for g in m.groups() if g)
        at, end = m.start(), m.end()
        line_start = at == 0 or text[at - 1] == "\n"
        opens = line_start and _NOTE_OPENS.match(text, at)
        alone = line_start and text[end:end + 1] in ("", "\n")
        bracketed = not raise_marks or text[at - 1:at] + text[end:end + 1] == "()"
        return marker if opens or alone or bracketed else raised(marker)
    return _sub_firing(_NOTE_FORMS, mark, text, fire)


# markdown-star-rule-text: a page rule of dashes ("-----", as pymupdf4llm writes a page's end); a line of stars alone
_DASH_RULE = re.compile(r"^-{3,5}[ \t]*$", re.M)
_STAR_RULE = re.compile(r"^[ \t]*(?:\*{3}|(?:\* ){2}\*)[ \t]*$", re.M)
# What a divider's line above ends with: a sentence or a clause ("… passent.", "… journal;", "… :"); a page's end falls
# anywhere, mid-sentence too ("… on the lamps" / "***" / "of the western capes …")
_DIVIDER_AFTER = (*punctuation("full_stop", "exclamation", "question", "semicolon", "colon"),)


def star_rule_text(text: str, fire: Callable[[int], None], dashed: bool = False) -> str:
    """markdown-star-rule-text: in a Markdown extraction whose tool marks a page's end with dashes ("-----": dashed,
    the whole text holds such a rule), a line of stars alone ("* * *", "***") is no page's end but the document's
    own divider — the asterisks UN print sets between a resolution's parts or an annex's sections, which a tool
    that escapes nothing passes on as they stand —: its stars are held as text (released with the escapes), so
    neither markdown-page-rule nor markdown-emphasis takes them. Read as a page break, the divider was dropped
    without a word. Where the text marks no page with dashes, stars may be its tool's page rule, and are read so;
    and where one star line stands where a page ends (_divider), so are they all."""
    if not dashed:
        return text
    stars = list(_STAR_RULE.finditer(text))
    if not stars or not all(_divider(text, m) for m in stars):
        return text
    fire(_line_of(text, stars[0].start()))
    star = chr(_HOLD + _ESCAPABLE.index("*"))
    return _STAR_RULE.sub(lambda m: m.group().replace("*", star), text)


_NONBLANK = re.compile(r"\S[^\n]*")


def _line_above(text: str, start: int) -> str:
    """The first line holding text above the line that opens at `start` (read back line by line, never the whole
    text above: a text of many star lines would take time with the square of its length)."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if line := text[begin:end].strip():
            return line
        end = begin - 1
    return ""


def _divider(text: str, star: re.Match[str]) -> bool:
    """markdown-star-rule-text: whether a line of stars stands as a divider does, not where a page ends: no page
    furniture next to it (a job number, a page's number, the running symbol: "37-00142 1/3" / "***" /
    "A/RES/92/142"), the line above it ending a sentence or a clause (_DIVIDER_AFTER), the line under it opening in
    no lower case (a sentence going on over the page's end). One star line where a page ends tells that the tool
    marks its pages with stars too: then none is held (one "-----" elsewhere does not make them all dividers)."""
    above = _line_above(text, star.start())
    below = m.group().strip() if (m := _NONBLANK.search(text, star.end())) is not None else ""
    if not above or not below or furniture_kind(above) is not None or furniture_kind(below) is not None:
        return False
    return above.endswith(_DIVIDER_AFTER) and not below[:1].islower()


def markdown_page_rule(text: str, fire: Callable[[int], None]) -> str:
    """markdown-page-rule: a line "-----" (or "***") is where a page ended: a form feed, as pdftotext marks it."""
    return _sub_firing(_PAGE_RULE, "\f", text, fire)


# markdown-bold-heading: a heading's or a bold block's lines (a title wrapped over a few lines), its characters at most
BOLD_LINES_MAX = 4
BOLD_TEXT_MAX = 300
# markdown-bold-over-page: a bold block a page cut — its first lines at one page's foot, above the page's notes, its
# last at the next page's top —, each half within BOLD_TEXT_MAX characters, the foot between within FOOT_MAX.
FOOT_MAX = 3000
# (the first half's lines down to a blank line or a rule drawn above the page's notes; the last half's down to the line
# that closes the span)
_FIRST_HALF = r"((?:(?!\*\*|__)[^\n]|\n(?![ \t]*(?:\n|[-_─━—=\\]{3}))){1," + str(BOLD_TEXT_MAX) + r"})(?<=\S)\n"
_LAST_HALF = r"((?:(?!\*\*|__)[^\n]|\n(?![ \t]*\n)){1," + str(BOLD_TEXT_MAX) + r"}?)(?<=\S)\1[ \t]*$"
_BREAK_LINE = r"[ \t]*(?:\f[^\n]*|(?:-{3,5}|\*{3}|(?:\* ){2}\*)[ \t]*)\n"
_BOLD_OVER_PAGE = re.compile(r"^(\*\*|__)(?=\S)" + _FIRST_HALF + r"((?:(?!\*\*|__)[\s\S]){0," + str(FOOT_MAX)
                             + r"}?)^" + _BREAK_LINE + r"(?:[ \t]*\n)*(?=\S)" + _LAST_HALF, re.M)


def markdown_bold_over_page(text: str, fire: Callable[[int], None]) -> str:
    """markdown-bold-over-page: a bold block whose delimiters a page break parts — "**Budget estimates for the period
    from 1 July" at a page's foot, the page's notes and break, "2023 to 30 June 2024**" at the next page's top — is
    its words: each half alone never closes, and its delimiters stayed in the text. (A tool that keeps one span over
    the page; the heading's two halves are one heading: markdown-bold-heading.)"""
    return _sub_firing(_BOLD_OVER_PAGE, lambda m: m.group(2) + m.string[m.end(2):m.start(4)] + m.group(4), text,
                       fire)


def _sub_firing(pattern: re.Pattern[str], to: str | Callable[[re.Match[str]], str], text: str,
                fire: Callable[[int], None]) -> str:
    first = pattern.search(text)
    if first is None:
        return text
    fire(_line_of(text, first.start()))
    return pattern.sub(to, text)


# The order they are taken off in: escapes held first, so that no escaped character is read as markup.
_STEPS: tuple[tuple[str, Callable[[str, Callable[[int], None]], str]], ...] = (
    ("markdown-escape", markdown_escape),
    ("markdown-star-rule-text", star_rule_text),
    ("markdown-page-rule", markdown_page_rule),
    ("markdown-heading", markdown_heading),
    ("markdown-list-item", markdown_list_item),
    ("markdown-note-mark", markdown_note_mark),
    ("markdown-bold-over-page", markdown_bold_over_page),
    ("markdown-emphasis", markdown_emphasis),
)


def markdown(doc: Doc) -> None:
    """Stage: a Markdown extraction's markup taken off its lines (tables' lines apart), the lines where they were."""
    if not markdown_signs(doc):
        return
    lines = doc.text.split("\n")
    out: list[str] = []
    run: list[str] = []
    for k, line in enumerate([*lines, None]):
        if line is None or _TABLE_LINE.match(line):
            out += _unmarked(doc, "\n".join(run), k - len(run)).split("\n") if run else []
            run = []
            if line is not None:
                out.append(line)
        else:
            run.append(line)
    doc.text = "\n".join(out)


def _unmarked(doc: Doc, text: str, before: int) -> str:
    """A run of lines without a table's row, its markup off; before: the input lines above it."""
    bold_headings(doc, text, before)
    for name, step in _steps(doc):
        text = step(text, lambda line, name=name: doc.fired(name, before + line))  # type: ignore[misc]
    return _release(text)


def _steps(doc: Doc) -> list[tuple[str, Callable[[str, Callable[[int], None]], str]]]:
    """The steps for this text: a script that prints its marks in brackets keeps them unraised (markdown-note-mark)."""
    dashed = _DASH_RULE.search(doc.text) is not None  # (markdown-star-rule-text: asked of the whole text)
    steps = [(name, partial(star_rule_text, dashed=dashed) if step is star_rule_text else step)
             for name, step in _STEPS]
    if not doc.lang.script.bracketed_marks:
        return steps
    return [(name, partial(markdown_note_mark, raise_marks=False) if step is markdown_note_mark else step)
            for name, step in steps]


_BLOCKS = re.compile(r"\n[ \t]*\n")
_BOLD_WHOLE = re.compile(r"(\*\*|__)(?=\S)((?:(?!\*\*|__).)+)(?<=\S)\1[ \t]*", re.S)
_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+", re.M)


def bold_headings(doc: Doc, text: str, before: int) -> None:
    """markdown-bold-heading: a heading line ("## Budget estimates for the period from 1 July 2023 to", the lines of its
    block under it) or a block set wholly in bold ("**Review and maintenance of the … Sanctions" / "List**") is a text
    the file set as a heading — what the PDF reader gives as the file's bold texts (bold-heading): the heading rules
    read its lines as one heading however it wrapped, never its last line as a heading of its own. (before: the input
    lines above the run.)"""
    found: list[str] = []
    pos, line = 0, before + 1
    for sep in [*_BLOCKS.finditer(text), None]:
        block = text[pos:sep.start() if sep else len(text)]
        heading = _heading_of(block)
        if heading is not None:
            found.append(" ".join(_plain(doc, heading).split()))
            doc.fired("markdown-bold-heading", line + len(block) - len(block.lstrip("\n")))
        if sep is not None:
            line += block.count("\n") + sep.group().count("\n")
            pos = sep.end()
    for m in _BOLD_OVER_PAGE.finditer(text):
        found.append(" ".join(_plain(doc, m.group(2) + " " + m.group(4)).split()))
        doc.fired("markdown-bold-heading", before + text.count("\n", 0, m.start()) + 1)
    if found:
        doc.bold_headings = doc.bold_headings | frozenset(found)


def _heading_of(block: str) -> str | None:
    """The heading's text with its markup (markdown-bold-heading), if the block is a heading or wholly in bold."""
    if block.count("\n") >= BOLD_LINES_MAX or len(block) > BOLD_TEXT_MAX:
        return None
    stripped = block.strip()
    if _HEADING_LINE.match(stripped):
        return _HEADING_LINE.sub("", stripped)
    m = _BOLD_WHOLE.fullmatch(stripped)
    return m.group(2) if m else None


def _plain(doc: Doc, text: str) -> str:
    """A text without its markup (markdown-bold-heading), the steps asked without a trace."""
    for _, step in _steps(doc):
        text = step(text, lambda line: None)
    return _release(text)


RULES: tuple[Rule, ...] = (
    Rule("markdown-signs", "markdown", markdown_signs, "text from a PDF-to-Markdown extractor (pymupdf4llm, marker, "
         "docling, markitdown): read as Markdown when it carries two kinds of Markdown's signs or more (emphasis "
         "around a paragraph's opening, heading lines, escapes, note marks as <sup>/^1^/[^1], list items before a "
         "label, '-----' page breaks), never for one kind alone"),
    # (A short Markdown extraction with one operative paragraph and no other sign: a Chinese text prints no italics.)
    Rule("markdown-number-escape", "markdown", number_escape, "a paragraph number whose full stop is escaped at a "
         "line's start ('1\\. Decides …') tells a Markdown extraction alone, even once: no PDF or Word text "
         "escapes it"),
    Rule("markdown-formula", "markdown", emphasised_formula, "the enacting formula set in emphasis on a line of its "
         "own ('**The General Assembly**,', '**安全理事会**，') tells a Markdown extraction alone (a short text, a "
         "Chinese one: no italic openings on a second line)"),
    Rule("markdown-bold-heading", "markdown", bold_headings, "a Markdown extraction's heading line with the lines of "
         "its block, or a block wholly in bold (or cut by a page: markdown-bold-over-page), is a text the file set as "
         "a heading: its lines one heading, however they wrapped (bold-heading-goes-on)"),
    Rule("markdown-escape", "markdown", markdown_escape, "a Markdown extraction's escapes ('\\_', '\\*', '\\#', "
         "'1\\.'): the characters they escape, never read as markup"),
    Rule("markdown-page-rule", "markdown", markdown_page_rule, "a Markdown extraction's page breaks ('-----', as "
         "pymupdf4llm writes them): a form feed, where a page ends as pdftotext gives it"),
    Rule("markdown-star-rule-text", "markdown", star_rule_text, "in a Markdown extraction whose page rules are dashes "
         "('-----'), a line of stars alone ('* * *', '***') is the document's divider, kept as text, no page's end, "
         "where no star line of the text stands where a page ends (furniture beside it, a sentence going on)"),
    Rule("markdown-heading", "markdown", markdown_heading, "a Markdown extraction's headings by font size ('# 77/1. "
         "Title', '## Annex', '# General Assembly'): the heading's text"),
    Rule("markdown-list-item", "markdown", markdown_list_item, "a Markdown extraction's lettered items as list items "
         "('- (a) …', '* a) …'): the item, its label first"),
    Rule("markdown-note-mark", "markdown", markdown_note_mark, "a Markdown extraction's note marks ('<sup>1</sup>', "
         "'^1^', '[^1]') and notes ('[^1]: A/75/597.', '<sup>1</sup> A/75/597.'): the mark raised ('¹', as the text "
         "writer prints it: told, not guessed, after a number or a capital), '(1)' between brackets as printed, the "
         "note as its foot prints it"),
    Rule("markdown-bold-over-page", "markdown", markdown_bold_over_page, "a Markdown extraction's bold block whose "
         "delimiters a page break parts ('**Budget estimates … to' / the page's notes and break / '30 June 2045**'): "
         "its words"),
    Rule("markdown-emphasis", "markdown", markdown_emphasis, "a Markdown extraction's italics and bold ('_Recalling_', "
         "'*Recalling*', '**The General Assembly**,', a span over a line end): the words without the marks; a "
         "delimiter that never closes stays"),
)
