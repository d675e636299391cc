"""kg/data/event_cues.json, through the extractor: every phrase pattern gives one event of its kind
on each example and none on its near misses; every meeting noun of the file is an event.

Parametrized over the file, so an entry added to it is tested without writing a test.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.domain import rules
from kg.domain.model import EventMention
from kg.extract import events
from kg.extract.events import CUES_FILE
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.read.structure import structure

CLOSING = "\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Tester\n"


def read(tmp_path: Path, body: str) -> list[EventMention]:
    path = tmp_path / "letter.txt"
    path.write_text(f"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                    f"Den Haag, 22 juni 2023\n\n{body}{CLOSING}", encoding="utf-8")
    return events.run(structure(clean(read_letter(path))), ())


def cases(field: str) -> list:
    return [pytest.param(row["kind"], text, id=f"{row['id']}: {text[:40]}")
            for row in rules.entries(CUES_FILE, "patterns") for text in row.get(field) or ()]


@pytest.mark.parametrize("kind, text", cases("examples"))
def test_phrase_gives_an_event_of_its_kind(tmp_path: Path, kind: str, text: str) -> None:
    assert [event.kind for event in read(tmp_path, text)] == [kind]


@pytest.mark.parametrize("kind, text", cases("not"))
def test_phrase_near_misses_give_no_event(tmp_path: Path, kind: str, text: str) -> None:
    assert read(tmp_path, text) == []


@pytest.mark.parametrize("stem, kind", sorted(rules.load(CUES_FILE)["meetings"].items()))
def test_every_meeting_noun_is_an_event(tmp_path: Path, stem: str, kind: str) -> None:
    written = re.sub(r"\\s\+", " ", stem).replace("e?", "e").replace(events._OPTIONAL_HYPHEN, "")
    found = read(tmp_path, f"Tijdens het {written} van 30 maart jl. heb ik dit toegelicht.")
    assert [(event.kind, event.date) for event in found] == [(kind, "2023-03-30")]


@pytest.mark.parametrize("body, kind, date, label", [
    ("Tijdens het spoeddebat over de brand in het chemiebedrijf op 13 januari 2011 is hierom gevraagd.",
     "spoeddebat", "2011-01-13", "spoeddebat over de brand in het chemiebedrijf"),
    ("Tijdens de regeling van werkzaamheden van 7 maart jl. is om deze brief verzocht.",
     "regeling van werkzaamheden", "2023-03-07", "regeling van werkzaamheden"),
    ("In het mondelinge vragenuur van 6 december 2022 heb ik dit toegezegd.",
     "vragenuur", "2022-12-06", "mondelinge vragenuur"),
    ("Dit geldt ook voor het wetsvoorstel Werk Zeker, waarvan de behandeling in uw Kamer op 14 mei 2024 "
     "gepland staat.", "wetsbehandeling", "2024-05-14", "behandeling van het wetsvoorstel Werk Zeker in uw Kamer"),
])
def test_debates_named_by_their_subject_with_their_date(tmp_path: Path, body: str, kind: str, date: str,
                                                         label: str) -> None:
    found = read(tmp_path, body)
    assert [(event.kind, event.date, event.label) for event in found] == [(kind, date, label)]


def test_phrase_scans_find_what_their_patterns_find() -> None:
    """Each phrase is searched only near its anchor; that finds the same matches as the pattern."""
    root = Path(__file__).resolve().parent.parent
    texts = [path.read_text(encoding="utf-8") for folder in ("letters", "extra")
             for path in sorted((root / "examples" / folder).glob("*.txt"))]
    texts += [text for row in rules.entries(CUES_FILE, "patterns") for text in row["examples"] + row["not"]]
    for phrase in events._PHRASES:
        for text in texts:
            assert [m.span() for m in phrase.scan.finditer(text)] == \
                [m.span() for m in phrase.scan.pattern.finditer(text)], phrase.id


@pytest.mark.parametrize("body, kind, date, label", [
    ("Tijdens het Tweeminuten-debat over integriteit openbaar bestuur met uw Kamer op 24 mei 2023 heb ik dit "
     "toegezegd.", "tweeminutendebat", "2023-05-24",
     "Tweeminuten-debat over integriteit openbaar bestuur met uw Kamer"),
    ("Tijdens het notaoverleg over de initiatiefnota van het lid Bikker op 9 mei 20231 is dit besproken.",
     "notaoverleg", "2023-05-09", "notaoverleg over de initiatiefnota van het lid Bikker"),
    ("Bij de interpellatie van het lid Omtzigt op 21 maart 2023 heb ik dit aangegeven.",
     "interpellatie", "2023-03-21", "interpellatie van het lid Omtzigt"),
    ("Tijdens mijn werkbezoek aan Zeeland op 17 maart 2023 sprak ik met ondernemers.",
     "werkbezoek", "2023-03-17", "werkbezoek aan Zeeland"),
    ("Het tweeminutendebat Staatsdeelnemingen (CD 8/3) is op 13 maart 2023 gehouden.",
     "tweeminutendebat", "2023-03-13", "tweeminutendebat Staatsdeelnemingen"),
    ("Ik heb toegezegd de doelstellingen toe te lichten; die technische briefing heeft op 15 december 2022 "
     "plaatsgevonden.", "technische briefing", "2022-12-15", "technische briefing"),
    ("Tijdens het debat over de Staat van de Unie op 1 februari 2023 is hierom gevraagd.",
     "debat", "2023-02-01", "debat over de Staat van de Unie"),
    # an event named inside the label of another of its date is its subject
    ("Tijdens het algemeen overleg Landbouw- en Visserijraad van 12 december 2018 vroeg het lid hiernaar.",
     "algemeen overleg", "2018-12-12", "algemeen overleg Landbouw- en Visserijraad"),
    ("In het commissiedebat NAVO-top van 22 juni 2022 is dit gevraagd.",
     "commissiedebat", "2022-06-22", "commissiedebat NAVO-top"),
    ("De inzet ontvangt u voor die vergadering voor het wetgevingsoverleg over het Belastingplan 2016 van "
     "2 november 2015.", "wetgevingsoverleg", "2015-11-02", "wetgevingsoverleg over het Belastingplan 2016"),
    # 'informele' with the day, a short name in brackets before the date
    ("Ik informeer u over de informele bijeenkomst van de EU-ministers van Buitenlandse Zaken (Gymnich) van "
     "30 en 31 januari 2023 in Brussel.", "bijeenkomst", "2023-01-30",
     "bijeenkomst van de EU-ministers van Buitenlandse Zaken"),
    ("Het wetgevingsoverleg over het wetsvoorstel Modern Migratiebeleid vindt plaats op 20 juni 2011.",
     "wetgevingsoverleg", "2011-06-20", "wetgevingsoverleg over het wetsvoorstel Modern Migratiebeleid"),
    ("Op 17 mei 2017 organiseert het ministerie een landelijke werkconferentie over het lerarentekort.",
     "conferentie", "2017-05-17", "landelijke werkconferentie over het lerarentekort"),
])
def test_meetings_of_every_ministry(tmp_path: Path, body: str, kind: str, date: str, label: str) -> None:
    assert [(event.kind, event.date, event.label) for event in read(tmp_path, body)] == [(kind, date, label)]


def test_a_meeting_joined_with_its_own_article_is_one_of_its_own(tmp_path: Path) -> None:
    body = ("Tijdens het notaoverleg over het winningsplan en het plenaire debat van 9 december 2015 heb ik "
            "uw Kamer toegezegd u te informeren.")
    assert [(event.kind, event.date, event.label) for event in read(tmp_path, body)] == [
        ("notaoverleg", "2015-12-09", "notaoverleg over het winningsplan"),
        ("plenair debat", "2015-12-09", "plenaire debat")]


def test_a_meeting_with_a_year_of_its_own_keeps_it_before_another_meeting(tmp_path: Path) -> None:
    body = ("Tijdens de begrotingsbehandeling van 2016 en het algemeen overleg leraren van 30 juni 2016 heeft uw "
            "Kamer moties aangenomen.\n\nIn het algemeen overleg heb ik de heer Rog toegezegd de ramingen te "
            "actualiseren.")
    assert [(event.kind, event.date, event.label) for event in read(tmp_path, body)] == [
        ("begrotingsbehandeling", None, "begrotingsbehandeling van 2016"),
        ("algemeen overleg", "2016-06-30", "algemeen overleg leraren")]


@pytest.mark.parametrize("body, label", [
    ("Het commissiedebat vreemdelingen- en asielbeleid van 6 september 2023 is uitgesteld.",
     "commissiedebat vreemdelingen- en asielbeleid"),
    ("In de triloog van 18 december 2018 is een voorlopig akkoord bereikt.", "triloog"),
])
def test_a_meeting_with_a_title_in_lower_case_or_a_trilogue(tmp_path: Path, body: str, label: str) -> None:
    assert [event.label for event in read(tmp_path, body)] == [label]


def test_a_meeting_noun_before_a_clause_takes_no_title_from_it(tmp_path: Path) -> None:
    body = "Het commissiedebat dat van 3 maart 2016 naar april is verplaatst, gaat over asiel."
    assert [(event.label, event.date) for event in read(tmp_path, body)] == [("commissiedebat", None)]


@pytest.mark.parametrize("body", [
    "Op 15 januari 2024 heeft het Interprovinciaal Overleg een standpunt ingenomen.",
    "Er is op 3 mei 2023 informeel overleg geweest met de sector.",
    "Wij voeren in mei 2023 informeel overleg met de gemeenten.",
])
def test_a_name_or_informal_talks_are_no_event(tmp_path: Path, body: str) -> None:
    assert read(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "In het schriftelijk overleg over de Visserijraad van 14 november 2022 hebben de leden vragen gesteld.",
    "De vragen uit het schriftelijk overleg van 3 mei 2023 beantwoord ik in de bijlage.",
    "Ik heb de vragen van uw commissie in een schriftelijke ronde op 8 juni 2023 beantwoord.",
    "De Kamer heeft in een schriftelijk overleg over de vorige Raad vragen gesteld.",
])
def test_a_written_procedure_is_no_event(tmp_path: Path, body: str) -> None:
    assert read(tmp_path, body) == []


@pytest.mark.parametrize("body, expected", [
    ("Tijdens de conferentie van 20 april 2023 is gesproken over innovatie. Het verslag van die bijeenkomst is "
     "op 28 april 2023 aan uw Kamer gezonden.", [("conferentie", "2023-04-20")]),
    ("Het gesprek met de burgemeesters is op 3 mei 2023 gevoerd.", [("gesprek", "2023-05-03")]),
    ("De bijeenkomst met de provincies is op 12 juni 2023 gehouden.", [("bijeenkomst", "2023-06-12")]),
])
def test_a_date_after_a_verb_dates_a_generic_meeting_only_when_it_was_held(tmp_path: Path, body: str,
                                                                           expected: list) -> None:
    assert [(event.kind, event.date) for event in read(tmp_path, body)] == expected


def test_an_interpellation_right_is_no_event(tmp_path: Path) -> None:
    assert read(tmp_path, "Het interpellatierecht is een belangrijk instrument van de Kamer.") == []


@pytest.mark.parametrize("body, expected", [
    ("Het lid vroeg tijdens het deskundigenoverleg van 25 oktober 2011 naar de termijnen.",
     [("deskundigenoverleg", "2011-10-25")]),
    ("Tijdens de plenaire behandeling op 27 en 28 mei 2024 (Handelingen I 2023/24, nr. 32, item 7) is dit toegezegd.",
     [("plenaire behandeling", "2024-05-27")]),
    # near misses: an undated compound of 'overleg' is a way of working
    ("In het ketenoverleg bespreken wij dit regelmatig.", []),
])
def test_a_compound_of_overleg_and_a_plenary_reading_by_their_day(tmp_path: Path, body: str, expected: list) -> None:
    assert [(event.label, event.date) for event in read(tmp_path, body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Tijdens de ICAO-Assemblee van september 2022 in Montreal heeft Nederland aangedrongen op klimaatafspraken.",
     [("conferentie", "2022-09")]),
    ("Op de Wereldgezondheidsassemblee van mei 2023 is het pandemieverdrag besproken.", [("conferentie", "2023-05")]),
    ("Tijdens de VN-Milieuassemblee van 26 februari 2024 is een resolutie aangenomen.", [("conferentie", "2024-02-26")]),
    ("Op de OVSE-conferentie van 4 december 2023 heb ik het woord gevoerd.", [("conferentie", "2023-12-04")]),
    # near misses: an assembly as a body, undated; a press conference after an acronym
    ("De Parlementaire Assemblee van de Raad van Europa nam een resolutie aan.", []),
    ("Op 12 mei 2023 is de EU-persconferentie gehouden.", []),
])
def test_an_assembly_or_a_meeting_after_an_acronym_by_its_date(tmp_path: Path, body: str, expected: list) -> None:
    assert [(event.kind, event.date) for event in read(tmp_path, body)] == expected


@pytest.mark.parametrize("body, kind, date, label", [
    # a weekday before the day is no part of the label
    ("Bij de stemmingen van dinsdag 4 juli 2023 is de motie aangenomen.", "stemming", "2023-07-04", "stemmingen"),
    # who else takes part, between commas before the verb that dates the meeting
    ("Het volgende bestuurlijk overleg, met ook de veiligheidsregio's, staat gepland op 14 november 2023.",
     "bestuurlijk overleg", "2023-11-14", "volgende bestuurlijk overleg"),
    ("Het volgende algemeen overleg vindt plaats in oktober 2023.", "algemeen overleg", "2023-10",
     "volgende algemeen overleg"),
    # a debate about a Council is the debate
    ("In het debat ter voorbereiding op de Europese Raad, op 20 juni 2023, heb ik de inzet toegelicht.",
     "debat", "2023-06-20", "debat ter voorbereiding op de Europese Raad"),
    # a compound after a capitalised word names a meeting (the bare noun a body: 'Interprovinciaal Overleg')
    ("Op 7 juni 2023 vond in Parijs de Ministeriële Raadsbijeenkomst van de OESO plaats.", "bijeenkomst",
     "2023-06-07", "Raadsbijeenkomst van de OESO"),
    ("Tijdens het Interparlementair Koninkrijksoverleg van januari 2023 is dit besproken.", "overleg", "2023-01",
     "Koninkrijksoverleg"),
    # the subject of a debate asked for follows the participle
    ("Het lid Kuzu heeft een dertigledendebat aangevraagd over discriminatie op de arbeidsmarkt.", "dertigledendebat",
     None, "dertigledendebat over discriminatie op de arbeidsmarkt"),
    ("Tijdens de Algemene Politieke Beschouwingen van 20 en 21 september 2022 is hierom gevraagd.",
     "algemene beschouwingen", "2022-09-20", "Algemene Politieke Beschouwingen"),
])
def test_meetings_of_the_events_bank(tmp_path: Path, body: str, kind: str, date: str | None, label: str) -> None:
    found = read(tmp_path, body)
    assert [(event.kind, event.date, event.label) for event in found] == [(kind, date, label)]


@pytest.mark.parametrize("body", [
    "Het lid Van Dijk heeft op 3 mei 2023 een debat aangevraagd over de wachtlijsten.",
    "Het Interprovinciaal Overleg heeft op 3 mei 2023 een standpunt ingenomen.",
    "Het overleg, met de gemeenten, heeft op 3 mei 2023 een verslag opgeleverd.",
])
def test_near_misses_of_the_events_bank(tmp_path: Path, body: str) -> None:
    assert read(tmp_path, body) == []


def test_a_short_name_in_brackets_names_later_meetings_of_its_kind(tmp_path: Path) -> None:
    found = read(tmp_path, "Tijdens het Bestuurlijk Overleg Luchtvaart (BOL) van 3 maart 2023 is dit besproken. "
                           "In het BOL is ook de planning vastgesteld. Het eerstvolgende BOL staat gepland op "
                           "14 september 2023.")
    assert [(event.kind, event.date, event.label) for event in found] == [
        ("bestuurlijk overleg", "2023-03-03", "Bestuurlijk Overleg Luchtvaart"),
        ("bestuurlijk overleg", "2023-09-14", "eerstvolgende BOL")]


@pytest.mark.parametrize("body", [
    # a subject's short name, not the meeting's
    "In het commissiedebat Wet langdurige zorg (WLZ) van 3 maart 2023 is dit besproken. De WLZ van 1 januari 2015 "
    "geldt nog.",
    # a date before the short name is another act's
    "Tijdens het Bestuurlijk Overleg Luchtvaart (BOL) van 3 maart 2023 is dit besproken. Op 1 juli 2023 heeft het "
    "BOL een brief gestuurd.",
])
def test_a_short_name_without_its_own_date_after_it_is_no_new_meeting(tmp_path: Path, body: str) -> None:
    assert len(read(tmp_path, body)) == 1
