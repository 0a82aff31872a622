"""How often a known paragraph head after a clause's comma opens a preambular paragraph, and how often it
lies inside one, in the UN's AKN of the development sets (issue 22: the prior of the comma-head guess).

For each language: (a) every preambular paragraph after the first that opens with a known head (the
language table's first_words / opening phrases, as the reader tells a head: openings.starts_with_head),
the previous paragraph ending with its comma or semicolon; (b) every place inside a preambular paragraph
where a known head follows a comma or semicolon (the text after ", " / "; " / "，" / "；"). Per head (the
opening phrase the table knows, else the first word) where it occurs ten times or more in all, with the
share of (b): a head that inside the UN's paragraphs follows a comma about as often as it opens one tells
nothing; the reader's guess is worth as much as that share is far from one half.

    python benchmarks/comma_heads.py [--lang ru] [--min 10]

Only the development sets are read (tests/corpus_sets.py): a table derived from them can be checked on
the held-out sets' figures, never looked at. --table prints the heads a table of "inner heads" would hold
(inside at least INSIDE_RATIO times as often as opening): round 37 tried reading on at them
(inner-head-continues) and dropped it: on laid-out text it fixed about as many readings as it broke, and lost
two held-out ones (/work/notes/readme37_prior-37.md).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys

from _common import ROOT, SHARED

sys.path.insert(0, str(ROOT / "tests"))

from unres.langs import lang as load_lang  # noqa: E402
from unres.langs import punctuation  # noqa: E402
from unres.text.openings import head_phrase  # noqa: E402

from akndoc import read_akn  # noqa: E402
from corpus_sets import DEVELOPMENT, akn_files, language_of, set_of  # noqa: E402

_CLAUSE = "".join(sorted(set(punctuation("comma", "semicolon"))))
_AFTER = re.compile(f"[{re.escape(_CLAUSE)}]\\s*")
_PLACEHOLDER = re.compile(r"\x00\d+\x00")
# --table: a head is listed when it follows a comma inside the UN's paragraphs at
# least INSIDE_RATIO times as often as it opens one. Where the reader meets such a head at a line's start after a
# full line and a comma (comma-head), the two readings are about as likely per occurrence — a paragraph's last line
# run to the width, or a wrap right before the head, each about one word's share of the width — so the counts decide;
# twice, not once, so that a head whose counts lie near even is left to the split (a swing of chance in a few
# dozen). And only a head met MIN_SEEN times or more in all: fewer tell nothing.
INSIDE_RATIO = 2
MIN_SEEN = 10


def count(langs: list[str]) -> dict[str, dict[str, list[int]]]:
    """language → head → [opens a paragraph, inside one after a comma]."""
    unxml = SHARED / "corpus" / "unxml"
    out: dict[str, dict[str, list[int]]] = {code: collections.defaultdict(lambda: [0, 0]) for code in langs}
    for f in akn_files(unxml):
        code = language_of(f)
        if code not in langs or set_of(f, unxml) not in DEVELOPMENT:
            continue
        try:
            doc, exp = read_akn(f.read_bytes())
        except Exception:  # (a file the test's reader cannot read; a collection)
            continue
        if doc.lang != code:
            continue
        lg = load_lang(code)
        for k, para in enumerate(exp.preamble):
            para = " ".join(_PLACEHOLDER.sub("", para).split())
            head = head_phrase(lg, para) if k > 0 else None
            if head is not None:
                out[code][head][0] += 1
            for m in _AFTER.finditer(para):
                head = head_phrase(lg, para[m.end():])
                if head is not None:
                    out[code][head][1] += 1
    return out


def inner_heads(code: str, heads: dict[str, list[int]]) -> list[str]:
    """The heads --table lists: inside at least INSIDE_RATIO times as often as opening, MIN_SEEN times in
    all; not one after a clause prefix of the table ("并回顾": clause-prefix-continues joins it already)."""
    prefixes = load_lang(code).openings.clause_prefixes
    return sorted(h for h, (a, b) in heads.items()
                  if a + b >= MIN_SEEN and b >= INSIDE_RATIO * a and not (prefixes and h.startswith(prefixes)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", help="a language (default: the six)")
    parser.add_argument("--min", type=int, default=10, help="list a head met this often or more")
    parser.add_argument("--table", action="store_true", help="print each language's heads inside at least "
                        "INSIDE_RATIO times as often as opening")
    args = parser.parse_args()
    langs = args.lang or ["ar", "en", "es", "fr", "ru", "zh"]
    counted = count(langs)
    if args.table:
        for code, heads in counted.items():
            print(f"{code}: {json.dumps(inner_heads(code, heads), ensure_ascii=False)}")
        return
    for code, heads in counted.items():
        opens = sum(a for a, _ in heads.values())
        inside = sum(b for _, b in heads.values())
        print(f"{code}: a known head after a clause's comma opens a preambular paragraph {opens} times, "
              f"lies inside one {inside} times ({inside / max(1, opens + inside):.1%} inside)")
        for head, (a, b) in sorted(heads.items(), key=lambda kv: -(kv[1][1] / (sum(kv[1]) or 1))):
            if a + b >= args.min and b:
                print(f"  {head:40} opens {a:5}  inside {b:5}  ({b / (a + b):.0%} inside)")


if __name__ == "__main__":
    main()
