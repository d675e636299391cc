"""Commitments (toezeggingen): what the letter promises parliament, by when, and who asked.

The rules and the phrases that cancel them are data: kg/data/commitment_cues.json, each with
examples and near misses that tests/test_commitment_cues.py runs through this extractor. A
sentence is a commitment when a rule matches it and no cancel that applies to that rule fires:

* **to parliament, in the first person** (also inside a condition, ``Zodra ..., zal ik``): ``ik
  zal uw Kamer ... informeren``, ``heb ik ... toegezegd``, ``ben ik voornemens``, ``zal ik laten
  onderzoeken``, ``ontvangt u een brief``, ``Het kabinet streeft er naar uw Kamer ... te
  informeren``, ``Afgesproken is om ...``, ``Jaarlijks ... informeer ik u``, and any other ``ik
  zal`` / ``zal ik``; ``ik ben bereid te onderzoeken``, ``ik neem het initiatief om``, ``heb ik
  besloten een commissie in te stellen`` (or ``een wetsvoorstel voor te bereiden``); ``maak ik met het bestuur
  afspraken``;
* **earlier promises the letter restates**: ``zoals toegezegd tijdens het ...``, ``is toegezegd
  uw Kamer te informeren``, ``heb ik aangegeven dat ik ... zou``, ``kondigde ik aan dat ik ...``,
  ``heb ik aangekondigd dat de vergunningen ... worden herzien``;
* **announced actions** (not inside a condition such as ``Indien ...``): a future passive
  (``zal worden gestart met``), a named organisation that will act (``zal de IND ... maatregelen
  nemen``), a public body named as the subject (``Het UWV zal ...``, ``Het COA gaat ...``, as the
  organisations extractor finds it; not an independent one such as the CBS), ``zal Nederland
  ...``, planned research in the present (``Ook wordt onderzocht wat ...``, ``Er wordt bekeken of
  ...``), ``Het streven is om ...``, a draft put out for consultation (``het wetsvoorstel wordt
  begin volgend jaar in internetconsultatie gebracht``), what becomes open or binding from a date ahead
  (``Het meldpunt wordt per 1 maart ook toegankelijk voor ...``), and a change told in the present passive
  right after an answer to advice (``Deze aanbeveling neem ik over: de termijn wordt verlengd ...``, ``...; wel
  wordt het afwegingskader uitgebreid ...``), a public body's step in the present with a time ahead (``de IND
  past de werkinstructie per 1 januari aan``), and a paper still to come as the subject (``Die notitie zal
  ingaan op ...``);
* **intending, looking into, commissioning, choosing**: ``ik heb de intentie om``, ``bezie ik of``, ``laat
  ik deze verkenning uitvoeren``, ``laat ik de effecten meenemen in de evaluatie``, ``kies ik ervoor om ... te``
  (with a time ahead), ``neemt het advies over en werkt het uit in ...``;
* **told otherwise** (docs/commitments.md, session 7): what parliament will be told put first (``Over de
  uitkomst informeer ik u``), a change from a date ahead (``Vanaf 1 juli wordt de voogd uitgenodigd``), a bill
  in preparation, a motion taken into work ahead (``wordt betrokken bij de uitwerking``), a promise in a relative
  clause (``die ik u binnen vier weken zal doen toekomen``, ``dat ik na de zomer aan uw Kamer stuur``), and
  'daarbij' or 'Het' read against the sentence before (the paper promised there; the cabinet); sharing with
  parliament (``deel ik met uw Kamer``), a colleague named by the post (``De minister-president zal ...``), and
  ``ik wil`` with a verb of making and a time ahead (docs/commitments.md, session 8);
* **a step announced in the present**, without a time word (docs/commitments.md, session 9): the minister or
  cabinet as the subject of a verb of the lexicon ``action_verbs`` (``Het kabinet stelt een staatscommissie
  in``, ``Ook vraag ik de Adviesraad om advies``, ``Daarin betrek ik ook ...``), or a public body named as the
  whole subject (``De IND past haar werkwijze hierop aan``); not a year past (``In 2015 stelt het kabinet
  ...``), a routine, a hypothesis (``Als dat nodig blijkt, pas ik ... aan``), parliament asked in this letter
  (``Ik vraag uw Kamer in te stemmen``), an observation (``Ik stel vast dat``) or an inspectorate's own step.
* **told over two sentences, by a date or a noun** (docs/commitments.md, session 10): a change right after the
  answer to advice in the sentence before (``Deze aanbeveling neem ik over.`` + ``De termijn wordt verlengd``), a
  bare ``Dat zeg ik toe.`` that takes the sentence before as what it promises (``leans_back``), what holds from a
  date ahead (``Vanaf 1 oktober ontvangt iedere ouder ...``), ``Er komt een landelijk loket``, ``Het voornemen is
  om``, and a request to another body to study something by a time ahead (``Ik heb de inspectie gevraagd in 2025
  een onderzoek te doen``).
* **planned, told with a noun or a participle** (docs/commitments.md, session 12), with a time ahead: ``Het is de
  bedoeling om``, ``De planning is dat``, ``is voorzien voor`` / ``staat gepland in`` (not a meeting on the agenda,
  not in a relative clause, not ``voorzien in`` a provision); the signatory's own ministry unnamed acts as a public
  body (``Het ministerie zal``).

Other promises in the present count with a time ahead or a later letter (``ik stuur uw Kamer uiterlijk
in mei``, ``de evaluatie wordt in het najaar aan uw Kamer gezonden``, ``ik informeer u hierover in
de volgende voortgangsbrief``, ``het kabinet komt voor de zomer met een voorstel``, ``de volgende
voortgangsbrief ontvangt u in juli``, ``de eerste voortgangsbrief volgt in juni``, ``jaarlijks
rapporteer ik``, ``het kabinet stelt vanaf 2026 ... beschikbaar``, ``na ontvangst van het advies
dien ik het wetsvoorstel in``, ``in het najaar start de Marechaussee met een pilot``); ``ik houd
uw Kamer op de hoogte`` and ``uw Kamer zal ... ontvangen`` count as they stand; a kept promise
counts when it says what was promised (``geef ik gevolg aan mijn toezegging om ...``), not when
the noun alone points back (``voer ik deze toezegging uit``).

Cancelled: what another said or promised (``X zegde toe dat ... zal worden``), what this letter itself
does (``hieronder zal ik ingaan op``, ``In deze brief kom ik terug op``,
``In paragraaf 3 zal ik ... bespreken``, ``Allereerst zal ik ... beschrijven`` unless a later letter, or a
document named before (``Daarin zal ik ingaan op``), is meant, ``informeer ik uw Kamer dat ...``, an item of
a list of the letter's contents), what others will do (told in a relative clause, not a sentence that opens
with ``Die``), what may happen (``zal ... kunnen``, read in the clause of the promise), what will not be
done (``ik zal ... niet``, ``niet voornemens``), questions, indirect questions (``Het is de vraag of ... zal
worden gehaald``), a prediction or a state of a body (``Het UWV zal naar verwachting meer aanvragen
ontvangen``), what a body outside the government will do or bring out (``De gemeente X start ...``, ``Het
advies van de Raad van State wordt ... uitgebracht``), an offer to discuss with parliament or to brief it
(``Graag ga ik met uw Kamer in debat``), ``zal`` in a condition about the procedure, the agenda of
a Council or another meeting (``De Raad zal worden geïnformeerd``, ``Tijdens de Milieuraad zal worden
gesproken``, ``Over verlenging zal in juni worden besloten``), and a planned passive of what is already
under way (``wordt reeds uitgevoerd``).

**The life of a commitment** (issue 16; the cues are data too, under ``restating_rules``,
``earlier``, ``keeping``, ``future``, ``pointers``, ``opening`` and ``delays``): each commitment is
``new`` (promised now), ``restated`` (an earlier promise told again: ``zoals toegezegd tijdens
...``, ``heb ik toegezegd``) or ``kept`` (kept by this letter: ``Hiermee doe ik mijn toezegging
gestand``, ``In deze brief licht ik, zoals toegezegd, ... toe``). Its status as this letter tells
is ``open`` (new, or restated with ``zal`` or a time ahead), ``kept`` or ``unknown``. A sentence
that is no commitment but keeps what the letter restated before it (``Deze toezeggingen doe ik
met deze brief gestand``) marks them kept, with that sentence as evidence; so does a first
paragraph that recalls a promise to inform parliament about something the letter then tells
of, unless it says it cannot yet. An earlier promise is linked to where it was made (the debate,
motion or letter in its sentence, with its date), and every commitment keeps the letters its
sentence cites (``cites``), which kg/resolve/commitment_links.py follows across letters.

The due time is read with kg/domain/dates.py ``due_date`` against the letter's date (dates of earlier
letters, ``brief van 3 juni``, are left out); the post is the signatory's; ``requested_by`` is the
member named in ``op verzoek van het lid X`` or ``toegezegd aan het lid X``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from ..domain import rules
from ..domain.dates import DateExpression, due_date, find_dates
from ..domain.model import (
    CommitmentFact,
    Document,
    EventMention,
    Fact,
    OrganisationMention,
    PersonMention,
    ReferenceMention,
    Sentence,
    SignatoryFact,
    Span,
)
from ..domain.names import split_name
from ..domain.resources import data_file
from . import Extractor, FactsByStart, evidence

NAME, VERSION = "commitments", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"

CUES_FILE = "commitment_cues.json"
WHERES = ("sentence", "after", "clause after", "before", "match", "list intro")


@dataclass(frozen=True)
class Rule:
    """One way of promising (an entry under ``rules`` in kg/data/commitment_cues.json)."""

    name: str
    pattern: re.Pattern[str]
    first_person: bool  # a first-person promise holds inside a condition ('Zodra ..., zal ik')
    id: str = ""
    words: tuple[str, ...] = ()  # lower-case strings the pattern cannot match without
    needs_due_time: bool = False  # counts only with a time ahead ('voor de zomer', 'jaarlijks')
    public_body: bool = False  # its group 'body' opens with a public body's name ('Het UWV zal ...')
    speaker_named: bool = False  # every alternative names the minister or cabinet (ik, wij, kabinet, mijn, ons, mij)
    not_in_past: bool = False  # years before the letter's, and only those, before the step: history ('In 2015 stelt')
    body_only: bool = False  # with public_body: the group 'body' is the body's name alone (and an acronym in brackets)
    # the sentence before, in the same paragraph, must match it ('Deze aanbeveling neem ik over.' before 'De termijn
    # wordt verlengd tot zes weken.')
    previous: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Cancel:
    """A phrase that takes a rule's promise away (an entry under ``cancels``)."""

    id: str
    pattern: re.Pattern[str]
    where: str  # what the pattern is matched on: see WHERES
    applies_to: frozenset[str]  # rule ids, or '*' for every rule
    unless: re.Pattern[str] | None = None  # a phrase in the sentence that keeps the promise
    # a phrase that keeps the promise in a sentence right after a commitment ('Ik zal daarbij ook ingaan op ...'
    # after 'Ik informeer u via de geannoteerde agenda van de volgende Raad': 'daarbij' is that paper, not this letter)
    unless_after_promise: re.Pattern[str] | None = None

    def applies(self, rule: Rule) -> bool:
        return "*" in self.applies_to or rule.id in self.applies_to

    def fires(self, sentence: str, match: re.Match[str], after_promise: bool = False) -> bool:
        """Whether the cancel fires for ``match`` of a rule in ``sentence`` (not for 'list intro');
        ``after_promise`` says whether the sentence before it is a commitment."""
        if self.unless is not None and self.unless.search(sentence):
            return False
        if after_promise and self.unless_after_promise is not None and self.unless_after_promise.search(sentence):
            return False
        if self.where == "after":
            return self.pattern.search(sentence, match.start()) is not None
        if self.where == "clause after":
            return self.pattern.search(sentence[match.start():_clause_end(sentence, match.start())]) is not None
        if self.where == "before":
            return self.pattern.search(sentence[:match.start()]) is not None
        if self.where == "match":
            return self.pattern.search(match.group(0)) is not None
        return self.pattern.search(sentence) is not None


