"""The report's content, built once from a review document and shared by every format.

Order: disputed, unsupported, verified, unreviewed; within a group, article order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factdesk.claims.report.corrections import correction
from factdesk.claims.report.quoting import Quote, quote_sentences
from factdesk.claims.report.times import readable_time
from factdesk.claims.review_document import ReviewDocument
from factdesk.sources.model import Store
from factdesk.sources.text import fold

GROUPS = ("disputed", "unsupported", "verified", "unreviewed")
ORPHANED = "orphaned"  # the group of claims no longer in the article
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class CitedEvidence:
    store_id: str
    kind: str
    quote: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    missing: bool = False  # linked, but the store read for the report does not have it (removed since)

    def to_json(self) -> dict[str, Any]:
        return {
            "store_id": self.store_id,
            "kind": self.kind,
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date,
            "url": self.url,
            "quote": self.quote,
        }


@dataclass(frozen=True)
class ReportClaim:
    id: str
    kind: str
    text: str
    sentence: str
    start: int
    end: int
    verdict: str
    reviewer: str | None
    at: str | None
    note: str
    suggestion: dict[str, Any] | None
    evidence: tuple[CitedEvidence, ...]
    orphaned: bool = False
    added: bool = False
    fields: dict[str, Any] = field(default_factory=dict)
    correction: str | None = None  # for a disputed claim: what it should say, in the store's words

    @property
    def disagrees(self) -> bool:
        """The reviewer's verdict differs from the checker's suggestion."""
        return (
            self.suggestion is not None
            and self.verdict != "unreviewed"
            and self.suggestion.get("verdict") != self.verdict
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "verdict": self.verdict,
            "reviewer": self.reviewer,
            "at": self.at,
            "note": self.note,
            "suggestion": self.suggestion,
            "disagrees": self.disagrees,
            "evidence": [item.to_json() for item in self.evidence],
            "orphaned": self.orphaned,
            "added": self.added,
            "correction": self.correction,
        }


@dataclass(frozen=True)
class Report:
    article: dict[str, Any]
    store: str
    reviewers: tuple[str, ...]
    generated: str
    claims: tuple[ReportClaim, ...]
    counts: dict[str, int] = field(default_factory=dict)
    quotes: tuple[Quote, ...] = ()  # the article's sentences that hold claims, each once, in article order
    sentence_of: dict[str, int] = field(default_factory=dict)  # claim id -> its sentence's number

    def metadata(self) -> list[tuple[str, str]]:
        """The header lines every format prints: (label, value), only those that are known."""
        article = self.article
        rows = [
            ("Outlet", article.get("outlet")),
            ("Date", article.get("date")),
            ("URL", article.get("url")),
            ("Article", article.get("path")),
            ("SHA-256", article.get("sha256")),
            ("Store", self.store),
            ("Reviewers", ", ".join(self.reviewers)),
            ("Generated", readable_time(self.generated)),
        ]
        return [(label, str(value)) for label, value in rows if value]

    def group(self, verdict: str) -> list[ReportClaim]:
        """The article's claims with this verdict; "orphaned": the claims no longer in the article."""
        if verdict == ORPHANED:
            return [claim for claim in self.claims if claim.orphaned]
        return [claim for claim in self.claims if claim.verdict == verdict and not claim.orphaned]

    def corrections(self) -> list[tuple[ReportClaim, list[ReportClaim]]]:
        """What an editor must change, in article order: each disputed claim still in the article, with the
        disputed name it stands for when it is a title given to that name in the same sentence (one fact:
        "National Security Advisor Tzaji Hanegbi" is one correction, not a role and a person)."""
        disputed = sorted(self.group("disputed"), key=lambda claim: claim.start)
        titles = {
            (claim.sentence, fold(str(claim.fields.get("person") or ""))): claim
            for claim in disputed
            if claim.kind == "role"
        }
        folded: dict[str, list[ReportClaim]] = {}
        for claim in disputed:
            title = titles.get((claim.sentence, fold(str(claim.fields.get("name") or ""))))
            if claim.kind == "person" and title is not None:
                folded.setdefault(title.id, []).append(claim)
        inside = {claim.id for names in folded.values() for claim in names}
        return [(claim, folded.get(claim.id, [])) for claim in disputed if claim.id not in inside]

    def quote_of(self, claim: ReportClaim) -> Quote | None:
        number = self.sentence_of.get(claim.id)
        return next((quote for quote in self.quotes if quote.number == number), None)

    def written(self, claim: ReportClaim) -> str:
        """The claim's words as the article has them ("National Security Advisor Tzaji Hanegbi")."""
        quote = self.quote_of(claim)
        return (quote.written(claim.id) if quote else None) or claim.text

    def heading(self, claim: ReportClaim) -> str:
        """A claim's title: its text, or a pointer to its sentence when it is the whole (already quoted) sentence."""
        if claim.text.strip() and claim.text.strip() == claim.sentence.strip():
            return f"The whole sentence [{self.sentence_of.get(claim.id, '?')}]"
        return claim.text

    def by_sentence(self, claims: list[ReportClaim]) -> list[tuple[Quote, list[ReportClaim]]]:
        """`claims` gathered under their sentences, sentences in article order."""
        gathered: dict[int, list[ReportClaim]] = {}
        for claim in claims:
            gathered.setdefault(self.sentence_of.get(claim.id, 0), []).append(claim)
        by_number = {quote.number: quote for quote in self.quotes}
        return [(by_number[number], gathered[number]) for number in sorted(gathered) if number in by_number]


