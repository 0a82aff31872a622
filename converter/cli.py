"""The `unres` command: convert and validate resolutions. Imports are lazy so that start-up is fast."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .formats import INPUT_SUFFIXES, OUTPUT_NAMES
from .outputs import safe_name, write_output

# Problems, models and typing are imported where they are used: `unres --version` starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .model import Resolution
    from .problems import Problem
    from .selection import Selection

    # One converted input: (input name, output bytes or None when not converted, output file name,
    # every problem found).
    Converted = tuple[str, bytes | None, str | None, list[Problem]]

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_PIPE = 128 + 13  # the output's reader closed the pipe: as a process killed by SIGPIPE exits


def _utf8_streams() -> None:
    """Messages quote the documents (Arabic, Chinese, Cyrillic) and file names: written in UTF-8
    whatever the locale (Windows gives a piped stdout cp1252), and a character no encoding can take
    (a lone surrogate from an undecodable file name) as a backslash escape, never a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


LANGS = ("ar", "en", "es", "fr", "ru", "zh")


def _selection_options(parser: argparse.ArgumentParser, profiles: bool) -> None:
    """--select, --extend-select, --ignore (and --profile): over [tool.unres] in pyproject.toml."""
    if profiles:
        from .codes import PROFILES

        parser.add_argument("--profile", choices=("auto", *PROFILES),
                            help="which checks to report: unres (every check: unres's JSON and AKN), "
                            "un-input (a lint of the UN's files: every check but unres's own AKN conventions), "
                            "structural (only what convert guarantees of its outputs); auto (default) takes unres "
                            "for JSON and AKN unres wrote, un-input for the others")
    parser.add_argument("--select", metavar="CODES", help="report only these codes or prefixes (comma-separated; "
                        "ALL for every code), instead of the profile's")
    parser.add_argument("--extend-select", metavar="CODES", help="report these codes or prefixes as well")
    parser.add_argument("--ignore", metavar="CODES", help="do not report these codes or prefixes")
    parser.add_argument("--isolated", action="store_true", help="ignore [tool.unres] in pyproject.toml files")


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader of our output went away (`unres validate data/ | head`): what it did not read
        # is not an error to report, and a traceback would be. Later writes (the interpreter's
        # flush at exit) go nowhere.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PIPE


def _main(argv: list[str] | None) -> int:
    _utf8_streams()
    parser = argparse.ArgumentParser(prog="unres", description="UN resolutions: text, JSON model, Akoma Ntoso.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command")
    conv = sub.add_parser("convert", help=f"convert text, AKN or JSON into {', '.join(OUTPUT_NAMES)}")
    conv.add_argument("inputs", nargs="+", help="files or folders; - reads standard input")
    conv.add_argument("--to", choices=OUTPUT_NAMES,
                      help="output format (default: the one -o FILE names by its suffix, else json)")
    conv.add_argument("-o", "--output", help="output file (one input) or folder (several)")
    conv.add_argument("--lang", choices=LANGS, help="language of text input")
    conv.add_argument("--strict", action="store_true",
                      help="refuse an output for any error, also one in the source (a vote count that does not "
                      "match its list); by default only an output that would be invalid is refused")
    conv.add_argument("--no-validate", action="store_true", help="skip checking the model and each output")
    conv.add_argument("--jobs", type=int, default=0, help="worker processes for batches (default: all cores)")
    conv.add_argument("--keep-names", action="store_true",
                      help="name outputs after their inputs instead of symbol and language")
    conv.add_argument("--pdf-text", action="store_true",
                      help="write the text unres reads from PDF or Word input (what the reader sees) instead of "
                      "converting")
    _selection_options(conv, profiles=False)
    val = sub.add_parser("validate", help="check JSON, AKN XML, text, PDF and Word files; exit 1 if any is invalid")
    val.add_argument("paths", nargs="+")
    val.add_argument("--format", choices=("text", "json", "github"), default="text")
    val.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    val.add_argument("--align", action="store_true",
                     help="check that the language versions of each resolution agree in structure")
    val.add_argument("--strict", action="store_true",
                     help="fail a file also for the source errors it records (a file `unres convert` wrote from a "
                     "source that breaks a rule records them, and by default they are reported without failing it)")
    _selection_options(val, profiles=True)
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


def _selection(args: argparse.Namespace) -> Selection | list[Problem]:
    """The codes to report: [tool.unres] of the nearest pyproject.toml, the options over it."""
    from .problems import UnresError
    from .selection import Overrides, parse_list, resolve

    def listed(value: str | None) -> tuple[str, ...] | None:
        return parse_list(value) if value is not None else None

    try:
        return resolve(Overrides(profile=getattr(args, "profile", None), select=listed(args.select),
                                 extend_select=listed(args.extend_select), ignore=listed(args.ignore),
                                 isolated=args.isolated))
    except UnresError as e:
        return e.problems


