"""Resolve: mentions -> canonical entities across the letters of one build.

Organisations meet on their key: a register id, or the normalised name of an organisation the
register does not know. Two unknown organisations with the same acronym, or whose name is a
name of a register entry, are one. The canonical name is the register's, else the fullest form
the letters give; every other written form becomes an alias. Register parents and former
names (``successor``) are brought in, so that ``org:subOrganizationOf`` and change events
always point at a described organisation.

Persons meet on their key (first initial and family name: ``A. Broekers-Knol`` and ``Ankie
Broekers-Knol`` are ``a-broekers-knol``); a bare family name (``het lid Gesthuizen``) joins the
one person with that family name and an initial or given name, when the build knows exactly
one. The canonical name is the fullest written form.

Posts come from the signatures (``Staatssecretaris van Justitie en Veiligheid``), each in the
ministry its label names, resolved to the register's ministry.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from ..domain.keys import slug
from ..domain.model import (
    Extraction,
    OrganisationEntity,
    OrganisationMention,
    PersonEntity,
    PersonMention,
    PostEntity,
    PostMention,
    Resolution,
    SignatoryFact,
)
from ..domain.names import ministry_of_role, split_name
from ..extract.organisations import Register, register
from .commitment_links import link_commitments


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    """Merge the mentions of all letters into canonical entities, and follow commitments across them."""
    extractions = list(extractions)
    reg = register()
    org_mentions: dict[str, list[OrganisationMention]] = defaultdict(list)
    person_names: dict[str, list[str]] = defaultdict(list)
    party_keys: set[str] = set()
    posts: dict[str, PostEntity] = {}
    signed: dict[str, list[tuple[date, str]]] = defaultdict(list)  # post key -> (letter date, person key)
    asked: set[tuple[str, str]] = set()  # (post key, ISO date) of posts named without a person
    for extraction in extractions:
        day = extraction.document.head.date
        for fact in extraction.facts:
            if isinstance(fact, SignatoryFact) and day:
                signed[fact.post_key].append((day, fact.person_key))
            elif isinstance(fact, PostMention) and fact.date:
                asked.add((fact.post_key, fact.date))
            if isinstance(fact, OrganisationMention):
                org_mentions[fact.key].append(fact)
            elif isinstance(fact, PersonMention):
                person_names[fact.key].append(fact.name)
                if fact.party:
                    party_keys.add(fact.party)
            elif isinstance(fact, SignatoryFact):
                person_names[fact.person_key].append(fact.name)
                posts.setdefault(fact.post_key, PostEntity(fact.post_key, fact.role, fact.organisation))

    alias = _organisation_aliases(org_mentions, reg)
    grouped: dict[str, list[OrganisationMention]] = defaultdict(list)
    for key, mentions in org_mentions.items():
        grouped[alias.get(key, key)].extend(mentions)
    organisations = {key: _organisation(key, mentions, reg) for key, mentions in grouped.items()}
    for key, mentions in org_mentions.items():
        for mention in mentions:
            alias.setdefault(slug(mention.name), alias.get(key, key))
    for key in party_keys:
        _add_from_register(organisations, reg, key)
    posts = {key: _post_in_register(post, reg, organisations, alias) for key, post in posts.items()}
    for key in list(organisations):
        _add_relatives(organisations, reg, key)

    persons, person_alias = _persons(person_names)
    holders = {}
    for post_key, asked_on in sorted(asked):
        holder = post_holder(signed.get(post_key, []), date.fromisoformat(asked_on))
        if holder:
            holders[f"{post_key}@{asked_on}"] = person_alias.get(holder, holder)
    return Resolution(organisations=organisations, persons=persons, posts=posts, person_alias=person_alias,
                      organisation_alias={k: v for k, v in alias.items() if k != v}, post_holders=holders,
                      commitments=link_commitments(extractions, posts))


HOLDER_REACH_DAYS = 120  # how far from a signature we still trust that the signer held the post


def post_holder(signatures: list[tuple[date, str]], day: date) -> str | None:
    """Who held a post on ``day``, from the dated signatures of the build; None when they do not tell.

    A person held the post between their first and last signature in it; outside every such span,
    the signer closest in time counts when within HOLDER_REACH_DAYS and no other signer is as close.
    """
    spans: dict[str, tuple[date, date]] = {}
    for signed_on, person in signatures:
        first, last = spans.get(person, (signed_on, signed_on))
        spans[person] = (min(first, signed_on), max(last, signed_on))
    inside = [person for person, (first, last) in spans.items() if first <= day <= last]
    if len(inside) == 1:
        return inside[0]
    if inside:
        return None
    distance = {person: min(abs((first - day).days), abs((last - day).days)) for person, (first, last) in spans.items()}
    if not distance:
        return None
    best = min(distance.values())
    closest = [person for person, d in distance.items() if d == best]
    return closest[0] if len(closest) == 1 and best <= HOLDER_REACH_DAYS else None


# ---------------------------------------------------------------- organisations

def _organisation_aliases(org_mentions: dict[str, list[OrganisationMention]], reg: Register) -> dict[str, str]:
    """Mention key -> canonical key, for unknown organisations that are a register entry or share an acronym."""
    alias: dict[str, str] = {}
    by_acronym: dict[str, str] = {}
    for key in sorted(org_mentions, key=lambda k: (not any(m.register for m in org_mentions[k]), k)):
        mentions = org_mentions[key]
        if any(m.register for m in mentions):
            for m in mentions:
                if m.acronym:
                    by_acronym.setdefault(m.acronym, key)
            continue
        names = {m.canonical_name for m in mentions} | {m.name for m in mentions}
        entry = next((found for found in map(reg.lookup, sorted(names)) if found), None)
        if entry is not None:
            alias[key] = entry.id
            continue
        acronym = next((m.acronym for m in mentions if m.acronym), None)
        if acronym and acronym in by_acronym and by_acronym[acronym] != key:
            alias[key] = by_acronym[acronym]
        elif acronym:
            by_acronym[acronym] = key
    return alias


def _organisation(key: str, mentions: list[OrganisationMention], reg: Register) -> OrganisationEntity:
    entry = reg.get(key)
    if entry is not None:
        name, kind, acronym, parent = entry.name, entry.kind, entry.acronym, entry.parent
    else:
        fullest = max(mentions, key=lambda m: (len(m.canonical_name), m.canonical_name))
        name, kind, parent = fullest.canonical_name, fullest.kind, fullest.parent
        acronym = next((m.acronym for m in mentions if m.acronym), None)
    written = ({m.name for m in mentions} | {a for m in mentions for a in m.aliases}
               | {m.canonical_name for m in mentions})
    aliases = sorted(a for a in written if a and a != name and a != acronym)
    return OrganisationEntity(key=key, name=name, kind=kind, acronym=acronym, aliases=tuple(aliases), parent=parent,
                              same_as=entry.same_as if entry else (), successor=entry.successor if entry else None,
                              register=entry is not None, register_id=entry.id if entry else None)


def _add_from_register(organisations: dict[str, OrganisationEntity], reg: Register, key: str) -> None:
    entry = reg.get(key)
    if entry is None or key in organisations:
        return
    organisations[key] = _organisation(key, [], reg)


def _add_relatives(organisations: dict[str, OrganisationEntity], reg: Register, key: str) -> None:
    """Bring in the parents and successors of an organisation, so that every link has a described target."""
    seen: set[str] = set()
    todo = [key]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        entity = organisations.get(current)
        if entity is None:
            _add_from_register(organisations, reg, current)
            entity = organisations.get(current)
        if entity is None:
            continue
        if entity.parent and entity.parent not in organisations and reg.get(entity.parent) is None:
            organisations[current] = replace(entity, parent=None)
            continue
        todo.extend(k for k in (entity.parent, entity.successor) if k)


def _post_in_register(post: PostEntity, reg: Register, organisations: dict[str, OrganisationEntity],
                      alias: dict[str, str]) -> PostEntity:
    """The post, placed in the register's ministry when its label names one."""
    ministry = ministry_of_role(post.label)
    entry = reg.lookup(ministry) if ministry else None
    if entry is None or entry.kind != "ministry":
        if post.organisation and post.organisation not in organisations and ministry:
            organisations[post.organisation] = OrganisationEntity(post.organisation, ministry, "ministry")
        return post
    _add_from_register(organisations, reg, entry.id)
    if post.organisation:
        alias[post.organisation] = entry.id
    return PostEntity(key=post.key, label=post.label, organisation=entry.id)


