"""Namespaces: our own small vocabulary (kb:) and the standard ones it builds on.

Terms are pyoxigraph NamedNodes, made through ``Vocabulary`` objects that refuse a term
they do not know (like rdflib's DefinedNamespace with ``_fail = True``), so a misspelt term
fails at import time, not in a graph. ``tests/test_vocab.py`` checks that every kb: term
used here is declared in ontology/kg.ttl. The stances and organisation kinds are kb: terms
named once, in the domain (kg/domain/keys.py).
"""
from __future__ import annotations

from pyoxigraph import NamedNode

from ..domain.keys import ORG_KINDS, STANCES

KB_NS = "https://w3id.org/kamerbrieven/def#"
DEFAULT_BASE = "https://w3id.org/kamerbrieven/id/"


class Vocabulary:
    """A namespace with a closed list of terms: ``KB.Letter`` works, ``KB.Leter`` raises."""

    def __init__(self, prefix: str, namespace: str, terms: str):
        self._prefix = prefix
        self._namespace = namespace
        self._terms = {term: NamedNode(namespace + term) for term in terms.split()}

    def __getattr__(self, term: str) -> NamedNode:
        try:
            return self._terms[term]
        except KeyError:
            raise AttributeError(f"{self._prefix}:{term} is not a term of {self._namespace}") from None

    def __getitem__(self, term: str) -> NamedNode:
        return self.__getattr__(term)

    @property
    def namespace(self) -> str:
        return self._namespace

    @property
    def terms(self) -> list[str]:
        return list(self._terms)


KB = Vocabulary("kb", KB_NS, """
    Letter SourceFile Signature Report Finding Recommendation UnansweredRecommendation Response Commitment
    Reference LegalInstrument Event Mention Evidence Sentence inSentence OrganisationKind StanceScheme Stance
    OrgKindScheme ReferenceKind ReferenceKindScheme EventKind
    kenmerk uwKenmerk subject kamerstuk dossier dossierTitle letterNumber addressee addressedTo heading
    publicationIdentifier officialPage
    senderUnit signature signatory roleLabel post sha256 fileName mediaType
    mentions mentionOf inLetter nameAsWritten evidence extractor rule cleanText sentence
    orgKind acronym formerName register
    respondsTo cites author reportGenre reportDate hasRecommendation recommendationText
    recommendationNumber addresseeLabel response stance cue responseTo
    commitmentText dueDate dueText madeBy requestedBy
    CommitmentLink CommitmentKind commitmentKind newPromise restatedPromise keptPromise unknownStatus
    madeAt madeOn fulfilledBy restatedIn linkFrom linkTo laterCommitment linkKind linkReason
    referenceKind officialIdentifier normalisedIdentifier referenceText
    instrumentKind article eventKind eventDate attributedTo findingOf
    toolVersion
""" + " ".join(STANCES) + " " + " ".join(ORG_KINDS))
REFKIND = Vocabulary("refkind", "https://w3id.org/kamerbrieven/def/reference-kind#",
                     "kamerstuk handelingen aanhangsel motie kamervragen brief other")
RDF = Vocabulary("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type value")
RDFS = Vocabulary("rdfs", "http://www.w3.org/2000/01/rdf-schema#", "label comment subClassOf seeAlso")
OWL = Vocabulary("owl", "http://www.w3.org/2002/07/owl#", "sameAs")
XSD = Vocabulary("xsd", "http://www.w3.org/2001/XMLSchema#",
                 "string date dateTime gYearMonth gYear integer nonNegativeInteger boolean")
SKOS = Vocabulary("skos", "http://www.w3.org/2004/02/skos/core#",
                  "prefLabel altLabel hiddenLabel notation inScheme Concept ConceptScheme")
ORG = Vocabulary("org", "http://www.w3.org/ns/org#", """
    Organization FormalOrganization OrganizationalUnit Post Membership ChangeEvent
    subOrganizationOf unitOf hasUnit postIn heldBy holds member organization role memberDuring
    memberOf changedBy resultedFrom originalOrganization resultingOrganization classification""")
FOAF = Vocabulary("foaf", "http://xmlns.com/foaf/0.1/", "Person Agent name familyName givenName")
DCTERMS = Vocabulary("dcterms", "http://purl.org/dc/terms/", """
    date title identifier creator references isPartOf description issued modified license
    publisher source type hasPart""")
SCHEMA = Vocabulary("schema", "https://schema.org/", "Report PlanAction agent scheduledTime object actionStatus "
                    "ActionStatusType PotentialActionStatus CompletedActionStatus")
PROV = Vocabulary("prov", "http://www.w3.org/ns/prov#", """
    Entity Activity SoftwareAgent wasDerivedFrom wasGeneratedBy wasAssociatedWith used
    startedAtTime endedAtTime generatedAtTime wasAttributedTo""")
OA = Vocabulary("oa", "http://www.w3.org/ns/oa#", """
    Annotation SpecificResource TextQuoteSelector TextPositionSelector hasSource hasSelector
    hasTarget exact prefix suffix start end""")
TIME = Vocabulary("time", "http://www.w3.org/2006/time#", "Interval Instant inside inXSDDate hasBeginning hasEnd")
TOOI = "https://identifier.overheid.nl/tooi/"

PREFIXES = {
    "kb": KB_NS, "refkind": REFKIND.namespace,
    "rdf": RDF.namespace, "rdfs": RDFS.namespace, "owl": OWL.namespace, "xsd": XSD.namespace,
    "skos": SKOS.namespace, "org": ORG.namespace, "foaf": FOAF.namespace,
    "dcterms": DCTERMS.namespace, "schema": SCHEMA.namespace, "prov": PROV.namespace,
    "oa": OA.namespace, "time": TIME.namespace,
    "dcat": "http://www.w3.org/ns/dcat#", "void": "http://rdfs.org/ns/void#",
    "sh": "http://www.w3.org/ns/shacl#",
}
