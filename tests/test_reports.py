"""Reports and findings (kg/extract/reports/) on the real letters and on hand-made sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXTRA, sample
from kg.domain.model import FindingFact, ReportFact
from kg.engine import read_document
from kg.extract.reports import find_quotes
from kg.read.ingest import read_letter

CLOSING = "\n\nDe Staatssecretaris van Justitie en Veiligheid,\n\nA. Tester\n"


HEAD = ("Ministerie van Justitie en Veiligheid\n\nAan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\n"
        "Postbus 20018\n2500 EA DEN HAAG\n\nOns kenmerk\n5012345\n\n")


# the structure stage finds the letter head only before a full-length first paragraph
OPENING = ("Hierbij informeer ik uw Kamer over de stand van zaken rond de behandeling van aanvragen bij de\n"
           "uitvoeringsorganisaties van het ministerie in het afgelopen jaar en over de gesprekken daarover.\n\n")


def letter(tmp_path: Path, body: str, subject: str = "Reactie", when: str = "22 juni 2023") -> list:
    """The facts of a small hand-made letter in the ministry's layout."""
    path = tmp_path / "letter.txt"
    path.write_text(f"{HEAD}Datum {when}\nOnderwerp {subject}\n\n{OPENING}{body}{CLOSING}", encoding="utf-8")
    return list(read_document(read_letter(path)).facts)


def reports_of(facts: list) -> dict[str, ReportFact]:
    return {fact.title: fact for fact in facts if isinstance(fact, ReportFact)}


@pytest.fixture(scope="module")
def inspection_letter() -> list:
    return list(read_document(read_letter(sample("003"))).facts)


def test_quotes_of_every_kind_but_not_apostrophes() -> None:
    text = "het rapport ‘Tijd’ en de bundel \"Bundel\" en het bericht «Bericht» en de KDT's 'Titel hier'"
    found = [text[start:end] for start, end in find_quotes(text)]
    assert found == ["Tijd", "Bundel", "Bericht", "Titel hier"]


def test_inspection_report_from_subject_and_body(inspection_letter: list) -> None:
    found = reports_of(inspection_letter)
    report = found["Tijd voor kwaliteit, een onderzoek naar de Algemene Asielprocedure"]
    assert report.responded and report.genre == "rapport"
    assert report.date == "2022-03-18"  # 'Op 18 maart jl. heeft de Inspectie ... opgeleverd'
    assert report.author_names == ("Inspectie Justitie en Veiligheid",)
    assert report.evidence.exact.startswith("Onderwerp") or "Tijd voor kwaliteit" in report.evidence.exact


def test_one_report_per_report_per_letter(inspection_letter: list) -> None:
    """'het rapport van de Inspectie' later in the letter is the same report, not a second one."""
    titles = sorted(reports_of(inspection_letter))
    assert titles == ["Tijd voor kwaliteit, een onderzoek naar de Algemene Asielprocedure",
                      "doorlichting van de IND en de asielketen"]
    audit = reports_of(inspection_letter)["doorlichting van de IND en de asielketen"]
    assert audit.author_names == ("EY",) and not audit.responded


def test_findings_are_attributed_to_the_report(inspection_letter: list) -> None:
    findings = [fact for fact in inspection_letter if isinstance(fact, FindingFact)]
    assert findings, "no findings"
    first = findings[0]
    assert first.text.startswith("het verzamelen van relevante informatie")
    assert first.report == "tijd-voor-kwaliteit-een-onderzoek-naar-de-algemene-asielprocedure"
    assert first.evidence.exact.startswith("Uit het rapport van de Inspectie blijkt")


def test_news_item_and_commission_report_with_date() -> None:
    found = reports_of(list(read_document(read_letter(sample("002"))).facts))
    news = found["Immigratiedienst stuurde veroordeelde criminelen niet weg door tijd- en geldgebrek"]
    assert news.genre == "bericht" and news.responded  # 'verzocht om een reactie op het bericht «...»'
    assert news.author_names == ("Algemeen Dagblad",)  # from 'het artikel van het Algemeen Dagblad' later on
    commission = found["vermoeden van misstand bij de IND"]
    assert commission.date == "2019-05-20"  # 'de commissie De Leeuw (20 mei 2019) in haar onderzoeksrapport'
    assert len(found) == 2


def test_bundle_article_and_unquoted_titles() -> None:
    found = reports_of(list(read_document(read_letter(sample("004"))).facts))
    bundle = found["Ongehoord onrecht in het vreemdelingenrecht"]
    assert bundle.genre == "bundel" and bundle.date == "2021-04-12" and len(bundle.authors) == 2
    assert found["Ongezien onrecht in het vreemdelingenrecht"].date == "2021-04-09"
    assert "Werk aan Uitvoering" in found  # 'de rapporten Werk aan Uitvoering (WaU)'
    # footnote 3 to 'de verscheidene recente publicaties' lists one more title; footnote 4 (moties) lists none
    assert found["Ongelofelijk - Onrecht in de Geloofwaardigheidsbeoordeling van geloofsovertuiging"].genre == \
        "publicatie"
    assert len(found) == 6
    assert found["Behandeling migranten lijkt op die van slachtoffers toeslagenaffaire"].responded
    assert not found["Ongekend Onrecht"].responded
    assert found["Ongezien onrecht in het vreemdelingenrecht"].responded  # 'ga ik in op ... het genoemde artikel'


@pytest.mark.parametrize("file_name, titles", [
    ("kst-33042-12.txt", ["rapport van de Commissie van onderzoek COA"]),
    ("kst-19637-1407.txt", ["thematisch ambtsbericht"]),
    ("kst-30573-92.txt", ["Barst in gedoogakkoord – Brussel negeert PVV-speerpunt voor strenger migratiebeleid",
                          "Nederlandse inzet EU migratiebeleid"]),  # 'het position paper «...»'
    ("kst-19637-1405.txt", []),
    ("kst-20052006-30308-D.txt", []),
])
def test_extra_letters(file_name: str, titles: list[str]) -> None:
    found = reports_of(list(read_document(read_letter(EXTRA / file_name)).facts))
    assert list(found) == titles


def test_news_item_of_today_gets_the_letter_date() -> None:
    found = reports_of(list(read_document(read_letter(EXTRA / "kst-30573-92.txt")).facts))
    assert next(iter(found.values())).date == "2012-01-25"


def test_hand_made_report_with_author_between_noun_and_title(tmp_path: Path) -> None:
    facts = letter(tmp_path, "Op 2 mei jl. heeft de Raad van State het advies 'Ruimte voor maatwerk' "
                             "uitgebracht. In deze brief reageer ik op het advies.")
    report = reports_of(facts)["Ruimte voor maatwerk"]
    assert report.genre == "advies" and report.date == "2023-05-02"
    assert report.author_names == ("Raad van State",)


def test_subject_line_marks_the_report_as_responded(tmp_path: Path) -> None:
    facts = letter(tmp_path, "Hierbij ontvangt u mijn reactie op het rapport.",
                   subject="Beleidsreactie rapport 'Grip op de keten'")
    assert reports_of(facts)["Grip op de keten"].responded


@pytest.mark.parametrize("body", [
    "De Kamer heeft gevraagd om een 'snelle' reactie op de vragen.",   # quoted word, no genre noun
    "Het rapport is nog niet verschenen. Ik zal u informeren.",          # genre noun, no title
    "Ik heb de rapporten van de afgelopen jaren gelezen.",               # plural without a title
    "Dit onderzoek loopt nog; de resultaten 'volgen' later.",            # the quote is after a clause break
])
def test_near_misses_are_no_reports(tmp_path: Path, body: str) -> None:
    assert reports_of(letter(tmp_path, body)) == {}


def test_letter_date_is_not_the_report_date(tmp_path: Path) -> None:
    facts = letter(tmp_path, "Bij brief van 13 april jl. heeft u mij gevraagd te reageren op het bericht "
                             "'Wachttijden lopen op'.")
    assert reports_of(facts)["Wachttijden lopen op"].date is None


def test_report_responses_query(sample_build) -> None:
    from pyoxigraph import Store

    from kg.query import query_text, run_query, term_text
    store = Store()
    store.extend(sample_build.quads)
    table = run_query(store, query_text("report_responses"))
    found = {term_text(row[0]): dict(zip(table.variables, row)) for row in table.rows}
    inspection = found["Tijd voor kwaliteit, een onderzoek naar de Algemene Asielprocedure"]
    assert term_text(inspection["days_after"]) == "46"  # 18 March to 3 May 2022
    assert term_text(inspection["signatory_name"]) == "E. van der Burg"
    assert "Ongekend Onrecht" not in found  # only cited, not responded to


