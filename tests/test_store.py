"""The on-disk store: whole-graph replacement, the manifest, the extraction cache, clear refusals."""
from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.domain.errors import InputError
from kg.engine.store import CACHE_DIR, CACHE_SUFFIX, MANIFEST_NAME, KgStore, LetterRecord, Manifest, graph_digest, open_store_dataset

G = NamedNode("http://example.org/graph/a")
H = NamedNode("http://example.org/graph/b")
S = NamedNode("http://example.org/s")
P = NamedNode("http://example.org/p")

TRICKY = ['plain', 'quote " and \\ backslash', 'brace } ; DROP ALL ; INSERT DATA { <x> <y> <z> }',
          'line\nbreak\ttab\r', 'Ünïcödé — “quotes” 🙂', "single ' quote", '"""triple"""']


def quads(graph: NamedNode, values: list[str]) -> list[Quad]:
    return [Quad(S, P, Literal(v), graph) for v in values]


def test_replace_graph_keeps_tricky_literals_and_replaces_the_whole_graph(tmp_path):
    with KgStore(tmp_path / "s", create=True) as kg_store:
        kg_store.replace_graph(G, quads(G, ["before"]))  # a new graph is added ...
        kg_store.replace_graph(G, quads(G, TRICKY))  # ... an existing one replaced by a SPARQL update
        kg_store.replace_graph(H, quads(H, TRICKY))
        assert {q.object.value for q in kg_store.quads(G)} == set(TRICKY)
        assert {q.object.value for q in kg_store.quads(H)} == set(TRICKY)
        kg_store.replace_graph(H, quads(H, ["other"]))
        kg_store.replace_graph(G, quads(G, ["new"]))
        assert [q.object.value for q in kg_store.quads(G)] == ["new"]
        assert [q.object.value for q in kg_store.quads(H)] == ["other"]  # the other graph is untouched
        kg_store.replace_graph(G, [])
        assert list(kg_store.quads(G)) == []
        assert kg_store.graphs() == [H]


def test_replacing_ignores_the_graph_names_of_the_quads(tmp_path):
    with KgStore(tmp_path / "s", create=True) as kg_store:
        kg_store.replace_graph(G, quads(H, ["x"]))
        assert [q.graph_name for q in kg_store.quads()] == [G]


def test_store_persists_and_opens_read_only(tmp_path):
    folder = tmp_path / "s"
    with KgStore(folder, create=True) as kg_store:
        kg_store.replace_graph(G, quads(G, TRICKY))
        kg_store.save_manifest(Manifest(base="http://example.org/", fingerprint="f"))
    with KgStore(folder, read_only=True) as kg_store:
        assert len(kg_store) == len(TRICKY)
        with pytest.raises(InputError, match="read-only"):
            kg_store.drop_graph(G)
    dataset = open_store_dataset(folder)
    assert len(dataset) == len(TRICKY)


def test_a_folder_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError, match="not empty and not a kg store"):
        KgStore(tmp_path, create=True)
    with pytest.raises(InputError, match="not a kg store"):
        KgStore(tmp_path / "missing", read_only=True)


def test_a_store_in_use_is_named_not_crashed(tmp_path):
    folder = tmp_path / "s"
    with KgStore(folder, create=True) as kg_store:
        kg_store.save_manifest(Manifest(base="b", fingerprint="f"))
        with pytest.raises(InputError, match="in use by another process"):
            KgStore(folder)


def test_manifest_round_trip_and_damage(tmp_path):
    manifest = Manifest(base="b", fingerprint="f", letters=(LetterRecord("/x/a.txt", "ab" * 32, "id", G.value),),
                        digests={G.value: "d"}, conforms=False, report="r", complete=False)
    folder = tmp_path / "s"
    with KgStore(folder, create=True) as kg_store:
        kg_store.save_manifest(manifest)
    with KgStore(folder) as kg_store:
        assert kg_store.manifest == manifest
        assert kg_store.manifest.record("/x/a.txt").letter_id == "id"
        assert kg_store.manifest.record("/x/b.txt") is None
    (folder / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="damaged store manifest"):
        KgStore(folder)
    (folder / MANIFEST_NAME).write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(InputError, match="store format 99"):
        KgStore(folder)


def test_extraction_cache_is_keyed_by_content_and_code(tmp_path, sample_build):
    extraction = sample_build.extractions[0]
    sha = extraction.document.letter.sha256
    with KgStore(tmp_path / "s", create=True) as kg_store:
        assert kg_store.cached_extraction(sha, "code-1") is None
        kg_store.keep_extraction(extraction, "code-1")
        assert kg_store.cached_extraction(sha, "code-1") == extraction
        assert kg_store.cached_extraction(sha, "code-2") is None  # other code: a miss
        cache_file = tmp_path / "s" / CACHE_DIR / f"{sha}{CACHE_SUFFIX}"
        cache_file.write_bytes(b"damaged")
        assert kg_store.cached_extraction(sha, "code-1") is None  # damage: a miss, not a crash
        kg_store.keep_extraction(extraction, "code-1")
        assert kg_store.forget_extractions(keep={sha}) == 0
        assert kg_store.forget_extractions(keep=set()) == 1
        assert kg_store.cached_extraction(sha, "code-1") is None


def test_graph_digest_ignores_order_and_duplicates_but_not_content():
    a = quads(G, ["1", "2"])
    assert graph_digest(a) == graph_digest(list(reversed(a)) + a)
    assert graph_digest(a) != graph_digest(quads(G, ["1", "3"]))
    assert graph_digest(a) != graph_digest(quads(H, ["1", "2"]))


def test_letter_state_is_kept_under_its_key_and_damage_is_a_miss(tmp_path):
    from kg.engine.store import STATE_NAME

    with KgStore(tmp_path / "s", create=True) as kg_store:
        assert kg_store.letter_state(("base", "code")) is None
        kg_store.keep_letter_state(("base", "code"), {"letters": 3})
        assert kg_store.letter_state(("base", "code")) == {"letters": 3}
        assert kg_store.letter_state(("base", "other code")) is None
        (tmp_path / "s" / STATE_NAME).write_bytes(b"\x80damaged")
        assert kg_store.letter_state(("base", "code")) is None


def test_incoming_graphs_are_bulk_loaded_when_the_block_ends_and_not_after_an_error(tmp_path):
    from pyoxigraph import RdfFormat, serialize

    from kg.engine.store import INCOMING_NAME

    folder = tmp_path / "s"
    with KgStore(folder, create=True) as kg_store:
        with pytest.raises(RuntimeError):
            with kg_store.incoming() as incoming:
                incoming.write(serialize(quads(G, ["lost"]), format=RdfFormat.N_QUADS))
                raise RuntimeError("a worker failed")
        assert len(kg_store) == 0 and not (folder / INCOMING_NAME).exists()
        with kg_store.incoming() as incoming:
            incoming.write(serialize(quads(G, TRICKY), format=RdfFormat.N_QUADS))
            incoming.write(serialize(quads(H, ["other"]), format=RdfFormat.N_QUADS))
            assert len(kg_store) == 0  # not before the block ends
        assert {q.object.value for q in kg_store.quads(G)} == set(TRICKY)
        assert kg_store.graphs() == [G, H] and not (folder / INCOMING_NAME).exists()
