"""One input converted: read, written, judged. The policy of `unres convert` and of the API's `convert`.

A converter must not lose a document for a fact about its source. The output is written whenever
it is structurally valid — `unres validate` would pass it: the JSON Schema and the structural
rules for JSON, the official XSD and the profile's shape for Akoma Ntoso (formats.OUTPUTS name the
checks) — and every problem is reported with the severity the registry gives its code: a SOURCE
error (a vote count that does not match its list) is reported as an error, and the output, which
says what the source says, is written all the same, recording those errors (recorded.py) so that
`unres validate` passes it. `strict` refuses an output for any error.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import formats
from .checks import judge, model_facts, structural_errors
from .model import Resolution
from .problems import Problem, UnresError


@dataclass(frozen=True)
class Conversion:
    output: bytes | None  # None: not converted (the problems say why)
    model: Resolution | None
    problems: tuple[Problem, ...]  # the reader's, the model's and the output's, in that order


def convert_bytes(data: bytes, name: str, fmt: str, lang: str | None = None, *, check: bool = True) -> Conversion:
    """Converts one input to the output format `fmt`. With `check` (what `--no-validate` turns off)
    the model and the output are checked as `unres validate` checks them. Raises nothing but
    UnresError for a usage error (an unknown format); every other failure is in the problems."""
    formats.output(fmt)  # an unknown format is the caller's error, raised before any reading
    try:
        res, read_problems = formats.read(data, name, lang)
    except UnresError as e:
        return Conversion(None, None, tuple(e.problems))
    try:
        out = formats.write(res, fmt)
    except UnresError as e:
        return Conversion(None, res, tuple(read_problems + e.problems))
    if not check:
        return Conversion(out, res, tuple(read_problems))
    judged = judge(res)  # the model's problems, sought once: for the input and for the output
    problems = read_problems + _located(model_facts(res, read_problems, judged), data, name, res)
    # The output says what the model says: its source problems are the model's, reported above;
    # what is the output's own is a structural error (one the model has too is reported once).
    output_found = formats.output_problems(out, fmt, judged)
    blocking = structural_errors(output_found)
    known = {(p.code, p.pointer) for p in problems}
    problems += [_in_output(p, fmt) for p in blocking if (p.code, p.pointer) not in known]
    if blocking:
        return Conversion(None, res, tuple(problems))
    # The source errors validate would find in the output are recorded in it, so that validate
    # reports them without failing the file it was given to check (recorded.py).
    return Conversion(formats.record(out, fmt, output_found), res, tuple(problems))


def _located(facts: list[Problem], data: bytes, name: str, res: Resolution) -> list[Problem]:
    """The rules' problems on an AKN input, on the lines of the elements they are about (the file is
    parsed again for the few inputs with such a problem: the reader keeps no tree)."""
    if not facts or formats.input_for(name, data).name != "akn":
        return facts
    from .akn.locate import locate
    from .safexml import parse_xml

    return locate(facts, parse_xml(data, name or None), res)


def _in_output(p: Problem, fmt: str) -> Problem:
    """A problem found only in the output (the XSD, the profile): it is the output's, not the input's
    (whose file the problem is reported against); its line is one of the output, said in words."""
    where = f" (line {p.line} of the {fmt} output)" if p.line is not None else ""
    return Problem(p.code, f"in the {fmt} output: {p.message}{where}", pointer=p.pointer, severity=p.severity)


def refused_by_strict(problems: tuple[Problem, ...] | list[Problem]) -> list[Problem]:
    """What `--strict` refuses an output for: any error."""
    return [p for p in problems if p.severity == "error"]
