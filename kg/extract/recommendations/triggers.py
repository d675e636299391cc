"""The triggers of recommendations in running text (``_RUNNING_TRIGGERS``): one pattern per form ('X beveelt
Y aan om ...', 'X doet de aanbeveling om ...', 'X stelt voor ... te ...', ...), each with the word it cannot match
without and a finer filter, read once into ``_TRIGGER_TABLE``; ``_may_trigger`` passes over most sentences with a
few substring tests."""
from __future__ import annotations

import re

from .common import _IMPERATIVE_WORDS

# what follows 'de derde aanbeveling, ' without 'om' and is no recommendation: 'die over X gaat', 'gericht aan Y'
_NOT_APPOSITIVE = (r"(?:die|dat|welke|waarin|waarbij|waarvan|zoals|namelijk|zo|gericht|aan|over|van|uit|in|inmiddels|"
                   r"overigens|echter|dus|ook|wel|niet|ik|wij|we|het\s+kabinet)\b")

# 'de aanbeveling is lastig uit te voeren': a judgement, not 'de aanbeveling is <what to do> te <verb>'
_NOT_INFINITIVE_AIM = (r"(?:moeilijk|lastig|goed|eenvoudig|makkelijk|gemakkelijk|niet|nog|al|mogelijk|zinvol|"
                       r"wenselijk|nodig|bedoeld|erop|gericht|vooral|eerder|daarom|dus|zo|te|ook|wel|er|in|op|"
                       r"moeten|gemaakt|opgesteld|gedaan|lastiger|beter|slecht|bijzonder|relevant)\b")

