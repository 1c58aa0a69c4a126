"""One app per review file, decided by the kernel: never two holders, free the moment the holder dies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from factdesk.claims.lock import ReviewLock, ReviewLocked

from tests.conftest import run_factdesk

# A process that tries to take the lock once, says what happened, and holds it until its input closes.
HOLDER = """
import sys
from pathlib import Path
from factdesk.claims.lock import ReviewLock, ReviewLocked
lock = ReviewLock(Path(sys.argv[1]))
try:
    lock.acquire()
except ReviewLocked as error:
    print("refused", error, flush=True)
    sys.exit(0)
print("held", flush=True)
sys.stdin.read()
"""


def _start(review: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(review)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )


def test_processes_started_together_get_one_holder_each_time(tmp_path: Path):
    review = tmp_path / "r.review.yaml"
    for _round in range(10):
        processes = [_start(review) for _ in range(6)]  # all started before any is asked for its answer
        answers = [process.stdout.readline().split()[0] for process in processes]
        assert answers.count("held") == 1, answers
        for process in processes:
            process.stdin.close()
            process.wait(timeout=30)


def test_a_killed_holder_frees_the_lock_at_once(tmp_path: Path):
    review = tmp_path / "r.review.yaml"
    holder = _start(review)
    assert holder.stdout.readline().startswith("held")
    with pytest.raises(ReviewLocked, match="already open in another factdesk"):
        ReviewLock(review).acquire()
    holder.kill()  # SIGKILL: no cleanup; the lock file stays behind
    holder.wait(timeout=30)
    assert (tmp_path / "r.review.yaml.lock").exists()
    lock = ReviewLock(review)
    lock.acquire()  # no stale-lock logic: the kernel let go when the process died
    assert lock.held
    lock.release()


def test_a_second_lock_in_one_process_is_refused_and_release_frees_it(tmp_path: Path):
    review = tmp_path / "r.review.yaml"
    first = ReviewLock(review)
    first.acquire()
    with pytest.raises(ReviewLocked):
        ReviewLock(review).acquire()
    first.release()
    second = ReviewLock(review)
    second.acquire()
    second.release()


def test_a_folder_where_the_lock_file_should_be_is_refused(tmp_path: Path, seed_article: Path, seed_store: Path):
    review = tmp_path / "r.review.yaml"
    (tmp_path / "r.review.yaml.lock").mkdir()
    result = run_factdesk("review", seed_article, "--sources", seed_store, "--review", review, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{review}: cannot lock the review: {review}.lock is a folder" in result.stderr
    assert not review.exists()


@pytest.mark.parametrize("where", ["missing", "file"])
def test_a_review_in_a_folder_where_no_lock_can_be_taken_is_refused(
    tmp_path: Path, seed_article: Path, seed_store: Path, where: str
):
    folder = tmp_path / "reviews"
    if where == "file":
        folder.write_text("not a folder", encoding="utf-8")
    review = folder / "r.review.yaml"
    result = run_factdesk("review", seed_article, "--sources", seed_store, "--review", review, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{review}: cannot keep the review here" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can create files in a read-only folder")
def test_a_read_only_folder_is_refused(tmp_path: Path):
    folder = tmp_path / "reviews"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReviewLocked, match="cannot take a lock beside the review"):
            ReviewLock(folder / "r.review.yaml").acquire()
    finally:
        folder.chmod(0o755)
