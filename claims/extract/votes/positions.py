"""Who voted how, as the voters' own clause says it: "X voted against", "France, China and Japan abstained".

A list of voters before the verb gives each its own claim; so does "The United States, Israel and
France were among the nine countries that voted against". In a list, an item that is neither a
country nor a name ("On Friday, ...") is left out: it would otherwise be read as a voter.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from factdesk.claims.extract.lexicon import NATIONALITIES, WORLD_COUNTRIES
from factdesk.claims.extract.name_model import common_words
from factdesk.claims.extract.numbers import number_value
from factdesk.claims.extract.votes.actors import actor_key, known_actor_keys
from factdesk.claims.extract.votes.mention import BODY, MEASURE_NOUN, VoteMention, actor_name, clean_measure
from factdesk.claims.sentences import Sentence

# "cast the two votes against repeal", "cast their votes in favour"
_CAST = r"cast\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:only\s+|lone\s+|[\w-]+\s+)?(?:dissenting\s+)?votes?\s+"
# "sided with the majority", "joined the dissenters": a member's side in a split decision (not "joined the
# majority coalition")
_SIDED = r"(?:sided\s+with|joined)\s+(?:the\s+)?"
_SIDED_MAJORITY = _SIDED + r"majority(?!\s+(?:coalition|government|party|bloc|caucus|group|leader))"
_SIDED_MINORITY = (
    _SIDED + r"(?:minority|dissent(?:ers?)?)(?!\s+(?:coalition|government|party|bloc|caucus|group|leader))"
)
# "was the lone dissent", "was the only abstention": one member's vote, said as what it was
_LONE = r"(?:was|were)\s+the\s+(?:lone|only|sole)\s+"
_POSITION_VERBS = [
    (r"abstained|abstains|abstaining|chose\s+to\s+abstain|abstention|" + _LONE + r"abstention", "abstain"),
    (
        r"voted\s+(?:in\s+favou?r(?:\s+of)?|for|yes|with\s+the\s+majority)|backed|supported|approved|"
        # "voted to convict", "voted to confirm": for the measure that does it (a conviction, a confirmation)
        r"voted\s+to\s+(?:convict|confirm|impeach|remove|approve|pass|adopt|ratify|override)\b|"
        + _SIDED_MAJORITY
        + "|"
        + _CAST
        + r"(?:in\s+favou?r|for)\b",
        "for",
    ),
    (
        r"voted\s+(?:against|no|with\s+the\s+minority)|voted\s+to\s+(?:acquit|reject|block)\b|opposed|rejected|"
        + _LONE
        + r"(?:dissent(?:er|ing\s+vote)?|no\s+vote|vote\s+against)|"
        + _SIDED_MINORITY
        + "|"
        + _CAST
        + r"against\b",
        "against",
    ),
    (r"vetoed|used\s+(?:its|their|a)\s+veto|cast\s+(?:a|its|their)\s+veto", "veto"),
]
# One voter as written: "the Czech Republic", "Sen. Mitch McConnell of Kentucky", "U.S."
_VOTER = r"(?:the\s+)?(?:[A-Z][\w.'’-]*|U\.S\.)(?:\s+(?:[A-Z][\w.'’-]*|of(?:\s+the)?))*?"
_POSITION = re.compile(
    rf"(?P<actor>{_VOTER}(?:,\s+{_VOTER})*(?:,?\s+and\s+{_VOTER})?)"
    # "Senator Mitch McConnell, the Republican leader, backed": an apposition between voter and vote
    r"(?:,\s+(?:(?:the|a|an|[a-z])[^,;.]{0,100}?|(?:who|which)\s[^,;.]{0,160}?),)?"
    # "... were among the nine countries that voted against"
    r"(?:\s+(?:were|was|are|is)\s+(?:among|one\s+of)\s+[^,;.]{1,60}?\s+(?:that|which|who))?"
    # "Kevin McCarthy, who voted against the bill, had urged ...": the vote in the relative clause (not "who
    # had voted against her" last year: another vote)
    r",?\s+(?:who\s+(?!(?:has|had|have)\b))?(?:(?:has|had|have)\s+)?(?:also\s+|all\s+|both\s+)?(?P<verb>"
    + "|".join(f"(?:{v})" for v, _ in _POSITION_VERBS)
    + r")\b"
)
_POSITION_TARGET = re.compile(
    rf"\s+(?:on\s+|for\s+|against\s+|from\s+voting\s+on\s+)?(?P<measure>(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,6}}"
    rf"(?:{MEASURE_NOUN}|nominee\b)(?:\s+\d+)?)",
    re.IGNORECASE,
)
# "voted for a larger rise", "in favour of a deeper cut": a dissent's own proposal, not the decision's
_ANOTHER_PROPOSAL = re.compile(
    r"(?:\s+of)?\s+(?:a|an)\s+(?:larger|bigger|smaller|deeper|steeper|higher|lower|sharper|faster|slower|quicker"
    r"|tougher|weaker|stronger|more|less"
    # "voted for a quarter-point cut", "for a 25-basis-point rise": a move of its own size, which the
    # decision's record may not share (those preferring a smaller cut voted against a larger one)
    r"|(?:quarter|half|three-quarter)[\s-]+(?:percentage[\s-]+)?point|\d+[\s-]+basis[\s-]+points?)\b",
    re.IGNORECASE,
)
_MOVE = r"(?:cut|reduction|increase|rise|hike|hold)"  # a decided move, as the press names it
# "voted for a cut to 5%", "in favour of a rate rise": a move, read as a stance ("to cut to 5%") against the
# record's measure, which may move another way (a hold)
_FOR_A_MOVE = re.compile(
    rf"(?:\s+of)?\s+(?:a|an)\s+(?P<move>(?:[\w-]+\s+){{0,2}}?{_MOVE}\b[^,;.]{{0,40}})",
    re.IGNORECASE,
)
_THE_MOVE = re.compile(
    rf"\s+(?:the|this|that|its)\s+(?P<move>(?:[\w-]+\s+){{0,2}}?{_MOVE})\b",
    re.IGNORECASE,
)
# Verbs that are a vote only when a measure follows them ("backed the bill", not "backed the rebels").
_SUPPORT_VERBS = frozenset({"backed", "supported", "opposed"})
_OPENER_RANK = 300  # the most frequent English words ("on", "after", "while") open clauses, never name voters
_LIST_SPLIT = re.compile(r",?\s+and\s+|,\s*")


@cache
def _countries() -> frozenset[str]:
    return frozenset(actor_key(name) for name in WORLD_COUNTRIES) | known_actor_keys()


def _is_country(written: str) -> bool:
    bare = re.sub(r"^the\s+", "", written.strip(), flags=re.IGNORECASE)
    return actor_key(NATIONALITIES.get(bare) or bare) in _countries()


def _is_voter(written: str) -> bool:
    """A listed voter: a country, or a capitalised phrase that does not open a clause ("On Friday")."""
    if _is_country(written):
        return True
    bare = re.sub(r"^the\s+", "", written.strip(), flags=re.IGNORECASE)
    words = re.findall(r"[\w'’-]+", bare.lower())
    everyday = common_words()
    if not words or everyday.get(words[0], _OPENER_RANK) < _OPENER_RANK:
        return False  # "On Tuesday", "After", "While": a clause opener
    return not BODY.fullmatch(bare)


def measure_after(text: str, at: int) -> str | None:
    """The measure a vote verb ending at `at` takes ("voted against | the resolution")."""
    target = _POSITION_TARGET.match(text, at)
    return clean_measure(target["measure"])[0] or None if target else None


def find_positions(
    sentence: Sentence, body: str | None, measure: str | None, *, vote_nearby: bool = False
) -> list[VoteMention]:
    """Each voter written before a position verb, with the sentence's body and measure.

    "backed", "supported" and "opposed" are votes only with a measure after them and a vote reported in
    the sentence or beside it (`vote_nearby`, or a body named): "backed the plan" is often no vote at all.
    """
    text = sentence.text
    found: list[VoteMention] = []
    for match in _POSITION.finditer(text):
        actor_written = match["actor"]
        verb = " ".join(match["verb"].lower().split())
        if verb == "abstention" or BODY.fullmatch(actor_written.strip()):
            continue  # a noun, or a body's outcome
        position = next(p for pattern, p in _POSITION_VERBS if re.fullmatch(pattern, verb))
        target = _POSITION_TARGET.match(text[match.end() :])
        # "Deputy Governor Heath also supported the cut": a board member's stance on the decided move
        the_move = _THE_MOVE.match(text, match.end()) if verb in _SUPPORT_VERBS else None
        # "Sen. Wicker rejected the nominee, while Sen. Reed voted no": a voter's "rejected" or "approved" is
        # a position, as "backed" is, only with a measure after it and a vote reported beside it
        if verb in _SUPPORT_VERBS | {"approved", "rejected"} and (
            (target is None and the_move is None) or not (vote_nearby or "vot" in text.lower())
        ):
            continue
        if position == "for" and _ANOTHER_PROPOSAL.match(text, match.end()):
            continue  # "voted for a larger rise": for another proposal than the one decided, not for this one
        if measure is None and target:
            measure = clean_measure(target["measure"])[0] or None
        move = _FOR_A_MOVE.match(text, match.end()) if position == "for" else None
        move = move or the_move
        stance = f"to {' '.join(move['move'].split())}" if move else None  # "to cut to 5%"
        items = [item for item in _LIST_SPLIT.split(actor_written) if item.strip()]
        listed = len(items) > 1
        offset = match.start("actor")
        for item in items:
            start = text.index(item, offset)
            offset = start + len(item)
            first = item.split()[0]
            if item.strip().lower() in ("the", "it", "they") or (listed and not _is_voter(item)):
                continue
            if number_value(first) is not None:  # "Three Republicans voted against": a count, not a voter
                continue
            if item.strip() in _WHEN_WORDS:  # "on Tuesday voted to convict": when, not who
                continue
            fields = {"actor": actor_name(item), "position": position}
            if body:
                fields["body"] = body
            measured = stance or measure
            if measured:
                fields["measure"] = measured
            found.append(VoteMention(sentence.start + start, sentence.start + match.end("verb"), fields))
    return found


_WHEN_WORDS = frozenset([*calendar.day_name, *calendar.month_name[1:], "Today", "Yesterday", "Tonight"])
_VOTER_LIST = re.compile(rf"\s*(?P<list>{_VOTER}(?:,\s+{_VOTER})*(?:,?\s+and\s+{_VOTER})?)")


def listed_countries(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The countries listed at `start` ("Germany, Italy and the Netherlands"): (start, end, name) each."""
    match = _VOTER_LIST.match(text, start, end)
    if match is None:
        return []
    found = []
    offset = match.start("list")
    for item in _LIST_SPLIT.split(match["list"]):
        if not item.strip():
            continue
        at = text.index(item, offset)
        offset = at + len(item)
        if not _is_country(item) and item.endswith("."):
            item = item[:-1]  # "... and the Netherlands." ends the sentence
        if _is_country(item):
            found.append((at, at + len(item), actor_name(item)))
    return found
