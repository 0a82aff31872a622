"""The elements of the UN's AKN files, each with the reader's decision about it (tests/fixtures/
akn-un-elements.json): read into the model, metadata, dropped with akn-dropped, or ignored as layout.

An element is named by its parent and itself ("list/sublist"), with "annex:" before it inside an
attachment, where the same names mean other things (a container of a table is read there, dropped
in the operative part). Run alone to list the names a corpus holds: `python tests/akn_elements.py`.
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

DECISIONS = Path(__file__).parent / "fixtures" / "akn-un-elements.json"
_AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_ATTACHMENT = f"{{{_AKN}}}attachment"


def decisions() -> dict[str, str]:
    return json.loads(DECISIONS.read_text(encoding="utf-8"))


def _name(el: etree._Element) -> str:
    q = etree.QName(el)
    return q.localname if q.namespace == _AKN else f"akn4un:{q.localname}"


def element_names(files: Iterable[Path]) -> dict[str, list[str]]:
    """Every element name found, with (up to 3) files that hold it."""
    found: dict[str, list[str]] = collections.defaultdict(list)
    for path in files:
        try:
            root = etree.parse(str(path)).getroot()
        except etree.XMLSyntaxError:
            continue  # not well-formed: the corpus test counts it as unreadable
        names: set[str] = set()
        _walk(root, "", False, names)
        for key in names:
            if len(found[key]) < 3:
                found[key].append(path.name)
    return dict(found)


def _walk(el: etree._Element, parent: str, in_annex: bool, names: set[str]) -> None:
    name = _name(el)
    names.add(("annex:" if in_annex else "") + f"{parent}/{name}")
    in_annex = in_annex or el.tag == _ATTACHMENT
    for child in el:
        if isinstance(child.tag, str):
            _walk(child, name, in_annex, names)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    from corpus_sets import akn_files, language_of

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared/corpus/unxml"
    known = decisions()
    for key, where in sorted(element_names(p for p in akn_files(root) if language_of(p)).items()):
        print(f"{'   ' if key in known else 'NEW'} {key:45} {known.get(key, where)}")
