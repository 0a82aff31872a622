"""Stage `classify`: headings given to paragraphs, then preambular paragraphs told from operative
ones and operative paragraphs built with their sub-paragraphs — for the resolution's body, the
considerations printed before its formula, and each of its parts, in that order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import islice

from ..labels import announces, continues, is_bullet, opens_announced_item
from ..langs import Lang, fold_word, punctuation, quote_pairs
from . import guessed
from .blocks import finished, label_read_on_message
from .headings import HEADING_MAX, announced_titles, attach_headings, drop_headings
from .marked import join, normalize_text, rest, slice_view
from .nesting import add_sub
from .openings import BULLET, STRAIGHT_QUOTES, _quoted, label, opening, starts_with_head
from .ruleset import Rule
from .segment import formula_text
from .state import Block, Doc, OpDraft, Pieces

_COMMAS = tuple(punctuation("comma"))  # a preambular paragraph ends with a comma
_PARAGRAPH_ENDS = tuple(punctuation("semicolon", "full_stop"))  # how an operative paragraph ends
_COLONS = tuple(punctuation("colon"))  # a paragraph that announces a quoted text or a list ends with a colon


def classify(doc: Doc) -> None:
    """Stage: doc.preamble and doc.operative, and each part's."""
    # (The blocks pass to split_preamble, which lets each go once read: a long text is not held
    # twice, as blocks and as drafts.)
    top, doc.top = doc.top, []
    headed = _heading_lines(doc, top)
    if doc.parts:
        # A resolution in parts: what comes before the first part is the preamble they share.
        doc.preamble, doc.operative = preamble_headings(doc, attach_headings(doc, top)), []
    else:
        doc.preamble, doc.operative = split_preamble(doc, attach_headings(doc, _given(top)))
    if doc.lead:
        lead = preamble_headings(doc, attach_headings(doc, doc.lead))
        doc.preamble = lead + doc.preamble
    formulas = {normalize_text(doc.lang, f) for f in doc.lang.formulas}
    preambular = _preambular_heads(doc)
    for part in doc.parts:
        body = attach_headings(doc, _given(part.blocks))
        if body and (formula_text(doc.lang, body[0].text) in formulas
                     or (not body[0].marks and doc.lang.body_by_formula(body[0].text) is not None)):
            part.formula = normalize_text(doc.lang, body.pop(0).text)
        elif body and (f := next((f for f in formulas if body[0].content.view.startswith(f + doc.lang.join)), None)):
            # part-formula-run-in: the formula and the first paragraph on lines with no blank or
            # indent between them.
            part.formula = f
            body[0] = body[0].with_content(slice_view(body[0], len(f + doc.lang.join)))
            doc.fired("part-formula-run-in", body[0].line)
        part.preamble, part.operative = split_preamble(doc, body, preambular)
        if not part.operative:
            doc.warn("text-part-empty", f"part {part.label!r} has no operative paragraph", part.line)
    tell_labels_after_clause(doc, headed)
    guessed.tell(doc)  # (the preambles known: where their boundaries were guessed)


def _heading_lines(doc: Doc, top: list[Block]) -> set[int]:
    """label-alone-after-clause-told: of the lines blocks noted (doc.labels_after_clause), those read as headings."""
    if not doc.labels_after_clause:
        return set()
    blocks = [*top, *doc.lead, *(b for part in doc.parts for b in part.blocks)]
    return {n for n in doc.labels_after_clause
            if any(b.heading and b.line <= n < b.line + b.lines for b in blocks)}


def tell_labels_after_clause(doc: Doc, headed: set[int]) -> None:
    """label-alone-after-clause-told (noted by blocks.py's label_after_clause_told): a section's label with its stop
    alone after a clause's comma or semicolon that was read as other than a heading — the rest of a paragraph, an
    item, a wrap-up or a preambular paragraph of its own — is told once, here, whatever read it so; the reading
    stays. (Resolutions in sections labelled with a stop, in flat or set-in PDF text.)"""
    for n in sorted(set(doc.labels_after_clause) - headed):
        doc.fired("label-alone-after-clause-told", n)
        doc.warn("text-boundary-guessed", label_read_on_message(n, doc.labels_after_clause[n]), n)


def _given(blocks: list[Block]) -> list[Block]:
    """The blocks, in a list that alone holds them (the one given is emptied)."""
    out = blocks[:]
    blocks.clear()
    return out


def _preambular_heads(doc: Doc) -> frozenset[str]:
    """The opening phrases of the unnumbered paragraphs of a resolution's parts that end with a comma, as
    preambular paragraphs do (unpunctuated-preamble-head)."""
    number = doc.lang.paragraph_number
    return frozenset(head for part in doc.parts for b in part.blocks
                     if not b.heading and b.text.rstrip().endswith(_COMMAS) and not number.match(b.view)
                     and (head := opening(doc.lang, b.view)) is not None)


def split_preamble(doc: Doc, blocks: list[Block],
                   preambular: frozenset[str] = frozenset()) -> tuple[list[Block], list[OpDraft]]:
    """The preambular paragraphs and the operative ones: these start at the first numbered
    paragraph (unnumbered-operative: in an unnumbered resolution, at the first paragraph that does
    not end with a comma). The list given is emptied, its blocks let go as they are read.
    preambular: the opening phrases of the parts' paragraphs that end with a comma
    (unpunctuated-preamble-head)."""
    merged = merge_out_of_sequence(doc, embedded_draft(doc, _given(blocks)))
    number = doc.lang.paragraph_number
    first_op = next((i for i, b in enumerate(merged) if number.match(b.view)), None)
    if first_op is not None and lead_in(merged, first_op):
        first_op -= 1
        doc.fired("lead-in-before-numbered", merged[first_op].line)
    if first_op is None:
        first_op = next((i for i, b in enumerate(merged) if not _comma_ended(doc, b)), len(merged) - 1)
        if merged:
            first_op = _unpunctuated_preamble(doc, merged, first_op, preambular)
            doc.fired("unnumbered-operative", merged[min(first_op, len(merged) - 1)].line)
            first_op = _unnumbered_boundary(doc, merged, first_op)
    preamble = preamble_headings(doc, preamble_items(doc, merged[:first_op]))
    ops: list[OpDraft] = []
    # (read from the end of the reversed list: each block let go once read)
    rest = item_headings_with_colon(doc, headings_with_colon(doc, announced_titles(doc, merged[first_op:])))
    rest = titles_between_numbered(doc, title_colon_cut(doc, rest))[::-1]
    del merged
    while rest:
        _operative_block(doc, ops, rest.pop(), lambda: _next_number(doc, rest))
    return preamble, ops


