"""Reports named in the body text, found at their genre nouns: each genre noun with the title that follows it
(quoted, in capitals, in camel case, in sentence case, in apposition to its author, after ``getiteld``, in brackets
with its date) or, without one, its author or kind (untitled.py); besides, quoted titles that open with a compound
of a genre noun (``de 'Startanalyse aardgasvrije buurten'``), and titles listed in a footnote on publications."""
from __future__ import annotations

import re
from bisect import bisect_left

from ...domain.dates import MONTHS
from ...domain.model import Document, Span
from .authors import _after_title_slot, _before_genre_slot
from .cued import _YEAR_TITLE, _bare_quoted_titles
from .records import _Mention
from .titles import (
    _clean_title,
    _coordinated_quotes,
    _cut_at_author,
    _is_plural,
    _is_quoted_title,
    _is_unquoted_title,
    _names_one_word_title,
    _quote_after,
    _quote_opening_with_genre,
    _sentence_case_titles,
    _strip_footnote,
    find_quotes,
)
from .untitled import _untitled
from .vocabulary import (
    _CAP,
    _GENRE,
    _GENRE_SCAN,
    _GENRE_WORDS,
    _MONTH_NAMES,
    _NOT_NAMES,
    _ORG_HEADS,
    _QUOTED_ONLY,
    _STILL_TO_COME,
)

# an unquoted title in capitals right after the genre noun: 'de rapporten Werk aan Uitvoering'
_LOWER_JOIN = r"(?:aan|van|voor|in|op|en|de|het|der|met|tot|bij|uit|over|om|of|als|na|te)"
_CAP_TITLE = re.compile(rf"\s+({_CAP}(?:\s+(?:{_LOWER_JOIN}\s+)*{_CAP})*)")
# a one-word title in camel case right after the genre noun: 'het rapport iOverheid'
_CAMEL_TITLE = re.compile(r"\s+([a-z]{1,2}[A-Z][a-z][\w-]+)(?![\w-])")


# a capitalised 'Nota' with a one-word name after it is a policy paper of the government, no report or study
_POLICY_PAPERS = frozenset({"nota", "beleidsnota"})
# a capitalised genre noun after an article or a word in lower case, not opening a sentence ('het Jaarverslag X')
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-zà-ÿ,] )[A-Z](?=[a-zà-ÿ])")


