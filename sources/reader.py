"""Read and validate one store file on its own: its entries, its problems, the source ids it cites.

Entries are validated as the parser reaches them and their YAML is dropped at
once, so a file of any size is read in memory bounded by its entries. Checks
across files (duplicate ids, dangling `source:`, duplicate people) are made by
`sources.store` on the merged result.
"""

from __future__ import annotations

import stat
from pathlib import Path

from factdesk.base.errors import Problem
from factdesk.base.yaml_safe import EntrySink, LocatedDict, LocatedList, YamlProblem, decode_yaml_bytes, load_yaml_text
from factdesk.sources.entries import EntryReader, read_person, read_source, read_vote, type_name
from factdesk.sources.model import FileResult

TOP_LEVEL_KEYS = ("sources", "people", "votes")
MAX_FILE_BYTES = 64 * 1024 * 1024
_SINGULAR = {"sources": "source", "people": "person", "votes": "vote"}


def read_file(path: Path) -> FileResult:
    """Validate one store file on its own (no cross-file checks).

    Entries before a YAML syntax error still load; the error is reported at its line.
    """
    result = FileResult()
    top = EntryReader(path, LocatedDict(), "a store file", result.problems, result.references)

    def take(key: object, raw: object, position: tuple[int, int]) -> None:
        spoiled = getattr(raw, "problem", None)
        if spoiled is not None and isinstance(key, str) and key in TOP_LEVEL_KEYS:
            message, (line, column) = spoiled
            result.problems.append(Problem(path, line, column, f"{message}; this {_SINGULAR[key]} is skipped"))
            return
        if isinstance(key, str) and key in TOP_LEVEL_KEYS:
            entry = top.child(raw, position, _SINGULAR[key])
            if entry is not None:
                _add_entry(key, entry, result)

    document = _read_document(path, result.problems, take)
    if document is not None and not isinstance(document, LocatedDict):
        result.problems.append(
            Problem(path, 1, 1, f"a store file must be a mapping with sources/people/votes, not {type_name(document)}")
        )
    elif document is not None:
        top.mapping = document
        top.only_keys(TOP_LEVEL_KEYS)
        for key in TOP_LEVEL_KEYS:
            entries = document.get(key)
            if entries is not None and not isinstance(entries, LocatedList):
                top.problem(key, f"{key!r} must be a list, not {type_name(entries)}")
    result.problems.sort(key=lambda problem: (problem.line, problem.column))  # in the order of the file
    return result


def _read_document(path: Path, problems: list[Problem], sink: EntrySink) -> object:
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            problems.append(Problem(path, 0, 0, "not a regular file (a FIFO, device or socket); skipped"))
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(path, 0, 0, f"file is {size // 2**20} MiB; the limit is 64 MiB"))
            return None
        data = path.read_bytes()
    except OSError as error:
        problems.append(Problem(path, 0, 0, f"cannot read: {error.strerror or error}"))
        return None
    try:
        return load_yaml_text(decode_yaml_bytes(data), sink)
    except YamlProblem as error:
        problems.append(Problem(path, error.line, error.column, error.message))
        return None


def _add_entry(key: str, entry: EntryReader, result: FileResult) -> None:
    if key == "sources":
        source = read_source(entry)
        if source is not None:
            result.id_positions[source.id] = entry.mapping.where("id")
            result.sources.append(source)
    elif key == "people":
        person = read_person(entry)
        if person is not None:
            result.people.append(person)
    else:
        vote = read_vote(entry)
        if vote is not None:
            result.id_positions[vote.id] = entry.mapping.where("id")
            result.votes.append(vote)