# comma-in-open-quotation: a colon, then the opening mark of a quotation (of a pair that opens and closes
# with distinct marks: a straight quote could close as well as open).
_ANNOUNCED_QUOTE = re.compile("[" + re.escape("".join(_COLONS)) + r"]\s*([" + re.escape(
    "".join(p[0] for p in quote_pairs() if len(p) == 2)) + "])")
_CLOSER = {p[0]: p[1] for p in quote_pairs() if len(p) == 2}


# title-colon-cut: of the last words before a colon (up to this many), this many at least open with a capital, the
# last among them — a title's words ("… on Business and Human Rights:"), no announcing phrase ("… as follows:",
# "…, including by:"). Why 3 and 2: a title of the UN's capitalises its nouns and adjectives, not its short linking
# words ("of", "and", "on"), so of any three last words of a title one at most is a linking word ("Rule of Law",
# "Business and Human Rights", "Our Common Future"): two capitals of three take them all; two of two would refuse
# "… the Rule of Law:" ("of Law"), and the last word's capital alone would take any colon after one capitalised word
# inside a sentence ("… to be held in Geneva:", "… translated into English:").
TITLE_WORDS_SEEN = 3
TITLE_WORDS_CAPITAL = 2
# the told block, as the warning shows it
TITLE_REST_SHOWN = 60


def title_colon_cut(doc: Doc, blocks: list[Block]) -> list[Block]:
    """title-colon-cut: among numbered paragraphs, a block with no number, label, heading or paragraph's head that
    opens with a capital and ends its clause ("Implementing the United Nations … Framework, noting …;"), alone between
    a numbered paragraph that ends with a colon right after a title's words in capitals ("18. Encourages … to respect
    … the Guiding Principles on Business and Human Rights:") and the next paragraph of the numbering ("19. …"), is the
    rest of that paragraph: a page break cut a title after its colon, as colon-before-capital reads in the preamble.
    Three cues agree: the words before the colon are a title's, not a phrase that announces ("… as follows:", "…,
    including by:", whose last word is in lower case); the paragraph says nothing that announces what follows its
    colon (the table's list_announcers: "the following", "as follows", "suivant(e)s", "siguientes", "следующие");
    and the capitalised words before the colon hold no word of a place's or a body's name (the table's name_ends:
    "… at United Nations Headquarters:", "… by the Committee on …:", "… des Nations Unies :", "… Наций:") — a colon
    after a name announces as often as not. What the colon would announce is then one thing alone, no list
    (announced-items reads the things a colon announces, each a paragraph without a number, where they are more than
    one or the colon follows words in lower case). The input still cannot decide — one thing announced after a title
    prints the same —, so the join is told (text-boundary-guessed, "title-colon"). (A script without case shows no
    title's capitals: there the block stays an announced item. The UN keeps the capitals of names in French, Spanish
    and Russian, whose titles are in lower case after their first word: there the rule meets names more than titles,
    and name_ends and list_announcers keep it off them.) Read as an item, the rest was an operative paragraph of its
    own, one too many, silently."""
    lg = doc.lang
    number = lg.paragraph_number
    k = 1
    while k < len(blocks) - 1:
        before, b, after = blocks[k - 1], blocks[k], blocks[k + 1]
        m, nxt = number.match(before.view), number.match(after.view)
        if (m is None or nxt is None or int(nxt["num"]) != int(m["num"]) + 1 or before.line in doc.numbered_items
                or after.line in doc.numbered_items or not _cut_title_rest(doc, before, b)):
            k += 1
            continue
        joined = join(lg, [before.content, b.content])
        blocks[k - 1] = replace(before.with_content(joined), lines=before.lines + b.lines)
        del blocks[k]
        doc.fired("title-colon-cut", b.line)
        text = b.text.strip()
        shown = text if len(text) <= TITLE_REST_SHOWN else text[:TITLE_REST_SHOWN] + "…"
        doc.warn("text-boundary-guessed", f"title-colon: the block \"{shown}\", alone after paragraph {m['num']}'s "
                 f"colon after a title's capitals, is read as the rest of paragraph {m['num']} (a title a page cut "
                 f"after its colon), not as the one thing the colon announces", b.line)
    return blocks


def _cut_title_rest(doc: Doc, before: Block, b: Block) -> bool:
    """For title-colon-cut: whether block b, after the numbered block before, is the rest of a title its colon ended."""
    lg = doc.lang
    text = b.text.strip()
    if b.heads or number_or_label(doc, b) or not text[:1].isupper() or not text.endswith(_PARAGRAPH_ENDS):
        return False
    if starts_with_head(lg, text) or not opens_announced_item(text) or not announces(before.text):
        return False
    words = before.text.rstrip().rstrip("".join(_COLONS)).split()
    if len(words) < TITLE_WORDS_SEEN or not words[-1][:1].isupper():
        return False
    if sum(w[:1].isupper() for w in words[-TITLE_WORDS_SEEN:]) < TITLE_WORDS_CAPITAL:
        return False
    return not _announces_list(lg, before.text) and not _name_before_colon(lg, words)


_WORD_EDGES = "\"'“”‘’«»()[],;:.!?"


def _announces_list(lg: Lang, text: str) -> bool:
    """For title-colon-cut: whether a paragraph holds a word of the table's list_announcers ("the following …:", "…
    as follows:"), by which it announces what follows its colon. (In a script without spaces, inside the text.)"""
    if not lg.script.spaced:
        return any(a in text for a in lg.list_announcers)
    return any(fold_word(w.strip(_WORD_EDGES)) in lg.list_announcers for w in text.split())


def _name_before_colon(lg: Lang, words: list[str]) -> bool:
    """For title-colon-cut: whether the run of capitalised words before the colon (short linking words of the table's
    continues_after between them, "Committee on Administrative and Budgetary Questions") holds a word of the table's
    name_ends, a place's or a body's name ("United Nations Headquarters", "Organisation des Nations Unies")."""
    for w in reversed(words):
        bare = w.strip(_WORD_EDGES).replace("’", "'").split("'")[-1]  # (past an elided article: "l'Organisation")
        if not bare[:1].isupper():
            if fold_word(bare) in lg.continues_after:
                continue
            return False
        if fold_word(bare) in lg.name_ends:
            return True
    return False


