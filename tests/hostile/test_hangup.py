"""The terminal closed (SIGHUP: a dropped ssh link, a closed window) or the desk told to stop (SIGTERM).

The default for both signals ended the process on the spot: verdicts were on disk (each is saved at
once), but a note being typed, often minutes of a reviewer's words, was gone, and the terminal was
left in the desk's screen mode. SIGINT sent from outside (`kill -INT`, a supervisor or an IDE's stop
button; the ctrl+c key reaches the desk as a key) quit the desk as `q` would, exit 0, and the note
being typed was dropped without a word. The real `factdesk review` runs here on a terminal of its own.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.lock_race import DESK_SHOWN, Contender
from tests.app_helpers import saved, workspace

NOTE = "Called the PMO: confirmed."


def _wait_for_file(review: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not review.exists() and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.mark.parametrize(
    "signum",
    [signal.SIGHUP, signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGUSR1, signal.SIGALRM, signal.SIGIO,
     signal.SIGRTMIN + 2, signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS],
    ids=["SIGHUP", "SIGTERM", "SIGINT", "SIGQUIT", "SIGUSR1", "SIGALRM", "SIGIO", "SIGRTMIN+2", "SIGABRT", "SIGSEGV",
         "SIGBUS"],
)  # fmt: skip
def test_a_note_being_typed_when_the_desk_is_stopped_is_saved_with_every_verdict(
    tmp_path: Path, seed_dir: Path, signum: int
):
    workspace(tmp_path, seed_dir)
    review = tmp_path / "article.txt.review.yaml"
    desk = Contender(tmp_path)
    try:
        assert desk.wait_for(DESK_SHOWN, 60), desk.screen[-300:]
        desk.type(b"v")
        _wait_for_file(review)  # the verdict is saved
        desk.type(b"n")
        assert desk.wait_for(b"Note on", 30)
        desk.type(NOTE.encode())
        assert desk.wait_for(b"confirmed.", 30)  # the editor shows every word: the desk has read them
        os.kill(desk.process.pid, signum)
        status = desk.end()
    finally:
        if desk.process.poll() is None:
            os.killpg(desk.process.pid, signal.SIGKILL)
            desk.end()
    claims = saved(review)
    assert [entry["verdict"] for entry in claims.values()].count("verified") == 1
    assert [entry.get("note") for entry in claims.values()].count(NOTE) == 1
    assert status == 128 + signum
    assert b"\x1b[?1049l" in desk.screen  # the terminal was given back (the desk's screen mode left)


def test_a_fault_of_the_process_itself_still_ends_it_with_the_signals_default():
    """SIGSEGV sent from outside is taken as a signal to stop; a real fault is not left to run again for ever."""
    code = "from factdesk.tui import stopping; stopping.hold_sent_faults(); import ctypes; ctypes.string_at(0)"
    ended = subprocess.run([sys.executable, "-c", code], timeout=60, capture_output=True, check=False)
    assert ended.returncode == -signal.SIGSEGV, ended.stderr[-500:]


@pytest.mark.parametrize("under_nohup", [False, True], ids=["plain", "under-nohup"])
def test_a_note_being_typed_when_the_terminal_window_closes_is_saved(tmp_path: Path, seed_dir: Path, under_nohup: bool):
    """The desk's own terminal closes under it (its controlling terminal: the kernel sends SIGHUP, and every
    write to the terminal fails from then on). Started with SIGHUP ignored (`nohup`, a CI runner), the desk left
    it ignored and ran on for ever, writing to nothing."""
    workspace(tmp_path, seed_dir)
    review = tmp_path / "article.txt.review.yaml"
    pid, terminal = pty.fork()
    if pid == 0:  # the child: a desk whose controlling terminal is this pseudo-terminal
        if under_nohup:
            signal.signal(signal.SIGHUP, signal.SIG_IGN)  # kept across exec, as nohup does it
        os.chdir(tmp_path)
        os.environ.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
        command = "from factdesk.tui.cli import entry_point; entry_point()"
        arguments = ["review", "article.txt", "--sources", "store", "--date", "2024-03-25"]
        os.execv(sys.executable, [sys.executable, "-c", command, *arguments])
    shown = bytearray()

    def wait_for(text: bytes) -> bool:
        deadline = time.monotonic() + 60
        while text not in shown and time.monotonic() < deadline:
            if select.select([terminal], [], [], 0.1)[0]:
                shown.extend(os.read(terminal, 1 << 16))
        return text in shown

    try:
        assert wait_for(DESK_SHOWN)
        os.write(terminal, b"v")
        _wait_for_file(review)
        os.write(terminal, b"n")
        assert wait_for(b"Note on")
        os.write(terminal, NOTE.encode())
        assert wait_for(b"confirmed.")
    except BaseException:
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(terminal)  # the window closes
    deadline = time.monotonic() + 60
    while (ended := os.waitpid(pid, os.WNOHANG))[0] == 0 and time.monotonic() < deadline:
        time.sleep(0.1)
    if ended[0] == 0:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError("the desk did not end when its terminal closed")
    status = ended[1]
    claims = saved(review)
    assert [entry["verdict"] for entry in claims.values()].count("verified") == 1
    assert [entry.get("note") for entry in claims.values()].count(NOTE) == 1
    assert os.waitstatus_to_exitcode(status) == 128 + signal.SIGHUP


def test_a_save_past_the_file_size_limit_says_not_saved_and_the_desk_goes_on(tmp_path: Path, seed_dir: Path):
    """`ulimit -f`: with SIGXFSZ handled as a signal to stop, the first write past the limit ended the desk (exit
    153) with the verdict and the note lost; the write must fail with an error the desk reports instead."""
    workspace(tmp_path, seed_dir)
    review = tmp_path / "article.txt.review.yaml"
    first = Contender(tmp_path)
    try:
        assert first.wait_for(DESK_SHOWN, 60), first.screen[-300:]
        first.type(b"v")
        _wait_for_file(review)
        first.type(b"q")
        first.end()
    finally:
        if first.process.poll() is None:
            os.killpg(first.process.pid, signal.SIGKILL)
    before = review.read_bytes()
    desk = Contender(tmp_path, file_size_limit=len(before))  # the next, longer review cannot be written
    try:
        assert desk.wait_for(DESK_SHOWN, 60), desk.screen[-300:]
        desk.type(b"d")
        assert desk.wait_for(b"NOT SAVED", 30), desk.screen[-500:]
        assert desk.process.poll() is None  # still running, the change kept on screen
    finally:
        os.killpg(desk.process.pid, signal.SIGKILL)
        desk.end()
    assert review.read_bytes() == before
