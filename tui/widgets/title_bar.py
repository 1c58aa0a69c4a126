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
    """One line, never wider than `width`: the date and any warning first, then the title (cut with "…"),
    then the outlet and the demo's folder if there is room (the help, `?`, says where the demo is too)."""
    line = Text()
    line.append(on.isoformat() if on else "no date (t sets it)", style="bold" if on else "bold yellow")
    if warning:
        line.append("  ⚠ " + printable(warning), style="bold yellow")
    line.append("  ")
    name = Text(printable(title), style="bold")
    room = max(8, width - line.cell_len)
    if name.cell_len > room:
        name.truncate(room, overflow="ellipsis")
    line.append_text(name)
    for extra in (f"  · {outlet}" if outlet else "", f"  · demo in {demo}" if demo else ""):
        if extra and line.cell_len + len(extra) <= width:
            line.append(printable(extra), style="dim")
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
