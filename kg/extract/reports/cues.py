"""The cues of kg/data/report_cues.json, compiled once (``report_cues``): the series, genre-compound, described and
bare-quoted patterns, the governing and published cues with their 'unless', the topic stop, and where each cue is
searched (near its anchors, ``_NearWords``); and its register of named publications (``register_titles``)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ...domain import rules
from .. import Anchored, anchor_words

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


@dataclass(frozen=True)
class RegisterTitle:
    """A named periodic publication of the register ('titles' in kg/data/report_cues.json)."""

    id: str
    title: str  # as its publisher writes it
    forms: tuple[str, ...]  # the title and its aliases
    authors: tuple[tuple[str, str], ...]  # (organisation id, name) of kg/data/organisations.json
    later: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (from, authors): the editions made by another
    genre: str  # what it is: 'rapport', 'monitor', 'verkenning', ...
    edition: str  # what may follow it: 'year', 'number', 'year or number' or 'none'
    edition_required: bool  # named only with its year or number ('Criminaliteit en Rechtshandhaving 2020')

    def authors_on(self, when: str | None) -> tuple[tuple[str, str], ...]:
        """The authors of the edition of ``when`` (an ISO date; None: the register's first authors)."""
        authors = self.authors
        for since, others in self.later:
            if when is not None and when >= since:
                authors = others
        return authors


@dataclass(frozen=True)
class Register:
    """The register's titles, with one pattern for all their written forms and where to search it."""

    titles: tuple[RegisterTitle, ...]
    by_form: dict[str, RegisterTitle]  # a written form in lower case, its spaces single -> its title
    scan: Anchored | None  # the forms, searched at the words they start with


_EDITIONS = ("year", "number", "year or number", "none")


def _form_pattern(form: str) -> str:
    """A written form as a pattern: its first letter as written, the first letter of each later word in either case
    ('Staat van het onderwijs' for 'Staat van het Onderwijs'), any white space between the words."""
    words = []
    for index, word in enumerate(form.split()):
        head = re.escape(word[0])
        if index and word[0].isalpha() and word[0].lower() != word[0].upper():
            head = f"[{word[0].upper()}{word[0].lower()}]"
        words.append(head + re.escape(word[1:]))
    return r"\s+".join(words)


def _authors(organisations: dict[str, str], author: object, entry: str) -> tuple[tuple[str, str], ...]:
    """(id, name) of an entry's author: an id of kg/data/organisations.json or a list of them."""
    keys = [author] if isinstance(author, str) else author
    if not isinstance(keys, list) or not keys or any(key not in organisations for key in keys):
        raise rules.DataFileError(rules.data_file(_CUES_FILE), "needs an author that is an id of organisations.json "
                                  "(or a list of them)", entry)
    return tuple((key, organisations[key]) for key in keys)


@lru_cache(maxsize=1)
def register_titles() -> Register:
    """The register of named publications in kg/data/report_cues.json ('titles'), each author checked against the
    register of organisations."""
    path = rules.data_file(_CUES_FILE)
    organisations = {entry["id"]: entry["name"] for entry in rules.value("organisations.json", "organisations", list)}
    titles: list[RegisterTitle] = []
    by_form: dict[str, RegisterTitle] = {}
    for row in rules.entries(_CUES_FILE, "titles", ("id", "title", "author", "genre", "edition")):
        authors = _authors(organisations, row["author"], row["id"])
        later = []
        for moved in row.get("author_from") or []:
            if not isinstance(moved, dict) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(moved.get("from"))):
                raise rules.DataFileError(path, "needs author_from as a list of {from: YYYY-MM-DD, author}", row["id"])
            later.append((moved["from"], _authors(organisations, moved.get("author"), row["id"])))
        aliases = row.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(alias, str) and alias.strip() for alias in aliases):
            raise rules.DataFileError(path, "needs aliases as a list of written forms", row["id"])
        title = RegisterTitle(
            id=row["id"], title=row["title"], forms=(row["title"], *aliases),
            authors=authors, later=tuple(sorted(later)), genre=row["genre"],
            edition=rules.choice(_CUES_FILE, row["id"], "edition", row["edition"], _EDITIONS),
            edition_required=bool(row.get("edition_required")))
        titles.append(title)
        for form in title.forms:
            written = " ".join(form.split()).lower()
            if by_form.setdefault(written, title) is not title:
                raise rules.DataFileError(path, f"has the form {form!r} of an earlier entry", row["id"])
    if not by_form:
        return Register((), {}, None)
    # the longest first
    forms = sorted({form for title in titles for form in title.forms}, key=lambda form: (-len(form), form))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(_form_pattern(form) for form in forms) + r")(?![\w-])")
    # each form's first word is matched as written, so it is looked for as written (not in the lower-cased text, where
    # 'staat' and 'nationale' stand in every letter)
    as_written = [" ".join(form.split()) for form in forms]
    return Register(tuple(titles), by_form, Anchored(pattern, words=anchor_words(as_written, [form.split()[0] for form
                                                                                              in as_written]),
                                                     word_start=True))
