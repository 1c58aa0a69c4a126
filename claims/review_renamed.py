"""An article renamed since it was reviewed: its review file, still named after the old name, is found; so
is the review of the same file opened under another name (a symbolic or a hard link to it).

The review is kept beside the article as `ARTICLE.review.yaml`. Rename the article (`draft.txt` to
`final.txt`) and the next `factdesk review final.txt` starts an empty review, while every verdict
and note sits beside it in `draft.txt.review.yaml`: the work looked lost, and a second review of the
same article was begun; after a rename and an edit nothing pointed to it at all. A review whose own
article is gone from where it was, and that was made for this article's text or holds this article's
claims (it was edited since), is this article's. It is pointed to every time the article is opened under
its new name, a review under that name begun or not, for as long as it holds work (a verdict, a note,
a link): pointed to once, the first verdict given began a new review and the old one was never named again.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from factdesk.base.errors import FactdeskError
from factdesk.claims.model import Verdict
from factdesk.claims.review_document import REVIEW_SUFFIX, ReviewDocument
from factdesk.claims.review_reading import load_review

_HEAD = 8192  # the header (article path and sha256) is written first, within this many bytes
_READ_AT_MOST = 200  # reviews whose article is gone read at most (the other reviews are told by their names)
_SHA256 = re.compile(r'"sha256":\s*"([0-9a-f]{64})"')


def article_is_gone(document: ReviewDocument) -> bool:
    """Whether the article the review was made for exists neither where it says nor under its name beside it."""
    places = (document.article_path(), document.named_article())
    return all(place is None or not place.exists() for place in places) and any(places)


def holds_claims_of(document: ReviewDocument, claim_ids: set[str]) -> bool:
    """Whether at least half of the review's extracted claims are claims of the article (an edit keeps most)."""
    stored = [claim_id for claim_id, entry in document.claims.items() if not entry.added]
    return bool(stored) and 2 * sum(claim_id in claim_ids for claim_id in stored) >= len(stored)


def renamed_review(article: Path, sha256: str, claim_ids: set[str]) -> Path | None:
    """A review file beside `article`, named after an article that is no longer there, made for this article.

    Made for this text (the sha256 written in its header), or, when the article was edited after the
    rename, holding this article's claims (`holds_claims_of`); a review of the same text comes first.
    """
    own = article.with_name(article.name + REVIEW_SUFFIX)
    try:
        candidates = sorted(article.parent.glob("*" + REVIEW_SUFFIX))
        itself = article.stat()
    except OSError:
        return None
    orphans: list[Path] = []
    for candidate in candidates:  # every review's name, then at most `_READ_AT_MOST` whose article is gone
        named = candidate.with_name(candidate.name.removesuffix(REVIEW_SUFFIX))
        if candidate == own or not named.name:
            continue
        present = _stat(named)
        if present is not None and (present.st_dev, present.st_ino) == (itself.st_dev, itself.st_ino):
            document = _read(candidate) if candidate.is_file() else None  # "latest.txt -> story.txt", a hard
            if document is not None and holds_work(document):  # link: one article, one review
                return candidate
            continue
        if present is not None or not candidate.is_file():
            continue  # another article's review (a FIFO named *.review.yaml would block the opening for ever)
        if len(orphans) >= _READ_AT_MOST:
            break
        try:
            with open(candidate, "rb") as stream:
                head = stream.read(_HEAD).decode("utf-8", "replace")
        except OSError:
            continue
        found = _SHA256.search(head)
        if found is not None and found.group(1) == sha256:
            document = _read(candidate)
            if document is not None and holds_work(document):
                return candidate
            continue
        orphans.append(candidate)
    return next((candidate for candidate in orphans if _edited_from(candidate, claim_ids)), None)


def _stat(path: Path) -> os.stat_result | None:
    """The file's status (through a symbolic link), or None where there is no such file."""
    try:
        return path.stat()
    except OSError:
        return None


def holds_work(document: ReviewDocument) -> bool:
    """Whether any claim of the review has a verdict, a note or linked evidence: something to go on with."""
    return any(
        entry.mark.verdict is not Verdict.UNREVIEWED or entry.mark.note or entry.mark.evidence
        for entry in document.claims.values()
    )


def _read(candidate: Path) -> ReviewDocument | None:
    try:
        return load_review(candidate)
    except FactdeskError:
        return None  # unreadable: said when it is opened, not guessed at here


def _edited_from(candidate: Path, claim_ids: set[str]) -> bool:
    """Whether the review at `candidate` is of an earlier version of the article whose claims are `claim_ids`,
    with work in it."""
    document = _read(candidate)
    if document is None:
        return False
    return article_is_gone(document) and holds_claims_of(document, claim_ids) and holds_work(document)
