"""The words extraction leans on: titles, nationalities, places and organisation words.

The lists are data files in claims/extract/data/, one canonical table each;
`Lexicon.with_register` adds every title and given name from the store's
register, so a newsroom teaches the extractor its own beat by writing the
register. Given names and surnames are not listed here: the name model
(name_model.py) weighs them with its own data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from factdesk.base.text import fold, one_letter_dropped


def data_lines(name: str) -> list[str]:
    """The lines of a word list shipped in claims/extract/data/, without comments and blank lines."""
    text = resources.files("factdesk.claims.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def phrase_table(name: str) -> dict[str, str]:
    """A two-column table shipped in claims/extract/data/ (phrase<TAB>value), keyed by the phrase in lower case
    with single spaces."""
    table = {}
    for line in data_lines(name):
        phrase, _, value = line.partition("\t")
        table[" ".join(phrase.lower().split())] = value.strip()
    return table


def _nationalities() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    # every country's demonym, then states' and provinces'; the hand table last wins
    for name in ("demonyms.tsv", "regional_demonyms.tsv", "nationalities.tsv"):
        for line in data_lines(name):
            written, _, country = line.partition("\t")
            table[written.strip()] = country.strip() or None
    return table


# "Conservative Zac Goldsmith": a political label before a name describes it (data/party_labels.txt).
PARTY_LABELS = frozenset(data_lines("party_labels.txt"))

# Titles as they stand before a name or after it in apposition (data/titles.txt).
TITLES = tuple(data_lines("titles.txt"))

# Honorifics mark a person but are not roles worth a claim.
# Honours too: "Dame Esther Rantzen", "Sir Keir Starmer", "Sheikh Tamim" hold no office by them.
HONORIFICS = frozenset(
    "mr. mrs. ms. dr. mr mrs ms dr mme. madame leader chief sir dame lord lady sheikh sheikha baroness baron"
    " lords ladies messrs messrs. drs drs.".split()  # plural styles before a list: "Lords Carnwath and Hughes"
)

# "Israeli" -> "Israel", "Texan" -> "Texas", "state" -> None (data/nationalities.tsv, demonyms.tsv,
# regional_demonyms.tsv).
NATIONALITIES = _nationalities()

# Countries, capitals and groups: never part of a person's name (data/countries.txt).
COUNTRIES = frozenset(data_lines("countries.txt"))

# Every country by its English name (data/world_countries.txt): what "Malaysia's" in a title names.
WORLD_COUNTRIES = frozenset(data_lines("world_countries.txt")) | COUNTRIES

# A capitalised phrase with one of these words names an organisation or place, not a person.
ORGANISATION_WORDS = frozenset(data_lines("organisation_words.txt"))

SPEECH_VERBS = frozenset(
    """said says told added stated argued insisted warned announced declared wrote noted explained
    asked replied claimed confirmed denied tweeted posted""".split()
)

FURNITURE_LINES = frozenset(
    """leave a reply|leave a comment|share this|share this article|related|related articles|read more|
    advertisement|subscribe|sign up|comments|click here|follow us|newsletter|you may also like|
    skip to content|menu|search|print|email|cancel reply|post comment|more stories|trending""".replace("\n", "").split(
        "|"
    )
)

# Searched in lower-cased text: a case-blind regex is three times slower.
OPINION_MARKERS = re.compile(
    r"\b(?:in conclusion|it is (?:essential|important|crucial|vital|clear|imperative)|"
    r"(?:underscores|highlights|shows|reflects|illustrates) how|ought to|"
    # "should" and "must" argue when the writer or everyone is told what to do, not when they report a rule
    r"(?:we|you|one|everyone|leaders|governments|the world|people|it) (?:should|must)|"
    r"i (?:think|believe|feel)|we (?:think|believe|must)|in my view|arguably|perhaps|"
    r"it remains to be seen|only time will tell|remains to be seen)\b"
)


@dataclass(frozen=True)
class Lexicon:
    """Titles (matched case-insensitively), given names and register spellings known to extraction."""

    titles: tuple[str, ...] = TITLES
    given_names: frozenset[str] = frozenset()  # the register's; the name model knows the census lists
    known_names: frozenset[str] = frozenset()

    def with_register(self, titles: Iterable[str], names: Iterable[str]) -> Lexicon:
        """A lexicon that also knows the register's titles and every person's spellings."""
        names = [name for name in names if name.strip()]
        given = {name.split()[0].lower() for name in names if " " in name.strip()}
        merged = dict.fromkeys([*self.titles, *(title.strip() for title in titles if title.strip())])
        return Lexicon(
            titles=tuple(merged),
            given_names=self.given_names | given,
            known_names=self.known_names | frozenset(names),
        )

    @cached_property
    def known_by_word(self) -> dict[str, tuple[str, ...]]:
        """Each word of a register spelling (folded, three letters or more), and each of its forms with one
        letter dropped (four letters or more) -> the folded spellings with it. A word one typo from a
        register word shares one of these keys with it (`one_letter_dropped`)."""
        index: dict[str, list[str]] = {}
        for name in self.known_names:
            folded = fold(name)
            for word in set(folded.split()):
                if len(word) >= 3:
                    for key in one_letter_dropped(word):
                        index.setdefault(key, []).append(folded)
        return {word: tuple(dict.fromkeys(names)) for word, names in index.items()}

    def title_pattern(self) -> str:
        """A regex alternation of every title, longest first, spaces flexible."""
        return self._title_pattern

    @cached_property
    def _title_pattern(self) -> str:
        # Built once per lexicon: the same string object also lets re's cache find its compiled patterns fast.
        ordered = sorted(set(self.titles), key=len, reverse=True)
        return "|".join(re.escape(title).replace(r"\ ", r"[\s-]+") for title in ordered)  # "Vice-President"


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon, made once per process."""
    return Lexicon()


