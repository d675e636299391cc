"""Structure: the letter head in every layout, sentences, sections and the closing."""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from conftest import DATA, sample
from kg.read.clean import clean
from kg.read.ingest import read_letter
from kg.domain.model import Letter, Span
from kg.read.structure import parse_date, split_sentences, structure


def document_of(path: Path):
    return structure(clean(read_letter(path)))


def hand_letter(text: str):
    letter = Letter(path=Path("hand.txt"), text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                    media_type="text/plain")
    return structure(clean(letter))


# what the head of each sample letter says (read by a person from the letters themselves)
HEADS = {
    "000": dict(date=date(2014, 1, 16), kenmerk=None, uw_kenmerk=None, subject=None, kamerstuk=None,
                addressee="Voorzitter van de Tweede Kamer der Staten-Generaal",
                signatories=[("Staatssecretaris van Veiligheid en Justitie", "F. Teeven")]),
    "001": dict(date=date(2023, 6, 22), kenmerk="4585180", uw_kenmerk=None,
                subject="Kabinetsreactie rapport Seksueel geweld: blinde vlek in de asielprocedure",
                kamerstuk=None, addressee="Voorzitter van de Tweede Kamer der Staten-Generaal",
                signatories=[("Staatssecretaris van Justitie en Veiligheid", "E. van der Burg")]),
    "002": dict(date=date(2019, 7, 1), kenmerk=None, uw_kenmerk=None, subject=None, kamerstuk=None,
                addressee=None, signatories=[("Staatssecretaris van Justitie en Veiligheid", "A. Broekers-Knol")]),
    "003": dict(date=date(2022, 5, 3), kenmerk=None, uw_kenmerk=None,
                subject="Beleidsreactie rapport Inspectie ‘Tijd voor kwaliteit, een onderzoek naar de "
                        "algemene asielprocedure’",
                kamerstuk=None, addressee=None,
                signatories=[("Staatssecretaris van Justitie en Veiligheid", "E. van der Burg")]),
    "004": dict(date=date(2021, 7, 8), kenmerk="3290560", uw_kenmerk="2021Z05840",
                subject="Reactie op het bericht 'Behandeling migranten lijkt op die van slachtoffers "
                        "toeslagenaffaire'",
                kamerstuk=None, addressee="Voorzitter van de Tweede Kamer der Staten-Generaal",
                signatories=[("Staatssecretaris van Justitie en Veiligheid", "Ankie Broekers-Knol")]),
}


@pytest.mark.parametrize("prefix", sorted(HEADS))
def test_letter_head_of_each_sample(prefix):
    document = document_of(sample(prefix))
    expected = HEADS[prefix]
    head = document.head
    assert head.date == expected["date"]
    assert head.kenmerk == expected["kenmerk"]
    assert head.uw_kenmerk == expected["uw_kenmerk"]
    assert head.subject == expected["subject"]
    assert head.kamerstuk == expected["kamerstuk"]
    assert head.addressee == expected["addressee"]
    assert [(s.role, s.name) for s in document.signatories] == expected["signatories"]
    assert not document.warnings


def test_sender_units_of_the_ministry_layout():
    head = document_of(sample("001")).head
    assert head.directorate_general == "Directoraat-Generaal Migratie"
    assert head.directorate == "Directie Migratiebeleid"
    assert head.unit == "Asiel, Opvang en Terugkeer"
    assert document_of(sample("004")).head.ministry == "Ministerie van Justitie en Veiligheid"


def test_official_heading_without_dossier_gives_no_kamerstuk():
    head = document_of(sample("000")).head
    assert head.heading == "BRIEF VAN DE STAATSSECRETARIS VAN VEILIGHEID EN JUSTITIE"
    assert head.kamerstuk is None


def test_official_html_publication_head():
    document = document_of(DATA / "official_letter.html")
    head = document.head
    assert head.date == date(2021, 3, 11)
    assert head.dossier == "19637" and head.number == "2712" and head.kamerstuk == "19637-2712"
    assert head.dossier_title == "Vreemdelingenbeleid"
    assert head.heading == "BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID"
    assert head.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [(s.role, s.name) for s in document.signatories] == [
        ("Staatssecretaris van Justitie en Veiligheid", "A. Broekers-Knol")]
    assert [(n.number, n.text) for n in document.footnotes] == [("1", "Kamerstuk 19 637, nr. 2695")]
    body = document.text[document.body.start:document.body.end]
    assert "Naar boven" not in document.text and "Datum publicatie" not in document.text
    assert body.startswith("Bij brief van 2 februari jl. heb ik uw Kamer")


