"""The last rules that find new names, beside a body found already: a name coordinated with it (``de
Dierenbescherming en Wakker Dier vragen``) and a name followed by a comma and its kind of body (``Kences, de
branchevereniging van ...``)."""
from __future__ import annotations

import re

from ...domain.model import Span
from .. import Anchored, Claims
from .data import _SPACES, HEAD_NOUNS, NOT_ORGANISATIONS, _cue_words
from .definitions import _head_kind
from .forms import _NAME_GOES_ON, _SP, _Found, _named

_NAME_RUN = rf"[A-Z][\w&'’+-]*(?:{_SP}[A-Z][\w&'’+-]*){{0,3}}"
# a capitalised name right after an organisation, joined by ',' 'en' 'of' (an optional bracketed acronym
# first); then whether an article stands before it
_JOINED_AFTER = re.compile(rf"(?:{_SP}?\([^()\n]{{1,12}}\))?(?:,|{_SP}en|{_SP}of){_SP}(?P<article>(?:de|het){_SP})?"
                           rf"(?P<name>{_NAME_RUN})(?![\w&'’+-])(?!{_SP}[A-Z])")
# a capitalised name right before an organisation: 'Centric en (Pink Roccade)', 'de Bogin en (Zorgverzekeraars)'
_JOINED_BEFORE = re.compile(rf"(?<![\w&'’+-])(?P<article>(?:de|het|De|Het){_SP})?(?P<name>{_NAME_RUN})"
                            rf"(?:,|{_SP}en|{_SP}of){_SP}(?:(?:de|het){_SP})?$")
_JOIN_HEADS = (",", " en", " of", " (", "(")  # what a join after a name starts with (str.startswith: cheap)
_JOIN_TAILS = (", ", " en ", " of ", " de ", " het ")  # what a join before a name ends with (one space)
_JOIN_TAIL = re.compile(rf"(?:,|{_SP}en|{_SP}of){_SP}(?:(?:de|het){_SP})?$")  # what _JOINED_BEFORE ends in
# a plural finite verb after the coordination: its members act together ('Dierenbescherming en Wakker Dier vragen')
_PLURAL_VERB = re.compile(rf"(?:{_SP}?\([^()\n]{{1,12}}\))?{_SP}(?!(?:tussen|tegen|boven|onder|binnen|buiten|"
                          rf"zonder|volgen(?:s)?|namen|even)\b)[a-z]+en\b")


# a finite verb in the clause before the coordination: the '-en' word after it is a participle or an infinitive
# ('Ik heb ProRail en Utrecht gesproken', 'Ik wil ProRail en Utrecht spreken'), not a plural verb of which the
# coordination is the subject
_FINITE_BEFORE = re.compile(r"\b(?:heb|hebt|heeft|hebben|had|hadden|ben|is|was|waren|wordt|worden|werd|werden|zal|"
                            r"zullen|kan|kunnen|moet|moeten|wil|willen|ga|gaat|gaan)\b[^.;:!?\n]*$")


def _plural_verb_after(text: str, start: int, end: int) -> bool:
    """Is the coordination at ``start``..``end`` the subject of a plural verb right after it (``_PLURAL_VERB``),
    with no finite verb before it in its clause (``_FINITE_BEFORE``)?"""
    return _PLURAL_VERB.match(text, end) is not None and _FINITE_BEFORE.search(text, max(0, start - 80), start) is None


# a participle of asking or consulting right after the coordination: the names are bodies asked to act ('Ik heb
# ActiZ en Verenso gevraagd', 'Ik heb ProRail en DB Schenker gevraagd mij te rapporteren')
_ASKED = re.compile(rf"(?:{_SP}?\([^()\n]{{1,12}}\))?{_SP}(?:gevraagd|verzocht|opgedragen|uitgenodigd|"
                    rf"geraadpleegd|geconsulteerd|aangeschreven|opgeroepen)\b")


# a preposition right before a name without article: a place or an object, not a body ('in Wageningen en TNO')
_PLACE_PREPOSITION = re.compile(rf"(?<![\w-])(?:in|te|uit|naar|bij|van|voor|met|op|aan|door|tussen|over|rond){_SP}$")


