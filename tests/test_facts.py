"""Review by fact: a name and the title its sentence gives it are one fact, one keystroke for a misspelling."""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.desk import prepare_check
from factdesk.claims.facts import fact_marks, fact_partners
from factdesk.claims.model import Suggestion, Verdict
from factdesk.claims.review import ReviewSession
from factdesk.tui.widgets.claims_table import ClaimsTable

from tests.app_helpers import SEED_DATE, desk, make_app, saved, workspace


def _id(records, text: str) -> str:
    return next(claim_id for claim_id, r in records.items() if r.claim.text == text)


def test_a_name_and_its_title_in_one_sentence_are_one_fact(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    session = ReviewSession.open(prepare_check(article, store, SEED_DATE), reviewer="Ana")
    records = session.records
    name, title = _id(records, "Tzaji Hanegbi"), _id(records, "Tzaji Hanegbi is National Security Advisor")
    assert fact_partners(records, name) == [title] and fact_partners(records, title) == [name]
    assert fact_partners(records, _id(records, "Ron Dermer")) == [
        _id(records, "Ron Dermer is Minister of Strategic Affairs")
    ]
    assert fact_marks(records, name, Verdict.DISPUTED) == {title: Verdict.DISPUTED}
    # a title the checker finds wrong is not verified along with a rightly spelt name
    records[title].suggestion = Suggestion(Verdict.DISPUTED, 80, "another title that day")
    assert fact_marks(records, name, Verdict.VERIFIED) == {}
    session.close()


async def test_one_key_marks_a_misspelt_name_and_its_title(tmp_path: Path, seed_dir: Path):
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        records = screen.session.records
        name, title = _id(records, "Tzaji Hanegbi"), _id(records, "Tzaji Hanegbi is National Security Advisor")
        dermer = _id(records, "Ron Dermer is Minister of Strategic Affairs")
        screen.query_one(ClaimsTable).go_to(title)
        await pilot.press("d")
        on_disk = saved(review)
        assert on_disk[title]["verdict"] == "disputed" and on_disk[name]["verdict"] == "disputed"
        assert screen.query_one(ClaimsTable).current_id == dermer  # the fact is done: on to the next one
        table = screen.query_one(ClaimsTable)
        assert str(table.get_cell(name, "kind")) == "└ person"  # under its sentence's first claim
        first = table.ids()[0]
        assert str(table.get_cell(first, "kind")) == "statement"


async def test_one_undo_takes_back_what_one_key_did_to_a_fact(tmp_path: Path, seed_dir: Path):
    """`d` on a name disputed its title too, but one ctrl+z took back only the title: the name the reviewer
    pressed `d` on stayed disputed, and went into the corrections."""
    article, store = workspace(tmp_path, seed_dir)
    review = tmp_path / "r.review.yaml"
    async with make_app(article, store, review).run_test(size=(160, 45)) as pilot:
        screen = await desk(pilot)
        records = screen.session.records
        name, title = _id(records, "Tzaji Hanegbi"), _id(records, "Tzaji Hanegbi is National Security Advisor")
        table = screen.query_one(ClaimsTable)
        table.go_to(name)
        await pilot.press("d", "ctrl+z")
        await pilot.pause()
        assert records[name].mark.verdict is Verdict.UNREVIEWED and records[title].mark.verdict is Verdict.UNREVIEWED
        assert table.current_id == name  # back on the claim the key was pressed on
        assert "✘" not in str(table.get_cell(title, "mark"))  # the title's row shows the undo too
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert records[name].mark.verdict is Verdict.DISPUTED and records[title].mark.verdict is Verdict.DISPUTED
    on_disk = saved(review)
    assert on_disk[name]["verdict"] == "disputed" and on_disk[title]["verdict"] == "disputed"
