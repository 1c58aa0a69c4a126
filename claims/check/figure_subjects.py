"""Whose figure a figure is: the named things of its clause, or the body its sentence opens with ("The
European Central Bank cut rates"). Two figures of two differently named things ("killed in Turkey",
"killed in Syria"; Norges Bank's rate and the Swiss National Bank's) do not stand in each other's place.
"""

from __future__ import annotations

import re

from factdesk.claims.check.figure_places import NOT_NAMES, Figure, stems
from factdesk.claims.extract.lexicon import ORGANISATION_WORDS
from factdesk.sources.text import STOPWORDS


def other_subject(claimed: Figure, recorded: Figure, sentence: str, excerpt: str) -> bool:
    """Whether the two figures are of different named things: each clause names something the other
    text never mentions. A word for a kind of body ("Bank") ties two texts only as part of one name
    ("General Assembly" in both, not "Norges Bank" and "Swiss National Bank"); an acronym ("SNB") is the
    name it abbreviates. A target is another thing than what it is set for ("the central bank's 4% target"
    and its 20% key rate)."""
    if one_a_goal(claimed, recorded):
        return True
    names = claimed.names or _subject(sentence)
    if not names or not recorded.names:
        return False
    return not _written_in(names, excerpt, sentence) and not _written_in(recorded.names, sentence, excerpt)


def _written_in(names: frozenset[str], text: str, own_text: str) -> bool:
    """Whether `text` writes one of the names `own_text` gives."""
    words = stems(_words(text) | _acronyms(text))
    if all(_a_kind_of_body(name) for name in names):
        return bool(stems(names) & words)  # "the Bank": nothing but the kind of body to go by
    named = stems({word.lower() for word in re.findall(r"\b[A-Z][\w'’-]*", text)} | _acronyms(text))
    return any(
        _same_body(name, text, own_text)
        if _a_kind_of_body(name)
        else bool(stems((name,)) & (named if _in_a_longer_name(name, own_text) else words))
        for name in names
    )


def _in_a_longer_name(word: str, text: str) -> bool:
    """Whether `text` writes the word in a name of several capitalised words ("Rate" of "Bank Rate"), which
    the other text's lower-case "rate" does not name; "Revenue" opening a clause is no name of that kind."""
    pattern = rf"(?:^|([\w.'’-]+)\s+){re.escape(word.capitalize())}\b(?:\s+([\w'’-]+))?"
    return any((found[1] or "")[:1].isupper() or (found[2] or "")[:1].isupper() for found in re.finditer(pattern, text))


def _a_kind_of_body(name: str) -> bool:
    return name.capitalize() in ORGANISATION_WORDS


def _same_body(word: str, text: str, own_text: str) -> bool:
    """Whether both texts write the kind of body `word` as one name: alone in either ("suspended Parliament
    for"), or after the same word ("General Assembly"); not "Bank" of "Norges Bank" and "National Bank", nor
    of "Bank Rate" and "Bank of England"."""
    here, own = _neighbours(word, text), _neighbours(word, own_text)
    if not here:
        return False
    if any(not before[:1].isupper() and not (after[:1].isupper() or after == "of") for before, after in here | own):
        return True
    return bool({before.lower() for before, _ in here if before} & {before.lower() for before, _ in own if before})


def _neighbours(word: str, text: str) -> set[tuple[str, str]]:
    """The words written right before and after `word` in `text` ("" at either end of the text)."""
    pattern = rf"(?:^|([\w.'’-]+)\s+){re.escape(word)}\b(?:\s+([\w'’-]+))?"
    return {(found[1] or "", found[2] or "") for found in re.finditer(pattern, text, re.IGNORECASE)}


_SUBJECT = re.compile(r"^(?:[A-Z][^()\n]{0,40}\([^)]*\)\s*[-–—]\s*)?(?:The\s+)?((?:[A-Z][\w'’-]+\s+){1,4})")


def _subject(sentence: str) -> frozenset[str]:
    """The body a sentence opens with, after its dateline ("The European Central Bank cut rates", "The ECB
    lowered"): whose figures a clause naming nothing else gives. A person ("President Joe Biden said") is
    more often a speaker than the figure's owner, so only a body's name counts."""
    found = _SUBJECT.match(sentence.strip())
    words = found[1].split() if found else []
    if not any(word in ORGANISATION_WORDS or (len(word) > 1 and word.isupper()) for word in words):
        return frozenset()
    return frozenset(w.lower() for w in words if w.lower() not in STOPWORDS and w.lower() not in NOT_NAMES)


def _words(text: str) -> set[str]:
    return {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w'’-]+", text)}


# "Swiss National Bank", "Bank of England": a run of capitalised words, which an acronym may stand for
_NAME_RUN = re.compile(r"\b(?!The\b)[A-Z][a-z]+(?:\s+(?:of|and|for|the\s+)?\s*[A-Z][a-z]+)+")


def _acronyms(text: str) -> set[str]:
    """The acronyms of a text's runs of capitalised words, with and without their small words: "snb",
    "boe" and "be"."""
    found = set()
    for run in _NAME_RUN.finditer(text):
        words = run.group().split()
        found.add("".join(word[0] for word in words).lower())
        found.add("".join(word[0] for word in words if word[0].isupper()).lower())
    return found


# What a figure may be set as rather than be: "the central bank's 4% target", "its 2 to 3 per cent target",
# "the 50% threshold", "a ceiling of 5%"
_GOALS = frozenset("target targets goal goals ceiling threshold cap limit".split())


def one_a_goal(claimed: Figure, recorded: Figure) -> bool:
    """Whether one of two figures is a target, a threshold or a limit and the other is not: the 4% an inflation
    target is set at does not stand where a 6.5% policy rate does."""
    return _a_goal(claimed) != _a_goal(recorded)


def _a_goal(figure: Figure) -> bool:
    return bool(_GOALS & set(figure.after[:2]))  # "the 2% inflation target"; not "cut its production target by 2m"
