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
    def dollars(self) -> frozenset[str]:
        """The codes of the currencies called dollars: a bare "$" may be any of them."""
        named = [*self.after.items(), *self.phrases.items()]
        return frozenset(code for word, code in named if "dollar" in word.lower())

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
    return "|".join(
        re.escape(sign) + _AMOUNT_AFTER.get(len(sign), r"(?=\s?\d)") if sign[-1] not in "$€£¥₹" else re.escape(sign)
        for sign in signs
    )


# a one-letter sign ("R169 million", "R15.88" rand) is money only before cents or a scale word: "Route R30",
# "an R2 car" are names
_AMOUNT_AFTER = {1: r"(?=\d[\d,]*(?:\.\d+|\s?(?:thousand|million|billion|trillion|bn|mn|m)\b))"}


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


# "US$", "USD", "U.S. dollars": a dollar that names its country
_NAMED_US_DOLLAR = re.compile(r"\bUS\$|\bUSD\b|\bU\.?S\.?\s+dollars?\b", re.IGNORECASE)


def same_money(unit: str | None, written: str, other: str | None, other_written: str) -> bool:
    """Whether two amounts are in one currency: a bare "$" (read as US dollars) in a Canadian budget or an
    Australian company's report is that country's dollar, so "$39.8 billion" there is the article's
    "C$39.8 billion"; "US$" and "C$" written out are two currencies."""
    if unit == other:
        return True
    dollars = currencies().dollars
    if unit not in dollars or other not in dollars:
        return False
    return _bare_dollar(unit, written) or _bare_dollar(other, other_written)


def _bare_dollar(unit: str | None, written: str) -> bool:
    return unit == "USD" and _NAMED_US_DOLLAR.search(written) is None
