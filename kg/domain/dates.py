"""Dutch date expressions, resolved against the date of the letter.

Two entry points:

* ``resolve_date(text, letter_date)``: the first date a passage names (``30 maart jl.``,
  ``d.d. 24 juni 2021``, ``mei 2017``, ``begin dit jaar``), as an ISO date, ``YYYY-MM`` or
  ``YYYY``, depending on how precise the text is.
* ``due_date(text, letter_date)``: the time by which a commitment is due (``medio 2022``,
  ``voor de zomer``, ``uiterlijk 1 juli 2020``, ``binnen drie maanden``, ``Q3 2024``), as the
  expression as written (with its preposition) and its normalised value.

``find_dates`` returns every expression with its offsets, for extractors that need spans.

Conventions (one table, used by both entry points):

* A day and month with a year is that date. ``jl.``/``jongstleden`` means the latest
  occurrence on or before the letter date, ``a.s.``/``aanstaande`` the next one on or after
  it. Without either, a day and month means the occurrence nearest the letter date (within
  half a year) when reading what happened, and the next occurrence when reading what is due.
* Vague parts of a year name a representative month: ``begin`` 01, ``medio``/``midden``/
  ``halverwege`` 06, ``eind`` 12, ``voorjaar`` 04, ``zomer`` and ``voor de zomer`` 07,
  ``na de zomer`` 09, ``najaar`` 10, ``voor de kerst``/``kerstreces`` 12.
* Periods with a clear end name their last month: ``Q1`` 03 ... ``Q4`` 12, ``eerste helft``
  06, ``tweede helft`` 12.
* ``dit jaar`` is the letter's year, ``volgend``/``komend jaar`` the next, ``vorig``/
  ``afgelopen jaar`` the previous. A part of a year without a year is the letter's year when
  reading what happened, and its next occurrence when reading what is due.
* ``binnen drie maanden`` / ``over twee weken`` is the letter date plus that span (ISO date);
  ``begin volgende week`` is the Monday of next week, ``(eind) volgende week`` its Friday.
* Expressions without a computable value (``op korte termijn``, ``binnenkort``) are found by
  ``due_date`` with value ``None``; without a letter date, relative expressions have no value.
"""
from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .rules import folds_oddly

__all__ = ["DateExpression", "find_dates", "resolve_date", "due_date", "MONTHS"]

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
_NUMBER_WORDS: dict[str, int] = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "veertien": 14,
    "achttien": 18, "twintig": 20, "dertig": 30,
}
_ORDINALS: dict[str, int] = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}

# representative month of a vague part of the year (see the module docstring)
_PART_MONTH: dict[str, int] = {
    "begin": 1, "start": 1, "aanvang": 1, "medio": 6, "midden": 6, "halverwege": 6,
    "eind": 12, "einde": 12, "ultimo": 12,
}
_SEASON_MONTH: dict[str, int] = {
    "voorjaar": 4, "lente": 4, "zomer": 7, "najaar": 10, "herfst": 10,
}

