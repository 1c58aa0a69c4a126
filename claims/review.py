"""The review session and its file: every verdict, note and linked evidence, saved after each change.

The file is `ARTICLE.review.yaml` (or `--review PATH`). It is YAML written in
JSON's flow style: any YAML reader loads it, and `json` writes a 5,000-claim
review in milliseconds, so saving after every key press stays instant. It is
replaced atomically, so a crash or a kill loses nothing that was marked.

Re-opening an edited article carries verdicts over by claim id; a claim that no
longer occurs is kept and shown as orphaned, never dropped. A review file that
cannot be read is never overwritten, and one changed on disk by someone else
since it was opened is not overwritten either.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factdesk.claims import review_file
from factdesk.claims.check import suggest
from factdesk.claims.check.excerpts import check_quote, check_statement
from factdesk.claims.check.people import check_person
from factdesk.claims.desk import CheckedArticle
from factdesk.claims.extract.ids import IdMaker
from factdesk.claims.lock import ReviewLock
from factdesk.claims.model import Change, Claim, ClaimKind, Mark, ReviewedClaim, Suggestion, Verdict
from factdesk.claims.review_document import ReviewDocument, decode_review
from factdesk.claims.review_file import (
    HEADER,
    ReviewConflict,
    ReviewError,
    change_entry,
    journal_path_for,
    load_review,
    now,
    read_review_file,
    refuse_orphaned_journal,
    review_path_for,
)
from factdesk.sources.files import WriteError, write_atomically

__all__ = [
    "Mark",
    "ReviewConflict",
    "ReviewError",
    "ReviewSession",
    "ReviewedClaim",
    "journal_path_for",
    "read_review_file",
    "resolve_review_path",
    "review_path_for",
]


Signature = tuple[tuple[int, int] | None, ...] | None


def file_signature(path: Path) -> Signature:
    """(mtime, size) of a review file and of the journal beside it; None if there is no file."""

    def stamp(file: Path) -> tuple[int, int] | None:
        try:
            stat = file.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    main = stamp(path)
    return None if main is None else (main, stamp(journal_path_for(path)))


def resolve_review_path(path: Path) -> Path:
    """The file a review path names: a symlink is followed to its target, which is read, locked and written."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


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


@dataclass(frozen=True)
class ReadAhead:
    """A review file read (and locked) before the app opens, and how it looked just before it was read."""

    path: Path
    document: ReviewDocument | None
    signature: Signature
    lock: ReviewLock

    def release(self) -> None:
        """Let go of the lock if no session took it over (a session releases it when it closes)."""
        self.lock.release()


def read_ahead(path: Path) -> ReadAhead:
    """Lock and read `path` now (raising `ReviewError` if it cannot be used), for `ReviewSession.open` later.

    Taking the lock first refuses a second app at once, before any slow work, and means no other
    factdesk can change the file between this read and the session's.
    """
    path = resolve_review_path(path)
    refuse_orphaned_journal(path)
    check_writable(path)
    lock = ReviewLock(path)
    lock.acquire()
    try:
        signature = file_signature(path)
        return ReadAhead(path, load_review(path) if path.exists() else None, signature, lock)
    except BaseException:
        lock.release()
        raise


def _refuse_another_article(document: ReviewDocument, checked: CheckedArticle) -> None:
    """A review file made for another article is not taken over: every one of its claims would be orphaned."""
    article = checked.article
    written = document.article.path
    if not written or document.article.sha256 in (None, article.sha256):
        return  # a hand-made file that names no article, or the same text (perhaps moved or renamed)
    here = article.path.resolve()
    candidates = [Path(written).resolve()]
    beside = document.article_path()
    if beside is not None:
        candidates.append(beside.resolve())
    if here in candidates or (not Path(written).is_absolute() and Path(written).name == article.path.name):
        return  # the same article, edited since: verdicts carry over by claim id
    raise ReviewError(
        document.path,
        f"this review belongs to another article ({written}); opening it for {article.path} would orphan "
        "all its claims. Open that article, or give this one its own --review file",
    )


