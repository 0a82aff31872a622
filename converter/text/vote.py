"""Stage `vote`: the closing block — meeting, adoption date and the vote statement with its
member lists — and whether a closing block was found at all."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..langs import Lang, punctuation
from ..members import key, split_names
from ..model import Member, VoteSide
from ..schema import resolution_schema
from .marked import Marked, from_view, join, normalize_text, slice_view, strip
from .ruleset import Rule
from .state import Doc, Line, VoteDraft

# A statement without brackets (older Security Council texts) ends at its first full stop, and
# the mark after it ("meeting. 7").
_FULL_STOP = f"[{re.escape(punctuation('full_stop'))}]"
_VOTE_END = re.compile(_FULL_STOP + r"(?:\s?(?:\d{1,3}|\*{1,3}))?$")
_SIDES = ("in_favour", "against", "abstaining")


def vote_span(lang: Lang, lines: list[Line], trace: Doc | None = None) -> tuple[list[Line], list[Line], int | None]:
    """The vote statement's lines, the other closing lines, and the index of the line after the
    statement's end (None while it is open). A bracketed statement runs to its "]"."""
    start, ended = vote_bounds(lang, lines, trace)
    if start is None:
        return [], lines[:], None
    end = len(lines) if ended is None else ended
    return lines[start:end], lines[:start] + lines[end:], ended


@dataclass
class VoteScan:
    """The vote statement read line by line: where it starts, and whether the line fed ends it. One scan serves
    lines that only grow — the footnote flow asks, for each line that may be a note, whether a statement ended above
    it: read again from the formula each time, thousands of lines that look like notes took time in the square of
    their number."""

    lang: Lang
    origin: int = 0  # the index of the first line scanned (the formula's, for the flow)
    at: int = 0  # the next line to feed (ended_in)
    start: int | None = None  # the statement's first line, counted from origin
    bracketed: bool = False
    ended: int | None = None  # the index after the statement's last line, once read

    def feed(self, i: int, ln: Line) -> bool:
        """Read line i (counted from origin): whether it ends the statement."""
        t = ln.view
        if self.start is None:
            if not (t.startswith("[") or self.lang.patterns["closing"].match(t)):
                return False
            self.start, self.bracketed = i, t.startswith("[")
        return "]" in t or (not self.bracketed and _VOTE_END.search(ln.text.rstrip()) is not None)

    def ended_in(self, lines: list[Line]) -> bool:
        """Whether a statement has ended among lines[origin:], reading only the lines added since the last call."""
        self.at = max(self.at, self.origin)
        while self.ended is None and self.at < len(lines):
            if self.feed(self.at - self.origin, lines[self.at]):
                self.ended = self.at + 1
            self.at += 1
        return self.ended is not None


def vote_bounds(lang: Lang, lines: Iterable[Line], trace: Doc | None = None) -> tuple[int | None, int | None]:
    """Where the vote statement starts (None: there is none) and the index of the line after its
    end (None while it is open)."""
    scan = VoteScan(lang)
    for i, ln in enumerate(lines):
        if scan.feed(i, ln):
            if trace is not None and "]" not in ln.view:
                trace.fired("vote-until-full-stop", ln.number)
            return scan.start, i + 1
    return scan.start, None

def vote(doc: Doc) -> None:
    """Stage: meeting and adoption date from the closing lines, doc.vote from the statement."""
    lg, h, lines = doc.lang, doc.header, doc.closing
    vote_lines, other, _ = vote_span(lg, lines, doc)
    for ln in other:
        t = ln.view
        if m := lg.match("meeting", t):
            h.meeting_number = int(m["number"]) if m["number"] else meeting_in_words(doc, m["words"], ln.number)
            h.meeting_label = normalize_text(lg, m["label"])
        elif (d := lg.date(t)) is not None:
            if h.adoption_date not in (None, d):
                doc.warn("text-adoption-date", f"closing date {d} differs from the header's {h.adoption_date}",
                         ln.number)
            h.adoption_date = h.adoption_date or d
        else:
            doc.warn("text-closing-unknown", f"closing line not understood: {ln.text[:60]!r}", ln.number)
    if not vote_lines:
        doc.vote = VoteDraft("unknown")
    else:
        doc.vote = read_vote(doc, join(lg, [ln.content for ln in vote_lines]), lines[0].number)
    # Security Council texts state their adoption, meeting and date, in the header, and end with
    # their last paragraph.
    header_adoption = h.adoption_date and h.meeting_number is not None
    if doc.seg.closing_at == len(doc.lines) and not doc.annex_lines and not header_adoption:
        doc.warn("text-no-closing", "no closing block (adoption date, meeting, vote) found; the text may "
                 "be cut off", line=doc.last_line)


