"""A court's ruling as a decision: "Kenya's Supreme Court annulled President Kenyatta's victory".

A court does not adopt or reject a measure the way a chamber does: it strikes down or upholds what was
before it, or dismisses the case brought. The finder keeps the ruling's own verb in the measure
("annulled President Kenyatta's victory", outcome adopted), and the checker reads both it and the
record's measure as the fate of the challenge (`challenge_won`): a record of "Petition seeking to annul
the result", adopted, bears out "annulled the victory" and "upheld the petition", and disputes "upheld the
victory" and "dismissed the petition".
"""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.extract.votes.mention import VoteMention, clean_measure
from factdesk.claims.extract.votes.ruling_words import BROUGHT, challenge_won, ruling_words, word_pattern
from factdesk.claims.sentences import Sentence

_COURT = (
    r"(?P<court>(?:(?:[A-Z0-9][\w.'’-]*|of)\s+){0,4}(?:Court|Tribunal|Circuit)(?:\s+of\s+(?:Appeals?|Justice|Cassation))?"
    # "the Supreme Court of Canada", "the Court of Appeal for Ontario"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"|\b(?:the\s+)?(?:same\s+|high\s+|top\s+|lower\s+|appeals\s+|constitutional\s+|supreme\s+)?(?:court|tribunal)"
    r"|\b(?:the\s+)?(?:judges|justices))"
)
_AND_ANOTHER_ACT = re.compile(
    r"\s+and\s+(?=(?:[a-z]+ed|threw|struck|upheld|sent|gave|made|found|held|told|left|put|set|took|let)\b)"
    r"|\s+\d{1,2}\s?[-–]\s?\d{1,2}\b"  # "upheld the law 3-2": the tally is the ruling's, not its object's
    r"|\s+by\s+(?:a\s+majority\s+of\s+)?\w+\s+(?:votes?\s+)?to\s+\w+\b"  # "by a majority of eight to three"
)
_TRAILING_WORD = re.compile(r"\s+(?:in|on|at|by|of|for|to|with|from)$", re.IGNORECASE)
# "on Friday", "has", "unanimously", "in a 4-3 ruling,": what may stand between the court and its verb
_BETWEEN = (
    r"(?:\s+(?:on\s+[A-Z]\w+|has|had|have|also|last\s+\w+|this\s+\w+|\w+ly|in\s+a\s+[^,;.]{1,30},"
    r"|ruled(?:\s+on\s+[A-Z]\w+)?,"  # "the Supreme Court ruled on Tuesday, dismissing the appeal"
    r"|,?\s*in\s+[A-Z][\w.]+(?:,\s+[A-Z][\w.]+)?,"  # "the Court of Appeals in Richmond, Va., struck down"
    # "issued a 4-3 ruling that struck down the extension"
    r"|(?:issued|handed\s+down|delivered)\s+an?\s+[^,;.]{0,30}?(?:ruling|decision|judgment|opinion)\s+(?:that|which)"
    r"))*"
)


@cache
def _ruling() -> re.Pattern[str]:
    return re.compile(_COURT + _BETWEEN + _verb_and_object())


# "In a 4-3 ruling that struck down the extension, the court's majority held ...": the court named after it
_RULING_THAT = r"\b(?:ruling|decision|judgment|opinion)\s+(?:that|which)"


@cache
def _ruling_noun() -> re.Pattern[str]:
    return re.compile(_RULING_THAT + _verb_and_object())


def _verb_and_object() -> str:
    """A ruling's verb and what it rules on (built when first asked for: the words are read from a data file)."""
    verbs = [word for word in ruling_words() if word.endswith(("ed", "ing", "out", "down", "aside", "upheld"))]
    verbs = [word for word in verbs if not word.startswith(("violat",))]
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(verbs, key=len, reverse=True))
    return rf"\s+(?P<verb>{alternatives})\s+(?P<measure>[^,;.]{{3,140}})"


def might_be_a_ruling(lowered: str) -> bool:
    return any(word in lowered for word in ("court", "tribunal", "judges", "justices", "circuit"))


