"""The registers of organisations and legal instruments for letters of every ministry.

Each body or law is read from a hand-written sentence of generic Dutch officialese, run through
the extractor as a letter: the register entry must be found whole, with its canonical name and
kind. Near misses (the letters of a risky acronym inside another word, a common word that is
also a name) must not fire. And both registers must be well formed: unique ids, known kinds,
parents and successors that exist, no written form shared by two entries.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from kg.read.clean import clean
from kg.extract import organisations
from kg.extract.legal import find_instruments
from kg.extract.legal import register as legal_register
from kg.extract.organisations import find_organisations, name_key, register
from kg.domain.model import Document, Letter
from kg.domain.resources import data_file
from kg.read.structure import structure

HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2024\n\n"
CLOSING = "\n\nDe Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nJ. de Vries\n"
LEGAL_KINDS = ("constitution", "law", "decree", "policy rule", "treaty", "directive", "regulation", "charter")


def letter_of(body: str) -> Document:
    """A hand-made letter around ``body``: the head and closing of a real letter."""
    text = HEAD + body + CLOSING
    letter = Letter(path=Path("hand.txt"), text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    media_type="text/plain")
    return structure(clean(letter))


def found_in(body: str) -> dict[str, tuple[str, str]]:
    """Register id -> (canonical name, kind) of every organisation found in ``body`` (head and closing left out)."""
    document = letter_of(body)
    start = document.text.find(body[:20])
    return {f.key: (f.name, f.kind) for f in find_organisations(document)
            if f.in_register and start <= f.span.start < start + len(body)}


def written_in(body: str) -> set[str]:
    """Every organisation as written in ``body``, by any rule."""
    document = letter_of(body)
    start = document.text.find(body[:20])
    return {f.written for f in find_organisations(document) if start <= f.span.start < start + len(body)}


# ---------------------------------------------------------------- the registers are well formed

def _raw_organisations() -> list[dict]:
    return json.loads(data_file("organisations.json").read_text(encoding="utf-8"))["organisations"]


def test_organisation_ids_are_unique_and_every_reference_exists() -> None:
    raw = _raw_organisations()
    ids = [row["id"] for row in raw]
    assert len(ids) == len(set(ids))
    entries = register().entries
    assert len(entries) >= 600
    for entry in entries.values():
        assert entry.kind in organisations.KINDS, entry.id
        assert entry.parent is None or (entry.parent in entries and entry.parent != entry.id), entry.id
        assert entry.successor is None or (entry.successor in entries and entry.successor != entry.id), entry.id


def test_successor_chains_end() -> None:
    entries = register().entries
    for entry in entries.values():
        seen = {entry.id}
        current = entry
        while current.successor:
            current = entries[current.successor]
            assert current.id not in seen, f"{entry.id}: successors go round"
            seen.add(current.id)


def test_no_written_form_is_shared_by_two_organisations() -> None:
    owners: dict[str, set[str]] = {}
    for row in _raw_organisations():
        forms = (row["name"], row.get("acronym"), *(row.get("aliases") or ()), *(row.get("lookup_only") or ()))
        for form in forms:
            if form:
                owners.setdefault(name_key(form), set()).add(row["id"])
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_every_form_can_be_found() -> None:
    """No form ends in what the cleaning reads as a footnote marker glued to a word ('Platform31'):
    such a form would never match."""
    dead = {form for entry in register().entries.values() for form in entry.forms
            if organisations._blank_glued_markers(form) != form}
    assert dead == set()


def test_identifiers_only_where_verified() -> None:
    """No authority IRI is guessed: the one the register carries was checked against TOOI."""
    with_same_as = {entry.id: entry.same_as for entry in register().entries.values() if entry.same_as}
    assert with_same_as == {"ministerie-jenv": ("https://identifier.overheid.nl/tooi/id/ministerie/mnre1058",)}


def test_no_organisation_form_is_also_a_legal_form() -> None:
    """An acronym is an organisation or a law, never both ('SGP' the party, not the Stability Pact)."""
    legal_forms = {form for instrument in legal_register()
                   for form in (instrument.name, *instrument.aliases, *instrument.acronyms)}
    clashes = {form for entry in register().entries.values() for form in entry.forms if form in legal_forms}
    assert clashes == set()


def test_legal_instruments_are_well_formed() -> None:
    instruments = legal_register()
    keys = [instrument.key for instrument in instruments]
    assert len(keys) == len(set(keys)) and len(keys) >= 200
    aliases: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for instrument in instruments:
        assert instrument.kind in LEGAL_KINDS, instrument.key
        for alias in (instrument.name, *instrument.aliases):
            assert aliases.setdefault(" ".join(alias.lower().split()), instrument.key) == instrument.key, alias
        for acronym in instrument.acronyms:
            assert acronyms.setdefault(acronym, instrument.key) == instrument.key, acronym


# ---------------------------------------------------------------- bodies of every ministry, found whole

@pytest.mark.parametrize("body,expected", [
    # Algemene Zaken
    ("De Rijksvoorlichtingsdienst (RVD) verzorgt de communicatie na de ministerraad.",
     {"rvd": ("Rijksvoorlichtingsdienst", "agency")}),
    # Onderwijs, Cultuur en Wetenschap
    ("Het Commissariaat voor de Media ziet toe op de NPO en op de commerciële omroepen.",
     {"commissariaat-voor-de-media": ("Commissariaat voor de Media", "agency"),
      "npo": ("Nederlandse Publieke Omroep", "other")}),
    ("Het College voor Toetsen en Examens en de NVAO zijn hierover geconsulteerd, evenals LAKS en de AOb.",
     {"cvte": ("College voor Toetsen en Examens", "agency"),
      "nvao": ("Nederlands-Vlaamse Accreditatieorganisatie", "agency"),
      "laks": ("Landelijk Aktie Komitee Scholieren", "ngo"), "aob": ("Algemene Onderwijsbond", "ngo")}),
    ("Het Mondriaan Fonds en het Fonds Podiumkunsten verdelen de middelen.",
     {"mondriaan-fonds": ("Mondriaan Fonds", "other"), "fonds-podiumkunsten": ("Fonds Podiumkunsten", "other")}),
    ("De IB-Groep heeft de aanvragen tot 2010 behandeld.",
     {"ib-groep": ("Informatie Beheer Groep", "agency")}),
    # Volksgezondheid, Welzijn en Sport
    ("ZonMw financiert het onderzoek; het CIBG voert het register uit en Sanquin levert het plasma.",
     {"zonmw": ("ZonMw", "agency"), "cibg": ("CIBG", "agency"), "sanquin": ("Sanquin", "other")}),
    ("Ik heb gesproken met de Patiëntenfederatie Nederland, V&VN en de Federatie Medisch Specialisten.",
     {"patientenfederatie": ("Patiëntenfederatie Nederland", "ngo"),
      "venvn": ("Verpleegkundigen & Verzorgenden Nederland", "ngo"),
      "fms": ("Federatie Medisch Specialisten", "ngo")}),
    ("Het Landelijk Coördinatiecentrum Patiënten Spreiding verdeelt de patiënten over de ziekenhuizen.",
     {"lcps": ("Landelijk Coördinatiecentrum Patiënten Spreiding", "other")}),
    ("Het EMA en het ECDC hebben het vaccin beoordeeld.",
     {"ema": ("Europees Geneesmiddelenbureau", "international"),
      "ecdc": ("Europees Centrum voor ziektepreventie en -bestrijding", "international")}),
    # Infrastructuur en Waterstaat
    ("Luchtverkeersleiding Nederland en de ANVS hebben de risico's in kaart gebracht.",
     {"lvnl": ("Luchtverkeersleiding Nederland", "agency"),
      "anvs": ("Autoriteit Nucleaire Veiligheid en Stralingsbescherming", "agency")}),
    ("De Deltacommissaris en het Havenbedrijf Rotterdam werken samen met de Vervoerregio Amsterdam.",
     {"deltacommissaris": ("Deltacommissaris", "other"),
      "havenbedrijf-rotterdam": ("Havenbedrijf Rotterdam", "company"),
      "vervoerregio-amsterdam": ("Vervoerregio Amsterdam", "other")}),
    ("De VROM-Inspectie constateerde in 2010 dat Chemours de vergunning overschreed.",
     {"vrom-inspectie": ("VROM-Inspectie", "inspectorate"), "chemours": ("Chemours", "company")}),
    # Landbouw, Natuur en Voedselkwaliteit
    ("Naktuinbouw, de NAK, het KCB en het COKZ voeren de keuringen uit.",
     {"naktuinbouw": ("Naktuinbouw", "agency"),
      "nak": ("Nederlandse Algemene Keuringsdienst voor zaaizaad en pootgoed van landbouwgewassen", "agency"),
      "kcb": ("Kwaliteits-Controle-Bureau", "agency"),
      "cokz": ("Centraal Orgaan voor Kwaliteitsaangelegenheden in de Zuivel", "agency")}),
    ("Het Adviescollege Stikstofproblematiek en Wageningen Economic Research hebben hierover gerapporteerd.",
     {"adviescollege-stikstofproblematiek": ("Adviescollege Stikstofproblematiek", "committee"),
      "wageningen-economic-research": ("Wageningen Economic Research", "other")}),
    ("Greenpeace, Milieudefensie en de Dierenbescherming hebben bezwaar gemaakt.",
     {"greenpeace": ("Greenpeace", "ngo"), "milieudefensie": ("Milieudefensie", "ngo"),
      "dierenbescherming": ("Nederlandse Vereniging tot Bescherming van Dieren", "ngo")}),
    ("Destijds voerde de AID de controles uit, samen met de VWA.",
     {"aid-lnv": ("Algemene Inspectiedienst", "inspectorate"),
      "vwa": ("Voedsel en Waren Autoriteit", "inspectorate")}),
    # Economische Zaken en Klimaat
    ("De NAM, EBN en GasTerra hebben afspraken gemaakt met het IMG en de Nationaal Coördinator Groningen.",
     {"nam": ("Nederlandse Aardolie Maatschappij", "company"), "ebn": ("Energie Beheer Nederland", "company"),
      "gasterra": ("GasTerra", "company"), "img": ("Instituut Mijnbouwschade Groningen", "agency"),
      "ncg": ("Nationaal Coördinator Groningen", "agency")}),
    ("Invest-NL en Atradius Dutch State Business financieren de export.",
     {"invest-nl": ("Invest-NL", "company"), "atradius-dsb": ("Atradius Dutch State Business", "company")}),
    ("Destijds hield de NMa toezicht, samen met de OPTA en de Consumentenautoriteit.",
     {"nma": ("Nederlandse Mededingingsautoriteit", "agency"),
      "opta": ("Onafhankelijke Post en Telecommunicatie Autoriteit", "agency"),
      "consumentenautoriteit": ("Consumentenautoriteit", "agency")}),
    # Financiën
    ("De UHT heeft de gedupeerde ouders gecompenseerd; de Dienst Toeslagen voert de regeling uit.",
     {"uht": ("Uitvoeringsorganisatie Herstel Toeslagen", "agency"),
      "dienst-toeslagen": ("Dienst Toeslagen", "agency")}),
    ("NLFI beheert de aandelen in de Volksbank; de NVB en het Verbond van Verzekeraars zijn gehoord.",
     {"nlfi": ("NL Financial Investments", "other"), "volksbank": ("de Volksbank", "company"),
      "nvb": ("Nederlandse Vereniging van Banken", "ngo"),
      "verbond-van-verzekeraars": ("Verbond van Verzekeraars", "ngo")}),
    ("In de Eurogroep is gesproken over het ESM en het advies van de EBA.",
     {"eurogroep": ("Eurogroep", "international"), "esm": ("Europees Stabiliteitsmechanisme", "international"),
      "eba": ("Europese Bankautoriteit", "international")}),
    # Defensie
    ("De Koninklijke Marine en het Korps Mariniers oefenen met de Koninklijke Landmacht.",
     {"koninklijke-marine": ("Koninklijke Marine", "agency"), "korps-mariniers": ("Korps Mariniers", "unit"),
      "koninklijke-landmacht": ("Koninklijke Landmacht", "agency")}),
    ("De DMO heeft het materieel aangeschaft; de MLA heeft het luchtwaardig verklaard.",
     {"dmo": ("Defensie Materieel Organisatie", "unit"), "mla": ("Militaire Luchtvaart Autoriteit", "agency")}),
    # Buitenlandse Zaken
    ("Het WFP, UNRWA en het Internationaal Comité van het Rode Kruis bieden noodhulp.",
     {"wfp": ("Wereldvoedselprogramma", "international"), "unrwa": ("UNRWA", "international"),
      "icrc": ("Internationaal Comité van het Rode Kruis", "international")}),
    ("De Algemene Vergadering van de Verenigde Naties nam de resolutie aan; de WTO volgt.",
     {"vn-algemene-vergadering": ("Algemene Vergadering van de Verenigde Naties", "international"),
      "wto": ("Wereldhandelsorganisatie", "international")}),
    ("Oxfam Novib, Cordaid en Artsen zonder Grenzen ontvangen een subsidie.",
     {"oxfam-novib": ("Oxfam Novib", "ngo"), "cordaid": ("Cordaid", "ngo"),
      "artsen-zonder-grenzen": ("Artsen zonder Grenzen", "ngo")}),
    # Binnenlandse Zaken en Koninkrijksrelaties
    ("De Huurcommissie en de Autoriteit woningcorporaties houden toezicht op de verhuurders.",
     {"huurcommissie": ("Huurcommissie", "agency"),
      "autoriteit-woningcorporaties": ("Autoriteit woningcorporaties", "agency")}),
    ("Het Cft en de Rijksdienst Caribisch Nederland adviseren over de begroting van Bonaire.",
     {"cft": ("College financieel toezicht", "other"), "rcn": ("Rijksdienst Caribisch Nederland", "agency")}),
    ("De Staatscommissie parlementair stelsel heeft haar eindrapport aangeboden.",
     {"staatscommissie-parlementair-stelsel": ("Staatscommissie parlementair stelsel", "committee")}),
    # Sociale Zaken en Werkgelegenheid
    ("De Stichting van de Arbeid, Divosa en het Inlichtingenbureau zijn betrokken bij de uitvoering.",
     {"stichting-van-de-arbeid": ("Stichting van de Arbeid", "ngo"), "divosa": ("Divosa", "ngo"),
      "inlichtingenbureau": ("Inlichtingenbureau", "agency")}),
    ("De Landelijke Cliëntenraad is betrokken bij de evaluatie.",
     {"landelijke-clientenraad": ("Landelijke Cliëntenraad", "other")}),
    ("Het ABP, PFZW en de Pensioenfederatie bereiden de overstap voor.",
     {"abp": ("ABP", "other"), "pfzw": ("Pensioenfonds Zorg en Welzijn", "other"),
      "pensioenfederatie": ("Pensioenfederatie", "ngo")}),
    # Justitie en Veiligheid, beyond migration
    ("Het Functioneel Parket en het Landelijk Parket werken samen met het Parket-Generaal.",
     {"functioneel-parket": ("Functioneel Parket", "unit"), "landelijk-parket": ("Landelijk Parket", "unit"),
      "parket-generaal": ("Parket-Generaal", "unit")}),
    ("Halt, het Juridisch Loket en het Schadefonds Geweldsmisdrijven bereiken veel jongeren.",
     {"halt": ("Halt", "other"), "juridisch-loket": ("Het Juridisch Loket", "other"),
      "schadefonds": ("Schadefonds Geweldsmisdrijven", "agency")}),
    ("Het Veiligheidsberaad en het IFV hebben de evaluatie besproken.",
     {"veiligheidsberaad": ("Veiligheidsberaad", "other"), "ifv": ("Instituut Fysieke Veiligheid", "other")}),
    ("De Veiligheidsregio Rotterdam-Rijnmond en de veiligheidsregio Noord- en Oost-Gelderland oefenen samen.",
     {"veiligheidsregio-rotterdam-rijnmond": ("Veiligheidsregio Rotterdam-Rijnmond", "other"),
      "veiligheidsregio-noord-en-oost-gelderland": ("Veiligheidsregio Noord- en Oost-Gelderland", "other")}),
    ("Het NIFP rapporteert over de verdachte; de KNRM en de Nederlandse Loodsencorporatie zijn gehoord.",
     {"nifp": ("Nederlands Instituut voor Forensische Psychiatrie en Psychologie", "agency"),
      "knrm": ("Koninklijke Nederlandse Redding Maatschappij", "ngo"),
      "loodsencorporatie": ("Nederlandse Loodsencorporatie", "other")}),
    ("Na overleg met het College van procureurs-generaal en de RIEC's is het plan vastgesteld.",
     {"college-pg": ("College van procureurs-generaal", "agency"),
      "riec": ("Regionaal Informatie- en Expertisecentrum", "other")}),
    # the sectors and unions of other ministries
    ("Met de Nederlandse Vissersbond en VisNed is overleg gevoerd.",
     {"nederlandse-vissersbond": ("Nederlandse Vissersbond", "ngo"), "visned": ("VisNed", "ngo")}),
    ("De Woonbond, Aedes en Vastgoed Belang spreken met Actiz.",
     {"woonbond": ("Woonbond", "ngo"), "aedes": ("Aedes", "ngo"), "vastgoed-belang": ("Vastgoed Belang", "ngo"),
      "actiz": ("ActiZ", "ngo")}),
    ("Met de Gezamenlijke Centrales van Overheids- en Onderwijspersoneel (GCOO) zijn afspraken gemaakt.",
     {"gcoo": ("Gezamenlijke Centrales van Overheids- en Onderwijspersoneel", "ngo")}),
    # the shared services and agencies of the Rijk
    ("Dictu, SSC-ICT en P-Direkt leveren diensten aan het Rijk; KOOP publiceert de Staatscourant.",
     {"dictu": ("Dienst ICT Uitvoering", "agency"), "ssc-ict": ("Shared Service Center ICT", "agency"),
      "p-direkt": ("P-Direkt", "agency"),
      "koop": ("Kennis- en Exploitatiecentrum Officiële Overheidspublicaties", "agency")}),
    ("Het Ctgb en DUS-I voeren de regelingen uit; de Landsadvocaat heeft geadviseerd.",
     {"ctgb": ("College voor de toelating van gewasbeschermingsmiddelen en biociden", "agency"),
      "dus-i": ("Dienst Uitvoering Subsidies aan Instellingen", "agency"), "landsadvocaat": ("Landsadvocaat", "other")}),
    ("De Kamer van Koophandel (KvK) schrijft de ondernemingen in.", {"kvk": ("KVK", "agency")}),
    # inspectorates, advisory bodies, units, a directorate-general
    ("De IOB en de Inspectie Veiligheid Defensie hebben hun rapporten gepubliceerd.",
     {"iob": ("Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie", "inspectorate"),
      "ivd": ("Inspectie Veiligheid Defensie", "inspectorate")}),
    ("Het Outbreak Management Team (OMT) en de CAVV hebben geadviseerd.",
     {"omt": ("Outbreak Management Team", "committee"),
      "cavv": ("Commissie van advies inzake volkenrechtelijke vraagstukken", "committee")}),
    ("De Onderzoeksraad concludeert dat DGIS en de Rfv eerder hadden moeten ingrijpen.",
     {"onderzoeksraad": ("Onderzoeksraad voor Veiligheid", "other"),
      "dgis": ("Directoraat-generaal Internationale Samenwerking", "ministry"),
      "rfv": ("Raad voor de financiële verhoudingen", "other")}),
    ("De Rijksministerraad heeft het advies van het ACOI besproken.",
     {"rijksministerraad": ("Rijksministerraad", "other"),
      "acoi": ("Adviescollege Openbaarheid en Informatiehuishouding", "other")}),
    ("Het BKWI en de COID zijn betrokken.",
     {"bkwi": ("Bureau Keteninformatisering Werk en Inkomen", "unit"),
      "coid": ("Centrale Organisatie Integriteit Defensie", "unit")}),
    # associations and companies
    ("De NVVB, de NOB en de Groninger Bodem Beweging zijn geconsulteerd.",
     {"nvvb": ("Nederlandse Vereniging voor Burgerzaken", "ngo"),
      "nob": ("Nederlandse Orde van Belastingadviseurs", "ngo"),
      "groninger-bodem-beweging": ("Groninger Bodem Beweging", "ngo")}),
    ("Gasunie Transport Services en de RET hebben hun plannen toegelicht.",
     {"gts": ("Gasunie Transport Services", "company"), "ret": ("RET", "company")}),
    # EU agencies, Council configurations and international bodies
    ("EMSA, CEPOL en IRENA zijn betrokken; in de Milieuraad en de Energieraad is het voorstel besproken.",
     {"emsa": ("Europees Agentschap voor maritieme veiligheid", "international"),
      "cepol": ("Agentschap van de Europese Unie voor opleiding op het gebied van rechtshandhaving", "international"),
      "irena": ("Internationaal Agentschap voor Hernieuwbare Energie", "international"),
      "raad-milieu": ("Milieuraad", "international"),
      "raad-tte": ("Raad Vervoer, Telecommunicatie en Energie", "international")}),
    # the second completion round: culture and media, health, education, agriculture, energy, justice,
    # defence, finance, EU and international bodies
    ("Het Fonds voor Cultuurparticipatie, DutchCulture en het Mediafonds zijn geraadpleegd, net als AVROTROS en de VPRO.",
     {"fonds-voor-cultuurparticipatie": ("Fonds voor Cultuurparticipatie", "other"),
      "dutchculture": ("DutchCulture", "other"), "mediafonds": ("Mediafonds", "other"),
      "avrotros": ("AVROTROS", "other"), "vpro": ("VPRO", "other")}),
    ("ZN, de Vereniging Innovatieve Geneesmiddelen en Bogin hebben de afspraken ondertekend.",
     {"zn": ("Zorgverzekeraars Nederland", "ngo"),
      "vereniging-innovatieve-geneesmiddelen": ("Vereniging Innovatieve Geneesmiddelen", "ngo"),
      "bogin": ("Bogin", "ngo")}),
    ("Het Centrum Infectieziektebestrijding coördineert de bestrijding.",
     {"centrum-infectieziektebestrijding": ("Centrum Infectieziektebestrijding", "unit")}),
    ("De VH, de SBB en de NRTO zijn het eens, en de Nationale Jeugdraad ook.",
     {"vereniging-hogescholen": ("Vereniging Hogescholen", "ngo"),
      "sbb": ("Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven", "other"),
      "nrto": ("Nederlandse Raad voor Training en Opleiding", "ngo"), "njr": ("Nationale Jeugdraad", "ngo")}),
    ("Met de ZLTO, Avined en Wakker Dier is gesproken over het advies van de WOAH.",
     {"zlto": ("Zuidelijke Land- en Tuinbouworganisatie", "ngo"), "avined": ("Avined", "ngo"),
      "wakker-dier": ("Wakker Dier", "ngo"),
      "wereldorganisatie-voor-diergezondheid": ("Wereldorganisatie voor Diergezondheid", "international")}),
    ("Holland Solar, de NWEA en NOGEPA hebben gereageerd; destijds hield de Energiekamer toezicht.",
     {"holland-solar": ("Holland Solar", "ngo"), "nwea": ("Nederlandse Wind Energie Associatie", "ngo"),
      "nogepa": ("Nederlandse Olie en Gas Exploratie en Productie Associatie", "ngo"),
      "energiekamer": ("Energiekamer", "agency")}),
    ("De DKDB en de Dienst Landelijke Recherche beveiligen de top; Offlimits en de Fraudehelpdesk helpen.",
     {"dkdb": ("Dienst Koninklijke en Diplomatieke Beveiliging", "unit"),
      "dlr-politie": ("Dienst Landelijke Recherche", "unit"),
      "offlimits": ("Offlimits", "ngo"), "fraudehelpdesk": ("Fraudehelpdesk", "other")}),
    ("Het COMMIT en het JIVC leveren de systemen; het KCT oefent met de landen van de JEF.",
     {"commit": ("Commando Materieel en IT", "unit"), "jivc": ("Joint Informatievoorziening Commando", "unit"),
      "kct": ("Korps Commandotroepen", "unit"), "jef": ("Joint Expeditionary Force", "international")}),
    ("TMNL, het BKR en de VEB zijn gehoord over de komst van de AMLA.",
     {"tmnl": ("Transactie Monitoring Nederland", "other"), "bkr": ("Stichting BKR", "other"),
      "veb": ("Vereniging van Effectenbezitters", "ngo"),
      "amla": ("Autoriteit voor de bestrijding van witwassen en terrorismefinanciering", "international")}),
    ("GREVIO, MONEYVAL en het VN-Mensenrechtencomité hebben hun rapporten uitgebracht.",
     {"grevio": ("GREVIO", "international"), "moneyval": ("MONEYVAL", "international"),
      "vn-mensenrechtencomite": ("VN-Mensenrechtencomité", "international")}),
    ("De Accountantskamer heeft uitspraak gedaan; de TloKB en het Bureau Financieel Toezicht houden toezicht.",
     {"accountantskamer": ("Accountantskamer", "court"),
      "tlokb": ("Toelatingsorganisatie kwaliteitsborging bouw", "agency"),
      "bft": ("Bureau Financieel Toezicht", "agency")}),
    ("De Wetenschappelijke Klimaatraad en het Forum Standaardisatie hebben geadviseerd.",
     {"wetenschappelijke-klimaatraad": ("Wetenschappelijke Klimaatraad", "committee"),
      "forum-standaardisatie": ("Forum Standaardisatie", "committee")}),
    ("DPG Media, Mediahuis en RTL Nederland hebben gereageerd.",
     {"dpg-media": ("DPG Media", "company"), "mediahuis": ("Mediahuis", "company"),
      "rtl-nederland": ("RTL Nederland", "company")}),
])
def test_a_body_of_every_ministry_is_found_whole(body: str, expected: dict[str, tuple[str, str]]) -> None:
    assert found_in(body) == expected


def test_former_bodies_lead_to_their_successors() -> None:
    entries = register().entries
    pairs = {"ib-groep": "duo", "vwa": "nvwa", "aid-lnv": "nvwa", "nma": "acm", "opta": "acm",
             "agentschap-nl": "rvo", "dienst-regelingen": "rvo", "tcmg": "img", "cwi": "uwv",
             "commissie-gelijke-behandeling": "crm", "vrom-inspectie": "ilt", "rvz": "rvs-vws", "rmo": "rvs-vws",
             "rijksgebouwendienst": "rijksvastgoedbedrijf", "dienst-vastgoed-defensie": "rijksvastgoedbedrijf",
             "rvob": "rijksvastgoedbedrijf", "agentschap-bpr": "rvig", "erfgoedinspectie": "inspectie-oe",
             "cfv": "autoriteit-woningcorporaties", "cvz": "zin", "iwi": "inspectie-szw", "ecn": "tno",
             "vrom-raad": "rli", "cros": "omgevingsraad-schiphol", "audit-dienst-defensie": "adr",
             "emcdda": "euda", "cebs": "eba", "icty": "irmct", "bln-schuttevaer": "kbn", "federatie-opvang": "valente",
             "energiekamer": "acm", "eokm": "offlimits", "nederland-ict": "nldigital",
             "milieu-en-natuurplanbureau": "pbl"}
    assert {key: entries[key].successor for key in pairs} == pairs


def test_a_longer_name_around_a_shorter_one_wins() -> None:
    """'Rode Kruis' is an entry of its own, and so is the committee whose name holds it."""
    assert found_in("Het Internationaal Comité van het Rode Kruis bezoekt de gevangenen.") == \
        {"icrc": ("Internationaal Comité van het Rode Kruis", "international")}
    assert set(found_in("CNV Onderwijs en het CNV tekenden het akkoord.")) == {"cnv-onderwijs", "cnv"}


# ---------------------------------------------------------------- near misses

@pytest.mark.parametrize("body", [
    "De AIDS-bestrijding blijft een prioriteit van het kabinet.",       # AID
    "Het bestand IMG_2034.jpg is bijgevoegd.",                          # IMG
    "De delegatie reisde door naar Abu Dhabi.",                         # ABU
    "Hij nam deel aan het overleg en nam het besluit.",                 # NAM
    "Dit is essentieel voor de uitvoering.",                            # Essent
    "Essentie van het voorstel is een betere uitvoering.",              # Essent
    "Wij moeten deze ontwikkeling een halt toeroepen.",                 # Halt
    "Zij werkt als ing. bij een ingenieursbureau.",                     # ING
    "Het thema van de bijeenkomst is de arbeidsmarkt.",                 # EMA
    "De atria van het hart zijn onderzocht.",                           # Atria
    "Dierenbescherming\nDierenbescherming is een taak van de provincies.",  # a topic, not the Dierenbescherming
    "Een bijbaan of een job in de zomer helpt studenten.",              # JOB
    "Het plan internationaal te werken is uitgewerkt.",                 # Plan International
    "De kustwacht van Griekenland heeft de boot onderschept.",          # Kustwacht (a foreign coast guard)
    "Het beeld en geluid van de uitzending waren slecht.",              # Beeld en Geluid
    "Er is een landelijke eenheid van beleid nodig.",                   # (no entry 'Landelijke Eenheid')
    "De kamer van koophandel in Antwerpen is een andere instelling.",   # (no entry 'Kamer van Koophandel')
    "De samenwerkende hulporganisaties in de regio delen hun voorraden.",  # Stichting Samenwerkende Hulporganisaties
    "Het pand staat te koop bij de makelaar.",                          # KOOP
    "De IVD-verordening geldt voor in-vitro diagnostica.",              # (no acronym IVD: Inspectie Veiligheid Defensie)
    "Het DCC toont of iemand is gevaccineerd.",                         # (no acronym DCC: Defensie Cyber Commando)
    "De DSI-afspraken gaan over digitale sequentie-informatie.",        # (no acronym DSI: Dienst Speciale Interventies)
    "Een LMS ondersteunt het onderwijs op school.",                     # (no acronym LMS: Landelijke Meldkamer Samenwerking)
    "De handel binnen de Benelux groeit.",                              # (no alias 'Benelux': the region, not the Unie)
    "Het bezoekadres is Lange Voorhout 9, 2514 VH Den Haag.",            # VH (a postcode, not the Vereniging Hogescholen)
    "Het kantoor is gevestigd op Kneuterdijk 1, 2514 ZN Den Haag.",      # ZN (a postcode, not Zorgverzekeraars Nederland)
    "Voor ouders en onderwijs is dit een belangrijke stap.",            # (no alias 'Ouders en Onderwijs')
    "Per saldo stijgen de uitgaven met 3 miljoen euro.",                # (no entry 'Per Saldo')
    "Iedereen moet zich veilig thuis kunnen voelen.",                   # (no entry 'Veilig Thuis': an ordinary phrase)
    "Het bestand is als SVG-afbeelding bijgevoegd.",                    # (no acronym SVG for the Verslavingsreclassering)
    "De ISO-norm 27001 geldt voor alle leveranciers.",                  # (no acronym ISO for the Studenten Overleg)
])
def test_near_misses_do_not_fire_the_register(body: str) -> None:
    assert found_in(body) == {}


def test_a_party_acronym_is_no_law_and_a_law_acronym_no_organisation() -> None:
    assert [hit.name for hit in find_instruments("De fractie van de SGP stemde tegen de motie.")] == []
    assert found_in("De fractie van de SGP stemde tegen de motie.") == {"sgp": ("Staatkundig Gereformeerde Partij",
                                                                                  "party")}
    assert found_in("Het kabinet houdt zich aan het Stabiliteits- en Groeipact.") == {}
    assert [hit.name for hit in find_instruments("Het kabinet houdt zich aan het Stabiliteits- en Groeipact.")] == \
        ["Stabiliteits- en Groeipact"]


# ---------------------------------------------------------------- laws and treaties of every ministry

@pytest.mark.parametrize("text,expected", [
    ("Op grond van artikel 3.1 van de Wro en de Wabo is een vergunning nodig.",
     ["Wet ruimtelijke ordening", "Wet algemene bepalingen omgevingsrecht"]),
    ("De Awir regelt de terugvordering van de zorgtoeslag.", ["Algemene wet inkomensafhankelijke regelingen"]),
    ("De Wtp en de WAB wijzigen de arbeidsmarkt.", ["Wet toekomst pensioenen", "Wet arbeidsmarkt in balans"]),
    ("De Wet op de omzetbelasting 1968 en de Successiewet 1956 worden aangepast.",
     ["Wet op de omzetbelasting 1968", "Successiewet 1956"]),
    ("De Habitatrichtlijn en de Kaderrichtlijn Water stellen eisen aan de waterkwaliteit.",
     ["Habitatrichtlijn", "Kaderrichtlijn Water"]),
    ("De Wmg en de Wtza gelden voor alle zorgaanbieders.",
     ["Wet marktordening gezondheidszorg", "Wet toetreding zorgaanbieders"]),
    ("Het VN-Zeerechtverdrag en het Non-proliferatieverdrag zijn door Nederland geratificeerd.",
     ["VN-Zeerechtverdrag", "Non-proliferatieverdrag"]),
    ("De Digital Services Act (DSA) verplicht platforms tot transparantie.",
     ["Digitaledienstenverordening", "Digitaledienstenverordening"]),
    ("De Elektriciteitswet 1998 en de Gaswet gaan op in de Energiewet.",
     ["Elektriciteitswet 1998", "Gaswet", "Energiewet"]),
    ("De WAHV en de WED regelen de handhaving.",
     ["Wet administratiefrechtelijke handhaving verkeersvoorschriften", "Wet op de economische delicten"]),
    ("De Verdragen van Genève gelden ook in dit conflict.", ["Verdragen van Genève"]),
    ("Volgens de EMFA is dit toegestaan.", ["Europese mediavrijheidsverordening"]),
    ("De RED III moet dit jaar worden omgezet.", ["Richtlijn hernieuwbare energie"]),
    ("Het Bbl en de Wko zijn gewijzigd.", ["Besluit bouwwerken leefomgeving", "Wet kinderopvang"]),
    ("De patiënt heeft MDR-tbc en Wim belde de arts.", []),
    # round 2: names whose title holds 'en' or 'bij', which the generic title stops at
    ("De Wet terugkeer en vreemdelingenbewaring en de Wet DNA-onderzoek bij veroordeelden zijn gewijzigd.",
     ["Wet terugkeer en vreemdelingenbewaring", "Wet DNA-onderzoek bij veroordeelden"]),
    ("De Wpbr en de Wna worden aangepast.",
     ["Wet particuliere beveiligingsorganisaties en recherchebureaus", "Wet op het notarisambt"]),
    ("Op grond van de Rva 2005 en de Wi 2021 krijgt de vreemdeling onderdak en een inburgeringsplicht.",
     ["Regeling verstrekkingen asielzoekers en andere categorieën vreemdelingen 2005", "Wet inburgering"]),
    ("Het Bal en het Bkl gelden sinds 2024; de Barro en het Bevi zijn vervallen.",
     ["Besluit activiteiten leefomgeving", "Besluit kwaliteit leefomgeving",
      "Besluit algemene regels ruimtelijke ordening", "Besluit externe veiligheid inrichtingen"]),
    ("De Wet BPM 1992, de Wet MRB 1994 en de Wet IB worden aangepast.",
     ["Wet op de belasting van personenauto's en motorrijwielen 1992", "Wet op de motorrijtuigenbelasting 1994",
      "Wet inkomstenbelasting 2001"]),
    ("De Rotterdamwet (Wbmgp) wordt geëvalueerd.",
     ["Wet bijzondere maatregelen grootstedelijke problematiek", "Wet bijzondere maatregelen grootstedelijke problematiek"]),
    ("De Atw en de Wet gewasbeschermingsmiddelen en biociden (Wgb) gelden ook hier.",
     ["Arbeidstijdenwet", "Wet gewasbeschermingsmiddelen en biociden", "Wet gewasbeschermingsmiddelen en biociden"]),
    ("De NIS2 en de CSRD moeten worden omgezet; de EUDR en de AMLR gelden later.",
     ["NIS2", "CSRD", "Ontbossingsverordening", "Anti-witwasverordening"]),
    ("Het Kernstopverdrag (CTBT) en het TPNW verbieden kernproeven en kernwapens.",
     ["Alomvattend Kernstopverdrag", "Alomvattend Kernstopverdrag", "Verdrag inzake het verbod op kernwapens"]),
    ("De IHR en het FCTC zijn verdragen van de WHO; de CRPD is een VN-verdrag.",
     ["Internationale Gezondheidsregeling", "WHO-Kaderverdrag inzake tabaksontmoediging",
      "VN-verdrag inzake de rechten van personen met een handicap"]),
    ("De Rijkswet goedkeuring en bekendmaking verdragen en het Europees Handvest voor regionale talen of talen "
     "van minderheden gelden.", ["Rijkswet goedkeuring en bekendmaking verdragen",
                                 "Europees Handvest voor regionale talen of talen van minderheden"]),
    ("Schepen moeten voldoen aan MARPOL en SOLAS.", ["MARPOL-verdrag", "SOLAS-verdrag"]),
    ("De WBTR en de Wet verplichte meldcode huiselijk geweld en kindermishandeling zijn geëvalueerd.",
     ["Wet bestuur en toezicht rechtspersonen", "Wet verplichte meldcode huiselijk geweld en kindermishandeling"]),
    ("Op grond van artikel 310 WvSr en de Wet Poortwachter is dit geregeld.",
     ["Wetboek van Strafrecht", "Wet verbetering poortwachter"]),
])
def test_laws_of_every_ministry_by_their_canonical_name(text: str, expected: list[str]) -> None:
    assert [hit.name for hit in find_instruments(text)] == expected


@pytest.mark.parametrize("text", [
    "De bal ligt nu bij de gemeenten.",                          # Bal only with its capital
    "De emir van Qatar ontving Emir Kusturica.",                 # EMIR only in capitals
    "Zij ontvangt een ZW-uitkering of een WW-uitkering.",        # no acronym ZW; WW only as a whole word
    "Het ETS en het ETS2 beprijzen de uitstoot; de CBAM volgt.",  # no acronym ETS, ETS2, CBAM: the market
    "Zij ontvangt Bbz en staat in het BIG-register.",            # no bare Bbz; no acronym BIG
    "De WMO voorspelt een warm jaar.",                           # no acronym WMO (World Meteorological Organization)
    "Het Ob wordt nog uitgewerkt.",                              # no acronym Ob
    "De agenten dragen een BWC bij de surveillance.",            # no acronym BWC (a body-worn camera)
    "Het voorstel Dublin IV is ingetrokken.",                    # no alias Dublin IV (the withdrawn proposal)
])
def test_near_misses_do_not_fire_the_legal_register(text: str) -> None:
    assert [hit.name for hit in find_instruments(text)] == []
