"""The review app driven like a reviewer: keys, and what the screen and the review file show after them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from factdesk.claims.model import Verdict
from factdesk.tui.app import FactdeskApp
from factdesk.tui.desk_keys import DESK_BINDINGS, key_label
from factdesk.tui.screens.forms import AddSourceScreen
from factdesk.tui.screens.help import HelpScreen
from factdesk.tui.widgets.article_view import ArticleView
from factdesk.tui.widgets.claims_table import ClaimsTable
from factdesk.tui.widgets.evidence_panel import EvidencePanel
from textual.widgets import Input, Label, Static

from tests.app_helpers import SEED_DATE, desk, make_app, saved, workspace

pytestmark = pytest.mark.anyio


def status(screen) -> str:
    return str(screen.query_one("#status-bar", Static).render())


def mark_cell(screen, claim_id: str) -> str:
    return str(screen.query_one(ClaimsTable).get_cell(claim_id, "mark"))


async def test_each_verdict_key_marks_moves_on_and_saves(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        first, second, third = table.ids()[:3]
        await pilot.press("v")
        assert table.current_id == second  # moved on to the next unreviewed claim
        await pilot.press("d")
        await pilot.press("u")
        assert saved(review)[first]["verdict"] == "verified"
        assert saved(review)[second]["verdict"] == "disputed"
        assert saved(review)[third]["verdict"] == "unsupported"
        assert mark_cell(screen, first).startswith("✔") and mark_cell(screen, second).startswith("✘")
        assert "reviewed 3/" in status(screen) and "verified 1" in status(screen)
        table.go_to(first)
        await pilot.press("backspace")
        assert saved(review)[first]["verdict"] == "unreviewed"
        assert "reviewed 2/" in status(screen)
        assert saved(review)[first]["reviewer"] == "tester"


async def test_a_accepts_the_suggestion(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        hanegbi = next(
            r.claim.id
            for r in screen.session.ordered()
            if r.claim.kind.value == "person" and r.claim.text == "Tzaji Hanegbi"
        )
        table.go_to(hanegbi)
        await pilot.press("a")
        assert saved(review)[hanegbi]["verdict"] == "disputed"


async def test_undo_and_redo(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.query_one(ClaimsTable).ids()[0]
        await pilot.press("v")
        await pilot.press("ctrl+z")
        assert saved(review)[first]["verdict"] == "unreviewed"
        assert screen.query_one(ClaimsTable).current_id == first
        await pilot.press("ctrl+y")
        assert saved(review)[first]["verdict"] == "verified"
        assert [change["field"] for change in yaml.safe_load(review.read_text())["history"]] == ["verdict"] * 3


async def test_a_note_is_saved_literally_and_focus_returns_to_the_list(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.query_one(ClaimsTable).ids()[0]
        await pilot.press("n")
        await pilot.press(*"Check [bold]PMO[/bold] v")
        await pilot.press("ctrl+s")
        assert saved(review)[first]["note"] == "Check [bold]PMO[/bold] v"
        assert saved(review)[first]["verdict"] == "unreviewed"  # the 'v' typed in the note marked nothing
        assert isinstance(pilot.app.focused, ClaimsTable)
        assert "[bold]PMO[/bold]" in str(screen.query_one("#evidence-body", Static).render())
        assert mark_cell(screen, first).startswith("·✎")


async def test_evidence_is_linked_and_unlinked(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        hanegbi = next(r.claim.id for r in screen.session.ordered() if r.claim.text == "Tzaji Hanegbi")
        screen.query_one(ClaimsTable).go_to(hanegbi)
        await pilot.press("e")
        await pilot.press("enter")  # the first suggested evidence: the register entry
        assert saved(review)[hanegbi]["evidence"] == ["person:Tzachi Hanegbi"]
        await pilot.press(*"United Nations")  # search the whole store: the publisher finds its source
        await pilot.pause()
        await pilot.press("enter")
        assert saved(review)[hanegbi]["evidence"] == ["person:Tzachi Hanegbi", "un-sc-15641"]
        await pilot.press("escape")
        await pilot.press("e", "enter")  # the linked ones come first: unlink the register entry
        assert saved(review)[hanegbi]["evidence"] == ["un-sc-15641"]


async def test_filter_by_verdict_and_kind(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.review.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        await pilot.press("v", "v")
        await pilot.press("f", *"verified", "enter")
        assert table.row_count == 2 and "filter: verdict = verified" in status(screen)
        await pilot.press("f", *"kind: person", "enter")
        kinds = {screen.session.records[claim_id].claim.kind.value for claim_id in table.ids()}
        assert kinds == {"person"} and table.row_count == 5
        await pilot.press("f", *"all", "enter")
        assert table.row_count == len(screen.session.records)


async def test_search_jumps_to_a_claim(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.review.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("slash", *"Dermer is", "enter")
        current = screen.session.records[screen.query_one(ClaimsTable).current_id]
        assert current.claim.text == "Ron Dermer is Minister of Strategic Affairs"
        view = screen.query_one(ArticleView)
        assert view.selected_text == "Minister of Strategic Affairs Ron Dermer"  # highlighted in place


async def test_add_source_writes_a_new_file_and_is_usable_at_once(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    before = {path: path.read_bytes() for path in store.rglob("*.yaml")}
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        await pilot.press("A")
        await pilot.press(
            *"reuters-2024-03-25",
            "tab",
            *"Netanyahu cancels delegation",
            "tab",
            *"Reuters",
            "tab",
            "tab",
            *"2024-03-25",
            "tab",
            *"Netanyahu cancelled the Rafah delegation to Washington.",
        )
        await pilot.press("ctrl+s")
        added = store / "added" / "reuters-2024-03-25.yaml"
        assert added.exists()
        assert yaml.safe_load(added.read_text())["sources"][0]["publisher"] == "Reuters"
        assert {path: path.read_bytes() for path in before} == before  # hand-written files untouched
        first = screen.query_one(ClaimsTable).ids()[0]
        assert saved(review)[first]["evidence"] == ["reuters-2024-03-25"]  # linked to the claim it was added for
        await pilot.press("e", *"Rafah delegation", "enter")  # found in the store at once: enter unlinks it
        assert "evidence" not in saved(review)[first]


async def test_add_source_refuses_a_duplicate_id(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("A", *"un-sc-15641", "tab", *"T", "tab", *"P", "ctrl+s")
        await pilot.pause()
        assert not (store / "added" / "un-sc-15641.yaml").exists()
        form = pilot.app.screen  # still open, saying why in place
        assert isinstance(form, AddSourceScreen) and form.value("title") == "T"
        assert "already used" in str(form.query_one("#form-error", Label).render())


async def test_add_claim_from_typed_text(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        count = screen.query_one(ClaimsTable).row_count
        await pilot.press("c", *"Hamas", "enter")
        table = screen.query_one(ClaimsTable)
        assert table.row_count == count + 1
        added = screen.session.records[table.current_id]
        assert added.added and added.claim.text == "Hamas"
        assert saved(review)[added.claim.id]["added"] is True


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u00ad", "\ufeff", "\u202e", " \u200b "], ids=["zwsp", "shy", "bom", "rlo", "spaced"]
)
async def test_a_claim_of_nothing_but_invisible_characters_is_not_added(tmp_path: Path, seed_dir: Path, invisible: str):
    """A zero-width space, a soft hyphen, a BOM or a direction mark pasted into the `c` form added a blank claim."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        count = screen.query_one(ClaimsTable).row_count
        await pilot.press("c")
        await pilot.pause()
        pilot.app.screen.query_one("#claim-text", Input).value = invisible
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one(ClaimsTable).row_count == count
        assert pilot.app.screen is not screen  # the form stays open, saying what to type


