"""Structure: CleanText -> Document (letter head, paragraphs, sections, sentences, closing).

Reads the letter head in the layouts Kamerbrieven come in: the ministry's own letter
(``Datum 22 juni 2023``, ``Ons kenmerk`` / ``Onze referentie``, ``Uw kenmerk`` / ``Uw brief (kenmerk)``,
``Onderwerp`` wrapped over lines,
the sender's directorate-general and directorate) and the official publication
(``19 637 Vreemdelingenbeleid`` / ``Nr. 1405 BRIEF VAN DE MINISTER ...`` / ``Den Haag, 18 maart
2011``). Splits the body into sentences without breaking at Dutch abbreviations (``jl.``,
``nr.``, ``o.a.``, ``d.d.``) or initials (``E. van der Burg``), and reads the closing: each
signatory's role and name (the role line also in capitals, without comma or article, or on two
lines; ``w.g.`` and titles before the name; the name above the role; two or three signatories side
by side, as a PDF's columns are read).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from ..domain.dates import THE_HAGUE
from ..domain.model import (
    CleanText,
    Document,
    Footnote,
    LetterHead,
    OfficialPublication,
    Paragraph,
    Section,
    Sentence,
    Signatory,
    Span,
)
from .clean import ENDS_WITH_NOTE_MARKER, STOP_WITH_NOTE_MARKER

STAGE = "structure.v1"

MONTHS = {name: number for number, name in enumerate(
    ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"], start=1)}
_MONTH = "|".join(MONTHS)
# the space in a date may be a no-break space, also one decoded the wrong way ('24Â september')
DATE = re.compile(rf"\b(\d{{1,2}})(?:\s|Â)+({_MONTH})(?:\s|Â)+((?:19|20)\d\d)\b", re.I)
# the labels of the head block; 'Onze referentie', a bare 'Referentie' and 'Uw brief (kenmerk)' are other
# ministries' words for 'Ons kenmerk' and 'Uw kenmerk'
_LABEL_VALUE = re.compile(r"^(datum|ons kenmerk|onze referentie|uw kenmerk|uw referentie|uw brief \(kenmerk\)|"
                          r"onderwerp|betreft|kenmerk|referentie|uw brief|bijlagen?)(?!\w)[:\s]*(.*)$", re.I)
_KENMERK_LABELS = {"ons kenmerk", "onze referentie", "kenmerk", "referentie"}
# a reference code written after its label: a letter or digit first, a digit somewhere ('2021Z17000', 'BZ/2008/1437')
_CODE = r"[A-Za-z0-9][\w./-]*\d[\w./-]*"
# 'Uw brief van 1 oktober 2021, kenmerk 2021Z17000': the reference of the letter answered, after its date
_UW_BRIEF_KENMERK = re.compile(rf"\bkenmerk:?\s+({_CODE})", re.I)
_UW_KENMERK_LABELS = {"uw kenmerk", "uw referentie", "uw brief (kenmerk)"}
# the dossier heading of the official publication: '19 637 Vreemdelingenbeleid', with the chapter of
# a budget ('35 000 X Vaststelling ...', '33 400 VIII', Financiën's '30 300 IXB'), a numbered part
# ('21 501-20 Europese Raad') or the number of a Rijkswet ('33 852 (R2023)')
_DOSSIER = re.compile(r"^(\d{2}\s\d{3}|\d{5})(?:\s+\((R\d{3,4})\)|\s+([IVXL]{1,6}[AB]?)(?=\s+[A-Z(]|$)|-(\d{1,3})\b)?"
                      r"(?:\s+(?!\d)(.+))?$")
# the title of a paper in the official publication: 'BRIEF VAN DE MINISTER ...', also the other
# papers of a dossier ('Nr. 143 MOTIE VAN DE LEDEN ...', 'GEWIJZIGD AMENDEMENT VAN HET LID ...'); the number may
# stand bare before it on the same line, as a flattened page of the Eerste Kamer prints it ('F BRIEF VAN DE ...')
_OFFICIAL = re.compile(r"^(?:Nr\.\s*(?P<number>\w+)\s+|(?P<bare>[A-Z]{1,2}|\d{1,4})\s+)?"
                       r"(?P<heading>BRIEF VAN (?:DE|HET)\b.*|(?:GEWIJZIGDE?\s+)?(?:MOTIE|AMENDEMENT)"
                       r"\s+VAN\s+(?:DE|HET)\b.*)$")
_NUMBER_LINE = re.compile(r"^Nr\.\s*(\d{1,4}|[A-Z]{1,2})$")  # 'Nr. 3104' on a line of its own
# 'Den Haag, 9 mei 2023' wherever it stands in a head line (also after the addressee on one line)
_PLACE_DATE = re.compile(rf"(?:^|\s)({THE_HAGUE}),?\s+\d{{1,2}}(?:\s|Â)+[a-z]+(?:\s|Â)+(?:19|20)\d\d\b")
# a date on a line of its own, also as the official publication dates a motion ('Voorgesteld 6 juli 2021')
_DATE_ONLY = re.compile(rf"^(?:(?:Voorgesteld|Ontvangen)\s+)?\d{{1,2}}(?:\s|Â)+(?:{_MONTH})(?:\s|Â)+(?:19|20)\d\d$",
                        re.I)
# the answers to written questions (Aanhangsel): 'Antwoord van Minister X (Portfolio) (ontvangen 21 juni 2021).'
_ANSWER_RECEIVED = re.compile(r"^Antwoord van\b[^\n]{0,200}?\(ontvangen\s+([^()]{8,30})\)\.?$")
_ROLE_WORD = (r"(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Ss]ecretaris-[Gg]eneraal|"
              r"[Dd]irecteur-[Gg]eneraal|[Mm]inister-[Pp]resident)")
_ROLE_LINE = re.compile(rf"^(?:De|de|Het|het)\s+({_ROLE_WORD}\b.*?),\s*(.*)$")
# a closing run into the end of a paragraph ('... treft u de antwoorden aan. De minister voor
# Immigratie, Integratie en Asiel, G.B.M. Leers Pagina 1 van 9'; '... Hoogachtend, de staatssecretaris
# van Financiën,' with the name on the next line)
_CLOSING_RUN_IN = (r"(?:[.!?]|Hoogachtend,|Met vriendelijke groet,?)\s+(?:De|de|Het|het)\s+"
                   rf"({_ROLE_WORD}\b[^.;:]{{0,120}}?),\s*([^,;:]{{0,60}}?)")
_TAIL_CLOSING = re.compile(_CLOSING_RUN_IN + r"\s*(?:Pagina\s+\d+\s+van\s+\d+)?\s*$")
# ... or at the foot of the first page, the page number after it, when an appendix follows
_PAGE_CLOSING = re.compile(_CLOSING_RUN_IN + r"\s+Pagina\s+1\s+van\s+\d+\b")
# titles before a signatory's name: 'mr. drs. F.H.H. Weekers' is signed by F.H.H. Weekers
# ('w.g.', was getekend: the name of who signed the original)
_TITLES = re.compile(r"^(?:(?:mr|drs|dr|prof|ir|ing|ds|mevrouw|mevr|mw|dhr)\.?\s+|w\.\s?g\.\s*)+", re.I)
_PARTICLES = {"van", "der", "den", "de", "het", "ter", "ten", "te", "tot", "vd", "v.d.", "la", "le", "du", "op", "in",
              "'t"}
ABBREVIATIONS = {
    "jl", "nr", "nrs", "o.a", "d.d", "e.d", "e.a", "m.b.t", "t.a.v", "i.v.m", "a.s", "art", "artt", "blz",
    "p", "pag", "mr", "dr", "drs", "ir", "ing", "prof", "mevr", "dhr", "mw", "c.s", "vs", "ca", "bijv",
    "bv", "bijvoorbeeld", "z.g", "zgn", "etc", "e.v", "jo", "resp", "incl", "excl", "min", "max", "vgl",
    "i.c", "i.p.v", "t.b.v", "m.i", "o.m", "d.w.z", "a.d.h.v", "n.a.v", "t.z.t", "z.s.m", "w.o",
    "afl", "st", "stb", "stcrt", "kamerstukken", "vz", "lid", "nl", "jr", "sr", "no", "tel", "fig",
    "hfst", "par", "sub", "ex", "al", "cf", "ibid", "o.b.v", "m.u.v", "v.w.b", "m.n", "t/m", "e.e.a",
}
# abbreviations that stand at the end of a sentence as often as inside one: before a word with a capital they end
# it ('de motie Bruinsma c.s. De IND ...', 'op 12 mei jl. Het wetsvoorstel ...'), before a bracket, a digit or a
# word in lower case they do not ('c.s. (Kamerstuk ...)'); each is one of ABBREVIATIONS
ENDS_BEFORE_A_CAPITAL = {"c.s", "jl", "etc"}
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-ZÀ-Ý][a-zà-ÿ]")
# the token that ends where the text ends: back to the last space or opening quote
_WORD_BEFORE = re.compile(r"(?:.*[\s(‘'\"“])?([^\s(‘'\"“]*)\Z", re.S)
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# a sentence's end: its stop, closing quotes and brackets, then white space and a capital or digit; or a footnote
# marker glued to the stop of a word ('afgedaan.1 Tijdens ...', as text copied from the official publication
# writes it), then white space and a capital ('versie 2.1 Het' has no word before its stop)
_BOUNDARY = re.compile(r"[.?!…][\"'’”»)\]]*\s+(?=[\"'‘“«(\[]*[A-ZÀ-Ý0-9])"
                       rf"|{STOP_WITH_NOTE_MARKER}\s+(?=[\"'‘“«(\[]*[A-ZÀ-Ý])")


def structure(clean: CleanText) -> Document:
    """Read the head, body, closing and footnotes of a cleaned letter."""
    text = clean.text
    paragraphs = _paragraph_spans(text)
    head_lines = [(span, text[span.start:span.end]) for span in paragraphs if span.end <= clean.head_end]
    body = [span for span in paragraphs if clean.head_end <= span.start < clean.body_end]
    notes = [span for span in paragraphs if span.start >= clean.body_end]

    head = read_head([line for _, line in head_lines], [text[s.start:s.end] for s in body[:3]],
                     _blank_before(clean, [span for span, _ in head_lines]))
    signatories, closing_start = read_closing(text, body, clean)
    official = clean.letter.official
    if official is not None:  # what the official XML states wins over what the text suggests
        head = official_head(head, official)
        signatories, closing_start = official_signatories(text, body, signatories, closing_start, official)
    closing_end = _appendix_start(text, body, signatories)
    warnings: list[str] = []
    if head.date is None:
        warnings.append("no date found in the letter head")
    if not signatories:
        warnings.append("no signatory found in the closing")

    kinds: list[Paragraph] = [Paragraph(span, "head") for span, _ in head_lines]
    stated_headings = frozenset(official.headings) if official is not None else None
    for span in body:
        if closing_start <= span.start < closing_end:
            kinds.append(Paragraph(span, "closing"))
        elif stated_headings is not None:  # the official XML says which paragraphs are headings
            kinds.append(Paragraph(span, "heading" if clean.to_source(span.start) in stated_headings else "text"))
        elif _is_heading(text[span.start:span.end], span.start in clean.heading_hints):
            kinds.append(Paragraph(span, "heading"))
        else:
            kinds.append(Paragraph(span, "text"))
    kinds.extend(Paragraph(span, "footnote") for span in notes)

    sentences: list[Sentence] = []
    for index, paragraph in enumerate(kinds):
        if paragraph.kind in ("head", "closing"):
            continue
        sentences.extend(split_sentences(text, paragraph.span, index))

    body_end = closing_start if closing_start < clean.body_end and closing_end > clean.body_end else clean.body_end
    sections = _sections(text, kinds, body_end)
    footnotes = tuple(_footnote(text, span) for span in notes)
    return Document(clean=clean, head=head, paragraphs=tuple(kinds), sentences=tuple(sentences),
                    sections=sections, footnotes=footnotes, signatories=tuple(signatories),
                    body=Span(clean.head_end, body_end), warnings=tuple(warnings))


def official_head(head: LetterHead, official: OfficialPublication) -> LetterHead:
    """The head read from the text, with each field the official XML states put in its place."""
    stated: dict[str, Any] = {"dossier": official.dossier, "dossier_title": official.dossier_title,
                              "date": official.date, "heading": official.heading,
                              "number": official.number if official.dossier else None}
    return replace(head, **{name: value for name, value in stated.items() if value})


def official_signatories(text: str, body: list[Span], found: list[Signatory], closing_start: int,
                         official: OfficialPublication) -> tuple[list[Signatory], int]:
    """The signatories the XML states (role and name as published), each at the closing lines
    that show it: the span the text reading found for the same surname, else the last line
    holding the name."""
    if not official.signatories:
        return found, closing_start
    by_surname = {signatory.name.split()[-1].lower(): signatory for signatory in found if signatory.name}
    body_start = body[0].start if body else 0
    body_end = body[-1].end if body else len(text)
    signatories = []
    for role, name in official.signatories:
        known = by_surname.get(name.split()[-1].lower())
        if known is not None:
            span = known.span
        else:
            at = text.rfind(name, body_start, body_end)
            if at < 0:
                continue
            span = Span(at, at + len(name))
        signatories.append(Signatory(role=role, name=name, span=span))
        closing_start = min(closing_start, span.start)
    return (signatories, closing_start) if signatories else (found, closing_start)


def _blank_before(clean: CleanText, spans: list[Span]) -> list[bool]:
    """For each head line: did an empty line stand before it in the source text?"""
    source = clean.letter.text
    blank = [False] * len(spans)
    for index in range(1, len(spans)):
        between = source[clean.to_source(spans[index - 1].end - 1) + 1:clean.to_source(spans[index].start)]
        blank[index] = bool(re.search(r"\n[ \t\r]*\n", between))
    return blank


def _paragraph_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(position, position + len(line)))
        position += len(line) + 1
    return spans


# ---------------------------------------------------------------- head

def parse_date(text: str) -> date | None:
    """'16 januari 2014' -> date(2014, 1, 16); None when there is no valid Dutch date."""
    match = DATE.search(text)
    if not match:
        return None
    try:
        return date(int(match.group(3)), MONTHS[match.group(2).lower()], int(match.group(1)))
    except ValueError:
        return None


# a line that is no value of the empty label before it ('Uw kenmerk' left blank): the salutation
_NOT_A_VALUE = re.compile(r"^(?:Geachte|Hooggeachte|Beste)\b|,$")
# the reminder printed under the kenmerk, run into its value when the head is flattened
# ('Ons kenmerk 712345 Bij beantwoording de datum en ons kenmerk vermelden.')
_REMINDER = re.compile(r"\s+(?=Bij beantwoording\b|Wilt u slechts\b)")
# a kenmerk label at the end of a line whose left column holds the address, its value on the next
# line: one word with a digit ('38654122', 'BZDOC-1455073812-19')
_TRAILING_LABEL = re.compile(r"^\S.*\s(ons kenmerk|onze referentie|uw kenmerk|uw referentie)$", re.I)
_REFERENCE_VALUE = re.compile(r"^(?=\S*\d)[\w./-]{3,40}$")
# the label table of older letters: labels side by side on one line, their values on the next
# ('uw brief van   uw kenmerk' / '           2007Z06712'; 'ons kenmerk   datum' / 'DL. 2007/2345   29 oktober 2007')
_TABLE_LABEL = r"(?:uw brief van|uw kenmerk|ons kenmerk|datum|bijlagen?)"
_LABEL_ROW = re.compile(rf"^{_TABLE_LABEL}(?:\s+{_TABLE_LABEL})+$", re.I)
# 'Kenmerk 1612345-198765-VGP' inside a head flattened into one line (a value with a digit)
_KENMERK_INSIDE = re.compile(rf"(?<!\S)(?:Ons kenmerk|Onze referentie|Kenmerk):?\s+({_CODE})")
# the label some ministries put before the sending unit in the head
_SENDER_LABEL = re.compile(r"^(?:Auteur|Afzender)\s+(?=[A-Z])")


def read_head(lines: list[str], first_body: list[str] | None = None,
              blank_before: list[bool] | None = None) -> LetterHead:
    """The fields of a letter head, from its lines (one per line of the head); ``blank_before``
    says which lines stood after an empty line in the source (a wrapped Onderwerp ends there)."""
    fields: dict[str, str | date | None] = {}
    labels = [_LABEL_VALUE.match(line) for line in lines]

    def value_after(index: int, same_line: str) -> str | None:
        if same_line.strip():
            return same_line.strip()
        if index + 1 < len(lines) and not labels[index + 1] and not _NOT_A_VALUE.match(lines[index + 1].strip()):
            return lines[index + 1].strip()
        return None

    for index, line in enumerate(lines):
        if index + 1 < len(lines) and _LABEL_ROW.match(line.strip()) and not _LABEL_ROW.match(lines[index + 1].strip()):
            fields.update({k: v for k, v in _label_row(line, lines[index + 1]).items() if fields.get(k) is None})
            labels[index + 1] = None  # the values' line is no label line of its own ('ons kenmerk datum')
            continue
        label = labels[index]
        if label:
            name = label.group(1).lower()
            value = value_after(index, label.group(2))
            if name == "datum" and value and fields.get("date") is None:
                fields["date"] = parse_date(value)
            elif name in _KENMERK_LABELS and value and "kenmerk" not in fields:
                fields["kenmerk"] = re.sub(r"\s+", "", _REMINDER.split(value)[0])
            elif name in _UW_KENMERK_LABELS and value and "uw_kenmerk" not in fields:
                fields["uw_kenmerk"] = re.sub(r"\s+", "", _REMINDER.split(value)[0])
            elif name == "uw brief" and value and "uw_kenmerk" not in fields \
                    and (answered := _UW_BRIEF_KENMERK.search(value)) is not None:
                fields["uw_kenmerk"] = answered.group(1)
            elif name in ("onderwerp", "betreft") and "subject" not in fields:
                fields["subject"] = _continued(lines, labels, index, label.group(2), blank_before)
            continue
        trailing = _TRAILING_LABEL.match(line.strip())
        if trailing and index + 1 < len(lines) and _REFERENCE_VALUE.match(lines[index + 1].strip()):
            # '2500 EA Den Haag      Onze referentie' / '38654122': the label ends a line of the left column
            key = "kenmerk" if trailing.group(1).lower() in _KENMERK_LABELS else "uw_kenmerk"
            fields.setdefault(key, lines[index + 1].strip())
        stripped = _SENDER_LABEL.sub("", line.strip())  # 'Auteur Directie Sociale Ontwikkeling'
        place_date = _PLACE_DATE.search(stripped)
        if re.match(rf"^(?:{THE_HAGUE}|Rijswijk|Utrecht|Brussel),?\s", stripped) and DATE.search(stripped):
            if fields.get("date") is None:
                fields["date"] = parse_date(stripped)
            fields.setdefault("place", stripped.split(",")[0].strip())
        elif re.match(r"^Aan\s+(de|het)\s+", stripped) and "addressee" not in fields:
            # 'Aan de Voorzitter ... Den Haag, 7 mei 2020' on one line: the date is the letter's
            fields["addressee"] = _addressee(lines, index, place_date.start() if place_date else None)
            if place_date and fields.get("date") is None:
                fields["date"] = parse_date(place_date.group(0))
                fields.setdefault("place", place_date.group(1))
        elif re.match(r"^Ministerie van\s", stripped) and "ministry" not in fields:
            fields["ministry"] = stripped
        elif re.match(r"^(?:Directoraat-[Gg]eneraal\b|DG\s+[A-Z][a-z])", stripped) \
                and "directorate_general" not in fields:
            name = stripped
            if name.lower() == "directoraat-generaal" and index + 1 < len(lines):
                name = f"{name} {lines[index + 1].strip()}"
            fields["directorate_general"] = name
        elif re.match(r"^Directie\s+[A-Z]", stripped) and "directorate" not in fields:
            fields["directorate"] = stripped
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if following and re.match(r"^(?!Aan\s)[A-Z][A-Za-z ,&-]+$", following) and not labels[index + 1] \
                    and not re.search(r"postbus|den haag|www|\d", following, re.I):
                fields["unit"] = following
        elif index < 8 and (match := _DOSSIER.match(stripped)) is not None and "dossier" not in fields:
            sub = match.group(2) or match.group(3) or match.group(4)
            fields["dossier"] = re.sub(r"\s", "", match.group(1)) + (f"-{sub}" if sub else "")
            title = match.group(5)
            if not title and index + 1 < len(lines) and not _OFFICIAL.match(lines[index + 1].strip()):
                candidate = lines[index + 1].strip()
                if len(candidate) > 3 and not re.fullmatch(r"[A-Z]{1,2}", candidate):
                    title = candidate
            fields["dossier_title"] = title
        else:
            official = _OFFICIAL.match(stripped)
            if official and "heading" not in fields:
                heading = official.group("heading")
                if index + 1 < len(lines) and lines[index + 1].strip().isupper() \
                        and not _LABEL_VALUE.match(lines[index + 1]) and len(lines[index + 1].split()) <= 6:
                    heading = f"{heading} {lines[index + 1].strip()}"
                fields["heading"] = heading.strip()
                fields["number"] = official.group("number") or official.group("bare") or _number_before(lines, index)
    for line in lines if "kenmerk" not in fields else []:  # a head flattened into one line
        inside = _KENMERK_INSIDE.search(line)
        if inside:
            fields["kenmerk"] = inside.group(1)
            break
    if fields.get("date") is None:  # a date on a line of its own ('7 november 2011') at the top
        dated = next((line for line in lines[:8] if _DATE_ONLY.match(line.strip())), None)
        if dated:
            fields["date"] = parse_date(dated)
    if "date" not in fields or fields["date"] is None:
        for line in first_body or []:  # 'Den Haag, 1 juli 2019' printed as the first body line
            answered = _ANSWER_RECEIVED.match(line.strip())
            if (re.match(rf"^{THE_HAGUE},?\s", line) or answered) and DATE.search(line):
                fields["date"] = parse_date(answered.group(1) if answered else line)
                break
    if not fields.get("dossier"):
        fields["number"] = fields.get("number") if fields.get("dossier") else None
    known: dict[str, Any] = {k: v for k, v in fields.items() if k in LetterHead.__dataclass_fields__}
    return LetterHead(**known)


# head lines that are never the continuation of a wrapped Onderwerp: the sender's ministry and units
_NOT_CONTINUATION = re.compile(r"^(?:Aan|Den Haag|Nr\.|Retouradres|Ministerie van|Directoraat-[Gg]eneraal|"
                               r"DG|Directie|Postbus|Contactpersoon|Inlichtingen)\b")


def _label_row(labels: str, values: str) -> dict[str, Any]:
    """The fields of a row of labels side by side and the line of their values under it: the dates
    go to 'datum' (not when 'uw brief van' could take it), the rest of the line to the one kenmerk
    label of the row; nothing where that is not one way only."""
    names = re.findall(_TABLE_LABEL, labels.lower())
    dates = list(DATE.finditer(values))
    found: dict[str, Any] = {}
    if "datum" in names and len(dates) == 1 and "uw brief van" not in names:
        found["date"] = parse_date(dates[0].group(0))
    rest = re.sub(r"\s+", "", DATE.sub(" ", values))
    kenmerken = [name for name in names if name in ("ons kenmerk", "uw kenmerk")]
    others = [name for name in names if name not in kenmerken]
    if rest and len(kenmerken) == 1 and re.search(r"\d", rest) and all(n in ("datum", "uw brief van") for n in others):
        found["kenmerk" if kenmerken[0] == "ons kenmerk" else "uw_kenmerk"] = rest
    return found


def _continued(lines: list[str], labels: list, index: int, first: str,
               blank_before: list[bool] | None = None) -> str | None:
    """A label's value with the lines that continue it (a wrapped Onderwerp); after an empty line
    only a line that begins in lower case or follows a hyphen or comma."""
    parts = [first.strip()] if first.strip() else []
    for following in range(index + 1, len(lines)):
        line = lines[following].strip()
        if labels[following] or not line or _NOT_CONTINUATION.match(line):
            break
        if parts and blank_before is not None and following < len(blank_before) and blank_before[following] \
                and not (line[0].islower() or parts[-1].endswith(("-", ","))):
            break  # after an empty line only a line that plainly goes on with the subject continues it
        # a line right before the next label goes on with the value too ('Onderwerp Geannoteerde agenda Landbouwraad'
        # / '14 april 2014' / 'Ons kenmerk ...')
        label_next = following + 1 < len(lines) and bool(labels[following + 1]) and not (
            blank_before is not None and following + 1 < len(blank_before) and blank_before[following + 1])
        if parts and not (line[0].islower() or parts[-1].endswith(("-", ",")) or len(parts[-1]) > 45 or label_next):
            break
        parts.append(line)
    value = " ".join(parts).strip()
    return value or None


def _number_before(lines: list[str], index: int) -> str | None:
    """The paper's number on the line before its 'BRIEF VAN' line: 'Nr. 3104', or a bare 'D' or '12'."""
    if index == 0:
        return None
    before = lines[index - 1].strip()
    numbered = _NUMBER_LINE.match(before)
    if numbered:
        return numbered.group(1)
    return before if re.fullmatch(r"[A-Z]{1,2}|\d{1,4}", before) else None


