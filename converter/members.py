"""The 193 Member States, the former ones and the observer States, and the names lists use for them.

Lookups are exact after normalization (`key`): no fuzzy matching, so a name either resolves
to one code or to nothing. Member States are coded by ISO 3166-1 alpha-3; former Member States
(the USSR, Yugoslavia, Czechoslovakia, the German Democratic Republic…) by ISO 3166-3, with the
periods they were members (data/other_states.csv); observer States by ISO 3166-1 alpha-3.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from .model import LANGUAGES

# Characters that differ between sources of the same name but never distinguish two names.
_FOLD = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‑": "-", "–": "-", "—": "-", "‐": "-",
    "ـ": None,  # Arabic tatweel
    "أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه",
})


@lru_cache(maxsize=8192)
def key(name: str) -> str:
    """The normalized form two spellings of one name share: case, accents, spacing, punctuation."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c) and not c.isspace())
    return text.translate(_FOLD).casefold().strip(".,;:،")


@dataclass(frozen=True)
class Period:
    """A span of membership: from its first day to the first day it was over (None: still)."""

    start: str
    end: str | None

    def holds(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date < self.end)


class MemberTable:
    def __init__(self) -> None:
        self.names: dict[str, dict[str, str]] = {}
        # Former Member States and observer States: their names, and the former ones' periods.
        self.other_names: dict[str, dict[str, str]] = {}
        self.kinds: dict[str, str] = {}
        self.periods: dict[str, list[Period]] = {}
        self._index: dict[str, str] = {}
        data = resources.files("unres") / "data"
        with (data / "member_states.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self.names[row["iso3"]] = {lang: row[lang] for lang in LANGUAGES}
                for lang in LANGUAGES:
                    self._add(row[lang], row["iso3"])
        with (data / "other_states.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                code = row["code"]
                # A former State that was a member twice under two names (Yugoslavia) has two rows;
                # its name in each language is the first row's.
                self.other_names.setdefault(code, {lang: row[lang] for lang in LANGUAGES})
                self.kinds[code] = row["kind"]
                if row["member_from"]:
                    self.periods.setdefault(code, []).append(Period(row["member_from"], row["member_until"] or None))
                for lang in LANGUAGES:
                    self._add(row[lang], code)
        with (data / "member_aliases.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                self._add(row["alias"], row["iso3"])
        # The longest a name can be as written (spaces single, as split_names leaves them): its
        # normalized key, a space after each character at most.
        self.longest = 2 * max(map(len, self._index)) + 1

    def _add(self, name: str, iso3: str) -> None:
        k = key(name)
        other = self._index.setdefault(k, iso3)
        if other != iso3:
            raise ValueError(f"member name {name!r} is ambiguous: {other} and {iso3}")

    def lookup(self, name: str) -> str | None:
        return self._index.get(key(name))

    def is_member(self, iso3: str) -> bool:
        """Whether the code is one of today's 193 Member States."""
        return iso3 in self.names

    def is_former_member(self, code: str) -> bool:
        return self.kinds.get(code) == "former"

    def is_state(self, code: str) -> bool:
        """A Member State, a former one or an observer State: who may sponsor or vote."""
        return code in self.names or code in self.kinds

    def member_on(self, code: str, date: str) -> bool | None:
        """Whether a former Member State was a member on that day; None for a code whose dates the
        table does not hold (today's members are not dated)."""
        periods = self.periods.get(code)
        if periods is None:
            return None
        return any(p.holds(date) for p in periods)

    def name(self, iso3: str, lang: str) -> str:
        return self.names[iso3][lang] if iso3 in self.names else self.other_names[iso3][lang]

    def __len__(self) -> int:
        return len(self.names)


@cache
def members() -> MemberTable:
    return MemberTable()


def split_names(text: str, vote: dict) -> list[tuple[str, str | None]]:
    """The (name as written, ISO code or None) of each member in a vote list, using the language's
    separators ("A, B and C", "甲、乙", "أ، وب"). Conjunctions are split off only where both sides
    are known names, or at the end of the list."""
    table = members()
    text = " ".join(text.split()).rstrip("]").strip()
    end = vote.get("list_end") or ""
    if end and text.endswith(end):
        text = text[: -len(end)]
    text = text.strip().rstrip(".。").strip()
    if not text or text in vote.get("none_words", ()) or text in ("-", "—", "–"):
        return []
    sep = vote["separator"].strip()
    last = vote["last_separator"]
    prefix = vote.get("conjunction_prefix")
    pieces = [p for p in (p.strip() for p in text.split(sep)) if p]
    out: list[tuple[str, str | None]] = []
    split_last = bool(last.strip()) and last.strip() != sep
    lookup = table.lookup
    for i, piece in enumerate(pieces):
        iso = lookup(piece)
        if split_last and iso is None and last in piece:
            names = _split_pair(piece, last, table, at_end=i == len(pieces) - 1)
            if len(names) > 1:
                iso = lookup(names[0])
        else:
            names = [piece]
        for k, name in enumerate(names):
            if k:
                iso = lookup(name)
            if prefix and iso is None and name.startswith(prefix) and (bare := lookup(name[len(prefix):])):
                name, iso = name[len(prefix):], bare
            if prefix and iso is None and f" {prefix}" in name:
                # "المغرب والمكسيك": two names joined by the conjunction without a comma.
                a, _, b = name.partition(f" {prefix}")
                if (iso_a := lookup(a)) and (iso_b := lookup(b)):
                    out.append((a, iso_a))
                    name, iso = b, iso_b
            out.append((name, iso))
    return out


def _split_pair(piece: str, sep: str, table: MemberTable, at_end: bool) -> list[str]:
    """'Costa Rica and Bosnia and Herzegovina' → both names, trying every 'and' in it — when the
    piece is short enough for both sides to be names (else trying each 'and' of a long list would
    join and look up its two sides again each time)."""
    if len(piece) <= 2 * table.longest + len(sep):
        parts = piece.split(sep)
        for k in range(len(parts) - 1, 0, -1):
            left, right = sep.join(parts[:k]).strip(), sep.join(parts[k:]).strip()
            if table.lookup(left) and table.lookup(right):
                return [left, right]
    if at_end:
        left, _, right = piece.rpartition(sep)
        return [left.strip(), right.strip()]
    return [piece]