# the place of the government in a date line: Den Haag, or 's-Gravenhage with a straight or a curly apostrophe
THE_HAGUE = r"(?:Den Haag|[’']s-Gravenhage)"
_MONTH = "(?P<month>" + "|".join(MONTHS) + ")"
_MONTH_ANY = ("(?P<month>" + "|".join(MONTHS) + "|"
              + "|".join(sorted(_MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")"
              r"(?:\.(?![^\S\n]*(?:$|\n|(?-i:[A-Z]))))?")  # 'jan. 2024'; not the full stop of 'voor 1 juli. De ...'

_DAY = r"(?P<day>[0-3]?\d)(?:e|ste|de)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PAST = r"(?P<past>jl\.?|j\.l\.?|jongstleden|l\.l\.?|laatstleden)"
_NEXT = r"(?P<next>a\.s\.?|aanstaande|aanst\.)"
_REL_YEAR = (r"(?:van\s+)?(?:het\s+)?"
             r"(?P<rel>dit|deze|volgend|volgende|komend|komende|vorig|vorige|afgelopen|verleden)"
             r"\s+jaar")
_YEAR_ANCHOR = rf"(?:(?:van\s+|in\s+)?{_YEAR}|{_REL_YEAR})"
_NUMBER = r"(?P<count>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
_WORD_END = r"(?![\w])"


@dataclass(frozen=True)
class DateExpression:
    """A time expression found in a text: where, as written, and its normalised value."""

    start: int
    end: int
    text: str
    value: str | None  # ISO date, YYYY-MM or YYYY; None when it cannot be computed
    rule: str


@dataclass(frozen=True)
class _Context:
    letter_date: date | None
    future: bool  # reading what is due (True) or what happened (False)


Handler = Callable[[re.Match[str], _Context], str | None]


# ---------------------------------------------------------------- small calendar helpers

def _iso(year: int, month: int, day: int | None = None) -> str | None:
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _add_months(start: date, months: int) -> date:
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, monthrange(year, month)[1]))


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word)


