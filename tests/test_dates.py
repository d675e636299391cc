"""Dutch date expressions resolved against the letter date (kg/domain/dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from kg.domain.dates import due_date, find_dates, resolve_date

JUNE_2023 = date(2023, 6, 12)  # a Monday
SEPTEMBER_2023 = date(2023, 9, 20)
JANUARY_2024 = date(2024, 1, 10)


@pytest.mark.parametrize("text, letter_date, expected", [
    ("het commissiedebat op 30 maart jl.", JUNE_2023, "2023-03-30"),
    ("bij brief van 13 april jl.", JUNE_2023, "2023-04-13"),
    ("op 12 april jongstleden", JUNE_2023, "2023-04-12"),
    ("op 17 oktober a.s.", JUNE_2023, "2023-10-17"),
    ("rondetafelgesprek d.d. 24 juni 2021", JUNE_2023, "2021-06-24"),
    ("op 24 juni 2021", None, "2021-06-24"),
    ("op 24-06-2021", None, "2021-06-24"),
    ("in mei 2017", None, "2017-05"),
    ("in december 2013", JUNE_2023, "2013-12"),
    ("begin dit jaar", JUNE_2023, "2023-01"),
    ("eind vorig jaar", JUNE_2023, "2022-12"),
    ("in maart jl.", JUNE_2023, "2023-03"),
    # jl. in a January letter reaches back into the previous year
    ("op 15 december jl.", JANUARY_2024, "2023-12-15"),
    ("in november jl.", JANUARY_2024, "2023-11"),
    # a.s. in a December-ish letter reaches into the next year
    ("op 5 januari a.s.", date(2023, 12, 20), "2024-01-05"),
    # no jl./a.s.: the occurrence nearest the letter date
    ("de brief d.d. 8 april", JUNE_2023, "2023-04-08"),
    ("het overleg van 20 december", JANUARY_2024, "2023-12-20"),
    ("op 3 maart van dit jaar", JUNE_2023, "2023-03-03"),
    ("ordinal day: 1e april 2020", None, "2020-04-01"),
])
def test_resolve_date(text: str, letter_date: date | None, expected: str) -> None:
    assert resolve_date(text, letter_date) == expected


@pytest.mark.parametrize("text", [
    "Vreemdelingenwet 2000",
    "Handelingen II 2018/19, nr. 90, item 11",
    "Kamerstuk 35 000 VI, nr. 116",
    "artikel 8 EVRM en artikel 1F",
    "31 april 2021",  # no such day
    "Vergaderjaar 2020–2021, nr 24",
    "de maart-brief",
])
def test_resolve_date_near_misses(text: str) -> None:
    assert resolve_date(text, JUNE_2023) is None


def test_relative_dates_need_a_letter_date() -> None:
    assert resolve_date("op 30 maart jl.", None) is None
    assert resolve_date("begin dit jaar", None) is None
    assert resolve_date("op 30 maart 2023", None) == "2023-03-30"


def test_find_dates_gives_offsets_and_prefers_the_longest() -> None:
    text = "Tijdens het debat van 30 maart 2023 en het overleg in mei 2017 ..."
    found = find_dates(text, JUNE_2023)
    assert [(item.text, item.value) for item in found] == [
        ("30 maart 2023", "2023-03-30"), ("mei 2017", "2017-05")]
    assert all(text[item.start:item.end] == item.text for item in found)


@pytest.mark.parametrize("text, letter_date, expected", [
    ("Medio 2022 zal gestart worden met de evaluatie.", date(2021, 10, 1),
     ("Medio 2022", "2022-06")),
    ("Ik zal uw Kamer voor de zomer informeren.", JUNE_2023, ("voor de zomer", "2023-07")),
    # a letter written after the summer means next year's summer
    ("Ik zal uw Kamer voor de zomer informeren.", SEPTEMBER_2023,
     ("voor de zomer", "2024-07")),
    ("Ik informeer u voor het zomerreces.", JUNE_2023, ("voor het zomerreces", "2023-07")),
    ("Ik kom hier eind dit jaar op terug.", JUNE_2023, ("eind dit jaar", "2023-12")),
    ("Begin volgend jaar ontvangt u de evaluatie.", JUNE_2023,
     ("Begin volgend jaar", "2024-01")),
    ("Na de zomer stuur ik u een brief.", JUNE_2023, ("Na de zomer", "2023-09")),
    ("Ik zal u in het najaar informeren.", JUNE_2023, ("in het najaar", "2023-10")),
    ("Ik zal u in het voorjaar informeren.", SEPTEMBER_2023, ("in het voorjaar", "2024-04")),
    ("De regeling treedt uiterlijk 1 juli 2020 in werking.", date(2019, 11, 1),
     ("uiterlijk 1 juli 2020", "2020-07-01")),
    ("Ik zal u binnen drie maanden informeren.", JUNE_2023,
     ("binnen drie maanden", "2023-09-12")),
    ("binnen twee weken", JUNE_2023, ("binnen twee weken", "2023-06-26")),
    ("binnen een half jaar", JUNE_2023, ("binnen een half jaar", "2023-12-12")),
    ("Ik stuur u voor 1 januari het plan.", JUNE_2023, ("voor 1 januari", "2024-01-01")),
    ("De evaluatie is klaar in Q3 2024.", JUNE_2023, ("in Q3 2024", "2024-09")),
    ("in het derde kwartaal van volgend jaar", JUNE_2023,
     ("in het derde kwartaal van volgend jaar", "2024-09")),
    ("in de eerste helft van 2025", JUNE_2023, ("in de eerste helft van 2025", "2025-06")),
    ("Ik verzoek u mij uiterlijk eind volgende week te berichten.", JUNE_2023,
     ("uiterlijk eind volgende week", "2023-06-23")),
    ("Uiterlijk begin volgende week ontvangt u de stukken.", JUNE_2023,
     ("Uiterlijk begin volgende week", "2023-06-19")),
    ("Zo zal in 2022 worden toegewerkt naar een werkwijze.", date(2022, 5, 3),
     ("in 2022", "2022")),
    ("Ik zal u in september informeren.", JUNE_2023, ("in september", "2023-09")),
    ("Ik zal u in maart informeren.", JUNE_2023, ("in maart", "2024-03")),
    ("De IND zal op korte termijn maatregelen nemen.", JUNE_2023, ("op korte termijn", None)),
])
def test_due_date(text: str, letter_date: date, expected: tuple[str, str | None]) -> None:
    assert due_date(text, letter_date) == expected


@pytest.mark.parametrize("text", [
    "Zodra deze klaar is, zal ik uw Kamer hierover informeren.",
    "Ik zal uw Kamer hierover informeren.",
    "De Vreemdelingenwet 2000 biedt ruimte.",
    "Ik reageer op de motie (Kamerstuk 35 000 VI, nr. 116).",
])
def test_due_date_near_misses(text: str) -> None:
    assert due_date(text, JUNE_2023) == (None, None)


def test_due_date_without_letter_date_keeps_the_text() -> None:
    assert due_date("Ik informeer u voor de zomer.", None) == ("voor de zomer", None)
    assert due_date("uiterlijk 1 juli 2020", None) == ("uiterlijk 1 juli 2020", "2020-07-01")


def test_the_word_filter_never_hides_a_match_of_a_rule():
    """find_dates skips a rule when the text lacks its words or digits; no real match is lost."""
    from pathlib import Path

    from kg.domain.dates import _RULES, _rules_that_may_match
    letters = Path(__file__).resolve().parent.parent / "examples" / "letters"
    texts = [line for path in sorted(letters.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    texts += ["Q3 2024", "VOOR DE KERST", "binnen drie maanden", "op korte termijn", "eind volgende week",
              "medio dit jaar", "rond 24 Juni 2021", "op 1-7-2020", "in de tweede jaarhelft", "zsm"]
    hits = 0
    for text in texts:
        may_match = _rules_that_may_match(text)
        for name, pattern, _, _ in _RULES:
            if pattern.search(text):
                hits += 1
                assert may_match is None or name in may_match, (name, text)
    assert hits > 50
    assert _rules_that_may_match("De minister heeft het rapport ontvangen.") == set()
    assert _rules_that_may_match("Het ſtuk") is None  # a letter that case-folds oddly: every rule is tried


@pytest.mark.parametrize("text, expected", [
    ("Het streven is om in september 2024 de rapportage gereed te hebben.", ("in september 2024", "2024-09")),
    ("Ik stuur u voor maart 2025 een brief.", ("voor maart 2025", "2025-03")),
    ("Ik informeer u in september.", ("in september", "2023-09")),
    ("Ik informeer u in mei volgend jaar.", ("in mei volgend jaar", "2024-05")),
])
def test_a_month_after_a_preposition_keeps_the_year_written_after_it(text, expected):
    """'in september 2024' in a letter of June 2023 is due in September 2024, not this September."""
    assert due_date(text, date(2023, 6, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ik informeer u voor 1 juli.", ("voor 1 juli", "2024-07-01")),  # the full stop is no abbreviation's
    ("Dat gaat op 1 jan. 2025 in.", ("op 1 jan. 2025", "2025-01-01")),
    ("De wet wordt in de loop van 2025 geëvalueerd.", ("in de loop van 2025", "2025")),
    ("Ik stuur u de nota voor Prinsjesdag.", ("voor Prinsjesdag", "2024-09")),
    ("Ik stuur u de nota na Prinsjesdag 2025.", ("na Prinsjesdag 2025", "2025-10")),
])
def test_due_times_of_budget_day_the_course_of_a_year_and_a_full_stop_after_a_month(text, expected):
    assert due_date(text, date(2024, 3, 1)) == expected


def test_a_year_after_van_alone_is_no_due_time():
    assert due_date("Ik verwijs naar de brief van 2019.", date(2024, 3, 1)) == (None, None)
