"""Quotes against what the sources have the speaker say: word for word, changed, or only reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factdesk.claims.check import suggest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind
from factdesk.sources import load_store
from factdesk.sources.index import StoreIndex

EXCERPTS = [
    # a transcript: the speaker's own words, without quotation marks
    "Pandemic is not a word to use lightly or carelessly. It is a word that, if misused, can cause fear.",
    # direct speech after a colon
    "Elon Musk said: Free speech is the bedrock of a functioning democracy, and Twitter is the digital town square.",
    # reported speech: tenses and words shift, so it shows nothing about the exact words
    "The mayor said that the new tram line would need roughly half of the budget that had been planned.",
    # a paraphrase that only shares words with the quote
    "The study's authors call for urgent mandatory iodisation of all edible salt in Australia.",
    # a statement, with a compound word and a dash without spaces
    "Having read her record, I have concluded that she is a well-qualified judge and a person of honour.",
    "The board will keep rates restrictive for sufficiently long to bring prices back to the target.",
    "With regret—for this city, and for its workers—we dissent from the plan.",
    # a short quotation a report sets in quotation marks
    'The party chairman told the House: "Welcome back to old Norland."',
    '"For the first time in half a century, we have returned to the moon," the administrator said.',
]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> StoreIndex:
    folder: Path = tmp_path_factory.mktemp("quotes")
    lines = ["sources:", "  - id: src", "    title: Remarks", "    publisher: Wire", "    excerpts:"]
    lines += [f"      - {json.dumps(excerpt)}" for excerpt in EXCERPTS]
    (folder / "s.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return StoreIndex(load_store(folder))


def quote_of(text: str):
    (claim,) = [c for c in extract_claims(text) if c.kind is ClaimKind.QUOTE]
    return claim


@pytest.mark.parametrize(
    ("sentence", "verdict", "reason"),
    [
        ('"Pandemic is not a word to use lightly or carelessly," he said.', "verified", "word for word"),
        ('"Pandemic is not a word to use lightly or casually," he said.', "disputed", "“carelessly” where"),
        ('"Twitter is the global town square," Musk said.', "disputed", "“digital” where the quote has “global”"),
        # one change written as several edits: a compound replaced, a word moved past its neighbour
        (
            '"Having read her record, I have concluded that she is a highly qualified judge," the senator said.',
            "disputed",
            "“well-qualified” where the quote has “highly qualified”",
        ),
        (
            '"The board will keep rates restrictive for long enough to bring prices back to the target," it said.',
            "disputed",
            "“sufficiently long” where the quote has “long enough”",
        ),
        # a dash spaced otherwise is the same wording
        ('"With regret - for this city, and for its workers - we dissent from the plan," they wrote.', "verified", ""),
        # a short quote set in quotation marks by its source: one word swapped is a changed quote
        ('"Welcome back to new Norland," the chairman told the House.', "disputed", "“old” where the quote has “new”"),
        # ... but a word added at its edge may be another telling of the words
        ('"Today, for the first time in half a century, we have returned to the moon," she said.', "unsupported", ""),
        ('"The new tram line needs roughly half of the budget that was planned," the mayor said.', "unsupported", ""),
        (
            'They urged "urgent implementation of mandatory iodisation of all edible salt in Australia."',
            "unsupported",
            "",
        ),
    ],
)
def test_a_quote_against_the_words_a_source_gives(index, sentence, verdict, reason):
    suggestion = suggest(quote_of(sentence + "\n"), index, None)
    assert suggestion.verdict.value == verdict, suggestion.reason
    assert reason in suggestion.reason


def test_a_quotation_runs_over_a_hard_wrapped_line_but_not_over_a_paragraph():
    wrapped = (
        '"It tells us nothing about what it does\nsupport," she said.\n\n"Another quote that\n\nis split" he said.\n'
    )
    quotes = [c.fields["quote"] for c in extract_claims(wrapped) if c.kind is ClaimKind.QUOTE]
    assert quotes == ["It tells us nothing about what it does support"]
