"""Tallies as news writes them: "70-29", "by 330 votes to 275", "143 in favour to 9 against"."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from factdesk.claims.extract.numbers import NUMBER, number_value, tidy


def _count(name: str) -> str:
    return rf"(?P<{name}>{NUMBER}|none|no)"


# Counts as wire copy writes them in a tally: "143", "1,024"; the word after them is not a unit ("5.0%")
_COUNT_FOR = r"(?P<for>\d{1,3}(?:,\d{3})?)(?![\d.%])"
_COUNT_AGAINST = r"(?P<against>\d{1,3}(?:,\d{3})?)\b(?![.,]?\d|%)"
_ABSTENTIONS = r"(?:,?\s+(?:with|and)\s+(?P<abstain>\d{1,3}(?:,\d{3})?)\s+abstentions?)?"

# "deputies voting ", "members voted ", "votes ": what a side's count counts, and how it voted
_SIDE_NOUN = r"(?:\s+(?:[a-z]+\s+)?(?:voting|voted|votes?))?\s+"
_ABSTAINING = (
    r"(?:,?\s+(?:and|with)\s+" + _count("abstain") + r"\s+(?:[a-z]+\s+)?(?:abstaining|abstained|abstentions?))?"
)

# Each pattern with the words (lower case) it cannot match without: a cheap test before the search.
TALLIES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (  # "by 300 votes to 250", "a no-confidence vote, 300 to 250", "voted 320 to 275", "voting 143 to 9"
        re.compile(
            r"\b(?:by|vote,?(?:\s+was)?|vot(?:ed|ing)(?:\s+[a-z]+){0,2}?)\s+"
            + _COUNT_FOR
            + r"\s+(?:votes\s+)?to\s+"
            + _COUNT_AGAINST
            + _ABSTENTIONS
        ),
        ("vot",),
    ),
    (  # "by nine votes to eight": small counts written in words
        re.compile(r"\bby\s+" + _count("for") + r"\s+votes?\s+to\s+" + _count("against") + r"\b(?!\s*(?:percent|%))"),
        ("votes",),
    ),
    (  # "The final tally was 2,654 to 2,131 in favor of the union"
        re.compile(r"\b" + _COUNT_FOR + r"\s+to\s+" + _COUNT_AGAINST + r"\s+in\s+favou?r\b"),
        ("favo",),
    ),
    (  # "the House approved the plan 228 to 205": the counts right after the decided measure
        re.compile(
            r"\b(?:approved|passed|rejected|adopted|defeated|confirmed|voted\s+down)\s[^,;.]{0,80}?\s"
            + _COUNT_FOR
            + r"\s+to\s+"
            + _COUNT_AGAINST
        ),
        (" to ",),
    ),
    (  # "143 to 9 with 25 abstentions"
        re.compile(r"\b" + _COUNT_FOR + r"\s+to\s+" + _COUNT_AGAINST + _ABSTENTIONS.removesuffix("?")),
        ("abstention",),
    ),
    (  # "secured 215 votes to Takaichi's 194", "181 votes against Ishiba's 154"
        re.compile(
            _COUNT_FOR + r"\s+votes\s+(?:to|against)\s+(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w-]*['’]s\s+" + _COUNT_AGAINST
        ),
        ("votes",),
    ),
    (
        re.compile(
            # not a piece of a date ("2010-06-30") or a range of years
            r"(?<!\d[-–—/])\b(?P<for>\d{1,3})\s*[-–—]\s*(?P<against>\d{1,3})(?:\s*[-–—]\s*(?P<abstain>\d{1,3}))?\b"
            r"(?![-–—/]\d)(?!\s*(?:percent|%|years?|months?))"
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
    (  # "with 170 deputies voting against, 82 in favour and 97 abstaining": the sides in either order
        re.compile(
            r"\b"
            + _count("against")
            + _SIDE_NOUN
            + r"against,?\s+(?:and\s+|with\s+)?"
            + _count("for")
            + _SIDE_NOUN
            + r"(?:in\s+favou?r|for)\b"
            + _ABSTAINING,
            re.IGNORECASE,
        ),
        ("against",),
    ),
    (  # "with 82 deputies voting in favour, 170 against and 97 abstaining"
        re.compile(
            r"\b"
            + _count("for")
            + _SIDE_NOUN
            + r"(?:in\s+favou?r|for),?\s+(?:and\s+|with\s+)?"
            + _count("against")
            + _SIDE_NOUN
            + r"against\b"
            + _ABSTAINING,
            re.IGNORECASE,
        ),
        ("against",),
    ),
]


@cache
def _score_words() -> frozenset[str]:
    data = resources.files("factdesk.claims.extract").joinpath("data", "score_words.txt")
    return frozenset(
        " ".join(line.split())
        for line in data.read_text(encoding="utf-8").splitlines()
        if line.strip() and line[0] != "#"
    )


_WORD_BEFORE = re.compile(r"([a-z]+)\W*$")
_WORDS_AFTER = re.compile(r"\W*([a-z]+(?:\s+[a-z]+){0,2})")


def is_a_score(sentence: str, start: int, end: int) -> bool:
    """ "Argentina beat France 4-3 on penalties", "a 3-3 draw": a match score, never a vote's tally."""
    words, lowered = _score_words(), sentence.lower()
    before = _WORD_BEFORE.search(lowered, max(0, start - 30), start)
    if before and before[1] in words:
        return True
    after = _WORDS_AFTER.match(lowered, end)
    if after is None:
        return False
    following = after[1].split()
    return any(" ".join(following[:size]) in words for size in (1, 2, 3))


