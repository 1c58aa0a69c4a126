"""The title, nationality and body words of a capitalised run, before or after the name in it:
"Israeli Prime Minister Benjamin Netanyahu", "Refugee Council Enver Solomon", "Rob Portman of Ohio"."""

from __future__ import annotations

import re

from factdesk.claims.extract.lexicon import COUNTRIES, NATIONALITIES, ORGANISATION_WORDS, PORTFOLIO_WORDS, Lexicon
from factdesk.claims.extract.name_model import is_title_word, places
from factdesk.claims.extract.tokens import Token

_WORD_SPAN = re.compile(r"\S+")
_HOME_PLACES = places() | COUNTRIES


class TitleMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self.titles: dict[tuple[str, ...], str] = {}
        for title in lexicon.titles:
            self.titles[tuple(title.lower().split())] = title
        self.longest = max((len(key) for key in self.titles), default=1)
        # Most words start no title and end none: one set look-up rules them out.
        self.first_words = {key[0] for key in self.titles}
        self.last_words = {key[-1] for key in self.titles}

    def heads(self, word: str) -> bool:
        """Whether a word ends a title and names an office on its own ("Chair", "Chairman"; not "Defense")."""
        return any(
            lower in self.last_words and (is_title_word(lower) or (lower,) in self.titles)
            for lower in {word.lower(), _singular(word.lower())}  # "MPs", "Senators" before a list of names
        )

    def ends_a_title(self, word: str) -> bool:
        """Whether a word ends a title, or is a plural of one ("MPs", "Senators") before a list of names."""
        lower = word.lower()
        return lower in self.last_words or _singular(lower) in self.last_words

    def ending_at(self, text: str, window_start: int, end: int) -> tuple[str, int] | None:
        """(title as written, its start) if the words just before `end` (then whitespace) are a title."""
        window = text[window_start:end]
        if not window or not window[-1].isspace():
            return None
        last_word = window.rsplit(None, 1)[-1].lower() if window.strip() else ""
        rank, _, office = last_word.rpartition("-")
        if rank.capitalize() in RANK_WORDS or rank == "co":  # "vice-captain", "co-chair": a rank of an office
            last_word = office
        if last_word not in self.last_words:
            return None
        spans = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(window)][-self.longest :]
        for size in range(len(spans), 0, -1):
            first = spans[-size][0]
            written = window[first : spans[-1][1]]
            words = written.lower().split()
            if tuple([*words[:-1], last_word]) in self.titles and window[spans[-1][1] :].isspace():
                return written, window_start + first
        return None

    def begins_a_body(self, tokens: list[Token], at: int, size: int) -> bool:
        """Whether a one-word title at `at` begins a body's name that another title follows: "General Motors
        CEO Mary Barra", "General Assembly President Abdulla Shahid" (not "General Mark Milley")."""
        after = tokens[at + size : len(tokens) - 2]
        return size == 1 and bool(after) and not self.heads(after[0].text) and any(self.heads(t.text) for t in after)

    def match(self, tokens: list[Token], at: int) -> tuple[int, str] | None:
        """(token count, title as written) of the longest title starting at `at`."""
        if (
            tokens[at].text.lower() not in self.first_words
            and _singular(tokens[at].text.lower()) not in self.first_words
        ):
            return None
        for size in range(min(self.longest, len(tokens) - at), 0, -1):
            key = tuple(token.text.lower() for token in tokens[at : at + size])
            # "MPs David Littleproud and Keith Pitt", "Senators A and B": a plural title before a list of names
            if key in self.titles or (*key[:-1], _singular(key[-1])) in self.titles:
                consumed = size
                # "Minister of Strategic Affairs": the portfolio belongs to the title
                if at + consumed + 1 < len(tokens) and tokens[at + consumed].text == "of":
                    extra = 1
                    while at + consumed + extra < len(tokens) and tokens[at + consumed + extra].text in PORTFOLIO_WORDS:
                        extra += 1
                    if extra > 1:
                        consumed += extra
                written = " ".join(token.text for token in tokens[at : at + consumed])
                return consumed, written
        return None


def ends_a_body(word: str) -> bool:
    """A word that ends a body's name, not a portfolio's: "Party", "Council" (not "Affairs")."""
    return word in ORGANISATION_WORDS and word not in PORTFOLIO_WORDS


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "'s", "’s")) else word


def after_the_body(rest: list[Token]) -> list[Token]:
    """The name after a body: "Refugee Council Enver Solomon", "Governor of Washington Chris Gregoire".

    It is what follows the last organisation word, place, acronym or "of", when two words or more follow it.
    """
    for at in range(len(rest) - 3, -1, -1):
        text = rest[at].text
        if (
            text in ORGANISATION_WORDS
            or text in COUNTRIES
            or text == "of"
            or (text.isupper() and len(text) > 1 and not text.endswith("."))
        ):
            return rest[at + 1 :]
    return rest


# The words before a title that say whose it is: "the Conservative leader", "Tunisia's coach",
# "Liberal Democrat leader".
OWNER_BEFORE = re.compile(
    # "But PP leader X": a conjunction opening the sentence is nobody's name
    r"(?<![\w'’.-])(?:(?:The|A|An|His|Her|Their|Its|But|And|Yet|So|Or|Still|Meanwhile)\s+)?"
    r"(?:(?:Former|Then|Ex|Outgoing|Incoming)\s+)?"
    r"(?!(?:Veteran|Longtime|Long-time|Longest-serving)\s)"  # "Veteran opposition leader X": whose title it is not
    r"(?P<owner>(?:[A-Z][\w.-]*\s+(?:of\s+(?:the\s+)?)?){0,2}[A-Z][\w.-]*?)(?:['’]s)?\s+$"
)
# Words that make a title another office when they stand before it: "Deputy Chief Minister".
RANK_WORDS = frozenset(
    "Deputy Vice Acting Interim Caretaker Senior Chief Assistant Associate Shadow Junior Principal".split()
)


def without_home_place(rest: list[Token]) -> list[Token]:
    """The name before "of": "Rob Portman of Ohio", "Jann Wenner of Rolling Stone Magazine".

    A state or country after "of" is where the person is from; any other body after a name of two
    words or more is where they work. "Bank of America" (one word before "of") stays whole.
    """
    for at in range(len(rest) - 2, 0, -1):
        if rest[at].text == "of" and (at >= 2 or " ".join(token.text for token in rest[at + 1 :]) in _HOME_PLACES):
            return rest[:at]
    return rest


def nationality_at(tokens: list[Token], at: int) -> tuple[int, str | None] | None:
    for size in (2, 1):
        if at + size <= len(tokens):
            words = " ".join(token.text for token in tokens[at : at + size])
            if words in NATIONALITIES:
                return size, NATIONALITIES[words]
    return None
