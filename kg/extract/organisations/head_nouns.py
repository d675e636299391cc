"""Rule 4 (``head noun``), first part: organisations named by a head noun (``Raad van Toezicht``,
``Commissie van onderzoek COA``), the committees of the Kamer on a topic, committees named after a person,
bureaus, units and teams; where such a name starts (``_premodified_start``) and where it ends."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice

from ...domain import rules
from ...domain.keys import slug
from ...domain.model import Span
from .. import Anchored, Claims
from .data import _DASHES, _SPACES, COMPANY_BUREAUS, CUES_FILE, HEAD_NOUNS, _cue_words, register
from .definitions import _head_kind
from .forms import _SP, _WORD_OR_HYPHEN, _after_word_start, _Found, _named

_CAP = r"(?:[A-Z][\w'’&-]*|[0-9]+[A-Z]\w*)"
_HEAD_SUFFIXES = ("commissie|raad|dienst|inspectie|groep|centrum|bureau|instituut|stichting|vereniging|federatie|"
                  "hogeschool|autoriteit|orgaan|agentschap|college|fonds|platform|directie|ombudsman|rechtbank|team|afdeling|"
                  "organisatie|coalitie|netwerk|bond|academie|universiteit|genootschap|tafel")
_CAP_HEAD_WORDS = ("Directoraat-Generaal Directoraat-generaal Commissie Raad Dienst Inspectie Vereniging Stichting "
                   "Instituut Ministerie "
                   "Directie Ombudsman Rechtbank Team Centrum Agency Agentschap Bureau Autoriteit Afdeling Federatie "
                   "Platform College Fonds Werkgroep Taskforce Commissariaat Office Unit Groep Organisatie "
                   "Universiteit Hogeschool University Museum Meldpunt Steunpunt Genootschap").split()
_CAP_HEADS = (rf"{_after_word_start('[A-Z]', _WORD_OR_HYPHEN)}(?:[a-z]*(?:{_HEAD_SUFFIXES})|"
              + "|".join(f"(?<={word[0]}){re.escape(word[1:])}" for word in _CAP_HEAD_WORDS) + ")")
# words that open a clause or a phrase after a name, never a lower-case word inside one: 'de conclusie van de
# Commissie dat Albanië nog niet voldoet' (the name is 'Commissie'), 'de Raad om Nederland te steunen'
_CLAUSE_WORDS = (r"(?:dat|die|wat|om|of|als|omdat|zodat|wanneer|waar|waarin|hoe|terwijl|nu|toen|is|was|zijn|heeft|"
                 r"wordt|zal|kan|moet|met|aan|in|bij|naar|over|uit|tot|door|na|zo|ook|niet|nog|al)")
_HEAD_PHRASE = re.compile(
    rf"(?P<head>{_CAP_HEADS})"
    rf"(?P<rest>(?:{_SP}(?:van|voor|der|de|het|en|op|tegen|inzake)\b)*(?:{_SP}(?!{_CLAUSE_WORDS}(?![\w-]))[a-z]+)?"
    rf"(?:{_SP}{_CAP}"
    rf"(?:{_SP}(?:van|voor|der|de|het|en|op|tegen)\b)*)*{_SP}{_CAP}"
    # a number that is part of the last word's name: 'Adviescommissie Stikstof en Natura 2000'
    rf"(?:{_SP}\d{{3,4}}(?![\w/-]|[.,:]\d))?"
    # the second half of a coordinated compound: 'Meldpunt Geneesmiddelentekorten en -defecten'
    rf"(?:{_SP}en{_SP}-[a-zà-ÿ]+(?![\w-]))?)")
_TOPIC_COMMITTEE = re.compile(
    rf"(?P<name>(?:{_after_word_start('V', _WORD_OR_HYPHEN)}aste{_SP}(?:[Kk]amer)?c|"
    rf"{_after_word_start('A', _WORD_OR_HYPHEN)}lgemene{_SP}(?:[Kk]amer)?c|"
    rf"{_after_word_start('a', _WORD_OR_HYPHEN)}lgemene{_SP}(?:[Kk]amer)?c|"
    rf"{_after_word_start('v', _WORD_OR_HYPHEN)}aste{_SP}(?:[Kk]amer)?c|{_after_word_start('K', _WORD_OR_HYPHEN)}amerc|"
    rf"{_after_word_start('k', _WORD_OR_HYPHEN)}amerc|{_after_word_start('c', _WORD_OR_HYPHEN)})ommissie{_SP}"
    # the topic: 'voor' (or 'van') and capitalised words, joined by spaces, commas, 'en', '&' or '/'
    # ('voor Binnenlandse Zaken', 'voor Immigratie & Asiel / JBZ-Raad'); 'Kamercommissie' may go without 'voor'
    rf"(?:(?:voor|van){_SP}(?:de{_SP})?|(?<=amercommissie ))(?P<topic>{_CAP}"
    rf"(?:(?:,|{_SP}en|{_SP}voor|{_SP}[&/])?{_SP}{_CAP})*))")
_TOPIC_JOINERS = re.compile(rf"(?:,|{_SP}en|{_SP}voor|{_SP}[&/])?{_SP}$")
# a family name of two words without a particle ('de commissie-Korthals Altes', 'commissie Hirsch Ballin'):
# the second on the same line, not a word that opens a clause, and no third capitalised word after it
_SECOND_FAMILY_WORD = (r"(?:[^\S\n]+(?!(?:De|Het|Een|In|Op|Ook|En|Van|Voor|Met|Bij|Dit|Deze|Die|Dat|Zij|Hij|Er)"
                       r"(?![\w-]))[A-Z][a-zà-ÿ]+(?![\w-])(?![^\S\n]+[A-Z]))?")
_NAMED_COMMITTEE = re.compile(
    rf"(?P<head>{_after_word_start('[Cc]', _WORD_OR_HYPHEN)}ommissie)(?:[^\S\n]+|[^\S\n]*-[^\S\n]*)"
    # not an article alone ('Het oordeel van de commissie' / 'De commissie is ...': a heading, then the text)
    r"(?!(?:De|Het|Een)(?![\w-])(?!\s+(?:Van\s+|De\s+|Der\s+)?[A-Z]))"
    r"(?P<person>(?:(?:Van|De|Den|Der|Ter|Ten|Van der|Van den|Van de)\s+)?"
    r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?" + _SECOND_FAMILY_WORD + r")(?![\w-])")
_COMPANY = re.compile("(?:" + "|".join(_after_word_start(noun[0], _WORD_OR_HYPHEN) + noun[1:]
                                       for noun in COMPANY_BUREAUS)
                      + r")\s+(?P<name>[A-Z][\w&'’-]+(?:\s+(?:&\s+)?[A-Z][\w&'’-]+){0,2})")  # 'Veldman & Kroon'
_UNIT = re.compile(rf"(?P<name>{_after_word_start('[Uu]', _WORD_OR_HYPHEN)}nit\s+"
                   r"(?:[0-9][0-9A-Za-z]*|[A-Z][A-Z0-9]+))(?![\w-])")
_TEAM = re.compile(rf"{_after_word_start('[Tt]', _WORD_OR_HYPHEN)}eam\s+"
                   r"(?P<words>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,2})")
# the words every match of a pattern starts with (_matches_from tries the pattern only where they occur)
_TOPIC_COMMITTEE_STARTS = ("Vaste", "vaste", "Algemene", "algemene", "Kamercommissie", "kamercommissie", "commissie")
_NAMED_COMMITTEE_STARTS = ("Commissie", "commissie")
_UNIT_STARTS = ("Unit", "unit")
_TEAM_STARTS = ("Team", "team")


def _matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, for a pattern whose every match starts with one of
    ``starts`` and is never empty: the pattern is tried only where one of those words occurs (an
    ``Anchored`` search whose anchors are the start words, each with no reach)."""
    return Anchored(pattern, words=tuple((word, 0) for word in starts)).finditer(text)


