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
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

from ..domain import rules
from ..domain.dates import MONTHS
from ..domain.keys import slug
from ..domain.model import Document, Fact, OrganisationMention, Span
from ..domain.resources import data_file
from . import WHOLE_WORD, Anchored, Claims, Extractor, evidence, lowered

NAME, VERSION = "organisations", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"

KINDS = ("ministry", "agency", "inspectorate", "ngo", "committee", "parliament", "party", "company",
         "court", "international", "unit", "other")

CUES_FILE = "organisation_cues.json"
# head noun (lower case, also as the end of a compound) -> kind of the organisation it names
HEAD_NOUNS: dict[str, str] = dict(rules.value(CUES_FILE, "head_nouns", dict))
COMPANY_BUREAUS = ("adviesbureau", "onderzoeksbureau", "accountantskantoor", "advieskantoor",
                   "ingenieursbureau", "consultancybureau", "bureau")

# acronyms that name something other than an organisation (laws, documents, procedures, people)
NOT_ORGANISATIONS = frozenset("""
    AA AMV AMV'S AMVB AMvB AVG AZC AZC'S BRIEF BRP BSN BV CAO CEO DG EES ETIAS EURODAC EVRM GGZ
    HR HRM ICT ID IT IVRK KB LHBTI LHBTIQ LHBTIQ+ MOTIE MVV NAP NB NOOT NR NV OK PDF PG POH SG
    SIS TBS TWV VIS VOG VWEU WOB WOO VW VB VC ISD BOA MPP AI EU-VK UK VK VS USA NL WI BBP
    MIRT PGB WMO AOW ANW WW WIA WAO BTW ZZP MKB RES SDE ISDE NOW TOZO TVL IBO WOZ OZB BNP EMU PFAS
    MBO HBO VMBO HAVO VWO NT2 EPD BNC MFK
""".split())  # the second line: schemes, laws, taxes, sectors and levels of education ('het MIRT', 'de WW')
_DASHES = "\u2010\u2011\u2012\u2013\u2014-"  # hyphen last: safe inside [...]
_SPACES = re.compile(r"\s+")  # a run of white space, written as one space in a name


@dataclass(frozen=True)
class RegisterEntry:
    """One organisation of the register."""

    id: str
    name: str
    kind: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    successor: str | None = None
    same_as: tuple[str, ...] = ()
    lookup_only: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form that is matched in running text."""
        return tuple(dict.fromkeys(f for f in (self.name, self.acronym, *self.aliases) if f))


@dataclass(frozen=True)
class Register:
    """The curated organisations, with a lookup by any of their names."""

    entries: dict[str, RegisterEntry]
    by_name: dict[str, str] = field(default_factory=dict)  # name_key(form) -> id

    def get(self, entry_id: str) -> RegisterEntry | None:
        return self.entries.get(entry_id)

    def lookup(self, name: str) -> RegisterEntry | None:
        """The entry one of whose names (or lookup-only forms) is ``name``, ignoring case and accents."""
        entry_id = self.by_name.get(name_key(name))
        return self.entries[entry_id] if entry_id else None


# register lookups ask for the same words and names again and again (this cache, _canonical_form's and
# _head_words': 1.8% of a build, docs/fast-paths.md; name_key serves resolution too)
@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Key for comparing names: no case, accents, articles or punctuation."""
    key = slug(re.sub(rf"[{_DASHES}]", "-", name), limit=200)
    return re.sub(r"^(?:de|het|the)-", "", key)


@cache
def register() -> Register:
    """The register shipped in kg/data/organisations.json (read once)."""
    name = "organisations.json"
    entries: dict[str, RegisterEntry] = {}
    by_name: dict[str, str] = {}
    for row in rules.entries(name, "organisations", ("id", "name", "kind")):
        kind = rules.choice(name, row["id"], "kind", row["kind"], KINDS)
        entry = RegisterEntry(id=row["id"], name=row["name"], kind=kind,
                              acronym=row.get("acronym"),
                              aliases=tuple(row.get("aliases") or ()), parent=row.get("parent"),
                              successor=row.get("successor"), same_as=tuple(row.get("same_as") or ()),
                              lookup_only=tuple(row.get("lookup_only") or ()))
        entries[entry.id] = entry
    for entry in entries.values():  # names first, so that an acronym never shadows a name
        by_name.setdefault(name_key(entry.name), entry.id)
    for entry in entries.values():
        for form in (*entry.aliases, entry.acronym, *entry.lookup_only):
            if form:
                by_name.setdefault(name_key(form), entry.id)
    for entry in entries.values():
        for ref in (entry.parent, entry.successor):
            if ref and ref not in entries:
                raise rules.DataFileError(data_file(name), f"refers to unknown entry {ref!r}", entry.id)
    return Register(entries=entries, by_name=by_name)


# ---------------------------------------------------------------- register matching

def _form_pattern(form: str) -> str:
    """A regex for one written form: flexible spaces and dashes; case-free when it has several words."""
    parts: list[str] = []
    for char in form:
        if char.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char in _DASHES:
            parts.append(rf"[{_DASHES}]")
        elif char in "'’":
            parts.append("['’]")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    return f"(?i:{body})" if re.search(r"\s", form) else body


@lru_cache(maxsize=4096)  # the same matched names recur in every letter
def _canonical_form(text: str) -> str:
    """Spaces, dashes and apostrophes written one way, so that a matched text finds its form."""
    text = _SPACES.sub(" ", text.strip())
    text = re.sub(rf"[{_DASHES}]", "-", text)
    return text.replace("’", "'")


