"""What the probe tests share (tests/test_probes_*.py): score.py's normalising and word overlap, and the
probe sets laid out as ``letters/NN.txt``, ``gold/NN.json`` and ``known.json``."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

from kg.domain.model import Extraction, OrganisationMention
from kg.engine import read_document
from kg.read.ingest import read_letter

STOPWORDS = set("""de het een en van in op te voor met aan door bij dat die dit is zijn
om als of ook niet naar uit over tot wordt worden er zal zich hun haar hij zij ze wij ik
u uw mijn deze dan wel nog al the of and to a in for on""".split())


def norm(text: str | None) -> str:
    """score.py's normalising: no case, accents or punctuation, hyphens inside words kept, no leading article."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"(?<!\w)-|-(?!\w)", " ", text)
    text = re.sub(r"^(de|het|een|the)\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def words(text: str | None) -> set[str]:
    return {word for word in norm(text).replace("-", " ").split() if word not in STOPWORDS}


def dice(left: str | None, right: str | None) -> float:
    """score.py's word overlap (stop words left out)."""
    a, b = words(left), words(right)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


@cache
def read(letter: Path) -> Extraction:
    """The extraction of one letter, read once however many tests look at it."""
    result = read_document(read_letter(letter))
    assert isinstance(result, Extraction)
    return result


class ProbeSet:
    """A probe set: its letters, each letter's extraction (read once), gold and listed known differences."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.letters = sorted((directory / "letters").glob("*.txt"))

    def extraction(self, stem: str) -> Extraction:
        return read(self.directory / "letters" / f"{stem}.txt")

    def gold(self, stem: str) -> dict:
        return json.loads((self.directory / "gold" / f"{stem}.json").read_text(encoding="utf-8"))

    def known(self, stem: str) -> dict:
        return json.loads((self.directory / "known.json").read_text(encoding="utf-8"))["letters"].get(stem, {})

    def assert_known(self, stem: str, kind: str, missed: list[str], extra: list[str]) -> None:
        """What kg misses and finds beyond the gold of ``kind`` is exactly what known.json lists for the letter
        (``missed_<kind>``, ``extra_<kind>``): a listed item found after all fails as well as a regression."""
        listed = self.known(stem)
        assert sorted(missed) == sorted(listed.get(f"missed_{kind}", []))
        assert sorted(extra) == sorted(listed.get(f"extra_{kind}", []))


def found_organisations(result: Extraction) -> list[set[str]]:
    """The names (written forms, canonical name, acronym, aliases) of each organisation found, one set per key."""
    groups: dict[str, set[str]] = {}
    for mention in result.of(OrganisationMention):
        names = groups.setdefault(mention.key, set())
        names |= {norm(n) for n in (mention.name, mention.canonical_name, mention.acronym, *mention.aliases) if n}
    return list(groups.values())


def gold_names(item: dict) -> set[str]:
    return {norm(n) for n in (item.get("name"), item.get("acronym"), *(item.get("aliases") or [])) if n}


def organisation_differences(probes: ProbeSet, stem: str) -> tuple[list[str], list[str]]:
    """(gold organisations not found, organisations found that no gold item names), matched one to one."""
    found = found_organisations(probes.extraction(stem))
    expected = probes.gold(stem)["organisations"]
    # one to one, the pairs that share the gold item's full name first (as score.py pairs the closest first)
    pairs = sorted(((norm(item["name"]) not in group, g, i) for g, item in enumerate(expected)
                    for i, group in enumerate(found) if gold_names(item) & group))
    used: set[int] = set()
    paired: set[int] = set()
    for _, g, i in pairs:
        if g not in paired and i not in used:
            paired.add(g)
            used.add(i)
    missed = [item["name"] for g, item in enumerate(expected) if g not in paired]
    extra = [sorted(group)[0] for i, group in enumerate(found)
             if i not in used and not any(gold_names(item) & group for item in expected)]
    return missed, extra


def rounds(directory: Path, sizes: dict[str, int]) -> tuple[dict[str, ProbeSet], list[tuple[str, Path]]]:
    """The probe sets of a kind's rounds (folders of ``directory`` by name) and every (set name, letter) of
    them, one test case per letter."""
    sets = {name: ProbeSet(directory / name) for name in sizes}
    return sets, [(name, path) for name, probes in sets.items() for path in probes.letters]


def case_ids(cases: list[tuple[str, Path]]) -> list[str]:
    return [f"{name}/{path.stem}" for name, path in cases]


def assert_complete(probes: ProbeSet, size: int) -> None:
    """The set holds ``size`` letters, a gold file for each and no other, and known.json names only its letters."""
    stems = {path.stem for path in probes.letters}
    assert len(probes.letters) == size
    assert stems == {path.stem for path in (probes.directory / "gold").glob("*.json")}
    listed = json.loads((probes.directory / "known.json").read_text(encoding="utf-8"))["letters"]
    assert set(listed) <= stems


def text_pairs(expected: list[str], found: list[str]) -> list[tuple[int, int]]:
    """score.py's matching of texts (report titles, recommendations, commitments): one to one, a Dice of at least
    0.5 over the words, the closest pairs first; (index in ``expected``, index in ``found``) of each pair."""
    scored = sorted(((dice(g, f), i, j) for i, g in enumerate(expected) for j, f in enumerate(found)
                     if dice(g, f) >= 0.5), reverse=True)
    used_expected: set[int] = set()
    used_found: set[int] = set()
    out = []
    for _, i, j in scored:
        if i not in used_expected and j not in used_found:
            used_expected.add(i)
            used_found.add(j)
            out.append((i, j))
    return out


def text_differences(expected: list[str], found: list[str]) -> tuple[list[str], list[str]]:
    """(texts expected but not found, texts found that no expected text pairs with), as ``text_pairs`` pairs them."""
    matched = text_pairs(expected, found)
    paired, used = {i for i, _ in matched}, {j for _, j in matched}
    return ([text for i, text in enumerate(expected) if i not in paired],
            [text for j, text in enumerate(found) if j not in used])
