"""Vote claims: who voted how, what was decided, by which body, and by what tally."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from factdesk.claims.extract.lexicon import NATIONALITIES
from factdesk.claims.extract.name_model import is_role_noun
from factdesk.claims.extract.numbers import NUMBER, number_value, tidy
from factdesk.claims.extract.people import LIST_GAP
from factdesk.claims.sentences import Sentence

_POSITION_VERBS = [
    (r"abstained|abstains|abstaining|chose\s+to\s+abstain|abstention", "abstain"),
    (r"voted\s+(?:in\s+favou?r(?:\s+of)?|for|yes)|backed|supported|approved", "for"),
    (r"voted\s+(?:against|no)|opposed|rejected", "against"),
    (r"vetoed|used\s+(?:its|their|a)\s+veto|cast\s+(?:a|its|their)\s+veto", "veto"),
]
_POSITION = re.compile(
    r"(?P<actor>(?:the\s+)?(?:[A-Z][\w.'’-]*|U\.S\.)(?:\s+(?:[A-Z][\w.'’-]*|of|and))*?)"
    # "Senator Mitch McConnell, the Republican leader, backed": an apposition between voter and vote
    r"(?:,\s+(?:the|a|an|who|which|[a-z])[^,;.]{0,60}?,)?"
    r",?\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?P<verb>" + "|".join(f"(?:{v})" for v, _ in _POSITION_VERBS) + r")\b"
)

_OUTCOMES = {
    "pass": "adopted",
    "approve": "adopted",
    "adopt": "adopted",
    "reject": "rejected",
    "block": "rejected",
    "adopted": "adopted",
    "approved": "adopted",
    "passed": "adopted",
    "approval": "adopted",
    "adoption": "adopted",
    "passage": "adopted",
    "rejected": "rejected",
    "defeated": "rejected",
    "rejection": "rejected",
    "defeat": "rejected",
    "failed": "rejected",
    "vetoed": "vetoed",
    "confirmed": "adopted",
    "confirm": "adopted",
    "withdrawn": "withdrawn",
    "withdrew": "withdrawn",
}
_MEASURE_NOUN = (
    r"(?:resolution|bill|motion|measure|amendment|law|legislation|proposal|budget|draft|text|treaty|deal|plan"
    r"|referendum|package)\b"
)
_MEASURE_STOP = re.compile(
    r"\s*(?:[,;:.()]|\s(?:in|by|with|after|for|on|at|during)\s+(?:almost|nearly|about|around|more|over|less|a\s+vote|"
    + NUMBER
    + r")|\s(?:by\s+a\s+vote|with\s+\d|which|that|after|when|while|as|because)\b)"
)
_POSITION_TARGET = re.compile(
    rf"\s+(?:on\s+|for\s+|against\s+|from\s+voting\s+on\s+)?(?P<measure>(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,6}}{_MEASURE_NOUN}(?:\s+\d+)?)",
    re.IGNORECASE,
)
_NOUN_OUTCOME = re.compile(
    r"\b(?P<noun>approval|adoption|passage|rejection|defeat)\s+of\s+(?P<measure>(?:the|a|an|its|their)\s+[^,;.]{3,120})",
    re.IGNORECASE,
)
# "the first ceasefire resolution", "a bill 2728": the subject a passive or intransitive outcome is about
_MEASURE_SUBJECT = rf"(?P<measure>\b(?:the|a|an|its|their)\s+(?:[\w'’()-]+\s+){{0,8}}?{_MEASURE_NOUN}(?:\s+\d+)?)"
_PASSIVE_OUTCOME = re.compile(
    _MEASURE_SUBJECT + r"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:\w+ly\s+)?"
    r"(?P<verb>adopted|approved|passed|rejected|defeated|vetoed|withdrawn)\b",
    re.IGNORECASE,
)
_INTRANSITIVE_OUTCOME = re.compile(
    # "The amendment to cut the parking increase to 8 percent passed 5-2": what it does may stand between
    _MEASURE_SUBJECT + r"(?:\s+(?:to|of|on|for|that)\s+[^,;.]{1,60}?)?\s+(?:\w+ly\s+)?(?P<verb>passed|failed)\b",
    re.IGNORECASE,
)
# "It failed 3-4.": a measure named in the sentence before
_PRONOUN_OUTCOME = re.compile(r"\b(?P<measure>It|it|which)\s+(?:\w+ly\s+)?(?P<verb>passed|failed)\s+\d")
_INFINITIVE_OUTCOME = re.compile(
    r"\bto\s+(?P<verb>pass|approve|adopt|reject|block)\s+"
    rf"(?P<measure>(?:the|a|an|its)\s+[^,;.]{{0,80}}?{_MEASURE_NOUN})",
    re.IGNORECASE,
)
_ACTIVE_OUTCOME = re.compile(
    r"(?P<body>(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:Council|Assembly|Senate|House|Parliament|Congress|Knesset|"
    r"Bundestag|Commons|Committee|Cabinet|Board|(?i:lawmakers|legislators|parliament|senators|MPs)))"
    r"\s+(?:has\s+|had\s+|on\s+\w+\s+)?(?P<verb>adopted|approved|passed|rejected|defeated|vetoed)\s+"
    rf"(?P<measure>(?:the|a|an|its)?\s*[^,;.]{{0,100}}?{_MEASURE_NOUN}(?:\s+\d+(?:\s*\(\d{{4}}\))?)?)"
)
_BODY = re.compile(
    r"\b(?P<body>(?:(?:UN|U\.N\.|United\s+Nations|European|U\.S\.|US|Israeli|British)\s+)?"
    r"(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|House\s+of\s+Representatives|"
    r"House\s+of\s+Commons|House\s+of\s+Lords|National\s+Assembly|European\s+Parliament|City\s+Council|"
    r"Senate|House|Parliament|Congress|Knesset|Bundestag|Bundesrat|Duma|Cabinet|(?:[A-Z]\w+\s+)?Committee|"
    r"Supreme\s+Court))"
)

# "the Senate confirmed Jane Doe as Secretary of Labor": a vote on a nominee, whose name is the measure
_CONFIRMATION = re.compile(
    r"\b(?P<verb>confirmed|rejected)\s+(?P<measure>(?:[A-Z][\w.'’-]+\s+){1,3}?[A-Z][\w'’-]+"
    r"(?:\s+as\s+(?:the\s+)?(?:[A-Z][\w'’-]*|of|the|and)(?:\s+(?:[A-Z][\w'’-]*|of|the|and))*)?)"
)

# A decision with a tally: a vote, or a court's ruling ("the Supreme Court ruled 6-3").
_DECIDED = re.compile(r"\b(?:vot(?:e|ed|ing)|ruled|rules|ruling|decided|sided)\b", re.IGNORECASE)

# "the government survived a no-confidence vote": the motion failed; "lost" one: it passed.
_CONFIDENCE = re.compile(
    r"\b(?P<verb>survived|survives|lost|loses|won|wins)\s+(?:a|the|its|their)\s+(?P<measure>(?:no[- ])?confidence\s+"
    r"(?:vote|motion))",
    re.IGNORECASE,
)
_CONFIDENCE_OUTCOMES = {"survived": "rejected", "survives": "rejected", "lost": "adopted", "loses": "adopted"}

# "the president vetoed the bill": a veto by one office-holder, and the measure's fate.
_VETO = re.compile(
    r"\b(?P<actor>(?:the\s+)?(?:president|governor|mayor|king|queen|prime\s+minister)|"
    r"(?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:has\s+|had\s+)?vetoed\s+"
    rf"(?P<measure>(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,6}}?{_MEASURE_NOUN}(?:\s+\d+)?)"
)

# In the order they are tried, each with the words (lower case) it cannot match without.
_OUTCOME_PATTERNS = (
    (_PASSIVE_OUTCOME, ("adopted", "approved", "passed", "rejected", "defeated", "vetoed", "withdrawn")),
    (_NOUN_OUTCOME, ("approval", "adoption", "passage", "rejection", "defeat")),
    (_ACTIVE_OUTCOME, ("adopted", "approved", "passed", "rejected", "defeated", "vetoed")),
    (_INTRANSITIVE_OUTCOME, ("passed", "failed")),
    (_PRONOUN_OUTCOME, ("passed", "failed")),
    (_CONFIRMATION, ("confirmed", "rejected")),
)


def _count(name: str) -> str:
    return rf"(?P<{name}>{NUMBER}|none|no)"


# Each pattern with the words (lower case) it cannot match without: a cheap test before the search.
_TALLIES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (  # "by 300 votes to 250", "a no-confidence vote, 300 to 250"
        re.compile(r"\b(?:by|vote,?)\s+(?P<for>\d{1,3})\s+(?:votes\s+)?to\s+(?P<against>\d{1,3})\b"),
        ("vot",),
    ),
    (
        re.compile(
            r"\b(?P<for>\d{1,3})\s*[-–—]\s*(?P<against>\d{1,3})(?:\s*[-–—]\s*(?P<abstain>\d{1,3}))?\b(?!\s*(?:percent|%|years?|months?))"
        ),
        (),
    ),
    (
        re.compile(
            r"\bvote\s+of\s+"
            + _count("for")
            + r"(?:\s+(?:votes\s+)?in\s+favou?r)?\s+to\s+"
            + _count("against")
            + r"(?:\s+against)?(?:,?\s+with\s+"
            + _count("abstain")
            + r"\s+abstentions?)?",
            re.IGNORECASE,
        ),
        ("vote",),
    ),
    (
        re.compile(
            r"\b"
            + _count("for")
            + r"\s+(?:votes?\s+)?in\s+favou?r,?\s+(?:and\s+|to\s+|with\s+)?"
            + _count("against")
            + r"\s+(?:votes?\s+)?against(?:,?\s+(?:and|with)\s+"
            + _count("abstain")
            + r"\s+abstentions?)?",
            re.IGNORECASE,
        ),
        ("favo", "against"),
    ),
]


@dataclass(frozen=True, slots=True)
class VoteMention:
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        f = self.fields
        body = f" in the {f['body']}" if f.get("body") else ""
        if f.get("actor"):
            verb = {"abstain": "abstained on", "for": "voted for", "against": "voted against", "veto": "vetoed"}
            measure = f"the {f['measure']}" if f.get("measure") else "the measure"
            return f"{f['actor']} {verb[f['position']]} {measure}{body}"
        tally = f" {f['tally']['for']}-{f['tally']['against']}" if f.get("tally") else ""
        return f"{f.get('measure') or 'the measure'} was {f['outcome']}{tally}{body}"


def actor_name(written: str) -> str:
    bare = re.sub(r"^the\s+", "", written.strip(), flags=re.IGNORECASE)
    return NATIONALITIES.get(bare) or bare


def _clean_measure(measure: str) -> tuple[str, int]:
    """The measure without its article and trailing context, and how much of `measure` it used."""
    stop = _MEASURE_STOP.search(measure)
    if stop:
        measure = measure[: stop.start()]
    used = len(measure.rstrip())
    measure = re.sub(r"^(?:the|a|an|its|their)\s+", "", measure.strip(), flags=re.IGNORECASE)
    return measure.strip(), used


def _tally(sentence: str, lowered: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
    for pattern, needs in _TALLIES:
        if not all(word in lowered for word in needs):
            continue
        match = pattern.search(sentence)
        if match is None:
            continue
        counts = {}
        for key in ("for", "against", "abstain"):
            written = match.groupdict().get(key)
            if written is not None:
                value = number_value(written) if written.lower() not in ("none", "no") else 0.0
                if value is not None:
                    counts[key] = tidy(value)
        if "for" in counts and "against" in counts:
            return counts, match.span()
    return None


# Every vote pattern needs one of these stems (or a tally like "14-0"); a sentence without any is
# skipped. Substring tests on the lower-cased text are several times faster than one case-blind regex.
_VOTE_STEMS = ("vot", "adopt", "approv", "pass", "reject", "veto", "abstain", "abstention", "defeat", "favo",
               "against", "fail", "withdr", "confirm", "backed", "supported", "opposed")  # fmt: skip
# Verbs that are a vote only when a measure follows them ("backed the bill", not "backed the rebels").
_SUPPORT_VERBS = frozenset({"backed", "supported", "opposed"})
_TALLY_SHAPE = re.compile(r"\d\s*[-–—]\s*\d")


def might_be_a_vote(text: str, lowered: str) -> bool:
    return any(stem in lowered for stem in _VOTE_STEMS) or _TALLY_SHAPE.search(text) is not None


def find_votes(sentence: Sentence) -> list[VoteMention]:
    text = sentence.text
    lowered = text.lower()
    if not might_be_a_vote(text, lowered):
        return []
    found: list[VoteMention] = []
    body_match = _BODY.search(text)
    body = re.sub(r"\s+", " ", body_match["body"]) if body_match else None
    measure = None
    outcome_span = None
    outcome = None
    for pattern, verbs in _OUTCOME_PATTERNS:
        if not any(verb in lowered for verb in verbs):
            continue
        match = pattern.search(text)
        if match:
            verb = match.groupdict().get("verb") or match.groupdict().get("noun")
            outcome = _OUTCOMES[verb.lower()]  # type: ignore[union-attr]  # the patterns have a verb or a noun
            cleaned, used = _clean_measure(match["measure"])
            measure = None if cleaned.lower() in ("it", "which") else cleaned or None
            end = match.end() if match.end("measure") < match.end() else match.start("measure") + used
            outcome_span = (match.start(), end)
            if pattern is _ACTIVE_OUTCOME and not body and match["body"][0].isupper():
                named = re.sub(r"^the\s+", "", match["body"])
                body = None if named.lower() in ("lawmakers", "legislators", "senators", "mps") else named
            break
    tally = _tally(text, lowered)
    if outcome is None and "confidence" in lowered:
        confidence = _CONFIDENCE.search(text)
        if confidence and confidence["verb"].lower() in _CONFIDENCE_OUTCOMES:
            outcome = _CONFIDENCE_OUTCOMES[confidence["verb"].lower()]
            measure = "no-confidence motion" if "no" in confidence["measure"].lower()[:3] else "confidence motion"
            outcome_span = confidence.span()
            if tally and outcome == "rejected" and tally[0]["for"] > tally[0]["against"]:
                # "survived ... 300 to 250": the larger count was against the motion
                tally = ({**tally[0], "for": tally[0]["against"], "against": tally[0]["for"]}, tally[1])
    if outcome is None and "vetoed" in lowered:
        veto = _VETO.search(text)
        if veto:
            outcome, measure = "vetoed", _clean_measure(veto["measure"])[0] or None
            outcome_span = (veto.start("actor"), veto.end("measure"))
            actor = re.sub(r"^the\s+", "", veto["actor"], flags=re.IGNORECASE)
            actor = actor[:1].upper() + actor[1:]
            found.append(
                VoteMention(
                    sentence.start + veto.start("actor"),
                    sentence.start + veto.end("measure"),
                    {"actor": actor, "position": "veto", **({"measure": measure} if measure else {})},
                )
            )
    if tally and measure is None:
        infinitive = _INFINITIVE_OUTCOME.search(text)
        if infinitive:
            measure = _clean_measure(infinitive["measure"])[0] or None
            outcome = outcome or _OUTCOMES[infinitive["verb"].lower()]
            # the claim covers the outcome's words ("to pass") as well as the tally
            outcome_span = outcome_span or (
                min(tally[1][0], infinitive.start()),
                max(tally[1][1], infinitive.end("verb")),
            )
    if outcome is None and tally and _DECIDED.search(text) and tally[0]["for"] != tally[0]["against"]:
        outcome = "adopted" if tally[0]["for"] > tally[0]["against"] else "rejected"  # a tie decides nothing
        outcome_span = tally[1]
    if (
        tally
        and outcome == "rejected"
        and re.match(r"(?:by|vote,?)\s", text[tally[1][0] :])
        and tally[0]["for"] > tally[0]["against"]
    ):
        # "failed by 330 votes to 275", "voted to reject it by 330 to 275": the first count prevailed
        tally = ({**tally[0], "for": tally[0]["against"], "against": tally[0]["for"]}, tally[1])
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
    for match in _POSITION.finditer(text):
        actor_written = match["actor"]
        verb = match["verb"].lower()
        if verb in ("approved", "rejected") or "abstention" in verb or _BODY.fullmatch(actor_written.strip()):
            continue  # those are outcomes, or nouns
        position = next(p for pattern, p in _POSITION_VERBS if re.fullmatch(pattern, verb))
        target = _POSITION_TARGET.match(text[match.end() :])
        if verb in _SUPPORT_VERBS and target is None:
            continue
        if measure is None:
            if target:
                measure = _clean_measure(target["measure"])[0] or None
        for actor in re.split(r"\s+and\s+|,\s*", actor_written):
            if not actor.strip() or actor.strip().lower() in ("the", "it", "they"):
                continue
            fields = {"actor": actor_name(actor), "position": position}
            if body:
                fields["body"] = body
            if measure:
                fields["measure"] = measure
            found.append(VoteMention(sentence.start + match.start("actor"), sentence.start + match.end("verb"), fields))
    return found


# "Voting for the action were A, Chair; B; and C.": a board's members named with their votes.
_MEMBERS_VOTING = re.compile(
    r"\b(?:voting|those\s+voting|members\s+voting)\s+(?P<side>for|in\s+favou?r(?:\s+of)?|against|to\s+abstain)\b"
    r"[^.;:]{0,60}?\b(?:were|was|are|is)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:wrote|authored|delivered|penned)\s+(?:the|a|an)\s+(?P<kind>(?:court's\s+|majority\s+|lead\s+|principal\s+|"
    r"main\s+)?(?:opinion|dissent(?:ing\s+opinion)?|ruling|judgment))",
    re.IGNORECASE,
)
_JOINED_BY = re.compile(r",?\s+(?:which\s+was\s+)?joined\s+by\s+", re.IGNORECASE)
_DISSENT = re.compile(r"\b(?:dissented|dissenting|dissents)\b")
_SIDES = {"for": "for", "against": "against", "to abstain": "abstain"}


def find_member_votes(sentence: Sentence, named: list[tuple[int, int, str]]) -> list[VoteMention]:
    """Each named member's vote: "Voting for ... were A, B and C", "Justices X and Y dissented".

    `named` holds (start, end, full name) of every person written in the sentence, in order.
    """
    text, lowered = sentence.text, sentence.text.lower()
    found: list[VoteMention] = []
    if "voting" in lowered:
        sides = list(_MEMBERS_VOTING.finditer(text))
        for number, side in enumerate(sides):
            limit = sentence.start + (sides[number + 1].start() if number + 1 < len(sides) else len(text))
            position = _SIDES.get(re.sub(r"\s+", " ", side["side"].lower()), "for")
            for start, end, name in named:
                if sentence.start + side.end() <= start and end <= limit:
                    found.append(VoteMention(start, end, {"actor": name, "position": position}))
    opinion = _OPINION.search(text) if "opinion" in lowered or "dissent" in lowered else None
    if opinion:
        # "Justice A wrote the majority opinion", "Justice B wrote the dissent, joined by Justice C"
        position = "against" if "dissent" in opinion["kind"].lower() else "for"
        authors = [entry for entry in named if entry[1] <= sentence.start + opinion.start()]
        joined = _JOINED_BY.match(text, opinion.end())
        joiners = [entry for entry in named if joined and sentence.start + joined.start() <= entry[0]]
        for start, end, name in [*authors[-1:], *joiners]:
            found.append(VoteMention(start, end, {"actor": name, "position": position}))
    elif "dissent" in lowered:
        dissent = _DISSENT.search(text)
        if dissent:
            clause_start = max(text.rfind(";", 0, dissent.start()), text.rfind(". ", 0, dissent.start())) + 1
            for start, end, name in named:
                if sentence.start + clause_start <= start and end <= sentence.start + dissent.start():
                    found.append(VoteMention(start, end, {"actor": name, "position": "against"}))
    return found


# Between two voters in a list, which may name each one's office: "Council President A and council member B"
_LIST_GAP_BETWEEN = re.compile(LIST_GAP + r"(?:(?:the\s+)?[a-z][\w-]*\s+){0,2}$")


def spread_over_list(vote: VoteMention, named: list[tuple[int, int, str]], text: str) -> list[VoteMention]:
    """ "Sens. A of Ohio, B of Utah and C of Georgia voted no": the voter's position is each listed name's too.

    `named` holds (start, end, full name) of the people in the sentence; `text` is the article.
    """
    actor = vote.fields.get("actor")
    position = vote.fields.get("position")
    if not actor or not position:
        return []
    by_start = sorted(named)
    at = next((i for i, (start, _, name) in enumerate(by_start) if name == actor and start >= vote.start), None)
    if at is None:
        return []
    spread: list[VoteMention] = []
    while at > 0:
        previous = by_start[at - 1]
        if not _LIST_GAP_BETWEEN.fullmatch(text[previous[1] : by_start[at][0]]):
            break
        fields = {**vote.fields, "actor": previous[2]}
        spread.append(VoteMention(previous[0], vote.end, fields))
        at -= 1
    return spread[::-1]


_PARTY_TAG = re.compile(r"^\(?[RDI]-[A-Z]")
_AS_DID = re.compile(r",?\s+as\s+did\s+")


def voters_around(votes: list[VoteMention], named: list[tuple[int, int, str]], text: str, sentence: Sentence) -> None:
    """Give each position vote its voter when the words before the verb hide it, in place.

    "Sen. Sherrod Brown, D-Ohio, who wrote the bill, voted against it": the voter is the name
    before the apposition, not "D-Ohio".
    """
    names = {name for _, _, name in named}
    for vote in votes:
        actor = vote.fields.get("actor") or ""
        if not vote.fields.get("position") or actor in names:
            continue
        hidden = _PARTY_TAG.match(actor) or (actor.split() and is_role_noun(actor.split()[-1]))
        if not hidden:
            continue  # "the United States abstained": the voter is who the words say
        before = [entry for entry in named if entry[1] <= vote.start and vote.start - entry[1] <= 100]
        if before and not re.search(r"[.;:]", text[before[-1][1] : vote.start]):
            vote.fields["actor"] = before[-1][2]


def as_did(
    votes: list[VoteMention], named: list[tuple[int, int, str]], text: str, sentence: Sentence
) -> list[VoteMention]:
    """ "X voted against, as did the Prime Minister, Y": Y's position is X's."""
    found: list[VoteMention] = []
    for vote in votes:
        if not vote.fields.get("position"):
            continue
        match = _AS_DID.search(text, vote.end, sentence.end)
        if match is None or match.start() - vote.end > 40:
            continue
        after = [entry for entry in named if match.end() <= entry[0] <= match.end() + 60]
        if after:
            start, end, name = after[0]
            found.append(VoteMention(start, end, {**vote.fields, "actor": name}))
    return found
