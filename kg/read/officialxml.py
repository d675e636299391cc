"""The official XML of a publication (zoek.officielebekendmakingen.nl, repository.overheid.nl).

A publication in the official XML (root ``officiele-publicatie``, schema op-xsd-2014-05-15) states
exactly what kg otherwise reads from a page's layout: the dossier and its title
(``kamerstuk/dossier``), the paper's number (``stuk/stuknr/ondernummer``), the chamber and meeting
year (``kamerstukkop/tekstregel``), the date (``datum@isodatum`` or the 'Den Haag, 7 juli 2023'
line), the signatories (``ondertekening``: ``functie`` and ``naam``) and the papers it cites
(``extref@doc``: ``kst-28844-266``, ``h-tk-20222023-84-12``, ``ah-tk-20202021-3235``,
``stb-2020-118``, URLs).

``read_official_xml`` renders the publication as the text its official HTML page shows (the dossier
line, 'Nr. 269 BRIEF VAN ...', the body paragraphs, headings and groups in order, each footnote's
marker as superscript digits where it stood and the footnotes at the end) and returns, with that
text, an ``OfficialPublication`` holding the stated fields and the offsets of every ``extref`` in
it. The text is the letter's source text: evidence offsets point into it as into any other format,
and where the XML and that text disagree, the XML wins (kg/read/structure.py, kg/extract/references.py).

The older dialect (root ``kamerwrk``, before about 2010) and other XML are refused with one line.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.dates import MONTHS, THE_HAGUE
from ..domain.errors import UnreadableLetter
from ..domain.model import OfficialPublication, OfficialReference

ROOT = "officiele-publicatie"
PAGE = "https://zoek.officielebekendmakingen.nl/{}.html"
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")  # footnote markers, here and in HTML
_SPACE = re.compile(r"\s+")
# elements whose text is a paragraph (a line) of its own
_BLOCKS = frozenset({"al", "titel", "nr", "kamervraagomschrijving", "functie",
                     "datumtekst", "entry", "regel", "tekstregel", "plaats", "dagtekening"})
# elements that hold no text of the letter (metadata, the chamber's header, the questions' number)
_SKIP = frozenset({"metadata", "meta", "kamerstukkop", "kamervraagkop", "kamervraagnummer",
                   "noot", "kop-vergaderjaar"})
# 'Den Haag, 7 juli 2023' as the date line of a letter
_DATE_LINE = re.compile(rf"^{THE_HAGUE},?\s+(\d{{1,2}})\s+([a-z]+)\s+((?:19|20)\d\d)\b")
_IDENTIFIER_IN_URL = re.compile(r"officielebekendmakingen\.nl/([a-z]+(?:-[a-z]+)?-[\w-]+?)(?:/|\.html|$)")


def _marker(number: str) -> str:
    """A footnote's marker as the page shows it: superscript digits, else the number in brackets."""
    return number.translate(SUPERSCRIPT) if number.isdigit() else f"({number})"


@dataclass
class _Writer:
    """Collects the rendered text: paragraphs separated by blank lines, offsets kept exact."""

    parts: list[str] = field(default_factory=list)
    size: int = 0
    line: list[str] = field(default_factory=list)  # the paragraph being written
    line_size: int = 0
    references: list[OfficialReference] = field(default_factory=list)

    def inline(self, text: str) -> None:
        """Running text; runs of white space become one space, none at the start of a paragraph."""
        text = _SPACE.sub(" ", text)
        if not self.line_size:
            text = text.lstrip()
        elif self.line and self.line[-1].endswith(" ") and text.startswith(" "):
            text = text[1:]
        if text:
            self.line.append(text)
            self.line_size += len(text)

    def glued(self, text: str) -> None:
        """Text glued to what came before (a footnote marker)."""
        if self.line and self.line[-1].endswith(" "):
            self.line[-1] = self.line[-1].rstrip()
            self.line_size = sum(len(piece) for piece in self.line)
        self.line.append(text)
        self.line_size += len(text)

    @property
    def position(self) -> int:
        """Where the next character of the paragraph being written goes."""
        return self.size + (2 if self.parts else 0) + self.line_size

    def end_paragraph(self) -> None:
        """Close the paragraph being written (trailing space dropped)."""
        text = "".join(self.line).rstrip()
        self.line, self.line_size = [], 0
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.size += 2
        self.parts.append(text)
        self.size += len(text)

    def text(self) -> str:
        self.end_paragraph()
        return "".join(self.parts) + "\n"


