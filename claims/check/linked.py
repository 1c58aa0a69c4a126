"""A claim checked again with the evidence the reviewer linked to it.

The checker searches the store by the claim's words; a reviewer who links a
source found another way knows better. So after a link (or a source added from
the desk) the claim's suggestion is made again: the usual check, then each
linked entry the check did not use is read against the claim. A linked passage
that says much the same turns "no source in the store says this" into a
suggestion to verify; one that does not is shown with its score, so the panel
never claims there is no source above the source just linked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from factdesk.claims.check import suggest
from factdesk.claims.check.people import register_line
from factdesk.claims.check.votes import vote_line
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import StoreIndex
from factdesk.sources.text import content_words, fold
from rapidfuzz import fuzz

_SAYS_THE_SAME = 80.0  # a linked passage scoring this against the claim says much the same


def _linked_evidence(store_id: str, claim: Claim, index: StoreIndex) -> Evidence | None:
    """The linked entry's best passage for this claim, scored; None if it is not in the store."""
    store = index.store
    wanted = " ".join(sorted(set(content_words(claim.text))))
    if store_id.startswith("person:"):
        name = fold(store_id.removeprefix("person:"))
        person = next((p for p in store.people if fold(p.name) == name), None)
        if person is None:
            return None
        line = register_line(person)
        return Evidence(store_id, "person", line, float(fuzz.token_set_ratio(wanted, " ".join(content_words(line)))))
    if store_id.startswith("vote:"):
        vote = store.votes.get(store_id.removeprefix("vote:"))
        if vote is None:
            return None
        line = vote_line(vote)
        return Evidence(store_id, "vote", line, float(fuzz.token_set_ratio(wanted, " ".join(content_words(line)))))
    source = store.sources.get(store_id)
    if source is None:
        return None
    scored = [
        (float(fuzz.token_set_ratio(wanted, " ".join(content_words(passage)))), passage)
        for passage in (*source.excerpts, source.title)
    ]
    score, passage = max(scored, key=lambda pair: pair[0])
    return Evidence(store_id, "source", passage, score)


def recheck(claim: Claim, index: StoreIndex, on: dt.date | None, linked: tuple[str, ...]) -> Suggestion:
    """The checker's suggestion for `claim` with the reviewer's linked evidence read too."""
    base = suggest(claim, index, on)
    used = {item.store_id for item in base.evidence}
    extra = [item for item in (_linked_evidence(i, claim, index) for i in linked if i not in used) if item]
    if not extra:
        return base
    best = max(extra, key=lambda item: item.score)
    evidence = (*extra, *base.evidence)
    if base.verdict is Verdict.UNSUPPORTED and best.score >= _SAYS_THE_SAME:
        return Suggestion(
            Verdict.VERIFIED,
            int(best.score * 0.8),
            f"{best.store_id} (linked) says much the same; read it to confirm",
            evidence,
        )
    if base.verdict is Verdict.UNSUPPORTED:
        return Suggestion(
            Verdict.UNSUPPORTED,
            base.confidence,
            f"{best.store_id} (linked) does not clearly say this (score {best.score:.0f}); read it to decide",
            evidence,
        )
    return replace(base, evidence=evidence)
