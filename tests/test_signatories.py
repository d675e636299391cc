"""Signatories and kenmerk in the layouts of other ministries, with their near misses (hand-made
letters through the cleaning and structure stages): the name above the role, titles before a
name run into the role line, signatories side by side (two PDF columns read into one line each),
the official publication's footer run into the name, and a kenmerk label at the end of a line or
with the reminder run into its value."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.domain.model import Document, Letter
from kg.read.clean import clean
from kg.read.structure import structure

HEAD = ("> Retouradres Postbus 20401 2500 EK Den Haag\n\nDe Voorzitter van de Tweede Kamer\n"
        "der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\nDatum 14 maart 2024\n"
        "Betreft Voortgang van de warmtetransitie\n\n{labels}\n\nGeachte Voorzitter,\n\n"
        "Met deze brief informeer ik uw Kamer over de voortgang van de warmtetransitie in de gebouwde "
        "omgeving en over de maatregelen die het kabinet neemt.\n\n{closing}\n")


def letter(text: str) -> Document:
    made = Letter(path=Path("hand.txt"), text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
                  media_type="text/plain")
    return structure(clean(made))


def signed(closing: str, labels: str = "Ons kenmerk 1") -> list[tuple[str, str]]:
    return [(s.role, s.name) for s in letter(HEAD.format(labels=labels, closing=closing)).signatories]


@pytest.mark.parametrize("closing,expected", [
    # the name above the role, without article or comma
    ("Hoogachtend,\n\n\n\nMicky Adriaansens\nMinister van Economische Zaken en Klimaat",
     [("Minister van Economische Zaken en Klimaat", "Micky Adriaansens")]),
    ("H.G.J. Kamp\nMinister van Economische Zaken", [("Minister van Economische Zaken", "H.G.J. Kamp")]),
    ("drs. W.J. Jansen\nStaatssecretaris van Financiën,", [("Staatssecretaris van Financiën", "W.J. Jansen")]),
    # a title before the name after the role on one line
    ("De Minister van Onderwijs, Cultuur en Wetenschap, dr. R.H.A. Plasterk",
     [("Minister van Onderwijs, Cultuur en Wetenschap", "R.H.A. Plasterk")]),
    ("De Staatssecretaris van Onderwijs, Cultuur en Wetenschap, drs. M.C. van der Laan",
     [("Staatssecretaris van Onderwijs, Cultuur en Wetenschap", "M.C. van der Laan")]),
    # side by side: the source's gap splits the names, else the initials that begin the second name
    ("De minister van Buitenlandse Zaken,        De minister van Defensie,\n\n\n"
     "Stef Blok                                   A.Th.B. Bijleveld-Schouten",
     [("minister van Buitenlandse Zaken", "Stef Blok"), ("minister van Defensie", "A.Th.B. Bijleveld-Schouten")]),
    ("De minister van Buitenlandse Zaken, De minister van Defensie,\n\nStef Blok A.Th.B. Bijleveld-Schouten",
     [("minister van Buitenlandse Zaken", "Stef Blok"), ("minister van Defensie", "A.Th.B. Bijleveld-Schouten")]),
    ("De Minister van Financiën,     De Minister van Justitie,     De Minister van Defensie,\n\nw.g.\n\n"
     "W.B. Hoekstra     F.B.J. Grapperhaus     A.Th.B. Bijleveld-Schouten",
     [("Minister van Financiën", "W.B. Hoekstra"), ("Minister van Justitie", "F.B.J. Grapperhaus"),
      ("Minister van Defensie", "A.Th.B. Bijleveld-Schouten")]),
    ("DE MINISTER VAN BUITENLANDSE ZAKEN,          DE MINISTER VAN DEFENSIE,\n\n"
     "S.A. Blok                                  A.Th.B. Bijleveld-Schouten",
     [("Minister van Buitenlandse Zaken", "S.A. Blok"), ("Minister van Defensie", "A.Th.B. Bijleveld-Schouten")]),
    # the second role wrapped onto the next line
    ("De Minister van Buitenlandse Zaken,         De Minister voor Buitenlandse Handel en\n"
     "                                            Ontwikkelingssamenwerking,\n\n"
     "S.A. Blok                                    S.A.M. Kaag",
     [("Minister van Buitenlandse Zaken", "S.A. Blok"),
      ("Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "S.A.M. Kaag")]),
    # both roles wrapped, each in its own column of the source
    ("De Minister van Onderwijs, Cultuur en      De Minister van Sociale Zaken en\n"
     "Wetenschap,                                Werkgelegenheid,\n\n\n"
     "I.K. van Engelshoven                       W. Koolmees",
     [("Minister van Onderwijs, Cultuur en Wetenschap", "I.K. van Engelshoven"),
      ("Minister van Sociale Zaken en Werkgelegenheid", "W. Koolmees")]),
    # an official signs for the minister, in the minister's role
    ("De Minister van Justitie en Veiligheid,\nnamens deze,\n\nJ. Jansen",
     [("Minister van Justitie en Veiligheid", "J. Jansen")]),
    ("De Minister van Justitie en Veiligheid,\nnamens deze,\nde directeur-generaal Migratie,\n\nJ. Jansen",
     [("Minister van Justitie en Veiligheid", "J. Jansen")]),
    # a role in capitals broken after a connective
    ("DE MINISTER VAN LANDBOUW, NATUUR EN\nVOEDSELKWALITEIT,\n\n\n\nG. Verburg",
     [("Minister van Landbouw, Natuur en Voedselkwaliteit", "G. Verburg")]),
    # names above their roles, side by side; one role with a comma stays one
    ("Wopke Hoekstra                              Liesje Schreinemacher\n"
     "Minister van Buitenlandse Zaken             Minister voor Buitenlandse Handel en\n"
     "                                            Ontwikkelingssamenwerking",
     [("Minister van Buitenlandse Zaken", "Wopke Hoekstra"),
      ("Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", "Liesje Schreinemacher")]),
    ("Mark Rutte\nMinister-President, Minister van Algemene Zaken",
     [("Minister-President, Minister van Algemene Zaken", "Mark Rutte")]),
    # one signs for two: one signatory
    ("De minister van Buitenlandse Zaken, mede namens de minister van Defensie,\n\nS.A. Blok",
     [("minister van Buitenlandse Zaken", "S.A. Blok")]),
])
def test_closings_of_other_layouts(closing: str, expected: list[tuple[str, str]]) -> None:
    assert signed(closing) == expected


@pytest.mark.parametrize("closing", [
    # side by side, but the names do not split into one per role: no signatory rather than a wrong one
    "De minister van Buitenlandse Zaken, De minister van Defensie,\n\nStef Blok Ank Bijleveld",
    "De Minister van Onderwijs, Cultuur en      De Minister van Sociale Zaken en\n"
    "Wetenschap,                                Werkgelegenheid,\n\nIngrid van Engelshoven Wouter Koolmees",
    # a one-word heading above a role line is no name; nor is a sentence
    "Moties\nMinister van Defensie",
    "Dit is besproken met de\nMinister van Defensie",
    # names above two roles that do not split one per role
    "Wopke Hoekstra Liesje Schreinemacher\nMinister van Buitenlandse Zaken Minister voor Handel",
])
def test_near_misses_give_no_signatory(closing: str) -> None:
    assert signed(closing) == []


def test_the_footer_of_the_official_publication_run_into_the_name() -> None:
    document = letter(
        "34 550 VII Vaststelling van de begrotingsstaten\nNr. 12 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 15 november 2016\n"
        "Met deze brief geef ik invulling aan de toezegging over de decentralisaties in het sociaal domein.\n\n"
        "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n"
        "dr. R.H.A. Plasterk\n\nkst-34550-VII-12\nISSN 0921 - 7371\n’s-Gravenhage 2016\n")
    assert [(s.role, s.name) for s in document.signatories] == [
        ("Minister van Binnenlandse Zaken en Koninkrijksrelaties", "R.H.A. Plasterk")]


@pytest.mark.parametrize("labels,kenmerk", [
    # the label ends a line of the left column, the value on the next line
    ("2500 EA Den Haag                       Onze referentie\n38654122", "38654122"),
    # no value under it (the reminder wrapped): no kenmerk
    ("Bij beantwoording de datum en ons kenmerk\nvermelden.", None),
    # the reminder run into the value when the head is flattened
    ("Ons kenmerk 712345 Bij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts één zaak in uw "
     "brief behandelen.", "712345"),
])
def test_kenmerk_in_other_layouts(labels: str, kenmerk: str | None) -> None:
    head = letter(HEAD.format(labels=labels, closing="De minister,\n\nM. Harbers")).head
    assert head.kenmerk == kenmerk


@pytest.mark.parametrize("rows,fields", [
    # the label table of older letters: the date to 'datum', the rest to the one kenmerk of the row
    ("uw brief van          uw kenmerk\n                      2007Z06712\nons kenmerk           datum\n"
     "DL. 2007/2345         29 oktober 2007", ("DL.2007/2345", "2007Z06712", "2007-10-29")),
    # two kenmerken in one row: which value is whose is not known, so neither
    ("ons kenmerk      uw kenmerk\nDL/123           2007Z06712", (None, None, "2024-03-14")),
])
def test_a_row_of_labels_with_their_values_under_it(rows: str, fields: tuple) -> None:
    text = HEAD.format(labels=rows, closing="De minister,\n\nM. Harbers")
    if "datum" in rows:  # the row holds the date
        text = text.replace("Datum 14 maart 2024\n", "")
    head = letter(text).head
    assert (head.kenmerk, head.uw_kenmerk, head.date.isoformat() if head.date else None) == fields


def test_a_kenmerk_inside_a_head_flattened_into_one_line() -> None:
    head = letter(
        "> Retouradres Postbus 20350 2500 EJ Den Haag De Voorzitter van de Tweede Kamer der Staten-Generaal "
        "Postbus 20018 2500 EA DEN HAAG Bezoekadres Parnassusplein 5 2511 VX Den Haag Kenmerk 1612345-198765-VGP "
        "Bijlage(n) 1 Uw brief Correspondentie uitsluitend richten aan het retouradres. Datum 21 mei 2019 Betreft "
        "Preventieakkoord: voortgang Geachte voorzitter, Met deze brief informeer ik u over de voortgang. "
        "Hoogachtend, de staatssecretaris van Volksgezondheid, Welzijn en Sport, drs. P. Blokhuis Pagina 2 van 2\n"
    ).head
    assert (head.kenmerk, head.subject) == ("1612345-198765-VGP", "Preventieakkoord: voortgang")
