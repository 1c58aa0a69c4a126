"""The review desk: claims on the left, the article and the evidence on the right, keys to mark.

Attributes down, messages up: the screen holds the `ReviewSession`, calls its
plain functions on each key, and then tells the widgets what to show.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from factdesk.claims.facts import fact_marks
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewedClaim, ReviewSession
from factdesk.sources.errors import FactdeskError
from factdesk.sources.text import fold
from factdesk.tui.desk_keys import DESK_BINDINGS
from factdesk.tui.leaving import saved_copy_note
from factdesk.tui.marks import MARKS, STYLES
from factdesk.tui.safe import printable
from factdesk.tui.screens.entries import claim_entries, filter_entries
from factdesk.tui.screens.help import HelpScreen, shown_path
from factdesk.tui.screens.note import NoteScreen
from factdesk.tui.screens.pick import PickScreen
from factdesk.tui.screens.quit import QuitScreen
from factdesk.tui.screens.review_store import StoreActions
from factdesk.tui.screens.review_typing import TypingActions
from factdesk.tui.store_notes import store_warning
from factdesk.tui.widgets.article_view import ArticleView
from factdesk.tui.widgets.claims_table import ClaimsTable
from factdesk.tui.widgets.evidence_panel import EvidencePanel
from factdesk.tui.widgets.key_bar import KeyBar
from factdesk.tui.widgets.title_bar import TitleBar
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Container
from textual.screen import Screen
from textual.widgets import Static


class ReviewScreen(TypingActions, StoreActions, Screen):
    BINDINGS = DESK_BINDINGS  # kept once in desk_keys.py: the key bar, help and palette are made from it

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        self.session = session
        self.filter: tuple[str, str] | None = None  # ("verdict"|"kind"|"text", value)
        self.checking: tuple[int, int] | None = (0, len(session.checked.claims))  # (checked, total) until done
        self.shown_at: float | None = None  # perf_counter() of the first frame (the benchmarks read it)
        self.drafts: dict[str, dict[str, str]] = {}  # forms' text kept when the desk was stopped (review_drafts.py)
        self.draft_places: dict[str, Path] = {}  # the file each draft is kept in

    # layout

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title-bar")
        with Container(id="desk"):  # a grid: see factdesk.tcss for the wide and the narrow layout
            yield ClaimsTable(id="claims")
            yield ArticleView(self.session.checked.article.text, id="article")
            yield EvidencePanel(id="evidence")
        yield Static(id="status-bar", markup=False)
        yield KeyBar(self.BINDINGS, id="key-bar")

    def update_title(self) -> None:
        """The title bar: the date first (it decides every title check), the title cut to fit, the outlet."""
        checked = self.session.checked
        article = checked.article
        self.query_one(TitleBar).show(
            article.title or article.path.name,
            checked.on,
            article.outlet,
            store_warning(checked.store),
            getattr(self.app, "demo_folder", None),
        )

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_frame)
        table = self.query_one(ClaimsTable)
        table.show(self.session.ordered(), keep=self.session.cursor)
        table.focus()
        self.show_current()
        self.update_status()
        self.update_title()
        notes = []
        if self.session.restored_date is not None:
            notes.append(
                f"Claims are checked as of {self.session.restored_date.isoformat()}, as this review was; t changes it."
            )
        if self.session.renamed_review is not None:
            notes.append(
                f"This article was reviewed before under another name: {self.session.renamed_review}. "
                f"Its verdicts and notes are there: quit and open it with --review {self.session.renamed_review} "
                "to go on with them."
            )
        for copy in self.session.saved_copies:
            notes.append(saved_copy_note(self.session, copy))
        if self.session.file.new_behind_link and not self.session.path.exists():
            notes.append(
                f"{self.session.file.link} is a symbolic link to {self.session.path}, which does not exist: a new "
                "review begins there. If the review was moved, quit now (nothing is written until you mark a "
                "claim) and put it back."
            )
        links = self.session.file.hard_links
        if links is not None:
            notes.append(
                f"This review file has another name (a hard link): {links.said()}. factdesk saves by writing a "
                f"new file under {self.session.path.name}, so the other name keeps the review as it is now "
                "and will not get your changes."
            )
        notes += self._drafts_kept()
        if self.session.article_changed:
            notes.append("The article changed since the last session: verdicts were carried over by claim id.")
        orphaned = sum(record.orphaned for record in self.session.ordered())
        if orphaned:
            notes.append(f"{orphaned} claim(s) no longer in the article are kept at the end, marked orphaned.")
        notes += list(self.session.checked.article.notes)
        if self.session.checked.store.problems:
            notes.append(
                f"The store has {len(self.session.checked.store.problems)} problem(s); run 'factdesk sources validate'."
            )
        for note in notes:
            self.app.notify(note, severity="warning", timeout=8, markup=False)

    def _first_frame(self) -> None:
        self.shown_at = time.perf_counter()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 110, "narrow")
        self.set_class(110 <= self.size.width < 150, "medium")

    # showing

    @property
    def table(self) -> ClaimsTable:
        return self.query_one(ClaimsTable)

    def current(self) -> ReviewedClaim | None:
        claim_id = self.table.current_id
        return self.session.records.get(claim_id) if claim_id else None

    def show_current(self) -> None:
        record = self.current()
        self.query_one(EvidencePanel).show(record, self.session.checked.store)
        if record is not None and not record.orphaned and record.claim.end > record.claim.start:
            self.query_one(ArticleView).highlight(record.claim.start, record.claim.end)
        if record is not None:
            self.session.cursor = record.claim.id

    def update_status(self) -> None:
        tally = self.session.tally()
        total = sum(tally.values())
        reviewed = total - tally[Verdict.UNREVIEWED]
        status = Text(f" reviewed {reviewed}/{total}  ")
        for verdict in (Verdict.VERIFIED, Verdict.DISPUTED, Verdict.UNSUPPORTED):
            status.append(f"{MARKS[verdict]} {verdict.value} {tally[verdict]}  ", style=STYLES[verdict])
        if self.filter:
            status.append(f" filter: {self.filter[0]} = {self.filter[1]}  ", style="reverse")
        if self.checking is not None:
            status.append(f" checking against the store {self.checking[0]}/{self.checking[1]} … ", style="italic")
        if self.session.unsaved:
            status.append(" NOT SAVED — see the message ", style="bold white on red")
        self.query_one("#status-bar", Static).update(status)

    def suggestions_arrived(self, claim_ids: list[str], checked: int, total: int) -> None:
        """The background checker filled in suggestions: show them in the rows and the panel."""
        self.checking = None if checked >= total else (checked, total)
        table = self.table
        for claim_id in claim_ids:
            table.show_suggestion(self.session.records[claim_id])
        if table.current_id in claim_ids:
            self.show_current()
        self.update_status()

    def store_ready(self) -> bool:
        """The index is built; otherwise say so (searching the store needs it)."""
        if self.session.checked.index is None:
            self.app.notify("The store is still being indexed; try again in a moment.", markup=False)
            return False
        return True

    @on(ClaimsTable.Highlighted)
    def _claim_highlighted(self, event: ClaimsTable.Highlighted) -> None:
        self.show_current()

    # marking

    def _run(self, change) -> bool:
        """Run a session change; report a failed save without losing the change."""
        try:
            change()
        except FactdeskError as error:
            message = printable(str(error))
            if self.session.unsaved:
                message += "\nYour changes are kept here; q offers to save them all to a new file (its path shown)."
            self.app.notify(message, title="Not saved", severity="error", timeout=10, markup=False)
            self.update_status()
            return False
        return True

    def action_mark(self, verdict: str) -> None:
        record = self.current()
        if record is None:
            return
        self._run(lambda: self.session.mark(record.claim.id, Verdict(verdict)))
        self._mark_fact(record.claim.id, Verdict(verdict))
        self.after_change(record.claim.id, advance=verdict != "unreviewed")

    def action_accept(self) -> None:
        record = self.current()
        if record is None or record.suggestion is None:
            return
        self._run(lambda: self.session.accept_suggestion(record.claim.id))
        self._mark_fact(record.claim.id, record.suggestion.verdict)
        self.after_change(record.claim.id, advance=True)

    def _mark_fact(self, claim_id: str, verdict: Verdict) -> None:
        """The rest of the claim's fact (its name, or the name's title) takes the verdict where the checker
        agrees and nobody has marked it yet (claims/facts.py says why)."""
        partners = fact_marks(self.session.records, claim_id, verdict)
        if partners:
            self._run(lambda: self.session.mark_many(partners, joined=True))  # one key, one undo step
            for partner in partners:
                self.table.show_mark(self.session.records[partner])

    def after_change(self, claim_id: str, advance: bool = False) -> None:
        record = self.session.records[claim_id]
        self.table.show_mark(record)
        self.update_status()
        if advance:
            following = self.table.next_unreviewed(self.session.records)
            if following is not None:
                self.table.go_to(following)
        self.show_current()

    def action_undo(self) -> None:
        self._step(self.session.undo_target(), self.session.undo, "Nothing to undo.")

    def action_redo(self) -> None:
        self._step(self.session.redo_target(), self.session.redo, "Nothing to redo.")

    def _step(self, claim_id: str | None, step: Callable[[], object], nothing: str) -> None:
        """Undo or redo: the change is made in memory even if saving it fails (then it says so)."""
        if claim_id is None:
            self.app.notify(nothing, markup=False)
            return
        self._run(step)
        stepped = self.session.state.last_stepped  # a name and its title, marked together by one key
        claim_id = self.session.state.cursor if self.session.state.cursor in stepped else claim_id
        for other in stepped:
            if other != claim_id and other in self.session.records:
                self.table.show_mark(self.session.records[other])
        self.bring_into_view(claim_id)
        self.after_change(claim_id)

    def bring_into_view(self, claim_id: str) -> None:
        """Select the claim just changed; if the filter hides it, lift the filter (the status bar then says so).

        A verdict taken back (ctrl+z) or a claim added out of the list's sight looked as if nothing had
        happened: a second ctrl+z took back one more, and an added claim was added again.
        """
        if not self.table.go_to(claim_id) and self.filter is not None:
            self.apply_filter(None)
            self.table.go_to(claim_id)

    # notes and evidence

    def action_note(self) -> None:
        record = self.current()
        if record is None:
            return

        def done(note: str | None) -> None:
            if note is not None:
                self._run(lambda: self.session.set_note(record.claim.id, note))
                self.after_change(record.claim.id)
            self.table.focus()

        self.app.push_screen(NoteScreen(record.claim.text, record.mark.note, record.claim.id), done)

    # finding claims

    def visible_records(self) -> list[ReviewedClaim]:
        records = self.session.ordered()
        if self.filter is None:
            return records
        what, value = self.filter
        if what == "verdict":
            return [r for r in records if r.mark.verdict.value == value]
        if what == "kind":
            return [r for r in records if r.claim.kind.value == value]
        folded = fold(value)
        return [r for r in records if folded in fold(r.claim.text) or folded in fold(r.mark.note)]

    def apply_filter(self, new_filter: tuple[str, str] | None) -> None:
        self.filter = new_filter
        keep = self.table.current_id
        self.table.show(self.visible_records(), keep=keep)
        self.update_status()
        self.show_current()
        self.table.focus()

    def action_filter(self) -> None:
        def done(choice: str | None) -> None:
            if choice == "all":
                self.apply_filter(None)
            elif choice:
                what, value = choice.split(":", 1)
                self.apply_filter((what, value))
            else:
                self.table.focus()

        self.app.push_screen(PickScreen("Filter claims", filter_entries, "enter applies · escape closes"), done)

    def action_search(self) -> None:
        def done(claim_id: str | None) -> None:
            if claim_id:
                self.bring_into_view(claim_id)
            self.table.focus()

        self.app.push_screen(
            PickScreen(
                "Search claims",
                lambda query: claim_entries(self.session, query),
                "enter jumps to the claim · escape closes",
            ),
            done,
        )

    def action_help(self) -> None:
        demo = getattr(self.app, "demo_folder", None)
        extra = f"The demo's article, store and review are in {demo} ('factdesk demo --fresh' starts over)."
        extra = extra if demo else ""
        self.app.push_screen(HelpScreen(shown_path(self.session.path), extra))

    def action_quit(self) -> None:
        """Quit; with changes that are not saved, ask first (save again, or quit and lose them).

        A change taken back since the last save that failed is as on disk again: nothing to ask about.
        """
        if not self.session.unsaved_changes():
            self.app.exit()
            return

        new_file = self.session.new_file_path()

        def done(choice: str | None) -> None:
            if choice == "save":
                if self._run(self.session.save):
                    self.update_status()
                    self.app.exit()
            elif choice == "new":
                if self._run(lambda: self.session.save_to_new_file(new_file)):
                    self.update_status()
                    self.app.exit()
            elif choice == "lose":
                self.app.exit(1)
            else:
                self.table.focus()

        self.app.push_screen(QuitScreen(self.session.unsaved_changes(), new_file), done)
