"""RDF: the vocabulary, IRIs, the graphs written from facts (letter graphs, entities, build), RDF
files in and out, export formats and the portal description.
"""
