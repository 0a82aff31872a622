"""Validation of files of any kind unres knows: model JSON, Akoma Ntoso XML, resolution text.

Each input format's validator (named in formats.INPUTS) reads a file as far as it goes and
judges what it read by the one path of checks.py, locating every problem in the file."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import formats
from .checks import akn_problems, model_problems
from .jsonio import clean_strings, load_json, tokens
from .model import Resolution, to_dict
from .problems import Problem, UnresError


def validate_bytes(data: bytes, fmt: formats.InputFormat, file: str | None = None
                   ) -> tuple[list[Problem], Resolution | None]:
    """All problems of one document, located; and its model when one could be built."""
    try:
        return formats.function(fmt.validator)(data, file)
    except UnresError as e:
        return [p.located(file=file) for p in e.problems], None


def validate_json(data: bytes, file: str | None) -> tuple[list[Problem], Resolution | None]:
    obj = load_json(data)
    res = None
    try:
        obj, problems = clean_strings(obj)
        found, res = model_problems(obj)
        problems += found
    except UnresError as e:  # strings no file can hold: located below like any other
        problems = e.problems
    if problems:
        text = data.decode("utf-8-sig", errors="replace")
        index = json_positions(text)
        problems = [p.located(file=file, line=index.get(p.pointer, (None, None))[0],
                              column=index.get(p.pointer, (None, None))[1])
                    if p.pointer is not None else p.located(file=file) for p in problems]
        problems = [_nearest(p, index, file) for p in problems]
    return problems, res


def _nearest(p: Problem, index: dict[str, tuple[int, int]], file: str | None) -> Problem:
    # A missing property has no position of its own: point at the object that should hold it.
    pointer = p.pointer or ""
    while p.line is None and pointer:
        pointer = pointer.rsplit("/", 1)[0]
        if pointer in index:
            return p.located(file=file, line=index[pointer][0], column=index[pointer][1])
    if p.line is None and "" in index:
        return p.located(file=file, line=index[""][0], column=index[""][1])
    return p


def validate_akn(data: bytes, file: str | None) -> tuple[list[Problem], Resolution | None]:
    from .akn.reader import from_akn_tree
    from .safexml import parse_xml

    tree = parse_xml(data, file)
    problems = akn_problems(tree, file)
    if any(p.code == "akn-xsd" for p in problems):
        return problems, None
    res, warnings = from_akn_tree(tree, file)
    problems += warnings
    problems += [p.located(file=file) for p in model_problems(to_dict(res))[0]]
    return problems, res


def validate_text(data: bytes, file: str | None) -> tuple[list[Problem], Resolution | None]:
    from .text.parse import parse_text

    result = parse_text(data)
    res = result.resolution
    problems = [p.located(file=file) for p in result.warnings]
    # Parser warnings already say what the rules would say about the vote; keep one of each.
    seen = {(p.code, p.line) for p in problems}
    problems += [p.located(file=file) for p in model_problems(to_dict(res))[0] if (p.code, None) not in seen]
    return problems, res


def validate_extracted(data: bytes, file: str | None) -> tuple[list[Problem], Resolution | None]:
    """PDF and Word: read as `convert` reads them, then the model checked like any other."""
    fmt = formats.input_for(file or "", data)
    res, warnings = formats.function(fmt.reader)(data, file or "", None)
    problems = [p.located(file=file) for p in warnings]
    problems += [p.located(file=file) for p in model_problems(to_dict(res))[0]]
    return problems, res


def json_positions(text: str) -> dict[str, tuple[int, int]]:
    """JSON Pointer → (line, column) of every value in a JSON text (for located messages)."""
    import bisect

    positions: dict[str, tuple[int, int]] = {}
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def loc(pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(line_starts, pos) - 1
        return i + 1, pos - line_starts[i] + 1

    stack: list[list[Any]] = []  # [kind, pointer, index or pending key]
    expect_key = False
    for kind, start, value in tokens(text):
        if kind in ("str", "atom", "open"):
            if stack and stack[-1][0] == "obj" and expect_key and kind == "str":
                stack[-1][2] = value
                expect_key = False
                continue
            here = ""
            if stack:
                container, ptr, k = stack[-1]
                if container == "arr":
                    here = f"{ptr}/{k}"
                    stack[-1][2] += 1
                else:
                    here = f"{ptr}/{str(k).replace('~', '~0').replace('/', '~1')}"
            positions[here] = loc(start)
            if kind == "open":
                if value == "{":
                    stack.append(["obj", here, None])
                    expect_key = True
                else:
                    stack.append(["arr", here, 0])
        elif kind == "close":
            if stack:
                stack.pop()
        elif kind == "comma":
            if stack and stack[-1][0] == "obj":
                expect_key = True
    return positions


# -- batches --------------------------------------------------------------------------------------

Checked = tuple[str, list[Problem], "dict[str, Any] | None"]


def validate_file(path: str) -> Checked:
    """One file: its problems and, for --align, a summary of its structure. Runs in workers."""
    fmt = formats.input_by_suffix(path)
    if fmt is None:
        *most, last = formats.INPUT_SUFFIXES
        return path, [Problem("io-kind", f"not a {', '.join(most)} or {last} file", file=path)], None
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        return path, [Problem("io-read", e.strerror or str(e), file=path)], None
    try:
        problems, res = validate_bytes(data, fmt, path)
        return path, problems, (structure(res) if res is not None else None)
    except Exception as e:  # a bug of unres on this file: the file's error, never the batch's end
        return _failed(path, internal_error(e))


def internal_error(e: BaseException) -> str:
    return f"unres failed on this file with {type(e).__name__}: {e} (a bug: please report it with the file)"


def _failed(path: str, reason: str) -> Checked:
    return path, [Problem("internal-error", reason, file=path)], None


def validate_many(paths: list[str], jobs: int,
                  progress: Callable[[int], None] | None = None) -> Iterator[Checked]:
    """Yields validate_file results in input order, using `jobs` processes for large sets."""
    if jobs <= 1 or len(paths) < 40:
        results: Iterator[Checked] = map(validate_file, paths)
    else:
        from .batch import imap

        # Each worker compiles the schemas once (they are cached per process) and takes files in
        # chunks, so the cost of starting a worker is paid once per many files.
        results = imap(validate_file, paths, jobs, _failed)
    for i, result in enumerate(results):
        yield result
        if progress:
            progress(i + 1)


def structure(res: Resolution) -> dict:
    """What the language versions of one resolution must share (see --align)."""
    from .labels import positions

    def subs(items):
        out = []
        for s in items:
            found = positions([s.label])
            out.append([found[1][0] if found else s.label, subs(s.subparagraphs)])
        return out

    vote = res.vote
    return {
        "symbol": res.metadata.symbol,
        "language": res.metadata.language,
        "preamble": len(res.preamble.paragraphs),
        "operative": [p.number for p in res.operative],
        "subparagraphs": [subs(p.subparagraphs) for p in res.operative],
        "parts": [[len(p.preamble), [o.number for o in p.operative]] for p in res.parts],
        "footnotes": [f.marker.strip("()") for f in res.footnotes],
        "vote": [vote.type] + [[s.count, sorted(m.iso3 or "?" for m in s.members)] for _, s in vote.sides()],
    }


ALIGN_FIELDS = {
    "preamble": "number of preambular paragraphs",
    "operative": "operative paragraph numbers",
    "subparagraphs": "sub-paragraph structure",
    "parts": "parts (preambular paragraphs and operative numbers of each)",
    "footnotes": "footnote markers",
    "vote": "vote counts and members",
}


def align(summaries: dict[str, dict]) -> list[Problem]:
    """Problems where the language versions of one resolution disagree: against the majority."""
    from collections import Counter, defaultdict

    groups: dict[str, dict[str, dict]] = defaultdict(dict)
    for path, s in summaries.items():
        if s and s["symbol"]:
            groups[s["symbol"]][path] = s
    problems = []
    for symbol, versions in sorted(groups.items()):
        if len(versions) < 2:
            continue
        differing: dict[str, list[str]] = defaultdict(list)
        for field, what in ALIGN_FIELDS.items():
            values = Counter(repr(s[field]) for s in versions.values())
            majority, count = values.most_common(1)[0]
            for path, s in versions.items():
                if repr(s[field]) != majority:
                    differing[path].append(f"{what} ({count} of {len(versions)} versions agree otherwise)")
        for path, whats in sorted(differing.items()):
            problems.append(Problem("align-mismatch", f"{symbol} ({versions[path]['language']}) differs from its "
                                    f"other language versions in: {'; '.join(whats)}", file=path))
    return problems
