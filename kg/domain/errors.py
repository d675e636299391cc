"""The error tree and the exit codes of the command line.

    KgError                      exit 4: a bug, or something we did not foresee
    ├── UsageError               exit 2: wrong options or arguments
    ├── InputError               exit 3: input the user can fix (a bad file, a bad graph)
    │   ├── UnreadableLetter     a letter file that cannot be read (empty, binary, no text layer)
    │   └── GraphFileError       an RDF file that does not parse (with its line number)
    └── RemoteError              exit 3: a SPARQL endpoint that refuses, times out or is away

A graph that does not conform to the shapes is not an error: the commands exit 1 after the report.

Every message names the file or thing and says what to do next.
"""
from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_DOES_NOT_CONFORM = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_BUG = 4


class KgError(Exception):
    """Root of every error kg raises on purpose."""

    exit_code = EXIT_BUG


class UsageError(KgError):
    exit_code = EXIT_USAGE


class InputError(KgError):
    exit_code = EXIT_INPUT


class UnreadableLetter(InputError):
    """A letter file that cannot be turned into text."""

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class GraphFileError(InputError):
    """An RDF file that cannot be read."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None):
        self.path = Path(path)
        self.line = line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


class RemoteError(KgError):
    """A SPARQL endpoint or graph store that failed us."""

    exit_code = EXIT_INPUT