# Where the clause of a rule's match ends: a punctuation mark or a word that opens a new clause
# ('Ik zal bezien | of aanvullende maatregelen nodig zijn').
_CLAUSE_END = re.compile(r"[,;:()]|\s[–-]\s|\b(?:of|dat|om|die|welke|wat|hoe|wanneer|waar|zodat|omdat|indien|"
                         r"waarbij|waarin|waarmee|waarna|waarop|zodra|nadat|totdat|voordat|maar|want)\b", re.IGNORECASE)


def _clause_end(sentence: str, start: int) -> int:
    """The offset where the clause that runs on from ``start`` ends (the sentence's end if no break)."""
    found = _CLAUSE_END.search(sentence, start)
    return found.start() if found else len(sentence)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


# Where a separable verb's particle stands: at the end of its clause, before a mark, the end, or a word that opens
# what follows the clause ('Ik stel een commissie in die ...', 'stem ik af met', 'Ik stel een meldpunt in.')
_CLAUSE_FOLLOWS = (r"(?=\s*(?:[.,;:!?()–]|$)|\s+(?:om|die|dat|wat|waar\w*|zodat|met|voor|bij|en|of|hoe|tot|over|naar|"
                   r"in|aan|op|van|door|vanaf|per|samen|zoals|waardoor|zodra|wanneer|als|nadat|binnen|onder|via|zonder|"
                   r"tegen|conform|tijdens|maar|want)\b)")