@dataclass
class _Reader:
    """Walks the element tree once, writing the body and gathering the footnotes and fields."""

    body: _Writer = field(default_factory=_Writer)
    notes: list[tuple[str, ET.Element]] = field(default_factory=list)
    signing: bool = False  # inside an ondertekening
    item_open: bool = False  # a list item's number is written, its first paragraph not yet
    row_open: bool = False  # inside a row of a table: its cells are written on one line
    headings: list[int] = field(default_factory=list)  # where each heading starts in the text

    def walk(self, element: ET.Element, writer: _Writer) -> None:
        """Write an element's text, its children in order, and its tail."""
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "noot":
            number = _text(element.find("noot.nr")) or str(len(self.notes) + 1)
            if element.get("type", "voet") == "voet":
                self.notes.append((number, element))
                writer.glued(_marker(number))
        elif tag in _SKIP:
            pass
        elif tag == "extref":
            start = writer.position
            self._content(element, writer)
            doc = (element.get("doc") or "").strip()
            if doc:
                writer.references.append(OfficialReference(doc, start, writer.position))
        elif tag == "ondertekening":
            self.signing = True
            self._content(element, writer)
            self.signing = False
            writer.end_paragraph()
        elif tag in ("tussenkop", "kop"):  # a heading: one line, its number and title together
            writer.end_paragraph()
            self.headings.append(writer.position)
            writer.inline(" ".join(part.strip() for part in element.itertext() if part.strip()))
            writer.end_paragraph()
        elif tag == "li":  # an item of a list: its number ('1.', '–') starts its first paragraph
            writer.end_paragraph()
            if element.text:
                writer.inline(element.text)
            label = _text(element.find("li.nr"))
            if label:
                writer.inline(label + " ")
            self.item_open = True
            for child in element:
                if child.tag != "li.nr":
                    self.walk(child, writer)
            self.item_open = False
            writer.end_paragraph()
        elif tag == "row":  # a row of a table: its cells on one line, parted by '|', as a table copied as text reads
            writer.end_paragraph()
            self.row_open = True
            for index, entry in enumerate(child for child in element if child.tag == "entry"):
                if index:
                    writer.inline(" | ")
                self._content(entry, writer)
            self.row_open = False
            writer.end_paragraph()
        elif tag in _BLOCKS and self.row_open:  # a paragraph inside a cell goes on in its row
            writer.inline(" ")
            self._content(element, writer)
        elif tag == "al" and self.item_open:  # the first paragraph of a list item goes on its number's line
            self.item_open = False
            self._content(element, writer)
            writer.end_paragraph()
        elif tag in _BLOCKS or tag == "naam" and self.signing:  # a signatory's name is a line
            writer.end_paragraph()
            self._content(element, writer)
            writer.end_paragraph()
        else:
            self._content(element, writer)
        if element.tail:
            writer.inline(element.tail)

    def _content(self, element: ET.Element, writer: _Writer) -> None:
        if element.text:
            writer.inline(element.text)
        for child in element:
            self.walk(child, writer)


def _text(element: ET.Element | None) -> str | None:
    """The text of an element, white space made single; None when empty."""
    if element is None:
        return None
    text = _SPACE.sub(" ", "".join(element.itertext())).strip()
    return text or None


def parse(path: Path, data: bytes) -> ET.Element:
    """The root element; a refusal naming the problem when the XML is not an official publication."""
    if b"<!ENTITY" in data[:4096]:
        raise UnreadableLetter(path, "XML declares entities; kg does not read such files")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnreadableLetter(path, f"XML is not well formed ({exc})") from None
    if root.tag == "kamerwrk":
        raise UnreadableLetter(path, "official XML of the older dialect (root 'kamerwrk') is not read; "
                                     "use the publication's HTML or PDF")
    if root.tag != ROOT:
        raise UnreadableLetter(path, f"XML root is '{root.tag}', not '{ROOT}': not an official publication")
    return root


def read_official_xml(path: Path, data: bytes) -> tuple[str, OfficialPublication]:
    """The text of an official publication and what its XML states; refuses other XML."""
    root = parse(path, data)
    paper = next((child for child in root if child.tag != "metadata"), None)
    if paper is None:
        raise UnreadableLetter(path, "official XML holds no publication (only metadata)")
    reader = _Reader()
    writer = reader.body
    dossier_number, dossier_title, dossier_key = _dossier(paper)
    if dossier_number:
        writer.inline(f"{dossier_number} {dossier_title or ''}")
        writer.end_paragraph()
    stuk = paper.find("stuk")
    number = _text(paper.find("stuk/stuknr/ondernummer")) or _text(paper.find("stuknr/ondernummer"))
    heading = _text(stuk.find("titel")) if stuk is not None else None
    if stuk is not None:
        if number or heading:
            writer.inline(" ".join(part for part in (f"Nr. {number}" if number else None, heading) if part))
            writer.end_paragraph()
        for child in stuk:
            if child.tag not in ("stuknr", "titel"):
                reader.walk(child, writer)
    else:
        for child in paper:
            if child.tag != "dossier":
                reader.walk(child, writer)
    writer.end_paragraph()
    for number_text, note in reader.notes:  # the footnotes at the end, as the page shows them
        writer.inline(_marker(number_text) + " ")
        for part in note.findall("noot.al"):
            reader._content(part, writer)
            writer.inline(" ")
        writer.end_paragraph()
    text = writer.text()
    official = OfficialPublication(
        identifier=_identifier(root, paper, dossier_key, number),
        chamber=_kop(paper, "kameraanduiding"), meeting_year=_meeting_year(paper),
        dossier=dossier_key, dossier_title=dossier_title, number=number,
        heading=heading, date=_date(paper, text),
        signatories=tuple(_signatories(paper)), references=tuple(writer.references),
        headings=tuple(reader.headings))
    return text, official


