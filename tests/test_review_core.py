"""The review core in parts: the state alone, the file alone, and what carries over when the article is edited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from factdesk.claims.desk import prepare_check
from factdesk.claims.model import Claim, ClaimKind, Mark, ReviewedClaim, Verdict
from factdesk.claims.review import ReviewSession, read_review_file
from factdesk.claims.review_file import ReviewFile
from factdesk.claims.review_state import ReviewState, count_records

from tests.app_helpers import workspace

ON = dt.date(2024, 3, 25)


def _claim(claim_id: str, start: int) -> Claim:
    return Claim(claim_id, ClaimKind.STATEMENT, f"claim {claim_id}", start, start + 5, f"Sentence {claim_id}.")


def _clock() -> str:
    return "2024-03-25T12:00:00Z"


def test_the_state_marks_undoes_and_counts_without_touching_a_file(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    records = [ReviewedClaim(_claim("a", 0), None), ReviewedClaim(_claim("b", 10), None)]
    gone = ReviewedClaim(_claim("c", 20), None, Mark(Verdict.DISPUTED), orphaned=True)
    state = ReviewState([*records, gone], "ana", _clock)
    state.mark("a", Verdict.DISPUTED)
    state.mark("b", Verdict.VERIFIED)
    assert state.undo() == "b" and state.records["b"].mark.verdict is Verdict.UNREVIEWED
    assert state.redo() == "b"
    state.mark("c", Verdict.VERIFIED)  # an orphaned claim can still be marked: counted apart all the same
    counts = state.counts()
    # The orphaned claim's "disputed" is not a disputed claim of the article: it is counted apart.
    assert counts.verdicts[Verdict.DISPUTED] == 1 and counts.orphaned == 1 and counts.total == 2
    assert state.tally()[Verdict.DISPUTED] == 1
    assert counts == count_records(state.records.values())
    assert state.pending == {"a", "b", "c"} and [change.field for change in state.history] == ["verdict"] * 5
    assert list(tmp_path.iterdir()) == []


def test_an_orphaned_disputed_claim_is_not_counted_as_disputed(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    hanegbi = next(r for r in session.ordered() if r.claim.text == "Tzaji Hanegbi")
    session.mark(hanegbi.claim.id, Verdict.DISPUTED)
    before = session.tally()[Verdict.DISPUTED]
    session.close()
    article.write_text(article.read_text(encoding="utf-8").replace("Tzaji Hanegbi", "the adviser"), encoding="utf-8")
    again = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    assert again.records[hanegbi.claim.id].orphaned
    assert again.tally()[Verdict.DISPUTED] == before - 1
    assert again.counts().orphaned >= 1
    again.close()


def test_the_file_reads_locks_and_writes_a_state(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    first = session.ordered()[0].claim.id
    session.mark(first, Verdict.VERIFIED)
    session.close()
    review = ReviewFile.open(session.path)
    try:
        assert review.lock.held and review.document is not None
        assert review.document.claims[first].mark.verdict is Verdict.VERIFIED
    finally:
        review.release()
    assert not review.lock.held


REPEATED = (
    "Yoav Gallant said the army had 3 brigades ready.\n\n"
    "The cabinet met again on Tuesday in Jerusalem.\n\n"
    "Yoav Gallant said the army had 3 brigades ready.\n\n"
    "The minister left at noon.\n"
)


def test_deleting_the_first_of_a_repeated_claim_does_not_move_its_verdict_to_the_second(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir, REPEATED)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    brigades = [r.claim.id for r in session.ordered() if r.claim.text == "3 brigades"]
    assert len(brigades) == 2 and brigades[1] == brigades[0] + "-2"
    session.mark(brigades[0], Verdict.DISPUTED)
    session.set_note(brigades[0], "the first mention was wrong")
    session.close()
    article.write_text(REPEATED.split("\n\n", 1)[1], encoding="utf-8")  # the first paragraph deleted
    again = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    survivor = again.records[brigades[0]]
    assert not survivor.orphaned and survivor.mark == Mark()  # the second occurrence was never reviewed
    kept = [r for r in again.ordered() if r.orphaned and r.mark.note == "the first mention was wrong"]
    assert len(kept) == 1 and kept[0].mark.verdict is Verdict.DISPUTED  # kept, shown as orphaned
    again.close()
    reopened = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")  # and stable after
    assert reopened.records[brigades[0]].mark == Mark()
    reopened.close()


def test_deleting_the_second_of_a_repeated_claim_keeps_the_first_verdict(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir, REPEATED)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    brigades = [r.claim.id for r in session.ordered() if r.claim.text == "3 brigades"]
    session.mark(brigades[0], Verdict.VERIFIED)
    session.close()
    article.write_text(REPEATED.rsplit("Yoav Gallant", 1)[0] + "The minister left at noon.\n", encoding="utf-8")
    again = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    assert again.records[brigades[0]].mark.verdict is Verdict.VERIFIED
    again.close()


def test_an_added_claim_follows_its_words_when_the_article_is_edited(tmp_path: Path, seed_dir: Path):
    text = "The council met on Monday.\n\nThe mayor promised 40 new buses before the election.\n"
    article, store = workspace(tmp_path, seed_dir, text)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    start = text.index("40 new buses")
    added = session.add_claim(ClaimKind.QUANTITY, "40 new buses", start, start + len("40 new buses"))
    session.mark(added.claim.id, Verdict.VERIFIED)
    session.close()
    edited = "A late addition opens the story.\n\n" + text
    article.write_text(edited, encoding="utf-8")
    again = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    record = again.records[added.claim.id]
    assert not record.orphaned and edited[record.claim.start : record.claim.end] == "40 new buses"
    assert record.mark.verdict is Verdict.VERIFIED
    again.close()
    article.write_text(edited.replace("40 new buses", "some buses"), encoding="utf-8")
    third = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    record = third.records[added.claim.id]
    assert record.orphaned and record.added and record.mark.verdict is Verdict.VERIFIED  # kept, never dropped
    assert third.tally()[Verdict.VERIFIED] == 0
    third.close()


@pytest.mark.parametrize(
    ("reworded", "stays"),
    [
        ("Later the mayor met the council and the unions.", True),
        ("Later on, the mayor met the council and the unions once more.", True),
        ("After a long delay the city's mayor met the council and some of the unions' leaders.", False),
    ],
    ids=["unchanged", "a-word-or-two-changed", "rewritten"],
)
def test_an_added_claim_stays_in_its_sentence_when_its_words_are_also_elsewhere(
    tmp_path: Path, seed_dir: Path, reworded: str, stays: bool
):
    """A paragraph put above the story sent an added claim, with its verdict and note, to the other place its
    words stand: the nearer one to its old offset, in another sentence; so did a word changed in its own
    sentence. Where no place of its words is in a sentence like its own, it is orphaned, never moved."""
    text = (
        "The mayor met the council and the press on Monday.\n\n"
        + "Filler words. " * 20
        + ("\n\nLater the mayor met the council and the unions.\n")
    )
    article, store = workspace(tmp_path, seed_dir, text)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    start = text.rindex("the council and")
    added = session.add_claim(ClaimKind.STATEMENT, "the council and", start, start + len("the council and"))
    session.mark(added.claim.id, Verdict.DISPUTED)
    session.close()
    edited = (
        "An editor's note put above the story, "
        + "long enough to move every offset a great deal. " * 6
        + ("\n\n" + text.replace("Later the mayor met the council and the unions.", reworded))
    )
    article.write_text(edited, encoding="utf-8")
    again = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    record = again.records[added.claim.id]
    assert record.mark.verdict is Verdict.DISPUTED
    if stays:
        assert not record.orphaned and record.claim.sentence == reworded
    else:
        assert record.orphaned
    again.close()


def test_an_added_claim_orphaned_stays_orphaned_until_its_words_come_back(tmp_path: Path, seed_dir: Path):
    """Orphaned on one open, the added claim was back "in the article" on the next (the article unchanged since),
    over whatever text was at its old offsets, counted and listed among the corrections."""
    text = "The council met on Monday.\n\nThe mayor promised 40 new buses before the election.\n"
    article, store = workspace(tmp_path, seed_dir, text)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    start = text.index("40 new buses")
    added = session.add_claim(ClaimKind.QUANTITY, "40 new buses", start, start + len("40 new buses"))
    session.mark(added.claim.id, Verdict.DISPUTED)
    session.close()
    article.write_text(text.replace("40 new buses", "some buses"), encoding="utf-8")
    for _ in range(2):  # the first open orphans it; the second, of the same article, must too
        again = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
        assert again.records[added.claim.id].orphaned and again.tally()[Verdict.DISPUTED] == 0
        again.mark(added.claim.id, Verdict.DISPUTED)  # any save: the file rewritten
        again.close()


def test_added_claims_get_the_fields_of_their_kind(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    typed = {
        ClaimKind.ROLE: "Yoav Gallant is Defense Minister",
        ClaimKind.QUANTITY: "14 votes in favour",
        ClaimKind.DATE: "March 25, 2024",
        ClaimKind.VOTE: "The Security Council adopted resolution 2728",
    }
    ids = {kind: session.add_claim(kind, text, 0, 0).claim.id for kind, text in typed.items()}
    session.close()
    claims = read_review_file(session.path)["claims"]
    role = claims[ids[ClaimKind.ROLE]]["fields"]
    assert role["person"] == "Yoav Gallant" and role["role"] == "Defense Minister"
    assert claims[ids[ClaimKind.QUANTITY]]["fields"]["value"] == 14
    assert claims[ids[ClaimKind.DATE]]["fields"]["date"] == "2024-03-25"
    vote = claims[ids[ClaimKind.VOTE]]["fields"]
    assert "text" not in vote and set(vote) <= {"actor", "position", "body", "measure", "outcome", "tally"}
    for entry in claims.values():
        assert "text" not in entry["fields"]


def test_an_added_claim_on_the_second_place_of_its_words_in_one_sentence_stays_there(tmp_path: Path, seed_dir: Path):
    """Marked on the second "40 buses" of a sentence, the claim went to the first when a line was put above the
    story (the nearer to its old offset): the verdict and note were on words the reviewer never marked."""
    text = "The mayor met the council on Monday.\n\nShe said 40 buses were ordered and 40 buses were delivered.\n"
    article, store = workspace(tmp_path, seed_dir, text)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    start = text.rindex("40 buses")
    added = session.add_claim(ClaimKind.QUANTITY, "40 buses", start, start + len("40 buses"))
    session.mark(added.claim.id, Verdict.DISPUTED)
    session.close()
    edited = "Editor's note: updated.\n\n" + text
    article.write_text(edited, encoding="utf-8")
    again = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    record = again.records[added.claim.id]
    assert not record.orphaned and record.claim.start == edited.rindex("40 buses")
    again.close()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("    $ curl https://example.org/minutes", "    $ curl https://example.org/minutes"),
     ("\n\n  | vote | 14 |\n  | abstain | 1 |  \n\n", "  | vote | 14 |\n  | abstain | 1 |  "), ("   \n ", "")],
    ids=["indented", "a-table-between-blank-lines", "only-whitespace"],
)  # fmt: skip
def test_a_note_keeps_its_indentation_and_loses_only_blank_lines_around_it(
    tmp_path: Path, seed_dir: Path, typed: str, kept: str
):
    """The note was saved stripped: a pasted shell line or a quoted table lost the first line's indentation."""
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, ON), reviewer="ana")
    claim_id = session.ordered()[0].claim.id
    session.mark(claim_id, Verdict.VERIFIED)
    session.set_note(claim_id, typed)
    session.close()
    assert (read_review_file(session.path)["claims"][claim_id].get("note") or "") == kept
