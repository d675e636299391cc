"""A small hand-made letter built end to end and compared, as a graph, with its golden graph.

The comparison is graph isomorphism (rdflib.compare), not text, over the letter's graph and
the entities graph (the build graph holds timestamps and is left out). When the extractors
change on purpose, regenerate with ``KG_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and
review the diff before committing it.
"""
from __future__ import annotations

import os

import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from conftest import DATA
from kg.engine import build
from kg.rdf.rdfio import read_quads, write_quads
from kg.validation.validate import to_rdflib

LETTER = DATA / "golden_letter.txt"
GOLDEN = DATA / "golden_letter.trig"


def built_graph(tmp_path) -> rdflib.Graph:
    result = build([LETTER])
    assert result.report.conforms, result.report.text()
    quads = [q for letter in result.letters for q in letter.quads] + list(result.entities)
    if os.environ.get("KG_UPDATE_GOLDEN"):
        write_quads(quads, GOLDEN)
    return to_rdflib(quads)


def test_the_golden_letter_builds_to_its_golden_graph(tmp_path):
    built = built_graph(tmp_path)
    golden = to_rdflib(read_quads(GOLDEN))
    if not isomorphic(built, golden):
        _, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(golden))
        lines = [f"+ {t}" for t in sorted(only_built)[:20]] + [f"- {t}" for t in sorted(only_golden)[:20]]
        pytest.fail("the built graph differs from tests/data/golden_letter.trig "
                    "(+ only built, - only golden):\n" + "\n".join(lines))


def test_the_same_letter_builds_to_the_same_graph_twice(tmp_path):
    first, second = build([LETTER]), build([LETTER])
    assert first.letters[0].quads == second.letters[0].quads
    assert first.entities == second.entities
