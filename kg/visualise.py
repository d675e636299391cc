"""Graph views: the entity network of a kg dataset, as GraphML/GEXF, interactive HTML and pictures.

``project(quads)`` turns the RDF dataset into a networkx ``MultiDiGraph``: nodes are the
things a reader cares about (letters, organisations, persons, posts, reports,
recommendations, commitments, legal instruments, events), each with a ``type``, a ``label``
and its ``iri``; edges are their relations, keyed by relation name, with a ``weight``
(a letter that mentions an organisation five times has weight 5). The relations:

    letter -mentions-> organisation | person | law | event      (weighted by mentions)
    letter -signed by-> person          person -holds-> post -post in-> organisation
    letter -responds to | cites-> report -recommends-> recommendation -addressed to-> organisation
    report -author-> organisation | person     organisation -part of-> organisation
    letter -commits-> commitment -made by-> post      person -member of-> party

``node_facts`` collects, for each node, what the letters say about it with the evidence
quote and the letter it is in; the HTML view shows them on click. matplotlib is imported
only when a picture is asked for, so ``kg build`` stays fast.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import BinaryIO

import networkx as nx
from pyoxigraph import Quad, QuerySolutions, Store

from .domain.errors import UsageError
from .domain.keys import STANCES
from .domain.resources import data_file
from .query import PROLOGUE as PREFIXES

# type name -> (class pattern, label expression); the first type a resource matches wins.
NODE_TYPES: dict[str, tuple[str, str]] = {
    "Letter": ("?node a kb:Letter .",
               "COALESCE(?title, ?subject, ?identifier)"),
    "Report": ("?node a kb:Report .", "COALESCE(?title, ?pref)"),
    "Recommendation": ("?node a kb:Recommendation .", "?recommendation"),
    "Commitment": ("?node a kb:Commitment .", "?commitment"),
    "Organisation": ("?node a org:Organization .", "COALESCE(?pref, ?name)"),
    "Person": ("?node a foaf:Person .", "COALESCE(?name, ?pref)"),
    "Post": ("?node a org:Post .", "COALESCE(?pref, ?label)"),
    "LegalInstrument": ("?node a kb:LegalInstrument .", "?pref"),
    "Event": ("?node a kb:Event .", "?label"),
}
TYPE_ORDER = tuple(NODE_TYPES)
TYPE_COLOURS = {
    "Letter": "#4e79a7", "Report": "#f28e2b", "Recommendation": "#e15759", "Commitment": "#76b7b2",
    "Organisation": "#59a14f", "Person": "#edc948", "Post": "#b07aa1", "LegalInstrument": "#ff9da7",
    "Event": "#9c755f",
}
STANCE_COLOURS = {"accepted": "#59a14f", "partially": "#edc948", "rejected": "#e15759",
                  "already": "#4e79a7", "noted": "#bab0ac"}


@dataclass(frozen=True)
class Relation:
    """One kind of edge: a SPARQL pattern binding ?source and ?target (and ?weight when counted)."""

    name: str
    pattern: str
    source_type: str
    target_type: str
    counted: bool = False  # weight = how many times the pattern matches
    inverse: str = ""  # how the relation reads from the target's side


RELATIONS: tuple[Relation, ...] = (
    Relation("mentions", "?source kb:mentions ?target . OPTIONAL { ?mention kb:mentionOf ?target ; "
             "kb:inLetter ?source }", "Letter", "Organisation", counted=True, inverse="mentioned in"),
    Relation("signed by", "?source a kb:Letter ; dcterms:creator ?target .", "Letter", "Person", inverse="signed"),
    Relation("responds to", "?source kb:respondsTo ?target .", "Letter", "Report", inverse="answered by"),
    Relation("cites", "?source kb:cites ?target .", "Letter", "Report", inverse="cited by"),
    Relation("recommends", "?source kb:hasRecommendation ?target .", "Report", "Recommendation",
             inverse="recommended in"),
    Relation("addressed to", "?source kb:addressedTo ?target .", "Recommendation", "Organisation",
             inverse="addressee of"),
    Relation("author", "?source a kb:Report ; dcterms:creator ?target .", "Report", "Organisation",
             inverse="author of"),
    Relation("holds", "?source org:holds ?target .", "Person", "Post", inverse="held by"),
    Relation("post in", "?source org:postIn ?target .", "Post", "Organisation", inverse="has post"),
    Relation("part of", "?source org:subOrganizationOf ?target .", "Organisation", "Organisation", inverse="has part"),
    Relation("member of", "?source org:memberOf ?target .", "Person", "Organisation", inverse="has member"),
    Relation("sender unit", "?source kb:senderUnit ?target .", "Letter", "Organisation", inverse="sent"),
    Relation("commits", "?target a kb:Commitment ; kb:inLetter ?source .", "Letter", "Commitment", inverse="made in"),
    Relation("made by", "?source a kb:Commitment ; kb:madeBy ?target .", "Commitment", "Post", inverse="committed to"),
    Relation("requested by", "?source kb:requestedBy ?target .", "Commitment", "Person", inverse="requested"),
    Relation("kept in", "?source a kb:Commitment ; kb:fulfilledBy ?target .", "Commitment", "Letter", inverse="keeps"),
    Relation("restated in", "?source a kb:Commitment ; kb:restatedIn ?target .", "Commitment", "Letter",
             inverse="restates"),
    Relation("answers", "?target a kb:Recommendation ; kb:inLetter ?source . "
             "FILTER NOT EXISTS { ?report kb:hasRecommendation ?target }", "Letter", "Recommendation",
             inverse="answered in"),
)


@dataclass(frozen=True)
class NodeFact:
    """Something a letter says about a node, with the passage that says it."""

    kind: str  # "mentioned", "signed", "stated", "response: rejected", ...
    text: str  # what was said (name as written, role, recommendation text)
    quote: str  # the evidence passage
    letter: str  # letter IRI
    letter_label: str
    prefix: str = ""  # the source text just before the quote
    suffix: str = ""  # and just after it


def store_of(dataset: Sequence[Quad]) -> Store:
    store = Store()
    store.bulk_extend(list(dataset))
    return store


def _select(store: Store, query: str) -> list[dict[str, str]]:
    rows = []
    solutions = store.query(PREFIXES + query, use_default_graph_as_union=True)
    if not isinstance(solutions, QuerySolutions):
        raise TypeError(f"not a SELECT query: {query[:80]}")
    variables = [v.value for v in solutions.variables]
    for solution in solutions:
        row = {}
        for name in variables:
            term = solution[name]
            if term is not None:
                row[name] = term.value
        rows.append(row)
    return rows


def tail(iri: str) -> str:
    """The last readable segment of an IRI: '.../org/ind' -> 'ind'."""
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _nodes(store: Store) -> dict[str, dict[str, object]]:
    nodes: dict[str, dict[str, object]] = {}
    for type_name, (pattern, label) in NODE_TYPES.items():
        query = f"""SELECT ?node (MIN({label}) AS ?label) (MIN(?kind) AS ?kind) (MIN(?date) AS ?date)
          (MIN(?stance) AS ?stance) (MIN(STR(?official)) AS ?page) (MIN(?status) AS ?status) WHERE {{
          {pattern}
          FILTER(isIRI(?node))
          OPTIONAL {{ ?node dcterms:title ?title }} OPTIONAL {{ ?node kb:subject ?subject }}
          OPTIONAL {{ ?node dcterms:identifier ?identifier }} OPTIONAL {{ ?node skos:prefLabel ?pref }}
          OPTIONAL {{ ?node foaf:name ?name }} OPTIONAL {{ ?node rdfs:label ?label }}
          OPTIONAL {{ ?node kb:recommendationText ?recommendation }}
          OPTIONAL {{ ?node kb:commitmentText ?commitment }}
          OPTIONAL {{ ?node kb:orgKind ?kindNode . BIND(REPLACE(STR(?kindNode), "^.*#", "") AS ?kind) }}
          OPTIONAL {{ ?node kb:instrumentKind ?kind }} OPTIONAL {{ ?node kb:eventKind ?kind }}
          OPTIONAL {{ ?node kb:reportGenre ?kind }} OPTIONAL {{ ?node kb:officialPage ?official }}
          OPTIONAL {{ ?node dcterms:date|kb:reportDate|kb:eventDate|kb:dueDate ?date }}
          OPTIONAL {{ ?node kb:response/kb:stance ?stanceNode .
                      BIND(REPLACE(STR(?stanceNode), "^.*#", "") AS ?stance) }}
          OPTIONAL {{ ?node schema:actionStatus ?statusNode . BIND(IF(CONTAINS(STR(?statusNode), "Potential"), "open",
                      IF(CONTAINS(STR(?statusNode), "Completed"), "kept", "unknown")) AS ?status) }}
        }} GROUP BY ?node"""
        for row in _select(store, query):
            iri = row["node"]
            if iri in nodes:
                continue
            label = row.get("label") or _person_name_written(store, iri) or tail(iri)
            node: dict[str, object] = {"type": type_name, "label": short(label), "iri": iri}
            for extra in ("kind", "date", "stance", "page", "status"):  # page: a letter's official page
                if row.get(extra):
                    node[extra] = row[extra]
            nodes[iri] = node
    return nodes


def _person_name_written(store: Store, iri: str) -> str | None:
    rows = _select(store, f"SELECT ?name WHERE {{ ?x kb:mentionOf|kb:signatory <{iri}> ; kb:nameAsWritten ?name }} "
                          "ORDER BY DESC(STRLEN(?name)) LIMIT 1")
    return rows[0]["name"] if rows else None


def project(dataset: Sequence[Quad] | Store) -> nx.MultiDiGraph:
    """The entity network of a dataset (see the module docstring for what it holds)."""
    store = dataset if isinstance(dataset, Store) else store_of(dataset)
    graph = nx.MultiDiGraph()
    for iri, attributes in _nodes(store).items():
        graph.add_node(iri, **attributes)
    for relation in RELATIONS:
        where = f"WHERE {{ {relation.pattern} FILTER(isIRI(?source) && isIRI(?target)) }}"
        if relation.counted:
            query = f"SELECT ?source ?target (COUNT(DISTINCT ?mention) AS ?weight) {where} GROUP BY ?source ?target"
        else:
            query = f"SELECT DISTINCT ?source ?target {where}"
        for row in _select(store, query):
            source, target = row["source"], row["target"]
            if source == target:
                continue
            for iri, type_name in ((source, relation.source_type), (target, relation.target_type)):
                if iri not in graph:
                    graph.add_node(iri, type=type_name, label=tail(iri), iri=iri)
            graph.add_edge(source, target, key=relation.name, relation=relation.name,
                           weight=max(int(row.get("weight", "1") or 1), 1))
    for node in graph.nodes:
        graph.nodes[node]["degree"] = len(set(graph.predecessors(node)) | set(graph.successors(node)))
    return graph


def node_facts(dataset: Sequence[Quad] | Store) -> dict[str, list[NodeFact]]:
    """For every resource: what the letters say about it, with the evidence passage and the letter."""
    store = dataset if isinstance(dataset, Store) else store_of(dataset)
    evidence = """?ev oa:hasSource ?letter . OPTIONAL { ?ev rdf:value ?clean }
        OPTIONAL { ?ev oa:hasSelector ?selector . ?selector oa:exact ?exact
                   OPTIONAL { ?selector oa:prefix ?prefix } OPTIONAL { ?selector oa:suffix ?suffix } }
        OPTIONAL { ?ev oa:hasSelector ?position . ?position oa:start ?start }
        OPTIONAL { ?letter dcterms:title ?letterTitle } OPTIONAL { ?letter dcterms:date ?letterDate }
        BIND(COALESCE(?clean, ?exact) AS ?quote)"""
    patterns = {  # what binds ?node, ?ev (the evidence) and ?text, per kind of fact
        "mentioned": "?fact kb:mentionOf ?node ; kb:evidence ?ev . OPTIONAL { ?fact kb:nameAsWritten ?text }",
        "signed": "?fact kb:signatory ?node ; kb:evidence ?ev . OPTIONAL { ?fact kb:roleLabel ?text }",
        "stated": """?node kb:evidence ?ev .
            FILTER NOT EXISTS { ?node a kb:Mention } FILTER NOT EXISTS { ?node a kb:Signature }
            OPTIONAL { ?node kb:recommendationText|kb:commitmentText|rdfs:label|rdf:value ?text }""",
        "commitment": """?link a kb:CommitmentLink ; kb:linkFrom ?node ; kb:linkKind ?linkKind ; kb:evidence ?ev .
            BIND(IF(CONTAINS(STR(?linkKind), "fulfilled"), "kept in", "restated in") AS ?text)""",
        "response": """?node kb:response ?fact . ?fact kb:stance ?stance ; kb:evidence ?ev .
            BIND(REPLACE(STR(?stance), "^.*#", "") AS ?text)""",
    }
    facts: dict[str, list[NodeFact]] = {}
    for kind, pattern in patterns.items():
        query = (f"SELECT ?node ?text ?quote ?prefix ?suffix ?letter ?letterTitle ?letterDate WHERE {{ {pattern} "
                 f"{evidence} }} ORDER BY ?node ?letter (xsd:integer(?start)) ?quote ?text")
        for row in _select(store, query):
            if "quote" not in row:
                continue
            letter = row.get("letter", "")
            letter_label = " · ".join(v for v in (row.get("letterDate"), row.get("letterTitle")) if v) or tail(letter)
            told = kind in ("response", "commitment")  # the text goes into the kind: 'response: rejected'
            fact = NodeFact(kind=f"{kind}: {row.get('text', '')}" if told else kind,
                            text="" if told else row.get("text", ""), quote=row["quote"], letter=letter,
                            letter_label=short(letter_label, 120),
                            prefix=_one_line(row.get("prefix", "")), suffix=_one_line(row.get("suffix", "")))
            bucket = facts.setdefault(row["node"], [])
            if fact not in bucket:
                bucket.append(fact)
    return facts


def _one_line(text: str) -> str:
    """Runs of white space as one space, kept at the ends (the context must join its quote)."""
    return re.sub(r"\s+", " ", text)


def find_entity(graph: nx.MultiDiGraph, wanted: str) -> str:
    """The node an --ego argument names: its IRI, the end of its IRI, or (part of) its label."""
    if wanted in graph:
        return wanted
    by_tail = [node for node in graph if tail(node).casefold() == wanted.casefold()]
    if len(by_tail) == 1:
        return by_tail[0]
    needle = wanted.casefold()
    exact = [node for node, data in graph.nodes(data=True) if str(data.get("label", "")).casefold() == needle]
    if len(exact) == 1:
        return exact[0]
    partial = [node for node, data in graph.nodes(data=True) if needle in str(data.get("label", "")).casefold()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise UsageError(f"--ego '{wanted}': no entity in the graph has that IRI or label")
    names = "; ".join(sorted(f"{graph.nodes[n]['label']} <{n}>" for n in partial)[:5])
    raise UsageError(f"--ego '{wanted}' matches {len(partial)} entities ({names}); give the IRI")


def ego_network(graph: nx.MultiDiGraph, centre: str, depth: int) -> nx.MultiDiGraph:
    """The part of the network within ``depth`` steps of ``centre``, edges in either direction."""
    keep = set(nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), centre, cutoff=depth))
    return graph.subgraph(keep).copy()


def _focus(graph: nx.MultiDiGraph, ego: str | None, depth: int) -> tuple[nx.MultiDiGraph, str | None]:
    if not ego:
        return graph, None
    centre = find_entity(graph, ego)
    return ego_network(graph, centre, depth), centre


# ---------------------------------------------------------------- GraphML and GEXF

def _plain(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all strings or numbers, as GraphML and GEXF require."""
    plain = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        plain.add_node(node, **{k: v for k, v in data.items() if isinstance(v, (str, int, float))})
    for source, target, key, data in graph.edges(keys=True, data=True):
        plain.add_edge(source, target, key=key, **{k: v for k, v in data.items() if isinstance(v, (str, int, float))})
    return plain


