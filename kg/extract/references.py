"""References to parliamentary papers and proceedings, in the running text and the footnotes.

Formal citations carry an identifier:

* Kamerstukken: ``Kamerstuk 35 000 VI, nr. 116`` -> ``35000-VI-116`` (official ``kst-35000-VI-116``),
  a numbered part of a dossier before its paper's number (``21 501-32, nr. 1500`` -> ``21501-32-1500``),
  ``Kamerstukken II 2019/20, 19 637, nr. 2565``, a bare ``(19 637, nr. 1392)``, lettered papers of
  the Eerste Kamer (``Kamerstukken I 2022/23, 36 101, C`` -> ``36101-C``), whole dossiers
  (``Kamerstukken 19 637 en 30 573``: one reference each);
* the number the Kamer gives written questions and other matters (``2023Z12345``);
* Handelingen: ``Handelingen II 2018/19, nr. 90, item 11`` -> ``2018/19-90-11``
  (official ``h-tk-20182019-90-11``), and each further number of the same session
  (``..., nr. 61, item 9 en nr. 62, item 4``);
* Aanhangsel Handelingen: ``Aanhangsel Handelingen II 2018/19, nr. 3277`` -> ``2018/19-3277``
  (official ``ah-tk-20182019-3277``);
* a budget's dossier in brackets with its chapter's letter or numeral (``(36 600 A)`` -> ``36600-A``);
* documents of the European Commission (``COM(2020) 609``, ``COM/2020/609 final`` -> ``COM(2020) 609``).

Not references in this sense (not parliamentary papers): the Staatsblad, Staatscourant and
Tractatenblad (``Stb. 2020, 123``, ``Trb. 2010, 249``) and court rulings (ECLI numbers).

Descriptive references name a kind of paper: motions (``de motie van het lid Omtzigt c.s.``,
the footnote title ``MOTIE VAN DE LEDEN PLOUMEN EN JETTEN, voorgesteld 19 januari 2021
Vergaderjaar 2020–2021, nr 24.``), Kamervragen (``de Kamervragen van het lid Becker``) and
amendments (``het amendement van het lid Bromet``, ``amendement-Tielen``: kamerstukken), earlier
letters (``bij brief van 12 juli 2021``, ``mijn brief van 13 januari jl.``, with the date resolved
against the letter's date). When a formal citation follows a descriptive one in
the same sentence (``mijn brief van 27 januari jl. (19 637, nr. 1392)``) they are one
reference: the descriptive kind, with the citation's identifier (not across a new main clause:
``het verzoek van uw commissie van 14 mei en voer ik ... (Handelingen ...)`` are two).

The running text and the footnotes are read; a footnote numbered with a plain digit below the
signature (``1 Kamerstuk 27 923, nr. 370``, as text taken from a PDF gives it) is part of the
closing, and only its formal citations are read. A footnote whose one citation cites the descriptive
reference its marker follows (``de brief van 28 maart jl.1``) gives it its identifier and is no
reference of its own; a motion named again by its member (``de motie-Kwint``) after a fuller
reference to it, and a paper cited again by the same identifier, are no second reference.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ..domain.dates import find_dates
from ..domain.model import Document, Fact, OfficialReference, ReferenceMention, Span
from ..domain.resources import data_file
from ..domain.rules import DataFileError, choice, compile_pattern, load
from . import Anchored, Extractor, evidence, may_hold, without_overlaps

NAME, VERSION = "references", 1
EXTRACTOR_ID = f"{NAME}.v{VERSION}"


@dataclass(frozen=True)
class Citation:
    """A reference found in a text, before it becomes a fact."""

    start: int
    end: int
    kind: str  # kamerstuk, handelingen, aanhangsel, motie, kamervragen, brief, other
    identifier: str | None
    official_id: str | None
    when: date | None
    rule: str
    formal: bool  # carries its own identifier (a citation) rather than naming a paper


# ---------------------------------------------------------------- formal citations

_SESSION = r"(?P<session>(?:19|20)\d\d\s*[/–—-]\s*(?:(?:19|20)\d\d|\d\d))"
_CHAMBER = r"(?P<chamber>I{1,2}|EK|TK)"
_KAMERSTUK = re.compile(
    r"(?:(?P<label>Kamerstuk(?:ken)?|TK|EK|(?:Tweede|Eerste) Kamer(?= ?,))\s*(?:"
    + _CHAMBER.replace("chamber", "chamber1") + r"\s*)?,?\s*(?:[Vv]ergaderjaar\s+)?(?:" + _SESSION + r"\s*,?\s*)?)?"
    r"(?<![\d\w])(?P<dossier>\d{2}\s?\d{3})(?:[\s-]+(?P<sub>[IVXLC]{1,7}[AB]?|[A-Z])(?![\w])"
    # a numbered part of a dossier, only before its paper's number: '21 501-32, nr. 1500' (EU councils)
    r"|-(?P<numbered>\d{1,2})(?=\s*,?\s*nrs?\.?\s*\d)"
    r"|\s*\((?P<rijkswet>R\d{3,4})\))?"
    r"(?:\s*,?\s*(?:nrs?\.?|nummers?)\s*(?P<numbers>\d+(?:\s*(?:,|en|t/m|[–-])\s*\d+)*)(?![\d\w])"
    # a paper of the Eerste Kamer is numbered with letters: 'Kamerstukken I 2022/23, 36 101, C'
    r"|\s*,?\s*(?P<letter_label>(?:letters?|nrs?\.?)\s+)?(?P<letters>[A-Z]{1,2}(?:\s*(?:,|en)\s*[A-Z]{1,2}(?![\w-])(?!\s*\d))*)"
    r"(?![\w-])(?!\s*\d))")
# 'kamerstuk 32 776': a labelled dossier without a paper's number (the whole dossier)
_ONE_DOSSIER = (r"(?P<dossier>\d{2}\s?\d{3})(?:[\s-]+(?P<sub>[IVXLC]{1,7}[AB]?|[A-Z])(?![\w])"
                r"|\s*\((?P<rijkswet>R\d{3,4})\))?(?![\s,]*(?:nrs?\b|nummers?\b|\d(?!\d\s?\d{3}\b)|\(R\d|[IVXLC]{1,7}[AB]?\b))(?![\w-])")
_DOSSIER_ONLY = re.compile(r"(?P<label>[Kk]amerstuk(?:ken)?)\s+" + _ONE_DOSSIER)
# a budget's dossier in brackets, without label or paper's number: 'de begroting van het Mobiliteitsfonds
# (36 600 A)', '(36 200 XVI)' (the chapter's numeral or letter makes it one)
_BUDGET_DOSSIER = re.compile(r"\((?P<cited>(?P<dossier>\d{2}\s?\d{3})[\s-]+(?P<sub>[IVXLC]{1,7}[AB]?|[A-Z]))\)")
# the further dossiers of 'Kamerstukken 19 637 en 30 573', 'de Kamerstukken 27 923, 31 293 en 32 034'
_NEXT_DOSSIER = re.compile(r"\s*(?:,|\ben\b)\s*" + _ONE_DOSSIER)
_HANDELINGEN = re.compile(
    r"(?<!Aanhangsel )(?<!Aanhangsel van de )Handelingen(?:\s+" + _CHAMBER + r")?\s*,?\s*"
    r"(?:[Vv]ergaderjaar\s+)?" + _SESSION + r"\s*,?\s*(?:nr\.?|nummer)\s*(?P<number>\d+)"
    r"(?:\s*,?\s*items?\s+(?P<item>\d+)(?P<items>(?:\s*(?:,|en|t/m)\s*\d{1,3}(?![\d\w]))*))?(?![\d\w])")
# a further number of the same session's proceedings: 'Handelingen II 2013/14, nr. 61, item 9 en nr. 62, item 4'
_NEXT_PROCEEDINGS = re.compile(r"\s*(?:,|;|\ben\b)\s*(?P<cite>(?:nr\.?|nummer)\s*(?P<number>\d+)"
                               r"(?:\s*,?\s*item\s+(?P<item>\d+))?)(?![\d\w])")
# older proceedings cited by page: 'Handelingen II 2006/07, blz. 1234-1240' (no number to form an id from)
_HANDELINGEN_PAGE = re.compile(
    r"(?<!Aanhangsel )(?<!Aanhangsel van de )Handelingen(?:\s+" + _CHAMBER + r")?\s*,?\s*"
    r"(?:[Vv]ergaderjaar\s+)?" + _SESSION + r"\s*,?\s*(?:blz|pp?|pag)\.\s*\d+(?:\s*[-–]\s*\d+)?(?![\d\w])")
_AANHANGSEL = re.compile(
    r"Aanhangsel\s+(?:van\s+de\s+)?Handelingen(?:\s+" + _CHAMBER + r")?\s*,?\s*"
    r"(?:[Vv]ergaderjaar\s+)?" + _SESSION + r"\s*,?\s*(?:nr\.?|nummer)\s*(?P<number>\d+)"
    r"(?![\d\w])")
# a document of the European Commission by its number: 'COM(2020) 609', 'SWD(2023) 12 final'
_EU_DOCUMENT = re.compile(r"(?<![\w-])(?P<series>COM|SEC|SWD|JOIN)(?:\s?\((?P<year>(?:19|20)\d\d)\)\s?"
                          r"|/(?P<slashed>(?:19|20)\d\d)/)(?P<number>\d{1,4})"
                          r"(?![\d\w])(?:\s+(?:final|def\.|definitief)(?![\w]))?")
# searched only where a match can start (the same matches, far fewer tries): at a label or the
# dossier's first two digits, at 'Handelingen', at 'Aanhangsel'
_KAMERSTUK_SCAN = Anchored(_KAMERSTUK, re.compile(r"Kamerstuk|TK|EK|Tweede Kamer|Eerste Kamer|\d\d"))
_DOSSIER_ONLY_SCAN = Anchored(_DOSSIER_ONLY, words=(("amerstuk", 1),))
_HANDELINGEN_SCAN = Anchored(_HANDELINGEN, re.compile("Handelingen"))
_HANDELINGEN_PAGE_SCAN = Anchored(_HANDELINGEN_PAGE, re.compile("Handelingen"))
_AANHANGSEL_SCAN = Anchored(_AANHANGSEL, re.compile("Aanhangsel"))
_EU_DOCUMENT_SCAN = Anchored(_EU_DOCUMENT, re.compile("COM|SEC|SWD|JOIN"))


def session(text: str) -> tuple[str, str] | None:
    """'2018/19', '2018-2019', '2018–2019' -> ('2018/19', '20182019'); None when not a session."""
    match = re.fullmatch(r"((?:19|20)\d\d)\s*[/–—-]\s*((?:19|20)?\d\d)", text.strip())
    if match is None:
        return None
    first = int(match[1])
    second = match[2][-2:]
    if (first + 1) % 100 != int(second):
        return None
    return f"{first}/{second}", f"{first}{first + 1}"


def _chamber_code(chamber: str | None) -> str | None:
    return {"II": "tk", "TK": "tk", "I": "ek", "EK": "ek"}.get(chamber or "")


def _kamerstukken(text: str, start: int, end: int) -> list[Citation]:
    found = []
    for match in _KAMERSTUK_SCAN.finditer(text, start, end):
        dossier = re.sub(r"\s", "", match["dossier"])
        sub = match["sub"] or match["numbered"] or match["rijkswet"]
        if match["letters"]:
            if not _senate_paper(match):
                continue
            numbers = re.findall(r"[A-Z]{1,2}", match["letters"])
        else:
            numbers = re.findall(r"\d+", match["numbers"])
        if re.search(r"t/m|[–-]", match["numbers"] or "") and len(numbers) == 2 \
                and 0 < int(numbers[1]) - int(numbers[0]) < 20:
            numbers = [str(n) for n in range(int(numbers[0]), int(numbers[1]) + 1)]
        for number in numbers:
            identifier = "-".join(part for part in (dossier, sub, number) if part)
            found.append(Citation(match.start(), match.end(), "kamerstuk", identifier,
                                  f"kst-{identifier}", None,
                                  "Kamerstuk citation" if match["label"] else "dossier, nr.", True))
    for match in _DOSSIER_ONLY_SCAN.finditer(text, start, end):
        if any(item.start <= match.start() < item.end for item in found):
            continue
        dossiers = [match]
        while (following := _NEXT_DOSSIER.match(text, dossiers[-1].end(), end)) is not None:
            dossiers.append(following)
        for cited in dossiers:
            sub = cited["sub"] or cited["rijkswet"]
            identifier = re.sub(r"\s", "", cited["dossier"]) + (f"-{sub}" if sub else "")
            found.append(Citation(match.start(), dossiers[-1].end(), "kamerstuk", identifier, f"kst-{identifier}",
                                  None, "Kamerstuk dossier", True))
    for match in _BUDGET_DOSSIER.finditer(text, start, end):
        if not any(item.start <= match.start("cited") < item.end for item in found):
            identifier = re.sub(r"\s", "", match["dossier"]) + "-" + match["sub"]
            found.append(Citation(match.start("cited"), match.end("cited"), "kamerstuk", identifier,
                                  f"kst-{identifier}", None, "Kamerstuk dossier", True))
    return found


def _senate_paper(match: re.Match[str]) -> bool:
    """Whether a dossier followed by capital letters cites papers of the Eerste Kamer, which are
    lettered (``Kamerstukken I 2022/23, 36 101, C``, ``EK 36 101, E``, ``36 101, letter D``):
    only when the citation says the chamber or the word 'letter', as a bare ``36 101, C`` may be
    anything."""
    if match["letter_label"] and match["letter_label"].lower().startswith("letter"):
        return True
    label = match["label"] or ""
    return match["chamber1"] in ("I", "EK") or label in ("EK", "Eerste Kamer")


def _items(first: str, further: str) -> list[str]:
    """The items of 'item 10', 'items 10 en 13', 'items 4 t/m 6' (a short range written out)."""
    items = [first]
    for joint, number in re.findall(r"(,|en|t/m)\s*(\d+)", further):
        if joint == "t/m" and 0 < int(number) - int(items[-1]) < 20:
            items += [str(n) for n in range(int(items[-1]) + 1, int(number) + 1)]
        else:
            items.append(number)
    return items


def _proceedings(text: str, start: int, end: int) -> list[Citation]:
    found = []
    for match in _HANDELINGEN_SCAN.finditer(text, start, end):
        years = session(match["session"])
        if years is None:
            continue
        chamber = _chamber_code(match["chamber"])
        cited: list[re.Match[str]] = [match]
        while (following := _NEXT_PROCEEDINGS.match(text, cited[-1].end(), end)) is not None:
            cited.append(following)
        for index, part in enumerate(cited):
            number = part["number"]
            # 'nr. 92, items 10 en 13': one reference for each item
            items = _items(part["item"], part.groupdict().get("items") or "") if part["item"] else [None]
            begin = match.start() if index == 0 else part.start("cite")
            for item in items:
                official = (f"h-{chamber}-{years[1]}-{number}" + (f"-{item}" if item else "")) if chamber else None
                identifier = "-".join([years[0], number] + ([item] if item else []))
                found.append(Citation(begin, part.end(), "handelingen", identifier, official, None,
                                      "Handelingen citation", True))
    for match in _HANDELINGEN_PAGE_SCAN.finditer(text, start, end):
        if session(match["session"]) is not None:
            found.append(Citation(match.start(), match.end(), "handelingen", None, None, None,
                                  "Handelingen citation by page", True))
    for match in _AANHANGSEL_SCAN.finditer(text, start, end):
        years = session(match["session"])
        if years is None:
            continue
        chamber = _chamber_code(match["chamber"])
        official = f"ah-{chamber}-{years[1]}-{match['number']}" if chamber else None
        found.append(Citation(match.start(), match.end(), "aanhangsel",
                              f"{years[0]}-{match['number']}", official, None,
                              "Aanhangsel Handelingen citation", True))
    return found


def _eu_documents(text: str, start: int, end: int) -> list[Citation]:
    """Documents of the European Commission by their number (``COM(2020) 609``, ``SWD(2023) 12 final``):
    kind other, the number as identifier (``COM(2020) 609``)."""
    return [Citation(match.start(), match.end(), "other",
                     f"{match['series']}({match['year'] or match['slashed']}) {match['number']}",
                     None, None, "EU document number", True)
            for match in _EU_DOCUMENT_SCAN.finditer(text, start, end)]


# ---------------------------------------------------------------- descriptive references

_PARTICLE = (r"(?:[Vv]an\s+(?:der|den|de)|VAN\s+(?:DER|DEN|DE)|[Vv]an|VAN|[Dd]e|DE|[Dd]er|[Dd]en"
             r"|[Tt]er|[Tt]en|TER|TEN|[Ii]n\s+[’']t|[Tt]e)")
# a member's first name, when the letter gives it ('Romke de Jong', 'INGE VAN DIJK'): a capitalised
# word followed by a particle or another capitalised word, not by 'en'
_FIRST_NAME = (r"(?:[A-Z][a-zà-ÿ]+|[A-Z]{2,})\s+(?!(?:en|EN)\b)(?=" + _PARTICLE + r"\s+[A-Z]|[A-Z][A-Za-zÀ-ÿ’'])")
_SURNAME = (r"(?:[A-Z]\.\s?){0,4}(?:" + _FIRST_NAME + r")?(?:" + _PARTICLE + r"\s+)?[A-Z][A-Za-zÀ-ÿ’']+"
            r"(?:-(?:" + _PARTICLE + r"\s+)?[A-Z][A-Za-zÀ-ÿ’']+)*")
_PARTY = r"(?:\s*\([A-Za-z0-9&/ -]{2,20}\))?"  # '(CDA)', '(allen D66)'
# (after a comma the label of a citation is no further member: 'Motie van het lid X, Kamerstuk 27 923, nr. 371')
_NOT_A_MEMBER = r"(?!(?:Kamerstuk(?:ken)?|Aanhangsel|Handelingen|Vergaderjaar|TK|EK)\b)"
_MEMBERS = (r"(?:het\s+lid|de\s+leden|HET\s+LID|DE\s+LEDEN|het\s+Kamerlid|de\s+Kamerleden)\s+"
            + _SURNAME + _PARTY + r"(?:\s*,\s*" + _NOT_A_MEMBER + _SURNAME + _PARTY + r")*"
            r"(?:\s+(?:en|EN)\s+" + _SURNAME + r")?"
            r"(?:\s+(?:c\.s\.|C\.S\.))?" + _PARTY)
_MOTION = re.compile(
    r"(?:(?:[Mm]otie|MOTIE)s?|[Mm]oties)\s+(?:van|VAN)\s+" + _MEMBERS
    + r"|[Mm]otie-" + _SURNAME + _PARTY + r"(?:\s+c\.s\.)?" + _PARTY  # 'de motie-Ormel (CDA)'
    # 'de motie Omtzigt c.s.', 'de motie Van Baarle over ...': a name right after the noun
    + r"|(?<=[Dd]e )motie\s+(?=[A-Z])" + _SURNAME + r"(?=\s+c\.s\.|\s*[(,.;:]|\s+(?:over|inzake|betreffende"
    r"|om|die|en|is|wordt|werd|verzoekt|vraagt|heeft|van\s+\d)\b)(?:\s+c\.s\.)?")
# amendments are papers of a bill's dossier: 'het amendement van het lid Bromet', 'amendement-Tielen'
_AMENDMENT = re.compile(
    r"(?:[Aa]mendement|AMENDEMENT)(?:en|EN)?\s+(?:van|VAN)\s+" + _MEMBERS
    + r"|[Aa]mendement-" + _SURNAME + _PARTY + r"(?:\s+c\.s\.)?" + _PARTY)
_MOTION_TAIL = re.compile(
    r"(?:,?\s*(?:voorgesteld|ingediend|aangenomen|VOORGESTELD)\s+(?:op\s+)?(?P<date>[^,.;()]{5,30}?"
    r"(?:19|20)\d\d))?(?:,?\s*[Vv]ergaderjaar\s+(?:19|20)\d\d\s*[/–—-]\s*(?:19|20)?\d\d)?"
    r"(?:,?\s*(?:nr\.?|nummer)\s*\d+\.?)?")
_QUESTIONS = re.compile(
    r"(?:(?:schriftelijke|mondelinge)\s+)?(?:Kamervragen|[Vv]ragen)\s+van\s+" + _MEMBERS)
# (the words are looked for in the lower-cased text: a few more tries, each a quick failure)
_MOTION_SCAN = Anchored(_MOTION, words=(("motie", 0),), folded=True)
_AMENDMENT_SCAN = Anchored(_AMENDMENT, words=(("amendement", 0),), folded=True)
_QUESTIONS_SCAN = Anchored(_QUESTIONS, words=(("schriftelijke", 0), ("mondelinge", 0), ("kamervragen", 0),
                                              ("ragen", 1)), folded=True)
_QUESTION_NUMBER = re.compile(r"\(?\s*(?P<number>(?:19|20)\d\dZ\d{4,6})\s*\)?")
_QUESTION_NUMBER_LATER = re.compile(r"[^.;:()]{0,160}\([^()]{0,60}?\b(?P<number>(?:19|20)\d\dZ\d{4,6})\s*\)")
_ZAAK_NUMBER = re.compile(r"(?<![\w-])(?:19|20)\d\dZ\d{5}(?![\w-])")
_ZAAK_NUMBER_SCAN = Anchored(_ZAAK_NUMBER, words=(("Z", 4),))  # 'Z' stands 4 characters into '2023Z12345'
_LETTER_ANCHOR = re.compile(
    r"(?:(?:mijn|onze|zijn|haar|uw|de|het\s+kabinets?)\s+)?(?:[A-Za-z]+)?brief\s+(?:van|d\.d\.)\s+")
_SENTENCE_END = re.compile(r"(?<!\bjl)(?<!\bnr)(?<!\bd\.d)(?<!\ba\.s)(?<!\bo\.a)(?<!\bc\.s)(?<!\bi\.h\.k)"
                           r"[.!?;]\s+(?=[A-Z(])")


def _iso_day(value: str | None) -> date | None:
    if value and len(value) == 10:
        return date.fromisoformat(value)
    return None


def _motions(text: str, start: int, end: int, letter_date: date | None) -> list[Citation]:
    found = []
    for match in _MOTION_SCAN.finditer(text, start, end):
        tail = _MOTION_TAIL.match(text, match.end(), end)
        stop = tail.end() if tail and tail.end() > match.end() else match.end()
        when = None
        if tail and tail["date"]:
            dates = find_dates(tail["date"], letter_date)
            when = _iso_day(dates[0].value) if dates else None
        found.append(Citation(match.start(), stop, "motie", None, None, when, "motie van het lid",
                              False))
    return found


def _amendments(text: str, start: int, end: int) -> list[Citation]:
    """``het amendement van het lid X``, ``amendement-X``: a paper of the bill's dossier (a
    kamerstuk), numbered when a citation follows it."""
    return [Citation(match.start(), match.end(), "kamerstuk", None, None, None, "amendement van het lid", False)
            for match in _AMENDMENT_SCAN.finditer(text, start, end)]


def _questions(text: str, start: int, end: int) -> list[Citation]:
    """``(de) vragen van het lid X (PARTIJ)``, with the number the Kamer gave them when it follows
    at once (``(2023Z12345)``) or closes the bracket after the topic in the same sentence
    (``over Y (ingezonden 3 mei 2023, 2023Z12345)``). Oral questions of the question hour (``in het mondelinge
    vragenuur antwoord geven op vragen van het lid X``) are asked in a sitting, not on paper: no reference."""
    found = []
    for match in _QUESTIONS_SCAN.finditer(text, start, end):
        if _in_question_hour(text, match.start(), match.end()):
            continue
        stop, identifier = match.end(), None
        number = _QUESTION_NUMBER.match(text, match.end(), end)
        if number is not None and number.start() - match.end() <= 2:
            stop, identifier = number.end(), number["number"]
        else:
            later = _QUESTION_NUMBER_LATER.match(text, match.end(), min(end, match.end() + 240))
            if later is not None:
                stop, identifier = later.end(), later["number"]
        found.append(Citation(match.start(), stop, "kamervragen", identifier, None, None,
                              "vragen van het lid", False))
    return found


def _in_question_hour(text: str, start: int, end: int) -> bool:
    """Does the sentence around ``text[start:end]`` speak of the question hour (``vragenuur``)?"""
    window = max(0, start - 200)
    begin = max(text.rfind(". ", window, start) + 2, text.rfind("\n", window, start) + 1, window)
    stop = min(position for position in (text.find(". ", end, end + 200), text.find("\n", end, end + 200),
                                         min(len(text), end + 200)) if position >= 0)
    return "vragenuur" in text[begin:stop].lower()


def _question_numbers(text: str, start: int, end: int) -> list[Citation]:
    """A number the Kamer gives to written questions (``2023Z12345``) standing on its own: the
    questions when the words before it in the sentence speak of questions, else the parliamentary
    matter it numbers (kind other)."""
    found = []
    for match in _ZAAK_NUMBER_SCAN.finditer(text, start, end):
        before = text[max(start, match.start() - 200):match.start()]
        sentence = _SENTENCE_END.split(before)[-1]
        kind = "kamervragen" if re.search(r"[Vv]ragen\b|[Vv]raag\b", sentence) else "other"
        found.append(Citation(match.start(), match.end(), kind, match.group(0), None, None, "zaaknummer", True))
    return found


def _letter_anchors(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_LETTER_ANCHOR.finditer(text, start, end)`` finds, searching only around each 'brief'.

    A match is ``[prefix word, space] letters 'brief' space ('van'|'d.d.') space``: before its
    'brief' it holds only ASCII letters and white space, after it at most two runs of white space
    around four characters. So the match that uses a given 'brief' lies within those bounds, and
    searching there finds it without trying every position of the text (the plain search costs
    7.3% of a build, docs/fast-paths.md).
    """
    cursor = scan = start  # matches start from ``cursor``; the next 'brief' is looked for from ``scan``
    while True:
        found = text.find("brief", scan, end)
        if found < 0:
            return
        begin = found
        while begin > cursor and (text[begin - 1].isspace() or text[begin - 1] in _ASCII_LETTERS):
            begin -= 1
        limit = _after_spaces(text, min(end, _after_spaces(text, found + 5, end) + 4), end)
        match = _LETTER_ANCHOR.search(text, begin, limit)
        if match is None:
            scan = found + 1
            continue
        yield match
        cursor = scan = match.end()