# The words between a verb and what must follow it: within the clause, across the dots of an abbreviation ('de
# Commissie m.e.r. om advies'), not a dot before a capital (the sentence's end, should two be read as one)
_IN_CLAUSE = r"(?:[^.;:]|\.(?!\s+(?-i:[A-Z])))"


def action_macros() -> dict[str, str]:
    """The macros ACTION (a verb of the lexicon under ``action_verbs``, then what must follow it in its clause) and
    ACTION_INVERTED (the verb, the minister or cabinet as its subject right after it, then what must follow)."""
    plain, inverted = [], []
    for row in rules.entries(CUES_FILE, "action_verbs", ("id", "forms")):
        # a finite form, not an infinitive after 'te' ('om de regeling te vereenvoudigen')
        forms = r"(?<!\bte\s)(?:" + "|".join(re.escape(str(form)) for form in row["forms"]) + r")\b"
        then = ""
        if row.get("then"):
            then = _IN_CLAUSE + r"{0,140}?\b(?:" + str(row["then"]) + ")"
            then += _CLAUSE_FOLLOWS if row.get("at_clause_end") else ""
        plain.append(forms + then)
        inverted.append(forms + r"\s+{SPEAKER}\b" + then)
    never = "(?!)"  # no verbs: the macros match nothing
    return {"ACTION": "(?:" + "|".join(plain) + ")" if plain else never,
            # the subject right after the next word is looked for first: a quick test before the verbs are tried
            "ACTION_INVERTED": r"(?=[^\W\d_]+\s+{SPEAKER}\b)(?:" + "|".join(inverted) + ")" if inverted else never}


def _load() -> tuple[tuple[Rule, ...], tuple[Cancel, ...]]:
    """The rules and cancels of kg/data/commitment_cues.json, compiled."""
    macros = {str(name): str(value) for name, value in (rules.load(CUES_FILE).get("macros") or {}).items()}
    macros = {**action_macros(), **macros}  # the lexicon's macros first: they hold {SPEAKER}
    found_rules = tuple(
        Rule(name=row.get("name") or row["id"], id=row["id"],
             pattern=rules.compile_pattern(CUES_FILE, row["id"], _expand(row["pattern"], macros)),
             first_person=bool(row.get("first_person")), words=tuple(row.get("words") or ()),
             needs_due_time=bool(row.get("needs_due_time")), public_body=bool(row.get("public_body")),
             speaker_named=bool(row.get("speaker_named")), not_in_past=bool(row.get("not_in_past")),
             body_only=bool(row.get("body_only")),
             previous=rules.compile_pattern(CUES_FILE, row["id"], _expand(row["previous"], macros))
             if row.get("previous") else None)
        for row in rules.entries(CUES_FILE, "rules", ("id", "pattern")))
    names = {rule.id for rule in found_rules} | {"*"}
    found_cancels = []
    for row in rules.entries(CUES_FILE, "cancels", ("id", "pattern", "where", "applies_to")):
        where = rules.choice(CUES_FILE, row["id"], "where", row["where"], WHERES)
        unknown = [name for name in row["applies_to"] if name not in names]
        if unknown:
            raise rules.DataFileError(data_file(CUES_FILE), f"applies to unknown rules {unknown}", row["id"])
        unless, after = row.get("unless"), row.get("unless_after_promise")
        pattern = rules.compile_pattern(CUES_FILE, row["id"], _expand(row["pattern"], macros))
        unless_pattern = rules.compile_pattern(CUES_FILE, row["id"], _expand(unless, macros)) if unless else None
        after_pattern = rules.compile_pattern(CUES_FILE, row["id"], _expand(after, macros)) if after else None
        found_cancels.append(Cancel(row["id"], pattern, where, frozenset(row["applies_to"]), unless_pattern,
                                    after_pattern))
    return found_rules, tuple(found_cancels)


RULES, CANCELS = _load()
# every finite form of the lexicon 'action_verbs' (lower case)
ACTION_FORMS: frozenset[str] = frozenset(
    str(form).lower() for verb in rules.entries(CUES_FILE, "action_verbs", ("id", "forms")) for form in verb["forms"])

# The life of a commitment: which rules restate, and the cues of keeping, of what is still to come,
# of sentences that keep what the letter restated, of an opening that recalls a promise, of delays.
RESTATING_RULES: frozenset[str] = frozenset(str(rule) for rule in rules.load(CUES_FILE).get("restating_rules") or ())
EARLIER = rules.cues(CUES_FILE, "earlier")
KEEPING = rules.cues(CUES_FILE, "keeping")
FUTURE = rules.cues(CUES_FILE, "future")
POINTERS = rules.cues(CUES_FILE, "pointers")
OPENING = rules.cues(CUES_FILE, "opening")
DELAYS = rules.cues(CUES_FILE, "delays")
LEANS_BACK = rules.cues(CUES_FILE, "leans_back")
PROMISE_LISTS = rules.cues(CUES_FILE, "promise_lists")
KINDS = ("new", "restated", "kept")
STATUSES = ("open", "kept", "unknown")

# A word each rule cannot match without (lower case): a sentence holding none of a rule's words is
# not searched with its pattern. Most sentences hold none, and a substring test is far cheaper
# than a case-insensitive regex search. A rule without words is always searched.
_RULE_WORDS: dict[str, tuple[str, ...]] = {rule.name: rule.words for rule in RULES if rule.words}


_ALL_RULE_WORDS: tuple[str, ...] = tuple(sorted({word for words in _RULE_WORDS.values() for word in words}))


_VAN_PLAN = re.compile(r"van\s+plan")
_LETTERS = re.compile(r"[^\W\d_]+")  # the words of a text
_INFORMS = re.compile(r"\b(?:informe|bericht|stuur|sturen|zend|bied|rapporte|deelt?\b|delen\b)|nformeerd|\btoekomen\b")
_TO_KAMER = re.compile(r"\b(?:aan|naar)\s+(?:uw|de)\s+(?:tweede\s+)?kamer")
_FIRST_PERSON = re.compile(r"\b(?:ik|wij|we|kabinet|mijn|ons|mij)\b")
_FOLLOWS = re.compile(r"volg(?:t|en)\b")
_last_asked: list[tuple[str, bool]] = [("", False)]  # the last sentence asked about, and the answer


