"""The review file decoded once into typed values: what the session, the app and the reports all read.

A review file is the user's: it may have been edited by hand. Every value is
checked for its type here, and anything wrong is a `ReviewError` naming the file,
the line, the claim and what is wrong, so no later code meets a verdict of
`"Verified"`, a `start` of `"abc"` or a suggestion that is a string. Optional
values may be absent; present ones must have the right type.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factdesk.base.errors import FactdeskError
from factdesk.claims.dates import checkable_day
from factdesk.claims.model import Change, Claim, ClaimKind, Evidence, Mark, Suggestion, Verdict
from rapidfuzz import fuzz, process

REVIEW_FORMAT = 1
REVIEW_SUFFIX = ".review.yaml"  # ARTICLE.review.yaml, beside the article
LEFT_AS_IT_IS = "the file was left as it is"
_CLOSE_KEY = 60.0  # a mistyped key this alike to a known one is offered as the one meant ("verdcit")

# The keys a review file may hold, where. Anything else is refused: a mistyped key ("notes" for
# "note") would otherwise be read as absent and then dropped from the file on the next save.
TOP_KEYS = (
    "factdesk_review", "article", "store", "reviewers", "created", "updated", "cursor", "generation", "claims",
    "history",
)  # fmt: skip
ARTICLE_KEYS = ("path", "sha256", "title", "date", "url", "outlet")
CLAIM_KEYS = (
    "kind", "text", "start", "end", "sentence", "fields", "verdict", "note", "evidence", "reviewer", "at",
    "suggestion", "orphaned", "added",
)  # fmt: skip
SUGGESTION_KEYS = ("verdict", "confidence", "reason", "evidence")
SUGGESTION_EVIDENCE_KEYS = ("store_id", "kind", "quote", "score")
CHANGE_KEYS = ("claim_id", "field", "old", "new", "reviewer", "at")


class ReviewError(FactdeskError):
    """The review file cannot be used; it has not been changed."""


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """One claim entry of a review file: the claim, the reviewer's mark, the last suggestion."""

    claim: Claim
    mark: Mark
    suggestion: Suggestion | None
    orphaned: bool = False
    added: bool = False


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the review file says about its article (all optional in a hand-made file)."""

    path: str | None = None
    sha256: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "title": self.title,
            "date": self.date,
            "url": self.url,
            "outlet": self.outlet,
        }


@dataclass(frozen=True, slots=True)
class ReviewDocument:
    """A whole review file (with its journal replayed), every value of the type it should have."""

    path: Path
    article: ArticleInfo = ArticleInfo()
    store: str | None = None
    reviewers: tuple[str, ...] = ()
    created: str | None = None
    updated: str | None = None
    cursor: str | None = None
    generation: str = ""
    claims: Mapping[str, StoredClaim] = field(default_factory=dict)
    history: tuple[Change, ...] = ()

    def beside(self, written: str | None) -> Path | None:
        """A path the file names, read relative to the review file's folder when it is relative."""
        if not written:
            return None
        return self.path.parent / written if not Path(written).is_absolute() else Path(written)

    def store_root(self) -> Path | None:
        """The store the claims were checked against; if it is gone from where it was written, where it went
        with the review (the folder renamed, copied or cloned elsewhere: the same place beside the article)."""
        written, before, now = self.beside(self.store), self.article_path(), self.named_article()
        if written is None or written.is_dir() or before is None or now is None or not before.is_absolute():
            return written
        moved = now.parent / os.path.relpath(written, before.parent)
        return moved if moved.is_dir() else written

    def article_path(self) -> Path | None:
        return self.beside(self.article.path)

    def named_article(self) -> Path | None:
        """The article this file is named after, beside it (`a.txt` for `a.txt.review.yaml`); None if not so named.

        The path written inside goes stale when the folder is renamed, copied or cloned elsewhere; the name
        beside it does not.
        """
        name = self.path.name
        if not name.endswith(REVIEW_SUFFIX) or name == REVIEW_SUFFIX:
            return None
        return self.path.with_name(name.removesuffix(REVIEW_SUFFIX))


