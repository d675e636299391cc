"""The words every part of the reports extractor reads: its name and id, the genre nouns (what a report is called,
and the genre stored for each), and the patterns of names, months, laws and reports still to come that more than
one part uses."""
from __future__ import annotations

import re

from ...domain.dates import MONTHS
from .. import Anchored, anchor_words

# an article before a name, in group 1 ('de Raad voor de rechtspraak'), or none
_ARTICLE = re.compile(r"(?:(de|het)\s+)?")

NAME, VERSION = "reports", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"

# genre nouns as written (singular, plural, compounds) -> the genre stored on the report
_GENRE_WORDS: dict[str, str] = {
    "rapport": "rapport", "rapporten": "rapport", "onderzoeksrapport": "rapport",
    "eindrapport": "rapport", "inspectierapport": "rapport", "adviesrapport": "advies",
    "beleidsdoorlichting": "doorlichting",
    "onderzoek": "onderzoek", "onderzoeken": "onderzoek", "studie": "onderzoek",
    "bundel": "bundel", "artikel": "artikel", "krantenartikel": "artikel", "njb-artikel": "artikel",
    "advies": "advies", "adviezen": "advies", "doorlichting": "doorlichting",
    "bericht": "bericht", "nieuwsbericht": "bericht", "publicatie": "publicatie",
    "ambtsbericht": "ambtsbericht", "notitie": "publicatie", "essay": "publicatie",
    "position paper": "publicatie", "paper": "publicatie", "nota": "publicatie", "beleidsnota": "publicatie",
    "initiatiefnota": "publicatie",
    "visie": "publicatie", "jaarverslag": "rapport", "evaluatie": "onderzoek", "evaluatierapport": "rapport",
    "verkenning": "onderzoek", "rapportage": "rapport", "eindrapportage": "rapport", "tussenrapportage": "rapport",
    "eindevaluatie": "onderzoek", "voortgangsrapportage": "rapport", "signalement": "advies",
    "jaarrapportage": "rapport",
    "handreiking": "publicatie", "zienswijze": "advies", "voorlichting": "advies",
    "actieplan": "publicatie", "beleidsplan": "publicatie", "verslag": "rapport", "eindverslag": "rapport",
}
# genre nouns that name a report only with a quoted title: 'het actieplan «Focus op vakmanschap 2011–2015»'
# (not 'het actieplan van de VNG', a plan rather than a report); 'in haar verslag «Ongekend onrecht»' (not 'het
# verslag van het schriftelijk overleg', a parliamentary paper)
_QUOTED_ONLY = frozenset({"actieplan", "beleidsplan", "verslag", "eindverslag"})
_NEWS = {"bericht", "artikel"}
_GENRE = re.compile(r"(?<![\w-])(" + "|".join(sorted((re.escape(word).replace("\\ ", r"\s+") for word in _GENRE_WORDS),
                                                      key=len, reverse=True))
                    + r")(?![\w-])", re.IGNORECASE)
# _GENRE searched near the words every genre noun holds (the same matches, far fewer tries)
_GENRE_SCAN = Anchored(_GENRE, words=anchor_words(list(_GENRE_WORDS), (
    "rapport", "onderzoek", "studie", "bundel", "artikel", "advie", "doorlichting", "bericht", "publicatie", "notitie",
    "essay", "position", "paper", "nota", "visie", "jaarverslag", "evaluatie", "verkenning", "signalement",
    "handreiking", "zienswijze", "voorlichting", "actieplan", "beleidsplan", "verslag")), folded=True)

# a capitalised word, of a title or a name
_CAP = r"[A-ZÀ-Ý][\w’'-]*"
# a word that ends in an organisation noun, written in lower case ('de commissie', 'de adviesraad')
_ORG_NOUN = (r"[a-z]*(?:commissie|raad|dienst|inspectie|vereniging|stichting|instituut|bureau|college|"
             r"ministerie|minister|staatssecretaris|ombudsman|rekenkamer)")