def _addressee(lines: list[str], index: int, stop: int | None = None) -> str:
    """The addressee after 'Aan', with its continuation lines; ``stop`` ends it within its line."""
    first = lines[index].strip()
    if stop is not None:
        return re.sub(r"^(de|het)\s+", "", re.sub(r"^Aan\s+", "", first[:stop].strip()))
    parts = [re.sub(r"^Aan\s+", "", first)]
    for line in lines[index + 1:index + 3]:
        line = line.strip()
        if line and (line[0].islower() or parts[-1].endswith((" van de", " van het"))) \
                and not re.match(r"^postbus", line, re.I):
            parts.append(line)
        else:
            break
    name = " ".join(parts)
    return re.sub(r"^(de|het)\s+", "", name)


# ---------------------------------------------------------------- closing

def _looks_like_name(text: str) -> bool:
    """'E. van der Burg', 'Ankie Broekers-Knol', 'G. B. M. Leers'; not a sentence."""
    tokens = text.strip().rstrip(".").split()
    if not 1 <= len(tokens) <= 7 or len(text) > 60:
        return False
    capitalised = 0
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not re.match(r"^[A-ZÀ-Ý][\w.'’-]*$", token):
            return False
        capitalised += 1
    return capitalised >= 1 and not re.search(r"\d", text)


