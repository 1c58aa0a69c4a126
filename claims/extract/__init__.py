"""Extract check-worthy claims from article text: `extract_claims(text, lexicon)`.

The kinds and their finders are declared in kinds.py; this module runs them (the
document-level finders, then the sentence-level ones sentence by sentence), keeps
one claim per distinct vote, and gives every claim a stable id. Page furniture
yields nothing; opinion sentences yield only names, roles and votes.
"""

from __future__ import annotations

from collections.abc import Callable

from factdesk.claims.extract.ids import IdMaker
from factdesk.claims.extract.kinds import KINDS, Document, Draft, SentenceContext
from factdesk.claims.extract.lexicon import Lexicon, default_lexicon
from factdesk.claims.extract.people import PeopleFinder, is_furniture
from factdesk.claims.extract.statements import is_opinion
from factdesk.claims.model import Claim, ClaimKind
from factdesk.claims.sentences import split_sentences
from factdesk.sources.text import fold

__all__ = ["Lexicon", "Progress", "extract_claims"]

Progress = Callable[[int, int], None]
_KIND_ORDER = {kind: number for number, kind in enumerate(ClaimKind)}  # claims at one offset keep this order
_DOCUMENT_FINDERS = [spec.document for spec in KINDS if spec.document is not None]
_SENTENCE_FINDERS = [(spec.sentence, spec.in_opinion) for spec in KINDS if spec.sentence is not None]


def extract_claims(text: str, lexicon: Lexicon | None = None, progress: Progress | None = None) -> list[Claim]:
    """Every check-worthy claim in `text`, in reading order, with offsets into `text`."""
    return _extract(text, lexicon or default_lexicon(), progress)


def _extract(text: str, lexicon: Lexicon, progress: Progress | None) -> list[Claim]:
    sentences = split_sentences(text)
    document = Document(text, sentences, PeopleFinder(lexicon).find(text, sentences), lexicon)
    drafts: list[Draft] = [draft for finder in _DOCUMENT_FINDERS for draft in finder(document)]
    seen_votes: set[str] = set()
    total = len(sentences)
    for number, sentence in enumerate(sentences, start=1):
        if progress is not None and number % 500 == 0:
            progress(number, total)
        if is_furniture(sentence):
            continue
        context = SentenceContext(document, sentence, document.people.in_sentence(sentence), is_opinion(sentence))
        for finder, in_opinion in _SENTENCE_FINDERS:
            if context.opinion and not in_opinion:
                continue
            for draft in finder(context):
                # the same vote told twice is one claim; a tally whose measure is not written may be another vote's
                if draft.kind is ClaimKind.VOTE and (draft.fields.get("measure") or draft.fields.get("actor")):
                    if fold(draft.text) in seen_votes:
                        continue
                    seen_votes.add(fold(draft.text))
                drafts.append(draft)
    if progress is not None:
        progress(total, total)

    drafts.sort(key=lambda draft: (draft.start, _KIND_ORDER[draft.kind]))
    ids = IdMaker()
    return [
        Claim(
            ids.make(draft.kind, draft.text, draft.sentence.text),
            draft.kind,
            _one_line(draft.text),
            draft.start,
            draft.end,
            draft.sentence.text,
            draft.fields,
        )
        for draft in drafts
    ]


def _one_line(text: str) -> str:
    """A claim's text on one line with single spaces: wrapping and spacing are not what a claim says."""
    return " ".join(text.split())
