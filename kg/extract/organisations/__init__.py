"""Organisations: register entries found in a letter, and organisations the register does not know.

Rules, in the order they claim text (a later rule never takes text an earlier one claimed):

1. ``register``: every written form of an entry of kg/data/organisations.json (name, acronym,
   aliases). Forms of one word (acronyms, ``Trouw``) match with their case; longer names match
   whatever their case; two letters after four digits before a place are a postcode (``2500 EK Den
   Haag``), not an acronym. ``uw Kamer`` / ``de Kamer`` is the chamber the letter is addressed to
   (the Tweede Kamer when the letter names no addressee). A nationality adjective before the name of a
   public body makes it that country's body (``het Turkse ministerie van Buitenlandse Zaken``), as it does
   before a noun of one (``de Belgische marine``, ``de Roemeense arbeidsinspectie``). A one-word name alone
   on its line is a heading naming a topic (``Rechtspraak``), unless the letter names the body elsewhere.
   An acronym right after a reference label (``Ons kenmerk BZ/2008/1437 M``) is a file code, not a mention.
   A form of an article and one word keeps the word's capital (``de Rechtspraak``; ``de rechtspraak van het Hof`` is
   case law); a name in a law's title is claimed and mentions nothing (``de Instellingswet Wetenschappelijke Raad
   voor het Regeringsbeleid``); a one-word name after the noun of its kind is written with it (``Dienst Justis``).
2. ``letterhead``: the ministry, directorate-general, directorate and unit of the letter head; a line that opens
   with an address label (``Bezoekadres``) is none of them.
3. ``definition``: ``Full Name (ACR)`` when the initials of the words before the bracket spell
   the acronym and the name has an organisation head noun (Dienst, Commissie, Vereniging,
   Team, ...); ``X (hierna: Y)``, ``(hierna Y)``, ``(verder te noemen: Y)``, ``hierna te
   noemen Y`` make Y a name of the organisation X. A defined acronym or alias that recurs
   is a mention of the same organisation. A name of two words or more after an article, with a head noun,
   is defined by an acronym in brackets its words do not spell too (``de Centrale Ondernemingsraad Defensie
   (COR)``, ``de Wereldorganisatie voor diergezondheid (OIE)``), also when a register name ends it (``de
   Landelijke Ondernemingsraad Politie (LOR)``), but not when that name is the body it belongs to (``het
   Directoraat-generaal Humanitaire Hulp van de Europese Commissie (ECHO)``).
4. ``head noun``: a capitalised head noun followed by a name (``Raad van Toezicht``,
   ``Commissie van onderzoek COA``); ``commissie De Leeuw`` (a committee named after a
   person); ``onderzoeksbureau Integis``; ``unit 1F``; ``team herbeoordelingen asiel`` when
   the letter names the team more than once. A name ends before an address-block word or the
   head of a next unit (``Directoraat-Generaal X Afdeling Y Postbus ...`` is two units), and
   ``Inspectie OOV`` joins ``Inspectie Openbare Orde en Veiligheid`` when the letter has both.
   Adjectives before the head belong to the name (``Nederlands Instituut voor ...``, ``Groninger
   Gasberaad``), as does the first half of a coordinated compound (``Land- en Tuinbouworganisatie``), and so does
   one proper name before a university or institute (``de Erasmus Universiteit Rotterdam``);
   ``X en Y`` is two names when Y has a head noun of its own. A ``Stichting`` or ``Vereniging``
   whose name goes on past a register name is an organisation of its own. A committee of the
   Kamer keeps its whole topic (``vaste commissie voor Sociale Zaken en Werkgelegenheid``,
   ``commissie voor Immigratie & Asiel / JBZ-Raad``) up to another organisation. A head noun followed by an
   article and another body (``informeerde de Commissie de Raad``) is two bodies, not a name; the second half
   of a coordinated compound belongs to the name (``Meldpunt Geneesmiddelentekorten en -defecten``), and so do
   topics listed with commas up to an acronym in brackets (``Raad Justitie, Vrijheid en Veiligheid (JVV)``).
   Cue patterns marked ``early`` are tried before the head nouns: English names that end in
   their head noun (``Standards in Public Office Commission``).
   Then the cue patterns of kg/data/organisation_cues.json: ``azc Budel``, ``PI Vught``,
   ``de rechtbank Amsterdam``, ``de provincie Groningen``, ``Waterschap Vechtstromen``, ``X B.V.``,
   ``X Onderzoek en Advies``,
   one-word bodies (``Onderwijsraad``, ``Museumvereniging``), a body after a noun of its kind
   (``de koepelorganisatie Arcares``, and after any compound of ``organisatie`` or ``vereniging``, in capitals
   too: ``de besturenorganisatie VOS/ABB``, ``de cadettenvereniging ARGO``), a bank (``de IJslandse bank
   Landsbanki``), a mission by its acronym (``de grensbewakingsmissie EUBAM Libië``), a ministry in its own
   language (``het Duitse Bundesministerium des Innern``), a company after a noun of its trade (``het
   softwarebedrijf Citrix``, ``de ICT-dienstverlener Pink Roccade``), ``de politie``,
   a ministry by its portfolio (``bij Defensie``), ``de directie X``, a task force named in lower case after an article
   (``de Taskforce versnelling huisvesting vergunninghouders,``). Then the places listed after a plural noun of
   their bodies (``de gemeenten Westland en Venlo``: a ``gemeente`` each), and the names listed after a
   plural noun of a kind of organisation (``fabrikanten als Pfizer en Teva``, ``werkgevers in de vleessector, waaronder
   Vion en Westfort``).
5. ``defined head noun``: ``de Inspectie`` / ``het Hof`` alone, when exactly one organisation
   found in the letter carries that head noun.
6. ``article acronym``: an acronym after an article (``het RIC``) that the letter does not
   define as something else and that is not on the list of acronyms that are not
   organisations (EVRM, BRP, AZC, ...); with a capitalised name after it, the two name one body (``het MC
   Slotervaart``).

Last, a name followed by a comma and its kind of body (``Kences, de branchevereniging van ...``), a
capitalised name coordinated with an organisation found already, with an article, as the subject of a
plural verb (``de Dierenbescherming en Wakker Dier vragen``) or before a participle of asking (``Ik heb ActiZ en
Verenso gevraagd``); and a name the register does not hold right
before a register acronym in brackets (``de Raad voor Dieraangelegenheden (RDA)``) is that register
organisation written another way, as a committee named after a person in brackets after an organisation
(``het Aanjaagteam Bescherming Arbeidsmigranten (de commissie-Roemer)``) is that organisation's nickname.
A legal form right after a name found by any rule belongs to it (``SNS Bank N.V.``); the names right after a
plural noun of their kind are bodies of that kind (``de drinkwaterbedrijven Evides en Oasen``).

Generic nouns (``het kabinet``, ``de advocatuur``) are never organisations; all-caps words in
headings (``BRIEF``, ``MOTIE``) are not either. A footnote marker the cleaning left glued to a
word (``Veiligheid2``) is read as a space.

The package, in layers (each part imports only those above it):

    data.py          the register and the cue file's word lists, read once; the names the rules share
    forms.py         written names in running text: patterns, fast finders, and ``_Found``
    registered.py    rules 1 and 2: register names, the addressed chamber, the letter head
    definitions.py   rule 3: acronyms and aliases the letter defines, and their later uses
    head_nouns.py    rule 4: head-noun phrases, committees, bureaus, units and teams
    cues.py          rule 4: the cue patterns of kg/data/organisation_cues.json
    lists.py         rule 4: places and names listed after a plural noun of their kind
    bare_names.py    rules 5 and 6: a bare head noun, an acronym after an article
    coordination.py  last: names coordinated with a body, or followed by a comma and its kind
    renames.py       last: one body written two ways, and legal forms after a name
    run.py           the extractor: the rules in order, the facts, ``PLAIN_FORMS``
"""
from __future__ import annotations

