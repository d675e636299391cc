"""Rules as data: reading the cue lists and registers in kg/data/ with errors a person can act on.

A domain expert extends kg by editing a JSON file in ``kg/data/``, not Python. Each rule file
holds a list of entries; an entry has an ``id``, usually a ``pattern`` (a case-insensitive
regular expression unless the file says otherwise), its ``examples`` (texts it must fire on)
and its ``not`` (near misses it must not fire on). ``tests/test_rule_files.py`` checks every
example and near miss of every file, so an entry added to a file is tested without writing a
test.

A broken file or entry is an :class:`DataFileError` naming the file and the entry, e.g.
``kg/data/report_cues.json: entry 'monitor': pattern does not compile (missing ), ...)``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .resources import data_file

# letters that IGNORECASE matches to an ASCII letter but str.lower() does not turn into it (İ ı ſ);
# İ also lower-cases to two characters, which would shift every offset after it
ODD_FOLDS = "\u0130\u0131\u017f"


def folds_oddly(text: str) -> bool:
    """Does ``text`` hold a letter of ``ODD_FOLDS``, so that a case-insensitive pattern cannot be
    prefiltered on ``text.lower()``? (Three substring tests: a regex class scan of a letter's text
    costs some fifty times more, and the scans of a letter ask this of it again and again.)"""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text


class DataFileError(InputError):
    """A rule file or register in kg/data/ that cannot be used as it is."""

    def __init__(self, path: Path | str, problem: str, entry: str | None = None):
        self.path = Path(path)
        self.problem = problem
        self.entry = entry
        where = f"{path}: entry {entry!r}" if entry else str(path)
        super().__init__(f"{where}: {problem}")

    def __reduce__(self):  # raised in a worker process, it reaches the parent whole
        return DataFileError, (str(self.path), self.problem, self.entry)


@cache
def load(name: str) -> dict[str, Any]:
    """The JSON object of ``kg/data/NAME`` (read once)."""
    path = data_file(name)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataFileError(path, f"cannot be read ({exc.strerror or exc}); reinstall kg") from None
    except ValueError as exc:
        raise DataFileError(path, f"is not valid JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise DataFileError(path, "must hold a JSON object at the top")
    return raw


def value(name: str, key: str, kind: type | tuple[type, ...] = (list, dict, str)) -> Any:
    """The value under ``key`` in ``kg/data/NAME``; a missing or mistyped one is a DataFileError."""
    found = load(name).get(key)
    if found is None or not isinstance(found, kind):
        wanted = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise DataFileError(data_file(name), f"needs a {wanted} under {key!r}")
    return found


def entries(name: str, key: str, required: tuple[str, ...] = ("id",)) -> Iterator[dict[str, Any]]:
    """The entries under ``key`` in ``kg/data/NAME``, each checked for its required fields."""
    path = data_file(name)
    rows = load(name).get(key)
    if not isinstance(rows, list):
        raise DataFileError(path, f"needs a list under {key!r}")
    seen: set[str] = set()
    for number, row in enumerate(rows, 1):
        label = str(row.get("id", f"#{number}")) if isinstance(row, dict) else f"#{number}"
        if not isinstance(row, dict):
            raise DataFileError(path, "is not a JSON object", label)
        missing = [field for field in required if row.get(field) in (None, "")]
        if missing:
            raise DataFileError(path, f"lacks {', '.join(missing)}", label)
        if "id" in row:
            if row["id"] in seen:
                raise DataFileError(path, "has the id of an earlier entry", label)
            seen.add(row["id"])
        yield row


def compile_pattern(name: str, entry: str, pattern: Any, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``pattern`` of an entry, compiled; a bad one is a DataFileError naming the entry."""
    if not isinstance(pattern, str) or not pattern:
        raise DataFileError(data_file(name), "needs a pattern (a non-empty string)", entry)
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise DataFileError(data_file(name), f"pattern does not compile ({exc})", entry) from None


def choice(name: str, entry: str, field: str, value: Any, allowed: tuple[str, ...]) -> str:
    """``value`` when it is one of ``allowed``; else a DataFileError naming the entry."""
    if value not in allowed:
        raise DataFileError(data_file(name), f"{field} {value!r} is not one of {', '.join(allowed)}", entry)
    return value


@dataclass(frozen=True)
class Cue:
    """One pattern entry of a cue list: what it matches, and the texts it is tested on."""

    id: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]
    near_misses: tuple[str, ...]
    fields: dict[str, Any]  # the entry's other fields (kind, weight, note, ...)

    def fires(self, text: str) -> bool:
        return self.pattern.search(text) is not None


def cues(name: str, key: str = "cues", flags: int = re.IGNORECASE) -> tuple[Cue, ...]:
    """The pattern entries under ``key`` in ``kg/data/NAME``, compiled."""
    result = []
    for row in entries(name, key, ("id", "pattern")):
        result.append(Cue(id=row["id"], pattern=compile_pattern(name, row["id"], row["pattern"], flags),
                          examples=tuple(row.get("examples") or ()), near_misses=tuple(row.get("not") or ()),
                          fields={k: v for k, v in row.items()
                                  if k not in ("id", "pattern", "examples", "not")}))
    return tuple(result)
