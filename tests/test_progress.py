"""The batch progress bar: on a terminal, once a batch has run a second; never on a pipe."""

from __future__ import annotations

import io

from unres.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_on_a_pipe_however_long_the_batch():
    out = io.StringIO()
    bar = Progress(100, out, after=0)
    for k in range(1, 101):
        bar.update(k)
    bar.clear()
    assert out.getvalue() == ""


def test_quiet_on_a_terminal_in_the_first_second():
    out = Terminal()
    bar = Progress(100, out)
    bar.update(1)
    bar.clear()
    assert out.getvalue() == ""


def test_shown_on_a_terminal_after_the_first_second_and_cleared_before_a_message():
    out = Terminal()
    bar = Progress(4, out, after=0)
    bar.update(2)
    assert out.getvalue() == "\r[###############...............] 2/4"
    bar.clear()
    assert out.getvalue().endswith("\r\033[K")
    bar.clear()  # nothing shown since: nothing to clear
    assert out.getvalue().count("\033[K") == 1
