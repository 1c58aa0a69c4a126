"""Load a store directory: every `*.yaml`/`*.yml` below it, each validated on its own.

One bad file (or entry) never hides the good ones: `load_store` returns a `Store`
with everything valid and a list of located `Problem`s for the rest. Each file's
validated entries are cached (see `sources.cache`), so a second load of an
unchanged store skips YAML entirely; a first load of a large store reads its
files in worker processes (see `sources.parallel`). Checks across files
(duplicate ids, dangling `source:` references, duplicate people, tallies) always
run on the merged result, never from the cache.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from factdesk.base.errors import Problem, StoreError
from factdesk.base.reading import begins_with
from factdesk.sources.cache import StoreCache
from factdesk.sources.checks import check_store
from factdesk.sources.model import FileResult, Source, Store, Vote
from factdesk.sources.parallel import read_in_parallel
from factdesk.sources.reader import MAX_FILE_BYTES, read_file

__all__ = [
    "MAX_FILE_BYTES",
    "REVIEW_HEADER_OPENING",
    "FileResult",
    "load_store",
    "named_as_a_review",
    "read_file",
    "store_files",
    "written_since_read",
]

YAML_SUFFIXES = (".yaml", ".yml")


# factdesk's own review files and the copies saved of them (`a.txt.review.yaml`, `a.txt.review.saved-TIME.yaml`):
# an article kept in its store's folder (`--sources .`) has its review there, which is no store file. Named so
# and beginning with the review's header line: a store file named `peer.review.yaml`, or a source added with the
# id `book.review`, is a store file (both were skipped without a word, the source lost from the next load)
_REVIEW_FILE = re.compile(r"\.review(?:\.saved-[^/]*)?\.ya?ml$")
REVIEW_HEADER_OPENING = "# factdesk review file"  # how a review file's header line begins (claims/review_encoding.py)


def named_as_a_review(name: str) -> bool:
    """Whether a file of this name in a store's folder may be a review file, not read as a store file."""
    return _REVIEW_FILE.search(name) is not None


def store_files(root: Path) -> list[Path]:
    """Every YAML file below `root` but factdesk's review files, sorted. A linked folder is read (a newsroom's
    shared `added/`, linked into each beat's store: sources added there were written and never read), each
    folder once: a link back up the tree is no loop."""
    found: list[Path] = []
    read = {os.path.realpath(root)}
    for folder, subfolders, names in os.walk(root, followlinks=True):
        subfolders[:] = [d for d in sorted(subfolders) if not d.startswith(".") and _first_time(folder, d, read)]
        for name in sorted(names):
            path = Path(folder) / name
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                # a file that cannot be read is read as a store file, and its problem reported there
                if not (named_as_a_review(name) and begins_with(path, REVIEW_HEADER_OPENING.encode())):
                    found.append(path)
    return found


def _first_time(folder: str, name: str, read: set[str]) -> bool:
    """Whether the folder `name` in `folder`, wherever links lead, is one not read yet (and now counted as read)."""
    real = os.path.realpath(os.path.join(folder, name))
    if real in read:
        return False
    read.add(real)
    return True


def load_store(root: Path | str, *, use_cache: bool = True) -> Store:
    """Read a store directory; raise `StoreError` only if the directory itself is unusable."""
    root = Path(root)
    if not root.exists():
        raise StoreError(root, "store directory does not exist")
    if not root.is_dir():
        raise StoreError(root, "store must be a directory of YAML files")
    cache = StoreCache.default() if use_cache else None
    return _load(root, cache)


def _load(root: Path, cache: StoreCache | None) -> Store:
    paths = store_files(root)
    seen = {path: StoreCache.stamp(path) for path in paths}  # before reading: an edit meanwhile counts as new
    results: dict[Path, FileResult | None] = {path: cache.get(path) if cache else None for path in paths}
    missing = [path for path in paths if results[path] is None]
    # Each file's stamp is taken before it is read: an edit made meanwhile is not hidden by the cache.
    stamps = {path: StoreCache.stamp(path) for path in missing} if cache else {}
    fresh = read_in_parallel(missing)
    for path in missing:
        result = fresh.get(path) or read_file(path)
        results[path] = result
        if cache:
            cache.put(path, stamps[path], result)
    store = _merge(root, [(path, result) for path, result in results.items() if result is not None])
    store.stamps = seen
    return store


def written_since_read(store: Store) -> list[Path]:
    """The store's files that are new, or changed, since `store` was read from them (by another hand)."""
    return [path for path in store_files(store.root) if StoreCache.stamp(path) != store.stamps.get(path, [])]


def _merge(root: Path, results: list[tuple[Path, FileResult]]) -> Store:
    store = Store(root=root)
    references: list[tuple[str, Problem]] = []
    for path, result in results:
        store.files.append(path)
        store.problems.extend(result.problems)
        for source in result.sources:
            if _unique(source.id, source, store.sources, result, store):
                store.sources[source.id] = source
        store.people.extend(result.people)
        for vote in result.votes:
            if _unique(vote.id, vote, store.votes, result, store):
                store.votes[vote.id] = vote
        references += result.references
    for source_id, where in references:
        if source_id not in store.sources:
            store.problems.append(where)
    store.problems.extend(check_store(store))
    return store


def _unique(
    entry_id: str, entry: Source | Vote, seen: dict[str, Source] | dict[str, Vote], result: FileResult, store: Store
) -> bool:
    first = seen.get(entry_id)
    if first is None:
        return True
    line, column = result.id_positions.get(entry_id, (entry.origin.line, 1))
    store.problems.append(
        Problem(entry.origin.path, line, column, f"duplicate id {entry_id!r}: already used at {first.origin}")
    )
    return False
