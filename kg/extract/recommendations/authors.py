"""Who recommends, and to whom, in running text: whether the one before or after a trigger's verb is a
report's author and not the government, parliament or a motion (``_is_author``, ``_recommends``, ``_proposes``,
``_asks_government`` and the patterns they use), and the addressee a trigger names (``_running_addressee``)."""
from __future__ import annotations

import re

from ...domain.model import Sentence, Span

_INVERTED_AUTHOR = re.compile(
    r"^(?:(?:het|de|dit)\s+(?:rapport|onderzoek|advies|artikel|bundel)\b|"
    r"(?:de|het)\s+(?:commissie|raad|inspectie|onderzoekers|ombudsman|rekenkamer|auteurs?|college)\b|(?:zij|hij|ze)\b|"
    r"(?:(?:de|het)\s+)?[A-Z][\w-]*(?:\s+(?:van|voor|en)?\s*"
    r"[A-Z][\w-]*)*)(?:\s+in\s+(?:het|dit|haar|zijn)\s+\w+)?")
# 'stelt ... voor' is a recommendation when the report's author proposes: not the government, not 'stelt
# middelen beschikbaar voor'; without 'om'/'dat' only right after the verb and its adverbs, with an infinitive
_STELT_VOOR_ADVERBS = re.compile(
    r"(?:(?:voorts|verder|ook|daarnaast|tevens|bovendien|onder\s+(?:meer|andere)|in\s+(?:het|dit|haar|zijn)\s+\w+)\s+)*",
    re.IGNORECASE)
_GOVERNMENT_SUBJECT = re.compile(r"\b(?:ik|wij|we|kabinet|regering)\b|^\s*(?:De|de)\s+(?:minister|staatssecretaris)\b",
                                 re.IGNORECASE)
# the government as the subject before the verb: 'Het kabinet beveelt ...', 'Ik heb ... geadviseerd'
_GOVERNMENT_LEAD = re.compile(r"(?:(?:Daarom|Ook|Verder|Daarnaast|Tevens|Voorts|Eerder|Zelf)\s+)?"
                              r"(?:het\s+kabinet|de\s+regering|"
                              r"ik|wij|we|de\s+(?:minister|staatssecretaris)(?:\s+van\s+[^,.;]{2,60})?)", re.IGNORECASE)
# the government as the one advised, before 'wordt geadviseerd': 'Het kabinet wordt geadviseerd ...'
_GOVERNMENT_ADVISED = re.compile(r"\s*(?:(?:Verder|Ook|Daarnaast|Voorts|Tevens|Tot slot|Ten slotte)\s+)?"
                                 r"(?:[Hh]et\s+kabinet|[Dd]e\s+regering|[Dd]e\s+(?:minister|staatssecretaris)\b[^,.;]{0,60}?)"
                                 r"\s*")
# 'wordt geadviseerd' is a report's advice only where the sentence names the report or its author
_REPORT_ANCHOR = re.compile(r"\b(?:rapport|advies|onderzoek|evaluatie|studie|door\s+(?:de|het)\s+[A-Z\w])",
                            re.IGNORECASE)
_NOT_A_PROPOSER = re.compile(r"\b(?:beschikbaar|vast|zich|eisen|vragen|regels|middelen|geld)\b", re.IGNORECASE)
_INFINITIVE = re.compile(r"\bte\s+\w+")
_SUBJECT_PRONOUN = re.compile(r"\b(?:zij|ze|hij)\s+", re.IGNORECASE)
_LABEL_SUBJECT = re.compile(r"\s*(?:(?:De|Een)\s+\w+\s+aanbeveling|Aanbeveling\s+\d{1,2})\s*")
# advice not given yet: 'Het SodM zal voor 1 maart adviseren over ...', 'is gevraagd te adviseren', 'kan adviseren'
_ADVICE_TO_COME = re.compile(r"\b(?:zal|zullen|zou|zouden|gaat|gaan|kan|kunnen|moet|moeten|wil|willen|gevraagd|"
                             r"verzocht|om)\b[^.,;]{0,60}$|\bte\s*$", re.IGNORECASE)
