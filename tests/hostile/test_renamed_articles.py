"""An article renamed since it was reviewed (draft.txt -> final.txt) keeps its review within reach.

The review is named after the article (`draft.txt.review.yaml`). After a rename, `factdesk review
final.txt` started an empty review without a word, and after a rename and an edit the old review
could not be opened at all, not even with --review: it "belonged to another article" whose file no
longer existed. Every verdict and note was on disk, out of the reviewer's reach.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Verdict
from factdesk.claims.review import ReviewError, ReviewSession, read_review_file

from tests.app_helpers import desk, make_app, workspace

SEED_DATE = dt.date(2024, 3, 25)
pytestmark = pytest.mark.anyio


@pytest.fixture
def reviewed(tmp_path: Path, seed_dir: Path) -> tuple[Path, Path, Path, str]:
    """(article, store, review, claim id): a review with a verdict and a note, its article then renamed."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    claim_id = next(record.claim.id for record in session.ordered() if record.claim.text == "Joe Biden")
    session.mark(claim_id, Verdict.VERIFIED)
    session.set_note(claim_id, "Ana: checked against the cabinet list")
    session.close()
    final = article.rename(tmp_path / "final.txt")
    return final, store, session.path, claim_id


def test_a_renamed_and_edited_article_opens_with_its_old_review(reviewed):
    article, store, review, claim_id = reviewed
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Tzaji Hanegbi", "Tzachi Hanegbi"), encoding="utf-8")  # the editor's fix
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    try:
        record = session.records[claim_id]
        assert record.mark.verdict is Verdict.VERIFIED and not record.orphaned
        assert record.mark.note == "Ana: checked against the cabinet list"
    finally:
        session.close()


def test_another_articles_review_is_still_refused(reviewed, tmp_path: Path):
    _article, store, review, _claim_id = reviewed
    other = tmp_path / "other.txt"
    other.write_text("The mayor, Ana Ortiz, opened the bridge on Monday. It cost 4 million euros.\n", encoding="utf-8")
    with pytest.raises(ReviewError, match="belongs to another article"):
        ReviewSession.open(prepare_check(other, store, SEED_DATE), review, reviewer="ana")


@pytest.mark.parametrize("others", [0, 250], ids=["alone", "among-250-reviewed-articles"])
async def test_the_desk_says_where_the_review_of_a_renamed_article_is(reviewed, others: int):
    """In a newsroom's folder of many reviewed articles whose reviews sort before the old one (200 of them used
    up the names looked at), the renamed article opened as a fresh review without a word."""
    article, store, review, _claim_id = reviewed
    for number in range(others):
        (article.parent / f"a-{number:03}.txt").write_text("Another story.\n", encoding="utf-8")
        (article.parent / f"a-{number:03}.txt.review.yaml").write_text("{}\n", encoding="utf-8")
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        messages = [note.message for note in pilot.app._notifications]
        assert any(str(review) in message and "--review" in message for message in messages), messages
    assert not (article.parent / "final.txt.review.yaml").exists()  # nothing marked: no second review begun


def _edit(article: Path) -> None:
    """The editor's fixes: a name respelled, and a word changed in a sentence that also holds a figure."""
    text = article.read_text(encoding="utf-8")
    text = text.replace("Tzaji Hanegbi", "Tzachi Hanegbi").replace("two of his closest", "three of his closest")
    article.write_text(text, encoding="utf-8")


async def test_a_renamed_and_edited_article_opened_without_review_points_to_its_old_review(reviewed):
    article, store, review, _claim_id = reviewed
    _edit(article)
    app = make_app(article, store)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        messages = [note.message for note in pilot.app._notifications]
        assert any(str(review) in message and "--review" in message for message in messages), messages
        await pilot.press("q")
    # said again on the terminal once the desk is closed, where a toast cannot be missed
    assert any(str(review) in line and "--review" in line for line in app.leaving_messages())


def test_a_figure_whose_sentence_was_edited_keeps_its_verdict_and_changed_claims_are_kept_orphaned(reviewed):
    article, store, review, _claim_id = reviewed
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    by_text = {record.claim.text: record.claim.id for record in session.ordered()}
    for text in ("almost six months", "two", "Tzaji Hanegbi"):
        session.mark(by_text[text], Verdict.DISPUTED)
        session.set_note(by_text[text], f"note on {text}")
    session.close()
    _edit(article)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    try:
        records = {(record.claim.text, record.orphaned): record for record in session.ordered()}
        months = records[("almost six months", False)]  # the same words; only its sentence changed
        assert months.mark.verdict is Verdict.DISPUTED and months.mark.note == "note on almost six months"
        assert ("almost six months", True) not in records
        for text in ("two", "Tzaji Hanegbi"):  # no longer in the article: kept, with verdict and note
            gone = records[(text, True)]
            assert gone.mark.verdict is Verdict.DISPUTED and gone.mark.note == f"note on {text}"
        assert records[("three", False)].mark.verdict is Verdict.UNREVIEWED
        session.mark(records[("three", False)].claim.id, Verdict.VERIFIED)
    finally:
        session.close()
    notes = {entry.get("note") for entry in read_review_file(review)["claims"].values()}
    assert {"note on almost six months", "note on two", "note on Tzaji Hanegbi"} <= notes


async def test_the_old_review_is_pointed_to_again_after_a_new_one_was_begun(reviewed):
    """The pointer to the old review appeared once: a verdict given in that first session began a review under
    the new name, and from then on the old review, with every earlier verdict and note, was never mentioned."""
    article, store, review, _claim_id = reviewed
    async with make_app(article, store).run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("v")  # a review under the new name begins
        await pilot.press("q")
    assert (article.parent / "final.txt.review.yaml").exists()
    app = make_app(article, store)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        messages = [note.message for note in pilot.app._notifications]
        assert any(str(review) in message and "--review" in message for message in messages), messages
        await pilot.press("q")
    assert any(str(review) in line and "--review" in line for line in app.leaving_messages())


async def test_an_old_review_with_nothing_in_it_is_not_pointed_to(reviewed):
    article, store, review, _claim_id = reviewed
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), review, reviewer="ana")
    for record in session.ordered():  # every verdict and note taken back: nothing to go on with there
        session.mark(record.claim.id, Verdict.UNREVIEWED)
        session.set_note(record.claim.id, "")
    session.close()
    app = make_app(article, store)
    async with app.run_test(size=(160, 45)) as pilot:
        await desk(pilot)
        await pilot.press("q")
    assert not any(str(review) in line for line in app.leaving_messages())


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_the_same_article_opened_under_another_name_points_to_its_review(tmp_path: Path, seed_dir: Path, link: str):
    """`latest.txt -> story.txt` (or a hard link): a second, empty review began with no word of the first, and
    two desks could mark one article at once."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="ana")
    session.mark(session.ordered()[0].claim.id, Verdict.VERIFIED)
    session.close()
    alias = tmp_path / "latest.txt"
    if link == "symbolic":
        alias.symlink_to(article)
    else:
        alias.hardlink_to(article)
    other = ReviewSession.open(prepare_check(alias, store, SEED_DATE), reviewer="ben")
    try:
        assert other.renamed_review == session.path
    finally:
        other.close()
