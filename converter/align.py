"""`unres validate --align`: the language versions of one resolution must agree in structure.

Each file is summarised (`summary`) by what its six versions share whatever the language: the
number of preambular paragraphs, the operative paragraph numbers, the shape of the sub-paragraph
lists (how many items each list has, by position: a list labelled (a), (b) in English is labelled
(أ), (ب) in Arabic and ㈠, ㈡ in Chinese, and a bullet may be a hyphen or a dash), the parts, the
number of footnotes and the vote (its type, each side's count, and its members by ISO code: a
name one version misspells is unknown there, not another country).

The versions of a symbol (spelled with or without spaces) are compared field by field; a version
that differs from a strict majority of them is reported (`align-mismatch`), saying what it has and
what the majority has. When no value has a strict majority (three versions against three) nobody
is singled out: one `align-no-majority` problem says how the versions split.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from .model import Resolution, SubParagraph
from .problems import Problem

# The order in which language versions are listed in messages, and the one a symbol-wide problem
# is reported against (the first present).
LANG_ORDER = ("en", "fr", "es", "ru", "zh", "ar")


def summary(res: Resolution) -> dict[str, Any]:
    """What the language versions of one resolution must share (picklable: computed in workers)."""
    vote = res.vote
    return {
        "symbol": res.metadata.symbol,
        "language": res.metadata.language,
        "preamble": len(res.preamble.paragraphs),
        "operative": [p.number for p in res.operative],
        "subparagraphs": [_shape(p.subparagraphs) for p in res.operative],
        "parts": [[len(p.preamble), [o.number for o in p.operative]] for p in res.parts],
        "footnotes": len(res.footnotes),
        "vote": [vote.type, [[name, s.count, sorted(m.iso3 for m in s.members if m.iso3),
                              sum(1 for m in s.members if not m.iso3)] for name, s in vote.sides()]],
    }


def _shape(items: tuple[SubParagraph, ...]) -> list[Any]:
    """The lists under a paragraph by position: one entry per item, the shape of its own list."""
    return [_shape(s.subparagraphs) for s in items]


def symbol_key(symbol: str) -> str:
    """One spelling for the versions of a symbol: the UN writes S/RES/2619 (2022) and S/RES/2619(2022)."""
    return "".join(symbol.split()).upper()


# -- how two values of a field agree, and how one is described -----------------------------------------

def _votes_agree(a: list[Any], b: list[Any]) -> bool:
    """Same type and counts; members the same by ISO code, except those a version lists by a name
    that resolved to no code (a typo): such a name may be any member the other version has."""
    if a[0] != b[0] or len(a[1]) != len(b[1]):
        return False
    for (side_a, count_a, codes_a, unknown_a), (side_b, count_b, codes_b, unknown_b) in zip(a[1], b[1], strict=True):
        if side_a != side_b or count_a != count_b:
            return False
        if len(set(codes_a) - set(codes_b)) > unknown_b or len(set(codes_b) - set(codes_a)) > unknown_a:
            return False
    return True


def _numbers(values: list[str | None]) -> str:
    if not values:
        return "none"
    shown = ["unnumbered" if v is None else v for v in values]
    if all(v == str(i + 1) for i, v in enumerate(values)):
        return f"{len(values)}, numbered 1–{len(values)}" if len(values) > 1 else "1, numbered 1"
    return f"{len(values)}: " + ", ".join(shown[:12]) + ("…" if len(shown) > 12 else "")


# A describer says where a value first differs from the majority's, what it has there and what
# the majority has: ("paragraph 3", "4 sub-paragraphs", "5").
Difference = tuple[str, str, str]


def _first_difference(a: list[Any], b: list[Any], where: str) -> Difference:
    """Where two shapes of sub-paragraph lists first differ."""
    if len(a) != len(b):
        return where, f"{len(a)} sub-paragraphs", str(len(b))
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x != y:
            return _first_difference(x, y, f"{where}, sub-paragraph {i + 1}")
    return where, "the same", "the same"


def _describe_subparagraphs(value: list[Any], majority: list[Any]) -> Difference:
    if len(value) != len(majority):
        return "", f"{len(value)} operative paragraphs", str(len(majority))
    for i, (x, y) in enumerate(zip(value, majority, strict=True)):
        if x != y:
            return _first_difference(x, y, f"paragraph {i + 1}")
    return "", "the same", "the same"


def _describe_vote(value: list[Any], majority: list[Any]) -> Difference:
    if value[0] != majority[0]:
        return "", f"a vote of type {value[0]}", majority[0]
    for (side, count, codes, _), (_, count_m, codes_m, _) in zip(value[1], majority[1], strict=False):
        where = side.replace("_", " ")
        if count != count_m:
            return where, str(count), str(count_m)
        missing, extra = sorted(set(codes_m) - set(codes)), sorted(set(codes) - set(codes_m))
        if missing or extra:
            return f"{where} (members by ISO code)", ", ".join(extra) or "not " + ", ".join(missing), \
                ", ".join(missing) or "not " + ", ".join(extra)
    return "", "other sides", "others"


def _describe_parts(value: list[Any], majority: list[Any]) -> Difference:
    if len(value) != len(majority):
        return "", f"{len(value)} parts", str(len(majority))
    for i, (x, y) in enumerate(zip(value, majority, strict=True)):
        if x[0] != y[0]:
            return f"part {i + 1}", f"{x[0]} preambular paragraphs", str(y[0])
        if x[1] != y[1]:
            return f"part {i + 1}", f"operative paragraphs {_numbers(x[1])}", _numbers(y[1])
    return "", "the same", "the same"


def _describe_count(what: str) -> Describe:
    return lambda v, m: ("", f"{v} {what}", str(m))


Describe = Callable[[Any, Any], Difference]
Agree = Callable[[Any, Any], bool]


def _equal(a: Any, b: Any) -> bool:
    return bool(a == b)


FIELDS: dict[str, tuple[str, Agree, Describe]] = {
    "preamble": ("preambular paragraphs", _equal, _describe_count("preambular paragraphs")),
    "operative": ("operative paragraphs", _equal, lambda v, m: ("", f"operative paragraphs {_numbers(v)}",
                                                                _numbers(m))),
    "subparagraphs": ("sub-paragraphs", _equal, _describe_subparagraphs),
    "parts": ("parts", _equal, _describe_parts),
    "footnotes": ("footnotes", _equal, _describe_count("footnotes")),
    "vote": ("vote", _votes_agree, _describe_vote),
}


def _majority(values: dict[str, Any], agree: Agree) -> tuple[Any, list[str]] | None:
    """The value a strict majority of the versions agree with, and the versions that do not; None
    when no value has a strict majority."""
    best: tuple[int, Any, list[str]] | None = None
    seen: list[Any] = []
    for candidate in values.values():
        if any(candidate == s for s in seen):
            continue
        seen.append(candidate)
        backers = [path for path, v in values.items() if agree(v, candidate)]
        if best is None or len(backers) > best[0]:
            best = (len(backers), candidate, backers)
    assert best is not None
    count, value, backers = best
    if 2 * count <= len(values):
        return None
    return value, [path for path in values if path not in backers]


def _languages(paths: list[str], versions: dict[str, dict[str, Any]]) -> str:
    langs = sorted((versions[p]["language"] for p in paths), key=lambda c: (LANG_ORDER + (c,)).index(c))
    return ", ".join(langs)


def align(summaries: dict[str, dict[str, Any] | None]) -> list[Problem]:
    """The problems of the language versions of each symbol that disagree (see the module's doc)."""
    groups: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for path, s in summaries.items():
        if s and s["symbol"]:
            groups[symbol_key(s["symbol"])][path] = s
    problems = []
    for _, versions in sorted(groups.items()):
        if len(versions) < 2:
            continue
        symbol = next(iter(versions.values()))["symbol"]
        differing: dict[str, list[str]] = defaultdict(list)
        split: list[str] = []
        for field, (what, agree, describe) in FIELDS.items():
            values = {path: s[field] for path, s in versions.items()}
            verdict = _majority(values, agree)
            if verdict is None:
                split.append(f"{what} ({_split(values, agree, versions, describe)})")
                continue
            majority, others = verdict
            backers = len(versions) - len(others)
            for path in others:
                where, found, expected = describe(values[path], majority)
                differing[path].append(f"{where + ': ' if where else ''}{found} where {backers} of {len(versions)} "
                                       f"versions have {expected}")
        for path, whats in sorted(differing.items()):
            problems.append(Problem("align-mismatch", f"{symbol} ({versions[path]['language']}) differs from its "
                                    f"other language versions: {'; '.join(whats)}", file=path))
        if split:
            first = min(versions, key=lambda p: (LANG_ORDER + (versions[p]["language"],)).index(
                versions[p]["language"]))
            problems.append(Problem("align-no-majority", f"{symbol}: its {len(versions)} language versions "
                                    f"disagree with no majority on {'; '.join(split)}", file=first))
    return problems


def _split(values: dict[str, Any], agree: Agree, versions: dict[str, dict[str, Any]], describe: Describe) -> str:
    """How the versions split on a field: the groups that agree, largest first, each said against
    the first group ("en, fr, es: 13; ar, ru, zh: paragraph 5: 3 sub-paragraphs")."""
    groups: list[tuple[Any, list[str]]] = []
    for path, v in values.items():
        for value, paths in groups:
            if agree(v, value):
                paths.append(path)
                break
        else:
            groups.append((v, [path]))
    groups.sort(key=lambda g: -len(g[1]))
    reference = groups[0][0]
    said = []
    for value, paths in groups[1:]:
        where, found, expected = describe(value, reference)
        said.append(f"{_languages(paths, versions)} have {where + ': ' if where else ''}{found}")
    return f"{_languages(groups[0][1], versions)} have {expected}; " + "; ".join(said)
