"""Events: debates, meetings and visits a letter mentions, with their date where it states one.

A kind is the head noun, in the singular and lower case (``commissiedebat``, ``algemeen
overleg``, ``rondetafelgesprek``, ``werkbespreking``); the label is the noun phrase around it
(``commissiedebat met de Vaste Kamercommissie Justitie en Veiligheid``); the date is resolved
with kg/domain/dates.py against the letter's date (``op 30 maart jl.`` in a June 2023 letter).

The nouns and phrases are data, kg/data/event_cues.json. Precision matters more than reach, so
the rules are:

* Parliamentary and official meeting nouns (``commissiedebat``, ``notaoverleg``,
  ``begrotingsbehandeling``, ``procedurevergadering``, ``werkbezoek``, ``technische briefing``...)
  are events in the singular; a plural is an event only when its sentence dates it, once per
  date (``werkbesprekingen ... uit mei 2017 en februari 2018`` are two).
* Generic nouns (``overleg``, ``gesprek``, ``debat``, ``bijeenkomst``...) are events only when
  dated to a month or a day, or as ``een overleg met ...`` with a verb that says it took place
  (``geïnitieerd``, ``gevoerd``); never ``in overleg met``, ``in gesprek``, ``regelmatig overleg``,
  ``collegiaal overleg``; a date after a verb dates one only when the verb says it was held
  (``het gesprek is op 3 mei gevoerd``, not ``het verslag van die bijeenkomst is op 28 april gezonden``).
* A written procedure (``het schriftelijk overleg over de Raad``) is never an event.
* Phrases that name an event only in their context (``patterns`` in the data file): ``debat met
  uw Kamer over ...``, ``eerste termijn`` cited with its Handelingen, the reading of a bill that
  took place or is planned (``tijdens de behandeling van het wetsvoorstel``, ``wetsvoorstel X,
  waarvan de behandeling in uw Kamer na het zomerreces gepland staat``), also by its verb with its day and
  the chamber (``de Wet X, die op 10 oktober in de Eerste Kamer wordt behandeld``: an entry's ``noun``
  heads the label, ``behandeling van de Wet X in de Eerste Kamer``).
* Meetings of an EU Council configuration or the European Council are events only with their
  day (``de Raad Buitenlandse Zaken van 4 maart 2022``, ``de Landbouw- en Visserijraad (hierna:
  de Raad) die op 25 april ...``); summits by name (``NAVO-top``, ``klimaattop``) or by who met
  (``een top van de regeringsleiders``). A meeting of several days is dated by its first
  (``van 8 en 9 december 2011``); a deadline (``voor 2009``) never dates a meeting.
* Meetings named by a body and their day: the Eurogroup (``de informele Eurogroep en de informele
  Ecofinraad van 11 en 12 september``), ``het Veiligheidsberaad van 7 juni``, ``de ministerraad van
  vrijdag 3 juni``; a Council meeting announced with its day first (``Op 28 januari vindt de
  eerstvolgende Landbouw- en Visserijraad plaats``), or by what the Council did on that day, which it
  does in a meeting (``Op 17 juni 2016 heeft de Raad ... (EPSCO) raadsconclusies aangenomen``; not
  the Raad van State). ``informele`` keeps a ``bijeenkomst`` or
  ``vergadering`` dated to its day (``de informele bijeenkomst ... (Gymnich) van 31 januari``), not
  ``informeel overleg``; a capitalised generic noun after a capitalised word is part of a name
  (``Interprovinciaal Overleg``).
* An event named inside the label of another of its date is that event's subject (``het
  commissiedebat NAVO-top van 22 juni``, ``het algemeen overleg Landbouw- en Visserijraad``), unless
  it is joined with its own article (``het notaoverleg over X en het plenaire debat van 9 december``
  are two); a generic noun around a meeting noun is that meeting (``die vergadering voor het
  wetgevingsoverleg``).
* ``(ambtelijk) gesproken met ...`` in a dated sentence is a ``gesprek``, ``kwamen de ministers
  ... bijeen`` a ``bijeenkomst`` and ``de stuurgroep vergaderde op 14 juni`` a ``vergadering``,
  unless another event of the letter already has that date.
* A compound that ends in a generic head noun of the data file (``compound_heads``) is that
  generic noun (``consultatiebijeenkomst``, ``expertsessie``, ``financieringsconferentie``), but
  for the listed exceptions (``persconferentie``).
* A meeting's date may follow in a relative clause that holds or plans it then (``de hoorzitting die
  de commissie op 14 mei heeft gehouden``, ``het algemeen overleg Leraren, dat voor 4 december is
  gepland``, ``de NAVO-top die op 8 en 9 juli in Warschau plaatsvindt``); a title between noun and
  date is capitalised (``het algemeen overleg Eurogroep/Ecofinraad van 4 juli``) or quoted (``de
  conferentie «Langer doorwerken loont» van 23 januari``); a year followed by its days is those
  days (``dit jaar van 12 tot en met 14 oktober``); a period before the noun dates it by its first
  day (``van 16 tot en met 20 juli een werkbezoek``), and ``vond op 30 november plaats`` too. The
  verb after a noun is no part of its label
  (``een werkbezoek afgelegd aan de Eemshaven``). An informal meeting of ministers on its day is a
  meeting (``het informele overleg van EU-landbouwministers``); a summit is also named by a
  capitalised place or theme (``de Valletta-top``, ``de Nationale Woontop``), a visit by whose it is
  (``mijn bezoek aan Rabat``).
* Per letter, mentions of one kind and date are one event (a heading ``Rondetafelgesprek
  d.d. 24 juni 2021`` and ``dit rondetafelgesprek`` below it); undated mentions of a kind
  that also occurs dated are taken as references back to it, but for one introduced as a new
  meeting that took place (``een bilateraal gesprek gevoerd met ...``); an undated one that points
  back (``In dit bestuurlijk overleg``) after a dated event is taken as that event.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..domain import rules
from ..domain.dates import MONTHS, DateExpression, find_dates
from ..domain.model import Document, EventMention, Fact, Span
from ..domain.resources import data_file
from . import WHOLE_WORD, Anchored, Extractor, anchor_words, evidence, may_hold

NAME, VERSION = "events", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"

CUES_FILE = "event_cues.json"


def _stems(key: str) -> dict[str, str]:
    """A map of written stem (regex) -> kind in kg/data/event_cues.json."""
    value = rules.load(CUES_FILE).get(key)
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise rules.DataFileError(data_file(CUES_FILE), f"needs a map of stem to kind under {key!r}")
    for stem in value:
        rules.compile_pattern(CUES_FILE, stem, stem)
    return dict(value)


# written stem (regex) -> kind; plural endings are added by the pattern below
_SPECIFIC: dict[str, str] = _stems("meetings")
_GENERIC: dict[str, str] = _stems("generic")
_PLURAL = r"(?P<plural>ten|gen|en|s)?"


def _noun_pattern(stems: dict[str, str]) -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{stem})" for stem in sorted(stems, key=len, reverse=True))
    return re.compile(rf"(?<![\w‐‑-])(?P<noun>{alternatives}){_PLURAL}(?![\w‐‑-])", re.IGNORECASE)


_SPECIFIC_NOUN = _noun_pattern(_SPECIFIC)
_GENERIC_NOUN = _noun_pattern(_GENERIC)


def _compound_heads() -> tuple[dict[str, str], frozenset[str]]:
    """``compound_heads`` of event_cues.json: a compound ending in one of these is a generic noun
    of its kind (``consultatiebijeenkomst``, ``expertsessie``); ``compounds_not`` are none."""
    heads = _stems("compound_heads")
    exceptions = rules.load(CUES_FILE).get("compounds_not", [])
    if not isinstance(exceptions, list):
        raise rules.DataFileError(data_file(CUES_FILE), "needs a list of words under 'compounds_not'")
    # also after an acronym and a hyphen: 'de ICAO-Assemblee', 'de OVSE-conferentie', 'de VN-Milieuassemblee'
    # (the ASCII hyphen only: the anchored scan's word start (kg/extract/__init__.py) holds no other, so the
    # pattern finds what the scan finds)
    before = r"(?:(?-i:[A-Z][A-Z0-9]{1,5})-[a-zà-ÿ]{0,24}|[a-zà-ÿ]{2,24})"
    return {before + head: kind for head, kind in heads.items()}, frozenset(map(str.lower, exceptions))


_COMPOUNDS, _COMPOUNDS_NOT = _compound_heads()
_HYPHEN = re.compile("[‐‑-]")  # 'VN-milieuassemblee' is read by its last part
# compounds are searched from the start of each word that holds a head, however long the word
_COMPOUND_SCAN = Anchored(_noun_pattern(_COMPOUNDS), words=tuple(
    (head, WHOLE_WORD) for head in rules.load(CUES_FILE)["compound_heads"]), folded=True, word_start=True)


_OPTIONAL_HYPHEN = "[‐‑-]?"


def _forms(stems: dict[str, str]) -> list[str]:
    """The stems as plain lower-case words, for anchoring ('plenaire?\\s+debat' -> 'plenair debat');
    an optional hyphen is kept as one, so an anchor after it is reached ('tweeminuten-debat')."""
    return [stem.replace("e?", "").replace(r"\s+", " ").replace(_OPTIONAL_HYPHEN, "-") for stem in stems]


# the noun patterns searched near the words every noun holds (the same matches, far fewer tries)
_SPECIFIC_SCAN = Anchored(_SPECIFIC_NOUN, words=anchor_words(_forms(_SPECIFIC), tuple(
    str(rules.load(CUES_FILE).get("anchors", "")).split())), folded=True)
_GENERIC_SCAN = Anchored(_GENERIC_NOUN, words=anchor_words(_forms(_GENERIC), _forms(_GENERIC)), folded=True)

_PREPOSITIONS = frozenset("""met van over inzake aangaande betreffende voor tussen in op bij rond
    omtrent naar ter tegen onder aan""".split())
_DETERMINERS = frozenset("""de het een deze dit die dat mijn uw haar zijn onze hun elk elke
    welk welke geen genoemde voornoemde bovengenoemde""".split())
_ANAPHORIC = frozenset("dit deze dat die genoemde voornoemde bovengenoemde hetzelfde dezelfde".split())
_CLAUSE_WORDS = frozenset("""heeft hebben had hadden is zijn was waren wordt worden werd werden
    zal zullen kan kunnen moet moeten mag mogen wil willen heb hebt ben bent gaat gaan kon konden
    die dat waarin waarbij waarop waarmee waardoor waarvan waar welke wie wat om te omdat toen
    nadat zodat wanneer als indien of maar want dan ook nog niet geen er hier daar ik wij we zij
    hij ze men zich wel al reeds heel zeer plaats plaatsvindt plaatsvinden plaatsvond vindt vond""".split())
_VAGUE_BEFORE = frozenset("""regelmatig regelmatige periodiek periodieke collegiaal collegiale
    onderling onderlinge nader nadere structureel structurele continu voortdurend voortdurende
    intensief intensieve nauw goed goede open constructief constructieve veel meer vaak
    frequent frequente informeel informele maatschappelijk maatschappelijke publiek publieke
    politiek politieke breed brede""".split())
_WEEKDAYS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
_INFORMAL = frozenset(("informeel", "informele"))
# 'het schriftelijk overleg', 'een schriftelijke ronde': a written procedure, no meeting
_WRITTEN = frozenset(map(str.lower, rules.value(CUES_FILE, "written_procedures", list)))
# 'Ik ben bereid een werkbezoek ... te faciliteren': a meeting offered, not one that takes place
_OFFERED = re.compile(r"\b(?:" + "|".join(map(re.escape, rules.value(CUES_FILE, "offers", list))) + r")\b",
                      re.IGNORECASE)
# the date after a verb ('die bijeenkomst is op 28 april ...') dates a generic noun only when the verb says it was held
_VERB_CONNECTOR = re.compile(r"\s*,?\s*(?:is|werd|was)\s", re.IGNORECASE)
# an informal one on its day is still a meeting
_INFORMAL_MEETINGS = frozenset(("bijeenkomst", "vergadering", "conferentie"))
# an informal meeting of ministers or leaders is a meeting ('het informele overleg van EU-landbouwministers')
_OF_MINISTERS = re.compile(r"\s+van\s+(?:de\s+)?[\w‐‑-]*(?:ministers|regeringsleiders|staatshoofden|bewindspersonen)\b",
                           re.IGNORECASE)
_TOOK_PLACE = re.compile(
    r"\b(?:gevoerd|gehouden|gehad|plaatsgevonden|plaatsgehad|geïnitieerd|georganiseerd|belegd"
    r"|gepland|ingepland|bijgewoond|afgelegd|gebracht)\b|\b(?:vond|vonden|vindt|vinden)\b[^.]{0,80}\bplaats\b",
    re.IGNORECASE)
_ADJECTIVES = frozenset("""ambtelijk bestuurlijk algemeen plenair schriftelijk informeel openbaar
    besloten kort extra intern extern bilateraal""".split())
_PARTICIPLE_NOUNS = frozenset("geweld gebied gewicht gerecht gezicht geschrift gemoed gebit".split())
_WORD = re.compile(r"[^\s,.;:()«»\"“”‘’'!?]+")
# between a label and its date: 'op', 'van', 'd.d.', a committee code in brackets ('(CD 8/3)'),
# 'is op' ('het tweeminutendebat Staatsdeelnemingen (CD 8/3) is op 13 maart gehouden'), 'heeft op' ('die technische
# briefing heeft op 15 december plaatsgevonden')
# or a short name in brackets ('de informele bijeenkomst van de EU-ministers (Gymnich) van 31 januari')
_AGENDA_CODE = r"(?:\s*\((?:(?:CD|WGO|NO|TMD)\s[^()]{1,12}|[A-Z][\w‐‑-]{1,20})\))?"
_CONNECTOR = (r"\s*,?\s*\(?\s*(?:(?:is|werd|was|heeft|had)\s+)?(?:op|van|in|d\.d\.|dd|gehouden\s+op"
              r"|(?:vindt|vond)\s+(?:plaats\s+)?(?:op|in)"
              r"|(?:staat|stond|is|was|wordt|werd)\s+(?:gepland|voorzien|geagendeerd)\s+(?:op|voor|in))?\s*$")
# who else takes part, between commas before the verb that dates the meeting ('Het volgende bestuurlijk overleg,
# met ook de Unie van Waterschappen, staat gepland op 21 juni')
_APPOSITION = (r"(?:\s*,\s*(?:met|zonder|samen\s+met)\s[^,.;:()]{1,80},"
               r"(?=\s*(?:staat|stond|is|was|wordt|werd|vindt|vond)\s))?")
_DATE_CONNECTOR = re.compile(rf"^{_AGENDA_CODE}{_APPOSITION}{_CONNECTOR}", re.IGNORECASE)
_DEADLINE = re.compile(r"(?:voor|vóór|uiterlijk)\b", re.IGNORECASE)
_SPOKE_WITH = re.compile(
    r"\b(?P<adj>ambtelijk|bestuurlijk)?\s*gesproken\b", re.IGNORECASE)
_LABEL_WORDS = 14


# a footnote marker glued to the year of a full date: 'op 9 mei 20231' is 9 May 2023, note 1
_GLUED_MARKER = re.compile(
    r"\b[0-3]?\d\s+(?:" + "|".join(MONTHS) + r")\s+(?:19|20)\d\d(?P<marker>\d{1,2})\b", re.IGNORECASE)


# the days of a meeting of two or more days: 'van 8 en 9 december 2011', 'op 11 t/m 13 juni': it is dated by its first
_DAY_RANGE = re.compile(r"\b(?P<first>[0-3]?\d)\s*(?:en|t/m|tot\s+en\s+met|[–-])\s*(?=[0-3]?\d\s+(?:"
                        + "|".join(MONTHS) + r")\b)", re.IGNORECASE)


def _dates_in(text: str, letter_date: date | None) -> list[DateExpression]:
    """The dates of a text, reading a footnote marker glued to a year as white space (same offsets);
    a range of days is one date, its first day."""
    if not any(map(str.isdigit, text)):
        return find_dates(text, letter_date)
    text = _GLUED_MARKER.sub(lambda found: found.group(0)[:found.start("marker") - found.start()]
                             + " " * len(found["marker"]), text)
    found = find_dates(text, letter_date)
    ranges = {match.end(): match for match in _DAY_RANGE.finditer(text)}
    if not ranges:
        return found
    return [_first_day(item, ranges[item.start]) if item.start in ranges else item for item in found]


def _first_day(item: DateExpression, days: re.Match[str]) -> DateExpression:
    """``9 december 2011`` of ``8 en 9 december 2011`` as the range, valued by its first day."""
    day = int(days["first"])
    value = item.value
    if value is not None and len(value) == 10 and 1 <= day < int(value[8:]):
        value = f"{value[:8]}{day:02d}"
    return replace(item, start=days.start(), text=days.group(0) + item.text, value=value)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int  # end of the label
    kind: str
    label: str
    when: str | None
    weak: bool  # from a verb, not a noun: yields to any other event of the same date
    rule: str
    introduced: bool = False  # 'een gesprek gevoerd met X': a new meeting, never a reference back


def _is_participle(word: str) -> bool:
    lowered = word.lower()
    return (lowered.startswith("ge") and len(lowered) > 5 and lowered[-1] in "dt"
            and not lowered.endswith("heid") and lowered not in _PARTICIPLE_NOUNS)


# the verb after a meeting noun, no part of its label (also 'aangevraagd': 'een debat aangevraagd over X')
_HELD_VERB = re.compile(r"\s+(?:plaatsgehad|plaatsgevonden|plaats|gevoerd|gehouden|gehad|afgelegd|gebracht"
                        r"|aangevraagd|georganiseerd|belegd)\b")
_GAP = re.compile(r"[ \t]+")


# after 'en', another meeting with its own article: 'en het algemeen overleg', 'en de hoorzitting'
_MEETING_NOUNS = "|".join(f"(?:{stem})" for stem in sorted({**_SPECIFIC, **_GENERIC}, key=len, reverse=True))
_ANOTHER_MEETING = re.compile(rf"\s+(?:de|het|een)\s+(?:[\w‐‑-]+\s+)?(?:{_MEETING_NOUNS})(?![\w‐‑-])", re.IGNORECASE)


def _chain_end(text: str, position: int, limit: int, dates: list[DateExpression],
               offset: int, skip_verb: bool = False, past_meetings: bool = False) -> int:
    """Where the prepositional phrases after a noun end (``met de Vaste Kamercommissie ...``).

    Stops at punctuation, at a date, at a word that opens a clause, at a participle; when the
    first word is not a preposition there is no chain (``skip_verb`` first passes over one
    verb that says the meeting took place); at 'en' before another meeting with its article
    (``... en het algemeen overleg``), unless ``past_meetings``."""
    date_starts = {offset + item.start for item in dates}
    end, cursor, words = position, position, 0
    if skip_verb:
        verb = _HELD_VERB.match(text, cursor)
        if verb:
            cursor = verb.end()
    while words < limit:
        gap = _GAP.match(text, cursor)
        if gap is None:
            break
        start = gap.end()
        if start in date_starts or any(start == s - len("d.d. ") for s in date_starts):
            break
        word = _WORD.match(text, start)
        if word is None:
            break
        lowered = word.group(0).lower()
        if words == 0 and lowered not in _PREPOSITIONS:
            break
        if lowered in _CLAUSE_WORDS or lowered in _WEEKDAYS or _is_participle(lowered):
            break  # a weekday opens the date after it ('de stemmingen van dinsdag 12 december')
        if any(start < s < word.end() for s in date_starts):
            break
        if lowered == "en" and not past_meetings and _ANOTHER_MEETING.match(text, word.end()):
            break  # 'de begrotingsbehandeling van 2016 en het algemeen overleg leraren': two meetings
        cursor = word.end()
        words += 1
        if lowered not in _PREPOSITIONS and lowered not in _DETERMINERS and lowered != "en":
            end = cursor
    return end


def _label_start(text: str, noun_start: int, sentence_start: int) -> tuple[int, str | None]:
    """Adjectives before the noun (``interne werkbesprekingen``), and the word before them."""
    start = noun_start
    before = text[sentence_start:noun_start]
    words = list(re.finditer(r"[\wÀ-ÿ'-]+", before))
    taken = 0
    previous: str | None = None
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lowered = word.group(0).lower()
        after_een = index > 0 and words[index - 1].group(0).lower() == "een"  # 'een afzonderlijk gesprek'
        if taken < 2 and lowered not in _DETERMINERS and lowered not in _PREPOSITIONS \
                and lowered not in _VAGUE_BEFORE and lowered not in _CLAUSE_WORDS \
                and word.group(0).islower() and (lowered.endswith("e") or lowered in _ADJECTIVES or after_een) \
                and text[sentence_start + word.end():start].strip() == "":
            start = sentence_start + word.start()
            taken += 1
            continue
        if text[sentence_start + word.end():start].strip() == "":
            previous = lowered
        break
    return start, previous


def _sentence_bounds(document: Document, offset: int) -> tuple[int, int]:
    sentence = document.sentence_at(offset)
    if sentence is not None:
        return sentence.span.start, sentence.span.end
    text = document.text
    return text.rfind("\n", 0, offset) + 1, (text.find("\n", offset) % (len(text) + 1)) or len(text)


def _attached_date(text: str, label_end: int, noun_start: int, dates: list[DateExpression],
                   offset: int) -> DateExpression | None:
    """The date right after the label (``op 30 maart jl.``; ``dit jaar van 12 tot en met 14 oktober``
    is the days), else the one in a clause after it that says the meeting is held or planned then
    (``de hoorzitting die de commissie op 14 mei heeft gehouden``, ``het debat dat voor 17 februari
    is voorzien``), else the last one before the noun that dates the clause (``Op 5 september jl.
    heeft de commissie in haar procedurevergadering``)."""
    for index, item in enumerate(dates):
        if _DEADLINE.match(item.text):
            continue  # 'de justitiebegroting voor 2009': a deadline or a budget year, not the day of a meeting
        if offset + item.start >= label_end and \
                _DATE_CONNECTOR.match(text[label_end:offset + item.start]):
            return _narrowed(text, item, dates[index + 1:], offset)
    held = _held_later(text, label_end, dates, offset)
    if held is not None:
        return held
    before = [item for item in dates if offset + item.end <= noun_start
              and not _dates_something_else(text, offset + item.start, item)
              and not _CLAUSE_BREAK.search(text, offset + item.end, noun_start)]
    return before[-1] if before else None


# between a date and a meeting noun after it, the end of the date's clause: a semicolon, or a new main clause after
# a comma ('die ik op 14 juni aan uw Kamer heb gezonden (Kamerstuk ...), en ik hoop dat de plenaire behandeling ...',
# 'ontvangt uw Kamer voor het kerstreces; ik verwacht deze te bespreken in het commissiedebat ...')
_CLAUSE_BREAK = re.compile(r";|,\s+(?:en|maar)\s+(?:ik|wij|we|het\s+kabinet|de\s+regering)\b")


def _held_on(text: str, label_end: int, item: DateExpression, offset: int) -> bool:
    """Whether a date after a generic noun is its day: not when a verb between them is another
    act's (``het verslag van die bijeenkomst is op 28 april aan uw Kamer gezonden``), but when
    the verb says it was held (``het gesprek is op 3 mei gevoerd``)."""
    start = offset + item.start
    if start < label_end or not _VERB_CONNECTOR.match(text, label_end, start):
        return True
    stop = text.find(".", offset + item.end, offset + item.end + 60)
    return _TOOK_PLACE.search(text, offset + item.end, stop if stop >= 0 else offset + item.end + 60) is not None \
        or _HELD_VERB_AFTER.match(text, offset + item.end) is not None


def _narrowed(text: str, item: DateExpression, later: list[DateExpression], offset: int) -> DateExpression:
    """``dit jaar van 12 tot en met 14 oktober 2012``: a year followed at once by its days is those days."""
    if item.value is None or len(item.value) != 4 or not later:
        return item
    following = later[0]
    if _DATE_CONNECTOR.match(text[offset + item.end:offset + following.start]) and \
            following.value is not None and following.value.startswith(item.value):
        return following
    return item


# a clause after a meeting's label that dates it: ', dat voor 4 december a.s. is gepland', 'die de
# commissie op 14 mei heeft gehouden', 'die op 8 en 9 juli in Warschau plaatsvindt', 'dat na de zomer is voorzien'
# (a date that opens with its preposition); also by the verb that carries it out: a talk or debate 'gevoerd', a visit
# 'gebracht' or 'afgelegd', a meeting 'bijgewoond' ('het werkbezoek dat ik op 5 december aan de eenheid Noord heb
# gebracht'), not 'gebracht' in a fixed phrase ('in kaart', 'ter sprake', 'onder de aandacht', 'op de hoogte')
_HELD_CLAUSE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:die|dat|welke)\s+"
                          r"(?:[^,.;:()«»]{0,80}?\s)?(?:(?:op|van|voor|in)\s+)?$", re.IGNORECASE)
_HELD_VERB_AFTER = re.compile(
    r"[^,.;:()]{0,50}?\b(?:gepland|ingepland|voorzien|geagendeerd|gehouden|georganiseerd|belegd"
    r"|plaats(?:vindt|vond|vinden|vonden|gevonden)?|bijeen(?:komt|kwam|komen|kwamen|gekomen)?"
    r"|gevoerd|afgelegd|bijgewoond)\b"
    r"|(?![^,.;:()]{0,50}?\b(?:kaart|sprake|aandacht|hoogte|stand|verband|rekening|praktijk)\s)[^,.;:()]{0,50}?\bgebracht\b",
    re.IGNORECASE)


def _held_later(text: str, label_end: int, dates: list[DateExpression], offset: int) -> DateExpression | None:
    """The first date after the label in a relative clause that holds or plans the meeting then."""
    for item in dates:
        start = offset + item.start
        if start < label_end:
            continue
        if _HELD_CLAUSE.match(text, label_end, start) and _HELD_VERB_AFTER.match(text, offset + item.end):
            return item
        return None
    return None


def _dates_something_else(text: str, start: int, item: DateExpression) -> bool:
    """``brief d.d. 8 april``, ``het rapport van 20 mei``: the date belongs to another noun."""
    if item.text.lower().startswith("d.d."):
        return True
    word_before = re.search(r"([\w.]+)\s*$", text[max(0, start - 20):start])
    if word_before is not None and word_before.group(1).lower() == "van" and _PERIOD.search(item.text):
        return False  # 'van 16 tot en met 20 juli een werkbezoek': a period, not another noun's date
    return word_before is not None and word_before.group(1).lower() in ("van", "d.d.", "dd", "uit")


_PERIOD = re.compile(r"\b(?:tot\s+en\s+met|t/m|tot)\b", re.IGNORECASE)


# words that end a title and open its clause ('het commissiedebat Mijnbouw staat gepland voor 27 november'); a title
# may list its subjects ('het commissiedebat Elektriciteitsnet, energie-infrastructuur en RES van 9 oktober')
_VERB_IN_TITLE = r"(?:staat|stond|staan|is|was|wordt|werd|zal|zou|heeft|had|vindt|vond|gepland|voorzien)"
_QUOTED_TITLE = r"[«\"“‘'][^«»\"“”‘’'\n]{2,80}[»\"”’']"
# a title in lower case after a meeting noun ('het algemeen overleg leraren van 30 juni'): no word of a clause
_LOWER_TITLE = (r"(?!(?:dat|die|waarin|waar|dit|deze|ook|al|nog|toen|daar|hier|gisteren|vandaag|morgen|eerder|later|"
                r"en|of|maar|in|op|van|met|over|voor|bij|aan|tot|na|om|" + _VERB_IN_TITLE + r")\b)[a-zà-ÿ][\w‐‑/-]*"
                r"(?:\s+(?!" + _VERB_IN_TITLE + r"\b)[a-zà-ÿ][\w‐‑/-]*){0,3}?")
_TITLE_BEFORE_DATE = re.compile(
    r"\s+(?:[A-Z][\w‐‑/-]*(?:,?\s+(?!" + _VERB_IN_TITLE + r"\b)[\w‐‑/-]+){0,7}?|" + _QUOTED_TITLE + "|"
    + _LOWER_TITLE + r")(?=" + _AGENDA_CODE + _CONNECTOR + "|" + _HELD_CLAUSE.pattern + ")")


def _titled_end(text: str, noun_end: int, dates: list[DateExpression], offset: int,
                quoted_only: bool = False) -> int | None:
    """The end of a title between a meeting noun and its date, if there is one: capitalised words
    (``het algemeen overleg Eurogroep/Ecofinraad van 4 juli``, ``het algemeen overleg Leraren, dat
    voor 4 december is gepland``), words in lower case (``het algemeen overleg leraren van 30 juni``) or a
    quoted title (``de conferentie «Langer doorwerken loont» van 23 januari``), only the latter after a generic
    noun."""
    for item in dates:
        date_start = offset + item.start
        if date_start <= noun_end or date_start - noun_end > 130:
            continue
        between = text[noun_end:date_start]
        title = _TITLE_BEFORE_DATE.match(between)
        if title is not None and not re.search(r"[.;:()]", between[:title.end()]) \
                and not re.search(r"[.;:]", between) \
                and (not quoted_only or title.group(0).strip()[0] in "«\"“‘'"):
            return noun_end + title.end()
        return None
    return None


# a capitalised title after a meeting noun with no date after it, before a clause that holds or plans the meeting
# ('het commissiedebat JBZ-Raad dat morgen plaatsvindt', 'het commissiedebat Klimaat en Energie dat in februari is
# voorzien') or before the citation of its proceedings ('de begrotingsbehandeling Buitenlandse Handel en
# Ontwikkelingssamenwerking (Handelingen II ...'); the title may wrap onto the next line, not into a new paragraph
_TITLE_UNDATED = re.compile(
    r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?P<title>[A-Z][\w‐‑/-]*(?:,?\s+(?!" + _VERB_IN_TITLE
    + r"\b)(?:[A-Z][\w‐‑/-]*|en|voor|van|op)){0,6}?)(?=\s*,?\s*(?:(?:dat|die)\s+[^,.;:()]{0,60}?\b(?:plaatsvindt"
    r"|plaatsvond|plaatsvinden|gepland|ingepland|voorzien|geagendeerd|gehouden)\b|\((?:Handelingen|Kamerstuk)\b))")


# or a title that opens with a capital and ends the clause: before a mark, parliament as the other side, or the
# verb and subject of the main clause ('in het algemeen overleg Internationale veiligheidsstructuur.', 'het
# commissiedebat Vreemdelingenbeleid met uw Kamer', 'In het commissiedebat Asiel en migratie heb ik toegezegd');
# not words of a clause ('In het commissiedebat Migratie zei ik dat ...': no title)
# nor a participle, a verb's particle or a finite verb in -t ('een algemeen overleg Rechtsbijstand gehouden,', 'vindt
# het notaoverleg X plaats.')
_NOT_IN_TITLE = (r"(?:dat|die|dit|deze|ik|wij|we|u|zij|hij|het|de|een|heb|hebben|ben|zijn|werden|zullen|kan|kunnen|"
                 r"moet|moeten|wil|willen|zei|zegt|gaf|gaat|ga|" + _VERB_IN_TITLE + r"|ge\w{2,}(?:d|t|en)|"
                 r"plaats|af|aan|op|uit|in|mee|door|voort|toe|terug|(?:ontvang|vind|volg|stuur|gaa|kom|staa|zend|stel|"
                 r"leg|hou)d?t)")
_TITLE_ENDS_CLAUSE = re.compile(
    r"[^\S\n]+(?P<title>[A-Z][\w‐‑/-]*(?:,?\s+(?!" + _NOT_IN_TITLE + r"\b)[\w‐‑/-]+){0,3}?)"
    r"(?=\s*[.,;:)]|\s+(?:met|van)\s+(?:uw|de)\s+(?:Tweede\s+|Eerste\s+)?Kamer\b|"
    r"\s+(?:heb|hebben|is|zijn|werd|werden|zal|zullen)\s+(?:ik|wij|we|het\s+kabinet|door)\b)")


def _titled_undated(text: str, noun_start: int, noun_end: int, sentence_end: int) -> int | None:
    """The end of a capitalised title after a meeting noun that no date follows (``_TITLE_UNDATED``, or
    ``_TITLE_ENDS_CLAUSE`` where the meeting is the object of a preposition: not the subject of the words after it,
    'Het Bestuurlijk Overleg Luchtvaart adviseert')."""
    title = _TITLE_UNDATED.match(text, noun_end, sentence_end)
    if title is None and _AFTER_PREPOSITION.search(text, max(0, noun_start - 40), noun_start):
        title = _TITLE_ENDS_CLAUSE.match(text, noun_end, sentence_end)
    return title.end("title") if title is not None else None


# a meeting as the object of a preposition: 'in het ', 'tijdens het ', 'voor het komende '
_AFTER_PREPOSITION = re.compile(r"\b(?:in|tijdens|bij|voor|vóór|na|naar|op|via|sinds|aan|over|met|uit|rond|richting|"
                                r"tot)\s+(?:het|de|een|dit|dat|deze)\s+(?:[a-zà-ÿ]+\s+)?$", re.IGNORECASE)


def _month_or_day(value: str | None) -> bool:
    return value is not None and len(value) >= 7


def _noun_events(document: Document) -> list[_Candidate]:
    text, letter_date = document.text, document.head.date
    found: list[_Candidate] = []
    dates_of: dict[int, list[DateExpression]] = {}  # the dates of each sentence a noun stands in, by its start
    for region in document.reading_regions:
        for pattern, kinds, generic in ((_SPECIFIC_SCAN, _SPECIFIC, False),
                                        (_GENERIC_SCAN, _GENERIC, True), (_COMPOUND_SCAN, _COMPOUNDS, True)):
            for match in pattern.finditer(text, region.start, region.end):
                if generic and _inside_specific(text, match.start(), match.end()):
                    continue
                if kinds is _COMPOUNDS and (_HYPHEN.split(noun := match["noun"].lower())[-1] in _COMPOUNDS_NOT
                                            or noun in _GENERIC):
                    continue  # 'persconferentie' is no meeting; a listed compound is read as listed
                found.extend(_noun_event(document, match, kinds, generic, letter_date, dates_of))
    return found


@dataclass(frozen=True)
class _Phrase:
    """An entry under ``patterns`` in event_cues.json: a phrase that names an event in its context."""

    id: str
    kind: str
    scan: Anchored
    noun: str | None = None  # the label's head when the phrase names the event by a verb ('wordt behandeld')


def _phrases() -> tuple[_Phrase, ...]:
    """The entries under ``patterns``; an ``anchor`` of several words (``"raad rbz raz"``) is tried at each."""
    return tuple(_Phrase(row["id"], row["kind"], Anchored(rules.compile_pattern(CUES_FILE, row["id"], row["pattern"]),
                                                          words=tuple((word, int(row["reach"]))
                                                                      for word in str(row["anchor"]).split()),
                                                          folded=True), row.get("noun") or None)
                 for row in rules.entries(CUES_FILE, "patterns", ("id", "pattern", "kind", "anchor")))


_PHRASES = _phrases()


def _phrase_events(document: Document) -> list[_Candidate]:
    """Events named by a phrase in its context (``debat met uw Kamer``, ``eerste termijn (Handelingen``)."""
    text, letter_date = document.text, document.head.date
    found: list[_Candidate] = []
    for region in document.reading_regions:
        for phrase in _PHRASES:
            for match in phrase.scan.finditer(text, region.start, region.end):
                start, end = match.span("label") if "label" in phrase.scan.pattern.groupindex else match.span()
                sentence_start, sentence_end = _sentence_bounds(document, start)
                dates = _dates_in(text[sentence_start:sentence_end], letter_date)
                label_start, _ = _label_start(text, start, sentence_start)
                label_end = min(max(_chain_end(text, end, _LABEL_WORDS, dates, sentence_start), end), sentence_end)
                attached = _attached_date(text, label_end, start, dates, sentence_start)
                if "when" in phrase.scan.pattern.groupindex and match["when"]:
                    # the pattern says where its date is written ('de Raad (hierna: de Raad) die op 25 april')
                    attached = next((item for item in dates
                                     if match.start("when") <= sentence_start + item.start < match.end("when")),
                                    attached)
                label = _label(text, label_start, end, label_end)
                if "object" in phrase.scan.pattern.groupindex and match["object"]:
                    # 'wetsvoorstel X, waarvan de behandeling in uw Kamer': the reading of that bill; by a verb
                    # ('de Wet X, die op 10 oktober in de Eerste Kamer wordt behandeld') the entry's noun and
                    # the label group after the bill ('behandeling van de Wet X in de Eerste Kamer')
                    head, tail = text[label_start:end], text[end:label_end]
                    if phrase.noun:
                        head, tail = phrase.noun, " " + text[start:label_end]
                    bill = match["object"]
                    article = "" if re.match(r"(?:de|het|dit|deze)\s", bill, re.IGNORECASE) else "het "
                    if not article:
                        bill = bill[0].lower() + bill[1:]  # ('Het wetsvoorstel is op 4 juni ...': its article)
                    label = re.sub(r"\s+", " ", f"{head} van {article}{bill}{tail}").strip()
                    label_start = match.start("object")
                found.append(_Candidate(label_start, label_end, phrase.kind, label,
                                        attached.value if attached else None, False, f"phrase: {phrase.id}"))
    return found


_LAST_WORD = re.compile(r"([\wÀ-ÿ‐‑-]+)\s+$")


def _inside_name(text: str, noun_start: int, sentence_start: int) -> bool:
    """``Interprovinciaal Overleg``: a capitalised generic noun after a capitalised word inside
    the sentence is part of a name, not a meeting (a compound is not asked: ``de Ministeriële
    Raadsbijeenkomst van de OESO`` on its day is a meeting)."""
    if not text[noun_start].isupper():
        return False
    word = _LAST_WORD.search(text, sentence_start, noun_start)
    return word is not None and word.start(1) > sentence_start and word.group(1)[0].isupper()


def _inside_specific(text: str, start: int, end: int) -> bool:
    for specific in _SPECIFIC_NOUN.finditer(text, max(0, start - 30), min(len(text), end + 5)):
        if specific.start() <= start and end <= specific.end():
            return True
    return False


def _kind_of(noun: str, kinds: dict[str, str]) -> str:
    for stem, kind in kinds.items():
        if re.fullmatch(stem, noun, re.IGNORECASE):
            return kind
    return re.sub(r"\s+", " ", noun.lower())


def _noun_event(document: Document, match: re.Match[str], kinds: dict[str, str], generic: bool,
                letter_date: date | None, dates_of: dict[int, list[DateExpression]]) -> list[_Candidate]:
    """The event a meeting noun names, if any; ``dates_of`` remembers the dates of each sentence read."""
    text = document.text
    sentence_start, sentence_end = _sentence_bounds(document, match.start())
    plural = bool(match["plural"])
    label_start, previous = _label_start(text, match.start(), sentence_start)
    informal = previous in _INFORMAL and (_kind_of(match["noun"], kinds) in _INFORMAL_MEETINGS
                                          or _OF_MINISTERS.match(text, match.end()) is not None)
    if previous in _WRITTEN or not _WRITTEN.isdisjoint(text[label_start:match.start()].lower().split()):
        return []  # 'het schriftelijk overleg over de Raad': a written procedure
    if generic and ((previous in _VAGUE_BEFORE and not informal) or previous == "in" or plural
                    or (kinds is not _COMPOUNDS and _inside_name(text, match.start(), sentence_start))):
        return []  # (a compound after a capitalised word names a meeting: 'het Interparlementair Koninkrijksoverleg')
    sentence = text[sentence_start:sentence_end]
    if sentence_start not in dates_of:
        dates_of[sentence_start] = _dates_in(sentence, letter_date)
    dates = dates_of[sentence_start]
    kind = _kind_of(match["noun"], kinds)
    label_end = _chain_end(text, match.end(), _LABEL_WORDS, dates, sentence_start, skip_verb=True)
    label_end = min(label_end, sentence_end) if label_end > match.end() else match.end()
    label = _label(text, label_start, match.end(), label_end)
    rule = f"{'generic' if generic else 'meeting'} noun: {kind}"
    if plural:  # (a season is no date of several meetings: 'de Bestuurlijke Overleggen ... dit najaar')
        dated = [item for item in dates if _month_or_day(item.value) and item.rule not in _VAGUE_PERIODS]
        return [_Candidate(label_start, label_end, kind, label, item.value, False,
                           rule + " (plural, one per date)") for item in dated]
    if label_end == match.end():
        titled = _titled_end(text, match.end(), dates, sentence_start, quoted_only=generic)
        if titled is None and not generic:
            titled = _titled_undated(text, label_start, match.end(), sentence_end)
        if titled is not None:  # "het commissiedebat Vreemdelingen- en asielbeleid van 12 oktober"
            label_end = titled
            label = _label(text, label_start, match.end(), label_end)
    attached = _attached_date(text, label_end, match.start(), dates, sentence_start)
    if attached is None and not _YEAR.search(label):
        # 'het notaoverleg over X en het plenaire debat van 9 december': the date after the coordination is
        # both meetings' (not where the first has a year of its own: 'de begrotingsbehandeling van 2016 en ...')
        shared_end = _chain_end(text, match.end(), _LABEL_WORDS, dates, sentence_start, skip_verb=True,
                                past_meetings=True)
        if shared_end > label_end:
            attached = _attached_date(text, min(shared_end, sentence_end), match.start(), dates, sentence_start)
    if generic and attached is not None and not _held_on(text, label_end, attached, sentence_start):
        attached = None
    if attached is not None and sentence_start + attached.start < match.start() and _ASKED_FOR.match(text, match.end()):
        attached = None  # 'heeft op 3 mei een debat aangevraagd over X': the day of the request, not of the debate
    when = attached.value if attached else None
    if when is None and previous == "een" and _OFFERED.search(text, sentence_start, match.start()):
        return []  # 'Ik ben bereid een werkbezoek van de commissie te faciliteren': offered, not taking place
    if generic:
        took_place = previous == "een" and (" met " in f" {label} " or " van " in f" {label} ") and \
            _TOOK_PLACE.search(sentence) is not None
        if not _month_or_day(when) and not took_place:
            return []
        if informal and (when is None or len(when) != 10):
            return []  # 'informeel overleg' is a way of working; 'de informele bijeenkomst van 31 januari' a meeting
    introduced = generic and when is None  # undated, so it passed as 'een overleg met X' that took place
    if previous in _ANAPHORIC and when is None:
        rule += " (refers back)"
    return [_Candidate(label_start, label_end, kind, label, when, False, rule, introduced=introduced)]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_VAGUE_PERIODS = frozenset(("season", "part of year", "quarter", "around summer"))
_ASKED_FOR = re.compile(r"\s+(?:aangevraagd|gevraagd|verzocht)\b", re.IGNORECASE)


def _label(text: str, start: int, noun_end: int, end: int) -> str:
    """The words of a label, without the verb after the noun (``een werkbezoek afgelegd aan X``)."""
    verb = _HELD_VERB.match(text, noun_end, end)
    return re.sub(r"\s+", " ", text[start:noun_end] + text[verb.end() if verb else noun_end:end]).strip()


def _spoken_events(document: Document) -> list[_Candidate]:
    """``... is met X ambtelijk gesproken`` / ``heb ik gesproken met X`` in a dated sentence."""
    letter_date = document.head.date
    found: list[_Candidate] = []
    for sentence in document.sentences:
        if sentence.span.start < document.body.start or sentence.span.end > document.body.end:
            continue
        if not may_hold(sentence.text, "gesproken", folded=True):
            continue
        for match in _SPOKE_WITH.finditer(sentence.text):
            dates = [item for item in _dates_in(sentence.text, letter_date)
                     if _month_or_day(item.value)]
            if not dates:
                continue
            after = re.match(r"\s+met\s+(?P<who>[^,.;:()]{3,120}?)(?=\s+(?:over|en|om|omdat|,)\b|[,.;:(]|$)",
                             sentence.text[match.end():])
            before = re.search(r"\bmet\s+(?P<who>[^,.;:()]{3,120}?)\s*$", sentence.text[:match.start()])
            who = (after or before)
            if who is None:
                continue
            adjective = (match["adj"] or "").lower()
            kind = f"{adjective} gesprek".strip()
            absolute = sentence.span.start + match.end()
            chain_end = _chain_end(document.text, absolute, _LABEL_WORDS, [], 0)
            place = re.sub(r"\s+", " ", document.text[absolute:chain_end]).strip()
            phrase = re.sub(r"\s+", " ", who["who"]).strip()
            label = f"{kind} met {phrase}" + (f" {place}" if place and not after else "")
            start = sentence.span.start + (before.start() if who is before else match.start())
            found.append(_Candidate(start, max(chain_end, absolute),
                                    kind, label, dates[0].value, True, "gesproken met, dated"))
    return found


_GATHERED = re.compile(
    r"\b(?:kwam|kwamen|komt|komen|zijn|is|waren)\b(?P<middle>[^.;:]{0,140}?)\bbijeen(?:gekomen)?\b"
    r"|\bbijeen(?:kwam|kwamen|komt|komen)\b", re.IGNORECASE)
_SUBJECT = re.compile(r"(?:^|\s)(?P<np>(?:[Dd]e|[Hh]et)\s+[^,;:()]{3,100}?)\s*$")
_DATE_WORDS = re.compile(r"\b(?:op|van|in)\s*$", re.IGNORECASE)


# a meeting named by its verb: (anchor, pattern, kind); 'middle' holds who met when it stands between the verb parts
_MEETING_VERBS = (
    ("bijeen", _GATHERED, "bijeenkomst"),
    ("vergader", re.compile(r"\b(?:vergaderde|vergaderden|vergadert|vergaderen|vergaderd)\b"
                            r"(?P<after>\s+(?:de|het)\s+[^\W\d][\w‐‑-]*(?:\s+(?!op\b|in\b|van\b|over\b|met\b)"
                            r"[^\W\d][\w‐‑-]*){0,3})?", re.IGNORECASE), "vergadering"),
)


def _gathered_events(document: Document) -> list[_Candidate]:
    """``Op 14 en 15 juni kwamen de ministers van Defensie van de NAVO-lidstaten bijeen in Brussel``,
    ``De stuurgroep vergaderde op 14 juni``: a meeting named by the verb, in a sentence dated to a
    month or day; yields to a named meeting of that date."""
    letter_date = document.head.date
    found: list[_Candidate] = []
    verbs = [verb for verb in _MEETING_VERBS  # the verbs are written in lower case
             if document.text.find(verb[0], document.body.start, document.body.end) >= 0]
    if not verbs:
        return found
    for sentence in document.sentences:
        if sentence.span.start < document.body.start or sentence.span.end > document.body.end:
            continue
        for anchor, pattern, kind in verbs:
            if anchor not in sentence.text:
                continue
            match = pattern.search(sentence.text)
            if match is None:
                continue
            every_date = _dates_in(sentence.text, letter_date)
            dates = [item for item in every_date if _month_or_day(item.value)]
            if not dates:
                continue
            who = _gathered_who(sentence.text, match, dates)
            absolute = sentence.span.start + match.end()
            place_end = _chain_end(document.text, absolute, 4, every_date, sentence.span.start)
            place = re.sub(r"\s+", " ", document.text[absolute:place_end]).strip()
            label = " ".join(part for part in (kind, f"van {who}" if who else "", place) if part)
            found.append(_Candidate(sentence.span.start + match.start(), max(place_end, absolute), kind,
                                    label, dates[0].value, True, f"{anchor}: met, dated"))
    return found


def _gathered_who(text: str, match: re.Match[str], dates: list[DateExpression]) -> str | None:
    """Who met: the noun phrase between the verb and 'bijeen' up to a date (``kwamen de ministers
    ... bijeen``), else the one before the verb (``De ministers komen op 12 juli bijeen``)."""
    groups = match.groupdict()
    if groups.get("after"):
        return re.sub(r"\s+", " ", groups["after"]).strip()
    if groups.get("middle") is not None:
        start, end = match.span("middle")
        end = min((item.start for item in dates if start <= item.start < end), default=end)
        phrase = _DATE_WORDS.sub("", text[start:end]).strip()
        if re.match(r"(?:de|het)\s", phrase, re.IGNORECASE):
            return re.sub(r"\s+", " ", phrase)
    subject = _SUBJECT.search(text[:match.start()])
    if subject is None:
        return None
    return re.sub(r"\s+", " ", subject["np"][0].lower() + subject["np"][1:])


def _generic(candidate: _Candidate) -> bool:
    return candidate.rule.startswith("generic")


def _within(inner: _Candidate, outer: _Candidate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and \
        (inner.start, inner.end) != (outer.start, outer.end) and inner.when in (None, outer.when)


_COORDINATED = re.compile(r"\ben\s+(?:de|het)\s+$", re.IGNORECASE)
# meetings abroad that a debate or an overleg is held about ('het debat ter voorbereiding op deze Europese Raad,
# op 25 oktober' is the debate, not the Council)
_DEBATED_KINDS = frozenset(("Raad", "Eurogroep", "top"))


def _nested(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """An event named inside the label of another of its date is that event's subject
    (``het commissiedebat NAVO-top van 22 juni``, ``het algemeen overleg over de Eurogroep en
    Ecofinraad van 9 september``): the inner one goes; but a generic noun around a meeting noun
    (``die vergadering voor het wetgevingsoverleg over het Belastingplan``) is that meeting, and
    one joined with its own article (``het notaoverleg over X en het plenaire debat van 9 december``)
    is an event of its own; a debate about a Council or summit
    (``het debat ter voorbereiding op deze Europese Raad, op 25 oktober``) is the debate."""
    dropped: set[int] = set()
    # Each pair of candidates where one lies within the other, looked up by bisection on the starts (an outer
    # one starts at most the longest label's length before the inner one's end): a pair of loops over every
    # candidate was quadratic on a big letter (issue 17). The pairs are the same, and ``dropped`` is a set.
    order = sorted(range(len(candidates)), key=lambda index: candidates[index].start)
    starts = [candidates[index].start for index in order]
    longest = max((candidate.end - candidate.start for candidate in candidates), default=0)
    for i, inner in enumerate(candidates):
        for j in order[bisect_left(starts, inner.end - longest):bisect_right(starts, inner.start)]:
            outer = candidates[j]
            if i != j and not outer.weak and _within(inner, outer) \
                    and not _COORDINATED.search(text[outer.start:inner.start]):
                about = inner.kind in _DEBATED_KINDS and outer.kind in ("debat", "overleg")
                dropped.add(j if _generic(outer) and not _generic(inner) and not about else i)
    return [candidate for i, candidate in enumerate(candidates) if i not in dropped]


def _bare_back_reference(candidate: _Candidate, candidates: list[_Candidate]) -> bool:
    """A meeting named by its bare noun and a date ('het debat van 30 januari') where the letter names a meeting of
    that date whose kind ends in that noun ('het plenaire debat over X', 'het commissiedebat Y'): that meeting again.
    Not one of another kind on that date ('het overleg van 5 maart' beside 'de Raad van 5 maart')."""
    if candidate.when is None or candidate.label.lower() != candidate.kind.lower():
        return False
    return any(other.when == candidate.when and other.kind != candidate.kind
               and other.kind.lower().endswith(candidate.kind.lower()) for other in candidates)


def _deduplicate(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """One event per kind and date, and per kind and label among the undated (``_undated_subject``);
    undated mentions of a kind that is dated elsewhere (but for one introduced as a meeting that took
    place: 'een bilateraal gesprek gevoerd met X'), undated
    ones that point back ('dit overleg') after a dated event, verb-made events on the day of
    another event, and a bare noun dated to the day of a named meeting of that noun, go."""
    candidates = _nested(text, candidates)
    dated_kinds = {c.kind for c in candidates if c.when}
    strong_dates = {c.when for c in candidates if c.when and not c.weak}
    best: dict[tuple[str, str | None, str], _Candidate] = {}
    order: list[tuple[str, str | None, str]] = []
    first_dated = min((c.start for c in candidates if c.when), default=None)
    for candidate in sorted(candidates, key=lambda c: c.start):
        if candidate.when is None and candidate.kind in dated_kinds and not candidate.introduced:
            continue
        if candidate.when is None and candidate.rule.endswith("(refers back)") \
                and first_dated is not None and first_dated < candidate.start:
            continue  # 'Op 17 oktober heb ik gesproken met ... In dit bestuurlijk overleg': that meeting
        if candidate.weak and candidate.when in strong_dates and len(candidate.when) == 10:
            continue  # spoken with someone on the very day of a named meeting: that meeting
        if _bare_back_reference(candidate, candidates):
            continue  # 'het plenaire debat over X van 30 januari 2019 ... Tijdens het debat van 30 januari'
        key = (candidate.kind, candidate.when, _undated_subject(candidate, best))
        if key not in best:
            best[key] = candidate
            order.append(key)
        elif len(candidate.label) > len(best[key].label):
            best[key] = candidate
    return [best[key] for key in order]


_LABEL_WORD = re.compile(r"[\w‐‑-]+")
_NOT_TELLING = {"plenaire", "plenair"}  # 'de plenaire behandeling van X' is 'de behandeling van X'


def _label_words(label: str) -> tuple[str, ...]:
    return tuple(word for word in _LABEL_WORD.findall(label.lower()) if word not in _NOT_TELLING)


def _undated_subject(candidate: _Candidate, kept: dict[tuple[str, str | None, str], _Candidate]) -> str:
    """What tells an undated event apart from the other undated events of its kind: its label's words,
    unless its label and the label of one kept before say the same, one the start of the other ('de behandeling'
    and 'de plenaire behandeling van het wetsvoorstel X' are one reading; 'de behandeling van het
    wetsvoorstel X' and 'de behandeling van de begroting van Y' two). A dated event is told apart by its
    date alone."""
    if candidate.when is not None:
        return ""
    words = _label_words(candidate.label)
    for (kind, when, subject), event in kept.items():
        if kind == candidate.kind and when is None:
            other = _label_words(event.label)
            shorter = min(len(words), len(other))
            if words[:shorter] == other[:shorter]:
                return subject
    return " ".join(words)


_SHORT_NAME = re.compile(r"\s*\((?P<short>[A-Z]{2,6})\)")


def _short_named_events(document: Document, found: list[_Candidate]) -> list[_Candidate]:
    """A meeting's short name in brackets after it (``het Bestuurlijk Overleg Water (BOW) van 30 november``)
    names later meetings of its kind, where a date follows it (``Het volgende BOW vindt plaats in juni``);
    undated it points back to the first."""
    text, letter_date = document.text, document.head.date
    shorts: dict[str, _Candidate] = {}
    for candidate in found:
        bracket = _SHORT_NAME.match(text, candidate.end)
        # the meeting itself written as a name, opened by the short name's first letter ('Bestuurlijk Overleg Water
        # (BOW)'); not a subject's short name ('het commissiedebat Wet langdurige zorg (WLZ)')
        if bracket is not None and not candidate.weak and candidate.label[:1] == bracket["short"][0]:
            shorts.setdefault(bracket["short"], candidate)
    events: list[_Candidate] = []
    for short, first in shorts.items():
        for match in re.compile(rf"(?<![\w‐‑-]){short}(?![\w‐‑-])").finditer(text, 0, document.body.end):
            if match.start() <= first.end or match.start() < document.body.start:
                continue
            sentence_start, sentence_end = _sentence_bounds(document, match.start())
            dates = _dates_in(text[sentence_start:sentence_end], letter_date)
            attached = _attached_date(text, match.end(), match.start(), dates, sentence_start)
            if attached is None or sentence_start + attached.start < match.end() \
                    or not _month_or_day(attached.value) or attached.value == first.when:
                continue  # (a date before it may be another act's: 'Op 3 mei trad de WLZ in werking')
            label_start, _ = _label_start(text, match.start(), sentence_start)
            events.append(_Candidate(label_start, match.end(), first.kind, text[label_start:match.end()],
                                     attached.value, False, f"short name of a meeting: {short}"))
    return events


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    found = _noun_events(document) + _phrase_events(document) + _spoken_events(document) \
        + _gathered_events(document)
    found += _short_named_events(document, found)
    candidates = _deduplicate(document.text, found)
    return [EventMention(evidence=evidence(document, Span(c.start, c.end), EXTRACTOR_ID, c.rule),
                         kind=c.kind, label=c.label, date=c.when)
            for c in candidates]


EXTRACTOR = Extractor(NAME, VERSION, run, produces="EventMention")
