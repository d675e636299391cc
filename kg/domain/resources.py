"""The one place that finds ontology/, shapes/ and queries/.

In a source checkout they sit at the top of the repository; in an installed wheel they are
shipped inside the package as ``kg/_resources/``. Package data (registers, cue lists) lives
in ``kg/data/``.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # kg/, this file being kg/domain/resources.py


@cache
def resource_dir(name: str) -> Path:
    """The folder ``ontology``, ``shapes`` or ``queries``, wherever kg is installed."""
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg cannot find its {name}/ folder; reinstall kg")


def data_file(name: str) -> Path:
    """A data file shipped in kg/data/ (registers, cue lists)."""
    return _PACKAGE / "data" / name


def ontology_files() -> list[Path]:
    return sorted(resource_dir("ontology").glob("*.ttl"))


def shape_files() -> list[Path]:
    return sorted(resource_dir("shapes").glob("*.ttl"))


def query_file(name: str) -> Path | None:
    path = resource_dir("queries") / f"{name}.rq"
    return path if path.is_file() else None


def query_names() -> list[str]:
    return sorted(p.stem for p in resource_dir("queries").glob("*.rq"))
