"""converter/batch.py: a batch in worker processes survives a worker that dies (issue 18 M4, L6)."""

from __future__ import annotations

import os
import signal

import pytest

from unres.batch import imap


def double_or_die(item: str) -> str:
    if item == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    return item * 2


def reported(item: str, reason: str) -> str:
    return f"died: {item}"


def test_results_come_in_input_order():
    items = [f"x{i}" for i in range(50)]
    assert list(imap(double_or_die, items, 2, reported)) == [i * 2 for i in items]


@pytest.mark.parametrize("where", [0, 17, 49])
def test_the_input_that_kills_its_worker_is_reported_and_the_batch_goes_on(where):
    items = [f"x{i}" for i in range(50)]
    items[where] = "die"
    expected = [i * 2 for i in items]
    expected[where] = "died: die"
    assert list(imap(double_or_die, items, 2, reported)) == expected


def test_two_killers_in_one_batch():
    items = ["die" if i in (3, 30) else f"x{i}" for i in range(40)]
    out = list(imap(double_or_die, items, 3, reported))
    assert [i for i, r in enumerate(out) if r.startswith("died")] == [3, 30]
    assert all(r == items[i] * 2 for i, r in enumerate(out) if i not in (3, 30))
