"""Resolve: mentions -> canonical entities across the letters of one build.

Organisations meet on their key (a register id, or a normalised name); persons on their key
(first initial and family name), and a bare family name ('het lid Gesthuizen') joins the one
person with that family name when the corpus knows exactly one. The canonical name of an
organisation is the register's, else the fullest form the letters give; of a person, the
fullest written form.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from .iris import slug
from .model import (Extraction, OrganisationEntity, OrganisationMention, PersonEntity, PersonMention,
                    PostEntity, Resolution, SignatoryFact)
from .names import split_name

STAGE = "resolve.v1"


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge the mentions of all letters into canonical entities."""
    org_mentions: dict[str, list[OrganisationMention]] = defaultdict(list)
    person_names: dict[str, list[str]] = defaultdict(list)
    posts: dict[str, PostEntity] = {}
    for extraction in extractions:
        for fact in extraction.facts:
            if isinstance(fact, OrganisationMention):
                org_mentions[fact.key].append(fact)
            elif isinstance(fact, PersonMention):
                person_names[fact.key].append(fact.name)
            elif isinstance(fact, SignatoryFact):
                person_names[fact.person_key].append(fact.name)
                posts.setdefault(fact.post_key, PostEntity(fact.post_key, fact.role, fact.organisation))

    organisations = {key: _organisation(key, mentions) for key, mentions in org_mentions.items()}
    for post in posts.values():
        if post.organisation and post.organisation not in organisations:
            name = _ministry_name(post.label)
            if name:
                organisations[post.organisation] = OrganisationEntity(post.organisation, name, "ministry")

    persons: dict[str, PersonEntity] = {}
    alias: dict[str, str] = {}
    by_family: dict[str, set[str]] = defaultdict(set)
    for key, names in person_names.items():
        if split_name(max(names, key=len)).initials or split_name(max(names, key=len)).given:
            by_family[split_name(names[0]).family_key].add(key)
    for key, names in person_names.items():
        parsed = split_name(max(names, key=len))
        target = key
        if not (parsed.initials or parsed.given):
            known = by_family.get(parsed.family_key, set())
            if len(known) == 1:
                target = next(iter(known))
        alias[key] = target
    for key, names in person_names.items():
        target = alias[key]
        fullest = max((n for k, ns in person_names.items() if alias[k] == target for n in ns), key=_fullness)
        parsed = split_name(fullest)
        persons[target] = PersonEntity(target, fullest, parsed.family, parsed.given, parsed.initials)
    return Resolution(organisations=organisations, persons=persons, posts=posts, person_alias=alias)


def _fullness(name: str) -> tuple[int, int]:
    parsed = split_name(name)
    return (2 if parsed.given else 1 if parsed.initials else 0, len(name))


def _organisation(key: str, mentions: list[OrganisationMention]) -> OrganisationEntity:
    registered = [m for m in mentions if m.register]
    first = registered[0] if registered else max(mentions, key=lambda m: len(m.canonical_name))
    aliases = sorted({m.name for m in mentions} | {a for m in mentions for a in m.aliases}
                     - {first.canonical_name, first.acronym or ""})
    return OrganisationEntity(key=key, name=first.canonical_name, kind=first.kind, acronym=first.acronym,
                              aliases=tuple(a for a in aliases if a), parent=first.parent,
                              register=bool(registered))


def _ministry_name(role: str) -> str | None:
    from .names import ministry_of_role
    return ministry_of_role(role)


def ministry_key(name: str) -> str:
    return slug(name)
