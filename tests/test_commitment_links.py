"""The life of a commitment (issue 16): new, restated or kept; kept by its own letter or a later one;
links across letters with their rule and evidence; status, due and overdue; the named queries,
``kg explain`` and the HTML view; and docs/commitments.md, the hand-checked list of every link kg
makes over the sample, extra and development letters.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyoxigraph import Store

from conftest import EXTRA, ROOT, SAMPLES, sample
from kg.resolve.commitment_links import RULE, link_commitments
from kg.domain.errors import UsageError
from kg.explain import CommitmentExplanation, explain, explanation_text
from kg.read.ingest import read_letter
from kg.domain.model import CommitmentFact
from kg.engine import build, extract_path, read_document
from kg.read.ingest import letter_paths
from kg.query import query_text, run_query, with_filters

DEV = Path("/work/shared/corpus/dev")  # development letters: used when present, never needed


def table(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    """The rows of named query ``name`` as dicts of text (unbound columns left out)."""
    result = run_query(store, query_text(name), params or None)
    return [{var: term.value for var, term in zip(result.variables, row) if term is not None} for row in result.rows]


def commitments(path: Path) -> list[CommitmentFact]:
    return [fact for fact in read_document(read_letter(path)).facts if isinstance(fact, CommitmentFact)]


def starting(found: list[CommitmentFact], start: str) -> CommitmentFact:
    return next(fact for fact in found if fact.text.startswith(start))


# ---------------------------------------------------------------- one letter

def test_the_2014_letters_two_promises_are_kept_by_that_same_letter() -> None:
    found = commitments(sample("000"))
    assert [(fact.kind, fact.status) for fact in found] == [("restated", "kept"), ("restated", "kept")]
    assert {fact.kept_by.text for fact in found if fact.kept_by} == {"Deze toezeggingen doe ik met deze brief gestand."}
    assert found[0].made_at == "begrotingsbehandeling van het Ministerie van Veiligheid en Justitie"
    assert found[0].requested_by  # op verzoek van het lid Gesthuizen


def test_a_promise_made_earlier_and_kept_now_is_no_fresh_one() -> None:
    """kst-19637-2565: 'In mijn brief van 3 juni 2019 heb ik toegezegd u ... te informeren over mijn
    beleid ten aanzien van Libië' in the first paragraph, and the letter goes on to tell of Libya."""
    fact = starting(commitments(EXTRA / "kst-19637-2565.txt"), "In mijn brief van 3 juni 2019 heb ik toegezegd")
    assert (fact.kind, fact.status, fact.made_on) == ("restated", "kept", "2019-06-03")
    assert fact.kept_by is not None and "Libië" in fact.kept_by.text
    assert fact.cites == ("brief@2019-06-03",)


def test_new_promises_stay_new_and_open() -> None:
    found = commitments(EXTRA / "kst-19637-1405.txt") + commitments(EXTRA / "kst-19637-1407.txt")
    assert found and all((fact.kind, fact.status) == ("new", "open") for fact in found)


# the development letters (when present): restated and kept promises told apart from new ones
DEV_SENTENCES = [
    ("kst-19637-3104", "In deze brief licht ik, zoals toegezegd in het mondelinge vragenuur", "kept", "kept"),
    ("kst-29628-643", "Hierbij ontvangt uw Kamer mijn reguliere voortgangsbrief politie, zoals ik", "kept", "kept"),
    ("kst-19637-2993", "In het debat met uw Kamer van 8 september jl.", "restated", "kept"),
    ("kst-19637-2993", "In het verlengde daarvan zal ik uw Kamer de komende tijd periodiek", "new", "open"),
    ("kst-29279-331", "Zoals ik heb toegezegd in mijn brief van 7 maart 2016", "restated", "open"),
    ("kst-27925-966", "Het is daarom niet mogelijk, zoals eerder toegezegd", "restated", "unknown"),
    ("kst-27925-966", "Het kabinet streeft er naar uw Kamer zo spoedig mogelijk te informeren.", "new", "open"),
    ("kst-29893-262", "Op 4 april jl. heb ik u geïnformeerd", "restated", "unknown"),
    ("kst-29893-262", "Vanzelfsprekend zal ik u nader informeren", "new", "open"),
    ("kst-24587-428", "Tijdens het Algemeen Overleg met de vaste Kamercommissie", "restated", "unknown"),
    ("kst-26956-103", "Naar aanleiding van beide rapporten zal ik u op korte termijn", "new", "open"),
    ("kst-24587-689", "Tijdens het Algemeen Overleg Gevangeniswezen op 8 februari jl.", "restated", "kept"),
]


