"""References to parliamentary papers (kg/extract/references.py)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.read.clean import clean
from kg.extract import references
from kg.extract.references import find_references, session
from kg.read.ingest import read_letter
from kg.domain.model import ReferenceMention
from kg.read.structure import structure

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "examples" / "letters"
from conftest import EXTRA  # noqa: E402

JUNE_2023 = date(2023, 6, 12)


def found(text: str, letter_date: date | None = JUNE_2023) -> list[tuple]:
    return [(item.kind, item.identifier, item.official_id, text[item.start:item.end])
            for item in find_references(text, letter_date=letter_date)]


def mentions(path: Path) -> list[ReferenceMention]:
    return references.run(structure(clean(read_letter(path))), ())


@pytest.mark.parametrize("text, expected", [
    ("zie (Kamerstuk 35 000 VI, nr. 116).",
     ("kamerstuk", "35000-VI-116", "kst-35000-VI-116", "Kamerstuk 35 000 VI, nr. 116")),
    ("Kamerstukken II 2019/20, 19 637, nr. 2565",
     ("kamerstuk", "19637-2565", "kst-19637-2565", "Kamerstukken II 2019/20, 19 637, nr. 2565")),
    ("zoals gemeld (19 637, nr. 1392).",
     ("kamerstuk", "19637-1392", "kst-19637-1392", "19 637, nr. 1392")),
    ("Kamerstuk 36200-VI, nr. 12", ("kamerstuk", "36200-VI-12", "kst-36200-VI-12",
                                    "Kamerstuk 36200-VI, nr. 12")),
    ("(Handelingen II 2018/19, nr. 90, item 11)",
     ("handelingen", "2018/19-90-11", "h-tk-20182019-90-11", "Handelingen II 2018/19, nr. 90, item 11")),
    ("Handelingen I 2020-2021, nr. 12",
     ("handelingen", "2020/21-12", "h-ek-20202021-12", "Handelingen I 2020-2021, nr. 12")),
    ("(Aanhangsel Handelingen II 2018/19, nr. 3277)",
     ("aanhangsel", "2018/19-3277", "ah-tk-20182019-3277", "Aanhangsel Handelingen II 2018/19, nr. 3277")),
    ("alsmede een nota van wijziging (Kamerstuk 33 852 (R2023), nr. 30).",
     ("kamerstuk", "33852-R2023-30", "kst-33852-R2023-30", "nota van wijziging (Kamerstuk 33 852 (R2023), nr. 30)")),
    ("het voorstel van wet (kamerstuk 32 776) is aangenomen",
     ("kamerstuk", "32776", "kst-32776", "kamerstuk 32 776")),
    ("het verslag van het schriftelijk overleg (Kamerstuk 21 501-32, nr. 1500).",
     ("kamerstuk", "21501-32-1500", "kst-21501-32-1500",
      "verslag van het schriftelijk overleg (Kamerstuk 21 501-32, nr. 1500)")),
])
def test_formal_citations(text: str, expected: tuple) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "gepubliceerd in Stb. 2020, 123", "het verdrag (Trb. 2010, 249)", "de uitspraak ECLI:NL:RVS:2021:1234 van",
    "zie Stcrt. 2019, 56789"])
def test_gazettes_and_rulings_are_not_parliamentary_papers(text: str) -> None:
    assert found(text) == []


def test_a_whole_dossier_is_not_joined_to_the_paper_named_before_it() -> None:
    text = "Hierbij bied ik u de memorie van antwoord aan inzake het voorstel van wet (kamerstuk 32 776)."
    assert [(item[0], item[1], item[3]) for item in found(text)] == [
        ("kamerstuk", None, "memorie van antwoord"), ("kamerstuk", "32776", "kamerstuk 32 776")]


def test_a_numbered_part_of_a_dossier_is_no_part_without_a_paper_number() -> None:
    assert found("in de periode 2010-12 tot 2011-03") == []
    assert [item[1] for item in found("(Kamerstuk 21 501-20)")] == []


def test_further_numbers_of_the_same_proceedings_are_references_of_their_own() -> None:
    text = "bij de behandeling (Handelingen II 2013/14, nr. 61, item 9 en nr. 62, item 4)."
    assert [(item[1], item[2], item[3]) for item in found(text)] == [
        ("2013/14-61-9", "h-tk-20132014-61-9", "Handelingen II 2013/14, nr. 61, item 9"),
        ("2013/14-62-4", "h-tk-20132014-62-4", "nr. 62, item 4")]


def test_a_plain_numbered_footnote_below_the_signature_is_read_for_citations(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 11 november 2019\n\n"
                    "Geachte voorzitter,\n\n"
                    "Uit de nieuwe ramingen van de arbeidsmarkt1 blijkt dat het tekort groeit.\n\n"
                    "De minister voor Basis- en Voortgezet Onderwijs en Media,\n\nArie Slob\n\n"
                    "1 Kamerstuk 27 923, nr. 370\n", encoding="utf-8")
    assert [(item.kind, item.identifier) for item in mentions(path)] == [("kamerstuk", "27923-370")]


@pytest.mark.parametrize("note, expected", [
    # the note's number on a line of its own, taken as a page number: the citation below the signature is still read
    ("1\nKamerstuk 27 923, nr. 370\n", [("kamerstuk", "27923-370")]),
    ("2\nAanhangsel Handelingen II 2019/20, nr. 1234\n", [("aanhangsel", "2019/20-1234")]),
    # a closing line that is no citation is not read
    ("Kamerstukken worden later nagezonden.\n", []),
])
def test_a_footnote_below_the_signature_that_lost_its_number_is_read(tmp_path: Path, note: str,
                                                                      expected: list) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 11 november 2019\n\n"
                    "Geachte voorzitter,\n\n"
                    "Uit de nieuwe ramingen van de arbeidsmarkt blijkt dat het tekort groeit.\n\n"
                    "De minister voor Basis- en Voortgezet Onderwijs en Media,\n\nArie Slob\n\n\n"
                    + note, encoding="utf-8")
    assert [(item.kind, item.identifier) for item in mentions(path)] == expected


def test_a_citation_after_a_new_main_clause_is_not_joined_to_the_reference_before_it() -> None:
    text = ("Daarmee kom ik tegemoet aan het verzoek van uw commissie van 14 mei 2014 en voer ik de toezegging "
            "uit die ik heb gedaan (Handelingen II 2013/14, nr. 61, item 9).")
    assert [(item[0], item[1]) for item in found(text)] == [("brief", None), ("handelingen", "2013/14-61-9")]


def test_several_numbers_give_several_references() -> None:
    assert [item[1] for item in found("(Kamerstuk 19 637, nrs. 12 en 13)")] == [
        "19637-12", "19637-13"]
    assert [item[1] for item in found("(Kamerstukken II 2018/19, 35 243, nrs. 1–3)")] == [
        "35243-1", "35243-2", "35243-3"]


@pytest.mark.parametrize("text, kind, written, when", [
    ("Bij brief van 13 april jl. heeft u mij gevraagd", "brief", "brief van 13 april jl.",
     date(2023, 4, 13)),
    ("waarover ik uw kamer bij brief van 12 juli 2021 heb geïnformeerd", "brief",
     "brief van 12 juli 2021", date(2021, 7, 12)),
    ("zoals aangekondigd in mijn brief d.d. 8 april en", "brief", "mijn brief d.d. 8 april",
     date(2023, 4, 8)),
    ("de brief van de Minister van Buitenlandse Zaken van 3 juni 2019 over", "brief",
     "de brief van de Minister van Buitenlandse Zaken van 3 juni 2019", date(2019, 6, 3)),
    ("In de voortgangsbrief van mei 2022 meldde ik", "brief", "de voortgangsbrief van mei 2022",
     None),
    ("Ik verwijs naar de Kamervragen van het lid Becker (VVD) over", "kamervragen",
     "Kamervragen van het lid Becker (VVD)", None),
    ("de vragen van de leden Van Ojik en Bouali over", "kamervragen",
     "vragen van de leden Van Ojik en Bouali", None),
    ("de motie van het lid Omtzigt c.s. over", "motie", "motie van het lid Omtzigt c.s.", None),
    ("de motie-Van Toorenburg is aangenomen", "motie", "motie-Van Toorenburg", None),
])
def test_descriptive_references(text: str, kind: str, written: str, when: date | None) -> None:
    items = find_references(text, letter_date=JUNE_2023)
    assert [(item.kind, text[item.start:item.end], item.when) for item in items] == [
        (kind, written, when)]


def test_motion_footnote_title_with_two_motions() -> None:
    text = ("MOTIE VAN DE LEDEN PLOUMEN EN JETTEN, voorgesteld 19 januari 2021 Vergaderjaar "
            "2020–2021, nr 24. MOTIE VAN HET LID OMTZIGT C.S., voorgesteld 19 januari 2021, "
            "Vergaderjaar 2020–2021, nr 13.")
    items = find_references(text, letter_date=date(2021, 7, 8))
    assert [(item.kind, item.when) for item in items] == [("motie", date(2021, 1, 19))] * 2
    assert text[items[0].start:items[0].end].endswith("nr 24.")
    assert text[items[1].start:items[1].end].startswith("MOTIE VAN HET LID OMTZIGT C.S.")


def test_citation_after_a_description_is_one_reference() -> None:
    text = "Zoals u gemeld in mijn brief van 27 januari jl. (19 637, nr. 1392) heb ik"
    items = find_references(text, letter_date=date(2011, 3, 29))
    assert [(item.kind, item.identifier, item.official_id, item.when) for item in items] == [
        ("brief", "19637-1392", "kst-19637-1392", date(2011, 1, 27))]
    motion = "de motie van het lid Omtzigt c.s. (Kamerstuk 35 510, nr. 13) vraagt"
    assert [(i.kind, i.identifier) for i in find_references(motion)] == [("motie", "35510-13")]


@pytest.mark.parametrize("text", [
    "Met deze brief ga ik in op dat verzoek.",
    "In deze brief ga ik in op de bundel.",
    "een brief van de advocaat",
    "Verzoek van het lid Kuzu in het ordedebat.",
    "naar aanleiding van de moties van uw Kamer",
    "er zijn 45 verdiepende interviews gehouden",
    "in 2019 waren het er 35 000, nog meer dan in 2018",
    "Handelingen van de IND-medewerker",
    "het Kamerstuk wordt binnenkort verstuurd",
    "vragen van de vreemdeling",
])
def test_near_misses(text: str) -> None:
    assert find_references(text, letter_date=JUNE_2023) == []


def test_session() -> None:
    assert session("2018/19") == ("2018/19", "20182019")
    assert session("2020–2021") == ("2020/21", "20202021")
    assert session("2018/20") is None


def test_development_letter_with_citations() -> None:
    items = mentions(LETTERS / "002_a04aa28333b24640.txt")
    assert {(item.kind, item.identifier) for item in items} == {
        ("handelingen", "2018/19-90-11"), ("kamervragen", "2018/19-3277"),
        ("kamerstuk", "35000-VI-116")}
    for item in items:
        assert item.evidence.exact.split()[0] == item.text.split()[0]


def test_footnote_motions_come_out() -> None:
    items = mentions(LETTERS / "004_0c0b669893b9a50c.txt")
    assert [item.kind for item in items] == ["brief", "motie", "motie"]
    assert items[0].date == date(2021, 4, 13)


@pytest.mark.skipif(not EXTRA.is_dir(), reason="extra letters not available")
def test_extra_letters() -> None:
    earlier = mentions(EXTRA / "kst-19637-1405.txt")
    assert [(item.kind, item.text, item.date) for item in earlier] == [
        ("brief", "mijn brief van 13 januari jl.", date(2011, 1, 13))]
    cited = mentions(EXTRA / "kst-19637-1407.txt")
    assert [(item.kind, item.identifier) for item in cited] == [("brief", "19637-1392")]


@pytest.mark.skipif(not EXTRA.is_dir(), reason="extra letters not available")
def test_citation_queries_answer_question_7(tmp_path: Path) -> None:
    """Which papers a letter cites, and which letters cite a given paper (named queries)."""
    import csv
    import io

    from click.testing import CliRunner

    from kg.cli import main

    graph = tmp_path / "cited.trig"
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(LETTERS / "002_a04aa28333b24640.txt"),
                                 str(EXTRA / "kst-19637-1407.txt"), "-o", str(graph)])
    assert graph.is_file(), built.output

    def rows(*args: str) -> list[dict[str, str]]:
        result = runner.invoke(main, ["query", *args, "-g", str(graph), "--format", "csv"])
        assert result.exit_code == 0, result.output
        return list(csv.DictReader(io.StringIO(result.output)))

    citing = rows("letters_citing", "--param", "identifier=35000-VI-116")
    assert [(row["identifier"], row["official"]) for row in citing] == [
        ("35000-VI-116", "kst-35000-VI-116")]
    assert citing[0]["date"] == "2019-07-01"
    assert rows("letters_citing", "--param", "identifier=99999-1") == []

    cited = rows("papers_cited", "--param", "letter_kamerstuk=19637-1407")
    assert [(row["identifier"], row["cited_date"]) for row in cited] == [("19637-1392", "2011-01-27")]
    everything = rows("papers_cited")
    assert {row["identifier"] for row in everything} == {
        "19637-1392", "2018/19-90-11", "2018/19-3277", "35000-VI-116"}


@pytest.mark.parametrize("text", [
    "In mijn brief van 3 juni 2019 en in de Kamerbrief d.d. 4 mei 2020 schreef ik dit.",
    "nieuw Kamerbrief van 1 mei; uw  \n brief van 2 juni; het kabinetsbrief van 3 juli",
    "briefbrief van 1 mei xbrief van 2 mei, de é brief van 3 mei, Brief van 4 mei, brieven van 5 mei",
    "geen enkele verwijzing hier", "brief", "brief van ", "xbriefbrief van 1 mei", "brief brief van 2 mei",
    "de brief. Kamerbrief van 3 mei", "mijn\n\nbrief\t van\n 4 mei", "uwbrief d.d. 5 mei", "brief van",
])
def test_letter_anchors_are_what_the_pattern_finds_everywhere(text):
    """The anchors found near each 'brief' are the ones a scan of every position finds."""
    def spans(matches):
        return [(m.start(), m.end()) for m in matches]
    for start in range(0, len(text), 7):
        assert spans(references._letter_anchors(text, start, len(text))) == \
            spans(references._LETTER_ANCHOR.finditer(text, start, len(text)))
    letters = Path(__file__).resolve().parent.parent / "examples" / "letters"
    for path in sorted(letters.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        assert spans(references._letter_anchors(body, 0, len(body))) == \
            spans(references._LETTER_ANCHOR.finditer(body, 0, len(body)))


# ---------------------------------------------------------------- probes of other ministries' letters

@pytest.mark.parametrize("text, expected", [
    # papers of the Eerste Kamer are lettered
    ("(Kamerstukken I 2022/23, 36 101, C).", [("kamerstuk", "36101-C", "Kamerstukken I 2022/23, 36 101, C")]),
    ("zie Kamerstukken I 2021/22, 35 925 VIII, A.", [("kamerstuk", "35925-VIII-A",
                                                     "Kamerstukken I 2021/22, 35 925 VIII, A")]),
    ("en EK 36 101, E.", [("kamerstuk", "36101-E", "EK 36 101, E")]),
    ("Kamerstukken I 2022/23, 36 101, letter D",
     [("kamerstuk", "36101-D", "Kamerstukken I 2022/23, 36 101, letter D")]),
    ("Kamerstukken I 2019/20, 35 300, A en B", [("kamerstuk", "35300-A", "Kamerstukken I 2019/20, 35 300, A en B"),
                                               ("kamerstuk", "35300-B", "Kamerstukken I 2019/20, 35 300, A en B")]),
    # several dossiers in one citation
    ("de Kamerstukken 27 923, 31 293 en 32 034 (R2030) zijn", [
        ("kamerstuk", "27923", "Kamerstukken 27 923, 31 293 en 32 034 (R2030)"),
        ("kamerstuk", "31293", "Kamerstukken 27 923, 31 293 en 32 034 (R2030)"),
        ("kamerstuk", "32034-R2030", "Kamerstukken 27 923, 31 293 en 32 034 (R2030)")]),
    ("Tweede Kamer, vergaderjaar 2021–2022, 27 923, nr. 432",
     [("kamerstuk", "27923-432", "Tweede Kamer, vergaderjaar 2021–2022, 27 923, nr. 432")]),
    # proceedings cited by page carry no number to form an id from
    ("in het wetgevingsoverleg (Handelingen II 2006/07, blz. 1234).",
     [("handelingen", None, "Handelingen II 2006/07, blz. 1234")]),
    # amendments are papers of the bill's dossier
    ("Het amendement van het lid Bromet (Kamerstuk 36 200 XIV, nr. 12) is aangenomen. Het amendement-Tielen niet.",
     [("kamerstuk", "36200-XIV-12", "amendement van het lid Bromet (Kamerstuk 36 200 XIV, nr. 12)"),
      ("kamerstuk", None, "amendement-Tielen")]),
    ("De motie Omtzigt c.s. (Kamerstuk 35 510, nr. 12) vraagt",
     [("motie", "35510-12", "motie Omtzigt c.s. (Kamerstuk 35 510, nr. 12)")]),
    ("de motie Van Baarle over de opvang", [("motie", None, "motie Van Baarle")]),
    # members with a first name and a party each
    ("Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de Minister",
     [("kamervragen", None, "Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66)")]),
    ("MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS", [("motie", None, "MOTIE VAN DE LEDEN INGE VAN DIJK EN GRINWIS")]),
    ("de motie van de leden Boswijk (CDA) en Van Dijk (SGP) over",
     [("motie", None, "motie van de leden Boswijk (CDA) en Van Dijk (SGP)")]),
    # questions by the number the Kamer gave them
    ("de vragen van het lid Van Campen (VVD) over de uitvoering van de regeling (2023Z12345).",
     [("kamervragen", "2023Z12345",
       "vragen van het lid Van Campen (VVD) over de uitvoering van de regeling (2023Z12345)")]),
    ("Ook de schriftelijke vragen met kenmerk 2023Z09876 worden hierin betrokken.",
     [("kamervragen", "2023Z09876", "2023Z09876")]),
    ("Het verzoek van de commissie (2024Z01234) beantwoord ik hierbij.", [("other", "2024Z01234", "2024Z01234")]),
    # questions numbered in their own bracket keep it; the answers cited after them are a paper of their own
    ("Op vragen van het lid Kwint (SP) over het lerarentekort (ingezonden 3 mei 2022, 2022Z08765) heb ik eerder "
     "geantwoord (Aanhangsel van de Handelingen II 2021/22, nr. 2890).",
     [("kamervragen", "2022Z08765",
       "vragen van het lid Kwint (SP) over het lerarentekort (ingezonden 3 mei 2022, 2022Z08765)"),
      ("aanhangsel", "2021/22-2890", "Aanhangsel van de Handelingen II 2021/22, nr. 2890")]),
])
def test_probes_of_other_ministries(text: str, expected: list[tuple]) -> None:
    assert [(kind, identifier, written) for kind, identifier, _, written in found(text)] == expected


@pytest.mark.parametrize("text", [
    "Kamerstukken II 2022/23, 36 101, C",  # a lettered paper needs the Eerste Kamer
    "zie 36 101, C en D",
    "de motie Verbetering zorg",
    "kenmerk 2023Z12345-1",
    "Kamerstuk 32 776, 2019",
])
def test_probe_near_misses(text: str) -> None:
    assert found(text) == []


# ---------------------------------------------------------------- categories of the fifth round

def _letter(tmp_path: Path, body: str, notes: str = "") -> list[ReferenceMention]:
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 2 oktober 2024\n\n"
                    "Geachte voorzitter,\n\n" + body + "\n\nDe minister van Infrastructuur en Waterstaat,\n\n"
                    "Barry Madlener\n\n" + notes, encoding="utf-8")
    return mentions(path)


@pytest.mark.parametrize("text, expected", [
    ("de Mededeling over een nieuw migratie- en asielpact (COM(2020) 609), waarover",
     [("other", "COM(2020) 609", "COM(2020) 609")]),
    ("het voorstel (COM (2021) 550 final) en het werkdocument SWD(2023) 12.",
     [("other", "COM(2021) 550", "COM (2021) 550 final"), ("other", "SWD(2023) 12", "SWD(2023) 12")]),
    ("Handelingen II 2022/23, nr. 92, items 10 en 13",
     [("handelingen", "2022/23-92-10", "Handelingen II 2022/23, nr. 92, items 10 en 13"),
      ("handelingen", "2022/23-92-13", "Handelingen II 2022/23, nr. 92, items 10 en 13")]),
    ("de begroting van het Mobiliteitsfonds (36 600 A) en van VWS (36 200 XVI).",
     [("kamerstuk", "36600-A", "36 600 A"), ("kamerstuk", "36200-XVI", "36 200 XVI")]),
    ("zie Kamerstuk 36 600 J.", [("kamerstuk", "36600-J", "Kamerstuk 36 600 J")]),
    ("zie Kamerstuk 30 300 IXB, nr. 15 en (36 500 IXA).",
     [("kamerstuk", "30300-IXB-15", "Kamerstuk 30 300 IXB, nr. 15"), ("kamerstuk", "36500-IXA", "36 500 IXA")]),
])
def test_eu_documents_items_and_budget_dossiers(text: str, expected: list[tuple]) -> None:
    assert [(kind, identifier, written) for kind, identifier, _, written in found(text)] == expected


@pytest.mark.parametrize("text, identifiers", [
    ("het bedrag (€ 36 600 A) en", []), ("de postcode (2595 BD) en", []), ("zie (36 600 AB).", []), ("zie (36 600 IXBA).", []),
    ("de XCOM(2020) 1 en", []), ("Handelingen II 2022/23, nr. 92, items 10 en 2023", ["2022/23-92-10"])])
def test_near_misses_of_eu_documents_items_and_budget_dossiers(text: str, identifiers: list[str]) -> None:
    assert [item[1] for item in found(text)] == identifiers


def test_a_request_takes_the_number_the_kamer_gave_it() -> None:
    text = ("Ik ga in op het verzoek van de vaste commissie voor Onderwijs van 17 januari 2023 om een reactie "
            "op het artikel 'Scholen sturen kinderen naar huis' (kenmerk 2023Z00712).")
    assert [(item[0], item[1]) for item in found(text)] == [("brief", "2023Z00712")]


def test_a_citation_of_another_object_is_not_joined() -> None:
    text = ("Ik verwijs naar de Voorjaarsnota 2025 en naar de eerste suppletoire begroting van het ministerie "
            "(Kamerstuk 36 725 XXIII, nr. 2).")
    assert [(item[0], item[1]) for item in found(text)] == [("other", None), ("kamerstuk", "36725-XXIII-2")]
    text = ("De Eerste Kamer heeft mij bij brief van 18 maart 2025 gevraagd om een reactie op het advies van de "
            "Raad van State (Kamerstukken I 2024/25, 36 512, nr. B).")
    assert [(item[0], item[1]) for item in found(text)] == [("brief", None), ("kamerstuk", "36512-B")]


def test_a_motion_takes_its_number_after_what_it_asks() -> None:
    text = ("De motie van het lid Van der Plas over het onderzoeken van de mogelijkheden om boeren die door de "
            "maatregelen worden getroffen ruimhartig te compenseren voor hun verlies (Kamerstuk 35 334, nr. 200) "
            "is aangenomen.")
    assert [(item[0], item[1]) for item in found(text)] == [("motie", "35334-200")]


def test_a_motion_named_again_by_its_member_is_the_same_motion(tmp_path: Path) -> None:
    found_here = _letter(tmp_path, "Ik voer de motie van de leden Kwint en Van der Molen over het lerarentekort uit "
                                   "(Kamerstuk 27 923, nr. 412). De motie-Kwint/Van der Molen vraagt ook om meer. "
                                   "De motie-Paternotte vraagt iets anders.")
    assert [(item.kind, item.identifier, item.text) for item in found_here] == [
        ("motie", "27923-412", "motie van de leden Kwint en Van der Molen over het lerarentekort uit "
                               "(Kamerstuk 27 923, nr. 412)"),
        ("motie", None, "motie-Paternotte")]


def test_a_motion_named_by_a_member_whose_particle_is_capitalised_after_the_hyphen(tmp_path: Path) -> None:
    found_here = _letter(tmp_path, "Motie-Van Dijk\n\nDe motie van het lid Diederik van Dijk (SGP) (Kamerstuk "
                                   "19 637, nr. 3290) verzoekt de regering dit te doen. De motie-Van der Molen "
                                   "vraagt iets anders.")
    assert [(item.identifier, item.text) for item in found_here] == [
        ("19637-3290", "motie van het lid Diederik van Dijk (SGP) (Kamerstuk 19 637, nr. 3290)"),
        (None, "motie-Van der Molen")]


def test_a_motion_named_by_its_members_in_a_heading_is_the_motion_cited_in_the_paragraph(tmp_path: Path) -> None:
    found_here = _letter(tmp_path, "Motie-Ypma/Bisschop\n\nDe leden Ypma (PvdA) en Bisschop (SGP) vragen in hun "
                                   "motie (Kamerstuk 34 300 VIII, nr. 52) om betere begeleiding. De motie-Kwint "
                                   "vraagt iets anders.")
    assert [(item.identifier, item.text) for item in found_here] == [
        ("34300-VIII-52", "Kamerstuk 34 300 VIII, nr. 52"), (None, "motie-Kwint")]


def test_a_motion_by_its_member_and_party_takes_the_citation_after_it() -> None:
    assert [(item[0], item[1]) for item in found(
        "Conform de motie-Ormel (CDA) (Kamerstuk 23 987, nr. 109) heeft Nederland dit aangegeven.")] == [
        ("motie", "23987-109")]


def test_questions_named_again_by_their_member_are_the_same_questions(tmp_path: Path) -> None:
    found_here = _letter(tmp_path, "Ik ga in op de vragen van het lid Pechtold (D66) over de bezetting. In reactie op "
                                   "de vragen van het lid Pechtold meld ik dat. De vragen van het lid Sjoerdsma "
                                   "beantwoord ik later.")
    assert [item.text for item in found_here] == ["vragen van het lid Pechtold (D66)", "vragen van het lid Sjoerdsma"]


def test_a_reference_whose_footnote_cites_it_is_one_reference(tmp_path: Path) -> None:
    found_here = _letter(tmp_path, "Deze brief volgt op de brief van 28 maart jl.1 Ook voer ik de motie van de leden "
                                   "Olger van Dijk en Grinwis over het borgen van budget uit2. De rapportage kwam "
                                   "in juni3.",
                         "1 Kamerstuk 36 410 A, nr. 45\n2 Kamerstuk 36 560 A, nr. 12\n3 Kamerstuk 36 410 A, nr. 67\n")
    assert [(item.kind, item.identifier) for item in found_here] == [
        ("brief", "36410-A-45"), ("motie", "36560-A-12"), ("kamerstuk", "36410-A-67")]


@pytest.mark.parametrize("text, kind", [
    ("Zoals gemeld in mijn brief aan uw Kamer van 12 maart jl. is de regeling verlengd.", "brief"),
    ("De schriftelijke vragen die het lid Bikker op 3 mei heeft gesteld, zijn beantwoord.", "kamervragen"),
    ("Tot slot verwijs ik naar het verslag van het wetgevingsoverleg Wonen van 13 maart jl.", "kamerstuk"),
    ("Het BNC-fiche over de verordening is u op 3 maart toegezonden.", "kamerstuk"),
])
def test_descriptive_references_of_the_fifth_round(text: str, kind: str) -> None:
    assert [item[0] for item in found(text)] == [kind]


@pytest.mark.parametrize("text, expected", [
    ("Aanhangsel van de Handelingen, vergaderjaar 2019-2020, nr. 1234", [("aanhangsel", "2019/20-1234")]),
    ("Handelingen II 2019/2020, nr. 35, items 4 t/m 6",
     [("handelingen", "2019/20-35-4"), ("handelingen", "2019/20-35-5"), ("handelingen", "2019/20-35-6")]),
    ("zie COM/2020/609 final", [("other", "COM(2020) 609")]),
])
def test_more_forms_of_proceedings_and_eu_documents(text: str, expected: list[tuple]) -> None:
    assert [(kind, identifier) for kind, identifier, _, _ in found(text)] == expected


def test_a_paper_cited_again_is_one_reference(tmp_path: Path) -> None:
    found_here = _letter(tmp_path, "Zie Kamerstuk 32 317, nr. 920. Zoals het plan (Kamerstuk 32 317, nr. 920) zegt, "
                                   "volgt het voorstel (COM(2025) 101). Het voorstel COM(2025) 101 is nieuw.")
    assert [(item.identifier, item.text) for item in found_here] == [
        ("32317-920", "Kamerstuk 32 317, nr. 920"), ("COM(2025) 101", "COM(2025) 101")]


def test_a_paper_named_again_without_its_year_is_one_reference(tmp_path: Path) -> None:
    body = ("Hierbij bied ik u de Voorjaarsnota 2007 aan. Tegelijk ontvangt u de suppletoire begrotingen die met de "
            "Voorjaarsnota samenhangen. Het saldo is beter dan in de Voorjaarsnota 2006 en in de Miljoenennota 2007.")
    assert [m.text for m in _letter(tmp_path, body)] == ["Voorjaarsnota 2007", "Voorjaarsnota 2006",
                                                          "Miljoenennota 2007"]


@pytest.mark.parametrize("text, expected", [
    # the Kamer's number of a letter after a comma is that letter's
    ("Zo voldoe ik aan het verzoek van de commissie (brief van 8 oktober 2015, kenmerk 2015Z18450).",
     [("brief", "2015Z18450")]),
    # a promise's number in a heading is its identifier; the citation on the next line is the debate's
    ("Toezegging T03129 – actieve openbaarmaking\nTijdens de plenaire behandeling (Handelingen I 2020/21, nr. 17, "
     "item 9) is dit toegezegd.", [("other", "T03129"), ("handelingen", "2020/21-17-9")]),
    # a citation after a clause about another paper is that paper's
    ("Tevens ontvangt u het verslag van de Raad van 14 en 15 oktober 2019, waarvoor ik u op 1 oktober 2019 de "
     "geannoteerde agenda zond (Kamerstuk 21 501-32, nr. 1187).", [("other", None), ("kamerstuk", "21501-32-1187")]),
    # the day a paper was sent names it, unless it is a clause of another reference
    ("Het rapport heb ik u op 6 juli 2007 toegezonden.", [("brief", None)]),
    ("Ik verwijs naar de vragen van het lid Nijboer (PvdA) over schade, die ik u op 23 augustus jl. heb gezonden "
     "(Aanhangsel Handelingen II 2018/19, nr. 3870).", [("kamervragen", "2018/19-3870")]),
])
def test_numbers_clauses_and_sendings(text: str, expected: list) -> None:
    assert [(citation.kind, citation.identifier) for citation in find_references(text, letter_date=JUNE_2023)] \
        == expected


def test_a_motion_named_again_by_its_short_name_is_no_second_reference(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2025\n\n"
                    "Uw Kamer heeft de motie-Kroon c.s. (Kamerstukken I 2023/24, 36 512, F) aangenomen.\n\n"
                    "De motie-Kroon c.s. verzoekt de regering de effecten te volgen.\n\n"
                    "De Minister van Volkshuisvesting,\n\nA. Tester\n", encoding="utf-8")
    assert [(m.kind, m.identifier) for m in mentions(path)] == [("motie", "36512-F")]


@pytest.mark.parametrize("text", [
    "Het kabinet zal dit in de artikel 100-brief van voor de zomer toelichten.",
    "In het mondelinge vragenuur van dinsdag heb ik geantwoord op vragen van het lid Jansen (SP) over de huren.",
    "Volgende week geef ik in het vragenuur antwoord op vragen van de leden Bikker en Grinwis.",
])
def test_no_paper_in_a_time_ahead_or_the_question_hour(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text, kind, identifier", [
    ("Ik heb de vragen van het lid Jansen (SP) over de huren op 3 mei beantwoord.", "kamervragen", None),
    ("De initiatiefnota van het lid Inge van Dijk (CDA) over het mbo (Kamerstuk 36 100, nr. 2) is besproken.",
     "kamerstuk", "36100-2"),
])
def test_papers_beside_those_near_misses(text: str, kind: str, identifier: str | None) -> None:
    assert [(item[0], item[1]) for item in found(text)] == [(kind, identifier)]


@pytest.mark.parametrize("text, expected", [
    # the citation that closes what a motion asks is the motion's, past a bracket closed in its request
    ("Op 3 mei jl. is de motie van de leden Jansen en De Vries aangenomen die de regering verzoekt de Kamer "
     "te informeren over de herziene Richtlijn hernieuwbare energie (Richtlijn (EU) 2023/2413) en de gevolgen "
     "daarvan (Kamerstuk 32 813, nr. 1400).",
     [("motie", "32813-1400")]),
    # and past a nota named in the request, which keeps no number of its own
    ("Daarbij is de motie van het lid Bakker aangenomen, die de regering verzoekt daartoe in de "
     "Voorjaarsnota 2024 middelen te reserveren (Kamerstuk 36 410, nr. 22).",
     [("motie", "36410-22"), ("other", None)]),
])
def test_a_motion_takes_the_citation_that_closes_its_request(text: str, expected: list) -> None:
    assert [(kind, identifier) for kind, identifier, _, _ in found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a letter named in the request with its citation right after it: the letter's number
    ("De motie van het lid Bakker, die de regering verzoekt de brief van 3 mei 2023 (Kamerstuk 36 410, nr. 9) "
     "uit te werken, is aangenomen.",
     [("motie", None), ("brief", "36410-9")]),
    # a new sentence after the request: no join
    ("De motie van het lid Bakker verzoekt de regering de regeling te verlengen. Zie ook Kamerstuk 36 410, nr. 22.",
     [("motie", None), ("kamerstuk", "36410-22")]),
    # no request after the motion: the citation after a bracket closed in between stays its own
    ("De motie van het lid Bakker over de regeling (aangenomen op 3 mei) staat in het overzicht (Kamerstuk 36 410, nr. 22).",
     [("motie", None), ("kamerstuk", "36410-22")]),
])
def test_a_motion_does_not_take_a_citation_outside_its_request(text: str, expected: list) -> None:
    assert [(kind, identifier) for kind, identifier, _, _ in found(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("In mijn Kamerbrief inzake de hersteloperatie van 14 februari 2023 (Kamerstuk 31 066, nr. 1180) staat dit.",
     [("brief", "31066-1180", date(2023, 2, 14))]),
    ("Ik verwijs naar de Kamerbrief over de stand van de woningbouw van 9 december 2022.",
     [("brief", None, date(2022, 12, 9))]),
    # the day of a meeting the subject ends with: no letter named by its day
    ("In mijn brief over de uitkomsten van de Raad van 4 maart 2023 staat dit.", []),
    ("In mijn brief over het debat van 12 maart jl. ga ik hierop in.", []),
])
def test_a_letter_named_by_its_subject_and_then_its_day(text: str, expected: list) -> None:
    assert [(item.kind, item.identifier, item.when) for item in find_references(text, letter_date=JUNE_2023)] \
        == expected


def test_a_note_below_the_signature_keeps_a_citation_that_its_description_took(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 11 november 2019\n\n"
                    "Geachte voorzitter,\n\n"
                    "Het tekort groeit1 en de motie2 is uitgevoerd.\n\n"
                    "De minister voor Basis- en Voortgezet Onderwijs en Media,\n\nArie Slob\n\n"
                    "1 Kamerstuk 27 923, nr. 370\n2 Motie van het lid Jansen, Kamerstuk 27 923, nr. 371\n",
                    encoding="utf-8")
    assert [(item.kind, item.identifier) for item in mentions(path)] == [("kamerstuk", "27923-370"),
                                                                        ("motie", "27923-371")]


@pytest.mark.parametrize("text, expected", [
    # after a comma the label of a citation is no further member of those who moved or asked
    ("Motie van het lid Jansen, Kamerstuk 27 923, nr. 371", ("motie", "27923-371")),
    ("Motie van het lid Jansen (CDA), Kamerstukken II 2019/20, 27 923, nr. 371", ("motie", "27923-371")),
    ("Vragen van het lid Jansen, Aanhangsel Handelingen II 2019/20, nr. 512", ("kamervragen", "2019/20-512")),
])
def test_a_citation_after_the_members_and_a_comma_is_theirs(text: str, expected: tuple) -> None:
    assert [(kind, identifier) for kind, identifier, _, _ in found(text)] == [expected]


def test_members_listed_with_commas_are_all_members() -> None:
    text = "de motie van de leden Jansen, Pietersen en De Vries over de regeling"
    assert [written for _, _, _, written in found(text)] == ["motie van de leden Jansen, Pietersen en De Vries"]


def test_a_note_whose_description_took_a_citation_gives_it_to_the_reference_its_marker_follows(
        tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 11 november 2019\n\n"
                    "Geachte voorzitter,\n\nDe motie van het lid Jansen2 is uitgevoerd.\n\n"
                    "De minister voor Basis- en Voortgezet Onderwijs en Media,\n\nArie Slob\n\n"
                    "2 Motie van het lid Jansen, Kamerstuk 27 923, nr. 371\n", encoding="utf-8")
    assert [(item.kind, item.identifier, item.text) for item in mentions(path)] \
        == [("motie", "27923-371", "motie van het lid Jansen")]


@pytest.mark.parametrize("text, written", [
    # a participle before the comma is left out, also of a separable verb; a noun after an article is kept
    ("De gemeente heeft een overzicht van de knelpunten opgesteld, dat ik bij deze brief voeg.",
     "een overzicht van de knelpunten"),
    ("Ik stuur een kaart van het gebied, die ik als bijlage bij deze brief voeg.", "een kaart van het gebied"),
])
def test_an_enclosure_before_its_relative_clause_is_the_noun_phrase(text: str, written: str) -> None:
    assert [item[3] for item in found(text)] == [written]


@pytest.mark.parametrize("text, expected", [
    # a plan, programme or agreement of the government by its name, its years or its day
    ("Dit is vastgelegd in het Masterplan Zorgvastgoed 2018–2022 van het ministerie.",
     [("other", None, "Masterplan Zorgvastgoed 2018–2022")]),
    ("Het Meerjarenprogramma Natuur en Landschap loopt tot 2030.",
     [("other", None, "Meerjarenprogramma Natuur en Landschap")]),
    ("In ons Meerjarenbeleidsplan 2021–2025 staat het toezicht centraal.",
     [("other", None, "Meerjarenbeleidsplan 2021–2025")]),
    ("De middelen komen uit het Meerjarenprogramma Infrastructuur, Ruimte en Transport (MIRT).",
     [("other", None, "Meerjarenprogramma Infrastructuur, Ruimte en Transport")]),
    ("Zo is afgesproken in het Bestuursakkoord opvang statushouders van 3 juni 2021 met de VNG.",
     [("other", None, "Bestuursakkoord opvang statushouders van 3 juni 2021")]),
    ("De sector heeft zich in het Sectorakkoord MBO aan deze doelen verbonden.",
     [("other", None, "Sectorakkoord MBO")]),
    # a name goes no further than its last capitalised word, and a list in it only when it closes with 'en'
    ("Het Masterplan DJI, de politie en de gemeenten werken samen.", [("other", None, "Masterplan DJI")]),
    # the compound alone, in lower case, as a heading, still being made or still to come: no named plan
    ("Het Bestuursakkoord is in 2021 gesloten.", []),
    ("In het meerjarenprogramma Natuur staat de planning.", []),
    ("Uitvoeringsprogramma\nDe gemeenten voeren het programma uit.", []),
    ("Het Bestuursakkoord Klimaat van 2020 is nog in voorbereiding.", []),
    ("Na de zomer ontvangt u het Masterplan Gevangeniswezen.", []),
    ("Een Meerjarenplan Handhaving ligt niet voor de hand.", []),
])
def test_a_named_plan_of_the_government(text: str, expected: list) -> None:
    assert [(kind, identifier, written) for kind, identifier, _, written in found(text)] == expected


def test_a_named_plan_takes_no_proceedings_of_the_debate_about_it() -> None:
    """The Handelingen after a plan named in words are those of the sitting in which it was debated: two
    references (a plan takes the number of a Kamerstuk after it, as any paper named in words does)."""
    text = ("Bij de behandeling van het Masterplan Jeugd 2010–2014 tijdens het notaoverleg van 22 juni jl. "
            "(Handelingen II 2009/10, nr. 98, item 4) zijn moties ingediend.")
    assert [(kind, identifier) for kind, identifier, _, _ in found(text)] == [
        ("other", None), ("handelingen", "2009/10-98-4")]
    text = "Dit staat in het Meerjarenplan Open Data (Kamerstuk 32 802, nr. 80)."
    assert [(kind, identifier) for kind, identifier, _, _ in found(text)] == [("other", "32802-80")]


def test_a_request_for_advice_sent_by_predecessors_is_named_by_its_day() -> None:
    text = "Het advies volgt op een adviesaanvraag van onze ambtsvoorgangers van 8 april 2019."
    assert [(item.kind, text[item.start:item.end], item.when) for item in find_references(text)] == [
        ("brief", "adviesaanvraag van onze ambtsvoorgangers van 8 april 2019", date(2019, 4, 8))]


def test_a_note_after_a_second_object_joined_by_en_van_is_that_objects(tmp_path: Path) -> None:
    """'een adviesaanvraag van <dag> en van het verzoek dat de commissie deed.1': the note cites the request,
    the second object, not the request for advice before it."""
    path = tmp_path / "letter.txt"
    path.write_text("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 11 november 2019\n\n"
                    "Geachte voorzitter,\n\nHet advies volgt op een adviesaanvraag van 8 april 2019 en van het "
                    "verzoek dat de vaste commissie in het algemeen overleg deed.1\n\n"
                    "De minister van Defensie,\n\nA. Jansen\n\n"
                    "1 Kamerstuk 33 000 X, nr. 12\n", encoding="utf-8")
    assert [(item.kind, item.identifier) for item in mentions(path)] == [("brief", None),
                                                                        ("kamerstuk", "33000-X-12")]
