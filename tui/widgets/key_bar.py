"""The desk's key bar: every key the desk shows, fitted to the width, `?` always last and always there.

Textual's Footer drops what does not fit: at 80 columns it hid e, /, f, x, ? and q. This bar shortens
instead: whole labels when they fit, then the verdict keys as their marks (v✔ d✘ u?), then bare keys.
"""

from __future__ import annotations

from collections.abc import Sequence

from factdesk.tui.desk_keys import key_label
from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

_MARKS = {"verified": "✔", "disputed": "✘", "unsupported": "?"}


def key_line(bindings: Sequence[Binding], width: int) -> Text:
    """The shown bindings as one line no wider than `width` (the help key keeps its label)."""
    shown = [b for b in bindings if b.show]
    for level in range(3):
        line = Text()
        for binding in shown:
            label = binding.description
            if level >= 1 and label in _MARKS:
                label = _MARKS[label]
            elif level == 2 and binding.key not in ("question_mark",):
                label = ""
            if line:
                line.append("  " if level < 2 else " ")
            line.append(key_label(binding.key), style="bold reverse")
            if label:
                line.append(("" if label in _MARKS.values() else " ") + label)
        if level < 2:
            line.append("   ctrl+p", style="bold reverse")
            line.append(" palette")
        if line.cell_len <= width:
            return line
    line.truncate(width, overflow="ellipsis")
    return line


class KeyBar(Static):
    """One line of keys under the desk, made from its bindings."""

    DEFAULT_CSS = "KeyBar { height: 1; width: 1fr; }"

    def __init__(self, bindings: Sequence[Binding], **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self.bindings = list(bindings)

    def on_resize(self) -> None:
        self.update(key_line(self.bindings, self.size.width))
