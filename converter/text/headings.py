"""Headings between paragraphs: which lines are headings (asked by blocks.py), and which
paragraph each heading heads (stages `headings` and helpers for the parts)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from ..labels import announces, continues
from ..langs import Lang, fold_word, punctuation
from .marked import Marked, join, join_text, normalize_text
from .openings import label, starts_with_head
from .ruleset import Rule
from .state import Block, Doc

if TYPE_CHECKING:
    from .blocks import Lines

# Headings are printed on one line; a longer unfinished line is a paragraph whose end was lost.
# (Where lines were never wrapped and blank lines set them apart — one paragraph to a line, as the
# text writer prints them — a heading is as long as it is: up to a short line of that text, see `like`.)
HEADING_MAX = 100
# In text of one paragraph to a line, a heading before a numbered paragraph may be longer (long-title): a
# budget resolution's section titles run to 250 characters ("Financiación de la cuenta de apoyo … 2024").
LONG_HEADING_MAX = 3 * HEADING_MAX
# title-between-label-and-number: a section's title between its label and its first numbered paragraph may run to this
# many characters (the UN's longest, a fisheries section's, runs to about 400: "Mise en œuvre de l'Accord de 1995 …
# (stocks chevauchants) et des stocks de poissons grands migrateurs").
LABELLED_TITLE_MAX = 2 * LONG_HEADING_MAX
# A paragraph number below this after a wrapped heading opens its paragraph (a year, "2023.", is no number).
NUMBER_AFTER_HEADING_MAX = 1000
# colon-after-cut-first-line: the letters at most of an amount's unit abbreviated, which a wrap cut after ("долл.")
ABBREVIATION_MAX = 5
# fitted-before-number: the short line's first word fits on the item's last line within this share of a
# full line — the whole width, as a paragraph number after the short line already says it is a heading.
FITTED_SHARE = 1.0
HEADING_RUN = 3  # at most this many heading lines in a row ("Part 1" / "Actions" / …)
# After a section's label alone on its line ("VI"), its title may wrap over more lines (heading-run-after-label).
LABELLED_RUN = 8
# Right after the formula only a label this short is a heading (a first part's "A", "ألف").
FIRST_LABEL_MAX = 4
# A heading line shorter than this never wrapped, however short the document's lines.
WRAPPED_HEADING = 30
# heading-after-blank: blank lines separate paragraphs where one stands before at least this share of the numbered
# paragraphs after a finished line (most: a page break or a lifted note hides a few), of at least BLANK_STARTS_MIN.
BLANK_STARTS_SHARE = 0.8
BLANK_STARTS_MIN = 3
# The rule that allowed a long title (HeadingRun._long_title), by the layout it read.
_LONG_TITLE_RULES = {"gaps": "title-between-blank-lines", "flat": "long-title-after-clause",
                     "indent": "title-between-indents"}
_COLONS = tuple(punctuation("colon"))
_COMMAS = tuple(punctuation("comma"))
_SEMICOLON = re.compile(f"[{re.escape(punctuation('semicolon'))}]")
# (heading-after-closed-item: what a section's title has and the rest of a list's item lacks — a label of its own
# before its words, a word or two, a number and a dash or colon ("Pillar 2 – …", "Volet 2 : …"), or a roman numeral
# alone on its line ("II"); a capital alone is no evidence: "…; and" / "Member States of the region" goes on)
_TITLE_LABELLED = re.compile(r"(?:[IVXLC]+\.?$|[^\W\d_]+(?: [^\W\d_]+)? (?:\d{1,3}|[IVXLC]+) ?[–—:-] )")
# widened-line-no-heading: a run of spaces past the line's first word — a label's tab-width gap ("A.   Lamps of the
# outer beacons", as pdftotext sets a heading's label apart from its title) is no widening of the line
_WIDENED_PAST_LABEL = re.compile(r"^\s*\S+\s+\S.*?\S {2,}\S")


# list-text-at-column: the most lines a list's text between two items runs to (a sentence that announces items: two or
# three lines under a hang's narrow column; a longer run is no such text)
LIST_TEXT_LINES = 4
# comma-inside-flat-title: how far up the number of the paragraph before a title is looked for (a paragraph of
# forty lines: longer ones are rare, and the rule then says nothing)
PARAGRAPH_REACH = 40


def figure_unit_end(text: str) -> str:
    """(colon-after-cut-first-line, unit-cut-at-text-column) The unit abbreviated with its stop that a line ends with
    after a figure ("321 949 500 долл.", "5 млн."), or ""."""
    last = text.rstrip().rsplit(None, 2)[-2:]
    if (len(last) == 2 and last[0][-1:].isdigit() and last[1].endswith(".")
            and 1 < len(last[1]) <= ABBREVIATION_MAX + 1 and last[1][:-1].isalpha()):
        return last[1]
    return ""


class HeadingRun:
    """Decides, line by line in order, which lines of a Lines are headings."""

    def __init__(self, c: Lines):
        self.c = c
        self.after_heading = False  # the line before was a heading
        self.labelled = False  # the run of headings the line before is in opened with a section's label alone
        self.long_end = -1  # long-title-kept: the last line of the long title the run the line before is in opened
        self.bold_text: dict[int, str | None] = {}  # bold-heading: the bold text up to each line asked
        self.word_labels: set[int] = set()  # heading-label-with-word: the lines it decided (traced once)
        self.colon_lines: set[int] = set()  # colon-inside-title: the same
        self.gap_titles: set[int] = set()  # title-between-blank-lines, long-title-after-clause: the same
        self.head_ends: set[int] = set()  # title-ends-at-head: the same
        self.clause_ends: set[int] = set()  # title-ends-at-page-head-wrapped: the same
        self.colon_titles: set[int] = set()  # colon-announces-no-title: the lines told
        self.wrapped_rests: set[int] = set()  # comma-inside-indented-title-wrapped: the same
        self.comma_lines: set[int] = set()  # comma-inside-labelled-title: the same
        self.fitted_lines: set[int] = set()  # fitted-before-number: the same
        self.unspread_lines: set[int] = set()  # unspread-item-end: the same
        self.spread_lines: set[int] = set()  # widened-line-no-heading: the same
        self.head_colons: set[int] = set()  # colon-after-head-title: the same
        self.capital_lines: set[int] = set()  # capital-of-common-word: the same
        self.section_lines: set[int] = set()  # section-number-title: the same
        self.part_labels_seen: set[int] = set()  # part-label-opens-run: the same
        self._cases: tuple[frozenset[str], frozenset[str]] | None = None  # _word_cases(), once asked
        self._name_starts: frozenset[str] | None = None  # capital-after-lower-case-word: _names(), once asked
        self.page_titles: set[int] = set()  # part-title-across-page: the same
        self.comma_rests: set[int] = set()  # title-rest-after-comma: the same
        self.wide_titles: set[int] = set()  # long-heading-in-wide-text: the same
        self.short_titles: set[int] = set()  # colon-title-in-short-text: the same
        self.left_lines: set[int] = set()  # item-left-text-column: the same
        self._hung_shown: bool | None = None  # left-title-wrapped: shows_hung_item(), once asked
        self.numeral_lines: set[int] = set()  # numeral-tab-no-heading: the same
        self._separated: bool | None = None  # blank_separated(), once asked
        self.glued_lines: set[int] = set()  # conjunction-glued-no-title: traced once
        self._words: frozenset[str] | None = None  # conjunction-glued-no-title: the text's words, once read

    def _traced_once(self, seen: set[int], rule: str, i: int, at: int | None = None) -> bool:
        """True, tracing rule once for line i (at line `at` if given): the heading run asks a line more than once."""
        if self.c.doc is not None and i not in seen:
            seen.add(i)
            self.c.doc.fired(rule, self.c.lines[i if at is None else at].number)
        return True

    def heading_at(self, i: int, start: int) -> bool:
        """Whether line i is a heading; start: the first line of the block line i-1 is in."""
        c = self.c
        if i and self._surely_text(i):
            return False
        gap_item = i > 0 and self.item_before_gap(i, start)
        if i and self._ruled_out(i, start, gap_item):
            return False
        after_item = False
        if i == 0:
            before = c.widths[0] <= FIRST_LABEL_MAX
        else:
            after_item = (not (c.fin[i - 1] or self.after_heading) and (gap_item or self.title_item(i, start))
                          and not self.inside_list(i, start))
            before = self._ended_before(i, after_item)
        is_heading = before and not self.run_ended_at_head(i) and self.run(i, self.after_heading)
        if is_heading and i and self.text_under_label(i):
            is_heading = False
        if is_heading and c.doc is not None:
            c.doc.fired(self._rule(i, after_item, gap_item), c.lines[i].number)
        self._follow_run(i, is_heading)
        return is_heading

    def _surely_text(self, i: int) -> bool:
        """Whether line i (not the first) is surely no heading by its own shape or place: inside a block, a closing
        quote alone, set in at an item's text column, a numeral item's line, or a glued conjunction's rest."""
        return (self.inside_block(i) or self.closing_quote_alone(i) or self.hangs(i) or self.numeral_item(i)
                or self.glued_conjunction(i))

    def _ended_before(self, i: int, after_item: bool) -> bool:
        """Whether what stands before line i (not the first) ended, so that a heading may follow: a finished line, a
        heading, a title item, an item closed by its conjunction (heading-after-closed-item)."""
        return bool(self.c.fin[i - 1]) or self.after_heading or after_item or self.closer_ended(i)

    def _ruled_out(self, i: int, start: int, gap_item: bool) -> bool:
        """Whether line i (not the first) is surely no heading, by the line before it: an unfinished line that is no
        short title item, or an item whose comma says it goes on (item-rest-after-comma)."""
        c = self.c
        if not (c.fin[i - 1] or self.after_heading or gap_item) and not self.item_ended(i):
            return True
        return not self.after_heading and self.comma_item_rest(i, start)

    def glued_conjunction(self, i: int) -> bool:
        """conjunction-glued-no-title: after an unfinished line, a line whose first word is a conjunction the language
        writes glued to the word after it (the table's openings.apart_prefixes: Arabic "و"), then the article
        (openings.glued_articles: "ال"), before a word the text writes on its own elsewhere, its punctuation stripped
        ("والمساعدة في بناء السلام", "المساعدة" standing alone in the text) is the rest
        of the line above, no title: a title opens with its own word, never with "and" — which a script without case
        cannot tell by a small letter, as other scripts' rests in lower case are told. The word must stand alone in
        the text, so that a word that merely opens with the prefix's letter ("وقف إطلاق النار", "ولاية البعثة") is
        still a title. (Block extractions that cut an item's text in two; read as a heading, the rest was lost from
        the item to the next paragraph's headings. Under a heading line the rule says nothing: a title wrapped over
        two lines may open its second with the conjunction.)"""
        c = self.c
        prefixes, articles = c.lang.openings.apart_prefixes, c.lang.openings.glued_articles
        # (not under a heading line: a title wraps before its own conjunction, "منع الإرهاب" / "ومكافحته …")
        if not prefixes or not articles or c.fin[i - 1] or c.opener[i] or self.after_heading:
            return False
        first = _bare(c.view(i).split(None, 1)[0]) if c.view(i).strip() else ""
        # the evidence: the conjunction before the article ("و" + "ال…"), and the word after the conjunction written
        # alone elsewhere; a word whose tail merely is a word ("وحدة" / "على حدة") is no such evidence
        rest = next((first[len(p):] for p in prefixes if first.startswith(p)), "")
        if not any(rest.startswith(a) and len(rest) > len(a) + 1 for a in articles) or rest not in self._text_words():
            return False
        return self._traced_once(self.glued_lines, "conjunction-glued-no-title", i)

    def text_under_label(self, i: int) -> bool:
        """text-under-label-alone: the line right under an item's label that stands alone on its line ("(6)" /
        "Border works: Draw up a plan … of the Joint" / "Committee" / "(7)" / "…") is that item's text, never a
        heading: an item has its text, and a label with nothing after it is no title item a heading may follow. (PDF
        text that sets a list's labels on lines of their own; where the item's text ended without punctuation before
        the next label, heading-after-title-item took its lines for a heading of the next item, which the item lost —
        silently. title-item-after-label-alone asks about the line after that text.) A section's or part's label
        alone ("II", "B") is no item's label (`label` reads none of them): heading-run-after-label and
        part-label-opens-run read those. Asked only of a line the other rules read as a heading (heading_at): traced
        only where it changes the reading."""
        c = self.c
        if self.after_heading or not c.opener[i - 1] or not self._item_label_only(i - 1):
            return False
        if c.doc is not None:
            c.doc.fired("text-under-label-alone", c.lines[i].number)
        return True

    def _text_words(self) -> frozenset[str]:
        """The words of the text's lines, their punctuation stripped (conjunction-glued-no-title), read once."""
        if self._words is None:
            self._words = frozenset(_bare(w) for k in range(len(self.c.lines)) for w in self.c.view(k).split())
        return self._words

    def inside_list(self, i: int, start: int) -> bool:
        """heading-inside-list: a line after an item without punctuation ("㈠ 为政治过渡 … 工作提" / blank / "供协助" /
        blank / "㈡ 支持和平进程 …") is no heading when the line after it opens the list's next item: a section's
        title stands before a list's first item or after its last, never between two of its items — it is the
        item's rest, which a block extractor set apart (heading-after-gap, heading-after-title-item would take it,
        and the item would lose it). (The Security Council's mandates, their tasks listed without punctuation.)"""
        c = self.c
        if not self._next_item_after(i, start):
            return False
        if c.doc is not None:
            c.doc.fired("heading-inside-list", c.lines[i].number)
        return True

    def _next_item_after(self, i: int, start: int) -> bool:
        """Whether line i stands between an item (its block opening at line `start`) and the list's next item."""
        c = self.c
        item = label(c.lang, c.view(start))
        nxt = label(c.lang, c.view(i + 1)) if i + 1 < len(c.lines) else None
        return item is not None and nxt is not None and continues(item[0], nxt[0])

    def comma_item_rest(self, i: int, start: int) -> bool:
        """item-rest-after-comma: a line after an item whose line ends with a comma is the item's rest, no heading,
        when the line after it opens the list's next item ("㈠ 采取一切必要措施，…提供保护，" / page /
        "从而保护受到人身暴力威胁的平民" / "㈡ …"): the comma says the item's sentence goes on, and a title stands
        before a list's first item or after its last, never between two (heading-inside-list reads the item that
        ended without punctuation). (The
        Security Council's mandates, their tasks listed without final punctuation, an item cut by a page where the
        text indents its paragraphs and the rest stands at the margin.)"""
        c = self.c
        if not (c.view(i - 1).rstrip().endswith(_COMMAS) and self._next_item_after(i, start)):
            return False
        if c.doc is not None:
            c.doc.fired("item-rest-after-comma", c.lines[i].number)
        return True

    def hangs(self, i: int) -> bool:
        """text-column-no-heading: a line set in at the column where an item's text stands after its label and a tab
        (or under a line that hung so: text-column-continues, blocks.py) is no heading, however the line before ends:
        a title stands at the margin or centred, never under an item's text — it is the item's wrapped line
        ("    (b)     To support the lighthouses of the northern coast," / "            and to train their keepers
        in" / "            the coastal States" / page / "…;"), which a run of lines without punctuation before a page
        break made a title of two lines. (UN print as pdftotext -layout gives it.)"""
        c = self.c
        if not c.mode.indent or c.opener[i] or c.shapes.indents[i] not in c.hang_columns(i - 1):
            return False
        # (after a finished line a title may stand at the text's column: only a line in lower case is surely no title —
        # or any line after a clause's comma, as text-column-continues reads it, a title following an item's end, never
        # its comma: "(e)  加强努力，…环境退化，" / "为此建立有韧性的学校系统，…技能" / page, in a script without case)
        from .blocks import goes_on_after_clause  # (blocks reads headings: imported when asked)

        if c.fin[i - 1] and not goes_on_after_clause(c, i):
            return self.list_text_at_column(i)
        if c.doc is not None:
            c.doc.fired("text-column-no-heading", c.lines[i].number)
        return True

    def numeral_item(self, i: int) -> bool:
        """numeral-tab-no-heading: a line that opens with a list's numeral before a tab (numeral-tab-column: "五.", the
        paragraph's own list the tables read as no label), set in past the paragraphs' first lines, whose next lines
        hang at its text's column and end with a clause's comma or semicolon, is an item's first line, no heading
        ("             五.   由…主导的行动的任务将由安全理事" / "                   会明确授权，…" / page / "…；"),
        where a run of lines without punctuation before a page break read as a title of two lines and was dropped. A
        section's title wraps under its text's column too ("II.   Measures … coastal" / "      States and …"), but
        ends bare: that stays a heading (review, round thirty-three). (UN print as pdftotext -layout gives it.)"""
        from .blocks import hung_run_ends_clause, list_numeral_set_in  # (blocks reads headings: imported when asked)

        c = self.c
        if (i + 1 >= len(c.lines) or c.opener[i] or c.opener[i + 1] or c.shapes.gap[i + 1]
                or not list_numeral_set_in(c, i) or not hung_run_ends_clause(c, i)
                or c.shapes.indents[i + 1] not in c.hang_columns(i)):
            return False
        return self._traced_once(self.numeral_lines, "numeral-tab-no-heading", i)

    def list_text_at_column(self, i: int) -> bool:
        """list-text-at-column: a run of lines at the column where the items above hang their text, after an item's
        end, whose last line ends with a colon and is followed by a labelled item, is a list's text that announces
        the items after it, no heading: a title names what follows and ends without a colon ("    (c)     …灾害；" /
        "            在当前针对…的军事行动中，通过以下方式支持" / "            联邦政府和联邦成员州：" / "    (d)
        …"). (UN print as pdftotext -layout gives it, in a script without case above all, where a line after an
        item's end cannot be told from a title by its first letter; read as the next item's heading of two lines, the
        list's text was lost from the paragraph.)"""
        c = self.c
        at = c.shapes.indents[i]
        for k in range(i, min(len(c.lines) - 1, i + LIST_TEXT_LINES)):
            if c.opener[k] or (k > i and c.shapes.indents[k] != at):
                return False
            if c.fin[k]:
                if not (announces(c.view(k)) and c.opener[k + 1] and label(c.lang, c.view(k + 1)) is not None):
                    return False
                if c.doc is not None:
                    c.doc.fired("list-text-at-column", c.lines[i].number)
                return True
        return False

    def closing_quote_alone(self, i: int) -> bool:
        """closing-quote-alone-continues (blocks.py): a line of a closing quote alone is no heading."""
        from .blocks import closing_alone  # (blocks reads headings: imported when asked)
        return closing_alone(self.c, i) is not None

    def inside_block(self, i: int) -> bool:
        """heading-after-blank: where blank lines separate paragraphs, a line with no blank line before it, on no
        page's first line and in no run of headings, goes on with the block it is in, however it ends: a heading
        stands apart by a blank line as a paragraph does ("وإذ تعيد تأكيد المبادئ … لحفظ السلام،" / "حسبما نصت
        عليه قراراتها … 2000" / blank — a paragraph's clause after a comma, its end without punctuation, is no
        heading of two lines)."""
        c = self.c
        if c.shapes.gap[i] or c.shapes.page_start[i] or self.after_heading or not self.blank_separated():
            return False
        if c.doc is not None:
            c.doc.fired("heading-after-blank", c.lines[i].number)
        return True

    def blank_separated(self) -> bool:
        """Whether blank lines separate the text's paragraphs: it is not double-spaced, and a blank line stands
        before most of the lines a number opens after a finished line (BLANK_STARTS_SHARE)."""
        if self._separated is None:
            c = self.c
            starts = [i for i in range(1, len(c.lines)) if c.opener[i] and c.fin[i - 1] and not c.shapes.page_start[i]]
            self._separated = (c.mode.gaps and not c.mode.flat and len(starts) >= BLANK_STARTS_MIN
                               and sum(c.shapes.gap[i] for i in starts) >= BLANK_STARTS_SHARE * len(starts))
        return self._separated

    def _follow_run(self, i: int, is_heading: bool) -> None:
        """After line i was asked: whether the run of headings it is in goes on, and opened with a label."""
        c = self.c
        self.labelled = is_heading and (self.labelled if self.after_heading else self.label_alone(i))
        if self.labelled and not self.after_heading and c.doc is not None:
            c.doc.fired("heading-run-after-label", c.lines[i].number)
        self.after_heading = is_heading

    def _rule(self, i: int, after_item: bool, gap_item: bool) -> str:
        """The name of the rule that made line i a heading, for the trace."""
        c = self.c
        if i == 0:
            return "first-part-label"
        if c.fin[i] and self.colon_title(i):
            return "colon-heading-joined"
        if c.widths[i] > HEADING_MAX and self.long_title(i):
            return "long-heading-before-number"
        if not (c.fin[i - 1] or after_item or self.after_heading) and self.closer_ended(i):
            return "heading-after-closed-item"
        if after_item:
            if gap_item:
                return "heading-after-wide-gap" if self._wide_gap_before(i) else "heading-after-gap"
            return "heading-after-title-item"
        return "heading"

    def title_item(self, i: int, start: int) -> bool:
        """heading-after-title-item: before a heading stands a finished line, another heading, or a
        short item that is a title itself ("(e) Protection of the United Nations" before "Other
        tasks"), even over two lines or more ("(e) Support for … and the" / "rule of law" before
        "Additional tasks") — not an item whose line ends with a word after which it goes on
        ("… (DDR) and" / "Repatriation (DDRR)"). Its last line stopped short: see stopped_short."""
        c = self.c
        return (self.item_ended(i) and (bool(c.opener[i - 1]) or (bool(c.opener[start]) and i - start >= 2)
                                        or self.text_after_label_alone(i - 1))
                and c.view(i - 1).rsplit(None, 1)[-1].casefold() not in c.lang.continues_after)

    def text_after_label_alone(self, k: int) -> bool:
        """title-item-after-label-alone: heading-after-title-item where the item's label stood alone on its line and
        line k, its text's first line, stands under it ("(e)" / "защита Организации Объединенных Наций" / "Прочие
        задачи" / "37. …"): the label's line opens the item, and its text's line is the item's first as an opener's
        line is. (The Security Council's mandates, their tasks titles without punctuation, in PDF text that sets a
        list's labels on lines of their own.)"""
        c = self.c
        if k < 1 or c.opener[k] or not self._item_label_only(k - 1):
            return False
        if c.doc is not None:
            c.doc.fired("title-item-after-label-alone", c.lines[k].number)
        return True

    def _item_label_only(self, k: int) -> bool:
        """Line k holds an item's label and nothing else ("(6)", "б)"): where a list sets its labels on lines of
        their own, the line under one is that item's text (text-under-label-alone, title-item-after-label-alone)."""
        line = self.c.view(k).strip()
        found = label(self.c.lang, line)
        return found is not None and found[2] == len(line)

    def item_ended(self, i: int) -> bool:
        """Whether the line before line i stopped short (see Lines.stopped_short), or fitted-before-number or
        unspread-item-end says it ended its item."""
        return (self.c.stopped_short(i - 1) or self.closer_ended(i) or self.fitted_before_number(i)
                or self.unspread_item_end(i)
                or self.common_word_capital(i) or self.capital_after_lower_word(i) or self.left_text_column(i))

    def closer_ended(self, i: int) -> bool:
        """heading-after-closed-item: serves lists whose items are joined by a semicolon and a conjunction ("…;
        and" / "(d) …"), the last item of a paragraph printed with it too (the source's slip or a list cut short:
        "… of resolution 2244 (2015)); and"), a section's title on the next line ("Pillar 2 – degrading the
        threat …") before the next numbered paragraph. The line before ends with an item's semicolon and a word of
        the table's list_closers ("and", "or"), the wrap putting that word alone on its line or not: the item ended
        there — a list's next item opens with its label, not with a capital after it — so a heading may stand
        after it; whether the line is one is asked as after any finished line (the heading run: short, title-like,
        a paragraph's number or label after it). (Read as the item's rest, the title ran into the paragraph above.)
        The line must have a title's own label (_TITLE_LABELLED: "Pillar 2 – …", "Volet 2 : …", "II"): a capital
        alone is no evidence, the list's last item often going on with a name ("…; and" / "Member States of the
        region in particular", its final punctuation the slip)."""
        c = self.c
        if (not c.lang.list_closers or not c.view(i)[:1].isupper()
                or not _TITLE_LABELLED.match(c.view(i).strip())):
            return False
        words = c.view(i - 1).rstrip().rsplit(None, 1)
        if not words or fold_word(words[-1]) not in c.lang.list_closers:
            return False
        before = words[0] if len(words) > 1 else (c.view(i - 2).rstrip() if i > 1 else "")
        if not _SEMICOLON.search(before[-1:]):
            return False
        return True

    def left_text_column(self, i: int) -> bool:
        """item-left-text-column: an item's line that hung at the column of its text (it went on there, under the
        item's first line or a line that hung so) ended the item where the line after it stands back at the margin,
        opening with no number or label: UN print as pdftotext -layout gives it sets every wrapped line of an item
        under its text, never back at the margin — the line there is what follows the item, a heading after a task
        listed without punctuation ("    (c)     协助…，以便建立良好运作、专" / page / "            业和负责任的国家
        机构，包括安全和司法机构" / "保护联合国" / "30. …"), however far the item's line ran. (Read as the item's
        rest, the heading was lost into the item.) So after an item's first line, its label (no paragraph's number,
        whose wrapped lines do come back to the margin) set in and parted from its text by a tab ("    (e)     支持
        国家和国际司法、打击有罪不罚和支持法治" / "其他任务" / "38. …"): its wrapped lines would have hung at that
        text's column (round 34)."""
        from .blocks import STRAY_SPACES  # (blocks reads headings: imported when asked)

        c = self.c
        if (i < 2 or not c.mode.indent or c.opener[i] or c.shapes.indents[i] - c.mode.margin > STRAY_SPACES
                or not (self._hung_item_line(i - 1) or self._item_first_line_hangs(i - 1, i))):
            return False
        return self._traced_once(self.left_lines, "item-left-text-column", i)

    def _hung_item_line(self, k: int) -> bool:
        """Whether line k went on an item at the column its text hangs at under the line before."""
        return not self.c.opener[k] and self.c.shapes.indents[k] in self.c.hang_columns(k - 1)

    def _item_first_line_hangs(self, k: int, i: int) -> bool:
        """Whether line k is an item's first line, its label (no paragraph's number) set in past the margin and parted
        from its text by a tab: the columns UN print hangs the item's wrapped lines at — where a paragraph's number
        follows line i, the line back at the margin (a title between an item and the next paragraph: "(e)     支持…" /
        "其他任务" / "38. …"). Never in the preamble (before the first paragraph's number), nor before anything else:
        the General Assembly's print sets a list's wrapped lines back at the margin ("(b)     Report … in the
        Northern" / "Isles")."""
        from .blocks import STRAY_SPACES

        c = self.c
        # (left-title-wrapped asked last, once the line is such an item's first line: its trace says where it decided)
        return (bool(c.opener[k]) and c.shapes.indents[k] - c.mode.margin > STRAY_SPACES and any(c.numbers[:k])
                and i + 1 < len(c.lines) and label(c.lang, c.view(k)) is not None and bool(c.hang_columns(k))
                and (bool(c.numbers[i + 1]) or self.title_wrapped_before_number(i)))

    def title_wrapped_before_number(self, i: int) -> bool:
        """left-title-wrapped: item-left-text-column where the line back at the margin after a hung item's first line
        is a title wrapped over two lines before the next paragraph's number ("    c)     Управление запасами …" /
        "Другие присутствующие … структуры по" / "обеспечению безопасности" / "32. …"): both lines at the margin,
        neither opening with a number or label, and neither ending with punctuation (a title has none; an item's rest
        that the General Assembly's print sets back at the margin ends its clause: ";", ",", "."). (The Security
        Council's mandates, section titles between operative paragraphs, in PDF text that hangs a list's wrapped
        lines at its text's column; read as the item's rest, the title was lost into the item.) Only where the
        document shows that print, an item line hung at its text's column somewhere (shows_hung_item): where none
        does, the two lines may be the item's own text set back at the margin, which no case tells from a title in
        Chinese or Arabic, and the rule is not asked (the reading is item-left-text-column's, or none)."""
        from .blocks import STRAY_SPACES

        c = self.c
        j = i + 1
        if j + 1 >= len(c.lines) or not c.numbers[j + 1] or c.opener[j]:
            return False
        if c.shapes.indents[j] - c.mode.margin > STRAY_SPACES:
            return False
        if any(c.fin[k] or not c.view(k).rstrip()[-1:].isalnum() for k in (i, j)) or not self.shows_hung_item():
            return False
        return self._traced_once(self.left_lines, "left-title-wrapped", j)

    def shows_hung_item(self) -> bool:
        """left-title-wrapped: whether the document shows a hung item line anywhere — an item's first line (a label,
        no paragraph's number, and a tab) with its next line, no number or label, at that item's text column: the
        print that hangs a list's wrapped lines (the Security Council's mandates, pdftotext -layout). Where no item
        line hangs, a line back at the margin after an item may be that item's own wrapped text (the General
        Assembly's print, which sets it there; in a script without case nothing else tells it from a title): the
        rule is not asked. Asked once a document."""
        if self._hung_shown is None:
            c = self.c
            self._hung_shown = any(
                c.opener[k] and not c.numbers[k] and not c.opener[k + 1] and label(c.lang, c.view(k)) is not None
                and c.shapes.indents[k + 1] in c.hang_columns(k) for k in range(len(c.lines) - 1))
        return self._hung_shown

    def common_word_capital(self, i: int) -> bool:
        """capital-of-common-word: where paragraphs and items open in lower case (Russian), a line before a numbered
        paragraph that opens with a capital on a word the text writes in lower case elsewhere, and never with its
        capital but at a line's start, opens a title: no sentence goes on with a capital there but a name's, and a
        name keeps its capital wherever it stands ("e) поддержка … и обеспечения верховенства права" /
        "Дополнительные задачи" / "38. уполномочивает также МИНУСКА выполнять следующие дополнительные задачи:" —
        not "Организации Объединенных Наций", nor "Миссии", which the text capitalises mid-line). The item's last
        line may have run to the width. (The Security Council's mandates in sections, their tasks listed without
        punctuation, in Russian PDF text.)"""
        c = self.c
        if not (c.lang.openings.lower_case and c.doc is not None and i + 1 < len(c.lines)):
            return False
        first = c.view(i).split(None, 1)
        word = first[0] if first else ""
        if not (len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()):
            return False
        m = c.lang.paragraph_number.match(c.view(i + 1))
        if m is None or int(m["num"]) >= NUMBER_AFTER_HEADING_MAX:
            return False
        lower, capital = self._word_cases()
        if word.lower() not in lower or word in capital:
            return False
        return self._traced_once(self.capital_lines, "capital-of-common-word", i)

    def capital_after_lower_word(self, i: int) -> bool:
        """capital-after-lower-case-word: capital-of-common-word where paragraphs and items open with a capital
        (English, Spanish, French): a line before a numbered paragraph, after an item's line that ends with a word
        in lower case, opening with a capital on a word the text writes in lower case elsewhere and never with its
        capital right after a word in lower case, opens a title ("(f) Support for … and the rule of law" /
        "Additional tasks" / "36. …"). A sentence goes on after a word in lower case with a capital only where a
        name opens, and a name's first word keeps its capital there wherever the text names it ("the United
        Nations") — a capital after a capital ("Child Protection Advisers") is a name's inside, which says nothing
        of how the word opens one. The item's last line may have run to the width. (The Security Council's
        mandates in sections, their tasks listed without punctuation, in PDF text.) Never after a word that
        announces a name (the table's name_announcers: "entitled", "intitulé", "denominado" / "Safe Harbours for
        All"), nor on a line in title case (a name's words each with a capital): a name, however common its first
        word. Where it decides, the capital alone told: text-boundary-guessed."""
        c = self.c
        if c.lang.openings.lower_case or c.doc is None or i < 1 or i + 1 >= len(c.lines):
            return False
        first = c.view(i).split(None, 1)
        word = first[0] if first else ""
        before = c.view(i - 1).rsplit(None, 1)
        if not (_capitalised(word) and before and before[-1].isalpha() and before[-1].islower()):
            return False
        m = c.lang.paragraph_number.match(c.view(i + 1))
        if m is None or int(m["num"]) >= NUMBER_AFTER_HEADING_MAX:
            return False
        if (word.lower() not in self._word_cases()[0] or word in self._names()
                or before[-1] in c.lang.name_announcers or title_case(c.view(i), self._word_cases()[0])):
            return False
        if i not in self.capital_lines and c.doc is not None:
            n = c.lines[i].number
            c.doc.warn("text-boundary-guessed", f"line {n}: {c.view(i).strip()[:30]!r} after a task without "
                       "punctuation read as a title opening the next paragraph, not the task's last words (nothing "
                       "but its capital tells)", n)
        return self._traced_once(self.capital_lines, "capital-after-lower-case-word", i)

    def _names(self) -> frozenset[str]:
        """The words the text writes with a capital right after a word in lower case: read once, from the input,
        when capital-after-lower-case-word first asks."""
        if self._name_starts is None:
            self._name_starts = name_starts(self.c.doc.text if self.c.doc is not None else "")
        return self._name_starts

    def _word_cases(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words the text writes in lower case, and those it writes with a capital inside a line (after
        another word): read once, from the input, when capital-of-common-word first asks."""
        doc = self.c.doc
        if self._cases is None:
            self._cases = word_cases(doc) if doc is not None else _cases_of("")
        return self._cases

    def unspread_item_end(self, i: int) -> bool:
        """unspread-item-end: in justified text (doc.spread: the lines whose spaces were widened), an item's
        last line of words left short of the width the widened lines run to (doc.justified_width), and not
        widened, ended its item, however little room it left for the next line's first word — every wrapped
        line of a justified text is widened to the width, and the last line of an item is not: "(ه) دعم
        العدالة … وبسط سيادة القانون", a line two columns short of the width, before "المهام الإضافية", a
        section's title. (The Security Council's mandates, whose lists of tasks are titles without
        punctuation, in sections, in justified PDF text. A line exactly as wide as the widened lines needs
        no widening, and says nothing.)"""
        c = self.c
        k = i - 1
        if c.doc is None or not c.doc.spread or c.lines[k].number in c.doc.spread:
            return False
        if c.widths[k] >= c.doc.justified_width or " " not in c.view(k).strip():
            return False
        return self._traced_once(self.unspread_lines, "unspread-item-end", i)


    def fitted_before_number(self, i: int) -> bool:
        """fitted-before-number: a title item's last line without punctuation ("ii) Appui … notamment dans les
        domaines de la sécurité et de la justice") before a short line ("Protection du personnel des Nations
        Unies") that a paragraph number follows ("30. Assurer …") ended the item where the short line's first
        word would have fitted within the full width: a wrap would have taken it, so the break was the item's
        end. (item-ended-before-fit asks for room to spare, FIT_SHARE; a numbered paragraph right after the
        short line says it is a heading between two paragraphs, which lets the full width do. The Security
        Council's mandates, whose lists of tasks are titles without punctuation, in sections.)"""
        c = self.c
        if i < 1 or i + 1 >= len(c.lines):
            return False
        first = c.view(i).split(None, 1)
        if not first or c.widths[i - 1] + 1 + len(first[0]) > FITTED_SHARE * c.full:
            return False
        m = c.lang.paragraph_number.match(c.view(i + 1))
        if m is None or int(m["num"]) >= NUMBER_AFTER_HEADING_MAX:
            return False
        return self._traced_once(self.fitted_lines, "fitted-before-number", i)

    def item_before_gap(self, i: int, start: int) -> bool:
        """heading-after-gap: in text whose blank lines separate paragraphs, a blank line (not a page
        break, which hides them) ended the item before whatever its last line: a title item without
        punctuation over several lines, a page break inside it ("(ii) Support to stabilisation … in
        the" / page / "accountable state institutions" / blank / "Protection of the United Nations"),
        or whose last line is long ("(e) поддержка … / … верховенства права" / blank / "Дополнительные
        задачи"), may stand before a heading (the Security Council's mandates, in sections)."""
        c = self.c
        last_word = c.view(i - 1).rsplit(None, 1)[-1].casefold()
        apart = c.mode.gaps and not c.mode.flat and bool(c.shapes.gap[i]) and not c.shapes.page_start[i]
        return ((apart or self._wide_gap_before(i)) and bool(c.opener[start])
                and last_word not in c.lang.continues_after)

    def _wide_gap_before(self, i: int) -> bool:
        """heading-after-wide-gap: in double-spaced text whose paragraphs stand further apart than its lines
        (wide-gap-opens), the wider gap ends an item as a blank line does where blank lines separate paragraphs
        (heading-after-gap): a title item without punctuation that ran to the width ("f) Apoyo a … y el estado de
        derecho") before a line after the wider gap ("Tareas adicionales") ended there, and that line may be a
        heading. (Taken for the item's rest, as a wrap that filled the line would have it, the heading was lost
        into the item. The Security Council's mandates, in double-spaced PDF text.)"""
        c = self.c
        return c.wide is not None and c.wide[i] >= 2

    def like(self, i: int, first: bool, labelled: bool = False) -> bool:
        """A heading is an unfinished one-liner that is no number or label, shorter than a line that
        stopped short (HEADING_MAX at least: in text wrapped at the page's width a heading holds
        fewer characters; in text of one paragraph to a line between blank lines, as the text writer
        prints it, it may hold more, "Group of Independent Eminent Experts on the Implementation of
        the Durban Declaration and Programme of Action"). It starts with a capital in scripts with
        case (a lower-case line continues a sentence), and holds no semicolon ("peace; and" ends a
        clause that goes on)."""
        c = self.c
        view = c.view(i)
        if c.doc is not None and c.doc.bold_headings and self.bold(i):
            return True
        if self.widened(i):
            return False
        longest = self._longest(i)
        return ((not c.fin[i] or self.stopped_label(i) or self.colon_title(i) or self.colon_wrapped(i)
                 or (labelled and self.comma_in_title(i))
                 or (labelled and self.colon_in_title(i)) or self._comma_inside(i))
                and not c.opener[i]
                and c.widths[i] <= longest and not (first and view[:1].islower()) and _SEMICOLON.search(view) is None
                and not self._long_headed(i)
                and not self.long_with_head(i))

    def stopped_label(self, i: int) -> bool:
        """section-label-stop-alone (blocks.py): a section's label with its stop alone on its line, in sequence, after
        a full stop ("II."), is a heading though its stop finishes it."""
        from .blocks import label_after_stop  # (blocks imports this module)

        return label_after_stop(self.c, i)

    def long_with_head(self, i: int) -> bool:
        """long-paragraph-with-head: a line that opens with a paragraph's head of the table and runs longer than a
        long title (LONG_HEADING_MAX) is a paragraph whatever follows it — a title opens with no head (but one whose
        head a colon ends: colon-after-head-title) and the longest run to LONG_HEADING_MAX. In text of one paragraph
        to a line, a paragraph that a page cut before its end ("Strongly condemning … Branch 235, Branch" / the page's
        notes / "261, Branch 271, …", its rest taken for a paragraph numbered out of sequence) was read as a heading
        and dropped with its text. (long-line-with-head reads such a line before a line that opens with a head.)"""
        c = self.c
        if c.widths[i] <= LONG_HEADING_MAX or not starts_with_head(c.lang, c.view(i), known=True):
            return False
        if self.colon_after_head(i):
            return False
        if c.doc is not None:
            c.doc.fired("long-paragraph-with-head", c.lines[i].number)
        return True

    def _comma_inside(self, i: int) -> bool:
        """Whether finished line i is a title's line wrapped after a comma inside it, where no label opened the run
        (comma-inside-capital-title, comma-inside-gap-title, comma-inside-unspread-title)."""
        return (self.capital_comma_title(i) or self.comma_in_gap_title(i) or self.comma_in_unspread_title(i)
                or self.comma_in_indented_title(i) or self.comma_in_flush_title(i) or self.comma_in_wide_gap_title(i)
                or self.comma_in_flat_title(i))

    def widened(self, i: int) -> bool:
        """widened-line-no-heading: in justified text (doc.spread: the lines whose spaces were widened), a widened line
        is no heading line: only a paragraph's wrapped lines are widened to the width — a title is set on lines of its
        own, never spread, and its last line is no wrap. So a paragraph's flush line after a first line that ended
        with a comma at the width ("      وإذ تعيد تأكيد المبادئ … لحفظ السلام،" / "حسبما نصت عليه …   و 3101 …",
        widened / "11 كانون الأول/ديسمبر … 2000", its comma lost) goes on with it, not a heading of two lines that
        the preamble would take for a paragraph of its own. (Resolutions in justified PDF text.)"""
        c = self.c
        if c.doc is None or c.lines[i].number not in c.doc.spread or not _WIDENED_PAST_LABEL.search(self._raw(i)):
            return False
        return self._traced_once(self.spread_lines, "widened-line-no-heading", i)

    def _raw(self, i: int) -> str:
        raw = self.c.raw_lines()
        n = self.c.lines[i].number
        return raw[n - 1] if 0 < n <= len(raw) else ""

    def _longest(self, i: int) -> float:
        """How long heading line i may be (see `like`)."""
        c = self.c
        # (Only where blank lines set the paragraphs apart: without them, in text of one paragraph to
        # a line, a long unfinished line is as likely a paragraph that lost its final punctuation.)
        if c.mode.gaps and not c.mode.flat:
            return LONG_HEADING_MAX if self.colon_title_before_number(i) else max(HEADING_MAX, c.short)
        if self.short_colon_title(i):
            return LONG_HEADING_MAX
        if c.widths[i] > LONG_HEADING_MAX and self.title_before_number(i):
            return LABELLED_TITLE_MAX
        return (LONG_HEADING_MAX if self.long_title(i) or self.part_title(i) or self.title_across_page(i)
                or self.rest_after_comma(i) or self.section_numbered(i) else HEADING_MAX)

    def section_numbered(self, i: int) -> bool:
        """section-number-title: a line that opens with a section's number — digits and a letter, then a stop or a
        colon ("2b : Gestion des armes et des munitions et prévention des mouvements illicites …", "1a. Maritime …")
        — is a section's title however long, up to a long heading (LONG_HEADING_MAX): no paragraph or item opens
        with such a number (a paragraph's has no letter, an item's label is a letter or numeral alone). In text of
        one paragraph to a line, a title longer than HEADING_MAX was read as a paragraph that lost its number, and
        ran into the paragraph before. (The Security Council's mandates in numbered parts and lettered sections.)"""
        c = self.c
        if c.widths[i] <= HEADING_MAX or _SECTION_LETTERED.match(c.view(i)) is None:
            return False
        return self._traced_once(self.section_lines, "section-number-title", i)

    def title_before_number(self, i: int) -> bool:
        """title-between-label-and-number: in text of one paragraph to a line, the line between a section's label
        alone on its line and a numbered paragraph, unfinished and opening with no paragraph head, is the section's
        title however long — up to LABELLED_TITLE_MAX, beyond a long heading ("II" / "Mise en œuvre de l'Accord de
        1995 … grands migrateurs", 395 characters / "47. Se félicite …"): the label says a title follows, and the
        number where it ends; read as a paragraph, the title ran into the paragraph before and the label headed
        nothing. (An omnibus resolution's sections, in a block extractor's text.)"""
        c = self.c
        if not (c.mode.unwrapped and c.phrases and 0 < i < len(c.lines) - 1 and not c.fin[i]
                and _is_label(c.lang, c.view(i - 1).strip()) and not starts_with_head(c.lang, c.view(i))):
            return False
        if not (self._number_at(i + 1) or self.rest_before_number(i + 1)):
            return False
        if c.doc is not None:
            c.doc.fired("title-between-label-and-number", c.lines[i].number)
        return True

    def _number_at(self, k: int) -> bool:
        """Whether line k opens with a paragraph number below NUMBER_AFTER_HEADING_MAX."""
        c = self.c
        m = c.lang.paragraph_number.match(c.view(k)) if k < len(c.lines) else None
        return m is not None and int(m["num"]) < NUMBER_AFTER_HEADING_MAX

    def rest_before_number(self, k: int) -> bool:
        """title-cut-before-number: for title-between-label-and-number, the title's rest may stand between it and the
        numbered paragraph, where a page cut the title ("II" / "Implementation of the 1995 Agreement … fish stocks
        whose" / the page's foot and head / "range beyond the zones (straddling stocks) …" / "47. Welcomes …"): a
        page's first line, unfinished, in lower case and with no number or label, right before the number, goes on
        with the title — a title's rest, as part-title-across-page reads one; a paragraph opens with a capital or
        its number. Only in a script with case: without it, nothing tells the rest from a paragraph. (An omnibus
        resolution's sections, in a block extractor's text whose long titles a page cut.)"""
        c = self.c
        if not (k + 1 < len(c.lines) and c.shapes.page_start[k] and not c.fin[k] and not c.opener[k]
                and c.view(k)[:1].islower() and self._number_at(k + 1)):
            return False
        if c.doc is not None:
            c.doc.fired("title-cut-before-number", c.lines[k].number)
        return True

    def comma_in_title(self, i: int) -> bool:
        """comma-inside-labelled-title: in the run of headings a section's label alone on its line opens, a
        title line that ends with a comma is still the title, wrapped after a comma inside it ("XIII" /
        "Регулярный процесс … состояния морской среды," / "включая социально-экономические аспекты" /
        "331. …"): the label says a title follows, which ends where a paragraph opens. (A budget or
        omnibus resolution's sections.)"""
        c = self.c
        # (A title goes on in lower case on the next line — "включая …" —, and opens with no paragraph head:
        # "Recalling its resolutions …," after a title is the section's first preambular paragraph. Scripts
        # with case only: there the lower case says the title goes on.)
        # (And within the title's first two lines after the label: deeper, a comma ends a clause of the
        # section's first paragraph, which a heading run may have taken in.)
        if not (0 < i < len(c.lines) - 1 and c.view(i).rstrip().endswith(_COMMAS) and c.view(i + 1)[:1].islower()
                and not c.opener[i + 1] and not starts_with_head(c.lang, c.view(i))
                and any(self.label_alone(k) for k in range(max(0, i - 2), i))):
            return False
        return self._traced_once(self.comma_lines, "comma-inside-labelled-title", i)

    def colon_in_title(self, i: int) -> bool:
        """colon-inside-labelled-title: in the run of headings a section's label alone on its line opens, a title line
        that ends with a colon is still the title when the next line, unfinished, opens with no number, label or
        paragraph head: the title's subtitle ("Chapitre 11" / "Appui du système … de l'Union africaine :" /
        "L'Afrique que nous voulons" / "44. Rappelle …"). The label says a title follows, which ends where a paragraph
        opens; a paragraph that announces a list by its colon goes on with an item or a quotation, not with a
        line of no punctuation. (A budget or omnibus resolution's sections, titled after a programme.)"""
        c = self.c
        # (Within the title's first two lines after the label, as comma-inside-labelled-title: deeper, a colon
        # ends a clause of the section's first paragraph.)
        if not (0 < i < len(c.lines) - 1 and c.view(i).rstrip().endswith(_COLONS) and not c.fin[i + 1]
                and not c.opener[i + 1] and not starts_with_head(c.lang, c.view(i)) and c.phrases
                and not starts_with_head(c.lang, c.view(i + 1))
                and any(self.label_alone(k) for k in range(max(0, i - 2), i))):
            return False
        return self._traced_once(self.colon_lines, "colon-inside-labelled-title", i)

    def comma_in_flat_title(self, i: int) -> bool:
        """comma-inside-flat-title: comma-inside-flush-title in flat text that was not justified (no line widened, none
        set in, no blank line between paragraphs): a line after a paragraph that ended with more than a comma and
        stopped short, with no paragraph head and on no page's first line, that ends with a comma, before a line in
        lower case with no number or label that ends with no punctuation right before the paragraph numbered next
        after the one above ("… to encourage contributions;" / "Special Rapporteur of the Human Rights Council on
        contemporary forms of racism," / "racial discrimination, xenophobia and related intolerance" / "33. Takes
        note …"), is a title wrapped after a comma inside it: no paragraph ends with no punctuation before the next
        one's number, and no paragraph without a number stands between two numbered in sequence. Refused for its
        comma, the title ran on as the paragraph before's rest. (A resolution in titled sections, in flat PDF text.)
        Never where a line from the numbered paragraph above down to the title's ends with a colon: the paragraph
        announced a list, whose last item, unnumbered and unfinished, stands just so ("… the following reports:" /
        "Report of …," / "… of the coastal States" / "3. …"). Even so a guess: told (text-boundary-guessed)."""
        c = self.c
        doc = c.doc
        if doc is None or doc.spread or not c.mode.flat or not 1 < i < len(c.lines) - 2:
            return False
        if not (c.view(i).rstrip().endswith(_COMMAS) and c.view(i + 1)[:1].islower() and not c.opener[i + 1]
                and not c.fin[i + 1] and c.opener[i + 2]
                and not c.shapes.page_start[i] and not c.shapes.page_start[i + 1]):
            return False
        if not (c.fin[i - 1] and self.after_clause(i) and c.stopped_short(i - 1) and c.phrases
                and not starts_with_head(c.lang, c.view(i)) and self._numbers_run_on(i - 1, i + 2)):
            return False
        if i not in self.comma_lines:
            n = c.lines[i].number
            doc.warn("text-boundary-guessed", f"line {n}: {c.view(i).strip()[:30]!r} between two paragraphs numbered "
                     "in sequence read as the next one's title, not the paragraph before's rest (nothing but the "
                     "missing punctuation tells)", n)
        return self._comma_title(i, "comma-inside-flat-title")

    def _numbers_run_on(self, k: int, at: int) -> bool:
        """comma-inside-flat-title: whether line `at` opens with the number that follows the one that opened the
        paragraph line k is in (the nearest line at or above k that opens with a paragraph's number), and no line
        of that paragraph down to line k ends with a colon (a list it announced)."""
        c = self.c
        below = c.lang.paragraph_number.match(c.view(at))
        for j in range(k, max(-1, k - PARAGRAPH_REACH), -1):
            if c.view(j).rstrip().endswith(_COLONS):
                return False
            if c.opener[j] and (above := c.lang.paragraph_number.match(c.view(j))) is not None:
                return (below is not None and above.group("num").isdigit() and below.group("num").isdigit()
                        and int(below.group("num")) == int(above.group("num")) + 1)
        return False

    def comma_in_gap_title(self, i: int) -> bool:
        """comma-inside-gap-title: where blank lines separate paragraphs, a line that a blank line opens, with no
        paragraph head, and that the wrap ended after a comma inside a title ("Función del Departamento … en las
        operaciones de mantenimiento de la paz," / "las misiones políticas especiales y … de las Naciones" /
        "Unidas" / blank / "89. Solicita …") is that title's first line when its block goes on in lower case and
        ends unfinished right before a blank line and a numbered paragraph: a paragraph ends with its punctuation,
        and only a heading stands between two numbered paragraphs without it. (The sections of an omnibus
        resolution, titled without a label; in a script without case, a next line that opens with no head.)"""
        c = self.c
        if not (i + 1 < len(c.lines) and c.view(i).rstrip().endswith(_COMMAS) and self.title_in_gaps(i)):
            return False
        # (never after a line ending with a colon: that line announces what follows, the wrapped text under it is
        # its rest — "… shall be the following:" / "Guardians of the coast, keepers of the light," / "and the sea …")
        if i and c.view(i - 1).rstrip().endswith(_COLONS):
            return False
        if not self._title_goes_on(i + 1):
            return False
        k = i + 1  # (the block's last line)
        while k + 1 < len(c.lines) and k - i < LABELLED_RUN and not (c.shapes.gap[k + 1] or c.shapes.page_start[k + 1]):
            k += 1
        if not (k + 1 < len(c.lines) and (c.shapes.gap[k + 1] or c.shapes.page_start[k + 1]) and not c.fin[k]
                and c.lang.paragraph_number.match(c.view(k + 1)) is not None):
            return False
        if c.shapes.page_start[k + 1]:
            self._traced_once(self.comma_lines, "comma-title-before-page", i, k + 1)
        across = int(c.shapes.gap[i + 1])  # (comma-title-in-blocks: traced at the rest's line)
        return self._comma_title(i, "comma-title-in-blocks" if across else "comma-inside-gap-title", i + across)

    def title_before_page(self, i: int) -> bool:
        """comma-title-before-page: comma-inside-gap-title where a page breaks between the title's last line and the
        numbered paragraph under it ("Special Rapporteur … on contemporary forms of racism," / "racial
        discrimination, xenophobia and related intolerance" / the page's notes and furniture / "33. Takes note …"):
        a paragraph the page cut goes on on the next page with its rest, never with the next paragraph's number, so
        a block ending without punctuation right before that number is a title as before a blank line. (Asked inside
        comma_in_gap_title; traced at the numbered line.) Refused at the page, the title ran on as the rest of the
        paragraph above it."""
        return self.comma_in_gap_title(i)

    def _title_goes_on(self, k: int) -> bool:
        """comma-inside-gap-title: whether line k, after a title's first line ending with a comma, goes on with
        that title — in lower case (in a script without case: with no head), in the same block or, where a
        block extractor set the title's lines apart, in the next (comma-title-in-blocks)."""
        c = self.c
        nxt = c.view(k)
        cased = nxt[:1].lower() != nxt[:1].upper()
        return not ((c.shapes.gap[k] and not self.rest_in_block(k)) or c.shapes.page_start[k] or c.opener[k]
                    or not (nxt[:1].islower() if cased else not starts_with_head(c.lang, nxt)))

    def rest_in_block(self, k: int) -> bool:
        """comma-title-in-blocks: a block in lower case after the blank line that ends a title's first block
        ("Transformer … plus durable," / blank / notes / blank / "plus inclusif et plus résilient …" / blank /
        "4. A conscience …") is that title's rest, as a block in lower case goes on with the one before
        (lowercase-continues): a block extractor set each of the title's lines apart, where a page's notes cut
        it. Only in a script with case: without it, a block that opens with no head tells no rest. (The sections
        of a resolution titled without a label, in a block extractor's text.)"""
        return self.c.view(k)[:1].islower()

    def capital_comma_title(self, i: int) -> bool:
        """comma-inside-capital-title: where paragraphs open in lower case (Russian), a line that opens with a
        capital and no paragraph head and ends with a comma, before a line in lower case with no head that ends
        unfinished right before a numbered paragraph, is a title wrapped after a comma inside it ("Наций," /
        "Осуществление Соглашения о мире и примирении в Мали," / "политический переходный процесс и выборы" /
        "1. призывает …"): no paragraph of such a text opens with a capital, and no paragraph's last line ends
        unfinished before the next one's number. (The Security Council's mandates in sections.)"""
        c = self.c
        if not (c.lang.openings.lower_case and 0 < i < len(c.lines) - 2 and c.view(i)[:1].isupper()):
            return False
        view, nxt = c.view(i), c.view(i + 1)
        if not (view.rstrip().endswith(_COMMAS) and nxt[:1].islower() and not c.fin[i + 1] and not c.opener[i + 1]
                and not starts_with_head(c.lang, view) and not starts_with_head(c.lang, nxt)
                and c.lang.paragraph_number.match(c.view(i + 2)) is not None):
            return False
        return self._comma_title(i, "comma-inside-capital-title")

    def comma_in_unspread_title(self, i: int) -> bool:
        """comma-inside-unspread-title: in justified text that indents its paragraphs (doc.spread: the lines whose
        spaces were widened), a line set flush after a finished paragraph, with no paragraph head (title-between-
        indents), that ends with a comma, before a flush line in lower case, neither of them widened nor as wide as
        the widened lines, is a title wrapped after a comma inside it ("… fondamental de l'administration
        publique ;" / "Transformer d'urgence les institutions pour un monde plus durable," / "plus inclusif et plus
        résilient …" / "multiplient" / "  4. …"): every wrapped line of a paragraph there is widened to the width,
        and a title is set on lines of its own, never spread. Refused for its comma, the title ran on as the
        paragraph before's rest. (The ECOSOC's resolutions whose operative part has a titled theme, in justified
        PDF text.)"""
        c = self.c
        doc = c.doc
        if doc is None or not doc.spread or not c.mode.indent or not 0 < i < len(c.lines) - 1:
            return False
        if not (c.view(i).rstrip().endswith(_COMMAS) and c.view(i + 1)[:1].islower() and not c.opener[i + 1]):
            return False
        if any(c.lines[k].number in doc.spread or c.widths[k] >= doc.justified_width
               or c.shapes.indents[k] > c.mode.margin for k in (i, i + 1)):
            return False
        return self.indent_title(i) and self._comma_title(i, "comma-inside-unspread-title")

    def comma_in_flush_title(self, i: int) -> bool:
        """comma-inside-flush-title: comma-inside-unspread-title in justified text set flush (no indent): a line after a
        paragraph that ended with more than a comma, with no paragraph head and on no page's first line, that ends
        with a comma, before a line in lower case with no number or label that ends with no punctuation right before
        a numbered paragraph, neither of the two widened nor as wide as the widened lines, is a title wrapped after a
        comma inside it ("… to encourage contributions;" / "Special Rapporteur of the Human Rights Council on
        contemporary forms of racism," / "racial discrimination, xenophobia and related intolerance" / "33. Takes
        note …"): every wrapped line of a paragraph there is widened to the width, a title is set on lines of its own,
        never spread, and no paragraph ends with no punctuation before the next one's number. Refused for its comma,
        the title ran on as the paragraph before's rest. (A resolution in titled sections, in justified PDF text that
        sets its paragraphs flush.)"""
        c = self.c
        doc = c.doc
        if doc is None or not doc.spread or c.mode.indent or not 0 < i < len(c.lines) - 2:
            return False
        if not (c.view(i).rstrip().endswith(_COMMAS) and c.view(i + 1)[:1].islower() and not c.opener[i + 1]
                and not c.fin[i + 1] and c.opener[i + 2] and c.lang.paragraph_number.match(c.view(i + 2))):
            return False
        if any(c.lines[k].number in doc.spread or c.widths[k] >= doc.justified_width or c.shapes.page_start[k]
               for k in (i, i + 1)):
            return False
        if not (c.fin[i - 1] and self.after_clause(i) and c.phrases and not starts_with_head(c.lang, c.view(i))):
            return False
        return self._comma_title(i, "comma-inside-flush-title")

    def comma_in_indented_title(self, i: int) -> bool:
        """comma-inside-indented-title: in text that indents its paragraphs and is not justified, a line set flush
        after a finished paragraph, with no paragraph head (title-between-indents), that ends with a comma, before
        a flush line in lower case with no number or label that ends with no punctuation right before an indented
        numbered paragraph, is a title wrapped after a comma inside it ("… fundamental de la administración
        pública;" / "Transformar con urgencia las instituciones para un mundo más sostenible," / "inclusivo y
        resiliente en un momento de múltiples crisis" / "  4. Reconoce …"): a paragraph there opens indented, and
        none ends with no punctuation before the next one's number. comma-inside-unspread-title reads the same
        title in justified text, where the widened lines say more. Refused for its comma, the title ran on as the
        paragraph before's rest. (Titles with a comma inside them — 56 documents of the corpus' development sets
        —, in PDF text that indents its paragraphs.)"""
        c = self.c
        doc = c.doc
        if doc is None or doc.spread or not c.mode.indent or not 0 < i < len(c.lines) - 2:
            return False
        if not (c.view(i).rstrip().endswith(_COMMAS) and c.view(i + 1)[:1].islower()):
            return False
        end = self._title_rest_end(i)
        if end is None:
            return False
        indents, margin = c.shapes.indents, c.mode.margin
        if (any(indents[k] > margin or c.shapes.page_start[k] for k in range(i, end))
                or indents[end] <= margin or c.shapes.page_start[end]):
            return False
        if not (self.indent_title(i) and self._comma_title(i, "comma-inside-indented-title")):
            return False
        if end != i + 2 and (self._after_item(i) or not self._traced_once(
                self.wrapped_rests, "comma-inside-indented-title-wrapped", i)):
            return False
        return self.announced(i)

    def announced(self, i: int) -> bool:
        """colon-announces-no-title: a title made by comma-inside-indented-title under a line that ends with a colon
        is a guess, told (text-boundary-guessed): the colon announces what follows — a programme's title with its
        paragraphs under it ("… which reads as follows:" / "Programme of action on the refuges …," / "their stores
        …"), or a motto, a quotation ("… shall be the following:" / "Shelter on the high passes, warmth in the storm,"
        / "and a lamp …") that is the paragraph's own text —, and the layout, a flush line cut at a comma before an
        indented numbered paragraph, is the same for both. The title is kept (the commoner reading); the warning
        names both. (PDF text that indents its paragraphs and gives a blank line where a page breaks.) Always
        True: the title stands."""
        c = self.c
        if i and c.view(i - 1).rstrip().endswith(_COLONS) and c.doc is not None and i not in self.colon_titles:
            self.colon_titles.add(i)
            n = c.lines[i].number
            c.doc.fired("colon-announces-no-title", n)
            c.doc.warn("text-boundary-guessed", f"line {n}: {c.view(i).strip()[:30]!r} under a line ending with a "
                       "colon read as the next paragraph's title, not the text the colon announces (nothing in the "
                       "layout tells)", n)
        return True

    def _after_item(self, i: int) -> bool:
        """comma-inside-indented-title-wrapped: whether the lines above line i end a list's item ("b) De coopérer entre
        eux ;"): there the flush lines under it are the paragraph's wrap-up after its items, unfinished, and no
        title."""
        c = self.c
        k = i - 1
        while k > 0 and not c.opener[k]:
            k -= 1
        return label(c.lang, c.view(k).lstrip()) is not None

    def _title_rest_end(self, i: int) -> int | None:
        """comma-inside-indented-title: the indented numbered paragraph's line that ends the rest of a title wrapped
        after a comma on line i — the rest's lines with no number, label or head, none finished. The rest may wrap over
        more than one line where the column is narrow (comma-inside-indented-title-wrapped: "… pour un monde plus
        durable," / "plus inclusif et plus résilient à l’heure où les crises se" / "multiplient" / "  4. A conscience
        …"), within a title's run (LABELLED_RUN lines); read over one line only, the title ran on as the paragraph
        before's rest. None where the lines are not so."""
        c = self.c
        for k in range(i + 1, min(len(c.lines), i + LABELLED_RUN)):
            if c.opener[k] or c.fin[k]:
                return k if k > i + 1 and c.lang.paragraph_number.match(c.view(k)) and c.opener[k] else None
        return None

    def comma_in_wide_gap_title(self, i: int) -> bool:
        """comma-inside-wide-gap-title: comma-inside-gap-title in double-spaced text whose paragraphs stand further
        apart than its lines (wide-gap-opens): a line after the wider gap, after a paragraph that ended with more than a
        comma, with no paragraph head, that ends with a comma, before lines of its block (one blank line apart) that go
        on in lower case (in a script without case: with no head) and end with no punctuation right before the wider
        gap and a numbered paragraph, is a title wrapped after a comma inside it ("… fundamental de l'administration
        publique ;" / two blank lines / "Transformer d'urgence les institutions pour un monde plus durable," / blank /
        "plus inclusif … où les crises se" / blank / "multiplient" / two blank lines / "4. A conscience …"): the wider
        gaps say where a block starts and ends, and no paragraph ends with no punctuation before the next one's number.
        Refused for its comma, the title ran on as the paragraph before's rest. (Resolutions whose operative part has
        a titled theme, in double-spaced PDF text.)"""
        c = self.c
        wide = c.wide
        if wide is None or not 0 < i < len(c.lines) - 2 or wide[i] < 2 or c.shapes.page_start[i]:
            return False
        if not (c.view(i).rstrip().endswith(_COMMAS) and c.fin[i - 1] and self.after_clause(i) and c.phrases
                and not starts_with_head(c.lang, c.view(i))):
            return False
        k = i + 1
        if wide[k] != 1 or not self._title_goes_on(k):
            return False
        while k + 1 < len(c.lines) and k - i < LABELLED_RUN and wide[k + 1] == 1:
            k += 1
        if not (k + 1 < len(c.lines) and wide[k + 1] >= 2 and not c.fin[k]
                and c.lang.paragraph_number.match(c.view(k + 1)) is not None):
            return False
        return self._comma_title(i, "comma-inside-wide-gap-title")

    def _comma_title(self, i: int, rule: str, at: int | None = None) -> bool:
        """A title wrapped after a comma inside it starts at line i (the rule traced once a line, at line `at`)."""
        return self._traced_once(self.comma_lines, rule, i, at)

    def long_title(self, i: int) -> bool:
        """long-heading-before-number: in text of one paragraph to a line, an unfinished line longer
        than a wrapped heading that opens with no paragraph head, before a numbered paragraph, is a
        heading ("Aplicación del Acuerdo para la Paz y la Reconciliación en Malí, la transición
        política y la celebración de elecciones" / "1. Exhorta …"): a paragraph that lost its final
        punctuation opens with its head (long-line-with-head), and a numbered paragraph does not run
        on from the line before it. (The Security Council's mandates in sections, extracted by blocks.)"""
        c = self.c
        return (c.phrases and c.widths[i] > HEADING_MAX and i + 1 < len(c.lines)
                and c.lang.paragraph_number.match(c.view(i + 1)) is not None
                and self._no_head(i) and (c.mode.unwrapped or self.unprinted_flat(i)))

    def _no_head(self, i: int) -> bool:
        """Whether line i opens with no paragraph head, or with one that a colon ends (colon-after-head-title)."""
        view = self.c.view(i)
        return not starts_with_head(self.c.lang, view) or self.colon_after_head(i)

    def colon_after_head(self, i: int) -> bool:
        """colon-after-head-title: a line whose first or second word ends with a colon, a subtitle in words after it,
        opens a title though its first word is a paragraph's head ("Taking stock: reviewing the implementation of
        the outcomes of …" / "1. Welcomes …"): a paragraph's head is followed by what it says, never by a colon —
        the title's "theme: subtitle" form ("Pillar I: measures …"). (A resolution in titled sections, a title
        that opens with a gerund, in text of one paragraph to a line.)"""
        c = self.c
        if _COLON_AFTER_LEAD.match(c.view(i)) is None:
            return False
        return self._traced_once(self.head_colons, "colon-after-head-title", i)

    def colon_title_before_number(self, i: int) -> bool:
        """colon-after-head-title where blank lines set the paragraphs apart: a line in the title's "theme: subtitle"
        form right before a numbered paragraph is a title however long ("Taking stock: reviewing the implementation
        of the outcomes of …" / "1. Welcomes …"), as in text of one paragraph to a line — a paragraph's head is never
        followed by a colon, and a numbered paragraph does not run on from the line before it. (A short text, a
        resolution's first paragraphs, too short for its mode to show: its blank lines were all it had.)
        Not when the words before the colon are a whole known head ("Noting further: the keepers …",
        "Considering: that …"): a preambular paragraph that lost its final comma, its head set off by a colon —
        read as before (the theme of a title is no head: "Taking stock", "Keeping watch")."""
        c = self.c
        return (i + 1 < len(c.lines) and c.lang.paragraph_number.match(c.view(i + 1)) is not None
                and not _whole_head_before_colon(c.lang, c.view(i)) and self.colon_after_head(i))

    def short_colon_title(self, i: int) -> bool:
        """colon-title-in-short-text: colon-after-head-title in flat text too short for its layout to show (fewer lines
        than blocks.FLAT_MIN_LINES: a short text, a resolution's first paragraphs — one preambular, a title, the
        paragraph 1): a line in the title's "theme: subtitle" form, after a finished line (the last preambular
        paragraph's comma) and right before a numbered paragraph, is a title however long ("Taking stock: reviewing
        the implementation of …" / "1. Welcomes …"), as long-heading-before-number reads it in text of one paragraph
        to a line and colon-title-before-number where blank lines set the paragraphs apart: a paragraph's head is never
        followed by a colon, and a numbered paragraph does not run on from the line before it. Not when the words
        before the colon are a whole known head (see colon_title_before_number), nor when the line opens with a
        paragraph's head of the table and the words between it and the colon are not a theme in lower-case words
        (_head_before_name_colon: "Recalling Rio+20: the United Nations Conference …", "Recordando Río+20: …" is a
        preambular paragraph that lost its comma, its head governing a name that holds a colon; "Taking stock:" is a
        theme). The capital is asked only in a script with case ("التقييم: …"). (Without it the title, longer than a
        heading of flat text, ran into the preambular paragraph before it, or opened an unnumbered operative one.)"""
        from .blocks import FLAT_MIN_LINES  # (blocks reads headings: imported when asked)

        c = self.c
        if not (c.mode.flat and len(c.lines) < FLAT_MIN_LINES and 0 < i and c.fin[i - 1]):
            return False
        view = c.view(i)
        if c.lang.script.cased and not view[:1].isupper():
            return False
        if c.widths[i] > LONG_HEADING_MAX or _head_before_name_colon(c.lang, view):
            return False
        if not self.colon_title_before_number(i):
            return False
        return self._traced_once(self.short_titles, "colon-title-in-short-text", i)

    def unprinted_flat(self, i: int) -> bool:
        """long-heading-in-wide-text: flat text whose full line is wider than any printed one (blocks.UNPRINTED_FULL: a
        block extractor's paragraphs, each on one line) was never wrapped, though the layout could not say so — in a
        script without case, the rest of a paragraph a page cut opens like any paragraph, and the text is read as flat
        (blocks.cut-before-capital): a long heading there is as long as it is, as long-heading-before-number reads it
        in text of one paragraph to a line ("الركيزة الثالثة: التدابير الرامية إلى بناء قدرات الدول …" /
        "80 - تحيط علما …").
        (A resolution in titled pillars, in a block extractor's Arabic text.)"""
        from .blocks import UNPRINTED_FULL  # (blocks reads headings: imported when asked)

        c = self.c
        if not (c.mode.flat and c.full >= UNPRINTED_FULL):
            return False
        return self._traced_once(self.wide_titles, "long-heading-in-wide-text", i)

    def part_title(self, i: int) -> bool:
        """part-title-after-label: the line right after a part's or section's label on a line of its own
        ("B", "VI", "Sección 10") that opens with no paragraph head is the part's title, however long —
        up to a long heading, as in text of one paragraph to a line ("Work of the Committee regarding the
        Globally Harmonized System of Classification and Labelling of Chemicals"): without it the title was
        read as the part's first preambular paragraph and the part had none. (Resolutions adopted in parts,
        the ECOSOC's; the sections of a budget resolution.)"""
        c = self.c
        if not (i and c.widths[i] > HEADING_MAX and _is_label(c.lang, c.view(i - 1).strip())
                and not starts_with_head(c.lang, c.view(i))):
            return False
        if c.doc is not None:
            c.doc.fired("part-title-after-label", c.lines[i].number)
        return True

    def title_across_page(self, i: int) -> bool:
        """part-title-across-page: the line that opens a page right after a part's or section's title line (the
        line right after its label alone on its line), which the page cut unfinished, opening with no paragraph
        head, is the title's rest, however long — up to a long heading, as part-title-after-label allows the
        title's first line ("V" / "Смета расходов на финансирование специальных политических миссий, добрых" /
        page / "услуг и других политических инициатив, санкционированных …"). (The sections of a budget
        resolution, in text of one paragraph to a line, whose blocks a page break cuts.)"""
        c = self.c
        if not (1 < i < len(c.lines) and c.widths[i] > HEADING_MAX and not c.fin[i - 1]
                and _is_label(c.lang, c.view(i - 2).strip()) and not starts_with_head(c.lang, c.view(i - 1))
                and not starts_with_head(c.lang, c.view(i))):
            return False
        if c.shapes.page_start[i]:
            return self._traced_once(self.page_titles, "part-title-across-page", i)
        return self.title_rest_unpaged(i)

    def title_rest_unpaged(self, i: int) -> bool:
        """part-title-rest-unpaged: in text of blocks one to a line whose pages do not show (no furniture, no page
        break: a page may have cut any block), the line after a part's or section's title line right under its label,
        unfinished, opening in lower case in a script whose paragraphs open with a capital, is the title's rest however
        long, as part-title-across-page reads it on a page's first line ("III" / "Conditions of service … officials:
        members of" / "the International Court of Justice and President and judges of …" / "Recalling …"): no
        paragraph opens in lower case there. (Taken for a paragraph's rest, the title lost its second half, which ran
        into the section's first paragraph.)"""
        c = self.c
        if (not c.mode.unwrapped or any(c.shapes.page_start) or c.fin[i] or c.lang.openings.lower_case
                or not c.view(i)[:1].islower()):
            return False
        return self._traced_once(self.page_titles, "part-title-rest-unpaged", i)

    def rest_after_comma(self, i: int) -> bool:
        """title-rest-after-comma: the line after a part's or section's title line right under its label, which the
        wrap or a page's notes ended after a comma inside the title (comma-inside-labelled-title), is the title's
        rest however long — up to a long heading, as part-title-after-label allows the first line — when it opens in
        lower case with no paragraph head ("XIV" / "Revised estimates … at its forty-ninth," / the page's notes /
        "fiftieth and fifty-first regular sessions … in 2036" / "Having considered …"): held to a heading's length,
        the rest ended the run, the label headed nothing, and the parts after it fell out of sequence. (A budget
        resolution's sections, in text of blocks whose long titles the notes cut.)"""
        c = self.c
        if not (1 < i < len(c.lines) and c.widths[i] > HEADING_MAX and c.view(i)[:1].islower() and not c.opener[i]
                and _is_label(c.lang, c.view(i - 2).strip()) and not starts_with_head(c.lang, c.view(i))
                and self.comma_in_title(i - 1)):
            return False
        return self._traced_once(self.comma_rests, "title-rest-after-comma", i)

    def colon_title(self, i: int) -> bool:
        """colon-heading-joined: a heading may end with a colon ("United Nations and International
        Support:") where a numbered paragraph opens on the next line — a paragraph that announces a
        list goes on with its items ("(a)"), not with a number. Only after a finished line, not one
        that ends with a comma: that is the clause before the colon line's, in a paragraph
        ("…通知委员会，强调指出，" / "根据本段发出的通知必须列入所有相关信息，包括：")."""
        c = self.c
        # (A colon line the layout sets apart already is a block of its own, which heading-with-colon
        # reads: this rule serves the one that would go on with the block before — unindented in a
        # text that indents.)
        return (c.view(i).rstrip().endswith(_COLONS) and 0 < i < len(c.lines) - 1
                and c.lang.paragraph_number.match(c.view(i + 1)) is not None
                and bool(c.fin[i - 1]) and not c.view(i - 1).rstrip().endswith(_COMMAS) and not c.starts_new(i)
                and not self.stop_cut_first_line(i))

    def stop_cut_first_line(self, i: int) -> bool:
        """colon-after-cut-first-line: under a numbered paragraph's first line that ran to the width — the next line's
        first word would not have fitted on it —, ending with a stop, the line that goes on with it ending with a
        colon is that paragraph's rest, no heading: the wrap cut the line after an abbreviation's stop ("1 . смета
        поступлений на общую сумму 321 949 500 долл." / "США утверждается в следующей разбивке:" / "2 . …", a budget
        resolution's amounts). A heading over the next paragraph follows a paragraph's end, and a paragraph of one line
        that ends exactly where the width does is rare. (Where the number's text hangs at a column — UN print as
        pdftotext -layout gives it — its wrapped lines come back to the margin, where such a heading stands too.)"""
        c, k = self.c, i - 1
        # (an amount's unit abbreviated after its figure, "4 250 000 долл.", "5 млн." — not a paragraph's end, ";"
        # or a sentence's last word, under which a colon heading over the next paragraph stands as often: round
        # thirty's review)
        if not figure_unit_end(c.view(k)):
            return False
        first = c.view(i).split(None, 1)[:1]
        # (the line as printed, its indent and the tab after its number counted: the wrap filled that width)
        printed = len(c.raw_lines()[c.lines[k].number - 1].rstrip()) - c.mode.margin
        if not (c.numbers[k] and first and max(printed, c.widths[k]) + 1 + len(first[0]) > c.full):
            return False
        if c.doc is not None:
            c.doc.fired("colon-after-cut-first-line", c.lines[i].number)
        return True

    def colon_wrapped(self, i: int) -> bool:
        """colon-inside-title: a title line that the wrap ended after a colon inside the title goes on
        with the next ("… for officials other than Secretariat officials:" / "members of the
        International Court of Justice …"): the next line opens in lower case, with no label, and its
        first word would not have fitted on the colon's line. (The titles of a budget resolution's
        sections.)"""
        c = self.c
        if not (i + 1 < len(c.lines) and c.view(i).rstrip().endswith(_COLONS) and not c.opener[i + 1]):
            return False
        after = c.view(i + 1).split(None, 1)
        if not (after and after[0][:1].islower() and c.widths[i] + 1 + len(after[0]) > c.full):
            return False
        return self._traced_once(self.colon_lines, "colon-inside-title", i)

    def _long_headed(self, i: int) -> bool:
        """Whether line i, longer than a heading of wrapped text, is a paragraph by its head: long-line-with-head,
        head-line-before-first-number."""
        return self.c.widths[i] > HEADING_MAX and (self.headed(i) or self.head_before_first(i))

    def head_before_first(self, i: int) -> bool:
        """head-line-before-first-number: serves resolutions whose last preambular paragraph the source left without
        its final comma ("Convencida de que la Conferencia … sobre las cuestiones prioritarias de desarme" / "1.
        Reafirma …"), in text where a paragraph may stand on one line. A line longer than a heading of wrapped text
        (HEADING_MAX) that opens with a paragraph's head of the table, no numbered paragraph above it, right before
        operative paragraph 1, is that preambular paragraph, not a heading over the operative part: a title over
        the first operative paragraph opens with no head, or ends its head with a colon ("Taking stock: …",
        colon-after-head-title). (long-line-with-head asks a head on the line after; long-paragraph-with-head a
        line longer than a long title.) Read as a heading, the paragraph was dropped from the preamble."""
        c = self.c
        if not (i + 1 < len(c.lines) and c.numbers[i + 1] == 1 and not any(c.numbers[:i])):
            return False
        if not starts_with_head(c.lang, c.view(i), known=True) or self.colon_after_head(i):
            return False
        if c.doc is not None:
            c.doc.fired("head-line-before-first-number", c.lines[i].number)
        return True

    def headed(self, i: int) -> bool:
        """long-line-with-head: a line longer than a heading of wrapped text that opens with a
        paragraph head ("Reconociendo", "Recalling"), before a line that opens with one too, is a
        paragraph that lost its final comma, not a heading (where lines are not wrapped a heading
        may be longer: `like`)."""
        c = self.c
        if not (c.phrases and starts_with_head(c.lang, c.view(i))):
            return False
        # (and so does the line after it, as preambular paragraphs do: after a heading stands a
        # numbered paragraph — "Taking stock: reviewing the implementation of …" / "15. Recognizes …")
        if i + 1 >= len(c.lines) or c.opener[i + 1] or not starts_with_head(c.lang, c.view(i + 1)):
            return False
        if c.doc is not None:
            c.doc.fired("long-line-with-head", c.lines[i].number)
        return True

    def bold(self, i: int) -> bool:
        """bold-heading: a line the file set in bold is heading-like, however long or wrapped: the
        start of one of the file's bold texts, or the next piece of the one the line before started
        ("Специальный докладчик … современных формах расизма," / "расовой дискриминации …
        нетерпимости") — never a paragraph's last words that a bold text happens to hold."""
        if self.in_bold(i):
            assert self.c.doc is not None
            self.c.doc.fired("bold-heading", self.c.lines[i].number)
            return True
        return False

    def in_bold(self, i: int) -> bool:
        """Whether line i starts a text the file set in bold or goes on with the one line i-1 is in
        (asked of finished lines too); what the lines so far hold is kept by line."""
        doc = self.c.doc
        if doc is None or not doc.bold_headings or self.c.opener[i]:
            return False
        if i in self.bold_text:
            return self.bold_text[i] is not None
        words = " ".join(self.c.view(i).split())
        found = None
        if words:
            so_far = self.bold_text.get(i - 1)
            tries = [f"{so_far} {words}", f"{so_far}{words}"] if so_far else []
            found = next((t for t in [*tries, words] if any(h.startswith(t) for h in doc.bold_headings)), None)
        self.bold_text[i] = found
        return found is not None

    def run(self, i: int, continued: bool = False) -> bool:
        """heading: headings (at most HEADING_RUN in a row: "Part 1", "Actions") stand between a
        finished paragraph and the start of another."""
        c = self.c
        if self._long_kept(i, continued):
            return True
        labelled = self.labelled if continued else self.label_alone(i)
        long = (None if labelled else "gaps" if self.title_in_gaps(i) else "flat" if self.flat_title(i)
                else "indent" if self.indent_title(i) else None)
        longest = LABELLED_RUN if labelled or long else HEADING_RUN
        for j in range(i, min(i + longest, len(c.lines) - 1)):
            if not self.like(j, j == i and not continued, labelled and j > i - continued):
                return False
            # (beyond HEADING_RUN lines, a long title is one title the wrap cut: no line of it ended with
            # room for the next's first word — those are items, "'1' Protection of civilians")
            if j - i >= HEADING_RUN and not labelled and any(c.room_for_next(k) for k in range(i, j)):
                return False
            if self._run_ends(i, j, continued) or (labelled and self._head_after_title(j + 1)):
                return self._closes(i, j, long)
        return False

    def _long_kept(self, i: int, continued: bool) -> bool:
        """long-title-kept: a line of the run a long title opened (long-title-after-clause, title-between-blank-lines,
        title-between-indents: up to LABELLED_RUN lines), up to the title's last line, is a heading line: asked again
        as the run went on, each line past the title's third was allowed only a heading run's HEADING_RUN lines, and
        the title of five lines or more was cut after its first, its rest run into the paragraph under it. (The
        sections of a budget resolution or of an omnibus one, titled without a label, in a narrow column.)"""
        return continued and i <= self.long_end and self._traced_once(self.gap_titles, "long-title-kept", i)

    def _closes(self, i: int, j: int, long: str | None) -> bool:
        """Whether a run of heading lines i..j that a paragraph follows is headings: it does not end open, and a
        long one is a title where long-title-after-clause or title-between-blank-lines allow it."""
        if self.ends_open(j) or self.rest_follows(j):
            return False
        if not (long and j - i >= HEADING_RUN):
            return True
        if not self._long_title(i, j, long):
            return False
        self.long_end = j
        return True

    def rest_follows(self, j: int) -> bool:
        """heading-before-cut-rest: in text of one paragraph to a line, in a script with case whose paragraphs open with
        a capital, an unfinished line before a line in lower case with no label, too long for a heading or finished,
        is no heading: it is the first half of a paragraph an extractor or a page cut, and the line in lower case its
        rest (as cut-before-capital reads such halves: "Table ronde 1 : Accélérer les initiatives … pour assurer" /
        "une offre de soins équitables … ;"). A title's own rest would be a heading line too. (A list of themes,
        each a line of its own, in a block extractor's text.)"""
        c = self.c
        k = j + 1
        if not (c.mode.unwrapped and k < len(c.lines) and not c.fin[j] and not c.opener[k]
                and c.view(k)[:1].islower() and not c.lang.openings.lower_case):
            return False
        if not (c.fin[k] or c.widths[k] > self._longest(k)):
            return False
        if c.doc is not None:
            c.doc.fired("heading-before-cut-rest", c.lines[k].number)
        return True

    def ends_open(self, j: int) -> bool:
        """title-ends-closed: no title ends on a word after which a sentence goes on (the table's
        continues_after: "and", "of", "وكذلك"): a short line that does, before a paragraph or an item
        opens, is the last line of the paragraph before, cut after its conjunction ("… تحقيقاته،" /
        "وكذلك" / "(أ) …": a justified paragraph's last word alone on its line)."""
        c = self.c
        words = c.view(j).rsplit(None, 1)
        # (As written, in lower case: "A" is a part's label, not the article. And only before a line a
        # paragraph number or an item's label opens: a title a page or the notes cut goes on after them.)
        # (Only in a script without case: where letters have case, a paragraph's rest opens in lower case and is
        # no heading already, and a capitalised line ending so — "The the" — is a title as printed.)
        first = c.view(j)[:1]
        if self.function_word_alone(j):
            return True
        if first.lower() != first.upper() or not (words and words[-1] in c.lang.continues_after
                                                   and j + 1 < len(c.lines) and c.opener[j + 1]):
            return False
        if c.doc is not None:
            c.doc.fired("title-ends-closed", c.lines[j].number)
        return True

    def function_word_alone(self, j: int) -> bool:
        """function-word-alone-not-title: in a script without spaces, a line that holds nothing but a function word a
        clause never ends with (the table's openings.cut_endings: "或", or; "和", and; "的", of), before a line that a
        paragraph's number or an item's label opens, is no title: it is the end of the item before, the wrap having
        put its conjunction alone on the last line ("…提供的相关援助；" / "或" / "(i) 经事先…"). title-ends-closed
        asks the table's continues_after, a word set apart by spaces, which a script without spaces has none of.
        (The Security Council's lists of exemptions, items joined by "或", in Chinese PDF text.)"""
        c = self.c
        if c.lang.script.spaced or not (j + 1 < len(c.lines) and c.opener[j + 1]):
            return False
        if c.view(j).strip() not in c.lang.openings.cut_endings:
            return False
        if c.doc is not None:
            c.doc.fired("function-word-alone-not-title", c.lines[j].number)
        return True

    def run_ended_at_head(self, i: int) -> bool:
        """labelled-run-ends-at-head: a run of headings that a section's label opened ends at the line that
        opens with a paragraph's head (title-ends-at-head), though that line, asked in its turn whether it
        goes on with the run, is unfinished and stands before a line that opens a paragraph ("二十一" /
        "汇率和通货膨胀率变动的影响" / "审议了秘书长…的报告" (its note's mark at the end) / "表示注意到…"): the
        paragraph that line opens is no part of the title. (A budget resolution's sections, in text of
        one paragraph to a line.)"""
        # (Not the line right after the label: that is the title, which may open like a paragraph, "七" /
        # "纪念通过《德班宣言和行动纲领》".)
        if not (self.after_heading and self.labelled and not _is_label(self.c.lang, self.c.view(i - 1).strip())
                and self._head_after_title(i)):
            return False
        if self.c.doc is not None:
            self.c.doc.fired("labelled-run-ends-at-head", self.c.lines[i].number)
        return True

    def _head_after_title(self, k: int) -> bool:
        """title-ends-at-head: after a section's label alone on its line, the title ends where a line opens
        with a paragraph's head ("一" / "飞机舱位标准" / "回顾大会…"): the label says a title follows, and
        no title opens with a head — where nothing else tells (flat text of a script without spaces)."""
        c = self.c
        if not (c.phrases and c.heads_known() and starts_with_head(c.lang, c.view(k))):
            return False
        if c.mode.flat:
            rule = "title-ends-at-head"
        elif self._head_after_gap(k):
            rule = "title-ends-at-gap-head"
        elif self._indented_head(k):
            rule = "title-ends-at-indented-head"
        elif self._finished_head_on_page(k):
            rule = "title-ends-at-page-head"
        else:
            return False
        if c.doc is not None and k not in self.head_ends:
            self.head_ends.add(k)
            c.doc.fired(rule, c.lines[k].number)
        return True

    def _head_after_gap(self, k: int) -> bool:
        """title-ends-at-gap-head: where blank lines separate paragraphs, after a section's label alone on its
        line, the title ends at a line that a blank line opens with a paragraph's head ("二十一" / blank /
        "汇率和通货膨胀率变动的影响" / blank / "审议了秘书长…的报告 35 以及行预咨委会的有关报告 36" / blank /
        "表示注意到…"): the blank line and the head together open the section's first paragraph, though its end
        lost the comma, as an indent and the head do (title-ends-at-indented-head). (A budget resolution's
        sections, in a block extractor's text.)"""
        c = self.c
        return c.mode.gaps and not c.mode.flat and bool(c.shapes.gap[k]) and not c.shapes.page_start[k]

    def _finished_head_on_page(self, k: int) -> bool:
        """title-ends-at-page-head: after a section's label alone on its line, the title ends at a page's first line
        that opens with a paragraph's head and ends a clause ("II" / blank / "Activités du Comité consultatif …" /
        notes, page foot and head / "Rappelant ses résolutions … 76/241,"): the page break hides the blank line or
        the indent that would open the section's first paragraph (title-ends-at-gap-head,
        title-ends-at-indented-head), and a title's rest, cut by the page, neither opens with a head nor ends with
        punctuation. (A budget resolution's sections, a title at a page's foot.)"""
        c = self.c
        return not c.mode.flat and bool(c.shapes.page_start[k]) and (bool(c.fin[k]) or self._clause_ends_below(k))

    def _clause_ends_below(self, k: int) -> bool:
        """title-ends-at-page-head-wrapped: title-ends-at-page-head reads a page's first line whose clause ends on
        the line below it, in the same block (no number, label, blank line or page between), as it reads one that
        ends it: the section's first paragraph wrapped over two lines ("XIII" / "Revised estimates … Youth
        Office" / the page's foot and head / "рассмотрев доклад Генерального секретаря 27 и соответствующий" /
        "доклад Консультативного комитета 28 ,"), and a title's rest the page cut would end with no punctuation
        right before the paragraph — no title ends with a clause's comma. (A budget resolution's sections, a
        title at a page's foot.)"""
        c = self.c
        m = k + 1
        if not (m < len(c.lines) and c.fin[m] and not c.fin[k] and not c.opener[m] and not c.shapes.gap[m]
                and not c.shapes.page_start[m] and starts_with_head(c.lang, c.view(k))):
            return False
        return self._traced_once(self.clause_ends, "title-ends-at-page-head-wrapped", m)

    def _indented_head(self, k: int) -> bool:
        """title-ends-at-indented-head: in text that indents its paragraphs, after a section's label alone on
        its line, the title ends at a line indented deeper than the title's line before it that opens with a
        paragraph's head ("二十一" / "汇率和通货膨胀率变动的影响" / "      审议了秘书长…的报告36" /
        "      表示注意到…"): the indent and the head together open the section's first paragraph, though its
        end lost the comma and it would read as the title's next line. (A budget resolution's sections, in PDF
        text.)"""
        # (Not a head alone: a title's wrapped line may open with a paragraph's head word. Not an indent
        # alone: a centred title's lines are indented unevenly.)
        c = self.c
        indents = c.shapes.indents
        return (c.mode.indent and 0 < k < len(c.lines) and indents[k] > max(indents[k - 1], c.mode.margin)
                and c.starts_new(k))

    def _run_ends(self, i: int, j: int, continued: bool) -> bool:
        """Whether a run of heading lines from i ends at line j: a paragraph opens after it."""
        return self._opens_next(j + 1) or ((j > i or continued or self.after_clause(i))
                                           and self.number_after_title(i, j + 1))

    def _long_title(self, i: int, j: int, kind: str) -> bool:
        """A run of heading lines i..j longer than HEADING_RUN, which title-between-blank-lines,
        long-title-after-clause or title-between-indents allowed (kind: "gaps", "flat", "indent"): in flat
        text only before a line that opens with a paragraph's head or number (a capital there says nothing);
        in text that indents, only before an indented line (a paragraph's start)."""
        c = self.c
        nxt = c.view(j + 1)
        if kind == "indent":
            if c.shapes.indents[j + 1] <= c.mode.margin:
                return False
        elif kind == "flat" and not (starts_with_head(c.lang, nxt) or c.lang.paragraph_number.match(nxt)):
            return False
        # (In justified text no heading line was widened: a widened line was wrapped inside a paragraph.)
        spread = c.doc.spread if c.doc is not None else ()
        if kind != "gaps" and any(c.lines[k].number in spread for k in range(i - 1, j + 1)):
            return False
        return self._traced_once(self.gap_titles, _LONG_TITLE_RULES[kind], i)

    def indent_title(self, i: int) -> bool:
        """title-between-indents: in text that indents its paragraphs, a run of heading lines set flush at the margin
        after a paragraph that ended with more than a comma, the first with no paragraph head and on no page's first
        line, may wrap over up to LABELLED_RUN lines, none of which ended with room for the next line's first word,
        before an indented line ("… actividades de las Naciones" / "Unidas;" / "Función del Departamento … en las" /
        "operaciones de mantenimiento de la paz, …" over four lines of a narrow column / "   89. Solicita …"): a
        paragraph there opens indented, so flush lines after a finished one are no paragraph's. (An omnibus
        resolution's section titles, titled without a label, in PDF text set in a narrow column.)"""
        c = self.c
        return (c.mode.indent and i > 0 and bool(c.fin[i - 1]) and self.after_clause(i) and c.phrases
                and not c.shapes.page_start[i] and c.shapes.indents[i] <= c.mode.margin
                and not starts_with_head(c.lang, c.view(i)))

    def flat_title(self, i: int) -> bool:
        """long-title-after-clause: in flat text, a run of heading lines after a paragraph that ended with
        more than a comma, the first with no paragraph head, may wrap over up to LABELLED_RUN lines, none
        of which ended with room for the next line's first word, before a line that opens with a
        paragraph's head or number ("Условия службы и вознаграждение …, не являющихся" / "сотрудниками
        Секретариата: члены Международного Суда и" / page / "Председатель и судьи …" / "уголовных
        трибуналов" / "ссылаясь …"). (The sections of a budget resolution, titled without a label.)"""
        c = self.c
        # (Only in scripts with spaces: without them a line's first word is the whole line, which never
        # fits, so nothing would tell a title's wrapped lines from a paragraph's.)
        return (c.mode.flat and c.lang.script.spaced and i > 0 and bool(c.fin[i - 1]) and self.after_clause(i)
                and c.phrases
                and c.heads_known() and not starts_with_head(c.lang, c.view(i)))

    def title_in_gaps(self, i: int) -> bool:
        """title-between-blank-lines: where blank lines separate paragraphs, a run of heading lines that a
        blank line opens, the first with no paragraph head, may wrap over up to LABELLED_RUN lines ("Conditions
        d’emploi … qualité de" / "fonctionnaire du Secrétariat : membres de …" over four lines / blank /
        "Rappelant …"): the blank lines say where it starts and ends, which HEADING_RUN guessed for flat text.
        (The sections of a budget resolution, titled without a label.)"""
        c = self.c
        return (c.mode.gaps and not c.mode.flat and i > 0 and bool(c.shapes.gap[i]) and not c.shapes.page_start[i]
                and c.phrases and not starts_with_head(c.lang, c.view(i)))

    def label_alone(self, i: int) -> bool:
        """heading-run-after-label: a section's label alone on its line (the table's section labels: "VI",
        "ثانيا") opens a run of headings whose title may wrap over up to LABELLED_RUN lines before the
        section's first numbered paragraph ("VI" / "Special Rapporteur of the Human Rights Council on
        contemporary forms of racism, …" over three lines / "33. Takes note …"): the label says a title
        follows, which the run of HEADING_RUN lines cut, running the label and the title into the
        paragraph before. (The General Assembly's resolutions in sections, in flat PDF text.)"""
        line = self.c.view(i).strip()
        # (a label with its stop after a full stop, in sequence: section-label-stop-alone)
        return (line in self.c.lang.section_labels or self._word_label(line, i) or self.part_label_run(line, i)
                or self.stopped_label(i))

    def part_label_run(self, line: str, i: int) -> bool:
        """part-label-opens-run: a part's label alone on its line (the table's part labels: "B", "باء"), after a
        finished line, opens a run of headings as a section's label does: the part's title under it may wrap over
        up to LABELLED_RUN lines before the part's first paragraph ("…;" / "B" / "Work of the Committee … on the" /
        "Globally Harmonized System … of" / "Chemicals" / "   Noting …"). A run of HEADING_RUN lines cut it, the
        label and the title's first lines ran into the paragraph before, and the part was never read. (Resolutions
        adopted in parts, the Economic and Social Council's, their titles wrapped in a narrow column of PDF text.)"""
        c = self.c
        if line not in c.lang.part_labels or not (i and c.fin[i - 1]) or not self._title_under(i + 1):
            return False
        if c.doc is not None and i not in self.part_labels_seen:
            self.part_labels_seen.add(i)
            c.doc.fired("part-label-opens-run", c.lines[i].number)
        return True

    def _title_under(self, k: int) -> bool:
        """part-label-opens-run: whether line k, under a part's label, opens a title: unfinished, not in lower case,
        with no paragraph head (a part without a title opens with its first paragraph: "B" / "el el …,")."""
        c = self.c
        # (And the title wraps: the line under its first stands with no blank line between. Where blank lines part
        # the text's blocks — not double-spaced text, where they part every line —, a title cut off by one is a
        # line of its own, read by the one-line heading rules; a run opened there took the part's first paragraph in
        # lower case into the title — "B" / "The title" / "" / "the first paragraph …," —, found by the text round
        # trip's property test.)
        return (k < len(c.lines) and not c.fin[k] and not c.opener[k] and not c.view(k)[:1].islower()
                and not starts_with_head(c.lang, c.view(k))
                and not (c.mode.gaps and k + 1 < len(c.lines) and c.shapes.gap[k + 1]))

    def _word_label(self, line: str, i: int) -> bool:
        """heading-label-with-word: a line that is just a label with its word ("Parte I", "Sección 29A",
        "Chapitre 2 des recettes" — the table's numbering.heading_labels: a budget resolution's parts and
        sections, each with its title, "Parte I" / title / "Sección 1" / title) opens such a run too."""
        pattern = self.c.lang.heading_label
        if pattern is None:
            return False
        if pattern.fullmatch(line) is None:
            return self._label_before_title(pattern, line, i)
        if self.c.doc is not None and i not in self.word_labels:
            self.word_labels.add(i)
            self.c.doc.fired("heading-label-with-word", self.c.lines[i].number)
        return True

    def _label_before_title(self, pattern: re.Pattern[str], line: str, i: int) -> bool:
        """title-after-label-on-line: a line that opens with a label and its word, a colon or full stop, and the
        title ("Parte 2: Apoyo a la construcción del Estado y la consolidación de la" / "paz en Somalia" /
        "2a: Reforma del sector de la seguridad …" / "internacional" / "13. Exhorta …") opens a run of headings
        as the label alone does: its title, and the section's under it, may wrap over more lines than HEADING_RUN.
        (The Security Council's mandates in numbered parts.)"""
        m = pattern.match(line)
        if m is None or _LABEL_STOP.match(line, m.end()) is None:
            return False
        if self.c.doc is not None and i not in self.word_labels:
            self.word_labels.add(i)
            self.c.doc.fired("title-after-label-on-line", self.c.lines[i].number)
        return True

    def after_clause(self, i: int) -> bool:
        """number-after-heading, for a heading of one line: the line before it ended a paragraph with more than a
        comma — a semicolon, a full stop, a colon: after a comma the line may be the sentence going on
        ("… 2015،" / "المعنون …، ولا سيما الغاية" / "12-4 …")."""
        return i > 0 and not self.c.view(i - 1).rstrip().endswith(_COMMAS)

    def number_after_title(self, i: int, k: int) -> bool:
        """number-after-heading: a heading wrapped over lines ("Prévention des exportations illicites
        de pétrole, y compris de" / "pétrole brut et de produits pétroliers raffinés") ends where a
        paragraph number opens the next line, though the line before it ran long: the number is no
        wrap of a sentence when the run's first line stood after a finished paragraph and opens
        with no paragraph head (in flat text, where only the lines' ends tell). So does a heading of one
        line, however long, after a line that ended a paragraph with more than a comma (after_clause: "…
        financing of terrorism;" / "1b: Maritime Interdiction and improving maritime domain awareness" /
        "4. Encourages …", which number-opens does not open after an unfinished line)."""
        c = self.c
        m = c.lang.paragraph_number.match(c.view(k))
        # (not a number the line before counts, which opens nothing: comma-number-after-counter)
        if m is None or int(m["num"]) >= NUMBER_AFTER_HEADING_MAX or not c.phrases or not c.opener[k]:
            return False
        if not self._no_head(i):
            return False
        if c.doc is not None:
            c.doc.fired("number-after-heading", c.lines[k].number)
        return True

    def _opens_next(self, i: int) -> bool:
        # The paragraph after a heading may begin on a new page, where indents and blanks are lost.
        c = self.c
        if c.shapes.page_start[i]:
            from .blocks import part_formula  # (blocks reads headings: imported when asked)

            # (A part's formula opens the part wherever it stands: part-formula-alone.)
            return (c.shapes.indents[i] > c.mode.margin or bool(c.opener[i]) or part_formula(c, i)
                    or self.head_opens_page(i))
        return c.starts_new(i)

    def head_opens_page(self, k: int) -> bool:
        """title-before-page-head: in text that does not indent its paragraphs, a heading line at a page's foot ends
        its run where the next page's first line opens with a paragraph's head and the block rules open a paragraph
        there (head-after-short-page-end: the title stopped short; head-after-unfinished-block in text of blocks) —
        "C" / "Scope of the lighthouse work" / the page's notes, foot and head / "Taking note of the work programme
        …": the page break hides the blank line that set the title apart, and with no indent to show it, only the
        head tells that the paragraph opens there; refused, the title was read as a preambular paragraph of its own
        and the part had none. Not after a line that opens with a head itself: that is a paragraph which lost its
        final comma, and the block rules read it. (Resolutions in parts or sections, a title at a page's foot.)"""
        c = self.c
        if (c.mode.indent or not (c.phrases and c.heads_known()) or not starts_with_head(c.lang, c.view(k))
                or starts_with_head(c.lang, c.view(k - 1)) or not (c.starts_new(k) or self.part_title_at_foot(k))):
            return False
        # (a finished first line after a section's label and title: title-ends-at-page-head reads it)
        if c.fin[k] and self.labelled and self._finished_head_on_page(k):
            return False
        if c.doc is not None:
            c.doc.fired("title-before-page-head", c.lines[k].number)
        return True


    def part_title_at_foot(self, k: int) -> bool:
        """part-title-before-page-head: title-before-page-head where the heading line at the page's foot is a part's
        or section's title, right after its label alone on its line ("باء" / "أعمال اللجنة فيما يتعلق بالنظام المنسَّق
        …" / the page's notes, foot and head / "إذ يضع في اعتباره …"), though the title ran nearly to the width, so
        that the block rules do not open a paragraph at the page's first line: a title's rest that the page cut
        opens with no paragraph head, and the label says a title stands there. (Resolutions in parts, the ECOSOC's,
        in PDF text that neither indents nor sets blank lines.)"""
        c = self.c
        if k < 2 or not c.shapes.page_start[k] or not _is_label(c.lang, c.view(k - 2).strip()):
            return False
        if c.doc is not None:
            c.doc.fired("part-title-before-page-head", c.lines[k].number)
        return True


def word_cases(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The words the text writes in lower case, and those it writes with a capital inside a line (after another
    word): read once per document, from the input, when first asked (capital-of-common-word, subheading-of-common-
    word)."""
    if doc.word_cases is None:
        doc.word_cases = _cases_of(doc.text)
    return doc.word_cases


def _cases_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    lower: set[str] = set()
    capital: set[str] = set()
    for m in _WORD.finditer(text):
        w = m.group()
        if w.islower():
            lower.add(w)
        elif w[0].isupper() and w[1:].islower() and not _opens_line(text, m.start()):
            capital.add(w)
    return frozenset(lower), frozenset(capital)


def _capitalised(word: str) -> bool:
    """Whether a word of letters opens with a capital, the rest in lower case ("Additional")."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


# title_case: words this long or longer are content words, which a name in title case writes with a capital
# ("Safe Harbours for All", "Faros Seguros para Todos"); shorter ones may be function words in lower case.
_CONTENT_WORD = 5


def title_case(line: str, lower: frozenset[str]) -> bool:
    """capital-after-lower-case-word's refusal: a line whose every word of _CONTENT_WORD letters or more opens with a
    capital, one of them after the first a word the text writes in lower case elsewhere (lower) — "Safe Harbours for
    All", "harbours" in the text: a name made of common words, not a section's title (the Council's titles write only
    their first word with a capital, "Additional tasks", and a name's inside they keep, "Protection of the United
    Nations", which the text never writes in lower case)."""
    words = [w for w in _WORD.findall(line) if w.isalpha()]
    rest = [w for w in words[1:] if len(w) >= _CONTENT_WORD]
    return (bool(rest) and all(w[0].isupper() for w in rest)
            and any(w.lower() in lower for w in rest))


def name_starts(text: str) -> frozenset[str]:
    """The words text writes with a capital right after a word in lower case, only spaces between
    (capital-after-lower-case-word): where a name opens inside a sentence ("the United Nations")."""
    out: set[str] = set()
    before: re.Match[str] | None = None
    for m in _WORD.finditer(text):
        if (before is not None and before.group().islower() and _capitalised(m.group())
                and not text[before.end():m.start()].strip(" ")):
            out.add(m.group())
        before = m
    return frozenset(out)


def _opens_line(text: str, at: int) -> bool:
    """Whether only spaces stand between the start of text's line and `at`."""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n\f"


def _stopped_short(c: Lines, k: int) -> bool:
    return c.stopped_short(k)


def _is_label(lg: Lang, line: str) -> bool:
    """Whether a line is just a part's or section's label ("B", "VI", "Sección 10")."""
    return (line in lg.part_labels or line in lg.section_labels
            or (lg.heading_label is not None and lg.heading_label.fullmatch(line) is not None))


# capital-of-common-word: a word of letters.
_WORD = re.compile(r"[^\W\d_]+")
# colon-after-head-title: a colon that ends the line's first or second word, then words (a title's subtitle).
_COLON_AFTER_LEAD = re.compile(r"\s*(?:[^\s:]+\s)?[^\W\d_][^\s:]*\s?[:\uff1a]\s+[^\W\d_]")


# _whole_head_before_colon: the punctuation at a word's ends ("considering," → "considering").
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


def _bare(word: str) -> str:
    """A word with the punctuation at its edges stripped ("التدريب؛" is the word "التدريب")."""
    return _EDGE_PUNCT.sub("", word)


def _whole_head_before_colon(lang: Lang, text: str) -> bool:
    """Whether the words before a line's colon are a whole paragraph head of the table ("Noting further",
    "Considering", "Deeply concerned"): a head word, then only heads' words (adverbs, modifiers), not a connector
    last ("Taking into"); "Taking stock" is none ("stock" is no head's word). The words are looked up without the
    punctuation at their ends ("Considering, further:": "considering", "further")."""
    lead = [w for w in (_EDGE_PUNCT.sub("", w) for w in re.split(r"[:\uff1a]", text, maxsplit=1)[0].split()) if w]
    o = lang.openings
    words = [fold_word(w) for w in lead]
    return (bool(words) and starts_with_head(lang, " ".join(lead), known=True) and words[-1] not in o.connectors
            and all(w in o.first_words or w in o.modifiers or w in o.adverbs for w in words))


def _head_before_name_colon(lang: Lang, text: str) -> bool:
    """colon-title-in-short-text's refusal: whether a line opens with a paragraph's head of the table and the words
    between the head and the colon are no theme of lower-case words ("Recalling Rio+20:", "Recordando Río+20:",
    "Recalling resolution 66/288:": the head governs a name or a symbol, the colon is inside what it recalls). A
    theme's words after a head's word ("Taking stock:", "Keeping watch:") are words in lower case; in a script
    without case a head of the table before the colon is always refused."""
    if not starts_with_head(lang, text, known=True):
        return False
    lead = re.split(r"[:\uff1a]", text, maxsplit=1)[0].split()[1:]
    return not (lang.script.cased and lead and all(w.isalpha() and w.islower() for w in lead))


# After a label and its word on a title's line: its colon or full stop, then the title.
_LABEL_STOP = re.compile(r"\s?[.:]\s+\S")
# A heading that opens with its section's number ("2a. Security sector reform", "1b: Maritime interdiction"; in French
# typography a space before the colon, "2a : Réforme …").
_SECTION_NUMBER = re.compile(r"\d{1,3}[^\W\d_]?\s?[.:]\s")
# section-number-title: the same with its letter, which no paragraph number has ("2b : ", "1a. ").
_SECTION_LETTERED = re.compile(r"\d{1,3}[^\W\d_]\s?[.:]\s")


def _labelled(doc: Doc, text: str, line: int) -> bool:
    """heading-opens-with-label: a heading line that opens with a label and its word ("Часть 2.
    Поддержка …", "Part 2: Support to …": the table's heading_labels) or with a section's number ("2a.
    Реформа …") opens a heading of its own, though the heading line before ran to the width: a title
    does not wrap before its own label. (The Security Council's mandates in numbered parts and sections.)"""
    lg = doc.lang
    m = lg.heading_label.match(text) if lg.heading_label is not None else None
    if not ((m is not None and text[m.end():m.end() + 2].lstrip(".:")[:1] in (" ", ""))
            or _SECTION_NUMBER.match(text) is not None):
        return False
    doc.fired("heading-opens-with-label", line)
    return True


# -- giving headings to paragraphs ------------------------------------------------------------------
def attach_headings(doc: Doc, blocks: list[Block]) -> list[Block]:
    """The blocks without heading blocks, each heading given to the block after it. heading-wrapped:
    a heading line goes on with the one before when it starts in lower case, or when its first
    word would not have fitted on the line before (that line wrapped)."""
    lg = doc.lang
    out: list[Block] = []
    pending: list[str] = []
    before = ""  # the heading line before
    before_line = 0  # its number
    page_starts = doc.page_starts | {ln.number for ln in doc.lines if ln.page_start}  # (an annex's lines stay there)
    apart = _blank_before(doc, page_starts)
    feet = _foot_lines(doc)
    for b in blocks:
        if b.heading:
            text = normalize_text(lg, b.text)
            page_start = b.line in page_starts or (bool(pending) and _notes_between(doc, feet, before_line, b.line))
            if pending and (bold_goes_on(doc, pending[-1], text, b.line)
                            or _goes_on(doc, pending[-1], before, text, b.line, page_start, b.line in apart)):
                pending[-1] = join_text(lg, [pending[-1], text])
            else:
                pending.append(text)
            before, before_line = b.text, b.line
            continue
        out.append(replace(b, heads=tuple(pending)) if pending else b)
        pending = []
        before = ""
    for text in pending:
        doc.left_out.append(text)
        doc.warn("text-heading-dropped", f"heading {text[:60]!r} after the last paragraph heads nothing: "
                 "left out", blocks[-1].line)
    return out


def bold_goes_on(doc: Doc, heading: str, text: str, line: int) -> bool:
    """bold-heading-goes-on: a heading line goes on with the heading read so far where the two begin one of the texts
    the file set as a heading (bold_headings: a PDF's bold lines, a Markdown extraction's heading or bold block), the
    heading so far being none of them whole: the file printed them as one heading, wherever the width says the line
    before ended ("**Review and maintenance of the … Sanctions" / "List**": a Markdown extraction's line is its markup
    shorter than the line the tool wrapped, and "List" seemed to fit on it)."""
    bold = doc.bold_headings
    if not bold or heading in bold:
        return False
    joined = join_text(doc.lang, [heading, text])
    if not any(h.startswith(joined) for h in bold):
        return False
    doc.fired("bold-heading-goes-on", line)
    return True


def _foot_lines(doc: Doc) -> list[int]:
    """The numbers of the lines that open a note or draw the footnote rule, sorted (heading-cut-by-notes)."""
    rules = (i + 1 for i, kind in doc.furniture.items() if kind[0] == "rule")
    return sorted({*rules, *(note.line for note in doc.notes)})


def _notes_between(doc: Doc, feet: list[int], first: int, last: int) -> bool:
    """heading-cut-by-notes: a page's notes, or the rule drawn above them, standing between two heading lines
    (lines `first` and `last`) stand at a page's foot: the second line opens the next page, as heading-cut-by-page
    asks, though no page furniture tells it ("Financial statements of the United Nations Joint Staff Pension" /
    rule / "6 A/77/7/Add.10." / "Fund and report of the Board of Auditors"). A block extractor that drops the
    page's head and foot keeps its notes, and cuts there a title's block in two as it cuts a paragraph's. (The
    section titles of budget and administrative resolutions, in text of one block to a line whose notes stand at
    each page's foot.)"""
    k = bisect_left(feet, first + 1)
    if k == len(feet) or feet[k] >= last:
        return False
    doc.fired("heading-cut-by-notes", last)
    return True


def _blank_before(doc: Doc, page_starts: frozenset[int]) -> frozenset[int]:
    """heading-apart-by-blank: in text wrapped at a printed width (doc.wraps) whose blank lines separate
    paragraphs (not double-spaced, not flat), the lines a blank line stands before, but a page's first:
    the wrap puts no blank line inside a title, so a heading line there opens a heading of its own, though
    its first word would not have fitted on the heading line before ("Сохранение динамики … безопасности"
    / blank / "Действия", a section's title and its subsection's; the Security Council's mandates in
    sections, in PDF text with blank lines between paragraphs). (In text of one block to a line the
    extractor may give a heading's lines apart: there the width still tells.)"""
    layout = doc.layout
    if not doc.wraps or layout is None or not layout.gaps or layout.flat:
        return frozenset()
    return (doc.gap_starts | {ln.number for ln in doc.lines if ln.gap_before}) - page_starts


def _goes_on(doc: Doc, heading: str, before: str, text: str, line: int, page_start: bool,
             apart: bool = False) -> bool:
    """Whether heading line `text` goes on with the heading read so far (`before`: its last line), and
    which rules say so (heading-wrapped and the rules it asks); apart: a blank line stands before it
    (heading-apart-by-blank)."""
    lg = doc.lang
    first = text.split(" ", 1)[0] if lg.script.spaced else text[:1]
    fits = _too_short_to_wrap(doc, before, line) or not _would_not_fit(doc, before, first)
    cut = fits and _page_cut(doc, before, text, line, page_start)
    wrapped = not fits or cut
    open_end = _ends_open(doc, before) and not _capital_after_short(doc, before, text, line)
    goes_on = wrapped and _joinable(doc, heading, text, line)
    if goes_on and not fits and apart:  # (the width says wrapped; the blank line before says not)
        doc.fired("heading-apart-by-blank", line)
        goes_on = wrapped = False
        fits = True
    if goes_on and not open_end and _own_subheading(doc, (before, text), line, (page_start, cut)):
        goes_on = wrapped = False
    if not (goes_on or text[:1].islower() or open_end or _number_goes_on(doc, before, text, line)):
        return False
    _fire_wrapped(doc, line, not fits, cut and goes_on, open_end and not wrapped, (before, text))
    return True


def _joinable(doc: Doc, heading: str, text: str, line: int) -> bool:
    """Whether a wrapped heading line may go on the heading before it. A line that would have fitted goes on a
    heading only where the file did not set that heading in bold as a whole: bold-heading says where it ended. A
    label opens a heading of its own: "… coordinación generales" / "Sección 1" is no wrapped title."""
    return heading not in doc.bold_headings and not _is_label(doc.lang, text) and not _labelled(doc, text, line)


def _number_goes_on(doc: Doc, before: str, text: str, line: int) -> bool:
    """heading-goes-on-at-number: in a script with spaces, a heading line whose first word is a bare number ("2024",
    "30 June 2024") goes on with a heading line long enough to have wrapped (WRAPPED_HEADING) that ended with no
    punctuation: no title of the UN's opens with a number but a section's label ("1a: …", which _labelled reads),
    and a title that ends with its date ("Financing of the appropriation for the period from 1 July 2023 to 30 June
    2024") is cut before the year where the wrap, an extractor's line or an unseen page parts it ("… 30 حزيران/يونيه"
    / "2024"). (The section titles of budget resolutions — 80 documents of the corpus title a section with a date;
    in a script without spaces a title opens with its year, "2023年预算估计数".)"""
    from .blocks import finished  # (blocks reads headings: imported when asked)
    first = text.split(None, 1)[0]
    if not (doc.lang.script.spaced and first.isdigit() and len(before) >= WRAPPED_HEADING
            and not finished(before.rstrip()) and not _is_label(doc.lang, text)):
        return False
    doc.fired("heading-goes-on-at-number", line)
    return True


def common_word_opens(doc: Doc, before: str, text: str, line: int) -> bool:
    """subheading-of-common-word: in a script with case, a heading line that opens with a capital on a word the text
    writes elsewhere in lower case, and never with its capital inside a line, opens a heading of its own, though
    it would not have fitted on the heading line before (or a page stands between them): the UN titles in sentence
    case in every language with case, so a title's wrap carries on a word in lower case or a name, and a name keeps
    its capital wherever the text writes it ("Mantener el ímpetu de la transición en materia de seguridad" /
    "Medidas", "… в процессе передачи ответственности за обеспечение безопасности" / "Действия": a section's title
    and its subsection's; "… of the United Nations Joint Staff Pension" / "Fund and report …" goes on, the text
    writing "Fund" with its capital inside its lines; nor after a title in title case, _title_cased). (The Security
    Council's mandates in sections and subsections, in PDF text whose width the two titles would not fit
    together.)"""
    from .blocks import finished  # (blocks reads headings: imported when asked)
    words = text.split(None, 1)
    word = words[0] if words else ""
    # (not after a line that ends with punctuation: "… of the Union of Ports:" / "The Coast We Want" is its subtitle)
    if not (len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()) or finished(before):
        return False
    lower, capital = word_cases(doc)
    if word in capital or _title_cased(before, lower):
        return False
    if word.lower() not in lower and not (len(words) == 1 and _inflected_common(doc, word, lower, capital, line)):
        return False
    doc.fired("subheading-of-common-word", line)
    return True


# subheading-of-inflected-word: the letters a word's ending takes at most in an inflecting language ("Действия" /
# "действие", "действию": the stem "действ" and two letters), and the fewest letters a stem shared must have (a name's
# stem of four letters, "Сома(ли)", may be a common word's: "сома…"; one of five or more hardly is).
INFLECTION_LETTERS = 2
STEM_LETTERS = 5


def _inflected_common(doc: Doc, word: str, lower: frozenset[str], capital: frozenset[str], line: int) -> bool:
    """subheading-of-inflected-word: for subheading-of-common-word, a word the text never writes in lower case as it
    is, but writes so in another form of it — its stem, the word less its ending (INFLECTION_LETTERS), of
    STEM_LETTERS or more, opening a word the text writes in lower case ("Действия" / "действие", "действию") — where no
    word of that stem is written with its capital inside a line (a name: "Программа Действий"). Serves languages
    that inflect their words, whose subsection's one word ("Действия", "Actions") the text writes elsewhere in
    another case or number only: the subsection's title, after a section's title at a page's foot in text of one
    block to a line, was read as that title's end (heading-cut-by-page). Asked of a line of that one word only: a
    line that goes on ("Демократической Республики Конго", a name the title's grammar carries over the page) is the
    title's rest, and a prefix alone cannot tell a name's word from a common one."""
    stem = word[:-INFLECTION_LETTERS].lower()
    if len(stem) < STEM_LETTERS or not doc.lang.script.spaced:
        return False
    if any(w.lower().startswith(stem) for w in capital) or not any(w.startswith(stem) for w in lower):
        return False
    doc.fired("subheading-of-inflected-word", line)
    return True


def _own_subheading(doc: Doc, lines: tuple[str, str], line: int, page: tuple[bool, bool]) -> bool:
    """For _goes_on, of a heading line that goes on with the one before (lines: that line and this one), neither
    ending open: whether it opens a heading of its own (subheading-of-common-word); where not, and a page stood
    between them (page: the line opens a page; heading-cut-by-page joined them) — the page's cut, or the width in
    text that does not wrap at a printed width —, the join told where it is a guess (capital-over-page-told)."""
    if common_word_opens(doc, *lines, line):
        return True
    page_start, cut = page
    if page_start and (cut or not doc.wraps):
        _capital_over_page_told(doc, *lines, line)
    return False


def _capital_over_page_told(doc: Doc, before: str, text: str, line: int) -> None:
    """capital-over-page-told: heading-cut-by-page joins to a heading line at a page's foot, ended on no joining word,
    the heading line that opens the next page with a capital on a word the text writes nowhere else — neither in lower
    case (subheading-of-common-word's: a heading of its own) nor with its capital inside a line (a name's word: the
    title's rest, "… Joint Staff Pension" / "Fund and report …") —, after a line not in title case. Nothing tells the
    two readings apart: a name's next word and a subsection's title ("… of the fishing villages" / page / "Humanitarian
    assistance") read alike. The line is joined as before, and the guess is told (text-boundary-guessed), both lines
    named. (So too where the width joined them in text that does not wrap at a printed width — one block to a line,
    whose lines' lengths are their blocks' —: a page stood between them all the same.) Serves text of one block to a
    line whose section titles a page may part (the Security Council's mandates in sections and subsections, in a
    script with case)."""
    words = text.split(None, 1)
    word = words[0] if words else ""
    if not (doc.lang.script.cased and len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return
    lower, capital = word_cases(doc)
    if word in capital or word.lower() in lower or _title_cased(before, lower) or _ends_capitalised(before):
        return
    doc.fired("capital-over-page-told", line)
    doc.warn("text-boundary-guessed", f"line {line}: heading line {text.strip()[:30]!r}, on a new page, joined to the "
             f"heading line before it, {before.strip()[-30:]!r}, as a title the page cut; it may be a heading of its "
             "own (its first word is written nowhere else to tell a name's from a common one)", line)


def _ends_capitalised(before: str) -> bool:
    """capital-over-page-told: whether the heading line at the page's foot ends on a capitalised word — a name the
    page cut ("… with the Economic Community of West" / page / "African States"; review, round forty-four): the line
    on the new page is that name's rest, and the join is no guess."""
    words = before.split()
    last = words[-1].strip(_WORD_EDGE) if words else ""
    return last[:1].isupper()


# capital-over-page-told: the punctuation around a word that _ends_capitalised strips before asking its first letter.
_WORD_EDGE = "\"'“”‘’«»()[],;:.-–—"


def _title_cased(heading: str, lower: frozenset[str]) -> bool:
    """Whether a heading line capitalises, after its first word, a word the text writes in lower case elsewhere: a
    title in title case ("Prevention of Illicit Exports of Petroleum, including Crude Oil and Refined Petroleum" /
    "Products"), whose wrap carries capitals on as it goes."""
    return any(w[0].isupper() and w[1:].islower() and w.lower() in lower for w in _WORD.findall(heading)[1:])


def _fire_wrapped(doc: Doc, line: int, unfit: bool, cut: bool, open_end: bool, lines: tuple[str, str]) -> None:
    """heading-wrapped, in the trace, with the rules that said so (lines: the heading line before and this one)."""
    doc.fired("heading-wrapped", line)
    if unfit and doc.full_columns:
        doc.fired("heading-width-in-columns", line)
    if cut:
        doc.fired("heading-cut-by-page", line)
        _tell_cut_in_columns(doc, *lines, line)
    if open_end:
        doc.fired("heading-ends-open", line)


def _cut_by_page(doc: Doc, before: str, text: str) -> bool:
    """heading-cut-by-page: a heading line that opens a page, right after a heading line long enough
    to have wrapped, is that heading's end, cut by the page — a title and a heading of its own are kept
    on one page with the paragraph they head (the UN's headings are kept with the next paragraph), so
    only a title's own lines are parted by a page. Serves paragraph-block text, where a block a heading
    (not a line) is cut in two at a page's end: "Financing of the budget estimates for the period from
    1 July 2023 to 30 June" / furniture / "2024". A label opens a heading of its own all the same."""
    return not (_is_label(doc.lang, text) or _is_label(doc.lang, before))


def _page_cut(doc: Doc, before: str, text: str, line: int, page_start: bool) -> bool:
    """Whether a page cut a heading after `before`, its line that had room for the next one's first word, and
    `text` on the page's first line goes on with it (heading-cut-by-page, unless heading-ends-before-page)."""
    return (page_start and _long_enough_for_page(doc, before, text) and not _ended_before_page(doc, line)
            and _cut_by_page(doc, before, text))


def _long_enough_for_page(doc: Doc, before: str, text: str) -> bool:
    """Whether heading line `before` is long enough to be a title the page cut (WRAPPED_HEADING). page-cut-heading-in-
    columns: in a script with wide characters (Chinese), measured in print, in columns, as short-heading-in-columns
    measures a wrap: a title line of 29 ideographs runs to 58 columns, twice what a title of Latin letters needs
    to count, though it holds fewer characters ("加强沿海灯塔管理…之间的区域" /
    page / "合作与港口的长期稳定" / "4. …": read as two headings, the title was
    cut in two). (Titled sections in Chinese text of one block to a line, whose blocks a page break cuts.) Only the
    columns say so: a line on the next page that opens with a label ("（一）", "A.", "第二部分") opens a heading of
    its own, and a join is told (_tell_cut_in_columns)."""
    if len(before) >= WRAPPED_HEADING:
        return True
    return (bool(doc.lang.script.wide) and doc.lang.script.columns(before) >= WRAPPED_HEADING
            and not _opens_with_label(doc.lang, text))


# page-cut-heading-in-columns: a part's or section's label in brackets ("（一）", "(B)") or before its stop, dash or
# enumeration comma ("A.", "一、") at a line's start.
_BRACKETED_LABEL = re.compile(r"[(\uff08](?P<label>[^\s()\uff08\uff09]{1,4})[)\uff09]")
_LABEL_BEFORE_COMMA = re.compile(r"(?P<label>[^\s.\u3001]{1,4})\u3001")


def _opens_with_label(lg: Lang, text: str) -> bool:
    """Whether a heading line opens with a label: an item's, a part's or section's (the tables' part_labels,
    section_labels, heading_labels), bare, in brackets or before its stop ("（一）看守人员的培训", "A. 航海图")."""
    if label(lg, text) is not None or _title_label(lg, text) is not None:
        return True
    if lg.heading_label is not None and lg.heading_label.match(text) is not None:
        return True
    m = _BRACKETED_LABEL.match(text) or _LABEL_BEFORE_COMMA.match(text)
    return m is not None and (m["label"] in lg.part_labels or m["label"] in lg.section_labels)


def _tell_cut_in_columns(doc: Doc, before: str, text: str, line: int) -> None:
    """page-cut-heading-in-columns, where it joined a heading line to the one before: only the line's width in
    columns said the page cut a title (its characters fall short of WRAPPED_HEADING), and a complete title of 15
    ideographs or more with a heading of its own on the next page reads the same — a guess, told."""
    if len(before) >= WRAPPED_HEADING:
        return
    doc.fired("page-cut-heading-in-columns", line)
    doc.warn("text-boundary-guessed", f"line {line}: heading line {text.strip()[:30]!r} joined to the heading line "
             f"before it, {before.strip()[-30:]!r}, as a title the page cut, by its width in columns", line)


def _ended_before_page(doc: Doc, line: int) -> bool:
    """heading-ends-before-page: in text that wraps its paragraphs at a printed width (blocks.Lines.wraps: PDF
    text, whose full lines mostly end inside a sentence), a heading line on a page's last line that had room for
    the next heading line's first word ended its heading, though a page break follows: a title the page cut would
    have run to the width first, as the wrap fills a line before it breaks it ("ولاية بعثة الأمم المتحدة … في
    مالي" / page / "مبادئ عامة", a section's title and its subsection's). heading-cut-by-page serves text of one
    block to a line, where a heading line is as long as the block the page cut. (The Security Council's mandates
    in sections and subsections, a section's title at a page's foot.)"""
    if not doc.wraps:
        return False
    doc.fired("heading-ends-before-page", line)
    return True


def _ends_open(doc: Doc, line: str) -> bool:
    """heading-ends-open: a heading line that ends with a word no title ends with (the table's
    continues_after: "and", "of", "и") goes on on the next line, however short it is — a heading cut
    where the extractor gave each line apart, or by a page ("… of the Durban Declaration and" /
    "Programme of Action")."""
    words = line.rsplit(None, 1)
    return len(words) == 2 and words[1].casefold() in doc.lang.continues_after


def _capital_after_short(doc: Doc, before: str, text: str, line: int) -> bool:
    """capital-after-short-heading: in a script with case, a heading line too short to have wrapped
    (WRAPPED_HEADING) that ends with a word no title ends with, before a line that opens with a capital,
    ended its title all the same: the capital opens a title of its own — a section's heading and its
    subsection's, one line each ("Hepatitis A" / "Prevention and testing"; "a", "и" and the like are
    letters as well as words). A title cut by a wrap, an extractor's line or a page is cut after a line
    long enough to have wrapped, and only there does heading-ends-open carry its next line, capital and
    all ("… of the Durban Declaration and" / "Programme of Action")."""
    first = text[:1]
    if len(before) >= WRAPPED_HEADING or not first.isupper() or first.lower() == first.upper():
        return False
    doc.fired("capital-after-short-heading", line)
    return True


def _too_short_to_wrap(doc: Doc, before: str, line: int) -> bool:
    """Whether heading line `before` is too short to have wrapped (WRAPPED_HEADING). short-heading-in-columns: in a
    script with wide characters (Chinese), measured in print, in columns, as heading-width-in-columns measures whether
    the next line's first character fitted: a line of 29 ideographs ran to 58 columns, the width of a narrow column of
    text ("支柱三：建立各国…以及加强联合国系统" / "在这方面的作用的措施" / "80. …"), though it holds fewer characters
    than a heading of Latin letters that never wrapped. (A resolution's titled sections, in Chinese PDF text.)"""
    if len(before) >= WRAPPED_HEADING:
        return False
    if not doc.full_columns or doc.lang.script.columns(before) < WRAPPED_HEADING:
        return True
    doc.fired("short-heading-in-columns", line)
    return False


def _would_not_fit(doc: Doc, line: str, word: str) -> bool:
    """Whether `word` would not have fitted on the heading line before. In a script with wide
    characters (Chinese) the widths are compared in print, in columns: a heading line of ideographs
    that ran to the width holds fewer characters than the text's full lines with digits in them."""
    lg = doc.lang
    if doc.full_columns:
        return lg.script.columns(line) + lg.script.columns(word) > doc.full_columns
    return len(line) + len(lg.join) + len(word) > doc.full


# A heading that opens with a part's or section's label, then its stop or dash and its title ("A. Pension
# Administration", "ألف - إدارة المعاشات"; "A.养恤金行政管理局", as Chinese text joins them).
_LABELLED_TITLE = re.compile(r"(?P<label>[^\s.]+)(?:\.|\s?[-\u2013])\s*\S")


def _title_label(lg: Lang, heading: str) -> tuple[int, int] | None:
    """The sequence (0: parts' labels, 1: sections') and the place in it of the label a heading opens with."""
    m = _LABELLED_TITLE.match(heading)
    if m is None:
        return None
    for seq, labels in enumerate((lg.part_labels, lg.section_labels)):
        if m["label"] in labels:
            return seq, labels.index(m["label"])
    return None


def announced_titles(doc: Doc, blocks: list[Block]) -> list[Block]:
    """announced-section-title: among the operative paragraphs, a numbered paragraph that announces what
    follows with a colon ("35. Approves the changes to the staffing table as set out in the table below:"),
    then an unnumbered block under a lettered heading ("A. Pension Administration" / "Abbreviations: …"),
    then the next paragraph of the numbering under the next label of the same sequence ("B. Office of
    Investment Management" / "36. …"): the heading is the title of the first of the things the paragraph
    announces (a table in sections, which plain text does not print), the block its note, and both are the
    rest of that paragraph, as the UN marks them — no quoted text (its headings are its own: "Article 10")
    and no section of the resolution, whose paragraphs the numbering would count. The heading goes back
    into the block's text, which then goes on with the paragraph (unnumbered-continues). (Budget
    resolutions that approve staffing tables by office.)"""
    lg = doc.lang
    number = lg.paragraph_number
    for k in range(1, len(blocks) - 1):
        before, b, after = blocks[k - 1], blocks[k], blocks[k + 1]
        if len(b.heads) != 1 or not after.heads or number.match(b.view) or label(lg, b.view) is not None:
            continue
        m, nxt = number.match(before.view), number.match(after.view)
        if m is None or nxt is None or int(nxt["num"]) != int(m["num"]) + 1 or not announces(before.text):
            continue
        here, then = _title_label(lg, b.heads[0]), _title_label(lg, after.heads[0])
        if here is None or then is None or then != (here[0], here[1] + 1):
            continue
        blocks[k] = replace(b.with_content(join(lg, [Marked(b.heads[0]), b.content])), heads=())
        doc.fired("announced-section-title", b.line)
    return blocks


def drop_headings(doc: Doc, blocks: list[Block], where: str) -> None:
    """Headings the model has no place for: reported, left out."""
    for b in blocks:
        for text in b.heads:
            doc.left_out.append(text)
            doc.warn("text-heading-dropped", f"heading {text[:60]!r} {where} left out (the model keeps "
                     "headings before operative paragraphs and, two at most, before their items)", b.line)


RULES: tuple[Rule, ...] = (
    Rule("announced-section-title", "classify", announced_titles, "after a numbered paragraph ending with a colon, "
         "a lettered heading over an unnumbered block, where the next label heads the next numbered paragraph, is "
         "the title of what the paragraph announces: heading and block are the rest of that paragraph"),
    Rule("heading", "blocks", HeadingRun.run, "unfinished one-line headings (up to three in a row) between a "
         "finished paragraph and the start of another"),
    # (block extractions of Arabic mandates that cut an item's text in two)
    Rule("conjunction-glued-no-title", "blocks", HeadingRun.glued_conjunction, "after an unfinished line, a line "
         "whose first word is a conjunction the language glues to its word (openings.apart_prefixes) and the article "
         "(openings.glued_articles) before a word the text writes on its own is the rest of the line above, no title"),
    Rule("head-line-before-first-number", "blocks", HeadingRun.head_before_first, "a line longer than a wrapped "
         "heading that opens with a paragraph's head, right before operative paragraph 1 and after no numbered "
         "paragraph, is the last preambular paragraph without its comma, not a heading"),
    Rule("heading-after-closed-item", "blocks", HeadingRun.closer_ended, "a line with a title's own label "
         "('Pillar 2 – …', 'II') after an item ended by its semicolon and a list's conjunction ('…; and') may be a "
         "heading, as after a finished line (a capital alone is no evidence)"),
    Rule("comma-inside-flat-title", "blocks", HeadingRun.comma_in_flat_title, "in flat text not justified, a line "
         "ending with a comma after a paragraph's end and before a bare line in lower case right before the paragraph "
         "numbered next is a title wrapped after a comma inside it"),
    Rule("long-title-kept", "blocks", HeadingRun._long_kept, "the run a long title opened (long-title-after-clause, "
         "title-between-blank-lines, title-between-indents) goes on to the title's last line"),
    Rule("heading-run-after-label", "blocks", HeadingRun.label_alone, "a section's label alone on its line ('VI') "
         "opens a run of headings whose title may wrap over more lines (up to eight in all)"),
    Rule("part-label-opens-run", "blocks", HeadingRun.part_label_run, "a part's label alone on its line ('B') after a "
         "finished line opens a run of headings as a section's label does: the part's title may wrap over more lines"),
    Rule("heading-label-with-word", "blocks", HeadingRun._word_label, "a line that is just a label with its word "
         "('Part I', 'Section 29A': the table's heading_labels) opens a run of headings as a section's label does"),
    Rule("colon-inside-title", "blocks", HeadingRun.colon_wrapped, "a title line the wrap ended after a colon "
         "inside the title goes on with the next, which opens in lower case and would not have fitted"),
    Rule("title-between-blank-lines", "blocks", HeadingRun.title_in_gaps, "where blank lines separate paragraphs, "
         "a heading a blank line opens, with no paragraph head, may wrap over up to eight lines"),
    Rule("long-title-after-clause", "blocks", HeadingRun.flat_title, "in flat text, a heading after a paragraph "
         "that ended with more than a comma, with no paragraph head, may wrap over up to eight full lines before a "
         "line that opens with a paragraph's head or number"),
    Rule("title-between-indents", "blocks", HeadingRun.indent_title, "in text that indents its paragraphs, a heading "
         "set flush after a paragraph that ended with more than a comma, with no paragraph head, may wrap over up to "
         "eight lines before an indented line"),
    Rule("title-ends-at-head", "blocks", HeadingRun._head_after_title, "in flat text, after a section's label "
         "alone on its line, its title ends where a line opens with a paragraph's head"),
    Rule("title-ends-at-gap-head", "blocks", HeadingRun._head_after_gap, "where blank lines separate paragraphs, "
         "after a section's label alone on its line, its title ends at a line a blank line opens with a paragraph's "
         "head"),
    Rule("title-ends-at-indented-head", "blocks", HeadingRun._indented_head, "in text that indents its paragraphs, "
         "after a section's label alone on its line, its title ends at a line indented deeper than the one before "
         "that opens with a paragraph's head"),
    Rule("title-before-page-head", "blocks", HeadingRun.head_opens_page, "in text that does not indent, a heading "
         "line at a page's foot ends its run where the next page's first line opens with a paragraph's head and the "
         "block rules open a paragraph there"),
    Rule("title-ends-at-page-head", "blocks", HeadingRun._finished_head_on_page, "after a section's label alone on "
         "its line, its title ends at a page's first line that opens with a paragraph's head and ends a clause"),
    Rule("title-ends-at-page-head-wrapped", "blocks", HeadingRun._clause_ends_below, "title-ends-at-page-head "
         "reads a page's first line whose clause ends on the line below it, in its block, as one that ends it"),
    Rule("comma-inside-gap-title", "blocks", HeadingRun.comma_in_gap_title, "where blank lines separate paragraphs, "
         "a line a blank line opens, with no paragraph head, ending with a comma, whose block goes on in lower case "
         "and ends unfinished right before a blank line and a numbered paragraph, is a title wrapped after a comma "
         "(never under a line ending with a colon)"),
    Rule("comma-title-before-page", "blocks", HeadingRun.title_before_page, "comma-inside-gap-title where a page "
         "breaks between the title's last line and the numbered paragraph under it"),
    Rule("comma-title-in-blocks", "blocks", HeadingRun.rest_in_block, "where blank lines separate paragraphs, "
         "a title's first line ending with a comma goes on in the block in lower case after the blank line, as "
         "comma-inside-gap-title reads its own block"),
    Rule("comma-inside-capital-title", "blocks", HeadingRun.capital_comma_title, "where paragraphs open in lower "
         "case, a line opening with a capital that ends with a comma, before an unfinished line in lower case right "
         "before a numbered paragraph, is a title wrapped after a comma"),
    Rule("labelled-run-ends-at-head", "blocks", HeadingRun.run_ended_at_head, "a run of headings after a section's "
         "label ends at a line that opens with a paragraph's head, though that line is unfinished"),
    Rule("colon-inside-labelled-title", "blocks", HeadingRun.colon_in_title, "in the run of headings a section's "
         "label alone on its line opens, a title line that ends with a colon before an unfinished line with no number, "
         "label or paragraph head (its subtitle) is still the title"),
    Rule("comma-inside-labelled-title", "blocks", HeadingRun.comma_in_title, "in the run of headings a section's "
         "label alone on its line opens, a title line that ends with a comma before a line in lower case is still the "
         "title"),
    Rule("title-after-label-on-line", "blocks", HeadingRun._label_before_title, "a line that opens with a label "
         "and its word, a colon or full stop and the title ('Part 2: Support to …') opens a run of headings as the "
         "label alone does"),
    Rule("long-line-with-head", "blocks", HeadingRun.headed, "a line longer than a wrapped heading that opens "
         "with a paragraph head is a paragraph that lost its final punctuation, not a heading"),
    Rule("unspread-item-end", "blocks", HeadingRun.unspread_item_end, "in justified text, an item's last line "
         "short of the full width and not widened ended its item: a heading may follow it"),
    Rule("comma-inside-flush-title", "blocks", HeadingRun.comma_in_flush_title, "in justified text set flush, a "
         "line after a finished paragraph, with no head, ending with a comma, before an unfinished line in lower case "
         "and a numbered paragraph, neither widened, is a title wrapped after a comma"),
    Rule("comma-inside-unspread-title", "blocks", HeadingRun.comma_in_unspread_title, "in justified text that "
         "indents its paragraphs, a flush title line after a finished paragraph that ends with a comma, before a "
         "flush line in lower case, neither widened, is a title wrapped after a comma"),
    Rule("colon-announces-no-title", "blocks", HeadingRun.announced, "a title wrapped after a comma inside it "
         "(comma-inside-indented-title) under a line that ends with a colon is told: the colon may announce it"),
    Rule("comma-inside-indented-title", "blocks", HeadingRun.comma_in_indented_title, "in text that indents its "
         "paragraphs, not justified, a flush title line ending with a comma before a flush line in lower case that "
         "ends unfinished right before an indented numbered paragraph is a title wrapped after a comma"),
    Rule("comma-inside-indented-title-wrapped", "blocks", HeadingRun._title_rest_end, "comma-inside-indented-title "
         "where the title's rest after its comma wraps over more than one flush line before the indented numbered "
         "paragraph"),
    Rule("long-paragraph-with-head", "blocks", HeadingRun.long_with_head, "a line that opens with a paragraph's head "
         "and runs longer than a long title is a paragraph, never a heading, whatever follows it"),
    Rule("comma-inside-wide-gap-title", "blocks", HeadingRun.comma_in_wide_gap_title, "in double-spaced text whose "
         "paragraphs stand further apart than its lines, a line after the wider gap and a finished paragraph, with no "
         "head, ending with a comma, before lines of its block in lower case that end unfinished right before the "
         "wider gap and a numbered paragraph, is a title wrapped after a comma"),
    Rule("widened-line-no-heading", "blocks", HeadingRun.widened, "in justified text, a line whose spaces were "
         "widened is no heading line: only a paragraph's wrapped lines are widened"),
    Rule("heading-after-title-item", "blocks", HeadingRun.title_item, "a heading may follow a short title item "
         "that has no final punctuation, over one line or more (not one that ends with a word that goes on)"),
    Rule("text-under-label-alone", "blocks", HeadingRun.text_under_label, "the line under an item's label alone on "
         "its line is the item's text, no heading: a label with nothing after it is no title item"),
    Rule("title-item-after-label-alone", "blocks", HeadingRun.text_after_label_alone, "heading-after-title-item "
         "where the item's label stood alone on its line, its text's first line under it not joined to it: that "
         "line is the item's first, as an opener's line is"),
    Rule("item-ended-before-fit", "blocks", _stopped_short, "a title item's last line that ended well "
         "before where the next line's first word would have ended (90 % of a full line) stopped short: a heading "
         "may follow it"),
    Rule("left-title-wrapped", "blocks", HeadingRun.title_wrapped_before_number, "item-left-text-column where the "
         "line back at the margin is a title's first line, wrapped over two lines without punctuation before the "
         "next paragraph's number, in a document that hangs an item's wrapped line at its text's column"),
    Rule("fitted-before-number", "blocks", HeadingRun.fitted_before_number, "a title item's last line without "
         "punctuation before a short line that a paragraph number follows ended the item where the short line's "
         "first word would have fitted within the full width: the short line is a heading"),
    Rule("heading-inside-list", "blocks", HeadingRun.inside_list, "a line after an item without punctuation is "
         "no heading when the line after it opens the list's next item: it is the item's rest"),
    Rule("item-rest-after-comma", "blocks", HeadingRun.comma_item_rest, "a line after an item whose line ends with "
         "a comma is no heading when the line after it opens the list's next item: it is the item's rest"),
    Rule("section-number-title", "blocks", HeadingRun.section_numbered, "a line that opens with a section's number "
         "and its letter ('2b : …') is a section's title however long, up to a long heading"),
    Rule("part-title-rest-unpaged", "blocks", HeadingRun.title_rest_unpaged, "in text of blocks whose pages do not "
         "show, the unfinished line in lower case after a part's title line under its label is the title's rest"),
    Rule("heading-after-wide-gap", "blocks", HeadingRun._wide_gap_before, "in double-spaced text whose paragraphs "
         "stand further apart than its lines, the wider gap ends a title item as a blank line does"),
    Rule("heading-after-gap", "blocks", HeadingRun.item_before_gap, "where blank lines separate paragraphs, a "
         "heading may follow a title item without punctuation that a blank line ended, however many lines it has"),
    Rule("long-heading-before-number", "blocks", HeadingRun.long_title, "in text of one paragraph to a line, a "
         "long unfinished line with no paragraph head before a numbered paragraph is a heading"),
    Rule("capital-of-common-word", "blocks", HeadingRun.common_word_capital, "where paragraphs open in lower case, "
         "a line before a numbered paragraph that opens with a capital on a word the text writes in lower case "
         "elsewhere, and never with its capital inside a line, opens a title: the item before it ended"),
    # (The Security Council's mandates in sections, tasks listed without punctuation, in English, Spanish, French PDF.)
    Rule("capital-after-lower-case-word", "blocks", HeadingRun.capital_after_lower_word, "where paragraphs open with "
         "a capital, a line before a numbered paragraph, after an item's line ending with a word in lower case, that "
         "opens with a capital on a word the text writes in lower case elsewhere and never with its capital right "
         "after a word in lower case (where a name opens), opens a title: the item before it ended"),
    Rule("colon-after-head-title", "blocks", HeadingRun.colon_after_head, "a line whose first or second word ends "
         "with a colon, a subtitle after it, opens a title though its first word is a paragraph's head"),
    Rule("colon-title-in-short-text", "blocks", HeadingRun.short_colon_title, "in flat text too short for its layout "
         "to show, a line in the title's 'theme: subtitle' form after a finished line and right before a numbered "
         "paragraph is a title however long, as where the layout shows (not a head of the table before a name with a "
         "colon: 'Recalling Rio+20: …')"),
    Rule("number-after-heading", "blocks", HeadingRun.number_after_title, "a paragraph number opens the line after "
         "a heading wrapped over lines with no paragraph head, however long its last line"),
    Rule("colon-after-cut-first-line", "blocks", HeadingRun.stop_cut_first_line, "a line ending with a colon under "
         "a numbered paragraph's first line that ran to the width and ends with an amount's unit abbreviated (a "
         "figure, a short word and a full stop, where the wrap cut) is that paragraph's rest, not a heading over the "
         "next number"),
    Rule("colon-heading-joined", "blocks", HeadingRun.colon_title, "a heading may end with a colon where a numbered "
         "paragraph opens on the next line"),
    Rule("part-title-after-label", "blocks", HeadingRun.part_title, "the line right after a part's label that "
         "opens with no paragraph head is the part's title, however long (up to a long heading)"),
    Rule("long-heading-in-wide-text", "blocks", HeadingRun.unprinted_flat, "flat text whose full line is wider than "
         "any printed one was never wrapped: long-heading-before-number reads its long headings"),
    Rule("title-between-label-and-number", "blocks", HeadingRun.title_before_number, "in text of one paragraph to a "
         "line, an unfinished line with no paragraph head between a section's label and a numbered paragraph is the "
         "section's title, however long (up to 600 characters)"),
    Rule("title-rest-after-comma", "blocks", HeadingRun.rest_after_comma, "the line after a part's title line "
         "that ended with a comma inside the title (comma-inside-labelled-title), in lower case with no paragraph "
         "head, is the title's rest, however long (up to a long heading)"),
    Rule("title-cut-before-number", "blocks", HeadingRun.rest_before_number, "for title-between-label-and-number, "
         "a page's first line in lower case, unfinished, with no number or label, may stand between the title and "
         "the numbered paragraph: the title's rest, which the page cut"),
    Rule("part-title-before-page-head", "blocks", HeadingRun.part_title_at_foot, "title-before-page-head where the "
         "heading line at the page's foot is a part's title right after its label alone on its line, though it ran "
         "nearly to the width"),
    Rule("part-title-across-page", "blocks", HeadingRun.title_across_page, "the line opening a page right after a "
         "part's title line that the page cut unfinished, with no paragraph head, is the title's rest, however long "
         "(up to a long heading)"),
    # (UN print as pdftotext -layout gives it: an item's wrapped lines hang under its text, after the label's tab.)
    Rule("text-column-no-heading", "blocks", HeadingRun.hangs, "a line set in at the column where an item's text "
         "stands after its label and a tab (or under a line that hung so) is no heading — after a finished line, only "
         "a line in lower case or one after a clause's comma"),
    # (UN print as pdftotext -layout gives it: a paragraph's own list numbered "一.", its numerals before a tab.)
    Rule("numeral-tab-no-heading", "blocks", HeadingRun.numeral_item, "a line that opens with a list's numeral "
         "before a tab (numeral-tab-column), whose next lines hang at its text's column and end with a clause's comma "
         "or semicolon, is an item's first line, no heading"),
    # (UN print as pdftotext -layout gives it: an item's wrapped lines hang under its text, never back at the margin.)
    Rule("item-left-text-column", "blocks", HeadingRun.left_text_column, "an item's line that hung at its text's "
         "column ended the item where the line after it stands back at the margin, with no number or label (a title "
         "item before a heading)"),
    # (UN print as pdftotext -layout gives it: a list's text without a label between two items, at their text column.)
    Rule("list-text-at-column", "blocks", HeadingRun.list_text_at_column, "after an item's end, a run of lines at "
         "the column its text stands at that ends with a colon before a labelled item is the list's text, no heading"),
    Rule("heading-after-blank", "blocks", HeadingRun.inside_block, "where blank lines separate paragraphs, a line "
         "with no blank line before it, on no page's first line and in no run of headings, is no heading"),
    Rule("first-part-label", "blocks", HeadingRun.heading_at, "right after the formula only a label of a few "
         "characters is a heading (a first part's 'A')"),
    Rule("bold-heading", "blocks", HeadingRun.bold, "a text the PDF or Word file set in bold between paragraphs "
         "is a heading, however long or wrapped"),
    Rule("heading-before-cut-rest", "blocks", HeadingRun.rest_follows, "in text of one paragraph to a line whose "
         "paragraphs open with a capital, an unfinished line before a line in lower case that is no heading line is "
         "no heading: the two are a paragraph an extractor cut"),
    Rule("title-ends-closed", "blocks", HeadingRun.ends_open, "a run of heading lines never ends on a word "
         "after which a sentence goes on (continues_after): that line is the paragraph's last"),
    Rule("function-word-alone-not-title", "blocks", HeadingRun.function_word_alone, "in a script without spaces, "
         "a line that holds only a function word a clause never ends with (cut_endings: '或'), before a line a number "
         "or label opens, is no title: it ends the item before"),
    Rule("page-cut-heading-in-columns", "headings", _long_enough_for_page, "in a script with wide characters, a "
         "heading line the page cut is long enough to be a title's first line by its width in print, in columns"),
    Rule("heading-wrapped", "headings", attach_headings, "a heading line goes on with the one before when it "
         "starts in lower case or that line wrapped"),
    Rule("heading-apart-by-blank", "headings", _blank_before, "in wrapped text whose blank lines separate "
         "paragraphs, a heading line after a blank line opens a heading of its own: the wrap puts no blank line "
         "inside a title"),
    Rule("subheading-of-inflected-word", "headings", _inflected_common, "for subheading-of-common-word, a heading "
         "line's first word the text writes in lower case in another form only (its stem opens a word in lower case, "
         "no word of that stem has a capital inside a line), on a line of that one word, opens a heading of its own"),
    Rule("heading-cut-by-page", "headings", _cut_by_page, "a heading line that opens a page, right after a "
         "heading line of 30 characters or more, is that heading's end: a page parts only a title's own lines"),
    Rule("capital-over-page-told", "headings", _capital_over_page_told, "heading-cut-by-page's join of a heading "
         "line that opens the next page with a capital on a word the text writes nowhere else ('… of the fishing "
         "villages' / page / 'Humanitarian assistance'): joined as before, told"),
    Rule("subheading-of-common-word", "headings", common_word_opens, "in a script with case, a heading line that "
         "opens with a capital on a word the text writes in lower case, never with its capital inside a line, opens "
         "a heading of its own though the width says the line before wrapped"),
    Rule("bold-heading-goes-on", "headings", bold_goes_on, "a heading line goes on with the heading before where the "
         "two begin one text the file set as a heading (a PDF's bold lines, a Markdown extraction's heading or bold "
         "block), wherever the width says the line before ended"),
    Rule("heading-cut-by-notes", "headings", _notes_between, "a page's notes, or their rule, between two heading "
         "lines stand at a page's foot: the second line opens a page, for heading-cut-by-page"),
    Rule("heading-goes-on-at-number", "headings", _number_goes_on, "in a script with spaces, a heading line that "
         "opens with a bare number goes on with a long heading line before it that ended with no punctuation"),
    Rule("heading-ends-before-page", "headings", _ended_before_page, "in text wrapped at a printed width, a heading "
         "line that had room for the next one's first word ended its heading, though a page follows: "
         "heading-cut-by-page does not join them"),
    Rule("heading-opens-with-label", "headings", _labelled, "a heading line that opens with a label and "
         "its word ('Part 2:') or a section's number ('2a.') opens a heading of its own, though the line before ran to "
         "the width"),
    Rule("heading-ends-open", "headings", _ends_open, "a heading line that ends with a word no title ends with "
         "('and', 'of') goes on on the next line"),
    Rule("capital-after-short-heading", "headings", _capital_after_short, "in a script with case, a heading line "
         "shorter than a wrapped one that ends with an open word, before a line opening with a capital, ends its "
         "title: heading-ends-open does not carry that line"),
    Rule("short-heading-in-columns", "headings", _too_short_to_wrap, "in a script with wide characters, whether a "
         "heading line is too short to have wrapped (under 30) is told by its width in print (columns), not by its "
         "number of characters: a line of 29 ideographs ran to 58 columns"),
    Rule("heading-width-in-columns", "headings", _would_not_fit, "in a script with wide characters, whether a "
         "heading line wrapped is told by its width in print (columns), not by its number of characters"),
)
