"""Language tables: everything that differs between the six UN languages, read from langs/*.json.

Code elsewhere asks a `Lang` for a pattern, a phrase or a conversion; it never branches on the
language code itself.
"""

from __future__ import annotations

import json
import re
from functools import cache, cached_property
from importlib import resources
from typing import Any

from .members import key as member_key
from .model import LANGUAGES


class Lang:
    def __init__(self, table: dict[str, Any]):
        self.t = table
        self.code: str = table["code"]
        self.iso639_2: str = table["iso639_2"]
        self.join: str = table["line_join"]
        self.direction: str = table["direction"]
        self.vote: dict[str, Any] = table["vote"]
        self.bodies: dict[str, dict[str, str]] = table["bodies"]
        self._any_of: dict[tuple[str, ...], re.Pattern] = {}

    @cached_property
    def patterns(self) -> dict[str, re.Pattern]:
        return {name: re.compile(p) for name, p in self.t["patterns"].items()}

    def match(self, name: str, text: str) -> re.Match | None:
        return self.patterns[name].match(text)

    def matches_any(self, names: tuple[str, ...], text: str) -> bool:
        """Whether one of the named patterns matches: one regex search instead of one per pattern."""
        pattern = self._any_of.get(names)
        if pattern is None:
            unnamed = (re.sub(r"\(\?P<\w+>", "(?:", self.t["patterns"][n]) for n in names if n in self.t["patterns"])
            pattern = self._any_of[names] = re.compile("|".join(f"(?:{p})" for p in unnamed) or "(?!)")
        return pattern.match(text) is not None

    @cached_property
    def furniture(self) -> list[re.Pattern]:
        """Header lines that say nothing about the resolution ("United Nations", "Distr.: General")."""
        return [re.compile(p) for p in self.t.get("furniture", ())]

    @cached_property
    def paragraph_number(self) -> re.Pattern:
        return re.compile(self.t["numbering"]["paragraph"])

    @cached_property
    def part_labels(self) -> list[str]:
        """The labels of a resolution's parts, in order ("A", "B"…; "ألف", "باء"…)."""
        return numbering()["parts"][self.t["numbering"]["part"]]

    def format_paragraph_number(self, n: str) -> str:
        return self.t["numbering"]["paragraph_format"].format(n=n)

    @cached_property
    def _months(self) -> dict[str, int]:
        out = {}
        for i, names in enumerate(self.t["months"], start=1):
            for name in names:
                out[member_key(name)] = i
        return out

    def month(self, name: str) -> int | None:
        return self._months.get(member_key(name))

    def month_name(self, n: int) -> str:
        return self.t["months"][n - 1][0]

    @cached_property
    def _date_re(self) -> re.Pattern:
        # Month names come from the table, longest first, so the pattern never guesses a word.
        names = sorted({n for names in self.t["months"] for n in names}, key=len, reverse=True)
        month = "|".join(re.escape(n) for n in names)
        return re.compile(self.t["date"]["pattern"].replace("{month}", month), re.IGNORECASE)

    def partial_date(self, text: str) -> tuple[int | None, int | None, int | None] | None:
        """(year, month, day) of a date written in this language; parts that are absent are None."""
        m = self._date_re.fullmatch(text.strip().rstrip(".,،，"))
        if not m or not any(m.groupdict().values()):
            return None
        month = None
        if m["month"]:
            month = self.month(m["month"])
            if month is None:
                return None
        return (int(m["year"]) if m["year"] else None, month, int(m["day"]) if m["day"] else None)

    def starts_with_date(self, text: str) -> bool:
        """Whether a line begins with a day, month and year ("8 December 2005, 60/559, of…")."""
        m = self._date_re.match(text)
        return bool(m and m["day"] and m["month"] and m["year"] and self.month(m["month"]))

    def date(self, text: str) -> str | None:
        """ISO date of a complete date written in this language."""
        p = self.partial_date(text)
        if p is None or None in p:
            return None
        return _iso(p)

    def date_range(self, text: str) -> tuple[str | None, str | None]:
        """Start and end of a range such as '11 September–13 October 2023' or '2017 年 6 月 6 日至 23 日'."""
        for sep in self.t["range_separators"]:
            if sep in text:
                left, right = text.split(sep, 1)
                a, b = self.partial_date(left), self.partial_date(right)
                if a is None or b is None:
                    continue
                # Parts left out on one side are those written once on the other.
                start = tuple(x if x is not None else y for x, y in zip(a, b, strict=True))
                end = tuple(y if y is not None else x for x, y in zip(a, b, strict=True))
                if None in start or None in end:
                    continue
                return _iso(start), _iso(end)
        return None, None

    def format_date(self, iso: str) -> str:
        y, m, d = (int(x) for x in iso.split("-"))
        month = str(m) if self.code == "zh" else self.month_name(m)
        return self.t["date"]["format"].format(day=d, month=month, year=y)

    def ordinal(self, label: str) -> int | None:
        """The number in an ordinal written out in words ('Fifty-fourth session', '第三十五届会议')."""
        digits = re.search(r"\d+", label)
        if digits:
            return int(digits.group())
        words = self.t.get("ordinal_words")
        numerals = self.t.get("numerals")
        if numerals:
            values = [numerals[c] for c in label if c in numerals]
        elif words:
            lowered = {k.casefold(): v for k, v in words.items()}
            values = [lowered[w] for w in re.split(r"[\s\-‑]+", label.casefold()) if w in lowered]
        else:
            return None
        total, pending = 0, 0
        for v in values:
            if v in (10, 100) and numerals:
                total += (pending or 1) * v
                pending = 0
            else:
                pending += v
        total += pending
        return total or None

    @cached_property
    def _body_keys(self) -> tuple[dict[str, str], dict[str, str]]:
        names: dict[str, str] = {}
        formulas: dict[str, str] = {}
        for code, b in self.bodies.items():
            names.setdefault(member_key(b["name"]), code)
            names.setdefault(member_key(b["adopted_by"]), code)
            formulas.setdefault(member_key(b["formula"]), code)
        return names, formulas

    def body_by_name(self, name: str) -> str | None:
        return self._body_keys[0].get(member_key(name))

    def body_by_formula(self, formula: str) -> str | None:
        return self._body_keys[1].get(member_key(formula))

    def language_code(self, name: str) -> str | None:
        k = member_key(name)
        for code, names in self.t["language_names"].items():
            if any(member_key(n) == k for n in names):
                return code
        return None


def _iso(p) -> str | None:
    y, m, d = p
    return f"{y:04d}-{m:02d}-{d:02d}"


@cache
def lang(code: str) -> Lang:
    if code not in LANGUAGES:
        raise KeyError(code)
    text = (resources.files("unres") / "langs" / f"{code}.json").read_text(encoding="utf-8")
    return Lang(json.loads(text))


@cache
def numbering() -> dict[str, Any]:
    return json.loads((resources.files("unres") / "langs" / "numbering.json").read_text(encoding="utf-8"))


def all_langs() -> list[Lang]:
    return [lang(c) for c in LANGUAGES]
