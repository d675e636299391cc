"""Frozen dataclasses passed between the pipeline stages.

    ingest     -> Letter        (source path, raw text, sha256)
    clean      -> CleanText     (text without page furniture, offset map back to the source)
    structure  -> Document      (letter head, paragraphs, sections, sentences, footnotes, closing)
    extract    -> Fact          (each with its Evidence: letter, offsets, quote, extractor@version)

Offsets in a Span are positions in the clean text; Evidence carries positions in the source
text (the decoded text of the file), so that ``letter.text[start:end] == evidence.exact``.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class OfficialReference:
    """An ``extref`` of the official XML: the identifier it names and where its text stands."""

    doc: str  # 'kst-28844-266', 'h-tk-20222023-84-12', 'stb-2020-118', 'https://...'
    start: int  # offsets in Letter.text
    end: int


@dataclass(frozen=True)
class OfficialPublication:
    """What the official XML of a publication states exactly (kg/read/officialxml.py reads it)."""

    identifier: str | None = None  # 'kst-28844-269', 'ah-tk-20202021-3235'
    chamber: str | None = None  # 'Tweede Kamer der Staten-Generaal'
    meeting_year: str | None = None  # '2022-2023'
    dossier: str | None = None  # '28844', '35000-VI'
    dossier_title: str | None = None
    number: str | None = None  # '269', 'D'
    heading: str | None = None  # 'BRIEF VAN DE MINISTER VAN ...'
    date: Date | None = None
    signatories: tuple[tuple[str, str], ...] = ()  # (role, name)
    references: tuple[OfficialReference, ...] = ()
    headings: tuple[int, ...] = ()  # where each heading (tussenkop) starts in Letter.text


@dataclass(frozen=True)
class Letter:
    """One source file, decoded to text."""

    path: Path
    text: str
    sha256: str
    media_type: str  # text/plain, text/markdown, application/pdf, text/html, application/xml
    official: OfficialPublication | None = None  # read from the official XML
    warnings: tuple[str, ...] = ()  # what reading it found (bytes that are not UTF-8)

    @property
    def name(self) -> str:
        """The file name as text; bytes that are not UTF-8 show as U+FFFD (RDF cannot hold them)."""
        return self.path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@dataclass(frozen=True)
class Span:
    """A half-open range [start, end) of the clean text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote marker removed from the running text, and where it stood."""

    number: str
    offset: int  # position in the clean text where the marker was


@dataclass(frozen=True)
class CleanText:
    """Letter text with page furniture removed, hyphenation mended and paragraphs joined.

    ``text`` holds one paragraph per line: first the lines of the letter head (up to
    ``head_end``), then the body paragraphs, then the footnotes (from ``body_end``).
    ``segments`` is the offset map back to the source: each ``(clean_start, source_start)``
    pair says that clean text from ``clean_start`` on was copied from the source at
    ``source_start``, up to the next pair. ``heading_hints`` are the starts of paragraphs
    that the source marked up as headings (Markdown ``#`` or a line wholly in emphasis).
    """

    letter: Letter
    text: str
    segments: tuple[tuple[int, int], ...]
    head_end: int
    body_end: int
    footnote_refs: tuple[FootnoteRef, ...] = ()
    heading_hints: frozenset[int] = frozenset()

    def to_source(self, offset: int) -> int:
        """The source position of clean position ``offset``."""
        if not self.segments:
            return 0
        index = bisect_right(self.segments, (offset, 1 << 62)) - 1
        clean_start, source_start = self.segments[max(index, 0)]
        return source_start + max(offset - clean_start, 0)

    def source_span(self, span: Span) -> tuple[int, int]:
        """The source offsets [start, end) that a clean span was made from."""
        if span.end <= span.start:
            pos = self.to_source(span.start)
            return pos, pos
        return self.to_source(span.start), self.to_source(span.end - 1) + 1


@dataclass(frozen=True)
class Paragraph:
    span: Span
    kind: str  # "text", "heading", "footnote"


@dataclass(frozen=True)
class Sentence:
    span: Span
    text: str
    paragraph: int  # index into Document.paragraphs


@dataclass(frozen=True)
class Section:
    title: str
    span: Span  # from the heading to the next heading


@dataclass(frozen=True)
class Footnote:
    number: str
    span: Span
    text: str


@dataclass(frozen=True)
class Signatory:
    role: str
    name: str
    span: Span


@dataclass(frozen=True)
class LetterHead:
    date: Date | None = None
    kenmerk: str | None = None
    uw_kenmerk: str | None = None
    subject: str | None = None
    addressee: str | None = None
    ministry: str | None = None
    directorate_general: str | None = None
    directorate: str | None = None
    unit: str | None = None
    dossier: str | None = None  # "19637"
    dossier_title: str | None = None
    number: str | None = None  # "1405" or "D"
    heading: str | None = None  # "BRIEF VAN DE MINISTER VOOR IMMIGRATIE EN ASIEL"
    place: str | None = None

    @property
    def kamerstuk(self) -> str | None:
        """'19637-1405' when the letter states both its dossier and its number."""
        if self.dossier and self.number:
            return f"{self.dossier}-{self.number}"
        return None


@dataclass(frozen=True)
class Document:
    """A structured letter: its head, body, closing and footnotes."""

    clean: CleanText
    head: LetterHead
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    footnotes: tuple[Footnote, ...]
    signatories: tuple[Signatory, ...]
    body: Span  # the running text between the head and the closing
    warnings: tuple[str, ...] = ()

    @property
    def letter(self) -> Letter:
        return self.clean.letter

    @property
    def text(self) -> str:
        return self.clean.text

    @property
    def reading_regions(self) -> list[Span]:
        """The running text and the footnotes; the letter head and the closing are left out."""
        return [self.body] + [note.span for note in self.footnotes if note.span.start >= self.body.end]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.span.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds clean offset ``offset``, if any."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].span.end:
            return self.sentences[index]
        return None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: offsets into the source text, the quote, and who read it."""

    start: int  # source offsets
    end: int
    exact: str  # the source text at [start, end)
    text: str  # the same passage as clean text (hyphenation mended, lines joined)
    extractor: str  # "organisations.v1"
    rule: str = ""  # which rule or register entry fired
    clean_start: int = 0  # the same passage in the clean text (for later extractors)
    clean_end: int = 0


@dataclass(frozen=True)
class Fact:
    """Base of every extracted fact."""

    evidence: Evidence


@dataclass(frozen=True)
class OrganisationMention(Fact):
    name: str  # as written
    key: str  # canonical key (register id or normalised name)
    canonical_name: str
    kind: str  # ministry, agency, inspectorate, ngo, committee, parliament, party, ...
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # key of the parent organisation
    register: bool = False  # True when the organisation comes from the register


@dataclass(frozen=True)
class PersonMention(Fact):
    name: str  # as written, fullest form
    key: str  # canonical key
    family_name: str
    given_name: str | None = None
    initials: str | None = None
    role: str | None = None
    party: str | None = None  # party key
    organisation: str | None = None  # organisation key of the role


@dataclass(frozen=True)
class PostMention(Fact):
    """A person named by their post only ('de Staatssecretaris van Justitie en Veiligheid')."""

    role: str  # as written
    post_key: str  # key of the post (as a signature would give it)
    date: str | None = None  # ISO date of the letter: who held the post then


@dataclass(frozen=True)
class SignatoryFact(Fact):
    name: str
    role: str
    person_key: str
    post_key: str
    organisation: str | None = None  # ministry key


@dataclass(frozen=True)
class LegalInstrumentMention(Fact):
    name: str  # canonical name
    key: str
    kind: str  # law, treaty, directive, convention, constitution, regulation
    article: str | None = None
    written: str = ""


@dataclass(frozen=True)
class ReferenceMention(Fact):
    kind: str  # kamerstuk, handelingen, aanhangsel, motie, kamervragen, brief, other
    identifier: str | None
    text: str
    official_id: str | None = None  # "kst-35000-VI-116"
    date: Date | None = None


@dataclass(frozen=True)
class EventMention(Fact):
    kind: str  # commissiedebat, rondetafelgesprek, begrotingsbehandeling, overleg, ...
    label: str
    date: str | None = None  # ISO date, or YYYY-MM when only the month is known


@dataclass(frozen=True)
class ReportFact(Fact):
    title: str
    key: str
    genre: str  # rapport, onderzoek, bundel, artikel, advies, doorlichting, bericht
    authors: tuple[str, ...] = ()  # organisation or person keys
    author_names: tuple[str, ...] = ()
    date: str | None = None
    responded: bool = False  # the letter responds to it rather than only citing it


@dataclass(frozen=True)
class FindingFact(Fact):
    report: str | None  # report key
    text: str
    attributed_to: str | None = None  # organisation key


@dataclass(frozen=True)
class ResponseFact(Fact):
    stance: str  # accepted, partially, rejected, already, noted
    cue: str | None = None
    found: bool = True  # False: no sentence answers it (stance noted, evidence the recommendation's own)


@dataclass(frozen=True)
class RecommendationFact(Fact):
    text: str
    number: int
    report: str | None  # report key
    report_title: str | None
    addressee: str | None  # as written
    addressee_key: str | None
    response: ResponseFact | None = None
    addressee_keys: tuple[str, ...] = ()  # every organisation the addressee names (addressee_key is the first)


@dataclass(frozen=True)
class CommitmentFact(Fact):
    text: str
    number: int
    due: str | None = None  # ISO date or YYYY-MM or YYYY
    due_text: str | None = None
    post: str | None = None  # post key of whoever made it
    requested_by: str | None = None  # person key (op verzoek van het lid ...)
    kind: str = "new"  # new (promised now), restated (an earlier promise told again), kept (kept by this letter)
    status: str = "open"  # as this letter tells: open, kept (by this letter), unknown
    made_at: str | None = None  # the debate, motion or letter where an earlier promise was made, as written
    made_on: str | None = None  # its ISO date (or YYYY-MM)
    origin: tuple[str, int, int] | None = None  # ('event' | 'reference', evidence start, end) of where it was made
    kept_by: Evidence | None = None  # the sentence of this letter that keeps it (its rule: the cue that says so)
    cites: tuple[str, ...] = ()  # letters its sentence cites: 'kst-19637-1405' or 'brief@2019-06-03'


@dataclass(frozen=True)
class Extraction:
    """Everything read from one letter."""

    document: Document
    facts: tuple[Fact, ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()

    def of(self, kind: type) -> list:
        return [fact for fact in self.facts if isinstance(fact, kind)]


# ---------------------------------------------------------------- commitments across letters

@dataclass(frozen=True)
class CommitmentLink:
    """A later letter keeps or restates a promise an earlier letter made (or the same letter keeps it)."""

    kind: str  # 'fulfilledBy' or 'restatedIn'
    earlier: tuple[str, int]  # (letter id, commitment number) of the promise
    later_letter: str  # letter id of the letter that keeps or restates it
    later: int | None  # the commitment number in the later letter, when its sentence is one
    rule: str  # the rule that made the link (kg/resolve/commitment_links.py)
    evidence: str  # the sentence of the later letter
    reason: str  # what joined them: the reference, the post, the words they share


@dataclass(frozen=True)
class CommitmentLife:
    """Every commitment's status over the letters of a build, and the links between letters."""

    links: tuple[CommitmentLink, ...] = ()
    status: tuple[tuple[tuple[str, int], str, str | None], ...] = ()  # ((letter id, number), status, kept by letter id)


# ---------------------------------------------------------------- resolved entities

@dataclass(frozen=True)
class OrganisationEntity:
    """One real organisation, however the letters spell it."""

    key: str
    name: str
    kind: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # key
    same_as: tuple[str, ...] = ()  # verified authority IRIs (TOOI)
    successor: str | None = None  # key of the organisation it became (a former name)
    register: bool = False
    register_id: str | None = None


@dataclass(frozen=True)
class PersonEntity:
    key: str
    name: str
    family_name: str
    given_name: str | None = None
    initials: str | None = None


@dataclass(frozen=True)
class PostEntity:
    key: str
    label: str
    organisation: str | None = None  # organisation key


@dataclass(frozen=True)
class Resolution:
    """Canonical entities across all letters of a build, and how mention keys map onto them."""

    organisations: dict[str, OrganisationEntity]
    persons: dict[str, PersonEntity]
    posts: dict[str, PostEntity]
    person_alias: dict[str, str] = field(default_factory=dict)  # mention key -> canonical key
    organisation_alias: dict[str, str] = field(default_factory=dict)
    post_holders: dict[str, str] = field(default_factory=dict)  # 'post-key@2021-07-08' -> person key
    commitments: CommitmentLife | None = None  # commitments across the letters (kg/resolve/commitment_links.py)

    def holder(self, post_key: str, day: str | None) -> str | None:
        """The person who held the post on that day, when the letters of the build tell us."""
        return self.post_holders.get(f"{post_key}@{day}") if day else None

    def person(self, key: str) -> str:
        return self.person_alias.get(key, key)

    def organisation(self, key: str) -> str:
        return self.organisation_alias.get(key, key)

    def commitments_of(self, letter_id: str) -> tuple[list[tuple[int, str, str | None]], list[CommitmentLink]]:
        """The status of each commitment of the letter ``letter_id`` over the build, (number, status,
        kept by letter id), and the links from them to later letters, in the order of ``commitments``."""
        return self._commitments_by_letter.get(letter_id, ([], []))

    @cached_property
    def _commitments_by_letter(self) -> dict[str, tuple[list[tuple[int, str, str | None]], list[CommitmentLink]]]:
        by_letter: dict[str, tuple[list[tuple[int, str, str | None]], list[CommitmentLink]]] = {}
        life = self.commitments or CommitmentLife()
        for (letter_id, number), status, kept_in in life.status:
            by_letter.setdefault(letter_id, ([], []))[0].append((number, status, kept_in))
        for link in life.links:
            by_letter.setdefault(link.earlier[0], ([], []))[1].append(link)
        return by_letter
