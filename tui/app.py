"""The Textual review app: loads in a worker with progress, then opens the review desk.

`run_review` is what `factdesk review` and `factdesk demo` call; an error
that is the input's fault ends the app with its message and exit status 2.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from factdesk.claims.article import Article
from factdesk.claims.check.linked import recheck
from factdesk.claims.desk import prepare_claims, reload_store, suggest_in_batches
from factdesk.claims.model import Suggestion
from factdesk.claims.review import ReadAhead, ReviewSession
from factdesk.sources.errors import FactdeskError
from factdesk.tui import leaving, paste_guard, stopping, textual_fixes
from factdesk.tui.desk_keys import key_label
from factdesk.tui.safe import flat
from factdesk.tui.screens.dialog import DialogScreen
from factdesk.tui.screens.leave_typing import LeaveTypingScreen
from factdesk.tui.screens.quit import QuitScreen
from factdesk.tui.screens.review import ReviewScreen
from factdesk.tui.store_notes import store_warning
from rich.console import RenderableType
from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker


class FactdeskApp(App[int]):
    """The review desk for one article and one store."""

    CSS_PATH = "factdesk.tcss"
    TITLE = "factdesk"

    class Loaded(Message):
        def __init__(self, session: ReviewSession) -> None:
            super().__init__()
            self.session = session

    class Suggested(Message):
        """A batch of the checker's suggestions is ready (position of the first claim, the suggestions)."""

        def __init__(self, start: int, suggestions: list[Suggestion], total: int) -> None:
            super().__init__()
            self.start, self.suggestions, self.total = start, suggestions, total

    class Progress(Message):
        def __init__(self, label: str, done: int, total: int) -> None:
            super().__init__()
            self.label, self.done, self.total = label, done, total

    def __init__(
        self,
        article: Article | Path | str,
        store: Path | str,
        *,
        on: dt.date | None = None,
        review: Path | str | None = None,
        reviewer: str = "reviewer",
        review_read_ahead: ReadAhead | None = None,
        demo_folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.demo_folder = demo_folder  # the demo says where its files are while it is open
        # An article (and review file) already read by `factdesk review` to fail fast are not read again.
        self.article = article if isinstance(article, Article) else None
        self.article_path = article.path if isinstance(article, Article) else Path(article)
        self.review_read_ahead = review_read_ahead
        self.store_path = Path(store)
        self.on = on
        self.review_path = Path(review) if review else None
        self.reviewer = reviewer
        self.session: ReviewSession | None = None
        self.closing_dialog = False  # a dialog was dismissed and its result is not yet handled
        self.quit_after_dialog = False  # ctrl+q asked to save or drop a dialog's typing first
        self._held_keys: list[events.Key] = []
        self.close_error: FactdeskError | None = None  # the last save, on closing, failed
        self.drafts_kept: list[str] = []  # where forms' text was kept when the desk was stopped
        self._stop_listening: Callable[[], None] = lambda: None

    def compose(self) -> ComposeResult:
        with Middle(id="loading"), Center():
            yield Static(Text(f"Opening {self.article_path.name} …"), id="loading-label", markup=False)
            yield ProgressBar(total=None, show_eta=False, id="loading-progress")

    def on_mount(self) -> None:
        textual_fixes.guard_option_list_paging()  # PageDown in a palette a few cells high: no traceback
        self._stop_listening = stopping.listen(self._stop)
        self.load()

    def _stop(self, signum: int) -> None:
        """SIGHUP, SIGTERM, SIGINT, SIGQUIT or another signal that ends a process: save the note being typed and
        every change (to a new file if the review file cannot take them), then quit as `q` would, with the exit
        status a shell gives for the signal."""
        status = 128 + signum
        try:
            self._keep_everything()
        finally:  # a signal always ends the desk, whatever keeping its work ran into
            stopping.leave_anyway(status)
            self.exit(status, status)

    def _keep_everything(self) -> None:
        """The desk ends with nobody to confirm anything: the note being typed is saved, forms kept as drafts,
        every change saved (to a new file if the review file cannot take them)."""
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                self.drafts_kept += screen.keep_typing()
        if self.session is not None:
            self.session.rescue()
            self._close_session()

    def _handle_exception(self, error: Exception) -> None:
        """An exception nobody expected (a bug) ends the app with its traceback, as Textual does; what is being
        typed is kept first, as on a signal: the note being typed was lost with the traceback."""
        try:
            self._keep_everything()
        except Exception:  # a second bug must not hide the first, whose traceback follows
            pass
        super()._handle_exception(error)

    def panic(self, *renderables: RenderableType) -> None:
        """Textual's input thread died (a byte from the terminal that is not UTF-8, a key code out of range):
        the app ends there, so what is being typed is kept first, as on a signal, and the exit status says
        something went wrong."""
        try:
            self._keep_everything()
        except Exception:  # the panic's own message still follows
            pass
        self._return_code = 1
        super().panic(*renderables)

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.post_message(self.Progress("Extracting claims", done, total))

        try:
            self.post_message(self.Progress("Loading the store and the article", 0, 0))
            checked = prepare_claims(self.article or self.article_path, self.store_path, self.on, progress)
            if worker.is_cancelled:
                return
            self.post_message(self.Progress("Opening the review file", 1, 1))
            session = ReviewSession.open(
                checked, self.review_path, self.reviewer, self.review_read_ahead, date_given=self.on is not None
            )
            self.article = self.review_read_ahead = None  # the session has them now
            self.post_message(self.Progress("Writing the review file", 1, 1))
            session.start_large_file()
        except FactdeskError as error:
            self.call_from_thread(self.exit, 2, 2, f"factdesk: error: {error}")
            return
        self.post_message(self.Loaded(session))

    # keys while a dialog opens or closes (see screens/dialog.py)

    def _holding_keys(self) -> bool:
        if self.closing_dialog:
            return True
        screen = self.screen_stack[-1] if self.screen_stack else None
        return isinstance(screen, DialogScreen) and not screen.taking_keys

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and (self._held_keys or self._holding_keys()):
            self._held_keys.append(event)
            await self._hand_on_held_keys()
            return
        await super().on_event(event)

    async def _hand_on_held_keys(self) -> None:
        """Handle held keys in the order they came, until one of them opens another dialog."""
        while self._held_keys and not self._holding_keys():
            await super().on_event(self._held_keys.pop(0))

    async def on_dialog_screen_opened(self, message: DialogScreen.Opened) -> None:
        message.dialog.taking_keys = True
        await self._hand_on_held_keys()

    async def on_dialog_screen_closed(self, message: DialogScreen.Closed) -> None:
        self.closing_dialog = False
        if self.quit_after_dialog and not isinstance(self.screen, DialogScreen):
            self.quit_after_dialog = False
            self._quit_desk()  # asks in turn if a change could not be saved
        await self._hand_on_held_keys()

    def on_factdesk_app_progress(self, message: Progress) -> None:
        if not self.query("#loading-label"):
            return
        self.query_one("#loading-label", Static).update(Text(f"{message.label} …"))
        bar = self.query_one("#loading-progress", ProgressBar)
        if message.total:
            bar.update(total=message.total, progress=message.done)

    def on_factdesk_app_loaded(self, message: Loaded) -> None:
        self.session = message.session
        self.push_screen(ReviewScreen(message.session))
        # Start checking once the desk is on screen: the checker's thread would otherwise compete
        # with the first frame for the interpreter and delay it.
        self.call_after_refresh(self.check, message.session)

    @work(thread=True, exclusive=True, group="check", exit_on_error=False)
    def check(self, session: ReviewSession, reload: bool = False) -> None:
        """Index the store and suggest a verdict for every claim, batch by batch, while the desk is in use.

        With `reload`, the store is read from disk again first (ctrl+r, after it was edited elsewhere).
        """
        worker = get_current_worker()
        total = len(session.checked.claims)
        if reload:
            try:
                reload_store(session.checked)
            except FactdeskError as error:
                self.call_from_thread(self.notify, str(error), severity="error", markup=False)
                self.post_message(self.Suggested(total, [], total))  # not checking: the last store's suggestions stay
                return
            problems = len(session.checked.store.problems)
            message = f"Store reloaded: {session.checked.store.entry_count} entries"
            message += f", {problems} problem(s)" if problems else ""
            self.call_from_thread(self.notify, message, markup=False)
        for start, suggestions in suggest_in_batches(session.checked):
            if worker.is_cancelled:
                return
            self.post_message(self.Suggested(start, suggestions, total))
        self.post_message(self.Suggested(total, [], total))  # done (also for an article with no claims)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A bug in the checker (an exception on one claim) is said, and the desk goes on with the suggestions made
        so far: it ended the whole desk, and the note being typed with it."""
        worker = event.worker
        if worker.group != "check" or event.state is not WorkerState.ERROR or self.session is None:
            return
        self.notify(
            f"Checking stopped on an error in factdesk ({type(worker.error).__name__}: {worker.error}); the "
            "suggestions made so far stay, and your work is saved as before. ctrl+r checks again.",
            title="Checking stopped",
            severity="error",
            timeout=15,
            markup=False,
        )
        total = len(self.session.checked.claims)
        self.post_message(self.Suggested(total, [], total))  # not checking any more

    def on_factdesk_app_suggested(self, message: Suggested) -> None:
        if self.session is None:
            return
        changed = self.session.apply_suggestions(message.start, message.suggestions)
        index = self.session.checked.index
        for claim_id in changed:  # evidence the reviewer linked is read too (on reopening, after a reload)
            record = self.session.records[claim_id]
            if record.mark.evidence and index is not None:
                record.suggestion = recheck(record.claim, index, self.session.checked.on, record.mark.evidence)
        checked = min(message.total, message.start + len(message.suggestions))
        if isinstance(self.screen, ReviewScreen):
            self.screen.suggestions_arrived(changed, checked, message.total)
        else:
            for screen in self.screen_stack:
                if isinstance(screen, ReviewScreen):
                    screen.suggestions_arrived(changed, checked, message.total)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette (ctrl+p) offers every key of the review desk by name, with its key."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReviewScreen):
            for binding in screen.BINDINGS:
                assert isinstance(binding, Binding)  # the desk declares every key as a Binding (desk_keys.py)
                title = (binding.tooltip or binding.description).capitalize()
                yield SystemCommand(title, f"key: {key_label(binding.key)}", partial(screen.run_action, binding.action))

    async def action_quit(self) -> None:
        """ctrl+q: the review desk's own quit, which asks first when changes are not saved.

        A dialog holding typed text (a note, a source being added) is not closed behind the reviewer's
        back: once it has read every key typed before ctrl+q, quitting asks whether to save it first.
        """
        top = self.screen
        if isinstance(top, (QuitScreen, LeaveTypingScreen)):
            return  # already asking
        if isinstance(top, DialogScreen):
            top.after_typing(partial(self._quit_from_dialog, top))
            return
        self._quit_desk()

    def _quit_desk(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                screen.action_quit()
                return
        self.exit()

    def _quit_from_dialog(self, dialog: DialogScreen) -> None:
        what = dialog.unsaved_typing()
        if what is None:
            self._quit_desk()
            return

        def done(choice: str | None) -> None:
            if choice == "save":
                self.quit_after_dialog = True  # quit once the note is saved and the dialog gone
                dialog.save_typing()
            elif choice == "lose":
                self.quit_after_dialog = True
                dialog.close(None)

        self.push_screen(LeaveTypingScreen(what, "quit", can_save=dialog.can_save_typing), done)

    def on_unmount(self) -> None:
        self._stop_listening()
        self._close_session()

    def _close_session(self) -> None:
        if self.session is not None and not self.session.closed:
            try:
                self.session.close()
            except FactdeskError as error:
                self.close_error = error  # `leaving_messages` says what it cost, if anything, and where the work is

    def not_saved(self) -> str | None:
        """After the app has closed: what a reviewer must be told if changes were left unsaved, else None."""
        return None if self.session is None else leaving.not_saved(self.session)

    def leaving_messages(self) -> list[str]:
        """After the app has closed: every line `factdesk review` prints about the review, in order."""
        if self.session is None:
            return []
        lines = []
        warning = store_warning(self.session.checked.store)
        if warning:  # the app's header said it; the terminal keeps it after the app is gone
            lines.append(f"factdesk: warning: {warning}")
        lost = self.not_saved()
        if lost:
            lines.append(lost)
        elif self.close_error is not None:
            lines.append(leaving.closed_with_error(self.session, self.close_error))
        moved = self.saved_elsewhere()
        if moved:
            lines.append(moved)
        cut = leaving.hard_link_cut(self.session)
        if cut:
            lines.append(cut)
        lines += leaving.saved_copies(self.session)
        renamed = leaving.renamed_review(self.session)
        if renamed:
            lines.append(renamed)
        lines += self.drafts_kept
        return [flat(line) for line in lines]

    def saved_elsewhere(self) -> str | None:
        """After the app has closed: where the review went if the review file could not take it, else None."""
        return None if self.session is None else leaving.saved_elsewhere(self.session)

    def final_status(self, result: int | None) -> int:
        """The exit status: 1 if changes were left unsaved, whatever the way out of the app."""
        status = int(self.return_code or 0) if result is None else int(result)
        return max(status, 1) if self.not_saved() else status


def run_review(
    article: Article | Path | str,
    store: Path | str,
    on: dt.date | None,
    review: Path | str | None,
    reviewer: str,
    review_read_ahead: ReadAhead | None = None,
    demo_folder: Path | None = None,
) -> int:
    app = FactdeskApp(
        article,
        store,
        on=on,
        review=review,
        reviewer=reviewer,
        review_read_ahead=review_read_ahead,
        demo_folder=demo_folder,
    )
    paste_guard.install()  # a paste whose end marker never comes must not freeze the desk
    stopping.hold_sent_faults()  # before the app's threads start: `kill -SEGV` keeps the note being typed
    result = app.run()
    leaving.tell(app.leaving_messages())
    status = app.final_status(result)
    quiet = app.saved_elsewhere() is None and app.close_error is None  # nothing said about the file above
    if status == 0 and quiet and review_read_ahead is not None and review_read_ahead.path.exists():
        print(f"Review saved in {flat(str(review_read_ahead.path))}", file=sys.stderr)
    return status
