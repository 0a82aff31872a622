"""`unres validate` profiles (unres, un-input, structural), --select/--ignore and [tool.unres]."""

from __future__ import annotations

import json
import re

import pytest

from unres.cli import main
from unres.codes import BY_CODE, PROFILES, UN_INPUT_OMITS, in_profile
from unres.selection import Selection

from conftest import SAMPLES

RECORDED = SAMPLES / "valid" / "en-ga-recorded.json"
VOTE_COUNT = SAMPLES / "invalid" / "vote-count.json"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def un_akn(tmp_path, capsys):
    """unres's AKN of a sample rewritten with two of the UN's conventions: the identification's
    source is not #unres, and refersTo names an eId without the leading "#" (as AKN4UN writes)."""
    own = tmp_path / "own.akn.xml"
    assert main(["convert", str(RECORDED), "--to", "akn", "-o", str(own)]) == 0
    capsys.readouterr()
    text = own.read_text(encoding="utf-8")
    assert 'source="#unres"' in text and 'refersTo="#' in text
    un = tmp_path / "un.xml"
    un.write_text(re.sub(r'refersTo="#', 'refersTo="', text.replace('source="#unres"', 'source="#DGACM"')),
                  encoding="utf-8")
    return un


def test_a_un_file_is_linted_without_unres_conventions(un_akn, capsys):
    code, out, err = run(capsys, "validate", un_akn)
    assert code == 0 and out == "" and "1 passed, 0 failed (profile un-input 1)" in err
    code, out, err = run(capsys, "validate", un_akn, "--profile", "unres")
    assert code == 1 and "[profile-refers-to-hash]" in out and "(profile unres 1)" in err


def test_ignore_and_select_narrow_a_profile(un_akn, capsys):
    code, out, _ = run(capsys, "validate", un_akn, "--profile", "unres", "--ignore", "profile-refers-to-hash")
    assert code == 0 and out == ""
    # A prefix of whole parts of codes: "profile" ignores every profile-… code.
    code, out, _ = run(capsys, "validate", un_akn, "--profile", "unres", "--ignore", "profile")
    assert code == 0 and out == ""
    # --select replaces the profile: only vote codes here.
    code, out, _ = run(capsys, "validate", un_akn, "--profile", "unres", "--select", "vote")
    assert code == 0 and out == ""
    code, out, _ = run(capsys, "validate", VOTE_COUNT, "--select", "vote-count-mismatch")
    assert code == 1 and "[vote-count-mismatch]" in out
    # A longer ignore wins over a shorter select.
    code, out, _ = run(capsys, "validate", VOTE_COUNT, "--select", "vote", "--ignore", "vote-count-mismatch")
    assert code == 0 and out == ""


def test_a_selector_that_matches_no_code_is_a_usage_error(capsys):
    code, out, err = run(capsys, "validate", RECORDED, "--ignore", "vote-count-mismatc")
    assert code == 2 and "[usage-selector]" in err and "'vote-count-mismatc'" in err
    # "vote-count" is a prefix of whole parts; "vote-cou" is not.
    assert run(capsys, "validate", RECORDED, "--ignore", "vote-count")[0] == 0
    assert run(capsys, "validate", RECORDED, "--ignore", "vote-cou")[0] == 2


def test_a_source_error_of_a_json_model_fails_unless_the_profile_is_structural(capsys):
    code, out, _ = run(capsys, "validate", VOTE_COUNT)
    assert code == 1 and "error [vote-count-mismatch]" in out
    code, out, _ = run(capsys, "validate", VOTE_COUNT, "--profile", "structural")
    assert code == 0 and out == ""
    # A structural error is reported by every profile.
    code, out, _ = run(capsys, "validate", SAMPLES / "invalid" / "missing-metadata.json", "--profile",
                       "structural")
    assert code == 1 and "[schema-required]" in out


def test_pyproject_table_configures_and_the_command_line_overrides(tmp_path, monkeypatch, capsys):
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    (project / "data" / "x.json").write_bytes(VOTE_COUNT.read_bytes())
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.unres]\nignore = ["vote-count"]\n',
                                            encoding="utf-8")
    # The nearest pyproject.toml with a [tool.unres] table, from the current folder upwards.
    monkeypatch.chdir(project / "data")
    assert run(capsys, "validate", "x.json")[0] == 0
    # --ignore replaces the table's list; --isolated reads no table.
    code, out, _ = run(capsys, "validate", "x.json", "--ignore", "footnote")
    assert code == 1 and "[vote-count-mismatch]" in out
    assert run(capsys, "validate", "x.json", "--isolated")[0] == 1
    # convert takes the same table: the ignored code is not reported.
    code, _, err = run(capsys, "convert", "x.json", "-o", tmp_path / "out.json")
    assert code == 0 and "vote-count-mismatch" not in err


