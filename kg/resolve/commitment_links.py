"""The life of a commitment across the letters of a build: fulfilled by, restated in, and status.

Each letter tells what it can of its own commitments (kg/extract/commitments.py: new, restated
or kept, and kept by this letter). Across letters, a later letter keeps or restates a promise an
earlier letter of the build made when all of these hold (rule ``cites-the-letter``):

* the later commitment restates or keeps an earlier promise, and its sentence cites the earlier
  letter: by its number (``Kamerstuk 29 279, nr. 302`` is the letter kst-29279-302) or by its
  date (``mijn brief van 7 maart 2016`` is the letter of that day, of the same post or ministry);
* the earlier letter is older, and the earlier commitment was made by the same post, or by a
  post of the same ministry;
* the two say what was promised in words they share: at least ``MIN_SHARED`` content words
  (five letters or more, not in ``GENERIC``); of several, the one that shares most.

A link is ``fulfilledBy`` when the later letter keeps the promise, else ``restatedIn``. A
commitment's status over the build is ``kept`` (with the letter that kept it: its own, or a later
one), else what its own letter says (``open`` or ``unknown``). Nothing else joins letters: no
link is made from the topic alone, so a promise kept by a letter that does not cite the letter of
the promise stays as its own letter left it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.keys import letter_slug
from ..domain.model import CommitmentFact, CommitmentLife, CommitmentLink, Extraction, PostEntity

RULE = "cites-the-letter"
MIN_SHARED = 2
_WORD = re.compile(r"[^\W\d_]{5,}")
# words of officialese too common to tie two promises together
GENERIC = frozenset("""
    kamer zoals eerder brief brieven toegezegd toezegging toezeggingen informeren informeer berichten rapporteren
    zullen hierover daarover voortgang stand zaken tijdens debat overleg commissiedebat algemeen mijn heeft hebben
    worden wordt daarbij daarnaast tevens onder andere verder nader nadere uiterlijk zomer najaar voorjaar januari
    februari maart april augustus september oktober november december aanzien betreft conform middels hierbij
    vergaderjaar kamerstuk nummer staatssecretaris minister kabinet regering""".split())


@dataclass(frozen=True)
class _Letter:
    """What linking needs of one letter."""

    id: str
    date: str | None
    ministries: frozenset[str]
    commitments: tuple[CommitmentFact, ...]


def content_words(text: str) -> set[str]:
    """The words of ``text`` that may tie two promises together (lower case)."""
    return {word for word in (w.lower() for w in _WORD.findall(text)) if word not in GENERIC}


def link_commitments(extractions: Iterable[Extraction], posts: dict[str, PostEntity] | None = None) -> CommitmentLife:
    """The links between the commitments of different letters, and every commitment's status."""
    posts = posts or {}
    letters = [_letter(extraction, posts) for extraction in extractions]
    by_id = {letter.id: letter for letter in letters}
    by_date: dict[str, list[_Letter]] = defaultdict(list)
    for letter in letters:
        if letter.date:
            by_date[letter.date].append(letter)
    links: list[CommitmentLink] = []
    for later in letters:
        for commitment in later.commitments:
            if commitment.kind == "new":
                continue
            link = _best_link(later, commitment, by_id, by_date, posts)
            if link is not None:
                links.append(link)
    links = sorted(set(links), key=lambda link: (link.earlier, link.later_letter, link.later or 0, link.kind))
    kept_by = {link.earlier: link.later_letter for link in links if link.kind == "fulfilledBy"}
    status: list[tuple[tuple[str, int], str, str | None]] = []
    for letter in sorted(letters, key=lambda letter: letter.id):
        for commitment in letter.commitments:
            key = (letter.id, commitment.number)
            if commitment.status == "kept":
                status.append((key, "kept", letter.id))
            elif key in kept_by:
                status.append((key, "kept", kept_by[key]))
            else:
                status.append((key, commitment.status if commitment.status in ("open", "unknown") else "open", None))
    return CommitmentLife(links=tuple(links), status=tuple(dict.fromkeys(status)))


def _letter(extraction: Extraction, posts: dict[str, PostEntity]) -> _Letter:
    document = extraction.document
    commitments = tuple(fact for fact in extraction.facts if isinstance(fact, CommitmentFact))
    ministries = frozenset(m for m in (_ministry(fact.post, posts) for fact in commitments) if m)
    return _Letter(id=letter_slug(document.letter, document.head),
                   date=document.head.date.isoformat() if document.head.date else None,
                   ministries=ministries, commitments=commitments)


def _ministry(post: str | None, posts: dict[str, PostEntity]) -> str | None:
    entity = posts.get(post or "")
    return entity.organisation if entity else None


def _same_maker(earlier: CommitmentFact, later: CommitmentFact, posts: dict[str, PostEntity]) -> bool:
    """The same post made both, or posts of the same ministry did."""
    if not earlier.post or not later.post:
        return False
    if earlier.post == later.post:
        return True
    ministry = _ministry(earlier.post, posts)
    return ministry is not None and ministry == _ministry(later.post, posts)


def _cited_letters(later: _Letter, commitment: CommitmentFact, by_id: dict[str, _Letter],
                   by_date: dict[str, list[_Letter]]) -> list[tuple[_Letter, str]]:
    """The earlier letters of the build that the commitment's sentence cites, each with how it cites it."""
    found: list[tuple[_Letter, str]] = []
    for cited in commitment.cites:
        if cited.startswith("brief@"):
            day = cited.split("@", 1)[1]
            found += [(letter, f"the letter of {day}") for letter in by_date.get(day, [])
                      if letter.ministries & later.ministries]
        elif cited in by_id:
            found.append((by_id[cited], cited))
    return [(letter, how) for letter, how in found
            if letter.id != later.id and letter.date and later.date and letter.date < later.date]


def _best_link(later: _Letter, commitment: CommitmentFact, by_id: dict[str, _Letter],
               by_date: dict[str, list[_Letter]], posts: dict[str, PostEntity]) -> CommitmentLink | None:
    """The earlier promise this commitment keeps or restates, when a cited letter of the build made it."""
    words = content_words(commitment.text)
    best: tuple[int, str, CommitmentLink] | None = None
    for earlier_letter, how in _cited_letters(later, commitment, by_id, by_date):
        for earlier in earlier_letter.commitments:
            shared = words & content_words(earlier.text)
            if len(shared) < MIN_SHARED or not _same_maker(earlier, commitment, posts):
                continue
            kind = "fulfilledBy" if commitment.status == "kept" else "restatedIn"
            reason = (f"{later.id} cites {how} ({earlier_letter.id}); made by {earlier.post}; "
                      f"shared words: {', '.join(sorted(shared))}")
            link = CommitmentLink(kind=kind, earlier=(earlier_letter.id, earlier.number), later_letter=later.id,
                                  later=commitment.number, rule=RULE, evidence=commitment.text, reason=reason)
            rank = (len(shared), earlier_letter.id)
            if best is None or rank > best[:2]:
                best = (rank[0], rank[1], link)
    return best[2] if best else None


__all__ = ["link_commitments", "content_words", "RULE"]
