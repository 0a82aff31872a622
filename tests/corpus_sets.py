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


# The split for measuring how the text reader generalises (issue 22): the reader is developed
# looking at the failures of DEVELOPMENT only; HELD_OUT is measured and reported apart, its failures
# not looked at while working (benchmarks/generalisation.py prints only DEVELOPMENT's). Held out:
# the sets added to the corpus last (GA 77, SC 2022, ECOSOC 2022, the emergency special sessions),
# which the reader was never tuned on; chosen before any failure of the new layouts was seen.
# 2026-12-03 (round eight, the lead's decision): the held-out sets were reported honestly for seven
# rounds, and the issue asks ≥ 98 % (pdf) / ≥ 95 % (blocks) on every set; GA 77, the largest held-out
# set and the one where the held-out failures concentrate, becomes a development set. Its figures up
# to round seven were measured held out (benchmarks/README.md); from round eight on they are not.
# The four sets still held out stay unlooked-at.
DEVELOPMENT = ("hrc/54session", "hrc/55session", "sc/2021", "sc/2023", "ga/78session", "ecosoc/2023",
               "ga/77session")
HELD_OUT = ("sc/2022", "ecosoc/2022", "ga/emergency/ES-10", "ga/emergency/ES-11")


def group_of(set_name: str) -> str:
    """"development" or "held-out" (a set in neither group is an error: add it to one)."""
    if set_name in DEVELOPMENT:
        return "development"
    if set_name in HELD_OUT:
        return "held-out"
    raise KeyError(f"corpus set {set_name!r} is in neither DEVELOPMENT nor HELD_OUT (tests/corpus_sets.py)")
