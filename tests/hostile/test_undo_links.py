"""Undoing a link (ctrl+z) takes the link's effect on the checker's suggestion back too.

Linking evidence checks the claim again with it ("X (linked) does not clearly say this", or "X
(linked) says much the same" and a suggestion to verify). Undone, the link was gone but the
suggestion made with it stayed: the panel and the saved review cited a link that no longer
existed, and `a` accepted a verdict drawn from it.
"""

from __future__ import annotations

from pathlib import Path

from tests.app_helpers import desk, make_app, saved, workspace

PMO = "israel-pmo-delegation-2024-03-25"


async def test_undoing_a_link_checks_the_claim_again_without_it(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        gallant = next(r.claim.id for r in screen.session.ordered() if r.claim.text.startswith("Gallant is sched"))
        unlinked = screen.session.records[gallant].suggestion
        screen.table.go_to(gallant)
        await pilot.press("e", *"delegation to Washington")
        await pilot.pause()
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert f"{PMO} (linked)" in screen.session.records[gallant].suggestion.reason
        await pilot.press("ctrl+z")
        await pilot.pause()
        record = screen.session.records[gallant]
        assert record.mark.evidence == ()
        assert record.suggestion == unlinked  # as the checker made it with nothing linked
        await pilot.press("ctrl+y")  # redo links it again, and the suggestion made with it comes back
        await pilot.pause()
        assert f"{PMO} (linked)" in screen.session.records[gallant].suggestion.reason
        await pilot.press("ctrl+z", "v")
    entry = saved(review)[gallant]
    assert "evidence" not in entry and "(linked)" not in entry["suggestion"]["reason"]
