"""The claims list: one DataTable row per claim, keyed by claim id, one line high.

Cells are `rich.text.Text`, never markup strings, so article text is shown
literally. Only the row that changed is updated (`update_cell`), which keeps
marking instant with thousands of claims.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from claims.model import Verdict
from claims.review import ReviewedClaim
from tui.marks import MARKS, STYLES


def _mark_cell(record: ReviewedClaim) -> Text:
    verdict = record.mark.verdict
    mark = MARKS[verdict] + ("✎" if record.mark.note else " ")
    return Text(mark, style=STYLES[verdict])


def _claim_cell(record: ReviewedClaim) -> Text:
    text = " ".join(record.claim.text.split())
    cell = Text(text if len(text) <= 200 else text[:199] + "…")
    if record.orphaned:
        cell = Text("[orphaned] ", style="italic red") + cell
    return cell


def _suggestion_cell(record: ReviewedClaim) -> Text:
    if record.suggestion is None:
        return Text("… checking", style="dim")
    verdict = record.suggestion.verdict
    return Text(f"{MARKS[verdict]} {verdict.value:<11} {record.suggestion.confidence:>3}", style=STYLES[verdict])


class ClaimsTable(DataTable):
    """Rows of claims; the screen owns the verdict keys, this widget owns movement."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    FIXED_WIDTH = 2 + 9 + 17 + 4 * 2 + 2  # mark, kind, suggestion, cell padding, scrollbar

    def __init__(self, **kwargs) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)
        self._records: list[ReviewedClaim] = []
        self._claim_width = 0

    def _claim_column_width(self) -> int:
        return max(16, (self.size.width or 80) - self.FIXED_WIDTH)

    def on_resize(self) -> None:
        if self._claim_width and abs(self._claim_column_width() - self._claim_width) >= 2:
            self.show(self._records, keep=self.current_id)

    def show(self, records: list[ReviewedClaim], keep: str | None = None) -> None:
        """Replace the rows with `records`, keeping the cursor on `keep` if it is among them."""
        self._records = records
        self._claim_width = self._claim_column_width()
        self.clear(columns=True)
        self.add_column(Text("✓"), key="mark", width=2)
        self.add_column(Text("kind"), key="kind", width=9)
        self.add_column(Text("claim"), key="claim", width=self._claim_width)
        self.add_column(Text("suggestion"), key="suggestion", width=17)
        for record in records:
            self.add_row(
                _mark_cell(record),
                Text(record.claim.kind.value, style="italic"),
                _claim_cell(record),
                _suggestion_cell(record),
                key=record.claim.id,
            )
        if keep is not None:
            self.go_to(keep)

    def show_mark(self, record: ReviewedClaim) -> None:
        if record.claim.id in self.rows:
            self.update_cell(record.claim.id, "mark", _mark_cell(record))

    def show_suggestion(self, record: ReviewedClaim) -> None:
        if record.claim.id in self.rows:
            self.update_cell(record.claim.id, "suggestion", _suggestion_cell(record))

    def go_to(self, claim_id: str) -> bool:
        if claim_id not in self.rows:
            return False
        self.move_cursor(row=self.get_row_index(claim_id), animate=False, scroll=True)
        return True

    @property
    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def ids(self) -> list[str]:
        return [key.value for key in self.rows]

    def next_unreviewed(self, records: dict[str, ReviewedClaim]) -> str | None:
        """The next unreviewed claim after the cursor, wrapping; None if every listed claim is reviewed."""
        ids = self.ids()
        if not ids:
            return None
        here = ids.index(self.current_id) if self.current_id in ids else -1
        for claim_id in ids[here + 1 :] + ids[: here + 1]:
            if records[claim_id].mark.verdict is Verdict.UNREVIEWED:
                return claim_id
        return None
