"""Find people's names in an article, with the title written before them, and link surname mentions.

A capitalised run ("Israeli Prime Minister Benjamin Netanyahu") is read left to
right: leading sentence words, nationalities and titles are peeled off, and
what remains is a name if it is believable as one: the register knows it, a
title stood before it, a speech verb stands beside it, or its first word is a
known given name. Organisations and places ("UN Security Council", "Washington")
never pass. A lone surname later in the article ("Gallant’s") is a *mention*
of the full name, not a new person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.claims.extract.lexicon import (
    COMMON_CAPITALISED,
    COUNTRIES,
    FURNITURE_LINES,
    HONORIFICS,
    NATIONALITIES,
    ORGANISATION_WORDS,
    PORTFOLIO_WORDS,
    SPEECH_VERBS,
    Lexicon,
)
from factdesk.claims.extract.tokens import Token, candidate_runs, first_letters, is_capital
from factdesk.claims.sentences import Sentence
from factdesk.sources.text import fold

_WORD_SPAN = re.compile(r"\S+")
_SPEECH_AFTER = re.compile(r"^(?:,[^,.]{1,60},)?\s+(?:" + "|".join(SPEECH_VERBS) + r")\b")
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\s+$")


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name as written, where it stands, and the title and organisation written before it."""

    name: str
    start: int
    end: int
    sentence: Sentence
    title: str | None = None
    org: str | None = None
    prefix_start: int | None = None  # where the nationality/title before the name begins

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True, slots=True)
class Mention:
    """A short mention ("Netanyahu’s") and the full name it stands for."""

    span: NameSpan
    full_name: str


@dataclass
class PeopleFound:
    names: list[NameSpan]
    mentions: list[Mention]
    _by_sentence: dict[int, list[tuple[NameSpan, str]]] | None = None

    def full_name_at(self, start: int, end: int) -> str | None:
        """The full name of the person written at [start, end), if any."""
        for span in self.names:
            if span.start <= start and end <= span.end:
                return span.name
        for mention in self.mentions:
            if mention.span.start <= start and end <= mention.span.end:
                return mention.full_name
        return None

    def in_sentence(self, sentence: Sentence) -> list[tuple[NameSpan, str]]:
        """(span, full name) of every person named in `sentence`, in order."""
        if self._by_sentence is None:  # indexed once: an article has thousands of sentences
            index: dict[int, list[tuple[NameSpan, str]]] = {}
            for span in self.names:
                index.setdefault(span.sentence.start, []).append((span, span.name))
            for mention in self.mentions:
                index.setdefault(mention.span.sentence.start, []).append((mention.span, mention.full_name))
            for pairs in index.values():
                pairs.sort(key=lambda pair: pair[0].start)
            self._by_sentence = index
        return list(self._by_sentence.get(sentence.start, ()))


def is_furniture(sentence: Sentence) -> bool:
    return sentence.text.strip(" .:!").lower() in FURNITURE_LINES


