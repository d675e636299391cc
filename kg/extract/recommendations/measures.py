"""A recommendation's text as its measures (``split_measures``: on ';', on inline markers '(1) ... (2) ...',
between imperatives in lower case, between clauses after 'onder andere,', on ', bovendien', on a parallel 'om' or
'dat' clause and between two infinitive clauses joined by 'en'), and the items made of them (``_items``)."""
from __future__ import annotations

import re

from ...domain.model import Sentence, Span
from .common import _IMPERATIVE_WORDS, _Item
from .stance import stance_of

_ENUMERATION = re.compile(r"\bonder (?:andere|meer)\s*,|\bo\.a\.\s|:\s")
_VERBISH = re.compile(
    r"\b(?:wordt|worden|moet|moeten|bestaan|bestaat|komen|komt|is|zijn|krijgen|krijgt|hebben|heeft|"
    r"gehouden|gegeven|erkend|te\s+\w+)\b", re.IGNORECASE)
_ITEM_LEAD = re.compile(r"^\s*(?:en\s+)?(?:tot\s+slot|bovendien|verder|ook|daarnaast|tevens)?\s*,?\s*", re.IGNORECASE)

# a number or letter before each measure of an inline list: '(1) verbeter ...; (2) maak ...', '1) ..., 2) ... en 3) ...'
_INLINE_MARKER = re.compile(r"(?:^|(?<=[\s,;:]))\(?(?:\d{1,2}|[a-h])\)\s+")


def _split_on_markers(text: str) -> list[tuple[int, str]]:
    """The measures of an inline list that numbers or letters them, when it opens with its first marker and has two
    or more; each without its marker and the ', en' or ';' before the next."""
    markers = list(_INLINE_MARKER.finditer(text))
    if len(markers) < 2 or text[:markers[0].start()].strip():
        return []
    pieces = []
    for marker, following in zip(markers, markers[1:] + [None]):
        part = text[marker.end():following.start() if following else len(text)]
        part = re.sub(r"\s*[,;]?\s*(?:\b(?:en|of)\s*)?$", "", part)
        pieces.append((marker.end(), part))
    return pieces


# a clause after ';' that points back at the recommendation: its answer ('; die aanbeveling neem ik over', '; dit
# advies volgt het kabinet niet', '; het kabinet neemt dit voorstel over')
_ANSWER_AFTER_SEMICOLON = re.compile(
    r"\s*(?:(?:die|deze|dit|dat|de|het)\s+(?:aanbeveling|advies|voorstel|suggestie)\b|"
    r"(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+\w+\s+(?:die|deze|dit|dat)\s+(?:aanbeveling|advies|voorstel)\b|"
    # a pronoun pointing back at it, with a stance of its own ('hieraan wordt reeds uitvoering gegeven')
    r"(?:hieraan|daaraan|hierin|daarin|hiermee|daarmee)\s+(?:wordt|is|zal|ga|gaat|geef|geeft|heb|heeft)\b)",
    re.IGNORECASE)


def split_measures(text: str) -> list[tuple[int, str]]:
    """One (offset, text) per measure a recommendation sentence lists.

    Split on ';' when the sentence has one; else, after 'onder andere,', on commas between
    clauses that each carry a verb; always on ', bovendien' and ', en tot slot'.
    """
    pieces: list[tuple[int, str]] = _split_on_markers(text)
    # a measure its own marker numbers may be short ('(2) registreer incidenten eenduidig'); a piece
    # split off otherwise needs four words to be a measure, not a fragment
    shortest = 2 if pieces else 4
    if not pieces and ";" in text:
        position = 0
        for part in text.split(";"):
            if pieces and _ANSWER_AFTER_SEMICOLON.match(part):
                break  # '...te herzien; die aanbeveling neemt het kabinet niet over': the answer, not a measure
            pieces.append((position, part))
            position += len(part) + 1
    elif not pieces and _IMPERATIVE_LIST.match(text):  # 'verleen X, monitor Y, en voorzie Z': one per imperative
        pieces = _split_on(text, _IMPERATIVE_LIST_JOIN)
    elif not pieces:
        marker = _ENUMERATION.search(text)
        if marker:
            pieces = _split_clauses(text[marker.end():], marker.end())
            if len(pieces) < 3:
                pieces = [(0, text)]
        else:
            pieces = [(0, text)]
    out: list[tuple[int, str]] = []
    for offset, part in pieces:
        for sub_offset, sub in _split_on(part, _MEASURE_JOIN):
            lead = _ITEM_LEAD.match(sub)
            skip = lead.end() if lead else 0
            cleaned = sub[skip:].strip().rstrip(".").strip()
            if len(cleaned.split()) >= shortest:
                base = offset + sub_offset + skip + (len(sub[skip:]) - len(sub[skip:].lstrip()))
                joiner = _LEADING_JOINER.match(cleaned) if sub_offset else None
                if joiner:  # '..., en om Y te doen': Y
                    cleaned, base = cleaned[joiner.end():], base + joiner.end()
                out.extend((base + inner, part) for inner, part in _split_infinitives(cleaned))
    return out


# a list of imperatives in lower case after a colon ('...: verleen X, monitor Y, en voorzie Z') and where they part
_IMPERATIVE_LIST = re.compile(r"(?:" + _IMPERATIVE_WORDS + r")\s[^.]*,\s+(?:en\s+|of\s+)?(?:"
                              + _IMPERATIVE_WORDS + r")\s")