def _has_action_form(lowered: str) -> bool:
    """Whether a word of ``lowered`` is a form of the lexicon 'action_verbs' (remembered for the last sentence:
    the two rules of the lexicon ask in turn)."""
    if _last_asked[0][0] is not lowered:
        _last_asked[0] = (lowered, not ACTION_FORMS.isdisjoint(_LETTERS.findall(lowered)))
    return _last_asked[0][1]


# What a rule with a common word ('voor', 'kamer') cannot match without besides (in the lower-cased
# sentence): a quicker filter than its pattern, read off the alternatives of the pattern.
_NEEDS: dict[str, Callable[[str], bool]] = {
    # voornemens, van plan, voornemen, voorgenomen, bereid, het initiatief, besloten, or 'ik neem mij ... voor'
    "intention": lambda lowered: (any(word in lowered for word in ("voornemen", "voorgenomen", "neem", "nemen",
                                                                   "bereid", "initiatief", "besloten", "intentie"))
                                  or _VAN_PLAN.search(lowered) is not None),
    # a verb of informing, reporting or sending, geïnformeerd, or 'wordt ... aan uw Kamer <participle>'
    "informs-by-time": lambda lowered: (_INFORMS.search(lowered) is not None
                                        or ("word" in lowered and _TO_KAMER.search(lowered) is not None)),
    # the Netherlands named
    "netherlands-will-act": lambda lowered: "nederland" in lowered,
    # 'volgt' or 'volgen', not only 'volgende'
    "letter-follows": lambda lowered: _FOLLOWS.search(lowered) is not None,
    # a firm date: 'per', 'met ingang van' or 'vanaf'
    "becomes-by-date": lambda lowered: any(word in lowered for word in ("per ", "ingang", "vanaf", "uiterlijk")),
    # an answer to advice ('neem ik over:', 'volg ik;') or 'wel'
    "response-passive": lambda lowered: any(word in lowered
                                            for word in ("wel", "neem", "volg", "onderschrijf", "deel")),
    # a form of a verb of the lexicon 'action_verbs' as a word of its own (its stems stand inside many words:
    # 'leg' in 'regeling', 'stel' in 'voorstel')
    "present-action": _has_action_form,
    "public-body-present-action": _has_action_form,
}
# the place in RULES of each rule that holds a word, and of the rules without words (always searched)
_RULES_OF_WORD: dict[str, frozenset[int]] = {
    word: frozenset(at for at, rule in enumerate(RULES) if word in _RULE_WORDS.get(rule.name, ()))
    for word in _ALL_RULE_WORDS}
_ALWAYS_SEARCHED: frozenset[int] = frozenset(at for at, rule in enumerate(RULES) if rule.name not in _RULE_WORDS)
# A sentence that names neither the minister nor the cabinet cannot match a rule every alternative of which
# does ('speaker_named' in the data file), so their own words need not be looked for in it.
_WORDS_WITHOUT_FIRST_PERSON: tuple[str, ...] = tuple(
    word for word in _ALL_RULE_WORDS if any(not RULES[at].speaker_named for at in _RULES_OF_WORD[word]))


