"""schema.org ClaimReview JSON-LD, one object per published rating (Google's fact-check markup fields).

Safe to publish: there is no default publisher (a fact-check names who stands
behind it), only checkable statements are rated (a bare name is no claim a
reader can weigh: its misspelling goes in the corrections list), claims no longer
in the article are left out, and verdicts map to ratings through a table the
newsroom can change. "Disputed" is "Incorrect" by default, with what is wrong in
the rating's text: a misspelt name in a true sentence is not "False".
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from factdesk.claims.report.corrections import supported
from factdesk.claims.report.data import Report, ReportClaim
from factdesk.sources.errors import FactdeskError

# what a reader can weigh; a bare person claim (a name) is corrected, not rated
RATED_KINDS = ("statement", "quote", "role", "vote", "quantity", "date")
ALTERNATE_NAME_LENGTH = 140


@dataclass(frozen=True, slots=True)
class Rating:
    """How a verdict is published: schema.org ratingValue (1 worst..5 best), its name, and whether the
    reason is added to the name ("Incorrect: spell it “Tzachi Hanegbi”")."""

    value: int
    name: str
    with_reason: bool = False


DEFAULT_RATINGS: Mapping[str, Rating] = {
    "verified": Rating(5, "Correct"),
    "unsupported": Rating(3, "Unproven"),
    "disputed": Rating(1, "Incorrect", with_reason=True),
}


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact-check, and where: from options or the config file. No name: no ClaimReview."""

    name: str | None = None
    url: str | None = None
    ratings: Mapping[str, Rating] = field(default_factory=lambda: dict(DEFAULT_RATINGS))
    page: str | None = None  # the fact-check's own address (--url); each review is PAGE#claim-id


class PublishingError(FactdeskError):
    """ClaimReview cannot be written as asked: it would name no publisher or no address."""


def _rating_text(claim: ReportClaim, rating: Rating) -> str:
    if not rating.with_reason:
        return rating.name
    reason = claim.correction or str((claim.suggestion or {}).get("reason") or "")
    if supported(claim.suggestion):  # the store bears it out: only the reviewer's own note says what is wrong
        reason = " ".join((claim.note or "").split())
    text = f"{rating.name}: {reason}" if reason else rating.name
    return text if len(text) <= ALTERNATE_NAME_LENGTH else text[: ALTERNATE_NAME_LENGTH - 1].rstrip() + "…"


def web_address(url: object) -> str | None:
    """`url` if it is an absolute http(s) address with no space or control character in it, else None."""
    if not isinstance(url, str) or re.search(r"[\s\x00-\x1f\x7f]", url):
        return None
    return url if re.match(r"https?://[^/?#]+", url, re.IGNORECASE) else None


def _item_reviewed(claim: ReportClaim, article: Mapping[str, Any]) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if web_address(article.get("url")):  # the article's own front matter: "javascript:..." is never published
        appearance["url"] = article["url"]
    if article.get("title"):
        appearance["headline"] = article["title"]
    if article.get("date"):
        appearance["datePublished"] = article["date"]
    if article.get("outlet"):
        appearance["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    speaker = claim.fields.get("speaker") if claim.kind == "quote" else None
    if speaker:
        item["author"] = {"@type": "Person", "name": str(speaker)}
    elif article.get("outlet"):
        item["author"] = {"@type": "Organization", "name": article["outlet"]}
    if article.get("date"):
        item["datePublished"] = article["date"]
    return item


def claimreviews(report: Report, publisher: Publisher) -> tuple[list[dict[str, Any]], int]:
    """The ClaimReview objects and how many claims were left out (no verdict, a bare name, or orphaned)."""
    if not publisher.name:
        raise PublishingError(
            "claimreview",
            "ClaimReview needs a publisher (who stands behind the fact-check): pass --publisher NAME "
            "[--publisher-url URL], or put 'publisher: {name: ..., url: ...}' in the config file",
        )
    article = report.article
    for given, option in ((publisher.url, "--publisher-url"), (publisher.page, "--url")):
        if given and not web_address(given):
            raise PublishingError("claimreview", f"{option} must be an http(s) address with no spaces, not {given!r}")
    page = publisher.page or publisher.url or web_address(article.get("url"))
    if not page:
        raise PublishingError(
            "claimreview", "ClaimReview needs the fact-check's address: pass --url URL (or --publisher-url URL)"
        )
    author: dict[str, Any] = {"@type": "Organization", "name": publisher.name}
    if publisher.url:
        author["url"] = publisher.url
    reviews: list[dict[str, Any]] = []
    skipped = 0
    for claim in report.claims:
        rating = publisher.ratings.get(claim.verdict)
        if rating is None or claim.orphaned or claim.kind not in RATED_KINDS:
            skipped += 1
            continue
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{page.rstrip('/')}#{claim.id}",
            "claimReviewed": claim.text,
            "itemReviewed": _item_reviewed(claim, article),
            "author": author,
            "datePublished": (claim.at or report.generated)[:10],
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": rating.value,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": _rating_text(claim, rating),
            },
        }
        if claim.note:
            review["reviewBody"] = claim.note
        reviews.append(review)
    return reviews, skipped


# JSON-LD is published inside <script type="application/ld+json">, which ends at the first `</script`, and where
# `<!--` changes how it is read: written as escapes, these characters are the same JSON values and no tag.
_INERT_IN_A_PAGE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def render_claimreview(report: Report, publisher: Publisher) -> tuple[str, int]:
    reviews, skipped = claimreviews(report, publisher)
    # The characters occur only inside JSON strings (never in its syntax), so the escapes keep every value.
    return json.dumps(reviews, ensure_ascii=False, indent=2).translate(_INERT_IN_A_PAGE) + "\n", skipped
