"""Language, script and body tables: everything that differs between the UN languages, their
scripts and the bodies whose resolutions are read, from langs/*.json (each with a JSON Schema:
lang.schema.json, scripts.schema.json, bodies.schema.json).

This is the one module that reads the raw tables. Code elsewhere asks a `Lang` (or a `Script`,
a `Body`) for a pattern, a phrase, a set of words or a conversion; it never branches on a
language or body code, and every table has every key (an empty value where a language has no
such thing), so no code asks whether a key is there.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

from .firstchars import compile_guarded
from .members import key as member_key
from .model import LANGUAGES

# An empty pattern in a table is a statement the language never prints: it matches nothing.
_NEVER = "(?!)"


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern or _NEVER, flags)


def _read(name: str) -> Any:
    return json.loads((resources.files("unres") / "langs" / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Script:
    """A writing system: how its lines join, where spaces are artefacts, which way it runs."""

    name: str
    languages: tuple[str, ...]
    direction: str
    line_join: str  # "" where words are not separated by spaces
    lead_bytes: bytes  # UTF-8 lead bytes of its letters (language detection counts them)
    unspaced: str  # a regex character-class body: characters beside which a space is an artefact
    lookalikes: tuple[str, dict[int, int]] = field(hash=False)  # own letters (class body), foreign → native
    wide: str = ""  # a regex character-class body: characters printed two columns wide
    bracketed_marks: bool = False  # its texts print a note's mark in brackets, "(1)", the digits the mark
    cased: bool = True  # its letters have a capital and a lower case (not Chinese, Arabic)

    def columns(self, text: str) -> int:
        """The text's width in print, in columns of a Latin letter: where the script has wide
        characters, a line's characters say little of how far it ran (a line of ideographs and one
        with digits and Latin letters hold different numbers of characters at the same width)."""
        return len(text) + len(_wide_chars(self.wide).findall(text)) if self.wide else len(text)

    def fold_lookalikes(self, text: str) -> str:
        """lookalike-letters: the text with each foreign letter drawn like one of this script's ("годa"
        with a Latin a, "Сессия" with a Latin C) read as that letter, in the words that hold a letter
        of the script — a slip of typing the eye cannot see, which a pattern would otherwise miss. The
        length is kept, so a match on the folded text spans the same characters of the original."""
        letters, table = self.lookalikes
        if not table or text.isascii() or text.translate(table) == text:
            return text
        return _mixed_word(letters).sub(lambda m: m[0].translate(table), text)

    @property
    def spaced(self) -> bool:
        """Whether words are separated by spaces (then a line break is a space too)."""
        return self.line_join != ""


@cache
def scripts() -> dict[str, Script]:
    out = {}
    for name, s in _read_scripts().items():
        lead = b"".join(bytes(range(a, b + 1)) for a, b in s["utf8_lead_bytes"])
        unspaced = "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in s["unspaced"])
        look = s["lookalikes"]
        wide = "".join(f"{re.escape(a)}-{re.escape(b)}" for a, b in s["wide"])
        out[name] = Script(name, tuple(s["languages"]), s["direction"], s["line_join"], lead, unspaced,
                           (look["letters"], str.maketrans(look["foreign"], look["native"])), wide,
                           s["marks"]["bracketed"], s.get("cased", True))
    return out


@cache
def _wide_chars(wide: str) -> re.Pattern[str]:
    return re.compile(f"[{wide}]")


@cache
def _mixed_word(letters: str) -> re.Pattern[str]:
    """A word holding at least one of these letters."""
    return re.compile(rf"\w*[{letters}]\w*")


def punctuation(*roles: str) -> str:
    """The punctuation of these roles ("comma", "full_stop", "closing_quotes"…) in every script, each
    character once: texts mix scripts (a Chinese text with Latin commas), so a reader asks for all."""
    table = _read_scripts()
    return "".join(dict.fromkeys(c for s in table.values() for role in roles for c in s["punctuation"][role]))


def spaced_punctuation(*roles: str) -> str:
    """punctuation() of the scripts that set a space between words (a Latin ";"), less what a script without spaces
    uses too: after such a character the next word stands apart, so nothing glued to it goes on a word."""
    table = _read_scripts()
    unspaced = {c for s in table.values() if not s["line_join"] for role in roles for c in s["punctuation"][role]}
    return "".join(dict.fromkeys(c for s in table.values() if s["line_join"] for role in roles
                                 for c in s["punctuation"][role] if c not in unspaced))


@cache
def bracket_pairs() -> tuple[tuple[str, str], ...]:
    """Every script's brackets, each opening one with its own closing one ("()", "（）", "《》"…), as each script of the
    table pairs them (its opening and closing brackets in the same order), each pair once."""
    return tuple(dict.fromkeys(pair for s in _read_scripts().values()
                               for pair in zip(s["punctuation"]["opening_brackets"],
                                               s["punctuation"]["closing_brackets"], strict=True)))


def title_bracket_pairs() -> tuple[tuple[str, str], ...]:
    """The bracket pairs that enclose a title ("《》", "〈〉"…): the scripts table's title_brackets, each with its
    closing bracket."""
    titles = {c for s in _read_scripts().values() for c in s.get("title_brackets", "")}
    return tuple(pair for pair in bracket_pairs() if pair[0] in titles)


def plain_bracket_pairs() -> tuple[tuple[str, str], ...]:
    """The bracket pairs that enclose a reference or an aside ("()", "[]", "（）"): every pair but a title's."""
    titles = title_bracket_pairs()
    return tuple(pair for pair in bracket_pairs() if pair not in titles)


