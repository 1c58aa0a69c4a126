"""Large reviews append changes to a journal instead of rewriting the file: nothing is lost either way."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from factdesk.claims import review_file as review_module
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewSession, journal_path_for, read_review_file

from tests.app_helpers import workspace


@pytest.fixture
def journaled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review_module, "JOURNAL_ABOVE", 0)  # every review counts as large
    monkeypatch.setattr(review_module, "COMPACT_EVERY", 5)


def open_session(tmp_path: Path, seed_dir: Path) -> ReviewSession:
    article, store = workspace(tmp_path, seed_dir)
    return ReviewSession.open(prepare_check(article, store, dt.date(2024, 3, 25)), reviewer="j")


def test_changes_go_to_the_journal_and_read_back_merged(tmp_path: Path, seed_dir: Path, journaled: None):
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)  # the first save writes the file whole
    whole = session.path.read_bytes()
    session.mark(ids[1], Verdict.DISPUTED)
    session.set_note(ids[1], "journal me")
    assert session.path.read_bytes() == whole and journal_path_for(session.path).exists()
    claims = read_review_file(session.path)["claims"]
    assert claims[ids[0]]["verdict"] == "verified"
    assert claims[ids[1]]["verdict"] == "disputed" and claims[ids[1]]["note"] == "journal me"
    session.close()
    assert not journal_path_for(session.path).exists()
    assert read_review_file(session.path)["claims"][ids[1]]["note"] == "journal me"


def test_the_journal_is_folded_in_every_few_changes(tmp_path: Path, seed_dir: Path, journaled: None):
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    for claim_id in ids[:7]:  # 1 whole write, 5 appends, then a whole write again
        session.mark(claim_id, Verdict.UNSUPPORTED)
    assert not journal_path_for(session.path).exists()
    history = read_review_file(session.path)["history"]
    assert len(history) == 7  # each change recorded once, none replayed twice
    session.close()


def test_a_journal_is_folded_before_it_grows_past_what_factdesk_reads(
    tmp_path: Path, seed_dir: Path, journaled: None, monkeypatch: pytest.MonkeyPatch
):
    """A claim with a long note (a pasted transcript) is journaled whole on each change: eight changes took the
    journal past the 64 MiB factdesk reads, and after a crash the review could not be opened nor reported."""
    monkeypatch.setattr(review_module, "JOURNAL_MOST", 50_000)
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.set_note(ids[0], "transcript " * 2_000)  # 22,000 bytes: two changes fill the journal's room
    journal = journal_path_for(session.path)
    for verdict in [Verdict.DISPUTED, Verdict.VERIFIED, Verdict.UNSUPPORTED, Verdict.DISPUTED]:
        session.mark(ids[0], verdict)
        assert not journal.exists() or journal.stat().st_size <= 50_000
    session.mark(ids[1], Verdict.VERIFIED)
    claims = read_review_file(session.path)["claims"]  # as a crash would leave it: file and journal
    assert claims[ids[0]]["verdict"] == "disputed" and claims[ids[1]]["verdict"] == "verified"
    session.close()


def test_a_torn_last_line_and_a_stale_journal_are_ignored(tmp_path: Path, seed_dir: Path, journaled: None):
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.mark(ids[1], Verdict.DISPUTED)
    journal = journal_path_for(session.path)
    with open(journal, "ab") as stream:
        stream.write(b'{"c": "' + ids[2].encode() + b'", "e": {"verd')  # a write cut off by a crash
    claims = read_review_file(session.path)["claims"]
    assert claims[ids[1]]["verdict"] == "disputed" and claims[ids[2]]["verdict"] == "unreviewed"
    stale = journal.read_bytes()
    session.file.release()  # the app was killed
    again = ReviewSession.open(session.checked, session.path, "j")
    again.close()  # folds the journal in and removes it
    journal.write_bytes(stale)  # as if a crash had come between the rewrite and the removal
    document = read_review_file(session.path)
    assert document["claims"][ids[1]]["verdict"] == "disputed" and len(document["history"]) == 2


def test_reopening_folds_a_leftover_journal(tmp_path: Path, seed_dir: Path, journaled: None):
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.mark(ids[1], Verdict.DISPUTED)
    session.file.release()  # a killed app: no close(), the journal stays
    again = ReviewSession.open(session.checked, session.path, "j")
    assert again.records[ids[1]].mark.verdict is Verdict.DISPUTED
    again.mark(ids[2], Verdict.VERIFIED)
    assert not journal_path_for(session.path).exists()  # the first save wrote the file whole
    again.close()


def test_a_large_file_read_back_takes_appends_at_once(tmp_path: Path, seed_dir: Path, journaled: None):
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.close()
    whole = session.path.read_bytes()
    again = ReviewSession.open(session.checked, session.path, "j")
    again.mark(ids[1], Verdict.DISPUTED)  # appended: the file itself is not rewritten
    assert session.path.read_bytes() == whole
    assert read_review_file(session.path)["claims"][ids[1]]["verdict"] == "disputed"
    again.close()


def test_a_file_without_a_generation_is_written_whole_before_any_journal(
    tmp_path: Path, seed_dir: Path, journaled: None
):
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.close()
    text = session.path.read_text(encoding="utf-8")
    session.path.write_text(re.sub(r' "generation": "[^"]*",\n', "", text), encoding="utf-8")  # an older file
    again = ReviewSession.open(session.checked, session.path, "j")
    again.mark(ids[1], Verdict.DISPUTED)
    again.file.release()  # killed before close
    assert read_review_file(session.path)["claims"][ids[1]]["verdict"] == "disputed"


def test_a_new_large_review_is_written_before_the_first_key(tmp_path: Path, seed_dir: Path, journaled: None):
    session = open_session(tmp_path, seed_dir)
    assert session.start_large_file() and session.path.exists()
    whole = session.path.read_bytes()
    first = session.ordered()[0].claim.id
    session.mark(first, Verdict.VERIFIED)  # appended to the journal, the file stays as written
    assert session.path.read_bytes() == whole
    assert read_review_file(session.path)["claims"][first]["verdict"] == "verified"
    session.close()


def test_a_small_new_review_is_not_written_until_a_change(tmp_path: Path, seed_dir: Path):
    session = open_session(tmp_path, seed_dir)
    assert not session.start_large_file() and not session.path.exists()
    session.close()
    assert not session.path.exists()


def test_a_review_file_removed_during_the_session_is_written_whole_again_not_journaled(
    tmp_path: Path, seed_dir: Path, journaled: None
):
    """The file goes (a checkout of another branch, a sync tool, by hand) while the desk is open: a journal
    with no file beside it is refused on opening, so appending to it would lose every change at the next kill."""
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.mark(ids[1], Verdict.DISPUTED)  # in the journal
    session.path.unlink()
    session.mark(ids[2], Verdict.UNSUPPORTED)
    session.set_note(ids[2], "typed after the file went")
    session.file.release()  # killed before any fold
    claims = read_review_file(session.path)["claims"]
    assert [claims[claim_id]["verdict"] for claim_id in ids[:3]] == ["verified", "disputed", "unsupported"]
    assert claims[ids[2]]["note"] == "typed after the file went"


def test_a_journal_removed_during_the_session_is_written_whole_again_with_everything(
    tmp_path: Path, seed_dir: Path, journaled: None
):
    """A clean-up of "*.journal" while the desk is open: the review file is as the desk left it and memory
    holds every change the journal had, so the next save writes the whole review (it was refused as "the
    review file was changed by another program", with the journaled verdicts missing from the file)."""
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.mark(ids[1], Verdict.DISPUTED)  # in the journal
    session.mark(ids[2], Verdict.UNSUPPORTED)
    journal_path_for(session.path).unlink()
    session.mark(ids[3], Verdict.VERIFIED)
    session.file.release()  # killed before any fold
    claims = read_review_file(session.path)["claims"]
    assert [claims[claim_id]["verdict"] for claim_id in ids[:4]] == ["verified", "disputed", "unsupported", "verified"]


def test_a_journal_edited_by_another_program_is_named_in_the_refusal(tmp_path: Path, seed_dir: Path, journaled: None):
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.mark(ids[1], Verdict.DISPUTED)  # in the journal
    journal = journal_path_for(session.path)
    journal.write_bytes(journal.read_bytes() + b"# another program\n")
    with pytest.raises(review_module.ReviewConflict, match=re.escape(f"its journal {journal.name} was changed")):
        session.mark(ids[2], Verdict.UNSUPPORTED)
    session.file.release()


def test_a_journal_of_a_replaced_review_file_is_kept_and_named_not_dropped(
    tmp_path: Path, seed_dir: Path, journaled: None
):
    """After a crash, the review file was replaced by another version of it (a `git pull`, a sync tool): its
    journal, of the old generation, was taken for a stale one, ignored, and deleted at the first key."""
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)  # written whole
    session.mark(ids[1], Verdict.DISPUTED)  # in the journal
    session.file.release()  # killed
    journal = journal_path_for(session.path)
    kept = journal.read_bytes()
    text = session.path.read_text(encoding="utf-8")
    session.path.write_text(re.sub(r'"generation": "[^"]*"', '"generation": "pulled-from-git"', text), encoding="utf-8")
    with pytest.raises(review_module.ReviewError, match="holds 1 change"):
        read_review_file(session.path)
    assert journal.read_bytes() == kept


