"""Explain an entity: what it is, and every place in the letters that made it.

``explain(store, "IND")`` finds the organisation, person or post that ENTITY names (an IRI, a
key such as ``ind`` or ``a-broekers-knol``, or a name, alias or acronym, ignoring case) and
returns its canonical name and kind, and each mention or signature: the letter, the quote,
its offsets in the source file, and the extractor and rule (or register entry) that read it.
A commitment (``kg explain letter/kst-19637-1405/commitment/1``) is explained with its kind,
status, where it was made, and each letter that keeps or restates it: the rule, why, the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store

from .domain.errors import InputError, UsageError
from .query import PROLOGUE as PREFIXES

_CANDIDATES = PREFIXES + """
SELECT DISTINCT ?entity ?label WHERE {
  { ?entity a org:Organization } UNION { ?entity a foaf:Person } UNION { ?entity a org:Post }
  { ?entity skos:prefLabel ?label } UNION { ?entity skos:altLabel ?label } UNION { ?entity kb:acronym ?label }
  UNION { ?entity foaf:name ?label } UNION { ?entity foaf:familyName ?label }
}"""

_DESCRIBE = PREFIXES + """
SELECT ?name ?kind ?acronym ?alias ?parent ?sameAs ?type WHERE {
  ?entity a ?type .
  OPTIONAL { ?entity skos:prefLabel ?prefLabel } OPTIONAL { ?entity foaf:name ?foafName }
  BIND(COALESCE(?prefLabel, ?foafName) AS ?name)
  OPTIONAL { ?entity kb:orgKind ?kindConcept . BIND(STRAFTER(STR(?kindConcept), "#") AS ?kind) }
  OPTIONAL { ?entity kb:acronym ?acronym }
  OPTIONAL { ?entity skos:altLabel ?alias }
  OPTIONAL { ?entity org:subOrganizationOf ?parent }
  OPTIONAL { ?entity owl:sameAs ?sameAs }
}"""

_MENTIONS = PREFIXES + """
SELECT ?letter ?file ?exact ?start ?end ?extractor ?rule ?role WHERE {
  { ?node kb:mentionOf ?entity } UNION { ?node kb:signatory ?entity }
  UNION { ?node kb:post ?entity . ?node a kb:Signature }
  ?node kb:evidence ?evidence .
  ?evidence oa:hasSource ?letter ; oa:hasSelector ?quote, ?position .
  ?quote oa:exact ?exact . ?position oa:start ?start ; oa:end ?end .
  OPTIONAL { ?evidence kb:extractor ?extractor } OPTIONAL { ?evidence kb:rule ?rule }
  OPTIONAL { ?node kb:roleLabel ?role }
  OPTIONAL { ?letter prov:wasDerivedFrom/kb:fileName ?file }
}
ORDER BY ?letter ?start"""


@dataclass(frozen=True)
class MentionTrace:
    """One place in one letter that names the entity, and who read it there."""

    letter: str  # letter IRI
    file: str | None
    quote: str
    start: int
    end: int
    extractor: str | None
    rule: str | None
    role: str | None = None


@dataclass(frozen=True)
class Explanation:
    iri: str
    name: str | None
    kind: str | None  # organisation kind, or 'person' / 'post'
    acronym: str | None
    aliases: tuple[str, ...]
    parent: str | None
    same_as: tuple[str, ...]
    mentions: tuple[MentionTrace, ...]


_COMMITMENT = PREFIXES + """
SELECT ?text ?kind ?status ?due ?letter ?file ?exact ?start ?end ?rule ?madeAt ?madeOn ?keptIn WHERE {
  ?c kb:commitmentText ?text ; kb:inLetter ?letter ; kb:evidence ?evidence .
  ?evidence oa:hasSelector ?quote, ?position . ?quote oa:exact ?exact . ?position oa:start ?start ; oa:end ?end .
  OPTIONAL { ?evidence kb:rule ?rule }
  OPTIONAL { ?c kb:commitmentKind ?kind } OPTIONAL { ?c schema:actionStatus ?status } OPTIONAL { ?c kb:dueDate ?due }
  OPTIONAL { ?c kb:madeAt ?origin . OPTIONAL { ?origin rdfs:label ?label } OPTIONAL { ?origin kb:referenceText ?ref }
             BIND(COALESCE(?label, ?ref) AS ?madeAt) }
  OPTIONAL { ?c kb:madeOn ?madeOn } OPTIONAL { ?c kb:fulfilledBy ?keptIn }
  OPTIONAL { ?letter prov:wasDerivedFrom/kb:fileName ?file }
}"""

_LINKS = PREFIXES + """
SELECT ?kind ?to ?rule ?reason ?exact ?start ?end WHERE {
  ?link a kb:CommitmentLink ; kb:linkFrom ?c ; kb:linkKind ?kind ; kb:linkTo ?to ; kb:rule ?rule .
  OPTIONAL { ?link kb:linkReason ?reason }
  OPTIONAL { ?link kb:evidence ?evidence . ?evidence oa:hasSelector ?quote, ?position .
             ?quote oa:exact ?exact . ?position oa:start ?start ; oa:end ?end }
}
ORDER BY ?to ?start"""


@dataclass(frozen=True)
class LinkTrace:
    """A letter that keeps or restates the commitment: the rule that linked them, why, and the sentence."""

    kind: str  # fulfilledBy, restatedIn
    letter: str
    rule: str
    reason: str | None
    quote: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class CommitmentExplanation:
    """A commitment: what was promised, its kind and status, where it was read, and its links."""

    iri: str
    text: str
    kind: str | None
    status: str | None
    due: str | None
    made_at: str | None
    made_on: str | None
    kept_in: tuple[str, ...]
    read_at: MentionTrace
    links: tuple[LinkTrace, ...]


def _commitment_iri(store: Store, wanted: str) -> str | None:
    """The IRI of the commitment ``wanted`` names (its IRI, or its end such as letter/kst-1/commitment/2)."""
    if "/commitment/" not in wanted:
        return None
    query = PREFIXES + "SELECT DISTINCT ?c WHERE { ?c a kb:Commitment . FILTER(STRENDS(STR(?c), ?wanted)) }"
    query = query.replace("?wanted", str(Literal(wanted.strip())))
    rows = list(_select(store, query))
    return rows[0]["c"].value if len(rows) == 1 else None


def explain_commitment(store: Store, iri: str) -> CommitmentExplanation:
    """A commitment, its evidence, status and the letters that keep or restate it."""
    rows = list(_select(store, _COMMITMENT.replace("?c ", f"<{iri}> ").replace("?c .", f"<{iri}> .")))
    if not rows:
        raise InputError(f"no commitment {iri} in the graph")
    row = rows[0]
    read_at = MentionTrace(letter=row["letter"].value, file=_value(row["file"]), quote=row["exact"].value,
                           start=int(row["start"].value), end=int(row["end"].value), extractor="commitments",
                           rule=_value(row["rule"]))
    links = [LinkTrace(kind=_local_name(link["kind"]) or "", letter=link["to"].value, rule=link["rule"].value,
                       reason=_value(link["reason"]), quote=_value(link["exact"]),
                       start=int(link["start"].value) if link["start"] is not None else None,
                       end=int(link["end"].value) if link["end"] is not None else None)
             for link in _select(store, _LINKS.replace("?c ", f"<{iri}> ").replace("?c ;", f"<{iri}> ;"))]
    return CommitmentExplanation(
        iri=iri, text=row["text"].value, kind=_local_name(row["kind"]), status=_local_name(row["status"]),
        due=_value(row["due"]),
        made_at=next((_value(r["madeAt"]) for r in rows if r["madeAt"] is not None), None),
        made_on=_value(row["madeOn"]),
        kept_in=tuple(sorted({r["keptIn"].value for r in rows if r["keptIn"] is not None})),
        read_at=read_at, links=tuple(dict.fromkeys(links)))


def find_entity(store: Store, entity: str) -> str:
    """The IRI of the one organisation, person or post that ``entity`` names; InputError otherwise."""
    wanted = entity.strip()
    if not wanted:
        raise UsageError("say which entity to explain: an IRI, a key (ind) or a name (IND)")
    candidates: dict[str, set[str]] = {}
    for solution in _select(store, _CANDIDATES):
        candidates.setdefault(solution["entity"].value, set()).add(solution["label"].value)
    if wanted in candidates:
        return wanted
    by_key = [iri for iri in candidates if iri.rstrip("/").rsplit("/", 1)[-1] == wanted]
    if len(by_key) == 1:
        return by_key[0]
    folded = wanted.casefold()
    by_label = sorted(iri for iri, labels in candidates.items() if any(label.casefold() == folded for label in labels))
    mentioned = [iri for iri in by_label if _mention_count(store, iri)]
    chosen = mentioned or by_label
    if len(chosen) == 1:
        return chosen[0]
    if len(chosen) > 1:
        raise InputError(f"'{entity}' names {len(chosen)} entities ({', '.join(chosen[:5])}); give the IRI or key")
    raise InputError(f"no organisation, person or post in the graph is called '{entity}'; "
                     f"list them with: kg query organisations -g GRAPH (or persons)")


def _mention_count(store: Store, iri: str) -> int:
    query = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { { ?m kb:mentionOf ?e } UNION { ?m kb:signatory ?e } }"
    rows = list(_select(store, query.replace("?e", f"<{iri}>")))
    return int(rows[0]["n"].value) if rows else 0


def explain(store: Store, entity: str) -> Explanation | CommitmentExplanation:
    """Describe the entity ENTITY names and trace each of its mentions to its letter, quote and rule.

    A commitment (its IRI, or its end: ``letter/kst-19637-1405/commitment/1``) is explained with its
    status, the letters that keep or restate it, and each link's rule and evidence."""
    commitment = _commitment_iri(store, entity.strip()) if entity.strip() else None
    if commitment:
        return explain_commitment(store, commitment)
    iri = find_entity(store, entity)
    node = NamedNode(iri)
    name = kind = acronym = parent = None
    aliases: set[str] = set()
    same_as: set[str] = set()
    for row in _select(store, _DESCRIBE.replace("?entity", f"<{iri}>")):
        name = name or _value(row["name"])
        acronym = acronym or _value(row["acronym"])
        parent = parent or _value(row["parent"])
        kind = kind or _value(row["kind"])
        rdf_type = _value(row["type"]) or ""
        if not kind and rdf_type.endswith("/Person"):
            kind = "person"
        elif not kind and rdf_type.endswith("#Post"):
            kind = "post"
        if row["alias"] is not None:
            aliases.add(row["alias"].value)
        if row["sameAs"] is not None:
            same_as.add(row["sameAs"].value)
    mentions: dict[tuple[str, int, int], MentionTrace] = {}  # the first row of each place
    for row in _select(store, _MENTIONS.replace("?entity", f"<{node.value}>")):
        place = (row["letter"].value, int(row["start"].value), int(row["end"].value))
        mentions.setdefault(place, MentionTrace(
            letter=place[0], file=_value(row["file"]), quote=row["exact"].value, start=place[1], end=place[2],
            extractor=_value(row["extractor"]), rule=_value(row["rule"]), role=_value(row["role"])))
    return Explanation(iri=iri, name=name, kind=kind, acronym=acronym, aliases=tuple(sorted(aliases)),
                       parent=parent, same_as=tuple(sorted(same_as)), mentions=tuple(mentions.values()))


