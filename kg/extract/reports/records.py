"""The records the reports extractor fills: a ``_Mention`` (one place where a report is named, with the slots where
its authors may stand), a ``_Report`` (a report collected from its mentions in one letter), and ``_Named`` (the
organisation and person mentions of earlier extractors by where they start, for the author slots)."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ...domain.model import OrganisationMention, PersonMention, Sentence, Span


@dataclass
class _Report:
    """A report being collected from its mentions in one letter."""

    key: str
    title: str
    genre: str
    span: Span
    titled: bool
    rule: str
    authors: list[str] = field(default_factory=list)
    author_names: list[str] = field(default_factory=list)
    date: str | None = None
    responded: bool = False
    quoted: bool = False

    def add_author(self, key: str, name: str) -> None:
        if key and key not in self.authors:
            self.authors.append(key)
            self.author_names.append(name)


@dataclass(frozen=True)
class _Mention:
    """One place where a report is named."""

    title: str
    genre: str
    span: Span  # the genre noun through the title, in clean text
    titled: bool
    rule: str
    author_slot: tuple[Span, ...]  # where its authors may be named
    sentence: Sentence | None
    author_text: str = ""  # an author named as bare text (the subject line)
    date: str | None = None  # a date written with the title: 'X (2024)'
    known_authors: tuple[tuple[str, str], ...] = ()  # (key, name) of the authors a register knows


class _Named:
    """The organisation and person mentions of a letter by where they start in the clean text, so that
    'which lie in this slot' is a bisection, not a scan of every mention for every report (quadratic)."""

    def __init__(self, organisations: list[OrganisationMention], persons: list[PersonMention]) -> None:
        self._organisations = sorted(organisations, key=lambda fact: fact.evidence.clean_start)
        self._organisation_starts = [fact.evidence.clean_start for fact in self._organisations]
        self._persons = sorted(persons, key=lambda fact: fact.evidence.clean_start)
        self._person_starts = [fact.evidence.clean_start for fact in self._persons]

    def organisations_in(self, start: int, end: int) -> list[OrganisationMention]:
        """The organisation mentions starting in [start, end)."""
        starts = self._organisation_starts
        return self._organisations[bisect_left(starts, start):bisect_left(starts, end)]

    def persons_in(self, start: int, end: int) -> list[PersonMention]:
        """The person mentions starting in [start, end)."""
        starts = self._person_starts
        return self._persons[bisect_left(starts, start):bisect_left(starts, end)]
