"""What a letter graph depends on besides its own letter: the keys it names and the build's answers.

A letter graph is a function of the letter's extraction, the base IRI and its ``LetterAnswers``:
what the resolution of the whole build answers about the keys the letter names (``LetterKeys``).
So a build that keeps a letter's answers (``to_json``/``from_json``, or only their ``digest``)
knows, without building the graph again, whether it would come out the same:

* the canonical key of every organisation and person key it names (mentions, signatories,
  parties, addressees, requesters, the organisations findings are attributed to);
* who held each post the letter names without a person, on the letter's date;
* whether each report author is a person or an organisation, and its canonical key;
* which of its sender units (directorate-general, directorate, unit) the build describes;
* the life of its own commitments across the build: their status (kept, and by which letter)
  and the links from them to the later letters that keep or restate them.

Only the domain (kg/domain/model.py, kg/domain/keys.py) is imported here: no RDF.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from ..domain.keys import letter_slug, slug
from ..domain.model import (
    CommitmentFact,
    CommitmentLink,
    Extraction,
    FindingFact,
    OrganisationMention,
    PersonMention,
    PostMention,
    RecommendationFact,
    ReportFact,
    Resolution,
    SignatoryFact,
)

PERSON, ORGANISATION = "person", "organisation"  # what a report author resolves to


@dataclass(frozen=True)
class LetterKeys:
    """Every key one letter names that the resolution of the build may answer differently."""

    letter_id: str
    organisations: tuple[str, ...]  # organisation keys: mentions, parties, roles, addressees, attributions
    persons: tuple[str, ...]  # person keys: signatories, mentions, requesters
    holders: tuple[tuple[str, str], ...]  # (post key, ISO date) of posts named without a person
    authors: tuple[str, ...]  # report author keys: a person or an organisation
    units: tuple[str, ...]  # sender units (directorate-general, directorate, unit) as keys
    commitments: tuple[int, ...]  # the numbers of its commitments


@dataclass(frozen=True)
class CommitmentStatus:
    """One of the letter's commitments over the build: 'open', 'kept' or 'unknown', and who kept it."""

    number: int
    status: str
    kept_in: str | None = None  # the letter id of the letter that kept it


