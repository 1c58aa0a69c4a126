"""Tables for the command line: `rich` on a terminal (fitted to its width, the reason wrapped, never cut);
tab-separated lines when piped, one row per line, for `cut`, `awk` and spreadsheets."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from factdesk.tui.safe import flat
from rich.console import Console
from rich.table import Table
from rich.text import Text


def print_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    wrap: Sequence[str] = (),
    out: TextIO | None = None,
) -> None:
    """Print `rows` under `headers`; the columns named in `wrap` take the spare width and wrap in it."""
    out = out or sys.stdout
    cells = [[flat(cell) for cell in row] for row in rows]
    if not out.isatty():
        out.write("\t".join(headers) + "\n")
        for row in cells:
            out.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")
        return
    console = Console(file=out, highlight=False, markup=False, emoji=False, soft_wrap=False)
    table = Table(box=None, pad_edge=False, show_edge=False, header_style="bold", expand=False)
    for header in headers:
        wrapping = header in wrap
        table.add_column(
            header,
            overflow="fold" if wrapping else "ellipsis",
            no_wrap=not wrapping,
            ratio=1 if wrapping else None,
            min_width=12 if wrapping else None,
        )
    for row in cells:
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)
