"""Stage `vote`: the closing block — meeting, adoption date and the vote statement with its
member lists — and whether a closing block was found at all."""

from __future__ import annotations

import re
from collections.abc import Callable

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
    vote_lines: list[Line] = []
    other: list[Line] = []
    in_vote = bracketed = False
    ended: int | None = None
    closing = lang.patterns["closing"]
    for i, ln in enumerate(lines):
        t = ln.view
        if in_vote or (ended is None and (t.startswith("[") or closing.match(t))):
            bracketed = bracketed or (not in_vote and t.startswith("["))
            in_vote = True
            vote_lines.append(ln)
            if "]" in t or (not bracketed and _VOTE_END.search(ln.text.rstrip())):
                in_vote = False
                ended = i + 1
                if trace is not None and "]" not in t:
                    trace.fired("vote-until-full-stop", ln.number)
            continue
        other.append(ln)
    return vote_lines, other, ended


def vote(doc: Doc) -> None:
    """Stage: meeting and adoption date from the closing lines, doc.vote from the statement."""
    lg, h, lines = doc.lang, doc.header, doc.closing
    vote_lines, other, _ = vote_span(lg, lines, doc)
    for ln in other:
        t = ln.view
        if m := lg.match("meeting", t):
            h.meeting_number = int(m["number"])
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


def read_vote(doc: Doc, raw: Marked, line: int | None) -> VoteDraft:
    lg = doc.lang
    v = lg.vote_words
    body = strip(raw)
    if body.view.startswith("["):
        body = slice_view(body, 1)
    body = _edit(body, lambda s: re.sub(r"\]\s*" + _FULL_STOP + r"?\s*$", "", s))
    body = strip(_edit(body, lambda s: s.replace("]", "")))
    shown = body.view
    sides = []
    for side, heads in v.sides.items():
        for h in sorted(heads, key=len, reverse=True):
            pos = shown.find(h)
            if pos >= 0:
                sides.append((pos, side, h))
                break
    sides.sort()
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
    out = {}
    for side in _SIDES:
        names = lists.get(side, [])
        count = stated.get(side, len(names))
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
        out[side] = VoteSide(count, tuple(names))
    return VoteDraft("recorded", text or None, out["in_favour"], out["against"], out["abstaining"])


_MAX_COUNT: int = resolution_schema()["$defs"]["vote_side"]["properties"]["count"]["maximum"]


def _vote_without_lists(doc: Doc, body: Marked, line: int | None) -> VoteDraft:
    v = doc.lang.vote_words
    if counted := counted_vote(doc.lang, body):
        doc.fired("counted-vote", line or 0)
        return counted
    kind = "without_vote"
    said = key(body.view)
    if any(key(p) in said for p in v.consensus):
        kind = "consensus"
    elif any(key(p) in said for p in v.without + v.recorded):
        pass
    elif any(key(p) in said for p in v.uncounted):
        kind = "unknown"  # how it was adopted, without counts: "Adopted unanimously at the 891st meeting."
    else:
        doc.warn("text-vote-unknown", f"vote statement not understood: {body.text[:60]!r}", line)
        kind = "unknown"
    return VoteDraft(kind, body or None)


def counted_vote(lang: Lang, body: Marked) -> VoteDraft | None:
    """counted-vote: a vote stated by its counts only, without member lists ("by 10 votes to none,
    with 1 abstention"), as in older Security Council texts."""
    v = lang.vote_words
    m = v.counts.search(body.view)
    if m is None:
        return None
    counts = {k: int(x) if x.isdigit() else v.number_words[x] for k, x in m.groupdict().items() if x is not None}
    sides = [VoteSide(counts.get(k, 0), ()) for k in _SIDES]
    return VoteDraft("recorded", body, *sides)


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
)
