"""Runs one function over many inputs in worker processes, for `unres convert` and `unres validate`.

Results come in input order. A batch never stops for one input: the functions it runs turn their
own exceptions into that input's `internal-error`, and a worker that dies (killed, out of memory,
a crash in a C library) costs only the input it was working on: the inputs that were in flight
are run again one at a time in a fresh worker, and the one that kills that worker too is reported
through `died(item, reason)`. Workers end with their parent, even when it is killed (-9).
"""

from __future__ import annotations

import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Chunks in flight per worker: enough to keep each busy, few enough that a death re-runs little.
IN_FLIGHT_PER_WORKER = 2
# At most this many inputs to a chunk: the results in flight (outputs held until their turn) stay
# bounded whatever the batch's size, and the last chunks, which one worker may end alone while
# the other waits, stay short.
MAX_CHUNK = 16
PARENT_POLL_SECONDS = 1.0


def imap(fn: Callable[[T], R], items: Sequence[T], jobs: int, died: Callable[[T, str], R],
         chunks_per_worker: int = 8) -> Iterator[R]:
    """fn(item) for every item, in order, computed by `jobs` worker processes. Results are
    yielded as soon as those before them are: the memory held is that of the chunks in flight."""
    n = len(items)
    size = max(1, min(MAX_CHUNK, n // (jobs * chunks_per_worker)))
    starts = iter(range(0, n, size))  # the chunks not yet sent, made as they are sent
    retry: deque[list[int]] = deque()  # chunks to send again (after a worker died)
    results: dict[int, R] = {}
    emitted = 0

    def next_chunk() -> list[int] | None:
        if retry:
            return retry.popleft()
        start = next(starts, None)
        return None if start is None else list(range(start, min(start + size, n)))

    def ready() -> Iterator[R]:
        nonlocal emitted
        while emitted in results:
            yield results.pop(emitted)
            emitted += 1

    chunk = next_chunk()
    while chunk is not None:
        suspects: list[int] = []
        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_started, initargs=(os.getpid(),)) as pool:
            in_flight: dict[Future[list[R]], list[int]] = {}
            while (chunk is not None or in_flight) and not suspects:
                broken: list[int] = []
                while chunk is not None and len(in_flight) < jobs * IN_FLIGHT_PER_WORKER:
                    try:
                        in_flight[pool.submit(_run_chunk, fn, [items[i] for i in chunk])] = chunk
                    except BrokenProcessPool:  # it broke since the last wait
                        broken = list(chunk)
                        chunk = next_chunk()
                        break
                    chunk = next_chunk()
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    done = in_flight.pop(future)
                    try:
                        results.update(zip(done, future.result(), strict=True))
                    except BrokenProcessPool:
                        broken += done
                    except Exception as e:  # a result that could not travel back, say
                        results.update((i, died(items[i], f"{type(e).__name__}: {e}")) for i in done)
                if broken:
                    # Which of the inputs in flight killed the worker is unknown: all are suspects.
                    suspects = sorted(broken + [i for c in in_flight.values() for i in c])
                yield from ready()
        results.update(_isolate(fn, items, suspects, died))
        yield from ready()


def _isolate(fn: Callable[[T], R], items: Sequence[T], suspects: list[int],
             died: Callable[[T, str], R]) -> Iterator[tuple[int, R]]:
    """Runs each suspect alone, one after the other, in a single worker: the one that kills it is
    the culprit (an innocent input that was in flight with it passes)."""
    pending = deque(suspects)
    while pending:
        with ProcessPoolExecutor(max_workers=1, initializer=_worker_started, initargs=(os.getpid(),)) as pool:
            while pending:
                i = pending.popleft()
                try:
                    result = pool.submit(fn, items[i]).result()
                except BrokenProcessPool:
                    yield i, died(items[i], "the worker process died while working on it (killed, out of memory "
                                            "or a crash in a library)")
                    break
                except Exception as e:  # a result that could not travel back, say
                    result = died(items[i], f"{type(e).__name__}: {e}")
                yield i, result


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _worker_started(parent: int) -> None:
    """Makes this worker end with its parent: ProcessPoolExecutor's workers wait on a queue whose
    other end they hold themselves, so they would outlive a parent killed with -9."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    # Elsewhere (and as a second guard): a thread that watches for a new parent.
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)
