"""The mistakes a new user makes, caught: the output's suffix, missing or empty inputs, wrong API
arguments, warnings that must not be dropped (issue 21, "smaller traps")."""

from __future__ import annotations

import json

import pytest

import unres
from unres.cli import main
from unres.problems import UnresError

from conftest import SAMPLES

RECORDED = SAMPLES / "valid" / "en-ga-recorded.json"
SEED_TXT = SAMPLES / "A-HRC-RES-35-8.zh.txt"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("name", "starts"), [("res.xml", b"<?xml"), ("res.akn.xml", b"<?xml"),
                                              ("res.html", b"<!DOCTYPE html"), ("res.json", b"{")])
def test_the_output_suffix_names_the_format_when_to_is_not_given(tmp_path, capsys, name, starts):
    out = tmp_path / name
    code, _, _ = run(capsys, "convert", RECORDED, "-o", out)
    assert code == 0 and out.read_bytes().lstrip().startswith(starts)


def test_a_to_that_contradicts_the_suffix_is_refused(tmp_path, capsys):
    out = tmp_path / "res.xml"
    code, _, err = run(capsys, "convert", RECORDED, "--to", "json", "-o", out)
    assert code == 2 and "[usage-output-suffix]" in err and not out.exists()
    # A suffix that names no format is the user's choice: --to decides.
    out = tmp_path / "res.out"
    assert run(capsys, "convert", RECORDED, "--to", "akn", "-o", out)[0] == 0
    assert out.read_bytes().startswith(b"<?xml")


@pytest.mark.parametrize("command", ["convert", "validate"])
def test_a_missing_input_exits_2(tmp_path, capsys, command):
    code, out, err = run(capsys, command, tmp_path / "nope.txt")
    assert code == 2 and "[io-missing]" in out + err


@pytest.mark.parametrize("command", ["convert", "validate"])
def test_a_folder_with_nothing_unres_reads_says_nothing_was_checked(tmp_path, capsys, command):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.png").write_bytes(b"\x89PNG")
    code, out, err = run(capsys, command, tmp_path / "in", "-o", tmp_path / "out") if command == "convert" \
        else run(capsys, command, tmp_path / "in")
    assert code == 2 and "[io-empty-folder]" in out + err and "[io-no-input]" in out + err
    # One empty folder beside a real input: a warning, the input is checked.
    code, out, err = run(capsys, "validate", tmp_path / "in", RECORDED)
    assert code == 0 and "warning [io-empty-folder]" in out and "1 passed" in err


@pytest.mark.parametrize(("call", "argument"), [
    (lambda: unres.parse_text(3), "text must be str or bytes"),
    (lambda: unres.parse_text("x", lang="de"), "lang must be one of"),
    (lambda: unres.parse_text("x", warnings=()), "warnings must be a list"),
    (lambda: unres.to_akn({}), "res must be Resolution"),
    (lambda: unres.render_html(None), "res must be Resolution"),
    (lambda: unres.validate("x"), "obj must be Resolution or dict"),
    (lambda: unres.from_akn(None), "data must be bytes or str"),
    (lambda: unres.convert(b"{}", to=3), "to must be str"),
])
def test_bad_api_arguments_raise_unres_error(call, argument):
    with pytest.raises(UnresError) as info:
        call()
    assert [p.code for p in info.value.problems] == ["usage-argument"]
    assert argument in info.value.problems[0].message


def test_an_unknown_output_format_is_refused_by_the_api():
    with pytest.raises(UnresError) as info:
        unres.convert(RECORDED.read_bytes(), to="pdf", name="x.json")
    assert [p.code for p in info.value.problems] == ["usage-format-unknown"]


def test_parse_text_gives_its_warnings_to_the_caller():
    # A control character in the text: the reader removes it and says so.
    text = SEED_TXT.read_text(encoding="utf-8").replace("决定", "决\u200b定", 1)
    found: list = []
    res = unres.parse_text(text, warnings=found)
    assert res.metadata.language == "zh"
    assert "text-control-characters" in [p.code for p in found]
    # Without a list the model alone is returned, as before.
    assert unres.parse_text(text) == res


def test_api_convert_writes_a_source_error_and_strict_refuses_it():
    data = (SAMPLES / "invalid" / "vote-count.json").read_bytes()
    found: list = []
    out = unres.convert(data, "json", name="x.json", warnings=found)
    assert json.loads(out)["vote"]["in_favour"]["count"] != len(json.loads(out)["vote"]["in_favour"]["members"])
    assert [p.code for p in found] == ["vote-count-mismatch"]
    with pytest.raises(UnresError) as info:
        unres.convert(data, "json", name="x.json", strict=True)
    assert [p.code for p in info.value.problems] == ["vote-count-mismatch"]


def test_the_un_distribution_line_is_read_as_its_value(tmp_path, capsys):
    # The UN's docStatus holds the printed line with its label ("Distr.: General"); the model keeps
    # "General", as the text reader does, and the text output prints the label once.
    own = tmp_path / "own.akn.xml"
    assert main(["convert", str(RECORDED), "-o", str(own)]) == 0
    xml = own.read_text(encoding="utf-8").replace('source="#unres"', 'source="#DGACM"')
    assert '<docStatus refersTo="#un">General</docStatus>' in xml
    xml = xml.replace('<docStatus refersTo="#un">General</docStatus>', "<docStatus>Distr.: General</docStatus>")
    res = unres.from_akn(xml)
    assert res.metadata.distribution == "General"
    assert "Distr.: General" in unres.render_text(res) and "Distr.: Distr." not in unres.render_text(res)



def test_a_reader_that_closes_the_pipe_gets_no_traceback(tmp_path):
    # `unres validate data/ | head`: the first line read, the pipe closed, and unres printed a
    # BrokenPipeError traceback. Each file's problem is a line: the later ones meet the closed pipe.
    import os
    import subprocess
    import sys

    data = json.loads(RECORDED.read_text(encoding="utf-8"))
    lead = data["operative"][0]
    data["operative"] = [dict(lead, number=str(i)) for i in (1, 2, 4)]  # one problem a file
    for i in range(400):
        (tmp_path / f"r{i}.json").write_text(json.dumps(data), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "unres.cli", "validate", str(tmp_path), "--format", "json",
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline().startswith(b'{"file": ')  # what `head -1` reads
    proc.stdout.close()
    err = proc.stderr.read()
    assert b"Traceback" not in err and b"BrokenPipeError" not in err, err.decode("utf-8", "replace")[-2000:]
    assert proc.wait(timeout=120) == 141  # as a process that SIGPIPE ended
