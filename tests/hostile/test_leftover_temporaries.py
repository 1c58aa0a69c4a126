"""kill -9 during a save leaves `.REVIEW.XXXXXXXX.tmp` behind: the next session that opens the review removes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factdesk.claims.lock import ReviewLocked
from factdesk.claims.review import ReviewFile, read_review_file

from tests.app_helpers import desk, make_app, workspace

# A real desk's session in its own process: it marks one claim (saved), then hangs in the rename of
# its second save, as a process killed at that moment would be, with its temp file whole on disk.
HANG_IN_SAVE = """
import datetime as dt, os, sys, time
from pathlib import Path
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession
article, store, review = map(Path, sys.argv[1:4])
session = ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), review, "killed")
first, second = [record.claim.id for record in session.ordered()][:2]
session.mark(first, Verdict.VERIFIED)
os.replace = lambda *args: time.sleep(600)
print(first, flush=True)
session.mark(second, Verdict.DISPUTED)
"""


def _temporaries(folder: Path, review: Path) -> list[Path]:
    """The review's own temp files: `.r.review.yaml.` and eight characters of mkstemp's, then `.tmp`."""
    prefix = f".{review.name}."
    return sorted(p for p in folder.iterdir() if p.name.startswith(prefix) and len(p.name) == len(prefix) + 12)


async def test_a_save_killed_mid_write_leaves_a_temp_file_the_next_session_removes(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    other = tmp_path / "r.review.yaml.x.review.yaml"  # another review, whose temp file looks alike
    others_temporary = tmp_path / f".{other.name}.abcd1234.tmp"
    others_temporary.write_text("another review's save", encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, "-c", HANG_IN_SAVE, str(article), str(store), str(review)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        for _ in range(500):
            if _temporaries(tmp_path, review):
                break
            time.sleep(0.01)
        leftovers = _temporaries(tmp_path, review)
        assert len(leftovers) == 1
        with pytest.raises(ReviewLocked):  # while its writer lives, nobody else opens the review or its temp
            ReviewFile.open(review)
        assert leftovers[0].exists()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert _temporaries(tmp_path, review) == leftovers  # left behind by the kill
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        assert _temporaries(tmp_path, review) == []
    assert read_review_file(review)["claims"][first]["verdict"] == "verified"  # the confirmed verdict is kept
    assert others_temporary.read_text(encoding="utf-8") == "another review's save"
