"""Akoma Ntoso → model: reads unres' own output losslessly and the UN's AKN4UN files faithfully.

A file says which dialect it is in: unres writes identification/@source="#unres". Each dialect
has its reader (read_unres.py, read_un.py); what they share is in reading.py.
"""

from __future__ import annotations

from lxml import etree

from ..model import Resolution
from ..problems import Problem
from ..safexml import parse_xml
from .read_un import read_un
from .read_unres import read_unres
from .reading import statement, written_by_unres


def from_akn(data: bytes, file: str | None = None) -> tuple[Resolution, list[Problem]]:
    return from_akn_tree(parse_xml(data, file), file)


def from_akn_tree(tree: etree._ElementTree, file: str | None = None) -> tuple[Resolution, list[Problem]]:
    st = statement(tree.getroot(), file)
    read = read_unres if written_by_unres(st) else read_un
    return read(st, file)
