"""Claim ids survive re-wrapping an article: a verdict is not orphaned because a paragraph was reflowed."""

from __future__ import annotations

import textwrap

from factdesk.claims.extract import extract_claims

PARAGRAPHS = [
    "The city council voted 7-2 on Tuesday to approve a $4 million budget for road repairs, officials said "
    "after a debate that ran past midnight.",
    "Mayor Ann Lee said the repairs would take about 18 months. Council member Ravi Patel, who voted against "
    "the plan, said it left nearly 1,200 potholes unfunded.",
]


def claims_by_id(text: str) -> dict[str, str]:
    return {claim.id: claim.text for claim in extract_claims(text)}


def test_rewrapping_at_any_width_keeps_every_claim_and_its_id() -> None:
    one_line = "\n\n".join(PARAGRAPHS)
    original = claims_by_id(one_line)
    assert len(original) >= 6
    for width in (40, 60, 72):
        wrapped = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in PARAGRAPHS)
        assert claims_by_id(wrapped) == original, width


def test_whitespace_changes_keep_ids() -> None:
    one_line = "\n\n".join(PARAGRAPHS)
    spaced = one_line.replace(", ", ",  ").replace(". ", ".   ")
    assert claims_by_id(spaced) == claims_by_id(one_line)
