"""Commitments (toezeggingen): what the letter promises parliament, by when, and who asked.

A sentence is a commitment when it promises future action:

* **to parliament, in the first person** (always): ``ik zal uw Kamer ... informeren``, ``zal ik
  u informeren``, ``heb ik ... toegezegd``, ``ben ik voornemens``, ``het is mijn voornemen``,
  ``zal ik laten onderzoeken``, ``ontvangt u een brief``, ``Ik streef er naar uw Kamer ... te
  berichten``, ``Afgesproken is om ...``, and any other ``ik zal`` / ``zal ik`` that is not about
  this letter itself (``hieronder zal ik ingaan op``, ``in deze brief zal ik reageren``);
* **announced actions** (not inside a condition such as ``Indien ...``): a future passive
  (``zal worden gestart met``, ``zal een analyse worden gedaan``, ``zullen ... worden
  geworven``), a named organisation that will act (``zal de IND ... maatregelen nemen``), and
  planned research in the present (``Ook wordt onderzocht wat ...``, ``Voorts wordt bezien hoe
  ...``, ``wordt ... in 2022 toegewerkt naar``).

Not commitments: descriptions of what happens now (``wordt bekeken``), what others will do
(``de Commissie zal ... een standpunt innemen``), what may happen (``zal ... kunnen``), and
``zal`` in a condition about the procedure (``Indien ..., zal dit worden meegewogen``).

The due time is read with kg/dates.py ``due_date`` against the letter's date (dates of earlier
letters, ``brief van 3 juni``, are left out); the post is the signatory's; ``requested_by`` is the
member named in ``op verzoek van het lid X``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Sequence

from ..dates import due_date, find_dates
from ..model import CommitmentFact, Document, Fact, PersonMention, Sentence, SignatoryFact, Span
from ..names import split_name
from . import Extractor, evidence

NAME, VERSION = "commitments", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"

_FIRST = r"(?:ik|wij|we|het kabinet)"
_TO_PARLIAMENT = (r"(?:informeren|berichten|rapporteren|terugkomen|toesturen|toezenden|sturen|zenden|"
                  r"op de hoogte (?:houden|stellen|brengen)|voorleggen|aanbieden|inlichten)")


@dataclass(frozen=True)
class Rule:
    """One way of promising, and whether a condition around it cancels it."""

    name: str
    pattern: re.Pattern[str]
    first_person: bool  # a first-person promise holds inside a condition ('Zodra ..., zal ik')


def _rule(name: str, pattern: str, first_person: bool) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), first_person)


RULES: tuple[Rule, ...] = (
    _rule("will inform parliament",
          rf"\b(?:zal|zullen)\s+{_FIRST}\b[^.]{{0,160}}?\b{_TO_PARLIAMENT}\b|"
          rf"\b{_FIRST}\s+(?:zal|zullen)\b[^.]{{0,160}}?\b{_TO_PARLIAMENT}\b", True),
    _rule("expects to inform parliament",
          rf"\b{_FIRST}\s+(?:verwacht|verwachten|beoog|beogen|hoop|hopen)\b[^.]{{0,140}}?\bte\s+"
          rf"(?:kunnen\s+)?(?:{_TO_PARLIAMENT}|sturen|zenden|toe\s+te\s+sturen)\b|"
          rf"\b(?:verwacht|beoog|hoop)\s+{_FIRST}\b[^.]{{0,140}}?\bte\s+(?:kunnen\s+)?"
          rf"(?:{_TO_PARLIAMENT}|sturen|zenden)\b", True),
    _rule("will come back to it (kom ik op terug)",
          rf"\b(?:kom|komen)\s+{_FIRST}\b[^.]{{0,100}}\bterug\b|\b{_FIRST}\s+(?:kom|komen)\b[^.]{{0,100}}\bterug\b",
          True),
    _rule("promise (zeg ik toe)", rf"\bzeg(?:gen)?\s+{_FIRST}\b[^.]{{0,160}}\btoe\b|"
                                  rf"\b{_FIRST}\s+zeg(?:gen)?\b[^.]{{0,160}}\btoe\b", True),
    _rule("promised earlier (toegezegd)", rf"\b(?:heb|hebben)\s+{_FIRST}\b[^.]{{0,220}}?\btoegezegd\b|"
                                          rf"\b{_FIRST}\s+(?:heb|hebben)\b[^.]{{0,220}}?\btoegezegd\b", True),
    _rule("intention (voornemens)", rf"\b(?:ben|is|zijn)\s+{_FIRST}\s+(?:\w+\s+)?voornemens\b|"
                                    rf"\b{_FIRST}\s+(?:ben|is|zijn)\s+(?:\w+\s+)?voornemens\b|"
                                    r"\b(?:het\s+is\s+)?mijn\s+voornemen\b", True),
    _rule("will have it studied", rf"\b(?:zal|zullen)\s+{_FIRST}\b[^.]{{0,80}}\blaten\s+\w+|"
                                  rf"\b{_FIRST}\s+(?:zal|zullen)\b[^.]{{0,80}}\blaten\s+\w+", True),
    _rule("you will receive a letter",
          r"\bontvangt\s+(?:u|uw\s+Kamer)\b[^.]{0,60}\b(?:brief|rapportage|reactie|kabinetsreactie|"
          r"beleidsreactie|voortgangsrapportage|notitie|overzicht)\b", True),
    _rule("strive to report (streef ernaar)", r"\bstreef\b[^.]{0,30}\ber\s*naar\b", True),
    _rule("agreed (afgesproken is)", r"^\s*(?:\w+\s+)?afgesproken\s+is\b|\bis\s+afgesproken\s+(?:om|dat)\b|"
                                     r"\bhebben\s+(?:we|wij)\s+afgesproken\b", True),
    _rule("informs parliament by a stated time",
          rf"\b(?:informeer|informeren|bericht|berichten|stuur|sturen|zend|zenden)\s+{_FIRST}\b[^.]{{0,40}}\b(?:uw\s+Kamer|u)\b|"
          rf"\b{_FIRST}\s+(?:informeer|informeren|bericht|berichten)\s+(?:uw\s+Kamer|u)\b|"
          r"\b(?:uw\s+Kamer|u)\s+(?:wordt|worden)\b[^.]{0,60}\bge[iï]nformeerd\b", True),
    _rule("first-person future",
          rf"\b(?:zal|zullen)\s+{_FIRST}\b|\b{_FIRST}\b(?:\s+(?!(?:dat|of|omdat|die|wanneer|als|verwacht|"
          rf"denk|hoop|meen|vrees)\b)[^\s.,;]+){{0,10}}?\s+(?:zal|zullen)\b", True),
    _rule("first-person 'gaan'",
          rf"\b(?:ga|gaan)\s+{_FIRST}\b(?!\s+(?:ervan|er\s+van|uit|in\s+op|nader\s+in|hieronder|daarom|nu\s+in))"
          rf"|\b(?:ik|wij|we)\s+(?:ga|gaan)\b(?!\s+(?:ervan|er\s+van|uit|in\s+op|nader\s+in))", True),
    _rule("future passive", r"\b(?:zal|zullen)\b(?:\s+[^\s.,;–]+){0,16}?\s+worden\b|"
                            r"\b(?:zal|zullen)\b(?:\s+[^\s.,;–]+){0,4}?\s+\w+d\s+worden\b", False),
    _rule("organisation will act", r"\b(?:zal|zullen)\s+(?:de|het)\s+(?:[A-Z][\w&-]+|[a-z]+\s+[A-Z][\w&-]+)\b", False),
    _rule("planned research", r"^\s*(?:(?:Ook|Voorts|Tevens|Daarnaast|Verder|Bovendien|Eveneens)\s+)?"
                              r"(?:wordt|worden)\s+(?:er\s+)?(?:\w+\s+)?(?:onderzocht|bezien|verkend|"
                              r"uitgezocht|nagegaan|uitgewerkt)\s+(?:of|hoe|wat|welke|in hoeverre|waar|"
                              r"wanneer)\b", False),
    _rule("working towards (toegewerkt naar)", r"\b(?:wordt|worden)\b[^.]{0,100}\btoegewerkt\s+naar\b", False),
)

# A word each rule cannot match without (lower case): a sentence holding none of a rule's words is
# not searched with its pattern. Most sentences hold none, and a substring test is far cheaper
# than a case-insensitive regex search. A rule missing here is always searched.
_RULE_WORDS: dict[str, tuple[str, ...]] = {
    "will inform parliament": ("zal", "zullen"),
    "expects to inform parliament": ("verwacht", "beoog", "beogen", "hoop", "hopen"),
    "will come back to it (kom ik op terug)": ("terug",),
    "promise (zeg ik toe)": ("zeg",),
    "promised earlier (toegezegd)": ("toegezegd",),
    "intention (voornemens)": ("voornemen",),
    "will have it studied": ("zal", "zullen"),
    "you will receive a letter": ("ontvangt",),
    "strive to report (streef ernaar)": ("streef",),
    "agreed (afgesproken is)": ("afgesproken",),
    "informs parliament by a stated time": ("inform", "nformeerd", "bericht", "stuur", "sturen", "zend"),
    "first-person future": ("zal", "zullen"),
    "first-person 'gaan'": ("ga",),
    "future passive": ("zal", "zullen"),
    "organisation will act": ("zal", "zullen"),
    "planned research": ("word",),
    "working towards (toegewerkt naar)": ("toegewerkt",),
}
# letters that IGNORECASE matches to an ASCII letter but str.lower() does not turn into it (İ ı ſ)
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f]")


_ALL_RULE_WORDS: tuple[str, ...] = tuple(sorted({word for words in _RULE_WORDS.values() for word in words}))


def _words_in(lowered: str) -> set[str]:
    """Which of the rules' words the (lower-cased) sentence holds."""
    return {word for word in _ALL_RULE_WORDS if word in lowered}


