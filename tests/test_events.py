"""Events (kg/extract/events.py): meetings and debates, dated against the letter's date."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.domain.model import EventMention
from kg.extract import events
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.read.structure import structure

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "examples" / "letters"
from conftest import EXTRA  # noqa: E402

CLOSING = "\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Tester\n"


def read(tmp_path: Path, body: str, when: str = "22 juni 2023") -> list[EventMention]:
    path = tmp_path / "letter.txt"
    path.write_text(f"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                    f"Den Haag, {when}\n\n{body}{CLOSING}", encoding="utf-8")
    return events.run(structure(clean(read_letter(path))), ())


def summary(found: list[EventMention]) -> list[tuple[str, str | None]]:
    return [(event.kind, event.date) for event in found]


def mentions(path: Path) -> list[EventMention]:
    return events.run(structure(clean(read_letter(path))), ())


@pytest.mark.parametrize("body, expected, label", [
    ("Tijdens het commissiedebat met de Vaste Kamercommissie Justitie en Veiligheid op 30 maart "
     "jl. heeft uw Kamer mij verzocht om een reactie.",
     [("commissiedebat", "2023-03-30")],
     "commissiedebat met de Vaste Kamercommissie Justitie en Veiligheid"),
    ("Tijdens het Algemeen Overleg met uw Commissie voor Immigratie en Asiel van 27 april "
     "aangaande wijziging asielprocedures heb ik geconstateerd dat er steun is.",
     [("algemeen overleg", "2023-04-27")],
     "Algemeen Overleg met uw Commissie voor Immigratie en Asiel"),
    ("Op 5 juni jongstleden heeft de commissie in haar procedurevergadering besloten over de "
     "datum waarop het onderzoek plaats zal vinden (17 oktober a.s.).",
     [("procedurevergadering", "2023-06-05")], "procedurevergadering"),
    ("Tijdens de begrotingsbehandeling van het Ministerie van Justitie en Veiligheid, heb ik "
     "toegezegd u te informeren.",
     [("begrotingsbehandeling", None)],
     "begrotingsbehandeling van het Ministerie van Justitie en Veiligheid"),
    ("Naar aanleiding daarvan heeft de IND een overleg met een afvaardiging van de advocatuur "
     "geïnitieerd, waarbij gesproken is over de aanpak.",
     [("overleg", None)], "overleg met een afvaardiging van de advocatuur"),
    ("Tijdens het commissiedebat Vreemdelingen- en asielbeleid van 12 oktober 2022 heb ik dit "
     "toegezegd.", [("commissiedebat", "2022-10-12")],
     "commissiedebat Vreemdelingen- en asielbeleid"),
    ("In december 2022 heeft overleg plaatsgehad op het hoofdkantoor van de IND.",
     [("overleg", "2022-12")], "overleg op het hoofdkantoor van de IND"),
    ("In mei 2023 is met de directeur van het iMMO ambtelijk gesproken op het "
     "bestuursdepartement.",
     [("ambtelijk gesprek", "2023-05")],
     "ambtelijk gesprek met de directeur van het iMMO op het bestuursdepartement"),
    ("Hierbij ontvangt u het verslag van de Europese Raad van 8 en 9 december 2011 te Brussel.",
     [("Raad", "2011-12-08")], "Europese Raad"),
    ("Hierbij stuur ik u de geannoteerde agenda voor de Landbouw- en Visserijraad (hierna: de Raad) die op "
     "25 april 2023 in Luxemburg zal plaatsvinden.", [("Raad", "2023-04-25")], "Landbouw- en Visserijraad"),
    ("Op 11 en 12 juli 2018 vindt in Brussel de NAVO-top plaats.", [("top", "2018-07-11")], "NAVO-top"),
    ("Bij de behandeling van de justitiebegroting voor 2009 heb ik toegezegd u te informeren.",
     [("wetsbehandeling", None)], "behandeling van de justitiebegroting"),
    ("Tijdens het AO Onderwijs in ontwikkelingslanden op 29 juni 2017 heb ik dit toegezegd.",
     [("algemeen overleg", "2017-06-29")], "AO Onderwijs in ontwikkelingslanden"),
    ("Tijdens het debat over de Europese Raad van 7 december jl. heb ik dit toegezegd.",
     [("debat", "2022-12-07")], "debat over de Europese Raad"),
])
def test_events_in_sentences(tmp_path: Path, body: str, expected: list, label: str) -> None:
    found = read(tmp_path, body)
    assert summary(found) == expected
    assert found[0].label == label


def test_plural_meetings_are_one_event_per_date(tmp_path: Path) -> None:
    found = read(tmp_path, "De verslagen uit mei 2017 en februari 2018 betreffen verslagen van "
                           "interne werkbesprekingen van het team met het management.")
    assert summary(found) == [("werkbespreking", "2017-05"), ("werkbespreking", "2018-02")]
    assert found[0].label.startswith("interne werkbesprekingen")


def test_heading_and_sentence_about_one_meeting_are_one_event(tmp_path: Path) -> None:
    body = ("Met deze brief informeer ik u over de stand van zaken van de aanpak die ik in mijn "
            "vorige brief heb aangekondigd, en over wat uw Kamer daarover heeft gevraagd.\n\n"
            "Rondetafelgesprek d.d. 24 juni 2021\n\n"
            "Op 24 juni jl. heeft uw Kamer gesproken met de directeur van de IND. Ik ben uw Kamer "
            "erkentelijk voor het initiatief van dit rondetafelgesprek.")
    found = read(tmp_path, body, when="8 juli 2021")
    assert summary(found) == [("rondetafelgesprek", "2021-06-24")]


def test_an_undated_mention_refers_back_to_the_dated_one(tmp_path: Path) -> None:
    body = ("Tijdens het Algemeen Overleg van 27 april heb ik steun geconstateerd. Helaas kon het "
            "debat niet worden afgerond. Ik heb dit zoals aangekondigd in mijn brief d.d. 8 april "
            "toegelicht tijdens het Algemeen Overleg.")
    assert summary(read(tmp_path, body, when="28 april 2011")) == [
        ("algemeen overleg", "2011-04-27")]


def test_undated_readings_of_two_bills_are_two_events_and_a_bare_mention_joins_one(tmp_path: Path) -> None:
    """Undated events of one kind were one event per letter, the longest label kept: the reading of a
    second bill was lost. Each label that is not the start of another's is an event of its own."""
    body = ("Tijdens de plenaire behandeling van het wetsvoorstel Wet terugkeer en vreemdelingenbewaring heb "
            "ik toegezegd hierop terug te komen.\n\nBij de behandeling van de Wet medezeggenschap op scholen "
            "heeft uw Kamer hierom gevraagd.\n\nTijdens de behandeling heb ik dat toegelicht.")
    found = read(tmp_path, body)
    assert [event.label for event in found] == [
        "plenaire behandeling van het wetsvoorstel Wet terugkeer en vreemdelingenbewaring",
        "behandeling van de Wet medezeggenschap op scholen"]


