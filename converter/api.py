"""The public Python API of unres (re-exported by `import unres`)."""

from __future__ import annotations

from typing import Any

from .jsonio import from_json, to_json
from .model import Resolution, from_dict
from .problems import Problem, UnresError
from .rules import check
from .schema import schema_problems

__all__ = ["Problem", "Resolution", "UnresError", "from_akn", "from_json", "parse_text", "render_html",
           "render_text", "to_akn", "to_json", "validate"]


def parse_text(text: str | bytes, lang: str | None = None) -> Resolution:
    """Parses resolution text as extracted from a PDF; raises UnresError when it is not a resolution."""
    from .text.parse import parse_text as _parse

    return _parse(text, lang).resolution


def to_akn(res: Resolution) -> bytes:
    from .akn.writer import to_akn as _to_akn

    return _to_akn(res)


def from_akn(data: bytes) -> Resolution:
    from .akn.reader import from_akn as _from_akn

    return _from_akn(data)[0]


def render_text(res: Resolution) -> str:
    from .text.render import render_text as _render

    return _render(res)


def render_html(res: Resolution) -> str:
    from .html import render_html as _render

    return _render(res)


def validate(obj: Resolution | dict[str, Any]) -> list[Problem]:
    """Every problem of a model (a Resolution or its JSON as a dict): schema first, then the rules."""
    if isinstance(obj, Resolution):
        from .model import to_dict

        data = to_dict(obj)
    else:
        data = obj
    problems = schema_problems(data)
    if problems:
        return problems
    return check(from_dict(data))
