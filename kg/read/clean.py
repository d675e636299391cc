"""Clean: Letter -> CleanText.

Removes what a page layout adds to a letter and keeps a map back to the source:

- Markdown and layout markup (``**``, ``*``, ``>``, ``#``, links) and runs of spaces;
- page furniture repeated on every page: the sender block (``Directoraat-Generaal Migratie /
  Directie Migratiebeleid``), ``Datum`` and ``Ons kenmerk`` with their values (also when the
  kenmerk is printed with stray spaces), page numbers;
- line-break hyphenation (``vermoe-`` + ``den`` -> ``vermoeden``), while real hyphens stay
  (``Immigratie- en``, ``IND-medewerkers``, ``AA-procedure``);
- wrapped lines, joined into paragraphs, also across a page break;
- footnotes: moved out of the running text to the end, their markers removed from the text
  and remembered as FootnoteRef.

The head of the letter (everything before the first body paragraph) is kept line by line,
for the structure stage to read.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from statistics import quantiles

from ..domain.dates import THE_HAGUE
from ..domain.model import CleanText, FootnoteRef, Letter

STAGE = "clean.v1"

_MARKUP = re.compile(
    r"^\s*>\s?"                      # quoted block (Retouradres)
    r"|^\s*#{1,6}\s+"                # Markdown heading marks
    r"|\*\*|__"                      # bold
    r"|(?<![\w*])\*(?=[^\s*])"       # opening emphasis
    r"|(?<=[^\s*])\*(?![\w*])"       # closing emphasis
    r"|\]\([^)\s]*\)"                # the target of a Markdown link
    r"|(?<!\S)\[(?=[^\]]+\]\()"      # the opening bracket of a Markdown link
)
_MARKUP_CHARACTER = re.compile(r"[>#*_\[\]]")  # each kind of markup holds one of these
_WORD = re.compile(r"\S+")
_STRETCH = re.compile(r"\S+(?: \S+)*")  # words parted by one space each
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_FOOTNOTE_START = re.compile(f"^[{_SUPERSCRIPTS}]+\\s")
_NOTE_HEADING = re.compile(r"^(?:x\s+)?(?:noot|noten|voetnoten?)$", re.I)
_LABELS = ("datum", "ons kenmerk", "uw kenmerk", "onze referentie", "uw referentie", "kenmerk",
           "onderwerp", "bijlage", "bijlagen", "uw brief", "contactpersoon", "inlichtingen",
           "doorkiesnummer", "pagina", "blad")
_LABEL_LINE = re.compile(r"^(?:" + "|".join(_LABELS) + r")\b\s*(.*)$", re.I)
# the labels of a letter head ('Betreft' only there: in the body it may begin a sentence)
_HEAD_LABEL_LINE = re.compile(r"^(?:" + "|".join(_LABELS + ("betreft",)) + r")\b\s*(.*)$", re.I)
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$|^pagina\s+\d+(\s+van\s+\d+)?$|^\d+\s*/\s*\d+$", re.I)
_HEAD_START = re.compile(
    r"^(?:>|onderwerp|betreft\b|datum|aan\b|retouradres|ons kenmerk|uw kenmerk|bijlage|nr\.|den haag|"
    r"brief van|\d{2}\s?\d{3}\b)", re.I)
_DATE_LINE = re.compile(
    rf"^(?:datum\b|{THE_HAGUE},)\s*.*\b(19|20)\d\d\b|^\d{{1,2}}\s+[a-z]+\s+(19|20)\d\d$", re.I)
_TERMINAL = re.compile(r"[.:?!;][\"'’”»)\]]*$")
# a sentence's stop with a footnote marker glued after it ('... herzien.4', '... herzien.⁴', '... «Titel».3'): a
# word's letter or a closing quote before the stop, so that a number ('versie 2.4') is no end (also read by the
# sentence splitter, kg/read/structure.py)
STOP_WITH_NOTE_MARKER = r"(?<=[^\W\d_]|[\"'’”»)\]])[.?!;][\"'’”»)\]]*(?:\d{1,3}|[¹²³⁴-⁹⁰]{1,3})"
ENDS_WITH_NOTE_MARKER = re.compile(STOP_WITH_NOTE_MARKER + "$")
# an Onderwerp or Betreft line may run past 120 characters on one line; it is still no sentence of the body
# (it ends without a full stop)
_LONG_SUBJECT = re.compile(r"^(?:onderwerp|betreft)\b[:\s]+.{100,300}(?<![.:;!])$", re.I)
_UPPER_START = re.compile(r"^[\"'‘“«(]*[A-ZÀ-Ý0-9]")
_LOWER_START = re.compile(r"^[\"'‘“«(]*[a-zß-ÿ]")
_CLOSING_ROLE = re.compile(r"^(?:De|Het)\s+(?:[Mm]inister|[Ss]taatssecretaris|[Ss]ecretaris-[Gg]eneraal|"
                           r"[Dd]irecteur-[Gg]eneraal)\b[^.;:]*,$")
# the name of one who signs, with titles: 'E. van Middelkoop', 'mr. dr. L.F. Asscher', 'H.G.J.'
_SIGNED_NAME = re.compile(r"^(?:(?:mr|drs|dr|prof|ir|ing)\.\s+)*(?:[A-Z]\.\s?)*"
                          r"(?:(?:[A-ZÀ-Ý][\w'’-]+|van|de|der|den|ter|ten)(?:\s+|$)){0,5}$")
_SALUTATION = re.compile(r"^(?:Geachte\s[^.;:]{1,60}|Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?),$")
_LIST_ITEM = re.compile(r"^(?:[-•▪◦·–]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")
# a line that opens with a numbered label ('Aanbeveling 1: Zorg ...', 'Advies 3. ...', 'Stap 2: ...'): after a
# finished sentence it opens a paragraph of its own, also where the line before runs to the full width
_NUMBERED_LABEL = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]{2,}\s+(?:\d{1,2}[a-z]?|[a-z]|[IVX]{1,4})\s*[:.)]\s+\S")
_TABLE_ROW = re.compile(r"^\s*\|?[^|\n]*\|[^|\n]*\|")  # a line that '|' parts twice or more: a row of a table
# a heading over an answer or a part of a report's answer, which a letter repeats over each recommendation ('Mijn
# reactie', 'Reactie kabinet', 'Toelichting'): repeated, it is no page's running header
_PART_OF_AN_ANSWER = re.compile(
    r"(?i:(?:mijn|onze)\s+)?(?i:reactie|kabinetsreactie|beleidsreactie|standpunt|appreciatie|toelichting|"
    r"aanbeveling(?:en)?|advies|conclusies?|bevindingen|stand\s+van\s+zaken|opvolging|vervolg)\b[^.;:]{0,30}$")
# a run of three spaces or more, or a tab, between two words: the gap between two columns of a table copied as text
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s")
_EMPHASISED_LINE = re.compile(r"(\*\*?|__?)[^*_]{3,}?\1")
_BARE_NUMBER = re.compile(r"\d{1,3}")
_PLAIN_MARKER = re.compile(r"^(.*?[a-zß-ÿ.)’”])(\d{1,2})([.,;:]?)$")
_ENDS_IN_DIGIT = re.compile(r"\d[.,;:]?$")  # a word _PLAIN_MARKER may match
_DIGIT_AT_WORD_END = re.compile(r"\d[.,;:]?(?: |$)")  # a line with such a word

Word = tuple[str, int]  # the word and its source offset


@dataclass(slots=True)
class _Line:
    start: int  # source offset of the line
    raw: str
    text: str  # the visible words, one space between two
    # where ``text`` begins in the source when it stands there as it is (no markup, one space
    # between words): the whole line then maps back by one shift; None otherwise
    run: int | None
    key: str  # the text without spaces, lower case: what a repeated line is known by
    keep: list[tuple[int, int]] | None = None  # the pieces of ``raw`` kept around markup (None: no markup)
    heading_hint: bool = False
    kind: str = "text"  # text, blank, furniture, footnote, note_heading

    def words(self) -> list[Word]:
        """The words with their source offsets; a word that markup splits comes as pieces glued by ``("", offset)``."""
        if self.keep is None:
            return [(word.group(), self.start + word.start()) for word in _WORD.finditer(self.raw)]
        return _visible_words(self.raw, self.start, self.keep)


@dataclass
class _Writer:
    """Builds the clean text and its segment map."""

    parts: list[str] = field(default_factory=list)
    segments: list[tuple[int, int]] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, source: int) -> None:
        if not text:
            return
        if self.segments:
            last_clean, last_source = self.segments[-1]
            if last_source + (self.length - last_clean) != source:
                self.segments.append((self.length, source))
        else:
            self.segments.append((self.length, source))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


def clean(letter: Letter) -> CleanText:
    """Turn a letter's source text into clean paragraphs with an offset map."""
    lines = _unflatten_head(_split_lines(letter.text))
    note_numbers = _mark_footnotes(lines)
    head_end = _head_end(lines)
    if letter.official is None:  # the official XML has no page furniture
        _mark_furniture(lines, head_end)
    writer = _Writer()
    refs: list[FootnoteRef] = []
    hints: set[int] = set()

    for line in lines[:head_end]:
        if line.kind == "text" and line.text:
            _write_paragraph(writer, [line], refs, note_numbers, hints)
    clean_head_end = writer.length
    body = [line for line in lines[head_end:] if line.kind in ("text", "blank", "furniture")]
    # the official XML states its paragraphs: each line of its text is one, never joined
    for paragraph in ([[line] for line in body if line.kind == "text"] if letter.official is not None
                      else _paragraphs(body)):
        _write_paragraph(writer, paragraph, refs, note_numbers, hints)
    body_end = writer.length
    for note in _footnotes(lines):
        _write_paragraph(writer, note, [], set(), set())
    text = writer.text()
    if text.endswith("\n"):
        text = text[:-1]
    return CleanText(letter=letter, text=text, segments=tuple(writer.segments),
                     head_end=min(clean_head_end, len(text)), body_end=min(body_end, len(text)),
                     footnote_refs=tuple(refs), heading_hints=frozenset(hints))


