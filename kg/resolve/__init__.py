"""Resolution over all letters: canonical organisations, persons and posts, commitments across
letters, and what each letter's keys resolve to (its answers). Imports the domain and
extraction; no RDF.
"""
