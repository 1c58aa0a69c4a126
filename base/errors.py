"""One exception family for everything a user can get wrong, each with a location.

The CLI catches `FactdeskError` once at the top, prints `str(error)` and exits 2,
so every message must read well on its own: file, line, column, what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a user's file, with a 1-based line and column (0 = unknown)."""

    path: Path
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{self.path}: {self.message}"


class FactdeskError(Exception):
    """Base of every error that is the input's fault rather than a bug."""

    def __init__(self, path: Path | str, message: str, line: int = 0, column: int = 0) -> None:
        self.problem = Problem(Path(path), line, column, message)
        super().__init__(str(self.problem))


class StoreError(FactdeskError):
    """The reference store could not be read at all (e.g. the directory is missing)."""