# 'de commissie Vaccinaties van de Gezondheidsraad': a named committee of a body
_OF_A_BODY = re.compile(r"[^\S\n]+van[^\S\n]+(?:de|het)[^\S\n]+[A-Z]")
_TOPIC_WORDS = frozenset("""Justitie Veiligheid Immigratie Asiel Migratie Integratie Binnenlandse Buitenlandse Financiën
    Defensie Onderwijs Economische Sociale Volksgezondheid Infrastructuur Landbouw Europese Zaken Koninkrijksrelaties
    Vreemdelingenzaken Rijksuitgaven Digitale Klimaat Werkgelegenheid""".split())
_STOP_AFTER_TEAM = frozenset("die dat de het een en of is zijn was wordt worden heeft hebben kan kunnen zal "
                             "zullen moet onderzoekt beoordeelt maakt krijgt om te van met in op".split())


def _topic_committee_within(text: str, match: re.Match[str], claims: Claims,
                            known: list[_Found]) -> re.Match[str] | None:
    """The committee on a topic up to the first organisation already found inside its topic, or None.

    A register name joined by a slash is part of the name (the Eerste Kamer's ``commissie voor
    Immigratie & Asiel / JBZ-Raad``): it is given up to the committee. Another one ends the topic
    before it (``commissie voor Financiën, De Nederlandsche Bank``); a taken head is no committee.
    """
    while (taken := claims.first_taken(Span(match.start(), match.end()))) is not None:
        if taken.start <= match.start("topic"):
            return None
        if re.search(rf"{_SP}/{_SP}$", text[match.start("topic"):taken.start]) and taken.end <= match.end():
            inside = [f for f in known if f.span == taken and f.in_register]
            if inside:
                claims.release(taken)
                known.remove(inside[0])
                continue
        joiner = _TOPIC_JOINERS.search(text, match.start("topic"), taken.start)
        shorter = _TOPIC_COMMITTEE.match(text, match.start(), joiner.start() if joiner else taken.start)
        if shorter is None:
            return None
        match = shorter
    return match