def _body_mentions(document: Document, named: frozenset[int] = frozenset(),
                   organisation_ends: dict[int, int] | None = None) -> list[_Mention]:
    text = document.text
    mentions: list[_Mention] = []
    inside_names = sorted((organisation_ends or {}).items())
    named_sorted = sorted(named)  # once per letter: bisected for each quote
    for paragraph in document.paragraphs:
        if paragraph.kind not in ("text", "footnote"):
            continue
        start, end = paragraph.span.start, paragraph.span.end
        quotes = find_quotes(text, start, end)
        used: set[tuple[int, int]] = set()
        for genre_match in _GENRE_SCAN.finditer(text, start, end):
            genre = _GENRE_WORDS[re.sub(r"\s+", " ", genre_match.group(1).lower())]
            sentence = document.sentence_at(genre_match.start())
            opening = _quote_opening_with_genre(text, genre_match, quotes)
            if opening is not None and opening not in used:
                used.add(opening)
                title = _clean_title(text[opening[0]:opening[1]])
                slot = (*_after_title_slot(text, opening[1], end),
                        *_before_genre_slot(text, opening[0] - 1, sentence))
                mentions.append(_Mention(title, genre, Span(opening[0] - 1, opening[1] + 1), True,
                                         "quoted title opening with its genre noun", slot, sentence))
                continue
            quote = _quote_after(text, genre_match.end(), end, quotes)
            if quote and quote not in used:
                used.add(quote)
                title = _clean_title(text[quote[0]:quote[1]])
                if not _is_quoted_title(title, text[genre_match.end():quote[0]]):
                    continue
                if genre_match.group(1).lower() in _QUOTED_ONLY and sentence is not None and \
                        _STILL_TO_COME.search(text, sentence.span.start, sentence.span.end):
                    continue  # 'het actieplan 'X', dat u na de zomer ontvangt': no plan yet
                slot = (Span(genre_match.end(), quote[0]), *_after_title_slot(text, quote[1], end),
                        *_before_genre_slot(text, genre_match.start(), sentence, quote[1]))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), quote[1] + 1), True,
                                         "genre noun with quoted title", slot, sentence))
                if _is_plural(genre_match):  # 'rapporten als ‘A’ en ‘B’': each title the plural noun names
                    for more in _coordinated_quotes(text, quote, quotes):
                        if more in used:
                            break
                        used.add(more)
                        title = _clean_title(text[more[0]:more[1]])
                        mentions.append(_Mention(title, genre, Span(more[0] - 1, more[1] + 1), True,
                                                 "quoted title coordinated with one after a genre noun",
                                                 (*_after_title_slot(text, more[1], end),), sentence))
                continue
            if genre_match.group(1).lower() in _QUOTED_ONLY:
                continue  # a plan named without a quoted title is no report
            if _inside_a_name(inside_names, genre_match.start(), genre_match.end()):
                continue  # 'de Commissie Onderzoek Belastingdienst en ...': a word of a name, no title after it
            unquoted = _CAP_TITLE.match(text, genre_match.end(), end) or \
                _CAMEL_TITLE.match(text, genre_match.end(), end)
            if unquoted and not quote and _is_unquoted_title(unquoted.group(1)):
                title = _cut_at_author(unquoted.group(1), unquoted.start(1), named)  # '... van de Raad voor Cultuur'
                title = title if _is_unquoted_title(title) else unquoted.group(1)
                title_end = unquoted.start(1) + len(title)
                if _CAPITALISED_INSIDE.match(text, genre_match.start()):
                    # 'het Jaarverslag Bedrijfsvoering Rijk 2015': a capitalised genre noun inside a sentence is
                    # the title's first word, and the year after the title its last
                    year = _YEAR_TITLE.match(text, title_end, end)
                    title_end = year.end() if year else title_end
                    title = text[genre_match.start():title_end]
                title = _strip_footnote(title)
                slot = (*_after_title_slot(text, title_end, end),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), title_end), True,
                                         "genre noun with capitalised title", slot, sentence))
                continue
            if unquoted and not quote and _names_one_word_title(text, genre_match, unquoted, named):
                if genre_match.group(1).lower() in _POLICY_PAPERS:
                    continue  # 'de Nota Ruimte', 'de Beleidsnota Drinkwater': a government's policy paper by its name
                title = text[genre_match.start():unquoted.end(1)]
                slot = (*_after_title_slot(text, unquoted.end(1), end),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), unquoted.end(1)), True,
                                         "capitalised genre noun with a one-word name", slot, sentence))
                continue
            if not quote:
                titles = _sentence_case_titles(document, genre_match.end(), end, plural=_is_plural(genre_match),
                                               named=named)
                for title, span, when in titles:
                    slot = (*_after_title_slot(text, span.end, end),
                            *_before_genre_slot(text, genre_match.start(), sentence))
                    mentions.append(_Mention(title, genre, Span(genre_match.start(), span.end), True,
                                             "genre noun with sentence-case title", slot, sentence, date=when))
                if titles:
                    continue
            titled = _named_title(text, genre_match, end, named)
            if titled is not None and not quote:
                title, span, when = titled
                slot = (Span(genre_match.end(), span.start), *_after_title_slot(text, span.end, end),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), span.end), True,
                                         "genre noun with its author and an appositive or 'getiteld' title", slot,
                                         sentence, date=when))
                continue
            after_author = _title_after_author(document, genre_match.end(), end, named, organisation_ends or {}) \
                if not quote else None
            if after_author is not None:
                title, span, when = after_author
                slot = (Span(genre_match.end(), span.start), *_before_genre_slot(text, genre_match.start(), sentence))
                mentions.append(_Mention(title, genre, Span(genre_match.start(), span.end), True,
                                         "genre noun with its author and the title right after", slot, sentence,
                                         date=when))
                continue
            bracketed = _BRACKETED_TITLE.match(text, genre_match.end(), end) if not quote else None
            if bracketed and _plausible_bracketed(bracketed, text, genre_match.end(), named):
                title = _clean_title(bracketed.group("title"))
                slot = (Span(genre_match.end(), bracketed.start("title")),
                        *_before_genre_slot(text, genre_match.start(), sentence))
                when = bracketed.group("year")
                if bracketed.group("month"):
                    when = f"{when}-{MONTHS[bracketed.group('month').lower()]:02d}"
                mentions.append(_Mention(title, genre, Span(genre_match.start(), bracketed.end()), True,
                                         "genre noun with its title and date in brackets", slot, sentence, date=when))
                continue
            untitled = _untitled(text, genre_match, end, genre, named, organisation_ends or {})
            if untitled:
                author_start = untitled.author_start if untitled.author_start >= 0 else genre_match.end()
                slots = (Span(author_start, untitled.span.end),) if untitled.author \
                    else _before_genre_slot(text, untitled.span.start, sentence)
                mentions.append(_Mention(untitled.title, genre, untitled.span, untitled.titled, untitled.rule,
                                         slots, sentence, untitled.author, date=untitled.date))
        mentions.extend(_quoted_compound_titles(document, quotes, used))
        mentions.extend(_bare_quoted_titles(document, quotes, used, named_sorted))
    return mentions