# ---------------------------------------------------------------- lines

def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    markup = _MARKUP_CHARACTER.search(text) is not None  # one search, not one a line, for most letters
    for raw in text.split("\n"):
        lines.append(_visible(raw, position) if markup and _MARKUP_CHARACTER.search(raw) else _plain(raw, position))
        position += len(raw) + 1
    return lines


def _plain(raw: str, start: int) -> _Line:
    """A line without markup (the common case): every word stands where it stands in the source."""
    text = " ".join(raw.split())
    run = start + len(raw) - len(raw.lstrip()) if text and raw.strip() == text else None
    return _Line(start, raw, text, run, text.replace(" ", "").lower(), None, False, "text" if text else "blank")


def _visible(raw: str, start: int) -> _Line:
    """A line without its markup: its text, and how it maps back to the source."""
    if not _MARKUP_CHARACTER.search(raw):  # both heading hints need a markup character too
        return _plain(raw, start)
    heading_hint = bool(_HEADING_MARK.match(raw)) or bool(_EMPHASISED_LINE.fullmatch(raw.strip().lstrip("#").strip()))
    keep: list[tuple[int, int]] = []  # the pieces of the line around its markup
    cursor = 0
    for markup in _MARKUP.finditer(raw):
        if markup.start() > cursor:
            keep.append((cursor, markup.start()))
        cursor = max(cursor, markup.end())
    if cursor < len(raw):
        keep.append((cursor, len(raw)))
    if keep == [(0, len(raw))]:
        line = _plain(raw, start)  # a markup character, but no markup ('a > b', 'snake_case')
        line.heading_hint = heading_hint and bool(line.text)
        return line
    text = " ".join("".join(raw[begin:end] for begin, end in keep).split())
    return _Line(start, raw, text, None, text.replace(" ", "").lower(), keep, heading_hint and bool(text),
                 "text" if text else "blank")