def write_graphml(graph: nx.MultiDiGraph, stream: BinaryIO) -> None:
    nx.write_graphml(_plain(graph), stream, encoding="utf-8", prettyprint=True)


def write_gexf(graph: nx.MultiDiGraph, stream: BinaryIO) -> None:
    plain = _plain(graph)
    for node in plain.nodes:  # Gephi shows the node's "label" as its name
        plain.nodes[node]["label"] = str(plain.nodes[node].get("label", node))
    nx.write_gexf(plain, stream, encoding="utf-8", prettyprint=True)


# ---------------------------------------------------------------- interactive HTML

def view_data(dataset: Sequence[Quad], ego: str | None = None, depth: int = 1) -> dict:
    """What the HTML view shows, as JSON-ready data: nodes with their facts, edges, types."""
    store = store_of(dataset)
    graph = project(store)
    centre = find_entity(graph, ego) if ego else None
    facts = node_facts(store)
    order = sorted(graph.nodes, key=lambda n: (TYPE_ORDER.index(graph.nodes[n]["type"]), graph.nodes[n]["label"], n))
    index = {node: i for i, node in enumerate(order)}
    nodes = []
    for node in order:
        data = dict(graph.nodes[node])
        data["id"] = index[node]
        data["facts"] = [asdict(fact) for fact in facts.get(node, [])]
        nodes.append(data)
    edges = [{"source": index[s], "target": index[t], "relation": data["relation"], "weight": data["weight"]}
             for s, t, data in sorted(graph.edges(data=True),
                                      key=lambda e: (index[e[0]], index[e[1]], e[2]["relation"]))]
    types = [{"name": name, "colour": TYPE_COLOURS[name],
              "count": sum(1 for n in nodes if n["type"] == name)} for name in TYPE_ORDER]
    inverses = {relation.name: relation.inverse or f"{relation.name} (from)" for relation in RELATIONS}
    return {"nodes": nodes, "edges": edges, "types": [t for t in types if t["count"]], "inverses": inverses,
            "ego": index[centre] if centre else None, "depth": depth}


