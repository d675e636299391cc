"""Fast paths find exactly what their plain forms find: anchored scans (kg.extract.Anchored) and the
patterns written with the first character ahead of the look-behind (``PLAIN_FORMS``)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.extract import Anchored, anchor_words, events, legal, organisations, persons, references, reports

LETTERS = sorted(Path(__file__).resolve().parent.parent.joinpath("examples", "letters").glob("*.txt"))


def _scans() -> list[tuple[str, Anchored]]:
    return [("reports genre", reports._GENRE_SCAN), ("events specific", events._SPECIFIC_SCAN),
            ("events generic", events._GENERIC_SCAN), ("legal acronym", legal._register_patterns()[1]),
            ("legal name", legal._register_patterns()[0]),
            ("legal EU act", legal._EU_ACT_SCAN), ("legal titled", legal._TITLED_SCAN),
            ("persons caps", persons._MEMBER_CAPS_SCAN), ("persons title", persons._TITLE_SCAN),
            ("persons named title", persons._NAMED_TITLE_SCAN), ("references kamerstuk", references._KAMERSTUK_SCAN),
            ("references handelingen", references._HANDELINGEN_SCAN),
            ("references aanhangsel", references._AANHANGSEL_SCAN), ("references motion", references._MOTION_SCAN),
            ("references questions", references._QUESTIONS_SCAN),
            *((f"organisations {cue.id}", cue.search) for cue in organisations.cue_patterns()
              if isinstance(cue.search, Anchored) and cue.search.word_start),
            *((f"references {cue.id}", cue.scan) for cue in references.reference_cues()[0]
              if cue.scan is not None and any(reach for _, reach in cue.scan.words))]


def _spans(found) -> list[tuple[tuple[int, int], str]]:
    return [(match.span(), match.group(0)) for match in found]


@pytest.mark.parametrize("letter", LETTERS, ids=lambda path: path.stem)
def test_same_matches_as_the_plain_pattern_on_real_letters(letter: Path) -> None:
    text = letter.read_text(encoding="utf-8")
    for name, scan in _scans():
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            assert _spans(scan.finditer(text, start, end)) == _spans(scan.pattern.finditer(text, start, end)), name


_NOISE = ["", " ", "  ", "\n", "-", "‐", "x", "X", "de ", "het ", "van ", "(", ")", ",", ".", "1", "12", "345",
          "ſ", "İ", "ı", "K", "é", "_"]


def _pieces(scan: Anchored) -> list[str]:
    """Words of the pattern itself, in several cases, cut at random: the raw material of near-misses."""
    words = re.findall(r"[A-Za-zÀ-ÿ]{2,}", scan.pattern.pattern)
    out = []
    for word in words:
        out += [word, word.lower(), word.upper(), word.capitalize(), word[: len(word) // 2], word[len(word) // 2:]]
    return out + ["12 345", "Kamerstukken II 2019/20, 35 300 VI, nr. 12", "VAN HET LID PLOUMEN",
                  "de heer Ter Heerdt", "plenaire  debat", "njb-artikel", "position \n paper"]


def test_same_matches_as_the_plain_pattern_on_random_texts() -> None:
    generator = random.Random(8)
    for name, scan in _scans():
        pieces = _pieces(scan)
        for _ in range(300):
            text = "".join(generator.choice(pieces if generator.random() < 0.5 else _NOISE)
                           for _ in range(generator.randint(1, 40)))
            start = generator.randint(0, len(text))
            end = generator.randint(start, len(text))
            assert _spans(scan.finditer(text, start, end)) == _spans(scan.pattern.finditer(text, start, end)), \
                (name, text, start, end)


def test_words_anchor_every_form_and_a_form_without_one_is_refused() -> None:
    assert dict(anchor_words(["rapport", "eindrapport", "njb-artikel", "position paper"],
                             ["rapport", "artikel", "position"])) == {"rapport": 4, "artikel": 4, "position": 0}
    with pytest.raises(ValueError, match="paper"):
        anchor_words(["position paper"], ["paper"])  # the space may be any white space: no fixed reach


def test_a_pattern_that_matches_the_empty_string_is_refused() -> None:
    scan = Anchored(re.compile(r"b*"), re.compile("a"))
    with pytest.raises(ValueError, match="empty string"):
        list(scan.finditer("xa"))


def test_word_start_tries_the_start_of_the_word_around_each_anchor() -> None:
    pattern = re.compile(r"(?<![\w-])(?:vreemdelingenwet|wet op de kansspelen|wet)(?![\w-])", re.IGNORECASE)
    scan = Anchored(pattern, words=(("wet", len("vreemdelingen")),), folded=True, word_start=True)
    text = ("De Vreemdelingenwet, de Wet op de kansspelen, de wet-x, wetten, anti-Wet, de WET; "
            "xvreemdelingenwet, een zeer-lange-samenstellingswet, wet")
    assert _spans(scan.finditer(text)) == _spans(pattern.finditer(text))
    assert [found for _, found in _spans(scan.finditer(text))] == [
        "Vreemdelingenwet", "Wet op de kansspelen", "WET", "wet"]


def test_a_word_start_anchor_anywhere_in_a_long_word() -> None:
    """``WHOLE_WORD``: the word is looked back through however long it is, once for all its anchors."""
    scan = next(cue.search for cue in organisations.cue_patterns() if cue.id == "compound-body")
    assert isinstance(scan, Anchored)
    long_word = "Zeer" + "lange" * 400 + "raad"
    text = f"De {long_word} en de Sportraad, {long_word}-raad en x{long_word}: " + "raad" * 300 + " Raadraad"
    assert _spans(scan.finditer(text)) == _spans(scan.pattern.finditer(text))
    assert [found for _, found in _spans(scan.finditer(text))] == [long_word, "Sportraad", "Raadraad"]


def _fast_patterns() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(name, fast pattern, its plain form) for persons and legal (organisations: tests/test_organisations.py)."""
    return [(f"{module.__name__}.{name}", getattr(module, name), re.compile(plain))
            for module in (persons, legal) for name, plain in module.PLAIN_FORMS.items()]


def test_fast_patterns_match_as_their_plain_forms() -> None:
    generator = random.Random(8)
    texts = [letter.read_text(encoding="utf-8") for letter in LETTERS]
    for name, fast, plain in _fast_patterns():
        assert fast.pattern != plain.pattern
        pieces = [piece for word in re.findall(r"[A-Za-z]{2,}", plain.pattern)
                  for piece in (word, word.lower(), word.capitalize(), word[1:])]
        randomised = ["".join(generator.choice(pieces if generator.random() < 0.5 else _NOISE)
                              for _ in range(generator.randint(1, 30))) for _ in range(3000)]
        assert sum(bool(plain.search(text)) for text in randomised) > 30, name
        for text in texts + randomised:
            assert _spans(fast.finditer(text)) == _spans(plain.finditer(text)), (name, text[:200])
