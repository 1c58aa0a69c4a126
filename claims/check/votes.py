"""Check vote claims against structured vote records: position, outcome and tally."""

from __future__ import annotations

import datetime as dt

from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Vote
from factdesk.sources.text import fold
from rapidfuzz import fuzz

_ACTOR_ALIASES = {
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "america": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
}


def vote_line(vote: Vote) -> str:
    tally = f", {vote.tally.describe()}" if vote.tally else ""
    positions = "; ".join(f"{actor}: {position.value}" for actor, position in vote.positions)
    positions = f" ({positions})" if positions else ""
    return f"{vote.body}, {vote.date}: {vote.measure} — {vote.outcome.value}{tally}{positions}"


def _actor_key(actor: str) -> str:
    folded = fold(actor).removeprefix("the ")
    return _ACTOR_ALIASES.get(folded, folded)


def _position_of(vote: Vote, actor: str) -> tuple[str, str] | None:
    wanted = _actor_key(actor)
    for name, position in vote.positions:
        if _actor_key(name) == wanted or fuzz.ratio(_actor_key(name), wanted) >= 90:
            return name, position.value
    return None


def _source_evidence(vote: Vote, index: StoreIndex, sentence: str) -> list[Evidence]:
    """The vote's source, with its excerpt closest to the article's sentence (the tally for a tally)."""
    source = index.store.sources.get(vote.source or "")
    if source is None:
        return []
    for query in (sentence, vote.measure + " " + vote.outcome.value):
        for match in index.find_excerpts(query, limit=10, cutoff=0.0):
            if match.source.id == source.id:
                return [Evidence(source.id, "source", match.excerpt, match.score)]
    quote = source.excerpts[0] if source.excerpts else source.title
    return [Evidence(source.id, "source", quote, 50.0)]


def check_vote(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    fields = claim.fields
    matches = index.find_votes(body=fields.get("body"), measure=fields.get("measure") or claim.sentence, on=on)
    matches = [match for match in matches if match.score >= 55]
    if not matches:
        return Suggestion(Verdict.UNSUPPORTED, 60, "no vote record in the store matches this vote")
    vote, score = matches[0].vote, matches[0].score
    evidence = (
        Evidence(f"vote:{vote.id}", "vote", vote_line(vote), score),
        *_source_evidence(vote, index, claim.sentence),
    )
    problems: list[str] = []
    agreed: list[str] = []
    if fields.get("actor"):
        recorded = _position_of(vote, fields["actor"])
        if recorded is None:
            return Suggestion(Verdict.UNSUPPORTED, 55, f"{vote.id} records no position for {fields['actor']}", evidence)
        if recorded[1] != fields.get("position"):
            problems.append(f"the record has {recorded[0]}: {recorded[1]}, not {fields.get('position')}")
        else:
            agreed.append(f"{recorded[0]}: {recorded[1]}")
    if fields.get("outcome"):
        if fields["outcome"] != vote.outcome.value:
            problems.append(f"the record says {vote.outcome.value}, not {fields['outcome']}")
        else:
            agreed.append(vote.outcome.value)
    tally = fields.get("tally")
    if tally and vote.tally:
        recorded_tally = {"for": vote.tally.votes_for, "against": vote.tally.against, "abstain": vote.tally.abstain}
        for key, value in tally.items():
            if recorded_tally.get(key) is not None and recorded_tally[key] != value:
                problems.append(f"the record's tally has {recorded_tally[key]} {key}, not {value}")
        if not problems:
            agreed.append(vote.tally.describe())
    confidence = int(min(95, score))
    if problems:
        return Suggestion(Verdict.DISPUTED, confidence, f"{vote.id}: " + "; ".join(problems), evidence)
    return Suggestion(Verdict.VERIFIED, confidence, f"matches {vote.id} ({', '.join(agreed) or 'recorded'})", evidence)
