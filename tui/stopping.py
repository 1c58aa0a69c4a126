"""SIGHUP (the terminal closed: a dropped ssh link, a closed window) and SIGTERM (the system asks the desk to stop).

Left to their defaults, both end the process on the spot: the verdicts are on disk
(each is saved at once) but a note being typed is gone, and the terminal is left
in the desk's screen mode. The desk listens for them instead, keeps what was typed,
and quits as `q` would.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Callable

STOPPING = (signal.SIGHUP, signal.SIGTERM)
_LAST_FRAME = 10.0  # seconds the app has to finish after its work is saved; a dead terminal may never take it


def listen(on_signal: Callable[[int], None]) -> Callable[[], None]:
    """Call `on_signal(signum)` in the running loop on SIGHUP or SIGTERM; returns what stops listening."""
    loop = asyncio.get_running_loop()
    installed = []
    for signum in STOPPING:
        try:
            loop.add_signal_handler(signum, on_signal, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            continue  # not the main thread, or a platform without the signal: its default stays
        installed.append(signum)

    def stop_listening() -> None:
        for signum in installed:
            loop.remove_signal_handler(signum)

    return stop_listening


def leave_anyway(status: int) -> None:
    """End the process with `status` if it is still running in a while: its work is saved by now, and a
    desk whose terminal is gone must not hang on, holding the review's lock, drawing to nobody."""
    timer = threading.Timer(_LAST_FRAME, os._exit, (status,))
    timer.daemon = True
    timer.start()