def number_or_label(doc: Doc, b: Block) -> bool:
    """Whether block b opens with a paragraph number or an item's label."""
    return doc.lang.paragraph_number.match(b.view) is not None or label(doc.lang, b.view) is not None


# title-between-numbered: a section's title runs to two or three printed lines at most ("Role of the Department of
# Global Communications in strengthening dialogue among civilizations … among nations", 180 characters); a block
# longer than this is a paragraph's text that lost its end, whatever stands around it.
TITLE_MAX = 320
# (the warning quotes the block moved up to this many characters: enough to find it in the text)
TITLE_SHOWN = 80


def titles_between_numbered(doc: Doc, blocks: list[Block]) -> list[Block]:
    """title-between-numbered: among numbered paragraphs, a block with no number, label or note mark and no
    punctuation at its end, that opens with a capital and with no paragraph's head, after a numbered paragraph's
    block, finished ("88. … de l’Organisation;"), and before the next paragraph of the numbering ("89. Prie …"),
    is a section's title that heads that paragraph ("Rôle du Département de la communication globale dans les
    opérations de maintien de la paix, …" over three lines), too long for the heading rules (a page break before
    it, or a page's notes inside it, left it a block of its own): a paragraph's text ends with punctuation, and a
    page break that cut the paragraph before would not leave it finished. (Sections titled by their subject in
    long omnibus resolutions, A/RES/77/128 B; without this the title ran into the paragraph before,
    unnumbered-continues, silently.) Nothing in the text rules out the rest of the paragraph before, cut after a
    finished item ("… Council; the Human Rights Council;" / "United Nations Educational, … Organization"): the
    reading is told (text-boundary-guessed, naming the block moved to the next paragraph's heading)."""
    lg = doc.lang
    number = lg.paragraph_number
    last: int | None = None
    keep: list[Block] = []
    for k, b in enumerate(blocks):
        m = number.match(b.view)
        if m is not None and b.line not in doc.numbered_items:
            last = int(m["num"])
        elif last is not None and 0 < k < len(blocks) - 1 and _title_between(doc, keep[-1], b, blocks[k + 1], last):
            title = b.text.strip()
            blocks[k + 1] = replace(blocks[k + 1], heads=(*b.heads, title, *blocks[k + 1].heads))
            shown = title if len(title) <= TITLE_SHOWN else title[:TITLE_SHOWN] + "…"
            doc.warn("text-boundary-guessed", f"a block with no final punctuation (\"{shown}\") between paragraphs "
                     f"{last} and {last + 1} is read as the heading of paragraph {last + 1}, not as the end of "
                     f"paragraph {last}", b.line)
            doc.fired("title-between-numbered", b.line)
            continue
        keep.append(b)
    return keep


def _title_between(doc: Doc, before: Block, b: Block, after: Block, last: int) -> bool:
    """For title-between-numbered: whether block b, between before and after, is the title of the paragraph after."""
    lg = doc.lang
    text = b.text.rstrip()
    if b.marks or not text or len(text) > TITLE_MAX or not text[-1].isalnum() or not text[:1].isupper():
        return False
    if label(lg, b.view) is not None or starts_with_head(lg, b.view) or b.line in doc.numbered_items:
        return False
    # (the paragraph before is a numbered one, whole: after an unnumbered block — an item a colon announced, "2. Takes
    # note of the following reports:" / "Report of …;" / "Report of …" — the block is the list's last item)
    if not before.text.rstrip().endswith(_PARAGRAPH_ENDS) or lg.paragraph_number.match(before.view) is None:
        return False
    m = lg.paragraph_number.match(after.view)
    return m is not None and int(m["num"]) == last + 1 and after.line not in doc.numbered_items


def _comma_ended(doc: Doc, b: Block) -> bool:
    """Whether a block ends with a comma as a preambular paragraph does (unnumbered-operative) — not where the
    comma stands inside a quotation the block announced by a colon and left open (comma-in-open-quotation:
    "… постановляет … просить Международный Суд вынести … заключение по следующему вопросу:" / "«Исходя … из
    Устава …, обязанности защищать и сохранять морскую среду," — the quoted question's first clauses, which a
    page break cut from its items, joined to the paragraph that asks it). A preambular paragraph closes the
    quotations it opens."""
    text = b.text.rstrip()
    if not text.endswith(_COMMAS):
        return False
    m = _ANNOUNCED_QUOTE.search(text)
    if m is None:
        return True
    opener, rest_of = m.group(1), text[m.end(1):]
    if rest_of.count(_CLOSER[opener]) >= rest_of.count(opener) + 1:
        return True
    doc.fired("comma-in-open-quotation", b.line)
    return False


def _unpunctuated_preamble(doc: Doc, blocks: list[Block], first: int, preambular: frozenset[str]) -> int:
    """unpunctuated-preamble-head: in an unnumbered part of a resolution in parts, a first paragraph whose
    end lost its punctuation altogether (no comma, semicolon or full stop: "审议了秘书长…的报告以及行预咨委会的
    有关报告36" / "表示注意到…；") is preambular when it opens with a phrase that opens, in another part, a
    paragraph ending with a comma: the parts of a budget resolution open alike ("Having considered the report
    …,"), and only the comma, which this one lost, told it from an operative paragraph. Another paragraph
    must follow it, to be the part's operative one."""
    b = blocks[first] if first + 1 < len(blocks) else None
    if b is None or b.text.rstrip()[-1:] in _ANY_END or opening(doc.lang, b.view) not in preambular:
        return first
    doc.fired("unpunctuated-preamble-head", b.line)
    return next((i for i in range(first + 1, len(blocks)) if not blocks[i].text.rstrip().endswith(_COMMAS)),
                len(blocks) - 1)


# Whatever ends a paragraph's last clause: a paragraph ending with none of these lost its end.
_ANY_END = frozenset(punctuation("comma", "semicolon", "colon", "full_stop"))


def _next_number(doc: Doc, rest: list[Block]) -> int | None:
    """The number of the next numbered paragraph among the blocks not read yet (read from the end)."""
    number = doc.lang.paragraph_number
    for b in reversed(rest):
        if (m := number.match(b.view)) and b.line not in doc.numbered_items:
            return int(m["num"])
    return None


