"""The seed article against expected.yaml: what a careful fact-checker expects factdesk to find."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import ClaimKind

from tests.expectations import missing_expectations, of_kind


@pytest.fixture(scope="module")
def expected(seed_dir: Path) -> dict:
    return yaml.safe_load((seed_dir / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def checked(seed_article: Path, seed_store: Path, expected: dict):
    return prepare_check(seed_article, seed_store, dt.date.fromisoformat(str(expected["article_date"])))


def test_every_expected_claim_is_extracted_and_nothing_else_listed(checked, expected):
    assert missing_expectations(checked.article.text, checked.claims, expected) == []


def test_surname_mentions_are_not_separate_people(checked, expected):
    names = [claim.fields["name"] for claim in of_kind(checked.claims, ClaimKind.PERSON)]
    assert sorted(names) == sorted(expected["persons"])


def test_each_person_appears_once(checked):
    names = [claim.fields["name"] for claim in of_kind(checked.claims, ClaimKind.PERSON)]
    assert len(names) == len(set(names))


def test_roles_keep_the_nationality_as_org(checked):
    roles = {c.fields["person"]: c.fields for c in of_kind(checked.claims, ClaimKind.ROLE)}
    assert roles["Benjamin Netanyahu"]["org"] == "Israel"
    assert roles["Joe Biden"]["org"] == "United States"
    assert roles["Yoav Gallant"]["role"] == "Defense Minister"


def _suggestions_for(checked, key: str):
    """The suggestions of the claims a key of expected.yaml names: a person, or 'Actor position'."""
    found = []
    for claim, suggestion in zip(checked.claims, checked.suggestions, strict=True):
        if claim.kind is ClaimKind.PERSON and claim.fields["name"] == key:
            found.append((claim, suggestion))
        elif claim.kind is ClaimKind.ROLE and claim.fields["person"] == key:
            found.append((claim, suggestion))
        elif claim.kind is ClaimKind.VOTE and f"{claim.fields.get('actor')} {claim.fields.get('position')}" == key:
            found.append((claim, suggestion))
    return found


def test_every_suggestion_comes_out_as_expected(checked, expected):
    for key, verdict in expected["suggestions"].items():
        found = _suggestions_for(checked, key)
        assert found, f"no claim for {key!r}"
        for claim, suggestion in found:
            assert suggestion.verdict.value == verdict, f"{claim.text}: {suggestion.reason}"


def test_misspelling_names_the_register_spelling(checked):
    (_claim, suggestion), *_ = _suggestions_for(checked, "Tzaji Hanegbi")
    assert "Tzachi Hanegbi" in suggestion.reason
    assert suggestion.evidence and "Tzachi Hanegbi" in suggestion.evidence[0].quote


def test_the_vote_is_verified_against_the_record_with_its_source(checked):
    (_claim, suggestion), *_ = _suggestions_for(checked, "United States abstain")
    store_ids = [item.store_id for item in suggestion.evidence]
    assert "vote:unsc-res-2728" in store_ids and "un-sc-15641" in store_ids


def test_after_his_term_the_same_title_is_disputed(seed_article, seed_store):
    late = prepare_check(seed_article, seed_store, dt.date(2025, 6, 1))
    role = next(
        (c, s)
        for c, s in zip(late.claims, late.suggestions, strict=True)
        if c.kind is ClaimKind.ROLE and c.fields["person"] == "Yoav Gallant"
    )
    assert role[1].verdict.value == "disputed"
    assert "2024-11-07" in role[1].reason


def test_check_json_has_the_contract_fields(cli, seed_article, seed_store):
    result = cli("check", seed_article, "--sources", seed_store, "--date", "2024-03-25", "--format", "json")
    assert result.status == 0
    claims = json.loads(result.out)
    for claim in claims:
        assert {"id", "kind", "text", "start", "end", "sentence", "fields", "suggestion"} <= claim.keys()
        assert {"verdict", "confidence", "reason", "evidence"} <= claim["suggestion"].keys()
        for item in claim["suggestion"]["evidence"]:
            assert {"store_id", "kind", "quote", "score"} <= item.keys()
