"""Reading a layout fixture (tests/fixtures/layout/<rule>.txt) through the text pipeline, for tests that assert more
than its .json pair says: the model as a dict, the warnings' codes, and a paragraph's note markers."""

from __future__ import annotations

from pathlib import Path

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layout"


def read_fixture(name: str, lg: str) -> tuple[dict, list[str]]:
    text, warnings = decode((FIXTURES / f"{name}.txt").read_bytes())
    model = to_dict(result(read(lang(lg), text, warnings)))
    return model, [w.code for w in warnings]


def refs(paragraph: dict) -> list[str]:
    return [r["marker"] for r in paragraph.get("footnote_refs", [])]