@pytest.mark.parametrize("body", [
    "Er is regelmatig overleg tussen hoor- en beslismedewerkers en de unit 1F.",
    "Medewerkers benaderen elkaar voor collegiaal overleg.",
    "Ik zal in overleg met de minister van Binnenlandse Zaken een wetswijziging entameren.",
    "Afgesproken is om over de problemen in gesprek te blijven.",
    "Dit kan worden besproken in de overleggen met de IND.",
    "Ik nodig u uit om de samenwerking voort te zetten, bijvoorbeeld met werkbezoeken en "
    "technische briefings.",
    "Helaas kon het debat niet worden afgerond.",
    "De periodieke gesprekken in de bestuurlijke driehoek borgen de randvoorwaarden.",
    "Daarin is in onderling vertrouwen gesproken over ontwikkelingen.",
    "Het initiatief bood kans voor een laagdrempelig en openhartig gesprek over het werk.",
])
def test_near_misses(tmp_path: Path, body: str) -> None:
    assert read(tmp_path, body) == []


def test_footnote_event() -> None:
    found = mentions(LETTERS / "004_0c0b669893b9a50c.txt")
    assert ("ordedebat", None) in summary(found)
    assert ("rondetafelgesprek", "2021-06-24") in summary(found)
    assert len(found) == 3


