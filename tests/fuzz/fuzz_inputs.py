"""Coverage-guided fuzzing (atheris) of the whole pipeline: text, JSON and AKN → model → every
writer → every reader, as tests/fuzz/pipeline.py runs it (which needs no atheris).

Each stage may only return or raise unres' own UnresError; anything else is a crash that
atheris reports with the input that caused it.

    pip install '.[fuzz]'
    python tests/fuzz/fuzz_inputs.py -max_total_time=600                  # ten minutes
    python tests/fuzz/fuzz_inputs.py tests/fuzz/crashes -atheris_runs=5000  # seeded (first byte: kind)

tests/test_fuzz.py runs it briefly when atheris is installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports():
    from pipeline import pipeline

    import unres.akn.reader  # noqa: F401  (instrumented here; the pipeline imports them lazily)
    import unres.akn.writer  # noqa: F401
    import unres.html  # noqa: F401
    import unres.jsonio  # noqa: F401
    import unres.text.parse  # noqa: F401
    import unres.text.render  # noqa: F401
    import unres.validation  # noqa: F401

KINDS = ("text", "json", "akn")


def one_input(data: bytes) -> None:
    if data:
        pipeline(KINDS[data[0] % 3], data[1:])


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
