"""Write or edit a claim's note (n). Ctrl+S saves, Escape cancels; focus then returns to the claims list.

Escape (or quitting) with a note that differs from the saved one asks first: a note can be minutes of work.
"""

from __future__ import annotations

from factdesk.tui.screens.dialog import DialogScreen
from factdesk.tui.screens.leave_typing import close_or_ask
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Label, TextArea


class NoteScreen(DialogScreen[str | None]):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        # priority, as ctrl+s: run in the order keys came, so the keys after it wait for the question or the desk
        Binding("escape", "cancel", "Cancel", priority=True),
    ]

    def __init__(self, claim_text: str, note: str, claim_id: str = "") -> None:
        super().__init__()
        self.claim_text = claim_text
        self.note = note
        self.claim_id = claim_id  # whose note it is, for saving what is typed when the desk is stopped

    def typed(self) -> str:
        """The note as typed so far."""
        return self.query_one(TextArea).text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Note on: ") + Text(self.claim_text[:200], style="italic"), markup=False)
            yield TextArea(self.note, id="note-editor", soft_wrap=True)
            yield Label(Text("ctrl+s save · escape cancel", style="dim"), markup=False)

    def first_focus(self) -> Widget:
        return self.query_one(TextArea)

    def opened(self) -> None:
        editor = self.query_one(TextArea)
        editor.move_cursor(editor.document.end)

    def action_save(self) -> None:
        self.after_typing(lambda: self.close(self.query_one(TextArea).text))

    def unsaved_typing(self) -> str | None:
        if self._dismissed or self.query_one(TextArea).text == self.note:
            return None
        return "the note you are typing"

    can_save_typing = True

    def save_typing(self) -> None:
        self.action_save()

    def action_cancel(self) -> None:
        """Close without saving; if the note was changed, ask first (once every key typed before is in)."""
        self.after_typing(self._cancel)

    def _cancel(self) -> None:
        close_or_ask(self, "close the note", self.query_one(TextArea), save=self.action_save)
