"""Organisations: the register, its matching rules, generic detection, and near-misses that must not fire."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import EXTRA, sample
from kg.domain.model import Letter, OrganisationMention
from kg.domain.resources import data_file
from kg.engine import read_document
from kg.extract import organisations
from kg.extract.organisations import find_organisations, register
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.read.structure import structure

HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 1 juli 2019\n\n"
CLOSING = "\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Broekers-Knol\n"


def letter_of(body: str, head: str = HEAD):
    text = head + body + CLOSING
    letter = Letter(path=Path("hand.txt"), text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    media_type="text/plain")
    return structure(clean(letter))


def keys(body: str, head: str = HEAD) -> dict[str, set[str]]:
    """key -> the forms written, for the body of a hand-made letter (the addressee line left out)."""
    document = letter_of(body, head)
    body_start = document.text.find(body[:20])
    out: dict[str, set[str]] = {}
    for found in find_organisations(document):
        if found.span.start >= body_start:
            out.setdefault(found.key, set()).add(" ".join(found.written.split()))
    return out


# ---------------------------------------------------------------- the register

def test_register_entries_are_well_formed():
    raw = json.loads(data_file("organisations.json").read_text(encoding="utf-8"))["organisations"]
    ids = [row["id"] for row in raw]
    assert len(ids) == len(set(ids)), "register ids must be unique"
    reg = register()
    for entry in reg.entries.values():
        assert entry.kind in organisations.KINDS
        assert entry.parent is None or entry.parent in reg.entries
        assert entry.successor is None or entry.successor in reg.entries
    assert len(reg.entries) >= 120


def test_register_has_the_chain_and_former_names():
    reg = register()
    jenv = reg.lookup("ministerie van Justitie en Veiligheid")
    assert jenv.id == "ministerie-jenv"
    assert jenv.same_as == ("https://identifier.overheid.nl/tooi/id/ministerie/mnre1058",)
    venj = reg.lookup("Ministerie van Veiligheid en Justitie")
    assert venj.successor == jenv.id
    assert reg.lookup("Ministerie van Justitie").successor == venj.id
    assert reg.lookup("Immigratie en Naturalisatie Dienst").id == "ind"
    assert reg.lookup("IND").parent == jenv.id
    assert reg.lookup("EASO").successor == reg.lookup("EUAA").id
    assert reg.lookup("Inspectie Veiligheid en Justitie").successor == reg.lookup("Inspectie Justitie en Veiligheid").id
    for acronym in ("COA", "DT&V", "KMar", "ACVZ", "WODC", "iMMO", "VWN", "UNHCR", "IOM", "EHRM", "VVD", "D66"):
        assert reg.lookup(acronym) is not None, acronym
    # only one TOOI identifier is verified; no other entry may claim one
    assert [e.id for e in reg.entries.values() if e.same_as] == ["ministerie-jenv"]


def test_register_forms_match_with_case_rules():
    found = keys("De IND en de Immigratie- en Naturalisatiedienst werken samen met het "
                 "instituut voor Medisch Onderzoek en Mensenrechten (iMMO), het COA en de DT&V.")
    assert found["ind"] == {"IND", "Immigratie- en Naturalisatiedienst"}
    assert found["immo"] == {"instituut voor Medisch Onderzoek en Mensenrechten", "iMMO"}
    assert "coa" in found and "dtenv" in found


def test_acronym_in_a_compound_counts_but_not_before_a_capitalised_word():
    found = keys("IND-medewerkers toetsen aan het VN-Vrouwenverdrag en het EU-Handvest.")
    assert found == {"ind": {"IND"}}


def test_one_word_forms_keep_their_case():
    # 'trouw' and 'volt' are ordinary words; 'ind' is not the IND
    assert keys("Hij bleef trouw aan de afspraak van 230 volt; ind. is geen afkorting.") == {}


# ---------------------------------------------------------------- uw Kamer

def test_uw_kamer_is_the_chamber_the_letter_is_addressed_to():
    assert "tweede-kamer" in keys("Ik zal uw Kamer informeren.")
    eerste = "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 1 juli 2019\n\n"
    found = keys("Ik zal uw Kamer informeren.", head=eerste)
    assert "eerste-kamer" in found and "tweede-kamer" not in found


def test_uw_kamer_without_an_addressee_is_the_tweede_kamer():
    assert keys("Ik zal uw Kamer informeren.", head="Den Haag, 1 juli 2019\n\n") == {"tweede-kamer": {"uw Kamer"}}
    assert keys("De Kamer van Koophandel is gesloten.", head="Den Haag, 1 juli 2019\n\n") == {}


# ---------------------------------------------------------------- definitions

def test_full_name_with_acronym_defines_an_unknown_organisation():
    found = keys("Dit blijkt uit de bundel van de Vereniging Migratierecht Juristen Oost (VMJO). "
                 "De VMJO vraagt aandacht voor de menselijke maat.")
    assert found["vereniging-migratierecht-juristen-oost"] == {"Vereniging Migratierecht Juristen Oost", "VMJO"}


def test_definition_without_an_organisation_head_noun_is_not_an_organisation():
    found = keys("Zie de kabinetsreactie op de rapporten Werk aan Uitvoering (WaU). Het WaU is gelezen.")
    assert found == {}


def test_hierna_alias_and_its_later_uses():
    found = keys("De Inspectie Justitie en Veiligheid (hierna: Inspectie) heeft onderzoek gedaan. "
                 "Volgens de Inspectie is de kwaliteit goed.")
    assert found["inspectie-jenv"] == {"Inspectie Justitie en Veiligheid", "Inspectie"}


def test_verder_te_noemen_alias():
    found = keys("Het Europees Hof voor de Rechten van de Mens (verder te noemen: het Hof) heeft een maatregel "
                 "opgelegd tot het Hof uitspraak heeft gedaan.")
    assert found["ehrm"] == {"Europees Hof voor de Rechten van de Mens", "het Hof", "Hof"}


def test_plural_acronym_definition():
    found = keys("Medewerkers kunnen zogenoemde Knopen Doorhak Teams (KDT’s) benaderen. Elke locatie heeft een KDT.")
    assert found["knopen-doorhak-teams"] == {"Knopen Doorhak Teams", "KDT’s", "KDT"}


# ---------------------------------------------------------------- head nouns and named units

def test_committee_named_after_a_person():
    found = keys("De commissie De Leeuw heeft geconcludeerd dat de commissie Remkes gelijk had.")
    assert set(found) == {"commissie-de-leeuw", "commissie-remkes"}


@pytest.mark.parametrize("sentence,key", [
    ("De commissie-Korthals Altes beveelt aan de stemmachines te vervangen.", "commissie-korthals-altes"),
    ("De commissie Hirsch Ballin heeft gerapporteerd.", "commissie-hirsch-ballin"),
    # near misses: a word that opens a clause, or a third capitalised word, is no part of the name
    ("Het advies van de commissie-Remkes En verder nog iets.", "commissie-remkes"),
    ("Dit volgt uit de commissie De Leeuw Den Haag.", "commissie-de-leeuw"),
])
def test_committee_named_after_a_person_of_two_family_words(sentence, key):
    found = keys(sentence)
    assert key in found and not any(other.startswith(key + "-") for other in found)


@pytest.mark.parametrize("body,expected", [
    ("Dit volgt uit de Wet Nationale ombudsman en de Wet bescherming persoonsgegevens.", set()),
    ("De Wet Centraal Orgaan opvang asielzoekers regelt de taken van het COA.", {"Centraal Orgaan opvang asielzoekers"}),
    ("De SDE++ wordt uitgevoerd op grond van de Kaderwet EZK-subsidies.", set()),
    # near miss: the body named after the law's title is a mention
    ("Over de Wet op de Raad van State heeft de Raad van State geadviseerd.", {"Raad van State"}),
])
def test_a_body_in_a_laws_title_is_no_mention_of_it(body, expected):
    assert names(body) == expected


@pytest.mark.parametrize("body", [
    "Die verbreding was in het MIRT voor 2026 voorzien.",
    "Het PGB en de WMO blijven bestaan, net als de WW en de AOW.",
    "De evaluatie van de SDE++ is klaar; het MKB profiteert ervan.",
])
def test_schemes_laws_and_sectors_written_as_acronyms_are_no_organisations(body):
    assert names(body) == set()


def test_committee_on_a_topic_is_not_a_person_committee():
    found = keys("De commissie voor Justitie van uw Kamer besloot dit.")
    assert "commissie-voor-justitie" in found
    assert not any(key.startswith("commissie-justitie") for key in found)


def test_capitalised_head_noun_with_a_name_and_an_acronym_inside():
    found = keys("Na het onderzoek van de Commissie van onderzoek COA is de Raad van Toezicht vernieuwd.")
    assert set(found) == {"commissie-van-onderzoek-coa", "raad-van-toezicht"}


def test_company_after_bureau_noun_and_named_units():
    found = keys("Het onderzoeksbureau Integis hielp. Het team herbeoordelingen asiel krijgt signalen; "
                 "het team herbeoordelingen asiel weegt ze. De unit 1F adviseert.")
    assert {"integis", "team-herbeoordelingen-asiel", "ind-unit-1f"} <= set(found)


def test_a_company_after_a_bureau_noun_may_join_two_names_with_an_ampersand():
    assert keys("De meting is door het adviesbureau Veldman & Kroon verricht.") == {
        "veldman-en-kroon": {"Veldman & Kroon"}}
    assert keys("Het adviesbureau Veldman heeft & ook gemeten.") == {"veldman": {"Veldman"}}  # '&' and no name


def test_a_team_named_once_or_by_a_verb_is_not_a_unit():
    assert keys("Daarbij maakt het team afwegingen die complex zijn. Het team onderzoekt of dat klopt.") == {}


def test_acronym_with_an_article():
    assert keys("Dan wordt het RIC geraadpleegd, zodat het RIC kan adviseren.") == {"ric": {"RIC"}}


# ---------------------------------------------------------------- near-misses

@pytest.mark.parametrize("sentence", [
    "Gelet op de demissionaire status van het kabinet ligt dat niet in de rede.",
    "Zo blijkt uit de door de advocatuur geselecteerde zaken.",
    "Het NAP 1325 is ondertekend; de BRP-inschrijving wijzigt; het EVRM geldt.",
    "Ik heb de minister van Buitenlandse Zaken gevraagd om een ambtsbericht.",
    "De secretaris-generaal Justitie en Veiligheid is eigenaar van de dienst.",
    "Wij spraken in Den Haag en in de Kamer van Koophandel.",
])
def test_near_misses_do_not_fire(sentence):
    assert keys(sentence) == {}


def test_all_caps_heading_and_motion_title_are_not_organisations():
    document = letter_of("Inleiding\n\nMOTIE VAN DE LEDEN PLOUMEN EN JETTEN, voorgesteld 19 januari 2021.")
    assert [f for f in find_organisations(document) if f.span.start > document.text.find("Inleiding")] == []


def test_signature_is_not_read_as_an_organisation_mention():
    document = letter_of("Ik informeer u.")
    closing = document.signatories[0].span
    assert all(f.span.end <= closing.start for f in find_organisations(document))


# ---------------------------------------------------------------- real letters

def test_sample_letter_with_letterhead_units():
    extraction = read_document(read_letter(sample("001")))
    facts = extraction.of(OrganisationMention)
    by_key = {f.key: f for f in facts}
    for key in ("dg-migratie", "directie-migratiebeleid", "asiel-opvang-en-terugkeer", "tk-commissie-jenv",
                "amnesty-nl", "immo", "ind", "ind-toelt", "vwn", "coa", "gza", "csg", "euaa", "ministerie-bz",
                "dtenv", "ministerie-jenv", "tweede-kamer"):
        assert key in by_key, key
    assert by_key["asiel-opvang-en-terugkeer"].kind == "unit"
    assert by_key["asiel-opvang-en-terugkeer"].parent == "directie-migratiebeleid"  # the line above it
    # every mention's evidence quotes the source exactly
    source = extraction.document.letter.text
    for fact in facts:
        assert source[fact.evidence.start:fact.evidence.end] == fact.evidence.exact
        assert fact.evidence.extractor == "organisations.v1" and fact.evidence.rule


def test_sample_letter_with_hierna_and_units():
    facts = read_document(read_letter(sample("003"))).of(OrganisationMention)
    found = {f.key for f in facts}
    assert {"inspectie-jenv", "ind", "ind-unit-1f", "knopen-doorhak-teams", "ind-toelt", "ric", "ey",
            "tweede-kamer"} == found


@pytest.mark.skipif(not EXTRA.is_dir(), reason="extra corpus not present")
def test_extra_letters_give_sensible_organisations():
    found = {}
    for path in sorted(EXTRA.glob("kst-*.txt")):
        found[path.stem] = {f.key for f in read_document(read_letter(path)).of(OrganisationMention)}
    assert found["kst-19637-1405"] == {"tweede-kamer", "ehrm"}
    assert "abrvs" in found["kst-19637-1407"]
    assert "eerste-kamer" in found["kst-20052006-30308-D"] and "tweede-kamer" not in found["kst-20052006-30308-D"]
    assert {"coa", "raad-van-toezicht", "commissie-van-onderzoek-coa"} <= found["kst-33042-12"]
    assert {"europese-commissie", "ad", "pvv"} <= found["kst-30573-92"]


def test_compound_head_nouns_and_two_organisations_joined_by_en():
    found = keys("De Expertgroep Gezinsmigratie adviseerde, net als de Staatscommissie Rechtsstaat en het "
                 "Commissariaat voor de Media.")
    assert set(found) == {"expertgroep-gezinsmigratie", "staatscommissie-rechtsstaat", "commissariaat-voor-de-media"}


def test_register_breadth_beyond_the_samples():
    found = keys("De Afdeling bestuursrechtspraak van de Raad van State (hierna: de Afdeling) oordeelde. Volgens de "
                 "Afdeling klopt dit. De Koninklijke Marechaussee (KMar), Stichting Nidos, de Vereniging van "
                 "Nederlandse Gemeenten (VNG) en het Hof van Justitie van de Europese Unie (HvJEU) zijn betrokken.")
    assert set(found) == {"abrvs", "kmar", "nidos", "vng", "hvj-eu"}
    assert {"Afdeling", "de Afdeling"} & found["abrvs"]


def test_acronym_before_its_name_in_brackets():
    found = keys("Volgens de IGZJ (Inspectie Gezondheidszorg Zuid en Jeugd) en de LVV (Landelijke "
                 "Vreemdelingenvoorziening) is dit zo. De IGZJ ziet toe.")
    assert found == {"inspectie-gezondheidszorg-zuid-en-jeugd": {"IGZJ", "Inspectie Gezondheidszorg Zuid en Jeugd"}}


def test_lower_case_head_noun_before_a_defined_name_gives_its_kind():
    document = letter_of("Dit meldt de stichting Vluchtelingen in de Knel (ViK). De ViK helpt mensen.")
    (found,) = {f.key: f for f in find_organisations(document) if f.acronym == "ViK"}.values()
    assert found.name == "Vluchtelingen in de Knel" and found.kind == "ngo"


# ---------------------------------------------------------------- faster matchers give the plain rules' matches

_D = organisations._DASHES
FRAGMENTS = ("Unit", "unit", "1F", "A1", "team", "Team", "herbeoordelingen", "asiel", "Commissie", "commissie",
             "vaste", "Vaste", "algemene", "Algemene", "Kamercommissie", "kamercommissie", "Staatscommissie", "bureau",
             "adviesbureau",
             "onderzoeksbureau", "Integis", "de", "De", "het", "Het", "uw", "Uw", "Kamer", "van", "voor", "en",
             "Justitie", "Veiligheid", "Van", "Leeuw", "IND", "RIC", "IGZJ", "Inspectie", "Raad", "State",
             "Directoraat-Generaal", "Ministerie", "Zaken", "COA", "KDT", "x", "é", "Ærø", "_", "ſ", "K", "1",
             "Universiteit", "Hogeschool", "University", "Leiden", "Binnenlandse", "Asiel", "JBZ-Raad",
             "Veiligheid2", "rapport12")
SEPARATORS = ("", " ", " ", " ", "  ", "\n", "-", "‐", "(", ")", "’s", "'s", ", ", ". ", "/", "&", "_")


def fuzz_texts(count: int, fragments: tuple[str, ...] = FRAGMENTS, seed: int = 8) -> list[str]:
    """Random runs of the words and separators the patterns care about (deterministic)."""
    import random
    rng = random.Random(seed)
    return ["".join(rng.choice(fragments) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 14)))
            for _ in range(count)]


def mutations(texts: list[str], count: int, seed: int = 8) -> list[str]:
    """Each text, and ``count`` copies with a few random edits (a character dropped, doubled, its case
    swapped, a separator put in): near-misses of what the text says."""
    import random
    rng = random.Random(seed)
    out = list(texts)
    for _ in range(count):
        chars = list(rng.choice(texts))
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(chars))
            edit = rng.randrange(4)
            if edit == 0:
                del chars[at]
            elif edit == 1:
                chars.insert(at, chars[at])
            elif edit == 2:
                chars[at] = chars[at].swapcase()
            else:
                chars.insert(at, rng.choice(SEPARATORS))
        out.append("".join(chars))
    return out


def matches(pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict(), m.group(0)) for m in pattern.finditer(text)]


HAND_MADE = [
    "Uw Kamer en de Kamer van Koophandel; uw Kamer; de Kamer. xde Kamer; Eerste Kamer; de  Kamer\nvan x",
    "De unit 1F en de Unit AB; de sub-unit 2C; unitx 3; de team herbeoordelingen asiel en team herbeoordelingen asiel",
    "De Vaste commissie voor Justitie en Veiligheid, de vaste Kamercommissie voor Financiën, de commissie De Leeuw.",
    "Het oordeel van de commissie\nDe commissie is positief; de commissie Van der Meer, de commissie- Donner.",
    "Het onderzoeksbureau Integis, het adviesbureau Andersson Elffers Felix en het xbureau Nope.",
    "Het RIC (Regionaal Informatie Centrum) en de IND’s; het EVRM; de RIC's; de-RIC; het RIC-rapport; het RIC 3.",
    "De Staatscommissie Rechtsstaat en het Commissariaat voor de Media; de Raad van Toezicht van het COA.",
    "De vaste commissie voor Binnenlandse Zaken, de commissie voor Immigratie & Asiel / JBZ-Raad; de vaste "
    "Kamercommissie Justitie en Veiligheid; de Universiteit Leiden en de Hogeschool van Amsterdam.",
]


@pytest.mark.parametrize("name", sorted(organisations.PLAIN_FORMS))
def test_fast_patterns_match_as_their_plain_forms(name):
    import re
    fast, plain = getattr(organisations, name), re.compile(organisations.PLAIN_FORMS[name])
    assert fast.pattern != plain.pattern
    texts = mutations(HAND_MADE, 3000) + fuzz_texts(3000)
    assert sum(bool(plain.search(text)) for text in texts) > 300, "the texts should exercise the pattern"
    starts = STARTS.get(name)
    for text in texts:
        assert matches(fast, text) == matches(plain, text), text
        if starts:
            assert [(m.span(), m.groupdict(), m.group(0)) for m in organisations._matches_from(fast, text, starts)] \
                == matches(plain, text), text


# the words the matches of a pattern start with, where the extractor tries it only where they occur
STARTS = {"_TOPIC_COMMITTEE": organisations._TOPIC_COMMITTEE_STARTS, "_COMPANY": organisations.COMPANY_BUREAUS,
          "_NAMED_COMMITTEE": organisations._NAMED_COMMITTEE_STARTS, "_UNIT": organisations._UNIT_STARTS,
          "_TEAM": organisations._TEAM_STARTS}


def test_is_word_is_the_regex_word_class():
    import re
    every_character = "".join(map(chr, range(0x110000)))
    assert re.findall(r"\w", every_character) == [char for char in every_character if organisations._is_word(char)]


FORMS = ("RIC", "KDT", "KDT’s", "KDT's", "IND", "A&M", "DT&V", "GL-PvdA", "EU-VK", "GGD'en", "Amnesty International",
         "de Afdeling", "ViK", "COA", "1F")


@pytest.mark.parametrize("form", FORMS)
def test_form_search_finds_what_the_form_pattern_finds(form):
    import re
    plain = re.compile(organisations.name_pattern(form))
    words = (form, form.upper(), form.lower(), form.replace("’", "'"), form.replace("-", "‐"), form[:-1], "x", "B")
    texts = fuzz_texts(1500, words + FRAGMENTS, seed=len(form))
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert list(organisations._form_occurrences(text, form)) == expected, text
        found += bool(expected)
    assert found > 50


@pytest.mark.parametrize("acronym", ("RIC", "IND", "A&M", "EU"))
def test_acronym_search_finds_what_the_acronym_pattern_finds(acronym):
    import re
    plain = re.compile(organisations.acronym_pattern(acronym))
    texts = fuzz_texts(1500, (acronym, acronym + "s", "x" + acronym, "B") + FRAGMENTS, seed=len(acronym))
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert list(organisations._literal_occurrences(text, acronym, "acronym")) == expected, text
        found += bool(expected)
    assert found > 50


def test_substring_search_refuses_forms_it_cannot_search():
    assert not organisations._substring_searchable("Amnesty International")
    assert not organisations._substring_searchable("-RIC")
    with pytest.raises(ValueError):
        list(organisations._literal_occurrences("de RIC", "de RIC", "name"))


@pytest.mark.parametrize("head", ("Inspectie", "Hof", "Raad", "Afdeling"))
def test_head_after_article_search_finds_what_the_plain_pattern_finds(head):
    import re
    plain = re.compile(organisations.head_after_article_pattern(head))
    sentences = [f"de {head} en het {head}, De  {head}-x, ide {head}, Het\n{head}s, het {head}. {head} de {head}_",
                 f"(de {head}) Het {head}; xhet {head}, de {head}{head} de\t{head}, 2de {head}, de {head}2"]
    texts = mutations(sentences, 2000) + fuzz_texts(2000, (head, head + "s", "x" + head, "ide", "Ihet") + FRAGMENTS,
                                                    seed=len(head))
    found = 0
    for text in texts:
        expected = [m.start("head") for m in plain.finditer(text)]
        assert list(organisations._heads_after_article(text, head)) == expected, text
        found += bool(expected)
    assert found > 50


# ---------------------------------------------------------------- beyond the immigration chain (issue 12)

def test_register_knows_bodies_of_every_ministry_with_their_kinds():
    found = keys("De Onderwijsraad, de Nederlandse Arbeidsinspectie, het CPB, de Kansspelautoriteit, ProRail, de NS "
                 "en TNO spraken met de Europese Commissie. Volgens de NCTV is ISIS nog actief, net als al-Qa'ida.")
    assert set(found) == {"onderwijsraad", "nla", "cpb", "ksa", "prorail", "ns", "tno", "europese-commissie",
                          "nctv", "isis", "al-qaida"}
    reg = register()
    assert [reg.get(key).kind for key in ("onderwijsraad", "nla", "cpb", "prorail", "tno", "isis")] == \
        ["other", "inspectorate", "agency", "company", "other", "other"]


def test_former_names_lead_to_their_successors():
    reg = register()
    assert reg.get("inspectie-szw").successor == "nla"
    assert reg.get("igz").successor == "igj"
    assert reg.get("inspectie-oov").successor == "inspectie-venj"
    assert reg.get("ministerie-venw").successor == "ministerie-ienm"


def test_a_footnote_marker_glued_to_a_name_is_not_part_of_it():
    found = keys("Dit blijkt uit het rapport van de Inspectie Justitie en Veiligheid2 en van de Inspectie "
                 "Gezondheidszorg Oost3 over dit onderwerp.")
    assert found == {"inspectie-jenv": {"Inspectie Justitie en Veiligheid"},
                     "inspectie-gezondheidszorg-oost": {"Inspectie Gezondheidszorg Oost"}}


def test_an_address_block_glued_to_a_directorate_is_cut_into_its_units():
    found = keys("Directoraat-Generaal Rechtspleging Afdeling Wetgeving en Beleid Postbus 20301 2500 EH Den Haag "
                 "Betreft Antwoord op vragen")
    assert found == {"directoraat-generaal-rechtspleging": {"Directoraat-Generaal Rechtspleging"},
                     "afdeling-wetgeving-en-beleid": {"Afdeling Wetgeving en Beleid"}}


def test_a_short_form_with_the_head_noun_joins_the_long_form():
    document = letter_of("De Inspectie Water Bodem en Lucht meldt dit. Volgens de Inspectie WBL is dat zo.")
    found = {f.written: f.key for f in find_organisations(document)}
    assert found["Inspectie WBL"] == found["Inspectie Water Bodem en Lucht"] == "inspectie-water-bodem-en-lucht"


def test_an_acronym_with_its_head_noun_in_brackets():
    found = keys("De Landelijke Overleg Groep (LO Groep) heeft geadviseerd. De LO Groep vindt dit.")
    assert found == {"landelijke-overleg-groep": {"Landelijke Overleg Groep", "LO Groep"}}


def test_a_budget_chapter_in_brackets_is_not_an_acronym():
    document = letter_of("De begroting van het Ministerie van Defensie (X) en de Raad voor Xylofoons (VIII).")
    assert all(f.written not in ("X", "VIII") for f in find_organisations(document))


def test_generic_nouns_stay_out():
    assert keys("Het kabinet, de advocatuur, de gemeenteraad en de Ministerraad spraken. De politiek ook.") == {}


def test_a_title_or_generic_body_before_a_name_is_no_organisation():
    assert keys("Staatsraad Jansen sprak met de Gemeenteraad Utrecht.") == {}


# ---------------------------------------------------------------- probes: letters of other ministries

def names(body: str) -> set[str]:
    """The names (canonical) of the organisations found in the body of a hand-made letter."""
    document = letter_of(body)
    body_start = document.text.find(body[:20])
    return {found.name for found in find_organisations(document) if found.span.start >= body_start}


@pytest.mark.parametrize("committee", [
    "vaste commissie voor Binnenlandse Zaken", "vaste commissie voor Sociale Zaken en Werkgelegenheid",
    "vaste commissie voor Onderwijs, Cultuur en Wetenschap", "vaste commissie voor Volksgezondheid, Welzijn en Sport",
    "vaste commissie voor Economische Zaken en Klimaat", "vaste commissie voor Financiën",
    "vaste commissie voor Landbouw, Visserij, Voedselzekerheid en Natuur", "vaste commissie voor Buitenlandse Zaken",
    "vaste commissie voor Defensie", "vaste commissie voor Digitale Zaken", "vaste commissie voor Koninkrijksrelaties",
    "vaste commissie voor Europese Zaken", "vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp",
    "commissie voor de Rijksuitgaven", "commissie voor Immigratie & Asiel / JBZ-Raad",
    "vaste Kamercommissie Infrastructuur en Waterstaat",
])
def test_a_committee_of_the_kamer_keeps_its_whole_topic(committee):
    found = names(f"Deze brief gaat ook naar de {committee} van uw Kamer.")
    assert committee in found or committee[0].upper() + committee[1:] in found, found


def test_a_committee_topic_ends_before_another_organisation():
    found = names("Ik heb de vaste commissie voor Financiën, De Nederlandsche Bank en de AFM geïnformeerd.")
    assert {"vaste commissie voor Financiën", "De Nederlandsche Bank", "Autoriteit Financiële Markten"} <= found


@pytest.mark.parametrize("body,name", [
    ("Het onderzoek is gedaan door de Universiteit Leiden.", "Universiteit Leiden"),
    ("Onderzoekers van de Universiteit van Amsterdam deden mee.", "Universiteit van Amsterdam"),
    ("Dit is bevestigd door de Hogeschool Utrecht.", "Hogeschool Utrecht"),
    ("Het Nederlands Instituut voor Sociaal Onderzoek heeft dit onderzocht.",
     "Nederlands Instituut voor Sociaal Onderzoek"),
    ("De Koninklijke Vereniging van Nederlandse Reders is geraadpleegd.",
     "Koninklijke Vereniging van Nederlandse Reders"),
    ("Het werk is gedaan met de Amsterdamse Universiteit Zuid en de Protestantse Hogeschool Oost.",
     "Protestantse Hogeschool Oost"),
    ("Wij spraken met de Erasmus Universiteit Rotterdam.", "Erasmus Universiteit Rotterdam"),
    ("Ook de Stichting Vluchtelingenwerk Midden-Nederland doet mee.", "Stichting Vluchtelingenwerk Midden-Nederland"),
    ("Het advies van de Stichting Beter Wonen is gevolgd.", "Stichting Beter Wonen"),
    ("De Stichting Arbeidsmarkt Zorg en Welzijn en de Vereniging Gehandicaptenzorg Nederland reageerden.",
     "Stichting Arbeidsmarkt Zorg en Welzijn"),
    ("In Duitsland adviseert de Federal Employment Agency hierover.", "Federal Employment Agency"),
    ("In Ierland houdt de Standards in Public Office Commission toezicht.", "Standards in Public Office Commission"),
    ("Het Deltares en het Rathenau Instituut hebben geadviseerd.", "Rathenau Instituut"),
    ("De VNG en de Unie van Waterschappen reageerden.", "Unie van Waterschappen"),
])
def test_universities_institutes_and_bodies_by_their_whole_name(body, name):
    assert name in names(body)


@pytest.mark.parametrize("body,cut", [
    ("In Ierland houdt de Standards in Public Office Commission toezicht.", "Office Commission"),
    ("Het onderzoek is gedaan door de Vrije Universiteit Amsterdam.", "Universiteit Amsterdam"),
    ("Het Nederlands Instituut voor Sociaal Onderzoek heeft dit onderzocht.", "Instituut voor Sociaal Onderzoek"),
    ("De vaste commissie voor Binnenlandse Zaken vroeg hierom.", "vaste commissie voor Binnenlandse"),
    ("De Universiteit Leiden en Erasmus Universiteit Rotterdam werken samen.",
     "Universiteit Leiden en Erasmus Universiteit Rotterdam"),
])
def test_a_name_is_never_cut(body, cut):
    assert cut not in names(body)


@pytest.mark.parametrize("body", [
    "Het instituut heeft dit onderzocht.", "In de Nederlandse Universiteit is dit geen thema.",
    "De Customer Service van de dienst verbetert.", "De Digital Services Act is aangenomen.",
    "Volgens de universiteit is dit zo.", "Er komt een parlementaire enquêtecommissie.",
])
def test_probe_near_misses_name_no_organisation(body):
    assert names(body) <= {"Tweede Kamer der Staten-Generaal"}


def test_an_eu_body_named_in_english_is_the_same_node_as_its_dutch_name() -> None:
    """A footnote citing the European Commission in English names the Europese Commissie, not a new 'committee'."""
    from kg.extract.organisations import register

    for english, dutch in [("European Commission", "Europese Commissie"), ("European Parliament", "Europees Parlement"),
                           ("Council of Europe", "Raad van Europa")]:
        assert register().lookup(english) is register().lookup(dutch) is not None, english


# ---------------------------------------------------------------- held-out probes (tests/data/probes/orgs)

@pytest.mark.parametrize("body,name", [
    ("De Land- en Tuinbouworganisatie Nederland (LTO) werkt mee.", "Land- en Tuinbouworganisatie Nederland"),
    ("Ik heb het Nationaal Lucht- en Ruimtevaartlaboratorium (NLR) gevraagd dit te onderzoeken.",
     "Nationaal Lucht- en Ruimtevaartlaboratorium"),
    ("Het Groninger Gasberaad heeft aandacht gevraagd voor de wachttijden.", "Groninger Gasberaad"),
    ("Ik heb de koepelorganisatie Arcares gevraagd hoe zij haar leden ondersteunt.", "Arcares"),
    ("Ook het reizigersoverleg Rover wordt hierbij betrokken.", "Rover"),
    ("Ook de Museumvereniging en de Boekmanstichting zijn geraadpleegd.", "Boekmanstichting"),
    ("Ik heb overleg gevoerd met de Nederlandse Associatie van Podiumkunsten (NAPK).",
     "Nederlandse Associatie van Podiumkunsten"),
])
def test_bodies_of_the_held_out_probes(body, name):
    assert name in names(body)


@pytest.mark.parametrize("head,absent", [
    ("> Retouradres Postbus 20401 2500 EK Den Haag\n\nDe Voorzitter van de Tweede Kamer\nder Staten-Generaal\n"
     "Prinses Irenestraat 6\n2595 BD Den Haag\n\nDatum 3 februari 2025\n\n", "Eerste Kamer der Staten-Generaal"),
])
def test_the_letters_of_a_postcode_are_no_acronym(head, absent):
    document = letter_of("Met deze brief informeer ik uw Kamer over netcongestie.", head)
    assert absent not in {found.name for found in find_organisations(document)}


@pytest.mark.parametrize("body,union", [
    ("De controles volgen uit Verordening (EU) 2017/625 van het Europees Parlement.", False),
    ("De Richtlijn (EU) 2024/1711 moet uiterlijk in 2026 worden omgezet.", False),
    ("Zie Verordening (EG) nr. 1049/2001 over de toegang tot documenten.", False),
    # near misses: the union named beside an act, or its acronym in brackets after its name
    ("Dit is met de EU besproken; de Richtlijn (EU) 2024/1711 volgt.", True),
    ("De Europese Unie (EU) 2024 werkt aan een richtlijn.", True),
])
def test_the_union_in_an_eu_acts_number_is_no_mention_of_it(body, union):
    assert ("Europese Unie" in names(body)) is union


def test_a_year_before_an_acronym_is_no_postcode():
    assert "Europese Unie" in names("Sinds 2023 EU-lidstaten hierover afspraken maken, volg ik dit.")


def test_a_letterhead_unit_named_after_a_register_body_is_the_unit():
    head = ("Ministerie van Veiligheid en Justitie\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
            "Directie Politie\n\nDatum 17 november 2014\n\n")
    document = letter_of("Hierbij bied ik u de voortgangsrapportage aan.", head)
    found = {f.name: f.rule for f in find_organisations(document)}
    assert found.get("Directie Politie") == "letterhead unit"


def test_a_register_name_of_another_country_of_the_kingdom_is_that_country_s_body():
    found = names("Het lid Van Raak vroeg naar de rol van de Nationale ombudsman van Curaçao en het Openbaar "
                  "Ministerie van Aruba; de Nationale ombudsman zelf is niet betrokken.")
    assert {"Nationale ombudsman van Curaçao", "Openbaar Ministerie van Aruba", "Nationale ombudsman"} <= found


# ---------------------------------------------------------------- lists, coordination, a register acronym after a name

def test_names_listed_after_a_plural_noun_of_a_kind_of_organisation():
    found = keys("Fabrikanten als Pfizer en Teva leveren minder. Ook omroepen als BNNVARA, KRO-NCRV en de NOS "
                 "doen mee. Werkgevers in de vleessector, waaronder Vion en Westfort, zijn gesproken.")
    assert {"pfizer", "teva", "bnnvara", "kro-ncrv", "vion", "westfort"} <= set(found)


@pytest.mark.parametrize("body", [
    "Landen als Duitsland en Frankrijk doen mee.",          # no kind of organisation
    "De banken als geheel staan er goed voor.",             # no name after 'als'
    "Organisaties in steden als Utrecht en Zwolle doen mee.",  # 'als' after lower-case words: the cities
])
def test_no_list_of_organisations(body: str) -> None:
    assert keys(body) == {}


def test_a_name_coordinated_with_an_organisation():
    found = keys("De Dierenbescherming en Wakker Dier vragen om vaccinatie. Ik sprak met de Vereniging "
                 "Innovatieve Geneesmiddelen, de Bogin en de NZa.")
    assert {"wakker-dier", "bogin"} <= set(found)


@pytest.mark.parametrize("body", [
    "Het onderzoek van het COA en Polen is bekend.",                      # no article, no plural verb
    "Het Marine Research Institute Netherlands in Wageningen en TNO verzorgen dit.",  # a place
    "Daarnaast en de NZa ziet toe.",                                       # a sentence's first word
    "Ik heb ProRail en Utrecht gesproken over de planning.",               # a participle, not a plural verb
    "Ik wil ProRail en Utrecht spreken over de planning.",                 # an infinitive after a finite verb
])
def test_no_organisation_by_coordination(body: str) -> None:
    found = keys(body)
    assert not {"polen", "wageningen", "daarnaast", "utrecht"} & set(found)


def test_a_name_before_a_register_acronym_is_that_organisation():
    found = keys("Het Bureau voor de Coördinatie van Humanitaire Zaken (OCHA) rapporteert dit.")
    assert found == {"ocha": {"Bureau voor de Coördinatie van Humanitaire Zaken", "OCHA"}}


def test_a_ministry_in_brackets_after_a_name_is_whose_it_is():
    found = keys("De Taskforce Werk en Inkomen (SZW) heeft dit onderzocht.")
    assert found == {"taskforce-werk-en-inkomen": {"Taskforce Werk en Inkomen"}, "ministerie-szw": {"SZW"}}


def test_a_name_followed_by_its_kind_of_body():
    found = keys("Kences, de branchevereniging van studentenhuisvesters, verwacht een tekort. Ook Elaad, het "
                 "kennis- en innovatiecentrum van de netbeheerders, wijst hierop.")
    assert found == {"kences": {"Kences"}, "elaad": {"Elaad"}}


@pytest.mark.parametrize("body", [
    "Zij wonen in Amsterdam, het centrum van de regio.",       # a generic noun
    "Daarnaast, de organisatie is klein.",                    # a word that opens a sentence
    "Ik sprak met Jansen, de directeur van de school.",        # no kind of body
])
def test_no_organisation_by_apposition(body: str) -> None:
    assert keys(body) == {}


@pytest.mark.parametrize("body, absent", [
    ("Met de provincie Limburg en de Limburgse gemeenten is dit besproken.", "limburgse"),   # an adjective
    ("Ik sprak met de ACOM, de Centrale van Middelbare en Hogere Functionarissen en het VBM.", "centrale"),
    ("Ik sprak met LTO Nederland, de Koninklijke Nederlandse Maatschappij voor Diergeneeskunde en anderen.",
     "koninklijke-nederlandse-maatschappij"),                                               # a longer name, cut
])
def test_no_coordinated_name_of_an_adjective_or_a_cut_name(body: str, absent: str) -> None:
    assert absent not in keys(body)


def test_a_body_of_another_country_is_not_the_dutch_one():
    found = keys("Ik heb dit opgebracht bij het Turkse ministerie van Buitenlandse Zaken. Het Duitse ministerie van "
                 "Defensie en de Belgische marine werken mee; ook de Roemeense arbeidsinspectie deed mee aan de "
                 "inspecties, net als het Franse ministerie van Landbouw.")
    assert set(found) == {"turkse-ministerie-van-buitenlandse-zaken", "duitse-ministerie-van-defensie",
                          "belgische-marine", "roemeense-arbeidsinspectie", "franse-ministerie-van-landbouw"}


@pytest.mark.parametrize("body", [
    "Het Duitse ministerie heeft dit bevestigd.",              # which ministry is not said
    "De Duitse deelstaten werken samen.",                      # no noun of a public body
    "De Nederlandse Arbeidsinspectie en de marine werken samen.",  # Dutch bodies
])
def test_no_body_of_another_country(body: str) -> None:
    rules = {f.rule for f in find_organisations(letter_of(body))}
    assert not any("another country" in rule for rule in rules)


def test_a_one_word_register_name_alone_on_its_line_is_a_topic_heading():
    assert "rechtspraak" not in keys("De procedure is gewijzigd.\n\nRechtspraak\nOp 24 juni heeft de Afdeling "
                                     "uitspraak gedaan over het inreisverbod.")
    assert "rechtspraak" in keys("De procedure is gewijzigd.\n\nRechtspraak\nOp 24 juni heeft de Rechtspraak "
                                 "dit bevestigd.")


def test_more_name_after_a_register_company_or_a_body_with_branches():
    found = keys("Tata Steel IJmuiden en Enexis Netbeheer zijn gesproken, net als GGD Amsterdam en de GGD'en. "
                 "De Staat steunt ING Groep; ABN AMRO Group N.V. is naar de beurs. Tata Steel neemt maatregelen.")
    assert {"tata-steel-ijmuiden", "enexis-netbeheer", "ggd-amsterdam", "ggd", "tata-steel"} <= set(found)
    assert found["ing"] == {"ING Groep"} and found["abn-amro"] == {"ABN AMRO Group N.V."}


@pytest.mark.parametrize("body, absent", [
    ("In 2023 bouwt Airbus In Frankrijk een fabriek.", "airbus-in"),    # a sentence opener
    ("Tata Steel Maart is geen naam.", "tata-steel-maart"),            # a month
    ("De IND Zwolle behandelt de aanvraag.", "ind-zwolle"),            # an agency without branches in the register
])
def test_no_more_name_after_a_register_name(body: str, absent: str) -> None:
    assert absent not in keys(body)


def test_an_article_acronym_with_a_name_after_it():
    found = keys("Het MC Slotervaart en het MC IJsselmeerziekenhuizen zijn failliet. Het RIC belt.")
    assert {"mc-slotervaart", "mc-ijsselmeerziekenhuizen"} <= set(found) and "mc" not in found


def test_a_bracketed_acronym_spelled_by_the_name_before_it_is_that_name_s():
    found = keys("Ik heb met het Productschap Vee en Vlees (PVV) afgesproken dat de kosten worden vergoed.")
    assert "pvv" not in found and found["productschap-vee-en-vlees"] == {"Productschap Vee en Vlees", "PVV"}


def test_places_listed_after_a_plural_noun_of_their_bodies():
    found = keys("Ik heb met de gemeenten Amsterdam, Rotterdam, Den Haag en Utrecht afspraken gemaakt. De "
                 "provincies Groningen en Drenthe betalen mee.")
    assert set(found) == {"gemeente-amsterdam", "gemeente-rotterdam", "gemeente-den-haag", "gemeente-utrecht",
                          "provincie-groningen", "provincie-drenthe"}


@pytest.mark.parametrize("body", [
    "In de gemeenten Westland en Venlo lopen pilots.",     # places
    "De gemeenten in Limburg en Brabant doen mee.",        # no places right after the noun
    "De gemeenten Venlo heeft geen zin.",                  # one place: not a list
])
def test_no_places_listed(body: str) -> None:
    assert not any(key.startswith("gemeente-") for key in keys(body))


def test_every_nationality_adjective_ends_in_e():
    # _nationality_before looks for an 'e' before the space first (a cheap test before the search)
    cues = json.loads(data_file("organisation_cues.json").read_text(encoding="utf-8"))
    assert cues["nationality_adjectives"] and all(word.endswith("e") for word in cues["nationality_adjectives"])


def test_a_committee_named_after_a_person_in_brackets_is_the_organisation_s_nickname():
    found = keys("Het Aanjaagteam Bescherming Arbeidsmigranten (de commissie-Roemer) heeft geadviseerd. De "
                 "commissie-Roemer vraagt aandacht voor huisvesting.")
    assert list(found) == ["aanjaagteam-bescherming-arbeidsmigranten"]


def test_a_committee_named_after_a_person_alone_is_a_committee():
    assert "commissie-de-leeuw" in keys("De commissie De Leeuw heeft haar rapport (over de IND) uitgebracht.")


@pytest.mark.parametrize("body,name", [
    ("Het UWV WERKbedrijf bemiddelt werkzoekenden.", "UWV WERKbedrijf"),
    ("De zaak ligt bij Leger des Heils Jeugdbescherming & Reclassering.", "Leger des Heils Jeugdbescherming & Reclassering"),
    ("Het Samenwerkend Toezicht Jeugd heeft gerapporteerd.", "Samenwerkend Toezicht Jeugd"),
    ("De Transitie Autoriteit Jeugd volgt de voortgang.", "Transitie Autoriteit Jeugd"),
    # near miss: the body itself, without the name of its unit
    ("Het Leger des Heils helpt daklozen.", "Leger des Heils"),
])
def test_register_units_and_joint_bodies_of_youth_care_and_work(body, name):
    assert names(body) == {name}


# ---------------------------------------------------------------- session 6: categories read on fresh letters

@pytest.mark.parametrize("body, key", [
    # a full name before an acronym its words do not spell (a word left out, a foreign acronym), with a head noun
    ("De Centrale Ondernemingsraad Defensie (COR) is betrokken bij de opvolging.", "centrale-ondernemingsraad-defensie"),
    ("Ik volg het advies van de Wereldorganisatie voor diergezondheid (OIE).", "wereldorganisatie-voor-diergezondheid"),
    ("Het Centraal Bureau Fondsenwerving (CBF) keurt goede doelen.", "centraal-bureau-fondsenwerving"),
    ("De Landelijke Ondernemingsraad Politie (LOR) heeft ingestemd.", "landelijke-ondernemingsraad-politie"),
])
def test_a_headed_name_before_an_acronym_it_does_not_spell(body: str, key: str) -> None:
    found = keys(body)
    assert key in found and len(found[key]) == 2, found


@pytest.mark.parametrize("body", [
    "Ook de Minister voor Medische Zorg (MZS) was aanwezig.",       # a post, no head noun
    "Dit staat in de Verordening Gegevensbescherming (AVG).",        # an acronym that is not an organisation
    "Ik stuur het rapport van de Commissie Evaluatie (2019) mee.",    # no acronym in the brackets
    "Het gaat om de Kosten en Baten (KBA) van de maatregel.",         # no head noun
])
def test_no_headed_name_before_an_acronym(body: str) -> None:
    assert not any(" (" in name or key.startswith(("minister", "verordening", "kosten"))
                   for key, names in keys(body).items() for name in names), keys(body)


@pytest.mark.parametrize("body, key", [
    ("Heeft de Inspecteur-Generaal der Krijgsmacht (IGK) onderzoek gedaan?", "igk"),   # register: an office of Defensie
    ("Dat heeft de Centrale Financiën Instellingen (Cfi) doorgerekend.", "cfi"),
    ("Op 17 juni heeft de Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken (EPSCO) "
     "conclusies aangenomen.", "raad-epsco"),                                             # a name with commas
    ("De Raad Vervoer, Telecommunicatie en Energie komt op 5 juni bijeen.", "raad-tte"),
    ("De Raad Onderwijs, Jeugd, Cultuur en Sport sprak over leraren.", "raad-ojcs"),
    ("In de Ecofin-Raad is dit besproken.", "raad-ecofin"),
])
def test_register_bodies_with_commas_or_without_head_noun(body: str, key: str) -> None:
    assert key in keys(body)


def test_a_council_with_commas_is_not_cut_at_its_first_comma() -> None:
    found = keys("Op 17 juni heeft de Raad Werkgelegenheid, Sociaal Beleid, Volksgezondheid en Consumentenzaken "
                 "(EPSCO) conclusies aangenomen.")
    assert "raad-werkgelegenheid" not in found


@pytest.mark.parametrize("body, key", [
    ("De Algemene Onderwijsbond en de besturenorganisatie VOS/ABB steunen dit.", "vos-abb"),
    ("Ik plaats de cadettenvereniging ARGO onder toezicht van de commandant.", "argo"),
    ("Bij de studentenvereniging Minerva is een incident geweest.", "minerva"),
    ("Het gaat om de IJslandse bank Landsbanki, die hier spaargeld aantrok.", "landsbanki"),
    ("Na de val van de zakenbank Lehman Brothers daalden de koersen.", "lehman-brothers"),
])
def test_a_bare_name_after_a_noun_of_its_kind(body: str, key: str) -> None:
    assert key in keys(body)


@pytest.mark.parametrize("body", [
    "De besturenorganisatie heeft laten weten dit te steunen.",
    "De organisatie Nederland moet sterker worden.",
    "De zorgorganisatie GGZ moet sterker worden.",           # a sector, on the not-organisations list
    "De databank Statline bevat de cijfers.",
    "Een bank In Nederland moet dit melden.",
])
def test_no_bare_name_after_a_noun(body: str) -> None:
    assert keys(body) == {}


@pytest.mark.parametrize("body, key", [
    ("Ik heb ActiZ en Verenso gevraagd om een plan op te stellen.", "verenso"),
    ("Ik heb Verenso en ActiZ gevraagd om een plan op te stellen.", "verenso"),
    ("Ik heb ProRail en Lineas verzocht mij te rapporteren.", "lineas"),
    ("Ik heb ProRail en DB Cargo Rail Nederland gevraagd mij te rapporteren.", "db-cargo-rail-nederland"),  # four words
    ("Daarom zijn ActiZ en Zorgthuisnl uitgenodigd voor overleg.", "zorgthuisnl"),
])
def test_a_name_coordinated_with_an_organisation_that_is_asked_to_act(body: str, key: str) -> None:
    assert key in keys(body)


@pytest.mark.parametrize("body, absent", [
    ("In Nederland en ProRail gevraagd.", "nederland"),                   # a preposition before it
    ("Ik heb ActiZ en Jansen bezocht.", "jansen"),                        # no verb of asking, no article
    ("Ik heb ActiZ gevraagd. Daarnaast en Verenso ook.", "daarnaast"),     # a sentence's first word
])
def test_no_name_asked_without_a_body_beside_it(body: str, absent: str) -> None:
    assert absent not in keys(body)


@pytest.mark.parametrize("body, key", [
    ("Ik sprak met mijn collega van het Duitse Bundesministerium des Innern.", "bundesministerium-des-innern"),
    ("Het Bundesamt für Migration und Flüchtlinge voert de procedure.", "bundesamt-fur-migration-und-fluchtlinge"),
    ("Het Franse Ministère de l'Intérieur heeft dit bevestigd.", "ministere-de-l-interieur"),
    ("Het Britse Ministry of Defence heeft dit bevestigd.", "ministry-of-defence"),
])
def test_a_foreign_ministry_in_its_own_language(body: str, key: str) -> None:
    assert key in keys(body), keys(body)


@pytest.mark.parametrize("body, key", [
    ("Het Meldpunt Integriteit Defensie wordt toegankelijk voor cadetten.", "meldpunt-integriteit-defensie"),
    ("Meldingen komen binnen bij het Meldpunt Kinderporno op Internet.", "meldpunt-kinderporno-op-internet"),
    ("De Onderwijscoöperatie beheert het register.", "onderwijscooperatie"),
])
def test_named_services_and_units(body: str, key: str) -> None:
    assert key in keys(body), keys(body)


@pytest.mark.parametrize("body", [
    "Het meldpunt van de gemeente is open.",
    "Het Meldpunt is open.",
    "Energiecoöperaties krijgen subsidie.",
])
def test_no_named_service(body: str) -> None:
    assert keys(body) == {}


@pytest.mark.parametrize("body", [
    "Onder het punt diversen informeerde de Commissie de Raad over de voortgang.",
    "Daarna vroeg de Raad het College om een reactie.",
])
def test_two_bodies_run_together_are_not_one_name(body: str) -> None:
    assert not any(len(name.split()) > 1 for names in keys(body).values() for name in names), keys(body)


def test_a_committee_named_with_an_article_is_still_one_name() -> None:
    assert "stichting-de-regenboog-groep" in keys("De Stichting de Regenboog Groep helpt daklozen.")


HEAD_WITH_ADDRESS = ("Directoraat-generaal Klimaat en Energie\nDirectie Warmte en Ondergrond\n\nBezoekadres\n"
                     "Bezuidenhoutseweg 73\n2594 AC Den Haag\n\nDatum 30 juni 2020\nBetreft Warmte\n"
                     "Ons kenmerk BZ/2008/1437 M\nUw kenmerk IND-2019-12\n\nGeachte voorzitter,\n\n")


def test_address_labels_and_file_codes_of_the_head_are_no_organisations() -> None:
    document = letter_of("Ik informeer u hierbij over de warmte.", head=HEAD + HEAD_WITH_ADDRESS)
    found = {f.written for f in find_organisations(document)}
    assert "Bezoekadres" not in found and "BZ" not in found and "IND" not in found
    assert "Directie Warmte en Ondergrond" in found


def test_an_acronym_in_the_body_after_a_kenmerk_line_is_found() -> None:
    assert "ministerie-bz" in keys("Het kenmerk van BZ staat hierboven. BZ heeft dit bevestigd.")


@pytest.mark.parametrize("body, key", [
    ("De coördinatie ligt bij het Centrum Infectieziektebestrijding van het Rijksinstituut voor Volksgezondheid en "
     "Milieu (RIVM).", "centrum-infectieziektebestrijding"),
    ("De Afdeling Documentonderzoek van de Koninklijke Marechaussee onderzoekt dit.", "afdeling-documentonderzoek"),
])
def test_a_named_part_of_a_known_body(body: str, key: str) -> None:
    found = keys(body)
    assert key in found and len(found) == 2, found


@pytest.mark.parametrize("body", [
    "De Inspectie van het Onderwijs kijkt mee.",          # a register name with 'van het' inside
    "Het Bureau van de Raad van State is open.",           # no capitalised word before 'van de'
])
def test_no_named_part_of_a_known_body(body: str) -> None:
    assert len(keys(body)) == 1, keys(body)


@pytest.mark.parametrize("body, name", [
    ("Op 5 juni heeft de Raad Justitie, Vrijheid en Veiligheid (JVV) dit besproken.",
     "Raad Justitie, Vrijheid en Veiligheid"),
    ("De Raad Concurrentievermogen, Interne Markt en Industrie (COMPET) vergaderde.",
     "Raad Concurrentievermogen, Interne Markt en Industrie"),
    ("Het Directoraat-Generaal Wonen, Bouwen en Integratie (DGWBI) werkt mee.",
     "Directoraat-Generaal Wonen, Bouwen en Integratie"),
])
def test_a_name_whose_topics_are_listed_with_commas_before_its_acronym(body: str, name: str) -> None:
    assert any(name in names for names in keys(body).values()), keys(body)


@pytest.mark.parametrize("body, absent", [
    ("De Raad Algemene Zaken, de Raad Buitenlandse Zaken en de Europese Raad (ER) komen bijeen.", ","),  # articles
    ("De Commissie Remkes, Van Zanen en Rutte heeft gesproken.", ","),                        # no acronym after it
    ("Ik sprak met de Raad van State, Rijkswaterstaat en Defensie (MinDef) hierover.", ","),   # bodies listed
])
def test_no_name_listed_with_commas(body: str, absent: str) -> None:
    assert not any(absent in name for names in keys(body).values() for name in names), keys(body)


# ---------------------------------------------------------------- session 6, heldout7 categories

# category 3: a name that runs on past its head into a clause ('de Commissie dat Albanië ...')
@pytest.mark.parametrize("body, absent", [
    ("Nederland deelt de conclusie van de Commissie dat Albanië nog niet voldoet.", "Commissie dat"),
    ("Wij steunen het voorstel van de Raad om Oekraïne te helpen.", "Raad om"),
    ("Ik volg het oordeel van de Inspectie als Nederland dat vraagt.", "Inspectie als"),
    ("Het advies van de Commissie wanneer Duitsland instemt, volgt later.", "Commissie wanneer"),
])
def test_a_head_noun_name_stops_before_a_clause_word(body: str, absent: str) -> None:
    assert not any(absent in name for names in keys(body).values() for name in names), keys(body)


@pytest.mark.parametrize("body, name", [
    ("De Commissie gelijke Behandeling heeft geoordeeld.", "Commissie gelijke Behandeling"),  # a lower-case word stays
    ("Het advies van de Raad voor Cultuur is helder.", "Raad voor Cultuur"),
])
def test_a_head_noun_name_keeps_its_own_lower_case_words(body: str, name: str) -> None:
    assert any(name in names for names in keys(body).values()), keys(body)


# category 3: a bare head noun beside a named body is no body of its own
@pytest.mark.parametrize("body", [
    "Het Europees Parlement en de Raad moeten het akkoord nog bekrachtigen.",
    "De Europese Commissie en de Dienst werken samen.",
])
def test_a_bare_head_noun_coordinated_with_a_body_is_no_name(body: str) -> None:
    names = {name for names in keys(body).values() for name in names}
    assert not names & {"Raad", "Dienst"}, names


def test_a_name_coordinated_with_a_body_is_still_found() -> None:
    assert "dierenbescherming" in " ".join(keys("De Dierenbescherming en Wakker Dier vragen om een verbod.")), \
        keys("De Dierenbescherming en Wakker Dier vragen om een verbod.")


# category 3: a union of a trade after a register union ('FNV Bouw'), not the federation itself
@pytest.mark.parametrize("body, name", [
    ("Er kwamen reacties van VNO-NCW, FNV Bouw en CNV Vakmensen.", "FNV Bouw"),
    ("Het voorstel van FNV Jong om het minimumloon te verhogen, neem ik niet over.", "FNV Jong"),
    ("Ook CNV Jongeren heeft gereageerd.", "CNV Jongeren"),
])
def test_a_union_of_a_trade_is_named_in_full(body: str, name: str) -> None:
    assert any(name in names for names in keys(body).values()), keys(body)


@pytest.mark.parametrize("body", [
    "Volgens de FNV In Nederland is dat niet zo.",
    "Ik sprak met de FNV. De bond is kritisch.",
])
def test_the_union_stays_the_federation_without_a_trade(body: str) -> None:
    assert "fnv" in keys(body), keys(body)


# category 3: a body that kept the acronym of the body it succeeded ('de Adviesraad Migratie (ACVZ)')
def test_a_successor_defined_with_its_predecessors_acronym_is_the_successor() -> None:
    found = keys("De Adviesraad Migratie (ACVZ) heeft op 1 juli advies uitgebracht.")
    assert "adviesraad-migratie" in found and "acvz" not in found, found
    assert "ACVZ" in found["adviesraad-migratie"], found


def test_the_predecessor_alone_stays_the_predecessor() -> None:
    found = keys("In 2010 bracht de Adviescommissie voor Vreemdelingenzaken (ACVZ) advies uit.")
    assert "acvz" in found and "adviesraad-migratie" not in found, found


# category 3 (and 14): an acronym used with an article that spells the first words of a body the letter named
def test_an_acronym_spelling_a_named_body_is_that_body() -> None:
    found = keys("Op het Artillerie Schietkamp 't Harde raakte een militair gewond. "
                 "Het rapport over het ASK is openbaar.")
    assert len(found) == 1 and "ASK" in next(iter(found.values())), found


def test_an_acronym_spelling_no_named_body_is_its_own() -> None:
    found = keys("Op het Artillerie Schietkamp 't Harde raakte een militair gewond. Ook het RIC heeft dit bekeken.")
    assert len(found) == 2, found


# category 5: 'full name (ACRONYM)' for a consultative body ('overleg') and a tribunal
@pytest.mark.parametrize("body, name", [
    ("Het Landelijk Overleg Consumentenbelangen Openbaar Vervoer (Locov) zal ik consulteren.",
     "Landelijk Overleg Consumentenbelangen Openbaar Vervoer"),
    ("Het Reizigersoverleg Spoor (ROVER) wordt daarbij betrokken.", "Reizigersoverleg Spoor"),
    ("Ik heb het Sectoroverleg Zorg Noord (SZN) geraadpleegd.", "Sectoroverleg Zorg Noord"),
    ("Servië werkt samen met het Joegoslavië-tribunaal (ICTY).", "Joegoslavië-tribunaal"),
    ("Het Rwanda-tribunaal (ICTR) sloot in 2015.", "Rwanda-tribunaal"),
    ("De zaak ligt bij het Libanon-tribunaal (STL).", "Libanon-tribunaal"),
])
def test_a_consultative_body_or_tribunal_defined_with_its_acronym(body: str, name: str) -> None:
    assert any(name in names for names in keys(body).values()), keys(body)


@pytest.mark.parametrize("body", [
    "Tijdens het Algemeen Overleg (AO) van 3 juni heb ik dit toegezegd.",
    "In het Wetgevingsoverleg (WGO) over de begroting is dit besproken.",
    "Het Bestuurlijk Overleg (BO) MIRT vond plaats op 12 november.",
    "Op het Interparlementair Koninkrijksoverleg (IPKO) is dit besproken.",
    "Het Algemeen Overleg Vreemdelingenbeleid (AOV) is uitgesteld.",
])
def test_a_meeting_defined_with_its_acronym_is_no_body(body: str) -> None:
    assert not keys(body), keys(body)


# category 10: a bare name listed after a plural of its kind ('corporaties, waaronder Woonbron')
@pytest.mark.parametrize("body, name", [
    ("Bij enkele corporaties, waaronder Woonbron in Rotterdam, zijn problemen.", "Woonbron"),
    ("Woningcorporaties zoals Ymere en Vestia lopen risico.", "Ymere"),
    ("Kennisinstituten als Deltares werken mee.", "Deltares"),
])
def test_a_body_listed_after_a_plural_of_its_kind(body: str, name: str) -> None:
    assert any(name in names for names in keys(body).values()), keys(body)


@pytest.mark.parametrize("body", [
    "Bij enkele corporaties, waaronder die in Rotterdam, zijn problemen.",
    "De corporaties in Rotterdam lopen risico.",
])
def test_no_body_listed_without_a_name(body: str) -> None:
    assert not keys(body), keys(body)


# category 3: the union's acronym at the end of an act's number is no mention of the union
@pytest.mark.parametrize("body", [
    "Het wetsvoorstel implementeert Richtlijn 2014/67/EU.",
    "Ter implementatie van Richtlijn 2013/32/EU en Richtlijn 2013/33/EU is dit nodig.",
    "Dit volgt uit Beschikking 2008/615/JBZ en Richtlijn 2004/38/EG.",
])
def test_an_acronym_ending_an_act_number_is_no_body(body: str) -> None:
    assert not keys(body), keys(body)


@pytest.mark.parametrize("body", [
    "Deze middelen zijn in de EU verboden.",
    "In 2014/2015 heeft de EU dit besloten.",
])
def test_the_union_named_beside_numbers_is_still_the_union(body: str) -> None:
    assert "eu" in keys(body), keys(body)




def test_a_law_coordinated_with_a_body_is_no_body() -> None:
    found = keys("Het Europees Hof voor de Rechten van de Mens en de Terugkeerrichtlijn vereisen dat bewaring kort "
                 "duurt. De Dierenbescherming en Wakker Dier vragen aandacht.")
    assert "terugkeerrichtlijn" not in found and "wakker-dier" in found


def test_an_acronym_with_an_ampersand_after_a_head_noun_is_a_second_body() -> None:
    found = keys("Daarnaast beveelt de Inspectie de DT&V aan de voortgang van ieder dossier te bewaken.")
    assert "dtenv" in found and not any(key.startswith("inspectie-de") for key in found)


@pytest.mark.parametrize("body, expected", [
    # a head noun, one lower-case word and an acronym: subject, verb and object
    ("De Inspectie beveelt DJI aan de werving te verbeteren.", {"dji"}),
    ("De Raad vraagt COA om een reactie.", {"coa"}),
    ("Het rapport van de Commissie van onderzoek COA is verschenen.", {"commissie-van-onderzoek-coa"}),
    # a head noun, topic words and a register body that ends the name
    ("De Commissie Onderzoek Belastingdienst heeft advies uitgebracht.", {"commissie-onderzoek-belastingdienst"}),
    ("Het rapport van de Commissie van de Belastingdienst is verschenen.", {"belastingdienst"}),
    # a named committee of a body
    ("De commissie Vaccinaties van de Gezondheidsraad adviseert hierover.", {"commissie-vaccinaties", "gezondheidsraad"}),
    ("De commissie Buitenlandse Zaken van de Tweede Kamer vroeg hierom.", {"tweede-kamer"}),
    # an office coordinated with a body is no body
    ("De Hoge Vertegenwoordiger en de Commissie presenteerden de voortgang.", set()),
    ("De Speciale Gezant en de Commissie presenteerden de voortgang.", set()),
    # a Council meeting by its month is no body
    ("Dit is de Nederlandse inzet voor de Decemberraad.", set()),
    # an English name with 'of' and 'for', a company with 'Systems', defined by their acronyms
    ("De ACM en het Body of European Regulators for Electronic Communications (BEREC) zijn betrokken.",
     {"acm", "body-of-european-regulators-for-electronic-communications"}),
    ("De verwerking van reisgegevens door Trans Link Systems (TLS) is onderzocht.", {"trans-link-systems"}),
])
def test_verbs_offices_meetings_and_named_committees(body, expected):
    assert set(keys(body)) == expected


# ---------------------------------------------------------------- session orgs4: families from fresh letters

@pytest.mark.parametrize("body,key,written", [
    ("Ik heb besloten tot onteigening van de aandelen van SNS REAAL N.V. en haar dochter.",
     "sns-reaal", "SNS REAAL N.V."),
    ("Dit is voorbereid met de Nederlandse Aardolie Maatschappij B.V. en haar aandeelhouders.",
     "nam", "Nederlandse Aardolie Maatschappij B.V."),
    ("De bank Zuiderkwartier Bank N.V. is genationaliseerd.", "zuiderkwartier-bank", "Zuiderkwartier Bank N.V."),
])
def test_a_legal_form_belongs_to_the_name_before_it(body: str, key: str, written: str) -> None:
    found = keys(body)
    assert written in found.get(key, set()), found
    assert not any(len(form) == 1 for forms in found.values() for form in forms), found  # no 'N' of 'N.V.'


@pytest.mark.parametrize("body", [
    "De aandelen van de Spaarzaam Bank N.V. zijn onteigend.",
    "De Noordelijke Scheepvaart Maatschappij B.V. heeft de opdracht gekregen.",
])
def test_no_initial_of_a_legal_form_is_a_body(body: str) -> None:
    found = keys(body)
    assert not any(len(form) <= 2 for forms in found.values() for form in forms), found


@pytest.mark.parametrize("body,present", [
    ("Dat volgt uit de rechtspraak van het Europees Hof voor de Rechten van de Mens.", False),
    ("In het overleg over de rechtspraak heeft het lid gevraagd naar de kosten.", False),
    ("Het gaat om de dierenbescherming in de veehouderij.", False),
    ("De Rechtspraak heeft een jaarverslag gepubliceerd.", True),
    ("Ik heb dit met de Rechtspraak besproken.", True),
])
def test_a_register_form_of_an_article_and_a_word_keeps_its_capital(body: str, present: bool) -> None:
    found = keys(body)
    assert ("rechtspraak" in found or "dierenbescherming" in found) is present, found


def test_the_ombudsman_in_lower_case_is_still_the_ombudsman() -> None:
    assert "nationale-ombudsman" in keys("Ik heb de aanbeveling van de ombudsman overgenomen.")


def test_a_body_named_in_a_law_title_is_no_body_nor_a_part_of_one() -> None:
    found = keys("Ik bereid een wijziging voor van de Instellingswet Wetenschappelijke Raad voor het "
                 "Regeringsbeleid. Die wijziging volgt.")
    assert not found, found


@pytest.mark.parametrize("body,gone", [
    ("31 066 Belastingdienst\n\nNr. 1089 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN\n\nIk informeer u.",
     "belastingdienst"),
])
def test_a_dossier_title_is_no_mention(body: str, gone: str) -> None:
    assert gone not in keys(body)


def test_a_dossier_title_named_elsewhere_is_kept() -> None:
    found = keys("31 066 Belastingdienst\n\nIk heb de Belastingdienst gevraagd dit te onderzoeken.")
    assert "belastingdienst" in found


@pytest.mark.parametrize("body,name", [
    ("Dit staat onder regie van de Dialoogtafel Veenkoloniën en niet van de gemeente.", "Dialoogtafel Veenkoloniën"),
    ("De Landelijke Regietafel Wonen en Zorg (LRWZ) komt bijeen.", "Landelijke Regietafel Wonen en Zorg"),
    ("Het Koninklijk Genootschap voor Landbouwkunde heeft gereageerd.", "Koninklijk Genootschap voor Landbouwkunde"),
    ("Ik sprak met het Nederlands Genootschap van Burgemeesters.", "Nederlands Genootschap van Burgemeesters"),
])
def test_a_table_or_society_is_a_head_noun(body: str, name: str) -> None:
    found = keys(body)
    assert any(name in forms for forms in found.values()), found


def test_a_table_alone_is_no_body() -> None:
    assert not keys("We bespraken het aan de keukentafel. De tafel was vol.")


@pytest.mark.parametrize("body,names", [
    ("De drinkwaterbedrijven Aquaduct en Bronwater monitoren de kwaliteit.", {"Aquaduct", "Bronwater"}),
    ("De zorginstellingen Zonnehoek, Meerzicht en Lindehof werken samen.", {"Zonnehoek", "Meerzicht", "Lindehof"}),
])
def test_names_right_after_a_plural_of_their_kind(body: str, names: set[str]) -> None:
    found = {form for forms in keys(body).values() for form in forms}
    assert names <= found, found


@pytest.mark.parametrize("body", [
    "De banken Nederland moeten sterker worden.",
    "Dat geldt voor de bedrijven in Nederland en België.",
    "In de ziekenhuizen Amsterdam en Utrecht liggen patiënten.",
])
def test_no_names_after_a_plural_without_a_list_of_bodies(body: str) -> None:
    assert not keys(body), keys(body)


def test_a_name_between_two_bodies_of_a_list_is_a_body() -> None:
    found = keys("Bij de voorbereiding zijn de Woonbond, Kamerbeheer, Vastgoed Belang en de Vereniging van "
                 "Nederlandse Gemeenten (VNG) geconsulteerd.")
    assert "kamerbeheer" in found, found


def test_an_acronym_between_two_bodies_may_name_a_report() -> None:
    found = keys("Zie de kabinetsreactie op de POK, WaU, het NJB-artikel en de bundel.")
    assert "wau" not in found, found


def test_a_name_followed_by_a_cooperation_is_a_body() -> None:
    found = keys("Nederland lichtte de werkwijze van PersWacht, het samenwerkingsverband van journalisten, toe.")
    assert "perswacht" in found, found


def test_the_un_refugee_agency_by_its_dutch_name_is_no_mention_of_the_un() -> None:
    found = keys("Het geld gaat naar de Hoge Commissaris van de Verenigde Naties voor Vluchtelingen (UNHCR).")
    assert set(found) == {"unhcr"}, found


def test_the_plural_kind_scan_finds_what_its_pattern_finds(sample_paths) -> None:
    scan = organisations._PLURAL_KIND_NAMES
    texts = [path.read_text(encoding="utf-8") for path in sample_paths[:40]] + [
        "de drinkwaterbedrijven Evides en Oasen; de zorginstellingen A, B en C; bedrijven Philips en ASML"]
    for text in texts:
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)]


@pytest.mark.parametrize("body,name", [
    ("De leerlingen gaan naar het ROC van Twente en het ROC Mondriaan.", "ROC van Twente"),
    ("De opleiding gaat naar het AOC van Friesland.", "AOC van Friesland"),
])
def test_an_article_acronym_of_a_place_is_one_body(body: str, name: str) -> None:
    found = keys(body)
    assert any(name in forms for forms in found.values()), found


@pytest.mark.parametrize("body", [
    "Het MT van Defensie heeft besloten.",
    "Het ROC van Maart tot Juni is gesloten.",
])
def test_an_article_acronym_before_a_register_body_or_month_takes_no_place(body: str) -> None:
    found = {form for forms in keys(body).values() for form in forms}
    assert not any(" van " in form for form in found), found


@pytest.mark.parametrize("body,name", [
    ("Met de rijschoolbranche, waaronder BOVAG en de Federatie Autorijschool Management, wordt dit bezien.", "BOVAG"),
    ("In de energiesector, onder meer Groenstroom en Windkracht, is gekeken.", "Groenstroom"),
])
def test_members_listed_after_a_sector(body: str, name: str) -> None:
    found = {form for forms in keys(body).values() for form in forms}
    assert name in found, found


def test_a_sector_with_zoals_lists_no_members() -> None:
    assert not keys("In de zorgsector, zoals Nederland weet, is dat zo.")


def test_a_register_name_written_with_its_kind() -> None:
    found = keys("Dienst Justis heeft de aanvragen gedigitaliseerd.")
    assert found.get("justis") == {"Dienst Justis"}, found


def test_an_adjective_before_a_proper_name_of_an_institute() -> None:
    found = keys("Het Nederlands Kanker Instituut doet onderzoek; het Nederlands Instituut niet.")
    assert set(found) == {"nederlands-kanker-instituut"}, found


def test_a_company_coordinated_after_door_names_another_company() -> None:
    found = keys("De fondsen worden beheerd door PwC en Kleinkapitaal, zo blijkt uit de evaluatie.")
    assert "kleinkapitaal" in found, found


@pytest.mark.parametrize("body", [
    "Het onderzoek is uitgevoerd door de IND en Nederland heeft meebetaald.",
    "Het werk is gedaan door de gemeente Utrecht en Jansen.",
])
def test_no_country_or_person_after_door_and_a_public_body(body: str) -> None:
    found = keys(body)
    assert "nederland" not in found and "jansen" not in found, found


@pytest.mark.parametrize("body, expected", [
    ("Ik heb de Adviescommissie Uitvoering Toeslagen, beter bekend als de commissie-Donner, om advies gevraagd. "
     "De commissie-Donner adviseert voor de zomer.",
     {"adviescommissie-uitvoering-toeslagen": {"Adviescommissie Uitvoering Toeslagen", "commissie-Donner"}}),
    ("Het Adviescollege Stikstofproblematiek, ook wel de commissie-Remkes, bracht een advies uit.",
     {"adviescollege-stikstofproblematiek": {"Adviescollege Stikstofproblematiek", "commissie-Remkes"}}),
])
def test_an_other_name_after_beter_bekend_als_is_the_same_organisation(body, expected):
    assert keys(body) == expected


@pytest.mark.parametrize("body", [
    "De Stichting Vluchteling, bekend met de zaak, en de commissie-Donner spraken erover.",
    "De Adviescommissie Uitvoering Toeslagen en de commissie-Donner spraken erover.",
])
def test_two_bodies_without_beter_bekend_als_stay_two(body):
    assert len(keys(body)) == 2


@pytest.mark.parametrize("body", [
    "Er zijn afspraken gemaakt tussen het Rijk en de Vereniging van Nederlandse Gemeenten (VNG).",
    "De Staat en de Vereniging van Nederlandse Gemeenten (VNG) delen de kosten.",
])
def test_the_state_beside_an_organisation_is_no_organisation(body):
    assert set(keys(body)) == {"vng"}


@pytest.mark.parametrize("body, expected", [
    # a professional order and a state company named with the acronym the name spells
    ("De Nederlandse Orde van Notarissen (NON) heeft een voorstel gedaan.",
     {"nederlandse-orde-van-notarissen": {"Nederlandse Orde van Notarissen", "NON"}}),
    ("Het Gemeentelijk Havenontwikkelingsbedrijf (GHB) wordt opgeheven.",
     {"gemeentelijk-havenontwikkelingsbedrijf": {"Gemeentelijk Havenontwikkelingsbedrijf", "GHB"}}),
    # a register body one word inside the spelled name is part of it
    ("Wij spraken met de Algemene Nederlandse Politie Vereniging (ANPV) over de cao.",
     {"algemene-nederlandse-politie-vereniging": {"Algemene Nederlandse Politie Vereniging", "ANPV"}}),
    # a register name of several words that the spelled name goes on from, under an acronym of its own
    ("Het Outbreak Management Team Zoönosen (OMT-Z) heeft geadviseerd.",
     {"outbreak-management-team-zoonosen": {"Outbreak Management Team Zoönosen", "OMT-Z"}}),
])
def test_a_name_its_acronym_spells_with_an_order_or_company_head(body, expected):
    assert keys(body) == expected


@pytest.mark.parametrize("body", [
    "De openbare orde (OO) is niet in gevaar.",                  # no name: lower case
    "Het Programma Openbare Orde (POO) loopt door.",              # 'orde' without 'van': no order of a profession
    "Het bedrijf heeft de orde verstoord.",                      # no acronym, no name
    "De Politie Vereniging (PV) en de politie spraken elkaar.",  # the register body opens the name: left alone
])
def test_no_order_or_company_without_a_spelled_name(body):
    assert not any(key.startswith(("openbare", "bedrijf", "orde", "programma")) for key in keys(body))
    if "Politie" in body:
        assert "politie" in keys(body)


@pytest.mark.parametrize("body, key, forms", [
    ("Hierbij ontvangt u het verslag van de Raad Justitie en Binnenlandse Zaken (JBZ-Raad) van 4 juni.",
     "raad-jbz", {"Raad Justitie en Binnenlandse Zaken", "JBZ-Raad"}),
    ("De RAZ heeft de conclusies aangenomen.", "raad-raz", {"RAZ"}),
    ("Tijdens de Raad Buitenlandse Zaken is gesproken over sancties.", "raad-rbz", {"Raad Buitenlandse Zaken"}),
    ("Het verslag van de Raad WSBVC volgt.", "raad-epsco", {"Raad WSBVC"}),
])
def test_a_configuration_of_the_council_of_the_eu_is_a_body_of_its_own_within_the_council(body, key, forms):
    assert keys(body)[key] == forms
    assert register().get(key).parent == "raad-van-de-eu"


@pytest.mark.parametrize("body, expected", [
    # a unit's name stops before the body it belongs to
    ("De directie Particulieren van de Belastingdienst heeft een team ingericht.",
     {"directie-particulieren": {"directie Particulieren"}, "belastingdienst": {"Belastingdienst"}}),
    # a support point named with capitals, as a report point is
    ("Het Steunpunt Huiselijk Geweld heeft dit gemeld.", {"steunpunt-huiselijk-geweld": {"Steunpunt Huiselijk Geweld"}}),
    ("Er komt een steunpunt voor ouders; het Steunpunt is dan open.", {}),
])
def test_a_unit_before_its_body_and_a_named_support_point(body, expected):
    assert keys(body) == expected


@pytest.mark.parametrize("body, found", [
    # a ministry's short name in a minister's title is a post, as its full name there is
    ("Ook de Minister van VWS is akkoord met de aanpak.", set()),
    ("De Ministers van VWS en voor Rechtsbescherming nemen de aanbeveling over.", set()),
    # near misses: the ministry itself
    ("De ministeries van VWS en BZK werken samen.", {"ministerie-vws", "ministerie-bzk"}),
    ("De evaluatie is uitgevoerd in opdracht van het ministerie van VWS.", {"ministerie-vws"}),
])
def test_a_ministrys_short_name_in_a_ministers_title_is_no_mention(body: str, found: set[str]) -> None:
    document = letter_of(body)
    body_start = document.text.find(body[:20])
    keys = {mention.key for mention in find_organisations(document) if mention.span.start >= body_start}
    assert keys & {"ministerie-vws", "ministerie-bzk"} == found


@pytest.mark.parametrize("body, name", [
    # an adjective of the name before its head noun belongs to it ('name_premodifiers')
    ("Ik heb hierover gesproken met de Federale Overheidsdienst Justitie.", "Federale Overheidsdienst Justitie"),
    ("Ook het Federaal Agentschap voor de Veiligheid van de Voedselketen is betrokken.",
     "Federaal Agentschap voor de Veiligheid van de Voedselketen"),
    ("Het Strategisch Ketenberaad komt maandelijks bijeen.", "Strategisch Ketenberaad"),
])
def test_an_adjective_of_the_name_belongs_to_it(body: str, name: str) -> None:
    assert name in names(body)


@pytest.mark.parametrize("body, expected", [
    # a name that spells a register acronym and shares no word with its body is the letter's own body of it
    ("Het Economisch Instituut voor de Bouw (EIB) publiceerde een rapport. Volgens het EIB stijgen de kosten.",
     {"Economisch Instituut voor de Bouw"}),
    # a name that shares a word with the register's body is that body written another way
    ("De Raad voor Dieraangelegenheden (RDA) adviseert. De RDA is onafhankelijk.",
     {"Raad voor Dierenaangelegenheden"}),
    # the register acronym alone stays the register's body
    ("De EIB verstrekt een lening aan het project.", {"Europese Investeringsbank"}),
])
def test_a_register_acronym_the_letter_gives_to_a_body_of_its_own(body: str, expected: set[str]) -> None:
    assert names(body) == expected


def test_a_name_that_ends_in_a_number_and_a_directorate_general_in_lower_case():
    """'Natura 2000' is part of the committee's name; 'Directoraat-generaal' is written with a small g as often
    as with a capital; a number that is an amount or a date stays out."""
    found = keys("Ik bied u het advies aan van de Adviescommissie Stikstof en Natura 2000, onder voorzitterschap "
                 "van mevrouw Jansen. Het Directoraat-generaal Ruimte en Water werkt dit uit. Ik heb overleg gevoerd "
                 "met het Directoraat-generaal Milieu van de Europese Commissie. De Commissie heeft nog geen oordeel "
                 "gegeven. De Raad Voedselveiligheid 2.500 keer.")
    assert found["adviescommissie-stikstof-en-natura-2000"] == {"Adviescommissie Stikstof en Natura 2000"}
    assert found["directoraat-generaal-ruimte-en-water"] == {"Directoraat-generaal Ruimte en Water"}
    # a directorate-general of the Commission is in the register, with the Commission in its name; 'De Commissie'
    # after it is not that directorate-general
    assert found["dg-env"] == {"Directoraat-generaal Milieu van de Europese Commissie"}
    assert not any(key.endswith("2-500") or key.endswith("2") for key in found), found


def test_register_forms_of_ngos_named_in_full():
    found = keys("Het concept is voorgelegd aan Vereniging Natuurmonumenten en de Stichting Natuur en Milieu. "
                 "Defence for Children International – ECPAT Nederland wees op het risico, net als de "
                 "Nederlandse Lokale Publieke Omroepen (NLPO).")
    assert found["natuur-en-milieu"] == {"Stichting Natuur en Milieu"}
    assert found["defence-for-children"] == {"Defence for Children International – ECPAT Nederland"}
    assert found["nlpo"] == {"Nederlandse Lokale Publieke Omroepen", "NLPO"}


def test_a_unit_wrapped_in_the_column_of_a_letterhead_is_read_whole():
    """'Directoraat-generaal Klimaat' / 'en Energie' in the right column of a two-column letterhead."""
    head = ("> Retouradres Postbus 20401 2500 EK Den Haag\n\n"
            "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPrinses Irenestraat 6\n"
            "2595 BD  DEN HAAG                                   Directoraat-generaal Klimaat\n"
            "                                                    en Energie\n"
            "                                                    Directie Warmte en Ketens\n\n"
            "Datum 14 maart 2024\nBetreft Voortgang\n\nGeachte voorzitter,\n\n")
    document = letter_of("In 2023 zijn ruim 280.000 woningen geïsoleerd.", head)
    names = {found.name for found in find_organisations(document)}
    assert "Directoraat-generaal Klimaat en Energie" in names
    assert "Directoraat-generaal Klimaat" not in names
