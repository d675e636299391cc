"""Properties (hypothesis): no input breaks clean, structure or extraction, and offsets are true.

- any Unicode text, and text stitched from the pieces letters are made of (labels, dates,
  role lines, footnote markers, Markdown, hyphenated line ends), goes through clean,
  structure and every registered extractor without an exception;
- every clean character that is not white space was copied from the source at the offset
  the clean text's map gives for it;
- every fact's evidence quotes the source exactly at its offsets, and its clean quote was
  made from that passage;
- a generated letter with page headers, footers and Markdown comes out of clean without
  them, and with every word of its body in order;
- any text given as a query parameter is bound as one literal and comes back unchanged.

The runs are bounded (settings below) so the file finishes in a minute or two on CI.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Store

from conftest import EXTRA, SAMPLES
from kg.read.clean import clean
from kg.extract import EXTRACTORS, extract
from kg.domain.model import CleanText, Extraction, Letter
from kg.query import run_query
from kg.read.structure import structure

# 150 examples each in CI; KG_HYPOTHESIS_EXAMPLES=5000 for a long hunt
BOUNDED = settings(max_examples=int(os.environ.get("KG_HYPOTHESIS_EXAMPLES", "150")), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])


def letter_of(text: str) -> Letter:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Letter(path=Path("generated.txt"), text=text, sha256=digest, media_type="text/plain")


def read(text: str) -> Extraction:
    """Clean, structure and run every registered extractor, as a build does."""
    return extract(structure(clean(letter_of(text))), EXTRACTORS)


def assert_clean_maps_to_source(cleaned: CleanText) -> None:
    source = cleaned.letter.text
    for offset, character in enumerate(cleaned.text):
        if character.isspace():
            continue  # spaces and line ends are made by joining words and lines
        position = cleaned.to_source(offset)
        assert 0 <= position < len(source), (offset, position)
        assert source[position] == character, (offset, character, source[max(0, position - 10):position + 10])


def is_subsequence(needle: str, haystack: str) -> bool:
    remaining = iter(haystack)
    return all(character in remaining for character in needle)


def assert_evidence_is_exact(extraction: Extraction) -> None:
    source = extraction.document.letter.text
    for fact in extraction.facts:
        evidence = fact.evidence
        assert 0 <= evidence.start <= evidence.end <= len(source), (fact, evidence)
        assert source[evidence.start:evidence.end] == evidence.exact, (type(fact).__name__, evidence)
        squeezed = re.sub(r"\s+", "", evidence.text)
        assert is_subsequence(squeezed, evidence.exact), (type(fact).__name__, evidence.text, evidence.exact)


def assert_document_is_consistent(extraction: Extraction) -> None:
    document = extraction.document
    length = len(document.text)
    for sentence in document.sentences:
        assert 0 <= sentence.span.start <= sentence.span.end <= length
        assert document.text[sentence.span.start:sentence.span.end] == sentence.text
    for paragraph in document.paragraphs:
        assert 0 <= paragraph.span.start <= paragraph.span.end <= length


# ---------------------------------------------------------------- any text

@BOUNDED
@given(st.text(max_size=400))
def test_any_unicode_goes_through_every_stage(text):
    extraction = read(text)
    assert_clean_maps_to_source(extraction.document.clean)
    assert_evidence_is_exact(extraction)
    assert_document_is_consistent(extraction)


# ---------------------------------------------------------------- text made of letter pieces

PIECES = [
    "Datum", "Datum 3 april 2024", "Ons kenmerk 4585180", "Uw kenmerk 2021Z05840", "Onderwerp",
    "Onderwerp Reactie op het rapport van de Inspectie", "Aan de Voorzitter van de Tweede Kamer",
    "der Staten-Generaal", "Postbus 20011", "2500 EH  DEN HAAG", "Den Haag, 18 maart 2011",
    "19 637 Vreemdelingenbeleid", "Nr. 1405 BRIEF VAN DE MINISTER VOOR IMMIGRATIE EN ASIEL",
    "Directoraat-Generaal Migratie", "Directie Migratiebeleid", "Ministerie van Justitie en Veiligheid",
    "De Staatssecretaris van Justitie en Veiligheid,", "De Minister voor Immigratie en Asiel,",
    "E. van der Burg", "Ankie Broekers-Knol", "G. B. M. Leers", "Pagina 2 van 5", "- 3 -",
    "Conclusies", "Aanbevelingen", "Slotbeschouwing", "Kabinetsreactie",
    "Ik neem deze aanbeveling over.", "Het kabinet neemt de aanbeveling gedeeltelijk over.",
    "Ik zeg toe uw Kamer voor de zomer van 2024 te informeren over de voortgang.",
    "De Inspectie Justitie en Veiligheid (hierna: de Inspectie) heeft onderzoek gedaan.",
    "het Centraal Orgaan opvang asielzoekers (COA) en de IND", "Kamerstuk 19637, nr. 2565",
    "op verzoek van het lid Van der Staaij (SGP)", "artikel 3 van het EVRM", "de Vreemdelingenwet 2000",
    "Tijdens het commissiedebat van 4 juli 2023 is gesproken over de opvang.",
    "¹ Kamerstukken II 2022/23, 19637, nr. 3100", "² Handelingen II 2021/22, nr. 12", "Noten", "1",
    "**Aanleiding**", "# Conclusies", "> Retouradres Postbus 20301", "[rapport](https://example.org/r.pdf)",
    "Het onderzoek naar de vermoe-", "dens van misbruik is afgerond.", "o.a. de IND, jl. de brief van 1 mei",
    "1. Zorg voor betere opvang;", "- een lijst met een punt", "a) het eerste onderdeel",
]


@st.composite
def letter_like(draw) -> str:
    lines = draw(st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(PIECES), st.text(max_size=40),
                                    st.just("")), max_size=40))
    separators = draw(st.lists(st.sampled_from(["\n", "\n\n", " ", "\n\f\n", "\r\n"]),
                               min_size=len(lines), max_size=len(lines)))
    return "".join(line + separator for line, separator in zip(lines, separators))


@BOUNDED
@given(letter_like())
def test_text_made_of_letter_pieces_goes_through_every_stage(text):
    extraction = read(text)
    assert_clean_maps_to_source(extraction.document.clean)
    assert_evidence_is_exact(extraction)
    assert_document_is_consistent(extraction)


# ---------------------------------------------------------------- page furniture and markup

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzëéï", min_size=4, max_size=12)  # lines of a real width
HEADER = ["Directoraat-Generaal Migratie", "Directie Migratiebeleid", "Datum", "22 juni 2023",
          "Ons kenmerk", "4585180"]


@st.composite
def paged_letter(draw) -> tuple[str, list[str]]:
    """A letter of wrapped paragraphs spread over pages, each page starting with the sender block."""
    paragraphs = draw(st.lists(st.lists(WORD, min_size=15, max_size=60), min_size=2, max_size=8))
    emphasis = draw(st.lists(st.booleans(), min_size=len(paragraphs), max_size=len(paragraphs)))
    head = ["Ministerie van Justitie en Veiligheid", "", *HEADER[:2], "", "Aan de Voorzitter van de Tweede Kamer",
            "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG", "", "Datum 22 juni 2023",
            "Onderwerp Voortgang", "", "Geachte voorzitter,", ""]
    body_lines: list[str] = []
    words: list[str] = []
    for paragraph, emphasised in zip(paragraphs, emphasis):
        sentence = paragraph[:]
        sentence[0] = sentence[0].capitalize()
        words.extend(sentence)
        if emphasised:
            sentence[0] = f"**{sentence[0]}"
            sentence[-1] = f"{sentence[-1]}**"
        sentence[-1] += "."
        line: list[str] = []
        for word in sentence:
            if sum(len(w) + 1 for w in line) + len(word) > 75:
                body_lines.append(" ".join(line))
                line = []
            line.append(word)
        body_lines.append(" ".join(line))
        body_lines.append("")
    pages: list[str] = []
    page_length = draw(st.integers(min_value=6, max_value=20))
    for page, first in enumerate(range(0, len(body_lines), page_length), start=1):
        furniture = [*HEADER, "", f"Pagina {page} van 9", ""] if page > 1 else []
        pages.append("\n".join(furniture + body_lines[first:first + page_length]))
    closing = ["", "De Staatssecretaris van Justitie en Veiligheid,", "", "E. van der Burg", ""]
    text = "\n".join(head) + "\n" + "\n\f\n".join(pages) + "\n" + "\n".join(closing)
    return text, words


@BOUNDED
@given(paged_letter())
def test_clean_text_keeps_the_body_and_drops_furniture_and_markup(generated):
    text, words = generated
    cleaned = clean(letter_of(text))
    body = cleaned.text[cleaned.head_end:cleaned.body_end]
    assert "**" not in body and "\f" not in body
    for line in body.split("\n"):
        assert not re.fullmatch(r"Pagina \d+ van \d+", line), line
        assert line not in HEADER, line
    found = re.findall(r"[a-zëéï]+", body.lower())
    assert is_subsequence_of_words([word.lower() for word in words], found), (words, body)
    assert_clean_maps_to_source(cleaned)


def test_running_text_that_wraps_onto_a_label_word_is_kept():
    """Found by the property above: a line 'bijlage.' in running text is no page furniture."""
    body = [
        "Het rapport van de inspectie over de opvang van alleenstaande minderjarigen vindt u in de",
        "bijlage.",
        "",
        "Bijlage 2 toont de cijfers.",
        "",
        "\f",
        "Directoraat-Generaal Migratie",
        "Datum",
        "22 juni 2023",
        "Pagina 2 van 3",
        "",
        "De inspectie heeft daarvoor gesproken met medewerkers van de opvang en met de jongeren zelf.",
    ]
    head = ["Directoraat-Generaal Migratie", "", "Datum 22 juni 2023", "Onderwerp Opvang", ""]
    cleaned = clean(letter_of("\n".join(head + body) + "\n"))
    text = cleaned.text[cleaned.head_end:cleaned.body_end]
    assert "vindt u in de bijlage." in text
    assert "Bijlage 2 toont de cijfers." in text
    assert "Pagina 2 van 3" not in text and "22 juni 2023" not in text
    assert_clean_maps_to_source(cleaned)


def is_subsequence_of_words(needle: list[str], haystack: list[str]) -> bool:
    remaining = iter(haystack)
    return all(word in remaining for word in needle)


# ---------------------------------------------------------------- query parameters

@BOUNDED
@given(st.text(max_size=80))
def test_any_parameter_value_is_bound_as_one_literal(value):
    """Any text given as a parameter is one literal the rows are filtered by: it cannot change the
    query or the store, and exactly the row holding that text comes back, with the text intact."""
    from pyoxigraph import Literal, NamedNode, Quad
    store = Store()
    graph, predicate = NamedNode("urn:test:graph"), NamedNode("http://e/value")
    for index, text in enumerate([value, value + "!", "!" + value, "other"]):
        store.add(Quad(NamedNode(f"http://e/s{index}"), predicate, Literal(text), graph))
    before = sorted(str(quad) for quad in store)
    sparql = "SELECT ?s ?value WHERE { GRAPH ?g { ?s <http://e/value> ?value } }"
    table = run_query(store, sparql, {"value": value}, match="exact")
    expected = [("http://e/s0", value)] + ([("http://e/s3", value)] if value == "other" else [])
    assert sorted((row[0].value, row[1].value) for row in table.rows) == expected
    run_query(store, sparql, {"value": value})  # the default (contains) match parses too
    assert sorted(str(quad) for quad in store) == before


# Letters of the Latin scripts with or without accents, digits, punctuation and spaces: the text a
# user types (compatibility forms such as '½' or 'Ĳ' fold to several letters and are left out).
LATIN_TEXT = st.characters(min_codepoint=0x20, max_codepoint=0x24F, categories=("L", "N", "P", "Zs")).filter(
    lambda char: unicodedata.normalize("NFKD", char) == unicodedata.normalize("NFD", char))


@BOUNDED
@given(st.text(alphabet=LATIN_TEXT, max_size=40))
def test_a_text_parameter_finds_the_text_it_was_given(value):
    """With the default match (contains, case and accents ignored) a value finds its own row and
    the row that continues it after a space, and not a row where it stands inside a word."""
    from pyoxigraph import Literal, NamedNode, Quad
    store = Store()
    graph, predicate = NamedNode("urn:test:graph"), NamedNode("http://e/value")
    glued = ("q" if value[:1].isdigit() else "0") + value  # the value inside a word
    for index, text in enumerate([value, value + " vervolg", glued]):
        store.add(Quad(NamedNode(f"http://e/s{index}"), predicate, Literal(text), graph))
    sparql = "SELECT ?s ?value WHERE { GRAPH ?g { ?s <http://e/value> ?value } }"
    found = {row[0].value: row[1].value for row in run_query(store, sparql, {"value": value}).rows}
    assert found.get("http://e/s0") == value and found.get("http://e/s1") == value + " vervolg"
    if value[:1].isalnum():
        assert "http://e/s2" not in found


def test_the_registry_is_what_runs():
    """The properties above run every registered extractor; there must be some."""
    assert EXTRACTORS and all(extractor.id.endswith(f".v{extractor.version}") for extractor in EXTRACTORS)


# ---------------------------------------------------------------- the real letters

REAL_LETTERS = sorted(SAMPLES.glob("*.txt")) + sorted(EXTRA.glob("*.txt"))


def test_offsets_and_evidence_are_exact_on_every_real_letter():
    from kg.read.ingest import read_letter
    assert len(REAL_LETTERS) >= 10
    for path in REAL_LETTERS:
        extraction = read(read_letter(path).text)
        assert extraction.facts, path
        assert_clean_maps_to_source(extraction.document.clean)
        assert_evidence_is_exact(extraction)
        assert_document_is_consistent(extraction)
