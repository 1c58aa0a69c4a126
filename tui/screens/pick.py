"""A small searchable picker used by the evidence, store and claim-search dialogs.

Type to search; Enter chooses the highlighted entry; Escape closes. Labels are
`Text`, so store text is never read as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from factdesk.tui.screens.dialog import DialogScreen
from factdesk.tui.widgets.line_input import LineInput
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

Entries = list[tuple[str, Text]]  # (value, label)
LONGEST_QUERY = 200  # characters of a query that are searched for


class PickScreen(DialogScreen[str | None]):
    """Shows `search(query)` results as the reviewer types; dismisses with the chosen value."""

    BINDINGS = [
        Binding("escape", "cancel", "Close"),
        Binding("down", "focus_list", "Results", show=False),
    ]

    def __init__(
        self,
        title: str,
        search: Callable[[str], Entries],
        hint: str,
        query: str = "",
        keep_open: bool = False,
        on_choose: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.title_text = title
        self.search = search
        self.hint = hint
        self.query_text = query
        self.keep_open = keep_open
        self.on_choose = on_choose
        self.searched: str | None = None  # the query the results are of

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text, style="bold"), markup=False)
            yield LineInput(value=self.query_text, placeholder="type to search", id="pick-query")
            yield OptionList(id="pick-results", markup=False)
            yield Label(Text(self.hint, style="dim"), markup=False)

    def on_resize(self) -> None:
        # the title, the query, the hint, the dialog's frame and the footer take about 14 lines: the list
        # gets the rest, so the hint (the dialog's keys) stays on screen at 80x24
        self.query_one(OptionList).styles.max_height = max(3, min(20, self.size.height - 14))

    def first_focus(self) -> Widget:
        return self.query_one(Input)

    def opened(self) -> None:
        self.fill(self.query_text)

    def fill(self, query: str) -> None:
        self.searched = query
        results = self.query_one(OptionList)
        results.clear_options()
        options: list[Option] = []
        seen: set[str] = set()
        for value, label in self.search(query):
            if not value:  # a heading
                options.append(Option(label, disabled=True))
            elif value not in seen:  # option ids must be unique: the first is kept
                seen.add(value)
                options.append(Option(label, id=value))
        results.add_options(options)
        first = next((number for number, option in enumerate(options) if not option.disabled), None)
        if first is not None:
            results.highlighted = first

    def on_input_changed(self, event: Input.Changed) -> None:
        # a query typed (or pasted without bracketed paste) key by key runs a search per key: past its first
        # words a longer query finds nothing new, so searches stop growing with it (6,000 keys froze the desk
        # for a quarter of an hour, signals and all)
        bounded = event.value[:LONGEST_QUERY]
        if bounded != self.searched:
            self.fill(bounded)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        results = self.query_one(OptionList)
        if results.highlighted is not None:
            self.choose(results.get_option_at_index(results.highlighted).id)
        else:
            self.close(None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.choose(event.option.id)

    def choose(self, value: str | None) -> None:
        if value is None:
            return
        if self.keep_open and self.on_choose is not None:
            self.on_choose(value)
            self.fill(self.query_one(Input).value[:LONGEST_QUERY])
        else:
            self.close(value)

    def action_focus_list(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.close(None)
