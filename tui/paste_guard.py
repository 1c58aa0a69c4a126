"""A bracketed paste whose end never comes ends after a second of silence, so the desk never freezes.

A terminal marks a paste with `ESC [200~` ... `ESC [201~`. Textual's input parser takes every byte
after the start marker as pasted text until the end marker arrives; when it never does (an ssh link
that dropped it, a clipboard tool that hung, the bytes `cat`'d into the wrong pane) every key after it,
ctrl+q and ctrl+c included, was swallowed and the desk looked frozen for good. A real paste arrives in
one burst; so a paste still open after `PASTE_IDLE` seconds without a byte is ended here, as if its end
marker had come: what was pasted is delivered as a paste, and keys work again.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from textual._xterm_parser import XTermParser
from textual.message import Message

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
PASTE_IDLE = 1.0  # seconds without a byte that end an open paste


class PasteEndingParser(XTermParser):
    """Textual's parser, with an open paste ended after `PASTE_IDLE` seconds of silence."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self.pasting = False
        self._last_byte = 0.0
        self._tail = ""  # the end of the last chunk: a marker may be split across two reads

    def feed(self, data: str) -> Iterable[Message]:
        self._last_byte = time.monotonic()
        seen = self._tail + data
        start, end = seen.rfind(PASTE_START), seen.rfind(PASTE_END)
        if start >= 0 or end >= 0:
            self.pasting = start > end
        self._tail = seen[-(len(PASTE_START) - 1) :]
        return super().feed(data)

    def tick(self) -> Iterable[Message]:
        if self.pasting and time.monotonic() - self._last_byte >= PASTE_IDLE:
            self.pasting = False
            self._tail = ""
            yield from super().feed(PASTE_END)
        yield from super().tick()


def install() -> None:
    """Make the Linux driver read input with `PasteEndingParser` (the driver looks the class up when it starts)."""
    try:
        from textual.drivers import linux_driver
    except ImportError:  # no termios (Windows): another driver, left as it is
        return
    linux_driver.XTermParser = PasteEndingParser  # type: ignore[attr-defined]