_COUNTED_INLINE = "doet drie aanbevelingen: (1) ...; (2) ..."
_THEIR_ADVICE = "hun advies is om ..."
_GETS_RECOMMENDATION = "X krijgt de aanbeveling om ..."
_COUNTED_MARKED = "de laatste drie aanbevelingen gaan over X: (f) ..., (g) ..."
_COUNTED_ADVICE = "het eerste advies is om ..."
_FRONTED_PASSIVE = "aan/door X wordt aanbevolen ..."
_ASKS_QUOTED = "vraagt X: ‘<imperative>’"
_RUNNING_TRIGGERS = [
    # the recommendations listed inline after the sentence counting them: 'De raad doet drie aanbevelingen: (1) ...;
    # (2) ...; (3) ...', 'bevat twee aanbevelingen aan gemeenten: ...'
    (_COUNTED_INLINE, re.compile(
        r"\b(?:doet|doen|deed|deden|bevat|bevatten|formuleert|formuleren|geeft|geven|(?:komt|komen)\s+met|"
        r"(?:sluit|sluiten)\s+af\s+met|(?:eindigt|eindigen)\s+met)\b[^.:;]{0,60}?"
        r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2}|enkele|de\s+volgende)\s+aanbevelingen\b"
        r"(?:\s+(?:gericht\s+)?aan\s+(?P<addressee>[^:.;]{2,80}?))?\s*:\s*"
        r"(?P<text>(?=[^.]*;|\(?(?:\d{1,2}|[a-h])\)\s|(?-i:" + _IMPERATIVE_WORDS + r")\s[^.]*,)\S.+)$",
        re.IGNORECASE)),  # a list: numbered, with ';', or of imperatives in lower case ('verleen ..., monitor ...')
    # counted recommendations told inline, each with its number or letter in brackets, after a sentence that
    # says what they are about without a verb of giving them: 'De laatste drie aanbevelingen hebben betrekking op het
    # gedrag van weggebruikers: (f) voer ..., (g) neem ... en (h) onderzoek ...' (not the government's own words
    # about them: 'De drie aanbevelingen die ik overneem zijn: ...')
    (_COUNTED_MARKED, re.compile(
        r"\b(?:(?:eerste|laatste|overige|andere)\s+)?(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+"
        r"aanbevelingen\b(?![^.:;]*\b(?:ik|wij|we|kabinet|regering)\b)[^.:;]{0,100}?\s*:\s*"
        r"(?P<text>\(?(?-i:\d{1,2}|[a-h])\)\s.+)$", re.IGNORECASE)),
    ("beveelt ... aan", re.compile(
        r"\b(?:beveelt|bevelen|beval|bevalen)\s+(?P<addressee>.{0,120}?)\s*\baan(?:\s*[,:])?\s+(?:om\s+|dat\s+|te\s+)?"
        r"(?P<text>\S.+)$")),
    # the report's words quoted after a verb of asking and a colon: 'Ten derde vragen de organisaties: ‘Bied alle
    # kinderen ... onderwijs aan.’' (the quote opens with an imperative)
    (_ASKS_QUOTED, re.compile(
        r"\b(?:vraagt|vragen|vroeg|vroegen|verzoekt|verzoeken|adviseert|adviseren|pleit|pleiten)\b[^.:;‘“„«\"]{0,80}?:\s*"
        r"(?P<text>[‘“„«\"](?=(?i:" + _IMPERATIVE_WORDS + r")\s)(?-i:[A-Z]).+)$")),
    # 'In de derde plaats moedigt het comité Nederland aan de samenhang ... systematischer te toetsen' (the author
    # before or after the verb, the addressee right before 'aan', an infinitive after it)
    ("moedigt ... aan", re.compile(
        r"\b(?:moedigt|moedigen)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?\s+)?(?P<addressee>(?:het\s+kabinet|de\s+regering|"
        r"Nederland|de\s+(?:minister|staatssecretaris)\b[^,.;]{0,60}?|mij|ons|\w+))\s+aan\s+(?:om\s+)?"
        r"(?P<text>[^.]*?\bte\s+\w+.*)$")),
    # also with its author ('De tweede aanbeveling van de raad, om ..., wordt'), as a relative clause ('de vierde
    # aanbeveling, die ertoe strekt X te verbeteren, ...'), and an advice counted the same way, with 'om' or 'die
    # ertoe strekt' only ('Het tweede advies, om ..., is'; not 'Het eerste advies, dat ik vroeg, ...')
    ("de eerste aanbeveling, om ..., ", re.compile(
        r"\b(?:(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)\s+"
        r"(?:aanbeveling|oproep|advies(?=(?:\s+van\s+(?:de|het)\s+[^,.;:]{2,60}?)?\s*,\s*(?:om|die\s+ertoe\s+strekt)\s))|"
        r"aanbeveling\s+\d{1,2})(?:\s+(?:van|aan)\s+(?:de|het)\s+[^,.;:]{2,60}?)?"
        r"\s*,\s*(?:(?:om|dat|die\s+ertoe\s+strekt(?:\s+om)?)\s+|(?!\s*" + _NOT_APPOSITIVE + r")(?=[^,]{8,200}?,))"
        r"(?P<text>[^,]{8,200}?)\s*,\s*\S", re.IGNORECASE)),
    ("doet de aanbeveling om", re.compile(
        r"\b(?:doet|doen|deed|deden|bevat|bevatten|formuleert|formuleren|geeft|geven|richt|richten|richtte|richtten|"
        r"(?:komt|komen|kwam|kwamen)\s+tot)"
        r"\s+(?:[^.]{0,80}?\s)?(?:de|een)\s+"
        r"aanbeveling\s+(?:aan\s+(?P<addressee>[^.;:]{2,100}?)\s*,?\s+(?=(?:om|dat)\s))?"  # 'aan X om ...'
        r"(?:mee\s+(?=(?:om|dat)\s))?"  # 'geeft X de aanbeveling mee om ...'
        r"(?:(?:om|dat)\s+|(?!(?:aan|van|over|die|dat|gericht|uit|in|op|tot|voor)\b)(?=[^.;]{0,200}?\bte\s+\w+))(?P<text>\S.+)$",
        re.IGNORECASE)),
    # (the middle holds no verb or clause of its own: 'Deze aanbeveling zal worden overgenomen, omdat gebleken is
    # dat ...' states no recommendation)
    ("een aanbeveling is om", re.compile(
        r"\baanbeveling(?:en)?\b(?P<middle>(?:(?!\b(?:zal|zullen|wordt|worden|werd|werden|kan|kunnen|neem|neemt|nemen|"
        r"heb|heeft|hebben|omdat|aangezien|zodat|want)\b)[^.]){0,160}?)\s+is\s+(?:om|dat)\s+(?P<text>\S.+)$",
        re.IGNORECASE)),
    # an advice counted like a recommendation: 'Het eerste advies van de raad is om ...' (not 'het advies is om': the
    # government's own advice to someone, or what it was asked for)
    (_COUNTED_ADVICE, re.compile(
        r"\b(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste)\s+advies\b"
        r"(?P<middle>[^.;]{0,80}?)\s+(?:is|was)\s+(?:om|dat)\s+(?P<text>\S.+)$", re.IGNORECASE)),
    ("de aanbeveling luidt ...", re.compile(
        r"\b(?:aanbeveling|oproep)\b(?P<middle>[^.,;:]{0,40}?)\s+(?:luidt\s*:?\s+(?:om\s+|dat\s+)?|betreft\s+(?!(?:dat|om|die|wat)\b)|"
        r"(?:houdt\s+in|komt\s+erop\s+neer|strekt\s+ertoe)\s*,?\s+(?:om|dat)\s+|"
        # 'De derde aanbeveling strekt ertoe X te doen' (not the aim alone: 'strekt ertoe te voorkomen dat ...')
        r"strekt\s+ertoe\s+(?!te\s)(?=[^.]*\bte\s+\w+)|"
        r"is\s+(?!\s*" + _NOT_INFINITIVE_AIM + r")(?=[^.]*\bte\s+\w+))(?P<text>\S.+)$", re.IGNORECASE)),
    # 'Het advies luidt (kort gezegd): stel de herverdeling uit', 'Zijn advies luidt om ...' ('het advies betreft X'
    # or 'is' names a topic: only 'luidt')
    ("het advies luidt ...", re.compile(
        r"(?<!titel van het )\b[Aa]dvies\b(?P<middle>[^.,;:]{0,40}?)\s+(?:luidt|komt\s+erop\s+neer)\s*"
        r"(?:,?\s*(?:kort\s+gezegd|samengevat|in\s+het\s+kort|als\s+volgt)\s*,?)?"
        r"\s*:?\s+(?:om\s+|dat\s+)?(?P<text>\S.+)$"
        # inverted after a fronted phrase: 'Kort samengevat luidt het advies dat ...'
        r"|\bluidt\s+(?:het|zijn|haar|hun)\s+advies\s*:?\s+(?:om\s+|dat\s+)(?P<text2>\S.+)$")),
    ("adviseert", re.compile(
        r"\b(?:adviseert|adviseren|adviseerde|adviseerden)\s+(?P<addressee>.{0,120}?)\s*\b(?:om|dat|te)\s+"
        r"(?P<text>\S.+)$")),
    ("geeft ... in overweging", re.compile(
        r"\b(?:geeft|geven|gaf|gaven)\s+(?P<addressee>[^.;]{0,80}?)\s*\bin\s+overweging\s+(?:om\s+|dat\s+)?"
        r"(?P<text>[^.]*?\bte\s+\w+.*)$")),
    ("raadt ... aan", re.compile(
        # ('aan' a word of its own, not the end of 'gaan'; 'de raden' is the noun)
        r"\b(?:raadt|(?<![Dd]e\s)(?<!\bdie\s)raden|raadde|raadden)\s+(?P<addressee>.{0,120}?)\s*\baan(?:\s*,)?\s+"
        r"(?:om\s+|dat\s+|te\s+)?"
        r"(?P<text>\S.+)$")),
    # advice against: 'De commissie ontraadt tot slot internetstemmen' (the text opens with the verb, so that it
    # says what is advised against)
    ("ontraadt", re.compile(r"\b(?P<text>(?:ontraadt|ontraden|ontraadde|ontraadden)\s+\S.+)$")),
    # the passive with its addressee or author fronted: 'Aan gemeenten wordt aanbevolen een meldpunt in te richten',
    # 'Door de commissie wordt voorgesteld de regeling af te schaffen' (the author checked: _is_author)
    (_FRONTED_PASSIVE, re.compile(
        r"^\s*(?:(?:Verder|Ook|Daarnaast|Voorts|Tevens|Tot slot|Ten slotte)\s+)?"
        r"(?:[Aa]an\s+(?P<addressee>[^,.;:]{2,80}?)|"
        r"[Dd]oor\s+(?P<who>(?:de|het)\s+[^,.;:]{2,80}?))\s+(?:wordt|worden|werd|werden)\s+(?:(?:er|ook|verder|"
        r"daarnaast|tevens|onder\s+meer)\s+)*(?:aanbevolen|geadviseerd|voorgesteld)\s+"
        r"(?=(?:om|dat)\s|[^.]*\bte\s+\w)(?:om\s+|dat\s+)?(?P<text>\S.+)$")),
    ("aanbevolen wordt", re.compile(
        r"^\s*(?:(?:Verder|Ook|Daarnaast|Voorts|Tevens|Tot slot|Ten slotte)\s+)?(?:wordt\s+)?(?:[Aa]anbevolen|"
        r"[Gg]eadviseerd)\s+"
        r"(?:wordt\s+)?(?=(?:om|dat)\s|[^.]*\bte\s+\w)(?:om\s+|dat\s+)?(?P<text>\S.+)$")),
    # 'De raad heeft in zijn advies «X» geadviseerd een register in te voeren': with 'om'/'dat' or an infinitive
    # ('heeft op 3 mei geadviseerd over het wetsvoorstel' names a topic, no recommendation)
    ("heeft ... geadviseerd", re.compile(
        r"\b(?P<aux>heeft|hebben|had|hadden|wordt|worden|werd|werden)\b(?P<middle>(?:[^.«]|«[^»]{0,150}»){0,160}?)"
        r"\bgeadviseerd\s+"
        r"(?:(?:om|dat)\s+|(?!(?:over|inzake|omtrent|aan|door|bij|in|op|om|dat|te|en|of|maar)\b)(?=[^.;]*\bte\s+\w))"
        r"(?P<text>\S.+)$")),
    ("heeft ... aanbevolen", re.compile(
        r"\b(?:heeft|hebben|wordt|worden|werd|werden)\b(?P<middle>(?:[^.«]|«[^»]{0,150}»){0,160}?)\baanbevolen\s+"
        r"(?:om\s+|dat\s+)?(?P<text>\S.+)$")),
    ("stelt ... voor", re.compile(
        r"\b(?:stelt|stellen)\s+(?P<who>[^,.;]{2,60}?\s+)??voor\s+(?P<joiner>(?:om|dat)\s+)?(?P<text>\S.+)$")),
    ("pleit ... voor", re.compile(
        r"\b(?:pleit|pleiten|bepleit|bepleiten)\s+(?P<who>[^,.;]{2,60}?\s+)??(?:ervoor\s+|voor\s+)?(?P<joiner>(?:om|dat)\s+)"
        r"(?P<text>\S.+)$|\b(?:bepleit|bepleiten)\s+(?P<who2>[^,.;]{2,60}?\s+)??(?P<text2>(?:een|het|de)\s+\S.+)$|"
        r"\b(?:pleit|pleiten)\s+(?P<who3>[^,.;]{2,60}?\s+)??voor\s+(?P<text3>(?:een|één|meer|minder|extra|betere?)\s+\S.+)$")),
    ("roept ... op", re.compile(
        r"\b(?:roept|roepen)\s+(?P<addressee>[^,.;]{2,80}?)\s+op\s+(?:om\s+|tot\s+)?(?P<text>\S.+\bte\s+\w+.*)$")),
    ("vraagt het kabinet ... te", re.compile(
        r"\b(?:vraagt|vragen)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?\s+)??(?P<addressee>het\s+kabinet|de\s+regering|"
        r"de\s+(?:minister|staatssecretaris)\b[^,.;]{0,60}?|mij|ons)\s+(?:om\s+)?(?P<text>[^.]*?\bte\s+\w+.*)$")),
    ("wil ... dat", re.compile(
        r"\b(?:wil|willen)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?\s+)??(?:graag\s+|ook\s+)?dat\s+(?P<text>\S.+)$")),
    ("vraagt ... om", re.compile(
        r"\b(?:vraagt|vragen)\s+(?P<who>[^,.;]{2,60}?\s+)??(?P<joiner>om\s+)(?P<text>\S.+\bte\s+\w+.*)$")),
    ("stelt/vraagt/pleit de raad ... te", re.compile(
        r"^\s*(?:(?:Zo|Ook|Verder|Daarnaast|Voorts|Tevens|Bovendien|Tot slot|Tenslotte|Ten slotte|Allereerst|"
        r"Vervolgens|Ten (?:eerste|tweede|derde|vierde|vijfde)|In de (?:eerste|tweede|derde) plaats)\s+"
        r"|Aan\s+(?:mij|ons|het\s+kabinet|de\s+regering|(?:de|het)\s+[^,.;]{2,40}?)\s+)?"  # 'Aan mij vraagt de raad
        r"(?:stelt|vraagt|pleit)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?)\s+(?:ervoor\s+|voor\s+)?"
        r"(?P<text>[^.]*?\bte\s+\w+.*)$")),
    # a report's author that deems a step needed: 'Verder acht de Rekenkamer het wenselijk dat ...', 'De commissie
    # acht het noodzakelijk om ...' (not the government's own view: 'Het kabinet acht het van belang dat ...')
    ("acht de raad het wenselijk dat ...", re.compile(
        r"(?:\b(?:acht|achten)\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?)|^\s*(?P<who2>(?:De|Het)\s+[^,.;]{2,60}?)\s+"
        r"(?:acht|achten))\s+het\s+(?:wenselijk|noodzakelijk|nodig|raadzaam|aangewezen|gewenst)\s+(?:dat|om)\s+"
        r"(?P<text>\S.+)$")),
    ("volgens de raad moet ...", re.compile(
        r"^\s*Volgens\s+(?P<who>(?:de|het)\s+[^,.;]{2,60}?)\s*,?\s+(?P<text>(?:moet|moeten|dient|dienen)\s+\S.+)$")),
    # in a subordinate clause the particle is joined to the verb: 'het advies ..., waarin de raad aanbeveelt dat
    # schoolbesturen een buffer aanhouden', 'omdat de commissie aanbeveelt de termijn te verkorten'
    ("waarin X aanbeveelt dat ...", re.compile(
        r"\b(?:[Ww]aarin|[Ww]aarbij|[Ww]aarmee|dat|[Oo]mdat|[Nn]u|[Nn]adat|[Tt]oen|[Dd]oordat|[Hh]oewel)\s+"
        r"(?P<who>[^,.;:]{2,80}?)\s+"
        r"(?:aanbeveelt|aanbevelen|aanbeval|aanbevalen)\s*,?\s+(?:(?:om|dat)\s+(?P<text>\S.+)|"
        r"(?P<text2>[^.;]*?\bte\s+\w+.*))$")),
    # a report's advice by its possessive: 'Hun advies aan mij is om de norm te verhogen', 'Zijn belangrijkste advies
    # luidt dat ...' (not 'Mijn advies aan gemeenten is om ...': the government's own)
    (_THEIR_ADVICE, re.compile(
        r"\b(?:[Hh]un|[Zz]ijn|[Hh]aar)\s+(?:(?:belangrijkste|eerste|centrale|voornaamste|laatste)\s+)?advies"
        r"(?:\s+aan\s+(?:mij|ons|het\s+kabinet|de\s+regering|(?:de|het)\s+[^.,;:]{2,40}?))?"
        r"\s+(?:is|was|luidt)\s*:?\s+(?:om|dat)\s+(?P<text>\S.+)$")),
    # the addressees as the subject: 'Schoolbesturen en houders krijgen van de onderzoekers de aanbeveling om ...'
    (_GETS_RECOMMENDATION, re.compile(
        r"^\s*(?P<addressee>(?-i:[A-Z])[^.,;:]{2,80}?)\s+(?:krijgen|krijgt|kregen|kreeg)\s+"
        r"(?:(?:van|uit)\s+(?P<who>[^.,;:]{2,60}?)\s+)?(?:de|een)\s+aanbeveling(?:\s+mee)?\s+(?:om|dat)\s+"
        r"(?P<text>\S.+)$", re.IGNORECASE)),
    ("aanbeveling kan worden bewerkstelligd", re.compile(
        r"\baanbeveling\b[^.]{0,40}\bkan\s+worden\s+(?:bewerkstelligd|bereikt|gerealiseerd|uitgevoerd)\s+"
        r"(?:als|door|wanneer|indien)\s+(?P<text>\S.+)$", re.IGNORECASE)),
]
# the word each trigger cannot match without, and whether the trigger ignores case
_TRIGGER_WORDS = {_COUNTED_INLINE: ("aanbevelingen", True), _COUNTED_MARKED: ("aanbevelingen", True),
                  "beveelt ... aan": ("bev", False), "een aanbeveling is om": ("aanbeveling", True),
                  _ASKS_QUOTED: (":", False),
                  "moedigt ... aan": ("moedig", False),
                  _COUNTED_ADVICE: ("advies", True),
                  "de aanbeveling luidt ...": ("e", False),  # 'aanbeveling' or 'oproep' (the filter below is finer)
                  "de eerste aanbeveling, om ..., ": (",", False),
                  "doet de aanbeveling om": ("aanbeveling", True), "heeft ... aanbevolen": ("aanbevolen", False),
                  "heeft ... geadviseerd": ("geadviseerd", False),
                  "stelt ... voor": ("stel", False), "pleit ... voor": ("pleit", False),
                  "roept ... op": ("roep", False), "vraagt ... om": ("vra", False),
                  "vraagt het kabinet ... te": ("vra", False), "wil ... dat": ("wil", False),
                  "adviseert": ("advise", False),
                  "het advies luidt ...": ("advies", True), "geeft ... in overweging": ("overweging", False),
                  "raadt ... aan": ("ra", False), "ontraadt": ("ontra", False),
                  "aanbevolen wordt": ("e", False), _FRONTED_PASSIVE: ("w", False),
                  "aanbeveling kan worden bewerkstelligd": ("aanbeveling", True),
                  "stelt/vraagt/pleit de raad ... te": ("te ", False), "volgens de raad moet ...": ("Volgens", False),
                  "acht de raad het wenselijk dat ...": ("acht", False),
                  "waarin X aanbeveelt dat ...": ("aanbev", True),
                  _THEIR_ADVICE: ("advies", False), _GETS_RECOMMENDATION: ("aanbeveling", True)}
