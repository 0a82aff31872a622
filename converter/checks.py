"""The one validation path: a model is judged by its JSON Schema, then (only when the schema passes,
as the rules read a well-typed model) by the semantic rules; an Akoma Ntoso document by the
official XSD, then (only when the XSD passes) by the profile.

The API's `validate`, the JSON reader, `unres convert` (checking each output before writing it)
and `unres validate` (checking each input) all come here.
"""

from __future__ import annotations

from typing import Any

from .model import Resolution, from_dict, to_dict
from .problems import Problem
from .rules import check
from .schema import schema_problems


def model_problems(data: Any) -> tuple[list[Problem], Resolution | None]:
    """Every problem of a model given as JSON data, and the model when the schema let one be built."""
    problems = schema_problems(data)
    if problems:
        return problems, None
    res = from_dict(data)
    return check(res), res


def resolution_problems(res: Resolution) -> list[Problem]:
    """Every problem of a model, judged as its JSON is."""
    return model_problems(to_dict(res))[0]


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def akn_problems(tree: Any, file: str | None = None) -> list[Problem]:
    """The XSD's problems of an Akoma Ntoso tree or, when it has none, the profile's."""
    from .akn.xsd import profile_problems, xsd_problems

    return xsd_problems(tree, file) or profile_problems(tree, file)


# -- the checks `unres convert` runs on an output before writing it (see formats.OUTPUTS) -----------

def json_output_problems(out: bytes, res: Resolution) -> list[Problem]:
    return errors(resolution_problems(res))


def akn_output_problems(out: bytes, res: Resolution) -> list[Problem]:
    from .safexml import parse_xml

    return akn_problems(parse_xml(out))
