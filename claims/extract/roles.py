"""Role claims: a person written with a title, in the patterns news copy uses.

* "Israeli Defense Minister Yoav Gallant" (title before the name; found by people.py)
* "Yoav Gallant, Israel's defense minister," (apposition after the name)
* "the minister of strategic affairs, Ron Dermer" (title, comma, name)
* "musician Nick Rhodes", "photographers A, B and C" (a calling before the name, or before a list)
* "Thomas Sam, a practising homeopath", "K.C. Maurer, chief financial officer and treasurer"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.claims.extract.lexicon import NATIONALITIES, WORLD_COUNTRIES, Lexicon
from factdesk.claims.extract.name_model import is_role_noun, is_title_word
from factdesk.claims.extract.name_spans import LIST_GAP, NameSpan, PeopleFound
from factdesk.claims.extract.numbers import number_value
from factdesk.claims.extract.role_phrases import (
    BECAME,
    BODY_AFTER,
    NOT_MODIFIERS,
    PORTFOLIO,
    PORTFOLIO_AFTER,
    ROLE_ENDS,
    TO_BODY,
    TOOK_OFFICE,
    calling_as,
    copula_callings,
    postnominal,
    such_as_calling,
    title_going_on,
    words_of,
)
from factdesk.claims.extract.run_titles import OWNER_BEFORE
from factdesk.claims.extract.title_forms import normalize_title
from factdesk.claims.sentences import Sentence

_LIST_GAP = re.compile(LIST_GAP)
_A_NAME_NEXT = re.compile(r"\.?\s+[A-Z][a-z]")
_ORG = r"(?P<org>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:['’]s)?"
# Words before a title that make it another office: "Deputy Prime Minister", "vice-captain",
# "Major General". A title is never taken without them.
_RANK = (
    r"(?:deputy|vice|assistant|associate|acting|interim|shadow|lieutenant|major|brigadier|under|co|junior|senior|chief"
    r"|lt\.|dep\.|asst\.)"
)
_RANK_BEFORE = re.compile(rf"(?i:\b(?:{_RANK}[\s-]+){{1,2}})$")
_STANDING_IN_BEFORE = re.compile(r"\b(acting|interim)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RoleMention:
    person: str  # full name as written in the article
    title: str
    org: str | None
    start: int
    end: int
    sentence_start: int


def _org_name(written: str | None) -> str | None:
    if not written:
        return None
    bare = re.sub(r"['’]s$", "", written)
    if written in NATIONALITIES:
        return NATIONALITIES[written]
    if bare in NATIONALITIES:
        return NATIONALITIES[bare]
    if bare in WORLD_COUNTRIES:
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
        # "acting Census Bureau Director X": a stand-in's office, said before the body's name too
        standing_in = _STANDING_IN_BEFORE.search(text[max(0, prefix_start - 20) : prefix_start])
        if standing_in is None:
            return title, prefix_start
        return f"{standing_in[1].capitalize()} {title}", prefix_start - len(standing_in.group())
    standing_in = _STANDING_IN_BEFORE.search(rank.group())  # "acting Labor Secretary X": a stand-in, however cased
    if rank.group()[:1].isupper() != text[title_start : title_start + 1].isupper() and standing_in is None:
        return title, prefix_start  # "under President Joe Biden": a lower-case word before a capitalised title
    rank_start = title_start - len(rank.group())
    return " ".join([*rank.group().split(), title]), min(prefix_start, rank_start)


class RoleFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        titles = lexicon.title_pattern()
        title_group = rf"(?P<title>(?i:(?:{_RANK}[\s-]+){{0,2}}(?:{PORTFOLIO}|(?:{titles}))))"
        self.after = re.compile(
            # "X, who is also foreign minister of the Maldives": a title held now, in a relative clause
            rf"^(?:['’]s?)?,\s+(?:\d{{1,3}},\s+)?(?:who\s+(?:is|has\s+been)\s+(?:also\s+|now\s+|currently\s+)?)?"
            # "X, a 75-year-old former justice minister": an age before the title
            rf"(?:(?:the|a|an|its|their)\s+)?(?:\d{{1,3}}-year-old\s+)?(?:{_ORG}\s+)?{title_group}"
            r"(?=[,.;:)]|$|\s+\(|\s+(?:of|for|and|at|in|who|said|says)\b)"
        )
        # "the opposition leader, X"; "Malaysia's Prime Minister, X"
        self.before = re.compile(rf"(?:\b(?P<det>(?i:the|its|their))\s+)?(?:{_ORG}\s+)?{title_group},\s*$")

    def find(self, text: str, people: PeopleFound) -> list[RoleMention]:
        roles: list[RoleMention] = []
        spans: list[tuple[NameSpan, str]] = [(span, span.name) for span in people.names]
        spans += [(mention.span, mention.full_name) for mention in people.mentions]
        spans.sort(key=lambda pair: pair[0].start)
        listed: dict[int, str] = {}  # where a name with a plural calling before it ends -> the calling
        name_ends = {span.end for span, _ in spans}
        for span, full_name in spans:
            if span.title:
                start = span.prefix_start if span.prefix_start is not None else span.start
                title, start = _with_rank(text, span.title, start, span.start)
                if _plural_title(span.title):
                    # "Deputy Governors A, B and C", "Sens. A of Ohio and B of Utah": each holds the title
                    listed[span.end] = normalize_title(title)
            roles += self._callings(text, span, full_name, listed)
            if span.title:
                title = normalize_title(title)
                roles.append(RoleMention(full_name, title, span.org, start, span.end, span.sentence.start))
            sentence_end = span.sentence.end
            after = self.after.match(text[span.end : sentence_end])
            # (not "Janet Woodcock, Dr. Aaron Kesselheim": a title before the next name is that name's)
            if (
                after
                and (after["org"] is None or _org_name(after["org"]))
                and not _A_NAME_NEXT.match(after.string, after.end("title"))
            ):
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
            preceding = text[span.sentence.start : span.start]
            # the pattern ends in a comma: only a sentence with one right before the name can match (and is slow)
            before = self.before.search(preceding) if preceding.rstrip().endswith(",") else None
            if before and _after_a_name(text, span.sentence.start + before.start(), name_ends):
                before = None  # "Sarah Breeden, the deputy governor for financial stability, Clare Lombardelli": hers
            if before and (before["det"] or before["org"]) and (before["org"] is None or _org_name(before["org"])):
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

    def _callings(self, text: str, span: NameSpan, full_name: str, listed: dict[int, str]) -> list[RoleMention]:
        """Roles from callings and offices outside the lexicon, before the name (or its list) and after it."""
        found: list[RoleMention] = []
        sentence = span.sentence
        if span.title is None:
            before = _calling_before(text, sentence, span.start)
            if before is not None:
                written, start = before
                owner = OWNER_BEFORE.search(text, max(sentence.start, start - 40), start)
                if written.split()[-1].lower().endswith("s") and is_role_noun(written.split()[-1][:-1]):
                    listed[span.end] = written[:-1]  # "photographers A, B and C": each is a photographer
                    written = written[:-1]
                org = None
                if owner and owner["owner"] not in ("The", "A", "An", "His", "Her", "Their", "Its"):
                    org = _org_name(owner["owner"]) or owner["owner"]  # "Tunisia's coach", "England manager"
                    start = owner.start("owner")
                found.append(RoleMention(full_name, normalize_title(written), org, start, span.end, sentence.start))
            elif (such_as := such_as_calling(text, sentence, span.start)) is not None:
                listed[span.end] = such_as  # "photographers ..., such as A, B and C": each is a photographer
                found.append(
                    RoleMention(full_name, normalize_title(such_as), None, span.start, span.end, sentence.start)
                )
            else:
                for previous_end in sorted(listed, reverse=True):
                    if previous_end < span.start and _LIST_GAP.fullmatch(text, previous_end, span.start):
                        listed[span.end] = listed[previous_end]
                        found.append(
                            RoleMention(
                                full_name, normalize_title(listed[span.end]), None, span.start, span.end, sentence.start
                            )
                        )
                        break
        letters = postnominal(text, sentence, span.end)
        if letters is not None:
            found.append(RoleMention(full_name, letters[0], None, span.start, letters[1], sentence.start))
        for written, end in copula_callings(text, sentence, span.end):
            found.append(RoleMention(full_name, normalize_title(written), None, span.start, end, sentence.start))
        named_as = calling_as(text, sentence, span.end)
        if named_as is not None:
            written, end = named_as
            org, title = _split_body(written)
            found.append(RoleMention(full_name, normalize_title(title), org, span.start, end, sentence.start))
        for written, end, body in _callings_after(text, sentence, span.end):
            org, title = _split_body(written)
            found.append(RoleMention(full_name, normalize_title(title), body or org, span.start, end, sentence.start))
        return found


_VERBS = frozenset("was were is are has have had said says told did does will would".split())


_RANKING = frozenset(
    "only other first last sole youngest oldest longest-serving longest-standing longtime long-time veteran".split()
)


def _after_a_name(text: str, start: int, name_ends: set[int]) -> bool:
    """Whether the words at `start` follow a name and a comma: an apposition of that name, not of the next."""
    before = text[:start].rstrip()
    return before.endswith(",") and len(before) - 1 in name_ends


def _without_description(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The title without what describes its holder: "the country's longest-serving prime minister" is a
    Prime Minister, "the court's only other Black justice" a Justice, "the 33-year-old chairman" a Chairman."""
    cut = 0
    country: list[tuple[str, int, int]] = []  # "Britain's first female chancellor": the country is the body
    for number, (word, _, _) in enumerate(words[:-1]):
        lowered = word.lower()
        if lowered.endswith(("'s", "’s")) and _org_name(word) is not None:
            country = [words[number]]
        elif lowered.endswith(("'s", "’s")) or lowered in _RANKING or re.search(r"est(?:-|$)|-year-old$", lowered):
            cut = number + 1  # "the 33-year-old chairman": an age, not part of the office
    if cut == 0:
        return words
    kept = words[cut:]
    while len(kept) > 1 and not (is_title_word(kept[0][0]) or is_role_noun(kept[0][0])):
        kept = kept[1:]
    return country + kept