@dataclass(frozen=True, slots=True)
class Origins:
    """Where the decoded values were written, so a problem can be named by file and line."""

    text: str = ""
    journal: Path | None = None
    journal_lines: Mapping[str, int] = field(default_factory=dict)  # claim id -> journal line that set it


def decode_review(path: Path, data: Any, origins: Origins | None = None) -> ReviewDocument:
    """The typed review in `data` (as read from `path`); raise a located `ReviewError` for any wrong value."""
    return _Decoder(path, origins or Origins()).document(data)


class _Decoder:
    def __init__(self, path: Path, origins: Origins) -> None:
        self.path = path
        self.origins = origins

    # locating problems

    def _where(self, key: str | None, within: str | None = None) -> tuple[int, int]:
        """(line, column) where `key` is first written as a JSON key (after the key `within`, if given);
        (0, 0) if it cannot be found."""
        if key is None:
            return 0, 0
        text = self.origins.text
        start = text.find(json.dumps(within) + ":") if within is not None else 0
        position = text.find(json.dumps(key) + ":", max(start, 0))
        if position < 0:
            position = text.find(json.dumps(key, ensure_ascii=False) + ":", max(start, 0))
        if position < 0:
            return (0, 0) if within is None else self._where(within)
        line_start = text.rfind("\n", 0, position) + 1
        return text.count("\n", 0, position) + 1, position - line_start + 1

    def fail(self, message: str, key: str | None = None) -> ReviewError:
        return ReviewError(self.path, f"{message}; {LEFT_AS_IT_IS}", *self._where(key))

    def fail_claim(self, claim_id: str, message: str, key: str | None = None) -> ReviewError:
        journal_line = self.origins.journal_lines.get(claim_id)
        if journal_line is not None and self.origins.journal is not None:
            return ReviewError(self.origins.journal, f"claim {claim_id!r}: {message}; {LEFT_AS_IT_IS}", journal_line, 1)
        where = self._where(key, within=claim_id) if key is not None else self._where(claim_id)
        return ReviewError(self.path, f"claim {claim_id!r}: {message}; {LEFT_AS_IT_IS}", *where)

    def refuse_unknown_keys(
        self, mapping: dict[str, Any], known: tuple[str, ...], whose: str, claim_id: str = ""
    ) -> None:
        """Raise, naming the key and where it is written, if `mapping` has a key a review file does not hold."""
        for key in mapping:
            if key in known:
                continue
            close = process.extractOne(str(key), known, scorer=fuzz.ratio, score_cutoff=_CLOSE_KEY)
            hint = f"did you mean {close[0]!r}?" if close else f"the keys here are {', '.join(known)}"
            message = f"unknown key {_shown(key)} in {whose} ({hint}); factdesk would drop it on the next save"
            if claim_id:
                raise self.fail_claim(claim_id, message, str(key))
            raise self.fail(message, str(key))

    # the document

    def document(self, data: Any) -> ReviewDocument:
        if not isinstance(data, dict) or not isinstance(data.get("claims"), dict):
            raise self.fail("this is not a factdesk review file (no 'claims' mapping)")
        version = data.get("factdesk_review", REVIEW_FORMAT)
        if not _is_int(version):
            raise self.fail(
                f"'factdesk_review' must be the format number {REVIEW_FORMAT}, not {_shown(version)}",
                "factdesk_review",
            )
        if version > REVIEW_FORMAT:
            raise self.fail("the review file was written by a newer factdesk", "factdesk_review")
        self.refuse_unknown_keys(data, TOP_KEYS, "the review file")
        article = data.get("article") or {}
        if not isinstance(article, dict):
            raise self.fail(f"'article' must be a mapping, not {_shown(article)}", "article")
        self.refuse_unknown_keys(article, ARTICLE_KEYS, "'article'")
        info = ArticleInfo(**{name: self.text_or_none(article, name) for name in ArticleInfo.__slots__})
        if info.date is not None and checkable_day(info.date) is None:  # "2024-02-30", "yesterday" by hand
            raise self.fail(f"the article's 'date' must be a day written YYYY-MM-DD, not {info.date!r}", "article")
        claims = {}
        for claim_id, entry in data["claims"].items():
            claims[claim_id] = self.stored_claim(claim_id, entry)
        history = data.get("history") or []
        if not isinstance(history, list):
            raise self.fail(f"'history' must be a list, not {_shown(history)}", "history")
        reviewers = data.get("reviewers") or []
        if not isinstance(reviewers, list) or not all(isinstance(name, str) for name in reviewers):
            raise self.fail("'reviewers' must be a list of names", "reviewers")
        generation = data.get("generation") or ""
        if not isinstance(generation, str):
            raise self.fail(f"'generation' must be text, not {_shown(generation)}", "generation")
        return ReviewDocument(
            path=self.path,
            article=info,
            store=self.text_or_none(data, "store"),
            reviewers=tuple(reviewers),
            created=self.text_or_none(data, "created"),
            updated=self.text_or_none(data, "updated"),
            cursor=self.text_or_none(data, "cursor"),
            generation=generation,
            claims=claims,
            history=tuple(self.change(number, entry) for number, entry in enumerate(history, start=1)),
        )

    def text_or_none(self, mapping: dict[str, Any], key: str) -> str | None:
        value = mapping.get(key)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)  # a hand-written date or number where text is expected reads as it was typed
        raise self.fail(f"{key!r} must be text, not {_shown(value)}", key)

    def change(self, number: int, entry: Any) -> Change:
        if not isinstance(entry, dict):
            raise self.fail(f"history entry {number} must be a mapping, not {_shown(entry)}", "history")
        self.refuse_unknown_keys(entry, CHANGE_KEYS, f"history entry {number}")
        values = []
        for key in ("claim_id", "field", "reviewer", "at"):
            value = entry.get(key)
            if not isinstance(value, str):
                raise self.fail(f"history entry {number}: {key!r} must be text, not {_shown(value)}", "history")
            values.append(value)
        claim_id, name, reviewer, at = values
        return Change(claim_id, name, entry.get("old"), entry.get("new"), reviewer, at)

    # one claim

    def stored_claim(self, claim_id: Any, entry: Any) -> StoredClaim:
        if not isinstance(claim_id, str) or not claim_id:
            raise self.fail(f"a claim id must be text, not {_shown(claim_id)}", None)
        if not isinstance(entry, dict):
            raise self.fail_claim(claim_id, f"the entry must be a mapping, not {_shown(entry)}")
        self.refuse_unknown_keys(entry, CLAIM_KEYS, "the claim", claim_id)
        claim_fields = entry.get("fields") or {}
        if not isinstance(claim_fields, dict):
            raise self.fail_claim(claim_id, f"'fields' must be a mapping, not {_shown(claim_fields)}")
        claim = Claim(
            claim_id,
            self.choice(claim_id, entry, "kind", ClaimKind, ClaimKind.STATEMENT),
            self.text(claim_id, entry, "text"),
            self.offset(claim_id, entry, "start"),
            self.offset(claim_id, entry, "end"),
            self.text(claim_id, entry, "sentence"),
            dict(claim_fields),
        )
        evidence = entry.get("evidence") or []
        if not isinstance(evidence, list):
            raise self.fail_claim(claim_id, f"'evidence' must be a list of store ids, not {_shown(evidence)}")
        for number, item in enumerate(evidence, start=1):
            if not isinstance(item, str):
                raise self.fail_claim(claim_id, f"'evidence' item {number} must be a store id, not {_shown(item)}")
        mark = Mark(
            self.choice(claim_id, entry, "verdict", Verdict, Verdict.UNREVIEWED),
            self.text(claim_id, entry, "note"),
            tuple(evidence),
            self.optional_text(claim_id, entry, "reviewer"),
            self.optional_text(claim_id, entry, "at"),
        )
        return StoredClaim(
            claim,
            mark,
            self.suggestion(claim_id, entry.get("suggestion")),
            self.flag(claim_id, entry, "orphaned"),
            self.flag(claim_id, entry, "added"),
        )

    def suggestion(self, claim_id: str, data: Any) -> Suggestion | None:
        if data is None:
            return None
        if not isinstance(data, dict):
            raise self.fail_claim(claim_id, f"'suggestion' must be a mapping, not {_shown(data)}")
        self.refuse_unknown_keys(data, SUGGESTION_KEYS, "the suggestion", claim_id)
        items = data.get("evidence") or []
        if not isinstance(items, list):
            raise self.fail_claim(claim_id, f"the suggestion's 'evidence' must be a list, not {_shown(items)}")
        evidence = []
        for number, item in enumerate(items, start=1):
            where = f"the suggestion's evidence {number}"
            if not isinstance(item, dict):
                raise self.fail_claim(claim_id, f"{where} must be a mapping, not {_shown(item)}")
            self.refuse_unknown_keys(item, SUGGESTION_EVIDENCE_KEYS, where, claim_id)
            store_id = item.get("store_id")
            if not isinstance(store_id, str) or not store_id:
                raise self.fail_claim(claim_id, f"{where} has no 'store_id'")
            score = item.get("score", 0)
            if not _is_number(score):
                raise self.fail_claim(claim_id, f"{where}: 'score' must be a number, not {_shown(score)}")
            evidence.append(
                Evidence(
                    store_id,
                    self.text(claim_id, item, "kind", where),
                    self.text(claim_id, item, "quote", where),
                    float(score),
                )
            )
        confidence = data.get("confidence", 0)
        if not _is_number(confidence) or not 0 <= confidence <= 100:  # a percentage, shown as one
            raise self.fail_claim(
                claim_id, f"the suggestion's 'confidence' must be a number from 0 to 100, not {_shown(confidence)}"
            )
        return Suggestion(
            self.choice(claim_id, data, "verdict", Verdict, None, "the suggestion's"),
            int(confidence),
            self.text(claim_id, data, "reason", "the suggestion's"),
            tuple(evidence),
        )

    # values

    def choice(self, claim_id: str, entry: dict[str, Any], key: str, kind: Any, default: Any, whose: str = "") -> Any:
        value = entry.get(key)
        if value is None and default is not None and key not in entry:
            return default
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(member.value for member in kind)
            label = f"{whose} {key!r}".strip()
            raise self.fail_claim(claim_id, f"{label} is {_shown(value)}; it must be one of {allowed}") from None

    def text(self, claim_id: str, entry: dict[str, Any], key: str, whose: str = "") -> str:
        value = entry.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            label = f"{whose} {key!r}".strip()
            raise self.fail_claim(claim_id, f"{label} must be text, not {_shown(value)}")
        return value

    def optional_text(self, claim_id: str, entry: dict[str, Any], key: str) -> str | None:
        value = entry.get(key)
        return None if value is None else self.text(claim_id, entry, key)

    def offset(self, claim_id: str, entry: dict[str, Any], key: str) -> int:
        value = entry.get(key, 0)
        if not _is_int(value) or value < 0:
            raise self.fail_claim(claim_id, f"{key!r} must be a character offset (a whole number), not {_shown(value)}")
        return int(value)

    def flag(self, claim_id: str, entry: dict[str, Any], key: str) -> bool:
        value = entry.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.fail_claim(claim_id, f"{key!r} must be true or false, not {_shown(value)}")
        return value


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    """A number a score or a confidence can be: JSON's NaN and Infinity (1e400) are not (int() refuses them)."""
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: Any) -> str:
    """A value as the user wrote it (a mapping or a list by its kind), short enough for a one-line message."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"
