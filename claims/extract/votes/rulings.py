"""A court's ruling as a decision: "Kenya's Supreme Court annulled President Kenyatta's victory".

A court does not adopt or reject a measure the way a chamber does: it strikes down or upholds what was
before it. The finder keeps the ruling's own verb in the measure ("annulled President Kenyatta's victory",
outcome adopted), and the checker reads it against the record's measure: a record of "Petition seeking
to annul the result", adopted, bears out "annulled the victory" and disputes "upheld the victory".
A ruling on the case brought itself ("dismissed the petition", "upheld the appeal", "overturned his
impeachment") is an outcome of that case, as a chamber's would be.
"""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.extract.votes.mention import VoteMention, clean_measure
from factdesk.claims.extract.votes.ruling_words import ruling_words, word_pattern
from factdesk.claims.sentences import Sentence

# What a party brings before a court: ruling on it decides the case itself, not an act under review.
_BROUGHT = re.compile(
    r"\b(?:appeals?|petitions?|challenges?|complaints?|lawsuits?|suits?|claims?|cases?|motions?|applications?|"
    r"requests?|objections?|bids?|impeachments?|charges?|indictments?)\b",
    re.IGNORECASE,
)
_COURT = (
    r"(?P<court>(?:(?:[A-Z][\w.'’-]*|of)\s+){0,4}(?:Court|Tribunal)(?:\s+of\s+(?:Appeals?|Justice|Cassation))?"
    # "the Supreme Court of Canada", "the Court of Appeal for Ontario"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"|\b(?:the\s+)?(?:same\s+|high\s+|top\s+|lower\s+|appeals\s+|constitutional\s+|supreme\s+)?(?:court|tribunal)"
    r"|\b(?:the\s+)?(?:judges|justices))"
)
_AND_ANOTHER_ACT = re.compile(
    r"\s+and\s+(?=(?:[a-z]+ed|threw|struck|upheld|sent|gave|made|found|held|told|left|put|set|took|let)\b)"
    r"|\s+\d{1,2}\s?[-–]\s?\d{1,2}\b"  # "upheld the law 3-2": the tally is the ruling's, not its object's
)
_TRAILING_WORD = re.compile(r"\s+(?:in|on|at|by|of|for|to|with|from)$", re.IGNORECASE)
# "on Friday", "has", "unanimously", "in a 4-3 ruling,": what may stand between the court and its verb
_BETWEEN = r"(?:\s+(?:on\s+[A-Z]\w+|has|had|have|also|last\s+\w+|this\s+\w+|\w+ly|in\s+a\s+[^,;.]{1,30},))*"


@cache
def _ruling() -> re.Pattern[str]:
    verbs = [word for word in ruling_words() if word.endswith(("ed", "out", "down", "aside", "upheld"))]
    verbs = [word for word in verbs if not word.startswith(("violat",))]
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(verbs, key=len, reverse=True))
    return re.compile(_COURT + _BETWEEN + rf"\s+(?P<verb>{alternatives})\s+(?P<measure>[^,;.]{{3,140}})")


def might_be_a_ruling(lowered: str) -> bool:
    return any(word in lowered for word in ("court", "tribunal", "judges", "justices"))


def find_ruling(text: str) -> tuple[str, str, tuple[int, int], str | None] | None:
    """A court's ruling in the sentence: (outcome, measure, span of its words, the court as written)."""
    match = _ruling().search(text)
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
    pole = ruling_words()[verb]
    brought = _BROUGHT.search(" ".join(measure.split()[:5])) is not None  # the object's own noun, not a later one
    if brought:
        # "dismissed the petition", "upheld the appeal", "overturned his impeachment": the case itself
        outcome = "adopted" if pole == "keep" else "rejected"
    elif pole == "dismiss" and not verb.startswith("threw"):
        return None  # "dismissed her predecessor", "rejected the notion": no act under review that it names
    else:
        outcome, measure = "adopted", f"{verb} {match['measure'][:used].strip()}"
    # "Saskatchewan's Court of Appeal" is not Ontario's: the place is part of the court's name
    court = re.sub(r"['’]s\s+", " ", re.sub(r"^[Tt]he\s+", "", match["court"]))  # "Saskatchewan Court of Appeal"
    named = court if court[:1].isupper() else None  # "the same court": the body is named elsewhere
    return outcome, measure, (match.start("verb"), match.start("measure") + used), named


def ruling_pole(measure: str, about: str = "") -> str | None:
    """Which way a measure's ruling goes, "strike" or "keep"; when it words both ("reverse the Fifth Circuit and
    uphold Mississippi's Act"), the one whose object shares the most words with `about`. A case brought
    ("Petition No. 1 ...") strikes what it challenges when adopted."""
    found = [(match, ruling_words()[" ".join(match[0].lower().split())]) for match in word_pattern().finditer(measure)]
    # "(petitions challenging it dismissed)": the act challenged stands
    poles = [(match, "keep" if pole == "dismiss" else pole) for match, pole in found]
    if not poles:
        return "strike" if _BROUGHT.search(measure) else None
    if len({pole for _, pole in poles}) == 1:
        return poles[0][1]
    wanted = _words(about)
    best: tuple[int, str | None] = (0, None)
    for number, (match, pole) in enumerate(poles):
        end = poles[number + 1][0].start() if number + 1 < len(poles) else len(measure)
        shared = len(wanted & _words(measure[match.end() : end]))
        best = (shared, pole) if shared > best[0] else (shared, None) if shared == best[0] else best
    return best[1]


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
