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
import unicodedata
from dataclasses import dataclass

from factdesk.base.text import fold, one_letter_dropped
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
from factdesk.claims.extract.name_model import (
    INITIAL,
    NameModel,
    RunContext,
    common_words,
    default_model,
    eponymous_organisations,
    is_title_word,
    places,
)
from factdesk.claims.extract.tokens import Token, candidate_runs, first_letters, is_capital
from factdesk.claims.sentences import Sentence
from rapidfuzz.fuzz import ratio

_WORD_SPAN = re.compile(r"\S+")
_HOME_PLACES = places() | COUNTRIES
_NEAR_REGISTER = 85  # rapidfuzz ratio: one or two letters off in a name of two words
# What stands between two names in a list: "A, B and C", "A of Ohio, B of Utah and C", "A, R-Texas, and B".
LIST_GAP = (
    r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:,\s*\(?[RDI]-[A-Z][\w.]*\)?)?"
    r"(?:,\s+and\s+|,\s+|\s+and\s+|;\s+(?:and\s+)?|\s+or\s+)"
)
_LIST_GAP_AFTER = re.compile(LIST_GAP)
_LIST_GAP_BEFORE = re.compile(LIST_GAP + r"$")
_LISTED_FLOOR = 0.02  # below this the model rules a run out even in a list of names
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
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
    probability: float = 1.0  # how sure the name model is that this is a person (1.0: a rule said so)
    weak_title: bool = False  # the title is an office word ("Professor") the lexicon does not list

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
            ends_like_prose = self.sentence.text.rstrip().endswith((".", "!", "?", '"', "”", "’"))
            self.answer = not ends_like_prose and len(firsts) >= 5 and sum(map(is_capital, firsts)) / len(firsts) >= 0.6
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
        last_word = window.rsplit(None, 1)[-1].lower() if window.strip() else ""
        rank, _, office = last_word.rpartition("-")
        if rank.capitalize() in _RANK_WORDS or rank == "co":  # "vice-captain", "co-chair": a rank of an office
            last_word = office
        if last_word not in self.last_words:
            return None
        spans = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(window)][-self.longest :]
        for size in range(len(spans), 0, -1):
            first = spans[-size][0]
            written = window[first : spans[-1][1]]
            words = written.lower().split()
            if tuple([*words[:-1], last_word]) in self.titles and window[spans[-1][1] :].isspace():
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


def _after_the_body(rest: list[Token]) -> list[Token]:
    """The name after a body: "Refugee Council Enver Solomon", "Governor of Washington Chris Gregoire".

    It is what follows the last organisation word, place, acronym or "of", when two words or more follow it.
    """
    for at in range(len(rest) - 3, -1, -1):
        text = rest[at].text
        if (
            text in ORGANISATION_WORDS
            or text in COUNTRIES
            or text == "of"
            or (text.isupper() and len(text) > 1 and not text.endswith("."))
        ):
            return rest[at + 1 :]
    return rest


# The words before a title that say whose it is: "the Conservative leader", "Tunisia's coach",
# "Liberal Democrat leader".
OWNER_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:The|A|An|His|Her|Their|Its)\s+)?"
    r"(?P<owner>(?:[A-Z][\w.-]*\s+(?:of\s+(?:the\s+)?)?){0,2}[A-Z][\w.-]*?)(?:['’]s)?\s+$"
)
# Words that make a title another office when they stand before it: "Deputy Chief Minister".
_RANK_WORDS = frozenset("Deputy Vice Acting Interim Senior Chief Assistant Associate Shadow Junior Principal".split())
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _clean_name(written: str) -> str:
    """A name as it reads: composed accents (NFC), no zero-width characters or soft hyphens."""
    if written.isascii():
        return written
    return unicodedata.normalize("NFC", written.translate(_ZERO_WIDTH))