def _may_match(rule: Rule, present: set[str] | None) -> bool:
    """False only when ``rule`` surely cannot match: none of its words is in the sentence."""
    words = _RULE_WORDS.get(rule.name)
    return present is None or words is None or not present.isdisjoint(words)


# about this letter itself, not a promise: 'hieronder zal ik ingaan op'
_ABOUT_THIS_LETTER = re.compile(
    r"\b(?:hieronder|hierna|hierboven|in\s+deze\s+brief|met\s+deze\s+brief|in\s+het\s+vervolg\s+van\s+deze\s+brief)\b|"
    r"\b(?:ingaan|reageren|toelichten|uiteenzetten|schetsen|stilstaan)\b|\btoelichting\s+geven\b",
    re.IGNORECASE)
_HAS_DUE_TIME = re.compile(
    r"\b(?:voor|vóór|na|in|rond|uiterlijk|begin|medio|eind|binnenkort|spoedig|op korte termijn|"
    r"zo spoedig mogelijk|later dit jaar|volgend jaar|dit najaar|dit voorjaar)\b[^.,;]{0,30}"
    r"\b(?:zomer|najaar|voorjaar|winter|kerst|reces|jaar|januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december|20\d\d|kwartaal|termijn|week|maand|maanden|weken|helft|"
    r"einde|afloop|afronding|ommekomst)\b|\b(?:binnenkort|spoedig|op korte termijn)\b", re.IGNORECASE)