@cache
def quote_pairs() -> tuple[str, ...]:
    """The quotation marks that open and close one quotation ("«»", "“”", "「」"…), of every script, each
    pair once (texts mix scripts)."""
    return tuple(dict.fromkeys(p for s in _read_scripts().values() for p in s.get("quote_pairs", ())))


@cache
def opening_pairs(script: str) -> tuple[tuple[str, str], ...]:
    """open-quote-closed-below: each quotation pair of every script (quote_pairs) as (opening, closing) in the
    direction `script`'s table sets it — its punctuation's opening_quotes and closing_quotes: Arabic opens with ”
    and closes with “, Latin text the other way round. A pair whose marks the table does not set the other way round
    keeps its order."""
    table = _read_scripts()[script]["punctuation"]
    opening, closing = table["opening_quotes"], table["closing_quotes"]
    return tuple((p[1], p[0]) if p[1] in opening and p[0] in closing and p[0] not in opening else (p[0], p[1])
                 for p in quote_pairs() if len(p) == 2)


def mark_context() -> tuple[str, str]:
    """Regex character-class bodies: what a reference mark glued to the text may follow (besides a
    letter), and what a numbered one may stand before (besides a space or the line's end)."""
    table = _read_scripts()
    after = "".join(dict.fromkeys(c for s in table.values() for c in s["marks"]["after"]))
    before = "".join(dict.fromkeys(c for s in table.values() for c in s["marks"]["before"]))
    ranges = "".join(f"{a}-{b}" for s in table.values() for a, b in s["marks"]["before_ranges"])
    return re.escape(after), re.escape(before) + ranges


@cache
def _read_scripts() -> dict[str, Any]:
    table: dict[str, Any] = _read("scripts.json")
    return table


@dataclass(frozen=True)
class Body:
    """A body whose resolutions are read: what does not depend on the language."""

    code: str
    symbol_prefix: str
    members: int
    session_in_number: bool  # "35/8": the resolution number starts with the session
    akn_authors: tuple[str, ...]


@cache
def _bodies_table() -> dict[str, Any]:
    return _read("bodies.json")


@cache
def bodies() -> dict[str, Body]:
    return {code: Body(code, b["symbol_prefix"], b["members"], b["session_in_number"], tuple(b["akn_authors"]))
            for code, b in _bodies_table()["bodies"].items()}


@cache
def symbol_pattern() -> re.Pattern[str]:
    """A resolution symbol of any body ("A/RES/78/1", "S/RES/2700 (2023)")."""
    return re.compile(_bodies_table()["symbol"])