def test_letter_number_of_a_letter_to_the_eerste_kamer():
    head = hand_letter("\n".join([
        "30 308", "Regels inzake inburgering in de Nederlandse samenleving (Wet inburgering)", "", "D",
        "BRIEF VAN DE MINISTER VOOR VREEMDELINGENZAKEN EN INTEGRATIE", "",
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal", "", "Den Haag, 11 september 2006", "",
        "Op 5 september jongstleden heeft de commissie voor Justitie van uw Kamer besloten over de datum.", "",
        "De Minister voor Vreemdelingenzaken en Integratie,", "", "M. C. F. Verdonk"])).head
    assert head.kamerstuk == "30308-D"
    assert head.addressee == "Voorzitter van de Eerste Kamer der Staten-Generaal"


def test_a_letter_number_on_the_line_of_its_heading():
    head = hand_letter("\n".join([
        "Eerste Kamer der Staten-Generaal", "Vergaderjaar 2005–2006",
        "30 183 Wijziging van enkele onderwijswetten in verband met de invoering van lumpsumfinanciering",
        "F BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP",
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal", "Den Haag, 12 juni 2006",
        "Tijdens de plenaire behandeling van het wetsvoorstel in uw Kamer heb ik toegezegd u nader te informeren.",
        "", "De Minister van Onderwijs, Cultuur en Wetenschap,", "", "M. J. A. van der Hoeven"])).head
    assert (head.kamerstuk, head.heading) == ("30183-F", "BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP")


def test_a_heading_between_paragraphs_of_one_line_each_is_a_paragraph_of_its_own():
    long = "De resultaten van het onderzoek naar de opvang worden in het eerste kwartaal van 2025 verwacht. " * 4
    document = hand_letter("\n".join([
        "Datum 3 februari 2025", "Onderwerp Voortgang", "", "Geachte voorzitter,", "", long.strip(), "Motie-Piri",
        "In de motie van het lid Piri wordt gevraagd om meer steun. " * 3, "Toezegging aan het lid Vondeling",
        "Tijdens het commissiedebat heb ik het lid Vondeling toegezegd hierop terug te komen. " * 3,
        "", "De Minister van Asiel en Migratie,", "", "M.H.M. Faber"]))
    headings = [document.text[p.span.start:p.span.end] for p in document.paragraphs if p.kind == "heading"]
    assert headings == ["Motie-Piri", "Toezegging aan het lid Vondeling"]


@pytest.mark.parametrize("line, heading", [
    ("Het rapport «Toezicht in de keten».4", False),    # a short sentence with its footnote marker
    ("Zie de bijlage bij deze brief.²", False),
    ("Hoofdstuk 2.4", True),                            # a number after a stop: a heading still
    ("Vervolgstappen", True),
])
def test_a_short_line_that_ends_in_a_footnote_marker_is_no_heading(line, heading):
    document = hand_letter("\n".join([
        "Den Haag, 1 februari 2020", "", "Geachte voorzitter,", "",
        "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van de achterstanden.", "", line, "",
        "In de motie van het lid Piri wordt gevraagd om meer steun aan gemeenten die vergunninghouders huisvesten.",
        "", "De Minister van Asiel en Migratie,", "", "M.H.M. Faber"]))
    headings = [document.text[p.span.start:p.span.end] for p in document.paragraphs if p.kind == "heading"]
    assert (line in headings) is heading


def test_two_signatories_and_a_role_with_commas():
    document = hand_letter("\n".join([
        "Den Haag, 1 februari 2020", "",
        "Met deze brief informeren wij uw Kamer over de voortgang van de aanpak van de achterstanden bij de IND.", "",
        "De Minister van Justitie en Veiligheid,", "", "F. B. J. Grapperhaus", "",
        "De minister voor Immigratie, Integratie en Asiel, G. B. M. Leers"]))
    assert [(s.role, s.name) for s in document.signatories] == [
        ("Minister van Justitie en Veiligheid", "F. B. J. Grapperhaus"),
        ("minister voor Immigratie, Integratie en Asiel", "G. B. M. Leers")]


def test_text_that_is_not_a_letter_has_no_date_or_signatory():
    document = hand_letter("Boodschappenlijst\n\nMelk, brood en kaas halen bij de supermarkt op de hoek van de "
                           "straat.\n")
    assert document.head.date is None and not document.signatories
    assert set(document.warnings) == {"no date found in the letter head", "no signatory found in the closing"}


def test_onderwerp_wrapped_over_a_blank_line():
    assert document_of(sample("003")).head.subject.endswith("naar de algemene asielprocedure’")


