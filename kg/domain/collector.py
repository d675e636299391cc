"""Pausing Python's cyclic garbage collector around blocks that make many long-lived objects.

Reference counting still frees everything; only the cycle detector waits. It pays off where a
block makes hundreds of thousands of small objects that all live to its end and make no cycles
(the index of a validation batch, a chunk of letter graphs, the unpickled letter states of a
store): every collection would walk them all and free nothing.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block; the collector's setting is restored after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
