"""The layers of kg, as data, and a check that every module imports only its own layer and those below.

The map below is the design (issue 14): the domain knows no RDF, extraction knows only the domain,
resolution sits on extraction, RDF writing on resolution, validation on RDF, the engine and store on
validation, and the commands on top. The imports are read from the source (ast, every ``import``
in a module, also those inside functions), so a lazy import cannot cross a layer unseen.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "kg"


@dataclass(frozen=True)
class Layer:
    name: str
    note: str
    modules: tuple[str, ...]  # dotted names; "kg.extract.*" is the package kg.extract and all its modules


LAYERS: tuple[Layer, ...] = (
    Layer("domain", "dataclasses of the letters and their facts, keys (slug) and closed lists of names, "
          "registers and rule files, errors, finding kg's files, the compiled patterns kept between runs: no RDF",
          ("kg", "kg.domain.*")),
    Layer("read", "a letter file -> its text -> clean text -> a Document (head, paragraphs, sentences): no RDF",
          ("kg.read.*",)),
    Layer("extract", "a Document -> Facts with evidence; imports only the domain",
          ("kg.extract.*",)),
    Layer("resolve", "all letters' facts -> canonical entities and what each letter's keys resolve to",
          ("kg.resolve.*",)),
    Layer("rdf", "terms, IRIs and the graphs written from facts; RDF files in and out; export formats",
          ("kg.rdf.*",)),
    Layer("validation", "SHACL shapes over the graphs",
          ("kg.validation.*",)),
    Layer("engine", "plans, runs and stores builds: the engine, its sinks, the Oxigraph store",
          ("kg.engine.*",)),
    Layer("commands", "what a user calls: the command line, queries, the endpoint, pushing, fetching, "
          "explaining, pictures",
          ("kg.cli", "kg.query", "kg.serve", "kg.remote", "kg.fetch", "kg.explain", "kg.visualise")),
)

# Layers whose modules may not import an RDF library (static check; the subprocess test below
# checks what ``import kg.extract`` really loads).
WITHOUT_RDF = ("domain", "read", "extract", "resolve")
RDF_LIBRARIES = ("pyoxigraph", "rdflib", "pyshacl")

# Imports that cross the map upwards today, each with the reason; the test fails when one is gone,
# so this list only shrinks.
KNOWN_CROSSINGS: dict[tuple[str, str], str] = {
    ("kg.rdf.export", "kg.visualise"): "export writes the networkx projection and the HTML view, which live in "
                                   "kg/visualise.py with the pictures",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int | None:
    for index, layer in enumerate(LAYERS):
        if any(module == name.removesuffix(".*") or name.endswith(".*") and module.startswith(name[:-1])
               for name in layer.modules):
            return index
    return None


def imports_of(module: str, path: Path, known: set[str]) -> set[str]:
    """The modules (kg's and third parties') that a module imports, wherever in it."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # 'from . import rules' imports the module kg.domain.rules; 'from . import __version__' the package
            submodules = {f"{source}.{alias.name}" for alias in node.names} & known
            found.update(submodules or {source})
    return found


def test_every_module_of_kg_has_a_layer():
    unplaced = [name for name in modules() if layer_of(name) is None]
    assert not unplaced, f"put these modules in a layer of LAYERS in tests/test_layers.py: {unplaced}"


def test_modules_import_only_their_own_layer_and_those_below():
    known = modules()
    crossings: dict[tuple[str, str], str] = {}
    for module, path in known.items():
        own = layer_of(module)
        for imported in imports_of(module, path, set(known)):
            other = layer_of(imported) if imported.split(".")[0] == "kg" else None
            if own is not None and other is not None and other > own:
                crossings[(module, imported)] = f"{LAYERS[own].name} imports {LAYERS[other].name}"
    unexpected = {pair: why for pair, why in crossings.items() if pair not in KNOWN_CROSSINGS}
    assert not unexpected, f"imports up the layers: {unexpected}"
    gone = set(KNOWN_CROSSINGS) - set(crossings)
    assert not gone, f"these crossings are gone: take them out of KNOWN_CROSSINGS: {sorted(gone)}"


def test_the_layers_below_rdf_import_no_rdf_library():
    known = modules()
    plain = {layer.name for layer in LAYERS if layer.name in WITHOUT_RDF}
    found = {
        (module, imported)
        for module, path in known.items()
        if (layer := layer_of(module)) is not None and LAYERS[layer].name in plain
        for imported in imports_of(module, path, set(known))
        if imported.split(".")[0] in RDF_LIBRARIES
    }
    assert not found, f"RDF below the rdf layer: {sorted(found)}"


@pytest.mark.parametrize("module", ["kg.extract", "kg.resolve.entities"])
def test_importing_extraction_or_resolution_loads_no_rdf_library(module):
    code = (f"import sys, {module}\n"
            f"print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {RDF_LIBRARIES!r})))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert run.stdout.split() == [], f"import {module} loads {run.stdout.strip()}"


def test_the_layer_check_sees_an_import_inside_a_function_and_a_relative_one(tmp_path):
    path = tmp_path / "probe.py"
    path.write_text("from . import rules\nfrom ..domain import model\n"
                    "def f():\n    from .build import x\n    import pyoxigraph\n", encoding="utf-8")
    found = imports_of("kg.extract.probe", path, {"kg.extract.rules", "kg.domain.model", "kg.extract.build"})
    assert found == {"kg.extract.rules", "kg.domain.model", "kg.extract.build", "pyoxigraph"}