_LONG_SUBJECT_HEAD = """Ministerie van Defensie
Postbus 20701
2500 ES Den Haag

Datum 3 februari 2021
{label} {subject}
Ons kenmerk BS2021001234
Uw kenmerk

Geachte voorzitter,

Hierbij ontvangt u mijn reactie op het rapport over de veiligheid van de opleidingen, dat ik met belangstelling heb gelezen.
"""


@pytest.mark.parametrize("label", ["Betreft", "Onderwerp"])
def test_a_subject_line_longer_than_a_line_of_the_body_stays_in_the_head(label):
    subject = ("Reactie op het rapport van de Inspecteur-Generaal der Krijgsmacht over de sociale veiligheid bij de "
               "opleidingen van de Koninklijke Militaire Academie")
    head = hand_letter(_LONG_SUBJECT_HEAD.format(label=label, subject=subject)).head
    assert (head.subject, head.kenmerk) == (subject, "BS2021001234")


_WRAPPED_SUBJECT_HEAD = """Ministerie van Infrastructuur en Waterstaat
Postbus 20901
2500 EX Den Haag

Datum 2 juli 2021
Onderwerp {first}
{second}
Ons kenmerk IENW/BSK-2021/184217
Uw kenmerk 2021Z09876

Op 20 mei 2021 heeft de Algemene Rekenkamer het rapport over het toezicht rond de luchthaven gepubliceerd, dat ik u hierbij stuur.
"""


@pytest.mark.parametrize("first, second", [
    # a long second line (a quoted title with a full stop in it) before the next label is the subject's too
    ("Reactie op het rapport van de Nationale ombudsman",
     "„Wachten op antwoord. Een onderzoek naar de afhandeling van klachten bij de belastingdienst\""),
    # a short one that opens with a digit: the date of the meeting the subject names
    ("Geannoteerde agenda Milieuraad", "17 juni 2021"),
])
def test_a_subject_wrapped_onto_the_line_before_the_next_label_is_whole(first, second):
    head = hand_letter(_WRAPPED_SUBJECT_HEAD.format(first=first, second=second)).head
    assert (head.subject, head.kenmerk, head.uw_kenmerk) == (f"{first} {second}", "IENW/BSK-2021/184217", "2021Z09876")


def test_a_long_sentence_that_opens_with_betreft_is_body():
    text = _LONG_SUBJECT_HEAD.format(label="Betreft", subject="x").replace(
        "Betreft x\n", "").replace("Hierbij", "Betreft het rapport: het gaat om de veiligheid van de opleidingen "
                                    "van de Koninklijke Militaire Academie en de maatregelen die ik neem. Hierbij")
    document = hand_letter(text)
    assert document.head.subject is None and "Betreft het rapport" in document.text[document.body.start:]


@pytest.mark.parametrize("text, expected", [
    ("Op 30 maart jl. heeft uw Kamer mij verzocht. Ik reageer nu.",
     ["Op 30 maart jl. heeft uw Kamer mij verzocht.", "Ik reageer nu."]),
    ("De brief is getekend door E. van der Burg. Hij is staatssecretaris.",
     ["De brief is getekend door E. van der Burg.", "Hij is staatssecretaris."]),
    ("Dit betreft o.a. de IND. Ook d.d. 24 juni 2021 is gesproken.",
     ["Dit betreft o.a. de IND.", "Ook d.d. 24 juni 2021 is gesproken."]),
    ("Zie Kamerstuk 35 000 VI, nr. 116. Dat is bekend.", ["Zie Kamerstuk 35 000 VI, nr. 116.", "Dat is bekend."]),
    ("Is dat zo? Ja! Dan gaan we door.", ["Is dat zo?", "Ja!", "Dan gaan we door."]),
    ("Het rapport ‘Tijd voor kwaliteit’. Daarna volgt meer.",
     ["Het rapport ‘Tijd voor kwaliteit’.", "Daarna volgt meer."]),
    # a footnote marker glued to the stop ends the sentence; a number after a stop or an abbreviation does not
    ("De toezegging is hiermee afgedaan.1 Tijdens het debat is gesproken.",
     ["De toezegging is hiermee afgedaan.1", "Tijdens het debat is gesproken."]),
    ("De motie is aangenomen.”3 Er zal worden bezien.", ["De motie is aangenomen.”3", "Er zal worden bezien."]),
    ("Zie nr.1 De brief volgt.", ["Zie nr.1 De brief volgt."]),
    ("Zie paragraaf 2.1 Het kader.", ["Zie paragraaf 2.1 Het kader."]),
    # 'c.s.', 'jl.' and 'etc.' end a sentence before a word with a capital, not before a bracket or in lower case
    ("Zo wordt de motie Jansen c.s. uitgevoerd. De dienst streeft ernaar.",
     ["Zo wordt de motie Jansen c.s. uitgevoerd.", "De dienst streeft ernaar."]),
    ("Daarmee voer ik de motie Jansen c.s. uit, en de motie Bruinsma c.s. De dienst streeft ernaar.",
     ["Daarmee voer ik de motie Jansen c.s. uit, en de motie Bruinsma c.s.", "De dienst streeft ernaar."]),
    ("De motie Jansen c.s. (Kamerstuk 36 200, nr. 45) verzoekt de regering.",
     ["De motie Jansen c.s. (Kamerstuk 36 200, nr. 45) verzoekt de regering."]),
    ("Ik heb u geschreven op 12 mei jl. Het wetsvoorstel volgt.",
     ["Ik heb u geschreven op 12 mei jl.", "Het wetsvoorstel volgt."]),
])
def test_sentences_do_not_break_at_abbreviations_or_initials(text, expected):
    assert [s.text for s in split_sentences(text, Span(0, len(text)), 0)] == expected


