"""`unres validate --align`: what the language versions of a resolution must share, compared so that
every flag is a real difference (issue 21: ties, labels by position, members by ISO code, votes)."""

from __future__ import annotations

from dataclasses import replace

import unres
from unres.align import align, summary
from unres.model import Member, Resolution, SubParagraph, VoteSide

from conftest import SAMPLES

BASE = unres.from_json((SAMPLES / "valid" / "en-ga-recorded.json").read_bytes())
LANGS = ("en", "fr", "es", "ru", "zh", "ar")


def version(lang: str, res: Resolution = BASE, symbol: str | None = None) -> Resolution:
    md = replace(res.metadata, language=lang, symbol=symbol or res.metadata.symbol)
    return replace(res, metadata=md)


def flags(versions: dict[str, Resolution]) -> list[tuple[str, str | None, str]]:
    return [(p.code, p.file, p.message) for p in align({name: summary(r) for name, r in versions.items()})]


def fewer_operative(res: Resolution) -> Resolution:
    return replace(res, operative=res.operative[:-1])


def test_six_versions_that_agree_have_no_flag():
    assert flags({lang: version(lang) for lang in LANGS}) == []


def test_the_version_that_differs_from_a_strict_majority_is_flagged_saying_found_and_expected():
    versions = {lang: version(lang) for lang in LANGS}
    versions["fr"] = version("fr", fewer_operative(BASE))
    (found,) = flags(versions)
    n = len(BASE.operative)
    assert found[:2] == ("align-mismatch", "fr")
    assert f"operative paragraphs {n - 1}, numbered 1–{n - 1} where 5 of 6 versions have {n}, numbered 1–{n}" \
        in found[2]


def test_three_against_three_is_no_majority_reported_once():
    versions = {lang: version(lang, fewer_operative(BASE) if lang in ("ru", "zh", "ar") else BASE) for lang in LANGS}
    found = flags(versions)
    assert [(code, file) for code, file, _ in found] == [("align-no-majority", "en")]
    assert "en, fr, es have" in found[0][2] and "ru, zh, ar have" in found[0][2]


def _with_labels(res: Resolution, labels: list[str]) -> Resolution:
    first = res.operative[0]
    subs = tuple(SubParagraph(label, f"item {i}") for i, label in enumerate(labels))
    return replace(res, operative=(replace(first, subparagraphs=subs), *res.operative[1:]))


def test_labels_are_compared_by_position_whatever_the_script():
    # (a), (b) in English; (أ), (ب) in Arabic; ㈠, ㈡ in Chinese; bullets of either dash: the same
    # list of two items. A list of three is a difference.
    versions = {"en": version("en", _with_labels(BASE, ["(a)", "(b)"])),
                "ar": version("ar", _with_labels(BASE, ["(أ)", "(ب)"])),
                "zh": version("zh", _with_labels(BASE, ["㈠", "㈡"])),
                "ru": version("ru", _with_labels(BASE, ["а)", "b)"])),  # a Cyrillic look-alike typed
                "fr": version("fr", _with_labels(BASE, ["-", "-"])),
                "es": version("es", _with_labels(BASE, ["–", "(b)", "(c)"]))}
    found = flags(versions)
    assert [(code, file) for code, file, _ in found] == [("align-mismatch", "es")]
    assert "paragraph 1: 3 sub-paragraphs where 5 of 6 versions have 2" in found[0][2]


def _vote(res: Resolution, members: list[tuple[str, str | None]], count: int | None = None) -> Resolution:
    side = VoteSide(count if count is not None else len(members), tuple(Member(n, iso) for n, iso in members))
    return replace(res, vote=replace(res.vote, type="recorded", in_favour=side))


def test_members_are_compared_by_iso_code_and_a_misspelt_name_is_not_another_country():
    right = [("Türkiye", "TUR"), ("Chile", "CHL")]
    versions = {lang: version(lang, _vote(BASE, right)) for lang in LANGS}
    # The UN's typo in five versions (TÜRKÝYE resolves to no code): the one right version is not
    # flagged, nor are the five.
    for lang in ("fr", "es", "ru", "zh", "ar"):
        versions[lang] = version(lang, _vote(BASE, [("TÜRKÝYE", None), ("Chile", "CHL")]))
    assert flags(versions) == []
    # Another country is a difference, named by its code (against versions that name theirs).
    versions = {lang: version(lang, _vote(BASE, right)) for lang in LANGS}
    versions["en"] = version("en", _vote(BASE, [("Tunisia", "TUN"), ("Chile", "CHL")]))
    found = flags(versions)
    assert [(code, file) for code, file, _ in found] == [("align-mismatch", "en")]
    assert "TUN" in found[0][2]


def test_vote_counts_are_compared_for_every_body():
    sc = replace(BASE, metadata=replace(BASE.metadata, body="SC", symbol="S/RES/2719 (2023)"))
    versions = {lang: version(lang, _vote(sc, [], count=13)) for lang in LANGS}
    versions["ru"] = version("ru", _vote(sc, [], count=12))
    found = flags(versions)
    assert [(code, file) for code, file, _ in found] == [("align-mismatch", "ru")]
    assert "in favour: 12 where 5 of 6 versions have 13" in found[0][2]


def test_a_symbol_spelt_with_or_without_a_space_is_one_resolution():
    versions = {"en": version("en", symbol="S/RES/2619 (2022)"), "fr": version("fr", symbol="S/RES/2619(2022)"),
                "es": version("es", fewer_operative(BASE), symbol="S/RES/2619 (2022)")}
    assert [(code, file) for code, file, _ in flags(versions)] == [("align-mismatch", "es")]