from .bare_names import _ARTICLE_ACRONYM, _heads_after_article, head_after_article_pattern
from .cues import cue_patterns
from .data import (
    _DASHES,
    COMPANY_BUREAUS,
    CUES_FILE,
    HEAD_NOUNS,
    KINDS,
    NOT_ORGANISATIONS,
    Register,
    RegisterEntry,
    name_key,
    register,
)
from .definitions import _REVERSED
from .forms import (
    _form_occurrences,
    _is_word,
    _literal_occurrences,
    _substring_searchable,
    acronym_pattern,
    name_pattern,
)
from .head_nouns import (
    _COMPANY,
    _HEAD_PHRASE,
    _NAMED_COMMITTEE,
    _NAMED_COMMITTEE_STARTS,
    _TEAM,
    _TEAM_STARTS,
    _TOPIC_COMMITTEE,
    _TOPIC_COMMITTEE_STARTS,
    _UNIT,
    _UNIT_STARTS,
    _matches_from,
)
from .lists import _PLURAL_KIND_NAMES
from .registered import _CHAMBER
from .run import (
    _GLUED_MARKER,
    EXTRACTOR,
    EXTRACTOR_ID,
    NAME,
    PLAIN_FORMS,
    VERSION,
    _blank_glued_markers,
    find_organisations,
    run,
)

# the extractor's names, and the private ones the tests read (each pattern of ``PLAIN_FORMS`` among them)
__all__ = [
    "COMPANY_BUREAUS", "CUES_FILE", "EXTRACTOR", "EXTRACTOR_ID", "HEAD_NOUNS", "KINDS", "NAME", "NOT_ORGANISATIONS",
    "PLAIN_FORMS", "Register", "RegisterEntry", "VERSION", "acronym_pattern", "cue_patterns", "find_organisations",
    "head_after_article_pattern", "name_key", "name_pattern", "register", "run",
    "_ARTICLE_ACRONYM", "_CHAMBER", "_COMPANY", "_DASHES", "_GLUED_MARKER", "_HEAD_PHRASE", "_NAMED_COMMITTEE",
    "_NAMED_COMMITTEE_STARTS", "_PLURAL_KIND_NAMES", "_REVERSED", "_TEAM", "_TEAM_STARTS", "_TOPIC_COMMITTEE",
    "_TOPIC_COMMITTEE_STARTS", "_UNIT", "_UNIT_STARTS", "_blank_glued_markers", "_form_occurrences",
    "_heads_after_article", "_is_word", "_literal_occurrences", "_matches_from", "_substring_searchable",
]
