"""Legal instruments (kg/extract/legal.py) on hand-made sentences and on the real letters."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.read.clean import clean
from kg.extract import legal
from kg.extract.legal import find_instruments, register
from kg.read.ingest import read_letter
from kg.domain.model import LegalInstrumentMention
from kg.read.structure import structure

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "examples" / "letters"
from conftest import EXTRA  # noqa: E402


def names(text: str) -> list[str]:
    return [hit.name for hit in find_instruments(text)]


def mentions(path: Path) -> list[LegalInstrumentMention]:
    document = structure(clean(read_letter(path)))
    return legal.run(document, ())


def test_register_is_well_formed() -> None:
    instruments = register()
    keys = [instrument.key for instrument in instruments]
    assert len(keys) == len(set(keys)), "register ids must be unique"
    assert all(instrument.name and instrument.kind for instrument in instruments)


@pytest.mark.parametrize("text, expected", [
    ("op grond van de Vreemdelingenwet 2000 wordt", ["Vreemdelingenwet 2000"]),
    ("zoals bepaald in de Vw 2000", ["Vreemdelingenwet 2000"]),
    ("het Verdrag van Genève en het Verdrag van Geneve", ["Vluchtelingenverdrag"] * 2),
    ("in de zin van het VN-Vluchtelingenverdrag", ["Vluchtelingenverdrag"]),
    ("de richtlijn gezinshereniging", ["Gezinsherenigingsrichtlijn"]),
    ("het VN-Vrouwenverdrag (CEDAW) en het Istanbul Verdrag",
     ["VN-Vrouwenverdrag", "VN-Vrouwenverdrag", "Istanbul Verdrag"]),
    ("de Algemene wet bestuursrecht (Awb)",
     ["Algemene wet bestuursrecht", "Algemene wet bestuursrecht"]),
    ("op grond van de Wet COA", ["Wet Centraal Orgaan opvang asielzoekers"]),
    ("het Handvest van de grondrechten van de EU", ["Handvest van de grondrechten van de Europese Unie"]),
    ("de Dublinverordening en de Terugkeerrichtlijn", ["Dublinverordening", "Terugkeerrichtlijn"]),
    ("de eisen uit de Ambtsinstructie voor de politie, de Koninklijke marechaussee en andere opsporingsambtenaren",
     ["Ambtsinstructie voor de politie, de Koninklijke marechaussee en andere opsporingsambtenaren"]),
    ("een ambtsinstructie van de korpschef", []),
])
def test_register_forms(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected, kind", [
    ("volgens de Loodsenwet", "Loodsenwet", "law"),
    ("de Wet modern migratiebeleid is in werking getreden", "Wet modern migratiebeleid", "law"),
    ("de Wet inburgering buitenland geldt", "Wet inburgering buitenland", "law"),
    ("volgens de Blauwekaartrichtlijn", "Blauwekaartrichtlijn", "directive"),
    ("Richtlijn 2011/98/EU regelt", "Richtlijn 2011/98/EU", "directive"),
    ("het Associatieverdrag met Turkije", "Associatieverdrag", "treaty"),
    ("het Verdrag van Lissabon is", "Verdrag van Lissabon", "treaty"),
    # a title stops at a finite verb (title_stops in kg/data/legal_patterns.json)
    ("een wijziging van de Wet toezicht kinderopvang ligt bij uw Kamer", "Wet toezicht kinderopvang", "law"),
    ("of de afspraken tot aanpassing van de Wet betaalbare huur nopen", "Wet betaalbare huur", "law"),
])
def test_generic_names(text: str, expected: str, kind: str) -> None:
    hits = find_instruments(text)
    assert [(hit.name, hit.kind) for hit in hits] == [(expected, kind)]
    assert hits[0].rule.startswith("generic")


@pytest.mark.parametrize("text", [
    "Op deze pagina's staat alle relevante informatie over wet- en regelgeving.",
    "Wet- en regelgeving biedt ruimte voor maatwerk.",
    "Dat staat in de wet.",
    "De wet de wet laten.",
    "gunstigere bepalingen dan de verdragsbepalingen",
    "een wetswijziging te entameren",
    "in nationale wetgeving en verdragen",
    "Besluit u daartoe, dan informeer ik u.",
    "het Europees Hof voor de Rechten van de Mens",
])
def test_near_misses_do_not_fire(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text, article, name", [
    ("Vaak moet ook worden getoetst aan artikel 8 EVRM en", "8", "EVRM"),
    ("toepasbaarheid van artikel 1F van het VN-Vluchtelingenverdrag bestaat", "1F",
     "Vluchtelingenverdrag"),
    ("en artikel 1 van de grondwet (gelijkheidsbeginsel)", "1", "Grondwet"),
    ("op grond van artikel 29, eerste lid, onder b, van de Vw 2000", "29, eerste lid, onder b",
     "Vreemdelingenwet 2000"),
    ("in strijd met de artikelen 3 en 8 EVRM", "3 en 8", "EVRM"),
    ("artikel 3:4 Awb", "3:4", "Algemene wet bestuursrecht"),
])
def test_articles(tmp_path: Path, text: str, article: str, name: str) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Den Haag, 1 juli 2019\n\n" + text + "\n", encoding="utf-8")
    found = mentions(path)
    assert [(mention.name, mention.article) for mention in found] == [(name, article)]
    assert found[0].evidence.exact.startswith("artikel")


def test_development_letter_with_treaties() -> None:
    found = mentions(LETTERS / "001_70649b2bd7f3965d.txt")
    assert {mention.name for mention in found} == {
        "Procedurerichtlijn", "VN-Vrouwenverdrag", "Vluchtelingenverdrag", "Grondwet",
        "Istanbul Verdrag"}
    # one mention per occurrence, one key per instrument
    assert sum(mention.key == "procedurerichtlijn" for mention in found) == 4
    assert {mention.written for mention in found if mention.key == "vluchtelingenverdrag"} == {
        "Vluchtelingenverdrag", "Verdrag van Geneve"}
    for mention in found:
        assert mention.evidence.exact.replace("\n", " ").endswith(mention.written)


@pytest.mark.skipif(not EXTRA.is_dir(), reason="extra letters not available")
@pytest.mark.parametrize("stem, expected", [
    ("kst-20052006-30308-D", {"Wet inburgering"}),
    ("kst-33042-12", {"Wet Centraal Orgaan opvang asielzoekers"}),
    ("kst-19637-2565", {"Vluchtelingenverdrag"}),
    ("kst-30573-92", {"Gezinsherenigingsrichtlijn"}),
])
def test_extra_letters(stem: str, expected: set[str]) -> None:
    assert {mention.name for mention in mentions(EXTRA / f"{stem}.txt")} == expected


def test_register_aliases_grouped_by_first_character_match_as_one_flat_alternation():
    """Grouping the register's aliases behind a first-character lookahead changes no match."""
    import re

    from kg.extract.legal import _form_pattern, _register_patterns
    alias_pattern, _, by_alias, _ = _register_patterns()
    aliases = sorted(by_alias, key=len, reverse=True)
    flat = re.compile(r"(?<![\w-])(?:" + "|".join(_form_pattern(a) for a in aliases) + r")(?![\w‐‑-])",
                      re.IGNORECASE)
    root = Path(__file__).resolve().parent.parent
    texts = [path.read_text(encoding="utf-8") for path in sorted((root / "examples" / "letters").glob("*.txt"))]
    texts.append(" ; ".join(aliases) + " ; " + " ; ".join(alias.upper() for alias in aliases))
    texts.append(" ; ".join("x" + alias for alias in aliases))  # glued to a word: no match
    for text in texts:
        assert [m.span() for m in alias_pattern.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert len(list(alias_pattern.finditer(texts[-2]))) >= len(aliases)


@pytest.mark.parametrize("text, expected", [
    ("Het ontwerp-Besluit veiligheidsregio's wordt in het voorjaar voor advies voorgelegd.",
     ["Besluit veiligheidsregio's"]),
    ("Het concept-Besluit kwaliteit rijksdienst is klaar.", ["Besluit kwaliteit rijksdienst"]),
    ("Dit staat in de motie over de WW en de AOW.", ["Werkloosheidswet", "Algemene Ouderdomswet"]),
    ("Na het aflopen van de Overeenkomst van Cotonou volgt de Partnerschapsovereenkomst van Cotonou.",
     ["Overeenkomst van Cotonou", "Partnerschapsovereenkomst van Cotonou"]),
    ("Dit volgt uit de regels; de Aanwijzingen inzake de rijksinspecties bieden waarborgen.",
     ["Aanwijzingen inzake de rijksinspecties"]),
    ("Ik volg hierbij de Aanwijzingen voor de regelgeving.", ["Aanwijzingen voor de regelgeving"]),
    # near misses: a benefit in a compound, a contract of a party, clues
    ("Een WW-uitkering wordt verlengd.", []),
    ("De Overeenkomst van Nederland met Marokko is opgezegd.", []),
    ("Er zijn Aanwijzingen voor fraude gevonden.", []),
])
def test_drafts_acronyms_agreements_and_instructions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def _letter_names(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2025\n\n"
                    f"{body}\n\nDe Minister van Asiel en Migratie,\n\nA. Tester\n", encoding="utf-8")
    return [(m.written, m.name) for m in mentions(path)]


def test_a_register_act_with_a_new_number_leaves_its_old_number_an_act_of_its_own(tmp_path: Path) -> None:
    body = ("De herziene Opvangrichtlijn (Richtlijn (EU) 2024/1346), die Richtlijn 2013/33/EU vervangt, moet "
            "worden omgezet. De Opvangrichtlijn geldt vanaf juni 2026.")
    assert _letter_names(tmp_path, body) == [
        # the act is named with the number the letter cites it by, in each mention
        ("Opvangrichtlijn", "Opvangrichtlijn (Richtlijn (EU) 2024/1346)"),
        ("Richtlijn (EU) 2024/1346", "Opvangrichtlijn (Richtlijn (EU) 2024/1346)"),
        ("Richtlijn 2013/33/EU", "Richtlijn 2013/33/EU"), ("Opvangrichtlijn", "Opvangrichtlijn (Richtlijn (EU) 2024/1346)")]


@pytest.mark.parametrize("body, expected", [
    # an old regulation numbered by its number and year, the number one digit
    ("Duitsland vroeg aandacht voor de uitvoering van Verordening (EG) nr. 1/2005 inzake het vervoer van dieren.",
     {"Verordening (EG) nr. 1/2005"}),
    # near miss: a fraction is no number of an act
    ("Ongeveer 1/3 van de aanvragen valt onder de regeling.", set()),
])
def test_an_act_numbered_by_number_and_year(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert {name for _, name in _letter_names(tmp_path, body)} == expected


def test_the_register_number_of_an_act_is_that_act(tmp_path: Path) -> None:
    body = "De Opvangrichtlijn (Richtlijn 2013/33/EU) regelt de opvang van asielzoekers in de lidstaten."
    assert {name for _, name in _letter_names(tmp_path, body)} == {"Opvangrichtlijn (Richtlijn 2013/33/EU)"}


def test_a_register_act_is_named_with_its_number_only_where_the_letter_writes_it(tmp_path: Path) -> None:
    """The register knows the Opvangrichtlijn's number of 2013, but a letter that does not write a number may mean
    the recast of 2024: only a number the letter writes goes into the name."""
    assert _letter_names(tmp_path, "De Opvangrichtlijn regelt de opvang.") == [("Opvangrichtlijn", "Opvangrichtlijn")]
    assert _letter_names(tmp_path, "Richtlijn 2003/87/EG regelt de emissiehandel.") == [
        ("Richtlijn 2003/87/EG", "ETS-richtlijn (Richtlijn 2003/87/EG)")]


@pytest.mark.parametrize("body, expected", [
    ("Dit past bij de doelstellingen van de Basisverordening GVB, Verordening (EU) nr. 1380/2013, voor de visserij.",
     {"Verordening (EU) nr. 1380/2013"}),
    # near miss: a register law before a number in a list is another act
    ("Zowel de Participatiewet, Richtlijn 2008/115/EG als de Wet inburgering gelden hier.",
     {"Participatiewet", "Terugkeerrichtlijn (Richtlijn 2008/115/EG)", "Wet inburgering"}),
])
def test_a_compound_with_its_number_in_apposition_is_named_by_the_number(tmp_path: Path, body: str,
                                                                         expected: set[str]) -> None:
    assert {name for _, name in _letter_names(tmp_path, body)} == expected


@pytest.mark.parametrize("body, expected", [
    # a numbered act and its description in apposition are one act, named by the number
    ("De Raad besprak Richtlijn 2015/2366/EU, de richtlijn inzake betaaldiensten in de interne markt.",
     {"Richtlijn 2015/2366/EU"}),
    # near miss: another head after the comma is another act
    ("De Raad besprak Richtlijn 2015/2366/EU, de verordening inzake de normen voor de opvang en de rest.",
     {"Richtlijn 2015/2366/EU", "Verordening inzake de normen voor de opvang"}),
])
def test_a_numbered_act_with_its_description_in_apposition_is_one_act(tmp_path: Path, body: str,
                                                                      expected: set[str]) -> None:
    assert {name for _, name in _letter_names(tmp_path, body)} == expected


@pytest.mark.parametrize("body, expected", [
    # an act described by its subject keeps the acronym the letter gives it, and the acronym later is that act
    ("Nederland steunt de richtlijn betreffende de bestrijding van witwassen (AMLD) op hoofdlijnen. De AMLD is nodig.",
     {"Richtlijn betreffende de bestrijding van witwassen (AMLD)"}),
    ("Over de herziene richtlijn betreffende kapitaalvereisten (CRD V) wordt nog onderhandeld.",
     {"Richtlijn betreffende kapitaalvereisten (CRD V)"}),
    # a lower-case compound with the acronym of a directive or a regulation
    ("De banken vallen onder de kapitaalvereistenverordening (CRR) en de herstelrichtlijn (BRRD).",
     {"Kapitaalvereistenverordening (CRR)", "Herstelrichtlijn (BRRD)"}),
    # near misses: a bracket after a guideline holds who issued it; a compound alone names nothing
    ("Huisartsen volgen de behandelrichtlijn (NHG) bij klachten.", set()),
    ("De kapitaaleisenrichtlijn wordt herzien.", set()),
    ("Zij volgen de beroepsrichtlijn (NVvP) en de dierverordening (NVWA).", set()),
])
def test_an_act_described_with_its_acronym_is_named_with_it(tmp_path: Path, body: str, expected: set[str]) -> None:
    assert {name for _, name in _letter_names(tmp_path, body)} == expected


@pytest.mark.parametrize("text, expected", [
    ("De sancties staan in Besluit 2014/386/GBVB van de Raad.", ["Besluit 2014/386/GBVB"]),
    ("Dit volgt uit artikel 3 van het SOLAS-verdrag.", ["SOLAS-verdrag"]),
    ("Het recht op eigendom staat in het Eerste Protocol bij het EVRM.", ["Eerste Protocol bij het EVRM"]),
    ("Het wetsvoorstel zal de Werkloosheidswet en het Besluit arbeidsverhoudingen 1945 wijzigen.",
     ["Werkloosheidswet", "Besluit arbeidsverhoudingen 1945"]),
])
def test_numbers_acronym_treaties_protocols_and_amended_titles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised compound on -reglement mid-sentence is a decree
    ("Schepen moeten AIS gebruiken op grond van het Binnenvaartpolitiereglement.", ["Binnenvaartpolitiereglement"]),
    ("Dat staat in het Scheepvaartverkeersreglement en de Binnenvaartwet.",
     ["Scheepvaartverkeersreglement", "Binnenvaartwet"]),
    # opening a sentence, or in lower case, it is as often a body's own rules
    ("Examenreglement en toetsing zijn door de school vastgesteld.", []),
    ("Het examenreglement van de school is aangepast.", []),
    ("Het bestuur heeft een huishoudelijk reglement.", []),
])
def test_compounds_on_reglement(text: str, expected: list[str]) -> None:
    assert names(text) == expected



