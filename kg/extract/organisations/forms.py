"""Written names in running text, and the mention a rule finds.

The pattern of a written form (``name_pattern``, ``acronym_pattern``) and the faster finders that give
the same spans (``_literal_occurrences``, ``_form_occurrences``); the register's forms as a trie; the
pattern pieces the rules share (``_after_word_start``, ``_SP``, ``_PLACE``); and ``_Found``, what each
rule returns, with the helpers that make one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...domain.keys import slug
from ...domain.model import Span
from .. import Anchored
from .data import _DASHES, _SPACES, RegisterEntry


def _form_pattern(form: str) -> str:
    """A regex for one written form: flexible spaces and dashes; case-free when it has several words."""
    parts: list[str] = []
    for char in form:
        if char.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char in _DASHES:
            parts.append(rf"[{_DASHES}]")
        elif char in "'’":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    return f"(?i:{body})" if re.search(r"\s", form) else body


@lru_cache(maxsize=4096)  # the same matched names recur in every letter
def _canonical_form(text: str) -> str:
    """Spaces, dashes and apostrophes written one way, so that a matched text finds its form."""
    text = _SPACES.sub(" ", text.strip())
    text = re.sub(rf"[{_DASHES}]", "-", text)
    return text.replace("’", "'")


def _trie_pattern(forms: Iterable[str]) -> str:
    """A regex matching any of ``forms`` (longest first along each path), built as a character trie.

    One alternation of hundreds of names is slow in Python's regex engine; a trie shares prefixes.
    Spaces match any whitespace run, dashes any dash, apostrophes either apostrophe.
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in _canonical_form(form):
            node = node.setdefault(char, {})
        node[""] = {}

    def edge(char: str) -> str:
        if char == " ":
            return r"\s+"
        if char == "-":
            return f"[{_DASHES}]"
        if char == "'":
            return "['’]"
        return re.escape(char)

    def render(node: dict) -> str:
        branches = [edge(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


def _lower_same_length(text: str) -> str:
    """Lower case, keeping every character in place (offsets stay valid)."""
    lower_case = text.lower()
    if len(lower_case) == len(text):
        return lower_case
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _is_word(char: str) -> bool:
    """Is ``char`` what ``\\w`` matches in a str pattern (a letter, digit or underscore)?"""
    return char.isalnum() or char == "_"


_ANY_DASH = frozenset(_DASHES)
_ANY_APOSTROPHE = frozenset("'’")


def name_pattern(form: str) -> str:
    """A written name or defined alias where it stands as a word: not after a letter, digit or dash,
    not before a letter or digit, nor before a dash and a capital ('RIC-Noord' is another name)."""
    return rf"(?<![\w{_DASHES}]){_form_pattern(form)}(?!\w)(?![{_DASHES}][A-Z])"


def acronym_pattern(acronym: str) -> str:
    """An acronym where it stands as a word, with its plural ('s): not after or before a letter, digit or dash."""
    return rf"(?<![\w{_DASHES}]){_form_pattern(acronym)}(?:['’]s)?(?![\w{_DASHES}])"


def _literal_occurrences(text: str, literal: str, ends: str) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(name_pattern(literal), text)`` (``ends`` "name") or of
    ``acronym_pattern(literal)`` ("acronym"), found faster, for a form without spaces that does not
    start with a dash or apostrophe (``_substring_searchable``).

    A substring search for the form up to its first dash or apostrophe and a look at the characters
    around each occurrence: no pattern to compile per written form, and no regex scan of the whole
    letter per form (7.7% of a build, docs/fast-paths.md).
    """
    size, length = len(literal), len(text)
    flexible = [(index, _ANY_DASH if char in _ANY_DASH else _ANY_APOSTROPHE)
                for index, char in enumerate(literal) if char in _ANY_DASH or char in _ANY_APOSTROPHE]
    anchor = literal[:flexible[0][0]] if flexible else literal
    if not anchor or any(char.isspace() for char in literal):
        raise ValueError(f"not a form for a substring search: {literal!r}")
    pos = 0
    while (start := text.find(anchor, pos)) >= 0:
        end = start + size
        if start and (_is_word(before := text[start - 1]) or before in _DASHES) or \
                flexible and not _rest_matches(text, start, literal, flexible):
            pos = start + 1
            continue
        after = text[end] if end < length else ""
        if ends == "name":
            if after and (_is_word(after) or after in _DASHES and end + 1 < length and "A" <= text[end + 1] <= "Z"):
                pos = start + 1
                continue
        else:
            if after in ("'", "’") and text[end + 1:end + 2] == "s" and \
                    not (end + 2 < length and (_is_word(text[end + 2]) or text[end + 2] in _DASHES)):
                end += 2
            elif after and (_is_word(after) or after in _DASHES):
                pos = start + 1
                continue
        yield start, end
        pos = end


def _rest_matches(text: str, start: int, literal: str, flexible: list[tuple[int, frozenset[str]]]) -> bool:
    """Does ``text`` at ``start`` hold ``literal``, each flexible position holding one of its characters?"""
    if start + len(literal) > len(text):
        return False
    previous = 0
    for index, allowed in flexible:
        if text[start + previous:start + index] != literal[previous:index] or text[start + index] not in allowed:
            return False
        previous = index + 1
    return text[start + previous:start + len(literal)] == literal[previous:]


def _substring_searchable(form: str) -> bool:
    """Can ``_literal_occurrences`` find ``form`` (no space in it, and it starts with neither dash nor apostrophe)?"""
    return bool(form) and form[0] not in _ANY_DASH and form[0] not in _ANY_APOSTROPHE and \
        not any(char.isspace() for char in form)


def _form_occurrences(text: str, written: str) -> Iterator[tuple[int, int]]:
    """The spans of ``name_pattern(written)``."""
    if _substring_searchable(written):
        yield from _literal_occurrences(text, written, "name")
        return
    for match in _form_scan(written).finditer(text):
        yield match.start(), match.end()


@lru_cache(maxsize=1024)
def _form_scan(written: str) -> Anchored | re.Pattern[str]:
    """``name_pattern(written)`` for a form of several words, tried only where its first letters stand
    (``Anchored``, folded: the pattern is case-free): it opens with a look-behind, which makes the regex
    engine try every position of the letter. A 5 MB letter that defines 'Amnesty International' spent
    0.08 s on this one scan (the others 0.014 s together); a letter with more such aliases, one scan of
    the whole letter each. The plain form: ``re.finditer(name_pattern(written), text)``."""
    pattern = re.compile(name_pattern(written))
    lead = ""  # the letters _form_pattern writes as they are, up to the first space, dash or apostrophe
    for char in written:
        if char.isspace() or char in _ANY_DASH or char in _ANY_APOSTROPHE:
            break
        lead += char
    if not lead.isascii() or not lead or not re.search(r"\s", written):
        return pattern  # (each letter of an ASCII lead is what the case-free pattern matches, lower-cased)
    return Anchored(pattern, words=((lead.lower(), 0),), folded=True)


_WORD_CHAR = r"\w"
_WORD_OR_HYPHEN = r"[\w-]"
_WORD_OR_DASH = rf"[\w{_DASHES}]"


def _after_word_start(first: str, before: str = _WORD_OR_DASH) -> str:
    """``first`` (one character, or a class of them) followed by ``(?<!BEFORE FIRST)``.

    A pattern that opens with a look-behind, ``(?<![\\w-])Name``, makes Python's regex engine try
    every position of the letter; written ``N(?<![\\w-]N)ame`` it matches the same text, but the
    engine first skips to the positions holding a possible first character (the look-behinds first
    cost 10-18% of a build, docs/fast-paths.md). The patterns of the package that use it
    are written this way; ``PLAIN_FORMS`` (run.py) gives each one's plain form (tests compare the two).
    """
    return f"{first}(?<!{before}{first})"
_SP = r"[^\S\n]+"  # spaces within one line


# a place's name ('Amsterdam', 'Den Helder', "'s-Hertogenbosch", 'Alphen-Chaam')
_PLACE = r"(?:(?:Den|De|Ter|Ten|Het)[^\S\n]+|['’]s-)?(?:IJ|[A-Z])[a-zà-ÿ]+(?:-(?:IJ|[A-Z])[a-zà-ÿ]+)*"


# a name that goes on past the words a coordinated name may have: 'de Koninklijke Nederlandse Maatschappij voor
# Diergeneeskunde' is not 'Koninklijke Nederlandse Maatschappij'
_NAME_GOES_ON = re.compile(rf"{_SP}(?:voor|van|tot|ter|der|of|for)(?:{_SP}(?:de|het|der|the))?{_SP}[A-Z]")


@dataclass(frozen=True)
class _Found:
    """An organisation mention found by one rule, before it becomes a fact."""

    span: Span
    written: str
    key: str
    name: str
    kind: str
    rule: str
    acronym: str | None = None
    parent: str | None = None
    in_register: bool = False
    aliases: tuple[str, ...] = ()


def _named(text: str, span: Span, name: str, kind: str, rule: str, parent: str | None = None,
           aliases: tuple[str, ...] = ()) -> _Found:
    """A mention of a body under ``name`` (its key made from it), written as ``text`` has it at ``span``."""
    return _Found(span=span, written=text[span.start:span.end], key=slug(name), name=name, kind=kind, rule=rule,
                  parent=parent, aliases=aliases)


def _entry_found(entry: RegisterEntry, span: Span, written: str, rule: str) -> _Found:
    return _Found(span=span, written=written, key=entry.id, name=entry.name, kind=entry.kind, rule=rule,
                  acronym=entry.acronym, parent=entry.parent, in_register=True)


def _written_for(f: _Found, target: _Found, note: str) -> _Found:
    """Mention ``f`` as a name of ``target`` (its key, name and kind; the name ``f`` had becomes an alias)."""
    return _Found(span=f.span, written=f.written, key=target.key, name=target.name, kind=target.kind,
                  rule=f.rule + note, acronym=target.acronym, parent=target.parent,
                  in_register=target.in_register, aliases=(f.name,))