_JOINED = re.compile(r"\s+(?:en|of)\s+(?:(?:de|het)\s+)?")
_CAP_HEAD = re.compile(_CAP_HEADS + r"(?![\w-])")


def _second_name(written: str) -> re.Match[str] | None:
    """Where a head-noun phrase joins a second organisation (``en`` right after a head is always such a join:
    'het Pluimveefonds en Avined'): ``en de``/``en het``, or ``en`` before
    words holding a head noun of their own ('Universiteit Leiden en Erasmus Universiteit Rotterdam')."""
    joins = list(_JOINED.finditer(written))
    for joined, following in zip(joins, [*joins[1:], None]):
        segment_end = following.start() if following else len(written)
        if joined.group(0).rstrip().endswith(("de", "het")) or _CAP_HEAD.search(written, joined.end(), segment_end):
            return joined
    return None


_LAST_WORD = re.compile(r"(?P<before>\S?)[^\S\n]*(?<![\w-])(?P<word>[A-Z][\w'’-]*)[^\S\n]+$")


# the first half of a coordinated compound right before a name: 'Land- en ' (Tuinbouworganisatie)
_COORDINATED = re.compile(rf"(?<![\w{_DASHES}])[A-Z][^\W\d_]*-[^\S\n]+en[^\S\n]+$")


def _premodified_start(text: str, start: int, head: str, claims: Claims) -> int:
    """Where a head-noun name starts, with the capitalised words before its head that belong to it:
    the first half of a coordinated compound ('Land- en Tuinbouworganisatie'), then
    adjectives of a name ('Nederlands Instituut', 'Koninklijke Vereniging'; 'name_premodifiers'), and
    before a head of 'proper_name_heads' one proper name inside a sentence ('de Erasmus Universiteit')."""
    premodifiers = _cue_words("name_premodifiers")
    coordinated = _COORDINATED.search(text, max(0, start - 40), start)
    if coordinated is not None and claims.free(Span(coordinated.start(), start)):
        start = coordinated.start()  # 'Land- en Tuinbouworganisatie', 'Nationaal Lucht- en Ruimtevaartlaboratorium'
    for taken in range(2):
        found = _LAST_WORD.search(text, max(0, start - 40), start)
        if found is None or not claims.free(Span(found.start("word"), start)):
            break
        word = found.group("word")
        if word in premodifiers:
            start = found.start("word")
            continue
        inside_sentence = found.group("before") not in ("", ".", "!", "?", ":", ";", "•", "-", "–")
        if taken == 0 and head.lower() in _cue_words("proper_name_heads") and inside_sentence \
                and word not in _cue_words("not_name_starts") and register().lookup(word) is None:
            start = found.start("word")
        break
    return start


_LEGAL_FORM_HEADS = frozenset({"Stichting", "Vereniging", "Federatie"})


def _legal_form_around(head: str, inside: _Found, span: Span) -> bool:
    """``Stichting Vluchtelingenwerk Midden-Nederland``: a foundation or association whose name holds a
    register name and goes on after it is an organisation of its own."""
    return head in _LEGAL_FORM_HEADS and inside.span.end < span.end


