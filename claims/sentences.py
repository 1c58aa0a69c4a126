"""Split article text into sentences with offsets, without tripping on "U.S.", "Gen." or "Joseph R. Biden".

Every line break ends a sentence (headlines and list items have no full stop);
within a line a sentence ends at `.`, `!` or `?` (plus closing quotes or
brackets) followed by a space and a capital, digit or opening quote, unless the
word before is a known abbreviation or a single initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep rev hon pres supt insp
    st jr sr messrs mme mlle sr sra no nos vol art fig jan feb mar apr jun jul aug sep sept oct nov dec
    inc corp ltd co bros dept est approx vs etc al ft mt univ assn gov't""".split()
)
# After a dotted acronym ("U.S.") a sentence ends only if one of these words follows.
SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i but however in on this that these those there his her their
    its our meanwhile later earlier officials critics yet still""".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’]*)$")
_LONGEST_WORD = 64  # an abbreviation or acronym is far shorter
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order; `text[s.start:s.end] == s.text` and no sentence spans a line break."""
    sentences: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        _split_line(line, line_start, sentences)
        line_start += len(line) + 1
    return sentences


def _split_line(line: str, offset: int, out: list[Sentence]) -> None:
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if match.group().startswith(".") and not _ends_sentence(line, match.start(), end):
            continue
        _add(line, offset, start, end, out)
        start = end
    _add(line, offset, start, len(line), out)


def _ends_sentence(line: str, dot: int, end: int) -> bool:
    # Only the word before the dot matters; searching the whole line before it made long lines quadratic.
    before = _WORD_BEFORE.search(line, max(0, dot - _LONGEST_WORD), dot + 1)
    if before is None:
        return True
    word = before.group(1)
    if _ACRONYM.search(word):
        following = line[end:].split(None, 1)
        return bool(following) and following[0].lower().strip("\"'“‘") in SENTENCE_STARTERS
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return False
    return not (len(bare) == 1 and word[0].isupper())  # an initial: "Joseph R. Biden"


def _add(line: str, offset: int, start: int, end: int, out: list[Sentence]) -> None:
    piece = line[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right > left:
        out.append(Sentence(offset + start + left, offset + start + right, piece[left:right]))