def _cite(store_id: str, quote: str, kind: str, store: Store | None) -> CitedEvidence:
    if store is not None and store_id in store.sources:
        source = store.sources[store_id]
        return CitedEvidence(
            store_id,
            kind,
            quote or (source.excerpts[0] if source.excerpts else ""),
            source.title,
            source.publisher,
            source.date.isoformat() if source.date else source.date_written,
            source.url,
        )
    if store is not None and store_id.startswith("vote:") and store_id[5:] in store.votes:
        vote = store.votes[store_id[5:]]
        return CitedEvidence(
            store_id,
            "vote",
            quote or f"{vote.body}, {vote.date_written}: {vote.measure}",
            f"Vote record {vote.id}",
            vote.body,
            vote.date_written,
            None,
        )
    if store_id.startswith("person:"):
        return CitedEvidence(store_id, "person", quote, f"Register: {store_id[7:]}", None, None, None)
    return CitedEvidence(store_id, kind, quote, missing=store is not None)


def missing_evidence(report: Report) -> list[str]:
    """The evidence cited in `report` that its store does not have (a source removed or renamed since it was
    linked): cited by its id only, which the reader must be told."""
    found = {item.store_id for claim in report.claims for item in claim.evidence if item.missing}
    return sorted(found)


def _article_date(document: ReviewDocument) -> dt.date | None:
    try:
        return dt.date.fromisoformat(document.article.date or "")
    except ValueError:
        return None


def build_report(document: ReviewDocument, store: Store | None, generated: str) -> Report:
    """The report of a review document; `store` (if loaded) adds titles, publishers, dates and URLs."""
    on = _article_date(document)
    claims: list[ReportClaim] = []
    for claim_id, entry in document.claims.items():
        suggestion = entry.suggestion
        verdict = entry.mark.verdict.value
        quotes = {item.store_id: item.quote for item in suggestion.evidence} if suggestion else {}
        cited_ids = list(entry.mark.evidence)
        if not cited_ids and suggestion and suggestion.verdict is entry.mark.verdict:
            cited_ids = list(quotes)  # the reviewer agreed with the suggestion: its evidence is the citation
        evidence = tuple(_cite(store_id, quotes.get(store_id, ""), "source", store) for store_id in cited_ids)
        claims.append(
            ReportClaim(
                claim_id,
                entry.claim.kind.value,
                entry.claim.text,
                entry.claim.sentence,
                entry.claim.start,
                entry.claim.end,
                verdict,
                entry.mark.reviewer,
                entry.mark.at,
                entry.mark.note,
                suggestion.to_json() if suggestion else None,
                evidence,
                entry.orphaned,
                entry.added,
                dict(entry.claim.fields),
                correction(
                    entry.claim.kind.value,
                    entry.claim.fields,
                    suggestion.to_json() if suggestion else None,
                    entry.mark.evidence,
                    store,
                    on,
                )
                if verdict == "disputed"
                else None,
            )
        )
    # claims no longer in the article (corrected, or cut) come last and count apart: they are no open question
    ordered = sorted(enumerate(claims), key=lambda pair: (pair[1].orphaned, GROUPS.index(pair[1].verdict), pair[0]))
    counts = {group: sum(1 for c in claims if c.verdict == group and not c.orphaned) for group in GROUPS}
    counts["total"] = sum(1 for c in claims if not c.orphaned)
    counts[ORPHANED] = len(claims) - counts["total"]
    sentences, sentence_of = quote_sentences(claims)
    return Report(
        document.article.to_json(),
        document.store or "",
        document.reviewers,
        generated,
        tuple(c for _, c in ordered),
        counts,
        tuple(sentences),
        sentence_of,
    )
