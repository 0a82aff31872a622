"""Validation of files of any kind unres knows: model JSON, Akoma Ntoso XML, resolution text.

Each input format's validator (named in formats.INPUTS) reads a file as far as it goes and
judges what it read by the one path of checks.py, locating every problem in the file. It reports
every problem it finds, and says whose conventions the file follows (unres's own output, or the
UN's input): `unres validate --profile auto` reports what that profile selects (selection.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import formats
from .align import summary
from .checks import akn_problems, model_facts, model_problems
from .jsonio import clean_strings, load_data, tokens
from .model import Resolution
from .problems import Problem, UnresError
from .recorded import akn_record, json_record, mark

UNRES, UN_INPUT = "unres", "un-input"


@dataclass(frozen=True)
class Validated:
    problems: list[Problem]  # every problem found, located in the file
    model: Resolution | None  # when one could be built
    profile: str  # whose conventions the file follows: UNRES (unres wrote it) or UN_INPUT


def validate_bytes(data: bytes, fmt: formats.InputFormat, file: str | None = None) -> Validated:
    """All problems of one document, located; its model when one could be built."""
    try:
        return formats.function(fmt.validator)(data, file)
    except UnresError as e:
        return Validated([p.located(file=file) for p in e.problems], None, fmt.profile)


def validate_json(data: bytes, file: str | None) -> Validated:
    obj, scalars, suspects = load_data(data)
    res = None
    try:
        obj, problems = clean_strings(obj) if suspects else (obj, [])
        found, res = model_problems(obj, scalars)
        problems += found
    except UnresError as e:  # strings no file can hold: located below like any other
        problems = e.problems
    problems = mark(problems, json_record(obj))
    if problems:
        text = data.decode("utf-8-sig", errors="replace")
        index = json_positions(text)
        problems = [p.located(file=file, line=index.get(p.pointer, (None, None))[0],
                              column=index.get(p.pointer, (None, None))[1])
                    if p.pointer is not None else p.located(file=file) for p in problems]
        problems = [_nearest(p, index, file) for p in problems]
    return Validated(problems, res, UNRES)


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


def validate_akn(data: bytes, file: str | None) -> Validated:
    from .akn.locate import locate
    from .akn.reader import from_akn_tree, may_hold_controls
    from .safexml import parse_xml

    tree = parse_xml(data, file)
    profile = UNRES if _written_by_unres(tree) else UN_INPUT
    problems = akn_problems(tree, file)
    if any(p.code == "akn-xsd" for p in problems):
        return Validated(problems, None, profile)
    # The search of the tree for invisible controls (a few ms) only when the bytes may hold one.
    res, warnings = from_akn_tree(tree, file, may_hold_controls=may_hold_controls(tree, data))
    problems += warnings
    problems += [p.located(file=file) for p in locate(model_facts(res, warnings), tree, res)]
    if profile == UNRES:  # only unres writes a record of its source's problems (recorded.py)
        problems = [p.located(file=file) for p in mark(problems, akn_record(tree))]
    return Validated(problems, res, profile)


def _written_by_unres(tree: Any) -> bool:
    """unres writes identification/@source="#unres" (akn/writer.py)."""
    a = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
    ident = tree.getroot().find(f"{a}statement/{a}meta/{a}identification")
    return ident is not None and ident.get("source") == "#unres"


def validate_text(data: bytes, file: str | None) -> Validated:
    from .text.parse import parse_text

    result = parse_text(data)
    res = result.resolution
    problems = [p.located(file=file) for p in result.warnings]
    problems += [p.located(file=file) for p in model_facts(res, result.warnings)]
    return Validated(problems, res, UN_INPUT)


def validate_extracted(data: bytes, file: str | None) -> Validated:
    """PDF and Word: read as `convert` reads them, then the model checked like any other."""
    fmt = formats.input_for(file or "", data)
    res, warnings = formats.function(fmt.reader)(data, file or "", None)
    problems = [p.located(file=file) for p in warnings]
    problems += [p.located(file=file) for p in model_facts(res, warnings)]
    return Validated(problems, res, UN_INPUT)


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

@dataclass(frozen=True)
class Checked:
    """One file of `unres validate`: every problem found (the command selects what it reports), a
    summary of its structure for --align, and the profile --profile auto gives it."""
    path: str
    problems: list[Problem]
    summary: dict[str, Any] | None = None
    profile: str = UN_INPUT


def validate_file(path: str) -> Checked:
    """One file: its problems and, for --align, a summary of its structure. Runs in workers."""
    fmt = formats.input_by_suffix(path)
    if fmt is None:
        return Checked(path, [Problem("io-kind", formats.not_read(path), file=path)])
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        return Checked(path, [Problem("io-read", e.strerror or str(e), file=path)])
    try:
        found = validate_bytes(data, fmt, path)
        return Checked(path, found.problems, summary(found.model) if found.model is not None else None,
                       found.profile)
    except Exception as e:  # a bug of unres on this file: the file's error, never the batch's end
        return _failed(path, internal_error(e))


def internal_error(e: BaseException) -> str:
    return f"unres failed on this file with {type(e).__name__}: {e} (a bug: please report it with the file)"


def _failed(path: str, reason: str) -> Checked:
    return Checked(path, [Problem("internal-error", reason, file=path)])


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
