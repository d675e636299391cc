"""Scale the sample letters to N distinct letters for benchmarks.

Letter i is sample letter ``i mod len(samples)`` with what makes a letter itself changed:
every Dutch date is moved by one offset of days, kenmerken and numbers are renumbered from
i (so every letter gets its own identifier and sha256), persons named after an honorific
('de heer', 'mevrouw', 'het lid') or in a signature line get another family name and
initials, acronyms in parentheses ('(IND)') of non-party organisations become other acronyms,
and quoted titles of reports and articles become other titles. Replacements are drawn from
pools that grow with N, log-uniformly, so a few entities recur often and most are rare, as in
a real corpus: the number of distinct entities keeps growing with N.

    python benchmarks/generate.py --n 1000 --out /tmp/kg-bench/letters-1000

The output is the same for the same N and seed.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "examples" / "letters"

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
LONG_NUMBER = re.compile(r"\b\d{6,}\b")
PARLIAMENT_NUMBER = re.compile(r"\b(\d{4})Z(\d{5})\b")
ISSUE_NUMBER = re.compile(r"\bNr\. (\d+)\b")
HONORIFIC_NAME = re.compile(r"\b(?:mevrouw|de heer|het lid|het Kamerlid|Kamerlid)\s+([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)\b")
SIGNATURE_LINE = re.compile(r"^((?:[A-Z]\.[ \t]?){1,3})[ \t]*([A-Z][a-z]{3,})[ \t]*$", re.MULTILINE)
ACRONYM = re.compile(r"\(([A-Za-z]{2,6})\)")
QUOTED_TITLE = re.compile(r"""(['"\u2018\u201c])([A-Z][^'"\u2018\u2019\u201c\u201d\n]{8,90})(['"\u2019\u201d])""")
PARTIES = {"VVD", "SP", "CDA", "D66", "PVV", "GL", "PvdA", "CU", "SGP", "PvdD", "DENK", "JA21", "FvD",
           "BBB", "NSC", "Volt", "GLPvdA"}

STEMS = ("Berg", "Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters",
         "Hendriks", "Dekker", "Brouwer", "Dijkstra", "Kok", "Wit", "Graaf", "Leeuwen", "Boer", "Linden",
         "Veen", "Hoek", "Kramer", "Schouten", "Wouters", "Post", "Vermeulen", "Willems", "Huisman",
         "Kuiper", "Groot", "Maas", "Verbeek", "Koster", "Prins", "Blom", "Jonker", "Haan", "Timmermans")
TAILS = ("", "s", "man", "ink", "huis", "stra", "veld", "ma", "ens", "hof")
INITIALS = "ABCDEFGHIJKLMNPRSTW"
TITLE_WORDS = ("Grip", "op", "de", "keten", "Lessen", "uit", "het", "verleden", "Een", "nieuwe", "koers",
               "Veilig", "thuis", "Recht", "doen", "aan", "ieder", "geval", "Zicht", "toezicht", "Samen",
               "sterker", "Werk", "in", "uitvoering", "Tussen", "regel", "praktijk", "Vertrouwen", "herstellen",
               "Naar", "menselijke", "maat", "Onder", "druk", "Op", "weg", "naar", "beter", "beleid")


def pool_index(rng: random.Random, size: int) -> int:
    """An index in [0, size) drawn log-uniformly: low indexes often, high ones rarely."""
    return min(size - 1, int(size ** rng.random()) - 1)


def surname(k: int) -> str:
    stem = STEMS[k % len(STEMS)]
    tail = TAILS[(k // len(STEMS)) % len(TAILS)]
    rest = k // (len(STEMS) * len(TAILS))
    name = stem + tail
    return name if rest == 0 else f"{name}-{STEMS[(rest - 1) % len(STEMS)]}"


def initials(k: int) -> str:
    return f"{INITIALS[k % len(INITIALS)]}." + (f"{INITIALS[(k // 7) % len(INITIALS)]}." if k % 3 == 0 else "")


def acronym(k: int) -> str:
    letters = "ABCDEFGHKLMNOPRSTVW"
    out = ""
    k += len(letters) ** 2  # at least three letters
    while k:
        k, digit = divmod(k, len(letters))
        out = letters[digit] + out
    return out


def title(k: int, words: int) -> str:
    rng = random.Random(k)
    chosen = [TITLE_WORDS[rng.randrange(len(TITLE_WORDS))] for _ in range(words)]
    return " ".join(chosen).capitalize() + f" {2000 + k % 25}"


class Variation:
    """The replacements for one generated letter."""

    def __init__(self, index: int, corpus_size: int, seed: int):
        self.index = index
        self.rng = random.Random(seed * 1_000_003 + index)
        self.pool = max(40, corpus_size // 3)
        self.day_shift = timedelta(days=self.rng.randrange(-4000, 1500))
        self.names: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.numbers: dict[str, str] = {}

    def date(self, match: re.Match[str]) -> str:
        try:
            day = date(int(match[3]), MONTHS.index(match[2]) + 1, int(match[1]))
        except ValueError:
            return match[0]
        moved = day + self.day_shift
        return f"{moved.day} {MONTHS[moved.month - 1]} {moved.year}"

    def number(self, match: re.Match[str]) -> str:
        digits = match[0]
        if digits not in self.numbers:
            salt = len(self.numbers) * 7919
            self.numbers[digits] = str((self.index * 104_729 + salt + 10 ** (len(digits) - 1)) % 10 ** len(digits)).zfill(len(digits))
        return self.numbers[digits]

    def name(self, original: str) -> str:
        if original not in self.names:
            self.names[original] = surname(pool_index(self.rng, self.pool))
        return self.names[original]

    def acronym(self, original: str) -> str | None:
        if original in PARTIES or sum(c.isupper() for c in original) < 2:
            return None
        if original not in self.acronyms:
            self.acronyms[original] = original if self.rng.random() < 0.4 else acronym(pool_index(self.rng, self.pool))
        return self.acronyms[original]

    def title(self, original: str) -> str:
        if original not in self.titles:
            keep = self.rng.random() < 0.3
            self.titles[original] = original if keep else title(pool_index(self.rng, self.pool * 2),
                                                                max(2, min(8, len(original.split()))))
        return self.titles[original]


def vary(text: str, variation: Variation) -> str:
    """One template letter made into generated letter ``variation.index``."""
    text = DATE.sub(variation.date, text)
    text = PARLIAMENT_NUMBER.sub(lambda m: f"{m[1]}Z{(int(m[2]) + variation.index * 37) % 100000:05d}", text)
    text = LONG_NUMBER.sub(variation.number, text)
    text = ISSUE_NUMBER.sub(lambda m: f"Nr. {1000 + variation.index}", text)
    for match in list(HONORIFIC_NAME.finditer(text)):
        variation.name(match[1])
    for match in list(SIGNATURE_LINE.finditer(text)):
        variation.name(match[2])
    for original, new in variation.names.items():
        text = re.sub(rf"\b{re.escape(original)}\b", new, text)
    text = SIGNATURE_LINE.sub(lambda m: f"{initials(variation.index % 97)} {m[2]}", text)
    for match in list(ACRONYM.finditer(text)):
        variation.acronym(match[1])
    for original, new in variation.acronyms.items():
        if new != original:
            text = re.sub(rf"(?<![\w-]){re.escape(original)}(?![\w])", new, text)
    return QUOTED_TITLE.sub(lambda m: m[1] + variation.title(m[2]) + m[3], text)


def templates(folder: Path = SAMPLES) -> list[tuple[str, str]]:
    """(suffix, text) of every sample letter, in name order."""
    paths = sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md"})
    if not paths:
        raise SystemExit(f"generate: {folder}: no .txt or .md letters to scale")
    return [(p.suffix, p.read_text(encoding="utf-8")) for p in paths]


def generate(n: int, out: Path, *, seed: int = 0, folder: Path = SAMPLES) -> list[Path]:
    """Write N generated letters into ``out`` (made if missing); returns their paths."""
    sources = templates(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(n):
        suffix, text = sources[index % len(sources)]
        path = out / f"letter-{index:06d}{suffix}"
        path.write_text(vary(text, Variation(index, n, seed)), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="how many letters (default 200)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--templates", type=Path, default=SAMPLES, help="folder of letters to scale")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    paths = generate(args.n, args.out, seed=args.seed, folder=args.templates)
    print(f"wrote {len(paths)} letters to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
