"""The progress bar of `unres convert` and `unres validate` on a batch.

Shown only on a terminal (a pipe or a CI log gets the messages alone) and only once the batch has
run for a second: a batch that ends sooner would only flicker.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30
AFTER_SECONDS = 1.0


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, after: float = AFTER_SECONDS):
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = total > 1 and self.stream.isatty()
        self.start = time.monotonic()
        self.after = after
        self.shown = False

    def clear(self) -> None:
        """Before a message is written: the bar's line is emptied."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.shown = False

    def update(self, done: int) -> None:
        if not self.enabled or time.monotonic() - self.start < self.after:
            return
        filled = WIDTH * done // self.total
        self.stream.write(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{self.total}")
        self.stream.flush()
        self.shown = True
