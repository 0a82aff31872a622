"""The text reader's peak memory on a text of many small tables stays a small multiple of the input (the limit of
benchmarks/scaling.py: 20×). Until round thirty-one it held 27–35×: each table's lines kept beside its cells, the cells
kept as read beside the model's until the model was made, and the annexes' lines to the end."""

from __future__ import annotations

import tracemalloc

from unres.text.parse import parse_text

LIMIT = 20  # benchmarks/scaling.py's MAX_MEMORY_PER_INPUT_BYTE
TABLES = 300

_HEAD = ("A/RES/81/7\n\nGeneral Assembly\n\nEighty-first session\n\nAgenda item 7\n\n81/7. Lighthouses\n\n"
         "The General Assembly,\n\nNoting the survey of its coasts,\n\n")
_CLOSE = "3 March 2027\n\n12th plenary meeting\n\n[Adopted without a vote.]\n"


def _among_operative() -> str:
    return _HEAD + "".join(f"{i}. Approves the lamps of beacon {i};\n\n"
                           f"| Lamp | Hours |\n|---|---|\n| Red | {i * 7} |\n\n" for i in range(1, TABLES + 1)) + _CLOSE


def _among_annex_paragraphs() -> str:
    return (_HEAD + "1. Takes note of the survey;\n\n2. Decides to remain seized of the matter.\n\n" + _CLOSE
            + "\nAnnex\n\nBeacons of the northern coast\n\n"
            + "".join(f"{i}. The beacon {i} burns all night.\n\n"
                      f"| Tower | Lamps |\n|---|---|\n| T{i} | {i % 9 + 1} |\n\n" for i in range(1, TABLES + 1)))


def _peak(text: str) -> float:
    parse_text(text)  # (imports, compiled patterns and tables: outside the measure)
    tracemalloc.start()
    try:
        parse_text(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak / len(text.encode("utf-8"))


def test_tables_among_operative_paragraphs_in_bounded_memory():
    text = _among_operative()
    res = parse_text(text).resolution
    assert len(res.tables) == TABLES and len(res.operative) == TABLES
    assert res.tables[-1].position == TABLES and res.tables[-1].rows[1].cells[1].text == str(TABLES * 7)
    assert _peak(text) < LIMIT


def test_tables_among_annex_paragraphs_in_bounded_memory():
    text = _among_annex_paragraphs()
    [annex] = parse_text(text).resolution.annexes
    assert len(annex.tables) == TABLES and len(annex.paragraphs) == TABLES
    assert annex.tables[0].position == 1 and annex.tables[0].rows[0].cells[0].header
    assert _peak(text) < LIMIT