@pytest.mark.skipif(not DEV.is_dir(), reason="the development letters are not on this machine")
@pytest.mark.parametrize("stem, start, kind, status", DEV_SENTENCES,
                         ids=[f"{s[0]}: {s[1][:30]}" for s in DEV_SENTENCES])
def test_development_letters_tell_restated_and_kept_from_new(stem: str, start: str, kind: str, status: str) -> None:
    fact = starting(commitments(DEV / f"{stem}.txt"), start)
    assert (fact.kind, fact.status) == (kind, status)


# ---------------------------------------------------------------- across letters

HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, {day}\n\nGeachte voorzitter,\n\n"
CLOSING = "\n\nDe {post},\n\n{name}\n"
EARLIER = ("Ik zal uw Kamer voor de zomer informeren over de evaluatie van de pilot met de regionale "
           "meldpunten voor woonoverlast.")


def write_letter(folder: Path, name: str, day: str, body: str, post: str = "Minister van Justitie en Veiligheid",
                 signer: str = "A. de Tester") -> Path:
    path = folder / name
    path.write_text(HEAD.format(day=day) + body + CLOSING.format(post=post, name=signer), encoding="utf-8")
    return path


def life_of(*paths: Path):
    extractions = [extract_path(path) for path in paths]
    from kg.resolve.entities import resolve
    return resolve(extractions).commitments


def test_a_later_letter_that_cites_the_letter_and_keeps_the_promise_is_linked(tmp_path: Path) -> None:
    first = write_letter(tmp_path, "a.txt", "3 maart 2021", EARLIER)
    later = write_letter(tmp_path, "b.txt", "6 juli 2021",
                         "Hierbij informeer ik uw Kamer, zoals toegezegd in mijn brief van 3 maart 2021, over de "
                         "evaluatie van de pilot met de regionale meldpunten.")
    life = life_of(first, later)
    assert len(life.links) == 1
    link = life.links[0]
    assert (link.kind, link.rule, link.later) == ("fulfilledBy", RULE, 1)
    assert "evaluatie" in link.reason and "pilot" in link.reason and "the letter of 2021-03-03" in link.reason
    status = {key[0][:10]: (value, kept) for key, value, kept in life.status}
    assert status["2021-03-03"] == ("kept", link.later_letter)


def test_a_restated_promise_still_to_come_is_restated_in_the_later_letter(tmp_path: Path) -> None:
    first = write_letter(tmp_path, "a.txt", "3 maart 2021", EARLIER)
    later = write_letter(tmp_path, "b.txt", "6 juli 2021",
                         "Zoals toegezegd in mijn brief van 3 maart 2021 zal ik uw Kamer na de zomer informeren "
                         "over de evaluatie van de pilot met de regionale meldpunten.")
    life = life_of(first, later)
    assert [link.kind for link in life.links] == ["restatedIn"]
    assert {value for _, value, _ in life.status} == {"open"}


@pytest.mark.parametrize("body, post, day", [
    # the letter of another ministry
    ("Hierbij informeer ik uw Kamer, zoals toegezegd in mijn brief van 3 maart 2021, over de evaluatie van de "
     "pilot met de regionale meldpunten.", "Minister van Financiën", "6 juli 2021"),
    # another promise of the same letter: no words shared
    ("Hierbij stuur ik uw Kamer, zoals toegezegd in mijn brief van 3 maart 2021, het jaarverslag van de "
     "toezichthouder.", "Minister van Justitie en Veiligheid", "6 juli 2021"),
    # a letter of another day
    ("Hierbij informeer ik uw Kamer, zoals toegezegd in mijn brief van 4 maart 2021, over de evaluatie van de "
     "pilot met de regionale meldpunten.", "Minister van Justitie en Veiligheid", "6 juli 2021"),
    # no citation: the topic alone links nothing
    ("Hierbij informeer ik uw Kamer, zoals toegezegd, over de evaluatie van de pilot met de regionale meldpunten.",
     "Minister van Justitie en Veiligheid", "6 juli 2021"),
])
def test_near_misses_link_nothing(tmp_path: Path, body: str, post: str, day: str) -> None:
    first = write_letter(tmp_path, "a.txt", "3 maart 2021", EARLIER)
    later = write_letter(tmp_path, "b.txt", day, body, post=post, signer="B. Anders")
    assert life_of(first, later).links == ()