def find_ruling(text: str) -> tuple[str, str, tuple[int, int], str | None] | None:
    """A court's ruling in the sentence: (outcome, measure, span of its words, the court as written)."""
    match = _ruling().search(text) or _ruling_noun().search(text)
    if match is None:
        return None
    # "upheld the impeachment and removed him from office": the ruling's other act is not its object
    written = _AND_ANOTHER_ACT.split(match["measure"])[0]
    measure, used = clean_measure(written)
    trailing = _TRAILING_WORD.search(measure)
    if trailing:  # "victory in last month's election": the stop left its preposition
        used -= len(measure) - trailing.start()
        measure = measure[: trailing.start()]
    if not measure or not re.search(r"\w{3}", measure):
        return None
    verb = " ".join(match["verb"].lower().split())
    brought = BROUGHT.search(" ".join(measure.split()[:5])) is not None  # the object's own noun, not a later one
    if (ruling_words()[verb] == "dismiss" or verb.startswith("allow")) and not brought and not verb.startswith("threw"):
        return None  # "dismissed her predecessor", "allowed the broadcast": no act under review that it names
    outcome, measure = "adopted", f"{verb} {match['measure'][:used].strip()}"
    # "Saskatchewan's Court of Appeal" is not Ontario's: the place is part of the court's name
    court = re.sub(r"['’]s\s+", " ", re.sub(r"^[Tt]he\s+", "", match.groupdict().get("court") or ""))
    named = court if court[:1].isupper() or court[:1].isdigit() else None  # "the same court": named elsewhere
    return outcome, measure, (match.start("verb"), match.start("measure") + used), named


def record_challenge_won(measure: str, about: str = "") -> bool | None:
    """Whether a record's measure, adopted, is a challenge won: "Petition seeking to annul the result" and
    "the program violates the Equal Protection Clause" are, "the Act is constitutional" and "(petitions
    challenging it dismissed)" are not. When it words both ("reverse the Fifth Circuit and uphold
    Mississippi's Act"), the ruling whose object shares the most words with `about` says; None if none
    does, or the measure words no ruling and brings no case."""
    unbracketed = re.sub(r"\([^()]*\)", " ", measure)
    if BROUGHT.search(unbracketed) and not word_pattern().search(unbracketed):
        return True  # "Appeals against conviction of X (convictions upheld as safe)": the record is the appeal; the
        # brackets tell what its rejection meant
    found = [
        (match, challenge_won(ruling_words()[" ".join(match[0].lower().split())], _brought(measure, match)))
        for match in _rulings_in(measure)
    ]
    if not found:
        return True if BROUGHT.search(measure) else None  # "Impeachment of President Yoon", adopted
    if len({won for _, won in found}) == 1:
        return found[0][1]
    wanted = _words(about)
    best: tuple[int, bool | None] = (0, None)
    for number, (match, won) in enumerate(found):
        end = found[number + 1][0].start() if number + 1 < len(found) else len(measure)
        shared = len(wanted & _words(measure[match.end() : end]))
        best = (shared, won) if shared > best[0] else (shared, None) if shared == best[0] else best
    return best[1]


def _rulings_in(measure: str) -> list[re.Match[str]]:
    """The measure's ruling words, but one in the object of the one before it, in the same clause: "reversal of
    the trial court's dismissal of the claims" is one ruling, on a dismissal."""
    kept: list[re.Match[str]] = []
    for match in word_pattern().finditer(measure):
        if kept and not re.search(r"[(),;]|\band\b", measure[kept[-1].end() : match.start()]):
            continue
        kept.append(match)
    return kept


def _brought(measure: str, verb: re.Match[str]) -> bool:
    """Whether a record's ruling is on the case brought: its object after it, within its clause ("uphold the
    appeal", "Rejection in its entirety of the petition"), or before it when it ends its clause ("petitions
    challenging it dismissed")."""
    after = re.split(r"[(),;]", measure[verb.end() :], maxsplit=1)[0]
    words = after if after.strip() else re.split(r"[(),;]", measure[: verb.start()])[-1]
    brought = BROUGHT.search(" ".join(words.split()[:10]))
    if brought is not None and _A_LOWER_RULING.search(brought.string, 0, brought.start()):
        return False  # "reversal of the trial court's dismissal of the claims": the dismissal is what falls
    return brought is not None


_A_LOWER_RULING = re.compile(r"\b(?:dismissal|ruling|judgment|judgement|decision|order|conviction|verdict)\b", re.I)


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[a-z]{4,}", re.sub(r"['’]s\b", "", text.lower()))}


def ruling_alone(sentence: Sentence, lowered: str) -> list[VoteMention]:
    """A sentence with no vote's words may still give a court's ruling ("the same court overturned his
    impeachment by parliament")."""
    if not might_be_a_ruling(lowered):
        return []
    ruled = find_ruling(sentence.text)
    if ruled is None:
        return []
    outcome, measure, (start, end), court = ruled
    fields = {"outcome": outcome, "measure": measure, **({"body": court} if court else {})}
    return [VoteMention(sentence.start + start, sentence.start + end, fields)]
