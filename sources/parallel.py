"""Read the files of a large store in worker processes on a first load (nothing cached yet).

A first load of a big store is CPU-bound YAML parsing of independent files, so
it spreads over the machine's cores with `concurrent.futures.ProcessPoolExecutor`;
each worker returns its files' `FileResult`s, which the caller merges in file
order exactly as in a one-process load. Measured with `benchmarks/run.py`'s
cold load on 2 cores: the 50k store (21 MB, 53 files) loads in 3.4 s this way
against 5.4 s in one process.

Workers are started with "spawn": "fork" is unsafe in a process that runs
threads (the app loads the store in a worker thread). An error in a worker is
raised here as it would be in a one-process load; a worker that dies (killed,
out of memory) leaves its files to be read by the caller, so nothing is lost.
Small stores and single cores are read by the caller alone.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from factdesk.base.collector import collect_rarely
from factdesk.sources.model import FileResult
from factdesk.sources.reader import read_file

PARALLEL_ABOVE_BYTES = 4 * 1024 * 1024  # below this, starting the workers costs more than it saves
MAX_WORKERS = 4  # each worker holds a file's text and entries: more would cost memory for little gain


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def read_in_parallel(paths: list[Path]) -> dict[Path, FileResult]:
    """`paths` read in worker processes when that is worth it; files a dead worker did not read are left out."""
    sizes = {path: _size(path) for path in paths}
    workers = min(usable_cores(), MAX_WORKERS, len(paths))
    if workers < 2 or sum(sizes.values()) < PARALLEL_ABOVE_BYTES:
        return {}
    try:
        # A worker is a process of its own: it starts with the collector policy `factdesk` sets at its entry.
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=collect_rarely)
    except OSError:  # no processes to be had: the caller reads the files itself
        return {}
    results: dict[Path, FileResult] = {}
    with pool:
        # Largest first, so the longest file does not start last.
        futures: dict[Path, Future[FileResult]] = {
            path: pool.submit(read_file, path) for path in sorted(paths, key=sizes.__getitem__, reverse=True)
        }
        for path, future in futures.items():
            try:
                results[path] = future.result()
            except (BrokenProcessPool, OSError):
                continue  # the worker died: the caller reads this file itself
    return results


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
