"""The review file on disk: its path, the lock, reading it, writing it whole or through its journal.

`ReviewFile.open(path)` is fast (lock and read, no extraction), so the CLI opens
it before the slow work and a second app on the same review is refused at once.
It owns everything about the file: the path (a symlink is followed to its
target), the kernel lock beside it, the document as read, its identity (stamp and hash) that
tells whether another program changed it since, the whole-file writes (temp
file, fsync, rename) and, for a review over `JOURNAL_ABOVE`, the journal of
appended changes folded in every `COMPACT_EVERY` changes and on close.

What is written comes from a `claims.review_state.ReviewState`; this module
decides only how and whether it may be written. A file that cannot be read, is
read-only, or was changed by another program since it was read is never
overwritten.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from factdesk.base.files import WriteError, leftover_temporaries, write_atomically
from factdesk.base.folders import data_folder
from factdesk.base.reading import MOST_BYTES
from factdesk.claims.lock import ReviewLock
from factdesk.claims.review_comments import refuse_comments
from factdesk.claims.review_document import REVIEW_FORMAT, REVIEW_SUFFIX, ReviewDocument, ReviewError
from factdesk.claims.review_encoding import HEADER, ReviewEncoder, change_entry, claim_entry, dumps
from factdesk.claims.review_identity import FileIdentity
from factdesk.claims.review_links import HardLinks, hard_links, new_behind_link
from factdesk.claims.review_reading import journal_path_for, load_review, read_review_file
from factdesk.claims.review_saved import saved_name_parts
from factdesk.claims.review_state import ReviewState

__all__ = [
    "COMPACT_EVERY",
    "HEADER",
    "JOURNAL_ABOVE",
    "REVIEW_FORMAT",
    "ReviewConflict",
    "ReviewDocument",
    "ReviewError",
    "ReviewFile",
    "journal_path_for",
    "load_review",
    "new_review_path",
    "now",
    "read_review_file",
    "resolve_review_path",
    "review_path_for",
]

# A review file larger than this is not rewritten on every change: changes are appended to
# `<review>.journal` (fsynced) and folded into the file every COMPACT_EVERY changes and on close.
# Replaying a few thousand journal lines at open is instant; folding a huge file is not: fold rarely.
JOURNAL_ABOVE = 8 * 2**20
COMPACT_EVERY = 5000
JOURNAL_MOST = MOST_BYTES // 4  # bytes: a journal this long is folded, far below what a journal may be to be read


class ReviewConflict(ReviewError):
    """The review file was changed on disk by something else since this session read it."""


def review_path_for(article: Path) -> Path:
    """`article.txt` -> `article.txt.review.yaml`, beside the article."""
    return article.with_name(article.name + REVIEW_SUFFIX)


def resolve_review_path(path: Path) -> Path:
    """The file a review path names: a symlink is followed to its target, which is read, locked and written."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_review_path(review: Path, when: str, size: int = 0) -> Path:
    """A file that does not exist yet, for the whole review (`size` bytes) when `review` cannot take it: beside
    it, or in factdesk's data folder (`unsaved/`) when its folder is gone, cannot be written (moved or renamed
    while the desk was open, made read-only) or has no room for it (a full disk or share), so the way out of
    a failed save does not fail for the same reason.

    `r.review.yaml` -> `r.review.saved-20240325T164000Z.yaml` (then `-2`, `-3` ... if that exists).
    """
    stem, suffix = saved_name_parts(review)
    stamp = when.replace("-", "").replace(":", "")
    folder = review.parent
    if not _can_create_in(folder, size):
        folder = data_folder() / "unsaved"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # saving there says why it cannot be written
    candidate = folder / f"{stem}.saved-{stamp}.{suffix}"
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem}.saved-{stamp}-{number}.{suffix}"
        number += 1
    return candidate


def _can_create_in(folder: Path, size: int) -> bool:
    try:
        room = os.statvfs(folder)
    except OSError:
        return False
    free = room.f_bavail * room.f_frsize
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK) and free > size + 64 * 1024


