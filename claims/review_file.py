"""The review file on disk: its format, reading it back (with a large review's journal), and its paths.

`ARTICLE.review.yaml` is YAML written in JSON's flow style: any YAML reader loads
it and `json` writes it fast. A file that cannot be used raises `ReviewError`
and is never touched. `claims.review.ReviewSession` writes it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from factdesk.claims.model import Change, Claim, ClaimKind, Evidence, Mark, Suggestion, Verdict
from factdesk.sources.errors import FactdeskError
from factdesk.sources.yaml_safe import YamlProblem, load_yaml_text

REVIEW_FORMAT = 1
# A review file larger than this is not rewritten on every change: changes are appended to
# `<review>.journal` (fsynced) and folded into the file every COMPACT_EVERY changes and on close.
# Replaying a few thousand journal lines at open is instant; folding a huge file is not: fold rarely.
JOURNAL_ABOVE = 8 * 2**20
COMPACT_EVERY = 5000
HEADER = "# factdesk review file (YAML in JSON style). Edit with care; factdesk rewrites it on every change.\n"


class ReviewError(FactdeskError):
    """The review file cannot be used; it has not been changed."""


class ReviewConflict(ReviewError):
    """The review file was changed on disk by something else since this session read it."""


def journal_path_for(review: Path) -> Path:
    return review.with_name(review.name + ".journal")


def review_path_for(article: Path) -> Path:
    """`article.txt` -> `article.txt.review.yaml`, beside the article."""
    return article.with_name(article.name + ".review.yaml")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def read_review_file(path: Path) -> dict[str, Any]:
    """The review document at `path`; raise `ReviewError` (file untouched) if it cannot be used."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ReviewError(path, f"cannot read the review file: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ReviewError(path, "the review file is not UTF-8 text; it was left as it is") from None
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    try:
        document = json.loads(body)
    except ValueError:
        try:
            document = load_yaml_text(text)
        except YamlProblem as problem:
            raise ReviewError(
                path,
                f"the review file is damaged: {problem.message}; it was left as it is",
                problem.line,
                problem.column,
            ) from None
    if not isinstance(document, dict) or not isinstance(document.get("claims"), dict):
        raise ReviewError(path, "this is not a factdesk review file (no 'claims' mapping); it was left as it is")
    if document.get("factdesk_review", REVIEW_FORMAT) > REVIEW_FORMAT:
        raise ReviewError(path, "the review file was written by a newer factdesk; it was left as it is")
    _replay_journal(journal_path_for(path), document)
    return document


def _replay_journal(journal: Path, document: dict[str, Any]) -> None:
    """Apply the changes appended since the file was last written whole (a large review's journal).

    Lines are JSON. The first names the file generation it follows; a journal for another generation
    is stale (already folded in) and ignored. A last line cut off by a crash was never confirmed.
    """
    try:
        lines = journal.read_bytes().split(b"\n")
    except OSError:
        return
    entries = []
    for line in lines:
        try:
            entries.append(json.loads(line))
        except ValueError:
            break
    if not entries or entries[0].get("base") != document.get("generation"):
        return
    for entry in entries[1:]:
        if "c" in entry:
            document["claims"][entry["c"]] = entry["e"]
        elif "h" in entry:
            document.setdefault("history", []).append(entry["h"])
        elif "cursor" in entry:
            document["cursor"] = entry["cursor"]


def suggestion_from(data: Any) -> Suggestion | None:
    if not isinstance(data, dict):
        return None
    evidence = tuple(
        Evidence(
            str(item.get("store_id", "")),
            str(item.get("kind", "")),
            str(item.get("quote", "")),
            float(item.get("score", 0)),
        )
        for item in data.get("evidence", [])
        if isinstance(item, dict)
    )
    return Suggestion(
        Verdict(data.get("verdict", "unsupported")),
        int(data.get("confidence", 0)),
        str(data.get("reason", "")),
        evidence,
    )


def claim_from(claim_id: str, data: dict[str, Any]) -> Claim:
    return Claim(
        claim_id,
        ClaimKind(data.get("kind", "statement")),
        str(data.get("text", "")),
        int(data.get("start", 0)),
        int(data.get("end", 0)),
        str(data.get("sentence", "")),
        dict(data.get("fields") or {}),
    )


def mark_from(data: dict[str, Any]) -> Mark:
    return Mark(
        Verdict(data.get("verdict", "unreviewed")),
        str(data.get("note") or ""),
        tuple(str(item) for item in data.get("evidence") or ()),
        data.get("reviewer"),
        data.get("at"),
    )


def change_entry(change: Change) -> dict[str, Any]:
    return {
        "claim_id": change.claim_id,
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "reviewer": change.reviewer,
        "at": change.at,
    }
