"""The key reference (?): every key of the review desk and what it does."""

from __future__ import annotations

from factdesk.tui.screens.dialog import DialogScreen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

KEYS = [
    ("v", "mark verified, go to the next unreviewed claim"),
    ("d", "mark disputed, go to the next unreviewed claim"),
    ("u", "mark unsupported, go to the next unreviewed claim"),
    ("a", "accept the checker's suggestion"),
    ("backspace", "back to unreviewed"),
    ("n", "write or edit a note"),
    ("e", "link or unlink evidence (suggested, or search the whole store)"),
    ("/", "search claims"),
    ("f", "filter by verdict or kind"),
    ("j / k, ↑ / ↓", "move through the claims"),
    ("ctrl+z / ctrl+y", "undo / redo"),
    ("s", "browse and search the store"),
    ("A", "add a source to the store (a new file of its own)"),
    ("w", "look the person up on Wikidata; enter imports and checks again"),
    ("c", "add a claim the extractor missed (select words in the article first, or type it)"),
    ("x", "export a claims report"),
    ("ctrl+r", "reload the store after it was edited on disk, and check again"),
    ("tab", "move focus between the claims, the article and the evidence"),
    ("ctrl+p", "command palette"),
    ("?", "this help"),
    ("q", "quit (everything is already saved)"),
]


class HelpScreen(DialogScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        text = Text("factdesk — keys\n\n", style="bold")
        for key, meaning in KEYS:
            text.append(f"{key:>16}  ", style="bold cyan")
            text.append(meaning + "\n")
        text.append("\nVerdict marks: ✔ verified  ✘ disputed  ? unsupported  · unreviewed  ✎ has a note\n", style="dim")
        text.append("Every change is saved to the review file at once.\n", style="dim")
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(text, markup=False)

    def action_close(self) -> None:
        self.close(None)
