"""A source id taken in the store by someone else's hand-written file while the desk is open, then `A` with it.

The form checked the id against the store as it was read when the desk opened, wrote `added/ID.yaml`
and linked it to the claim. On every later load the hand-written file won the id: the source the
reviewer typed (title, publisher, the passage that proves the claim) was dropped as a duplicate, and the
claim's link, the report and the ClaimReview cited the other document.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.sources.store import load_store
from factdesk.tui.screens.forms import AddSourceScreen
from textual.widgets import Label

from tests.app_helpers import desk, make_app, workspace

HAND_WRITTEN = """\
sources:
  - id: reuters-qatar
    title: Qatar mediators meet Hamas delegation
    publisher: Reuters
    excerpts: ["The talks in Doha went on into the night."]
"""


async def test_an_id_taken_by_a_hand_written_file_since_the_desk_opened_is_refused_in_the_form(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        (store / "colleague.yaml").write_text(HAND_WRITTEN, encoding="utf-8")  # a colleague, meanwhile
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, AddSourceScreen)
        await pilot.press(*"reuters-qatar", "tab", *"Qatar says talks go on", "tab", *"AP", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AddSourceScreen)  # still open, every field as typed
        said = str(app.screen.query_one("#form-error", Label).render())
        assert "reuters-qatar" in said and "colleague.yaml" in said, said
        await pilot.press("end", "ctrl+u", *"ap-qatar", "ctrl+s")  # the id field has the focus: another id
        await pilot.pause()
        assert not isinstance(app.screen, AddSourceScreen)
    assert not (store / "added" / "reuters-qatar.yaml").exists()
    reloaded = load_store(store)
    assert reloaded.sources["ap-qatar"].title == "Qatar says talks go on"
    assert reloaded.sources["reuters-qatar"].publisher == "Reuters"
    assert not reloaded.problems