@pytest.mark.parametrize("body", [
    "Het onderzoek naar de zogenoemde 'pushbacks' aan de buitengrens loopt nog.",
    "Het bericht over 'spookburgers' in de gemeente klopt niet.",
    "Het onderzoek van de IND naar deze zaken is nog niet afgerond.",
])
def test_terms_in_quotes_and_work_in_progress_are_no_reports(tmp_path: Path, body: str) -> None:
    assert reports_of(letter(tmp_path, body)) == {}


def test_two_letters_may_spell_one_report_differently(tmp_path: Path) -> None:
    """One report node for both letters, and the build still conforms to the shapes."""
    from kg.engine import build
    for number, title in enumerate(["Grip op de keten", "Grip op de Keten"]):
        folder = tmp_path / "letters"
        folder.mkdir(exist_ok=True)
        (folder / f"letter{number}.txt").write_text(
            f"{HEAD.replace('5012345', f'501234{number}')}Datum 22 juni 2023\nOnderwerp Reactie\n\n"
            f"Op 10 januari jl. heeft de Adviesraad Migratie het rapport '{title}' uitgebracht over de\n"
            "lange wachttijden bij de dienst. Met deze brief reageer ik op de aanbevelingen uit het rapport.\n"
            f"{CLOSING}", encoding="utf-8")
    result = build([tmp_path / "letters"])
    assert len(result.letters) == 2
    report = result.report
    assert report is not None
    assert report.conforms, report.text()
    titles = {getattr(quad.object, "value", None) for quad in result.quads
              if str(getattr(quad.subject, "value", "")).endswith("/report/grip-op-de-keten")
              and quad.predicate.value.endswith("title")}
    assert titles == {"Grip op de keten", "Grip op de Keten"}


def test_claims_of_organisations_that_wrote_no_report_are_no_findings(tmp_path: Path) -> None:
    facts = letter(tmp_path, "De Raad van State heeft het advies 'Ruimte voor maatwerk' uitgebracht. De Raad "
                             "concludeert dat de wet te weinig ruimte laat. De IND stelt dat de termijnen "
                             "haalbaar zijn.")
    findings = [fact for fact in facts if isinstance(fact, FindingFact)]
    assert [finding.text for finding in findings] == ["de wet te weinig ruimte laat."]


@pytest.mark.parametrize("sentence, responds", [
    ("In deze brief ga ik in op het rapport.", True),
    ("Met deze brief REAGEER ik op het advies.", True),
    ("Hierbij bied ik u de kabinetsreactie op het rapport aan.", True),
    ("Naar aanleiding van het artikel in de krant heb ik gekeken.", True),
    ("U heeft mij verzocht te reageren op de brief.", True),
    ("Het rapport gaat in op de uitvoering.", False),  # 'in op', but not the letter responding
    ("De Raad heeft een advies uitgebracht.", False),
])
def test_the_word_filter_in_front_of_the_responds_pattern(sentence, responds):
    from kg.extract.reports import _RESPONDS, _responds
    assert _responds(sentence) is responds
    assert bool(_RESPONDS.search(sentence)) is responds
    from conftest import SAMPLES
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert _responds(line) == bool(_RESPONDS.search(line))


def test_next_quote_finds_what_a_search_for_the_quote_pattern_finds() -> None:
    import random

    from kg.extract.reports import _QUOTE, _next_quote
    pieces = ["‘", "’", "“", "”", "„", "«", "»", '"', "'", "‹", " ", "\n", "(", "[", ":", "/", "a", "Rapport", "x y"]
    generator = random.Random(3)
    for _ in range(2000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 30)))
        start = generator.randint(0, len(text))
        end = generator.randint(start, len(text))
        expected = _QUOTE.search(text, start, end)
        found = _next_quote(text, start, end)
        assert (found.span() if found else None) == (expected.span() if expected else None), (text, start, end)


@pytest.mark.parametrize("body, title", [
    ("Hierbij ontvangt u de kabinetsreactie op het onderzoeksrapport Lobbyen in de schaduw van "
     "Transparency International Nederland.\n", "Lobbyen in de schaduw"),
    ("Het Sociaal en Cultureel Planbureau publiceerde de studie «Sociale staat van Nederland 2023».\n",
     "Sociale staat van Nederland 2023"),
    ("Uit de Staat van het Onderwijs 2024 van de Inspectie van het Onderwijs blijkt dat de basisvaardigheden dalen.\n",
     "Staat van het Onderwijs 2024"),
    ("De Monitor Brede Welvaart 2024 van het Centraal Bureau voor de Statistiek laat een gemengd beeld zien.\n",
     "Monitor Brede Welvaart 2024"),
])
def test_reports_of_other_ministries(tmp_path: Path, body: str, title: str) -> None:
    assert list(reports_of(letter(tmp_path, body))) == [title]


def test_subject_naming_the_report_by_its_author_is_the_titled_report(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "Op 2 oktober 2024 heeft de Raad voor de leefomgeving en infrastructuur (Rli) het advies "
                   "'Kiezen voor een betaalbaar energiesysteem' gepubliceerd.\n",
                   subject="Reactie op het advies van de Raad voor de leefomgeving en infrastructuur over het "
                           "energiesysteem")
    found = reports_of(facts)
    assert list(found) == ["Kiezen voor een betaalbaar energiesysteem"]
    assert found["Kiezen voor een betaalbaar energiesysteem"].responded


def test_a_title_and_its_subtitle_are_one_report(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "Op 27 juni 2024 heeft de Raad zijn advies 'Bouwen aan vertrouwen. Naar een betere "
                   "samenwerking in de woningbouw' uitgebracht.\n",
                   subject="Reactie op het rapport 'Bouwen aan vertrouwen'")
    assert list(reports_of(facts)) == ["Bouwen aan vertrouwen. Naar een betere samenwerking in de woningbouw"]


def test_a_report_named_by_its_author_before_its_title(tmp_path: Path) -> None:
    facts = letter(tmp_path,
                   "Hierbij bied ik u het advies van de commissie-Deetman over Lelystad Airport aan. Het advies "
                   "draagt de titel 'Advies over de ontwikkeling van Lelystad Airport'.\n")
    assert list(reports_of(facts)) == ["Advies over de ontwikkeling van Lelystad Airport"]


@pytest.mark.parametrize("body, title", [
    ("De RDA heeft een zienswijze uitgebracht over het transport van kalveren ('Jonge kalveren op transport', "
     "maart 2021).\n", "Jonge kalveren op transport"),
    ("De WRR heeft in zijn rapport «iOverheid» van 15 maart 2011 het belang van informatie benadrukt.\n",
     "iOverheid"),
])
def test_more_titled_works(tmp_path: Path, body: str, title: str) -> None:
    assert title in reports_of(letter(tmp_path, body))


@pytest.mark.parametrize("body, title", [
    ("De Raad sluit aan bij het eerdere advies van de Raad voor het Openbaar Bestuur, Rust, reinheid en regelmaat "
     "(2021), en bij eerdere adviezen.\n", "Rust, reinheid en regelmaat"),
    ("Ook de verkenning van het Sociaal en Cultureel Planbureau, Verschil in Nederland, wijst op grotere "
     "verschillen.\n", "Verschil in Nederland"),
    ("Hierbij bied ik u het rapport aan van de Inspectie Veiligheid en Justitie, getiteld Het vertrek van "
     "vreemdelingen zonder verblijfsrecht, van februari 2016.\n",
     "Het vertrek van vreemdelingen zonder verblijfsrecht"),
    ("De voorlichting, getiteld 'Gemeenten als uitvoerders', gaat in op de financiële verhoudingen.\n",
     "Gemeenten als uitvoerders"),
    # a capitalised genre noun inside a sentence is the title's first word (as the golds write it)
    ("Hierbij bied ik u de Beleidsdoorlichting Integraal Waterbeleid aan.\n", "Beleidsdoorlichting Integraal Waterbeleid"),
    ("Op 12 mei verscheen het Jaarverslag Bedrijfsvoering Rijk 2015.\n", "Jaarverslag Bedrijfsvoering Rijk 2015"),
    ("Het rapport Staat van het Onderwijs is verschenen.\n", "Staat van het Onderwijs"),
    ("Bijgaand ontvangt u de «Voorlichting over de begrotingsnormen» en de reactie van het kabinet.\n",
     "Voorlichting over de begrotingsnormen"),
    ("Hierbij stuur ik u de «Evaluatie SDE++ 2020-2023», uitgevoerd door Trinomics.\n", "Evaluatie SDE++ 2020-2023"),
])
def test_titles_in_apposition_after_getiteld_and_of_more_kinds(tmp_path: Path, body: str, title: str) -> None:
    assert list(reports_of(letter(tmp_path, body))) == [title]