def _split_partial_names(names: list[NameSpan]) -> tuple[list[NameSpan], list[Mention]]:
    """ "Von der Leyen" after "Ursula von der Leyen" is a mention of her, not another person."""
    written = {fold(span.name): span.name for span in names}
    owners: dict[str, str] = {}  # a distinct name -> the shortest longer name that ends with it
    by_last_word: dict[str, list[str]] = {}
    for key in written:
        by_last_word.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
    for key in written:
        longer = [other for other in by_last_word[key.rsplit(" ", 1)[-1]] if other.endswith(" " + key)]
        if longer:
            owners[key] = written[min(longer, key=len)]
    full: list[NameSpan] = []
    mentions: list[Mention] = []
    for span in names:
        owner = owners.get(fold(span.name))
        if owner is None:
            full.append(span)
        else:
            mentions.append(Mention(span, owner))
    return full, mentions


def _without_home_place(rest: list[Token]) -> list[Token]:
    """The name before "of": "Rob Portman of Ohio", "Jann Wenner of Rolling Stone Magazine".

    A state or country after "of" is where the person is from; any other body after a name of two
    words or more is where they work. "Bank of America" (one word before "of") stays whole.
    """
    for at in range(len(rest) - 2, 0, -1):
        if rest[at].text == "of" and (at >= 2 or " ".join(token.text for token in rest[at + 1 :]) in _HOME_PLACES):
            return rest[:at]
    return rest


def _nationality(tokens: list[Token], at: int) -> tuple[int, str | None] | None:
    for size in (2, 1):
        if at + size <= len(tokens):
            words = " ".join(token.text for token in tokens[at : at + size])
            if words in NATIONALITIES:
                return size, NATIONALITIES[words]
    return None