def test_evidence_quotes_the_event() -> None:
    for event in mentions(LETTERS / "001_70649b2bd7f3965d.txt"):
        assert event.evidence.text.lower().startswith(event.kind.split()[0])
        assert event.evidence.extractor == "events.v1"


@pytest.mark.skipif(not EXTRA.is_dir(), reason="extra letters not available")
@pytest.mark.parametrize("stem, expected", [
    ("kst-19637-1417", [("algemeen overleg", "2011-04-27")]),
    ("kst-20052006-30308-D", [("procedurevergadering", "2006-09-05")]),
    ("kst-19637-1405", []),
    ("kst-33042-12", []),
])
def test_extra_letters(stem: str, expected: list) -> None:
    assert summary(mentions(EXTRA / f"{stem}.txt")) == expected


@pytest.mark.parametrize("body, expected, label", [
    # a relative clause after the label that holds or plans the meeting then dates it
    ("Ik ga hierop graag in tijdens het algemeen overleg Leraren, dat voor 4 december a.s. is gepland.",
     [("algemeen overleg", "2023-12-04")], "algemeen overleg Leraren"),
    ("Ook reageer ik op de hoorzitting die de vaste commissie voor Verkeer en Waterstaat op 14 mei 2008 "
     "heeft gehouden met reizigersorganisaties.", [("hoorzitting", "2008-05-14")], "hoorzitting"),
    ("Ik ga graag met uw Kamer in gesprek over deze brief in het debat dat voor 17 juli is voorzien.",
     [("debat", "2023-07-17")], "debat"),
    ("Nederland nam deel aan de ministeriële conferentie over migratie en ontwikkeling die op 26 maart 2025 "
     "in Rome werd gehouden.", [("conferentie", "2025-03-26")],
     "ministeriële conferentie over migratie en ontwikkeling"),
    # a year followed at once by its days is those days
    ("Ik meld u dat de jaarvergadering van het IMF en de Wereldbank dit jaar van 12 tot en met 14 oktober "
     "in Tokio wordt gehouden.", [("jaarvergadering", "2023-10-12")], "jaarvergadering van het IMF en de Wereldbank"),
    # a title between the noun and its date: capitalised words (with a slash) or quoted
    ("Zoals ik heb aangegeven in het algemeen overleg Eurogroep/Ecofinraad van 4 juli jl., steunt Nederland dit.",
     [("algemeen overleg", "2022-07-04")], "algemeen overleg Eurogroep/Ecofinraad"),
    ("Ook de opbrengst van de landelijke werkconferentie «Samen opleiden» van 21 oktober 2019 wijst die kant op.",
     [("conferentie", "2019-10-21")], "landelijke werkconferentie «Samen opleiden»"),
    # 'in' before a month
    ("Dit is afgesproken tijdens de NAVO-top in Wales in september 2014.", [("top", "2014-09")], "NAVO-top in Wales"),
    # an informal meeting of ministers, on its day
    ("Het informele overleg van EU-landbouwministers, dat van 4 tot en met 6 juni in Stockholm plaatsvindt, "
     "gaat over de voedselketen.", [("overleg", "2023-06-04")], "overleg van EU-landbouwministers"),
    ("De strategie is besproken tijdens de informele videoconferentie van EU-gezondheidsministers op 28 januari 2021.",
     [("conferentie", "2021-01-28")], "videoconferentie van EU-gezondheidsministers"),
    # the verb that says the meeting took place is no part of the label
    ("Op 25 mei heb ik een werkbezoek afgelegd aan de Eemshaven.", [("werkbezoek", "2023-05-25")],
     "werkbezoek aan de Eemshaven"),
    ("In de marge van de bijeenkomst vond een overleg plaats van de anti-ISIS coalitie.",
     [("overleg", None)], "overleg van de anti-ISIS coalitie"),
    # a meeting named by the verb 'bijeenkomen', in a dated sentence
    ("Op 14 en 15 juni jl. kwamen de ministers van Defensie van de NAVO-lidstaten bijeen in Brussel.",
     [("bijeenkomst", "2023-06-14")], "bijeenkomst van de ministers van Defensie van de NAVO-lidstaten in Brussel"),
    ("De werkgroep is op 3 mei voor het eerst bijeengekomen.", [("bijeenkomst", "2023-05-03")],
     "bijeenkomst van de werkgroep"),
])
def test_dates_titles_and_verbs_of_meetings(tmp_path: Path, body: str, expected: list, label: str) -> None:
    found = read(tmp_path, body)
    assert summary(found) == expected
    assert found[0].label == label


