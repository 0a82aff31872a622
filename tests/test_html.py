"""The HTML view: one self-contained page whose structure mirrors the model."""

from __future__ import annotations

import json

from lxml import html as lxml_html

from unres import render_html
from unres.jsonio import from_json

from conftest import SAMPLES


def page(path):
    res = from_json(path.read_bytes())
    return res, lxml_html.fromstring(render_html(res).encode("utf-8"))


def test_seed_page_structure():
    res, doc = page(SAMPLES / "A-HRC-RES-35-8.zh.json")
    assert doc.get("lang") == "zh" and doc.get("dir") == "ltr"
    assert not doc.xpath("//script") and not doc.xpath("//link[@rel='stylesheet']")
    assert doc.xpath("//style")
    assert doc.xpath("string(//h1)") == "35/8. 加强人权领域的国际合作"
    assert doc.xpath("string(//p[@class='formula'])") == "人权理事会，"
    assert len(doc.xpath("//p[@class='preambular']")) == 23
    openings = doc.xpath("//p[@class='preambular']/span[@class='opening']/text()")
    assert openings[:3] == ["重申", "回顾", "又回顾"]
    items = doc.xpath("//ol[@class='operative']/li")
    assert len(items) == 25 and items[0].xpath("string(span[@class='num'])") == "1."
    mark = items[14].xpath(".//sup/a")[0]
    assert mark.text == "1" and mark.get("href") == "#fn1"
    note = doc.xpath("//li[@id='fn1']")[0]
    assert "A/HRC/32/51" in note.text_content()
    headers = doc.xpath("//table[@class='vote']//th/text()")
    assert headers == ["赞成 (32)", "反对 (3)", "弃权 (12)"]
    cells = doc.xpath("//table[@class='vote']//td")
    assert "尼日利亚" in cells[0].text_content() and cells[1].text_content() == "匈牙利, 大韩民国, 美利坚合众国"


def test_arabic_page_is_right_to_left_and_escapes_text():
    res, doc = page(SAMPLES / "valid" / "ar-ga-footnotes.json")
    assert doc.get("lang") == "ar" and doc.get("dir") == "rtl"
    data = json.loads((SAMPLES / "valid" / "ar-ga-footnotes.json").read_text(encoding="utf-8"))
    data["operative"][0]["text"] = "<script>alert(1)</script> & تطلب"
    data["operative"][0]["footnote_refs"] = []
    data["footnotes"] = [data["footnotes"][1]]
    data["operative"][0]["footnote_refs"] = [{"marker": "2", "offset": len(data["operative"][0]["text"])}]
    from unres.model import from_dict

    doc = lxml_html.fromstring(render_html(from_dict(data)))
    assert not doc.xpath("//script")
    assert "<script>alert(1)</script>" in doc.xpath("//ol[@class='operative']/li")[0].text_content()


def test_parts_and_wrap_ups_on_the_page():
    res = from_json((SAMPLES / "valid" / "en-ecosoc-parts.json").read_bytes())
    doc = lxml_html.fromstring(render_html(res))
    sections = doc.findall(".//section[@class='part']")
    assert [s.findtext("h2/span") for s in sections] == ["A", "B"]
    assert [len(s.findall("ol[@class='operative']/li")) for s in sections] == [2, 2]
    assert len(sections[1].findall("p[@class='preambular']")) == 1  # "Noting with satisfaction: (a) …, (b) …,"
    res = from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
    doc = lxml_html.fromstring(render_html(res))
    wrap = doc.find(".//ol[@class='operative']/li/p[@class='wrap-up']")
    assert wrap is not None and wrap.text_content() == res.operative[1].wrap_up.text


def test_headings_stand_between_the_lists_of_paragraphs():
    res, doc = page(SAMPLES / "valid" / "en-sc-headings.json")
    main = doc.find(".//h3[@class='heading']").getparent()
    shape = [(el.tag, el.text_content() if el.tag == "h3" else len(el.findall("li")))
             for el in main if el.tag in ("h3", "ol")]
    assert shape == [("h3", "Political process"), ("ol", 2), ("h3", "Mandate of the Mission"), ("ol", 1),
                     ("h3", "Priority tasks"), ("ol", 1), ("h3", "Other tasks"), ("ol", 1), ("h3", "Reporting"),
                     ("ol", 2)]
    assert [li.findtext("span[@class='num']") for li in doc.findall(".//ol[@class='operative']/li")] == [
        "1.", "2.", "3.", "4.", "5.", "6.", "7."]


def test_every_footnote_is_on_the_page_referenced_or_not():
    # A footnote never referenced and a second one under a taken marker were missing from the page,
    # and the second replaced the first one's text under its mark.
    from dataclasses import replace

    from unres.model import Footnote

    res = from_json((SAMPLES / "A-HRC-RES-35-8.zh.json").read_bytes())
    first = res.footnotes[0]
    res = replace(res, footnotes=(Footnote("8", "Never referenced."), *res.footnotes,
                                  Footnote(first.marker, "A second under a taken marker.")))
    tree = lxml_html.fromstring(render_html(res).encode("utf-8"))
    items = tree.findall(".//footer/ol/li")
    numbered = [li for li in items if li.get("id")]
    assert [li.text_content().split(" ", 1)[1] for li in numbered] == [f.text for f in res.footnotes[1:3]]
    assert [li.text_content() for li in items if li.get("class") == "unreferenced"] == [
        "8 Never referenced.", f"{first.marker} A second under a taken marker."]


def test_a_note_on_the_title_is_marked_in_the_heading_and_numbered_first():
    res, doc = page(SAMPLES / "valid" / "en-ga-title-note.json")
    assert doc.xpath("string(//h1)") == f"79/14. {res.metadata.title}*"
    mark = doc.xpath("//h1//sup/a")[0]
    assert mark.get("href") == "#fn1" and mark.text == "*"
    assert doc.xpath("string(//li[@id='fn1'])").startswith("* In the present resolution")
    assert doc.xpath("//p[@class='preambular']//sup/a")[0].get("href") == "#fn2"