def test_a_review_read_through_a_link_takes_its_journal_beside_the_target(
    tmp_path: Path, seed_dir: Path, journaled: None
):
    """`report` on a symbolic link to a large review looked for the journal beside the link, and left out every
    verdict still in the journal (beside the target, where the desk writes it), with exit 0."""
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)
    session.mark(ids[1], Verdict.DISPUTED)  # in the journal
    session.file.release()  # killed before any fold
    link = tmp_path / "shared" / "article.txt.review.yaml"
    link.parent.mkdir()
    link.symlink_to(session.path)
    claims = read_review_file(link)["claims"]
    assert [claims[claim_id]["verdict"] for claim_id in ids[:2]] == ["verified", "disputed"]


def test_a_colleague_joining_a_large_review_is_journaled_with_the_reviewers(
    tmp_path: Path, seed_dir: Path, journaled: None
):
    """The journal held no reviewers list: after a crash, the report showed a colleague's verdicts but not his
    name among the reviewers, and no later save added it back."""
    session = open_session(tmp_path, seed_dir)
    ids = [record.claim.id for record in session.ordered()]
    session.mark(ids[0], Verdict.VERIFIED)  # written whole, reviewers [j]
    session.close()
    article = tmp_path / "article.txt"
    colleague = ReviewSession.open(prepare_check(article, tmp_path / "store", dt.date(2024, 3, 25)), reviewer="ben")
    colleague.mark(ids[0], Verdict.VERIFIED)  # folds the journal: whole again
    colleague.mark(ids[1], Verdict.DISPUTED)
    assert journal_path_for(colleague.path).exists()
    assert read_review_file(colleague.path)["reviewers"] == ["j", "ben"]  # as a crash now would leave it
    colleague.close()
