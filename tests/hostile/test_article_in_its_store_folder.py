"""An article kept in its store's folder (`--sources .`): its review file is not read as a store file.

A reporter kept article.txt, people.yaml and votes.yaml in one folder: the review factdesk saved beside
the article, and every copy saved of it, were then read as store files, and the store "had 10 problems"
on every run.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession
from factdesk.sources import load_store


def test_a_review_beside_the_store_files_is_no_store_file(tmp_path: Path, seed_dir: Path):
    for path in (seed_dir / "store").iterdir():
        shutil.copy(path, tmp_path / path.name)
    shutil.copy(seed_dir / "article.txt", tmp_path / "article.txt")
    before = load_store(tmp_path, use_cache=False)
    session = ReviewSession.open(
        prepare_check(tmp_path / "article.txt", tmp_path, dt.date(2024, 3, 25)), reviewer="ana"
    )
    session.mark(session.ordered()[0].claim.id, Verdict.DISPUTED)
    session.close()
    assert (tmp_path / "article.txt.review.yaml").exists()
    shutil.copy(tmp_path / "article.txt.review.yaml", tmp_path / "article.txt.review.saved-20240325T164000Z.yaml")
    after = load_store(tmp_path, use_cache=False)
    assert after.problems == before.problems == []
    assert len(after.people) == len(before.people) and len(after.sources) == len(before.sources)
