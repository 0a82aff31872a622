"""Bytes → text (before any stage: the language is told from the text), and the language itself."""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache

from ..langs import Lang, all_langs, fold_word, scripts
from ..problems import Problem, UnresError

MAX_TEXT_CHARS = 20_000_000

# Presentation forms: Latin ligatures ("ﬁ", U+FB00–FB06) and shaped Arabic letters (U+FB50–FDFF,
# U+FE70–FEFE), which PDF fonts map some glyphs to. They are compatibility characters for the
# letters: folded to them (NFKC) run by run, never the whole text — NFKC would also rewrite the
# full-width punctuation of Chinese, superscripts and fractions.
PRESENTATION_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+")
# Control characters and invisible direction marks. (U+0000 among them: marked.PRINTED_MARK relies
# on no text holding it.)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Either of the two, in one scan of the text (which most texts pass without a find).
_UNUSUAL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb00-\ufeff]")


def decode(data: bytes | str) -> tuple[str, list[Problem]]:
    """Text from bytes in UTF-8 or UTF-16 (BOM), else in the legacy encoding of a UN language the
    bytes fit (legacy_decode), with a warning."""
    warnings: list[Problem] = []
    if isinstance(data, bytes):
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16", errors="replace")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                line = data.count(b"\n", 0, e.start) + 1
                text, encoding = legacy_decode(data, line)
                warnings.append(Problem("text-encoding", f"input is not UTF-8 (byte 0x{data[e.start]:02X} on this "
                                        f"line); read as {encoding}, the legacy encoding its bytes fit",
                                        line=line, severity="warning"))
    else:
        text = data
    if len(text) > MAX_TEXT_CHARS:
        raise UnresError(Problem("text-too-large", f"{len(text)} characters is more than {MAX_TEXT_CHARS}"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    unusual = _UNUSUAL.search(text) is not None
    if unusual and (control := CONTROL.search(text)):
        line = text.count("\n", 0, control.start()) + 1
        warnings.append(Problem("text-control-characters", "control characters removed", line=line,
                                severity="warning"))
        text = CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if unusual and (forms := PRESENTATION_FORMS.search(text)):
        line = text.count("\n", 0, forms.start()) + 1
        warnings.append(Problem("text-presentation-forms", "ligatures or shaped Arabic letters (presentation "
                                "forms, as some PDF fonts give them) read as the letters they stand for",
                                line=line, severity="warning"))
        text = PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return text, warnings


def legacy_decode(data: bytes, line: int) -> tuple[str, str]:
    """Text in one of the legacy encodings the six languages were written in (each language's
    table lists its own: GB18030 and Big5, Windows-1251 and KOI8-R, Windows-1256 and ISO-8859-6,
    Windows-1252), told apart by charset-normalizer; UnresError when none reads it well."""
    from charset_normalizer import from_bytes

    candidates = list(dict.fromkeys(e for lg in all_langs() for e in lg.legacy_encodings))
    best = from_bytes(data, cp_isolation=candidates).best()
    if best is None:
        names = ", ".join(_ENCODING_NAMES.get(c, c) for c in candidates)
        raise UnresError(Problem("text-encoding-unknown", "the input is not UTF-8, and none of the legacy encodings of "
                                 f"the six languages ({names}) reads it: save it as UTF-8", line=line))
    return str(best), _ENCODING_NAMES.get(best.encoding, best.encoding)


# The names users know the encodings by (charset-normalizer gives Python's codec names).
_ENCODING_NAMES = {"gb18030": "GB18030", "big5": "Big5", "cp1251": "Windows-1251", "koi8_r": "KOI8-R",
                   "cp1256": "Windows-1256", "iso8859_6": "ISO-8859-6", "cp1252": "Windows-1252"}


# -- language -----------------------------------------------------------------------------------------
_SAMPLE = 6000  # the header and first paragraphs say the language; the rest costs time
_SCRIPT_SAMPLE = 1500  # enough letters to tell the script (Python's regex engine is slow per character)
_SCRIPT_SHARE = 0.3  # letters of a one-language script outnumber a third of the shared script's
_WORDS_DECIDE = 3  # the best language's words are found at least this often and thrice the next's
_HEADER_LINES = 40  # lines tried against the header patterns when the words do not decide
_HEADER_WEIGHT = 5  # a header line that matches counts as much as five words


def _count(lead_bytes: bytes, data: bytes) -> int:
    # Letters of a script are counted by the UTF-8 lead bytes of its Unicode block, one pass in C
    # per script (a regular expression walks the text a character at a time).
    return len(data) - len(data.translate(None, lead_bytes))


def detect_language(text: str) -> str | None:
    """The language of a resolution text: its script, then (for a script that several languages
    share) its formulas and phrases."""
    sample = text[:_SAMPLE]
    data = sample[:_SCRIPT_SAMPLE].encode("utf-8", "replace")
    own = {s.languages[0]: _count(s.lead_bytes, data) for s in scripts().values() if len(s.languages) == 1}
    shared = sum(_count(s.lead_bytes, data) for s in scripts().values() if len(s.languages) > 1)
    best = max(own, key=lambda c: own[c])
    if own[best] > shared * _SCRIPT_SHARE and own[best] > 0:
        return best
    if shared == 0:
        return None
    return _by_words(sample, [lg for lg in all_langs() if lg.code not in own])


def _by_words(sample: str, candidates: list[Lang]) -> str:
    """Among languages of one script: the one whose formulas, vote phrases and months the text
    holds most, or — when the words do not decide — whose header patterns its lines match."""
    scores = {lg.code: len(_language_words(lg).findall(sample)) for lg in candidates}
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= _WORDS_DECIDE and ranked[0] >= _WORDS_DECIDE * ranked[1]:
        return max(scores, key=lambda c: scores[c])  # the words alone decide; the header patterns cost more
    head_lines = [ln.strip() for ln in sample.splitlines()[:_HEADER_LINES]]
    for lg in candidates:
        scores[lg.code] += _HEADER_WEIGHT * sum(1 for p in lg.patterns.values() for ln in head_lines if p.match(ln))
        # openings-tell-language: and by the words its lines open with, as the tables' openings list them
        # ("Decides", "Décide", "Decide"): a fragment with neither formula, vote nor header (a few paragraphs pasted
        # from a resolution) was given the language a month's name inside a word said ("mai" in "remain"), and the
        # error asked it for that language's formula.
        scores[lg.code] += sum(1 for ln in head_lines if _first_word(ln) in lg.openings.first_words)
    return max(scores, key=lambda c: scores[c])


@cache
def _language_words(lg: Lang) -> re.Pattern[str]:
    """A language's formulas, vote phrases and months, each found as whole words only: counted as substrings, a
    month's name inside a word ("mai" in "maintain" and "remain") made an English fragment of operative paragraphs
    French by the words alone (whole-words-tell-language)."""
    words = [f.rstrip(",") for f in lg.formulas] + list(lg.vote_words.without)
    words += [lg.month_name(m) for m in range(1, 13)]
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)
    # (an underscore is no letter here: a Markdown extraction's italics, "_L’Assemblée générale_,", hold the formula)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


# A paragraph number or an item's label at a line's start ("1.", "(a)", "b)"): only such lines are counted by
# openings-tell-language — a wrapped line may open with any word ("a number of", "note of"), a paragraph's first
# line with its head.
_NUMBERED = re.compile(r"^\(?\w{1,4}[.)]\s+")


def _first_word(line: str) -> str:
    """The word a numbered or labelled line opens with, past its number or label, case-folded as the openings are
    ("" for any other line, or a word of one letter)."""
    m = _NUMBERED.match(line)
    words = line[m.end():].split(None, 1) if m else []
    return fold_word(words[0]) if words and len(words[0]) > 1 else ""


_SCRIPT_DECIDES = 20  # fewer letters than this do not tell a script
_SCRIPT_ALONE = 0.8  # the script's letters are at least four in five of all


def script_of(text: str) -> str | None:
    """The script (a key of scripts.json) a text's letters are written in; None when it has too few
    letters to tell or mixes scripts."""
    data = text[:_SCRIPT_SAMPLE].encode("utf-8", "replace")
    counts = {name: _count(s.lead_bytes, data) for name, s in scripts().items()}
    best = max(counts, key=lambda c: counts[c])
    # A Latin symbol or name in a Chinese text does not make it Latin, and a text too short to tell
    # is not judged.
    if counts[best] < _SCRIPT_DECIDES or counts[best] < _SCRIPT_ALONE * sum(counts.values()):
        return None
    return best
