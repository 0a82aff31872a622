"""The `unres` command: convert and validate resolutions. Imports are lazy so that start-up is fast."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from .formats import INPUT_SUFFIXES, OUTPUT_NAMES
from .outputs import safe_name, write_output

# Problems, models and typing are imported where they are used: `unres --version` starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .model import Resolution
    from .problems import Problem

    # One converted input: (input name, output bytes or None, output file name, errors, warnings).
    Converted = tuple[str, bytes | None, str | None, list[Problem], list[Problem]]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _utf8_streams() -> None:
    """Messages quote the documents (Arabic, Chinese, Cyrillic) and file names: written in UTF-8
    whatever the locale (Windows gives a piped stdout cp1252), and a character no encoding can take
    (a lone surrogate from an undecodable file name) as a backslash escape, never a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    parser = argparse.ArgumentParser(prog="unres", description="UN resolutions: text, JSON model, Akoma Ntoso.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command")
    conv = sub.add_parser("convert", help=f"convert text, AKN or JSON into {', '.join(OUTPUT_NAMES)}")
    conv.add_argument("inputs", nargs="+", help="files or folders; - reads standard input")
    conv.add_argument("--to", choices=OUTPUT_NAMES, default="json")
    conv.add_argument("-o", "--output", help="output file (one input) or folder (several)")
    conv.add_argument("--lang", choices=("ar", "en", "es", "fr", "ru", "zh"), help="language of text input")
    conv.add_argument("--no-validate", action="store_true", help="skip validating each output before writing")
    conv.add_argument("--jobs", type=int, default=0, help="worker processes for batches (default: all cores)")
    conv.add_argument("--keep-names", action="store_true",
                      help="name outputs after their inputs instead of symbol and language")
    conv.add_argument("--pdf-text", action="store_true",
                      help="write the text unres reads from PDF or Word input (what the reader sees) instead of "
                      "converting")
    val = sub.add_parser("validate", help="check JSON, AKN XML and text files; exit 1 if any is invalid")
    val.add_argument("paths", nargs="+")
    val.add_argument("--format", choices=("text", "json", "github"), default="text")
    val.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    val.add_argument("--align", action="store_true",
                     help="check that the language versions of each resolution agree in structure")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_USAGE if e.code else EXIT_OK
    if args.version:
        from . import __version__

        print(f"unres {__version__}")
        return EXIT_OK
    if args.command == "convert":
        return convert(args)
    if args.command == "validate":
        return validate(args)
    parser.print_help()
    return EXIT_USAGE


def _collect(paths: list[str]) -> tuple[list[Path], list[Problem]]:
    """The files to work on (folders: every file of a known suffix, recursively) and the missing."""
    from .problems import Problem

    files: list[Path] = []
    missing: list[Problem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES))
        elif p.exists():
            files.append(p)
        else:
            missing.append(Problem("io-missing", "no such file or folder", file=raw))
    return files, missing


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _out_name(res: Resolution, src: str, suffix: str) -> str:
    md = res.metadata
    if md.symbol:
        stem = md.symbol.replace("/", "-").replace(" ", "").replace("(", "_").replace(")", "")
        return safe_name(f"{stem}.{md.language}", suffix)
    return safe_name(Path(src).stem, suffix)


def convert_one(name: str, fmt: str, lang: str | None, check: bool, keep_names: bool) -> Converted:
    """Reads, converts and (unless told not to) validates one input; runs in worker processes."""
    from . import formats
    from .problems import Problem, UnresError

    try:
        data = _read(name)
        if fmt == "pdf-text":
            return _extracted_text(name, data)
        suffix = formats.output(fmt).suffix
        res, warnings = formats.read(data, name, lang)
        out = formats.write(res, fmt)
        if check:
            problems = formats.output_errors(out, fmt, res)
            if problems:
                raise UnresError(problems)
    except UnresError as e:
        return name, None, None, [p.located(file=p.file or name) for p in e.problems], []
    except OSError as e:
        return name, None, None, [Problem("io-read", e.strerror or str(e), file=name)], []
    except Exception as e:  # a bug of unres on this file: the file's error, never the batch's end
        from .validation import internal_error

        return _failed(name, internal_error(e))
    out_name = safe_name(Path(name).stem, suffix) if keep_names and name != "-" else _out_name(res, name, suffix)
    return name, out, out_name, [], [w.located(file=w.file or name) for w in warnings]


def _extracted_text(name: str, data: bytes) -> Converted:
    """--pdf-text: the text read from a PDF or Word file, as convert_one's result."""
    from .extract import docx_text, pdf_text, sniff
    from .problems import Problem, UnresError

    kind = sniff(data, name)
    if kind is None:
        raise UnresError(Problem("usage-pdf-text-input", "--pdf-text reads PDF and Word (.docx) files only", file=name))
    text = pdf_text(data, name) if kind == "pdf" else docx_text(data, name)
    stem = Path(name).stem if name != "-" else "stdin"
    return name, text.encode("utf-8"), safe_name(f"{stem}.{kind}", ".txt"), [], []


def _failed(name: str, reason: str) -> Converted:
    from .problems import Problem

    return name, None, None, [Problem("internal-error", reason, file=name)], []


