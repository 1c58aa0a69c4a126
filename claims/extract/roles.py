"""Role claims: a person written with a title, in the patterns news copy uses.

* "Israeli Defense Minister Yoav Gallant" (title before the name; found by people.py)
* "Yoav Gallant, Israel's defense minister," (apposition after the name)
* "the minister of strategic affairs, Ron Dermer" (title, comma, name)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.claims.extract.lexicon import COUNTRIES, NATIONALITIES, Lexicon
from factdesk.claims.extract.people import NameSpan, PeopleFound

_SMALL_WORDS = {"of", "for", "and", "the", "to", "on", "in"}
_PORTFOLIO = r"(?:deputy\s+)?(?:minister|secretary|ministry)\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+)?"
_ORG = r"(?P<org>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s)?"
# Words before a title that make it another office: "Deputy Prime Minister", "vice-captain",
# "Major General". A title is never taken without them.
_RANK = r"(?:deputy|vice|assistant|associate|acting|interim|shadow|lieutenant|major|brigadier|under|co|junior|senior)"
_RANK_BEFORE = re.compile(rf"(?i:\b(?:{_RANK}[\s-]+){{1,2}})$")


@dataclass(frozen=True, slots=True)
class RoleMention:
    person: str  # full name as written in the article
    title: str
    org: str | None
    start: int
    end: int
    sentence_start: int


_ABBREVIATED = {
    "sen.": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "gen.": "General",
    "lt. gen.": "Lieutenant General",
    "col.": "Colonel",
}


def normalize_title(written: str) -> str:
    """'defense  minister' -> 'Defense Minister'; 'minister of strategic affairs' -> 'Minister of Strategic Affairs'."""
    words = written.split()
    if " ".join(words).lower() in _ABBREVIATED:
        return _ABBREVIATED[" ".join(words).lower()]
    normalized = []
    for index, word in enumerate(words):
        if index and word.lower() in _SMALL_WORDS:
            normalized.append(word.lower())
        elif word.isupper():
            normalized.append(word)
        else:
            normalized.append(word[:1].upper() + word[1:])
    return " ".join(normalized)


def _org_name(written: str | None) -> str | None:
    if not written:
        return None
    bare = re.sub(r"['’]s$", "", written)
    if written in NATIONALITIES:
        return NATIONALITIES[written]
    if bare in NATIONALITIES:
        return NATIONALITIES[bare]
    if bare in COUNTRIES:
        return bare
    return None


def _with_rank(text: str, title: str, prefix_start: int, name_start: int) -> tuple[str, int]:
    """The title with the rank words written just before it ("Deputy" National Security Advisor), and
    where the role's words then start."""
    written = re.search(r"\s+".join(map(re.escape, title.split())), text[prefix_start:name_start], re.IGNORECASE)
    if written is None:
        return title, prefix_start
    title_start = prefix_start + written.start()
    rank = _RANK_BEFORE.search(text[max(0, title_start - 40) : title_start])
    if rank is None:
        return title, prefix_start
    rank_start = title_start - len(rank.group())
    return " ".join([*rank.group().split(), title]), min(prefix_start, rank_start)


class RoleFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        titles = lexicon.title_pattern()
        title_group = rf"(?P<title>(?i:(?:{_RANK}[\s-]+){{0,2}}(?:{_PORTFOLIO}|(?:{titles}))))"
        self.after = re.compile(
            rf"^(?:['’]s?)?,\s+(?:(?:the|a|an|its|their)\s+)?(?:{_ORG}\s+)?{title_group}(?=[\s,.;:)]|$)"
        )
        self.before = re.compile(rf"\b(?i:the|its|their)\s+(?:{_ORG}\s+)?{title_group},\s*$")

    def find(self, text: str, people: PeopleFound) -> list[RoleMention]:
        roles: list[RoleMention] = []
        spans: list[tuple[NameSpan, str]] = [(span, span.name) for span in people.names]
        spans += [(mention.span, mention.full_name) for mention in people.mentions]
        for span, full_name in spans:
            if span.title:
                start = span.prefix_start if span.prefix_start is not None else span.start
                title, start = _with_rank(text, span.title, start, span.start)
                title = normalize_title(title)
                roles.append(RoleMention(full_name, title, span.org, start, span.end, span.sentence.start))
            sentence_end = span.sentence.end
            after = self.after.match(text[span.end : sentence_end])
            if after and (after["org"] is None or _org_name(after["org"])):
                roles.append(
                    RoleMention(
                        full_name,
                        normalize_title(after["title"]),
                        _org_name(after["org"]),
                        span.start,
                        span.end + after.end("title"),
                        span.sentence.start,
                    )
                )
            before = self.before.search(text[span.sentence.start : span.start])
            if before and (before["org"] is None or _org_name(before["org"])):
                roles.append(
                    RoleMention(
                        full_name,
                        normalize_title(before["title"]),
                        _org_name(before["org"]),
                        span.sentence.start + before.start(),
                        span.end,
                        span.sentence.start,
                    )
                )
        return roles