@pytest.mark.parametrize("body, not_title", [
    ("Het rapport van de Inspectie, Justitie en de politie, is nog niet klaar.\n",   # the appositive is no title
     "Justitie en de politie"),
    ("Het advies van de Raad van State, Afdeling advisering, volgt later.\n",       # an organisation, no title
     "Afdeling advisering"),
    ("Het rapport getiteld Ik zal u informeren is er niet.\n", "Ik zal u informeren"),  # a clause after 'getiteld'
    ("Het woord 'Rapport' staat op de kaft.\n", "Rapport"),                       # one word, no article before
    ("Zij noemde dit een „Advies van niks” in het debat.\n", "Advies van niks"),   # 'een', no title
    ("Dit is uitgevoerd in het kader van de periodieke evaluatie van subsidieregelingen en is op 4 maart "
     "2024 opgeleverd.\n", "evaluatie van subsidieregelingen en"),              # the topic runs into a clause
    ("De Afdeling advisering van de Raad van State heeft in haar advies over het wetsvoorstel geen bezwaren op dit "
     "punt geuit.\n", "geen bezwaren"),                                         # a negation ends the topic
])
def test_near_misses_of_appositive_and_described_titles(tmp_path: Path, body: str, not_title: str) -> None:
    """At most the report named by its author ('rapport van de Inspectie'); never the phrase after it."""
    assert not [title for title in reports_of(letter(tmp_path, body)) if not_title.lower() in title.lower()]


def test_an_acronym_genre_compound_keeps_its_quoted_title(tmp_path: Path) -> None:
    """The quote after 'het CPB-onderzoek' is that study's title, not the title of 'het advies' before it."""
    found = reports_of(letter(tmp_path, "Het advies sluit aan bij de Staat van het Onderwijs 2020 van de Inspectie "
                                        "van het Onderwijs, en bij het CPB-onderzoek 'Kansengelijkheid in het "
                                        "onderwijs' uit 2020.\n"))
    assert sorted(found) == ["Kansengelijkheid in het onderwijs", "Staat van het Onderwijs 2020"]


def test_subject_naming_what_the_report_is_about_is_the_titled_report(tmp_path: Path) -> None:
    facts = letter(tmp_path, "Hierbij zend ik u het rapport 'Evaluatie SDE++ 2020-2023' van Trinomics.\n",
                   subject="Kabinetsreactie op de evaluatie van de SDE++")
    found = reports_of(facts)
    assert list(found) == ["Evaluatie SDE++ 2020-2023"] and found["Evaluatie SDE++ 2020-2023"].responded


# ---------------------------------------------------------------- this round: titles of more shapes (probes5)

@pytest.mark.parametrize("body, title", [
    # an appositive title after an author with its acronym, closed by a relative clause ('waarop')
    ("Ik wijs op het advies van de Raad voor de leefomgeving en infrastructuur (Rli), Natuurinclusief Nederland, "
     "waarop ik eerder heb gereageerd.\n", "Natuurinclusief Nederland"),
    # an appositive title ending in a question mark, closed by ', van <month> <year>'
    ("Dit sluit aan bij het rapport van de Kinderombudsman, Kansen voor ieder kind? Een verkenning, van "
     "november 2023 dat ik eerder noemde.\n", "Kansen voor ieder kind? Een verkenning"),
    # an appositive title with a colon, closed by its year in brackets
    ("Verder wijs ik op het onderzoek van het Rathenau Instituut, Databases: over ICT-beloftes en digitale "
     "autonomie (2007).\n", "Databases: over ICT-beloftes en digitale autonomie"),
    # 'getiteld:' with a colon before the unquoted title
    ("Voorts bied ik u het rapport van de Inspectie Ontwikkelingssamenwerking en Beleidsevaluatie aan, getiteld: "
     "Tussen tekst en context; beleidsdoorlichting van de opvang.\n", "Tussen tekst en context"),
    # a one-word title in camel case after the genre noun
    ("Op 15 maart 2011 heeft de WRR het rapport iOverheid aangeboden aan de Minister-President.\n", "iOverheid"),
])
def test_titles_of_more_shapes(tmp_path: Path, body: str, title: str) -> None:
    assert title in reports_of(letter(tmp_path, body))


def test_an_ambtsbericht_keeps_its_country_or_topic(tmp_path: Path) -> None:
    found = reports_of(letter(tmp_path, "Hierbij zend ik u het algemeen ambtsbericht over Syrië van mei 2023. Het "
                                        "ambtsbericht gebruikt ook het thematisch ambtsbericht over de situatie van "
                                        "christenen in Irak.\n"))
    assert sorted(found) == ["algemeen ambtsbericht over Syrië",
                             "thematisch ambtsbericht over de situatie van christenen in Irak"]


def test_a_report_named_by_an_author_without_article(tmp_path: Path) -> None:
    found = reports_of(letter(tmp_path, "Ook het rapport van Netbeheer Nederland over de wachtrijen is bijgevoegd.\n"))
    assert list(found) == ["rapport van Netbeheer Nederland over de wachtrijen"]  # the topic after the author


@pytest.mark.parametrize("body, title", [
    # the author as the organisations extractor reads it, past its capitalised words
    ("Het advies van de Raad voor de rechtspraak is positief.\n", "advies van de Raad voor de rechtspraak"),
    ("Uit de jaarrapportage van het Adviescollege Openbaarheid en Informatiehuishouding blijkt dat de termijnen "
     "vaak worden overschreden.\n", "jaarrapportage van het Adviescollege Openbaarheid en Informatiehuishouding"),
])
def test_a_report_named_by_its_whole_author(tmp_path: Path, body: str, title: str) -> None:
    assert list(reports_of(letter(tmp_path, body))) == [title]


def test_the_study_of_an_author_is_its_titled_report_of_another_genre(tmp_path: Path) -> None:
    """'het onderzoek van de IVD' and, a sentence later, 'Het rapport van de IVD, 'Onderzoek naar ...'' are one."""
    found = reports_of(letter(tmp_path, "Eerder wees ook het onderzoek van de Inspectie Veiligheid Defensie naar "
                                        "de munitieketen op tekortkomingen. Het rapport van de Inspectie Veiligheid "
                                        "Defensie, 'Onderzoek naar de munitieketen binnen Defensie', heb ik u in "
                                        "maart gestuurd.\n"))
    assert list(found) == ["Onderzoek naar de munitieketen binnen Defensie"]


def test_a_report_named_by_its_author_is_not_a_named_series_after_it(tmp_path: Path) -> None:
    """'het rapport van X ... en de Integrale Infrastructuurverkenning 2030-2050' are two reports, and the
    untitled one is not a titled report given far earlier in the letter."""
    found = reports_of(letter(tmp_path, "Het rapport, getiteld Slimmer gebruik van het net, is bijgevoegd. Daarnaast "
                                        "wijs ik op de Marktmonitor Energie 2024 van de ACM, op de Klimaat- en "
                                        "Energieverkenning 2024 van het PBL en op het Investeringsplan Net op zee "
                                        "van TenneT, met de bijbehorende bijlagen en toelichtingen die ik u eerder "
                                        "stuurde over de jaren 2024 tot en met 2030. Ook het rapport van Netbeheer "
                                        "Nederland over de wachtrijen en de Integrale Infrastructuurverkenning "
                                        "2030-2050 zijn bijgevoegd.\n"))
    assert "rapport van Netbeheer Nederland over de wachtrijen" in found and "Slimmer gebruik van het net" in found
    assert not found["Slimmer gebruik van het net"].author_names


