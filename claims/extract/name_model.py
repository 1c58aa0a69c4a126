"""Is a capitalised run a person's name? A small logistic model over the run's shape and context.

A word list cannot know every name in the news ("Romelu Lukaku", "Siddaramaiah"), and a rule
that wants a cue (a title, "said") misses most of them. This model weighs many weak signals
instead: the words' endings, whether they are known given names or surnames, whether the
article also writes them in lower case (a common noun, not a name), the words just before and
after, organisation and place words, initials and hyphens. Its weights are trained by
`benchmarks/train_name_model.py` on openly licensed text with people labelled (wikigold, CC BY
4.0) and shipped as package data: nothing is downloaded at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_PACKAGE = "factdesk.claims.extract"
MODEL_FILE = "name_model.json"
INITIAL = re.compile(r"^[A-Z]\.$")  # "J." in "J. D. Vance"
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "K.C."


def _word_list(name: str) -> frozenset[str]:
    text = resources.files(_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    """The U.S. Census given names, the world list beside them and Faker's names of many cultures."""
    return _word_list("given_names.txt") | _word_list("given_names_world.txt") | _word_list("given_names_faker.txt")


@cache
def surnames() -> frozenset[str]:
    """The U.S. Census surnames and Faker's of many cultures."""
    return _word_list("surnames.txt") | _word_list("surnames_faker.txt")


# Words that qualify an office, and the press's short forms, that nameparser's list of titles lacks.
_TITLE_QUALIFIERS = frozenset(
    """emeritus shadow acting interim deputy assistant associate vice sen sens rep reps gov govs justice
    spokesman spokeswoman spokesperson""".split()
)


# Particles inside names ("Kevin De Bruyne", "Ursula von der Leyen") are not common words there.
_PARTICLES = frozenset("al bin ibn da de del della der di dos du el la le van von ter ben bint".split())


@cache
def _titles() -> frozenset[str]:
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles) | _TITLE_QUALIFIERS


# nameparser's titles hold the words of compound titles too ("her", "first", "excellent"): these are
# never the head noun of a role.
_NOT_ROLE_NOUNS = frozenset(
    """her his me us met most right first second third excellent english british business computer credit
    family film flag flying grand high information knowledge law legal military model mystery national
    operating political private radio risk rock royal security social special staff state states tax
    television travel warrant acting air army blessed charge civil corporate criminal federal field
    financial foreign group intelligence kingdom senior shadow vice count voice prime mother father brother
    sister aunt uncle son daughter wife husband cousin grandmother grandfather niece nephew resident""".split()
)


@cache
def role_nouns() -> frozenset[str]:
    """Words that can end a role written beside a name: "curator", "Defense Minister", "goalkeeper"."""
    return (_titles() - _NOT_ROLE_NOUNS) | _word_list("role_nouns.txt")


@cache
def relations() -> frozenset[str]:
    """Words for a relation before a one-word name: "their child, Gloria" (data/relations.txt)."""
    return _word_list("relations.txt")


@lru_cache(maxsize=65536)
def is_role_noun(word: str) -> bool:
    """Whether `word` (or its singular, for "photographers A, B and C") can end a role."""
    lower = word.lower().rstrip(".,")
    rank, _, office = lower.rpartition("-")
    if rank in _JOINED_RANKS:  # "vice-captain", "co-founder": a rank joined to a calling
        lower = office
    nouns = role_nouns()
    return lower in nouns or (lower.endswith("s") and lower[:-1] in nouns)


_JOINED_RANKS = frozenset("vice co deputy assistant associate acting interim under".split())


@lru_cache(maxsize=65536)  # asked for every capitalised word: a look-up per word, once
def is_title_word(word: str) -> bool:
    """Whether `word` names an office or calling ("Professor", "Curator", "Justices"), from nameparser's list."""
    lower = word.lower().rstrip(".")
    if lower in given_names():
        return False
    titles = _titles()
    return lower in titles or (lower.endswith("s") and lower[:-1] in titles)  # "Sens.", "Justices"


@cache
def places() -> frozenset[str]:
    """States, provinces and nations that stand after a name as "of <Place>"."""
    return _word_list("places.txt")


@cache
def world_places() -> frozenset[str]:
    """Cities, countries and states of two words or more ("Santa Clara"), from GeoNames."""
    return _word_list("world_places.txt")


@cache
def east_asian_surnames() -> frozenset[str]:
    return _word_list("east_asian_surnames.txt")


_SYLLABLES = re.compile(r"^[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}$")  # "Shin-Wook", "Jong-un", "Ing-wen"


# One Pinyin syllable: an initial, then a final ("Jin" + "ping", "Shi" + "chong")
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN}){{1,2}}")
_FREQUENT = 5000  # "Ran", "Long", "Fan" are Pinyin too: a frequent English word is not read as a given name


def east_asian_name(words: tuple[str, ...]) -> bool:
    """A family name first, then a given name of two hyphenated syllables ("Kim Jong-un", "Park Joo-Ho")
    or of one or two Pinyin syllables that is no frequent English word ("Xi Jinping", "Mu Li")."""
    if len(words) != 2 or words[0].lower() not in east_asian_surnames():
        return False
    given = words[1]
    if _SYLLABLES.match(given):
        return True
    lower = given.lower()
    return (
        given[:1].isupper()
        and given[1:].islower()
        and _PINYIN_GIVEN.fullmatch(lower) is not None
        and common_words().get(lower, _FREQUENT) >= _FREQUENT
        and " ".join(words) not in world_places()
    )


@cache
def eponymous_organisations() -> frozenset[str]:
    """ "Morgan Stanley", "Goldman Sachs": organisations named after people (folded, without '&' or 'and')."""
    return frozenset(" ".join(name.lower().split()) for name in _word_list("eponymous_organisations.txt"))


