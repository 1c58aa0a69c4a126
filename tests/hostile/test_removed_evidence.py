"""Evidence the reviewer linked whose source was since removed from the store (its file deleted, renamed away,
or the store reorganised by a colleague).

The report cited it by its id and nothing else, without a word: the title, publisher, date and address
that made the citation worth something were gone from the report the editor reads, and nobody was told
why. The report now says, on the terminal and beside the id, that the source is not in the store.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import SEED_DATE, workspace
from tests.conftest import run_factdesk

SOURCE = "israel-pmo-delegation-2024-03-25"


def test_a_linked_source_removed_from_the_store_is_said_in_the_report_and_on_the_terminal(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    claim_id = session.ordered()[0].claim.id
    session.toggle_evidence(claim_id, SOURCE)
    session.mark(claim_id, Verdict.VERIFIED)
    session.close()
    assert SOURCE in (store / "un-sc-2728.yaml").read_text(encoding="utf-8")
    (store / "un-sc-2728.yaml").rename(tmp_path / "un-sc-2728.yaml")  # out of the store
    done = run_factdesk("report", review, "--format", "md", "-o", tmp_path / "r.md")
    assert done.returncode == 0, done.stderr
    assert "warning" in done.stderr and SOURCE in done.stderr and "not in the store" in done.stderr, done.stderr
    cited = [line for line in (tmp_path / "r.md").read_text(encoding="utf-8").splitlines() if f"`{SOURCE}`" in line]
    assert cited and all("not in the store" in line for line in cited), cited