def _clause_goes_on(words: list[tuple[str, int, int]], at: int) -> bool:
    """ "According to X, a detective for the county was given ...": the words after the calling run into a verb
    before any comma, so they are a new clause's subject, not an apposition."""
    for word, _, _ in words[at:]:
        if word in ROLE_ENDS:
            return False
        if word.lower() in _VERBS:
            return True
    return False


def _split_body(written: str) -> tuple[str | None, str]:
    """("USI", "associate professor") from "USI associate professor"; "practising homeopath" -> "homeopath".

    Capitalised words before the calling that are no office words name where the person works;
    a word in -ing before it says how, not what, the office is.
    """
    words = written.split()
    at = 0
    while at < len(words) - 1 and words[at][:1].isupper() and not is_title_word(words[at]):
        at += 1
    org = " ".join(words[:at]) or None
    if org is not None:
        org = NATIONALITIES.get(org) or org  # "the German chancellor": Germany's
    title = words[at:]
    while len(title) > 1 and (
        (title[0].lower().endswith("ing") and title[0].lower() not in _RANK_WORDS_BEFORE)  # not "acting"
        or title[0].lower() in ("new", "newly")
    ):
        title = title[1:]
    return org, " ".join(title)


def _plural_title(title: str) -> bool:
    """ "Sens.", "Reps.", "Justices": a title before a list of names."""
    last = title.lower().split()[-1]
    return last in ("sens.", "reps.", "govs.") or (
        last.endswith("s") and not last.endswith("ss") and normalize_title(title).lower() != title.lower()
    )


