"""Persons: members of parliament, officials and other named people, with their role as written.

Rules:

- ``member``: ``het lid Gesthuizen (SP)``, ``de leden Ploumen en Jetten``, ``Kamerlid Becker``,
  ``motie van het lid Omtzigt c.s.``, ``motie-Omtzigt``, and the same in capitals inside
  footnotes (``MOTIE VAN DE LEDEN PLOUMEN EN JETTEN``). Role ``lid van de Tweede Kamer`` (or
  ``Eerste Kamer`` in a letter to the Eerste Kamer, and for ``de senator(en) X``, ``senator X`` in any
  letter); the party in brackets becomes a party key.
- ``cited author``: the authors of a study in brackets after its quoted title (``«Weidegang in Nederland»
  (Van den Pol-van Dasselaar, De Haan en Philipsen)``) or with ``e.a.`` (``(Wartna e.a., 2011)``).
- ``addressed``: ``de heer Ter Heerdt``, ``mevrouw Ella Kalsbeek``, ``mw. Roelofs``, with a role
  written right before (``de directeur mevrouw Keunen``, ``waarnemend hoofddirecteur van de
  IND, mevrouw Roelofs``) or right after (``de heer Ter Heerdt, directeur Migratiebeleid``).
- ``title``: a title followed by a family name (``Commissaris Malmström``, ``minister Hoekstra``,
  ``commissaris van de Koning Jansen``, ranks: ``generaal Tom Middendorp``), or by given and family
  name on one line (``burgemeester Ahmed Aboutaleb``); a lone ``van`` and one word after the name is
  the place of the office (``burgemeester Jaap Velema van Westerwolde``: role ``Burgemeester van
  Westerwolde``); members and titled names take a given name too (``het lid Jasper van Dijk``,
  ``mevrouw drs. Anne Marie van Dijk-Verhoeven``, ``de heer Mahamat Saleh Annadif``); academic
  titles (``prof. dr.``, ``professor``, ``mr.``) before a name, which are no role
  (``hoogleraar Bestuurskunde`` is a field, not a name).
- ``post and name``: ``de Minister van Financiën, Hoekstra,`` (the role is the post).
- ``office and name``: given and family name after an office of another country or body
  (``de Hoge Vertegenwoordiger ..., Josep Borrell``, ``de Oekraïense minister van Buitenlandse
  Zaken, Dmytro Koeleba``); the office is the role.
- ``initials``: ``C.H.J.M. Braun``, ``J. de Vries``, ``C. Braun en B. Fraussen`` (one initial alone
  only before a particle or beside another initialled name, so not ``bijlage A. Overzicht``).
- ``post``: a minister or state secretary named by the post only (``de Staatssecretaris van
  Justitie en Veiligheid``; a bare ``de Staatssecretaris`` is the post of the letter's own
  signatory when that is a Staatssecretaris). These become ``PostMention`` facts; resolve
  finds who held the post on the letter's date from the signatures of the build.

The signatory under the closing is the signatories extractor's and is not emitted again.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..domain import rules
from ..domain.keys import slug
from ..domain.model import Document, Fact, OrganisationMention, PersonMention, PostMention, Span
from ..domain.names import normalise_role, split_name
from . import Anchored, Claims, Extractor, evidence
from .organisations import register

NAME, VERSION = "persons", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"

_UP = "A-ZÀ-ÖØ-Þ"
# a married name may join a family name with particles after its hyphen: 'Dekkers-van Loon', 'Hamer-van der Meer'
_TOKEN = (rf"[{_UP}][^\W\d_]+(?:['’][^\W\d_]+)?"
          rf"(?:-(?:(?:van|von|de|den|der|ter|ten)[^\S\n]+){{0,2}}[{_UP}][^\W\d_]+)*")
_CAP_PARTICLES = r"(?:Van|Von|De|Den|Der|Ter|Ten|Te|In\s+['’]t|['’]t)"
_LOW_PARTICLES = r"(?:van|von|de|den|der|ter|ten|te|het|in\s+['’]t|['’]t)"
# 'De Nerée tot Babberich': 'tot' joins the two parts of a family name
_SURNAME = rf"(?:{_CAP_PARTICLES}\s+(?:{_LOW_PARTICLES}\s+)*)?{_TOKEN}(?:\s+tot\s+{_TOKEN})?"
_INITIALS = rf"(?:[{_UP}][a-z]?\.\s*){{1,4}}"
# after initials the family name may be two capitalised words without a particle ('F. Korthals Altes',
# 'E.M.H. Hirsch Ballin'): the second on the same line, not a word that opens a sentence, a post or a body,
# and not followed by a third capitalised word ('J. Smit Universiteit Leiden' keeps 'J. Smit')
_NOT_A_NAME_PART = (r"(?:De|Het|Een|Dit|Deze|Die|Dat|In|Op|Ik|Wij|Zij|Hij|Er|Ook|En|Van|Voor|Met|Bij|Uit|Namens|"
                    r"Minister|Staatssecretaris|Directeur|Voorzitter|Hoogleraar|Universiteit|Ministerie|Raad|"
                    r"Commissie|Inspectie|Stichting|Vereniging|Gemeente|Provincie|Hoogachtend|Pagina|Bijlage|"
                    r"Datum|Kenmerk|Onderwerp)(?![\w-])")
_INITIALLED_FAMILY = rf"{_TOKEN}(?:[^\S\n]+(?!{_NOT_A_NAME_PART}){_TOKEN}(?![\w-])(?![^\S\n]+[{_UP}]))?"
# a given and family name on one line: 'Tom Middendorp', 'Jasper van Dijk', 'Anne Marie van Dijk-Verhoeven',
# 'Mahamat Saleh Annadif' (up to three given names before the particles, two before a family name without)
# the family name may open with an Arabic article written in lower case ('Riyad al-Maliki')
_FAMILY_TOKEN = rf"(?:(?:al|el)-)?{_TOKEN}"
_GIVEN_AND_FAMILY = (rf"(?!{_CAP_PARTICLES}\s)(?:"
                     rf"{_TOKEN}(?:[^\S\n]+{_TOKEN}){{0,2}}[^\S\n]+(?:{_LOW_PARTICLES}[^\S\n]+)+{_TOKEN}(?=[\s,.;:)]|$)"
                     rf"|{_TOKEN}(?:[^\S\n]+{_TOKEN})?[^\S\n]+{_FAMILY_TOKEN}(?![\w-]))")
_FULL = (rf"(?:{_INITIALS}(?:{_LOW_PARTICLES}\s+)*{_INITIALLED_FAMILY}"
         rf"|{_GIVEN_AND_FAMILY}"
         rf"|{_SURNAME})")

# a party in brackets after a member's name: '(SP)', '(GroenLinks-PvdA)'
_PARTY = r"\(\s*(?P<party>[^()]{1,25}?)\s*\)"
# written with the first letter ahead of the look-behind (as organisations.forms._after_word_start) so that the
# engine skips to those letters; the plain form is in PLAIN_FORMS (the same matches)
# (members of the Eerste Kamer: 'de senator Van der Voort (D66)', 'de senatoren Nicolaï (PvdD) en Dittrich (D66)')
_MEMBER_LEAD = re.compile(
    r"[HhKkDdMmAaSs](?<![\w-][HhKkDdMmAaSs])(?:(?<=[Hh])et\s+(?:[Kk]amer)?lid|(?<=[Kk])amerlid|"
    r"(?<=[Dd])e\s+(?:(?:[Kk]amer)?leden|senator(?:en)?)|(?<=[Kk])amerleden|(?<=[Ss])enator(?:en)?|"
    r"(?:(?<=[Mm])otie|(?<=[Aa])mendement)[-–])\s*")
PLAIN_FORMS = {  # the plain form of each pattern written for speed (docs/fast-paths.md)
    "_MEMBER_LEAD": (r"(?<![\w-])(?:[Hh]et\s+(?:[Kk]amer)?lid|[Kk]amerlid|"
                     r"[Dd]e\s+(?:(?:[Kk]amer)?leden|senator(?:en)?)|[Kk]amerleden|[Ss]enator(?:en)?|"
                     r"(?:motie|amendement|Motie|Amendement)[-–])\s*"),
}
_JOINER = re.compile(r"\s*(?:,|en)\s+")
_OF_THE = re.compile(r"\s+van\s+(?:de|het)\s+")
_ONE_MEMBER = re.compile(rf"(?P<name>{_GIVEN_AND_FAMILY}|{_SURNAME})(?:\s*{_PARTY})?")
_MEMBER_CAPS = re.compile(r"(?<![A-Z])(?:VAN\s+HET\s+LID|VAN\s+DE\s+LEDEN)\s+(?P<names>[A-Z'’\- ]+?)"
                          r"(?=\s*(?:C\.S\.|,|\.|\s(?:OVER|TER|INZAKE|VOORGESTELD)\b|$))")
# academic titles before a name; a title is not a role ('prof. dr. C.H.J.M. Braun', 'professor Braun')
_ACADEMIC = r"(?:(?:[Pp]rof|[Dd]r|[Mm]r|[Dd]rs|[Ii]r|ing)\.|[Pp]rofessor(?![\w-]))"
_TITLE = re.compile(r"(?<![\w-])(?:(?P<title>de\s+heer|De\s+heer|mevrouw|Mevrouw|mevr\.|mw\.|dhr\.|Mw\.|Dhr\.)\s+"
                    rf"(?:{_ACADEMIC}\s*)*|(?:{_ACADEMIC}\s*)+)"
                    rf"(?P<name>{_FULL})")
# searched only where their first words are written (the same matches, far fewer tries)
_MEMBER_CAPS_SCAN = Anchored(_MEMBER_CAPS, re.compile("VAN"))
# (in the lower-cased text: 'de heer', the other titles as plain words, found with str.find)
_TITLE_SCAN = Anchored(_TITLE, re.compile(r"de\s+heer"), words=tuple(
    (word, 0) for word in ("mevrouw", "mevr.", "mw.", "dhr.", "prof", "dr.", "mr.", "drs.", "ir.", "ing.")),
    folded=True)
_ROLE_NOUNS = (r"(?:waarnemend\s+|plaatsvervangend\s+|interim[- ]|algemeen\s+|voormalig\s+)?"
               r"(?:hoofddirecteur|directeur-generaal|secretaris-generaal|inspecteur-generaal|directeur|"
               r"bestuursvoorzitter|voorzitter|burgemeester|wethouder|ombudsman|kinderombudsman|"
               r"hoogleraar|advocaat|rapporteur|woordvoerder|hoofd|ambassadeur|commissaris|"
               r"projectleider|programmadirecteur|bestuurder|lid)")
_ROLE_BEFORE = re.compile(rf"(?P<role>{_ROLE_NOUNS}(?:\s+[^,.;:()\n]{{1,110}}?)?),?\s+$")
_ROLE_AFTER = re.compile(rf"^,\s+(?P<role>{_ROLE_NOUNS}(?:\s+[^,.;:()\n]{{1,110}}?)?)"
                         r"(?=[,.;:)\n]|\s+(?:en|die|dat|over|om)\b)")
_NAMED_TITLE = re.compile(
    r"(?<![\w-])(?P<title>[Cc]ommissaris\s+van\s+de\s+Koning(?:in)?|Commissaris|Eurocommissaris|"
    r"[Mm]inister-president|[Pp]remier|[Mm]inister|[Ss]taatssecretaris|[Bb]urgemeester|[Ww]ethouder|"
    r"[Gg]ouverneur|[Gg]edeputeerde|[Dd]ijkgraaf|[Pp]resident|[Kk]amerlid|[Hh]oogleraar|"
    r"(?:luitenant-|vice-)?generaal|(?:luitenant-)?kolonel|(?:vice-|schout-bij-nacht\s)?admiraal|majoor|kapitein)"
    rf"\s+(?P<name>{_GIVEN_AND_FAMILY}|{_SURNAME})")
_NAMED_TITLE_SCAN = Anchored(_NAMED_TITLE, words=(("commissaris", len("euro")), *((word, 0) for word in (
    "minister", "premier", "staatssecretaris", "burgemeester", "wethouder", "president", "gouverneur",
    "gedeputeerde", "dijkgraaf", "kamerlid", "hoogleraar", "majoor", "kapitein")),
    ("generaal", len("luitenant-")), ("kolonel", len("luitenant-")), ("admiraal", len("schout-bij-nacht "))),
    folded=True)


@cache
def _described_scan() -> Anchored:
    """A given and family name after 'de' or 'het' and a noun for what the person is or does
    ('de journalist Roman Protasevitsj'; the nouns in kg/data/person_cues.json)."""
    nouns = rules.value("person_cues.json", "person_nouns", dict)["words"]
    alternation = "|".join(re.escape(noun).replace(r"\ ", r"\s") for noun in sorted(nouns, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:[Dd]e|[Hh]et)\s(?P<title>(?i:{alternation}))\s+(?P<name>{_GIVEN_AND_FAMILY})")
    return Anchored(pattern, words=tuple((noun.lower(), len("het ")) for noun in nouns), folded=True)


_NOT_NAMES = frozenset("""Justitie Veiligheid Buitenlandse Binnenlandse Financiën Defensie Economische Sociale
    Volksgezondheid Onderwijs Infrastructuur Landbouw Algemene Asiel Migratie Immigratie Integratie
    Vreemdelingenzaken Rechtsbescherming Medische Koninkrijksrelaties Klimaat Europese President Nederland
    Den Haag Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
    Kamer Staten-Generaal Staten Raad Commissie Minister Staatssecretaris Ministerie Dienst""".split())


@dataclass(frozen=True)
class _Person:
    span: Span
    name: str
    rule: str
    role: str | None = None
    party: str | None = None
    organisation: str | None = None


def _caps_name(name: str) -> str:
    """'VAN DER STAAIJ' -> 'Van der Staaij'; 'PLOUMEN' -> 'Ploumen'."""
    words = name.split()
    out = []
    for index, word in enumerate(words):
        lower = word.lower()
        if index < len(words) - 1 and re.fullmatch(r"van|von|de|den|der|ter|ten|te|het", lower):
            out.append(lower.capitalize() if index == 0 else lower)
        else:
            out.append("-".join(part.capitalize() for part in lower.split("-")))
    return " ".join(out)


def _party_key(text: str | None) -> str | None:
    if not text:
        return None
    entry = register().lookup(text.strip())
    return entry.id if entry and entry.kind == "party" else None


@cache
def _portfolio_words() -> frozenset[str]:
    """Words of a minister's portfolio ('Jeugd', 'Preventie'), never a name after a title
    (kg/data/organisation_cues.json)."""
    return frozenset(rules.value("organisation_cues.json", "portfolio_words", list))


def _plausible(name: str) -> bool:
    tokens = name.split()
    last = tokens[-1]
    if last in _NOT_NAMES or name in _NOT_NAMES or tokens[0] in _portfolio_words() or last in _portfolio_words():
        return False
    if len(last) > 1 and last.isupper():  # an acronym, not a name
        return False
    return not register().lookup(name)


def _member_role(document: Document) -> str:
    addressee = (document.head.addressee or "") + document.text[:max(document.clean.head_end, 800)]
    return "lid van de Eerste Kamer" if re.search(r"Eerste\s+Kamer", addressee) else "lid van de Tweede Kamer"


def _members(document: Document, text: str) -> list[_Person]:
    letter_role = _member_role(document)
    found: list[_Person] = []
    for lead in _MEMBER_LEAD.finditer(text):
        pos = lead.end()
        written = lead.group(0).lower()
        role = "lid van de Eerste Kamer" if "senator" in written else letter_role
        single = written.startswith(("het", "kamerlid", "motie", "amendement")) or written.rstrip().endswith("senator")
        while True:
            match = _ONE_MEMBER.match(text, pos)
            if not match or not _plausible(match.group("name")):
                break
            found.append(_Person(span=Span(match.start("name"), match.end("name")), name=match.group("name"),
                                 rule="member of parliament", role=role, party=_party_key(match.group("party"))))
            pos = match.end()
            if single:
                break
            joiner = _JOINER.match(text, pos)
            if not joiner:
                break
            pos = joiner.end()
    for match in _MEMBER_CAPS_SCAN.finditer(text):
        names = re.split(r"\s*,\s*|\s+EN\s+", match.group("names").strip())
        offset = match.start("names")
        for raw in names:
            start = text.find(raw, offset)
            if start < 0 or not raw.strip():
                continue
            offset = start + len(raw)
            found.append(_Person(span=Span(start, start + len(raw)), name=_caps_name(raw),
                                 rule="member of parliament (capitals)", role=letter_role))
    return found


def _role_before(window: str) -> tuple[int, str] | None:
    """The role written right before a title: the last role noun whose phrase runs up to the title."""
    best: tuple[int, str] | None = None
    for noun in re.finditer(rf"(?<![\w-]){_ROLE_NOUNS}(?![\w-])", window):
        match = _ROLE_BEFORE.match(window, noun.start())
        if match and not re.search(r"\b(?:mevrouw|heer|is|heeft|met)\b|\ben\s+(?:de|het)\b",
                                   match.group("role")[len(noun.group(0)):]):
            best = (noun.start(), match.group("role").strip())
    return best


def _org_after(text: str, end: int, spans: dict[int, OrganisationMention]) -> tuple[str, str] | None:
    """'van het iMMO' right after a name: (the words, the organisation key)."""
    match = _OF_THE.match(text, end)
    if not match:
        return None
    org = spans.get(match.end())
    if org is None:
        return None
    return text[end:match.end()].strip() + " " + org.name, org.key


def _role_org(role: str, orgs: _Starts, role_start: int) -> str | None:
    """The key of the last organisation (in the order of ``orgs``) named inside a role phrase."""
    first, last = bisect_left(orgs.starts, role_start), bisect_left(orgs.starts, role_start + len(role))
    return max(orgs.ranked[first:last])[1] if first < last else None


class _Starts:
    """Organisations by start, sorted for bisection: ``starts`` and, at the same index, (place in
    the mapping, key), so the last one named in a range is the one with the highest place."""

    def __init__(self, by_start: dict[int, OrganisationMention]) -> None:
        order = sorted((start, rank, org.key) for rank, (start, org) in enumerate(by_start.items()))
        self.starts = [start for start, _, _ in order]
        self.ranked = [(rank, key) for _, rank, key in order]


# a party in brackets right after a name: 'de heer Klaver (GroenLinks-PvdA)'
_PARTY_AFTER = re.compile(rf"[^\S\n]*{_PARTY}")


def _addressed(text: str, orgs: list[tuple[int, OrganisationMention]], member_role: str) -> list[_Person]:
    """Persons named with a title (``de heer``, ``mevrouw``, ``prof. dr.``) or after one (``burgemeester``),
    with the role written before or after them and the party in brackets after them; a titled person with a
    party and no other role is a member of the chamber the letter is written to (``member_role``)."""
    by_start = {start: org for start, org in orgs}
    starts = _Starts(by_start)
    found: list[_Person] = []
    for match in _TITLE_SCAN.finditer(text):
        name = match.group("name")
        if not _plausible(name):
            continue
        role: str | None = None
        role_start = -1
        window_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - 160)
        before = _role_before(text[window_start:match.start()])
        if before:
            role_start = window_start + before[0]
            role = re.sub(r"^(?:de|het)\s+", "", before[1])
        after = _ROLE_AFTER.match(text[match.end():match.end() + 160])
        if role is None and after:
            role = after.group("role").strip()
            role_start = match.end() + after.start("role")
        organisation = _role_org(role, starts, role_start) if role else None
        trailing = _org_after(text, match.end(), by_start)
        if trailing and role and not organisation:
            role, organisation = f"{role} {trailing[0]}", trailing[1]
        party = _PARTY_AFTER.match(text, match.end())
        party_key = _party_key(party.group("party")) if party else None
        found.append(_Person(span=Span(match.start("name"), match.end("name")), name=name, rule="named with a title",
                             role=re.sub(r"\s+", " ", role) if role else member_role if party_key else None,
                             organisation=organisation, party=party_key))
    for match in _NAMED_TITLE_SCAN.finditer(text):
        name = match.group("name")
        title = match.group("title")
        end = match.end("name")
        place = _place_after_name(name)
        if place:  # 'burgemeester Ina Adema van Lelystad': the place is the mayor's, not a part of the name
            name, end = place.group("name"), match.start("name") + place.end("name")
            title = f"{title} van {place.group('place')}"
        if not _plausible(name) or title.lower() == "hoogleraar" and _DISCIPLINE.search(name):
            continue
        found.append(_Person(span=Span(match.start("name"), end), name=name,
                             rule=f"named after a title: {match.group('title')}",
                             role=re.sub(r"\s+", " ", title[:1].upper() + title[1:])))
    for match in _described_scan().finditer(text):
        name = match.group("name")
        if _plausible(name):
            found.append(_Person(span=Span(match.start("name"), match.end("name")), name=name,
                                 rule=f"named after what the person is: {match.group('title')}",
                                 role=re.sub(r"\s+", " ", match.group("title"))))
    return found


# after a title, a name followed by a lone 'van' and one word: that word is the place or portfolio of the
# office ('burgemeester Jaap Velema van Westerwolde', 'premier Rhuggenaath van Curaçao'), not a part of the
# name -- unless the name before 'van' is a given name alone ('burgemeester Jan van Zanen', 'minister Karien
# van Gennip'; ``_given_names``)
_PLACE_AFTER_NAME = re.compile(rf"(?P<name>{_TOKEN}(?:[^\S\n]+{_TOKEN})*)[^\S\n]+van[^\S\n]+(?P<place>{_TOKEN})$")


@cache
def _given_names() -> frozenset[str]:
    """Common given names (kg/data/person_cues.json)."""
    return frozenset(rules.value("person_cues.json", "given_names", list))


def _place_after_name(name: str) -> re.Match[str] | None:
    """The place of the office after a name read after a title (``_PLACE_AFTER_NAME``), if there is one."""
    place = _PLACE_AFTER_NAME.match(name)
    return None if place is None or place.group("name") in _given_names() else place


# the end of a field of study, which follows 'hoogleraar' as often as a name does ('hoogleraar Bestuurskunde')
_DISCIPLINE = re.compile(r"(?:kunde|recht|wetenschap|wetenschappen|logie|ica|iek|economie|geschiedenis|filosofie|"
                         r"ethiek|beleid|bestuur|onderwijs|zorg|geneeskunde|techniek|studies)$")


# 'de Minister van Financiën, Hoekstra,': a post, then the name of who holds it between commas
_NAME_AFTER_POST = re.compile(rf",\s+(?:(?:de\s+heer|mevrouw)\s+)?(?P<name>{_FULL})"
                              r"(?=\s*[,;)]|\s+(?:heeft|is|zal|en)\b)")


def _named_posts(text: str, posts: list[tuple[Span, str, str]]) -> list[_Person]:
    """A minister or state secretary named by post and name: ``de Minister van Financiën, Hoekstra,``."""
    found: list[_Person] = []
    for span, role, _ in posts:
        match = _NAME_AFTER_POST.match(text, span.end)
        if match and " " in role and _plausible(match.group("name")):
            found.append(_Person(span=Span(match.start("name"), match.end("name")), name=match.group("name"),
                                 rule="named after a post", role=re.sub(r"\s+", " ", role)))
    return found


# 'de Hoge Vertegenwoordiger van de Unie voor buitenlandse zaken, Josep Borrell.', 'de Oekraïense minister van
# Buitenlandse Zaken, Dmytro Koeleba,': an office (of another country or body) and then the given and family
# name of who holds it between commas; the office is the role
_OFFICE_AND_NAME = re.compile(
    rf"(?<![\w-])(?P<role>(?:[{_UP}][^\W\d_]+(?:se|sche)\s+)?(?:Hoge\s+Vertegenwoordiger|[Ee]urocommissaris|"
    r"[Ss]ecretaris-[Gg]eneraal|[Pp]remier|[Pp]resident|[Mm]inister|[Aa]mbassadeur|[Cc]ommissaris|"
    r"[Bb]urgemeester|[Ww]ethouder|[Gg]ouverneur|[Dd]ijkgraaf|[Vv]oorzitter|[Dd]irecteur(?:-[Gg]eneraal)?|"
    r"[Ii]nspecteur-[Gg]eneraal|[Hh]oofdcommissaris)"
    r"(?:\s+[^,.;:()\n]{1,100}?)?),\s+"
    rf"(?P<name>{_TOKEN}\s+(?:{_LOW_PARTICLES}\s+)*{_TOKEN}(?:\s+{_TOKEN})?)"
    r"(?=\s*[,;.)]|\s+(?:heeft|is|zal|en|over)\b)")


# searched only from a short adjective ('Oekraïense ', 'Hoge ') before each office word
_OFFICE_AND_NAME_SCAN = Anchored(_OFFICE_AND_NAME, words=tuple((word, 25) for word in (
    "vertegenwoordiger", "eurocommissaris", "secretaris-generaal", "premier", "president", "minister", "ambassadeur",
    "commissaris", "burgemeester", "wethouder", "gouverneur", "dijkgraaf", "voorzitter", "directeur",
    "inspecteur-generaal")), folded=True)


def _plausible_full_name(name: str) -> bool:
    """A given and family name read without a title: no word of a ministry, month or sentence opening in it."""
    return not any(word in _NOT_NAMES or word in _SENTENCE_WORDS for word in name.split()) and _plausible(name)


def _offices_and_names(text: str) -> list[_Person]:
    """A person named by given and family name after the office held
    (``de Hoge Vertegenwoordiger ..., Josep Borrell``)."""
    found: list[_Person] = []
    for match in _OFFICE_AND_NAME_SCAN.finditer(text):
        name = match.group("name")
        if not _plausible_full_name(name):
            continue
        found.append(_Person(span=Span(match.start("name"), match.end("name")), name=name,
                             rule="named after an office", role=re.sub(r"\s+", " ", match.group("role"))))
    return found


# 'onder leiding van Emile Roemer', 'onder voorzitterschap van Tom de Bruijn': who chairs a committee or team,
# by given and family name
_CHAIRED_BY = re.compile(rf"\b[Oo]nder\s+(?:leiding|voorzitterschap)\s+van\s+(?P<name>{_GIVEN_AND_FAMILY})")
_CHAIRED_BY_SCAN = Anchored(_CHAIRED_BY, words=(("onder", 0),), folded=True)


def _chairs(text: str) -> list[_Person]:
    """A person named by given and family name as the one who leads a body (``onder leiding van Emile Roemer``)."""
    found: list[_Person] = []
    for match in _CHAIRED_BY_SCAN.finditer(text):
        name = match.group("name")
        if not _plausible_full_name(name) or any(register().lookup(word) for word in name.split()):
            continue  # ('onder leiding van Rijkswaterstaat Zee en Delta': a body)
        found.append(_Person(span=Span(match.start("name"), match.end("name")), name=name, rule="chair of a body",
                             role="voorzitter"))
    return found


# the authors of a study cited in brackets after its quoted title ('«Weidegang in Nederland» (Van den Pol-van
# Dasselaar, De Haan en Philipsen)') or as 'X e.a.' ('(Wartna e.a., 2011)'); a year alone does not make one
# ('(Parijs, 2015)'), nor names in brackets after anything but a title ('twee provincies (Groningen en Drenthe)')
_AUTHOR = rf"{_SURNAME}(?:-{_LOW_PARTICLES}\s+{_TOKEN})?"
_CITED_AUTHORS = re.compile(
    rf"(?:(?P<quote>[»”\"’']\s*)|(?<=\s))\((?P<names>{_AUTHOR}(?:\s*(?:,|\ben\b|&)\s*{_AUTHOR})*)"
    r"(?P<others>\s+(?:e\.a\.|et\s+al\.))?(?:,\s*(?:19|20)\d\d)?\)")
_AUTHOR_IN_LIST = re.compile(_AUTHOR)


def _cited_authors(text: str, orgs: list[tuple[int, OrganisationMention]]) -> list[_Person]:
    """Persons cited as the authors of a study: in brackets after its quoted title (two or more, or one with
    a year), or with 'e.a.'; not where the organisations read before stand ('«Title» (Movisie, 2019)')."""
    found: list[_Person] = []
    org_starts = sorted(start for start, _ in orgs)
    for match in _CITED_AUTHORS.finditer(text):
        names = list(_AUTHOR_IN_LIST.finditer(text, match.start("names"), match.end("names")))
        if not (match.group("others") or match.group("quote") and (len(names) > 1 or match.group(0)[-2].isdigit())):
            continue
        if not all(_plausible(name.group(0)) for name in names) \
                or bisect_left(org_starts, match.start("names")) != bisect_left(org_starts, match.end("names")):
            continue  # ('«Nederland in 2030» (CPB, 2010)', '(Justitie en Veiligheid e.a.)')
        found.extend(_Person(span=Span(name.start(), name.end()), name=name.group(0), rule="cited author")
                     for name in names)
    return found


# 'C.H.J.M. Braun', 'J. de Vries', 'C. Braun en B. Fraussen': initials and a family name; one initial
# alone only before a particle or beside another initialled name (not 'bijlage A. Overzicht')
_INITIAL = r"(?:[A-Z]|Th|Ch|Chr|Ph|IJ)\.[^\S\n]*"
_INITIALLED = (rf"(?:{_INITIAL}){{2,4}}(?:{_LOW_PARTICLES}\s+)*{_INITIALLED_FAMILY}"
               rf"|{_INITIAL}(?:{_LOW_PARTICLES}\s+)+{_INITIALLED_FAMILY}")
_ONE_INITIAL = rf"{_INITIAL}{_TOKEN}"
_INITIALLED_NAMES = re.compile(
    rf"(?<![\w.-])(?:(?P<first>{_INITIALLED}|{_ONE_INITIAL})(?:\s*(?:,|en|&)\s+(?P<second>{_INITIALLED}|{_ONE_INITIAL}))+(?![\w-])"
    rf"|(?P<name>{_INITIALLED})(?![\w-]))")
# the anchor: an initial ('J.', 'Th.', 'Chr.', 'IJ.'), written to open with a capital so that the engine
# skips to capitals (it also takes 'Ah.', which only adds a place to try)
_INITIALLED_SCAN = Anchored(_INITIALLED_NAMES, re.compile(r"[A-Z](?:h|hr|J)?\."))


def _initialled(text: str) -> list[_Person]:
    """Persons named by initials and family name, without a title (authors in footnotes, experts)."""
    found: list[_Person] = []
    for match in _INITIALLED_SCAN.finditer(text):
        if match.group("name"):
            names = [(match.start("name"), match.group("name"))]
        else:
            names = [(one.start(), one.group(0)) for one in
                     re.finditer(rf"(?:{_INITIALLED}|{_ONE_INITIAL})", text[match.start():match.end()])]
            names = [(match.start() + start, name) for start, name in names]
        for start, name in names:
            family = re.sub(rf"^(?:{_INITIAL})+", "", name)
            if _plausible(family) and family.split()[0] not in _SENTENCE_WORDS:
                found.append(_Person(span=Span(start, start + len(name)), name=name, rule="named by initials"))
    return found


_SENTENCE_WORDS = frozenset("""De Het Een Dit Deze Die Dat In Op Ik Wij Zij Hij Er Ook Zie Nr Bijlage Hoofdstuk
    Artikel Daarnaast Daarom Verder Tot Met Voor Van Bij Uit Door Naar Als Om Over Zo Dan En Of""".split())


def find_persons(document: Document, facts: Sequence[Fact] = (),
                 posts: list[tuple[Span, str, str]] | None = None) -> list[_Person]:
    """The persons named in the letter, the closing excepted; one per span (the first rule wins).

    ``posts`` are ``find_posts(document)``, when the caller has them already."""
    text = document.text
    for signatory in document.signatories:
        text = text[:signatory.span.start] + " " * len(signatory.span) + text[signatory.span.end:]
    orgs = _org_positions(document, facts)
    found: list[_Person] = []
    claims = Claims()
    named_posts = _named_posts(text, find_posts(document, text) if posts is None else posts)
    member_role = _member_role(document)
    titled = _addressed(text, orgs, member_role)
    for person in _members(document, text) + named_posts + titled + _initialled(text) + _offices_and_names(text) \
            + _chairs(text) + _cited_authors(text, orgs) + _named_with_party(text, orgs, member_role):
        if not claims.free(person.span):
            continue
        claims.take(person.span)
        found.append(person)
    return sorted(found, key=lambda p: p.span.start)


# a party in brackets ('(PVV)', '(GroenLinks-PvdA)'); whether it names a party is the register's to say
_PARTY_IN_BRACKETS = re.compile(r"\((?P<party>[^()\n]{1,25})\)")
# the family name right before it, after a word in lower case, a comma, a table's bar or the start of a line
# ('| Kuipers (PVV) |', 'gevraagd door Van der Plas (BBB)'); not after an article
# ('Partij van de Arbeid (PvdA)'), nor after a preposition of place ('in Amsterdam (PvdA)')
_NAME_BEFORE_PARTY = re.compile(rf"(?:^|(?<=[\n|,;:(])|(?<=[^\S\n])(?<!\bde )(?<!\bhet )(?<!\bder )"
                                rf"(?<!\bden )(?<!\bDe )(?<!\bHet )(?<!\bin )(?<!\bIn )(?<!\bte )"
                                rf"(?<!\buit )(?<!\bnaar ))[^\S\n]*(?P<name>{_SURNAME})[^\S\n]*$")


def _named_with_party(text: str, orgs: list[tuple[int, OrganisationMention]], role: str) -> list[_Person]:
    """A family name with a party in brackets after it, no title or role before it: a member of parliament
    ('| Kuipers (PVV) | afgedaan |', 'de vragen van Van der Plas (BBB) en Vos (VVD)'). Not a party's own
    name or any other organisation before its acronym ('de Partij voor de Dieren (PvdD)'), and not a name that
    is a body in the register."""
    found: list[_Person] = []
    named_bodies = Claims()
    for _, mention in orgs:
        named_bodies.take(Span(mention.evidence.clean_start, mention.evidence.clean_end))
    for bracket in _PARTY_IN_BRACKETS.finditer(text):
        party = _party_key(bracket.group("party"))
        if party is None:
            continue
        window_start = max(0, bracket.start() - 80)
        match = _NAME_BEFORE_PARTY.search(text, window_start, bracket.start())
        if match is None or not _plausible(match.group("name")):
            continue
        span = Span(match.start("name"), match.end("name"))
        if not named_bodies.free(span):
            continue
        found.append(_Person(span=span, name=match.group("name"), rule="name with a party in brackets",
                             role=role, party=party))
    return found


def _org_positions(document: Document, facts: Sequence[Fact]) -> list[tuple[int, OrganisationMention]]:
    """Clean-text starts of the organisation mentions read before."""
    return [(fact.evidence.clean_start, fact) for fact in facts if isinstance(fact, OrganisationMention)]


@cache
def _post_pattern() -> re.Pattern[str]:
    r"""``de Minister van Onderwijs, Cultuur en Wetenschap``: a post and its portfolio. After the first word
    a comma or space goes on only to a word of a portfolio ('portfolio_words'), so that the name written
    after the post ('de Minister van Financiën, Hoekstra') stays out of it. (It starts
    ``(?<![\w-])(?:de|De)``, written with the first letter ahead of the look-behind: the same matches.)"""
    portfolio = "|".join(sorted(map(re.escape, _portfolio_words()), key=lambda word: (-len(word), word)))
    return re.compile(
        r"[Dd](?<![\w-][Dd])e\s+(?P<role>(?P<noun>[Mm]inister-president|[Mm]inister|[Ss]taatssecretaris)"
        rf"(?:\s+(?:van|voor)\s+[A-Z][\w-]*(?:(?:,\s+|\s+)(?:{portfolio})(?![\w-])|\s+en\s+[A-Z][\w-]*)*)?)(?![\w-])")


def find_posts(document: Document, text: str | None = None) -> list[tuple[Span, str, str]]:
    """Ministers and state secretaries named by their post: (span, role as written, post key).

    ``text`` is the letter's text with the closing blanked (made here when not given)."""
    if text is None:
        text = document.text
        for signatory in document.signatories:
            text = text[:signatory.span.start] + " " * len(signatory.span) + text[signatory.span.end:]
    own = [normalise_role(s.role) for s in document.signatories]
    found: list[tuple[Span, str, str]] = []
    for match in _post_pattern().finditer(text):
        role = normalise_role(re.sub(r"\s+", " ", match.group("role")))
        if role.lower() == match.group("noun").lower():  # bare: the signatory's own post, if it is one
            same = [r for r in own if r.lower().startswith(role.lower() + " ")]
            if len(set(same)) != 1:
                continue
            role_key = slug(same[0])
        else:
            role_key = slug(role)
        found.append((Span(match.start("role"), match.end("role")), match.group("role"), role_key))
    return found


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    out: list[Fact] = []
    day = document.head.date.isoformat() if document.head.date else None
    posts = find_posts(document)
    for span, role, post_key in posts:
        out.append(PostMention(evidence=evidence(document, span, EXTRACTOR_ID, "named by post"), role=role,
                               post_key=post_key, date=day))
    for person in find_persons(document, facts, posts):
        parsed = split_name(person.name)
        out.append(PersonMention(
            evidence=evidence(document, person.span, EXTRACTOR_ID, person.rule), name=person.name,
            key=parsed.key, family_name=parsed.family, given_name=parsed.given, initials=parsed.initials,
            role=person.role, party=person.party, organisation=person.organisation))
    return out


EXTRACTOR = Extractor(NAME, VERSION, run, requires=("organisations",), produces="PersonMention")