@pytest.mark.parametrize(("table", "what"), [
    ('[tool.unres]\nignores = ["vote"]\n', "unknown key 'ignores'"),
    ('[tool.unres]\nprofile = "lenient"\n', "profile 'lenient'"),
    ('[tool.unres]\nselect = "vote"\n', "select is a list"),
    ('[tool.unres]\nselect = ["no-such-code"]\n', "'no-such-code' is no code"),
    ("[tool.unres\n", "not TOML"),
])
def test_a_bad_table_is_a_usage_error_naming_the_file(tmp_path, monkeypatch, capsys, table, what):
    (tmp_path / "pyproject.toml").write_text(table, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "validate", RECORDED)
    assert code == 2 and what in err and "pyproject.toml" in err


def test_json_format_reports_only_the_selected_codes(capsys):
    code, out, _ = run(capsys, "validate", VOTE_COUNT, SAMPLES / "invalid" / "number-gap.json", "--format", "json",
                       "--ignore", "operative")
    assert code == 1
    assert [json.loads(line)["code"] for line in out.splitlines()] == ["vote-count-mismatch"]


def test_profiles_are_what_the_registry_says():
    assert set(PROFILES) == {"unres", "un-input", "structural"}
    for code, c in BY_CODE.items():
        assert in_profile(code, "unres")
        assert in_profile(code, "un-input") == (code not in UN_INPUT_OMITS)
        if c.stage not in ("files", "usage", "batch", "align"):
            assert in_profile(code, "structural") == (c.kind == "structural"), code
    # Every code un-input leaves out is a registered code of unres's own AKN conventions.
    assert all(BY_CODE[code].stage == "profile" for code in UN_INPUT_OMITS)


def test_selection_weights_as_ruff_does():
    s = Selection(select=("vote",), ignore=("vote-count-mismatch",))
    assert s.selects("vote-member-duplicate", "unres") and not s.selects("vote-count-mismatch", "unres")
    assert not s.selects("footnote-order", "unres")
    s = Selection(ignore=("ALL",), extend_select=("footnote",))
    assert s.selects("footnote-order", "un-input") and not s.selects("vote-count-mismatch", "un-input")


def test_the_readme_documents_a_table_unres_accepts_and_every_profile(tmp_path):
    import re

    from unres.selection import from_config

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "[tool.unres]" in b]
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    selection = from_config(tmp_path / "pyproject.toml")
    assert selection.profile == "un-input" and selection.ignore == ("subparagraph-label-sequence",)
    for profile in PROFILES:
        assert f"| `{profile}` |" in readme
    for option in ("--select", "--extend-select", "--ignore", "--isolated", "--strict", "Exit codes"):
        assert option in readme


def test_profile_messages_say_what_was_found_and_what_is_expected(un_akn, capsys):
    # The rule restated ('refersTo points to an eId with a leading "#"') read as the opposite of
    # the problem; the message names the value found and the one expected.
    code, out, _ = run(capsys, "validate", un_akn, "--profile", "unres", "--select", "profile-refers-to-hash")
    first = out.splitlines()[0]
    assert code == 1 and 'Found refersTo="' in first and 'expected a reference with its "#": refersTo="#' in first
    # A count in unres's AKN that does not match its list: both numbers.
    from unres.akn.xsd import profile_problems
    from unres.safexml import parse_xml

    xml = un_akn.with_name("own.akn.xml").read_bytes()
    bad = re.sub(rb'(<quantity[^>]*normalized=")(\d+)', lambda m: m.group(1) + str(int(m.group(2)) + 1).encode(),
                 xml, count=1)
    messages = [p.message for p in profile_problems(parse_xml(bad)) if p.code == "profile-vote-count"]
    assert len(messages) == 1 and re.fullmatch(r"Found (\d+) stated for the side and (\d+) members listed; "
                                               r"expected the two equal\.", messages[0])