def test_a_meeting_introduced_with_een_is_no_reference_back(tmp_path: Path) -> None:
    body = ("Op 13 maart heb ik gesproken met LTO Nederland in een gesprek over de landbouw. In de marge van "
            "de Raad heb ik een bilateraal gesprek gevoerd met de Europees Commissaris voor Milieu.")
    found = read(tmp_path, body)
    assert ("gesprek", None) in summary(found)
    assert "bilateraal gesprek met de Europees Commissaris voor Milieu" in [event.label for event in found]


@pytest.mark.parametrize("body, expected", [
    ("Het commissiedebat, dat op 3 mei werd aangekondigd, gaat over de Spoorwegen.", [("commissiedebat", None)]),
    ("Het overleg, dat op 3 mei is afgezegd, komt later terug.", []),
    ("Wij brengen op 3 mei de partijen bijeen.", []),
    ("Wij hebben informeel overleg met de sector op 3 mei.", []),
    ("De Eurogroep, die op 20 juli een verklaring publiceerde, steunt het programma.", []),
])
def test_near_misses_of_dates_and_verbs(tmp_path: Path, body: str, expected: list) -> None:
    assert summary(read(tmp_path, body)) == expected


@pytest.mark.parametrize("body, expected, label", [
    # a compound of a generic head noun is that noun ('compound_heads' in event_cues.json)
    ("Verder heeft op 11 december een expertsessie plaatsgevonden met wetenschappers.",
     [("sessie", "2023-12-11")], "expertsessie met wetenschappers"),
    ("Op 1 februari heeft de IND een kennissessie voor advocaten georganiseerd.",
     [("sessie", "2023-02-01")], "kennissessie voor advocaten"),
    ("Dit bleek tijdens de financieringsconferentie in Dakar in februari 2018.",
     [("conferentie", "2018-02")], "financieringsconferentie in Dakar"),
    ("In het Integratiedebat van 22 januari 2009 heb ik toegezegd dit te onderzoeken.",
     [("debat", "2009-01-22")], "Integratiedebat"),
    # a title that lists its subjects
    ("Dit heb ik toegezegd tijdens het commissiedebat Elektriciteitsnet, energie-infrastructuur en RES van "
     "9 oktober 2023.", [("commissiedebat", "2023-10-09")],
     "commissiedebat Elektriciteitsnet, energie-infrastructuur en RES"),
    ("Ik heb kennisgenomen van het symposium «Bouwen aan vertrouwen», dat de universiteit op 1 november 2019 "
     "heeft gehouden.", [("symposium", "2019-11-01")], "symposium «Bouwen aan vertrouwen»"),
    # 'vond op <dag> plaats'
    ("De laatste bijeenkomst vond op 30 november plaats in Zwolle.", [("bijeenkomst", "2023-11-30")],
     "laatste bijeenkomst"),
    # 'van ... tot en met ...' before the noun is its period, not another noun's date
    ("Ik informeer u dat ik van 16 tot en met 20 juli een werkbezoek breng aan Bonaire.",
     [("werkbezoek", "2023-07-16")], "werkbezoek"),
    # a short name in brackets before the clause that dates the meeting
    ("Hierbij ontvangt u het verslag van de informele bijeenkomst van de ministers van Justitie (informele "
     "JBZ-Raad) die op 25 en 26 januari 2024 in Brussel plaatsvond.", [("bijeenkomst", "2024-01-25")],
     "bijeenkomst van de ministers van Justitie"),
    # a meeting named by 'vergaderen'
    ("De Stuurgroep wederopbouw vergaderde op 14 juni jl. voor de vierde keer.", [("vergadering", "2023-06-14")],
     "vergadering van de Stuurgroep wederopbouw"),
    # an adjective without -e after 'een'
    ("In de marge heb ik een afzonderlijk gesprek gehad met de minister-president van Sint Maarten.",
     [("gesprek", None)], "afzonderlijk gesprek met de minister-president van Sint Maarten"),
])
def test_compounds_periods_and_verbs(tmp_path: Path, body: str, expected: list, label: str) -> None:
    found = read(tmp_path, body)
    assert summary(found) == expected
    assert found[0].label == label


