"""Shared fixtures: the sample letters, the extra corpus, and the sample dataset built once."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "examples" / "letters"
DATA = Path(__file__).resolve().parent / "data"
EXTRA = ROOT / "examples" / "extra"  # seven more real letters (2006-2019), official-publication layout
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def sample(stem_prefix: str) -> Path:
    """The sample letter whose file name starts with ``stem_prefix`` ('000', '001', ...)."""
    return next(SAMPLES.glob(f"{stem_prefix}*"))


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="session")
def sample_build():
    """The five sample letters built together (validated), shared by the tests that read it."""
    from kg.engine import build
    return build([SAMPLES])


@pytest.fixture(scope="session")
def sample_trig(tmp_path_factory, sample_build) -> Path:
    """The sample dataset written as TriG."""
    from kg.rdf.rdfio import write_quads
    path = tmp_path_factory.mktemp("sample") / "letters.trig"
    write_quads(sample_build.quads, path)
    return path


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
