"""The words of a court's ruling and which way each goes (data/ruling_words.tsv)."""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.extract.lexicon import phrase_table

# What a party brings before a court: upholding it wins the challenge, dismissing or overturning it loses it.
BROUGHT = re.compile(
    # (not "the appeals court's ruling" or "the Court of Appeals": a court, not a case)
    r"\b(?:(?<!court\sof\s)appeals?(?!\s+(?:court|panel|judges?)\b)|petitions?|challenges?|complaints?|lawsuits?|suits?|claims?|cases?|motions?|applications?|"
    r"requests?|objections?|bids?|impeachments?|charges?|indictments?)\b",
    re.IGNORECASE,
)
_NOT_VERBS = (  # adjectives and nouns: a record words a ruling so, a claim's measure never begins with one
    "rejection",
    "dismissal",
    "annulment",
    "nullification",
    "invalidation",
    "reversal",
    "constitutional",
    "constitutionality",
    "lawful",
    "legality",
    "valid",
    "validity",
    "violate",
    "violated",
    "violates",
)


@cache
def ruling_words() -> dict[str, str]:
    """Word or phrase -> "strike", "keep" or "dismiss" (data/ruling_words.tsv)."""
    return phrase_table("ruling_words.tsv")


@cache
def word_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(ruling_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def challenge_won(way: str, brought: bool) -> bool:
    """Whether a ruling of this way ("strike", "keep" or "dismiss") on its object is the challenge won:
    striking down an act or upholding an appeal is; upholding an act, dismissing a petition or overturning
    an impeachment is not."""
    return brought if way == "keep" else not brought  # "threw out the conviction": struck down


def ruled_challenge(measure: str) -> bool | None:
    """Whether a claim's measure that begins with a ruling's verb ("annulled the result", "uphold a
    Mississippi law", "dismissed the petitions") is the challenge won; None if it begins with none."""
    written = measure.removeprefix("to ").strip()
    match = word_pattern().match(written)
    if match is None or match[0].lower().endswith(_NOT_VERBS):
        return None  # "Constitutional amendment on ...", "violates ...": no ruling's act
    way = ruling_words()[" ".join(match[0].lower().split())]
    return challenge_won(way, BROUGHT.search(" ".join(written[match.end() :].split()[:5])) is not None)