_ADVICE_ABOUT = re.compile(r"(?:over|inzake|omtrent|betreffende|aangaande)\b", re.IGNORECASE)
_WE = re.compile(r"(?:^|\b)(?:wij|we)\b\s*$|^(?:wij|we)\b", re.IGNORECASE)
# who asks or pleads without it being a report's recommendation: parliament, a motion, the recommendation itself
_NOT_AN_AUTHOR = re.compile(r"\b(?:Kamer|motie|lid|leden|fractie|aanbeveling|vraag|situatie|dit|dat|het\s+lid)\b",
                            re.IGNORECASE)
_INVERTING_LEAD = re.compile(
    r"(?:Zo|Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Tenslotte|Ten slotte|Allereerst|Vervolgens|"
    r"Ten (?:eerste|tweede|derde|vierde|vijfde)|Als (?:eerste|tweede|derde|vierde|vijfde|laatste)|"
    r"In de (?:eerste|tweede|derde|vierde|laatste) plaats|Op de (?:eerste|tweede|derde) plaats|"
    r"Daarbij|Hiernaast|Eveneens|Evenzo|Op dit punt|Op dat punt)?")

# a report's author, where the government is asked: 'Ten slotte vraagt de raad het kabinet ... te ...'
_AUTHOR_WORD = re.compile(r"\b(?:[Rr]aad|[Cc]ommissie|[Cc]omité|[Ii]nspectie|[Rr]ekenkamer|[Oo]mbudsman|"
                          r"[Oo]nderzoekers|[Aa]dviesraad|[Aa]uteurs|[Cc]ollege|[A-Z]{2,}[a-z]?)\b")
_GOVERNMENT_FIRST = re.compile(r"(?:ik|wij|we|u|het\s+kabinet|de\s+regering|de\s+(?:minister|staatssecretaris))\b",
                               re.IGNORECASE)


_REPORT_AS_AUTHOR = re.compile(r"(?:de|het|dit|deze)\s+(?:[A-Z]|(?:rapport|advies|onderzoek|evaluatie|doorlichting|"
                               r"verkenning|studie|beleidsdoorlichting|eindrapport)\b)")


def _recommends(who: str) -> bool:
    """Whether a noun phrase can be a report's author who recommends: an advisory body or a name ('de raad', 'de
    Onderwijsraad', 'de Algemene Rekenkamer') or the report itself ('het rapport'), not the government,
    parliament or a motion (an addressee may follow the author: 'de raad het kabinet')."""
    who = who.strip()
    if _GOVERNMENT_FIRST.match(who) or _NOT_AN_AUTHOR.search(who) or len(who.split()) > 10:
        return False
    return bool(_AUTHOR_WORD.search(who) or _REPORT_AS_AUTHOR.match(who))


def _asks_government(text: str, match: re.Match[str]) -> bool:
    """Whether 'vraagt het kabinet ... te ...' or 'wil dat ...' is asked by a report's author ('de raad', 'de SER',
    'Ook wil de ombudsman dat ...'), not by parliament, a party or the government itself."""
    asker = text[:match.start()] + " " + (match.group("who") or "")
    return bool(_AUTHOR_WORD.search(asker)) and not _NOT_AN_AUTHOR.search(asker) \
        and not re.search(r"\b(?:ik|wij|we|kabinet|regering)\b", asker, re.IGNORECASE)


def _is_author(who: str) -> bool:
    """Whether a noun phrase names a report's author ('de raad', 'de RVZ', 'de Inspectie'), not the government,
    parliament or a thing."""
    return bool(_AUTHOR_WORD.search(who)) and not _NOT_AN_AUTHOR.search(who) and not _GOVERNMENT_SUBJECT.search(who) \
        and len(who.split()) <= 8