# 'door' right before a coordination that a company opens: its members are the agents of a passive, companies that
# did the work ('uitgevoerd door KPMG en Berenschot', 'beheerd door PwC en Triple Jump')
_AGENT_BEFORE = re.compile(rf"(?<![\w-])door{_SP}(?:(?:de|het){_SP})?$")


# the join from a listed name to the next member of its list ('Kences|, de Vereniging ...')
_NEXT_MEMBER = re.compile(rf"(?:,|{_SP}en){_SP}(?:(?:de|het){_SP})?")


def _listed_between(text: str, end: int, starts: set[int]) -> bool:
    """Does a name that follows an organisation in a list (``_JOINED_AFTER``) and ends at ``end`` have another
    organisation after it in the same list ('de Woonbond, Kences en de VNG')? Then it is a member of a list of
    bodies too, when its words are written as names ('Kences', 'Vastgoed Belang'; an acronym such as 'WaU' may
    name a report: 'de POK, WaU, NJB-artikel')."""
    join = _NEXT_MEMBER.match(text, end)
    return join is not None and join.end() in starts


def _coordinated_bodies(text: str, claims: Claims, found: list[_Found]) -> list[_Found]:
    """A capitalised name coordinated with an organisation found already is an organisation too, when an
    article stands before it (``de Vereniging Innovatieve Geneesmiddelen, de Bogin en Zorgverzekeraars
    Nederland``, ``het Rijksmuseum en het Concertgebouw``) or the coordination is the subject of a plural
    verb (``de Dierenbescherming en Wakker Dier vragen``, ``Centric en Pink Roccade hebben``). Not a party
    in brackets, not a place or person without article ('met Polen en Roemenië', 'DNB en Knot'; 'MARIN in
    Wageningen en TNO verzorgen': a preposition before it), not a
    sentence's first word ('Daarnaast'), not a word of the not-organisations list, not adjectives alone ('de
    Limburgse gemeenten'), not a bare head noun ('het Europees Parlement en de Raad'), not the first words of
    a longer name ('de Centrale van Middelbare en Hogere ...')."""
    new: list[_Found] = []
    starts = {f.span.start for f in found if f.kind != "party"}
    for f in found:
        if f.kind == "party":
            continue
        after = _JOINED_AFTER.match(text, f.span.end) if text.startswith(_JOIN_HEADS, f.span.end) else None
        if after is not None:
            acting = (_plural_verb_after(text, f.span.start, after.end()) or _ASKED.match(text, after.end()) is not None
                      or f.kind == "company" and _AGENT_BEFORE.search(text, max(0, f.span.start - 10), f.span.start)
                      is not None
                      or _listed_between(text, after.end(), starts) and
                      all(word[1:].islower() for word in after.group("name").split()))
            new += _coordinated(text, claims, after, acting, f)
        if not text.endswith(_JOIN_TAILS, 0, f.span.start) or \
                not _JOIN_TAIL.search(text, max(0, f.span.start - 8), f.span.start):
            continue
        before = _JOINED_BEFORE.search(text, max(0, f.span.start - 60), f.span.start)
        if before is not None:
            acting = _plural_verb_after(text, before.start(), f.span.end) or _ASKED.match(text, f.span.end) is not None
            new += _coordinated(text, claims, before, acting, f)
    return new


# the state as a whole, which letters write with a capital: 'afspraken tussen het Rijk en de VNG', 'de Staat en
# de netbeheerders', 'het Koninkrijk en de landen' (as generic as 'het kabinet')
_THE_STATE = frozenset({"Rijk", "Staat", "Koninkrijk", "Kroon", "Rijksoverheid"})
# a word that names a law or treaty, not a body ('het Europees Hof ... en de Terugkeerrichtlijn vereisen')
_LAW_WORD = re.compile(r"(?:wet|richtlijn|verdrag|verordening|besluit|regeling|akkoord|protocol)$", re.IGNORECASE)


