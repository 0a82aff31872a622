"""The narrowings of round thirty-six's layout rules after review: each input is read as the reader before those rules
read it (or better), where a rule as first written moved or lost text silently. (Each rule's own fixture is read by
tests/test_layout_rules.py, which checks its model, the rule's firing and its warnings.)"""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.decode import decode
from unres.text.pipeline import read, result

_HEAD = """United Nations A/RES/{0}
General Assembly Distr.: General
9 December 2031
Resolution adopted by the General Assembly on 7 December 2031
{0}. {1}
The General Assembly,
"""
_HEAD_EN = _HEAD.format("86/12", "Protection of coastal wetlands")
_END_EN = """61st plenary meeting
7 December 2031
"""


def _model(code: str, text: str) -> dict:
    decoded, warnings = decode(text.encode("utf-8"))
    doc = read(lang(code), decoded, warnings, trace=True)
    return {"model": to_dict(result(doc)), "fired": {name for name, _ in doc.trace or []}}


def _quoted(end: str) -> str:
    return _HEAD_EN + f"""Recalling paragraph 4 of its resolution 81/40 of 6 December 2026, which reads as follows,
4. Invites the Secretary-General to report on the state of the coastal wetlands at its eighty-sixth session{end}
Having examined the report of the Secretary-General on the coastal wetlands,
1. Encourages all States to include coastal wetlands in their plans for the protection of the shore;
2. Invites the Secretary-General to report on the matter at its ninetieth session.
""" + _END_EN


def _numbers_and_preamble(model: dict) -> tuple[list[str], int]:
    return [p["number"] for p in model["operative"]], len(model["preamble"]["paragraphs"])


def test_quoted_number_in_preamble_is_no_first_number():
    """first-number-after-preamble: a paragraph numbered 4 quoted in the preamble after "… as follows," is no first
    number of the operative part where "1." is printed after it; read so, the second preambular paragraph and the
    operative paragraphs 1 and 2 ran into paragraph 4."""
    for end in (";", "”,", ","):
        got = _model("en", _quoted(end))
        assert _numbers_and_preamble(got["model"]) == (["1", "2"], 2), end
        assert "first-number-after-preamble" not in got["fired"]


def test_quoted_number_in_preamble_zh():
    text = """联合国 A/RES/86/12
大会 Distr.: General
9 December 2031
2031年12月7日大会决议
86/12. 保护沿海湿地
大会，
回顾其2026年12月6日第81/40号决议第4段，其中写道，
4. 请秘书长在第八十六届会议上报告沿海湿地的状况，
审查了秘书长关于沿海湿地的报告，
1. 鼓励所有国家将沿海湿地纳入其海岸保护计划；
2. 请秘书长在第九十届会议上报告这一事项。
第61次全体会议
2031年12月7日
"""
    got = _model("zh", text)
    assert _numbers_and_preamble(got["model"]) == (["1", "2"], 2)


def test_excerpt_numbered_from_three_still_read():
    """first-number-after-preamble still serves an excerpt whose numbers go on from its first one (3, 4)."""
    got = _model("en", _HEAD_EN + """Recalling its resolution 81/40 of 6 December 2026, by which it asked States to map
their coastal wetlands and the birds that winter there,
3. Encourages all States to include coastal wetlands in their plans for the protection of the shore;
4. Invites the Secretary-General to report on the matter at its ninetieth session.
""" + _END_EN)
    assert _numbers_and_preamble(got["model"]) == (["3", "4"], 1)
    assert "first-number-after-preamble" in got["fired"]


_URL_NOTES = {
    "en": _HEAD.format("86/14", "Wetland maps") + """ Having examined the maps of the Wetland Survey1,
 Having also examined the report of the Survey2 and the letter of its Director3,
 1. Decides to remain seized of the matter.

 1 See https://www.wetlandsurvey.org/MAPS/
 2 A/86/17.
 3 A/C.2/86/9.
31-70011 1/2
A/RES/86/14
""" + _END_EN,
    "zh": """联合国 A/RES/86/14
大会 Distr.: General
9 December 2031
2031年12月7日大会决议
86/14. 湿地地图
大会，
 审查了湿地调查处的地图1，
 又审查了调查处的报告2和调查处处长的信3，
 1. 决定继续处理这一事项。

 1 见https://www.wetlandsurvey.org/ZH/
 2 A/86/17。
 3 A/C.2/86/9。
31-70011 1/2
A/RES/86/14
第61次全体会议
2031年12月7日
""",
}