def read_closing(text: str, body: list[Span], clean: CleanText | None = None) -> tuple[list[Signatory], int]:
    """The signatories (role and name) at the end of the body, and where the closing begins;
    ``clean`` (when given) shows the source lines, where signatories side by side stand apart."""
    signatories: list[Signatory] = []
    closing_start = body[-1].end + 1 if body else len(text)
    window = body[-8:]
    index = 0
    while index < len(window):
        span = window[index]
        side_by_side = _side_by_side(text, window, index, clean)
        if side_by_side is not None:
            signatories.extend(side_by_side[0])
            closing_start = min(closing_start, span.start)
            index = side_by_side[1]
            continue
        raw, index = _wrapped_role(text, window, index)
        paragraph = _cased_role_line(raw)
        match = _ROLE_LINE.match(paragraph)
        if match and len(paragraph) < 160:
            role, rest = match.group(1).strip(), match.group(2).strip()
            name, name_span = None, span
            on_behalf = _ON_BEHALF.search(paragraph)
            if on_behalf or (paragraph.endswith(",") and (not _looks_like_name(rest.rstrip(","))
                                                           or _ROLE_CONTINUED.match(rest))):
                # the whole line is the role ('De Minister van Landbouw, Natuur en Voedselkwaliteit,'),
                # less whom it also signs for ('..., mede namens de Minister van Financiën,')
                role = _role_of(paragraph[:on_behalf.start()] if on_behalf else paragraph)
                rest = ""
            rest = _signed_name(rest)
            if rest and _looks_like_name(rest):
                name = rest
            elif rest and "," in rest:
                # 'De minister voor Immigratie, Integratie en Asiel, G. B. M. Leers'
                head, _, tail = paragraph.rpartition(",")
                tail = _signed_name(tail)  # 'De Minister van X, Y en Z, dr. R.H.A. Plasterk'
                if _looks_like_name(tail):
                    name = tail.strip()
                    role = re.sub(r"^(De|de|Het|het)\s+", "", head).strip()
            elif not rest and index + 1 < len(window):
                if _ON_BEHALF.match(text[window[index + 1].start:window[index + 1].end].strip()) \
                        and index + 2 < len(window):
                    index += 1  # 'mede namens de Minister van Financiën,' on a line of its own
                following = window[index + 1]
                more_role = _ROLE_CONTINUED.match(_cased_role_line(text[following.start:following.end].strip()))
                if more_role and index + 2 < len(window):
                    # a second role line ('De Minister-President,' / 'Minister van Algemene Zaken,')
                    role = f"{role}, {more_role.group(1)}"
                    index += 1
                    following = window[index + 1]
                candidate = _signed_name(text[following.start:following.end])
                if not candidate and index + 2 < len(window):  # 'w.g.' on a line of its own
                    index += 1
                    following = window[index + 1]
                    candidate = _signed_name(text[following.start:following.end])
                if _INITIALS_ONLY.match(candidate) and index + 2 < len(window):
                    # the initials on one line, the surname on the next ('H.G.J.' / 'Bruins Slot')
                    surname = text[window[index + 2].start:window[index + 2].end].strip()
                    if _looks_like_name(surname) and not _ROLE_LINE.match(surname):
                        candidate, following = f"{candidate} {surname}", Span(following.start, window[index + 2].end)
                        index += 1
                if _looks_like_name(candidate):
                    name, name_span = candidate, following
                    index += 1
            if name:
                signatories.append(Signatory(role=role, name=name, span=Span(span.start, name_span.end)))
                closing_start = min(closing_start, span.start)
        index += 1
    if not signatories:
        signatories, closing_start = _tail_closing(text, body, closing_start)
    if not signatories:
        return _names_above_roles(text, window, closing_start, clean)
    return signatories, closing_start


