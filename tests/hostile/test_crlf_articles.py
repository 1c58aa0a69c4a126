"""An article saved with Windows (CRLF) or old Mac (CR) line endings reads as the same article with LF ones:
its front matter (title, date, outlet, url) is read, not shown as text, and its claims are the same claims.

A hostile tester found the front matter of a CRLF article shown as article text, a bogus date claim taken
from it, no article date for the checks, and the report's heading garbled."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.article import read_article
from factdesk.claims.extract import extract_claims

ARTICLE = """---
title: Assembly backs Palestinian bid
date: 2024-05-10
outlet: Wire
url: https://example.org/un-vote
---

# Assembly backs Palestinian bid

UNITED NATIONS (Wire) - The General Assembly voted 143-9 on Friday to back the bid, with 25 abstentions.

Ambassador Riyad Mansour said the vote was historic.
"""


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_a_crlf_or_cr_article_reads_as_the_lf_one(tmp_path: Path, ending: str) -> None:
    plain, other = tmp_path / "lf.md", tmp_path / "other.md"
    plain.write_bytes(ARTICLE.encode("utf-8"))
    other.write_bytes(ARTICLE.replace("\n", ending).encode("utf-8"))
    lf, read = read_article(plain), read_article(other)
    assert (read.title, read.date, read.outlet, read.url) == (lf.title, lf.date, lf.outlet, lf.url)
    assert read.date is not None and read.date.isoformat() == "2024-05-10" and read.url == "https://example.org/un-vote"
    assert read.text == lf.text and "title:" not in read.text
    assert [(c.id, c.text) for c in extract_claims(read.text)] == [(c.id, c.text) for c in extract_claims(lf.text)]


def test_check_of_a_crlf_article_has_its_date(cli, tmp_path: Path, seed_store: Path) -> None:
    article = tmp_path / "crlf.md"
    article.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    result = cli("check", article, "--sources", seed_store, "--format", "json")
    assert result.status == 0, result.err
    assert "has no date" not in result.err
    assert "title: Assembly" not in result.out
