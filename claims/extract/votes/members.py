"""Members named with their votes across a sentence: lists, "as did", court opinions and dissents."""

from __future__ import annotations

import re

from factdesk.claims.extract.name_model import is_role_noun
from factdesk.claims.extract.people import LIST_GAP
from factdesk.claims.extract.votes.mention import VoteMention
from factdesk.claims.extract.votes.positions import listed_countries
from factdesk.claims.sentences import Sentence

# "Voting for the action were A, Chair; B; and C.": a board's members named with their votes.
_MEMBERS_VOTING = re.compile(
    r"\b(?:(?:voting|those\s+voting|members\s+voting)\s+(?P<side>for|in\s+favou?r(?:\s+of)?|against|to\s+abstain)"
    r"|(?P<absent>absent\s+and\s+not\s+voting))\b"
    r"[^.;:]{0,60}?\b(?:were|was|are|is)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:wrote|writing|writes|authored|delivered|delivering|penned)\s+(?:the|a|an)\s+(?P<kind>(?:court's\s+|majority\s+|lead\s+|principal\s+|"
    r"main\s+)?(?:opinion|dissent(?:ing\s+opinion)?|ruling|judgment))",
    re.IGNORECASE,
)
_WRITTEN_BY = re.compile(
    r"\b(?P<kind>opinion|ruling|judgment|decision|dissent)s?,?\s+(?:was\s+)?(?:written|authored)\s+by\s+",
    re.IGNORECASE,
)
_JOINED_BY = re.compile(r",?\s+(?:which\s+was\s+)?joined\s+by\s+", re.IGNORECASE)
_DISSENT = re.compile(r"\b(?:dissented|dissenting|dissents)\b")
_CONCUR = re.compile(r"\b(?:concurred|concurring|concurs)\b")
_WHO_HAD = re.compile(r"\b(?:who|which)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|previously\s+|earlier\s+)?$")
_SIDES = {"for": "for", "against": "against", "to abstain": "abstain"}


def find_member_votes(sentence: Sentence, named: list[tuple[int, int, str]]) -> list[VoteMention]:
    """Each named member's vote: "Voting for ... were A, B and C", "Justices X and Y dissented".

    `named` holds (start, end, full name) of every person written in the sentence, in order.
    """
    text, lowered = sentence.text, sentence.text.lower()
    found: list[VoteMention] = []
    if "voting" in lowered:
        sides = list(_MEMBERS_VOTING.finditer(text))
        for number, side in enumerate(sides):
            limit = sentence.start + (sides[number + 1].start() if number + 1 < len(sides) else len(text))
            position = "absent" if side["absent"] else _SIDES.get(re.sub(r"\s+", " ", side["side"].lower()), "for")
            for start, end, name in named:
                if sentence.start + side.end() <= start and end <= limit:
                    found.append(VoteMention(start, end, {"actor": name, "position": position}))
    opinion = _OPINION.search(text) if "opinion" in lowered or "dissent" in lowered else None
    if opinion:
        # "Justice A wrote the majority opinion", "Justice B wrote the dissent, joined by Justice C"
        position = "against" if "dissent" in opinion["kind"].lower() else "for"
        authors = [entry for entry in named if entry[1] <= sentence.start + opinion.start()]
        joined = _JOINED_BY.match(text, opinion.end())
        joiners = [entry for entry in named if joined and sentence.start + joined.start() <= entry[0]]
        for start, end, name in [*authors[-1:], *joiners]:
            found.append(VoteMention(start, end, {"actor": name, "position": position}))
    elif "written by" in lowered or "authored by" in lowered:
        found += _written_by(sentence, named)
    elif "dissent" in lowered or "concurr" in lowered:
        # "Justices X and Y dissented"; "Justice Z concurred": agreed with the judgment, for it
        said_sides = [(pattern.search(text), side) for pattern, side in ((_DISSENT, "against"), (_CONCUR, "for"))]
        for said, position in said_sides:
            if said and _WHO_HAD.search(text, 0, said.start()):
                said = None  # "Bowman, who had dissented in September, voted with the majority": another vote
            if said:
                # the clause: from the last ";", sentence end or other side's word before it ("A concurred while B
                # dissented")
                edges = [text.rfind(";", 0, said.start()), text.rfind(". ", 0, said.start())]
                edges += [other.end() - 1 for other, _ in said_sides if other and other.end() <= said.start()]
                clause_start = max(edges) + 1
                for start, end, name in named:
                    if sentence.start + clause_start <= start and end <= sentence.start + said.start():
                        found.append(VoteMention(start, end, {"actor": name, "position": position}))
    return found


def _written_by(sentence: Sentence, named: list[tuple[int, int, str]]) -> list[VoteMention]:
    """ "The 6-3 ruling, written by Chief Justice A, was joined by B and C": the author and joiners' side."""
    written = _WRITTEN_BY.search(sentence.text)
    if written is None:
        return []
    position = "against" if "dissent" in written["kind"].lower() else "for"
    at = sentence.start + written.end()
    author = [entry for entry in named if at <= entry[0] <= at + 40][:1]
    joined = _JOINED_BY.search(sentence.text, written.end())
    joiners = [entry for entry in named if joined and sentence.start + joined.end() <= entry[0]]
    return [VoteMention(start, end, {"actor": name, "position": position}) for start, end, name in [*author, *joiners]]


