"""The article, read-only, with the current claim selected in place and scrolled into view.

A read-only `TextArea` shows text literally, renders only the visible lines
(so a long article stays fast), and lets the reviewer select words to add a
claim the extractor missed.
"""

from __future__ import annotations

from bisect import bisect_right

from textual.widgets import TextArea
from textual.widgets.text_area import Selection


class ArticleView(TextArea):
    def __init__(self, text: str, **kwargs) -> None:
        super().__init__(text, read_only=True, soft_wrap=True, show_line_numbers=False, **kwargs)
        self._line_starts = [0]
        for index, character in enumerate(text):
            if character == "\n":
                self._line_starts.append(index + 1)

    def location(self, offset: int) -> tuple[int, int]:
        """(row, column) of a character offset into the article text."""
        row = bisect_right(self._line_starts, offset) - 1
        return row, offset - self._line_starts[row]

    def offset(self, location: tuple[int, int]) -> int:
        row, column = location
        return self._line_starts[min(row, len(self._line_starts) - 1)] + column

    def highlight(self, start: int, end: int) -> None:
        """Select the claim's words and bring them to the middle of the view."""
        self.selection = Selection(self.location(start), self.location(end))
        self.scroll_cursor_visible(center=True, animate=False)

    def selected_span(self) -> tuple[int, int, str] | None:
        """The reviewer's own selection as (start, end, text), if any."""
        start, end = sorted((self.selection.start, self.selection.end))
        if start == end:
            return None
        return self.offset(start), self.offset(end), self.selected_text
