"""Figures of several periods side by side, and a figure found by its value alone (real store, real checker)."""

from __future__ import annotations

import datetime as dt

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

RELEASES = """
sources:
  - id: stats-2025-01-16
    title: Preliminary accounting of gross domestic product, 2024
    publisher: Norland Statistics Office
    date: 2025-01-16
    type: primary
    excerpts:
      - "GDP in 2024 increased by 2.6 percent. Quarterly, GDP grew by 1.9 percent year on year in the first
         quarter, 3.1 percent in the second quarter, 2.7 percent in the third quarter and 2.2 percent in the
         fourth quarter."
  - id: stats-2024-10-17
    title: The economy in the first three quarters of 2024
    publisher: Norland Statistics Office
    date: 2024-10-17
    type: primary
    excerpts:
      - "GDP grew by 2.7 percent year on year in the third quarter and 2.4 percent in the first three quarters."
  - id: nordco-2024-10-29
    title: Nordco announces third quarter 2024 results
    publisher: Nordco
    date: 2024-10-29
    type: primary
    excerpts:
      - "Consolidated revenues increased 8% year over year to $44.1 billion. Cloud revenues increased 21%."
  - id: nordco-2025-02-04
    title: Nordco announces fourth quarter and fiscal year 2024 results
    publisher: Nordco
    date: 2025-02-04
    type: primary
    excerpts:
      - "Revenues: Q4 2023 $41,213 million; Q4 2024 $45,870 million. Net income: Q4 2023 $6,418 million;
         Q4 2024 $7,302 million. Diluted EPS: Q4 2023 $1.17; Q4 2024 $1.33."
  - id: wire-2025-02-04
    title: Nordco beats revenue estimates
    publisher: Wire
    date: 2025-02-04
    type: secondary
    excerpts:
      - "Revenue: $45.87 billion vs. $45.10 billion expected by analysts. Earnings per share: $1.33."
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder = tmp_path_factory.mktemp("store")
    (folder / "releases.yaml").write_text(RELEASES, encoding="utf-8")
    return StoreIndex(load_store(folder))


def verdict_of(index: StoreIndex, sentence: str, written: str) -> tuple[str, str]:
    (claim,) = [c for c in extract_claims(sentence) if c.kind is ClaimKind.QUANTITY and c.text == written]
    suggestion = suggest(claim, index, dt.date(2025, 2, 5))
    return suggestion.verdict.value, suggestion.reason


@pytest.mark.parametrize(
    ("sentence", "written", "verdict", "reason"),
    [
        # the release's fourth-quarter figure stands where the sentence's does, not the third quarter's
        # of an older release
        (
            "Fourth-quarter growth slowed to 2.2% year on year from 2.7% in the third quarter, the office said.",
            "slowed to 2.2%",
            "verified",
            "2.2 percent",
        ),
        (
            "Fourth-quarter growth slowed to 2.4% year on year from 2.7% in the third quarter, the office said.",
            "slowed to 2.4%",
            "disputed",
            "2.2 percent",
        ),
        # a release titled for the third quarter gives that quarter's figures, not the full year's
        ("For the full year, Nordco's consolidated revenue rose 10% to $172.6 billion.", "rose 10%", "unsupported", ""),
        # where a change started went no way itself: "grew by 2.7 percent" does not contradict "slowed ... from"
        (
            "Fourth-quarter growth slowed to 2.2% year on year from 2.7% in the third quarter, the office said.",
            "2.7%",
            "verified",
            "2.7 percent",
        ),
    ],
)
def test_a_figure_against_the_same_period_of_a_release(index, sentence, written, verdict, reason) -> None:
    got, said = verdict_of(index, sentence, written)
    assert got == verdict, said
    assert reason in said


@pytest.mark.parametrize(
    ("sentence", "written", "verdict"),
    [
        # a year-ago figure the sentence's words do not lead to: the table gives it, so it is no contradiction
        ("Revenue rose 11% to $45.87 billion, from $41.21 billion a year earlier, beating estimates.", "$41.21 billion",
         "unsupported"),
        ("Net income rose to $7.30 billion, or $1.33 per share, from $6.42 billion, or $1.17 per share.", "$1.17",
         "unsupported"),
        # a figure the store gives nowhere is still disputed
        ("Revenue rose 11% to $45.87 billion, from $44.21 billion a year earlier, beating estimates.", "$44.21 billion",
         "disputed"),
    ],
)  # fmt: skip
def test_a_figure_the_store_gives_only_elsewhere_is_not_contradicted(index, sentence, written, verdict) -> None:
    got, said = verdict_of(index, sentence, written)
    assert got == verdict, said