def meeting_in_words(doc: Doc, words: str, line: int) -> int | None:
    """meeting-in-words: a meeting numbered in words ("Primera sesión plenaria", "الجلسة العامة
    الثالثة والثلاثون": ECOSOC's Spanish texts, the General Assembly's Arabic ones) is the meeting
    its ordinal words count, read by the language table's words for session labels."""
    doc.fired("meeting-in-words", line)
    return doc.lang.ordinal(words)


def read_vote(doc: Doc, raw: Marked, line: int | None) -> VoteDraft:
    lg = doc.lang
    v = lg.vote_words
    body = strip(raw)
    if body.view.startswith("["):
        body = slice_view(body, 1)
    body = _edit(body, lambda s: re.sub(r"\]\s*" + _FULL_STOP + r"?\s*$", "", s))
    body = strip(_edit(body, lambda s: s.replace("]", "")))
    shown = body.view
    sides = _side_heads(v.sides, shown)
    if not sides:
        return _vote_without_lists(doc, body, line)
    text = strip(slice_view(body, 0, sides[0][0]))
    lists = {}
    for i, (pos, side, h) in enumerate(sides):
        end = sides[i + 1][0] if i + 1 < len(sides) else len(shown)
        lists[side] = _members(doc, slice_view(body, pos + len(h), end).text, line)
    stated = _stated_counts(lg, text.text)
    if not any(lists.values()) and (counted := counted_vote(lg, Marked(text.text))):
        # Side headings with no names under them: the sentence's counts are all there is.
        stated = {name: side.count for name, side in zip(_SIDES, _sides(counted), strict=True)}
    said = key(text.view)
    kind = "unanimous" if _says(said, v.modalities["unanimous"]) else "recorded"
    out: dict[str, VoteSide | None] = {}
    for side in _SIDES:
        if unstated_side(kind, side, lists, stated):
            doc.fired("unanimous-sides-stated", line or 0)
            out[side] = None
            continue
        names = lists.get(side, [])
        out[side] = _vote_side(doc, side, names, stated.get(side, len(names)), line)
    procedure = _procedure(lg, said)
    if procedure:
        doc.fired("vote-in-writing", line or 0)
    return VoteDraft(kind, text or None, out["in_favour"], out["against"], out["abstaining"], procedure)


def _side_heads(heads_of: dict[str, tuple[str, ...]], shown: str) -> list[tuple[int, str, str]]:
    """Where each side's heading ("In favour:") stands in the vote's text: (position, side, heading),
    in the text's order; of a side's headings, the longest found."""
    sides = []
    for side, heads in heads_of.items():
        for h in sorted(heads, key=len, reverse=True):
            pos = shown.find(h)
            if pos >= 0:
                sides.append((pos, side, h))
                break
    return sorted(sides)


def _vote_side(doc: Doc, side: str, names: list[Member], count: int, line: int | None) -> VoteSide:
    """A side of the vote: the count the text states (else the names listed) and the names, a
    count that disagrees with the names reported."""
    if names and count > _MAX_COUNT:
        # impossible-count: more votes than the schema (the UN's membership) allows, a slip of the
        # printing ("240" for "24", A/HRC/RES/55/14 es): the model, which cannot hold it, keeps the
        # number of the members listed, and says so.
        doc.warn("vote-count-mismatch", f"the text says {count} {side.replace('_', ' ')}, more than any body "
                 f"has members, and lists {len(names)}: the model keeps {len(names)}", line)
        count = len(names)
    elif names and count != len(names):
        doc.warn("vote-count-mismatch", f"the text says {count} {side.replace('_', ' ')} but lists "
                 f"{len(names)} members", line)
    return VoteSide(count, tuple(names))


def unstated_side(kind: str, side: str, lists: dict[str, list[Member]], stated: dict[str, int]) -> bool:
    """unanimous-sides-stated: a unanimous vote printed with the members in favour only (the Security
    Council's "Adopted unanimously by 15 votes in favour." and its list) states no other side: the
    model gets none, not a count of 0 the text does not give."""
    return kind == "unanimous" and side not in lists and side not in stated


def _says(said: str, phrases: tuple[str, ...]) -> bool:
    return any(key(p) in said for p in phrases)


def _procedure(lang: Lang, said: str) -> str | None:
    """vote-in-writing: a statement saying the votes were cast in writing ("Adopted unanimously;
    voting by mail", as the Security Council adopted in 2020-2021) gives the vote its procedure."""
    return "in_writing" if _says(said, lang.vote_words.in_writing) else None


_MAX_COUNT: int = resolution_schema()["$defs"]["vote_side"]["properties"]["count"]["maximum"]


