"""The key reference (?): made from the desk's bindings, so it lists every key the desk has.

It also says where the review is saved (and, for the demo, where its files are).
"""

from __future__ import annotations

from pathlib import Path

from factdesk.tui.desk_keys import DESK_BINDINGS, OTHER_KEYS, key_label
from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static


def shown_path(path: Path) -> str:
    """A path as short as it can be read: relative to the current folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def help_text(saved_in: str = "", extra: str = "") -> Text:
    """Every key and what it does; then where the review is kept."""
    text = Text("factdesk — keys\n\n", style="bold")
    rows = [(key_label(b.key), b.tooltip or b.description) for b in DESK_BINDINGS]
    for key, meaning in [*rows, *OTHER_KEYS]:
        text.append(f"{key:>10}  ", style="bold cyan")
        text.append(meaning + "\n")
    text.append("\nVerdict marks: ✔ verified  ✘ disputed  ? unsupported  · unreviewed  ✎ has a note\n", style="dim")
    text.append("Every change is saved to the review file at once", style="dim")
    text.append(f": {saved_in}\n" if saved_in else ".\n", style="dim")
    if extra:
        text.append(extra + "\n", style="dim")
    return text


class HelpScreen(DialogScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, saved_in: str = "", extra: str = "") -> None:
        super().__init__()
        self.saved_in, self.extra = saved_in, extra

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(help_text(self.saved_in, self.extra), markup=False)

    def action_close(self) -> None:
        self.close(None)
