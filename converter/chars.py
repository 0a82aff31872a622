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


# The UTF-8 of the marks among them: U+200B, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069. The
# bytes of a UTF-8 file (the AKN and JSON readers) are searched for them before any text is.
UTF8_MARKS = re.compile(rb"\xe2(?:\x80[\x8b\x8e\x8f\xaa-\xae]|\x81[\xa6-\xa9])")
# Occurrences of a pattern's first byte looked at one by one before the pattern's own search takes
# the rest of the file: "&" and 0xE2 (a typographic quote or dash) are rare in a resolution (none
# to a few dozen a file), so a few steps of memchr cost less than a search that tests every byte.
FEW_LEADS = 32


def found_after(data: bytes, lead: bytes, pattern: re.Pattern[bytes]) -> bool:
    """Whether `pattern`, which starts with the byte `lead`, matches somewhere in `data`. The byte
    is found by bytes.find (memchr: many bytes an instruction; a two-byte `in` or a regex's search
    tests every byte); past FEW_LEADS of them, the pattern's search takes the rest."""
    at = data.find(lead)
    for _ in range(FEW_LEADS):
        if at < 0:
            return False
        if pattern.match(data, at):
            return True
        at = data.find(lead, at + 1)
    return at >= 0 and pattern.search(data, at) is not None
