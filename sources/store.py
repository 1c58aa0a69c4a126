"""Load a store directory: every `*.yaml`/`*.yml` below it, each validated on its own.

One bad file (or entry) never hides the good ones: `load_store` returns a `Store`
with everything valid and a list of located `Problem`s for the rest. Each file's
validated entries are cached (see `sources.cache`), so a second load of an
unchanged store skips YAML entirely; checks across files (duplicate ids,
dangling `source:` references) always run on the merged result.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.sources.batch import collection_paused
from factdesk.sources.cache import StoreCache
from factdesk.sources.entries import EntryReader, read_person, read_source, read_vote, type_name
from factdesk.sources.errors import Problem, StoreError
from factdesk.sources.model import Person, Source, Store, Vote
from factdesk.sources.parallel import cache_in_parallel
from factdesk.sources.yaml_safe import (
    EntrySink,
    LocatedDict,
    LocatedList,
    YamlProblem,
    decode_yaml_bytes,
    load_yaml_text,
)

TOP_LEVEL_KEYS = ("sources", "people", "votes")
YAML_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 64 * 1024 * 1024
_SINGULAR = {"sources": "source", "people": "person", "votes": "vote"}


@dataclass
class FileResult:
    """What one YAML file contributes: its valid entries, its problems, the source ids it cites."""

    sources: list[Source] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    references: list[tuple[str, Problem]] = field(default_factory=list)
    # (position in file order, line, column) of each id, for duplicate reports
    id_positions: dict[str, tuple[int, int]] = field(default_factory=dict)


def store_files(root: Path) -> list[Path]:
    """Every YAML file below `root`, sorted, never following directory links (no loops)."""
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                found.append(Path(folder) / name)
    return found


def load_store(root: Path | str, *, use_cache: bool = True) -> Store:
    """Read a store directory; raise `StoreError` only if the directory itself is unusable."""
    root = Path(root)
    if not root.exists():
        raise StoreError(root, "store directory does not exist")
    if not root.is_dir():
        raise StoreError(root, "store must be a directory of YAML files")
    cache = StoreCache.default() if use_cache else None
    with collection_paused():
        return _load(root, cache)


def _load(root: Path, cache: StoreCache | None) -> Store:
    store = Store(root=root)
    references: list[tuple[str, Problem]] = []
    paths = store_files(root)
    cached = {path: cache.get(path) for path in paths} if cache else {}
    if cache:
        missing = [path for path in paths if cached[path] is None]
        if cache_in_parallel(missing, cache):
            cached.update((path, cache.get(path)) for path in missing)
    for path in paths:
        store.files.append(path)
        result = cached.pop(path, None)
        if result is None:
            result = cache.read_through(path, read_file) if cache else read_file(path)
        _merge(result, store)
        references += result.references
    for source_id, where in references:
        if source_id not in store.sources:
            store.problems.append(where)
    return store


def _merge(result: FileResult, store: Store) -> None:
    store.problems.extend(result.problems)
    for source in result.sources:
        if _unique(source.id, source, store.sources, result, store):
            store.sources[source.id] = source
    store.people.extend(result.people)
    for vote in result.votes:
        if _unique(vote.id, vote, store.votes, result, store):
            store.votes[vote.id] = vote


def _unique(entry_id: str, entry: Source | Vote, seen: dict, result: FileResult, store: Store) -> bool:
    first = seen.get(entry_id)
    if first is None:
        return True
    line, column = result.id_positions.get(entry_id, (entry.origin.line, 1))
    store.problems.append(
        Problem(entry.origin.path, line, column, f"duplicate id {entry_id!r}: already used at {first.origin}")
    )
    return False


def _read_document(path: Path, problems: list[Problem], sink: EntrySink) -> object:
    try:
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


def read_file(path: Path) -> FileResult:
    """Validate one store file on its own (no cross-file checks).

    Entries are validated as the parser reaches them and their YAML is dropped at once,
    so a file of any size is read in memory bounded by its entries. Entries before a
    YAML syntax error still load; the error is reported at its line.
    """
    result = FileResult()
    top = EntryReader(path, LocatedDict(), "a store file", result.problems, result.references)

    def take(key: object, raw: object, position: tuple[int, int]) -> None:
        if key in TOP_LEVEL_KEYS:
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


def _add_entry(key: str, entry: EntryReader, result: FileResult) -> None:
    if key == "sources":
        source = read_source(entry)
        if source is not None:
            _note_position(source.id, entry, result)
            result.sources.append(source)
    elif key == "people":
        person = read_person(entry)
        if person is not None:
            result.people.append(person)
    else:
        vote = read_vote(entry)
        if vote is not None:
            _note_position(vote.id, entry, result)
            result.votes.append(vote)


def _note_position(entry_id: str, entry: EntryReader, result: FileResult) -> None:
    result.id_positions[entry_id] = entry.mapping.where("id")