@dataclass(frozen=True)
class LetterAnswers:
    """What the resolution of a build answers about one letter's keys; comparable with ==.

    Each table is sorted and holds only plain strings, numbers and None, so the answers are the
    same value (and have the same ``digest``) in every process and every run."""

    letter_id: str
    organisations: tuple[tuple[str, str], ...] = ()  # (key, canonical key)
    persons: tuple[tuple[str, str], ...] = ()  # (key, canonical key)
    holders: tuple[tuple[str, str, str], ...] = ()  # (post key, ISO date, person key): the holders the build knows
    authors: tuple[tuple[str, str, str], ...] = ()  # (key, PERSON or ORGANISATION, canonical key)
    units: tuple[tuple[str, str], ...] = ()  # (unit key, canonical organisation key) of the units the build describes
    status: tuple[CommitmentStatus, ...] = ()
    links: tuple[CommitmentLink, ...] = ()  # from its commitments to later letters (kg/resolve/commitment_links.py)

    def to_json(self) -> dict[str, object]:
        """The answers as plain JSON values (``from_json`` reads them back)."""
        return {"letter_id": self.letter_id,
                "organisations": [list(pair) for pair in self.organisations],
                "persons": [list(pair) for pair in self.persons],
                "holders": [list(row) for row in self.holders],
                "authors": [list(row) for row in self.authors],
                "units": [list(pair) for pair in self.units],
                "status": [[s.number, s.status, s.kept_in] for s in self.status],
                "links": [[link.kind, link.earlier[0], link.earlier[1], link.later_letter, link.later, link.rule,
                           link.evidence, link.reason] for link in self.links]}

    @classmethod
    def from_json(cls, data: dict) -> LetterAnswers:
        """The answers ``to_json`` gave."""
        return cls(letter_id=data["letter_id"],
                   organisations=tuple((k, v) for k, v in data["organisations"]),
                   persons=tuple((k, v) for k, v in data["persons"]),
                   holders=tuple((p, d, h) for p, d, h in data["holders"]),
                   authors=tuple((k, kind, v) for k, kind, v in data["authors"]),
                   units=tuple((k, v) for k, v in data["units"]),
                   status=tuple(CommitmentStatus(n, s, kept) for n, s, kept in data["status"]),
                   links=tuple(CommitmentLink(kind=kind, earlier=(earlier, number), later_letter=later_letter,
                                              later=later, rule=rule, evidence=evidence, reason=reason)
                               for kind, earlier, number, later_letter, later, rule, evidence, reason
                               in data["links"]))

    def digest(self) -> str:
        """A sha256 of the answers, the same in every process and run."""
        text = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def letter_keys(extraction: Extraction) -> LetterKeys:
    """The keys a letter names; works on ``pipeline.summary_for_resolve`` of it (no evidence is read)."""
    document = extraction.document
    head = document.head
    organisations: list[str] = []
    persons: list[str] = []
    holders: list[tuple[str, str]] = []
    authors: list[str] = []
    commitments: list[int] = []
    for fact in extraction.facts:
        if isinstance(fact, SignatoryFact):
            persons.append(fact.person_key)
        elif isinstance(fact, OrganisationMention):
            organisations.append(fact.key)
        elif isinstance(fact, PostMention):
            if fact.date:
                holders.append((fact.post_key, fact.date))
        elif isinstance(fact, PersonMention):
            persons.append(fact.key)
            organisations += [key for key in (fact.party, fact.organisation) if key]
        elif isinstance(fact, ReportFact):
            authors += fact.authors
        elif isinstance(fact, FindingFact):
            if fact.attributed_to:
                organisations.append(fact.attributed_to)
        elif isinstance(fact, RecommendationFact):
            organisations += fact.addressee_keys or ((fact.addressee_key,) if fact.addressee_key else ())
        elif isinstance(fact, CommitmentFact):
            commitments.append(fact.number)
            if fact.requested_by:
                persons.append(fact.requested_by)
    units = [slug(unit) for unit in (head.directorate_general, head.directorate, head.unit) if unit]
    return LetterKeys(letter_id=letter_slug(document.letter, head), organisations=_sorted(organisations),
                      persons=_sorted(persons), holders=_sorted(holders), authors=_sorted(authors),
                      units=_sorted(units), commitments=_sorted(commitments))


def _sorted(items: list) -> tuple:
    """Each key once, in order (keys of one kind: all strings, numbers or pairs of strings)."""
    return tuple(sorted(set(items)))


def answers(resolution: Resolution, keys: LetterKeys) -> LetterAnswers:
    """What ``resolution`` answers about ``keys``: everything the letter's graphs depend on."""
    organisations, persons = resolution.organisations, resolution.persons
    holders = []
    for post_key, day in keys.holders:
        holder = resolution.holder(post_key, day)
        if holder:
            holders.append((post_key, day, holder))
    authors = []
    for key in keys.authors:
        person = resolution.person(key)
        if key in persons or person in persons:
            authors.append((key, PERSON, person))
        else:
            authors.append((key, ORGANISATION, resolution.organisation(key)))
    units = []
    for key in keys.units:
        canonical = resolution.organisation(key)
        if key in organisations or canonical in organisations:
            units.append((key, canonical))
    status, links = resolution.commitments_of(keys.letter_id)
    numbers = set(keys.commitments)
    return LetterAnswers(
        letter_id=keys.letter_id,
        organisations=tuple((key, resolution.organisation(key)) for key in keys.organisations),
        persons=tuple((key, resolution.person(key)) for key in keys.persons),
        holders=tuple(holders), authors=tuple(authors), units=tuple(units),
        status=tuple(CommitmentStatus(number, state, kept_in) for number, state, kept_in in status
                     if number in numbers),
        links=tuple(link for link in links if link.earlier[1] in numbers))


def letter_answers(resolution: Resolution, extraction: Extraction) -> LetterAnswers:
    """``answers(resolution, letter_keys(extraction))``."""
    return answers(resolution, letter_keys(extraction))


__all__ = ["LetterKeys", "LetterAnswers", "CommitmentStatus", "letter_keys", "answers", "letter_answers"]
