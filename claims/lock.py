"""One app per review file: a kernel lock (`flock`) on `<review>.lock`, released when the process dies.

The kernel decides who holds the lock, in one step, so two apps started at the
same moment cannot both get it, and a killed app's lock is free at once: there
is no owner file to read and no stale lock to take over. A folder where no lock
can be taken is refused, rather than running unprotected.

The review file itself is locked too (the one on disk: each save puts a new file there): a file with two
names (a hard link) has a `.lock` beside each, and a desk on each name opened and saved its own copy, so
two reviewers' work drifted into two files; a `.lock` removed by a cleanup let a second desk in.
"""

from __future__ import annotations

import errno
import fcntl
import os
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.claims.review_links import hard_links


class ReviewLocked(FactdeskError):
    """Another factdesk has this review file open, or no lock can be taken for it."""


class ReviewLock:
    """Holds an exclusive `flock` on `<review>.lock` while a session is open."""

    def __init__(self, review_path: Path) -> None:
        self.review = review_path
        self.path = review_path.with_name(review_path.name + ".lock")
        self._descriptor: int | None = None
        self._file: int | None = None  # the review file on disk, locked: under its other names too

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> None:
        """Take the lock now or raise `ReviewLocked`; never waits."""
        if self.held:
            return
        # The holder removes the lock file when it lets go. Whoever locked a file that has since been
        # removed (or replaced) holds nothing: it opens the path again and tries once more.
        for _attempt in range(100):
            descriptor = self._open()
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                os.close(descriptor)
                if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise ReviewLocked(self.review, "already open in another factdesk; close that one first") from None
                raise ReviewLocked(self.review, f"cannot lock {self.path.name}: {error.strerror}") from None
            if self._still_there(descriptor):
                if os.fstat(descriptor).st_size:
                    os.close(descriptor)  # never removed: factdesk's lock files are empty, so this one is someone's
                    raise ReviewLocked(
                        self.review, f"{self.path.name} is not factdesk's lock file (it has content); move it away"
                    )
                self._descriptor = descriptor
                self._lock_the_file()
                return
            os.close(descriptor)
        raise ReviewLocked(self.review, f"cannot lock {self.path.name}: it keeps being replaced")

    def _lock_the_file(self) -> None:
        """Lock the review file (if there is one) under any of its names; `ReviewLocked` if another desk holds it
        (the name lock is let go again)."""
        try:
            descriptor = self._flock_file()
        except BlockingIOError:
            links = hard_links(self.review)
            self.release()
            # The name lock was free: the holder opened this file under another name (a hard link), or under
            # this one, whose lock file was then removed (a cleanup of `*.lock` files).
            where = (
                f"under another name ({links.said()}, a hard link); both would save their own copy"
                if links is not None
                else f"(its lock file {self.path.name} was removed, or it had another name then)"
            )
            raise ReviewLocked(self.review, f"already open in another factdesk {where}; close that one first") from None
        self._file = descriptor

    def hold_file(self) -> None:
        """Lock the review file on disk now, a new one after each save, and let go of the one locked before: a
        lock file removed while the desk is open (a cleanup of `*.lock` files) lets no second desk in."""
        if self._descriptor is None:
            return
        try:
            descriptor = self._flock_file()
        except BlockingIOError:
            return  # held by a desk that got in before this save: its own next save finds the change
        if descriptor is not None:
            if self._file is not None:
                os.close(self._file)
            self._file = descriptor

    def _flock_file(self) -> int | None:
        """An open descriptor of the review file, locked; None if there is no file or it cannot be locked at all
        (its name's lock still holds); `BlockingIOError` if another process holds it."""
        try:
            descriptor = os.open(self.review, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)  # a FIFO never blocks
        except OSError:
            return None  # no file yet (or none to read, which opening the review says)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(descriptor)
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise BlockingIOError(error.errno, error.strerror) from None
            return None  # a file system that cannot lock the file itself
        return descriptor

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
        except FileNotFoundError:
            raise ReviewLocked(
                self.review, f"cannot keep the review here: the folder {self.path.parent} does not exist"
            ) from None
        except NotADirectoryError:
            raise ReviewLocked(
                self.review, f"cannot keep the review here: {self.path.parent} is not a folder"
            ) from None
        except IsADirectoryError:
            raise ReviewLocked(
                self.review, f"cannot lock the review: {self.path} is a folder, where factdesk keeps its lock file"
            ) from None
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise ReviewLocked(
                    self.review, f"cannot lock the review: {self.path} is a symbolic link, not factdesk's lock file"
                ) from None
            raise ReviewLocked(
                self.review,
                f"cannot take a lock beside the review ({self.path.name}: {error.strerror or error}); "
                "without one two apps could overwrite each other's work",
            ) from None

    def _still_there(self, descriptor: int) -> bool:
        try:
            on_disk = os.stat(self.path, follow_symlinks=False)
        except FileNotFoundError:
            return False
        held = os.fstat(descriptor)
        return (on_disk.st_ino, on_disk.st_dev) == (held.st_ino, held.st_dev)

    def folder_now(self) -> Path | None:
        """The folder the held lock file is in now (it moves with its folder); None if unknown or removed."""
        if self._descriptor is None:
            return None
        try:
            place = os.readlink(f"/proc/self/fd/{self._descriptor}")  # Linux; elsewhere it is not known
        except OSError:
            return None
        if place.endswith(" (deleted)") or not place.startswith("/"):
            return None
        return Path(place).parent

    @staticmethod
    def taken(review_path: Path) -> bool:
        """Whether another process holds the lock on this review now (asked by taking it and letting go)."""
        probe = ReviewLock(review_path)
        try:
            probe.acquire()
        except ReviewLocked:
            return True
        probe.release()
        return False

    def release(self) -> None:
        """Let go of the lock (and remove its file while still holding it, so nobody locks a removed file)."""
        if self._descriptor is None:
            return
        try:
            if not os.fstat(self._descriptor).st_size:  # written to since: someone else's now, and kept
                os.unlink(self.path)
        except OSError:
            pass
        os.close(self._descriptor)
        self._descriptor = None
        if self._file is not None:
            os.close(self._file)
            self._file = None
