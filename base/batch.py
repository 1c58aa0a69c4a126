"""`collection_paused()`: build many objects at once without the garbage collector walking them.

Loading a store, indexing it, extracting and checking claims each create
hundreds of thousands of small objects and no reference cycles; CPython's
cyclic collector would traverse them again and again (a third or more of the
time). Pausing it for the batch and restoring it after is safe and standard.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