def _count(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _relative_year(word: str, letter_date: date | None) -> int | None:
    if letter_date is None:
        return None
    word = word.lower()
    if word in ("dit", "deze"):
        return letter_date.year
    if word in ("volgend", "volgende", "komend", "komende"):
        return letter_date.year + 1
    return letter_date.year - 1  # vorig, afgelopen, verleden


def _anchor_year(match: re.Match[str], ctx: _Context) -> int | None:
    """The year a match states explicitly (``2022``) or relatively (``volgend jaar``)."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("rel"):
        return _relative_year(groups["rel"], ctx.letter_date)
    return None


def _day_month(day: int, month: int, ctx: _Context, past: bool, upcoming: bool) -> str | None:
    """A day and month without a year, placed in the year the rules above give."""
    letter_date = ctx.letter_date
    if letter_date is None:
        return None
    candidates = []
    for year in (letter_date.year - 1, letter_date.year, letter_date.year + 1):
        value = _iso(year, month, day)
        if value is not None:
            candidates.append(date.fromisoformat(value))
    if past:
        before = [when for when in candidates if when <= letter_date]
        return max(before).isoformat() if before else None
    if upcoming or ctx.future:
        after = [when for when in candidates if when >= letter_date]
        return min(after).isoformat() if after else None
    if not candidates:
        return None
    return min(candidates, key=lambda when: abs((when - letter_date).days)).isoformat()


def _month_in_year(month: int, ctx: _Context, past: bool = False,
                   upcoming: bool = False) -> str | None:
    """A month without a year: the letter's year, or the next/previous occurrence."""
    letter_date = ctx.letter_date
    if letter_date is None:
        return None
    year = letter_date.year
    if past and month > letter_date.month:
        year -= 1
    elif (upcoming or ctx.future) and not past and month < letter_date.month:
        year += 1
    return _iso(year, month)


# ---------------------------------------------------------------- rule handlers

def _full_date(match: re.Match[str], ctx: _Context) -> str | None:
    month = _month_number(match["month"])
    return _iso(int(match["year"]), month, int(match["day"])) if month else None


def _numeric_date(match: re.Match[str], ctx: _Context) -> str | None:
    return _iso(int(match["year"]), int(match["month"]), int(match["day"]))


def _day_month_relative(match: re.Match[str], ctx: _Context) -> str | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    groups = match.groupdict()
    anchor = _anchor_year(match, ctx)
    if anchor is not None:
        return _iso(anchor, month, int(match["day"]))
    return _day_month(int(match["day"]), month, ctx,
                      past=bool(groups.get("past")), upcoming=bool(groups.get("next")))


def _month_year(match: re.Match[str], ctx: _Context) -> str | None:
    month = _month_number(match["month"])
    year = _anchor_year(match, ctx)
    return _iso(year, month) if month and year else None


def _month_relative(match: re.Match[str], ctx: _Context) -> str | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    groups = match.groupdict()
    return _month_in_year(month, ctx, past=bool(groups.get("past")),
                          upcoming=bool(groups.get("next")))


def _part_of_year(match: re.Match[str], ctx: _Context) -> str | None:
    month = _PART_MONTH[match["part"].lower()]
    year = _anchor_year(match, ctx)
    if year is None:
        year = ctx.letter_date.year if ctx.letter_date else None
    return _iso(year, month) if year else None


def _part_of_month(match: re.Match[str], ctx: _Context) -> str | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    year = _anchor_year(match, ctx)
    if year is not None:
        return _iso(year, month)
    return _month_in_year(month, ctx)


def _season(match: re.Match[str], ctx: _Context) -> str | None:
    groups = match.groupdict()
    word = match["season"].lower()
    month = _SEASON_MONTH[word]
    if groups.get("after"):
        month = 9
    year = _anchor_year(match, ctx)
    if year is None and groups.get("which"):
        which = groups["which"].lower()
        if ctx.letter_date is None:
            return None
        if which in ("dit", "deze"):
            year = ctx.letter_date.year
        elif which in ("vorig", "vorige", "afgelopen"):
            year = ctx.letter_date.year - (1 if month >= ctx.letter_date.month else 0)
        else:  # komend, volgend, aankomend
            year = ctx.letter_date.year + (1 if month < ctx.letter_date.month else 0)
    if year is not None:
        return _iso(year, month)
    return _month_in_year(month, ctx)


def _budget_day(match: re.Match[str], ctx: _Context) -> str | None:
    """'voor Prinsjesdag' is due in September; 'na Prinsjesdag' in October."""
    month = 10 if match.groupdict().get("after") else 9
    year = _anchor_year(match, ctx)
    return _iso(year, month) if year is not None else _month_in_year(month, ctx)


def _recess(match: re.Match[str], ctx: _Context) -> str | None:
    word = match["recess"].lower()
    month = 12 if word.startswith("kerst") else 7
    if match.groupdict().get("after"):
        month = 1 if month == 12 else 9
    year = _anchor_year(match, ctx)
    if year is not None:
        return _iso(year, month)
    return _month_in_year(month, ctx)


def _quarter(match: re.Match[str], ctx: _Context) -> str | None:
    groups = match.groupdict()
    number = int(groups["q"]) if groups.get("q") else _ORDINALS[groups["ordinal"].lower()]
    if not 1 <= number <= 4:
        return None
    month = number * 3
    year = _anchor_year(match, ctx)
    if year is not None:
        return _iso(year, month)
    return _month_in_year(month, ctx)


def _half_year(match: re.Match[str], ctx: _Context) -> str | None:
    month = 6 if match["ordinal"].lower() == "eerste" else 12
    year = _anchor_year(match, ctx)
    if year is not None:
        return _iso(year, month)
    return _month_in_year(month, ctx)


def _year_only(match: re.Match[str], ctx: _Context) -> str | None:
    year = _anchor_year(match, ctx)
    return f"{year:04d}" if year else None


def _span_from_letter(match: re.Match[str], ctx: _Context) -> str | None:
    if ctx.letter_date is None:
        return None
    unit = match["unit"].lower()
    count = 1 if match.groupdict().get("half") is None else 0
    if match.groupdict().get("count"):
        count = _count(match["count"]) or 0
    if unit.startswith("dag"):
        return (ctx.letter_date + timedelta(days=count)).isoformat()
    if unit.startswith(("week", "weken")):
        return (ctx.letter_date + timedelta(weeks=count)).isoformat()
    if unit.startswith("maand"):
        return _add_months(ctx.letter_date, count).isoformat()
    if unit.startswith("kwarta"):
        return _add_months(ctx.letter_date, 3 * count).isoformat()
    if match.groupdict().get("half"):  # een half jaar
        return _add_months(ctx.letter_date, 6).isoformat()
    return _add_months(ctx.letter_date, 12 * count).isoformat()  # jaar


def _week(match: re.Match[str], ctx: _Context) -> str | None:
    if ctx.letter_date is None:
        return None
    which = match["which"].lower()
    monday = ctx.letter_date - timedelta(days=ctx.letter_date.weekday())
    if which in ("volgende", "komende", "aanstaande"):
        monday += timedelta(weeks=1)
    elif which in ("vorige", "afgelopen"):
        monday -= timedelta(weeks=1)
    part = (match.groupdict().get("part") or "").lower()
    return (monday if part in ("begin", "start") else monday + timedelta(days=4)).isoformat()


def _month_relative_word(match: re.Match[str], ctx: _Context) -> str | None:
    if ctx.letter_date is None:
        return None
    which = match["which"].lower()
    shift = {"deze": 0, "volgende": 1, "komende": 1, "vorige": -1, "afgelopen": -1}[which]
    when = _add_months(ctx.letter_date.replace(day=1), shift)
    return _iso(when.year, when.month)


def _no_value(match: re.Match[str], ctx: _Context) -> str | None:
    return None


# ---------------------------------------------------------------- the rules

_FLAGS = re.IGNORECASE
_VAGUE_PART = r"(?P<part>begin|start|aanvang|medio|midden|halverwege|eind|einde|ultimo)"

_RULES: tuple[tuple[str, re.Pattern[str], Handler, bool], ...] = tuple(
    (name, re.compile(pattern, _FLAGS), handler, due_only)
    for name, pattern, handler, due_only in (
        ("day month year",
         rf"\b(?:d\.d\.\s*)?{_DAY}\s+{_MONTH_ANY}\s+{_YEAR}\b", _full_date, False),
        ("numeric date",
         r"\b(?:d\.d\.\s*)?(?P<day>[0-3]?\d)-(?P<month>[01]?\d)-(?P<year>(?:19|20)\d\d)\b",
         _numeric_date, False),
        ("day month relative",
         rf"\b(?:d\.d\.\s*)?{_DAY}\s+{_MONTH_ANY}(?:\s+(?:{_PAST}|{_NEXT}|{_REL_YEAR}))?"
         + _WORD_END, _day_month_relative, False),
        ("part of month",
         rf"\b{_VAGUE_PART}\s+{_MONTH}(?:\s+{_YEAR_ANCHOR})?\b", _part_of_month, False),
        ("month year", rf"\b{_MONTH}\s+{_YEAR_ANCHOR}\b", _month_year, False),
        ("month relative", rf"\b{_MONTH}\s+(?:{_PAST}|{_NEXT})", _month_relative, False),
        # not when a year or 'a.s.' follows: 'in september 2024' is the month of that year ('month year')
        ("month in due text", rf"\b(?:in|na|voor|vóór|per)\s+(?:de\s+maand\s+)?{_MONTH}\b"
         rf"(?!\s+(?:{_YEAR_ANCHOR}|{_PAST}|{_NEXT}))",
         _month_relative, True),
        ("part of year",
         rf"\b(?:het\s+|aan\s+het\s+)?{_VAGUE_PART}\s+(?:van\s+)?(?:het\s+jaar\s+)?"
         rf"(?:{_YEAR}|{_REL_YEAR})\b", _part_of_year, False),
        ("part of this year",
         rf"\b(?:het\s+|aan\s+het\s+)?{_VAGUE_PART}\s+van\s+het\s+jaar\b", _part_of_year, False),
        ("recess",
         r"\b(?:(?P<after>na)|voor|vóór)\s+(?:het|de)\s+(?P<recess>zomerreces|kerstreces|kerst)"
         rf"(?:\s+{_YEAR_ANCHOR})?\b", _recess, False),
        ("budget day",  # the third Tuesday of September, when the budget is presented
         r"\b(?:(?P<after>na)|voor|vóór|rond|op|met|bij)\s+Prinsjesdag"
         rf"(?:\s+{_YEAR_ANCHOR})?\b", _budget_day, False),
        ("around summer",
         r"\b(?:(?P<after>na)|voor|vóór)\s+de\s+(?P<season>zomer)(?!reces)"
         rf"(?:\s+{_YEAR_ANCHOR})?\b", _season, False),
        ("season",
         r"\b(?:(?:in\s+)?(?:het|de)\s+|(?P<which>dit|deze|komend|komende|aankomend|aankomende"
         r"|volgend|volgende|vorig|vorige|afgelopen)\s+)?"
         r"(?P<season>voorjaar|najaar|zomer|lente|herfst)"
         rf"(?:\s+{_YEAR_ANCHOR})?\b", _season, False),
        ("quarter",
         rf"\b(?:Q(?P<q>[1-4])|(?:het\s+)?(?P<ordinal>eerste|tweede|derde|vierde|laatste)"
         rf"\s+kwartaal)(?:\s+{_YEAR_ANCHOR})?\b", _quarter, False),
        ("half year",
         r"\b(?:de\s+)?(?P<ordinal>eerste|tweede)\s+(?:helft|jaarhelft|halfjaar|half\s+jaar)"
         rf"(?:\s+{_YEAR_ANCHOR})?\b", _half_year, False),
        ("span from letter",
         r"\b(?:binnen|over|uiterlijk\s+binnen)\s+(?:(?P<half>een\s+half|een\s+halve|een\s+"
         rf"half)\s+|{_NUMBER}\s+)?(?P<unit>dagen|dag|weken|week|maanden|maand|kwartalen|kwartaal"
         r"|jaren|jaar)\b", _span_from_letter, False),
        ("week",
         r"\b(?:(?P<part>begin|start|eind|einde)\s+(?:van\s+)?)?"
         r"(?P<which>deze|volgende|komende|aanstaande|vorige|afgelopen)\s+week\b", _week, False),
        ("month word",
         r"\b(?P<which>deze|volgende|komende|vorige|afgelopen)\s+maand\b",
         _month_relative_word, False),
        ("year",
         rf"\b(?:in|voor|vóór|na|tot|vanaf|sinds|per|uiterlijk|rond|omstreeks|in\s+de\s+loop\s+van)\s+{_YEAR}\b"
         r"(?![/\-–]\d)", _year_only, False),
        ("relative year", rf"\b(?:in\s+|voor\s+|vóór\s+)?{_REL_YEAR}\b", _year_only, False),
        ("unspecified", r"\b(?:op\s+(?:(?:zo\s+)?korte|afzienbare)\s+termijn|binnenkort"
         r"|zo\s+(?:spoedig|snel)\s+mogelijk|zsm)\b", _no_value, True),
    )
)

# What each rule cannot match without: a digit, or one of its words (lower case). A text holding
# neither is not searched with the rule's pattern; most sentences name no time at all, and a
# substring test is far cheaper than a case-insensitive regex search.
_DIGIT = re.compile(r"\d")
_NEEDS_DIGIT = frozenset({"day month year", "numeric date", "day month relative", "year"})
_PART_WORDS = ("begin", "start", "aanvang", "medio", "midden", "halverwege", "eind", "ultimo")
_RULE_WORDS: dict[str, tuple[str, ...]] = {
    "part of month": _PART_WORDS,
    "month year": tuple(MONTHS),
    "month relative": tuple(MONTHS),
    "month in due text": tuple(MONTHS),
    "part of year": _PART_WORDS,
    "part of this year": _PART_WORDS,
    "recess": ("zomerreces", "kerst"),
    "budget day": ("prinsjesdag",),
    "around summer": ("zomer",),
    "season": ("voorjaar", "najaar", "zomer", "lente", "herfst"),
    "quarter": ("kwartaal", "q1", "q2", "q3", "q4"),
    "half year": ("helft", "half"),
    "span from letter": ("dag", "week", "weken", "maand", "kwarta", "jaar", "jaren"),
    "week": ("week",),
    "month word": ("maand",),
    "relative year": ("jaar",),
    "unspecified": ("termijn", "binnenkort", "mogelijk", "zsm"),
}
_ALL_RULE_WORDS: tuple[str, ...] = tuple(sorted({word for words in _RULE_WORDS.values() for word in words}))


def _rules_that_may_match(text: str) -> set[str] | None:
    """The names of the rules that may match ``text``; None when every rule must be tried."""
    if folds_oddly(text):
        return None
    lowered = text.lower()
    present = {word for word in _ALL_RULE_WORDS if word in lowered}
    names = {name for name, words in _RULE_WORDS.items() if not present.isdisjoint(words)}
    if _DIGIT.search(text):
        names |= _NEEDS_DIGIT
    return names


_DUE_LIMIT = re.compile(r"\b(?:uiterlijk|ruim)\s+$", _FLAGS)
_DUE_PREPOSITION = re.compile(
    r"\b(?:voor|vóór|in|na|per|tegen|rond|omstreeks|vanaf|op|tot|met\s+ingang\s+van)\s+$",
    _FLAGS)
_STARTS_WITH_PREPOSITION = re.compile(r"(?:voor|vóór|in|na|binnen|over|uiterlijk|op)\s",
                                      _FLAGS)


def find_dates(text: str, letter_date: date | None, *, future: bool = False
               ) -> list[DateExpression]:
    """Every time expression in ``text``, in order, without overlaps (the longest wins).

    ``future`` reads expressions as due times (``voor 1 januari`` is the next 1 January);
    otherwise as times that have passed or are near the letter date.
    """
    ctx = _Context(letter_date, future)
    candidates: list[DateExpression] = []
    may_match = _rules_that_may_match(text)
    for name, pattern, handler, due_only in _RULES:
        if due_only and not future:
            continue
        if may_match is not None and name not in may_match:
            continue
        for match in pattern.finditer(text):
            candidates.append(DateExpression(
                start=match.start(), end=match.end(), text=match.group(0),
                value=handler(match, ctx), rule=name))
    candidates.sort(key=lambda found: (found.start, -(found.end - found.start)))
    chosen: list[DateExpression] = []
    for found in candidates:
        if chosen and found.start < chosen[-1].end:
            continue
        chosen.append(found)
    return chosen


def resolve_date(text: str, letter_date: date | None) -> str | None:
    """The first date that ``text`` names, normalised; None when it names none.

    >>> resolve_date("het commissiedebat van 30 maart jl.", date(2023, 6, 1))
    '2023-03-30'
    >>> resolve_date("in mei 2017", None)
    '2017-05'
    """
    for found in find_dates(text, letter_date):
        if found.value is not None:
            return found.value
    return None


def due_date(text: str, letter_date: date | None) -> tuple[str | None, str | None]:
    """When a commitment is due: (the expression as written, its normalised value).

    The expression includes its preposition (``voor de zomer``, ``uiterlijk 1 juli 2020``).
    The first expression with a value wins; failing that the first without one
    (``op korte termijn``); failing that ``(None, None)``.

    >>> due_date("Ik informeer uw Kamer voor de zomer.", date(2023, 3, 1))
    ('voor de zomer', '2023-07')
    """
    found = find_dates(text, letter_date, future=True)
    if not found:
        return None, None
    best = next((item for item in found if item.value is not None), found[0])
    start = best.start
    if not _STARTS_WITH_PREPOSITION.match(best.text):
        preposition = _DUE_PREPOSITION.search(text, 0, start)
        if preposition is not None:
            start = preposition.start()
    limit = _DUE_LIMIT.search(text, 0, start)
    if limit is not None:
        start = limit.start()
    return text[start:best.end].strip(), best.value
