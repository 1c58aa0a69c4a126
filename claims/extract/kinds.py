"""The claim kinds, declared once: what each finds, where it looks, how its id is made, how it is typed.

`extract_claims` runs the document-level finders first (people, roles, quotes: they need the
whole article, to link "Gallant" to "Yoav Gallant" or a quote to its speaker), then the
sentence-level finders in this order, each given a `SentenceContext` with the names found in
the sentence, the spans earlier finders took (a tally is never also a quantity) and whether the
sentence is quoted or opinion. To add a kind: a `ClaimKind` in claims/model.py, a finder here,
a checker in claims/check/__init__.py's `CHECKERS`; tests/extract/test_kinds.py says what is
missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from factdesk.claims.extract.acronyms import defined_short_forms
from factdesk.claims.extract.age_holders import age_holder
from factdesk.claims.extract.dates_found import find_dates
from factdesk.claims.extract.days_named import find_days_named
from factdesk.claims.extract.lexicon import Lexicon
from factdesk.claims.extract.name_spans import NameSpan, PeopleFound
from factdesk.claims.extract.quantities import find_quantities
from factdesk.claims.extract.quotes import find_quotes
from factdesk.claims.extract.roles import RoleFinder
from factdesk.claims.extract.statements import is_statement, statement_subject
from factdesk.claims.extract.votes import (
    VoteMention,
    as_did,
    find_lineup,
    find_member_votes,
    find_votes,
    sided_with,
    spread_over_list,
    voters_around,
)
from factdesk.claims.extract.votes.context import (
    body_from_context,
    body_of_the_vote_before,
    body_written_after,
    measure_from_before,
)
from factdesk.claims.model import ClaimKind
from factdesk.claims.sentences import Sentence
from factdesk.sources.text import fold


@dataclass(frozen=True, slots=True)
class Draft:
    """A claim before its id: kind, text, where its words are, its sentence and its fields."""

    kind: ClaimKind
    text: str
    start: int
    end: int
    sentence: Sentence
    fields: dict[str, Any]


@dataclass
class Document:
    """What the document-level finders share: the article, its sentences and the people in it."""

    text: str
    sentences: list[Sentence]
    people: PeopleFound
    lexicon: Lexicon
    quoted: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # sentence start -> quote spans
    _numbers: dict[int, int] = field(default_factory=dict)  # sentence start -> its place in `sentences`

    def number_of(self, sentence: Sentence) -> int:
        """Where `sentence` stands among the article's sentences (found once per article, not per call)."""
        if not self._numbers:
            self._numbers.update((other.start, number) for number, other in enumerate(self.sentences))
        return self._numbers.get(sentence.start, 0)


@dataclass
class SentenceContext:
    """One sentence as the sentence-level finders see it."""

    document: Document
    sentence: Sentence
    named: list[tuple[NameSpan, str]]  # (span, full name) of every person written in it
    opinion: bool  # the writer argues: only names, roles and votes are claims here
    taken: list[tuple[int, int]] = field(default_factory=list)  # spans claimed by the finders before

    @property
    def quoted(self) -> list[tuple[int, int]]:
        return self.document.quoted.get(self.sentence.start, [])


DocumentFinder = Callable[[Document], Iterator[Draft]]
SentenceFinder = Callable[[SentenceContext], Iterator[Draft]]


@dataclass(frozen=True, slots=True)
class KindSpec:
    kind: ClaimKind
    finds: str  # what the finder finds, for a reader of this table
    contextual_id: bool  # its text alone repeats in an article ("two"): its id includes its sentence
    document: DocumentFinder | None = None
    sentence: SentenceFinder | None = None
    in_opinion: bool = False  # a sentence-level finder that also reads opinion sentences


# --- document-level finders -------------------------------------------------------------------


def people_claims(document: Document) -> Iterator[Draft]:
    seen: set[str] = set()
    for span in document.people.names:
        if fold(span.name) not in seen:
            seen.add(fold(span.name))
            yield Draft(ClaimKind.PERSON, span.name, span.start, span.end, span.sentence, {"name": span.name})


