"""Load a store directory: every `*.yaml`/`*.yml` below it, each validated on its own.

One bad file (or entry) never hides the good ones: `load_store` returns a `Store`
with everything valid and a list of located `Problem`s for the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from sources.entries import EntryReader, read_person, read_source, read_vote, type_name
from sources.errors import Problem, StoreError
from sources.model import Store
from sources.yaml_safe import LocatedDict, LocatedList, YamlProblem, decode_yaml_bytes, load_yaml_text

TOP_LEVEL_KEYS = ("sources", "people", "votes")
YAML_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 64 * 1024 * 1024


def store_files(root: Path) -> list[Path]:
    """Every YAML file below `root`, sorted, never following directory links (no loops)."""
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root, followlinks=False):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in sorted(names):
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                found.append(Path(folder) / name)
    return found


def load_store(root: Path | str) -> Store:
    """Read a store directory; raise `StoreError` only if the directory itself is unusable."""
    root = Path(root)
    if not root.exists():
        raise StoreError(root, "store directory does not exist")
    if not root.is_dir():
        raise StoreError(root, "store must be a directory of YAML files")
    store = Store(root=root)
    references: list[tuple[str, Problem]] = []
    for path in store_files(root):
        store.files.append(path)
        _load_file(path, store, references)
    for source_id, where in references:
        if source_id not in store.sources:
            store.problems.append(where)
    return store


def _read_document(path: Path, problems: list[Problem]) -> object:
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
        return load_yaml_text(decode_yaml_bytes(data))
    except YamlProblem as error:
        problems.append(Problem(path, error.line, error.column, error.message))
        return None


def _load_file(path: Path, store: Store, references: list[tuple[str, Problem]]) -> None:
    document = _read_document(path, store.problems)
    if document is None:
        return
    if not isinstance(document, LocatedDict):
        store.problems.append(
            Problem(path, 1, 1, f"a store file must be a mapping with sources/people/votes, not {type_name(document)}")
        )
        return
    top = EntryReader(path, document, "a store file", store.problems, references)
    top.only_keys(TOP_LEVEL_KEYS)
    for key in TOP_LEVEL_KEYS:
        entries = document.get(key)
        if entries is None:
            continue
        if not isinstance(entries, LocatedList):
            top.problem(key, f"{key!r} must be a list, not {type_name(entries)}")
            continue
        for index, raw in enumerate(entries):
            entry = top.child(raw, entries.where(index), _SINGULAR[key])
            if entry is not None:
                _add_entry(key, entry, store)


_SINGULAR = {"sources": "source", "people": "person", "votes": "vote"}


def _add_entry(key: str, entry: EntryReader, store: Store) -> None:
    if key == "sources":
        source = read_source(entry)
        if source is not None and _unique(source.id, source.origin, store.sources, entry):
            store.sources[source.id] = source
    elif key == "people":
        person = read_person(entry)
        if person is not None:
            store.people.append(person)
    else:
        vote = read_vote(entry)
        if vote is not None and _unique(vote.id, vote.origin, store.votes, entry):
            store.votes[vote.id] = vote


def _unique(entry_id: str, origin: object, seen: dict, entry: EntryReader) -> bool:
    first = seen.get(entry_id)
    if first is None:
        return True
    entry.problem("id", f"duplicate id {entry_id!r}: already used at {first.origin}")
    return False


def format_problems(problems: Iterable[Problem]) -> str:
    return "\n".join(str(problem) for problem in problems)
