"""Invisible controls (bidi overrides, direction marks, zero-width spaces) never reach the model from
AKN, as from text: they are removed, with a warning that counts them."""

from __future__ import annotations

from lxml import etree

from unres.akn.reader import from_akn
from unres.akn.writer import to_akn
from unres.chars import strip_invisible_controls
from unres.html import render_html
from unres.jsonio import from_json

from conftest import SAMPLES

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
RLO, PDF, LRM, ZWSP = "\u202e", "\u202c", "\u200e", "\u200b"


def wrap_first_text(el: etree._Element, before: str, after: str = "") -> None:
    """Puts characters around the first piece of text inside el (in its text or a tail)."""
    found = el.xpath("(.//text())[1]")[0]
    holder = found.getparent()
    if found.is_tail:
        holder.tail = before + holder.tail + after
    else:
        holder.text = before + holder.text + after


def test_strip_invisible_controls_counts_what_it_removes():
    assert strip_invisible_controls(f"a{RLO}b{PDF}c{LRM}\u2066d\u2069") == ("abcd", 5)
    assert strip_invisible_controls("tab\tand\nnew line\x0cpage") == ("tab\tand\nnew line\x0cpage", 0)


def test_controls_in_text_attributes_and_notes_are_removed_with_one_warning():
    res = from_json((SAMPLES / "A-HRC-RES-35-8.zh.json").read_bytes())
    root = etree.fromstring(to_akn(res))
    para = root.find(".//a:mainBody/a:paragraph/a:content/a:p", NS)
    wrap_first_text(para, RLO, PDF)
    wrap_first_text(root.find(".//a:authorialNote/a:p", NS), ZWSP)
    root.find(".//a:preamble/a:container", NS).set("name", f"{LRM}x")
    back, warnings = from_akn(etree.tostring(root), "in.xml")
    assert back == res  # every character the writer wrote, none of those added
    assert [(w.code, w.severity) for w in warnings] == [("akn-control-characters", "warning")]
    assert warnings[0].message.startswith("4 invisible control characters") and warnings[0].line is not None
    assert RLO not in render_html(back)


def test_the_uns_files_lose_the_marks_too():
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    root = etree.fromstring(to_akn(res))
    root.find(".//a:identification", NS).set("source", "#un")
    p = root.find(".//a:mainBody/a:paragraph/a:content/a:p", NS)
    wrap_first_text(p, RLO)
    back, warnings = from_akn(etree.tostring(root))
    assert RLO not in back.operative[0].text
    assert "akn-control-characters" in [w.code for w in warnings]


def test_a_character_reference_to_a_control_is_removed_too():
    xml = to_akn(from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes()))
    marked = xml.replace(b"</span> Member States", b"</span> &#x202E;Member States", 1)
    assert marked != xml
    back, warnings = from_akn(marked)
    assert RLO not in back.operative[0].text and "akn-control-characters" in [w.code for w in warnings]


def test_the_byte_scan_finds_every_control_and_passes_over_their_neighbours():
    """may_hold_controls spares the tree's search only where the bytes hold none of the controls:
    each character of XML_INVISIBLE_CONTROLS, written as UTF-8 or as a character reference, is
    found anywhere in a file; the characters beside them in the same UTF-8 blocks (curly quotes,
    dashes, the ellipsis U+2026, U+2065, U+206A, fullwidth forms) and other encodings' bytes are not."""
    from unres.akn.reader import may_hold_controls
    from unres.chars import XML_INVISIBLE_CONTROLS

    def holds(text: str, encoding: str = "UTF-8") -> bool:
        data = f'<?xml version="1.0" encoding="{encoding}"?><p>{text}</p>'.encode(encoding, "xmlcharrefreplace")
        return may_hold_controls(etree.ElementTree(etree.fromstring(data)), data)

    for c in XML_INVISIBLE_CONTROLS:
        for text in (c, f"x{c}", f"“quoted” — {c} …", f"{'本决议，' * 50}{c}"):
            assert holds(text), (hex(ord(c)), text[:10])
        assert holds(f"a&#x{ord(c):x};b")
    for c in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u200a\u200c\u200d\u2010\u2065\u206a\uff0c\ufefe":
        assert not holds(f"text {c} text"), hex(ord(c))
    assert not holds("بالعربية، 中文，русский — “English”")
    assert holds("latin-1 text", "ISO-8859-1")  # other encodings: the tree is searched


def test_the_byte_scan_finds_a_control_before_and_after_many_of_its_first_byte():
    """_found_after looks at the first FEW_LEADS occurrences of "&" or of the byte 0xE2 one by one and
    leaves the rest to the pattern's search: a control or a reference is found among the first, past
    them and at the last byte; a file of typographic quotes and "&amp;" only is told to hold none."""
    from unres.akn.reader import may_hold_controls
    from unres.chars import FEW_LEADS

    def holds(text: str) -> bool:
        data = f'<?xml version="1.0" encoding="UTF-8"?><p>{text}</p>'.encode()
        return may_hold_controls(etree.ElementTree(etree.fromstring(data)), data)

    for many in (0, 1, FEW_LEADS - 1, FEW_LEADS, FEW_LEADS + 1, 3 * FEW_LEADS):
        quotes, ampersands = "“x” — " * many, "a &amp; b &lt; " * many
        assert not holds(quotes + ampersands)
        for c in (RLO, LRM, ZWSP, "\u2066"):
            assert holds(quotes + c), (many, hex(ord(c)))
            assert holds(c + quotes)
        assert holds(ampersands + "&#x202E;") and holds(ampersands + "&#65;")
        assert holds("&#x200B;" + ampersands) and holds(quotes + ampersands + "&#38;")