_ROLE_CONTINUED = re.compile(rf"^({_ROLE_WORD}\b[^,]*),$")
# 'DE MINISTER VAN DEFENSIE', 'DE STAATSSECRETARIS VAN X, drs. V.L.W.A. Heijnen' (the name after the comma),
# 'DE STAATSSECRETARIS VAN X drs. B. Visser' (no comma: the name line run into the role's by the cleaning,
# found by its title or initials)
_CAPITAL_ROLE = re.compile(r"^((?:DE|HET)\s+(?:MINISTER|STAATSSECRETARIS)[A-Z\u00c0-\u00dd ,&'-]*?)"
                           r"(?:(?:,\s*|\s+(?=(?:mr|drs|dr|prof|ir|ing)\.|[A-Z][a-z]?\.))([^,]*[a-z][^,]*))?,?$")
_BARE_ROLE = re.compile(r"^(?:Minister|Staatssecretaris)\s+(?:van|voor)\s+[A-Z][^.;:]{2,110},$")
_ROLE_ONLY = re.compile(rf"^(?:De|de|Het|het)\s+{_ROLE_WORD}\s+(?:van|voor)\s+[A-ZÀ-Ý][\w-]*"
                        r"(?:,?\s+(?:en\s+)?[A-ZÀ-Ý][\w-]*)*$")