def test_note_ending_with_web_address_slash_ends():
    """note-symbol-cut-at-slash: a note ending with a web address's slash over the next note in sequence, a whole
    note ("2 A/86/17."), ends there; read as the symbol going on, note 2 was swallowed and its mark left in the
    text."""
    for code, text in _URL_NOTES.items():
        got = _model(code, text)
        notes = got["model"]["footnotes"]
        assert [n["marker"] for n in notes] == ["1", "2", "3"], code
        assert notes[1]["text"].startswith("A/86/17"), code
        refs = [r["marker"] for p in got["model"]["preamble"]["paragraphs"] for r in p.get("footnote_refs", [])]
        assert refs == ["1", "2", "3"], code
        assert "note-symbol-cut-at-slash" not in got["fired"], code


def test_symbol_cut_at_slash_joined_without_space():
    """note-symbol-cut-at-slash: the symbol's two parts are one symbol, "A/86/6", not "A/86/ 6"."""
    got = _model("en", _HEAD.format("86/16", "Wetland budget")
                  + """ Having considered the budget proposals for the wetlands1,
 Having also considered the report of the Survey2,
 1. Decides to remain seized of the matter.

 1 A/86/6 (Sect. 9), A/86/6 (Sect. 10), A/86/6 (Sect. 11), A/86/6 (Sect. 12), A/86/
6 (Sect. 13) and A/86/6 (Sect. 14).
 2 A/86/17.
31-70011 1/2
A/RES/86/16
""" + _END_EN)
    notes = got["model"]["footnotes"]
    assert [n["marker"] for n in notes] == ["1", "2"]
    assert "A/86/6 (Sect. 12), A/86/6 (Sect. 13) and" in notes[0]["text"]
    assert "note-symbol-cut-at-slash" in got["fired"]


def test_bracketed_lookalike_glued_to_counted_number_refused():
    """first-gathered-bracketed: "المادة 3(1)" (an article's paragraph) before the real mark "2022(1)،" is not
    taken for note (1)'s mark: taken, the text's own "(1)" was lost silently. The notes stay as the reader
    before the rule read them, reported unreferenced."""
    text = """الأمم المتحدة
A/HRC/RES/61/7
الجمعية العامة
Distr.: General 12 October 2030
مجلس حقوق الإنسان
الدورة الحادية والستون
قرار اعتمده مجلس حقوق الإنسان في 9 تشرين الأول/أكتوبر 2030
61/7 حماية الأراضي الرطبة الساحلية
إن مجلس حقوق الإنسان،
      إذ يشير إلى المادة 3(1) من العهد وإلى الاتفاقية المتعلقة بالأراضي الرطبة المعتمدة في 5 أيار/مايو
2022(1)، وإلى واجب حماية الأراضي الرطبة،
      وإذ يرحب بتقرير الأمين العام عن الأراضي الرطبة الساحلية(2)،
      1- يرحب بعمل حراس الأراضي الرطبة في جميع المناطق؛

GE.30-10002 1/3
A/HRC/RES/61/7

      2- يشجع الدول على رسم خرائط أراضيها الرطبة؛
      3- يحيط علماً بالتعليق على المادة 1(1) من الاتفاقية المتعلقة بالأراضي الرطبة؛
      4- يطلب إلى الأمين العام أن يقدم إليه تقريراً عن الأراضي الرطبة في دورته المقبلة؛

GE.30-10002 2/3
A/HRC/RES/61/7

      5- يقرر أن يبقي المسألة قيد نظره.
الجلسة 41
9 تشرين الأول/أكتوبر 2030
[اعتُمد دون تصويت.]
(1) الأمم المتحدة، مجموعة المعاهدات، المجلد 3010، الرقم 52010.
(2) A/HRC/61/33.

GE.30-10002 3/3
"""
    got = _model("ar", text)
    first = got["model"]["preamble"]["paragraphs"][0]
    assert "المادة 3(1)" in first["text"]
    assert "first-gathered-bracketed" not in got["fired"]
