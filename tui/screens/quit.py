"""Quitting with changes that are not saved (q): save again, or quit and lose them, or keep working.

Shown only when the last save failed (a folder that went away, a file changed by
another program). Nothing is lost silently: quitting anyway is a choice the
reviewer makes here, and `factdesk review` then exits 1 and names what was lost.
"""

from __future__ import annotations

from factdesk.tui.safe import flat
from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Label


class QuitScreen(DialogScreen[str | None]):
    """Dismisses with "save" (try saving again), "lose" (quit without them) or None (keep working)."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save again"),
        Binding("q", "choose('lose')", "Quit and lose them"),
        Binding("escape", "choose", "Keep working"),
    ]

    def __init__(self, unsaved: list[str]) -> None:
        super().__init__()
        self.unsaved = unsaved

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="quit-dialog"):
            yield Label(Text(f"{len(self.unsaved)} change(s) are NOT saved", style="bold red"), markup=False)
            shown = Text()
            for line in self.unsaved[:8]:
                shown.append(f"  {flat(line)[:100]}\n")
            if len(self.unsaved) > 8:
                shown.append(f"  … and {len(self.unsaved) - 8} more\n")
            yield Label(shown, markup=False)
            yield Label(Text("s save again · q quit and lose them · escape keep working", style="dim"), markup=False)
        yield Footer()

    def action_choose(self, choice: str | None = None) -> None:
        self.close(choice)
