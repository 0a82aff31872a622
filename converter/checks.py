"""The one validation path: a model is judged by its JSON Schema, then (only when the schema passes,
as the rules read a well-typed model) by the semantic rules; an Akoma Ntoso document by the
official XSD, then (only when the XSD passes) by the profile.

The API's `validate`, the JSON reader, `unres convert` (checking each output before writing it)
and `unres validate` (checking each input) all come here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .model import Resolution, from_dict, json_keys, to_dict
from .problems import Problem
from .rules import check
from .schema import XML_ILLEGAL, Scalars, scan_scalars, schema_problems


def model_problems(data: Any, scalars: Scalars | None = None) -> tuple[list[Problem], Resolution | None]:
    """Every problem of a model given as JSON data, and the model when the schema let one be built.
    `scalars`: what scan_scalars would find in the data, when the caller knows it (a JSON text read
    by jsonio.load_data tells it without the walk: a float, a character XML cannot carry)."""
    if scalars is None:
        scalars = scan_scalars(data)
    problems = schema_problems(data, scalars)
    if problems:
        return problems, None
    res = from_dict(data)
    # The model's scalars are the data's (from_dict keeps every string and number as it is): where
    # the walk over the data found no float and no character XML cannot carry, the rules' walk over
    # every scalar of the model would find nothing either.
    return check(res, scalars=scalars.floats or scalars.xml_illegal), res


# A JSON input is judged once: the JSON reader keeps its judgement of the model it read (the file's
# data, its problems), which judge() gives back for that model when the model's data are the file's.
# Equal data are the same JSON: from_dict keeps every scalar present as it is, and puts a default
# only where a key is absent (a key the data then have and the file has not). A file that leaves out
# a key, or of an earlier version, is judged again, as the model it reads as. One model is kept,
# the last read (a reader in another thread replaces it: then the model is judged again).
_read: tuple[Resolution, Any, list[Problem]] | None = None


def remember(res: Resolution, data: Any, problems: list[Problem]) -> None:
    """Keeps model_problems(data) == (problems, res) for judge(res) (jsonio.read)."""
    global _read
    _read = (res, data, list(problems))


def judge(res: Resolution) -> list[Problem]:
    """Every problem of a model: its JSON Schema, then its rules — model_problems on its JSON data,
    but for the model the rules judge: this one, not one built again from its data by from_dict.
    The two are equal (the JSON round trip is the identity: tests/test_properties.py), and so are
    their problems (test_properties.py::test_judge_is_model_problems_of_the_models_data, and
    test_hostile.py whatever one scalar of a model is made)."""
    data, scalars = data_and_scalars(res)
    read = _read
    if read is not None and read[0] is res and read[1] == data:
        return list(read[2])
    problems = schema_problems(data, scalars)
    if problems:
        return problems
    return check(res, scalars=scalars.floats or scalars.xml_illegal)


def data_and_scalars(res: Resolution) -> tuple[Any, Scalars]:
    """(to_dict(res), scan_scalars of it), in one walk over the model: a model object's strings are
    kept as to_dict meets them (its keys are its fields' names, which hold no character XML cannot
    carry); a value that is no model object, tuple or scalar is made by to_dict and walked by
    scan_scalars (tests/test_hostile.py holds both to the two walks whatever one scalar is made)."""
    strings: list[str] = []
    flags = [False, False]  # a float met; a value scan_scalars walked found a character XML cannot carry
    data = _walk(res, strings.append, flags)
    return data, Scalars(flags[0], flags[1] or XML_ILLEGAL.search("".join(strings)) is not None)


def _walk(obj: Any, keep: Callable[[str], None], flags: list[bool]) -> Any:
    names = json_keys(type(obj))
    if names is not None:
        out = {}
        for name in names:
            value = getattr(obj, name)
            kind = type(value)
            if kind is str:
                keep(value)
                out[name] = value
            elif value is None or kind is int or kind is bool:
                out[name] = value
            else:
                out[name] = _walk(value, keep, flags)
        return out
    kind = type(obj)
    if kind is tuple or kind is list:
        return [_walk(x, keep, flags) for x in obj]
    if kind is str:
        keep(obj)
        return obj
    if obj is None or kind is int or kind is bool:
        return obj
    data = to_dict(obj)  # a float, a dict, a subclass of a scalar…
    found = scan_scalars(data)
    flags[0] = flags[0] or found.floats
    flags[1] = flags[1] or found.xml_illegal
    return data


def model_facts(res: Resolution, read_problems: list[Problem], judged: list[Problem] | None = None) -> list[Problem]:
    """The model's problems (schema, rules) that the reader has not already reported: a reader that
    meets a rule's problem while reading says it with the place in the input, the rules cannot.
    `judged`: the model's problems when judge(res) has given them already (not sought twice)."""
    reported = {p.code for p in read_problems}
    return [p for p in (judge(res) if judged is None else judged) if p.code not in reported]


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
# What `unres validate` would find in the file once written, without reading it back into a model:
# the model's problems (schema, rules) are judged once, on the model being written (`judged`,
# from judge()), and the output's own checks made on the output. That the written file reads back
# as that model — so that `validate`, judging the model it reads, finds the same problems and
# passes every file convert wrote — is what the round-trip tests show (tests/test_properties.py:
# any model, valid or made invalid; tests/test_recorded.py: the samples and, corpus-marked,
# every corpus input). conversion.py decides what stops the writing.

def json_output_problems(out: bytes, judged: list[Problem]) -> list[Problem]:
    """The JSON output holds the model's JSON data, whose problems are the model's; loaded once as
    the JSON reader loads it, for the limits a file has and a model has not (size, depth, digits)."""
    from .jsonio import load_json
    from .problems import UnresError

    try:
        load_json(out)
    except UnresError as e:
        return list(e.problems)
    return list(judged)


def akn_output_problems(out: bytes, judged: list[Problem]) -> list[Problem]:
    """The official XSD's problems of the AKN output or, when it has none, the profile's and the
    model's (as validation.validate_akn orders them; an output the XSD refuses is not read).

    A model with an error is the exception: its output is read back as `unres validate` reads it,
    because Akoma Ntoso may say such a model otherwise — footnotes listed out of the order of their
    references (footnote-order) are written where they are referenced, and read back in order — and
    the errors convert records in the file (recorded.py) must be those validate finds in it."""
    if any(p.severity == "error" for p in judged):
        from .validation import validate_akn

        return validate_akn(out, None).problems
    from .problems import UnresError
    from .safexml import parse_xml

    try:
        tree = parse_xml(out)
    except UnresError as e:  # not well-formed, or past a limit: the output's problems, said as its own
        return list(e.problems)
    found = akn_problems(tree)
    if any(p.code == "akn-xsd" for p in found):
        return found
    return found + list(judged)
