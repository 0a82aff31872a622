"""formula-missing under a heading printed in capitals (converter/text/segment.py `_heading_in_capitals`): a Security
Council resolution the UN printed without its enacting formula is read from its heading — "RESOLUTION 2999 (2031)" in
older print's capitals as well as "Resolution 2999 (2031)" —, with the warning text-formula-missing; before, the
capitals gave no heading and the text no output at all (text-no-formula)."""

from __future__ import annotations

import pytest

from unres.langs import lang
from unres.model import to_dict
from unres.text.pipeline import read, result

TEXT = """UNITED NATIONS
S/RES/2999 (2031)
Security Council
Distr. GENERAL 27 April 2031
{heading}
Adopted by the Security Council on 27 April 2031
Reiterating its primary responsibility for the safety of lighthouses on international waterways,
Recalling all its relevant resolutions on the safety of navigation,
1. Demands that all parties spare the lighthouses and their keepers;
2. Decides to remain seized of the matter.
"""


@pytest.mark.parametrize("heading", ["RESOLUTION 2999 (2031)", "Resolution 2999 (2031)"])
def test_a_resolution_without_formula_under_a_heading_in_any_case(heading: str) -> None:
    doc = read(lang("en"), TEXT.format(heading=heading), [], trace=True)
    model = to_dict(result(doc))
    assert [p["text"][:20] for p in model["preamble"]["paragraphs"]] == ["Reiterating its prim", "Recalling all its re"]
    assert [p["number"] for p in model["operative"]] == ["1", "2"]
    assert "text-formula-missing" in [w.code for w in doc.warnings]


def test_a_line_in_capitals_that_is_no_heading_gives_none() -> None:
    # (no Security Council heading: the text is still no resolution)
    with pytest.raises(Exception, match="text-no-formula"):
        read(lang("en"), TEXT.format(heading="THE SAFETY OF LIGHTHOUSES"), [])
