"""Quitting with changes that are not saved (q): save again, save to a new file, quit and lose them, or keep working.

Shown only when the last save failed (a folder that went away, a file changed by
another program, a file made read-only). Saving to a new file beside the review, or
in factdesk's data folder when that folder is gone or read-only (its path shown),
loses nothing whatever happened to the review file. Nothing is
lost silently: quitting anyway is a choice the reviewer makes here, and
`factdesk review` then exits 1 and names what was lost.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.safe import flat
from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Label


class QuitScreen(DialogScreen[str | None]):
    """Dismisses with "save" (try saving again), "new" (save the whole review to `new_file` and quit),
    "lose" (quit without them) or None (keep working)."""

    BINDINGS = [
        Binding("s", "choose('save')", "Save again", priority=True),
        Binding("w", "choose('new')", "Save to a new file", priority=True),
        # shift+q, not q: a second q (a double tap, a key held) must not answer this with the changes lost
        Binding("Q", "choose('lose')", "Quit and lose them", priority=True),
        Binding("escape", "choose", "Keep working", priority=True),
    ]

    def __init__(self, unsaved: list[str], new_file: Path) -> None:
        super().__init__()
        self.unsaved = unsaved
        self.new_file = new_file

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="quit-dialog"):
            yield Label(Text(f"{len(self.unsaved)} change(s) are NOT saved", style="bold red"), markup=False)
            shown = Text()
            for line in self.unsaved[:8]:
                shown.append(f"  {flat(line)[:100]}\n")
            if len(self.unsaved) > 8:
                shown.append(f"  … and {len(self.unsaved) - 8} more\n")
            yield Label(shown, markup=False)
            new_file = flat(str(self.new_file))
            yield Label(Text(f"w saves the whole review to a new file and quits: {new_file}"), markup=False)
            yield Label(
                Text(
                    "s save again · w save to the new file · Q (shift+q) quit and lose them · escape keep working",
                    style="dim",
                ),
                markup=False,
            )
        yield Footer()

    def action_choose(self, choice: str | None = None) -> None:
        self.close(choice)
