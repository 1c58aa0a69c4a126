"""Whole copies of a review saved to a new file when the review file could not take the changes, found again.

The way out of a failed save (another program changed the review file; its folder moved or went read-only;
a full disk) writes the whole review to `R.saved-TIME.yaml` beside it, or in factdesk's data folder, and
says so on the terminal only: after the terminal closed (the desk saves there on SIGHUP) nobody read it, and
the next desk on the review opened the old file without a word, so the reviewer went on there and the
changes in the copy were as good as lost. A copy is named for as long as it holds a change (a line of its
history) the review file does not have.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.base.files import NAME_BYTES, fitting_name
from factdesk.base.folders import data_folder
from factdesk.claims.model import Change
from factdesk.claims.review_document import ReviewDocument, ReviewError
from factdesk.claims.review_reading import load_review

_READ_AT_MOST = 20  # copies read (a reviewer with more has been told many times over)


def saved_name_parts(review: Path) -> tuple[str, str]:
    """`r.review.yaml` -> (`r.review`, `yaml`): a copy is named `r.review.saved-TIME.yaml` (`-2`, `-3`...).

    A stem too long for a copy's name to fit a file system's 255 bytes is cut short (on a character's
    boundary) with a digest of the whole name, so a long headline used as the article's name still has
    somewhere to save to."""
    stem, dot, suffix = review.name.rpartition(".")
    if not dot or suffix not in ("yaml", "yml"):
        stem, suffix = review.name, "yaml"
    return fitting_name(stem, NAME_BYTES - len(".saved-20240325T164000Z-999.yaml")), suffix


def unmerged_copies(review: Path, document: ReviewDocument | None, article: Path) -> list[Path]:
    """The copies of `review` (beside it, or in the data folder and made for `article`) holding a change that
    `document`, the review file as read, does not have."""
    known = {_key(change) for change in document.history} if document is not None else set()
    found = []
    folders = [(review.parent, True)]
    if os.path.abspath(data_folder() / "unsaved") != os.path.abspath(review.parent):
        folders.append((data_folder() / "unsaved", False))
    for folder, beside in folders:
        for path in _named_like(review, folder)[:_READ_AT_MOST]:
            try:
                copy = load_review(path)
            except FactdeskError:
                continue  # unreadable: not said to hold work it may not hold
            written = copy.article_path()
            if not beside and (written is None or os.path.abspath(written) != os.path.abspath(article)):
                continue  # the same names for another article, in another folder
            if any(_key(change) not in known for change in copy.history):
                found.append(path)
    return found


def _named_like(review: Path, folder: Path) -> list[Path]:
    stem, suffix = saved_name_parts(review)
    prefix, ending = f"{stem}.saved-", f".{suffix}"
    names = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:  # every name: the first thousands, in the file system's order, missed some
                if entry.name.startswith(prefix) and entry.name.endswith(ending) and entry.is_file():
                    names.append(folder / entry.name)
    except OSError:
        return []
    return sorted(names, reverse=True)  # the newest first: the time is in the name


def _key(change: Change) -> str:
    return json.dumps([change.claim_id, change.field, change.old, change.new, change.reviewer, change.at], default=str)


def naming_copies(error: ReviewError, review: Path, article: Path) -> ReviewError:
    """`error` (the review file cannot be used) with the newest whole copy of the review and how to open it, if
    there is one: a file cut short by another program refused, and the work left without a word of where."""
    copies = unmerged_copies(review, None, article)
    if not copies:
        return error
    said = error.problem
    return ReviewError(
        said.path,
        f"{said.message}; factdesk saved the whole review to {copies[0]} when this file could not take it: open "
        f"the article with --review {copies[0]} to go on with it",
        said.line,
        said.column,
    )
