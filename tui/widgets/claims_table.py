"""The claims list: one line per claim, drawn with Textual's line API so it stays instant at any size.

Only the lines on screen are rendered (`render_line`), each cached until its
claim changes, so opening 5,000 claims, marking one, or scrolling costs the
same as for fifty. (Textual's DataTable measures every cell of every row: a
5,600-claim list took 1.4 s to fill, textual #2783 has the same story for
ListView.) Text is drawn as plain segments: article text is never markup.
"""

from __future__ import annotations

from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewedClaim
from factdesk.tui.marks import MARKS, STYLES
from factdesk.tui.safe import flat
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

KIND_WIDTH, SUGGESTION_WIDTH = 12, 18  # "└ statement" and a space
# The component class that colours each verdict, so every theme gives ✔ ✘ ? its own success/error/warning colour.
VERDICT_CLASSES = {verdict: f"claims--{verdict.value}" for verdict in Verdict}


def _mark_cell(record: ReviewedClaim, styles: dict[Verdict, Style] | None = None) -> Text:
    verdict = record.mark.verdict
    style = styles[verdict] if styles else Style.parse(STYLES[verdict])
    return Text(MARKS[verdict] + ("✎" if record.mark.note else " "), style=style)


def _claim_cell(record: ReviewedClaim) -> Text:
    text = flat(record.claim.text)
    cell = Text(text if len(text) <= 300 else text[:299] + "…")
    if record.orphaned:
        cell = Text("[orphaned] ", style="italic red") + cell
    return cell


def _suggestion_cell(record: ReviewedClaim, styles: dict[Verdict, Style] | None = None) -> Text:
    if record.suggestion is None:
        return Text("… checking", style="dim")
    verdict = record.suggestion.verdict
    style = styles[verdict] if styles else Style.parse(STYLES[verdict])
    return Text(f"{MARKS[verdict]} {verdict.value:<11} {record.suggestion.confidence:>3}", style=style)


def fit(text: Text, width: int) -> list[Segment]:
    """The text's segments cut (ending in "…") or padded to exactly `width` cells, each keeping its style.

    `Text.render` leaves the text's own base style to its caller, so it is laid under every segment here.
    """
    if width <= 0:
        return []
    cut = text.copy()
    cut.truncate(width, overflow="ellipsis", pad=True)
    base = cut.style if isinstance(cut.style, Style) else Style.parse(cut.style or "")
    return [
        Segment(segment.text, base + segment.style if segment.style else base)
        for segment in cut.render(_CONSOLE)
        if segment.text
    ]


# Only used to turn one-line `Text` into segments; it never writes anywhere.
_CONSOLE = Console(width=10_000, color_system="truecolor", force_terminal=True, legacy_windows=False)


