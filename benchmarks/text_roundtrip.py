"""Real models through plain text (issue 20): every UN AKN file of ../shared/corpus/unxml read into
a model, written as plain text (`render_text`) and read back (`parse_text`); the two models are
compared field by field, all fields but those plain text cannot carry (SPEC.md, "Plain text round
trip", names them and why):

    python benchmarks/text_roundtrip.py                 # every file
    UNRES_BENCH_QUICK=1 python benchmarks/text_roundtrip.py   # one file in 25
    python benchmarks/text_roundtrip.py --list          # and every file not read back exact, with its fields

Prints, per body and language, the files and those read back exact; then the fields that differ
(array indices folded to `*`) with how many files and an example each, and the agreement of the
opening phrases (which plain text, without italics, can only guess). Figures are in
benchmarks/README.md.
"""

from __future__ import annotations

import collections
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _common import QUICK, SHARED  # noqa: E402
from corpus_sets import akn_files, body_of, language_of, set_of  # noqa: E402

# Fields plain text has no place for: the AKN's metadata that the printed resolution does not show
# (keywords, workflow sponsors, the draft's and the meeting record's symbols), hyperlinks, and the
# statement the text writer gives a vote the model holds without its sentence.
NOT_IN_PLAIN_TEXT = {"/metadata/subjects", "/metadata/sponsors", "/metadata/additional_sponsors",
                     "/metadata/draft_symbol", "/metadata/meeting_record"}
_LINKS = re.compile(r"/links$")
# Values the symbol grammar derives from the printed symbol, which the text reader gives and the
# UN-AKN reader leaves null: a null in the original is "not stated", not a difference. (The session's
# number too, of a body whose resolution numbers start with it — "54/18" — where the file gives the
# session by its dates alone.)
DERIVED = {"/metadata/normalized_symbol", "/metadata/session/type", "/metadata/session/number"}
# Plain text has no italics: the opening phrases are guessed from the language's table, and their
# agreement is measured apart.
_OPENING = re.compile(r"/opening$")
# Spaces beside a Chinese character (or CJK punctuation), which the UN's files leave where a line
# was wrapped or between runs of a layout, the text reader removes in a Chinese text (as the
# script's table says: `unspaced`); and the text reader composes characters (NFC) and folds
# presentation forms to their letters: canonically equivalent texts compare equal.
_NO_GAP = re.compile("(?!)")


def _gap(code: str) -> re.Pattern[str]:
    """The spaces the text reader removes from a text of this language."""
    from unres.langs import lang

    unspaced = lang(code).script.unspaced
    return re.compile(f"(?<=[{unspaced}])\\s+|\\s+(?=[{unspaced}])") if unspaced and not lang(code).join else _NO_GAP


def _folded(text: str) -> str:
    """The text with the Arabic presentation forms and Latin ligatures folded to the letters they
    stand for (NFKC of those characters), as the text reader reads them (SPEC "Characters"); the
    UN-AKN reader keeps a ligature of two letters ("ﻷ", "ﰲ") as written."""
    from unres.text.decode import PRESENTATION_FORMS

    return PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _normal(value: Any, gap: re.Pattern[str] = _NO_GAP) -> Any:
    if isinstance(value, str):
        return gap.sub("", unicodedata.normalize("NFC", _folded(value)))
    return value


