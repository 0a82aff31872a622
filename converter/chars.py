"""Characters no reader lets into the model: controls and invisible direction and format marks.

Bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a text display in an order
other than the one it is stored in; zero-width spaces, direction marks and byte-order marks are
invisible. None of them carries meaning in a resolution, and every reader (text, JSON, AKN) removes
them the same way, saying how many it removed, so that what a reviewer sees is what the model holds.
"""

from __future__ import annotations

import re

# C0 controls but tab, LF, form feed (a page break in extracted text) and CR; DEL; zero-width space;
# LRM, RLM; LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; BOM / zero-width no-break space.
INVISIBLE_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def strip_invisible_controls(text: str) -> tuple[str, int]:
    """The text without invisible control characters, and how many were removed."""
    return INVISIBLE_CONTROLS.subn("", text)


# The characters of INVISIBLE_CONTROLS that an XML 1.0 document can hold (XML has no other C0 control).
XML_INVISIBLE_CONTROLS = "\x7f\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
