"""Near misses of three paragraph-boundary rules of round forty-three (wide-gaps-end-clauses, inline-ideograph-label,
joining-word-not-alone): shapes the review built to misfire them, reworded here (wells and droughts, not the review's
lighthouses). Each asserts the reading the base (main 407af269) gives, which is the right one: the narrowed rules leave
these shapes alone. (They pass on the base too: they guard the narrowing, not a fix; all fail on the reviewed head
311d36c1.) The last test, of paragraph-indent-from-heads, is a positive the review found uncovered: it fails on the
base."""

from __future__ import annotations

from unres.text.parse import parse_text

_HEADS = ["回顾", "又回顾", "认识到", "还认识到", "欢迎", "关切地注意到", "强调", "注意到", "重申", "鼓励",
          "确认", "意识到", "表示赞赏", "铭记", "深信", "申明", "承认", "考虑到", "赞扬", "深为关切"]
_BODY = "干旱地区各村庄为修复水井和保障牧民及其牲畜的饮用水供应所作的不懈努力"
_COVER = ["联合国", "A/HRC/RES/88/4", "人权理事会", "Distr.: General", "3 July 2032", "人权理事会第八十八届会议",
          "人权理事会2032年7月1日通过的决议", "88/4. 干旱地区的饮用水", "人权理事会，"]
_WIDTH = 32


def _double_spaced(blocks: list[list[str]], gaps: dict[tuple[int, int], int]) -> str:
    """Blocks of lines, one blank line between a block's lines and two between blocks, as a double-spaced extraction
    of short paragraphs gives them; gaps[(block, line)] overrides the blank lines before that line."""
    out: list[str] = []
    for j, block in enumerate(blocks):
        for n, line in enumerate(block):
            if out:
                out += [""] * gaps.get((j, n), 2 if n == 0 else 1)
            out.append(line)
    return "\n".join(out) + "\n"


def _preamble_blocks() -> list[list[str]]:
    blocks = [[c] for c in _COVER]
    for k, head in enumerate(_HEADS):
        text = head + (_BODY if k % 2 else _BODY[:10]) + "，"
        blocks.append([text[i:i + _WIDTH] for i in range(0, len(text), _WIDTH)])
    ends = ["1. 请各国确保牧民享有安全的饮用水；", "2. 决定继续审议这一问题。", "第12次会议", "2032年7月1日"]
    return blocks + [[e] for e in ends]


def _preamble(text: str) -> list[str]:
    return [p.text for p in parse_text(text).resolution.preamble.paragraphs]


def test_wide_gaps_stray_wider_gap_inside_a_paragraph_does_not_cut_it():
    # a paragraph's wrap (after no clause's end) stands two blank lines apart, as the paragraphs do
    blocks = _preamble_blocks()
    k = len(_COVER) + 9  # 鼓励…, two lines
    assert len(blocks[k]) == 2 and not blocks[k][0].endswith("，")
    paragraphs = _preamble(_double_spaced(blocks, {(k, 1): 2}))
    assert len(paragraphs) == len(_HEADS)
    assert paragraphs[9] == "鼓励" + _BODY + "，"


def test_wide_gaps_single_gap_after_a_short_paragraph_end_still_parts():
    # a paragraph's short last line, then one blank line only (the second lost), then the next paragraph's head
    blocks = _preamble_blocks()
    k = len(_COVER) + 7  # 注意到…, its last line short and ending with a comma
    assert len(blocks[k][-1]) < _WIDTH // 2 and blocks[k][-1].endswith("，")
    paragraphs = _preamble(_double_spaced(blocks, {(k + 1, 0): 1}))
    assert len(paragraphs) == len(_HEADS)
    assert paragraphs[7] == "注意到" + _BODY + "，"
    assert paragraphs[8].startswith("重申")