def _unnumbered_boundary(doc: Doc, blocks: list[Block], first: int) -> int:
    """unnumbered-boundary: a preambular paragraph that ends with a semicolon (a slip: "…;" where "…,"
    was meant) does not end the preamble when the paragraphs right after it open with an opening
    phrase and end with a comma, as only preambular paragraphs do (operative ones end with a
    semicolon or a full stop; a labelled item is neither): the operative part starts after them."""
    j = first + 1
    while (j < len(blocks) - 1 and blocks[j].text.rstrip().endswith(_COMMAS)
           and label(doc.lang, blocks[j].view) is None and opening(doc.lang, blocks[j].view) is not None):
        j += 1
    if j == first + 1:
        return first
    doc.fired("unnumbered-boundary", blocks[j].line)
    return j


def preamble_headings(doc: Doc, blocks: list[Block]) -> list[Block]:
    """preamble-heading-paragraph: a heading among the preambular paragraphs (the Security Council's
    "Degrading the threat posed by Al-Shabaab, and the Arms Embargo on Al-Shabaab" between two of
    them), which the model has no place for — its headings head operative paragraphs —, is kept as a
    preambular paragraph of its own where it stands, as the UN's AKN reader reads such a line, not
    left out."""
    out: list[Block] = []
    for b in blocks:
        for text in b.heads:
            doc.fired("preamble-heading-paragraph", b.line)
            out.append(Block(text, (), b.line))
        out.append(replace(b, heads=()) if b.heads else b)
    return out


def preamble_items(doc: Doc, blocks: list[Block]) -> list[Block]:
    """preamble-items: labelled items after a preambular paragraph that ends with a colon ("Welcoming
    … including:" / "(a) …," / "(b) …,") are that paragraph's: the model's preambular paragraphs have
    no items, so they join its text, labels and all, as the AKN reader reads such a list."""
    out: list[Block] = []
    items: dict[int, list[Block]] = {}  # the items joined to a block, by its index in out
    for b in blocks:
        if out and label(doc.lang, b.view) is not None and (
                len(out) - 1 in items or out[-1].text.rstrip().endswith(_COLONS)):
            items.setdefault(len(out) - 1, []).append(b)
            doc.fired("preamble-items", b.line)
            continue
        out.append(b)
    for k, more in items.items():
        out[k] = out[k].with_content(join(doc.lang, [out[k], *more]))
    return out


def headings_with_colon(doc: Doc, blocks: list[Block]) -> list[Block]:
    """heading-with-colon: among operative paragraphs, a one-line block ending with a colon that
    stands right before the next numbered paragraph of the sequence is that paragraph's heading
    ("United Nations and International Support:", "Reports:" of the Security Council's mandates):
    a paragraph ending with a colon announces a list or a quoted text, which would come first."""
    number = doc.lang.paragraph_number
    out: list[Block] = []
    last = 0  # the number of the last numbered paragraph
    for k, b in enumerate(blocks):
        m = number.match(b.view)
        if m:
            last = int(m["num"])
        nxt = number.match(blocks[k + 1].view) if k + 1 < len(blocks) else None
        if (not m and nxt and last and int(nxt["num"]) == last + 1 and b.lines == 1 and len(b.text) <= HEADING_MAX
                and b.text.rstrip().endswith(_COLONS) and label(doc.lang, b.view) is None):
            doc.fired("heading-with-colon", b.line)
            heads = (*b.heads, normalize_text(doc.lang, b.text), *blocks[k + 1].heads)
            blocks[k + 1] = replace(blocks[k + 1], heads=heads)
            continue
        out.append(b)
    return out


def item_headings_with_colon(doc: Doc, blocks: list[Block]) -> list[Block]:
    """item-heading-with-colon: among a paragraph's items, a one-line block ending with a colon that
    stands right before an item continuing the sequence of an item before it ("(ii) … as
    appropriate;" / "Urgent temporary measures:" / "(iii) To urgently …", the Security Council's
    mandates in sections) is that item's heading (model 1.2): an item ending with a colon announces
    a list of its own, whose first label would come next, not the next of its sequence."""
    lg = doc.lang
    out: list[Block] = []
    for k, b in enumerate(blocks):
        nxt = label(lg, blocks[k + 1].view) if k + 1 < len(blocks) else None
        # (A line holding a comma, "and, in the context of …, through the following:", "在当前…行动中，
        # 通过以下方式…：", is words between two items, kept with the item before; such a heading
        # holds none, in lower case too — the Russian texts' "экстренные временные меры:".)
        if (nxt and b.lines == 1 and len(b.text) <= HEADING_MAX and b.text.rstrip().endswith(_COLONS)
                and not any(c in b.view for c in _COMMAS)
                and label(lg, b.view) is None and lg.paragraph_number.match(b.view) is None
                and _continued(lg, out, nxt[0])):
            doc.fired("item-heading-with-colon", b.line)
            heads = (*b.heads, normalize_text(lg, b.text), *blocks[k + 1].heads)
            blocks[k + 1] = replace(blocks[k + 1], heads=heads)
            continue
        out.append(b)
    return out


def _continued(lg: Lang, before: list[Block], nxt: str) -> bool:
    """Whether label nxt goes on from the label of an item among the blocks before, back to the
    paragraph they belong to (a numbered one)."""
    for b in reversed(before):
        if lg.paragraph_number.match(b.view) is not None:
            return False
        lab = label(lg, b.view)
        if lab is not None and continues(lab[0], nxt):
            return True
    return False


def lead_in(blocks: list[Block], first_op: int) -> bool:
    """lead-in-before-numbered: the one paragraph between the formula and paragraph 1, when it ends
    with a colon, is an unnumbered operative lead-in ("Resolves that, for 2023:" of the budget
    resolutions, which have no preamble), not a preambular paragraph (those end with a comma). After
    preambular paragraphs a line ending with a colon is the preamble's ("Acting under Chapter VII of
    the Charter of the United Nations:")."""
    return first_op == 1 and not blocks[0].heads and blocks[0].text.rstrip().endswith(_COLONS)


def merge_out_of_sequence(doc: Doc, blocks: list[Block]) -> list[Block]:
    """number-out-of-sequence: a number that does not continue the sequence is text that wrapped
    onto a line start (one number may be missing: its paragraph lost its number in extraction) —
    or a quoted text's own numbering ("Article 8" / "1. In discharging …")."""
    number = doc.lang.paragraph_number
    expected = 1
    item = 0  # the next item's number in a list numbered 1, 2… under a sub-paragraph (numbered-items)
    merged: list[Block] = []
    into: dict[int, list[Block]] = {}  # the blocks merged into a block (joined once, below), by its index
    for i, b in enumerate(blocks):
        m = number.match(b.view)
        item = _next_item(doc, b, m, expected, item, merged)
        if item and b.line in doc.numbered_items or m is None:
            merged.append(b)
            continue
        kept, expected = _numbered_block(doc, b, m, expected, merged, (blocks, i + 1))
        if kept:
            merged.append(b)
        else:
            into.setdefault(len(merged) - 1, []).append(b)
    for k, more in into.items():
        merged[k] = merged[k].with_content(join(doc.lang, [merged[k], *more]))
    return merged