def test_sections_of_a_letter_with_headings():
    titles = [s.title for s in document_of(sample("003")).sections]
    assert titles == ["Aanleiding", "Conclusies", "Reactie op de conclusies", "Aanbevelingen", "Slotbeschouwing"]


def test_parse_date():
    assert parse_date("Den Haag, 16 januari 2014") == date(2014, 1, 16)
    assert parse_date("Datum 31 februari 2020") is None
    assert parse_date("geen datum") is None


def test_a_short_first_paragraph_after_the_head_is_body():
    document = hand_letter("\n".join([
        "Datum 3 mei 2022", "Onderwerp Reactie op het rapport", "over de opvang", "",
        "Geachte voorzitter,", "", "Hierbij stuur ik u mijn reactie.", "",
        "De IND zal uw Kamer voor de zomer informeren over de voortgang van de maatregelen.", "",
        "De Staatssecretaris van Justitie en Veiligheid,", "", "E. van der Burg"]))
    assert document.head.subject == "Reactie op het rapport over de opvang"
    body = document.text[document.body.start:document.body.end]
    assert body.startswith("Geachte voorzitter,\nHierbij stuur ik u mijn reactie.")
    assert [s.text for s in document.sentences][:2] == ["Geachte voorzitter,", "Hierbij stuur ik u mijn reactie."]


def test_sidebar_lines_after_the_date_stay_in_the_head():
    document = hand_letter("\n".join([
        "Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG", "",
        "Datum 8 juli 2021", "Ons kenmerk", "3290560", "Bij beantwoording de datum", "en ons kenmerk vermelden.", "",
        "Onderwerp Voortgang", "", "Kort bericht.", "",
        "De Staatssecretaris van Justitie en Veiligheid,", "", "Ankie Broekers-Knol"]))
    assert document.head.kenmerk == "3290560"
    assert document.text[document.body.start:document.body.end].rstrip() == "Kort bericht."


# ---------------------------------------------------------------- head layouts (a family each)

_BODY = ("Met deze brief informeer ik uw Kamer over de voortgang van het programma en de maatregelen "
         "die het kabinet neemt om de uitvoering te verbeteren.\n")


@pytest.mark.parametrize("head, kamerstuk", [
    ("12 345 Vreemdelingenbeleid\nNr. 3104\nBRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n", "12345-3104"),
    ("35 000 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2019\n"
     "Nr. 100 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE\n", "35000-X-100"),
    ("33 400 VIII Vaststelling van de begrotingsstaten\nNr. 5 BRIEF VAN DE MINISTER\n", "33400-VIII-5"),
    ("30 300 IXB Jaarverslag en slotwet Ministerie van Financiën en Nationale Schuld 2006\n"
     "Nr. 24 BRIEF VAN DE MINISTER VAN FINANCIËN\n", "30300-IXB-24"),
    ("21 501-20 Europese Raad\nNr. 1234 BRIEF VAN DE MINISTER-PRESIDENT\n", "21501-20-1234"),
    ("33 852 (R2023) Wijziging van de Rijkswet op het Nederlanderschap\nNr. 31 BRIEF VAN DE MINISTER\n",
     "33852-R2023-31"),
    ("30 573 Migratiebeleid\n19 637\nVreemdelingenbeleid\nNr. 237\nBRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE\n",
     "30573-237"),
    ("Nr. 60 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\n", None),
])
def test_the_paper_number_in_the_official_layouts(head: str, kamerstuk: str | None) -> None:
    document = hand_letter(head + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
                           "Den Haag, 9 mei 2023\n" + _BODY)
    assert document.head.kamerstuk == kamerstuk
    assert document.head.date == date(2023, 5, 9)