_CITING = """联合国 S/RES/3207 (2041)
安全理事会 Distr.: General
9 May 2041
第3207(2041)号决议
2041年5月6日安全理事会第9990次会议通过
安全理事会，
回顾安理会以往关于干旱地区饮用水供应的各项决议，
欢迎各国为修复北部各省水井所作的努力，
1. 请各国：
㈠ 加强水井的修复和水泵零件的储存与运送，并向委员会报告进展；
㈡ 加强牧民的培训和卫生服务，同时根据安理会第3206(2041)号决议
第5段㈡分段的规定，确保各村庄的蓄水池得到维护，并报告其进展；
㈢ 加强雨水收集设施的建设；
2. 决定继续积极处理此案。
"""


def test_inline_ideograph_label_a_label_cited_in_an_item_is_no_inline_item():
    res = parse_text(_CITING).resolution
    items = res.operative[0].subparagraphs
    assert [s.label for s in items] == ["㈠", "㈡", "㈢"]
    assert items[1].text.endswith("第5段㈡分段的规定，确保各村庄的蓄水池得到维护，并报告其进展；")
    assert items[2].text == "加强雨水收集设施的建设；"


_TITLES = """United Nations A/RES/94/61
General Assembly Distr.: General
20 December 2039
Ninety-fourth session
Agenda item 41
Resolution adopted by the General Assembly on 18 December 2039
94/61. Programme for the wells of arid regions
The General Assembly,
Recalling its resolution 92/30 of 9 December 2037,
1. Approves the following programme for the years 2040 and 2041:
Works the villages have decided on
Repair of the wells of the southern provinces;
Training of pump mechanics;
Works still to be consulted on
Rainwater tanks for the schools;
2. Requests the Secretary-General to report to it at its ninety-sixth session.
64th plenary meeting
18 December 2039
"""


def test_joining_word_a_title_ending_with_a_preposition_keeps_its_entry_apart():
    res = parse_text(_TITLES).resolution
    texts = [p.text for p in res.operative]
    assert "Repair of the wells of the southern provinces;" in texts
    assert "Rainwater tanks for the schools;" in texts
    assert not any("decided on Repair" in t or "consulted on Rainwater" in t for t in texts)


# paragraph-indent-from-heads, a short preamble: the items' rests that open with a head after a comma, at the items'
# text column, are as many as the preamble's first lines; they have no vote for the paragraphs' indent (review, round
# forty-three). On the base, "принимая во внимание …" and "признавая также …" opened operative paragraphs, silently.
_SHORT_PREAMBLE = """Организация Объединенных Наций E/RES/2039/5
Экономический и Социальный Совет Distr.: General
30 July 2039
Резолюция, принятая Экономическим и Социальным Советом 27 июля 2039 года
2039/5. Колодцы засушливых районов
      Экономический и Социальный Совет,
      напоминая о своей резолюции 2038/9 о питьевой воде засушливых районов,
      отмечая усилия деревень по восстановлению колодцев, принимает следующие
меры:
             a)     проводить ежегодные осмотры колодцев, насосов, труб, фильтров,
                    резервуаров и запасов запасных частей,
                    принимая во внимание местные условия и потребности, а также опыт
                    соседних деревень;
             b)     обеспечивать механиков насосов инструментами и деталями;
             c)     развивать сотрудничество между службами водоснабжения;
             d)     поощрять обучение молодых механиков,
                    признавая также важность опыта старших механиков и сохранения
                    их знаний.
31-е пленарное заседание,
27 июля 2039 года
"""


def test_indent_from_heads_a_short_preamble_still_tells_the_indent():
    res = parse_text(_SHORT_PREAMBLE).resolution
    assert len(res.operative) == 1
    items = res.operative[0].subparagraphs
    assert [s.label for s in items] == ["a)", "b)", "c)", "d)"]
    assert items[0].text.endswith("запасных частей, принимая во внимание местные условия и потребности, а также опыт "
                                  "соседних деревень;")
    assert items[3].text == ("поощрять обучение молодых механиков, признавая также важность опыта старших механиков "
                             "и сохранения их знаний.")
