"""Sub-paragraph labels — (a), a), (i), (أ), ’1‘, ㈠, (十一), а) — and the sequences they run in.

The sequences themselves are data (langs/numbering.json); this module is the one place that
knows how a label's decoration is separated from its value and how labels follow each other.
A label is out of sequence only when it is out of its own list's sequence: (ii) after (hh) is the
doubled-letter run of a Latin list, not a roman numeral.
"""

from __future__ import annotations

import re
from functools import cache

from .langs import numbering

_DECORATION = re.compile(r"^[\s(’‘'.\-]+|[\s)’‘'.\-]+$")


def core(label: str) -> str:
    """The label without its brackets, quotes or dots: "(iv)" → "iv", "’1‘" → "1"; without the
    marks the table ignores (the Arabic tatweel: "(هـ)" → "ه")."""
    text = _DECORATION.sub("", label)
    for mark in _ignored():
        text = text.replace(mark, "")
    return text


@cache
def _ignored() -> tuple[str, ...]:
    return tuple(numbering().get("ignored_marks", ("ـ",)))


@cache
def _lookalikes() -> dict[str, str]:
    return dict(numbering().get("lookalikes", {}))


def shape(label: str) -> str:
    """The decoration alone: "(a)" and "(b)" share the shape "()"."""
    return re.sub(r"[^()’‘.\-]", "", label)


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


def continues(prev: str, nxt: str) -> bool:
    """Whether label nxt follows label prev in one sequence ((h)→(i) latin, (i)→(ii) roman)."""
    a, b = core(prev), core(nxt)
    for seq in _sequences().values():
        if a in seq and b in seq and seq.index(b) == seq.index(a) + 1:
            return shape(prev) == shape(nxt)
    return False


def is_bullet(label: str) -> bool:
    return label.strip() in numbering()["bullets"]
