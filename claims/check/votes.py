"""Check vote claims against structured vote records: position, outcome and tally.

A claim is matched to the record about the same vote (the same body and measure, the date nearest the
article's, and for a position a record that names the actor); its actor's position, the outcome and the
tally are each checked, and a wrong one is disputed with the record's value in the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from factdesk.claims.check.body_names import ALIKE, OUTCOME_OF, body_score, body_words, the_body_itself
from factdesk.claims.check.vote_days import days_in, months_in, round_of, tally_time, weekday_of, written_at, years_in
from factdesk.claims.check.vote_lookup import lookup_of, measure_words_of, record_words
from factdesk.claims.check.vote_meanings import (
    on_the_records_measure,
    outcome_meant,
    outcome_problem,
    position_meant,
    short_of_a_supermajority,
    told_by_its_sides,
)
from factdesk.claims.check.vote_shares import shares_as_figures
from factdesk.claims.check.vote_tallies import another_vote, same_tally, tally_problems
from factdesk.claims.check.voters import find_voter
from factdesk.claims.dates import weekday_and_date
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import StoreIndex
from factdesk.sources.model import Vote
from factdesk.sources.text import content_words, fold

_NEAR = 5.0  # candidates' scores this close: either record may be the one meant
_TIED_WORDS = 2  # measure words a record outside the window shares with the sentence to be the one meant ...
_TIED_WINDOW = dt.timedelta(days=92)  # ... within this many days
_WINDOW = dt.timedelta(days=31)  # a vote record this far from the article's date may still be the one meant
_POSITION_WORDS = {
    "for": "voted for",
    "against": "voted against",
    "abstain": "abstained",
    "veto": "vetoed",
    "absent": "was absent",
}


def vote_line(vote: Vote) -> str:
    tally = f", {vote.tally.describe()}" if vote.tally else ""
    positions = "; ".join(f"{actor}: {position.value}" for actor, position in vote.positions)
    positions = f" ({positions})" if positions else ""
    return f"{vote.body}, {vote.date_written}: {vote.measure} — {vote.outcome.value}{tally}{positions}"


def _position_of(vote: Vote, actor: str) -> tuple[str, str] | None:
    """The record's actor and position for the claim's actor: the same name, a close spelling or the surname."""
    voter = find_voter(vote, actor)
    return None if voter is None else (voter.name, voter.position)


def _candidates(
    claim: Claim, index: StoreIndex, on: dt.date | None, any_weekday: bool = False
) -> list[tuple[float, Vote]]:
    """Vote records that may be the one the claim is about, each with how well it fits; with `any_weekday`,
    records of another day of the article's week than the one the sentence names too."""
    fields = claim.fields
    body = fields.get("body")
    measure_words = measure_words_of(fields.get("measure") or "")
    claimed_words = measure_words | measure_words_of(claim.sentence)
    scored: list[tuple[float, Vote]] = []
    years = years_in(claim.sentence, written_at(claim))
    narrowed = len(years_in(claim.sentence)) > len(years)  # of the sentence's years, the one this vote's clause has
    days = days_in(claim.sentence)
    months = months_in(claim.sentence)  # "In February, Moscow blocked a draft": a vote of that month
    written_round = round_of(claim.sentence)
    weekday = None if any_weekday else weekday_of(_clause_of(claim), on)
    candidates = lookup_of(index).around(claim, body, claimed_words, on)
    # the one record of the article's days: "The decision was 10-2", a tally naming no measure, can only be
    # that vote, whatever its counts
    alone_that_week = (
        on is not None
        and bool(fields.get("tally"))
        and not fields.get("measure")
        # "Both cases were decided by a 5-3 majority": the day's records of one body and day are one decision's
        and len({(vote.body, vote.date) for vote in candidates if vote.days_from(on) <= 3}) == 1
    )
    earlier = tally_time(claim.sentence, fields.get("tally"), on)
    for vote in candidates:
        if earlier is not None and (vote.date.year != earlier[0] or earlier[1] not in (None, vote.date.month)):
            continue  # "confirmed her to the appeals court last June by 53-44": a vote of that time
        if (
            weekday is not None
            and on is not None
            and vote.days_from(on) <= 7
            and vote.day_known
            and vote.date != weekday
        ):
            continue  # "passed the House on Saturday": not the record of Tuesday's vote that week
        # "the previous attempt in 2015", "passed the tax 9-0 on May 14": the sentence dates the vote
        dated = (
            vote.date.year in years
            or (vote.date.month, vote.day_known and vote.date.day) in days
            or earlier is not None
        )
        dated = dated or (vote.date.month in months and on is not None and 0 <= (on - vote.date).days <= 366)
        recorded_words = record_words(vote)
        shared = claimed_words & recorded_words
        if on is not None and vote.days_from(on) > _WINDOW.days and not dated:
            # "survived a confidence vote among Conservative lawmakers" weeks before: words tie it; months
            # before, words and its very tally or a voter it names ("voted 3-1 to issue the complaint")
            counted = same_tally(fields.get("tally"), vote) or _position_of(vote, fields.get("actor") or "") is not None
            if len(shared) < _TIED_WORDS or (
                vote.days_from(on) > _TIED_WINDOW.days and not (counted and vote.date < on)
            ):
                continue
        if another_vote(fields, vote):
            continue  # "190 lawmakers voted 190-0": not the court's 8-0 of that week; another nominee
        if written_round is not None and round_of(vote.measure) not in (None, written_round):
            continue  # "led the first round with 181 votes" is not the runoff's tally
        parts: list[float] = []
        if body:
            alike = body_score(body_words(body), body_words(vote.body))
            if alike < ALIKE:
                continue  # another body's vote
            parts.append(alike)
        parts.append(min(100.0, 50.0 + 20.0 * len(shared)) if shared else 30.0)
        # the claim's own measure says which of the sentence's decisions it is ("6-3 to uphold the law, and 5-4
        # to overrule Roe"): each of its words the record shares is a step nearer
        named = len(measure_words & recorded_words)
        if on is not None:
            parts.append(100.0 if dated else 100.0 - min(vote.days_from(on), _TIED_WINDOW.days))
        score = sum(parts) / len(parts) + 5.0 * min(named, 3)
        if (years or days or months) and not dated:
            if narrowed:
                continue  # "one in 1980 ..., on a 92-1 vote, and Durham in 2016": this clause's year is another
            score -= 20.0  # the sentence dates the vote to another year or day
        if fields.get("tally") and vote.tally is None:
            score -= 10.0  # "the panel voted 17-4": a record with no tally is the decision of another body
        if fields.get("actor") and _position_of(vote, fields["actor"]) is not None:
            score += 15.0  # the record names this voter
        elif not fields.get("actor") and not body and not shared and _names_a_voter(vote, claim.sentence):
            score += 10.0  # "the 5-4 ruling was written by John Roberts": nothing but a voter ties it
        if not body and not shared and not (fields.get("actor") and _position_of(vote, fields["actor"])):
            if not (_same_kind_that_day(claim, vote, on) or alone_that_week):
                continue  # nothing ties the claim to this record but the date
            score -= 5.0
        scored.append((score, vote))
    scored.sort(key=lambda item: -item[0])
    return _best_bodies(body, scored) if body else scored


