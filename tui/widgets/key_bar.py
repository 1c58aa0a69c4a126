"""The desk's key bar: every key the desk shows, fitted to the width, `?` always last and always there.

Textual's Footer drops what does not fit: at 80 columns it hid e, /, f, x, ? and q. This bar shortens
instead: every key, and as many labels as fit (the verdict keys as their marks, v✔ d✘ u?), `? help` always.
"""

from __future__ import annotations

from collections.abc import Sequence

from factdesk.tui.desk_keys import key_label
from rich.text import Text
from textual.binding import Binding
from textual.widgets import Static

_MARKS = {"verified": "✔", "disputed": "✘", "unsupported": "?"}


def _line(shown: Sequence[Binding], labelled: set[int], palette: bool) -> Text:
    line = Text()
    for number, binding in enumerate(shown):
        if line:
            line.append("  " if number in labelled or number - 1 in labelled else " ")
        line.append(key_label(binding.key), style="bold reverse")
        mark = _MARKS.get(binding.description)
        if number in labelled:
            line.append(" " + binding.description)
        elif mark:
            line.append(mark)
    if palette:
        line.append("   ")
        line.append("ctrl+p", style="bold reverse")
        line.append(" palette")
    return line


def key_line(bindings: Sequence[Binding], width: int) -> Text:
    """The shown bindings as one line no wider than `width`: every key, with as many labels as fit in the
    bindings' order (the verdict keys show their marks instead); `?` always keeps its label."""
    shown = [b for b in bindings if b.show]
    helped = {number for number, b in enumerate(shown) if b.key == "question_mark"}
    labelled = set(helped)
    # labels for the keys without a mark first; the verdict keys' words only if all three fit after those
    for number in range(len(shown)):
        if shown[number].description not in _MARKS and number not in labelled:
            if _line(shown, labelled | {number}, False).cell_len <= width:
                labelled.add(number)
    verdicts = {number for number, b in enumerate(shown) if b.description in _MARKS}
    if _line(shown, labelled | verdicts, False).cell_len <= width:
        labelled |= verdicts
    palette = _line(shown, labelled, True)
    line = palette if palette.cell_len <= width else _line(shown, labelled, False)
    line.truncate(max(1, width), overflow="ellipsis")
    return line


class KeyBar(Static):
    """One line of keys under the desk, made from its bindings."""

    DEFAULT_CSS = "KeyBar { height: 1; width: 1fr; }"

    def __init__(self, bindings: Sequence[Binding], **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self.bindings = list(bindings)

    def on_resize(self) -> None:
        self.update(key_line(self.bindings, self.size.width))
