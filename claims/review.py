"""The review session: a reviewer's marks (`ReviewState`) kept in their file (`ReviewFile`), saved after each change.

`ReviewSession` is the thin façade the app and the CLI use: each change goes to
the state, then the file saves it. Opening matches the file's marks to the
article's claims (`claims.review_carry`): verdicts carry over by claim id, and a
claim that no longer occurs is kept and shown as orphaned, never dropped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from factdesk.base.errors import FactdeskError
from factdesk.claims.check.linked import recheck
from factdesk.claims.dates import checkable_day
from factdesk.claims.desk import CheckedArticle
from factdesk.claims.extract.ids import IdMaker
from factdesk.claims.model import Claim, ClaimKind, Mark, ReviewedClaim, Suggestion, Verdict
from factdesk.claims.review_added import fields_for, sentence_around, suggest_added
from factdesk.claims.review_carry import carry_over, refuse_another_article
from factdesk.claims.review_document import ReviewDocument, decode_review
from factdesk.claims.review_encoding import review_data
from factdesk.claims.review_file import (
    ReviewConflict,
    ReviewError,
    ReviewFile,
    journal_path_for,
    load_review,
    new_review_path,
    now,
    read_review_file,
    resolve_review_path,
    review_path_for,
)
from factdesk.claims.review_renamed import renamed_review
from factdesk.claims.review_saved import unmerged_copies
from factdesk.claims.review_state import ReviewCounts, ReviewState

__all__ = [
    "Mark",
    "ReadAhead",
    "ReviewConflict",
    "ReviewCounts",
    "ReviewError",
    "ReviewFile",
    "ReviewSession",
    "ReviewState",
    "ReviewedClaim",
    "journal_path_for",
    "load_review",
    "read_ahead",
    "read_review_file",
    "resolve_review_path",
    "review_path_for",
]

_T = TypeVar("_T")

# What `factdesk review` opens before the app: the review file, locked and read.
ReadAhead = ReviewFile


def read_ahead(path: Path) -> ReviewFile:
    """Lock and read `path` now (raising `ReviewError` if it cannot be used), for `ReviewSession.open` later.

    Taking the lock first refuses a second app at once, before any slow work, and means no other
    factdesk can change the file between this read and the session's.
    """
    return ReviewFile.open(path)


class ReviewSession:
    """A reviewer's work on one checked article, persisted to one review file."""

    def __init__(self, file: ReviewFile, checked: CheckedArticle, state: ReviewState, article_changed: bool) -> None:
        self.file = file
        self.checked = checked
        self.state = state
        self.article_changed = article_changed
        self.unsaved = False
        self.moved_from: Path | None = None  # the review file, if the review was saved to a new file instead
        self.moved_from_now: Path | None = None  # where that file was when the review left it (None: gone)
        self.restored_date: dt.date | None = None  # the review's own date, when no --date was given
        self.renamed_review: Path | None = None  # a review of this text under the article's old name
        self.saved_copies: list[Path] = []  # whole copies saved when the file could not take them, not taken up
        self.saved_in: Path | None = None  # where the review file stood when the session closed (see `close`)
        self.closed = False
        self.wrote = False  # whether this session has written the review anywhere
        self.opened_cursor = state.cursor
        self.date_on_disk: dt.date | None = checked.on  # the date the claims are checked as of, as last saved

    @classmethod
    def open(
        cls,
        checked: CheckedArticle,
        path: Path | None = None,
        reviewer: str = "reviewer",
        read_ahead: ReviewFile | None = None,
        *,
        date_given: bool = True,
    ) -> ReviewSession:
        """Open (or start) the review of `checked`; raise `ReviewError` if its file cannot be used.

        `read_ahead` is the file as `read_ahead()` opened it (to fail fast before the app opens); it is
        read again only if it changed since, so a large review is not parsed twice. Without `date_given`
        (no --date), the claims are checked as of the date the review was checked as of, as the reviewer
        last set it (`t`, --date), not the article's own date or none.
        """
        named = path or review_path_for(checked.article.path)
        wanted = resolve_review_path(named)
        file = read_ahead if read_ahead is not None and read_ahead.path == wanted else ReviewFile(named)
        file.take_lock()
        try:
            document = file.current_document()
            if document is not None:
                refuse_another_article(document, checked)
            restored = checkable_day(document.article.date) if document is not None and not date_given else None
            if restored == checked.on:
                restored = None  # the article's own date, as before: nothing to tell
            elif restored is not None:
                checked.on = restored
            state = ReviewState(
                carry_over(checked, document),
                reviewer,
                now,
                history=document.history if document else (),
                reviewers=document.reviewers if document else (),
                cursor=document.cursor if document else None,
            )
        except BaseException:
            file.release()
            raise
        changed = document is not None and document.article.sha256 != checked.article.sha256
        session = cls(file, checked, state, changed)
        session.restored_date = restored
        session.date_on_disk = checked.on if document is None else checkable_day(document.article.date)
        session.saved_copies = unmerged_copies(file.path, document, checked.article.path)
        if path is None:  # said every time, not only before a review under this name begins
            claim_ids = {claim.id for claim in checked.claims}
            session.renamed_review = renamed_review(checked.article.path, checked.article.sha256, claim_ids)
        return session

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def records(self) -> dict[str, ReviewedClaim]:
        return self.state.records

    @property
    def history(self) -> list[Any]:
        return self.state.history

    @property
    def reviewer(self) -> str:
        return self.state.reviewer

    @property
    def cursor(self) -> str | None:
        return self.state.cursor

    @cursor.setter
    def cursor(self, claim_id: str | None) -> None:
        self.state.cursor = claim_id

    def start_large_file(self) -> bool:
        """Write a new review's file now if it is large, so the first key press only appends to the journal.

        Serialising a large review takes seconds; better while the app is still loading than on the
        reviewer's first verdict. Small reviews are left unwritten until the first change. Returns
        whether the file was written.
        """
        if self.path.exists() or not self.file.is_large(self._about(), self.state):
            return False
        self.save(whole=True)
        return True

    def close(self) -> None:
        """Save the cursor position and let other sessions open the file.

        Before the lock is let go, `saved_in` is told where the file stands now: a review whose folder was
        moved while the desk was open is there, not at `path`. A file another program changed since (cut
        short, half-copied over, rewritten) is left as it is, and the whole review goes to a new file beside
        it: the desk's copy may be the only whole one left, and quitting with nothing unsaved asked nothing.
        """
        if self.closed:
            return
        try:
            # opened and closed with nothing done: the reviewer's file is not rewritten behind their back
            if not self._as_opened() and (self.path.exists() or self.touched_count()):
                try:
                    self.save(whole=True)  # leave one whole file behind, no journal
                except ReviewConflict:
                    if not self.history:
                        raise  # no verdict, note or link to keep
                    self.save_to_new_file(self.new_file_path())
        finally:
            self.saved_in = self.file.where_now()
            self.file.release()
            self.closed = True

    def _as_opened(self) -> bool:
        """Whether the review file on disk still holds all of this session: nothing marked, saved, moved or set."""
        untouched = not (self.wrote or self.article_changed or self.state.unsaved_claims())
        moved = self.state.cursor != self.opened_cursor or self.checked.on != self.date_on_disk
        return self.path.exists() and untouched and not moved

    def rescue(self) -> None:
        """Save every change now, with nobody left to ask (the terminal closed): to the review file, or, if it
        cannot take them, to a new file (`new_file_path`), which `moved_from` then says. Never raises."""
        if not self.unsaved_changes():
            return
        try:
            self.save()
            return
        except FactdeskError:
            pass
        try:
            self.save_to_new_file(self.new_file_path())
        except (FactdeskError, OSError):
            pass  # nowhere to write: `unsaved_changes` still names them for the terminal, if it is there

    # what the app reads

    def ordered(self) -> list[ReviewedClaim]:
        return self.state.ordered()

    def tally(self) -> Counter[Verdict]:
        """The article's claims by verdict (orphaned claims apart: see `counts()`)."""
        return self.state.tally()

    def counts(self) -> ReviewCounts:
        return self.state.counts()

    def touched_count(self) -> int:
        return self.state.touched_count()

    def unsaved_changes(self) -> list[str]:
        """The claims whose changes are not on disk, one line each (empty when everything is saved)."""
        if not self.unsaved:
            return []
        lines = []
        for claim_id in self.state.unsaved_claims():
            lines.append(self.records[claim_id].told_in_full())
        if self.checked.on != self.date_on_disk:  # set with t: the review is checked as of it when reopened
            on, before = (day.isoformat() if day else "none" for day in (self.checked.on, self.date_on_disk))
            lines.append(f"the article's date, {on} (the review file has {before})")
        return lines

    def undo_target(self) -> str | None:
        return self.state.undo_target()

    def redo_target(self) -> str | None:
        return self.state.redo_target()

    # changes: each is saved at once

    def mark(self, claim_id: str, verdict: Verdict) -> Mark:
        """Give a claim a verdict (or back to unreviewed) and save."""
        return self._saved(self.state.mark(claim_id, verdict))

    def set_note(self, claim_id: str, note: str) -> Mark:
        return self._saved(self.state.set_note(claim_id, note))

    def toggle_evidence(self, claim_id: str, store_id: str) -> Mark:
        """Link a store entry as evidence for a claim, or unlink it if it is linked."""
        return self._saved(self.state.toggle_evidence(claim_id, store_id))

    def mark_many(self, verdicts: dict[str, Verdict], *, joined: bool = False) -> None:
        """Give many claims a verdict with one save (each is still one history line); `joined`: undone with the
        change just made."""
        self.state.mark_many(verdicts, joined=joined)
        self.save()

    def accept_suggestion(self, claim_id: str) -> Mark:
        return self._saved(self.state.accept_suggestion(claim_id))

    def undo(self) -> str | None:
        """Take back the last change; returns the claim it touched, or None if there is nothing to undo."""
        return self._saved(self._step(self.state.undo_target(), self.state.undo))

    def redo(self) -> str | None:
        return self._saved(self._step(self.state.redo_target(), self.state.redo))

    def _step(self, claim_id: str | None, step: Callable[[], str | None]) -> str | None:
        """Undo or redo; a claim whose linked evidence the step changed is checked again with what is linked now.

        The suggestion made with a link cites it ("X (linked) says much the same"): kept after the link is
        undone, the panel and the saved review would cite a link that is gone, and `a` would accept it.
        """
        before = self.records[claim_id].mark.evidence if claim_id is not None else ()
        result = step()
        record = self.records.get(claim_id) if claim_id is not None else None
        index = self.checked.index
        if record is not None and index is not None and record.mark.evidence != before:
            with self.checked.guard:  # not while a batch of the checker reads the index
                record.suggestion = recheck(record.claim, index, self.checked.on, record.mark.evidence)
        return result

    def apply_suggestions(self, start: int, suggestions: list[Suggestion]) -> list[str]:
        """Fresh suggestions for the article's claims from position `start`; returns their claim ids.

        Not saved by itself: a suggestion is the checker's, not the reviewer's; the next change saves it.
        """
        return self.state.apply_suggestions(self.checked.claims[start:], suggestions)

    def add_claim(self, kind: ClaimKind, text: str, start: int, end: int) -> ReviewedClaim:
        """A claim the extractor missed, typed or taken from the article at [start, end)."""
        text = " ".join(text.split())
        if not text:
            raise ReviewError(self.path, "a claim needs some text")
        sentence = sentence_around(self.checked.article.text, start, end) if end > start else text
        ids = IdMaker()
        claim_id = "added-" + ids.make(kind, text, sentence)
        while claim_id in self.records:
            claim_id = "added-" + ids.make(kind, text, sentence)
        claim = Claim(claim_id, kind, text, start, end, sentence, fields_for(kind, text))
        index = self.checked.index
        suggestion = suggest_added(claim, index, self.checked.on) if index is not None else None
        return self._saved(self.state.add(claim, suggestion))

    def _saved(self, result: _T) -> _T:
        if self.state.pending or self.state.history_saved < len(self.state.history):
            self.save()
        return result

    # saving

    def save(self, *, whole: bool = False) -> None:
        """Save every change so far, atomically; on failure the change stays in memory and `unsaved` is set."""
        # A journal has no place for the date (set with t): a change of it writes the whole file.
        whole = whole or self.checked.on != self.date_on_disk
        try:
            self.file.save(self._about(), self.state, whole=whole)
        except FactdeskError:
            self.unsaved = True
            raise
        self.unsaved = False
        self.wrote = True
        self.state.saved()
        self.date_on_disk = self.checked.on

    def new_file_path(self) -> Path:
        """Where `save_to_new_file` would write now: a new file beside the review file, or in the data folder."""
        return new_review_path(self.path, now(), len(self.to_bytes()))

    def save_to_new_file(self, target: Path) -> None:
        """Write the whole review to `target`, a file that must not exist yet, and go on saving there.

        The way out that loses nothing when the review file cannot take the changes (another program
        changed it, it was made read-only): every mark, note and link goes to the new file, and the
        review file is left as it is. Raises `FactdeskError` (nothing changed) if it cannot be written.
        """
        file = ReviewFile(target)
        file.created = self.file.created
        file.lock.acquire()
        try:
            file.write_new(self._about(), self.state)
        except BaseException:
            file.release()
            raise
        # Asked before the lock is let go: the lock file moves with a moved folder and tells where it went.
        self.moved_from_now = self.file.where_now()
        self.file.release()
        self.moved_from, self.file = self.file.path, file
        self.unsaved = False
        self.wrote = True
        self.state.saved()
        self.date_on_disk = self.checked.on

    def _about(self) -> dict[str, Any]:
        article = self.checked.article
        return {
            "article": {
                "path": str(article.path.absolute()),
                "sha256": article.sha256,
                "title": article.title,
                "date": self.checked.on.isoformat() if self.checked.on else None,
                "url": article.url,
                "outlet": article.outlet,
            },
            "store": str(Path(self.checked.store.root).absolute()),
        }

    def to_document(self) -> dict[str, Any]:
        """The whole review as plain data (what the file holds)."""
        return review_data(self.file.header(self._about(), self.state), self.records, self.history)

    def to_review_document(self) -> ReviewDocument:
        """The whole review as the typed document a report is built from (decoded as the file would be)."""
        return decode_review(self.path, self.to_document())

    def to_bytes(self) -> bytes:
        """The file's bytes: JSON-style YAML, one line per claim and per history entry (diffs stay small)."""
        return self.file.to_bytes(self._about(), self.state)
