"""The planted-error benchmark: each planter makes the error it promises, and a planted error is caught."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from factdesk.sources import load_store
from rapidfuzz.distance import Levenshtein

from tests.conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("planting", ROOT / "benchmarks" / "accuracy" / "planting.py")
assert _SPEC is not None and _SPEC.loader is not None
planting = importlib.util.module_from_spec(_SPEC)
sys.modules["planting"] = planting  # dataclasses look their module up while the class is made
_SPEC.loader.exec_module(planting)

DAY = dt.date(2024, 3, 25)
VOTE_STORE = """
sources:
  - id: council-press
    title: Council adopts resolution 9999
    publisher: Council
    excerpts:
      - The Council adopted resolution 9999 by a vote of 14 in favour to none against, with 1 abstention (Ruritania).
      - The fund will pay out $12 billion over nearly 6,000 projects.
people:
  - name: Yoav Gallant
    roles:
      - {title: Defense Minister, org: Israel, from: 2022-12-29, until: 2024-11-07}
votes:
  - id: council-9999
    body: Security Council
    date: 2024-03-25
    measure: Resolution 9999 on the water fund
    outcome: adopted
    tally: {for: 14, against: 0, abstain: 1}
    positions: {Ruritania: abstain}
    source: council-press
"""
ARTICLE = (
    "The Security Council adopted resolution 9999 on the water fund 14-0 on Monday. Ruritania abstained.\n"
    "Israeli Defense Minister Yoav Gallant welcomed the fund, which will pay out $12 billion over nearly "
    "6,000 projects.\n"
)


@pytest.fixture
def vote_store(tmp_path: Path) -> Path:
    (tmp_path / "facts.yaml").write_text(VOTE_STORE, encoding="utf-8")
    return tmp_path


def variants_of(kind: str, store_dir: Path, text: str = ARTICLE) -> list:
    return [v for v in planting.plant_all("t", text, load_store(store_dir), DAY) if v.kind == kind]


@pytest.mark.parametrize("name", ["Tzachi Hanegbi", "Yoav Gallant", "Ngozi Okonjo-Iweala", "Recep Tayyip Erdoğan"])
def test_a_misspelled_name_is_one_or_two_letters_off_and_always_the_same(name: str):
    slips = planting.misspellings(name, "seed")
    assert {how for how, _ in slips} >= {"substitution", "transposition", "dropped letter", "doubled letter"}
    for _how, wrong in slips:
        assert wrong != name
        assert 1 <= Levenshtein.distance(wrong, name) <= 2
    assert slips == planting.misspellings(name, "seed")


def test_transliteration_writes_the_same_sound_another_way():
    (wrong,) = [wrong for how, wrong in planting.misspellings("Tzachi Hanegbi", "seed") if how == "transliteration"]
    right = "tzachi hanegbi"
    assert any(wrong.lower() == right.replace(old, new, 1) for old, new in planting.TRANSLITERATIONS)


@pytest.mark.parametrize(
    ("written", "swapped"),
    [
        ("Deputy Prime Minister", "Prime Minister"),
        ("Prime Minister", "President"),
        ("House Minority Leader", "House Majority Leader"),
        ("Foreign Minister", "Defense Minister"),
        ("defense minister", "foreign minister"),
    ],
)
def test_a_title_is_swapped_for_another_real_title(written: str, swapped: str):
    assert swapped in planting.title_swaps(written, [], planting._seeded("t"))


def test_an_outcome_flip_writes_rejected_for_adopted(vote_store: Path):
    (variant,) = variants_of("vote-outcome", vote_store)
    assert variant.original == "adopted" and variant.planted == "rejected"
    assert "The Security Council rejected resolution 9999" in variant.text
    assert variant.text[variant.start : variant.end] == "rejected"


def test_a_position_flip_changes_abstained(vote_store: Path):
    planted = {v.planted for v in variants_of("vote-position", vote_store)}
    assert planted == {"voted against", "voted in favour"}


def test_a_tally_change_moves_one_vote_and_can_contradict_the_outcome(vote_store: Path):
    planted = {v.planted for v in variants_of("vote-tally", vote_store)}
    assert planted == {"13-1", "15-0", "0-14"}


def test_figures_are_changed_a_little_in_their_digits_and_in_scale(vote_store: Path):
    planted = {v.planted for v in variants_of("figure", vote_store)}
    assert "12 million" in planted and planted & {"4,000", "8,000"}
    assert all(v.numeric for v in variants_of("figure", vote_store))


def test_a_date_the_store_records_is_changed_in_its_day_month_or_year(tmp_path: Path):
    store = (
        "sources:\n  - id: court\n    title: Opinion\n    publisher: Court\n    excerpts:\n"
        "      - Argued December 1, 2021. Decided June 24, 2022.\n"
        "      - It was the first dissent by a governor on a rate decision since 2005.\n"
    )
    (tmp_path / "facts.yaml").write_text(store, encoding="utf-8")
    text = "The case was argued on Dec. 1 and decided later.\nIt was the first dissent by a governor since 2005.\n"
    variants = variants_of("date", tmp_path, text)
    planted = {v.original: set() for v in variants}
    for variant in variants:
        planted[variant.original].add(variant.planted)
    assert set(planted) == {"Dec. 1", "2005"}
    assert any(new.startswith("Dec. ") for new in planted["Dec. 1"])  # another day
    assert any(new.endswith(" 1") and not new.startswith("Dec") for new in planted["Dec. 1"])  # another month
    assert all(new != "2005" and len(new) == 4 for new in planted["2005"])
    checker = planting.Checker.for_store(tmp_path)
    assert all(checker.score(variant).caught for variant in variants)


def test_a_misquote_changes_one_inner_word_of_a_quotation_the_store_gives(tmp_path: Path):
    store = (
        "sources:\n  - id: who\n    title: Remarks\n    publisher: WHO\n    excerpts:\n"
        "      - Pandemic is not a word to use lightly or carelessly. It can cause fear.\n"
    )
    (tmp_path / "facts.yaml").write_text(store, encoding="utf-8")
    text = '"Pandemic is not a word to use lightly or carelessly," he said. "Short one here," she said.\n'
    variants = variants_of("quote", tmp_path, text)
    assert len(variants) == 1
    (variant,) = variants
    assert variant.original in ("Pandemic", "word", "lightly")
    assert variant.text.count('"') == 4 and variant.planted in variant.text
    assert planting.Checker.for_store(tmp_path).score(variant).caught


def test_a_title_date_outside_the_term_keeps_the_text(vote_store: Path):
    variants = variants_of("title-date", vote_store)
    assert variants and all(v.text == ARTICLE for v in variants)
    assert {v.on for v in variants} == {dt.date(2025, 12, 12), dt.date(2021, 11, 24)}


def test_the_seeds_own_misspelling_planted_anew_is_caught(seed_dir: Path):
    name, text, store_dir, on = planting.seed_case()
    assert "Tzachi Hanegbi" in text and "Tzaji" not in text
    start = text.index("Tzachi Hanegbi")
    wrong = "Tzaji Hanegbi"
    variant = planting.Variant(
        name, "name", "the seed's", text[:start] + wrong + text[start + 14 :], start, start + len(wrong),
        "Tzachi Hanegbi", wrong, ("Tzachi Hanegbi",), on,
    )  # fmt: skip
    assert planting.Checker.for_store(store_dir).score(variant).caught


def test_a_quick_run_over_the_seed_scores_every_kind_and_has_no_false_alarm():
    result = planting.run_planting([planting.seed_case()], quick=True)
    names = result.of_kind("name")
    assert names and all(r.caught for r in names)
    assert result.untouched[0].disputed() == []
    table = result.table()
    for kind in planting.KINDS:
        assert f"| {kind} |" in table
