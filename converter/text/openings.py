"""How paragraphs open: numbers and labels at a line start, and opening phrases ("Recalling
also", "又回顾", "وإذ يشير"), from the language table."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cache

from ..firstchars import Firsts, first_chars, guard
from ..langs import Lang, fold_word, numbering, plain_bracket_pairs, punctuation

_PHRASE_END = punctuation("comma", "semicolon", "colon")  # punctuation that ends an opening phrase
# A paragraph that opens with a quote or bracket has no opening phrase.
_NOT_A_PHRASE = frozenset(punctuation("opening_quotes", "opening_brackets"))
_WORD = re.compile(r"\S+")
# Up to this many words may lead a lower-case head: "с большой обеспокоенностью отмечая".
LOWERCASE_LEAD_WORDS = 3


@cache
def opener_regex(lang: Lang) -> re.Pattern[str]:
    """A paragraph number or a sub-paragraph label at a line start: asked of every line, so one pattern."""
    # (Not a bullet: a dash at a line start may be a word's hyphen or a dash a line break moved there
    # — "كونمينغ" / "- مونتريال" —, and the line before would be taken for a heading. A bullet
    # labels a block that an indent or a blank line opened: bullet-label.)
    # (Opened by the guard of its first characters: a line that starts like no number or label is
    # turned away at once, not tried against each label style's alternatives — firstchars.py.)
    number, labels = first_chars(lang.paragraph_number), _label_firsts(lang, bullets=False)
    firsts = None if number is None or labels is None else (number[0] | labels[0], number[1])
    return re.compile(f"{guard(firsts)}(?:(?:{lang.paragraph_number.pattern})|(?:{_labels_pattern(lang, False)}))")


@cache
def labels_regex(lang: Lang, bullets: bool = True) -> re.Pattern[str]:
    """One pattern for all the label styles of a language, in the order the table lists them; each
    alternative's group is named s<k>__<sequence>; with bullets, a bullet's is s<n>__bullet. (Opened
    by the guard of the labels' first characters.)"""
    return re.compile(guard(_label_firsts(lang, bullets)) + _labels_pattern(lang, bullets))


# Closing brackets (escaped for a character class): after a label's own, one closes an enclosing bracket.
_CLOSING_BRACKETS = re.escape("".join(closing for _, closing in plain_bracket_pairs()))
# label-before-comma: a comma or semicolon right after a label ("a), 77 y 80 c) de la Ley …") goes on the
# sentence a reference stands in; an item's text never opens with one. Every script's own, from the punctuation
# table: Arabic "… في الفقرة 2 (ب)" / "’4‘؛", a cited item the wrap put at a line's start, read as an item before.
LABEL_CLAUSE_MARKS = "".join(sorted(punctuation("comma", "semicolon")))
# label-before-dash: a dash right after a label and before another label ("подпунктами" / "a)–d) пункта 10 …", a range
# of items that a sentence cites, the wrap putting it at a line's start) is the range's first end.
LABEL_RANGE_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
_RANGE_DASHES = f"[{re.escape(LABEL_RANGE_DASHES)}]"
# (only where the range's other end follows the dash, a label closed by its bracket ("a)–d)", "(i)-(iii)"): a dash
# glued to a label before the item's text ("a)- el mantenimiento …", "(b)—To repair …") is that item's own — review,
# round thirty-three)
_RANGE_END = r"[(（]?\w{1,5}[)）]"


def _labels_pattern(lang: Lang, bullets: bool) -> str:
    parts = []
    for k, (pre, seq, words, post) in enumerate(_label_words(lang)):
        alts = "|".join(re.escape(x) for x in words)
        # The space after a label is gone where CJK text is joined without spaces: "(a)理事会".
        # label-before-bracket: a label's closing bracket followed by another ("(par. 3" / "g)) et 6 du
        # Pacte …", a reference the wrap cut) closes a bracket opened before it: no label. label-before-comma:
        # nor one a comma follows ("los artículos 66 d), 68" / "a), 77 y 80 c) …"). label-before-dash: nor one a dash
        # and another label follow ("a)–d) пункта 10 …", a range of items cited).
        parts.append(rf"(?:(?P<s{k}__{seq}>{_quoted(pre)}(?:{alts}){_quoted(post)})"
                     rf"(?!{_RANGE_DASHES}{_RANGE_END})(?:\s+|$|(?=[^\sA-Za-z0-9{_CLOSING_BRACKETS}{LABEL_CLAUSE_MARKS}])))")
    # bullet-label: a bullet or dash before a space ("- y, en el contexto…", "• the situation…") is
    # a sub-paragraph's label, as the UN prints unnumbered list items and the text writer prints
    # bullets (numbering.json's bullets); glued to a Latin letter or digit ("-19") or in a row
    # ("- - -", a rule) it is none. (The space is gone where CJK text is joined without spaces:
    # "-在当前…".)
    if not bullets:
        return "^(?:" + "|".join(parts) + ")"
    marks = "".join(re.escape(b) for b in numbering()["bullets"])
    parts.append(rf"(?:(?P<s{len(parts)}__bullet>[{marks}])(?:\s+(?=[^\s{marks}])|(?=[^\sA-Za-z0-9{marks}])))")
    return "^(?:" + "|".join(parts) + ")"


def _label_words(lang: Lang) -> list[tuple[str, str, list[str], str]]:
    """(before, sequence, labels, after) of each label style: the sequence's labels, longest first, then
    the language's variants and the Cyrillic look-alikes (label-lookalike)."""
    out = []
    for pre, seq, post in lang.label_styles:
        items = sorted(numbering()["sequences"][seq], key=len, reverse=True)
        out.append((pre, seq, [*items, *lang.label_variants(seq), *_typed_alike(items)], post))
    return out


# label-straight-quotes: the typographic quotes a label style is printed between ("’1‘", Arabic's
# numbered items) typed straight, as texts retyped or converted with straight quotes give them ("'1'").
_STRAIGHT = {"‘": "'", "’": "'", "“": '"', "”": '"'}
STRAIGHT_QUOTES = frozenset(_STRAIGHT.values())


def _quoted(delimiter: str) -> str:
    """A label's delimiter as a pattern: itself, or the straight quote for a typographic one."""
    straight = _STRAIGHT.get(delimiter)
    return re.escape(delimiter) if straight is None else f"[{re.escape(delimiter)}{re.escape(straight)}]"


def _label_firsts(lang: Lang, bullets: bool) -> Firsts | None:
    """The characters a label of labels_regex starts with (None when a label could be empty): its
    words' — not read from the long pattern, whose parse would cost a process as much as compiling it."""
    firsts = set(numbering()["bullets"]) if bullets else set()
    for pre, _seq, words, _post in _label_words(lang):
        if pre:
            firsts.add(pre[0])
            firsts.add(_STRAIGHT.get(pre[0], pre[0]))
        elif all(words):
            firsts.update(w[0] for w in words)
        else:
            return None
    return frozenset(firsts), False




def items_regex(lang: Lang) -> re.Pattern[str]:
    """bullet-label: what labels a block's item — the label styles and a bullet or dash before a
    space (labels_regex with bullets). A bullet is no evidence that a line opens a block
    (opener_regex): a line wrapped at a dash ("Kunming-" / "- Montreal") starts with one too."""
    return labels_regex(lang)


BULLET = "bullet"  # the sequence name of bullet labels, which have no sequence


def _typed_alike(items: list[str]) -> list[str]:
    """label-lookalike: labels typed with the Cyrillic letters that look like their Latin ones ("а)"
    for "a)", "с)" for "c)", as Russian texts have them): numbering.json's lookalikes, which the
    label sequences read as the Latin letters (labels.py)."""
    latin = {lat: cyr for cyr, lat in numbering().get("lookalikes", {}).items()}
    return [alike for x in items if (alike := "".join(latin.get(ch, "") for ch in x)) and len(alike) == len(x)]


def starts_block(lang: Lang, text: str) -> bool:
    """Whether a line opens a paragraph by itself: a number or a label."""
    return opener_regex(lang).match(text) is not None


def label(lang: Lang, text: str) -> tuple[str, str, int] | None:
    """(label, sequence name, where the rest starts) when text starts with a sub-paragraph label."""
    m = items_regex(lang).match(text)
    if not m or m.lastgroup is None:
        return None
    # (Each alternative has one group, and no group inside it: the last group closed names it.
    # Interned: a long list repeats a few labels many times.)
    return sys.intern(m[m.lastgroup]), sys.intern(m.lastgroup.split("__")[1]), m.end()


def opens(lang: Lang, text: str) -> bool:
    """Whether a line may open a paragraph: a number, a label, a capital or an opening phrase."""
    return (starts_block(lang, text) or text[:1].isupper() or opening(lang, text) is not None
            or framed_head(lang, text))


# framed-head: the first clause a frame opens is short ("对裁军谈判会议多年来陷入僵局表示严重关切", 20 characters; most
# in the UN's texts run to 60), and its verb stands at its end ("表示遗憾和关切": within 8 characters of it).
# framed-head-long-clause: a frame round two reports' findings runs to 99 ("对…的报告中的结论和…的报告中的结论表示
# 震惊，"); in text of blocks the whole clause stands on its line, and in wrapped text the clause must end on the
# line anyway, which holds far fewer characters than this.
FRAME_CLAUSE_MAX = 120
FRAME_TAIL = 8
# What ends a clause, in a script without spaces (and in the Latin punctuation its texts also carry).
_CLAUSE_END = re.compile("[，；：。,;:]")
_OPENING_QUOTES = punctuation("opening_quotes")


def holds_clause_end(text: str) -> bool:
    """Whether a text holds the end of a clause (framed-head-wrapped: a frame's first clause that ran past a line)."""
    return _CLAUSE_END.search(text) is not None


def head_with_clause(lang: Lang, text: str) -> bool:
    """head-clause-cut-continues: whether a line of a script without spaces opens with a paragraph's head of the
    table and holds a clause's end ("欢迎…经与海地协商，在…"): a paragraph's first line, never a title's (a title opens
    with no head verb, and no comma closes a clause in it). The caller asks that the line end with no punctuation:
    then a page cut it mid-clause. A quotation's first line may open so, after its
    opening quote ("“决定，自本决议通过之日起…": an amended paragraph quoted in full)."""
    return (not lang.script.spaced and holds_clause_end(text)
            and opening(lang, text.lstrip(_OPENING_QUOTES)) is not None)


def clause_left_open(lang: Lang, text: str) -> bool:
    """head-clause-cut-continues: whether the last clause of a line (after its last clause's comma) is left open —
    a head verb with nothing after it ("…，并回顾": recalling what?) or a function word of the table's
    openings.cut_endings —, as a page's cut leaves it and a paragraph's end never does. A paragraph that lost its
    final comma ends with a whole clause ("…，尽快更新其灯塔登记册"): the page may as well have ended there."""
    tail = _CLAUSE_END.split(text.rstrip())[-1]
    return bool(tail) and (tail.endswith(lang.openings.cut_endings) or opening(lang, tail) == tail)


def framed_head(lang: Lang, text: str) -> bool:
    """framed-head: in a script without spaces, a paragraph may put its head at the end of its first clause,
    which a frame word of the table opens (openings.frames, the clause closed by one of openings.frame_verbs):
    "对外层空间军备竞赛的威胁表示极为震惊，…", "对…不利后果深表遗憾，…" — the UN sets the frame word and the verb
    in bold, the head split around its object. A line that opens with the frame word, whose first clause ends
    on the line with one of the frame's verbs, opens like a paragraph (where the table knows no head at its
    start)."""
    o = lang.openings
    if not (o.frames and text.startswith(o.frames)):
        return False
    clause = _CLAUSE_END.split(text, 1)
    return len(clause) == 2 and len(clause[0]) <= FRAME_CLAUSE_MAX and any(v in clause[0][-FRAME_TAIL:]
                                                                            for v in o.frame_verbs)


def opening(lang: Lang, text: str, numbered: bool = False) -> str | None:
    """The opening phrase of a paragraph ('Reaffirming also', '又回顾', 'وإذ يشير أيضاً'), or None.
    `numbered`: the text follows a paragraph number, where languages whose paragraphs open in
    lower case print their operative verbs so too ("1. призывает", "2. просит"): there a head of
    the table opens the phrase whatever its case (elsewhere such a word may just start a wrapped line)."""
    if not lang.script.spaced:
        m = _heads_regex(lang).match(text)
        return m.group() if m and not head_lookalike(lang, text, m.end()) else None
    folded = lone_lookalike(lang, text)
    if folded is not text:  # (the phrase as the text has it: the fold keeps the length)
        phrase = _spaced_opening(lang, folded, numbered)
        return None if phrase is None else text[:len(phrase)]
    glued = prefix_apart(lang, text)
    if glued is not text:  # (one space fewer than the text has, after the prefix)
        phrase = _spaced_opening(lang, glued, numbered)
        return None if phrase is None else text[:len(phrase) + 1]
    return _spaced_opening(lang, text, numbered)


def _spaced_opening(lang: Lang, text: str, numbered: bool) -> str | None:
    """opening() in a script with spaces."""
    words = _WORD.finditer(text)
    first = next(words, None)
    if first is None or not _may_open(lang, first.group(), text, numbered):
        return None
    w = first.group()
    if w[-1] in _PHRASE_END:
        return text[: first.end() - 1]
    return _phrase(lang, text, words, first.end(), take_next=fold_word(w) in lang.openings.adverbs)


def _may_open(lang: Lang, w: str, text: str, numbered: bool) -> bool:
    """Whether a phrase may open with the first word w of text (see opening)."""
    cased = w[:1].lower() != w[:1].upper()
    o = lang.openings
    bare = fold_word(w.rstrip(_PHRASE_END))
    # (a leading adverb that is no head of its own — Russian "особо", whose "особо уязвимых районов" opens no
    # paragraph — opens a numbered paragraph's phrase before a head or a word of the phrase: "2. особо указывает")
    numbered_head = numbered and o.lower_case and (
        bare in o.first_words or bare in o.adverbs and starts_with_head(lang, text, known=True))
    if cased and not w[:1].isupper() and not numbered_head and not _lowercase_opening(lang, text):
        # In scripts with case an opening phrase starts with a capital, except in languages
        # whose preambles open in lower case (Russian: "признавая"); their table says how.
        return False
    if not cased and bare not in o.adverbs and bare not in o.first_words:
        return False  # without case, only a known opening word ("وإذ", "يطلب") says a phrase opens here
    return not (w[:1].isdigit() or w[:1] in _NOT_A_PHRASE)


def _phrase(lang: Lang, text: str, words: Iterator[re.Match[str]], end: int, take_next: bool) -> str:
    """The opening phrase whose first word ends at `end`: the words after it that the table says go
    on with it (modifiers; any word after an adverb), up to a word that ends the phrase."""
    o = lang.openings
    ends = [end]  # where the phrase may end, after each word taken
    for m in words:
        t = m.group()
        bare = fold_word(t.rstrip(_PHRASE_END))
        if not (take_next or bare in o.modifiers):
            break
        take_next = False
        if t[-1] in _PHRASE_END:
            return text[: m.end() - 1]
        ends.append(m.end() if bare not in o.connectors else -1)
        if bare in o.stop_after:
            break
    # A phrase never ends on a connector: "призывает к активизации" opens with "призывает".
    while ends[-1] < 0:
        ends.pop()
    return text[:ends[-1]]


def starts_with_head(lang: Lang, text: str, known: bool = False) -> bool:
    """Whether a line opens with a known paragraph head: a word of the table's first_words, with
    its capital (unless the language's preambles open in lower case), or — where the table says
    heads are told by their phrase — a known opening phrase. Stronger evidence of a paragraph
    start than a capital. known: a head of the table only, even where heads are told by their
    phrase (there any capitalized word opens one: "Distr.: General" in an Arabic text)."""
    o = lang.openings
    text = lone_lookalike(lang, text)
    if o.paragraph_heads == "opening_phrase":
        if opening(lang, text) is None:
            return framed_head(lang, text)
        # (there a word without case opens a phrase only when the table knows it; a capitalized one
        # any time)
        c = text[:1]
        return not known or c.lower() == c.upper() or fold_word(text.split(None, 1)[0]) in o.first_words
    lead = text.split(None, 3)[:3]
    if not lead or not (o.lower_case or lead[0][:1].isupper()):
        return False
    first = fold_word(lead[0].rstrip(_PHRASE_END))
    if first in o.first_words:
        return not out_of_phrase(lang, lead)
    # A leading adverb or particle, then the head or a word of the phrase: "Se déclarant",
    # "с обеспокоенностью отмечая", "Deeply concerned".
    if first not in o.adverbs or len(lead) < 2:
        return False
    second = fold_word(lead[1].rstrip(_PHRASE_END))
    if second in o.connectors and second not in o.first_words:
        return _connector_goes_on(lang, lead)
    return second in o.first_words or second in o.modifiers


def out_of_phrase(lang: Lang, lead: list[str]) -> bool:
    """head-out-of-phrase: whether a line's first words (lead, as written) open with a head of the table's
    phrase_heads — a head that opens a paragraph only in one phrase, "действуя на основании главы VII …" — without a
    word of its phrase after it: a participle inside a sentence ("…, в которых Ассамблея просила … Комиссию," /
    "действуя через Экономический и Социальный Совет, уделять …"), no paragraph's head. (Languages whose paragraphs
    open in lower case, where a head reads the same inside a sentence: its case tells nothing.)"""
    bound = lang.openings.phrase_heads
    if not bound or not lead:
        return False
    first = fold_word(lead[0].rstrip(_PHRASE_END))
    for head, words in bound:
        if head == first:
            return len(lead) < 2 or fold_word(lead[1].rstrip(_PHRASE_END)) not in words
    return False


# How many words a head's phrase is told by at most (head_phrase): an adverb or two and the head's word,
# "с глубокой обеспокоенностью отмечая", "وإذ يشجع".
HEAD_PHRASE_WORDS = 4


def head_phrase(lang: Lang, text: str) -> str | None:
    """The head a line opens with, as benchmarks/comma_heads.py counts heads and head-lead-cut-continues compares a
    line's head with the phrase its lead makes: in a script with spaces its words, folded, up to and including the
    first word of first_words that is no adverb ("вновь заявляя", "وإذ يشجع"; else the words of the phrase's lead, "с
    удовлетворением"); in a script without spaces the known opening phrase ("又回顾"). None where the line opens
    with no head (starts_with_head)."""
    if not starts_with_head(lang, text):
        return None
    o = lang.openings
    if not lang.script.spaced:
        return opening(lang, text)
    words = [fold_word(w.rstrip(_PHRASE_END)) for w in lone_lookalike(lang, text).split(None, HEAD_PHRASE_WORDS)]
    lead: list[str] = []
    for w in words[:HEAD_PHRASE_WORDS]:
        lead.append(w)
        if w in o.first_words and w not in o.adverbs:
            return " ".join(lead)
        if w not in o.adverbs and w not in o.modifiers and w not in o.connectors and w not in o.first_words:
            lead.pop()
            break
    return " ".join(lead) or None


def adverb_connector_refused(lang: Lang, text: str) -> bool:
    """Whether a line opens with a leading adverb and a connector that adverb-connector-head refuses as a head
    ("Particularly in Africa"): for the trace, where the rule decided."""
    o = lang.openings
    lead = text.split(None, 3)[:3]
    if len(lead) < 2 or not (o.lower_case or lead[0][:1].isupper()):
        return False
    first, second = (fold_word(w.rstrip(_PHRASE_END)) for w in lead[:2])
    return (first in o.adverbs and first not in o.first_words and second in o.connectors
            and second not in o.first_words and not _connector_goes_on(lang, lead))


def _connector_goes_on(lang: Lang, lead: list[str]) -> bool:
    """adverb-connector-head: after a leading adverb, a connector of the table ("in", "with": a word that only joins
    two others of a phrase) opens a head only when a word of the phrase follows it ("Noting with appreciation"): a
    phrase never ends on a connector, and an adverb and a preposition before any other word open no head — a title
    printed in capitals, wrapped after its comma ("… Serious Drought and/or Desertification," / "Particularly in
    Africa"), read as a paragraph's start there, the title cut in two. (The titles of conventions and declarations in
    capitals, in flat text, where the wrap sets a capitalized adverb at a line's start after a comma.)"""
    o = lang.openings
    if len(lead) < 3:
        return False
    third = fold_word(lead[2].rstrip(_PHRASE_END))
    return third in o.modifiers or third in o.first_words


# lone-lookalike-head: a first word of this many letters at most, all drawn like letters of the script, before a word
# of the script (a preposition or particle: "c", "o", "a").
LONE_LOOKALIKE_MAX = 2


def lone_lookalike(lang: Lang, text: str) -> str:
    """lone-lookalike-head: a line's first word of one or two letters typed in another script's letters drawn like the
    text's own ("c глубокой обеспокоенностью отмечая", its "c" a Latin one), before a word of the text's script, read
    as those letters: the head's leading particle, which the table holds in the script ("с"), a slip of typing the eye
    cannot see. lookalike-letters folds a word that holds a letter of the script; a word of lookalikes alone holds
    none. The text is returned as it is where its first word is not of that shape."""
    letters, table = lang.script.lookalikes
    words = text.split(None, 2)
    if not table or len(words) < 2 or len(words[0]) > LONE_LOOKALIKE_MAX or not words[0].isascii():
        return text
    native = words[0].translate(table)
    if any(a == b for a, b in zip(words[0], native, strict=True)) or not _holds_letter(letters, words[1]):
        return text
    start = text.index(words[0])
    return text[:start] + native + text[start + len(words[0]):]


def prefix_apart(lang: Lang, text: str) -> str:
    """prefix-apart-head: a line's first word that is a conjunction the language writes glued to the word after it
    (the table's openings.apart_prefixes: Arabic "و"), set apart from a word it makes an opening word of the table
    with ("و إذ تشير أيضا", "وإذ" an adverb), is read glued: the UN's file set the conjunction in a run of its own
    (italic, the head bold italic) and the text's extraction put a space between the runs. The text is returned as
    it is where it does not open so; a conjunction apart before any other word is the rest of a clause ("… 75/27 و
    76/257 …" wrapped before "و")."""
    prefixes = lang.openings.apart_prefixes
    words = text.split(None, 2)
    if not prefixes or len(words) < 2 or words[0] not in prefixes or not text.startswith(words[0] + " "):
        return text
    glued = fold_word((words[0] + words[1]).rstrip(_PHRASE_END))
    if glued not in lang.openings.adverbs and glued not in lang.openings.first_words:
        return text
    return words[0] + text[len(words[0]) + 1:]


def _holds_letter(letters: str, word: str) -> bool:
    """Whether a word holds a letter of these (a regex character-class body)."""
    return re.search(f"[{letters}]", word) is not None


def adverb_leads_head(lang: Lang, text: str) -> bool:
    """For lowercase-head-after-page: whether a line whose first word is an adverb of the table ("вновь") has a head
    after it — a word of the table's heads, or one that ends as a head does (openings.head_endings: a gerund the
    table lacks, "вновь обращаясь") —, as an adverb opening a line may go on with a clause ("… которую Ассамблея," /
    "вновь подтвердила …"). True where the first word is no adverb."""
    o = lang.openings
    words = lone_lookalike(lang, text).split(None, 2)
    if not words or fold_word(words[0].rstrip(_PHRASE_END)) not in o.adverbs:
        return True
    if len(words) < 2:
        return False
    second = fold_word(words[1].rstrip(_PHRASE_END))
    return second in o.first_words or second in o.lowercase_heads or ends_as_head(lang, second)


def ends_as_head(lang: Lang, word: str) -> bool:
    """Whether a word ends as a word of a paragraph head does (openings.head_endings: the Russian gerunds' "-ая",
    "-ив", "-сь"…) — ending-lookalike: unless the table lists it among the words that end so and never open a
    paragraph (openings.ending_lookalikes: "против", against; "прав", of rights), which a page break may leave at a
    line's start ("… государств," / "против которых …")."""
    w = fold_word(word.rstrip(_PHRASE_END))
    return w.endswith(lang.openings.head_endings) and w not in lang.openings.ending_lookalikes


def _lowercase_opening(lang: Lang, text: str) -> bool:
    # A list, not a suffix rule: Russian gerunds ("признавая") share endings with adjectives and
    # participles ("международная", "находящихся") that often start a wrapped line.
    o = lang.openings
    if not o.lower_case:
        return False
    lead = o.adverbs | o.modifiers
    for word in text.split(None, LOWERCASE_LEAD_WORDS + 1)[:LOWERCASE_LEAD_WORDS + 1]:
        if fold_word(word.rstrip(_PHRASE_END)) in o.lowercase_heads:
            return True
        if fold_word(word) not in lead:
            return False
    return False


# A head may follow a run of prefixes ("在这方面也欢迎"): two at most, as the openings of the UN's texts string
# them. (Not one set off by a comma: "在这方面，着重指出…" opens a paragraph in one text and goes on with the
# one before in another.)
PREFIX_RUN = 2


@cache
def _heads_regex(lang: Lang) -> re.Pattern[str]:
    """Scripts without spaces: optional prefixes (又, 还, 在这方面，) and the longest known head."""
    o = lang.openings
    heads = "|".join(re.escape(h) for h in sorted(set(o.heads), key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in sorted(o.prefixes, key=len, reverse=True))
    # (Opened by the guard of the words' first characters, when no word is empty: firstchars.py.)
    words = (*o.heads, *o.prefixes)
    firsts = (frozenset(w[0] for w in words), False) if o.heads and all(words) else None
    run = prefix_run(prefixes)
    return re.compile(f"{guard(firsts)}(?:{run}(?={heads}))?(?:{heads})" if run else f"{guard(firsts)}(?:{heads})")


_PREFIX_COMMAS = frozenset(punctuation("comma"))


def comma_prefix_head(lang: Lang, text: str) -> bool:
    """Whether a line of a script without spaces opens with a prefix of the table of more than one character, no
    clause prefix ("并" joins a clause to the one before), set off by the language's clause comma, then a known head
    ("在这方面，回顾…", "在这方面，欢迎…"): a paragraph's opening where the line stands at a block's start
    (comma-prefix-in-blocks, comma-prefix-over-notes); inside wrapped text the wrap may set such a clause at a line's
    start ("…所作的努力，" / "在这方面，回顾…"), where opening() reads no head (prefixes-before-head). The table's
    prefixes are empty in scripts with spaces."""
    o = lang.openings
    if lang.script.spaced:
        return False
    prefix = next((p for p in o.prefixes if len(p) > 1 and p not in o.clause_prefixes and text.startswith(p)), None)
    return (prefix is not None and text[len(prefix):len(prefix) + 1] in _PREFIX_COMMAS
            and opening(lang, text[len(prefix) + 1:].lstrip()) is not None)


def opens_with_lookalike(lang: Lang, text: str) -> bool:
    """Whether a line opens with a head of the table that ends inside a head lookalike (head-lookalike: read as no
    head)."""
    if lang.script.spaced or not lang.openings.head_lookalikes:
        return False
    m = _heads_regex(lang).match(text)
    return m is not None and head_lookalike(lang, text, m.end())


def head_lookalike(lang: Lang, text: str, end: int) -> bool:
    """head-lookalike: in scripts without spaces, a head of the table is none where it ends inside a longer word the
    table lists (openings.head_lookalikes: "请求", a request, which opens with the head "请"; "再次请求" too): the
    line opens with no head. (A page break cut "…信函中表示黎巴嫩政府" / "请求在不修改…任务情况下将部队任期延长一年，
    …": the half after the cut goes on with its paragraph.)"""
    for word in lang.openings.head_lookalikes:
        at = text.find(word, max(0, end - len(word) + 1), end + len(word) - 1)
        if 0 <= at < end < at + len(word):
            return True
    return False


def prefix_run(prefixes: str) -> str:
    """prefixes-before-head: in scripts without spaces, the prefixes (a regex alternation of the table's
    openings.prefixes) that may stand before a paragraph's head — up to two of them ("在这方面也欢迎", as the
    UN's Chinese texts open paragraphs): such a line opens with a known head, where one prefix glued to it
    alone was known before. "" without prefixes."""
    return f"(?:{prefixes}){{1,{PREFIX_RUN}}}" if prefixes else ""