@pytest.mark.parametrize("head", [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 7 mei 2020\n",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 7\u00c2\u00a0mei 2020\n",
    "7 mei 2020\n",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n’s-Gravenhage, 7 mei 2020\n",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n's-Gravenhage, 7 mei 2020\n",
])
def test_the_date_in_other_layouts_of_the_date_line(head: str) -> None:
    document = hand_letter("12 345 Politie\nNr. 9 BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID\n" + head + _BODY)
    assert document.head.date == date(2020, 5, 7)


def test_a_head_run_into_one_line_is_read_line_by_line() -> None:
    document = hand_letter(
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2010–2011\n24 587\nJustitiële Inrichtingen\nNr. 428\n"
        "BRIEF VAN DE STAATSSECRETARIS VAN VEILIGHEID EN JUSTITIE Aan de Voorzitter van de Tweede Kamer der "
        "Staten-Generaal Den Haag, 27 juni 2011 Tijdens het overleg met de vaste commissie heb ik toegezegd "
        "u te informeren over de uitvoering van de maatregelen.\n")
    head = document.head
    assert (head.kamerstuk, head.date) == ("24587-428", date(2011, 6, 27))
    assert head.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert document.text[document.body.start:].startswith("Tijdens het overleg")


def test_a_flattened_page_with_subject_and_closing_run_in() -> None:
    document = hand_letter(
        "> Retouradres Postbus 20011 2500 EH Den Haag Aan de Voorzitter van de Tweede Kamer der Staten-Generaal "
        "Postbus 20018 2500 EA Den Haag Betreft Antwoord op vragen over de kosten De vaste commissie heeft op "
        "3 maart 2012 vragen aan mij gesteld. Onderstaand treft u de antwoorden aan. De minister voor Immigratie "
        "en Asiel, A.B.C. Jansen Pagina 1 van 5\n\n"
        "1 Hoeveel kosten zijn er gemaakt? De kosten zijn in de afgelopen jaren gedaald door een betere planning "
        "van de capaciteit en een scherpere inkoop van diensten.\n")
    assert document.head.subject == "Antwoord op vragen over de kosten"
    assert [(s.role, s.name) for s in document.signatories] == [("minister voor Immigratie en Asiel", "A.B.C. Jansen")]
    assert "scherpere inkoop" in document.text[document.body.start:document.body.end]


def test_a_closing_with_greeting_and_titles_before_the_name() -> None:
    document = hand_letter(
        "7 november 2011\nvoorstel van wet tot goedkeuring van een verdrag\n"
        "Geachte voorzitter, Hierbij bied ik u de memorie van antwoord aan. Hoogachtend, de staatssecretaris "
        "van Financiën,\nmr. drs. F.H.H. Jansen\n")
    assert document.head.date == date(2011, 11, 7)
    assert [(s.role, s.name) for s in document.signatories] == [("staatssecretaris van Financiën", "F.H.H. Jansen")]


def test_an_appendix_after_the_closing_is_running_text() -> None:
    answers = ("De heer Pietersen vraagt wat de gevolgen zijn van de wijziging voor de uitvoering. "
               "De wijziging heeft geen gevolgen voor de uitvoering, omdat de termijnen gelijk blijven. ") * 4
    document = hand_letter(
        "12 345 Nederlanderschap\nNr. 29 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 8 juni 2016\n" + _BODY +
        "\nDe Staatssecretaris van Justitie en Veiligheid, A. Jansen\n\nBEANTWOORDING VAN VRAGEN\n\n" + answers + "\n")
    assert [s.name for s in document.signatories] == ["A. Jansen"]
    body = document.text[document.body.start:document.body.end]
    assert "termijnen gelijk blijven" in body
    assert [p.kind for p in document.paragraphs].count("closing") == 1