_HAS_DUE_TIME = re.compile(
    # 'voor het gasjaar 2016/2017', 'voor het schooljaar 2025-2026' is what a year of a cycle is for, not a time by
    # which ('vóór het schooljaar 2025-2026' is)
    r"\b(?:voor(?!\s+(?:het|de)\s+\w+(?:jaar|seizoen)\s+(?:19|20)\d\d)|vóór|na|in|bij|rond|uiterlijk|begin|medio|eind|"
    r"binnenkort|spoedig|op korte termijn|"
    r"zo spoedig mogelijk|later dit jaar|volgend jaar|dit najaar|dit voorjaar)\b[^.,;]{0,30}"
    r"\b(?:zomer|najaar|voorjaar|winter|kerst|\w*reces|jaar|januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december|20\d\d|kwartaal|termijn|week|maand|maanden|weken|helft|"
    r"einde|afloop|afronding|ommekomst|ontvangst|oplevering|vaststelling|verschijning|publicatie|"
    r"prinsjesdag|voorjaarsnota|najaarsnota|miljoenennota|begroting|begrotingsbehandeling)\b|"
    r"\b(?:binnenkort|spoedig|op korte termijn|onverwijld|zodra|zo snel mogelijk)\b|"
    # from now on: 'in de nota van toelichting wordt hieraan voortaan een paragraaf gewijd' (not told of the past:
    # 'kondigde ik aan dat ik voortaan ... zou sturen')
    r"\bvoortaan\b(?![^.;]*\bzou(?:den)?\b)|"
    # sent apart from this letter, later: 'Het verslag ontvangt u separaat', 'rapporteer ik u afzonderlijk'
    r"\b(?:separaat|afzonderlijk|te\s+zijner\s+tijd)\b|"
    # an event awaited, told in a leading clause before the minister's own step: 'Als de Stichting van de Arbeid
    # haar advies heeft uitgebracht, stuur ik u ...', 'Wanneer het advies binnen is, informeer ik ...'; not a
    # hypothesis ('Als blijkt dat ...', 'Als uw Kamer dat wenst', 'als dat nodig is')
    r"^\s*(?:als|wanneer|nadat)\s+(?![^.;,]*\b(?:blijkt|wens|wenst|gewenst|wilt|nodig|noodzakelijk|aanleiding|"
    r"mogelijk|zou|zouden|mocht|mochten)\b)[^.;,]{3,200},\s*(?:[^\s.,;]+\s+)?(?:ik|wij|we|het\s+kabinet)\b|"
    r"\b(?:deze|volgende|komende)\s+(?:week|maand)\b|"
    # a paper or meeting still to come: 'in de eerstvolgende Staat van Groningen', 'in de volgende voortgangsbrief'
    # (not 'de volgende maatregelen': what follows in this letter)
    r"\b(?:eerstvolgende|volgende|komende)\s+(?:(?-i:[A-Z])[\w-]+|\w*(?:rapportage|brief|verslag|monitor|"
    r"begroting|nota|overzicht))\b|"
    # a day named ('inwerkingtreding op 1 juli 2026'; a day before the letter is masked) and a step still to be
    # taken first ('Na verwerking van de reacties wordt het wetsvoorstel ... voorgelegd')
    r"\bop\s+\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|"
    r"\bna\s+(?:de\s+|het\s+)?(?:verwerking|internetconsultatie|consultatie|advisering|goedkeuring|instemming|uitspraak|"
    r"inwerkingtreding|besluitvorming)\b|"
    # with a bill or decree still to be sent: 'Uw Kamer wordt bij de indiening van het wetsvoorstel geïnformeerd'
    r"\bbij\s+(?:de\s+)?(?:indiening|aanbieding|toezending|voorhang)\s+van\s+(?:het|de|dit|deze)\s+"
    r"(?:wetsvoorstel|voorstel|ontwerpbesluit|ontwerpregeling|besluit|nota|novelle)\b|"
    # a span from now: 'binnen zes weken', 'binnen drie maanden' (not 'binnen de begroting')
    r"\bbinnen\s+(?:\w+\s+){0,2}?(?:dagen|weken|maanden|jaar|week|maand|kwartaal|termijn)\b|"
    # a paper still to come that is sent on a fixed moment: 'met de Miljoenennota', 'in de geannoteerde agenda'
    r"\b(?:met|bij|in|via)\s+de\s+(?:volgende\s+|eerstvolgende\s+)?(?:geannoteerde\s+agenda|miljoenennota|voorjaarsnota|"
    r"najaarsnota|begroting)\b|"
    # a fiche on a proposal not yet sent ('via een BNC-fiche'), a day of the year's cycle ('op Verantwoordingsdag'),
    # the meeting next in a series ('de agenda van de volgende Raad'), a part of a year ('het eerste halfjaar 2019',
    # read against the letter's year as any year)
    r"\b(?:via|met|in)\s+een\s+(?:BNC-)?fiche\b|\b(?:op|voor|vóór|rond)\s+(?:verantwoordingsdag|prinsjesdag)\b|"
    r"\b(?:de|het)\s+(?:volgende|eerstvolgende|eerstkomende|aanstaande)\s+(?:\w+\s+)?(?:\w*raad|\w*top|vergadering|"
    r"bijeenkomst)\b|"
    r"\b(?:eerste|tweede|derde|vierde)\s+(?:half\s*jaar|kwartaal|helft|tertaal)\s+(?:van\s+)?(?:19|20)\d\d\b|"
    # a debate with parliament still to come: 'voor het commissiedebat Dierenwelzijn van 7 april'
    r"\b(?:voor|vóór)\s+(?:het|de|dat|dit|deze|die)\s+(?:[^\s.,;]+\s+)?(?:commissiedebat|debat|overleg|algemeen\s+overleg|notaoverleg|"
    r"wetgevingsoverleg|plenaire\s+behandeling|begrotingsbehandeling)\b|"
    # the report of a Council or a summit still to meet, a progress letter of a month (not one of a day, which is
    # masked when past): 'in het verslag van de Raad', 'in de voortgangsbrief netcongestie van september'
    r"\bin\s+het\s+verslag\s+van\s+(?:de|het|deze)\s+(?:[^\s.,;]+\s+)?(?:\w*raad|top|bijeenkomst|vergadering)\b|"
    # a progress report of a series, not one named as past: 'wordt uw Kamer in de voortgangsrapportage geïnformeerd'
    r"\b(?:in|bij|via|met)\s+de\s+(?!(?:vorige|laatste|eerdere|recente)\b)(?:[^\s.,;]+\s+)?voortgangs(?:brief|rapportage|"
    r"verslag|rapport)\b(?!\s+(?:van|d\.d\.)\s)|"
    r"\bin\s+de\s+(?:[^\s.,;]+\s+)?voortgangs(?:brief|rapportage)\s+(?:[^\s.,;]+\s+){0,2}?van\s+(?:januari|februari|"
    r"maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|"
    r"\b(?:volgend|komend)\s+jaar\b|\bde\s+komende\s+(?:jaren|maanden|weken|periode)\b|\b(?:nog\s+)?dit\s+(?:jaar|kwartaal)\b|"
    r"\b(?:nog\s+)?(?:dit\s+(?:najaar|voorjaar)|deze\s+(?:zomer|winter|herfst))\b|"
    r"\b(?:voor|vóór|na|bij|tijdens|rond)\s+(?:de|het)\s+(?:volgende|eerstvolgende|komende|aanstaande)\b|"
    r"\b(?:per|met ingang van|vanaf)\s+(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
    r"oktober|november|december)(?:\s+(?:19|20)\d\d)?\b|\b(?:per|met ingang van|vanaf)\s+(?:19|20)\d\d\b|"
    # a year of a cycle ('vanaf het schooljaar 2024-2025'), a span from now ('over een jaar', 'over twee maanden')
    r"\b(?:per|met ingang van|vanaf|in)\s+(?:het|de)\s+\w*(?:jaar|seizoen)\s+(?:19|20)\d\d\b|"
    r"\bover\s+(?:een|twee|drie|vier|vijf|zes|enkele|\d+)\s+(?:half\s+)?(?:jaar|jaren|maand|maanden|week|weken)\b|"
    # a letter still to come: 'in de volgende voortgangsbrief', 'bij de eerstvolgende rapportage'
    r"\b(?:volgende|eerstvolgende|komende|nieuwe|aparte|afzonderlijke|separate)\s+(?:\w+\s+)?"
    r"\w*(?:brief|rapportage|verslag|nota|notitie|bericht)\b|"
    r"\b(?:jaarlijks|halfjaarlijks|periodiek|driemaandelijks|maandelijks|per\s+kwartaal|"
    r"(?:ieder|elk|elke)\s+(?:half\s+)?(?:jaar|kwartaal)|(?:een|twee|drie|vier)\s+keer\s+per\s+jaar)\b",
    re.IGNORECASE)
_PAST_LETTER_DATE = re.compile(r"\b(?:brief|brieven|debat|overleg|motie)\s+(?:van|d\.d\.)\s*$", re.IGNORECASE)
_REQUESTED = re.compile(r"\b(?:op\s+verzoek\s+van|toegezegd\s+aan)\s+(?:het\s+(?:kamer)?lid|de\s+leden)\s+"
                        r"(?P<name>[A-Z][\w'-]+(?:[- ][A-Z][\w'-]+)*)")


# The kinds of organisation whose announced action is the government's ('De IND zal ...'), unlike a court's,
# an international body's or a company's.
PUBLIC_BODY_KINDS = frozenset({"ministry", "agency", "inspectorate"})
_ARTICLE = re.compile(r"^(?:de|het)\s+", re.IGNORECASE)

_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•▪·●◦–-])\s")


