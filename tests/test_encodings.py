"""Text in the legacy encodings of the six languages is read as what it says, or refused; a
--lang whose script the text is not written in is refused (issues 21 and 18 L4)."""

from __future__ import annotations

import pytest

import unres
from unres.cli import main
from unres.problems import UnresError

from conftest import SAMPLES

SEED = (SAMPLES / "A-HRC-RES-35-8.zh.txt").read_text(encoding="utf-8")


def _text(sample: str) -> str:
    return unres.render_text(unres.from_json((SAMPLES / "valid" / sample).read_bytes()))


def _legacy(sample: str) -> str:
    """A sample's text as a legacy file holds it: the marks plain digits, as text extracted from a
    PDF gives them (the writer raises them, and most of these encodings have no raised digits)."""
    return _text(sample).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789"))


@pytest.mark.parametrize(("sample", "encoding", "name"), [
    (None, "gb18030", "GB18030"),
    ("ru-ecosoc-consensus.json", "cp1251", "Windows-1251"),
    ("ru-ecosoc-consensus.json", "koi8_r", "KOI8-R"),
    ("ar-ga-footnotes.json", "cp1256", "Windows-1256"),
    ("ar-ga-footnotes.json", "iso8859_6", "ISO-8859-6"),
    ("fr-hrc-without-vote.json", "cp1252", "Windows-1252"),
])
def test_a_legacy_encoding_is_read_as_the_same_text(sample, encoding, name):
    text = SEED if sample is None else _legacy(sample)
    found: list = []
    res = unres.parse_text(text.encode(encoding), warnings=found)
    assert res == unres.parse_text(text)
    assert [p.code for p in found if p.code.startswith("text-enc")] == ["text-encoding"]
    assert f"read as {name}" in next(p.message for p in found if p.code == "text-encoding")


def test_bytes_no_legacy_encoding_reads_are_refused():
    with pytest.raises(UnresError) as info:
        unres.parse_text(bytes(range(128, 256)) * 20)
    assert [p.code for p in info.value.problems] == ["text-encoding-unknown"]
    assert "save it as UTF-8" in info.value.problems[0].message


@pytest.mark.parametrize(("text", "lang", "script"), [
    (SEED, "en", "Chinese characters"),
    (SEED, "ru", "Chinese characters"),
    (_text("ru-ecosoc-consensus.json"), "fr", "Cyrillic script"),
    (_text("en-ga-recorded.json"), "ar", "Latin script"),
])
def test_a_lang_the_script_contradicts_is_refused(text, lang, script):
    with pytest.raises(UnresError) as info:
        unres.parse_text(text, lang)
    assert [p.code for p in info.value.problems] == ["text-language-mismatch"]
    assert f"--lang {lang}, but the text is written in {script}" in info.value.problems[0].message


def test_a_lang_of_the_same_script_is_the_users_choice():
    # en, es, fr share the Latin script: --lang decides between them (what the words say is the
    # reader's concern), and the text's own language is accepted.
    text = _text("en-ga-recorded.json")
    assert unres.parse_text(text, "en").metadata.language == "en"
    assert unres.parse_text(SEED, "zh").metadata.language == "zh"


def test_the_command_line_refuses_the_wrong_lang_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "x.json"
    code = main(["convert", str(SAMPLES / "A-HRC-RES-35-8.zh.txt"), "--lang", "en", "-o", str(out)])
    assert code == 1 and "[text-language-mismatch]" in capsys.readouterr().err and not out.exists()
