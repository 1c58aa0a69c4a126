"""One app per review file: a lock file beside it, taken over only when its owner is gone."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from factdesk.sources.errors import FactdeskError


class ReviewLocked(FactdeskError):
    """Another factdesk has this review file open."""


_HELD_HERE: set[Path] = set()  # locks this process holds: a second session in one process is refused too


def _owner_alive(text: str) -> bool:
    try:
        host, pid_text = text.strip().split(":", 1)
        pid = int(pid_text)
    except ValueError:
        return False
    if host != socket.gethostname():
        return True  # cannot tell for another machine: assume it is in use
    if pid == os.getpid():
        return False  # ours from an earlier run of this pid; `acquire` checks the live ones
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class ReviewLock:
    """Holds `<review>.lock` while a session is open; a stale lock (dead process) is taken over."""

    def __init__(self, review_path: Path) -> None:
        self.path = review_path.with_name(review_path.name + ".lock")
        self.held = False

    def acquire(self) -> None:
        me = f"{socket.gethostname()}:{os.getpid()}\n".encode()
        if self.path.resolve() in _HELD_HERE:
            raise ReviewLocked(
                self.path.with_name(self.path.name.removesuffix(".lock")),
                "already open in this factdesk; close the other review first",
            )
        for _attempt in range(2):
            try:
                descriptor = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                try:
                    owner = self.path.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    owner = ""
                if _owner_alive(owner):
                    raise ReviewLocked(
                        self.path.with_name(self.path.name.removesuffix(".lock")),
                        f"already open in another factdesk ({owner.strip()}); close it first, "
                        f"or delete {self.path.name} if that program is gone",
                    ) from None
                try:
                    self.path.unlink()
                except FileNotFoundError:
                    pass
                continue
            except OSError:
                return  # a read-only folder: saving will report the real problem
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(me)
            self.held = True
            _HELD_HERE.add(self.path.resolve())
            return

    def release(self) -> None:
        if self.held:
            _HELD_HERE.discard(self.path.resolve())
            try:
                self.path.unlink()
            except OSError:
                pass
            self.held = False
