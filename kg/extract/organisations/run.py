"""The extractor: the rules in the order they claim text (``find_organisations``), the facts it writes
(``run``), and ``PLAIN_FORMS``, the plain form of each pattern written for speed."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ...domain.model import Document, Fact, OrganisationMention
from .. import Claims, Extractor, evidence
from .bare_names import _article_acronyms, _bare_head_nouns
from .coordination import _coordinated_bodies, _named_by_apposition
from .cues import _cue_mentions
from .data import _DASHES, _SPACES, COMPANY_BUREAUS
from .definitions import _defined_reuse, _definition_mentions, _hierna_aliases
from .forms import _SP, _Found
from .head_nouns import (
    _CAP_HEAD_WORDS,
    _HEAD_PHRASE,
    _HEAD_SUFFIXES,
    _SECOND_FAMILY_WORD,
    _TOPIC_COMMITTEE,
    _head_noun_mentions,
)
from .lists import _listed_members, _listed_places, _named_after_plural_kind
from .registered import _foreign_bodies, _letterhead_mentions, _register_mentions
from .renames import (
    _named_before_register_acronyms,
    _names_known_as,
    _nicknames_in_brackets,
    _short_forms_joined,
    _with_legal_forms,
)

NAME, VERSION = "organisations", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"


# a footnote marker the cleaning left glued to a word: 'Inspectie Justitie en Veiligheid2', 'Onderzoek1.'
# (the first digit ahead of the look-behind: the engine skips to digits; the plain form is in PLAIN_FORMS)
_GLUED_MARKER = re.compile(r"[0-9](?<=[a-zà-ÿ]{2}[0-9])[0-9]{0,2}(?![\w-])")


# The plain form of each pattern of the package that is written for speed (the first character ahead of its
# look-behind, see ``_after_word_start``; 10-18% of a build, docs/fast-paths.md): the same matches,
# as tests/test_organisations.py checks on random texts.
PLAIN_FORMS = {
    "_CHAMBER": r"(?<!\w)(?:[Uu]w\s+Kamer|de\s+Kamer(?!\s+van\b))(?!\w)",
    "_REVERSED": rf"(?<![\w{_DASHES}])(?P<acr>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\s*\((?P<full>[^()\n]{{5,90}})\)",
    "_HEAD_PHRASE": (rf"(?<![\w-])(?P<head>[A-Z][a-z]*(?:{_HEAD_SUFFIXES})|{'|'.join(_CAP_HEAD_WORDS)})"
                     + _HEAD_PHRASE.pattern.split("(?P<rest>", 1)[1].join(["(?P<rest>", ""])),
    "_TOPIC_COMMITTEE": (rf"(?<![\w-])(?P<name>(?:[Vv]aste{_SP}|[Aa]lgemene{_SP})?(?:[Kk]amer)?commissie{_SP}"
                         + _TOPIC_COMMITTEE.pattern.split(f"ommissie{_SP}", 1)[1]),
    "_NAMED_COMMITTEE": (r"(?<![\w-])(?P<head>[Cc]ommissie)(?:[^\S\n]+|[^\S\n]*-[^\S\n]*)"
                         r"(?!(?:De|Het|Een)(?![\w-])(?!\s+(?:Van\s+|De\s+|Der\s+)?[A-Z]))"
                         r"(?P<person>(?:(?:Van|De|Den|Der|Ter|Ten|Van der|"
                         r"Van den|Van de)\s+)?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
                         + _SECOND_FAMILY_WORD + r")(?![\w-])"),
    "_COMPANY": (rf"(?<![\w-])(?:{'|'.join(COMPANY_BUREAUS)})\s+"
                 r"(?P<name>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){0,2})"),
    "_UNIT": r"(?<![\w-])(?P<name>[Uu]nit\s+(?:[0-9][0-9A-Za-z]*|[A-Z][A-Z0-9]+))(?![\w-])",
    "_TEAM": r"(?<![\w-])[Tt]eam\s+(?P<words>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})",
    "_ARTICLE_ACRONYM": rf"\b(?:de|het)\s+(?P<acr>[A-Z][A-Z&]{{1,5}})(?P<plural>['’]s)?(?![\w{_DASHES}])(?!\s*[0-9])",
    "_GLUED_MARKER": r"(?<=[a-zà-ÿ]{2})[0-9]{1,3}(?![\w-])",
}


def _blank_glued_markers(text: str) -> str:
    """``text`` with the digits of glued footnote markers made spaces (offsets stay valid)."""
    return _GLUED_MARKER.sub(lambda marker: " " * len(marker.group(0)), text)


def find_organisations(document: Document) -> list[_Found]:
    """Every organisation mention in the letter (head, body and footnotes), signature excluded."""
    text = document.text
    for signatory in document.signatories:  # the closing is the signatories extractor's
        text = text[:signatory.span.start] + " " * len(signatory.span) + text[signatory.span.end:]
    text = _blank_glued_markers(text)
    claims = Claims()
    found = _register_mentions(document, text, claims)
    found += _foreign_bodies(text, claims)
    found += _letterhead_mentions(document, claims, found)
    defined, defs = _definition_mentions(text, claims, found)
    found += defined
    found += _hierna_aliases(text, claims, found, defs)
    found += _cue_mentions(text, claims, early=True)
    found += _head_noun_mentions(text, claims, found)
    found = _short_forms_joined(found)
    found += _cue_mentions(text, claims)
    found += _listed_places(text, claims)
    found += _listed_members(text, claims)
    found += _named_after_plural_kind(text, claims)
    found += _defined_reuse(text, claims, defs)
    found += _bare_head_nouns(text, claims, found)
    found += _article_acronyms(text, claims, defs, found)
    found += _named_by_apposition(text, claims)
    found += _coordinated_bodies(text, claims, found)
    found = _named_before_register_acronyms(text, found)
    found = _nicknames_in_brackets(text, found)
    found = _names_known_as(text, found)
    found = _with_legal_forms(text, claims, found)
    return sorted(found, key=lambda f: f.span.start)


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    found = find_organisations(document)
    written_as = [_SPACES.sub(" ", f.written) for f in found]
    names: dict[str, set[str]] = {}
    for f, written in zip(found, written_as):
        names.setdefault(f.key, set()).update({written} | set(f.aliases))
    # (key, name, acronym) -> the names of the key other than that name and acronym
    other_names: dict[tuple[str, str, str | None], tuple[str, ...]] = {}
    out: list[Fact] = []
    for f, written in zip(found, written_as):
        aliases = other_names.get((f.key, f.name, f.acronym))
        if aliases is None:
            aliases = tuple(sorted(n for n in names[f.key] if n not in (f.name, f.acronym)))
            other_names[f.key, f.name, f.acronym] = aliases
        out.append(OrganisationMention(
            evidence=evidence(document, f.span, EXTRACTOR_ID, f.rule), name=written, key=f.key,
            canonical_name=f.name, kind=f.kind, acronym=f.acronym, aliases=aliases, parent=f.parent,
            register=f.in_register))
    return out


EXTRACTOR = Extractor(NAME, VERSION, run, produces="OrganisationMention")
