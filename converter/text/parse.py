"""Text → model: the public entry of the text reader (its stages: pipeline.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..langs import lang
from ..model import Resolution
from ..problems import Problem, UnresError
from .decode import decode, detect_language
from .openings import opening, starts_with_head
from .pipeline import read, result

__all__ = ["ParseResult", "detect_language", "opening", "parse_text", "starts_with_head"]


@dataclass
class ParseResult:
    resolution: Resolution
    warnings: list[Problem] = field(default_factory=list)


def parse_text(data: bytes | str, lang_code: str | None = None) -> ParseResult:
    text, warnings = decode(data)
    code = lang_code or detect_language(text)
    if code is None:
        raise UnresError(Problem("text-language", "no language could be recognised (no letters in any UN "
                                 "language); pass --lang", line=1))
    return ParseResult(result(read(lang(code), text, warnings)), warnings)
