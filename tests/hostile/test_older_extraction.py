"""A review made by an older factdesk, whose extraction found other claims (the rules change often).

The article is the same text, but the claims the older extraction found are not all the ones found now: one
under another id (the way ids are made changed), one the rules no longer find at all. Both verdicts were
kept but shown as orphaned, "no longer in the article", though the article had not changed: the claim
found again under its new id was unreviewed, so the reviewer marked it a second time, and the disputed
figure dropped out of the report's corrections into "No longer in the article".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import SEED_DATE, desk, make_app, workspace
from tests.conftest import run_factdesk

GALLANT = "person-1424927334"  # "Yoav Gallant", as this factdesk finds him
NOTE = "Three advisors, not two: see the PMO's statement."


@pytest.fixture
def older(tmp_path: Path, seed_dir: Path) -> tuple[Path, Path, Path]:
    """(article, store, review): every claim verified by an older factdesk that named Gallant's claim
    otherwise and found one figure this factdesk does not."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    for record in session.ordered():
        session.mark(record.claim.id, Verdict.VERIFIED)
    session.close()
    _as_an_older_factdesk_wrote_it(session.path, article)
    return article, store, session.path


def _as_an_older_factdesk_wrote_it(review: Path, article: Path) -> None:
    head, body = review.read_text(encoding="utf-8").split("\n", 1)
    document = json.loads(body)
    claims = document["claims"]
    claims["person-0000000001"] = claims.pop(GALLANT)  # the same claim, under the old rules' id
    text = article.read_text(encoding="utf-8")
    at = text.index("two of his closest")
    claims["quantity-0000000002"] = {
        "kind": "quantity",
        "text": "two advisors",
        "start": at,
        "end": at + 3,
        "sentence": claims["person-0000000001"]["sentence"],
        "fields": {"value": 2},
        "verdict": "disputed",
        "note": NOTE,
        "reviewer": "ana",
        "at": "2024-03-26T09:00:00Z",
    }
    review.write_text(head + "\n" + json.dumps(document, indent=1, ensure_ascii=False), encoding="utf-8")


async def test_claims_an_older_factdesk_found_in_the_same_article_keep_their_verdicts_in_place(older):
    article, store, review = older
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        records = screen.session.ordered()
        messages = " ".join(note.message for note in pilot.app._notifications)
        status = str(screen.query_one("#status-bar").render())
    gallant = [record for record in records if record.claim.text == "Yoav Gallant"]
    assert [record.mark.verdict for record in gallant] == [Verdict.VERIFIED]  # once, and marked
    assert not any(record.orphaned for record in records)
    assert "no longer in the article" not in messages
    assert "reviewed 20/20" in status, status
    figure = next(record for record in records if record.claim.text == "two advisors")
    assert figure.mark.verdict is Verdict.DISPUTED and figure.mark.note == NOTE
    report = run_factdesk("report", review, "--format", "md")
    assert report.returncode == 0, report.stderr
    corrections = report.stdout.split("## ")[1]  # the report opens with the corrections
    assert NOTE in corrections, report.stdout[:3000]
    assert "No longer in the article" not in report.stdout