@pytest.mark.parametrize("body, title", [
    # a title and its date in brackets after the report named by its author and topic
    ("Naar aanleiding van het rapport van de Algemene Rekenkamer over de Woningbouwimpuls (Woningbouwimpuls: "
     "resultaten en risico's, april 2024) heb ik de monitoring aangescherpt.\n",
     "Woningbouwimpuls: resultaten en risico's"),
    # a title ending in a question mark, with its subtitle after it, and without one
    ("Tevens bied ik u de IOB-evaluatie Fair and sustainable? Evaluation of Dutch support for decent work aan, "
     "alsmede een brief.\n", "Fair and sustainable? Evaluation of Dutch support for decent work"),
    ("Ook de Nationale ombudsman heeft in zijn rapport Ver weg en toch dichtbij? (2021/040) hierop gewezen.\n",
     "Ver weg en toch dichtbij?"),
    # a capitalised genre noun mid-sentence with a one-word name
    ("Dit beeld wordt bevestigd door de Rapportage Vreemdelingenketen over de tweede helft van 2024.\n",
     "Rapportage Vreemdelingenketen"),
    # a progress report of an advisory body named by its author
    ("Tot slot verwijs ik naar de tweede voortgangsrapportage van de Raad voor de rechtshandhaving.\n",
     "voortgangsrapportage van de Raad"),
])
def test_titles_of_the_second_probe_set(tmp_path: Path, body: str, title: str) -> None:
    assert title in reports_of(letter(tmp_path, body))


@pytest.mark.parametrize("body, subject", [
    # a ministry's own progress report is no report
    ("In de voortgangsrapportage van het ministerie van Justitie en Veiligheid wordt niet gerapporteerd over dit "
     "doel.\n", "Reactie"),
    # a subject line naming reports by what they are about names no title
    ("Hierbij ontvangt u mijn reactie op het jaarbeeld van de politie.\n",
     "Reactie op het jaarbeeld en rapporten over de terugkeer"),
    # a title in brackets with a number is a reference, not a title
    ("Het rapport van de commissie (Kamerstuk 34 775, nr. 3, 2019) is bekend.\n", "Reactie"),
])
def test_no_report_of_a_ministry_progress_report_a_topic_or_a_reference(tmp_path: Path, body: str,
                                                                        subject: str) -> None:
    found = reports_of(letter(tmp_path, body, subject=subject))
    assert not [title for title in found if "voortgangsrapportage" in title or "terugkeer" in title
                or "Kamerstuk" in title], list(found)


@pytest.mark.parametrize("body, title", [
    ("Tevens ontvangt u het rapport van het Sociaal en Cultureel Planbureau Burgerperspectieven 2022, bericht 1, "
     "en een brief.\n", "Burgerperspectieven 2022"),
    ("Met deze brief reageer ik op het rapport van de Raad voor Cultuur Zicht op zeggenschap. Advies over het "
     "bestel, dat de raad mij aanbood.\n", "Zicht op zeggenschap"),
])
def test_a_title_right_after_its_author(tmp_path: Path, body: str, title: str) -> None:
    """No comma between the author (as the organisations extractor found it) and the title: the title is not
    taken into the author's name ('rapport van de Raad voor Cultuur Zicht')."""
    found = reports_of(letter(tmp_path, body))
    assert title in found and not [other for other in found if "rapport van" in other]


def test_a_body_by_its_bare_kind_points_back_to_the_titled_report(tmp_path: Path) -> None:
    body = ("Op 27 september 2007 heeft de Adviescommissie inrichting verkiezingsproces, onder voorzitterschap "
            "van mr. F. Korthals Altes, haar advies 'Stemmen met vertrouwen' uitgebracht. De Kiesraad onderschrijft het advies van de commissie in grote "
            "lijnen.\n\n")
    found = reports_of(letter(tmp_path, body))
    assert list(found) == ["Stemmen met vertrouwen"]
    assert found["Stemmen met vertrouwen"].author_names == ("Adviescommissie inrichting verkiezingsproces",)


def test_a_body_by_its_bare_kind_with_no_titled_report_before_it_stays_its_own(tmp_path: Path) -> None:
    # near miss: two titled reports of the kind before it, or none, and 'de commissie' cannot say which
    body = ("De Adviescommissie water bracht het advies 'Water en land' uit en de Adviescommissie bodem het advies "
            "'Bodem en water'. Ik verwijs ook naar het advies van de commissie.\n\n")
    assert set(reports_of(letter(tmp_path, body))) == {"Water en land", "Bodem en water", "advies van de commissie"}


def test_the_chair_of_the_body_is_no_author_of_its_report(tmp_path: Path) -> None:
    body = ("Op 30 oktober 2020 heeft het Aanjaagteam Bescherming Arbeidsmigranten onder leiding van de heer Roemer "
            "zijn tweede advies uitgebracht, getiteld 'Geen tweederangsburgers'. Hierbij ontvangt u de reactie van het "
            "kabinet op het advies van het Aanjaagteam Bescherming Arbeidsmigranten.\n\n")
    found = reports_of(letter(tmp_path, body))
    assert list(found) == ["Geen tweederangsburgers"]
    assert found["Geen tweederangsburgers"].author_names == ("Aanjaagteam Bescherming Arbeidsmigranten",)


def test_a_person_who_wrote_the_report_alone_stays_its_author(tmp_path: Path) -> None:
    # near miss: no body before the person, who is then the author
    body = "Op 3 mei 2023 heeft prof. dr. J. Smit zijn rapport 'Wachten op werk' uitgebracht.\n\n"
    assert reports_of(letter(tmp_path, body))["Wachten op werk"].author_names == ("J. Smit",)


def test_a_subject_naming_the_report_by_its_authors_acronym_is_the_titled_report(tmp_path: Path) -> None:
    body = ("Tevens reageer ik op het advies «Burgerschap in de digitale samenleving» van de Raad voor het openbaar "
            "bestuur (ROB) van september 2006.\n\n")
    found = reports_of(letter(tmp_path, body, subject="Voortgang programma Andere Overheid en reactie op advies ROB"))
    assert list(found) == ["Burgerschap in de digitale samenleving"] and found[
        "Burgerschap in de digitale samenleving"].responded


def test_a_one_word_title_in_the_subject_is_no_acronym(tmp_path: Path) -> None:
    # near miss: 'Lessen' is the report's title, not its author's acronym
    found = reports_of(letter(tmp_path, "Hierbij ontvangt u mijn reactie.\n\n", subject="Reactie op rapport Lessen"))
    assert list(found) == ["Lessen"]


@pytest.mark.parametrize("body, titles", [
    ("Zodra het rapport van de Inspectie van het Onderwijs beschikbaar is, zal ik het aan uw Kamer zenden.\n\n", []),
    ("Ik verwacht het rapport van de Inspectie van het Onderwijs na de zomer.\n\n", []),
    # near miss: the clause of the report says nothing of later; the reaction to it is still to come
    ("Uw Kamer vroeg om een reactie op het advies van de Gezondheidsraad over voeding; die reactie stuur ik u voor "
     "de zomer.\n\n", ["advies van de Gezondheidsraad over voeding"]),
])
def test_an_untitled_report_still_to_come_is_none_yet(tmp_path: Path, body: str, titles: list[str]) -> None:
    assert list(reports_of(letter(tmp_path, body))) == titles


@pytest.mark.parametrize("body, title, genre, author", [
    ("Het Planbureau voor de Leefomgeving (PBL) heeft in de 'Startanalyse aardgasvrije buurten' laten zien dat het "
     "kan.", "Startanalyse aardgasvrije buurten", "onderzoek", "pbl"),
    ("Het CBS publiceerde de ‘Integratiemonitor 2022’ in november.", "Integratiemonitor 2022", "onderzoek", "cbs"),
    ("In de ‘Jaarrapportage Vreemdelingenketen 2023’ staan de cijfers.", "Jaarrapportage Vreemdelingenketen 2023",
     "rapport", None),
])
def test_a_quoted_title_that_opens_with_a_compound_of_a_genre_noun(tmp_path, body, title, genre, author):
    report = reports_of(letter(tmp_path, body))[title]
    assert report.genre == genre and report.authors == ((author,) if author else ())


@pytest.mark.parametrize("body", [
    "Het motto van de campagne is de 'Klimaatwinst voor iedereen'.",  # no genre compound
    "Zie de 'Evaluatie' hierover.",  # one word
    "Het woord 'Startanalyse aardgasvrije buurten' valt vaak.",  # no article before the quote
])
def test_a_quote_without_a_genre_compound_after_an_article_names_no_report(tmp_path, body):
    assert reports_of(letter(tmp_path, body)) == {}


def test_a_description_whose_words_stand_in_a_titled_report_is_that_report(tmp_path):
    body = ("Hierbij bied ik u het rapport «Medisch advies in de asielprocedure. Evaluatie van de werkwijze van het "
            "bureau» van het WODC aan. De evaluatie van het medisch advies is zorgvuldig uitgevoerd en ik neem de "
            "conclusies over.")
    assert list(reports_of(letter(tmp_path, body))) == [
        "Medisch advies in de asielprocedure. Evaluatie van de werkwijze van het bureau"]


