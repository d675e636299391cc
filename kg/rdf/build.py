"""Build: facts -> quads. One named graph per letter, one for shared entities, one for the build.

A letter graph holds only the letter's own nodes: the letter and its metadata, its source file
(with sha256), and everything minted under its IRI: its signatures, every fact read from it with
its evidence (W3C Web Annotation selectors: the quote, its prefix and suffix, and its start and
end in the source text), and its commitments with their status over the build and their links
to later letters. It is a function of the extraction, the letter's ``LetterAnswers``
(kg/resolve/answers.py: what the resolution of the build says about the keys it names) and the base
IRI; it holds nothing that depends on the time of the run, so building the same letter twice
gives the same graph. What a letter states about shared nodes (a signatory holds a post, a
person's party, a law's name, a report's title and authors) is ``entity_triples``; the entities
graph (``build_entities``) is those of every letter with the canonical description of every
organisation, person and post. The build graph holds the run's timestamps.

Quads are pyoxigraph terms: writing them out is done in Rust, and the same quads go straight
into an Oxigraph store. Until a graph is complete its triples are plain strings (see Triple),
which are quicker to make, to compare and to sort than terms; pyoxigraph reads the quads back
from their N-Quads text.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from .. import __version__
from ..domain.model import (
    CommitmentFact,
    EventMention,
    Evidence,
    Extraction,
    FindingFact,
    LegalInstrumentMention,
    OrganisationMention,
    PersonMention,
    PostMention,
    RecommendationFact,
    ReferenceMention,
    ReportFact,
    Resolution,
    SignatoryFact,
)
from ..read.officialxml import page as official_page
from ..resolve.answers import PERSON, LetterAnswers
from .iris import Minter, letter_slug, official_identifier, slug
from .vocab import (
    DCTERMS,
    FOAF,
    KB,
    OA,
    ORG,
    ORG_KINDS,
    OWL,
    PROV,
    RDF,
    RDFS,
    REFKIND,
    SCHEMA,
    SKOS,
    TIME,
    XSD,
    Vocabulary,
)

STAGE = "build.v1"
CONTEXT = 32  # characters of prefix and suffix kept with each quote

# A triple as one string: the subject IRI, \x00, the predicate IRI, \x01, the object as N-Triples
# writes it. Such strings sort as (subject, predicate, object) tuples would (no IRI holds a
# character below '!', and N-Triples escapes control characters in literals), which is the order
# graphs are written in; N-Quads is the string with the separators replaced.
#
# In a letter graph almost every subject is one of the letter's own nodes (the letter, and what is
# minted under its IRI): there a subject that begins with the letter's IRI begins with OWN instead
# (a 5 MB letter's 630,000 triples hold 40 MB less). Such strings still sort as their full form:
# the own nodes' subjects keep their order among themselves, and the one other subject, the source
# file, sorts after the letter's IRI (``letter_triples`` checks it). ``nquads(..., own=letter)``
# writes them whole.
Triple = str
OWN = "\x02"


class _IriText:
    """The terms of a vocabulary as IRI strings: ``_rdf.type`` is 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'."""

    def __init__(self, vocabulary: Vocabulary):
        self.__dict__.update((term, vocabulary[term].value) for term in vocabulary.terms)

    def __getattr__(self, term: str) -> str:
        """Only called for a term the vocabulary does not declare (declared ones are plain attributes)."""
        raise AttributeError(f"{term!r} is not a term of this vocabulary")

    def __getitem__(self, term: str) -> str:
        return self.__dict__[term]  # type: ignore[no-any-return]  # the values are the IRI strings of __init__


# The build keeps IRIs as strings until a graph is done: _kb.Letter is the text of KB.Letter.
_kb, _refkind, _rdf, _rdfs, _owl, _xsd, _skos, _org, _foaf, _dcterms, _schema, _prov, _oa, _time = (
    _IriText(v) for v in (KB, REFKIND, RDF, RDFS, OWL, XSD, SKOS, ORG, FOAF, DCTERMS, SCHEMA, PROV, OA, TIME))
XSD_STRING = _xsd.string


@dataclass
class LetterGraph:
    letter_id: str
    graph: NamedNode
    letter: NamedNode
    quads: list[Quad]
    sha256: str
    source_name: str


@dataclass(frozen=True)
class LetterTriples:
    """One letter graph before it becomes quads: its triples as strings (see Triple), IRIs checked."""

    letter_id: str
    graph: str  # the graph's IRI
    letter: str  # the letter's IRI (the triples' subjects hold it as OWN: nquads(graph, triples, letter))
    triples: list[Triple]  # in the order the build added them; a triple may come more than once
    sha256: str
    source_name: str


