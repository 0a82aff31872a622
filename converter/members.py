"""The 193 Member States and the names vote lists use for them.

Lookups are exact after normalization (`key`): no fuzzy matching, so a name either resolves
to one ISO 3166-1 alpha-3 code or to nothing.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import cache
from importlib import resources

from .model import LANGUAGES

# Characters that differ between sources of the same name but never distinguish two names.
_FOLD = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‑": "-", "–": "-", "—": "-", "‐": "-",
    "ـ": None,  # Arabic tatweel
    "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه",
})


def key(name: str) -> str:
    """The normalized form two spellings of one name share: case, accents, spacing, punctuation."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c) and not c.isspace())
    return text.translate(_FOLD).casefold().strip(".,;:،")


class MemberTable:
    def __init__(self) -> None:
        self.names: dict[str, dict[str, str]] = {}
        self._index: dict[str, str] = {}
        data = resources.files("unres") / "data"
        with (data / "member_states.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self.names[row["iso3"]] = {lang: row[lang] for lang in LANGUAGES}
                for lang in LANGUAGES:
                    self._add(row[lang], row["iso3"])
        with (data / "member_aliases.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self._add(row["alias"], row["iso3"])

    def _add(self, name: str, iso3: str) -> None:
        k = key(name)
        other = self._index.setdefault(k, iso3)
        if other != iso3:
            raise ValueError(f"member name {name!r} is ambiguous: {other} and {iso3}")

    def lookup(self, name: str) -> str | None:
        return self._index.get(key(name))

    def is_member(self, iso3: str) -> bool:
        return iso3 in self.names

    def name(self, iso3: str, lang: str) -> str:
        return self.names[iso3][lang]

    def __len__(self) -> int:
        return len(self.names)


@cache
def members() -> MemberTable:
    return MemberTable()