def _clause_of(claim: Claim) -> str:
    """The claim's words with the rest of their clause: "filed the motion on Monday, two days after McCarthy relied
    on Democratic votes to pass a stopgap bill" dates the filing, not the vote, to Monday."""
    span = claim.span_in_sentence()
    measure = str(claim.fields.get("measure") or "")
    for written in (measure, str(claim.fields.get("actor") or "")):  # a vote claim's text is composed: its
        if span is None and written and (at := claim.sentence.find(written)) >= 0:  # measure or voter is written
            span = (at, at + len(written))
    if span is None:
        return claim.sentence
    start = max([0, *(edge.end() for edge in re.finditer(r"[,;:]\s", claim.sentence[: span[0]]))])
    # ... up to a clause of its own: "voted to convict after having sided with Mr. Trump on Tuesday"
    after = re.search(r"[,;:]\s|\s(?:after|before|when|while|because|although)\s", claim.sentence[span[1] :])
    return claim.sentence[start : span[1] + (after.start() if after else len(claim.sentence))]


# Kinds of measure, each with the nouns the press and records use for it: "the accord" is the record's
# "Ratification of the Prespa agreement", "the law" its "bill"
_MEASURE_KINDS = {
    noun: kind
    for kind, nouns in {
        "agreement": "agreement accord pact deal treaty protocol convention",
        "bill": "bill law legislation act",
        "resolution": "resolution",
        "motion": "motion",
        "measure": "measure proposal",
        "amendment": "amendment",
        "budget": "budget",
        "nomination": "nomination nominee",
        "ruling": "ruling judgment judgement decision",
    }.items()
    for noun in nouns.split()
}