def _calling_before(text: str, sentence: Sentence, name_start: int) -> tuple[str, int] | None:
    """("disco club owner", start) for "disco club owner Steve Rubell": lower-case words ending in a calling."""
    window_start = max(sentence.start, name_start - 60)
    words = words_of(text[window_start:name_start], window_start)
    if words and words[-1][0] == ",":  # "Crown prosecutor, Mark Tedeschi"
        words = words[:-1]
        if len(words) >= 2 and words[-2][0].lower() in NOT_MODIFIERS:
            return None  # "to speak with his mother, Montalvo": not a title
        named_as = [at for at in range(max(1, len(words) - 3), len(words) - 1) if words[at][0] == "as"]
        if named_as and words[named_as[0] - 1][0].lower() not in ("predecessor", "successor"):
            return None  # "to keep Johnson as party leader, Graham Brady, ...", "keeps his post as defence
            # minister, Avigdor Liberman becomes ...": someone before's (but "his predecessor as prime minister, X")
    if not words or not is_role_noun(words[-1][0]) or not words[-1][0][:1].islower():
        return None
    first = len(words) - 1
    if first > 0:  # one word may qualify the calling: "club owner", "match referee" (not "film stars actor")
        word, start, _ = words[first - 1]
        qualifier = word[:1].islower() or (start == sentence.start and word not in NATIONALITIES)
        if number_value(word) is not None or word.lower() in _ORDINALS:
            return None  # "Two members, A and B", "the court's ninth member": counted, not a member's title
        if qualifier and word[0].isalpha() and word.lower() not in NOT_MODIFIERS and not word.endswith(("s", "ed")):
            first -= 1
    # ranks before it make it another office: "the first deputy managing director"
    while first > 0 and words[first - 1][0].lower() in _RANK_WORDS_BEFORE:
        first -= 1
    return " ".join(word for word, _, _ in words[first:]), words[first][1]