def test_a_subject_line_naming_the_report_by_author_and_topic_is_the_titled_report(tmp_path):
    body = ("Hierbij bied ik u het rapport «Toezicht in beweging. Een onderzoek naar het financieel toezicht op "
            "woningcorporaties» van de VROM-Inspectie aan.")
    found = reports_of(letter(tmp_path, body, subject="Reactie op rapport VROM-Inspectie over het toezicht op "
                                                      "woningcorporaties"))
    assert list(found) == ["Toezicht in beweging. Een onderzoek naar het financieel toezicht op woningcorporaties"]
    assert next(iter(found.values())).responded


def test_a_description_of_another_report_stays_a_report_of_its_own(tmp_path):
    body = ("Hierbij bied ik u het rapport «Medisch advies in de asielprocedure» van het WODC aan. Ook de evaluatie "
            "van de opvang van asielzoekers is afgerond en gepubliceerd.")
    assert len(reports_of(letter(tmp_path, body))) == 2


# ---- a legal instrument after 'van' is what a study is about, never its author
@pytest.mark.parametrize("body", [
    "Ik betrek dit bij de evaluatie van het Besluit Adviescollege levenslanggestraften, die in 2024 plaatsvindt.",
    "Dit punt neem ik mee in de evaluatie van de Wet Kinderopvang, die volgend jaar start.",
    "Het onderzoek van de Regeling Tijdelijke Subsidie is nog niet begonnen.",
    "Ik verwijs naar de evaluatie van de Verordening Europese Gezondheidsruimte die de Commissie voorbereidt.",
])
def test_a_legal_instrument_after_van_is_no_author(tmp_path, body):
    assert reports_of(letter(tmp_path, body)) == {}


@pytest.mark.parametrize("body, title", [
    ("In het rapport van de Raad voor de Rechtspraak staat dat de wachttijden oplopen.",
     "rapport van de Raad voor de Rechtspraak"),
    ("De evaluatie van de Inspectie Justitie en Veiligheid is hard in haar oordeel.",
     "evaluatie van de Inspectie Justitie en Veiligheid"),
])
def test_an_author_after_van_is_still_the_author(tmp_path, body, title):  # near misses of the rule above
    assert list(reports_of(letter(tmp_path, body))) == [title]


# ---- 'het onderzoek van de IVD': an acronym counts as a research body when the letter spells it out as one
@pytest.mark.parametrize("body, author", [
    ("Of die maatregelen zijn getroffen, onderzoekt de Inspectie Veiligheid Defensie (IVD). Tot het onderzoek van "
     "de IVD is afgerond, wordt niet geoefend.", "IVD"),
    ("Het Kennisinstituut voor Mobiliteitsbeleid (KiM) keek naar de spits. Het onderzoek van het KiM laat zien dat "
     "de drukte afneemt.", "KiM"),
    ("De Onderzoeksraad voor Veiligheid (OVV) is ingelicht. Na het onderzoek van de OVV volgt mijn reactie.", "OVV"),
])
def test_the_study_of_a_research_body_named_by_its_acronym_is_a_report(tmp_path, body, author):
    found = reports_of(letter(tmp_path, body))
    assert list(found) == [f"onderzoek van {'het' if author == 'KiM' else 'de'} {author}"]


@pytest.mark.parametrize("body", [
    "De Immigratie- en Naturalisatiedienst (IND) kijkt ernaar. Het onderzoek van de IND is nog gaande.",  # a service
    "Het onderzoek van de IVD is nog gaande.",  # never spelled out
    "De Nederlandse Spoorwegen (NS) doen mee. Het onderzoek van de NS loopt nog.",  # a company
])
def test_the_study_of_an_acronym_not_spelled_out_as_a_research_body_is_no_report(tmp_path, body):
    assert reports_of(letter(tmp_path, body)) == {}


# ---- 'In zijn advies van 12 februari 2008 heeft het College ...': a dated report, its author after the verb
@pytest.mark.parametrize("body, title, date", [
    ("In zijn advies van 12 februari 2008 heeft het College bescherming persoonsgegevens (CBP) aanbevolen de "
     "criteria in de wet op te nemen.", "advies van het College bescherming persoonsgegevens", "2008-02-12"),
    ("In haar rapport van maart 2021 concludeert de Inspectie Gezondheidszorg en Jeugd dat de zorg tekortschiet.",
     "rapport van de Inspectie Gezondheidszorg en Jeugd", "2021-03"),
    ("In het advies van 3 mei 2019 stelt de Raad van State dat een grondslag ontbreekt.",
     "advies van de Raad van State", "2019-05-03"),
])
def test_a_dated_report_with_its_author_after_the_verb(tmp_path, body, title, date):
    found = reports_of(letter(tmp_path, body))
    assert list(found) == [title]
    assert found[title].date == date


@pytest.mark.parametrize("body", [
    "Het advies van 12 mei 2020 heeft de staatssecretaris overgenomen.",  # no fronted 'In': the minister is no author
    "In zijn brief van 12 februari 2008 heeft de minister toegezegd de wet te wijzigen.",  # a letter, no report
    "In het advies van 3 mei 2019 heeft de Wet Kinderopvang een centrale plaats.",  # an instrument is no author
])
def test_near_misses_of_a_dated_report_with_its_author_after_the_verb(tmp_path, body):
    assert reports_of(letter(tmp_path, body)) == {}


# ---- an untitled report named by its author keeps the topic after the author ('over X', 'naar X')
@pytest.mark.parametrize("body, title", [
    ("De Raad wisselt van gedachten naar aanleiding van het rapport van het Europees Parlement over de "
     "vangstmogelijkheden.", "rapport van het Europees Parlement over de vangstmogelijkheden"),
    ("Naar aanleiding van het rapport van de Commissie Bos over grensoverschrijdend gedrag informeer ik u over de "
     "maatregelen.", "rapport van de Commissie Bos over grensoverschrijdend gedrag"),  # 'informeer' is the verb
    ("Het advies van de Gezondheidsraad over de griepprik neem ik over.",
     "advies van de Gezondheidsraad over de griepprik"),
])
def test_an_untitled_report_keeps_its_topic_after_the_author(tmp_path, body, title):
    assert list(reports_of(letter(tmp_path, body))) == [title]


@pytest.mark.parametrize("body, title", [
    ("Het rapport van de Gezondheidsraad is duidelijk over de risico's.", "rapport van de Gezondheidsraad"),
    ("Het rapport van de Inspectie van het Onderwijs naar aanleiding van de brand heb ik ontvangen.",
     "rapport van de Inspectie van het Onderwijs"),  # 'naar aanleiding van' is no topic
    ("Het advies van de Raad van State over drie weken wacht ik af.", "advies van de Raad van State"),  # a time
    ("Het rapport van de Onderwijsraad naar mijn oordeel is te somber.", "rapport van de Onderwijsraad"),
])
def test_a_word_after_the_author_that_is_no_topic_stays_out_of_the_title(tmp_path, body, title):
    assert list(reports_of(letter(tmp_path, body))) == [title]


@pytest.mark.parametrize("body", [
    # a genre word inside a body's name opens no title
    "Met de Commissie Onderzoek Belastingdienst en de periodieke toetsing door het Bureau ICT-toetsing is er "
    "voldoende externe blik.",
    "Het Platform Onderzoek Rijkswaterstaat en de provincies overleggen hierover.",
    # a report still to come: its year not yet over, or published only later
    "Ik zal de Eerste Kamer in het jaarverslag van de Belastingdienst over 2023 informeren over het aantal verzoeken.",
    "Zodra de Europese Commissie haar evaluatie van de richtlijn heeft gepubliceerd, stuur ik uw Kamer een appreciatie.",
    "Het SCP-rapport over de armoede in 2024 wordt in het najaar verwacht.",
    "Een WODC-onderzoek zou hier meer duidelijkheid kunnen geven.",
])
def test_no_report_in_a_name_or_still_to_come(tmp_path, body):
    assert reports_of(letter(tmp_path, body)) == {}


