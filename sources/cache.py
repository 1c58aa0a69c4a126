"""A per-file cache of validated store entries, so an unchanged store loads without parsing YAML.

Each store file's result is kept as JSON under `$FACTDESK_CACHE_DIR` (default:
the user cache folder platformdirs gives, e.g. ~/.cache/factdesk/store), keyed by
the file's absolute path and checked against its size, mtime (ns), ctime (ns) and
inode on every load: an edited file is re-read, never served stale, even when the
edit kept the size and put the modification time back (the kernel's ctime cannot
be set). Every entry also carries the factdesk version and a digest of the code
that validates store files: a new version, or a new validation rule, reads every
file again, so no new problem stays hidden on an unchanged file. JSON, not pickle:
a cache file is data, never code. A cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from factdesk.base.errors import Problem
from factdesk.base.files import write_atomically
from factdesk.base.folders import store_cache_folder
from factdesk.sources.model import (
    FileResult,
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

Stamp = list[int]


@functools.cache
def cache_key() -> str:
    """The factdesk version and a digest of the code that reads and validates store files."""
    try:
        version = metadata.version("factdesk")
    except metadata.PackageNotFoundError:
        version = "unknown"
    digest = hashlib.sha256()
    for folder in (Path(__file__).parent, Path(__file__).parent.parent / "base"):
        for module in sorted(folder.glob("*.py")):
            digest.update(module.name.encode("utf-8") + b"\0" + module.read_bytes())
    return f"{version}+{digest.hexdigest()[:16]}"


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _problem(data: list[Any]) -> Problem:
    return Problem(Path(data[0]), data[1], data[2], data[3])


class StoreCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @classmethod
    def default(cls) -> StoreCache | None:
        if os.environ.get("FACTDESK_NO_CACHE"):
            return None
        return cls(store_cache_folder())

    def _entry_path(self, path: Path) -> Path:
        digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{digest}.json"

    @staticmethod
    def stamp(path: Path) -> Stamp | None:
        """What the file looks like on disk (size, mtime, ctime, inode), taken before it is read."""
        try:
            stat = path.stat()
        except OSError:
            return None
        return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]

    def get(self, path: Path) -> FileResult | None:
        stamp = self.stamp(path)
        if stamp is None:
            return None
        try:
            data = json.loads(self._entry_path(path).read_bytes())
            if data["key"] != cache_key() or data["stamp"] != stamp or data["path"] != str(path):
                return None
            return _decode(data, path)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def read_through(self, path: Path, read: Callable[[Path], FileResult]) -> FileResult:
        """`read(path)`, cached under the file's stamp taken before reading: an edit made meanwhile is not hidden."""
        stamp = self.stamp(path)
        result = read(path)
        self.put(path, stamp, result)
        return result

    def put(self, path: Path, stamp: Stamp | None, result: FileResult) -> None:
        """Keep `result` for `path` as it was when `stamp` was taken (nothing is kept without a stamp)."""
        if stamp is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            payload = _encode(result, path, stamp)
            write_atomically(self._entry_path(path), json.dumps(payload, ensure_ascii=False).encode("utf-8"))
        except Exception:  # a cache that cannot be written is only slower
            pass


def _encode(result: FileResult, path: Path, stamp: Stamp) -> dict[str, Any]:
    def problem(p: Problem) -> list[Any]:
        return [str(p.path), p.line, p.column, p.message]

    return {
        "key": cache_key(),
        "path": str(path),
        "stamp": stamp,
        "sources": [
            [
                s.id,
                s.title,
                s.publisher,
                list(s.excerpts),
                s.origin.line,
                s.url,
                _iso(s.date),
                s.type.value if s.type else None,
                _iso(s.retrieved),
                s.revision,
                s.sha256,
                s.date_written,
            ]
            for s in result.sources
        ],
        "people": [
            [
                p.name,
                p.origin.line,
                list(p.aliases),
                [
                    [r.title, r.org, _iso(r.start), _iso(r.end), r.source, r.start_precision, r.end_precision]
                    for r in p.roles
                ],
                p.disambiguation,
            ]
            for p in result.people
        ],
        "votes": [
            [
                v.id,
                v.body,
                _iso(v.date),
                v.measure,
                v.outcome.value,
                v.origin.line,
                [v.tally.votes_for, v.tally.against, v.tally.abstain] if v.tally else None,
                [[actor, position.value] for actor, position in v.positions],
                v.source,
                v.precision.value,
            ]
            for v in result.votes
        ],
        "problems": [problem(p) for p in result.problems],
        "references": [[source_id, problem(p)] for source_id, p in result.references],
        "id_positions": {key: list(value) for key, value in result.id_positions.items()},
    }


def _decode(data: dict[str, Any], path: Path) -> FileResult:
    result = FileResult()
    result.sources = [
        Source(
            i,
            title,
            publisher,
            tuple(excerpts),
            Origin(path, line),
            url,
            _day(date),
            SourceType(kind) if kind else None,
            _day(retrieved),
            revision,
            digest,
            written,
        )
        for i, title, publisher, excerpts, line, url, date, kind, retrieved, revision, digest, written in data[
            "sources"
        ]
    ]
    result.people = [
        Person(
            name,
            Origin(path, line),
            tuple(aliases),
            tuple(
                Role(title, org, _day(start), _day(end), source, Precision(since), Precision(until))
                for title, org, start, end, source, since, until in roles
            ),
            disambiguation,
        )
        for name, line, aliases, roles, disambiguation in data["people"]
    ]
    result.votes = [
        Vote(
            i,
            body,
            dt.date.fromisoformat(date),
            measure,
            Outcome(outcome),
            Origin(path, line),
            Tally(*tally) if tally else None,
            tuple((actor, Position(position)) for actor, position in positions),
            source,
            Precision(precision),
        )
        for i, body, date, measure, outcome, line, tally, positions, source, precision in data["votes"]
    ]
    result.problems = [_problem(p) for p in data["problems"]]
    result.references = [(source_id, _problem(p)) for source_id, p in data["references"]]
    result.id_positions = {key: (value[0], value[1]) for key, value in data["id_positions"].items()}
    return result