def _goes_on_intro(text: str) -> bool:
    """Whether a list item goes on the sentence that opens its list: lower case after its marker ('– u voor de zomer
    te informeren ...')."""
    marker = _LIST_ITEM.match(text)
    return marker is not None and text[marker.end():].lstrip()[:1].islower()


def _promise_list(document: Document, index: int) -> Rule | None:
    """The rule of the items of the list that sentence ``index`` opens, when it says they are promises ('Tijdens
    het debat heb ik uw Kamer toegezegd:', see 'promise_lists'), and a list item follows it; else None."""
    sentence = document.sentences[index]
    if not sentence.text.rstrip().endswith(":") or index + 1 >= len(document.sentences):
        return None
    following = document.sentences[index + 1]
    if document.paragraphs[following.paragraph].kind != "text" or not _LIST_ITEM.match(following.text):
        return None
    return next((rule for rule in _PROMISE_LIST_RULES if rule.pattern.search(sentence.text)), None)


# the rule each opening of a list of promises gives its items (built once)
_PROMISE_LIST_RULES = tuple(Rule(name=str(cue.fields.get("name") or cue.id), pattern=cue.pattern, first_person=True,
                                 id=cue.id) for cue in PROMISE_LISTS)

# 'Het kabinet neemt het advies over. Het zal de inspecties vragen ...': a sentence that opens with 'Het' and a
# verb of acting, right after one that opens with the cabinet as its subject, is read with 'Het kabinet' (not 'Het
# zal nog enige tijd duren', 'Het gaat om ...', 'Het zal duidelijk zijn').
_IT_ACTS = re.compile(r"^\s*Het\s+(?=(?:zal|gaat|wil|neemt|laat|stelt|vraagt|komt|stuurt|informeert)\s+"
                      r"(?!(?:er|om|erom|nog|duidelijk|niet|geen|tijd|even|enige|zijn|worden|moeilijk|lastig|hier|daar|"
                      r"dan|over|uit|ervan|hierbij|daarbij)\b))")
_CABINET_OPENS = re.compile(r"^\s*(?:[^\s.,;]+\s+){0,2}?het\s+kabinet\b", re.IGNORECASE)


def _read_it_as_cabinet(text: str, previous: str) -> str:
    """``text`` with an opening 'Het' read as 'Het kabinet' when ``previous`` opens with the cabinet (see _IT_ACTS)."""
    if _IT_ACTS.match(text) and _CABINET_OPENS.match(previous):
        return _IT_ACTS.sub("Het kabinet ", text, count=1)
    return text


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    signatories = [fact for fact in facts if isinstance(fact, SignatoryFact)]
    persons = [fact for fact in facts if isinstance(fact, PersonMention)]
    origins = FactsByStart([fact for fact in facts if isinstance(fact, (EventMention, ReferenceMention))])
    persons_at = FactsByStart(persons)
    bodies = FactsByStart([fact for fact in facts
                           if isinstance(fact, OrganisationMention) and fact.kind in PUBLIC_BODY_KINDS])
    post = signatories[0].post_key if signatories else None
    found: list[CommitmentFact] = []
    where: list[int] = []  # the index of each commitment's sentence
    still_open: list[int] = []  # the places in ``found`` of restated promises not kept yet, in order
    intro = ""  # the last sentence that is not a list item: what opens a list
    listed: Rule | None = None  # the rule of the items of a list of promises being read (see 'promise_lists')
    previous = ""  # the sentence before, of a text paragraph
    before: Sentence | None = None  # the sentence before, of a text paragraph
    for index, sentence in enumerate(document.sentences):
        if document.paragraphs[sentence.paragraph].kind != "text":
            continue
        item = bool(_LIST_ITEM.match(sentence.text))
        if not item:
            listed = _promise_list(document, index)
            if listed is not None:  # its items are the promises, not the sentence that opens their list
                intro = previous = sentence.text
                before = sentence
                continue
        text, previous = _read_it_as_cabinet(sentence.text, previous), sentence.text
        prior = before if before is not None and before.paragraph == sentence.paragraph else None
        before = sentence
        rule = commitment_rule(text, document.head.date, intro if item else None,
                               partial(_names_within, bodies, sentence.span.start, sentence.span.end),
                               after_promise=bool(where) and where[-1] == index - 1,
                               previous=prior.text if prior is not None else None)
        if not item:
            intro = sentence.text
        elif rule is None and listed is not None and _goes_on_intro(sentence.text):
            rule = listed  # '– u voor de zomer te informeren over ...;' under 'heb ik uw Kamer toegezegd:'
        if rule is None:
            if still_open:  # else nothing to keep: the pointers need not be searched
                _keep_pointed_at(document, sentence, found, still_open, [index - where[at] for at in still_open])
            continue
        due_text, due = _due(sentence.text, document.head.date)
        # an item of a list of promises is read with the sentence that opens it ('heb ik toegezegd:' restates)
        kind, status, keeping = commitment_life(f"{intro} {sentence.text}" if rule is listed else sentence.text,
                                                rule, document.head.date)
        inside = origins.within(sentence.span.start, sentence.span.end)
        made_at, made_on, origin = _origin(inside) if kind != "new" else (None, None, None)
        # 'Dat zeg ik toe.' says what it promises in the sentence before: the promise is the two of them
        span = sentence.span
        if prior is not None and (not where or where[-1] != index - 1) and any(
                cue.pattern.search(sentence.text) for cue in LEANS_BACK):
            span = Span(prior.span.start, sentence.span.end)
        found.append(CommitmentFact(
            evidence=evidence(document, span, EXTRACTOR_ID, rule.name),
            text=re.sub(r"\s+", " ", document.text[span.start:span.end]).strip(), number=len(found) + 1,
            due=due, due_text=due_text, post=post,
            requested_by=_requested_by(sentence, persons_at),
            kind=kind, status=status, made_at=made_at, made_on=made_on, origin=origin,
            kept_by=evidence(document, sentence.span, EXTRACTOR_ID, keeping) if keeping else None,
            cites=_cites(inside)))
        where.append(index)
        if found[-1].kind == "restated" and found[-1].status != "kept":
            still_open.append(len(found) - 1)
    _keep_by_opening(document, found, where)
    return list(found)


def commitment_life(sentence: str, rule: Rule, letter_date: date | None = None) -> tuple[str, str, str | None]:
    """(kind, status, keeping cue) of a commitment sentence: new/restated/kept, open/kept/unknown as this
    sentence tells, and the id of the 'keeping' cue when the sentence keeps the promise itself."""
    restated = rule.id in RESTATING_RULES or any(cue.pattern.search(sentence) for cue in EARLIER)
    future = any(cue.pattern.search(sentence) for cue in FUTURE)
    for cue in KEEPING:
        if cue.fields.get("needs_earlier") and (not restated or future):
            continue
        if cue.pattern.search(sentence):
            return "kept", "kept", cue.id
    if not restated:
        return "new", "open", None
    if any(cue.pattern.search(sentence) for cue in DELAYS):
        return "restated", "unknown", None
    return "restated", "open" if future or _due_time_ahead(sentence, letter_date) else "unknown", None


