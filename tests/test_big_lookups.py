"""Lookups that replaced a scan of every item per item (quadratic on a big letter, issue 17) find what
the plain scans find: compared on random inputs."""
from __future__ import annotations

import random
import re

from kg.extract import events, reports


def _plain_nested(text: str, candidates: list[events._Candidate]) -> list[events._Candidate]:
    """events._nested as it was written first: every pair of candidates."""
    dropped: set[int] = set()
    for i, inner in enumerate(candidates):
        for j, outer in enumerate(candidates):
            if i != j and not outer.weak and events._within(inner, outer) \
                    and not events._COORDINATED.search(text[outer.start:inner.start]):
                dropped.add(j if events._generic(outer) and not events._generic(inner) else i)
    return [candidate for i, candidate in enumerate(candidates) if i not in dropped]


def test_nested_finds_what_every_pair_finds():
    rng = random.Random(17)
    text = " ".join(rng.choice(["en de", "en het", "overleg", "debat", "van", "de"]) for _ in range(200))
    for _ in range(300):
        candidates = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randint(0, 120)
            end = start + rng.choice([0, 1, 3, 8, 20, 60])
            candidates.append(events._Candidate(
                start, end, rng.choice(["debat", "overleg"]), text[start:end], rng.choice([None, "2024-05-01", "2024"]),
                rng.random() < 0.3, rng.choice(["generic noun", "meeting noun", "verb"])))
        assert events._nested(text, candidates) == _plain_nested(text, candidates)


def test_holds_one_is_any_name_in_the_span():
    rng = random.Random(17)
    for _ in range(2000):
        named = sorted(rng.sample(range(200), rng.randint(0, 30)))
        start = rng.randint(0, 210)
        end = start + rng.randint(0, 15)
        assert reports._holds_one(named, start, end) == any(start <= where < end for where in named)


def test_recommendation_sections_are_those_titled_for_them():
    from conftest import SAMPLES
    from kg.engine import read_document
    from kg.extract import recommendations
    from kg.read.ingest import read_letter
    for path in sorted(SAMPLES.glob("*.txt")):
        document = read_document(read_letter(path)).document
        plain = [section.span for section in document.sections
                 if re.search(r"aanbeveling|advie", section.title, re.IGNORECASE)]
        assert recommendations._aanbeveling_sections(document) == plain
        assert recommendations._aanbeveling_sections(document) == plain  # asked again: the same


def test_a_form_of_several_words_is_found_where_its_pattern_is():
    from kg.extract import organisations

    rng = random.Random(17)
    forms = ["Amnesty International", "Raad voor Cultuur", "Autoriteit Persoonsgegevens", "'t Hooft Groep",
             "Kennis-instituut Noord", "IND-medewerkers Oost", "Bureau Jeugdzorg"]
    pieces = ["amnesty", "Amnesty", "AMNESTY", "international", "International", " ", "  ", "\n", "-", "x",
              "\u212a", "raad", "Raad", "voor", "cultuur", "Cultuur", "'t", "’t", "hooft", "groep", "kennis",
              "instituut", "noord", "IND", "medewerkers", "oost", "bureau", "jeugdzorg", "é"]
    odd = ["ſ", "İ", "ı"]  # letters that fold oddly: then the pattern alone is searched
    for _ in range(1000):
        chosen = pieces + odd if rng.random() < 0.2 else pieces
        text = "".join(rng.choice(chosen) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(0, 60)))
        for form in forms:
            plain = [(m.start(), m.end()) for m in re.finditer(organisations.name_pattern(form), text)]
            assert list(organisations._form_occurrences(text, form)) == plain, (form, text)