def _numbered_block(doc: Doc, b: Block, m: re.Match[str], expected: int, merged: list[Block],
                    rest: tuple[list[Block], int]) -> tuple[bool, int]:
    """Whether a block that opens with a paragraph number is a paragraph of its own (else it joins the
    block before), and the number expected after it (rest: the blocks and the index of the one after it —
    never a copy of the list's tail for each block, which made memory and time grow with the square of the text)."""
    num = int(m["num"])
    if m["num"] == "1" and b.heads and merged and not merged[-1].text.rstrip().endswith(_COLONS):
        # section-numbered-on-its-own: under a heading the numbering starts again (budget and
        # common-system resolutions number each section from 1) — unless the paragraph before
        # announces a quoted text, whose own "Article 8" / "1." this is.
        doc.fired("section-numbered-on-its-own", b.line)
        return True, 2
    if num in (expected, expected + 1) or not merged:
        return True, num + 1
    if _repeated(doc, merged[-1], b, num, expected):
        return True, expected  # (the count goes on from the number repeated: the next is the one expected)
    if _typo(doc, merged[-1], b, m.end()):
        # number-typo: a paragraph printed with a wrong number ("1.", "2.", "8." for "3.") is a
        # paragraph, numbered as printed (the rules report the slip); the next takes up the count.
        doc.fired("number-typo", b.line)
        return True, expected + 1
    if expected == 1 and _first_after_preamble(doc, merged[-1], b, m.end()) and _numbers_go_on(doc, num, rest):
        doc.fired("first-number-after-preamble", b.line)
        return True, num + 1
    drop_headings(doc, [b], "before a paragraph number out of sequence")
    doc.fired("number-out-of-sequence", b.line)
    return False, expected


def _typo(doc: Doc, before: Block, b: Block, after_number: int) -> bool:
    """number-typo: a number out of sequence opens a paragraph of its own when the block before ends
    a paragraph (with a semicolon or a full stop: text that wrapped onto a line start stops mid-
    sentence, and a quoted text's own numbering follows a colon) and an opening phrase follows the
    number ("8. Decides …")."""
    return (before.text.rstrip().endswith(_PARAGRAPH_ENDS)
            and opening(doc.lang, b.view[after_number:].lstrip(), numbered=True) is not None)


def _first_after_preamble(doc: Doc, before: Block, b: Block, after_number: int) -> bool:
    """first-number-after-preamble: the text's first paragraph number, whatever its value ("3. Recommends …"), opens the
    operative part where the block before ends with a comma, as a preambular paragraph does, and an opening phrase
    follows the number: an excerpt of a resolution whose operative part starts further on (a user's cut, the UN's
    markup that holds paragraphs 1 and 2 among the preambular ones). Read as text that wrapped onto a line start,
    the number and its paragraph ran into the preamble's last paragraph, and the text was read as unnumbered, its
    preamble lost. Text wrapped onto a line start after a comma opens with no operative phrase; the number is kept
    as printed (the rules report a numbering that does not start at 1). Asked with _numbers_go_on: a paragraph quoted
    in the preamble is no first number."""
    return (before.text.rstrip().endswith(_COMMAS) and not before.heading and not doc.lang.paragraph_number.match(
        before.view) and opening(doc.lang, b.view[after_number:].lstrip(), numbered=True) is not None)


def _numbers_go_on(doc: Doc, num: int, rest: tuple[list[Block], int]) -> bool:
    """first-number-after-preamble: the first number opens the operative part only where the numbers printed after
    it go on from it — none at or below it ("1. Recommends …" further down: the number was a paragraph quoted in the
    preamble, "… which reads as follows," / "3. Requests …"), the next one following it (one lost allowed)."""
    blocks, start = rest
    later = (int(m["num"]) for m in map(doc.lang.paragraph_number.match, (b.view for b in islice(blocks, start, None)))
             if m)
    first = next(later, None)
    return first is None or (num < first <= num + 2 and all(n > num for n in later))


def _repeated(doc: Doc, before: Block, b: Block, num: int, expected: int) -> bool:
    """number-repeated: the number of the paragraph before printed again ("12 - …؛" / "12 - تقرر أن
    …", the General Assembly's Arabic files), after a block that ends a paragraph, numbers a paragraph
    of its own, as printed (the rules report the slip) — wrapped text does not start a block with the
    number just printed; where opening phrases are not known (Arabic) number-typo cannot tell."""
    if num != expected - 1 or not before.text.rstrip().endswith(_PARAGRAPH_ENDS):
        return False
    doc.fired("number-repeated", b.line)
    return True


def _next_item(doc: Doc, b: Block, m: re.Match[str] | None, expected: int, item: int, merged: list[Block]) -> int:
    """numbered-items: the number the next item of a list numbered 1, 2… would have once block b is
    read (0: no such list open), b's line kept in doc.numbered_items when its number is an item's."""
    if m and int(m["num"]) not in (expected, expected + 1) and merged and (
            int(m["num"]) == item or (m["num"] == "1" and _lists_items(doc, merged[-1]))):
        doc.numbered_items.add(b.line)
        doc.fired("numbered-items", b.line)
        return int(m["num"]) + 1
    if item and (m or label(doc.lang, b.view) is not None):  # (a paragraph or a label ends the items)
        return 0
    return item


def _lists_items(doc: Doc, b: Block) -> bool:
    """numbered-items: a sub-paragraph that ends with a colon ("(iii) … to ensure plans to:") may
    announce items numbered 1, 2… ("1. Protect civilians…"), printed as paragraph numbers are: a "1."
    out of the paragraphs' sequence after it is the first of them, not text that wrapped."""
    return b.text.rstrip().endswith(_COLONS) and label(doc.lang, b.view) is not None


