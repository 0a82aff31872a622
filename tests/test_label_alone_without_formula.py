"""label-alone-joins (footnotes.py) in a text printed without its enacting formula: the Security Council adopts
some resolutions with no "The Security Council," before the preamble (S/RES/2573 (2021)), so the body never
starts by the formula, and a label alone was never joined (only numbers alone were read before the formula).
Once a number alone was joined to its paragraph's text, the labels alone under that paragraph are its items'
labels as in any body. (Text-box extractions: each paragraph number and item label a box of its own.)"""

from __future__ import annotations

from unres.text.parse import parse_text

TEXT = """United Nations S/RES/9170 (2041)
Security Council Distr.: General
4 May 2041
Resolution 9170 (2041)
Adopted by the Security Council on 4 May 2041
      Recalling its previous resolutions on the safety of coastal navigation and
on the upkeep of the lighthouses,
      1.
            Calls upon all parties to protect the lighthouses and their keepers,
and to respect the law of the sea;
      2.
            Encourages all efforts to keep the beacons of the coast lit, upon
request, to meet the needs of the ships at sea, including by:
          (a)
                  Protection of the keepers who repair, operate or maintain
                  the beacons, as well as their movement for the purpose of
                  repairing or operating them;
          (b)
                  Allowing safe passage of the spare parts needed to repair
                  them;
      3.
            Decides to remain seized of the matter.
"""


def test_labels_alone_are_joined_in_a_text_without_formula():
    res = parse_text(TEXT, "en").resolution
    assert [p.number for p in res.operative] == ["1", "2", "3"]
    items = res.operative[1].subparagraphs
    assert [s.label for s in items] == ["(a)", "(b)"]
    assert items[0].text == ("Protection of the keepers who repair, operate or maintain the beacons, as well as their "
                             "movement for the purpose of repairing or operating them;")
    assert res.operative[1].headings == () and res.operative[2].headings == ()