_ROLE_THEN_INITIALS = re.compile(
    rf"^(?P<role>(?:De|de|Het|het)\s+{_ROLE_WORD}\s+(?:van|voor)\s+[A-ZÀ-Ý][^,.;:]*?(?:,\s+[A-ZÀ-Ý][^,.;:]*?)*)\s+"
    r"(?P<name>(?:(?:mr|drs|dr|prof|ir|ing)\.\s*)*(?:[A-Z][a-z]?\.\s?)+(?:[a-z]+\s+)*[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]+)?)$")
_LOWER_IN_ROLE = {"van", "voor", "en", "de", "het", "der", "op", "in"}


# a role line that breaks after a connective ('DE MINISTER VAN LANDBOUW, NATUUR EN' / 'VOEDSELKWALITEIT,')
_BROKEN_ROLE = re.compile(rf"^(?:De|de|Het|het|DE|HET)\s+(?:{_ROLE_WORD}|MINISTER|STAATSSECRETARIS)\b.*\s"
                          r"(?:en|van|voor|EN|VAN|VOOR)$")


def _wrapped_role(text: str, window: list[Span], index: int) -> tuple[str, int]:
    """The closing line at ``index``, joined with the next when a role breaks after a connective
    and goes on there up to its comma; with the index of the last line taken."""
    line = text[window[index].start:window[index].end].strip()
    if _BROKEN_ROLE.match(line) and index + 1 < len(window):
        following = text[window[index + 1].start:window[index + 1].end].strip()
        if following.endswith(",") and len(following) < 80 and not re.search(r"[.;:\d]", following):
            return f"{line} {following}", index + 1
    return line, index


