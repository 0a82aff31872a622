"""Text → model: the public entry of the text reader (its stages: pipeline.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..langs import Lang, lang
from ..model import Resolution
from ..problems import Problem, UnresError
from .decode import decode, detect_language, script_of
from .openings import opening, starts_with_head
from .pipeline import read, result

__all__ = ["ParseResult", "detect_language", "opening", "parse_text", "starts_with_head"]


@dataclass
class ParseResult:
    resolution: Resolution
    warnings: list[Problem] = field(default_factory=list)


def parse_text(data: bytes | str, lang_code: str | None = None, *, notes_apart: bool = False,
               bold_headings: Iterable[str] = ()) -> ParseResult:
    """The model of a resolution's text. notes_apart: the text holds no notes — they were taken from
    the file apart from it (the PDF and Word readers): no line of it is read as one. bold_headings:
    the texts the file set in bold (the PDF and Word readers), which are headings however long."""
    text, warnings = decode(data)
    if lang_code is not None:
        _check_script(text, lang(lang_code))
    code = lang_code or detect_language(text)
    if code is None:
        raise UnresError(Problem("text-language", "no language could be recognised (no letters in any UN "
                                 "language); pass --lang", line=1))
    bold = frozenset(" ".join(h.split()) for h in bold_headings)
    return ParseResult(result(read(lang(code), text, warnings, notes_apart=notes_apart, bold_headings=bold)),
                       warnings)


def _check_script(text: str, lg: Lang) -> None:
    """A --lang the text's script contradicts is refused: read as that language, the text would give
    a model with no formula and no vote, in the wrong language, and exit 0."""
    found = script_of(text)
    if found is None or found == lg.script.name:
        return
    raise UnresError(Problem("text-language-mismatch", f"--lang {lg.code}, but the text is written in "
                             f"{_CALLED.get(found, found)}, not {_CALLED.get(lg.script.name, lg.script.name)}: "
                             "leave out --lang (the language is detected) or name the text's language", line=1))


# How the messages name the scripts of scripts.json.
_CALLED = {"han": "Chinese characters", "arabic": "Arabic script", "cyrillic": "Cyrillic script",
           "latin": "Latin script"}
