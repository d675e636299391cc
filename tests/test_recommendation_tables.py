"""Recommendations in a table turned into text (kg/extract/recommendations/tables.py): a header row naming the
recommendations' column, one row a recommendation, its answer cell its response; as plain text and as Markdown."""
from __future__ import annotations

from pathlib import Path

import pytest
from test_recommendations import answer, recommendations

from kg.engine import read_document
from kg.read.ingest import read_letter

HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2024\n\n"
OPENING = ("De Inspectie Justitie en Veiligheid heeft op 1 februari 2024 het rapport 'Toezicht op de opvang' "
           "gepubliceerd. Hieronder staan de aanbevelingen van de inspectie en mijn reactie daarop.\n\n")
CLOSING = "\n\nDe Minister van Asiel en Migratie,\n\nA. Tester\n"
PLAIN = """Tabel 1 Aanbevelingen en reactie
Nr. | Aanbeveling | Gericht aan | Reactie
1 | Zorg voor voldoende personeel op alle locaties. | COA | Onderschreven. Het COA werft extra medewerkers.
2 | Registreer incidenten eenduidig in één systeem. | COA | Deels overgenomen. Eén systeem is pas in 2026 haalbaar.
3 | Evalueer de opvangnorm binnen een jaar. | Minister | Niet overgenomen. De norm is in 2023 geëvalueerd."""
MARKDOWN = """| Nr. | Aanbeveling | Gericht aan | Reactie |
|---|---|---|---|
| 1 | Zorg voor voldoende personeel op alle locaties. | COA | Onderschreven. Het COA werft extra medewerkers. |
| 2 | Registreer incidenten eenduidig in één systeem. | COA | Deels overgenomen. Eén systeem is pas in 2026 haalbaar. |
| 3 | Evalueer de opvangnorm binnen een jaar. | Minister | Niet overgenomen. De norm is in 2023 geëvalueerd. |"""
EXPECTED = [("Zorg voor voldoende personeel op alle locaties.", "COA", "accepted"),
            ("Registreer incidenten eenduidig in één systeem.", "COA", "partially"),
            ("Evalueer de opvangnorm binnen een jaar.", "Minister", "rejected")]


def read(tmp_path: Path, table: str, suffix: str = ".txt") -> list:
    path = tmp_path / f"letter{suffix}"
    path.write_text(HEAD + OPENING + table + CLOSING, encoding="utf-8")
    return recommendations(list(read_document(read_letter(path)).facts))


@pytest.mark.parametrize("table, suffix", [(PLAIN, ".txt"), (MARKDOWN, ".md")])
def test_each_row_is_a_recommendation_answered_by_its_own_cell(tmp_path: Path, table: str, suffix: str) -> None:
    found = read(tmp_path, table, suffix)
    assert [(fact.text, fact.addressee, answer(fact).stance) for fact in found] == EXPECTED
    assert all(fact.evidence.rule == "row of a table of recommendations" for fact in found)
    assert found[0].report_title == "Toezicht op de opvang"


def test_a_table_without_a_column_of_recommendations_is_none(tmp_path: Path) -> None:
    table = ("Maatregel | Planning | Status\nExtra personeel werven voor alle locaties | 2024 | loopt\n"
             "Eén registratiesysteem invoeren | 2026 | gepland")
    assert read(tmp_path, table) == []


def test_a_row_of_a_table_stands_alone_in_the_clean_text(tmp_path: Path) -> None:
    """Rows of a Markdown table, not parted by empty lines, were joined into one paragraph."""
    path = tmp_path / "letter.md"
    path.write_text(HEAD + OPENING + MARKDOWN + CLOSING, encoding="utf-8")
    document = read_document(read_letter(path)).document
    rows = [document.text[p.span.start:p.span.end] for p in document.paragraphs
            if document.text[p.span.start:p.span.end].startswith("|")]
    assert len(rows) == 5 and rows[2].startswith("| 1 | Zorg voor")


HTML = """<html><body><p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p><p>Den Haag, 3 maart 2024</p>
<p>{opening}</p>
<table><tr><th>Nr.</th><th>Aanbeveling</th><th>Gericht aan</th><th>Reactie</th></tr>
<tr><td>1</td><td>Zorg voor voldoende personeel op alle locaties.</td><td>COA</td>
<td><p>Onderschreven.</p><p>Het COA werft<br>extra medewerkers.</p></td></tr>
<tr><td>2</td><td>Registreer incidenten eenduidig in één systeem.</td><td>COA</td><td>Deels overgenomen.</td></tr>
<tr><td>3</td><td>Evalueer de opvangnorm binnen een jaar.</td><td>Minister</td><td>Niet overgenomen.</td></tr></table>
<p>De Minister van Asiel en Migratie,</p><p>A. Tester</p></body></html>"""


def test_a_table_of_a_web_page_is_read_row_by_row(tmp_path: Path) -> None:
    """The cells of an HTML table were run together with spaces, a cell's paragraphs on lines of their own."""
    path = tmp_path / "letter.html"
    path.write_text(HTML.format(opening=OPENING.strip()), encoding="utf-8")
    facts = recommendations(list(read_document(read_letter(path)).facts))
    assert [(fact.text, fact.addressee, answer(fact).stance) for fact in facts] == EXPECTED
    text = " ".join(read_letter(path).text.split())
    assert "1 | Zorg voor voldoende personeel op alle locaties. | COA | Onderschreven. Het COA werft extra" in text


def test_a_table_of_the_official_xml_is_read_row_by_row(tmp_path: Path) -> None:
    """Each cell (``entry``) of the official XML was a paragraph of its own."""
    from test_officialxml import LETTER
    table = ("<table><tgroup cols='3'><thead><row><entry><al>Nr.</al></entry><entry><al>Aanbeveling</al></entry>"
             "<entry><al>Reactie</al></entry></row></thead><tbody><row><entry><al>1</al></entry><entry><al>Zorg voor "
             "een meldpunt voor alle decentrale bestuurders.</al></entry><entry><al>Overgenomen.</al><al>Het meldpunt "
             "opent in 2024.</al></entry></row><row><entry><al>2</al></entry><entry><al>Maak de integriteitstoets "
             "wettelijk verplicht.</al></entry><entry><al>Niet overgenomen.</al></entry></row></tbody></tgroup></table>")
    xml = LETTER.read_text(encoding="utf-8").replace('<tussenkop kopopmaak="vet">Inleiding</tussenkop>',
                                                     table + '<tussenkop kopopmaak="vet">Inleiding</tussenkop>', 1)
    path = tmp_path / "kst-28844-269.xml"
    path.write_text(xml, encoding="utf-8")
    assert "\n\n1 | Zorg voor een meldpunt voor alle decentrale bestuurders. | Overgenomen. Het meldpunt opent" \
        in read_letter(path).text
    facts = recommendations(list(read_document(read_letter(path)).facts))
    assert [(fact.text, answer(fact).stance) for fact in facts if fact.evidence.rule.startswith("row of")] == [
        ("Zorg voor een meldpunt voor alle decentrale bestuurders.", "accepted"),
        ("Maak de integriteitstoets wettelijk verplicht.", "rejected")]