@pytest.mark.parametrize("body, acronym, kept", [
    # the letter gives the acronym to a body: not the register's act of that acronym
    ("Het RIVM en Wageningen Bioveterinary Research (WBR) zetten een monitoring op. Het WBR rapporteert.", "WBR", 0),
    # near misses: the acronym given to the act itself, or to an act named with a word of an act's name before it
    ("De Wet op belastingen van rechtsverkeer (WBR) wordt gewijzigd. De WBR kent een vrijstelling.", "WBR", 2),
    ("De Brede Economische en Handelsovereenkomst tussen de EU en Canada (CETA) is gesloten. CETA is gemengd.",
     "CETA", 2),
])
def test_an_acronym_the_letter_gives_another_name_is_not_the_register_act(tmp_path: Path, body: str, acronym: str,
                                                                          kept: int) -> None:
    assert [written for written, _ in _letter_names(tmp_path, body)].count(acronym) == kept


@pytest.mark.parametrize("body, expected", [
    # a title cut at 'in' goes on to the short name that spells it, here and where the letter writes it again
    ("De Wet op de beroepen in het onderwijs (Wet BIO) stelt eisen. Ook de Wet BIO is van belang.",
     [("Wet op de beroepen in het onderwijs", "Wet op de beroepen in het onderwijs"),
      ("Wet BIO", "Wet op de beroepen in het onderwijs"), ("Wet BIO", "Wet op de beroepen in het onderwijs")]),
    ("De Wet toezicht in de zorg (WTZ) geldt. De Wet toezicht in de zorg is streng.",
     [("Wet toezicht in de zorg", "Wet toezicht in de zorg"), ("WTZ", "Wet toezicht in de zorg"),
      ("Wet toezicht in de zorg", "Wet toezicht in de zorg")]),
    # near misses: an acronym that does not spell the words after the cut is another body's
    ("De Wet toezicht in de praktijk van de NVWA (RVO) is een plan.", [("Wet toezicht", "Wet toezicht")]),
])
def test_a_title_goes_on_to_the_short_name_that_spells_it(tmp_path: Path, body: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert _letter_names(tmp_path, body) == expected
