"""A yes-or-no question before something that cannot be taken back (replacing a file that exists)."""

from __future__ import annotations

from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Label


class ConfirmScreen(DialogScreen[bool]):
    """Dismisses with True (y) or False (n, escape); the question and the detail are shown literally."""

    BINDINGS = [
        Binding("y", "choose(True)", "Yes", priority=True),
        Binding("n", "choose(False)", "No", priority=True),
        Binding("escape", "choose(False)", "No", priority=True),
    ]

    def __init__(self, question: str, detail: str, yes: str, no: str) -> None:
        super().__init__()
        self.question, self.detail, self.yes, self.no = question, detail, yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-dialog"):
            yield Label(Text(self.question, style="bold"), markup=False)
            yield Label(Text(self.detail), markup=False)
            yield Label(Text(f"y {self.yes} · n or escape {self.no}", style="dim"), markup=False)
        yield Footer()

    def action_choose(self, choice: bool) -> None:
        self.close(choice)