def body_by_symbol(symbol: str) -> Body | None:
    """The body a symbol belongs to, by its longest matching prefix ("A/HRC/RES/" before "A/RES/")."""
    for b in sorted(bodies().values(), key=lambda b: len(b.symbol_prefix), reverse=True):
        if symbol.startswith(b.symbol_prefix):
            return b
    return None


@dataclass(frozen=True)
class Openings:
    """How paragraphs open: the words of opening phrases ("Recalling also", "又回顾")."""

    paragraph_heads: str  # "first_words" or "opening_phrase": what tells a head where the layout does not
    lower_case: bool  # preambular paragraphs open in lower case (Russian gerunds)
    first_words: frozenset[str]  # case-folded, as all the word sets here
    adverbs: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]  # modifiers that join two others ("into" in "Taking into account"): never a phrase's end
    stop_after: frozenset[str]
    lowercase_heads: frozenset[str]
    prefixes: tuple[str, ...]  # as written, for scripts without spaces
    heads: tuple[str, ...]
    # prefixes that join a clause to the one before inside a paragraph ("并", and): a head after one
    # never opens a paragraph (clause-prefix-continues)
    clause_prefixes: tuple[str, ...] = ()
    # where paragraphs open in lower case: the endings a word of a head has (Russian gerunds: "-я", "-сь")
    head_endings: tuple[str, ...] = ()
    # words that end as a head's word does but are none ("против", against): ending-lookalike
    ending_lookalikes: frozenset[str] = frozenset()
    # scripts without spaces: words that open a paragraph whose head closes its first clause ("对"), and the verbs
    # that close it ("表示", "深表": "对…表示严重关切，") — framed-head
    frames: tuple[str, ...] = ()
    frame_verbs: tuple[str, ...] = ()
    # scripts without spaces: function words a clause never ends with ("以", "并", "的"): a line without punctuation
    # that ends with one was cut inside its sentence (cut-ending-continues)
    cut_endings: tuple[str, ...] = ()
    # scripts without spaces: words that open with a head of the table but are other words ("请求", a request, after
    # the head "请"): a line that opens with one opens with no head (head-lookalike)
    head_lookalikes: tuple[str, ...] = ()
    # scripts with spaces: a conjunction written glued to the word after it, which a run of another type may set
    # apart ("و إذ تشير": the Arabic "و" in a run of its own): read glued before an opening word (prefix-apart-head)
    apart_prefixes: tuple[str, ...] = ()
    # scripts without case: adverbs that open a clause only at a paragraph's start ("وإذ", and whereas), never inside
    # a sentence without a comma before them (adverb-head-after-unfinished-block; not "وقد", which goes on inside one)
    paragraph_adverbs: frozenset[str] = frozenset()
    # scripts with spaces: the article a word opens with after an apart prefix ("ال" in "والمساعدة"): the evidence
    # that a line opening with prefix + article is a phrase's rest, no title (conjunction-glued-no-title)
    glued_articles: tuple[str, ...] = ()
    # languages whose paragraphs open in lower case: heads of first_words that open a paragraph only in one phrase, the
    # words that may follow them there ("действуя" / "на": "действуя на основании главы VII …"); elsewhere the word is
    # a participle inside a sentence ("…, действуя через …, уделять …"), no head (head-out-of-phrase)
    phrase_heads: tuple[tuple[str, frozenset[str]], ...] = ()


@dataclass(frozen=True)
class VoteWords:
    """How the vote statement is worded."""

    without: tuple[str, ...]
    consensus: tuple[str, ...]
    recorded: tuple[str, ...]
    uncounted: tuple[str, ...]
    sides: dict[str, tuple[str, ...]]
    separator: str
    last_separator: str
    zero_words: tuple[str, ...]
    counts: re.Pattern[str]
    number_words: dict[str, int]
    modalities: dict[str, tuple[str, ...]]  # acclamation, silence_procedure, unanimous: their statements
    in_writing: tuple[str, ...]  # the votes were cast in writing ("voting by mail")