def _keep_pointed_at(document: Document, sentence: Sentence, found: list[CommitmentFact], still_open: list[int],
                     back: list[int]) -> None:
    """'Deze toezeggingen doe ik met deze brief gestand': the restated promises before it are kept
    (the plural keeps all of them, the singular the nearest), with this sentence as evidence.

    ``still_open`` are the places in ``found`` of the restated promises not kept yet (those kept
    here leave it); ``back`` says how many sentences back each of them stands; a pointer with
    ``within`` reaches only that far ('U ontvangt het als bijlage bij deze brief')."""
    for cue in POINTERS:
        match = cue.pattern.search(sentence.text)
        if match is None:
            continue
        within = int(cue.fields.get("within") or 0)
        open_ones = [i for i, steps in zip(still_open, back) if not within or steps <= within]
        if not open_ones:
            continue
        kept_by = evidence(document, sentence.span, EXTRACTOR_ID, cue.id)
        chosen = open_ones if re.search(r"toezeggingen", match.group(0), re.IGNORECASE) else open_ones[-1:]
        for i in chosen:
            found[i] = replace(found[i], status="kept", kept_by=kept_by)
        kept = set(chosen)
        still_open[:] = [i for i in still_open if i not in kept]
        return


_WORD = re.compile(r"[^\W\d_]{5,}")


def _keep_by_opening(document: Document, found: list[CommitmentFact], where: list[int]) -> None:
    """A first paragraph that recalls a promise to inform about something the letter goes on to tell
    of: the letter keeps it (evidence: the first later sentence that names it), unless it says it cannot yet."""
    opening = [i for i, p in enumerate(document.paragraphs) if p.kind == "text"
               and document.body.start <= p.span.start < document.body.end][:2]
    for i, (fact, index) in enumerate(zip(found, where)):
        sentence = document.sentences[index]
        if fact.kind != "restated" or fact.status == "kept" or sentence.paragraph not in opening:
            continue
        if any(cue.pattern.search(sentence.text) for cue in FUTURE):
            continue
        for cue in OPENING:
            match = cue.pattern.search(sentence.text)
            if not match:
                continue
            generic = {str(word) for word in cue.fields.get("generic") or ()}
            topic = {word.lower() for word in _WORD.findall(match.group("about")) if word.lower() not in generic}
            later = [s for s in document.sentences[index + 1:]
                     if document.paragraphs[s.paragraph].kind == "text" and s.span.start < document.body.end]
            naming = [s for s in later if topic & {word.lower() for word in _WORD.findall(s.text)}]
            if len(naming) < 2 or any(delay.pattern.search(s.text) for s in later[:3] for delay in DELAYS):
                continue
            found[i] = replace(fact, status="kept", kept_by=evidence(document, naming[0].span, EXTRACTOR_ID, cue.id))
            break


def _origin(inside: Sequence[Fact]) -> tuple[str | None, str | None, tuple[str, int, int] | None]:
    """Where an earlier promise was made: the debate in its sentence, else the letter or motion it cites."""
    for fact in inside:
        if isinstance(fact, EventMention):
            return fact.label, fact.date, ("event", fact.evidence.start, fact.evidence.end)
    for fact in inside:
        if isinstance(fact, ReferenceMention):
            return (fact.text, fact.date.isoformat() if fact.date else None,
                    ("reference", fact.evidence.start, fact.evidence.end))
    return None, None, None


def _cites(inside: Sequence[Fact]) -> tuple[str, ...]:
    """The letters a commitment's sentence cites: 'kst-29279-302', or 'brief@2019-06-03' by its date."""
    cited: list[str] = []
    for fact in inside:
        if not isinstance(fact, ReferenceMention):
            continue
        if fact.official_id and fact.official_id.startswith("kst-"):
            cited.append(fact.official_id.lower())
        elif fact.kind in ("kamerstuk", "brief") and fact.identifier and re.fullmatch(r"[\w-]+", fact.identifier):
            cited.append("kst-" + fact.identifier.lower())
        if fact.kind == "brief" and fact.date:
            cited.append(f"brief@{fact.date.isoformat()}")
    return tuple(dict.fromkeys(cited))


def candidate_rules(sentence: str) -> list[Rule]:
    """The rules whose pattern may match ``sentence``, in their order: those holding a word of the
    sentence (or no words), less those missing what they need besides (``_NEEDS``). Every rule left
    out surely does not match; a sentence whose letters case-fold oddly gets every rule."""
    lowered = None if rules.folds_oddly(sentence) else sentence.lower()
    if lowered is None:
        return list(RULES)
    words = _ALL_RULE_WORDS if _FIRST_PERSON.search(lowered) else _WORDS_WITHOUT_FIRST_PERSON
    places = sorted(_ALWAYS_SEARCHED.union(*[_RULES_OF_WORD[word] for word in words if word in lowered]))
    return [RULES[at] for at in places
            if (needs := _NEEDS.get(RULES[at].id)) is None or needs(lowered)]


def commitment_rule(sentence: str, letter_date: date | None = None, intro: str | None = None,
                    public_bodies: Callable[[], frozenset[str]] = frozenset,
                    after_promise: bool = False, previous: str | None = None) -> Rule | None:
    """The rule by which ``sentence`` is a commitment, or None when it is not one.

    ``intro`` is the sentence that opens the list ``sentence`` is an item of, if it is one;
    ``letter_date`` tells dates past from dates ahead; ``public_bodies`` gives the names of the public
    bodies (ministries, agencies, inspectorates) the sentence names, as written (asked only when needed);
    ``after_promise`` says whether the sentence before it is a commitment (see ``Cancel.unless_after_promise``);
    ``previous`` is the sentence before it in its paragraph, if any (see ``Rule.previous``).
    """
    sentence = _LIST_ITEM.sub("", sentence, count=1)  # '– Verder wordt ...' is read as 'Verder wordt ...'
    for rule in candidate_rules(sentence):
        match = rule.pattern.search(sentence)
        if not match:
            continue
        if rule.previous is not None and (previous is None or not rule.previous.search(previous)):
            continue  # 'De termijn wordt verlengd' counts only right after an answer to advice
        if rule.public_body and not _opens_with_body(match, public_bodies(), whole=rule.body_only):
            continue  # 'De Europese Commissie zal ...' tells of another's plan
        if rule.needs_due_time and not _due_time_ahead(_clause_of(sentence, match), letter_date):
            continue  # 'Met deze brief informeer ik u over ...' reports, it does not promise
        if rule.not_in_past and _years_past(sentence[:match.start() + 1], letter_date):
            continue  # 'In 2015 stelt het kabinet een commissie in' tells what was done (a year put before the step)
        if any(cancel.applies(rule) and _cancelled(cancel, sentence, match, intro, after_promise)
               for cancel in CANCELS):
            continue
        return rule
    return None