_MAY = re.compile(r"\b(?:kunnen|moeten|mogen|blijken|afhangen|leiden|zijn)\b(?!\s+(?:geworven|benoemd))",
                  re.IGNORECASE)
# what others will do, told in a relative clause: 'vragen die ... zullen worden gesteld'
_RELATIVE = re.compile(r"\b(?:die|welke|waarop|waarin|waarmee|waarover)\b", re.IGNORECASE)
_CONDITION = re.compile(r"^\s*(?:Indien|Als|Wanneer|Mocht|Ingeval|Voor\s+zover|Zodra)\b")
_PAST_LETTER_DATE = re.compile(r"\b(?:brief|brieven|debat|overleg|motie)\s+(?:van|d\.d\.)\s*$", re.IGNORECASE)
_REQUESTED = re.compile(r"\bop\s+verzoek\s+van\s+(?:het\s+(?:kamer)?lid|de\s+leden)\s+(?P<name>[A-Z][\w'-]+(?:[- ][A-Z][\w'-]+)*)")


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    signatories = [fact for fact in facts if isinstance(fact, SignatoryFact)]
    persons = [fact for fact in facts if isinstance(fact, PersonMention)]
    post = signatories[0].post_key if signatories else None
    found: list[Fact] = []
    for sentence in document.sentences:
        if document.paragraphs[sentence.paragraph].kind != "text":
            continue
        rule = commitment_rule(sentence.text)
        if rule is None:
            continue
        due_text, due = _due(sentence.text, document.head.date)
        found.append(CommitmentFact(
            evidence=evidence(document, sentence.span, EXTRACTOR_ID, rule.name),
            text=re.sub(r"\s+", " ", sentence.text).strip(), number=len(found) + 1,
            due=due, due_text=due_text, post=post,
            requested_by=_requested_by(document, sentence, persons)))
    return found