def _select(store: Store, query: str) -> QuerySolutions:
    """The solutions of one of the SELECT queries above, over the union of the graphs."""
    result = store.query(query, use_default_graph_as_union=True)
    if not isinstance(result, QuerySolutions):
        raise TypeError(f"not a SELECT query: {query[:80]}")
    return result


def _value(term: NamedNode | Literal | None) -> str | None:
    return term.value if term is not None else None


def _local_name(term: NamedNode | Literal | None) -> str | None:
    """The last part of an IRI ('https://schema.org/PotentialActionStatus' -> 'PotentialActionStatus')."""
    value = _value(term)
    return value.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if value is not None else None


_STATUS = {"PotentialActionStatus": "open", "CompletedActionStatus": "kept", "unknownStatus": "unknown"}


def commitment_text(explanation: CommitmentExplanation) -> str:
    """A commitment's explanation as lines for a terminal."""
    kind = (explanation.kind or "").replace("Promise", "") or "?"
    lines = [f"commitment ({kind}, {_STATUS.get(explanation.status or '', explanation.status or 'status not known')})",
             f"  iri: {explanation.iri}", f"  text: {explanation.text}"]
    if explanation.due:
        lines.append(f"  due: {explanation.due}")
    if explanation.made_at or explanation.made_on:
        made_on = f" ({explanation.made_on})" if explanation.made_on else ""
        lines.append(f"  made at: {explanation.made_at or '?'}{made_on}")
    for letter in explanation.kept_in:
        lines.append(f"  kept in: {letter}")
    read = explanation.read_at
    lines.append(f"  read in {read.file or read.letter} {read.start}-{read.end}  <- commitments [{read.rule or '?'}]")
    for link in explanation.links:
        what = "kept in" if link.kind == "fulfilledBy" else "restated in"
        lines.append(f"  {what} {link.letter}  <- rule {link.rule}" + (f": {link.reason}" if link.reason else ""))
        if link.quote:
            lines.append(f"    {link.start}-{link.end}: \"{' '.join(link.quote.split())}\"")
    return "\n".join(lines)