def _names_within(bodies: FactsByStart[OrganisationMention], start: int, end: int) -> frozenset[str]:
    """The names, as written, of the organisations in ``bodies`` named between ``start`` and ``end``."""
    return frozenset(body.name for body in bodies.within(start, end))


_ACRONYM_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*")  # what may follow a body's name in a subject: '(IND)'
# the signatory's own ministry, unnamed, is a public body too: 'Het ministerie zal ...', 'Mijn departement past ... aan'
_OWN_MINISTRY = re.compile(r"(?:(?:mijn|ons)\s+)?(?:ministerie|departement)\b(?!\s+van\b)", re.IGNORECASE)


def _opens_with_body(match: re.Match[str], public_bodies: frozenset[str], whole: bool = False) -> bool:
    """Whether the group 'body' of ``match`` opens with one of ``public_bodies`` (after 'de'/'het'); with
    ``whole``, whether it is one of them and nothing more but an acronym in brackets ('De IND (...) past ...',
    not 'De IND concludeert dat ... bij het verstrekken')."""
    subject = _ARTICLE.sub("", re.sub(r"\s+", " ", match.group("body") or ""))
    own = _OWN_MINISTRY.match(subject)
    if own and (not whole or _ACRONYM_AFTER.fullmatch(subject, own.end())):
        return True
    for name in public_bodies:
        name = re.sub(r"\s+", " ", name)
        if subject.startswith(name) and (not whole or _ACRONYM_AFTER.fullmatch(subject, len(name))):
            return True
    return False


def _cancelled(cancel: Cancel, sentence: str, match: re.Match[str], intro: str | None,
               after_promise: bool = False) -> bool:
    if cancel.where == "list intro":
        return intro is not None and cancel.pattern.search(intro) is not None
    return cancel.fires(sentence, match, after_promise)


def _clause_of(sentence: str, match: re.Match[str]) -> str:
    """Where a rule's time ahead must stand: the sentence, or the clause the match ends with ';' ('De regeling
    wordt op 1 maart opengesteld; ...'), so that a time of the next clause is not its time ('De regels worden
    aangescherpt; de verordeningen treden op 13 december in werking'); a match that opens after a colon, the
    sentence from there ('De eerste aanbeveling, om zo spoedig mogelijk X, is al uitgevoerd: X wordt sindsdien
    ... geactualiseerd' takes no time from before the colon)."""
    if match.group(0).endswith(";"):
        return sentence[match.start():match.end()]
    return sentence[match.start():] if match.group(0).startswith(":") else sentence


def _due_time_ahead(sentence: str, letter_date: date | None = None) -> bool:
    """Whether the sentence names a time ahead ('voor de zomer', 'jaarlijks'), not one past ('in het
    afgelopen jaar', 'in de brief van 2 december')."""
    return any(not re.search(r"afgelopen|vorig|verleden|sinds", match.group(0), re.IGNORECASE)
               and not _years_past(match.group(0), letter_date) and not _part_past(match.group(0), letter_date)
               for match in _HAS_DUE_TIME.finditer(_mask_past(sentence, letter_date)))


def _years_past(text: str, letter_date: date | None) -> bool:
    """Whether ``text`` names years and all of them lie before the letter's year ('in 2021')."""
    years = [int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return bool(years and letter_date and all(year < letter_date.year for year in years))


def _part_past(text: str, letter_date: date | None) -> bool:
    """Whether ``text`` names a quarter or half of a year that ended before the letter ('het eerste halfjaar
    2019' in July 2019), as kg/domain/dates.py reads it (its last month)."""
    if letter_date is None:
        return False
    month = f"{letter_date.year:04d}-{letter_date.month:02d}"
    return any(found.rule in ("quarter", "half year") and found.value is not None and found.value < month
               for found in find_dates(text, letter_date, future=True))


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a month or a season is past only with its year written


def _mask_past(sentence: str, letter_date: date | None, *, months_and_years: bool = False) -> str:
    """``sentence`` with the dates of earlier letters and debates, and days before the letter, blanked; with
    ``months_and_years`` also a month or a year written with its year before the letter ('de NAVO-top in Wales
    in september 2014' in a letter of 2016: no due time). (Not when asking whether a sentence names a time
    ahead: 'Na de verwerking in 2019' would leave 'Na de verwerking', which reads as one.)"""
    masked = sentence
    for found in find_dates(sentence, letter_date):
        if _PAST_LETTER_DATE.search(sentence[:found.start]) or _before_letter(found, letter_date, months_and_years):
            masked = masked[:found.start] + " " * (found.end - found.start) + masked[found.end:]
    return masked


def _before_letter(found: DateExpression, letter_date: date | None, months_and_years: bool) -> bool:
    """Whether a date expression names a day before the letter, or (``months_and_years``) a month or a year
    written with its year that ended before the letter's."""
    if not found.value or letter_date is None:
        return False
    if len(found.value) == 10:
        return found.value < letter_date.isoformat()
    return months_and_years and _WRITTEN_YEAR.search(found.text) is not None \
        and found.value < letter_date.isoformat()[:len(found.value)]


def _due(sentence: str, letter_date: date | None) -> tuple[str | None, str | None]:
    """The due time, leaving out dates of earlier letters and debates."""
    due_text, due = due_date(_mask_past(sentence, letter_date, months_and_years=True), letter_date)
    return (re.sub(r"\s+", " ", due_text).strip() if due_text else None), due


def _requested_by(sentence: Sentence, persons: FactsByStart[PersonMention]) -> str | None:
    match = _REQUESTED.search(sentence.text)
    if not match:
        return None
    start = sentence.span.start + match.start("name")
    named = persons.within(start, start + len(match.group("name")) + 1)
    return named[0].key if named else split_name(match.group("name")).key


EXTRACTOR = Extractor(NAME, VERSION, run,
                      requires=("signatories", "organisations", "persons", "references", "events"),
                      produces="CommitmentFact")
