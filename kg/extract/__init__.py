"""Extract: Document -> facts, each with its evidence.

One module per extractor; ``EXTRACTORS`` below is the one explicit list that registers the
built-ins, in the order they run (a later extractor may read the facts of an earlier one,
and says so in ``requires``). An extractor is named and versioned (``organisations.v1``);
the name and version go into every piece of evidence it writes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..model import Document, Evidence, Extraction, Fact, Span

Run = Callable[[Document, Sequence[Fact]], list[Fact]]


@dataclass(frozen=True)
class Extractor:
    name: str
    version: int
    run: Run
    requires: tuple[str, ...] = ()
    produces: str = ""

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"


def evidence(document: Document, span: Span, extractor: str, rule: str = "") -> Evidence:
    """Evidence for a span of the clean text: its source offsets and quote."""
    start, end = document.clean.source_span(span)
    source = document.letter.text
    return Evidence(start=start, end=end, exact=source[start:end],
                    text=document.text[span.start:span.end], extractor=extractor, rule=rule,
                    clean_start=span.start, clean_end=span.end)


def _registry() -> list[Extractor]:
    """The built-in extractors, in the order they run."""
    from . import (commitments, events, legal, organisations, persons, recommendations, references, reports,
                   signatories)
    return [module.EXTRACTOR for module in (signatories, organisations, persons, legal, references, events,
                                            reports, recommendations, commitments)]


EXTRACTORS: list[Extractor] = _registry()


def extract(document: Document, extractors: Sequence[Extractor] | None = None) -> Extraction:
    """Run every registered extractor over one document, in order."""
    facts: list[Fact] = []
    for extractor in extractors if extractors is not None else EXTRACTORS:
        facts.extend(extractor.run(document, tuple(facts)))
    return Extraction(document=document, facts=tuple(facts), warnings=document.warnings)
