"""Sub-paragraphs nested by their labels: (a), (b) … then (i), (ii) under (b), and back."""

from __future__ import annotations

from functools import cache
from itertools import islice

from ..labels import continues, core, shape
from ..langs import numbering
from .marked import Marked
from .openings import BULLET
from .ruleset import Rule
from .state import OpDraft, Pieces, SubDraft

MAX_SUB_DEPTH = 6  # deeper "levels" in a text are numbering slips, not structure
RUN_ON_ITEMS = 64  # run-on lettering: how far back among a list's items the list lettered on from is looked for


@cache
def _first_labels() -> frozenset[str]:
    return frozenset(items[0].replace("ـ", "") for items in numbering()["sequences"].values())


def add_sub(op: OpDraft, label: str, seq: str, text: Marked, under: bool = False,
            heads: tuple[str, ...] = ()) -> bool:
    """label-nesting: a label goes in the deepest open list whose next label it is; otherwise a
    first label ((a), (i), ’1‘) opens a deeper list — unless the open list began with that very
    label: a repeated or out-of-sequence label is a numbering slip (reported by the rules), kept
    beside its siblings rather than nested ever deeper (and never deeper than MAX_SUB_DEPTH).
    under: the label opens a list under the last item whatever it is (bullet-label: bullets after an
    item that announces them). Returns whether the label opened a deeper list or was kept as a slip
    (not the list's next)."""
    node = SubDraft(label, seq, Pieces(text), heads=heads)
    chain: list[list[SubDraft]] = []
    level: list[SubDraft] | None = op.subs
    while level:
        chain.append(level)
        level = level[-1].subs
    if seq == BULLET:
        return _add_bullet(op, chain, node, under)
    for lst in chain[::-1]:
        if continues(lst[-1].label, label):
            lst.append(node)
            return False
    # run-on lettering: the lists under successive items may letter on from the list under an item
    # before ("(i) …" (a)–(f), "(ii) …" (g)–(k): S/RES/2666 (2022)), as the UN-AKN reader reads them.
    # (Looked for among the RUN_ON_ITEMS items before the last, not the whole list: the item lettered on from stands a
    # few items back, and a list of thousands of items stays linear.)
    before = islice(reversed(chain[-1]), 1, RUN_ON_ITEMS) if chain else ()
    run_on = next((s.subs[-1].label for s in before if s.subs), "")
    # (Run-on lettering wins over the repeated-label guard: "(i)" after "(h)" under the item before
    # letters on, though the list it would stand in began with a roman "(i)": letter-i-after-h.)
    opens_level = under or bool(run_on and continues(run_on, label)) or (
        core(label) in _first_labels() and not (chain and chain[-1][0].label == label))
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


def _add_bullet(op: OpDraft, chain: list[list[SubDraft]], node: SubDraft, under: bool) -> bool:
    """bullet-nesting: a bullet goes on the deepest open list whose last item has the same bullet;
    otherwise, after an item that announces it (`under`: "(f) … to:", a title item "(a) Protection of
    civilians" — bullet-label), it opens a list under that item; after an item that ends its clause
    it stands beside it (the UN's unlabelled "- and, in the context of …:" between lettered items);
    or it is the paragraph's first item. Returns whether it opened a deeper list."""
    for lst in chain[::-1]:
        if lst[-1].label == node.label:
            lst.append(node)
            return False
    if not chain:
        op.subs.append(node)
        return False
    parent = chain[-1][-1]
    if not under or len(chain) >= MAX_SUB_DEPTH:
        chain[-1].append(node)
        return False
    if parent.subs is None:
        parent.subs = [node]
    else:
        parent.subs.append(node)
    return True


RULES: tuple[Rule, ...] = (
    Rule("bullet-nesting", "classify", _add_bullet, "a bullet or dash before a space labels an item (bullet-label); "
         "a first bullet opens a list under an item that announces it, else stands beside; the same bullet goes on "
         "its list"),
    Rule("label-nesting", "classify", add_sub, "a first label ((i) under (a)), or one that letters on from the list "
         "under an item before, opens a deeper list; a repeated or out-of-sequence label stays beside its siblings"),
)
