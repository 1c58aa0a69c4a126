"""Roles written in phrases around a name rather than as a title before it:

* "Mark Tedeschi, QC", "Jo Cox MP": letters after the name (data/postnominals.tsv)
* "photographers who used the camera, such as Ansel Adams, Chuck Close": a calling, then "such as" a list
* "Warhol was both an artist and a businessperson": a calling after "is"/"was"
* "named X as health secretary": a calling after "as"

and the word-level pieces roles.py reads appositions with: an office's portfolio ("vice chair for
supervision"), the rest of a title the lexicon knows ("chief of staff"), the body after it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from factdesk.claims.extract.lexicon import TITLES
from factdesk.claims.extract.name_model import is_role_noun
from factdesk.claims.sentences import Sentence

# what "for" opens when it is no portfolio: "the commissioner for the past five years", "chair for life"
_NOT_A_PORTFOLIO = r"(?!(?:past|last|next|first|more|life|years?|months?|decades?|now)\b)"
# "minister for foreign affairs", "vice chair for supervision", "commissioner for competition": an office with its
# portfolio
PORTFOLIO = (
    r"(?:deputy\s+)?(?:(?:minister|secretary|ministry)\s+(?:of|for)"
    r"|(?:chair(?:man|woman|person)?|commissioner|governor|director|president)\s+for)"
    rf"\s+(?:the\s+)?{_NOT_A_PORTFOLIO}[a-z]+(?:\s+(?:and\s+)?[a-z]+)?"
)
# ", who took over as", ", who became", ", who was named": the office after it is the person's
TOOK_OFFICE = re.compile(
    r"\s*who\s+(?:(?:has|had)\s+)?(?:took\s+over|became|become|was\s+(?:named|appointed|elected)|serves|served)"
    r"\s+as\s+(?:(?P<owner>[A-Z][\w.-]*)['’]s\s+)?"
)
# "Susan Li became chief financial officer", "X was named finance minister": an office taken, right after the name
# (not "was elected president": the term begins later)
BECAME = re.compile(
    r"\s+(?:became|has\s+become|was\s+(?:named|appointed|made|sworn\s+in\s+as|installed\s+as)|"
    r"(?:has|had)\s+been\s+(?:named|appointed))\s+(?:the\s+(?=[a-z]))?(?=[a-z])"
)
# "chief executive of Visa", "foreign minister of Nigeria": the body the office is at
TO_BODY = re.compile(r"\s+to\s+(?:the\s+)?(?P<body>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})")
# a body's name may join its words with "of", "for", "on" or "and": "the Office of Therapeutic Products", "the
# Center for Drug Evaluation and Research", "the Committee on Foreign Relations" (not "of Nigeria on Monday")
_BODY_WORD = r"[A-Z][\w.&'’-]*"
_NOT_A_BODY_WORD = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)
BODY_AFTER = re.compile(
    rf"\s+(?:of|at)\s+(?:the\s+)?(?P<body>{_BODY_WORD}(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?{_NOT_A_BODY_WORD}{_BODY_WORD}){{0,5}})"
)
# "vice chair for supervision at the Fed": the portfolio after an office found by its last word
PORTFOLIO_AFTER = re.compile(
    rf"\s+for\s+(?!(?:the|a|an)\b){_NOT_A_PORTFOLIO}"
    r"(?P<portfolio>[A-Za-z][a-z]+(?:\s+(?:and\s+)?[a-z]+)?)(?=[,.;:)]|$|\s+(?:at|of|in|on|and|said|says|who)\b)"
)


WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
# Words that end the words describing a role: a role is never "said musician" or "the".
NOT_MODIFIERS = frozenset(
    """the a an and or of by with for to from in on at as is was are were be been has have had said says
    told who whose whom which that this these those his her their its our my your former late then also including
    such like than but after before when where while if will would shall should can could may might must""".split()
)
ROLE_ENDS = frozenset(",.;:)!?")


def words_of(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(match.group(), offset + match.start(), offset + match.end()) for match in WORD.finditer(text)]


@cache
def postnominals() -> dict[str, str]:
    """ "QC" -> "Queen's Counsel", "MP" -> "Member of Parliament" (data/postnominals.tsv)."""
    text = resources.files("factdesk.claims.extract").joinpath("data", "postnominals.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            letters, _, title = line.partition("\t")
            table[letters.strip()] = title.strip()
    return table


_AFTER_NAME = re.compile(r",?\s+(?P<letters>[A-Z]{2,3})(?=[,.;:)]|\s|$)")


def postnominal(text: str, sentence: Sentence, name_end: int) -> tuple[str, int] | None:
    """(title, end) for "X, QC" or "X MP": the letters after the name that name an office."""
    found = _AFTER_NAME.match(text, name_end, sentence.end)
    if found is None or found["letters"] not in postnominals():
        return None
    return postnominals()[found["letters"]], found.end("letters")


_SUCH_AS = re.compile(r",?\s+(?:such\s+as|including)\s+$")
_WORDS_BEFORE = re.compile(r"[a-z]+|[.;:!?]")


def such_as_calling(text: str, sentence: Sentence, name_start: int) -> str | None:
    """The calling (singular) of "photographers who used the camera, such as X": each listed is one."""
    window_start = max(sentence.start, name_start - 120)
    found = _SUCH_AS.search(text, window_start, name_start)
    if found is None:
        return None
    words: list[str] = _WORDS_BEFORE.findall(text, window_start, found.start())
    for word in reversed(words[-12:]):
        if not word.isalpha():
            return None
        if word.endswith("s") and not word.endswith("ss") and is_role_noun(word[:-1]):
            return word[:-1]
    return None


_COPULA = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:both\s+|also\s+)?(?:a|an)\s+(?P<first>[a-z]+(?:\s+[a-z]+)?)"
    r"(?:\s+and\s+(?:an?\s+)?(?P<second>[a-z]+))?(?=[,.;:]|\s+(?:who|and|in|at|for|from|with)\b)"
)


def copula_callings(text: str, sentence: Sentence, name_end: int) -> list[tuple[str, int]]:
    """(calling, end) for "X was both an artist and a businessperson", "X is a photographer"."""
    found = _COPULA.match(text, name_end, sentence.end)
    if found is None:
        return []
    callings: list[tuple[str, int]] = []
    for group in ("first", "second"):
        written = found[group]
        if written and is_role_noun(written.split()[-1]):
            callings.append((written, found.end(group)))
    return callings


@cache
def _titles_with_of() -> dict[str, re.Pattern[str]]:
    """ "chief" -> " of staff": the lexicon's titles that go on past their first word with "of"."""
    tails: dict[str, list[str]] = {}
    for title in TITLES:
        head, of, tail = title.partition(" of ")
        if of and " " not in head:
            tails.setdefault(head.lower(), []).append(r"\s+".join(map(re.escape, tail.split())))
    return {head: re.compile(rf"\s+of\s+(?:{'|'.join(found)})\b", re.IGNORECASE) for head, found in tails.items()}