def embedded_draft(doc: Doc, blocks: list[Block]) -> list[Block]:
    """embedded-draft: a paragraph that recommends "the following draft resolution:" carries the
    draft's whole text (its own formula, preamble and numbered paragraphs) to the closing block:
    the model keeps it as that paragraph's text, as the UN's own markup does."""
    pattern = doc.lang.patterns["embedded_draft"]
    for k, b in enumerate(blocks):
        if pattern.search(b.text) and k + 1 < len(blocks):
            doc.warn("text-embedded-draft", "the draft that follows is kept as the text of the paragraph "
                     "that introduces it", b.line)
            doc.fired("embedded-draft", b.line)
            joined = join(doc.lang, [x.content for x in blocks[k:]])
            return [*blocks[:k], Block.of(joined, b.line, sum(x.lines for x in blocks[k:]))]
    return blocks


def _operative_block(doc: Doc, ops: list[OpDraft], b: Block,
                     next_number: Callable[[], int | None] = lambda: None) -> None:
    """One block among the operative paragraphs: a numbered paragraph, a sub-paragraph, or text
    that goes on with what came before."""
    lg = doc.lang
    view = b.view
    m = lg.paragraph_number.match(view)
    lab = None if m else label(lg, view)
    if m and b.line in doc.numbered_items:  # numbered-items: the number is an item's label
        lab, m = (view[:m.end()].strip(), "digits", m.end()), None
    last = ops[-1] if ops else None
    if m:
        ops.append(OpDraft(m["num"], Pieces(rest(b.content, m.end())), b.line, b.heads))
    elif not lab and last and b.line in doc.after_table:
        # operative-table: text after a table ("Abbreviations: …", its note) is no rest of the
        # paragraph before the table, which the table ended: an unnumbered paragraph of its own.
        ops.append(OpDraft(None, Pieces(b.content), b.line, b.heads, quoted=last.quoted))
        doc.fired("operative-table", b.line)
    elif b.heads and not lab and not (last and last.number is not None):
        # heading-opens-unnumbered: in unnumbered paragraphs, a paragraph starts after a heading (the
        # next article of a quoted text too).
        ops.append(OpDraft(None, Pieces(b.content), b.line, b.heads, quoted=bool(last and last.quoted)))
        doc.fired("heading-opens-unnumbered", b.line)
    elif lab and last:
        _item_block(doc, last, b, lab)
    elif last and last.number is not None:
        _after_numbered(doc, ops, b, last, next_number)
    else:
        _unnumbered_block(doc, ops, b, last)


def _unnumbered_block(doc: Doc, ops: list[OpDraft], b: Block, last: OpDraft | None) -> None:
    """An unnumbered block, without label, first or among unnumbered paragraphs: a paragraph of its
    own — but for a quotation the paragraph before announces (quotation-after-colon)."""
    if last is not None and _quotation_announced(doc, b, last):
        last.text.add(b.content)
        return
    ops.append(OpDraft(None, Pieces(b.content), b.line, b.heads, quoted=bool(last and last.quoted)))


_OPENING_QUOTES = (*punctuation("opening_quotes"), '"')


def _quotation_announced(doc: Doc, b: Block, last: OpDraft) -> bool:
    """quotation-after-colon: among unnumbered paragraphs, a block that opens with a quotation mark
    right after a paragraph that ends with a colon and holds no items yet ("… to render an advisory
    opinion on the following question:" / "“Having particular regard to …") is the quotation that
    paragraph announces, the rest of it — the UN marks the two up as one paragraph; an operative
    paragraph opens with its opening phrase, never with a quotation mark. (A resolution of one
    unnumbered operative paragraph; numbered paragraphs keep theirs by unnumbered-continues.)"""
    if b.heads or last.subs or last.wrap_up is not None or not b.view.startswith(_OPENING_QUOTES):
        return False
    if not last.text.end(doc.lang).rstrip().endswith(_COLONS):
        return False
    doc.fired("quotation-after-colon", b.line)
    return True


def _item_block(doc: Doc, last: OpDraft, b: Block, lab: tuple[str, str, int]) -> None:
    """A block that opens with a label: an item of the list of the paragraph before."""
    # sub-heading: the headings printed above an item are the item's (model 1.2: at most two, the
    # nearest; more are reported).
    drop_headings(doc, [replace(b, heads=b.heads[:-2])], "before a sub-paragraph (a third heading)")
    if last.wrap_up is not None:
        # words-between-items: the list goes on; that text was not its end but words between
        # two items ("(c) …;" / "and, in the context of …:" / "(d) …"), kept with the item before.
        last.last_sub().text.extend(last.wrap_up)
        last.wrap_up = None
        doc.fired("words-between-items", b.line)
    under = False
    if lab[0][:1] in STRAIGHT_QUOTES:
        doc.fired("label-straight-quotes", b.line)
    if lab[1] == BULLET:
        doc.fired("bullet-label", b.line)
        under = _announces(doc, last)
    if add_sub(last, lab[0], lab[1], rest(b.content, lab[2]), under, b.heads[-2:]):
        doc.fired("bullet-nesting" if lab[1] == BULLET else "label-nesting", b.line)


def _announces(doc: Doc, op: OpDraft) -> bool:
    """bullet-label: bullets after a lettered item that announces them (ending with a colon) or stands
    as a title (unpunctuated: "(e) Humanitarian assistance") are that item's own; after an item that
    ends its clause ("(c) …;") a bullet stands beside it (the UN's unlabelled "- and, in the context
    of …:" between lettered items)."""
    if not op.subs:
        return False
    item = op.last_sub()
    if is_bullet(item.label):
        return False
    end = item.text.end(doc.lang).rstrip()
    return end.endswith(_COLONS) or not finished(end)


_CLAUSE_ENDS = frozenset(punctuation("semicolon"))


def _conjunction_after_clause(doc: Doc, end: str, line: int) -> bool:
    """conjunction-ends-item: a last item that ends its clause and then the word that joins it to
    what follows ("… 2244 (2015)); y" / "confirma que …", "…; и" / "подтверждает …") is finished:
    the paragraph of its own after it is the list's wrap-up, not the rest of the item."""
    words = end.rstrip().rsplit(None, 1)
    if len(words) < 2 or words[1].casefold() not in doc.lang.continues_after:
        return False
    if words[0][-1:] not in _CLAUSE_ENDS:
        return False
    doc.fired("conjunction-ends-item", line)
    return True


