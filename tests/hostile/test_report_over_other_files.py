"""`factdesk report -o FILE` replaces an earlier report, never someone's other file unless told to.

A hostile tester ran `report r.review.yaml -o notes.md` over a file of notes (a slip of the shell's
history, or a name that was already taken): the notes were gone for good.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import SEED_DATE, workspace

FIXED = ["--generated", "2026-01-01T00:00:00Z"]
PUBLISHER = ["--publisher", "Desk", "--publisher-url", "https://desk.example"]


@pytest.fixture
def review(tmp_path: Path, seed_dir: Path) -> Path:
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="Ana Ortiz")
    first = session.ordered()[0].claim.id
    session.mark(first, Verdict.VERIFIED)
    session.close()
    return session.path


@pytest.mark.parametrize("report_format", ["md", "html", "json", "csv", "claimreview"])
def test_a_report_replaces_its_own_earlier_report(cli, review: Path, tmp_path: Path, report_format: str):
    target = tmp_path / f"report.{report_format}"
    older = ("--generated", "2025-01-01T00:00:00Z")  # an older run's report
    assert cli("report", review, "--format", report_format, "-o", target, *older, *PUBLISHER).status == 0
    assert cli("report", review, "--format", report_format, "-o", target, *FIXED, *PUBLISHER).status == 0
    fresh = tmp_path / f"fresh.{report_format}"
    assert cli("report", review, "--format", report_format, "-o", fresh, *FIXED, *PUBLISHER).status == 0
    assert target.read_bytes() == fresh.read_bytes()


def test_an_empty_file_is_filled(cli, review: Path, tmp_path: Path):
    target = tmp_path / "report.md"
    target.touch()
    assert cli("report", review, "-o", target, *FIXED).status == 0
    assert target.read_text(encoding="utf-8").startswith("# Claims report: ")


def test_someone_elses_file_is_kept_and_the_error_says_how_to_replace_it(cli, review: Path, tmp_path: Path):
    notes = tmp_path / "notes.md"
    notes.write_text("# My notes\n\nCall the ministry back on Monday.\n", encoding="utf-8")
    result = cli("report", review, "-o", notes, *FIXED)
    assert result.status == 2
    assert "notes.md" in result.err and "not a report as factdesk wrote it" in result.err and "--force" in result.err
    assert notes.read_text(encoding="utf-8") == "# My notes\n\nCall the ministry back on Monday.\n"
    assert cli("report", review, "-o", notes, "--force", *FIXED).status == 0
    assert notes.read_text(encoding="utf-8").startswith("# Claims report: ")
