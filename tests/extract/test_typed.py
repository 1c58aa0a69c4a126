"""A claim a reviewer types gets its kind's fields, read by the same finders as articles."""

from __future__ import annotations

import pytest
from factdesk.claims.extract.typed import fields_for_typed_claim


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("person", "Tzachi Hanegbi", {"name": "Tzachi Hanegbi"}),
        ("role", "Defense Minister Yoav Gallant", {"person": "Yoav Gallant", "role": "Defense Minister"}),
        ("role", "Ana Ruiz is the chief economist", {"person": "Ana Ruiz", "role": "chief economist"}),
        (
            "vote",
            "The resolution was adopted 14-0",
            {"outcome": "adopted", "measure": "resolution", "tally": {"for": 14, "against": 0}},
        ),
        ("date", "March 25, 2024", {"date": "2024-03-25"}),
        ("quote", 'Netanyahu said "we will not stop"', {"speaker": "Netanyahu", "quote": "we will not stop"}),
    ],
)
def test_typed_claims_get_the_fields_of_their_kind(kind: str, text: str, expected: dict) -> None:
    fields = fields_for_typed_claim(kind, text)
    assert {key: fields.get(key) for key in expected} == expected
    assert "text" not in fields


def test_a_typed_quantity_has_a_value() -> None:
    assert fields_for_typed_claim("quantity", "about 1,200 people")["value"] == 1200
