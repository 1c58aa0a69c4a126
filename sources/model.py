"""The reference store's entries as small immutable values.

Every entry remembers where it was written (`path`, `line`) so that evidence,
errors and the app can point the reviewer back to the YAML file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from factdesk.base.errors import Problem


class SourceType(str, Enum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    REFERENCE = "reference"


class Precision(str, Enum):
    """How much of a date the store knows: a partial date (YYYY, YYYY-MM) is the range of days it covers."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def written_date(day: dt.date, precision: Precision) -> str:
    """A date as the store writes it at its precision: 2009, 2009-03 or 2009-03-31."""
    if precision is Precision.YEAR:
        return f"{day.year:04d}"
    if precision is Precision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def date_range(day: dt.date, precision: Precision) -> tuple[dt.date, dt.date]:
    """The first and last day a (possibly partial) date can be."""
    if precision is Precision.YEAR:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if precision is Precision.MONTH:
        following = dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)
        return dt.date(day.year, day.month, 1), following - dt.timedelta(days=1)
    return day, day


class Outcome(str, Enum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    VETOED = "vetoed"
    WITHDRAWN = "withdrawn"


class Position(str, Enum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    VETO = "veto"
    ABSENT = "absent"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an entry was written: the YAML file and the 1-based line of its first key."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Source:
    """A document a claim can be checked against; its excerpts are what is searched."""

    id: str
    title: str
    publisher: str
    excerpts: tuple[str, ...]
    origin: Origin
    url: str | None = None
    date: dt.date | None = None
    type: SourceType | None = None
    retrieved: dt.date | None = None  # when the page or item was read (imported sources)
    revision: str | None = None  # the revision read, where the source has them (a Wikidata item's lastrevid)
    sha256: str | None = None  # of the text the excerpts were taken from, to show later that it changed
    # "2005-09", "2013": a date of which only the month or year is known, as written; `date` is then None, the
    # day unknown (nothing is checked against a day the store does not give)
    date_written: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A title a person held, optionally bounded in time; open ends mean 'unknown' or 'still'.

    A partial bound (2009, 2009-03) is kept as its widest reading, `start` the first
    day it can be and `end` the last, with its precision: `surely_from` and
    `surely_until` are the narrowest, the days the office was certainly held.
    """

    title: str
    org: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str | None = None
    start_precision: Precision = Precision.DAY
    end_precision: Precision = Precision.DAY

    @property
    def surely_from(self) -> dt.date | None:
        return None if self.start is None else date_range(self.start, self.start_precision)[1]

    @property
    def surely_until(self) -> dt.date | None:
        return None if self.end is None else date_range(self.end, self.end_precision)[0]

    @property
    def start_text(self) -> str | None:
        return None if self.start is None else written_date(self.start, self.start_precision)

    @property
    def end_text(self) -> str | None:
        return None if self.end is None else written_date(self.end, self.end_precision)

    def held_on(self, day: dt.date) -> bool:
        """True if the register says this role was held on `day` (open bounds count as held)."""
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)

    def describe(self) -> str:
        org = f", {self.org}" if self.org else ""
        start = self.start_text or "?"
        end = self.end_text or "present"
        return f"{self.title}{org} ({start} – {end})"


@dataclass(frozen=True, slots=True)
class Person:
    """A register entry: the correct spelling of a name, accepted aliases and roles over time."""

    name: str
    origin: Origin
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    disambiguation: str | None = None  # what tells namesakes apart ("the Israeli general", "the US senator")

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Tally:
    votes_for: int | None = None
    against: int | None = None
    abstain: int | None = None

    def describe(self) -> str:
        parts = [f"{self.votes_for}-{self.against}"]
        if self.abstain:
            parts.append(f"{self.abstain} abstaining")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Vote:
    """A structured record of a vote or decision: who decided what, and how each actor voted."""

    id: str
    body: str
    date: dt.date
    measure: str
    outcome: Outcome
    origin: Origin
    tally: Tally | None = None
    positions: tuple[tuple[str, Position], ...] = ()
    source: str | None = None
    # a vote the store dates by its month or year only ("2019-07") has `date` the first day of it
    precision: Precision = Precision.DAY

    @property
    def day_known(self) -> bool:
        return self.precision is Precision.DAY

    @property
    def date_written(self) -> str:
        """The date as the store writes it: 2019-07-24, or 2019-07 where only the month is known."""
        return written_date(self.date, self.precision)

    def days_from(self, day: dt.date) -> int:
        """How many days lie between `day` and the vote: 0 within a month or year the store gives for it."""
        first, last = date_range(self.date, self.precision)
        return (first - day).days if day < first else (day - last).days if day > last else 0

    def position_of(self, actor: str) -> Position | None:
        wanted = actor.casefold()
        for name, position in self.positions:
            if name.casefold() == wanted:
                return position
        return None


@dataclass(slots=True)
class Store:
    """Everything that loaded cleanly from a store directory, plus what did not."""

    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    votes: dict[str, Vote] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    # What each file looked like on disk (size, times, inode) when it was read: what changed since is told by it.
    stamps: dict[Path, list[int] | None] = field(default_factory=dict)

    @property
    def entry_count(self) -> int:
        return len(self.sources) + len(self.people) + len(self.votes)


@dataclass
class FileResult:
    """What one YAML file contributes: its valid entries, its problems, the source ids it cites."""

    sources: list[Source] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    references: list[tuple[str, Problem]] = field(default_factory=list)
    # (line, column) of each id, for duplicate reports
    id_positions: dict[str, tuple[int, int]] = field(default_factory=dict)