def test_an_undated_mention_pointing_back_is_the_dated_meeting_before_it(tmp_path: Path) -> None:
    body = ("Op 17 oktober heb ik in Groningen gesproken met de burgemeesters van de gemeenten. In dit bestuurlijk "
            "overleg hebben wij afgesproken dat er een plan komt.")
    assert summary(read(tmp_path, body, when="8 november 2019")) == [("gesprek", "2019-10-17")]


@pytest.mark.parametrize("body", [
    "Op 3 mei heeft de minister-president in de persconferentie de maatregelen toegelicht.",
    "De regionale consultatiebijeenkomsten zijn goed bezocht.",
    "Het symposium over vertrouwen wordt volgend jaar georganiseerd.",
    "Wij vergaderen regelmatig met de sector.",
    "Het maatschappelijk debat over integratie is in 2009 gevoerd.",
    "Het asieldebat in de samenleving duurt al jaren.",
])
def test_near_misses_of_compounds_and_verbs(tmp_path: Path, body: str) -> None:
    assert read(tmp_path, body) == []


@pytest.mark.parametrize("body, expected, label", [
    ("Het commissiedebat Mijnbouw/Groningen staat gepland voor 27 november a.s.",
     [("commissiedebat", "2023-11-27")], "commissiedebat Mijnbouw/Groningen"),
    ("Het algemeen overleg is gepland op 4 juli.", [("algemeen overleg", "2023-07-04")], "algemeen overleg"),
])
def test_a_meeting_planned_for_a_day(tmp_path: Path, body: str, expected: list, label: str) -> None:
    found = read(tmp_path, body)
    assert summary(found) == expected
    assert found[0].label == label


def test_the_bare_council_of_a_month_is_its_decisions_not_a_meeting(tmp_path: Path) -> None:
    assert read(tmp_path, "De herplaatsingsbesluiten van de Raad van september 2015 worden langzaam uitgevoerd.") == []


@pytest.mark.parametrize("body, when, expected", [
    ("Tijdens het plenaire debat over het lerarentekort van 30 januari 2019 heb ik toezeggingen gedaan. "
     "Tijdens het debat van 30 januari heb ik toegezegd advies te vragen.", "1 juli 2019",
     [("plenair debat", "2019-01-30")]),
    ("In het commissiedebat Openbaar vervoer van 2 oktober 2024 is dit besproken. In het debat van "
     "2 oktober heb ik een brief toegezegd.", "1 november 2024", [("commissiedebat", "2024-10-02")]),
    ("Het algemeen overleg Leraren van 14 maart 2019 ging hierover. Tijdens het overleg van 14 maart "
     "vroeg uw Kamer om een brief.", "1 juli 2019", [("algemeen overleg", "2019-03-14")]),
])
def test_a_bare_noun_on_the_day_of_a_named_meeting_is_that_meeting(tmp_path: Path, body: str, when: str,
                                                                   expected: list) -> None:
    assert summary(read(tmp_path, body, when=when)) == expected