def _visible_words(raw: str, start: int, keep: list[tuple[int, int]]) -> list[Word]:
    """The words of a line with markup, split where markup stood inside a word."""
    visible = "".join(raw[begin:end] for begin, end in keep)
    piece_starts: list[int] = []  # where each kept piece begins in ``visible``
    position = 0
    for begin, end in keep:
        piece_starts.append(position)
        position += end - begin
    words: list[Word] = []
    for word in _WORD.finditer(visible):
        first = True
        cursor = word.start()
        while cursor < word.end():
            piece = bisect_right(piece_starts, cursor) - 1
            piece_end = piece_starts[piece + 1] if piece + 1 < len(piece_starts) else len(visible)
            stop = min(word.end(), piece_end)
            text = visible[cursor:stop]
            if not first:
                words.append(("", start + keep[piece][0]))  # glued to the part before
            words.append((text, start + keep[piece][0] + cursor - piece_starts[piece]))
            first = False
            cursor = stop
    return words


# A text layer that runs the head into one line ('BRIEF VAN DE ... Aan de Voorzitter ... Den Haag,
# 27 juni 2011 Tijdens het ...', '> Retouradres ... Betreft Antwoord ... De algemene commissie ...'):
# such a line is cut before the addressee, the place and date and the labels, after the date, and
# after the subject, where a sentence opens with one of the words of ``_FLAT_SUBJECT``.
_FLAT_CUT = re.compile(
    rf"\s(?=Aan (?:de|het) [A-Z])|\s(?={THE_HAGUE},? \d{{1,2}}\s\w+\s(?:19|20)\d\d\b)"
    rf"|(?<=\s){THE_HAGUE},? \d{{1,2}}\s\w+\s(?:19|20)\d\d\b\s"
    r"|\s(?=(?:Betreft|Onderwerp|Datum|Ons kenmerk|Uw kenmerk) [A-Z0-9])")