_SENTENCE_STOP = re.compile(r"(?<=[a-z]{4})\.$")  # a sentence's full stop, not the dot of "Inc." or "U.S."


def role_claims(document: Document) -> Iterator[Draft]:
    seen: set[tuple[str, str, int]] = set()
    sentence_at = {sentence.start: sentence for sentence in document.sentences}
    short_forms = defined_short_forms(document.text)
    for role in RoleFinder(document.lexicon).find(document.text, document.people):
        # each sentence that gives a person a title is checked: a later one may give it at another date
        key = (fold(role.person), fold(role.title), role.sentence_start)
        if key in seen or role.title.lower().startswith("best "):
            continue  # "won for X as best supporting actor": an award's category, no office
        seen.add(key)
        fields = {"person": role.person, "role": role.title}
        body = _SENTENCE_STOP.sub("", role.org) if role.org else None  # "of England's Football Association."
        if body:
            # "TSE President X" in an article that spelled out "the Superior Electoral Court (TSE)"
            fields["org"] = short_forms.get(body.rstrip("."), body)
        org = f" ({body})" if body else ""
        text = f"{role.person} is {role.title}{org}"
        yield Draft(ClaimKind.ROLE, text, role.start, role.end, sentence_at[role.sentence_start], fields)


def quote_claims(document: Document) -> Iterator[Draft]:
    for quote in find_quotes(document.text, document.sentences, document.people):
        document.quoted.setdefault(quote.sentence.start, []).append((quote.start, quote.end))
        fields = {"quote": quote.quote}
        if quote.speaker:
            fields["speaker"] = quote.speaker
        said = f" — {quote.speaker}" if quote.speaker else ""
        yield Draft(ClaimKind.QUOTE, f"“{quote.quote}”{said}", quote.start, quote.end, quote.sentence, fields)


# --- sentence-level finders -------------------------------------------------------------------


def vote_claims(context: SentenceContext) -> Iterator[Draft]:
    sentence, named = context.sentence, context.named
    members = [(span.start, span.end, full_name) for span, full_name in named]
    text = context.document.text
    votes = find_votes(sentence, vote_nearby=_vote_nearby(context.document, sentence))
    earlier = _sentences_before(context.document, sentence)
    if votes and not any(vote.fields.get("body") for vote in votes):
        body = body_from_context(sentence, earlier)
        if body is None and all("actor" in vote.fields and not vote.fields.get("measure") for vote in votes):
            body = body_of_the_vote_before(earlier)  # "Russia voted against; China and India abstained."
        for vote in votes if body else ():
            vote.fields["body"] = body
    before = earlier[-1:]
    for vote in votes:
        _name_the_actor(vote, named)
        fuller = measure_from_before(vote.fields.get("measure"), before[0] if before else None)
        if fuller:  # "The motion was defeated" after "a motion by X to suspend standing orders"
            vote.fields["measure"] = fuller
    voters_around(votes, members, text, sentence)
    listed = [spread for vote in votes for spread in spread_over_list(vote, members, text)]
    also = as_did(votes, members, text, sentence)
    sided = sided_with(members, text, sentence) if "sided" in sentence.text else []
    for vote in [*listed, *votes, *also, *sided, *find_member_votes(sentence, members), *find_lineup(sentence)]:
        said_in = body_written_after(sentence, vote.end)
        if said_in:  # "the U.N. General Assembly voted ... after the United States vetoed the bid in the council"
            vote.fields["body"] = said_in
        context.taken.append((vote.start, vote.end))  # a tally is never also a quantity
        yield Draft(ClaimKind.VOTE, vote.text(), vote.start, vote.end, sentence, vote.fields)


def date_claims(context: SentenceContext) -> Iterator[Draft]:
    written = find_dates(context.sentence)
    for found in written:
        context.taken.append((found.start, found.end))  # date-shaped text is never a quantity
        if found.iso is not None:
            yield Draft(ClaimKind.DATE, found.text, found.start, found.end, context.sentence, {"date": found.iso})
    for day in find_days_named(context.sentence, [(found.start, found.end) for found in written]):
        yield Draft(ClaimKind.DATE, day.text, day.start, day.end, context.sentence, {"date": day.date})


