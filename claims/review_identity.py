"""Whether a review file (and its journal) is still the one this session last read or wrote.

A stat stamp alone is not enough: `touch`, a backup or sync tool, or `chmod`
changes the times of a file whose bytes are the same, and calling that a
conflict would make every later save fail. The stamp is only the quick test;
when it differs, the content is hashed and compared, and only different bytes
count as a change by another program.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

Stamp = tuple[int, int, int, int]  # (inode, size, mtime_ns, ctime_ns)


def stamp_of(path: Path) -> Stamp | None:
    """The file's stat stamp; None if there is no file."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def hasher_of(path: Path) -> Any | None:
    """A sha256 of the file's bytes, open to more (a journal grows); None if there is no file to read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest


class FileIdentity:
    """A file's stamp and the hash of its bytes as this process last read or wrote them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stamp: Stamp | None = None
        self._hasher: Any | None = None

    def take(self, data: bytes | None = None) -> None:
        """Remember the file as it is now (`data`: the bytes just written to it, to save reading them)."""
        self.stamp = stamp_of(self.path)
        if self.stamp is None:
            self._hasher = None
        elif data is None:
            self._hasher = hasher_of(self.path)
        else:
            self._hasher = hashlib.sha256(data)

    def appended(self, data: bytes) -> None:
        """This process appended `data` to the file."""
        if self._hasher is None:
            self.take()  # the bytes appended are in the file now
        else:
            self._hasher.update(data)
            self.stamp = stamp_of(self.path)

    def changed(self) -> bool:
        """Whether the bytes on disk differ from the ones remembered (a new stamp with the same bytes does not)."""
        now = stamp_of(self.path)
        if now == self.stamp:
            return False
        if (now is None) != (self.stamp is None) or (now and self.stamp and now[1] != self.stamp[1]):
            return True
        current = hasher_of(self.path)
        remembered = self._hasher
        if current is None or remembered is None or current.digest() != remembered.digest():
            return True
        self.stamp = now  # touched: the same bytes
        return False
