"""kg explain: an entity, found by IRI, key, name or acronym, traced to each mention and the rule that made it."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.domain.errors import InputError
from kg.explain import explain, explanation_text, find_entity
from kg.rdf.rdfio import load_store
from kg.rdf.vocab import DEFAULT_BASE


@pytest.fixture(scope="module")
def store(sample_trig):
    return load_store(sample_trig)


def test_find_by_iri_key_name_and_acronym(store):
    ind = DEFAULT_BASE + "org/ind"
    assert find_entity(store, ind) == ind
    assert find_entity(store, "ind") == ind
    assert find_entity(store, "IND") == ind
    assert find_entity(store, "immigratie en naturalisatie dienst") == ind
    assert find_entity(store, "Ankie Broekers-Knol") == DEFAULT_BASE + "person/a-broekers-knol"


def test_unknown_entity_is_a_clear_input_error(store):
    with pytest.raises(InputError, match="no organisation, person or post .* 'Nobody'"):
        find_entity(store, "Nobody")


def test_explanation_traces_every_mention_to_letter_quote_and_rule(store, sample_build):
    explanation = explain(store, "iMMO")
    assert explanation.name == "instituut voor Mensenrechten en Medisch Onderzoek"
    assert explanation.kind == "ngo" and explanation.acronym == "iMMO"
    files = {m.file for m in explanation.mentions}
    assert files == {"000_47f2c07c3c4ba7f1.txt", "001_70649b2bd7f3965d.txt"}
    sources = {e.document.letter.name: e.document.letter.text for e in sample_build.extractions}
    for mention in explanation.mentions:
        assert sources[mention.file][mention.start:mention.end] == mention.quote
        assert mention.extractor == "organisations.v1"
        assert mention.rule == "register:immo"


def test_explanation_of_a_generic_organisation_names_its_rule(store):
    explanation = explain(store, "commissie De Leeuw")
    assert explanation.kind == "committee"
    assert {m.rule for m in explanation.mentions} == {"committee named after a person"}


def test_explanation_of_a_signatory_and_a_ministry(store):
    person = explain(store, "a-broekers-knol")
    assert person.kind == "person"
    assert {m.file for m in person.mentions} == {"002_a04aa28333b24640.txt", "004_0c0b669893b9a50c.txt"}
    assert {m.role for m in person.mentions} == {"Staatssecretaris van Justitie en Veiligheid"}
    ministry = explain(store, "ministerie-jenv")
    assert ministry.same_as == ("https://identifier.overheid.nl/tooi/id/ministerie/mnre1058",)
    text = explanation_text(ministry)
    assert text.startswith("Ministerie van Justitie en Veiligheid  (ministry)")
    assert "same as: https://identifier.overheid.nl/tooi/id/ministerie/mnre1058" in text


def test_cli_explain(sample_trig):
    runner = CliRunner()
    result = runner.invoke(main, ["explain", "TOELT", "-g", str(sample_trig)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Team Onderzoek en Expertise Land en Taal  (unit)")
    assert '"TOELT"' in result.output and "[register:ind-toelt]" in result.output
    missing = runner.invoke(main, ["explain", "Nobody", "-g", str(sample_trig)])
    assert missing.exit_code == 3
    assert "no organisation, person or post" in missing.output