_IMPERATIVE_LIST_JOIN = r",\s+(?:en\s+|of\s+)?(?=(?:" + _IMPERATIVE_WORDS + r")\s)"
# where a sentence's measures part: ', bovendien', ', en tot slot', and a second 'om' or 'dat' clause parallel to the
# first, however long the first ('beveelt aan om X inzichtelijk te maken welk deel ... leidt, en om Y te
# publiceren', 'komt tot de aanbeveling dat X ..., en dat Y'); not 'en om die reden'
_MEASURE_JOIN = (r",\s+(?=(?:bovendien|en\s+tot\s+slot)\b)"
                 # a series of three: 'om A te doen, om B te doen en om C te doen' (a lone ', om ... te' is a purpose)
                 r"|,\s+(?=om\s+(?!(?:die|deze)\s+reden\b)[^.;]*?\bte\s+\w[^.;]*?,?\s+en\s+om\s)"
                 r"|,?\s+en\s+(?=om\s+(?!(?:die|deze)\s+reden\b)[^.;]*?\bte\s+\w)"
                 r"|,\s+en\s+(?=dat\s+\S+(?:\s+\S+){3})")
_LEADING_JOINER = re.compile(r"(?:om|dat)\s+")  # the 'om' or 'dat' a parallel measure opens with
# 'de handhaving te versterken en ouders actiever bij preventie te betrekken': two measures
# (right after the verb; with a comma, a few words may come between: '..., en daarbij ... te beperken'; without
# one, a phrase after a preposition: 'middelen te reserveren voor vrouwenorganisaties en de resultaten ... te meten').
# Not when the second points back at the first with a pronoun: 'een code vast te stellen en die openbaar te maken',
# 'de druk op arbeid te verlagen en die op vermogen te verhogen' is one measure.
# (the second then opens with an article: 'te versnellen door bezwaar en beroep te beperken' is one measure)
_JOIN_PREPOSITION = r"(?:voor|van|aan|met|in|op|bij|tot|naar|over|uit|onder|tegen|ten\s+opzichte\s+van)"
_INFINITIVE_JOIN = re.compile(r"\bte\s\w{3,20}(?:(?=\s+en\s)|(?:\s+[^\s,]+){1,6}?(?=,)|"
                             r"\s+" + _JOIN_PREPOSITION
                             + r"(?:\s+[^\s,]+){1,6}?(?=\s+en\s+(?:de|het|een|alle|meer|minder)\s))"
                             r"(?P<join>,?\s+en\s+(?:daarbij\s+|daarnaast\s+|ook\s+|tevens\s+|om\s+)?)"
                             r"(?!(?:die|dat|deze|dit|ze|zij|hen|hem)\s)"
                             r"(?=(?:\S+\s+){1,12}?te\s+\w+(?:\s+\S+){0,6}$)")


def _split_infinitives(text: str) -> list[tuple[int, str]]:
    """Two infinitive clauses joined by 'en', each ending in 'te <verb>', as two measures."""
    join = _INFINITIVE_JOIN.search(text)
    if not join or len(text[:join.start("join")].split()) < 4:
        return [(0, text)]
    return [(0, text[:join.start("join")]), (join.end("join"), text[join.end("join"):])]


def _split_on(text: str, pattern: str) -> list[tuple[int, str]]:
    pieces, position = [], 0
    for match in re.finditer(pattern, text, re.IGNORECASE):
        pieces.append((position, text[position:match.start()]))
        position = match.end()
    pieces.append((position, text[position:]))
    return pieces


def _split_clauses(text: str, base: int) -> list[tuple[int, str]]:
    """Comma-separated clauses; a piece without a verb is joined to the one before it."""
    merged: list[tuple[int, str]] = []
    for offset, piece in _split_on(text, r",\s+"):
        if merged and not _VERBISH.search(merged[-1][1]):
            start, previous = merged[-1]
            merged[-1] = (start, text[start:offset + len(piece)])
        else:
            merged.append((offset, piece))
    if len(merged) > 1 and not _VERBISH.search(merged[-1][1]):
        start, _ = merged[-2]
        merged[-2:] = [(start, text[start:])]
    return [(base + offset, piece) for offset, piece in merged]


_POINTER_AT_END = re.compile(r"\s*\((?:zie|vgl\.?|zoals\s+beschreven)\b[^()]*\)\s*[.;]?\s*$", re.IGNORECASE)


# a clause after ', maar' that points back at the recommendation with a pronoun: its answer, when it has a stance
# ('..., maar dat is in de praktijk al staand beleid', '..., maar die aanbeveling volg ik niet')
_BUT_POINTING_BACK = re.compile(r",\s+maar\s+(?=(?:dat|dit|die|deze|hieraan|daaraan|hierin|daarin)\b)")


def answer_after_comma(text: str) -> int | None:
    """Where the answer starts that follows the recommendation in its own clause after ', maar' (the offset of
    the comma), or None."""
    if ", maar " not in text:
        return None
    for but in _BUT_POINTING_BACK.finditer(text):
        if stance_of(text[but.end():]) is not None:
            return but.start()
    return None


def _items(sentence: Sentence, start: int, addressee: tuple[str, Span] | None, rule: str,
           group: int, end: int | None = None) -> list[_Item]:
    items = []
    text = sentence.text[start:end]
    pointer = _POINTER_AT_END.search(text)
    if pointer:  # '... een jaar uit (zie het advies, bijlage 2).': the letter's pointer is no part of it
        text = text[:pointer.start()]
    answer = answer_after_comma(text)
    if answer is not None:  # '... te spreiden, maar dat is al staand beleid': the answer is no part of it
        text = text[:answer]
    for offset, measure in split_measures(text):
        begin = sentence.span.start + start + offset
        items.append(_Item(measure, Span(begin, begin + len(measure)), addressee[0] if addressee else None,
                           addressee[1] if addressee else None, rule, group))
    return items
