"""The one pool of worker processes the engine uses for reading and for building letter graphs.

Workers are forked where the system can (no re-import; what they are given is inherited, not
pickled), ignore Ctrl-C (the parent gets it, stops the pool and says 'interrupted' once), and
are ended by the kernel when their parent dies (Linux: PR_SET_PDEATHSIG), so no worker is left
behind reading letters. An error or Ctrl-C in the parent terminates the pool at once. Only a few
tasks per worker are sent ahead, so finished graphs never pile up in the parent's memory.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any, TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

SERIAL_BELOW = 24  # fewer letters than this are handled in this process: a pool costs more than it saves
MOST_PER_CHUNK = 16  # letters per task sent to a worker, at most
IN_FLIGHT = 2  # tasks per worker sent ahead of the one the parent waits for

_given: Any = None  # what the parent gave the workers of the current pass (see given())


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def chunks(items: Sequence[Job], workers: int) -> list[list[Job]]:
    """``items`` in slices small enough to keep every worker busy (four per worker), MOST_PER_CHUNK at most."""
    size = max(1, min(MOST_PER_CHUNK, -(-len(items) // max(1, workers * 4))))
    return [list(items[start:start + size]) for start in range(0, len(items), size)]


def runs_here(workers: int, letters: int) -> bool:
    """Whether ``run`` does its jobs in this process: one worker, or fewer than SERIAL_BELOW letters."""
    return workers <= 1 or letters < SERIAL_BELOW


def given() -> Any:
    """What the parent passed to ``run`` for this pass (the resolution, the base, the entities...)."""
    return _given


def run(function: Callable[[Job], Result], jobs: Iterable[Job], *, workers: int, letters: int,
        context: object = None) -> Iterator[Result]:
    """``function(job)`` for every job, in order: in ``workers`` processes, or here when there are
    fewer than SERIAL_BELOW ``letters`` or one worker. ``context`` is what ``given()`` returns."""
    global _given
    if runs_here(workers, letters):
        previous, _given = _given, context
        try:
            yield from map(function, jobs)
        finally:
            _given = previous
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    gc.freeze()  # what the parent holds stays shared with the forked workers: their collector never writes to it
    try:
        pool = multiprocessing.get_context(method).Pool(workers, initializer=_start_worker, initargs=(context,))
    finally:
        gc.unfreeze()
    waiting = iter(jobs)
    running: deque[AsyncResult[Result]] = deque(
        pool.apply_async(function, (job,)) for job in islice(waiting, workers * IN_FLIGHT))
    try:
        while running:  # a few tasks per worker at a time: results never pile up in the parent
            result = running.popleft().get()
            for job in islice(waiting, 1):
                running.append(pool.apply_async(function, (job,)))
            yield result
    except BaseException:
        pool.terminate()  # Ctrl-C, an error, or a caller that stopped early: end the workers now
        raise
    finally:
        pool.close()
        pool.join()


def _start_worker(context: object) -> None:
    global _given
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_parent()
    _given = context


def _end_with_parent() -> None:
    """Ask the kernel to send SIGKILL to this process when its parent dies (Linux only; elsewhere nothing)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the call: end now
            os._exit(0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
