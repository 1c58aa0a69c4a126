"""A reviewer's marks on one article, held in memory: verdicts, notes, evidence, undo and redo, history, counts.

`ReviewState` does no I/O: it knows nothing of the file the review is kept in
(`claims.review_file.ReviewFile` writes it). It records which claims changed
since the last save (`pending`), so the file can write only those.

Counts are kept as changes happen, because counting 100,000 records on each key
press made the desk lag behind the keys. Orphaned claims (no longer in the
article) are counted apart from the article's claims: a disputed claim that was
edited out of the article is not a disputed claim of the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from factdesk.claims.model import Change, Claim, Mark, ReviewedClaim, Suggestion, Verdict

Clock = Callable[[], str]


@dataclass(frozen=True, slots=True)
class ReviewCounts:
    """How many of the article's claims have each verdict, and how many orphaned claims are kept apart."""

    verdicts: Mapping[Verdict, int]
    orphaned: int

    @property
    def total(self) -> int:
        """The article's claims (orphaned ones not included)."""
        return sum(self.verdicts.values())

    @property
    def reviewed(self) -> int:
        return self.total - self.verdicts.get(Verdict.UNREVIEWED, 0)


def count_records(records: Iterable[ReviewedClaim]) -> ReviewCounts:
    """Counts from scratch (what `ReviewState` keeps up to date change by change)."""
    verdicts: Counter[Verdict] = Counter({verdict: 0 for verdict in Verdict})
    orphaned = 0
    for record in records:
        if record.orphaned:
            orphaned += 1
        else:
            verdicts[record.mark.verdict] += 1
    return ReviewCounts(dict(verdicts), orphaned)


# (claim id, mark before, mark after, joined): one undoable change; a joined one is taken back and made again
# with the change before it (a name's title marked with the name by one key)
_Step = tuple[str, Mark, Mark, bool]