def find_tally(sentence: str, lowered: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
    for pattern, needs in TALLIES:
        if not all(word in lowered for word in needs):
            continue
        match = pattern.search(sentence)
        if match is None:
            continue
        if not needs and is_a_score(sentence, match.start(), match.end()):
            continue  # the bare "4-2" shape: a score as often as a tally
        counts = {}
        for key in ("for", "against", "abstain"):
            written = match.groupdict().get(key)
            if written is not None:
                value = number_value(written.replace(",", "")) if written.lower() not in ("none", "no") else 0.0
                if value is not None:
                    counts[key] = tidy(value)
        if "for" in counts and "against" in counts:
            return counts, match.span()
    return None


_PERCENT = r"(?P<share>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)"
# "About 59% of members voted in favour", "and 41% voted against": a share of the ballots and its side
_SHARE_VOTED = re.compile(
    _PERCENT + r"(?:\s+of\s+[^.;:%]{1,100}?)?\s+(?:who\s+[^.;:%]{1,40}?\s+)?voted\s+"
    r"(?P<side>in\s+favou?r|for|yes|to\s+(?:accept|approve|ratify|back|endorse)|against|no|to\s+reject)\b",
    re.IGNORECASE,
)
# "rejected ... by 94.6%", "was voted down by 64%": the share the outcome's side won by
_SHARE_BY = re.compile(r"^[^.;:]{0,60}?\bby\s+" + _PERCENT)
_AGAINST_SIDES = ("against", "no", "to reject")


def find_shares(sentence: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """A tally written as shares of the vote: `{for?, against?, percent: True}` and the words' span."""
    shares: dict[str, Any] = {}
    span: tuple[int, int] | None = None
    for match in _SHARE_VOTED.finditer(sentence):
        side = re.sub(r"\s+", " ", match["side"].lower())
        key = "against" if side in _AGAINST_SIDES else "for"
        if key in shares:
            break
        shares[key] = tidy(float(match["share"]))
        span = match.span() if span is None else (span[0], match.end())
    if span is None:
        return None
    return {**shares, "percent": True}, span


def share_won_by(after_outcome: str, offset: int, outcome: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """The share written just after an outcome ("voted down by 64%"): the winning side's, as a tally."""
    match = _SHARE_BY.match(after_outcome)
    if match is None or outcome not in ("adopted", "rejected"):
        return None
    key = "for" if outcome == "adopted" else "against"
    return {key: tidy(float(match["share"])), "percent": True}, (offset + match.start("share"), offset + match.end())


# "Twelve council members voted for", "among the nine countries that voted against": one side's count, where
# the voters are the body's members (a party's members - "three Republicans" - are only part of a side)
_SIDE_COUNT = re.compile(
    rf"\b(?P<count>{NUMBER})\s+(?:[a-z-]+\s+)?(?:members|countries|nations|states|member\s+states)\s+"
    r"(?:that\s+|who\s+)?(?:had\s+)?(?:voted\s+(?P<side>in\s+favou?r|for|against|yes|no)|(?P<abstained>abstained))\b",
    re.IGNORECASE,
)


# "The draft received 10 votes in favor, ...", "which received 11 votes in favor with three abstentions"
_VOTES_RECEIVED = re.compile(
    rf"\b(?:received|won|got|drew|secured|garnered)\s+(?P<count>{NUMBER})\s+votes?\s+(?:in\s+favou?r|for)\b"
    rf"(?:[^.;]{{0,20}}?\bwith\s+(?P<abstain>{NUMBER})\s+abstentions?\b)?",
    re.IGNORECASE,
)


def find_side_count(sentence: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """One side's count of the vote ("Twelve council members voted for", "received 10 votes in favor"):
    `{for|against|abstain: n}`."""
    received = _VOTES_RECEIVED.search(sentence)
    if received is not None and (value := number_value(received["count"])) is not None:
        abstained = number_value(received["abstain"]) if received["abstain"] else None
        counts = {"for": tidy(value), **({"abstain": tidy(abstained)} if abstained is not None else {})}
        return counts, (received.start("count"), received.end())
    match = _SIDE_COUNT.search(sentence)
    if match is None:
        return None
    value = number_value(match["count"])
    if value is None:
        return None
    side = (match["side"] or "").lower()
    key = "abstain" if match["abstained"] else "against" if side in ("against", "no") else "for"
    return {key: tidy(value)}, (match.start(), match.end())


# "voted 6-3 to uphold the law, and 5-4 to overrule Roe", "6-3 against UNC and 6-2 against Harvard": a second
# decision of the same vote, its tally joined to the first's, with what it decided after it
_SECOND_TALLY = re.compile(
    r"\s*,?\s+and\s+(?:by\s+)?(?P<for>\d{1,3})\s*[-–—]\s*(?P<against>\d{1,3})\b(?![-–—/]\d)"
    r"(?P<measure>\s+(?:to|against|in\s+favou?r\s+of|for|in)\s+[^,;.]{2,100})"
)


# "..., and Rep. Justin Pearson was removed on a vote of 69-26": a second decision, about its own subject
_SECOND_PASSIVE = re.compile(
    r"\s*,?\s+and\s+(?P<measure>[^,;]{2,80}?)\s+(?:was|were)\s+(?:\w+ly\s+)?\w+\s+(?:on|by|in)\s+"
    r"(?:a\s+)?(?:vote|margin)\s+of\s+(?P<for>\d{1,3})\s*[-–—]\s*(?P<against>\d{1,3})\b(?![-–—/]\d)"
)


# "..., and the Senate followed on June 19, voting 52-19": the other chamber's vote on the same measure
_SECOND_BODY = re.compile(
    r"(?:\s+(?:on|in)\s+[^,;.]{1,20}?)?\s*,?\s+and\s+the\s+(?P<body>(?:[A-Z][\w'’-]+\s+){0,3}?[A-Z][\w'’-]+)\s+(?:followed|did\s+the\s+same|concurred)"
    r"\b[^,;.]{0,40}?,?\s+(?:voting|by\s+a\s+vote\s+of|on\s+a\s+vote\s+of|by)\s+"
    r"(?P<for>\d{1,3})\s*[-–—]\s*(?P<against>\d{1,3})\b(?![-–—/]\d)"
)


def find_second_tally(sentence: str, after: int) -> tuple[dict[str, Any], tuple[int, int], str, str | None] | None:
    """A second tally joined to the one ending at `after`: its counts, span, the words of what it decided
    (empty: the same measure) and the body that voted, when another ("and the Senate followed")."""
    window = min(len(sentence), after + 200)
    other_body = _SECOND_BODY.match(sentence, after, window)
    if other_body is not None and not is_a_score(sentence, other_body.start("for"), other_body.end("against")):
        counts = {"for": int(other_body["for"]), "against": int(other_body["against"])}
        return counts, (other_body.start("for"), other_body.end("against")), "", other_body["body"]
    match = _SECOND_TALLY.search(sentence, after, window) or _SECOND_PASSIVE.match(sentence, after, window)
    if match is None or is_a_score(sentence, match.start("for"), match.end("against")):
        return None
    counts = {"for": int(match["for"]), "against": int(match["against"])}
    decided = re.sub(r"^\s*(?:to|against|in\s+favou?r\s+of|for|in)\s+", "", match["measure"])
    decided = re.sub(r"^(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr)s?\.\s+", "", decided.strip())  # "Rep. X was removed": X
    return counts, (match.start("for"), match.end("against")), decided.strip(), None
