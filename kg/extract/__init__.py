"""Extract: Document -> facts, each with its evidence.

One module per extractor; ``EXTRACTORS`` below is the one explicit list that registers the
built-ins, in the order they run (a later extractor may read the facts of an earlier one,
and says so in ``requires``). An extractor is named and versioned (``organisations.v1``);
the name and version go into every piece of evidence it writes.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from ..domain.collector import collector_paused
from ..domain.model import Document, Evidence, Extraction, Fact, Span
from ..domain.rules import ODD_FOLDS, folds_oddly

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


FOLDS_ODDLY = re.compile(f"[{ODD_FOLDS}]")  # the letters of ``folds_oddly`` (kg/domain/rules.py), as a pattern
_lowered: tuple[str, str | None] = ("", "")  # the last text asked for, and its lower case


def forget_lowered() -> None:
    """Let go of the text ``lowered`` remembers, and its lower case."""
    global _lowered
    _lowered = ("", "")


def lowered(text: str) -> str | None:
    """``text.lower()`` with the same offsets, remembered for the last text (the folded scans of one
    text ask for it again and again: lowering it each time costs 41% of a build, docs/fast-paths.md);
    None when a letter of the text case-folds oddly (``folds_oddly``)."""
    global _lowered
    if _lowered[0] is not text:
        _lowered = (text, None if folds_oddly(text) else text.lower())
    return _lowered[1]


def may_hold(text: str, needed: str, start: int = 0, end: int | None = None, folded: bool = False) -> bool:
    """Can a pattern every match of which holds ``needed`` match in ``text[start:end]``?

    The pre-check of a pattern searched in many texts that seldom hold it: a substring test is far
    cheaper than a regex search that finds nothing (for the spoken events and the reference cues
    with a 'needs', 2.8% and 7.8% of a validated build, measured: docs/fast-paths.md). With
    ``folded`` (a case-insensitive pattern) ``needed`` is written in lower case and looked for in
    the lower-cased text; a text with a letter that case-folds oddly may always hold it."""
    if folded:
        if folds_oddly(text):
            return True
        text = text.lower()
    return text.find(needed, start, len(text) if end is None else end) >= 0


@dataclass(frozen=True)
class Anchored:
    """A pattern searched only near its anchors: the same matches as ``pattern.finditer``, found faster
    (the one prefilter of the extractors' scans; without it a build takes 86% longer, docs/fast-paths.md).

    Every match of ``pattern`` must hold an anchor that starts at most a given number of
    characters after the match's own start: a match of ``anchor`` (literals, which the regex
    engine scans for quickly, and no look-around) within ``reach``, or one of ``words`` (plain
    strings found with ``str.find``, each with its own reach). With ``folded`` the anchors are
    looked for in the lower-cased text and must be written in lower case (for a
    case-insensitive pattern); a text with a letter that case-folds oddly (İ ı ſ) anywhere is
    then searched with ``pattern`` alone. ``pattern`` must never match the empty string.

    With ``word_start``, every match of ``pattern`` starts a word (no letter, digit, underscore
    or hyphen before it: ``(?<![\\w-])``) and holds one of ``words`` in that first word, at
    most its reach into it: then only the start of the word around each of ``words`` is tried,
    not every position of the reach (no character's lower case changes whether it is one of
    ``[\\w-]``, so the lower-cased text has the same words).

    Why it finds the same: the first match at or after a position starts at most its reach
    before the first anchor it holds, so trying ``pattern.match`` at every position from the
    reach before each anchor up to the anchor finds each match where ``finditer`` would, and
    nothing else. (Anchors that overlap one the engine found are not reported by it; they start
    before its end, so positions up to its end are tried too.)
    """

    pattern: re.Pattern[str]
    anchor: re.Pattern[str] | None = None
    reach: int = 0
    words: tuple[tuple[str, int], ...] = ()
    folded: bool = False
    word_start: bool = False

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        if self.folded:
            folded = lowered(text)
            if folded is None:
                yield from self.pattern.finditer(text, start, end)
                return
            haystack = folded
        else:
            haystack = text
        match_at = self.pattern.match
        position = start  # matches start here or later
        for first, last in self._windows(haystack, start, end):
            candidate = max(position, first)
            while candidate <= last:
                found = match_at(text, candidate, end)
                if found is None:
                    candidate += 1
                    continue
                if found.end() == found.start():
                    raise ValueError(f"{self.pattern.pattern!r} matched the empty string")
                yield found
                position = candidate = found.end()

    def _windows(self, haystack: str, start: int, end: int) -> list[tuple[int, int]]:
        """(first, last) positions to try a match at, in order of ``first``."""
        windows: list[tuple[int, int]] = []
        if self.anchor is not None:
            windows.extend((found.start() - self.reach, found.end() - 1)
                           for found in self.anchor.finditer(haystack, start, end))
        find = haystack.find
        if self.word_start:
            starts: set[int] = set()
            for word, reach in self.words:
                at = find(word, start, end)
                before: tuple[int, int] | None = None  # the occurrence before, and where its word starts
                while at >= 0:
                    if before is not None and _WORD_RUN.fullmatch(haystack, before[0], at):
                        first = before[1]  # the same word goes on (a long word is looked back through once)
                    else:
                        first = _start_of_word(haystack, at)
                    if at - first <= reach:
                        starts.add(first)
                    before = (at, first)
                    at = find(word, at + 1, end)
            windows.extend((first, first) for first in starts)
        else:
            for word, reach in self.words:
                at = find(word, start, end)
                while at >= 0:
                    windows.append((at - reach, at))
                    at = find(word, at + 1, end)
        if self.words:
            windows.sort()
        return windows


_WORD_TAIL = re.compile(r"[\w-]*\Z")  # the word (letters, digits, '_', '-') that runs up to where the search ends
_WORD_CHAR = re.compile(r"[\w-]")
_WORD_RUN = re.compile(r"[\w-]*")


WHOLE_WORD = 1 << 62  # a reach (with ``word_start``): anywhere in the word, however long


def _start_of_word(text: str, at: int) -> int:
    """Where the word (letters, digits, '_', '-') that runs up to position ``at`` starts: looked for
    in the 64 characters before ``at`` first, then four times as far back while the word goes on
    (a search from further back would try every position on the way)."""
    window = 64
    while True:
        near = max(0, at - window)
        run = _WORD_TAIL.search(text, near, at)
        first = run.start() if run else at
        if first > near or near == 0 or not _WORD_CHAR.match(text, near - 1):
            return first
        window *= 4


class Claims:
    """Which clean-text spans are already taken by a mention, sorted by start so that a lookup
    looks only at the taken spans that can overlap (bisection, not a scan of every one).

    On an ordinary letter a plain list is as fast (bisection saves 1.5% of a build,
    docs/fast-paths.md); it is kept for big letters: with a scan, a letter of thousands of
    persons took time quadratic in them (tests/test_bounded.py, issue 17)."""

    def __init__(self) -> None:
        self._spans: list[Span] = []  # sorted by start
        self._starts: list[int] = []
        self._longest = 0

    def free(self, span: Span) -> bool:
        """Does ``span`` overlap no taken span?"""
        return self.first_taken(span) is None

    def take(self, span: Span) -> None:
        index = bisect_right(self._starts, span.start)
        self._starts.insert(index, span.start)
        self._spans.insert(index, span)
        self._longest = max(self._longest, span.end - span.start)

    def first_taken(self, span: Span) -> Span | None:
        """The first taken span (by start) that overlaps ``span``, if any."""
        spans = self._spans
        # those that start before ``span`` ends, from the longest's length before it on
        for index in range(bisect_left(self._starts, span.start - self._longest), bisect_left(self._starts, span.end)):
            if span.start < spans[index].end:
                return spans[index]
        return None

    def release(self, span: Span) -> None:
        """Free ``span`` (the first taken span equal to it: looked up among those with its start)."""
        low = bisect_left(self._starts, span.start)
        index = low + self._spans[low:bisect_right(self._starts, span.start)].index(span)
        del self._spans[index]
        del self._starts[index]


FactT = TypeVar("FactT", bound=Fact)


class FactsByStart(Generic[FactT]):
    """Facts looked up by where their evidence starts in the clean text: those starting within a
    range, in the order they were given (bisection, not a scan of every fact per range: linear
    on a big letter, where a scan per range was quadratic; tests/test_bounded.py)."""

    def __init__(self, facts: Sequence[FactT]) -> None:
        self._facts = facts
        self._order = sorted(range(len(facts)), key=lambda i: facts[i].evidence.clean_start)
        self._starts = [facts[i].evidence.clean_start for i in self._order]

    def within(self, start: int, end: int) -> list[FactT]:
        """The facts whose evidence starts at or after ``start`` and before ``end``, in their given order."""
        low, high = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self._facts[i] for i in sorted(self._order[low:high])]


class _Spanning(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


SpanningT = TypeVar("SpanningT", bound=_Spanning)


def without_overlaps(items: Iterable[SpanningT]) -> list[SpanningT]:
    """Of ``items`` in order of their start, the preferred first where two start together (the longest,
    say), each that starts at or after the end of the last one kept: no two kept overlap."""
    kept: list[SpanningT] = []
    for item in items:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


def anchor_words(forms: Sequence[str], cores: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """``Anchored.words`` for a pattern that matches one of ``forms`` (in lower case, as written
    but for the spaces, which the pattern may let stand for any white space): each form is
    anchored on the core that starts earliest in its first word, and each core's reach is the
    furthest it starts into a form anchored on it."""
    reach: dict[str, int] = {}
    for form in forms:
        lead = form.split(" ")[0]
        placed = sorted((lead.find(core), core) for core in cores if core in lead)
        if not placed:
            raise ValueError(f"no anchor among {list(cores)} in the first word of {form!r}")
        offset, core = placed[0]
        reach[core] = max(reach.get(core, 0), offset)
    return tuple(reach.items())


def _registry() -> list[Extractor]:
    """The built-in extractors, in the order they run."""
    from . import commitments, events, legal, organisations, persons, recommendations, references, reports, signatories
    return [module.EXTRACTOR for module in (signatories, organisations, persons, legal, references, events,
                                            reports, recommendations, commitments)]


EXTRACTORS: list[Extractor] = _registry()


def extract(document: Document, extractors: Sequence[Extractor] | None = None) -> Extraction:
    """Run every registered extractor over one document, in order."""
    facts: list[Fact] = []
    with collector_paused():  # extraction makes no reference cycles (tests/test_extract_cycles.py)
        for extractor in extractors if extractors is not None else EXTRACTORS:
            facts.extend(extractor.run(document, tuple(facts)))
    forget_lowered()  # a big letter's text and its lower case need not outlive its extraction
    return Extraction(document=document, facts=tuple(facts), warnings=document.warnings)
