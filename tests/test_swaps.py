"""A name swapped inside a sentence a source gives word for word is disputed; other wordings are not."""

from __future__ import annotations

from pathlib import Path

from factdesk.claims.check import check_claims
from factdesk.claims.extract import extract_claims
from factdesk.sources.index import StoreIndex
from factdesk.sources.store import load_store

STORE = """
sources:
  - id: history
    title: World Cup history
    publisher: Wire
    excerpts:
      - "Lionel Messi won the final at Lusail Stadium on Sunday as Argentina beat France."
      - "South Carolina Gov. Henry McMaster ordered the evacuation of the state's entire coastline from noon."
"""


def statement(tmp_path: Path, text: str) -> tuple[str, str]:
    (tmp_path / "s.yaml").write_text(STORE, encoding="utf-8")
    index = StoreIndex(load_store(tmp_path))
    claims = extract_claims(text)
    found = [(s.verdict.value, s.reason) for c, s in zip(claims, check_claims(claims, index, None), strict=True)
             if c.kind.value == "statement"]  # fmt: skip
    assert found, [c.kind.value for c in claims]
    return found[0]


def test_a_name_swapped_in_the_source_s_own_words_is_disputed(tmp_path: Path) -> None:
    text = "Lionel Messi won the final at Khalifa Stadium on Sunday as Argentina beat France.\n"
    verdict, reason = statement(tmp_path, text)
    assert verdict == "disputed" and "“Lusail”, where this says “Khalifa”" in reason


def test_the_source_s_own_sentence_is_verified(tmp_path: Path) -> None:
    text = "Lionel Messi won the final at Lusail Stadium on Sunday as Argentina beat France.\n"
    assert statement(tmp_path, text)[0] == "verified"


def test_a_word_written_short_is_no_swap(tmp_path: Path) -> None:
    text = "South Carolina Governor Henry McMaster ordered the evacuation of the state's entire coastline from noon.\n"
    assert statement(tmp_path, text)[0] == "verified"