def _vote_without_lists(doc: Doc, body: Marked, line: int | None) -> VoteDraft:
    v = doc.lang.vote_words
    said = key(body.view)
    procedure = _procedure(doc.lang, said)
    if procedure:
        doc.fired("vote-in-writing", line or 0)
    if counted := counted_vote(doc.lang, body):
        doc.fired("counted-vote", line or 0)
        if _says(said, v.modalities["unanimous"]):
            counted = replace(counted, kind="unanimous")
        return replace(counted, procedure=procedure)
    kind = statement_kind(doc.lang, said)
    if kind in ("acclamation", "silence_procedure", "unanimous"):
        doc.fired("vote-modality", line or 0)
    if kind is None:
        doc.warn("text-vote-unknown", f"vote statement not understood: {body.text[:60]!r}", line)
        kind = "unknown"
    if kind == "silence_procedure":
        procedure = "in_writing"  # a silence procedure is one in writing: members object by letter or not at all
    draft = VoteDraft(kind, body or None, procedure=procedure)
    if kind == "unanimous":
        # "Adopted unanimously by 15 votes to 0, with 0 abstentions", "… by 15 votes in favour": the
        # counts stated beside it, in the words the language table writes them.
        for template in (doc.lang.vote["render_counts"], doc.lang.vote["render_in_favour"]):
            if m := _template_regex(template).search(body.view):
                sides = {k: VoteSide(int(n), ()) for k, n in m.groupdict().items()}
                return replace(draft, **sides)  # type: ignore[arg-type]  # (the template's fields are sides)
    return draft


def _template_regex(template: str) -> re.Pattern[str]:
    """A table's sentence template as the pattern that reads it back: "{in_favour}" → a number."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else rf"(?P<{p}>\d+)" for i, p in enumerate(parts)))


def statement_kind(lang: Lang, said: str) -> str | None:
    """vote-modality: the vote type a statement without lists names, by the language's words —
    acclamation, silence procedure, unanimity (the Security Council's "Adopted unanimously at the
    891st meeting"), consensus, without a vote — or None when it names none."""
    v = lang.vote_words
    # The longest phrase said wins: "经协商一致通过" (by consensus) holds "一致通过" (unanimously).
    candidates = [*((kind, words) for kind, words in v.modalities.items()), ("consensus", v.consensus),
                  ("without_vote", v.without + v.recorded),
                  ("unknown", v.uncounted)]  # how, without counts: "Adopted at the 891st meeting."
    found = [(len(key(p)), -k, kind) for k, (kind, words) in enumerate(candidates) for p in words if key(p) in said]
    return max(found)[2] if found else None


def counted_vote(lang: Lang, body: Marked) -> VoteDraft | None:
    """counted-vote: a vote stated by its counts only, without member lists ("by 10 votes to none,
    with 1 abstention"), as in older Security Council texts."""
    v = lang.vote_words
    m = v.counts.search(body.view)
    if m is None:
        return None
    counts = {k: int(x) if x.isdigit() else v.number_words[x] for k, x in m.groupdict().items() if x is not None}
    in_favour, against, abstaining = (VoteSide(counts.get(k, 0), ()) for k in _SIDES)
    return VoteDraft("recorded", body, in_favour, against, abstaining)


def _members(doc: Doc, text: str, line: int | None) -> list[Member]:
    result = []
    for name, iso in split_names(text, doc.lang.vote):
        if iso is None:
            doc.warn("vote-unresolved-member", f"{name!r} is not a known Member State name", line)
        result.append(Member(name, iso))
    return result


def _stated_counts(lang: Lang, text: str) -> dict[str, int]:
    nums = [int(x) for x in re.findall(r"\d+", text)]
    if len(nums) == 3:
        return dict(zip(_SIDES, nums, strict=True))
    zero = any(w in text for w in lang.vote_words.zero_words)
    if len(nums) == 2 and zero:
        return {"in_favour": nums[0], "against": 0, "abstaining": nums[1]}
    return {}


def _sides(v: VoteDraft) -> list[VoteSide]:
    return [s if s is not None else VoteSide(0, ()) for s in (v.in_favour, v.against, v.abstaining)]


def _edit(m: Marked, change: Callable[[str], str]) -> Marked:
    return from_view(change(m.view), m.markers) if m.marks else Marked(change(m.text))


RULES: tuple[Rule, ...] = (
    Rule("vote-until-full-stop", "vote", vote_span, "a vote statement without brackets ends at its full stop"),
    Rule("counted-vote", "vote", counted_vote, "a vote stated by its counts only, without member lists"),
    Rule("vote-modality", "vote", statement_kind, "the vote type a statement without lists names: acclamation, "
         "silence procedure, unanimity, consensus, without a vote"),
    Rule("vote-in-writing", "vote", _procedure, "a statement saying the votes were cast in writing gives the "
         "vote its procedure"),
    Rule("meeting-in-words", "vote", meeting_in_words, "a closing meeting numbered in ordinal words (Spanish and "
         "Arabic texts: \"Primera sesión plenaria\")"),
    Rule("unanimous-sides-stated", "vote", unstated_side, "a unanimous vote listing only the members in favour "
         "has no other side (no count of 0 made up)"),
)
