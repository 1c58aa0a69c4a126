"""Check a quote against what the store's sources have the speaker say.

A quote is verified when a source has its words word for word. It is disputed, naming the words,
when a source has nearly all of it with a few words changed: in the source's own quotation marks,
or in a transcript-like excerpt that gives the words themselves. An excerpt that reports the speech
in other words ("she said the line would need ...") never shows that a quote was wrong: indirect
speech shifts tenses and persons.
"""

from __future__ import annotations

import re

from factdesk.claims.extract.lexicon import SPEECH_VERBS
from factdesk.claims.model import Claim, Evidence, Suggestion, Verdict
from factdesk.sources.index import ExcerptMatch, StoreIndex
from factdesk.sources.text import words
from rapidfuzz.distance import Levenshtein

_QUOTATION = re.compile(r"“([^”]+)”|\"([^\"]+)\"|‘([^’]+)’")
_REPORTED = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\b(?:\s+that)?\s*$", re.IGNORECASE)
_GIVEN = re.compile(r"\b(?:" + "|".join(SPEECH_VERBS) + r")\s*:", re.IGNORECASE)
_MOST = 0.7  # of the quote's words a source must have, in order, to show the rest were changed
_MOST_UNQUOTED = 0.7  # ... when the source does not set them in quotation marks
_FEWEST = 4  # words in common, at least
_CHANGES = 3  # places where the words differ, at most


def _evidence(matches: list[ExcerptMatch]) -> tuple[Evidence, ...]:
    return tuple(Evidence(match.source.id, "source", match.excerpt, match.score) for match in matches)


def quote_differences(quote: list[str], source: list[str]) -> tuple[int, list[tuple[str, str]], int, bool]:
    """(words in common, [(source's words, quote's words)] where they differ, where in the source the quote
    begins, whether its first or last words are the source's) for the quote set in the source: in the
    stretch of the source that matches it best, so a source that goes on after the quote is not aligned
    with the quote's last words."""
    stretches = [(0, source)]
    if len(source) > len(quote) + 2:
        stretches = [
            (at, source[at : at + len(quote) + extra])
            for at in range(len(source) - len(quote) + 2)
            for extra in (-1, 0, 1, 2)
        ]
    return max(
        (_aligned(quote, stretch, at) for at, stretch in stretches),
        # a word the quote has in place of the source's, rather than one left out at the stretch's edge
        key=lambda found: (found[0], -len(found[1]), -sum(not (a and b) for a, b in found[1]), found[3]),
    )


def _aligned(quote: list[str], source: list[str], offset: int) -> tuple[int, list[tuple[str, str]], int, bool]:
    ops = list(Levenshtein.opcodes(quote, source))
    while ops and ops[0].tag == "insert":  # source words before the quoted passage
        ops.pop(0)
    while ops and ops[-1].tag == "insert":  # and after it
        ops.pop()
    same = sum(op.src_end - op.src_start for op in ops if op.tag == "equal")
    # one change may be written as several edits: "well-qualified" -> "highly | qualified", or a word moved
    # past its neighbour, "sufficiently long" -> "long enough"; edits at most one word apart are one change
    spans: list[list[int]] = []  # [quote start, quote end, source start, source end]
    for op in ops:
        if op.tag == "equal":
            continue
        if spans and op.src_start - spans[-1][1] <= 1 and op.dest_start - spans[-1][3] <= 1:
            spans[-1][1], spans[-1][3] = op.src_end, op.dest_end
        else:
            spans.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    differences = [
        (" ".join(source[s_start:s_end]), " ".join(quote[q_start:q_end])) for q_start, q_end, s_start, s_end in spans
    ]
    # "sorrow-for" and "sorrow - for", "well-qualified" and "well qualified": one wording, spaced otherwise
    differences = [(a, b) for a, b in differences if _unspaced(a) != _unspaced(b)]
    # "it's" and "it has", "don't" and "do not": one wording, contracted or not
    differences = [(a, b) for a, b in differences if not (_expanded(a) & _expanded(b))]
    begins = offset + (ops[0].dest_start if ops else 0)
    framed = bool(ops) and (ops[0].tag == "equal" or ops[-1].tag == "equal")
    return same, differences, begins, framed