# Apostrophes as texts print them — straight, modifier letter, backtick, left quote — folded to the
# typographic one the tables write ("S'inquiétant" is "S’inquiétant").
_WORD_FOLDS: dict[int, str | None] = {ord(a): "’" for a in "'ʼ`‘"}


# word-fold: what a word may carry that no table spells — the Arabic tatweel (a stretch of the
# line, no letter: "واقتنـاعاً") — dropped when matching, and accents composed ("Guidé" typed as
# "e" and a combining acute, as some UN files have it, is the table's "guidé").
_WORD_FOLDS[0x0640] = None
# and the Arabic vowel signs and shadda (tashkil, U+064B–U+0652), which UN texts set on some words
# and not on others ("يسلّم", "يُسلِّم", "يسلم" are one verb)
_WORD_FOLDS.update(dict.fromkeys(range(0x064B, 0x0653)))


def fold_word(word: str) -> str:
    """A word as the tables' word sets hold it: case-folded, apostrophes folded (word-fold)."""
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)
    return word.casefold().translate(_WORD_FOLDS)


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold_word(w) for w in words)


def _phrase_heads(phrases: list[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """openings.phrase_heads: each head with the words that may follow it ("действуя на" → ("действуя", {"на"}))."""
    heads: dict[str, set[str]] = {}
    for phrase in phrases:
        head, word = phrase.split(None, 1)
        heads.setdefault(fold_word(head), set()).add(fold_word(word))
    return tuple((head, frozenset(words)) for head, words in heads.items())


class Lang:
    def __init__(self, table: dict[str, Any]):
        self.t = table  # the raw table, for the writers that format with it
        self.code: str = table["code"]
        self.iso639_2: str = table["iso639_2"]
        self.script: Script = scripts()[table["script"]]
        self.join: str = self.script.line_join
        self.direction: str = self.script.direction
        # Pre-Unicode encodings its texts were saved in (GB18030, Windows-1251…), Python's codec names.
        self.legacy_encodings: tuple[str, ...] = tuple(table["legacy_encodings"])
        self.vote: dict[str, Any] = table["vote"]
        self.bodies: dict[str, dict[str, str]] = table["bodies"]
        self.continues_after: frozenset[str] = frozenset(table["continues_after"])
        # The conjunctions set apart before a list's last item printed inline ("; and (b)", "؛ و (ب)"):
        # conjoined-inline-item-at-text-column.
        self.item_conjunctions: frozenset[str] = _folded(table["item_conjunctions"])
        # Words after which a name or a title follows ("entitled"): capital-after-lower-case-word.
        self.name_announcers: frozenset[str] = frozenset(table["name_announcers"])
        # title-colon-cut: the words by which a paragraph announces what follows its colon, and the words that end a
        # place's or a body's name (a colon after a name is no cut title's), folded
        self.list_announcers: frozenset[str] = _folded(table["list_announcers"])
        self.name_ends: frozenset[str] = _folded(table["name_ends"])
        self.suspended_hyphen_words: frozenset[str] = frozenset(table["suspended_hyphen_words"])
        # The words of one letter ("a", "y", "о"): a mark set apart after one stands inside no word
        # (mark-apart-inside-word).
        self.one_letter_words: frozenset[str] = frozenset(table["one_letter_words"])
        # The letters written joined to the next word, never alone (Arabic "و"): proclitic-joins-next.
        self.proclitics: frozenset[str] = frozenset(table["proclitics"])
        self.number_units: str = table["number_units"]
        # Words joining two counted numbers that share one counter ("18日和19日"): listed-counter-cut-by-break.
        self.number_joiners: tuple[str, ...] = tuple(table["number_joiners"])
        # Units abbreviated with a stop after an amount and the word that completes each ("долл." "США").
        self.cut_units: dict[str, str] = table["cut_units"]
        # How numbers are written: "217,6" and "6 351 200" (fr), "217.6" and "6,351,200" (en).
        self.decimal_separator: str = table["numbers"]["decimal_separator"]
        self.group_separators: str = "".join(table["numbers"]["group_separators"])
        # How the currencies and units after an amount open ("долл."): grouped-head-apart-cut-by-break.
        self.amount_units: tuple[str, ...] = tuple(table["numbers"]["amount_units"])
        self.endnote_not_after: frozenset[str] = _folded(table["endnotes"]["not_after"])
        # Of those, the words that make the number after them a count ("only 12"): count-glued-not-mark.
        self.quantifiers: frozenset[str] = _folded(table["endnotes"]["quantifiers"])
        # Of those, the words whose number is a document's symbol ("resolution 76/178"): mark-after-symbol-word.
        self.counted_by_symbol: frozenset[str] = _folded(table["endnotes"]["counted_by_symbol"])
        # The words for a resolution or decision numbered by its session ("resolution 75/289"):
        # mark-after-overlong-number.
        self.numbered_by_session: frozenset[str] = _folded(table["endnotes"]["numbered_by_session"])
        # Words before a counted word that name what the text has named ("this item"): counted-word-determined;
        # conjunctions that end a counted list ("Goals 5 and 16"): counted-list-closed.
        self.determiners: frozenset[str] = _folded(table["endnotes"]["determiners"])
        self.list_closers: frozenset[str] = _folded(table["endnotes"]["list_closers"])
        # Words that head a name of one counted thing, its number after the name's qualifiers ("Objetivo de
        # Desarrollo Sostenible 3"): counted-name-not-mark.
        self.name_heads: frozenset[str] = _folded(table["endnotes"]["name_heads"])
        # In a script without spaces, words after which glued digits are mostly the text's number ("目标3", Goal 3):
        # counted-glued-gives-way.
        self.glued_counts: tuple[str, ...] = tuple(table["endnotes"]["glued_counts"])
        self.dotted_counts: frozenset[str] = _folded(table["endnotes"]["dotted_counts"])
        self._any_of: dict[tuple[str, ...], Callable[[str], re.Match[str] | None]] = {}

    def __repr__(self) -> str:
        return f"Lang({self.code!r})"

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        return {name: _compile(p) for name, p in self._pattern_texts.items()}

    @cached_property
    def _pattern_texts(self) -> dict[str, str]:
        """The table's patterns, "{ordinal}" spelled out as any of its ordinal words, in any case: a
        meeting written in words ("Primera sesión plenaria", "الجلسة العامة الثالثة والثلاثون") is
        read by the words the session labels are read by, listed once in the table."""
        words = sorted(self.t["ordinal_words"], key=len, reverse=True)
        ordinal = "(?i:" + "|".join(map(re.escape, words)) + ")" if words else _NEVER
        return {name: p.replace("{ordinal}", ordinal) if p else p for name, p in self.t["patterns"].items()}

    def match(self, name: str, text: str) -> re.Match[str] | None:
        return self.patterns[name].match(text)

    def match_capitals(self, name: str, text: str) -> re.Match[str] | None:
        """A pattern (of `patterns`, or "adopted_undated") matched whatever the case of its letters: a cover line
        printed in capitals ("RESOLUTION ADOPTED BY THE GENERAL ASSEMBLY", older UN print; cover-capitals)."""
        pattern = self._capitals.get(name)
        if pattern is None:
            older = self.t["older_print"]
            source = older["adopted_undated"] if name == "adopted_undated" else self._pattern_texts[name]
            pattern = self._capitals[name] = _compile(source, re.IGNORECASE)
        return pattern.match(text)

    @cached_property
    def _capitals(self) -> dict[str, re.Pattern[str]]:
        return {}

    @cached_property
    def page_head(self) -> re.Pattern[str]:
        """The page line under the symbol of an older running head ("Page 2", "Página 2"): running-head-page."""
        return _compile(self.t["older_print"]["page_head"])

    @cached_property
    def adopted_undated(self) -> re.Pattern[str]:
        """The cover's heading without its date ("Resolution adopted by the General Assembly"): adopted-undated."""
        return _compile(self.t["older_print"]["adopted_undated"])

    @cached_property
    def adopting_bodies(self) -> frozenset[str]:
        """The bodies as a cover's heading names them ("the General Assembly"), case-folded: adopted-undated."""
        return frozenset(b["adopted_by"].casefold() for b in self.bodies.values())

    @cached_property
    def distribution_values(self) -> dict[str, str]:
        """The distributions as written, by their case-folded form ("general" → "General")."""
        return {v.casefold(): v for v in self.t["older_print"]["distribution_values"]}

    def matches_any(self, names: tuple[str, ...], text: str) -> bool:
        """Whether one of the named patterns matches: one regex search instead of one per pattern."""
        match = self._any_of.get(names)
        if match is None:
            unnamed = (re.sub(r"\(\?P<\w+>", "(?:", self._pattern_texts[n] or _NEVER) for n in names)
            # (guarded: a line that starts like none of them is turned away at its first character)
            match = self._any_of[names] = compile_guarded("|".join(f"(?:{p})" for p in unnamed) or _NEVER).match
        return match(text) is not None

    @cached_property
    def grouped_number(self) -> re.Pattern[str]:
        """A number written in groups of three digits at a text's start ("6 351 200", "2 000")."""
        return re.compile(rf"\d{{1,3}}(?:[{re.escape(self.group_separators)}]\d{{3}})+(?!\d)")

    @cached_property
    def furniture(self) -> list[re.Pattern[str]]:
        """Header lines that say nothing about the resolution ("United Nations", "Distr.: General")."""
        return [re.compile(p) for p in self.t["furniture"]]

    @cached_property
    def furniture_capitals(self) -> list[re.Pattern[str]]:
        """The furniture patterns in any case: a cover of the 1990s prints "UNITED NATIONS" (cover-capitals)."""
        return [re.compile(p, re.IGNORECASE) for p in self.t["furniture"]]

    @cached_property
    def paragraph_number(self) -> re.Pattern[str]:
        return re.compile(self.t["numbering"]["paragraph"])

    @cached_property
    def part_labels(self) -> list[str]:
        """The labels of a resolution's parts, in order ("A", "B"…; "ألف", "باء"…)."""
        labels: list[str] = numbering()["parts"][self.t["numbering"]["part"]]
        return labels

    @cached_property
    def section_labels(self) -> list[str]:
        """The labels of the sections a resolution may be divided into instead ("I", "II"…; "أولا"…;
        "一"…), which the model holds as parts as well (the UN's AKN marks them up as sections)."""
        key = self.t["numbering"].get("section")
        labels: list[str] = numbering()["parts"][key] if key else []
        return labels

    @cached_property
    def heading_label(self) -> re.Pattern[str] | None:
        """A whole line that labels a heading with a word and a number ("Part I", "Section 29A"), or
        None where the table has none."""
        pats = self.t["numbering"]["heading_labels"]
        return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None

    @property
    def label_styles(self) -> list[tuple[str, str, str]]:
        """Sub-paragraph label styles in the table's order: (before, sequence name, after)."""
        return [(pre, seq, post) for pre, seq, post in self.t["numbering"]["sub"]]

    @property
    def cited_label(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The words a label cited inside a sentence stands right after and right before, in a script without spaces
        ("第3段" + "㈡", "㈡" + "分段"); none where the table lists none."""
        cited = self.t["numbering"]["cited_label"]
        return tuple(cited["after"]), tuple(cited["before"])

    def label_variants(self, sequence: str) -> tuple[str, ...]:
        """Other spellings of a sequence's labels in this language (Arabic "ه" for "هـ")."""
        return tuple(self.t["numbering"]["label_variants"].get(sequence, ()))

    def format_paragraph_number(self, n: str) -> str:
        return str(self.t["numbering"]["paragraph_format"].format(n=n))

    @cached_property
    def formulas(self) -> tuple[str, ...]:
        """The enacting formulas of the bodies, as the table writes them ("The General Assembly,")."""
        return tuple(b["formula"] for b in self.bodies.values())

    @cached_property
    def openings(self) -> Openings:
        o = self.t["openings"]
        return Openings(o["paragraph_heads"], o["lower_case"], _folded(o["first_words"]), _folded(o["adverbs"]),
                        _folded(o["modifiers"]), _folded(o["connectors"]), _folded(o["stop_after"]),
                        _folded(o["lowercase_heads"]),
                        tuple(o["prefixes"]), tuple(o["heads"]), tuple(o["clause_prefixes"]),
                        tuple(o["head_endings"]), _folded(o["ending_lookalikes"]), tuple(o["frames"]),
                        tuple(o["frame_verbs"]),
                        tuple(o["cut_endings"]), tuple(o["head_lookalikes"]), tuple(o["apart_prefixes"]),
                        _folded(o["paragraph_adverbs"]), tuple(o["glued_articles"]),
                        _phrase_heads(o["phrase_heads"]))

    @cached_property
    def vote_words(self) -> VoteWords:
        v = self.vote
        return VoteWords(tuple(v["without"]), tuple(v["consensus"]), tuple(v["recorded"]), tuple(v["uncounted"]),
                         {side: tuple(heads) for side, heads in v["sides"].items()}, v["separator"],
                         v["last_separator"], tuple(v["zero_words"]), _compile(v["counts"]), dict(v["number_words"]),
                         {kind: tuple(words) for kind, words in v["modalities"].items()}, tuple(v["in_writing"]))

    @cached_property
    def _months(self) -> dict[str, int]:
        out = {}
        for i, names in enumerate(self.t["months"], start=1):
            for name in names:
                out[member_key(name)] = i
        return out

    def month(self, name: str) -> int | None:
        return self._months.get(member_key(name))

    def month_name(self, n: int) -> str:
        return str(self.t["months"][n - 1][0])

    @cached_property
    def _date_re(self) -> re.Pattern[str]:
        # Month names come from the table, longest first, so the pattern never guesses a word.
        names = sorted({n for names in self.t["months"] for n in names}, key=len, reverse=True)
        month = "|".join(re.escape(n) for n in names)
        return re.compile(self.t["date"]["pattern"].replace("{month}", month), re.IGNORECASE)

    def month_day_at(self, text: str, at: int) -> bool:
        """Whether a date of the table's form, a month and a day with no year, opens at `at` ("5月16日", not "3条2款"):
        mark-apart-glued-before-month."""
        m = self._date_re.match(text, at)
        return m is not None and bool(m["month"]) and bool(m["day"]) and not m["year"]

    def partial_date(self, text: str) -> tuple[int | None, int | None, int | None] | None:
        """(year, month, day) of a date written in this language; parts that are absent are None."""
        m = self._date_re.fullmatch(text.strip().rstrip(".,،，"))
        if not m or not any(m.groupdict().values()):
            return None
        month = None
        if m["month"]:
            month = self.month(m["month"])
            if month is None:
                return None
        return (int(m["year"]) if m["year"] else None, month, int(m["day"]) if m["day"] else None)

    def starts_with_date(self, text: str) -> bool:
        """Whether a line begins with a day, month and year ("8 December 2005, 60/559, of…")."""
        m = self._date_re.match(text)
        return bool(m and m["day"] and m["month"] and m["year"] and self.month(m["month"]))

    def starts_with_day_month(self, text: str) -> bool:
        """Whether a text begins with a day and a month's name, the year left out or not, as the table's date
        pattern reads them — its function words between them too ("1 de julio", "1 July")."""
        m = self._date_re.match(text)
        return bool(m and m["day"] and m["month"] and self.month(m["month"]))

    def date(self, text: str) -> str | None:
        """ISO date of a complete date written in this language."""
        p = self.partial_date(text)
        if p is None or p[0] is None or p[1] is None or p[2] is None:
            return None
        return _iso(p[0], p[1], p[2])

    @property
    def range_separators(self) -> tuple[str, ...]:
        """What joins a range's two ends ("–", " to ", "至"), as the table lists them."""
        return tuple(self.t["range_separators"])

    @property
    def spaced_quotes(self) -> str:
        """The quotation marks this language's texts set apart from the words they enclose (French "« … »")."""
        return str(self.t["spaced_quotes"])

    @cached_property
    def date_connectors(self) -> frozenset[str]:
        """The words the table's date format sets between the month and the year ("{month} de {year}": "de"; none in
        "{day} {month} {year}"), folded (notes-in-flow-year-mark: "septiembre de" + "2020")."""
        form = str(self.t["date"]["format"])
        if "{month}" not in form or "{year}" not in form:
            return frozenset()
        return frozenset(fold_word(w) for w in form.split("{month}", 1)[1].split("{year}", 1)[0].split())

    @property
    def spaced_punctuation(self) -> str:
        """The clause's punctuation this language's texts set apart from the word before it (French ";", ":")."""
        return str(self.t["spaced_punctuation"])

    def date_range(self, text: str) -> tuple[str | None, str | None]:
        """Start and end of a range such as '11 September–13 October 2023' or '2017 年 6 月 6 日至 23 日'."""
        for sep in self.t["range_separators"]:
            if sep in text:
                left, right = text.split(sep, 1)
                a, b = self.partial_date(left), self.partial_date(right)
                if a is None or b is None:
                    continue
                # Parts left out on one side are those written once on the other.
                start = tuple(x if x is not None else y for x, y in zip(a, b, strict=True))
                end = tuple(y if y is not None else x for x, y in zip(a, b, strict=True))
                if None in start or None in end:
                    continue
                return _iso(*start), _iso(*end)  # type: ignore[arg-type]  # (no None left: checked above)
        return None, None

    def format_date(self, iso: str) -> str:
        y, m, d = (int(x) for x in iso.split("-"))
        return str(self.t["date"]["format"].format(day=d, month=self.month_name(m), month_number=m, year=y))

    def ordinal(self, label: str) -> int | None:
        """The number in an ordinal written out in words ('Fifty-fourth session', '第三十五届会议')."""
        digits = re.search(r"\d+", label)
        if digits:
            return int(digits.group())
        numerals: dict[str, int] = self.t["numerals"]
        values = [numerals[c] for c in label if c in numerals]
        words = self._ordinal_words
        values += [words[w] for w in re.split(r"[\s\-‑]+", label.casefold()) if w in words]
        multipliers = self.t["ordinal_multipliers"]
        total, pending = 0, 0
        for v in values:
            if v in multipliers:  # "三十五": three tens and five
                total += (pending or 1) * v
                pending = 0
            else:
                pending += v
        total += pending
        return total or None

    @cached_property
    def _ordinal_words(self) -> dict[str, int]:
        return {k.casefold(): v for k, v in self.t["ordinal_words"].items()}

    @cached_property
    def _body_keys(self) -> tuple[dict[str, str], dict[str, str]]:
        names: dict[str, str] = {}
        formulas: dict[str, str] = {}
        for code, b in self.bodies.items():
            names.setdefault(member_key(b["name"]), code)
            names.setdefault(member_key(b["adopted_by"]), code)
            for printed in b.get("cover_names", ()):  # what a cover prints in the name's place
                names.setdefault(member_key(printed), code)
            formulas.setdefault(member_key(b["formula"]), code)
        return names, formulas

    def body_by_name(self, name: str) -> str | None:
        return self._body_keys[0].get(member_key(name))

    def body_by_formula(self, formula: str) -> str | None:
        return self._body_keys[1].get(member_key(formula))

    def language_code(self, name: str) -> str | None:
        k = member_key(name)
        for code, names in self.t["language_names"].items():
            if any(member_key(n) == k for n in names):
                return str(code)
        return None


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


@cache
def lang(code: str) -> Lang:
    if code not in LANGUAGES:
        raise KeyError(code)
    return Lang(_read(f"{code}.json"))


@cache
def numbering() -> dict[str, Any]:
    table: dict[str, Any] = _read("numbering.json")
    return table


def all_langs() -> list[Lang]:
    return [lang(c) for c in LANGUAGES]