def html_view(dataset: Sequence[Quad], ego: str | None = None, depth: int = 1,
              title: str = "kg") -> tuple[str, int]:
    """One self-contained HTML page (no network needed) showing the network; and its node count."""
    data = view_data(dataset, ego, depth)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    template = data_file("graph_view.html").read_text(encoding="utf-8")
    script = data_file("graph_view.js").read_text(encoding="utf-8")
    parts = {"TITLE": _escape_html(title), "DATA": payload, "SCRIPT": script.replace("</", "<\\/")}
    page = re.sub(r"\{\{(TITLE|DATA|SCRIPT)\}\}", lambda match: parts[match.group(1)], template)
    return page, len(data["nodes"])


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- pictures

def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    plt.rcParams["svg.hashsalt"] = "kg"  # stable ids in SVG output
    return plt


def overview_picture(dataset: Sequence[Quad], stream: BinaryIO, fmt: str, ego: str | None = None,
                     depth: int = 1) -> int:
    """The network drawn with colours by type and sizes by degree; returns the number of nodes."""
    plt = _pyplot()
    from matplotlib.lines import Line2D
    graph, centre = _focus(project(dataset), ego, depth)
    figure, axes = plt.subplots(figsize=(12, 9), dpi=110)
    axes.set_axis_off()
    if graph.number_of_nodes() == 0:
        axes.text(0.5, 0.5, "The graph holds no entities to draw.", ha="center", va="center")
    else:
        simple = nx.Graph(graph.to_undirected())
        positions = nx.spring_layout(simple, seed=7, k=1.6 / max(len(simple) ** 0.5, 1), iterations=120)
        degrees = dict(simple.degree())
        nx.draw_networkx_edges(simple, positions, ax=axes, width=0.6, edge_color="#9aa0a6", alpha=0.7)
        for type_name in TYPE_ORDER:
            members = [n for n in simple if graph.nodes[n]["type"] == type_name]
            if members:
                nx.draw_networkx_nodes(simple, positions, nodelist=members, ax=axes,
                                       node_color=TYPE_COLOURS[type_name], edgecolors="white", linewidths=0.6,
                                       node_size=[40 + 40 * degrees[n] ** 0.9 for n in members])
        ranked = sorted(simple, key=lambda n: (-degrees[n], graph.nodes[n]["label"]))
        shown = set(ranked[:25]) | ({centre} if centre else set())
        nx.draw_networkx_labels(simple, positions, ax=axes, font_size=7,
                                labels={n: short(str(graph.nodes[n]["label"]), 40) for n in shown})
        handles = [Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS[t], label=t)
                   for t in TYPE_ORDER if any(graph.nodes[n]["type"] == t for n in graph)]
        axes.legend(handles=handles, loc="lower left", fontsize=8, frameon=False)
    heading = f"Around {graph.nodes[centre]['label']} (depth {depth})" if centre else "Entities and their relations"
    axes.set_title(f"{heading}: {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations", fontsize=11)
    figure.tight_layout()
    figure.savefig(stream, format=fmt, metadata=_metadata(fmt))
    plt.close(figure)
    return graph.number_of_nodes()


