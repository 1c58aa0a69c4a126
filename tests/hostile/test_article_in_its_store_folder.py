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


def test_a_store_file_or_an_added_source_named_like_a_review_is_read(cli, tmp_path: Path):
    """`sources add --id nybooks.review` said "Added" and wrote added/nybooks.review.yaml, which the loader then
    skipped by its name, source and link lost; a hand-written `peer.review.yaml` of people was skipped too."""
    store = tmp_path / "store"
    store.mkdir()
    (store / "peer.review.yaml").write_text(
        "people:\n  - name: Jake Sullivan\n    roles:\n      - {title: National Security Advisor, org: United"
        " States, from: 2021-01-20}\n",
        encoding="utf-8",
    )
    page = Path(__file__).resolve().parent.parent / "pages" / "gallant-visit.html"
    added = cli("sources", "add", "https://news.example/gallant", "--into", store, "--file", page, "--id",
                "nybooks.review")  # fmt: skip
    assert added.status == 0, added.err
    loaded = load_store(store, use_cache=False)
    assert "nybooks.review" in loaded.sources and [p.name for p in loaded.people] == ["Jake Sullivan"]


def test_a_review_file_given_inside_the_store_must_be_named_as_a_review(cli, tmp_path: Path, seed_dir: Path):
    """`--review store/mine.yaml` was taken, and the review then read as a store file with ten problems."""
    store = tmp_path / "store"
    shutil.copytree(seed_dir / "store", store)
    shutil.copy(seed_dir / "article.txt", tmp_path / "article.txt")
    result = cli("review", tmp_path / "article.txt", "--sources", store, "--review", store / "mine.yaml")
    assert result.status == 2 and "store folder" in result.err and "mine.review.yaml" in result.err
    assert not (store / "mine.yaml").exists()