class _Within:
    """The mentions of ``known`` that lie within a span, in the order of ``known``, found by bisection
    (a scan of every known mention for every match made the pass quadratic); removals are remembered."""

    def __init__(self, known: list[_Found]) -> None:
        order = sorted(range(len(known)), key=lambda i: known[i].span.start)
        self._starts = [known[i].span.start for i in order]
        self._entries = [(i, known[i]) for i in order]
        self._gone: set[int] = set()

    def __call__(self, span: Span) -> list[_Found]:
        low = bisect_left(self._starts, span.start)
        high = bisect_right(self._starts, span.end)
        return [f for i, f in sorted(self._entries[low:high], key=lambda e: e[0])
                if i not in self._gone and f.span.end <= span.end]

    def remove(self, mention: _Found) -> None:
        low = bisect_left(self._starts, mention.span.start)
        high = bisect_right(self._starts, mention.span.start)
        for i, f in self._entries[low:high]:
            if f is mention and i not in self._gone:
                self._gone.add(i)
                return


# one lower-case word right after a head noun, before an acronym: a verb and its object, not a name
_ONE_LOWER_WORD = re.compile(rf"{_SP}(?!(?:van|voor|der|de|het|en|op|tegen|inzake|te|ter|tot)(?![\w-]))[a-zà-ÿ]+{_SP}")


def _verb_before(text: str, head_end: int, acronym_start: int) -> bool:
    """``De Inspectie beveelt DJI aan``, ``de Raad vraagt COA``: a head noun, one lower-case word and a register
    acronym are a subject, its verb and an object (a name would join them with 'van', 'voor': 'Commissie van
    onderzoek COA')."""
    return _ONE_LOWER_WORD.fullmatch(text, head_end, acronym_start) is not None


# capitalised words only, no joiner: the topic of a body's name before the register body it ends in
_CAPITALISED_WORDS = re.compile(rf"(?:{_SP}[A-Z][a-zà-ÿ'’-]+)+{_SP}")


def _topic_before_body(text: str, head_end: int, inside: _Found, span: Span) -> bool:
    """``de Commissie Onderzoek Belastingdienst``, ``het Platform Innovatie Rijkswaterstaat``: a head noun,
    capitalised topic words and a register body that ends the name make one organisation of its own
    (not ``de Commissie van de Belastingdienst``, nor ``de Raad Belastingdienst``)."""
    return inside.span.end == span.end and \
        _CAPITALISED_WORDS.fullmatch(text, head_end, inside.span.start) is not None


def _remove_each(known: list[_Found], gone: list[_Found]) -> None:
    """``known.remove(f)`` for each f of ``gone`` in one pass (each remove scanned the list: quadratic)."""
    if not gone:
        return
    ids = {id(f) for f in gone}
    known[:] = [f for f in known if id(f) not in ids]


# what follows a head noun when it is a second body, not its name: an article and one word that is a head noun
# itself ('de Commissie de Raad', 'het College het Hof')
_ARTICLE_AND_HEAD = re.compile(rf"{_SP}(?:de|het){_SP}(?P<word>[A-Z][\w&-]*)")


def _two_bodies(rest: str) -> bool:
    """Is ``rest`` (what a head-noun phrase has after its head) an article and a body of its own?"""
    second = _ARTICLE_AND_HEAD.fullmatch(rest)
    return second is not None and (_CAP_HEAD.fullmatch(second.group("word")) is not None
                                   or register().lookup(second.group("word")) is not None)


def _owner_inside(text: str, span: Span, inside: list[_Found], after_head: int) -> int | None:
    """Where a head-noun name ends when the first organisation found inside it follows ``van de`` / ``van het``
    and a capitalised word of the name (``het Centrum Infectieziektebestrijding van het Rijksinstituut voor
    ...``: the centre is a part of that body), else None."""
    first = min(inside, key=lambda f: f.span.start, default=None)
    if first is None or first.span.start <= after_head:
        return None
    joint = _OF_THE_BODY_WITH_ARTICLE.search(text, after_head, first.span.start)
    return joint.start() if joint is not None and joint.start() > after_head else None


# the rest of a name on the next line of a letterhead's column, a line of its own ('Directoraat-generaal Klimaat' /
# 'en Energie'): in the body the lines of a paragraph are joined, so only a head keeps such a break
_WRAPPED_REST = re.compile(rf"\n(?:en|voor|van){_SP}{_CAP}(?:{_SP}{_CAP})*(?=[^\S\n]*\n)")