# Words that continue a "Minister of ..." portfolio and never belong to a person's name.
PORTFOLIO_WORDS = frozenset(
    """Strategic Affairs Defense Defence Foreign Finance Interior Justice Health Economy Economic Energy
    Education State Treasury Labor Labour Agriculture Transport Transportation Culture Environment Trade
    Commerce Housing Homeland Security National Public Social Welfare Development Tourism Communications
    Science Technology Industry Infrastructure Immigration Integration Diaspora Intelligence Heritage Sport
    Sports Youth Women Water Resources Natural Planning Regional Cooperation Internal External International
    Religious Services Information Digital Innovation Budget War Veterans Home Office Cabinet Government
    Relations Equality Climate Change Food Rural Fisheries Mines Mining Oil Petroleum Gas Electricity Power
    Telecommunications Construction Settlement Family Children Pensions Work Employment Staff Legal
    Management Operations Policy Research Armed Forces Army Navy Joint Chiefs""".split()
)

# Capitalised words that start sentences or headlines but never start a name.
COMMON_CAPITALISED = frozenset(
    """A An The After Before However In On At But And Or Meanwhile While When Where This That These
    Those It He She They We I His Her Their Its Our As For With Without Following Under Over Between
    Among Despite During If Since Although Though Last Next Earlier Later Former Then Now Both Some Many
    Several Such Also Yet So Still Even Today Yesterday Tomorrow According To From By Of Not No Only
    Why How What Who Which Whose Sources Officials Critics Analysts Residents Speaking Asked Leave Reply
    New Top Senior Acting Interim Outgoing Incoming Late Deputy Mr Mrs Ms One Two Three Four Five Six Seven
    Eight Nine Ten Dozens Hundreds Thousands Millions Every Each All Most See
    Suspended Embattled Ousted Beleaguered Disgraced Deposed Jailed Impeached Exiled Sacked Ailing""".split()
)  # the last line: how a holder stands, not whose office ("Suspended FIFA President X")