async def test_reopening_restores_verdicts_and_cursor(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        ids = screen.query_one(ClaimsTable).ids()
        await pilot.press("v", "d", "down", "down")
        cursor = screen.query_one(ClaimsTable).current_id
        await pilot.press("q")
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        table = screen.query_one(ClaimsTable)
        assert table.current_id == cursor
        assert screen.session.records[ids[0]].mark.verdict is Verdict.VERIFIED
        assert mark_cell(screen, ids[1]).startswith("✘")


async def test_an_edited_article_keeps_orphaned_claims(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        hanegbi = next(r.claim.id for r in screen.session.ordered() if r.claim.text == "Tzaji Hanegbi")
        dermer = next(r.claim.id for r in screen.session.ordered() if r.claim.text == "Ron Dermer")
        for claim_id in (hanegbi, dermer):
            screen.query_one(ClaimsTable).go_to(claim_id)
            await pilot.press("d")
    article.write_text(article.read_text().replace("Tzaji Hanegbi", "Tzachi Hanegbi"), encoding="utf-8")
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        assert screen.session.records[dermer].mark.verdict is Verdict.DISPUTED  # carried over by id
        orphan = screen.session.records[hanegbi]
        assert orphan.orphaned and orphan.mark.verdict is Verdict.DISPUTED
        assert screen.query_one(ClaimsTable).ids()[-1] == hanegbi
        assert "orphaned" in str(screen.query_one(ClaimsTable).get_cell(hanegbi, "claim"))


async def test_markup_in_the_article_is_shown_literally_and_does_nothing(tmp_path: Path, seed_dir: Path):
    text = (
        "Prime Minister [bold]Yoav Gallant[/bold] said [@click=app.quit]click[/] and \x1b[31mred\x1b[0m "
        "in Washington. Israeli Defense Minister Ron [b]Dermer met US President Joe Biden.\n"
    )
    article, store = workspace(tmp_path, seed_dir, text)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        view = screen.query_one(ArticleView)
        assert "[@click=app.quit]click[/]" in view.text and "[bold]" in view.text and "\x1b" not in view.text
        await pilot.click(ArticleView)
        await pilot.press("tab", "enter")
        assert pilot.app.is_running and isinstance(pilot.app.screen, type(screen))
        cells = " ".join(
            str(screen.query_one(ClaimsTable).get_cell(i, "claim")) for i in screen.query_one(ClaimsTable).ids()
        )
        assert "[@click=app.quit]" in cells or "[bold]" in cells


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"], ids=["U+2028", "U+2029", "NEL"])
async def test_a_line_separator_in_the_article_keeps_the_view_on_the_words(
    tmp_path: Path, seed_dir: Path, separator: str
):
    """TextArea breaks a line at U+2028 (copied from a CMS or a JSON string); the view's offsets did not: every
    row below was one off, and selecting "40 new buses" added " the plan wo" from the next paragraph."""
    text = (
        f"The mayor said:{separator}We will act.\n\nOfficials said 40 new buses were ordered in March.\n\n"
        "The union said the plan would cost 300 jobs.\n"
    )
    article, store = workspace(tmp_path, seed_dir, text)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        view = screen.query_one(ArticleView)
        start = view.article_text.index("40 new buses")  # offsets into the article as read
        view.highlight(start, start + len("40 new buses"))
        assert view.selected_text == "40 new buses"
        assert view.selected_span() == (start, start + len("40 new buses"), "40 new buses")


async def test_help_screen_lists_every_key(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        shown = str(pilot.app.screen.query_one(Static).render())
        for binding in DESK_BINDINGS:  # the help is made from the bindings: each key, with what it does
            assert f"{key_label(binding.key):>10}  {binding.tooltip}" in shown, binding.key
        await pilot.press("escape")
        assert not isinstance(pilot.app.screen, HelpScreen)


async def test_export_writes_the_report(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("d", "x", "enter")
        report = Path(str(article) + ".report.md")
        assert report.exists() and "## Disputed (1)" in report.read_text()


async def test_an_unreadable_review_file_is_never_overwritten(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    review.write_text("claims: [this is: not: valid", encoding="utf-8")
    before = review.read_bytes()
    app = make_app(article, store, review)
    async with app.run_test(size=(160, 45)) as pilot:
        for _ in range(300):
            await pilot.pause(0.01)
            if not app.is_running:
                break
    assert app.return_code == 2
    assert review.read_bytes() == before


async def test_a_second_app_on_the_same_review_is_refused(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v")
        second = make_app(article, store, review)
        async with second.run_test(size=(160, 45)) as other:
            for _ in range(300):
                await other.pause(0.01)
                if not second.is_running:
                    break
        assert second.return_code == 2
        await pilot.press("v")  # the first app still owns the file and saves
        assert sum(c["verdict"] == "verified" for c in saved(review).values()) == 2


async def test_the_command_palette_runs_desk_actions(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.query_one(ClaimsTable).ids()[0]
        await pilot.press("ctrl+p")
        await pilot.press(*"Unsupported")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert saved(review)[first]["verdict"] == "unsupported"


async def test_a_very_long_article_is_shown_a_window_at_a_time(tmp_path: Path, seed_dir: Path, monkeypatch):
    """TextArea re-wraps all its text on each resize, so a huge article is shown around the current claim."""
    monkeypatch.setattr(ArticleView, "WINDOW_ABOVE", 2_000)  # stand-ins for a million characters
    monkeypatch.setattr(ArticleView, "WINDOW_REACH", 500)
    seed = (seed_dir / "article.txt").read_text(encoding="utf-8")
    padding = "".join(f"Paragraph {n} of background with nothing to check in it at all.\n\n" for n in range(60))
    article, store = workspace(tmp_path, seed_dir, padding + seed)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        view = screen.query_one(ArticleView)
        assert len(view.text) < len(view.article_text)
        await pilot.press("slash", *"Dermer is", "enter")  # a claim far below the first window
        claim = screen.session.records[screen.query_one(ClaimsTable).current_id].claim
        assert view.window[0] <= claim.start < claim.end <= view.window[1]
        assert view.selected_text == "Minister of Strategic Affairs Ron Dermer"
        assert view.selected_span() == (claim.start, claim.end, view.selected_text)  # offsets into the article
        assert "of" in str(view.border_subtitle) and f"{len(view.article_text):,}" in str(view.border_subtitle)
        await pilot.press("home")  # back to the first claim: the window follows
        first = screen.session.records[screen.query_one(ClaimsTable).current_id].claim
        assert view.window[0] <= first.start and view.selected_text == view.article_text[first.start : first.end]


async def test_a_reviewer_name_with_markup_is_shown_literally(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    name = "[bold]Eve[/bold] [@click=app.quit]x[/] \x1b[31mred"
    app = FactdeskApp(article, store, on=SEED_DATE, review=tmp_path / "r.yaml", reviewer=name)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        first = screen.table.current_id
        await pilot.press("v", "up")  # mark, then back to the marked claim
        assert screen.table.current_id == first
        shown = str(screen.query_one(EvidencePanel).query_one("#evidence-body").render())
        assert "[bold]Eve[/bold] [@click=app.quit]x[/]" in shown and "\x1b" not in shown
        await pilot.click(EvidencePanel)
        assert pilot.app.is_running
    assert saved(tmp_path / "r.yaml")[first]["reviewer"] == name  # kept as given in the file


async def test_the_store_browser_lists_the_store_shows_an_entry_and_links_it(tmp_path: Path, seed_dir: Path):
    """s lists people, sources and votes with counts; enter shows the entry in full; l links it and the claim
    is checked again at once (no "no source in the store says this" above the source just linked)."""
    from factdesk.tui.screens.pick import PickScreen
    from factdesk.tui.screens.store_entry import StoreEntryScreen
    from textual.widgets import Label, OptionList

    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        gallant = next(r for r in screen.session.ordered() if r.claim.text.startswith("Gallant is scheduled"))
        assert gallant.suggestion.reason == "no source in the store says this"
        screen.query_one(ClaimsTable).go_to(gallant.claim.id)
        await pilot.press("s")
        picker = pilot.app.screen
        assert isinstance(picker, PickScreen)
        assert "5 people · 2 sources · 1 votes" in str(picker.query_one(Label).render())
        listed = picker.query_one(OptionList)
        rows = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert rows[0].startswith("People (5)") and any("Sources (2)" in row for row in rows)
        assert any("Tzachi Hanegbi" in row for row in rows) and any("unsc-res-2728" in row for row in rows)
        await pilot.press(*"prime minister's office")
        await pilot.pause()
        await pilot.press("enter")
        entry = pilot.app.screen
        assert isinstance(entry, StoreEntryScreen)
        shown = str(entry.query_one("#entry-body Static").render())
        assert "Prime Minister's Office, Israel" in shown and "will not leave for Washington" in shown
        await pilot.press("l")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert saved(review)[gallant.claim.id]["evidence"] == ["israel-pmo-delegation-2024-03-25"]
        record = screen.session.records[gallant.claim.id]
        assert "israel-pmo-delegation-2024-03-25 (linked)" in record.suggestion.reason
        assert "no source in the store says this" not in str(screen.query_one("#evidence-body").render())


async def test_at_80x24_every_key_is_shown_and_the_date_is_in_the_header(tmp_path: Path, seed_dir: Path):
    from factdesk.tui.desk_keys import DESK_BINDINGS, key_label

    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(80, 24)) as pilot:
        screen = await desk(pilot)
        keys = str(screen.query_one("#key-bar").render())
        for binding in DESK_BINDINGS:
            if binding.show:
                assert f"{key_label(binding.key)}" in keys, binding.key
        assert keys.rstrip().endswith("? help") or "? help" in keys
        title = str(screen.query_one("#title-bar").render())
        assert title.startswith("2024-03-25") and "…" in title and len(title) <= 80


async def test_the_date_is_set_from_the_desk_and_every_claim_is_checked_again(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    async with make_app(article, store, tmp_path / "r.yaml").run_test(size=(120, 40)) as pilot:
        screen = await desk(pilot)
        gallant = next(r for r in screen.session.ordered() if r.claim.text.startswith("Yoav Gallant is"))
        assert gallant.suggestion.verdict.value == "verified"
        await pilot.press("t", "ctrl+a", "ctrl+k", *"2025-01-01", "enter")
        await desk(pilot)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.session.checked.on.isoformat() == "2025-01-01"
        assert str(screen.query_one("#title-bar").render()).startswith("2025-01-01")
        assert screen.session.records[gallant.claim.id].suggestion.verdict.value == "disputed"  # left 2024-11-07


def test_the_readme_key_table_lists_every_key_of_the_desk():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| key | does |") :].split("\n\n")[0]
    for binding in DESK_BINDINGS:
        assert f"`{key_label(binding.key)}`" in table, f"README's key table lacks {binding.key}"


async def test_evidence_linked_earlier_is_read_when_the_review_is_reopened(tmp_path: Path, seed_dir: Path):
    from factdesk.claims.desk import prepare_check
    from factdesk.claims.review import ReviewSession

    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, "Ana")
    gallant = next(r.claim.id for r in session.ordered() if r.claim.text.startswith("Gallant is scheduled"))
    session.toggle_evidence(gallant, "israel-pmo-delegation-2024-03-25")
    session.close()
    async with make_app(article, store, review).run_test(size=(120, 40)) as pilot:
        screen = await desk(pilot)
        assert "israel-pmo-delegation-2024-03-25 (linked)" in screen.session.records[gallant].suggestion.reason
