"""A one-line field that keeps every line of what is pasted into it.

Textual's `Input` keeps only the first line of a paste: a claim copied from a
hard-wrapped article, or a title copied from a page where it wraps, was cut
short without a word and saved that way. Here the lines are joined with a space.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


def one_line(pasted: str) -> str:
    """Pasted text as one line: a single line as it is, several joined with a space (blank ones dropped)."""
    lines = pasted.splitlines()
    if len(lines) <= 1:
        return lines[0] if lines else ""
    return " ".join(line.strip() for line in lines if line.strip())


class LineInput(Input):
    """An `Input` whose paste keeps every line."""

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # Input's own handler would keep the first line only
        event.stop()
        text = one_line(event.text)
        if not text:
            return
        if self.selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *self.selection)