def quantity_claims(context: SentenceContext) -> Iterator[Draft]:
    for quantity in find_quantities(context.sentence, context.taken):
        fields = quantity.fields
        if fields.get("unit") == "year-old":  # "The 53-year-old, who ...": whose age, when no name is beside it
            holder = age_holder(context.sentence, (quantity.start, quantity.end), context.named, _named_before(context))
            fields = {**fields, "person": holder} if holder else fields
        yield Draft(ClaimKind.QUANTITY, quantity.text, quantity.start, quantity.end, context.sentence, fields)


def _named_before(context: SentenceContext) -> list[tuple[NameSpan, str]]:
    """The people named in the sentence before this one."""
    document = context.document
    number = document.number_of(context.sentence)
    return document.people.in_sentence(document.sentences[number - 1]) if number > 0 else []


def statement_claims(context: SentenceContext) -> Iterator[Draft]:
    sentence = context.sentence
    named = [name for _, name in context.named]
    if is_statement(sentence, named) and not context.quoted:  # a quote's sentence is checked as the quote
        subject = statement_subject(sentence, named)
        yield Draft(ClaimKind.STATEMENT, sentence.text, sentence.start, sentence.end, sentence, {"subject": subject})


_SUPPORT_WORDS = ("backed", "supported", "opposed")


def _vote_nearby(document: Document, sentence: Sentence) -> bool:
    """Whether the sentence before or after reports a vote: "backed the bill" is a vote only beside one."""
    if not any(word in sentence.text for word in _SUPPORT_WORDS):
        return False
    at = document.number_of(sentence)
    return any("vot" in other.text.lower() for other in document.sentences[max(0, at - 1) : at + 2])


_BODY_LOOKBACK = 30  # sentences: a body named further back than this is not what "the council" means


def _sentences_before(document: Document, sentence: Sentence) -> list[Sentence]:
    at = document.number_of(sentence)
    return document.sentences[max(0, at - _BODY_LOOKBACK) : at]


def _name_the_actor(vote: VoteMention, named: list[tuple[NameSpan, str]]) -> None:
    """'Sen. Rand Paul' or 'Gallant' as a voter becomes the person's full name."""
    if "actor" not in vote.fields:
        return
    written = fold(vote.fields["actor"])
    inside = [(span, full_name) for span, full_name in named if vote.start <= span.start and span.end <= vote.end]
    # "Susan Collins of Maine and Lisa Murkowski of Alaska voted no": each voter is the name written in it
    for span, full_name in inside:
        if fold(span.name) in written or fold(span.surname) in written.split():
            vote.fields["actor"] = full_name
            return
    if inside:
        vote.fields["actor"] = inside[0][1]


# --- the table ----------------------------------------------------------------------------------

KINDS: tuple[KindSpec, ...] = (
    KindSpec(ClaimKind.PERSON, "a person's name, once per person", False, document=people_claims),
    KindSpec(ClaimKind.ROLE, "a person with a title, office or calling", False, document=role_claims),
    KindSpec(ClaimKind.QUOTE, "words in quotation marks, with their speaker", True, document=quote_claims),
    KindSpec(
        ClaimKind.VOTE, "who voted how, the outcome, body and tally", False, sentence=vote_claims, in_opinion=True
    ),
    KindSpec(ClaimKind.DATE, "a calendar date", True, sentence=date_claims),
    KindSpec(ClaimKind.QUANTITY, "a number, amount, share or duration", True, sentence=quantity_claims),
    KindSpec(ClaimKind.STATEMENT, "a sentence that says someone did something", True, sentence=statement_claims),
)
SPEC = {spec.kind: spec for spec in KINDS}
CONTEXTUAL = frozenset(spec.kind for spec in KINDS if spec.contextual_id)
