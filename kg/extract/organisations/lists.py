"""Rule 4, the members of a named kind: the places listed after a plural noun of their bodies (``de
gemeenten Westland en Venlo``) and the names listed after a plural noun of a kind of organisation
(``fabrikanten als Pfizer en Teva``, ``de drinkwaterbedrijven Evides en Oasen``)."""
from __future__ import annotations

import re
from functools import cache

from ...domain import rules
from ...domain.model import Span
from .. import WHOLE_WORD, Anchored, Claims
from .data import _SPACES, CUES_FILE, NOT_ORGANISATIONS, _cue_words
from .forms import _PLACE, _SP, _Found, _named

# 'als', 'zoals', 'waaronder', 'onder meer', 'onder andere' before a capitalised name (or 'de'/'het' and one);
# then, right before it, a plural noun of a kind of organisation (also the end of a compound: 'uitzendbureaus'),
# after a few lower-case words only with a comma ('werkgevers in de vleessector, waaronder')
_LIST_OPENING = Anchored(re.compile(rf"(?<![\w-])(?:zoals|als|waaronder|onder meer|onder andere){_SP}"
                                    rf"(?=(?:(?:de|het){_SP})?[A-Z])"),
                         words=(("als", 0), ("zoals", 0), ("waaronder", 0), ("onder meer", 0), ("onder andere", 0)))
_LIST_NOUN_ENDS = ("bedrijven ondernemingen fabrikanten producenten leveranciers aanbieders dienstverleners "
                   "uitzendbureaus banken verzekeraars omroepen maatschappijen ziekenhuizen instellingen "
                   "organisaties fondsen universiteiten hogescholen werkgevers concerns vervoerders rederijen "
                   "corporaties instituten netbeheerders").split()
# a sector lists its members too, after 'waaronder' or 'onder meer' ('de rijschoolbranche, waaronder BOVAG en ...')
_SECTOR_NOUN_ENDS = ["branche", "sector"]
_KIND_BEFORE = re.compile(rf"(?<![\w-])(?P<noun>(?i:[a-zà-ÿ-]*(?:{'|'.join(_LIST_NOUN_ENDS + _SECTOR_NOUN_ENDS)})))"
                          rf"(?P<comma>,?)(?P<words>(?:{_SP}[a-zà-ÿ][\w-]*){{1,4}},)?{_SP}$")
_LIST_ITEM = re.compile(rf"(?:(?:de|het){_SP})?(?P<name>[A-Z][\w&'’+-]*(?:{_SP}[A-Z][\w&'’+-]*){{0,3}})(?![\w-])")
_LIST_JOIN = re.compile(rf",{_SP}|{_SP}(?:en|of){_SP}")
# the nouns of trades (the rest list public or non-profit bodies)
_COMPANY_PLURALS = tuple(noun for noun in _LIST_NOUN_ENDS if noun not in (
    "omroepen", "ziekenhuizen", "instellingen", "organisaties", "fondsen", "universiteiten", "hogescholen",
    "corporaties", "instituten"))


def _list_kind(noun: str) -> str:
    """The kind of the bodies a plural noun lists: companies for trades, NGOs for 'organisaties', else other."""
    noun = noun.lower()
    if noun.endswith(_COMPANY_PLURALS):
        return "company"
    return "ngo" if noun.endswith("organisaties") else "other"




@cache
def _listed_places_pattern() -> Anchored:
    """A plural noun of a body named after its place and two or more places ('de gemeenten Westland en Venlo'),
    tried only where the plural noun stands (``Anchored``)."""
    nouns = rules.value(CUES_FILE, "place_body_plurals", dict)
    plurals = "|".join(f"[{noun[0].upper()}{noun[0].lower()}]{re.escape(noun[1:])}" for noun in nouns)
    pattern = re.compile(rf"(?<!\bin de )(?<!\bIn de )(?<![\w-])(?P<plural>{plurals}){_SP}"
                         rf"(?P<places>{_PLACE}(?:(?:,{_SP}|{_SP}en{_SP}){_PLACE})*(?:,{_SP}|{_SP}en{_SP}){_PLACE})"
                         rf"(?![\w-])")
    return Anchored(pattern, words=tuple((noun.lower(), 0) for noun in nouns), folded=True)