_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff]')  # what pyoxigraph escapes (tests/test_build.py)
_RARE_ESCAPE = re.compile(r'[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]')
_RARE_ESCAPES = {code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)} | {0x08: "\\b", 0x0C: "\\f"}


def quoted(value: str) -> str:
    """A string as N-Triples writes it: '"a \\"b\\""' (the same text as ``str(Literal(value))``)."""
    if _NEEDS_ESCAPE.search(value) is None:
        return f'"{value}"'
    value = (value.replace("\\", "\\\\").replace('"', '\\"')
             .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    if _RARE_ESCAPE.search(value):
        value = value.translate(_RARE_ESCAPES)
    return f'"{value}"'


def typed_literal(value: str, datatype: str) -> str:
    """A typed literal as N-Triples writes it (xsd:string is written as a plain string)."""
    return quoted(value) if datatype == XSD_STRING else f"{quoted(value)}^^<{datatype}>"


NQUADS_BATCH = 4096  # triples turned into bytes at a time: a big letter's graph is never one huge str


def nquads(graph: str, triples: Iterable[Triple], own: str = "") -> bytes:
    """The triples of one named graph as N-Quads, in the order given (those of a letter graph with
    ``own``, the letter's IRI: see Triple).

    Written a batch of triples at a time and joined as bytes: one str of a whole big graph
    (four bytes a character once one letter is outside Latin-1) and its copies cost far more."""
    between = f" <{graph}> .\n<"
    whole = own.encode()
    pieces: list[bytes] = []
    items = iter(triples)
    while batch := list(islice(items, NQUADS_BATCH)):
        text = f"<{between.join(batch)}{between[:-1]}".encode().replace(b"\x00", b"> <").replace(b"\x01", b"> ")
        pieces.append(text.replace(b"\x02", whole) if own else text)
    return b"".join(pieces)


def sorted_unique(triples: list[Triple]) -> list[Triple]:
    """The triples in the order graphs are written in, each once (``triples`` is sorted in place).

    Sorted as the build made them, then duplicates dropped as neighbours: the build's order holds
    long sorted runs (a fact's triples), which the sort merges; a set or dict first would cost its
    memory and scatter the runs (a 5 MB letter's 660,000 triples: 0.2 s this way, 1.1 s through a set)."""
    triples.sort()
    if not triples:
        return triples
    unique = [triple for triple, after in zip(triples, islice(triples, 1, None)) if triple != after]
    unique.append(triples[-1])
    return unique


def subject_slices(triples: list[Triple], size: int) -> Iterator[list[Triple]]:
    """Sorted triples in slices of about ``size``, cut only between subjects (a subject's triples stay
    together, so that each slice can be checked and written on its own)."""
    start, total = 0, len(triples)
    while start < total:
        end = min(start + size, total)
        if end < total:
            last = triples[end - 1]
            subject = last[:last.index("\x00") + 1]
            while end < total and triples[end].startswith(subject):
                end += 1
        yield triples[start:end]
        start = end


def classes_in(triples: Sequence[Triple], iri: str, own: str = "") -> list[str]:
    """The classes sorted triples (``sorted_unique``; a letter's, with ``own`` its IRI) give the subject
    ``iri``: found by bisection."""
    key = f"{short_subject(iri, own)}\x00{_rdf.type}\x01<"
    at = bisect_left(triples, key)
    found = []
    while at < len(triples) and triples[at].startswith(key):
        found.append(triples[at][len(key):-1])
        at += 1
    return found


def short_subject(iri: str, own: str) -> str:
    """``iri`` as a letter graph's triples begin with it: OWN for ``own`` (the letter's IRI) at its start."""
    return OWN + iri[len(own):] if own and iri.startswith(own) else iri


def quads_of(graph: str, triples: Iterable[Triple], own: str = "") -> list[Quad]:
    """The quads of one named graph, in the order given; its IRIs must have been checked (``_Graph.unique``).

    Read back from N-Quads: pyoxigraph makes Quads from its parser much faster than from terms
    made in Python (a Quad of a Literal costs ~3 us through its constructor)."""
    return parse_nquads(nquads(graph, triples, own))


def parse_nquads(text: bytes) -> list[Quad]:
    """The quads of N-Quads text that ``nquads`` wrote from checked triples.

    The parser is lenient, i.e. it does not check the IRIs again: each distinct IRI of a graph
    was checked once, as NamedNode checks it, when the graph was built."""
    return list(parse(text, format=RdfFormat.N_QUADS, lenient=True))


class _Graph:
    """Collects the triples of one named graph (see Triple); quads are made at the end. ``own``: the
    letter's IRI in a letter graph, which its subjects hold as OWN."""

    def __init__(self, graph: str, own: str = ""):
        self.graph = graph
        self.own = own
        self.triples: list[Triple] = []
        self.iris: set[str] = {graph}

    def subject(self, iri: str) -> str:
        return short_subject(iri, self.own)

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.triples.append(f"{short_subject(subject, self.own)}\x00{predicate}\x01<{obj}>")
        self.iris.update((subject, obj))

    def text(self, subject: str, predicate: str, value: str | None) -> None:
        if value:
            self.triples.append(f"{short_subject(subject, self.own)}\x00{predicate}\x01{quoted(value)}")
            self.iris.add(subject)

    def typed(self, subject: str, predicate: str, value: object, datatype: str) -> None:
        if value is not None and value != "":
            self.triples.append(
                f"{short_subject(subject, self.own)}\x00{predicate}\x01{typed_literal(str(value), datatype)}")
            self.iris.add(subject)

    def check(self) -> None:
        """ValueError (NamedNode's) for an IRI of the graph that is not valid.

        Subjects and objects are checked; predicates and datatypes are the vocabulary's."""
        for iri in self.iris:
            NamedNode(iri)

    def unique(self) -> list[Triple]:
        """The triples, each once, in the order first added."""
        return list(dict.fromkeys(self.triples))

    def quads(self) -> list[Quad]:
        self.check()
        return quads_of(self.graph, self.unique(), self.own)


def _after(predicate: str, obj: str = "") -> str:
    """What follows the subject in a Triple: the predicate, and the object when it is fixed."""
    return f"\x00{predicate}\x01{obj}"


# The evidence of every fact is most of a letter graph (12 triples a fact): its triples, and the
# first ones of a mention, are made from fixed pieces rather than through _Graph's methods (one call
# a triple through them costs 3% of a validated build, docs/fast-paths.md).
_IS_MENTION = _after(_rdf.type, f"<{_kb.Mention}>")
_MENTION_OF = _after(_kb.mentionOf, "<")
_IN_LETTER = _after(_kb.inLetter, "<")
_EVIDENCE = _after(_kb.evidence, "<")
_IS_EVIDENCE = _after(_rdf.type, f"<{_kb.Evidence}>")
_HAS_SOURCE = _after(_oa.hasSource, "<")
_HAS_SELECTOR = _after(_oa.hasSelector, "<")
_VALUE = _after(_rdf.value)
_EXTRACTOR = _after(_kb.extractor)
_RULE = _after(_kb.rule)
_IS_QUOTE = _after(_rdf.type, f"<{_oa.TextQuoteSelector}>")
_EXACT = _after(_oa.exact)
_PREFIX = _after(_oa.prefix)
_SUFFIX = _after(_oa.suffix)
_IS_POSITION = _after(_rdf.type, f"<{_oa.TextPositionSelector}>")
_START = _after(_oa.start)
_END = _after(_oa.end)
_INTEGER = f"^^<{_xsd.integer}>"


def date_literal_type(value: str) -> str:
    """xsd:date for 2023-03-30, xsd:gYearMonth for 2013-12, xsd:gYear for 2022 (the datatype's IRI)."""
    return {10: _xsd.date, 7: _xsd.gYearMonth, 4: _xsd.gYear}.get(len(value), XSD_STRING)


def letter_id(extraction: Extraction) -> str:
    document = extraction.document
    return letter_slug(document.letter, document.head)


def build_letter(extraction: Extraction, answers: LetterAnswers, minter: Minter) -> LetterGraph:
    """The named graph of one letter."""
    built = letter_triples(extraction, answers, minter)
    return LetterGraph(letter_id=built.letter_id, graph=NamedNode(built.graph), letter=NamedNode(built.letter),
                       quads=quads_of(built.graph, dict.fromkeys(built.triples), built.letter),
                       sha256=built.sha256,
                       source_name=built.source_name)


def letter_triples(extraction: Extraction, answers: LetterAnswers, minter: Minter) -> LetterTriples:
    """The named graph of one letter, as triples of text (see Triple); ``build_letter`` makes them quads.

    Its subjects are the letter, the nodes minted under its IRI and its source file: what it
    states about shared nodes is in ``entity_triples``. Besides the extraction it reads only
    ``answers`` (kg/resolve/answers.py): the letter graph is a function of the two and the base IRI."""
    organisation = dict(answers.organisations)
    person_of = dict(answers.persons)
    holders = {(post, day): holder for post, day, holder in answers.holders}
    units = dict(answers.units)
    document = extraction.document
    head = document.head
    lid = letter_id(extraction)
    if answers.letter_id != lid:
        raise ValueError(f"the answers of letter {answers.letter_id} given for letter {lid}")
    iris = minter.text
    letter = iris.letter(lid)
    g = _Graph(iris.letter_graph(lid), own=letter)
    source = iris.source(document.letter.sha256)
    if source < letter + "\U0010ffff":  # see Triple: the source file's subject must sort after the own nodes'
        raise ValueError(f"the source file's IRI {source} sorts among the letter's own nodes ({letter})")

    g.add(letter, _rdf.type, _kb.Letter)
    g.text(letter, _dcterms.identifier, lid)
    if head.date:
        g.typed(letter, _dcterms.date, head.date.isoformat(), _xsd.date)
    g.text(letter, _kb.kenmerk, head.kenmerk)
    g.text(letter, _kb.uwKenmerk, head.uw_kenmerk)
    g.text(letter, _kb.subject, head.subject)
    # the title: the Onderwerp; where there is none, the dossier's title (an official publication)
    g.text(letter, _dcterms.title, head.subject or head.dossier_title)
    g.text(letter, _kb.kamerstuk, head.kamerstuk)
    g.text(letter, _kb.dossier, head.dossier)
    g.text(letter, _kb.dossierTitle, head.dossier_title)
    publication = official_identifier(document.letter, head)
    g.text(letter, _kb.publicationIdentifier, publication)
    if publication:
        g.add(letter, _kb.officialPage, official_page(publication))
    g.text(letter, _kb.letterNumber, head.number if head.dossier else None)
    g.text(letter, _kb.heading, head.heading)
    g.text(letter, _kb.addressee, head.addressee)
    for unit in (head.directorate_general, head.directorate, head.unit):
        if unit and slug(unit) in units:  # only a unit the build describes
            g.add(letter, _kb.senderUnit, iris.organisation(units[slug(unit)]))
    g.add(letter, _prov.wasDerivedFrom, source)
    g.add(letter, _prov.wasGeneratedBy, iris.iri("activity", "kg", __version__))
    g.add(source, _rdf.type, _kb.SourceFile)
    g.add(source, _rdf.type, _prov.Entity)
    g.text(source, _kb.sha256, document.letter.sha256)
    g.text(source, _kb.fileName, document.letter.name)
    g.text(source, _kb.mediaType, document.letter.media_type)

    counters: dict[str, int] = {}

    def node(kind: str, fact_evidence: Evidence) -> str:
        base = f"{kind}-{fact_evidence.start}-{fact_evidence.end}"
        counters[base] = counters.get(base, 0) + 1
        suffix = "" if counters[base] == 1 else f"-{counters[base]}"
        return iris.in_letter(lid, kind, f"{fact_evidence.start}-{fact_evidence.end}{suffix}")

    def with_evidence(subject: str, fact_evidence: Evidence) -> None:
        _evidence(g, subject, fact_evidence, letter, document.letter.text)

    sentences_written: set[int] = set()

    def add_mention(entity: str, fact_evidence: Evidence, written: str | None, listed: bool = True) -> str:
        """A kb:Mention of ``entity``: the letter, the name as written, the sentence, the evidence.

        ``listed`` adds ``letter kb:mentions entity`` (reports are linked by kb:respondsTo or
        kb:cites instead)."""
        mention = node("mention", fact_evidence)
        if listed:
            g.add(letter, _kb.mentions, entity)
        short = g.subject(mention)
        g.triples += (short + _IS_MENTION, f"{short}{_MENTION_OF}{entity}>", f"{short}{_IN_LETTER}{letter}>")
        g.iris.update((mention, entity))
        g.text(mention, _kb.nameAsWritten, written)
        sentence = document.sentence_at(fact_evidence.clean_start)
        if sentence is not None:
            sentence_node = iris.in_letter(lid, "sentence", str(sentence.span.start))
            g.add(mention, _kb.inSentence, sentence_node)
            if sentence.span.start not in sentences_written:
                sentences_written.add(sentence.span.start)
                g.add(sentence_node, _rdf.type, _kb.Sentence)
                g.text(sentence_node, _rdf.value, sentence.text)
                g.add(sentence_node, _kb.inLetter, letter)
        with_evidence(mention, fact_evidence)
        return mention

    first_signatory = extraction.of(SignatoryFact)[:1]
    origins: dict[tuple[str, int, int], str] = {}  # events and references by their evidence: where a promise was made
    for fact in extraction.facts:
        if isinstance(fact, SignatoryFact):
            sig = node("signature", fact.evidence)
            person = iris.person(person_of.get(fact.person_key, fact.person_key))
            post = iris.post(fact.post_key)
            g.add(letter, _kb.signature, sig)
            g.add(sig, _rdf.type, _kb.Signature)
            g.add(sig, _kb.signatory, person)
            g.text(sig, _kb.roleLabel, fact.role)
            g.text(sig, _kb.nameAsWritten, fact.name)
            g.add(sig, _kb.post, post)
            g.add(letter, _dcterms.creator, person)
            with_evidence(sig, fact.evidence)
        elif isinstance(fact, OrganisationMention):
            add_mention(iris.organisation(organisation.get(fact.key, fact.key)), fact.evidence, fact.name)
        elif isinstance(fact, PostMention):  # 'de Staatssecretaris': only when the build knows who held it
            holder = holders.get((fact.post_key, fact.date)) if fact.date else None
            if holder:
                mention = add_mention(iris.person(holder), fact.evidence, fact.role)
                g.text(mention, _kb.roleLabel, fact.role)
        elif isinstance(fact, PersonMention):
            person = iris.person(person_of.get(fact.key, fact.key))
            mention = add_mention(person, fact.evidence, fact.name)
            g.text(mention, _kb.roleLabel, fact.role)
            if fact.party:
                party = iris.organisation(organisation.get(fact.party, fact.party))
                membership = iris.in_letter(lid, "membership", slug(fact.key), fact.party)
                g.add(membership, _rdf.type, _org.Membership)
                g.add(membership, _org.member, person)
                g.add(membership, _org.organization, party)
                if head.date:
                    interval = iris.in_letter(lid, "during", head.date.isoformat())
                    g.add(membership, _org.memberDuring, interval)
                    g.add(interval, _rdf.type, _time.Interval)
                    g.typed(interval, _time.inside, head.date.isoformat(), _xsd.date)
            if fact.organisation:
                g.add(mention, _kb.post, iris.organisation(organisation.get(fact.organisation, fact.organisation)))
        elif isinstance(fact, LegalInstrumentMention):
            mention = add_mention(iris.instrument(fact.key), fact.evidence, fact.written or fact.name)
            g.text(mention, _kb.article, fact.article)
        elif isinstance(fact, ReferenceMention):
            ref = node("reference", fact.evidence)
            origins.setdefault(("reference", fact.evidence.start, fact.evidence.end), ref)
            g.add(letter, _dcterms.references, ref)
            g.add(ref, _rdf.type, _kb.Reference)
            g.add(ref, _kb.referenceKind, _refkind[fact.kind] if fact.kind in REFKIND.terms else _refkind.other)
            g.text(ref, _kb.normalisedIdentifier, fact.identifier)
            g.text(ref, _kb.officialIdentifier, fact.official_id)
            g.text(ref, _kb.referenceText, fact.text)
            if fact.date:
                g.typed(ref, _dcterms.date, fact.date.isoformat(), _xsd.date)
            with_evidence(ref, fact.evidence)
        elif isinstance(fact, EventMention):
            event = node("event", fact.evidence)
            origins.setdefault(("event", fact.evidence.start, fact.evidence.end), event)
            g.add(letter, _kb.mentions, event)
            g.add(event, _rdf.type, _kb.Event)
            g.text(event, _kb.eventKind, fact.kind)
            g.text(event, _rdfs.label, fact.label)
            if fact.date:
                g.typed(event, _kb.eventDate, fact.date, date_literal_type(fact.date))
            with_evidence(event, fact.evidence)
        elif isinstance(fact, ReportFact):
            report = iris.report(fact.key)
            g.add(letter, _kb.respondsTo if fact.responded else _kb.cites, report)
            add_mention(report, fact.evidence, fact.title, listed=False)
        elif isinstance(fact, FindingFact):
            finding = node("finding", fact.evidence)
            g.add(finding, _rdf.type, _kb.Finding)
            g.text(finding, _rdf.value, fact.text)
            if fact.report:
                g.add(finding, _kb.findingOf, iris.report(fact.report))
            if fact.attributed_to:
                g.add(finding, _kb.attributedTo,
                      iris.organisation(organisation.get(fact.attributed_to, fact.attributed_to)))
            g.add(finding, _kb.inLetter, letter)
            with_evidence(finding, fact.evidence)
        elif isinstance(fact, RecommendationFact):
            rec = iris.in_letter(lid, "recommendation", str(fact.number))
            g.add(rec, _rdf.type, _kb.Recommendation)
            g.text(rec, _kb.recommendationText, fact.text)
            g.typed(rec, _kb.recommendationNumber, fact.number, _xsd.integer)
            g.add(rec, _kb.inLetter, letter)
            g.text(rec, _kb.addresseeLabel, fact.addressee)
            for addressee_key in fact.addressee_keys or ((fact.addressee_key,) if fact.addressee_key else ()):
                g.add(rec, _kb.addressedTo, iris.organisation(organisation.get(addressee_key, addressee_key)))
            with_evidence(rec, fact.evidence)
            if fact.response and not fact.response.found:  # no sentence answers it: no response, no evidence
                g.add(rec, _rdf.type, _kb.UnansweredRecommendation)
            elif fact.response:
                response = iris.in_letter(lid, "recommendation", str(fact.number), "response")
                g.add(rec, _kb.response, response)
                g.add(response, _rdf.type, _kb.Response)
                g.add(response, _kb.responseTo, rec)
                g.add(response, _kb.stance, _kb[fact.response.stance])
                g.text(response, _kb.cue, fact.response.cue)
                g.add(response, _kb.inLetter, letter)
                for signature_fact in first_signatory:
                    g.add(response, _kb.madeBy, iris.post(signature_fact.post_key))
                _evidence(g, response, fact.response.evidence, letter, document.letter.text)
        elif isinstance(fact, CommitmentFact):
            commitment = iris.in_letter(lid, "commitment", str(fact.number))
            g.add(commitment, _rdf.type, _kb.Commitment)
            g.add(commitment, _rdf.type, _schema.PlanAction)
            g.text(commitment, _kb.commitmentText, fact.text)
            g.add(commitment, _kb.inLetter, letter)
            if fact.due:
                g.typed(commitment, _kb.dueDate, fact.due, date_literal_type(fact.due))
            g.text(commitment, _kb.dueText, fact.due_text)
            if fact.post:
                g.add(commitment, _kb.madeBy, iris.post(fact.post))
            if fact.requested_by:
                g.add(commitment, _kb.requestedBy, iris.person(person_of.get(fact.requested_by, fact.requested_by)))
            with_evidence(commitment, fact.evidence)
            _commitment_life(g, commitment, fact, letter, origins, document.letter.text)
    _commitments_across_letters(g, answers, minter)
    g.check()
    return LetterTriples(letter_id=lid, graph=g.graph, letter=letter, triples=g.triples,
                         sha256=document.letter.sha256, source_name=document.letter.name)


COMMITMENT_KINDS = {"new": _kb.newPromise, "restated": _kb.restatedPromise, "kept": _kb.keptPromise}
ACTION_STATUS = {"open": _schema.PotentialActionStatus, "kept": _schema.CompletedActionStatus,
                 "unknown": _kb.unknownStatus}


def _commitment_life(g: _Graph, commitment: str, fact: CommitmentFact, letter: str,
                     origins: dict[tuple[str, int, int], str], source: str) -> None:
    """What the letter itself tells of a commitment's life: its kind, where an earlier promise was
    made, and the link to this letter when the letter keeps it (with the sentence that says so).

    Its status over all letters (schema:actionStatus) comes from the answers (``_commitments_across_letters``)."""
    g.add(commitment, _kb.commitmentKind, COMMITMENT_KINDS.get(fact.kind, _kb.newPromise))
    if fact.origin and fact.origin in origins:
        g.add(commitment, _kb.madeAt, origins[fact.origin])
    if fact.made_on:
        g.typed(commitment, _kb.madeOn, fact.made_on, date_literal_type(fact.made_on))
    if fact.status != "kept":
        return
    g.add(commitment, _kb.fulfilledBy, letter)
    link = commitment + "/kept"
    g.add(link, _rdf.type, _kb.CommitmentLink)
    g.add(link, _kb.linkFrom, commitment)
    g.add(link, _kb.linkKind, _kb.fulfilledBy)
    g.add(link, _kb.linkTo, letter)
    kept_by = fact.kept_by or fact.evidence
    g.text(link, _kb.rule, kept_by.rule)
    own = kept_by.start == fact.evidence.start
    g.text(link, _kb.linkReason, "the sentence keeps it" if own else "a later sentence of the letter keeps it")
    _evidence(g, link, kept_by, letter, source)


def _evidence(g: _Graph, subject: str, evidence: Evidence, letter: str, source: str) -> None:
    """Evidence as a Web Annotation specific resource with a quote and a position selector."""
    ev = subject + "#evidence"
    quote = subject + "#quote"
    position = subject + "#position"
    node = g.subject(subject)  # the subjects as the graph's triples begin with them (see Triple)
    ev_node, quote_node, position_node = node + "#evidence", node + "#quote", node + "#position"
    triples = [f"{node}{_EVIDENCE}{ev}>", ev_node + _IS_EVIDENCE, f"{ev_node}{_HAS_SOURCE}{letter}>",
               f"{ev_node}{_HAS_SELECTOR}{quote}>", f"{ev_node}{_HAS_SELECTOR}{position}>"]
    if evidence.text:
        triples.append(ev_node + _VALUE + quoted(evidence.text))
    if evidence.extractor:
        triples.append(ev_node + _EXTRACTOR + quoted(evidence.extractor))
    if evidence.rule:
        triples.append(ev_node + _RULE + quoted(evidence.rule))
    triples += (quote_node + _IS_QUOTE, quote_node + _EXACT + quoted(evidence.exact))
    prefix = source[max(0, evidence.start - CONTEXT):evidence.start]
    if prefix:
        triples.append(quote_node + _PREFIX + quoted(prefix))
    suffix = source[evidence.end:evidence.end + CONTEXT]
    if suffix:
        triples.append(quote_node + _SUFFIX + quoted(suffix))
    triples += (position_node + _IS_POSITION, f'{position_node}{_START}"{evidence.start}"{_INTEGER}',
                f'{position_node}{_END}"{evidence.end}"{_INTEGER}')
    g.triples += triples
    # a valid IRI without a fragment stays valid with one: only the subject needs a check
    g.iris.update((subject, letter) if "#" not in subject else (subject, ev, quote, position, letter))


def entity_triples(extraction: Extraction, answers: LetterAnswers, minter: Minter) -> list[Triple]:
    """What one letter states about shared nodes, for the entities graph (see Triple; IRIs checked).

    The signatories as persons holding their posts, the persons it mentions with their parties,
    the legal instruments and reports it names (a report with its recommendations in this letter),
    and the extraction activity that read it. Reads no evidence and no text, so it works on
    ``pipeline.summary_for_resolve(extraction)`` as well."""
    iris = minter.text
    person_of = dict(answers.persons)
    organisation = dict(answers.organisations)
    authors = {key: iris.person(canonical) if kind == PERSON else iris.organisation(canonical)
               for key, kind, canonical in answers.authors}
    lid = letter_id(extraction)
    if answers.letter_id != lid:
        raise ValueError(f"the answers of letter {answers.letter_id} given for letter {lid}")
    g = _Graph(iris.iri("graph", "entities"))
    extraction_run = iris.iri("activity", "kg", __version__)
    software = iris.software(__version__)
    g.add(extraction_run, _rdf.type, _prov.Activity)
    g.add(extraction_run, _prov.wasAssociatedWith, software)
    g.add(software, _rdf.type, _prov.SoftwareAgent)
    g.text(software, _rdfs.label, f"kg {__version__}")
    g.text(software, _kb.toolVersion, __version__)
    for fact in extraction.facts:
        if isinstance(fact, SignatoryFact):
            person, post = iris.person(person_of.get(fact.person_key, fact.person_key)), iris.post(fact.post_key)
            g.add(person, _rdf.type, _foaf.Person)
            g.add(person, _org.holds, post)
            g.add(post, _rdf.type, _org.Post)
            g.add(post, _org.heldBy, person)
        elif isinstance(fact, PersonMention):
            person = iris.person(person_of.get(fact.key, fact.key))
            g.add(person, _rdf.type, _foaf.Person)
            if fact.party:
                g.add(person, _org.memberOf, iris.organisation(organisation.get(fact.party, fact.party)))
        elif isinstance(fact, LegalInstrumentMention):
            instrument = iris.instrument(fact.key)
            g.add(instrument, _rdf.type, _kb.LegalInstrument)
            g.text(instrument, _skos.prefLabel, fact.name)
            g.text(instrument, _kb.instrumentKind, fact.kind)
        elif isinstance(fact, ReportFact):
            report = iris.report(fact.key)
            g.add(report, _rdf.type, _schema.Report)
            g.add(report, _rdf.type, _kb.Report)
            g.text(report, _dcterms.title, fact.title)
            g.text(report, _kb.reportGenre, fact.genre)
            if fact.date:
                g.typed(report, _kb.reportDate, fact.date, date_literal_type(fact.date))
            for author in fact.authors:
                g.add(report, _dcterms.creator, authors[author])
        elif isinstance(fact, RecommendationFact) and fact.report:
            g.add(iris.report(fact.report), _kb.hasRecommendation,
                  iris.in_letter(lid, "recommendation", str(fact.number)))
    g.check()
    return g.unique()


def build_entities(resolution: Resolution, minter: Minter, contributions: Iterable[Iterable[Triple]]) -> list[Quad]:
    """The shared entities graph: canonical names, kinds, parents, posts, and what each letter states
    about shared nodes (``contributions``: each letter's ``entity_triples``); each triple once, sorted."""
    iris = minter.text
    g = _Graph(iris.iri("graph", "entities"))
    for key, entity in sorted(resolution.organisations.items()):
        org = iris.organisation(key)
        kind_class = _org.OrganizationalUnit if entity.kind == "unit" or entity.parent else _org.Organization
        g.add(org, _rdf.type, _org.Organization)
        if kind_class != _org.Organization:
            g.add(org, _rdf.type, kind_class)
        g.text(org, _skos.prefLabel, entity.name)
        g.text(org, _kb.acronym, entity.acronym)
        for alias in entity.aliases:
            g.text(org, _skos.altLabel, alias)
        g.add(org, _kb.orgKind, _kb[entity.kind if entity.kind in ORG_KINDS else "other"])
        if entity.parent:
            g.add(org, _org.subOrganizationOf, iris.organisation(entity.parent))
        for iri in entity.same_as:
            g.add(org, _owl.sameAs, iri)
        if entity.successor:
            change = iris.iri("change", f"{key}-to-{entity.successor}")
            g.add(org, _org.changedBy, change)
            g.add(change, _rdf.type, _org.ChangeEvent)
            g.add(change, _org.originalOrganization, org)
            g.add(change, _org.resultingOrganization, iris.organisation(entity.successor))
        if entity.register_id:
            g.text(org, _kb.register, entity.register_id)
    for key, person in sorted(resolution.persons.items()):
        node = iris.person(key)
        g.add(node, _rdf.type, _foaf.Person)
        g.text(node, _foaf.name, person.name)
        g.text(node, _foaf.familyName, person.family_name)
        g.text(node, _foaf.givenName, person.given_name)
    for key, post in sorted(resolution.posts.items()):
        node = iris.post(key)
        g.add(node, _rdf.type, _org.Post)
        g.text(node, _skos.prefLabel, post.label)
        if post.organisation:
            g.add(node, _org.postIn, iris.organisation(resolution.organisation(post.organisation)))
    g.check()
    triples = set(g.triples)
    for contribution in contributions:
        triples.update(contribution)
    return quads_of(g.graph, sorted(triples))


def _commitments_across_letters(g: _Graph, answers: LetterAnswers, minter: Minter) -> None:
    """The status over the build of the letter's commitments (schema:actionStatus; kept: kb:fulfilledBy
    the letter that kept it), and each link from one of them to a later letter that keeps or
    restates it, with the rule, the reason and the later sentence's evidence."""
    iris = minter.text
    lid = answers.letter_id
    for state in answers.status:
        commitment = iris.in_letter(lid, "commitment", str(state.number))
        g.add(commitment, _schema.actionStatus, ACTION_STATUS.get(state.status, _kb.unknownStatus))
        if state.kept_in:
            g.add(commitment, _kb.fulfilledBy, iris.letter(state.kept_in))
    for link in answers.links:
        earlier = iris.in_letter(lid, "commitment", str(link.earlier[1]))
        node = f"{earlier}/{'kept' if link.kind == 'fulfilledBy' else 'restated'}/{link.later_letter}"
        g.add(node, _rdf.type, _kb.CommitmentLink)
        g.add(node, _kb.linkFrom, earlier)
        g.add(node, _kb.linkKind, _kb[link.kind])
        g.add(node, _kb.linkTo, iris.letter(link.later_letter))
        g.add(earlier, _kb[link.kind], iris.letter(link.later_letter))
        if link.later is not None:
            later = iris.in_letter(link.later_letter, "commitment", str(link.later))
            g.add(node, _kb.laterCommitment, later)
            g.add(node, _kb.evidence, later + "#evidence")
        g.text(node, _kb.rule, link.rule)
        g.text(node, _kb.linkReason, link.reason)


def build_provenance(letters: Iterable[LetterGraph], minter: Minter, started: datetime,
                     ended: datetime | None = None) -> list[Quad]:
    """The build graph: one activity for this run, with its times and what it used."""
    iris = minter.text
    g = _Graph(iris.iri("graph", "build"))
    stamp = started.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    run = iris.iri("build", stamp)
    software = iris.software(__version__)
    g.add(run, _rdf.type, _prov.Activity)
    g.typed(run, _prov.startedAtTime, started.astimezone(UTC).isoformat(), _xsd.dateTime)
    g.typed(run, _prov.endedAtTime, (ended or datetime.now(UTC)).astimezone(UTC).isoformat(),
            _xsd.dateTime)
    g.add(run, _prov.wasAssociatedWith, software)
    for letter in letters:
        g.add(run, _prov.used, iris.source(letter.sha256))
    return g.quads()
