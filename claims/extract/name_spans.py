"""A person's name as found in an article: where it stands, the title written before it, and the
short mentions ("Netanyahu's") that stand for a full name."""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.base.text import fold
from factdesk.claims.sentences import Sentence

# What stands between two names in a list: "A, B and C", "A of Ohio, B of Utah and C", "A, R-Texas, and B".
LIST_GAP = (
    r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:\s+\([a-z0-9][^()]{0,30}\))?(?:,\s*\(?[RDI]-[A-Z][\w.]*\)?)?"
    r"(?:,\s+and\s+|,\s+|\s+and\s+|;\s+(?:and\s+)?|\s+or\s+)"
)


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
    honorific: bool = False  # "Mr.", "Dr.", "Lady" stood right before it

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


def split_partial_names(names: list[NameSpan]) -> tuple[list[NameSpan], list[Mention]]:
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
