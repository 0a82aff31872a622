"""The `unres` command: convert and validate resolutions. Imports are lazy so that start-up is fast."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
FORMATS = ("json", "akn", "text", "html")
SUFFIX = {"json": ".json", "akn": ".akn.xml", "text": ".txt", "html": ".html"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="unres", description="UN resolutions: text, JSON model, Akoma Ntoso.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command")
    conv = sub.add_parser("convert", help="convert text, AKN or JSON into json, akn, text or html")
    conv.add_argument("inputs", nargs="+", help="files or folders; - reads standard input")
    conv.add_argument("--to", choices=FORMATS, default="json")
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


def _collect(paths: list[str], kinds: tuple[str, ...]) -> tuple[list[Path], list[str]]:
    files, errors = [], []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in kinds))
        elif p.exists():
            files.append(p)
        else:
            errors.append(f"{raw}: error [io-missing] no such file or folder")
    return files, errors


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _load(data: bytes, name: str, lang: str | None):
    """(model, warnings) from any input format, by suffix or content."""
    from .extract import read_docx, read_pdf, sniff
    from .problems import Problem, UnresError

    kind = sniff(data, name)  # PDF and Word by their bytes; a legacy .doc is refused here
    if kind == "pdf":
        return read_pdf(data, name, lang)
    if kind == "docx":
        return read_docx(data, name, lang)
    head = data.lstrip()[:200]
    if name.endswith(".json") or head.startswith(b"{"):
        from .jsonio import from_json

        return from_json(data), []
    if name.endswith(".xml") or head.startswith(b"<"):
        from .akn.reader import from_akn

        res, warnings = from_akn(data, name)
        return res, warnings
    from .text.parse import parse_text

    try:
        result = parse_text(data, lang)
    except UnicodeError as e:  # pragma: no cover - decode() falls back, kept for safety
        raise UnresError(Problem("text-encoding", str(e))) from None
    return result.resolution, result.warnings


def _render(res, fmt: str) -> bytes:
    if fmt == "json":
        from .jsonio import to_json

        return to_json(res).encode("utf-8")
    if fmt == "akn":
        from .akn.writer import to_akn

        return to_akn(res)
    if fmt == "html":
        from .html import render_html

        return render_html(res).encode("utf-8")
    from .text.render import render_text

    return render_text(res).encode("utf-8")


def _check_output(out: bytes, fmt: str, res) -> list:
    from .rules import check
    from .schema import schema_problems

    if fmt == "akn":
        from .akn.xsd import profile_problems, xsd_problems
        from .safexml import parse_xml

        tree = parse_xml(out)
        return xsd_problems(tree) + profile_problems(tree)
    if fmt == "json":
        from .model import to_dict

        problems = schema_problems(to_dict(res))
        return problems or [p for p in check(res) if p.severity == "error"]
    return []


def write_atomic(path: Path, data: bytes) -> None:
    """Writes data to path so that a reader never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates the file private; the output gets the permissions a new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _out_name(res, src: str, fmt: str) -> str:
    md = res.metadata
    if md.symbol:
        stem = md.symbol.replace("/", "-").replace(" ", "").replace("(", "_").replace(")", "")
        return f"{stem}.{md.language}{SUFFIX[fmt]}"
    return Path(src).stem + SUFFIX[fmt]


def convert_one(name: str, fmt: str, lang: str | None, check: bool, keep_names: bool):
    """Reads, converts and (unless told not to) validates one input; runs in worker processes.

    Returns (name, output bytes or None, output file name, errors, warnings)."""
    from .problems import Problem, UnresError

    try:
        data = _read(name)
        if fmt == "pdf-text":
            return _extracted_text(name, data)
        res, warnings = _load(data, name, lang)
        out = _render(res, fmt)
        if check:
            problems = _check_output(out, fmt, res)
            if problems:
                raise UnresError(problems)
    except UnresError as e:
        return name, None, None, [p.located(file=p.file or name) for p in e.problems], []
    except OSError as e:
        return name, None, None, [Problem("io-read", e.strerror or str(e), file=name)], []
    out_name = Path(name).stem + SUFFIX[fmt] if keep_names and name != "-" else _out_name(res, name, fmt)
    return name, out, out_name, [], [w.located(file=w.file or name) for w in warnings]


def _extracted_text(name: str, data: bytes):
    """--pdf-text: the text read from a PDF or Word file, as convert_one's result."""
    from .extract import docx_text, pdf_text, sniff
    from .problems import Problem, UnresError

    kind = sniff(data, name)
    if kind is None:
        raise UnresError(Problem("input-not-pdf", "--pdf-text reads PDF and Word (.docx) files only", file=name))
    text = pdf_text(data, name) if kind == "pdf" else docx_text(data, name)
    stem = Path(name).stem if name != "-" else "stdin"
    return name, text.encode("utf-8"), f"{stem}.{kind}.txt", [], []


