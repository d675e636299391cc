"""The data every rule reads: the register of kg/data/organisations.json, the word lists of
kg/data/organisation_cues.json, and the closed lists and characters the rules share (kinds, head nouns,
acronyms that are no organisations, dashes)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ...domain import rules
from ...domain.acronyms import DASHES as _DASHES
from ...domain.keys import slug
from ...domain.resources import data_file

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


@cache
def _cue_words(key: str) -> frozenset[str]:
    """A word list of kg/data/organisation_cues.json as a set."""
    return frozenset(rules.value(CUES_FILE, key, list))