def _unspaced(text: str) -> str:
    return re.sub(r"[\s\-–—]", "", text)


_WHOLE_CONTRACTIONS = {"won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not"}
_CONTRACTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("n't", ("not",)),
    ("'s", ("is", "has")),
    ("'re", ("are",)),
    ("'m", ("am",)),
    ("'ve", ("have",)),
    ("'ll", ("will",)),
    ("'d", ("would", "had")),
)


def _expanded(text: str) -> frozenset[str]:
    """Every way `text` reads with its contractions written out: "it's" is "it is" or "it has"."""
    readings = [""]
    for word in text.lower().replace("’", "'").split():
        word = _WHOLE_CONTRACTIONS.get(word, word)
        ways = [word]
        for ending, meanings in _CONTRACTIONS:
            if word.endswith(ending) and len(word) > len(ending):
                ways = [f"{word[: -len(ending)]} {meaning}" for meaning in meanings]
                break
        readings = [f"{reading} {way}".strip() for reading in readings for way in ways][:16]
    return frozenset(readings)


def _reported_before(excerpt: str, begins: int) -> bool:
    """Whether the words before the passage report it ("... said that"): indirect speech, not the words
    ("Musk said: Free speech is ..." gives them)."""
    before = " ".join(words(excerpt)[:begins])
    return _REPORTED.search(before) is not None and _GIVEN.search(excerpt) is None


def _words_changed(quoted: list[str], differences: list[tuple[str, str]], passage: str, begins: int) -> bool:
    """Whether an excerpt that does not set the words in quotation marks still shows some were changed:
    a quote of some length that begins or ends with the source's words (checked by the caller), a few
    words replaced in it (not left out nor added: a quote may skip words, and a paraphrase adds them),
    and the passage not reported speech nor a source that marks its quotations (those are read above)."""
    if len(quoted) < 6 or _reported_before(passage, begins) or _QUOTATION.search(passage):
        return False
    return all(source and quote and len(source.split()) <= 3 for source, quote in differences)


def check_quote(claim: Claim, index: StoreIndex) -> Suggestion:
    """Verified when a source has the quote word for word; disputed, naming the words, when it has it
    with a few words changed."""
    quoted = words(claim.fields["quote"])
    matches = index.find_excerpts(claim.fields["quote"], limit=5, cutoff=30.0)
    for match in matches:
        same, differences, _, _ = quote_differences(quoted, words(match.excerpt))
        if same and not differences:  # word for word, or spaced otherwise ("sorrow—for" for "sorrow - for")
            return Suggestion(Verdict.VERIFIED, 90, f"word for word in {match.source.id}", _evidence([match]))
    best: tuple[int, list[tuple[str, str]], ExcerptMatch] | None = None
    for match in matches:
        passages = [(" ".join(groups), _MOST, True) for groups in _QUOTATION.findall(match.excerpt)]
        passages.append((match.excerpt, _MOST_UNQUOTED, False))
        for passage, most, in_quotation_marks in passages:
            same, differences, begins, framed = quote_differences(quoted, words(passage))
            if same < max(_FEWEST, most * len(quoted)) or len(differences) > _CHANGES:
                continue
            if in_quotation_marks and not all(source and quote for source, quote in differences):
                continue  # a word added or left out may be another telling of the words; a word swapped is not
            if not in_quotation_marks and not (framed and _words_changed(quoted, differences, passage, begins)):
                continue
            if best is None or (same, -len(differences)) > (best[0], -len(best[1])):
                best = (same, differences, match)
    if best is not None:
        same, differences, match = best
        changed = "; ".join(
            f"“{source}” where the quote has “{quote}”" if source and quote else
            (f"“{source}”, which the quote leaves out" if source else f"no “{quote}”")
            for source, quote in differences
        )  # fmt: skip
        return Suggestion(
            Verdict.DISPUTED,
            int(100 * same / max(1, len(quoted))),
            f"close to {match.source.id}, but the source has {changed}",
            _evidence([match]),
        )
    return Suggestion(
        Verdict.UNSUPPORTED, 60, "no source in the store has these words", _evidence([m for m in matches[:2]])
    )
