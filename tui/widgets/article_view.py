"""The article, read-only, with the current claim selected in place and scrolled into view.

A read-only `TextArea` shows text literally, renders only the visible lines,
and lets the reviewer select words to add a claim the extractor missed.

TextArea re-wraps its whole text on every resize (about 3 s for a 20 MB
article, three times while the desk opens). So a very long article is shown a
window at a time: the lines around the current claim, moved along as the
reviewer moves through the claims. Offsets in and out are always offsets into
the whole article.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

_NEWLINE = re.compile("\n")


class ArticleView(TextArea):
    WINDOW_ABOVE = 1_000_000  # characters (~170,000 words); a longer article is shown a window at a time
    WINDOW_REACH = 200_000  # characters shown on each side of the current claim in a window

    def __init__(self, text: str, **kwargs) -> None:
        self.article_text = text
        self.windowed = len(text) > self.WINDOW_ABOVE
        self.window = (0, len(text))
        shown = text
        if self.windowed:
            self.window = self._window_around(0)
            shown = text[self.window[0] : self.window[1]]
        displayed = _for_display(shown)
        super().__init__(displayed, read_only=True, soft_wrap=True, show_line_numbers=False, **kwargs)
        self._line_starts = _line_starts(displayed)
        self._describe_window()

    def location(self, offset: int) -> tuple[int, int]:
        """(row, column) in the text shown of a character offset into the article (inside the window)."""
        offset = min(max(offset - self.window[0], 0), self.window[1] - self.window[0])
        row = bisect_right(self._line_starts, offset) - 1
        return row, offset - self._line_starts[row]

    def offset(self, location: tuple[int, int]) -> int:
        """The offset into the article of a (row, column) in the text shown."""
        row, column = location
        return self.window[0] + self._line_starts[min(row, len(self._line_starts) - 1)] + column

    def highlight(self, start: int, end: int) -> None:
        """Select the claim's words and bring them to the middle of the view."""
        if self.windowed and not (self.window[0] <= start and end <= self.window[1]):
            self._show_window(self._window_around(start))
        self.selection = Selection(self.location(start), self.location(end))
        self.scroll_cursor_visible(center=True, animate=False)

    def selected_span(self) -> tuple[int, int, str] | None:
        """The reviewer's own selection as (start, end, text), if any."""
        start, end = sorted((self.selection.start, self.selection.end))
        if start == end:
            return None
        first, last = self.offset(start), self.offset(end)
        return first, last, self.article_text[first:last]  # as written (a long line is shown broken at sentences)

    def _window_around(self, offset: int) -> tuple[int, int]:
        """Whole lines reaching WINDOW_REACH characters each side of `offset` (cut mid-line only if one is huge)."""
        text, reach = self.article_text, self.WINDOW_REACH
        low, high = max(0, offset - reach), min(len(text), offset + reach)
        start = text.rfind("\n", 0, low) + 1 if low else 0
        if low - start > reach:  # one enormous line: cut it
            start = low
        end = text.find("\n", high)
        if end == -1 or end - high > reach:
            end = high
        return start, end

    def _show_window(self, window: tuple[int, int]) -> None:
        self.window = window
        shown = self.article_text[window[0] : window[1]]
        displayed = _for_display(shown)
        self.load_text(displayed)
        self._line_starts = _line_starts(displayed)
        self._describe_window()

    def _describe_window(self) -> None:
        if self.windowed:
            start, end = self.window
            self.border_subtitle = f"characters {start:,}–{end:,} of {len(self.article_text):,}"


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in _NEWLINE.finditer(text))]


LONG_LINE = 2_000  # characters: a paragraph longer than this is shown a sentence to a line
_SENTENCE_GAP = re.compile(r"(?<=[.!?][\"”’)]) (?=\S)|(?<=[.!?]) (?=\S)")


# The characters besides "\n" that TextArea (str.splitlines) breaks a line at: each is shown as a line break,
# one character for one, or every row below one (a U+2028 copied from a CMS) was a row off, and a selection
# took other words than those on screen
_OTHER_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"))


def _for_display(text: str) -> str:
    """The text with each very long line (a paragraph of a transcript, text pasted from a PDF) broken after its
    sentences: TextArea redraws a whole line for every move of the selection, so a 146 KB paragraph made each
    key wait a second. A space becomes a line break, so every offset stays where it was."""
    text = text.translate(_OTHER_LINE_BREAKS)
    if len(text) <= LONG_LINE:
        return text
    lines = text.split("\n")
    if all(len(line) <= LONG_LINE for line in lines):
        return text
    return "\n".join(_SENTENCE_GAP.sub("\n", line) if len(line) > LONG_LINE else line for line in lines)
