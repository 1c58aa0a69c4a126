"""Leaving a dialog that holds typed text (ctrl+q, or escape in the note editor): ask, never drop it silently.

A note is the reviewer's own words, often minutes of work; a source form holds a
passage pasted from a page. Quitting or cancelling with either unsaved asks
first: save it (a note), leave without it, or go back to typing.
"""

from __future__ import annotations

from collections.abc import Callable

from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Footer, Label


def close_or_ask(
    dialog: DialogScreen, leaving: str, refocus: Widget | None, save: Callable[[], object] | None = None
) -> None:
    """Close `dialog` at once if nothing typed in it would be lost; else ask first: save it (when `save` is
    given), leave without it, or go back to `refocus` and keep typing."""
    what = dialog.unsaved_typing()
    if what is None:
        dialog.close(None)
        return

    def done(choice: str | None) -> None:
        if choice == "save" and save is not None:
            save()
        elif choice == "lose":
            dialog.close(None)
        elif refocus is not None:
            refocus.focus()

    dialog.app.push_screen(LeaveTypingScreen(what, leaving, can_save=save is not None), done)


class LeaveTypingScreen(DialogScreen[str | None]):
    """Dismisses with "save" (only when `can_save`), "lose" (leave without it) or None (keep typing)."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save it", priority=True),
        # shift+d, not d: "escape, then d to dispute" must not answer this with the note thrown away
        Binding("D", "choose('lose')", "Leave without it", priority=True),
        Binding("escape", "choose", "Keep typing", priority=True),
    ]

    def __init__(self, what: str, leaving: str, can_save: bool) -> None:
        """`what`: "the note you are typing"; `leaving`: what the reviewer asked for ("quit", "close the note")."""
        super().__init__()
        self.what = what
        self.leaving = leaving
        self.can_save = can_save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="leave-typing-dialog"):
            yield Label(Text(f"{self.what[:1].upper()}{self.what[1:]} is not saved", style="bold red"), markup=False)
            keys = f"s save it and {self.leaving} · " if self.can_save else ""
            keys += f"D (shift+d) {self.leaving} without it · escape keep typing"
            yield Label(Text(keys, style="dim"), markup=False)
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose" and parameters == ("save",) and not self.can_save:
            return False  # no such choice here: hidden from the footer, and the key does nothing
        return True

    def action_choose(self, choice: str | None = None) -> None:
        self.close(choice)