def _cased_role_line(line: str) -> str:
    """A closing role line in the form the closing is read in (article, role, comma): set in capitals
    ('DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT' -> 'De Minister van Landbouw, Natuur en
    Voedselkwaliteit,'), without its comma or without its article. Other lines stay as they are."""
    if _BARE_ROLE.match(line):  # 'Minister voor Medische Zorg,' without its article
        line = "De " + line
    if _ROLE_ONLY.match(line):  # 'De staatssecretaris van Sociale Zaken en Werkgelegenheid' without a comma
        return line + ","
    joined = _ROLE_THEN_INITIALS.match(line)
    if joined:  # the role without a comma run into the initialled name after it
        return f"{joined.group('role')}, {joined.group('name')}"
    capitals = _CAPITAL_ROLE.match(line)
    if capitals is None or len(line) >= 160:
        return line
    role, name = capitals.group(1), capitals.group(2)
    words = []
    for number, word in enumerate(role.split()):
        lower = word.lower()
        if number and lower in _LOWER_IN_ROLE:
            words.append(lower)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(words) + "," + (f" {name}" if name else "")


_ON_BEHALF = re.compile(r"(?:^|,\s*)mede\s+namens\b[^,]*,?\s*$", re.I)
_INITIALS_ONLY = re.compile(r"^(?:[A-Z]\.\s?)+$")


_FOR_THE_MINISTER = re.compile(r",?\s+namens\s+deze\b.*$", re.I | re.S)


def _role_of(line: str) -> str:
    """The role a closing line names: 'De Minister van X, Y en Z,' -> 'Minister van X, Y en Z'; an
    official who signs for the minister ('De Minister van X, namens deze, de directeur-generaal Y,')
    signs in the minister's role."""
    role = re.sub(r"^(?:De|de|Het|het)\s+", "", line.strip())
    return _FOR_THE_MINISTER.sub("", role).rstrip(", ").strip()


APPENDIX_LENGTH = 400  # characters of running text after the closing that make an appendix


def _appendix_start(text: str, body: list[Span], signatories: list[Signatory]) -> int:
    """Where the text after the closing begins when it is an appendix the letter sends with it
    (answers to questions, a list of commitments: more than APPENDIX_LENGTH characters), which
    is read as running text; past the end of the text when the closing ends the letter."""
    if not signatories:
        return len(text) + 1
    closing_end = max(signatory.span.end for signatory in signatories)
    after = [span for span in body if span.start > closing_end]
    if sum(span.end - span.start for span in after) > APPENDIX_LENGTH:
        return after[0].start
    return len(text) + 1


def _untitled(text: str) -> str:
    """A name without the titles before it: 'mr. drs. F.H.H. Weekers' -> 'F.H.H. Weekers'."""
    return _TITLES.sub("", text.strip())


# page furniture that the cleaning may run into the line of a signatory's name: the official
# publication's footer ('kst-34550-VII-12 ISSN 0921 - 7371 ’s-Gravenhage 2016 Tweede Kamer, vergaderjaar
# ...'), a page number, the list of enclosures
_FURNITURE_AFTER_NAME = re.compile(r"\s+(?:kst-\d|ISSN\b|Pagina\s+\d|Bijlagen?\b|"
                                   r"(?:Tweede|Eerste) Kamer, vergaderjaar\b|[’']s-Gravenhage\s+(?:19|20)\d\d\b)")


def _signed_name(text: str) -> str:
    """The name on a signatory's line: without titles before it and page furniture after it
    ('dr. R.H.A. Plasterk kst-34550-VII-12 ISSN 0921 - 7371' -> 'R.H.A. Plasterk')."""
    name = _untitled(text)
    furniture = _FURNITURE_AFTER_NAME.search(name)
    return name[:furniture.start()].strip() if furniture else name


# a closing line of roles side by side, each after a comma ('De minister van Buitenlandse Zaken,
# De minister van Defensie,', also in capitals); not 'mede namens de Minister van Financiën' (one signs
# for both)
_NEXT_ROLE = re.compile(rf",\s+(?=(?:De|de|Het|het|DE|HET)\s+(?:{_ROLE_WORD}|MINISTER|STAATSSECRETARIS)\b)")
# the end of the last role, wrapped onto the next line ('... De Minister voor Buitenlandse Handel en' /
# 'Ontwikkelingssamenwerking,')
_ROLE_WRAPPED = re.compile(r"^(?:en\s+)?[A-ZÀ-Ý][\w-]*(?:,?\s+(?:en\s+)?[\wÀ-ÿ-]+){0,5},$")
# where a new name begins in a line of names side by side: at initials after a word that is none
# ('Stef Blok A.Th.B. Bijleveld-Schouten')
_INITIALS_TOKEN = re.compile(r"^(?:[A-Z][a-z]?\.)+(?:[A-Z][a-z]?)?$")


