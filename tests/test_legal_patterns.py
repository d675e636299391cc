"""kg/data/legal_patterns.json and the register, through the extractor: every pattern gives the
instruments its examples name and nothing on its near misses; the title stops, the earlier-law
phrase and short names in brackets do what the file says.

Parametrized over the file, so an entry added to it is tested without writing a test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.domain import rules
from kg.extract import legal
from kg.extract.legal import PATTERNS_FILE, find_instruments
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.read.structure import structure

DATA = rules.load(PATTERNS_FILE)


def mentions(tmp_path: Path, body: str) -> list:
    path = tmp_path / "letter.txt"
    path.write_text("Den Haag, 1 juli 2019\n\n" + body + "\n", encoding="utf-8")
    return legal.run(structure(clean(read_letter(path))), ())


def examples() -> list:
    return [pytest.param(row["id"], text, gives, id=f"{row['id']}: {text[:40]}")
            for row in rules.entries(PATTERNS_FILE, "patterns") for text, gives in zip(row["examples"], row["gives"])]


def near_misses() -> list:
    return [pytest.param(row["id"], text, id=f"{row['id']}: {text[:40]}")
            for row in rules.entries(PATTERNS_FILE, "patterns") for text in row["not"]]


@pytest.mark.parametrize("entry, text, gives", examples())
def test_pattern_gives_the_instrument_its_example_names(entry: str, text: str, gives: str) -> None:
    assert [(hit.name, hit.rule) for hit in find_instruments(text)] == [(gives, f"generic {entry}")]


@pytest.mark.parametrize("entry, text", near_misses())
def test_pattern_does_not_fire_on_its_near_misses(entry: str, text: str) -> None:
    assert [hit for hit in find_instruments(text) if hit.rule == f"generic {entry}"] == []


def test_every_pattern_entry_names_as_many_instruments_as_examples() -> None:
    for row in rules.entries(PATTERNS_FILE, "patterns"):
        assert len(row["gives"]) == len(row["examples"]), row["id"]


@pytest.mark.parametrize("text", DATA["earlier_examples"])
def test_an_earlier_law_of_the_name_is_left_out(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text", DATA["earlier_not"])
def test_a_law_not_called_earlier_is_kept(text: str) -> None:
    assert find_instruments(text)


@pytest.mark.parametrize("text", DATA["short_name_examples"])
def test_a_short_name_in_brackets_stands_for_the_instrument(tmp_path: Path, text: str) -> None:
    found = mentions(tmp_path, text)
    assert len(found) >= 2 and len({mention.key for mention in found}) == 1
    assert found[-1].evidence.rule.startswith("short name of")


@pytest.mark.parametrize("text", DATA["short_name_not"])
def test_brackets_that_hold_no_short_name(tmp_path: Path, text: str) -> None:
    assert len(mentions(tmp_path, text)) == 1


@pytest.mark.parametrize("text, name", [
    ("de Wet op de kansspelen in verband met de regulering van online kansspelen", "Wet op de kansspelen"),
    ("de Wet gemeentelijke schuldhulpverlening in het licht van de evaluatie", "Wet gemeentelijke schuldhulpverlening"),
    ("de eerdere Wet op het Nederlanderschap van 1892", "Wet op het Nederlanderschap"),
    ("de Wet op het kindgebonden budget is gewijzigd", "Wet op het kindgebonden budget"),
])
def test_generic_titles_stop_at_the_end_of_the_name(text: str, name: str) -> None:
    assert [hit.name for hit in find_instruments(text)] == [name]


@pytest.mark.parametrize("text, name", [
    ("op grond van artikel 67 van het Wetboek van Strafvordering", "Wetboek van Strafvordering"),
    ("artikel 140 Sr", "Wetboek van Strafrecht"),
    ("de Rijkswet op het Nederlanderschap", "Rijkswet op het Nederlanderschap"),
    ("de Participatiewet", "Participatiewet"),
    ("een verzoek op grond van de Woo", "Wet open overheid"),
    ("het Internationaal Verdrag inzake de Rechten van het Kind", "Verdrag inzake de rechten van het kind"),
    ("het Verdrag betreffende de werking van de Europese Unie", "Verdrag betreffende de werking van de Europese Unie"),
])
def test_register_holds_the_codes_and_laws_of_every_ministry(text: str, name: str) -> None:
    assert [hit.name for hit in find_instruments(text)] == [name]


def test_pattern_scans_find_what_their_patterns_find() -> None:
    """Each pattern is searched only near its anchor; that finds the same matches as the pattern."""
    root = Path(__file__).resolve().parent.parent
    texts = [path.read_text(encoding="utf-8") for folder in ("letters", "extra")
             for path in sorted((root / "examples" / folder).glob("*.txt"))]
    texts += [text for row in rules.entries(PATTERNS_FILE, "patterns") for text in row["examples"] + row["not"]]
    for named in legal.named_patterns():
        for text in texts:
            assert [m.span() for m in named.scan.finditer(text)] == \
                [m.span() for m in named.scan.pattern.finditer(text)], named.id


@pytest.mark.parametrize("text", DATA["guideline_examples"])
def test_a_guideline_is_no_instrument_with_or_without_its_title(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text, name", DATA["complement_examples"])
def test_a_complement_compound_is_named_with_its_title(text: str, name: str) -> None:
    assert [hit.name for hit in find_instruments(text)] == [name]


@pytest.mark.parametrize("text, name", DATA["decision_examples"])
def test_a_compound_on_besluit_mid_sentence_is_a_decree(text: str, name: str) -> None:
    assert [(hit.name, hit.kind) for hit in find_instruments(text)] == [(name, "decree")]


@pytest.mark.parametrize("text", DATA["decision_not"])
def test_a_decision_compound_or_a_sentence_opening_one_is_no_instrument(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text", DATA["complement_not"])
def test_a_complement_compound_alone_is_no_instrument(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text, names", [
    ("Het Besluit bijstandverlening zelfstandigen kent een kapitaalsverstrekking.",
     ["Besluit bijstandverlening zelfstandigen"]),
    ("Volgens de Europese Richtlijn bodemmonitoring (SML) moeten lidstaten rapporteren.",
     ["Richtlijn bodemmonitoring"]),
    ("Hiervoor is de Regeling subsidie energiebesparing eigen huis verlengd.",
     ["Regeling subsidie energiebesparing eigen huis"]),
    ("In de Regeling staat dat de subsidie vervalt.", []),
    ("De Richtlijn van de Europese Commissie is nog niet vastgesteld.", []),
    ("Regeling van de subsidie vindt later plaats.", []),
    ("Dit wordt geregeld bij algemene maatregel van bestuur.", []),
    ("Ik heb de Tijdelijke regeling maatregelen covid-19 gewijzigd.", ["Tijdelijke regeling maatregelen covid-19"]),
    ("Verder heb ik de Tijdelijke wet Groningen in voorbereiding genomen.", ["Tijdelijke wet Groningen"]),
    ("Tijdelijke regelingen zijn er genoeg.", []),
    ("De Wet politiegegevens is aangepast ter implementatie van Kaderbesluit 2008/977/JBZ.",
     ["Wet politiegegevens", "Kaderbesluit 2008/977/JBZ"]),
    ("De Eerste Kamer heeft met de Invoeringswet Participatiewet ingestemd.", ["Invoeringswet Participatiewet"]),
    ("Daarvoor is een wijziging van de Wet luchtvaart nodig.", ["Wet luchtvaart"]),
])
def test_titles_opened_by_besluit_regeling_richtlijn_verordening(text: str, names: list[str]) -> None:
    assert [hit.name for hit in find_instruments(text)] == names


def test_a_name_and_the_same_name_with_a_year_are_one_instrument(tmp_path: Path) -> None:
    found = mentions(tmp_path, "Het Besluit bijstandverlening zelfstandigen 2004 wordt gewijzigd. "
                               "Het Besluit bijstandverlening zelfstandigen kent een kapitaalsverstrekking.")
    assert {(mention.name, mention.key) for mention in found} == {
        ("Besluit bijstandverlening zelfstandigen 2004", "besluit-bijstandverlening-zelfstandigen-2004")}


@pytest.mark.parametrize("text, name", DATA["subject_examples"])
def test_an_eu_act_named_by_its_subject(text: str, name: str) -> None:
    assert [(hit.name, hit.rule) for hit in find_instruments(text)] == [(name, "generic EU act by its subject")]


@pytest.mark.parametrize("text", DATA["subject_not"])
def test_no_eu_act_without_a_subject_after_its_connector(text: str) -> None:
    assert [hit for hit in find_instruments(text) if hit.rule == "generic EU act by its subject"] == []


@pytest.mark.parametrize("text, name", DATA["bill_examples"])
def test_a_bill_named_in_lower_case(text: str, name: str) -> None:
    assert [(hit.name, hit.kind) for hit in find_instruments(text)] == [(name, "bill")]


@pytest.mark.parametrize("text", DATA["bill_not"])
def test_no_bill_from_what_follows_wetsvoorstel_in_a_sentence(text: str) -> None:
    assert [hit for hit in find_instruments(text) if hit.kind == "bill"] == []


@pytest.mark.parametrize("text, names", [
    ("Daarbij geldt de Btw-richtlijn.", ["Btw-richtlijn"]),
    ("De Moeder-dochterrichtlijn blijft ongewijzigd.", ["Moeder-dochterrichtlijn"]),
    ("Gemeenten ontvangen geld op grond van de Financiële-verhoudingswet.", ["Financiële-verhoudingswet"]),
    ("Hier geldt de zogeheten Balanced Approach-verordening.", []),
    ("Zij werken in Oost-Europa en Midden-Amerika.", []),
])
def test_a_compound_after_a_hyphenated_word(text: str, names: list[str]) -> None:
    assert [hit.name for hit in find_instruments(text)] == names


def test_a_title_does_not_run_on_into_the_next_paragraph(tmp_path: Path) -> None:
    found = mentions(tmp_path, "Kaderrichtlijn Water\nDe Kaderrichtlijn Water stelt doelen voor 2027.")
    assert {mention.name for mention in found} == {"Kaderrichtlijn Water"}


@pytest.mark.parametrize("text, name", [
    ("De Kaderrichtlijn Water (Richtlijn 2000/60/EG) stelt doelen.", "Kaderrichtlijn Water (Richtlijn 2000/60/EG)"),
    ("Voor de btw geldt de Btw-richtlijn (Richtlijn 2006/112/EG) onverkort.", "Btw-richtlijn (Richtlijn 2006/112/EG)"),
    ("Dit volgt uit de verordening betreffende de interne markt voor elektriciteit (Verordening (EU) 2019/943).",
     "Verordening (EU) 2019/943"),
    ("De Handhavingsrichtlijn detachering (Richtlijn 2014/67/EU) is omgezet.", "Handhavingsrichtlijn"),
])
def test_an_eu_number_in_brackets_after_a_name_is_the_same_instrument(tmp_path: Path, text: str, name: str) -> None:
    found = mentions(tmp_path, text)
    assert len(found) == 2 and {(mention.name, mention.key) for mention in found} == {(name, found[0].key)}


def test_a_number_in_brackets_after_a_second_phrase_is_another_instrument(tmp_path: Path) -> None:
    found = mentions(tmp_path, "De Procedurerichtlijn en de opvang (Richtlijn 2013/33/EU) zijn besproken.")
    assert {mention.key for mention in found} == {"procedurerichtlijn", "opvangrichtlijn"}


def test_an_act_by_its_one_word_subject_is_the_compound_the_letter_writes(tmp_path: Path) -> None:
    found = mentions(tmp_path, "De Commissie deed een voorstel voor een verordening inzake natuurherstel. "
                               "Over de Natuurherstelverordening wordt nog onderhandeld.")
    assert {(mention.name, mention.key) for mention in found} == {("Natuurherstelverordening", found[-1].key)}


@pytest.mark.parametrize("text, name", [
    ("Agendapunt 1: Verordening interne markt voor elektriciteit (herschikking)\nHet voorzitterschap beoogt dit.",
     "Verordening interne markt voor elektriciteit"),
    ("Zie hieronder.\nVerordening ontbossingsvrije producten\nDe verordening geldt vanaf eind 2024.",
     "Verordening ontbossingsvrije producten"),
])
def test_an_act_opening_a_heading_line_is_named(text: str, name: str) -> None:
    assert [hit.name for hit in find_instruments(text)] == [name]


@pytest.mark.parametrize("text", [
    "Dat is gemeld.\nBesluit ik nu om de regeling te wijzigen, dan kan dat.",
    "Conclusie: Besluit nemen over de regeling is nodig.",
])
def test_a_sentence_opening_with_besluit_names_no_act(text: str) -> None:
    assert find_instruments(text) == []


def test_a_heading_naming_an_act_by_the_subject_after_its_number_is_that_act(tmp_path: Path) -> None:
    found = mentions(tmp_path, "Zie hieronder.\n\nVerordening ontbossingsvrije producten\n\nOp 19 april 2023 heeft het "
                               "Europees Parlement ingestemd met de Verordening (EU) 2023/1115 inzake ontbossingsvrije "
                               "producten.")
    assert {(mention.name, mention.written) for mention in found} == {
        ("Verordening (EU) 2023/1115", "Verordening ontbossingsvrije producten"),
        ("Verordening (EU) 2023/1115", "Verordening (EU) 2023/1115")}


@pytest.mark.parametrize("text, name", DATA["regulation_subject_examples"])
def test_a_regulation_named_by_its_subject_after_over_or_voor(text: str, name: str) -> None:
    assert [(hit.name, hit.rule) for hit in find_instruments(text)] == [(name, "generic EU act by its subject")]


@pytest.mark.parametrize("text", DATA["regulation_subject_not"])
def test_no_regulation_by_a_time_a_bare_noun_or_a_single_word_after_over_or_voor(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text, name", DATA["agreement_subject_examples"])
def test_an_agreement_named_by_its_kind_and_subject(text: str, name: str) -> None:
    assert [(hit.name, hit.rule) for hit in find_instruments(text)] == [(name, "generic agreement by its subject")]


@pytest.mark.parametrize("text", DATA["agreement_subject_not"])
def test_no_agreement_still_to_be_made_or_without_a_subject(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text, name", DATA["rule_examples"])
def test_a_named_rule_with_its_title(text: str, name: str) -> None:
    assert [(hit.name, hit.rule) for hit in find_instruments(text)] == [(name, "generic rule with its title")]


@pytest.mark.parametrize("text", DATA["rule_not"])
def test_no_rule_for_an_indication_a_designation_or_the_bare_noun(text: str) -> None:
    assert find_instruments(text) == []


@pytest.mark.parametrize("text, name", DATA["title_end_examples"])
def test_a_title_ends_before_an_adverb_a_verb_a_date_or_an_amending_bills_purpose(text: str, name: str) -> None:
    assert [hit.name for hit in find_instruments(text)] == [name]


@pytest.mark.parametrize("text, name", DATA["title_end_not"])
def test_a_purpose_word_inside_a_title_of_its_own_continues_it(text: str, name: str) -> None:
    assert [hit.name for hit in find_instruments(text)] == [name]


@pytest.mark.parametrize("row", DATA["policy_rule_examples"])
def test_a_policy_rule_or_regulation_with_a_sentence_case_or_acronym_title(row: list[str]) -> None:
    assert [hit.name for hit in find_instruments(row[0])] == row[1:]


@pytest.mark.parametrize("text", DATA["policy_rule_not"])
def test_no_policy_rule_without_a_title_or_with_a_scheme_title(text: str) -> None:
    assert find_instruments(text) == []
