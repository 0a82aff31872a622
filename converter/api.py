"""The public Python API of unres (re-exported by `import unres`).

Every function raises nothing but UnresError: for input it cannot read, and for an argument of the
wrong type or value (`usage-argument`), never a KeyError or TypeError from inside.

The readers and `convert` return the document; the problems they found that did not stop them
(the reader's warnings, the rules the document breaks) are appended to the list given as
`warnings=`, when one is given — the return value stays the model (or the output) itself.
"""

from __future__ import annotations

from typing import Any

from .jsonio import to_json
from .model import Resolution, to_dict
from .problems import Problem, UnresError

__all__ = ["Problem", "Resolution", "UnresError", "convert", "from_akn", "from_json", "parse_text", "render_html",
           "render_text", "to_akn", "to_json", "validate"]

LANGS = ("ar", "en", "es", "fr", "ru", "zh")


def parse_text(text: str | bytes, lang: str | None = None, *, warnings: list[Problem] | None = None) -> Resolution:
    """Parses resolution text as extracted from a PDF; raises UnresError when it is not a resolution.
    The reader's warnings are appended to `warnings` when it is given."""
    from .text.parse import parse_text as _parse

    _argument("text", text, (str, bytes))
    _lang(lang)
    _sink(warnings)
    result = _parse(text, lang)
    if warnings is not None:
        warnings.extend(result.warnings)
    return result.resolution


def to_akn(res: Resolution) -> bytes:
    from .akn.writer import to_akn as _to_akn

    _argument("res", res, Resolution)
    return _to_akn(res)


def from_akn(data: bytes | str, *, warnings: list[Problem] | None = None) -> Resolution:
    """Reads Akoma Ntoso (unres' own or the UN's AKN4UN); the reader's warnings are appended to
    `warnings` when it is given."""
    from .akn.reader import from_akn as _from_akn

    _argument("data", data, (bytes, str))
    _sink(warnings)
    res, found = _from_akn(data.encode("utf-8") if isinstance(data, str) else data)
    if warnings is not None:
        warnings.extend(found)
    return res


def from_json(data: bytes | str, *, warnings: list[Problem] | None = None) -> Resolution:
    """Reads a model as JSON; raises UnresError for a structural error (the schema, a structural
    rule). The rules the document breaks otherwise are appended to `warnings` when it is given."""
    from .jsonio import read

    _argument("data", data, (bytes, str))
    _sink(warnings)
    res, found = read(data)
    if warnings is not None:
        warnings.extend(found)
    return res


def render_text(res: Resolution) -> str:
    from .text.render import render_text as _render

    _argument("res", res, Resolution)
    return _render(res)


def render_html(res: Resolution) -> str:
    from .html import render_html as _render

    _argument("res", res, Resolution)
    return _render(res)


def validate(obj: Resolution | dict[str, Any]) -> list[Problem]:
    """Every problem of a model (a Resolution or its JSON as a dict): schema first, then the rules."""
    from .checks import model_problems

    _argument("obj", obj, (Resolution, dict))
    return model_problems(to_dict(obj) if isinstance(obj, Resolution) else obj)[0]


def convert(data: bytes | str, to: str = "json", *, name: str = "", lang: str | None = None, strict: bool = False,
            warnings: list[Problem] | None = None) -> bytes:
    """Reads a resolution in any input format (text, AKN, JSON, PDF, Word: by `name`'s suffix or the
    content) and writes it in the output format `to` (json, akn, text, html), checked as `unres
    convert` checks it. Raises UnresError when it cannot be read or the output would be invalid —
    or, with `strict`, when the document breaks any rule; otherwise the problems found are appended
    to `warnings` when it is given."""
    from .conversion import convert_bytes, refused_by_strict

    _argument("data", data, (bytes, str))
    _argument("to", to, str)
    _argument("name", name, str)
    _lang(lang)
    _sink(warnings)
    done = convert_bytes(data.encode("utf-8") if isinstance(data, str) else data, name, to, lang)
    if done.output is None:
        raise UnresError([p for p in done.problems if p.severity == "error"])
    if strict and (refusal := refused_by_strict(done.problems)):
        raise UnresError(refusal)
    if warnings is not None:
        warnings.extend(done.problems)
    return done.output


def _argument(name: str, value: object, kinds: type | tuple[type, ...]) -> None:
    if not isinstance(value, kinds):
        wanted = " or ".join(k.__name__ for k in (kinds if isinstance(kinds, tuple) else (kinds,)))
        raise UnresError(Problem("usage-argument", f"{name} must be {wanted}, not {type(value).__name__}"))


def _lang(lang: object) -> None:
    if lang is not None and lang not in LANGS:
        raise UnresError(Problem("usage-argument", f"lang must be one of {', '.join(LANGS)} or None, not {lang!r}"))


def _sink(warnings: object) -> None:
    if warnings is not None and not isinstance(warnings, list):
        raise UnresError(Problem("usage-argument", f"warnings must be a list (the problems are appended to it), "
                                 f"not {type(warnings).__name__}"))
