"""One app per review file, decided by the kernel: never two holders, free the moment the holder dies."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.lock import ReviewLock, ReviewLocked
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import workspace
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


# A long-lived contender: on "go" it opens the review as `factdesk review` does before anything else
# (`read_ahead`: lock, then read), says whether it got it, and lets go on "release". Two of them are
# told "go" together, so their attempts collide far more tightly than two process starts would.
CONTENDER = """
import sys
from pathlib import Path
from factdesk.base.errors import FactdeskError
from factdesk.claims.review import read_ahead
review, held = Path(sys.argv[1]), None
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "go":
        try:
            held = read_ahead(review)
        except FactdeskError as error:
            print("refused", error, flush=True)
        else:
            print("held", flush=True)
    else:  # "release": the holder lets go; the refused one quits its turn (it must not free the other's lock)
        if held is not None:
            held.release()
            held = None
        print("released", flush=True)
"""
RACES = int(os.environ.get("FACTDESK_LOCK_RACES", "200"))


def _contender(review: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", CONTENDER, str(review)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "ready"
    return process


def _tell(process: subprocess.Popen[str], word: str) -> None:
    process.stdin.write(word + "\n")
    process.stdin.flush()


def _a_real_review(tmp_path: Path, seed_dir: Path) -> Path:
    """The seed's review file with one verdict, so each contender really reads a review after locking it."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), reviewer="a")
    session.mark(session.ordered()[0].claim.id, Verdict.VERIFIED)
    session.close()
    return session.path


def test_two_processes_opening_one_review_together_200_times_one_is_refused_each_time(tmp_path: Path, seed_dir: Path):
    """Every 10th race the holder is killed with SIGKILL; the lock is free the moment it is gone."""
    review = _a_real_review(tmp_path, seed_dir)
    contenders = [_contender(review), _contender(review)]
    try:
        for race in range(RACES):
            for process in contenders:
                _tell(process, "go")
            answers = [process.stdout.readline() for process in contenders]
            words = [answer.split()[0] for answer in answers]
            assert sorted(words) == ["held", "refused"], f"race {race}: {answers}"
            assert "already open in another factdesk" in answers[words.index("refused")]
            holder, refused = contenders[words.index("held")], contenders[words.index("refused")]
            _tell(refused, "release")
            assert refused.stdout.readline().strip() == "released"
            assert ReviewLock.taken(review), f"race {race}: the refused process freed the holder's lock"
            if race % 10 == 9:
                holder.kill()
                holder.wait(timeout=30)
                lock = ReviewLock(review)
                lock.acquire()  # at once: no waiting, no stale-lock logic
                lock.release()
                contenders[contenders.index(holder)] = _contender(review)
            else:
                _tell(holder, "release")
                assert holder.stdout.readline().strip() == "released"
                assert not ReviewLock.taken(review), f"race {race}: the lock outlived its holder"
    finally:
        for process in contenders:
            process.kill()
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


def test_two_real_desks_started_together_one_is_refused_and_a_killed_holder_frees_the_lock(tmp_path: Path):
    """`factdesk review` twice at once, each on a terminal of its own (benchmarks/lock_race.py runs 200)."""
    from benchmarks.lock_race import run

    assert run(races=4, folder=tmp_path, kill_every=2) == []  # the 2nd and 4th holders are killed with SIGKILL


def test_a_lock_file_removed_by_a_cleanup_while_the_desk_is_open_lets_no_second_desk_in(tmp_path: Path, seed_dir: Path):
    """A cleanup that deletes `*.lock` files (a script, a sync tool's ignore rules) while a desk is open: the next
    desk made a new lock file, took it, and both desks saved over each other's verdicts. The review file itself
    is locked too, the one on disk now (each save puts a new file there), so the second desk is refused."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), reviewer="ana")
    try:
        session.mark(session.ordered()[0].claim.id, Verdict.VERIFIED)  # saved: a new file under the review's name
        session.mark(session.ordered()[1].claim.id, Verdict.DISPUTED)
        (tmp_path / "article.txt.review.yaml.lock").unlink()  # the cleanup
        second = run_factdesk("review", article, "--sources", store, "--date", "2024-03-25", timeout=60)
    finally:
        session.close()
    assert second.returncode == 2 and "already open in another factdesk" in second.stderr, second.stderr