# 'van de' / 'van het' right before a body, after a capitalised word
_OF_THE_BODY_WITH_ARTICLE = re.compile(rf"(?<=[A-Za-zà-ÿ]){_SP}van{_SP}(?:de|het){_SP}$")


# the rest of a name whose topics are listed with commas, up to an acronym in brackets right after it: ', Sociaal
# Beleid, Volksgezondheid en Consumentenzaken' (EPSCO); each topic capitalised, no article (', de SER en ...'
# lists bodies)
_LISTED_TOPICS = re.compile(rf"(?:,{_SP}{_CAP}(?:{_SP}{_CAP})*)+{_SP}en{_SP}{_CAP}(?:{_SP}{_CAP})*"
                            r"(?=[^\S\n]*\([^\S\n]*[A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*[^\S\n]*\))")


def _head_noun_mentions(text: str, claims: Claims, known: list[_Found]) -> list[_Found]:
    """Organisations named by a head noun; a name may end in a register acronym ('Commissie van onderzoek COA')."""
    found: list[_Found] = []
    within = _Within(known)
    gone: list[_Found] = []  # swallowed register mentions, taken out of ``known`` once after the loop
    pos = 0
    while match := _HEAD_PHRASE.search(text, pos):
        pos = match.end()
        written = match.group(0)
        joined = _JOINED.match(written, len(match.group("head"))) or _second_name(written)
        if joined:  # 'Staatscommissie X en het Commissariaat Y': two organisations, not one
            written = written[:joined.start()]
            pos = match.start() + joined.end()
            if len(written.split()) < 2:
                continue
        if match.group("head") in _cue_words("not_compounds"):
            continue  # 'Staatsraad Jansen' (a title), 'Gemeenteraad Utrecht' (a generic body)
        if match.group("head") == "Kamercommissie":
            continue  # a committee of the Kamer on a topic: read below, with 'vaste' and the whole topic
        if _two_bodies(written[len(match.group("head")):]):
            pos = match.start() + len(match.group("head"))
            continue  # 'informeerde de Commissie de Raad': subject and object, two bodies run together
        broken = _name_break(written, len(match.group("head")))
        if broken is not None:  # 'Directoraat-Generaal X Afdeling Y Postbus ...': X ends before the next head
            written = written[:broken].rstrip()
            pos = min(pos, match.start() + broken)
            if not _HEAD_PHRASE.fullmatch(written):
                continue
        listed = _LISTED_TOPICS.match(text, match.start() + len(written)) if broken is None and not joined else None
        if listed is not None:  # 'de Raad Werkgelegenheid, Sociaal Beleid, ... en Consumentenzaken (EPSCO)'
            written = text[match.start():listed.end()]
            pos = max(pos, listed.end())
        wrapped = _WRAPPED_REST.match(text, match.start() + len(written)) if not joined and broken is None else None
        if wrapped is not None:  # a letterhead's column: 'Directoraat-generaal Klimaat' / 'en Energie'
            written = text[match.start():wrapped.end()]
            pos = max(pos, wrapped.end())
        start = _premodified_start(text, match.start(), match.group("head"), claims)
        written = text[start:match.start()] + written
        name = _SPACES.sub(" ", written).strip()
        span = Span(start, start + len(written))
        inside = within(span)
        owner = _owner_inside(text, span, inside, start + len(match.group("head")))
        if owner is not None:  # 'het Centrum Infectieziektebestrijding van het RIVM': a part of a known body
            span = Span(start, owner)
            written = text[start:owner]
            name = _SPACES.sub(" ", written).strip()
            inside = within(span)
        head_end = match.start() + len(match.group("head"))
        swallowed = [f for f in inside if f.in_register and f.span.start > span.start and
                     ((f.written == f.acronym and not _verb_before(text, head_end, f.span.start))
                      or _legal_form_around(match.group("head"), f, span)
                      or _topic_before_body(text, head_end, f, span))]
        if len(swallowed) != len(inside) or len(name.split()) < 2 or register().lookup(name):
            kept = [f.span.end for f in inside if f not in swallowed]
            if kept:  # 'Inspectie X2 en van de Inspectie Y': read on after the organisation already found
                pos = min(pos, min(kept))
            continue
        for f in swallowed:
            claims.release(f.span)
            gone.append(f)
            within.remove(f)
        if not claims.free(span):
            continue
        claims.take(span)
        kind = HEAD_NOUNS.get(match.group("head").lower()) or _head_kind(match.group("head")) or "other"
        found.append(_Found(span=span, written=written, key=slug(name), name=name, kind=kind,
                            rule=f"head noun: {match.group('head')}"))
    _remove_each(known, gone)
    for match in _matches_from(_TOPIC_COMMITTEE, text, _TOPIC_COMMITTEE_STARTS):
        match = _topic_committee_within(text, match, claims, known)
        if match is None:
            continue
        span = Span(match.start(), match.end())
        claims.take(span)
        name = _SPACES.sub(" ", match.group("name"))
        topic = _SPACES.sub(" ", match.group("topic"))
        found.append(_Found(span=span, written=match.group(0), key=slug(f"commissie voor {topic}"), name=name,
                            kind="committee", rule="committee on a topic"))
    for match in _matches_from(_NAMED_COMMITTEE, text, _NAMED_COMMITTEE_STARTS):
        person = match.group("person")
        of_a_body = _OF_A_BODY.match(text, match.end()) is not None and _TOPIC_WORDS.isdisjoint(person.split())
        if person.split()[-1] in _TOPIC_WORDS or re.match(r"(?:Van|De)\s", person) is None and not of_a_body and \
                re.match(r"\s+(?:en|voor|van)\b", text[match.end():match.end() + 5]):
            continue
        span = Span(match.start(), match.end())
        if not claims.free(span):
            continue
        claims.take(span)
        name = f"commissie {person}"
        found.append(_Found(span=span, written=match.group(0), key=slug(name), name=name, kind="committee",
                            rule="named committee of a body" if of_a_body else "committee named after a person"))
    for match in _matches_from(_COMPANY, text, COMPANY_BUREAUS):
        span = Span(match.start("name"), match.end("name"))
        if claims.free(span):
            claims.take(span)
            found.append(_Found(span=span, written=match.group("name"), key=slug(match.group("name")),
                                name=match.group("name"), kind="company", rule="company after bureau noun"))
    for match in _matches_from(_UNIT, text, _UNIT_STARTS):
        span = Span(match.start(), match.end())
        if claims.free(span):
            claims.take(span)
            name = _SPACES.sub(" ", match.group("name"))
            found.append(_Found(span=span, written=match.group(0), key=slug(name), name=name, kind="unit",
                                rule="named unit"))
    found.extend(_team_mentions(text, claims))
    return found


