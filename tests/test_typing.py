"""Nothing typed is lost: keys that arrive in one burst (paste, tmux send-keys, a slow link) all land."""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.forms import AddSourceScreen
from factdesk.tui.screens.review import ReviewScreen
from factdesk.tui.widgets.claims_table import ClaimsTable
from textual.widgets import Label

from tests.app_helpers import burst, desk, make_app, saved, workspace

NOTE = "Name misspelled: Tzachi Hanegbi per the PMO register"


async def settle(pilot) -> None:
    for _ in range(20):
        await pilot.pause()


async def test_a_note_typed_and_saved_in_one_burst_is_saved_whole(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.query_one(ClaimsTable).current_id
        burst(pilot, "n", *NOTE, "ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReviewScreen)
        assert saved(review)[first]["note"] == NOTE


async def test_keys_after_the_burst_save_go_back_to_the_list(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first, second = screen.query_one(ClaimsTable).ids()[:2]
        burst(pilot, "n", *"checked", "ctrl+s", "j", "v")
        await settle(pilot)
        assert saved(review)[first]["note"] == "checked"
        assert saved(review)[second]["verdict"] == "verified"


async def test_a_claim_search_typed_in_one_burst_finds_the_claim(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        burst(pilot, "slash", *"Gallant is sch", "enter")
        await settle(pilot)
        record = screen.session.records[screen.query_one(ClaimsTable).current_id]
        assert record.claim.text.startswith("Gallant is scheduled")


async def test_a_refused_source_form_stays_open_with_what_was_typed(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        burst(pilot, "A", *"Bad Id!", "tab", *"Ceasefire vote", "tab", *"Reuters", "ctrl+s")
        await settle(pilot)
        form = pilot.app.screen
        assert isinstance(form, AddSourceScreen)
        assert [form.value(name) for name in ("id", "title", "publisher")] == ["Bad Id!", "Ceasefire vote", "Reuters"]
        assert "id:" in str(form.query_one("#form-error", Label).render())
        assert pilot.app.focused is form.query_one("#source-id")

        burst(pilot, "ctrl+u", *"reuters-2024-03-25", "ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReviewScreen)
        added = list((store / "added").rglob("*.yaml"))
        assert len(added) == 1 and "Ceasefire vote" in added[0].read_text(encoding="utf-8")


async def test_keys_after_a_forms_save_or_cancel_go_back_to_the_list(tmp_path: Path, seed_dir: Path):
    """ "add a claim, then d" in one burst: the d is the desk's, not typed into the closing form."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.query_one(ClaimsTable).current_id
        burst(pilot, "t", "escape", "v")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReviewScreen)
        assert saved(review)[first]["verdict"] == "verified"
        burst(pilot, "c", *"An added claim", "ctrl+s", "d")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReviewScreen)
        added = [r for r in screen.session.ordered() if r.added]
        assert [r.mark.verdict.value for r in added] == ["disputed"], added


async def test_keys_after_answering_the_notes_question_go_back_to_the_list(tmp_path: Path, seed_dir: Path):
    """ "a note, escape, s (save it), v" in one burst: the note saved and the v the desk's."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first, second = screen.query_one(ClaimsTable).ids()[:2]
        burst(pilot, "n", *"checked", "escape", "s", "j", "v")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReviewScreen)
        assert saved(review)[first]["note"] == "checked"
        assert saved(review)[second]["verdict"] == "verified"