@pytest.mark.parametrize("body, title", [
    ("Naar aanleiding van het ACOI-onderzoek wordt een wetsvoorstel voorbereid.", "ACOI-onderzoek"),
    ("Naar aanleiding van het TNO-rapport heb ik de normen aangepast.", "TNO-rapport"),
    ("De Raad nam conclusies aan over het EU-rapport over beleidscoherentie voor ontwikkeling 2013. Nederland "
     "verwelkomde dat.", "rapport over beleidscoherentie voor ontwikkeling 2013"),
    ("De Onderzoeksraad voor Veiligheid, die in zijn rapport over de brand in Moerdijk vergelijkbare lessen trok, "
     "deelt dit beeld.", "rapport over de brand in Moerdijk"),
    ("De Inspectie van het Onderwijs heeft in haar rapport over de kwaliteit van het inburgeringsonderwijs gewezen "
     "op grote verschillen.", "rapport over de kwaliteit van het inburgeringsonderwijs"),
])
def test_reports_named_by_an_author_prefix_or_a_topic(tmp_path, body, title):
    assert list(reports_of(letter(tmp_path, body))) == [title]


def test_an_annual_report_over_a_past_year_is_kept(tmp_path):
    body = "Het College heeft in het jaarverslag van de Belastingdienst over 2022 gewezen op de achterstanden."
    assert list(reports_of(letter(tmp_path, body))) == ["jaarverslag van de Belastingdienst over 2022"]


@pytest.mark.parametrize("body, expected", [
    ("Deze zijn in lijn met het actieplan «Focus op vakmanschap 2011–2015», dat ik u in april heb gestuurd.",
     ["Focus op vakmanschap 2011–2015"]),
    # near misses: a plan without a quoted title is no report
    ("Het actieplan van de VNG bevat tien maatregelen.", []),
    ("Het beleidsplan Veilig Thuis loopt af.", []),
    ("De aanbevelingen neem ik mee in het actieplan 'Perspectief voor ouderen', dat u na de zomer ontvangt.", []),
])
def test_a_plan_is_a_report_only_with_a_quoted_title(tmp_path, body, expected):
    assert list(reports_of(letter(tmp_path, body))) == expected


@pytest.mark.parametrize("body, titles", [
    ("Adviezen als ‘Werk in uitvoering’, ‘Grenzen aan de zorg’ en ‘Een nieuwe balans’ laten zien hoe de sector "
     "verandert.", {"Werk in uitvoering", "Grenzen aan de zorg", "Een nieuwe balans"}),
    ("Eerdere rapporten, zoals ‘Vast in de opvang’ of ‘Lang wachten’, wezen daar al op.",
     {"Vast in de opvang", "Lang wachten"}),
    # near miss: a singular genre noun names one title; the quote after 'en' is no report of its own
    ("Het rapport ‘Zorg op afstand’ en ‘een goed gesprek’ staan centraal in de aanpak.", {"Zorg op afstand"}),
])
def test_quoted_titles_coordinated_after_a_plural_genre_noun(tmp_path: Path, body: str, titles: set[str]) -> None:
    assert set(reports_of(letter(tmp_path, body))) == titles


@pytest.mark.parametrize("body, title", [
    ("Hierbij ontvangt u de derde Voortgangsrapportage Herstel Kinderopvangtoeslag1. Zij beschrijft de periode "
     "tot juli.", "Herstel Kinderopvangtoeslag"),
    ("Hierbij ontvangt u de Monitor Horizon2020 van het ministerie.", "Horizon2020"),
])
def test_a_footnote_marker_glued_to_a_titles_last_word(tmp_path: Path, body: str, title: str) -> None:
    assert any(found.endswith(title) for found in reports_of(letter(tmp_path, body))), reports_of(letter(tmp_path, body))


@pytest.mark.parametrize("body, titles", [
    # a 'verslag' with a quoted title is a report
    ("Zoals de enquêtecommissie in haar verslag ‘Grip op de zorg’ heeft vastgesteld, lopen de wachttijden op.",
     ["Grip op de zorg"]),
    # near misses: a verslag of a meeting, without a quoted title
    ("Naar aanleiding van het verslag van het schriftelijk overleg ga ik in op de wachttijden.", []),
    # how an advice came about is no subject of it
    ("De raad heeft mij zijn advies ‘Ruimte voor regie’ aangeboden. De raad heeft dit advies op eigen initiatief "
     "uitgebracht.", ["Ruimte voor regie"]),
    # the committee by its bare kind points back to its final report: one report, not two
    ("De commissie heeft op 12 juli haar eindrapport ‘Zekerheid vooraf’ uitgebracht. Het advies van de commissie "
     "komt erop neer dat de toeslagen worden vervangen.", ["Zekerheid vooraf"]),
])
def test_verslag_and_back_references(tmp_path: Path, body: str, titles: list[str]) -> None:
    assert sorted(reports_of(letter(tmp_path, body))) == titles


@pytest.mark.parametrize("subject, body, authors", [
    # the subject's author between the genre noun and the quoted title: 'van de' is no part of the name, so the
    # author is the organisation, and the body's untitled mention by that author is the same report
    ("Reactie op het rapport van de Algemene Rekenkamer ‘Zicht op zorgkosten’",
     "De Algemene Rekenkamer heeft onderzoek gedaan naar de zorgkosten. Het onderzoek van de Rekenkamer laat zien "
     "dat het zicht beperkt is.", ["Algemene Rekenkamer"]),
    # a relative clause names the author ('dat door X ... is aangeboden'), not the body that asked for a reaction
    ("Reactie",
     "Bij brief van 2 mei heeft de vaste commissie voor Financiën mij verzocht te reageren op het rapport ‘Zicht op "
     "zorgkosten’, dat door de Algemene Rekenkamer op 11 april aan uw Kamer is aangeboden.", ["Algemene Rekenkamer"]),
    # a title with a question mark splits the sentence; the verb after it still makes the subject the author
    ("Reactie",
     "Op 3 mei heeft de Algemene Rekenkamer het rapport ‘Geld voor zorg? Een onderzoek naar de zorgkosten’ aan uw "
     "Kamer aangeboden. Het rapport van de Rekenkamer bevat vier aanbevelingen.", ["Algemene Rekenkamer"]),
    # the active relative clause with a verb of publishing; the committee that asked for the reaction is no author
    ("Reactie",
     "Bij brief van 2 mei heeft de vaste commissie voor Financiën mij verzocht om een reactie op het advies ‘Zorg "
     "dichtbij? Advies over de wijkverpleging’ dat de Raad voor Volksgezondheid en Samenleving op 3 maart heeft "
     "uitgebracht.", ["Raad voor Volksgezondheid en Samenleving"]),
])
def test_the_author_of_a_titled_report_in_subject_relative_clause_and_split_sentence(
        tmp_path: Path, subject: str, body: str, authors: list[str]) -> None:
    found = reports_of(letter(tmp_path, body, subject=subject))
    assert len(found) == 1, found
    assert list(next(iter(found.values())).author_names) == authors


@pytest.mark.parametrize("body", [
    # near misses: the body that asked for a reaction, or a relative clause of someone who did not write the report
    "Bij brief van 2 mei heeft de vaste commissie voor Financiën mij verzocht te reageren op het rapport ‘Zicht op "
    "zorgkosten’, dat vorige maand is verschenen.",
    "Het rapport ‘Zicht op zorgkosten’, dat de vaste commissie voor Financiën heeft besproken, is helder.",
])
def test_no_author_from_a_request_or_an_unrelated_relative_clause(tmp_path: Path, body: str) -> None:
    found = reports_of(letter(tmp_path, body))
    assert list(found) == ["Zicht op zorgkosten"]
    assert found["Zicht op zorgkosten"].author_names == ()


def test_an_author_at_the_governments_request_is_still_the_author(tmp_path: Path) -> None:
    body = ("De Gezondheidsraad heeft op mijn verzoek een advies uitgebracht over de wijkzorg ('Zorg in de wijk', "
            "maart 2021).")
    assert reports_of(letter(tmp_path, body))["Zorg in de wijk"].author_names == ("Gezondheidsraad",)


