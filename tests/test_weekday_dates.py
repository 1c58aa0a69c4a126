"""A dated report that names a day by its weekday ("on Sunday", "today") dates the event it tells of.

Wire copy rarely writes out the date of the week's events: a report of Sunday 3 April 2022 says the
deputy speaker "on Sunday dismissed" the motion. A fact-checker reads that as April 3, 2022, and so an
article saying the motion was thrown out "on April 5" is contradicted by it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

STORE = """\
sources:
  - id: wire-2022-04-03
    title: Deputy speaker throws out no-confidence motion
    publisher: Wire
    date: 2022-04-03
    type: secondary
    excerpts:
      - "The deputy speaker on Sunday dismissed the no-confidence motion against the prime minister."
  - id: regulator-2020-12-02
    title: Regulator authorises first vaccine
    publisher: Medicines regulator
    date: 2020-12-02
    type: primary
    excerpts:
      - "The medicines regulator has today authorised the vaccine for use in the country."
  - id: palace-2024-01-02
    title: New Year greeting cancelled
    publisher: Palace
    date: 2024-01-02
    type: primary
    excerpts:
      - "The New Year greeting by the public scheduled for 2 January has been cancelled."
  - id: wire-2024-02-23
    title: Parliament to vote on accession
    publisher: Wire
    date: 2024-02-23
    type: secondary
    excerpts:
      - "Parliament will vote on Monday to ratify the accession treaty, the speaker said."
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "sources.yaml").write_text(STORE, encoding="utf-8")
    return folder


def _date_claims(cli, tmp_path: Path, store: Path, text: str, on: str) -> dict[str, dict]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = cli("check", article, "--sources", store, "--date", on, "--format", "json")
    assert result.status == 0, result.err
    return {claim["text"]: claim["suggestion"] for claim in json.loads(result.out) if claim["kind"] == "date"}


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "reason"),
    [
        (
            "The deputy speaker dismissed the no-confidence motion against the prime minister on April 5.",
            "April 5",
            "disputed",
            "wire-2022-04-03 dates it April 3, 2022 (Sunday), not April 5",
        ),
        (
            "The deputy speaker dismissed the no-confidence motion against the prime minister on April 3.",
            "April 3",
            "verified",
            "wire-2022-04-03",
        ),
    ],
)
def test_a_weekday_in_a_dated_report_dates_its_event(cli, tmp_path, store, sentence, written, verdict, reason):
    suggestion = _date_claims(cli, tmp_path, store, sentence + "\n", "2022-04-10")[written]
    assert suggestion["verdict"] == verdict
    assert reason in suggestion["reason"]


def test_today_in_a_release_is_the_day_it_was_issued(cli, tmp_path, store):
    text = "The medicines regulator authorised the vaccine for use in the country on Dec. 3.\n"
    suggestion = _date_claims(cli, tmp_path, store, text, "2020-12-08")["Dec. 3"]
    assert suggestion["verdict"] == "disputed"
    assert "December 2, 2020 (today)" in suggestion["reason"]


def test_a_release_s_today_says_nothing_of_a_day_weeks_away(cli, tmp_path, store):
    """The regulator's "today" (December 2) dates its own news, not an inspection three weeks before."""
    text = "The medicines regulator inspected the vaccine plant on Nov. 10 before it authorised the vaccine.\n"
    suggestion = _date_claims(cli, tmp_path, store, text, "2020-12-08")["Nov. 10"]
    assert suggestion["verdict"] != "disputed", suggestion["reason"]


def test_a_weekday_the_report_looks_ahead_to_is_in_the_week_after(cli, tmp_path, store):
    """ "will vote on Monday" in a report of Friday 23 February 2024 is Monday 26 February."""
    text = "Parliament voted to ratify the accession treaty on Feb. 26.\n"
    suggestion = _date_claims(cli, tmp_path, store, text, "2024-03-01")["Feb. 26"]
    assert suggestion["verdict"] == "verified"


def test_a_plan_for_the_report_s_own_weekday_is_that_day(cli, tmp_path, store):
    """ "scheduled for Tuesday" in a report of Tuesday 2 January 2024 is that Tuesday, not the next."""
    text = "The palace cancelled the New Year greeting by the public, which had been scheduled for Tuesday.\n"
    suggestion = _date_claims(cli, tmp_path, store, text, "2024-01-02")["Tuesday"]
    assert suggestion["verdict"] == "verified", suggestion["reason"]


def test_a_weekday_says_nothing_about_a_year_written_alone(cli, tmp_path, store):
    """The report's "on Sunday" is of 2022; the prime minister's term that began in 2018 is another time."""
    text = "The deputy speaker dismissed the no-confidence motion against the prime minister, in office since 2018.\n"
    suggestion = _date_claims(cli, tmp_path, store, text, "2022-04-10")["2018"]
    assert suggestion["verdict"] != "disputed"


RULINGS = """\
votes:
  - id: top-court-ruling
    body: Supreme Court of the United Kingdom
    date: 2023-11-15
    measure: Ruling that the offshore detention policy is unlawful (minister's appeal dismissed)
    outcome: adopted
    tally: {for: 5, against: 0}
  - id: appeal-court-ruling
    body: Court of Appeal
    date: 2023-06-29
    measure: Ruling that the offshore detention policy is unlawful
    outcome: adopted
    tally: {for: 2, against: 1}
"""


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        ("The Supreme Court ruled on Wednesday that the detention policy was unlawful.", "verified", "top-court"),
        (
            "The Supreme Court ruled on Tuesday that the detention policy was unlawful.",
            "disputed",
            "is of Wednesday, November 15, 2023, not Tuesday, November 14, 2023",
        ),
        # the weekday of another clause, or a decision the record is not of, is not the record's day
        ("The Supreme Court, which ruled on the policy, will sit again on Tuesday.", "unsupported", ""),
        ("The Supreme Court ruled on Tuesday that the tax rise was lawful.", "unsupported", ""),
        # the day the ruling was reported, not given: "said on Thursday"
        (
            "The Supreme Court ruled that the detention policy was unlawful, the court's registrar said on Thursday.",
            "unsupported",
            "",
        ),
        (
            "The registrar said the Supreme Court ruled on Tuesday that the detention policy was unlawful.",
            "disputed",
            "is of Wednesday",
        ),
    ],
)
def test_a_weekday_against_the_day_of_the_week_s_one_record_of_it(cli, tmp_path, sentence, verdict, reason):
    """Sources seldom write out the day a court ruled; the store's vote record gives it."""
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "votes.yaml").write_text(RULINGS, encoding="utf-8")
    suggestion = next(iter(_date_claims(cli, tmp_path, folder, sentence + "\n", "2023-11-16").values()))
    assert suggestion["verdict"] == verdict, suggestion["reason"]
    assert reason in suggestion["reason"]
