"""A court's line-up as reporters of decisions write it: who delivered the opinion, who joined, who dissented.

"ROBERTS, C. J., delivered the opinion of the Court, in which GINSBURG, BREYER, and KAGAN, JJ., joined.
KENNEDY, J., filed a dissenting opinion, in which THOMAS and ALITO, JJ., joined." Each judge is named by
surname with "J." (Justice, Judge), "C. J." (Chief Justice) or "JJ." after a list; a judge who joins an
opinion votes as its author does. Names in capitals are written as names ("GINSBURG" -> "Ginsburg").
"""

from __future__ import annotations

import re
from functools import cache

from factdesk.claims.extract.lexicon import phrase_table
from factdesk.claims.extract.votes.mention import VoteMention
from factdesk.claims.sentences import Sentence

_JUDGE = r"[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?"
_MARK = r",\s+(?:C\.\s?J\.|J\.)"
_LIST_SPLIT = re.compile(r",?\s+and\s+|,\s+(?:C\.\s?J\.,\s+(?:and\s+)?)?")


@cache
def opinion_sides() -> dict[str, str]:
    """Phrase (lower case) -> the position it gives its author and joiners (data/opinion_sides.tsv)."""
    return phrase_table("opinion_sides.tsv")


@cache
def _author() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(opinion_sides(), key=len, reverse=True))
    return re.compile(rf"(?P<judge>{_JUDGE}){_MARK},?\s+(?P<side>{phrases})\b", re.IGNORECASE)


# ", in which THOMAS and ALITO, JJ., joined" / ", in which SOUTER, J., joined" after an opinion
_JOINED = re.compile(
    rf",\s+in\s+which\s+(?P<list>{_JUDGE}(?:{_MARK})?(?:,?\s+(?:and\s+)?{_JUDGE}(?:{_MARK})?)*),\s+J?J\.,\s+joined"
)


def _name(written: str) -> str:
    return written if not written.isupper() else re.sub(r"[A-Z]+", lambda word: word[0].capitalize(), written)


def find_lineup(sentence: Sentence) -> list[VoteMention]:
    """Each judge's vote on the judgment in one sentence of a line-up: {actor, position}."""
    text = sentence.text
    if "J." not in text:
        return []
    found = []
    for author in _author().finditer(text):
        side = " ".join(author["side"].lower().split())
        position = opinion_sides()[side]
        judges = [(author.start("judge"), author["judge"])]
        joined = _JOINED.match(text, _opinion_end(text, author.end()))
        if joined:
            offset = joined.start("list")
            for item in _LIST_SPLIT.split(joined["list"]):
                item = re.sub(r",?\s*(?:C\.\s?J\.|J\.)$", "", item.strip())
                if re.fullmatch(_JUDGE, item):
                    at = text.index(item, offset)
                    offset = at + len(item)
                    judges.append((at, item))
        for at, judge in judges:
            fields = {"actor": _name(judge), "position": position}
            found.append(VoteMention(sentence.start + at, sentence.start + at + len(judge), fields))
    return found


def _opinion_end(text: str, at: int) -> int:
    """Where the joiners may begin: after "of the Court" or the opinion's words."""
    return at + len(re.match(r"[^,.;]*", text[at:])[0])  # type: ignore[index]  # the pattern always matches
