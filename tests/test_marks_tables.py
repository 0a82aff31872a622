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


def _zh(body: str, notes: str) -> str:
    """A short Chinese resolution with pages: its body's paragraphs and its notes at the page's foot."""
    return ("联合国 A/HRC/RES/85/12\n人权理事会 Distr.: General\n8 December 2030\n"
            "人权理事会2030年10月7日通过的决议\n"
            "85/12. 灯塔看守人的安全\n人权理事会，\n" + body + "\n" + notes
            + "\nGE.30-00004\n\n第50次会议\n2030年10月7日\n")


def test_mark_set_apart_after_a_number() -> None:
    """In a script without spaces, a mark of one or two digits set apart on both sides after a number ("目标2 2 的")
    is a mark (mark-apart-before-ideograph): a number in groups has groups of three."""
    body = " 回顾《海岸灯光公约》 1 和实现目标2 2 的努力，\n 1. 决定继续审议这一问题。\n"
    parsed = parse_text(_zh(body, " 1 联合国，《条约汇编》，第3001卷，第52001号。\n 2 A/HRC/85/42。\n"), None)
    paragraph = parsed.resolution.preamble.paragraphs[0]
    assert paragraph.text == "回顾《海岸灯光公约》和实现目标2的努力，"
    assert [r.marker for r in paragraph.footnote_refs] == ["1", "2"]


def test_digit_between_ideographs_gives_way_to_mark_apart() -> None:
    """Where the marks found stand apart, a digit between two ideographs ("方案2加强", programme 2) gives way to a
    mark set apart further on (notes gathered after the closing, "规定， 2 鼓励": apart-before-glued-ideographs)."""
    text = ("联合国 A/HRC/RES/85/12\n人权理事会 Distr.: General\n8 December 2030\n人权理事会2030年10月7日通过的决议\n"
            "85/12. 灯塔看守人的安全\n人权理事会，\n 回顾《海岸灯光公约》 1 和各项决议，\n"
            " 1. 呼吁依照方案2加强国际合作；\nGE.30-00004 1/2\nA/HRC/RES/85/12\n"
            " 2. 重申其任务规定， 2 鼓励会员国支持看守人；\n 3. 决定继续审议这一问题。\n第50次会议\n2030年10月7日\n"
            " 1 联合国，《条约汇编》，第3001卷，第52001号。\n 2 A/HRC/85/43。\nGE.30-00004 2/2\n")
    operative = parse_text(text, None).resolution.operative
    assert operative[0].text == "呼吁依照方案2加强国际合作；"
    assert [r.marker for r in operative[1].footnote_refs] == ["2"]
