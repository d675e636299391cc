"""Report cues (kg/data/report_cues.json) and group recommendations (kg/data/recommendation_groups.json),
tested through the extractors: every example of every entry must give a report (or one
recommendation), every near miss none, so an entry added to a file is tested without writing a test.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_reports import letter

from kg.domain.model import RecommendationFact, ReportFact
from kg.domain.resources import data_file
from kg.extract.reports import report_cues
from kg.extract.reports.cues import register_titles

REPORT_CUES = json.loads(data_file("report_cues.json").read_text(encoding="utf-8"))
GROUP_CUES = json.loads(data_file("recommendation_groups.json").read_text(encoding="utf-8"))
REPORT_LISTS = ("series", "prefixed", "described", "governing", "published", "bare_quoted", "titles")
GROUP_RULE = "sentence answering a report's recommendations as a group"
EMBEDDED_RULE = "answer naming the aanbeveling om ..."


def cases(data: dict, lists: tuple[str, ...], field: str) -> list:
    return [pytest.param(entry["id"], text, id=f"{name}:{entry['id']}: {text[:40]}")
            for name in lists for entry in data[name] for text in entry.get(field, [])]


def reports_in(tmp_path: Path, sentence: str) -> list[ReportFact]:
    return [fact for fact in letter(tmp_path, sentence + "\n") if isinstance(fact, ReportFact)]


def groups_in(tmp_path: Path, sentence: str) -> list[RecommendationFact]:
    return [fact for fact in letter(tmp_path, sentence + "\n") if isinstance(fact, RecommendationFact)]


def test_the_report_cues_load() -> None:
    cues = report_cues()
    assert {cue.id for cue in cues.series} >= {"monitor", "jaarverslag", "dreigingsbeeld"}
    assert cues.topic_stop.match("gepubliceerd") and not cues.topic_stop.match("gemeenten")


@pytest.mark.parametrize("entry, sentence", cases(REPORT_CUES, REPORT_LISTS, "examples"))
def test_report_cue_example_gives_a_report(tmp_path: Path, entry: str, sentence: str) -> None:
    assert reports_in(tmp_path, sentence), f"{entry}: no report in {sentence!r}"


@pytest.mark.parametrize("entry, sentence", cases(REPORT_CUES, REPORT_LISTS, "not"))
def test_report_cue_near_miss_gives_none(tmp_path: Path, entry: str, sentence: str) -> None:
    found = reports_in(tmp_path, sentence)
    assert not found, f"{entry}: {[fact.title for fact in found]} in {sentence!r}"


@pytest.mark.parametrize("entry, sentence", cases(GROUP_CUES, ("cues",), "examples"))
def test_group_cue_example_gives_one_recommendation(tmp_path: Path, entry: str, sentence: str) -> None:
    """One recommendation standing for the group; besides it only the call the sentence names, if it names one
    ('de oproep van de Raad om X ...': X is a recommendation of its own, as a careful reader notes it)."""
    found = groups_in(tmp_path, sentence)
    group = [fact for fact in found if fact.evidence.rule == GROUP_RULE]
    assert len(group) == 1 and group[0].text == sentence, (entry, found)
    assert all(fact.evidence.rule == EMBEDDED_RULE and fact.text in sentence and " om " in sentence
               for fact in found if fact is not group[0]), (entry, found)


@pytest.mark.parametrize("entry, sentence", cases(GROUP_CUES, ("cues",), "not"))
def test_group_cue_near_miss_gives_none(tmp_path: Path, entry: str, sentence: str) -> None:
    assert not groups_in(tmp_path, sentence), (entry, sentence)


def test_the_register_of_titles_loads() -> None:
    register = register_titles()
    assert len(register.titles) >= 60
    assert register.by_form["sociaal en cultureel rapport"].authors == (("scp", "Sociaal en Cultureel Planbureau"),)


# ---------------------------------------------------------------- what the register gives

def test_a_register_title_has_its_author_and_its_year(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Het Sociaal en Cultureel Planbureau publiceerde op 3 juni 2024 het Sociaal en "
                                 "Cultureel Rapport 2024. Het Sociaal en Cultureel Rapport laat zien dat Nederlanders "
                                 "tevreden zijn.")
    assert [(fact.title, fact.authors, fact.date) for fact in found] == [
        ("Sociaal en Cultureel Rapport 2024", ("scp",), "2024-06-03")]
    assert found[0].evidence.rule == "register title (scr)"


def test_a_register_title_takes_the_place_of_a_shorter_reading(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "De Staat van de Volksgezondheid en Zorg laat zien dat de levensverwachting stijgt.")
    assert [(fact.title, fact.authors) for fact in found] == [("Staat van Volksgezondheid en Zorg", ("rivm",))]


def test_a_register_title_gives_way_to_the_same_reading_and_gives_it_its_author(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Bijgaand bied ik u de openbare versie van het Dreigingsbeeld Terrorisme "
                                 "Nederland (DTN) 61 aan.")
    assert [(fact.title, fact.authors) for fact in found] == [("Dreigingsbeeld Terrorisme Nederland 61", ("nctv",))]
    assert found[0].evidence.rule.startswith("series title")


def test_a_register_title_gives_way_to_a_quoted_title(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Hierbij bied ik u het rapport ‘Zorgbalans 2014’ van het RIVM aan.")
    assert [fact.title for fact in found] == ["Zorgbalans 2014"]
    assert not found[0].evidence.rule.startswith("register title")


@pytest.mark.parametrize("sentence", [
    "De volgende Zorgbalans verschijnt in de zomer.",  # still to come
    "Het Sociaal en Cultureel Rapport verschijnt iedere twee jaar.",  # the series, no edition
    "Sociaal en Cultureel Rapport: zo heet de reeks.",  # no article, no year
])
def test_a_register_title_without_edition_that_names_no_report(tmp_path: Path, sentence: str) -> None:
    assert not reports_in(tmp_path, sentence)


# ---------------------------------------------------------------- what the cues give

def test_series_title_with_number_acronym_and_author(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Bijgaand bied ik u de openbare versie van het Dreigingsbeeld Terrorisme "
                                 "Nederland (DTN) 61 aan. Het Dreigingsbeeld laat een gelijkblijvende dreiging zien.")
    assert [fact.title for fact in found] == ["Dreigingsbeeld Terrorisme Nederland 61"]


def test_series_title_later_without_its_year_is_the_same_report(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Op 3 maart 2024 ontvingen wij de Studiekostenmonitor 2023/2024 van het "
                                 "Centraal Planbureau. De Studiekostenmonitor wordt iedere twee jaar uitgevoerd.")
    assert [fact.title for fact in found] == ["Studiekostenmonitor 2023/2024"]
    assert found[0].author_names == ("Centraal Planbureau",)


def test_sentence_case_titles_with_years_in_a_list(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Daarnaast is in twee brieven gereageerd op de rapporten Zorg om de zorg (2023) "
                                 "en Snel, zorgvuldig en menselijk (2024).")
    assert {(fact.title, fact.date) for fact in found} == {("Zorg om de zorg", "2023"),
                                                          ("Snel, zorgvuldig en menselijk", "2024")}


def test_sentence_case_title_loses_its_participle(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Daarnaast is door het Verwey-Jonker Instituut het onderzoek Jongeren en "
                                 "schulden in de grote steden verricht.")
    assert [fact.title for fact in found] == ["Jongeren en schulden in de grote steden"]


def test_described_report_with_its_author_and_date(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "Op 4 april 2024 publiceerde het Sociaal en Cultureel Planbureau de evaluatie "
                                 "van tien jaar Jeugdwet.")
    assert [(fact.title, fact.date) for fact in found] == [("evaluatie van tien jaar Jeugdwet", "2024-04-04")]
    assert found[0].author_names == ("Sociaal en Cultureel Planbureau",)


def test_possessive_advice_is_by_the_body_of_the_sentence(tmp_path: Path) -> None:
    found = reports_in(tmp_path, "In zijn negatieve advies over de aanwijzingsbevoegdheid voor dijken heeft de "
                                 "Raad van State geconstateerd dat een grondslag ontbreekt.")
    assert [fact.title for fact in found] == ["advies over de aanwijzingsbevoegdheid voor dijken"]
    assert found[0].author_names == ("Raad van State",)


def test_a_study_still_running_is_no_report(tmp_path: Path) -> None:
    assert not reports_in(tmp_path, "Het onderzoek naar de toedracht van het ongeval loopt nog; de Onderzoeksraad "
                                    "voor Veiligheid heeft na een verkennend onderzoek besloten een formeel "
                                    "onderzoek in te stellen.")


def test_the_group_item_is_linked_to_the_report_and_keeps_its_stance(tmp_path: Path) -> None:
    facts = letter(tmp_path, "Met deze brief bied ik u het rapport 'Veilig vliegen' van de Onderzoeksraad voor "
                             "Veiligheid aan.\n\nHet kabinet neemt de aanbevelingen van de Onderzoeksraad over.\n")
    found = [fact for fact in facts if isinstance(fact, RecommendationFact)]
    assert len(found) == 1 and found[0].report_title == "Veilig vliegen"
    assert found[0].response is not None and found[0].response.stance == "accepted"


def test_the_group_item_is_the_sentence_a_footnote_marker_glued_on(tmp_path: Path) -> None:
    found = groups_in(tmp_path, "Hierbij ontvangt u de voortgangsbrief, zoals toegezegd.1 Hierbij ga ik tevens "
                                "in op de aanbevelingen die de Algemene Rekenkamer deed in haar "
                                "verantwoordingsonderzoek 2022.")
    assert len(found) == 1 and found[0].text.startswith("Hierbij ga ik tevens in op de aanbevelingen")


def test_no_group_item_when_the_letter_gives_the_recommendations_one_by_one(tmp_path: Path) -> None:
    found = groups_in(tmp_path, "De Inspectie beveelt de IND aan om de wachttijden terug te dringen. "
                                "Ik reageer op de aanbevelingen van de Inspectie. Deze aanbeveling neem ik over.")
    assert all(fact.evidence.rule != GROUP_RULE for fact in found) and found