def _collect(paths: list[str]) -> tuple[list[Path], list[Problem]]:
    """The files to work on (folders: every file of a known suffix, recursively), and the problems of
    the paths: missing (an error), a folder holding no file unres reads (a warning)."""
    from .problems import Problem

    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
            if not found:
                problems.append(Problem("io-empty-folder", f"the folder holds no file unres reads "
                                        f"({', '.join(INPUT_SUFFIXES)}): nothing in it was checked", file=raw))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            problems.append(Problem("io-missing", "no such file or folder", file=raw))
    return files, problems


def _nothing(command: str, paths: list[str]) -> Problem:
    from .problems import Problem

    return Problem("io-no-input", f"nothing to {command}: no file unres reads among the paths given",
                   file=" ".join(paths))


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
    """Reads, converts and (unless told not to) checks one input; runs in worker processes."""
    from . import formats
    from .conversion import convert_bytes
    from .problems import Problem, UnresError

    try:
        data = _read(name)
        if fmt == "pdf-text":
            return _extracted_text(name, data)
        done = convert_bytes(data, name, fmt, lang, check=check)
    except UnresError as e:
        return name, None, None, [p.located(file=p.file or name) for p in e.problems]
    except OSError as e:
        return name, None, None, [Problem("io-read", e.strerror or str(e), file=name)]
    except Exception as e:  # a bug of unres on this file: the file's error, never the batch's end
        from .validation import internal_error

        return _failed(name, internal_error(e))
    problems = [p.located(file=p.file or name) for p in done.problems]
    if done.output is None or done.model is None:
        return name, None, None, problems
    suffix = formats.output(fmt).suffix
    out_name = safe_name(Path(name).stem, suffix) if keep_names and name != "-" else _out_name(done.model, name,
                                                                                               suffix)
    return name, done.output, out_name, problems


def _extracted_text(name: str, data: bytes) -> Converted:
    """--pdf-text: the text read from a PDF or Word file, as convert_one's result."""
    from .extract import docx_text, pdf_text, sniff
    from .problems import Problem, UnresError

    kind = sniff(data, name)
    if kind is None:
        raise UnresError(Problem("usage-pdf-text-input", "--pdf-text reads PDF and Word (.docx) files only", file=name))
    text = pdf_text(data, name) if kind == "pdf" else docx_text(data, name)
    stem = Path(name).stem if name != "-" else "stdin"
    return name, text.encode("utf-8"), safe_name(f"{stem}.{kind}", ".txt"), []


def _failed(name: str, reason: str) -> Converted:
    from .problems import Problem

    return name, None, None, [Problem("internal-error", reason, file=name)]


def _convert_all(names: list[str], fmt: str, args: argparse.Namespace) -> Iterator[Converted]:
    from functools import partial

    jobs = args.jobs or os.cpu_count() or 1
    one = partial(convert_one, fmt=fmt, lang=args.lang, check=not args.no_validate, keep_names=args.keep_names)
    if jobs <= 1 or len(names) < 8:
        yield from map(one, names)
        return
    from .batch import imap

    yield from imap(one, names, jobs, _failed)


def _report(problem: Problem) -> None:
    print(str(problem), file=sys.stderr)


def _output_format(args: argparse.Namespace, many: bool) -> str | Problem:
    """--to, or the format `-o FILE` names by its suffix (res.xml: akn), or json. A --to that
    contradicts the suffix (--to json -o res.xml) is refused: the file would lie about its content."""
    from . import formats
    from .problems import Problem

    if args.pdf_text:
        return "pdf-text"
    named = formats.output_by_file(args.output) if args.output and not many else None
    if args.to is None:
        return named.name if named is not None else "json"
    if named is not None and named.name != args.to:
        return Problem("usage-output-suffix", f"-o {args.output}: its suffix asks for {named.name}, but --to asks "
                       f"for {args.to}: name the file …{formats.output(args.to).suffix}, or leave out --to")
    return str(args.to)


@dataclass
class _Tally:
    """What a run of convert did, file by file: for its summary line and its exit status."""

    done: int = 0
    failed: int = 0
    unreadable: int = 0
    with_errors: int = 0  # converted, with errors in the source
    warned: int = 0  # converted, with warnings

    def summary(self, many: bool, strict: bool) -> str | None:
        if many:
            return (f"unres: {self.done} converted ({self.with_errors} with errors in the source, {self.warned} "
                    f"with warnings), {self.failed} failed"
                    + (f", {self.unreadable} unreadable" if self.unreadable else ""))
        if self.done and self.with_errors and not strict:
            return ("unres: converted; the document breaks the rules reported above (the output says what the "
                    "source says and records them, so that `unres validate` reports them without failing it; "
                    "--strict refuses such documents)")
        return None

    def exit_code(self) -> int:
        if self.failed:
            return EXIT_INVALID
        return EXIT_USAGE if self.unreadable else EXIT_OK