def _coordinated(text: str, claims: Claims, match: re.Match[str], acting: bool, beside: _Found) -> list[_Found]:
    """The organisation ``match`` names beside ``beside`` (see ``_coordinated_bodies``), if it is one."""
    span = Span(match.start("name"), match.end("name"))
    name = _SPACES.sub(" ", match.group("name"))
    words = name.split()
    if not (match.group("article") or acting) or not claims.free(span) or words[0] in _cue_words("not_name_starts") \
            or name in NOT_ORGANISATIONS or name.isupper() and len(name) < 2 or _LAW_WORD.search(words[-1]):
        return []
    if words[0] in ("Nederland", "Europa") or name in _THE_STATE:
        return []  # the country or the continent ('door de IND en Nederland'); the state ('het Rijk en de VNG')
    if all(word in _cue_words("name_premodifiers") for word in words) or _NAME_GOES_ON.match(text, span.end):
        return []  # 'de Limburgse gemeenten' (an adjective); 'de Centrale van Middelbare ...' (a longer name, cut)
    if len(words) == 1 and words[0].lower() in HEAD_NOUNS:
        return []  # 'het Europees Parlement en de Raad': a bare head noun calls a body named elsewhere, no name
    if words[-1] in _cue_words("office_nouns"):
        return []  # 'de Hoge Vertegenwoordiger en de Commissie': an office, not a body
    start_of_sentence = text[max(0, span.start - 3):span.start].rstrip(" \t")
    if not match.group("article") and (not start_of_sentence or start_of_sentence[-1] in ".!?:\n" or
                                       _PLACE_PREPOSITION.search(text, max(0, span.start - 12), span.start)):
        return []
    claims.take(span)
    return [_named(text, span, name, kind=beside.kind if beside.kind in ("company", "ngo") else "other",
                   rule=f"coordinated with {beside.name}")]


# ', de branchevereniging', ', het kennis- en innovatiecentrum': the kind of body a name right before it is
_APPOSITION = Anchored(re.compile(
    rf",{_SP}(?:de|het){_SP}(?:[a-zà-ÿ]+-{_SP}en{_SP})?(?P<noun>[a-zà-ÿ-]*(?:vereniging|organisatie|bedrijf|"
    rf"fabrikant|leverancier|producent|exploitant|dienstverlener|aanbieder|netbeheerder|verzekeraar|"
    rf"instelling|stichting|federatie|koepel|toezichthouder|omroep|kenniscentrum|innovatiecentrum|"
    rf"expertisecentrum|uitvoeringsorganisatie|samenwerkingsverband))(?![\w-])"), words=((", de ", 0), (", het ", 0)))
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w&'’+-])(?P<name>{_NAME_RUN})$")


def _named_by_apposition(text: str, claims: Claims) -> list[_Found]:
    """``Kences, de branchevereniging van studentenhuisvesters``, ``Elaad, het kennis- en innovatiecentrum van
    de netbeheerders``, ``Bristol-Myers Squibb, de fabrikant,``: a capitalised name followed by a comma and a
    noun of a kind of body (a compound too) is an organisation of that kind. Not a generic noun
    ('Amsterdam, het centrum'), not a word that opens a sentence ('Daarnaast, de organisatie')."""
    found: list[_Found] = []
    for match in _APPOSITION.finditer(text):
        before = _NAME_BEFORE_COMMA.search(text, max(0, match.start() - 50), match.start())
        if before is None:
            continue
        words = list(re.finditer(r"\S+", before.group("name")))
        while words and words[0].group(0) in _cue_words("not_name_starts"):
            words.pop(0)  # 'Ook Elaad, het ...': the sentence's opening word is not part of the name
        if not words:
            continue
        span = Span(before.start("name") + words[0].start(), before.end("name"))
        if not claims.free(span) or text[span.start:span.end] in NOT_ORGANISATIONS:
            continue
        name = _SPACES.sub(" ", text[span.start:span.end])
        claims.take(span)
        noun = match.group("noun")
        kind = "company" if noun.endswith(_TRADE_NOUNS) else _head_kind(noun) or "ngo"
        found.append(_named(text, span, name, kind=kind, rule=f"named by apposition: {noun}"))
    return found


_TRADE_NOUNS = ("bedrijf", "fabrikant", "leverancier", "producent", "exploitant", "dienstverlener", "aanbieder",
                "netbeheerder", "verzekeraar")