class PeopleFinder:
    def __init__(self, lexicon: Lexicon, model: NameModel | None = None) -> None:
        self.lexicon = lexicon
        self.model = model or default_model()
        self.lower_in_article: frozenset[str] = frozenset()
        self.alone: frozenset[str] = frozenset()
        self.known = {fold(name) for name in lexicon.known_names}
        self.titles = _TitleMatcher(lexicon)
        titles = lexicon.title_pattern()
        # "the opposition leader, Camille Verhaegen" / "Camille Verhaegen, the finance minister"
        self.apposition_before = re.compile(
            rf"(?:\b(?i:the|its|their)|[A-Z][\w.-]*['’]s?)\s+(?:[\w'’.-]+\s+){{0,3}}?(?i:{titles}),\s*$"
        )
        # "CEO of the Refugee Council X", "Ambassador to the United States X": a title, then the body it is at
        self.title_to = re.compile(rf"\b(?P<title>(?i:{titles}))\s+(?:to|of|for)\s+(?:the\s+)?$")
        self.apposition_after = re.compile(rf"^,\s+(?i:the|a|an|its|their)\s+(?:[\w'’.-]+\s+){{0,3}}?(?i:{titles})\b")

    def find(self, text: str, sentences: list[Sentence]) -> PeopleFound:
        weighed: list[NameSpan] = []
        singles: list[NameSpan] = []
        self.lower_in_article = frozenset(_LOWER_WORD.findall(text))
        runs = [
            (sentence, run)
            for sentence in sentences
            if not is_furniture(sentence)
            for run in candidate_runs(sentence.text, sentence.start, text)
        ]
        # Words written alone, not at a sentence's start: news names a person in full, then by surname
        self.alone = frozenset(
            run[0].text for sentence, run in runs if len(run) == 1 and run[0].start > sentence.start + 1
        )
        headlines: dict[int, _HeadlineCase] = {}
        for sentence, run in runs:
            headline = headlines.setdefault(sentence.start, _HeadlineCase(sentence))
            span = self._read_run(run, text, sentence, headline)
            if span is None:
                continue
            if " " in span.name or self._register_mononym(span.name):
                weighed.append(span)
            else:
                singles.append(span)
        names = self._decide(weighed, text)
        names, partial = _split_partial_names(names)
        return PeopleFound(names, partial + self._link_mentions(names, singles))

    def _decide(self, weighed: list[NameSpan], text: str) -> list[NameSpan]:
        """Names the model believes, judged once per article: a name believed in one sentence is a name
        in every other, and a run listed beside names ("A, B and C") is one too if the model does not
        rule it out."""
        best: dict[str, float] = {}
        for span in weighed:
            key = fold(span.name)
            best[key] = max(best.get(key, 0.0), span.probability)
        threshold = self.model.threshold
        accepted = {key for key, probability in best.items() if probability >= threshold}
        for _ in range(2):  # a list is read from both ends
            taken = sorted((span for span in weighed if fold(span.name) in accepted), key=lambda span: span.start)
            starts = {span.start for span in taken}
            ends = {span.end for span in taken}
            for span in weighed:
                key = fold(span.name)
                if key in accepted or best[key] < _LISTED_FLOOR:
                    continue
                after = _LIST_GAP_AFTER.match(text, span.end, min(len(text), span.end + 60))
                before = _LIST_GAP_BEFORE.search(text, max(0, span.start - 60), span.start)
                if (after and after.end() in starts) or (before and before.start() in ends):
                    accepted.add(key)
        return [span for span in weighed if fold(span.name) in accepted]

    def _read_run(self, run: list[Token], text: str, sentence: Sentence, headline: _HeadlineCase) -> NameSpan | None:
        at, title, org, prefix_start = 0, None, None, None
        title_words: list[str] = []
        title_from: int | None = None  # where the title's words begin: "Deputy Chief Minister" is one title
        country_words: set[int] = set()  # "U.S." in "Deputy U.S. Ambassador": the org's, not the title's
        ranks: list[str] = []  # "Acting" in "Acting U.S. Labor Secretary", however the title after it is found
        while at < len(run):
            token = run[at]
            nationality = _nationality(run, at)
            titled = self.titles.match(run, at)
            if token.text in _RANK_WORDS and at + 2 < len(run) and self.titles.match(run, at + 1):
                if prefix_start is None:
                    prefix_start = token.start
                if title_from is None:
                    title_from = at
                at += 1
            elif titled and at + titled[0] < len(run):
                if prefix_start is None:
                    prefix_start = token.start
                if title_from is None or (title is None and at == 0):
                    title_from = at if title_from is None else title_from
                at += titled[0]
                title = " ".join(t.text for i, t in enumerate(run[title_from:at], title_from) if i not in country_words)
            elif (
                token.text in _RANK_WORDS
                and (ranked := _nationality(run, at + 1))
                and at + 1 + ranked[0] < len(run)
                and self._starts_title(run, at + 1 + ranked[0])
            ):
                # "Deputy U.S. Ambassador", "Acting U.S. Labor Secretary": the rank is the title's
                if prefix_start is None:
                    prefix_start = token.start
                if title_from is None:
                    title_from = at
                ranks.append(token.text)
                at += 1
            elif nationality and at + nationality[0] < len(run):
                if prefix_start is None:
                    prefix_start = token.start
                org = nationality[1] or org
                if title_from is not None and all(t.text in _RANK_WORDS for t in run[title_from:at]):
                    country_words.update(range(at, at + nationality[0]))  # the rank goes on to the title
                else:
                    title_from = None
                at += nationality[0]
            elif token.text in COMMON_CAPITALISED and at + 1 < len(run):
                at += 1
                prefix_start, title, org, title_from = None, None, None, None
            elif is_title_word(token.text) and at + 1 < len(run):
                # "Emeritus Professor John Burrows", "Senior Curator X": office words the lexicon lacks
                if prefix_start is None:
                    prefix_start = token.start
                title_words.append(token.text)
                at += 1
            else:
                break
        if title is None and at == 0:
            # "Opposition leader Yair Lapid": a title, maybe in lower case, right before the name
            before = self.titles.ending_at(text, max(sentence.start, run[0].start - 60), run[0].start)
            if before:
                title, prefix_start = before
                # "the Conservative leader Kemi Badenoch", "Tunisia's coach X": the word before is whose title it is
                owner = OWNER_BEFORE.search(text, max(sentence.start, prefix_start - 40), prefix_start)
                if owner and any(word in _RANK_WORDS or is_title_word(word) for word in owner["owner"].split()):
                    owner = None  # "IMF First Deputy Managing Director": title words, not whose title
                if owner and owner["owner"] not in COMMON_CAPITALISED and org is None:
                    org = NATIONALITIES.get(owner["owner"]) or owner["owner"]
        if (
            title is None
            and org is not None
            and at
            and prefix_start == run[0].start
            and len(run) - at >= 2
            and not any(token.text in ORGANISATION_WORDS for token in run[at:])
        ):
            # "Ambassador to the United States Hamdullah Mohib": the country belongs to the title before it
            to = self.title_to.search(text, max(sentence.start, run[0].start - 60), run[0].start)
            if to:
                title, prefix_start = " ".join(text[to.start() : run[at - 1].end].split()), to.start()
        rest = _without_home_place(run[at:])
        if title is None and not title_words:
            # "Strategic Affairs Minister Ron Dermer", "Health Secretary Wes Streeting": a title ends mid-run.
            # A title from the lexicon vouches for the name after it; an office word only informs the model.
            for end in range(len(rest) - 2, -1, -1):
                listed = rest[end].text.lower() in self.titles.last_words
                if end == len(rest) - 2 and not listed:
                    continue  # one word after an office word the lexicon lacks is too little to be a name
                if listed or is_title_word(rest[end].text):
                    first = end  # "Karnataka Chief Minister": the title is the block of title words
                    while first > 0 and (
                        rest[first - 1].text.lower() in self.titles.first_words
                        or rest[first - 1].text in _RANK_WORDS
                        or rest[first - 1].text in PORTFOLIO_WORDS
                    ):
                        first -= 1
                    if prefix_start is None:
                        prefix_start = rest[0].start
                    written = " ".join(token.text for token in rest[: end + 1])
                    if listed:
                        title = " ".join(token.text for token in rest[first : end + 1]) if first else written
                        if first:
                            org = org or " ".join(token.text for token in rest[:first])
                    else:
                        title_words.append(written)
                    rest = rest[end + 1 :]
                    break
        whole = len(rest)
        body = rest
        rest = _after_the_body(rest)
        if title is None and len(rest) < whole:
            # "CEO of the Refugee Council Enver Solomon": the title before "of" is the person's, at that body
            of_title = self.title_to.search(text, max(sentence.start, run[0].start - 60), run[0].start)
            if of_title:
                title, prefix_start = of_title["title"], of_title.start()
                org = " ".join(token.text for token in body[: whole - len(rest)])
        office = " ".join(title_words) if title_words and len(rest) == whole else None
        if (title or office) and rest and rest[0].text == "of" and len(rest) == whole:
            return None  # "the Mayor of Springfield": the place is the title's, and no name follows it
        while rest and rest[0].text[:1].islower():
            rest = rest[1:]
        while rest and rest[-1].text in ("of", *("bin ibn al el de del della da di van von der den la le du".split())):
            rest = rest[:-1]
        rest = self._misspelt_eponym(rest)
        if not rest or len(rest) > 4:
            return None
        name = _clean_name(" ".join(token.text for token in rest))
        if title and title.lower() in HONORIFICS:
            # "leader" alone is no role, but "the Conservative leader" is the party's
            title = None if title.lower() in ("leader", "chief") and org is None else title
        probability = self._believable(name, rest, title, run, text, headline, sentence, office)
        if probability <= 0.0:
            return None
        if title is None and office is not None:
            title = office
        if title is not None and ranks and not title.startswith(ranks[0]):
            title = " ".join([*ranks, title])
        honorific = title is not None and title.lower() in HONORIFICS
        return NameSpan(
            name=name,
            start=rest[0].start,
            end=rest[-1].end,
            sentence=sentence,
            title=None if honorific else title,
            org=None if honorific else org,
            prefix_start=None if honorific else prefix_start,
            probability=probability,
            weak_title=title is not None and title == office,
        )

    def _believable(
        self,
        name: str,
        rest: list[Token],
        title: str | None,
        run: list[Token],
        text: str,
        headline: _HeadlineCase,
        sentence: Sentence,
        office: str | None = None,
    ) -> float:
        """How likely `rest` names a person: 1.0 or 0.0 where a rule decides, else the model's probability."""
        if fold(name) in self.known or (len(rest) > 1 and self._near_register(name)):
            return 1.0
        if name in COUNTRIES or name in NATIONALITIES or name.lower() in eponymous_organisations():
            return 0.0
        if any(token.text in ORGANISATION_WORDS or token.text in COUNTRIES for token in rest):
            return 0.0
        if any(
            token.text in COMMON_CAPITALISED
            or (
                token.text.isupper()
                and len(token.text) > 1
                and not token.text.endswith(".")
                and not (at == 0 and len(token.text) == 2 and len(rest) > 1)  # "JD Vance", "AJ Styles": initials
            )
            for at, token in enumerate(rest)
        ):
            return 0.0
        if len(rest) > 1 and all(INITIAL.match(token.text) for token in rest[:-1]):
            # "J. D. Vance", "L. Ron Hubbard" are shaped like nothing but names, unless the last word is common
            last = rest[-1].text
            if len(last) > 2 and last.lower() not in common_words() and not last.isupper():
                return 1.0
        if len(rest) == 1:
            # a lone capitalised word: kept only if it turns out to be a known surname, or has a title
            return 0.0 if is_title_word(rest[0].text) or len(rest[0].text) < 2 else 1.0
        if title is not None:
            return 1.0
        after = text[run[-1].end : min(sentence.end, run[-1].end + 80)]
        before = text[max(sentence.start, run[0].start - 60) : run[0].start]
        if (before.rstrip().endswith(",") and self.apposition_before.search(before)) or (
            after.startswith(",") and self.apposition_after.match(after)
        ):
            return 1.0  # "Malaysia's Prime Minister, Najib Razak", "X, the finance minister": a title vouches
        cued = bool(_SPEECH_AFTER.match(after) or _SPEECH_BEFORE.search(before))
        context = RunContext(
            words=tuple(_clean_name(token.text) for token in rest),
            start=rest[0].start,
            end=rest[-1].end,
            before=text[max(sentence.start, rest[0].start - 40) : rest[0].start],
            after=text[rest[-1].end : min(sentence.end, rest[-1].end + 40)],
            at_sentence_start=not text[sentence.start : rest[0].start].strip(" \"“‘'([-—–"),
            headline=bool(headline),
            titled=office is not None,
            cued=cued,
            possessive=rest[-1].possessive,
            surname_alone=rest[-1].text in self.alone,
            lower_in_article=self.lower_in_article,
            first_is_given=rest[0].text.lower() in self.lexicon.given_names,
            organisation_word=False,
            place=False,
        )
        return self.model.weigh(context)

    def _starts_title(self, run: list[Token], at: int) -> bool:
        """Whether a title from the lexicon, or an office word, begins at `at` ("Labor Secretary")."""
        word = run[at].text
        return bool(self.titles.match(run, at)) or word in PORTFOLIO_WORDS or is_title_word(word)

    def _register_mononym(self, name: str) -> bool:
        """ "Siddaramaiah", "Halston": a one-word name the register spells so (or one typo from it) is a
        person's full name, not a surname waiting for its owner."""
        return fold(name) in self.known or (len(name) >= 6 and self._near_register(name))

    def _misspelt_eponym(self, rest: list[Token]) -> list[Token]:
        """ "the Andy Warhal Foundation": a misspelling of a register name inside an organisation's name is
        still a misspelt name (the name spelt right there is the organisation's, and no claim)."""
        at = next((at for at, token in enumerate(rest) if token.text in ORGANISATION_WORDS), 0)
        if at < 2:
            return rest
        name = _clean_name(" ".join(token.text for token in rest[:at]))
        if fold(name) not in self.known and self._near_register(name):
            return rest[:at]
        return rest

    def _near_register(self, name: str) -> bool:
        """A spelling one or two letters from a name the register knows ("Tzaji Hanegbi"): a person, and
        the very claim a fact-checker needs, whatever the name model makes of the misspelt words."""
        folded = fold(name)
        index = self.lexicon.known_by_word
        if not index:
            return False
        keys = {key for word in folded.split() for key in (one_letter_dropped(word) if len(word) >= 4 else (word,))}
        near = {known for key in keys for known in index.get(key, ())}
        return any(ratio(folded, known) >= _NEAR_REGISTER for known in near)

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
            elif single.title is not None and not single.weak_title:
                # "President Biden" with no full name anywhere: the surname is the person
                names.append(single)
        return mentions
