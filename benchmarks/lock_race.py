"""Two real `factdesk review` processes started together on one review, many times over (issue 12).

    python benchmarks/lock_race.py               # 200 races (several minutes on 2 cores)
    python benchmarks/lock_race.py --races 20

Each race starts two `factdesk review` processes on the same review at the same
moment, each on a terminal of its own (a pseudo-terminal), as two reviewers
would. One must be refused at once (exit 2, "already open in another factdesk")
and the other must open its desk; while it is open nobody else can take the
lock. Then the holder quits with `q` (exit 0) and the lock is free again, or,
every 10th race, is killed with SIGKILL and the lock must be free at once.
The test suite runs a few races (tests/hostile/test_review_lock.py); the
lock-taking code alone is raced 200 times there too.
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent.parent / "shared" / "seed"
DESK_SHOWN = b"Your verdict"  # the evidence panel's label: the desk is on screen, its claims loaded


def _limit_file_size(size: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


class Contender:
    """One `factdesk review` process on a pseudo-terminal of its own."""

    def __init__(self, folder: Path, file_size_limit: int | None = None) -> None:
        """`file_size_limit`: the largest file, in bytes, the process may write (`ulimit -f`)."""
        self.terminal, other_end = pty.openpty()
        command = [sys.executable, "-c", "from factdesk.tui.cli import entry_point; entry_point()"]
        arguments = ["review", "article.txt", "--sources", "store", "--date", "2024-03-25", "--reviewer", "race"]
        self.process = subprocess.Popen(
            [*command, *arguments],
            stdin=other_end,
            stdout=other_end,
            stderr=other_end,
            cwd=folder,
            env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"},
            start_new_session=True,
            preexec_fn=None if file_size_limit is None else lambda: _limit_file_size(file_size_limit),
        )
        os.close(other_end)
        self.screen = b""

    def read(self, until: float) -> None:
        """Read what the process wrote to its terminal, until `until` or the process has ended."""
        while time.monotonic() < until:
            ready, _, _ = select.select([self.terminal], [], [], 0.05)
            if ready:
                try:
                    self.screen += os.read(self.terminal, 1 << 16)
                except OSError:  # the process has ended and closed its end
                    return
            elif self.process.poll() is not None:
                return

    def wait_for(self, text: bytes, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while text not in self.screen and time.monotonic() < deadline and self.process.poll() is None:
            self.read(min(deadline, time.monotonic() + 0.2))
        return text in self.screen

    def type(self, keys: bytes) -> None:
        os.write(self.terminal, keys)

    def end(self, seconds: float = 30) -> int:
        deadline = time.monotonic() + seconds
        while self.process.poll() is None and time.monotonic() < deadline:
            self.read(deadline)
        status = self.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        self._drain()
        os.close(self.terminal)
        return status

    def _drain(self) -> None:
        """What an ended process wrote last is still waiting in its terminal: read all of it."""
        while select.select([self.terminal], [], [], 0.2)[0]:
            try:
                chunk = os.read(self.terminal, 1 << 16)
            except OSError:
                return
            if not chunk:
                return
            self.screen += chunk


def race(folder: Path, number: int, kill: bool) -> str | None:
    """One race; None if it went as it must, else what went wrong."""
    from factdesk.claims.lock import ReviewLock

    review = folder / "article.txt.review.yaml"
    pair = [Contender(folder), Contender(folder)]  # started together: neither has read anything yet
    try:
        deadline = time.monotonic() + 60
        while all(c.process.poll() is None for c in pair) and time.monotonic() < deadline:
            for contender in pair:
                contender.read(time.monotonic() + 0.02)
        refused = [c for c in pair if c.process.poll() is not None]
        if len(refused) != 1:
            return f"race {number}: {len(refused)} of the two processes ended at once (expected one refused)"
        loser, holder = refused[0], next(c for c in pair if c is not refused[0])
        status = loser.end()
        if status != 2 or b"already open in another factdesk" not in loser.screen:
            return f"race {number}: the second process ended with {status}: {loser.screen[-300:]!r}"
        if not holder.wait_for(DESK_SHOWN, 60):
            return f"race {number}: the holder never showed its desk: {holder.screen[-300:]!r}"
        if not ReviewLock.taken(review):
            return f"race {number}: the holder's lock was lost while its desk was open"
        if kill:
            os.killpg(holder.process.pid, signal.SIGKILL)
            holder.end()
        else:
            holder.type(b"q")
            status = holder.end()
            if status != 0:
                return f"race {number}: the holder quit with {status}"
        if ReviewLock.taken(review):
            return f"race {number}: the lock outlived its holder ({'killed' if kill else 'quit'})"
        return None
    finally:
        for contender in pair:
            if contender.process.poll() is None:
                os.killpg(contender.process.pid, signal.SIGKILL)
                contender.end()


def run(races: int, folder: Path, kill_every: int = 10) -> list[str]:
    """Race `races` times in `folder` (a copy of the seed is made there); the failures, if any.

    Every `kill_every`-th holder is killed with SIGKILL rather than quitting.
    """
    shutil.copy(SEED / "article.txt", folder / "article.txt")
    shutil.copytree(SEED / "store", folder / "store", dirs_exist_ok=True)
    return [
        problem
        for number in range(races)
        if (problem := race(folder, number, kill=number % kill_every == kill_every - 1))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--races", type=int, default=200)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        problems = run(args.races, Path(folder))
    for problem in problems:
        print(problem)
    seconds = time.perf_counter() - started
    kills = args.races // 10
    print(
        f"{args.races} races of two `factdesk review` processes ({kills} holders killed with SIGKILL): "
        f"{args.races - len(problems)} went as they must, {len(problems)} did not; {seconds:.0f} s"
    )
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
