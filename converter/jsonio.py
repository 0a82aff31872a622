"""The model as JSON: a strict reader (no duplicate keys, no NaN, bounded depth) and a stable writer."""

from __future__ import annotations

import json
import re
from typing import Any

from .checks import errors, model_problems
from .model import Resolution, to_dict
from .problems import Problem, UnresError

MAX_DEPTH = 64
MAX_BYTES = 50_000_000


def to_json(res: Resolution) -> str:
    return json.dumps(to_dict(res), ensure_ascii=False, indent=2) + "\n"


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _no_duplicates(pairs):
    out = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key {k!r}")
        out[k] = v
    return out


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def load_json(data: bytes | str) -> Any:
    """Parses JSON strictly; raises UnresError with line:column on anything a careful reader would refuse."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise UnresError(Problem("json-too-large", f"{len(data)} bytes is more than {MAX_BYTES}"))
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise UnresError(Problem("json-encoding", f"not UTF-8: byte {e.start} cannot be decoded")) from None
    depth = 0
    # Depth is checked before parsing so that a deep document never reaches the recursive decoder.
    for m in re.finditer(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', data):
        tok = m.group()
        if tok in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                line, col = _line_col(data, m.start())
                raise UnresError(Problem("json-too-deep", f"nesting deeper than {MAX_DEPTH}", line=line, column=col))
        elif tok in "]}":
            depth -= 1
    try:
        return json.loads(data, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant,
                          parse_int=_bounded_int)
    except json.JSONDecodeError as e:
        raise UnresError(Problem("json-syntax", e.msg, line=e.lineno, column=e.colno)) from None
    except ValueError as e:
        raise UnresError(Problem("json-syntax", str(e))) from None


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 18:
        raise ValueError(f"number {text[:20]}… is too large")
    return int(text)


def from_json(data: bytes | str) -> Resolution:
    """Reads a model; raises UnresError listing every schema and rule violation."""
    return read(data)[0]


def read(data: bytes | str, name: str = "", lang: str | None = None) -> tuple[Resolution, list[Problem]]:
    """(model, warnings) from JSON; raises UnresError listing every schema violation or rule error.

    The reader of the "json" input format (see formats.py); `name` and `lang` are not needed."""
    problems, res = model_problems(load_json(data))
    if res is None or errors(problems):
        raise UnresError(errors(problems))
    return res, []
