"""A figure that went the other way: the same number with 'rose' against the source's 'fell' is disputed."""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.check import check_claims
from factdesk.claims.extract import extract_claims
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store

STORE = """
sources:
  - id: market-wrap
    title: Shares after results
    publisher: Wire
    excerpts:
      - "Nvidia shares fell about 7% in extended trading after the results."
"""


def suggestions(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    (tmp_path / "s.yaml").write_text(STORE, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    claims = extract_claims(text)
    return [(c.text, s.verdict.value, s.reason) for c, s in zip(claims, check_claims(claims, index, None), strict=True)]


def test_the_same_figure_the_other_way_is_disputed(tmp_path: Path) -> None:
    found = {
        text: (verdict, reason)
        for text, verdict, reason in suggestions(
            tmp_path, "Nvidia shares rose about 7% in extended trading after the results."
        )
    }
    verdict, reason = found["about 7%"]
    assert verdict == "disputed" and "fell" in reason


def test_the_same_way_is_verified(tmp_path: Path) -> None:
    found = {
        text: verdict
        for text, verdict, _ in suggestions(
            tmp_path, "Nvidia shares fell about 7% in extended trading after the results."
        )
    }
    assert found["about 7%"] == "verified"


def test_the_press_s_phrases_for_a_market_s_close_have_a_direction() -> None:
    from factdesk.claims.check.figures import opposite_direction

    assert opposite_direction("Shares closed up 0.6%.", "Shares closed down 0.6% on the day.") == (
        "closed up",
        "closed down",
    )
    assert opposite_direction("The yen strengthened past 150.", "The yen weakened past 150.") == (
        "strengthened",
        "weakened",
    )
    # "up" alone says nothing: "set up 3 funds" is no rise
    assert opposite_direction("They set up 3 funds.", "Shares closed down 3%.") is None