# ---- the date a titled report appeared: before a title that a full stop or question mark splits, in a relative
# clause after the title, after the title and its author, after 'heeft op'
@pytest.mark.parametrize("body, title, date", [
    ("Op 4 maart 2019 heeft de Onderzoeksraad voor Veiligheid het rapport ‘Veilig over het water. Lessen uit "
     "ongevallen met veerponten’ gepubliceerd.", "Veilig over het water. Lessen uit ongevallen met veerponten",
     "2019-03-04"),
    ("Op 2 februari jl. heeft de Nationale ombudsman zijn rapport „Wie helpt mij? Een onderzoek naar de "
     "schuldhulp” uitgebracht.", "Wie helpt mij? Een onderzoek naar de schuldhulp", "2023-02-02"),
    ("De commissie heeft mij gevraagd te reageren op het rapport ‘Thuis in de wijk’, dat de Woonbond op 8 mei 2023 "
     "heeft gepubliceerd.", "Thuis in de wijk", "2023-05-08"),
    ("Ik reageer op het rapport „Thuis in de wijk. Een verkenning” van de Woonbond, dat op 8 mei 2023 is "
     "verschenen.", "Thuis in de wijk. Een verkenning", "2023-05-08"),
    ("Hierbij bied ik u het rapport „Werk in uitvoering” aan, dat de Inspectie van het Onderwijs (IvhO) op "
     "30 mei jl. heeft uitgebracht.", "Werk in uitvoering", "2023-05-30"),
    ("Ook ga ik in op het advies „Ruimte voor herstel” van de Raad voor Volksgezondheid en Samenleving (RVS) van "
     "14 maart 2023.", "Ruimte voor herstel", "2023-03-14"),
    ("De Algemene Rekenkamer heeft op 17 mei 2023, als onderdeel van haar jaarlijkse onderzoek, het rapport «Zicht "
     "op toezicht. Een onderzoek naar de handhaving» gepubliceerd.",
     "Zicht op toezicht. Een onderzoek naar de handhaving", "2023-05-17"),
    # a footnote marker glued to the verb
    ("Op 6 april 2023 heeft de Raad voor de leefomgeving en infrastructuur (Rli) het advies ‘Water als basis. "
     "Naar een robuust watersysteem’ uitgebracht1.", "Water als basis. Naar een robuust watersysteem", "2023-04-06"),
    # the date in the relative clause, not that of a question hour before the title
    ("Zoals ik tijdens het vragenuur van 9 mei 2023 heb toegezegd, reageer ik op het rapport „Grond voor morgen” "
     "dat de Natuurbond en de Boerenbond op 3 mei jl. gezamenlijk hebben uitgebracht.", "Grond voor morgen",
     "2023-05-03"),
])
def test_the_date_of_a_titled_report(tmp_path: Path, body: str, title: str, date: str) -> None:
    found = reports_of(letter(tmp_path, body))
    assert found[title].date == date


@pytest.mark.parametrize("body, title", [
    # the date it was sent, not the date it appeared
    ("Het rapport ‘Thuis in de wijk’, dat ik u op 3 april 2023 heb toegezonden, laat zien dat huurders tevreden "
     "zijn.", "Thuis in de wijk"),
    # a season is no date
    ("Ook stuur ik u het rapport „Thuis in de wijk” van de Woonbond van het voorjaar van 2023.", "Thuis in de wijk"),
    # a date in a relative clause that is not when the report appeared
    ("Het rapport ‘Thuis in de wijk’, dat de commissie op 3 april 2023 heeft besproken, is helder.",
     "Thuis in de wijk"),
])
def test_near_misses_of_the_date_of_a_titled_report(tmp_path: Path, body: str, title: str) -> None:
    assert reports_of(letter(tmp_path, body))[title].date is None


def test_a_footnote_marker_on_the_verb_keeps_the_author_before_the_genre_noun(tmp_path: Path) -> None:
    """'heeft de Rli het advies ‘X. Y’ uitgebracht1.': the subject is the author, and 'het Rli-advies' later the same
    report."""
    body = ("Op 6 april 2023 heeft de Raad voor de leefomgeving en infrastructuur (Rli) het advies ‘Water als basis. "
            "Naar een robuust watersysteem’ uitgebracht1. Met deze brief reageer ik op het Rli-advies.")
    found = reports_of(letter(tmp_path, body))
    assert list(found) == ["Water als basis. Naar een robuust watersysteem"]
    assert found["Water als basis. Naar een robuust watersysteem"].author_names == (
        "Raad voor de leefomgeving en infrastructuur",)


# ---- a report named by its author in a relative clause with a verb of delivering it
@pytest.mark.parametrize("body, title, authors, date", [
    ("Ik heb bij mijn reactie ook het advies betrokken dat de Raad voor de rechtspraak op 3 maart 2023 over het "
     "wetsvoorstel aan mij heeft uitgebracht.", "advies van de Raad voor de rechtspraak", ("Raad voor de rechtspraak",),
     "2023-03-03"),
    ("Uit het onderzoek naar de wachttijden bij de keuring dat de Nederlandse Arbeidsinspectie op mijn verzoek heeft "
     "verricht, blijkt dat de achterstand groeit.", "onderzoek naar de wachttijden bij de keuring",
     ("Nederlandse Arbeidsinspectie",), None),
    ("Ik heb het advies betrokken dat de Raad voor Cultuur heeft uitgebracht onder de titel ‘Cultuur in de regio’.",
     "Cultuur in de regio", ("Raad voor Cultuur",), None),
])
def test_a_report_named_by_its_author_in_a_relative_clause(tmp_path: Path, body: str, title: str,
                                                           authors: tuple[str, ...], date: str | None) -> None:
    found = reports_of(letter(tmp_path, body))
    assert list(found) == [title]
    assert found[title].author_names == authors and found[title].date == date


@pytest.mark.parametrize("body", [
    "Het advies dat de Raad van State over het wetsvoorstel zal uitbrengen, wacht ik af.",  # still to come
    "Het onderzoek dat de Immigratie- en Naturalisatiedienst heeft uitgevoerd, is intern.",  # no research body
    "Het advies dat ik de Raad voor de rechtspraak heb gevraagd, volgt in het voorjaar.",  # asked for, not delivered
    "Het onderzoek naar de wachttijden dat de Nederlandse Arbeidsinspectie op dit moment uitvoert, loopt nog.",
    "Het rapport dat de Raad voor de rechtspraak heeft besproken, is bekend.",  # no verb of delivering
])
def test_near_misses_of_a_report_named_by_its_author_in_a_relative_clause(tmp_path: Path, body: str) -> None:
    assert reports_of(letter(tmp_path, body)) == {}


@pytest.mark.parametrize("body, title, authors", [
    # a list of authors in the relative clause, without articles
    ("Ik reageer op het rapport „Grond voor morgen” dat Natuurmonumenten, Greenpeace Nederland en Vogelbescherming "
     "Nederland op 3 mei jl. gezamenlijk hebben uitgebracht.", "Grond voor morgen",
     ("Natuurmonumenten", "Greenpeace", "Vogelbescherming Nederland")),
    # the particle of the main verb before the relative clause
    ("Hierbij bied ik u het rapport „Werk in uitvoering” aan, dat de Inspectie van het Onderwijs op 30 mei jl. heeft "
     "uitgebracht.", "Werk in uitvoering", ("Inspectie van het Onderwijs",)),
    # the report's number in brackets between the title and its authors
    ("Hierbij bieden wij u de reactie aan op het advies ‘Vrede op afstand’ (advies nr. 82) van de Adviesraad "
     "Internationale Vraagstukken.", "Vrede op afstand", ("Adviesraad Internationale Vraagstukken",)),
])
def test_the_authors_after_a_title(tmp_path: Path, body: str, title: str, authors: tuple[str, ...]) -> None:
    assert reports_of(letter(tmp_path, body))[title].author_names == authors


# ---- an edition or report still to come, named by an unquoted title, is no report (as the register has it)
@pytest.mark.parametrize("body", [
    "In de eerstvolgende voortgangsrapportage Ruimte voor de Rivier ga ik in op de dijkversterking.",
    "Ik informeer u in de voortgangsrapportage Ruimte voor de Rivier, die ik u in december zal toezenden.",
    "In de Staat van de Zorg, die u volgend voorjaar toekomt, geef ik de cijfers over 2023.",
    "Over de cijfers bericht ik in de Veiligheidsmonitor 2024, die in maart verschijnt.",
])
def test_an_unquoted_title_still_to_come_is_no_report(tmp_path: Path, body: str) -> None:
    assert reports_of(letter(tmp_path, body)) == {}


@pytest.mark.parametrize("body, title", [
    # a quoted title names the report, out or not
    ("De eerstvolgende rapportage van het KNMI, ‘Aardbevingen in Noord-Nederland, stand voorjaar 2024’, verwacht "
     "ik in mei.", "Aardbevingen in Noord-Nederland, stand voorjaar 2024"),
    # the following reports of a list
    ("Ik noem de volgende rapporten ‘Ruimte voor de rivier’ en ‘Werk aan de dijk’.", "Ruimte voor de rivier"),
    # an edition that came out, sent along
    ("In de Veiligheidsmonitor 2023, die u hierbij toekomt, staan de cijfers.", "Veiligheidsmonitor 2023"),
])
def test_near_misses_of_an_unquoted_title_still_to_come(tmp_path: Path, body: str, title: str) -> None:
    assert title in reports_of(letter(tmp_path, body))


