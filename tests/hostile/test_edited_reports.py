"""`report -o FILE` over a report someone has edited since factdesk wrote it: refused, the edits kept.

A hostile tester appended three hours of editor's notes to rep.md, ran the same `report -o rep.md` again,
and the notes were gone with exit 0: a report still looks like a report after it is annotated."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession

from tests.app_helpers import workspace
from tests.hostile.test_review_writes import SEED_DATE


@pytest.fixture
def review(tmp_path: Path, seed_dir: Path) -> Path:
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.DISPUTED)
    session.close()
    return session.path


@pytest.mark.parametrize("report_format", ["md", "html", "json", "csv", "claimreview"])
def test_a_report_edited_since_it_was_written_is_not_replaced(cli, review: Path, report_format: str) -> None:
    target = review.parent / f"rep.{report_format}"
    publisher = ("--publisher", "The Desk", "--publisher-url", "https://desk.example/")
    assert cli("report", review, "--format", report_format, "-o", target, *publisher).status == 0
    assert cli("report", review, "--format", report_format, "-o", target, *publisher).status == 0  # unedited
    edited = target.read_bytes() + b"\nEDITOR NOTES: three hours of work.\n"
    target.write_bytes(edited)
    result = cli("report", review, "--format", report_format, "-o", target, *publisher)
    assert result.status == 2 and "edited since" in result.err and "--force" in result.err
    assert target.read_bytes() == edited
    forced = cli("report", review, "--format", report_format, "-o", target, "--force", *publisher)
    assert forced.status == 0 and b"EDITOR NOTES" not in target.read_bytes()


def test_a_file_name_with_terminal_escapes_is_printed_clean(cli, review: Path) -> None:
    """A report named "evil<ESC>]0;PWNED<BEL>.md" retitled the tester's terminal when its name was printed."""
    target = review.parent / "evil\x1b[41mRED\x1b]0;PWNED\x07.md"
    result = cli("report", review, "-o", target)
    assert result.status == 0 and target.exists()
    assert "\x1b" not in result.err and "\x07" not in result.err and "evilRED.md" in result.err


def test_a_report_is_written_and_said_so_when_it_cannot_be_remembered(
    cli, review: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data folder cannot take `reports.json` (read-only, full): the report was written, exit 2 said not."""
    data = tmp_path / "data"
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(data))
    (data / "reports.json").mkdir(parents=True)  # stands in for a read-only or full data folder
    target = review.parent / "rep.md"
    result = cli("report", review, "-o", target)
    assert result.status == 0, result.err
    assert target.exists() and "Tzaji" in target.read_text(encoding="utf-8")


def test_a_colleagues_report_is_not_replaced(cli, review: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A report written by a colleague (another account's data folder: another machine, a shared folder, a CI
    job) and annotated by an editor was replaced without a word: this account had no record of it."""
    target = review.parent / "shared.md"
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "colleague"))
    assert cli("report", review, "-o", target).status == 0
    annotated = target.read_bytes() + b"\nEDITOR (Ana): hold the correction until legal signs off.\n"
    target.write_bytes(annotated)
    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "mine"))
    result = cli("report", review, "-o", target)
    assert result.status == 2 and "someone else" in result.err and "--force" in result.err
    assert target.read_bytes() == annotated


def test_reports_written_at_once_are_all_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`reports.json` was read, changed and written with no lock: of 8 reports written at once, up to 3 were
    forgotten, and an edit to one of those was then replaced unasked."""
    import concurrent.futures

    from factdesk.claims.report.written_reports import remember_report, written_here_as_is

    monkeypatch.setenv("FACTDESK_DATA_DIR", str(tmp_path / "data"))
    paths = [tmp_path / f"r{number}.md" for number in range(16)]
    for path in paths:
        path.write_bytes(b"# Claims report: " + path.name.encode())
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda path: remember_report(path, path.read_bytes()), paths))
    assert all(written_here_as_is(path) for path in paths)
