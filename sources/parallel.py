"""Read the uncached files of a large store in parallel processes, handing results over through the cache.

A first load of a big store is CPU-bound YAML parsing of independent files, so
it spreads over the machine's cores. Each worker (`python -m factdesk.sources.parallel`)
validates its share of the files and writes their cache entries (JSON, see
`sources.cache`); the loading process then reads them as ordinary cache hits
and merges in file order, exactly as in a one-process load. Small stores, one
core, no cache or a worker that fails: the caller reads those files itself.

Plain subprocesses rather than `multiprocessing`: its "spawn" start re-runs the
caller's main script in every worker, and "fork" is unsafe in a process that
runs threads (the app loads the store in a worker thread).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factdesk.sources.cache import StoreCache

PARALLEL_ABOVE_BYTES = 4 * 1024 * 1024  # below this, starting the workers costs more than it saves
MAX_WORKERS = 4  # each worker holds a file's text and entries: more would cost memory for little gain


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def cache_in_parallel(paths: list[Path], cache: StoreCache) -> bool:
    """Validate and cache `paths` in worker processes when that is worth it; whether workers ran."""
    sizes = {path: _size(path) for path in paths}
    workers = min(usable_cores(), MAX_WORKERS, len(paths))
    if workers < 2 or sum(sizes.values()) < PARALLEL_ABOVE_BYTES or not _writable(cache.folder):
        return False  # (with a cache that cannot be written, the workers' results could not be handed over)
    try:
        running = [
            subprocess.Popen(
                [sys.executable, "-m", "factdesk.sources.parallel", str(cache.folder), *map(str, share)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,  # never draw over the app's screen
                stderr=subprocess.DEVNULL,
            )
            for share in _shares(sizes, workers)
        ]
    except OSError:  # no processes to be had: the caller reads the files itself
        return False
    for process in running:
        process.wait()
    return True


def _shares(sizes: dict[Path, int], workers: int) -> list[list[Path]]:
    """Files split into `workers` groups of about equal bytes (largest first, each to the lightest group)."""
    groups: list[tuple[int, list[Path]]] = [(0, []) for _ in range(workers)]
    for path in sorted(sizes, key=sizes.__getitem__, reverse=True):
        lightest = min(range(workers), key=lambda number: groups[number][0])
        total, members = groups[lightest]
        members.append(path)
        groups[lightest] = (total + sizes[path], members)
    return [members for _, members in groups if members]


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _work(cache_folder: str, paths: list[str]) -> None:
    from factdesk.sources.batch import collection_paused
    from factdesk.sources.store import read_file

    cache = StoreCache(Path(cache_folder))
    with collection_paused():
        for path in paths:
            cache.read_through(Path(path), read_file)


if __name__ == "__main__":
    _work(sys.argv[1], sys.argv[2:])
