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
# note being typed; SIGABRT too (a supervisor's watchdog, `timeout --signal=ABRT`: abort() from C code still
# ends the process, the C library raising it again with its default). Not SIGXFSZ, which Python ignores: a
# write past `ulimit -f` then fails with an error the desk reports as NOT SAVED (handled as a signal to stop,
# it ended the desk, the note with it). Each is taken over even when the desk was
# started with it ignored (`nohup`): a closed terminal's SIGHUP left the desk running on, writing to nothing.
_ENDS_BY_DEFAULT = (
    "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGVTALRM", "SIGPROF", "SIGPWR", "SIGXCPU", "SIGIO", "SIGSTKFLT", "SIGSYS",
    "SIGTRAP", "SIGABRT",
)  # fmt: skip
# The faults a process raises on itself. A handler that returns from a real one runs the faulting instruction
# again, for ever: these are blocked instead, so a fault of the desk's own still ends it (the kernel does not
# let a fault it raises wait), and one sent by another process (`kill -SEGV`) waits for a thread to take it.
_FAULTS = tuple(getattr(signal, name) for name in ("SIGSEGV", "SIGBUS", "SIGFPE", "SIGILL") if hasattr(signal, name))
_fault_listener: list[Callable[[int], None]] = []  # the running desk's, while it listens
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

    def on_fault(signum: int) -> None:  # called in the thread that takes the faults
        loop.call_soon_threadsafe(on_signal, signum)

    _fault_listener[:] = [on_fault]

    def stop_listening() -> None:
        _fault_listener.clear()
        for signum in installed:
            loop.remove_signal_handler(signum)

    return stop_listening


def hold_sent_faults() -> None:
    """Block `_FAULTS` in this thread and the threads started after it (call it before the app starts its own),
    and take those another process sends in a thread of their own: while the desk listens, each is a signal to
    stop like SIGTERM; before or after, it ends the process with the status the default would give."""
    if not _FAULTS or not hasattr(signal, "sigwaitinfo") or threading.current_thread() is not threading.main_thread():
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, _FAULTS)

    def take_them() -> None:
        while True:
            signum = signal.sigwaitinfo(_FAULTS).si_signo
            listener = _fault_listener[:1]
            if not listener:
                os._exit(128 + signum)
            listener[0](signum)

    threading.Thread(target=take_them, name="factdesk-sent-faults", daemon=True).start()


def leave_anyway(status: int) -> None:
    """End the process with `status` if it is still running in a while: its work is saved by now, and a
    desk whose terminal is gone must not hang on, holding the review's lock, drawing to nobody."""
    timer = threading.Timer(_LAST_FRAME, os._exit, (status,))
    timer.daemon = True
    timer.start()
