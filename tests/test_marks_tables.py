"""What the scripts table says a mark may follow, read on short texts written for these tests."""

from unres.text.parse import parse_text

# A Chinese resolution whose second mark is glued to the closing bracket of a title nested in a title
# ("《〈…公约〉" + "2" + "补充议定书》"), as the UN's Chinese texts mark the instrument a title names.
NESTED_TITLE = """联合国 A/HRC/RES/85/10
人权理事会 Distr.: General
8 December 2030
人权理事会2030年10月7日通过的决议
85/10. 灯塔看守人
人权理事会，
 回顾《海岸灯光公约》1和《〈海岸灯光公约〉2补充议定书》，
 1. 决定继续审议这一问题。

 1 联合国，《条约汇编》，第3001卷，第52001号。
 2 同上，第3002卷，第52002号。

GE.30-00002

第50次会议
2030年10月7日
"""


def test_mark_after_nested_title_bracket() -> None:
    """A mark glued after the closing bracket of a nested title (〈…〉) is taken out of the text: the han
    script's marks.after names it, as it names the outer title's 》."""
    parsed = parse_text(NESTED_TITLE, None)
    paragraph = parsed.resolution.preamble.paragraphs[0]
    assert paragraph.text == "回顾《海岸灯光公约》和《〈海岸灯光公约〉补充议定书》，"
    assert [(r.marker, r.offset) for r in paragraph.footnote_refs] == [("1", 10), ("2", 20)]
    assert [w for w in parsed.warnings if "unreferenced" in str(w)] == []