def _dossier(paper: ET.Element) -> tuple[str | None, str | None, str | None]:
    """The dossier as the page shows it ('28 844'; with a budget chapter: '35 000 VI'), its title, and
    its key as kg's head gives it ('28844', '35000-VI')."""
    dossier = paper.find("dossier")
    if dossier is None:
        return None, None, None
    number = _text(dossier.find("dossiernummer/dossiernr"))
    chapter = _text(dossier.find("dossiernummer/begrotingshoofdstuk"))
    title = _text(dossier.find("titel"))
    if not number:
        return None, title, None
    key = re.sub(r"\s", "", number)
    if chapter:
        return f"{number} {chapter}", title, f"{key}-{re.sub(' ', '', chapter)}"
    return number, title, key


def _kop(paper: ET.Element, kind: str) -> str | None:
    """A line of the chamber's header (``tekstregel@inhoud``)."""
    for line in paper.iter("tekstregel"):
        if line.get("inhoud") == kind:
            return _text(line)
    return None


def _meeting_year(paper: ET.Element) -> str | None:
    """'2022-2023' from 'Vergaderjaar 2022-2023'."""
    line = _kop(paper, "vergaderjaar") or ""
    match = re.search(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)", line)
    return f"{match[1]}-{match[2]}" if match else None


def _identifier(root: ET.Element, paper: ET.Element, key: str | None, number: str | None) -> str | None:
    """The publication's own identifier: from its metadata link, else from the head."""
    for meta in root.iter("meta"):
        found = _IDENTIFIER_IN_URL.search(meta.get("content") or "")
        if found:
            return found[1]
    year = (_meeting_year(paper) or "").replace("-", "")
    if paper.tag == "kamerstuk" and key and number:
        return official_paper_id(key, number, year or None)
    question = _text(paper.find("kamervraagnummer"))
    chamber = "ek" if "Eerste" in (_kop(paper, "kameraanduiding") or "") else "tk"
    if paper.tag == "kamervragen" and question and year:
        return f"ah-{chamber}-{year}-{question}"
    return None


def official_paper_id(dossier: str, number: str, meeting_year: str | None) -> str | None:
    """kst-28844-269; kst-35000-VI-116; a lettered paper of the Eerste Kamer carries its meeting
    year: kst-20052006-30308-D. None for a lettered paper whose meeting year is unknown."""
    dossier = re.sub(r"\s", "", dossier)
    if re.fullmatch(r"[A-Za-z]{1,2}", number):
        if not meeting_year:
            return None
        return f"kst-{meeting_year}-{dossier}-{number.upper()}"
    return f"kst-{dossier}-{number}"


def meeting_year_of(day: date) -> str:
    """'20052006' for 11 September 2006: a meeting year starts on the third Tuesday of September."""
    first = date(day.year, 9, 1)
    third_tuesday = date(day.year, 9, 1 + (1 - first.weekday()) % 7 + 14)
    start = day.year if day >= third_tuesday else day.year - 1
    return f"{start}{start + 1}"


def page(identifier: str) -> str:
    """The publication's official page."""
    return PAGE.format(identifier)


def _date(paper: ET.Element, text: str) -> date | None:
    """The date the paper states: an ISO date in its head (for answers to written questions the
    day the answer was received) or the 'Den Haag, ...' line."""
    answer = paper.find("kamervraagomschrijving[@type='antwoord']")
    dated = list(answer.iter("datum")) if answer is not None else []
    for element in dated + list(paper.iter("datum")):
        iso = element.get("isodatum") or ""
        if re.fullmatch(r"\d{4}-\d\d-\d\d", iso):
            try:
                return date.fromisoformat(iso)
            except ValueError:
                continue
    for line in text.split("\n")[:12]:
        match = _DATE_LINE.match(line)
        if match and match[2].lower() in MONTHS:
            try:
                return date(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
            except ValueError:
                return None
    return None


def _signatories(paper: ET.Element) -> list[tuple[str, str]]:
    """(role, name) of each ``ondertekening``: 'Minister van Binnenlandse Zaken ...', 'H.G.J. Bruins Slot'."""
    found = []
    for signature in paper.iter("ondertekening"):
        role = re.sub(r"^(?:De|Het)\s+", "", (_text(signature.find("functie")) or "").rstrip(",").strip())
        role = role[:1].upper() + role[1:]
        for name in signature.iter("naam"):
            parts = [_text(name.find(part)) for part in ("voornaam", "tussenvoegsel", "achternaam")]
            full = " ".join(part for part in parts if part) or _text(name)
            if full:
                found.append((role, full))
    return found
