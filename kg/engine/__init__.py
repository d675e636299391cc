"""The build engine: plan, read, resolve, build and check each letter graph, hand it to a sink.

    kg/engine/plan.py     which files, their sha256, what a store already holds
    kg/engine/read.py     one letter file -> Extraction (or a Refusal), within its time budget
    kg/engine/workers.py  the one pool of worker processes
    kg/engine/letters.py  what the engine asks of the domain and RDF layers per letter
    kg/engine/core.py     the passes: read (workers), resolve (parent), build and check (workers)
    kg/engine/pieces.py   what the passes hand each other and the sinks
    kg/engine/sinks.py    memory (``build``) and a streamed file (``build_file``)
    kg/engine/storesink.py  the on-disk store (``build_into_store``)

``kg build -o``, ``kg build --store`` and the Python API all go through ``core.engine``.
The library never prints: progress goes to an optional callback, problems into the result.
"""
from __future__ import annotations

import importlib
from typing import Any

_WHERE = {"Progress": "pieces", "Refusal": "pieces", "code_fingerprint": "plan", "file_sha256": "plan",
          "extract_path": "read", "read_document": "read", "summary_for_resolve": "read",
          "BuildResult": "sinks", "FileBuild": "sinks", "build": "sinks", "build_file": "sinks",
          "StoreBuildResult": "storesink", "build_into_store": "storesink", "default_workers": "workers"}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    """The engine's public names, each loaded from its module when first used (an unchanged store
    needs no extractor)."""
    if name not in _WHERE:
        raise AttributeError(f"module 'kg.engine' has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
