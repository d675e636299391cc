"""The official XML of a publication (kg/read/officialxml.py): the head, footnotes, signatories and
extref identifiers as the XML states them, evidence offsets into the rendered text, refusals of
other XML; the official identifier and page of every numbered paper (kg/rdf/iris.py).

The data are real publications (tests/data/koop/letters/SOURCES.md and
tests/data/koop/repository/SOURCE.md)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import DATA
from kg.cli import main
from kg.domain.errors import UnreadableLetter
from kg.read.ingest import read_letter
from kg.rdf.iris import official_identifier
from kg.domain.model import ReferenceMention
from kg.read.officialxml import meeting_year_of, official_paper_id, page
from kg.engine import read_document
from kg.extract.references import identity_of

KOOP = DATA / "koop"
LETTER = KOOP / "letters" / "kst-28844-269.xml"
PAPERS = KOOP / "repository" / "frbr" / "officielepublicaties"
MOTION = PAPERS / "kst" / "32545" / "kst-32545-143" / "1" / "xml" / "kst-32545-143.xml"
ANSWERS = PAPERS / "ah-tk" / "20202021" / "ah-tk-20202021-3235" / "1" / "xml" / "ah-tk-20202021-3235.xml"
EXTRA = Path(__file__).resolve().parent.parent / "examples" / "extra"


@pytest.fixture(scope="module")
def extraction():
    return read_document(read_letter(LETTER))


def extrefs(path: Path) -> list[tuple[str, str]]:
    """Every extref of an XML file (doc, text), read independently of kg."""
    return [(element.get("doc"), "".join(element.itertext())) for element in ET.parse(path).iter("extref")]


def test_the_head_is_the_head_the_xml_states(extraction):
    head = extraction.document.head
    assert (head.dossier, head.number, head.date) == ("28844", "269", date(2023, 7, 7))
    assert head.dossier_title == "Integriteitsbeleid openbaar bestuur en politie"
    assert head.heading == "BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES"
    assert head.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    official = extraction.document.letter.official
    assert official.identifier == "kst-28844-269"
    assert (official.chamber, official.meeting_year) == ("Tweede Kamer der Staten-Generaal", "2022-2023")


def test_all_fifteen_footnotes_stand_at_their_markers(extraction):
    document = extraction.document
    assert [note.number for note in document.footnotes] == [str(n) for n in range(1, 16)]
    refs = {ref.number: ref.offset for ref in document.clean.footnote_refs}
    assert sorted(refs, key=int) == [str(n) for n in range(1, 16)]
    # each marker stands right after the text the XML puts its noot after
    assert document.text[:refs["1"]].endswith("integriteit openbaar bestuur op 9 mei 2023")
    assert document.text[:refs["3"]].endswith("of andere benaderingen niet gerichter en duurzamer zijn.")
    assert document.text[:refs["14"]].endswith("Hierbij kunnen de zoekresultaten worden gefilterd op activiteiten.")
    first = document.footnotes[0]
    assert first.text.endswith("Kamerstuk 28 844, nr. 266.")


def test_headings_and_paragraphs_are_the_ones_the_xml_states(extraction):
    document = extraction.document
    stated = [" ".join(element.itertext()).strip() for element in ET.parse(LETTER).iter("tussenkop")]
    assert [section.title for section in document.sections] == stated
    body = [p for p in document.paragraphs if p.kind in ("text", "heading")]
    assert len(body) == len(list(ET.parse(LETTER).iter("al"))) - 2 + len(stated)  # less addressee and date line


LIST = """<officiele-publicatie><kamerstuk><dossier><dossiernummer><dossiernr>31 839</dossiernr></dossiernummer>
<titel>Jeugdzorg</titel></dossier><stuk><stuknr>Nr. <ondernummer>900</ondernummer></stuknr>
<titel>BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT</titel><algemeen><vrije-tekst><tekst>
<al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al><al>Den Haag, 3 maart 2024</al>
<kop><nr>1.</nr><titel>Maatregelen</titel></kop>
<al>Ik neem de volgende maatregelen:</al>
<lijst type="expliciet"><li><li.nr>1.</li.nr><al>een wettelijke norm voor de caseload;</al></li>
<li><li.nr>2.</li.nr><al>een <nadruk type="vet">landelijk</nadruk> meldpunt.</al><al>Dit meldpunt start in 2025.</al></li></lijst>
<al>Tot slot.</al></tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>"""


def test_numbered_headings_and_list_items_keep_their_number_on_their_line(tmp_path):
    path = tmp_path / "lijst.xml"
    path.write_text(LIST, encoding="utf-8")
    text = read_letter(path).text
    assert "\n\n1. Maatregelen\n\nIk neem de volgende maatregelen:\n\n1. een wettelijke norm voor de caseload;\n\n" \
           "2. een landelijk meldpunt.\n\nDit meldpunt start in 2025.\n\nTot slot.\n" in text
    document = read_document(read_letter(path)).document
    assert [section.title for section in document.sections] == ["1. Maatregelen"]
    assert document.head.date == date(2024, 3, 3)


def test_the_signatory_is_the_one_of_ondertekening(extraction):
    [signatory] = extraction.document.signatories
    assert signatory.name == "H.G.J. Bruins Slot"
    assert signatory.role == "Minister van Binnenlandse Zaken en Koninkrijksrelaties"


def test_every_extref_is_a_reference_with_its_exact_identifier(extraction):
    references = [fact for fact in extraction.facts if isinstance(fact, ReferenceMention)]
    wanted = extrefs(LETTER)
    assert sorted(ref.official_id for ref in references if ref.official_id) == sorted(doc for doc, _ in wanted)
    letter = extraction.document.letter
    for doc, shown in wanted:
        holding = [ref for ref in references if ref.official_id == doc]
        assert any(shown in ref.evidence.exact for ref in holding), doc
        for ref in holding:
            assert ref.identifier == identity_of(doc)[1]
    by_id = {ref.official_id: ref for ref in references}
    assert by_id["h-tk-20222023-84-12"].kind == "handelingen"
    assert by_id["https://www.rijksoverheid.nl/archief"].kind == "other"
    assert by_id["https://www.rijksoverheid.nl/archief"].evidence.exact == "https://www.rijksoverheid.nl/archief"
    assert letter.text[by_id["kst-36101-15"].evidence.start:by_id["kst-36101-15"].evidence.end] \
        == by_id["kst-36101-15"].evidence.exact


def test_every_fact_has_offsets_into_the_source_text(extraction):
    text = extraction.document.letter.text
    assert extraction.facts
    for fact in extraction.facts:
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.exact, fact


def test_the_text_is_what_the_official_page_shows():
    text = read_letter(LETTER).text
    assert text.startswith("28 844 Integriteitsbeleid openbaar bestuur en politie\n\n"
                           "Nr. 269 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n\n"
                           "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 7 juli 2023\n\n"
                           "Inleiding\n\n")
    assert "online archief (https://www.rijksoverheid.nl/archief)." in text  # <?xpp afbreek?> is no text
    assert "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nH.G.J. Bruins Slot\n\n¹ Kamerstuk" in text


@pytest.mark.parametrize("doc, kind, identifier", [
    ("kst-28844-266", "kamerstuk", "28844-266"),
    ("kst-35000-VI-116", "kamerstuk", "35000-VI-116"),
    ("kst-20052006-30308-D", "kamerstuk", "30308-D"),
    ("h-tk-20222023-84-12", "handelingen", "2022/23-84-12"),
    ("ah-tk-20202021-3235", "aanhangsel", "2020/21-3235"),
    ("stb-2020-118", "other", "stb-2020-118"),
    ("https://www.rijksoverheid.nl/archief", "other", "https://www.rijksoverheid.nl/archief"),
])
def test_identity_of_an_extref(doc, kind, identifier):
    assert identity_of(doc) == (kind, identifier)


XML_WINS = """<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie><metadata/><kamerstuk>
  <kamerstukkop><tekstregel inhoud="vergaderjaar">Vergaderjaar 2023-2024</tekstregel>
    <tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel></kamerstukkop>
  <dossier><dossiernummer><dossiernr>36 410</dossiernr><begrotingshoofdstuk>XII</begrotingshoofdstuk>
    </dossiernummer><titel>Vaststelling van de begrotingsstaat van het Ministerie van Infrastructuur</titel></dossier>
  <stuk><stuknr>Nr. <ondernummer>7</ondernummer></stuknr><titel>BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT</titel>
    <datumtekst>Den Haag, <datum isodatum="2023-11-02">2 november 2023</datum></datumtekst>
    <algemeen><vrije-tekst><tekst>
      <al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>
      <al>Met deze brief, gedateerd op 3 november 2023 in het concept, informeer ik uw Kamer over de
        voortgang, zoals toegezegd in mijn brief (Kamerstuk <extref doc="kst-36410-XII-5">36 410 XII, nr. 6</extref>).</al>
    </tekst></vrije-tekst>
    <tekst-sluiting><ondertekening><functie>De Minister van Infrastructuur en Waterstaat,</functie>
      <naam><voornaam>A.B.</voornaam><achternaam>de Vries-Jansen</achternaam></naam></ondertekening></tekst-sluiting>
  </algemeen></stuk></kamerstuk></officiele-publicatie>