def _inside_a_name(names: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside an organisation's name, past its first word (the spans
    ``names`` sorted by start): ``Onderzoek`` in ``de Commissie Onderzoek Belastingdienst``."""
    index = bisect_left(names, (start,)) - 1  # the last name that starts before ``start``
    return index >= 0 and end <= names[index][1]


# the end of a compound that names a kind of report ('Startanalyse', 'Jaarrapportage', 'Integratiemonitor'), with
# the genre it gives
_GENRE_ENDINGS = {"rapport": "rapport", "rapportage": "rapport", "verslag": "rapport", "onderzoek": "onderzoek",
                  "studie": "onderzoek", "analyse": "onderzoek", "evaluatie": "onderzoek", "verkenning": "onderzoek",
                  "monitor": "onderzoek", "peiling": "onderzoek", "scan": "onderzoek", "advies": "advies",
                  "doorlichting": "doorlichting"}
_GENRE_ENDING = "|".join(sorted(_GENRE_ENDINGS, key=len, reverse=True))
_GENRE_COMPOUND_WORD = re.compile(rf"[A-ZÀ-Ý][a-zà-ÿ]{{2,}}(?P<end>{_GENRE_ENDING})(?![\w-])")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:de|het|De|Het)\s+$")
# a sentence whose subject shows or describes something in the report ('Het PBL heeft in de 'X' laten zien')
_SHOWN_IN = re.compile(r"\b(?:laten\s+zien|laat\s+zien|liet\s+zien|beschreven|beschrijft|beschreef|geconcludeerd|"
                       r"concludeert|concludeerde|vastgesteld|stelt\s+vast|stelde\s+vast|geadviseerd|adviseert|"
                       r"geschetst|schetst|schetste|in\s+kaart\s+gebracht|brengt\s+in\s+kaart)\b", re.IGNORECASE)


def _quoted_compound_titles(document: Document, quotes: list[tuple[int, int]],
                            used: set[tuple[int, int]]) -> list[_Mention]:
    """A quoted title of two words or more that opens with a compound naming a kind of report, right after an
    article: ``het PBL heeft in de 'Startanalyse aardgasvrije buurten' laten zien``, ``de «Jaarrapportage
    Integratie 2022»``. The subject of its sentence is its author when it published it or shows something in
    it. Not a quote that opens with another word (``de 'Klimaatwinst voor iedereen'``), nor one word alone."""
    text = document.text
    found: list[_Mention] = []
    for quote in quotes:
        start, end = quote
        compound = _GENRE_COMPOUND_WORD.match(text, start)
        if (quote in used or compound is None or len(text[start:end].split()) < 2
                or not _ARTICLE_BEFORE.search(text, max(0, start - 6), start - 1)):
            continue
        sentence = document.sentence_at(start)
        slot = _after_title_slot(text, end, sentence.span.end if sentence else end)
        if sentence is not None and _SHOWN_IN.search(sentence.text):
            slot = (*slot, Span(sentence.span.start, start - 1))
        else:
            slot = (*slot, *_before_genre_slot(text, start - 1, sentence))
        found.append(_Mention(_clean_title(text[start:end]), _GENRE_ENDINGS[compound["end"]], Span(start - 1, end + 1),
                              True, "quoted title opening with a compound of a genre noun", slot, sentence))
    return found


# 'het advies van de Raad voor het Openbaar Bestuur, Rust, reinheid en regelmaat (2021), en ...', 'de verkenning
# van het SCP, Verschil in Nederland, wijst op ...': a title in apposition after the author; the author must be a
# name an earlier extractor found, the title a capitalised phrase with a lower-case word, closed by its year in
# brackets or by a comma before what the report is or does ('..., dat ik u stuurde', '..., wijst op')
_APPOSITIVE = re.compile(rf"\s+(?:van|door)\s+(?:de\s+|het\s+)?"
                         rf"(?P<author>{_CAP}[^,()\n.;:]{{0,80}}?)(?:\s+\([A-Za-z]{{2,10}}\))?"
                         rf",\s+(?P<title>{_CAP}[^()\n;.]{{2,100}}?)"
                         r"(?:\s*\((?P<year>(?:19|20)\d{2})\)|(?=,\s+(?:dat|die|waarin|waarvan|wijst|wijzen|laat|"
                         r"stelt|concludeert|constateert|toont|beschrijft|bevat|schetst|geeft|bevestigt)\b)"
                         r"|(?=,\s+(?P<relative>waarop|waarmee|waarover|dat\s+ik|die\s+ik)\b)"
                         rf"|,\s+(?:van|uit)\s+(?:\d{{1,2}}\s+)?(?P<month>{_MONTH_NAMES})?\s*(?P<when>(?:19|20)\d{{2}})\b)")
# 'het rapport ... van de Inspectie, getiteld Het vertrek van vreemdelingen, van februari 2016': an unquoted title
# after 'getiteld' / 'met de titel', up to a comma, bracket or the end of the sentence
_GETITELD = re.compile(rf"[^.;:!?\n]{{0,100}}?\b(?:getiteld|met\s+(?:de|als)\s+titel|onder\s+de\s+titel):?\s+"
                       rf"(?P<title>{_CAP}[^()\n;:,.!?]{{2,120}}?)(?=\s*(?:[,;:(]|[.!?](?:\s|$)|$))")


# 'het rapport van de Algemene Rekenkamer over de Woningbouwimpuls (Woningbouwimpuls: resultaten en risico's, april
# 2024)': a title in brackets with its date, after the genre noun and its author or topic, in the same sentence
_BRACKETED_TITLE = re.compile(rf"[^.;:()!?\n]{{0,120}}?\((?P<title>{_CAP}[^()\n\d]{{2,100}}?),\s*(?:\d{{1,2}}\s+)?"
                              rf"(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>(?:19|20)\d{{2}})\)")


def _plausible_bracketed(bracketed: re.Match[str], text: str, position: int, named: frozenset[int]) -> bool:
    """A bracketed title holds a lower-case word or a colon, names no organisation and follows no other genre noun."""
    title = bracketed.group("title")
    words = title.split()
    return ((len(words) >= 2 and any(word[:1].islower() for word in words[1:])) or ":" in title) \
        and bracketed.start("title") not in named and not _ORG_HEADS.match(title) \
        and _GENRE.search(text, position, bracketed.start("title")) is None


_AUTHOR_LEAD = re.compile(r"\s+(?:van|door)\s+")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Za-z]{2,10}\)")


def _title_after_author(document: Document, position: int, end: int, named: frozenset[int],
                        organisation_ends: dict[int, int]) -> tuple[str, Span, str | None] | None:
    """'het rapport van het SCP Burgerperspectieven 2022, bericht 1', 'het rapport van de Raad voor Cultuur Zicht op
    zeggenschap. Advies ...': a title in sentence case right after an author an earlier extractor found (where its
    name ends), without a comma between them."""
    lead = _AUTHOR_LEAD.match(document.text, position, end)
    if lead is None:
        return None
    author_start = lead.end()
    author_end = organisation_ends.get(author_start)
    for article in ("de ", "het "):
        if author_end is None and document.text.startswith(article, author_start):
            author_end = organisation_ends.get(author_start + len(article))
    if author_end is None:
        return None
    acronym = _ACRONYM_AFTER.match(document.text, author_end, end)
    titles = _sentence_case_titles(document, acronym.end() if acronym else author_end, end, plural=False,
                                   named=named)
    if not titles or titles[0][1].start in named:
        return None
    return titles[0]


def _named_title(text: str, genre_match: re.Match[str], end: int,
                 named: frozenset[int]) -> tuple[str, Span, str | None] | None:
    """(title, span, year) of a title after a genre noun in apposition to its author, or after 'getiteld'."""
    appositive = _APPOSITIVE.match(text, genre_match.end(), end)
    if appositive and named.intersection(range(appositive.start(), appositive.start("author") + 1)) \
            and appositive.start("title") not in named:
        title = _clean_title(appositive.group("title"))
        dated = bool(appositive.group("year") or appositive.group("when"))
        if _plausible_title(title, lower_word=not appositive.group("relative"), dated=dated):
            return title, Span(appositive.start("title"), appositive.start("title") + len(title)), \
                _appositive_date(appositive)
    called = _GETITELD.match(text, genre_match.end(), end)
    if called and not _GENRE.search(text, genre_match.end(), called.start("title")) and \
            called.start("title") not in named:
        title = _clean_title(called.group("title"))
        if _plausible_title(title, lower_word=False):
            return title, Span(called.start("title"), called.start("title") + len(title)), None
    return None


def _appositive_date(appositive: re.Match[str]) -> str | None:
    """'(2021)' -> '2021'; ', van november 2023' -> '2023-11'."""
    if appositive.group("year"):
        return appositive.group("year")
    if appositive.group("when") and appositive.group("month"):
        return f"{appositive.group('when')}-{MONTHS[appositive.group('month')]:02d}"
    return appositive.group("when")


def _plausible_title(title: str, lower_word: bool, dated: bool = False) -> bool:
    """Two words or more, not opening with an organisation head, a month or a word that opens a clause (after
    'getiteld', or closed by its date, a title may open with an article or 'In': 'Het vertrek van vreemdelingen',
    'In wat voor land willen wij werken?, van januari 2020')."""
    words = title.split()
    opening = words[0] if words else ""
    if lower_word and not dated and opening in _NOT_NAMES or opening in ("Ik", "Wij", "U", "Dit", "Deze", "Die"):
        return False
    if len(words) < 2 or opening.lower() in MONTHS or opening.isupper() or _ORG_HEADS.match(title):
        return False
    return not lower_word or any(word[:1].islower() for word in words[1:])


# the words before a footnote marker whose footnote lists titles ('recente publicaties')
_LISTED_WORKS = re.compile(r"\b(?:publicaties|rapporten|onderzoeken|studies|adviezen|artikelen)\s*$", re.IGNORECASE)


def _footnote_list_mentions(document: Document) -> list[_Mention]:
    """Titles listed in a footnote to 'recente publicaties' / 'rapporten' / 'onderzoeken'.

    Each comma-separated item of such a footnote that is a capitalised phrase of four or more
    words, without brackets and not an organisation, names a publication by its title.
    """
    text = document.text
    mentions: list[_Mention] = []
    for ref in document.clean.footnote_refs:
        if not _LISTED_WORKS.search(text[max(0, ref.offset - 40):ref.offset]):
            continue
        footnote = next((note for note in document.footnotes if note.number == ref.number), None)
        if footnote is None:
            continue
        position = footnote.span.start
        for item in re.split(r",\s+|\s+en\s+(?=[A-Z])", text[footnote.span.start:footnote.span.end]):
            start = text.find(item, position)
            position = max(position, start + len(item))
            title = _clean_title(re.sub(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰\d]+\s*)?(?:O\.a\.|Onder andere|Zie)?\s*", "", item))
            if (len(title.split()) >= 4 and title[:1].isupper() and not re.search(r"[()'\"‘’«»]", title)
                    and not _ORG_HEADS.match(title) and not re.match(r"(?:de|het|De|Het)\b", title)):
                where = start + item.find(title)
                mentions.append(_Mention(title, "publicatie", Span(where, where + len(title)), True,
                                         "title listed in a footnote on publications", (), None))
    return mentions
