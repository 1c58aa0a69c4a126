"""Find people's names in an article, with the title written before them, and link surname mentions.

A capitalised run ("Israeli Prime Minister Benjamin Netanyahu") is read left to right: leading sentence words,
nationalities and titles are peeled off, and what remains is a name if it is believable as one: the register
knows it, a title stood before it, a speech verb or a person's act stands beside it, or the name model finds it
shaped like one. Organisations and places ("UN Security Council", "Washington") never pass. A lone surname later
in the article ("Gallant’s") is a *mention* of the full name, not a new person.
"""

from __future__ import annotations

import calendar
import re

from factdesk.base.text import fold
from factdesk.claims.extract.lexicon import (
    COMMON_CAPITALISED,
    COUNTRIES,
    FURNITURE_LINES,
    HONORIFICS,
    NATIONALITIES,
    ORGANISATION_WORDS,
    PARTY_LABELS,
    PORTFOLIO_WORDS,
    Lexicon,
)
from factdesk.claims.extract.mentions import link_mentions
from factdesk.claims.extract.name_cues import (
    HeadlineCase,
    acts_as_a_person,
    called_by_calling,
    middle_initial,
    spoken_beside,
)
from factdesk.claims.extract.name_lists import may_be_one_word_name, spread_over_lists, without_listed_others
from factdesk.claims.extract.name_model import (
    INITIAL,
    NameModel,
    RunContext,
    common_words,
    default_model,
    eponymous_organisations,
    given_names,
    is_title_word,
)
from factdesk.claims.extract.name_spans import LIST_GAP, NameSpan, PeopleFound, split_partial_names
from factdesk.claims.extract.nicknames import join_nicknames, name_and_plain
from factdesk.claims.extract.register_names import RegisterNames, clean_name
from factdesk.claims.extract.role_phrases import postnominals
from factdesk.claims.extract.run_titles import (
    OWNER_BEFORE,
    RANK_WORDS,
    TitleMatcher,
    after_the_body,
    ends_a_body,
    nationality_at,
    without_home_place,
)
from factdesk.claims.extract.tokens import PARTICLES, Token, candidate_runs
from factdesk.claims.sentences import Sentence

__all__ = ["LIST_GAP", "OWNER_BEFORE", "NameSpan", "PeopleFinder", "PeopleFound", "is_furniture"]

_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")  # a regnal or family number after a name
_MONTHS = frozenset(calendar.month_name[1:])
_LISTED_FLOOR = 0.02  # below this the model rules a run out even in a list of names
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


def is_furniture(sentence: Sentence) -> bool:
    return sentence.text.strip(" .:!").lower() in FURNITURE_LINES