"""


def test_where_the_xml_and_the_text_disagree_the_xml_wins(tmp_path):
    path = tmp_path / "brief.xml"
    path.write_text(XML_WINS, encoding="utf-8")
    extraction = read_document(read_letter(path))
    head = extraction.document.head
    assert (head.dossier, head.number, head.date) == ("36410-XII", "7", date(2023, 11, 2))
    assert head.dossier_title.startswith("Vaststelling van de begrotingsstaat")
    [reference] = [fact for fact in extraction.facts if isinstance(fact, ReferenceMention)]
    assert (reference.identifier, reference.official_id) == ("36410-XII-5", "kst-36410-XII-5")  # the text says nr. 6
    [signatory] = extraction.document.signatories
    assert (signatory.role, signatory.name) == ("Minister van Infrastructuur en Waterstaat", "A.B. de Vries-Jansen")
    assert official_identifier(extraction.document.letter, head) == "kst-36410-XII-7"


@pytest.mark.parametrize("content, reason", [
    ('<?xml version="1.0"?>\n<kamerwrk><kamerstuk/></kamerwrk>', "older dialect (root 'kamerwrk')"),
    ('<?xml version="1.0"?>\n<rss><channel/></rss>', "XML root is 'rss', not 'officiele-publicatie'"),
    ("<officiele-publicatie><kamerstuk>", "XML is not well formed"),
    ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]><officiele-publicatie/>', "declares entities"),
    ('<?xml version="1.0"?>\n<officiele-publicatie><metadata/></officiele-publicatie>', "holds no publication"),
])
def test_other_xml_is_refused_with_one_line(tmp_path, content, reason):
    path = tmp_path / "paper.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableLetter) as refused:
        read_letter(path)
    assert reason in str(refused.value) and "\n" not in str(refused.value)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out.trig")])
    assert result.exit_code == 3
    assert reason in result.output


def test_kg_build_links_the_letter_to_its_official_page(tmp_path):
    out = tmp_path / "out.trig"
    result = CliRunner().invoke(main, ["build", str(LETTER), str(MOTION), str(ANSWERS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = out.read_text(encoding="utf-8")
    for identifier in ("kst-28844-269", "kst-32545-143", "ah-tk-20202021-3235"):
        assert f'kb:publicationIdentifier "{identifier}"' in graph
        assert f"kb:officialPage <{page(identifier)}>" in graph
    assert 'kb:dossierTitle "Integriteitsbeleid openbaar bestuur en politie"' in graph
    assert 'dcterms:title "Integriteitsbeleid openbaar bestuur en politie"' in graph  # no Onderwerp
    result = CliRunner().invoke(main, ["query", "letters", "-g", str(out), "--format", "csv"])  # a table fits the terminal
    assert "2021-06-21" in result.output  # the answers are dated by the day they were received
    assert "2021-07-06" in result.output  # the motion by the day it was proposed


def test_the_html_view_links_the_official_page(tmp_path):
    out = tmp_path / "out.trig"
    assert CliRunner().invoke(main, ["build", str(LETTER), "-o", str(out), "--quiet"]).exit_code == 0
    view = tmp_path / "view.html"
    result = CliRunner().invoke(main, ["export", str(out), "-o", str(view)])
    assert result.exit_code == 0, result.output
    html = view.read_text(encoding="utf-8")
    assert '"page":"https://zoek.officielebekendmakingen.nl/kst-28844-269.html"' in html.replace(" ", "")
    assert "official-page" in html


@pytest.mark.parametrize("name, identifier", [
    ("kst-20052006-30308-D.txt", "kst-20052006-30308-D"),  # a lettered paper of the Eerste Kamer
    ("kst-19637-1405.txt", "kst-19637-1405"),
    ("kst-30573-92.txt", "kst-30573-92"),
])
def test_the_official_identifier_of_a_text_letter(name, identifier):
    document = read_document(read_letter(EXTRA / name)).document
    assert official_identifier(document.letter, document.head) == identifier


@pytest.mark.parametrize("day, year", [
    (date(2006, 9, 11), "20052006"),  # before the third Tuesday of September
    (date(2006, 9, 19), "20062007"),  # the third Tuesday itself opens the new meeting year
    (date(2023, 1, 10), "20222023"),
    (date(2023, 12, 1), "20232024"),
])
def test_meeting_year_of(day, year):
    assert meeting_year_of(day) == year


def test_official_paper_id():
    assert official_paper_id("35000-VI", "116", "20182019") == "kst-35000-VI-116"
    assert official_paper_id("36101", "C", "20222023") == "kst-20222023-36101-C"
    assert official_paper_id("36101", "C", None) is None  # a lettered paper needs its meeting year


def test_the_readme_example_of_the_official_xml_is_the_real_output(tmp_path, monkeypatch):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("- **The official XML**"):readme.index("- **Organisations**")]
    console = re.search(r"```console\n(.*?)```", section, re.S)[1]
    shown_table = re.search(r"```text\n(.*?)```", section, re.S)[1]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    (tmp_path / "letters").mkdir()
    (tmp_path / "letters" / LETTER.name).write_bytes(LETTER.read_bytes())
    result = CliRunner().invoke(main, ["build", "letters/kst-28844-269.xml", "-o", "out/brief.trig"])
    assert result.exit_code == 0
    for line in console.split("\n")[1:]:
        if line.strip():
            assert line.strip() in result.output, line
    table = CliRunner().invoke(main, ["query", "references", "-g", "out/brief.trig"]).output.split("\n")
    for line in shown_table.strip().split("\n"):
        assert line.strip() in [row.strip() for row in table], line