def _after_spaces(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _letters(text: str, start: int, end: int, letter_date: date | None) -> list[Citation]:
    """``(mijn) brief van/d.d. <date>``, also with the sender in between (``brief van de
    Minister van Buitenlandse Zaken van 3 juni 2019``); a letter without a date is no reference, nor one
    named by a time around the summer (``de artikel 100-brief van voor de zomer``)."""
    found = []
    for match in _letter_anchors(text, start, end):
        window_end = min(end, match.end() + 110)
        sentence_end = _SENTENCE_END.search(text, match.end(), window_end)
        if sentence_end is not None:
            window_end = sentence_end.start() + 1
        # ('de brief van voor de zomer' is a time, most often ahead, not the day a letter was sent)
        dates = [item for item in find_dates(text[match.end():window_end], letter_date)
                 if item.rule not in ("year", "relative year", "around summer")]
        if not dates:
            continue
        first = dates[0]
        between = text[match.end():match.end() + first.start]
        if first.start > 0 and not re.search(r"\s(?:van|d\.d\.)\s*$", " " + between):
            continue
        if re.search(r"[;:()]", between):
            continue
        stop = match.end() + first.end
        found.append(Citation(match.start(), stop, "brief", None, None, _iso_day(first.value),
                              "brief van <datum>", False))
    return found


# ---------------------------------------------------------------- references as data (kg/data/reference_cues.json)

CUES_FILE = "reference_cues.json"
KINDS = ("kamerstuk", "handelingen", "aanhangsel", "motie", "kamervragen", "brief", "other")
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# what the names in a cue's pattern stand for (besides {DOCUMENT}, made from the file's list)
# one member by name, with a particle and the party in brackets: 'Van der Molen (CDA)'
# (a first name before it where the letter gives one: 'het lid Jasper van Dijk (SP)', 'het lid Inge Jansen')
_MEMBER = (r"(?:[A-ZÀ-Þ][a-zà-ÿ]+ (?=(?:[Vv]an|[Dd]e|[Tt]er) [A-ZÀ-Þ]|[A-ZÀ-Þ][a-zà-ÿ]))?"
           r"(?:[Vv]an (?:der |den |de )?|[Dd]e |[Tt]er )?[A-ZÀ-Þ][\w'’-]+(?: \([\w-]+\))?")
_MACROS = {
    "DATE": rf"\d{{1,2}} (?:{_MONTHS})(?: (?:19|20)\d\d| jl\.?| jongstleden| j\.l\.)?",
    "MEMBERS": rf"(?:het lid|de leden) {_MEMBER}(?:(?:,| en) {_MEMBER}){{0,5}}(?: c\.s\.)?",
    "MONTH": rf"(?:{_MONTHS}) (?:19|20)\d\d",
}


@dataclass(frozen=True)
class ReferenceCue:
    """One pattern entry of kg/data/reference_cues.json."""

    id: str
    kind: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    near_misses: tuple[str, ...]
    scan: Anchored | None = None  # the pattern tried only where one of the entry's 'starts' stands
    needs: tuple[str, ...] = ()  # literals one of which every match holds (the entry's 'needs'): else nothing to search
    numbered: bool = False  # the group 'ref' is the reference's own number (the entry's 'numbered')
    clause: bool = False  # a relative clause after another reference of its sentence is that one's ('clause')
    yields: bool = False  # gives way to another reference inside its match ('yields')

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text, start, end)`` finds, found faster."""
        if self.needs and not any(may_hold(text, needed, start, end) for needed in self.needs):
            return iter(())
        return (self.scan or self.pattern).finditer(text, start, end)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """The pattern with each {NAME} of ``macros`` written out."""
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


def _lower_words(row: dict, key: str) -> list[str]:
    """A cue's list of words in lower case under ``key`` ('starts', 'anchors'); anything else is a DataFileError."""
    words = row.get(key) or []
    if not isinstance(words, list) or not all(isinstance(word, str) and word and word == word.lower()
                                              for word in words):
        raise DataFileError(data_file(CUES_FILE), f"'{key}' must be a list of words in lower case",
                            str(row.get("id") or "?"))
    return words


