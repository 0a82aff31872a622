"""The one validation path: a model is judged by its JSON Schema, then (only when the schema passes,
as the rules read a well-typed model) by the semantic rules; an Akoma Ntoso document by the
official XSD, then (only when the XSD passes) by the profile.

The API's `validate`, the JSON reader, `unres convert` (checking each output before writing it)
and `unres validate` (checking each input) all come here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from .model import Resolution, from_dict, to_dict
from .problems import Problem
from .rules import check
from .schema import scan_scalars, schema_problems


def model_problems(data: Any) -> tuple[list[Problem], Resolution | None]:
    """Every problem of a model given as JSON data, and the model when the schema let one be built."""
    scalars = scan_scalars(data)
    problems = schema_problems(data, scalars)
    if problems:
        return problems, None
    res = from_dict(data)
    # The model's scalars are the data's (from_dict keeps every string and number as it is): where
    # the walk over the data found no float and no character XML cannot carry, the rules' walk over
    # every scalar of the model would find nothing either.
    return check(res, scalars=scalars.floats or scalars.xml_illegal), res


def model_facts(res: Resolution, read_problems: list[Problem]) -> list[Problem]:
    """The model's problems (schema, rules) that the reader has not already reported: a reader that
    meets a rule's problem while reading says it with the place in the input, the rules cannot."""
    reported = {p.code for p in read_problems}
    return [p for p in _judged(to_dict(res)) if p.code not in reported]


# `convert` judges the model it read, then the output's check reads the output back and judges
# that model: nearly always the same document, whose problems need not be sought twice. Within one
# conversion (judging_once), a model's problems are kept by its JSON text, which tells apart every
# value the schema and the rules tell apart (3, 3.0 and true compare equal in Python, not there).
_judged_here: ContextVar[dict[str, tuple[Problem, ...]] | None] = ContextVar("judged", default=None)


@contextmanager
def judging_once() -> Iterator[None]:
    """Within this block, a model whose JSON form was judged already is not judged again."""
    token = _judged_here.set({})
    try:
        yield
    finally:
        _judged_here.reset(token)


def _judged(data: Any) -> tuple[Problem, ...]:
    memo = _judged_here.get()
    if memo is None:
        return tuple(model_problems(data)[0])
    try:
        key = json.dumps(data)
    except (TypeError, ValueError):  # not JSON data: judged without the memo
        return tuple(model_problems(data)[0])
    if key not in memo:
        memo[key] = tuple(model_problems(data)[0])
    return memo[key]


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def structural_errors(problems: list[Problem]) -> list[Problem]:
    """The errors that forbid writing (or reading) a document: structural ones (codes.py). A source
    error states a fact about the document, which the output says as the source does."""
    from .codes import BY_CODE, STRUCTURAL

    return [p for p in problems if p.severity == "error" and (c := BY_CODE.get(p.code)) is not None
            and c.kind == STRUCTURAL]


def akn_problems(tree: Any, file: str | None = None) -> list[Problem]:
    """The XSD's problems of an Akoma Ntoso tree or, when it has none, the profile's."""
    from .akn.xsd import profile_problems, xsd_problems

    return xsd_problems(tree, file) or profile_problems(tree, file)


# -- the checks `unres convert` runs on an output before writing it (see formats.OUTPUTS) -----------
# The very checks `unres validate` makes of the file once written, so that the two always agree:
# every problem, located in the output; conversion.py decides what stops the writing.

def json_output_problems(out: bytes, res: Resolution) -> list[Problem]:
    from .validation import validate_json

    return validate_json(out, None).problems


def akn_output_problems(out: bytes, res: Resolution) -> list[Problem]:
    from .validation import validate_akn

    return validate_akn(out, None).problems
