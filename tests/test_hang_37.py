"""Round thirty-seven's reading of UN print as position-keeping extractors give it (pdftotext -layout), and what it
found in every layout: each test fails on c3916f2."""

from pathlib import Path

from unres.text.parse import parse_text

FIXTURES = Path(__file__).parent / "fixtures" / "hang37"


def test_a_cited_arabic_item_the_wrap_put_at_a_line_start_is_no_item():
    # label-before-comma with the script's own semicolon and comma: "’2‘؛" and "’1‘،" at a line's start are the rest
    # of a reference ("في الفقرة 3 (ج)" / "’2‘؛"), never items of their own with an empty text.
    r = parse_text((FIXTURES / "label-before-comma-ar.txt").read_text(encoding="utf-8"), "ar").resolution
    items = r.operative[0].subparagraphs
    assert [s.label for s in items] == ["(أ)", "(ب)", "(ج)"]
    assert items[1].text.endswith("في الفقرة 3 (ج) ’2‘؛")
    assert items[2].text == "تقديم معلومات عن الموارد اللازمة، في الفقرة 4 (أ) ’1‘، وعن المعدات؛"
    assert [s.subparagraphs for s in items] == [(), (), ()]