def check_writable(path: Path) -> None:
    """Refuse a review file its owner made read-only (replacing it needs only the folder's permission)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise ReviewError(
            path,
            "the review file is read-only; factdesk does not rewrite it (make it writable, "
            "or open the article with --review NEW-FILE)",
        )


def refuse_orphaned_journal(path: Path) -> None:
    """A journal with no review file beside it holds the only copy of its changes: never start over it."""
    journal = journal_path_for(path)
    if not path.exists() and journal.exists():
        raise ReviewError(
            journal,
            f"this journal of changes has no review file {path.name} beside it; its changes exist only here, "
            "so factdesk will not start a new review over it (restore the review file, or move the journal away)",
        )


def refuse_own_names(path: Path) -> None:
    """A review is never kept under the name factdesk gives another review's journal, lock or drafts (`R.journal`,
    `R.lock`, `R.drafts`): R's next save deletes its journal once folded in, letting go of R's lock removes it,
    and a draft kept for R replaces its drafts file."""
    for own, what in ((".journal", "journal"), (".lock", "lock"), (".drafts", "drafts")):
        if path.name.endswith(own):
            beside = path.name.removesuffix(own)
            raise ReviewError(
                path,
                f"this is the name of the {what} factdesk keeps beside a review file ({beside}), not a review "
                f"file; give the review file itself ({beside}), or another name for a new review",
            )


class ReviewFile:
    """One review file, locked while open: read once, then written after every change."""

    def __init__(self, path: Path) -> None:
        self.link = path if path.is_symlink() else None  # the symbolic link `path` was, if it was one
        self.path = resolve_review_path(path)
        self.hard_links: HardLinks | None = None  # the file's other names when it was read (a hard link)
        self.new_behind_link = False
        self.journal = journal_path_for(self.path)
        self.lock = ReviewLock(self.path)
        self.document: ReviewDocument | None = None
        # The file and its journal as this process last read or wrote them: a change by another program
        # (different bytes, not just a new time) is never overwritten.
        self.identity = FileIdentity(self.path)
        self.journal_identity = FileIdentity(self.journal)
        self.created = now()
        self._encoder = ReviewEncoder()
        self._generation = ""
        self._full_size: int | None = None
        self._appends = 0
        self._reviewers_written: list[str] | None = None  # as the file and its journal have them
        self._force_full = False

    @classmethod
    def open(cls, path: Path) -> ReviewFile:
        """Lock and read the review at `path` (a new review if there is no file); `ReviewError` if unusable."""
        review = cls(path)
        review.take_lock()
        return review

    def take_lock(self) -> None:
        """Lock the file (if not held already) and read it; on any failure the lock is let go again."""
        if self.lock.held:
            return
        refuse_own_names(self.path)
        refuse_orphaned_journal(self.path)
        check_writable(self.path)
        self.lock.acquire()
        try:
            self._remove_leftovers()
            self._read()
        except BaseException:
            self.lock.release()
            raise

    def _remove_leftovers(self) -> None:
        """Remove temp files of this review that a killed save left behind (`.r.review.yaml.XXXXXXXX.tmp`).

        Only the lock holder writes them, and this process holds the lock now: any that is older than
        the lock is stale, never a save in progress. One made since is left alone all the same.
        """
        locked_at = time.time()
        for temporary in leftover_temporaries(self.path):
            try:
                found = temporary.lstat()
                if stat.S_ISREG(found.st_mode) and found.st_mtime < locked_at:
                    temporary.unlink()
            except OSError:
                pass  # gone already, or not ours to remove: it does no harm where it is

    def _read(self) -> None:
        # Taken before reading: a change made while the file is read shows as a change afterwards.
        self.identity.take()
        self.journal_identity.take()
        self.document = load_review(self.path) if self.path.exists() else None
        if self.document is not None:
            refuse_comments(self.path)  # the next save would drop them
        self.hard_links = hard_links(self.path)
        self.new_behind_link = new_behind_link(self.link, self.path)  # a link to no file: a new review there
        if self.document is not None:
            self._generation = self.document.generation
            self.created = self.document.created or self.created
            # Write whole at the first save if a journal is left over (fold it in) or the file has no
            # generation yet (a journal must name the generation it follows, or it would never replay).
            self._force_full = self.journal.exists() or not self._generation
            # A large file read back whole can take appends at once: no rewrite at the first key press.
            self._full_size = self.path.stat().st_size
            self._reviewers_written = list(self.document.reviewers)

    def current_document(self) -> ReviewDocument | None:
        """The document as on disk now: read again only if another program changed the file since."""
        if self.changed_on_disk():
            self._read()
        return self.document

    def changed_on_disk(self) -> bool:
        """Whether another program changed the file's bytes (or its journal's) since this process read or wrote it.

        A file that is gone is not a change: it is written anew.
        """
        if not self.path.exists():
            return False
        return self.identity.changed() or self.journal_identity.changed()

    def where_now(self) -> Path | None:
        """Where this review file is now: its path, or where its folder was moved to while it was open.

        The lock file held open moves with the folder, so its place tells. None if the file is nowhere to be
        found (its folder removed, or the system does not say where an open file is).
        """
        if self.path.exists():
            return self.path
        folder = self.lock.folder_now()
        moved = folder / self.path.name if folder is not None else None
        return moved if moved is not None and moved.exists() else None

    def release(self) -> None:
        """Let other factdesks open the file."""
        self.lock.release()

    # writing

    def header(self, about: Mapping[str, Any], state: ReviewState) -> dict[str, Any]:
        """The file's header: `about` (the article and the store) with the format, reviewers and times."""
        return {
            "factdesk_review": REVIEW_FORMAT,
            **about,
            "reviewers": state.reviewers,
            "created": self.created,
            "updated": now(),
            "cursor": state.cursor,
            "generation": self._generation,
        }

    def to_bytes(self, about: Mapping[str, Any], state: ReviewState) -> bytes:
        """The whole file's bytes for `state`."""
        return self._encoder.encode(self.header(about, state), state.records, state.history)

    def is_large(self, about: Mapping[str, Any], state: ReviewState) -> bool:
        return len(self.to_bytes(about, state)) > JOURNAL_ABOVE

    def save(self, about: Mapping[str, Any], state: ReviewState, *, whole: bool = False) -> None:
        """Write `state`'s pending changes; raise `ReviewError` (read-only), `ReviewConflict` or `WriteError`,
        leaving the file as it was.

        Normally the whole file is rewritten (temp file, fsync, rename). A very large review appends its
        changes to the journal instead (unless `whole`, or the claims were re-ordered).
        """
        check_writable(self.path)  # on every save: a file made read-only during the session is not replaced
        if self.changed_on_disk():
            if not self._only_journal_removed():
                raise ReviewConflict(self.path, self._conflict_reason())
            # the file is as this process left it and its journal was removed (a clean-up of "*.journal"):
            # every change the journal held is in memory, so writing the whole review again loses nothing
            whole = True
        try:
            if whole or state.reordered or not self._can_append() or not self._append_to_journal(state):
                self._write_whole(about, state)
        except OSError as error:
            raise WriteError(self.journal, f"cannot save: {error.strerror or error}") from None

    def _only_journal_removed(self) -> bool:
        return not self.identity.changed() and not self.journal.exists()

    def _conflict_reason(self) -> str:
        if self.identity.changed():
            changed = "the review file was changed"
        else:
            changed = f"its journal {self.journal.name} was changed"
        return f"{changed} by another program since factdesk opened it; not overwritten (your change is kept on screen)"

    def _can_append(self) -> bool:
        return (
            not self._force_full
            and self._full_size is not None
            and self._full_size > JOURNAL_ABOVE
            and self._appends < COMPACT_EVERY
            # a journal is read only beside its file: one that is gone (removed by another program) is
            # written whole again from memory, or every change appended after it would be unreadable
            and self.path.exists()
        )

    def write_new(self, about: Mapping[str, Any], state: ReviewState) -> None:
        """Write the whole review to this file, which must not exist yet; `WriteError` if it does or cannot be."""
        self._write_whole(about, state, exclusive=True)

    def _write_whole(self, about: Mapping[str, Any], state: ReviewState, exclusive: bool = False) -> None:
        self._generation = now() + "-" + uuid.uuid4().hex[:8]
        data = self.to_bytes(about, state)
        write_atomically(self.path, data, exclusive=exclusive)
        self.lock.hold_file()  # the new file: the lock moves with the review from file to file
        self.identity.take(data)
        if self.journal.exists():
            self.journal.unlink()  # folded in; a crash before this leaves a stale journal, ignored by generation
        self.journal_identity.take()
        self._full_size, self._appends, self._force_full = len(data), 0, False
        self._reviewers_written = list(state.reviewers)

    def _append_to_journal(self, state: ReviewState) -> bool:
        """Append the pending changes; False, with nothing written, if they would take the journal past
        `JOURNAL_MOST` (a claim with a long note is written whole each time it changes): fold it instead."""
        lines: list[dict[str, Any]] = []
        for claim_id in sorted(state.pending):
            if claim_id in state.records:
                lines.append({"c": claim_id, "e": claim_entry(state.records[claim_id])})
        lines += [{"h": change_entry(change)} for change in state.history[state.history_saved :]]
        if state.reviewers != self._reviewers_written:
            lines.append({"reviewers": list(state.reviewers)})  # a colleague's first change to a large review
        lines.append({"cursor": state.cursor})
        descriptor = os.open(self.journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            confirmed = os.lseek(descriptor, 0, os.SEEK_END)
            if confirmed == 0:  # a new (or emptied) journal first names the file generation it follows
                lines.insert(0, {"base": self._generation})
            data = "".join(dumps(line) + "\n" for line in lines).encode("utf-8")
            if confirmed + len(data) > JOURNAL_MOST:
                return False
            try:
                _write_all(descriptor, data)
                os.fsync(descriptor)
                self.journal_identity.appended(data)
            except OSError:
                # A full disk can leave part of a line behind; replay stops at the first bad line, so
                # everything appended after it would be lost. Cut the journal back to its last whole line.
                self._cut_back(descriptor, confirmed)
                raise
        finally:
            os.close(descriptor)
        self._appends += 1
        self._reviewers_written = list(state.reviewers)
        return True

    def _cut_back(self, descriptor: int, length: int) -> None:
        try:
            os.ftruncate(descriptor, length)
        except OSError:
            self._force_full = True  # cannot cut it: the next save writes the whole file, journal removed
        self.journal_identity.take()  # our own failed write, not another program's edit


def _write_all(descriptor: int, data: bytes) -> None:
    """os.write until all of `data` is written (a nearly full disk takes it in short writes)."""
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]
