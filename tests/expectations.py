"""Compare extracted claims with an `expected.yaml` the way a fact-checker reads it."""

from __future__ import annotations

from typing import Any

from factdesk.claims.model import Claim, ClaimKind


def of_kind(claims: list[Claim], kind: ClaimKind) -> list[Claim]:
    return [claim for claim in claims if claim.kind is kind]


def person_names(claims: list[Claim]) -> list[str]:
    return [claim.fields["name"] for claim in of_kind(claims, ClaimKind.PERSON)]


def find_role(claims: list[Claim], person: str, role: str) -> Claim | None:
    for claim in of_kind(claims, ClaimKind.ROLE):
        if claim.fields["person"] == person and role.lower() in claim.fields["role"].lower():
            return claim
    return None


def vote_matches(claim: Claim, expected: dict[str, Any]) -> bool:
    for key, value in expected.items():
        found = claim.fields.get(key)
        if key == "measure":
            if found is None or value.lower() not in found.lower():
                return False
        elif key == "tally":
            if not isinstance(found, dict) or any(found.get(k) != v for k, v in value.items()):
                return False
        elif found != value:
            return False
    return True


def missing_expectations(text: str, claims: list[Claim], expected: dict[str, Any]) -> list[str]:
    """Every expectation the claims do not meet, as readable lines (empty = all met)."""
    missing: list[str] = []
    names = person_names(claims)
    for person in expected.get("persons", []):
        if person not in names:
            missing.append(f"person {person!r} not extracted (got {names})")
    for short, full in (expected.get("mentions") or {}).items():
        if short in names:
            missing.append(f"mention {short!r} became a separate person (should be {full!r})")
    for person in expected.get("not_persons", []):
        if person in names:
            missing.append(f"{person!r} is not a person in this article")
    for person, role in expected.get("roles", []):
        if find_role(claims, person, role) is None:
            missing.append(f"role [{person}, {role}] not extracted")
    votes = of_kind(claims, ClaimKind.VOTE)
    for vote in expected.get("votes", []):
        if not any(vote_matches(claim, vote) for claim in votes):
            missing.append(f"vote {vote} not extracted (got {[c.fields for c in votes]})")
    quantities = [claim.text for claim in of_kind(claims, ClaimKind.QUANTITY)]
    for quantity in expected.get("quantities", []):
        if str(quantity) not in quantities:
            missing.append(f"quantity {quantity!r} not extracted (got {quantities})")
    dates = [claim.fields["date"] for claim in of_kind(claims, ClaimKind.DATE)]
    for date in expected.get("dates", []):
        if str(date) not in dates:
            missing.append(f"date {date} not extracted (got {dates})")
    quotes = of_kind(claims, ClaimKind.QUOTE)
    for quote in expected.get("quotes", []):
        if not any(
            c.fields["quote"] == quote["quote"] and c.fields.get("speaker") == quote.get("speaker") for c in quotes
        ):
            missing.append(f"quote {quote} not extracted (got {[c.fields for c in quotes]})")
    for phrase in expected.get("not_claims", []):
        for claim in claims:
            if phrase in claim.text or phrase in claim.sentence:
                missing.append(f"{phrase!r} must not be a claim (found {claim.kind.value} {claim.text!r})")
    for claim in claims:
        if not text[claim.start : claim.end].strip():
            missing.append(f"claim {claim.id} has empty offsets")
        if claim.kind is ClaimKind.PERSON and text[claim.start : claim.end] != claim.fields["name"]:
            missing.append(f"person {claim.fields['name']!r} offsets point at {text[claim.start : claim.end]!r}")
        if claim.kind is ClaimKind.QUANTITY and text[claim.start : claim.end] != claim.text:
            missing.append(f"quantity {claim.text!r} offsets point at {text[claim.start : claim.end]!r}")
    return missing