def _after_numbered(doc: Doc, ops: list[OpDraft], b: Block, last: OpDraft,
                    next_number: Callable[[], int | None] = lambda: None) -> None:
    """An unnumbered block, without label, after a numbered paragraph."""
    lg = doc.lang
    if last.subs:
        drop_headings(doc, [b], "before an unnumbered paragraph")
        sub = last.last_sub()
        if last.wrap_up is not None:
            last.wrap_up.add(b.content)
        elif finished(sub.text.end(lg)) or _conjunction_after_clause(doc, sub.text.end(lg), b.line):
            # wrap-up: a paragraph of its own after a finished last item closes the list ("(e) …;"
            # / "and to consider how …").
            last.wrap_up = Pieces(b.content)
            doc.fired("wrap-up", b.line)
        else:
            # The rest of the last item, cut off by a page break or a heading.
            sub.text.add(b.content)
    elif b.heads and last.wrap_up is None and last.text.end(lg).rstrip().endswith(_COLONS):
        # quoted-text: after a paragraph that announces a text ("… to read as follows:"), an unnumbered
        # block under its own heading ("Article 10") is a paragraph of the quoted text (A/RES/77/256 A).
        ops.append(OpDraft(None, Pieces(b.content), b.line, b.heads, quoted=True))
        doc.fired("quoted-text", b.line)
    elif announced_item(doc, b, last):
        ops.append(OpDraft(None, Pieces(b.content), b.line, b.heads, quoted=True))
    elif number_lost(doc, b, last, next_number):
        ops.append(OpDraft(str(int(last.number or 0) + 1), Pieces(b.content), b.line, b.heads))
    elif unnumbered_under_heading(doc, b, last, next_number):
        ops.append(OpDraft(None, Pieces(b.content), b.line, b.heads))
    else:
        # unnumbered-continues: among numbered paragraphs, an unnumbered block goes on with the
        # paragraph before (a page break split it), even after a heading (of a quoted text: "Article 6").
        drop_headings(doc, [b], "before an unnumbered paragraph")
        number_alone_read_on(doc, b, last)
        last.text.add(b.content)
        doc.fired("unnumbered-continues", b.line)


# number-alone-read-on: a paragraph number has at most this many digits (a year alone, "2030.", ends a sentence).
NUMBER_ALONE_DIGITS = 3
_SPACES = re.compile(r"\s+")


def number_alone_read_on(doc: Doc, b: Block, last: OpDraft) -> None:
    """number-alone-read-on: among numbered paragraphs, a block that is only a paragraph number and its stop ("4 .",
    "5."), which no rule took for a paragraph's number (text of blocks that sets each operative number on a line of
    its own, where the text under the number went missing or a page's note ran over it), is read on into the
    paragraph before by unnumbered-continues — but nothing in the text says whether it numbered a paragraph of its
    own: the reading is told (text-boundary-guessed), where before the paragraph took the number into its text
    without a word. The number's place in the sequence is not checked: in or out of it, the reading is the same
    guess."""
    compact = _SPACES.sub("", b.view)
    m = doc.lang.paragraph_number.match(compact)
    if m is None or m.end() != len(compact) or len(m["num"]) > NUMBER_ALONE_DIGITS:
        return
    doc.warn("text-boundary-guessed", f"a block that is only a paragraph number (\"{b.view.strip()}\"), which no "
             f"rule took for a paragraph's number, is read on into paragraph {last.number or 'before'}: the same "
             f"paragraph", b.line)
    doc.fired("number-alone-read-on", b.line)


def announced_item(doc: Doc, b: Block, last: OpDraft) -> bool:
    """announced-items: after a numbered paragraph that ends with a colon, without a list of labelled
    items ("3. Further decides that the plenary meetings will be held as follows:"), an unnumbered
    block is the first of the things it announces, a paragraph of its own without a number ("Monday,
    27 May: from 10 a.m. …;"), as the UN marks them; the blocks after it are the next (a paragraph
    without a number after one goes on so). A block that opens in lower case is the rest of a
    sentence a page break cut after its colon ("… the following reports:" / "a report on …"): it
    goes on with the paragraph — but where paragraphs open in lower case (Russian: "понедельник,
    27 мая: …;"), case tells nothing; so does a quotation, or a list whose labels the tables lack
    (labels.opens_announced_item)."""
    if last.wrap_up is not None or not announces(last.text.end(doc.lang)):
        return False
    if (b.view[:1].islower() and not doc.lang.openings.lower_case) or not opens_announced_item(b.view):
        return False
    doc.fired("announced-items", b.line)
    return True


def number_lost(doc: Doc, b: Block, last: OpDraft, next_number: Callable[[], int | None]) -> bool:
    """number-lost: among numbered paragraphs, an unnumbered block after a finished paragraph ("2. …;")
    that opens with a paragraph's head printed with its capital ("Decides to remain seized …") is a
    paragraph whose number the extraction lost, where the numbering leaves it a place: it is the last
    paragraph, or the next number printed skips one. It takes that number, and the loss is reported.
    (Text cut by a page break goes on mid-sentence; and where heads open in lower case or the script
    has no case, a head is no different from the words after a semicolon: there it goes on.)"""
    text = b.view
    if b.heads or not last.number or not last.number.isdigit() or not text[:1].isupper():
        return False
    if not last.text.end(doc.lang).rstrip().endswith(_PARAGRAPH_ENDS) or not starts_with_head(doc.lang, text):
        return False
    after = next_number()
    if after is not None and after != int(last.number) + 2:
        return False
    doc.warn("text-number-lost", f"a paragraph without its number after paragraph {last.number} is read as "
             f"paragraph {int(last.number) + 1}", b.line)
    doc.fired("number-lost", b.line)
    return True


def unnumbered_under_heading(doc: Doc, b: Block, last: OpDraft, next_number: Callable[[], int | None]) -> bool:
    """unnumbered-under-heading: among numbered paragraphs, an unnumbered block under a heading of its own, after
    a finished paragraph ("5. … in the context of the next report;" / "II" / "A. Base salary scale" / "Approves,
    with effect from 1 January …;"), that opens with a paragraph's head, where the numbering starts again after it
    (the next number printed is 1: the next section numbers its paragraphs on its own) or it is the last, is a
    section's one paragraph, printed without a number, as the UN prints a section of a single paragraph (the
    common system's resolutions in sections): a page break that cut the paragraph before prints no heading between
    its halves, and the numbering leaves no place for a number lost. (Where heads open in lower case it is read
    as well: the heading, not the case, says a paragraph starts; in a script with case elsewhere a lower-case
    start is a sentence going on.)"""
    text = b.view
    if not b.heads or last.wrap_up is not None or not last.number or not last.number.isdigit():
        return False
    if text[:1].islower() and not doc.lang.openings.lower_case:
        return False
    if not last.text.end(doc.lang).rstrip().endswith(_PARAGRAPH_ENDS) or not starts_with_head(doc.lang, text):
        return False
    if next_number() not in (None, 1):
        return False
    doc.fired("unnumbered-under-heading", b.line)
    return True


