"""note-text-lost (converter/text/footnotes.py): a note whose text was lost — its number and a full stop alone —
is read as that note wherever notes stand: gathered at the end (the fixture tests/fixtures/layout/note-text-lost.*),
at a page's foot with the rest of a cut paragraph under it (a block extraction drops the furniture), its marker on a
line of its own. A paragraph's number parted from its stop, over the paragraph's text, stays a paragraph."""

from __future__ import annotations

from unres.langs import lang
from unres.model import to_dict
from unres.text.pipeline import read, result

COVER = """United Nations                        A/RES/77/999
General Assembly                        Distr.: General
15 December 2022
Seventy-seventh session
Agenda item 50
Resolution adopted by the General Assembly on 12 December 2022
77/999. Lights of small harbours
The General Assembly,
"""

CLOSING = "\n52nd plenary meeting\n\n12 December 2022\n"


def _read(text: str) -> tuple[dict, list[tuple[str, int]]]:
    doc = read(lang("en"), text, [], trace=True)
    return to_dict(result(doc)), doc.trace or []


def test_lost_note_at_a_page_foot_over_the_rest_of_a_cut_paragraph() -> None:
    # blocks, one per blank line; the page's furniture dropped: under the notes, the paragraph the page cut
    text = (COVER + "\nTaking note of the report of the Committee on Harbours,1\n\n"
            "Taking note also of the report of the Secretary-General,2\n\n"
            "1. Decides to keep the lights of small harbours burning through the long winter nights and to\n\n"
            "__________________\n\n1 Official Records of the General Assembly, Supplement No. 21 (A/77/21).\n\n"
            "2 .\n\nrepair the old beacons before the storms;\n\n2. Decides to remain seized of the matter.\n"
            + CLOSING)
    model, trace = _read(text)
    assert [p["text"] for p in model["preamble"]["paragraphs"]][1] == (
        "Taking note also of the report of the Secretary-General,")
    assert [(n["marker"], n["text"]) for n in model["footnotes"]][1] == ("2", ".")
    assert model["operative"][0]["text"].endswith("nights and to repair the old beacons before the storms;")
    assert any(rule == "note-text-lost" for rule, _ in trace)


def test_lost_note_with_its_marker_alone() -> None:
    text = (COVER + "Taking note of the report of the Committee on Harbours,1\n"
            "Taking note also of the report of the Secretary-General,2\n"
            "1. Decides to keep the lights of small harbours burning;\n"
            "2. Decides to remain seized of the matter.\n" + CLOSING
            + "1\nOfficial Records of the General Assembly, Supplement No. 21 (A/77/21).\n2\n.\n")
    model, _ = _read(text)
    assert [(n["marker"], n["text"]) for n in model["footnotes"]] == [
        ("1", "Official Records of the General Assembly, Supplement No. 21 (A/77/21)."), ("2", ".")]
    assert model["preamble"]["paragraphs"][1]["text"].endswith("Secretary-General,")


def test_a_parted_paragraph_number_over_its_text_stays_a_paragraph() -> None:
    # paragraph 2's number parted from its stop, alone over its text, right after a page's note block, and a "2"
    # after a comma above that could be a mark: the line under "2 ." is a paragraph's text, not what stands under
    # a note
    text = (COVER + "Taking note of the report of the Committee on Harbours,1\n\n"
            "Welcoming the plans of the harbour masters of the coast,2\n\n"
            "1. Decides to keep the lights of small harbours burning;\n"
            "__________________\n1 Official Records of the General Assembly, Supplement No. 21 (A/77/21).\n"
            "2 .\nDecides to remain seized of the matter.\n" + CLOSING)
    model, trace = _read(text)
    assert [p["number"] for p in model["operative"]] == ["1", "2"]
    assert model["operative"][1]["text"] == "Decides to remain seized of the matter."
    assert [n["marker"] for n in model["footnotes"]] == ["1"]
    assert not any(rule == "note-text-lost" for rule, _ in trace)


def test_a_parted_number_over_lower_case_text_where_paragraphs_open_in_lower_case() -> None:
    # (review, round thirty-one) Russian paragraphs open in lower case: "2 ." over "просит …" is paragraph 2's
    # number parted from its stop, not a lost note over the rest of a paragraph a page cut
    text = ("Генеральная Ассамблея                 Distr.: General\n5 апреля 2031 года\n"
            "Резолюция, принятая Генеральной Ассамблеей 2 апреля 2031 года\n80/999. Маяки малых гаваней\n"
            "Генеральная Ассамблея,\nссылаясь на свою резолюцию 70/1 о маяках1,\n"
            "1.\nпризывает зажигать маяки малых гаваней;\n1 Резолюция 70/1.\n2 .\n"
            "просит Генерального секретаря представить доклад о маяках;\n3.\n"
            "постановляет продолжить рассмотрение этого вопроса.\n2 апреля 2031 года\n")
    doc = read(lang("ru"), text, [], trace=True)
    model = to_dict(result(doc))
    assert [p["number"] for p in model["operative"]] == ["1", "2", "3"]
    assert model["operative"][1]["text"].startswith("просит Генерального секретаря")
    assert [n["marker"] for n in model["footnotes"]] == ["1"]
