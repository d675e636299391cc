"""Validation: SHACL shapes over the graphs, per letter graph and once over the shared graphs.
"""