def _convert_all(names: list[str], args: argparse.Namespace) -> Iterator[Converted]:
    from functools import partial

    jobs = args.jobs or os.cpu_count() or 1
    fmt = "pdf-text" if args.pdf_text else args.to
    one = partial(convert_one, fmt=fmt, lang=args.lang, check=not args.no_validate, keep_names=args.keep_names)
    if jobs <= 1 or len(names) < 8:
        yield from map(one, names)
        return
    from .batch import imap

    yield from imap(one, names, jobs, _failed)


def _report(problem: Problem) -> None:
    print(str(problem), file=sys.stderr)


def convert(args: argparse.Namespace) -> int:
    from .problems import Problem

    inputs = args.inputs
    missing: list[Problem] = []
    if inputs != ["-"]:
        files, missing = _collect(inputs)
        names = [str(f) for f in files]
    else:
        names = ["-"]
    for p in missing:
        _report(p)
    many = len(names) > 1 or any(Path(i).is_dir() for i in inputs if i != "-")
    if many and not args.output:
        _report(Problem("usage-output-folder", "several inputs (or a folder) need an output folder: -o DIR"))
        return EXIT_USAGE
    from .progress import Progress

    bar = Progress(len(names))
    failed = len(missing)
    done = warned = 0
    outputs: set[Path] = set()
    # No output may replace an input of the run: a hand-edited X.en.json beside scan.txt, whose
    # conversion is named X.en.json too.
    input_files = {Path(n).resolve() for n in names if n != "-"}
    for k, (name, out, out_name, problems, warnings) in enumerate(_convert_all(names, args), start=1):
        bar.clear()
        for p in problems + warnings:
            _report(p)
        bar.update(k)
        if out is None or out_name is None:
            failed += 1
            continue
        warned += bool(warnings)
        if not args.output:
            sys.stdout.buffer.write(out)
        else:
            target = Path(args.output) / out_name if many else Path(args.output)
            refusal = None
            if (resolved := target.resolve()) in input_files:
                own = name != "-" and resolved == Path(name).resolve()
                what = "the input" if own else f"{target}, an input of this run"
                refusal = Problem("io-overwrite", f"refusing to overwrite {what}", file=name)
            elif target in outputs:
                refusal = Problem("io-collision", f"{target} was already written in this run", file=name)
            if refusal is not None:
                _report(refusal)
                failed += 1
                continue
            outputs.add(target)
            try:
                write_output(target, out)
            except OSError as e:
                failed += 1
                _report(Problem("io-write", e.strerror or str(e), file=str(target)))
                continue
        done += 1
    bar.clear()
    if many:
        print(f"unres: {done} converted ({warned} with warnings), {failed} failed", file=sys.stderr)
    return EXIT_INVALID if failed else EXIT_OK


def validate(args: argparse.Namespace) -> int:
    from .validation import align, validate_many

    files, missing = _collect(args.paths)
    unreadable = len(missing)
    for p in missing:
        _emit(p, args.format)
    from .progress import Progress

    bar = Progress(len(files))
    jobs = args.jobs or os.cpu_count() or 1
    invalid: set[str] = set()
    summaries: dict[str, Any] = {}
    for path, problems, summary in validate_many([str(f) for f in files], jobs, bar.update):
        bar.clear()
        for p in problems:
            _emit(p, args.format)
        if any(p.code.startswith("io-") for p in problems):
            unreadable += 1
            continue
        if any(p.severity == "error" for p in problems):
            invalid.add(path)
        summaries[path] = summary
    if args.align:
        misaligned = align(summaries)
        for p in misaligned:
            _emit(p, args.format)
        invalid |= {p.file for p in misaligned if p.file is not None}
    failed = len(invalid)
    passed = len(summaries) - failed
    if args.format != "json":
        print(f"unres validate: {passed} passed, {failed} failed" + (f", {unreadable} unreadable" if unreadable
                                                                    else ""), file=sys.stderr)
    if failed:
        return EXIT_INVALID
    return EXIT_USAGE if unreadable else EXIT_OK


# GitHub's workflow commands are read line by line: a newline in a file name or a symbol would
# start a command of its own (::add-mask::, ::stop-commands::). Escaped as the runner unescapes.
_GITHUB_DATA = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_GITHUB_PROPERTY = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})


def _github_data(text: str) -> str:
    return text.translate(_GITHUB_DATA)


def _github_property(text: str) -> str:
    return text.translate(_GITHUB_PROPERTY)


def _emit(p: Problem, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(p.as_dict(), ensure_ascii=False))
    elif fmt == "github":
        level = "error" if p.severity == "error" else "warning"
        loc = f"file={_github_property(p.file or '')}"
        if p.line:
            loc += f",line={p.line}"
            if p.column:
                loc += f",col={p.column}"
        msg = f"[{p.code}] {p.message}" + (f" at {p.pointer}" if p.pointer else "")
        print(f"::{level} {loc},title={_github_property(f'unres {p.code}')}::{_github_data(msg)}")
    elif sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        colour = "\033[31m" if p.severity == "error" else "\033[33m"
        print(f"\033[1m{p.where()}\033[0m: {colour}{p.severity}\033[0m [{p.code}] {p.message}")
    else:
        print(str(p))


if __name__ == "__main__":
    sys.exit(main())
