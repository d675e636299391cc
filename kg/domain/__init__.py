"""The domain: letters, facts and entities as dataclasses, keys, closed lists of names, registers
and rule files. Imports no RDF.
"""