_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
_RANK_WORDS_BEFORE = frozenset(
    "deputy vice first acting interim assistant associate senior junior chief principal".split()
)


_AGED = re.compile(r"\d{1,3}-year-old")
_HOME_AFTER = re.compile(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=,)")


def _callings_after(text: str, sentence: Sentence, name_end: int) -> list[tuple[str, int, str | None]]:
    """Roles in an apposition, with the body named after "of": "X, a practising homeopath", "X, chief
    financial officer and treasurer", "X, a former chief executive of Visa", "X, who took over as ..."."""
    home = _HOME_AFTER.match(text, name_end, sentence.end)  # "Sen. Sherrod Brown of Ohio, the ... chairman,"
    name_end = home.end() if home else name_end
    became = BECAME.match(text, name_end, sentence.end)
    if became:  # "Susan Li became chief financial officer": read as if an apposition began there
        words = [
            (",", name_end, name_end),
            *words_of(text[became.end() : min(sentence.end, name_end + 120)], became.end()),
        ]
    else:
        words = words_of(text[name_end : min(sentence.end, name_end + 120)], name_end)
    if len(words) < 2 or words[0][0] != ",":
        return []
    according = "according to" in text[max(sentence.start, name_end - 80) : name_end].lower()
    at = 1
    took = TOOK_OFFICE.match(text, words[0][2], sentence.end)
    if took:  # ", who took over as Boeing's chief executive": the words after "as"
        at = next((i for i, word in enumerate(words) if word[1] >= took.end()), len(words))
    at += 2 if at + 1 < len(words) and words[at][0].isdigit() and words[at + 1][0] == "," else 0  # "X, 52, a ..."
    at += 1 if at < len(words) and words[at][0].lower() in ("the", "a", "an") else 0
    if at < len(words) and _AGED.fullmatch(words[at][0]):
        at += 1  # "X, a 75-year-old former justice minister": the age is no part of the office
    if at < len(words) and words[at][0].lower() in ("former", "then", "ex", "previously", "formerly", "retired"):
        at += 1  # a former office is still a claim: checked against the time it was held
    found: list[tuple[str, int, str | None]] = []
    start = at
    while at < len(words) and at - start < 5:
        word = words[at][0]
        if word in ROLE_ENDS or word.lower() in NOT_MODIFIERS - {"and"}:
            break
        following = words[at + 1][0] if at + 1 < len(words) else "."
        if word.endswith("s") and is_role_noun(word[:-1]):
            break  # "Sergiy Kyslytsya, urged members to": many hold it, not one person's office
        if (
            is_role_noun(word)
            and (
                following in ROLE_ENDS
                or following.lower() in ("of", "and", "at", "for", "in", "to", "on", "after", "until", "since")
            )
            and not (according and _clause_goes_on(words, at + 1))
        ):
            written = " ".join(w for w, _, _ in _without_description(words[start : at + 1]))
            title_end = words[at][2]
            if (going_on := title_going_on(text, word, title_end)) is not None:  # "Lula's chief of staff"
                written, title_end = f"{written} {' '.join(going_on.group().split())}", going_on.end()
            if (portfolio := PORTFOLIO_AFTER.match(text, title_end, sentence.end)) is not None:
                written, title_end = f"{written} for {portfolio['portfolio']}", portfolio.end()  # "vice chair for ..."
            sent_to = TO_BODY.match(text, title_end, sentence.end)
            if sent_to:  # "the Palestinian ambassador to the U.N.": where the office is held is part of it
                found.append((f"{written} to {sent_to['body']}", sent_to.end(), None))
                break
            body = BODY_AFTER.match(text, title_end, sentence.end)
            owner = body["body"] if body else (took["owner"] if took else None)
            found.append((written, body.end() if body else title_end, owner))
            if portfolio is not None:
                break
            if following.lower() != "and":
                break
            at += 2
            start = at
            continue
        if word.lower() == "and":
            break
        at += 1
        if word.lower() in ("elected", "re-elected", "appointed", "named", "chosen", "sworn"):
            start = at  # "the Italian centre-left MEP elected president of the Parliament": the office is after it
    return found