# ---------------------------------------------------------------- persons

def _persons(person_names: dict[str, list[str]]) -> tuple[dict[str, PersonEntity], dict[str, str]]:
    by_family: dict[str, set[str]] = defaultdict(set)
    for key, names in person_names.items():
        parsed = split_name(max(names, key=_fullness))
        if parsed.initials or parsed.given:
            by_family[parsed.family_key].add(key)
    alias: dict[str, str] = {}
    for key, names in person_names.items():
        parsed = split_name(max(names, key=_fullness))
        target = key
        if not (parsed.initials or parsed.given):
            known = by_family.get(parsed.family_key, set())
            if len(known) == 1:
                target = next(iter(known))
        alias[key] = target
    members: dict[str, list[str]] = defaultdict(list)
    for key, names in person_names.items():
        members[alias[key]].extend(names)
    persons: dict[str, PersonEntity] = {}
    for target, names in members.items():
        fullest = max(names, key=_fullness)
        parsed = split_name(fullest)
        persons[target] = PersonEntity(target, fullest, parsed.family, parsed.given, parsed.initials)
    return persons, alias


def _fullness(name: str) -> tuple[int, int, str]:
    parsed = split_name(name)
    return (2 if parsed.given else 1 if parsed.initials else 0, len(name), name)


__all__ = ["resolve"]
