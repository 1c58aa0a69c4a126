"""A store excerpt of a whole transcript, or a note pasted from a long document: the panel draws a window.

The evidence panel drew every cited excerpt whole: one of 2.4 MB cost 14 s each time the cursor landed on a
claim citing it (a desk that waits seconds per key). It now draws the part around the claim's words, and
says how much more the store entry (s) holds.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from factdesk.tui.widgets.evidence_panel import EvidencePanel

from tests.app_helpers import desk, make_app, workspace

PARAGRAPH = "The delegates spoke at length about the agenda of the session. "


async def test_a_transcript_long_excerpt_is_drawn_around_the_claims_words(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    said = "The Security Council adopted resolution 2728 demanding an immediate ceasefire in Gaza. "
    transcript = said * 3000  # a meeting where it was said again and again
    entry = {"sources": [{"id": "transcript", "title": "Transcript", "publisher": "UN", "excerpts": [transcript]}]}
    (store / "transcript.yaml").write_text(yaml.safe_dump(entry, width=10**9), encoding="utf-8")
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        citing = [
            r.claim.id
            for r in screen.session.ordered()
            if r.suggestion and any(e.store_id == "transcript" for e in r.suggestion.evidence)
        ]
        assert citing
        screen.table.go_to(citing[0])
        await pilot.pause()
        shown = str(screen.query_one(EvidencePanel).query_one("#evidence-body").render())
    assert "adopted resolution 2728" in shown
    assert "more characters: s shows the entry whole" in shown
    assert len(shown) < 10_000  # a window, not the 270,000 characters
