"""How often the reader's guesses at a preambular boundary are right (issue 22): every development file laid
out by each generator (with the draws named, as benchmarks/generalisation.py --draws), read, and each
text-boundary-guessed warning compared with the UN's preamble — does the UN's paragraph start at that line
(a split) or go on over it (a join)? — per generator, language and shape (guessed.py's kinds).

    python benchmarks/guess_audit.py --draws s26 [--lang ru] [--generator pdf] [--list]

Only the development sets are laid out (tests/corpus_sets.py): held-out readings are counted by
compare_readings, never looked at here. A guess whose line cannot be found in the UN's text is "unknown".
"""

from __future__ import annotations

import argparse
import collections
import re
import sys

from _common import ROOT, SHARED

sys.path.insert(0, str(ROOT / "tests"))

from unres.problems import UnresError  # noqa: E402
from unres.text.parse import parse_text  # noqa: E402

import pages  # noqa: E402
from akndoc import read_akn  # noqa: E402
from corpus_sets import DEVELOPMENT, akn_files, language_of, set_of  # noqa: E402
from generalisation import GENERATORS  # noqa: E402
from undecidable import _squeezed  # noqa: E402

_KIND = re.compile(r"^line \d+ '.*?' (opens with a paragraph's head after a clause's comma|opens with an adverb|"
                   r"opens with a number and a word|opens in lower case|is a block after|opens like no paragraph)")
_SHAPES = {"opens with a paragraph's head after a clause's comma": "comma-head", "opens with an adverb": "adverb-head",
           "opens with a number and a word": "list-cut", "opens in lower case": "lifted-cut",
           "is a block after": "block-join", "opens like no paragraph": "page-cut"}
# How many characters (squeezed) on either side of the boundary are compared with the UN's text.
_SIDE = 24


def truth(lang: str, folds: tuple[str, ...], paras: list[str], before: str, line: str) -> str:
    """"split" (a UN paragraph ends with `before` and the next opens with `line`), "join" (`before` and `line`
    run on inside one UN paragraph), or "unknown"."""
    tail, head = _squeezed(lang, folds, before)[-_SIDE:], _squeezed(lang, folds, line)[:_SIDE]
    if not tail or not head:
        return "unknown"
    squeezed = [_squeezed(lang, folds, p) for p in paras]
    if any(tail + head in p for p in squeezed):
        return "join"
    if any(a.endswith(tail) and b.startswith(head) for a, b in zip(squeezed, squeezed[1:], strict=False)):
        return "split"
    return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--draws", default="")
    parser.add_argument("--lang", action="append")
    parser.add_argument("--generator", action="append", choices=sorted(GENERATORS))
    parser.add_argument("--list", action="store_true", help="every wrong guess, with its lines")
    args = parser.parse_args()
    pages.use_draws(args.draws)
    unxml = SHARED / "corpus" / "unxml"
    tally: dict[tuple, collections.Counter] = collections.defaultdict(collections.Counter)
    for f in akn_files(unxml):
        code = language_of(f)
        if code is None or (args.lang and code not in args.lang) or set_of(f, unxml) not in DEVELOPMENT:
            continue
        try:
            doc, exp = read_akn(f.read_bytes())
        except Exception:
            continue
        if doc.lang != code:
            continue
        for g in args.generator or sorted(GENERATORS):
            laid = GENERATORS[g](doc, f.name)
            try:
                warnings = parse_text(laid.text, None).warnings
            except UnresError:
                continue
            lines = laid.text.split("\n")
            for w in warnings:
                m = _KIND.match(w.message) if w.code == "text-boundary-guessed" else None
                if m is None or not w.line:
                    continue
                n = w.line
                split = "read as a new paragraph" in w.message
                # the line before: the nearest one above with text (a page's furniture and notes may stand between)
                before = next((s for s in reversed(lines[:n - 1]) if s.strip()), "")
                t = truth(code, laid.folds, exp.preamble, before, lines[n - 1])
                taken = "split" if split else "join"
                outcome = "unknown" if t == "unknown" else "right" if t == taken else "wrong"
                tally[(g, code, _SHAPES[m.group(1)], taken)][outcome] += 1
                if args.list and outcome == "wrong":
                    print(f"WRONG {g} {code} {_SHAPES[m.group(1)]} took {taken}: {f.relative_to(unxml)}\n"
                          f"    {before.strip()[-60:]!r}\n    {lines[n - 1].strip()[:60]!r}", flush=True)
    print(f"# guesses of the reader, development sets, draws {args.draws!r}: right / wrong / unknown")
    for key in sorted(tally):
        c = tally[key]
        print(f"  {' '.join(key):32} right {c['right']:4}  wrong {c['wrong']:4}  unknown {c['unknown']:3}")


if __name__ == "__main__":
    main()