def _convert_all(names: list[str], args):
    jobs = args.jobs or os.cpu_count() or 1
    work = ("pdf-text" if args.pdf_text else args.to, args.lang, not args.no_validate, args.keep_names)
    if jobs <= 1 or len(names) < 8:
        for name in names:
            yield convert_one(name, *work)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        n = len(names)
        yield from pool.map(convert_one, names, *[[w] * n for w in work], chunksize=max(1, n // (jobs * 8)))


def convert(args) -> int:
    inputs = args.inputs
    if inputs != ["-"]:
        files, errors = _collect(inputs, (".txt", ".xml", ".json", ".pdf", ".docx"))
        names = [str(f) for f in files]
    else:
        names, errors = ["-"], []
    for e in errors:
        print(e, file=sys.stderr)
    many = len(names) > 1 or any(Path(i).is_dir() for i in inputs if i != "-")
    if many and not args.output:
        print("unres: several inputs need -o DIR", file=sys.stderr)
        return EXIT_USAGE
    show_progress = sys.stderr.isatty() and len(names) > 20
    failed = len(errors)
    done = warned = 0
    outputs: set[Path] = set()
    for k, (name, out, out_name, problems, warnings) in enumerate(_convert_all(names, args), start=1):
        if show_progress:
            sys.stderr.write("\r\033[K")
        for p in problems + warnings:
            print(str(p), file=sys.stderr)
        if show_progress:
            _progress(k, len(names))
        if out is None:
            failed += 1
            continue
        warned += bool(warnings)
        if not args.output:
            sys.stdout.buffer.write(out)
        else:
            target = Path(args.output) / out_name if many else Path(args.output)
            if name != "-" and target.resolve() == Path(name).resolve():
                print(f"{name}: error [io-overwrite] refusing to overwrite the input", file=sys.stderr)
                failed += 1
                continue
            if target in outputs:
                print(f"{name}: error [io-collision] {target} was already written in this run", file=sys.stderr)
                failed += 1
                continue
            outputs.add(target)
            try:
                write_atomic(target, out)
            except OSError as e:
                failed += 1
                print(f"{target}: error [io-write] {e.strerror or e}", file=sys.stderr)
                continue
        done += 1
    if show_progress:
        sys.stderr.write("\r\033[K")
    if many:
        print(f"unres: {done} converted ({warned} with warnings), {failed} failed", file=sys.stderr)
    return EXIT_INVALID if failed else EXIT_OK


def validate(args) -> int:
    from .validate import align, validate_many

    files, errors = _collect(args.paths, (".txt", ".xml", ".json"))
    unreadable = len(errors)
    for e in errors:
        print(e, file=sys.stderr)
    show_progress = sys.stderr.isatty() and len(files) > 20
    progress = _progress if show_progress else None
    jobs = args.jobs or os.cpu_count() or 1
    invalid: set[str] = set()
    summaries = {}
    for path, problems, summary in validate_many([str(f) for f in files], jobs, progress):
        if show_progress:
            sys.stderr.write("\r\033[K")
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
        invalid |= {p.file for p in misaligned}
    failed = len(invalid)
    passed = len(summaries) - failed
    if args.format != "json":
        print(f"unres validate: {passed} passed, {failed} failed" + (f", {unreadable} unreadable" if unreadable
                                                                    else ""), file=sys.stderr)
    if failed:
        return EXIT_INVALID
    return EXIT_USAGE if unreadable else EXIT_OK


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


def _emit(p, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(p.as_dict(), ensure_ascii=False))
    elif fmt == "github":
        level = "error" if p.severity == "error" else "warning"
        loc = f"file={p.file}"
        if p.line:
            loc += f",line={p.line}"
            if p.column:
                loc += f",col={p.column}"
        msg = f"[{p.code}] {p.message}" + (f" at {p.pointer}" if p.pointer else "")
        print(f"::{level} {loc},title=unres {p.code}::{msg}")
    elif sys.stdout.isatty() and not os.environ.get("NO_COLOR"):
        colour = "\033[31m" if p.severity == "error" else "\033[33m"
        print(f"\033[1m{p.where()}\033[0m: {colour}{p.severity}\033[0m [{p.code}] {p.message}")
    else:
        print(str(p))


if __name__ == "__main__":
    sys.exit(main())
