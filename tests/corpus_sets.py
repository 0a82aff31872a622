"""The sets of ../shared/corpus/unxml, for tests and benchmarks that report figures per set.

A set is the folder that holds the language folders: `hrc/54session`, `sc/2021`,
`ga/emergency/ES-10`… (the emergency special sessions sit one level deeper). Files of languages
other than the six (the UN also publishes German translations) belong to no figure of the six
languages: `language_of` gives None for them.
"""

from __future__ import annotations

from pathlib import Path

LANG_DIRS = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr", "Russian": "ru", "Spanish": "es"}


def akn_files(unxml: Path) -> list[Path]:
    """Every AKN file of the corpus, in every set and language folder, sorted."""
    return sorted(p for p in unxml.rglob("*.xml") if "data_extract" not in p.parts)


def set_of(path: Path, unxml: Path) -> str:
    """'sc/2021' for …/unxml/sc/2021/English/S_RES_2599 (2021)_E.xml."""
    return "/".join(path.relative_to(unxml).parts[:-2])


def language_of(path: Path) -> str | None:
    return LANG_DIRS.get(path.parent.name)


def body_of(set_name: str) -> str:
    return set_name.split("/", 1)[0]
