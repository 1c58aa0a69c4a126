"""Extraction on news it was not tuned on: wire copy, Markdown, HTML, a list of officials, a vote."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from factdesk.claims.desk import extract_article

from tests.conftest import ARTICLES
from tests.expectations import missing_expectations

CASES = sorted(path for path in ARTICLES.iterdir() if path.suffix in (".txt", ".md", ".html"))


@pytest.mark.parametrize("article_path", CASES, ids=lambda path: path.name)
def test_article_meets_its_expectations(article_path: Path):
    expected = yaml.safe_load(article_path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    article, claims = extract_article(article_path)
    assert missing_expectations(article.text, claims, expected) == []
    if "title" in expected:
        assert article.title == expected["title"]
    if "date" in expected:
        assert article.date is not None and article.date.isoformat() == expected["date"]
    if "url" in expected:
        assert article.url == expected["url"]


def test_there_are_at_least_five_styles():
    assert {path.suffix for path in CASES} >= {".txt", ".md", ".html"}
    assert len(CASES) >= 5