def differences(a: Any, b: Any, path: str = "", gap: re.Pattern[str] = _NO_GAP) -> list[tuple[str, Any, Any]]:
    """The places two JSON values differ: (path, a's, b's); a list of another length is one place."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b)) for d in differences(a.get(k), b.get(k), f"{path}/{k}", gap)]
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [(path + "#", len(a), len(b))]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True))
                for d in differences(x, y, f"{path}/{i}", gap)]
    return [] if _normal(a, gap) == _normal(b, gap) else [(path, a, b)]


def _normal_offset(text: str, offset: int, gap: re.Pattern[str]) -> int:
    """Where an offset into a text falls in its normal form (_normal): a footnote reference after a
    Chinese line-join space stands where it stood, one character earlier."""
    composed = unicodedata.normalize("NFC", _folded(text))
    at = len(unicodedata.normalize("NFC", _folded(text[:offset])))
    return at - sum(min(m.end(), at) - m.start() for m in gap.finditer(composed, 0, at + 1) if m.start() < at)


def _normal_refs(obj: Any, gap: re.Pattern[str]) -> Any:
    """A copy of a JSON value whose footnote references' offsets are those of their text's normal form."""
    if isinstance(obj, list):
        return [_normal_refs(v, gap) for v in obj]
    if not isinstance(obj, dict):
        return obj
    out = {k: _normal_refs(v, gap) for k, v in obj.items()}
    if isinstance(obj.get("text"), str) and obj.get("footnote_refs"):
        out["footnote_refs"] = [{**r, "offset": _normal_offset(obj["text"], r["offset"], gap)}
                                for r in obj["footnote_refs"]]
    return out


def compare(original: dict, back: dict) -> tuple[list[tuple[str, Any, Any]], int, int]:
    """The differences but the named exceptions; the openings compared and those that agree."""
    if original["vote"].get("text") is None:
        back["vote"]["text"], back["vote"]["footnote_refs"] = None, []  # the writer's statement
    found, openings, agree = [], 0, 0
    gap = _gap(original["metadata"]["language"])
    for path, x, y in differences(_normal_refs(original, gap), _normal_refs(back, gap), gap=gap):
        folded = re.sub(r"/\d+", "/*", path).rstrip("#")
        if folded in NOT_IN_PLAIN_TEXT or _LINKS.search(folded):
            continue
        if _OPENING.search(folded):
            continue
        if folded in DERIVED and x is None:
            continue  # the text reader derives it from the symbol; the AKN reader does not yet
        found.append((folded, x, y))
    for path, x in _leaves(original):  # every opening of the original
        if _OPENING.search(path) and x is not None:
            openings += 1
            agree += _at(back, path) == x
    return found, openings, agree


def _leaves(obj: Any, path: str = "") -> list[tuple[str, Any]]:
    if isinstance(obj, dict):
        return [leaf for k, v in obj.items() for leaf in _leaves(v, f"{path}/{k}")]
    if isinstance(obj, list):
        return [leaf for i, v in enumerate(obj) for leaf in _leaves(v, f"{path}/{i}")]
    return [(path, obj)]


def _at(obj: Any, path: str) -> Any:
    for part in path.strip("/").split("/"):
        try:
            obj = obj[int(part)] if isinstance(obj, list) else obj.get(part)
        except (IndexError, AttributeError, ValueError):
            return None
    return obj


def main() -> None:
    from unres.akn.reader import from_akn
    from unres.api import parse_text, render_text
    from unres.model import to_dict
    from unres.problems import UnresError

    unxml = SHARED / "corpus" / "unxml"
    files = [f for f in akn_files(unxml) if language_of(f)]
    if QUICK:
        files = files[::25]
    rows: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    fields: collections.Counter[str] = collections.Counter()
    example: dict[str, str] = {}
    openings = agree = unreadable = 0
    failures: list[str] = []
    for f in files:
        try:
            res, _ = from_akn(f.read_bytes(), str(f))
        except UnresError:
            unreadable += 1
            continue
        lang = res.metadata.language
        row = rows[(body_of(set_of(f, unxml)), lang)]
        row[0] += 1
        original = to_dict(res)
        try:
            back = to_dict(parse_text(render_text(res), lang))
        except UnresError as e:
            found, n, a = [("(not read back: " + e.problems[0].code + ")", None, None)], 0, 0
        else:
            found, n, a = compare(original, back)
        openings, agree = openings + n, agree + a
        row[1] += not found
        if found:
            failures.append(f"  {f.relative_to(unxml)}: {', '.join(sorted({k for k, _, _ in found}))}")
        for key in {k for k, _, _ in found}:
            fields[key] += 1
            x, y = next((x, y) for k, x, y in found if k == key)
            example.setdefault(key, f"{f.name}: {str(x)[:70]!r} → {str(y)[:70]!r}")
    total = sum(r[0] for r in rows.values())
    exact = sum(r[1] for r in rows.values())
    print(f"text round trip of real models: {exact}/{total} exact ({100 * exact / max(total, 1):.1f} %), "
          f"{unreadable} AKN files not read{' (quick: 1 file in 25)' if QUICK else ''}")
    for (body, lang), (n, ok) in sorted(rows.items()):
        print(f"  {body:8} {lang}  {ok:5}/{n:5}  {100 * ok / n:5.1f} %")
    print(f"openings agreeing: {agree}/{openings} ({100 * agree / max(openings, 1):.1f} %)")
    print("fields that differ (files):")
    for key, n in fields.most_common(30):
        print(f"  {n:5}  {key}   e.g. {example[key]}")
    if "--list" in sys.argv[1:]:
        print(f"files not read back exact ({len(failures)}):")
        print("\n".join(failures))


if __name__ == "__main__":
    main()
