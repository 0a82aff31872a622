"""Sub-paragraph labels — (a), a), (i), (أ), ’1‘, ㈠, (十一), а) — and the sequences they run in.

The sequences themselves are data (langs/numbering.json); this module is the one place that
knows how a label's decoration is separated from its value and how labels follow each other.
A label is out of sequence only when it is out of its own list's sequence: (ii) after (hh) is the
doubled-letter run of a Latin list, not a roman numeral.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .langs import numbering, punctuation, quote_pairs

_DECORATION = re.compile(r"^[\s(’‘'.\-]+|[\s)’‘'.\-]+$")


# (core and shape are asked of every label of a list, and lists repeat their few labels: the last
# ones asked are kept.)
@lru_cache(maxsize=4096)
def core(label: str) -> str:
    """The label without its brackets, quotes or dots: "(iv)" → "iv", "’1‘" → "1"; without the
    marks the table ignores (the Arabic tatweel: "(هـ)" → "ه")."""
    text = _DECORATION.sub("", label)
    for mark in _ignored():
        text = text.replace(mark, "")
    return text


@cache
def _ignored() -> tuple[str, ...]:
    return tuple(m for m in numbering().get("ignored_marks", ("ـ",)) if m)


@cache
def _lookalikes() -> dict[str, str]:
    return dict(numbering().get("lookalikes", {}))


_NOT_DECORATION = re.compile(r"[^()’‘.\-]")


@lru_cache(maxsize=4096)
def shape(label: str) -> str:
    """The decoration alone: "(a)" and "(b)" share the shape "()"."""
    return _NOT_DECORATION.sub("", label)


@cache
def _sequences() -> dict[str, list[str]]:
    return {name: [core(s) for s in seq] for name, seq in numbering()["sequences"].items()}


def _position(c: str, seq: list[str]) -> int:
    """1-based position of a label core in a sequence, reading a Cyrillic look-alike ("с" typed for
    "c") as the letter it stands for when only that fits; -1 when absent."""
    if c in seq:
        return seq.index(c) + 1
    folded = "".join(_lookalikes().get(ch, ch) for ch in c)
    return seq.index(folded) + 1 if folded in seq else -1


def positions(labels: list[str]) -> tuple[str, list[int]] | None:
    """The sequence the labels are drawn from and each label's 1-based position in it (-1: absent).

    Of the sequences the first label belongs to, the one in which most labels stand at their
    place: (a)…(h), (ii) is Latin, (i), (ii) roman. On a tie, (i) and I start roman lists."""
    cores = [core(x) for x in labels]
    if not cores:
        return None
    seqs = _sequences()
    order = ["roman", "roman_upper"] if cores[0] in ("i", "I") else []
    best: tuple[str, list[int]] | None = None
    best_score = -1
    for name in order + [s for s in seqs if s not in order]:
        found = [_position(c, seqs[name]) for c in cores]
        if found[0] == -1:
            continue
        score = sum(1 for i, pos in enumerate(found) if pos == i + 1)
        if score > best_score:
            best, best_score = (name, found), score
    return best


@cache
def _indexes() -> list[dict[str, int]]:
    """Each sequence as a table from a label core to its first index (what list.index gives)."""
    return [{c: i for i, c in reversed(list(enumerate(seq)))} for seq in _sequences().values()]


@cache
def _where() -> dict[str, tuple[tuple[int, int], ...]]:
    """For each label core, the sequences it is in (by their order) and its index in each."""
    out: dict[str, list[tuple[int, int]]] = {}
    for k, index in enumerate(_indexes()):
        for c, i in index.items():
            out.setdefault(c, []).append((k, i))
    return {c: tuple(places) for c, places in out.items()}


def continues(prev: str, nxt: str) -> bool:
    """Whether label nxt follows label prev in one sequence ((h)→(i) latin, (i)→(ii) roman)."""
    a, b = core(prev), core(nxt)
    indexes, where = _indexes(), _where()
    # A Cyrillic look-alike ("с)" typed for "c)" after "b)", the Russian texts) is read as the letter
    # it stands for when the label as typed is in no sequence at that place.
    fold = _lookalikes()
    b_folded = "".join(fold.get(ch, ch) for ch in b)
    a_folded = "".join(fold.get(ch, ch) for ch in a)
    for k, i in (*where.get(a, ()), *(where.get(a_folded, ()) if a_folded != a else ())):
        if i + 1 in (indexes[k].get(b), indexes[k].get(b_folded)):
            # (a sequence that prints its later labels with brackets of their own — ㈩ then (十一) —
            # has them in its table so: their brackets are the sequence's, not a list's shape)
            return _own_shape(prev, k, i) == _own_shape(nxt, k, i + 1)
    return False


def _own_shape(label: str, k: int, i: int) -> str:
    """A label's decoration less what its sequence's table prints around that label itself."""
    printed = shape(_raw()[k][i]) if i < len(_raw()[k]) else ""
    own = shape(label)
    return "" if printed and own == printed else own


@cache
def _raw() -> list[list[str]]:
    """Each sequence as its table writes it, in the order of _sequences."""
    return [list(seq) for seq in numbering()["sequences"].values()]


def is_bullet(label: str) -> bool:
    return label.strip() in numbering()["bullets"]


# announced-items (the text reader's classify and the AKN reader alike): after a numbered paragraph
# ending with a colon, an unnumbered paragraph is a thing it announces, a paragraph of its own — unless
# it opens with a quotation (the words quoted stay in the paragraph that quotes them, "… lo
# siguiente:" / "“Decide que …”", as the UN's files mark them), a bracket, or a label the tables may
# not know ("A.", "一.", "'1'": the paragraph's own list, the UN's files mark it in the paragraph).
_QUOTED_OR_BRACKETED = frozenset(punctuation("opening_quotes", "opening_brackets") + "'\"")
_LABEL_LIKE = re.compile(r"\w{1,3}[.)]")


_COLONS = tuple(punctuation("colon"))


def announces(text: str) -> bool:
    """announced-items: whether a paragraph of this text announces what follows — it ends with a
    colon, outside any quotation it opened (a page break cut "… intitulé « Water Quality: Guidelines,
    Standards and Health:" / "Assessment of risk …" inside a title: no colon of the resolution's)."""
    text = text.rstrip()
    return text.endswith(_COLONS) and all(text.count(pair[0]) == text.count(pair[1]) for pair in quote_pairs())


def opens_announced_item(text: str) -> bool:
    """Whether an unnumbered paragraph of this text, after one announcing what follows, is an item
    announced (announced-items), rather than the quotation or list of the paragraph before."""
    text = text.lstrip()
    return bool(text) and text[0] not in _QUOTED_OR_BRACKETED and _LABEL_LIKE.match(text) is None
