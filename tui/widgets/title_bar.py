"""The desk's title bar: the date always shown (titles are checked as of it), the title cut with "…" to
fit, then the outlet; a store that cannot check names says so here, and the demo says where it lives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factdesk.tui.safe import printable
from rich.text import Text
from textual.widgets import Static


def title_line(
    title: str,
    on: dt.date | None,
    outlet: str | None,
    warning: str | None,
    demo: Path | None,
    width: int,
) -> Text:
    """One line, never wider than `width`: the date and any warning keep their place, the title gives way."""
    line = Text()
    line.append(on.isoformat() if on else "no date (t sets it)", style="bold" if on else "bold yellow")
    line.append("  ")
    tail = Text()
    if outlet:
        tail.append("  · " + printable(outlet), style="dim")
    if warning:
        tail.append("  ⚠ " + printable(warning), style="bold yellow")
    if demo:
        tail.append(f"  · demo in {printable(str(demo))}", style="dim italic")
    room = max(8, width - line.cell_len - tail.cell_len)
    name = Text(printable(title), style="bold")
    if name.cell_len > room:
        name.truncate(room, overflow="ellipsis")
    line.append_text(name)
    line.append_text(tail)
    line.truncate(max(1, width), overflow="ellipsis")
    return line


class TitleBar(Static):
    """Set with `show`; redrawn to fit when the terminal is resized."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self._parts: tuple[str, dt.date | None, str | None, str | None, Path | None] | None = None

    def show(self, title: str, on: dt.date | None, outlet: str | None, warning: str | None, demo: Path | None) -> None:
        self._parts = (title, on, outlet, warning, demo)
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._parts is not None and self.size.width:
            self.update(title_line(*self._parts, width=self.size.width - 2))
