"""The text of a title: quoted passages and whether one after a genre noun is a title, capitalised and
sentence-case titles after a genre noun (cut before their author or a word that ends a topic), where a topic ends,
and a footnote marker glued to a title's last word."""
from __future__ import annotations

import re

from ...domain.dates import MONTHS
from ...domain.model import Document, Span
from .cues import report_cues
from .vocabulary import _CAP, _GENRE, _NOT_NAMES, _ORG_HEADS

# opening quote -> closing quotes; straight quotes only open after a space or bracket
_QUOTES = {"‘": "’'", "“": "”\"", "„": "”\"", "«": "»", "\"": "\"”", "'": "'’", "‹": "›"}
_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[:/]))([‘“„«\"'‹])(?=\S)")
_QUOTE_CHARACTER = re.compile(r"[‘“„«\"'‹]")  # where a _QUOTE match starts: found far faster


def _next_quote(text: str, position: int, end: int) -> re.Match[str] | None:
    """``_QUOTE.search(text, position, end)``, trying _QUOTE only at quote characters."""
    while True:
        character = _QUOTE_CHARACTER.search(text, position, end)
        if character is None:
            return None
        match = _QUOTE.match(text, character.start(), end)
        if match is not None:
            return match
        position = character.start() + 1


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (inner start, inner end) of quoted passages in ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    while True:
        match = _next_quote(text, position, end)
        if not match:
            return spans
        opening = match.group(1)
        inner = match.end()
        close = _closing(text, inner, end, _QUOTES[opening])
        if close is None:
            position = inner
            continue
        spans.append((inner, close))
        position = close + 1


def _closing(text: str, start: int, end: int, closers: str) -> int | None:
    """The position of the quote that closes one opened before ``start``, on the same line."""
    for index in range(start, min(end, start + 250)):
        char = text[index]
        if char == "\n":
            return None
        if char in closers:
            after = text[index + 1:index + 2]
            if char in "'’" and after.isalpha():
                continue  # an apostrophe inside a word: KDT's, thema's
            return index if index > start + 1 else None
    return None


_QUOTES_JOINED = re.compile(r".\s*(?:,\s*(?:en\s+|of\s+)?|en\s+|of\s+).")  # '’ en ‘', '”, “'


def _coordinated_quotes(text: str, first: tuple[int, int], quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quoted passages joined to ``first`` by a comma, 'en' or 'of', in order ('‘A’, ‘B’ en ‘C’')."""
    joined: list[tuple[int, int]] = []
    previous = first
    for quote in quotes:
        if quote[0] <= previous[1]:
            continue
        if not _QUOTES_JOINED.fullmatch(text, previous[1], quote[0]):
            break
        joined.append(quote)
        previous = quote
    return joined


# what may stand between a genre noun and its quoted title
_TITLE_GAP = 120
_TOPIC = re.compile(r"\b(?:naar|over|inzake|betreffende|omtrent|rond|rondom|aangaande)\b", re.IGNORECASE)
_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z]")  # one-word titles such as 'iOverheid', 'eHealth'
# a genre noun with its author's acronym in front ('het CPB-onderzoek'): a quote after it is that report's title
_GENRE_COMPOUND = re.compile(r"\w-(?:onderzoek|rapport|rapportage|studie|advies|evaluatie|analyse)\b")
_GAP_STOP = re.compile(r"[.;!?]\s|\b(?:dat|waarin|waarover|omdat|die|zodat)\b")


def _quote_opening_with_genre(text: str, genre_match: re.Match[str],
                              quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'Bijgaand ontvangt u de «Voorlichting over de begrotingsnormen»', 'de «Evaluatie SDE++ 2020-2023»': a quote
    of two words or more that opens with a capitalised genre noun, right after 'de'/'het', is a title."""
    at = genre_match.start()
    if not text[at:at + 1].isupper() or not re.search(r"(?:^|\s)(?:de|het|De|Het)\s+\S$", text[max(0, at - 5):at]):
        return None
    inner = next((quote for quote in quotes if quote[0] == at), None)
    if inner is None or len(text[inner[0]:inner[1]].split()) < 2:
        return None
    return inner


def _quote_after(text: str, position: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first quote that opens within the title gap after a genre noun, if nothing ends the phrase."""
    for inner_start, inner_end in quotes:
        opening = inner_start - 1
        if opening < position:
            continue
        if opening - position > _TITLE_GAP:
            return None
        gap = text[position:opening]
        if _GAP_STOP.search(gap) or _GENRE.search(gap) or _GENRE_COMPOUND.search(gap):
            return None
        return inner_start, inner_end
    return None


def _is_quoted_title(title: str, gap: str) -> bool:
    """A quoted passage after a genre noun is a title unless it is a term: one lower-case word,
    or a lower-case phrase after a topic preposition ('onderzoek naar de zogenoemde 'pushbacks'')."""
    if len(title) < 3 or (" " not in title and title[:1].islower() and not _CAMEL_CASE.match(title)):
        return False
    return not (title[:1].islower() and _TOPIC.search(gap))


def _clean_title(title: str) -> str:
    return re.sub(r"\s+", " ", title).strip(" ,.;:")


def _names_one_word_title(text: str, genre_match: re.Match[str], word: re.Match[str],
                          named: frozenset[int]) -> bool:
    """'de Rapportage Vreemdelingenketen': a capitalised genre noun after a lower-case article, mid-sentence, with one
    capitalised word after it that is no acronym, no name found by an earlier extractor and no clause opener."""
    name = word.group(1)
    at = genre_match.start()
    return (" " not in name and text[at:at + 1].isupper() and not name.isupper() and word.start(1) not in named
            and name not in _NOT_NAMES and re.search(r"(?:^|\s)(?:de|het)\s+$", text[max(0, at - 5):at]) is not None
            and not _ORG_HEADS.match(name))


def _is_unquoted_title(candidate: str) -> bool:
    words = candidate.split()
    if len(words) == 1 and _CAMEL_CASE.match(candidate):
        return True
    if len(words) < 2 or _ORG_HEADS.match(candidate):
        return False
    return not all(word.isupper() for word in words)


# a title in sentence case after a genre noun, up to a mark that ends it: 'het onderzoek Kosten voor
# tweetalig onderwijs in het vo verricht.', 'het TNO-onderzoek Systeemanalyse kansspelen;'
_SENTENCE_TITLE = re.compile(rf"\s+(?P<title>{_CAP}(?:\s+[\w’'/&-]+){{1,11}}?)(?=\s*(?:[;:(]|[.!?](?:\s|$)|,\s|$))")
_YEAR_AFTER = re.compile(r"\s*\(((?:19|20)\d{2})\)")
# the next title of a list of titles with years: '... (2024) en Tijdig, transparant en toegewijd (2025)'
_NEXT_LISTED = re.compile(rf"\s*(?:,|\ben\b)\s+(?P<title>{_CAP}[^()\n;.]{{2,100}}?)\s*\(((?:19|20)\d{{2}})\)")
_WORD = re.compile(r"[\w’'/&-]+")


def _is_plural(genre_match: re.Match[str]) -> bool:
    return genre_match.group(1).lower().endswith("en")


def _sentence_case_titles(document: Document, position: int, end: int, plural: bool,
                          named: frozenset[int] = frozenset()) -> list[tuple[str, Span, str | None]]:
    """(title, span, year) of the titles in sentence case right after a genre noun.

    The title starts with a capital that names no organisation (``_ORG_HEADS``, an acronym)
    and runs to ``;``, ``:``, ``(``, a comma or the end of the sentence; it is cut before the
    first word that ends a topic (kg/data/report_cues.json ``topic_stop``: a verb, a relative,
    a participle such as ``verricht``) and before ``van``/``door`` and a name found by an earlier
    extractor (its author: ``Lobbyen in de schaduw van Transparency International``), and must
    keep two words. A year in brackets after it is
    its date; after a plural genre noun (``de rapporten``) titles with years may follow.
    """
    text = document.text
    match = _SENTENCE_TITLE.match(text, position, end)
    if not match:
        return []
    year = _YEAR_AFTER.match(text, match.end("title"), end)
    title = match.group("title") if year else _cut_at_stop(match.group("title"))  # a year closes it
    title = _cut_at_author(title, match.start("title"), named)
    first = title.split()[0] if title else ""
    if (len(title.split()) < 2 or first in _NOT_NAMES or first.lower() in MONTHS or first.isupper()
            or _ORG_HEADS.match(title)):
        return []
    start = match.start("title")
    title_end = start + len(title)
    if title == match.group("title") and text[title_end:title_end + 1] == "?":
        title, title_end = _with_question_mark(text, title, title_end, end)
    found: list[tuple[str, Span, str | None]] = [(title, Span(start, title_end), None)]
    if not year:
        return found
    found[0] = (title, found[0][1], year.group(1))
    position = year.end()
    while plural:
        listed = _NEXT_LISTED.match(text, position, end)
        if not listed:
            break
        found.append((_clean_title(listed.group("title")), Span(listed.start("title"), listed.end("title")),
                      listed.group(2)))
        position = listed.end()
    return found


_AUTHOR_JOINT = re.compile(r"\s+(?:van|door)\s+(?:de\s+|het\s+)?")  # inside a title: 'X van de Y'
# a subtitle after a title that ends in a question mark: 'Fair and sustainable? Evaluation of ...'
_SUBTITLE = re.compile(rf"\?\s+(?P<sub>{_CAP}[^.;:()?!\n]{{2,140}}?)(?=\s*(?:[,;:(]|[.!?](?:\s|$)|$))")


def _with_question_mark(text: str, title: str, title_end: int, end: int) -> tuple[str, int]:
    """(title, end) of a title that ends in a question mark, with its subtitle in capitals after it when there is
    one (without the words that end a topic at its end: '... in value chains aan, alsmede')."""
    subtitle = _SUBTITLE.match(text, title_end, end)
    if subtitle is None:
        return f"{title}?", title_end + 1
    sub = subtitle.group("sub")
    stop = report_cues().topic_stop
    while " " in sub and stop.fullmatch(sub.rsplit(" ", 1)[1]):
        sub = sub.rsplit(" ", 1)[0]  # '... in value chains aan': the verb's particle ends it, not the title
    return f"{title}? {sub}", subtitle.start("sub") + len(sub)


# capitalised words to the end of a sentence-case title: a name, not part of the title
_NAME_TO_END = re.compile(rf"(?!(?:Wet|Besluit|Verdrag|Regeling)\b){_CAP}(?:\s+{_CAP}){{1,5}}$")


def _cut_at_author(title: str, start: int, named: frozenset[int]) -> str:
    """``title`` up to 'van'/'door' and its author: a name an earlier extractor found there, or
    two or more capitalised words that end the title (``Lobbyen in de schaduw van Transparency
    International Nederland``)."""
    for joint in _AUTHOR_JOINT.finditer(title):
        if start + joint.end() in named or _NAME_TO_END.match(title, joint.end()):
            return title[:joint.start()]
    return title


def _cut_at_stop(title: str) -> str:
    """``title`` up to the first word (after the first) that ends a topic: 'Kosten voor X verricht'."""
    stop = report_cues().topic_stop
    for word in list(_WORD.finditer(title))[1:]:
        if stop.match(title, word.start()):
            return title[:word.start()].rstrip()
    return title


_GAP = re.compile(r"[ \t]+")  # the white space between two words of a line
_SUBJECT_PRONOUNS = ("ik", "wij", "we", "hij", "zij", "ze")  # after the finite verb of an inverted clause


def _topic_end(text: str, position: int, end: int) -> int | None:
    """Where the topic of a described report that starts at ``position`` ends.

    It runs over at most eight words and ends at punctuation, a bracket or a word that ends a
    topic (kg/data/report_cues.json ``topic_stop``); None when it has no word of its own,
    runs on past eight words or ends on a conjunction (``en``, ``of``: a clause follows).
    """
    stop = report_cues().topic_stop
    last: int | None = None
    before: int | None = None  # where the topic ends without its last word
    last_word = ""
    content = 0
    for _ in range(9):
        word = _WORD.match(text, position, end)
        if word is None or stop.match(text, position, end):
            if word is not None and word.group(0).lower() in _SUBJECT_PRONOUNS \
                    and last_word not in ("", "de", "het", "een"):
                # 'het onderzoek naar alternatieven zend ik u ... toe': the verb before the subject is no topic
                last, content = before, content - 1
            break
        before, last, last_word = last, word.end(), word.group(0).lower()
        if word.group(0).lower() not in ("de", "het", "een"):
            content += 1
        gap = _GAP.match(text, last, end)
        if gap is None:
            break
        position = gap.end()
    else:
        return None
    if last is not None and last_word in ("en", "of"):
        return None  # 'de periodieke evaluatie van subsidieregelingen en is ...': the topic runs into a clause
    return last if content else None


_FOOTNOTE_DIGITS = re.compile(r"(?<=[A-Za-zÀ-ÿ)])\d{1,2}$")


def _strip_footnote(title: str) -> str:
    """'fraude bij de IND2' -> 'fraude bij de IND', 'Voortgangsrapportage Kinderopvangtoeslag1' -> '...
    Kinderopvangtoeslag': a footnote marker glued to the last word (an acronym, or a word of four lower-case
    letters or more: 'Horizon2020' or 'Covid19' keep their number)."""
    return _FOOTNOTE_DIGITS.sub("", title) if re.search(r"(?:[A-Z]{2,}|[a-zà-ÿ]{4,})\d$|[A-Z]{2,}\d{2}$", title) \
        else title
