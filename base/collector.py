"""The process's one garbage-collector policy, set once where the process starts (`collect_rarely`).

factdesk builds hundreds of thousands of small objects that live as long as the
process and form few reference cycles: a store, its index, an article's claims.
CPython's default collects the young generation every 700 new objects, so it
walks them again and again (a 50k-entry store read from the cache took about three times as
long as with the collector off). Collecting every 100,000 new objects is as fast
as switching it off, and cycles are still collected, in every thread, with
nothing toggled on and off while the app's threads run. Library code never
touches the collector: only `factdesk`'s entry point, the store's worker
processes and the benchmarks (which stand in for the entry point) call this.
"""

from __future__ import annotations

import gc

YOUNG_EVERY = 100_000  # new objects between young collections (CPython's default: 700)
MIDDLE_EVERY = 50  # young collections between middle ones (default: 10); full ones keep their default rule


def collect_rarely() -> None:
    """Collect rarely from now on, and never walk what already exists (the interpreter and its imports)."""
    gc.freeze()
    gc.set_threshold(YOUNG_EVERY, MIDDLE_EVERY, gc.get_threshold()[2])
