"""Sub-paragraphs nested by their labels: (a), (b) … then (i), (ii) under (b), and back."""

from __future__ import annotations

from functools import cache

from ..labels import continues, core, shape
from ..langs import numbering
from .marked import Marked
from .ruleset import Rule
from .state import OpDraft, Pieces, SubDraft

MAX_SUB_DEPTH = 6  # deeper "levels" in a text are numbering slips, not structure


@cache
def _first_labels() -> frozenset[str]:
    return frozenset(items[0].replace("ـ", "") for items in numbering()["sequences"].values())


def add_sub(op: OpDraft, label: str, seq: str, text: Marked, under: bool = False) -> bool:
    """label-nesting: a label goes in the deepest open list whose next label it is; otherwise a
    first label ((a), (i), ’1‘) opens a deeper list — unless the open list began with that very
    label: a repeated or out-of-sequence label is a numbering slip (reported by the rules), kept
    beside its siblings rather than nested ever deeper (and never deeper than MAX_SUB_DEPTH).
    under: the label opens a list under the last item whatever it is (bullet-label: bullets after an
    item that announces them). Returns whether the label opened a deeper list or was kept as a slip
    (not the list's next)."""
    node = SubDraft(label, seq, Pieces(text))
    chain: list[list[SubDraft]] = []
    level: list[SubDraft] | None = op.subs
    while level:
        chain.append(level)
        level = level[-1].subs
    for lst in chain[::-1]:
        if continues(lst[-1].label, label):
            lst.append(node)
            return False
    opens_level = (under or core(label) in _first_labels()) and not (chain and chain[-1][0].label == label)
    if chain and (not opens_level or len(chain) >= MAX_SUB_DEPTH):
        same = next((lst for lst in chain[::-1] if shape(lst[-1].label) == shape(label)), chain[-1])
        same.append(node)
    elif chain:
        parent = chain[-1][-1]
        if parent.subs is None:
            parent.subs = [node]
        else:
            parent.subs.append(node)
    else:
        op.subs.append(node)
        return False
    return True


RULES: tuple[Rule, ...] = (
    Rule("label-nesting", "classify", add_sub, "a first label ((i) under (a)) opens a deeper list; a repeated or "
         "out-of-sequence label stays beside its siblings"),
)
