"""Fast fuzzy look-up over a loaded store, built once and queried many times.

Names are matched with rapidfuzz after a *blocking* step: each register
spelling is filed under each of its words and their first and last three
letters, and a query is only scored against spellings that share a key with it
or have a word one typo from one of its words. A misspelling must keep one end
of one word intact ("Tzaji Hanegbi" keeps "han"/"gbi") or be one typo from a
word ("Maruer"/"Maurer") to be found; this keeps a 50,000-person register from
being scanned pair by pair. Excerpts are found through an
inverted index of content words, then scored with rapidfuzz.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from factdesk.base.text import content_words, fold, one_typo_away, words
from factdesk.sources.model import Person, Source, Store, Vote
from rapidfuzz import fuzz, process

# Candidates come from the query's rarest words only: they say which excerpt is meant, and
# common words would make every look-up touch half the store.
_RAREST_WORDS = 8


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A register person whose spelling (name or alias) is close to the name asked for."""

    person: Person
    spelling: str
    score: float

    @property
    def exact(self) -> bool:
        return self.score >= 100.0


@dataclass(frozen=True, slots=True)
class ExcerptMatch:
    source: Source
    excerpt: str
    score: float


@dataclass(frozen=True, slots=True)
class VoteMatch:
    vote: Vote
    score: float


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One line of `factdesk sources search`: what matched, where, and how well."""

    kind: str
    store_id: str
    label: str
    score: float


# "al-Thani" and "Al Thani", "el-Sisi" and "El Sisi": an Arabic article is written joined or apart
_JOINED_PARTICLE = re.compile(r"\b(al|el|ad|an|ar|as|at|ash|az)-(?=\w)")


def _name_form(name: str) -> str:
    """A name as spellings are compared: folded, with a joined article written apart."""
    folded = fold(name)
    return _JOINED_PARTICLE.sub(r"\1 ", folded) if "-" in folded else folded


# "Prince Ali bin al-Hussein", "Sheikh Salman bin Ebrahim Al Khalifa": a register may write a style of address
# before the name, which the press often leaves out
_STYLE_BEFORE = re.compile(r"^(?:prince|princess|sheikh|sheikha|sheik|sir|dame|emir|hrh|dr|rev)\.?\s+(?=\S+\s+\S)")


def _name_forms(spelling: str) -> tuple[str, ...]:
    """The spelling as compared, and without a style of address before it (when two words are left) or a
    middle initial ("Merrick B. Garland" is found as "Merrick Garland")."""
    folded = _name_form(spelling)
    bare = _STYLE_BEFORE.sub("", folded)
    return tuple(dict.fromkeys((folded, bare, without_middle_initials(folded))))


_MIDDLE_INITIAL = re.compile(r"(?<=\w) \w\.?(?= \w)")


def without_middle_initials(folded: str) -> str:
    """ "donald j. trump" -> "donald trump" (not "j. d. vance": its first word is an initial too)."""
    return _MIDDLE_INITIAL.sub("", folded)


def _block_keys(folded_name: str) -> set[str]:
    """Each word whole, and its first and last three letters: a misspelling keeps one of them."""
    keys: set[str] = set()
    for word in words(folded_name):
        if len(word) >= 2:
            keys.add("=" + word)
            keys.add("<" + word[:3])
            keys.add(">" + word[-3:])
    return keys


# Candidates are gathered from the rarest keys first, up to about this many: a common given name
# or prefix ("anna", "<mar") adds nothing a rarer key of the same name did not already bring.
_MAX_CANDIDATES = 2000


class StoreIndex:
    """Look-ups by name, surname, role date, vote and excerpt text over one `Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._spellings: list[str] = []
        self._spelling_owner: list[int] = []
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._blocks: dict[str, list[int]] = defaultdict(list)
        self._surnames: dict[str, list[int]] = defaultdict(list)
        self._first_words: dict[str, list[int]] = defaultdict(list)
        self._person_cache: dict[tuple[str, int, float], list[NameMatch]] = {}
        for person_index, person in enumerate(store.people):
            for folded in dict.fromkeys(form for spelling in person.spellings for form in _name_forms(spelling)):
                spelling_index = len(self._spellings)
                self._spellings.append(folded)
                self._spelling_owner.append(person_index)
                self._exact[folded].append(spelling_index)
                for key in _block_keys(folded):
                    self._blocks[key].append(spelling_index)
                name_words = words(folded)
                if name_words and person_index not in self._surnames[name_words[-1]]:
                    self._surnames[name_words[-1]].append(person_index)
                if len(name_words) > 1 and person_index not in self._first_words[name_words[0]]:
                    self._first_words[name_words[0]].append(person_index)
        self._surname_keys: list[str] | None = None  # sorted, once a near surname is asked for
        self._alphabet: str | None = None  # the letters register names are spelt with, once a typo is looked for
        self._excerpts: list[tuple[Source, str]] = []
        self._excerpt_words: list[str] = []  # each excerpt's content words, as scored
        self._postings: dict[str, list[int]] = defaultdict(list)
        for source in store.sources.values():
            self.add_source(source)
        self._excerpt_cache: dict[tuple[str, int, float], list[ExcerptMatch]] = {}
        # votes grouped by folded body and sorted by date, so a look-up scores only the few in its window
        self._votes_by_body: dict[str, list[Vote]] = defaultdict(list)
        for vote in sorted(store.votes.values(), key=lambda vote: vote.date):
            self._votes_by_body[fold(vote.body)].append(vote)
        self._vote_dates = {body: [vote.date for vote in votes] for body, votes in self._votes_by_body.items()}
        self._vote_measures = {
            body: [fold(vote.measure) for vote in votes] for body, votes in self._votes_by_body.items()
        }

    def add_source(self, source: Source) -> None:
        """Make a source's excerpts and title searchable (used when a reviewer adds one)."""
        if hasattr(self, "_excerpt_cache"):
            self._excerpt_cache.clear()
        for excerpt in (*source.excerpts, source.title):
            excerpt_index = len(self._excerpts)
            self._excerpts.append((source, excerpt))
            meaningful = content_words(excerpt)
            self._excerpt_words.append(" ".join(meaningful))
            for word in set(meaningful):
                self._postings[word].append(excerpt_index)

    def excerpts(self) -> Sequence[tuple[Source, str]]:
        """Every excerpt (and source title) searchable, in the store's order, with its source."""
        return self._excerpts

    # -- people --------------------------------------------------------------

    def find_person(self, name: str, limit: int = 3, cutoff: float = 70.0) -> list[NameMatch]:
        """Register spellings closest to `name`, best first; an exact spelling scores 100."""
        folded = _name_form(name)
        if folded not in self._exact and without_middle_initials(folded) in self._exact:
            folded = without_middle_initials(folded)  # "Donald J. Trump": the register's "Donald Trump"
        cache_key = (folded, limit, cutoff)
        if cache_key in self._person_cache:
            return self._person_cache[cache_key]
        candidates: set[int] = set(self._exact.get(folded, ()))
        keys = _block_keys(folded)
        if not candidates:  # not spelt as the register does: words one typo off it may be
            if self._alphabet is None:
                self._alphabet = "".join(sorted(ch for ch in set().union(*self._spellings) if ch.isalpha()))
            for word in words(folded):
                if len(word) >= 4:  # shorter words are a typo from too many others
                    keys.update("=" + typo for typo in one_typo_away(word, self._alphabet))
        postings = sorted((self._blocks[key] for key in keys if key in self._blocks), key=len)
        for number, posting in enumerate(postings):
            if number and len(candidates) + len(posting) > _MAX_CANDIDATES:
                break
            candidates.update(posting)
        if not candidates:
            self._person_cache[cache_key] = []
            return []
        ordered = sorted(candidates)
        choices = [self._spellings[i] for i in ordered]
        # Words in sorted order ("Hwang Hee-Chan" / "Hawng Hee-Chan" sort apart once misspelt) or as written,
        # whichever is closer.
        best: dict[int, float] = {}
        for scorer in (fuzz.token_sort_ratio, fuzz.ratio):
            for _choice, score, position in process.extract(
                folded, choices, scorer=scorer, processor=None, score_cutoff=cutoff, limit=limit * 4
            ):
                best[position] = max(best.get(position, 0.0), score)
        scored = sorted(best.items(), key=lambda pair: (-pair[1], pair[0]))
        matches: list[NameMatch] = []
        seen: set[int] = set()
        for position, score in scored:
            spelling_index = ordered[position]
            owner = self._spelling_owner[spelling_index]
            if owner in seen:
                continue
            seen.add(owner)
            person = self.store.people[owner]
            spelling = next(s for s in person.spellings if self._spellings[spelling_index] in _name_forms(s))
            matches.append(NameMatch(person, spelling, float(score)))
        matches.sort(key=lambda match: -match.score)
        if len(self._person_cache) > 50_000:
            self._person_cache.clear()
        self._person_cache[cache_key] = matches[:limit]
        return matches[:limit]

    def people_with_surname_near(self, surname: str, cutoff: float = 80.0) -> list[Person]:
        """Register people whose surname is a typo away from this one ("Ishida" -> Shigeru Ishiba)."""
        folded = fold(surname)
        if len(folded) < 5:
            return []
        if self._surname_keys is None:
            self._surname_keys = sorted(self._surnames)
        found = process.extract(
            folded, self._surname_keys, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff, limit=4
        )
        return [self.store.people[i] for key, _, _ in found if len(key) >= 5 for i in self._surnames[key]]

    def people_with_surname(self, surname: str) -> list[Person]:
        """Register people whose name or alias ends with this word ("Netanyahu's" -> Netanyahu)."""
        folded = fold(surname)
        if folded.endswith("'s"):
            folded = folded[:-2]
        return [self.store.people[i] for i in self._surnames.get(folded, ())]

    def people_named_first(self, word: str) -> list[Person]:
        """Register people whose name begins with this word: "Yoon" -> Yoon Suk Yeol, where the family name
        comes first."""
        folded = fold(word)
        return [self.store.people[i] for i in self._first_words.get(folded.removesuffix("'s"), ())]

    # -- votes ---------------------------------------------------------------

    def find_votes(
        self,
        *,
        body: str | None = None,
        measure: str | None = None,
        on: dt.date | None = None,
        limit: int = 3,
    ) -> list[VoteMatch]:
        """Vote records that fit the body, measure and date given; each present part must fit."""
        # each body's score (None: no body asked for, every body is a candidate)
        bodies: dict[str, float | None] = dict.fromkeys(self._votes_by_body)
        if body:
            wanted = fold(body)
            scored = ((known, fuzz.token_set_ratio(wanted, known)) for known in self._votes_by_body)
            bodies = {known: score for known, score in scored if score >= 75}
        folded_measure = " ".join(content_words(measure)) if measure else ""
        matches: list[VoteMatch] = []
        for known, body_score in bodies.items():
            votes, dates = self._votes_by_body[known], self._vote_dates[known]
            low, high = 0, len(votes)
            if on is not None:  # the date window, by bisection on the sorted dates
                low = bisect_left(dates, on - dt.timedelta(days=31))
                high = bisect_right(dates, on + dt.timedelta(days=31))
            measure_scores: dict[int, float] = {}
            if measure:
                window = self._vote_measures[known][low:high]
                for _choice, score, position in process.extract(
                    folded_measure, window, scorer=fuzz.token_set_ratio, processor=None, limit=limit * 4
                ):
                    measure_scores[low + position] = score
                candidates = sorted(measure_scores)
            else:
                candidates = list(range(low, min(high, low + 200)))
            for position in candidates:
                vote = votes[position]
                parts: list[float] = [] if body_score is None else [body_score]
                if measure:
                    parts.append(measure_scores[position])
                if on is not None:
                    parts.append(100.0 - 2.0 * vote.days_from(on))
                matches.append(VoteMatch(vote, sum(parts) / len(parts) if parts else 50.0))
        matches.sort(key=lambda match: -match.score)
        return matches[:limit]

    # -- excerpts ------------------------------------------------------------

    def find_excerpts(self, text: str, limit: int = 3, cutoff: float = 40.0) -> list[ExcerptMatch]:
        """Excerpts (and source titles) that share the most meaning with `text`, best first."""
        key = (text, limit, cutoff)
        if key in self._excerpt_cache:
            return self._excerpt_cache[key]
        query_words = set(content_words(text))
        # ties broken by the word itself: the set's order changes with Python's hash seed, the answer must not
        known = sorted((w for w in query_words if w in self._postings), key=lambda w: (len(self._postings[w]), w))
        # a word in more than 2% of excerpts says little about which one is meant; keep at least the rarest
        common = max(50, len(self._excerpts) // 50)
        telling = [word for word in known[:_RAREST_WORDS] if len(self._postings[word]) <= common] or known[:1]
        overlap: Counter[int] = Counter()
        for word in telling:
            overlap.update(self._postings[word][:20_000])
        if not overlap:
            self._excerpt_cache[key] = []
            return []
        shortlist = sorted(overlap, key=lambda index: (-overlap[index], index))[:50]
        query = " ".join(sorted(query_words))
        ranked: list[tuple[float, int, ExcerptMatch]] = []
        for index in shortlist:
            source, excerpt = self._excerpts[index]
            score = fuzz.token_set_ratio(query, self._excerpt_words[index])
            if score >= cutoff:
                ranked.append((-float(score), index, ExcerptMatch(source, excerpt, float(score))))
        ranked.sort(key=lambda item: item[:2])  # equal scores keep the store's order
        scored = [match for _, _, match in ranked]
        if len(self._excerpt_cache) > 10_000:
            self._excerpt_cache.clear()
        self._excerpt_cache[key] = scored[:limit]
        return scored[:limit]