def _proposes(text: str, match: re.Match[str]) -> bool:
    """Whether a 'stelt ... voor' / 'pleit voor' / 'vraagt om' match is a report's proposal: not the
    government's, nor parliament's, nor a recommendation that 'vraagt om een afweging' (see _STELT_VOOR_ADVERBS)."""
    groups = match.groupdict()
    who = groups.get("who") or groups.get("who2") or groups.get("who3") or ""
    before = text[:match.start()]
    if not who and _LABEL_SUBJECT.fullmatch(before):
        before = ""  # 'Aanbeveling 4 stelt voor ...': the recommendation itself proposes
    if _GOVERNMENT_SUBJECT.search(before + " " + who) or _NOT_A_PROPOSER.search(who) \
            or _NOT_AN_AUTHOR.search(before + " " + who):
        return False
    if groups.get("joiner") or groups.get("text2") is not None:
        return True
    if groups.get("text3") is not None:  # 'De Raad pleit voor een landelijk register': only a report's author
        return bool(_AUTHOR_WORD.search(before + " " + who))
    # adverbs, and the author as a pronoun after the verb ('Ook stellen zij voor een verbod in te voeren'), as before
    # it ('Zij stellen voor ...')
    return _STELT_VOOR_ADVERBS.fullmatch(_SUBJECT_PRONOUN.sub("", who)) is not None \
        and _INFINITIVE.search(match.group("text")) is not None


# adverbs between the verb and its particle that are no addressee: 'beveelt daarom aan', 'beveelt in de vierde
# plaats aan', 'beveelt de minister ook aan'
_ADVERB = (r"(?:daarom|dan\s+ook|ook|verder|voorts|tevens|daarnaast|bovendien|eveneens|vervolgens|allereerst|"
           r"tot\s+slot|ten\s+slotte|tenslotte|onder\s+meer|onder\s+andere|met\s+name|in\s+het\s+bijzonder|"
           r"nadrukkelijk|uitdrukkelijk|expliciet|nog|wel|tot\s+besluit|in\s+de\s+\w+\s+plaats|als\s+\w+e)")
_ADVERBS_AROUND = re.compile(rf"^(?:{_ADVERB}(?:\s+|,\s*|$))+|(?:\s+|,\s*){_ADVERB}(?:(?:\s+|,\s*){_ADVERB})*$",
                             re.IGNORECASE)


# where the advice stands, between the verb and its particle: 'in het rapport', 'in haar eindrapport «X»',
# 'in «X»', 'in zijn auditrapport over 2023', 'in de evaluatie van 3 mei 2021'
_WHERE_ADVISED = re.compile(
    r"^in\s+(?!de\s+\w+\s+plaats\b)(?:(?:(?:het|de|dit|deze|haar|zijn|hun)\s+)?[\w-]+\s*)?(?:[«“„\"‘'][^«»“”\"’']{2,150}[»”\"’']\s*)?"
    r"(?:(?:over|van)\s+(?:\d{4}|\d{1,2}\s+\w+(?:\s+\d{4})?)\s*)?")


def _running_addressee(sentence: Sentence, match: re.Match[str]) -> tuple[str, Span] | None:
    """'beveelt het ministerie en de IND aan' / 'aanbeveling die het rapport deelt met X is om'."""
    groups = match.groupdict()
    if groups.get("addressee") is not None:
        written, start = groups["addressee"], match.start("addressee")
    elif groups.get("middle") is not None:
        inner = re.search(r"\b(?:deelt\s+met|gericht\s+aan|aan)\s+(?P<who>.+)$", groups["middle"])
        if not inner:
            return None
        written, start = inner.group("who"), match.start("middle") + inner.start("who")
    else:
        return None
    cleaned = written.strip(" ,")
    if re.fullmatch(r"(?:Zo|Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Tenslotte)?",
                    sentence.text[:match.start()].strip()) and groups.get("addressee"):
        # 'Verder beveelt Amnesty International (in het rapport) aan': the author comes first
        cleaned = _INVERTED_AUTHOR.sub("", cleaned).strip(" ,")
    cleaned = _WHERE_ADVISED.sub("", cleaned).strip(" ,")
    cleaned = _ADVERBS_AROUND.sub("", cleaned).strip(" ,")
    if not cleaned or not re.search(r"[A-Za-z]", cleaned):
        return None
    cleaned = re.sub(r"^(?:de|het)\s+", "", cleaned)
    begin = sentence.span.start + start + written.find(cleaned)
    return cleaned, Span(begin, begin + len(cleaned))
