"""The UN-resolution profile of Akoma Ntoso checked in one Python pass over the tree.

schema/akn-resolution.sch is the published statement of the profile; running it through lxml's
ISO Schematron (XSLT) costs several times a whole conversion, so `unres` checks the same asserts
here: each assert of the .sch is one function below, named in RULES by the assert's id and the
element it is about, and reports the assert's own text, read from the .sch. The functions follow
XPath 1.0's meaning of each test (a missing node is the empty string, number() of anything but a
number is NaN, `=` between node-sets is true when any two values are equal); tests/test_profile.py
shows that this pass and the Schematron fail the same asserts on the same elements, in the same
order, on the corpus, the samples and broken documents made for the purpose.

An assert added to the .sch without its function here fails that test and `assert_ids()`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from functools import cache

from lxml import etree
from lxml.etree import _Element as El

from ..problems import Problem
from ..schema import schema_path

A = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
AKN4UN = "{http://un.org/akn4un}"
SCH = "{http://purl.oclc.org/dsdl/schematron}"
_NAMESPACES = {"a": A[1:-1], "akn4un": AKN4UN[1:-1]}
# The members' eIds, as plain strings (libxml2 walks the references; Python makes no element)
_MEMBER_IDS = etree.XPath("/a:akomaNtoso/a:statement/a:meta/a:references/a:TLCOrganization/@eId",
                          namespaces=_NAMESPACES, smart_strings=False)



class Document:
    """What several asserts of one pass look up in the whole document, found once."""

    def __init__(self, root: El):
        self.root = root
        self._members: set[str] | None = None
        self._numbered_before: dict[El, El | None] = {}
        self._expected: dict[El, int] = {}
        self._values: dict[El, float] = {}

    def member_targets(self) -> set[str]:
        """concat('#', @eId) of /a:akomaNtoso/a:statement/a:meta/a:references/a:TLCOrganization (but
        for one without an eId, whose '#' no member link, which starts with #member_, can be)."""
        if self._members is None:
            self._members = {"#" + value for value in _MEMBER_IDS(self.root)}
        return self._members

    def num_value(self, paragraph: El) -> float:
        """_num_value of a paragraph, found once (its own rule and its followers' ask it)."""
        value = self._values.get(paragraph)
        if value is None:
            value = self._values[paragraph] = _num_value(paragraph)
        return value

    def numbered_before(self, el: El) -> El | None:
        """preceding-sibling::a:paragraph[a:num][1], found once for all children of a parent."""
        if el not in self._numbered_before:
            parent = el.getparent()
            last: El | None = None
            for sibling in (parent if parent is not None else (el,)):
                self._numbered_before[sibling] = last
                if _numbered(sibling):
                    last = sibling
        return self._numbered_before[el]

    def expected_number(self, el: El) -> int:
        """count(preceding-sibling::a:paragraph[a:num]) + 1, counted from the last paragraph before el
        that starts the numbering again (numbered 1 just after a crossHeading), for all children of a
        parent at once."""
        if el not in self._expected:
            parent = el.getparent()
            count = base = 0
            previous: El | None = None
            for sibling in (parent if parent is not None else (el,)):
                if not isinstance(sibling.tag, str):
                    continue
                self._expected[sibling] = count - base + 1
                if _numbered(sibling):
                    if self.num_value(sibling) == 1 and _cross_heading(previous):
                        base = count
                    count += 1
                previous = sibling
        return self._expected[el]


# An assert: (its id in the .sch, the test; True when the element passes).
Assert = tuple[str, Callable[[El, Document], bool]]


# -- XPath 1.0, as libxml2 evaluates it, for the few functions the profile uses ----------------------

_XPATH_SPACE = " \t\r\n"
# libxml2's xmlXPathStringEvalNumber: optional sign, digits with an optional fraction, an optional
# exponent, XML whitespace around; anything else is NaN.
_NUMBER = re.compile(r"[ \t\r\n]*(-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)[ \t\r\n]*")


def number(text: str | None) -> float:
    m = _NUMBER.fullmatch(text or "")
    return float(m.group(1)) if m else math.nan


# XPath's normalize-space knows only these four; str.split() would also eat NBSP, ideographic space…
_SPACES = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


def normalize_space(text: str | None) -> str:
    return " ".join(w for w in text.translate(_SPACES).split(" ") if w) if text else ""


def string(el: El | None) -> str:
    """The string-value of an element (its descendant text), '' for no element."""
    if el is None:
        return ""
    return (el.text or "") if len(el) == 0 else "".join(el.itertext())


# Children are picked by comparing names in Python: lxml's iterchildren(tag) and find() build a
# matcher on each call, and cost five times this loop over a paragraph's few children.
def _kids(el: El, tag: str) -> Iterator[El]:
    return (c for c in el if c.tag == tag)


def _first(el: El, *path: str) -> El | None:
    """The first element down a path of child names (document order: the first of the first
    step's elements that has the next step, and so on)."""
    if len(path) == 1:
        for c in el:
            if c.tag == path[0]:
                return c
        return None
    found = [el]
    for name in path:
        found = [c for e in found for c in e if c.tag == name]
        if not found:
            return None
    return found[0]


def _attr(el: El, *path: str) -> str:
    """The string of `path/@attr`: the first element down the path that has the attribute."""
    *steps, attr = path
    found = [el]
    for name in steps:
        found = [c for e in found for c in e if c.tag == name]
    for e in found:
        value = e.get(attr)
        if value is not None:
            return value
    return ""


def _children(el: El) -> list[El]:
    return [c for c in el if isinstance(c.tag, str)]


def _parent_is(el: El, tag: str) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == tag


# -- the asserts, pattern by pattern as in the .sch -----------------------------------------------

def _resolutions(el: El) -> bool:
    return any(s.get("name") == "resolution" for s in _kids(el, A + "statement"))


def statement_named_resolution(el: El, doc: Document) -> bool:
    # (or a documentCollection whose components are the statements: a resolution in parts)
    return _resolutions(el) or (_first(el, A + "documentCollection") is not None
                                and any(_resolutions(c) for cs in _kids(el, A + "components")
                                        for c in _kids(cs, A + "component")))


def has_operative_paragraph(el: El, doc: Document) -> bool:
    for body in _kids(el, A + "mainBody"):
        if _first(body, A + "paragraph") is not None or _first(body, A + "part", A + "paragraph") is not None:
            return True
    return False


def _enacting(el: El) -> bool:
    return el.tag == A + "formula" and el.get("name") == "enactingFormula"


def formula_first(el: El, doc: Document) -> bool:
    # (a preamble without the formula passes: early Security Council resolutions have none)
    if not any(_enacting(f) for f in _kids(el, A + "formula")):
        return True
    kids = _children(el)
    return bool(kids) and _enacting(kids[0])


def _numbered(el: El) -> bool:
    return el.tag == _PARAGRAPH and _first(el, _NUM) is not None


_PARAGRAPH, _NUM = A + "paragraph", A + "num"


def _num_value(paragraph: El | None) -> float:
    """number(translate(normalize-space(a:num), '.-– ', '')) of a paragraph (NaN for none)."""
    num = None if paragraph is None else _first(paragraph, _NUM)
    return number(normalize_space(string(num)).translate(_LABEL_MARKS))


def _cross_heading(el: El | None) -> bool:
    return el is not None and el.tag == A + "hcontainer" and el.get("name") == "crossHeading"


def numbered_in_sequence(el: El, doc: Document) -> bool:
    value = doc.num_value(el)
    if value == 1 and _cross_heading(next((s for s in el.itersiblings(preceding=True) if isinstance(s.tag, str)),
                                          None)):
        return True
    return value == doc.expected_number(el)


_LABEL_MARKS = str.maketrans(dict.fromkeys(".-– "))
_COLONS = ":："


def all_or_none_numbered(el: El, doc: Document) -> bool:
    parent = el.getparent()
    if parent is None or not any(_numbered(s) for s in parent):
        return True
    before = doc.numbered_before(el)
    # (a lead-in to paragraph 1, or the text a numbered paragraph quotes: each ends with a colon)
    announcing = el if before is None else before
    if _first(announcing, A + "list") is not None:
        return False
    words = normalize_space(string(_first(announcing, A + "content")))
    return words != "" and words[-1] in _COLONS


def part_complete(el: El, doc: Document) -> bool:
    parent = el.getparent()
    return (_first(el, A + "num") is not None and _first(el, A + "paragraph") is not None
            and (parent is None or _first(parent, A + "paragraph") is None))


def heading_alone_before_paragraph(el: El, doc: Document) -> bool:
    return (len(_children(el)) == 1 and _first(el, A + "heading") is not None
            and normalize_space(string(_first(el, A + "heading"))) != ""
            and any(s.tag == A + "paragraph" for s in el.itersiblings()))


def note_has_marker(el: El, doc: Document) -> bool:
    return normalize_space(el.get("marker")) != ""


def note_has_text(el: El, doc: Document) -> bool:
    return normalize_space(string(el)) != ""


# The members of a vote are counted by libxml2 (a count() of the .sch's path, compiled once): a vote
# lists up to 193 of them, which Python would make an element each to count.
_VOTERS = etree.XPath("count(akn4un:voters/a:organization)", namespaces=_NAMESPACES)
_MEMBERS = etree.XPath("count(a:organization)", namespaces=_NAMESPACES)


def count_equals_voters(el: El, doc: Document) -> bool:
    return number(el.get("value")) == _VOTERS(el)


def side_equals_members(el: El, doc: Document) -> bool:
    return number(_attr(el, A + "quantity", "normalized")) == _MEMBERS(el)


def member_link_exists(value: str, doc: Document) -> bool:
    # (the rule's context: an organization whose refersTo starts with #member_; any other passes)
    return not value.startswith("#member_") or value in doc.member_targets()


def refers_to_hash(value: str, doc: Document) -> bool:
    return value.startswith("#")


def _expression_this(el: El) -> str:
    return _attr(el, A + "FRBRExpression", A + "FRBRthis", "value")


def expression_extends_work(el: El, doc: Document) -> bool:
    return _expression_this(el).startswith(_attr(el, A + "FRBRWork", A + "FRBRuri", "value"))


def expression_names_language(el: El, doc: Document) -> bool:
    return f"/{_attr(el, A + 'FRBRExpression', A + 'FRBRlanguage', 'language')}@" in _expression_this(el)


def manifestation_extends_expression(el: El, doc: Document) -> bool:
    return _attr(el, A + "FRBRManifestation", A + "FRBRthis", "value").startswith(
        _attr(el, A + "FRBRExpression", A + "FRBRuri", "value"))


def _adoption_dates(el: El) -> list[str]:
    """../../a:conclusions//a:docDate/@date, in document order."""
    meta = el.getparent()
    statement = meta.getparent() if meta is not None else None
    if statement is None:
        return []
    return [d.get("date") for c in _kids(statement, A + "conclusions") for d in c.iter(A + "docDate")
            if d.get("date") is not None]


def work_date_is_adoption(el: El, doc: Document) -> bool:
    dates = _adoption_dates(el)
    if not dates:
        return True
    work = {d.get("date") for w in _kids(el, A + "FRBRWork") for d in _kids(w, A + "FRBRdate")}
    return bool(work.intersection(dates))


def work_iri_has_adoption(el: El, doc: Document) -> bool:
    dates = _adoption_dates(el)
    return not dates or f"/{dates[0]}/" in _attr(el, A + "FRBRWork", A + "FRBRthis", "value")


# -- which element each rule is about (the rule's context in the .sch) ----------------------------

def _is_root_document(el: El) -> bool:
    return el.getparent() is None and el.tag == A + "akomaNtoso"


def _in_main_body(el: El) -> bool:
    """a:mainBody/X | a:mainBody/a:part/X"""
    parent = el.getparent()
    if parent is None:
        return False
    if parent.tag == A + "mainBody":
        return True
    return parent.tag == A + "part" and _parent_is(parent, A + "mainBody")


def _identification(el: El) -> bool:
    """/a:akomaNtoso/a:statement/a:meta/a:identification"""
    meta = el.getparent()
    st = meta.getparent() if meta is not None else None
    root = st.getparent() if st is not None else None
    return (meta is not None and meta.tag == A + "meta" and st is not None and st.tag == A + "statement"
            and root is not None and _is_root_document(root))


# A rule: the element names it may be about, whether a given such element is its context, its
# asserts. Listed in the .sch's order of patterns and, within a pattern, of rules: a pattern's
# first rule whose context matches an element is the one that fires (as in Schematron).
Rule = tuple[tuple[str, ...], Callable[[El], bool], tuple[Assert, ...]]
PATTERNS: tuple[tuple[Rule, ...], ...] = (
    (((A + "akomaNtoso",), _is_root_document, (("profile-statement-1", statement_named_resolution),)),
     ((A + "statement",), lambda el: True, (("profile-main-body-1", has_operative_paragraph),))),
    (((A + "preamble",), lambda el: _parent_is(el, A + "statement"),
      (("profile-formula-first-1", formula_first),)),),
    (((A + "paragraph",), lambda el: _in_main_body(el) and _first(el, A + "num") is not None,
      (("profile-paragraph-sequence-1", numbered_in_sequence),)),
     ((A + "paragraph",), lambda el: _in_main_body(el) and _first(el, A + "num") is None,
      (("profile-paragraph-sequence-2", all_or_none_numbered),))),
    (((A + "part",), lambda el: _parent_is(el, A + "mainBody"), (("profile-part-1", part_complete),)),),
    (((A + "hcontainer",), lambda el: el.get("name") == "crossHeading" and _in_main_body(el),
      (("profile-heading-1", heading_alone_before_paragraph),)),),
    (((A + "authorialNote",), lambda el: True,
      (("profile-note-marker-1", note_has_marker), ("profile-note-text-1", note_has_text))),),
    (((A + "count",), lambda el: _parent_is(el, A + "voting") and _first(el, AKN4UN + "voters") is not None,
      (("profile-vote-count-1", count_equals_voters),)),),
    # (and a:conclusions/a:p[…]: SELECTED_RULES; organization: ATTRIBUTE_RULES)
    (),  # refersTo, about any element: ATTRIBUTE_RULES
    (((A + "identification",), _identification,
      (("profile-frbr-expression-1", expression_extends_work),
       ("profile-frbr-language-1", expression_names_language),
       ("profile-frbr-manifestation-1", manifestation_extends_expression),
       ("profile-frbr-date-1", work_date_is_adoption),
       ("profile-frbr-date-2", work_iri_has_adoption))),),
)


class Values:
    """The values of an attribute the XPath `select` finds, in document order: as plain strings, the
    cheapest for libxml2 to hand over, and, asked only for a document where a value failed, as
    strings that know their element."""

    def __init__(self, select: str):
        self.plain = etree.XPath(select, namespaces=_NAMESPACES, smart_strings=False)
        self.located = etree.XPath(select, namespaces=_NAMESPACES)


# The rules about an attribute's value on elements of a name that many elements have (an organization
# per member and vote, a refersTo on any element: `*[@name]`): tested on the values, found by
# libxml2 (an XPath over the attribute, compiled once), since a pass in Python that looked at each
# element would cost more than all the other rules together. (pattern's index, the values, the
# assert's id, the test of a value.)
ATTRIBUTE_RULES: tuple[tuple[int, Values, str, Callable[[str, Document], bool]], ...] = (
    (6, Values("//a:organization/@refersTo"), "profile-member-link-1", member_link_exists),
    (7, Values("//@refersTo"), "profile-refers-to-hash-1", refers_to_hash),
)

# The rules about elements of a name that many elements have, few of them the rule's context (a p
# per preambular paragraph, a few per vote side): the elements found by libxml2, by the rule's
# context in the .sch (an XPath from the root, compiled once). (pattern's index, the context, asserts.)
SELECTED_RULES: tuple[tuple[int, etree.XPath, tuple[Assert, ...]], ...] = (
    (6, etree.XPath("//a:conclusions/a:p[@class = 'voteSide'][a:organization]", namespaces=_NAMESPACES),
     (("profile-vote-count-2", side_equals_members),)),
)


def assert_ids() -> list[str]:
    """The ids of the asserts checked here, in the .sch's order."""
    ids = [(i, aid) for i, pattern in enumerate(PATTERNS) for _, _, asserts in pattern for aid, _ in asserts]
    ids += [(i, aid) for i, _, asserts in SELECTED_RULES for aid, _ in asserts]
    ids += [(i, aid) for i, _, aid, _ in ATTRIBUTE_RULES]
    return [aid for _, aid in sorted(ids, key=lambda x: x[0])]


@cache
def _by_tag() -> dict[str, list[tuple[int, Callable[[El], bool], tuple[Assert, ...]]]]:
    """Rules by the element name they are about, each with its pattern's index."""
    table: dict[str, list[tuple[int, Callable[[El], bool], tuple[Assert, ...]]]] = {}
    for i, pattern in enumerate(PATTERNS):
        for tags, context, asserts in pattern:
            for tag in tags:
                table.setdefault(tag, []).append((i, context, asserts))
    return table


@cache
def _asserts() -> dict[str, El]:
    """id → the assert element of the published .sch."""
    doc = etree.parse(str(schema_path("akn-resolution.sch")))
    return {a.get("id"): a for a in doc.iter(SCH + "assert")}


def assert_texts() -> dict[str, tuple[str, str]]:
    """id → (role, text) of every assert of the published .sch (its value-of left out)."""
    return {aid: (a.get("role") or aid, " ".join("".join(a.itertext()).split())) for aid, a in _asserts().items()}


@cache
def _value_of(select: str) -> etree.XPath:
    # string(): the value as Schematron's value-of prints it (a node-set's first node, a number
    # without a fraction when it has none)
    return etree.XPath(f"string({select})", namespaces=_NAMESPACES)


def message(aid: str, el: El) -> str:
    """The assert's text for the element it failed on, its value-of evaluated there, as the
    Schematron reports it (asked only of failures: a document with none pays nothing)."""
    a = _asserts()[aid]
    parts = [a.text or ""]
    for child in a:
        if child.tag == SCH + "value-of":
            parts.append(str(_value_of(child.get("select") or "")(el)))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def failed_asserts(tree: etree._ElementTree | El) -> Iterator[tuple[str, El]]:
    """(assert id, the element it failed on) in the Schematron's order: by pattern, then document
    order, then the rule's order of asserts. One pass over the elements the rules are about."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    doc = Document(root)
    # (pattern, the assert's place in its rule, id, element)
    failed = _tagged_failures(root, doc) + _selected_failures(root, doc) + _value_failures(root, doc)
    if not failed:
        return
    # Document order, found only for a document that fails an assert.
    order = {el: i for i, el in enumerate(root.iter())}
    failed.sort(key=lambda f: (f[0], order[f[3]], f[1]))
    for *_, aid, el in failed:
        yield aid, el


Failure = tuple[int, int, str, El]


def _tagged_failures(root: El, doc: Document) -> list[Failure]:
    table = _by_tag()
    failed: list[Failure] = []
    # iter() with names picks the elements in libxml2: Python sees only those the rules are about.
    for el in root.iter(*table):
        fired = -1  # the pattern whose rule fired last: a pattern's rules are listed together
        for pattern, context, asserts in table[el.tag]:
            if pattern == fired or not context(el):
                continue
            fired = pattern
            failed += [(pattern, k, aid, el) for k, (aid, test) in enumerate(asserts) if not test(el, doc)]
    return failed


def _selected_failures(root: El, doc: Document) -> list[Failure]:
    # (each rule about elements no other rule of its pattern is about)
    return [(pattern, k, aid, el) for pattern, select, asserts in SELECTED_RULES for el in select(root)
            for k, (aid, test) in enumerate(asserts) if not test(el, doc)]


def _value_failures(root: El, doc: Document) -> list[Failure]:
    failed: list[Failure] = []
    for pattern, values, aid, value_test in ATTRIBUTE_RULES:
        # (each value once: a test is a function of the value, and the members' links repeat)
        if not all(value_test(value, doc) for value in set(values.plain(root))):
            failed += [(pattern, 0, aid, value.getparent()) for value in values.located(root)
                       if not value_test(value, doc)]
    return failed


def profile_problems(tree: etree._ElementTree | El, file: str | None = None) -> list[Problem]:
    asserts = _asserts()
    return [Problem(asserts[aid].get("role") or aid, message(aid, el), line=el.sourceline, file=file)
            for aid, el in failed_asserts(tree)]
