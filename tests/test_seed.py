"""The seed (A/HRC/RES/35/8, Chinese, as extracted from the PDF) against its hand-checked model."""

from __future__ import annotations

import json

from unres import parse_text, validate
from unres.model import to_dict

from conftest import SAMPLES

SEED_TXT = SAMPLES / "A-HRC-RES-35-8.zh.txt"
SEED_JSON = SAMPLES / "A-HRC-RES-35-8.zh.json"


def seed():
    return parse_text(SEED_TXT.read_bytes())


def test_seed_parses_to_the_hand_checked_json_exactly():
    assert to_dict(seed()) == json.loads(SEED_JSON.read_text(encoding="utf-8"))


def test_seed_json_is_valid():
    assert validate(json.loads(SEED_JSON.read_text(encoding="utf-8"))) == []


def test_seed_metadata_from_header_and_running_heads():
    md = seed().metadata
    assert (md.symbol, md.job_number, md.body, md.body_name) == ("A/HRC/RES/35/8", "GE.17-11923", "HRC", "人权理事会")
    assert (md.session.number, md.session.label) == (35, "第三十五届会议")
    assert (md.session.start_date, md.session.end_date) == ("2017-06-06", "2017-06-23")
    assert (md.resolution_number, md.title) == ("35/8", "加强人权领域的国际合作")
    assert md.adoption_date == "2017-06-22"
    assert (md.meeting.number, md.meeting.label) == (34, "第34次会议")


def test_seed_structure_and_no_furniture_left():
    res = seed()
    assert [a.number for a in res.agenda_items] == ["3"]
    assert res.preamble.formula == "人权理事会，"
    assert len(res.preamble.paragraphs) == 23
    assert [p.number for p in res.operative] == [str(i) for i in range(1, 26)]
    for _, text, _ in res.texts():
        assert "GE.17" not in text and "A/HRC/RES/35/8" not in text
        assert "匈牙利代表团后来称" not in text


def test_seed_footnotes_at_their_places():
    res = seed()
    p15 = res.operative[14]
    assert [(r.marker, p15.text[r.offset - 2:r.offset + 1]) for r in p15.footnote_refs] == [("1", "报告；")]
    assert [f.marker for f in res.footnotes] == ["1", "*"]
    assert res.footnotes[0].text == "见A/HRC/32/51和A/HRC/34/74。"
    vote = res.vote
    assert [(r.marker, vote.text[r.offset - 3:r.offset]) for r in vote.footnote_refs] == [("*", "通过。")]
    others = [r for i, p in enumerate(res.operative) if i != 14 for r in p.footnote_refs]
    assert others == []


def test_seed_vote_32_3_12_with_all_members_mapped():
    vote = seed().vote
    assert vote.type == "recorded"
    assert (vote.in_favour.count, vote.against.count, vote.abstaining.count) == (32, 3, 12)
    names = [m.name for _, side in vote.sides() for m in side.members]
    assert len(names) == 47 and len(set(names)) == 47
    assert "尼日利亚" in names and "加纳" in names  # rejoined across a line and a page break
    assert all(m.iso3 for _, side in vote.sides() for m in side.members)
    assert [m.iso3 for m in vote.against.members] == ["HUN", "KOR", "USA"]
    assert vote.in_favour.members[1].iso3 == "BOL" and vote.in_favour.members[-1].iso3 == "VEN"