# ---------------------------------------------------------------- probes: heads and closings of other ministries
PROBE_HEADS = {
    "h1": ('Tweede Kamer der Staten-Generaal\nVergaderjaar 2022–2023\nKamerstukken\n28 844\n'
           'Modernisering van de overheid\nNr. 269\n'
           'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n'
           'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 7 juli 2023\n'
           'Met deze brief informeer ik uw Kamer over de voortgang van de werkagenda voor een waardengedreven '
           'digitale overheid. In de vorige voortgangsbrief heb ik toegezegd u jaarlijks te informeren.\n'
           'De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\nH.G.J.\nBruins Slot\n'),
    "h2": ('> Retouradres Postbus 20350 2500 EJ Den Haag\n\nAan de Voorzitter van de Tweede Kamer\n'
           'der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\nDatum 7 juli 2023\n'
           'Betreft Voortgangsrapportage zorgverzekeringsstelsel\n\nOns kenmerk\n3612345-1049876-Z\n\n'
           'Geachte voorzitter,\n\n'
           'Hierbij informeer ik uw Kamer over de stand van zaken van het zorgverzekeringsstelsel. Ik zal uw '
           'Kamer voor het einde van het jaar opnieuw informeren over de voortgang.\n\nHoogachtend,\n\n'
           'de minister van Volksgezondheid,\nWelzijn en Sport,\n\nErnst Kuipers\n'),
    "h3": ('Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nPostbus 20017\n2500 EA  DEN HAAG\n\n'
           'Datum 12 maart 2024\nBetreft Beantwoording vragen over de Wet betaalbare huur\n\nGeachte voorzitter,\n\n'
           'Hierbij ontvangt u de antwoorden op de vragen van de leden van de fractie van de VVD over het '
           'wetsvoorstel Wet betaalbare huur (Kamerstukken I 2023/24, 36 386, C).\n\n'
           'De Minister voor Volkshuisvesting en Ruimtelijke Ordening,\n\nHugo de Jonge\n\n'
           'De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nmede namens de Minister van Financiën,\n\n'
           'H.G.J. Bruins Slot\n'),
    "h4": ('Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 2008–2009\n31 700 X\n'
           'Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor het jaar 2009\nNr. 45\n'
           'BRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN DEFENSIE\n'
           'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 3 november 2008\n'
           'Hierbij informeren wij u over de voortgang van de vervanging van de F-16. Wij zullen uw Kamer in '
           'het voorjaar nader informeren.\nDe Minister van Defensie,\nE. van Middelkoop\n'
           'De Staatssecretaris van Defensie,\nJ. G. de Vries\n'),
    "h5": ('Eerste Kamer der Staten-Generaal\nVergaderjaar 2022–2023\n36 101\n'
           'Wijziging van de Wet op het primair onderwijs\nD\n'
           'BRIEF VAN DE MINISTER VOOR PRIMAIR EN VOORTGEZET ONDERWIJS\n'
           'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nDen Haag, 20 februari 2023\n'
           'Hierbij bied ik uw Kamer de memorie van antwoord aan bij het wetsvoorstel.\n'
           'De Minister voor Primair en Voortgezet Onderwijs,\nD.G. Wiersma\n'),
    "h6": ('Ministerie van Landbouw, Natuur en Voedselkwaliteit\n'
           'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPrinses Beatrixlaan 2\n2595 AL Den Haag\n'
           'Datum\n15 mei 2019\nBetreft\nKabinetsreactie op het advies van de Raad voor de leefomgeving\n'
           'en infrastructuur over de landbouw\nOns kenmerk\nDGA / 19123456\nUw kenmerk\n2019Z07654\n'
           'Geachte Voorzitter,\n'
           'Met deze brief reageer ik op het advies van de Raad voor de leefomgeving en infrastructuur. Ik zal '
           'uw Kamer in het najaar informeren over de uitwerking.\n'
           'De Minister van Landbouw, Natuur en Voedselkwaliteit,\nCarola Schouten\n'),
    "h7": ('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 4 oktober 2016\n'
           'Onderwerp: Evaluatie van de Wet werk en zekerheid\nGeachte voorzitter,\n'
           'Hierbij zenden wij u, mede namens de Minister van Economische Zaken, de evaluatie van de Wet werk '
           'en zekerheid. Wij zullen u voor de zomer nader informeren.\n'
           'De Minister van Sociale Zaken en Werkgelegenheid,\nmr. dr. L.F. Asscher\n'
           'De Staatssecretaris van Sociale Zaken en Werkgelegenheid,\ndrs. J. Klijnsma\n'),
}
PROBE_EXPECTED = {
    # the official publication (PDF text): the name under the role on two lines
    "h1": (date(2023, 7, 7), None, None, None, "28844", "269",
           [("Minister van Binnenlandse Zaken en Koninkrijksrelaties", "H.G.J. Bruins Slot")]),
    # the ministry's letter: 'Betreft' on the date's line, 'Ons kenmerk' with its value below it
    "h2": (date(2023, 7, 7), "Voortgangsrapportage zorgverzekeringsstelsel", "3612345-1049876-Z", None, None, None,
           [("minister van Volksgezondheid, Welzijn en Sport", "Ernst Kuipers")]),
    # to the Eerste Kamer, two ministers, one also signing for a third ('mede namens')
    "h3": (date(2024, 3, 12), "Beantwoording vragen over de Wet betaalbare huur", None, None, None, None,
           [("Minister voor Volkshuisvesting en Ruimtelijke Ordening", "Hugo de Jonge"),
            ("Minister van Binnenlandse Zaken en Koninkrijksrelaties", "H.G.J. Bruins Slot")]),
    # two signatories without blank lines between (PDF text)
    "h4": (date(2008, 11, 3), None, None, None, "31700-X", "45",
           [("Minister van Defensie", "E. van Middelkoop"), ("Staatssecretaris van Defensie", "J. G. de Vries")]),
    # a lettered paper of the Eerste Kamer
    "h5": (date(2023, 2, 20), None, None, None, "36101", "D",
           [("Minister voor Primair en Voortgezet Onderwijs", "D.G. Wiersma")]),
    # labels on lines of their own, a long subject that wraps, a role with commas
    "h6": (date(2019, 5, 15), "Kabinetsreactie op het advies van de Raad voor de leefomgeving en infrastructuur "
           "over de landbouw", "DGA/19123456", "2019Z07654", None, None,
           [("Minister van Landbouw, Natuur en Voedselkwaliteit", "Carola Schouten")]),
    # titles before the names, no blank lines
    "h7": (date(2016, 10, 4), "Evaluatie van de Wet werk en zekerheid", None, None, None, None,
           [("Minister van Sociale Zaken en Werkgelegenheid", "L.F. Asscher"),
            ("Staatssecretaris van Sociale Zaken en Werkgelegenheid", "J. Klijnsma")]),
}


