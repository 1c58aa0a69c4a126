"""Who a quotation is given to: sentence -> (quote, speaker) (table-driven)."""

from __future__ import annotations

import pytest
from factdesk.claims.extract import extract_claims
from factdesk.claims.model import ClaimKind


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [
        (c.fields["quote"], c.fields.get("speaker")) for c in extract_claims(text) if c.kind is ClaimKind.QUOTE
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name right before the speech verb says it, not the one after it
        (
            'Senate leader Ana Reyes said Tomas Weil would bring "a fresh perspective" to the ministry.',
            [("a fresh perspective", "Ana Reyes")],
        ),
        # "..., said X": the name right after the verb
        ('"We will win the vote," said Tomas Weil after meeting Ana Reyes.', [("We will win the vote", "Tomas Weil")]),
    ],
)
def test_the_speaker_of_a_quotation(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text) == expected
