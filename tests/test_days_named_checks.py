"""A weekday or a month written alone is checked as the day or month the article's date makes it.

"The earthquake struck late on Friday" in a report of Sunday 10 September 2023 says September 8; a
source giving "8 September 2023" for the quake bears it out, and one giving it for the quake contradicts
"late on Thursday". Such a date is a guess about which week or year is meant, so only a source's date of
the same week (or the same year's months), standing where the claim's does by what happened, contradicts it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

STORE = """\
sources:
  - id: usgs-quake
    title: M 6.8 earthquake in the High Atlas
    publisher: USGS
    type: primary
    date: 2023-09-09
    excerpts:
      - "The earthquake struck at 23:11 local time on 8 September 2023 in the High Atlas mountains."
  - id: union-president
    title: New union president sworn in
    publisher: Union
    type: primary
    date: 2023-03-27
    excerpts:
      - "Shawn Fain took office as union president on March 26, 2023, after winning a runoff election."
  - id: earlier-board
    title: Board of the union
    publisher: Union
    type: primary
    date: 2019-11-02
    excerpts:
      - "The board met in June 2019 and elected a new treasurer."
  - id: bank-history
    title: History of the policy rate
    publisher: Central bank
    type: primary
    date: 2024-03-01
    excerpts:
      - "The central bank last raised its policy rate in February 2007."
  - id: markets-wire
    title: Lender's shares plunge
    publisher: Wire
    type: secondary
    date: 2023-03-10
    excerpts:
      - "Shares of Harbour Financial Group plunged 60% on Thursday and trading was halted."
  - id: climate-service
    title: Global climate highlights
    publisher: Climate service
    type: primary
    date: 2024-01-09
    excerpts:
      - "Each month from June to December in 2023 was warmer than that month in any previous year.
        July and August 2023 were the warmest two months on record."
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "sources.yaml").write_text(STORE, encoding="utf-8")
    return folder


def _date_verdicts(cli, tmp_path: Path, store: Path, text: str, *dated: str) -> dict[str, tuple[str, str]]:
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    result = cli("check", article, "--sources", store, *dated, "--format", "json")
    assert result.status == 0, result.err
    return {
        claim["text"]: (claim["suggestion"]["verdict"], claim["suggestion"]["reason"])
        for claim in json.loads(result.out)
        if claim["kind"] == "date"
    }


@pytest.mark.parametrize(
    ("sentence", "on", "written", "verdict", "reason"),
    [
        (
            "The earthquake struck late on Friday in the High Atlas mountains.",
            "2023-09-10",
            "Friday",
            "verified",
            "usgs-quake",
        ),
        (
            "The earthquake struck late on Thursday in the High Atlas mountains.",
            "2023-09-10",
            "Thursday",
            "disputed",
            "usgs-quake dates it September 8, 2023 (8 September 2023), not September 7, 2023",
        ),
        ("Shawn Fain took office as union president in March.", "2023-09-15", "March", "verified", "union-president"),
        (
            "Shawn Fain took office as union president in January.",
            "2023-09-15",
            "January",
            "disputed",
            "union-president dates it March 2023 (March 26, 2023), not January 2023",
        ),
        # the article's year guessed for "in June": a source's June of another year says nothing of it
        ("The board met in June and elected a new treasurer.", "2023-09-15", "June", "unsupported", ""),
        # a month the source writes in its place, though not as a date: not the source's other month
        ("Each month from June to December was warmer than any year's.", "2024-01-10", "June", "unsupported", ""),
        # a day of the report's week is not the month of an old decision
        ("The central bank raised its policy rate on Tuesday.", "2024-03-20", "Tuesday", "unsupported", ""),
        # the same company, another event: "said on Wednesday" is not "plunged on Thursday"
        (
            "On Wednesday, Harbour Financial Group said it had sold securities.",
            "2023-03-10",
            "Wednesday",
            "unsupported",
            "",
        ),
    ],
)
def test_a_weekday_or_a_month_alone_is_checked_as_the_article_dates_it(
    cli, tmp_path, store, sentence, on, written, verdict, reason
):
    found, why = _date_verdicts(cli, tmp_path, store, sentence, "--date", on)[written]
    assert found == verdict, why
    assert reason in why


def test_a_weekday_that_looks_ahead_is_of_the_next_week(cli, tmp_path, store):
    # a report of Wednesday 6 September 2023: "could strike as early as Friday" is September 8
    verdicts = _date_verdicts(
        cli,
        tmp_path,
        store,
        "The earthquake could strike as early as Friday in the High Atlas mountains.",
        "--date",
        "2023-09-06",
    )
    assert verdicts["Friday"][0] == "verified"


def test_without_the_articles_date_a_weekday_says_what_it_needs(cli, tmp_path, store):
    verdicts = _date_verdicts(cli, tmp_path, store, "The earthquake struck late on Friday in the High Atlas mountains.")
    assert verdicts["Friday"] == ("unsupported", "a weekday or a month alone: the article's date says which")