@pytest.mark.parametrize("probe", sorted(PROBE_HEADS))
def test_probe_heads_and_closings(probe: str) -> None:
    document = hand_letter(PROBE_HEADS[probe])
    head = document.head
    assert (head.date, head.subject, head.kenmerk, head.uw_kenmerk, head.dossier, head.number,
            [(item.role, item.name) for item in document.signatories]) == PROBE_EXPECTED[probe]


def test_the_salutation_and_the_closing_are_no_part_of_the_running_text() -> None:
    document = hand_letter(PROBE_HEADS["h6"])
    texts = [sentence.text for sentence in document.sentences]
    assert texts[:2] == ["Geachte Voorzitter,", "Met deze brief reageer ik op het advies van de Raad voor de "
                                                "leefomgeving en infrastructuur."]
    assert not any("Carola" in text for text in texts)


def test_a_motion_in_the_official_publication_has_its_number_and_day() -> None:
    document = hand_letter("32 545 Wet- en regelgeving financiële markten\n\nNr. 143 MOTIE VAN DE LEDEN INGE VAN DIJK "
                           "EN GRINWIS\n\nVoorgesteld 6 juli 2021\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
                           "constaterende dat diverse financiële instellingen klanten laten betalen voor hun "
                           "spaargeld;\n\n"
                           "en gaat over tot de orde van de dag.\n\nInge van Dijk\n\nGrinwis\n")
    assert (document.head.date, document.head.dossier, document.head.number) == (date(2021, 7, 6), "32545", "143")


def test_answers_to_written_questions_are_dated_by_their_receipt() -> None:
    document = hand_letter("Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de Minister van "
                           "Sociale Zaken en Werkgelegenheid over de TOZO (ingezonden 3 juni 2021).\n\n"
                           "Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid) (ontvangen 21 juni "
                           "2021).\n\nVraag 1\n\nKlopt het dat de regeling voor zelfstandige ondernemers bedoeld is?"
                           "\n\nAntwoord 1\n\nJa.\n")
    assert document.head.date == date(2021, 6, 21)


# ---------------------------------------------------------------- held-out probes (tests/data/probes/orgs)
HELD_OUT_HEAD = ("> Retouradres Postbus 20901 2500 EX Den Haag\n\nAan de Voorzitter van de\n"
                 "Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\nDatum 7 april 2022\n"
                 "Betreft Prestaties spoor 2021 en vervolg "
                 "beheerconcessie\n\nMinisterie van Infrastructuur en Waterstaat\nRijnstraat 8\n\n{labels}\n\n"
                 "Geachte voorzitter,\n\nMet deze brief informeer ik uw Kamer over de prestaties van het spoor in 2021 "
                 "en over de beheerconcessie.\n\nHoogachtend,\n\n{closing}\n")


