"""Reading a file the user names or keeps beside their work, without hanging on it.

A FIFO named like a drafts file or a config file blocks a plain `open` until a writer comes, and `/dev/zero`
is read for ever: the desk froze on its loading screen, deaf to keys and to SIGTERM, holding the review's
lock. Such a path is refused at once with a clear reason; so is a regular file too large to be what it
claims to be.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MOST_BYTES = 64 * 1024 * 1024  # as for store files: no drafts, journal or config file is this long


class NotARegularFile(OSError):
    """The path is a FIFO, a device or a socket, or a file larger than the reader takes."""


def read_regular_bytes(path: Path, most: int = MOST_BYTES) -> bytes:
    """The bytes of the regular file at `path`; `NotARegularFile` for a FIFO, device or socket (opened without
    blocking, never read) or a file over `most` bytes; `FileNotFoundError` and other `OSError`s as `open` gives."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        if not stat.S_ISREG(status.st_mode):
            raise NotARegularFile("not a regular file (a FIFO, device or socket)")
        if status.st_size > most:
            raise NotARegularFile(f"{status.st_size:,} bytes, more than the {most:,} this file may hold")
        data = handle.read(most + 1)
    if len(data) > most:
        raise NotARegularFile(f"more than the {most:,} bytes this file may hold")
    return data


def begins_with(path: Path, head: bytes) -> bool:
    """Whether the file at `path` begins with `head` (False if it cannot be read): a file's kind told by its first
    line, without reading the rest."""
    try:
        with open(path, "rb") as stream:
            return stream.read(len(head)) == head
    except OSError:
        return False
