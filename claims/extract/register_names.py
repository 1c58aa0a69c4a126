"""Names the register knows, however the article spells them: a spelling one typo from a register name
is a person claim wherever it stands, because it is the very claim a fact-checker needs."""

from __future__ import annotations

import unicodedata

from factdesk.base.text import fold, one_letter_dropped
from factdesk.claims.extract.lexicon import ORGANISATION_WORDS, Lexicon
from factdesk.claims.extract.name_model import given_names
from factdesk.claims.extract.tokens import Token
from rapidfuzz.fuzz import ratio

_NEAR_REGISTER = 85  # rapidfuzz ratio: one or two letters off in a name of two words
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean_name(written: str) -> str:
    """A name as it reads: composed accents (NFC), no zero-width characters or soft hyphens."""
    if written.isascii():
        return written
    return unicodedata.normalize("NFC", written.translate(_ZERO_WIDTH))


class RegisterNames:
    """The register's spellings, as extraction asks about them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.known = {fold(name) for name in lexicon.known_names}

    def mononym(self, name: str) -> bool:
        """ "Siddaramaiah", "Halston": a one-word name the register spells so (or one typo from it) is a
        person's full name, not a surname waiting for its owner."""
        return fold(name) in self.known or (len(name) >= 6 and self.near(name))

    def misspelt_eponym(self, rest: list[Token]) -> list[Token]:
        """ "the Andy Warhal Foundation": a misspelling of a register name inside an organisation's name is
        still a misspelt name (the name spelt right there is the organisation's, and no claim)."""
        at = next((at for at, token in enumerate(rest) if token.text in ORGANISATION_WORDS), 0)
        if at < 2:
            return rest
        name = clean_name(" ".join(token.text for token in rest[:at]))
        if fold(name) not in self.known and self.near(name):
            return rest[:at]
        return rest

    def without_a_word_before(self, rest: list[Token]) -> list[Token]:
        """ "Leftist Luiz Inacio Lula da Silva", "Born Heinz Alfred Kissinger": a capitalised word before a
        name the register spells exactly is no part of it (else the whole is one word off that name, and
        looks like its misspelling)."""
        if len(rest) < 3 or rest[0].text.lower() in given_names():
            return rest
        tail = fold(clean_name(" ".join(token.text for token in rest[1:])))
        if tail in self.known and fold(clean_name(" ".join(token.text for token in rest))) not in self.known:
            return rest[1:]
        return rest

    def near(self, name: str) -> bool:
        """A spelling one or two letters from a name the register knows ("Tzaji Hanegbi"): a person, and
        the very claim a fact-checker needs, whatever the name model makes of the misspelt words."""
        folded = fold(name)
        index = self.lexicon.known_by_word
        if not index:
            return False
        keys = {key for word in folded.split() for key in one_letter_dropped(word)}
        near = {known for key in keys for known in index.get(key, ())}
        return any(ratio(folded, known) >= _NEAR_REGISTER for known in near)