class PeopleFinder:
    def __init__(self, lexicon: Lexicon, model: NameModel | None = None) -> None:
        self.lexicon = lexicon
        self.model = model or default_model()
        self.lower_in_article: frozenset[str] = frozenset()
        self.alone: frozenset[str] = frozenset()
        self.register = RegisterNames(lexicon)
        self.titles = TitleMatcher(lexicon)
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
            for run in join_nicknames(candidate_runs(sentence.text, sentence.start, text), text)
        ]
        # Words written alone, not at a sentence's start: news names a person in full, then by surname
        self.alone = frozenset(
            run[0].text for sentence, run in runs if len(run) == 1 and run[0].start > sentence.start + 1
        )
        headlines: dict[int, HeadlineCase] = {}
        for sentence, run in runs:
            headline = headlines.setdefault(sentence.start, HeadlineCase(sentence))
            span = self._read_run(run, text, sentence, headline)
            if span is None:
                continue
            if " " in span.name or self.register.mononym(span.name):
                weighed.append(span)
            else:
                singles.append(span)
        names = self._decide(weighed, text)
        # "Andy Garcia, Shakira, Ricky Martin": a lone word listed beside names is a one-word name
        surnames = {fold(span.surname) for span in names}
        may_be = [one for one in singles if may_be_one_word_name(one, surnames, self.lower_in_article)]
        taken = {id(span) for span in [*may_be, *names]}  # by identity: comparing spans field by field is slow
        others = [span for span in [*singles, *weighed] if id(span) not in taken]
        listed = spread_over_lists(names, without_listed_others(may_be, others, text), text)
        if listed:
            names = sorted([*names, *listed], key=lambda span: span.start)
            listed_ids = {id(span) for span in listed}
            singles = [single for single in singles if id(single) not in listed_ids]
        names, partial = split_partial_names(names)
        return PeopleFound(names, partial + link_mentions(names, singles, text, self.lower_in_article))

    def _decide(self, weighed: list[NameSpan], text: str) -> list[NameSpan]:
        """Names the model believes, judged once per article: a name believed in one sentence is a name
        in every other, and a run listed beside names ("A, B and C") is one too if the model does not
        rule it out."""
        best: dict[str, float] = {}
        for span in weighed:
            key = fold(span.name)
            best[key] = max(best.get(key, 0.0), span.probability)
        accepted = {key for key, probability in best.items() if probability >= self.model.threshold}
        taken = [span for span in weighed if fold(span.name) in accepted]
        doubtful = [
            span for span in weighed if fold(span.name) not in accepted and best[fold(span.name)] >= _LISTED_FLOOR
        ]
        accepted.update(fold(span.name) for span in spread_over_lists(taken, doubtful, text))
        return [span for span in weighed if fold(span.name) in accepted]

    def _read_run(self, run: list[Token], text: str, sentence: Sentence, headline: HeadlineCase) -> NameSpan | None:
        at, title, org, prefix_start = 0, None, None, None
        title_words: list[str] = []
        office_from: int | None = None  # where office words the lexicon lacks begin ("National", "Senior")
        title_from: int | None = None  # where the title's words begin: "Deputy Chief Minister" is one title
        country_words: set[int] = set()  # "U.S." in "Deputy U.S. Ambassador": the org's, not the title's
        ranks: list[str] = []  # "Acting" in "Acting U.S. Labor Secretary", however the title after it is found
        demonym: tuple[int, int] | None = None  # where the last nationality word(s) stand in the run
        while at < len(run):
            token = run[at]
            nationality = nationality_at(run, at)
            titled = self.titles.match(run, at)
            if token.text in RANK_WORDS and at + 2 < len(run) and self.titles.match(run, at + 1):
                if prefix_start is None:
                    prefix_start = token.start
                if title_from is None:
                    title_from = at
                at += 1
            elif titled and at + titled[0] < len(run) and not self.titles.begins_a_body(run, at, titled[0]):
                if prefix_start is None:
                    prefix_start = token.start
                if title_from is None or (title is None and at == 0):
                    title_from = at if title_from is None else title_from
                at += titled[0]
                title = " ".join(t.text for i, t in enumerate(run[title_from:at], title_from) if i not in country_words)
            elif (
                token.text in RANK_WORDS
                and (ranked := nationality_at(run, at + 1))
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
                demonym = (at, at + nationality[0])
                if title_from is not None and all(t.text in RANK_WORDS for t in run[title_from:at]):
                    country_words.update(range(at, at + nationality[0]))  # the rank goes on to the title
                else:
                    title_from = None
                at += nationality[0]
            elif at + 1 < len(run) and (
                token.text in COMMON_CAPITALISED
                or (token.text in PARTY_LABELS and not self._starts_title(run, at))  # not "Labor Secretary"
            ):
                at += 1
                prefix_start, title, org, title_from = None, None, None, None
            elif is_title_word(token.text) and at + 1 < len(run):
                # "Emeritus Professor John Burrows", "Senior Curator X": office words the lexicon lacks
                if prefix_start is None:
                    prefix_start = token.start
                office_from = at if office_from is None else office_from
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
                if owner and any(word in RANK_WORDS or is_title_word(word) for word in owner["owner"].split()):
                    owner = None  # "IMF First Deputy Managing Director": title words, not whose title
                if owner and owner["owner"] not in COMMON_CAPITALISED and org is None:
                    org = NATIONALITIES.get(owner["owner"]) or owner["owner"]
                    prefix_start = owner.start("owner")  # "France coach X": the claim's words start at whose
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
        rest, rest_from = without_home_place(run[at:]), at
        if title is None and office_from is not None and any(self.titles.heads(token.text) for token in rest[:-2]):
            # "National Transportation Safety Board Chair X": the office word began the body's name
            rest, title_words, rest_from = without_home_place(run[office_from:]), [], office_from
        if title is None and not title_words:
            # "Health Secretary Wes Streeting": a title ends mid-run (a listed one vouches for the name after it)
            for end in range(len(rest) - 2, -1, -1):
                listed = self.titles.ends_a_title(rest[end].text)  # "Party MPs David Littleproud" too
                if end == len(rest) - 2 and not listed:
                    continue  # one word after an office word the lexicon lacks is too little to be a name
                if listed or is_title_word(rest[end].text):
                    first = end  # "Karnataka Chief Minister": the title is the block of title words
                    # "National Party MPs": a body's name before the title is its org ("Party", "Council")
                    while first > 0 and self._extends_title(rest[first - 1].text):
                        first -= 1
                    if prefix_start is None:
                        prefix_start = rest[0].start
                    written = " ".join(token.text for token in rest[: end + 1])
                    if listed:
                        title = " ".join(token.text for token in rest[first : end + 1]) if first else written
                        if first and demonym is not None and demonym[1] == rest_from:
                            # "European Commission President": the nationality begins the body's name
                            org = " ".join(token.text for token in [*run[demonym[0] : demonym[1]], *rest[:first]])
                        elif first:
                            org = org or " ".join(token.text for token in rest[:first])
                    else:
                        title_words.append(written)
                    rest = rest[end + 1 :]
                    break
        whole = len(rest)
        body = rest
        rest = after_the_body(rest)
        if title is None and len(rest) < whole and body[whole - len(rest) - 1].text != "of":
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
        if len(rest) > 2 and rest[-1].text in postnominals():
            rest = rest[:-1]  # "Jo Cox MP": letters after the name are an office, not part of it
        rest, plain = name_and_plain(self.register.misspelt_eponym(self.register.without_a_word_before(rest)))
        # "Luiz Inácio Lula da Silva", "Mohammed bin Zayed Al Nahyan": particles make long names
        if not plain or len(plain) > (6 if any(token.text.lower() in PARTICLES for token in rest) else 4):
            return None
        name = clean_name(" ".join(token.text for token in rest))
        if title and title.lower() in HONORIFICS:
            # "leader" alone is no role, but "the Conservative leader" is the party's
            title = None if title.lower() in ("leader", "chief") and org is None else title
        plain_name = clean_name(" ".join(token.text for token in plain))
        probability = self._believable(plain_name, plain, title, run, text, headline, sentence, office)
        if probability <= 0.0:
            return None
        if len(plain) < len(rest) and len(plain) > 1 and plain[0].text.lower() in given_names():
            probability = 1.0  # William "Buckshot" May: a quoted nickname between given name and surname
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
            honorific=honorific,
        )

    def _extends_title(self, word: str) -> bool:
        first = word.lower() in self.titles.first_words or word in RANK_WORDS or word in PORTFOLIO_WORDS
        return first and not ends_a_body(word)

    def _believable(
        self,
        name: str,
        rest: list[Token],
        title: str | None,
        run: list[Token],
        text: str,
        headline: HeadlineCase,
        sentence: Sentence,
        office: str | None = None,
    ) -> float:
        """How likely `rest` names a person: 1.0 or 0.0 where a rule decides, else the model's probability."""
        if fold(name) in self.register.known or (len(rest) > 1 and self.register.near(name)):
            return 1.0
        if name in COUNTRIES or name in NATIONALITIES or name.lower() in eponymous_organisations():
            return 0.0
        given_first = len(rest) > 1 and rest[0].text.lower() in given_names()
        # a country after a given name is a surname ("Michael Jordan"), as is a month at the end ("Theresa May")
        if any(
            (token.text in ORGANISATION_WORDS and not (given_first and at == len(rest) - 1 and token.text in _MONTHS))
            or (token.text in COUNTRIES and not (given_first and at > 0))
            for at, token in enumerate(rest)
        ):
            return 0.0
        if any(
            token.text in COMMON_CAPITALISED
            or (
                token.text.isupper()
                and len(token.text) > 1
                and not token.text.endswith(".")
                and not (at == 0 and len(token.text) == 2 and len(rest) > 1)  # "JD Vance", "AJ Styles": initials
                and not (at == len(rest) - 1 and at > 0 and _ROMAN.fullmatch(token.text))  # "Louis XVI"
            )
            for at, token in enumerate(rest)
        ):
            return 0.0
        initials_unpointed = (
            len(rest) == 2 and len(rest[0].text) == 2 and rest[0].text.isupper() and rest[0].text not in NATIONALITIES
        )  # "AS Heagle", "JK Rowling": initials as British papers write them
        if initials_unpointed or (len(rest) > 1 and all(INITIAL.match(token.text) for token in rest[:-1])):
            # "J. D. Vance", "L. Ron Hubbard" are shaped like nothing but names, unless the last word is common
            last = rest[-1].text
            if len(last) > 2 and last.lower() not in common_words() and not last.isupper():
                return 1.0
        if len(rest) == 1:
            # a lone capitalised word: kept only if it turns out to be a known surname, or has a title
            return 0.0 if is_title_word(rest[0].text) or len(rest[0].text) < 2 else 1.0
        words = [token.text for token in rest]
        if (
            title is not None
            or called_by_calling(text, sentence, rest[0].start, rest[-1].end, words)
            or middle_initial(words)
        ):
            return 1.0
        after = text[run[-1].end : min(sentence.end, run[-1].end + 80)]
        before = text[max(sentence.start, run[0].start - 60) : run[0].start]
        if (before.rstrip().endswith(",") and self.apposition_before.search(before)) or (
            after.startswith(",") and self.apposition_after.match(after)
        ):
            return 1.0  # "Malaysia's Prime Minister, Najib Razak", "X, the finance minister": a title vouches
        if acts_as_a_person(after, words):
            return 1.0  # "Ferjani Sassi scored from the penalty spot"
        cued = spoken_beside(before, after)
        context = RunContext(
            words=tuple(clean_name(token.text) for token in rest),
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