_FLAT_SUBJECT = re.compile(r"^(?:Betreft|Onderwerp) (?:\S+ ){1,14}?(?=(?:De|Het|In|Op|Met|Naar|Hierbij|Bij|Zoals|"
                           r"Graag|Ik|Wij|Tijdens|Geachte|Mede|Namens|Onlangs|Bijgaand|Per|Uw|U) )")


def _unflatten_head(lines: list[_Line]) -> list[_Line]:
    """Cut a long head line that holds several lines of the head into those lines (see ``_FLAT_CUT``)."""
    out: list[_Line] = []
    seen = 0  # text lines looked at
    for line in lines:
        if line.kind != "text" or seen >= 10:
            out.append(line)
            continue
        seen += 1
        if len(line.text) < 150 or not _HEAD_START.match(line.text):
            out.append(line)
            continue
        cuts = sorted({match.end() for match in _FLAT_CUT.finditer(line.raw)} - {0, len(line.raw)})
        pieces = [line.raw[a:b] for a, b in zip([0] + cuts, cuts + [len(line.raw)])]
        starts = [0] + cuts
        for begin, piece in zip(starts, pieces):
            subject = _FLAT_SUBJECT.match(piece.strip())
            if subject:
                lead = len(piece) - len(piece.lstrip())
                cut = lead + subject.end()
                out.extend(_line_of(piece[:cut], line.start + begin) + _line_of(piece[cut:], line.start + begin + cut))
            else:
                out.extend(_line_of(piece, line.start + begin))
    return out


def _line_of(raw: str, start: int) -> list[_Line]:
    """The piece of a source line at ``start`` as a line of its own (none when blank)."""
    line = _visible(raw, start) if _MARKUP_CHARACTER.search(raw) else _plain(raw, start)
    return [line] if line.kind == "text" else []


# ---------------------------------------------------------------- footnotes

