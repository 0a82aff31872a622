"""Sub-paragraph labels — (a), a), (i), (أ), ’1‘, ㈠ — and the sequences they run in.

The sequences themselves are data (langs/numbering.json); this module is the one place that
knows how a label's decoration is separated from its value and how labels follow each other.
"""

from __future__ import annotations

import re

from .langs import numbering

_DECORATION = re.compile(r"^[\s(’‘'.\-]+|[\s)’‘'.\-]+$")


def core(label: str) -> str:
    """The label without its brackets, quotes or dots: "(iv)" → "iv", "’1‘" → "1"."""
    return _DECORATION.sub("", label).replace("ـ", "")


def shape(label: str) -> str:
    """The decoration alone: "(a)" and "(b)" share the shape "()"."""
    return re.sub(r"[^()’‘.\-]", "", label)


def _sequences() -> dict[str, list[str]]:
    return {name: [s.replace("ـ", "") for s in seq] for name, seq in numbering()["sequences"].items()}


def positions(labels: list[str]) -> tuple[str, list[int]] | None:
    """The sequence the labels are drawn from and each label's 1-based position in it (-1: absent)."""
    cores = [core(x) for x in labels]
    seqs = _sequences()
    # (i) starts a roman list, (h)(i) continues a latin one: try the sequence the first label fits best.
    order = ["roman", "latin"] if cores and cores[0] == "i" else []
    for name in order + [s for s in seqs if s not in order]:
        seq = seqs[name]
        if cores and cores[0] in seq:
            return name, [seq.index(c) + 1 if c in seq else -1 for c in cores]
    return None


def continues(prev: str, nxt: str) -> bool:
    """Whether label nxt follows label prev in one sequence ((h)→(i) latin, (i)→(ii) roman)."""
    a, b = core(prev), core(nxt)
    for seq in _sequences().values():
        if a in seq and b in seq and seq.index(b) == seq.index(a) + 1:
            return shape(prev) == shape(nxt)
    return False


def is_bullet(label: str) -> bool:
    return label.strip() in numbering()["bullets"]