class _HeadlineCase:
    """Whether a sentence is set in Title Case (a headline), worked out only if a name needs it."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.answer: bool | None = None

    def __bool__(self) -> bool:
        if self.answer is None:
            firsts = [first for first in first_letters(self.sentence.text) if first.isalpha()]
            self.answer = len(firsts) >= 5 and sum(map(is_capital, firsts)) / len(firsts) >= 0.6
        return self.answer


class _TitleMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self.titles: dict[tuple[str, ...], str] = {}
        for title in lexicon.titles:
            self.titles[tuple(title.lower().split())] = title
        self.longest = max((len(key) for key in self.titles), default=1)
        # Most words start no title and end none: one set look-up rules them out.
        self.first_words = {key[0] for key in self.titles}
        self.last_words = {key[-1] for key in self.titles}

    def ending_at(self, text: str, window_start: int, end: int) -> tuple[str, int] | None:
        """(title as written, its start) if the words just before `end` (then whitespace) are a title."""
        window = text[window_start:end]
        if not window or not window[-1].isspace():
            return None
        last_word = window.rsplit(None, 1)[-1] if window.strip() else ""
        if last_word.lower() not in self.last_words:
            return None
        spans = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(window)][-self.longest :]
        for size in range(len(spans), 0, -1):
            first = spans[-size][0]
            written = window[first : spans[-1][1]]
            if tuple(written.lower().split()) in self.titles and window[spans[-1][1] :].isspace():
                return written, window_start + first
        return None

    def match(self, tokens: list[Token], at: int) -> tuple[int, str] | None:
        """(token count, title as written) of the longest title starting at `at`."""
        if tokens[at].text.lower() not in self.first_words:
            return None
        for size in range(min(self.longest, len(tokens) - at), 0, -1):
            key = tuple(token.text.lower() for token in tokens[at : at + size])
            if key in self.titles:
                consumed = size
                # "Minister of Strategic Affairs": the portfolio belongs to the title
                if at + consumed + 1 < len(tokens) and tokens[at + consumed].text == "of":
                    extra = 1
                    while at + consumed + extra < len(tokens) and tokens[at + consumed + extra].text in PORTFOLIO_WORDS:
                        extra += 1
                    if extra > 1:
                        consumed += extra
                written = " ".join(token.text for token in tokens[at : at + consumed])
                return consumed, written
        return None


def _nationality(tokens: list[Token], at: int) -> tuple[int, str | None] | None:
    for size in (2, 1):
        if at + size <= len(tokens):
            words = " ".join(token.text for token in tokens[at : at + size])
            if words in NATIONALITIES:
                return size, NATIONALITIES[words]
    return None


class PeopleFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.known = {fold(name) for name in lexicon.known_names}
        self.titles = _TitleMatcher(lexicon)
        titles = lexicon.title_pattern()
        # "the opposition leader, Camille Verhaegen" / "Camille Verhaegen, the finance minister"
        self.apposition_before = re.compile(rf"\b(?i:the|its|their)\s+(?:[\w'’.-]+\s+){{0,3}}?(?i:{titles}),\s*$")
        self.apposition_after = re.compile(rf"^,\s+(?i:the|a|an|its|their)\s+(?:[\w'’.-]+\s+){{0,3}}?(?i:{titles})\b")

    def find(self, text: str, sentences: list[Sentence]) -> PeopleFound:
        names: list[NameSpan] = []
        singles: list[NameSpan] = []
        for sentence in sentences:
            if is_furniture(sentence):
                continue
            headline = _HeadlineCase(sentence)
            for run in candidate_runs(sentence.text, sentence.start, text):
                span = self._read_run(run, text, sentence, headline)
                if span is None:
                    continue
                if " " in span.name:
                    names.append(span)
                else:
                    singles.append(span)
        return PeopleFound(names, self._link_mentions(names, singles))

    def _read_run(self, run: list[Token], text: str, sentence: Sentence, headline: _HeadlineCase) -> NameSpan | None:
        at, title, org, prefix_start = 0, None, None, None
        while at < len(run):
            token = run[at]
            nationality = _nationality(run, at)
            titled = self.titles.match(run, at)
            if titled and at + titled[0] < len(run):
                if prefix_start is None:
                    prefix_start = token.start
                at += titled[0]
                title = titled[1]
            elif nationality and at + nationality[0] < len(run):
                if prefix_start is None:
                    prefix_start = token.start
                org = nationality[1] or org
                at += nationality[0]
            elif token.text in COMMON_CAPITALISED and at + 1 < len(run):
                at += 1
                prefix_start, title, org = None, None, None
            else:
                break
        if title is None and at == 0:
            # "Opposition leader Yair Lapid": a title, maybe in lower case, right before the name
            before = self.titles.ending_at(text, max(sentence.start, run[0].start - 60), run[0].start)
            if before:
                title, prefix_start = before
        rest = run[at:]
        while rest and rest[-1].text in ("of", *("bin ibn al el de del della da di van von der den la le du".split())):
            rest = rest[:-1]
        if not rest or len(rest) > 4:
            return None
        name = " ".join(token.text for token in rest)
        if title and title.lower() in HONORIFICS:
            title = None if title.lower() in ("leader", "chief") else title
        if not self._believable(name, rest, title, run, text, headline):
            return None
        honorific = title is not None and title.lower() in HONORIFICS
        return NameSpan(
            name=name,
            start=rest[0].start,
            end=rest[-1].end,
            sentence=sentence,
            title=None if honorific else title,
            org=None if honorific else org,
            prefix_start=None if honorific else prefix_start,
        )

    def _believable(
        self, name: str, rest: list[Token], title: str | None, run: list[Token], text: str, headline: _HeadlineCase
    ) -> bool:
        if fold(name) in self.known:
            return True
        if name in COUNTRIES or name in NATIONALITIES:
            return False
        if any(token.text in ORGANISATION_WORDS or token.text in COUNTRIES for token in rest):
            return False
        if any(
            token.text in COMMON_CAPITALISED
            or (token.text.isupper() and len(token.text) > 1 and not token.text.endswith("."))
            for token in rest
        ):
            return False
        if title is not None:
            return True
        if len(rest) == 1:
            return True  # a lone capitalised word: kept only if it turns out to be a known surname
        if headline:
            return False
        if rest[0].text.lower() in self.lexicon.given_names:
            return True
        after = text[run[-1].end : run[-1].end + 80]
        before = text[max(0, run[0].start - 60) : run[0].start]
        return bool(
            _SPEECH_AFTER.match(after)
            or _SPEECH_BEFORE.search(before)
            or self.apposition_before.search(before)
            or self.apposition_after.match(after)
        )

    def _link_mentions(self, names: list[NameSpan], singles: list[NameSpan]) -> list[Mention]:
        by_surname: dict[str, list[NameSpan]] = {}
        for span in names:
            by_surname.setdefault(fold(span.surname), []).append(span)
        mentions: list[Mention] = []
        for single in singles:
            candidates = by_surname.get(fold(single.name))
            if candidates:
                before = [span for span in candidates if span.start < single.start]
                chosen = before[-1] if before else candidates[0]
                mentions.append(Mention(single, chosen.name))
            elif single.title is not None:
                # "President Biden" with no full name anywhere: the surname is the person
                names.append(single)
        return mentions
