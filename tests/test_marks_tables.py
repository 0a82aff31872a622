"""What the scripts table says a mark may follow, read on short texts written for these tests."""

import pytest

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


# In a script without spaces, a mark of one or two digits set apart on both sides after a number ("目标2 2 的") is a
# mark (mark-apart-before-ideograph): a number in groups has groups of three. In a language that writes counters, a
# mark set apart before a year of a list whose counter follows the last year only ("2018、 1 2019 2 和2020年") is a
# mark (mark-apart-before-counted-date).
@pytest.mark.parametrize(("body", "notes", "text"), [
    (" 回顾《海岸灯光公约》 1 和实现目标2 2 的努力，\n 1. 决定继续审议这一问题。\n",
     " 1 联合国，《条约汇编》，第3001卷，第52001号。\n 2 A/HRC/85/42。\n", "回顾《海岸灯光公约》和实现目标2的努力，"),
    (" 欢迎载有会员国2018、 1 2019 2 和2020年复文的报告，\n 1. 决定继续审议这一问题。\n",
     " 1 A/HRC/85/44。\n 2 A/HRC/85/45。\n", "欢迎载有会员国2018、2019和2020年复文的报告，"),
], ids=["after-a-number", "before-a-year-of-a-list"])
def test_mark_set_apart_among_numbers(body: str, notes: str, text: str) -> None:
    paragraph = parse_text(_zh(body, notes), None).resolution.preamble.paragraphs[0]
    assert paragraph.text == text
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


def test_mark_apart_before_closing_bracket_wins_over_digit_between_ideographs() -> None:
    """A mark set apart on both sides before a closing bracket ("《灯塔协定》 2 )") is a mark set apart too, which a
    digit between two ideographs further on ("方案2加强") gives way to where the marks stand apart
    (apart-before-glued-ideographs)."""
    text = ("联合国 A/HRC/RES/85/13\n人权理事会 Distr.: General\n8 December 2030\n"
            "人权理事会2030年10月7日通过的决议\n"
            "85/13. 灯塔看守人的合作\n人权理事会，\n 回顾《海岸灯光公约》 1 和会议的成果文件(《灯塔协定》 2 )，\n"
            "GE.30-00005 1/2\nA/HRC/RES/85/13\n 1. 呼吁依照方案2加强国际合作；\n 2. 决定继续审议这一问题。\n"
            "第50次会议\n2030年10月7日\n 1 联合国，《条约汇编》，第3001卷，第52001号。\n 2 A/HRC/85/46。\n"
            "GE.30-00005 2/2\n")
    resolution = parse_text(text, None).resolution
    assert resolution.operative[0].text == "呼吁依照方案2加强国际合作；"
    assert [r.marker for r in resolution.preamble.paragraphs[0].footnote_refs] == ["1", "2"]


def test_mark_apart_after_punctuation_at_line_end_without_pages() -> None:
    """In a script without spaces, a mark set apart after a clause's punctuation that ends a line ("最新报告； 2") is a
    mark (mark-apart), in a text without pages too, whose first mark was found glued."""
    text = ("联合国 A/RES/91/34\n大会 Distr.: General\n9 December 2036\n第九十一届会议\n议程项目50\n"
            "2036年12月7日大会决议\n"
            "91/34. 灯塔看守人\n大会，\n注意到《海岸灯光公约》1 框架下的讨论，\n1. 表示注意到秘书长关于灯塔看守人的\n"
            "最新报告； 2\n2. 决定继续审议这一问题。\n第46次全体会议 2036年12月7日\n"
            "1 联合国，《条约汇编》，第3001卷，第52001号。\n2 A/91/206。\n")
    parsed = parse_text(text, None)
    operative = parsed.resolution.operative[0]
    assert operative.text == "表示注意到秘书长关于灯塔看守人的最新报告；"
    assert [r.marker for r in operative.footnote_refs] == ["2"]


def test_mark_at_line_start_before_title() -> None:
    """A mark set apart at a line's start before a title's opening bracket ("…公约》、" / "2 《看守人公约》、"),
    where the wrap put it, is a mark (mark-apart-at-line-edge), in a text with pages whose notes follow the closing."""
    text = ("联合国 A/RES/91/35\n大会 Distr.: General\n9 December 2036\n第九十一届会议\n议程项目51\n"
            "2036年12月7日大会决议\n91/35. 灯塔看守人\n大会，\n回顾《海岸灯光公约》、 1 《灯塔公约》、\n"
            "2 《看守人公约》、 3 《灯光安全公约》和各项决议，\n1. 决定继续审议这一问题。\n"
            "36-00021 1/2\nA/RES/91/35\n"
            "2. 请秘书长提交报告。\n第46次全体会议 2036年12月7日\n____________\n"
            "1 A/91/207。\n2 A/91/208。\n3 A/91/209。\n"
            "36-00021 2/2\n")
    paragraph = parse_text(text, None).resolution.preamble.paragraphs[0]
    assert paragraph.text == "回顾《海岸灯光公约》、《灯塔公约》、《看守人公约》、《灯光安全公约》和各项决议，"
    assert [r.marker for r in paragraph.footnote_refs] == ["1", "2", "3"]