@cache
def common_words() -> dict[str, int]:
    """Lower-case English words -> their frequency rank (0 is the most frequent)."""
    text = resources.files(_PACKAGE).joinpath("data", "common_words.txt").read_text(encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {word: rank for rank, word in enumerate(words)}


@dataclass(frozen=True, slots=True)
class RunContext:
    """What is known about one candidate run besides its words."""

    words: tuple[str, ...]  # the run's words, titles and leading sentence words already peeled off
    start: int  # where the words begin and end in the article
    end: int
    before: str  # the text just before the run, in its sentence
    after: str  # the text just after it, in its sentence
    at_sentence_start: bool
    headline: bool
    titled: bool  # a title or honorific stood before it ("Professor", "Mr.")
    cued: bool  # a speech verb or an apposition with a title stands beside it
    possessive: bool
    surname_alone: bool  # the article also writes its last word alone ("Nkrumah"), as news does with people
    lower_in_article: frozenset[str]  # every word the article writes in lower case
    first_is_given: bool  # the register or the built-in lexicon knows its first word as a given name
    organisation_word: bool  # one of its words names organisations or places ("Council", "River")
    place: bool  # it is a known country or place


_PREVIOUS_WORD = re.compile(r"([\w'’.-]+)\W*$")
_NEXT_WORD = re.compile(r"^\s*([^\w\s]|[\w'’-]+)")


def features(run: RunContext) -> list[str]:
    """The sparse features of one run (names of the weights that apply)."""
    words = run.words
    first, last = words[0], words[-1]
    out = ["bias", f"n={min(len(words), 4)}"]
    if " ".join(words) in world_places():
        out.append("world-place")
    given, family, common = given_names(), surnames(), common_words()
    if run.first_is_given or first.lower() in given:
        out.append("first:given")
    if last.lower() in family:
        out.append("last:surname")
    if len(words) > 1 and last.lower() in given:
        out.append("last:given")
    if len(words) > 1 and first.lower() in family and first.lower() not in given:
        out.append("first:surname-only")
    ranks = [common.get(word.lower()) for word in words]
    commonplace = [
        rank
        for rank, word in zip(ranks, words, strict=True)
        if rank is not None and word.lower() not in given and word.lower() not in _PARTICLES
    ]
    if commonplace:
        out.append(f"common={min(len(commonplace), 2)}")
        out.append(f"most-common<{5000 if min(commonplace) < 5000 else 20000}")
        if len(commonplace) == len(words):
            out.append("all-common")
    elif all(rank is None for rank in ranks):
        out.append("no-common")
    lower = sum(word.lower() in run.lower_in_article and word.lower() not in _PARTICLES for word in words)
    if lower:
        out.append(f"lower-in-article={min(lower, 2)}")
        if lower == len(words):
            out.append("all-lower-in-article")
    for position, word in (("first", first), ("last", last)):
        clean = word.lower().rstrip(".")
        out.append(f"{position}-suffix3={clean[-3:]}")
        out.append(f"{position}-suffix2={clean[-2:]}")
    out.append(f"first-prefix2={first.lower()[:2]}")
    if len(words) == 1:
        out.append(f"single={first.lower()}")
    for word in words:
        if INITIAL.match(word):
            out.append("initial")
        elif _DOTTED.match(word):
            out.append("dotted")
        elif word.isupper() and len(word) > 1:
            out.append("all-caps")
        if "-" in word:
            out.append("hyphen")
        if any(ch.isdigit() for ch in word):
            out.append("digit")
        if word.islower():
            out.append(f"connector={word}")
    previous = _PREVIOUS_WORD.search(run.before)
    if previous and run.before.endswith((" ", "\u00a0")):
        word = previous.group(1)
        rank, _, office = word.rpartition("-")
        if rank.lower() in _JOINED_RANKS:
            word = office  # "vice-captain" cues a name as "captain" does
        out.append(f"prev={word.lower()}" if word[:1].islower() else "prev:Capital")
        if is_title_word(word):
            out.append("prev-title")
        elif is_role_noun(word):
            out.append("prev-role")  # "goalkeeper Mouez Hassen", "guitarists Tohpati": a calling names whose it is
    elif run.before.strip():
        out.append(f"prev-punct={run.before.rstrip()[-1:]}")
    following = _NEXT_WORD.match(run.after)
    if following:
        word = following.group(1)
        out.append(f"next={word.lower()}" if not word[:1].isupper() else "next:Capital")
    for flag, name in (
        (run.at_sentence_start, "sentence-start"),
        (run.headline, "headline"),
        (run.titled, "titled"),
        (run.cued, "cued"),
        (run.possessive, "possessive"),
        (run.surname_alone, "surname-alone"),
        (run.organisation_word, "organisation-word"),
        (run.place, "place"),
    ):
        if flag:
            out.append(name)
    return out


@dataclass(frozen=True)
class NameModel:
    weights: dict[str, float]
    threshold: float = 0.5

    def probability(self, names: Iterable[str]) -> float:
        """How likely the run with these features is a person's name (0 to 1)."""
        total = sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def weigh(self, run: RunContext) -> float:
        """The probability that `run` is a person's name."""
        if east_asian_name(run.words):
            return 1.0  # a shape of names the training text hardly has; no place or body is written so
        return self.probability(features(run))


@cache
def default_model() -> NameModel:
    """The shipped model (an empty one, that accepts nothing on its own, if the file is missing)."""
    try:
        raw = json.loads(resources.files(_PACKAGE).joinpath("data", MODEL_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return NameModel({"bias": -30.0})
    return NameModel({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["threshold"]))
