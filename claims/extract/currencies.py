"""Currencies as the press writes them (data/currencies.tsv): "$", "US$", "USD 100 billion" and
"100 billion dollars" are one currency, so an amount is compared with an amount in the same money
however each text writes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class Currencies:
    codes: frozenset[str]
    before: dict[str, str]  # sign or code written before an amount -> ISO code
    after: dict[str, str]  # word written after an amount -> ISO code
    after_a_scale: frozenset[str]  # of those, the words that name money only after "million" and the like
    phrases: dict[str, str]  # a phrase written after an amount, lower-cased -> ISO code ("swedish crowns")

    @property
    def phrase_pattern(self) -> re.Pattern[str]:
        """The phrases, longest first, as one pattern matching right after an amount ("10 million Swedish crowns")."""
        alternation = "|".join(
            r"\s+".join(map(re.escape, p.split())) for p in sorted(self.phrases, key=len, reverse=True)
        )
        return re.compile(rf"^\s+({alternation})\b", re.IGNORECASE)

    @property
    def before_pattern(self) -> str:
        """A regex alternation of the signs, longest first ("US$" before "$"); codes stand as whole words."""
        return _alternation(sorted(self.before, key=len, reverse=True))

    @property
    def before_pattern_lower(self) -> str:
        """The same alternation for lower-cased text."""
        return _alternation([sign.lower() for sign in sorted(self.before, key=len, reverse=True)])


def _alternation(signs: list[str]) -> str:
    return "|".join(re.escape(sign) + (r"(?=\s?\d)" if sign[-1] not in "$€£¥₹" else "") for sign in signs)


@cache
def currencies() -> Currencies:
    text = files("factdesk.claims.extract").joinpath("data/currencies.tsv").read_text(encoding="utf-8")
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    scaled: set[str] = set()
    phrases: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, signs, *words = line.split("\t")
        for sign in signs.split():
            before[sign] = code
        for word in words[0].split() if words else []:
            if "_" in word:
                phrases[word.replace("_", " ").lower()] = code
                continue
            bare = word.rstrip("*")
            after[bare] = code
            if word.endswith("*"):
                scaled.add(bare)
    return Currencies(frozenset(before.values()), before, after, frozenset(scaled), phrases)