# and, in lower case, one of these (a finer filter where the word above is common: 'groep', 'gesteld'), or a match
_TRIGGER_ALSO: dict[str, tuple[str, ...] | re.Pattern[str]] = {
                 _COUNTED_INLINE: re.compile(r"aanbevelingen[^:.]{0,90}:\s*\S"),
                 _COUNTED_MARKED: re.compile(r"aanbevelingen[^:.;]{0,100}:\s*\(?(?:\d{1,2}|[a-h])\)\s"),
                 "beveelt ... aan": ("beveelt", "bevelen", "beval"),
                 _ASKS_QUOTED: re.compile(r"\b(?:vra|verzoek|advise|pleit)[^.:;]{0,80}:\s*[‘“„«\"]"),
                 "aanbevolen wordt": ("aanbevolen", "geadviseerd"),
                 _FRONTED_PASSIVE: ("aanbevolen", "geadviseerd", "voorgesteld"), "wil ... dat": (" dat ",),
                 "de eerste aanbeveling, om ..., ": re.compile(r"(?:aanbeveling|oproep|advies)"
                                                              r"(?:\s+(?:van|aan)\s+[^,.;:]{2,60}?)?\s?,|aanbeveling\s?\d"),
                 "doet de aanbeveling om": ("doet ", "doen ", "deed", "bevat", "formule", "geeft ", "geven ", " tot ",
                                            "richt"),
                 "de aanbeveling luidt ...": re.compile(r"(?:aanbeveling|oproep)\b[^.,;:]{0,40}?\s"
                                                          r"(?:luidt|betreft|is|houdt\s+in|komt\s+erop\s+neer|strekt)\b"),
                 _COUNTED_ADVICE: re.compile(r"(?:ste|de)\s+advies\b[^.;]{0,80}?\s(?:is|was)\s+(?:om|dat)\s"),
                 "raadt ... aan": ("raadt ", "raden ", "raadde"),
                 "stelt ... voor": ("stelt ", "stellen "), "roept ... op": ("roept ", "roepen "),
                 "vraagt ... om": (" om ",), "waarin X aanbeveelt dat ...": ("aanbeveelt", "aanbevelen", "aanbeval"),
                 "acht de raad het wenselijk dat ...": (" acht ", " achten "),
                 _THEIR_ADVICE: ("n advies", "r advies"), _GETS_RECOMMENDATION: ("krijg", "kreg"),
                 "vraagt het kabinet ... te": ("kabinet", "regering", "minister", "staatssecretaris", " mij ", " ons ")}