def _mark_footnotes(lines: list[_Line]) -> set[str]:
    """Mark footnote lines; returns the footnote numbers found.

    Two layouts: a note that starts with superscript digits and runs to the next blank line
    (``¹ Verzoek van het lid ...``), and a closing notes section (``X Noot`` / ``Noten``)
    in which a number on its own line starts each note.
    """
    numbers: set[str] = set()
    in_note = False
    for index, line in enumerate(lines):
        if line.kind == "blank":
            in_note = False
            continue
        text = line.text
        if (start := _FOOTNOTE_START.match(text)) is not None:
            numbers.add(start.group()[:-1].translate(_TO_DIGITS))  # the superscript number, without the space after
            line.kind = "footnote"
            in_note = True
        elif _NOTE_HEADING.match(text) and index > len(lines) // 3:
            line.kind = "note_heading"
            for rest in lines[index + 1:]:
                if rest.kind != "blank":
                    rest.kind = "footnote"
                    if _BARE_NUMBER.fullmatch(rest.text):
                        numbers.add(rest.text)
            break
        elif in_note:
            line.kind = "footnote"
    return numbers


def _footnotes(lines: list[_Line]) -> list[list[_Line]]:
    """Footnote lines grouped per note."""
    notes: list[list[_Line]] = []
    numbered = False  # the current note began with a bare number line
    after_blank = True
    for line in lines:
        if line.kind == "blank":
            after_blank = True
            continue
        if line.kind != "footnote":
            continue
        bare_number = bool(_BARE_NUMBER.fullmatch(line.text))
        if bare_number or _FOOTNOTE_START.match(line.text) or not notes or (after_blank and not numbered):
            notes.append([line])
            numbered = bare_number
        else:
            notes[-1].append(line)
            if not bare_number and numbered and len(notes[-1]) > 1:
                numbered = True
        after_blank = False
    return notes


# ---------------------------------------------------------------- head and furniture

_SIDEBAR = re.compile(
    r"^(?:bij beantwoording|wilt u slechts|en ons kenmerk|brief behandelen|postbus|www\.|https?://|auteur\b|"
    r"contactpersoon|telefoon|t\s*\+?\d|e-?mail|retouradres|pagina\b|ons kenmerk|uw kenmerk|bijlage|"
    r"\d{4}\s?[A-Z]{2}\b|[A-Z][a-z]+(?:straat|weg|plein|laan|markt|gracht|kade|singel)\s+\d)", re.I)


