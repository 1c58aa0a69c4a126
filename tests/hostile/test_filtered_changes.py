"""A change to a claim the filter hides is shown, never made out of sight.

With a filter on (f: "kind: person", "verdict: disputed"), ctrl+z undid a verdict on a claim
the list no longer showed: the cursor stayed where it was, the panel showed another claim, and
nothing on screen said a verdict had just been taken back (a second ctrl+z, "it did nothing",
took back one more). A claim added with c that the filter did not match was saved but listed
nowhere, so it looked lost and was added again.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.model import ClaimKind
from factdesk.tui.widgets.claims_table import ClaimsTable
from factdesk.tui.widgets.evidence_panel import EvidencePanel
from textual.widgets import Static

from tests.app_helpers import desk, make_app, saved, workspace


def status(screen) -> str:
    return str(screen.query_one("#status-bar", Static).render())


async def test_undo_of_a_claim_the_filter_hides_shows_that_claim(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        marked = table.current_id
        assert screen.session.records[marked].claim.kind is not ClaimKind.PERSON
        await pilot.press("v")
        await pilot.press("f", *"kind: person", "enter")
        await pilot.pause()
        assert marked not in table.ids()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert saved(review)[marked]["verdict"] == "unreviewed"
        # what was just taken back is on screen: listed, selected, in the panel
        assert table.current_id == marked
        panel = str(screen.query_one(EvidencePanel).query_one("#evidence-body").render())
        assert screen.session.records[marked].claim.text[:30] in panel
        assert "filter:" not in status(screen)


async def test_a_claim_added_that_the_filter_hides_is_listed_and_selected(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        await pilot.press("d")
        await pilot.press("f", *"verdict: disputed", "enter")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"the envoy left on Monday", "ctrl+s")
        await pilot.pause()
        added = [claim_id for claim_id, entry in saved(review).items() if entry.get("added")]
        assert len(added) == 1
        assert added[0] in table.ids() and table.current_id == added[0]
        assert "filter:" not in status(screen)
