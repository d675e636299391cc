"""Signatories: each name under a closing role line, as a person holding a post."""
from __future__ import annotations

from collections.abc import Sequence

from ..domain.keys import slug
from ..domain.model import Document, Fact, SignatoryFact
from ..domain.names import ministry_of_role, normalise_role, split_name
from . import Extractor, evidence

NAME, VERSION = "signatories", 1


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    found: list[Fact] = []
    for signatory in document.signatories:
        role = normalise_role(signatory.role)
        ministry = ministry_of_role(role)
        found.append(SignatoryFact(
            evidence=evidence(document, signatory.span, f"{NAME}.v{VERSION}", "closing role line"),
            name=signatory.name, role=role, person_key=split_name(signatory.name).key,
            post_key=slug(role), organisation=slug(ministry) if ministry else None))
    return found


EXTRACTOR = Extractor(NAME, VERSION, run, produces="SignatoryFact")
