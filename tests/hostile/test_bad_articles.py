"""Articles that are empty, binary, mis-encoded, unpunctuated, huge-lined or full of odd characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.article import read_article
from factdesk.claims.extract import extract_claims

from tests.conftest import run_factdesk


def names(text: str) -> list[str]:
    return [claim.fields["name"] for claim in extract_claims(text) if claim.kind.value == "person"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n  ", "empty"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
    ids=["empty", "whitespace", "binary"],
)
def test_unusable_articles_exit_2_with_a_reason(tmp_path: Path, content: bytes, message: str):
    article = tmp_path / "a.txt"
    article.write_bytes(content)
    result = run_factdesk("extract", article)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_no_sentence_punctuation_and_very_long_lines(tmp_path: Path):
    line = " ".join(["Prime Minister Yoav Gallant met Foreign Minister Anna Berg"] * 400)  # one 24k-char line
    claims = extract_claims(line)
    assert {"Yoav Gallant", "Anna Berg"} <= set(names(line))
    assert all(0 <= c.start < c.end <= len(line) for c in claims)


def test_right_to_left_and_mixed_scripts_do_not_break_offsets():
    text = "Prime Minister Benjamin Netanyahu (בנימין נתניהו) met Mahmoud Abbas (محمود عباس) on Monday.\n"
    claims = extract_claims(text)
    assert "Benjamin Netanyahu" in names(text)
    for claim in claims:
        assert text[claim.start : claim.end]


def test_non_breaking_spaces_and_soft_hyphens_inside_names():
    text = "Defense Minister Yoav\u00a0Gal\u00adlant met President Joe Biden.\n"
    found = names(text)
    assert any(name.replace("\u00a0", " ").replace("\u00ad", "") == "Yoav Gallant" for name in found), found


def test_curly_and_straight_quotes_both_give_quote_claims():
    text = 'Yoav Gallant said "we will keep our edge in the region". Joe Biden said “this must stop now”.\n'
    quotes = {c.fields["quote"]: c.fields.get("speaker") for c in extract_claims(text) if c.kind.value == "quote"}
    assert quotes == {"we will keep our edge in the region": "Yoav Gallant", "this must stop now": "Joe Biden"}


def test_ansi_and_control_characters_are_removed_and_offsets_fit_the_shown_text(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("\x1b[2J\x1b[31mPrime Minister\x1b[0m Keir\x07 Starmer\x08 met\x0c King Charles.", encoding="utf-8")
    article = read_article(path)
    assert "\x1b" not in article.text and "\x07" not in article.text and "\x0c" not in article.text
    for claim in extract_claims(article.text):
        assert article.text[claim.start : claim.end]
    assert "Keir Starmer" in names(article.text)


def test_a_latin1_article_is_read_with_a_stated_fallback(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes("Le président Emmanuel Macron a rencontré Olaf Scholz à Genève.".encode("latin-1"))
    article = read_article(path)
    assert "Genève" in article.text and article.encoding == "windows-1252"