def _listed_places(text: str, claims: Claims) -> list[_Found]:
    """``de gemeenten Amsterdam, Rotterdam en Utrecht``, ``de provincies Groningen en Drenthe``: each place
    after the plural noun is a body of its own, named as the singular noun would name it ('gemeente Utrecht');
    not places ('in de gemeenten Westland en Venlo')."""
    found: list[_Found] = []
    singular_of = rules.value(CUES_FILE, "place_body_plurals", dict)
    for match in _listed_places_pattern().finditer(text):
        singular = singular_of[match.group("plural").lower()]
        offset = match.start("places")
        for place in re.finditer(_PLACE, match.group("places")):
            span = Span(offset + place.start(), offset + place.end())
            if not claims.free(span):
                continue
            claims.take(span)
            name = singular + " " + _SPACES.sub(" ", place.group(0))
            found.append(_named(text, span, name, kind="other",
                                rule=f"place listed after '{match.group('plural').lower()}'", aliases=(name,)))
    return found


def _listed_members(text: str, claims: Claims) -> list[_Found]:
    """``fabrikanten als Pfizer en Teva``, ``omroepen als BNNVARA, KRO-NCRV en de NOS``, ``werkgevers in
    de vleessector, waaronder Vion en Westfort``: the capitalised names listed after a plural noun of a kind
    of organisation are organisations of that kind (a name already found is passed over, the list read on).
    Not ``landen als Duitsland`` (no kind of organisation), not ``de banken als geheel`` (no name)."""
    found: list[_Found] = []
    for match in _LIST_OPENING.finditer(text):
        kind_noun = _KIND_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if kind_noun is None or kind_noun.group("words") and match.group(0).startswith("als") or \
                kind_noun.group("noun").lower().endswith(tuple(_SECTOR_NOUN_ENDS)) and \
                match.group(0).startswith(("als", "zoals")):
            continue  # a sector lists its members after 'waaronder' or 'onder meer' ('zoals Nederland weet')
        kind = _list_kind(kind_noun.group("noun"))
        pos = match.end()
        while item := _LIST_ITEM.match(text, pos):
            span = Span(item.start("name"), item.end("name"))
            name = _SPACES.sub(" ", item.group("name"))
            first = name.split()[0]
            if first in _cue_words("not_name_starts") or name in NOT_ORGANISATIONS:
                break
            if claims.free(span):
                claims.take(span)
                found.append(_named(text, span, name,
                                    kind=kind, rule=f"member of a list of {kind_noun.group('noun').lower()}"))
            joined = _LIST_JOIN.match(text, item.end())
            if joined is None:
                break
            pos = joined.end()
    return found


# a plural noun of a kind of organisation right before two or more capitalised names joined by ',' and 'en':
# 'de drinkwaterbedrijven Evides en Oasen', 'de banken ING, Rabobank en ABN AMRO' (no list word between)
_NAMED_ITEM = (r"(?!(?:De|Het|Een|In|Op|Van|Voor|Met|Bij|Nederland|Europa)(?![\w-]))"
               r"[A-Z][\w&'’+-]*(?:[^\S\n]+[A-Z][\w&'’+-]*){0,2}")
_PLURAL_KIND_NAMES = Anchored(re.compile(
    rf"(?<![\w-])(?P<noun>[a-zà-ÿ][a-zà-ÿ-]*?(?:{'|'.join(_LIST_NOUN_ENDS)})){_SP}"
    rf"(?P<names>{_NAMED_ITEM}(?:,{_SP}{_NAMED_ITEM})*{_SP}en{_SP}{_NAMED_ITEM})(?![\w&'’+-])"),
    words=tuple((noun, WHOLE_WORD) for noun in _LIST_NOUN_ENDS), folded=True, word_start=True)
_NAMED_ITEM_AT = re.compile(_NAMED_ITEM)


def _named_after_plural_kind(text: str, claims: Claims) -> list[_Found]:
    """``de drinkwaterbedrijven Evides en Oasen``, ``de netbeheerders Enexis en Stedin``: the names listed right
    after a plural noun of a kind of organisation (``_LIST_NOUN_ENDS``, also the end of a compound) are bodies
    of that kind; two names at least, joined by 'en' (one name after a plural is no list: 'de banken Nederland');
    a name found already is passed over. Not after 'in de' (a place), not a sentence opener as a name."""
    found: list[_Found] = []
    for match in _PLURAL_KIND_NAMES.finditer(text):
        if re.search(r"(?<![\w-])(?:in|In)[^\S\n]+(?:de|het)[^\S\n]+$", text[max(0, match.start() - 10):match.start()]):
            continue
        kind = _list_kind(match.group("noun"))
        offset = match.start("names")
        for item in _NAMED_ITEM_AT.finditer(match.group("names")):
            span = Span(offset + item.start(), offset + item.end())
            name = _SPACES.sub(" ", item.group(0))
            if name in NOT_ORGANISATIONS or not claims.free(span):
                continue
            claims.take(span)
            found.append(_named(text, span, name, kind=kind,
                                rule=f"named after a plural of its kind: {match.group('noun').lower()}"))
    return found
