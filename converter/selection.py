"""Which problems a run reports: a profile of `unres validate` (converter/codes.py: PROFILES), narrowed
or widened by `--select`, `--extend-select` and `--ignore` as ruff does, from the command line or from
`[tool.unres]` in the nearest pyproject.toml that has one.

A selector is a code (`vote-count-mismatch`), a prefix of whole parts of codes (`vote`,
`profile-frbr`) or `ALL`. When several selectors match a code the longest decides; between a
select and an ignore of the same length the ignore wins; the profile itself counts as the
shortest selector of all, so that any ignore overrides it and any select adds to it when
`select` is not given.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .codes import BY_CODE, PROFILES, in_profile
from .problems import Problem, UnresError

PROFILE_CHOICES = ("auto", *PROFILES)
# --profile auto: the profile of each file from whose conventions it follows (validation.py tells).
AUTO = "auto"
CONFIG_KEYS = ("profile", "select", "extend-select", "ignore")


@dataclass(frozen=True)
class Selection:
    profile: str = AUTO
    select: tuple[str, ...] | None = None  # None: the profile's codes
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    source: str = ""  # where it was read ("pyproject.toml", "--ignore"…), for messages

    def selects(self, code: str, profile: str) -> bool:
        """Whether a problem of `code` is reported for a file checked in `profile` (not "auto")."""
        best, chosen = -2, False
        if self.select is None and in_profile(code, profile):
            best, chosen = -1, True
        for selectors, verdict in ((self.select or (), True), (self.extend_select, True), (self.ignore, False)):
            for s in selectors:
                if matches(s, code):
                    weight = _weight(s)
                    if weight > best or (weight == best and not verdict):
                        best, chosen = weight, verdict
        return chosen

    def keep(self, problems: list[Problem], profile: str) -> list[Problem]:
        return [p for p in problems if self.selects(p.code, profile)]


def matches(selector: str, code: str) -> bool:
    if selector == "ALL":
        return True
    prefix = selector.rstrip("-")
    return code == prefix or code.startswith(prefix + "-")


def _weight(selector: str) -> int:
    return 0 if selector == "ALL" else len(selector.rstrip("-"))


def check_selectors(selectors: tuple[str, ...], where: str) -> None:
    """Refuses a selector that matches no registered code (a typo would silently select nothing)."""
    for s in selectors:
        if not any(matches(s, code) for code in BY_CODE):
            raise UnresError(Problem("usage-selector", f"{s!r} is no code and no prefix of one (codes are listed "
                                     "in schema/SPEC.md; ALL selects every code)", file=where))


def parse_list(value: str) -> tuple[str, ...]:
    """A comma-separated list of selectors, as the command line gives it."""
    return tuple(s.strip() for s in value.split(",") if s.strip())


# -- configuration ----------------------------------------------------------------------------------

def find_config(start: Path | None = None) -> Path | None:
    """The nearest pyproject.toml from `start` (the current directory) upwards that has [tool.unres];
    one without the table is passed over, as ruff passes over one without [tool.ruff]."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _table(candidate) is not None:
            return candidate
    return None


def _table(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as e:
        raise UnresError(Problem("usage-config", f"cannot read it: {e.strerror or e}", file=str(path))) from None
    except tomllib.TOMLDecodeError as e:
        raise UnresError(Problem("usage-config", f"not TOML: {e}", file=str(path))) from None
    tool = data.get("tool")
    table = tool.get("unres") if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


def from_config(path: Path) -> Selection:
    """The Selection of a [tool.unres] table: `profile = "un-input"`, `select`, `extend-select` and
    `ignore` as lists of selectors."""
    table = _table(path) or {}
    where = f"{path} [tool.unres]"
    unknown = sorted(set(table) - set(CONFIG_KEYS))
    if unknown:
        raise UnresError(Problem("usage-config", f"{where}: unknown key {unknown[0]!r} (the keys are "
                                 f"{', '.join(CONFIG_KEYS)})", file=str(path)))
    profile = table.get("profile", AUTO)
    if profile not in PROFILE_CHOICES:
        raise UnresError(Problem("usage-config", f"{where}: profile {profile!r} is not one of "
                                 f"{', '.join(PROFILE_CHOICES)}", file=str(path)))
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("select", "extend-select", "ignore"):
        value = table.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UnresError(Problem("usage-config", f"{where}: {key} is a list of codes or prefixes, such as "
                                     '["vote", "footnote-order"]', file=str(path)))
        lists[key] = tuple(value)
        check_selectors(lists[key], f"{path} [tool.unres] {key}")
    return Selection(profile=profile, select=lists.get("select"), extend_select=lists.get("extend-select", ()),
                     ignore=lists.get("ignore", ()), source=str(path))


@dataclass(frozen=True)
class Overrides:
    """What the command line gave (None: not given); each given one replaces the configuration's."""
    profile: str | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    isolated: bool = False  # no configuration file
    start: Path | None = field(default=None, compare=False)


def resolve(cli: Overrides) -> Selection:
    """The configuration found from the current directory upwards, with the command line over it."""
    config = None if cli.isolated else find_config(cli.start)
    base = from_config(config) if config is not None else Selection()
    for name, value in (("select", cli.select), ("extend-select", cli.extend_select), ("ignore", cli.ignore)):
        if value is not None:
            check_selectors(value, f"--{name}")
    return replace(
        base,
        profile=cli.profile if cli.profile is not None else base.profile,
        select=cli.select if cli.select is not None else base.select,
        extend_select=cli.extend_select if cli.extend_select is not None else base.extend_select,
        ignore=cli.ignore if cli.ignore is not None else base.ignore,
    )

