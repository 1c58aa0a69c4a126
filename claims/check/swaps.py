"""A name swapped inside a sentence a source otherwise gives word for word.

"France had been bidding to become the first team since Italy in 1962 to retain the title" against a
source's "... the first team since Brazil in 1962 to retain the title": the same words around one
capitalised word, and another capitalised word there. Only a close match counts: two words the same
on either side, and neither name found anywhere in the other text, so a source that tells the event
in other words never disputes it.
"""

from __future__ import annotations

import re

from factdesk.sources.text import fold
from rapidfuzz.distance import Levenshtein

_TOKEN = re.compile(r"[\w'’-]+")
_AROUND = 2  # words the same on either side of the swapped name


def swapped_name(sentence: str, excerpt: str) -> tuple[str, str] | None:
    """(as the sentence writes it, as the source does) for a capitalised word the source has another in place of."""
    said = _TOKEN.findall(sentence)
    given = _TOKEN.findall(excerpt)
    said_folded, given_folded = [fold(word) for word in said], [fold(word) for word in given]
    in_sentence, in_excerpt = set(said_folded), set(given_folded)
    ops = list(Levenshtein.opcodes(said_folded, given_folded))
    for before, op, after in zip(ops, ops[1:], ops[2:], strict=False):
        if op.tag != "replace" or op.src_end - op.src_start != 1 or op.dest_end - op.dest_start != 1:
            continue
        if before.tag != "equal" or after.tag != "equal":
            continue
        if min(before.src_end - before.src_start, after.src_end - after.src_start) < _AROUND:
            continue
        written, recorded = said[op.src_start], given[op.dest_start]
        if not (_capitalised(written) and _capitalised(recorded)) or op.src_start == 0:
            continue
        if fold(written) in in_excerpt or fold(recorded) in in_sentence:
            continue
        if _short_form(fold(written), fold(recorded)):
            continue  # "Gov" for "Governor", "Jan" for "January": the same word, written short
        return written, recorded
    return None


def _short_form(one: str, other: str) -> bool:
    """ "Gov" for "Governor", "Jan" for "January": a short form, not a name missing its last letter ("Kan")."""
    shorter, longer = sorted((one, other), key=len)
    return 2 <= len(shorter) <= 4 and len(longer) - len(shorter) >= 2 and longer.startswith(shorter)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and word[1:2].islower()