@cache
def _name_breaks() -> re.Pattern[str]:
    """The words that end a name written before them (an address block, the head of a next unit)."""
    words = sorted(rules.value(CUES_FILE, "name_breaks", list), key=len, reverse=True)
    return re.compile(r"\s(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words) + r")(?![\w-])")


def _name_break(written: str, after: int) -> int | None:
    """Where a name-break word starts in ``written`` past its first ``after`` characters, else None."""
    found = _name_breaks().search(written, after)
    return found.start() if found else None


def _team_mentions(text: str, claims: Claims) -> list[_Found]:
    """``team herbeoordelingen asiel``: a team named in lower case, when the letter names it twice.

    The name is the longest run of words after ``team`` (two or more, up to a function word or
    verb) that recurs after ``team`` elsewhere in the letter.
    """
    runs: list[tuple[re.Match[str], list[str]]] = []
    counts: dict[tuple[str, ...], int] = {}
    for match in _matches_from(_TEAM, text, _TEAM_STARTS):
        kept: list[str] = []
        for word in match.group("words").split():
            if word in _STOP_AFTER_TEAM:
                break
            kept.append(word)
        runs.append((match, kept))
        for length in range(2, len(kept) + 1):
            counts[tuple(kept[:length])] = counts.get(tuple(kept[:length]), 0) + 1
    found: list[_Found] = []
    for match, kept in runs:
        recurring = [length for length in range(2, len(kept) + 1) if counts[tuple(kept[:length])] >= 2]
        if not recurring:
            continue
        words = " ".join(kept[:max(recurring)])
        name = f"team {words}"
        start = match.start()
        span = Span(start, _end_of_words(text, match.start("words"), len(words.split())))
        if claims.free(span):
            claims.take(span)
            found.append(_named(text, span, name, kind="unit", rule="named team (recurs in the letter)"))
    return found


_LOWER_WORD = re.compile(r"[a-z-]+")


def _end_of_words(text: str, start: int, count: int) -> int:
    """The end of the first ``count`` words of ``text`` from ``start``."""
    words = list(islice(_LOWER_WORD.finditer(text, start), count))
    return words[-1].end()
