"""Every claim kind is declared once: a finder in claims/extract/kinds.py and a checker in claims/check."""

from __future__ import annotations

from factdesk.claims.check import CHECKERS
from factdesk.claims.extract.kinds import KINDS, SPEC
from factdesk.claims.model import ClaimKind


def test_every_kind_has_one_finder_and_one_checker() -> None:
    declared = [spec.kind for spec in KINDS]
    assert sorted(declared) == sorted(ClaimKind) and len(set(declared)) == len(declared)  # each kind once
    for kind in ClaimKind:
        spec = SPEC[kind]
        assert (spec.document is None) != (spec.sentence is None), f"{kind}: one finder, document or sentence level"
        assert kind in CHECKERS, f"{kind}: no checker in claims/check/__init__.py CHECKERS"