_NOT_NAMES = {"Op", "Dit", "Deze", "Die", "Inmiddels", "In", "Het", "De", "Uit", "Naar", "Bij", "Met", "Zoals",
              "Ook", "Tijdens", "Daarnaast", "Verder", "Voorts", "Tevens", "Ik", "Wij", "U", "Hierin", "Daarin",
              "Kamer", "Tweede", "Eerste", "Nederland"}
# heads of organisation names: an unquoted capitalised phrase starting with one is an author
_ORG_HEADS = re.compile(
    r"^(?:Inspectie|Commissie|Raad|Ministerie|Dienst|Vereniging|Stichting|Instituut|Centraal|"
    r"Nationale|College|Adviesraad|Algemene|Rekenkamer|Ombudsman|Parlementaire|Tijdelijke|"
    r"Kinderombudsman|Amnesty|Vluchtelingenwerk|Europese|Staatscommissie)\b")

# bodies whose 'onderzoek' is a published study
_RESEARCH_BODY = re.compile(r"commissie|inspectie|raad|rekenkamer|ombudsman|instituut|bureau|universiteit|"
                            r"wrr|acvz|adviesraad|college", re.IGNORECASE)
# (also with a footnote marker glued to it: 'het advies ‘X’ uitgebracht1.')
_PUBLISHED = re.compile(
    r"\b(?:opgeleverde?|gepubliceerde?|uitgebrachte?|gepresenteerde?|verschenen|aangeboden|openbaar gemaakt|"
    r"publiceerden?|presenteerden?|"
    r"uitgekomen|verzonden)(?=\d{0,2}(?!\w))", re.IGNORECASE)

_SUBJECT_RULE = "subject line names the report"

# the month names, longest first, as a pattern's alternatives
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

# a legal instrument after 'van' is the subject of a study, never its author ('de evaluatie van de Wet X')
_INSTRUMENT_HEAD = re.compile(r"(?:Wet|Besluit|Regeling|Verordening|Richtlijn|Verdrag|Beschikking|Reglement|"
                              r"Uitvoeringsbesluit|Uitvoeringsregeling|Algemene\s+maatregel)\b")

# a clause about a report still to come ('Zodra het rapport ... beschikbaar is', 'Ik verwacht het rapport na de
# zomer', 'U ontvangt de eerstvolgende rapportage van de NZa voor de zomer')
_STILL_TO_COME = re.compile(r"\b(?:[Zz]odra|verwacht|[Bb]innenkort|nog\s+niet|na\s+(?:de\s+zomer|afloop\s+van)|"
                            r"voor\s+de\s+zomer|(?:wordt|worden)\s+(?:naar\s+verwachting\s+)?(?:in|voor|na|eind)\s)")

# an edition or report still to come, named by its title: 'de volgende Zorgbalans', 'de eerstvolgende
# voortgangsrapportage X' (the words right before it) ...
_TO_COME = re.compile(r"\b(?:volgende|komende|eerstvolgende|toekomstige)\s+$", re.IGNORECASE)
# ... or a relative clause right after it: 'het Centraal Economisch Plan dat in maart verschijnt', 'de
# voortgangsrapportage X, die ik u in december zal toezenden', 'de Staat van het Beleid, die u volgend voorjaar toekomt'
_APPEARS = re.compile(r"[’'\"»”]?\s*,?\s*(?:dat|die)\s+(?:(?:[^.;,]{0,40}?\s)?(?:verschijnt|uitkomt|zal\s+verschijnen|"
                      r"wordt\s+(?:gepubliceerd|uitgebracht)|(?:zal|zullen)\s+(?:toezenden|toesturen|sturen|zenden|"
                      r"aanbieden|publiceren|uitbrengen|opleveren))"
                      r"|(?:u|uw\s+Kamer)\s+(?:volgende?|komende?|later|binnenkort|eind|in\s+het\s+(?:voorjaar|najaar)|"
                      r"(?:voor|na)\s+de\s+zomer)\b[^.;,]{0,30}?\s(?:toekomt|ontvangt))\b")
