"""Review files merged or edited so that a key is written twice: refused at the second one, never half-read.

Review files live in git beside their articles ("git diffs stay small"). Two reviewers' branches merged by
keeping both sides of a conflict give one claim two lines; a JSON reader keeps the last and drops the
first without a word, and the next save would make that loss permanent.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import make_app, workspace

SEED_DATE = dt.date(2024, 3, 25)


@pytest.fixture
def merged(tmp_path: Path, seed_dir: Path) -> tuple[Path, Path, Path, str, int]:
    """(article, store, review, claim id, line of the second entry): a merge kept Ana's line and Ben's."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ben")
    claim_id = session.ordered()[0].claim.id
    session.mark(claim_id, Verdict.VERIFIED)
    session.close()
    lines = session.path.read_text(encoding="utf-8").split("\n")
    ours = next(number for number, line in enumerate(lines) if line.startswith(f"  {json.dumps(claim_id)}: "))
    theirs = lines[ours].replace('"verdict": "verified"', '"verdict": "disputed", "note": "Ana: the headline is wrong"')
    lines.insert(ours, theirs)  # Ana's side of the conflict first, Ben's after it
    session.path.write_text("\n".join(lines), encoding="utf-8")
    return article, store, session.path, claim_id, ours + 2


def test_a_claim_written_twice_is_refused_at_its_second_line_by_report(cli, merged):
    _article, _store, review, claim_id, second = merged
    before = review.read_bytes()
    result = cli("report", review, "--format", "json")
    assert result.status == 2, result.out
    assert f"{review}:{second}:" in result.err and "duplicate key" in result.err and claim_id in result.err
    assert review.read_bytes() == before


async def test_a_claim_written_twice_is_refused_by_the_app_and_the_file_is_not_rewritten(merged):
    article, store, review, _claim_id, _second = merged
    before = review.read_bytes()
    app = make_app(article, store)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):
            await pilot.pause(0.01)
            if app.return_code is not None:
                break
    assert app.return_code == 2
    assert review.read_bytes() == before  # Ana's verdict and note are still in the file


def test_a_field_written_twice_in_one_claim_is_refused(cli, merged):
    _article, _store, review, claim_id, _second = merged
    text = review.read_text(encoding="utf-8")
    first_line = next(line for line in text.split("\n") if '"note": "Ana' in line)
    text = text.replace(first_line, first_line.replace('"note": "Ana', '"note": "first", "note": "Ana'))
    merged_once = text.replace(
        next(line for line in text.split("\n") if '"verdict": "verified"' in line and claim_id in line), ""
    )
    review.write_text(merged_once, encoding="utf-8")
    result = cli("report", review)
    assert result.status == 2 and "duplicate key 'note'" in result.err
