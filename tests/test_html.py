"""The HTML view: one self-contained page whose structure mirrors the model."""

from __future__ import annotations

import json

import pytest
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


def test_an_annex_shows_its_label_numbers_lists_and_tables_in_place():
    res, doc = page(SAMPLES / "valid" / "fr-ga-annex-table.json")
    annex = res.annexes[0]
    section = doc.xpath("//section[@class='annex']")[0]
    assert section.xpath("string(h2/span[@class='num'])") == annex.label
    assert section.xpath("string(h2)") == f"{annex.label}{annex.title}"
    children = [c.tag for c in section]
    # every paragraph, its list after it, the table after the paragraphs its position says
    table = annex.tables[0]
    assert children.index("table") == 1 + table.position + sum(1 for p in annex.paragraphs[:table.position]
                                                                if p.subparagraphs)
    assert section.xpath("string(p[1]/span[@class='num'])") == annex.paragraphs[0].number
    assert section.xpath("ol[@class='sub']/li/span[@class='num']/text()") == [
        s.label for p in annex.paragraphs for s in p.subparagraphs]
    assert section.xpath("string(table/caption)") == table.caption
    cells = [(c.tag, c.text_content()) for c in section.xpath("table//tr/*")]
    assert cells == [("th" if c.header else "td", c.text) for row in table.rows for c in row.cells]


def test_a_table_among_operative_paragraphs_stands_after_the_paragraph_it_follows():
    """Model 1.3: the list of operative paragraphs stops before the table and goes on after it; the
    table's caption, header and other cells, spans and marks are shown, the marks numbered in
    document order (the cell's note after the preamble's)."""
    res, doc = page(SAMPLES / "valid" / "en-ga-operative-table.json")
    (table,) = res.tables
    main = doc.xpath("//main")[0]
    order = [c.tag for c in main if c.tag in ("ol", "table")]
    assert order == ["ol", "table", "ol"]
    first, after = doc.xpath("//main/ol[@class='operative']")
    assert len(first.xpath("li")) == table.position and len(after.xpath("li")) == len(res.operative) - table.position
    shown = doc.xpath("//main/table")[0]
    assert shown.xpath("string(caption)") == table.caption
    assert [(c.tag, "".join(c.xpath(".//text()[not(ancestor::sup)]")), c.get("colspan"), c.get("rowspan"))
            for c in shown.xpath(".//tr/*")] == [
        ("th" if c.header else "td", c.text, str(c.colspan) if c.colspan > 1 else None,
         str(c.rowspan) if c.rowspan > 1 else None) for row in table.rows for c in row.cells]
    assert shown.xpath("string(.//sup/a)") == "2"


def test_links_are_anchors_and_an_unsafe_address_is_never_followed():
    res, doc = page(SAMPLES / "valid" / "ar-ga-emergency-special.json")
    link = res.preamble.paragraphs[0].links[0]
    text = res.preamble.paragraphs[0].text
    a = doc.xpath("//p[@class='preambular']//a")[0]
    assert a.get("href") == link.href and a.text == text[link.offset:link.offset + link.length]
    data = json.loads((SAMPLES / "valid" / "ar-ga-emergency-special.json").read_text(encoding="utf-8"))
    data["preamble"]["paragraphs"][0]["links"][0]["href"] = "javascript:alert(1)"
    from unres.model import from_dict

    doc = lxml_html.fromstring(render_html(from_dict(data)))
    assert not doc.xpath("//a[contains(@href, 'javascript')]")
    assert doc.xpath("//span[@class='link']/@title") == ["javascript:alert(1)"]


def _pieces(text, refs):
    cuts = sorted({0, len(text), *(r.offset for r in refs)})
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


@pytest.mark.parametrize("path", [SAMPLES / "A-HRC-RES-35-8.zh.json", *sorted((SAMPLES / "valid").glob("*.json"))],
                         ids=lambda p: p.stem)
def test_every_text_of_the_model_is_on_the_page(path):
    """Nothing the model holds is left off the page: every text (between its marks), heading, label,
    number, table cell and caption, footnote."""
    res, doc = page(path)
    shown = doc.text_content()
    wanted = [piece for _, text, refs in res.texts() for piece in _pieces(text, refs)]
    wanted += [f.text for f in res.footnotes]
    for ops in [res.operative, *(part.operative for part in res.parts)]:
        wanted += [h for p in ops for h in p.headings]
    wanted += [t.caption for t in [*res.tables, *(t for part in res.parts for t in part.tables)] if t.caption]
    for annex in res.annexes:
        wanted += [x for x in (annex.label,) if x] + [h for p in annex.paragraphs for h in p.headings]
        wanted += [p.number for p in annex.paragraphs if p.number] + [t.caption for t in annex.tables if t.caption]
    missing = [w for w in wanted if w not in shown]
    assert missing == []