_PROPOSALS = ("stelt ... voor", "pleit ... voor", "vraagt ... om")
# the report's author right after the verb ('Daarnaast stelt de raad voor ... te ...'), after 'Volgens', or
# around 'acht' ('Verder acht de raad het wenselijk dat ...')
_AUTHOR_AFTER_VERB = ("stelt/vraagt/pleit de raad ... te", "volgens de raad moet ...",
                      "acht de raad het wenselijk dat ...")
_APPOSITIVE = "de eerste aanbeveling, om ..., "
_SUBORDINATE = "waarin X aanbeveelt dat ..."


def _one_pattern(also: tuple[str, ...] | re.Pattern[str] | None) -> re.Pattern[str] | None:
    """A finer filter as one pattern (one search instead of a test per string)."""
    if also is None or isinstance(also, re.Pattern):
        return also
    return re.compile("|".join(map(re.escape, also)))


# each trigger with its word, whether that word ignores case, and its finer filter (read once, not per sentence)
_TRIGGER_TABLE = tuple((rule, pattern, *_TRIGGER_WORDS[rule], _one_pattern(_TRIGGER_ALSO.get(rule)))
                       for rule, pattern in _RUNNING_TRIGGERS)


def _may_trigger(folded: str) -> bool:
    """Whether a lower-case sentence holds the word of any trigger (see _TRIGGER_WORDS; a test per stem)."""
    return ("beve" in folded or "bevo" in folded or "beval" in folded or "stel" in folded or "advise" in folded
            or "vra" in folded or "verzoek" in folded or "luidt" in folded or "ste advies" in folded
            or "de advies" in folded
            or "roep" in folded or "pleit" in folded or "overweging" in folded or "raadt " in folded
            or "raden " in folded or "raadde" in folded or "ontra" in folded or " wil " in folded or "moedig" in folded
            or " willen " in folded or " acht " in folded or " achten " in folded
            or "n advies" in folded or "r advies" in folded
            or folded.lstrip().startswith("volgens "))
