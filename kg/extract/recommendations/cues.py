"""The stance cues of kg/data/stance_cues.json, read once (``cue_book``): each cue with its pattern, its flags
and the strings its pattern cannot match without (``needed_strings``, read from the parsed pattern), and the
file's shared patterns (negation, hedge, restriction, contrast, analysis object, part scope, not fully)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...domain import rules
from ...domain.keys import STANCES


@dataclass(frozen=True)
class Cue:
    """One stance cue of the data file."""

    id: str
    stance: str
    weight: int
    pattern: re.Pattern[str]
    negatable: bool = False
    blocked_by_nog_niet: bool = False
    needs: tuple[str, ...] = ()  # lower-case strings one of which the pattern cannot match without (see needed_strings)
    about_analysis: bool = False  # agrees with the report's analysis, not with what it recommends
    concedes: bool = False  # shares the aim before a 'maar' ('deelt het doel, maar'): a rejection after it is partial
    offers: bool = False  # the government adopts a measure of its own ('Wel zal ik ...'): with a rejection, partial
    unless: re.Pattern[str] | None = None  # the cue does not fire in a sentence where this matches
    echoes: int = 0  # counts only in an answer sharing this many content words with the recommendation


@dataclass(frozen=True)
class CueBook:
    cues: tuple[Cue, ...]
    negation: re.Pattern[str]
    hedge: re.Pattern[str]
    needles: tuple[str, ...] = ()  # every cue's needed strings, once: looked up in a sentence before its cues
    restriction: re.Pattern[str] | None = None  # after an acceptance in its sentence: partial ('zij het dat', 'mits')
    contrast: re.Pattern[str] | None = None  # a rejection after an acceptance, with one of these: partial ('maar')
    analysis_object: re.Pattern[str] | None = None  # an acceptance of the analysis ('onderschrijf het belang')
    part_scope: re.Pattern[str] | None = None  # a sentence opening on a part ('Voor de markttoezichthouders ...')
    not_fully: re.Pattern[str] | None = None  # a negation declining a part only ('niet volledig', 'niet in deze vorm')


@lru_cache(maxsize=1)
def cue_book() -> CueBook:
    """The stance cues of kg/data/stance_cues.json."""
    name = "stance_cues.json"
    cues = []
    for entry in rules.entries(name, "cues", ("id", "stance", "weight", "pattern")):
        cues.append(Cue(id=entry["id"], stance=rules.choice(name, entry["id"], "stance", entry["stance"], STANCES),
                        weight=int(entry["weight"]),
                        pattern=rules.compile_pattern(name, entry["id"], entry["pattern"]),
                        negatable=bool(entry.get("negatable")),
                        blocked_by_nog_niet=bool(entry.get("blocked_by_nog_niet")),
                        needs=tuple(entry["needs"]) if entry.get("needs") else needed_strings(entry["pattern"]),
                        about_analysis=bool(entry.get("about_analysis")),
                        concedes=bool(entry.get("concedes")),
                        offers=bool(entry.get("offers")),
                        unless=rules.compile_pattern(name, entry["id"], entry["unless"])
                        if entry.get("unless") else None,
                        echoes=int(entry.get("echoes", 0))))
    return CueBook(tuple(cues), rules.compile_pattern(name, "negation", rules.value(name, "negation", str)),
                   rules.compile_pattern(name, "hedge", rules.value(name, "hedge", str)),
                   tuple(sorted({needed for cue in cues for needed in cue.needs})),
                   rules.compile_pattern(name, "restriction", rules.value(name, "restriction", str)),
                   rules.compile_pattern(name, "contrast", rules.value(name, "contrast", str)),
                   rules.compile_pattern(name, "analysis_object", rules.value(name, "analysis_object", str)),
                   rules.compile_pattern(name, "part_scope", rules.value(name, "part_scope", str)),
                   rules.compile_pattern(name, "not_fully", rules.value(name, "not_fully", str)))


def needed_strings(pattern: str) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` holds (a prefilter: a sentence without any
    of them cannot match); empty when no such strings of two characters or more can be told.

    Read from the parsed pattern: a sequence needs the best of its literal runs and required groups, an
    alternation one string of each branch, an optional part nothing."""
    found = _needed(_sre_parser.parse(pattern))
    return tuple(sorted(found)) if found and min(len(text) for text in found) >= 2 else ()


_sre_parser: Any = re._parser  # type: ignore[attr-defined]  # the standard library's own regex parser
_LITERAL, _SUBPATTERN, _BRANCH = _sre_parser.LITERAL, _sre_parser.SUBPATTERN, _sre_parser.BRANCH
_REPEATS = (_sre_parser.MAX_REPEAT, _sre_parser.MIN_REPEAT, getattr(_sre_parser, "POSSESSIVE_REPEAT", None))


def _needed(items: Any) -> frozenset[str] | None:
    """The strings one of which a parsed sequence needs (None: cannot tell), preferring the longest shortest."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, argument in items:
        if op is _LITERAL:
            run.append(chr(argument).lower())
            continue
        better(frozenset({"".join(run)}) if run else None)
        run = []
        if op is _SUBPATTERN:
            better(_needed(argument[-1]))
        elif op is _BRANCH:
            branches = [_needed(branch) for branch in argument[1]]
            if all(branches):
                better(frozenset().union(*(branch for branch in branches if branch)))
        elif op in _REPEATS and argument[0] >= 1:
            better(_needed(argument[2]))
    better(frozenset({"".join(run)}) if run else None)
    return best