def explanation_text(explanation: Explanation | CommitmentExplanation) -> str:
    """The explanation as lines for a terminal."""
    if isinstance(explanation, CommitmentExplanation):
        return commitment_text(explanation)
    lines = [f"{explanation.name or explanation.iri}  ({explanation.kind or 'entity'})", f"  iri: {explanation.iri}"]
    if explanation.acronym:
        lines.append(f"  acronym: {explanation.acronym}")
    if explanation.aliases:
        lines.append(f"  also written: {'; '.join(explanation.aliases)}")
    if explanation.parent:
        lines.append(f"  part of: {explanation.parent}")
    for iri in explanation.same_as:
        lines.append(f"  same as: {iri}")
    letters = {m.letter for m in explanation.mentions}
    lines.append(f"  {len(explanation.mentions)} mention{'s' if len(explanation.mentions) != 1 else ''} "
                 f"in {len(letters)} letter{'s' if len(letters) != 1 else ''}:")
    for mention in explanation.mentions:
        where = mention.file or mention.letter.rsplit("/", 1)[-1]
        quote = " ".join(mention.quote.split())
        how = f"{mention.extractor or '?'}" + (f" [{mention.rule}]" if mention.rule else "")
        role = f" as {mention.role}" if mention.role else ""
        lines.append(f"    {where} {mention.start}-{mention.end}: \"{quote}\"{role}  <- {how}")
    return "\n".join(lines)
