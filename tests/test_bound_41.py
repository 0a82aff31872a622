"""Round 41 (branch bound-41): paragraph boundaries on documents the reader had never seen (draw s34). The rule on a
text written for it (its fixture pair in tests/fixtures/layout, read here with expectations written by hand); it fails
on the base (main 4aa53aa)."""

from __future__ import annotations

from pathlib import Path

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

LAYOUT = Path(__file__).resolve().parent / "fixtures" / "layout"


def _read(code: str, name: str) -> tuple[dict, list[str]]:
    text = (LAYOUT / f"{name}.txt").read_text(encoding="utf-8")
    decoded, warnings = decode(text.encode())
    model = to_dict(result(read(lang(code), decoded, warnings)))
    return model, [w.code for w in warnings]


# unfilled-block-ends: two blocks the text shows cut mid-clause (72 and 108 ideographs: two and three printed lines of
# 36) tell its printed width; "欢迎…所作的努力，" (31 ideographs) fills no whole lines at it, so it ended its paragraph
# and "但仍然深为关切…" opens one — silently, the width told. "着重指出…提供支助，" fills two lines exactly: a page may
# have cut it after its comma, and "因此依然感到关切的是…" reads on with it, told as before.
def test_a_comma_block_short_of_whole_printed_lines_ends_its_paragraph():
    model, codes = _read("zh", "unfilled-block-ends")
    texts = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert len(texts) == 7
    assert texts[3] == "欢迎区域气象组织为协调各山地国家高山气象站维护工作所作的努力，"
    assert texts[4].startswith("但仍然深为关切观测人员") and texts[4].endswith("御寒物资，")
    assert texts[6].startswith("着重指出")
    assert texts[6].endswith("提供支助，因此依然感到关切的是，一些山区的预警信息仍然无法及时送达偏远村庄，")
    assert [p["number"] for p in model["operative"]] == ["1", "2", "3"]
    assert codes.count("text-boundary-guessed") == 1


# note-title-ends-at-head: the page's last note is only a title, closed, no full stop ("《…指南》"); the next page opens
# with a paragraph ("强调指出…，"). It is the third preambular paragraph, not the note's rest.
def test_a_note_that_is_only_a_title_ends_before_the_next_pages_paragraph():
    model, codes = _read("zh", "note-title-ends-at-head")
    texts = [p["text"] for p in model["preamble"]["paragraphs"]]
    assert len(texts) == 4
    assert texts[2] == "强调指出必须为偏远山区的气象站提供足够的通讯设备和御寒物资，以保障观测人员的安全，"
    assert [n["text"] for n in model["footnotes"]] == ["见A/91/PV.52。", "《山区气象观测人员安全指南》"]
    assert "text-note-unfinished" not in codes