def stance_counts(dataset: Sequence[Quad] | Store) -> dict[str, dict[str, int]]:
    """Per report title: how many of its recommendations got each stance ('none' = no response)."""
    store = dataset if isinstance(dataset, Store) else store_of(dataset)
    rows = _select(store, """SELECT ?report (MIN(?title) AS ?label) ?stance (COUNT(DISTINCT ?rec) AS ?n) WHERE {
        ?rec a kb:Recommendation .
        OPTIONAL { ?report kb:hasRecommendation ?rec . OPTIONAL { ?report dcterms:title ?title } }
        OPTIONAL { ?rec kb:response/kb:stance ?stanceNode }
        BIND(COALESCE(REPLACE(STR(?stanceNode), "^.*#", ""), "none") AS ?stance)
    } GROUP BY ?report ?stance""")
    counts: dict[str, dict[str, int]] = {}
    labels: dict[str, str] = {}
    for row in rows:
        report = row.get("report", "")
        label = row.get("label") or (tail(report) if report else "(no report named)")
        labels.setdefault(report, label)
        counts.setdefault(report, {})[row["stance"]] = int(row["n"])
    return {short(labels[report], 70): value for report, value in sorted(counts.items(), key=lambda kv: labels[kv[0]])}


def stance_chart(dataset: Sequence[Quad], stream: BinaryIO, fmt: str) -> int:
    """A stacked bar per report: its recommendations by the government's stance; returns the bars."""
    plt = _pyplot()
    counts = stance_counts(dataset)
    stances = list(STANCES) + ["none"]
    colours = dict(STANCE_COLOURS, none="#e0e0e0")
    height = max(3.0, 0.55 * len(counts) + 2.0)
    figure, axes = plt.subplots(figsize=(10, height), dpi=110)
    reports = list(counts)
    if not reports:
        axes.set_axis_off()
        axes.text(0.5, 0.5, "The graph holds no recommendations.", ha="center", va="center")
    else:
        left = [0] * len(reports)
        for stance in stances:
            values = [counts[r].get(stance, 0) for r in reports]
            if any(values):
                bars = axes.barh(reports, values, left=left, color=colours[stance], label=stance,
                                 edgecolor="white", linewidth=0.6)
                axes.bar_label(bars, labels=[str(v) if v else "" for v in values], label_type="center", fontsize=8)
                left = [a + b for a, b in zip(left, values)]
        axes.invert_yaxis()
        axes.set_xlabel("recommendations")
        axes.xaxis.get_major_locator().set_params(integer=True)
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=len(stances), frameon=False, fontsize=8)
        axes.spines[["top", "right"]].set_visible(False)
    figure.suptitle("The government's response to each report's recommendations", fontsize=11)
    figure.tight_layout()
    figure.savefig(stream, format=fmt, metadata=_metadata(fmt))
    plt.close(figure)
    return len(reports)


def _metadata(fmt: str) -> dict[str, str | None]:
    """No creation dates in the pictures, so the same graph gives the same file."""
    if fmt == "svg":
        return {"Date": None}
    if fmt == "png":
        return {"Software": "kg"}
    return {}