# ---- authors before the genre noun: a list of names, a title in quotes after the possessive, who carried it out
@pytest.mark.parametrize("body, title, authors", [
    ("Op 4 april 2023 hebben de Inspectie van het Onderwijs (hierna: de Inspectie) en de Inspectie Gezondheidszorg "
     "en Jeugd het gezamenlijke rapport ‘Samen sterk. Toezicht op de kinderopvang’ gepubliceerd.",
     "Samen sterk. Toezicht op de kinderopvang", ("Inspectie van het Onderwijs", "Inspectie Gezondheidszorg en Jeugd")),
    ("Het SCP verwacht in zijn ‘Sociaal en Cultureel Rapport 2024’ dat de ongelijkheid afneemt.",
     "Sociaal en Cultureel Rapport 2024", ("Sociaal en Cultureel Planbureau",)),
    ("Het onderzoeksbureau Significance heeft in mijn opdracht de evaluatie ‘Sneller naar huis’ uitgevoerd.",
     "Sneller naar huis", ("Significance",)),
])
def test_the_authors_before_the_genre_noun(tmp_path: Path, body: str, title: str, authors: tuple[str, ...]) -> None:
    assert reports_of(letter(tmp_path, body))[title].author_names == authors


@pytest.mark.parametrize("body, title, authors", [
    # only the name joined to the author, not an earlier one of the sentence
    ("Na overleg met de Nederlandse Zorgautoriteit heeft de Inspectie Gezondheidszorg en Jeugd het rapport ‘Zorg op "
     "afstand’ gepubliceerd.", "Zorg op afstand", ("Inspectie Gezondheidszorg en Jeugd",)),
    # the one who carried out the measures is no author
    ("De gemeente Utrecht heeft de maatregelen uit het rapport ‘Zorg op afstand’ uitgevoerd.", "Zorg op afstand", ()),
])
def test_near_misses_of_the_authors_before_the_genre_noun(tmp_path: Path, body: str, title: str,
                                                         authors: tuple[str, ...]) -> None:
    assert reports_of(letter(tmp_path, body))[title].author_names == authors


def test_an_evaluation_of_an_eu_act_keeps_its_number(tmp_path: Path) -> None:
    body = "Met deze brief reageer ik op de evaluatie van Verordening (EU) 2019/943 over de elektriciteitsmarkt."
    assert list(reports_of(letter(tmp_path, body))) == ["evaluatie van Verordening (EU) 2019/943"]


@pytest.mark.parametrize("body", [
    "Dat is vastgelegd in de Nota Mobiliteit (Kamerstuk 29 644, nr. 1).",
    "In de Beleidsnota Bodem is bepaald dat de bodemfunctie voorrang heeft.",
])
def test_a_policy_paper_named_by_its_one_word_name_is_no_report(tmp_path: Path, body: str) -> None:
    """'de Nota Ruimte', 'de Beleidsnota Drinkwater': the government's own policy paper, no report or study."""
    assert reports_of(letter(tmp_path, body)) == {}


@pytest.mark.parametrize("body, title", [
    ("Hierbij ontvangt u de initiatiefnota «Wonen voor iedereen» van de leden Jansen en De Vries.",
     "Wonen voor iedereen"),  # a quoted title still names it
    ("Ik verwijs naar de nota Wat de zorg verdient, die in 2013 verscheen.", "Wat de zorg verdient"),
])
def test_near_misses_of_a_policy_paper_named_by_its_one_word_name(tmp_path: Path, body: str, title: str) -> None:
    assert title in reports_of(letter(tmp_path, body))


@pytest.mark.parametrize("body, authors", [
    ("Het Trimbos-instituut heeft in opdracht van mijn ministerie onderzocht hoe jongeren de campagne hebben "
     "ervaren; het rapport „Bereik en effect” treft u als bijlage aan.", ("Trimbos-instituut",)),
    # the one who asked for the study is no author
    ("De vaste commissie heeft mij gevraagd te laten onderzoeken hoe jongeren de campagne hebben ervaren; het rapport "
     "„Bereik en effect” treft u als bijlage aan.", ()),
])
def test_the_body_that_studied_it_earlier_in_the_sentence(tmp_path: Path, body: str, authors: tuple[str, ...]) -> None:
    assert reports_of(letter(tmp_path, body))["Bereik en effect"].author_names == authors


@pytest.mark.parametrize("body, date", [
    ("Hierbij bied ik u het rapport ‘Thuis in de wijk’ van de Woonbond aan. Het rapport is op 12 februari 2023 "
     "verschenen en beschrijft de wijken.", "2023-02-12"),
    ("Hierbij bied ik u het rapport ‘Thuis in de wijk. Een verkenning’ van de Woonbond aan.1 Het rapport is op "
     "4 april 2023 aan mij aangeboden.", "2023-04-04"),
    # the next sentence names another genre, or no appearing
    ("Hierbij bied ik u het rapport ‘Thuis in de wijk’ aan. Het advies is op 12 februari 2023 verschenen.", None),
    ("Hierbij bied ik u het rapport ‘Thuis in de wijk’ aan. Het rapport is op 12 februari 2023 besproken.", None),
])
def test_the_date_in_the_sentence_after_a_titled_report(tmp_path: Path, body: str, date: str | None) -> None:
    found = reports_of(letter(tmp_path, body))
    title = next(title for title in found if title.startswith("Thuis in de wijk"))
    assert found[title].date == date


def test_the_date_in_the_relative_clause_of_the_next_sentence(tmp_path: Path) -> None:
    body = ("Hierbij bieden wij u de reactie aan op het advies ‘Vrede op afstand’ van de Adviesraad Internationale "
            "Vraagstukken. Het advies, dat op 12 juli 2023 is uitgebracht, is op verzoek van de regering opgesteld.")
    assert reports_of(letter(tmp_path, body))["Vrede op afstand"].date == "2023-07-12"


@pytest.mark.parametrize("body, authors", [
    ("Hierbij bied ik u het rapport ‘Thuis in de wijk’ aan. Het onderzoek is in opdracht van het WODC uitgevoerd door "
     "het Verwey-Jonker Instituut.", ("Verwey-Jonker Instituut",)),
    ("Hierbij bied ik u het rapport ‘Thuis in de wijk’ aan. Het onderzoek is uitgevoerd door Ecorys en begeleid door "
     "een commissie.", ("Ecorys",)),
    # a study still being carried out, or another genre than the report's
    ("Hierbij bied ik u het rapport ‘Thuis in de wijk’ aan. Het onderzoek wordt uitgevoerd door Ecorys.", ()),
    ("Hierbij bied ik u het advies ‘Thuis in de wijk’ aan. Het onderzoek is uitgevoerd door Ecorys.", ()),
])
def test_the_author_in_the_sentence_after_a_titled_report(tmp_path: Path, body: str, authors: tuple[str, ...]) -> None:
    assert reports_of(letter(tmp_path, body))["Thuis in de wijk"].author_names == authors


@pytest.mark.parametrize("body, title", [
    ("De uitkomsten van het onderzoek naar alternatieven voor bewaring zend ik u voor het einde van dit jaar toe.",
     "onderzoek naar alternatieven voor bewaring"),  # the inverted verb before 'ik' is no part of the topic
])
def test_a_described_report_s_topic_ends_before_an_inverted_verb(tmp_path: Path, body: str, title: str) -> None:
    assert [report.title for report in reports_of(letter(tmp_path, body)).values()] == [title]


def test_a_series_noun_capitalised_only_as_the_first_word_names_no_report(tmp_path: Path) -> None:
    """'Kwaliteitsmonitor in de sector' as a heading, or a sentence opening with the compound, is a common noun;
    the same compound inside a sentence, or with its year, names a series."""
    body = ("Kwaliteitsmonitor in de sector\n\n"
            "Tot slot raden de onderzoekers de sector aan een gezamenlijke kwaliteitsmonitor te ontwikkelen.\n\n"
            "Integratiebarometer is een woord dat vaak valt. Volgens de Veiligheidsmonitor daalt het aantal "
            "delicten. Zorgmonitor 2023 laat een stijging zien.")
    titles = set(reports_of(letter(tmp_path, body)))
    assert "Kwaliteitsmonitor" not in titles and "Integratiebarometer" not in titles
    assert {"Veiligheidsmonitor", "Zorgmonitor 2023"} <= titles, titles
