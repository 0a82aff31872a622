"""Whole-pipeline mutation fuzzer: text, JSON and AKN inputs → model → every writer → every reader.

Each input (a seed, mutated) is read by its reader; the model, when there is one, is written in
every output format, each output is checked as `unres convert` checks it and read back by the
reader of its format; the input is also validated as `unres validate` does. Every step may
refuse with unres' own UnresError; anything else is a crash, saved with the input that caused it.

    python tests/fuzz/pipeline.py --seconds 600                 # ten minutes
    python tests/fuzz/pipeline.py --seconds 600 --save DIR      # crash inputs to DIR
    python tests/fuzz/pipeline.py --kinds text,json             # mutate only those inputs
    python tests/fuzz/pipeline.py --replay tests/fuzz/crashes   # run saved inputs once

The seeds are the samples, their AKN and text renderings, and tests/fuzz/crashes/ (every input
that once crashed). tests/test_fuzz.py runs a short, fixed-seed run on every test run. Plain
Python: no atheris needed (tests/fuzz/fuzz_inputs.py drives the same pipeline with atheris).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CRASHES = Path(__file__).resolve().parent / "crashes"
SUFFIX = {"text": ".txt", "json": ".json", "akn": ".xml"}
KIND_OF_SUFFIX = {".txt": "text", ".json": "json", ".xml": "akn"}
MAX_INPUT = 200_000  # bytes: mutations that grow an input beyond this are cut
SLOW_SECONDS = 20  # an input that takes longer is reported as slow (benchmarks/scaling.py finds such paths)


@dataclass(frozen=True)
class Crash:
    kind: str
    stage: str
    error: str  # exception type
    where: str  # the innermost frame in unres: file:line function
    data: bytes = field(repr=False)

    @property
    def signature(self) -> tuple[str, str]:
        return self.error, self.where

    def file_name(self) -> str:
        digest = hashlib.sha1(self.data).hexdigest()[:10]
        return f"{self.kind}-{self.error}-{digest}{SUFFIX[self.kind]}"


class Slow(Exception):
    pass


# -- the pipeline ---------------------------------------------------------------------------------

def _readers() -> dict[str, Callable[[bytes], Any]]:
    from unres.formats import read_akn, read_text
    from unres.jsonio import read as read_json

    return {"text": lambda d: read_text(d, "", None)[0], "json": lambda d: read_json(d)[0],
            "akn": lambda d: read_akn(d, "", None)[0]}


# The input format that reads each output format back (html has no reader).
READ_BACK = {"json": "json", "akn": "akn", "text": "text"}


def pipeline(kind: str, data: bytes) -> None:
    """Runs one input through everything; raises what a stage raised, with the stage in a note."""
    from unres import formats
    from unres.checks import judge
    from unres.problems import UnresError
    from unres.validation import validate_bytes

    readers = _readers()
    stage = "validate"
    try:
        validate_bytes(data, next(f for f in formats.INPUTS if f.name == kind), f"input{SUFFIX[kind]}")
        stage = "read"
        try:
            res = readers[kind](data)
        except UnresError:
            return
        for out in formats.OUTPUTS:
            stage = f"write {out.name}"
            try:
                written = formats.write(res, out.name)
                stage = f"check {out.name}"
                formats.output_problems(written, out.name, judge(res))
            except UnresError:
                continue
            if out.name in READ_BACK:
                stage = f"read back {out.name}"
                try:
                    readers[READ_BACK[out.name]](written)
                except UnresError:
                    pass
    except Exception as e:
        e.add_note(f"unres-fuzz-stage: {stage}")
        raise


def run_one(kind: str, data: bytes) -> Crash | None:
    try:
        pipeline(kind, data)
    except Slow:
        return Crash(kind, "any", "Slow", f"more than {SLOW_SECONDS} s", data)
    except Exception as e:
        stage = next((n.split(": ", 1)[1] for n in getattr(e, "__notes__", []) if n.startswith("unres-fuzz-stage")),
                     "?")
        return Crash(kind, stage, type(e).__name__, _innermost_unres_frame(e), data)
    return None


def _innermost_unres_frame(e: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(e.__traceback__) if "/converter/" in f.filename
              or "/unres/" in f.filename]
    if not frames:
        return "?"
    f = frames[-1]
    return f"{Path(f.filename).parent.name}/{Path(f.filename).name}:{f.lineno} {f.name}"


# -- seeds and mutations --------------------------------------------------------------------------

def seeds() -> list[tuple[str, bytes]]:
    from unres import formats

    found: list[tuple[str, bytes]] = []
    files = sorted((ROOT / "samples").glob("*.*")) + sorted((ROOT / "samples" / "valid").glob("*.*"))
    files += sorted(CRASHES.glob("*.*"))
    for path in files:
        kind = KIND_OF_SUFFIX.get(path.suffix)
        if kind:
            found.append((kind, path.read_bytes()))
    # The JSON samples in the other formats: AKN and text as unres writes them.
    for path in sorted((ROOT / "samples" / "valid").glob("*.json")) + sorted((ROOT / "samples").glob("*.json")):
        res = formats.read(path.read_bytes(), path.name)[0]
        found.append(("akn", formats.write(res, "akn")))
        found.append(("text", formats.write(res, "text")))
    return found


# Tokens that have broken parsers: JSON escapes and numbers, XML markup, invisible and control
# characters, labels, numbers and marks of resolution text.
TOKENS = [
    b"\\ud800", b"\\udfff", b"\\u0000", b"\\u202e", "\u202e".encode(), "\u200b".encode(), "\ufeff".encode(),
    b"\x00", b"\x0b", b"\x0c", b"\r", b"\n", b"\n\n", b"\t", "\u2028".encode(), "\ufffe".encode(),
    b"3.0", b"60.0", b"-1", b"0", b"1e309", b"99999999999999999999", b"null", b"true", b"[]", b"{}", b'""',
    b'"', b",", b":", b"[", b"]", b"{", b"}",
    b"<", b">", b"&", b"&amp;", b"&#0;", b"&#xD800;", b"<![CDATA[x]]>", b"<!-- c -->", b"<?pi x?>",
    b"<p>", b"</p>", b"<num/>", b"<num>(a)</num>",
    b'<authorialNote marker="1" placement="bottom"><p>x</p></authorialNote>',
    b'<authorialNote marker="">', b'<count value="x" refersTo="#bogus"/>', b'<quantity normalized="3.0"/>',
    b'refersTo="#bogus"', b'eId=""', b'name=""',
    b"(a) ", b"(i) ", b"1. ", b"2. ", b"(1) ", b"* ", b"\xe2\x80\x94 ", "（a）".encode(), "㈠".encode(),
    "٣. ".encode(), "一、".encode(), b"A. ", b"In favour: ", b"Against: ", b"Abstaining: ", b"[Adopted ",
    b"Annex", b"The General Assembly,", "Le Conseil de s\u00e9curit\u00e9,".encode(), b"Resolution adopted by ",
]


def _slice(data: bytes, rng: random.Random) -> tuple[int, int]:
    i = rng.randrange(len(data) + 1)
    return i, min(len(data), i + rng.choice((1, 2, 8, 64, 512, 4096)))


def _delete(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    i, j = _slice(data, rng)
    return data[:i] + data[j:]


def _duplicate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    i, j = _slice(data, rng)
    return data[:j] + data[i:j] * rng.choice((1, 2, 10)) + data[j:]


def _insert(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    i = rng.randrange(len(data) + 1)
    return data[:i] + rng.choice(TOKENS) * rng.choice((1, 1, 1, 3, 50)) + data[i:]


def _swap_lines(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    lines = data.split(b"\n")
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return b"\n".join(lines)


_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")


def _renumber(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    numbers = list(_NUMBER.finditer(data))
    if not numbers:
        return data
    m = rng.choice(numbers)
    new = rng.choice((b"0", b"-1", b"3.0", b"1e309", b"999", b"65536", b"1.5", str(rng.randrange(100)).encode()))
    return data[:m.start()] + new + data[m.end():]


def _flip(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]


def _splice(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    other = rng.choice(pool)
    return data[:rng.randrange(len(data) + 1)] + other[rng.randrange(len(other) + 1):]


def _truncate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    return data[:rng.randrange(len(data) + 1)]


MUTATORS = [_delete, _duplicate, _insert, _insert, _insert, _swap_lines, _renumber, _renumber, _flip, _splice,
            _truncate]


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    for _ in range(rng.choice((1, 1, 2, 3, 5))):
        data = rng.choice(MUTATORS)(data, rng, pool)
    return data[:MAX_INPUT]


# -- running ----------------------------------------------------------------------------------------

@dataclass
class Report:
    runs: int = 0
    crashes: dict[tuple[str, str], Crash] = field(default_factory=dict)  # one per signature
    crash_inputs: int = 0

    def summary(self) -> str:
        lines = [f"{self.runs} runs, {self.crash_inputs} crashing inputs, {len(self.crashes)} distinct crashes"]
        lines += [f"  {c.kind:4} {c.stage:14} {c.error:22} {c.where}" for c in self.crashes.values()]
        return "\n".join(lines)


def _on_alarm(signum: int, frame: Any) -> None:
    raise Slow()


def fuzz(iterations: int | None = None, seconds: float | None = None, seed: int = 0,
         save: Path | None = None, kinds: tuple[str, ...] = ("text", "json", "akn")) -> Report:
    """Mutates the seeds (of the given kinds) until `iterations` runs or `seconds` have passed."""
    rng = random.Random(seed)
    corpus = [(kind, data) for kind, data in seeds() if kind in kinds]
    by_kind: dict[str, list[bytes]] = {}
    for kind, data in corpus:
        by_kind.setdefault(kind, []).append(data)
    report = Report()
    alarm = hasattr(signal, "SIGALRM")
    if alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
    deadline = time.monotonic() + seconds if seconds else None
    try:
        while (iterations is None or report.runs < iterations) and (deadline is None or time.monotonic() < deadline):
            kind, data = rng.choice(corpus)
            data = mutate(data, rng, by_kind[kind])
            if alarm:
                signal.alarm(SLOW_SECONDS)
            crash = run_one(kind, data)
            if alarm:
                signal.alarm(0)
            report.runs += 1
            if crash is not None:
                report.crash_inputs += 1
                if crash.signature not in report.crashes:
                    report.crashes[crash.signature] = crash
                    if save is not None:
                        save.mkdir(parents=True, exist_ok=True)
                        (save / crash.file_name()).write_bytes(crash.data)
    finally:
        if alarm:
            signal.alarm(0)
    return report


def replay(paths: list[Path]) -> Iterator[tuple[Path, Crash | None]]:
    for path in paths:
        kind = KIND_OF_SUFFIX.get(path.suffix)
        if kind is not None:
            yield path, run_one(kind, path.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--iterations", type=int)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--save", type=Path, help="folder for crash inputs (one per distinct crash)")
    parser.add_argument("--kinds", default="text,json,akn", help="input kinds to mutate (default: all)")
    parser.add_argument("--replay", type=Path, help="run the inputs of a folder once instead of fuzzing")
    args = parser.parse_args(argv)
    if args.replay:
        crashed = 0
        for path, crash in replay(sorted(args.replay.iterdir())):
            crashed += crash is not None
            print(f"{path.name}: {'ok' if crash is None else f'{crash.stage}: {crash.error} at {crash.where}'}")
        return 1 if crashed else 0
    start = time.monotonic()
    report = fuzz(args.iterations, args.seconds, args.seed, args.save, tuple(args.kinds.split(",")))
    print(f"seed {args.seed}, {time.monotonic() - start:.0f} s: {report.summary()}")
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
