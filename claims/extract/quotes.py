"""Quote claims: words in quotation marks, with the speaker when the sentence names one."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from factdesk.claims.extract.lexicon import SPEECH_VERBS
from factdesk.claims.extract.name_spans import PeopleFound
from factdesk.claims.sentences import Sentence

# A quotation may run over a hard-wrapped line, never over a paragraph's end (a blank line).
_LINE_BREAK = r"\n(?![ \t]*\n)"
_QUOTED = re.compile(
    rf"“(?P<curly>(?:[^”\n]|{_LINE_BREAK}){{8,}})”"
    rf"|\"(?P<straight>(?:[^\"\n]|{_LINE_BREAK}){{8,}})\""
    rf"|«(?P<angle>(?:[^»\n]|{_LINE_BREAK}){{8,}})»"
)
_SPEECH = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r"|according\s+to)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QuoteMention:
    start: int
    end: int
    quote: str
    speaker: str | None
    sentence: Sentence


def find_quotes(text: str, sentences: list[Sentence], people: PeopleFound) -> list[QuoteMention]:
    found: list[QuoteMention] = []
    starts = [sentence.start for sentence in sentences]
    for match in _QUOTED.finditer(text):
        quote = match["curly"] or match["straight"] or match["angle"]
        if len(quote.split()) < 3:
            continue  # a scare-quoted term, not a quotation
        at = bisect_right(starts, match.start()) - 1
        if at < 0 or not sentences[at].start <= match.start() < sentences[at].end:
            continue
        sentence = sentences[at]
        found.append(
            QuoteMention(
                match.start(),
                match.end(),
                " ".join(quote.split()).rstrip(",;:"),
                _speaker(sentence, match, people),
                sentence,
            )
        )
    return found


def _speaker(sentence: Sentence, match: re.Match[str], people: PeopleFound) -> str | None:
    named = people.in_sentence(sentence)
    outside = [(span, name) for span, name in named if not (match.start() <= span.start < match.end())]
    if not outside:
        return None
    speech = [(m.start() + sentence.start, m.end() + sentence.start) for m in _SPEECH.finditer(sentence.text)]
    if speech:
        # "X said Y would bring ...": the name right before the verb says it; "..., said X": right after it
        def distance(span_start: int, span_end: int) -> int:
            return (
                min(
                    (verb_start - span_end) if span_end <= verb_start else 2 * (span_start - verb_end) + 1
                    for verb_start, verb_end in speech
                    if span_end <= verb_start or span_start >= verb_end
                )
                if any(span_end <= vs or span_start >= ve for vs, ve in speech)
                else 10**6
            )

        return min(outside, key=lambda pair: distance(pair[0].start, pair[0].end))[1]
    return outside[0][1]