@lru_cache(maxsize=1)
def reference_cues() -> tuple[tuple[ReferenceCue, ...], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The cues of the data file, its document nouns, the pattern of an enclosure list's
    introduction, and the pattern of a document noun at the start of a list item."""
    raw = load(CUES_FILE)
    documents = raw.get("documents")
    if not isinstance(documents, list) or not all(isinstance(noun, str) and noun for noun in documents):
        raise DataFileError(data_file(CUES_FILE), "needs a list of nouns under 'documents'")
    nouns = sorted(documents, key=len, reverse=True)
    macros = dict(_MACROS, DOCUMENT="|".join(re.escape(noun) for noun in nouns))
    cues = []
    for row in raw.get("patterns") or []:
        entry = str(row.get("id") or "?")
        kind = choice(CUES_FILE, entry, "kind", row.get("kind"), KINDS)
        pattern = compile_pattern(CUES_FILE, entry, _expand(row.get("pattern") or "", macros), 0)
        starts, anchors, reach = _lower_words(row, "starts"), _lower_words(row, "anchors"), row.get("reach") or 0
        if not isinstance(reach, int):
            raise DataFileError(data_file(CUES_FILE), "'reach' must be a number", entry)
        words = tuple((word, 0) for word in starts) + tuple((word, reach) for word in anchors)
        scan = Anchored(pattern, words=words, folded=True) if words else None
        needs = row.get("needs") or ()
        needs = (needs,) if isinstance(needs, str) else needs
        if not isinstance(needs, (list, tuple)) or not all(isinstance(needed, str) and needed for needed in needs):
            raise DataFileError(data_file(CUES_FILE), "'needs' must be a string or a list of strings", entry)
        cues.append(ReferenceCue(entry, kind, pattern, tuple(row.get("examples") or ()), tuple(row.get("not") or ()),
                                 scan, tuple(needs), bool(row.get("numbered")), bool(row.get("clause")),
                                 bool(row.get("yields"))))
    intro = compile_pattern(CUES_FILE, "enclosure_intro", raw.get("enclosure_intro"))
    item = re.compile(r"(?:(?:de|het|een)\s+)?[a-z]*(?:" + macros["DOCUMENT"] + r")\b", re.I)
    return tuple(cues), frozenset(documents), intro, item


def _cued(text: str, start: int, end: int, letter_date: date | None) -> list[Citation]:
    """The references the data file's patterns find; a paper named again in the same words
    (``een nota van wijziging`` ... ``De nota van wijziging bevat ...``) is the same paper."""
    found = []
    seen: set[str] = set()
    for cue in reference_cues()[0]:
        for match in cue.finditer(text, start, end):
            said = " ".join(match.group(0).lower().split())
            if said in seen:
                continue
            seen.add(said)
            dates = find_dates(match.group(0), letter_date) if cue.kind == "brief" else []
            begin, stop = match.span("ref") if "ref" in cue.pattern.groupindex else match.span()
            number = text[begin:stop] if cue.numbered else None  # 'T03129': the promise's own number
            found.append(Citation(begin, stop, cue.kind, number, None,
                                  _iso_day(dates[0].value) if dates else None, cue.id, False))
    return found


_LIST_MARK = re.compile(r"(?:\d{1,2}[.)]|[-•▪–])\s+")


def _enclosures(text: str, start: int, end: int) -> list[Citation]:
    """The items of an enclosure list (``De volgende documenten zijn als bijlage bij deze brief
    gevoegd:`` then ``1. overzicht wijzigingsvoorstellen;``) that name a document rather than
    a report (a report is the reports extractor's)."""
    _, _, intro, item_start = reference_cues()
    found: list[Citation] = []
    position = start
    in_list = False
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        line = text[position:stop]
        mark = _LIST_MARK.match(line)
        if in_list and mark:
            body = line[mark.end():].rstrip(" ;.,")
            noun = item_start.match(body)
            if noun and len(body) < 200:
                begin = position + mark.end()
                found.append(Citation(begin, begin + len(body), "other", None, None, None, "enclosure list item",
                                      False))
        else:
            in_list = bool(line.rstrip().endswith(":") and intro.search(line))
        position = stop + 1
    return found


# ---------------------------------------------------------------- joining and running

# a new main clause joined by 'en':
# 'het verzoek van uw commissie van 14 mei en voer ik de toezegging uit ... (Handelingen'
_NEW_CLAUSE = re.compile(r"^\s*en\s+(?:[a-z]+\s+){0,2}(?:ik|wij|we)\b|\ben\s+(?:ik|wij|we)\b")


# another object joined by 'en' and a preposition: 'de Voorjaarsnota 2025 en naar de eerste suppletoire
# begroting (Kamerstuk ...)', 'een adviesaanvraag van 8 april 2011 en van het verzoek dat de commissie deed
# (Kamerstuk ...)': the citation is the second object's
_NEXT_OBJECT = re.compile(r"\ben\s+(?:naar|op|aan|in|bij|met|via|voor|uit|van)\s+"
                          r"(?:de|het|een|mijn|zijn|haar|uw|onze)\b")
# a letter that asks for a response to another paper: 'bij brief van 18 maart gevraagd om een reactie op het
# advies van de Raad van State (Kamerstukken I ...)': the citation is that paper's
_ASKS_ABOUT = re.compile(r"\bom\s+(?:een\s+)?(?:[a-z]+)?(?:reactie|appreciatie|toelichting|informatie)"
                         r"\s+(?:op|over|bij)\b")
# a clause after a reference about another paper: 'het verslag van de Raad, waarvoor ik u op 1 oktober de
# geannoteerde agenda zond (Kamerstuk ...)': the citation is that paper's
_ANOTHER_PAPER = re.compile(r",\s+(?:waarvoor|waarbij|waarna|waarop)\s+(?:ik|wij|het kabinet)\b")
# the label of a number in a bracket or after a comma: '(kenmerk 2023Z00712)', '(brief van 8 oktober, kenmerk ...)'
_NUMBER_LABEL = re.compile(r"[(,]\s*(?:(?:ons|uw|met)\s+)?(?:kenmerk|zaaknummer)\s*:?\s*$", re.I)


def _joinable_gap(gap: str, item: Citation | None = None, citation: Citation | None = None) -> bool:
    """Whether a descriptive reference and a citation after it are one reference."""
    # a motion's number often stands after what it asks: 'de motie van het lid X over ... (Kamerstuk ...)'
    if len(gap) > (200 if item is not None and item.kind == "motie" else 120) or _SENTENCE_END.search(gap + " X") \
            or ")" in gap or _NEW_CLAUSE.search(gap) or _NEXT_OBJECT.search(gap):
        return False  # (a bracket closed in between held something else: '(ingezonden 3 mei 2023)')
    if citation is not None and citation.rule == "zaaknummer":
        # the number the Kamer gave a request or questions is theirs, whatever they were about
        return gap.strip() == "" or gap.rstrip().endswith(("(", ",")) or _NUMBER_LABEL.search(gap) is not None
    if item is not None and item.kind == "brief" and _ASKS_ABOUT.search(gap):
        return False
    if _ANOTHER_PAPER.search(gap):
        return False  # 'het verslag van de Raad van 14 oktober, waarvoor ik u de geannoteerde agenda zond (...)'
    return gap.strip() == "" or gap.rstrip().endswith(("(", ",", ":", ";", "zie"))


def _can_number(item: Citation, citation: Citation) -> bool:
    """Whether ``citation`` can be the number of ``item``: the proceedings (Handelingen, Aanhangsel) are a
    sitting's record or the answers to questions, never a plan, nota or document named in words (kind other):
    'het Masterplan DJI 2009–2014 tijdens het notaoverleg van 22 juni jl. (Handelingen II 2008/09, nr. 98)'
    cites the debate on the plan, two references."""
    return item.kind != "other" or citation.kind not in ("handelingen", "aanhangsel")


# what a motion asks, after it: 'de motie van de leden X en Y (is) aangenomen, die de regering verzoekt ...'
_DICTUM = re.compile(r"\s*,?\s*(?:(?:is|werd|wordt|zijn|werden)\s+)?(?:aangenomen\s*,?\s*)?"
                     r"(?:die|dat|welke|waarin)\s+(?:(?:de\s+regering|het\s+kabinet|mij|ons|de\s+[Mm]inister"
                     r"|de\s+[Ss]taatssecretaris)\s+)?(?:wordt\s+|werd\s+)?(?:verzoekt|verzocht|vraagt|gevraagd|vroeg"
                     r"|oproept|opgeroepen|opriep)\b")


def _dictum_citation(text: str, item: Citation, formal: list[Citation], used: set[int],
                     descriptive: list[Citation], end: int) -> int | None:
    """The position in ``formal`` of the citation that closes what a motion asks (``de motie van de leden
    X en Y aangenomen, die de regering verzoekt ... te informeren over de herziene richtlijn (Richtlijn (EU)
    2023/1791) (Kamerstuk 32 813, nr. 1391)``): the motion's own number, in brackets at the end of its request
    in the same sentence, past brackets closed in between and past a named nota or document of the request
    (kind other: '... in de Voorjaarsnota 2022 middelen te reserveren (Kamerstuk ...)'), not past another
    motion, letter or paper, whose the citation is."""
    dictum = _DICTUM.match(text, item.end, end)
    if dictum is None:
        return None
    for position, citation in enumerate(formal):
        if citation.start < dictum.end():
            continue
        if position in used or citation.start - item.end > 300 or citation.kind != "kamerstuk" \
                or citation.rule == "Kamerstuk dossier":
            return None
        gap = text[dictum.end():citation.start]
        if not gap.rstrip().endswith("(") or _SENTENCE_END.search(gap + " X"):
            return None
        inside = gap.rstrip()[:-1]
        if inside.count("(") != inside.count(")"):
            return None
        if any(other.kind != "other" and dictum.end() <= other.start < citation.start for other in descriptive):
            return None
        return position
    return None


def _without_clauses_of_others(text: str, descriptive: list[Citation]) -> list[Citation]:
    """Without a relative clause that names a paper by its sending (``die ik u op 23 augustus jl. heb
    gezonden``) right after another reference of its sentence: it says when that one was sent
    (``de beantwoording van de vragen van het lid X over Y, die ik u op 23 augustus jl. heb gezonden``)."""
    clauses = {cue.id for cue in reference_cues()[0] if cue.clause}
    kept: list[Citation] = []
    for item in descriptive:
        previous = kept[-1] if kept else None
        if item.rule in clauses and previous is not None and item.start - previous.end <= 120 \
                and text[item.start:item.start + 3] in ("die", "dat") \
                and not _SENTENCE_END.search(text[previous.end:item.start] + " X"):
            continue
        kept.append(item)
    return kept


@lru_cache(maxsize=1)
def _yielding_cues() -> frozenset[str]:
    """The ids of the cues that yield (read once, not for every paragraph)."""
    return frozenset(cue.id for cue in reference_cues()[0] if cue.yields)


def _yielded(found: list[Citation]) -> list[Citation]:
    """Without a reference of a cue that yields (an enclosed document named by the subject of its sentence:
    'Het verslag van de Raad ... van 4 maart is bijgevoegd') that holds another reference: that one is the paper."""
    yielding = _yielding_cues()
    if not any(item.rule in yielding for item in found):
        return found
    return [item for item in found
            if item.rule not in yielding or not any(other is not item and other.rule not in yielding
                                                    and item.start <= other.start and other.end <= item.end
                                                    for other in found)]


def _with_citation(text: str, item: Citation, citation: Citation, rule: str) -> Citation:
    """``item`` (a motion, a letter, a paper named in words) joined to the formal citation that gives its
    number: its span runs to the citation's end (and its closing bracket)."""
    closing = citation.end + 1 if text[citation.end:citation.end + 1] == ")" else citation.end
    return replace(item, end=closing, identifier=citation.identifier, official_id=citation.official_id, rule=rule)


def find_references(text: str, start: int = 0, end: int | None = None,
                    letter_date: date | None = None) -> list[Citation]:
    """Every reference in ``text[start:end]``, in order; citations that follow a descriptive
    reference in the same sentence are folded into it."""
    end = len(text) if end is None else end
    formal = (_kamerstukken(text, start, end) + _proceedings(text, start, end) + _question_numbers(text, start, end)
              + _eu_documents(text, start, end))
    formal.sort(key=lambda item: (item.start, -(item.end - item.start)))
    descriptive = (_motions(text, start, end, letter_date) + _amendments(text, start, end)
                   + _questions(text, start, end)
                   + _letters(text, start, end, letter_date) + _cued(text, start, end, letter_date)
                   + _enclosures(text, start, end))
    descriptive.sort(key=lambda item: (item.start, -(item.end - item.start)))
    kept_descriptive = _without_clauses_of_others(text, without_overlaps(_yielded(descriptive)))
    # formal citations nested in a descriptive reference belong to it
    formal = [item for item in formal
              if not any(d.start <= item.start < d.end for d in kept_descriptive)]
    out: list[Citation] = []
    used: set[int] = set()
    for index, item in enumerate(kept_descriptive):
        following = kept_descriptive[index + 1].start if index + 1 < len(kept_descriptive) else end
        joined = False
        for position, citation in enumerate(formal if item.identifier is None else ()):
            if position in used or citation.start < item.end or citation.start >= following:
                continue
            if not _joinable_gap(text[item.end:citation.start], item, citation):
                break
            if citation.rule == "Kamerstuk dossier" or not _can_number(item, citation):
                break  # a whole dossier ('het wetsvoorstel (kamerstuk 32 776)') is not the paper named;
                # nor are the proceedings of a debate a plan's
            out.append(_with_citation(text, item, citation, f"{item.rule} + {citation.rule}"))
            used.add(position)
            joined = True
            # further numbers of the same citation (nrs. 12 en 13) stay separate references
            break
        if not joined and item.kind == "motie" and item.identifier is None:
            closing_citation = _dictum_citation(text, item, formal, used, kept_descriptive, end)
            if closing_citation is not None:
                citation = formal[closing_citation]
                out.append(_with_citation(text, item, citation, f"{item.rule} + {citation.rule} after its request"))
                used.add(closing_citation)
                joined = True
        if not joined:
            out.append(item)
    out.extend(citation for position, citation in enumerate(formal) if position not in used)
    out.sort(key=lambda item: (item.start, item.end))
    return out


# a footnote whose number is written as a plain digit ('1 Kamerstuk 27 923, nr. 370'), as text taken
# from a PDF gives it: below the signature it is read as part of the closing; also one whose number the cleaning took
# as a page number, a paragraph below the signature that opens with a formal citation ('Kamerstuk 31 239, nr. 328')
_PLAIN_NOTE = re.compile(r"\d{1,3}\s+(?=[A-Z])"
                         r"|(?=(?:Kamerstuk(?:ken)?|(?:Aanhangsel\s+)?Handelingen)\s+(?:[IV]{1,2}\s+)?\d)")


def _notes_in_closing(document: Document) -> list[Span]:
    """Closing paragraphs after the running text that are footnotes with a plain number; only the
    formal citations in them are read (a signature line never holds one)."""
    text = document.text
    return [paragraph.span for paragraph in document.paragraphs
            if paragraph.kind == "closing" and paragraph.span.start >= document.body.end
            and _PLAIN_NOTE.match(text, paragraph.span.start) is not None]


def _note_markers(document: Document) -> dict[Span, int]:
    """Each footnote (its span) and where its marker stands in the running text: the marker the
    cleaning removed, or for a note with a plain number below the signature the first such number
    glued to a word or a stop in the running text (``jl.1``, ``instandhouding3.``) after the
    previous note's marker."""
    markers: dict[Span, int] = {}
    removed = {ref.number: ref.offset for ref in document.clean.footnote_refs}
    for note in document.footnotes:
        if note.number in removed:
            markers[note.span] = removed[note.number]
    text, body = document.text, document.body
    position = body.start
    for plain in _notes_in_closing(document):
        number = text[plain.start:plain.end].split(None, 1)[0]
        if not number.isdigit():
            continue  # a note without its number: no marker to find
        marker = re.compile(r"(?<=[a-zà-ÿ.)’'”\"])" + number + r"(?=[\s,.;:]|$)").search(text, position, body.end)
        if marker is None:
            continue
        markers[plain] = marker.start()
        position = marker.end()
    return markers


def _cited_in_notes(document: Document, body: list[Citation], notes: dict[Span, list[Citation]]) -> set[int]:
    """Descriptive references of the running text whose footnote cites them (``de brief van 28 maart
    jl.1`` with ``1 Kamerstuk 36 410 A, nr. 45``): each takes its note's one citation, which is then
    no reference of its own. Returns the ids of the citations so taken; ``body`` is changed in place."""
    taken: set[int] = set()
    text = document.text
    for note, marker in _note_markers(document).items():
        cited = [item for item in notes.get(note, []) if item.identifier]
        if len(cited) != 1:
            continue
        before = [index for index, item in enumerate(body) if item.end <= marker]
        if not before:
            continue
        index = before[-1]
        item = body[index]
        if item.formal or item.identifier is not None:
            continue
        gap = text[item.end:marker].rstrip(".,;: ")
        if "\n" in gap or not _joinable_gap(gap + " (", item, cited[0]) or not _can_number(item, cited[0]):
            continue
        body[index] = replace(item, identifier=cited[0].identifier, official_id=cited[0].official_id,
                              rule=f"{item.rule} + footnote")
        taken.add(id(cited[0]))
    return taken


# a motion or amendment named by its member alone ('de motie-Thieme', 'de motie Knops c.s.')
_SHORT_NAME = re.compile(r"(?:[Dd]e\s+)?(?:[Mm]otie|[Aa]mendement)[-\s](?!van\s)(?P<member>(?:"
                         + _PARTICLE + r"\s+)?[A-Z][\w’'-]*)")


_ASKED_BY = re.compile(r"van\s+(?:het\s+(?:Kamer)?lid|de\s+(?:Kamer)?leden)\s+(?P<members>[^()]+?)\s*(?:\(|$)",
                       re.IGNORECASE)


def _questions_again(citations: list[Citation], text: str) -> set[int]:
    """Questions named again by the members who asked them, without a number (``de vragen van het lid Pechtold
    (D66) over ...`` ... ``In reactie op de vragen van het lid Pechtold``): the same questions. Returns the ids of
    the later mentions."""
    seen: set[str] = set()
    again: set[int] = set()
    for item in sorted(citations, key=lambda citation: citation.start):
        if item.kind != "kamervragen" or item.identifier is not None:
            continue
        asked = _ASKED_BY.search(text, item.start, item.end)
        if asked is None:
            continue
        members = " ".join(asked["members"].lower().split())
        if members in seen:
            again.add(id(item))
        seen.add(members)
    return again


def _names_in_its_sentence(text: str, citation: Citation, member: str, noun: str) -> bool:
    """Does the sentence of ``citation``, up to its end, name the member and a motion or amendment (``noun``)?
    ('De leden Ypma (PvdA) en Bisschop (SGP) vragen in hun motie (Kamerstuk 34 300 VIII, nr. 52) ...')"""
    window = max(0, citation.start - 300)  # (searched back that far only: a big letter has many citations)
    start = max(text.rfind(". ", window, citation.start) + 2, text.rfind("\n", window, citation.start) + 1, window)
    said = text[start:citation.end]
    return noun in said.lower() and re.search(r"(?<![\w-])" + re.escape(member) + r"(?![\w])", said,
                                              re.IGNORECASE) is not None


def _named_again(citations: list[Citation], text: str) -> set[int]:
    """Motions and amendments named again by their member alone, without a number, after (or
    before) a fuller reference to a motion or amendment of that member in the same letter
    (``de motie van de leden Kwint en Van der Molen (Kamerstuk ...)`` ... ``De motie-Kwint/Van der
    Molen``): the same paper, no reference of its own. Returns their ids."""
    again: set[int] = set()
    for item in citations:
        if item.identifier is not None or item.rule not in ("motie van het lid", "amendement van het lid"):
            continue
        short = _SHORT_NAME.match(text, item.start, item.end)
        if short is None:
            continue
        member = short["member"].split("-")[0] if short["member"][0].isupper() else short["member"]
        noun = "motie" if item.kind == "motie" else "amendement"
        for other in citations:
            if other is not item and other.identifier is not None and other.rule.split(" + ")[0] != item.rule \
                    and _names_in_its_sentence(text, other, member, noun):
                again.add(id(item))  # 'Motie-Ypma/Bisschop' ... 'De leden Ypma en Bisschop vragen in hun motie (...)'
                break
            if other is item or other.rule.split(" + ")[0] != item.rule.split(" + ")[0]:
                continue
            said = text[other.start:other.end]
            other_short = _SHORT_NAME.match(text, other.start, other.end)
            fuller = other.identifier is not None or other_short is None
            # the particle is capitalised after the hyphen only: 'de motie-Van Dijk' is 'het lid Van Dijk'
            if fuller and (re.search(r"(?<![\w-])" + re.escape(member) + r"(?![\w])", said, re.IGNORECASE)
                           or other_short is not None and other_short["member"] == short["member"]):
                # (also the same short name cited in full before: 'de motie-Kroon c.s. (Kamerstukken I ...)')
                again.add(id(item))
                break
    return again


def run(document: Document, facts: Sequence[Fact]) -> list[Fact]:
    found: list[ReferenceMention] = []
    text = document.text
    regions = [(region, False) for region in document.reading_regions]
    regions += [(note, True) for note in _notes_in_closing(document)]
    read: list[tuple[Span, list[Citation]]] = []
    for region, formal_only in regions:
        citations = find_references(text, region.start, region.end, document.head.date)
        # in a note below the signature: its citations, also those a description in the note took ('2 Motie van
        # het lid X, Kamerstuk 27 923, nr. 371': the motion with its number, not the citation lost)
        read.append((region, [citation for citation in citations
                              if citation.formal or not formal_only or citation.identifier is not None]))
    body = read[0][1] if read else []
    notes = dict(read[1:])
    official = document.letter.official
    marked_up = official is not None and bool(official.references)
    # (in the official XML the extrefs say what each citation is: every one is a reference of its own)
    dropped = set() if marked_up else _cited_in_notes(document, body, notes)
    every = [citation for _, citations in read for citation in citations]
    dropped |= _named_again(every, text) | _questions_again(every, text)
    for _, citations in read:
        for citation in citations:
            if id(citation) in dropped:
                continue
            span = Span(citation.start, citation.end)
            found.append(ReferenceMention(
                evidence=evidence(document, span, EXTRACTOR_ID, citation.rule),
                kind=citation.kind, identifier=citation.identifier,
                text=re.sub(r"\s+", " ", text[citation.start:citation.end]).strip(),
                official_id=citation.official_id, date=citation.when))
    if official is not None and marked_up:
        return list(with_official_references(document, found, official.references))
    return once_each(found)


def once_each(found: Iterable[ReferenceMention]) -> list[Fact]:
    """The references in order, a paper cited again left out (the first citation of it is the reference):
    by the same identifier, or, without one, by the same words, or by its name without the year it had
    before ('de Voorjaarsnota 2007 ... de Voorjaarsnota'); in the text of a letter, not its official XML."""
    out: list[Fact] = []
    seen: set[str] = set()
    said: set[str] = set()  # the words of those without an identifier, and those words without a year
    for mention in found:
        if mention.identifier is not None:
            if mention.identifier.lower() in seen:
                continue
            seen.add(mention.identifier.lower())
        else:
            words = " ".join(mention.text.split()).lower()
            if words in said:
                continue
            said |= {words, _YEAR_AT_END.sub("", words)}
        out.append(mention)
    return out


_YEAR_AT_END = re.compile(r"\s+(?:19|20)\d\d(?:\s*[–/-]\s*(?:19|20)?\d\d)?$")


# ---------------------------------------------------------------- the official XML's extref

_PROCEEDINGS_ID = re.compile(r"(ah|h)-(tk|ek)-((?:19|20)\d\d)((?:19|20)\d\d)-(.+)")


def identity_of(doc: str) -> tuple[str, str]:
    """The kind and kg's identifier of an ``extref@doc``: kst-28844-266 -> (kamerstuk, 28844-266),
    kst-20052006-30308-D -> (kamerstuk, 30308-D), h-tk-20222023-84-12 -> (handelingen,
    2022/23-84-12), ah-tk-20202021-3235 -> (aanhangsel, 2020/21-3235); anything else (stb-2020-118,
    a URL) is 'other' under its own identifier."""
    if doc.startswith("kst-"):
        return "kamerstuk", re.sub(r"^(?:(?:19|20)\d{6}-)?", "", doc[4:])
    proceedings = _PROCEEDINGS_ID.fullmatch(doc)
    if proceedings:
        kind = "aanhangsel" if proceedings[1] == "ah" else "handelingen"
        return kind, f"{proceedings[3]}/{proceedings[4][2:]}-{proceedings[5]}"
    return "other", doc


def clean_offset(document: Document, source: int) -> int | None:
    """The clean position copied from source position ``source``, if any was."""
    segments = document.clean.segments
    for index, (clean_start, source_start) in enumerate(segments):
        following = segments[index + 1][0] if index + 1 < len(segments) else len(document.text)
        if source_start <= source < source_start + following - clean_start:
            return clean_start + source - source_start
    return None


def with_official_references(document: Document, found: Sequence[ReferenceMention],
                             extrefs: Sequence[OfficialReference]) -> Iterator[ReferenceMention]:
    """The references read from the text, each that holds an ``extref`` given the extref's exact
    identifier (a description such as 'de motie ...' keeps its kind); every extref that no reference
    of the text holds becomes a reference of its own, with its text as evidence."""
    spans = []
    for extref in extrefs:
        start, end = clean_offset(document, extref.start), clean_offset(document, max(extref.end - 1, extref.start))
        if start is not None and end is not None:
            spans.append((extref, Span(start, end + 1)))
    claimed: set[int] = set()
    for mention in found:
        inside = [index for index, (_, span) in enumerate(spans)
                  if index not in claimed and mention.evidence.clean_start <= span.start < mention.evidence.clean_end]
        same = [index for index in inside if spans[index][0].doc.lower() == (mention.official_id or "").lower()]
        chosen = same[0] if same else inside[0] if inside else None
        if chosen is None:
            yield mention
            continue
        claimed.add(chosen)
        doc = spans[chosen][0].doc
        kind, identifier = identity_of(doc)
        if mention.identifier is None and kind == "kamerstuk" and mention.kind in ("motie", "brief", "kamervragen"):
            kind = mention.kind
        yield replace(mention, kind=kind, identifier=identifier, official_id=doc,
                      evidence=replace(mention.evidence, rule=f"{mention.evidence.rule} + extref"))
    for index, (extref, span) in enumerate(spans):
        if index in claimed:
            continue
        kind, identifier = identity_of(extref.doc)
        yield ReferenceMention(evidence=evidence(document, span, EXTRACTOR_ID, "official XML extref"),
                               kind=kind, identifier=identifier, official_id=extref.doc,
                               text=re.sub(r"\s+", " ", document.text[span.start:span.end]).strip())


EXTRACTOR = Extractor(NAME, VERSION, run, produces="ReferenceMention")