class ClaimsTable(ScrollView, can_focus=True):
    """Rows of claims; the screen owns the verdict keys, this widget owns movement."""

    # Priority, like the desk's verdict keys, so "j v" in one burst moves and then marks (see ReviewScreen).
    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False, priority=True),
        Binding("down,j", "cursor_down", "Down", show=False, priority=True),
        Binding("pageup", "page_up", "Page up", show=False, priority=True),
        Binding("pagedown", "page_down", "Page down", show=False, priority=True),
        Binding("home", "first", "First", show=False, priority=True),
        Binding("end", "last", "Last", show=False, priority=True),
    ]
    COMPONENT_CLASSES = {
        "claims--cursor",
        "claims--header",
        "claims--verified",
        "claims--disputed",
        "claims--unsupported",
        "claims--unreviewed",
    }
    # Colours come from the theme's variables, so every theme (light, dark, ANSI) shows them in its own palette.
    DEFAULT_CSS = """
    ClaimsTable { overflow-x: hidden; }
    ClaimsTable > .claims--cursor { background: $block-cursor-blurred-background; }
    ClaimsTable:focus > .claims--cursor { background: $block-cursor-background; text-style: bold; }
    ClaimsTable > .claims--header { text-style: bold; color: $text-muted; }
    ClaimsTable > .claims--verified { color: $text-success; text-style: bold; }
    ClaimsTable > .claims--disputed { color: $text-error; text-style: bold; }
    ClaimsTable > .claims--unsupported { color: $text-warning; text-style: bold; }
    ClaimsTable > .claims--unreviewed { color: $text-muted; text-style: dim; }
    """

    class Highlighted(Message):
        """The cursor moved to another claim."""

        def __init__(self, claim_id: str | None) -> None:
            super().__init__()
            self.claim_id = claim_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._records: list[ReviewedClaim] = []
        self._position: dict[str, int] = {}
        self._cursor = 0
        # Rendered rows by (claim id, is the cursor row), with the width they were drawn at.
        self._lines: dict[tuple[str, bool], tuple[int, Strip]] = {}

    # what the screen calls

    def show(self, records: list[ReviewedClaim], keep: str | None = None) -> None:
        """Replace the rows with `records`, keeping the cursor on `keep` if it is among them."""
        self._records = list(records)
        self._position = {record.claim.id: number for number, record in enumerate(self._records)}
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._records) + 1)
        self._cursor = self._position.get(keep, 0) if keep else 0
        self._cursor = min(self._cursor, max(0, len(self._records) - 1))
        self.refresh()
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self.current_id))

    def show_mark(self, record: ReviewedClaim) -> None:
        self._forget(record.claim.id)

    def show_suggestion(self, record: ReviewedClaim) -> None:
        self._forget(record.claim.id)

    def go_to(self, claim_id: str) -> bool:
        if claim_id not in self._position:
            return False
        self._move(self._position[claim_id])
        return True

    @property
    def row_count(self) -> int:
        return len(self._records)

    @property
    def current_id(self) -> str | None:
        if not self._records:
            return None
        return self._records[self._cursor].claim.id

    def ids(self) -> list[str]:
        return [record.claim.id for record in self._records]

    def get_cell(self, claim_id: str, column: str) -> Text:
        """What a column shows for a claim (the mark, kind, claim or suggestion), as text."""
        record = self._records[self._position[claim_id]]
        cells = {
            "mark": _mark_cell,
            "kind": lambda r: self._kind_cell(self._position[r.claim.id]),
            "claim": _claim_cell,
            "suggestion": _suggestion_cell,
        }
        return cells[column](record)

    def next_unreviewed(self, records: dict[str, ReviewedClaim]) -> str | None:
        """The next unreviewed claim after the cursor, wrapping; None if every listed claim is reviewed."""
        count = len(self._records)
        for step in range(1, count + 1):
            record = self._records[(self._cursor + step) % count]
            if records[record.claim.id].mark.verdict is Verdict.UNREVIEWED:
                return record.claim.id
        return None

    # movement

    def _move(self, row: int) -> None:
        if not self._records:
            return
        row = max(0, min(row, len(self._records) - 1))
        if row == self._cursor:
            self._scroll_to_cursor()
            return
        previous = self._records[self._cursor].claim.id
        self._cursor = row
        self._forget(previous)
        self._forget(self._records[row].claim.id)
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self.current_id))

    def _scroll_to_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)  # less the header line
        top = round(self.scroll_y)
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False)
        elif self._cursor >= top + visible:
            self.scroll_to(y=self._cursor - visible + 1, animate=False)

    def action_cursor_up(self) -> None:
        self._move(self._cursor - 1)

    def action_cursor_down(self) -> None:
        self._move(self._cursor + 1)

    def action_page_up(self) -> None:
        self._move(self._cursor - max(1, self.scrollable_content_region.height - 2))

    def action_page_down(self) -> None:
        self._move(self._cursor + max(1, self.scrollable_content_region.height - 2))

    def action_first(self) -> None:
        self._move(0)

    def action_last(self) -> None:
        self._move(len(self._records) - 1)

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self._move(round(self.scroll_y) + event.y - 1)
        self.focus()

    def on_resize(self) -> None:
        self._lines.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._records) + 1)

    # drawing

    def _forget(self, claim_id: str) -> None:
        self._lines.pop((claim_id, False), None)
        self._lines.pop((claim_id, True), None)
        if claim_id in self._position:
            y = self._position[claim_id] - round(self.scroll_y) + 1
            if 0 < y < self.size.height:  # rows off screen are drawn afresh when scrolled to
                self.refresh_line(y)

    def _columns(self) -> tuple[int, int, int, int]:
        width = self.scrollable_content_region.width
        claim = max(8, width - 3 - KIND_WIDTH - SUGGESTION_WIDTH - 3)
        return 3, KIND_WIDTH, claim, SUGGESTION_WIDTH

    def _verdict_styles(self) -> dict[Verdict, Style]:
        """Each verdict's colour in the current theme (foreground and text style only, over any row).

        Theme colours such as `$text-muted` are translucent; they are blended onto the list's background
        here, as a Rich colour carries no alpha.
        """
        background = self.background_colors[1]
        styles = {}
        for verdict, component in VERDICT_CLASSES.items():
            component_styles = self.get_component_styles(component)
            style = self.get_component_rich_style(component, partial=True)
            color = (background + component_styles.color).rich_color
            styles[verdict] = Style(color=color, bold=style.bold, dim=style.dim, italic=style.italic)
        return styles

    def _cursor_style(self) -> Style:
        """The cursor row's background (and boldness), laid over every segment of the row so it always shows."""
        style = self.get_component_rich_style("claims--cursor")
        return Style(bgcolor=style.bgcolor, bold=style.bold)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()  # a new theme or focus changes the colours of every drawn row
        self.refresh()

    def _on_focus(self, event: events.Focus) -> None:
        self._forget_cursor()

    def _on_blur(self, event: events.Blur) -> None:
        self._forget_cursor()

    def _forget_cursor(self) -> None:
        if self._records:
            self._forget(self._records[self._cursor].claim.id)

    def _kind_cell(self, row: int) -> Text:
        """The kind; a claim in the same sentence as the row above is drawn under it ("└ role"), so the
        claims of one sentence read as a group."""
        record = self._records[row]
        same = row > 0 and self._records[row - 1].claim.sentence == record.claim.sentence
        return Text(("└ " if same else "") + record.claim.kind.value, style="italic")

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        mark_w, kind_w, claim_w, suggestion_w = self._columns()
        if y == 0:
            header = Text.assemble(
                ("✓".ljust(mark_w)), " ", "kind".ljust(kind_w), "claim".ljust(claim_w + 1), "suggestion"
            )
            style = self.get_component_rich_style("claims--header")
            return Strip(fit(header, width)).apply_style(style)
        row = round(self.scroll_y) + y - 1
        if not 0 <= row < len(self._records):
            return Strip.blank(width, self.rich_style)
        record = self._records[row]
        is_cursor = row == self._cursor
        key = (record.claim.id, is_cursor)
        cached = self._lines.get(key)
        line = cached[1] if cached is not None and cached[0] == width else None
        if line is None:
            styles = self._verdict_styles()
            segments = [
                *fit(_mark_cell(record, styles), mark_w),
                Segment(" "),
                *fit(self._kind_cell(row), kind_w),
                *fit(_claim_cell(record), claim_w),
                Segment(" "),
                *fit(_suggestion_cell(record, styles), suggestion_w),
            ]
            used = sum(segment.cell_length for segment in segments)
            if used < width:
                segments.append(Segment(" " * (width - used)))
            if is_cursor:
                # After the cells' own styles, so the cursor's background is not hidden beneath them.
                segments = list(Segment.apply_style(segments, post_style=self._cursor_style()))
            line = Strip(segments).adjust_cell_length(width).apply_style(self.rich_style)
            if len(self._lines) > 4000:
                self._lines.clear()
            self._lines[key] = (width, line)
        return line