RULES: tuple[Rule, ...] = (
    Rule("number-out-of-sequence", "classify", merge_out_of_sequence, "a paragraph number that does not continue "
         "the sequence is text (a quoted text's own numbering, a number wrapped to a line start)"),
    Rule("section-numbered-on-its-own", "classify", merge_out_of_sequence, "a paragraph numbered 1 under a "
         "heading starts the numbering again (sections numbered on their own), unless the paragraph before "
         "announces a quoted text"),
    Rule("numbered-items", "classify", merge_out_of_sequence, "after a sub-paragraph ending with a colon, numbers "
         "1, 2… out of the paragraphs' sequence label its items"),
    Rule("quoted-text", "classify", _after_numbered, "after a paragraph ending with a colon, an unnumbered "
         "block under its own heading is a paragraph of the quoted text"),
    Rule("unnumbered-boundary", "classify", _unnumbered_boundary, "in an unnumbered resolution, paragraphs that open "
         "with an opening phrase and end with a comma right after one ending with a semicolon are preambular"),
    Rule("preamble-heading-paragraph", "classify", preamble_headings, "a heading among the preambular paragraphs "
         "is kept as a preambular paragraph of its own (the model's headings head operative paragraphs)"),
    Rule("preamble-items", "classify", preamble_items, "labelled items after a preambular paragraph ending with a "
         "colon join its text"),
    Rule("number-typo", "classify", merge_out_of_sequence, "a number out of sequence after a finished paragraph, "
         "before an opening phrase, numbers a paragraph of its own (a typo the rules report)"),
    Rule("first-number-after-preamble", "classify", _first_after_preamble, "the text's first paragraph number, "
         "whatever its value, after a block ending with a comma, before an opening phrase, opens the operative part "
         "(an excerpt whose numbering starts further on), where the numbers after it go on from it"),
    Rule("number-repeated", "classify", _repeated, "the number of the paragraph before printed again, after a "
         "finished paragraph, numbers a paragraph of its own (a slip the rules report)"),
    Rule("unpunctuated-preamble-head", "classify", _unpunctuated_preamble, "in a part of a resolution in parts, an "
         "unnumbered first paragraph that lost its final punctuation is preambular when its opening phrase opens a "
         "paragraph ending with a comma in another part"),
    Rule("unnumbered-operative", "classify", split_preamble, "in an unnumbered resolution the operative part "
         "starts at the first paragraph that does not end with a comma"),
    Rule("comma-in-open-quotation", "classify", _comma_ended, "in an unnumbered resolution, a paragraph whose final "
         "comma stands inside a quotation it announced by a colon and left open ends no preamble (the quoted "
         "question a page break cut, joined to the operative paragraph that asks it)"),
    Rule("quotation-after-colon", "classify", _quotation_announced, "among unnumbered paragraphs, a block that "
         "opens with a quotation mark right after a paragraph ending with a colon is the quotation it announces"),
    Rule("heading-with-colon", "classify", headings_with_colon, "a one-line block ending with a colon right before "
         "the next numbered paragraph is that paragraph's heading"),
    Rule("item-heading-with-colon", "classify", item_headings_with_colon, "a one-line block ending with a colon "
         "right before an item that continues the sequence of an item before it is that item's heading"),
    Rule("lead-in-before-numbered", "classify", lead_in, "the one paragraph between the formula and paragraph 1, "
         "ending with a colon, is an unnumbered operative lead-in"),
    Rule("embedded-draft", "classify", embedded_draft, "a recommended draft resolution stays in the paragraph "
         "that introduces it"),
    Rule("words-between-items", "classify", _operative_block, "words between two items of a list stay with "
         "the item before"),
    Rule("bullet-label", "classify", label, "a bullet or dash before the text of a block among the operative "
         "paragraphs is a sub-paragraph's label (the UN's unnumbered list items, the text writer's bullets)"),
    Rule("label-straight-quotes", "classify", _quoted, "a label style printed between typographic quotes ('’1‘') "
         "is read typed with straight quotes too ('1')"),
    Rule("wrap-up", "classify", _after_numbered, "a paragraph after a finished last item closes the list"),
    Rule("conjunction-ends-item", "classify", _conjunction_after_clause, "a last item ending with its clause's "
         "punctuation and a joining word ('; and') is finished: a paragraph after it is the wrap-up"),
    Rule("announced-items", "classify", announced_item, "after a numbered paragraph ending with a colon, without "
         "labelled items, unnumbered blocks are the things it announces, paragraphs without a number"),
    Rule("title-colon-cut", "classify", title_colon_cut, "among numbered paragraphs, a block opening with a capital "
         "and no head, alone between a paragraph that ends with a colon after a title's words in capitals and the next "
         "number, is that paragraph's rest: a page cut a title after its colon (no announced item) — not where the "
         "paragraph announces ('the following', 'as follows') nor after a place's or a body's name; told "
         "(text-boundary-guessed)"),
    Rule("number-lost", "classify", number_lost, "among numbered paragraphs, an unnumbered block after a "
         "finished paragraph that opens with a capitalised head, where the numbering leaves it a place, is a "
         "paragraph whose number was lost"),
    Rule("unnumbered-under-heading", "classify", unnumbered_under_heading, "among numbered paragraphs, an unnumbered "
         "block under a heading of its own after a finished paragraph, opening with a paragraph's head, where the "
         "numbering starts again after it or it is the last, is a section's one unnumbered paragraph"),
    Rule("unnumbered-continues", "classify", _after_numbered, "among numbered paragraphs an unnumbered block "
         "goes on with the paragraph before"),
    Rule("title-between-numbered", "classify", titles_between_numbered, "among numbered paragraphs an unpunctuated "
         "block opening with a capital and no head, after a finished paragraph and before the next number, heads the "
         "next paragraph as its title"),
    Rule("number-alone-read-on", "classify", number_alone_read_on, "among numbered paragraphs a block that is only a "
         "paragraph number no rule took for one goes on with the paragraph before, and the reading is told"),
    Rule("heading-opens-unnumbered", "classify", _operative_block, "among unnumbered operative paragraphs a "
         "paragraph starts after a heading"),
    Rule("part-formula-run-in", "classify", classify, "a part's formula run together with its first paragraph"),
)
