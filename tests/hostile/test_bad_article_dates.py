"""A date written in an article's front matter that is no real date ("2024-02-30", "25/03/2024") was dropped
without a word, and the tool then said "the article has no date": every title was checked without its term.
The reporter's own front matter now gets an error naming the line; a saved page's metadata (the site's, not
the reporter's) gets a note, and the page is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_factdesk


@pytest.mark.parametrize("written", ["2024-02-30", "2024-13-01", "25/03/2024", "20240325", "yesterday"])
def test_a_front_matter_date_that_is_no_date_is_an_error_naming_its_line(tmp_path: Path, seed_dir: Path, written: str):
    article = tmp_path / "story.md"
    article.write_text(f"---\ntitle: Talks\ndate: {written}\n---\nIsraeli Defense Minister Yoav Gallant spoke.\n")
    result = run_factdesk("check", article, "--sources", seed_dir / "store", timeout=60)
    assert result.returncode == 2, result.stderr
    assert f"story.md:3:7: the article's date '{written}' is not a real date" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_saved_pages_unreadable_date_is_a_note_and_the_page_is_read(tmp_path: Path, seed_dir: Path):
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-02-30"><title>Talks</title></head>'
        "<body><p>Israeli Defense Minister Yoav Gallant spoke.</p></body></html>",
        encoding="utf-8",
    )
    result = run_factdesk("check", page, "--sources", seed_dir / "store", timeout=60)
    assert result.returncode == 0 and "Yoav Gallant" in result.stdout
    assert "the page's date '2024-02-30' is not a date factdesk can read" in result.stderr


def test_a_front_matter_date_written_out_is_read(tmp_path: Path, seed_dir: Path):
    article = tmp_path / "story.md"
    article.write_text("---\ntitle: Talks\ndate: March 25, 2024\n---\nIsraeli Defense Minister Yoav Gallant spoke.\n")
    result = run_factdesk("check", article, "--sources", seed_dir / "store", timeout=60)
    assert result.returncode == 0 and "on 2024-03-25" in result.stdout, result.stdout
