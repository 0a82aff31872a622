"""Models through plain text (issue 20): what the text reader must give back of what the text
writer wrote, and the comparison benchmarks/text_roundtrip.py makes on the UN's real models."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from unres.akn.reader import from_akn
from unres.api import parse_text, render_text, to_akn
from unres.jsonio import from_json
from unres.model import Session, to_dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from text_roundtrip import compare  # noqa: E402

ECOSOC = """E/RES/2031/12

Economic and Social Council

2031 session

Agenda item 18 (l)

Resolution adopted by the Economic and Social Council on 20 July 2031

2031/12. Lighthouses and coastal navigation

The Economic and Social Council,

Recalling its resolution 2030/4,

1. Decides to remain seized of the matter.

21st plenary meeting
20 July 2031
"""


def test_a_session_named_by_its_year_keeps_its_number():
    md = parse_text(ECOSOC, "en").metadata
    assert (md.session.number, md.session.label) == (2031, "2031 session")


def test_an_agenda_number_gives_its_item_and_sub_item():
    res = parse_text(ECOSOC, "en")
    assert [(a.number, a.item, a.sub_item) for a in res.agenda_items] == [("18 (l)", 18, "l")]


def test_a_model_without_a_session_reads_back_without_one():
    res = from_json((ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    res = replace(res, metadata=replace(res.metadata, session=None))
    assert parse_text(render_text(res), "en").metadata.session is None
    assert from_akn(to_akn(res))[0].metadata.session is None
    assert replace(res.metadata, session=Session()).session != res.metadata.session  # (the case it guards)


def test_the_comparison_leaves_out_only_what_plain_text_cannot_carry():
    res = from_json((ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    original = to_dict(res)
    back = to_dict(parse_text(render_text(res), "en"))
    back["metadata"]["draft_symbol"] = "A/79/L.99"  # AKN metadata: not in plain text
    back["preamble"]["paragraphs"][0]["links"] = [{"text": "x", "href": "https://undocs.org/x", "offset": 0}]
    found, openings, agree = compare(original, back)
    assert found == [] and openings == agree > 0
    back["preamble"]["paragraphs"][0]["opening"] = "Guessing"  # measured, not a difference
    back["metadata"]["title"] = "Another title"  # a difference
    found, openings, agree = compare(original, back)
    assert [f[0] for f in found] == ["/metadata/title"] and agree == openings - 1


# The Security Council's AKN labels the meeting as its adoption line words it ("at its 8784th
# meeting"): the closing block's meeting line written from that label must read back.
SC_MEETING_LABELS = {"ar": "جلسته 8784", "ru": "8784-м заседании", "zh": "8784次会议通过", "en": "8784th meeting"}
SAMPLE_OF = {"ar": "ar-ga-footnotes", "ru": "ru-ga-silence-procedure", "zh": "zh-hrc-annex", "en": "en-ga-recorded"}


@pytest.mark.parametrize("code", sorted(SC_MEETING_LABELS))
def test_a_meeting_labelled_as_the_security_council_words_it_reads_back(code):
    from unres.model import Meeting

    res = from_json((ROOT / "samples" / "valid" / f"{SAMPLE_OF[code]}.json").read_bytes())
    meeting = Meeting(8784, SC_MEETING_LABELS[code])
    res = replace(res, metadata=replace(res.metadata, meeting=meeting))
    assert parse_text(render_text(res), code).metadata.meeting == meeting


def _with_marks(res, text: str, refs: tuple):
    """The sample with one preambular paragraph: `text`, its marks at these offsets."""
    from unres.model import FootnoteRef

    para = replace(res.preamble.paragraphs[0], text=text, footnote_refs=tuple(FootnoteRef(m, o) for m, o in refs))
    return replace(res, preamble=replace(res.preamble, paragraphs=(para,)))


def test_marks_after_numbers_read_back_where_they_stood():
    # rule mark-raised: printed as plain digits, "1949" + "1" and "2015–2030," + "2" read as the
    # numbers 19491 and 2015–2030,2 (or their marks elsewhere); raised, they are marks.
    from unres.model import Footnote

    res = from_json((ROOT / "samples" / "valid" / "en-ga-recorded.json").read_bytes())
    text = "Recalling the Geneva Conventions of 12 August 1949 and the Sendai Framework 2015–2030, and its decisions,"
    res = _with_marks(res, text, (("1", text.index(" and")), ("2", text.index(" and its"))))
    res = replace(res, footnotes=(Footnote("1", "United Nations, Treaty Series, vol. 75."),
                                  Footnote("2", "General Assembly resolution 69/283, annex II.")))
    assert "1949¹ and" in render_text(res) and "2015–2030,² and" in render_text(res)
    back = parse_text(render_text(res), "en")
    assert back.preamble.paragraphs[0] == res.preamble.paragraphs[0]
    assert back.footnotes == res.footnotes


@pytest.mark.parametrize(("code", "sample", "label", "number"), [
    ("es", "es-ga-acclamation", "Septuagésimo séptimo período de sesiones", 77),  # an accented second word
    ("zh", "zh-hrc-annex", "2022年届会", 2022),  # ECOSOC's yearly session as its Chinese cover prints it
])
def test_a_session_label_as_the_un_prints_it_reads_back(code, sample, label, number):
    res = from_json((ROOT / "samples" / "valid" / f"{sample}.json").read_bytes())
    res = replace(res, metadata=replace(res.metadata, session=Session(number=number, label=label)))
    assert parse_text(render_text(res), code).metadata.session.label == label


def test_offsets_compare_where_they_fall_in_the_normal_form():
    # A Chinese line-join space before a mark moves it one character, and is no difference.
    original = {"text": "公约》 强调", "footnote_refs": [{"marker": "1", "offset": 3}]}
    back = {"text": "公约》强调", "footnote_refs": [{"marker": "1", "offset": 3}]}
    shifted = {"text": "公约》 强调", "footnote_refs": [{"marker": "1", "offset": 4}]}
    from text_roundtrip import _normal_refs, differences

    assert differences(_normal_refs(original), _normal_refs(back)) == []
    assert differences(_normal_refs(shifted), _normal_refs(back)) == []  # (after the space: the same place)
    assert differences(_normal_refs({**back, "footnote_refs": [{"marker": "1", "offset": 2}]}), _normal_refs(back))
