"""A small dataset with every kind of relation the views draw, built by kg's own build stage.

The letter tests/data/export/network_letter.txt is hand-made; the real stages clean and
structure it and the real signatory extractor reads its closing. The other facts (the
report, its two recommendations with their responses, the organisation mentions, a
commitment) are stated here by hand with evidence on the letter's own text, so the view
tests do not depend on how far the other extractors have got.
"""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import Quad

from kg.resolve.answers import letter_answers
from kg.rdf.build import build_entities, build_letter, entity_triples
from kg.read.clean import clean
from kg.extract import evidence, extract, signatories
from kg.read.ingest import read_letter
from kg.rdf.iris import Minter
from kg.domain.model import (CommitmentFact, Document, Extraction, OrganisationMention, RecommendationFact, ReportFact,
                      ResponseFact, Span)
from kg.resolve.entities import resolve
from kg.read.structure import structure

LETTER = Path(__file__).resolve().parent / "data" / "export" / "network_letter.txt"
TOOL = "handmade.v1"
INSPECTIE = "inspectie-justitie-en-veiligheid"
COA = "centraal-orgaan-opvang-asielzoekers"
IND = "immigratie-en-naturalisatiedienst"
REPORT = "toezicht-op-de-opvang"


def _span(document: Document, text: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = document.text.index(text, start + 1)
    return Span(start, start + len(text))


def _organisation(document: Document, written: str, key: str, canonical: str, kind: str,
                  occurrence: int = 1) -> OrganisationMention:
    return OrganisationMention(evidence(document, _span(document, written, occurrence), TOOL, "handmade"),
                               name=written, key=key, canonical_name=canonical, kind=kind)


def network_extraction() -> Extraction:
    document = structure(clean(read_letter(LETTER)))
    signatures = extract(document, [signatories.EXTRACTOR]).facts  # the real signatory extractor
    sentence_accept = "De Inspectie Justitie en Veiligheid beveelt aan dat het Centraal Orgaan opvang " \
                      "asielzoekers de signalering van incidenten verbetert."
    sentence_reject = "De Inspectie beveelt daarnaast aan dat de Immigratie- en Naturalisatiedienst de " \
                      "beslistermijnen beter bewaakt."
    facts = [
        _organisation(document, "Inspectie Justitie en Veiligheid", INSPECTIE, "Inspectie Justitie en Veiligheid",
                      "inspectorate", 1),
        _organisation(document, "Inspectie Justitie en Veiligheid", INSPECTIE, "Inspectie Justitie en Veiligheid",
                      "inspectorate", 2),
        _organisation(document, "Centraal Orgaan opvang asielzoekers", COA, "Centraal Orgaan opvang asielzoekers",
                      "agency"),
        _organisation(document, "Immigratie- en Naturalisatiedienst", IND, "Immigratie- en Naturalisatiedienst",
                      "agency"),
        ReportFact(evidence(document, _span(document, "'Toezicht op de opvang'", 2), TOOL, "handmade"),
                   title="Toezicht op de opvang", key=REPORT, genre="rapport", authors=(INSPECTIE,),
                   responded=True),
        RecommendationFact(
            evidence(document, _span(document, sentence_accept), TOOL, "handmade"),
            text="de signalering van incidenten verbeteren", number=1, report=REPORT,
            report_title="Toezicht op de opvang", addressee="het Centraal Orgaan opvang asielzoekers",
            addressee_key=COA,
            response=ResponseFact(evidence(document, _span(document, "Ik neem deze aanbeveling over."), TOOL,
                                           "handmade"), stance="accepted", cue="neem over")),
        RecommendationFact(
            evidence(document, _span(document, sentence_reject), TOOL, "handmade"),
            text="de beslistermijnen beter bewaken", number=2, report=REPORT,
            report_title="Toezicht op de opvang", addressee="de Immigratie- en Naturalisatiedienst",
            addressee_key=IND,
            response=ResponseFact(evidence(document, _span(document, "Deze aanbeveling neem ik niet over."), TOOL,
                                           "handmade"), stance="rejected", cue="niet over")),
        CommitmentFact(evidence(document, _span(document, "Ik zal uw Kamer voor de zomer van 2024 informeren over "
                                                          "de voortgang."), TOOL, "handmade"),
                       text="uw Kamer informeren over de voortgang", number=1, due="2024-06",
                       due_text="voor de zomer van 2024"),
    ]
    return Extraction(document=document, facts=tuple(signatures) + tuple(facts))


def network_quads(base: str = "https://example.org/kg/") -> list[Quad]:
    """The quads of the hand-made letter: its letter graph and the entities graph."""
    extraction = network_extraction()
    resolution = resolve([extraction])
    minter = Minter(base)
    answers = letter_answers(resolution, extraction)
    letter = build_letter(extraction, answers, minter)
    return letter.quads + build_entities(resolution, minter, [entity_triples(extraction, answers, minter)])
