"""A guard around one Textual 8 bug the desk's users can reach.

`OptionList._move_page` looks the highlighted option's line up before any line is laid out: with the command
palette (ctrl+p) or a drop-down open in a terminal a few cells high, PageUp or PageDown ended the desk with
`KeyError: 0` (hostile round 3, finding 2). Until a lines map holds the option there is no page to move by,
so the key does nothing. If Textual renames what this wraps, the guard stands aside (tests/hostile/
test_tiny_terminal.py then says so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.widgets import OptionList


def guard_option_list_paging() -> bool:
    """Make PageUp/PageDown in an option list with no laid-out lines do nothing; False if Textual changed."""
    original: Callable[[Any, int], None] | None = getattr(OptionList, "_move_page", None)
    if original is None or getattr(original, "guarded", False):
        return original is not None

    def move_page(self: Any, direction: int) -> None:
        lines = getattr(self, "_index_to_line", None)
        if isinstance(lines, dict) and (self.highlighted or 0) not in lines:
            return  # nothing laid out yet: no page to move by
        original(self, direction)

    move_page.guarded = True  # type: ignore[attr-defined]
    OptionList._move_page = move_page  # type: ignore[method-assign]
    return True