def test_the_link_is_in_the_graph_with_its_rule_evidence_and_explain(tmp_path: Path) -> None:
    write_letter(tmp_path, "a.txt", "3 maart 2021", EARLIER)
    write_letter(tmp_path, "b.txt", "6 juli 2021",
                 "Hierbij informeer ik uw Kamer, zoals toegezegd in mijn brief van 3 maart 2021, over de evaluatie "
                 "van de pilot met de regionale meldpunten.")
    result = build([tmp_path])
    assert result.report is not None and result.report.conforms
    store = Store()
    store.extend(result.quads)
    rows = table(store, "commitment_history")
    steps = [row["step"] for row in rows
             if row["commitment"].endswith("commitment/1") and "2021-03-03" in row["commitment"]]
    assert steps == ["made", "kept in"]
    earlier = next(row["commitment"] for row in rows if "2021-03-03" in row["commitment"])
    explanation = explain(store, earlier)
    assert isinstance(explanation, CommitmentExplanation)
    text = explanation_text(explanation)
    assert "(new, kept)" in text and f"rule {RULE}" in text and "zoals toegezegd in mijn brief van 3 maart 2021" in text
    assert table(store, "open_commitments") == []


# ---------------------------------------------------------------- queries over the sample and extra letters

@pytest.fixture(scope="module")
def corpus_store() -> Store:
    """The sample and extra letters built together."""
    result = build([SAMPLES, EXTRA], check=False)
    store = Store()
    store.extend(result.quads)
    return store


def test_open_commitments_leave_out_the_kept_ones(corpus_store: Store) -> None:
    rows = table(corpus_store, "open_commitments")
    texts = [row["text"] for row in rows]
    assert not any("Gesthuizen" in text or text.startswith("Ook heb ik toegezegd") for text in texts)
    assert not any(text.startswith("In mijn brief van 3 juni 2019") for text in texts)
    assert any(text.startswith("Medio 2022 zal gestart worden") for text in texts)
    assert {row.get("kind") for row in rows} <= {"new", "restated"}
    justice = table(corpus_store, "open_commitments", ministry="Justitie")
    assert justice and all("Justitie" in row["ministry"] for row in justice)


def test_overdue_as_of_a_day(corpus_store: Store) -> None:
    rows = table(corpus_store, "overdue_commitments", as_of="2020-01-01")
    assert {row["as_of"] for row in rows} == {"2020-01-01"}
    assert sorted(row["due"] for row in rows) == ["2011-04-08", "2012-01-30"]  # kst-19637-1407, kst-30573-92
    assert all(row["due"] < "2020" and row["letter_date"] < "2020" for row in rows)
    later = table(corpus_store, "overdue_commitments", as_of="2023-01-01")
    assert "2022-06" in {row["due"] for row in later}  # medio 2022
    today = table(corpus_store, "overdue_commitments")
    assert len(today) >= len(later)


@pytest.mark.parametrize("value", ["2020", "2020-13-01", "gisteren"])
def test_as_of_must_be_a_day(value: str) -> None:
    with pytest.raises(UsageError):
        with_filters(query_text("overdue_commitments"), {"as_of": value})


def test_history_of_the_2014_commitment(corpus_store: Store) -> None:
    rows = table(corpus_store, "commitment_history")
    first = [row for row in rows if row["commitment"].endswith("bcd50641c1ff/commitment/1")]
    assert [row["step"] for row in first] == ["made", "restated", "kept"]
    assert first[0]["where"] == "begrotingsbehandeling van het Ministerie van Veiligheid en Justitie"
    assert first[2]["evidence"] == "Deze toezeggingen doe ik met deze brief gestand."
    assert first[2]["rule"] == "keeps-these-promises"


def test_html_view_shows_status_and_letters(corpus_store: Store) -> None:
    from kg.visualise import node_facts, project
    graph = project(corpus_store)
    statuses = {data.get("status") for _, data in graph.nodes(data=True) if data.get("type") == "Commitment"}
    assert {"open", "kept"} <= statuses
    assert any(data["relation"] == "kept in" for _, _, data in graph.edges(data=True))
    facts = node_facts(corpus_store)
    assert any(fact.kind == "commitment: kept in" for found in facts.values() for fact in found)


# ---------------------------------------------------------------- docs/commitments.md

def test_the_docs_list_every_link_kg_makes_over_all_letters() -> None:
    """docs/commitments.md lists, checked by hand, every link over the sample, extra and development letters."""
    folders = [SAMPLES, EXTRA] + ([DEV] if DEV.is_dir() else [])
    extractions = [outcome for outcome in (extract_path(path) for path in letter_paths(folders))
                   if hasattr(outcome, "facts")]
    links = link_commitments(extractions).links
    doc = (ROOT / "docs" / "commitments.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| (\S+) → (\S+) \|", doc, re.M)
    found = [(f"{link.earlier[0]}/commitment/{link.earlier[1]}", link.later_letter) for link in links]
    if DEV.is_dir():
        assert sorted(found) == sorted(listed)
    else:
        assert set(found) <= set(listed)
