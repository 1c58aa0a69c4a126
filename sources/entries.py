"""Reading one YAML mapping into a store entry, strictly, with every problem located.

`EntryReader` wraps a `LocatedDict` and offers typed accessors (`text`, `date`,
`choice`, ...). Each accessor records a `Problem` instead of raising, so one
entry reports all its mistakes at once; the caller drops an entry that has any.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from factdesk.base.errors import Problem
from factdesk.base.yaml_safe import LocatedDict, LocatedList
from factdesk.sources.model import (
    Origin,
    Outcome,
    Person,
    Position,
    Precision,
    Role,
    Source,
    SourceType,
    Tally,
    Vote,
)

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
_DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

E = TypeVar("E", bound=Enum)


def type_name(value: Any) -> str:
    """The YAML word for a value's type, for messages a store author understands."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class EntryReader:
    """Typed, located access to one mapping of a store file."""

    def __init__(
        self,
        path: Path,
        mapping: LocatedDict,
        what: str,
        problems: list[Problem],
        references: list[tuple[str, Problem]] | None = None,
    ) -> None:
        self.path = path
        self.mapping = mapping
        self.what = what
        self.problems = problems
        # (source id, where it is cited): checked once the whole store is read
        self.references = references if references is not None else []
        self.failed = False

    @property
    def origin(self) -> Origin:
        return Origin(self.path, self.mapping.position[0])

    def problem(self, key: Any, message: str) -> None:
        line, column = self.mapping.where(key)
        self.problems.append(Problem(self.path, line, column, message))
        self.failed = True

    def problem_at(self, position: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(self.path, position[0], position[1], message))
        self.failed = True

    def only_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.mapping:
            if key not in allowed:
                self.problem(key, f"unknown key {key!r} in {self.what} (allowed: {', '.join(allowed)})")

    def _present(self, key: str, required: bool) -> bool:
        if key in self.mapping and self.mapping[key] is not None:
            return True
        if required:
            self.problem(key, f"{self.what} needs {key!r}")
        return False

    def text(self, key: str, *, required: bool = False) -> str | None:
        if not self._present(key, required):
            return None
        value = self.mapping[key]
        if not isinstance(value, str):
            self.problem(key, f"{key!r} must be text, not {type_name(value)}")
            return None
        if not value.strip():
            if required:
                self.problem(key, f"{key!r} must not be empty")
            return None
        return value.strip()

    def identifier(self, key: str, *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not ID_PATTERN.match(value):
            self.problem(key, f"{key!r} {value!r} must be lower-case letters, digits, '.', '_' or '-'")
            return None
        return value

    def reference(self, key: str) -> str | None:
        """A `source:` id; remembered so dangling ids are reported after the whole store loads."""
        value = self.identifier(key)
        if value is not None:
            line, column = self.mapping.where(key)
            self.references.append((value, Problem(self.path, line, column, f"unknown source {value!r}")))
        return value

    def date(self, key: str, *, required: bool = False, partial: str | None = None) -> dt.date | None:
        """A YYYY-MM-DD date; with `partial` ("first" or "last"), also YYYY-MM or YYYY where only that is
        known, read as the first or last day of that month or year (DESIGN.md's dates of a role's term)."""
        if not self._present(key, required):
            return None
        value = self.mapping[key]
        if isinstance(value, dt.date):
            return value
        if partial is not None:
            known = _partial_date(value, last=partial == "last")
            if known is not None:
                return known
        if isinstance(value, str) and _DATE_PATTERN.match(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                self.problem(key, f"{key!r} {value!r} is not a real date")
                return None
        self.problem(key, f"{key!r} must be a date written YYYY-MM-DD, not {value!r}")
        return None

    def precision(self, key: str) -> Precision:
        """How much of the date under `key` was written: a year, a month or a day."""
        value = self.mapping.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return Precision.YEAR
        if isinstance(value, str) and re.fullmatch(r"\d{4}", value.strip()):
            return Precision.YEAR
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value.strip()):
            return Precision.MONTH
        return Precision.DAY

    def revision(self, key: str) -> str | None:
        """A revision id: a whole number or text."""
        if not self._present(key, False):
            return None
        value = self.mapping[key]
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
        self.problem(key, f"{key!r} must be a revision id (a number or text), not {type_name(value)}")
        return None

    def digest(self, key: str) -> str | None:
        """A sha256 written as 64 hexadecimal digits."""
        value = self.text(key)
        if value is not None and not re.fullmatch(r"[0-9a-f]{64}", value.lower()):
            self.problem(key, f"{key!r} must be a sha256: 64 hexadecimal digits")
            return None
        return value.lower() if value else None

    def choice(self, key: str, kind: type[E], *, required: bool = False) -> E | None:
        text = self.text(key, required=required)
        if text is None:
            return None
        try:
            return kind(text)
        except ValueError:
            allowed = " | ".join(member.value for member in kind)
            self.problem(key, f"{key!r} must be one of {allowed}, not {text!r}")
            return None

    def count(self, key: str) -> int | None:
        if not self._present(key, False):
            return None
        value = self.mapping[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.problem(key, f"{key!r} must be a whole number of votes, not {value!r}")
            return None
        return int(value)

    def text_list(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        if not self._present(key, required):
            return ()
        value = self.mapping[key]
        if not isinstance(value, LocatedList):
            self.problem(key, f"{key!r} must be a list of text, not {type_name(value)}")
            return ()
        texts: list[str] = []
        for index, item in enumerate(value):
            if not isinstance(item, str):
                self.problem_at(value.where(index), f"each of {key!r} must be text, not {type_name(item)}")
            elif item.strip():
                texts.append(item.strip())
        if required and not texts and not self.failed:
            self.problem(key, f"{key!r} must list at least one entry")
        return tuple(texts)

    def mapping_at(self, key: str) -> LocatedDict | None:
        if not self._present(key, False):
            return None
        value = self.mapping[key]
        if not isinstance(value, LocatedDict):
            self.problem(key, f"{key!r} must be a mapping, not {type_name(value)}")
            return None
        return value

    def child(self, value: Any, position: tuple[int, int], what: str) -> EntryReader | None:
        if not isinstance(value, LocatedDict):
            self.problem_at(position, f"each {what} must be a mapping, not {type_name(value)}")
            return None
        return EntryReader(self.path, value, what, self.problems, self.references)


SOURCE_KEYS = ("id", "title", "publisher", "url", "date", "type", "retrieved", "revision", "sha256", "excerpts")
PERSON_KEYS = ("name", "disambiguation", "aliases", "roles")
ROLE_KEYS = ("title", "org", "from", "until", "source")
VOTE_KEYS = ("id", "body", "date", "measure", "outcome", "tally", "positions", "source")
TALLY_KEYS = ("for", "against", "abstain")


def read_source(entry: EntryReader) -> Source | None:
    entry.only_keys(SOURCE_KEYS)
    source_id = entry.identifier("id", required=True)
    title = entry.text("title", required=True)
    publisher = entry.text("publisher", required=True)
    url = entry.text("url")
    partly = _written_partly(entry.mapping.get("date"))  # "2005-09": a monthly's issue, a year's report
    date = None if partly else entry.date("date")
    source_type = entry.choice("type", SourceType)
    retrieved = entry.date("retrieved")
    revision = entry.revision("revision")
    digest = entry.digest("sha256")
    excerpts = entry.text_list("excerpts")
    if entry.failed or source_id is None or title is None or publisher is None:
        return None
    return Source(
        source_id, title, publisher, excerpts, entry.origin, url, date, source_type, retrieved, revision, digest, partly
    )


def read_role(entry: EntryReader) -> Role | None:
    entry.only_keys(ROLE_KEYS)
    title = entry.text("title", required=True)
    org = entry.text("org")
    start = entry.date("from", partial="first")
    end = entry.date("until", partial="last")
    source = entry.reference("source")
    if start and end and end < start:
        entry.problem("until", f"'until' {end} is before 'from' {start}")
    if entry.failed or title is None:
        return None
    return Role(title, org, start, end, source, entry.precision("from"), entry.precision("until"))


def read_person(entry: EntryReader) -> Person | None:
    entry.only_keys(PERSON_KEYS)
    name = entry.text("name", required=True)
    disambiguation = entry.text("disambiguation")
    aliases = entry.text_list("aliases")
    roles: list[Role] = []
    if entry._present("roles", False):
        raw_roles = entry.mapping["roles"]
        if not isinstance(raw_roles, LocatedList):
            entry.problem("roles", f"'roles' must be a list, not {type_name(raw_roles)}")
        else:
            for index, raw in enumerate(raw_roles):
                role_entry = entry.child(raw, raw_roles.where(index), "role")
                role = read_role(role_entry) if role_entry else None
                if role_entry and role_entry.failed:
                    entry.failed = True
                if role:
                    roles.append(role)
    if entry.failed or name is None:
        return None
    return Person(name, entry.origin, aliases, tuple(roles), disambiguation)


def read_vote(entry: EntryReader) -> Vote | None:
    entry.only_keys(VOTE_KEYS)
    vote_id = entry.identifier("id", required=True)
    body = entry.text("body", required=True)
    date = entry.date("date", required=True, partial="first")
    measure = entry.text("measure", required=True)
    outcome = entry.choice("outcome", Outcome, required=True)
    source = entry.reference("source")
    tally = None
    raw_tally = entry.mapping_at("tally")
    if raw_tally is not None:
        tally_entry = EntryReader(entry.path, raw_tally, "tally", entry.problems, entry.references)
        tally_entry.only_keys(TALLY_KEYS)
        tally = Tally(tally_entry.count("for"), tally_entry.count("against"), tally_entry.count("abstain"))
        entry.failed |= tally_entry.failed
    positions: list[tuple[str, Position]] = []
    raw_positions = entry.mapping_at("positions")
    if raw_positions is not None:
        allowed = " | ".join(p.value for p in Position)
        for actor, stance in raw_positions.items():
            where = raw_positions.where(actor)
            if not isinstance(actor, str) or not isinstance(stance, str):
                entry.problem_at(where, "each position must be 'actor: for|against|abstain|veto|absent'")
                continue
            try:
                positions.append((actor, Position(stance)))
            except ValueError:
                entry.problem_at(where, f"position of {actor!r} must be one of {allowed}, not {stance!r}")
    if entry.failed or None in (vote_id, body, date, measure, outcome):
        return None
    precision = entry.precision("date")  # "2019-07": a vote whose day is not public is dated by its month
    return Vote(vote_id, body, date, measure, outcome, entry.origin, tally, tuple(positions), source, precision)  # type: ignore[arg-type]


def _written_partly(value: object) -> str | None:
    """ "2005-09" or 2013 as a source's date: only the month or the year known, as written; None otherwise."""
    if _partial_date(value, last=False) is None or isinstance(value, dt.date):
        return None
    return str(value).strip()


def _partial_date(value: object, *, last: bool) -> dt.date | None:
    """2018 -> 2018-01-01 (or -12-31); "2018-07" -> 2018-07-01 (or -31); None if it is neither."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return dt.date(value, 12, 31) if last else dt.date(value, 1, 1)
    if isinstance(value, str):
        match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", value.strip())
        if match:
            year = int(match[1])
            if match[2] is None:
                return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
            month = int(match[2])
            if 1 <= month <= 12 and year >= 1:
                if not last:
                    return dt.date(year, month, 1)
                following = dt.date(year + (month == 12), month % 12 + 1, 1) if year < 9999 or month < 12 else None
                return (following - dt.timedelta(days=1)) if following else dt.date(9999, 12, 31)
    return None