def _same_kind_that_day(claim: Claim, vote: Vote, on: dt.date | None) -> bool:
    """A claim naming no body and no measure words ("the resolution was adopted") ties to a record of the same
    kind of measure voted within days of the article, or to one whose tally shares a count with it."""
    if on is None or vote.days_from(on) > 3:
        return False
    claimed = claim.fields.get("measure") or ""
    if _kinds_of(claimed) & _kinds_of(vote.measure) or set(content_words(claimed)) & _OF_ANY_KIND:
        return True  # "the package", "the plan": any kind of measure, the day's record's
    if _names_a_voter(vote, claim.sentence):
        return True  # "The 5-4 ruling was written by Chief Justice John Roberts": a voter of the record
    tally = claim.fields.get("tally") or {}
    recorded = vote.tally
    return recorded is not None and any(
        tally.get(key) == value and value for key, value in (("for", recorded.votes_for), ("against", recorded.against))
    )


_OF_ANY_KIND = frozenset("package plan reform reforms changes measure".split())  # what the press calls any measure


def _kinds_of(measure: str) -> set[str]:
    return {_MEASURE_KINDS[word] for word in content_words(measure) if word in _MEASURE_KINDS}


def _names_a_voter(vote: Vote, sentence: str) -> bool:
    """Whether the sentence names one of the record's voters, in full or by a surname of four letters or more."""
    words = set(content_words(sentence))
    folded = fold(sentence)
    for name, _ in vote.positions:
        key = fold(name)
        surname = key.split()[-1] if key else ""
        if (key in folded and (len(key.split()) > 1 or key in words)) or (len(surname) >= 4 and surname in words):
            return True
    return False


def _register_spellings(actor: str, index: StoreIndex) -> frozenset[str]:
    """The register's spellings of the person the article names exactly so (a name and its aliases)."""
    return frozenset(
        spelling for match in index.find_person(actor, limit=1) if match.exact for spelling in match.person.spellings
    )


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


_RIVALS = 12  # the best record and the next few: a claim bears out one of them or none
_NEAR_SAME_TALLY = 15.0  # a rival giving the claim's very tally may fit this much worse on words


def _shared_words(claim: Claim, vote: Vote) -> int:
    """How many of the record's measure words the claim's own measure writes, or, with none, its sentence
    ("6-3 to uphold the law, and 5-4 to overrule Roe": each tally's measure, not the whole sentence)."""
    measure = claim.fields.get("measure") or ""
    claimed = measure_words_of(measure) or measure_words_of(claim.sentence)
    return len(claimed & record_words(vote))


_NO_RECORD = Suggestion(Verdict.UNSUPPORTED, 60, "no vote record in the store matches this vote")