def _convert_names(args: argparse.Namespace, tally: _Tally) -> list[str]:
    """The inputs to convert ("-": standard input); the paths' problems reported, the unreadable counted."""
    inputs = args.inputs
    if inputs == ["-"]:
        return ["-"]
    files, path_problems = _collect(inputs)
    for p in path_problems:
        _report(p)
    tally.unreadable = sum(p.severity == "error" for p in path_problems)
    return [str(f) for f in files]


def _run_format(args: argparse.Namespace, many: bool) -> str | Problem:
    """The output format of a run with inputs, or why it cannot start."""
    from .problems import Problem

    if many and not args.output:
        return Problem("usage-output-folder", "several inputs (or a folder) need an output folder: -o DIR")
    return _output_format(args, many)


def _shown(args: argparse.Namespace, selection: Selection, converted: Converted) -> tuple[bytes | None, list[Problem]]:
    """The problems of one input to report, and its output unless --strict refuses it. Convert reports
    every code (the input's facts); --select/--ignore narrow it. What stopped the output is always said."""
    from .conversion import refused_by_strict
    from .problems import Problem

    name, out, _, problems = converted
    shown = [p for p in problems if (out is None and p.severity == "error") or selection.selects(p.code, "unres")]
    if out is not None and args.strict and (refusal := refused_by_strict(shown)):
        out = None
        shown.append(Problem("convert-strict", f"not written: --strict refuses an output for any error "
                             f"({len(refusal)} here)", file=name))
    return out, shown


@dataclass
class _Outputs:
    """Where a run of convert writes. No output may replace an input of the run (a hand-edited
    X.en.json beside scan.txt, whose conversion is named X.en.json too), nor another output."""

    folder: str | None  # -o (a folder when many, else a file); None: standard output
    many: bool
    inputs: set[Path]
    written: set[Path] = field(default_factory=set)

    def write(self, name: str, out: bytes, out_name: str) -> bool:
        """Writes one output; False (the problem reported) when it may not or could not be written."""
        from .problems import Problem

        if not self.folder:
            sys.stdout.buffer.write(out)
            return True
        target = Path(self.folder) / out_name if self.many else Path(self.folder)
        refused = self._refused(name, target)
        if refused is not None:
            _report(refused)
            return False
        self.written.add(target)
        try:
            write_output(target, out)
        except OSError as e:
            _report(Problem("io-write", e.strerror or str(e), file=str(target)))
            return False
        return True

    def _refused(self, name: str, target: Path) -> Problem | None:
        from .problems import Problem

        if (resolved := target.resolve()) in self.inputs:
            own = name != "-" and resolved == Path(name).resolve()
            what = "the input" if own else f"{target}, an input of this run"
            return Problem("io-overwrite", f"refusing to overwrite {what}", file=name)
        if target in self.written:
            return Problem("io-collision", f"{target} was already written in this run", file=name)
        return None


def _count_one(converted: Converted, out: bytes | None, shown: list[Problem], outputs: _Outputs,
               tally: _Tally) -> None:
    """One input's output written (when there is one), and the input counted."""
    name, _, out_name, problems = converted
    if out is None or out_name is None:
        if any(p.code in ("io-read", "io-missing") for p in problems):
            tally.unreadable += 1
        else:
            tally.failed += 1
        return
    tally.with_errors += any(p.severity == "error" for p in shown)
    tally.warned += any(p.severity == "warning" for p in shown)
    if outputs.write(name, out, out_name):
        tally.done += 1
    else:
        tally.failed += 1


def convert(args: argparse.Namespace) -> int:
    from .problems import Problem

    selection = _selection(args)
    if isinstance(selection, list):
        for p in selection:
            _report(p)
        return EXIT_USAGE
    tally = _Tally()
    names = _convert_names(args, tally)
    many = len(names) > 1 or any(Path(i).is_dir() for i in args.inputs if i != "-")
    if not names:
        if not tally.unreadable:
            _report(_nothing("convert", args.inputs))
        return EXIT_USAGE
    fmt = _run_format(args, many)
    if isinstance(fmt, Problem):
        _report(fmt)
        return EXIT_USAGE
    from .progress import Progress

    bar = Progress(len(names))
    outputs = _Outputs(args.output, many, {Path(n).resolve() for n in names if n != "-"})
    for k, converted in enumerate(_convert_all(names, fmt, args), start=1):
        bar.clear()
        out, shown = _shown(args, selection, converted)
        for p in shown:
            _report(p)
        bar.update(k)
        _count_one(converted, out, shown, outputs, tally)
    bar.clear()
    if (line := tally.summary(many, args.strict)) is not None:
        print(line, file=sys.stderr)
    return tally.exit_code()


