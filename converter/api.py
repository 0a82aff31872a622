"""The public Python API of unres (re-exported by `import unres`)."""

from __future__ import annotations

from typing import Any

from .jsonio import from_json, to_json
from .model import Resolution, to_dict
from .problems import Problem, UnresError

__all__ = ["Problem", "Resolution", "UnresError", "convert", "from_akn", "from_json", "parse_text", "render_html",
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
    from .checks import model_problems

    return model_problems(to_dict(obj) if isinstance(obj, Resolution) else obj)[0]


def convert(data: bytes, to: str = "json", *, name: str = "", lang: str | None = None) -> bytes:
    """Reads a resolution in any input format (text, AKN, JSON: by `name`'s suffix or the content) and
    writes it in the output format `to` (json, akn, text, html), checked as `unres convert` checks
    it; raises UnresError when it cannot be read or the output is invalid."""
    from . import formats

    formats.output(to)  # an unknown format is refused before any reading
    res, _ = formats.read(data, name, lang)
    out = formats.write(res, to)
    problems = formats.output_errors(out, to, res)
    if problems:
        raise UnresError(problems)
    return out
