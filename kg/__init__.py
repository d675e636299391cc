"""kg: knowledge graphs from Dutch government letters (Kamerbrieven)."""
from __future__ import annotations

from .domain import pattern_cache

__version__ = "0.1.0"

pattern_cache.install()  # before any module of kg compiles its patterns
