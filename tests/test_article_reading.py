"""Reading articles: the text the reviewer sees, metadata, encodings, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.article import ArticleError, read_article
from factdesk.claims.extract import extract_claims
from factdesk.claims.sentences import split_sentences

from tests.conftest import ARTICLES


def test_html_keeps_the_article_and_drops_the_furniture():
    article = read_article(ARTICLES / "summit.html")
    assert "Swiss President Viola Amherd" in article.text
    for furniture in ("Share on Facebook", "Leave a Reply", "Copyright", "window.tracking", "Home", "Related"):
        assert furniture not in article.text
    assert article.outlet == "The Daily Ledger"


def test_markdown_marks_are_gone_and_front_matter_is_metadata():
    article = read_article(ARTICLES / "budget_vote.md")
    assert "**" not in article.text and "*Laurent" not in article.text and "](" not in article.text
    assert "National Assembly approved" in article.text
    assert article.url == "https://example-news.test/politics/budget-2025" and article.outlet == "Example News"


@pytest.mark.parametrize(
    "nested",
    ["> " * 20, ">" * 100_000, "".join("  " * depth + f"- item {depth}\n" for depth in range(3000)) + "\n"],
    ids=["twenty-quotes", "100k-quotes", "3000-nested-items"],
)
def test_deeply_nested_markdown_keeps_its_text(tmp_path: Path, nested: str):
    """markdown-it stops at its nesting limit and dropped every word after it: the article read as "empty"."""
    path = tmp_path / "deep.md"
    path.write_text(f"{nested}Finance Minister Ana Ruiz resigned on Monday.\n\nThe vote was 51-48.\n", encoding="utf-8")
    article = read_article(path)
    assert "Finance Minister Ana Ruiz resigned on Monday." in article.text and "The vote was 51-48." in article.text
    assert ">" not in article.text


def test_windows_1252_is_read_with_a_stated_fallback(tmp_path: Path):
    path = tmp_path / "old.txt"
    path.write_bytes("Foreign Minister José Ramos said “no”.".encode("cp1252"))
    article = read_article(path)
    assert "José Ramos" in article.text and article.encoding == "windows-1252" and article.notes


def test_control_characters_and_ansi_escapes_are_stripped(tmp_path: Path):
    path = tmp_path / "x.txt"
    path.write_text("President \x1b[1mJoe Biden\x1b[0m\x07 met\x00 Prime Minister Keir Starmer.", encoding="utf-8")
    article = read_article(path)
    assert article.text == "President Joe Biden met Prime Minister Keir Starmer."
    names = [c.fields["name"] for c in extract_claims(article.text) if c.kind.value == "person"]
    assert names == ["Joe Biden", "Keir Starmer"]


def test_malformed_front_matter_is_a_located_error(tmp_path: Path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    assert str(raised.value).startswith(f"{path}:") and "front matter" in str(raised.value)


def test_a_directory_is_not_an_article(tmp_path: Path):
    with pytest.raises(ArticleError, match="directory"):
        read_article(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Smith met Mr. Jones in the U.S. on Monday. Then they left.", 2),
        ("Joseph R. Biden Jr. spoke. The U.S. Senate voted.", 2),
        ("It rose 3.5 percent. Prices fell!", 2),
        ("Headline without a stop\nBody sentence one. Body two.", 3),
        ("He said it. The U.S. It was late.", 3),
    ],
)
def test_sentences_split_at_real_boundaries(text: str, expected: int):
    sentences = split_sentences(text)
    assert len(sentences) == expected, [s.text for s in sentences]
    assert all(text[s.start : s.end] == s.text for s in sentences)
