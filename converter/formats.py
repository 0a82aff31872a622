"""The formats unres reads and writes: one line each. `unres convert --to`, the folder mode's file
names, `unres validate` and the API's `convert` all look formats up here.

A format's functions are named as "module:function" (relative to the package) and imported only
when used, so that listing the formats (the command line's choices) imports no reader or writer.

- an input format's `reader(data, name, lang)` returns (model, warnings) or raises UnresError;
  its `validator(data, file)` returns a validation.Validated (every problem located in the file,
  the model or None, whose conventions the file follows); its `profile` is those conventions
  when the content does not tell (a file unres writes in that format: "unres");
- an output format's `writer(model)` returns str (written as UTF-8) or bytes; its `check(output,
  judged)`, when it has one, returns every problem `unres validate` finds in the output of a model
  whose problems (schema, rules: checks.judge) are `judged`, the model not read back: `convert`
  writes it unless one is a structural error (conversion.py); its `record(output, problems)`, when
  it has one, writes into the output the source errors `convert` reported (recorded.py). `files`
  are the suffixes that name a file of the format (`-o res.xml` without `--to` writes AKN).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

# No dataclasses or typing here: the command line imports this module to list its choices, and
# those imports would cost `unres --version` a good part of its start-up time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .problems import Problem


class InputFormat:
    """An input format (read-only by convention): suffixes (lower case, with the dot), the first
    non-blank bytes that tell it when the name does not, its reader, its validator and its profile."""

    __slots__ = ("name", "suffixes", "sniff", "reader", "validator", "profile")

    def __init__(self, name: str, suffixes: tuple[str, ...], sniff: bytes | None, reader: str, validator: str,
                 profile: str = "un-input"):
        self.name, self.suffixes, self.sniff, self.reader, self.validator = name, suffixes, sniff, reader, validator
        self.profile = profile


class OutputFormat:
    """An output format (read-only by convention): the suffix of the files the folder mode names,
    its writer and, when it has a validator, the check of an output before it is written."""

    __slots__ = ("name", "suffix", "files", "writer", "check", "record")

    def __init__(self, name: str, suffix: str, files: tuple[str, ...], writer: str, check: str | None = None,
                 record: str | None = None):
        self.name, self.suffix, self.files, self.writer, self.check = name, suffix, files, writer, check
        self.record = record


# In the order they are tried on an input: by suffix or first bytes; text takes the rest.
INPUTS: tuple[InputFormat, ...] = (
    InputFormat("json", (".json",), b"{", "jsonio:read", "validation:validate_json", "unres"),
    InputFormat("akn", (".xml",), b"<", "formats:read_akn", "validation:validate_akn"),
    # PDF and Word: read into text laid out for the text reader, plus what fonts and positions tell.
    InputFormat("pdf", (".pdf",), b"%PDF-", "extract:read_pdf", "validation:validate_extracted"),
    InputFormat("docx", (".docx",), b"PK\x03\x04", "extract:read_docx", "validation:validate_extracted"),
    # A legacy Word file (OLE2 compound document) is refused with a message saying what to do.
    InputFormat("doc", (".doc",), b"\xd0\xcf\x11\xe0", "formats:read_legacy_doc", "validation:validate_extracted"),
    InputFormat("text", (".txt",), None, "formats:read_text", "validation:validate_text"),
)

OUTPUTS: tuple[OutputFormat, ...] = (
    OutputFormat("json", ".json", (".json",), "jsonio:to_json", "checks:json_output_problems",
                 "recorded:record_json"),
    OutputFormat("akn", ".akn.xml", (".xml",), "akn.writer:to_akn", "checks:akn_output_problems",
                 "recorded:record_akn"),
    OutputFormat("text", ".txt", (".txt",), "text.render:render_text"),
    OutputFormat("html", ".html", (".html", ".htm"), "html:render_html"),
)

OUTPUT_NAMES = tuple(f.name for f in OUTPUTS)
INPUT_SUFFIXES = tuple(s for f in INPUTS for s in f.suffixes)


def function(ref: str) -> Callable[..., Any]:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(f".{module}", __package__), name)


def output(name: str) -> OutputFormat:
    for f in OUTPUTS:
        if f.name == name:
            return f
    from .problems import Problem, UnresError

    raise UnresError(Problem("usage-format-unknown", f"no output format {name!r} (one of: {', '.join(OUTPUT_NAMES)})"))


def output_by_file(name: str) -> OutputFormat | None:
    """The output format a file name asks for by its suffix (`res.xml`: akn), if any."""
    lower = name.lower()
    return next((f for f in OUTPUTS if lower.endswith(f.files)), None)


def not_read(name: str) -> str:
    """What to say of a file whose suffix names no input format."""
    *most, last = INPUT_SUFFIXES
    return f"not a file kind unres reads: it reads {', '.join(most)} and {last} files (by their suffix)"


def input_by_suffix(name: str) -> InputFormat | None:
    lower = name.lower()
    return next((f for f in INPUTS if lower.endswith(f.suffixes)), None)


def input_for(name: str, data: bytes) -> InputFormat:
    """The format of an input: by the suffix of its name or, failing that, by its first bytes."""
    head = data.lstrip()[:200]
    for f in INPUTS:
        if name.endswith(f.suffixes) or (f.sniff is not None and head.startswith(f.sniff)):
            return f
    return INPUTS[-1]


def read(data: bytes, name: str = "", lang: str | None = None) -> tuple[Any, list[Problem]]:
    """(model, warnings) from an input of any format."""
    return function(input_for(name, data).reader)(data, name, lang)


def write(res: Any, fmt: str) -> bytes:
    out = function(output(fmt).writer)(res)
    return out.encode("utf-8") if isinstance(out, str) else out


def output_problems(out: bytes, fmt: str, judged: list[Problem]) -> list[Problem]:
    """Every problem `unres validate` finds in an output of a model whose problems (checks.judge)
    are `judged` (none for a format without a check)."""
    check = output(fmt).check
    return function(check)(out, judged) if check else []


def record(out: bytes, fmt: str, problems: list[Problem]) -> bytes:
    """The output with the source errors among `problems` recorded in it, when the format has a
    place for them (recorded.py); unchanged when there are none."""
    from .recorded import recordable

    ref = output(fmt).record
    found = recordable(problems)
    return function(ref)(out, found) if ref and found else out


# -- readers of modules whose entry points have another shape ------------------------------------

def read_akn(data: bytes, name: str, lang: str | None) -> tuple[Any, list[Problem]]:
    from .akn.reader import from_akn

    return from_akn(data, name)


def read_legacy_doc(data: bytes, name: str, lang: str | None) -> tuple[Any, list[Problem]]:
    from .extract import sniff

    sniff(data, name or "input.doc")  # raises input-doc-legacy
    raise AssertionError("sniff() refuses every legacy Word file")  # pragma: no cover


def read_text(data: bytes, name: str, lang: str | None) -> tuple[Any, list[Problem]]:
    from .problems import Problem, UnresError
    from .text.parse import parse_text

    try:
        result = parse_text(data, lang)
    except UnicodeError as e:  # pragma: no cover - decode() falls back, kept for safety
        raise UnresError(Problem("text-encoding", str(e))) from None
    return result.resolution, result.warnings