def _trie_pattern(forms: Iterable[str]) -> str:
    """A regex matching any of ``forms`` (longest first along each path), built as a character trie.

    One alternation of hundreds of names is slow in Python's regex engine; a trie shares prefixes.
    Spaces match any whitespace run, dashes any dash, apostrophes either apostrophe.
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in _canonical_form(form):
            node = node.setdefault(char, {})
        node[""] = {}

    def edge(char: str) -> str:
        if char == " ":
            return r"\s+"
        if char == "-":
            return f"[{_DASHES}]"
        if char == "'":
            return "['’]"
        return re.escape(char)

    def render(node: dict) -> str:
        branches = [edge(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


# a register form of an article and one word ('de Rechtspraak', 'Het Parool')
_ARTICLE_AND_WORD = re.compile(r"(?P<article>[Dd]e|[Hh]et) (?P<word>[^\s]+)")


@cache
def _register_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str]]:
    """Two tries of the register's forms: one-word forms with their case, longer forms without.

    Returns the case-sensitive pattern, the pattern for lower-cased text, and the maps from a
    matched (canonical) text to the entry id.
    """
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for entry in register().entries.values():
        for form in entry.forms:
            canonical = _canonical_form(form)
            article = _ARTICLE_AND_WORD.fullmatch(canonical)
            if article is not None and article.group("word").lower() not in HEAD_NOUNS:
                # 'de Rechtspraak', 'de Dierenbescherming': the word keeps its capital ('de rechtspraak van het
                # Hof' is case law), the article takes either ('De Rechtspraak' opens a sentence)
                word = article.group("word")
                exact.setdefault(f"de {word}" if article.group("article").lower() == "de" else f"het {word}", entry.id)
                exact.setdefault(f"De {word}" if article.group("article").lower() == "de" else f"Het {word}", entry.id)
            elif " " in canonical:
                folded.setdefault(canonical.lower(), entry.id)
            else:
                exact.setdefault(canonical, entry.id)
    return (re.compile(rf"(?<![\w{_DASHES}])(?:{_trie_pattern(exact)})(?!\w)(?![{_DASHES}][A-Z])"),
            re.compile(rf"(?<![\w{_DASHES}])(?:{_trie_pattern(folded)})(?!\w)(?![{_DASHES}]\w)"),
            exact, folded)


def _lower_same_length(text: str) -> str:
    """Lower case, keeping every character in place (offsets stay valid)."""
    lower_case = text.lower()
    if len(lower_case) == len(text):
        return lower_case
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def _is_word(char: str) -> bool:
    """Is ``char`` what ``\\w`` matches in a str pattern (a letter, digit or underscore)?"""
    return char.isalnum() or char == "_"


_ANY_DASH = frozenset(_DASHES)
_ANY_APOSTROPHE = frozenset("'’")


def name_pattern(form: str) -> str:
    """A written name or defined alias where it stands as a word: not after a letter, digit or dash,
    not before a letter or digit, nor before a dash and a capital ('RIC-Noord' is another name)."""
    return rf"(?<![\w{_DASHES}]){_form_pattern(form)}(?!\w)(?![{_DASHES}][A-Z])"


def acronym_pattern(acronym: str) -> str:
    """An acronym where it stands as a word, with its plural ('s): not after or before a letter, digit or dash."""
    return rf"(?<![\w{_DASHES}]){_form_pattern(acronym)}(?:['’]s)?(?![\w{_DASHES}])"


def _literal_occurrences(text: str, literal: str, ends: str) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(name_pattern(literal), text)`` (``ends`` "name") or of
    ``acronym_pattern(literal)`` ("acronym"), found faster, for a form without spaces that does not
    start with a dash or apostrophe (``_substring_searchable``).

    A substring search for the form up to its first dash or apostrophe and a look at the characters
    around each occurrence: no pattern to compile per written form, and no regex scan of the whole
    letter per form (7.7% of a build, docs/fast-paths.md).
    """
    size, length = len(literal), len(text)
    flexible = [(index, _ANY_DASH if char in _ANY_DASH else _ANY_APOSTROPHE)
                for index, char in enumerate(literal) if char in _ANY_DASH or char in _ANY_APOSTROPHE]
    anchor = literal[:flexible[0][0]] if flexible else literal
    if not anchor or any(char.isspace() for char in literal):
        raise ValueError(f"not a form for a substring search: {literal!r}")
    pos = 0
    while (start := text.find(anchor, pos)) >= 0:
        end = start + size
        if start and (_is_word(before := text[start - 1]) or before in _DASHES) or \
                flexible and not _rest_matches(text, start, literal, flexible):
            pos = start + 1
            continue
        after = text[end] if end < length else ""
        if ends == "name":
            if after and (_is_word(after) or after in _DASHES and end + 1 < length and "A" <= text[end + 1] <= "Z"):
                pos = start + 1
                continue
        else:
            if after in ("'", "’") and text[end + 1:end + 2] == "s" and \
                    not (end + 2 < length and (_is_word(text[end + 2]) or text[end + 2] in _DASHES)):
                end += 2
            elif after and (_is_word(after) or after in _DASHES):
                pos = start + 1
                continue
        yield start, end
        pos = end


def _rest_matches(text: str, start: int, literal: str, flexible: list[tuple[int, frozenset[str]]]) -> bool:
    """Does ``text`` at ``start`` hold ``literal``, each flexible position holding one of its characters?"""
    if start + len(literal) > len(text):
        return False
    previous = 0
    for index, allowed in flexible:
        if text[start + previous:start + index] != literal[previous:index] or text[start + index] not in allowed:
            return False
        previous = index + 1
    return text[start + previous:start + len(literal)] == literal[previous:]


def _substring_searchable(form: str) -> bool:
    """Can ``_literal_occurrences`` find ``form`` (no space in it, and it starts with neither dash nor apostrophe)?"""
    return bool(form) and form[0] not in _ANY_DASH and form[0] not in _ANY_APOSTROPHE and \
        not any(char.isspace() for char in form)


_WORD_CHAR = r"\w"
_WORD_OR_HYPHEN = r"[\w-]"
_WORD_OR_DASH = rf"[\w{_DASHES}]"


def _after_word_start(first: str, before: str = _WORD_OR_DASH) -> str:
    """``first`` (one character, or a class of them) followed by ``(?<!BEFORE FIRST)``.

    A pattern that opens with a look-behind, ``(?<![\\w-])Name``, makes Python's regex engine try
    every position of the letter; written ``N(?<![\\w-]N)ame`` it matches the same text, but the
    engine first skips to the positions holding a possible first character (the look-behinds first
    cost 10-18% of a build, docs/fast-paths.md). The patterns below
    are written this way; ``PLAIN_FORMS`` gives each one's plain form (tests compare the two).
    """
    return f"{first}(?<!{before}{first})"


_CHAMBER = re.compile(rf"(?:{_after_word_start('U', _WORD_CHAR)}w\s+Kamer|"
                      rf"{_after_word_start('u', _WORD_CHAR)}w\s+Kamer|"
                      rf"{_after_word_start('d', _WORD_CHAR)}e\s+Kamer(?!\s+van\b))(?!\w)")


@dataclass(frozen=True)
class _Found:
    """An organisation mention found by one rule, before it becomes a fact."""

    span: Span
    written: str
    key: str
    name: str
    kind: str
    rule: str
    acronym: str | None = None
    parent: str | None = None
    in_register: bool = False
    aliases: tuple[str, ...] = ()


def _named(text: str, span: Span, name: str, kind: str, rule: str, parent: str | None = None,
           aliases: tuple[str, ...] = ()) -> _Found:
    """A mention of a body under ``name`` (its key made from it), written as ``text`` has it at ``span``."""
    return _Found(span=span, written=text[span.start:span.end], key=slug(name), name=name, kind=kind, rule=rule,
                  parent=parent, aliases=aliases)


def _entry_found(entry: RegisterEntry, span: Span, written: str, rule: str) -> _Found:
    return _Found(span=span, written=written, key=entry.id, name=entry.name, kind=entry.kind, rule=rule,
                  acronym=entry.acronym, parent=entry.parent, in_register=True)


def _addressed_chamber(document: Document) -> RegisterEntry | None:
    """The chamber 'uw Kamer' means: the one the letter is addressed to; None when the head does not say."""
    addressee = (document.head.addressee or "") + " " + document.text[:document.clean.head_end]
    opening = re.search(r"Aan\s+de\s+(?:[Vv]oorzitter|[Ll]eden)\s+van\s+de\s+(?:Eerste|Tweede)\s+Kamer",
                        document.text[:800])
    addressee += " " + (opening.group(0) if opening else "")
    reg = register()
    if re.search(r"Eerste\s+Kamer", addressee):
        return reg.get("eerste-kamer")
    if re.search(r"Tweede\s+Kamer", addressee):
        return reg.get("tweede-kamer")
    if re.search(r"\b[Uu]w\s+Kamer\b", document.text):  # no addressee: a letter to 'uw Kamer' goes to the Tweede Kamer
        return reg.get("tweede-kamer")
    return None


# a register name followed by one of the other countries or islands of the Kingdom names that place's own
# body ('de Nationale ombudsman van Curaçao', 'het Openbaar Ministerie van Aruba')
_OF_ANOTHER_PLACE = re.compile(r"[^\S\n]+van[^\S\n]+(?:Aruba|Curaçao|Curacao|Sint[^\S\n]+Maarten|Bonaire|"
                               r"Sint[^\S\n]+Eustatius|Saba)(?![\w-])")
_POSTCODE_DIGITS = re.compile(r"(?<!\d)\d{4}[^\S\n]?$")
_POSTCODE_PLACE = re.compile(r"[^\S\n]+(?:['’]s-)?[A-Z]|[^\S\n]*$", re.M)  # the place after it, or the line's end
# the union in an EU act's number is no mention of it: 'Verordening (EU) 2017/625', 'Richtlijn (EU) 2024/1711',
# 'Verordening (EG) nr. 1049/2001' (but 'de Raad (EU)' or 'de EU (2017)' are)
_ACT_BEFORE = re.compile(r"(?:verordening|richtlijn|besluit|beschikking|aanbeveling)[^\S\n]*\($", re.I)
# a body's name right after the head of a law's title is part of that title, no mention of the body
_LAW_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:Wet|Rijkswet|Instellingswet|Kaderwet)"
                               r"(?:[^\S\n]+op[^\S\n]+(?:de|het))?[^\S\n]+$")
# the number of an act right before a union's acronym ('2014/67/' of 'Richtlijn 2014/67/EU')
_ACT_NUMBER_BEFORE = re.compile(r"(?<![\w/])\d{2,4}/\d{1,4}/$")
_ACT_NUMBER_AFTER = re.compile(r"\)[^\S\n]*(?:nr\.?[^\S\n]*)?\d{1,4}/\d{1,4}")


# the label of a reference line of the letter head, from its line's start: an acronym after it is part of a
# file code ('Ons kenmerk BZ/2008/1437 M', 'Uw kenmerk IND-2019-12'), not a mention of the body
_REFERENCE_LINE = re.compile(r"[^\S\n]*(?:>[^\S\n]*)?(?:(?:[Oo]ns|[Uu]w|[Oo]nze)[^\S\n]+)?(?:[Kk]enmerk|[Rr]eferentie)"
                             r"(?![\w-])[^\S\n]*:?[^\S\n]*\S{0,40}$")


def _on_reference_line(text: str, start: int) -> bool:
    """Does a reference label open the line ``start`` is on, with at most one code before ``start``?"""
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    return line_start > 0 and _REFERENCE_LINE.match(text, line_start, start) is not None


_PUBLIC_KINDS = frozenset({"ministry", "agency", "inspectorate", "court", "unit"})
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[A-Z][\w-]*)[^\S\n]+$")


def _nationality_before(text: str, start: int) -> int | None:
    """Where a nationality adjective right before ``start`` begins ('het Duitse |ministerie'), else None
    ('nationality_adjectives' of kg/data/organisation_cues.json)."""
    if start < 3 or text[start - 2] != "e":
        return None  # every adjective of the list ends in 'e' ('Duitse', 'Belgische')
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return word.start("word") if word and word.group("word") in _cue_words("nationality_adjectives") else None


@cache
def _foreign_body_noun_pattern() -> re.Pattern[str]:
    """A noun of a public body ('marine', 'ministerie van Landbouw'; 'foreign_body_nouns') where it starts."""
    nouns = sorted(rules.value(CUES_FILE, "foreign_body_nouns", dict), key=len, reverse=True)
    alternatives = "|".join(f"[{noun[0].upper()}{noun[0].lower()}]{re.escape(noun[1:])}" for noun in nouns)
    portfolio = rf"{_SP}van{_SP}[A-Z][\w-]*(?:(?:,|{_SP}en)?{_SP}[A-Z][\w-]*)*"
    return re.compile(rf"(?P<noun>{alternatives})(?P<portfolio>{portfolio})?(?![\w-])")


def _foreign_bodies(text: str, claims: Claims) -> list[_Found]:
    """``de Belgische marine``, ``de Roemeense arbeidsinspectie``, ``het Franse ministerie van Landbouw``: a
    public body of another country, named by its nationality and its noun (a ministry with its portfolio).

    Each noun is found with ``str.find`` in the lower-cased text and read only after a word of three letters or
    more that ends in 'e' (every adjective does; 'de' does not count): the nouns are common, the adjectives
    before them rare."""
    folded = lowered(text) or _lower_same_length(text)
    kinds = {noun.lower(): kind for noun, kind in rules.value(CUES_FILE, "foreign_body_nouns", dict).items()}
    pattern = _foreign_body_noun_pattern()
    candidates: list[tuple[int, int, re.Match[str]]] = []
    for noun in kinds:
        at = folded.find(noun)
        while at >= 0:
            if at >= 4 and folded[at - 1] == " " and folded[at - 2] == "e" and folded[at - 4] != " " and \
                    (start := _nationality_before(text, at)) is not None and \
                    (match := pattern.match(text, at)) is not None:
                candidates.append((start, at, match))
            at = folded.find(noun, at + 1)
    found: list[_Found] = []
    for start, _, match in sorted(candidates, key=lambda candidate: candidate[:2]):
        noun = match.group("noun")
        kind = kinds[noun.lower()]
        if kind == "ministry" and noun[0].islower() and not match.group("portfolio"):
            continue  # 'het Duitse ministerie' with no portfolio: which one is not said
        span = Span(start, match.end())
        if not claims.free(span):
            continue
        claims.take(span)
        name = _SPACES.sub(" ", text[span.start:span.end])
        found.append(_named(text, span, name, kind=kind, rule="public body of another country"))
    return found


# capitalised words right after a register name, on its line: 'Tata Steel |IJmuiden', 'GGD |Hollands Noorden'
_MORE_NAME = re.compile(r"[^\S\n]+(?P<words>(?:IJ|[A-Z])[\w&+'’-]+(?:[^\S\n]+(?:IJ|[A-Z])[\w&+'’-]+)?)"
                        r"(?:[^\S\n]+(?:N\.V\.|B\.V\.))?(?![\w&+'’-])(?![^\S\n]+[A-Z])(?!\.[A-Za-z])")
# words after a company's name that name the company itself, not a part of it ('ING Groep', 'ABN AMRO Group N.V.')
_GROUP_WORDS = frozenset({"Groep", "Group", "Holding", "Holdings", "Concern"})
_MONTHS = frozenset(month.capitalize() for month in MONTHS)  # as a name's next word would be written


def _longer_name_after(text: str, end: int, entry: RegisterEntry) -> int | None:
    """Where a longer name ends that a register company's name (or a body of 'register_bodies_with_branches')
    starts: one or two capitalised words right after it that are no organisation, month or sentence opener of
    their own ('Tata Steel IJmuiden', 'Enexis Netbeheer', 'GGD Amsterdam'); else None."""
    if entry.kind != "company" and entry.id not in _cue_words("register_bodies_with_branches"):
        return None
    return _more_name_words(text, end)


def _more_name_words(text: str, end: int) -> int | None:
    """The end of one or two capitalised words right after ``end`` on its line (and a legal form after them)
    that go on a name: no organisation, month, acronym or sentence opener of their own; else None."""
    more = _MORE_NAME.match(text, end)
    if more is None:
        return None
    words = more.group("words").split()
    if words[0] in _cue_words("not_name_starts") or words[0] in _MONTHS or words[0] in NOT_ORGANISATIONS or \
            any(register().lookup(word) for word in words) or more.group("words").isupper():
        return None
    return more.end()


# the capitalised noun of a kind of body right before a register name of one word ('Dienst |Justis')
# a name that goes on after the register name ('Stichting Vluchtelingenwerk |Midden-Nederland' is a body of its own)
_NAME_WORD_AFTER = re.compile(r"[^\S\n]+(?:IJ|[A-Z])")
_HEAD_BEFORE_NAME = re.compile(r"(?<![\w-])(?:Dienst|Stichting|Vereniging|Agentschap)[^\S\n]+$")


def _register_mentions(document: Document, text: str, claims: Claims) -> list[_Found]:
    exact_pattern, folded_pattern, exact, folded = _register_patterns()
    reg = register()
    # (start, minus the length, the order found in, entry id): sorted, the longest first where two start together
    hits: list[tuple[int, int, int, str]] = []
    for match in exact_pattern.finditer(text):
        start, end = match.span()
        if end - start == 2 and _POSTCODE_DIGITS.search(text, max(0, start - 6), start) \
                and _POSTCODE_PLACE.match(text, end):
            continue  # the letters of a postcode ('2500 EK Den Haag'), not the Eerste Kamer
        if _ACT_NUMBER_AFTER.match(text, end) and _ACT_BEFORE.search(text, max(0, start - 16), start):
            continue  # 'Verordening (EU) 2017/625': part of the act's number
        if _ACT_NUMBER_BEFORE.search(text, max(0, start - 12), start):
            continue  # 'Richtlijn 2014/67/EU', 'Richtlijn 2013/32/EU': the end of the act's number
        if _on_reference_line(text, start):
            continue  # 'Ons kenmerk BZ/2008/1437 M': a file code of the letter, not a body it names
        hits.append((start, start - end, len(hits), exact[_canonical_form(match.group(0))]))
    # the cue patterns search the same lower case (remembered by ``lowered``; None only when a letter
    # folds oddly, and then İ, the one letter whose lower case is longer, is kept as it is)
    for match in folded_pattern.finditer(lowered(text) or _lower_same_length(text)):
        start, end = match.span()
        hits.append((start, start - end, len(hits), folded[_canonical_form(match.group(0))]))
    hits.sort()
    found: list[_Found] = []
    last_end = -1  # the end of the last span taken here: a hit that starts before it overlaps it
    for start, minus_length, _, entry_id in hits:
        end = start - minus_length
        span = Span(start, end)
        if start < last_end or not claims.free(span):
            continue
        if _LAW_TITLE_BEFORE.search(text, max(0, start - 16), start):
            # 'de Wet Nationale ombudsman', 'de Instellingswet Wetenschappelijke Raad voor het Regeringsbeleid': a
            # law's title, taken so that no later rule reads a part of it as a body ('Raad voor het Regeringsbeleid')
            claims.take(span)
            last_end = end
            continue
        entry = reg.entries[entry_id]
        local = _OF_ANOTHER_PLACE.match(text, end) if " " in entry.name and " " in text[start:end] else None
        if local is not None and claims.free(Span(start, local.end())):
            # 'de Nationale ombudsman van Curaçao': the body of that place, not the register's
            span = Span(start, local.end())
            claims.take(span)
            last_end = span.end
            name = _SPACES.sub(" ", text[span.start:span.end])
            found.append(_named(text, span, name,
                                kind=entry.kind, rule=f"register name of another place: {entry.name}"))
            continue
        longer = _longer_name_after(text, end, entry)
        if longer is not None and claims.free(Span(start, longer)):
            # 'Tata Steel IJmuiden', 'Enexis Netbeheer', 'GGD Amsterdam': a company's part or a regional body;
            # 'ING Groep', 'ABN AMRO Group N.V.': the company itself, written in full
            span = Span(start, longer)
            claims.take(span)
            last_end = longer
            name = _SPACES.sub(" ", text[span.start:span.end])
            if set(re.findall(r"[A-Z]\w+", text[end:longer])) <= _GROUP_WORDS:
                found.append(_entry_found(entry, span, text[start:longer], f"register:{entry.id} (in full)"))
                continue
            found.append(_named(text, span, name,
                                kind=entry.kind, rule=f"register name with more words: {entry.name}", parent=entry.id))
            continue
        foreign = _nationality_before(text, start) if entry.kind in _PUBLIC_KINDS else None
        if foreign is not None and claims.free(Span(foreign, end)):
            # 'het Turkse ministerie van Buitenlandse Zaken': that country's ministry, not the Dutch one
            span = Span(foreign, end)
            claims.take(span)
            last_end = end
            name = _SPACES.sub(" ", text[span.start:span.end])
            found.append(_named(text, span, name,
                                kind=entry.kind, rule=f"register name of another country: {entry.name}"))
            continue
        head = _HEAD_BEFORE_NAME.search(text, max(0, start - 14), start) \
            if " " not in text[start:end] and not text[start:end].isupper() and \
            not _NAME_WORD_AFTER.match(text, end) and not _NAME_GOES_ON.match(text, end) else None
        if head is not None and claims.free(Span(head.start(), start)):
            # 'Dienst Justis', 'Stichting Nidos': the name of one word written with the noun of its kind
            span = Span(head.start(), end)
            claims.take(span)
            last_end = end
            found.append(_entry_found(entry, span, text[span.start:end], f"register:{entry.id} (with its kind)"))
            continue
        claims.take(span)
        last_end = end
        found.append(_entry_found(entry, span, text[start:end], f"register:{entry.id}"))
    found = _without_topic_headings(text, claims, found)
    chamber = _addressed_chamber(document)
    if chamber:
        for match in _CHAMBER.finditer(text):
            span = Span(match.start(), match.end())
            if claims.free(span):
                claims.take(span)
                found.append(_entry_found(chamber, span, match.group(0), f"register:{chamber.id} (addressed chamber)"))
    return found


# what may stand before a heading on its line: nothing, or the number of the dossier whose title it is ('31 066
# Belastingdienst', '36 200 VII Binnenlandse Zaken': the title of a parliamentary paper's dossier)
_DOSSIER_NUMBER = re.compile(r"[^\S\n]*(?:\d{2}[^\S\n]?\d{3}(?:[^\S\n]+[A-Z]{1,4})?[^\S\n]+)?")


def _without_topic_headings(text: str, claims: Claims, found: list[_Found]) -> list[_Found]:
    """A register name of one word that is not an acronym, alone on its line (or after a dossier's number: '31 066
    Belastingdienst', the title of a parliamentary paper's dossier), is a heading naming the section's topic
    ('Rechtspraak', 'Douane'): it names the organisation only when the letter names it elsewhere too."""
    # the line ends right after the name (a space at most), so only the text before it on its line is read
    headings = [f for f in found if text.startswith(("\n", " \n"), f.span.end) and f.written.istitle() and
                " " not in f.written and
                _DOSSIER_NUMBER.fullmatch(text, text.rfind("\n", 0, f.span.start) + 1, f.span.start)]
    named_elsewhere = {f.key for f in found if f not in headings}
    gone = [f for f in headings if f.key not in named_elsewhere]
    for f in gone:
        claims.release(f.span)
    return [f for f in found if f not in gone] if gone else found


# ---------------------------------------------------------------- letterhead

def _letterhead_mentions(document: Document, claims: Claims, known: list[_Found]) -> list[_Found]:
    """The ministry and units the letter head names (register entries, else units under the line above);
    a unit named after a register organisation ('Directie Politie') takes its place in ``known``."""
    head = document.head
    reg = register()
    found: list[_Found] = []
    parent: str | None = None
    head_text = document.text[:document.clean.head_end]
    for name in (head.ministry, head.directorate_general, head.directorate, head.unit):
        if not name:
            continue
        match = re.search(_form_pattern(name).removeprefix("(?i:").removesuffix(")")
                          if " " in name else re.escape(name), head_text)
        entry = reg.lookup(name)
        if entry:
            parent = entry.id
            if match and claims.free(Span(match.start(), match.end())):
                span = Span(match.start(), match.end())
                claims.take(span)
                found.append(_entry_found(entry, span, match.group(0), f"register:{entry.id} (letterhead)"))
            continue
        if not match or name.split()[0] in _cue_words("address_labels"):
            continue  # 'Bezoekadres': the label of the address block, not a unit
        span = Span(match.start(), match.end())
        inside = [f for f in known if span.start <= f.span.start and f.span.end <= span.end]
        if inside and span.start < min(f.span.start for f in inside) \
                and (name.split()[0].lower() in HEAD_NOUNS or name.startswith("DG ")):  # 'Directie' first
            for swallowed in inside:
                claims.release(swallowed.span)
            known[:] = [f for f in known if f not in inside]
        if not claims.free(span):
            continue
        claims.take(span)
        found.append(_Found(span=span, written=match.group(0), key=slug(name), name=_SPACES.sub(" ", name),
                            kind="unit", rule="letterhead unit", parent=parent))
        parent = slug(name)
    return found


# ---------------------------------------------------------------- definitions

_ACRONYM = r"[A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*(?:[-][A-Z0-9]+)?"
_ROMAN = re.compile(r"[IVXLC]+")
# '(ACR)', '(ACR's)', and an acronym with the head noun the name ends in: 'Rijksbrede Benchmark Groep (RBB Groep)'
_DEFINED = re.compile(rf"\(\s*(?P<acr>{_ACRONYM}(?:[^\S\n]+[A-Z][a-z]+)?)(?P<plural>['’]s)?\s*\)")
_HIERNA = re.compile(r"(?:\(\s*|,\s*)(?:hierna(?:\s+te\s+noemen)?|verder(?:\s+te\s+noemen)?)\s*:?\s*"
                     r"(?P<alias>(?:(?:de|het|het\s+|de\s+)\s*)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s*[),]")
_WORD = re.compile(r"[\w&][\w&'’.-]*|[" + _DASHES + r"][A-Z]\w*")
_FUNCTION_WORDS = frozenset("van voor de het der den en op in of te ter aan bij & and for the of".split())


def _spells(words: list[str], acronym: str) -> bool:
    """Do these words, in order, spell the acronym (initials; a word may give more letters from inside)?"""
    return _spell_from(words, [c.lower() for c in acronym if c.isalnum()], 0, 0)


def _spell_from(words: list[str], letters: list[str], w: int, a: int) -> bool:
    """Do ``words[w:]`` spell ``letters[a:]`` (see ``_spells``)? (A function of its own, not a closure
    that calls itself: that is a reference cycle, left for the cycle collector, which extraction holds off.)"""
    if w == len(words):
        return a == len(letters)
    word = words[w].lstrip(_DASHES)
    lower = word.lower()
    if lower in _FUNCTION_WORDS and _spell_from(words, letters, w + 1, a):
        return True
    if a >= len(letters) or not lower or lower[0] != letters[a]:
        return False
    # the word gives its initial and possibly further letters found in order inside it
    a_next, pos = a + 1, 1
    options = [a_next]
    while a_next < len(letters):
        pos = lower.find(letters[a_next], pos)
        if pos < 0:
            break
        a_next, pos = a_next + 1, pos + 1
        options.append(a_next)
    return any(_spell_from(words, letters, w + 1, option) for option in reversed(options))


_MEETINGS = tuple(rules.value(CUES_FILE, "meetings_not_bodies", list))
_HEADS_BEFORE_VAN: dict[str, str] = {
    word: kind for word, kind in rules.value(CUES_FILE, "heads_before_van", dict).items() if word != "about"}


def _head_kind(name: str) -> str | None:
    """The kind given by an organisation head noun in the name (also at the end of a compound); none for the
    name of a meeting ('Algemeen Overleg', 'Wetgevingsoverleg Justitie': 'meetings_not_bodies')."""
    words = " " + " ".join(name.lower().split())
    if any(" " + meeting in words for meeting in _MEETINGS):
        return None
    words_of_name = re.findall(r"[\w-]+", name.lower())
    for word, after in zip(words_of_name, words_of_name[1:]):
        if word in _HEADS_BEFORE_VAN and after == "van":
            return _HEADS_BEFORE_VAN[word]
    for word in words_of_name:
        if word in HEAD_NOUNS:
            return HEAD_NOUNS[word]
        for head, kind in HEAD_NOUNS.items():
            if len(head) >= 4 and word.endswith(head) and head not in ("unit",):
                return kind
    return None


def _full_name_before(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """The longest run of words right before ``end`` that spells ``acronym`` (start offset, name)."""
    line_start = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end) + 1, text.rfind("(", 0, end - 1) + 1, 0)
    words = [(m.start() + line_start, m.group(0)) for m in _WORD.finditer(text[line_start:end])]
    best: tuple[int, str] | None = None
    for first in range(len(words) - 1, max(len(words) - 10, -1), -1):
        chunk = [w for _, w in words[first:]]
        if chunk[0].lower() in _FUNCTION_WORDS:
            continue
        if _spells(chunk, acronym):
            start = words[first][0]
            best = (start, text[start:end].strip())
    return best


# a name after an article, right before a bracket: capitalised words, and after 'van', 'voor', 'der' or 'en' (with an
# article) a capitalised or lower-case word ('de Wereldorganisatie voor diergezondheid', 'de Centrale
# Ondernemingsraad Defensie')
_NAME_WORD = r"(?:[A-Z][\w'’-]*)"
_LINE_SP = r"[^\S\n]+"  # spaces within one line (as _SP below)
_ARTICLE_NAME = re.compile(
    rf"(?<![\w-])(?:de|het|De|Het){_LINE_SP}(?P<name>{_NAME_WORD}(?:{_LINE_SP}(?:{_NAME_WORD}|(?:van|voor|der|en)"
    rf"(?:{_LINE_SP}(?:de|het))?{_LINE_SP}(?:{_NAME_WORD}|[a-zà-ÿ][\w-]+))){{1,7}})[^\S\n]*$")


def _headed_name_before(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """``de Centrale Ondernemingsraad Defensie (COR)``, ``de Wereldorganisatie voor diergezondheid (OIE)``: a
    name of two words or more (or one compound with a hyphen: 'het Joegoslavië-tribunaal (ICTY)') after an
    article, right before an acronym in brackets that its words do not spell (a word left out, a foreign
    name), is the name when it holds an organisation head noun (start
    offset, name). Not an acronym of the not-organisations list ('de Nationale Ombudsman (AVG)' names a law)."""
    if acronym in NOT_ORGANISATIONS or not acronym[:1].isupper() or sum(c.isupper() for c in acronym) < 2:
        return None
    found = _ARTICLE_NAME.search(text, max(0, end - 120), end) or _ARTICLE_COMPOUND.search(text, max(0, end - 60), end)
    if found is None or _head_kind(found.group("name")) is None:
        return None
    return found.start("name"), found.group("name")


# one capitalised compound after an article whose last part is a head noun: 'het Joegoslavië-tribunaal (ICTY)'
_ARTICLE_COMPOUND = re.compile(rf"(?<![\w-])(?:de|het|De|Het){_LINE_SP}(?P<name>[A-Z][\w'’]*-[a-zà-ÿ]+)[^\S\n]*$")


def _ends_a_longer_name(text: str, end: int, acronym: str, previous: _Found) -> bool:
    """Is the organisation ``previous``, right before an acronym in brackets it does not spell and that is not its
    own, the last word of a longer headed name (``de Landelijke Ondernemingsraad Politie (LOR)``)?"""
    if previous.acronym == acronym or _spells(previous.written.split(), acronym) or register().lookup(acronym):
        return False
    longer = _headed_name_before(text, end, acronym)
    if longer is None or longer[0] >= previous.span.start:
        return False
    words_before = text[longer[0]:previous.span.start]
    # 'het Directoraat-generaal Humanitaire Hulp van de Europese Commissie (ECHO)': a part of that body, which
    # stays named (the acronym is left to it, as before)
    return _head_kind(words_before) is not None and _OF_THE_BODY.search(words_before) is None


_OF_THE_BODY = re.compile(rf"(?<![\w-])(?:van|der)(?:{_LINE_SP}(?:de|het))?{_LINE_SP}$")


_WINDOW = 512  # characters looked back at first; the whole text only when a run of spaces or a word is longer
_TRAILING_RUN = re.compile(r"(\S+)$")


def _end_of_text_before(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())`` without copying the text before ``pos`` (that made the pass quadratic)."""
    low = max(0, pos - _WINDOW)
    end = low + len(text[low:pos].rstrip())
    return end if end > low or low == 0 else len(text[:pos].rstrip())


def _last_word(text: str, end: int) -> re.Match[str] | None:
    """The last run of non-space characters right before ``end`` (what ``(\\S+)$`` finds in ``text[:end]``)."""
    low = max(0, end - _WINDOW)
    last = _TRAILING_RUN.search(text, low, end)
    return last if last is None or last.start() > low or low == 0 else _TRAILING_RUN.search(text, 0, end)


def _full_name_with_head(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """``Rijksbrede Benchmark Groep (RBB Groep)``: the name ends at ``end`` in the acronym's head noun, and
    the words before that head spell the rest of the acronym (start offset, name)."""
    core, head = acronym.rsplit(" ", 1)
    last = _last_word(text, end)
    if last is None or last.group(1).lower() != head.lower():
        return None
    found = _full_name_before(text, _end_of_text_before(text, last.start()), core)
    return (found[0], text[found[0]:end].strip()) if found else None


@dataclass
class _Definitions:
    """What the letter defines: acronyms and aliases of organisations, and acronyms of other things."""

    names: dict[str, _Found] = field(default_factory=dict)  # written form -> the organisation it names
    not_organisations: set[str] = field(default_factory=set)


def _definition_mentions(text: str, claims: Claims, known: list[_Found]) -> tuple[list[_Found], _Definitions]:
    reg = register()
    defs = _Definitions()
    found: list[_Found] = []
    by_end = {f.span.end: f for f in known}
    for match in _DEFINED.finditer(text):
        acronym = match.group("acr")
        inner = Span(match.start("acr"), match.end("plural") if match.group("plural") else match.end("acr"))
        before = _end_of_text_before(text, match.start())
        previous = by_end.get(before)
        if " " in acronym and acronym.rsplit(" ", 1)[1].lower() not in HEAD_NOUNS or _ROMAN.fullmatch(acronym):
            continue  # '(IND Amsterdam)', '(VIII)' (a budget chapter): not an acronym
        if previous is not None and _ends_a_longer_name(text, before, acronym, previous):
            claims.release(previous.span)  # 'de Landelijke Ondernemingsraad Politie (LOR)': not the police
            known.remove(previous)
            del by_end[before]
            previous = None
        if previous is not None:  # a register or earlier organisation right before the bracket
            other = reg.lookup(acronym)
            if other is not None and other.id != previous.key and (_spells(previous.written.split(), acronym)
                                                                    or other.successor == previous.key):
                # 'het Productschap Vee en Vlees (PVV)': the name spells it, so it is not the party here; 'de
                # Adviesraad Migratie (ACVZ)': the body kept the acronym of the body it succeeded
                taken = [f for f in known if f.span == inner and f.key == other.id]
                for f in taken:
                    claims.release(f.span)
                    known.remove(f)
                other = None if taken else other
            if claims.free(inner) and other is None:
                claims.take(inner)
                defs.names[acronym] = previous
                found.append(_Found(span=inner, written=text[inner.start:inner.end], key=previous.key,
                                    name=previous.name, kind=previous.kind,
                                    rule=f"definition: acronym of {previous.name}",
                                    acronym=acronym, parent=previous.parent, in_register=previous.in_register))
            continue
        if reg.lookup(acronym) is not None or not claims.free(inner):
            continue
        full = _full_name_with_head(text, before, acronym) if " " in acronym else \
            _full_name_before(text, before, acronym)
        if full is None:
            full = _headed_name_before(text, before, acronym)
        if full is None:
            continue
        start, name = full
        kind = _head_kind(name) or _head_kind_before(text, start)
        name_span = Span(start, before)
        if kind is not None:
            _release_words_of_a_spelled_name(name_span, name, acronym, claims, known)
        if kind is None or not claims.free(name_span) or not name[:1].isalpha():
            defs.not_organisations.add(acronym)
            continue
        key = slug(name)
        entry = _Found(span=name_span, written=name, key=key, name=name, kind=kind,
                       rule=f"definition: {name} ({acronym})", acronym=acronym)
        claims.take(name_span)
        claims.take(inner)
        found.append(entry)
        found.append(_Found(span=inner, written=text[inner.start:inner.end], key=key, name=name, kind=kind,
                            rule=f"definition: {name} ({acronym})", acronym=acronym))
        defs.names[acronym] = entry
        if match.group("plural"):
            defs.names[acronym + match.group("plural")] = entry
    found.extend(_reversed_definitions(text, claims, defs))
    return found, defs


def _release_words_of_a_spelled_name(span: Span, name: str, acronym: str, claims: Claims,
                                     known: list[_Found]) -> None:
    """A register organisation that is one word inside a name its acronym spells is part of that name, not a
    mention of its own: 'de Algemene Nederlandse Politie Vereniging (ANPV)' names no police. Only when every
    mention overlapping the name is such a one-word register mention inside it, not at its start (a name that
    opens with a register body, 'Politie Vakbond ...', keeps the register's reading to the other rules)."""
    if claims.free(span) or not _spells(name.split(), acronym):
        return  # (nothing taken inside: the common case, no scan of the mentions)
    overlapping = [f for f in known if f.span.start < span.end and span.start < f.span.end]
    if not all(span.start < f.span.start and f.span.end <= span.end and f.in_register
               and " " not in f.written.strip() for f in overlapping):
        return  # something else overlaps: the name is not read, and nothing is released
    for f in overlapping:
        claims.release(f.span)
        known.remove(f)


_REVERSED = re.compile(rf"(?P<acr>{_after_word_start('[A-Z]')}[A-Za-z&]*[A-Z][A-Za-z&]*)"
                       r"\s*\((?P<full>[^()\n]{5,90})\)")


def _reversed_definitions(text: str, claims: Claims, defs: _Definitions) -> list[_Found]:
    """``ACR (Full Name)``: the acronym first, the name it stands for in brackets."""
    found: list[_Found] = []
    for match in _REVERSED.finditer(text):
        acronym, full = match.group("acr"), match.group("full").strip()
        acr_span, full_span = Span(match.start("acr"), match.end("acr")), Span(match.start("full"), match.end("full"))
        if register().lookup(acronym) or acronym in defs.names or \
                not (claims.free(acr_span) and claims.free(full_span)):
            continue
        if not _spells([m.group(0) for m in _WORD.finditer(full)], acronym):
            continue
        kind = _head_kind(full)
        if kind is None:
            defs.not_organisations.add(acronym)
            continue
        key = slug(full)
        rule = f"definition: {acronym} ({full})"
        claims.take(acr_span)
        claims.take(full_span)
        entry = _Found(span=full_span, written=full, key=key, name=full, kind=kind, rule=rule, acronym=acronym)
        found.append(_Found(span=acr_span, written=acronym, key=key, name=full, kind=kind, rule=rule, acronym=acronym))
        found.append(entry)
        defs.names[acronym] = entry
    return found


def _head_kind_before(text: str, start: int) -> str | None:
    """The kind given by a lower-case head noun right before a name ('de stichting Vluchtelingen in de Knel')."""
    previous = re.search(r"(\w+)\s+$", text[max(0, start - 40):start])
    if previous and previous.group(1).islower():
        return _head_kind(previous.group(1))
    return None


def _hierna_aliases(text: str, claims: Claims, known: list[_Found], defs: _Definitions) -> list[_Found]:
    """``X (hierna: Y)``: Y becomes a name of the organisation X within this letter."""
    found: list[_Found] = []
    by_end = {f.span.end: f for f in known}
    for match in _HIERNA.finditer(text):
        before = _end_of_text_before(text, match.start())
        previous = by_end.get(before)
        alias = re.sub(r"^(?:de|het)\s+", "", match.group("alias").strip())
        if previous is None or not alias:
            continue
        span = Span(match.start("alias"), match.end("alias"))
        defs.names[alias] = previous
        if claims.free(span):
            claims.take(span)
            found.append(_Found(span=span, written=match.group("alias"), key=previous.key, name=previous.name,
                                kind=previous.kind, rule=f"definition: alias (hierna) of {previous.name}",
                                acronym=previous.acronym, parent=previous.parent, in_register=previous.in_register,
                                aliases=(alias,)))
    return found


def _defined_reuse(text: str, claims: Claims, defs: _Definitions) -> list[_Found]:
    """Later uses of an acronym or alias the letter defined."""
    found: list[_Found] = []
    for written, target in sorted(defs.names.items(), key=lambda item: -len(item[0])):
        for start, end in _form_occurrences(text, written):
            span = Span(start, end)
            if claims.free(span):
                claims.take(span)
                found.append(_Found(span=span, written=text[start:end], key=target.key, name=target.name,
                                    kind=target.kind, rule=f"defined in letter: {written} = {target.name}",
                                    acronym=target.acronym, parent=target.parent, in_register=target.in_register,
                                    aliases=(written,) if written != target.acronym else ()))
    return found


def _form_occurrences(text: str, written: str) -> Iterator[tuple[int, int]]:
    """The spans of ``name_pattern(written)``."""
    if _substring_searchable(written):
        yield from _literal_occurrences(text, written, "name")
        return
    for match in _form_scan(written).finditer(text):
        yield match.start(), match.end()


@lru_cache(maxsize=1024)
def _form_scan(written: str) -> Anchored | re.Pattern[str]:
    """``name_pattern(written)`` for a form of several words, tried only where its first letters stand
    (``Anchored``, folded: the pattern is case-free): it opens with a look-behind, which makes the regex
    engine try every position of the letter. A 5 MB letter that defines 'Amnesty International' spent
    0.08 s on this one scan (the others 0.014 s together); a letter with more such aliases, one scan of
    the whole letter each. The plain form: ``re.finditer(name_pattern(written), text)``."""
    pattern = re.compile(name_pattern(written))
    lead = ""  # the letters _form_pattern writes as they are, up to the first space, dash or apostrophe
    for char in written:
        if char.isspace() or char in _ANY_DASH or char in _ANY_APOSTROPHE:
            break
        lead += char
    if not lead.isascii() or not lead or not re.search(r"\s", written):
        return pattern  # (each letter of an ASCII lead is what the case-free pattern matches, lower-cased)
    return Anchored(pattern, words=((lead.lower(), 0),), folded=True)


# ---------------------------------------------------------------- head nouns and named units

_CAP = r"(?:[A-Z][\w'’&-]*|[0-9]+[A-Z]\w*)"
_SP = r"[^\S\n]+"  # spaces within one line
_HEAD_SUFFIXES = ("commissie|raad|dienst|inspectie|groep|centrum|bureau|instituut|stichting|vereniging|federatie|"
                  "hogeschool|autoriteit|orgaan|agentschap|college|fonds|platform|directie|ombudsman|rechtbank|team|afdeling|"
                  "organisatie|coalitie|netwerk|bond|academie|universiteit|genootschap|tafel")
_CAP_HEAD_WORDS = ("Directoraat-Generaal Commissie Raad Dienst Inspectie Vereniging Stichting Instituut Ministerie "
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
    rf"(?P<head>{_after_word_start('[Cc]', _WORD_OR_HYPHEN)}ommissie)[\s-]+"
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


# ---------------------------------------------------------------- cue patterns (kg/data/organisation_cues.json)

@dataclass(frozen=True)
class _CuePattern:
    """One entry under 'patterns' in kg/data/organisation_cues.json, ready to search."""

    id: str
    kind: str
    search: Anchored | re.Pattern[str]
    entry: str | None = None   # the register entry it always names ('de politie')
    parent: str | None = None  # the register entry the bodies it finds belong to
    kind_from_head: bool = False  # the kind is the head noun's ('directie' -> ministry), else ``kind``
    early: bool = False  # tried before the head-noun phrases (an English name ending in its head noun)


@cache
def cue_patterns() -> tuple[_CuePattern, ...]:
    """The cue patterns, compiled (case-sensitive, ``^`` at every line); a bad entry names the file and entry."""
    out = []
    for cue in rules.cues(CUES_FILE, "patterns", flags=re.MULTILINE):
        kind = rules.choice(CUES_FILE, cue.id, "kind", cue.fields.get("kind"), KINDS)
        anchors = tuple(cue.fields.get("anchors") or ())
        in_first_word = bool(cue.fields.get("in_first_word"))  # anywhere in the word a match starts with
        reach = WHOLE_WORD if in_first_word else int(cue.fields.get("reach") or 0)
        search = Anchored(cue.pattern, words=tuple((word, reach) for word in anchors), folded=True,
                          word_start=in_first_word) if anchors else cue.pattern
        for ref in (cue.fields.get("entry"), cue.fields.get("parent")):
            if ref and register().get(ref) is None:
                raise rules.DataFileError(data_file(CUES_FILE), f"names {ref!r}, not an entry of the register", cue.id)
        out.append(_CuePattern(cue.id, kind, search, cue.fields.get("entry"), cue.fields.get("parent"),
                               bool(cue.fields.get("kind_from_head")), bool(cue.fields.get("early"))))
    return tuple(out)


@cache
def _cue_words(key: str) -> frozenset[str]:
    """A word list of kg/data/organisation_cues.json as a set."""
    return frozenset(rules.value(CUES_FILE, key, list))


def _ministry_by_portfolio(name: str) -> RegisterEntry | None:
    """The ministry whose portfolio is ``name`` ('Defensie', 'Buitenlandse Zaken'), from the register."""
    entry = register().lookup(name)
    return entry if entry and entry.kind == "ministry" and name in entry.lookup_only else None


def _compound_body(text: str, match: re.Match[str]) -> str | None:
    """The kind of a one-word body ('Onderwijsraad'), or None for a generic word or a sentence's first word
    that the letter does not also write inside a sentence."""
    word = match.group("name")
    if word in _cue_words("not_compounds"):
        return None
    before = text[max(0, match.start() - 3):match.start()].rstrip(" \t")
    if (not before or before[-1] in ".!?:\n") and not re.search(rf"[\w,;] +{word}(?![\w-])", text):
        return None
    heads = rules.value(CUES_FILE, "compound_heads")
    return next(kind for head, kind in heads.items() if word.endswith(head))


def _cue_mentions(text: str, claims: Claims, early: bool = False) -> list[_Found]:
    """Organisations found by the cue patterns of kg/data/organisation_cues.json (see its 'about'):
    those marked 'early' (before the head-noun phrases) or the others."""
    found: list[_Found] = []
    reg = register()
    for cue in cue_patterns():
        if cue.early != early:
            continue
        for match in cue.search.finditer(text):
            group = "place" if "place" in match.re.groupindex else "name"
            start = match.start() if group == "place" else match.start("name")
            span = Span(start, match.end(group))
            if not claims.free(span):
                continue
            written = text[span.start:span.end]
            name = _SPACES.sub(" ", written)
            if name in NOT_ORGANISATIONS:
                continue  # 'de zorgorganisatie GGZ': a sector, not a body's name
            kind = cue.kind
            entry = reg.get(cue.entry) if cue.entry else None
            if cue.id.startswith("ministry-by-portfolio"):
                entry = _ministry_by_portfolio(name)
                if entry is None:
                    continue
            elif cue.id == "compound-body":
                if reg.lookup(name):
                    continue
                body_kind = _compound_body(text, match)
                if body_kind is None:
                    continue
                kind = body_kind
                start = _premodified_start(text, span.start, name, claims)  # 'Groninger Gasberaad'
                if start < span.start:
                    span = Span(start, span.end)
                    written = text[span.start:span.end]
                    name = _SPACES.sub(" ", written)
            elif cue.id in ("research-bureau", "english-name"):
                opened = _without_sentence_opener(text, span)
                if opened is None or not claims.free(opened) or cue.id == "english-name" and \
                        text[opened.start:opened.end].split()[0] in _cue_words("english_generic_starts"):
                    continue
                span = opened
                written = text[span.start:span.end]
                name = _SPACES.sub(" ", written)
            if cue.kind_from_head:
                kind = HEAD_NOUNS.get(name.split()[0].lower(), kind)
            if "head" in match.re.groupindex:
                kind = HEAD_NOUNS.get(match.group("head").lower(), kind)
            claims.take(span)
            rule = f"cue:{cue.id}"
            if entry is not None:
                found.append(_Found(span=span, written=written, key=entry.id, name=entry.name, kind=entry.kind,
                                    rule=f"{rule} (register:{entry.id})", acronym=entry.acronym,
                                    parent=entry.parent, in_register=True, aliases=(name,)))
            else:
                found.append(_Found(span=span, written=written, key=slug(name), name=name, kind=kind, rule=rule,
                                    parent=cue.parent))
    return found


def _without_sentence_opener(text: str, span: Span) -> Span | None:
    """``span`` without a leading word that opens a Dutch sentence ('Volgens', 'De'); None when one word is left."""
    words = list(re.finditer(r"\S+", text[span.start:span.end]))
    while words and words[0].group(0) in _cue_words("not_name_starts"):
        words.pop(0)
    if len(words) < 2:
        return None
    return Span(span.start + words[0].start(), span.end)


_LOWER_WORD = re.compile(r"[a-z-]+")


def _end_of_words(text: str, start: int, count: int) -> int:
    """The end of the first ``count`` words of ``text`` from ``start``."""
    words = list(islice(_LOWER_WORD.finditer(text, start), count))
    return words[-1].end()


@lru_cache(maxsize=4096)
def _head_words(name: str) -> tuple[str, ...]:
    """The capitalised words of ``name`` that are head nouns ('Inspectie'), in order, repeats kept."""
    return tuple(word for word in re.findall(r"[A-Z][a-z]+", name) if word.lower() in HEAD_NOUNS)


def _bare_head_nouns(text: str, claims: Claims, known: list[_Found]) -> list[_Found]:
    """``de Inspectie`` alone: the one organisation of the letter with that head noun."""
    by_head: dict[str, dict[str, _Found]] = {}
    for f in known:
        for word in _head_words(f.name):
            by_head.setdefault(word, {})[f.key] = f
    found: list[_Found] = []
    for head, targets in by_head.items():
        if len(targets) != 1:
            continue
        target = next(iter(targets.values()))
        for start in _heads_after_article(text, head):
            span = Span(start, start + len(head))
            if claims.free(span):
                claims.take(span)
                found.append(_Found(span=span, written=head, key=target.key, name=target.name, kind=target.kind,
                                    rule=f"defined head noun: {head} = {target.name}", acronym=target.acronym,
                                    parent=target.parent, in_register=target.in_register, aliases=(head,)))
    return found


def head_after_article_pattern(head: str) -> str:
    """A head noun ('Inspectie') right after an article: 'de Inspectie', 'Het Hof'."""
    return rf"\b(?:de|De|het|Het)\s+(?P<head>{re.escape(head)})(?![\w-])"


def _heads_after_article(text: str, head: str) -> Iterator[int]:
    """Where ``head_after_article_pattern(head)`` finds ``head`` (a plain word), found faster.

    Searches the word itself and looks back for the article, instead of a regex scan of the letter
    (4.6% of a build, docs/fast-paths.md).
    """
    size, length = len(head), len(text)
    pos = 0
    while (start := text.find(head, pos)) >= 0:
        end = start + size
        pos = start + 1
        if end < length and (_is_word(text[end]) or text[end] == "-"):
            continue
        gap = start
        while gap and text[gap - 1].isspace():
            gap -= 1
        if gap == start:
            continue
        if text[gap - 2:gap] in ("de", "De") and gap >= 2:
            article = gap - 2
        elif text[gap - 3:gap] in ("het", "Het") and gap >= 3:
            article = gap - 3
        else:
            continue
        if article and _is_word(text[article - 1]):
            continue
        yield start
        pos = end


_ARTICLE_ACRONYM = re.compile(
    rf"(?:{_after_word_start('d', _WORD_CHAR)}e|{_after_word_start('h', _WORD_CHAR)}et)\s+"
    rf"(?P<acr>[A-Z][A-Z&]{{1,5}})(?P<plural>['’]s)?(?![\w{_DASHES}])(?!\s*[0-9])")


# a place's name ('Amsterdam', 'Den Helder', "'s-Hertogenbosch", 'Alphen-Chaam')
_PLACE = r"(?:(?:Den|De|Ter|Ten|Het)[^\S\n]+|['’]s-)?(?:IJ|[A-Z])[a-zà-ÿ]+(?:-(?:IJ|[A-Z])[a-zà-ÿ]+)*"

# 'van' and a place right after an acronym: 'het ROC van Twente' (a place of one word, nothing capitalised after it)
_OF_A_PLACE_AFTER = re.compile(rf"{_SP}van{_SP}(?P<place>{_PLACE})(?![\w-])(?!{_SP}(?:[A-Z]|en{_SP}[A-Z]))")


def _of_a_place_after(text: str, end: int) -> int | None:
    """The end of 'van' and a place right after an acronym at ``end`` ('het ROC |van Amsterdam'), when the place is
    no body of the register, month or sentence opener ('het MT van Defensie' is Defensie's team); else None."""
    place = _OF_A_PLACE_AFTER.match(text, end)
    if place is None:
        return None
    word = place.group("place")
    if word in _MONTHS or word in _cue_words("not_name_starts") or register().lookup(word):
        return None
    return place.end()


def _article_acronyms(text: str, claims: Claims, defs: _Definitions, known: list[_Found]) -> list[_Found]:
    """``het RIC``: an undefined acronym used with an article as the name of a body; then each use of it (the
    body of ``known`` whose name spells it, if there is one)."""
    acronyms: set[str] = set()
    shouting: dict[int, bool] = {}
    first_end: dict[int, int] = {}  # line start -> end of the first candidate on it (the line is read from there)
    for match in _ARTICLE_ACRONYM.finditer(text):
        acronym = match.group("acr")
        if acronym in NOT_ORGANISATIONS or acronym in defs.not_organisations or acronym in defs.names:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        candidate_end = first_end.setdefault(line_start, match.end())
        if acronym in acronyms:
            continue  # known already: its line need not be weighed
        if line_start not in shouting:
            line_end = text.find("\n", candidate_end)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            shouting[line_start] = sum(map(str.isupper, line)) > 0.5 * max(sum(map(str.isalpha, line)), 1)
        if shouting[line_start]:
            continue  # an all-caps heading or footnote title
        acronyms.add(acronym)
    found: list[_Found] = []
    outside = _outside_the_register(known)
    for acronym in sorted(acronyms):
        spelled = _named_body_spelling(outside, acronym)  # (once per acronym: a big letter names many bodies)
        for start, end in _literal_occurrences(text, acronym, "acronym"):
            longer = _more_name_words(text, end) or _of_a_place_after(text, end)
            if longer is not None and claims.free(Span(start, longer)):
                # 'het MC Slotervaart', 'het UMC Utrecht', 'het ROC van Twente': the acronym starts the name of one body
                name = _SPACES.sub(" ", text[start:longer])
                claims.take(Span(start, longer))
                found.append(_named(text, Span(start, longer), name, kind="other",
                                    rule="acronym used with an article, and a name after it"))
                continue
            span = Span(start, end)
            if claims.free(span):
                claims.take(span)
                found.append(_Found(span=span, written=text[start:end], key=slug(acronym), name=acronym,
                                    kind="other", rule="acronym used with an article", acronym=acronym)
                             if spelled is None else _written_for(
                                 _Found(span=span, written=text[start:end], key=spelled.key, name=spelled.name,
                                        kind=spelled.kind, rule="acronym used with an article"),
                                 spelled, f" = {spelled.name}"))
    return found


def _outside_the_register(known: list[_Found]) -> list[_Found]:
    """The bodies found by a name outside the register and without an acronym, the last mention of each."""
    return list({f.key: f for f in known if not f.in_register and f.acronym is None}.values())


def _named_body_spelling(bodies: list[_Found], acronym: str) -> _Found | None:
    """The one body of ``bodies`` (``_outside_the_register``) whose first two words or more spell ``acronym``
    ('het Artillerie Schietkamp 't Harde' ... 'het ASK', the place left out); none when no or more than one do."""
    spelling = [f for f in bodies
                if any(_spells(f.name.split()[:n], acronym) for n in range(2, len(f.name.split()) + 1))]
    return spelling[0] if len(spelling) == 1 else None


# ---------------------------------------------------------------- members of a named kind

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


# ---------------------------------------------------------------- the extractor

def _short_forms_joined(found: list[_Found]) -> list[_Found]:
    """``Inspectie OOV`` is the ``Inspectie Openbare Orde en Veiligheid`` of the same letter: a head noun
    and an acronym whose letters the longer name's words after the same head spell."""
    by_head: dict[str, list[_Found]] = {}
    for f in found:
        if not f.in_register and " " in f.name:
            by_head.setdefault(f.name.split(" ", 1)[0], []).append(f)
    renamed: dict[str, _Found] = {}
    for names in by_head.values():
        for short in names:
            rest = short.name.split(" ", 1)[1]
            if not re.fullmatch(r"[A-Z][A-Z&]{1,5}", rest):
                continue
            longer = [f for f in names if f.key != short.key and len(f.name.split()) > 2 and
                      _spells(f.name.split()[1:], rest)]
            if len({f.key for f in longer}) == 1:
                renamed[short.key] = longer[0]
    if not renamed:
        return found
    return [f if f.key not in renamed else
            _Found(span=f.span, written=f.written, key=renamed[f.key].key, name=renamed[f.key].name,
                   kind=renamed[f.key].kind, rule=f.rule + f" = {renamed[f.key].name}", acronym=f.name,
                   parent=renamed[f.key].parent, aliases=(f.name,))
            for f in found]


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


# a name that goes on past the words a coordinated name may have: 'de Koninklijke Nederlandse Maatschappij voor
# Diergeneeskunde' is not 'Koninklijke Nederlandse Maatschappij'
_NAME_GOES_ON = re.compile(rf"{_SP}(?:voor|van|tot|ter|der|of|for)(?:{_SP}(?:de|het|der|the))?{_SP}[A-Z]")


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


_BRACKET_OPENING = re.compile(r"\((?:de|het)?[^\S\n]*$")


def _nicknames_in_brackets(text: str, found: list[_Found]) -> list[_Found]:
    """``het Aanjaagteam Bescherming Arbeidsmigranten (de commissie-Roemer)``: a committee named after a person,
    in brackets right after another organisation, is that organisation's other name (each of its mentions
    takes the organisation's key and name, the written name as an alias)."""
    by_end = {f.span.end: f for f in found}
    renamed: dict[str, _Found] = {}
    for f in found:
        if f.rule != "committee named after a person" or not text.startswith(")", f.span.end):
            continue
        opening = _BRACKET_OPENING.search(text, max(0, f.span.start - 6), f.span.start)
        named = by_end.get(_end_of_text_before(text, opening.start())) if opening else None
        if named is not None and named.key != f.key and f.key not in renamed:
            renamed[f.key] = named
    return _renamed(found, renamed)


# the words that give an organisation's other name after a comma: 'de Adviescommissie Uitvoering Toeslagen, beter
# bekend als de commissie-Donner', 'het Centraal Orgaan, ook wel het COA genoemd', 'de Stichting, kortweg de Stichting
# X'; not 'bekend bij' or 'bekend met' ('de IND, bekend met de zaak'), and not a second body after 'en'
_KNOWN_AS = re.compile(r",\s*(?:(?:beter|ook(?:\s+wel)?|vooral|algemeen)\s+bekend\s+als|ook\s+wel|kortweg"
                       r"|in\s+de\s+wandeling)\s+(?:(?:de|het)\s+)?\Z")


def _names_known_as(text: str, found: list[_Found]) -> list[_Found]:
    """``X, beter bekend als Y``: Y is X's other name (each mention of Y takes X's key and name, Y's name an
    alias); when only Y is in the register, X is Y's (its mentions take Y's key)."""
    by_end = {f.span.end: f for f in found}
    renamed: dict[str, _Found] = {}
    for f in found:
        window = text[max(0, f.span.start - 40):f.span.start]
        phrase = _KNOWN_AS.search(window)
        if phrase is None:
            continue
        named = by_end.get(_end_of_text_before(text, f.span.start - len(window) + phrase.start()))
        if named is None or named.key == f.key or named.key in renamed or f.key in renamed:
            continue
        if f.in_register and not named.in_register:
            renamed[named.key] = f
        elif not f.in_register:
            renamed[f.key] = named
    return _renamed(found, renamed)


def _renamed(found: list[_Found], renamed: dict[str, _Found]) -> list[_Found]:
    """``found`` with each mention of a key in ``renamed`` written as a name of the organisation it maps to."""
    if not renamed:
        return found
    return [f if f.key not in renamed else _written_for(f, renamed[f.key], f" = {renamed[f.key].name}")
            for f in found]


def _written_for(f: _Found, target: _Found, note: str) -> _Found:
    """Mention ``f`` as a name of ``target`` (its key, name and kind; the name ``f`` had becomes an alias)."""
    return _Found(span=f.span, written=f.written, key=target.key, name=target.name, kind=target.kind,
                  rule=f.rule + note, acronym=target.acronym, parent=target.parent,
                  in_register=target.in_register, aliases=(f.name,))


def _named_before_register_acronyms(text: str, found: list[_Found]) -> list[_Found]:
    """``de Raad voor Dieraangelegenheden (RDA)``: a name the register does not hold, right before a register
    acronym in brackets, is that register organisation written another way (each of its mentions takes the
    entry's key and name, the written name as an alias). Not a ministry or party in brackets ('de Taskforce
    Werk (SZW)': whose it is, not what it is called)."""
    by_end = {f.span.end: f for f in found if not f.in_register}
    renamed: dict[str, _Found] = {}
    for f in found:
        if not f.in_register or f.written != f.acronym or f.kind in ("ministry", "party"):
            continue
        opening = text.rfind("(", max(0, f.span.start - 3), f.span.start)
        if opening < 0 or text[opening + 1:f.span.start].strip() or not text.startswith(")", f.span.end):
            continue
        named = by_end.get(_end_of_text_before(text, opening))
        if named is not None and named.key not in renamed:
            renamed[named.key] = f
    if not renamed:
        return found
    return [f if f.key not in renamed else
            _written_for(f, renamed[f.key], f" = {renamed[f.key].name} ({renamed[f.key].acronym})")
            for f in found]


# a company's legal form right after its name ('SNS Bank N.V.', 'Nederlandse Aardolie Maatschappij B.V.')
_LEGAL_FORM_AFTER = re.compile(r"[^\S\n]+(?:N\.V\.|B\.V\.|NV|BV)(?![\w.])")


def _with_legal_forms(text: str, claims: Claims, found: list[_Found]) -> list[_Found]:
    """``SNS Bank N.V.``, ``Nederlandse Aardolie Maatschappij B.V.``: a legal form right after a name found by
    another rule belongs to that name (the mention is written with it, which makes the longer form a name of
    the same body; a body the register does not know is a company). Not a form with more after it ('BV
    Nederland' starts a name of its own, 'company-form')."""
    out: list[_Found] = []
    for f in found:
        form = _LEGAL_FORM_AFTER.match(text, f.span.end) if text.startswith((" N", " B"), f.span.end) else None
        if form is None or not claims.free(Span(f.span.end, form.end())):
            out.append(f)
            continue
        claims.take(Span(f.span.end, form.end()))
        span = Span(f.span.start, form.end())
        kind = f.kind if f.in_register or f.kind not in ("other", "ngo") else "company"
        out.append(_Found(span=span, written=text[span.start:span.end], key=f.key, name=f.name, kind=kind,
                          rule=f.rule + " (with its legal form)", acronym=f.acronym, parent=f.parent,
                          in_register=f.in_register, aliases=f.aliases))
    return out


# a footnote marker the cleaning left glued to a word: 'Inspectie Justitie en Veiligheid2', 'Onderzoek1.'
# (the first digit ahead of the look-behind: the engine skips to digits; the plain form is in PLAIN_FORMS)
_GLUED_MARKER = re.compile(r"[0-9](?<=[a-zà-ÿ]{2}[0-9])[0-9]{0,2}(?![\w-])")


# The plain form of each pattern above that is written for speed (the first character ahead of its
# look-behind, see ``_after_word_start``; 10-18% of a build, docs/fast-paths.md): the same matches,
# as tests/test_organisations.py checks on random texts.
PLAIN_FORMS = {
    "_CHAMBER": r"(?<!\w)(?:[Uu]w\s+Kamer|de\s+Kamer(?!\s+van\b))(?!\w)",
    "_REVERSED": rf"(?<![\w{_DASHES}])(?P<acr>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)\s*\((?P<full>[^()\n]{{5,90}})\)",
    "_HEAD_PHRASE": (rf"(?<![\w-])(?P<head>[A-Z][a-z]*(?:{_HEAD_SUFFIXES})|{'|'.join(_CAP_HEAD_WORDS)})"
                     + _HEAD_PHRASE.pattern.split("(?P<rest>", 1)[1].join(["(?P<rest>", ""])),
    "_TOPIC_COMMITTEE": (rf"(?<![\w-])(?P<name>(?:[Vv]aste{_SP}|[Aa]lgemene{_SP})?(?:[Kk]amer)?commissie{_SP}"
                         + _TOPIC_COMMITTEE.pattern.split(f"ommissie{_SP}", 1)[1]),
    "_NAMED_COMMITTEE": (r"(?<![\w-])(?P<head>[Cc]ommissie)[\s-]+(?P<person>(?:(?:Van|De|Den|Der|Ter|Ten|Van der|"
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