@dataclass
class _Checked:
    """What a run of validate found: the files that failed, each file's summary (for --align), the
    profile each was checked against."""

    unreadable: int
    invalid: set[str] = field(default_factory=set)
    summaries: dict[str, Any] = field(default_factory=dict)
    profiles: dict[str, int] = field(default_factory=dict)
    recorded: set[str] = field(default_factory=set)  # passed with errors the file records as its source's

    def summary(self) -> str:
        failed = len(self.invalid)
        used = ", ".join(f"{name} {n}" for name, n in sorted(self.profiles.items()))
        passed_recorded = len(self.recorded - self.invalid)
        with_recorded = f" ({passed_recorded} with their source's errors recorded)" if passed_recorded else ""
        return (f"unres validate: {len(self.summaries) - failed} passed{with_recorded}, {failed} failed"
                + (f", {self.unreadable} unreadable" if self.unreadable else "")
                + (f" (profile {used})" if used else ""))

    def exit_code(self) -> int:
        if self.invalid:
            return EXIT_INVALID
        return EXIT_USAGE if self.unreadable else EXIT_OK


def _validate_files(files: list[Path], selection: Selection, args: argparse.Namespace, found: _Checked) -> None:
    """Validates the files (in worker processes), reporting each file's problems as it is checked."""
    from .progress import Progress
    from .selection import AUTO
    from .validation import validate_many

    bar = Progress(len(files))
    jobs = args.jobs or os.cpu_count() or 1
    for checked in validate_many([str(f) for f in files], jobs, bar.update):
        bar.clear()
        profile = checked.profile if selection.profile == AUTO else selection.profile
        shown = selection.keep(checked.problems, profile)
        for p in shown:
            _emit(p, args.format)
        if any(p.code.startswith("io-") for p in checked.problems):
            found.unreadable += 1
            continue
        found.profiles[profile] = found.profiles.get(profile, 0) + 1
        if any(p.severity == "error" and (args.strict or not p.recorded) for p in shown):
            found.invalid.add(checked.path)
        if any(p.recorded for p in shown):
            found.recorded.add(checked.path)
        found.summaries[checked.path] = checked.summary


def _check_alignment(selection: Selection, args: argparse.Namespace, found: _Checked) -> None:
    """--align: the language versions of each resolution compared; a file that disagrees fails."""
    from .align import align

    misaligned = [p for p in align(found.summaries) if selection.selects(p.code, "unres")]
    for p in misaligned:
        _emit(p, args.format)
    found.invalid |= {p.file for p in misaligned if p.file is not None}


def validate(args: argparse.Namespace) -> int:
    selection = _selection(args)
    if isinstance(selection, list):  # a usage error, not a file's problem: on stderr whatever --format
        for p in selection:
            _report(p)
        return EXIT_USAGE
    files, path_problems = _collect(args.paths)
    for p in path_problems:
        _emit(p, args.format)
    found = _Checked(unreadable=sum(p.severity == "error" for p in path_problems))
    if not files:
        if not found.unreadable:
            _emit(_nothing("validate", args.paths), args.format)
        if args.format != "json":
            print("unres validate: nothing was checked", file=sys.stderr)
        return EXIT_USAGE
    _validate_files(files, selection, args, found)
    if args.align:
        _check_alignment(selection, args, found)
    if args.format != "json":
        print(found.summary(), file=sys.stderr)
    return found.exit_code()


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
        # A recorded error does not fail the file: an annotation that does not fail the check either.
        level = "error" if p.severity == "error" and not p.recorded else "warning"
        loc = f"file={_github_property(p.file or '')}"
        if p.line:
            loc += f",line={p.line}"
            if p.column:
                loc += f",col={p.column}"
        msg = f"[{p.code}] {p.message}" + (f" at {p.pointer}" if p.pointer else "") + p.recorded_note()
        print(f"::{level} {loc},title={_github_property(f'unres {p.code}')}::{_github_data(msg)}")
    elif sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        colour = "\033[31m" if p.severity == "error" else "\033[33m"
        print(f"\033[1m{p.where()}\033[0m: {colour}{p.severity}\033[0m [{p.code}] {p.message}{p.recorded_note()}")
    else:
        print(str(p))


if __name__ == "__main__":
    sys.exit(main())
