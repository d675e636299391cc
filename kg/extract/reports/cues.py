"""The cues of kg/data/report_cues.json, compiled once (``report_cues``): the series, genre-compound, described and
bare-quoted patterns, the governing and published cues with their 'unless', the topic stop, and where each cue is
searched (near its anchors, ``_NearWords``)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ...domain import rules
from .. import Anchored

_CUES_FILE = "report_cues.json"


@dataclass(frozen=True)
class _NearWords(Anchored):
    """``Anchored`` for a pattern whose every match holds one of ``words`` (lower case) in the word
    where the match starts or at most ``words_before`` words after it (a word: a run without white
    space): the pattern is tried from the start of that many words before each anchor up to the
    anchor. The same matches as ``pattern.finditer``, however long the words and the white space.
    With ``inside_word`` every match holds its anchor inside a compound ('Peilingsonderzoek',
    'Primos-prognose'): an anchor that starts a word is no place to try."""

    words_before: int = 0
    inside_word: bool = False

    def _windows(self, haystack: str, start: int, end: int) -> list[tuple[int, int]]:
        windows: list[tuple[int, int]] = []
        find = haystack.find
        for word, _ in self.words:
            at = find(word, start, end)
            while at >= 0:
                if self.inside_word and (at == 0 or not (haystack[at - 1].isalpha() or haystack[at - 1] == "-")):
                    at = find(word, at + 1, end)
                    continue
                first = at
                for count in range(self.words_before + 1):
                    while first > start and not haystack[first - 1].isspace():
                        first -= 1
                    if count < self.words_before:
                        while first > start and haystack[first - 1].isspace():
                            first -= 1
                windows.append((first, at))
                at = find(word, at + 1, end)
        windows.sort()
        return windows


@dataclass(frozen=True)
class ReportCues:
    """The cues of kg/data/report_cues.json, compiled (see its 'about')."""

    series: tuple[rules.Cue, ...]
    prefixed: tuple[rules.Cue, ...]
    described: tuple[rules.Cue, ...]
    governing: tuple[rules.Cue, ...]
    published: tuple[rules.Cue, ...]
    topic_stop: re.Pattern[str]
    bare_quoted: tuple[rules.Cue, ...] = ()
    verbs: dict[str, re.Pattern[str]] = field(default_factory=dict)  # by bare_quoted cue id: the verb it needs
    scans: dict[str, _NearWords | re.Pattern[str]] = field(default_factory=dict)  # by cue id: where to search
    unless: dict[str, re.Pattern[str]] = field(default_factory=dict)  # by published cue id: its 'unless'

    def finditer(self, cue: rules.Cue, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``cue`` in ``text``, searched only near its anchors where it has them."""
        return self.scans.get(cue.id, cue.pattern).finditer(text)


def _scan(cue: rules.Cue) -> _NearWords | re.Pattern[str]:
    """A cue's pattern, searched near its 'anchors' (lower-case words) when it has them."""
    anchors = cue.fields.get("anchors") or []
    words_before = cue.fields.get("words_before", 0)
    inside_word = cue.fields.get("inside_word", False)
    if not isinstance(inside_word, bool):
        raise rules.DataFileError(rules.data_file(_CUES_FILE), "needs inside_word as true or false", cue.id)
    if not isinstance(anchors, list) or not all(isinstance(word, str) and word and word == word.lower()
                                                for word in anchors):
        raise rules.DataFileError(rules.data_file(_CUES_FILE), "needs anchors that are lower-case words", cue.id)
    if not isinstance(words_before, int) or words_before < 0:
        raise rules.DataFileError(rules.data_file(_CUES_FILE), "needs words_before as a whole number", cue.id)
    if not anchors:
        return cue.pattern
    return _NearWords(cue.pattern, words=tuple((word, 0) for word in anchors), folded=True,
                      words_before=words_before, inside_word=inside_word)


@lru_cache(maxsize=1)
def report_cues() -> ReportCues:
    """The report cues of kg/data/report_cues.json (series and prefixed patterns are case-sensitive)."""
    stop = rules.load(_CUES_FILE).get("topic_stop") or {}
    series = rules.cues(_CUES_FILE, "series", flags=0)
    prefixed = rules.cues(_CUES_FILE, "prefixed", flags=0)
    described = rules.cues(_CUES_FILE, "described")
    published = rules.cues(_CUES_FILE, "published")
    bare_quoted = rules.cues(_CUES_FILE, "bare_quoted")
    return ReportCues(
        series=series, prefixed=prefixed, described=described,
        governing=rules.cues(_CUES_FILE, "governing"),
        published=published,
        topic_stop=rules.compile_pattern(_CUES_FILE, "topic_stop", stop.get("pattern")),
        bare_quoted=bare_quoted,
        verbs={cue.id: rules.compile_pattern(_CUES_FILE, cue.id, cue.fields.get("verbs")) for cue in bare_quoted},
        scans={cue.id: _scan(cue) for cue in (*series, *prefixed, *described)},
        unless={cue.id: rules.compile_pattern(_CUES_FILE, cue.id, cue.fields["unless"])
                for cue in published if cue.fields.get("unless")})