def test_a_bare_noun_on_the_day_of_a_meeting_of_another_kind_stays(tmp_path: Path) -> None:
    body = ("De Transportraad van 5 december 2023 sprak hierover. In het debat van 5 december heb ik "
            "dit toegelicht.")
    assert summary(read(tmp_path, body, when="20 december 2023")) == [("Raad", "2023-12-05"),
                                                                      ("debat", "2023-12-05")]


@pytest.mark.parametrize("body, expected, label", [
    # a title with no date after it, before a clause that holds or plans the meeting
    ("De agenda bespreken we in het commissiedebat Landbouw- en Visserijraad dat morgen plaatsvindt.",
     [("commissiedebat", None)], "commissiedebat Landbouw- en Visserijraad"),
    ("Ik verwacht dit te bespreken in het notaoverleg Wonen en Ruimte dat na de zomer is voorzien.",
     [("notaoverleg", "2023-09")], "notaoverleg Wonen en Ruimte"),
    # ... or before the citation of its proceedings, wrapped onto the next line
    ("Zoals toegezegd tijdens de begrotingsbehandeling\nJustitie en Veiligheid (Handelingen II 2022/23, nr. 30, item 4) "
     "stuur ik u dit overzicht.",
     [("begrotingsbehandeling", None)], "begrotingsbehandeling Justitie en Veiligheid"),
    # ... or a title that ends the clause: before a mark, parliament as the other side, or the main clause's verb
    ("Ik bespreek het advies graag in het algemeen overleg Internationale veiligheidsstructuur.",
     [("algemeen overleg", None)], "algemeen overleg Internationale veiligheidsstructuur"),
    ("Dit besprak ik in het commissiedebat Vreemdelingenbeleid met uw Kamer.",
     [("commissiedebat", None)], "commissiedebat Vreemdelingenbeleid"),
    ("In het commissiedebat Asiel en migratie heb ik toegezegd u te informeren.",
     [("commissiedebat", None)], "commissiedebat Asiel en migratie"),
    # a bill named by its plan and year
    ("Bij de plenaire behandeling van het Belastingplan 2015 heb ik toegezegd de Kamer te informeren.",
     [("wetsbehandeling", None)], "plenaire behandeling van het Belastingplan 2015"),
])
def test_a_title_without_a_date(tmp_path: Path, body: str, expected: list, label: str) -> None:
    found = read(tmp_path, body)
    assert summary(found) == expected
    assert found[0].label == label


@pytest.mark.parametrize("body, label", [
    # near misses: a capitalised word after the noun that is no title
    ("Na het commissiedebat Ik heb dat toegezegd.", "commissiedebat"),
    ("Tijdens het commissiedebat Justitie en Veiligheid is dit besproken.", "commissiedebat"),
    ("In het commissiedebat Migratie zei ik dat dit goed is.", "commissiedebat"),
    ("Over dit rapport is een algemeen overleg Rechtsbijstand gehouden, waarin ik dit heb toegezegd.",
     "algemeen overleg"),
    ("Het Bestuurlijk Overleg Luchtvaart adviseert.", "Bestuurlijk Overleg"),  # the subject, not after a preposition
])
def test_no_title_without_a_clause_that_holds_the_meeting(tmp_path: Path, body: str, label: str) -> None:
    assert [event.label for event in read(tmp_path, body)] == [label]


@pytest.mark.parametrize("body, expected", [
    # a date in another clause, across a semicolon or a new main clause, does not date the meeting
    ("Het rapport ontvangt u voor 1 mei; ik bespreek het graag in het commissiedebat.", [("commissiedebat", None)]),
    ("Ik verwijs naar de nota die ik op 14 juni jl. heb gezonden (Kamerstuk 34 889, nr. 6), en ik kijk uit naar "
     "het wetgevingsoverleg.", [("wetgevingsoverleg", None)]),
    # near miss: the date that opens the clause still dates it
    ("Op 5 juni jl. heeft de commissie in haar procedurevergadering besloten.", [("procedurevergadering", "2023-06-05")]),
])
def test_a_date_of_another_clause_does_not_date_a_meeting(tmp_path: Path, body: str, expected: list) -> None:
    assert summary(read(tmp_path, body)) == expected


