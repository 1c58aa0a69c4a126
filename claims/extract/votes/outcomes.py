"""What was decided: outcomes, measures, bodies and tallies in one sentence ("The Senate voted 70-29 to pass")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from factdesk.claims.extract.lexicon import phrase_table
from factdesk.claims.extract.numbers import NUMBER_WORD
from factdesk.claims.extract.votes.ballots import strike_ballot
from factdesk.claims.extract.votes.confidence import confidence_vote
from factdesk.claims.extract.votes.counted import outcome_of_shares, second_decision, shares, side_count
from factdesk.claims.extract.votes.mention import (
    ACTIVE_OUTCOME,
    BODY,
    CONFIRMATION,
    MEASURE_NOUN,
    MEMBERS,
    PERSON_PASSIVE,
    SUPPOSED,
    VOTED_ADVERB,
    VoteMention,
    clean_measure,
    in_a_later_clause,
    might_be_a_vote,
    without_the_body,
    without_when,
)
from factdesk.claims.extract.votes.positions import find_positions
from factdesk.claims.extract.votes.rulings import find_ruling, might_be_a_ruling, ruling_alone
from factdesk.claims.extract.votes.stances import find_stances
from factdesk.claims.extract.votes.states import state_stance
from factdesk.claims.extract.votes.tallies import (
    find_second_tally,
    find_side_count,
    find_tally,
)
from factdesk.claims.extract.votes.verb_far_before import OUTCOME_VERBS, verb_far_before
from factdesk.claims.sentences import Sentence


@cache
def _outcome_words() -> dict[str, str]:
    """Word or phrase -> the outcome it says (data/outcome_words.tsv)."""
    return phrase_table("outcome_words.tsv")


_NOUN_OUTCOME = re.compile(
    # "the passage of the bill", "the rejection of Johnson Space Center as a location": a measure noun or a
    # name ("the adoption of the Polaroid camera" is no vote)
    r"\b(?P<noun>approval|adoption|passage|rejection|defeat)\s+of\s+"
    rf"(?P<measure>(?:the|a|an|its|their)\s+(?:[^\s,;.]+\s+){{0,8}}?{MEASURE_NOUN}[^,;.]{{0,80}}|(?-i:[A-Z])[^,;.]{{3,120}})",
    re.IGNORECASE,
)
# "the first ceasefire resolution", "a bill 2728", "Su's nomination": the subject a passive or intransitive
# outcome is about
_MEASURE_SUBJECT = (
    rf"(?P<measure>\b(?:the|a|an|its|their|(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})['’]s)\s+(?:[\w'’()-]+\s+){{0,8}}?{MEASURE_NOUN}"
    r"(?:\s+\d+)?)"
)
_PASSIVE_OUTCOME = re.compile(
    _MEASURE_SUBJECT
    # "A similar motion brought by Podemos in June 2017 was defeated": who brought it, and when, between
    + r"(?:\s+(?:brought|tabled|filed|proposed|introduced|sponsored|put\s+forward|in|on|against|by|of|to|that|which)\b"
    + r"[^,;.]{1,60}?)?"
    # "The motion of censure, tabled by the left and backed by the far right, was adopted": an apposition between
    # (a list of names in it too: "drafted by France, Britain and Germany together with the United States,")
    + r"(?:,\s[^,;]{1,120}?,|,\s(?:drafted|tabled|proposed|sponsored|introduced|backed|submitted)\s[^;]{1,150}?,)?"
    + r"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?"
    r"(?P<verb>adopted|approved|passed|rejected|defeated|vetoed|withdrawn|voted\s+down|carried)\b",
    re.IGNORECASE,
)
# "The resolution, adopted at an emergency special session, grants ...": the outcome in an apposition
_APPOSED_OUTCOME = re.compile(
    _MEASURE_SUBJECT + r",\s+(?:\w+ly\s+)?(?P<verb>adopted|approved|passed|rejected|defeated|vetoed)\s+"
    r"(?:by|at|in|on|with|after|last|earlier|this)\b",
    re.IGNORECASE,
)
_MEASURE_BEFORE = re.compile(_MEASURE_SUBJECT, re.IGNORECASE)
# "The bill ... passed its second reading": a parliamentary stage, passed or failed
_READING = re.compile(
    r"\b(?P<verb>passed|cleared|failed|rejected)\s+(?:at\s+)?(?:its|a|the)\s+(?P<measure>(?:first|second|third|final)\s+"
    r"reading)\b",
    re.IGNORECASE,
)
# "The previous attempt was defeated by 330 votes to 118": an outcome with its tally, whatever the subject
_PASSIVE_BY_TALLY = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?P<verb>defeated|rejected|passed|approved|adopted)"
    r"(?P<measure>)\s+by\s+(?:a\s+vote\s+of\s+)?\d",
    re.IGNORECASE,
)
# "cast the deciding vote to confirm Betsy DeVos": a vote on a nominee, in its infinitive
# "The European Parliament voted on Thursday to give Ursula von der Leyen a second term"
_VOTED_TO_CONFIRM = re.compile(
    r"\bvot(?:ed|es|e|ing)\s+(?:(?:\d{1,3}\s*[-–—]\s*\d{1,3}|on\s+[A-Z]\w+|\w+ly)\s+)*to\s+"
    r"(?P<verb>confirm|reject|deny|give|grant|re-?elect|elect|back|endorse|convict|acquit)\s+(?P<measure>(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+)"
)
# "workers voted on Monday to accept the contract offer": what a vote decided, in its infinitive
_VOTED_TO = re.compile(
    r"\bvot(?:ed|es|e|ing)\b[^.;:]{0,40}?\bto\s+(?P<verb>pass|approve|adopt|reject|block|accept|ratify|endorse)\s+"
    rf"(?P<measure>(?:the|a|an|its|their)\s+[^,;.]{{0,80}}?{MEASURE_NOUN})",
    re.IGNORECASE,
)
_INTRANSITIVE_OUTCOME = re.compile(
    # "The amendment to cut the parking increase to 8 percent passed 5-2": what it does may stand between
    _MEASURE_SUBJECT
    # "The resolution to expel Rep. Gloria Johnson failed": an abbreviation's point does not end the measure
    + r"(?:\s+(?:to|of|on|for|that)\s+(?:[^,;.]|\.(?=\s[A-Z])){1,60}?)?"
    + r"(?:,\s[^,;]{1,60}?,)?"  # "The first impeachment motion, on Dec. 7, failed"
    + r"\s+(?:\w+ly\s+)?(?P<verb>passed|failed|cleared)\b(?!\s+(?:at\s+)?(?:its|a|the)\s+\w+\s+reading)",
    re.IGNORECASE,
)
# "It failed 3-4.": a measure named in the sentence before
_PRONOUN_OUTCOME = re.compile(r"\b(?P<measure>It|it|which)\s+(?:\w+ly\s+)?(?P<verb>passed|failed)\s+\d")
_INFINITIVE_OUTCOME = re.compile(
    r"\bto\s+(?P<verb>pass|approve|adopt|reject|block)\s+"
    rf"(?P<measure>(?:the|a|an|its)\s+[^,;.]{{0,80}}?{MEASURE_NOUN})",
    re.IGNORECASE,
)
# A decision with a tally: a vote, or a court's ruling ("the Supreme Court ruled 6-3").
_OUTCOME_BEFORE_TALLY = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?P<verb>adopted|approved|passed|rejected|defeated)\s+"
    r"(?:by\s+)?(?:a\s+(?:vote|margin)\s+of\s+)?(?=\d)",
    re.IGNORECASE,
)
_VERB_BEFORE_TALLY = re.compile(
    rf"\b(?P<verb>{OUTCOME_VERBS}),?\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:by\s+)?$",
    re.IGNORECASE,
)
_DECISION_AFTER = re.compile(r"(?:['’]s)?\s+(?:ruling|decision|judgment|verdict|order)\b")
# "failed 65-30, one vote short of the two-thirds required": a measure that fell short, whatever its count
_FAILED_BEFORE_TALLY = re.compile(
    r"\b(?P<verb>failed),?\s+(?:by\s+)?(?:(?:a|on\s+a)\s+(?:vote|margin)\s+of\s+)?$", re.IGNORECASE
)
_BY_CONSENSUS = re.compile(r"\s+(?:by\s+consensus|without\s+a\s+vote|by\s+acclamation)\b")
_COUNTED_LATER = re.compile(r"\d\s*[-–—]\s*\d|\d\s+votes?\b")
_COUNTED_BEFORE = re.compile(rf"\b(?:\d+|{NUMBER_WORD}|all\s+but|most|some|many)\s+$", re.IGNORECASE)
_OUTCOME_NOUN_NEAR = re.compile(r"\b(?P<noun>confirmation|rejection|approval|adoption|passage|defeat)\b", re.IGNORECASE)
_TO_AFTER_TALLY = re.compile(r"\s+to\s+(?P<measure>[a-z]{3,}\s+[^,;.]{2,100})")
# "voted 53-47 to reject": the first count is the side that rejected it
_REJECTED_BY = re.compile(r"(?:by|vote,?|rejected|defeated|voted\s+down)\s")
_TO_REJECT = re.compile(r"\s+to\s+(?:reject|block|defeat)\b", re.IGNORECASE)


@cache
def _outcome_by_vote() -> re.Pattern[str]:
    """An outcome word before "by a vote" / "by Yea-Nay Vote": what a roll call decided."""
    words = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(_outcome_words(), key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{words})\b[^.;:]{{0,120}}?\bby\s+(?:a\s+)?(?:[\w-]+\s+)?vote\b", re.IGNORECASE)


_SENT_TO = re.compile(r"\bto\s+(?:the\s+)?$")
_SOUGHT = re.compile(
    r"(?i)\b(?:extend\w*|seek\w*|sought|recommend\w*|request\w*|appl(?:y|ied|ies|ying)\s+for|await\w*|pending"
    r"|need\w*|require\w*)\s+(?:the\s+|its\s+|their\s+|an?\s+)?$"
)
_RULED_THAT = re.compile(r"\b(?:ruled|held|found|concluded)\b[^.;]{0,80}\bthat\b")
_DEADLOCK = re.compile(r"\b(?:deadlock\w*|tied|a\s+tie)\b", re.IGNORECASE)
# "Dutton led with 38 votes to Morrison's 36": ahead in a round, which decides nothing yet
_ONLY_AHEAD = re.compile(r"\b(?:led|leads|leading|trailed|trails|trailing|ahead)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_DECIDED = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|ruled|rules|ruling|decided|decision|verdict|sided|in\s+favou?r)\b", re.IGNORECASE
)

# "the president vetoed the bill": a veto by one office-holder, and the measure's fate.
_VETO = re.compile(
    r"\b(?P<actor>(?:the\s+)?(?:president|governor|mayor|king|queen|prime\s+minister)|"
    r"(?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:has\s+|had\s+)?vetoed\s+"
    rf"(?P<measure>(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,6}}?{MEASURE_NOUN}(?:\s+\d+(?![-–—\d]))?)"
)

# In the order they are tried, each with the words (lower case) it cannot match without.
_OUTCOME_PATTERNS = (
    (
        _PASSIVE_OUTCOME,
        ("adopted", "approved", "passed", "rejected", "defeated", "vetoed", "withdrawn", "voted down", "carried"),
    ),
    (_APPOSED_OUTCOME, ("adopted", "approved", "passed", "rejected", "defeated", "vetoed")),
    (_NOUN_OUTCOME, ("approval", "adoption", "passage", "rejection", "defeat")),
    (
        ACTIVE_OUTCOME,
        (
            *"adopt approv passed ratif reject defeat block prohib veto backed endorsed overr cleared".split(),
            "voted down",
        ),
    ),
    (VOTED_ADVERB, ("narrowly", "unanimously", "overwhelmingly")),
    (_INTRANSITIVE_OUTCOME, ("passed", "failed", "cleared")),
    (_PRONOUN_OUTCOME, ("passed", "failed")),
    (_READING, ("reading",)),
    (_PASSIVE_BY_TALLY, ("defeated", "rejected", "passed", "approved", "adopted")),
    (
        _VOTED_TO_CONFIRM,
        ("confirm", "reject", "deny", "give", "grant", "elect", "back", "endorse", "convict", "acquit"),
    ),
    (_VOTED_TO, ("vot",)),
    (CONFIRMATION, ("confirmed", "rejected", "elected")),
    (PERSON_PASSIVE, ("elected", "confirmed", "voted off")),
)


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def find_votes(sentence: Sentence, *, vote_nearby: bool = False) -> list[VoteMention]:
    """The votes one sentence reports; `vote_nearby`: a sentence beside it reports a vote."""
    text = sentence.text
    lowered = text.lower()
    if SUPPOSED.match(text):
        return []
    if not might_be_a_vote(text, lowered):
        return ruling_alone(sentence, lowered)
    found: list[VoteMention] = []
    # "an appeal against a Court of Appeal ruling", "needed to send the charges to the Senate": a body whose decision
    # is the object, or where a measure goes next, is not the one voting (nor one in a later clause)
    body_match = next((found for found in BODY.finditer(text) if not _DECISION_AFTER.match(text, found.end())
                       and not _SENT_TO.search(text, max(0, found.start() - 8), found.start())
                       and not in_a_later_clause(text, found.start())), None)  # fmt: skip
    body = re.sub(r"\s+", " ", body_match["body"]) if body_match else None
    measure, outcome_span, outcome = None, None, None
    for pattern, verbs in _OUTCOME_PATTERNS:
        if not any(verb in lowered for verb in verbs):
            continue
        match = pattern.search(text)
        if (
            match
            and pattern is _NOUN_OUTCOME
            and (
                _RULED_THAT.search(text, 0, match.start())
                or _SOUGHT.search(text, max(0, match.start() - 30), match.start())
            )
        ):
            match = None  # "ruled that the SEC's rejection ... was arbitrary", "recommended extending the approval of"
        if match and _BY_CONSENSUS.match(text, match.end()) and _COUNTED_LATER.search(text, match.end()):
            match = None  # "adopted by consensus at the plenary, a day after delegations approved it by 124 votes"
        if match and pattern is ACTIVE_OUTCOME and _COUNTED_BEFORE.search(text, 0, match.start("body")):
            match = None  # "Only three Labour MPs backed the agreement": some members' votes, not the outcome
        if match:
            verb = match.groupdict().get("verb") or match.groupdict().get("noun")
            outcome = _outcome_words()[" ".join(verb.lower().split())]  # type: ignore[union-attr]  # the patterns have a verb or a noun
            cleaned, used = clean_measure(match["measure"])
            cleaned = f"override {cleaned}" if "overr" in verb.lower() else cleaned  # type: ignore[union-attr]  # "overrode the veto": an override, adopted
            measure = None if cleaned.lower() in ("it", "which") else cleaned or None
            if pattern is _READING:
                # "The X Bill, introduced by ..., passed its second reading": the reading of the bill named before
                subject = _MEASURE_BEFORE.search(text, 0, match.start())
                measure = f"{clean_measure(subject['measure'])[0]} {measure}" if subject else measure
            end = match.end() if match.end("measure") < match.end() else match.start("measure") + used
            if pattern is _VOTED_TO:
                end = match.end("verb")  # "to pass a $95 billion package": the measure's figures are claims too
            outcome_span = (match.start(), end)
            actor = without_when(match["body"]) if pattern is ACTIVE_OUTCOME else ""
            if pattern is ACTIVE_OUTCOME and not body and actor[:1].isupper():
                named = re.sub(r"^the\s+", "", actor, flags=re.IGNORECASE)
                generic = named.split()[-1].lower() in MEMBERS  # "British lawmakers": members, not a body
                body = None if generic else named
            break
    if outcome is None and any(word in lowered for word in ("strik", "walk", "industrial action")):
        ballot = strike_ballot(text)  # "postal workers voted overwhelmingly to strike over pay"
        if ballot:
            outcome, measure, outcome_span = ballot
    if outcome is None and might_be_a_ruling(lowered):
        ruled = find_ruling(text)
        if ruled:
            outcome, measure, outcome_span, court = ruled
            # not the court ruling: the one appealed from ("appeal against the High Court"), or one named after the
            # ruling ("The justices upheld the appeals court's ruling, in which a panel of the U.S. Court of Appeals")
            another_court = body is not None and body in " ".join(measure.split())
            another_court = another_court or (body_match is not None and body_match.start() > outcome_span[0])
            body = court if court and (body is None or body in court) else None if another_court else body
    tally = find_tally(text, lowered)
    confidence = confidence_vote(text) if "confidence" in lowered else None
    if confidence and outcome is not None and outcome_span and not _overlap(confidence[2], outcome_span):
        # "elected Tusk hours after the government of Mateusz Morawiecki lost a vote of confidence": two votes
        lost_or_won: dict[str, Any] = {
            "outcome": confidence[0],
            "measure": confidence[1],
            **({"body": body} if body else {}),
        }
        found.append(VoteMention(sentence.start + confidence[2][0], sentence.start + confidence[2][1], lost_or_won))
    if outcome is None and confidence:
        outcome, measure, outcome_span = confidence
        if tally and outcome == "rejected" and tally[0]["for"] > tally[0]["against"]:
            # "survived ... 300 to 250": the larger count was against the motion
            tally = ({**tally[0], "for": tally[0]["against"], "against": tally[0]["for"]}, tally[1])
    if outcome is None and "vetoed" in lowered:
        veto = _VETO.search(text)
        if veto:
            outcome, measure = "vetoed", clean_measure(veto["measure"])[0] or None
            outcome_span = (veto.start("actor"), veto.end("measure"))
            actor = re.sub(r"^the\s+", "", veto["actor"], flags=re.IGNORECASE)
            actor = actor[:1].upper() + actor[1:]
            found.append(
                VoteMention(
                    sentence.start + veto.start("actor"),
                    sentence.start + veto.end("measure"),
                    {
                        "actor": actor,
                        "position": "veto",
                        **({"body": body} if body else {}),
                        **({"measure": measure} if measure else {}),
                    },
                )
            )
    if outcome is None and not found:
        found += state_stance(text, sentence.start, body)
    if tally and measure is None:
        infinitive = _INFINITIVE_OUTCOME.search(text)
        if infinitive:
            measure = clean_measure(infinitive["measure"])[0] or None
            outcome = outcome or _outcome_words()[infinitive["verb"].lower()]
            # the claim covers the outcome's words ("to pass") as well as the tally
            outcome_span = outcome_span or (
                min(tally[1][0], infinitive.start()),
                max(tally[1][1], infinitive.end("verb")),
            )
    if tally and measure is None:
        # "The court voted 6-3 to uphold a Mississippi law": what was decided, in the infinitive after the tally
        decided = _TO_AFTER_TALLY.match(text, tally[1][1])
        measure = (clean_measure(decided["measure"])[0] or None) if decided else None
    if outcome is None and tally:
        # "The decision was rejected 11-1": the verb right before a tally is the outcome, whatever was decided
        passive = _OUTCOME_BEFORE_TALLY.search(text, 0, tally[1][0] + 1)
        if passive:
            outcome = _outcome_words()[passive["verb"].lower()]
            outcome_span = (passive.start("verb"), tally[1][1])
    if outcome is None and tally:
        # "which had passed the so-called head tax 9-0": the outcome verb a few words before a tally (not
        # "defeated": "Sweden defeated South Korea 1-0" is a score)
        verb = _VERB_BEFORE_TALLY.search(text, max(0, tally[1][0] - 60), tally[1][0])
        verb = verb or _FAILED_BEFORE_TALLY.search(text, max(0, tally[1][0] - 40), tally[1][0])
        verb = verb or verb_far_before(text, *tally[1])
        if verb:
            outcome = _outcome_words()[verb["verb"].lower()]
            outcome_span = (verb.start("verb"), tally[1][1])
    if outcome is None and tally:
        # "The 51-50 vote capped a bruising confirmation fight": beside a tally, the noun of an outcome says it
        noun = _OUTCOME_NOUN_NEAR.search(text, max(0, tally[1][0] - 80), tally[1][1] + 80)
        if noun:
            outcome = _outcome_words()[noun["noun"].lower()]
            outcome_span = (min(tally[1][0], noun.start()), max(tally[1][1], noun.end()))
    if outcome is None and tally:
        # "Senate agreed to conference report ... by Yea-Nay Vote. 83 - 16": the outcome the record words before it
        by_vote = _outcome_by_vote().search(text, 0, tally[1][0])
        if by_vote:
            outcome = _outcome_words()[" ".join(by_vote["verb"].lower().split())]
            outcome_span = (by_vote.start("verb"), tally[1][1])
    if (
        outcome is None
        and tally
        and _DECIDED.search(text)
        and tally[0]["for"] != tally[0]["against"]
        and not _ONLY_AHEAD.search(text, max(0, tally[1][0] - 30), tally[1][0])
    ):
        outcome = "adopted" if tally[0]["for"] > tally[0]["against"] else "rejected"  # a tie decides nothing
        outcome_span = tally[1]
    counted_for_rejection = tally and (_REJECTED_BY.match(text, tally[1][0]) or _TO_REJECT.match(text, tally[1][1]))
    if tally and outcome == "rejected" and counted_for_rejection and tally[0]["for"] > tally[0]["against"]:
        # "failed by 330 votes to 275", "voted to reject it by 330 to 275": the first count prevailed
        tally = ({**tally[0], "for": tally[0]["against"], "against": tally[0]["for"]}, tally[1])
    if tally is None:
        tally = shares(text, outcome, outcome_span)
        if tally and outcome is None:
            outcome = outcome_of_shares(tally[0])
            outcome_span = tally[1] if outcome else None
    if outcome is None and tally and tally[0]["for"] == tally[0]["against"] and _DEADLOCK.search(text):
        # "the committee deadlocked 11-11": a tie decides nothing, but its count is a claim
        found.append(
            VoteMention(
                sentence.start + tally[1][0],
                sentence.start + tally[1][1],
                {"tally": tally[0], **({"body": body} if body else {})},
            )
        )
    if outcome is not None and outcome_span is not None:
        fields: dict[str, Any] = {"outcome": outcome}
        if measure:
            fields["measure"] = measure
        if body:
            fields["body"] = body
        span = outcome_span
        if tally:
            fields["tally"] = tally[0]
            span = (min(span[0], tally[1][0]), max(span[1], tally[1][1]))
        found.append(VoteMention(sentence.start + span[0], sentence.start + span[1], fields))
        second = find_second_tally(text, tally[1][1]) if tally and "percent" not in tally[0] else None
        if second is not None:
            found.append(second_decision(sentence, second, body, measure))
    positions = find_positions(sentence, body, measure, vote_nearby=vote_nearby or body is not None)
    found += (without_the_body(positions, body) if outcome is not None else positions) + find_stances(sentence)
    if tally is None and outcome is None and any(word in lowered for word in ("members", "countries", "votes in")):
        counted = find_side_count(text)
        if counted:  # "Poland abstained on the climate resolution, while 12 members voted for it"
            measure = measure or next((v.fields["measure"] for v in positions if v.fields.get("measure")), None)
            found.append(side_count(sentence, counted, body, measure))
    return found