def commitment_rule(sentence: str) -> Rule | None:
    """The rule by which ``sentence`` is a commitment, or None when it is not one."""
    conditional = bool(_CONDITION.match(sentence))
    present = None if _FOLDS_ODDLY.search(sentence) else _words_in(sentence.lower())
    for rule in RULES:
        if not _may_match(rule, present):
            continue
        match = rule.pattern.search(sentence)
        if not match:
            continue
        if rule.name in ("first-person future", "first-person 'gaan'") and (_ABOUT_THIS_LETTER.search(sentence)
                                                   or _MAY.search(sentence[match.start():])):
            continue
        if rule.name == "informs parliament by a stated time" and (
                not _due_time_ahead(sentence) or _ABOUT_THIS_LETTER.search(sentence)
                or re.match(r"\s*Hierbij\b", sentence)):
            continue  # 'Met deze brief informeer ik u over ...' reports, it does not promise
        if rule.first_person:
            return rule
        if conditional or _ABOUT_THIS_LETTER.search(sentence):
            continue
        if rule.name in ("future passive", "organisation will act") and (
                _MAY.search(match.group(0)) or _RELATIVE.search(sentence[:match.start()])):
            continue
        return rule
    return None


def _due_time_ahead(sentence: str) -> bool:
    """Whether the sentence names a time ahead ('voor de zomer'), not one past ('in het afgelopen jaar')."""
    return any(not re.search(r"afgelopen|vorig|verleden|sinds", match.group(0), re.IGNORECASE)
               for match in _HAS_DUE_TIME.finditer(sentence))


def _due(sentence: str, letter_date: date | None) -> tuple[str | None, str | None]:
    """The due time, leaving out dates of earlier letters and debates."""
    masked = sentence
    for found in find_dates(sentence, letter_date):
        if _PAST_LETTER_DATE.search(sentence[:found.start]) or (
                found.value and letter_date and len(found.value) == 10 and found.value < letter_date.isoformat()):
            masked = masked[:found.start] + " " * (found.end - found.start) + masked[found.end:]
    due_text, due = due_date(masked, letter_date)
    return (re.sub(r"\s+", " ", due_text).strip() if due_text else None), due


def _requested_by(document: Document, sentence: Sentence, persons: list[PersonMention]) -> str | None:
    match = _REQUESTED.search(sentence.text)
    if not match:
        return None
    start = sentence.span.start + match.start("name")
    window = Span(start, start + len(match.group("name")) + 1)
    for fact in persons:
        where = fact.evidence.clean_start
        if window.start <= where < window.end:
            return fact.key
    return split_name(match.group("name")).key


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("signatories", "persons"), produces="CommitmentFact")