# Between two voters in a list, which may name each one's office: "Council President A and council member B"
_LIST_GAP_BETWEEN = re.compile(LIST_GAP + r"(?:(?:the\s+)?[a-z][\w-]*\s+){0,2}$")


def spread_over_list(vote: VoteMention, named: list[tuple[int, int, str]], text: str) -> list[VoteMention]:
    """ "Sens. A of Ohio, B of Utah and C of Georgia voted no": the voter's position is each listed name's too.

    `named` holds (start, end, full name) of the people in the sentence; `text` is the article.
    """
    actor = vote.fields.get("actor")
    position = vote.fields.get("position")
    if not actor or not position:
        return []
    by_start = sorted(named)
    at = next((i for i, (start, _, name) in enumerate(by_start) if name == actor and start >= vote.start), None)
    if at is None:
        return []
    spread: list[VoteMention] = []
    while at > 0:
        previous = by_start[at - 1]
        if not _LIST_GAP_BETWEEN.fullmatch(text[previous[1] : by_start[at][0]]):
            break
        fields = {**vote.fields, "actor": previous[2]}
        spread.append(VoteMention(previous[0], vote.end, fields))
        at -= 1
    return spread[::-1]


_PARTY_TAG = re.compile(r"^\(?[RDI]-[A-Z]")
_AS_DID = re.compile(r",?\s+as\s+did\s+")


def voters_around(votes: list[VoteMention], named: list[tuple[int, int, str]], text: str, sentence: Sentence) -> None:
    """Give each position vote its voter when the words before the verb hide it, in place.

    "Sen. Sherrod Brown, D-Ohio, who wrote the bill, voted against it": the voter is the name
    before the apposition, not "D-Ohio".
    """
    names = {name for _, _, name in named}
    for vote in votes:
        actor = vote.fields.get("actor") or ""
        if not vote.fields.get("position") or actor in names:
            continue
        hidden = _PARTY_TAG.match(actor) or (actor.split() and is_role_noun(actor.split()[-1]))
        if not hidden:
            continue  # "the United States abstained": the voter is who the words say
        before = [entry for entry in named if entry[1] <= vote.start and vote.start - entry[1] <= 100]
        if before and not re.search(r"[.;:]", text[before[-1][1] : vote.start]):
            vote.fields["actor"] = before[-1][2]


def as_did(
    votes: list[VoteMention], named: list[tuple[int, int, str]], text: str, sentence: Sentence
) -> list[VoteMention]:
    """ "X voted against, as did the Prime Minister, Y", "... as did A, B and C": their position is X's."""
    found: list[VoteMention] = []
    for vote in votes:
        if not vote.fields.get("position"):
            continue
        match = _AS_DID.search(text, vote.end, sentence.end)
        if match is None or match.start() - vote.end > 40:
            continue
        after = [entry for entry in named if match.end() <= entry[0] <= match.end() + 60]
        for start, end, name in _listed_from(after[:1], named, text):
            found.append(VoteMention(start, end, {**vote.fields, "actor": name}))
        if not after:  # "France voted for it, as did Germany and Italy"
            for start, end, country in listed_countries(text, match.end(), sentence.end):
                found.append(VoteMention(start, end, {**vote.fields, "actor": country}))
    return found


def _listed_from(
    first: list[tuple[int, int, str]], named: list[tuple[int, int, str]], text: str
) -> list[tuple[int, int, str]]:
    """The name `first` and every name listed after it ("A, B and external member C")."""
    if not first:
        return []
    listed = list(first)
    for entry in sorted(named):
        if entry[0] > listed[-1][1] and _LIST_GAP_BETWEEN.fullmatch(text[listed[-1][1] : entry[0]]):
            listed.append(entry)
    return listed


_SIDED_WITH = re.compile(
    r"\bsided\s+with\s+(?P<others>[^.;:]{3,200}?)\s+(?P<side>in\s+favou?r|for|against|in\s+voting\s+(?:for|against))\b"
)


def sided_with(named: list[tuple[int, int, str]], text: str, sentence: Sentence) -> list[VoteMention]:
    """ "Bailey sided with Breeden, Ramsden and Dhingra in favour of a cut": each of them voted for it."""
    found: list[VoteMention] = []
    for match in _SIDED_WITH.finditer(text, sentence.start, sentence.end):
        position = "against" if match["side"].endswith("against") else "for"
        clause = max(text.rfind(";", sentence.start, match.start()), text.rfind(". ", sentence.start, match.start()))
        subject = [entry for entry in named if max(clause, sentence.start) <= entry[0] and entry[1] <= match.start()]
        others = [entry for entry in named if match.start("others") <= entry[0] and entry[1] <= match.end("others")]
        for start, end, name in [*subject[-1:], *others]:
            found.append(VoteMention(start, end, {"actor": name, "position": position}))
    return found
