"""Words with offsets, and the capitalised runs that names, titles and bodies are made of."""

from __future__ import annotations

import re
from typing import NamedTuple

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# Inside a word: combining accents (an article in decomposed Unicode, NFD) and zero-width characters.
_INSIDE = "\u0300-\u036f\u200b-\u200d\u2060\ufeff"
_TOKEN = re.compile(rf"[^\W_](?:[\w'’.\u00ad{_INSIDE}-]*[\w.{_INSIDE}])?")
_POSSESSIVE = re.compile(r"['’]s?$")
_KEEP_DOT = re.compile(
    r"^(?:[A-Za-z]\.)+$|^(?:Mr|Mrs|Ms|Dr|Drs|Gen|Gens|Lt|Col|Sen|Sens|Rep|Reps|Gov|Govs|St|Jr|Sr|Prof|Capt|Adm|Sgt|Maj)\.$"
)
PARTICLES = frozenset(
    {
        "bin",
        "ibn",
        "al",
        "el",
        "de",
        "del",
        "della",
        "da",
        "di",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "ter",
        "ben",
        "bint",
    }
)
_INNER_CONNECTORS = frozenset({"of"})

# Every upper-case letter of the Basic Multilingual Plane, for a regex class (re has no \p{Lu}).
_UPPER_CLASS = "".join(re.escape(ch) for ch in map(chr, range(0x10000)) if ch.isupper() and ch.isalpha())
# A family name may start with a joined particle in lower case: "al-Amr", "el-Sisi", "d'Alema".
_JOINED_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|d|l|dell)[-'’]"
_CAPITAL_WORD = rf"(?:{_JOINED_PARTICLE})?[{_UPPER_CLASS}](?:[\w'’.\u00ad{_INSIDE}-]*[\w.{_INSIDE}])?"
_STARTS_JOINED = re.compile(rf"^{_JOINED_PARTICLE}[{_UPPER_CLASS}]")
_CONNECTOR = "(?:of|" + "|".join(sorted(PARTICLES)) + ")"
# A superset of every capitalised run, found by the regex engine instead of word by word in Python:
# `candidate_runs` then tokenises only these stretches and applies the exact rules of `capitalised_runs`.
_RUN_CANDIDATE = re.compile(
    rf"(?<![\w'’.\u00ad-]){_CAPITAL_WORD}(?:[ \u00a0\n](?:(?i:{_CONNECTOR})[ \u00a0\n]){{0,2}}{_CAPITAL_WORD})*"
)
# ... and where a time is joined to a title ("then-Prime Minister X": the title is the run's), the slower
# pattern that lets a run begin after it
_RUN_CANDIDATE_AFTER_A_TIME = re.compile(
    r"(?:(?<![\w'’.\u00ad-])|(?<=\bthen-)|(?<=\bex-))"
    rf"{_CAPITAL_WORD}(?:[ \u00a0\n](?:(?i:{_CONNECTOR})[ \u00a0\n]){{0,2}}{_CAPITAL_WORD})*"
)


class Token(NamedTuple):
    """One word with its offsets. A named tuple: as immutable as a frozen dataclass, made twice as fast
    (tens of thousands per long article)."""

    text: str  # without a possessive "'s" or a sentence-final full stop
    start: int
    end: int
    possessive: bool = False

    @property
    def capitalised(self) -> bool:
        return is_capital(self.text[0]) or (self.text[0] in "abdeil" and _STARTS_JOINED.match(self.text) is not None)


def is_capital(first: str) -> bool:
    """Upper or title case, as a name's first letter is ("Ǆ" is title case, not upper)."""
    return first.isupper() or (first.isalpha() and first != first.lower())


def first_letters(text: str) -> list[str]:
    """The first character of each word `tokenize` would find, without building tokens."""
    return [word[0] for word in _TOKEN.findall(text)]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words of `text` with absolute offsets; "Gallant’s" -> Token("Gallant", possessive=True)."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start() + offset
        if word.endswith(".") and not _KEEP_DOT.match(word):
            word = word.rstrip(".")
        possessive = False
        possessive_match = _POSSESSIVE.search(word)
        if possessive_match and len(word) > 2:
            word, possessive = word[: possessive_match.start()], True
        word = word.rstrip("-'’")
        ranked = (_RANK_JOINED.match(word) or _TIME_JOINED.match(word)) if "-" in word else None
        if ranked:  # "Vice-President", "then-Prime": the rank (or time) and the title, as two words
            prefix = ranked[1].lower() if ranked.re is _TIME_JOINED else ranked[1]  # a time is not part of a title
            tokens.append(Token(prefix, start, start + len(ranked[1])))
            start, word = start + len(ranked[1]) + 1, ranked[2]
        if word:
            tokens.append(Token(word, start, start + len(word), possessive))
    return tokens


_RANK_JOINED = re.compile(r"(Vice|Deputy|Co|Under|Lieutenant|Acting)-([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")
_TIME_JOINED = re.compile(r"((?i:then|ex))-([A-Z][a-z]+)$")  # "then-Prime Minister X", "Ex-President X"


def capitalised_runs(tokens: list[Token], text: str, offset: int) -> list[list[Token]]:
    """Maximal runs of adjacent capitalised words, joined by single spaces, "of" or name particles.

    A run stops at punctuation (other than a full stop inside an abbreviation),
    after a possessive, and at any lower-case word that is not a connector.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    pending: list[Token] = []  # a connector ("of", "bin") waiting for a capitalised word
    for token in tokens:
        joined = False
        if current and not current[-1].possessive:
            last = pending[-1] if pending else current[-1]
            # "\n": a wrapped line; "-": a rank joined to its title ("Vice-President")
            joined = text[last.end - offset : token.start - offset] in (" ", "\u00a0", "\n", "-")
        if token.capitalised and token.text[0].isalpha():
            if joined:
                current.extend(pending)
                current.append(token)
            else:
                if current:
                    runs.append(current)
                current = [token]
            pending = []
        elif joined and len(pending) < 2 and (token.text.lower() in PARTICLES or token.text in _INNER_CONNECTORS):
            pending.append(token)  # "von der Leyen", "de la Cruz": at most two particles in a row
        else:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def candidate_runs(sentence_text: str, offset: int, text: str) -> list[list[Token]]:
    """The capitalised runs of one sentence (same as `capitalised_runs` over all its tokens, faster)."""
    runs: list[list[Token]] = []
    timed = "then-" in sentence_text or "ex-" in sentence_text.lower()
    for match in (_RUN_CANDIDATE_AFTER_A_TIME if timed else _RUN_CANDIDATE).finditer(sentence_text):
        tokens = tokenize(match.group(), offset + match.start())
        runs.extend(capitalised_runs(tokens, text, 0))
    return runs
