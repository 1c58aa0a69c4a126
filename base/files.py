"""Writing files the user owns: atomically (temp file, fsync, rename), and never clobbering a new one.

A crash or a kill at any moment leaves either the old file or the new one on
disk, never a torn mixture.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from factdesk.base.errors import FactdeskError


class WriteError(FactdeskError):
    """A file could not be written (full disk, read-only folder, ...); nothing on disk changed."""


_SUFFIX = ".tmp"
_RANDOM_PART = re.compile(r"[a-z0-9_]{8}")  # what `tempfile.mkstemp` puts between the prefix and the suffix


def _prefix(path: Path) -> str:
    """`.r.review.yaml.`: what a temp file's name starts with (`mkstemp` adds 8 characters and the suffix)."""
    return f".{fitting_name(path.name, NAME_BYTES - len('..12345678' + _SUFFIX))}."


NAME_BYTES = 255  # the longest file name most file systems take


def fitting_name(name: str, most: int) -> str:
    """`name`, or its first characters and a digest of it, in at most `most` bytes of UTF-8: a long headline
    used as an article's name still leaves room for the names factdesk makes from it."""
    if len(name.encode("utf-8")) <= most:
        return name
    digest = "~" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return name.encode("utf-8")[: most - len(digest)].decode("utf-8", errors="ignore") + digest


def leftover_temporaries(path: Path) -> list[Path]:
    """The temp files `write_atomically(path, ...)` leaves behind when its process is killed mid-write.

    Only names of exactly that shape: `.r.review.yaml.x.review.yaml.abcd1234.tmp` belongs to another file.
    Whether one is stale (no live process still writing it) is for the caller to know, e.g. by a lock.
    """
    prefix = _prefix(path)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [
        path.parent / name
        for name in names
        if name.startswith(prefix)
        and name.endswith(_SUFFIX)
        and _RANDOM_PART.fullmatch(name[len(prefix) : -len(_SUFFIX)])
    ]


def write_atomically(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Replace `path` with `data` in one step; with `exclusive`, refuse if `path` already exists. A symbolic link
    is written through, as an editor does: the file it names is replaced, and the link stays a link."""
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=_prefix(path), suffix=_SUFFIX, dir=folder)
    except OSError as error:
        raise WriteError(path, f"cannot write here: {error.strerror or error}") from None
    try:
        os.fchmod(handle, _mode_for(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if exclusive:
            os.link(temporary, path)  # fails if path exists, atomically
            os.unlink(temporary)
        else:
            os.replace(temporary, path)
        _fsync_folder(folder)
    except FileExistsError:
        _discard(temporary)
        raise WriteError(path, "already exists; not overwritten") from None
    except OSError as error:
        _discard(temporary)
        raise WriteError(path, f"cannot save: {error.strerror or error}") from None


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0o666 less the umask)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _discard(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