class ReviewState:
    """Every claim's mark, in the desk's order, with undo/redo, the history of changes and running counts."""

    def __init__(
        self,
        records: Iterable[ReviewedClaim],
        reviewer: str,
        clock: Clock,
        *,
        history: Iterable[Change] = (),
        reviewers: Iterable[str] = (),
        cursor: str | None = None,
    ) -> None:
        self.reviewer = reviewer
        self.clock = clock
        self.records: dict[str, ReviewedClaim] = {}
        self.history: list[Change] = list(history)
        self.reviewers: list[str] = list(dict.fromkeys([*reviewers, reviewer]))
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self.last_stepped: list[str] = []  # every claim the last undo or redo changed
        # What changed since the last save: claims, history lines, and whether the order of claims did.
        self.pending: set[str] = set()
        # The mark each pending claim has on disk (None: an added claim not yet written), so what is
        # unsaved is told truthfully: a change taken back since the last save differs from nothing.
        self._on_disk: dict[str, Mark | None] = {}
        self.history_saved = len(self.history)
        self.reordered = False
        self._put_records(records)
        self.cursor = cursor if cursor in self.records else next(iter(self.records), None)

    def _put_records(self, records: Iterable[ReviewedClaim]) -> None:
        # Article order (added claims where their words are), orphaned claims last; ties keep their order.
        ordered = sorted(records, key=lambda record: (record.orphaned, record.claim.start))
        self.records = {record.claim.id: record for record in ordered}
        counts = count_records(self.records.values())
        self._verdicts: Counter[Verdict] = Counter(counts.verdicts)
        self._orphaned = counts.orphaned
        self._touched = sum(1 for record in self.records.values() if record.mark != Mark())

    # what the desk reads

    def ordered(self) -> list[ReviewedClaim]:
        return list(self.records.values())

    def counts(self) -> ReviewCounts:
        return ReviewCounts(dict(self._verdicts), self._orphaned)

    def tally(self) -> Counter[Verdict]:
        """The article's claims by verdict; orphaned claims are not counted (see `counts().orphaned`)."""
        return Counter(self._verdicts)

    def touched_count(self) -> int:
        """Claims with any mark (a verdict, a note or evidence), orphaned ones included: all of them are saved."""
        return self._touched

    def unsaved_claims(self) -> list[str]:
        """The claims whose mark differs from the one on disk (or that were added and not yet written), in order.

        `pending` also holds claims changed and changed back since the last save: nothing of those is lost.
        """
        return [
            claim_id
            for claim_id, record in self.records.items()
            if claim_id in self._on_disk and (self._on_disk[claim_id] is None or self._on_disk[claim_id] != record.mark)
        ]

    def undo_target(self) -> str | None:
        """The claim the next undo would change, if any."""
        return self._undo[-1][0] if self._undo else None

    def redo_target(self) -> str | None:
        return self._redo[-1][0] if self._redo else None

    # changes

    def mark(self, claim_id: str, verdict: Verdict) -> Mark:
        """Give a claim a verdict (or back to unreviewed)."""
        return self._change(claim_id, "verdict", verdict)

    def set_note(self, claim_id: str, note: str) -> Mark:
        """The note as typed, but for blank lines around it: the first line's indentation (a pasted shell line,
        a quoted table) is the reviewer's, and a note of only whitespace is no note."""
        return self._change(claim_id, "note", _without_blank_lines_around(note))

    def toggle_evidence(self, claim_id: str, store_id: str) -> Mark:
        """Link a store entry as evidence for a claim, or unlink it if it is linked."""
        linked = self.records[claim_id].mark.evidence
        evidence = tuple(item for item in linked if item != store_id) if store_id in linked else (*linked, store_id)
        return self._change(claim_id, "evidence", evidence)

    def mark_many(self, verdicts: Mapping[str, Verdict], *, joined: bool = False) -> None:
        """Give many claims a verdict (a bulk action; each is still one undo step and one history line). `joined`:
        the verdicts go with the change just made (one key marked a name and its title), and one undo takes
        them back together with it."""
        for claim_id, verdict in verdicts.items():
            before = self.records[claim_id].mark
            if before.verdict is verdict:
                continue
            after = replace(before, verdict=verdict, reviewer=self.reviewer, at=self.clock())
            self._put_mark(claim_id, before, after)
            self._undo.append((claim_id, before, after, joined and bool(self._undo)))
        self._redo.clear()

    def accept_suggestion(self, claim_id: str) -> Mark:
        suggestion = self.records[claim_id].suggestion
        if suggestion is None:
            return self.records[claim_id].mark
        return self.mark(claim_id, suggestion.verdict)

    def undo(self) -> str | None:
        """Take back the last change; returns the claim it touched, or None if there is nothing to undo."""
        if not self._undo:
            return None
        self.last_stepped = []
        joined = True
        while joined and self._undo:
            step = self._undo.pop()
            claim_id, before, after, joined = step
            self._redo.append(step)
            self._put_mark(claim_id, after, before)
            self.last_stepped.append(claim_id)
        self.cursor = claim_id  # the change the key was pressed for, undone last
        return claim_id

    def redo(self) -> str | None:
        if not self._redo:
            return None
        first = self._redo[-1][0]
        self.last_stepped = []
        while self._redo and (not self.last_stepped or self._redo[-1][3]):
            step = self._redo.pop()
            claim_id, before, after, _ = step
            self._undo.append(step)
            self._put_mark(claim_id, before, after)
            self.last_stepped.append(claim_id)
        self.cursor = first
        return first

    def add(self, claim: Claim, suggestion: Suggestion | None) -> ReviewedClaim:
        """A claim the reviewer added: placed where its words are, recorded in the history."""
        record = ReviewedClaim(claim, suggestion, added=True)
        self._put_records([*self.records.values(), record])
        self.pending.add(claim.id)
        self._on_disk.setdefault(claim.id, None)
        self.reordered = True
        self.history.append(Change(claim.id, "added", None, claim.text, self.reviewer, self.clock()))
        self.cursor = claim.id
        return record

    def apply_suggestions(self, claims: list[Claim], suggestions: list[Suggestion]) -> list[str]:
        """Fresh suggestions for these article claims; returns their ids. Not a change of the reviewer's."""
        changed = []
        for claim, suggestion in zip(claims, suggestions, strict=False):
            record = self.records.get(claim.id)
            if record is not None and record.claim is claim:
                record.suggestion = suggestion
                changed.append(claim.id)
        return changed

    def saved(self) -> None:
        """Everything so far is on disk."""
        self.pending.clear()
        self._on_disk.clear()
        self.history_saved = len(self.history)
        self.reordered = False

    def _change(self, claim_id: str, field_name: str, value: Any) -> Mark:
        before = self.records[claim_id].mark
        if getattr(before, field_name) == value:
            return before
        after = replace(before, **{field_name: value}, reviewer=self.reviewer, at=self.clock())
        self._put_mark(claim_id, before, after)
        self.cursor = claim_id
        self._undo.append((claim_id, before, after, False))
        self._redo.clear()
        return after

    def _put_mark(self, claim_id: str, before: Mark, after: Mark) -> None:
        """Replace a claim's mark: the counts, the pending set and the history follow."""
        record = self.records[claim_id]
        record.mark = after
        if not record.orphaned:
            self._verdicts[before.verdict] -= 1
            self._verdicts[after.verdict] += 1
        self._touched += (after != Mark()) - (before != Mark())
        self.pending.add(claim_id)
        self._on_disk.setdefault(claim_id, before)
        at = self.clock()
        for name in ("verdict", "note", "evidence"):
            old, new = getattr(before, name), getattr(after, name)
            if old != new:
                self.history.append(Change(claim_id, name, _plain(old), _plain(new), self.reviewer, at))


def _plain(value: Any) -> Any:
    if isinstance(value, Verdict):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _without_blank_lines_around(note: str) -> str:
    if not note.strip():
        return ""
    lines = note.split("\n")
    while not lines[0].strip():
        lines.pop(0)
    while not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)
