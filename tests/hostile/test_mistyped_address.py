"""A mistyped address in the add-source form (`A`): a stray bracket, a space, two dots in a row.

The form reads the page at an address typed into it; an address Python's HTTP client refuses before
asking the network (ValueError, InvalidURL, an IDNA UnicodeError) ended the whole desk with a
traceback: the title, publisher and passage typed into the form were gone, and the desk with them.
Such an address is now said in the form, like an unreachable server, and the form stays open as typed.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.screens.forms import AddSourceScreen
from textual.widgets import Input, Label, TextArea

from tests.app_helpers import desk, make_app, workspace
from tests.conftest import run_factdesk

MISTYPED = ["http://[::1/statement", "http://www.gov .il/statement", "https://www..gov.il/statement"]


async def test_a_mistyped_address_is_said_in_the_form_and_what_was_typed_stays(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    app = make_app(article, store, tmp_path / "r.review.yaml")
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AddSourceScreen)
        form.query_one("#source-title", Input).value = "PMO statement on the delegation"
        form.query_one("#source-excerpt", TextArea).text = "The delegation will not leave."
        url = form.query_one("#source-url", Input)
        for address in MISTYPED:
            url.value = address
            url.focus()
            await pilot.press("enter")  # reads the page at the address
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.is_running and app.screen is form, address
            assert "address" in str(form.query_one("#form-error", Label).render()), address
        assert form.query_one("#source-title", Input).value == "PMO statement on the delegation"
        assert form.query_one("#source-excerpt", TextArea).text == "The delegation will not leave."


def test_sources_add_with_a_mistyped_address_is_a_message_and_exit_2(tmp_path: Path, seed_dir: Path):
    _article, store = workspace(tmp_path, seed_dir)
    done = run_factdesk("sources", "add", MISTYPED[0], "--into", store, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert MISTYPED[0] in done.stderr
