"""The command line: exit codes, output formats, batches, atomic writes (pre-commit: test_pre_commit.py)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from unres.cli import main

from conftest import SAMPLES, SHARED

SEED_TXT = SAMPLES / "A-HRC-RES-35-8.zh.txt"
SEED_JSON = SAMPLES / "A-HRC-RES-35-8.zh.json"
INVALID = SAMPLES / "invalid"


def run(*args, capsys=None):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr() if capsys else ("", "")
    return code, out, err


def test_version(capsys):
    code, out, _ = run("--version", capsys=capsys)
    assert code == 0 and out.startswith("unres ")


def test_validate_valid_samples_exit_0(capsys):
    code, out, err = run("validate", SAMPLES / "valid", SEED_JSON, SEED_TXT, capsys=capsys)
    assert code == 0
    assert "error" not in out
    assert f"{len(list((SAMPLES / 'valid').glob('*.json'))) + 2} passed, 0 failed" in err


def test_validate_invalid_json_exit_1_with_pointer_and_line(capsys):
    code, out, err = run("validate", INVALID / "vote-count.json", capsys=capsys)
    assert code == 1
    line = out.strip().splitlines()[0]
    assert line.startswith(f"{INVALID / 'vote-count.json'}:")
    assert "/vote/in_favour/count" in line and "[vote-count-mismatch]" in line
    # the line:column is that of the value the pointer names
    loc = line.split(" ")[0].split(":")
    text = (INVALID / "vote-count.json").read_text(encoding="utf-8").splitlines()
    assert text[int(loc[1]) - 1][int(loc[2]) - 1:].startswith("4")


def test_validate_json_format_one_object_per_problem(capsys):
    code, out, _ = run("validate", INVALID, "--format", "json", capsys=capsys)
    assert code == 1
    rows = [json.loads(x) for x in out.splitlines()]
    expected = json.loads((INVALID / "expected.json").read_text(encoding="utf-8"))
    got = {(Path(r["file"]).name, r["code"], r["pointer"]) for r in rows}
    for name, e in expected.items():
        assert (name, e["code"], e["pointer"]) in got
    assert all(set(r) == {"file", "line", "column", "pointer", "severity", "code", "message",
                                          "recorded"} for r in rows)


def test_validate_github_annotations(capsys):
    code, out, _ = run("validate", INVALID / "bad-language.json", "--format", "github", capsys=capsys)
    assert code == 1
    assert out.startswith("::error file=") and ",line=" in out and "title=unres schema-enum::" in out


def test_validate_bad_file_does_not_stop_the_batch(tmp_path, capsys):
    (tmp_path / "a.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "b.xml").write_bytes(b"<akomaNtoso><unclosed></akomaNtoso>")
    shutil.copy(SEED_JSON, tmp_path / "c.json")
    code, out, err = run("validate", tmp_path, capsys=capsys)
    assert code == 1
    assert "a.json:1:2: error [json-syntax]" in out
    assert "b.xml:1:" in out and "[xml-syntax]" in out
    assert "1 passed, 2 failed" in err


def test_validate_missing_path_is_usage_error(tmp_path, capsys):
    code, out, _ = run("validate", tmp_path / "nope.json", capsys=capsys)
    assert code == 2 and f"{tmp_path / 'nope.json'}: error [io-missing] no such file or folder" in out


def test_validate_unknown_option_is_usage_error(capsys):
    assert run("validate", "--frobnicate", capsys=capsys)[0] == 2


def test_validate_text_reports_parser_warnings(tmp_path, capsys):
    cut = "\n".join(SEED_TXT.read_text(encoding="utf-8").splitlines()[:120])
    (tmp_path / "cut.txt").write_text(cut, encoding="utf-8")
    code, out, _ = run("validate", tmp_path / "cut.txt", capsys=capsys)
    assert "[text-no-closing]" in out


def test_validate_parallel_gives_the_same_result_as_serial(tmp_path, capsys):
    for i in range(45):
        src = INVALID / "vote-count.json" if i % 3 == 0 else SEED_JSON
        shutil.copy(src, tmp_path / f"f{i:02}.json")
    serial = run("validate", tmp_path, "--jobs", "1", "--format", "json", capsys=capsys)
    parallel = run("validate", tmp_path, "--jobs", "2", "--format", "json", capsys=capsys)
    assert serial[0] == parallel[0] == 1
    assert serial[1] == parallel[1]
    assert len(serial[1].splitlines()) == 15


def test_align_finds_the_language_version_that_disagrees(tmp_path, capsys):
    from unres.jsonio import from_json, to_json

    base = from_json(SEED_JSON.read_bytes())
    import dataclasses

    other = dataclasses.replace(base, metadata=dataclasses.replace(base.metadata, language="en"))
    fewer = dataclasses.replace(base, metadata=dataclasses.replace(base.metadata, language="fr"),
                                operative=base.operative[:-1])
    for name, res in (("zh", base), ("en", other), ("fr", fewer)):
        (tmp_path / f"{name}.json").write_text(to_json(res), encoding="utf-8")
    code, out, _ = run("validate", tmp_path, capsys=capsys)
    assert code == 0
    code, out, _ = run("validate", tmp_path, "--align", capsys=capsys)
    assert code == 1
    assert out.count("[align-mismatch]") == 1 and "fr.json" in out
    # What the version has, and what the others have.
    assert "operative paragraphs 24, numbered 1–24 where 2 of 3 versions have 25, numbered 1–25" in out


def test_convert_text_to_json_on_stdout(capsys):
    code, out, _ = run("convert", SEED_TXT, capsys=capsys)
    assert code == 0
    assert json.loads(out) == json.loads(SEED_JSON.read_text(encoding="utf-8"))


def test_convert_from_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED_TXT.read_bytes())))
    code, out, _ = run("convert", "-", "--to", "akn", capsys=capsys)
    assert code == 0 and out.startswith("<?xml")


def test_convert_several_inputs_need_an_output_folder(tmp_path, capsys):
    code, _, err = run("convert", SEED_TXT, SEED_JSON, capsys=capsys)
    assert code == 2 and "-o DIR" in err
    code, _, err = run("convert", SEED_TXT, SAMPLES / "valid", "--to", "akn", "-o", tmp_path, capsys=capsys)
    assert code == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "A-HRC-RES-35-8.zh.akn.xml" in names and "A-RES-79-12.en.akn.xml" in names
    assert not [n for n in names if n.endswith(".tmp")]


def test_convert_failure_writes_nothing_and_exits_1(tmp_path, capsys):
    (tmp_path / "bad.txt").write_text("This is a shopping list.\nMilk\nEggs\n", encoding="utf-8")
    out = tmp_path / "out.json"
    code, _, err = run("convert", tmp_path / "bad.txt", "-o", out, capsys=capsys)
    assert code == 1
    assert "bad.txt:1: error [text-no-formula] no enacting formula found" in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "bad.txt"]


def test_convert_never_overwrites_its_input(tmp_path, capsys):
    src = tmp_path / "seed.json"
    shutil.copy(SEED_JSON, src)
    before = src.read_bytes()
    code, _, err = run("convert", src, "--to", "json", "-o", src, capsys=capsys)
    assert code == 1 and "[io-overwrite]" in err
    assert src.read_bytes() == before


def test_installed_console_script_runs():
    exe = shutil.which("unres")
    if exe is None:
        pytest.skip("the unres console script is not on PATH (package not installed)")
    done = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("unres ")


def test_convert_batch_in_parallel_keeps_names_and_reports(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(10):
        shutil.copy(SEED_JSON, src / f"doc{i}.json")
    (src / "broken.json").write_text("{", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("convert", src, "--to", "html", "-o", out, "--jobs", "2", "--keep-names", capsys=capsys)
    assert code == 1
    assert "unres: 10 converted (0 with errors in the source, 0 with warnings), 1 failed" in err
    assert "broken.json:1:2: error [json-syntax]" in err
    assert sorted(p.name for p in out.iterdir()) == [f"doc{i}.html" for i in range(10)]
    assert oct((out / "doc0.html").stat().st_mode & 0o777) != oct(0o600)


def test_a_source_error_is_reported_and_the_output_written_strict_refuses_it(tmp_path, capsys):
    # The text states 31 votes in favour but lists 32 members: a fact about the source, which the
    # output says as the source does. convert writes it, reports the error and exits 0.
    text = SEED_TXT.read_text(encoding="utf-8").replace("以 32 票对", "以 31 票对")
    src = tmp_path / "seed.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "seed.json"
    code, _, err = run("convert", src, "-o", out, capsys=capsys)
    assert code == 0 and "error [vote-count-mismatch]" in err and "--strict refuses" in err
    assert json.loads(out.read_text(encoding="utf-8"))["vote"]["in_favour"]["count"] == 31
    out.unlink()
    code, _, err = run("convert", src, "-o", out, "--strict", capsys=capsys)
    assert code == 1 and "[vote-count-mismatch]" in err and "[convert-strict]" in err and not out.exists()
    # validate reports the same code with the same severity, in the input and in the output.
    code, val_out, _ = run("validate", src, capsys=capsys)
    assert code == 1 and "error [vote-count-mismatch]" in val_out
    # The output records the source's error (converter/recorded.py): validate reports it with its
    # severity and passes the file convert wrote; --strict fails it.
    run("convert", src, "-o", out, capsys=capsys)
    code, val_out, val_err = run("validate", out, capsys=capsys)
    assert code == 0 and "error [vote-count-mismatch]" in val_out and "recorded in the file" in val_out
    assert "1 passed (1 with their source's errors recorded), 0 failed" in val_err
    code, val_out, _ = run("validate", out, "--strict", capsys=capsys)
    assert code == 1 and "error [vote-count-mismatch]" in val_out
    # ...and the structural profile, what convert guarantees of what it writes, passes it.
    code, val_out, _ = run("validate", out, "--profile", "structural", capsys=capsys)
    assert code == 0 and val_out == ""


def test_an_output_that_would_be_invalid_is_not_written(tmp_path, capsys, monkeypatch):
    # A writer that produced a structurally invalid file (here: AKN the XSD refuses) stops the
    # output, whatever --strict says; --no-validate writes it.
    from unres.akn import writer

    real = writer.to_akn
    monkeypatch.setattr(writer, "to_akn", lambda res: real(res).replace(b"<preface", b"<prefaceX", 1)
                        .replace(b"</preface>", b"</prefaceX>", 1))
    out = tmp_path / "seed.akn.xml"
    code, _, err = run("convert", SEED_JSON, "--to", "akn", "-o", out, "--jobs", "1", capsys=capsys)
    assert code == 1 and "in the akn output" in err and "[akn-xsd]" in err and not out.exists()
    code, _, _ = run("convert", SEED_JSON, "--to", "akn", "-o", out, "--no-validate", capsys=capsys)
    assert code == 0 and out.exists()


@pytest.mark.parametrize("fault, code", [
    ((b'<preface eId="preface">', b'<preface eId="preface">\x01'), "xml-syntax"),  # a character XML 1.0 forbids
    ((b'<preface eId="preface">', b'<preface eId="preface">&nbsp;'), "xml-syntax"),  # an entity no XML declares
    ((b'<preface eId="preface">', b'<preface eId="preface"><x:p/>'), "xml-syntax"),  # a prefix bound to nothing
    ((b"/ns/akn/3.0", b"/ns/akn/3.1"), "akn-xsd"),  # the document in another namespace
])
def test_a_fault_only_the_written_bytes_show_stops_the_output(tmp_path, capsys, monkeypatch, fault, code):
    # convert's checks parse the bytes written (the writer writes text, not a tree): a slip of the
    # serialisation is refused as validate would refuse the file.
    from unres.akn import writer

    real = writer.to_akn
    monkeypatch.setattr(writer, "to_akn", lambda res: real(res).replace(*fault, 1))
    out = tmp_path / "seed.akn.xml"
    status, _, err = run("convert", SEED_JSON, "--to", "akn", "-o", out, "--jobs", "1", capsys=capsys)
    assert status == 1 and f"[{code}]" in err and "in the akn output" in err and not out.exists()
    # (the output's line, said in words: not a line of the input, whose file the problem is reported against)
    assert code != "xml-syntax" or re.search(r"\(line \d+ of the akn output\)", err)


def test_api_validate_is_still_the_function_after_the_command_ran(capsys):
    # The module behind `unres validate` once had the API function's name: importing it replaced
    # `unres.validate` with a module.
    import unres

    run("validate", SEED_JSON, capsys=capsys)
    assert callable(unres.validate) and unres.validate(json.loads(SEED_JSON.read_text(encoding="utf-8"))) == []


def test_api_convert_uses_the_format_registry():
    import unres
    from unres.problems import UnresError

    xml = unres.convert(SEED_TXT.read_bytes(), "akn", name="seed.txt")
    assert xml.startswith(b"<?xml")
    assert json.loads(unres.convert(xml, "json")) == json.loads(SEED_JSON.read_text(encoding="utf-8"))
    with pytest.raises(UnresError) as info:
        unres.convert(xml, "pdf")
    assert info.value.problems[0].code == "usage-format-unknown"


def test_folder_mode_never_overwrites_another_input_of_the_run(tmp_path, capsys):
    # issue 18 M2: scan.txt converts to A-RES-79-12.en.json, the name of a hand-edited input beside it.
    hostile = SHARED / "repros" / "hostile" / "files"
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(hostile / "en-ga-recorded.txt", folder / "scan.txt")
    edited = folder / "A-RES-79-12.en.json"
    edited.write_text((hostile / "en-ga-recorded.json").read_text(encoding="utf-8").replace(
        '"title": "', '"title": "Edited by hand: '), encoding="utf-8")
    before = edited.read_bytes()
    code, _, err = run("convert", folder, "--to", "json", "-o", folder, capsys=capsys)
    assert code == 1
    assert f"{folder / 'scan.txt'}: error [io-overwrite] refusing to overwrite {edited}, an input of this run" in err
    assert edited.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["A-RES-79-12.en.json", "scan.txt"]


def test_github_format_escapes_file_names_and_messages(tmp_path, capsys):
    # issue 18 M3, issue 25: a newline in a file name (or a symbol, in --align messages) started
    # a workflow command of its own.
    name = tmp_path / "x\n::add-mask::secret%,a:b.json"
    name.write_text("{not json", encoding="utf-8")
    code, out, _ = run("validate", name, "--format", "github", capsys=capsys)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("::error file=")
    escaped = str(tmp_path).replace("%", "%25").replace(":", "%3A").replace(",", "%2C")
    assert f"file={escaped}/x%0A%3A%3Aadd-mask%3A%3Asecret%25%2Ca%3Ab.json,line=1,col=2," in lines[0]
    assert ",title=unres json-syntax::[json-syntax] " in lines[0]


def test_github_format_escapes_messages_as_data():
    import contextlib
    import io

    from unres.cli import _emit
    from unres.problems import Problem

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        _emit(Problem("align-mismatch", "A/RES/1\r\n::stop-commands::x 100%", file="a.json"), "github")
    assert buffer.getvalue() == ("::error file=a.json,title=unres align-mismatch::[align-mismatch] "
                                 "A/RES/1%0D%0A::stop-commands::x 100%25\n")


@pytest.mark.parametrize("command", ["validate", "convert"])
def test_messages_are_utf8_whatever_the_locale(tmp_path, command):
    # issue 25: with a cp1252 stdout (Windows, piped) any Arabic, Chinese or Cyrillic message crashed.
    bad = tmp_path / "决议 قرار резолюция.json"
    bad.write_text("{not json", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    done = subprocess.run([sys.executable, "-m", "unres.cli", command, str(bad)], capture_output=True, env=env,
                          check=False)
    stream = done.stdout if command == "validate" else done.stderr
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    assert f"{bad}:1:2: error [json-syntax]".encode() in stream
    assert b"Traceback" not in done.stderr


def test_an_undecodable_file_name_is_printed_escaped(tmp_path):
    # A file name that is not UTF-8 reaches Python with lone surrogates, which UTF-8 cannot encode.
    bad = os.path.join(os.fsencode(tmp_path), b"bad\xff.json")
    with open(bad, "wb") as fh:
        fh.write(b"{not json")
    done = subprocess.run([sys.executable, "-m", "unres.cli", "validate", os.fsencode(tmp_path)],
                          capture_output=True, check=False)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert b"bad\\udcff.json:1:2: error [json-syntax]" in done.stdout


# -- issue 18 M4: one file whose reader raises, or one dead worker, does not end a batch -------------

def _sabotage_json_reader(monkeypatch):
    """The JSON loads (load_json, and load_data, the JSON reader's since it tells the scalars from
    the text) raise on a file holding BOOM and kill their process on one holding KILL (workers
    inherit the patch when they are forked)."""
    import importlib
    import signal

    import unres.jsonio as jsonio

    def sabotaged(original):
        def load(data, *args, **kwargs):
            raw = data if isinstance(data, bytes) else data.encode("utf-8")
            if b"KILL" in raw:
                os.kill(os.getpid(), signal.SIGKILL)
            if b"BOOM" in raw:
                raise ValueError("boom")
            return original(data, *args, **kwargs)
        return load

    names = [attr for attr in ("load_json", "load_data") if hasattr(jsonio, attr)]
    for attr in names:
        monkeypatch.setattr(jsonio, attr, sabotaged(getattr(jsonio, attr)))
    for name in ("unres.validation", "unres.validate"):  # the module's name before and after 0.1
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        for attr in names:
            if hasattr(module, attr):
                monkeypatch.setattr(module, attr, getattr(jsonio, attr))


def _batch(folder, n, special):
    folder.mkdir()
    text = SEED_JSON.read_text(encoding="utf-8")
    for i in range(n):
        title = special.get(i, "")
        (folder / f"f{i:02}.json").write_text(text.replace('"title": "', f'"title": "{title}'), encoding="utf-8")


def test_a_reader_that_raises_fails_only_its_file(tmp_path, monkeypatch, capsys):
    _sabotage_json_reader(monkeypatch)
    _batch(tmp_path / "in", 3, {1: "BOOM"})
    code, out, err = run("validate", tmp_path / "in", "--jobs", "1", capsys=capsys)
    assert code == 1 and "2 passed, 1 failed" in err
    broken = tmp_path / "in" / "f01.json"
    assert f"{broken}: error [internal-error] unres failed on this file with ValueError: boom" in out
    code, _, err = run("convert", tmp_path / "in", "--to", "html", "-o", tmp_path / "out", "--keep-names",
                       "--jobs", "1", capsys=capsys)
    assert code == 1 and "[internal-error] unres failed on this file with ValueError: boom" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["f00.html", "f02.html"]


def test_a_dead_worker_fails_only_its_file(tmp_path, monkeypatch, capsys):
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the sabotaged reader reaches workers only when they are forked "
                    "(tests/test_batch.py covers the other start methods)")
    _sabotage_json_reader(monkeypatch)
    _batch(tmp_path / "in", 45, {7: "KILL"})
    code, out, err = run("validate", tmp_path / "in", "--jobs", "2", capsys=capsys)
    assert code == 1 and "44 passed, 1 failed" in err, err
    assert out.splitlines() == [f"{tmp_path / 'in' / 'f07.json'}: error [internal-error] the worker process died "
                                "while working on it (killed, out of memory or a crash in a library)"]
    code, _, err = run("convert", tmp_path / "in", "--to", "text", "-o", tmp_path / "out", "--keep-names",
                       "--jobs", "2", capsys=capsys)
    assert code == 1 and "unres: 44 converted (0 with errors in the source, 0 with warnings), 1 failed" in err
    assert len(list((tmp_path / "out").iterdir())) == 44


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def test_workers_die_with_their_parent(tmp_path):
    # issue 18 L6: after kill -9 of `unres validate --jobs`, its workers waited for ever.
    import signal
    import time

    if not os.path.isdir("/proc/self/task"):
        pytest.skip("needs Linux's /proc to find the workers")
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(400):
        shutil.copy(SEED_TXT, folder / f"t{i:03}.txt")
    parent = subprocess.Popen([sys.executable, "-m", "unres.cli", "validate", str(folder), "--jobs", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(workers := _children(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(0.5)  # into the batch
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert not left


HOSTILE_SYMBOLS = ["A/RES/1\n::error::x", "A/RES/2\ttab\rcr", "..", "-rf", "CON", "nul", "A\\RES\\3", "A/RES/4.",
                   "A/RES/5/..", "COM1.x", "A/RES/6/\u202eLMTH"]


def test_folder_mode_names_are_safe_on_every_system_whatever_the_symbol(tmp_path, capsys):
    # issue 18 L1, issue 25: names came from symbols that --to html/text never validate (AKN input).
    import re

    xml = run("convert", SEED_JSON, "--to", "akn", capsys=capsys)[1].encode("utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    for i, symbol in enumerate(HOSTILE_SYMBOLS):
        escaped = symbol.replace("\r", "&#13;").encode("utf-8")
        doc = xml.replace(b">A/HRC/RES/35/8</docNumber>", b">" + escaped + b"</docNumber>")
        (folder / f"d{i:02}.xml").write_bytes(doc)
    out = tmp_path / "out"
    code, _, err = run("convert", folder, "--to", "html", "-o", out, capsys=capsys)
    names = sorted(p.name for p in out.iterdir())
    assert code == 0 and len(names) == len(HOSTILE_SYMBOLS), err
    reserved = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(10)}
    for name in names:
        assert re.fullmatch(r"\w[\w.-]*\.html", name, re.ASCII) and name.endswith("zh.html"), name
        assert ".." not in name and name.split(".")[0].upper() not in reserved, name
    assert "A-RES-1_error_x.zh.html" in names and "_CON.zh.html" in names and "rf.zh.html" in names


def test_keep_names_are_made_safe_too(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_JSON, folder / "-x\nCON.json")
    code, _, _ = run("convert", folder, "--to", "text", "-o", tmp_path / "out", "--keep-names", capsys=capsys)
    assert code == 0 and sorted(p.name for p in (tmp_path / "out").iterdir()) == ["x_CON.txt"]