@pytest.mark.parametrize("body, expected", [
    # the plenary reading after 'tijdens': it took place, dated after the chamber past a title with a comma
    ("Tijdens de plenaire behandeling van het wetsvoorstel Wet toezicht, handhaving en klachten in uw Kamer "
     "op 12 mei jl. heb ik twee toezeggingen gedaan.", [("wetsbehandeling", "2023-05-12")]),
    ("Bij de plenaire behandeling van het wetsvoorstel in de Eerste Kamer is dit besproken.",
     [("wetsbehandeling", None)]),
    # wished for or only hoped: no event
    ("Ik hoop dat de plenaire behandeling van het wetsvoorstel in uw Kamer snel kan plaatsvinden.", []),
    ("Een spoedige plenaire behandeling van het wetsvoorstel in uw Kamer is gewenst.", []),
])
def test_plenary_reading_that_took_place(tmp_path: Path, body: str, expected: list) -> None:
    assert summary(read(tmp_path, body)) == expected


@pytest.mark.parametrize("body, expected", [
    # the reading of a bill named by the verb, with its day and the chamber
    ("Met de Wet versterking regie volkshuisvesting, die op 10 oktober 2023 in de Eerste Kamer wordt behandeld, "
     "verandert dit.",
     [("wetsbehandeling", "2023-10-10",
       "behandeling van de Wet versterking regie volkshuisvesting in de Eerste Kamer")]),
    ("Het wetsvoorstel is op 4 juni jl. in de Tweede Kamer behandeld.",
     [("wetsbehandeling", "2023-06-04", "behandeling van het wetsvoorstel in de Tweede Kamer")]),
    # not without a chamber, nor without a day
    ("De aanvraag, die op 3 mei wordt behandeld, is compleet.", []),
    ("Het wetsvoorstel wordt na het zomerreces in uw Kamer behandeld.", []),
])
def test_the_reading_of_a_bill_by_its_verb(tmp_path: Path, body: str, expected: list) -> None:
    assert [(event.kind, event.date, event.label) for event in read(tmp_path, body)] == expected


@pytest.mark.parametrize("body, expected", [
    # a relative clause dates a meeting by the verb that carries it out: a visit brought or made, a talk held
    ("Tijdens het werkbezoek dat ik op 12 april aan de regionale eenheid heb gebracht, sprak ik de leiding.",
     [("werkbezoek", "2023-04-12")]),
    ("In het gesprek dat ik op 2 mei met de wethouders heb gevoerd, is dit aan de orde gekomen.",
     [("gesprek", "2023-05-02")]),
    ("De hoorzitting die de rapporteurs op 9 mei hebben bijgewoond, gaf een helder beeld.",
     [("hoorzitting", "2023-05-09")]),
    # 'gebracht' in a fixed phrase does not hold the meeting
    ("Het overleg dat ik op 3 mei onder de aandacht heb gebracht, loopt nog.", []),
    ("Het gesprek dat op 3 mei in kaart is gebracht, loopt nog.", []),
])
def test_a_relative_clause_dates_a_meeting_by_its_verb(tmp_path: Path, body: str, expected: list) -> None:
    assert summary(read(tmp_path, body)) == expected


@pytest.mark.parametrize("body, expected", [
    # a meeting offered, undated: no event
    ("Ik ben bereid een werkbezoek van de vaste commissie aan de werf te faciliteren.", []),
    ("Ik bied uw Kamer een technische briefing over de uitvoering aan.", []),
    # one that takes place, or an offer with its day: an event
    ("De commissie heeft een werkbezoek aan de werf gebracht.", [("werkbezoek", None)]),
    ("Ik ben bereid op 4 juli een technische briefing te geven.", [("technische briefing", "2023-07-04")]),
])
def test_a_meeting_offered_is_no_event(tmp_path: Path, body: str, expected: list) -> None:
    assert summary(read(tmp_path, body)) == expected