def _side_by_side(text: str, window: list[Span], index: int,
                  clean: CleanText | None) -> tuple[list[Signatory], int] | None:
    """Two or three signatories side by side (the PDF's columns read into one line each): the roles
    on the line at ``index`` (perhaps wrapped onto the next lines), the names on the line after them
    (after a 'w.g.' line). The roles are split by the source's columns (``_role_columns``), else at
    the article of each next role; the names where the source leaves a gap of two or more spaces,
    else before initials that follow a name. None when the line holds one role; no signatory when
    the names do not split into one per role (no signatory is better than a wrong one). With the
    signatories: the index of the line after the names."""
    found = _role_columns(window, index, clean) or _roles_in_line(text, window, index)
    if found is None:
        return None
    roles, following = found
    while following < len(window) and not _signed_name(text[window[following].start:window[following].end]):
        following += 1  # 'w.g.' lines
    if following >= len(window):
        return [], following
    span = window[following]
    names = _names_side_by_side(text, span, clean, len(roles))
    if names is None:
        return [], following + 1
    whole = Span(window[index].start, span.end)
    return [Signatory(role=role, name=name, span=whole) for role, name in zip(roles, names)], following + 1


# 'w.g.' (signed) run in at the end of a line of roles
_SIGNED_MARK = re.compile(r"\s+w\.\s?g\.$")


def _role_part(part: str) -> str:
    """One role of a line of roles side by side, cased as a closing line with its comma."""
    return _cased_role_line(part if part.endswith(",") else part + ",")


def _is_role(part: str) -> bool:
    return bool(_ROLE_LINE.match(_role_part(part)))


def _role_columns(window: list[Span], index: int, clean: CleanText | None) -> tuple[list[str], int] | None:
    """Roles side by side as the source sets them, in columns two or more spaces apart: the first
    source line gives one role start per column, each later line (until every role ends in its
    comma) goes on with the roles not yet ended, one part each ('De Minister van Onderwijs, Cultuur en
    De Minister van Sociale Zaken en' / 'Wetenschap,   Werkgelegenheid,'). None when the source does
    not show such columns."""
    if clean is None:
        return None
    following = index
    columns: list[str] = []
    while following < len(window) and (not columns or not all(column.endswith(",") for column in columns)):
        start, end = clean.source_span(window[following])
        lines = [line.strip() for line in clean.letter.text[start:end].split("\n") if line.strip()]
        following += 1
        for line in lines:
            parts = re.split(r"\s{2,}", _SIGNED_MARK.sub("", line))
            if not columns:
                if not 2 <= len(parts) <= 4 or not all(_is_role(part) for part in parts):
                    return None
                columns = parts
                continue
            open_columns = [number for number, column in enumerate(columns) if not column.endswith(",")]
            if len(parts) != len(open_columns):
                return None
            for number, part in zip(open_columns, parts):
                columns[number] = f"{columns[number]} {part}"
    if not columns or not all(column.endswith(",") for column in columns) \
            or _FOR_THE_MINISTER.search(" ".join(columns)):
        return None
    return [_role_of(_cased_role_line(column)) for column in columns], following


def _roles_in_line(text: str, window: list[Span], index: int) -> tuple[list[str], int] | None:
    """Roles side by side in the cleaned line, each after the comma of the one before ('De minister
    van Buitenlandse Zaken, De minister van Defensie,'), the last perhaps wrapped onto the next line."""
    line = _SIGNED_MARK.sub("", text[window[index].start:window[index].end].strip())
    following = index + 1
    if not line.endswith(",") and following < len(window):
        wrapped = text[window[following].start:window[following].end].strip()
        if _ROLE_WRAPPED.match(wrapped) and not _ROLE_LINE.match(_cased_role_line(wrapped)):
            line, following = f"{line} {wrapped}", following + 1
    parts = _NEXT_ROLE.split(line)
    if not line.endswith(",") or not 2 <= len(parts) <= 4 or _FOR_THE_MINISTER.search(line):
        return None
    if not all(_is_role(part) for part in parts):
        return None
    return [_role_of(_role_part(part)) for part in parts], following


def _names_side_by_side(text: str, span: Span, clean: CleanText | None, count: int) -> list[str] | None:
    """``count`` names from one line of names side by side, or None when they do not split so."""
    if clean is not None:
        start, end = clean.source_span(span)
        columns = [_signed_name(part) for part in re.split(r"\s{2,}", clean.letter.text[start:end].strip())]
        if len(columns) == count and all(_looks_like_name(name) for name in columns):
            return columns
    names: list[list[str]] = []
    for token in _signed_name(text[span.start:span.end]).split():
        if not names or (_INITIALS_TOKEN.match(token) and not _INITIALS_TOKEN.match(names[-1][-1])):
            names.append([])
        names[-1].append(token)
    joined = [" ".join(tokens) for tokens in names]
    if len(joined) == count and all(_looks_like_name(name) for name in joined):
        return joined
    return None


# a role on the line under the name ('H.G.J. Kamp' / 'Minister van Economische Zaken'), with or without
# article and comma
_ROLE_UNDER_NAME = re.compile(rf"^(?:(?:De|de|Het|het)\s+)?({_ROLE_WORD}\b[^.;:!?]{{0,40}}?\s(?:van|voor)\s+"
                              r"[A-ZÀ-Ý][^.;:!?]{1,110}?),?$")
_GREETING = re.compile(r"^(?:Hoogachtend|Met vriendelijke groet(?:en)?),?\s*")


# where a second role begins in a line of roles side by side under their names ('Minister van
# Buitenlandse Zaken Minister voor Buitenlandse Handel en ...'); not after a comma ('Minister-President,
# Minister van Algemene Zaken' is one role)
_NEXT_ROLE_UNDER = re.compile(r"(?<=[^,\s])\s+(?=(?:Minister|minister|Staatssecretaris|staatssecretaris)"
                              r"\s+(?:van|voor)\s)")