def _head_end(lines: list[_Line]) -> int:
    """Index of the first body line.

    After the date line (``Datum 3 mei 2022``, ``Den Haag, 1 juli 2019``) the body begins at
    the first line that is not part of the head: not a label (``Onderwerp``, ``Ons kenmerk``)
    or its value or continuation, not a sidebar line (``Bij beantwoording ...``, an address).
    Without a date line, the body begins at the first long line that is no head label.
    """
    limit = max(len(lines) * 2 // 5, 40)
    for index, line in enumerate(lines[:limit]):
        if line.kind == "text" and _DATE_LINE.match(line.text):
            found = _after_head_lines(lines, index + 1)
            if found is not None:
                return found
            break
    found = _first_long(lines, 0)
    return found if found is not None else 0


def _first_long(lines: list[_Line], begin: int) -> int | None:
    for index in range(begin, len(lines)):
        line = lines[index]
        if line.kind != "text":
            continue
        text = line.text
        if len(text) >= 60 and not _HEAD_START.match(text) and not text.isupper():
            return index
    return None


# the head labels of the letter's date and codes, which a wrapped Onderwerp stands right before
_REFERENCE_LABELS = ("ons kenmerk", "uw kenmerk", "kenmerk", "datum", "uw brief", "onze referentie")


def _after_head_lines(lines: list[_Line], begin: int) -> int | None:
    """The first line from ``begin`` on that is not a head label, value, continuation or sidebar."""
    value_expected = False
    subject_expected = False  # the value of 'Onderwerp' / 'Betreft' on the next line may be long
    continuing = False  # the line before was a head line that may wrap (Onderwerp, Aan)
    for index in range(begin, len(lines)):
        line = lines[index]
        if line.kind != "text":
            continue
        text = line.text
        label = _HEAD_LABEL_LINE.match(text) if len(text) <= 120 or _LONG_SUBJECT.match(text) else None
        if label and label.group(0).lower().startswith(("onderwerp", "betreft", "bijlage", *_REFERENCE_LABELS)):
            value_expected = not label.group(1)
            subject_expected = value_expected and label.group(0).lower().startswith(("onderwerp", "betreft"))
            continuing = True
            continue
        if (value_expected and len(text) <= 40) or (subject_expected and len(text) <= 150
                                                    and not _TERMINAL.search(text)):
            value_expected = subject_expected = False
            continue
        value_expected = subject_expected = False
        if continuing and len(text) < 60 and (text[:1].islower() or (
                not _TERMINAL.search(text) and not text.endswith(",") and not text.lower().startswith("geachte"))):
            continue
        if continuing and len(text) <= 150 and lines[index - 1].kind == "text" and _label_next(lines, index):
            continue  # a long wrapped Onderwerp ('„Handhaven in het luchtruim. Toezicht op ..."') before 'Ons kenmerk'
        if _HEAD_START.match(text) and len(text) < 90 and not text.lower().startswith("aan de hand"):
            continuing = True
            continue
        if _SIDEBAR.match(text) and len(text) < 60:
            continuing = False
            continue
        return index
    return _first_long(lines, begin)


def _label_next(lines: list[_Line], index: int) -> bool:
    """Whether the line right after ``index`` (no empty line between) is a head label with a value ('Ons kenmerk X')."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.kind != "text":
        return False
    label = _HEAD_LABEL_LINE.match(following.text)
    return label is not None and bool(label.group(1).strip()) and not _TERMINAL.search(following.text) and \
        label.group(0).lower().startswith(_REFERENCE_LABELS)


def _mark_furniture(lines: list[_Line], head_end: int) -> None:
    """Mark the page furniture of the body: sender blocks, labels with values, page numbers."""
    head_keys = {line.key for line in lines[:head_end] if line.kind == "text" and len(line.text) <= 60}
    counts: dict[str, int] = {}
    for line in lines[head_end:]:
        if line.kind == "text":
            counts[line.key] = counts.get(line.key, 0) + 1
    value_expected = False
    for line in lines[head_end:]:
        if line.kind != "text":
            if line.kind == "blank":
                continue
            value_expected = False
            continue
        text = line.text
        short = len(text) <= 60
        label = _LABEL_LINE.match(text) if short else None
        if value_expected and len(text) <= 30:
            line.kind = "furniture"
            value_expected = False
            continue
        value_expected = False
        if label and text[:1].isupper() and (not label.group(1) or (len(text) <= 40 and not _TERMINAL.search(text))):
            # 'Datum', 'Pagina 2 van 5'; not running text that wraps onto 'bijlage.' or 'Bijlage 2 toont dit.'
            line.kind = "furniture"
            value_expected = not label.group(1)
        elif _PAGE_NUMBER.match(text):
            line.kind = "furniture"
        elif short and line.key in head_keys and not _TERMINAL.search(text):
            line.kind = "furniture"
        elif (len(text) <= 40 and counts.get(line.key, 0) >= 2 and not _TERMINAL.search(text)
              and _UPPER_START.match(text) and not _PART_OF_AN_ANSWER.match(text)):
            line.kind = "furniture"  # a running header or footer, repeated on each page


# ---------------------------------------------------------------- paragraphs

def _paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """Group body lines into paragraphs: wrapped lines joined, also across page furniture."""
    texts = [len(line.text) for line in lines if line.kind == "text"]
    width = quantiles(texts, n=10)[-1] if len(texts) >= 5 else 80.0
    paragraphs: list[list[_Line]] = []
    current: list[_Line] = []
    gap = False  # a blank line or furniture since the last text line
    for line in lines:
        if line.kind != "text":
            gap = True
            continue
        if not current:
            current = [line]
        elif _continues(current, line, gap, width):
            current.append(line)
        else:
            paragraphs.append(current)
            current = [line]
        gap = False
    if current:
        paragraphs.append(current)
    return paragraphs


def _continues(paragraph: list[_Line], line: _Line, gap: bool, width: float) -> bool:
    """Does ``line`` continue the paragraph so far?"""
    previous = paragraph[-1]
    before, text = previous.text, line.text
    if line.heading_hint or previous.heading_hint or _LIST_ITEM.match(text):
        return False
    in_table = "|" in before  # (the line before, not every line of the paragraph: linear in a long paragraph)
    if (in_table or "|" in text) and not gap and _LOWER_START.match(text):
        return True  # a cell of a row wrapped onto the next line ('... een voogd' / 'toe. | Overgenomen; ... | 2007')
    if _TABLE_ROW.match(text) or _TABLE_ROW.match(before):
        return False  # each row of a table whose cells '|' parts (Markdown, a table copied as text) stands alone
    if _COLUMN_GAP.search(line.raw.strip()) and _COLUMN_GAP.search(previous.raw.strip()):
        return False  # and each row of one whose columns a run of spaces parts ('maart 2010      uitvoeringstoets')
    ends_sentence = bool(_TERMINAL.search(before) or ENDS_WITH_NOTE_MARKER.search(before))
    if _NUMBERED_LABEL.match(text) and (ends_sentence or before.endswith(":")):
        return False
    if gap:
        if in_table:
            return False  # a row of a table does not go on across a blank line ('... | eind 2006' / '' / 'Met ...')
        # across a blank line or a page break only an unfinished sentence goes on
        if ends_sentence or before.endswith(":"):
            return False
        length = sum(len(line.text) for line in paragraph)
        return bool(_LOWER_START.match(text)) or length > 120
    if before.endswith("-") and not before.endswith(" -"):
        return True
    if _CLOSING_ROLE.match(text) and len(text) < 0.8 * width and (ends_sentence or _SIGNED_NAME.match(before)):
        return False  # 'De Minister van ...,' opens the closing, also where no blank line parts it (PDF text),
        # and after the name of the one who signed before ('E. van Middelkoop' / 'De Staatssecretaris ...,')
    if _CLOSING_ROLE.match(before) and not text.endswith(","):
        return False  # the name under a role line ('De Minister van Defensie,' / 'E. van Middelkoop')
    if _SALUTATION.match(before):
        return False  # 'Geachte voorzitter,', 'Hoogachtend,' stand on their own
    if len(paragraph) == 1 and len(before) < 0.6 * width and not ends_sentence \
            and not before.endswith(",") and _UPPER_START.match(text):
        return False  # a heading line
    if ends_sentence and len(text) < 0.6 * width and not _TERMINAL.search(text) and not text.endswith(",") \
            and _UPPER_START.match(text) and len(text.split()) <= 8:
        return False  # a heading line after a finished sentence, where no blank line parts the paragraphs
    if ends_sentence and len(before) < 0.8 * width and _UPPER_START.match(text):
        return False  # a short last line of a paragraph
    if before.endswith(":") and len(before) < 0.8 * width:
        return False
    return True


def _write_paragraph(writer: _Writer, lines: list[_Line], refs: list[FootnoteRef],
                     note_numbers: set[str], hints: set[int]) -> None:
    """Write one paragraph: words joined by spaces, hyphenation mended, markers removed.

    A line without markup or footnote marker goes as one run of words (one shift maps it back),
    or one run for each stretch of words parted by single spaces; other lines go word by word.
    """
    if any(line.heading_hint for line in lines):
        hints.add(writer.length)
    # (text, source offset, may hold a footnote marker); ("", offset, False) glues what follows on
    pieces: list[tuple[str, int, bool]] = []
    for line in lines:
        text = line.text
        if line.keep is not None or _SUPERSCRIPT_RUN.search(text) \
                or (note_numbers and _DIGIT_AT_WORD_END.search(text)):
            line_pieces = [(word, source, word != "") for word, source in line.words()]
        elif line.run is not None:
            line_pieces = [(text, line.run, False)]
        else:  # words parted by more than one space somewhere: a run for each stretch parted by one
            start = line.start
            line_pieces = [(stretch.group(), start + stretch.start(), False)
                           for stretch in _STRETCH.finditer(line.raw)]
        if pieces and pieces[-1][0].endswith("-"):
            # the line break: mend 'vermoe-' + 'den', glue 'IND-' + 'medewerkers', else a space
            first, source, _ = line_pieces[0]
            first = first.split(" ", 1)[0]
            before, before_source, check = pieces[-1]
            last = before.rsplit(" ", 1)[-1]
            if _mend_hyphen(last, first):
                pieces[-1] = (before[:-1], before_source, check)
                pieces.append(("", source, False))  # glued on: no space
            elif len(last) > 1 and (last[-2].isupper() or last[-2].isdigit()) and _LOWER_START.match(first):
                pieces.append(("", source, False))
        pieces.extend(line_pieces)
    _write_pieces(writer, pieces, refs, note_numbers)
    if lines:
        last_line = lines[-1]
        writer.add("\n", last_line.start + len(last_line.raw))


def _write_pieces(writer: _Writer, pieces: list[tuple[str, int, bool]], refs: list[FootnoteRef],
                  note_numbers: set[str]) -> None:
    """Write the pieces of a paragraph, a space between two unless glued (``("", offset, False)``).

    Does what ``writer.add`` does for each space and piece, inline: a new segment only where the
    source offset does not continue the last one. A piece marked as one that may hold a footnote
    marker goes through ``_write_word``.
    """
    parts, segments = writer.parts, writer.segments
    length = writer.length
    # the source offset that would continue the last segment (None: no segment yet)
    expected = segments[-1][1] + length - segments[-1][0] if segments else None
    first = True
    glue = False
    for word, source, check in pieces:
        if not word:
            glue = True
            continue
        if not first and not glue:
            space_source = source - 1 if source > 0 else source
            if expected != space_source:
                segments.append((length, space_source))
            parts.append(" ")
            length += 1
            expected = space_source + 1
        glue = False
        first = False
        if check and ((note_numbers and _ENDS_IN_DIGIT.search(word)) or _SUPERSCRIPT_RUN.search(word)):
            writer.length = length
            _write_word(writer, word, source, refs, note_numbers)  # may hold a footnote marker
            length = writer.length
            expected = segments[-1][1] + length - segments[-1][0] if segments else None
            continue
        if expected != source:
            segments.append((length, source))
        parts.append(word)
        length += len(word)
        expected = source + len(word)
    writer.length = length


def _mend_hyphen(last: str, word: str) -> bool:
    """'vermoe-' + 'den' is one word; 'Immigratie-' + 'en', 'IND-' + 'medewerkers' are not mended."""
    if not last.endswith("-") or len(last) < 3 or not last[-2].isalpha() or last[-2].isupper():
        return False
    if not _LOWER_START.match(word) or word.rstrip(".,;:") in ("en", "of", "tot", "en/of"):
        return False
    return True


def _write_word(writer: _Writer, word: str, source: int, refs: list[FootnoteRef],
                note_numbers: set[str]) -> None:
    """Write a word, leaving out footnote markers (superscript digits, or 'jl.1' style)."""
    if not (note_numbers and _ENDS_IN_DIGIT.search(word)) and not _SUPERSCRIPT_RUN.search(word):
        writer.add(word, source)  # no marker can be in it (most words)
        return
    cursor = 0
    for marker in _SUPERSCRIPT_RUN.finditer(word):
        if marker.start() == 0:
            continue
        writer.add(word[cursor:marker.start()], source + cursor)
        refs.append(FootnoteRef(number=marker.group().translate(_TO_DIGITS), offset=writer.length))
        cursor = marker.end()
    rest = word[cursor:]
    if note_numbers:
        plain = _PLAIN_MARKER.match(rest)
        if plain and plain.group(2) in note_numbers:
            writer.add(plain.group(1), source + cursor)
            refs.append(FootnoteRef(number=plain.group(2), offset=writer.length))
            writer.add(plain.group(3), source + cursor + plain.start(3))
            return
    writer.add(rest, source + cursor)
