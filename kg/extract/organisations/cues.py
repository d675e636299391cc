"""Rule 4, the cue patterns of kg/data/organisation_cues.json ('patterns'): read and checked against the
register (``cue_patterns``), and the mentions they find, those marked 'early' before the head-noun phrases."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...domain import rules
from ...domain.keys import slug
from ...domain.model import Span
from ...domain.resources import data_file
from .. import WHOLE_WORD, Anchored, Claims
from .data import _SPACES, CUES_FILE, HEAD_NOUNS, KINDS, NOT_ORGANISATIONS, RegisterEntry, _cue_words, register
from .forms import _Found
from .head_nouns import _premodified_start


@dataclass(frozen=True)
class _CuePattern:
    """One entry under 'patterns' in kg/data/organisation_cues.json, ready to search."""

    id: str
    kind: str
    search: Anchored | re.Pattern[str]
    entry: str | None = None   # the register entry it always names ('de politie')
    parent: str | None = None  # the register entry the bodies it finds belong to
    kind_from_head: bool = False  # the kind is the head noun's ('directie' -> ministry), else ``kind``
    early: bool = False  # tried before the head-noun phrases (an English name ending in its head noun)


@cache
def cue_patterns() -> tuple[_CuePattern, ...]:
    """The cue patterns, compiled (case-sensitive, ``^`` at every line); a bad entry names the file and entry."""
    out = []
    for cue in rules.cues(CUES_FILE, "patterns", flags=re.MULTILINE):
        kind = rules.choice(CUES_FILE, cue.id, "kind", cue.fields.get("kind"), KINDS)
        anchors = tuple(cue.fields.get("anchors") or ())
        in_first_word = bool(cue.fields.get("in_first_word"))  # anywhere in the word a match starts with
        reach = WHOLE_WORD if in_first_word else int(cue.fields.get("reach") or 0)
        search = Anchored(cue.pattern, words=tuple((word, reach) for word in anchors), folded=True,
                          word_start=in_first_word) if anchors else cue.pattern
        for ref in (cue.fields.get("entry"), cue.fields.get("parent")):
            if ref and register().get(ref) is None:
                raise rules.DataFileError(data_file(CUES_FILE), f"names {ref!r}, not an entry of the register", cue.id)
        out.append(_CuePattern(cue.id, kind, search, cue.fields.get("entry"), cue.fields.get("parent"),
                               bool(cue.fields.get("kind_from_head")), bool(cue.fields.get("early"))))
    return tuple(out)


def _ministry_by_portfolio(name: str) -> RegisterEntry | None:
    """The ministry whose portfolio is ``name`` ('Defensie', 'Buitenlandse Zaken'), from the register."""
    entry = register().lookup(name)
    return entry if entry and entry.kind == "ministry" and name in entry.lookup_only else None


def _compound_body(text: str, match: re.Match[str]) -> str | None:
    """The kind of a one-word body ('Onderwijsraad'), or None for a generic word or a sentence's first word
    that the letter does not also write inside a sentence."""
    word = match.group("name")
    if word in _cue_words("not_compounds"):
        return None
    before = text[max(0, match.start() - 3):match.start()].rstrip(" \t")
    if (not before or before[-1] in ".!?:\n") and not re.search(rf"[\w,;] +{word}(?![\w-])", text):
        return None
    heads = rules.value(CUES_FILE, "compound_heads")
    return next((kind for head, kind in heads.items() if word.endswith(head)), None)


def _cue_mentions(text: str, claims: Claims, early: bool = False) -> list[_Found]:
    """Organisations found by the cue patterns of kg/data/organisation_cues.json (see its 'about'):
    those marked 'early' (before the head-noun phrases) or the others."""
    found: list[_Found] = []
    reg = register()
    for cue in cue_patterns():
        if cue.early != early:
            continue
        for match in cue.search.finditer(text):
            group = "place" if "place" in match.re.groupindex else "name"
            start = match.start() if group == "place" else match.start("name")
            span = Span(start, match.end(group))
            if not claims.free(span):
                continue
            written = text[span.start:span.end]
            name = _SPACES.sub(" ", written)
            if name in NOT_ORGANISATIONS:
                continue  # 'de zorgorganisatie GGZ': a sector, not a body's name
            kind = cue.kind
            entry = reg.get(cue.entry) if cue.entry else None
            if cue.id.startswith("ministry-by-portfolio"):
                entry = _ministry_by_portfolio(name)
                if entry is None:
                    continue
            elif cue.id == "compound-body":
                if reg.lookup(name):
                    continue
                body_kind = _compound_body(text, match)
                if body_kind is None:
                    continue
                kind = body_kind
                start = _premodified_start(text, span.start, name, claims)  # 'Groninger Gasberaad'
                if start < span.start:
                    span = Span(start, span.end)
                    written = text[span.start:span.end]
                    name = _SPACES.sub(" ", written)
            elif cue.id in ("research-bureau", "english-name"):
                opened = _without_sentence_opener(text, span)
                if opened is None or not claims.free(opened) or cue.id == "english-name" and \
                        text[opened.start:opened.end].split()[0] in _cue_words("english_generic_starts"):
                    continue
                span = opened
                written = text[span.start:span.end]
                name = _SPACES.sub(" ", written)
            if cue.kind_from_head:
                kind = HEAD_NOUNS.get(name.split()[0].lower(), kind)
            if "head" in match.re.groupindex:
                kind = HEAD_NOUNS.get(match.group("head").lower(), kind)
            claims.take(span)
            rule = f"cue:{cue.id}"
            if entry is not None:
                found.append(_Found(span=span, written=written, key=entry.id, name=entry.name, kind=entry.kind,
                                    rule=f"{rule} (register:{entry.id})", acronym=entry.acronym,
                                    parent=entry.parent, in_register=True, aliases=(name,)))
            else:
                found.append(_Found(span=span, written=written, key=slug(name), name=name, kind=kind, rule=rule,
                                    parent=cue.parent))
    return found


def _without_sentence_opener(text: str, span: Span) -> Span | None:
    """``span`` without a leading word that opens a Dutch sentence ('Volgens', 'De'); None when one word is left."""
    words = list(re.finditer(r"\S+", text[span.start:span.end]))
    while words and words[0].group(0) in _cue_words("not_name_starts"):
        words.pop(0)
    if len(words) < 2:
        return None
    return Span(span.start + words[0].start(), span.end)
