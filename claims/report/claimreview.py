"""schema.org ClaimReview JSON-LD, one object per reviewed claim (Google's fact-check markup fields)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from factdesk.claims.report.data import Report

RATINGS = {"verified": (5, "True"), "unsupported": (3, "Unproven"), "disputed": (1, "False")}


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact-check: from options or a config file."""

    name: str = "factdesk"
    url: str | None = None


def claimreviews(report: Report, publisher: Publisher) -> tuple[list[dict[str, Any]], int]:
    """The ClaimReview objects and how many claims were left out for having no verdict."""
    article = report.article
    reviews: list[dict[str, Any]] = []
    skipped = 0
    for claim in report.claims:
        if claim.verdict not in RATINGS or claim.orphaned:  # a claim no longer in the article is not published
            skipped += 1
            continue
        value, name = RATINGS[claim.verdict]
        author: dict[str, Any] = {"@type": "Organization", "name": publisher.name}
        if publisher.url:
            author["url"] = publisher.url
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if article.get("url"):
            appearance["url"] = article["url"]
        if article.get("title"):
            appearance["headline"] = article["title"]
        if article.get("date"):
            appearance["datePublished"] = article["date"]
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if article.get("outlet"):
            item["author"] = {"@type": "Organization", "name": article["outlet"]}
        if article.get("date"):
            item["datePublished"] = article["date"]
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claim.text,
            "itemReviewed": item,
            "author": author,
            "datePublished": (claim.at or report.generated)[:10],
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": name,
            },
        }
        url = publisher.url or article.get("url")
        if url:
            review["url"] = f"{url.rstrip('/')}#{claim.id}"
        if claim.note:
            review["reviewBody"] = claim.note
        reviews.append(review)
    return reviews, skipped


def render_claimreview(report: Report, publisher: Publisher) -> tuple[str, int]:
    reviews, skipped = claimreviews(report, publisher)
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", skipped
