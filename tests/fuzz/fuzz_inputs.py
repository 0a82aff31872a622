"""Coverage-guided fuzzing (atheris) of the three readers: text, JSON and XML.

Each may only return a model or raise unres' own UnresError; anything else is a crash that
atheris reports with the input that caused it.

    pip install '.[fuzz]'
    python tests/fuzz/fuzz_inputs.py -max_total_time=600          # ten minutes
    python tests/fuzz/fuzz_inputs.py samples/ -atheris_runs=5000   # seeded with the samples

tests/test_fuzz.py runs it briefly in CI when atheris is installed.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from unres.akn.reader import from_akn
    from unres.jsonio import from_json
    from unres.problems import UnresError
    from unres.text.parse import parse_text


def one_input(data: bytes) -> None:
    if not data:
        return
    kind, body = data[0] % 3, data[1:]
    try:
        if kind == 0:
            parse_text(body)
        elif kind == 1:
            from_json(body)
        else:
            from_akn(body)
    except UnresError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