@pytest.mark.parametrize("labels,kenmerk,uw_kenmerk", [
    ("Onze referentie BS2015023456", "BS2015023456", None),
    ("Ons kenmerk 2021-0000234567\nUw brief (kenmerk) 2021Z19988", "2021-0000234567", "2021Z19988"),
    ("Ons kenmerk IENW/BSK-2019/254321\nUw kenmerk", "IENW/BSK-2019/254321", None),  # left blank: no salutation
    ("Referentie 6123456", "6123456", None),  # a bare 'Referentie' is the letter's own
    # the reference of the letter answered, after its date on the 'Uw brief' line
    ("Ons kenmerk 2021-0000612345\nUw brief van 1 oktober 2021, kenmerk 2021Z17000", "2021-0000612345", "2021Z17000"),
    ("Ons kenmerk 2021-0000612345\nUw brief van 1 oktober 2021", "2021-0000612345", None),  # no kenmerk given
])
def test_other_ministries_labels_of_the_kenmerk(labels: str, kenmerk: str, uw_kenmerk: str | None) -> None:
    head = hand_letter(HELD_OUT_HEAD.format(labels=labels, closing="De minister,\n\nM. Harbers")).head
    assert (head.kenmerk, head.uw_kenmerk) == (kenmerk, uw_kenmerk)
    # the subject ends before the ministry's own name in the letterhead
    assert head.subject == "Prestaties spoor 2021 en vervolg beheerconcessie"
    assert head.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"


@pytest.mark.parametrize("closing,role,name", [
    ("DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\ndrs. V.L.W.A. Heijnen",
     "Staatssecretaris van Infrastructuur en Waterstaat", "V.L.W.A. Heijnen"),
    ("DE MINISTER VAN DEFENSIE\n\nJ.A. Hennis-Plasschaert", "Minister van Defensie", "J.A. Hennis-Plasschaert"),
    # no comma, and the name (with a title, or initials) run into the role's line by the cleaning
    ("DE STAATSSECRETARIS VAN DEFENSIE\n\ndrs. B. Visser", "Staatssecretaris van Defensie", "B. Visser"),
    ("DE MINISTER VAN FINANCIËN\n\nmr. W.B. Hoekstra", "Minister van Financiën", "W.B. Hoekstra"),
    ("DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT,\n\nG. Verburg",
     "Minister van Landbouw, Natuur en Voedselkwaliteit", "G. Verburg"),
    ("De Minister-President,\nMinister van Algemene Zaken,\n\nMark Rutte",
     "Minister-President, Minister van Algemene Zaken", "Mark Rutte"),
    ("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\nmw. drs. C. van Nieuwenhuizen Wijbenga",
     "Minister van Infrastructuur en Waterstaat", "C. van Nieuwenhuizen Wijbenga"),
    ("De Minister van Financiën,\n\nw.g.\n\nW.B. Hoekstra", "Minister van Financiën", "W.B. Hoekstra"),
    ("De Minister van Financiën,\n\nw.g. W.B. Hoekstra", "Minister van Financiën", "W.B. Hoekstra"),
    ("De staatssecretaris van Sociale Zaken en Werkgelegenheid\n\nmr. drs. J. Klijnsma",
     "staatssecretaris van Sociale Zaken en Werkgelegenheid", "J. Klijnsma"),
    ("Minister voor Medische Zorg,\n\nBruno Bruins", "Minister voor Medische Zorg", "Bruno Bruins"),
])
def test_closings_in_capitals_and_on_two_role_lines(closing: str, role: str, name: str) -> None:
    document = hand_letter(HELD_OUT_HEAD.format(labels="Ons kenmerk 1", closing=closing))
    assert [(s.role, s.name) for s in document.signatories] == [(role, name)]


def test_a_sending_unit_after_auteur_and_a_dg_by_its_short_form() -> None:
    head = hand_letter(HELD_OUT_HEAD.format(labels="Auteur Directie Sociale Ontwikkeling\nKenmerk DSO-123/2012",
                                            closing="De minister,\n\nM. Harbers")).head
    assert (head.directorate, head.kenmerk) == ("Directie Sociale Ontwikkeling", "DSO-123/2012")
    head = hand_letter(HELD_OUT_HEAD.format(labels="DG Bestuur en Koninkrijksrelaties\nKenmerk 2017-1",
                                            closing="De minister,\n\nM. Harbers")).head
    assert head.directorate_general == "DG Bestuur en Koninkrijksrelaties"
