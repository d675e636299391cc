"""Build: facts -> quads. One named graph per letter, one for shared entities, one for the build.

A letter graph holds the letter's metadata, its source file (with sha256), its signatures,
and every fact read from it with its evidence (W3C Web Annotation selectors: the quote, its
prefix and suffix, and its start and end in the source text). It holds nothing that depends
on the time of the run or on other letters, so building the same letter twice gives the same
graph. The entities graph holds the canonical description of every organisation, person and
post that the letters mention; the build graph holds the run's timestamps.

Quads are pyoxigraph terms: writing them out is done in Rust, and the same quads go straight
into an Oxigraph store.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

from pyoxigraph import Literal, NamedNode, Quad

from . import __version__
from .iris import Minter, letter_slug, slug
from .model import (CommitmentFact, EventMention, Evidence, Extraction, FindingFact,
                    LegalInstrumentMention, OrganisationMention, PersonMention, PostMention,
                    RecommendationFact, ReferenceMention, ReportFact, Resolution, SignatoryFact)
from .vocab import DCTERMS, FOAF, KB, OA, ORG, ORG_KINDS, OWL, PROV, RDF, RDFS, REFKIND, SCHEMA, SKOS, TIME, XSD

STAGE = "build.v1"
CONTEXT = 32  # characters of prefix and suffix kept with each quote


@dataclass
class LetterGraph:
    letter_id: str
    graph: NamedNode
    letter: NamedNode
    quads: list[Quad]
    sha256: str
    source_name: str


class _Graph:
    """Collects the quads of one named graph."""

    def __init__(self, graph: NamedNode):
        self.graph = graph
        self.quads: list[Quad] = []

    def add(self, subject: NamedNode, predicate: NamedNode, obj: NamedNode | Literal) -> None:
        self.quads.append(Quad(subject, predicate, obj, self.graph))

    def text(self, subject: NamedNode, predicate: NamedNode, value: str | None) -> None:
        if value:
            self.quads.append(Quad(subject, predicate, Literal(value), self.graph))

    def typed(self, subject: NamedNode, predicate: NamedNode, value: object, datatype: NamedNode) -> None:
        if value is not None and value != "":
            self.quads.append(Quad(subject, predicate, Literal(str(value), datatype=datatype), self.graph))


def date_literal_type(value: str) -> NamedNode:
    """xsd:date for 2023-03-30, xsd:gYearMonth for 2013-12, xsd:gYear for 2022."""
    return {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)


def letter_id(extraction: Extraction) -> str:
    document = extraction.document
    return letter_slug(document.letter, document.head)


def build_letter(extraction: Extraction, resolution: Resolution, minter: Minter) -> LetterGraph:
    """The named graph of one letter."""
    document = extraction.document
    head = document.head
    lid = letter_id(extraction)
    g = _Graph(minter.letter_graph(lid))
    letter = minter.letter(lid)
    source = minter.source(document.letter.sha256)

    g.add(letter, RDF.type, KB.Letter)
    g.text(letter, DCTERMS.identifier, lid)
    if head.date:
        g.typed(letter, DCTERMS.date, head.date.isoformat(), XSD.date)
    g.text(letter, KB.kenmerk, head.kenmerk)
    g.text(letter, KB.uwKenmerk, head.uw_kenmerk)
    g.text(letter, KB.subject, head.subject)
    g.text(letter, DCTERMS.title, head.subject or (head.heading.capitalize() if head.heading else None))
    g.text(letter, KB.kamerstuk, head.kamerstuk)
    g.text(letter, KB.dossier, head.dossier)
    g.text(letter, KB.letterNumber, head.number if head.dossier else None)
    g.text(letter, KB.heading, head.heading)
    g.text(letter, KB.addressee, head.addressee)
    for unit in (head.directorate_general, head.directorate, head.unit):
        if unit:
            org = minter.organisation(resolution.organisation(slug(unit)))
            if slug(unit) in resolution.organisations or resolution.organisation(slug(unit)) in resolution.organisations:
                g.add(letter, KB.senderUnit, org)
    g.add(letter, PROV.wasDerivedFrom, source)
    extraction_run = minter.iri("activity", "kg", __version__)
    g.add(letter, PROV.wasGeneratedBy, extraction_run)
    g.add(extraction_run, RDF.type, PROV.Activity)
    g.add(extraction_run, PROV.wasAssociatedWith, minter.software(__version__))
    g.add(minter.software(__version__), RDF.type, PROV.SoftwareAgent)
    g.text(minter.software(__version__), RDFS.label, f"kg {__version__}")
    g.text(minter.software(__version__), KB.toolVersion, __version__)
    g.add(source, RDF.type, KB.SourceFile)
    g.add(source, RDF.type, PROV.Entity)
    g.text(source, KB.sha256, document.letter.sha256)
    g.text(source, KB.fileName, document.letter.name)
    g.text(source, KB.mediaType, document.letter.media_type)

    counters: dict[str, int] = {}

    def node(kind: str, fact_evidence: Evidence) -> NamedNode:
        base = f"{kind}-{fact_evidence.start}-{fact_evidence.end}"
        counters[base] = counters.get(base, 0) + 1
        suffix = "" if counters[base] == 1 else f"-{counters[base]}"
        return minter.in_letter(lid, kind, f"{fact_evidence.start}-{fact_evidence.end}{suffix}")

    def with_evidence(subject: NamedNode, fact_evidence: Evidence) -> None:
        _evidence(g, subject, fact_evidence, letter, document.letter.text)

    sentences_written: set[int] = set()

    def add_mention(entity: NamedNode, fact_evidence: Evidence, written: str | None,
                    listed: bool = True) -> NamedNode:
        """A kb:Mention of ``entity``: the letter, the name as written, the sentence, the evidence.

        ``listed`` adds ``letter kb:mentions entity`` (reports are linked by kb:respondsTo or
        kb:cites instead)."""
        mention = node("mention", fact_evidence)
        if listed:
            g.add(letter, KB.mentions, entity)
        g.add(mention, RDF.type, KB.Mention)
        g.add(mention, KB.mentionOf, entity)
        g.add(mention, KB.inLetter, letter)
        g.text(mention, KB.nameAsWritten, written)
        sentence = document.sentence_at(fact_evidence.clean_start)
        if sentence is not None:
            sentence_node = minter.in_letter(lid, "sentence", str(sentence.span.start))
            g.add(mention, KB.inSentence, sentence_node)
            if sentence.span.start not in sentences_written:
                sentences_written.add(sentence.span.start)
                g.add(sentence_node, RDF.type, KB.Sentence)
                g.text(sentence_node, RDF.value, sentence.text)
                g.add(sentence_node, KB.inLetter, letter)
        with_evidence(mention, fact_evidence)
        return mention

    for fact in extraction.facts:
        if isinstance(fact, SignatoryFact):
            sig = node("signature", fact.evidence)
            person = minter.person(resolution.person(fact.person_key))
            post = minter.post(fact.post_key)
            g.add(letter, KB.signature, sig)
            g.add(sig, RDF.type, KB.Signature)
            g.add(sig, KB.signatory, person)
            g.text(sig, KB.roleLabel, fact.role)
            g.text(sig, KB.nameAsWritten, fact.name)
            g.add(sig, KB.post, post)
            g.add(letter, DCTERMS.creator, person)
            g.add(person, RDF.type, FOAF.Person)
            g.add(person, ORG.holds, post)
            g.add(post, RDF.type, ORG.Post)
            g.add(post, ORG.heldBy, person)
            with_evidence(sig, fact.evidence)
        elif isinstance(fact, OrganisationMention):
            add_mention(minter.organisation(resolution.organisation(fact.key)), fact.evidence, fact.name)
        elif isinstance(fact, PostMention):  # 'de Staatssecretaris': only when the build knows who held it
            holder = resolution.holder(fact.post_key, fact.date)
            if holder:
                mention = add_mention(minter.person(holder), fact.evidence, fact.role)
                g.text(mention, KB.roleLabel, fact.role)
        elif isinstance(fact, PersonMention):
            person = minter.person(resolution.person(fact.key))
            mention = add_mention(person, fact.evidence, fact.name)
            g.add(person, RDF.type, FOAF.Person)
            g.text(mention, KB.roleLabel, fact.role)
            if fact.party:
                party = minter.organisation(resolution.organisation(fact.party))
                membership = minter.in_letter(lid, "membership", slug(fact.key), fact.party)
                g.add(person, ORG.memberOf, party)
                g.add(membership, RDF.type, ORG.Membership)
                g.add(membership, ORG.member, person)
                g.add(membership, ORG.organization, party)
                if head.date:
                    interval = minter.in_letter(lid, "during", head.date.isoformat())
                    g.add(membership, ORG.memberDuring, interval)
                    g.add(interval, RDF.type, TIME.Interval)
                    g.typed(interval, TIME.inside, head.date.isoformat(), XSD.date)
            if fact.organisation:
                g.add(mention, KB.post, minter.organisation(resolution.organisation(fact.organisation)))
        elif isinstance(fact, LegalInstrumentMention):
            instrument = minter.instrument(fact.key)
            g.add(instrument, RDF.type, KB.LegalInstrument)
            g.text(instrument, SKOS.prefLabel, fact.name)
            g.text(instrument, KB.instrumentKind, fact.kind)
            mention = add_mention(instrument, fact.evidence, fact.written or fact.name)
            g.text(mention, KB.article, fact.article)
        elif isinstance(fact, ReferenceMention):
            ref = node("reference", fact.evidence)
            g.add(letter, DCTERMS.references, ref)
            g.add(ref, RDF.type, KB.Reference)
            g.add(ref, KB.referenceKind, REFKIND[fact.kind] if fact.kind in REFKIND.terms else REFKIND.other)
            g.text(ref, KB.normalisedIdentifier, fact.identifier)
            g.text(ref, KB.officialIdentifier, fact.official_id)
            g.text(ref, KB.referenceText, fact.text)
            if fact.date:
                g.typed(ref, DCTERMS.date, fact.date.isoformat(), XSD.date)
            with_evidence(ref, fact.evidence)
        elif isinstance(fact, EventMention):
            event = node("event", fact.evidence)
            g.add(letter, KB.mentions, event)
            g.add(event, RDF.type, KB.Event)
            g.text(event, KB.eventKind, fact.kind)
            g.text(event, RDFS.label, fact.label)
            if fact.date:
                g.typed(event, KB.eventDate, fact.date, date_literal_type(fact.date))
            with_evidence(event, fact.evidence)
        elif isinstance(fact, ReportFact):
            report = minter.report(fact.key)
            g.add(report, RDF.type, SCHEMA.Report)
            g.add(report, RDF.type, KB.Report)
            g.text(report, DCTERMS.title, fact.title)
            g.text(report, KB.reportGenre, fact.genre)
            if fact.date:
                g.typed(report, KB.reportDate, fact.date, date_literal_type(fact.date))
            for author in fact.authors:
                g.add(report, DCTERMS.creator, _agent(minter, resolution, author))
            g.add(letter, KB.respondsTo if fact.responded else KB.cites, report)
            add_mention(report, fact.evidence, fact.title, listed=False)
        elif isinstance(fact, FindingFact):
            finding = node("finding", fact.evidence)
            g.add(finding, RDF.type, KB.Finding)
            g.text(finding, RDF.value, fact.text)
            if fact.report:
                g.add(finding, KB.findingOf, minter.report(fact.report))
            if fact.attributed_to:
                g.add(finding, KB.attributedTo, minter.organisation(resolution.organisation(fact.attributed_to)))
            g.add(finding, KB.inLetter, letter)
            with_evidence(finding, fact.evidence)
        elif isinstance(fact, RecommendationFact):
            rec = minter.in_letter(lid, "recommendation", str(fact.number))
            g.add(rec, RDF.type, KB.Recommendation)
            g.text(rec, KB.recommendationText, fact.text)
            g.typed(rec, KB.recommendationNumber, fact.number, XSD.integer)
            g.add(rec, KB.inLetter, letter)
            if fact.report:
                g.add(minter.report(fact.report), KB.hasRecommendation, rec)
            g.text(rec, KB.addresseeLabel, fact.addressee)
            if fact.addressee_key:
                g.add(rec, KB.addressedTo, minter.organisation(resolution.organisation(fact.addressee_key)))
            with_evidence(rec, fact.evidence)
            if fact.response:
                response = minter.in_letter(lid, "recommendation", str(fact.number), "response")
                g.add(rec, KB.response, response)
                g.add(response, RDF.type, KB.Response)
                g.add(response, KB.responseTo, rec)
                g.add(response, KB.stance, KB[fact.response.stance])
                g.text(response, KB.cue, fact.response.cue)
                g.add(response, KB.inLetter, letter)
                for signature_fact in extraction.of(SignatoryFact)[:1]:
                    g.add(response, KB.madeBy, minter.post(signature_fact.post_key))
                _evidence(g, response, fact.response.evidence, letter, document.letter.text)
        elif isinstance(fact, CommitmentFact):
            commitment = minter.in_letter(lid, "commitment", str(fact.number))
            g.add(commitment, RDF.type, KB.Commitment)
            g.add(commitment, RDF.type, SCHEMA.PlanAction)
            g.text(commitment, KB.commitmentText, fact.text)
            g.add(commitment, KB.inLetter, letter)
            if fact.due:
                g.typed(commitment, KB.dueDate, fact.due, date_literal_type(fact.due))
            g.text(commitment, KB.dueText, fact.due_text)
            if fact.post:
                g.add(commitment, KB.madeBy, minter.post(fact.post))
            if fact.requested_by:
                g.add(commitment, KB.requestedBy, minter.person(resolution.person(fact.requested_by)))
            with_evidence(commitment, fact.evidence)
    return LetterGraph(letter_id=lid, graph=g.graph, letter=letter, quads=_unique(g.quads),
                       sha256=document.letter.sha256, source_name=document.letter.name)


def _agent(minter: Minter, resolution: Resolution, key: str) -> NamedNode:
    if key in resolution.persons or resolution.person(key) in resolution.persons:
        return minter.person(resolution.person(key))
    return minter.organisation(resolution.organisation(key))


def _evidence(g: _Graph, subject: NamedNode, evidence: Evidence, letter: NamedNode, source: str) -> None:
    """Evidence as a Web Annotation specific resource with a quote and a position selector."""
    ev = NamedNode(subject.value + "#evidence")
    quote = NamedNode(subject.value + "#quote")
    position = NamedNode(subject.value + "#position")
    g.add(subject, KB.evidence, ev)
    g.add(ev, RDF.type, KB.Evidence)
    g.add(ev, OA.hasSource, letter)
    g.add(ev, OA.hasSelector, quote)
    g.add(ev, OA.hasSelector, position)
    g.text(ev, RDF.value, evidence.text)
    g.text(ev, KB.extractor, evidence.extractor)
    g.text(ev, KB.rule, evidence.rule)
    g.add(quote, RDF.type, OA.TextQuoteSelector)
    g.add(quote, OA.exact, Literal(evidence.exact))
    g.text(quote, OA.prefix, source[max(0, evidence.start - CONTEXT):evidence.start])
    g.text(quote, OA.suffix, source[evidence.end:evidence.end + CONTEXT])
    g.add(position, RDF.type, OA.TextPositionSelector)
    g.typed(position, OA.start, evidence.start, XSD.integer)
    g.typed(position, OA.end, evidence.end, XSD.integer)


def build_entities(resolution: Resolution, minter: Minter, used: set[str] | None = None) -> list[Quad]:
    """The shared entities graph: canonical names, kinds, parents, posts."""
    g = _Graph(minter.entities_graph())
    for key, entity in sorted(resolution.organisations.items()):
        org = minter.organisation(key)
        kind_class = ORG.OrganizationalUnit if entity.kind == "unit" or entity.parent else ORG.Organization
        g.add(org, RDF.type, ORG.Organization)
        if kind_class != ORG.Organization:
            g.add(org, RDF.type, kind_class)
        g.text(org, SKOS.prefLabel, entity.name)
        g.text(org, KB.acronym, entity.acronym)
        for alias in entity.aliases:
            g.text(org, SKOS.altLabel, alias)
        g.add(org, KB.orgKind, KB[entity.kind if entity.kind in ORG_KINDS else "other"])
        if entity.parent:
            g.add(org, ORG.subOrganizationOf, minter.organisation(entity.parent))
        for iri in entity.same_as:
            g.add(org, OWL.sameAs, NamedNode(iri))
        if entity.successor:
            change = minter.iri("change", f"{key}-to-{entity.successor}")
            g.add(org, ORG.changedBy, change)
            g.add(change, RDF.type, ORG.ChangeEvent)
            g.add(change, ORG.originalOrganization, org)
            g.add(change, ORG.resultingOrganization, minter.organisation(entity.successor))
        if entity.register_id:
            g.text(org, KB.register, entity.register_id)
    for key, person in sorted(resolution.persons.items()):
        node = minter.person(key)
        g.add(node, RDF.type, FOAF.Person)
        g.text(node, FOAF.name, person.name)
        g.text(node, FOAF.familyName, person.family_name)
        g.text(node, FOAF.givenName, person.given_name)
    for key, post in sorted(resolution.posts.items()):
        node = minter.post(key)
        g.add(node, RDF.type, ORG.Post)
        g.text(node, SKOS.prefLabel, post.label)
        if post.organisation:
            g.add(node, ORG.postIn, minter.organisation(resolution.organisation(post.organisation)))
    return _unique(g.quads)




def build_provenance(letters: Iterable[LetterGraph], minter: Minter, started: datetime,
                     ended: datetime | None = None) -> list[Quad]:
    """The build graph: one activity for this run, with its times and what it used."""
    g = _Graph(minter.build_graph())
    stamp = started.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    run = minter.iri("build", stamp)
    software = minter.software(__version__)
    g.add(run, RDF.type, PROV.Activity)
    g.typed(run, PROV.startedAtTime, started.astimezone(timezone.utc).isoformat(), XSD.dateTime)
    g.typed(run, PROV.endedAtTime, (ended or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(),
            XSD.dateTime)
    g.add(run, PROV.wasAssociatedWith, software)
    for letter in letters:
        g.add(run, PROV.used, minter.source(letter.sha256))
    return _unique(g.quads)


def _unique(quads: list[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))