class ReviewSession:
    """A reviewer's work on one checked article, persisted to one review file."""

    def __init__(self, path: Path, checked: CheckedArticle, reviewer: str) -> None:
        self.path = path
        self.checked = checked
        self.reviewer = reviewer
        self.records: dict[str, ReviewedClaim] = {}
        # Kept up to date on every change: counting 100,000 records on each key press and each batch
        # of suggestions made the desk lag seconds behind the keys while a huge article was checked.
        self._verdicts: Counter[Verdict] = Counter()
        self._touched = 0
        self.history: list[Change] = []
        self.reviewers: list[str] = [reviewer]
        self.cursor: str | None = None
        self.article_changed = False
        self.unsaved = False
        self._undo: list[tuple[str, Mark, Mark]] = []
        self._redo: list[tuple[str, Mark, Mark]] = []
        self._on_disk: tuple[int, int] | None = None
        self._lock = ReviewLock(path)
        self._created = now()
        # Each claim's JSON line, kept until the claim changes: saving re-serialises only what changed.
        # (Claims are re-ordered only when one is added, which rebuilds the dict but keeps these lines.)
        self._fragments: dict[str, str] = {}
        self._history_fragments: list[str] = []
        # For large reviews: what changed since the last save, and the journal's state.
        self._dirty: set[str] = set()
        self._history_saved = 0
        self._full_size: int | None = None
        self._appends = 0
        self._generation = ""
        self._force_full = False

    # opening and closing

    @classmethod
    def open(
        cls,
        checked: CheckedArticle,
        path: Path | None = None,
        reviewer: str = "reviewer",
        read_ahead: ReadAhead | None = None,
    ) -> ReviewSession:
        """Open (or start) the review of `checked`; raise `ReviewError` if its file cannot be used.

        `read_ahead` is the file as `read_ahead()` found it (to fail fast before the app opens); it is
        used only if the file has not changed since, so a large review is not parsed twice.
        """
        session = cls(resolve_review_path(path or review_path_for(checked.article.path)), checked, reviewer)
        ahead = read_ahead if read_ahead is not None and read_ahead.path == session.path else None
        if ahead is not None and ahead.lock.held:
            session._lock = ahead.lock  # taken when it was read ahead: nobody else can have written since
        else:
            refuse_orphaned_journal(session.path)
            check_writable(session.path)
            session._lock.acquire()
        try:
            if ahead is not None and ahead.signature == file_signature(session.path):
                document = ahead.document
            else:
                document = load_review(session.path) if session.path.exists() else None
            if document is not None:
                _refuse_another_article(document, checked)
            session._build(document)
        except BaseException:
            session._lock.release()
            raise
        if document is not None:
            session._on_disk = session._signature()
            session._generation = document.generation
            session._history_saved = len(session.history)
            # Write whole at the first save if a journal is left over (fold it in) or the file has no
            # generation yet (a journal must name the generation it follows, or it would never replay).
            session._force_full = journal_path_for(session.path).exists() or not session._generation
            # A large file read back whole can take appends at once: no rewrite at the first key press.
            session._full_size = session.path.stat().st_size
        return session

    def start_large_file(self) -> bool:
        """Write a new review's file now if it is large, so the first key press only appends to the journal.

        Serialising a large review takes seconds; better while the app is still loading than on the
        reviewer's first verdict. Small reviews are left unwritten until the first change. Returns
        whether the file was written.
        """
        if self.path.exists() or len(self.to_bytes()) <= review_file.JOURNAL_ABOVE:
            return False
        self._force_full = True
        self.save()
        return True

    def close(self) -> None:
        """Save the cursor position and let other sessions open the file."""
        try:
            if self.path.exists() or self.touched_count():
                self._force_full = True  # leave one whole file behind, no journal
                self.save()
        finally:
            self._lock.release()

    def _build(self, document: ReviewDocument | None) -> None:
        stored = dict(document.claims) if document else {}
        if document:
            self.history = list(document.history)
            self.reviewers = list(dict.fromkeys([*document.reviewers, self.reviewer]))
            self.cursor = document.cursor
            self._created = document.created or self._created
            self.article_changed = document.article.sha256 != self.checked.article.sha256
        same_article = not self.article_changed
        for claim, suggestion in zip(self.checked.claims, self.checked.suggestions, strict=True):
            entry = stored.pop(claim.id, None)
            mark = entry.mark if entry is not None else Mark()
            if suggestion is None and same_article and entry is not None:
                suggestion = entry.suggestion  # last session's, until re-checked
            self.records[claim.id] = ReviewedClaim(claim, suggestion, mark)
        for claim_id, entry in stored.items():
            self.records[claim_id] = ReviewedClaim(
                entry.claim, entry.suggestion, entry.mark, orphaned=not entry.added, added=entry.added
            )
        self._reorder()
        if self.cursor not in self.records:
            self.cursor = next(iter(self.records), None)
        self._verdicts = Counter(record.mark.verdict for record in self.records.values())
        self._touched = sum(1 for record in self.records.values() if record.mark != Mark())

    def _reorder(self) -> None:
        """Article order (added claims where their words are), orphaned claims last; ties keep their order."""
        ordered = sorted(self.records.values(), key=lambda record: (record.orphaned, record.claim.start))
        self.records = {record.claim.id: record for record in ordered}

    def apply_suggestions(self, start: int, suggestions: list[Suggestion]) -> list[str]:
        """Fresh suggestions for the article's claims from position `start`; returns their claim ids.

        Not saved by itself: a suggestion is the checker's, not the reviewer's; the next change saves it.
        """
        changed = []
        for claim, suggestion in zip(self.checked.claims[start:], suggestions, strict=False):
            record = self.records.get(claim.id)
            if record is not None and record.claim is claim:
                record.suggestion = suggestion
                self._fragments.pop(claim.id, None)
                changed.append(claim.id)
        return changed

    # what the app reads

    def ordered(self) -> list[ReviewedClaim]:
        return list(self.records.values())

    def tally(self) -> Counter[Verdict]:
        return Counter(self._verdicts)

    def touched_count(self) -> int:
        return self._touched

    def unsaved_changes(self) -> list[str]:
        """The claims whose changes are not on disk, one line each (empty when everything is saved)."""
        if not self.unsaved:
            return []
        lines = []
        for claim_id in sorted(self._dirty, key=list(self.records).index):
            record = self.records[claim_id]
            lines.append(f"{claim_id} ({record.mark.verdict.value}): {record.claim.text}")
        return lines

    # changes

    def mark(self, claim_id: str, verdict: Verdict) -> Mark:
        """Give a claim a verdict (or back to unreviewed) and save."""
        return self._change(claim_id, "verdict", verdict)

    def set_note(self, claim_id: str, note: str) -> Mark:
        return self._change(claim_id, "note", note.strip())

    def toggle_evidence(self, claim_id: str, store_id: str) -> Mark:
        """Link a store entry as evidence for a claim, or unlink it if it is linked."""
        linked = self.records[claim_id].mark.evidence
        evidence = tuple(item for item in linked if item != store_id) if store_id in linked else (*linked, store_id)
        return self._change(claim_id, "evidence", evidence)

    def mark_many(self, verdicts: dict[str, Verdict]) -> None:
        """Give many claims a verdict with one save (a bulk action; each is still one history line)."""
        for claim_id, verdict in verdicts.items():
            before = self.records[claim_id].mark
            if before.verdict is verdict:
                continue
            after = replace(before, verdict=verdict, reviewer=self.reviewer, at=now())
            self._put_mark(claim_id, before, after)
            self._undo.append((claim_id, before, after))
        self._redo.clear()
        self.save()

    def accept_suggestion(self, claim_id: str) -> Mark:
        suggestion = self.records[claim_id].suggestion
        if suggestion is None:
            return self.records[claim_id].mark
        return self.mark(claim_id, suggestion.verdict)

    def _change(self, claim_id: str, field_name: str, value: Any) -> Mark:
        record = self.records[claim_id]
        before = record.mark
        old = getattr(before, field_name)
        if old == value:
            return before
        after = replace(before, **{field_name: value}, reviewer=self.reviewer, at=now())
        self._apply(claim_id, before, after)
        self._undo.append((claim_id, before, after))
        self._redo.clear()
        return after

    def _put_mark(self, claim_id: str, before: Mark, after: Mark) -> None:
        """Replace a claim's mark: the counts, what the next save writes and the history follow; not saved yet."""
        self.records[claim_id].mark = after
        self._verdicts[before.verdict] -= 1
        self._verdicts[after.verdict] += 1
        self._touched += (after != Mark()) - (before != Mark())
        self._fragments.pop(claim_id, None)
        self._dirty.add(claim_id)
        for name in ("verdict", "note", "evidence"):
            old, new = getattr(before, name), getattr(after, name)
            if old != new:
                self.history.append(Change(claim_id, name, _plain(old), _plain(new), self.reviewer, now()))

    def _apply(self, claim_id: str, before: Mark, after: Mark) -> None:
        self._put_mark(claim_id, before, after)
        self.cursor = claim_id
        self.save()

    def undo_target(self) -> str | None:
        """The claim the next undo would change, if any."""
        return self._undo[-1][0] if self._undo else None

    def redo_target(self) -> str | None:
        return self._redo[-1][0] if self._redo else None

    def undo(self) -> str | None:
        """Take back the last change; returns the claim it touched, or None if there is nothing to undo."""
        if not self._undo:
            return None
        claim_id, before, after = self._undo.pop()
        self._redo.append((claim_id, before, after))
        self._apply(claim_id, after, before)
        return claim_id

    def redo(self) -> str | None:
        if not self._redo:
            return None
        claim_id, before, after = self._redo.pop()
        self._undo.append((claim_id, before, after))
        self._apply(claim_id, before, after)
        return claim_id

    def add_claim(self, kind: ClaimKind, text: str, start: int, end: int) -> ReviewedClaim:
        """A claim the extractor missed, typed or taken from the article at [start, end)."""
        text = " ".join(text.split())
        if not text:
            raise ReviewError(self.path, "a claim needs some text")
        article = self.checked.article.text
        sentence = _sentence_around(article, start, end) if end > start else text
        ids = IdMaker()
        claim_id = "added-" + ids.make(kind, text, sentence)
        while claim_id in self.records:
            claim_id = "added-" + ids.make(kind, text, sentence)
        claim = Claim(claim_id, kind, text, start, end, sentence, _fields_for(kind, text))
        suggestion = _suggest_added(claim, self.checked) if self.checked.index is not None else None
        record = ReviewedClaim(claim, suggestion, added=True)
        self.records[claim_id] = record
        self._verdicts[record.mark.verdict] += 1
        self._dirty.add(claim_id)
        self._reorder()
        self._force_full = True  # the order of claims changed: write the file whole
        self.history.append(Change(claim_id, "added", None, text, self.reviewer, now()))
        self.cursor = claim_id
        self.save()
        return record

    # saving

    def _signature(self) -> Signature:
        """What the file (and a journal beside it) looked like when this session last wrote them."""
        return file_signature(self.path)

    def save(self) -> None:
        """Save every change so far, atomically; on failure the change stays in memory and `unsaved` is set.

        Normally the whole file is rewritten (temp file, fsync, rename). A very large review appends
        its changes to a journal instead and folds them in every COMPACT_EVERY changes and on close.
        """
        current = self._signature()
        if current is not None and current != self._on_disk:
            self.unsaved = True
            raise ReviewConflict(
                self.path,
                "the review file was changed by another program since factdesk opened "
                "it; not overwritten (your change is kept on screen)",
            )
        try:
            if self._can_append():
                self._append_to_journal()
            else:
                self._write_whole()
        except (WriteError, OSError) as error:
            self.unsaved = True
            if isinstance(error, WriteError):
                raise
            raise WriteError(journal_path_for(self.path), f"cannot save: {error.strerror or error}") from None
        self.unsaved = False
        self._dirty.clear()
        self._history_saved = len(self.history)
        self._on_disk = self._signature()

    def _can_append(self) -> bool:
        return (
            not self._force_full
            and self._full_size is not None
            and self._full_size > review_file.JOURNAL_ABOVE
            and self._appends < review_file.COMPACT_EVERY
        )

    def _write_whole(self) -> None:
        self._generation = now() + "-" + uuid.uuid4().hex[:8]
        data = self.to_bytes()
        write_atomically(self.path, data)
        journal = journal_path_for(self.path)
        if journal.exists():
            journal.unlink()  # folded in; a crash before this leaves a stale journal, ignored by generation
        self._full_size, self._appends, self._force_full = len(data), 0, False

    def _append_to_journal(self) -> None:
        lines: list[dict[str, Any]] = []
        for claim_id in sorted(self._dirty):
            if claim_id in self.records:
                lines.append({"c": claim_id, "e": self._entry(self.records[claim_id])})
        lines += [{"h": change_entry(change)} for change in self.history[self._history_saved :]]
        lines.append({"cursor": self.cursor})
        descriptor = os.open(journal_path_for(self.path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
        try:
            confirmed = os.lseek(descriptor, 0, os.SEEK_END)
            if confirmed == 0:  # a new (or emptied) journal first names the file generation it follows
                lines.insert(0, {"base": self._generation})
            data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode("utf-8")
            try:
                _write_all(descriptor, data)
                os.fsync(descriptor)
            except OSError:
                # A full disk can leave part of a line behind; replay stops at the first bad line, so
                # everything appended after it would be lost. Cut the journal back to its last whole line.
                self._cut_back(descriptor, confirmed)
                raise
        finally:
            os.close(descriptor)
        self._appends += 1

    def _cut_back(self, descriptor: int, length: int) -> None:
        try:
            os.ftruncate(descriptor, length)
        except OSError:
            self._force_full = True  # cannot cut it: the next save writes the whole file, journal removed
        self._on_disk = self._signature()  # our own failed write, not another program's edit

    def _header(self) -> dict[str, Any]:
        article = self.checked.article
        return {
            "factdesk_review": review_file.REVIEW_FORMAT,
            "article": {
                "path": str(article.path.absolute()),
                "sha256": article.sha256,
                "title": article.title,
                "date": self.checked.on.isoformat() if self.checked.on else None,
                "url": article.url,
                "outlet": article.outlet,
            },
            "store": str(Path(self.checked.store.root).absolute()),
            "reviewers": self.reviewers,
            "created": self._created,
            "updated": now(),
            "cursor": self.cursor,
            "generation": self._generation,
        }

    def to_document(self) -> dict[str, Any]:
        """The whole review as plain data (what the file holds; reports are built from it)."""
        return {
            **self._header(),
            "claims": {claim_id: self._entry(record) for claim_id, record in self.records.items()},
            "history": [change_entry(change) for change in self.history],
        }

    def to_review_document(self) -> ReviewDocument:
        """The whole review as the typed document a report is built from (decoded as the file would be)."""
        return decode_review(self.path, self.to_document())

    def to_bytes(self) -> bytes:
        """The file's bytes: JSON-style YAML, one line per claim and per history entry (diffs stay small)."""
        header = json.dumps(self._header(), ensure_ascii=False, indent=1)[:-2]  # drop the closing "\n}"
        lines = []
        for claim_id, record in self.records.items():
            line = self._fragments.get(claim_id)
            if line is None:
                entry = json.dumps(self._entry(record), ensure_ascii=False)
                line = self._fragments[claim_id] = f"  {json.dumps(claim_id)}: {entry}"
            lines.append(line)
        for change in self.history[len(self._history_fragments) :]:
            self._history_fragments.append("  " + json.dumps(change_entry(change), ensure_ascii=False))
        claims = ",\n".join(lines)
        history = ",\n".join(self._history_fragments)
        text = f'{HEADER}{header},\n "claims": {{\n{claims}\n }},\n "history": [\n{history}\n ]\n}}\n'
        return text.encode("utf-8")

    def _entry(self, record: ReviewedClaim) -> dict[str, Any]:
        """One claim as the file stores it."""
        entry: dict[str, Any] = {
            "kind": record.claim.kind.value,
            "text": record.claim.text,
            "start": record.claim.start,
            "end": record.claim.end,
            "sentence": record.claim.sentence,
            "fields": dict(record.claim.fields),
            "verdict": record.mark.verdict.value,
        }
        if record.mark.note:
            entry["note"] = record.mark.note
        if record.mark.evidence:
            entry["evidence"] = list(record.mark.evidence)
        if record.mark.reviewer is not None or record.mark.at is not None:  # a reviewer named '' still has a time
            entry["reviewer"], entry["at"] = record.mark.reviewer, record.mark.at
        if record.suggestion is not None:
            entry["suggestion"] = record.suggestion.to_json()
        if record.orphaned:
            entry["orphaned"] = True
        if record.added:
            entry["added"] = True
        return entry


def _plain(value: Any) -> Any:
    if isinstance(value, Verdict):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _sentence_around(text: str, start: int, end: int) -> str:
    from factdesk.claims.sentences import split_sentences

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    for sentence in split_sentences(text[line_start:line_end]):
        if sentence.start <= start - line_start < sentence.end or sentence.end >= end - line_start:
            return sentence.text
    return text[start:end]


def _fields_for(kind: ClaimKind, text: str) -> dict[str, Any]:
    if kind is ClaimKind.PERSON:
        return {"name": text}
    if kind is ClaimKind.QUOTE:
        return {"quote": text.strip("\"“”'")}
    return {"subject": None} if kind is ClaimKind.STATEMENT else {"text": text}


def _suggest_added(claim: Claim, checked: CheckedArticle) -> Suggestion:
    """Added claims have no structured fields beyond their text: check them by the nearest means."""
    index = checked.index
    assert index is not None
    if claim.kind is ClaimKind.PERSON:
        return check_person(claim, index)
    if claim.kind is ClaimKind.QUOTE:
        return check_quote(claim, index)
    if claim.kind is ClaimKind.STATEMENT:
        return suggest(claim, index, checked.on)
    return check_statement(claim, index)


def _write_all(descriptor: int, data: bytes) -> None:
    """os.write until all of `data` is written (a nearly full disk takes it in short writes)."""
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view) :]
