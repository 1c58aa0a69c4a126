"""SIGHUP (the terminal closed: a dropped ssh link, a closed window), SIGTERM (the system asks the desk to stop),
and SIGINT and SIGQUIT sent from outside (`kill -INT`, `kill -QUIT`, a supervisor, an IDE's stop button; the
ctrl+c and ctrl+\\ keys reach the desk as keys, the terminal being in raw mode).

Left to their defaults, the first two end the process on the spot: the verdicts are on disk
(each is saved at once) but a note being typed is gone, and the terminal is left
in the desk's screen mode; SIGINT ended the app as a plain quit, exit 0, dropping the note, and SIGQUIT
ended it on the spot as the first two did.
The desk listens for them instead, keeps what was typed, and quits as `q` would.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Callable

# ... and every other signal whose default ends the process (a supervisor's `pkill -USR1`, a `timeout
# --signal=ALRM` wrapper, the real-time signals): the same keeping and quitting, never a silent death with the
# note being typed. Not the faults a process raises on itself (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT), and not
# SIGXFSZ, which Python ignores: a write past `ulimit -f` then fails with an error the desk reports as NOT SAVED
# (handled as a signal to stop, it ended the desk, the note with it). Each is taken over even when the desk was
# started with it ignored (`nohup`): a closed terminal's SIGHUP left the desk running on, writing to nothing.
_ENDS_BY_DEFAULT = (
    "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGVTALRM", "SIGPROF", "SIGPWR", "SIGXCPU", "SIGIO", "SIGSTKFLT", "SIGSYS",
    "SIGTRAP",
)  # fmt: skip
_REAL_TIME = range(signal.SIGRTMIN, signal.SIGRTMAX + 1) if hasattr(signal, "SIGRTMIN") else range(0)


def _stopping() -> tuple[int, ...]:
    named = [getattr(signal, name) for name in _ENDS_BY_DEFAULT if hasattr(signal, name)]
    return tuple(dict.fromkeys([signal.SIGHUP, signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, *named, *_REAL_TIME]))


STOPPING = _stopping()
_LAST_FRAME = 10.0  # seconds the app has to finish after its work is saved; a dead terminal may never take it


def listen(on_signal: Callable[[int], None]) -> Callable[[], None]:
    """Call `on_signal(signum)` in the running loop on any of `STOPPING`; returns what stops listening."""
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