def _names_above_roles(text: str, window: list[Span], closing_start: int,
                       clean: CleanText | None = None) -> tuple[list[Signatory], int]:
    """Signatories whose name stands above the role ('H.G.J. Kamp' / 'Minister van Economische
    Zaken'): a line that looks like a name of two words or more, then a role line; side by side
    (two roles in the line), the names split as ``_names_side_by_side`` splits them, else none."""
    signatories: list[Signatory] = []
    index = 0
    while index + 1 < len(window):
        above, below = window[index], window[index + 1]
        name = _signed_name(_GREETING.sub("", text[above.start:above.end].strip()))
        role_line = text[below.start:below.end].strip()
        if re.search(r"\s(?:en|van|voor)$", role_line) and index + 2 < len(window):  # the last role wrapped
            wrapped = text[window[index + 2].start:window[index + 2].end].strip()
            if re.fullmatch(r"[A-ZÀ-Ý][\w-]+(?:\s+[\w-]+){0,3},?", wrapped):
                role_line, below = f"{role_line} {wrapped}", window[index + 2]
                index += 1
        role = _ROLE_UNDER_NAME.match(role_line)
        if role and len(name.split()) >= 2 and _looks_like_name(name) and not _ROLE_LINE.match(name):
            roles = [part.strip() for part in _NEXT_ROLE_UNDER.split(role.group(1))]
            names = [name] if len(roles) == 1 else _names_side_by_side(text, above, clean, len(roles))
            for one_role, one_name in zip(roles, names or []):
                signatories.append(Signatory(role=one_role, name=one_name, span=Span(above.start, below.end)))
            closing_start = min(closing_start, above.start)
            index += 2
            continue
        index += 1
    return signatories, closing_start


def _tail_closing(text: str, body: list[Span], closing_start: int) -> tuple[list[Signatory], int]:
    """A closing run into a paragraph: at its end (``_TAIL_CLOSING``) or at the foot of the first
    page (``_PAGE_CLOSING``, a letter whose appendix follows). It begins the closing only when it
    stands in the last two paragraphs."""
    for position, span in enumerate(body):
        found = _TAIL_CLOSING.search(text, max(span.start, span.end - 260), span.end)
        page = text.find("Pagina 1 van", span.start, span.end) if found is None else -1
        if page >= 0:
            found = _PAGE_CLOSING.search(text, max(span.start, page - 260), min(span.end, page + 20))
        if found is None:
            continue
        role, name, end = found.group(1).strip(), _signed_name(found.group(2)), found.end()
        if not name and position + 1 < len(body):
            following = body[position + 1]
            name, end = _signed_name(text[following.start:following.end]), following.end
        if not name or not _looks_like_name(name):
            continue
        article = re.match(r".*?((?:De|de|Het|het)\s+)$", text[found.start():found.start(1)], re.S)
        assert article is not None  # the closing patterns put an article before the role
        start = found.start(1) - len(article.group(1))
        if position >= len(body) - 2 and not re.search(r"Pagina\s+1\s+van\s+(?!1\b)\d", found.group(0)):
            closing_start = min(closing_start, start)  # (not on page 1 of several: more follows)
        return [Signatory(role=role, name=name, span=Span(start, end))], closing_start
    return [], closing_start


# ---------------------------------------------------------------- sentences and sections

def split_sentences(text: str, span: Span, paragraph: int) -> list[Sentence]:
    """Sentences of one paragraph; abbreviations and initials do not end a sentence."""
    sentences: list[Sentence] = []
    start = span.start
    chunk = text[span.start:span.end]
    for boundary in _BOUNDARY.finditer(chunk):
        end = span.start + boundary.start() + 1
        if _is_abbreviation(text, start, end) or _inside_quoted_title(chunk, boundary.start()):
            continue
        stop = span.start + boundary.end()
        sentence_text = text[start:stop].rstrip()
        if sentence_text:
            sentences.append(Sentence(Span(start, start + len(sentence_text)), sentence_text, paragraph))
        start = stop
    rest = text[start:span.end].rstrip()
    if rest.strip():
        sentences.append(Sentence(Span(start, start + len(rest)), rest, paragraph))
    return sentences


def _inside_quoted_title(chunk: str, at: int) -> bool:
    """Is position ``at`` of a paragraph inside a short title in guillemets that closes after it ('het advies
    «Een eigen koers. Naar een leraarschap met meer mogelijkheden» (juni 2016)'): a title's full stop ends
    no sentence."""
    opened = chunk.rfind("«", max(0, at - 150), at)  # (looked for near ``at`` only: a long paragraph has many
    if opened < 0 or chunk.find("»", opened, at) >= 0:  # boundaries)
        return False
    closing = chunk.find("»", at, at + 151)
    return closing >= 0 and "«" not in chunk[at:closing]


def _is_abbreviation(text: str, start: int, period: int) -> bool:
    """Is the period at text[period - 1] part of an abbreviation or an initial? (Not for one of
    ``ENDS_BEFORE_A_CAPITAL`` before a word with a capital: there its period ends the sentence too.)"""
    if text[period - 1] != ".":
        return False
    before = _WORD_BEFORE.match(text, start, period - 1)
    assert before is not None  # every part of the pattern may be empty
    token = before.group(1)
    if not token:
        return False
    lower = token.lower()
    if lower.rstrip(".") in ENDS_BEFORE_A_CAPITAL and _CAPITAL_WORD_AFTER.match(text, period):
        return False
    if lower in ABBREVIATIONS or lower.rstrip(".") in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: 'E. van der Burg'
    if _INITIALS.fullmatch(token):
        return True  # 'o.a', 'G.B.M'
    return False


def _is_heading(paragraph: str, hinted: bool) -> bool:
    """A short line of its own that names what follows: 'Aanleiding', 'Conclusies'."""
    if hinted:
        return True
    stripped = paragraph.strip()
    if not stripped or len(stripped) > 100 or len(stripped.split()) > 14:
        return False
    if re.search(r"[.;,:]$", stripped) or ENDS_WITH_NOTE_MARKER.search(stripped) \
            or not re.match(r"^[\"'‘“«]?[A-ZÀ-Ý0-9]", stripped):
        return False
    return not _looks_like_name(stripped) or len(stripped.split()) == 1


def _sections(text: str, paragraphs: list[Paragraph], body_end: int) -> tuple[Section, ...]:
    headings = [p for p in paragraphs if p.kind == "heading"]
    sections: list[Section] = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].span.start if index + 1 < len(headings) else body_end
        sections.append(Section(title=text[heading.span.start:heading.span.end].strip(),
                                span=Span(heading.span.start, max(end, heading.span.end))))
    return tuple(sections)


def _footnote(text: str, span: Span) -> Footnote:
    paragraph = text[span.start:span.end]
    match = re.match(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3})\s+", paragraph)
    number = match.group(1).translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")) if match else ""
    body_start = span.start + (match.end() if match else 0)
    return Footnote(number=number, span=Span(body_start, span.end), text=text[body_start:span.end])