def title_going_on(text: str, word: str, end: int) -> re.Match[str] | None:
    """ "of staff" after "Lula's chief": the rest of a title the lexicon knows, which a body is not."""
    pattern = _titles_with_of().get(word.lower())
    return pattern.match(text, end) if pattern is not None else None


# Verbs that give a person an office "as" something: "named X as health secretary".
_APPOINTED = re.compile(
    r"\b(?:named|names|appoint\w*|nominat\w*|elect\w*|re-elect\w*|chose|chosen|picked|hired|signed|"
    r"confirm\w*|install\w*|sworn|promot\w*|tapped|select\w*|designat\w*|replac\w*|succeed\w*)\b"
)
_AS = re.compile(r"\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+)?")


def calling_as(text: str, sentence: Sentence, name_end: int) -> tuple[str, int] | None:
    """("health secretary", end) for "named X as health secretary": a calling after "as"."""
    gap = _AS.match(text, name_end, sentence.end)
    if gap is None or not _APPOINTED.search(text, max(sentence.start, name_end - 80), name_end):
        return None  # "stars X as the detective" is a part played, not an office
    words = words_of(text[gap.end() : min(sentence.end, gap.end() + 60)], gap.end())
    for at, (word, _, end) in enumerate(words[:4]):
        if word in ROLE_ENDS or word.lower() in NOT_MODIFIERS:
            return None
        following = words[at + 1][0] if at + 1 < len(words) else "."
        if is_role_noun(word) and (following in ROLE_ENDS or following.lower() in NOT_MODIFIERS):
            calling = [w for w, _, _ in words[: at + 1]]
            owned = [n for n, w in enumerate(calling) if w.lower().endswith(("'s", "’s"))]
            if owned and len(calling[owned[-1] + 1 :]) <= 2 and calling[-1].lower() in _GENERIC_HEADS:
                return None  # "as the country's new leader": who they now are, not an office's name
            return " ".join(calling).rstrip("."), end - word.endswith(".")
    return None


_GENERIC_HEADS = frozenset({"leader", "leader.", "chief", "chief.", "head", "head.", "boss", "boss."})
