"""The store folder moved or removed while the desk is open (a branch checked out, a sync tool, by hand), then `A`.

Adding a source made the folders it needed: a store gone from its place was begun again there, holding
only the new source, while the reviewer's store was wherever it went. Putting the store back then met a
folder in its way, and the source (and the claim's link to it) lived in a stray copy. The form now says
the store is gone and stays open with what was typed; once the store is back, the same ctrl+s adds it.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.forms import AddSourceScreen
from textual.widgets import Label

from tests.app_helpers import desk, make_app, workspace


async def test_a_source_added_while_the_store_is_gone_is_not_written_to_a_new_store_there(
    tmp_path: Path, seed_dir: Path
):
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        store.rename(tmp_path / "store-elsewhere")
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, AddSourceScreen)
        await pilot.press(*"reuters-qatar", "tab", *"Qatar says talks go on", "tab", *"Reuters", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AddSourceScreen)  # still open, every field as typed
        said = str(app.screen.query_one("#form-error", Label).render())
        assert str(store) in said and "gone" in said, said
        assert not store.exists()  # no stray store begun in its place
        (tmp_path / "store-elsewhere").rename(store)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, AddSourceScreen)
    assert (store / "added" / "reuters-qatar.yaml").exists() and (store / "people.yaml").exists()
