"""Keys and closed lists of names: the domain's identifiers, with no RDF in them.

Extraction and resolution key what they find with ``slug`` ('Immigratie- en Naturalisatiedienst'
-> 'immigratie-en-naturalisatiedienst'); a letter's key is ``letter_slug`` (kst-19637-1405). The
stances a response can take and the kinds an organisation can be are named here once: the
extractors check their rule files against them, and kg/rdf/vocab.py makes them kb: terms. kg/rdf/iris.py
turns keys into IRIs; this module imports nothing of RDF, so ``import kg.extract`` loads no RDF
library (tests/test_layers.py checks it).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .model import Letter, LetterHead

STANCES: tuple[str, ...] = ("accepted", "partially", "rejected", "already", "noted")
"""How the government answers a recommendation (kb:accepted ... kb:noted)."""

ORG_KINDS: tuple[str, ...] = ("ministry", "agency", "inspectorate", "ngo", "committee", "parliament", "party",
                              "company", "court", "international", "unit", "other")
"""The kinds of organisation (kb:orgKind); a kind outside this list is written as 'other'."""


@lru_cache(maxsize=1 << 16)
def slug(text: str, limit: int = 80) -> str:
    """'Immigratie- en Naturalisatiedienst' -> 'immigratie-en-naturalisatiedienst' (remembered: resolve
    asks for the same names again and again, letter after letter)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", "-en-")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > limit:
        text = text[:limit].rsplit("-", 1)[0] or text[:limit]
    return text or "x"


def letter_slug(letter: Letter, head: LetterHead) -> str:
    """kst-19637-1405 for an official publication; else date and kenmerk; else date and hash."""
    if head.kamerstuk:
        return f"kst-{slug(head.kamerstuk)}"
    day = head.date.isoformat() if head.date else "undated"
    if head.kenmerk:
        return f"{day}-{slug(head.kenmerk)}"
    return f"{day}-{letter.sha256[:12]}"