def check_vote(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion:
    fields = claim.fields
    candidates = [item for item in _candidates(claim, index, on) if item[0] >= 55]
    if not candidates and fields.get("body") and fields.get("actor"):
        # "Ted Cruz, the ranking Republican on the Commerce Committee, voted for": the body named in the
        # sentence may be the voter's, not the vote's; the voter's name still finds the record
        unbodied = replace(claim, fields={key: value for key, value in fields.items() if key != "body"})
        candidates = [
            item
            for item in _candidates(unbodied, index, on)
            if item[0] >= 55 and _position_of(item[1], fields["actor"]) is not None
        ]
    if not candidates:
        return _of_another_weekday(claim, index, on) or shares_as_figures(claim, index, on) or _NO_RECORD
    best = _judge(claim, candidates[0][1], candidates[0][0], index)
    if best.verdict is Verdict.DISPUTED:
        # two records fit about as well ("the resolution was adopted": the Assembly's, or the Council's vetoed
        # draft): a claim one of them bears out is not disputed on the strength of the other
        best_vote = candidates[0][1]
        for score, vote in candidates[1:_RIVALS]:
            # only a record as near the article's date: a later vote on a new offer is not the earlier one's
            # "ruling 5-4": the same body's record of that day with this very tally (Dobbs: 6-3 and 5-4)
            # ... but not one the sentence's words fit less well: "in a 6-3 decision, upheld a Mississippi law"
            # written 5-4 is still the Mississippi ruling, and disputed, though the day's other ruling was 5-4
            tally_alike = (
                same_tally(fields.get("tally"), vote)
                and vote.date == best_vote.date
                and vote.body == best_vote.body
                and _shared_words(claim, vote) >= _shared_words(claim, best_vote)
            )
            near = score >= candidates[0][0] - (_NEAR_SAME_TALLY if tally_alike else _NEAR)
            if fields.get("measure") and _shared_words(claim, vote) < _shared_words(claim, best_vote):
                near = False  # "lost a vote of confidence": the day's other record (an election) is not this one
            # ... unless it has the claim's very tally, and the nearer one not ("Monday's defeat, in which the
            # House rejected the plan 228 to 205", in a report of Friday's vote)
            counted = same_tally(fields.get("tally"), vote) and not same_tally(fields.get("tally"), best_vote)
            if near and (on is None or vote.days_from(on) <= best_vote.days_from(on) or counted):
                other = _judge(claim, vote, score, index)
                if other.verdict is Verdict.VERIFIED:
                    return _shares_too(claim, index, on, other)
    return _shares_too(claim, index, on, best)


def _shares_too(claim: Claim, index: StoreIndex, on: dt.date | None, judged: Suggestion) -> Suggestion:
    """A vote borne out by a record that has no count of it ("approved by 78.33% of voting members"): a source
    giving another share still disputes the share."""
    if judged.verdict is not Verdict.VERIFIED or not (claim.fields.get("tally") or {}).get("percent"):
        return judged
    shares = shares_as_figures(claim, index, on)
    if shares is None or shares.verdict is not Verdict.DISPUTED:
        return judged
    return replace(shares, reason=shares.reason.replace("no vote record in the store matches this vote; ", ""))


def _best_bodies(body: str, scored: list[tuple[float, Vote]]) -> list[tuple[float, Vote]]:
    """The candidates whose body fits the claim's about as well as the best one's (within 10 points of 100):
    "the 4th U.S. Circuit Court of Appeals" is not the D.C. Circuit's record of that day, whatever its words."""
    wanted = body_words(body)
    fits = {vote.body: body_score(wanted, body_words(vote.body)) for _, vote in scored}
    best = max(fits.values(), default=0.0)
    return [(score, vote) for score, vote in scored if fits[vote.body] >= best - 10]


def _of_another_weekday(claim: Claim, index: StoreIndex, on: dt.date | None) -> Suggestion | None:
    """Disputed when the one record of the article's week with the claim's very tally was held on another day
    than the weekday the sentence names ("approved the bill on Thursday" for Sunday's 51-50 vote)."""
    named = weekday_of(_clause_of(claim), on)
    if named is None:
        return None
    same = [
        (score, vote)
        for score, vote in _candidates(claim, index, on, any_weekday=True)
        if score >= 55 and same_tally(claim.fields.get("tally"), vote)
    ]
    if len(same) != 1 or not same[0][1].day_known:
        return None
    score, vote = same[0]
    said = f"{vote.id}: the record is of {weekday_and_date(vote.date)}, not {named:%A}"
    evidence = (Evidence(f"vote:{vote.id}", "vote", vote_line(vote), min(100.0, score)),)
    return Suggestion(Verdict.DISPUTED, int(min(80, score)), said, evidence)


def _judge(claim: Claim, vote: Vote, score: float, index: StoreIndex) -> Suggestion:
    """The claim's position, outcome and tally against one record."""
    fields = claim.fields
    evidence = (
        Evidence(f"vote:{vote.id}", "vote", vote_line(vote), min(100.0, score)),
        *_source_evidence(vote, index, claim.sentence),
    )
    problems: list[str] = []
    agreed: list[str] = []
    if fields.get("actor") and fields.get("position") in OUTCOME_OF and the_body_itself(fields["actor"], vote.body):
        fields = {**fields, "actor": None, "outcome": OUTCOME_OF[fields["position"]]}  # "The House rejected the bill"
    if fields.get("actor"):
        voter = find_voter(vote, fields["actor"], _register_spellings(fields["actor"], index))
        if voter is None:
            return Suggestion(Verdict.UNSUPPORTED, 55, f"{vote.id} records no position for {fields['actor']}", evidence)
        if voter.misspelt:
            problems.append(f"the record spells the voter “{voter.name}”, not “{fields['actor']}”")
        claimed = position_meant(fields, vote)
        if claimed is not None and told_by_its_sides(fields, vote):
            claimed = on_the_records_measure(claimed, vote)  # "X wrote the dissent": with the side that lost
        if claimed is None:
            return Suggestion(
                Verdict.UNSUPPORTED, 50, f"{vote.id} does not say which way “{fields.get('measure')}” voted", evidence
            )
        if voter.position != claimed:
            problems.append(
                f"the record has {voter.name}: {voter.position} "
                f"({_POSITION_WORDS.get(voter.position, voter.position)}), not {claimed}"
            )
        else:
            agreed.append(f"{voter.name}: {voter.position}")
    sides = told_by_its_sides(fields, vote)
    if fields.get("outcome") and not sides:  # "ruling 5-4" says which side won, not which way the record words it
        outcome = outcome_meant(fields, vote)
        if outcome is None:
            return Suggestion(
                Verdict.UNSUPPORTED,
                50,
                f"{vote.id} does not say which way “{fields.get('measure')}” was decided",
                evidence,
            )
        if outcome != vote.outcome.value and short_of_a_supermajority(claim.sentence, fields, vote):
            agreed.append("rejected though more voted for: a larger majority was needed")
        elif outcome != vote.outcome.value:
            problems.append(outcome_problem(fields, vote, outcome))
        else:
            agreed.append(vote.outcome.value)
    tally = fields.get("tally")
    if tally and vote.tally:
        found = tally_problems(dict(tally), vote, vote.outcome.value if sides else fields.get("outcome"))
        problems += found
        if not found:
            agreed.append(vote.tally.describe())
    confidence = int(min(95, score))
    if problems:
        if not fields.get("outcome"):  # what the vote decided, for the correction: "(the measure was adopted)"
            problems.append(f"the measure was {vote.outcome.value}")
        return Suggestion(Verdict.DISPUTED, confidence, f"{vote.id}: " + "; ".join(problems), evidence)
    return Suggestion(Verdict.VERIFIED, confidence, f"matches {vote.id} ({', '.join(agreed) or 'recorded'})", evidence)
